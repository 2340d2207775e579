// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internal: what every layer class shares: the two `for_each_parameter` overloads over a static
/// `visit(self, f)` of the layer, and the checks of a (batch, time, features) input.
#pragma once

#include <array>
#include <string_view>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn::detail {

/// Gives `Derived` for_each_parameter (mutable and read-only) from its private static
/// `visit(Self& self, F& f)`, which must befriend this class.
template <typename Derived>
class parameter_visitor {
 public:
  /// Calls f(name, tensor) for every parameter, in PyTorch's state_dict order and names.
  template <typename F>
  void for_each_parameter(F&& f) {
    Derived::visit(static_cast<Derived&>(*this), f);
  }
  /// Read-only variant of for_each_parameter.
  template <typename F>
  void for_each_parameter(F&& f) const {
    Derived::visit(static_cast<const Derived&>(*this), f);
  }
};

/// Checks x against (batch >= 1, time >= 1, `features`) and finiteness; returns {batch, time}.
template <typename Tensor>
[[nodiscard]] std::array<core::index, 2> check_sequence(const Tensor& x, core::index features,
                                                        std::string_view where) {
  require_shape<Tensor, 3>(x, {extent{-1, "batch"}, extent{-1, "time"}, extent{features}}, where,
                           "x");
  const core::index batch = dim(x, 0);
  const core::index steps = dim(x, 1);
  core::detail::require(batch >= 1 && steps >= 1, where, "x has shape ", shape_string(x.shape()),
                        "; expected batch >= 1 and time >= 1");
  require_finite_tensor(x, where, "x");
  return {batch, steps};
}

}  // namespace foresight::nn::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Vocabulary of the neural-network layers: tensor aliases (batch-first sequences), backend tags,
/// shape and finiteness checks, and the generic parameter utilities every layer supports through
/// its `for_each_parameter` member (zeroing gradients, counting, pairing a model with its
/// gradient).
#pragma once

#include <array>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <xtensor/xtensor.hpp>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::nn {

/// Backend tag: the CPU implementation of a layer (Eigen and hand-vectorised kernels).
struct cpu {};
/// Backend tag: the CUDA implementation; only `nn/cuda/*.cuh` defines layers for it.
struct cuda {};

/// Dense row-major tensor of rank `Rank` (xtensor).
template <std::floating_point Scalar, std::size_t Rank>
using tensor = xt::xtensor<Scalar, Rank>;

/// A batch of sequences, shape (batch, time, feature): batch-first everywhere.
template <std::floating_point Scalar>
using sequence = xt::xtensor<Scalar, 3>;

/// A weight matrix in PyTorch's layout (out_features × in_features, row-major).
template <std::floating_point Scalar>
using weight_matrix = core::row_matrix<Scalar>;

/// A bias or scale vector.
template <std::floating_point Scalar>
using weight_vector = core::vector<Scalar>;

namespace detail {

/// "(2, 5, 3)" for a shape.
template <typename Shape>
[[nodiscard]] std::string shape_string(const Shape& shape) {
  std::ostringstream os;
  os << '(';
  bool first = true;
  for (const auto d : shape) {
    if (!first)
      os << ", ";
    os << d;
    first = false;
  }
  os << ')';
  return os.str();
}

/// One expected extent: a fixed size, or -1 for "any" (shown by name).
struct extent {
  core::index size = -1;
  std::string_view name = "any";
};

/// Throws dimension_mismatch naming the expected and the found shape unless `t` matches.
template <typename Tensor, std::size_t Rank>
void require_shape(const Tensor& t, const std::array<extent, Rank>& expected,
                   std::string_view where, std::string_view what) {
  const auto& shape = t.shape();
  bool ok = shape.size() == Rank;
  for (std::size_t i = 0; ok && i < Rank; ++i) {
    if (expected[i].size >= 0 && static_cast<core::index>(shape[i]) != expected[i].size)
      ok = false;
  }
  if (ok)
    return;
  std::ostringstream want;
  want << '(';
  for (std::size_t i = 0; i < Rank; ++i) {
    if (i > 0)
      want << ", ";
    if (expected[i].size >= 0)
      want << expected[i].size;
    else
      want << expected[i].name;
  }
  want << ')';
  core::detail::raise<core::dimension_mismatch>(where, what, " has shape ", shape_string(shape),
                                                "; expected ", want.str());
}

/// Throws invalid_input naming the first non-finite element of `t` (NaN or Inf).
template <typename Tensor>
void require_finite_tensor(const Tensor& t, std::string_view where, std::string_view what) {
  const auto* p = t.data();
  const auto n = t.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (!std::isfinite(p[i])) {
      core::detail::raise<core::invalid_input>(where, what, " element ", i, " is ", p[i],
                                               "; expected finite values");
    }
  }
}

/// Size of extent `axis` of an xtensor as a signed index.
template <typename Tensor>
[[nodiscard]] core::index dim(const Tensor& t, std::size_t axis) {
  return static_cast<core::index>(t.shape()[axis]);
}

/// An uninitialised-shape 3-D tensor of the given extents.
template <std::floating_point Scalar>
[[nodiscard]] sequence<Scalar> make_sequence(core::index a, core::index b, core::index c) {
  return sequence<Scalar>(std::array<std::size_t, 3>{
      static_cast<std::size_t>(a), static_cast<std::size_t>(b), static_cast<std::size_t>(c)});
}

/// Resizes `t` to (a, b, c) if its shape differs (keeps the storage when it matches).
template <std::floating_point Scalar>
void ensure_shape(sequence<Scalar>& t, core::index a, core::index b, core::index c) {
  const std::array<std::size_t, 3> s{static_cast<std::size_t>(a), static_cast<std::size_t>(b),
                                     static_cast<std::size_t>(c)};
  if (t.shape()[0] != s[0] || t.shape()[1] != s[1] || t.shape()[2] != s[2])
    t.resize(s);
}

/// Throws invalid_input unless `value` is in [lo, hi).
inline void require_probability(double value, std::string_view where, std::string_view name) {
  if (!(value >= 0.0 && value < 1.0)) {
    core::detail::raise<core::invalid_input>(where, name, " is ", value,
                                             "; expected a probability in [0, 1)");
  }
}

/// Throws invalid_input unless `value >= 1`.
inline void require_positive(core::index value, std::string_view where, std::string_view name) {
  if (value < 1)
    core::detail::raise<core::invalid_input>(where, name, " is ", value, "; expected >= 1");
}

}  // namespace detail

/// Number of scalar parameters of `model` (any layer or model with `for_each_parameter`).
template <typename Model>
[[nodiscard]] core::index parameter_count(const Model& model) {
  core::index n = 0;
  model.for_each_parameter([&](std::string_view, const auto& t) { n += t.size(); });
  return n;
}

/// Sets every parameter of `model` to zero (used on gradient accumulators).
template <typename Model>
void zero_parameters(Model& model) {
  model.for_each_parameter([](std::string_view, auto& t) { t.setZero(); });
}

/// A copy of `model` with every parameter zero: the gradient accumulator `backward` adds to.
template <typename Model>
[[nodiscard]] Model zeros_like(const Model& model) {
  Model g = model;
  zero_parameters(g);
  return g;
}

/// Name and flat storage of one parameter, as gathered by `parameters_of`.
template <typename Scalar>
struct parameter_view {
  /// Parameter name, e.g. "weight_ih_l0".
  std::string name;
  /// First element (contiguous storage).
  Scalar* data = nullptr;
  /// Number of elements.
  core::index size = 0;
  /// Rows and columns (columns 1 for a vector).
  core::index rows = 0;
  /// Columns.
  core::index cols = 0;
};

/// The parameters of `model` as (name, pointer, shape) views, in `for_each_parameter` order;
/// valid while the model lives unresized.
template <typename Model>
[[nodiscard]] auto parameters_of(Model& model) {
  using scalar = typename std::remove_const_t<Model>::scalar_type;
  using elem = std::conditional_t<std::is_const_v<Model>, const scalar, scalar>;
  std::vector<parameter_view<elem>> out;
  model.for_each_parameter([&](std::string_view name, auto& t) {
    out.push_back({std::string(name), t.data(), t.size(), t.rows(), t.cols()});
  });
  return out;
}

/// Calls `f(a_view, b_view)` for matching parameters of two models of the same type (a model and
/// its gradient), in `for_each_parameter` order; the views are `parameter_view`s.
/// Throws: dimension_mismatch if the two models have different parameter shapes.
template <typename ModelA, typename ModelB, typename F>
void for_each_parameter_pair(ModelA& a, ModelB& b, F&& f) {
  constexpr std::string_view where = "nn::for_each_parameter_pair";
  auto pa = parameters_of(a);
  auto pb = parameters_of(b);
  core::detail::require_size(pb.size(), pa.size(), where, "parameter list");
  for (std::size_t i = 0; i < pa.size(); ++i) {
    if (pa[i].rows != pb[i].rows || pa[i].cols != pb[i].cols) {
      core::detail::raise<core::dimension_mismatch>(where, "parameter ", pa[i].name, " has shape (",
                                                    pb[i].rows, ", ", pb[i].cols, "); expected (",
                                                    pa[i].rows, ", ", pa[i].cols, ")");
    }
    f(pa[i], pb[i]);
  }
}

}  // namespace foresight::nn

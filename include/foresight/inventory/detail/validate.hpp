// SPDX-License-Identifier: Apache-2.0
/// \file
/// Argument checks shared by the inventory headers (not API). Every check throws
/// core::invalid_input naming the parameter, in the house format
/// `<qualified function>: <what is wrong>; <what was expected>`.
#pragma once

#include <cmath>
#include <concepts>
#include <string_view>

#include <foresight/core/error.hpp>

namespace foresight::inventory::detail {

/// Throws unless `value` is finite and > 0.
template <std::floating_point Scalar>
void require_positive(Scalar value, std::string_view where, std::string_view name) {
  if (!(std::isfinite(value) && value > 0)) {
    core::detail::raise<core::invalid_input>(where, name, " is ", value,
                                             "; expected a finite value > 0");
  }
}

/// Throws unless `value` is finite and >= 0.
template <std::floating_point Scalar>
void require_nonnegative(Scalar value, std::string_view where, std::string_view name) {
  if (!(std::isfinite(value) && value >= 0)) {
    core::detail::raise<core::invalid_input>(where, name, " is ", value,
                                             "; expected a finite value >= 0");
  }
}

/// Throws unless `value` is finite (any sign).
template <std::floating_point Scalar>
void require_finite(Scalar value, std::string_view where, std::string_view name) {
  core::detail::require_finite(value, where, name);
}

/// Throws unless 0 < value < 1.
template <std::floating_point Scalar>
void require_probability(Scalar value, std::string_view where, std::string_view name) {
  core::detail::require_open_interval(value, Scalar{0}, Scalar{1}, where, name);
}

}  // namespace foresight::inventory::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// `gaussian`: the normal marginal of a forecast step or of lead-time demand, a small value type
/// with Boost.Math-style free functions `mean`, `variance`, `standard_deviation`, `pdf`, `cdf`,
/// `quantile`. A standard deviation of 0 is allowed and gives a point mass.
#pragma once

#include <cmath>
#include <concepts>
#include <limits>

#include <boost/math/distributions/normal.hpp>

#include <foresight/core/error.hpp>

namespace foresight::core {

/// Normal distribution N(mean, sd^2) with sd >= 0 (sd == 0: a point mass at `mean`).
template <std::floating_point Scalar = double>
struct gaussian {
  /// Mean (any finite value).
  Scalar mean = 0;
  /// Standard deviation (>= 0).
  Scalar sd = 1;
};

namespace detail {
template <std::floating_point Scalar>
void validate_gaussian(const gaussian<Scalar>& d, std::string_view where) {
  require_finite(d.mean, where, "mean");
  if (!(std::isfinite(d.sd) && d.sd >= 0)) {
    raise<invalid_input>(where, "sd is ", d.sd, "; expected a finite sd >= 0");
  }
}
}  // namespace detail

/// Mean of `d`.
template <std::floating_point Scalar>
[[nodiscard]] Scalar mean(const gaussian<Scalar>& d) noexcept {
  return d.mean;
}
/// Variance of `d`.
template <std::floating_point Scalar>
[[nodiscard]] Scalar variance(const gaussian<Scalar>& d) noexcept {
  return d.sd * d.sd;
}
/// Standard deviation of `d`.
template <std::floating_point Scalar>
[[nodiscard]] Scalar standard_deviation(const gaussian<Scalar>& d) noexcept {
  return d.sd;
}

/// Density of `d` at `x` (+infinity at the point of a point mass).
/// Throws: invalid_input if the parameters are not finite or sd < 0.
template <std::floating_point Scalar>
[[nodiscard]] Scalar pdf(const gaussian<Scalar>& d, Scalar x) {
  detail::validate_gaussian(d, "core::pdf(gaussian)");
  if (d.sd == 0)
    return x == d.mean ? std::numeric_limits<Scalar>::infinity() : Scalar{0};
  return boost::math::pdf(boost::math::normal_distribution<Scalar>(d.mean, d.sd), x);
}

/// P(X <= x) for X ~ `d`.
/// Throws: invalid_input if the parameters are not finite or sd < 0, or x is NaN.
template <std::floating_point Scalar>
[[nodiscard]] Scalar cdf(const gaussian<Scalar>& d, Scalar x) {
  detail::validate_gaussian(d, "core::cdf(gaussian)");
  detail::require(!std::isnan(x), "core::cdf(gaussian)", "x is NaN; expected a number");
  if (std::isinf(x))
    return x > 0 ? Scalar{1} : Scalar{0};
  if (d.sd == 0)
    return x >= d.mean ? Scalar{1} : Scalar{0};
  return boost::math::cdf(boost::math::normal_distribution<Scalar>(d.mean, d.sd), x);
}

/// The p-quantile of `d`, 0 < p < 1.
/// Throws: invalid_input if p is outside (0, 1) or the parameters are invalid.
template <std::floating_point Scalar>
[[nodiscard]] Scalar quantile(const gaussian<Scalar>& d, Scalar p) {
  detail::validate_gaussian(d, "core::quantile(gaussian)");
  detail::require_open_interval(p, Scalar{0}, Scalar{1}, "core::quantile(gaussian)", "p");
  if (d.sd == 0)
    return d.mean;
  return boost::math::quantile(boost::math::normal_distribution<Scalar>(d.mean, d.sd), p);
}

/// Standard normal quantile z_p, 0 < p < 1 (e.g. 1.959963984540054 for p = 0.975).
/// Throws: invalid_input if p is outside (0, 1).
template <std::floating_point Scalar = double>
[[nodiscard]] Scalar normal_quantile(Scalar p) {
  return quantile(gaussian<Scalar>{0, 1}, p);
}

}  // namespace foresight::core

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Filling missing values (NaN) of a series: linear interpolation between the nearest observed
/// neighbours, and seasonal interpolation, the same done separately within each season position
/// (all Januaries, all Februaries, ...).
///
/// Both keep observed values unchanged, fill leading and trailing gaps with the nearest observed
/// value (R's approx(rule = 2)), reject infinite values (invalid_input) and need at least one
/// observation (per season position for the seasonal variant).
///
/// References: R Core Team, `approx` (stats); Moritz & Bartz-Beielstein (2017), imputeTS: Time
/// Series Missing Value Imputation in R, The R Journal 9(1) (the season-split approach,
/// na_seasplit).
#pragma once

#include <cmath>
#include <concepts>
#include <string_view>

#include <Eigen/Core>

#include <foresight/core/detail/vector_checks.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

namespace detail {

/// Fills the NaN among y[first], y[first + stride], ... in place by linear interpolation in the
/// position k of that subsequence (rule = 2 at the ends). Returns false if it has no observation.
template <std::floating_point Scalar>
bool fill_linear_strided(vector<Scalar>& y, index first, index stride) {
  // 0 <= first < y.size(): written without first + stride, which overflows for a huge stride.
  const index count = (y.size() - 1 - first) / stride + 1;
  const auto at = [&](index k) -> Scalar& { return y[first + k * stride]; };
  index prev = -1;  // position of the last observed value seen
  for (index k = 0; k < count; ++k) {
    if (std::isnan(at(k)))
      continue;
    if (prev < 0) {
      for (index m = 0; m < k; ++m)  // leading gap: nearest value
        at(m) = at(k);
    } else if (k - prev > 1) {
      const Scalar y0 = at(prev);
      const Scalar y1 = at(k);
      for (index m = prev + 1; m < k; ++m) {
        // R's approx: y0 + (y1 - y0) * ((v - x0) / (x1 - x0)).
        at(m) = y0 + (y1 - y0) * (static_cast<Scalar>(m - prev) / static_cast<Scalar>(k - prev));
      }
    }
    prev = k;
  }
  if (prev < 0)
    return false;
  for (index m = prev + 1; m < count; ++m)  // trailing gap: nearest value
    at(m) = at(prev);
  return true;
}

template <std::floating_point Scalar>
vector<Scalar> interpolate_linear(const Eigen::Ref<const vector<Scalar>>& y) {
  constexpr std::string_view where = "core::interpolate_linear";
  require_data<Scalar>(y, where, "y");
  vector<Scalar> out = y;
  if (!fill_linear_strided<Scalar>(out, 0, 1))
    raise<invalid_input>(where, "y has no observed value; expected at least one");
  return out;
}

template <std::floating_point Scalar>
vector<Scalar> interpolate_seasonal(const Eigen::Ref<const vector<Scalar>>& y, index period) {
  constexpr std::string_view where = "core::interpolate_seasonal";
  require_lag(period, where, "period");
  require_data<Scalar>(y, where, "y");
  vector<Scalar> out = y;
  for (index s = 0; s < period && s < y.size(); ++s) {
    if (!fill_linear_strided<Scalar>(out, s, period)) {
      if (period >= y.size() - s) {  // a single value at this position (and no s + period)
        raise<invalid_input>(where, "season position ", s, " (value ", s,
                             " only) has no observed value; expected at least one per position");
      }
      raise<invalid_input>(where, "season position ", s, " (values ", s, ", ", s + period,
                           ", ...) has no observed value; expected at least one per position");
    }
  }
  return out;
}

}  // namespace detail

/// Fills NaN by linear interpolation between the nearest observed values before and after (in
/// time index); leading and trailing NaN take the first and last observed value, as R's
/// `approx(seq_along(y)[ok], y[ok], xout = seq_along(y), rule = 2)`.
/// Throws: invalid_input if y is empty, has an infinite value or no observed value.
/// Example: `core::vector<double> filled = core::interpolate_linear(y);`
template <typename Derived>
requires std::floating_point<typename Derived::Scalar>
[[nodiscard]] vector<typename Derived::Scalar> interpolate_linear(
    const Eigen::MatrixBase<Derived>& y) {
  return detail::interpolate_linear<typename Derived::Scalar>(y);
}

/// Seasonal interpolation: for each season position s (values s, s + period, s + 2·period, ...),
/// fills its NaN by linear interpolation between the nearest observed values of the same
/// position in earlier and later cycles, and leading or trailing gaps with the nearest one. A
/// missing March is thus interpolated from the neighbouring years' Marches, keeping the seasonal
/// shape that plain linear interpolation flattens. period = 1 is `interpolate_linear`.
/// Throws: invalid_input if period < 1, y is empty, has an infinite value, or a season position
/// present in y has no observed value.
/// Example: `core::vector<double> filled = core::interpolate_seasonal(y, 12);`
template <typename Derived>
requires std::floating_point<typename Derived::Scalar>
[[nodiscard]] vector<typename Derived::Scalar> interpolate_seasonal(
    const Eigen::MatrixBase<Derived>& y, index period) {
  return detail::interpolate_seasonal<typename Derived::Scalar>(y, period);
}

}  // namespace foresight::core

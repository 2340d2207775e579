// SPDX-License-Identifier: Apache-2.0
/// \file
/// Regular and seasonal differencing of any order and its inverse, as R's `diff` and `diffinv`,
/// plus `undifference_forecast`, which turns forecasts of a differenced series back into
/// forecasts of the original series given its history.
///
/// Missing values: NaN propagates through the arithmetic (as in R): a NaN at position t makes
/// the differences that use it NaN, and a NaN in the input of `inverse_difference` makes every
/// later value of its lag class NaN. Infinite values throw invalid_input.
///
/// References: Box, Jenkins & Reinsel (2008), Time Series Analysis, 4th ed., section 4.1 (the
/// difference operator (1 - B^lag)^d); R Core Team, `diff` and `diffinv` (stats).
#pragma once

#include <cmath>
#include <concepts>
#include <limits>
#include <string_view>

#include <Eigen/Core>

#include <foresight/core/detail/vector_checks.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

namespace detail {

inline void check_difference_order(index lag, index differences, std::string_view where) {
  require_lag(lag, where, "lag");
  require_lag(differences, where, "differences");
  // lag * differences (+ 1) sizes everything below: keep it representable.
  constexpr index largest = std::numeric_limits<index>::max() - 1;
  if (lag > largest / differences) {
    raise<invalid_input>(where, "lag ", lag, " times differences ", differences,
                         " overflows; expected lag * differences <= ", largest);
  }
}

/// (1 - B^lag) applied once.
template <std::floating_point Scalar>
vector<Scalar> difference_once(const Eigen::Ref<const vector<Scalar>>& y, index lag) {
  const index m = y.size() - lag;
  return (y.tail(m) - y.head(m)).eval();
}

template <std::floating_point Scalar>
vector<Scalar> difference(const Eigen::Ref<const vector<Scalar>>& y, index lag, index differences) {
  constexpr std::string_view where = "core::difference";
  check_difference_order(lag, differences, where);
  require_no_inf<Scalar>(y, where, "y");
  if (y.size() <= lag * differences) {
    raise<invalid_input>(where, "y has ", y.size(), " values; lag ", lag, " and differences ",
                         differences, " need at least ", lag * differences + 1);
  }
  vector<Scalar> out = y;
  for (index k = 0; k < differences; ++k)
    out = difference_once<Scalar>(out, lag);
  return out;
}

/// One integration step: out = (initial, x), out[t] += out[t - lag] (R's C_intgrt_vec).
template <std::floating_point Scalar>
vector<Scalar> integrate_once(const Eigen::Ref<const vector<Scalar>>& x,
                              const Eigen::Ref<const vector<Scalar>>& initial, index lag) {
  vector<Scalar> out(x.size() + lag);
  out.head(lag) = initial;
  for (index i = 0; i < x.size(); ++i)
    out[i + lag] = x[i] + out[i];
  return out;
}

/// diffinv(x, lag, differences, xi): for d > 1 it integrates d - 1 times with the initial values
/// diff(xi, lag) and once more with the first lag values of xi, as R does.
template <std::floating_point Scalar>
vector<Scalar> integrate(const Eigen::Ref<const vector<Scalar>>& x,
                         const Eigen::Ref<const vector<Scalar>>& initial, index lag,
                         index differences) {
  if (differences == 1)
    return integrate_once<Scalar>(x, initial, lag);
  const vector<Scalar> inner_initial = difference_once<Scalar>(initial, lag);
  const vector<Scalar> inner = integrate<Scalar>(x, inner_initial, lag, differences - 1);
  return integrate_once<Scalar>(inner, initial.head(lag), lag);
}

template <std::floating_point Scalar>
vector<Scalar> inverse_difference(const Eigen::Ref<const vector<Scalar>>& x,
                                  const Eigen::Ref<const vector<Scalar>>& initial, index lag,
                                  index differences) {
  constexpr std::string_view where = "core::inverse_difference";
  check_difference_order(lag, differences, where);
  require_no_inf<Scalar>(x, where, "x");
  require_no_inf<Scalar>(initial, where, "initial");
  if (initial.size() != lag * differences) {
    raise<dimension_mismatch>(where, "initial has ", initial.size(), " values; expected lag * ",
                              "differences = ", lag * differences);
  }
  return integrate<Scalar>(x, initial, lag, differences);
}

template <std::floating_point Scalar>
vector<Scalar> undifference_forecast(const Eigen::Ref<const vector<Scalar>>& forecast,
                                     const Eigen::Ref<const vector<Scalar>>& history, index lag,
                                     index differences) {
  constexpr std::string_view where = "core::undifference_forecast";
  check_difference_order(lag, differences, where);
  require_no_inf<Scalar>(forecast, where, "forecast");
  require_no_inf<Scalar>(history, where, "history");
  const index need = lag * differences;
  if (history.size() < need) {
    raise<invalid_input>(where, "history has ", history.size(), " values; lag ", lag,
                         " and differences ", differences, " need its last ", need);
  }
  for (index i = history.size() - need; i < history.size(); ++i) {
    if (std::isnan(history[i])) {
      raise<invalid_input>(where, "history[", i, "] is missing; expected the last ", need,
                           " values to be observed");
    }
  }
  const vector<Scalar> full = integrate<Scalar>(forecast, history.tail(need), lag, differences);
  return full.tail(forecast.size());
}

}  // namespace detail

/// Lagged differences of order `differences`, as R's `diff(y, lag, differences)`: lag = 1 for
/// regular, lag = period for seasonal differencing. The result has
/// y.size() - lag * differences values.
/// Throws: invalid_input if lag < 1, differences < 1, y has an infinite value or no more than
/// lag * differences values (R returns an empty vector there).
/// Example: `core::vector<double> d = core::difference(y, 12);  // seasonal, (1 - B^12) y`
template <typename Derived>
requires std::floating_point<typename Derived::Scalar>
[[nodiscard]] vector<typename Derived::Scalar> difference(const Eigen::MatrixBase<Derived>& y,
                                                          index lag = 1, index differences = 1) {
  return detail::difference<typename Derived::Scalar>(y, lag, differences);
}

/// Inverse of `difference`, as R's `diffinv(x, lag, differences, xi = initial)`: the series whose
/// first lag * differences values are `initial` and whose differences are `x`. The result has
/// x.size() + lag * differences values; `inverse_difference(difference(y, l, d), y.head(l * d),
/// l, d)` returns y.
/// Throws: invalid_input if lag < 1, differences < 1 or an input is infinite; dimension_mismatch
/// unless initial has lag * differences values.
/// Example: `auto y2 = core::inverse_difference(core::difference(y), y.head(1));`
template <typename DX, typename DI>
requires std::floating_point<typename DX::Scalar> &&
    std::same_as<typename DX::Scalar, typename DI::Scalar>
[[nodiscard]] vector<typename DX::Scalar> inverse_difference(const Eigen::MatrixBase<DX>& x,
                                                             const Eigen::MatrixBase<DI>& initial,
                                                             index lag = 1, index differences = 1) {
  return detail::inverse_difference<typename DX::Scalar>(x, initial, lag, differences);
}

/// Forecasts of the original series from forecasts of its (lag, differences)-differenced series
/// and the original `history`: `tail(diffinv(forecast, lag, differences, xi = tail(history,
/// lag * differences)), h)` in R. For a combination such as (1 - B)(1 - B^12), undo the steps in
/// reverse order, each with the history as it was before that step.
/// Throws: invalid_input if lag < 1, differences < 1, an input is infinite, or the last
/// lag * differences values of history are missing or absent.
/// Example: `auto fc = core::undifference_forecast(fc_of_diff, y, 12);`
template <typename DF, typename DH>
requires std::floating_point<typename DF::Scalar> &&
    std::same_as<typename DF::Scalar, typename DH::Scalar>
[[nodiscard]] vector<typename DF::Scalar> undifference_forecast(
    const Eigen::MatrixBase<DF>& forecast, const Eigen::MatrixBase<DH>& history, index lag = 1,
    index differences = 1) {
  return detail::undifference_forecast<typename DF::Scalar>(forecast, history, lag, differences);
}

}  // namespace foresight::core

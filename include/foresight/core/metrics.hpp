// SPDX-License-Identifier: Apache-2.0
/// \file
/// Forecast accuracy metrics: ME, MAE, RMSE, MPE, MAPE, sMAPE, MASE, pinball loss, interval
/// coverage and the Winkler interval score, with the conventions of R's forecast::accuracy
/// (forecast 8.20).
///
/// Missing values: a position where any input (actual, forecast, bound or quantile) is NaN is
/// skipped, as R does with `na.rm = TRUE`; a measure with no position left throws invalid_input.
/// Infinite values, empty inputs and bad options throw invalid_input; inputs of different
/// lengths throw dimension_mismatch.
///
/// References: Hyndman & Koehler (2006), Another look at measures of forecast accuracy, IJF 22;
/// Makridakis & Hibon (2000), The M3-Competition, IJF 16 (sMAPE); Winkler (1972), A decision-
/// theoretic approach to interval estimation, JASA 67; Hyndman & Athanasopoulos (2021),
/// Forecasting: Principles and Practice, 3rd ed., sections 5.8-5.9.
#pragma once

#include <cmath>
#include <concepts>
#include <limits>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/detail/vector_checks.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

namespace detail {

template <std::floating_point Scalar>
using cref = Eigen::Ref<const vector<Scalar>>;

/// Mean over the positions of the terms `term(i)`, skipping NaN terms (R's `na.rm = TRUE`, which
/// also drops the 0/0 of a percentage error); throws when no term is left.
template <std::floating_point Scalar, typename Term>
Scalar mean_of_terms(index n, std::string_view where, Term term) {
  Scalar sum = 0;
  index used = 0;
  for (index i = 0; i < n; ++i) {
    const Scalar t = term(i);
    if (std::isnan(t))
      continue;
    sum += t;
    ++used;
  }
  if (used == 0) {
    raise<invalid_input>(where,
                         "no position without a missing value (or an undefined term) is "
                         "left; expected at least one");
  }
  return sum / static_cast<Scalar>(used);
}

/// Checks actual/predicted and returns their length.
template <std::floating_point Scalar>
index check_pair(const cref<Scalar>& actual, const cref<Scalar>& predicted,
                 std::string_view where) {
  require_data<Scalar>(actual, where, "actual");
  require_length<Scalar>(predicted, actual.size(), where, "predicted");
  require_no_inf<Scalar>(predicted, where, "predicted");
  return actual.size();
}

template <std::floating_point Scalar>
Scalar error_term(Scalar y, Scalar f) {
  return y - f;  // NaN when either is missing
}

template <std::floating_point Scalar>
Scalar me(const cref<Scalar>& y, const cref<Scalar>& f) {
  constexpr std::string_view where = "core::me";
  const index n = check_pair<Scalar>(y, f, where);
  return mean_of_terms<Scalar>(n, where, [&](index i) { return error_term(y[i], f[i]); });
}

template <std::floating_point Scalar>
Scalar mae(const cref<Scalar>& y, const cref<Scalar>& f) {
  constexpr std::string_view where = "core::mae";
  const index n = check_pair<Scalar>(y, f, where);
  return mean_of_terms<Scalar>(n, where, [&](index i) { return std::abs(error_term(y[i], f[i])); });
}

template <std::floating_point Scalar>
Scalar rmse(const cref<Scalar>& y, const cref<Scalar>& f) {
  constexpr std::string_view where = "core::rmse";
  const index n = check_pair<Scalar>(y, f, where);
  return std::sqrt(mean_of_terms<Scalar>(n, where, [&](index i) {
    const Scalar e = error_term(y[i], f[i]);
    return e * e;
  }));
}

// Percentage error 100 (y - f) / y as in forecast:::testaccuracy: ±inf for y = 0 != f, and NaN
// (skipped) for y = f = 0.
template <std::floating_point Scalar>
Scalar percentage_error(Scalar y, Scalar f) {
  return (y - f) / y * Scalar{100};
}

template <std::floating_point Scalar>
Scalar mpe(const cref<Scalar>& y, const cref<Scalar>& f) {
  constexpr std::string_view where = "core::mpe";
  const index n = check_pair<Scalar>(y, f, where);
  return mean_of_terms<Scalar>(n, where, [&](index i) { return percentage_error(y[i], f[i]); });
}

template <std::floating_point Scalar>
Scalar mape(const cref<Scalar>& y, const cref<Scalar>& f) {
  constexpr std::string_view where = "core::mape";
  const index n = check_pair<Scalar>(y, f, where);
  return mean_of_terms<Scalar>(n, where,
                               [&](index i) { return std::abs(percentage_error(y[i], f[i])); });
}

template <std::floating_point Scalar>
Scalar smape(const cref<Scalar>& y, const cref<Scalar>& f) {
  constexpr std::string_view where = "core::smape";
  const index n = check_pair<Scalar>(y, f, where);
  return mean_of_terms<Scalar>(n, where, [&](index i) {
    const Scalar denom = std::abs(y[i]) + std::abs(f[i]);
    // y = f = 0 is a perfect forecast: its term is 0, not 0/0.
    if (denom == 0)
      return Scalar{0};
    return Scalar{200} * std::abs(y[i] - f[i]) / denom;
  });
}

/// MASE scale: mean absolute lag-`period` difference of the training data, NaN skipped
/// (forecast:::testaccuracy: diff(x, lag = frequency) for seasonal data, diff(x) otherwise).
template <std::floating_point Scalar>
Scalar mase_scale(const cref<Scalar>& training, index period, std::string_view where) {
  require_data<Scalar>(training, where, "training");
  require_lag(period, where, "period");
  if (training.size() <= period) {
    raise<invalid_input>(where, "training has ", training.size(), " values; expected more than ",
                         "period = ", period);
  }
  Scalar sum = 0;
  index used = 0;
  for (index i = period; i < training.size(); ++i) {
    const Scalar d = training[i] - training[i - period];
    if (std::isnan(d))
      continue;
    sum += std::abs(d);
    ++used;
  }
  if (used == 0) {
    raise<invalid_input>(where, "training has no pair of observations ", period,
                         " apart; expected at least one for the MASE scale");
  }
  const Scalar scale = sum / static_cast<Scalar>(used);
  if (!(scale > 0)) {
    raise<invalid_input>(where,
                         "the MASE scale (in-sample seasonal-naive MAE) is 0; expected a "
                         "training series that is not constant at lag ",
                         period);
  }
  return scale;
}

template <std::floating_point Scalar>
Scalar mase(const cref<Scalar>& y, const cref<Scalar>& f, const cref<Scalar>& training,
            index period) {
  constexpr std::string_view where = "core::mase";
  const index n = check_pair<Scalar>(y, f, where);
  const Scalar scale = mase_scale<Scalar>(training, period, where);
  // As R: mean(abs(error / scale)), not mean(abs(error)) / scale.
  return mean_of_terms<Scalar>(n, where,
                               [&](index i) { return std::abs(error_term(y[i], f[i]) / scale); });
}

template <std::floating_point Scalar>
void check_probability(Scalar tau, std::string_view where) {
  require_open_interval(tau, Scalar{0}, Scalar{1}, where, "quantile level");
}

template <std::floating_point Scalar>
Scalar pinball_term(Scalar y, Scalar q, Scalar tau) {
  // Koenker & Bassett (1978) check function: tau (y - q) above q, (1 - tau) (q - y) below.
  return y >= q ? tau * (y - q) : (Scalar{1} - tau) * (q - y);
}

template <std::floating_point Scalar>
Scalar pinball(const cref<Scalar>& y, const cref<Scalar>& q, Scalar tau) {
  constexpr std::string_view where = "core::pinball_loss";
  check_probability(tau, where);
  const index n = check_pair<Scalar>(y, q, where);
  return mean_of_terms<Scalar>(n, where, [&](index i) {
    if (std::isnan(y[i]) || std::isnan(q[i]))
      return missing<Scalar>();
    return pinball_term(y[i], q[i], tau);
  });
}

template <std::floating_point Scalar>
index check_interval(const cref<Scalar>& y, const cref<Scalar>& lo, const cref<Scalar>& hi,
                     std::string_view where) {
  require_data<Scalar>(y, where, "actual");
  require_length<Scalar>(lo, y.size(), where, "lower");
  require_length<Scalar>(hi, y.size(), where, "upper");
  require_no_inf<Scalar>(lo, where, "lower");
  require_no_inf<Scalar>(hi, where, "upper");
  for (index i = 0; i < y.size(); ++i) {
    if (lo[i] > hi[i]) {
      raise<invalid_input>(where, "lower[", i, "] = ", lo[i], " exceeds upper[", i, "] = ", hi[i],
                           "; expected lower <= upper");
    }
  }
  return y.size();
}

template <std::floating_point Scalar>
bool any_missing(Scalar a, Scalar b, Scalar c) {
  return std::isnan(a) || std::isnan(b) || std::isnan(c);
}

template <std::floating_point Scalar>
Scalar coverage(const cref<Scalar>& y, const cref<Scalar>& lo, const cref<Scalar>& hi) {
  constexpr std::string_view where = "core::interval_coverage";
  const index n = check_interval<Scalar>(y, lo, hi, where);
  return mean_of_terms<Scalar>(n, where, [&](index i) {
    if (any_missing(y[i], lo[i], hi[i]))
      return missing<Scalar>();
    return (y[i] >= lo[i] && y[i] <= hi[i]) ? Scalar{1} : Scalar{0};
  });
}

template <std::floating_point Scalar>
Scalar winkler(const cref<Scalar>& y, const cref<Scalar>& lo, const cref<Scalar>& hi,
               Scalar level) {
  constexpr std::string_view where = "core::winkler_score";
  require_open_interval(level, Scalar{0}, Scalar{1}, where, "level");
  const index n = check_interval<Scalar>(y, lo, hi, where);
  const Scalar penalty = Scalar{2} / (Scalar{1} - level);
  return mean_of_terms<Scalar>(n, where, [&](index i) {
    if (any_missing(y[i], lo[i], hi[i]))
      return missing<Scalar>();
    // Winkler (1972); FPP3 section 5.9: width plus 2/alpha times the distance outside.
    Scalar s = hi[i] - lo[i];
    if (y[i] < lo[i])
      s += penalty * (lo[i] - y[i]);
    else if (y[i] > hi[i])
      s += penalty * (y[i] - hi[i]);
    return s;
  });
}

template <typename A, typename B>
concept same_real_scalar =
    std::floating_point<typename A::Scalar> && std::same_as<typename A::Scalar, typename B::Scalar>;

}  // namespace detail

/// Mean error mean(y - f): the bias of the forecast (positive: forecasts too low).
/// Throws: invalid_input on empty or infinite input or no complete pair; dimension_mismatch.
/// Example: `double bias = core::me(test, f.mean);`
template <typename DA, typename DF>
requires detail::same_real_scalar<DA, DF>
[[nodiscard]] typename DA::Scalar me(const Eigen::MatrixBase<DA>& actual,
                                     const Eigen::MatrixBase<DF>& predicted) {
  using S = typename DA::Scalar;
  return detail::me<S>(actual, predicted);
}

/// Mean absolute error mean(|y - f|).
/// Throws: invalid_input on empty or infinite input or no complete pair; dimension_mismatch.
/// Example: `double e = core::mae(test, f.mean);`
template <typename DA, typename DF>
requires detail::same_real_scalar<DA, DF>
[[nodiscard]] typename DA::Scalar mae(const Eigen::MatrixBase<DA>& actual,
                                      const Eigen::MatrixBase<DF>& predicted) {
  using S = typename DA::Scalar;
  return detail::mae<S>(actual, predicted);
}

/// Root mean squared error sqrt(mean((y - f)^2)).
/// Throws: invalid_input on empty or infinite input or no complete pair; dimension_mismatch.
/// Example: `double e = core::rmse(test, f.mean);`
template <typename DA, typename DF>
requires detail::same_real_scalar<DA, DF>
[[nodiscard]] typename DA::Scalar rmse(const Eigen::MatrixBase<DA>& actual,
                                       const Eigen::MatrixBase<DF>& predicted) {
  using S = typename DA::Scalar;
  return detail::rmse<S>(actual, predicted);
}

/// Mean percentage error mean(100 (y - f) / y). A zero actual gives ±inf (NaN if both signs
/// occur); a pair with y = f = 0 is skipped (R drops its 0/0).
/// Throws: invalid_input on empty or infinite input or no usable pair; dimension_mismatch.
/// Example: `double e = core::mpe(test, f.mean);`
template <typename DA, typename DF>
requires detail::same_real_scalar<DA, DF>
[[nodiscard]] typename DA::Scalar mpe(const Eigen::MatrixBase<DA>& actual,
                                      const Eigen::MatrixBase<DF>& predicted) {
  using S = typename DA::Scalar;
  return detail::mpe<S>(actual, predicted);
}

/// Mean absolute percentage error mean(100 |y - f| / |y|). A zero actual with a non-zero forecast
/// gives +inf; a pair with y = f = 0 is skipped (R drops its 0/0).
/// Throws: invalid_input on empty or infinite input or no usable pair; dimension_mismatch.
/// Example: `double e = core::mape(test, f.mean);`
template <typename DA, typename DF>
requires detail::same_real_scalar<DA, DF>
[[nodiscard]] typename DA::Scalar mape(const Eigen::MatrixBase<DA>& actual,
                                       const Eigen::MatrixBase<DF>& predicted) {
  using S = typename DA::Scalar;
  return detail::mape<S>(actual, predicted);
}

/// Symmetric MAPE of the M3 competition, mean(200 |y - f| / (|y| + |f|)), in [0, 200]; a pair
/// with y = f = 0 counts as 0 (a perfect forecast).
/// Throws: invalid_input on empty or infinite input or no complete pair; dimension_mismatch.
/// Example: `double e = core::smape(test, f.mean);`
template <typename DA, typename DF>
requires detail::same_real_scalar<DA, DF>
[[nodiscard]] typename DA::Scalar smape(const Eigen::MatrixBase<DA>& actual,
                                        const Eigen::MatrixBase<DF>& predicted) {
  using S = typename DA::Scalar;
  return detail::smape<S>(actual, predicted);
}

/// Mean absolute scaled error mean(|y - f| / scale), where scale is the mean absolute
/// lag-`period` difference of `training` (the in-sample seasonal-naive MAE; lag 1 when
/// period = 1), as forecast::accuracy computes it. NaN in `training` are skipped.
/// Throws: invalid_input on empty or infinite input, period < 1, training too short or constant
/// at that lag (zero scale), no complete pair; dimension_mismatch.
/// Example: `double e = core::mase(test, f.mean, train, 12);`
template <typename DA, typename DF, typename DT>
requires detail::same_real_scalar<DA, DF> && detail::same_real_scalar<DA, DT>
[[nodiscard]] typename DA::Scalar mase(const Eigen::MatrixBase<DA>& actual,
                                       const Eigen::MatrixBase<DF>& predicted,
                                       const Eigen::MatrixBase<DT>& training, index period) {
  using S = typename DA::Scalar;
  return detail::mase<S>(actual, predicted, training, period);
}

/// Mean pinball (quantile) loss of the `tau`-quantile forecasts `quantile`:
/// tau (y - q) where y >= q, (1 - tau) (q - y) otherwise. At tau = 0.5 it is half the MAE.
/// Throws: invalid_input if tau is outside (0, 1), on empty or infinite input or no complete
/// pair; dimension_mismatch.
/// Example: `double l = core::pinball_loss(test, f.upper.col(0), 0.9);`
template <typename DA, typename DQ>
requires detail::same_real_scalar<DA, DQ>
[[nodiscard]] typename DA::Scalar pinball_loss(const Eigen::MatrixBase<DA>& actual,
                                               const Eigen::MatrixBase<DQ>& quantile,
                                               typename DA::Scalar tau) {
  using S = typename DA::Scalar;
  return detail::pinball<S>(actual, quantile, tau);
}

/// Mean pinball loss of each column of `quantiles` (n × k) at its level `taus[j]`: a vector of k
/// losses (average them for a single score). Matches `core::forecast::quantiles` and
/// `quantile_levels`.
/// Throws: dimension_mismatch if quantiles is not n × taus.size(); as the one-quantile overload.
/// Example: `auto l = core::pinball_loss(test, f.quantiles, f.quantile_levels);`
template <typename DA, typename DQ>
requires detail::same_real_scalar<DA, DQ>
[[nodiscard]] vector<typename DA::Scalar> pinball_loss(
    const Eigen::MatrixBase<DA>& actual, const Eigen::MatrixBase<DQ>& quantiles,
    const std::vector<typename DA::Scalar>& taus) {
  using S = typename DA::Scalar;
  constexpr std::string_view where = "core::pinball_loss";
  const auto k = static_cast<index>(taus.size());
  if (quantiles.rows() != actual.rows() || quantiles.cols() != k) {
    detail::raise<dimension_mismatch>(where, "quantiles is ", quantiles.rows(), " x ",
                                      quantiles.cols(), "; expected ", actual.rows(), " x ", k,
                                      " (one row per actual value, one column per level)");
  }
  const matrix<S> q = quantiles;
  vector<S> out(k);
  for (index j = 0; j < k; ++j)
    out[j] = detail::pinball<S>(actual, q.col(j), taus[static_cast<std::size_t>(j)]);
  return out;
}

/// Fraction of actual values inside their interval [lower, upper] (bounds included).
/// Throws: invalid_input if lower > upper somewhere, on empty or infinite input or no complete
/// triple; dimension_mismatch.
/// Example: `double c = core::interval_coverage(test, f.lower.col(1), f.upper.col(1));`
template <typename DA, typename DL, typename DU>
requires detail::same_real_scalar<DA, DL> && detail::same_real_scalar<DA, DU>
[[nodiscard]] typename DA::Scalar interval_coverage(const Eigen::MatrixBase<DA>& actual,
                                                    const Eigen::MatrixBase<DL>& lower,
                                                    const Eigen::MatrixBase<DU>& upper) {
  using S = typename DA::Scalar;
  return detail::coverage<S>(actual, lower, upper);
}

/// Mean Winkler score of the `level` intervals [lower, upper]: the width, plus 2 / (1 - level)
/// times the distance by which the actual falls outside. Lower is better.
/// Throws: invalid_input if level is outside (0, 1) or lower > upper somewhere, on empty or
/// infinite input or no complete triple; dimension_mismatch.
/// Example: `double w = core::winkler_score(test, f.lower.col(1), f.upper.col(1), 0.95);`
template <typename DA, typename DL, typename DU>
requires detail::same_real_scalar<DA, DL> && detail::same_real_scalar<DA, DU>
[[nodiscard]] typename DA::Scalar winkler_score(const Eigen::MatrixBase<DA>& actual,
                                                const Eigen::MatrixBase<DL>& lower,
                                                const Eigen::MatrixBase<DU>& upper,
                                                typename DA::Scalar level) {
  using S = typename DA::Scalar;
  return detail::winkler<S>(actual, lower, upper, level);
}

/// The point-forecast measures of forecast::accuracy (test set) plus sMAPE.
template <std::floating_point Scalar = double>
struct accuracy_measures {
  /// Mean error.
  Scalar me = 0;
  /// Root mean squared error.
  Scalar rmse = 0;
  /// Mean absolute error.
  Scalar mae = 0;
  /// Mean percentage error (%).
  Scalar mpe = 0;
  /// Mean absolute percentage error (%).
  Scalar mape = 0;
  /// Symmetric MAPE, M3 definition (%).
  Scalar smape = 0;
  /// Mean absolute scaled error.
  Scalar mase = 0;
};

/// All point-forecast measures at once, with the same conventions as the single functions.
/// Throws: as `core::mase` (which has the most conditions).
/// Example: `auto a = core::accuracy(test, f.mean, train, 12); a.mase;`
template <typename DA, typename DF, typename DT>
requires detail::same_real_scalar<DA, DF> && detail::same_real_scalar<DA, DT>
[[nodiscard]] accuracy_measures<typename DA::Scalar> accuracy(
    const Eigen::MatrixBase<DA>& actual, const Eigen::MatrixBase<DF>& predicted,
    const Eigen::MatrixBase<DT>& training, index period) {
  using S = typename DA::Scalar;
  const vector<S> y = actual;
  const vector<S> f = predicted;
  accuracy_measures<S> a;
  a.mase = detail::mase<S>(y, f, training, period);
  a.me = detail::me<S>(y, f);
  a.rmse = detail::rmse<S>(y, f);
  a.mae = detail::mae<S>(y, f);
  a.mpe = detail::mpe<S>(y, f);
  a.mape = detail::mape<S>(y, f);
  a.smape = detail::smape<S>(y, f);
  return a;
}

}  // namespace foresight::core

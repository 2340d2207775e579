// SPDX-License-Identifier: Apache-2.0
/// \file
/// Baseline forecasters: mean, naive (random walk), seasonal naive and drift (random walk with
/// drift), with point forecasts, fitted values, residuals and prediction intervals identical to
/// R's forecast 8.20 (`meanf`, `naive`/`rwf`, `snaive`, `rwf(drift = TRUE)`), and the exact
/// lead-time aggregate of each model.
///
/// Missing values (as R forecast's internal `lagwalk` and `meanf`): the mean method averages the
/// observed values; the naive-type methods replace a missing value by the last observed value of
/// the same season position (one period back, repeatedly) when computing fitted values and the
/// forecast origin, except within the first period, whose missing values are left missing.
/// Residuals are NaN where the observation or the fitted value is missing, and are skipped in the
/// variance.
///
/// References: Hyndman & Athanasopoulos (2021), Forecasting: Principles and Practice, 3rd ed.,
/// section 5.5 (Table 5.2: h-step standard deviations); Hyndman & Khandakar (2008), Automatic
/// time series forecasting: the forecast package for R, JSS 27(3).
#pragma once

#include <cmath>
#include <concepts>
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Core>
#include <boost/math/distributions/students_t.hpp>

#include <foresight/core/error.hpp>
#include <foresight/core/forecast.hpp>
#include <foresight/core/series.hpp>
#include <foresight/core/types.hpp>

namespace foresight::forecast {

/// The baseline method.
enum class baseline_method : int {
  /// Forecast = mean of the history (R's meanf); Student-t intervals.
  mean = 0,
  /// Forecast = last value (random walk; R's naive / rwf).
  naive = 1,
  /// Forecast = last value of the same season position (R's snaive).
  seasonal_naive = 2,
  /// Last value plus the average change per step times the horizon (R's rwf(drift = TRUE)).
  drift = 3,
};

/// Name of a baseline method, e.g. "seasonal_naive".
[[nodiscard]] constexpr std::string_view to_string(baseline_method m) noexcept {
  switch (m) {
    case baseline_method::mean:
      return "mean";
    case baseline_method::naive:
      return "naive";
    case baseline_method::seasonal_naive:
      return "seasonal_naive";
    case baseline_method::drift:
      return "drift";
  }
  return "unknown";
}

/// Options of `fit_baseline`.
struct baseline_options {
  /// Which baseline to fit.
  baseline_method method = baseline_method::naive;
  /// Seasonal period for seasonal_naive (>= 1); 0: the period of the `time_series`, 1 for a plain
  /// vector (seasonal naive is then naive, as in R for non-seasonal data). Ignored otherwise.
  core::index period = 0;
};

/// Throws invalid_input if period < 0 or the method is not one of the enumerators.
inline void validate(const baseline_options& options) {
  constexpr std::string_view where = "forecast::validate(baseline_options)";
  const auto m = static_cast<int>(options.method);
  core::detail::require(m >= 0 && m <= 3, where, "method is ", m, "; expected 0..3");
  core::detail::require(options.period >= 0, where, "period is ", options.period,
                        "; expected period >= 0 (0: from the series)");
}

/// A fitted baseline: the value `fit_baseline` returns. Copyable, holds no reference to the data.
template <std::floating_point Scalar = double>
struct baseline_fit {
  /// The method fitted.
  baseline_method method = baseline_method::naive;
  /// Lag of the random walk: 1 for naive and drift, the period for seasonal naive, 0 for mean.
  core::index lag = 0;
  /// Number of values in the history, missing ones included (R's n in meanf).
  core::index size = 0;
  /// One-step fitted values (NaN where none: the first `lag` values, missing inputs).
  core::vector<Scalar> fitted;
  /// Residuals y - fitted (NaN where either is missing).
  core::vector<Scalar> residuals;
  /// Forecast origin: the last `lag` values, missing ones filled from earlier cycles (naive
  /// types), or the single mean (mean method).
  core::vector<Scalar> origin;
  /// One-step error variance used by the intervals: R's sum(res^2) / (m - [drift != 0]) over the
  /// m non-missing residuals for the naive types; the sample variance of the history for mean.
  Scalar sigma2 = 0;
  /// Drift per step (drift method; 0 otherwise).
  Scalar drift = 0;
  /// Standard error of the drift estimate (drift method; 0 otherwise).
  Scalar drift_se = 0;

  /// Forecast of steps 1..h with intervals at `levels` (in (0, 1)) and optional quantiles at
  /// `quantile_levels`: mean, sd of the h-step error, bounds identical to R's (normal for the
  /// naive types, Student t with size - 1 degrees of freedom for mean), and the exact lead-time
  /// aggregate.
  /// Throws: invalid_input if h < 1, a level is outside (0, 1), or the fields are inconsistent
  /// (e.g. a default-constructed fit: lag 0, no origin).
  /// Example: `auto f = fit_baseline(y, {.method = baseline_method::drift}).forecast(12, {0.8,
  /// 0.95});`
  [[nodiscard]] core::forecast<Scalar> forecast(
      core::index h, const std::vector<Scalar>& levels,
      const std::vector<Scalar>& quantile_levels = {}) const;

  /// Exact equality of all fields (NaN equals NaN).
  friend bool operator==(const baseline_fit& a, const baseline_fit& b) {
    const auto same = [](const core::vector<Scalar>& x, const core::vector<Scalar>& y) {
      if (x.size() != y.size())
        return false;
      for (core::index i = 0; i < x.size(); ++i) {
        if (!(x[i] == y[i] || (std::isnan(x[i]) && std::isnan(y[i]))))
          return false;
      }
      return true;
    };
    return a.method == b.method && a.lag == b.lag && a.size == b.size && same(a.fitted, b.fitted) &&
           same(a.residuals, b.residuals) && same(a.origin, b.origin) && a.sigma2 == b.sigma2 &&
           a.drift == b.drift && a.drift_se == b.drift_se;
  }
};

namespace detail {

template <std::floating_point Scalar>
void check_history(const Eigen::Ref<const core::vector<Scalar>>& y, std::string_view where) {
  if (y.size() == 0)
    core::detail::raise<core::invalid_input>(where, "y is empty; expected a history");
  for (core::index i = 0; i < y.size(); ++i) {
    if (std::isinf(y[i])) {
      core::detail::raise<core::invalid_input>(where, "y[", i, "] is ", y[i],
                                               "; expected a finite number or NaN (missing)");
    }
  }
}

/// forecast::meanf.
template <std::floating_point Scalar>
baseline_fit<Scalar> fit_mean(const Eigen::Ref<const core::vector<Scalar>>& y,
                              std::string_view where) {
  const core::index n = y.size();
  Scalar sum = 0;
  core::index m = 0;
  for (core::index i = 0; i < n; ++i) {
    if (!std::isnan(y[i])) {
      sum += y[i];
      ++m;
    }
  }
  if (m < 2) {
    core::detail::raise<core::invalid_input>(where, "y has ", m, " observed values; the mean ",
                                             "method needs at least 2");
  }
  const Scalar mu = sum / static_cast<Scalar>(m);
  Scalar ss = 0;
  for (core::index i = 0; i < n; ++i) {
    if (!std::isnan(y[i]))
      ss += (y[i] - mu) * (y[i] - mu);
  }
  baseline_fit<Scalar> fit;
  fit.method = baseline_method::mean;
  fit.lag = 0;
  fit.size = n;
  fit.fitted = core::vector<Scalar>::Constant(n, mu);
  fit.residuals = (y.array() - mu).matrix();
  fit.origin = core::vector<Scalar>::Constant(1, mu);
  fit.sigma2 = ss / static_cast<Scalar>(m - 1);  // R: sd(x, na.rm = TRUE)^2
  return fit;
}

/// forecast:::lagwalk with lag `lag`, with or without drift.
template <std::floating_point Scalar>
baseline_fit<Scalar> fit_lagwalk(const Eigen::Ref<const core::vector<Scalar>>& y,
                                 baseline_method method, core::index lag, std::string_view where) {
  const core::index n = y.size();
  const bool with_drift = method == baseline_method::drift;
  if (n <= lag) {
    core::detail::raise<core::invalid_input>(where, "y has ", n, " values; ", to_string(method),
                                             " with lag ", lag, " needs at least ", lag + 1);
  }
  // lagwalk: a missing value after the first period takes the (filled) value one period back.
  core::vector<Scalar> filled = y;
  for (core::index i = lag; i < n; ++i) {
    if (std::isnan(filled[i]))
      filled[i] = filled[i - lag];
  }
  baseline_fit<Scalar> fit;
  fit.method = method;
  fit.lag = lag;
  fit.size = n;
  fit.fitted = core::vector<Scalar>::Constant(n, core::missing<Scalar>());
  fit.fitted.tail(n - lag) = filled.head(n - lag);
  fit.origin = filled.tail(lag);
  for (core::index p = 0; p < lag; ++p) {
    if (std::isnan(fit.origin[p])) {
      core::detail::raise<core::invalid_input>(
          where, "y[", n - lag + p, "] is missing and so is every earlier value ", lag,
          " steps apart; expected an observation at each season position");
    }
  }
  core::vector<Scalar> res = y - fit.fitted;
  core::index m = 0;
  Scalar sum = 0;
  for (core::index i = 0; i < n; ++i) {
    if (!std::isnan(res[i])) {
      sum += res[i];
      ++m;
    }
  }
  const core::index needed = with_drift ? 2 : 1;
  if (m < needed) {
    core::detail::raise<core::invalid_input>(where, "y has ", m, " pairs of observations ", lag,
                                             " steps apart; ", to_string(method),
                                             " needs at least ", needed);
  }
  if (with_drift) {
    // lm(y - fitted ~ 1): the drift is the mean change, its standard error sd / sqrt(m).
    const Scalar b = sum / static_cast<Scalar>(m);
    Scalar ss = 0;
    for (core::index i = 0; i < n; ++i) {
      if (!std::isnan(res[i]))
        ss += (res[i] - b) * (res[i] - b);
    }
    const Scalar sd = std::sqrt(ss / static_cast<Scalar>(m - 1));
    fit.drift = b;
    fit.drift_se = sd / std::sqrt(static_cast<Scalar>(m));
    fit.fitted.array() += b;
    res = y - fit.fitted;
  }
  fit.residuals = res;
  // forecast.lagwalk: mse = sum(res^2) / (m - (drift != 0)), a quirk kept for parity: a drift of
  // exactly 0 gives the divisor m.
  Scalar ss = 0;
  for (core::index i = 0; i < n; ++i) {
    if (!std::isnan(res[i]))
      ss += res[i] * res[i];
  }
  fit.sigma2 = ss / static_cast<Scalar>(m - (fit.drift != 0 ? 1 : 0));
  return fit;
}

template <std::floating_point Scalar>
baseline_fit<Scalar> fit_baseline(const Eigen::Ref<const core::vector<Scalar>>& y,
                                  const baseline_options& options, core::index series_period) {
  constexpr std::string_view where = "forecast::fit_baseline";
  validate(options);
  check_history<Scalar>(y, where);
  switch (options.method) {
    case baseline_method::mean:
      return fit_mean<Scalar>(y, where);
    case baseline_method::seasonal_naive:
      return fit_lagwalk<Scalar>(y, options.method,
                                 options.period > 0 ? options.period : series_period, where);
    case baseline_method::naive:
    case baseline_method::drift:
      break;
  }
  return fit_lagwalk<Scalar>(y, options.method, 1, where);
}

}  // namespace detail

template <std::floating_point Scalar>
core::forecast<Scalar> baseline_fit<Scalar>::forecast(
    core::index h, const std::vector<Scalar>& levels,
    const std::vector<Scalar>& quantile_levels) const {
  constexpr std::string_view where = "forecast::baseline_fit::forecast";
  core::detail::require(h >= 1, where, "h is ", h, "; expected h >= 1");
  // The fields are public: a default-constructed or edited fit must not divide by lag = 0 or
  // read past the origin.
  const bool is_mean = method == baseline_method::mean;
  const core::index want_origin = is_mean ? 1 : lag;
  core::detail::require((is_mean ? size >= 2 : lag >= 1) && origin.size() == want_origin &&
                            std::isfinite(sigma2) && sigma2 >= 0 && std::isfinite(drift) &&
                            std::isfinite(drift_se) && drift_se >= 0,
                        where, "the fit is inconsistent (method ", to_string(method), ", lag ", lag,
                        ", size ", size, ", ", origin.size(), " origin values, sigma2 ", sigma2,
                        "); expected a fit returned by forecast::fit_baseline");
  core::detail::validate_levels(levels, where, "level");
  core::detail::validate_levels(quantile_levels, where, "quantile level");
  core::vector<Scalar> mu(h);
  core::vector<Scalar> sd(h);
  core::vector<Scalar> cumvar(h);
  if (method == baseline_method::mean) {
    // meanf: sd of a new observation minus the estimated mean, s sqrt(1 + 1/n), with R's n
    // counting missing values too. Sum of steps 1..L: the L new errors are independent and share
    // the error of the mean, so Var = s^2 (L + L^2 / n).
    const auto n = static_cast<Scalar>(size);
    mu.setConstant(origin[0]);
    sd.setConstant(std::sqrt(sigma2) * std::sqrt(Scalar{1} + Scalar{1} / n));
    for (core::index L = 1; L <= h; ++L) {
      const auto l = static_cast<Scalar>(L);
      cumvar[L - 1] = sigma2 * (l + l * l / n);
    }
  } else {
    // forecast.lagwalk: step k is steps_k = floor((k - 1) / lag) + 1 periods ahead; its error is
    // the sum of steps_k innovations of its season position plus steps_k times the drift error,
    // sd_k = sqrt(sigma2 steps_k + (steps_k drift_se)^2) (FPP3 Table 5.2).
    for (core::index k = 1; k <= h; ++k) {
      const core::index steps = (k - 1) / lag + 1;
      const auto s = static_cast<Scalar>(steps);
      mu[k - 1] = origin[(k - 1) % lag] + s * drift;
      sd[k - 1] = std::sqrt(sigma2 * s + (s * drift_se) * (s * drift_se));
    }
    // Sum of steps 1..L: the innovations of one season position enter the n_p steps at that
    // position with weights n_p, n_p - 1, ..., 1 and positions are independent, so
    // Var = sigma2 Σ_p n_p (n_p + 1)(2 n_p + 1) / 6; the drift error enters every step k with
    // weight steps_k, adding drift_se^2 (Σ_k steps_k)^2. Exact under the model R assumes.
    for (core::index L = 1; L <= h; ++L) {
      Scalar innovations = 0;
      for (core::index p = 0; p < lag && p < L; ++p) {
        const auto np = static_cast<Scalar>((L - 1 - p) / lag + 1);
        innovations += np * (np + Scalar{1}) * (Scalar{2} * np + Scalar{1}) / Scalar{6};
      }
      Scalar step_sum = 0;
      for (core::index k = 1; k <= L; ++k)
        step_sum += static_cast<Scalar>((k - 1) / lag + 1);
      cumvar[L - 1] = sigma2 * innovations + drift_se * drift_se * step_sum * step_sum;
    }
  }
  core::forecast<Scalar> f =
      core::make_normal_forecast<Scalar>(mu, sd, levels, quantile_levels, cumvar);
  if (method == baseline_method::mean) {
    // meanf's intervals use Student t with n - 1 degrees of freedom.
    const boost::math::students_t_distribution<Scalar> t(static_cast<Scalar>(size - 1));
    for (std::size_t j = 0; j < levels.size(); ++j) {
      const Scalar q = boost::math::quantile(t, (Scalar{1} + levels[j]) / Scalar{2});
      const auto c = static_cast<core::index>(j);
      f.lower.col(c) = (mu - q * sd).eval();
      f.upper.col(c) = (mu + q * sd).eval();
    }
    for (std::size_t j = 0; j < quantile_levels.size(); ++j) {
      const Scalar q = boost::math::quantile(t, quantile_levels[j]);
      f.quantiles.col(static_cast<core::index>(j)) = (mu + q * sd).eval();
    }
  }
  return f;
}

/// Fits a baseline forecaster to the history `y` (oldest first, NaN = missing).
/// Throws: invalid_input if y is empty or has an infinite value, options are invalid, or there
/// is too little data: mean needs 2 observed values, naive and seasonal naive one pair of
/// observations lag apart, drift two, and the naive types an observation at every season
/// position of the forecast origin.
/// Example: `auto m = forecast::fit_baseline(y, {.method = forecast::baseline_method::mean});`
template <typename Derived>
requires std::floating_point<typename Derived::Scalar>
[[nodiscard]] baseline_fit<typename Derived::Scalar> fit_baseline(
    const Eigen::MatrixBase<Derived>& y, const baseline_options& options = {}) {
  return detail::fit_baseline<typename Derived::Scalar>(y, options, 1);
}

/// Fits a baseline forecaster to a `time_series`; seasonal naive uses its period unless
/// `options.period` is set.
/// Throws: as the vector overload.
/// Example: `auto m = forecast::fit_baseline(series, {.method =
/// forecast::baseline_method::seasonal_naive});`
template <std::floating_point Scalar>
[[nodiscard]] baseline_fit<Scalar> fit_baseline(const core::time_series<Scalar>& y,
                                                const baseline_options& options = {}) {
  return detail::fit_baseline<Scalar>(y.values(), options, y.period());
}

}  // namespace foresight::forecast

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Automatic ARIMA order selection: unit-root tests for d (KPSS) and D (STL seasonal strength),
/// then a stepwise (or exhaustive) search over (p, q, P, Q, constant) by AICc, as R forecast's
/// `auto.arima` (version 8.20) does.
/// References: Hyndman & Khandakar (2008), "Automatic time series forecasting: the forecast
/// package for R", Journal of Statistical Software 27(3), section 3.2 (stepwise algorithm);
/// Kwiatkowski et al. (1992) (KPSS); Cleveland et al. (1990) (STL); Wang, Smith & Hyndman (2006)
/// (seasonal strength).
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/series.hpp>
#include <foresight/core/types.hpp>
#include <foresight/forecast/arima/detail/estimate.hpp>
#include <foresight/forecast/arima/detail/search.hpp>
#include <foresight/forecast/arima/fit.hpp>
#include <foresight/forecast/arima/spec.hpp>
#include <foresight/stats/kpss.hpp>
#include <foresight/stats/stl.hpp>

namespace foresight::forecast::arima {

/// Whether the forecasts of several candidates are combined.
enum class combination : int {
  none = 0,  ///< the single best model (R's auto.arima)
  /// Akaike weights exp(-Δ/2) over the candidates within `combination_window` of the best
  /// criterion (Burnham & Anderson 2002, section 2.9); exact-likelihood searches only.
  akaike = 1,
};

/// Name of a combination, e.g. "akaike".
[[nodiscard]] constexpr std::string_view to_string(combination c) noexcept {
  switch (c) {
    case combination::none:
      return "none";
    case combination::akaike:
      return "akaike";
  }
  return "unknown";
}

/// When candidates are ranked by the CSS approximation of the criterion.
enum class approximation_mode : int {
  automatic = 0,  ///< when n > 150 or the period > 12 (R's default)
  always = 1,
  never = 2,
};

/// Name of an approximation mode, e.g. "automatic".
[[nodiscard]] constexpr std::string_view to_string(approximation_mode a) noexcept {
  switch (a) {
    case approximation_mode::automatic:
      return "automatic";
    case approximation_mode::always:
      return "always";
    case approximation_mode::never:
      return "never";
  }
  return "unknown";
}

/// Options of `auto_fit` (defaults: R forecast 8.20's `auto.arima`).
struct auto_options {
  /// Seasonal period m (1: non-seasonal), >= 1.
  core::index seasonal_period = 1;
  /// Number of differences; -1: chosen by repeated KPSS tests.
  int d = -1;
  /// Number of seasonal differences; -1: chosen by the seasonal-strength test.
  int seasonal_d = -1;
  /// Largest p, >= 0.
  int max_p = 5;
  /// Largest q, >= 0.
  int max_q = 5;
  /// Largest P, >= 0.
  int max_seasonal_p = 2;
  /// Largest Q, >= 0.
  int max_seasonal_q = 2;
  /// Largest p + q + P + Q in the exhaustive search, >= 0.
  int max_order = 5;
  /// Largest d chosen by the tests, >= 0.
  int max_d = 2;
  /// Largest D chosen by the tests, >= 0.
  int max_seasonal_d = 1;
  /// Stepwise start p, >= 0.
  int start_p = 2;
  /// Stepwise start q, >= 0.
  int start_q = 2;
  /// Stepwise start P, >= 0.
  int start_seasonal_p = 1;
  /// Stepwise start Q, >= 0.
  int start_seasonal_q = 1;
  /// Criterion to minimise.
  criterion ic = criterion::aicc;
  /// Stepwise search (true) or all models up to max_order (false).
  bool stepwise = true;
  /// Cap on the number of models the stepwise search fits, >= 1.
  int max_models = 94;
  /// CSS approximation of the criterion during the search.
  approximation_mode approximation = approximation_mode::automatic;
  /// Allow a drift term when d + D = 1.
  bool allow_drift = true;
  /// Allow a mean when d + D = 0.
  bool allow_mean = true;
  /// Variance used by forecasts of the chosen model (forecast's convention by default).
  variance_estimator interval_variance = variance_estimator::residual_adjusted;
  /// Called after each candidate with stage "auto_fit"; return false to stop (the best model so
  /// far is returned with status cancelled).
  core::progress_callback on_progress{};
  /// Likelihood used to rank candidates; with `automatic` (the exact differenced likelihood, fast)
  /// the chosen model is refitted with R's kappa filter, so that it equals R's fit of that model.
  likelihood_method likelihood = likelihood_method::automatic;
  /// Combine the forecasts of the best candidates (none: R's single model).
  combination combine = combination::none;
  /// Criterion window of the combination (models with IC <= best + window), > 0.
  double combination_window = 4.0;
};

/// Throws invalid_input unless the options are in range.
/// Example: `arima::validate(arima::auto_options{.seasonal_period = 12});`
inline void validate(const auto_options& o) {
  constexpr std::string_view where = "forecast::arima::auto_fit";
  using core::detail::require;
  require(o.seasonal_period >= 1, where, "seasonal period is ", o.seasonal_period,
          "; expected period >= 1");
  require(o.d >= -1 && o.seasonal_d >= -1, where, "d = ", o.d, ", D = ", o.seasonal_d,
          "; expected -1 (test) or >= 0");
  require(o.max_p >= 0 && o.max_q >= 0 && o.max_seasonal_p >= 0 && o.max_seasonal_q >= 0 &&
              o.max_order >= 0 && o.max_d >= 0 && o.max_seasonal_d >= 0,
          where, "a maximum order is negative; expected max_* >= 0");
  require(o.start_p >= 0 && o.start_q >= 0 && o.start_seasonal_p >= 0 && o.start_seasonal_q >= 0,
          where, "a start order is negative; expected start_* >= 0");
  require(o.max_models >= 1, where, "max_models is ", o.max_models, "; expected >= 1");
  require(o.combination_window > 0, where, "combination_window is ", o.combination_window,
          "; expected > 0");
  detail::require_enumerator(o.ic, criterion::bic, where, "ic", "aicc, aic or bic");
  detail::require_enumerator(o.approximation, approximation_mode::never, where, "approximation",
                             "automatic, always or never");
  detail::require_variance_and_likelihood(o.interval_variance, o.likelihood, where);
  detail::require_enumerator(o.combine, combination::akaike, where, "combine", "none or akaike");
}

/// Number of differences d (0..max_d) by repeated KPSS level tests at the 5% level, lag
/// trunc(3√n/13), as R forecast's `ndiffs` (missing values are dropped first).
/// Throws: invalid_input if max_d < 0.
/// Example: `int d = arima::ndiffs(y);`
[[nodiscard]] inline int ndiffs(const Eigen::Ref<const core::vector<double>>& y, int max_d = 2) {
  core::detail::require(max_d >= 0, "forecast::arima::ndiffs", "max_d is ", max_d,
                        "; expected >= 0");
  detail::dvec x = detail::drop_missing(y);
  int d = 0;
  if (detail::is_constant(x))
    return d;
  auto reject = [](const detail::dvec& v) {
    if (v.size() < 3)
      return false;  // R's test errors here and no (further) difference is taken
    return stats::kpss<double>(v).p_value < 0.05;
  };
  bool dodiff = reject(x);
  while (dodiff && d < max_d) {
    ++d;
    x = detail::difference(x, 1, 0, 1);
    if (detail::is_constant(x))
      return d;
    dodiff = reject(x);
  }
  return d;
}

/// Number of seasonal differences D (0..max_d) by the seasonal-strength heuristic (STL with
/// s.window 11; difference when the strength exceeds 0.64), as R forecast's `nsdiffs` with
/// test "seas". Returns 0 when period < 2 or there are at most 2·period values.
/// Throws: invalid_input if max_d < 0.
/// Example: `int D = arima::nsdiffs(y, 12);`
[[nodiscard]] inline int nsdiffs(const Eigen::Ref<const core::vector<double>>& y,
                                 core::index period, int max_d = 1, double* strength = nullptr) {
  core::detail::require(max_d >= 0, "forecast::arima::nsdiffs", "max_d is ", max_d,
                        "; expected >= 0");
  detail::dvec x = y;
  int d = 0;
  if (period < 2 || detail::is_constant(detail::drop_missing(x)) || period >= x.size())
    return d;
  auto test = [&](const detail::dvec& v) {
    if (v.size() <= 2 * period)
      return false;  // STL needs more than two periods (R: the test errors, no difference)
    const double f = stats::seasonal_strength<double>(detail::interpolate_missing(v), period);
    if (strength != nullptr && d == 0)
      *strength = f;
    return f > 0.64;
  };
  bool dodiff = test(x);
  while (dodiff && d < max_d) {
    ++d;
    x = detail::difference(x, 0, 1, period);
    if (detail::is_constant(detail::drop_missing(x)))
      return d;
    dodiff = x.size() >= 2 * period && d < max_d ? test(x) : false;
  }
  return d;
}

/// Chooses and fits an ARIMA model for `y` (NaN = missing; leading missing values are dropped)
/// as R forecast's `auto.arima` with its defaults: D by the STL seasonal-strength test (m > 1 and
/// n > 2m), d by KPSS tests, then a stepwise search from (2,d,2)(1,D,1) over the neighbourhood
/// of the current model with AICc on the likelihood of the differenced data, rejecting models
/// with AR/MA roots of modulus below 1.01; for n > 150 or m > 12 the search ranks candidates by
/// the CSS approximation and refits the best exactly. The result's `search` holds the trace.
///
/// Throws: invalid_input for invalid options, an empty, all-missing or constant series, fewer
/// than 3 observations, or infinite values; numerical_error if no model could be fitted.
/// Example: `auto m = arima::auto_fit(y, {.seasonal_period = 12});`
[[nodiscard]] inline model auto_fit(const Eigen::Ref<const core::vector<double>>& y,
                                    const auto_options& options = {}) {
  constexpr std::string_view where = "forecast::arima::auto_fit";
  validate(options);
  detail::search_context c = detail::search_series(y, where);
  c.ic = c.serieslength <= 3 ? criterion::aic : options.ic;
  c.interval_variance = options.interval_variance;
  c.likelihood = options.likelihood;
  const core::index m = options.seasonal_period;
  int max_p = std::min<int>(options.max_p, static_cast<int>(c.serieslength / 3));
  int max_q = std::min<int>(options.max_q, static_cast<int>(c.serieslength / 3));
  int max_sp = std::min<int>(options.max_seasonal_p, static_cast<int>(c.serieslength / 3 / m));
  int max_sq = std::min<int>(options.max_seasonal_q, static_cast<int>(c.serieslength / 3 / m));
  search_report report;
  int seasonal_d = options.seasonal_d;
  if (m == 1) {
    seasonal_d = 0;
    max_sp = 0;
    max_sq = 0;
  } else if (seasonal_d < 0 && c.x.size() <= 2 * m) {
    seasonal_d = 0;
  } else if (seasonal_d < 0) {
    seasonal_d = nsdiffs(c.x, m, options.max_seasonal_d, &report.seasonal_strength);
    if (seasonal_d > 0) {
      const detail::dvec dx = detail::difference(c.x, 0, seasonal_d, m);
      if (dx.size() == 0 || detail::drop_missing(dx).size() == 0)
        --seasonal_d;
    }
  }
  detail::dvec dx = seasonal_d > 0 ? detail::difference(c.x, 0, seasonal_d, m) : c.x;
  int d = options.d;
  if (d < 0) {
    d = ndiffs(dx, options.max_d);
    if (d > 0) {
      const detail::dvec ddx = detail::difference(dx, d, 0, 1);
      if (ddx.size() == 0 || detail::drop_missing(ddx).size() == 0)
        --d;
    }
  }
  if (d > 0)
    dx = detail::difference(dx, d, 0, 1);
  c.d = d;
  c.seasonal_d = seasonal_d;
  c.m = m;
  report.d = d;
  report.seasonal_d = seasonal_d;
  core::detail::require(dx.size() > 0, where, "y has too few observations (", c.x.size(),
                        ") for d = ", d, " and D = ", seasonal_d, " at period ", m);

  std::vector<detail::candidate_fit> pool;  // finite exact candidates, for combination
  auto finish = [&](const detail::candidate_fit& chosen, core::fit_status status) {
    const detail::candidate_fit* use = &chosen;
    detail::candidate_fit refit;
    if (chosen.s.likelihood != likelihood_method::kappa) {
      // Refit the chosen model with R's likelihood (kappa filter) from scratch.
      detail::search_context ck = c;
      ck.likelihood = likelihood_method::kappa;
      refit = detail::my_arima(ck, chosen.s.order.p, chosen.s.order.q, chosen.s.seasonal.p,
                               chosen.s.seasonal.q, chosen.s.trend != trend_terms::none,
                               chosen.s.method == estimation_method::css, chosen.s.fixed);
      if (refit.est && refit.ic < std::numeric_limits<double>::infinity())
        use = &refit;
    }
    const detail::candidate_fit& f = *use;
    model out = detail::make_model(f.s, *f.est, f.pr, 0);
    if (status != core::fit_status::converged) {
      out.info.status = status;
      out.info.message = "order search cancelled by the progress callback";
    }
    out.search = report;
    if (!pool.empty() && status == core::fit_status::converged)
      detail::combine_candidates(out, pool, options.combination_window);
    if (options.combine != combination::none && out.members.empty() &&
        status == core::fit_status::converged) {
      out.notes.emplace_back(report.approximation
                                 ? "no combination: candidates were ranked by the CSS "
                                   "approximation (combination needs exact likelihoods)"
                                 : "no combination: a single candidate within the window");
    }
    return out;
  };

  const detail::dvec dxn = detail::drop_missing(dx);
  if (detail::is_constant(dxn)) {
    // The differenced data are constant: a pure differencing model, with the constant fixed at
    // the mean difference when d + D <= 1 (as auto.arima).
    detail::candidate_fit f;
    const double mean_dx = dxn.mean();
    if (seasonal_d > 0 && d == 0)
      f = detail::my_arima(c, 0, 0, 0, 0, true, false, {mean_dx / static_cast<double>(m)});
    else if (seasonal_d > 0 || d == 2)
      f = detail::my_arima(c, 0, 0, 0, 0, false, false);
    else
      f = detail::my_arima(c, 0, 0, 0, 0, true, false, {mean_dx});
    if (!f.est) {
      core::detail::raise<core::numerical_error>(where, "the differenced series is constant and ",
                                                 "the differencing model could not be fitted");
    }
    report.trace.push_back({f.s.order, f.s.seasonal, f.s.trend != trend_terms::none, f.ic, false});
    return finish(f, core::fit_status::converged);
  }
  if (m > 1) {
    if (max_sp > 0)
      max_p = std::min<int>(max_p, static_cast<int>(m - 1));
    if (max_sq > 0)
      max_q = std::min<int>(max_q, static_cast<int>(m - 1));
  }
  const bool approximate =
      options.approximation == approximation_mode::always ||
      (options.approximation == approximation_mode::automatic && (c.x.size() > 150 || m > 12));
  report.approximation = approximate;
  if (approximate)
    detail::set_css_offset(c, d, seasonal_d, m);
  const bool allow_drift = options.allow_drift && d + seasonal_d == 1;
  const bool allow_mean = options.allow_mean && d + seasonal_d == 0;
  bool constant = allow_drift || allow_mean;

  using key = std::tuple<int, int, int, int, bool>;
  std::map<key, double> results;
  std::vector<std::tuple<int, int, int, int, bool, double>> order_of_fit;
  detail::candidate_fit best;
  core::progress_reporter reporter(options.on_progress);
  bool cancelled = false;
  int k = 0;
  auto fit_one = [&](int p, int q, int sp, int sq, bool cst, bool approx) {
    detail::candidate_fit f = detail::my_arima(c, p, q, sp, sq, cst, approx);
    if (options.combine != combination::none && !approx && std::isfinite(f.ic))
      pool.push_back(f);
    report.trace.push_back({{p, d, q}, {sp, seasonal_d, sq, m}, cst, f.ic, approx});
    if (!reporter.report({"auto_fit", static_cast<core::index>(report.trace.size()), 0,
                          std::isfinite(f.ic) ? f.ic : 0.0, 0.0}))
      cancelled = true;
    return f;
  };

  if (!options.stepwise) {
    const int maxk = (allow_drift || allow_mean) ? 1 : 0;
    bool best_constant = false;
    for (int i = 0; i <= max_p && !cancelled; ++i)
      for (int j = 0; j <= max_q && !cancelled; ++j)
        for (int ii = 0; ii <= max_sp && !cancelled; ++ii)
          for (int jj = 0; jj <= max_sq && !cancelled; ++jj) {
            if (i + j + ii + jj > options.max_order)
              continue;
            for (int kk = 0; kk <= maxk && !cancelled; ++kk) {
              detail::candidate_fit f = fit_one(i, j, ii, jj, kk == 1, approximate);
              if (f.ic < best.ic) {
                best = std::move(f);
                best_constant = kk == 1;
              }
            }
          }
    if (approximate && best.est && !cancelled) {
      detail::candidate_fit f =
          detail::my_arima(c, best.s.order.p, best.s.order.q, best.s.seasonal.p, best.s.seasonal.q,
                           best_constant, false);
      if (f.ic < std::numeric_limits<double>::infinity()) {
        best = std::move(f);
      } else {
        auto_options exact = options;
        exact.approximation = approximation_mode::never;
        exact.d = d;
        exact.seasonal_d = seasonal_d;
        return auto_fit(y, exact);
      }
    }
    if (!best.est || !(best.ic < std::numeric_limits<double>::infinity())) {
      core::detail::raise<core::numerical_error>(where, "no suitable ARIMA model found; ",
                                                 "every candidate failed or was rejected");
    }
    return finish(best, cancelled ? core::fit_status::cancelled : core::fit_status::converged);
  }

  int start_p = options.start_p;
  int start_q = options.start_q;
  int start_sp = options.start_seasonal_p;
  int start_sq = options.start_seasonal_q;
  if (c.x.size() < 10) {
    start_p = std::min(start_p, 1);
    start_q = std::min(start_q, 1);
    start_sp = 0;
    start_sq = 0;
  }
  int p = std::min(start_p, max_p);
  int q = std::min(start_q, max_q);
  int sp = std::min(start_sp, max_sp);
  int sq = std::min(start_sq, max_sq);
  const int nmodels = options.max_models;
  auto record = [&](int a, int b, int e, int g, bool cst, double ic) {
    results[{a, b, e, g, cst}] = ic;
    order_of_fit.emplace_back(a, b, e, g, cst, ic);
  };
  best = fit_one(p, q, sp, sq, constant, approximate);
  record(p, q, sp, sq, constant, best.ic);
  k = 1;
  auto try_initial = [&](int a, int b, int e, int g, bool cst) {
    detail::candidate_fit f = fit_one(a, b, e, g, cst, approximate);
    record(a, b, e, g, cst, f.ic);
    ++k;
    if (f.ic < best.ic) {
      best = std::move(f);
      return true;
    }
    return false;
  };
  if (try_initial(0, 0, 0, 0, constant)) {
    p = q = sp = sq = 0;
  }
  if (max_p > 0 || max_sp > 0) {
    const int a = max_p > 0 ? 1 : 0;
    const int e = (m > 1 && max_sp > 0) ? 1 : 0;
    if (try_initial(a, 0, e, 0, constant)) {
      p = a;
      sp = e;
      q = sq = 0;
    }
  }
  if (max_q > 0 || max_sq > 0) {
    const int b = max_q > 0 ? 1 : 0;
    const int g = (m > 1 && max_sq > 0) ? 1 : 0;
    if (try_initial(0, b, 0, g, constant)) {
      p = sp = 0;
      q = b;
      sq = g;
    }
  }
  if (constant) {
    if (try_initial(0, 0, 0, 0, false)) {
      p = q = sp = sq = 0;
    }
  }
  bool limit = false;
  int startk = 0;
  while (startk < k && k < nmodels && !cancelled) {
    startk = k;
    bool moved = false;
    // Neighbours in R's order; the first strict improvement becomes current and the scan
    // restarts (Hyndman & Khandakar 2008, step 2).
    const int moves[16][4] = {{0, 0, -1, 0},  {0, 0, 0, -1}, {0, 0, 1, 0},  {0, 0, 0, 1},
                              {0, 0, -1, -1}, {0, 0, -1, 1}, {0, 0, 1, -1}, {0, 0, 1, 1},
                              {-1, 0, 0, 0},  {0, -1, 0, 0}, {1, 0, 0, 0},  {0, 1, 0, 0},
                              {-1, -1, 0, 0}, {-1, 1, 0, 0}, {1, -1, 0, 0}, {1, 1, 0, 0}};
    for (const auto& mv : moves) {
      const int np_ = p + mv[0];
      const int nq_ = q + mv[1];
      const int nsp = sp + mv[2];
      const int nsq = sq + mv[3];
      if (np_ < 0 || nq_ < 0 || nsp < 0 || nsq < 0 || np_ > max_p || nq_ > max_q || nsp > max_sp ||
          nsq > max_sq)
        continue;
      if (results.count({np_, nq_, nsp, nsq, constant}) != 0)
        continue;
      ++k;
      if (k > nmodels) {
        limit = true;
        break;
      }
      detail::candidate_fit f = fit_one(np_, nq_, nsp, nsq, constant, approximate);
      record(np_, nq_, nsp, nsq, constant, f.ic);
      if (f.ic < best.ic) {
        best = std::move(f);
        p = np_;
        q = nq_;
        sp = nsp;
        sq = nsq;
        moved = true;
        break;
      }
      if (cancelled)
        break;
    }
    if (moved || limit || cancelled)
      continue;
    if (allow_drift || allow_mean) {
      if (results.count({p, q, sp, sq, !constant}) == 0) {
        ++k;
        if (k > nmodels) {
          limit = true;
          continue;
        }
        detail::candidate_fit f = fit_one(p, q, sp, sq, !constant, approximate);
        record(p, q, sp, sq, !constant, f.ic);
        if (f.ic < best.ic) {
          best = std::move(f);
          constant = !constant;
        }
      }
    }
  }
  report.model_limit_reached = limit;
  if (approximate && best.est && !cancelled)
    detail::refit_exactly(c, order_of_fit, report.trace, best);
  if (!best.est || !(best.ic < std::numeric_limits<double>::infinity())) {
    core::detail::raise<core::numerical_error>(where, "no suitable ARIMA model found; every ",
                                               "candidate failed or was rejected");
  }
  return finish(best, cancelled ? core::fit_status::cancelled : core::fit_status::converged);
}

/// `auto_fit` on a time series, with its period as the seasonal period (unless the options set
/// one > 1).
/// Throws: as `auto_fit` above.
/// Example: `auto m = arima::auto_fit(core::time_series<double>(v, 12));`
[[nodiscard]] inline model auto_fit(const core::time_series<double>& series,
                                    auto_options options = {}) {
  if (options.seasonal_period == 1)
    options.seasonal_period = series.period();
  return auto_fit(series.values(), options);
}

}  // namespace foresight::forecast::arima

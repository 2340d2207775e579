// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internals of `arima::auto_fit`: R forecast's helpers (`is.constant`, missing values), the
/// preparation of the series, the fit of one candidate with its criterion and rejection rules
/// (R forecast's `myarima`), the CSS offset, the exact refit of approximately ranked candidates
/// and the combination of candidates by Akaike weights.
/// References: Hyndman & Khandakar (2008), section 3.2; R forecast 8.20 `myarima`.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>
#include <optional>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/forecast/arima/detail/estimate.hpp>
#include <foresight/forecast/arima/detail/setup.hpp>
#include <foresight/forecast/arima/detail/transform.hpp>
#include <foresight/forecast/arima/fit.hpp>
#include <foresight/forecast/arima/spec.hpp>

namespace foresight::forecast::arima::detail {

/// R forecast's `is.constant` for values without NaN: `all.equal(x, rep(x[1], n))` with its
/// tolerance 1.5e-8, i.e. over the values that differ from x[1], mean |x - x[1]| relative to
/// mean |x| (absolute when mean |x| <= 1.5e-8) is at most the tolerance.
inline bool is_constant(const dvec& x) {
  constexpr double tolerance = 1.5e-8;
  if (x.size() == 0)
    return true;
  const double x0 = x[0];
  double diff = 0;
  double level = 0;
  core::index count = 0;
  for (core::index i = 0; i < x.size(); ++i) {
    if (x[i] == x0)
      continue;
    diff += std::abs(x[i] - x0);
    level += std::abs(x[i]);
    ++count;
  }
  if (count == 0)
    return true;
  double xy = diff / static_cast<double>(count);
  const double xn = level / static_cast<double>(count);
  if (std::isfinite(xn) && xn > tolerance)
    xy /= xn;
  return xy <= tolerance;
}

inline dvec drop_missing(const dvec& x) {
  dvec out(x.size());
  core::index k = 0;
  for (core::index i = 0; i < x.size(); ++i) {
    if (!std::isnan(x[i]))
      out[k++] = x[i];
  }
  out.conservativeResize(k);
  return out;
}

/// Linear interpolation of interior missing values, carrying the ends (for the STL test only).
inline dvec interpolate_missing(const dvec& x) {
  dvec out = x;
  const core::index n = x.size();
  core::index last = -1;
  for (core::index i = 0; i < n; ++i) {
    if (std::isnan(x[i]))
      continue;
    if (last < 0) {
      for (core::index j = 0; j < i; ++j)
        out[j] = x[i];
    } else {
      for (core::index j = last + 1; j < i; ++j)
        out[j] = x[last] +
                 (x[i] - x[last]) * static_cast<double>(j - last) / static_cast<double>(i - last);
    }
    last = i;
  }
  for (core::index j = last + 1; j < n && last >= 0; ++j)
    out[j] = x[last];
  return out;
}

/// One candidate fit of the search (R forecast's `myarima`).
struct candidate_fit {
  double ic = std::numeric_limits<double>::infinity();
  std::optional<estimate> est;
  problem pr;
  spec s;
};

struct search_context {
  dvec x;
  core::index serieslength = 0;
  core::index m = 1;
  int d = 0;
  int seasonal_d = 0;
  criterion ic = criterion::aicc;
  double offset = 0;
  variance_estimator interval_variance = variance_estimator::residual_adjusted;
  likelihood_method likelihood = likelihood_method::automatic;
};

inline candidate_fit my_arima(const search_context& c, int p, int q, int sp, int sq, bool constant,
                              bool approximate, std::vector<double> fixed = {}) {
  candidate_fit out;
  spec s;
  s.order = {p, c.d, q};
  s.seasonal = {sp, c.seasonal_d, sq, c.m};
  const int nd = c.d + c.seasonal_d;
  s.trend = !constant ? trend_terms::none
                      : (nd == 0 ? trend_terms::constant
                                 : (nd == 1 ? trend_terms::linear : trend_terms::none));
  s.method = approximate ? estimation_method::css : estimation_method::css_ml;
  s.fixed = std::move(fixed);
  s.interval_variance = c.interval_variance;
  s.likelihood = c.likelihood;
  out.s = s;
  out.pr = make_problem(c.x, s, core::matrix<double>());
  try {
    estimate e = run_estimate(out.pr, s);
    if (e.error != estimate_error::none)
      return out;
    core::index nfree = 0;
    for (const bool b : e.mask)
      nfree += b ? 1 : 0;
    const auto npar = static_cast<double>(nfree + 1);
    const auto nstar =
        static_cast<double>(c.serieslength - c.d - static_cast<core::index>(c.seasonal_d) * c.m);
    double aic = e.aic;
    if (approximate)
      aic = c.offset + nstar * std::log(e.sigma2) + 2 * npar;
    if (std::isnan(aic))
      return out;
    const double bic = aic + npar * (std::log(nstar) - 2);
    const double aicc = aic + 2 * npar * (npar + 1) / (nstar - npar - 1);
    double ic = c.ic == criterion::aic ? aic : (c.ic == criterion::bic ? bic : aicc);
    if (std::isnan(ic))
      ic = std::numeric_limits<double>::infinity();
    // Reject near-non-stationary and near-non-invertible models (roots within 1.01) and models
    // whose coefficient variances are negative.
    double minroot = 2;
    if (p + sp > 0)
      minroot = std::min(minroot, min_root_modulus(e.ss.phi, -1.0));
    if (q + sq > 0 && ic < std::numeric_limits<double>::infinity())
      minroot = std::min(minroot, min_root_modulus(e.ss.theta, 1.0));
    bool bad_var = false;
    for (core::index i = 0; i < e.var.rows(); ++i)
      bad_var = bad_var || !(e.var(i, i) >= 0);
    if (minroot < 1.01 || bad_var)
      ic = std::numeric_limits<double>::infinity();
    out.ic = ic;
    out.est = std::move(e);
  } catch (const core::invalid_input&) {
    // Too few observations for this order: R's arima errors and the candidate is skipped.
  } catch (const core::numerical_error&) {
  }
  return out;
}

/// The search context of `y` with its leading missing values dropped and its observations
/// counted up to the last non-missing one (R's `serieslength`).
/// Throws: invalid_input (prefixed `where`) for an empty, all-missing or constant series, fewer
/// than 3 observations, or infinite values.
[[nodiscard]] inline search_context search_series(const Eigen::Ref<const core::vector<double>>& y,
                                                  std::string_view where) {
  core::index first = 0;
  while (first < y.size() && std::isnan(y[first]))
    ++first;
  core::detail::require(y.size() > 0, where, "y is empty; expected at least 3 observations");
  for (core::index i = 0; i < y.size(); ++i) {
    core::detail::require(!std::isinf(y[i]), where, "y[", i, "] is ", y[i],
                          "; expected finite values or NaN (missing)");
  }
  core::detail::require(first < y.size(), where, "y has no non-missing value (all ", y.size(),
                        " are NaN); expected observed values");
  search_context c;
  c.x = y.tail(y.size() - first);
  core::index last = c.x.size() - 1;
  while (last > 0 && std::isnan(c.x[last]))
    --last;
  for (core::index i = 0; i <= last; ++i)
    c.serieslength += std::isnan(c.x[i]) ? 0 : 1;
  core::detail::require(c.serieslength >= 3, where, "y has ", c.serieslength,
                        " non-missing values; expected at least 3");
  core::detail::require(!is_constant(drop_missing(c.x)), where, "y is constant (every value is ",
                        c.x[0], "); expected a series that varies");
  return c;
}

/// Sets `c.offset`, which makes the CSS criterion comparable, from the exact fit of
/// (0,d,0)(0,D,0)[m] (with a constant when d + D = 0); 0 when the series is too short for it,
/// unchanged when that fit fails.
inline void set_css_offset(search_context& c, int d, int seasonal_d, core::index m) {
  spec s0;
  s0.order = {0, d, 0};
  s0.seasonal = {0, seasonal_d, 0, m};
  s0.trend = d + seasonal_d == 0 ? trend_terms::constant : trend_terms::none;
  try {
    const estimate e = run_estimate(make_problem(c.x, s0, core::matrix<double>()), s0);
    if (e.error == estimate_error::none)
      c.offset = -2 * e.loglik - static_cast<double>(c.serieslength) * std::log(e.sigma2);
  } catch (const core::invalid_input&) {
    c.offset = 0;
  }
}

/// Sets the members and Akaike weights exp(-ic / 2), normalised, of `out` from the candidates of
/// `pool` within `window` of the best criterion, when there are at least two.
inline void combine_candidates(model& out, const std::vector<candidate_fit>& pool, double window) {
  double best_ic = std::numeric_limits<double>::infinity();
  for (const auto& cf : pool)
    best_ic = std::min(best_ic, cf.ic);
  std::vector<model> members;
  std::vector<double> weights;
  double total = 0;
  for (const auto& cf : pool) {
    if (cf.ic > best_ic + window)
      continue;
    const double w = std::exp(-0.5 * (cf.ic - best_ic));
    members.push_back(make_model(cf.s, *cf.est, cf.pr, 0));
    weights.push_back(w);
    total += w;
  }
  if (members.size() > 1) {
    for (double& w : weights)
      w /= total;
    out.members = std::move(members);
    out.combination_weights = std::move(weights);
  }
}

/// Refits the candidates of `order_of_fit` (p, q, P, Q, constant, approximate criterion) exactly
/// in increasing order of the approximate criterion (stable order, as R's `order`), recording
/// each in `trace`, until one has a finite criterion; that one replaces `best`.
inline void refit_exactly(
    const search_context& c,
    const std::vector<std::tuple<int, int, int, int, bool, double>>& order_of_fit,
    std::vector<candidate>& trace, candidate_fit& best) {
  std::vector<std::size_t> idx(order_of_fit.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
    return std::get<5>(order_of_fit[a]) < std::get<5>(order_of_fit[b]);
  });
  for (const std::size_t i : idx) {
    const auto& [a, b, e, g, cst, ic] = order_of_fit[i];
    (void)ic;
    candidate_fit f = my_arima(c, a, b, e, g, cst, false);
    trace.push_back({{a, c.d, b}, {e, c.seasonal_d, g, c.m}, cst, f.ic, false});
    if (f.ic < std::numeric_limits<double>::infinity()) {
      best = std::move(f);
      break;
    }
  }
}

}  // namespace foresight::forecast::arima::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internals of `arima::auto_fit`: R forecast's helpers (`is.constant`, missing values) and the
/// fit of one candidate with its criterion and rejection rules (R forecast's `myarima`).
/// References: Hyndman & Khandakar (2008), section 3.2; R forecast 8.20 `myarima`.
#pragma once

#include <cmath>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/forecast/arima/detail/estimate.hpp>
#include <foresight/forecast/arima/detail/setup.hpp>
#include <foresight/forecast/arima/detail/transform.hpp>
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

}  // namespace foresight::forecast::arima::detail

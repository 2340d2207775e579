// SPDX-License-Identifier: Apache-2.0
/// \file
/// The Box-Cox transformation with a given lambda, its inverse (optionally bias-adjusted to give
/// the mean rather than the median on the original scale), and lambda chosen by Guerrero's
/// method, with the conventions of R's forecast::BoxCox, InvBoxCox and BoxCox.lambda (forecast
/// 8.20).
///
/// Missing values: NaN propagates (out[i] is NaN where in[i] is). Values outside the domain give
/// NaN as in R: a negative value with lambda < 0 (and with lambda = 0, log of a negative), and on
/// the way back a value above -1/lambda with lambda < 0. Zero gives -infinity with lambda = 0
/// (log 0), which the inverse maps back to 0, and NaN with lambda < 0 (R's sign(0) |0|^lambda =
/// 0 * Inf). Infinite inputs of `box_cox` and `box_cox_lambda` throw
/// invalid_input; the inverse accepts them (IEEE arithmetic, as R).
///
/// References: Box & Cox (1964), An analysis of transformations, JRSS B 26; Bickel & Doksum
/// (1981), An analysis of transformations revisited, JASA 76 (the signed power for negative
/// values); Guerrero (1993), Time-series analysis supported by power transformations, Journal of
/// Forecasting 12; Hyndman & Athanasopoulos (2021), FPP3, section 3.1 (bias adjustment).
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <limits>
#include <string_view>

#include <Eigen/Core>

#include <foresight/core/detail/brent_minimize.hpp>
#include <foresight/core/detail/vector_checks.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

/// Options of `box_cox_lambda` (Guerrero's method).
struct box_cox_lambda_options {
  /// Lower end of the search interval for lambda; raised to 0 when the data have a value <= 0.
  double lower = -1;
  /// Upper end of the search interval for lambda (> lower).
  double upper = 2;
};

/// Throws invalid_input unless lower and upper are finite with lower < upper.
inline void validate(const box_cox_lambda_options& options) {
  constexpr std::string_view where = "core::validate(box_cox_lambda_options)";
  detail::require_finite(options.lower, where, "lower");
  detail::require_finite(options.upper, where, "upper");
  detail::require(options.lower < options.upper, where, "lower = ", options.lower,
                  " is not below upper = ", options.upper, "; expected lower < upper");
}

namespace detail {

template <std::floating_point Scalar>
Scalar signum(Scalar x) {
  return static_cast<Scalar>((x > 0) - (x < 0));
}

template <std::floating_point Scalar>
vector<Scalar> box_cox(const Eigen::Ref<const vector<Scalar>>& y, Scalar lambda) {
  constexpr std::string_view where = "core::box_cox";
  require_finite(lambda, where, "lambda");
  require_no_inf<Scalar>(y, where, "y");
  vector<Scalar> out(y.size());
  for (index i = 0; i < y.size(); ++i) {
    const Scalar x = y[i];
    if (lambda < 0 && x < 0)
      out[i] = missing<Scalar>();
    else if (lambda == 0)
      out[i] = std::log(x);
    else  // forecast::BoxCox: (sign(x) |x|^lambda - 1) / lambda
      out[i] = (signum(x) * std::pow(std::abs(x), lambda) - Scalar{1}) / lambda;
  }
  return out;
}

template <std::floating_point Scalar>
vector<Scalar> inv_box_cox(const Eigen::Ref<const vector<Scalar>>& z, Scalar lambda,
                           std::string_view where) {
  require_finite(lambda, where, "lambda");
  vector<Scalar> out(z.size());
  for (index i = 0; i < z.size(); ++i) {
    const Scalar x = z[i];
    if (lambda < 0 && x > -Scalar{1} / lambda) {
      out[i] = missing<Scalar>();
    } else if (lambda == 0) {
      out[i] = std::exp(x);
    } else {
      const Scalar xx = x * lambda + Scalar{1};
      out[i] = signum(xx) * std::pow(std::abs(xx), Scalar{1} / lambda);
    }
  }
  return out;
}

template <std::floating_point Scalar>
vector<Scalar> inv_box_cox_adjusted(const Eigen::Ref<const vector<Scalar>>& z, Scalar lambda,
                                    const Eigen::Ref<const vector<Scalar>>& fvar) {
  constexpr std::string_view where = "core::inv_box_cox";
  if (fvar.size() != z.size()) {
    raise<dimension_mismatch>(where, "fvar has ", fvar.size(), " values; expected ", z.size(),
                              " (one per value of z)");
  }
  for (index i = 0; i < fvar.size(); ++i) {
    if (!(fvar[i] >= 0) && !std::isnan(fvar[i]))
      raise<invalid_input>(where, "fvar[", i, "] is ", fvar[i], "; expected a variance >= 0");
  }
  require_no_inf<Scalar>(fvar, where, "fvar");
  vector<Scalar> out = inv_box_cox<Scalar>(z, lambda, where);
  // FPP3 section 3.1 (second-order Taylor expansion of the back-transform), as forecast::
  // InvBoxCox(biasadj = TRUE): y (1 + fvar (1 - lambda) / (2 y^(2 lambda))).
  for (index i = 0; i < out.size(); ++i) {
    const Scalar y = out[i];
    out[i] = y * (Scalar{1} +
                  Scalar{0.5} * fvar[i] * (Scalar{1} - lambda) / std::pow(y, Scalar{2} * lambda));
  }
  return out;
}

/// Mean and sample sd of the non-missing values of x[begin, begin + count), NaN when undefined,
/// computed as R's mean(na.rm = TRUE) and sd(na.rm = TRUE) do (long double accumulation, a
/// second correcting pass for the mean), so that Guerrero's criterion, and with it the path of
/// the minimiser, agrees with R's to the last bits.
inline void mean_sd_skip_missing(const vector<double>& x, index begin, index count, double& mean,
                                 double& sd) {
  long double sum = 0;
  index m = 0;
  for (index i = begin; i < begin + count; ++i) {
    if (!std::isnan(x[i])) {
      sum += x[i];
      ++m;
    }
  }
  long double mu = sum / static_cast<long double>(m);  // 0/0 = NaN for m = 0, as R's mean
  if (std::isfinite(static_cast<double>(mu))) {
    long double correction = 0;
    for (index i = begin; i < begin + count; ++i) {
      if (!std::isnan(x[i]))
        correction += x[i] - mu;
    }
    mu += correction / static_cast<long double>(m);
  }
  mean = static_cast<double>(mu);
  if (m < 2) {
    sd = std::numeric_limits<double>::quiet_NaN();
    return;
  }
  const long double centre = mean;  // R's var centres at the mean rounded to double
  long double ss = 0;
  for (index i = begin; i < begin + count; ++i) {
    if (!std::isnan(x[i]))
      ss += (x[i] - centre) * (x[i] - centre);
  }
  sd = std::sqrt(static_cast<double>(ss / static_cast<long double>(m - 1)));
}

/// Guerrero's criterion, as forecast:::guer.cv: the coefficient of variation, over the complete
/// seasonal cycles at the end of the series, of sd_j / mean_j^(1 - lambda).
inline double guerrero_cv(double lambda, const vector<double>& x, index period) {
  const index n = x.size();
  const index cycles = n / period;
  const index start = n - cycles * period;
  vector<double> ratio(cycles);
  for (index j = 0; j < cycles; ++j) {
    double mean = 0;
    double sd = 0;
    mean_sd_skip_missing(x, start + j * period, period, mean, sd);
    ratio[j] = sd / std::pow(mean, 1.0 - lambda);
  }
  double mean = 0;
  double sd = 0;
  mean_sd_skip_missing(ratio, 0, cycles, mean, sd);
  return sd / mean;
}

template <std::floating_point Scalar>
Scalar box_cox_lambda(const Eigen::Ref<const vector<Scalar>>& y, index period,
                      const box_cox_lambda_options& options) {
  constexpr std::string_view where = "core::box_cox_lambda";
  validate(options);
  require_lag(period, where, "period");
  require_data<Scalar>(y, where, "y");
  const vector<double> x = y.template cast<double>();
  bool any_observed = false;
  bool any_nonpositive = false;
  for (index i = 0; i < x.size(); ++i) {
    if (std::isnan(x[i]))
      continue;
    any_observed = true;
    any_nonpositive = any_nonpositive || x[i] <= 0;
  }
  if (!any_observed)
    raise<invalid_input>(where, "y has no observed value; expected at least one");
  // forecast::BoxCox.lambda: Guerrero's method is for positive data, so lambda >= 0 otherwise.
  const double lower = any_nonpositive ? std::max(options.lower, 0.0) : options.lower;
  if (!(lower < options.upper)) {
    raise<invalid_input>(where, "y has values <= 0, so lower is raised to 0, which is not below ",
                         "upper = ", options.upper, "; expected upper > 0");
  }
  // Too short to compare two cycles: no transformation (forecast::BoxCox.lambda returns 1).
  if (x.size() <= 2 * period)
    return Scalar{1};
  // guer.cv groups non-seasonal data in pairs.
  const index groups = std::max<index>(period, 2);
  // R's optimize: tol = .Machine$double.eps^0.25.
  const double tol = std::pow(std::numeric_limits<double>::epsilon(), 0.25);
  const double lambda = brent_minimize<double>(
      [&](double lam) { return guerrero_cv(lam, x, groups); }, lower, options.upper, tol);
  return static_cast<Scalar>(lambda);
}

}  // namespace detail

/// Box-Cox transform of `y`: log(y) for lambda = 0, (sign(y) |y|^lambda - 1) / lambda otherwise
/// (forecast::BoxCox; the signed power of Bickel & Doksum extends it to negative values when
/// lambda > 0). Negative values with lambda < 0 give NaN, and so does 0 (0 * Inf, as in R).
/// Throws: invalid_input if lambda or a value of y is infinite.
/// Example: `core::vector<double> z = core::box_cox(y, 0.0);  // log`
template <typename Derived>
requires std::floating_point<typename Derived::Scalar>
[[nodiscard]] vector<typename Derived::Scalar> box_cox(const Eigen::MatrixBase<Derived>& y,
                                                       typename Derived::Scalar lambda) {
  return detail::box_cox<typename Derived::Scalar>(y, lambda);
}

/// Inverse Box-Cox transform (forecast::InvBoxCox with biasadj = FALSE): exp(z) for lambda = 0,
/// sign(t) |t|^(1/lambda) with t = lambda z + 1 otherwise; NaN where z > -1/lambda for
/// lambda < 0. Applied to a forecast mean it gives the median on the original scale. -inf (the
/// transform of 0 for lambda <= 0) maps back to 0.
/// Throws: invalid_input if lambda is infinite.
/// Example: `core::vector<double> y2 = core::inv_box_cox(z, 0.0);`
template <typename Derived>
requires std::floating_point<typename Derived::Scalar>
[[nodiscard]] vector<typename Derived::Scalar> inv_box_cox(const Eigen::MatrixBase<Derived>& z,
                                                           typename Derived::Scalar lambda) {
  return detail::inv_box_cox<typename Derived::Scalar>(z, lambda, "core::inv_box_cox");
}

/// Bias-adjusted inverse Box-Cox transform (forecast::InvBoxCox with biasadj = TRUE): turns the
/// forecast mean `z` on the transformed scale, with forecast variance `fvar` there, into the
/// forecast mean on the original scale, y (1 + fvar (1 - lambda) / (2 y^(2 lambda))) with y the
/// plain back-transform.
/// Throws: dimension_mismatch unless fvar has one value per z; invalid_input if lambda is
/// infinite or a variance is negative or infinite.
/// Example: `auto mean = core::inv_box_cox(f.mean, 0.0, f.sd.cwiseAbs2().eval());`
template <typename DZ, typename DV>
requires std::floating_point<typename DZ::Scalar> &&
    std::same_as<typename DZ::Scalar, typename DV::Scalar>
[[nodiscard]] vector<typename DZ::Scalar> inv_box_cox(const Eigen::MatrixBase<DZ>& z,
                                                      typename DZ::Scalar lambda,
                                                      const Eigen::MatrixBase<DV>& fvar) {
  return detail::inv_box_cox_adjusted<typename DZ::Scalar>(z, lambda, fvar);
}

/// Box-Cox lambda chosen by Guerrero's method, as forecast::BoxCox.lambda(y, method =
/// "guerrero", lower, upper): the lambda in [lower, upper] that minimises the coefficient of
/// variation of sd/mean^(1 - lambda) over the complete seasonal cycles at the end of `y`
/// (cycles of 2 for period 1), found with Brent's minimiser exactly as R's optimize (tolerance
/// DBL_EPSILON^0.25). Data with a value <= 0 raise lower to 0; a series of at most 2 · period
/// values gets lambda = 1. NaN values are skipped in the cycle means and sds. The search runs in
/// double for float input too.
/// Throws: invalid_input if period < 1, y is empty, has an infinite value or no observed value,
/// or the options are invalid (also after raising lower to 0).
/// Example: `double lambda = core::box_cox_lambda(y, 12);`
template <typename Derived>
requires std::floating_point<typename Derived::Scalar>
[[nodiscard]] typename Derived::Scalar box_cox_lambda(const Eigen::MatrixBase<Derived>& y,
                                                      index period,
                                                      const box_cox_lambda_options& options = {}) {
  return detail::box_cox_lambda<typename Derived::Scalar>(y, period, options);
}

}  // namespace foresight::core

// SPDX-License-Identifier: Apache-2.0
/// \file
/// The specification of a seasonal ARIMA model with regression terms: orders, deterministic
/// trend, estimation method and fitting options, with their validation.
/// References: Box, Jenkins, Reinsel & Ljung (2015), Time Series Analysis, 5th ed., ch. 9
/// (multiplicative seasonal models); R's `stats::arima` for the option vocabulary.
#pragma once

#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::forecast::arima {

/// Non-seasonal order (p, d, q).
struct pdq {
  /// Autoregressive order p, >= 0.
  int p = 0;
  /// Number of ordinary differences d, >= 0.
  int d = 0;
  /// Moving-average order q, >= 0.
  int q = 0;
  /// Equality of all three orders.
  friend bool operator==(const pdq&, const pdq&) = default;
};

/// Seasonal order (P, D, Q) and the seasonal period s.
struct seasonal_pdq {
  /// Seasonal autoregressive order P, >= 0.
  int p = 0;
  /// Number of seasonal differences D, >= 0.
  int d = 0;
  /// Seasonal moving-average order Q, >= 0.
  int q = 0;
  /// Seasonal period s (observations per cycle), >= 1; needs >= 2 when P, D or Q is positive.
  core::index period = 1;
  /// Equality of the orders and the period.
  friend bool operator==(const seasonal_pdq&, const seasonal_pdq&) = default;
};

/// Deterministic terms, fitted as regressors with ARIMA errors (R's `include.mean` and drift).
enum class trend_terms : int {
  none = 0,             ///< no deterministic term
  constant = 1,         ///< intercept (the process mean); needs d + D = 0
  linear = 2,           ///< drift: regression on t = 1..n; needs d + D <= 1
  constant_linear = 3,  ///< intercept and drift; needs d + D = 0
};

/// Name of a trend, e.g. "constant".
[[nodiscard]] constexpr std::string_view to_string(trend_terms t) noexcept {
  switch (t) {
    case trend_terms::none:
      return "none";
    case trend_terms::constant:
      return "constant";
    case trend_terms::linear:
      return "linear";
    case trend_terms::constant_linear:
      return "constant_linear";
  }
  return "unknown";
}

/// How the coefficients are estimated.
enum class estimation_method : int {
  css_ml = 0,  ///< conditional sum of squares for the start, then exact maximum likelihood
  ml = 1,      ///< exact Gaussian maximum likelihood from zero start values
  css = 2,     ///< conditional sum of squares only (no likelihood-based criteria)
};

/// Name of an estimation method, e.g. "css_ml".
[[nodiscard]] constexpr std::string_view to_string(estimation_method m) noexcept {
  switch (m) {
    case estimation_method::css_ml:
      return "css_ml";
    case estimation_method::ml:
      return "ml";
    case estimation_method::css:
      return "css";
  }
  return "unknown";
}

/// Which innovation variance the forecast intervals use.
enum class variance_estimator : int {
  ml = 0,  ///< the maximum-likelihood sigma² (R's `stats::arima` and `predict`)
  /// Sum of squared residuals / (n - d - D·s - number of estimated coefficients), as R's
  /// `forecast::Arima` and `auto.arima` report and forecast with.
  residual_adjusted = 1,
};

/// Name of a variance estimator, e.g. "ml".
[[nodiscard]] constexpr std::string_view to_string(variance_estimator v) noexcept {
  switch (v) {
    case variance_estimator::ml:
      return "ml";
    case variance_estimator::residual_adjusted:
      return "residual_adjusted";
  }
  return "unknown";
}

/// How the likelihood treats the differencing (diffuse) states during estimation.
enum class likelihood_method : int {
  /// Exact likelihood of the differenced series by Chandrasekhar recursions (O(n·r) per
  /// evaluation) when nothing is missing; the kappa filter otherwise. It is the kappa -> infinity
  /// limit of `kappa`: the estimates agree to about 1e-6 relative where the level of the series
  /// is small against sqrt(kappa), and differ by up to 3e-4 where it is not (docs/arima.md).
  automatic = 0,
  /// R's filter on the full state with prior variance kappa on the differencing states.
  kappa = 1,
};

/// Name of a likelihood method, e.g. "automatic".
[[nodiscard]] constexpr std::string_view to_string(likelihood_method l) noexcept {
  switch (l) {
    case likelihood_method::automatic:
      return "automatic";
    case likelihood_method::kappa:
      return "kappa";
  }
  return "unknown";
}

/// Information criterion (minimised by `auto_fit`).
enum class criterion : int {
  aicc = 0,  ///< corrected AIC (default)
  aic = 1,   ///< Akaike
  bic = 2,   ///< Schwarz
};

/// Name of a criterion, e.g. "aicc".
[[nodiscard]] constexpr std::string_view to_string(criterion c) noexcept {
  switch (c) {
    case criterion::aicc:
      return "aicc";
    case criterion::aic:
      return "aic";
    case criterion::bic:
      return "bic";
  }
  return "unknown";
}

/// Specification and fitting options of `arima::fit`.
struct spec {
  /// Non-seasonal order (p, d, q).
  pdq order{};
  /// Seasonal order (P, D, Q) and period s.
  seasonal_pdq seasonal{};
  /// Deterministic terms (mean and/or drift).
  trend_terms trend = trend_terms::none;
  /// Estimation method; css_ml falls back to ml when the data have missing values, as R does.
  estimation_method method = estimation_method::css_ml;
  /// Fixed coefficient values, in the order ar, ma, sar, sma, intercept, drift, regressors; NaN
  /// marks a free coefficient. Empty: all free.
  std::vector<double> fixed{};
  /// Optimise the AR parts through the partial-autocorrelation transform (Jones 1980), which
  /// keeps them stationary; switched off when an AR coefficient is fixed.
  bool transform_pars = true;
  /// Prior variance of the differencing (diffuse) states, > 0 (R's `kappa`).
  double kappa = 1e6;
  /// Maximum optimiser iterations per stage (CSS, then ML), >= 0.
  int max_iterations = 100;
  /// Innovation variance used by forecasts, intervals and simulation.
  variance_estimator interval_variance = variance_estimator::ml;
  /// Likelihood evaluation during estimation (the final filter pass always uses kappa, as R).
  /// The default reproduces R; `automatic` is 3-10 times faster.
  likelihood_method likelihood = likelihood_method::kappa;
};

/// "(p,d,q)(P,D,Q)[s]" (the seasonal part only when seasonal), e.g. "(0,1,1)(0,1,1)[12]".
[[nodiscard]] inline std::string to_string(const pdq& o, const seasonal_pdq& s) {
  std::string out =
      "(" + std::to_string(o.p) + "," + std::to_string(o.d) + "," + std::to_string(o.q) + ")";
  if (s.p + s.d + s.q > 0) {
    out += "(" + std::to_string(s.p) + "," + std::to_string(s.d) + "," + std::to_string(s.q) +
           ")[" + std::to_string(s.period) + "]";
  }
  return out;
}

/// Number of ARMA coefficients p + q + P + Q.
[[nodiscard]] constexpr int arma_count(const spec& s) noexcept {
  return s.order.p + s.order.q + s.seasonal.p + s.seasonal.q;
}

/// Number of deterministic regressors implied by the trend (0, 1 or 2).
[[nodiscard]] constexpr int trend_count(trend_terms t) noexcept {
  return t == trend_terms::none ? 0 : (t == trend_terms::constant_linear ? 2 : 1);
}

namespace detail {

/// Throws invalid_input unless `e` is one of the enumerators 0..`last` (a value cast from an
/// integer need not be); the message names `field` and lists the `expected` names.
template <typename Enum>
void require_enumerator(Enum e, Enum last, std::string_view where, std::string_view field,
                        std::string_view expected) {
  const int v = static_cast<int>(e);
  core::detail::require(v >= 0 && v <= static_cast<int>(last), where, field, " is ", v,
                        "; expected ", expected);
}

/// Checks the enumerations that `spec` and `auto_options` share (interval variance, likelihood).
inline void require_variance_and_likelihood(variance_estimator v, likelihood_method l,
                                            std::string_view where) {
  require_enumerator(v, variance_estimator::residual_adjusted, where, "interval_variance",
                     "ml or residual_adjusted");
  require_enumerator(l, likelihood_method::kappa, where, "likelihood", "automatic or kappa");
}

}  // namespace detail

/// Throws invalid_input unless `s` is a valid specification (orders, period, enumerations,
/// trend allowed by the differencing, kappa, iterations, fixed values finite or NaN).
/// Example: `arima::validate(arima::spec{.order = {1, 1, 1}});`
inline void validate(const spec& s) {
  constexpr std::string_view where = "forecast::arima::fit";
  using core::detail::require;
  detail::require_enumerator(s.trend, trend_terms::constant_linear, where, "trend",
                             "none, constant, linear or constant_linear");
  detail::require_enumerator(s.method, estimation_method::css, where, "method",
                             "css_ml, ml or css");
  detail::require_variance_and_likelihood(s.interval_variance, s.likelihood, where);
  require(s.order.p >= 0 && s.order.d >= 0 && s.order.q >= 0, where, "order (", s.order.p, ",",
          s.order.d, ",", s.order.q, ") has a negative entry; expected p, d, q >= 0");
  require(s.seasonal.p >= 0 && s.seasonal.d >= 0 && s.seasonal.q >= 0, where, "seasonal order (",
          s.seasonal.p, ",", s.seasonal.d, ",", s.seasonal.q,
          ") has a negative entry; expected P, D, Q >= 0");
  require(s.seasonal.period >= 1, where, "seasonal period is ", s.seasonal.period,
          "; expected period >= 1");
  require(s.seasonal.period >= 2 || s.seasonal.p + s.seasonal.d + s.seasonal.q == 0, where,
          "seasonal order (", s.seasonal.p, ",", s.seasonal.d, ",", s.seasonal.q,
          ") with period 1; expected a period >= 2 for a seasonal part");
  const long long nd = static_cast<long long>(s.order.d) + s.seasonal.d;
  require(!(s.trend == trend_terms::constant || s.trend == trend_terms::constant_linear) || nd == 0,
          where, "trend ", to_string(s.trend), " with d + D = ", nd,
          "; expected d + D = 0 (differencing removes a constant; use trend linear for drift)");
  require(s.trend != trend_terms::linear || nd <= 1, where, "trend linear with d + D = ", nd,
          "; expected d + D <= 1");
  require(std::isfinite(s.kappa) && s.kappa > 0, where, "kappa is ", s.kappa,
          "; expected a finite value > 0");
  require(s.max_iterations >= 0, where, "max_iterations is ", s.max_iterations, "; expected >= 0");
  for (const double v : s.fixed) {
    require(!std::isinf(v), where, "fixed has ", v, "; expected finite values or NaN (free)");
  }
}

}  // namespace foresight::forecast::arima

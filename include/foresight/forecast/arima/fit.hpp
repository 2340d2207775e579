// SPDX-License-Identifier: Apache-2.0
/// \file
/// `arima::fit`: seasonal ARIMA with regression terms estimated by conditional sum of squares,
/// exact maximum likelihood (Kalman filter) or both, and the fitted `arima::model`, which
/// forecasts with intervals and the exact lead-time aggregate, simulates sample paths and
/// absorbs new observations without refitting.
/// References: Box, Jenkins, Reinsel & Ljung (2015) ch. 5 and 7; Gardner, Harvey & Phillips
/// (1980); Durbin & Koopman (2012) ch. 4-5; Jones (1980); R's `stats::arima` (whose estimation
/// sequence and conventions are followed, see docs/arima.md).
#pragma once

#include <cmath>
#include <concepts>
#include <cstdio>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/forecast.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/series.hpp>
#include <foresight/core/types.hpp>
#include <foresight/forecast/arima/detail/estimate.hpp>
#include <foresight/forecast/arima/detail/setup.hpp>
#include <foresight/forecast/arima/detail/transform.hpp>
#include <foresight/forecast/arima/spec.hpp>
#include <foresight/forecast/arima/state_space.hpp>
#include <foresight/stats/ljung_box.hpp>

namespace foresight::forecast::arima {

/// How the estimation went.
struct fit_info {
  /// converged, iteration_limit (optimiser stopped at max_iterations) or failed.
  core::fit_status status = core::fit_status::converged;
  /// Optimiser iterations of the final (ML or CSS) stage.
  int iterations = 0;
  /// Objective evaluations over all stages, numerical derivatives included.
  int function_evaluations = 0;
  /// Method actually used (css_ml becomes ml with missing values).
  estimation_method method = estimation_method::css_ml;
  /// Outcome in words.
  std::string message;
};

/// One model tried by an automatic order search.
struct candidate {
  /// Non-seasonal order.
  pdq order{};
  /// Seasonal order.
  seasonal_pdq seasonal{};
  /// Whether a constant (mean when d + D = 0, drift when d + D = 1) was included.
  bool constant = false;
  /// Information criterion (+infinity: failed or rejected).
  double ic = std::numeric_limits<double>::infinity();
  /// True when ranked by the CSS approximation.
  bool approximate = false;
};

/// How `auto_fit` chose the model (empty for `fit`).
struct search_report {
  /// Models in the order they were fitted.
  std::vector<candidate> trace{};
  /// Differences chosen (or given).
  int d = 0;
  /// Seasonal differences chosen (or given).
  int seasonal_d = 0;
  /// Seasonal strength of the STL decomposition (NaN when not computed).
  double seasonal_strength = std::numeric_limits<double>::quiet_NaN();
  /// Whether candidates were ranked by the CSS approximation.
  bool approximation = false;
  /// Whether the stepwise search stopped at max_models.
  bool model_limit_reached = false;
};

/// A fitted ARIMA model: coefficients and their uncertainty, fit statistics, residuals, and the
/// filter state after the last observation, from which it forecasts. A value: copyable, holds no
/// reference to its inputs.
struct model {
  /// The specification it was fitted with.
  arima::spec spec{};
  /// Coefficient names: ar1.., ma1.., sar1.., sma1.., intercept, drift, xreg1.. (R's names).
  std::vector<std::string> names;
  /// Coefficients in the order of `names` (AR/MA in the model's sign convention
  /// y_t = Σφ y_{t-i} + e_t + Σθ e_{t-j}).
  core::vector<double> coefficients;
  /// True for estimated coefficients, false for fixed ones.
  std::vector<bool> estimated;
  /// Covariance of the coefficients (inverse Hessian of the likelihood; zero rows/columns for
  /// fixed coefficients).
  core::matrix<double> covariance;
  /// Standard errors (0 for fixed coefficients; NaN where the variance is negative).
  core::vector<double> standard_errors;
  /// Innovation variance, maximum-likelihood estimate (CSS: mean squared CSS residual).
  double sigma2 = std::numeric_limits<double>::quiet_NaN();
  /// Sum of squared residuals / (n_used - number of estimated coefficients) (forecast's sigma²).
  double sigma2_adjusted = std::numeric_limits<double>::quiet_NaN();
  /// Exact Gaussian log-likelihood of the differenced data (CSS: its conditional analogue).
  double loglik = std::numeric_limits<double>::quiet_NaN();
  /// AIC = -2 loglik + 2 k, k = estimated coefficients + 1 (NaN for CSS).
  double aic = std::numeric_limits<double>::quiet_NaN();
  /// AICc = AIC + 2k(k+1)/(n_used - k - 1) (NaN when undefined).
  double aicc = std::numeric_limits<double>::quiet_NaN();
  /// BIC = AIC + k (log n_used - 2).
  double bic = std::numeric_limits<double>::quiet_NaN();
  /// Observations in the likelihood: non-missing values minus d + s·D.
  core::index n_used = 0;
  /// Standardised one-step innovations (R's residuals), NaN where y is missing.
  core::vector<double> residuals;
  /// One-step fitted values y - residuals.
  core::vector<double> fitted;
  /// Estimation outcome.
  fit_info info;
  /// Remarks that are not errors.
  std::vector<std::string> notes;
  /// State-space form and filter state after the last observation.
  state_space state;
  /// Number of observations absorbed (fit and append), for the drift regressor.
  core::index n_observations = 0;
  /// Number of user regressors (columns of xreg).
  core::index n_xreg = 0;
  /// The order search that chose this model (`auto_fit` only).
  search_report search{};
  /// Models combined with this one (empty unless `auto_fit` combined candidates): forecasts are
  /// then the `combination_weights`-weighted mixture of these members.
  std::vector<model> members{};
  /// Weights of `members` (sum 1).
  std::vector<double> combination_weights{};

  /// Number of estimated coefficients.
  [[nodiscard]] core::index n_estimated() const {
    core::index k = 0;
    for (const bool b : estimated)
      k += b ? 1 : 0;
    return k;
  }

  /// Coefficient by name, if present.
  [[nodiscard]] std::optional<double> coefficient(std::string_view name) const {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (names[i] == name)
        return coefficients[static_cast<core::index>(i)];
    }
    return std::nullopt;
  }

  /// The innovation variance used for intervals (per spec.interval_variance).
  [[nodiscard]] double forecast_sigma2() const {
    return spec.interval_variance == variance_estimator::ml ? sigma2 : sigma2_adjusted;
  }

  /// Forecast of steps 1..h: mean, standard errors, intervals at `levels`, and the lead-time
  /// aggregate from the psi weights (exact). `xreg_future` is h × n_xreg (required when the model
  /// has regressors). A combined model (`members` not empty) returns the moments of the mixture
  /// of its members' forecasts, with Gaussian intervals from those moments.
  /// Throws: invalid_input if h < 1 or a level is outside (0, 1); dimension_mismatch if
  /// xreg_future has the wrong shape; invalid_input if it has non-finite values.
  /// Example: `core::forecast<double> f = m.forecast(12, {0.8, 0.95});`
  [[nodiscard]] core::forecast<double> forecast(
      core::index h, const std::vector<double>& levels = {0.8, 0.95},
      const Eigen::Ref<const core::matrix<double>>& xreg_future = core::matrix<double>()) const;

  /// `paths` simulated future sample paths of length h (h × paths), conditional on the data:
  /// the state after the last observation is drawn from its filtered distribution, then
  /// propagated with Gaussian innovations of variance forecast_sigma2(). A combined model draws
  /// the member of each path with probability `combination_weights`. Uses only `rng`.
  /// Throws: invalid_input if h < 1 or paths < 1; dimension_mismatch for a wrong xreg_future.
  /// Example: `std::mt19937_64 rng{42}; core::matrix<double> s = m.simulate(12, 100, rng);`
  template <std::uniform_random_bit_generator Rng>
  [[nodiscard]] core::matrix<double> simulate(
      core::index h, core::index paths, Rng& rng,
      const Eigen::Ref<const core::matrix<double>>& xreg_future = core::matrix<double>()) const;

  /// A copy of the model that has also seen `y_new` (and its regressors), updated by the Kalman
  /// filter without re-estimating coefficients; residuals and fitted values are extended, and
  /// the members of a combined model are updated likewise.
  /// Throws: invalid_input if y_new has an infinite value; dimension_mismatch for xreg_new.
  /// Example: `auto m2 = m.append(y_next);`
  [[nodiscard]] model append(
      const Eigen::Ref<const core::vector<double>>& y_new,
      const Eigen::Ref<const core::matrix<double>>& xreg_new = core::matrix<double>()) const;

  /// Ljung-Box test on the residuals with `lags` lags and p + q + P + Q fitted parameters.
  /// Throws: invalid_input if lags <= p + q + P + Q or too few residuals.
  /// Example: `auto t = m.ljung_box(24);`
  [[nodiscard]] stats::portmanteau_test ljung_box(int lags) const {
    return stats::ljung_box<double>(residuals, lags, arma_count(spec));
  }

  /// A printable summary: model, coefficients with standard errors, sigma², fit criteria.
  [[nodiscard]] std::string summary() const;
};

namespace detail {

/// The model from an estimate (no validation).
inline model make_model(const spec& s, const estimate& e, const problem& pr, core::index n_xreg) {
  model m;
  m.spec = s;
  m.names = coefficient_names(s, n_xreg);
  m.coefficients = e.coef;
  m.estimated = e.mask;
  const core::index npar = e.coef.size();
  m.covariance = core::matrix<double>::Zero(npar, npar);
  m.standard_errors = core::vector<double>::Zero(npar);
  std::vector<core::index> free;
  for (core::index i = 0; i < npar; ++i) {
    if (e.mask[static_cast<std::size_t>(i)])
      free.push_back(i);
  }
  if (e.var.rows() == static_cast<core::index>(free.size())) {
    for (std::size_t a = 0; a < free.size(); ++a) {
      for (std::size_t b = 0; b < free.size(); ++b)
        m.covariance(free[a], free[b]) =
            e.var(static_cast<core::index>(a), static_cast<core::index>(b));
      const double v = e.var(static_cast<core::index>(a), static_cast<core::index>(a));
      m.standard_errors[free[a]] = v >= 0 ? std::sqrt(v) : std::numeric_limits<double>::quiet_NaN();
    }
  }
  m.sigma2 = e.sigma2;
  m.loglik = e.loglik;
  m.aic = e.aic;
  m.n_used = e.n_used;
  const auto k = static_cast<double>(free.size() + 1);
  const auto nstar = static_cast<double>(e.n_used);
  if (!std::isnan(m.aic)) {
    m.bic = m.aic + k * (std::log(nstar) - 2);
    m.aicc = nstar - k - 1 > 0 ? m.aic + 2 * k * (k + 1) / (nstar - k - 1)
                               : std::numeric_limits<double>::quiet_NaN();
  }
  m.residuals = e.residuals;
  double ss = 0;
  for (core::index i = 0; i < e.residuals.size(); ++i) {
    if (!std::isnan(e.residuals[i]))
      ss += e.residuals[i] * e.residuals[i];
  }
  m.sigma2_adjusted = ss / (nstar - k + 1);
  m.fitted = pr.x - e.residuals;
  m.state = e.ss;
  m.n_observations = pr.x.size();
  m.n_xreg = n_xreg;
  m.info.status = e.status;
  m.info.iterations = e.iterations;
  m.info.function_evaluations = e.evaluations;
  m.info.method = e.method_used;
  m.info.message = e.status == core::fit_status::converged
                       ? "converged"
                       : "the optimiser stopped at max_iterations before converging";
  bool missing = !pr.x.allFinite();
  for (core::index j = 0; j < pr.xreg.cols() && !missing; ++j)
    missing = !pr.xreg.col(j).allFinite();
  if (missing && s.method == estimation_method::css_ml)
    m.notes.emplace_back("method css_ml replaced by ml: the data have missing values");
  return m;
}

}  // namespace detail

/// Fits a seasonal ARIMA model with optional regressors (`xreg`, n × k) to `y` (NaN = missing),
/// following R's `stats::arima`: CSS starting values, exact ML through the Kalman filter with the
/// AR parts kept stationary by the Jones transform, and the covariance of the estimates from the
/// numerical Hessian. If the CSS start of `css_ml` is not stationary (R stops there), ML is run
/// from zero start values instead and a note says so.
///
/// Throws: invalid_input for an invalid spec (see `validate`), an empty, all-missing or constant
/// y, infinite values, a series too short for the order, non-finite regressors;
/// dimension_mismatch if xreg or fixed have the wrong size; numerical_error if no finite
/// likelihood can be evaluated. A fit that stops at the iteration limit is returned with status
/// iteration_limit.
/// Example: `auto m = arima::fit(y, {.order = {0, 1, 1}, .seasonal = {0, 1, 1, 12}});`
[[nodiscard]] inline model fit(
    const Eigen::Ref<const core::vector<double>>& y, const spec& s = {},
    const Eigen::Ref<const core::matrix<double>>& xreg = core::matrix<double>()) {
  constexpr std::string_view where = "forecast::arima::fit";
  validate(s);
  detail::validate_data(y, s, xreg, where);
  const detail::problem pr = detail::make_problem(y, s, xreg);
  detail::estimate e = detail::run_estimate(pr, s);
  const bool restarted = e.error == detail::estimate_error::nonstationary_css;
  if (restarted) {
    spec s2 = s;
    s2.method = estimation_method::ml;
    e = detail::run_estimate(pr, s2);
  }
  if (e.error != detail::estimate_error::none) {
    core::detail::raise<core::numerical_error>(where, e.error_message,
                                               "; no finite likelihood could be optimised");
  }
  model m = detail::make_model(s, e, pr, xreg.cols());
  if (restarted)
    m.notes.emplace_back("CSS start values had a non-stationary AR part; ML was started from zero");
  return m;
}

/// Fits `series` (its period is used as the seasonal period when the spec's period is 1 and a
/// seasonal order is given).
/// Throws: as `fit` above.
/// Example: `auto m = arima::fit(core::time_series<double>(v, 12), {.seasonal = {0, 1, 1}});`
[[nodiscard]] inline model fit(
    const core::time_series<double>& series, spec s = {},
    const Eigen::Ref<const core::matrix<double>>& xreg = core::matrix<double>()) {
  if (s.seasonal.period == 1 && s.seasonal.p + s.seasonal.d + s.seasonal.q > 0)
    s.seasonal.period = series.period();
  return fit(series.values(), s, xreg);
}

namespace detail {

/// Regression value (mean, drift and regressor terms) of `m` for the h steps after its last
/// observation; `where` names the caller in error messages.
inline core::vector<double> regression_part(
    const model& m, core::index h, const Eigen::Ref<const core::matrix<double>>& xreg_future,
    std::string_view where) {
  if (m.n_xreg > 0 || xreg_future.cols() > 0) {
    if (xreg_future.cols() != m.n_xreg || xreg_future.rows() != h) {
      core::detail::raise<core::dimension_mismatch>(where, "xreg_future is ", xreg_future.rows(),
                                                    " x ", xreg_future.cols(), "; expected ", h,
                                                    " x ", m.n_xreg);
    }
    for (core::index j = 0; j < m.n_xreg; ++j)
      for (core::index i = 0; i < h; ++i)
        core::detail::require(std::isfinite(xreg_future(i, j)), where, "xreg_future(", i, ", ", j,
                              ") is ", xreg_future(i, j), "; expected finite values");
  }
  const core::matrix<double> x = regressors(m.spec.trend, h, m.n_observations, xreg_future);
  core::vector<double> out = core::vector<double>::Zero(h);
  if (x.cols() > 0)
    out = x * m.coefficients.tail(x.cols());
  return out;
}

/// Draws sample paths of one model: the filtered state after the last observation, then the
/// state equation with Gaussian innovations of variance forecast_sigma2(), plus the regression.
class path_sampler {
 public:
  path_sampler(const model& m, core::index h,
               const Eigen::Ref<const core::matrix<double>>& xreg_future, std::string_view where)
      : m_(m),
        reg_(regression_part(m, h, xreg_future, where)),
        sigma_(std::sqrt(m.forecast_sigma2())) {
    // Square root of the filtered covariance by LDLT, clipping tiny negative pivots.
    const core::matrix<double> pcov = m.state.steps > 0 ? m.state.p : m.state.pn;
    const Eigen::LDLT<core::matrix<double>> ldlt(pcov);
    const core::matrix<double> lower = ldlt.matrixL();
    const core::vector<double> dvals = ldlt.vectorD().cwiseMax(0.0).cwiseSqrt();
    root_ = ldlt.transpositionsP().transpose() * (lower * dvals.asDiagonal());
  }

  /// One path of reg_.size() values into `out`.
  template <std::uniform_random_bit_generator Rng>
  void draw(Rng& rng, double* out) const {
    const state_space& st = m_.state;
    const core::index rd = st.dim();
    const core::index r = st.arma_dim();
    const core::index nd = st.delta.size();
    const core::index np = st.phi.size();
    core::vector<double> z(rd);
    for (core::index i = 0; i < rd; ++i)
      z[i] = core::standard_normal<double>(rng);
    core::vector<double> a = st.a + sigma_ * (root_ * z);
    core::vector<double> anew(rd);
    for (core::index l = 0; l < reg_.size(); ++l) {
      const double e = sigma_ * core::standard_normal<double>(rng);
      for (core::index i = 0; i < r; ++i) {
        double v = i < r - 1 ? a[i + 1] : 0.0;
        if (i < np)
          v += st.phi[i] * a[0];
        v += (i == 0 ? 1.0 : st.theta[i - 1]) * e;
        anew[i] = v;
      }
      if (nd > 0) {
        double v = a[0];
        for (core::index k = 0; k < nd; ++k)
          v += st.delta[k] * a[r + k];
        for (core::index i = rd - 1; i > r; --i)
          anew[i] = a[i - 1];
        anew[r] = v;
      }
      a = anew;
      double y = a[0];
      for (core::index k = 0; k < nd; ++k)
        y += st.delta[k] * a[r + k];
      out[l] = y + reg_[l];
    }
  }

 private:
  const model& m_;
  core::vector<double> reg_;
  double sigma_;
  core::matrix<double> root_;
};

}  // namespace detail

inline core::forecast<double> model::forecast(
    core::index h, const std::vector<double>& levels,
    const Eigen::Ref<const core::matrix<double>>& xreg_future) const {
  constexpr std::string_view where = "forecast::arima::model::forecast";
  core::detail::require(h >= 1, where, "h is ", h, "; expected h >= 1");
  if (!members.empty()) {
    // Mixture of the members' Gaussian forecasts: mean Σ w_i μ_i, variance Σ w_i (σ_i² + μ_i²)
    // - μ²; the aggregate likewise from the members' aggregates (approximately Gaussian).
    core::vector<double> mean = core::vector<double>::Zero(h);
    core::vector<double> second = core::vector<double>::Zero(h);
    core::vector<double> cmean = core::vector<double>::Zero(h);
    core::vector<double> csecond = core::vector<double>::Zero(h);
    for (std::size_t i = 0; i < members.size(); ++i) {
      const core::forecast<double> f = members[i].forecast(h, levels, xreg_future);
      const double w = combination_weights[i];
      mean += w * f.mean;
      second += w * (f.sd.array().square() + f.mean.array().square()).matrix();
      cmean += w * f.cumulative_mean;
      csecond += w * (f.cumulative_variance.array() + f.cumulative_mean.array().square()).matrix();
    }
    const core::vector<double> sd =
        (second.array() - mean.array().square()).max(0.0).sqrt().matrix();
    const core::vector<double> cvar = (csecond.array() - cmean.array().square()).max(0.0).matrix();
    return core::make_normal_forecast<double>(mean, sd, levels, {}, cvar);
  }
  const core::vector<double> reg = detail::regression_part(*this, h, xreg_future, where);
  const state_forecast sf = kalman_forecast(state, h);
  const double s2 = forecast_sigma2();
  const core::vector<double> mean = sf.mean + reg;
  const core::vector<double> sd = (sf.variance * s2).cwiseMax(0.0).cwiseSqrt();
  // psi weights of the full model θ(B) / [φ(B)(1-B)^d(1-B^s)^D] (Box et al. 2015, eq. 5.2.3).
  const core::index np = state.phi.size();
  const core::index nd = state.delta.size();
  std::vector<double> ar(static_cast<std::size_t>(np + nd + 1), 0.0);
  {
    std::vector<double> a1(static_cast<std::size_t>(np) + 1, 0.0);
    a1[0] = 1;
    for (core::index i = 0; i < np; ++i)
      a1[static_cast<std::size_t>(i) + 1] = -state.phi[i];
    std::vector<double> a2(static_cast<std::size_t>(nd) + 1, 0.0);
    a2[0] = 1;
    for (core::index i = 0; i < nd; ++i)
      a2[static_cast<std::size_t>(i) + 1] = -state.delta[i];
    for (std::size_t i = 0; i < a1.size(); ++i)
      for (std::size_t j = 0; j < a2.size(); ++j)
        ar[i + j] += a1[i] * a2[j];
  }
  core::vector<double> psi(h);
  for (core::index j = 0; j < h; ++j) {
    double v = j == 0 ? 1.0 : (j - 1 < state.theta.size() ? state.theta[j - 1] : 0.0);
    for (core::index k = 1; k <= std::min<core::index>(j, static_cast<core::index>(ar.size()) - 1);
         ++k)
      v -= ar[static_cast<std::size_t>(k)] * psi[j - k];
    psi[j] = v;
  }
  core::vector<double> cum = core::cumulative_variance_from_psi<double>(psi, s2);
  return core::make_normal_forecast<double>(mean, sd, levels, {}, cum);
}

template <std::uniform_random_bit_generator Rng>
core::matrix<double> model::simulate(
    core::index h, core::index paths, Rng& rng,
    const Eigen::Ref<const core::matrix<double>>& xreg_future) const {
  constexpr std::string_view where = "forecast::arima::model::simulate";
  core::detail::require(h >= 1, where, "h is ", h, "; expected h >= 1");
  core::detail::require(paths >= 1, where, "paths is ", paths, "; expected paths >= 1");
  core::matrix<double> out(h, paths);
  if (members.empty()) {
    const detail::path_sampler sampler(*this, h, xreg_future, where);
    for (core::index path = 0; path < paths; ++path)
      sampler.draw(rng, out.col(path).data());
    return out;
  }
  // A mixture: each path comes from one member, drawn with its combination weight.
  std::vector<detail::path_sampler> samplers;
  samplers.reserve(members.size());
  for (const model& member : members)
    samplers.emplace_back(member, h, xreg_future, where);
  const std::span<const double> weights(combination_weights);
  for (core::index path = 0; path < paths; ++path) {
    const core::index k = core::categorical<double>(rng, weights);
    samplers[static_cast<std::size_t>(k)].draw(rng, out.col(path).data());
  }
  return out;
}

inline model model::append(const Eigen::Ref<const core::vector<double>>& y_new,
                           const Eigen::Ref<const core::matrix<double>>& xreg_new) const {
  constexpr std::string_view where = "forecast::arima::model::append";
  const core::index m = y_new.size();
  for (core::index i = 0; i < m; ++i) {
    core::detail::require(!std::isinf(y_new[i]), where, "y_new[", i, "] is ", y_new[i],
                          "; expected finite values or NaN (missing)");
  }
  const core::vector<double> reg = detail::regression_part(*this, m, xreg_new, where);
  model out = *this;
  for (model& member : out.members)
    member = member.append(y_new, xreg_new);
  const core::vector<double> adjusted = y_new - reg;
  core::vector<double> res(m);
  (void)kalman_filter(adjusted, out.state, res.data());  // state and residuals only
  const core::index n0 = residuals.size();
  out.residuals.conservativeResize(n0 + m);
  out.residuals.tail(m) = res;
  out.fitted.conservativeResize(n0 + m);
  out.fitted.tail(m) = y_new - res;
  out.n_observations += m;
  return out;
}

inline std::string model::summary() const {
  std::string s = "ARIMA" + to_string(spec.order, spec.seasonal);
  if (spec.trend != trend_terms::none)
    s += " with trend " + std::string(to_string(spec.trend));
  s += "\n\nCoefficients:\n";
  char buf[160];
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto k = static_cast<core::index>(i);
    std::snprintf(buf, sizeof buf, "  %-10s %14.6g  s.e. %12.6g%s\n", names[i].c_str(),
                  coefficients[k], standard_errors[k], estimated[i] ? "" : "  (fixed)");
    s += buf;
  }
  std::snprintf(buf, sizeof buf,
                "\nsigma^2 = %.6g (adjusted %.6g), log likelihood = %.4f\nAIC = %.4f  AICc = %.4f  "
                "BIC = %.4f  (n used = %lld)\n",
                sigma2, sigma2_adjusted, loglik, aic, aicc, bic, static_cast<long long>(n_used));
  s += buf;
  s += "Estimation: " + std::string(to_string(info.method)) + ", " +
       std::string(core::to_string(info.status)) + " after " + std::to_string(info.iterations) +
       " iterations\n";
  for (const auto& note : notes)
    s += "Note: " + note + "\n";
  return s;
}

}  // namespace foresight::forecast::arima

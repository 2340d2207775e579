// SPDX-License-Identifier: Apache-2.0
// Tests of forecast/arima/fit.hpp: parity with R's stats::arima on the committed reference fits,
// regressors, fixed coefficients, missing values, forecasts, simulation, append, bad input.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include <foresight/forecast/arima/fit.hpp>

#include "forecast/arima/reference.hpp"
#include "support/test_support.hpp"

namespace arima = foresight::forecast::arima;
namespace core = foresight::core;
namespace ref = foresight::test::arima_reference;

namespace {

struct prepared {
  core::vector<double> y;
  arima::spec spec;
  core::matrix<double> xreg;
  core::matrix<double> xreg_future;
};

prepared prepare(const ref::reference_case& c,
                 const std::map<std::string, std::vector<double>>& series) {
  const std::vector<double>& raw = series.at(c.data);
  prepared p;
  p.y.resize(static_cast<core::index>(raw.size()));
  for (std::size_t i = 0; i < raw.size(); ++i)
    p.y[static_cast<core::index>(i)] = c.transform == "log" ? std::log(raw[i]) : raw[i];
  if (c.extra == "missing") {
    for (const core::index i : {9, 49, 99})
      p.y[i] = std::numeric_limits<double>::quiet_NaN();
  }
  p.spec.order = {c.p, c.d, c.q};
  p.spec.seasonal = {c.sp, c.sd, c.sq, c.period};
  p.spec.trend = c.constant == "mean"    ? arima::trend_terms::constant
                 : c.constant == "drift" ? arima::trend_terms::linear
                                         : arima::trend_terms::none;
  p.spec.method = c.method == "ML"    ? arima::estimation_method::ml
                  : c.method == "CSS" ? arima::estimation_method::css
                                      : arima::estimation_method::css_ml;
  const double na = std::numeric_limits<double>::quiet_NaN();
  if (c.extra == "fixed_ma1")
    p.spec.fixed = {-0.4, na};
  if (c.extra == "fixed_ar2")
    p.spec.fixed = {na, -0.2, na};
  if (c.extra == "xreg_year") {
    // LakeHuron starts in 1875 (tests/reference/arima/make_reference.R uses the year column).
    const core::index n = p.y.size();
    p.xreg.resize(n, 1);
    for (core::index i = 0; i < n; ++i)
      p.xreg(i, 0) = 1875.0 + static_cast<double>(i);
    p.xreg_future.resize(c.h, 1);
    for (core::index i = 0; i < c.h; ++i)
      p.xreg_future(i, 0) = 1875.0 + static_cast<double>(n + i);
  }
  return p;
}

// Relative deviation with the rule: values near zero are compared absolutely (1e-6 abs
// counts as 1e-4 relative).
double deviation(double ours, double theirs) {
  const double abs_dev = std::abs(ours - theirs);
  return std::min(abs_dev / std::max(std::abs(theirs), 1e-300), abs_dev * 1e-4 / 1e-6);
}

}  // namespace

TEST_CASE("arima::fit matches R stats::arima on every reference case") {
  const auto series = ref::load_series();
  const auto cases = ref::load_cases();
  REQUIRE(cases.size() >= 10);
  std::ofstream table;
  if (const char* path = std::getenv("FORESIGHT_ARIMA_PARITY_TABLE"))
    table.open(path);
  if (table)
    table << "case,coef,se,sigma2,loglik,aicc,mean,interval95,coef_fast,loglik_fast\n";
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const prepared p = prepare(c, series);
    const arima::model m = arima::fit(p.y, p.spec, p.xreg);
    const auto& coef = c.values.at("coef");
    REQUIRE(static_cast<std::size_t>(m.coefficients.size()) == coef.size());
    double dcoef = 0;
    double dse = 0;
    for (std::size_t i = 0; i < m.names.size(); ++i) {
      // R names a single user regressor after its variable; ours is xreg1.
      const std::string key = m.names[i] == "xreg1" ? "year" : m.names[i];
      CAPTURE(key);
      REQUIRE(coef.count(key) == 1);
      // R 4.2.2 stats::arima(method = c.method): coefficient and its standard error.
      dcoef = std::max(dcoef, deviation(m.coefficients[static_cast<core::index>(i)], coef.at(key)));
      dse = std::max(dse, deviation(m.standard_errors[static_cast<core::index>(i)],
                                    c.values.at("se").at(key)));
    }
    CHECK(dcoef <= 1e-4);
    CHECK(dse <= 1e-2);  // numerical Hessian: a second difference of a first difference
    const double ds2 = deviation(m.sigma2, c.values.at("sigma2").at(""));
    const double dll = deviation(m.loglik, c.values.at("loglik").at(""));
    CHECK(ds2 <= 1e-4);
    CHECK(dll <= 1e-4);
    CHECK(m.n_used == static_cast<core::index>(c.values.at("nobs_used").at("")));
    // forecast::Arima's residual-based sigma² (R: sum(resid^2) / (nstar - npar + 1)).
    CHECK(deviation(m.sigma2_adjusted, c.values.at("sigma2_forecast").at("")) <= 1e-4);
    double daicc = 0;
    if (c.method != "CSS") {
      daicc = deviation(m.aicc, c.values.at("aicc").at(""));
      CHECK(daicc <= 1e-4);
      CHECK(deviation(m.aic, c.values.at("aic").at("")) <= 1e-4);
      CHECK(deviation(m.bic, c.values.at("bic").at("")) <= 1e-4);
    }
    const core::forecast<double> f = m.forecast(c.h, {0.8, 0.95}, p.xreg_future);
    double dmean = 0;
    double dint = 0;
    for (core::index h = 1; h <= c.h; ++h) {
      const std::string k = std::to_string(h);
      dmean = std::max(dmean, deviation(f.mean[h - 1], c.values.at("mean").at(k)));
      dint = std::max(dint, deviation(f.lower(h - 1, 1), c.values.at("lo95").at(k)));
      dint = std::max(dint, deviation(f.upper(h - 1, 1), c.values.at("hi95").at(k)));
      dint = std::max(dint, deviation(f.lower(h - 1, 0), c.values.at("lo80").at(k)));
    }
    CHECK(dmean <= 1e-4);
    CHECK(dint <= 1e-4);
    // The fast exact differenced likelihood is the kappa -> infinity limit of R's filter: close
    // to R, but not within 1e-4 where the level is large against sqrt(kappa) (USAccDeaths,
    // austres, co2).
    arima::spec fast = p.spec;
    fast.likelihood = arima::likelihood_method::automatic;
    const arima::model mf = arima::fit(p.y, fast, p.xreg);
    double dcoef_fast = 0;
    for (core::index i = 0; i < mf.coefficients.size(); ++i)
      dcoef_fast = std::max(dcoef_fast, deviation(mf.coefficients[i], m.coefficients[i]));
    const double dll_fast = deviation(mf.loglik, c.values.at("loglik").at(""));
    CHECK(dcoef_fast <= 1e-3);
    CHECK(dll_fast <= 1e-3);
    if (table) {
      table << c.name << ',' << dcoef << ',' << dse << ',' << ds2 << ',' << dll << ',' << daicc
            << ',' << dmean << ',' << dint << ',' << dcoef_fast << ',' << dll_fast << '\n';
    }
  }
}

namespace {
core::vector<double> classic(const std::string& name, bool log = false) {
  const auto s = ref::load_series().at(name);
  core::vector<double> y(static_cast<core::index>(s.size()));
  for (std::size_t i = 0; i < s.size(); ++i)
    y[static_cast<core::index>(i)] = log ? std::log(s[i]) : s[i];
  return y;
}
}  // namespace

TEST_CASE("arima::fit rejects bad input with clear messages") {
  const core::vector<double> y = classic("lh");
  const arima::spec ar1{.order = {1, 0, 0}, .trend = arima::trend_terms::constant};
  CHECK_THROWS_WITH_AS((void)arima::fit(core::vector<double>(), ar1),
                       "forecast::arima::fit: y is empty; expected at least one observation",
                       core::invalid_input);
  const core::vector<double> nan =
      core::vector<double>::Constant(10, std::numeric_limits<double>::quiet_NaN());
  CHECK_THROWS_WITH_AS((void)arima::fit(nan, ar1),
                       "forecast::arima::fit: y has no non-missing value (all 10 are NaN); "
                       "expected observed values",
                       core::invalid_input);
  CHECK_THROWS_WITH_AS((void)arima::fit(core::vector<double>::Constant(20, 5.0), ar1),
                       "forecast::arima::fit: y is constant (every value is 5); expected a "
                       "series that varies",
                       core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)arima::fit(y.head(20), {.order = {1, 1, 1}, .seasonal = {0, 1, 1, 12}}),
      "forecast::arima::fit: y has 20 observations; order (1,1,1)(0,1,1)[12] needs at least 27",
      core::invalid_input);
  CHECK_THROWS_AS((void)arima::fit(y, {.seasonal = {0, 0, 0, 0}}), core::invalid_input);
  core::vector<double> inf = y;
  inf[3] = std::numeric_limits<double>::infinity();
  CHECK_THROWS_AS((void)arima::fit(inf, ar1), core::invalid_input);
  CHECK_THROWS_AS((void)arima::fit(y, ar1, core::matrix<double>::Ones(10, 1)),
                  core::dimension_mismatch);
  core::matrix<double> x = core::matrix<double>::Ones(y.size(), 1);
  x(2, 0) = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH_AS((void)arima::fit(y, {.order = {1, 0, 0}}, x),
                       "forecast::arima::fit: xreg(2, 0) is nan; expected finite regressor values",
                       core::invalid_input);
  arima::spec bad_fixed = ar1;
  bad_fixed.fixed = {0.5};
  CHECK_THROWS_AS((void)arima::fit(y, bad_fixed), core::dimension_mismatch);
}

TEST_CASE("arima::fit reports the iteration limit in its status") {
  const core::vector<double> y = classic("AirPassengers", true);
  const arima::model m = arima::fit(y, {.order = {0, 1, 1},
                                        .seasonal = {0, 1, 1, 12},
                                        .method = arima::estimation_method::ml,
                                        .max_iterations = 1});
  CHECK(m.info.status == core::fit_status::iteration_limit);
  // As R's vmmin, the start gradient counts as iteration 1 and the first step makes it 2.
  CHECK(m.info.iterations == 2);
  const arima::model ok = arima::fit(y, {.order = {0, 1, 1}, .seasonal = {0, 1, 1, 12}});
  CHECK(ok.info.status == core::fit_status::converged);
  CHECK(ok.summary().find("ma1") != std::string::npos);
  CHECK(ok.ljung_box(24).degrees_of_freedom == 22);
}

TEST_CASE("arima::model forecasts carry the exact lead-time aggregate") {
  const core::vector<double> y = classic("WWWusage");
  const arima::model m = arima::fit(y, {.order = {1, 1, 1}});
  const core::forecast<double> f = m.forecast(10);
  CHECK(f.aggregate == core::aggregate_method::exact);
  // L = 1: the aggregate is the one-step variance; later the errors are positively correlated,
  // so the aggregate exceeds the sum of the step variances.
  CHECK(f.cumulative_variance[0] == doctest::Approx(f.sd[0] * f.sd[0]).epsilon(1e-6));
  const double sum_var = f.sd.head(10).squaredNorm();
  CHECK(f.cumulative_variance[9] > sum_var);
  CHECK(f.lead_time_demand(10).mean == doctest::Approx(f.mean.sum()));
  // Independent check from the psi weights of (1 - phi B)(1 - B) y = (1 + theta B) e: the error
  // of the sum over 1..L is sum_k e_{n+k} Psi_{L-k} with Psi_m = psi_0 + ... + psi_m, so its
  // variance is sigma² sum_{m<L} Psi_m², and the step-h variance is sigma² sum_{j<h} psi_j²
  // (the filtered state of a fully observed invertible model carries no extra uncertainty).
  const double phi = m.coefficients[0];
  const double theta = m.coefficients[1];
  std::vector<double> psi(10);
  psi[0] = 1;
  for (std::size_t j = 1; j < psi.size(); ++j)
    psi[j] = (j == 1 ? theta : 0.0) + (1 + phi) * psi[j - 1] - (j >= 2 ? phi * psi[j - 2] : 0.0);
  double step = 0;
  double partial = 0;
  double aggregate = 0;
  for (core::index l = 0; l < 10; ++l) {
    const double p = psi[static_cast<std::size_t>(l)];
    step += p * p;
    partial += p;
    aggregate += partial * partial;
    CHECK(f.sd[l] * f.sd[l] == doctest::Approx(m.forecast_sigma2() * step).epsilon(1e-8));
    CHECK(f.cumulative_variance[l] ==
          doctest::Approx(m.forecast_sigma2() * aggregate).epsilon(1e-8));
  }
  CHECK_THROWS_AS((void)m.forecast(0), core::invalid_input);
}

TEST_CASE("arima::model::simulate is reproducible and centred on the forecast") {
  const core::vector<double> y = classic("AirPassengers", true);
  const arima::model m = arima::fit(y, {.order = {0, 1, 1}, .seasonal = {0, 1, 1, 12}});
  std::mt19937_64 a{42};
  std::mt19937_64 b{42};
  const core::matrix<double> s1 = m.simulate(12, 2000, a);
  const core::matrix<double> s2 = m.simulate(12, 2000, b);
  CHECK(s1 == s2);
  const core::forecast<double> f = m.forecast(12);
  for (core::index h = 0; h < 12; ++h) {
    const double mean = s1.row(h).mean();
    const double sd = std::sqrt((s1.row(h).array() - mean).square().sum() / 1999.0);
    // 2000 paths: the mean is within ~4 standard errors, the sd within ~10%.
    CHECK(std::abs(mean - f.mean[h]) < 4 * f.sd[h] / std::sqrt(2000.0));
    CHECK(sd == doctest::Approx(f.sd[h]).epsilon(0.1));
  }
}

TEST_CASE("arima::model::append equals filtering the longer series with fixed coefficients") {
  const core::vector<double> y = classic("USAccDeaths");
  const core::index n0 = 60;
  const arima::spec s{.order = {0, 1, 1}, .seasonal = {0, 1, 1, 12}};
  const arima::model m = arima::fit(y.head(n0), s);
  const arima::model m2 = m.append(y.tail(y.size() - n0));
  arima::spec fixed = s;
  fixed.fixed = {m.coefficients[0], m.coefficients[1]};
  const arima::model full = arima::fit(y, fixed);
  CHECK(m2.residuals.size() == y.size());
  CHECK((m2.residuals - full.residuals).cwiseAbs().maxCoeff() < 1e-8);
  const core::forecast<double> fa = m2.forecast(6);
  const core::forecast<double> fb = full.forecast(6);
  CHECK((fa.mean - fb.mean).cwiseAbs().maxCoeff() < 1e-6);
  CHECK(m2.coefficients == m.coefficients);
}

TEST_CASE("arima::fit errors, notes and fully fixed coefficients") {
  const core::vector<double> y = classic("LakeHuron");
  const core::index n = y.size();
  // A regressor equal to the intercept column: R's arima stops (lm gives an NA coefficient).
  CHECK_THROWS_WITH_AS(
      (void)arima::fit(y, {.order = {1, 0, 0}, .trend = arima::trend_terms::constant},
                       core::matrix<double>::Ones(n, 1)),
      "forecast::arima::fit: the regressors (intercept, drift, xreg) have rank 1; expected 2 "
      "linearly independent columns",
      core::invalid_input);
  // A seasonal period so large that d + s·D would overflow an index is just "too short".
  CHECK_THROWS_AS(
      (void)arima::fit(y, {.seasonal = {0, 2, 0, std::numeric_limits<core::index>::max() / 2}}),
      core::invalid_input);
  // Values up to 1e195: every sum of squares overflows, so no finite likelihood exists (R 4.2.2,
  // arima(x, c(2, 0, 0), include.mean = FALSE): "initial value in 'vmmin' is not finite").
  core::vector<double> explosive(40);
  for (core::index i = 0; i < 40; ++i)
    explosive[i] = std::pow(1e5, static_cast<double>(i)) + 0.1 * std::sin(static_cast<double>(i));
  CHECK_THROWS_AS((void)arima::fit(explosive, {.order = {2, 0, 0}}), core::numerical_error);
  // A non-stationary CSS start (R stops there) restarts ML from zero, with one note that says so.
  core::vector<double> growth(40);
  for (core::index i = 0; i < 40; ++i)
    growth[i] = std::pow(1.15, static_cast<double>(i)) + 0.1 * std::sin(static_cast<double>(i));
  const arima::model g =
      arima::fit(growth, {.order = {1, 0, 0}, .trend = arima::trend_terms::constant});
  CHECK(g.info.method == arima::estimation_method::ml);
  REQUIRE(g.notes.size() == 1);
  CHECK(g.notes[0].find("non-stationary") != std::string::npos);
  // Missing values: css_ml becomes ml, and the note names the missing values.
  core::vector<double> gap = y;
  gap[10] = std::numeric_limits<double>::quiet_NaN();
  const arima::model mg = arima::fit(gap, {.order = {1, 0, 0}});
  REQUIRE(mg.notes.size() == 1);
  CHECK(mg.notes[0].find("missing") != std::string::npos);
  // Every coefficient fixed at the ML estimate: no optimisation, same likelihood.
  const arima::spec s{.order = {1, 0, 1}, .trend = arima::trend_terms::constant};
  const arima::model free = arima::fit(y, s);
  arima::spec all_fixed = s;
  all_fixed.fixed.assign(free.coefficients.data(),
                         free.coefficients.data() + free.coefficients.size());
  const arima::model fixed = arima::fit(y, all_fixed);
  CHECK(fixed.n_estimated() == 0);
  CHECK(fixed.info.iterations == 0);
  CHECK(fixed.standard_errors.isZero());
  CHECK(fixed.loglik == doctest::Approx(free.loglik).epsilon(1e-12));
  CHECK(fixed.aic == doctest::Approx(-2 * free.loglik + 2).epsilon(1e-12));
  CHECK((fixed.forecast(5).mean - free.forecast(5).mean).cwiseAbs().maxCoeff() < 1e-9);
}

TEST_CASE("arima::model forecast, simulate, append and ljung_box reject bad arguments") {
  const core::vector<double> y = classic("LakeHuron");
  const core::index n = y.size();
  core::matrix<double> x(n, 1);
  for (core::index i = 0; i < n; ++i)
    x(i, 0) = std::sin(0.1 * static_cast<double>(i));
  const arima::model m = arima::fit(y, {.order = {1, 0, 0}}, x);
  const core::matrix<double> future = core::matrix<double>::Zero(3, 1);
  CHECK_NOTHROW((void)m.forecast(3, {0.8}, future));
  CHECK_THROWS_WITH_AS((void)m.forecast(3),
                       "forecast::arima::model::forecast: xreg_future is 0 x 0; expected 3 x 1",
                       core::dimension_mismatch);
  core::matrix<double> bad = future;
  bad(1, 0) = std::numeric_limits<double>::infinity();
  CHECK_THROWS_AS((void)m.forecast(3, {0.8}, bad), core::invalid_input);
  CHECK_THROWS_AS((void)m.forecast(3, {1.0}, future), core::invalid_input);
  std::mt19937_64 rng{7};
  CHECK_THROWS_AS((void)m.simulate(0, 10, rng, future), core::invalid_input);
  CHECK_THROWS_AS((void)m.simulate(3, 0, rng, future), core::invalid_input);
  CHECK_THROWS_AS((void)m.simulate(3, 10, rng), core::dimension_mismatch);
  core::vector<double> y_new(2);
  y_new << 580.0, std::numeric_limits<double>::infinity();
  CHECK_THROWS_AS((void)m.append(y_new, core::matrix<double>::Zero(2, 1)), core::invalid_input);
  CHECK_THROWS_AS((void)m.append(y_new.head(1)), core::dimension_mismatch);
  CHECK_THROWS_AS((void)m.ljung_box(1), core::invalid_input);  // lags must exceed p + q + P + Q
  // A missing new observation is predicted, not absorbed: its residual is NaN.
  const core::vector<double> gap = core::vector<double>::Constant(1, std::nan(""));
  const arima::model m2 = m.append(gap, core::matrix<double>::Zero(1, 1));
  CHECK(std::isnan(m2.residuals[n]));
  CHECK(m2.n_observations == n + 1);
}

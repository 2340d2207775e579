// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

#include <foresight/core/random.hpp>
#include <foresight/core/series.hpp>
#include <foresight/forecast/baseline.hpp>

#include "reference/core/reference_data.hpp"

namespace core = foresight::core;
namespace fc = foresight::forecast;
namespace ref = foresight::test::reference;

// Tolerances. double: 1e-10 relative to R (relative to max(1, |reference|)), the acceptance
// criterion. float: the history is rounded to float (2^-24 relative) and sums of up to 144 squared
// residuals are accumulated in float, so results agree to a few 1e-6 of the series level; 2e-5.
template <typename T>
constexpr double tolerance = 1e-10;
template <>
constexpr double tolerance<float> = 2e-5;

namespace {

constexpr fc::baseline_method all_methods[] = {
    fc::baseline_method::mean, fc::baseline_method::naive, fc::baseline_method::seasonal_naive,
    fc::baseline_method::drift};

// Var(sum of the errors of steps 1..L) summed from the covariance matrix of the h-step errors,
// written down independently of the closed forms in baseline.hpp:
//   naive types: Cov(e_j, e_k) = sigma2 min(s_j, s_k) if j, k share a season position, else 0,
//                plus drift_se^2 s_j s_k (s_k = steps of period ahead);
//   mean:        Cov(e_j, e_k) = sigma2 ([j == k] + 1 / n).
template <typename T>
double covariance_sum(const fc::baseline_fit<T>& m, core::index L) {
  double total = 0;
  for (core::index j = 1; j <= L; ++j) {
    for (core::index k = 1; k <= L; ++k) {
      if (m.method == fc::baseline_method::mean) {
        total += static_cast<double>(m.sigma2) *
                 ((j == k ? 1.0 : 0.0) + 1.0 / static_cast<double>(m.size));
        continue;
      }
      const auto sj = static_cast<double>((j - 1) / m.lag + 1);
      const auto sk = static_cast<double>((k - 1) / m.lag + 1);
      if ((j - 1) % m.lag == (k - 1) % m.lag)
        total += static_cast<double>(m.sigma2) * std::min(sj, sk);
      total += static_cast<double>(m.drift_se) * static_cast<double>(m.drift_se) * sj * sk;
    }
  }
  return total;
}

}  // namespace

TEST_CASE_TEMPLATE("baselines match R forecast 8.20 point forecasts and intervals on 7 series", T,
                   double, float) {
  // R 4.2.2, forecast 8.20: meanf / naive / snaive / rwf(drift = TRUE), level = c(80, 95), on the
  // training part, h = 2 * frequency (10 for non-seasonal data); written by
  // tests/reference/core/baselines_metrics.R.
  const auto series = ref::load_series();
  const auto want = ref::load_grouped("baselines_forecasts.csv", {"series", "method"},
                                      {"mean", "lower80", "upper80", "lower95", "upper95"});
  const auto want_fit =
      ref::load_grouped("baselines_fitted.csv", {"series", "method"}, {"fitted", "residual"});
  const double tol = tolerance<T>;
  // float: bounds (mean - z sd) and residuals (y - fitted) cancel, so their float error is
  // measured against the size of the level they come from (ignored for double).
  const auto scale = [](double level) { return std::is_same_v<T, float> ? std::abs(level) : 0.0; };
  ref::deviation_log log;
  int compared = 0;
  for (const auto& [name, s] : series) {
    const core::time_series<T> y(ref::to_vector<T>(s.train), s.frequency);
    const auto h = static_cast<core::index>(s.test.size());
    for (const auto method : all_methods) {
      CAPTURE(name);
      CAPTURE(fc::to_string(method));
      const auto key = name + "/" + std::string(fc::to_string(method));
      const auto m = fc::fit_baseline(y, {.method = method});
      const core::forecast<T> f = m.forecast(h, {T(0.8), T(0.95)});
      CHECK_NOTHROW(core::validate(f));
      const auto& r = want.at(key);
      REQUIRE(static_cast<core::index>(r.at("mean").size()) == h);
      for (core::index k = 0; k < h; ++k) {
        const auto i = static_cast<std::size_t>(k);
        const double level = scale(r.at("mean")[i]);
        CHECK(log.check("mean", f.mean[k], r.at("mean")[i], tol, level));
        CHECK(log.check("lower80", f.lower(k, 0), r.at("lower80")[i], tol, level));
        CHECK(log.check("upper80", f.upper(k, 0), r.at("upper80")[i], tol, level));
        CHECK(log.check("lower95", f.lower(k, 1), r.at("lower95")[i], tol, level));
        CHECK(log.check("upper95", f.upper(k, 1), r.at("upper95")[i], tol, level));
      }
      if (want_fit.count(key) != 0) {  // shipped for three series
        const auto& rf = want_fit.at(key);
        REQUIRE(static_cast<core::index>(rf.at("fitted").size()) == m.fitted.size());
        for (core::index t = 0; t < m.fitted.size(); ++t) {
          const auto i = static_cast<std::size_t>(t);
          const double level = scale(rf.at("fitted")[i]);
          CHECK(log.check("fitted", m.fitted[t], rf.at("fitted")[i], tol, level));
          CHECK(log.check("residual", m.residuals[t], rf.at("residual")[i], tol, level));
        }
      }
      ++compared;
    }
  }
  CHECK(compared == 7 * 4);
  MESSAGE(log.report(std::is_same_v<T, double> ? "double, max deviation from R"
                                               : "float, max deviation from R"));
}

TEST_CASE_TEMPLATE("baseline lead-time aggregates are exact sums over the error covariance", T,
                   double, float) {
  const core::vector<T> y = ref::to_vector<T>(ref::load_series().at("AirPassengers").train);
  for (const auto method : all_methods) {
    CAPTURE(fc::to_string(method));
    for (const core::index period : {1, 4, 12}) {
      const auto m = fc::fit_baseline(y, {.method = method, .period = period});
      const auto f = m.forecast(30, {T(0.9)});
      CHECK(f.aggregate == core::aggregate_method::exact);
      for (core::index L = 1; L <= f.horizon(); ++L) {
        const double want = covariance_sum(m, L);
        CHECK(static_cast<double>(f.cumulative_variance[L - 1]) ==
              doctest::Approx(want).epsilon(tolerance<T> * 10));
        // The one-step marginal is the diagonal term.
        if (L == 1)
          CHECK(static_cast<double>(f.sd[0] * f.sd[0]) == doctest::Approx(want).epsilon(1e-5));
      }
      CHECK(f.cumulative_mean[29] == doctest::Approx(static_cast<double>(f.mean.sum())));
      CHECK(f.lead_time_demand(12).sd > 0);
    }
  }
}

TEST_CASE("baseline aggregates match the simulated variance of summed forecast errors") {
  // Simulate the models the baselines assume with known parameters, fit on n values, and compare
  // the sample variance of (sum of actual - forecast over steps 1..L) with the aggregate computed
  // from the true parameters (sigma = 1; drift_se = sigma / sqrt(n - 1); mean: n values).
  // 20000 replications: the relative standard error of a variance estimate is sqrt(2 / 20000),
  // 1 %, so 6 % is about six standard errors.
  constexpr int reps = 20000;
  constexpr core::index n = 24;
  constexpr core::index h = 8;
  std::mt19937_64 rng{20240607};
  for (const auto method : all_methods) {
    CAPTURE(fc::to_string(method));
    const core::index lag = method == fc::baseline_method::seasonal_naive ? 4 : 1;
    std::vector<double> sums(reps);
    core::vector<double> path(n + h);
    for (int r = 0; r < reps; ++r) {
      for (core::index t = 0; t < n + h; ++t) {
        const double e = core::standard_normal(rng);
        if (method == fc::baseline_method::mean)
          path[t] = 10 + e;
        else
          path[t] = (t >= lag ? path[t - lag] : 0.0) + e +
                    (method == fc::baseline_method::drift ? 0.5 : 0.0);
      }
      const auto m = fc::fit_baseline(path.head(n), {.method = method, .period = lag});
      const auto f = m.forecast(h, {});
      sums[static_cast<std::size_t>(r)] = (path.tail(h) - f.mean).sum();
    }
    double mean = 0;
    for (const double s : sums)
      mean += s / reps;
    double var = 0;
    for (const double s : sums)
      var += (s - mean) * (s - mean) / (reps - 1);
    fc::baseline_fit<double> truth;
    truth.method = method;
    truth.lag = lag;
    truth.size = n;
    truth.sigma2 = 1;
    truth.drift_se = method == fc::baseline_method::drift ? 1 / std::sqrt(double(n - 1)) : 0;
    truth.origin = core::vector<double>::Zero(std::max<core::index>(lag, 1));
    const double want = truth.forecast(h, {}).cumulative_variance[h - 1];
    CHECK(var == doctest::Approx(want).epsilon(0.06));
  }
}

TEST_CASE("baselines follow lagwalk's missing-value rules") {
  const double nan = core::missing();
  // Seasonal naive, period 3. y[1] (first cycle) stays missing, y[5] takes y[2], and the origin's
  // missing y[7] takes y[4].
  const core::vector<double> y{{1, nan, 3, 4, 5, nan, 7, nan, 9}};
  const auto m = fc::fit_baseline(y, {.method = fc::baseline_method::seasonal_naive, .period = 3});
  CHECK(std::isnan(m.fitted[4]));  // from the unfilled y[1]
  CHECK(m.fitted[8] == 3.0);       // y[5] filled from y[2]
  CHECK(m.origin[1] == 5.0);       // y[7] filled from y[4]
  CHECK(std::isnan(m.residuals[5]));
  // Non-missing residuals: y[3] - y[0] = 3, y[6] - y[3] = 3, y[8] - filled y[5] = 6.
  CHECK(m.sigma2 == doctest::Approx((9.0 + 9.0 + 36.0) / 3.0));
  const auto f = m.forecast(4, {0.95});
  CHECK(f.mean[0] == 7.0);
  CHECK(f.mean[1] == 5.0);
  CHECK(f.mean[3] == 7.0);
  // The mean method uses the observed values but R's n counts all 9 values.
  const auto mm = fc::fit_baseline(y, {.method = fc::baseline_method::mean});
  CHECK(mm.origin[0] == doctest::Approx(29.0 / 6.0));
  CHECK(mm.size == 9);
  CHECK(mm.forecast(1, {}).sd[0] == doctest::Approx(std::sqrt(mm.sigma2 * (1 + 1.0 / 9))));
  // A season position never observed cannot be forecast.
  const core::vector<double> gap{{1, nan, 3, 4, nan, 6}};
  CHECK_THROWS_WITH_AS(
      (void)fc::fit_baseline(gap, {.method = fc::baseline_method::seasonal_naive, .period = 3}),
      doctest::Contains("expected an observation at each season position"), core::invalid_input);
}

TEST_CASE_TEMPLATE("baseline quantiles, options and value semantics", T, double, float) {
  const core::vector<T> y{{T(3), T(5), T(4), T(6), T(8), T(7), T(9), T(11)}};
  const auto mean_fit = fc::fit_baseline(y, {.method = fc::baseline_method::mean});
  const auto fm = mean_fit.forecast(3, {T(0.8)}, {T(0.1), T(0.9)});
  // meanf's quantiles use the same Student t as its intervals.
  CHECK(fm.quantiles(0, 1) == doctest::Approx(fm.upper(0, 0)));
  CHECK(fm.quantiles(2, 0) == doctest::Approx(fm.lower(2, 0)));
  CHECK(fm.upper(0, 0) - fm.mean[0] > T(1.2815515655446004) * fm.sd[0]);  // t is wider than z
  const auto drift_fit = fc::fit_baseline(y, {.method = fc::baseline_method::drift});
  CHECK(drift_fit.drift == doctest::Approx(8.0 / 7.0));
  const auto fd = drift_fit.forecast(2, {T(0.8)}, {T(0.9)});
  CHECK(fd.quantiles(1, 0) == doctest::Approx(fd.upper(1, 0)));
  // time_series: seasonal naive takes its period unless the options set one.
  const core::time_series<T> ts(y, 4);
  CHECK(fc::fit_baseline(ts, {.method = fc::baseline_method::seasonal_naive}).lag == 4);
  CHECK(fc::fit_baseline(ts, {.method = fc::baseline_method::seasonal_naive, .period = 2}).lag ==
        2);
  CHECK(fc::fit_baseline(y, {.method = fc::baseline_method::seasonal_naive}).lag == 1);
  // Results are values: copies compare equal, refits of other data do not.
  const auto copy = drift_fit;
  CHECK(copy == drift_fit);
  CHECK_FALSE(copy == mean_fit);
  CHECK(fc::to_string(fc::baseline_method::seasonal_naive) == "seasonal_naive");
  CHECK(fc::to_string(fc::baseline_method::drift) == "drift");
  CHECK(fc::to_string(fc::baseline_method::mean) == "mean");
  CHECK(fc::to_string(fc::baseline_method::naive) == "naive");
}

TEST_CASE_TEMPLATE("baselines reject bad input with clear errors", T, double, float) {
  const T nan = core::missing<T>();
  const core::vector<T> y{{T(1), T(2), T(3)}};
  CHECK_THROWS_WITH_AS((void)fc::fit_baseline(core::vector<T>()),
                       "forecast::fit_baseline: y is empty; expected a history",
                       core::invalid_input);
  CHECK_THROWS_AS(
      (void)fc::fit_baseline(core::vector<T>{{T(1), std::numeric_limits<T>::infinity()}}),
      core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)fc::fit_baseline(core::vector<T>{{T(1), nan}}, {.method = fc::baseline_method::mean}),
      "forecast::fit_baseline: y has 1 observed values; the mean method needs at least 2",
      core::invalid_input);
  CHECK_THROWS_AS((void)fc::fit_baseline(core::vector<T>{{T(1)}}), core::invalid_input);
  CHECK_THROWS_AS(
      (void)fc::fit_baseline(core::vector<T>{{T(1), T(2)}}, {.method = fc::baseline_method::drift}),
      core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)fc::fit_baseline(y, {.method = fc::baseline_method::seasonal_naive, .period = 3}),
      "forecast::fit_baseline: y has 3 values; seasonal_naive with lag 3 needs at least 4",
      core::invalid_input);
  CHECK_THROWS_AS((void)fc::fit_baseline(y, {.period = -1}), core::invalid_input);
  CHECK_NOTHROW(fc::validate(fc::baseline_options{.method = fc::baseline_method::drift}));
  CHECK_THROWS_WITH_AS(fc::validate(fc::baseline_options{.period = -2}),
                       "forecast::validate(baseline_options): period is -2; expected period >= 0 "
                       "(0: from the series)",
                       core::invalid_input);
  CHECK_THROWS_AS((void)fc::fit_baseline(y, {.method = static_cast<fc::baseline_method>(7)}),
                  core::invalid_input);
  const auto m = fc::fit_baseline(y);
  CHECK_THROWS_WITH_AS((void)m.forecast(0, {T(0.9)}),
                       "forecast::baseline_fit::forecast: h is 0; expected h >= 1",
                       core::invalid_input);
  CHECK_THROWS_AS((void)m.forecast(3, {T(95)}), core::invalid_input);
  CHECK_THROWS_AS((void)m.forecast(3, {T(0.9)}, {T(0)}), core::invalid_input);
  // A default-constructed (never fitted) value has lag 0 and no origin: an error, not a
  // division by zero.
  CHECK_THROWS_WITH_AS((void)fc::baseline_fit<T>{}.forecast(3, {T(0.9)}),
                       doctest::Contains("forecast::baseline_fit::forecast: the fit is "
                                         "inconsistent (method naive, lag 0, size 0, 0 origin"),
                       core::invalid_input);
  auto edited = fc::fit_baseline(y, {.method = fc::baseline_method::mean});
  edited.origin.resize(0);
  CHECK_THROWS_AS((void)edited.forecast(3, {T(0.9)}), core::invalid_input);
}

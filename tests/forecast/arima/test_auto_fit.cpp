// SPDX-License-Identifier: Apache-2.0
// Tests of forecast/arima/auto_fit.hpp: the unit-root tests and the order search against R
// forecast 8.20's auto.arima on the classic series (tests/reference/arima/auto_classic.csv,
// made by make_reference.R), options, cancellation and bad input.
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include <foresight/forecast/arima/auto_fit.hpp>

#include "forecast/arima/reference.hpp"
#include "support/test_support.hpp"

namespace arima = foresight::forecast::arima;
namespace core = foresight::core;
namespace ref = foresight::test::arima_reference;

namespace {
struct auto_row {
  std::string name, transform, constant;
  int p, d, q, sp, sd, sq;
  core::index m;
  double aicc, strength;
};

std::vector<auto_row> load_auto() {
  const auto t = foresight::test::read_simple_csv(
      foresight::test::source_path("reference/arima/auto_classic.csv"));
  std::vector<auto_row> out;
  for (const auto& r : t.rows) {
    using foresight::test::parse_number;
    out.push_back({r[0], r[1], r[9], std::stoi(r[2]), std::stoi(r[3]), std::stoi(r[4]),
                   std::stoi(r[5]), std::stoi(r[6]), std::stoi(r[7]), std::stoi(r[8]),
                   parse_number(r[10]), parse_number(r[11])});
  }
  return out;
}

core::vector<double> series_of(const std::map<std::string, std::vector<double>>& s,
                               const auto_row& r) {
  const auto& v = s.at(r.name);
  core::vector<double> y(static_cast<core::index>(v.size()));
  for (std::size_t i = 0; i < v.size(); ++i)
    y[static_cast<core::index>(i)] = r.transform == "log" ? std::log(v[i]) : v[i];
  return y;
}
}  // namespace

TEST_CASE("arima::auto_fit picks the same model as R auto.arima on the classic series") {
  const auto series = ref::load_series();
  int agree = 0;
  int total = 0;
  for (const auto& r : load_auto()) {
    CAPTURE(r.name);
    CAPTURE(r.transform);
    const core::vector<double> y = series_of(series, r);
    const arima::model m = arima::auto_fit(y, {.seasonal_period = r.m});
    const std::string cst = m.spec.trend == arima::trend_terms::constant ? "mean"
                            : m.spec.trend == arima::trend_terms::linear ? "drift"
                                                                         : "none";
    ++total;
    // R 4.2.2, forecast 8.20: auto.arima(ts(y, frequency = m)) with all defaults.
    const bool same = m.spec.order == arima::pdq{r.p, r.d, r.q} && m.spec.seasonal.p == r.sp &&
                      m.spec.seasonal.d == r.sd && m.spec.seasonal.q == r.sq && cst == r.constant;
    CHECK(same);
    if (same) {
      ++agree;
      CHECK(m.aicc == doctest::Approx(r.aicc).epsilon(1e-4));
    }
    if (r.m > 1) {
      // R: forecast:::seas.heuristic(y) (mstl / stl with s.window = 11).
      CHECK(m.search.seasonal_strength == doctest::Approx(r.strength).epsilon(1e-6));
    }
  }
  MESSAGE("auto_fit agrees with auto.arima on " << agree << " of " << total << " series");
}

TEST_CASE("arima::ndiffs and arima::nsdiffs follow forecast's tests") {
  const auto s = ref::load_series();
  auto get = [&](const std::string& n) {
    const auto& v = s.at(n);
    return core::vector<double>(
        Eigen::Map<const core::vector<double>>(v.data(), static_cast<core::index>(v.size())));
  };
  // R 4.2.2, forecast 8.20: ndiffs(Nile) = 1, ndiffs(lh) = 0, nsdiffs(AirPassengers) = 1
  CHECK(arima::ndiffs(get("Nile")) == 1);
  CHECK(arima::ndiffs(get("lh")) == 0);
  CHECK(arima::nsdiffs(get("AirPassengers"), 12) == 1);
  CHECK(arima::nsdiffs(get("AirPassengers"), 1) == 0);
  CHECK(arima::ndiffs(core::vector<double>::Constant(10, 1.0)) == 0);
  CHECK_THROWS_AS((void)arima::ndiffs(get("lh"), -1), core::invalid_input);
  CHECK_THROWS_AS((void)arima::nsdiffs(get("AirPassengers"), 12, -1), core::invalid_input);
}

TEST_CASE("arima::auto_fit treats near-constant series as R's is.constant does") {
  // One value differs by 1e-6 relative: all.equal sees a mean relative difference of 1e-6 over
  // the differing values, so the series is not constant.
  core::vector<double> y = core::vector<double>::Ones(60);
  y[59] = 1 + 1e-6;
  // R 4.2.2, forecast 8.20: auto.arima(c(rep(1, 59), 1 + 1e-6)) -> ARIMA(0,0,0) with non-zero
  // mean (intercept 1), AICc -1730.047.
  const arima::model m = arima::auto_fit(y);
  CHECK(m.spec.order == arima::pdq{0, 0, 0});
  CHECK(m.spec.trend == arima::trend_terms::constant);
  CHECK(m.aicc == doctest::Approx(-1730.047).epsilon(1e-6));
  CHECK(arima::ndiffs(y) == 0);
}

TEST_CASE("arima::auto_fit exhaustive search and options") {
  const auto s = ref::load_series();
  const auto& v = s.at("lh");
  const core::vector<double> y = Eigen::Map<const core::vector<double>>(v.data(), 48);
  // R 4.2.2, forecast 8.20: auto.arima(lh, stepwise = FALSE, approximation = FALSE)
  // -> ARIMA(0,0,2) with non-zero mean, AICc 63.990794 (../shared/data/reference).
  const arima::model m =
      arima::auto_fit(y, {.stepwise = false, .approximation = arima::approximation_mode::never});
  CHECK(m.spec.order == arima::pdq{0, 0, 2});
  CHECK(m.spec.trend == arima::trend_terms::constant);
  CHECK(m.aicc == doctest::Approx(63.990794).epsilon(1e-6));
  CHECK(m.search.trace.size() > 20);
  const arima::model approx =
      arima::auto_fit(y, {.approximation = arima::approximation_mode::always});
  CHECK(approx.search.approximation);
  CHECK(std::isfinite(approx.aicc));
  const arima::model given = arima::auto_fit(y, {.d = 1});
  CHECK(given.spec.order.d == 1);
}

TEST_CASE("arima::auto_fit can be cancelled and rejects bad input") {
  const auto s = ref::load_series();
  const auto& v = s.at("WWWusage");
  const core::vector<double> y = Eigen::Map<const core::vector<double>>(v.data(), 100);
  int calls = 0;
  const arima::model m = arima::auto_fit(y, {.on_progress = [&](const core::progress& p) {
                                           ++calls;
                                           CHECK(p.stage == "auto_fit");
                                           return false;
                                         }});
  CHECK(m.info.status == core::fit_status::cancelled);
  CHECK(calls == 1);
  CHECK_THROWS_AS((void)arima::auto_fit(core::vector<double>()), core::invalid_input);
  CHECK_THROWS_AS((void)arima::auto_fit(core::vector<double>::Constant(30, 2.0)),
                  core::invalid_input);
  CHECK_THROWS_AS((void)arima::auto_fit(y, {.seasonal_period = 0}), core::invalid_input);
  CHECK_THROWS_AS((void)arima::auto_fit(y.head(2)), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)arima::auto_fit(core::vector<double>::Constant(12, std::nan(""))),
      "forecast::arima::auto_fit: y has no non-missing value (all 12 are NaN); expected observed "
      "values",
      core::invalid_input);
  core::vector<double> inf = y;
  inf[7] = -std::numeric_limits<double>::infinity();
  CHECK_THROWS_WITH_AS((void)arima::auto_fit(inf),
                       "forecast::arima::auto_fit: y[7] is -inf; expected finite values or NaN "
                       "(missing)",
                       core::invalid_input);
}

TEST_CASE("arima::auto_fit combination averages the candidates with Akaike weights") {
  const auto s = ref::load_series();
  const auto& v = s.at("USAccDeaths");
  const core::vector<double> y = Eigen::Map<const core::vector<double>>(v.data(), 72);
  const arima::model single = arima::auto_fit(y, {.seasonal_period = 12});
  CHECK(single.members.empty());
  const arima::model m =
      arima::auto_fit(y, {.seasonal_period = 12, .combine = arima::combination::akaike});
  REQUIRE(m.members.size() >= 2);
  double total = 0;
  for (const double w : m.combination_weights)
    total += w;
  CHECK(total == doctest::Approx(1.0));
  const core::forecast<double> f = m.forecast(6);
  core::vector<double> mix = core::vector<double>::Zero(6);
  for (std::size_t i = 0; i < m.members.size(); ++i) {
    mix += m.combination_weights[i] * m.members[i].forecast(6).mean;
    // Akaike weights: exp(-Δ/2) relative to the best member, all within the window of 4.
    CHECK(m.members[i].aicc <= single.aicc + 4.0 + 1e-3);
  }
  CHECK((f.mean - mix).cwiseAbs().maxCoeff() < 1e-9);
  CHECK(f.aggregate == core::aggregate_method::exact);
  CHECK(arima::to_string(arima::combination::akaike) == "akaike");
  // Candidates ranked by the CSS approximation are not combined; a note says so.
  const arima::model approx =
      arima::auto_fit(y, {.seasonal_period = 12,
                          .approximation = arima::approximation_mode::always,
                          .combine = arima::combination::akaike});
  CHECK(approx.members.empty());
  REQUIRE(approx.notes.size() == 1);
  CHECK(approx.notes[0].find("approximation") != std::string::npos);
  CHECK_THROWS_AS((void)arima::auto_fit(y, {.combination_window = 0}), core::invalid_input);
  arima::auto_options bad;
  bad.combine = static_cast<arima::combination>(2);
  CHECK_THROWS_WITH_AS((void)arima::auto_fit(y, bad),
                       "forecast::arima::auto_fit: combine is 2; expected none or akaike",
                       core::invalid_input);
  bad = {};
  bad.ic = static_cast<arima::criterion>(3);
  CHECK_THROWS_AS((void)arima::auto_fit(y, bad), core::invalid_input);
  bad = {};
  bad.approximation = static_cast<arima::approximation_mode>(3);
  CHECK_THROWS_AS((void)arima::auto_fit(y, bad), core::invalid_input);
  // Appending updates every member, so the mixture follows the new data.
  const arima::model early =
      arima::auto_fit(y.head(66), {.seasonal_period = 12, .combine = arima::combination::akaike});
  REQUIRE(early.members.size() >= 2);
  const arima::model appended = early.append(y.tail(6));
  core::vector<double> mix_after = core::vector<double>::Zero(6);
  for (std::size_t i = 0; i < appended.members.size(); ++i) {
    CHECK(appended.members[i].n_observations == 72);
    mix_after += appended.combination_weights[i] * appended.members[i].forecast(6).mean;
  }
  CHECK((appended.forecast(6).mean - mix_after).cwiseAbs().maxCoeff() < 1e-9);
  CHECK((appended.forecast(6).mean - early.forecast(12).mean.tail(6)).cwiseAbs().maxCoeff() > 1.0);
  // Simulation draws each path from one member: its moments are the mixture's.
  std::mt19937_64 rng{11};
  const core::matrix<double> paths = m.simulate(6, 4000, rng);
  for (core::index h = 0; h < 6; ++h) {
    const double mean = paths.row(h).mean();
    const double sd = std::sqrt((paths.row(h).array() - mean).square().sum() / 3999.0);
    CHECK(std::abs(mean - f.mean[h]) < 4 * f.sd[h] / std::sqrt(4000.0));
    CHECK(sd == doctest::Approx(f.sd[h]).epsilon(0.08));
  }
}

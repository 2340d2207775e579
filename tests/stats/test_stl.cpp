// SPDX-License-Identifier: Apache-2.0
// Tests of stats/stl.hpp against R's stl (R 4.2.2, s.window = 11).
#include <cmath>
#include <string>

#include <doctest/doctest.h>

#include <foresight/stats/stl.hpp>

#include "stats/reference.hpp"

namespace stats = foresight::stats;
namespace core = foresight::core;
namespace ref = foresight::test::stats_reference;

TEST_CASE_TEMPLATE("stats::stl matches R stl on log AirPassengers", Scalar, float, double) {
  const double tol = std::is_same_v<Scalar, float> ? 1e-4 : 1e-10;
  const core::vector<Scalar> y = ref::series<Scalar>("AirPassengers").array().log().matrix();
  const auto d = stats::stl<Scalar>(y, 12);
  for (const int i : {1, 2, 7, 70, 143, 144}) {
    // R 4.2.2: stl(ts(log(AirPassengers), frequency = 12), s.window = 11)
    CHECK(static_cast<double>(d.seasonal[i - 1]) ==
          doctest::Approx(ref::value("stl_log_airpass", "seasonal" + std::to_string(i)))
              .epsilon(tol));
    CHECK(static_cast<double>(d.trend[i - 1]) ==
          doctest::Approx(ref::value("stl_log_airpass", "trend" + std::to_string(i))).epsilon(tol));
  }
  CHECK(static_cast<double>((y - d.seasonal - d.trend - d.remainder).cwiseAbs().maxCoeff()) < 1e-4);
}

TEST_CASE("stats::stl robust iterations match R stl(robust = TRUE)") {
  const core::vector<double> y = ref::series<double>("AirPassengers").array().log().matrix();
  const auto d = stats::stl<double>(y, 12, {.inner = 1, .outer = 15});
  for (const int i : {1, 70, 144}) {
    // R 4.2.2: stl(ts(log(AirPassengers), frequency = 12), s.window = 11, robust = TRUE)
    CHECK(d.trend[i - 1] ==
          doctest::Approx(ref::value("stl_log_airpass_robust", "trend" + std::to_string(i)))
              .epsilon(1e-9));
  }
}

TEST_CASE("stats::seasonal_strength and bad input") {
  const core::vector<double> y = ref::series<double>("AirPassengers").array().log().matrix();
  // R 4.2.2, forecast 8.20: forecast:::seas.heuristic(log(AirPassengers)) (auto_classic.csv)
  CHECK(stats::seasonal_strength<double>(y, 12) == doctest::Approx(0.964453970045).epsilon(1e-9));
  CHECK_THROWS_AS((void)stats::stl<double>(y.head(24), 12), core::invalid_input);
  CHECK_THROWS_AS((void)stats::stl<double>(y, 1), core::invalid_input);
  core::vector<double> bad = y;
  bad[3] = std::nan("");
  CHECK_THROWS_AS((void)stats::stl<double>(bad, 12), core::invalid_input);
}

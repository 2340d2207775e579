// SPDX-License-Identifier: Apache-2.0
// Tests of stats/ljung_box.hpp against R's Box.test (R 4.2.2).
#include <cmath>

#include <doctest/doctest.h>

#include <foresight/stats/ljung_box.hpp>

#include "stats/reference.hpp"

namespace stats = foresight::stats;
namespace core = foresight::core;
namespace ref = foresight::test::stats_reference;

TEST_CASE_TEMPLATE("stats::ljung_box matches R Box.test", Scalar, float, double) {
  const double tol = std::is_same_v<Scalar, float> ? 1e-5 : 1e-10;
  const core::vector<Scalar> x = ref::series<Scalar>("lh");
  const auto t = stats::ljung_box<Scalar>(x, 10, 1);
  // R 4.2.2: Box.test(lh, lag = 10, type = "Ljung-Box", fitdf = 1)
  CHECK(t.statistic == doctest::Approx(ref::value("ljung_box_lh", "statistic")).epsilon(tol));
  CHECK(t.p_value == doctest::Approx(ref::value("ljung_box_lh", "p_value")).epsilon(100 * tol));
  CHECK(t.degrees_of_freedom == 9);
}

TEST_CASE("stats::ljung_box with missing values matches R Box.test") {
  core::vector<double> x = ref::series<double>("lh");
  x[4] = std::nan("");
  x[19] = std::nan("");
  const auto t = stats::ljung_box<double>(x, 10, 1);
  // R 4.2.2: lh[c(5, 20)] <- NA; Box.test(lh, lag = 10, type = "Ljung-Box", fitdf = 1)
  CHECK(t.statistic == doctest::Approx(ref::value("ljung_box_lh_na", "statistic")).epsilon(1e-10));
  CHECK(t.p_value == doctest::Approx(ref::value("ljung_box_lh_na", "p_value")).epsilon(1e-8));
}

TEST_CASE("stats::ljung_box rejects bad lags") {
  const core::vector<double> x = ref::series<double>("lh");
  CHECK_THROWS_AS((void)stats::ljung_box<double>(x, 0), core::invalid_input);
  CHECK_THROWS_AS((void)stats::ljung_box<double>(x, 3, 3), core::invalid_input);
  CHECK_THROWS_AS((void)stats::ljung_box<double>(x.head(5), 10), core::invalid_input);
}

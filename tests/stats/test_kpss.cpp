// SPDX-License-Identifier: Apache-2.0
// Tests of stats/kpss.hpp against urca::ur.kpss (as forecast 8.20's ndiffs calls it).
#include <cmath>
#include <string>

#include <doctest/doctest.h>

#include <foresight/stats/kpss.hpp>

#include "stats/reference.hpp"

namespace stats = foresight::stats;
namespace core = foresight::core;
namespace ref = foresight::test::stats_reference;

TEST_CASE_TEMPLATE("stats::kpss matches urca ur.kpss", Scalar, float, double) {
  const double tol = std::is_same_v<Scalar, float> ? 1e-4 : 1e-10;
  const core::vector<Scalar> nile = ref::series<Scalar>("Nile");
  const core::vector<Scalar> huron = ref::series<Scalar>("LakeHuron");
  const core::vector<Scalar> ap = ref::series<Scalar>("AirPassengers");
  const core::vector<Scalar> dap = (ap.tail(ap.size() - 1) - ap.head(ap.size() - 1)).eval();
  // urca: ur.kpss(x, type = "mu" | "tau", use.lag = trunc(3 * sqrt(n) / 13))
  const auto k1 = stats::kpss<Scalar>(nile);
  CHECK(k1.statistic == doctest::Approx(ref::value("kpss_level_nile", "statistic")).epsilon(tol));
  CHECK(k1.lags == 2);
  CHECK(k1.p_value == 0.01);
  const auto k2 = stats::kpss<Scalar>(huron);
  CHECK(k2.statistic == doctest::Approx(ref::value("kpss_level_huron", "statistic")).epsilon(tol));
  const auto k3 = stats::kpss<Scalar>(dap);
  CHECK(k3.statistic ==
        doctest::Approx(ref::value("kpss_level_diff_airpass", "statistic")).epsilon(tol));
  CHECK(k3.p_value == 0.1);
  const auto k4 = stats::kpss<Scalar>(nile, {.type = stats::kpss_type::trend});
  CHECK(k4.statistic == doctest::Approx(ref::value("kpss_trend_nile", "statistic")).epsilon(tol));
  // 0.296 lies between the 2.5% (0.176) and 1% (0.216)... above 0.216: clamped to 0.01.
  CHECK(k4.p_value == 0.01);
}

TEST_CASE("stats::kpss interpolates the p-value and rejects bad input") {
  // A statistic of exactly 0.463 gives p = 0.05; check the interpolation on a constructed value
  // through the lag option: lags = 0 uses the plain variance.
  core::vector<double> x(5);
  x << 1, 2, 3, 4, 5;
  const auto k = stats::kpss<double>(x, {.lags = 0});
  // S = (-2, -3, -3, -2, 0): Σ S² / n² = 26 / 25; σ² = 10 / 5 = 2 -> 0.52
  CHECK(k.statistic == doctest::Approx(0.52));
  CHECK(k.p_value == doctest::Approx(0.05 + (0.025 - 0.05) * (0.52 - 0.463) / (0.574 - 0.463)));
  CHECK_THROWS_AS((void)stats::kpss<double>(x.head(2)), core::invalid_input);
  x[1] = std::nan("");
  CHECK_THROWS_AS((void)stats::kpss<double>(x), core::invalid_input);
}

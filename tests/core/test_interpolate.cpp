// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

#include <foresight/core/interpolate.hpp>

#include "reference/core/reference_data.hpp"

namespace core = foresight::core;
namespace ref = foresight::test::reference;

// Tolerances. double: 1e-12 relative to max(1, |R|), the formula of R's approx evaluated in the
// same order. float: one interpolation step in float on values rounded to float: 1e-6.
template <typename T>
constexpr double tolerance = 1e-12;
template <>
constexpr double tolerance<float> = 1e-6;

TEST_CASE_TEMPLATE("interpolate_linear and interpolate_seasonal match R's approx(rule = 2)", T,
                   double, float) {
  // R 4.2.2: approx(which(!is.na(y)), y[!is.na(y)], xout = seq_along(y), rule = 2), and the same
  // within each season position for the seasonal variant (tests/reference/core/
  // baselines_metrics.R); four series with interior, leading and trailing gaps.
  const auto want = ref::load_grouped("preprocessing_interp.csv", {"series"},
                                      {"period", "value", "linear", "seasonal"});
  REQUIRE(want.size() == 4);
  ref::deviation_log log;
  int filled = 0;
  for (const auto& [name, cols] : want) {
    CAPTURE(name);
    const core::vector<T> y = ref::to_vector<T>(cols.at("value"));
    const auto period = static_cast<core::index>(cols.at("period")[0]);
    const core::vector<T> lin = core::interpolate_linear(y);
    const core::vector<T> sea = core::interpolate_seasonal(y, period);
    for (core::index i = 0; i < y.size(); ++i) {
      const auto k = static_cast<std::size_t>(i);
      CHECK(log.check("linear", lin[i], cols.at("linear")[k], tolerance<T>));
      CHECK(log.check("seasonal", sea[i], cols.at("seasonal")[k], tolerance<T>));
      if (!std::isnan(y[i])) {
        CHECK(lin[i] == y[i]);  // observed values are kept exactly
        CHECK(sea[i] == y[i]);
      } else {
        ++filled;
      }
    }
  }
  CHECK(filled > 20);
  MESSAGE(log.report(std::is_same_v<T, double> ? "double, max deviation from R"
                                               : "float, max deviation from R"));
}

TEST_CASE_TEMPLATE("seasonal interpolation keeps the seasonal shape that linear flattens", T,
                   double, float) {
  const T nan = core::missing<T>();
  // Period 4 with a linear trend: 10 + t + season {0, 8, -4, 2}. The two missing values are
  // reconstructed exactly by the seasonal variant; the linear one misses them.
  core::vector<T> truth(12);
  const T season[4] = {T(0), T(8), T(-4), T(2)};
  for (core::index t = 0; t < 12; ++t)
    truth[t] = T(10) + T(t) + season[t % 4];
  core::vector<T> y = truth;
  y[5] = nan;
  y[6] = nan;
  const core::vector<T> sea = core::interpolate_seasonal(y, 4);
  CHECK(sea[5] == doctest::Approx(static_cast<double>(truth[5])));
  CHECK(sea[6] == doctest::Approx(static_cast<double>(truth[6])));
  const core::vector<T> lin = core::interpolate_linear(y);
  CHECK(std::abs(lin[5] - truth[5]) > T(1));
  // Period 1 is linear interpolation.
  CHECK(core::interpolate_seasonal(y, 1) == lin);
  // Nothing missing: unchanged.
  CHECK(core::interpolate_linear(truth) == truth);
  // A series shorter than the period needs only the positions it has.
  const core::vector<T> short_y{{T(1), nan, T(3)}};
  CHECK_THROWS_AS((void)core::interpolate_seasonal(short_y, 12), core::invalid_input);
  CHECK(core::interpolate_seasonal(core::vector<T>{{T(1), T(3)}}, 12) ==
        core::vector<T>{{T(1), T(3)}});
}

TEST_CASE_TEMPLATE("interpolation rejects bad input with clear errors", T, double, float) {
  const T nan = core::missing<T>();
  CHECK_THROWS_WITH_AS((void)core::interpolate_linear(core::vector<T>::Constant(3, nan)),
                       "core::interpolate_linear: y has no observed value; expected at least one",
                       core::invalid_input);
  CHECK_THROWS_AS((void)core::interpolate_linear(core::vector<T>()), core::invalid_input);
  CHECK_THROWS_AS(
      (void)core::interpolate_linear(core::vector<T>{{T(1), std::numeric_limits<T>::infinity()}}),
      core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)core::interpolate_seasonal(core::vector<T>{{T(1), nan, T(3), nan, T(5), nan}}, 2),
      "core::interpolate_seasonal: season position 1 (values 1, 3, ...) has no observed value; "
      "expected at least one per position",
      core::invalid_input);
  CHECK_THROWS_AS((void)core::interpolate_seasonal(core::vector<T>{{T(1)}}, 0),
                  core::invalid_input);
  // A period longer than the series: every position holds one value (no overflow in the strides).
  const core::index huge = std::numeric_limits<core::index>::max();
  const core::vector<T> short_gap{{T(1), nan, T(3)}};
  CHECK_THROWS_WITH_AS((void)core::interpolate_seasonal(short_gap, huge),
                       "core::interpolate_seasonal: season position 1 (value 1 only) has no "
                       "observed value; expected at least one per position",
                       core::invalid_input);
  CHECK(core::interpolate_seasonal(core::vector<T>{{T(1), T(2)}}, huge) ==
        core::vector<T>{{T(1), T(2)}});
}

// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

#include <foresight/core/differencing.hpp>

#include "reference/core/reference_data.hpp"

namespace core = foresight::core;
namespace ref = foresight::test::reference;

// Tolerances. double: 1e-12 relative to max(1, |R|): the same additions in the same order as R's
// diff and diffinv. float: inputs (integers and one decimal) rounded to float, then up to three
// cumulative sums over 60 values of size ~1e3: 1e-5 of max(1, |R|, level of the series).
template <typename T>
constexpr double tolerance = 1e-12;
template <>
constexpr double tolerance<float> = 1e-5;

TEST_CASE_TEMPLATE("difference, inverse_difference and undifference_forecast match R", T, double,
                   float) {
  // R 4.2.2: diff(x, lag, differences), diffinv(diff, lag, differences, xi = head(x, lag * d)),
  // tail(diffinv(dforecast, lag, differences, xi = tail(history, lag * d)), h) on the first 60
  // values of each series (tests/reference/core/baselines_metrics.R).
  const auto series = ref::load_series();
  const auto want = ref::load_grouped("preprocessing_diff.csv",
                                      {"series", "lag", "differences", "kind"}, {"value"});
  struct order {
    const char* series;
    core::index lag;
    core::index d;
  };
  const order orders[] = {{"AirPassengers", 1, 1},  {"AirPassengers", 1, 2},
                          {"AirPassengers", 12, 1}, {"AirPassengers", 12, 2},
                          {"UKgas", 4, 1},          {"Nile", 1, 3}};
  ref::deviation_log log;
  const double tol = tolerance<T>;
  for (const auto& o : orders) {
    const std::string key =
        std::string(o.series) + "/" + std::to_string(o.lag) + "/" + std::to_string(o.d) + "/";
    CAPTURE(key);
    const core::vector<T> x = ref::to_vector<T>(series.at(o.series).train).head(60);
    const double level = std::is_same_v<T, float> ? x.cwiseAbs().maxCoeff() : 0.0;
    const core::vector<T> dx = core::difference(x, o.lag, o.d);
    const auto& rd = want.at(key + "diff").at("value");
    REQUIRE(dx.size() == static_cast<core::index>(rd.size()));
    for (core::index i = 0; i < dx.size(); ++i)
      CHECK(log.check("diff", dx[i], rd[static_cast<std::size_t>(i)], tol, level));

    const core::vector<T> back = core::inverse_difference(dx, x.head(o.lag * o.d), o.lag, o.d);
    const auto& rb = want.at(key + "diffinv").at("value");
    REQUIRE(back.size() == x.size());
    for (core::index i = 0; i < back.size(); ++i) {
      CHECK(log.check("diffinv", back[i], rb[static_cast<std::size_t>(i)], tol, level));
      CHECK(back[i] == doctest::Approx(x[i]).epsilon(tol * 10));  // the round trip
    }

    const core::vector<T> dfc = ref::to_vector<T>(want.at(key + "dforecast").at("value"));
    const core::index h = dfc.size();
    const core::vector<T> fc = core::undifference_forecast(dfc, x.head(60 - h), o.lag, o.d);
    const auto& rf = want.at(key + "forecast").at("value");
    REQUIRE(fc.size() == h);
    for (core::index i = 0; i < h; ++i)
      CHECK(log.check("undifference_forecast", fc[i], rf[static_cast<std::size_t>(i)], tol, level));
  }
  MESSAGE(log.report(std::is_same_v<T, double> ? "double, max deviation from R"
                                               : "float, max deviation from R"));
}

TEST_CASE_TEMPLATE("differencing propagates NaN as R does", T, double, float) {
  const T nan = core::missing<T>();
  const core::vector<T> y{{T(1), T(4), nan, T(10), T(15), T(21)}};
  const core::vector<T> d = core::difference(y);
  CHECK(d[0] == T(3));
  CHECK(std::isnan(d[1]));
  CHECK(std::isnan(d[2]));
  CHECK(d[3] == T(5));
  // Seasonal lag 2: (NaN - 1), (10 - 4), (15 - NaN), (21 - 10).
  const core::vector<T> d2 = core::difference(y, 2);
  CHECK(std::isnan(d2[0]));
  CHECK(d2[1] == T(6));
  CHECK(d2[3] == T(11));
  // A NaN in x poisons the rest of its lag class in the inverse (cumulative sums).
  const core::vector<T> inv = core::inverse_difference(d2, y.head(2), 2);
  CHECK(std::isnan(inv[2]));
  CHECK(std::isnan(inv[4]));
  CHECK(inv[3] == T(10));
  CHECK(inv[5] == T(21));
  // Orders compose: differences = 2 is differencing twice.
  const core::vector<T> z{{T(1), T(2), T(4), T(7), T(11), T(16), T(22)}};
  CHECK(core::difference(z, 1, 2) == core::difference(core::difference(z)));
  CHECK(core::difference(z, 1, 2) == core::vector<T>::Ones(5));
}

TEST_CASE_TEMPLATE("differencing rejects bad input with clear errors", T, double, float) {
  const core::vector<T> y{{T(1), T(2), T(3), T(4)}};
  CHECK_THROWS_WITH_AS((void)core::difference(y, 0),
                       "core::difference: lag is 0; expected lag >= 1", core::invalid_input);
  CHECK_THROWS_AS((void)core::difference(y, 1, 0), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)core::difference(y, 2, 2),
                       "core::difference: y has 4 values; lag 2 and differences 2 need at least 5",
                       core::invalid_input);
  CHECK_THROWS_AS(
      (void)core::difference(core::vector<T>{{T(1), std::numeric_limits<T>::infinity()}}),
      core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)core::inverse_difference(y, y, 1, 2),
      "core::inverse_difference: initial has 4 values; expected lag * differences = 2",
      core::dimension_mismatch);
  CHECK_THROWS_AS((void)core::inverse_difference(y, y.head(1), 0), core::invalid_input);
  CHECK_THROWS_AS((void)core::undifference_forecast(y, y.head(1), 1, 2), core::invalid_input);
  core::vector<T> gap = y;
  gap[3] = core::missing<T>();
  CHECK_THROWS_WITH_AS((void)core::undifference_forecast(y, gap, 2),
                       "core::undifference_forecast: history[3] is missing; expected the last 2 "
                       "values to be observed",
                       core::invalid_input);
  CHECK_THROWS_AS((void)core::undifference_forecast(y, y, 1, 0), core::invalid_input);
  // lag * differences that does not fit in an index is rejected before it is computed.
  const core::index huge = std::numeric_limits<core::index>::max() / 2 + 7;
  CHECK_THROWS_WITH_AS((void)core::difference(y, huge, 3),
                       doctest::Contains("core::difference: lag 4611686018427387910 times "
                                         "differences 3 overflows"),
                       core::invalid_input);
  CHECK_THROWS_AS((void)core::inverse_difference(y, y.head(1), huge, 2), core::invalid_input);
  CHECK_THROWS_AS((void)core::undifference_forecast(y, y, huge, 2), core::invalid_input);
}

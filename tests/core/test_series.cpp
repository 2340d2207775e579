// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <vector>

#include <foresight/core/series.hpp>

namespace core = foresight::core;

TEST_CASE_TEMPLATE("time_series holds values, period and start label", Scalar, float, double) {
  const Scalar nan = core::missing<Scalar>();
  const core::time_series<Scalar> y(std::vector<Scalar>{1, 2, nan, 4}, 4, "2020 Q1");
  CHECK(y.size() == 4);
  CHECK(y.period() == 4);
  CHECK(y.start() == "2020 Q1");
  CHECK(y[1] == Scalar{2});
  CHECK(y.count_missing() == 1);
  CHECK(y.has_missing());
  const auto s = y.slice(1, 2);
  CHECK(s.size() == 2);
  CHECK(s.start().empty());
  CHECK(std::isnan(s[1]));
  CHECK(y.slice(0, 2).start() == "2020 Q1");
  CHECK(y == y);
  CHECK_FALSE(y == s);
}

TEST_CASE("time_series rejects invalid periods, infinities and bad slices") {
  CHECK_THROWS_WITH_AS(core::time_series<>(std::vector<double>{1, 2}, 0),
                       "core::time_series: seasonal period is 0; expected period >= 1 "
                       "(1: non-seasonal)",
                       core::invalid_input);
  CHECK_THROWS_AS(
      core::time_series<>(std::vector<double>{1, std::numeric_limits<double>::infinity()}),
      core::invalid_input);
  const core::time_series<> y(std::vector<double>{1, 2, 3});
  CHECK_THROWS_AS((void)y.slice(2, 2), core::invalid_input);
  CHECK(core::time_series<>().empty());
}

TEST_CASE("panel stores series of unequal length contiguously and finds them by id") {
  core::panel<double> p;
  p.reserve(2, 5);
  const core::vector<double> a{{1.0, 2.0, 3.0}};
  const core::vector<double> b{{5.0, core::missing()}};
  CHECK(p.add("A", a, 12, "2020-01") == 0);
  CHECK(p.add("B", core::time_series<>(b, 4)) == 1);
  CHECK(p.size() == 2);
  CHECK(p.total_observations() == 5);
  CHECK(p.length(0) == 3);
  CHECK(p.values(1)[0] == 5.0);
  CHECK(std::isnan(p.values(1)[1]));
  CHECK(p.period(1) == 4);
  CHECK(p.start(0) == "2020-01");
  CHECK(p.find("B").value() == 1);
  CHECK_FALSE(p.find("C").has_value());
  CHECK(p.series(0) == core::time_series<>(a, 12, "2020-01"));
  core::panel<double> q = p;
  CHECK(q == p);
}

TEST_CASE("panel rejects duplicate ids, bad periods and out-of-range indices") {
  core::panel<double> p;
  p.add("A", core::vector<double>{{1.0}});
  CHECK_THROWS_WITH_AS(p.add("A", core::vector<double>{{2.0}}),
                       "core::panel::add: series id 'A' is already in the panel; expected "
                       "unique ids",
                       core::invalid_input);
  CHECK_THROWS_AS(p.add("B", core::vector<double>{{2.0}}, -3), core::invalid_input);
  CHECK_THROWS_AS((void)p.values(1), core::invalid_input);
  CHECK_THROWS_AS((void)p.id(-1), core::invalid_input);
  CHECK(p.size() == 1);  // failed adds leave the panel unchanged
}

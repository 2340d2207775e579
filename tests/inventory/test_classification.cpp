// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include <foresight/inventory/classification.hpp>

namespace core = foresight::core;
namespace inv = foresight::inventory;

TEST_CASE("ABC classification by cumulative value share") {
  // Ten items; total 1000. Sorted: 500 (50%), 250 (75%), 100 (85%), 50 (90%), 40 (94%),
  // 30 (97%), 15, 10, 3, 2.
  core::vector<double> v(10);
  v << 40, 500, 3, 100, 250, 10, 50, 15, 30, 2;
  const auto r = inv::classify_abc<double>(v);
  using inv::abc_class;
  // A while the share before the item is < 80%: 500, 250, 100 (75% before it).
  CHECK(r.classes[1] == abc_class::a);
  CHECK(r.classes[4] == abc_class::a);
  CHECK(r.classes[3] == abc_class::a);
  // B while the share before it is < 95%: 50 (85%), 40 (90%), 30 (94%).
  CHECK(r.classes[6] == abc_class::b);
  CHECK(r.classes[0] == abc_class::b);
  CHECK(r.classes[8] == abc_class::b);
  CHECK(r.classes[7] == abc_class::c);
  CHECK(r.classes[2] == abc_class::c);
  CHECK(r.cumulative_share[3] == doctest::Approx(0.85));
  CHECK(r.share[1] == doctest::Approx(0.5));
  CHECK(inv::to_string(r.classes[1]) == "A");
}

TEST_CASE("XYZ classification by coefficient of variation and the class matrix") {
  core::matrix<double> demand(4, 3);
  demand << 10, 0, 1,  //
      10, 20, 9,       //
      11, 0, 1,        //
      9, 20, 9;
  const core::vector<double> cv = inv::coefficient_of_variation<double>(demand);
  CHECK(cv[0] == doctest::Approx(std::sqrt(2.0 / 3.0) / 10));
  CHECK(cv[1] == doctest::Approx(std::sqrt(400.0 / 3.0) / 10));
  const auto xyz = inv::classify_xyz<double>(cv);
  CHECK(xyz[0] == inv::xyz_class::x);
  CHECK(xyz[1] == inv::xyz_class::z);
  CHECK(xyz[2] == inv::xyz_class::y);  // mean 5, sd 4.62: cv 0.92
  const std::vector<inv::abc_class> abc{inv::abc_class::a, inv::abc_class::a, inv::abc_class::c};
  const auto m = inv::class_matrix(abc, xyz);
  CHECK(m[0][0] == 1);
  CHECK(m[0][2] == 1);
  CHECK(m[2][1] == 1);
  CHECK(m[1][1] == 0);
  core::matrix<double> zero = core::matrix<double>::Zero(3, 1);
  CHECK(std::isinf(inv::coefficient_of_variation<double>(zero)[0]));
}

TEST_CASE("classification rejects bad input with invalid_input naming the parameter") {
  core::vector<double> v(3);
  v << 1, -2, 3;
  CHECK_THROWS_WITH_AS((void)inv::classify_abc<double>(v), doctest::Contains("value[1] is -2"),
                       core::invalid_input);
  v << 1, 2, 3;
  CHECK_THROWS_WITH_AS((void)inv::classify_abc<double>(v, {.a_share = 0.9, .b_share = 0.8}),
                       doctest::Contains("expected a_share < b_share"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::classify_abc<double>(v, {.a_share = 1.2}),
                       doctest::Contains("a_share is 1.2"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::classify_abc<double>(core::vector<double>::Zero(3)),
                       doctest::Contains("sum to 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::classify_xyz<double>(v, {.x_limit = 2, .y_limit = 1}),
                       doctest::Contains("expected x_limit < y_limit"), core::invalid_input);
  core::vector<double> bad(1);
  bad << std::nan("");
  CHECK_THROWS_WITH_AS((void)inv::classify_xyz<double>(bad), doctest::Contains("cv[0] is nan"),
                       core::invalid_input);
  CHECK_THROWS_AS((void)inv::coefficient_of_variation<double>(core::matrix<double>::Zero(1, 2)),
                  core::invalid_input);
  CHECK_THROWS_AS((void)inv::class_matrix({inv::abc_class::a}, {}), core::dimension_mismatch);
}

TEST_CASE("option validation") {
  CHECK_NOTHROW(inv::validate(inv::abc_options<double>{}));
  CHECK_NOTHROW(inv::validate(inv::xyz_options<double>{}));
  CHECK_THROWS_WITH_AS(inv::validate(inv::abc_options<double>{.a_share = 0.0}),
                       doctest::Contains("inventory::validate(abc_options): a_share is 0"),
                       core::invalid_input);
  CHECK_THROWS_WITH_AS(inv::validate(inv::xyz_options<double>{.x_limit = -1}),
                       doctest::Contains("x_limit is -1"), core::invalid_input);
}

TEST_CASE("class names") {
  CHECK(inv::to_string(inv::abc_class::c) == "C");
  CHECK(inv::to_string(inv::xyz_class::y) == "Y");
}

// SPDX-License-Identifier: Apache-2.0
// Tests of stats/polynomial.hpp against R's polyroot (R 4.2.2).
#include <algorithm>
#include <complex>

#include <doctest/doctest.h>

#include <foresight/stats/polynomial.hpp>

#include "stats/reference.hpp"

namespace stats = foresight::stats;
namespace core = foresight::core;
namespace ref = foresight::test::stats_reference;

TEST_CASE("stats::polynomial_roots matches R polyroot") {
  const auto z = stats::polynomial_roots({1.0, -0.5, 0.06});
  REQUIRE(z.size() == 2);
  double lo = std::min(std::abs(z[0]), std::abs(z[1]));
  double hi = std::max(std::abs(z[0]), std::abs(z[1]));
  // R 4.2.2: polyroot(c(1, -0.5, 0.06)) -> moduli 10/3 and 5
  CHECK(lo == doctest::Approx(ref::value("polyroot", "mod_min")).epsilon(1e-12));
  CHECK(hi == doctest::Approx(ref::value("polyroot", "mod_max")).epsilon(1e-12));
}

TEST_CASE("stats::polynomial_roots handles complex, zero and trailing-zero cases") {
  const auto z = stats::polynomial_roots({1.0, 0.0, 1.0, 0.0});  // 1 + z^2: ±i
  REQUIRE(z.size() == 2);
  CHECK(std::abs(z[0]) == doctest::Approx(1.0));
  CHECK(std::abs(z[0].real()) < 1e-12);
  const auto zero = stats::polynomial_roots({0.0, 2.0});  // 2z: root 0
  REQUIRE(zero.size() == 1);
  CHECK(std::abs(zero[0]) == 0.0);
  CHECK(stats::polynomial_roots({3.0}).empty());
  CHECK_THROWS_AS((void)stats::polynomial_roots({0.0, 0.0}), core::invalid_input);
  CHECK_THROWS_AS((void)stats::polynomial_roots({1.0, std::nan("")}), core::invalid_input);
}

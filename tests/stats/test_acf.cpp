// SPDX-License-Identifier: Apache-2.0
// Tests of stats/acf.hpp against R's acf (R 4.2.2).
#include <cmath>
#include <string>

#include <doctest/doctest.h>

#include <foresight/stats/acf.hpp>

#include "stats/reference.hpp"

namespace stats = foresight::stats;
namespace core = foresight::core;
namespace ref = foresight::test::stats_reference;

TEST_CASE_TEMPLATE("stats::acf matches R acf on lh", Scalar, float, double) {
  // float: 24-bit mantissa, sums over 48 values -> 1e-5 relative.
  const double tol = std::is_same_v<Scalar, float> ? 1e-5 : 1e-12;
  const core::vector<Scalar> x = ref::series<Scalar>("lh");
  const core::vector<Scalar> r = stats::acf<Scalar>(x, 5);
  for (int k = 0; k <= 5; ++k) {
    // R 4.2.2: acf(lh, lag.max = 5, plot = FALSE)
    CHECK(static_cast<double>(r[k]) ==
          doctest::Approx(ref::value("acf_lh", std::to_string(k))).epsilon(tol));
  }
}

TEST_CASE("stats::acf skips missing pairs as R and rejects bad input") {
  core::vector<double> x = ref::series<double>("lh");
  x[4] = std::nan("");
  x[19] = std::nan("");
  const core::vector<double> r = stats::acf<double>(x, 5);
  for (int k = 0; k <= 5; ++k) {
    // R 4.2.2: lh[c(5, 20)] <- NA; acf(lh, lag.max = 5, plot = FALSE, na.action = na.pass)
    CHECK(r[k] == doctest::Approx(ref::value("acf_lh_na", std::to_string(k))).epsilon(1e-12));
  }
  CHECK_THROWS_AS((void)stats::acf<double>(x, -1), core::invalid_input);
  CHECK_THROWS_AS((void)stats::acf<double>(core::vector<double>::Constant(4, 2.0), 1),
                  core::invalid_input);
}

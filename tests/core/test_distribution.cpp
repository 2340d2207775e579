// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include <foresight/core/distribution.hpp>

namespace core = foresight::core;

TEST_CASE_TEMPLATE("gaussian free functions match R's pnorm/qnorm/dnorm", Scalar, float, double) {
  // float: about 6 significant digits; double: Boost.Math is accurate to a few ulps.
  const double tol = std::is_same_v<Scalar, float> ? 1e-6 : 1e-14;
  const core::gaussian<Scalar> d{Scalar(10), Scalar(2)};
  CHECK(core::mean(d) == Scalar(10));
  CHECK(core::variance(d) == Scalar(4));
  CHECK(core::standard_deviation(d) == Scalar(2));
  // R 4.2.2: qnorm(0.975, 10, 2) = 13.919927969080108; pnorm(12, 10, 2) = 0.8413447460685429;
  // dnorm(11, 10, 2) = 0.17603266338214976.
  CHECK(double(core::quantile(d, Scalar(0.975))) ==
        doctest::Approx(13.919927969080108).epsilon(tol));
  CHECK(double(core::cdf(d, Scalar(12))) == doctest::Approx(0.8413447460685429).epsilon(tol));
  CHECK(double(core::pdf(d, Scalar(11))) == doctest::Approx(0.17603266338214976).epsilon(tol));
  CHECK(double(core::normal_quantile<Scalar>(Scalar(0.975))) ==
        doctest::Approx(1.959963984540054).epsilon(tol));
}

TEST_CASE("a gaussian with sd 0 is a point mass") {
  const core::gaussian<double> d{3.0, 0.0};
  CHECK(core::cdf(d, 2.999) == 0.0);
  CHECK(core::cdf(d, 3.0) == 1.0);
  CHECK(core::quantile(d, 0.3) == 3.0);
  CHECK(std::isinf(core::pdf(d, 3.0)));
}

TEST_CASE("gaussian rejects invalid parameters and probabilities") {
  const core::gaussian<double> d{0.0, 1.0};
  CHECK_THROWS_AS((void)core::quantile(d, 1.0), core::invalid_input);
  CHECK_THROWS_AS((void)core::quantile(d, 0.0), core::invalid_input);
  CHECK_THROWS_AS((void)core::cdf(d, std::nan("")), core::invalid_input);
  CHECK_THROWS_AS((void)core::cdf(core::gaussian<double>{0.0, -1.0}, 0.0), core::invalid_input);
  CHECK_THROWS_AS((void)core::cdf(core::gaussian<double>{std::nan(""), 1.0}, 0.0),
                  core::invalid_input);
  CHECK(core::cdf(d, std::numeric_limits<double>::infinity()) == 1.0);
}

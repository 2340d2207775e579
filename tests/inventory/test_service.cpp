// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include <boost/math/distributions/negative_binomial.hpp>
#include <boost/math/distributions/poisson.hpp>

#include <foresight/inventory/service.hpp>

#include "inventory/reference.hpp"

namespace core = foresight::core;
namespace inv = foresight::inventory;
using foresight::test::inventory::computed;

// Tolerances: double results are exact formulas evaluated to ~1e-15 relative; float ones carry
// about 7 significant digits, so 1e-5 relative covers their rounding.
template <typename Scalar>
constexpr double tol = std::is_same_v<Scalar, float> ? 1e-5 : 1e-12;

TEST_CASE_TEMPLATE("standard normal loss G(z) matches the published table", Scalar, float, double) {
  // Standard normal loss table, 4 decimals (e.g. Silver, Pyke & Thomas 2017, 4th ed., appendix
  // table of G_u(k); the same values appear in every such table): G(0) = 0.3989,
  // G(1) = 0.0833, G(2) = 0.0085.
  CHECK(double(inv::standard_normal_loss(Scalar(0))) == doctest::Approx(0.3989).epsilon(0.0003));
  CHECK(double(inv::standard_normal_loss(Scalar(1))) == doctest::Approx(0.0833).epsilon(0.0007));
  CHECK(double(inv::standard_normal_loss(Scalar(2))) == doctest::Approx(0.0085).epsilon(0.006));
  // make_reference.py: scipy.integrate.quad of (x - z) phi(x) over (z, inf).
  for (const char* z : {"0", "1", "2"}) {
    const double v = computed("normal_loss", std::string("G(") + z + ")");
    CHECK(double(inv::standard_normal_loss(Scalar(std::stod(z)))) ==
          doctest::Approx(v).epsilon(tol<Scalar>));
  }
}

TEST_CASE("second-order loss and the inverse of G are consistent") {
  // G2(0) = 1/4 exactly; G2(z) = integral of G over (z, inf), checked by the trapezoid rule.
  CHECK(inv::standard_normal_loss2(0.0) == doctest::Approx(0.25).epsilon(1e-14));
  double integral = 0;
  const double step = 1e-3;
  for (double z = 1.0; z < 12.0; z += step)
    integral += step * (inv::standard_normal_loss(z) + inv::standard_normal_loss(z + step)) / 2;
  CHECK(inv::standard_normal_loss2(1.0) == doctest::Approx(integral).epsilon(1e-6));
  for (const double z : {-3.0, -0.5, 0.0, 0.7, 2.5, 5.0}) {
    CHECK(inv::inverse_standard_normal_loss(inv::standard_normal_loss(z)) ==
          doctest::Approx(z).epsilon(1e-10));
  }
  CHECK(inv::standard_normal_loss(std::numeric_limits<double>::infinity()) == 0.0);
  // Far tail: G(z) ~ phi(z) / z^2 (Mills ratio), so log G(z) = -z^2/2 - log(sqrt(2 pi) z^2) to
  // O(1/z^2); the inverse stays finite down to subnormal losses, where G itself underflows near
  // z = 38.5.
  for (const double g : {1e-100, 1e-300}) {
    const double z = inv::inverse_standard_normal_loss(g);
    CAPTURE(g);
    const double log_g = -z * z / 2 - std::log(std::sqrt(2 * std::numbers::pi) * z * z);
    CHECK(std::abs(log_g - std::log(g)) < 3.5 / (z * z));
  }
  // A subnormal loss: G(38) ~ 1.8e-317 > 1e-320 > G(39) = 0 (underflow).
  const double z_sub = inv::inverse_standard_normal_loss(1e-320);
  CHECK(z_sub > 38.0);
  CHECK(z_sub < 39.0);
}

TEST_CASE_TEMPLATE("safety factors for alpha and beta and their conversions", Scalar, float,
                   double) {
  // R 4.2.2: qnorm(0.95) = 1.6448536269514722.
  CHECK(double(inv::safety_factor(inv::cycle_service_level<Scalar>{Scalar(0.95)})) ==
        doctest::Approx(1.6448536269514722).epsilon(tol<Scalar>));
  // beta = 0.98, Q = 200, sigma = 50: G(z) = 0.08, the root of the loss condition.
  const Scalar z =
      inv::safety_factor(inv::fill_rate<Scalar>{Scalar(0.98)}, Scalar(200), Scalar(50));
  CHECK(double(inv::standard_normal_loss(z)) == doctest::Approx(0.08).epsilon(10 * tol<Scalar>));
  // Round trip beta -> alpha -> beta.
  const auto alpha =
      inv::to_cycle_service_level(inv::fill_rate<Scalar>{Scalar(0.98)}, Scalar(200), Scalar(50));
  const auto beta = inv::to_fill_rate(alpha, Scalar(200), Scalar(50));
  CHECK(double(beta.value) == doctest::Approx(0.98).epsilon(100 * tol<Scalar>));
  // Expected shortage sigma G(z): N(100, 20), r = 120 -> 20 G(1).
  CHECK(double(inv::expected_shortage(core::gaussian<Scalar>{100, 20}, Scalar(120))) ==
        doctest::Approx(20 * 0.08331547058768633).epsilon(tol<Scalar>));
  CHECK(inv::expected_shortage(core::gaussian<Scalar>{100, 0}, Scalar(90)) == Scalar(10));
}

TEST_CASE("Poisson and negative binomial tables and loss functions match direct sums") {
  const auto t = inv::tabulate(inv::poisson_demand<double>{6.0});
  const boost::math::poisson_distribution<double> pd(6.0);
  for (int k = 0; k < 30; ++k)
    CHECK(t.pmf[std::size_t(k)] == doctest::Approx(boost::math::pdf(pd, k)).epsilon(1e-12));
  auto direct = [](auto pmf_of, int x, int top) {
    double n = 0;
    double n2 = 0;
    for (int k = std::max(x + 1, 0); k < top; ++k) {
      n += (k - x) * pmf_of(k);
      n2 += 0.5 * (k - x) * (k - x - 1) * pmf_of(k);
    }
    return std::pair{n, n2};
  };
  for (const int x : {-2, 0, 4, 6, 11, 40}) {
    const auto [n, n2] = direct([&](int k) { return boost::math::pdf(pd, k); }, x, 200);
    CHECK(inv::loss(t, x) == doctest::Approx(n).epsilon(1e-12));
    CHECK(inv::loss2(t, x) == doctest::Approx(n2).epsilon(1e-11));
  }
  // Negative binomial with mean 8, variance 20: r = 64 / 12, p = 0.4.
  const auto nb = inv::tabulate(inv::negative_binomial_demand<double>{8.0, 20.0});
  const boost::math::negative_binomial_distribution<double> nd(64.0 / 12.0, 0.4);
  for (int k = 0; k < 40; ++k)
    CHECK(nb.pmf[std::size_t(k)] == doctest::Approx(boost::math::pdf(nd, k)).epsilon(1e-11));
  for (const int x : {0, 5, 8, 20}) {
    const auto [n, n2] = direct([&](int k) { return boost::math::pdf(nd, k); }, x, 600);
    CHECK(inv::loss(nb, x) == doctest::Approx(n).epsilon(1e-11));
    CHECK(inv::loss2(nb, x) == doctest::Approx(n2).epsilon(1e-10));
  }
  // Three periods of NB: mean and variance triple.
  const auto nb3 = inv::tabulate(inv::negative_binomial_demand<double>{8.0, 20.0}, 3);
  CHECK(inv::mean(nb3) == doctest::Approx(24.0));
  CHECK(inv::variance(nb3) == doctest::Approx(60.0));
  // Large means stay finite (the pmf is built from its mode).
  const auto big = inv::tabulate(inv::poisson_demand<double>{2000.0});
  CHECK(inv::cdf(big, 2000) ==
        doctest::Approx(boost::math::cdf(boost::math::poisson_distribution<double>(2000.0), 2000.0))
            .epsilon(1e-10));
}

TEST_CASE("empirical demand convolution, quantiles and discrete reorder points") {
  const inv::empirical_demand<double> d{{0.2, 0.5, 0.3}};
  const auto two = inv::tabulate(d, 2);
  // P(D1 + D2 = 2) = 0.2*0.3 + 0.5*0.5 + 0.3*0.2 = 0.37.
  CHECK(two.pmf[2] == doctest::Approx(0.37).epsilon(1e-14));
  CHECK(inv::mean(two) == doctest::Approx(2.2).epsilon(1e-14));
  CHECK(inv::quantile(two, 0.5) == 2);
  const auto ltd = inv::tabulate(inv::poisson_demand<double>{6.0});
  const boost::math::poisson_distribution<double> pd(6.0);
  const auto r = inv::reorder_point(ltd, inv::cycle_service_level<double>{0.95});
  CHECK(boost::math::cdf(pd, double(r)) >= 0.95);
  CHECK(boost::math::cdf(pd, double(r - 1)) < 0.95);
  const auto rb = inv::reorder_point(ltd, inv::fill_rate<double>{0.98}, 5);
  auto beta_at = [&](long x) { return 1 - (inv::loss(ltd, x) - inv::loss(ltd, x + 5)) / 5; };
  CHECK(beta_at(rb) >= 0.98);
  CHECK(beta_at(rb - 1) < 0.98);
  // Large lead-time demand (the search is a bisection, not a scan from -Q): same defining
  // property, and fill rates 0.5 and 0.999999 at both ends of the range.
  const auto big = inv::tabulate(inv::poisson_demand<double>{20000.0});
  for (const double b : {0.5, 0.98, 0.999999}) {
    CAPTURE(b);
    const auto r_big = inv::reorder_point(big, inv::fill_rate<double>{b}, 50);
    auto beta_big = [&](long x) { return 1 - (inv::loss(big, x) - inv::loss(big, x + 50)) / 50; };
    CHECK(beta_big(r_big) >= b);
    CHECK(beta_big(r_big - 1) < b);
  }
}

TEST_CASE("service functions reject bad input with invalid_input naming the parameter") {
  CHECK_THROWS_WITH_AS((void)inv::safety_factor(inv::cycle_service_level<double>{1.0}),
                       doctest::Contains("cycle service level is 1"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::safety_factor(inv::cycle_service_level<double>{std::nan("")}),
                       doctest::Contains("cycle service level"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::safety_factor(inv::fill_rate<double>{0.0}, 10.0, 1.0),
                       doctest::Contains("fill rate"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::safety_factor(inv::fill_rate<double>{0.9}, 10.0, -1.0),
                       doctest::Contains("sigma is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::safety_factor(inv::fill_rate<double>{0.9}, 0.0, 1.0),
                       doctest::Contains("order_quantity"), core::invalid_input);
  CHECK_THROWS_AS((void)inv::standard_normal_loss(std::nan("")), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::inverse_standard_normal_loss(-1.0),
                       doctest::Contains("inventory::inverse_standard_normal_loss: loss is -1"),
                       core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::tabulate(inv::poisson_demand<double>{-1.0}),
                       doctest::Contains("mean is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::tabulate(inv::negative_binomial_demand<double>{5.0, 4.0}),
                       doctest::Contains("expected variance > mean"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::tabulate(inv::empirical_demand<double>{{0.5, 0.6}}),
                       doctest::Contains("sum to"), core::invalid_input);
  CHECK_THROWS_AS((void)inv::expected_shortage(core::gaussian<double>{1.0, -1.0}, 0.0),
                  core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::reorder_point(inv::tabulate(inv::poisson_demand<double>{2.0}),
                                                inv::fill_rate<double>{0.9}, 0),
                       doctest::Contains("order_quantity is 0"), core::invalid_input);
}

// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>

#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/poisson.hpp>

#include <foresight/inventory/newsvendor.hpp>

#include "inventory/reference.hpp"

namespace core = foresight::core;
namespace inv = foresight::inventory;
using foresight::test::inventory::computed;

TEST_CASE_TEMPLATE("newsvendor solves Snyder & Shen example 4.3 in closed form", Scalar, float,
                   double) {
  const double tol = std::is_same_v<Scalar, float> ? 1e-5 : 1e-7;
  const auto r = inv::newsvendor(core::gaussian<Scalar>{50, 8},
                                 inv::newsvendor_costs<Scalar>{Scalar(0.18), Scalar(0.7)});
  // Snyder & Shen (2019) example 4.3 (= 4.1): S* = 56.60, g(S*) = 2.00 (stockpyl:
  // 56.603955927433887, 1.997605193176645).
  CHECK(double(r.quantity) == doctest::Approx(56.60).epsilon(0.006 / 56.6));
  CHECK(double(r.expected_cost) == doctest::Approx(2.00).epsilon(0.006 / 2.0));
  // make_reference.py: scipy quad of the expected cost, minimised by minimize_scalar.
  CHECK(double(r.quantity) == doctest::Approx(computed("ss_example_4_3", "quantity")).epsilon(tol));
  CHECK(double(r.expected_cost) ==
        doctest::Approx(computed("ss_example_4_3", "cost")).epsilon(tol));
  CHECK(double(r.critical_ratio) == doctest::Approx(0.7 / 0.88).epsilon(tol));
  CHECK(double(r.expected_sales + r.expected_lost_sales) == doctest::Approx(50).epsilon(tol));
}

TEST_CASE("newsvendor for any Boost.Math distribution agrees with the closed form and scipy") {
  const inv::newsvendor_costs<double> c{0.18, 0.7};
  const auto boost_normal = inv::newsvendor(boost::math::normal_distribution<>(50, 8), c);
  const auto closed = inv::newsvendor(core::gaussian<double>{50, 8}, c);
  CHECK(boost_normal.quantity == doctest::Approx(closed.quantity).epsilon(1e-12));
  CHECK(boost_normal.method == inv::newsvendor_method::quadrature);
  CHECK(closed.method == inv::newsvendor_method::normal_closed_form);
  CHECK(inv::to_string(boost_normal.method) == "quadrature");
  CHECK(boost_normal.expected_cost == doctest::Approx(closed.expected_cost).epsilon(1e-9));
  CHECK(boost_normal.expected_leftover == doctest::Approx(closed.expected_leftover).epsilon(1e-9));
  // Lognormal (mu = 6, sigma = 0.3), h = 1, p = 0.1765 (the data of Snyder & Shen's problem
  // 4.8(b)): make_reference.py, scipy lognorm.ppf and quad of the cost against the density.
  const auto ln = inv::newsvendor(boost::math::lognormal_distribution<>(6, 0.3),
                                  inv::newsvendor_costs<double>{1.0, 0.1765});
  CHECK(ln.quantity ==
        doctest::Approx(computed("lognormal_newsvendor", "quantity")).epsilon(1e-10));
  CHECK(ln.expected_cost ==
        doctest::Approx(computed("lognormal_newsvendor", "cost")).epsilon(1e-8));
  // A gamma demand evaluated off the optimum costs more than at the optimum.
  const boost::math::gamma_distribution<> g(4, 12.5);
  const auto best = inv::newsvendor(g, c);
  CHECK(inv::newsvendor_evaluate(g, c, best.quantity + 5).expected_cost > best.expected_cost);
  CHECK(inv::newsvendor_evaluate(g, c, best.quantity - 5).expected_cost > best.expected_cost);
}

TEST_CASE("profit from prices equals margin times mean minus the expected cost") {
  const inv::newsvendor_prices<double> pr{1.0, 0.3, 0.12, 0.0};
  const auto r =
      inv::newsvendor(core::gaussian<double>{50, 8}, inv::newsvendor_costs<double>{0.18, 0.7});
  const auto rp = inv::newsvendor(boost::math::normal_distribution<>(50, 8), pr);
  // Snyder & Shen (2019) example 4.2: r = 1, c = 0.3, v = 0.12 gives h = 0.18, p = 0.7 (= 4.1).
  CHECK(rp.quantity == doctest::Approx(r.quantity).epsilon(1e-12));
  CHECK(rp.expected_profit == doctest::Approx(0.7 * 50 - r.expected_cost).epsilon(1e-9));
}

TEST_CASE("discrete newsvendor: Poisson, negative binomial and empirical") {
  const inv::newsvendor_costs<double> c{1.0, 4.0};
  const auto r = inv::newsvendor(inv::poisson_demand<double>{6.0}, c);
  // Brute force with Boost's Poisson: the minimum of h E(S - D)^+ + p E(D - S)^+ over S.
  const boost::math::poisson_distribution<double> pd(6.0);
  auto cost = [&](int s) {
    double v = 0;
    for (int k = 0; k < 100; ++k)
      v += boost::math::pdf(pd, k) * (1.0 * std::max(s - k, 0) + 4.0 * std::max(k - s, 0));
    return v;
  };
  int best = 0;
  for (int s = 1; s < 30; ++s)
    if (cost(s) < cost(best))
      best = s;
  CHECK(r.quantity == double(best));
  CHECK(r.method == inv::newsvendor_method::discrete);
  CHECK(r.expected_cost == doctest::Approx(cost(best)).epsilon(1e-12));
  const auto e = inv::newsvendor(inv::empirical_demand<double>{{0.25, 0.5, 0.25}}, c);
  CHECK(e.quantity == 2.0);  // F(1) = 0.75 < 0.8 <= F(2)
  CHECK(e.expected_lost_sales == doctest::Approx(0.0));
  CHECK(e.expected_leftover == doctest::Approx(1.0));
  const auto nb = inv::newsvendor(inv::negative_binomial_demand<double>{6.0, 18.0}, c);
  CHECK(nb.quantity > r.quantity);  // more variable demand needs more stock at cr = 0.8
}

TEST_CASE("newsvendor rejects bad input with invalid_input naming the parameter") {
  CHECK_THROWS_WITH_AS((void)inv::newsvendor(core::gaussian<double>{50, 8},
                                             inv::newsvendor_costs<double>{-1.0, 0.7}),
                       doctest::Contains("holding_cost is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::newsvendor(core::gaussian<double>{50, 8}, inv::newsvendor_costs<double>{1.0, 0.0}),
      doctest::Contains("stockout_cost is 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::newsvendor(boost::math::normal_distribution<>(50, 8),
                                             inv::newsvendor_prices<double>{1.0, 2.0, 0.0}),
                       doctest::Contains("expected price > cost"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::newsvendor_evaluate(core::gaussian<double>{50, 8},
                                     inv::newsvendor_costs<double>{1.0, 1.0}, std::nan("")),
      doctest::Contains("quantity is nan"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::newsvendor_evaluate(inv::tabulate(inv::poisson_demand<double>{3.0}),
                                     inv::newsvendor_costs<double>{1.0, 4.0}, -5),
      doctest::Contains("inventory::newsvendor_evaluate: quantity is -5; expected quantity >= 0"),
      core::invalid_input);
  CHECK_THROWS_AS((void)inv::newsvendor(core::gaussian<double>{50, -8},
                                        inv::newsvendor_costs<double>{1.0, 1.0}),
                  core::invalid_input);
}

TEST_CASE("discrete newsvendor with prices reports the expected profit") {
  // Empirical demand 0, 1, 2 with probabilities 0.25, 0.5, 0.25; price 7, cost 2.5, salvage 1.5:
  // h = 1, p = 4.5, cr = 0.818 -> q = 2; sales E[min(2, D)] = 1, leftover 1.
  const auto t = inv::tabulate(inv::empirical_demand<double>{{0.25, 0.5, 0.25}});
  const auto r = inv::newsvendor(t, inv::newsvendor_prices<double>{7.0, 2.5, 1.5});
  CHECK(r.quantity == 2.0);
  CHECK(r.expected_sales == doctest::Approx(1.0));
  CHECK(r.expected_profit == doctest::Approx(7.0 * 1.0 + 1.5 * 1.0 - 2.5 * 2.0));
  const auto at1 = inv::newsvendor_evaluate(t, inv::newsvendor_costs<double>{1.0, 4.5}, 1);
  CHECK(at1.expected_leftover == doctest::Approx(0.25));
  CHECK(at1.expected_lost_sales == doctest::Approx(0.25));
}

// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>

#include <foresight/inventory/rq.hpp>

#include "inventory/reference.hpp"

namespace core = foresight::core;
namespace inv = foresight::inventory;
using foresight::test::inventory::computed;

namespace {
// Snyder & Shen (2019) example 5.1: lambda = 1300/yr, sd 150/yr, L = 1/12 yr, K = 8,
// h = 0.225, p = 7.5; lead-time demand N(108.33, 43.30^2).
constexpr double lambda = 1300;
const core::gaussian<double> ltd{1300.0 / 12, 150.0 * std::sqrt(1.0 / 12)};
constexpr inv::rq_costs<double> costs{8, 0.225, 7.5};
// Book values are printed with 2 decimals: compare within 0.006 absolute.
constexpr double book = 0.006;
}  // namespace

TEST_CASE("exact (r, Q) cost and optimum for normal demand: Snyder & Shen examples 5.1 and 5.6") {
  // Example 5.1 evaluates (r, Q) = (126.8, 328.5): cost 78.07 (stockpyl: 78.071162509282942).
  const double c = inv::rq_cost(lambda, ltd, costs, 126.8, 328.5);
  CHECK(c == doctest::Approx(78.07).epsilon(book / 78.07));
  // make_reference.py: scipy quad of g(y) over [r, r + Q].
  CHECK(c == doctest::Approx(computed("ss_example_5_1", "cost_126.8_328.5")).epsilon(1e-10));
  // Example 5.6: optimal r* = 126.87, Q* = 328.45 (stockpyl: 126.8670642878315,
  // 328.4491413581765).
  const auto opt = inv::optimize_rq(lambda, ltd, costs);
  CHECK(opt.method == inv::rq_method::exact);
  CHECK(opt.reorder_point == doctest::Approx(126.87).epsilon(book / 126.87));
  CHECK(opt.order_quantity == doctest::Approx(328.45).epsilon(book / 328.45));
  // make_reference.py: Nelder-Mead on the quadrature cost (converged to ~1e-6 in r and Q).
  CHECK(opt.reorder_point ==
        doctest::Approx(computed("ss_example_5_6", "reorder_point")).epsilon(1e-7));
  CHECK(opt.order_quantity ==
        doctest::Approx(computed("ss_example_5_6", "order_quantity")).epsilon(1e-7));
  CHECK(opt.cost == doctest::Approx(computed("ss_example_5_6", "cost")).epsilon(1e-10));
  CHECK(opt.gap == 0.0);
}

TEST_CASE("EOQ-based (r, Q) approximations: Snyder & Shen examples 5.2 and 5.5") {
  // Example 5.5 (EOQ + newsvendor reorder point): r = 190.34, Q = 304.05 (stockpyl:
  // 190.3369965715624, 304.0467800264368).
  const auto a = inv::approximate_rq(lambda, ltd, costs, inv::rq_method::eoq_newsvendor);
  CHECK(a.reorder_point == doctest::Approx(190.34).epsilon(book / 190.34));
  CHECK(a.order_quantity == doctest::Approx(304.05).epsilon(book / 304.05));
  CHECK(a.reorder_point ==
        doctest::Approx(computed("ss_example_5_5", "reorder_point")).epsilon(1e-12));
  // Example 5.2 (expected-inventory-level approximation, Hadley & Whitin's iteration):
  // r = 213.97, Q = 318.59, approximate cost 95.45 (stockpyl: 213.9704421358024,
  // 318.5901810768729, 95.451140222851961).
  const auto hw = inv::approximate_rq(lambda, ltd, costs, inv::rq_method::hadley_whitin);
  CHECK(hw.reorder_point == doctest::Approx(213.97).epsilon(book / 213.97));
  CHECK(hw.order_quantity == doctest::Approx(318.59).epsilon(book / 318.59));
  CHECK(hw.approximate_cost == doctest::Approx(95.45).epsilon(book / 95.45));
  // make_reference.py: scipy fsolve on the two optimality conditions.
  CHECK(hw.reorder_point ==
        doctest::Approx(computed("ss_example_5_2", "reorder_point")).epsilon(1e-9));
  CHECK(hw.order_quantity ==
        doctest::Approx(computed("ss_example_5_2", "order_quantity")).epsilon(1e-9));
  CHECK(hw.approximate_cost ==
        doctest::Approx(computed("ss_example_5_2", "approximate_cost")).epsilon(1e-9));
  // Both report their exact cost and the gap to the exact optimum.
  const double best = inv::optimize_rq(lambda, ltd, costs).cost;
  for (const auto* r : {&a, &hw}) {
    CHECK(r->optimal_cost == doctest::Approx(best));
    CHECK(r->cost >= best);
    CHECK(r->gap == doctest::Approx(r->cost / best - 1));
    CHECK(!r->notes.empty());
  }
}

TEST_CASE("Poisson (r, Q): Federgruen & Zheng optimum of Snyder & Shen example 5.8") {
  // Example 5.8: lambda = 1.5, L = 2, K = 100, h = 20, p = 150: optimal (r, Q) = (3, 5),
  // cost 107.92 (stockpyl: 107.9235806331498).
  const auto t = inv::tabulate(inv::poisson_demand<double>{1.5}, 2);
  const inv::rq_costs<double> c{100, 20, 150};
  const auto opt = inv::optimize_rq(1.5, t, c);
  CHECK(opt.reorder_point == 3.0);
  CHECK(opt.order_quantity == 5.0);
  CHECK(opt.cost == doctest::Approx(107.92).epsilon(book / 107.92));
  // make_reference.py: exhaustive enumeration of r in [-10, 30), Q in [1, 60).
  CHECK(opt.reorder_point == computed("ss_example_5_8", "reorder_point"));
  CHECK(opt.order_quantity == computed("ss_example_5_8", "order_quantity"));
  CHECK(opt.cost == doctest::Approx(computed("ss_example_5_8", "cost")).epsilon(1e-12));
  CHECK(inv::rq_cost(1.5, t, c, 3, 5) == doctest::Approx(opt.cost).epsilon(1e-14));
  // Any neighbouring policy costs more.
  for (const auto& [r, q] : {std::pair{2, 5}, std::pair{4, 5}, std::pair{3, 4}, std::pair{3, 6}})
    CHECK(inv::rq_cost(1.5, t, c, r, q) > opt.cost);
}

TEST_CASE("(r, Q) in float agrees with double") {
  const core::gaussian<float> f{float(ltd.mean), float(ltd.sd)};
  const auto of = inv::optimize_rq(float(lambda), f, inv::rq_costs<float>{8, 0.225f, 7.5f});
  CHECK(double(of.reorder_point) == doctest::Approx(126.867).epsilon(1e-4));
  CHECK(double(of.order_quantity) == doctest::Approx(328.449).epsilon(1e-4));
}

TEST_CASE("(r, Q) rejects bad input with invalid_input naming the parameter") {
  CHECK_THROWS_WITH_AS((void)inv::rq_cost(lambda, ltd, {8, -0.225, 7.5}, 100.0, 300.0),
                       doctest::Contains("holding_cost is -0.225"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::rq_cost(lambda, ltd, costs, 100.0, 0.0),
                       doctest::Contains("order_quantity is 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::rq_cost(-1.0, ltd, costs, 100.0, 10.0),
                       doctest::Contains("demand_rate is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::optimize_rq(lambda, core::gaussian<double>{100, 0}, costs),
                       doctest::Contains("expected sd > 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::optimize_rq(lambda, ltd, {0, 0.225, 7.5}),
                       doctest::Contains("fixed_cost is 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::approximate_rq(lambda, ltd, costs, inv::rq_method::exact),
                       doctest::Contains("expected eoq_newsvendor or hadley_whitin"),
                       core::invalid_input);
  const auto t = inv::tabulate(inv::poisson_demand<double>{1.5}, 2);
  CHECK_THROWS_WITH_AS((void)inv::rq_cost(1.5, t, {100, 20, 150}, 3, 0),
                       doctest::Contains("order_quantity is 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::optimize_rq(1.5, t, {100, 20, std::nan("")}),
                       doctest::Contains("stockout_cost"), core::invalid_input);
}

TEST_CASE("(r, Q) method names") {
  CHECK(inv::to_string(inv::rq_method::hadley_whitin) == "hadley_whitin");
  CHECK(inv::to_string(inv::rq_method::eoq_newsvendor) == "eoq_newsvendor");
}

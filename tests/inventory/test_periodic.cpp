// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <array>
#include <chrono>
#include <cmath>
#include <string>

#include <foresight/inventory/periodic.hpp>

#include "inventory/reference.hpp"

namespace core = foresight::core;
namespace inv = foresight::inventory;
using foresight::test::inventory::computed;

TEST_CASE("optimal base-stock level: Snyder & Shen example 4.4") {
  // Example 4.4: h = 0.18, p = 0.7, demand N(50, 8^2) per period, L = 4 (demand over 5 periods):
  // S* = 264.77, cost 4.47 (stockpyl: 264.7668943741548, 4.466781004149578).
  const auto r = inv::optimize_base_stock(inv::normal_demand<double>{50, 8}, 4,
                                          inv::periodic_costs<double>{0.18, 0.7});
  CHECK(r.optimal.kind == inv::policy_kind::base_stock);
  CHECK(r.optimal.order_up_to == doctest::Approx(264.77).epsilon(0.006 / 264.77));
  CHECK(r.cost == doctest::Approx(4.47).epsilon(0.006 / 4.47));
  // make_reference.py: scipy quad + minimize_scalar.
  CHECK(r.optimal.order_up_to ==
        doctest::Approx(computed("ss_example_4_4", "quantity")).epsilon(1e-8));
  CHECK(r.cost == doctest::Approx(computed("ss_example_4_4", "cost")).epsilon(1e-9));
}

TEST_CASE("exact (s, S) with Poisson demand: Snyder & Shen example 4.7") {
  // Example 4.7: h = 1, p = 4, K = 5, Poisson(6) demand: (s, S) = (4, 10), cost 8.03
  // (stockpyl: 8.034111561471644).
  const auto r = inv::optimize_min_max(inv::poisson_demand<double>{6.0}, 0,
                                       inv::periodic_costs<double>{1, 4, 5});
  CHECK(r.optimal.reorder_point == 4.0);
  CHECK(r.optimal.order_up_to == 10.0);
  CHECK(r.cost == doctest::Approx(8.03).epsilon(0.006 / 8.03));
  // make_reference.py: exhaustive enumeration and, independently, the stationary distribution
  // of the inventory-position Markov chain.
  CHECK(r.cost == doctest::Approx(computed("ss_example_4_7", "cost_markov")).epsilon(1e-12));
  CHECK(r.optimal.reorder_point == computed("ss_example_4_7", "s"));
  CHECK(r.optimal.order_up_to == computed("ss_example_4_7", "S"));
  // The closed-form evaluation of that policy gives the same cost.
  CHECK(inv::evaluate(r.optimal, inv::poisson_demand<double>{6.0}, 0, {1, 4, 5}).cost ==
        doctest::Approx(r.cost).epsilon(1e-12));
}

TEST_CASE("exact (s, S): the 24 Poisson test problems of Zheng & Federgruen (1991)") {
  // Zheng & Federgruen (1991), Operations Research 39(4):654-665, table I: h = 1, p = 9, K = 64,
  // zero lead time, Poisson demand with mean mu; optimal s, S and cost printed with 3 decimals
  // (as listed in stockpyl's tests/test_ss.py).
  constexpr std::array<int, 24> mu{10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65,
                                   70, 75, 21, 22, 23, 24, 51, 52, 59, 61, 63, 64};
  constexpr std::array<int, 24> s{6,  10, 14, 19, 23, 28, 33, 37, 42, 47, 52, 56,
                                  62, 67, 15, 16, 17, 18, 43, 44, 51, 52, 54, 55};
  constexpr std::array<int, 24> big_s{40, 49, 62, 56, 66, 77, 87,  97,  108, 118, 129, 75,
                                      81, 86, 65, 68, 52, 54, 110, 112, 126, 131, 73,  74};
  constexpr std::array<double, 24> cost{35.022, 42.698, 49.173, 54.262, 57.819, 61.215,
                                        64.512, 67.776, 70.975, 74.149, 77.306, 78.518,
                                        79.037, 79.554, 50.406, 51.632, 52.757, 53.518,
                                        71.611, 72.246, 76.679, 77.929, 78.287, 78.402};
  for (std::size_t i = 0; i < mu.size(); ++i) {
    CAPTURE(mu[i]);
    const auto r = inv::optimize_min_max(inv::poisson_demand<double>{double(mu[i])}, 0,
                                         inv::periodic_costs<double>{1, 9, 64});
    CHECK(r.optimal.reorder_point == double(s[i]));
    CHECK(r.optimal.order_up_to == double(big_s[i]));
    CHECK(std::abs(r.cost - cost[i]) <= 0.0005 + 1e-9);  // 3-decimal rounding
    // make_reference.py: enumeration over every (s, S) in a wide box gives the same S and cost;
    // the cost of the paper's (s, S) by the Markov chain equals it (for mu >= 65 c(s, S) is flat
    // in s to ~1e-12, so only S and the cost identify the optimum).
    const std::string name = "zf1991_mu" + std::to_string(mu[i]);
    CHECK(r.optimal.order_up_to == computed(name, "S"));
    CHECK(r.cost == doctest::Approx(computed(name, "cost")).epsilon(1e-10));
    CHECK(r.cost == doctest::Approx(computed(name, "cost_at_published")).epsilon(1e-10));
  }
}

TEST_CASE("(s, S) for Poisson demand with mean 100 beats its neighbours (time logged)") {
  const auto start = std::chrono::steady_clock::now();
  const auto r = inv::optimize_min_max(inv::poisson_demand<double>{100.0}, 0,
                                       inv::periodic_costs<double>{1, 9, 64});
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  MESSAGE("optimize_min_max(Poisson 100): " << ms << " ms");
  CHECK(r.optimal.order_up_to > r.optimal.reorder_point);
  // The exact optimum beats its neighbours.
  const inv::periodic_costs<double> c{1, 9, 64};
  const inv::poisson_demand<double> d{100.0};
  const double s = r.optimal.reorder_point;
  const double big_s = r.optimal.order_up_to;
  CHECK(inv::evaluate(inv::min_max_policy(s, big_s + 1), d, 0, c).cost >= r.cost - 1e-9);
  CHECK(inv::evaluate(inv::min_max_policy(s, big_s - 1), d, 0, c).cost >= r.cost - 1e-9);
  CHECK(inv::evaluate(inv::min_max_policy(s - 1, big_s), d, 0, c).cost >= r.cost - 1e-9);
}

TEST_CASE("closed-form performance is consistent across policies and demand models") {
  const inv::periodic_costs<double> c{1, 9, 10};
  // (R, S) with R = 1 is base-stock; base-stock is (s, S) with s = S - 1 for integer demand.
  const auto bs =
      inv::evaluate(inv::base_stock_policy(14.0), inv::poisson_demand<double>{8.0}, 1, c);
  const auto rs =
      inv::evaluate(inv::order_up_to_policy(1, 14.0), inv::poisson_demand<double>{8.0}, 1, c);
  const auto ss =
      inv::evaluate(inv::min_max_policy(13.0, 14.0), inv::poisson_demand<double>{8.0}, 1, c);
  CHECK(bs.cost == doctest::Approx(rs.cost).epsilon(1e-12));
  CHECK(bs.cost == doctest::Approx(ss.cost).epsilon(1e-10));
  CHECK(bs.beta == doctest::Approx(ss.beta).epsilon(1e-10));
  // (r, Q) with Q = 1 is base-stock r + 1.
  const auto rq =
      inv::evaluate(inv::reorder_point_policy(13.0, 1.0), inv::poisson_demand<double>{8.0}, 1, c);
  CHECK(rq.on_hand == doctest::Approx(bs.on_hand).epsilon(1e-12));
  CHECK(rq.alpha == doctest::Approx(bs.alpha).epsilon(1e-12));
  // Empirical and negative binomial overloads run the same tables.
  const auto emp = inv::evaluate(inv::base_stock_policy(3.0),
                                 inv::empirical_demand<double>{{0.2, 0.5, 0.3}}, 1, c);
  // Two periods of demand (L = 1): P(D1 + D2 <= 3) = 1 - P(D1 + D2 = 4) = 1 - 0.3^2 = 0.91.
  CHECK(emp.alpha == doctest::Approx(0.91).epsilon(1e-12));
  const auto nb = inv::evaluate(inv::base_stock_policy(20.0),
                                inv::negative_binomial_demand<double>{8.0, 16.0}, 1, c);
  CHECK(nb.alpha > 0.5);
  // Normal demand with zero sd behaves deterministically.
  const auto det =
      inv::evaluate(inv::base_stock_policy(110.0), inv::normal_demand<double>{50, 0}, 1, c);
  CHECK(det.on_hand == doctest::Approx(10.0));
  CHECK(det.alpha == 1.0);
  CHECK(det.beta == 1.0);
  // (R, S) optimum for normal demand: the cost is stationary in S.
  const auto opt = inv::optimize_order_up_to(inv::normal_demand<double>{50, 8}, 2, 1, c);
  const double s_opt = opt.optimal.order_up_to;
  const auto at = [&](double s_) {
    return inv::evaluate(inv::order_up_to_policy(2, s_), inv::normal_demand<double>{50, 8}, 1, c)
        .cost;
  };
  CHECK(at(s_opt) <= at(s_opt + 0.5));
  CHECK(at(s_opt) <= at(s_opt - 0.5));
}

TEST_CASE("(R, S) optimum when the review period spans many demand sds") {
  // Demand N(100, 1) per period, R = 10, L = 1, h = 1, p = 3: the optimum solves
  // (1/R) sum_{k=1..R} F_{L+k}(S) = p / (p + h) = 0.75 (the derivative of the average cost).
  // F_{L+k} is N(100 (1 + k), 1 + k): at S = 900 it is 1 to within 1e-200 for k <= 7, 0.5 for
  // k = 8 and below 1e-200 for k >= 9, so the sum is 7.5 and S* = 900.
  const inv::periodic_costs<double> c{1, 3, 10};
  const inv::normal_demand<double> d{100, 1};
  const auto opt = inv::optimize_order_up_to(d, 10, 1, c);
  CHECK(opt.optimal.order_up_to == doctest::Approx(900).epsilon(1e-6));
  const auto at = [&](double s_) {
    return inv::evaluate(inv::order_up_to_policy(10, s_), d, 1, c).cost;
  };
  CHECK(opt.cost == doctest::Approx(at(900)).epsilon(1e-12));
  CHECK(at(900) < at(880));
  CHECK(at(900) < at(920));
}

TEST_CASE("periodic-review functions reject bad input with invalid_input naming the parameter") {
  const inv::periodic_costs<double> c{1, 9, 64};
  CHECK_THROWS_WITH_AS((void)inv::optimize_min_max(inv::poisson_demand<double>{10}, 0,
                                                   inv::periodic_costs<double>{1, 9, 0}),
                       doctest::Contains("fixed_cost is 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::optimize_min_max(inv::poisson_demand<double>{10}, -1, c),
                       doctest::Contains("lead_time is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::evaluate(inv::min_max_policy(10.0, 5.0), inv::poisson_demand<double>{10}, 0, c),
      doctest::Contains("expected order_up_to > reorder_point"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::evaluate(inv::min_max_policy(1.0, 5.0), inv::normal_demand<double>{10, 1}, 0, c),
      doctest::Contains("needs discrete demand"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::evaluate(inv::base_stock_policy(5.0), inv::normal_demand<double>{10, -1}, 0, c),
      doctest::Contains("demand sd is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::evaluate(inv::base_stock_policy(std::nan("")),
                                           inv::poisson_demand<double>{10}, 0, c),
                       doctest::Contains("order_up_to is nan"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::evaluate(inv::order_up_to_policy(0, 5.0), inv::poisson_demand<double>{10}, 0, c),
      doctest::Contains("review_period is 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::optimize_base_stock(inv::normal_demand<double>{10, 1}, 0,
                                                      inv::periodic_costs<double>{-1, 9}),
                       doctest::Contains("holding_cost is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::optimize_order_up_to(inv::normal_demand<double>{10, 1}, 0, 1, c),
                       doctest::Contains("review_period is 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::optimize_min_max(inv::tabulate(inv::empirical_demand<double>{{1.0}}),
                                  inv::tabulate(inv::empirical_demand<double>{{1.0}}), c),
      doctest::Contains("demand is 0 with probability 1"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::evaluate(inv::reorder_point_policy(5.0, 0.0),
                                           inv::poisson_demand<double>{10}, 0, c),
                       doctest::Contains("order_quantity is 0"), core::invalid_input);
  // (s, S) levels that round to the same integer leave no inventory-position states.
  CHECK_THROWS_WITH_AS(
      (void)inv::evaluate(inv::min_max_policy(5.2, 5.4), inv::poisson_demand<double>{3}, 0, c),
      doctest::Contains("order_up_to rounds to 5 and reorder_point to 5"), core::invalid_input);
  // Hand-made tables are checked before the renewal recursion reads them.
  const auto good = inv::tabulate(inv::poisson_demand<double>{4.0});
  CHECK_THROWS_WITH_AS((void)inv::optimize_min_max(inv::pmf_table<double>{}, good, c),
                       doctest::Contains("one_period has an empty pmf"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::optimize_min_max(good, inv::pmf_table<double>{{0.5, 0.6}, 0.6, 0.24}, c),
      doctest::Contains("lead_time_plus_one probabilities sum to 1.1"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::optimize_min_max(inv::pmf_table<double>{{1.5, -0.5}, -0.5, 0}, good, c),
      doctest::Contains("one_period.pmf[1] is -0.5"), core::invalid_input);
}

TEST_CASE("discrete optimisers for Poisson, negative binomial and tabulated demand agree") {
  const inv::periodic_costs<double> c{1, 4, 5};
  // Base-stock with Poisson(6), L = 0, cr = 0.8: the newsvendor quantile.
  const auto bs = inv::optimize_base_stock(inv::poisson_demand<double>{6.0}, 0, c);
  CHECK(bs.optimal.order_up_to ==
        double(inv::quantile(inv::tabulate(inv::poisson_demand<double>{6.0}), 0.8)));
  CHECK(bs.cost == doctest::Approx(inv::evaluate(bs.optimal, inv::poisson_demand<double>{6.0}, 0,
                                                 inv::periodic_costs<double>{1, 4, 0})
                                       .cost +
                                   5 * (1 - std::exp(-6.0)))
                       .epsilon(1e-12));
  // (s, S) from tables equals the Poisson overload; the NB overload beats its neighbours.
  const auto t = inv::optimize_min_max(inv::tabulate(inv::poisson_demand<double>{6.0}),
                                       inv::tabulate(inv::poisson_demand<double>{6.0}, 1), c);
  const auto p = inv::optimize_min_max(inv::poisson_demand<double>{6.0}, 0, c);
  CHECK(t.cost == doctest::Approx(p.cost).epsilon(1e-14));
  const inv::negative_binomial_demand<double> nb{6.0, 15.0};
  const auto n = inv::optimize_min_max(nb, 1, c);
  const double s = n.optimal.reorder_point;
  const double big_s = n.optimal.order_up_to;
  CHECK(inv::evaluate(n.optimal, nb, 1, c).cost == doctest::Approx(n.cost).epsilon(1e-10));
  CHECK(inv::evaluate(inv::min_max_policy(s - 1, big_s), nb, 1, c).cost >= n.cost - 1e-12);
  CHECK(inv::evaluate(inv::min_max_policy(s + 1, big_s), nb, 1, c).cost >= n.cost - 1e-12);
  CHECK(inv::evaluate(inv::min_max_policy(s, big_s + 1), nb, 1, c).cost >= n.cost - 1e-12);
  // evaluate() on a one-period table equals the Poisson overload.
  const auto via_table = inv::evaluate(inv::base_stock_policy(8.0),
                                       inv::tabulate(inv::poisson_demand<double>{6.0}), 1, c);
  const auto via_poisson =
      inv::evaluate(inv::base_stock_policy(8.0), inv::poisson_demand<double>{6.0}, 1, c);
  CHECK(via_table.cost == doctest::Approx(via_poisson.cost).epsilon(1e-10));
  CHECK(inv::to_string(inv::policy_kind::min_max) == "min_max");
  CHECK(inv::to_string(inv::policy_kind::order_up_to) == "order_up_to");
}

TEST_CASE("(s, S) in float finds the same policy as in double") {
  // float tables and sums carry ~7 digits; the optimum is the same and the cost agrees to 1e-5.
  const auto f = inv::optimize_min_max(inv::poisson_demand<float>{10.0f}, 0,
                                       inv::periodic_costs<float>{1, 9, 64});
  CHECK(f.optimal.reorder_point == 6.0f);
  CHECK(f.optimal.order_up_to == 40.0f);
  CHECK(double(f.cost) == doctest::Approx(35.02155527232042).epsilon(1e-5));
}

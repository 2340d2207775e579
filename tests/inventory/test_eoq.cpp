// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <vector>

#include <foresight/inventory/eoq.hpp>

#include "inventory/reference.hpp"

namespace core = foresight::core;
namespace inv = foresight::inventory;
using foresight::test::inventory::computed;

// Book values are compared at the rounding they are printed with (2 decimals: 0.006 absolute,
// a half unit of the last digit plus slack); the independent script values at 1e-6 relative for
// double (scipy's bounded minimiser stops at xatol 1e-10) and 1e-5 for float.
template <typename Scalar>
constexpr double tol = std::is_same_v<Scalar, float> ? 1e-5 : 1e-6;

TEST_CASE_TEMPLATE("EOQ solves Snyder & Shen example 3.1", Scalar, float, double) {
  const inv::eoq_input<Scalar> in{
      .demand_rate = 1300, .fixed_cost = 8, .holding_cost = Scalar(0.225)};
  const auto r = inv::eoq(in);
  // Snyder & Shen (2019), Fundamentals of Supply Chain Theory, 2nd ed., example 3.1:
  // Q* = 304.05, g(Q*) = 68.41 (stockpyl's test suite reproduces
  // 304.0467800264368, 68.41052550594827).
  CHECK(double(r.quantity) == doctest::Approx(304.05).epsilon(0.006 / 304.05));
  CHECK(double(r.cost) == doctest::Approx(68.41).epsilon(0.006 / 68.41));
  // make_reference.py: scipy minimize_scalar of K lambda / Q + h Q / 2.
  CHECK(double(r.quantity) ==
        doctest::Approx(computed("ss_example_3_1", "quantity")).epsilon(tol<Scalar>));
  CHECK(double(r.cost) == doctest::Approx(computed("ss_example_3_1", "cost")).epsilon(tol<Scalar>));
  CHECK(double(inv::eoq_cost(in, r.quantity)) ==
        doctest::Approx(double(r.cost)).epsilon(tol<Scalar>));
  CHECK(r.method == inv::eoq_method::basic);
}

TEST_CASE_TEMPLATE("EOQ with planned backorders solves Snyder & Shen example 3.8", Scalar, float,
                   double) {
  const auto r = inv::eoq_with_backorders(inv::eoq_input<Scalar>{
      .demand_rate = 1300, .fixed_cost = 8, .holding_cost = Scalar(0.225), .stockout_cost = 5});
  // Snyder & Shen (2019) example 3.8: Q* = 310.81, x* = 0.0431, g = 66.92 (stockpyl:
  // 310.8125551589646, 0.043062200956938, 66.921363550973254).
  CHECK(double(r.quantity) == doctest::Approx(310.81).epsilon(0.006 / 310.81));
  CHECK(double(r.backorder_fraction) == doctest::Approx(0.0431).epsilon(0.00006 / 0.0431));
  CHECK(double(r.cost) == doctest::Approx(66.92).epsilon(0.006 / 66.92));
  // make_reference.py: Nelder-Mead on (Q, x) of the backorder cost function.
  CHECK(double(r.quantity) ==
        doctest::Approx(computed("ss_example_3_8", "quantity")).epsilon(tol<Scalar>));
  CHECK(double(r.backorder_fraction) ==
        doctest::Approx(computed("ss_example_3_8", "backorder_fraction")).epsilon(1e-5));
  CHECK(double(r.cost) == doctest::Approx(computed("ss_example_3_8", "cost")).epsilon(tol<Scalar>));
}

TEST_CASE("EPQ minimises its cost and tends to the EOQ as the production rate grows") {
  const inv::eoq_input<double> in{
      .demand_rate = 80, .fixed_cost = 4, .holding_cost = 0.08, .production_rate = 110};
  const auto r = inv::economic_production_quantity(in);
  const double rho = 1 - 80.0 / 110.0;
  auto cost = [&](double q) { return 4 * 80 / q + 0.08 * rho * q / 2; };
  CHECK(r.cost == doctest::Approx(cost(r.quantity)).epsilon(1e-14));
  CHECK(cost(r.quantity) < cost(r.quantity * 1.01));
  CHECK(cost(r.quantity) < cost(r.quantity * 0.99));
  auto fast = in;
  fast.production_rate = 1e12;
  CHECK(inv::economic_production_quantity(fast).quantity ==
        doctest::Approx(inv::eoq(in).quantity).epsilon(1e-9));
}

TEST_CASE("cost of deviating from the EOQ and the power-of-two bound") {
  // Snyder & Shen (2019) section 3.2.4 (and every EOQ text): ordering twice the EOQ costs 25% more.
  CHECK(inv::eoq_cost_ratio(2.0, 1.0) == doctest::Approx(1.25).epsilon(1e-15));
  CHECK(inv::eoq_cost_ratio(2.0, 1.0) == doctest::Approx(computed("eoq_sensitivity", "ratio_2q")));
  // Roundy (1985): a power-of-two interval costs at most (sqrt(2) + 1/sqrt(2)) / 2 = 1.0607
  // times the optimum (the paper's "within 6%"); make_reference.py finds the same worst case by
  // enumeration.
  const double roundy = computed("roundy_1985", "worst_ratio");
  CHECK(roundy == doctest::Approx(1.0607).epsilon(0.0001));
  double worst = 0;
  for (double lambda = 100; lambda < 5000; lambda *= 1.013) {
    const auto r = inv::power_of_two<double>(
        {.demand_rate = lambda, .fixed_cost = 8, .holding_cost = 0.225}, 1.0 / 52);
    CHECK(r.cost_ratio <= roundy + 1e-9);
    worst = std::max(worst, r.cost_ratio);
    const double t = r.cycle_time * 52;
    CHECK(std::exp2(std::round(std::log2(t))) == doctest::Approx(t).epsilon(1e-12));
  }
  CHECK(worst > 1.05);  // the sweep gets close to the bound
}

namespace {
// Brute-force minimum over a fine grid of quantities of lambda C(Q)/Q + K lambda/Q + i C(Q)/2.
template <typename Purchase>
double brute_force(double lambda, double k, double i, Purchase purchase, double top) {
  double best = std::numeric_limits<double>::infinity();
  for (double q = 1; q <= top; q += 0.5) {
    const double pc = purchase(q);
    best = std::min(best, lambda * pc / q + k * lambda / q + i * pc / 2);
  }
  return best;
}
}  // namespace

TEST_CASE("quantity discounts match a brute-force search over Q") {
  const inv::eoq_input<double> in{.demand_rate = 2400, .fixed_cost = 100, .holding_rate = 0.2};
  const std::vector<inv::price_break<double>> breaks{{0, 10.0}, {500, 9.7}, {1000, 9.5}};
  const auto all = inv::all_units_discount(in, breaks);
  auto unit = [&](double q) { return q >= 1000 ? 9.5 : (q >= 500 ? 9.7 : 10.0); };
  const double all_brute = brute_force(
      2400, 100, 0.2, [&](double q) { return q * unit(q); }, 5000);
  CHECK(all.total_cost == doctest::Approx(all_brute).epsilon(1e-6));
  CHECK(all.total_cost <= all_brute + 1e-9);
  CHECK(all.method == inv::eoq_method::all_units_discount);
  const auto inc = inv::incremental_discount(in, breaks);
  auto incremental = [](double q) {
    if (q < 500)
      return 10.0 * q;
    if (q < 1000)
      return 5000 + 9.7 * (q - 500);
    return 5000 + 4850 + 9.5 * (q - 1000);
  };
  const double inc_brute = brute_force(2400, 100, 0.2, incremental, 5000);
  CHECK(inc.total_cost == doctest::Approx(inc_brute).epsilon(1e-6));
  CHECK(inc.total_cost <= inc_brute + 1e-9);
  // Incremental discounts save less than all-units discounts with the same breaks.
  CHECK(inc.total_cost >= all.total_cost);
}

TEST_CASE("EOQ functions reject bad input with invalid_input naming the parameter") {
  CHECK_THROWS_WITH_AS(
      (void)inv::eoq<double>({.demand_rate = 100, .fixed_cost = -8, .holding_cost = 1}),
      doctest::Contains("inventory::eoq: fixed_cost is -8; expected a finite value > 0"),
      core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::eoq<double>({.demand_rate = 100, .fixed_cost = 8, .holding_cost = 0}),
      doctest::Contains("holding_cost is 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::eoq<double>({.demand_rate = std::nan(""), .fixed_cost = 8, .holding_cost = 1}),
      doctest::Contains("demand_rate"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::eoq_with_backorders<double>(
          {.demand_rate = 100, .fixed_cost = 8, .holding_cost = 1, .stockout_cost = -1}),
      doctest::Contains("stockout_cost is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::economic_production_quantity<double>(
          {.demand_rate = 100, .fixed_cost = 8, .holding_cost = 1, .production_rate = 50}),
      doctest::Contains("expected production_rate > demand_rate"), core::invalid_input);
  const inv::eoq_input<double> in{.demand_rate = 100, .fixed_cost = 8, .holding_rate = 0.2};
  CHECK_THROWS_WITH_AS((void)inv::all_units_discount<double>(in, {{10, 5.0}}),
                       doctest::Contains("expected 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::all_units_discount<double>(in, {{0, 5.0}, {0, 4.0}}),
                       doctest::Contains("expected increasing min_quantity"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::incremental_discount<double>(in, {{0, -5.0}}),
                       doctest::Contains("unit_price is -5"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::all_units_discount<double>(
                           {.demand_rate = 100, .fixed_cost = 8, .holding_rate = 0}, {{0, 5.0}}),
                       doctest::Contains("holding_rate is 0"), core::invalid_input);
  CHECK_THROWS_AS((void)inv::eoq_cost_ratio(0.0, 1.0), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::power_of_two<double>(
                           {.demand_rate = 100, .fixed_cost = 8, .holding_cost = 1}, 0.0),
                       doctest::Contains("base_period is 0"), core::invalid_input);
}

TEST_CASE("EOQ method names") {
  CHECK(inv::to_string(inv::eoq_method::incremental_discount) == "incremental_discount");
  CHECK(inv::to_string(inv::eoq_method::power_of_two) == "power_of_two");
}

// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include <foresight/core/forecast.hpp>
#include <foresight/inventory/simulation.hpp>

namespace core = foresight::core;
namespace inv = foresight::inventory;

namespace {

struct check_case {
  std::string name;
  inv::simulation_item<double> item;
  inv::performance<double> analytic;
};

inv::demand_model<double> poisson(double mean) {
  return {.distribution = inv::demand_distribution::poisson, .mean = mean};
}
inv::demand_model<double> normal(double mean, double sd) {
  return {.distribution = inv::demand_distribution::normal, .mean = mean, .sd = sd};
}

}  // namespace

TEST_CASE("simulated alpha, beta and cost fall within their 99% intervals of the closed forms") {
  // Seed 1 fixed before the first run; 10^6 measured periods per policy, 50 batches.
  const inv::simulation_options<double> opt{
      .periods = 1000000, .warmup = 2000, .batches = 50, .confidence = 0.99, .seed = 1};
  std::vector<check_case> cases;
  {
    const inv::periodic_costs<double> c{1, 9, 10};
    const auto pol = inv::base_stock_policy(20.0);
    cases.push_back({"base-stock Poisson(8) L=1",
                     {pol, poisson(8), {.fixed = 1}, c},
                     inv::evaluate(pol, inv::poisson_demand<double>{8}, 1, c)});
  }
  {
    // Zheng & Federgruen (1991) mu = 10: optimal (6, 40), cost 35.022.
    const inv::periodic_costs<double> c{1, 9, 64};
    const auto pol = inv::min_max_policy(6.0, 40.0);
    cases.push_back({"(s,S) Poisson(10) L=0",
                     {pol, poisson(10), {.fixed = 0}, c},
                     inv::evaluate(pol, inv::poisson_demand<double>{10}, 0, c)});
  }
  {
    const inv::periodic_costs<double> c{1, 9, 20};
    const auto pol = inv::reorder_point_policy(12.0, 10.0);
    cases.push_back({"(r,Q) Poisson(4) L=2",
                     {pol, poisson(4), {.fixed = 2}, c},
                     inv::evaluate(pol, inv::poisson_demand<double>{4}, 2, c)});
  }
  {
    // Snyder & Shen example 4.4: S = 264.77 for N(50, 8^2), L = 4.
    const inv::periodic_costs<double> c{0.18, 0.7, 0};
    const auto pol = inv::base_stock_policy(264.77);
    cases.push_back({"base-stock normal L=4",
                     {pol, normal(50, 8), {.fixed = 4}, c},
                     inv::evaluate(pol, inv::normal_demand<double>{50, 8}, 4, c)});
  }
  {
    const inv::periodic_costs<double> c{1, 9, 50};
    const auto pol = inv::order_up_to_policy(3, 215.0);
    cases.push_back({"(R,S) normal R=3 L=1",
                     {pol, normal(50, 8), {.fixed = 1}, c},
                     inv::evaluate(pol, inv::normal_demand<double>{50, 8}, 1, c)});
  }
  {
    const inv::periodic_costs<double> c{1, 9, 30};
    const auto pol = inv::reorder_point_policy(160.0, 120.0);
    cases.push_back({"(r,Q) normal L=2",
                     {pol, normal(50, 8), {.fixed = 2}, c},
                     inv::evaluate(pol, inv::normal_demand<double>{50, 8}, 2, c)});
  }
  {
    const inv::periodic_costs<double> c{1, 9, 40};
    const auto pol = inv::min_max_policy(14.0, 40.0);
    cases.push_back({"(s,S) negative binomial L=1",
                     {pol,
                      {.distribution = inv::demand_distribution::negative_binomial,
                       .mean = 8,
                       .sd = std::sqrt(20.0)},
                      {.fixed = 1},
                      c},
                     inv::evaluate(pol, inv::negative_binomial_demand<double>{8, 20}, 1, c)});
  }
  std::vector<inv::simulation_item<double>> items;
  for (const auto& c : cases)
    items.push_back(c.item);
  const auto sims = inv::simulate_batch<double>(items, opt);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const auto& s = sims[i];
    const auto& a = cases[i].analytic;
    CAPTURE(cases[i].name);
    MESSAGE(cases[i].name << ": alpha " << s.alpha << " +- " << s.alpha_half_width << " vs "
                          << a.alpha << "; beta " << s.beta << " +- " << s.beta_half_width << " vs "
                          << a.beta << "; cost " << s.cost << " +- " << s.cost_half_width << " vs "
                          << a.cost);
    CHECK(s.periods == 1000000);
    CHECK(std::abs(s.alpha - a.alpha) <= s.alpha_half_width);
    CHECK(std::abs(s.beta - a.beta) <= s.beta_half_width);
    CHECK(std::abs(s.cost - a.cost) <= s.cost_half_width);
    // The intervals are informative: narrower than 1% of the cost.
    CHECK(s.cost_half_width < 0.01 * a.cost);
  }
}

TEST_CASE("simulation is reproducible and independent of the thread count") {
  const inv::simulation_item<double> item{
      inv::min_max_policy(6.0, 40.0), poisson(10), {.fixed = 1}, {1, 9, 64}};
  std::vector<inv::simulation_item<double>> items(5, item);
  items[2].demand = normal(10, 3);
  const inv::simulation_options<double> one{.periods = 20000, .seed = 9, .threads = 1};
  auto two = one;
  two.threads = 2;
  const auto a = inv::simulate_batch<double>(items, one);
  const auto b = inv::simulate_batch<double>(items, two);
  for (std::size_t i = 0; i < items.size(); ++i) {
    CHECK(a[i].cost == b[i].cost);
    CHECK(a[i].beta == b[i].beta);
  }
  // Items with the same inputs but different streams differ; the same stream repeats.
  CHECK(a[0].cost != a[1].cost);
  const auto again = inv::simulate(item.rule, item.demand, item.lead_time, item.costs, one, 0);
  CHECK(again.cost == a[0].cost);
}

TEST_CASE("random lead times and lost sales behave as expected") {
  const inv::periodic_costs<double> c{1, 9, 0};
  const auto pol = inv::base_stock_policy(30.0);
  const inv::simulation_options<double> o{.periods = 200000, .seed = 3};
  const auto fixed = inv::simulate(pol, poisson(8), {.fixed = 2}, c, o);
  const auto random = inv::simulate(pol, poisson(8), {.probability = {0.0, 0.25, 0.5, 0.25}}, c, o);
  // Same mean lead time, more lead-time variability: lower service.
  CHECK(random.beta < fixed.beta);
  // Lost sales keep the level non-negative and lose less than a backorder system backorders.
  auto lost_opt = o;
  lost_opt.lost_sales = true;
  const auto lost = inv::simulate(pol, poisson(8), {.fixed = 2}, c, lost_opt);
  CHECK(lost.backorders == 0.0);
  CHECK(lost.lost_sales > 0.0);
  CHECK(lost.beta >= fixed.beta - 3 * fixed.beta_half_width);
  CHECK(lost.beta == doctest::Approx(1 - lost.lost_sales / 8).epsilon(0.01));
}

TEST_CASE("forecast sample paths reproduce the lead-time aggregate and drive the simulator") {
  core::vector<double> mu(4);
  mu << 100, 100, 100, 100;
  core::vector<double> sd(4);
  sd << 10, 10, 10, 10;
  core::vector<double> cum(4);
  cum << 100, 300, 600, 1000;  // correlated steps: more than 100 * L
  const auto f = core::make_normal_forecast<double>(mu, sd, {0.9}, {}, cum);
  const core::index n = 40000;
  const core::matrix<double> paths = inv::sample_paths(f, n, 11);
  CHECK(paths.rows() == 4);
  const core::vector<double> total3 = paths.topRows(3).colwise().sum().transpose();
  const double m = total3.mean();
  const double v = (total3.array() - m).square().sum() / double(n - 1);
  // Sampling error of the variance with n = 40000: sd ~ 600 sqrt(2 / n) = 4.2; allow 5 sd.
  CHECK(m == doctest::Approx(300).epsilon(0.01));
  CHECK(std::abs(v - 600) < 21);
  // Each step keeps its own marginal sd 10 (sampling sd of the variance ~0.7; allow 5 sd).
  const core::vector<double> step4 = paths.row(3).transpose();
  const double m4 = step4.mean();
  CHECK(std::abs((step4.array() - m4).square().sum() / double(n - 1) - 100) < 3.5);
  CHECK(inv::sample_paths(f, 10, 11, 1) == inv::sample_paths(f, 10, 11, 2));
  const auto r = inv::simulate_paths(inv::base_stock_policy(350.0), paths, {.fixed = 2},
                                     inv::periodic_costs<double>{1, 9, 0});
  CHECK(r.periods == 4 * n);
  CHECK(r.beta > 0.9);
  CHECK(r.beta <= 1.0);
}

TEST_CASE("the simulator rejects bad input with invalid_input naming the parameter") {
  const inv::periodic_costs<double> c{1, 9, 0};
  const auto pol = inv::base_stock_policy(10.0);
  CHECK_THROWS_WITH_AS((void)inv::simulate(pol, poisson(-1), {}, c),
                       doctest::Contains("mean is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::simulate(pol, normal(5, -1), {}, c),
                       doctest::Contains("demand sd is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::simulate(pol, poisson(5), {.fixed = -1}, c),
                       doctest::Contains("lead time is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::simulate(pol, poisson(5), {}, inv::periodic_costs<double>{1, -9, 0}),
      doctest::Contains("stockout_cost is -9"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::simulate(pol, poisson(5), {}, c, {.periods = 10, .batches = 50}),
                       doctest::Contains("expected periods >= batches"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::simulate(pol, poisson(5), {}, c, {.confidence = 1.0}),
                       doctest::Contains("confidence is 1"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::simulate(pol, poisson(5), {.probability = {0.5, 0.2}}, c),
                       doctest::Contains("sum to"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::simulate_paths(pol, core::matrix<double>::Constant(3, 1, 5.0), {}, c),
      doctest::Contains("expected at least 2"), core::invalid_input);
  core::vector<double> mu = core::vector<double>::Constant(2, 5.0);
  const auto f = core::make_normal_forecast<double>(mu, mu, {0.9});
  CHECK_THROWS_WITH_AS((void)inv::sample_paths(f, 0, 1), doctest::Contains("paths is 0"),
                       core::invalid_input);
  core::matrix<double> paths = core::matrix<double>::Constant(3, 4, 5.0);
  paths(1, 2) = std::nan("");
  CHECK_THROWS_WITH_AS((void)inv::simulate_paths(pol, paths, {}, c), doctest::Contains("NaN"),
                       core::invalid_input);
  // Enumerators outside their range (e.g. from a host's integer field) are errors, not a
  // policy that never orders or a demand of -1 per period.
  CHECK_THROWS_WITH_AS(
      (void)inv::simulate(pol, {.distribution = static_cast<inv::demand_distribution>(9)}, {}, c),
      doctest::Contains("inventory::simulate: demand distribution is 9"), core::invalid_input);
  auto bad_kind = pol;
  bad_kind.kind = static_cast<inv::policy_kind>(-1);
  CHECK_THROWS_WITH_AS((void)inv::simulate(bad_kind, poisson(5), {}, c),
                       doctest::Contains("kind is -1; expected a policy_kind"),
                       core::invalid_input);
  CHECK_THROWS_AS((void)inv::evaluate(bad_kind, inv::poisson_demand<double>{5}, 0, c),
                  core::invalid_input);
}

TEST_CASE("simulation options are validated") {
  CHECK_NOTHROW(inv::validate(inv::simulation_options<double>{}));
  CHECK_THROWS_WITH_AS(inv::validate(inv::simulation_options<double>{.batches = 1}),
                       doctest::Contains("batches is 1"), core::invalid_input);
  CHECK_THROWS_WITH_AS(inv::validate(inv::simulation_options<double>{.warmup = -5}),
                       doctest::Contains("warmup is -5"), core::invalid_input);
}

TEST_CASE("demand distribution names") {
  CHECK(inv::to_string(inv::demand_distribution::negative_binomial) == "negative_binomial");
  CHECK(inv::to_string(inv::demand_distribution::empirical) == "empirical");
  // Empirical demand simulates too: deterministic demand 1 with base-stock 1 never stocks out.
  const auto r = inv::simulate(
      inv::base_stock_policy(1.0),
      {.distribution = inv::demand_distribution::empirical, .probability = {0.0, 1.0}},
      {.fixed = 0}, inv::periodic_costs<double>{1, 9, 0}, {.periods = 1000, .batches = 10});
  CHECK(r.alpha == 1.0);
  CHECK(r.beta == 1.0);
  CHECK(r.on_hand == 0.0);
}

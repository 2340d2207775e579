// SPDX-License-Identifier: Apache-2.0
/// \file
/// Periodic-review policies with backorders: base-stock, (R, S) order-up-to every R periods,
/// (s, S) and (r, Q) (ordering the multiples of Q that lift the inventory position above r).
/// Closed-form steady-state performance (alpha, beta, on hand, backorders, orders, cost) for
/// discrete and normal demand, optimal base-stock and (R, S) levels, and the exact optimal (s, S)
/// policy for discrete demand by Zheng & Federgruen (1991).
///
/// Timing: an order placed at the start of period t arrives at the start of period t + L, before
/// that period's demand; costs are charged on the end-of-period inventory level, which is the
/// inventory position after ordering minus the demand of L + 1 periods.
/// References: Zheng & Federgruen (1991), "Finding optimal (s, S) policies is about as simple as
/// evaluating a single policy", Operations Research 39(4):654-665; Zipkin (2000), Foundations of
/// Inventory Management, sections 6.7-6.8 and 9.4; Axsaeter (2015), Inventory Control, 3rd ed.,
/// section 5.9 (fill rate in periodic review); Snyder & Shen (2019), 2nd ed., sections 4.3-4.4.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include <boost/math/tools/minima.hpp>

#include <foresight/core/distribution.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/inventory/detail/periodic.hpp>
#include <foresight/inventory/detail/validate.hpp>
#include <foresight/inventory/policy.hpp>
#include <foresight/inventory/safety_stock.hpp>
#include <foresight/inventory/service.hpp>

namespace foresight::inventory {

/// Steady-state performance of `pol` under independent discrete demand per period `demand`
/// (one-period pmf, e.g. `tabulate(poisson_demand{4.0})`) and integer lead time L >= 0.
/// Levels are rounded to integers. (s, S) uses the renewal-based stationary distribution of the
/// inventory position (Zheng & Federgruen 1991); (r, Q) its uniform distribution on r+1..r+Q.
/// Throws: invalid_input for a negative lead time, invalid costs or an invalid policy.
/// Example: `auto perf = inventory::evaluate(inventory::min_max_policy(6.0, 40.0),
/// inventory::tabulate(inventory::poisson_demand{10.0}), 0, costs);`
template <std::floating_point Scalar>
[[nodiscard]] performance<Scalar> evaluate(const policy<Scalar>& pol,
                                           const empirical_demand<Scalar>& demand,
                                           core::index lead_time,
                                           const periodic_costs<Scalar>& costs);

/// As above for a tabulated one-period demand; the table must be that of one period and is
/// convolved with itself for the lead time (so it must come from `tabulate(empirical_demand)`
/// semantics: the support 0..n-1 is taken as exact).
template <std::floating_point Scalar>
[[nodiscard]] performance<Scalar> evaluate(const policy<Scalar>& pol,
                                           const pmf_table<Scalar>& one_period,
                                           core::index lead_time,
                                           const periodic_costs<Scalar>& costs) {
  return evaluate(pol, empirical_demand<Scalar>{one_period.pmf}, lead_time, costs);
}

template <std::floating_point Scalar>
performance<Scalar> evaluate(const policy<Scalar>& pol, const empirical_demand<Scalar>& demand,
                             core::index lead_time, const periodic_costs<Scalar>& costs) {
  constexpr std::string_view where = "inventory::evaluate";
  core::detail::require(lead_time >= 0, where, "lead_time is ", lead_time,
                        "; expected lead_time >= 0");
  detail::validate_periodic_costs(costs, where);
  detail::validate_policy(pol, where);
  const core::index periods = lead_time + pol.review_period;
  std::vector<pmf_table<Scalar>> sums;
  for (core::index k = 0; k <= periods; ++k)
    sums.push_back(tabulate(demand, k));
  return detail::evaluate_tables(pol, sums[1], sums, lead_time, costs);
}

/// Steady-state performance under Poisson demand per period (Poisson sums stay Poisson, so the
/// lead-time tables are exact).
/// Throws: as the empirical overload, or if the mean is not > 0.
/// Example: `inventory::evaluate(inventory::base_stock_policy(14.0),
/// inventory::poisson_demand{8.0}, 1, costs)`.
template <std::floating_point Scalar>
[[nodiscard]] performance<Scalar> evaluate(const policy<Scalar>& pol,
                                           const poisson_demand<Scalar>& demand,
                                           core::index lead_time,
                                           const periodic_costs<Scalar>& costs) {
  constexpr std::string_view where = "inventory::evaluate";
  core::detail::require(lead_time >= 0, where, "lead_time is ", lead_time,
                        "; expected lead_time >= 0");
  detail::validate_periodic_costs(costs, where);
  detail::validate_policy(pol, where);
  std::vector<pmf_table<Scalar>> sums;
  for (core::index k = 0; k <= lead_time + pol.review_period; ++k)
    sums.push_back(tabulate(demand, k));
  return detail::evaluate_tables(pol, sums[1], sums, lead_time, costs);
}

/// Steady-state performance under negative binomial demand per period.
/// Throws: as the Poisson overload, or unless variance > mean.
/// Example: `inventory::evaluate(pol, inventory::negative_binomial_demand{8.0, 16.0}, 1, costs)`.
template <std::floating_point Scalar>
[[nodiscard]] performance<Scalar> evaluate(const policy<Scalar>& pol,
                                           const negative_binomial_demand<Scalar>& demand,
                                           core::index lead_time,
                                           const periodic_costs<Scalar>& costs) {
  constexpr std::string_view where = "inventory::evaluate";
  core::detail::require(lead_time >= 0, where, "lead_time is ", lead_time,
                        "; expected lead_time >= 0");
  detail::validate_periodic_costs(costs, where);
  detail::validate_policy(pol, where);
  std::vector<pmf_table<Scalar>> sums;
  for (core::index k = 0; k <= lead_time + pol.review_period; ++k)
    sums.push_back(tabulate(demand, k));
  return detail::evaluate_tables(pol, sums[1], sums, lead_time, costs);
}

/// Steady-state performance under normal demand per period (continuous; negative demand is not
/// truncated, matching the model). Supports base-stock, (R, S) and (r, Q); (s, S) needs discrete
/// demand.
/// Throws: invalid_input for (s, S), a negative lead time, invalid costs or policy, or demand sd
/// < 0 or a non-finite mean.
/// Example: `inventory::evaluate(inventory::base_stock_policy(264.77),
/// inventory::normal_demand{50.0, 8.0}, 4, costs)`.
template <std::floating_point Scalar>
[[nodiscard]] performance<Scalar> evaluate(const policy<Scalar>& pol,
                                           const normal_demand<Scalar>& demand,
                                           core::index lead_time,
                                           const periodic_costs<Scalar>& costs) {
  constexpr std::string_view where = "inventory::evaluate";
  core::detail::require(lead_time >= 0, where, "lead_time is ", lead_time,
                        "; expected lead_time >= 0");
  detail::require_finite(demand.mean, where, "demand mean");
  detail::require_nonnegative(demand.sd, where, "demand sd");
  detail::validate_periodic_costs(costs, where);
  detail::validate_policy(pol, where);
  core::detail::require(pol.kind != policy_kind::min_max, where,
                        "policy min_max needs discrete demand; expected a pmf, Poisson or "
                        "negative binomial demand");
  const double mu = demand.mean;
  const double sd = demand.sd;
  auto over = [&](double periods) { return std::pair{mu * periods, sd * std::sqrt(periods)}; };
  const auto L = static_cast<double>(lead_time);
  detail::level_measures acc;
  double orders = 0;
  if (pol.kind == policy_kind::base_stock || pol.kind == policy_kind::order_up_to) {
    const core::index R = pol.kind == policy_kind::base_stock ? 1 : pol.review_period;
    for (core::index k = 1; k <= R; ++k) {
      const auto [m1, s1] = over(L + static_cast<double>(k));
      const auto [m0, s0] = over(L + static_cast<double>(k) - 1);
      detail::accumulate(acc, detail::measures_normal(m1, s1, m0, s0, pol.order_up_to),
                         1.0 / static_cast<double>(R));
    }
    orders = 1.0 / static_cast<double>(R);
  } else {
    const auto [m1, s1] = over(L + 1);
    const auto [m0, s0] = over(L);
    acc = detail::measures_normal_uniform(m1, s1, m0, s0, pol.reorder_point, pol.order_quantity);
    orders = mu / static_cast<double>(pol.order_quantity);
  }
  return detail::to_performance(acc, mu, orders, costs);
}

/// Optimal base-stock level for normal demand: S* = F^{-1}(p / (p + h)) of the demand over L + 1
/// periods (Snyder & Shen 2019, section 4.3.4), and its holding + backorder cost.
/// Throws: invalid_input for a negative lead time, invalid costs or demand.
/// Example: `inventory::optimize_base_stock(inventory::normal_demand{50.0, 8.0}, 4, {0.18, 0.7})`.
template <std::floating_point Scalar>
[[nodiscard]] policy_result<Scalar> optimize_base_stock(const normal_demand<Scalar>& demand,
                                                        core::index lead_time,
                                                        const periodic_costs<Scalar>& costs) {
  constexpr std::string_view where = "inventory::optimize_base_stock";
  core::detail::require(lead_time >= 0, where, "lead_time is ", lead_time,
                        "; expected lead_time >= 0");
  detail::require_finite(demand.mean, where, "demand mean");
  detail::require_nonnegative(demand.sd, where, "demand sd");
  detail::validate_periodic_costs(costs, where);
  const auto periods = static_cast<Scalar>(lead_time + 1);
  const core::gaussian<Scalar> d{demand.mean * periods, demand.sd * std::sqrt(periods)};
  const Scalar cr = costs.stockout_cost / (costs.stockout_cost + costs.holding_cost);
  policy_result<Scalar> r;
  r.optimal = base_stock_policy(core::quantile(d, cr));
  r.cost = evaluate(r.optimal, demand, lead_time, costs).cost;
  return r;
}

/// Optimal base-stock level for Poisson demand per period (smallest S with
/// P(D_{L+1} <= S) >= p / (p + h)).
/// Throws: invalid_input for a negative lead time or invalid costs.
/// Example: `inventory::optimize_base_stock(inventory::poisson_demand{6.0}, 0, {1.0, 4.0})`.
template <std::floating_point Scalar>
[[nodiscard]] policy_result<Scalar> optimize_base_stock(const poisson_demand<Scalar>& demand,
                                                        core::index lead_time,
                                                        const periodic_costs<Scalar>& costs) {
  constexpr std::string_view where = "inventory::optimize_base_stock";
  core::detail::require(lead_time >= 0, where, "lead_time is ", lead_time,
                        "; expected lead_time >= 0");
  detail::validate_periodic_costs(costs, where);
  const auto t = tabulate(demand, lead_time + 1);
  const Scalar cr = costs.stockout_cost / (costs.stockout_cost + costs.holding_cost);
  policy_result<Scalar> r;
  r.optimal = base_stock_policy(static_cast<Scalar>(quantile(t, cr)));
  r.cost = evaluate(r.optimal, demand, lead_time, costs).cost;
  return r;
}

/// Optimal (R, S) order-up-to level for normal demand and a given review period R: S minimises
/// the convex average over the R periods of h E[IL^+] + p E[IL^-]; the cost adds K / R.
/// Throws: invalid_input for R < 1, a negative lead time, invalid costs or demand.
/// Example: `inventory::optimize_order_up_to(inventory::normal_demand{50.0, 8.0}, 2, 1, costs)`.
template <std::floating_point Scalar>
[[nodiscard]] policy_result<Scalar> optimize_order_up_to(const normal_demand<Scalar>& demand,
                                                         core::index review_period,
                                                         core::index lead_time,
                                                         const periodic_costs<Scalar>& costs) {
  constexpr std::string_view where = "inventory::optimize_order_up_to";
  core::detail::require(review_period >= 1, where, "review_period is ", review_period,
                        "; expected review_period >= 1");
  core::detail::require(lead_time >= 0, where, "lead_time is ", lead_time,
                        "; expected lead_time >= 0");
  detail::require_finite(demand.mean, where, "demand mean");
  detail::require_positive(demand.sd, where, "demand sd");
  detail::validate_periodic_costs(costs, where);
  auto cost_at = [&](double s) {
    return static_cast<double>(evaluate(order_up_to_policy(review_period, static_cast<Scalar>(s)),
                                        demand, lead_time, costs)
                                   .cost);
  };
  // S* solves (1/R) sum_k F_{L+k}(S) = p / (p + h), so it lies between the newsvendor levels of
  // the demand over L + 1 and over L + R periods: bracket the means of both, widened by 12 sd of
  // the longer interval (the whole span matters when R mu is large against sd).
  const double mean = static_cast<double>(demand.mean);
  const double first = mean * static_cast<double>(lead_time + 1);
  const double last = mean * static_cast<double>(lead_time + review_period);
  const double spread = 12 * static_cast<double>(demand.sd) *
                        std::sqrt(static_cast<double>(lead_time + review_period));
  std::uintmax_t it = 500;
  const auto best = boost::math::tools::brent_find_minima(cost_at, std::min(first, last) - spread,
                                                          std::max(first, last) + spread,
                                                          std::numeric_limits<Scalar>::digits, it);
  policy_result<Scalar> r;
  r.optimal = order_up_to_policy(review_period, static_cast<Scalar>(best.first));
  r.cost = static_cast<Scalar>(best.second);
  return r;
}

/// Exact optimal (s, S) policy for discrete demand (one-period pmf) and integer lead time L by
/// Zheng & Federgruen (1991), with G(y) = h E[(y - D_{L+1})^+] + p E[(D_{L+1} - y)^+] and fixed
/// cost K per order. The cost is the exact long-run average per period.
/// Throws: invalid_input for a negative lead time, invalid costs (K must be > 0), a table that
/// is empty, has a negative or non-finite probability or does not sum to 1, or a demand that is
/// 0 with probability 1.
/// Example: `auto best = inventory::optimize_min_max(inventory::poisson_demand{10.0}, 0,
/// {1.0, 9.0, 64.0});`
template <std::floating_point Scalar>
[[nodiscard]] policy_result<Scalar> optimize_min_max(const pmf_table<Scalar>& one_period,
                                                     const pmf_table<Scalar>& lead_time_plus_one,
                                                     const periodic_costs<Scalar>& costs) {
  constexpr std::string_view where = "inventory::optimize_min_max";
  detail::validate_periodic_costs(costs, where);
  detail::require_positive(costs.fixed_cost, where, "fixed_cost");
  detail::validate_pmf_table(one_period, where, "one_period");
  detail::validate_pmf_table(lead_time_plus_one, where, "lead_time_plus_one");
  const double h = costs.holding_cost;
  const double p = costs.stockout_cost;
  const core::index y_star = quantile(lead_time_plus_one, static_cast<Scalar>(p / (p + h)));
  // G(y) memoised on a dense window around y*, grown on demand: the algorithm evaluates G at
  // O(S - s) distinct points, many of them repeatedly.
  core::index base = y_star;
  std::vector<double> cache;
  auto direct = [&](core::index y) {
    return h * static_cast<double>(complementary_loss(lead_time_plus_one, y)) +
           p * static_cast<double>(loss(lead_time_plus_one, y));
  };
  auto g = [&](core::index y) {
    const auto size = static_cast<core::index>(cache.size());
    if (y < base || y >= base + size) {
      const core::index lo = std::min(base, y - 16);
      const core::index hi = std::max(base + size, y + 17);
      std::vector<double> grown(static_cast<std::size_t>(hi - lo));
      for (core::index x = lo; x < hi; ++x) {
        const bool cached = x >= base && x < base + size;
        grown[static_cast<std::size_t>(x - lo)] =
            cached ? cache[static_cast<std::size_t>(x - base)] : direct(x);
      }
      cache = std::move(grown);
      base = lo;
    }
    return cache[static_cast<std::size_t>(y - base)];
  };
  return detail::zheng_federgruen(one_period, costs.fixed_cost, g, y_star);
}

/// Exact optimal (s, S) for Poisson demand per period and integer lead time L (see above).
/// Example: `inventory::optimize_min_max(inventory::poisson_demand{10.0}, 0, {1.0, 9.0, 64.0})`.
template <std::floating_point Scalar>
[[nodiscard]] policy_result<Scalar> optimize_min_max(const poisson_demand<Scalar>& demand,
                                                     core::index lead_time,
                                                     const periodic_costs<Scalar>& costs) {
  core::detail::require(lead_time >= 0, "inventory::optimize_min_max", "lead_time is ", lead_time,
                        "; expected lead_time >= 0");
  return optimize_min_max(tabulate(demand), tabulate(demand, lead_time + 1), costs);
}

/// Exact optimal (s, S) for negative binomial demand per period and integer lead time L.
/// Example: `inventory::optimize_min_max(inventory::negative_binomial_demand{10.0, 20.0}, 1,
/// costs)`.
template <std::floating_point Scalar>
[[nodiscard]] policy_result<Scalar> optimize_min_max(const negative_binomial_demand<Scalar>& demand,
                                                     core::index lead_time,
                                                     const periodic_costs<Scalar>& costs) {
  core::detail::require(lead_time >= 0, "inventory::optimize_min_max", "lead_time is ", lead_time,
                        "; expected lead_time >= 0");
  return optimize_min_max(tabulate(demand), tabulate(demand, lead_time + 1), costs);
}

}  // namespace foresight::inventory

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
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/math/tools/minima.hpp>

#include <foresight/core/distribution.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/inventory/detail/validate.hpp>
#include <foresight/inventory/safety_stock.hpp>
#include <foresight/inventory/service.hpp>

namespace foresight::inventory {

/// Kind of periodic-review policy.
enum class policy_kind : int {
  base_stock = 0,     ///< order up to S every period
  order_up_to = 1,    ///< (R, S): order up to S every review_period periods
  min_max = 2,        ///< (s, S): if the inventory position is <= s, order up to S
  reorder_point = 3,  ///< (r, Q): if it is <= r, order the multiples of Q that lift it above r
};

/// Name of a policy kind, e.g. "min_max".
[[nodiscard]] constexpr std::string_view to_string(policy_kind k) noexcept {
  switch (k) {
    case policy_kind::base_stock:
      return "base_stock";
    case policy_kind::order_up_to:
      return "order_up_to";
    case policy_kind::min_max:
      return "min_max";
    case policy_kind::reorder_point:
      return "reorder_point";
  }
  return "unknown";
}

/// A periodic-review replenishment policy.
template <std::floating_point Scalar = double>
struct policy {
  /// Which rule orders.
  policy_kind kind = policy_kind::base_stock;
  /// s of (s, S) or r of (r, Q) (any finite value).
  Scalar reorder_point = 0;
  /// S of base-stock, (R, S) and (s, S) (> reorder_point for (s, S)).
  Scalar order_up_to = 0;
  /// Q of (r, Q) (> 0).
  Scalar order_quantity = 0;
  /// R of (R, S), in periods (>= 1).
  core::index review_period = 1;
};

/// Base-stock policy with level S.
template <std::floating_point Scalar>
[[nodiscard]] policy<Scalar> base_stock_policy(Scalar level) {
  return {policy_kind::base_stock, 0, level, 0, 1};
}
/// (R, S) policy: order up to S every R periods.
template <std::floating_point Scalar>
[[nodiscard]] policy<Scalar> order_up_to_policy(core::index review_period, Scalar level) {
  return {policy_kind::order_up_to, 0, level, 0, review_period};
}
/// (s, S) policy.
template <std::floating_point Scalar>
[[nodiscard]] policy<Scalar> min_max_policy(Scalar s, Scalar level) {
  return {policy_kind::min_max, s, level, 0, 1};
}
/// (r, Q) policy.
template <std::floating_point Scalar>
[[nodiscard]] policy<Scalar> reorder_point_policy(Scalar r, Scalar quantity) {
  return {policy_kind::reorder_point, r, 0, quantity, 1};
}

/// Costs of a periodic-review system, per period.
template <std::floating_point Scalar = double>
struct periodic_costs {
  /// Holding cost per unit on hand at the end of a period (> 0).
  Scalar holding_cost = 1;
  /// Backorder cost per unit backordered at the end of a period (> 0).
  Scalar stockout_cost = 1;
  /// Fixed cost per order (>= 0); for (r, Q) each batch of Q is one order.
  Scalar fixed_cost = 0;
};

/// Steady-state performance of a policy, per period.
template <std::floating_point Scalar = double>
struct performance {
  /// Probability that a period ends without backorders (P(IL >= 0); the cycle service level for
  /// base-stock and (R, S) per period).
  Scalar alpha = 0;
  /// Fill rate: fraction of demand met from stock on hand.
  Scalar beta = 0;
  /// Expected units on hand at the end of a period.
  Scalar on_hand = 0;
  /// Expected units backordered at the end of a period.
  Scalar backorders = 0;
  /// Expected orders per period.
  Scalar orders_per_period = 0;
  /// Expected total cost per period: holding + backorder + fixed ordering.
  Scalar cost = 0;
};

namespace detail {

template <std::floating_point Scalar>
void validate_periodic_costs(const periodic_costs<Scalar>& c, std::string_view where) {
  require_positive(c.holding_cost, where, "holding_cost");
  require_positive(c.stockout_cost, where, "stockout_cost");
  require_nonnegative(c.fixed_cost, where, "fixed_cost");
}

template <std::floating_point Scalar>
void validate_policy(const policy<Scalar>& p, std::string_view where) {
  const auto kind = static_cast<int>(p.kind);
  core::detail::require(kind >= 0 && kind <= 3, where, "kind is ", kind,
                        "; expected a policy_kind (0..3)");
  require_finite(p.reorder_point, where, "reorder_point");
  require_finite(p.order_up_to, where, "order_up_to");
  core::detail::require(p.review_period >= 1, where, "review_period is ", p.review_period,
                        "; expected review_period >= 1");
  if (p.kind == policy_kind::min_max && !(p.order_up_to > p.reorder_point)) {
    core::detail::raise<core::invalid_input>(where, "order_up_to is ", p.order_up_to,
                                             "; expected order_up_to > reorder_point (",
                                             p.reorder_point, ")");
  }
  if (p.kind == policy_kind::reorder_point)
    require_positive(p.order_quantity, where, "order_quantity");
}

/// Renewal quantities of one-period demand: m(j) for j < n (Zheng & Federgruen 1991, eq. 3).
template <std::floating_point Scalar>
[[nodiscard]] std::vector<double> renewal_density(const pmf_table<Scalar>& d, core::index n) {
  std::vector<double> m(static_cast<std::size_t>(std::max<core::index>(n, 1)), 0.0);
  const double p0 = d.pmf.empty() ? 0.0 : static_cast<double>(d.pmf[0]);
  core::detail::require(p0 < 1, "inventory::detail::renewal_density",
                        "demand is 0 with probability 1; expected positive demand");
  m[0] = 1 / (1 - p0);
  for (std::size_t j = 1; j < m.size(); ++j) {
    double s = 0;
    const std::size_t lmax = std::min(j, d.pmf.size() - 1);
    for (std::size_t l = 1; l <= lmax; ++l)
      s += static_cast<double>(d.pmf[l]) * m[j - l];
    m[j] = s / (1 - p0);
  }
  return m;
}

/// Per-level end-of-period measures with IP = y: (P(IL >= 0), E[IL^+], E[IL^-], new shortage).
struct level_measures {
  double no_stockout = 0;
  double on_hand = 0;
  double backorders = 0;
  double shortage = 0;
};

template <std::floating_point Scalar>
[[nodiscard]] level_measures measures_discrete(const pmf_table<Scalar>& d_l1,
                                               const pmf_table<Scalar>& d_l, core::index y) {
  level_measures m;
  m.no_stockout = static_cast<double>(cdf(d_l1, y));
  m.on_hand = static_cast<double>(complementary_loss(d_l1, y));
  m.backorders = static_cast<double>(loss(d_l1, y));
  // Units short in the period: E[IL_end^-] - E[(IL_end + D_t)^-], with IL_end + D_t = y - D_L
  // (Axsaeter 2015, eq. 5.37 for the discrete case).
  m.shortage = m.backorders - static_cast<double>(loss(d_l, y));
  return m;
}

inline level_measures measures_normal(double mu1, double s1, double mu0, double s0, double y) {
  auto n = [](double mu, double s, double x) {
    return s > 0 ? s * static_cast<double>(standard_normal_loss((x - mu) / s))
                 : std::max(0.0, mu - x);
  };
  level_measures m;
  m.no_stockout = s1 > 0 ? 1 - static_cast<double>(std_normal_upper_tail((y - mu1) / s1))
                         : (y >= mu1 ? 1.0 : 0.0);
  m.backorders = n(mu1, s1, y);
  m.on_hand = y - mu1 + m.backorders;
  m.shortage = m.backorders - n(mu0, s0, y);
  return m;
}

/// Averages of the measures for IP uniform on [r, r + Q] with normal demand (closed form via
/// first- and second-order loss functions).
inline level_measures measures_normal_uniform(double mu1, double s1, double mu0, double s0,
                                              double r, double q) {
  // integral over y in [r, r + Q] of n(y) = s^2 (G2(z_r) - G2(z_{r+Q})); of P(D > y) = s (G(z_r)
  // - G(z_{r+Q})).
  auto int_n = [&](double mu, double s) {
    if (s == 0) {
      // integral of (mu - y)^+ over [r, r+Q]
      const double a = std::max(0.0, mu - r);
      const double b = std::max(0.0, mu - r - q);
      return (a * a - b * b) / 2;
    }
    return s * s *
           static_cast<double>(standard_normal_loss2((r - mu) / s) -
                               standard_normal_loss2((r + q - mu) / s));
  };
  level_measures m;
  const double tail = s1 > 0 ? s1 * static_cast<double>(standard_normal_loss((r - mu1) / s1) -
                                                        standard_normal_loss((r + q - mu1) / s1))
                             : std::clamp(mu1 - r, 0.0, q);
  m.no_stockout = 1 - tail / q;
  m.backorders = int_n(mu1, s1) / q;
  m.on_hand = r + q / 2 - mu1 + m.backorders;
  m.shortage = m.backorders - int_n(mu0, s0) / q;
  return m;
}

template <std::floating_point Scalar>
[[nodiscard]] performance<Scalar> to_performance(const level_measures& m, double mean_demand,
                                                 double orders, const periodic_costs<Scalar>& c) {
  performance<Scalar> out;
  out.alpha = static_cast<Scalar>(m.no_stockout);
  out.beta = static_cast<Scalar>(mean_demand > 0 ? 1 - m.shortage / mean_demand : 1.0);
  out.on_hand = static_cast<Scalar>(m.on_hand);
  out.backorders = static_cast<Scalar>(m.backorders);
  out.orders_per_period = static_cast<Scalar>(orders);
  out.cost = static_cast<Scalar>(static_cast<double>(c.holding_cost) * m.on_hand +
                                 static_cast<double>(c.stockout_cost) * m.backorders +
                                 static_cast<double>(c.fixed_cost) * orders);
  return out;
}

inline void accumulate(level_measures& acc, const level_measures& m, double w) {
  acc.no_stockout += w * m.no_stockout;
  acc.on_hand += w * m.on_hand;
  acc.backorders += w * m.backorders;
  acc.shortage += w * m.shortage;
}

}  // namespace detail

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

namespace detail {

template <std::floating_point Scalar>
[[nodiscard]] performance<Scalar> evaluate_tables(const policy<Scalar>& pol,
                                                  const pmf_table<Scalar>& one,
                                                  const std::vector<pmf_table<Scalar>>& sums,
                                                  core::index lead_time,
                                                  const periodic_costs<Scalar>& costs) {
  // sums[k] = demand over k periods, k = 0..lead_time + review_period.
  const auto L = static_cast<std::size_t>(lead_time);
  const double mean = static_cast<double>(one.mean);
  level_measures acc;
  double orders = 0;
  switch (pol.kind) {
    case policy_kind::base_stock: {
      acc = measures_discrete(sums[L + 1], sums[L],
                              static_cast<core::index>(std::lround(pol.order_up_to)));
      orders = 1 - (one.pmf.empty() ? 0.0 : static_cast<double>(one.pmf[0]));
      break;
    }
    case policy_kind::order_up_to: {
      const auto R = static_cast<std::size_t>(pol.review_period);
      const auto S = static_cast<core::index>(std::lround(pol.order_up_to));
      for (std::size_t k = 1; k <= R; ++k)
        accumulate(acc, measures_discrete(sums[L + k], sums[L + k - 1], S),
                   1.0 / static_cast<double>(R));
      // An order is placed at a review if any demand occurred since the last one.
      orders = (1 - static_cast<double>(cdf(sums[R], 0))) / static_cast<double>(R);
      break;
    }
    case policy_kind::min_max: {
      const auto s = static_cast<core::index>(std::lround(pol.reorder_point));
      const auto S = static_cast<core::index>(std::lround(pol.order_up_to));
      const core::index n = S - s;
      core::detail::require(n >= 1, "inventory::evaluate", "order_up_to rounds to ", S,
                            " and reorder_point to ", s,
                            "; expected order_up_to > reorder_point for discrete demand");
      const auto m = renewal_density(one, n);
      double big_m = 0;
      for (core::index j = 0; j < n; ++j)
        big_m += m[static_cast<std::size_t>(j)];
      // Stationary inventory position after ordering: P(IP = S - j) = m(j) / M(S - s).
      for (core::index j = 0; j < n; ++j)
        accumulate(acc, measures_discrete(sums[L + 1], sums[L], S - j),
                   m[static_cast<std::size_t>(j)] / big_m);
      orders = 1 / big_m;
      break;
    }
    case policy_kind::reorder_point: {
      const auto r = static_cast<core::index>(std::lround(pol.reorder_point));
      const auto q = static_cast<core::index>(std::lround(pol.order_quantity));
      core::detail::require(q >= 1, "inventory::evaluate", "order_quantity rounds to ", q,
                            "; expected >= 1 for discrete demand");
      for (core::index y = r + 1; y <= r + q; ++y)
        accumulate(acc, measures_discrete(sums[L + 1], sums[L], y), 1.0 / static_cast<double>(q));
      orders = mean / static_cast<double>(q);
      break;
    }
  }
  return to_performance(acc, mean, orders, costs);
}

}  // namespace detail

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

/// An optimal periodic-review policy and its cost per period.
template <std::floating_point Scalar = double>
struct policy_result {
  /// The policy.
  policy<Scalar> optimal;
  /// Expected cost per period (holding + backorder + fixed ordering).
  Scalar cost = 0;
  /// Remarks.
  std::vector<std::string> notes;
};

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

namespace detail {

/// Zheng & Federgruen (1991) on G(y) given at integer y (callable), one-period pmf `one`.
template <std::floating_point Scalar, typename G>
[[nodiscard]] policy_result<Scalar> zheng_federgruen(const pmf_table<Scalar>& one, double k, G&& g,
                                                     core::index y_star) {
  // m(j) grows on demand; c(s, S) = (K + sum_{j<S-s} m(j) G(S - j)) / M(S - s) (eq. 2-3).
  std::vector<double> m = renewal_density(one, 64);
  auto ensure = [&](core::index n) {
    if (static_cast<core::index>(m.size()) < n)
      m = renewal_density(one, std::max<core::index>(n, 2 * static_cast<core::index>(m.size())));
  };
  auto c = [&](core::index s, core::index big_s) {
    const core::index n = big_s - s;
    ensure(n);
    double num = k;
    double den = 0;
    for (core::index j = 0; j < n; ++j) {
      num += m[static_cast<std::size_t>(j)] * g(big_s - j);
      den += m[static_cast<std::size_t>(j)];
    }
    return num / den;
  };
  // Step 0-1 of the algorithm: S0 = y*, lower s until c(s, S0) <= G(s).
  core::index s = y_star - 1;
  core::index big_s0 = y_star;
  while (c(s, big_s0) > g(s))
    --s;
  double c0 = c(s, big_s0);
  core::index big_s = big_s0 + 1;
  // Step 2: increase S while G(S) <= c0; on improvement raise s while c(s, S0) <= G(s + 1).
  while (g(big_s) <= c0) {
    const double cs = c(s, big_s);
    if (cs < c0) {
      big_s0 = big_s;
      while (c(s, big_s0) <= g(s + 1))
        ++s;
      c0 = c(s, big_s0);
    }
    ++big_s;
  }
  policy_result<Scalar> r;
  r.optimal = min_max_policy(static_cast<Scalar>(s), static_cast<Scalar>(big_s0));
  r.cost = static_cast<Scalar>(c0);
  return r;
}

}  // namespace detail

namespace detail {
/// Throws invalid_input unless `t` is a usable pmf: non-empty, finite non-negative probabilities
/// summing to 1 (within 1e-6, 1e-4 for float, which covers the tail that `tabulate` drops).
template <std::floating_point Scalar>
void validate_pmf_table(const pmf_table<Scalar>& t, std::string_view where, std::string_view name) {
  core::detail::require(!t.pmf.empty(), where, name,
                        " has an empty pmf; expected P(D = k) for k = 0..n-1");
  double total = 0;
  for (std::size_t k = 0; k < t.pmf.size(); ++k) {
    core::detail::require(std::isfinite(t.pmf[k]) && t.pmf[k] >= 0, where, name, ".pmf[", k,
                          "] is ", t.pmf[k], "; expected a finite probability >= 0");
    total += static_cast<double>(t.pmf[k]);
  }
  const double tol = std::is_same_v<Scalar, float> ? 1e-4 : 1e-6;
  core::detail::require(std::abs(total - 1) <= tol, where, name, " probabilities sum to ", total,
                        "; expected 1");
  core::detail::require(std::isfinite(t.mean), where, name, ".mean is ", t.mean,
                        "; expected a finite mean");
}
}  // namespace detail

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

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Continuous-review (r, Q) policies with backorders: the exact expected cost per unit time for
/// normal or discrete (e.g. Poisson) lead-time demand, the exact optimum (convex minimisation for
/// normal demand; Federgruen & Zheng 1992 for discrete demand) and two EOQ-based approximations
/// (EOQ + newsvendor reorder point; Hadley & Whitin's iterative method), each reported with its
/// exact cost and its gap to the exact optimum.
/// References: Zipkin (2000), Foundations of Inventory Management, section 6.4 (eq. 6.4.7);
/// Federgruen & Zheng (1992), "An efficient algorithm for computing an optimal (r, Q) policy in
/// continuous review stochastic inventory systems", Operations Research 40(4):808-813; Hadley &
/// Whitin (1963), Analysis of Inventory Systems, section 4.4; Snyder & Shen (2019), Fundamentals
/// of Supply Chain Theory, 2nd ed., sections 5.2-5.4.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <boost/math/tools/minima.hpp>
#include <boost/math/tools/roots.hpp>

#include <foresight/core/distribution.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/inventory/detail/validate.hpp>
#include <foresight/inventory/service.hpp>

namespace foresight::inventory {

/// Costs of a continuous-review (r, Q) system per unit time.
template <std::floating_point Scalar = double>
struct rq_costs {
  /// Fixed cost per order K (> 0).
  Scalar fixed_cost = 1;
  /// Holding cost h per unit per unit time (> 0).
  Scalar holding_cost = 1;
  /// Backorder cost p per unit per unit time (> 0).
  Scalar stockout_cost = 1;
};

/// Which formula produced an (r, Q) pair.
enum class rq_method : int {
  exact = 0,           ///< exact optimum of the exact cost
  eoq_newsvendor = 1,  ///< Q = EOQ, r = F^{-1}(p / (p + h)) (Snyder & Shen 2019, section 5.3.2)
  hadley_whitin = 2,   ///< iterative expected-inventory-level approximation (Hadley & Whitin)
  evaluated = 3,       ///< a given (r, Q) evaluated
};

/// Name of an (r, Q) method, e.g. "hadley_whitin".
[[nodiscard]] constexpr std::string_view to_string(rq_method m) noexcept {
  switch (m) {
    case rq_method::exact:
      return "exact";
    case rq_method::eoq_newsvendor:
      return "eoq_newsvendor";
    case rq_method::hadley_whitin:
      return "hadley_whitin";
    case rq_method::evaluated:
      return "evaluated";
  }
  return "unknown";
}

/// An (r, Q) policy with its exact cost and, for approximations, the gap to the exact optimum.
template <std::floating_point Scalar = double>
struct rq_result {
  /// Reorder point r: order when the inventory position reaches r.
  Scalar reorder_point = 0;
  /// Order quantity Q.
  Scalar order_quantity = 0;
  /// Exact expected cost per unit time of (r, Q).
  Scalar cost = 0;
  /// The approximation's own cost estimate (NaN for exact and evaluated).
  Scalar approximate_cost = std::numeric_limits<Scalar>::quiet_NaN();
  /// Exact optimal cost, for comparison.
  Scalar optimal_cost = 0;
  /// cost / optimal_cost - 1 (0 for the exact optimum).
  Scalar gap = 0;
  /// Which formula was used.
  rq_method method = rq_method::exact;
  /// Remarks.
  std::vector<std::string> notes;
};

namespace detail {

template <std::floating_point Scalar>
void validate_rq_costs(const rq_costs<Scalar>& c, std::string_view where) {
  require_positive(c.fixed_cost, where, "fixed_cost");
  require_positive(c.holding_cost, where, "holding_cost");
  require_positive(c.stockout_cost, where, "stockout_cost");
}

/// g(y) = h E[(y - D)^+] + p E[(D - y)^+] for normal D (Zipkin 2000, eq. 6.4.4).
inline double g_normal(double y, double mu, double sigma, double h, double p) {
  const double z = (y - mu) / sigma;
  return h * (y - mu) + (h + p) * sigma * standard_normal_loss(z);
}

/// Integral of g over [r, r + Q] via the second-order loss function.
inline double g_integral_normal(double r, double q, double mu, double sigma, double h, double p) {
  const double g2 =
      standard_normal_loss2((r - mu) / sigma) - standard_normal_loss2((r + q - mu) / sigma);
  return h * (q * (r - mu) + q * q / 2) + (h + p) * sigma * sigma * g2;
}

/// Exact C(r, Q) = (K lambda + integral of g over [r, r+Q]) / Q.
inline double rq_cost_normal(double r, double q, double lambda, double mu, double sigma, double k,
                             double h, double p) {
  return (k * lambda + g_integral_normal(r, q, mu, sigma, h, p)) / q;
}

/// For fixed Q the optimal r solves g(r) = g(r + Q) (Zipkin 2000, section 6.4.3).
inline double best_r_normal(double q, double mu, double sigma, double h, double p) {
  const double y_star = mu + sigma * static_cast<double>(core::normal_quantile(p / (p + h)));
  auto f = [&](double r) {
    return g_normal(r, mu, sigma, h, p) - g_normal(r + q, mu, sigma, h, p);
  };
  double lo = y_star - q;
  double hi = y_star;
  if (f(lo) <= 0)
    return lo;
  if (f(hi) >= 0)
    return hi;
  std::uintmax_t it = 200;
  const auto root = boost::math::tools::toms748_solve(
      f, lo, hi, boost::math::tools::eps_tolerance<double>(50), it);
  return (root.first + root.second) / 2;
}

template <std::floating_point Scalar>
void validate_rq_normal(Scalar demand_rate, const core::gaussian<Scalar>& ltd,
                        const rq_costs<Scalar>& c, std::string_view where) {
  require_positive(demand_rate, where, "demand_rate");
  core::detail::validate_gaussian(ltd, where);
  core::detail::require(ltd.sd > 0, where, "lead-time demand sd is ", ltd.sd,
                        "; expected sd > 0 (use eoq for deterministic demand)");
  validate_rq_costs(c, where);
}

}  // namespace detail

/// Exact expected cost per unit time of (r, Q) with normal lead-time demand (continuous
/// approximation of the inventory position, uniform on [r, r + Q]):
/// C(r, Q) = (K lambda + integral_r^{r+Q} g(y) dy) / Q (Zipkin 2000, eq. 6.4.7).
/// Throws: invalid_input if demand_rate or a cost is not > 0, the sd is not > 0, Q <= 0 or r NaN.
/// Example: `inventory::rq_cost(1300.0, core::gaussian<double>{108.33, 43.30}, {8, 0.225, 7.5},
/// 126.8, 328.5)`.
template <std::floating_point Scalar>
[[nodiscard]] Scalar rq_cost(Scalar demand_rate, const core::gaussian<Scalar>& lead_time_demand,
                             const rq_costs<Scalar>& costs, Scalar reorder_point,
                             Scalar order_quantity) {
  constexpr std::string_view where = "inventory::rq_cost";
  detail::validate_rq_normal(demand_rate, lead_time_demand, costs, where);
  detail::require_finite(reorder_point, where, "reorder_point");
  detail::require_positive(order_quantity, where, "order_quantity");
  return static_cast<Scalar>(detail::rq_cost_normal(
      reorder_point, order_quantity, demand_rate, lead_time_demand.mean, lead_time_demand.sd,
      costs.fixed_cost, costs.holding_cost, costs.stockout_cost));
}

/// Exact optimal (r, Q) for normal lead-time demand: for each Q the best r solves
/// g(r) = g(r + Q); the resulting cost is convex in Q and minimised by Brent's method.
/// Throws: invalid_input as `rq_cost`.
/// Example: `auto p = inventory::optimize_rq(1300.0, core::gaussian<double>{108.33, 43.30}, {8,
/// 0.225, 7.5});`
template <std::floating_point Scalar>
[[nodiscard]] rq_result<Scalar> optimize_rq(Scalar demand_rate,
                                            const core::gaussian<Scalar>& lead_time_demand,
                                            const rq_costs<Scalar>& costs) {
  detail::validate_rq_normal(demand_rate, lead_time_demand, costs, "inventory::optimize_rq");
  const double lambda = demand_rate;
  const double mu = lead_time_demand.mean;
  const double sigma = lead_time_demand.sd;
  const double k = costs.fixed_cost;
  const double h = costs.holding_cost;
  const double p = costs.stockout_cost;
  auto cost_of_q = [&](double q) {
    return detail::rq_cost_normal(detail::best_r_normal(q, mu, sigma, h, p), q, lambda, mu, sigma,
                                  k, h, p);
  };
  // Bracket the convex C(Q): EOQ-with-backorders scale, doubled until the cost rises.
  double hi = 2 * std::sqrt(2 * k * lambda * (h + p) / (h * p)) + sigma;
  while (cost_of_q(2 * hi) < cost_of_q(hi))
    hi *= 2;
  hi *= 2;
  std::uintmax_t it = 500;
  const auto best = boost::math::tools::brent_find_minima(cost_of_q, hi * 1e-9, hi, 52, it);
  rq_result<Scalar> r;
  r.order_quantity = static_cast<Scalar>(best.first);
  r.reorder_point = static_cast<Scalar>(detail::best_r_normal(best.first, mu, sigma, h, p));
  r.cost = static_cast<Scalar>(best.second);
  r.optimal_cost = r.cost;
  r.method = rq_method::exact;
  return r;
}

/// EOQ-based approximations of (r, Q) for normal lead-time demand, each with its exact cost and
/// its gap to the exact optimum. `method` is `eoq_newsvendor` (Q = sqrt(2 K lambda / h),
/// r = mu + sigma Phi^{-1}(p / (p + h))) or `hadley_whitin` (iterate Q = sqrt(2 lambda (K + p
/// n(r)) / h), 1 - F(r) = h Q / (p lambda) from the EOQ until Q changes by < 1e-9 relative; its
/// own cost is h (r - mu + Q / 2) + K lambda / Q + p lambda n(r) / Q).
/// Throws: invalid_input as `rq_cost`, or if method is `exact` or `evaluated`.
/// Example: `inventory::approximate_rq(1300.0, ltd, costs, inventory::rq_method::eoq_newsvendor)`.
template <std::floating_point Scalar>
[[nodiscard]] rq_result<Scalar> approximate_rq(Scalar demand_rate,
                                               const core::gaussian<Scalar>& lead_time_demand,
                                               const rq_costs<Scalar>& costs, rq_method method) {
  constexpr std::string_view where = "inventory::approximate_rq";
  detail::validate_rq_normal(demand_rate, lead_time_demand, costs, where);
  core::detail::require(method == rq_method::eoq_newsvendor || method == rq_method::hadley_whitin,
                        where, "method is ", to_string(method),
                        "; expected eoq_newsvendor or hadley_whitin");
  const double lambda = demand_rate;
  const double mu = lead_time_demand.mean;
  const double sigma = lead_time_demand.sd;
  const double k = costs.fixed_cost;
  const double h = costs.holding_cost;
  const double p = costs.stockout_cost;
  double q = std::sqrt(2 * k * lambda / h);
  double r = 0;
  rq_result<Scalar> out;
  if (method == rq_method::eoq_newsvendor) {
    r = mu + sigma * static_cast<double>(core::normal_quantile(p / (p + h)));
  } else {
    for (int iter = 0; iter < 1000; ++iter) {
      const double tail = std::min(h * q / (p * lambda), 1 - 1e-15);
      r = mu + sigma * static_cast<double>(core::normal_quantile(1 - tail));
      const double n = sigma * standard_normal_loss((r - mu) / sigma);
      const double q_next = std::sqrt(2 * lambda * (k + p * n) / h);
      const bool done = std::abs(q_next - q) <= 1e-12 * q;
      q = q_next;
      if (done)
        break;
    }
    const double tail = std::min(h * q / (p * lambda), 1 - 1e-15);
    r = mu + sigma * static_cast<double>(core::normal_quantile(1 - tail));
    if (h * q / (p * lambda) >= 1)
      out.notes.emplace_back("hadley_whitin: h Q / (p lambda) >= 1; reorder point at the bound");
    const double n = sigma * standard_normal_loss((r - mu) / sigma);
    out.approximate_cost =
        static_cast<Scalar>(h * (r - mu + q / 2) + k * lambda / q + p * lambda * n / q);
  }
  out.reorder_point = static_cast<Scalar>(r);
  out.order_quantity = static_cast<Scalar>(q);
  out.cost = static_cast<Scalar>(detail::rq_cost_normal(r, q, lambda, mu, sigma, k, h, p));
  out.optimal_cost = optimize_rq(demand_rate, lead_time_demand, costs).cost;
  out.gap = out.cost / out.optimal_cost - 1;
  out.method = method;
  out.notes.emplace_back("approximation: " + std::string(to_string(method)));
  return out;
}

namespace detail {
/// g(y) for tabulated discrete lead-time demand.
template <std::floating_point Scalar>
[[nodiscard]] double g_discrete(const pmf_table<Scalar>& ltd, core::index y, double h, double p) {
  const double over = static_cast<double>(complementary_loss(ltd, y));
  const double under = static_cast<double>(loss(ltd, y));
  return h * over + p * under;
}
}  // namespace detail

/// Exact expected cost per unit time of (r, Q) with discrete lead-time demand (e.g. Poisson,
/// unit demands, inventory position uniform on r+1..r+Q):
/// C(r, Q) = (K lambda + sum_{y=r+1}^{r+Q} g(y)) / Q (Zipkin 2000, eq. 6.2.9).
/// Throws: invalid_input if demand_rate or a cost is not > 0 or Q < 1.
/// Example: `inventory::rq_cost(1.5, inventory::tabulate(inventory::poisson_demand{1.5}, 2), {100,
/// 20, 150}, 3, 5)`.
template <std::floating_point Scalar>
[[nodiscard]] Scalar rq_cost(Scalar demand_rate, const pmf_table<Scalar>& lead_time_demand,
                             const rq_costs<Scalar>& costs, core::index reorder_point,
                             core::index order_quantity) {
  constexpr std::string_view where = "inventory::rq_cost";
  detail::require_positive(demand_rate, where, "demand_rate");
  detail::validate_rq_costs(costs, where);
  core::detail::require(order_quantity >= 1, where, "order_quantity is ", order_quantity,
                        "; expected order_quantity >= 1");
  double sum = 0;
  for (core::index y = reorder_point + 1; y <= reorder_point + order_quantity; ++y)
    sum += detail::g_discrete(lead_time_demand, y, costs.holding_cost, costs.stockout_cost);
  return static_cast<Scalar>((costs.fixed_cost * demand_rate + sum) /
                             static_cast<double>(order_quantity));
}

/// Exact optimal integer (r, Q) for discrete lead-time demand by Federgruen & Zheng (1992): grow
/// the window {r+1..r+Q} of the Q smallest g values one point at a time while the next point's
/// g is below the current average cost (O(Q*) evaluations of g).
/// Throws: invalid_input if demand_rate or a cost is not > 0.
/// Example: `auto p = inventory::optimize_rq(1.5,
/// inventory::tabulate(inventory::poisson_demand{1.5}, 2), {100, 20, 150});`
template <std::floating_point Scalar>
[[nodiscard]] rq_result<Scalar> optimize_rq(Scalar demand_rate,
                                            const pmf_table<Scalar>& lead_time_demand,
                                            const rq_costs<Scalar>& costs) {
  constexpr std::string_view where = "inventory::optimize_rq";
  detail::require_positive(demand_rate, where, "demand_rate");
  detail::validate_rq_costs(costs, where);
  const double h = costs.holding_cost;
  const double p = costs.stockout_cost;
  auto g = [&](core::index y) { return detail::g_discrete(lead_time_demand, y, h, p); };
  // y*: the minimiser of the convex g, at the discrete critical fractile.
  const core::index y_star = quantile(lead_time_demand, static_cast<Scalar>(p / (p + h)));
  core::index lo = y_star;  // window is lo..hi
  core::index hi = y_star;
  double sum = g(y_star);
  double kl = costs.fixed_cost * demand_rate;
  double cost = kl + sum;  // Q = 1
  for (;;) {
    const double left = g(lo - 1);
    const double right = g(hi + 1);
    const double next = std::min(left, right);
    const auto q = static_cast<double>(hi - lo + 1);
    // Federgruen & Zheng (1992), section 2: adding y lowers C iff g(y) < C(r, Q).
    if (!(next < cost))
      break;
    if (left <= right)
      --lo;
    else
      ++hi;
    sum += next;
    cost = (kl + sum) / (q + 1);
  }
  rq_result<Scalar> r;
  r.reorder_point = static_cast<Scalar>(lo - 1);
  r.order_quantity = static_cast<Scalar>(hi - lo + 1);
  r.cost = static_cast<Scalar>(cost);
  r.optimal_cost = r.cost;
  r.method = rq_method::exact;
  return r;
}

}  // namespace foresight::inventory

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Vocabulary of periodic-review policies: the policy kinds (base-stock, (R, S), (s, S), (r, Q)),
/// `policy` and its constructors, `periodic_costs`, steady-state `performance` and the
/// `policy_result` of an optimisation. Used by `inventory/periodic.hpp` and
/// `inventory/simulation.hpp`.
#pragma once

#include <concepts>
#include <string>
#include <string_view>
#include <vector>

#include <foresight/core/types.hpp>

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

}  // namespace foresight::inventory

// SPDX-License-Identifier: Apache-2.0
/// \file
/// The EOQ family: basic economic order quantity, planned backorders, economic production
/// quantity, all-units and incremental quantity discounts, the cost of deviating from the
/// optimum, and power-of-two reorder intervals.
/// References: Harris (1913); Snyder & Shen (2019), Fundamentals of Supply Chain Theory, 2nd ed.,
/// sections 3.2-3.5 (eqs. 3.4-3.5 EOQ, 3.27-3.29 backorders, 3.32 EPQ); Silver, Pyke & Thomas
/// (2017), 4th ed., section 5.5 (quantity discounts); Roundy (1985), "98%-effective integer-ratio
/// lot-sizing for one-warehouse multi-retailer systems", Management Science 31(11) (power of two).
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/inventory/detail/validate.hpp>

namespace foresight::inventory {

/// Which member of the EOQ family produced a result.
enum class eoq_method : int {
  basic = 0,                 ///< Harris EOQ, no shortages
  planned_backorders = 1,    ///< EOQ with planned backorders
  production = 2,            ///< economic production quantity (finite replenishment rate)
  all_units_discount = 3,    ///< all-units quantity discount
  incremental_discount = 4,  ///< incremental quantity discount
  power_of_two = 5,          ///< reorder interval restricted to base * 2^k
};

/// Name of an EOQ method, e.g. "all_units_discount".
[[nodiscard]] constexpr std::string_view to_string(eoq_method m) noexcept {
  switch (m) {
    case eoq_method::basic:
      return "basic";
    case eoq_method::planned_backorders:
      return "planned_backorders";
    case eoq_method::production:
      return "production";
    case eoq_method::all_units_discount:
      return "all_units_discount";
    case eoq_method::incremental_discount:
      return "incremental_discount";
    case eoq_method::power_of_two:
      return "power_of_two";
  }
  return "unknown";
}

/// Deterministic-demand lot-sizing data. Units: any time unit, used consistently.
template <std::floating_point Scalar = double>
struct eoq_input {
  /// Demand per unit time (> 0).
  Scalar demand_rate = 1;
  /// Fixed cost per order (> 0).
  Scalar fixed_cost = 1;
  /// Holding cost per unit per unit time (> 0); ignored by the discount functions, which use
  /// holding_rate times the unit price.
  Scalar holding_cost = 1;
  /// Backorder cost per unit per unit time (> 0), used by `eoq_with_backorders`.
  Scalar stockout_cost = std::numeric_limits<Scalar>::infinity();
  /// Production rate per unit time (> demand_rate), used by `economic_production_quantity`.
  Scalar production_rate = std::numeric_limits<Scalar>::infinity();
  /// Holding cost per unit time as a fraction of the unit price (> 0), for discounts.
  Scalar holding_rate = 0;
};

/// One price break: `unit_price` applies from `min_quantity` units on.
template <std::floating_point Scalar = double>
struct price_break {
  /// Smallest order quantity at which this price applies (>= 0; the first break must be 0).
  Scalar min_quantity = 0;
  /// Unit purchase price (> 0).
  Scalar unit_price = 1;
};

/// An order quantity and its costs per unit time.
template <std::floating_point Scalar = double>
struct eoq_result {
  /// Order quantity.
  Scalar quantity = 0;
  /// Time between orders Q / demand_rate.
  Scalar cycle_time = 0;
  /// Ordering plus holding (plus backorder) cost per unit time, purchase cost excluded.
  Scalar cost = 0;
  /// Purchase cost per unit time (discount functions; 0 otherwise).
  Scalar purchase_cost = 0;
  /// cost + purchase_cost.
  Scalar total_cost = 0;
  /// Unit price paid (average price for incremental discounts); 0 without prices.
  Scalar unit_price = 0;
  /// Fraction of each cycle's demand that is backordered (planned backorders only).
  Scalar backorder_fraction = 0;
  /// Maximum backorder level (planned backorders only).
  Scalar max_backorders = 0;
  /// Cost relative to the unrestricted optimum (power of two only; 1 otherwise).
  Scalar cost_ratio = 1;
  /// Which formula was used.
  eoq_method method = eoq_method::basic;
  /// Remarks (e.g. which price break was chosen).
  std::vector<std::string> notes;
};

namespace detail {
template <std::floating_point Scalar>
void validate_eoq_core(const eoq_input<Scalar>& in, std::string_view where, bool need_h) {
  require_positive(in.demand_rate, where, "demand_rate");
  require_positive(in.fixed_cost, where, "fixed_cost");
  if (need_h)
    require_positive(in.holding_cost, where, "holding_cost");
}
}  // namespace detail

/// Cost per unit time K lambda / Q + h Q / 2 of ordering Q units at a time (no shortages).
/// Throws: invalid_input if a cost or the demand rate is not > 0, or Q is not > 0.
/// Example: `inventory::eoq_cost({.demand_rate = 1300, .fixed_cost = 8, .holding_cost = 0.225},
/// 300.0)`.
template <std::floating_point Scalar>
[[nodiscard]] Scalar eoq_cost(const eoq_input<Scalar>& in, Scalar quantity) {
  constexpr std::string_view where = "inventory::eoq_cost";
  detail::validate_eoq_core(in, where, true);
  detail::require_positive(quantity, where, "quantity");
  return in.fixed_cost * in.demand_rate / quantity + in.holding_cost * quantity / 2;
}

/// Economic order quantity Q* = sqrt(2 K lambda / h) and its cost sqrt(2 K lambda h).
/// Throws: invalid_input if demand_rate, fixed_cost or holding_cost is not finite and > 0.
/// Example: `auto r = inventory::eoq<double>({.demand_rate = 1300, .fixed_cost = 8, .holding_cost =
/// 0.225});`
template <std::floating_point Scalar>
[[nodiscard]] eoq_result<Scalar> eoq(const eoq_input<Scalar>& in) {
  detail::validate_eoq_core(in, "inventory::eoq", true);
  eoq_result<Scalar> r;
  // Snyder & Shen (2019) eqs. 3.4-3.5.
  r.quantity = std::sqrt(2 * in.fixed_cost * in.demand_rate / in.holding_cost);
  r.cycle_time = r.quantity / in.demand_rate;
  r.cost = std::sqrt(2 * in.fixed_cost * in.demand_rate * in.holding_cost);
  r.total_cost = r.cost;
  r.method = eoq_method::basic;
  return r;
}

/// EOQ with planned backorders at cost p per unit per unit time:
/// Q* = sqrt(2 K lambda (h + p) / (h p)), backorder fraction h / (h + p),
/// cost sqrt(2 K lambda h p / (h + p)).
/// Throws: invalid_input if a cost or the demand rate is not finite and > 0.
/// Example: `inventory::eoq_with_backorders<double>({.demand_rate = 1300, .fixed_cost = 8,
/// .holding_cost = 0.225, .stockout_cost = 5})`.
template <std::floating_point Scalar>
[[nodiscard]] eoq_result<Scalar> eoq_with_backorders(const eoq_input<Scalar>& in) {
  constexpr std::string_view where = "inventory::eoq_with_backorders";
  detail::validate_eoq_core(in, where, true);
  detail::require_positive(in.stockout_cost, where, "stockout_cost");
  const Scalar h = in.holding_cost;
  const Scalar p = in.stockout_cost;
  eoq_result<Scalar> r;
  // Snyder & Shen (2019) eqs. 3.27-3.29.
  r.quantity = std::sqrt(2 * in.fixed_cost * in.demand_rate * (h + p) / (h * p));
  r.backorder_fraction = h / (h + p);
  r.max_backorders = r.backorder_fraction * r.quantity;
  r.cycle_time = r.quantity / in.demand_rate;
  r.cost = std::sqrt(2 * in.fixed_cost * in.demand_rate * h * p / (h + p));
  r.total_cost = r.cost;
  r.method = eoq_method::planned_backorders;
  return r;
}

/// Economic production quantity with production rate mu > lambda:
/// Q* = sqrt(2 K lambda / (h (1 - lambda / mu))), cost sqrt(2 K lambda h (1 - lambda / mu)).
/// Throws: invalid_input if a cost or rate is not finite and > 0 or production_rate <= demand_rate.
/// Example: `inventory::economic_production_quantity<double>({.demand_rate = 80, .fixed_cost = 4,
/// .holding_cost = 0.08, .production_rate = 110})`.
template <std::floating_point Scalar>
[[nodiscard]] eoq_result<Scalar> economic_production_quantity(const eoq_input<Scalar>& in) {
  constexpr std::string_view where = "inventory::economic_production_quantity";
  detail::validate_eoq_core(in, where, true);
  detail::require_positive(in.production_rate, where, "production_rate");
  if (!(in.production_rate > in.demand_rate)) {
    core::detail::raise<core::invalid_input>(where, "production_rate is ", in.production_rate,
                                             "; expected production_rate > demand_rate (",
                                             in.demand_rate, ")");
  }
  const Scalar rho = 1 - in.demand_rate / in.production_rate;
  eoq_result<Scalar> r;
  // Snyder & Shen (2019) eq. 3.32: the EOQ with h replaced by h (1 - lambda / mu).
  r.quantity = std::sqrt(2 * in.fixed_cost * in.demand_rate / (in.holding_cost * rho));
  r.cycle_time = r.quantity / in.demand_rate;
  r.cost = std::sqrt(2 * in.fixed_cost * in.demand_rate * in.holding_cost * rho);
  r.total_cost = r.cost;
  r.method = eoq_method::production;
  return r;
}

/// Relative cost C(Q) / C(Q*) = (Q / Q* + Q* / Q) / 2 of ordering Q instead of the EOQ Q*
/// (Snyder & Shen 2019, eq. 3.9; e.g. 1.25 for Q = 2 Q*).
/// Throws: invalid_input if either quantity is not finite and > 0.
/// Example: `inventory::eoq_cost_ratio(2.0, 1.0)` is 1.25.
template <std::floating_point Scalar>
[[nodiscard]] Scalar eoq_cost_ratio(Scalar quantity, Scalar optimal_quantity) {
  constexpr std::string_view where = "inventory::eoq_cost_ratio";
  detail::require_positive(quantity, where, "quantity");
  detail::require_positive(optimal_quantity, where, "optimal_quantity");
  return (quantity / optimal_quantity + optimal_quantity / quantity) / 2;
}

namespace detail {
template <std::floating_point Scalar>
void validate_breaks(const std::vector<price_break<Scalar>>& breaks, std::string_view where) {
  core::detail::require(!breaks.empty(), where, "breaks is empty; expected at least one price");
  core::detail::require(breaks.front().min_quantity == 0, where, "first break starts at ",
                        breaks.front().min_quantity, "; expected 0");
  for (std::size_t j = 0; j < breaks.size(); ++j) {
    require_positive(breaks[j].unit_price, where, "unit_price");
    require_nonnegative(breaks[j].min_quantity, where, "min_quantity");
    if (j > 0 && !(breaks[j].min_quantity > breaks[j - 1].min_quantity)) {
      core::detail::raise<core::invalid_input>(where, "break ", j, " starts at ",
                                               breaks[j].min_quantity,
                                               "; expected increasing min_quantity");
    }
  }
}
}  // namespace detail

/// All-units quantity discount: the price of the whole order drops once Q reaches a break. For
/// each price the EOQ with h = holding_rate * price is moved into that price's range; the
/// cheapest candidate including purchase cost wins (Silver, Pyke & Thomas 2017, section 5.5.1).
/// Throws: invalid_input if demand_rate, fixed_cost or holding_rate is not > 0, or the breaks
/// are empty, do not start at 0, are not increasing or have a price <= 0.
/// Example: `inventory::all_units_discount<double>({.demand_rate = 1000, .fixed_cost = 50,
/// .holding_rate = 0.2}, {{0, 5}, {500, 4.8}})`.
template <std::floating_point Scalar>
[[nodiscard]] eoq_result<Scalar> all_units_discount(
    const eoq_input<Scalar>& in, const std::vector<price_break<Scalar>>& breaks) {
  constexpr std::string_view where = "inventory::all_units_discount";
  detail::validate_eoq_core(in, where, false);
  detail::require_positive(in.holding_rate, where, "holding_rate");
  detail::validate_breaks(breaks, where);
  eoq_result<Scalar> best;
  best.total_cost = std::numeric_limits<Scalar>::infinity();
  std::size_t chosen = 0;
  for (std::size_t j = 0; j < breaks.size(); ++j) {
    const Scalar c = breaks[j].unit_price;
    const Scalar h = in.holding_rate * c;
    const Scalar lo = breaks[j].min_quantity;
    const Scalar hi = j + 1 < breaks.size() ? breaks[j + 1].min_quantity
                                            : std::numeric_limits<Scalar>::infinity();
    Scalar q = std::sqrt(2 * in.fixed_cost * in.demand_rate / h);
    if (q >= hi)
      continue;  // a lower price at a larger quantity is at least as good
    q = std::max(q, lo);
    if (q <= 0)
      continue;
    const Scalar cost = in.fixed_cost * in.demand_rate / q + h * q / 2;
    const Scalar total = cost + c * in.demand_rate;
    if (total < best.total_cost) {
      best.quantity = q;
      best.cost = cost;
      best.purchase_cost = c * in.demand_rate;
      best.total_cost = total;
      best.unit_price = c;
      chosen = j;
    }
  }
  best.cycle_time = best.quantity / in.demand_rate;
  best.method = eoq_method::all_units_discount;
  best.notes.push_back("price break " + std::to_string(chosen) + " chosen");
  return best;
}

/// Incremental quantity discount: each price applies only to the units beyond its break. For
/// each segment j the cost is lambda c_j + lambda (K + R_j - c_j b_j) / Q + i (R_j - c_j b_j) / 2
/// + i c_j Q / 2, with R_j the purchase cost of b_j units; its stationary point, kept when inside
/// the segment, and the segment starts are the candidates (Hadley & Whitin 1963, section 2.10;
/// Silver, Pyke & Thomas 2017, section 5.5.2).
/// Throws: as `all_units_discount`.
/// Example: `inventory::incremental_discount<double>({.demand_rate = 1000, .fixed_cost = 50,
/// .holding_rate = 0.2}, {{0, 5}, {500, 4.8}})`.
template <std::floating_point Scalar>
[[nodiscard]] eoq_result<Scalar> incremental_discount(
    const eoq_input<Scalar>& in, const std::vector<price_break<Scalar>>& breaks) {
  constexpr std::string_view where = "inventory::incremental_discount";
  detail::validate_eoq_core(in, where, false);
  detail::require_positive(in.holding_rate, where, "holding_rate");
  detail::validate_breaks(breaks, where);
  // Purchase cost of the first b_j units.
  std::vector<Scalar> base(breaks.size(), 0);
  for (std::size_t j = 1; j < breaks.size(); ++j) {
    base[j] = base[j - 1] +
              breaks[j - 1].unit_price * (breaks[j].min_quantity - breaks[j - 1].min_quantity);
  }
  auto purchase = [&](Scalar q) {
    std::size_t j = 0;
    while (j + 1 < breaks.size() && q >= breaks[j + 1].min_quantity)
      ++j;
    return base[j] + breaks[j].unit_price * (q - breaks[j].min_quantity);
  };
  auto total_cost = [&](Scalar q) {
    const Scalar pc = purchase(q);
    return in.demand_rate * pc / q + in.fixed_cost * in.demand_rate / q + in.holding_rate * pc / 2;
  };
  std::vector<Scalar> candidates;
  for (std::size_t j = 0; j < breaks.size(); ++j) {
    const Scalar c = breaks[j].unit_price;
    const Scalar b = breaks[j].min_quantity;
    const Scalar hi = j + 1 < breaks.size() ? breaks[j + 1].min_quantity
                                            : std::numeric_limits<Scalar>::infinity();
    const Scalar a = in.fixed_cost + base[j] - c * b;
    if (a > 0) {
      const Scalar q = std::sqrt(2 * in.demand_rate * a / (in.holding_rate * c));
      if (q >= b && q < hi && q > 0)
        candidates.push_back(q);
    }
    if (b > 0)
      candidates.push_back(b);
  }
  eoq_result<Scalar> best;
  best.total_cost = std::numeric_limits<Scalar>::infinity();
  for (const Scalar q : candidates) {
    const Scalar t = total_cost(q);
    if (t < best.total_cost) {
      const Scalar pc = purchase(q);
      best.quantity = q;
      best.total_cost = t;
      best.purchase_cost = in.demand_rate * pc / q;
      best.cost = t - best.purchase_cost;
      best.unit_price = pc / q;
    }
  }
  best.cycle_time = best.quantity / in.demand_rate;
  best.method = eoq_method::incremental_discount;
  return best;
}

/// Power-of-two policy: the reorder interval is restricted to base_period * 2^k (integer k, any
/// sign) and the best such interval is returned; its cost is within 6.07% of the EOQ cost
/// (Roundy 1985: worst case (sqrt(2) + 1/sqrt(2)) / 2 = 1.0607).
/// Throws: invalid_input if demand_rate, fixed_cost, holding_cost or base_period is not > 0.
/// Example: `inventory::power_of_two<double>({.demand_rate = 1300, .fixed_cost = 8, .holding_cost =
/// 0.225}, 1.0 / 52)`.
template <std::floating_point Scalar>
[[nodiscard]] eoq_result<Scalar> power_of_two(const eoq_input<Scalar>& in, Scalar base_period) {
  constexpr std::string_view where = "inventory::power_of_two";
  detail::validate_eoq_core(in, where, true);
  detail::require_positive(base_period, where, "base_period");
  const auto opt = eoq(in);
  auto cost_of = [&](Scalar t) {
    return in.fixed_cost / t + in.holding_cost * in.demand_rate * t / 2;
  };
  // Best k: the interval T* / base rounded to a power of two in the geometric sense.
  const Scalar k0 = std::floor(std::log2(opt.cycle_time / base_period));
  Scalar best_t = base_period * std::exp2(k0);
  if (cost_of(best_t * 2) < cost_of(best_t))
    best_t *= 2;
  eoq_result<Scalar> r;
  r.cycle_time = best_t;
  r.quantity = in.demand_rate * best_t;
  r.cost = cost_of(best_t);
  r.total_cost = r.cost;
  r.cost_ratio = r.cost / opt.cost;
  r.method = eoq_method::power_of_two;
  return r;
}

}  // namespace foresight::inventory

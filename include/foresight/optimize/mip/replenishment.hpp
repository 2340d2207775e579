// SPDX-License-Identifier: Apache-2.0
/// \file
/// A multi-item, multi-period replenishment model under a purchase budget and a warehouse
/// capacity: orders in whole cases with a fixed cost per order line and minimum order quantities,
/// holding costs, lost sales and a safety-stock target, built as an `lp::model` for
/// `mip::solve`, and the plan read back from a solution.
/// References: Pochet & Wolsey (2006), "Production Planning by Mixed Integer Programming",
/// ch. 1 and 12 (lot sizing with fixed order costs, multi-item models with joint capacities).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/expression.hpp>
#include <foresight/optimize/lp/model.hpp>

namespace foresight::optimize::mip {

/// One item of a replenishment plan. Quantities are in units, money in one currency, volume in
/// one unit of space; periods are order cycles (an order arrives in the period it is placed:
/// forecast the demand over the lead time-shifted periods).
struct replenishment_item {
  /// Item name, used in variable names (`cases_<name>_<t>`, ...); may be empty.
  std::string name{};
  /// Units per case: orders are whole cases; > 0.
  double case_size = 1;
  /// Purchase cost per unit, charged to the objective and to the budget; >= 0.
  double unit_cost = 0;
  /// Warehouse space per unit; >= 0.
  double unit_volume = 0;
  /// Fixed cost of placing an order for the item in a period; >= 0.
  double order_cost = 0;
  /// Cost of one unit in stock at the end of a period; >= 0.
  double holding_cost = 0;
  /// Cost of one unit of demand not served (lost sale); >= 0.
  double lost_sales_cost = 0;
  /// Cost per unit and period of end stock below `safety_stock`; >= 0.
  double safety_shortfall_cost = 0;
  /// Stock at the start of the first period; >= 0.
  double on_hand = 0;
  /// End-of-period stock target (from `inventory::safety_stock`); >= 0.
  double safety_stock = 0;
  /// Smallest order in cases when ordering at all (minimum order quantity); >= 0.
  double min_order_cases = 0;
  /// Largest order in cases; > 0, `lp::infinity` for no limit beyond what demand, safety stock,
  /// budget and warehouse allow.
  double max_order_cases = lp::infinity;
  /// Demand per period, one value per period (the same count for every item); each >= 0.
  std::vector<double> demand{};
};

/// The items and the shared limits of a replenishment plan.
struct replenishment_spec {
  /// Items, at least one; each has the same number of demand periods (at least one).
  std::vector<replenishment_item> items{};
  /// Purchase budget of each period (sum of unit_cost * units ordered); >= 0, `lp::infinity`
  /// for none.
  double budget = lp::infinity;
  /// Warehouse space: the stock of the previous period plus the units received must fit, in
  /// every period; >= 0, `lp::infinity` for none.
  double warehouse_capacity = lp::infinity;
};

/// The model built by `build_replenishment`, with the variables of item i and period t at
/// index `i * periods + t` of each handle vector.
struct replenishment_model {
  /// The MIP: minimise purchase + order + holding + lost-sales + safety-shortfall cost.
  lp::model model{};
  /// Number of items.
  core::index items = 0;
  /// Number of periods.
  core::index periods = 0;
  /// Units per case of each item.
  std::vector<double> case_sizes{};
  /// Cases ordered (integer).
  std::vector<lp::variable> cases{};
  /// 1 when an order is placed (binary).
  std::vector<lp::variable> orders{};
  /// Stock at the end of the period (continuous).
  std::vector<lp::variable> stock{};
  /// Demand not served (continuous).
  std::vector<lp::variable> lost_sales{};
  /// End stock below the safety stock (continuous).
  std::vector<lp::variable> shortfall{};
};

/// A replenishment plan read from a solution: items x periods matrices and the cost split.
struct replenishment_plan {
  /// Cases ordered, items x periods.
  core::matrix<double> cases{};
  /// Units ordered (cases * case_size), items x periods.
  core::matrix<double> units{};
  /// Stock at the end of each period, items x periods.
  core::matrix<double> stock{};
  /// Demand not served, items x periods.
  core::matrix<double> lost_sales{};
  /// End stock below the safety stock, items x periods.
  core::matrix<double> shortfall{};
  /// Purchase cost of the plan.
  double purchase_cost = 0;
  /// Fixed order costs.
  double order_cost = 0;
  /// Holding costs.
  double holding_cost = 0;
  /// Lost-sales costs.
  double lost_sales_cost = 0;
  /// Safety-shortfall costs.
  double shortfall_cost = 0;
  /// Sum of the five costs (the model's objective).
  double total_cost = 0;
};

/// Checks a replenishment specification. Throws: invalid_input naming the item and field.
/// Example: `mip::validate(spec);`
inline void validate(const replenishment_spec& s) {
  constexpr std::string_view where = "mip::build_replenishment";
  core::detail::require(!s.items.empty(), where, "items is empty; expected at least one item");
  const std::size_t periods = s.items.front().demand.size();
  core::detail::require(periods > 0, where,
                        "items[0].demand is empty; expected at least one period");
  core::detail::require(!std::isnan(s.budget) && s.budget >= 0, where, "budget is ", s.budget,
                        "; expected >= 0");
  core::detail::require(!std::isnan(s.warehouse_capacity) && s.warehouse_capacity >= 0, where,
                        "warehouse_capacity is ", s.warehouse_capacity, "; expected >= 0");
  for (std::size_t i = 0; i < s.items.size(); ++i) {
    const replenishment_item& it = s.items[i];
    const auto nonneg = [&](double v, std::string_view field) {
      core::detail::require(std::isfinite(v) && v >= 0, where, "items[", i, "].", field, " is ", v,
                            "; expected a finite value >= 0");
    };
    core::detail::require(std::isfinite(it.case_size) && it.case_size > 0, where, "items[", i,
                          "].case_size is ", it.case_size, "; expected a finite value > 0");
    nonneg(it.unit_cost, "unit_cost");
    nonneg(it.unit_volume, "unit_volume");
    nonneg(it.order_cost, "order_cost");
    nonneg(it.holding_cost, "holding_cost");
    nonneg(it.lost_sales_cost, "lost_sales_cost");
    nonneg(it.safety_shortfall_cost, "safety_shortfall_cost");
    nonneg(it.on_hand, "on_hand");
    nonneg(it.safety_stock, "safety_stock");
    nonneg(it.min_order_cases, "min_order_cases");
    core::detail::require(!std::isnan(it.max_order_cases) && it.max_order_cases > 0 &&
                              it.max_order_cases >= it.min_order_cases,
                          where, "items[", i, "].max_order_cases is ", it.max_order_cases,
                          "; expected > 0 and >= min_order_cases");
    core::detail::require(it.demand.size() == periods, where, "items[", i, "].demand has ",
                          it.demand.size(), " periods; expected ", periods, " as items[0]");
    for (std::size_t t = 0; t < periods; ++t)
      core::detail::require(std::isfinite(it.demand[t]) && it.demand[t] >= 0, where, "items[", i,
                            "].demand[", t, "] is ", it.demand[t],
                            "; expected a finite value >= 0");
  }
}

/// Builds the replenishment MIP of `s`. For item i and period t: cases n (integer), order flag
/// y (binary), end stock s, lost sales l <= demand and shortfall u <= safety stock, with
/// stock balance `s[t-1] + case_size n - demand + l = s`, `s + u >= safety_stock`,
/// `min_order_cases y <= n <= max_cases y`, per period `sum unit_cost case_size n <= budget`
/// and `sum unit_volume (s[t-1] + case_size n) <= warehouse_capacity`; minimise purchase, order,
/// holding, lost-sales and shortfall costs. `max_cases` is `max_order_cases` capped by the rest
/// of the demand plus the safety stock (at least the minimum order), the budget and the
/// warehouse.
/// The model is feasible unless the stock on hand alone exceeds the warehouse capacity.
/// Throws: invalid_input as `validate(const replenishment_spec&)`.
/// Example: `const mip::replenishment_model rm = mip::build_replenishment(spec);`
///          `const mip::result r = mip::solve(rm.model);`
[[nodiscard]] inline replenishment_model build_replenishment(const replenishment_spec& s) {
  validate(s);
  replenishment_model out;
  out.items = static_cast<core::index>(s.items.size());
  out.periods = static_cast<core::index>(s.items.front().demand.size());
  const auto periods = static_cast<std::size_t>(out.periods);
  lp::model& m = out.model;
  m.set_name("replenishment");
  const std::size_t count = s.items.size() * periods;
  out.cases.reserve(count);
  out.orders.reserve(count);
  out.stock.reserve(count);
  out.lost_sales.reserve(count);
  out.shortfall.reserve(count);
  for (std::size_t i = 0; i < s.items.size(); ++i) {
    const replenishment_item& it = s.items[i];
    out.case_sizes.push_back(it.case_size);
    const std::string id = it.name.empty() ? std::to_string(i) : it.name;
    double rest = 0;  // demand from period t to the end
    for (const double d : it.demand)
      rest += d;
    for (std::size_t t = 0; t < periods; ++t) {
      const std::string tag = id + "_" + std::to_string(t);
      // Never worth more than the remaining demand plus the safety stock (no salvage value)
      // or the minimum order, and never more than the budget or the warehouse admits.
      const double min_cases = std::ceil(it.min_order_cases);
      double max_cases = std::max(std::ceil((rest + it.safety_stock) / it.case_size), min_cases);
      if (it.unit_cost > 0 && std::isfinite(s.budget))
        max_cases = std::min(max_cases, std::floor(s.budget / (it.unit_cost * it.case_size)));
      if (it.unit_volume > 0 && std::isfinite(s.warehouse_capacity))
        max_cases =
            std::min(max_cases, std::floor(s.warehouse_capacity / (it.unit_volume * it.case_size)));
      max_cases = std::min(max_cases, std::floor(it.max_order_cases));
      // An order below the minimum quantity is impossible: then the item cannot be ordered.
      const double order_upper = max_cases >= std::max(min_cases, 1.0) ? 1.0 : 0.0;
      max_cases = std::max(max_cases, 0.0);
      out.cases.push_back(m.add_variable({.lower = 0,
                                          .upper = max_cases,
                                          .cost = it.unit_cost * it.case_size,
                                          .name = "cases_" + tag,
                                          .integer = true}));
      out.orders.push_back(m.add_variable({.lower = 0,
                                           .upper = order_upper,
                                           .cost = it.order_cost,
                                           .name = "order_" + tag,
                                           .integer = true}));
      out.stock.push_back(
          m.add_variable({.lower = 0, .cost = it.holding_cost, .name = "stock_" + tag}));
      out.lost_sales.push_back(m.add_variable(
          {.lower = 0, .upper = it.demand[t], .cost = it.lost_sales_cost, .name = "lost_" + tag}));
      out.shortfall.push_back(m.add_variable({.lower = 0,
                                              .upper = it.safety_stock,
                                              .cost = it.safety_shortfall_cost,
                                              .name = "short_" + tag}));
      const std::size_t k = i * periods + t;
      const lp::variable n = out.cases[k];
      const lp::variable y = out.orders[k];
      const lp::variable st = out.stock[k];
      if (t == 0) {
        m.add_constraint(it.case_size * n + out.lost_sales[k] - st == it.demand[t] - it.on_hand,
                         "balance_" + tag);
      } else {
        m.add_constraint(
            out.stock[k - 1] + it.case_size * n + out.lost_sales[k] - st == it.demand[t],
            "balance_" + tag);
      }
      m.add_constraint(st + out.shortfall[k] >= it.safety_stock, "safety_" + tag);
      m.add_constraint(n - max_cases * y <= 0, "open_" + tag);
      if (min_cases > 0)
        m.add_constraint(n - min_cases * y >= 0, "moq_" + tag);
      rest -= it.demand[t];
    }
  }
  for (std::size_t t = 0; t < periods; ++t) {
    lp::linear_expression spend;
    lp::linear_expression space;
    double space_on_hand = 0;
    for (std::size_t i = 0; i < s.items.size(); ++i) {
      const replenishment_item& it = s.items[i];
      const std::size_t k = i * periods + t;
      spend = std::move(spend) + (it.unit_cost * it.case_size) * out.cases[k];
      space = std::move(space) + (it.unit_volume * it.case_size) * out.cases[k];
      if (t == 0) {
        space_on_hand += it.unit_volume * it.on_hand;
      } else {
        space = std::move(space) + it.unit_volume * out.stock[k - 1];
      }
    }
    if (std::isfinite(s.budget))
      m.add_constraint(spend <= s.budget, "budget_" + std::to_string(t));
    if (std::isfinite(s.warehouse_capacity))
      m.add_constraint(space <= s.warehouse_capacity - space_on_hand,
                       "warehouse_" + std::to_string(t));
  }
  return out;
}

/// Reads the plan from a solution `x` of `rm.model` (e.g. `mip::result::x`), integer values
/// rounded. Throws: dimension_mismatch if x has the wrong length.
/// Example: `const mip::replenishment_plan p = mip::read_replenishment_plan(rm, r.x);`
[[nodiscard]] inline replenishment_plan read_replenishment_plan(const replenishment_model& rm,
                                                                std::span<const double> x) {
  core::detail::require_size(static_cast<core::index>(x.size()), rm.model.num_cols(),
                             "mip::read_replenishment_plan", "x");
  replenishment_plan p;
  const core::index ni = rm.items;
  const core::index nt = rm.periods;
  p.cases.resize(ni, nt);
  p.units.resize(ni, nt);
  p.stock.resize(ni, nt);
  p.lost_sales.resize(ni, nt);
  p.shortfall.resize(ni, nt);
  const auto& cost = rm.model.cost();
  const auto value = [&](lp::variable v) { return x[static_cast<std::size_t>(v.id)]; };
  const auto price = [&](lp::variable v) { return cost[static_cast<std::size_t>(v.id)]; };
  for (core::index i = 0; i < ni; ++i) {
    for (core::index t = 0; t < nt; ++t) {
      const auto k = static_cast<std::size_t>(i * nt + t);
      const double n = std::round(value(rm.cases[k]));
      const double y = std::round(value(rm.orders[k]));
      p.cases(i, t) = n;
      p.units(i, t) = n * rm.case_sizes[static_cast<std::size_t>(i)];
      p.stock(i, t) = value(rm.stock[k]);
      p.lost_sales(i, t) = value(rm.lost_sales[k]);
      p.shortfall(i, t) = value(rm.shortfall[k]);
      p.purchase_cost += price(rm.cases[k]) * n;
      p.order_cost += price(rm.orders[k]) * y;
      p.holding_cost += price(rm.stock[k]) * p.stock(i, t);
      p.lost_sales_cost += price(rm.lost_sales[k]) * p.lost_sales(i, t);
      p.shortfall_cost += price(rm.shortfall[k]) * p.shortfall(i, t);
    }
  }
  p.total_cost =
      p.purchase_cost + p.order_cost + p.holding_cost + p.lost_sales_cost + p.shortfall_cost;
  return p;
}

}  // namespace foresight::optimize::mip

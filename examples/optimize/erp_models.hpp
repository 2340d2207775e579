// SPDX-License-Identifier: Apache-2.0
// The three ERP models of the MIP examples, built with the modelling API from fixed data so that
// the example programs, the tests (tests/optimize/mip/test_replenishment.cpp) and the reference
// script (tests/reference/mip/make_reference.py, CBC on the written MPS) see the same models:
//   - capacitated lot sizing: 4 products, 8 periods, one machine with setup times;
//   - uncapacitated facility location: 8 candidate warehouses, 30 customers;
//   - multi-item replenishment under a budget and a warehouse capacity (mip::build_replenishment).
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/lp/expression.hpp>
#include <foresight/optimize/lp/model.hpp>
#include <foresight/optimize/mip/replenishment.hpp>
#include <foresight/optimize/mip/result.hpp>
#include <foresight/optimize/mip/solve.hpp>

namespace erp {

namespace lp = foresight::optimize::lp;
namespace mip = foresight::optimize::mip;

// ---------------------------------------------------------------- capacitated lot sizing

inline constexpr std::size_t lot_products = 4;
inline constexpr std::size_t lot_periods = 8;

// Demand per product and period (units).
inline constexpr std::array<std::array<double, lot_periods>, lot_products> lot_demand{{
    {40, 60, 0, 80, 50, 30, 70, 40},
    {30, 0, 50, 40, 60, 30, 0, 50},
    {60, 70, 40, 0, 80, 50, 60, 30},
    {20, 40, 30, 50, 0, 40, 30, 60},
}};
inline constexpr std::array<double, lot_products> lot_setup_cost{400, 300, 500, 250};
inline constexpr std::array<double, lot_products> lot_setup_hours{10, 8, 12, 6};
inline constexpr std::array<double, lot_products> lot_unit_hours{1.0, 1.5, 0.8, 1.2};
inline constexpr std::array<double, lot_products> lot_holding_cost{2, 3, 1.5, 2.5};
inline constexpr double lot_capacity_hours = 220;

// Capacitated lot sizing (Trigeiro, Thomas & McClain 1989): production x[p][t] >= 0, setup
// y[p][t] binary, end stock s[p][t] >= 0; s[t-1] + x - s = demand, sum_p (unit_hours x +
// setup_hours y) <= capacity, x <= M y with M the smaller of the remaining demand and the
// machine hours; minimise setup and holding costs. Variables: x, y, s per product and period
// (x of product p, period t is column 3 * (p * periods + t)).
inline lp::model lot_sizing_model() {
  lp::model m;
  m.set_name("erp_lot_sizing");
  std::vector<lp::linear_expression> hours(lot_periods);
  for (std::size_t p = 0; p < lot_products; ++p) {
    double rest = 0;
    for (const double d : lot_demand[p])
      rest += d;
    lp::variable previous{};
    for (std::size_t t = 0; t < lot_periods; ++t) {
      const std::string tag = std::to_string(p) + "_" + std::to_string(t);
      const double big_m =
          std::min(rest, (lot_capacity_hours - lot_setup_hours[p]) / lot_unit_hours[p]);
      const lp::variable x = m.add_variable({.name = "make_" + tag});
      const lp::variable y = m.add_variable(
          {.upper = 1, .cost = lot_setup_cost[p], .name = "setup_" + tag, .integer = true});
      const lp::variable s = m.add_variable({.cost = lot_holding_cost[p], .name = "stock_" + tag});
      if (t == 0) {
        m.add_constraint(x - s == lot_demand[p][t], "balance_" + tag);
      } else {
        m.add_constraint(previous + x - s == lot_demand[p][t], "balance_" + tag);
      }
      m.add_constraint(x - big_m * y <= 0, "setup_forcing_" + tag);
      hours[t] = std::move(hours[t]) + lot_unit_hours[p] * x + lot_setup_hours[p] * y;
      previous = s;
      rest -= lot_demand[p][t];
    }
  }
  for (std::size_t t = 0; t < lot_periods; ++t)
    m.add_constraint(hours[t] <= lot_capacity_hours, "machine_" + std::to_string(t));
  return m;
}

// ---------------------------------------------------------------- facility location

inline constexpr std::size_t facility_sites = 8;
inline constexpr std::size_t facility_customers = 30;

// Uncapacitated facility location (Cornuejols, Nemhauser & Wolsey 1990, strong formulation):
// open[i] binary with fixed cost, serve[i][j] in [0, 1] the share of customer j's demand served
// from site i; sum_i serve[i][j] = 1, serve[i][j] <= open[i]; minimise fixed costs plus
// demand * distance * rate. Sites and customers lie on a 100 x 100 grid from a fixed linear
// congruential sequence; distances are Euclidean, costs rounded to cents.
inline lp::model facility_location_model() {
  unsigned state = 20240611U;
  const auto next = [&state](unsigned range) {
    state = state * 1103515245U + 12345U;
    return static_cast<double>((state >> 16U) % range);
  };
  std::vector<std::array<double, 2>> site(facility_sites);
  std::vector<double> fixed(facility_sites);
  for (std::size_t i = 0; i < facility_sites; ++i) {
    site[i] = {next(101), next(101)};
    fixed[i] = 2000 + 50 * next(41);
  }
  std::vector<std::array<double, 2>> customer(facility_customers);
  std::vector<double> demand(facility_customers);
  for (std::size_t j = 0; j < facility_customers; ++j) {
    customer[j] = {next(101), next(101)};
    demand[j] = 10 + next(41);
  }
  constexpr double rate = 0.5;  // per unit and distance unit
  lp::model m;
  m.set_name("erp_facility_location");
  std::vector<lp::variable> open;
  for (std::size_t i = 0; i < facility_sites; ++i)
    open.push_back(m.add_variable(
        {.upper = 1, .cost = fixed[i], .name = "open_" + std::to_string(i), .integer = true}));
  std::vector<lp::linear_expression> served(facility_customers);
  for (std::size_t i = 0; i < facility_sites; ++i) {
    for (std::size_t j = 0; j < facility_customers; ++j) {
      const double dx = site[i][0] - customer[j][0];
      const double dy = site[i][1] - customer[j][1];
      const double cost = std::round(100 * demand[j] * rate * std::hypot(dx, dy)) / 100;
      const std::string tag = std::to_string(i) + "_" + std::to_string(j);
      const lp::variable x = m.add_variable({.upper = 1, .cost = cost, .name = "serve_" + tag});
      m.add_constraint(x - open[i] <= 0, "link_" + tag);
      served[j] = std::move(served[j]) + x;
    }
  }
  for (std::size_t j = 0; j < facility_customers; ++j)
    m.add_constraint(served[j] == 1, "demand_" + std::to_string(j));
  return m;
}

// ---------------------------------------------------------------- replenishment

// Six items over four monthly periods, bought in cases, with a monthly purchase budget and a
// warehouse that holds 18 m3: more is wanted than budget and space allow, so the plan chooses.
inline mip::replenishment_spec replenishment_example() {
  mip::replenishment_spec s;
  s.budget = 11200;
  s.warehouse_capacity = 18;
  // name, case size, unit cost, volume (m3), order cost, holding, lost sales, shortfall,
  // on hand, safety stock, minimum cases, demand per month.
  const auto item = [](std::string name, double case_size, double unit_cost, double volume,
                       double order_cost, double on_hand, double safety_stock, double min_cases,
                       std::vector<double> demand) {
    return mip::replenishment_item{.name = std::move(name),
                                   .case_size = case_size,
                                   .unit_cost = unit_cost,
                                   .unit_volume = volume,
                                   .order_cost = order_cost,
                                   .holding_cost = 0.02 * unit_cost,
                                   .lost_sales_cost = 1.6 * unit_cost,
                                   .safety_shortfall_cost = 1.2 * unit_cost,
                                   .on_hand = on_hand,
                                   .safety_stock = safety_stock,
                                   .min_order_cases = min_cases,
                                   .demand = std::move(demand)};
  };
  s.items = {
      item("pump", 4, 120, 0.08, 60, 10, 8, 2, {24, 30, 28, 35}),
      item("valve", 20, 9.5, 0.004, 40, 60, 40, 1, {180, 210, 160, 240}),
      item("motor", 1, 410, 0.35, 90, 3, 2, 0, {5, 7, 6, 8}),
      item("filter", 50, 2.2, 0.002, 30, 120, 100, 2, {400, 380, 450, 420}),
      item("hose", 10, 14, 0.03, 35, 25, 20, 1, {70, 65, 90, 80}),
      item("panel", 2, 260, 0.6, 75, 2, 2, 1, {6, 9, 7, 10}),
  };
  return s;
}

// ---------------------------------------------------------------- the example programs

// Shared start of the example programs: `--write-mps FILE` writes the model and returns
// without solving (the reference script hands the file to CBC); any other argument is an
// error. Otherwise solves the model and prints status, objective, nodes and time. Returns the
// result; `done` is set when the program should exit with `exit_code`.
inline mip::result run(const lp::model& m, int argc, char** argv, bool& done, int& exit_code) {
  done = false;
  exit_code = 0;
  for (int k = 1; k < argc; ++k) {
    const std::string_view a = argv[k];
    if (a == "--write-mps" && k + 1 < argc) {
      foresight::optimize::io::write_mps(m, argv[k + 1]);
      std::printf("wrote %s (%ld columns, %ld rows)\n", argv[k + 1],
                  static_cast<long>(m.num_cols()), static_cast<long>(m.num_rows()));
      done = true;
      return {};
    }
    std::fprintf(stderr, "usage: %s [--write-mps FILE]\n", argv[0]);
    done = true;
    exit_code = 2;
    return {};
  }
  const mip::result r = mip::solve(m);
  std::printf("%s: %ld columns, %ld rows; %s, objective %.2f, %ld nodes, %.3f s\n",
              m.name().c_str(), static_cast<long>(m.num_cols()), static_cast<long>(m.num_rows()),
              std::string(mip::to_string(r.status)).c_str(), r.objective,
              static_cast<long>(r.nodes), r.solve_seconds);
  if (!r.has_solution()) {
    done = true;
    exit_code = 1;
  }
  return r;
}

}  // namespace erp

// SPDX-License-Identifier: Apache-2.0
// mip::build_replenishment and mip::read_replenishment_plan, and the three ERP example models of
// examples/optimize/erp_models.hpp checked against CBC 2.10.8 on the MPS files they write.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/mip/feasibility.hpp>
#include <foresight/optimize/mip/replenishment.hpp>
#include <foresight/optimize/mip/solve.hpp>

#include "erp_models.hpp"
#include "support/test_support.hpp"

namespace mip = foresight::optimize::mip;
namespace lp = foresight::optimize::lp;
namespace io = foresight::optimize::io;
namespace core = foresight::core;

namespace {

// CBC's objective for an ERP model, from tests/reference/mip/erp_models.csv (written by
// tests/reference/mip/make_reference.py --examples: `cbc erp_<name>.mps -solve -quit`).
double cbc_objective(const std::string& name) {
  const auto csv = foresight::test::read_simple_csv(
      foresight::test::source_path("reference/mip/erp_models.csv"));
  for (const auto& row : csv.rows) {
    if (row[csv.column("name")] == name) {
      REQUIRE(row[csv.column("status")] == "optimal");
      return foresight::test::parse_number(row[csv.column("cbc_objective")]);
    }
  }
  FAIL("no CBC reference for " << name);
  return 0;
}

// Solves the model built in code and checks the optimum against CBC (1e-6 relative: CBC prints
// 8 decimals), and that the committed MPS file is the same model (same optimum when read back).
void check_erp_model(const lp::model& m, const std::string& name) {
  CAPTURE(name);
  const double ref = cbc_objective(name);
  const mip::result r = mip::solve(m);
  REQUIRE(r.status == mip::status::optimal);
  CHECK(std::abs(r.objective - ref) <= 1e-6 * std::max(1.0, std::abs(ref)));
  CHECK(r.gap == 0.0);
  CHECK(mip::is_feasible(m, r.x));
  const lp::model written =
      io::read_mps(foresight::test::source_path("reference/mip/" + name + ".mps"));
  CHECK(written.num_cols() == m.num_cols());
  CHECK(written.num_rows() == m.num_rows());
  CHECK(written.num_nonzeros() == m.num_nonzeros());
  CHECK(written.integrality() == m.integrality());
  CHECK(mip::is_feasible(written, r.x));
  CHECK(written.objective_value(Eigen::Map<const core::vector<double>>(
            r.x.data(), static_cast<core::index>(r.x.size()))) ==
        doctest::Approx(r.objective).epsilon(1e-12));
}

// One item, one period: demand 10, cases of 4 at 1 per unit, order cost 2, lost sales 5 per
// unit. Three cases (12 units, 2 left) cost 14; two cases and 2 lost units cost 20.
mip::replenishment_spec single_item() {
  mip::replenishment_spec s;
  s.items.push_back({.name = "a",
                     .case_size = 4,
                     .unit_cost = 1,
                     .order_cost = 2,
                     .lost_sales_cost = 5,
                     .demand = {10}});
  return s;
}

}  // namespace

TEST_CASE("erp examples: capacitated lot sizing matches CBC") {
  check_erp_model(erp::lot_sizing_model(), "erp_lot_sizing");
}

TEST_CASE("erp examples: uncapacitated facility location matches CBC") {
  check_erp_model(erp::facility_location_model(), "erp_facility_location");
}

TEST_CASE("erp examples: multi-item replenishment under budget and capacity matches CBC") {
  check_erp_model(mip::build_replenishment(erp::replenishment_example()).model,
                  "erp_replenishment");
}

TEST_CASE("mip::build_replenishment: a plan within budget, space and minimum order quantities") {
  const mip::replenishment_spec spec = erp::replenishment_example();
  const mip::replenishment_model rm = mip::build_replenishment(spec);
  CHECK(rm.items == 6);
  CHECK(rm.periods == 4);
  CHECK(rm.cases.size() == 24);
  const mip::result r = mip::solve(rm.model);
  REQUIRE(r.status == mip::status::optimal);
  const mip::replenishment_plan p = mip::read_replenishment_plan(rm, r.x);
  CHECK(p.total_cost == doctest::Approx(r.objective).epsilon(1e-9));
  double lost = 0;
  for (core::index t = 0; t < rm.periods; ++t) {
    CAPTURE(t);
    double spend = 0;
    double space = 0;
    for (core::index i = 0; i < rm.items; ++i) {
      const auto& it = spec.items[static_cast<std::size_t>(i)];
      const double before = t == 0 ? it.on_hand : p.stock(i, t - 1);
      CHECK(p.units(i, t) == p.cases(i, t) * it.case_size);
      CHECK((p.cases(i, t) == 0 || p.cases(i, t) >= it.min_order_cases));
      // Stock balance and the safety-stock shortfall.
      CHECK(before + p.units(i, t) - it.demand[static_cast<std::size_t>(t)] + p.lost_sales(i, t) ==
            doctest::Approx(p.stock(i, t)));
      CHECK(p.stock(i, t) + p.shortfall(i, t) >= it.safety_stock - 1e-6);
      spend += it.unit_cost * p.units(i, t);
      space += it.unit_volume * (before + p.units(i, t));
      lost += p.lost_sales(i, t);
    }
    CHECK(spend <= spec.budget + 1e-6);
    CHECK(space <= spec.warehouse_capacity + 1e-6);
  }
  // The budget and the warehouse both bind: without either the plan is cheaper.
  mip::replenishment_spec loose = spec;
  loose.budget = lp::infinity;
  CHECK(mip::solve(mip::build_replenishment(loose).model).objective < r.objective - 1);
  loose = spec;
  loose.warehouse_capacity = lp::infinity;
  CHECK(mip::solve(mip::build_replenishment(loose).model).objective < r.objective - 1);
}

TEST_CASE("mip::build_replenishment: one item ordered in whole cases") {
  const mip::replenishment_model rm = mip::build_replenishment(single_item());
  const mip::result r = mip::solve(rm.model);
  REQUIRE(r.status == mip::status::optimal);
  CHECK(r.objective == doctest::Approx(14));
  const mip::replenishment_plan p = mip::read_replenishment_plan(rm, r.x);
  CHECK(p.cases(0, 0) == 3);
  CHECK(p.units(0, 0) == 12);
  CHECK(p.stock(0, 0) == doctest::Approx(2));
  CHECK(p.purchase_cost == doctest::Approx(12));
  CHECK(p.order_cost == doctest::Approx(2));
  // A minimum order of 4 cases makes 16 units (cost 18) better than 10 lost units (50).
  mip::replenishment_spec moq = single_item();
  moq.items[0].min_order_cases = 4;
  const mip::result m4 = mip::solve(mip::build_replenishment(moq).model);
  CHECK(m4.objective == doctest::Approx(18));
  // A budget of 9 buys two cases: 8 units, 2 lost (8 + 2 + 10 = 20).
  mip::replenishment_spec tight = single_item();
  tight.budget = 9;
  CHECK(mip::solve(mip::build_replenishment(tight).model).objective == doctest::Approx(20));
  // Stock on hand that does not fit the warehouse makes the model infeasible.
  mip::replenishment_spec full = single_item();
  full.items[0].unit_volume = 1;
  full.items[0].on_hand = 5;
  full.warehouse_capacity = 4;
  CHECK(mip::solve(mip::build_replenishment(full).model).status == mip::status::infeasible);
}

TEST_CASE("mip::build_replenishment throws invalid_input naming the bad field") {
  const auto bad = [](const mip::replenishment_spec& s, const char* text) {
    CAPTURE(text);
    CHECK_THROWS_WITH_AS((void)mip::build_replenishment(s), doctest::Contains(text),
                         core::invalid_input);
  };
  bad({}, "items is empty");
  mip::replenishment_spec s = single_item();
  s.items[0].demand.clear();
  bad(s, "demand is empty");
  s = single_item();
  s.items.push_back(s.items[0]);
  s.items[1].demand = {1, 2};
  bad(s, "items[1].demand has 2 periods");
  s = single_item();
  s.items[0].demand[0] = std::numeric_limits<double>::quiet_NaN();
  bad(s, "demand[0]");
  s = single_item();
  s.items[0].case_size = 0;
  bad(s, "case_size");
  s = single_item();
  s.items[0].unit_cost = -1;
  bad(s, "unit_cost");
  s = single_item();
  s.items[0].min_order_cases = 5;
  s.items[0].max_order_cases = 2;
  bad(s, "max_order_cases");
  s = single_item();
  s.budget = -1;
  bad(s, "budget");
  s = single_item();
  s.warehouse_capacity = std::numeric_limits<double>::quiet_NaN();
  bad(s, "warehouse_capacity");
  const mip::replenishment_model rm = mip::build_replenishment(single_item());
  CHECK_THROWS_AS((void)mip::read_replenishment_plan(rm, std::vector<double>(2, 0.0)),
                  core::dimension_mismatch);
}

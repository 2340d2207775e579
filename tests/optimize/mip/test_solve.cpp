// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/optimize/lp/model.hpp>
#include <foresight/optimize/mip/feasibility.hpp>
#include <foresight/optimize/mip/solve.hpp>

#include "mip_models.hpp"

namespace mip = foresight::optimize::mip;
namespace lp = foresight::optimize::lp;
namespace core = foresight::core;
namespace tmip = foresight::test::mip;

// Tolerances: objectives are compared with CBC and HiGHS to 1e-6 relative (CBC prints 8
// decimals); solutions must satisfy the model to 1e-6 (the default feasibility tolerance).

namespace {

bool same_objective(double a, double b) {
  return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

// Solves every generated model with `opt` and checks status, objective and feasibility against
// CBC and HiGHS.
void check_reference_models(const mip::options& opt) {
  const auto refs = tmip::reference_mips();
  REQUIRE(refs.size() == 28);
  for (const auto& ref : refs) {
    CAPTURE(ref.name);
    const lp::model m = tmip::reference_model(ref.name);
    const mip::result r = mip::solve(m, opt);
    CHECK(mip::to_string(r.status) == ref.cbc_status);
    if (ref.cbc_status == "optimal") {
      CHECK(same_objective(r.objective, ref.cbc_objective));
      CHECK(same_objective(r.objective, ref.highs_objective));
      CHECK(r.gap == 0.0);
      CHECK(r.best_bound == r.objective);
      CHECK(mip::is_feasible(m, r.x));
    } else if (ref.cbc_status == "infeasible") {
      CHECK_FALSE(r.has_solution());
      CHECK(r.x.empty());
    } else if (ref.cbc_status == "unbounded") {
      REQUIRE(r.has_solution());
      CHECK(mip::is_feasible(m, r.x));
    }
  }
}

}  // namespace

TEST_CASE("mip::solve matches CBC and HiGHS on the generated models") {
  check_reference_models({});
}

TEST_CASE("mip::solve reaches the same optima with every branching and selection rule") {
  for (const auto rule : {mip::branching_rule::pseudo_cost, mip::branching_rule::most_fractional}) {
    CAPTURE(mip::to_string(rule));
    check_reference_models({.branching = rule});
  }
  for (const auto sel : {mip::node_selection::best_bound, mip::node_selection::depth_first}) {
    CAPTURE(mip::to_string(sel));
    check_reference_models({.selection = sel});
  }
}

TEST_CASE("mip::solve reaches the same optima without presolve, cuts or heuristics") {
  check_reference_models({.presolve = false});
  check_reference_models({.cuts = false});
  check_reference_models({.heuristics = false});
  check_reference_models({.presolve = false, .cuts = false, .heuristics = false});
}

TEST_CASE("mip::solve maximises: a knapsack with negated costs has the negated optimum") {
  const auto refs = tmip::reference_mips();
  for (const auto& ref : refs) {
    if (ref.name.rfind("random_", 0) != 0 || ref.name.find("knapsack") == std::string::npos)
      continue;
    CAPTURE(ref.name);
    lp::model m = tmip::reference_model(ref.name);
    m.set_sense(lp::objective_sense::maximize);
    for (core::index j = 0; j < m.num_cols(); ++j)
      m.set_cost(j, -m.cost()[static_cast<std::size_t>(j)]);
    const mip::result r = mip::solve(m);
    REQUIRE(r.status == mip::status::optimal);
    CHECK(same_objective(r.objective, -ref.cbc_objective));
    CHECK(r.best_bound == r.objective);
    CHECK(mip::is_feasible(m, r.x));
  }
}

// ---------------------------------------------------------------- limits and callbacks

namespace {

// 40 items, 3 knapsack rows: about 1,500 nodes without limits (tests/optimize/mip/mip_models.hpp).
lp::model knapsack_40() {
  return tmip::correlated_knapsack(3, 40, 7);
}

double wall_seconds(const std::chrono::steady_clock::time_point& t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

TEST_CASE("mip::solve stops at the node limit with a solution and a valid bound") {
  const lp::model m = knapsack_40();
  const mip::result full = mip::solve(m);
  REQUIRE(full.status == mip::status::optimal);
  REQUIRE(full.nodes > 100);
  const mip::result r = mip::solve(m, {.node_limit = 20});
  CHECK(r.status == mip::status::node_limit);
  CHECK(r.nodes == 20);
  REQUIRE(r.has_solution());
  CHECK(mip::is_feasible(m, r.x));
  CHECK(r.objective >= full.objective - 1e-9);
  CHECK(r.best_bound <= full.objective + 1e-9);
  CHECK(r.gap == doctest::Approx(std::abs(r.objective - r.best_bound) /
                                 std::max(1.0, std::abs(r.objective))));
}

TEST_CASE("mip::solve stops at a relative or absolute gap within that gap of the optimum") {
  const lp::model m = knapsack_40();
  const mip::result full = mip::solve(m);
  REQUIRE(full.status == mip::status::optimal);
  const mip::result r = mip::solve(m, {.relative_gap = 0.01});
  CHECK((r.status == mip::status::gap_limit || r.status == mip::status::optimal));
  CHECK(r.nodes <= full.nodes);
  CHECK(r.gap <= 0.01);
  CHECK(r.objective - full.objective <= 0.01 * std::abs(r.objective) + 1e-9);
  CHECK(r.best_bound <= full.objective + 1e-9);
  const mip::result a = mip::solve(m, {.absolute_gap = 10});
  CHECK((a.status == mip::status::gap_limit || a.status == mip::status::optimal));
  CHECK(a.objective - a.best_bound <= 10 + 1e-9);
  CHECK(a.objective - full.objective <= 10 + 1e-9);
}

TEST_CASE("mip::solve honours the time limit within 10% on a market split instance") {
  // market_split(4, 30): millions of nodes (Cornuejols & Dawande 1999), cannot finish in time.
  const lp::model m = tmip::market_split(4, 30, 1);
  for (const double limit : {0.1, 1.0}) {
    CAPTURE(limit);
    const auto t0 = std::chrono::steady_clock::now();
    const mip::result r = mip::solve(m, {.time_limit = std::chrono::duration<double>(limit)});
    const double wall = wall_seconds(t0);
    CHECK(r.status == mip::status::time_limit);
    // 10% plus 20 ms for the checks between nodes and a loaded machine's scheduling.
    CHECK(wall <= 1.1 * limit + 0.02);
    CHECK(r.solve_seconds <= wall);
    CHECK(r.nodes > 1);
    REQUIRE(r.has_solution());
    CHECK(mip::is_feasible(m, r.x));
    CHECK(r.best_bound <= r.objective);
  }
}

TEST_CASE("mip::solve reports each incumbent, improving, the last one being the result") {
  const lp::model m = knapsack_40();
  std::vector<mip::incumbent> seen;
  const mip::result r = mip::solve(m, {.on_incumbent = [&](const mip::incumbent& inc) {
                                     seen.push_back(inc);
                                     return true;
                                   }});
  REQUIRE(r.status == mip::status::optimal);
  REQUIRE(!seen.empty());
  CHECK(static_cast<core::index>(seen.size()) == r.stats.solutions);
  for (std::size_t k = 0; k < seen.size(); ++k) {
    CAPTURE(k);
    CHECK(mip::is_feasible(m, seen[k].x));
    CHECK(seen[k].best_bound <= seen[k].objective + 1e-9);
    CHECK(seen[k].best_bound <= r.objective + 1e-9);
    if (k > 0) {
      CHECK(seen[k].objective < seen[k - 1].objective);
      CHECK(seen[k].elapsed_seconds >= seen[k - 1].elapsed_seconds);
      CHECK(seen[k].nodes >= seen[k - 1].nodes);
    }
  }
  CHECK(seen.back().objective == r.objective);
  CHECK(seen.back().x == r.x);
  // The heuristics find the first solution at the root, before any branching.
  CHECK(seen.front().nodes <= 1);
  CHECK(r.stats.first_solution_seconds >= 0);
  CHECK(r.stats.first_solution_seconds <= r.solve_seconds);
}

TEST_CASE("mip::solve stops with status cancelled when a callback returns false") {
  const lp::model m = knapsack_40();
  core::index calls = 0;
  const mip::result r = mip::solve(m, {.on_incumbent = [&](const mip::incumbent&) {
                                     ++calls;
                                     return false;
                                   }});
  CHECK(r.status == mip::status::cancelled);
  CHECK(calls == 1);
  REQUIRE(r.has_solution());
  CHECK(mip::is_feasible(m, r.x));

  std::vector<core::progress> reports;
  const mip::result p = mip::solve(m, {.on_progress = [&](const core::progress& g) {
                                     reports.push_back(g);
                                     return false;
                                   }});
  CHECK(p.status == mip::status::cancelled);
  REQUIRE(!reports.empty());
  CHECK(reports.front().stage == "branch_and_bound");
}

TEST_CASE("mip::solve reports progress, the last report carrying the final node count") {
  const lp::model m = knapsack_40();
  std::vector<core::progress> reports;
  const mip::result r = mip::solve(m, {.on_progress = [&](const core::progress& g) {
                                     reports.push_back(g);
                                     return true;
                                   }});
  REQUIRE(r.status == mip::status::optimal);
  REQUIRE(reports.size() >= 2);
  CHECK(reports.back().done == r.nodes);
  CHECK(reports.back().objective == r.best_bound);
  for (const core::progress& g : reports) {
    CHECK(g.stage == "branch_and_bound");
    CHECK(g.objective <= r.objective + 1e-9);
  }
}

TEST_CASE("mip::solve is deterministic: repeated solves give identical results") {
  // The search is sequential and its heuristic budgets count LP iterations, not time, so the
  // result does not depend on timing or on the number of OpenMP threads of the host.
  const lp::model m = knapsack_40();
  const mip::result a = mip::solve(m);
  const mip::result b = mip::solve(m);
  CHECK(a.x == b.x);
  CHECK(a.objective == b.objective);
  CHECK(a.nodes == b.nodes);
  CHECK(a.lp_iterations == b.lp_iterations);
  CHECK(a.stats.solutions == b.stats.solutions);
  const mip::result c = mip::solve(m, {.node_limit = 30});
  const mip::result d = mip::solve(m, {.node_limit = 30});
  CHECK(c.x == d.x);
  CHECK(c.best_bound == d.best_bound);
  CHECK(c.lp_iterations == d.lp_iterations);
}

TEST_CASE("mip::solve uses a feasible start solution and notes an unusable one") {
  const lp::model m = knapsack_40();
  const mip::result full = mip::solve(m);
  REQUIRE(full.status == mip::status::optimal);
  std::vector<mip::solution_source> sources;
  const mip::result r = mip::solve(m, {.start = full.x, .on_incumbent = [&](const auto& inc) {
                                         sources.push_back(inc.source);
                                         return true;
                                       }});
  CHECK(r.status == mip::status::optimal);
  CHECK(r.objective == full.objective);
  REQUIRE(sources.size() == 1);
  CHECK(sources.front() == mip::solution_source::start);
  const auto has_note = [](const mip::result& x, const std::string& text) {
    for (const std::string& n : x.notes) {
      if (n.find(text) != std::string::npos)
        return true;
    }
    return false;
  };
  const mip::result shorter = mip::solve(m, {.start = std::vector<double>(3, 0.0)});
  CHECK(shorter.status == mip::status::optimal);
  CHECK(has_note(shorter, "wrong length"));
  const mip::result bad = mip::solve(m, {.start = std::vector<double>(40, 1.0)});
  CHECK(bad.objective == full.objective);
  CHECK(has_note(bad, "not feasible"));
}

TEST_CASE("mip::solve reports infeasible models without a solution") {
  for (const char* name : {"infeasible_parity", "infeasible_band", "infeasible_knapsack"}) {
    CAPTURE(name);
    const lp::model m = tmip::reference_model(name);
    const mip::result r = mip::solve(m);
    CHECK(r.status == mip::status::infeasible);
    CHECK_FALSE(r.has_solution());
    CHECK(r.gap == std::numeric_limits<double>::infinity());
  }
  // Infeasible bounds after rounding: 2 <= x + y <= 2.5 holds, 2 x + 2 y = 3 does not.
  lp::model m;
  const lp::variable x = m.add_variable({.upper = 3, .integer = true});
  const lp::variable y = m.add_variable({.upper = 3, .integer = true});
  m.add_constraint(2 * x + 2 * y == 3);
  CHECK(mip::solve(m).status == mip::status::infeasible);
}

// ---------------------------------------------------------------- bad input

TEST_CASE("mip::solve throws invalid_input for empty integer domains, fractional binaries, NaN") {
  lp::model m;
  const lp::variable x = m.add_variable({.lower = 0.3, .upper = 0.7, .integer = true});
  const lp::variable y = m.add_variable({.upper = 4, .cost = -1, .integer = true});
  m.add_constraint(x + y <= 3);
  CHECK_THROWS_WITH_AS(mip::solve(m), doctest::Contains("contain no integer"), core::invalid_input);
  m.set_col_bounds(0, 0, 0.5);  // a binary with a fractional bound
  CHECK_THROWS_WITH_AS(mip::solve(m), doctest::Contains("binary"), core::invalid_input);
  m.set_col_bounds(0, 0, 1);
  CHECK(mip::solve(m).status == mip::status::optimal);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  // NaN cannot enter a model: the builder rejects it, which mip::solve relies on.
  CHECK_THROWS_AS(m.set_cost(0, nan), core::invalid_input);
  CHECK_THROWS_AS(m.set_col_bounds(0, nan, 1), core::invalid_input);
  CHECK_THROWS_AS(m.set_row_bounds(0, -nan, nan), core::invalid_input);
  CHECK_THROWS_AS(m.add_coefficient(0, 1, nan), core::invalid_input);
  CHECK_THROWS_AS(m.add_constraint(nan * x <= 1), core::invalid_input);
  CHECK_THROWS_AS((void)m.add_variable({.cost = nan, .integer = true}), core::invalid_input);
  CHECK_THROWS_AS(mip::solve(m, {.start = {nan, 0.0}}), core::invalid_input);
  CHECK_THROWS_AS(mip::solve(m, {.relative_gap = nan}), core::invalid_input);
}

TEST_CASE("mip::validate rejects each bad option by name") {
  const auto bad = [](const mip::options& o, const char* field) {
    CAPTURE(field);
    CHECK_THROWS_WITH_AS(mip::validate(o), doctest::Contains(field), core::invalid_input);
  };
  bad({.time_limit = std::chrono::seconds{0}}, "time_limit");
  bad({.node_limit = 0}, "node_limit");
  bad({.relative_gap = -1}, "relative_gap");
  bad({.absolute_gap = std::numeric_limits<double>::infinity()}, "absolute_gap");
  bad({.integrality_tolerance = 0.5}, "integrality_tolerance");
  bad({.feasibility_tolerance = 0}, "feasibility_tolerance");
  bad({.max_cut_rounds = -1}, "max_cut_rounds");
  bad({.reliability_threshold = -1}, "reliability_threshold");
  bad({.branching = static_cast<mip::branching_rule>(7)}, "branching");
  bad({.selection = static_cast<mip::node_selection>(-1)}, "selection");
  CHECK_NOTHROW(mip::validate({}));
  CHECK_THROWS_AS(mip::solve(lp::model{}, {.node_limit = -3}), core::invalid_input);
}

TEST_CASE("mip::max_violation and mip::is_feasible measure bounds, rows and integrality") {
  lp::model m;
  const lp::variable x = m.add_variable({.upper = 4, .integer = true});
  const lp::variable y = m.add_variable({.upper = 10});
  m.add_constraint(x + y <= 5);
  CHECK(mip::max_violation(m, std::vector<double>{2, 3}) == 0.0);
  CHECK(mip::max_violation(m, std::vector<double>{2.25, 1}) == doctest::Approx(0.25));
  CHECK(mip::max_violation(m, std::vector<double>{4, 3}) == doctest::Approx(2.0 / 5.0));
  CHECK(mip::max_violation(m, std::vector<double>{-2, 0}) == doctest::Approx(2.0));
  CHECK(mip::is_feasible(m, std::vector<double>{1, 4}));
  CHECK_FALSE(mip::is_feasible(m, std::vector<double>{1.5, 0}));
  CHECK(mip::is_feasible(m, std::vector<double>{1.5, 0}, 0.5));
  CHECK_THROWS_AS((void)mip::max_violation(m, std::vector<double>{1}), core::dimension_mismatch);
  CHECK_THROWS_AS((void)mip::max_violation(m, std::vector<double>{1, std::nan("")}),
                  core::invalid_input);
  CHECK_THROWS_AS((void)mip::is_feasible(m, std::vector<double>{1, 1}, -1), core::invalid_input);
}

TEST_CASE("mip::to_string names every status, branching rule, selection and source") {
  CHECK(mip::to_string(mip::status::optimal) == "optimal");
  CHECK(mip::to_string(mip::status::infeasible) == "infeasible");
  CHECK(mip::to_string(mip::status::unbounded) == "unbounded");
  CHECK(mip::to_string(mip::status::infeasible_or_unbounded) == "infeasible_or_unbounded");
  CHECK(mip::to_string(mip::status::node_limit) == "node_limit");
  CHECK(mip::to_string(mip::status::time_limit) == "time_limit");
  CHECK(mip::to_string(mip::status::gap_limit) == "gap_limit");
  CHECK(mip::to_string(mip::status::cancelled) == "cancelled");
  CHECK(mip::to_string(mip::status::numerical_failure) == "numerical_failure");
  CHECK(mip::to_string(static_cast<mip::status>(99)) == "unknown");
  CHECK(mip::to_string(mip::branching_rule::reliability) == "reliability");
  CHECK(mip::to_string(mip::branching_rule::pseudo_cost) == "pseudo_cost");
  CHECK(mip::to_string(mip::branching_rule::most_fractional) == "most_fractional");
  CHECK(mip::to_string(mip::node_selection::best_bound_plunging) == "best_bound_plunging");
  CHECK(mip::to_string(mip::node_selection::best_bound) == "best_bound");
  CHECK(mip::to_string(mip::node_selection::depth_first) == "depth_first");
  CHECK(mip::to_string(mip::solution_source::start) == "start");
  CHECK(mip::to_string(mip::solution_source::lp) == "lp");
  CHECK(mip::to_string(mip::solution_source::rounding) == "rounding");
  CHECK(mip::to_string(mip::solution_source::diving) == "diving");
  CHECK(mip::to_string(mip::solution_source::rins) == "rins");
  CHECK(mip::to_string(mip::solution_source::strong_branching) == "strong_branching");
}

// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

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

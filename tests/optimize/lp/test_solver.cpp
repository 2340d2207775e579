// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <string>
#include <vector>

#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/lp/solve.hpp>
#include <foresight/optimize/lp/solver.hpp>

#include "lp_checks.hpp"
#include "support/test_support.hpp"

namespace lp = foresight::optimize::lp;
namespace io = foresight::optimize::io;
namespace core = foresight::core;
namespace checks = foresight::test::lp_checks;

namespace {

// The generated model with the most rows among those HiGHS solves to optimality
// (tests/reference/lp/random_lps.csv, scipy 1.10.1 linprog(method="highs")).
lp::model test_model() {
  const auto csv =
      foresight::test::read_simple_csv(foresight::test::source_path("reference/lp/random_lps.csv"));
  lp::model best;
  for (const auto& row : csv.rows) {
    if (row[0].rfind("random_", 0) != 0 || row[2] != "optimal")
      continue;
    lp::model m = io::read_mps(foresight::test::source_path("reference/lp/" + row[0] + ".mps"));
    if (m.num_rows() > best.num_rows())
      best = std::move(m);
  }
  return best;
}

// The first basic column of a solution, or -1.
core::index first_basic_column(const lp::solution& s) {
  for (std::size_t j = 0; j < s.basis.cols.size(); ++j) {
    if (s.basis.cols[j] == lp::basis_status::basic)
      return static_cast<core::index>(j);
  }
  return -1;
}

}  // namespace

TEST_CASE("lp::solver re-solves after a bound change like a fresh solve, in fewer iterations") {
  const lp::model m = test_model();
  lp::solver s(m);
  const lp::solution first = s.solve();
  REQUIRE(first.status == lp::status::optimal);
  CHECK(first.objective == doctest::Approx(lp::solve(m).objective).epsilon(1e-9));
  // Branch on a basic column: x_j <= floor(x_j) and x_j >= ceil(x_j).
  const core::index j = first_basic_column(first);
  REQUIRE(j >= 0);
  const auto sj = static_cast<std::size_t>(j);
  for (const bool down : {true, false}) {
    CAPTURE(down);
    lp::solver child(m);
    (void)child.solve();
    const core::index before = child.iterations();
    lp::model branched = m;
    const double lo = down ? m.col_lower()[sj] : std::ceil(first.x[sj]);
    const double hi = down ? std::floor(first.x[sj]) : m.col_upper()[sj];
    if (lo > hi)
      continue;
    branched.set_col_bounds(j, lo, hi);
    child.set_col_bounds(j, lo, hi);
    const lp::solution warm = child.solve();
    const lp::solution fresh = lp::solve(branched, {.presolve = false});
    REQUIRE(warm.status == fresh.status);
    if (fresh.status == lp::status::optimal) {
      CHECK(warm.objective == doctest::Approx(fresh.objective).epsilon(1e-9));
      CHECK(checks::kkt_violation(branched, warm) < 1e-6);
      CHECK(child.iterations() - before < fresh.iterations);
    } else if (fresh.status == lp::status::infeasible) {
      CHECK(checks::farkas_margin(branched, warm.farkas) > 0);
    }
  }
}

TEST_CASE("lp::solver adds and removes cut rows") {
  const lp::model m = test_model();
  lp::solver s(m);
  const lp::solution first = s.solve();
  REQUIRE(first.status == lp::status::optimal);
  // A cut that the current optimum violates: the sum of the first columns is bounded below
  // its current value (HiGHS is not needed: the fresh solve of the same model is the reference).
  lp::linear_expression e;
  double at_optimum = 0;
  for (core::index j = 0; j < std::min<core::index>(4, m.num_cols()); ++j) {
    e = e + lp::variable{j};
    at_optimum += first.x[static_cast<std::size_t>(j)];
  }
  const double cut_rhs = at_optimum - 0.5;
  const core::index row = s.add_constraint(e <= cut_rhs, "cut");
  CHECK(row == m.num_rows());
  lp::model with_cut = m;
  with_cut.add_row(-lp::infinity, e, cut_rhs, "cut");
  CHECK(s.model() == with_cut);
  const lp::solution cut = s.solve();
  const lp::solution fresh = lp::solve(with_cut, {.presolve = false});
  REQUIRE(cut.status == fresh.status);
  if (fresh.status == lp::status::optimal) {
    CHECK(cut.objective == doctest::Approx(fresh.objective).epsilon(1e-9));
    CHECK(checks::kkt_violation(with_cut, cut) < 1e-6);
  }
  // Removing the cut (active or not) gives back the first optimum.
  s.remove_rows({row});
  CHECK(s.model() == m);
  const lp::solution back = s.solve();
  REQUIRE(back.status == lp::status::optimal);
  CHECK(back.objective == doctest::Approx(first.objective).epsilon(1e-9));
  CHECK(checks::kkt_violation(m, back) < 1e-6);
  CHECK_THROWS_AS(s.remove_rows({row}), core::invalid_input);
}

TEST_CASE("lp::solver re-solves after cost changes with the primal simplex") {
  const lp::model m = test_model();
  lp::solver s(m);
  REQUIRE(s.solve().status == lp::status::optimal);
  lp::model changed = m;
  for (core::index j = 0; j < m.num_cols(); j += 3) {
    const double c = m.cost()[static_cast<std::size_t>(j)] * 0.5 + 0.25;
    changed.set_cost(j, c);
    s.set_cost(j, c);
  }
  const lp::solution warm = s.solve();
  const lp::solution fresh = lp::solve(changed);
  REQUIRE(warm.status == fresh.status);
  if (fresh.status == lp::status::optimal) {
    CHECK(warm.objective == doctest::Approx(fresh.objective).epsilon(1e-9));
    CHECK(checks::kkt_violation(changed, warm) < 1e-6);
  }
}

TEST_CASE("lp::solver row bounds, warm start from a basis and the basis accessors") {
  const lp::model m = test_model();
  const lp::solution ref = lp::solve(m);
  REQUIRE(ref.status == lp::status::optimal);
  lp::solver s(m);
  s.set_basis(ref.basis);
  const lp::solution again = s.solve();
  CHECK(again.status == lp::status::optimal);
  CHECK(s.iterations() == 0);
  CHECK(s.basis() == again.basis);
  // Relax every row by one unit: the dual simplex (or nothing) repairs.
  lp::model relaxed = m;
  for (core::index i = 0; i < m.num_rows(); ++i) {
    const auto si = static_cast<std::size_t>(i);
    relaxed.set_row_bounds(i, m.row_lower()[si] - 1, m.row_upper()[si] + 1);
    s.set_row_bounds(i, m.row_lower()[si] - 1, m.row_upper()[si] + 1);
  }
  const lp::solution r = s.solve();
  const lp::solution fresh = lp::solve(relaxed);
  REQUIRE(r.status == fresh.status);
  if (fresh.status == lp::status::optimal)
    CHECK(r.objective == doctest::Approx(fresh.objective).epsilon(1e-9));
  lp::basis wrong = ref.basis;
  wrong.rows.pop_back();
  CHECK_THROWS_AS(s.set_basis(wrong), core::dimension_mismatch);
  lp::basis all_nonbasic = ref.basis;
  for (auto& st : all_nonbasic.rows)
    st = lp::basis_status::at_lower;
  for (auto& st : all_nonbasic.cols)
    st = lp::basis_status::at_lower;
  CHECK_THROWS_AS(s.set_basis(all_nonbasic), core::invalid_input);
}

TEST_CASE("lp::solver tableau rows: unit on their basic variable, zero on the others") {
  const lp::model m = test_model();
  lp::solver s(m);
  const lp::solution sol = s.solve();
  REQUIRE(sol.status == lp::status::optimal);
  const auto basics = s.basic_variables();
  REQUIRE(static_cast<core::index>(basics.size()) == m.num_rows());
  for (core::index p = 0; p < m.num_rows(); ++p) {
    CAPTURE(p);
    const lp::tableau_row t = s.tableau_row(p);
    CHECK(t.basic == basics[static_cast<std::size_t>(p)]);
    double value_of_basic = 0;
    double nonbasic_sum = 0;
    for (const auto& b : basics) {
      const double c = b.is_row ? t.rows[static_cast<std::size_t>(b.id)]
                                : t.cols[static_cast<std::size_t>(b.id)];
      CHECK(c == doctest::Approx(b == t.basic ? 1.0 : 0.0).epsilon(1e-9).scale(1.0));
    }
    // The basic variable equals minus the nonbasic terms at the solution.
    for (core::index j = 0; j < m.num_cols(); ++j) {
      const auto sj = static_cast<std::size_t>(j);
      if (sol.basis.cols[sj] != lp::basis_status::basic)
        nonbasic_sum += t.cols[sj] * sol.x[sj];
    }
    for (core::index i = 0; i < m.num_rows(); ++i) {
      const auto si = static_cast<std::size_t>(i);
      if (sol.basis.rows[si] != lp::basis_status::basic)
        nonbasic_sum += t.rows[si] * sol.row_activity[si];
    }
    value_of_basic = t.basic.is_row ? sol.row_activity[static_cast<std::size_t>(t.basic.id)]
                                    : sol.x[static_cast<std::size_t>(t.basic.id)];
    CHECK(value_of_basic == doctest::Approx(-nonbasic_sum).epsilon(1e-7).scale(1.0));
  }
  CHECK_THROWS_AS((void)s.tableau_row(m.num_rows()), core::invalid_input);
}

TEST_CASE("lp::solver set_limits bounds each following solve") {
  const lp::model m = test_model();
  lp::solver s(m);
  s.set_limits(1, std::chrono::seconds{10});
  const lp::solution first = s.solve();
  CHECK(first.status == lp::status::iteration_limit);
  CHECK(s.iterations() == 1);
  // A new budget for the next call: the solve continues to the optimum.
  s.set_limits(100000, std::chrono::seconds{10});
  const lp::solution second = s.solve();
  REQUIRE(second.status == lp::status::optimal);
  CHECK(second.objective == doctest::Approx(lp::solve(m).objective).epsilon(1e-9));
  CHECK_THROWS_WITH_AS(s.set_limits(-1, std::chrono::seconds{1}),
                       "lp::solver::set_limits: iteration_limit is -1; expected >= 0",
                       core::invalid_input);
  CHECK_THROWS_AS(s.set_limits(10, std::chrono::seconds{0}), core::invalid_input);
}

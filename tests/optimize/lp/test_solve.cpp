// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <string>
#include <vector>

#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/lp/solve.hpp>

#include "lp_checks.hpp"
#include "support/test_support.hpp"

namespace lp = foresight::optimize::lp;
namespace io = foresight::optimize::io;
namespace core = foresight::core;
namespace checks = foresight::test::lp_checks;

// Tolerances: the solver works to 1e-7 feasibility/optimality tolerances on the scaled model;
// comparisons against HiGHS use 1e-7 relative, optimality conditions 1e-6 relative.

namespace {

struct reference_lp {
  std::string name;
  std::string status;
  double objective;
};

std::vector<reference_lp> reference_lps() {
  // tests/reference/lp/random_lps.csv: scipy 1.10.1 linprog(method="highs"), written by
  // tests/reference/lp/make_reference.py.
  const auto csv = foresight::test::source_path("reference/lp/random_lps.csv");
  std::ifstream in(csv);
  std::vector<reference_lp> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("name,", 0) == 0)
      continue;
    const auto f = foresight::test::split_line(line);
    out.push_back({f[0], f[2], foresight::test::parse_number(f[3])});
  }
  return out;
}

lp::model reference_model(const std::string& name) {
  return io::read_mps(foresight::test::source_path("reference/lp/" + name + ".mps"));
}

// Names of the generated models whose reference status is optimal.
std::vector<std::string> optimal_names() {
  std::vector<std::string> out;
  for (const auto& r : reference_lps()) {
    if (r.status == "optimal")
      out.push_back(r.name);
  }
  return out;
}

// The optimal generated model with the most rows (the hardest of the set).
lp::model largest_optimal_model() {
  lp::model best;
  for (const auto& name : optimal_names()) {
    lp::model m = reference_model(name);
    if (m.num_rows() > best.num_rows())
      best = std::move(m);
  }
  return best;
}

// maximise 3x + 2y  s.t.  x + y <= 4,  x + 3y <= 7,  0 <= x <= 3,  y >= 0.
// Hand-derived optimum: vertex x = 3, y = 1 (x + y <= 4 and x <= 3 active), objective 11;
// dual of x + y <= 4 is 2 (from y basic: 2 - y1 = 0), reduced cost of x is 3 - 2 = 1.
lp::model textbook() {
  lp::model m;
  m.set_sense(lp::objective_sense::maximize);
  const auto x = m.add_variable({.lower = 0, .upper = 3, .cost = 3, .name = "x"});
  const auto y = m.add_variable({.lower = 0, .upper = lp::infinity, .cost = 2, .name = "y"});
  m.add_constraint(x + y <= 4, "sum");
  m.add_constraint(x + 3 * y <= 7, "mix");
  return m;
}

}  // namespace

TEST_CASE("lp::solve finds the textbook optimum with its duals") {
  const lp::model m = textbook();
  const lp::solution s = lp::solve(m);
  REQUIRE(s.status == lp::status::optimal);
  CHECK(s.objective == doctest::Approx(11.0).epsilon(1e-12));
  CHECK(s.x[0] == doctest::Approx(3.0));
  CHECK(s.x[1] == doctest::Approx(1.0));
  CHECK(s.duals[0] == doctest::Approx(2.0));
  CHECK(s.duals[1] == doctest::Approx(0.0));
  CHECK(s.reduced_costs[0] == doctest::Approx(1.0));
  CHECK(s.row_activity[0] == doctest::Approx(4.0));
  CHECK(s.basis.cols[0] == lp::basis_status::at_upper);
  CHECK(s.basis.cols[1] == lp::basis_status::basic);
  CHECK(s.basis.rows[0] == lp::basis_status::at_upper);
  CHECK(s.basis.rows[1] == lp::basis_status::basic);
  CHECK(checks::kkt_violation(m, s) < 1e-9);
}

TEST_CASE("lp::solve matches HiGHS on the generated models, with every method and pricing") {
  const auto refs = reference_lps();
  REQUIRE(refs.size() == 30);
  const std::vector<lp::options> variants = {
      {},
      {.method = lp::simplex_method::primal},
      {.pricing = lp::dual_pricing::devex},
      {.pricing = lp::dual_pricing::dantzig},
      {.scale = false, .perturb = false},
      {.refactor_interval = 3},
      {.presolve = false, .crash = lp::crash_method::bixby},
  };
  for (const auto& r : refs) {
    CAPTURE(r.name);
    const lp::model m = reference_model(r.name);
    for (std::size_t v = 0; v < variants.size(); ++v) {
      CAPTURE(v);
      const lp::solution s = lp::solve(m, variants[v]);
      CHECK(lp::to_string(s.status) == r.status);
      if (s.status == lp::status::optimal) {
        CHECK(foresight::test::close(s.objective, r.objective, 1e-7));
        CHECK(checks::kkt_violation(m, s) < 1e-6);
      } else if (s.status == lp::status::infeasible) {
        CHECK(checks::farkas_margin(m, s.farkas) > 0);
      } else if (s.status == lp::status::unbounded) {
        CHECK(checks::is_unbounded_ray(m, s.x, s.ray));
      }
    }
  }
}

TEST_CASE("lp::solve proves infeasibility with a Farkas ray") {
  SUBCASE("two contradicting rows") {
    lp::model m;
    const auto x = m.add_variable({.cost = 1, .name = "x"});
    const auto y = m.add_variable({.cost = 1, .name = "y"});
    m.add_constraint(x + y <= 1);
    m.add_constraint(x + 2 * y >= 3);
    m.add_constraint(y <= 0.5);
    const lp::solution s = lp::solve(m);
    REQUIRE(s.status == lp::status::infeasible);
    CHECK(checks::farkas_margin(m, s.farkas) > 1e-9);
  }
  SUBCASE("rows against column bounds, maximisation, free variable") {
    lp::model m;
    m.set_sense(lp::objective_sense::maximize);
    const auto x = m.add_variable({.lower = 0, .upper = 2, .cost = 1});
    const auto y = m.add_variable({.lower = -lp::infinity, .upper = lp::infinity, .cost = 1});
    m.add_constraint(x - y == 0);
    m.add_constraint(range(5, x + y, 7));
    m.add_constraint(y <= 1);
    const lp::solution s = lp::solve(m);
    REQUIRE(s.status == lp::status::infeasible);
    CHECK(checks::farkas_margin(m, s.farkas) > 1e-9);
  }
  SUBCASE("the dual phase 1 route: dual infeasible and primal infeasible") {
    lp::model m;
    const auto x = m.add_variable({.lower = -lp::infinity, .cost = -1});
    const auto y = m.add_variable({.lower = 0, .cost = 0});
    m.add_constraint(x + y >= 2);
    m.add_constraint(x + y <= 1);
    const lp::solution s = lp::solve(m);
    REQUIRE(s.status == lp::status::infeasible);
    CHECK(checks::farkas_margin(m, s.farkas) > 1e-9);
  }
}

TEST_CASE("lp::solve proves unboundedness with a ray") {
  SUBCASE("maximisation along an open edge") {
    lp::model m;
    m.set_sense(lp::objective_sense::maximize);
    const auto x = m.add_variable({.cost = 1});
    const auto y = m.add_variable({.cost = 1});
    m.add_constraint(x - y <= 1);  // a strip around the direction (1, 1)
    m.add_constraint(-x + y <= 2);
    m.add_constraint(x + y >= 1);
    const lp::solution s = lp::solve(m);
    REQUIRE(s.status == lp::status::unbounded);
    CHECK(checks::is_unbounded_ray(m, s.x, s.ray));
  }
  SUBCASE("free variable, minimisation, primal method") {
    lp::model m;
    const auto x = m.add_variable({.lower = -lp::infinity, .upper = lp::infinity, .cost = 1});
    const auto y = m.add_variable({.lower = 0, .upper = 3, .cost = -1});
    m.add_constraint(x + y <= 10);
    for (const auto method : {lp::simplex_method::dual, lp::simplex_method::primal}) {
      const lp::solution s = lp::solve(m, {.method = method});
      REQUIRE(s.status == lp::status::unbounded);
      CHECK(checks::is_unbounded_ray(m, s.x, s.ray));
    }
  }
}

TEST_CASE("lp::solve handles empty models, columns without rows and fixed variables") {
  lp::model empty;
  empty.set_objective_offset(2.5);
  const lp::solution e = lp::solve(empty);
  CHECK(e.status == lp::status::optimal);
  CHECK(e.objective == 2.5);
  lp::model cols;
  (void)cols.add_variable({.lower = -1, .upper = 2, .cost = 3});
  (void)cols.add_variable({.lower = 4, .upper = 4, .cost = -1});
  (void)cols.add_variable({.lower = -lp::infinity, .upper = 5, .cost = -2});
  const lp::solution c = lp::solve(cols);
  REQUIRE(c.status == lp::status::optimal);
  CHECK(c.x == std::vector<double>{-1.0, 4.0, 5.0});
  CHECK(c.objective == doctest::Approx(-3.0 - 4.0 - 10.0));
  (void)cols.add_variable({.lower = 0, .upper = lp::infinity, .cost = -1});
  const lp::solution u = lp::solve(cols);
  CHECK(u.status == lp::status::unbounded);
  CHECK(checks::is_unbounded_ray(cols, u.x, u.ray));
}

TEST_CASE("lp::solve duals are derivatives of the optimal objective") {
  // Finite differences of the optimum in each active row bound, on generated models.
  const auto names = optimal_names();
  REQUIRE(names.size() >= 4);
  for (std::size_t k = 0; k < 4; ++k) {
    const std::string& name = names[k];
    CAPTURE(name);
    const lp::model m = reference_model(name);
    const lp::solution s = lp::solve(m);
    REQUIRE(s.status == lp::status::optimal);
    int tested = 0;
    for (core::index i = 0; i < m.num_rows() && tested < 3; ++i) {
      const auto si = static_cast<std::size_t>(i);
      if (std::abs(s.duals[si]) < 1e-3)
        continue;
      const bool at_upper = std::abs(s.row_activity[si] - m.row_upper()[si]) < 1e-7;
      lp::model shifted = m;
      const double eps = 1e-4;
      if (at_upper) {
        shifted.set_row_bounds(
            i, m.row_lower()[si] == m.row_upper()[si] ? m.row_lower()[si] + eps : m.row_lower()[si],
            m.row_upper()[si] + eps);
      } else {
        shifted.set_row_bounds(i, m.row_lower()[si] + eps, m.row_upper()[si]);
      }
      const lp::solution t = lp::solve(shifted);
      REQUIRE(t.status == lp::status::optimal);
      CHECK((t.objective - s.objective) / eps == doctest::Approx(s.duals[si]).epsilon(1e-4));
      ++tested;
    }
    CHECK(tested > 0);
  }
}

TEST_CASE("lp::solve warm start from a basis re-solves in fewer iterations") {
  const lp::model m = largest_optimal_model();
  const lp::solution cold = lp::solve(m);
  REQUIRE(cold.status == lp::status::optimal);
  // Same model: the optimal basis is optimal at once.
  const lp::solution again = lp::solve(m, {.start = cold.basis});
  CHECK(again.status == lp::status::optimal);
  CHECK(again.iterations == 0);
  CHECK(again.objective == doctest::Approx(cold.objective).epsilon(1e-9));
  // Tighten the bound of a basic column: the dual simplex repairs from the old basis.
  lp::model tighter = m;
  core::index j = 0;
  while (cold.basis.cols[static_cast<std::size_t>(j)] != lp::basis_status::basic)
    ++j;
  const auto sj = static_cast<std::size_t>(j);
  const double mid = cold.x[sj] - 0.5;
  tighter.set_col_bounds(j, std::min(m.col_lower()[sj], mid), mid);
  const lp::solution fresh = lp::solve(tighter, {.presolve = false});
  const lp::solution warm = lp::solve(tighter, {.start = cold.basis});
  REQUIRE(fresh.status == warm.status);
  if (fresh.status == lp::status::optimal) {
    CHECK(warm.objective == doctest::Approx(fresh.objective).epsilon(1e-9));
    CHECK(warm.iterations < fresh.iterations);
  }
  // A basis of the wrong shape is ignored with a note.
  lp::basis wrong = cold.basis;
  wrong.cols.pop_back();
  const lp::solution w = lp::solve(m, {.start = wrong});
  CHECK(w.status == lp::status::optimal);
  CHECK_FALSE(w.notes.empty());
}

TEST_CASE("lp::solve stops at iteration and time limits and on cancellation") {
  const lp::model m = largest_optimal_model();
  const lp::solution it = lp::solve(m, {.presolve = false, .iteration_limit = 2});
  CHECK(it.status == lp::status::iteration_limit);
  CHECK(it.iterations == 2);
  CHECK(it.x.size() == static_cast<std::size_t>(m.num_cols()));
  const lp::solution tl = lp::solve(m, {.time_limit = std::chrono::nanoseconds{1}});
  CHECK(tl.status == lp::status::time_limit);
  int calls = 0;
  const lp::solution c =
      lp::solve(m, {.on_progress = [&](const core::progress& p) {
                  ++calls;
                  CHECK((p.stage == "dual simplex" || p.stage == "primal simplex"));
                  return false;
                }});
  CHECK(c.status == lp::status::cancelled);
  CHECK(calls == 1);
}

TEST_CASE("lp::solve limits cover presolve, the reduced solve and the fallback together") {
  // Presolve removes the fixed column; the reduced model is infeasible (found by the simplex,
  // not by the reductions), so the original model is solved again for its certificate.
  lp::model m;
  const auto x = m.add_variable({.cost = 1});
  const auto y = m.add_variable({.cost = 1});
  const auto z = m.add_variable({.lower = 1, .upper = 1, .cost = 1});
  const auto w = m.add_variable({.cost = 1});
  m.add_constraint(x + y + z + w <= 2);
  m.add_constraint(x + 2 * y - w >= 4);
  m.add_constraint(3 * x - y + w >= 9);
  m.add_constraint(x + y + w >= 0.5);
  const lp::solution full = lp::solve(m);
  REQUIRE(full.status == lp::status::infeasible);
  CHECK(checks::farkas_margin(m, full.farkas) > 0);
  CHECK(full.iterations >= 2);  // one in the reduced solve, at least one in the fallback
  for (core::index limit = 0; limit <= full.iterations + 1; ++limit) {
    CAPTURE(limit);
    const lp::solution s = lp::solve(m, {.iteration_limit = limit});
    CHECK(s.iterations <= limit);
    if (s.status != lp::status::infeasible)
      CHECK(s.status == lp::status::iteration_limit);
  }
  const lp::solution enough = lp::solve(m, {.iteration_limit = full.iterations + 1});
  CHECK(enough.status == lp::status::infeasible);
  CHECK(enough.iterations == full.iterations);
}

TEST_CASE("lp::solve reports progress objectives in the model's sense, with its constant") {
  // The textbook model with y <= 4 and objective constant 5: the slack basis is dual feasible
  // with x = 3 and y = 4 at the upper bounds their costs want, so the first report (iteration 0)
  // is 3 * 3 + 2 * 4 + 5 = 22; the optimum is 11 + 5 = 16.
  lp::model m = textbook();
  m.set_col_bounds(1, 0, 4);
  m.set_objective_offset(5);
  std::vector<double> seen;
  const lp::solution s =
      lp::solve(m, {.presolve = false, .on_progress = [&](const core::progress& p) {
                      seen.push_back(p.objective);
                      return true;
                    }});
  REQUIRE(s.status == lp::status::optimal);
  CHECK(s.objective == doctest::Approx(16.0));
  REQUIRE_FALSE(seen.empty());
  CHECK(seen.front() == doctest::Approx(22.0));
}

TEST_CASE("lp::solve is deterministic") {
  const lp::model m = largest_optimal_model();
  const lp::solution a = lp::solve(m);
  const lp::solution b = lp::solve(m);
  CHECK(a.x == b.x);
  CHECK(a.duals == b.duals);
  CHECK(a.basis == b.basis);
  CHECK(a.iterations == b.iterations);
}

TEST_CASE("lp::solve solves the small Netlib instances (fast, when the data is present)") {
  // Reference objectives: ../shared/data/lp/README.md (HiGHS, CLP 1.17.6, GLPK 5.0 agree).
  const std::vector<std::pair<const char*, double>> small = {
      {"afiro", -464.75314286}, {"sc50b", -70}, {"adlittle", 225494.96316}, {"kb2", -1749.9001299}};
  for (const auto& [name, ref] : small) {
    CAPTURE(name);
    const auto path = foresight::test::shared_data(std::string("lp/") + name + ".mps.gz");
    if (!path)
      return;
#if defined(FORESIGHT_HAS_ZLIB)
    const lp::model m = io::read_mps(*path);
    const lp::solution s = lp::solve(m);
    CHECK(s.status == lp::status::optimal);
    CHECK(std::abs(s.objective - ref) <= 1e-6 * std::max(1.0, std::abs(ref)));
    CHECK(checks::kkt_violation(m, s) < 1e-6);
#endif
  }
}

TEST_CASE("lp::solve gives the same results with dense and hypersparse LU solves") {
  // The paths do the same arithmetic in another order: statuses agree and objectives to 1e-9
  // relative (rounding may change a tie in pricing, hence not bit for bit).
  std::vector<lp::model> models;
  for (const auto& r : reference_lps())
    models.push_back(reference_model(r.name));
#if defined(FORESIGHT_HAS_ZLIB)
  for (const char* name : {"afiro", "sc50b", "adlittle", "kb2"}) {
    if (const auto path = foresight::test::shared_data(std::string("lp/") + name + ".mps.gz"))
      models.push_back(io::read_mps(*path));
  }
#endif
  REQUIRE(models.size() >= 30);
  for (std::size_t k = 0; k < models.size(); ++k) {
    CAPTURE(k);
    const lp::solution d = lp::solve(models[k], {.lu_solves = lp::lu_solve_path::dense});
    for (const auto path : {lp::lu_solve_path::hypersparse, lp::lu_solve_path::automatic}) {
      CAPTURE(lp::to_string(path));
      for (const auto method : {lp::simplex_method::dual, lp::simplex_method::primal}) {
        const lp::solution s = lp::solve(models[k], {.method = method, .lu_solves = path});
        CHECK(s.status == d.status);
        if (s.status == lp::status::optimal) {
          CHECK(std::abs(s.objective - d.objective) <= 1e-9 * std::max(1.0, std::abs(d.objective)));
          CHECK(checks::kkt_violation(models[k], s) < 1e-6);
        }
      }
    }
  }
}

TEST_CASE("lp::solve rejects bad options") {
  const lp::model m = textbook();
  CHECK_THROWS_WITH_AS((void)lp::solve(m, {.primal_tolerance = 0}),
                       "lp::validate: primal_tolerance is 0; expected a value in (0, 0.1)",
                       core::invalid_input);
  CHECK_THROWS_AS((void)lp::solve(m, {.iteration_limit = -1}), core::invalid_input);
  CHECK_THROWS_AS((void)lp::solve(m, {.time_limit = std::chrono::seconds{0}}), core::invalid_input);
  CHECK_THROWS_AS((void)lp::solve(m, {.refactor_interval = 0}), core::invalid_input);
}

TEST_CASE("lp::solve presolve reductions keep the optimum, duals and a valid basis") {
  // One model with every reduction: fixed, empty and free singleton columns, a doubleton
  // equation, singleton, forcing, redundant and (after fixing) empty rows.
  const auto build = [](lp::objective_sense sense) {
    lp::model m;
    m.set_sense(sense);
    const double sg = sense == lp::objective_sense::maximize ? -1.0 : 1.0;
    const auto x0 = m.add_variable({.lower = 2, .upper = 2, .cost = 1, .name = "fixed"});
    (void)m.add_variable({.lower = -1, .upper = 5, .cost = sg * 1, .name = "empty"});
    const auto x2 = m.add_variable(
        {.lower = -lp::infinity, .upper = lp::infinity, .cost = sg * 3, .name = "free"});
    const auto x3 = m.add_variable({.lower = 0, .upper = 10, .cost = sg * -1, .name = "d1"});
    const auto x4 = m.add_variable({.lower = 0, .upper = 4, .cost = sg * 2, .name = "d2"});
    const auto x5 = m.add_variable({.lower = 0, .upper = 20, .cost = sg * -2, .name = "single"});
    const auto x6 = m.add_variable({.lower = 0, .upper = 3, .cost = sg * -1, .name = "forced1"});
    const auto x7 = m.add_variable({.lower = 0, .upper = 3, .cost = sg * -1, .name = "forced2"});
    const auto x8 = m.add_variable({.lower = 0, .upper = 1, .cost = sg * -1, .name = "r1"});
    const auto x9 = m.add_variable({.lower = 0, .upper = 1, .cost = sg * 1, .name = "r2"});
    m.add_constraint(x2 + x3 - x5 == 1, "free_row");
    m.add_constraint(2 * x3 + x4 == 6, "doubleton");
    m.add_constraint(2 * x5 <= 14, "singleton_up");
    m.add_constraint(x5 >= 3, "singleton_lo");
    m.add_constraint(x6 + x7 <= 0, "forcing");
    m.add_constraint(x8 + x9 <= 100, "redundant");
    m.add_constraint(x0 <= 10, "becomes_empty");
    m.add_constraint(x3 + x4 + x5 + x8 <= 9, "link1");
    m.add_constraint(x3 - x4 + x9 >= -3, "link2");
    // Forcing at the maximum activity, a dominated row bound, a zero-cost free singleton in an
    // inequality and a doubleton whose surviving column ends on a bound that came from the
    // eliminated one.
    const auto x10 = m.add_variable({.lower = 0, .upper = 3, .cost = sg * 1, .name = "f3"});
    const auto x11 = m.add_variable({.lower = 0, .upper = 3, .cost = sg * 1, .name = "f4"});
    const auto x12 = m.add_variable({.lower = 0, .upper = 5, .cost = sg * -1, .name = "dom1"});
    const auto x13 = m.add_variable({.lower = 0, .upper = 5, .cost = sg * -2, .name = "dom2"});
    const auto x14 =
        m.add_variable({.lower = -lp::infinity, .upper = lp::infinity, .cost = 0, .name = "free0"});
    const auto x15 = m.add_variable({.lower = 0, .upper = 10, .cost = sg * -1, .name = "dj"});
    const auto x16 = m.add_variable({.lower = 0, .upper = 2, .cost = 0, .name = "dk"});
    m.add_constraint(x10 + x11 >= 6, "forcing_max");
    m.add_constraint(range(-5, x12 + x13, 1), "dominated");
    m.add_constraint(x14 + x3 <= 4, "free_zero_cost");
    m.add_constraint(x15 - x16 == 0, "doubleton2");
    m.add_constraint(x15 + x12 + x16 <= 30, "link3");
    return m;
  };
  for (const auto sense : {lp::objective_sense::minimize, lp::objective_sense::maximize}) {
    const lp::model m = build(sense);
    const lp::solution with = lp::solve(m);
    const lp::solution without = lp::solve(m, {.presolve = false});
    REQUIRE(with.status == lp::status::optimal);
    REQUIRE(without.status == lp::status::optimal);
    CHECK(with.objective == doctest::Approx(without.objective).epsilon(1e-12));
    CHECK(checks::kkt_violation(m, with) < 1e-9);
    bool reported = false;
    for (const auto& n : with.notes)
      reported = reported || n.find("presolve removed") != std::string::npos;
    CHECK(reported);
    // The postsolved basis is a basis: as many basic entries as rows, and a warm start from
    // it needs no iteration.
    std::size_t basic = 0;
    for (const auto st : with.basis.cols)
      basic += st == lp::basis_status::basic ? 1 : 0;
    for (const auto st : with.basis.rows)
      basic += st == lp::basis_status::basic ? 1 : 0;
    CHECK(basic == static_cast<std::size_t>(m.num_rows()));
    CHECK(lp::solve(m, {.start = with.basis}).iterations == 0);
  }
}

TEST_CASE("lp::solve repairs a singular warm-start basis") {
  // Two identical columns cannot both be basic: the factorisation swaps in a logical.
  lp::model m;
  const auto x = m.add_variable({.lower = 0, .upper = 4, .cost = -1});
  const auto y = m.add_variable({.lower = 0, .upper = 4, .cost = -1});
  const auto z = m.add_variable({.lower = 0, .upper = 4, .cost = -2});
  m.add_constraint(x + y + z <= 5);
  m.add_constraint(x + y - z <= 1);
  lp::basis b;
  b.cols = {lp::basis_status::basic, lp::basis_status::basic, lp::basis_status::at_lower};
  b.rows = {lp::basis_status::at_upper, lp::basis_status::at_upper};
  const lp::solution s = lp::solve(m, {.start = b});
  const lp::solution ref = lp::solve(m);
  REQUIRE(s.status == lp::status::optimal);
  CHECK(s.objective == doctest::Approx(ref.objective).epsilon(1e-12));
  CHECK(checks::kkt_violation(m, s) < 1e-9);
}

TEST_CASE("lp::solve proves infeasibility when every candidate is a bound flip") {
  // All variables boxed: the bound-flipping ratio test passes every breakpoint and the row
  // stays infeasible (dual unbounded).
  lp::model m;
  const auto x = m.add_variable({.lower = 0, .upper = 1, .cost = 1});
  const auto y = m.add_variable({.lower = -1, .upper = 1, .cost = -1});
  m.add_constraint(x + 2 * y >= 4);
  m.add_constraint(x - y <= 1);
  for (const bool presolve : {true, false}) {
    const lp::solution s = lp::solve(m, {.presolve = presolve});
    REQUIRE(s.status == lp::status::infeasible);
    CHECK(checks::farkas_margin(m, s.farkas) > 1e-9);
  }
}

TEST_CASE("lp::solve certifies infeasibility that presolve finds") {
  lp::model m;
  const auto x = m.add_variable({.lower = 0, .upper = 10, .cost = 1});
  const auto y = m.add_variable({.lower = 0, .upper = 10, .cost = 1});
  m.add_constraint(x >= 5);
  m.add_constraint(2 * x <= 6);
  m.add_constraint(x + y <= 12);
  const lp::solution s = lp::solve(m);
  REQUIRE(s.status == lp::status::infeasible);
  CHECK(checks::farkas_margin(m, s.farkas) > 1e-9);
}

// SPDX-License-Identifier: Apache-2.0
/// \file
/// `lp::solve`: presolve, scaling, crash or warm start, the bounded dual simplex (primal simplex
/// for clean-up and unboundedness), postsolve, and a complete `lp::solution`.
/// References: Koberstein (2005), thesis "The dual simplex method, techniques for a fast and
/// stable implementation"; Andersen & Andersen (1995), "Presolving in linear programming".
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <foresight/core/progress.hpp>
#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/detail/computational_lp.hpp>
#include <foresight/optimize/lp/detail/presolve.hpp>
#include <foresight/optimize/lp/detail/simplex_engine.hpp>
#include <foresight/optimize/lp/detail/solution_builder.hpp>
#include <foresight/optimize/lp/model.hpp>
#include <foresight/optimize/lp/options.hpp>
#include <foresight/optimize/lp/solution.hpp>

namespace foresight::optimize::lp {

namespace detail {

/// `opt` with the budget left after `used_iterations` and the time since `t0`: every run of a
/// solve (reduced model, postsolve pass, fallback, unscaled clean-up) shares one iteration and
/// time budget. A spent time budget becomes 1 ns, so the next run stops at its first check.
[[nodiscard]] inline options budget_left(const options& opt,
                                         std::chrono::steady_clock::time_point t0,
                                         core::index used_iterations) {
  options o = opt;
  o.iteration_limit = std::max<core::index>(0, opt.iteration_limit - used_iterations);
  if (std::isfinite(opt.time_limit.count())) {
    const std::chrono::duration<double> used = std::chrono::steady_clock::now() - t0;
    o.time_limit = std::max(opt.time_limit - used, std::chrono::duration<double>(1e-9));
  }
  return o;
}

/// Solves `mdl` without presolve; `reporter` may be null; the budget runs from `t0`.
[[nodiscard]] inline lp::solution solve_direct(const lp::model& mdl, const options& opt,
                                               core::progress_reporter* reporter,
                                               std::chrono::steady_clock::time_point t0) {
  computational_lp clp = to_computational(mdl);
  if (opt.scale)
    scale(clp);
  simplex_engine engine(std::move(clp), opt, reporter);
  lp::solution s;
  std::vector<std::int8_t> statuses;
  if (opt.start.has_value() &&
      engine_statuses(*opt.start, mdl.num_cols(), mdl.num_rows(), statuses) &&
      engine.set_basis(statuses)) {
    s.notes.emplace_back("warm start from the given basis");
  } else {
    if (opt.start.has_value())
      s.notes.emplace_back("the given basis does not fit the model; slack basis used");
    if (opt.crash == crash_method::bixby) {
      engine.crash_bixby();
    } else {
      engine.set_slack_basis();
    }
  }
  s.status = to_status(engine.solve());
  fill_solution(mdl, engine, s);
  if (s.status == lp::status::optimal && opt.scale &&
      (s.primal_infeasibility > opt.primal_tolerance ||
       s.dual_infeasibility > opt.dual_tolerance)) {
    // Optimal for the scaled model but not within tolerance in original units: continue from
    // the final basis on the unscaled model (as HiGHS and CLP do).
    options again = budget_left(opt, t0, engine.iterations());
    again.scale = false;
    again.perturb = false;
    again.start = s.basis;
    simplex_engine unscaled(to_computational(mdl), again, reporter);
    unscaled.set_iteration_base(engine.iterations());
    std::vector<std::int8_t> st2;
    if (engine_statuses(s.basis, mdl.num_cols(), mdl.num_rows(), st2) && unscaled.set_basis(st2)) {
      lp::solution t;
      t.status = to_status(unscaled.solve());
      fill_solution(mdl, unscaled, t);
      if (t.status == lp::status::optimal) {
        t.notes = std::move(s.notes);
        t.notes.emplace_back("clean-up on the unscaled model after the scaled solve");
        s = std::move(t);
      }
    }
  }
  return s;
}

/// Presolves, solves the reduced model, postsolves its basis and makes that basis optimal on
/// the original model. Falls back to `solve_direct` on the original model when the reductions
/// detect infeasibility or unboundedness (the certificates come from the original model).
[[nodiscard]] inline lp::solution solve_presolved(const lp::model& mdl, const options& opt,
                                                  core::progress_reporter* reporter,
                                                  std::chrono::steady_clock::time_point t0) {
  presolver pre(mdl);
  if (pre.run() != presolve_status::reduced)
    return solve_direct(mdl, opt, reporter, t0);
  const lp::model reduced = pre.reduced_model();
  if (pre.removed_rows() == 0 && pre.removed_cols() == 0)
    return solve_direct(mdl, opt, reporter, t0);
  options inner = budget_left(opt, t0, 0);  // presolve time counts
  inner.presolve = false;
  const lp::solution r = solve_direct(reduced, inner, reporter, t0);
  // Falls back to the original model with what is left of the budget.
  const auto fallback = [&](core::index used) {
    lp::solution f = solve_direct(mdl, budget_left(opt, t0, used), reporter, t0);
    f.iterations += used;
    return f;
  };
  if (r.status == lp::status::infeasible || r.status == lp::status::unbounded ||
      r.status == lp::status::infeasible_or_unbounded || r.status == lp::status::numerical_failure)
    return fallback(r.iterations);
  // Postsolve: the basis of the original model, then a simplex pass that is usually empty.
  options outer = budget_left(opt, t0, r.iterations);
  outer.perturb = false;
  // No iterations left when the reduced solve stopped at a limit.
  if (r.status != lp::status::optimal)
    outer.iteration_limit = 0;
  computational_lp clp = to_computational(mdl);
  if (opt.scale)
    scale(clp);
  simplex_engine engine(std::move(clp), outer, reporter);
  engine.set_iteration_base(r.iterations);
  std::vector<std::int8_t> statuses;
  lp::solution s;
  if (!engine_statuses(pre.postsolve(r.basis), mdl.num_cols(), mdl.num_rows(), statuses) ||
      !engine.set_basis(statuses))
    return fallback(r.iterations);
  const engine_status st = engine.polish();
  s.status = r.status == lp::status::optimal ? to_status(st) : r.status;
  fill_solution(mdl, engine, s);
  s.notes = r.notes;
  s.notes.push_back(core::detail::concat("presolve removed ", pre.removed_rows(), " of ",
                                         mdl.num_rows(), " rows and ", pre.removed_cols(), " of ",
                                         mdl.num_cols(), " columns"));
  if (s.status == lp::status::numerical_failure)
    return fallback(s.iterations);
  return s;
}

}  // namespace detail

/// Solves the linear program `mdl` with the bounded dual simplex (by default). The iteration and
/// time limits cover the whole call (presolve, reduced solve, postsolve and any fallback).
/// Throws: invalid_input for bad options (see `lp::validate`). Outcomes such as infeasible or
/// unbounded are reported in `solution::status`, with certificates.
/// Example: `const lp::solution s = lp::solve(m, {.time_limit = std::chrono::seconds{10}});`
///          `if (s.status == lp::status::optimal) use(s.x, s.objective, s.duals);`
[[nodiscard]] inline lp::solution solve(const lp::model& mdl, const options& opt = {}) {
  validate(opt);
  const auto t0 = std::chrono::steady_clock::now();
  core::progress_reporter reporter(opt.on_progress);
  core::progress_reporter* rep = opt.on_progress ? &reporter : nullptr;
  lp::solution s = opt.presolve && !opt.start.has_value()
                       ? detail::solve_presolved(mdl, opt, rep, t0)
                       : detail::solve_direct(mdl, opt, rep, t0);
  s.solve_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return s;
}

}  // namespace foresight::optimize::lp

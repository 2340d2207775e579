// SPDX-License-Identifier: Apache-2.0
/// \file
/// Outcome of a mixed-integer solve: status, best solution, best bound, gap, node count and
/// search statistics; the incumbent report given to `options::on_incumbent`.
#pragma once

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <foresight/core/types.hpp>

namespace foresight::optimize::mip {

/// Outcome of `mip::solve` (append-only; the integer values are stable).
enum class status : int {
  optimal = 0,                  ///< the search tree was exhausted: `x` is optimal
  infeasible = 1,               ///< no integer point satisfies the constraints
  unbounded = 2,                ///< an integer point exists and the objective is unbounded
  infeasible_or_unbounded = 3,  ///< the LP relaxation is unbounded; integer feasibility unknown
  node_limit = 4,               ///< stopped at `options::node_limit`
  time_limit = 5,               ///< stopped at `options::time_limit`
  gap_limit = 6,                ///< stopped at `options::relative_gap` or `absolute_gap`
  cancelled = 7,                ///< a callback returned false
  numerical_failure = 8,        ///< the LP solver failed repeatedly; the result is not reliable
};

/// Name of a status, e.g. "optimal".
[[nodiscard]] constexpr std::string_view to_string(status s) noexcept {
  switch (s) {
    case status::optimal:
      return "optimal";
    case status::infeasible:
      return "infeasible";
    case status::unbounded:
      return "unbounded";
    case status::infeasible_or_unbounded:
      return "infeasible_or_unbounded";
    case status::node_limit:
      return "node_limit";
    case status::time_limit:
      return "time_limit";
    case status::gap_limit:
      return "gap_limit";
    case status::cancelled:
      return "cancelled";
    case status::numerical_failure:
      return "numerical_failure";
  }
  return "unknown";
}

/// Where an incumbent came from (append-only; stable integer values).
enum class solution_source : int {
  start = 0,             ///< `options::start`, the user's solution
  lp = 1,                ///< an integral LP solution of a node
  rounding = 2,          ///< simple rounding of an LP solution
  diving = 3,            ///< a diving heuristic
  rins = 4,              ///< relaxation induced neighbourhood search (a sub-MIP)
  strong_branching = 5,  ///< an integral LP solution met while strong branching
};

/// Name of a solution source, e.g. "diving".
[[nodiscard]] constexpr std::string_view to_string(solution_source s) noexcept {
  switch (s) {
    case solution_source::start:
      return "start";
    case solution_source::lp:
      return "lp";
    case solution_source::rounding:
      return "rounding";
    case solution_source::diving:
      return "diving";
    case solution_source::rins:
      return "rins";
    case solution_source::strong_branching:
      return "strong_branching";
  }
  return "unknown";
}

/// A new best solution, as passed to `options::on_incumbent`.
struct incumbent {
  /// The solution, one value per column of the model (integer columns hold integers).
  std::vector<double> x{};
  /// Its objective value, in the model's sense, offset included.
  double objective = 0;
  /// Best proven bound at that moment, in the model's sense.
  double best_bound = 0;
  /// Nodes processed so far.
  core::index nodes = 0;
  /// Seconds since the solve started.
  double elapsed_seconds = 0;
  /// The heuristic or event that found it.
  solution_source source = solution_source::lp;
};

/// Counters of the search, for tuning and reports.
struct statistics {
  /// Objective of the root LP relaxation (after presolve, before cuts), in the model's sense.
  double root_lp_bound = 0;
  /// Root bound after the cutting-plane rounds, in the model's sense.
  double root_cut_bound = 0;
  /// Cutting-plane rounds at the root.
  core::index cut_rounds = 0;
  /// Gomory mixed-integer cuts added at the root.
  core::index gomory_cuts = 0;
  /// Mixed-integer rounding cuts added at the root.
  core::index mir_cuts = 0;
  /// Lifted knapsack cover cuts added at the root.
  core::index cover_cuts = 0;
  /// Clique cuts added at the root (not separated yet: always 0).
  core::index clique_cuts = 0;
  /// Cuts still in the LP after the root's cut management.
  core::index cuts_kept = 0;
  /// LPs solved for strong branching.
  core::index strong_branching_lps = 0;
  /// Improving solutions found (all sources).
  core::index solutions = 0;
  /// Column bounds tightened by presolve (bound propagation, coefficient tightening).
  core::index presolve_bound_changes = 0;
  /// Coefficients changed by presolve's coefficient tightening.
  core::index presolve_coefficient_changes = 0;
  /// Bounds fixed by reduced-cost fixing (root and nodes).
  core::index reduced_cost_fixings = 0;
  /// Deepest node processed.
  core::index max_depth = 0;
  /// Seconds until the first solution; negative when none was found.
  double first_solution_seconds = -1;
  /// Dives run by the diving heuristics (root and nodes).
  core::index dives = 0;
  /// RINS sub-MIPs solved.
  core::index rins_runs = 0;
  /// Nodes of all RINS sub-MIPs (not counted in `result::nodes`).
  core::index rins_nodes = 0;
};

/// Result of `mip::solve`. For every status, `x` is the best solution found (empty when none),
/// `best_bound` the best proven bound and `gap` the relative distance between them.
struct result {
  /// Outcome.
  mip::status status = mip::status::numerical_failure;
  /// Objective of `x` in the model's sense (offset included); +inf (minimise) or -inf
  /// (maximise) when no solution is known.
  double objective = 0;
  /// Best solution, one value per column (integer columns hold integral values); empty if none.
  std::vector<double> x{};
  /// Best proven bound on the optimal objective, in the model's sense.
  double best_bound = 0;
  /// `|objective - best_bound| / max(1, |objective|)`; 0 when optimal, +inf without solution.
  double gap = 0;
  /// Branch-and-bound nodes processed (the root counts as one).
  core::index nodes = 0;
  /// Simplex iterations of all LPs (nodes, cuts, strong branching, heuristics).
  core::index lp_iterations = 0;
  /// Wall-clock seconds of the solve.
  double solve_seconds = 0;
  /// Search counters.
  mip::statistics stats{};
  /// Remarks that are not errors (e.g. "presolve tightened 12 bounds").
  std::vector<std::string> notes{};

  /// True when `x` holds a feasible solution (`objective` is finite).
  [[nodiscard]] bool has_solution() const noexcept { return std::isfinite(objective); }
};

}  // namespace foresight::optimize::mip

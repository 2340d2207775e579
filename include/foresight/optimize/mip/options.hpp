// SPDX-License-Identifier: Apache-2.0
/// \file
/// Options of the mixed-integer solver (limits, tolerances, presolve, cuts, heuristics,
/// branching, node selection, a start solution, progress and incumbent callbacks) and their
/// validation.
#pragma once

#include <chrono>
#include <cmath>
#include <functional>
#include <limits>
#include <string_view>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/types.hpp>
#include <foresight/optimize/mip/result.hpp>

namespace foresight::optimize::mip {

/// How the branching variable is chosen (append-only).
enum class branching_rule : int {
  reliability = 0,      ///< pseudo-costs, initialised by strong branching until reliable
  pseudo_cost = 1,      ///< pseudo-costs only (averages where not yet known)
  most_fractional = 2,  ///< the integer variable whose fractional part is closest to 1/2
};

/// Name of a branching rule, e.g. "reliability".
[[nodiscard]] constexpr std::string_view to_string(branching_rule b) noexcept {
  switch (b) {
    case branching_rule::reliability:
      return "reliability";
    case branching_rule::pseudo_cost:
      return "pseudo_cost";
    case branching_rule::most_fractional:
      return "most_fractional";
  }
  return "unknown";
}

/// Which open node is processed next (append-only).
enum class node_selection : int {
  best_bound_plunging = 0,  ///< dive into a child while it looks promising, else best bound
  best_bound = 1,           ///< always the open node with the smallest bound
  depth_first = 2,          ///< always the deepest open node (least memory)
};

/// Name of a node selection rule, e.g. "best_bound_plunging".
[[nodiscard]] constexpr std::string_view to_string(node_selection s) noexcept {
  switch (s) {
    case node_selection::best_bound_plunging:
      return "best_bound_plunging";
    case node_selection::best_bound:
      return "best_bound";
    case node_selection::depth_first:
      return "depth_first";
  }
  return "unknown";
}

/// Receives each new best solution; return false to stop the search (status `cancelled`).
using incumbent_callback = std::function<bool(const incumbent&)>;

/// Options of `mip::solve`.
struct options {
  /// Wall-clock time allowed for the whole solve; > 0.
  std::chrono::duration<double> time_limit{std::numeric_limits<double>::infinity()};
  /// Branch-and-bound nodes allowed (the root is one); >= 1.
  core::index node_limit = std::numeric_limits<core::index>::max();
  /// Stop once `|objective - best_bound| <= relative_gap * max(1, |objective|)`; >= 0. With
  /// the default 0 the search runs until the tree is exhausted (status `optimal`).
  double relative_gap = 0;
  /// Stop once `|objective - best_bound| <= absolute_gap`; >= 0.
  double absolute_gap = 0;
  /// A value within this distance of an integer counts as integral, in (0, 0.1).
  double integrality_tolerance = 1e-6;
  /// Largest row or bound violation accepted in a solution (scaled by max(1, |bound|)), in
  /// (0, 0.1).
  double feasibility_tolerance = 1e-6;
  /// Tighten bounds and coefficients before the search (Savelsbergh 1994).
  bool presolve = true;
  /// Separate cutting planes at the root (Gomory mixed-integer, c-MIR, lifted knapsack covers).
  bool cuts = true;
  /// Most rounds of cut separation at the root; >= 0.
  core::index max_cut_rounds = 30;
  /// Run primal heuristics (rounding, diving, RINS).
  bool heuristics = true;
  /// Branching rule.
  branching_rule branching = branching_rule::reliability;
  /// Strong-branching evaluations in each direction after which a pseudo-cost is trusted
  /// (reliability branching); >= 0 (0 is pure pseudo-cost branching).
  core::index reliability_threshold = 4;
  /// Node selection rule.
  node_selection selection = node_selection::best_bound_plunging;
  /// A start solution (one value per column; empty for none); used as the first incumbent when
  /// it is feasible after rounding its integer columns, ignored with a note otherwise.
  std::vector<double> start{};
  /// Receives progress (stage "branch_and_bound", nodes done, best bound) about every 100 ms
  /// and once at the end; return false to cancel.
  core::progress_callback on_progress{};
  /// Receives each new incumbent; return false to cancel.
  incumbent_callback on_incumbent{};
};

/// Checks the options. Throws: invalid_input naming the first bad field.
inline void validate(const options& o) {
  constexpr std::string_view where = "mip::validate";
  core::detail::require(o.time_limit.count() > 0, where, "time_limit is ", o.time_limit.count(),
                        " s; expected > 0");
  core::detail::require(o.node_limit >= 1, where, "node_limit is ", o.node_limit,
                        "; expected >= 1");
  core::detail::require(o.relative_gap >= 0 && std::isfinite(o.relative_gap), where,
                        "relative_gap is ", o.relative_gap, "; expected a finite value >= 0");
  core::detail::require(o.absolute_gap >= 0 && std::isfinite(o.absolute_gap), where,
                        "absolute_gap is ", o.absolute_gap, "; expected a finite value >= 0");
  core::detail::require(o.integrality_tolerance > 0 && o.integrality_tolerance < 0.1, where,
                        "integrality_tolerance is ", o.integrality_tolerance,
                        "; expected a value in (0, 0.1)");
  core::detail::require(o.feasibility_tolerance > 0 && o.feasibility_tolerance < 0.1, where,
                        "feasibility_tolerance is ", o.feasibility_tolerance,
                        "; expected a value in (0, 0.1)");
  core::detail::require(o.max_cut_rounds >= 0, where, "max_cut_rounds is ", o.max_cut_rounds,
                        "; expected >= 0");
  core::detail::require(o.reliability_threshold >= 0, where, "reliability_threshold is ",
                        o.reliability_threshold, "; expected >= 0");
  const auto b = static_cast<int>(o.branching);
  core::detail::require(b >= 0 && b <= 2, where, "branching is ", b,
                        "; expected a branching_rule value");
  const auto s = static_cast<int>(o.selection);
  core::detail::require(s >= 0 && s <= 2, where, "selection is ", s,
                        "; expected a node_selection value");
  for (std::size_t j = 0; j < o.start.size(); ++j)
    core::detail::require(std::isfinite(o.start[j]), where, "start[", j, "] is ", o.start[j],
                          "; expected a finite number");
}

}  // namespace foresight::optimize::mip

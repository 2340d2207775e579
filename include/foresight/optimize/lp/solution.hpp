// SPDX-License-Identifier: Apache-2.0
/// \file
/// Outcome of an LP solve: status, primal and dual values, the simplex basis and, for
/// infeasible or unbounded models, a certificate (Farkas ray or unbounded direction).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <foresight/core/types.hpp>

namespace foresight::optimize::lp {

/// Outcome of a solve (append-only; the integer values are stable).
enum class status : int {
  optimal = 0,                  ///< an optimal basic solution was found
  infeasible = 1,               ///< no point satisfies the constraints (`farkas` proves it)
  unbounded = 2,                ///< feasible, objective unbounded (`ray` proves it)
  infeasible_or_unbounded = 3,  ///< dual infeasible; primal feasibility not decided
  iteration_limit = 4,          ///< stopped at `options::iteration_limit`
  time_limit = 5,               ///< stopped at `options::time_limit`
  cancelled = 6,                ///< the progress callback returned false
  numerical_failure = 7,        ///< repeated numerical trouble; the result is not reliable
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
    case status::iteration_limit:
      return "iteration_limit";
    case status::time_limit:
      return "time_limit";
    case status::cancelled:
      return "cancelled";
    case status::numerical_failure:
      return "numerical_failure";
  }
  return "unknown";
}

/// Status of one column or row in a simplex basis (append-only; stable integer values). A row's
/// status refers to its activity `a_i x` (its logical variable).
enum class basis_status : std::int8_t {
  basic = 0,     ///< in the basis
  at_lower = 1,  ///< nonbasic at its lower bound (also: fixed)
  at_upper = 2,  ///< nonbasic at its upper bound
  at_zero = 3,   ///< nonbasic free variable at zero
};

/// Name of a basis status, e.g. "at_lower".
[[nodiscard]] constexpr std::string_view to_string(basis_status s) noexcept {
  switch (s) {
    case basis_status::basic:
      return "basic";
    case basis_status::at_lower:
      return "at_lower";
    case basis_status::at_upper:
      return "at_upper";
    case basis_status::at_zero:
      return "at_zero";
  }
  return "unknown";
}

/// A simplex basis: exactly `num_rows` entries of `cols` and `rows` together are `basic`.
struct basis {
  /// Status of each column.
  std::vector<basis_status> cols{};
  /// Status of each row (of its activity).
  std::vector<basis_status> rows{};

  /// Same statuses.
  friend bool operator==(const basis&, const basis&) = default;
};

/// Result of `lp::solve` or `lp::solver::solve`. Duals follow the derivative convention in the
/// model's own sense: `duals[i]` = d objective / d (active bound of row i), `reduced_costs[j]`
/// = `cost[j] - a_j' duals` = d objective / d (active bound of column j).
struct solution {
  /// Outcome; the vectors below are filled for every status (best point so far when not
  /// optimal) except where noted.
  lp::status status = lp::status::numerical_failure;
  /// Objective value `c'x + offset` at `x`.
  double objective = 0;
  /// Primal values, one per column.
  std::vector<double> x{};
  /// Row activities `A x`, one per row.
  std::vector<double> row_activity{};
  /// Row duals (Lagrange multipliers), one per row.
  std::vector<double> duals{};
  /// Reduced costs, one per column.
  std::vector<double> reduced_costs{};
  /// Final basis (warm start for another solve); empty when no basis is available.
  lp::basis basis{};
  /// For `infeasible`: row multipliers y with max_{r in row bounds} y'r < min_{x in column
  /// bounds} (A'y)'x, which no feasible point can satisfy. Empty otherwise.
  std::vector<double> farkas{};
  /// For `unbounded`: a direction v (one value per column) along which `x + t v` stays feasible
  /// for every t >= 0 and the objective improves without limit. Empty otherwise.
  std::vector<double> ray{};
  /// Simplex iterations (all phases, presolve excluded).
  core::index iterations = 0;
  /// Wall-clock seconds spent in the solve, presolve and postsolve included.
  double solve_seconds = 0;
  /// Largest bound or row violation of `x` in the original model.
  double primal_infeasibility = 0;
  /// Largest reduced-cost sign violation in the original model.
  double dual_infeasibility = 0;
  /// Remarks that are not errors (e.g. "presolve removed 12 rows and 30 columns").
  std::vector<std::string> notes{};
};

}  // namespace foresight::optimize::lp

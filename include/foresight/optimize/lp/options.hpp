// SPDX-License-Identifier: Apache-2.0
/// \file
/// Options of the simplex solver (algorithm, pricing, presolve, scaling, tolerances, limits,
/// warm start, progress) and their validation.
#pragma once

#include <chrono>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>

#include <foresight/core/error.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/solution.hpp>

namespace foresight::optimize::lp {

/// Which simplex method drives the solve (append-only).
enum class simplex_method : int {
  dual = 0,    ///< bounded dual simplex (phase 1 on an auxiliary box problem), primal clean-up
  primal = 1,  ///< feasibility by the dual simplex on zero costs, then the primal simplex
};

/// Name of a simplex method, "dual" or "primal".
[[nodiscard]] constexpr std::string_view to_string(simplex_method m) noexcept {
  return m == simplex_method::primal ? "primal" : "dual";
}

/// Pricing rule of the dual simplex (append-only).
enum class dual_pricing : int {
  steepest_edge = 0,  ///< dual steepest edge, Forrest & Goldfarb (1992)
  devex = 1,          ///< dual devex reference weights, Forrest & Goldfarb (1992)
  dantzig = 2,        ///< largest infeasibility
};

/// Name of a dual pricing rule.
[[nodiscard]] constexpr std::string_view to_string(dual_pricing p) noexcept {
  switch (p) {
    case dual_pricing::steepest_edge:
      return "steepest_edge";
    case dual_pricing::devex:
      return "devex";
    case dual_pricing::dantzig:
      return "dantzig";
  }
  return "unknown";
}

/// Initial basis when no warm start is given (append-only).
enum class crash_method : int {
  none = 0,   ///< all-logical (slack) basis
  bixby = 1,  ///< triangular crash of Bixby (1992), preferring free and wide-bounded columns
};

/// Name of a crash method.
[[nodiscard]] constexpr std::string_view to_string(crash_method c) noexcept {
  return c == crash_method::bixby ? "bixby" : "none";
}

/// How the basis factorisation solves its triangular systems (append-only).
enum class lu_solve_path : int {
  automatic = 0,    ///< hypersparse where the right-hand side and the expected result are sparse
  dense = 1,        ///< always loop over every column of the factors
  hypersparse = 2,  ///< always a symbolic reach first (Gilbert & Peierls 1988)
};

/// Name of an LU solve path.
[[nodiscard]] constexpr std::string_view to_string(lu_solve_path p) noexcept {
  switch (p) {
    case lu_solve_path::automatic:
      return "automatic";
    case lu_solve_path::dense:
      return "dense";
    case lu_solve_path::hypersparse:
      return "hypersparse";
  }
  return "unknown";
}

/// Options of `lp::solve` and `lp::solver`.
struct options {
  /// Simplex method.
  simplex_method method = simplex_method::dual;
  /// Pricing rule of the dual simplex.
  dual_pricing pricing = dual_pricing::steepest_edge;
  /// Reduce the model before solving (Andersen & Andersen 1995); ignored with a warm start.
  bool presolve = true;
  /// Scale rows and columns by powers of two (geometric mean, then equilibration).
  bool scale = true;
  /// Initial basis when `start` is empty.
  crash_method crash = crash_method::none;
  /// Perturb the costs (dual simplex) against dual degeneracy; removed before the end.
  bool perturb = true;
  /// Largest bound or row violation accepted as feasible (scaled model), in (0, 1e-1).
  double primal_tolerance = 1e-7;
  /// Largest reduced-cost sign violation accepted as optimal (scaled model), in (0, 1e-1).
  double dual_tolerance = 1e-7;
  /// Simplex iterations allowed, all phases together; >= 0.
  core::index iteration_limit = std::numeric_limits<core::index>::max();
  /// Wall-clock time allowed; > 0.
  std::chrono::duration<double> time_limit{std::numeric_limits<double>::infinity()};
  /// Basis updates between two refactorisations of the basis matrix, in [1, 1000].
  core::index refactor_interval = 100;
  /// Warm start: a basis (e.g. `solution::basis` of a related solve); empty for a cold start.
  std::optional<lp::basis> start{};
  /// Receives progress ("dual simplex"/"primal simplex", iterations, objective) about every
  /// 100 ms; return false to cancel.
  core::progress_callback on_progress{};
  /// Triangular solves of the basis factors: hypersparse (Hall & McKinnon 2005) when the
  /// right-hand side and the running average of the result densities are below 10%, or one path
  /// forced (for testing and measurement; the results agree up to rounding).
  lu_solve_path lu_solves = lu_solve_path::automatic;
};

/// Checks the options. Throws: invalid_input naming the first bad field.
inline void validate(const options& o) {
  constexpr std::string_view where = "lp::validate";
  core::detail::require(o.primal_tolerance > 0 && o.primal_tolerance < 0.1, where,
                        "primal_tolerance is ", o.primal_tolerance,
                        "; expected a value in (0, 0.1)");
  core::detail::require(o.dual_tolerance > 0 && o.dual_tolerance < 0.1, where, "dual_tolerance is ",
                        o.dual_tolerance, "; expected a value in (0, 0.1)");
  core::detail::require(o.iteration_limit >= 0, where, "iteration_limit is ", o.iteration_limit,
                        "; expected >= 0");
  core::detail::require(o.time_limit.count() > 0, where, "time_limit is ", o.time_limit.count(),
                        " s; expected > 0");
  core::detail::require(o.refactor_interval >= 1 && o.refactor_interval <= 1000, where,
                        "refactor_interval is ", o.refactor_interval, "; expected 1..1000");
  const auto method = static_cast<int>(o.method);
  core::detail::require(method >= 0 && method <= 1, where, "method is ", method,
                        "; expected a simplex_method value");
  const auto pricing = static_cast<int>(o.pricing);
  core::detail::require(pricing >= 0 && pricing <= 2, where, "pricing is ", pricing,
                        "; expected a dual_pricing value");
  const auto crash = static_cast<int>(o.crash);
  core::detail::require(crash >= 0 && crash <= 1, where, "crash is ", crash,
                        "; expected a crash_method value");
  const auto lu_solves = static_cast<int>(o.lu_solves);
  core::detail::require(lu_solves >= 0 && lu_solves <= 2, where, "lu_solves is ", lu_solves,
                        "; expected an lu_solve_path value");
}

}  // namespace foresight::optimize::lp

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Turns the engine's scaled iterate into an `lp::solution` of the original model: unscaling,
/// row activities, duals and reduced costs recomputed in original units, basis, certificates,
/// and the measured primal and dual infeasibilities.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/detail/simplex_engine.hpp>
#include <foresight/optimize/lp/model.hpp>
#include <foresight/optimize/lp/solution.hpp>

namespace foresight::optimize::lp::detail {

/// Maps an engine status to the public one.
[[nodiscard]] inline lp::status to_status(engine_status s) {
  switch (s) {
    case engine_status::optimal:
      return lp::status::optimal;
    case engine_status::infeasible:
      return lp::status::infeasible;
    case engine_status::unbounded:
      return lp::status::unbounded;
    case engine_status::dual_infeasible:
      return lp::status::infeasible_or_unbounded;
    case engine_status::iteration_limit:
      return lp::status::iteration_limit;
    case engine_status::time_limit:
      return lp::status::time_limit;
    case engine_status::cancelled:
      return lp::status::cancelled;
    case engine_status::numerical_failure:
      return lp::status::numerical_failure;
  }
  return lp::status::numerical_failure;
}

/// Basis of the engine in model terms (row status = status of the activity a_i x, so a logical
/// at its lower bound means the row at its upper bound).
[[nodiscard]] inline lp::basis engine_basis(const simplex_engine& e) {
  const auto& lp = e.problem();
  lp::basis b;
  b.cols.resize(static_cast<std::size_t>(lp.n));
  b.rows.resize(static_cast<std::size_t>(lp.m));
  const auto status_of = [&](core::index j, bool logical) {
    if (e.is_basic(j))
      return basis_status::basic;
    const auto sj = static_cast<std::size_t>(j);
    const double v = e.value(j);
    const double lo = lp.lower[sj];
    const double hi = lp.upper[sj];
    basis_status s = basis_status::at_zero;
    if (std::isfinite(lo) && (v == lo || e.move(j) == 1 || lo == hi)) {
      s = basis_status::at_lower;
    } else if (std::isfinite(hi) && (v == hi || e.move(j) == -1)) {
      s = basis_status::at_upper;
    }
    if (logical && s == basis_status::at_lower && lo != hi)
      return basis_status::at_upper;
    if (logical && s == basis_status::at_upper)
      return basis_status::at_lower;
    return s;
  };
  for (core::index j = 0; j < lp.n; ++j)
    b.cols[static_cast<std::size_t>(j)] = status_of(j, false);
  for (core::index i = 0; i < lp.m; ++i)
    b.rows[static_cast<std::size_t>(i)] = status_of(lp.n + i, true);
  return b;
}

/// Engine statuses (0 basic, 1 lower, 2 upper, 3 zero) of all n + m variables from a model
/// basis; false if its sizes do not fit.
[[nodiscard]] inline bool engine_statuses(const lp::basis& b, core::index n, core::index m,
                                          std::vector<std::int8_t>& out) {
  if (static_cast<core::index>(b.cols.size()) != n || static_cast<core::index>(b.rows.size()) != m)
    return false;
  out.assign(static_cast<std::size_t>(n + m), 1);
  const auto code = [](basis_status s, bool logical) -> std::int8_t {
    switch (s) {
      case basis_status::basic:
        return 0;
      case basis_status::at_lower:
        return logical ? 2 : 1;
      case basis_status::at_upper:
        return logical ? 1 : 2;
      case basis_status::at_zero:
        return 3;
    }
    return 1;
  };
  for (core::index j = 0; j < n; ++j)
    out[static_cast<std::size_t>(j)] = code(b.cols[static_cast<std::size_t>(j)], false);
  for (core::index i = 0; i < m; ++i)
    out[static_cast<std::size_t>(n + i)] = code(b.rows[static_cast<std::size_t>(i)], true);
  return true;
}

/// Fills `s` (status already set) from the engine's iterate for model `mdl`.
inline void fill_solution(const lp::model& mdl, const simplex_engine& e, lp::solution& s) {
  const auto& lp = e.problem();
  const core::index n = lp.n;
  const core::index m = lp.m;
  const double sense = lp.maximize ? -1.0 : 1.0;
  s.x.assign(static_cast<std::size_t>(n), 0.0);
  for (core::index j = 0; j < n; ++j) {
    const auto sj = static_cast<std::size_t>(j);
    double v = e.value(j) * lp.col_scale[sj];
    // Nonbasic values sit exactly on their bounds in original units.
    if (!e.is_basic(j)) {
      if (e.move(j) == 1 || (lp.lower[sj] == lp.upper[sj]))
        v = mdl.col_lower()[sj];
      else if (e.move(j) == -1)
        v = mdl.col_upper()[sj];
    }
    s.x[sj] = v;
  }
  // Row duals: y = R y_scaled; reduced costs recomputed as c - A'y in original units.
  s.duals.assign(static_cast<std::size_t>(m), 0.0);
  for (core::index i = 0; i < m; ++i)
    s.duals[static_cast<std::size_t>(i)] = sense * e.row_duals()[static_cast<std::size_t>(i)] *
                                           lp.row_scale[static_cast<std::size_t>(i)];
  s.row_activity.assign(static_cast<std::size_t>(m), 0.0);
  s.reduced_costs.assign(static_cast<std::size_t>(n), 0.0);
  for (core::index j = 0; j < n; ++j) {
    const auto sj = static_cast<std::size_t>(j);
    double d = mdl.cost()[sj];
    for (const auto& en : mdl.column(j)) {
      s.row_activity[static_cast<std::size_t>(en.row)] += en.value * s.x[sj];
      d -= en.value * s.duals[static_cast<std::size_t>(en.row)];
    }
    s.reduced_costs[sj] = e.is_basic(j) ? 0.0 : d;
  }
  s.objective = mdl.objective_value(Eigen::Map<const core::vector<double>>(s.x.data(), n));
  s.basis = engine_basis(e);
  // Measured infeasibilities in original units.
  double pinf = 0;
  for (core::index j = 0; j < n; ++j) {
    const auto sj = static_cast<std::size_t>(j);
    pinf = std::max({pinf, mdl.col_lower()[sj] - s.x[sj], s.x[sj] - mdl.col_upper()[sj]});
  }
  for (core::index i = 0; i < m; ++i) {
    const auto si = static_cast<std::size_t>(i);
    pinf = std::max(
        {pinf, mdl.row_lower()[si] - s.row_activity[si], s.row_activity[si] - mdl.row_upper()[si]});
  }
  s.primal_infeasibility = pinf;
  double dinf = 0;
  const auto dual_violation = [&](basis_status st, double d) {
    // In the model's sense: minimise wants d >= 0 at lower, <= 0 at upper.
    const double ds = sense * d;
    switch (st) {
      case basis_status::basic:
        return 0.0;
      case basis_status::at_lower:
        return std::max(0.0, -ds);
      case basis_status::at_upper:
        return std::max(0.0, ds);
      case basis_status::at_zero:
        return std::abs(ds);
    }
    return 0.0;
  };
  for (core::index j = 0; j < n; ++j) {
    const auto sj = static_cast<std::size_t>(j);
    if (mdl.col_lower()[sj] == mdl.col_upper()[sj])
      continue;
    dinf = std::max(dinf, dual_violation(s.basis.cols[sj], s.reduced_costs[sj]));
  }
  for (core::index i = 0; i < m; ++i) {
    const auto si = static_cast<std::size_t>(i);
    if (mdl.row_lower()[si] == mdl.row_upper()[si])
      continue;
    // Row dual y_i acts like the reduced cost of the row activity.
    dinf = std::max(dinf, dual_violation(s.basis.rows[si], s.duals[si]));
  }
  s.dual_infeasibility = dinf;
  s.iterations = e.iterations();
  s.farkas.clear();
  s.ray.clear();
  if (s.status == lp::status::infeasible && !e.farkas().empty()) {
    s.farkas.assign(static_cast<std::size_t>(m), 0.0);
    for (core::index i = 0; i < m; ++i)
      s.farkas[static_cast<std::size_t>(i)] =
          e.farkas()[static_cast<std::size_t>(i)] * lp.row_scale[static_cast<std::size_t>(i)];
  }
  if (s.status == lp::status::unbounded && !e.ray().empty()) {
    s.ray.assign(static_cast<std::size_t>(n), 0.0);
    for (core::index j = 0; j < n; ++j)
      s.ray[static_cast<std::size_t>(j)] =
          e.ray()[static_cast<std::size_t>(j)] * lp.col_scale[static_cast<std::size_t>(j)];
  }
}

}  // namespace foresight::optimize::lp::detail

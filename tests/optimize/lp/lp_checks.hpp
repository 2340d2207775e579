// SPDX-License-Identifier: Apache-2.0
// Independent checks of LP results used by the lp test files: optimality conditions (KKT) of
// an optimal solution, the Farkas certificate of an infeasible model and the ray of an
// unbounded one. They use only the model and the solution, never solver internals.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <foresight/optimize/lp/model.hpp>
#include <foresight/optimize/lp/solution.hpp>

namespace foresight::test::lp_checks {

namespace lp = foresight::optimize::lp;

/// Worst violation of the optimality conditions of `s` for `m`, relative to the magnitude of
/// the data (0 for an exactly optimal solution): primal feasibility, reduced costs = c - A'y,
/// dual sign conditions with complementary slackness, and objective = c'x + offset.
inline double kkt_violation(const lp::model& m, const lp::solution& s) {
  const auto n = static_cast<std::size_t>(m.num_cols());
  const auto rows = static_cast<std::size_t>(m.num_rows());
  if (s.x.size() != n || s.duals.size() != rows || s.reduced_costs.size() != n)
    return 1e300;
  const double sense = m.sense() == lp::objective_sense::maximize ? -1.0 : 1.0;
  double worst = 0;
  std::vector<double> act(rows, 0.0);
  std::vector<double> d(m.cost());
  for (std::size_t j = 0; j < n; ++j) {
    for (const auto& e : m.column(static_cast<core::index>(j))) {
      act[static_cast<std::size_t>(e.row)] += e.value * s.x[j];
      d[j] -= e.value * s.duals[static_cast<std::size_t>(e.row)];
    }
  }
  const auto scale = [](double a) { return 1.0 + std::abs(a); };
  // One variable (column or row activity) with value v, bounds [lo, hi] and reduced cost dj.
  const auto check = [&](double v, double lo, double hi, double dj) {
    worst = std::max(worst, (lo - v) / scale(lo));
    worst = std::max(worst, (v - hi) / scale(hi));
    const double ds = sense * dj;  // minimisation sign convention
    const double tol = 1e-6 * (1.0 + std::abs(v));
    const bool at_lo = std::isfinite(lo) && std::abs(v - lo) <= tol;
    const bool at_hi = std::isfinite(hi) && std::abs(v - hi) <= tol;
    if (at_lo && at_hi)
      return;  // fixed: any sign
    if (at_lo) {
      worst = std::max(worst, -ds / scale(dj));
    } else if (at_hi) {
      worst = std::max(worst, ds / scale(dj));
    } else {
      worst = std::max(worst, std::abs(ds) / scale(dj));
    }
  };
  double cmax = 1;
  for (const double c : m.cost())
    cmax = std::max(cmax, std::abs(c));
  for (std::size_t j = 0; j < n; ++j) {
    check(s.x[j], m.col_lower()[j], m.col_upper()[j], d[j]);
    worst = std::max(worst, std::abs(d[j] - s.reduced_costs[j]) / cmax);
  }
  for (std::size_t i = 0; i < rows; ++i) {
    check(act[i], m.row_lower()[i], m.row_upper()[i], s.duals[i]);
    worst = std::max(worst, std::abs(act[i] - s.row_activity[i]) / scale(act[i]));
  }
  double obj = m.objective_offset();
  for (std::size_t j = 0; j < n; ++j)
    obj += m.cost()[j] * s.x[j];
  worst = std::max(worst, std::abs(obj - s.objective) / scale(obj));
  return worst;
}

/// Margin by which `y` proves infeasibility: min_{x in column box} (A'y)'x minus
/// max_{r in row box} y'r (positive = proof; -inf if an infinite bound breaks the argument).
/// Terms with |coefficient| <= zero_tol * max|coefficient| are treated as zero.
inline double farkas_margin(const lp::model& m, const std::vector<double>& y,
                            double zero_tol = 1e-9) {
  if (y.size() != static_cast<std::size_t>(m.num_rows()))
    return -INFINITY;
  const auto n = static_cast<std::size_t>(m.num_cols());
  std::vector<double> z(n, 0.0);
  double ymax = 0;
  for (const double v : y)
    ymax = std::max(ymax, std::abs(v));
  for (std::size_t j = 0; j < n; ++j) {
    for (const auto& e : m.column(static_cast<core::index>(j)))
      z[j] += e.value * y[static_cast<std::size_t>(e.row)];
  }
  double zmax = 0;
  for (const double v : z)
    zmax = std::max(zmax, std::abs(v));
  double min_x = 0;  // min over the column box of z'x
  for (std::size_t j = 0; j < n; ++j) {
    if (std::abs(z[j]) <= zero_tol * std::max(1.0, zmax))
      continue;
    min_x += z[j] > 0 ? z[j] * m.col_lower()[j] : z[j] * m.col_upper()[j];
  }
  double max_r = 0;  // max over the row box of y'r
  for (std::size_t i = 0; i < y.size(); ++i) {
    if (std::abs(y[i]) <= zero_tol * std::max(1.0, ymax))
      continue;
    max_r += y[i] > 0 ? y[i] * m.row_upper()[i] : y[i] * m.row_lower()[i];
  }
  if (std::isnan(min_x) || std::isnan(max_r))
    return -INFINITY;
  return min_x - max_r;
}

/// True when `v` is a recession direction of the feasible set (within tolerance, relative to
/// max|v|) along which the objective improves, and `x` is feasible.
inline bool is_unbounded_ray(const lp::model& m, const std::vector<double>& x,
                             const std::vector<double>& v, double tol = 1e-7) {
  const auto n = static_cast<std::size_t>(m.num_cols());
  if (v.size() != n || x.size() != n)
    return false;
  double vmax = 0;
  for (const double e : v)
    vmax = std::max(vmax, std::abs(e));
  if (vmax == 0)
    return false;
  const double t = tol * vmax;
  std::vector<double> av(static_cast<std::size_t>(m.num_rows()), 0.0);
  std::vector<double> ax(static_cast<std::size_t>(m.num_rows()), 0.0);
  double gain = 0;
  for (std::size_t j = 0; j < n; ++j) {
    if (std::isfinite(m.col_lower()[j]) && v[j] < -t)
      return false;
    if (std::isfinite(m.col_upper()[j]) && v[j] > t)
      return false;
    if (x[j] < m.col_lower()[j] - 1e-6 || x[j] > m.col_upper()[j] + 1e-6)
      return false;
    gain += m.cost()[j] * v[j];
    for (const auto& e : m.column(static_cast<core::index>(j))) {
      av[static_cast<std::size_t>(e.row)] += e.value * v[j];
      ax[static_cast<std::size_t>(e.row)] += e.value * x[j];
    }
  }
  for (std::size_t i = 0; i < av.size(); ++i) {
    if (std::isfinite(m.row_lower()[i]) && av[i] < -t)
      return false;
    if (std::isfinite(m.row_upper()[i]) && av[i] > t)
      return false;
    const double tol_i = 1e-6 * (1.0 + std::abs(ax[i]));
    if (ax[i] < m.row_lower()[i] - tol_i || ax[i] > m.row_upper()[i] + tol_i)
      return false;
  }
  const double sense = m.sense() == lp::objective_sense::maximize ? -1.0 : 1.0;
  return sense * gain < -t;
}

}  // namespace foresight::test::lp_checks

// SPDX-License-Identifier: Apache-2.0
/// \file
/// The computational form of an LP used by the simplex engine: `[A I] x = 0` with bounds on
/// structural and logical variables (logical i = -row activity i), a column-wise and a row-wise
/// copy of A, and power-of-two scaling.
/// References: Koberstein (2005), thesis, sec. 2.3 (computational form); Curtis & Reid (1972)
/// and Tomlin (1975), "On scaling linear programming problems" (geometric mean scaling
/// followed by equilibration, as in CLP and GLPK).
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/model.hpp>

namespace foresight::optimize::lp::detail {

/// `min cost'x  s.t.  [A I] x = 0,  lower <= x <= upper`, x = (structurals, logicals).
struct computational_lp {
  using index = core::index;
  index m = 0;  ///< rows = logicals
  index n = 0;  ///< structural columns
  std::vector<index> col_start{0};
  std::vector<index> col_row{};
  std::vector<double> col_value{};
  std::vector<index> row_start{};
  std::vector<index> row_col{};
  std::vector<double> row_value{};
  std::vector<double> cost{};       ///< n + m (logicals 0)
  std::vector<double> lower{};      ///< n + m (logical i: -row_upper)
  std::vector<double> upper{};      ///< n + m (logical i: -row_lower)
  std::vector<double> col_scale{};  ///< x_original = col_scale * x_scaled (structurals)
  std::vector<double> row_scale{};  ///< activity_scaled = row_scale * activity_original
  double objective_offset = 0;
  bool maximize = false;

  /// Builds the row-wise copy from the column-wise one.
  void build_rows() {
    row_start.assign(static_cast<std::size_t>(m + 1), 0);
    for (const index i : col_row)
      ++row_start[static_cast<std::size_t>(i + 1)];
    for (index i = 0; i < m; ++i)
      row_start[static_cast<std::size_t>(i + 1)] += row_start[static_cast<std::size_t>(i)];
    row_col.assign(col_row.size(), 0);
    row_value.assign(col_row.size(), 0.0);
    std::vector<index> next(row_start.begin(), row_start.end() - 1);
    for (index j = 0; j < n; ++j) {
      for (index p = col_start[static_cast<std::size_t>(j)];
           p < col_start[static_cast<std::size_t>(j + 1)]; ++p) {
        const auto k = static_cast<std::size_t>(
            next[static_cast<std::size_t>(col_row[static_cast<std::size_t>(p)])]++);
        row_col[k] = j;
        row_value[k] = col_value[static_cast<std::size_t>(p)];
      }
    }
  }
};

/// Calls `f(row, value)` for the entries of column j of `mdl` in increasing row order, with
/// repeated rows summed and zero sums skipped. `acc` and `seen` are workspaces of num_rows
/// entries (`seen` initialised to -1 once).
template <typename F>
void for_each_summed_entry(const lp::model& mdl, core::index j, std::vector<double>& acc,
                           std::vector<core::index>& seen, std::vector<core::index>& rows, F&& f) {
  rows.clear();
  for (const auto& e : mdl.column(j)) {
    const auto si = static_cast<std::size_t>(e.row);
    if (seen[si] != j) {
      seen[si] = j;
      acc[si] = 0.0;
      rows.push_back(e.row);
    }
    acc[si] += e.value;
  }
  std::sort(rows.begin(), rows.end());
  for (const core::index i : rows) {
    const double v = acc[static_cast<std::size_t>(i)];
    if (v != 0.0)
      f(i, v);
  }
}

/// Computational form of `m` (maximisation becomes minimisation of -c; zeros dropped; repeated
/// entries summed), unscaled.
[[nodiscard]] inline computational_lp to_computational(const lp::model& mdl) {
  computational_lp lp;
  lp.m = mdl.num_rows();
  lp.n = mdl.num_cols();
  lp.maximize = mdl.sense() == objective_sense::maximize;
  lp.objective_offset = mdl.objective_offset();
  const double sign = lp.maximize ? -1.0 : 1.0;
  const auto nm = static_cast<std::size_t>(lp.n + lp.m);
  lp.cost.assign(nm, 0.0);
  lp.lower.assign(nm, 0.0);
  lp.upper.assign(nm, 0.0);
  std::vector<double> acc(static_cast<std::size_t>(lp.m), 0.0);
  std::vector<core::index> seen(static_cast<std::size_t>(lp.m), -1);
  std::vector<core::index> rows;
  lp.col_start.assign(1, 0);
  for (core::index j = 0; j < lp.n; ++j) {
    const auto sj = static_cast<std::size_t>(j);
    lp.cost[sj] = sign * mdl.cost()[sj];
    lp.lower[sj] = mdl.col_lower()[sj];
    lp.upper[sj] = mdl.col_upper()[sj];
    for_each_summed_entry(mdl, j, acc, seen, rows, [&](core::index i, double v) {
      lp.col_row.push_back(i);
      lp.col_value.push_back(v);
    });
    lp.col_start.push_back(static_cast<core::index>(lp.col_row.size()));
  }
  for (core::index i = 0; i < lp.m; ++i) {
    const auto k = static_cast<std::size_t>(lp.n + i);
    lp.lower[k] = -mdl.row_upper()[static_cast<std::size_t>(i)];
    lp.upper[k] = -mdl.row_lower()[static_cast<std::size_t>(i)];
  }
  lp.col_scale.assign(static_cast<std::size_t>(lp.n), 1.0);
  lp.row_scale.assign(static_cast<std::size_t>(lp.m), 1.0);
  lp.build_rows();
  return lp;
}

/// Nearest power of two of a positive number.
[[nodiscard]] inline double power_of_two(double v) {
  int e = 0;
  const double f = std::frexp(v, &e);  // v = f * 2^e, f in [0.5, 1)
  return std::ldexp(1.0, f < std::sqrt(0.5) ? e - 1 : e);
}

/// Scales rows and columns in place by powers of two: passes of geometric-mean scaling while
/// the spread max|a|/min|a| improves, then column equilibration (max |a_ij| = 1 per column).
/// Costs, bounds and the scale vectors are updated consistently.
inline void scale(computational_lp& lp) {
  using index = core::index;
  const auto m = static_cast<std::size_t>(lp.m);
  const auto n = static_cast<std::size_t>(lp.n);
  if (lp.col_row.empty())
    return;
  std::vector<double> rs(m, 1.0);
  std::vector<double> cs(n, 1.0);
  std::vector<double> rmin(m);
  std::vector<double> rmax(m);
  const auto spread = [&]() {
    double lo = std::numeric_limits<double>::infinity();
    double hi = 0;
    for (std::size_t j = 0; j < n; ++j) {
      for (index p = lp.col_start[j]; p < lp.col_start[j + 1]; ++p) {
        const double a = std::abs(lp.col_value[static_cast<std::size_t>(p)]) *
                         rs[static_cast<std::size_t>(lp.col_row[static_cast<std::size_t>(p)])] *
                         cs[j];
        lo = std::min(lo, a);
        hi = std::max(hi, a);
      }
    }
    return hi / lo;
  };
  double last = spread();
  for (int pass = 0; pass < 20; ++pass) {
    std::fill(rmin.begin(), rmin.end(), std::numeric_limits<double>::infinity());
    std::fill(rmax.begin(), rmax.end(), 0.0);
    for (std::size_t j = 0; j < n; ++j) {
      for (index p = lp.col_start[j]; p < lp.col_start[j + 1]; ++p) {
        const auto i = static_cast<std::size_t>(lp.col_row[static_cast<std::size_t>(p)]);
        const double a = std::abs(lp.col_value[static_cast<std::size_t>(p)]) * cs[j];
        rmin[i] = std::min(rmin[i], a);
        rmax[i] = std::max(rmax[i], a);
      }
    }
    for (std::size_t i = 0; i < m; ++i) {
      if (rmax[i] > 0)
        rs[i] = 1.0 / std::sqrt(rmin[i] * rmax[i]);
    }
    for (std::size_t j = 0; j < n; ++j) {
      double lo = std::numeric_limits<double>::infinity();
      double hi = 0;
      for (index p = lp.col_start[j]; p < lp.col_start[j + 1]; ++p) {
        const double a = std::abs(lp.col_value[static_cast<std::size_t>(p)]) *
                         rs[static_cast<std::size_t>(lp.col_row[static_cast<std::size_t>(p)])];
        lo = std::min(lo, a);
        hi = std::max(hi, a);
      }
      if (hi > 0)
        cs[j] = 1.0 / std::sqrt(lo * hi);
    }
    const double now = spread();
    if (now > 0.9 * last)
      break;
    last = now;
  }
  for (auto& v : rs)
    v = power_of_two(v);
  // Equilibrate columns: largest scaled entry 1 (rounded to a power of two).
  for (std::size_t j = 0; j < n; ++j) {
    double hi = 0;
    for (index p = lp.col_start[j]; p < lp.col_start[j + 1]; ++p)
      hi = std::max(hi, std::abs(lp.col_value[static_cast<std::size_t>(p)]) *
                            rs[static_cast<std::size_t>(lp.col_row[static_cast<std::size_t>(p)])]);
    cs[j] = hi > 0 ? power_of_two(1.0 / hi) : 1.0;
  }
  // Apply: A_s = R A C, c_s = C c, x_s = x / C, logical_s = R logical.
  for (std::size_t j = 0; j < n; ++j) {
    for (index p = lp.col_start[j]; p < lp.col_start[j + 1]; ++p) {
      const auto k = static_cast<std::size_t>(p);
      lp.col_value[k] *= rs[static_cast<std::size_t>(lp.col_row[k])] * cs[j];
    }
    lp.cost[j] *= cs[j];
    lp.lower[j] /= cs[j];
    lp.upper[j] /= cs[j];
    lp.col_scale[j] *= cs[j];
  }
  for (std::size_t i = 0; i < m; ++i) {
    lp.lower[n + i] *= rs[i];
    lp.upper[n + i] *= rs[i];
    lp.row_scale[i] *= rs[i];
  }
  lp.build_rows();
}

}  // namespace foresight::optimize::lp::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// The branch-and-bound solver's own view of a mixed-integer program: minimisation, rows in
/// compressed sparse row form (model rows and cuts alike), a column view, bounds and
/// integrality; conversion from and to `lp::model`, activity bounds and feasibility checks.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/model.hpp>

namespace foresight::optimize::mip::detail {

using index = core::index;

inline constexpr double inf = std::numeric_limits<double>::infinity();

/// Converts a size to an index.
[[nodiscard]] inline index to_index(std::size_t v) noexcept {
  return static_cast<index>(v);
}
/// Converts an index to a size (callers guarantee v >= 0).
[[nodiscard]] inline std::size_t to_size(index v) noexcept {
  return static_cast<std::size_t>(v);
}

/// Rows `lo <= sum val * x[col] <= hi` in compressed sparse row form; rows can be appended
/// and removed.
struct row_set {
  std::vector<index> start{0};
  std::vector<index> col{};
  std::vector<double> val{};
  std::vector<double> lo{};
  std::vector<double> hi{};

  /// Number of rows.
  [[nodiscard]] index size() const noexcept { return to_index(lo.size()); }
  /// Columns of row i.
  [[nodiscard]] std::span<const index> cols(index i) const {
    return {col.data() + start[to_size(i)], to_size(start[to_size(i) + 1] - start[to_size(i)])};
  }
  /// Coefficients of row i.
  [[nodiscard]] std::span<const double> vals(index i) const {
    return {val.data() + start[to_size(i)], to_size(start[to_size(i) + 1] - start[to_size(i)])};
  }
  /// Appends a row; returns its index.
  index add(std::span<const index> c, std::span<const double> v, double l, double h) {
    col.insert(col.end(), c.begin(), c.end());
    val.insert(val.end(), v.begin(), v.end());
    start.push_back(to_index(col.size()));
    lo.push_back(l);
    hi.push_back(h);
    return size() - 1;
  }
  /// Keeps the rows with keep[i] != 0, in order.
  void compact(const std::vector<std::uint8_t>& keep) {
    row_set out;
    for (index i = 0; i < size(); ++i) {
      if (keep[to_size(i)] != 0)
        out.add(cols(i), vals(i), lo[to_size(i)], hi[to_size(i)]);
    }
    *this = std::move(out);
  }
};

/// Column view of a row set: for column j, the rows and coefficients where it appears.
struct column_view {
  std::vector<index> start{};
  std::vector<index> row{};
  std::vector<double> val{};

  /// Builds the view of `rows` over n columns.
  void build(const row_set& rows, index n) {
    start.assign(to_size(n + 1), 0);
    for (const index j : rows.col)
      ++start[to_size(j + 1)];
    for (index j = 0; j < n; ++j)
      start[to_size(j + 1)] += start[to_size(j)];
    row.assign(rows.col.size(), 0);
    val.assign(rows.col.size(), 0.0);
    std::vector<index> next(start.begin(), start.end() - 1);
    for (index i = 0; i < rows.size(); ++i) {
      const auto c = rows.cols(i);
      const auto v = rows.vals(i);
      for (std::size_t k = 0; k < c.size(); ++k) {
        const auto p = to_size(next[to_size(c[k])]++);
        row[p] = i;
        val[p] = v[k];
      }
    }
  }
  /// Rows of column j.
  [[nodiscard]] std::span<const index> rows(index j) const {
    return {row.data() + start[to_size(j)], to_size(start[to_size(j) + 1] - start[to_size(j)])};
  }
  /// Coefficients of column j.
  [[nodiscard]] std::span<const double> vals(index j) const {
    return {val.data() + start[to_size(j)], to_size(start[to_size(j) + 1] - start[to_size(j)])};
  }
};

/// A mixed-integer program `min cost'x + offset, rows.lo <= A x <= rows.hi, lo <= x <= hi`,
/// x_j integer where `integer[j]`.
struct problem {
  index n = 0;
  std::vector<double> cost{};
  double offset = 0;
  std::vector<double> lo{};
  std::vector<double> hi{};
  std::vector<std::uint8_t> integer{};
  row_set rows{};

  /// True when column j is integer.
  [[nodiscard]] bool is_int(index j) const { return integer[to_size(j)] != 0; }
};

/// The problem of `m` as a minimisation (a maximisation's costs and offset change sign);
/// repeated matrix entries are summed and zeros dropped.
[[nodiscard]] inline problem from_model(const lp::model& m) {
  problem p;
  p.n = m.num_cols();
  const double sign = m.sense() == lp::objective_sense::maximize ? -1.0 : 1.0;
  p.cost.resize(to_size(p.n));
  for (index j = 0; j < p.n; ++j)
    p.cost[to_size(j)] = sign * m.cost()[to_size(j)];
  p.offset = sign * m.objective_offset();
  p.lo = m.col_lower();
  p.hi = m.col_upper();
  p.integer = m.integrality();
  // Row-major copy of the compressed matrix (which has summed duplicates).
  const lp::sparse_matrix a = m.matrix();
  const Eigen::SparseMatrix<double, Eigen::RowMajor, core::index> r = a;
  p.rows.start.assign(1, 0);
  for (index i = 0; i < r.outerSize(); ++i) {
    for (Eigen::SparseMatrix<double, Eigen::RowMajor, core::index>::InnerIterator it(r, i); it;
         ++it) {
      if (it.value() == 0.0)
        continue;
      p.rows.col.push_back(it.col());
      p.rows.val.push_back(it.value());
    }
    p.rows.start.push_back(to_index(p.rows.col.size()));
  }
  p.rows.lo = m.row_lower();
  p.rows.hi = m.row_upper();
  return p;
}

/// The LP relaxation of `p` (minimisation) as an `lp::model`, with bounds `lo`, `hi`.
[[nodiscard]] inline lp::model to_lp_model(const problem& p, const std::vector<double>& lo,
                                           const std::vector<double>& hi) {
  lp::model m;
  const index nr = p.rows.size();
  std::vector<Eigen::Triplet<double, core::index>> t;
  t.reserve(p.rows.col.size());
  for (index i = 0; i < nr; ++i) {
    const auto c = p.rows.cols(i);
    const auto v = p.rows.vals(i);
    for (std::size_t k = 0; k < c.size(); ++k)
      t.emplace_back(i, c[k], v[k]);
  }
  lp::sparse_matrix a(nr, p.n);
  a.setFromTriplets(t.begin(), t.end());
  a.makeCompressed();
  m.add_rows(Eigen::Map<const core::vector<double>>(p.rows.lo.data(), nr),
             Eigen::Map<const core::vector<double>>(p.rows.hi.data(), nr));
  m.add_columns(a, Eigen::Map<const core::vector<double>>(p.cost.data(), p.n),
                Eigen::Map<const core::vector<double>>(lo.data(), p.n),
                Eigen::Map<const core::vector<double>>(hi.data(), p.n));
  m.set_objective_offset(p.offset);
  for (index j = 0; j < p.n; ++j)
    m.set_integer(j, p.is_int(j));
  return m;
}

/// Minimum and maximum of a row's activity over a box, with the number of infinite
/// contributions counted apart (so that "all but one term finite" can be used).
struct activity {
  double min = 0;
  double max = 0;
  index min_inf = 0;
  index max_inf = 0;
};

/// Activity bounds of row i of `rows` over the box [lo, hi].
[[nodiscard]] inline activity row_activity(const row_set& rows, index i,
                                           const std::vector<double>& lo,
                                           const std::vector<double>& hi) {
  activity a;
  const auto c = rows.cols(i);
  const auto v = rows.vals(i);
  for (std::size_t k = 0; k < c.size(); ++k) {
    const double l = lo[to_size(c[k])];
    const double u = hi[to_size(c[k])];
    const double coef = v[k];
    const double low = coef > 0 ? l : u;
    const double up = coef > 0 ? u : l;
    if (std::isinf(low)) {
      ++a.min_inf;
    } else {
      a.min += coef * low;
    }
    if (std::isinf(up)) {
      ++a.max_inf;
    } else {
      a.max += coef * up;
    }
  }
  return a;
}

}  // namespace foresight::optimize::mip::detail

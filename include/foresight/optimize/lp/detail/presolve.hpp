// SPDX-License-Identifier: Apache-2.0
/// \file
/// LP presolve: empty and singleton rows, empty, fixed and (implied) free singleton columns,
/// doubleton equations, forcing and redundant rows and dominated row bounds; and the postsolve
/// of the basis. The postsolved basis is made optimal for the original model by a warm-started
/// simplex pass (usually no iteration), which recomputes primal and dual values exactly there.
/// References: Andersen & Andersen (1995), "Presolving in linear programming", Math.
/// Programming 71 (sec. 3: singleton rows and columns, forcing and dominated constraints,
/// implied free column singletons, doubleton equations; sec. 4: postsolve); Gondzio (1997),
/// "Presolve analysis of linear programs prior to applying an interior point method".
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/detail/computational_lp.hpp>
#include <foresight/optimize/lp/model.hpp>
#include <foresight/optimize/lp/solution.hpp>

namespace foresight::optimize::lp::detail {

/// Outcome of the reductions.
enum class presolve_status { reduced, infeasible, unbounded_or_infeasible };

/// Presolves a model and maps bases of the reduced model back to the original.
class presolver {
 public:
  using index = core::index;

  /// Feasibility tolerance of the reductions (bounds, fixed values).
  double tolerance = 1e-9;

  explicit presolver(const lp::model& m)
      : m_(m.num_rows()),
        n_(m.num_cols()),
        cost_(m.cost()),
        lower_(m.col_lower()),
        upper_(m.col_upper()),
        row_lower_(m.row_lower()),
        row_upper_(m.row_upper()),
        offset_(m.objective_offset()),
        maximize_(m.sense() == objective_sense::maximize) {
    rows_.resize(static_cast<std::size_t>(m_));
    cols_.resize(static_cast<std::size_t>(n_));
    // Sum repeated entries; drop zeros.
    std::vector<double> acc(static_cast<std::size_t>(m_), 0.0);
    std::vector<index> seen(static_cast<std::size_t>(m_), -1);
    std::vector<index> touched;
    for (index j = 0; j < n_; ++j) {
      for_each_summed_entry(m, j, acc, seen, touched, [&](index i, double v) {
        cols_[static_cast<std::size_t>(j)].push_back({i, v});
        rows_[static_cast<std::size_t>(i)].push_back({j, v});
      });
    }
    row_alive_.assign(static_cast<std::size_t>(m_), 1);
    col_alive_.assign(static_cast<std::size_t>(n_), 1);
  }

  /// Applies reductions until none applies (or a pass limit).
  presolve_status run() {
    for (int pass = 0; pass < 30; ++pass) {
      changed_ = false;
      for (index j = 0; j < n_ && status_ == presolve_status::reduced; ++j) {
        if (alive_col(j))
          column_reductions(j);
      }
      for (index i = 0; i < m_ && status_ == presolve_status::reduced; ++i) {
        if (alive_row(i))
          row_reductions(i);
      }
      if (!changed_ || status_ != presolve_status::reduced)
        break;
    }
    return status_;
  }

  /// Number of rows and columns removed.
  [[nodiscard]] index removed_rows() const {
    return m_ - static_cast<index>(std::count(row_alive_.begin(), row_alive_.end(), 1));
  }
  [[nodiscard]] index removed_cols() const {
    return n_ - static_cast<index>(std::count(col_alive_.begin(), col_alive_.end(), 1));
  }

  /// The reduced model (remaining rows and columns, in their original order).
  [[nodiscard]] lp::model reduced_model() {
    row_map_.clear();
    col_map_.clear();
    std::vector<index> new_row(static_cast<std::size_t>(m_), -1);
    lp::model r;
    r.set_sense(maximize_ ? objective_sense::maximize : objective_sense::minimize);
    r.set_objective_offset(offset_);
    for (index i = 0; i < m_; ++i) {
      if (!alive_row(i))
        continue;
      new_row[static_cast<std::size_t>(i)] = static_cast<index>(row_map_.size());
      row_map_.push_back(i);
      r.add_row(row_lower_[static_cast<std::size_t>(i)], {},
                row_upper_[static_cast<std::size_t>(i)]);
    }
    for (index j = 0; j < n_; ++j) {
      if (!alive_col(j))
        continue;
      const auto sj = static_cast<std::size_t>(j);
      const lp::variable v =
          r.add_variable({.lower = lower_[sj], .upper = upper_[sj], .cost = cost_[sj]});
      col_map_.push_back(j);
      auto entries = cols_[sj];
      std::sort(entries.begin(), entries.end(),
                [](const entry& a, const entry& b) { return a.idx < b.idx; });
      for (const auto& e : entries)
        r.add_coefficient(new_row[static_cast<std::size_t>(e.idx)], v.id, e.val);
    }
    return r;
  }

  /// Basis of the original model from a basis of the reduced model (undoing the reductions in
  /// reverse order keeps the basis valid at every level).
  [[nodiscard]] lp::basis postsolve(const lp::basis& reduced) const {
    lp::basis b;
    b.cols.assign(static_cast<std::size_t>(n_), basis_status::at_lower);
    b.rows.assign(static_cast<std::size_t>(m_), basis_status::basic);
    for (std::size_t k = 0; k < col_map_.size(); ++k)
      b.cols[static_cast<std::size_t>(col_map_[k])] = reduced.cols[k];
    for (std::size_t k = 0; k < row_map_.size(); ++k)
      b.rows[static_cast<std::size_t>(row_map_[k])] = reduced.rows[k];
    for (std::size_t k = stack_.size(); k-- > 0;)
      undo(stack_[k], b);
    return b;
  }

 private:
  struct entry {
    index idx;
    double val;
  };
  enum class kind {
    empty_row,       // row basic
    redundant_row,   // row basic
    singleton_row,   // bounds of col moved from the row
    fixed_col,       // col nonbasic at its (fixed) value
    empty_col,       // col nonbasic at `status`
    forced_col,      // col fixed at a bound by a forcing row
    free_singleton,  // col basic, row nonbasic at `status`
    doubleton,       // col2 eliminated through row
  };
  struct record {
    kind type;
    index row = -1;
    index col = -1;
    index col2 = -1;
    double a = 0;
    double a2 = 0;
    double rhs = 0;
    double old_lo = 0;
    double old_hi = 0;
    double new_lo = 0;
    double new_hi = 0;
    double lo2 = 0;
    double hi2 = 0;
    basis_status status = basis_status::basic;
  };

  [[nodiscard]] bool alive_row(index i) const {
    return row_alive_[static_cast<std::size_t>(i)] != 0;
  }
  [[nodiscard]] bool alive_col(index j) const {
    return col_alive_[static_cast<std::size_t>(j)] != 0;
  }

  static void erase(std::vector<entry>& v, index idx) {
    for (std::size_t k = 0; k < v.size(); ++k) {
      if (v[k].idx == idx) {
        v[k] = v.back();
        v.pop_back();
        return;
      }
    }
  }

  void delete_row(index i) {
    auto& r = rows_[static_cast<std::size_t>(i)];
    for (const auto& e : r)
      erase(cols_[static_cast<std::size_t>(e.idx)], i);
    r.clear();
    row_alive_[static_cast<std::size_t>(i)] = 0;
    changed_ = true;
  }

  void delete_col(index j) {
    auto& c = cols_[static_cast<std::size_t>(j)];
    for (const auto& e : c)
      erase(rows_[static_cast<std::size_t>(e.idx)], j);
    c.clear();
    col_alive_[static_cast<std::size_t>(j)] = 0;
    changed_ = true;
  }

  // Removes column j at value v (fixed or chosen), moving its contribution into the row
  // bounds and the objective constant.
  void remove_col_at(index j, double v) {
    const auto sj = static_cast<std::size_t>(j);
    for (const auto& e : cols_[sj]) {
      const auto si = static_cast<std::size_t>(e.idx);
      row_lower_[si] -= e.val * v;
      row_upper_[si] -= e.val * v;
    }
    offset_ += cost_[sj] * v;
    delete_col(j);
  }

  // ------------------------------------------------------------------ columns
  void column_reductions(index j) {
    const auto sj = static_cast<std::size_t>(j);
    double& lo = lower_[sj];
    double& hi = upper_[sj];
    if (lo > hi + tolerance) {
      status_ = presolve_status::infeasible;
      return;
    }
    if (hi - lo <= tolerance) {
      const double v = std::isfinite(lo) ? lo : hi;
      lo = v;
      hi = v;
      stack_.push_back({.type = kind::fixed_col, .col = j});
      remove_col_at(j, v);
      return;
    }
    const auto& col = cols_[sj];
    const double c = cost_[sj];
    if (col.empty()) {
      // Empty column: its best bound (the model is unbounded or infeasible if that is
      // infinite; the solver then proves which on the original model).
      double v = 0;
      basis_status st = basis_status::at_zero;
      if (c > 0 || (c == 0 && std::isfinite(lo))) {
        v = lo;
        st = basis_status::at_lower;
      } else if (c < 0 || (c == 0 && std::isfinite(hi))) {
        v = hi;
        st = basis_status::at_upper;
      }
      if (!std::isfinite(v) && c != 0) {
        status_ = presolve_status::unbounded_or_infeasible;
        return;
      }
      if (!std::isfinite(v))
        v = 0;
      stack_.push_back({.type = kind::empty_col, .col = j, .status = st});
      offset_ += c * v;
      delete_col(j);
      return;
    }
    if (col.size() == 1)
      column_singleton(j);
  }

  // Activity range of row i over the column bounds, leaving out column `skip`.
  void activity(index i, index skip, double& lo, double& hi) const {
    lo = 0;
    hi = 0;
    for (const auto& e : rows_[static_cast<std::size_t>(i)]) {
      if (e.idx == skip)
        continue;
      const auto sj = static_cast<std::size_t>(e.idx);
      const double l = lower_[sj];
      const double u = upper_[sj];
      lo += e.val > 0 ? e.val * l : e.val * u;
      hi += e.val > 0 ? e.val * u : e.val * l;
    }
  }

  // Column j appears in one row only. When it is free or implied free (its bounds can never be
  // active given the row and the other columns), it is solved for from that row and both
  // disappear (Andersen & Andersen 1995, sec. 3.3).
  void column_singleton(index j) {
    const auto sj = static_cast<std::size_t>(j);
    const entry e = cols_[sj][0];
    const index i = e.idx;
    const auto si = static_cast<std::size_t>(i);
    const double a = e.val;
    double slo = 0;
    double shi = 0;
    activity(i, j, slo, shi);
    const double rl = row_lower_[si];
    const double ru = row_upper_[si];
    // x_j = (r - s) / a with r in [rl, ru] and s in [slo, shi].
    double imp_lo = a > 0 ? (rl - shi) / a : (ru - slo) / a;
    double imp_hi = a > 0 ? (ru - slo) / a : (rl - shi) / a;
    if (std::isnan(imp_lo))
      imp_lo = -lp::infinity;
    if (std::isnan(imp_hi))
      imp_hi = lp::infinity;
    const double lo = lower_[sj];
    const double hi = upper_[sj];
    const bool implied_free = (!std::isfinite(lo) || imp_lo >= lo - tolerance) &&
                              (!std::isfinite(hi) || imp_hi <= hi + tolerance);
    if (!implied_free)
      return;
    const double c = cost_[sj];
    // The row bound that the objective pushes to: y_i = c / a must have the sign of the bound.
    double r = 0;
    basis_status row_status = basis_status::at_lower;
    if (rl == ru) {
      r = rl;
    } else if (c == 0) {
      if (!std::isfinite(rl) && !std::isfinite(ru)) {
        // Free row with a free zero-cost column: both go; the column is nonbasic at zero.
        stack_.push_back({.type = kind::redundant_row, .row = i});
        stack_.push_back({.type = kind::empty_col, .col = j, .status = basis_status::at_zero});
        delete_col(j);
        delete_row(i);
        return;
      }
      r = std::isfinite(rl) ? rl : ru;
      row_status = std::isfinite(rl) ? basis_status::at_lower : basis_status::at_upper;
    } else if (c / a > 0) {
      r = rl;  // minimising c x_j = c (r - s) / a wants r small
    } else {
      r = ru;
      row_status = basis_status::at_upper;
    }
    if (!std::isfinite(r)) {
      status_ = presolve_status::unbounded_or_infeasible;
      return;
    }
    // Substitute x_j = (r - sum_k a_k x_k) / a into the objective.
    for (const auto& f : rows_[si]) {
      if (f.idx != j)
        cost_[static_cast<std::size_t>(f.idx)] -= c * f.val / a;
    }
    offset_ += c * r / a;
    stack_.push_back({.type = kind::free_singleton, .row = i, .col = j, .status = row_status});
    delete_col(j);
    delete_row(i);
  }

  // ------------------------------------------------------------------ rows
  void row_reductions(index i) {
    const auto si = static_cast<std::size_t>(i);
    const auto& row = rows_[si];
    double& rl = row_lower_[si];
    double& ru = row_upper_[si];
    if (row.empty()) {
      if (rl > tolerance || ru < -tolerance) {
        status_ = presolve_status::infeasible;
        return;
      }
      stack_.push_back({.type = kind::empty_row, .row = i});
      delete_row(i);
      return;
    }
    if (row.size() == 1) {
      singleton_row(i);
      return;
    }
    double lo = 0;
    double hi = 0;
    activity(i, -1, lo, hi);
    if (lo > ru + tolerance || hi < rl - tolerance) {
      status_ = presolve_status::infeasible;
      return;
    }
    if (lo >= rl - tolerance && hi <= ru + tolerance) {
      stack_.push_back({.type = kind::redundant_row, .row = i});
      delete_row(i);
      return;
    }
    if (std::isfinite(lo) && lo >= ru - tolerance) {
      forcing_row(i, true);
      return;
    }
    if (std::isfinite(hi) && hi <= rl + tolerance) {
      forcing_row(i, false);
      return;
    }
    // Dominated row bounds: a side that the column bounds already guarantee is dropped.
    if (std::isfinite(rl) && lo >= rl - tolerance && rl != ru) {
      rl = -lp::infinity;
      changed_ = true;
    }
    if (std::isfinite(ru) && hi <= ru + tolerance && rl != ru) {
      ru = lp::infinity;
      changed_ = true;
    }
    if (row.size() == 2 && rl == ru)
      doubleton(i);
  }

  // Intersects the bounds of column j with [imp_lo, imp_hi] (NaN means no bound); records the
  // bounds before and after. False (and status infeasible) if they cross.
  bool tighten(index j, double imp_lo, double imp_hi, record& rec) {
    const auto sj = static_cast<std::size_t>(j);
    rec.old_lo = lower_[sj];
    rec.old_hi = upper_[sj];
    const double lo = std::max(rec.old_lo, std::isnan(imp_lo) ? -lp::infinity : imp_lo);
    double hi = std::min(rec.old_hi, std::isnan(imp_hi) ? lp::infinity : imp_hi);
    if (lo > hi + tolerance * std::max(1.0, std::abs(lo))) {
      status_ = presolve_status::infeasible;
      return false;
    }
    if (lo > hi)
      hi = lo;
    rec.new_lo = lo;
    rec.new_hi = hi;
    return true;
  }

  // A row a x_j in [rl, ru] becomes bounds on x_j.
  void singleton_row(index i) {
    const auto si = static_cast<std::size_t>(i);
    const entry e = rows_[si][0];
    const index j = e.idx;
    const auto sj = static_cast<std::size_t>(j);
    const double a = e.val;
    const double rl = row_lower_[si];
    const double ru = row_upper_[si];
    record rec{.type = kind::singleton_row, .row = i, .col = j, .a = a};
    if (!tighten(j, a > 0 ? rl / a : ru / a, a > 0 ? ru / a : rl / a, rec))
      return;
    lower_[sj] = rec.new_lo;
    upper_[sj] = rec.new_hi;
    stack_.push_back(rec);
    delete_row(i);
  }

  // Every column of the row is forced to the bound that attains the row's activity limit.
  void forcing_row(index i, bool at_min) {
    const auto si = static_cast<std::size_t>(i);
    stack_.push_back({.type = kind::redundant_row, .row = i});
    const std::vector<entry> row = rows_[si];
    for (const auto& e : row) {
      const auto sj = static_cast<std::size_t>(e.idx);
      const bool take_lower = (e.val > 0) == at_min;
      const double v = take_lower ? lower_[sj] : upper_[sj];
      stack_.push_back({.type = kind::forced_col,
                        .col = e.idx,
                        .old_lo = lower_[sj],
                        .old_hi = upper_[sj],
                        .status = take_lower ? basis_status::at_lower : basis_status::at_upper});
      lower_[sj] = v;
      upper_[sj] = v;
    }
    delete_row(i);
  }

  // a_j x_j + a_k x_k = b: x_k = (b - a_j x_j) / a_k is substituted everywhere and its bounds
  // move to x_j (Andersen & Andersen 1995, sec. 3.5).
  void doubleton(index i) {
    const auto si = static_cast<std::size_t>(i);
    entry ej = rows_[si][0];
    entry ek = rows_[si][1];
    // Eliminate the column with fewer entries, unless its coefficient is much smaller.
    const auto len = [&](index j) { return cols_[static_cast<std::size_t>(j)].size(); };
    bool swap = len(ek.idx) > len(ej.idx);
    if (std::abs(swap ? ej.val : ek.val) < 1e-3 * std::abs(swap ? ek.val : ej.val))
      swap = !swap;
    if (std::abs(swap ? ej.val : ek.val) < 1e-3 * std::abs(swap ? ek.val : ej.val))
      return;  // both ways badly scaled
    if (swap)
      std::swap(ej, ek);
    const index j = ej.idx;
    const index k = ek.idx;
    const auto sj = static_cast<std::size_t>(j);
    const auto sk = static_cast<std::size_t>(k);
    const double aj = ej.val;
    const double ak = ek.val;
    const double b = row_lower_[si];
    // Bounds of x_k on x_j: x_j = (b - a_k x_k) / a_j.
    const double t1 = (b - ak * lower_[sk]) / aj;
    const double t2 = (b - ak * upper_[sk]) / aj;
    record rec{.type = kind::doubleton,
               .row = i,
               .col = j,
               .col2 = k,
               .a = aj,
               .a2 = ak,
               .rhs = b,
               .lo2 = lower_[sk],
               .hi2 = upper_[sk]};
    if (!tighten(j, std::min(t1, t2), std::max(t1, t2), rec))
      return;
    // Substitute into the other rows of x_k.
    const std::vector<entry> kcol = cols_[sk];
    for (const auto& e : kcol) {
      const index r = e.idx;
      if (r == i)
        continue;
      const auto sr = static_cast<std::size_t>(r);
      const double shift = e.val * b / ak;
      row_lower_[sr] -= shift;
      row_upper_[sr] -= shift;
      add_to(r, j, -e.val * aj / ak);
    }
    cost_[sj] -= cost_[sk] * aj / ak;
    offset_ += cost_[sk] * b / ak;
    lower_[sj] = rec.new_lo;
    upper_[sj] = rec.new_hi;
    stack_.push_back(rec);
    delete_col(k);
    delete_row(i);
  }

  // A(r, j) += v, with fill-in and cancellation.
  void add_to(index r, index j, double v) {
    auto& row = rows_[static_cast<std::size_t>(r)];
    auto& col = cols_[static_cast<std::size_t>(j)];
    for (auto& e : row) {
      if (e.idx != j)
        continue;
      e.val += v;
      const double nv = e.val;
      for (auto& f : col) {
        if (f.idx == r)
          f.val = nv;
      }
      if (std::abs(nv) < 1e-12) {
        erase(row, j);
        erase(col, r);
      }
      return;
    }
    row.push_back({j, v});
    col.push_back({r, v});
  }

  // ------------------------------------------------------------------ postsolve
  static basis_status bound_status(double v, double lo, double hi) {
    if (lo == hi || v == lo)
      return basis_status::at_lower;
    if (v == hi)
      return basis_status::at_upper;
    return std::abs(v - lo) <= std::abs(v - hi) ? basis_status::at_lower : basis_status::at_upper;
  }

  void undo(const record& r, lp::basis& b) const {
    auto& cs = b.cols;
    auto& rs = b.rows;
    switch (r.type) {
      case kind::empty_row:
      case kind::redundant_row:
        rs[static_cast<std::size_t>(r.row)] = basis_status::basic;
        break;
      case kind::fixed_col:
        cs[static_cast<std::size_t>(r.col)] = basis_status::at_lower;
        break;
      case kind::empty_col:
        cs[static_cast<std::size_t>(r.col)] = r.status;
        break;
      case kind::forced_col: {
        auto& s = cs[static_cast<std::size_t>(r.col)];
        if (s != basis_status::basic)
          s = r.status;
        break;
      }
      case kind::free_singleton:
        cs[static_cast<std::size_t>(r.col)] = basis_status::basic;
        rs[static_cast<std::size_t>(r.row)] = r.status;
        break;
      case kind::singleton_row: {
        // If the column sits on a bound that came from the row, the row is active there: the
        // column becomes basic and the row nonbasic at the matching side.
        auto& s = cs[static_cast<std::size_t>(r.col)];
        const bool lower_from_row = r.new_lo > r.old_lo;
        const bool upper_from_row = r.new_hi < r.old_hi;
        basis_status row_status = basis_status::basic;
        if (s == basis_status::at_lower && lower_from_row) {
          row_status = r.a > 0 ? basis_status::at_lower : basis_status::at_upper;
        } else if (s == basis_status::at_upper && upper_from_row) {
          row_status = r.a > 0 ? basis_status::at_upper : basis_status::at_lower;
        }
        if (row_status != basis_status::basic)
          s = basis_status::basic;
        rs[static_cast<std::size_t>(r.row)] = row_status;
        break;
      }
      case kind::doubleton: {
        auto& sj = cs[static_cast<std::size_t>(r.col)];
        auto& sk = cs[static_cast<std::size_t>(r.col2)];
        rs[static_cast<std::size_t>(r.row)] = basis_status::at_lower;  // equality, active
        const bool lower_from_k = r.new_lo > r.old_lo;
        const bool upper_from_k = r.new_hi < r.old_hi;
        double xj = 0;
        bool k_at_bound = false;
        if (sj == basis_status::at_lower && lower_from_k) {
          xj = r.new_lo;
          k_at_bound = true;
        } else if (sj == basis_status::at_upper && upper_from_k) {
          xj = r.new_hi;
          k_at_bound = true;
        }
        if (k_at_bound) {
          const double xk = (r.rhs - r.a * xj) / r.a2;
          sk = bound_status(xk, r.lo2, r.hi2);
          sj = basis_status::basic;
        } else {
          sk = basis_status::basic;
        }
        break;
      }
    }
  }

  index m_;
  index n_;
  std::vector<double> cost_;
  std::vector<double> lower_;
  std::vector<double> upper_;
  std::vector<double> row_lower_;
  std::vector<double> row_upper_;
  double offset_;
  bool maximize_;
  std::vector<std::vector<entry>> rows_;
  std::vector<std::vector<entry>> cols_;
  std::vector<std::uint8_t> row_alive_;
  std::vector<std::uint8_t> col_alive_;
  std::vector<record> stack_;
  std::vector<index> row_map_;
  std::vector<index> col_map_;
  presolve_status status_ = presolve_status::reduced;
  bool changed_ = false;
};

}  // namespace foresight::optimize::lp::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// The bounded revised simplex engine on the computational form `[A I] x = 0, l <= x <= u`:
/// dual simplex (phase 1 on the auxiliary box problem, phase 2 with dual steepest edge or
/// devex pricing, the bound-flipping ratio test with Harris tolerances, cost perturbation and
/// shifting) and primal simplex (devex pricing, Harris two-pass ratio test) for clean-up and
/// for proving unboundedness.
/// References: Koberstein (2005), thesis "The dual simplex method, techniques for a fast and
/// stable implementation" (Alg. 7 dual simplex with bound flipping; sec. 4.1 dual phase 1 by the
/// auxiliary problem; sec. 6.2 perturbation and cost shifting); Forrest & Goldfarb (1992),
/// "Steepest-edge simplex algorithms for linear programming" (dual steepest edge update, devex);
/// Fourer (1994), "Notes on the dual simplex method" (bound flipping); Harris (1973), "Pivot
/// selection methods of the Devex LP code"; Maros (2003), "Computational Techniques of the
/// Simplex Method", ch. 9 (primal simplex).
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include <foresight/core/progress.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/detail/computational_lp.hpp>
#include <foresight/optimize/lp/detail/lu.hpp>
#include <foresight/optimize/lp/options.hpp>

namespace foresight::optimize::lp::detail {

/// Outcome of an engine run (scaled problem).
enum class engine_status {
  optimal,
  infeasible,
  unbounded,
  dual_infeasible,
  iteration_limit,
  time_limit,
  cancelled,
  numerical_failure,
};

/// Nonbasic position of a variable: +1 at lower (may increase), -1 at upper (may decrease),
/// 0 basic, fixed or free at zero.
using move_t = std::int8_t;

/// The simplex engine; holds the problem, the basis, its factorisation and the iterates.
class simplex_engine {
 public:
  using index = core::index;

  simplex_engine(computational_lp lp, const options& opt, core::progress_reporter* reporter)
      : lp_(std::move(lp)), opt_(opt), reporter_(reporter) {
    factor_.solve_path = opt_.lu_solves;
    m_ = lp_.m;
    n_ = lp_.n;
    const auto nm = static_cast<std::size_t>(n_ + m_);
    const auto m = static_cast<std::size_t>(m_);
    work_cost_ = lp_.cost;
    work_lower_ = lp_.lower;
    work_upper_ = lp_.upper;
    x_.assign(nm, 0.0);
    d_.assign(nm, 0.0);
    move_.assign(nm, 0);
    position_.assign(nm, -1);
    basic_.assign(m, 0);
    reset_row_arrays();
    alpha_row_.assign(nm, 0.0);
    row_flag_.assign(nm, 0);
    devex_.assign(nm, 1.0);
    start_ = std::chrono::steady_clock::now();
  }

  // ------------------------------------------------------------------ access
  [[nodiscard]] const computational_lp& problem() const noexcept { return lp_; }
  [[nodiscard]] computational_lp& problem() noexcept { return lp_; }
  [[nodiscard]] index iterations() const noexcept { return iterations_; }
  void set_iteration_base(index it) noexcept { iterations_ = it; }
  /// Value of variable j (structural or logical) in the current basic solution.
  [[nodiscard]] double value(index j) const {
    const index p = position_[static_cast<std::size_t>(j)];
    return p >= 0 ? xb_[static_cast<std::size_t>(p)] : x_[static_cast<std::size_t>(j)];
  }
  [[nodiscard]] double reduced_cost(index j) const { return d_[static_cast<std::size_t>(j)]; }
  [[nodiscard]] const std::vector<double>& row_duals() const noexcept { return y_; }
  [[nodiscard]] bool is_basic(index j) const { return position_[static_cast<std::size_t>(j)] >= 0; }
  [[nodiscard]] move_t move(index j) const { return move_[static_cast<std::size_t>(j)]; }
  [[nodiscard]] const std::vector<index>& basic_variables() const noexcept { return basic_; }
  [[nodiscard]] const std::vector<double>& farkas() const noexcept { return farkas_; }
  [[nodiscard]] const std::vector<double>& ray() const noexcept { return ray_; }

  // ------------------------------------------------------------------ basis
  /// All-logical basis; structurals at the bound their cost prefers (free ones at zero).
  void set_slack_basis() {
    for (index i = 0; i < m_; ++i) {
      basic_[static_cast<std::size_t>(i)] = n_ + i;
      position_[static_cast<std::size_t>(n_ + i)] = i;
    }
    for (index j = 0; j < n_; ++j) {
      position_[static_cast<std::size_t>(j)] = -1;
      place_nonbasic(j, lp_.cost[static_cast<std::size_t>(j)]);
    }
    for (index i = 0; i < m_; ++i)
      move_[static_cast<std::size_t>(n_ + i)] = 0;
    std::fill(weight_.begin(), weight_.end(), 1.0);
    need_factor_ = true;
  }

  /// Triangular crash (Bixby 1992, "Implementing the simplex method: the initial basis", ORSA
  /// J. Computing 4(3)): on top of the slack basis, structurals enter in order of preference
  /// (free, then one-sided, then boxed; smaller |cost| first), each pivoting on its largest
  /// entry in a row that no earlier entering column touches, so the basis stays triangular.
  /// Rows with fixed logicals (equalities) are preferred, free rows are never used.
  void crash_bixby() {
    set_slack_basis();
    std::vector<index> order;
    std::vector<double> penalty(static_cast<std::size_t>(n_), 0.0);
    double cmax = 0;
    for (index j = 0; j < n_; ++j)
      cmax = std::max(cmax, std::abs(lp_.cost[static_cast<std::size_t>(j)]));
    for (index j = 0; j < n_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      const bool has_lo = std::isfinite(lp_.lower[sj]);
      const bool has_hi = std::isfinite(lp_.upper[sj]);
      if (lp_.lower[sj] == lp_.upper[sj] || lp_.col_start[sj] == lp_.col_start[sj + 1])
        continue;
      const double type = !has_lo && !has_hi ? 0.0 : (has_lo != has_hi ? 1.0 : 2.0);
      penalty[sj] = type + (cmax > 0 ? std::abs(lp_.cost[sj]) / cmax : 0.0);
      order.push_back(j);
    }
    std::stable_sort(order.begin(), order.end(), [&](index a, index b) {
      return penalty[static_cast<std::size_t>(a)] < penalty[static_cast<std::size_t>(b)];
    });
    std::vector<index> touched(static_cast<std::size_t>(m_), 0);
    for (const index j : order) {
      const auto sj = static_cast<std::size_t>(j);
      double gamma = 0;
      for (index p = lp_.col_start[sj]; p < lp_.col_start[sj + 1]; ++p)
        gamma = std::max(gamma, std::abs(lp_.col_value[static_cast<std::size_t>(p)]));
      index best = -1;
      double best_score = -1;
      for (index p = lp_.col_start[sj]; p < lp_.col_start[sj + 1]; ++p) {
        const index i = lp_.col_row[static_cast<std::size_t>(p)];
        const auto li = static_cast<std::size_t>(n_ + i);
        const double a = std::abs(lp_.col_value[static_cast<std::size_t>(p)]);
        if (touched[static_cast<std::size_t>(i)] != 0 || a < 0.99 * gamma || position_[li] < 0 ||
            (!std::isfinite(lp_.lower[li]) && !std::isfinite(lp_.upper[li])))
          continue;
        const double score = a + (lp_.lower[li] == lp_.upper[li] ? 2.0 * gamma : 0.0);
        if (score > best_score) {
          best_score = score;
          best = i;
        }
      }
      if (best < 0)
        continue;
      const index logical = n_ + best;
      const index r = position_[static_cast<std::size_t>(logical)];
      position_[static_cast<std::size_t>(logical)] = -1;
      place_nonbasic(logical, 0.0);
      basic_[static_cast<std::size_t>(r)] = j;
      position_[sj] = r;
      move_[sj] = 0;
      for (index p = lp_.col_start[sj]; p < lp_.col_start[sj + 1]; ++p)
        touched[static_cast<std::size_t>(lp_.col_row[static_cast<std::size_t>(p)])] += 1;
    }
    need_factor_ = true;
  }

  /// Installs a basis given per variable (n + m entries: 0 basic, 1 at lower, 2 at upper,
  /// 3 at zero). Returns false if the number of basic variables is not m.
  bool set_basis(const std::vector<std::int8_t>& status) {
    index count = 0;
    for (const auto s : status)
      count += s == 0 ? 1 : 0;
    if (count != m_ || static_cast<index>(status.size()) != n_ + m_)
      return false;
    index k = 0;
    for (index j = 0; j < n_ + m_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      if (status[sj] == 0) {
        basic_[static_cast<std::size_t>(k)] = j;
        position_[sj] = k++;
        move_[sj] = 0;
        continue;
      }
      position_[sj] = -1;
      const double lo = work_lower_[sj];
      const double hi = work_upper_[sj];
      if (status[sj] == 2 && std::isfinite(hi)) {
        set_at(j, hi, lo == hi ? 0 : -1);
      } else if (status[sj] == 1 && std::isfinite(lo)) {
        set_at(j, lo, lo == hi ? 0 : 1);
      } else {
        place_nonbasic(j, 0.0);
      }
    }
    std::fill(weight_.begin(), weight_.end(), 1.0);
    need_factor_ = true;
    return true;
  }

  // ------------------------------------------------------------ modification
  /// Sets the (scaled) bounds of variable j; a nonbasic variable moves onto its new bound on
  /// the next `resolve`.
  void set_bounds(index j, double lo, double hi) {
    const auto sj = static_cast<std::size_t>(j);
    lp_.lower[sj] = lo;
    lp_.upper[sj] = hi;
    work_lower_[sj] = lo;
    work_upper_[sj] = hi;
  }

  /// Sets the iteration and time limits of the following solve calls.
  void set_limits(index iteration_limit, std::chrono::duration<double> time_limit) {
    opt_.iteration_limit = iteration_limit;
    opt_.time_limit = time_limit;
  }

  /// Sets the (scaled) cost of structural j.
  void set_cost(index j, double c) {
    lp_.cost[static_cast<std::size_t>(j)] = c;
    work_cost_[static_cast<std::size_t>(j)] = c;
  }

  /// Appends a row (scaled entries over structurals, scaled logical bounds); its logical enters
  /// the basis, so the basis stays valid. Returns the new row index.
  index add_row(const std::vector<index>& cols, const std::vector<double>& vals, double logical_lo,
                double logical_hi, double row_scale) {
    const index i = m_;
    // Columns: insert (i, v) at the end of each column (rows stay sorted: i is the largest).
    std::vector<double> dense(static_cast<std::size_t>(n_), 0.0);
    for (std::size_t k = 0; k < cols.size(); ++k)
      dense[static_cast<std::size_t>(cols[k])] += vals[k];
    std::vector<index> start(static_cast<std::size_t>(n_ + 1), 0);
    std::vector<index> rows;
    std::vector<double> values;
    rows.reserve(lp_.col_row.size() + cols.size());
    values.reserve(rows.capacity());
    for (index j = 0; j < n_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      for (index p = lp_.col_start[sj]; p < lp_.col_start[sj + 1]; ++p) {
        rows.push_back(lp_.col_row[static_cast<std::size_t>(p)]);
        values.push_back(lp_.col_value[static_cast<std::size_t>(p)]);
      }
      if (dense[sj] != 0.0) {
        rows.push_back(i);
        values.push_back(dense[sj]);
      }
      start[sj + 1] = static_cast<index>(rows.size());
    }
    lp_.col_start = std::move(start);
    lp_.col_row = std::move(rows);
    lp_.col_value = std::move(values);
    lp_.m = m_ + 1;
    lp_.row_scale.push_back(row_scale);
    lp_.cost.push_back(0.0);
    lp_.lower.push_back(logical_lo);
    lp_.upper.push_back(logical_hi);
    lp_.build_rows();
    m_ = lp_.m;
    work_cost_.push_back(0.0);
    work_lower_.push_back(logical_lo);
    work_upper_.push_back(logical_hi);
    x_.push_back(0.0);
    d_.push_back(0.0);
    move_.push_back(0);
    position_.push_back(i);
    basic_.push_back(n_ + i);
    xb_.push_back(0.0);
    weight_.push_back(1.0);
    y_.push_back(0.0);
    work_row_.push_back(0.0);
    work_col_.push_back(0.0);
    work_tau_.push_back(0.0);
    alpha_row_.push_back(0.0);
    row_flag_.push_back(0);
    devex_.push_back(1.0);
    need_factor_ = true;
    return i;
  }

  /// Removes the rows flagged in `drop` (size m). A removed row whose logical is nonbasic makes
  /// one basic structural (the one closest to a bound) nonbasic; the next `resolve` repairs
  /// optimality.
  void remove_rows(const std::vector<std::uint8_t>& drop) {
    std::vector<index> new_row(static_cast<std::size_t>(m_), -1);
    index m2 = 0;
    for (index i = 0; i < m_; ++i) {
      if (!drop[static_cast<std::size_t>(i)])
        new_row[static_cast<std::size_t>(i)] = m2++;
    }
    // Basis of the remaining variables.
    std::vector<index> basic;
    for (index r = 0; r < m_; ++r) {
      const index j = basic_[static_cast<std::size_t>(r)];
      if (j >= n_ && drop[static_cast<std::size_t>(j - n_)])
        continue;
      basic.push_back(j);
    }
    while (static_cast<index>(basic.size()) > m2) {
      // Drop the basic structural nearest to one of its bounds.
      std::size_t best = 0;
      double best_gap = std::numeric_limits<double>::infinity();
      for (std::size_t k = 0; k < basic.size(); ++k) {
        const index j = basic[k];
        if (j >= n_)
          continue;
        const double v = value(j);
        const auto sj = static_cast<std::size_t>(j);
        const double gap = std::min(std::abs(v - lp_.lower[sj]), std::abs(lp_.upper[sj] - v));
        if (gap < best_gap) {
          best_gap = gap;
          best = k;
        }
      }
      const index j = basic[best];
      basic.erase(basic.begin() + static_cast<std::ptrdiff_t>(best));
      position_[static_cast<std::size_t>(j)] = -1;
      place_nonbasic(j, d_[static_cast<std::size_t>(j)]);
      const auto sj = static_cast<std::size_t>(j);
      if (std::isfinite(lp_.lower[sj]) && std::isfinite(lp_.upper[sj]))
        set_at(j,
               std::abs(value(j) - lp_.lower[sj]) <= std::abs(lp_.upper[sj] - value(j))
                   ? lp_.lower[sj]
                   : lp_.upper[sj],
               lp_.lower[sj] == lp_.upper[sj] ? 0 : 1);
    }
    // Rebuild the problem without the rows.
    computational_lp q;
    q.m = m2;
    q.n = n_;
    q.maximize = lp_.maximize;
    q.objective_offset = lp_.objective_offset;
    q.col_scale = lp_.col_scale;
    q.col_start.assign(1, 0);
    for (index j = 0; j < n_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      for (index p = lp_.col_start[sj]; p < lp_.col_start[sj + 1]; ++p) {
        const index r = new_row[static_cast<std::size_t>(lp_.col_row[static_cast<std::size_t>(p)])];
        if (r < 0)
          continue;
        q.col_row.push_back(r);
        q.col_value.push_back(lp_.col_value[static_cast<std::size_t>(p)]);
      }
      q.col_start.push_back(static_cast<index>(q.col_row.size()));
    }
    const auto keep = [&](auto& v) {
      auto w = v;
      w.resize(static_cast<std::size_t>(n_ + m2));
      for (index i = 0; i < m_; ++i) {
        const index r = new_row[static_cast<std::size_t>(i)];
        if (r >= 0)
          w[static_cast<std::size_t>(n_ + r)] = v[static_cast<std::size_t>(n_ + i)];
      }
      v = std::move(w);
    };
    q.cost = lp_.cost;
    q.lower = lp_.lower;
    q.upper = lp_.upper;
    keep(q.cost);
    keep(q.lower);
    keep(q.upper);
    for (index i = 0; i < m_; ++i) {
      if (new_row[static_cast<std::size_t>(i)] >= 0)
        q.row_scale.push_back(lp_.row_scale[static_cast<std::size_t>(i)]);
    }
    q.build_rows();
    keep(work_cost_);
    keep(work_lower_);
    keep(work_upper_);
    keep(x_);
    keep(d_);
    keep(move_);
    keep(devex_);
    const auto nm = static_cast<std::size_t>(n_ + m2);
    position_.assign(nm, -1);
    alpha_row_.assign(nm, 0.0);
    row_flag_.assign(nm, 0);
    row_list_.clear();
    lp_ = std::move(q);
    m_ = m2;
    basic_.assign(static_cast<std::size_t>(m_), 0);
    for (index r = 0; r < m_; ++r) {
      index j = basic[static_cast<std::size_t>(r)];
      if (j >= n_)
        j = n_ + new_row[static_cast<std::size_t>(j - n_)];
      basic_[static_cast<std::size_t>(r)] = j;
      position_[static_cast<std::size_t>(j)] = r;
      move_[static_cast<std::size_t>(j)] = 0;
    }
    reset_row_arrays();
    need_factor_ = true;
  }

  // Sizes the per-row arrays to m (values recomputed at the next factorisation).
  void reset_row_arrays() {
    const auto ms = static_cast<std::size_t>(m_);
    xb_.assign(ms, 0.0);
    weight_.assign(ms, 1.0);
    y_.assign(ms, 0.0);
    work_row_.assign(ms, 0.0);
    work_col_.assign(ms, 0.0);
    work_tau_.assign(ms, 0.0);
  }

  /// Re-solves after modifications from the current basis: nonbasic variables move onto their
  /// (possibly new) bounds; the dual simplex repairs primal infeasibility, the primal simplex
  /// dual infeasibility (cost changes); a basis that is neither starts the full dual path.
  engine_status resolve() {
    start_budget();
    work_lower_ = lp_.lower;
    work_upper_ = lp_.upper;
    work_cost_ = lp_.cost;
    cost_changed_ = false;
    for (index j = 0; j < n_ + m_; ++j) {
      if (position_[static_cast<std::size_t>(j)] < 0)
        snap_nonbasic(j);
    }
    if (need_factor_ && !refactor())
      return engine_status::numerical_failure;
    compute_primal();
    compute_dual();
    const bool dual_ok = count_dual_infeasible(lp_.lower, lp_.upper) == 0;
    if (!dual_ok && primal_infeasibility() > opt_.primal_tolerance)
      return solve();
    return finish(engine_status::optimal);
  }

  /// Refactorises now if an update limit or a modification asked for it (basis positions may
  /// be permuted), so that positions stay fixed until the next modification. False on failure.
  bool ensure_factor() {
    if (!need_factor_)
      return true;
    if (!refactor())
      return false;
    compute_primal();
    compute_dual();
    return true;
  }

  /// Row r of B^-1 (scaled) into `rho` (size m); call `ensure_factor` first.
  void basis_inverse_row(index r, std::vector<double>& rho) {
    rho.assign(static_cast<std::size_t>(m_), 0.0);
    rho[static_cast<std::size_t>(r)] = 1.0;
    factor_.btran(rho);
  }

  /// Position of the basic variable j (-1 if nonbasic).
  [[nodiscard]] index position_of(index j) const { return position_[static_cast<std::size_t>(j)]; }

  // ------------------------------------------------------------------ drivers
  /// Starts the clock and the iteration budget of one solve call.
  void start_budget() {
    start_ = std::chrono::steady_clock::now();
    const index room = std::numeric_limits<index>::max() - iterations_;
    iteration_cap_ = iterations_ + std::min(opt_.iteration_limit, room);
  }

  /// Solves from the current basis: dual simplex (default) or primal path.
  engine_status solve() {
    start_budget();
    engine_status st = opt_.method == simplex_method::primal ? primal_path() : dual_path();
    if (st == engine_status::dual_infeasible)
      st = primal_path();
    return st;
  }

  /// Dual simplex from the current basis, with phase 1 when needed, then clean-up.
  engine_status dual_path() {
    if (!refactor())
      return engine_status::numerical_failure;
    compute_dual();
    if (count_dual_infeasible(lp_.lower, lp_.upper) > 0) {
      const engine_status st = dual_phase1();
      if (st != engine_status::optimal)
        return st;
    }
    prepare_phase2();
    if (opt_.perturb)
      perturb_costs();
    engine_status st = dual_loop();
    return finish(st);
  }

  /// Feasibility by the dual simplex on zero costs, then the primal simplex on the real costs.
  engine_status primal_path() {
    work_lower_ = lp_.lower;
    work_upper_ = lp_.upper;
    if (!refactor())
      return engine_status::numerical_failure;
    std::fill(work_cost_.begin(), work_cost_.end(), 0.0);
    for (index j = 0; j < n_ + m_; ++j) {
      if (!is_basic(j))
        snap_nonbasic(j);
    }
    compute_primal();
    if (primal_infeasibility() > opt_.primal_tolerance) {
      if (opt_.perturb)
        perturb_costs();
      compute_dual();
      correct_dual();
      const engine_status st = dual_loop();
      if (st != engine_status::optimal)
        return st;
    }
    work_cost_ = lp_.cost;
    cost_changed_ = false;
    compute_dual();
    const engine_status st = primal_loop();
    return finish(st);
  }

 private:
  // ------------------------------------------------------------------ helpers
  [[nodiscard]] static bool is_boxed(double lo, double hi) {
    return std::isfinite(lo) && std::isfinite(hi);
  }

  void set_at(index j, double v, move_t mv) {
    x_[static_cast<std::size_t>(j)] = v;
    move_[static_cast<std::size_t>(j)] = mv;
  }

  // Places nonbasic j at the bound preferred by reduced cost dj (lower when dj >= 0).
  void place_nonbasic(index j, double dj) {
    const auto sj = static_cast<std::size_t>(j);
    const double lo = work_lower_[sj];
    const double hi = work_upper_[sj];
    if (lo == hi) {
      set_at(j, lo, 0);
    } else if (std::isfinite(lo) && (dj >= 0 || !std::isfinite(hi))) {
      set_at(j, lo, 1);
    } else if (std::isfinite(hi)) {
      set_at(j, hi, -1);
    } else {
      set_at(j, 0.0, 0);
    }
  }

  // Keeps j at its side but moves the value onto the (possibly changed) working bound.
  void snap_nonbasic(index j) {
    const auto sj = static_cast<std::size_t>(j);
    const double lo = work_lower_[sj];
    const double hi = work_upper_[sj];
    const move_t mv = move_[sj];
    if (lo == hi) {
      set_at(j, lo, 0);
    } else if (mv == -1 && std::isfinite(hi)) {
      set_at(j, hi, -1);
    } else if (mv == 1 && std::isfinite(lo)) {
      set_at(j, lo, 1);
    } else {
      place_nonbasic(j, d_[sj]);
    }
  }

  [[nodiscard]] bool out_of_time() const {
    if (!std::isfinite(opt_.time_limit.count()))
      return false;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_) >
           opt_.time_limit;
  }

  // Checks limits and reports progress; returns a status to stop with, or optimal to go on.
  engine_status check_limits(std::string_view stage) {
    if (iterations_ >= iteration_cap_)
      return engine_status::iteration_limit;
    if ((iterations_ & 15) == 0 && out_of_time())
      return engine_status::time_limit;
    if (reporter_ != nullptr && (iterations_ & 63) == 0) {
      // Objective of the current iterate in the model's sense, with its constant (the scaled
      // costs times the scaled values give original units).
      double obj = 0;
      for (index j = 0; j < n_; ++j)
        obj += lp_.cost[static_cast<std::size_t>(j)] * value(j);
      obj = (lp_.maximize ? -obj : obj) + lp_.objective_offset;
      if (!reporter_->report({.stage = stage, .done = iterations_, .total = 0, .objective = obj}))
        return engine_status::cancelled;
    }
    return engine_status::optimal;
  }

  // ------------------------------------------------------------ factorisation
  // Factorises the basis; replaces dependent columns by logicals. False on repeated failure.
  bool refactor() {
    for (int attempt = 0; attempt < 3; ++attempt) {
      const index bad = factor_.factorize(
          m_, [this](index k, std::vector<index>& rows, std::vector<double>& vals) {
            const index j = basic_[static_cast<std::size_t>(k)];
            if (j >= n_) {
              rows.push_back(j - n_);
              vals.push_back(1.0);
              return;
            }
            for (index p = lp_.col_start[static_cast<std::size_t>(j)];
                 p < lp_.col_start[static_cast<std::size_t>(j + 1)]; ++p) {
              rows.push_back(lp_.col_row[static_cast<std::size_t>(p)]);
              vals.push_back(lp_.col_value[static_cast<std::size_t>(p)]);
            }
          });
      // Permute the basis so that position r is pivoted in row r.
      const auto& order = factor_.position_order();
      std::vector<index> nb(basic_.size());
      std::vector<double> nw(basic_.size());
      for (index r = 0; r < m_; ++r) {
        const auto k = static_cast<std::size_t>(order[static_cast<std::size_t>(r)]);
        nb[static_cast<std::size_t>(r)] = basic_[k];
        nw[static_cast<std::size_t>(r)] = weight_[k];
      }
      basic_ = std::move(nb);
      weight_ = std::move(nw);
      for (index r = 0; r < m_; ++r)
        position_[static_cast<std::size_t>(basic_[static_cast<std::size_t>(r)])] = r;
      if (bad == 0) {
        need_factor_ = false;
        return true;
      }
      // Dependent columns leave; logicals of the unpivoted rows enter.
      for (const index r : factor_.singular_rows()) {
        const auto sr = static_cast<std::size_t>(r);
        const index leaving = basic_[sr];
        position_[static_cast<std::size_t>(leaving)] = -1;
        place_nonbasic(leaving, d_[static_cast<std::size_t>(leaving)]);
        const index logical = n_ + r;
        if (position_[static_cast<std::size_t>(logical)] >= 0) {
          return false;
        }
        basic_[sr] = logical;
        position_[static_cast<std::size_t>(logical)] = r;
        move_[static_cast<std::size_t>(logical)] = 0;
        weight_[sr] = 1.0;
      }
      ++singular_repairs_;
    }
    return false;
  }

  // Column j of [A I] into v (dense), its rows into work_pattern_ (for hypersparse solves).
  void column_into(index j, std::vector<double>& v) {
    std::fill(v.begin(), v.end(), 0.0);
    work_pattern_.clear();
    if (j >= n_) {
      v[static_cast<std::size_t>(j - n_)] = 1.0;
      work_pattern_.push_back(j - n_);
      return;
    }
    for (index p = lp_.col_start[static_cast<std::size_t>(j)];
         p < lp_.col_start[static_cast<std::size_t>(j + 1)]; ++p) {
      v[static_cast<std::size_t>(lp_.col_row[static_cast<std::size_t>(p)])] =
          lp_.col_value[static_cast<std::size_t>(p)];
      work_pattern_.push_back(lp_.col_row[static_cast<std::size_t>(p)]);
    }
  }

  // x_B = -B^-1 N x_N.
  void compute_primal() {
    std::vector<double>& rhs = work_col_;
    std::fill(rhs.begin(), rhs.end(), 0.0);
    for (index j = 0; j < n_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      const double v = x_[sj];
      if (position_[sj] >= 0 || v == 0.0)
        continue;
      for (index p = lp_.col_start[sj]; p < lp_.col_start[sj + 1]; ++p)
        rhs[static_cast<std::size_t>(lp_.col_row[static_cast<std::size_t>(p)])] -=
            lp_.col_value[static_cast<std::size_t>(p)] * v;
    }
    for (index i = 0; i < m_; ++i) {
      const auto k = static_cast<std::size_t>(n_ + i);
      if (position_[k] < 0)
        rhs[static_cast<std::size_t>(i)] -= x_[k];
    }
    factor_.ftran(rhs);
    xb_ = rhs;
  }

  // y = B^-T c_B, d = c - [A I]' y.
  void compute_dual() {
    for (index i = 0; i < m_; ++i)
      y_[static_cast<std::size_t>(i)] =
          work_cost_[static_cast<std::size_t>(basic_[static_cast<std::size_t>(i)])];
    factor_.btran(y_);
    for (index j = 0; j < n_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      if (position_[sj] >= 0) {
        d_[sj] = 0.0;
        continue;
      }
      double s = 0;
      for (index p = lp_.col_start[sj]; p < lp_.col_start[sj + 1]; ++p)
        s += lp_.col_value[static_cast<std::size_t>(p)] *
             y_[static_cast<std::size_t>(lp_.col_row[static_cast<std::size_t>(p)])];
      d_[sj] = work_cost_[sj] - s;
    }
    for (index i = 0; i < m_; ++i) {
      const auto k = static_cast<std::size_t>(n_ + i);
      d_[k] = position_[k] >= 0 ? 0.0 : work_cost_[k] - y_[static_cast<std::size_t>(i)];
    }
  }

  [[nodiscard]] double primal_infeasibility() const {
    double worst = 0;
    for (index i = 0; i < m_; ++i) {
      const auto si = static_cast<std::size_t>(i);
      const auto j = static_cast<std::size_t>(basic_[si]);
      worst = std::max(worst, work_lower_[j] - xb_[si]);
      worst = std::max(worst, xb_[si] - work_upper_[j]);
    }
    return worst;
  }

  // Number of nonbasic variables whose reduced cost has the wrong sign for bounds lo/hi
  // (boxed variables never count: a flip repairs them).
  [[nodiscard]] index count_dual_infeasible(const std::vector<double>& lo,
                                            const std::vector<double>& hi) const {
    index count = 0;
    const double tol = opt_.dual_tolerance;
    for (index j = 0; j < n_ + m_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      if (position_[sj] >= 0 || lo[sj] == hi[sj] || is_boxed(lo[sj], hi[sj]))
        continue;
      const double d = d_[sj];
      if (!std::isfinite(lo[sj]) && !std::isfinite(hi[sj])) {
        count += std::abs(d) > tol ? 1 : 0;
      } else if (std::isfinite(lo[sj])) {
        count += d < -tol ? 1 : 0;
      } else {
        count += d > tol ? 1 : 0;
      }
    }
    return count;
  }

  // Makes every nonbasic reduced cost dual feasible: boxed variables flip, others get their
  // cost shifted (Koberstein 2005, sec. 6.2.2). Returns true if primal values changed.
  bool correct_dual() {
    const double tol = opt_.dual_tolerance;
    bool flipped = false;
    for (index j = 0; j < n_ + m_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      if (position_[sj] >= 0)
        continue;
      const double lo = work_lower_[sj];
      const double hi = work_upper_[sj];
      if (lo == hi)
        continue;
      const double d = d_[sj];
      const move_t mv = move_[sj];
      const bool bad =
          (mv == 1 && d < -tol) || (mv == -1 && d > tol) || (mv == 0 && std::abs(d) > tol);
      if (!bad)
        continue;
      if (is_boxed(lo, hi)) {
        set_at(j, mv == 1 ? hi : lo, mv == 1 ? -1 : 1);
        flipped = true;
      } else {
        work_cost_[sj] -= d;
        d_[sj] = 0.0;
        cost_changed_ = true;
      }
    }
    return flipped;
  }

  // Nonbasic boxed variables at the bound their reduced cost wants; others at their bound.
  void prepare_phase2() {
    work_lower_ = lp_.lower;
    work_upper_ = lp_.upper;
    for (index j = 0; j < n_ + m_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      if (position_[sj] >= 0)
        continue;
      place_nonbasic(j, d_[sj]);
    }
    compute_primal();
  }

  // Cost perturbation against dual degeneracy (Koberstein 2005, sec. 6.2.2.3): a small random
  // shift towards dual feasibility, larger for larger costs; removed in `finish`.
  void perturb_costs() {
    double max_cost = 0;
    for (index j = 0; j < n_; ++j)
      max_cost = std::max(max_cost, std::abs(lp_.cost[static_cast<std::size_t>(j)]));
    const double base = 5e-7 * std::clamp(max_cost, 1.0, 1e3);
    std::uint64_t state = 0x5eed5eedULL;
    for (index j = 0; j < n_ + m_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      state = core::splitmix64(state);
      const double r = static_cast<double>(state >> 11U) * 0x1.0p-53;
      const double lo = work_lower_[sj];
      const double hi = work_upper_[sj];
      if (lo == hi)
        continue;
      const double mag = base * (1.0 + std::abs(work_cost_[sj])) * (1.0 + r);
      const bool has_lo = std::isfinite(lo);
      const bool has_hi = std::isfinite(hi);
      double delta = 0;
      if (has_lo && !has_hi) {
        delta = mag;
      } else if (has_hi && !has_lo) {
        delta = -mag;
      } else if (has_lo && has_hi) {
        const move_t mv = position_[sj] >= 0 ? (work_cost_[sj] >= 0 ? 1 : -1) : move_[sj];
        delta = mv == -1 ? -mag : mag;
      }
      work_cost_[sj] += delta;
    }
    cost_changed_ = true;
    compute_dual();
    if (correct_dual())
      compute_primal();
  }

  // ------------------------------------------------------------ dual phase 1
  // Auxiliary problem (Koberstein 2005, sec. 4.1.2): same matrix and costs, boxes
  // [-1000, 1000] (free), [0, 1] (lower only), [-1, 0] (upper only), [0, 0] (boxed).
  // Its optimal basis is dual feasible for the original problem unless that is dual infeasible.
  engine_status dual_phase1() {
    for (index j = 0; j < n_ + m_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      const bool has_lo = std::isfinite(lp_.lower[sj]);
      const bool has_hi = std::isfinite(lp_.upper[sj]);
      if (has_lo && has_hi) {
        work_lower_[sj] = 0;
        work_upper_[sj] = 0;
      } else if (has_lo) {
        work_lower_[sj] = 0;
        work_upper_[sj] = 1;
      } else if (has_hi) {
        work_lower_[sj] = -1;
        work_upper_[sj] = 0;
      } else {
        work_lower_[sj] = -1000;
        work_upper_[sj] = 1000;
      }
    }
    for (index j = 0; j < n_ + m_; ++j) {
      if (!is_basic(j))
        place_nonbasic(j, d_[static_cast<std::size_t>(j)]);
    }
    compute_primal();
    phase_ = 1;
    const engine_status st = dual_loop();
    phase_ = 2;
    if (st != engine_status::optimal)
      return st;
    if (cost_changed_) {
      work_cost_ = lp_.cost;
      cost_changed_ = false;
      compute_dual();
    }
    if (count_dual_infeasible(lp_.lower, lp_.upper) > 0)
      return engine_status::dual_infeasible;
    return engine_status::optimal;
  }

  // ------------------------------------------------------------ dual simplex
  // Chooses the leaving row: largest infeasibility^2 / weight. -1 if primal feasible.
  index choose_row() const {
    const double tol = opt_.primal_tolerance;
    index best = -1;
    double best_merit = 0;
    for (index i = 0; i < m_; ++i) {
      const auto si = static_cast<std::size_t>(i);
      const auto j = static_cast<std::size_t>(basic_[si]);
      const double v = xb_[si];
      double infeas = 0;
      if (v < work_lower_[j] - tol) {
        infeas = work_lower_[j] - v;
      } else if (v > work_upper_[j] + tol) {
        infeas = v - work_upper_[j];
      } else {
        continue;
      }
      const double merit = infeas * infeas / weight_[si];
      if (merit > best_merit && taboo_row_ != i) {
        best_merit = merit;
        best = i;
      }
    }
    return best;
  }

  // alpha_row = rho' [A I] for nonbasic variables; fills row_list_.
  void price_row(const std::vector<double>& rho) {
    for (const index j : row_list_) {
      alpha_row_[static_cast<std::size_t>(j)] = 0.0;
      row_flag_[static_cast<std::size_t>(j)] = 0;
    }
    row_list_.clear();
    index nz = 0;
    for (index i = 0; i < m_; ++i)
      nz += rho[static_cast<std::size_t>(i)] != 0.0 ? 1 : 0;
    if (nz * 10 < m_) {
      for (index i = 0; i < m_; ++i) {
        const double r = rho[static_cast<std::size_t>(i)];
        if (r == 0.0)
          continue;
        for (index p = lp_.row_start[static_cast<std::size_t>(i)];
             p < lp_.row_start[static_cast<std::size_t>(i + 1)]; ++p) {
          const auto j = static_cast<std::size_t>(lp_.row_col[static_cast<std::size_t>(p)]);
          if (!row_flag_[j]) {
            row_flag_[j] = 1;
            row_list_.push_back(static_cast<index>(j));
          }
          alpha_row_[j] += r * lp_.row_value[static_cast<std::size_t>(p)];
        }
      }
    } else {
      for (index j = 0; j < n_; ++j) {
        const auto sj = static_cast<std::size_t>(j);
        if (position_[sj] >= 0)
          continue;
        double s = 0;
        for (index p = lp_.col_start[sj]; p < lp_.col_start[sj + 1]; ++p)
          s += lp_.col_value[static_cast<std::size_t>(p)] *
               rho[static_cast<std::size_t>(lp_.col_row[static_cast<std::size_t>(p)])];
        if (s != 0.0) {
          alpha_row_[sj] = s;
          row_flag_[sj] = 1;
          row_list_.push_back(j);
        }
      }
    }
    for (index i = 0; i < m_; ++i) {
      const double r = rho[static_cast<std::size_t>(i)];
      if (r == 0.0)
        continue;
      const auto k = static_cast<std::size_t>(n_ + i);
      alpha_row_[k] = r;
      row_flag_[k] = 1;
      row_list_.push_back(n_ + i);
    }
  }

  struct candidate {
    index j;
    double tilde;  // sign-oriented alpha
    double ratio;  // d_j / tilde (>= 0 up to tolerance)
    double harris;
  };

  // Bound-flipping ratio test with Harris tolerance (Koberstein 2005, Alg. 7 with sec. 6.2.1;
  // Fourer 1994). Returns the entering variable or -1 (dual unbounded); flips_ lists the
  // boxed variables that change bound.
  index choose_column(double delta) {
    const double sign = delta > 0 ? 1.0 : -1.0;
    const double tol = opt_.dual_tolerance;
    const double ptol = opt_.primal_tolerance;
    cands_.clear();
    flips_.clear();
    double max_alpha = 0;
    for (const index j : row_list_) {
      const auto sj = static_cast<std::size_t>(j);
      if (position_[sj] >= 0)
        continue;
      max_alpha = std::max(max_alpha, std::abs(alpha_row_[sj]));
    }
    const double pivot_tol = std::max(1e-9, 1e-12 * max_alpha);
    for (const index j : row_list_) {
      const auto sj = static_cast<std::size_t>(j);
      if (position_[sj] >= 0 || work_lower_[sj] == work_upper_[sj])
        continue;
      const double tilde = sign * alpha_row_[sj];
      if (std::abs(tilde) < pivot_tol)
        continue;
      const move_t mv = move_[sj];
      if ((mv == 1 && tilde < 0) || (mv == -1 && tilde > 0))
        continue;
      const double d = d_[sj];
      const double ratio = d / tilde;
      const double harris = tilde > 0 ? (d + tol) / tilde : (d - tol) / tilde;
      cands_.push_back({j, tilde, ratio, harris});
    }
    if (cands_.empty())
      return -1;
    // Passes over the remaining breakpoints: the Harris bound of the remaining candidates
    // selects a group (ratio <= bound); if flipping the whole group keeps the slope positive,
    // it flips and the next pass continues, otherwise the group's largest |alpha| enters.
    // Usually one pass suffices, so no sort is needed.
    double slope = std::abs(delta);
    std::size_t remaining = cands_.size();
    while (remaining > 0) {
      double theta_max = std::numeric_limits<double>::infinity();
      for (std::size_t k = 0; k < remaining; ++k)
        theta_max = std::min(theta_max, cands_[k].harris);
      // Move the group to the front of the remaining range.
      std::size_t group = 0;
      for (std::size_t k = 0; k < remaining; ++k) {
        if (cands_[k].ratio <= theta_max)
          std::swap(cands_[k], cands_[group++]);
      }
      double reduction = 0;
      for (std::size_t k = 0; k < group; ++k) {
        const auto sj = static_cast<std::size_t>(cands_[k].j);
        reduction += std::abs(cands_[k].tilde) * (work_upper_[sj] - work_lower_[sj]);
      }
      if (std::isfinite(reduction) && slope - reduction > ptol) {
        if (group == remaining) {
          // Every candidate can flip and the row stays infeasible: dual unbounded.
          flips_.clear();
          return -1;
        }
        for (std::size_t k = 0; k < group; ++k)
          flips_.push_back(cands_[k].j);
        slope -= reduction;
        // Drop the flipped group: move the tail into its place.
        for (std::size_t k = 0; k < group; ++k)
          cands_[k] = cands_[remaining - 1 - k];
        remaining -= group;
        continue;
      }
      // Entering variable: the largest |alpha| in the group.
      std::size_t best = 0;
      for (std::size_t k = 1; k < group; ++k) {
        if (std::abs(cands_[k].tilde) > std::abs(cands_[best].tilde))
          best = k;
      }
      return cands_[best].j;
    }
    return -1;
  }

  void apply_flips() {
    if (flips_.empty())
      return;
    std::vector<double>& col = work_tau_;
    std::fill(col.begin(), col.end(), 0.0);
    for (const index j : flips_) {
      const auto sj = static_cast<std::size_t>(j);
      const double lo = work_lower_[sj];
      const double hi = work_upper_[sj];
      double delta = 0;
      if (move_[sj] == 1) {
        delta = hi - lo;
        set_at(j, hi, -1);
      } else {
        delta = lo - hi;
        set_at(j, lo, 1);
      }
      if (j >= n_) {
        col[static_cast<std::size_t>(j - n_)] += delta;
      } else {
        for (index p = lp_.col_start[sj]; p < lp_.col_start[sj + 1]; ++p)
          col[static_cast<std::size_t>(lp_.col_row[static_cast<std::size_t>(p)])] +=
              lp_.col_value[static_cast<std::size_t>(p)] * delta;
      }
    }
    factor_.ftran(col);
    for (index i = 0; i < m_; ++i)
      xb_[static_cast<std::size_t>(i)] -= col[static_cast<std::size_t>(i)];
  }

  // Replaces basic_[r] by q; the leaving variable goes to `leave_value` with move `leave_move`.
  bool pivot(index r, index q, double leave_value, move_t leave_move, double theta_p,
             double theta_d) {
    const auto sr = static_cast<std::size_t>(r);
    const auto sq = static_cast<std::size_t>(q);
    const index leaving = basic_[sr];
    const auto sl = static_cast<std::size_t>(leaving);
    // Primal: x_B -= theta_p * alpha_q, entering takes x_q + theta_p.
    if (theta_p != 0.0) {
      for (index i = 0; i < m_; ++i)
        xb_[static_cast<std::size_t>(i)] -= theta_p * work_col_[static_cast<std::size_t>(i)];
    }
    const double entering_value = x_[sq] + theta_p;
    // Dual: d_j -= theta_d * alpha_row_j.
    if (theta_d != 0.0) {
      for (const index j : row_list_) {
        const auto sj = static_cast<std::size_t>(j);
        if (position_[sj] < 0)
          d_[sj] -= theta_d * alpha_row_[sj];
      }
    }
    d_[sq] = 0.0;
    d_[sl] = -theta_d;
    // Basis change.
    basic_[sr] = q;
    position_[sq] = r;
    move_[sq] = 0;
    position_[sl] = -1;
    set_at(leaving, leave_value, leave_move);
    xb_[sr] = entering_value;
    ++iterations_;
    const bool ok = factor_.update(r, work_col_[sr]);
    if (!ok || factor_.num_updates() >= opt_.refactor_interval)
      need_factor_ = true;
    return ok;
  }

  // Recomputes everything from a fresh factorisation.
  bool rebuild() {
    if (!refactor())
      return false;
    compute_primal();
    compute_dual();
    return true;
  }

  engine_status dual_loop() {
    const double tol = opt_.primal_tolerance;
    index bad_pivots = 0;
    taboo_row_ = -1;
    for (;;) {
      if (need_factor_) {
        if (!rebuild())
          return engine_status::numerical_failure;
        if (correct_dual())
          compute_primal();
      }
      const engine_status lim = check_limits("dual simplex");
      if (lim != engine_status::optimal)
        return lim;
      const index r = choose_row();
      if (r < 0) {
        if (taboo_row_ >= 0) {
          taboo_row_ = -1;
          continue;
        }
        return engine_status::optimal;
      }
      const auto sr = static_cast<std::size_t>(r);
      const auto jr = static_cast<std::size_t>(basic_[sr]);
      const double v = xb_[sr];
      const bool below = v < work_lower_[jr] - tol;
      const double bound = below ? work_lower_[jr] : work_upper_[jr];
      const double delta = v - bound;
      // rho = B^-T e_r.
      std::fill(work_row_.begin(), work_row_.end(), 0.0);
      work_row_[sr] = 1.0;
      work_pattern_.assign(1, r);
      factor_.btran(work_row_, true, &work_pattern_);
      if (opt_.pricing == dual_pricing::steepest_edge) {
        double w = 0;
        for (const double e : work_row_)
          w += e * e;
        weight_[sr] = w;
      }
      price_row(work_row_);
      const index q = choose_column(delta);
      if (q < 0) {
        if (factor_.num_updates() > 0) {
          need_factor_ = true;  // confirm with a fresh factorisation
          continue;
        }
        if (phase_ == 1)
          return engine_status::numerical_failure;
        // Dual unbounded: row r proves primal infeasibility (Farkas ray y = +-rho).
        farkas_ = work_row_;
        if (!below) {
          for (double& e : farkas_)
            e = -e;
        }
        return engine_status::infeasible;
      }
      const auto sq = static_cast<std::size_t>(q);
      // alpha_q = B^-1 a_q.
      column_into(q, work_col_);
      factor_.ftran(work_col_, true, &work_pattern_);
      const double alpha_c = work_col_[sr];
      const double alpha_r = alpha_row_[sq];
      if (std::abs(alpha_c - alpha_r) > 1e-7 * std::max(1.0, std::abs(alpha_c)) ||
          std::abs(alpha_c) < 1e-9) {
        ++bad_pivots;
        if (bad_pivots > 50)
          return engine_status::numerical_failure;
        if (factor_.num_updates() > 0) {
          need_factor_ = true;
        } else {
          taboo_row_ = r;
        }
        continue;
      }
      apply_flips();
      // Dual step length; a slightly wrong-signed d_q is shifted to zero (cost shifting).
      double theta_d = d_[sq] / alpha_r;
      if ((delta > 0 && theta_d < 0) || (delta < 0 && theta_d > 0)) {
        work_cost_[sq] -= d_[sq];
        d_[sq] = 0.0;
        theta_d = 0.0;
        cost_changed_ = true;
      }
      // Dual steepest-edge or devex weight update (Forrest & Goldfarb 1992): with
      // ratio_i = alpha_iq / alpha_rq, DSE w_i += ratio_i (ratio_i w_r - 2 tau_i) where
      // tau = B^-1 rho_r; devex w_i = max(w_i, ratio_i^2 w_r); both w_r /= alpha_rq^2.
      const double wr = weight_[sr];
      const bool dse = opt_.pricing == dual_pricing::steepest_edge;
      if (dse) {
        work_tau_ = work_row_;
        factor_.ftran(work_tau_);
      }
      if (opt_.pricing != dual_pricing::dantzig) {
        for (index i = 0; i < m_; ++i) {
          const auto si = static_cast<std::size_t>(i);
          const double a = work_col_[si];
          if (i == r || a == 0.0)
            continue;
          const double ratio = a / alpha_c;
          weight_[si] =
              dse ? std::max(weight_[si] + ratio * (ratio * wr - 2.0 * work_tau_[si]), 1e-4)
                  : std::max(weight_[si], ratio * ratio * wr);
        }
        weight_[sr] = std::max(wr / (alpha_c * alpha_c), dse ? 1e-4 : 1.0);
      }
      const double theta_p = (xb_[sr] - bound) / alpha_c;
      const auto leave_lo = work_lower_[jr];
      const auto leave_hi = work_upper_[jr];
      const move_t mv = leave_lo == leave_hi ? 0 : (below ? 1 : -1);
      pivot(r, q, bound, mv, theta_p, theta_d);
      taboo_row_ = -1;
    }
  }

  // ---------------------------------------------------------- primal simplex
  // Devex pricing (Forrest & Goldfarb 1992): largest d_j^2 / w_j among dual infeasible j.
  index choose_entering() const {
    const double tol = opt_.dual_tolerance;
    index best = -1;
    double best_merit = 0;
    for (index j = 0; j < n_ + m_; ++j) {
      const auto sj = static_cast<std::size_t>(j);
      if (position_[sj] >= 0 || work_lower_[sj] == work_upper_[sj])
        continue;
      const double d = d_[sj];
      const move_t mv = move_[sj];
      double infeas = 0;
      if (mv == 1) {
        infeas = -d;
      } else if (mv == -1) {
        infeas = d;
      } else {
        infeas = std::abs(d);
      }
      if (infeas <= tol)
        continue;
      const double merit = infeas * infeas / devex_[sj];
      if (merit > best_merit) {
        best_merit = merit;
        best = j;
      }
    }
    return best;
  }

  engine_status primal_loop() {
    const double tol = opt_.primal_tolerance;
    std::fill(devex_.begin(), devex_.end(), 1.0);
    index bad_pivots = 0;
    for (;;) {
      if (need_factor_) {
        if (!rebuild())
          return engine_status::numerical_failure;
      }
      const engine_status lim = check_limits("primal simplex");
      if (lim != engine_status::optimal)
        return lim;
      const index q = choose_entering();
      if (q < 0)
        return engine_status::optimal;
      const auto sq = static_cast<std::size_t>(q);
      const double dir = d_[sq] < 0 ? 1.0 : -1.0;
      column_into(q, work_col_);
      factor_.ftran(work_col_, true, &work_pattern_);
      // Harris two-pass ratio test over the basic variables.
      double theta_max = std::numeric_limits<double>::infinity();
      double max_alpha = 0;
      for (index i = 0; i < m_; ++i)
        max_alpha = std::max(max_alpha, std::abs(work_col_[static_cast<std::size_t>(i)]));
      const double pivot_tol = std::max(1e-9, 1e-11 * max_alpha);
      for (index i = 0; i < m_; ++i) {
        const auto si = static_cast<std::size_t>(i);
        const double rate = -dir * work_col_[si];
        if (std::abs(rate) < pivot_tol)
          continue;
        const auto j = static_cast<std::size_t>(basic_[si]);
        if (rate < 0 && std::isfinite(work_lower_[j])) {
          theta_max = std::min(theta_max, (xb_[si] - work_lower_[j] + tol) / -rate);
        } else if (rate > 0 && std::isfinite(work_upper_[j])) {
          theta_max = std::min(theta_max, (work_upper_[j] - xb_[si] + tol) / rate);
        }
      }
      const double range = work_upper_[sq] - work_lower_[sq];
      if (range <= theta_max && std::isfinite(range)) {
        // The entering variable reaches its other bound first: flip it, no basis change.
        for (index i = 0; i < m_; ++i)
          xb_[static_cast<std::size_t>(i)] -= dir * range * work_col_[static_cast<std::size_t>(i)];
        if (dir > 0) {
          set_at(q, work_upper_[sq], -1);
        } else {
          set_at(q, work_lower_[sq], 1);
        }
        ++iterations_;
        continue;
      }
      if (!std::isfinite(theta_max)) {
        // Unbounded direction: x_q moves by dir, x_B by -dir * alpha_q.
        ray_.assign(static_cast<std::size_t>(n_ + m_), 0.0);
        ray_[sq] = dir;
        for (index i = 0; i < m_; ++i)
          ray_[static_cast<std::size_t>(basic_[static_cast<std::size_t>(i)])] =
              -dir * work_col_[static_cast<std::size_t>(i)];
        return engine_status::unbounded;
      }
      index r = -1;
      double best_alpha = 0;
      double step = 0;
      for (index i = 0; i < m_; ++i) {
        const auto si = static_cast<std::size_t>(i);
        const double rate = -dir * work_col_[si];
        if (std::abs(rate) < pivot_tol)
          continue;
        const auto j = static_cast<std::size_t>(basic_[si]);
        double t = std::numeric_limits<double>::infinity();
        if (rate < 0 && std::isfinite(work_lower_[j])) {
          t = (xb_[si] - work_lower_[j]) / -rate;
        } else if (rate > 0 && std::isfinite(work_upper_[j])) {
          t = (work_upper_[j] - xb_[si]) / rate;
        }
        if (t <= theta_max && std::abs(rate) > best_alpha) {
          best_alpha = std::abs(rate);
          r = i;
          step = t;
        }
      }
      if (r < 0)
        return engine_status::numerical_failure;
      const auto sr = static_cast<std::size_t>(r);
      step = std::max(step, 0.0);
      // Pivot row for the dual update.
      std::fill(work_row_.begin(), work_row_.end(), 0.0);
      work_row_[sr] = 1.0;
      work_pattern_.assign(1, r);
      factor_.btran(work_row_, true, &work_pattern_);
      price_row(work_row_);
      const double alpha_c = work_col_[sr];
      const double alpha_r = alpha_row_[sq];
      if (std::abs(alpha_c - alpha_r) > 1e-7 * std::max(1.0, std::abs(alpha_c))) {
        if (++bad_pivots > 50)
          return engine_status::numerical_failure;
        need_factor_ = true;
        continue;
      }
      const auto jr = static_cast<std::size_t>(basic_[sr]);
      const double rate = -dir * alpha_c;
      const double leave_value = rate < 0 ? work_lower_[jr] : work_upper_[jr];
      const move_t mv = work_lower_[jr] == work_upper_[jr] ? 0 : (rate < 0 ? 1 : -1);
      const double theta_d = d_[sq] / alpha_r;
      // Devex reference weights.
      const double wq = devex_[sq];
      for (const index j : row_list_) {
        const auto sj = static_cast<std::size_t>(j);
        if (position_[sj] >= 0 || j == q)
          continue;
        const double ratio = alpha_row_[sj] / alpha_r;
        devex_[sj] = std::max(devex_[sj], ratio * ratio * wq);
      }
      devex_[jr] = std::max(wq / (alpha_r * alpha_r), 1.0);
      pivot(r, q, leave_value, mv, dir * step, theta_d);
    }
  }

  // ---------------------------------------------------------------- clean-up
  // Removes perturbations and shifts; repairs remaining infeasibilities with the primal simplex
  // (primal feasible), the dual simplex (dual feasible) or both (costs shifted first), until
  // the unperturbed problem is optimal or another outcome is proven.
  engine_status finish(engine_status st) {
    for (int round = 0; round < 10 && st == engine_status::optimal; ++round) {
      if (need_factor_ || cost_changed_) {
        // Fresh duals for the true costs; the factorisation is reused unless it is due.
        work_cost_ = lp_.cost;
        cost_changed_ = false;
        if (need_factor_) {
          if (!rebuild())
            return engine_status::numerical_failure;
        } else {
          compute_primal();
          compute_dual();
        }
      }
      // Boxed variables with the wrong reduced-cost sign flip (primal may become infeasible).
      bool flipped = false;
      const double dtol = opt_.dual_tolerance;
      for (index j = 0; j < n_ + m_; ++j) {
        const auto sj = static_cast<std::size_t>(j);
        if (position_[sj] >= 0 || !is_boxed(work_lower_[sj], work_upper_[sj]) ||
            work_lower_[sj] == work_upper_[sj])
          continue;
        if (move_[sj] == 1 && d_[sj] < -dtol) {
          set_at(j, work_upper_[sj], -1);
          flipped = true;
        } else if (move_[sj] == -1 && d_[sj] > dtol) {
          set_at(j, work_lower_[sj], 1);
          flipped = true;
        }
      }
      if (flipped)
        compute_primal();
      const bool primal_ok = primal_infeasibility() <= opt_.primal_tolerance;
      const bool dual_ok = count_dual_infeasible(work_lower_, work_upper_) == 0;
      if (primal_ok && dual_ok) {
        compute_dual();  // y is not updated by the iterations; d is refreshed as well
        return engine_status::optimal;
      }
      if (dual_ok) {
        st = dual_loop();
      } else if (primal_ok) {
        st = primal_loop();
      } else {
        correct_dual();  // shift costs to dual feasibility, then the dual simplex
        compute_primal();
        st = dual_loop();
      }
    }
    if (st == engine_status::optimal)
      return engine_status::numerical_failure;
    return st;
  }

 public:
  /// Makes the current basis optimal for the unperturbed problem: used after postsolve and for
  /// re-solves where the basis is nearly optimal.
  engine_status polish() {
    need_factor_ = true;
    return resolve();
  }

 private:
  computational_lp lp_;
  options opt_;
  core::progress_reporter* reporter_ = nullptr;
  index m_ = 0;
  index n_ = 0;
  basis_factor factor_;
  std::vector<double> work_cost_;
  std::vector<double> work_lower_;
  std::vector<double> work_upper_;
  std::vector<double> x_;
  std::vector<double> d_;
  std::vector<move_t> move_;
  std::vector<index> position_;
  std::vector<index> basic_;
  std::vector<double> xb_;
  std::vector<double> weight_;
  std::vector<double> y_;
  std::vector<double> work_row_;
  std::vector<double> work_col_;
  std::vector<index> work_pattern_;  // rows of the right-hand side in work_col_ or work_row_
  std::vector<double> work_tau_;
  std::vector<double> alpha_row_;
  std::vector<std::uint8_t> row_flag_;
  std::vector<index> row_list_;
  std::vector<double> devex_;
  std::vector<candidate> cands_;
  std::vector<index> flips_;
  std::vector<double> farkas_;
  std::vector<double> ray_;
  bool need_factor_ = true;
  bool cost_changed_ = false;
  int phase_ = 2;
  index taboo_row_ = -1;
  index iterations_ = 0;
  index iteration_cap_ = std::numeric_limits<index>::max();
  index singular_repairs_ = 0;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace foresight::optimize::lp::detail

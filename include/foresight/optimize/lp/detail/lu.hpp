// SPDX-License-Identifier: Apache-2.0
/// \file
/// Sparse LU factorisation of a simplex basis with Markowitz pivot selection and threshold
/// partial pivoting, and the Forrest-Tomlin update after each basis change.
/// References: Suhl & Suhl (1990), "Computing sparse LU factorizations for large-scale linear
/// programming bases", ORSA J. Computing 2(4) (Markowitz search over count lists); Forrest &
/// Tomlin (1972), "Updated triangular factors of the basis to maintain sparsity in the product
/// form simplex method", Math. Programming 2; Koberstein (2005), thesis "The dual simplex method,
/// techniques for a fast and stable implementation", sec. 5.1-5.3; Gilbert & Peierls (1988),
/// "Sparse partial pivoting in time proportional to arithmetic operations", SIAM J. Sci. Stat.
/// Comput. 9(5) (symbolic reach by depth-first search); Hall & McKinnon (2005), "Hyper-sparsity
/// in the revised simplex method and how to exploit it", Comput. Optim. Appl. 32 (when to use it).
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/options.hpp>

namespace foresight::optimize::lp::detail {

/// The factors of a basis B in product form, B^-1 = U^-1 R_k ... R_1 L^-1, where L is a sequence of
/// column etas from the factorisation, R_t are the row etas of the Forrest-Tomlin updates and U is
/// upper triangular up to a symmetric permutation. After `factorize`, basis position i has its
/// pivot in row i (the caller permutes its basis with `position_order`), so every vector below
/// is indexed by row = basis position and all solves work in place on dense arrays.
///
/// Each triangular stage (L, U in FTRAN; U', L' in BTRAN) runs either as a loop over every column
/// of the factor (dense path) or, when the right-hand side is sparse, as a Gilbert-Peierls solve:
/// a depth-first search over the factor's column (L, U) or row (U', L') structure finds the rows
/// the result can reach, and only those are processed, in topological order (hypersparse path).
/// `automatic` follows Hall & McKinnon (2005), hypersparse when the stage's input density and the
/// running average of its result densities are both below 10%, but only for the two solves that
/// are sparse on sparse models (the entering column and the pivot row of B^-1), and for the
/// stages other than U' of the pivot row only from `hyper_min_rows` rows on.
class basis_factor {
 public:
  using index = core::index;

  /// Relative threshold of the Markowitz pivot test: |a_pq| >= threshold * max_i |a_iq|.
  double pivot_threshold = 0.1;
  /// Entries below this magnitude are treated as zero pivots (singularity).
  double pivot_tolerance = 1e-11;
  /// Number of candidate rows/columns examined by the Markowitz search before choosing.
  int search_limit = 4;
  /// Dense, hypersparse, or chosen per stage (see the class comment).
  lu_solve_path solve_path = lu_solve_path::automatic;
  /// `automatic` takes the hypersparse path when the input density of a stage and the running
  /// average of its result densities are at most this (Hall & McKinnon 2005: 0.1).
  double hyper_density = 0.1;
  /// `automatic` considers the stages whose dense loop already skips zero entries (L and U of
  /// the entering column, L' of the pivot row) only from this many rows on; below it the
  /// symbolic search costs more than the loop it replaces (measured, docs/lp.md).
  index hyper_min_rows = 4000;

  /// Factorises the m x m basis whose column at position k is produced by
  /// `column(k, rows, values)` (appending its entries). Returns the number of positions that
  /// could not be pivoted (rank deficiency); those are listed in `singular_positions()`, paired
  /// with the unpivoted rows in `singular_rows()`. On return `position_order()[r]` is the
  /// original position whose column is pivoted in row r (for the pivoted rows).
  template <typename ColumnFn>
  index factorize(index m, ColumnFn&& column) {
    m_ = m;
    load(column);
    markowitz();
    build_factors();
    return static_cast<index>(singular_positions_.size());
  }

  /// Original basis position now associated with row r (see `factorize`).
  [[nodiscard]] const std::vector<index>& position_order() const noexcept { return pos_of_row_; }
  /// Positions that could not be pivoted in the last factorisation.
  [[nodiscard]] const std::vector<index>& singular_positions() const noexcept {
    return singular_positions_;
  }
  /// Rows left without a pivot in the last factorisation.
  [[nodiscard]] const std::vector<index>& singular_rows() const noexcept { return singular_rows_; }
  /// Forrest-Tomlin updates since the last factorisation.
  [[nodiscard]] index num_updates() const noexcept { return static_cast<index>(r_row_.size()); }
  /// Nonzeros in L, U and the row etas.
  [[nodiscard]] index num_nonzeros() const noexcept {
    return static_cast<index>(l_index_.size() + u_live_ + r_index_.size());
  }
  /// Nonzeros of L and U right after the last factorisation.
  [[nodiscard]] index factor_nonzeros() const noexcept { return factor_nonzeros_; }

  /// Solves B x = b in place (b indexed by row, x by position = row). With `save_spike` the
  /// partially transformed vector needed by `update` is kept. `pattern`, when given, lists every
  /// row where b may be nonzero (saves a scan on the hypersparse path).
  void ftran(std::vector<double>& b, bool save_spike = false,
             const std::vector<index>* pattern = nullptr) {
    const bool adaptive = is_adaptive(save_spike);
    const std::size_t ch = save_spike ? ftran_column : ftran_other;
    start_pattern(adaptive ? pattern : nullptr);
    run_stage(b, ch, adaptive, &basis_factor::hyper_l, &basis_factor::apply_l);
    apply_r_tracked(b);
    if (save_spike)
      keep(b, spike_, spike_nz_, spike_nz_valid_);
    run_stage(b, ch + 1, adaptive, &basis_factor::hyper_u, &basis_factor::apply_u);
  }

  /// Solves B' y = e in place. With `save_partial` (e a unit vector e_r) the U-part result
  /// needed by `update` is kept. `pattern` as for `ftran`.
  void btran(std::vector<double>& b, bool save_partial = false,
             const std::vector<index>* pattern = nullptr) {
    const bool adaptive = is_adaptive(save_partial);
    const std::size_t ch = save_partial ? btran_row : btran_other;
    start_pattern(adaptive ? pattern : nullptr);
    run_stage(b, ch, adaptive, &basis_factor::hyper_ut, &basis_factor::apply_ut);
    if (save_partial)
      keep(b, partial_, partial_nz_, partial_nz_valid_);
    apply_rt_tracked(b);
    run_stage(b, ch + 1, adaptive, &basis_factor::hyper_lt, &basis_factor::apply_lt);
  }

  /// Triangular stages run on the hypersparse path (not counted on the forced dense path).
  [[nodiscard]] index hyper_stages() const noexcept { return hyper_stages_; }
  /// Triangular stages run on either path (not counted on the forced dense path).
  [[nodiscard]] index stages() const noexcept { return stages_; }

  /// Forrest-Tomlin update: position `r` receives the column whose `ftran(.., true)` was the
  /// last saved spike, using the last `btran(e_r, true)`; `alpha_r` is the pivot (component r
  /// of the ftran result). Returns false when the new diagonal disagrees with alpha_r * u_old
  /// (numerical trouble: refactorise).
  bool update(index r, double alpha_r) {
    const index s_old = slot_of_row_[static_cast<std::size_t>(r)];
    const double u_old = diag_[static_cast<std::size_t>(s_old)];
    // Row eta: eliminate row r of U against the rows below it in the triangular order
    // (Forrest & Tomlin 1972); the multipliers are -u_old * (U^-T e_r)_i.
    const auto eta_start = static_cast<index>(r_index_.size());
    double new_diag = spike_[static_cast<std::size_t>(r)];
    const auto add_multiplier = [&](index i) {
      const double z = partial_[static_cast<std::size_t>(i)];
      if (i == r || z == 0.0)
        return;
      const double mult = -z * u_old;
      if (std::abs(mult) < 1e-14)
        return;
      r_index_.push_back(i);
      r_value_.push_back(mult);
      new_diag -= mult * spike_[static_cast<std::size_t>(i)];
    };
    // The hypersparse path knows where the saved vectors can be nonzero.
    if (partial_nz_valid_) {
      for (const index i : partial_nz_)
        add_multiplier(i);
    } else {
      for (index i = 0; i < m_; ++i)
        add_multiplier(i);
    }
    r_row_.push_back(r);
    r_start_.push_back(eta_start);
    r_end_.push_back(static_cast<index>(r_index_.size()));
    // Row r disappears from every U column; the old column disappears entirely.
    auto& slots = u_row_slots_[static_cast<std::size_t>(r)];
    u_row_vals_[static_cast<std::size_t>(r)].clear();
    for (const index s : slots) {
      const auto ss = static_cast<std::size_t>(s);
      if (!alive_[ss] || s == s_old)
        continue;
      const index beg = u_start_[ss];
      index& len = u_len_[ss];
      for (index k = beg; k < beg + len; ++k) {
        if (u_index_[static_cast<std::size_t>(k)] == r) {
          u_index_[static_cast<std::size_t>(k)] = u_index_[static_cast<std::size_t>(beg + len - 1)];
          u_value_[static_cast<std::size_t>(k)] = u_value_[static_cast<std::size_t>(beg + len - 1)];
          --len;
          --u_live_;
          break;
        }
      }
    }
    slots.clear();
    alive_[static_cast<std::size_t>(s_old)] = 0;
    u_live_ -= u_len_[static_cast<std::size_t>(s_old)];
    // New last column of U: the spike, with pivot new_diag in row r.
    const auto s_new = static_cast<index>(diag_.size());
    u_start_.push_back(static_cast<index>(u_index_.size()));
    index len = 0;
    const auto add_entry = [&](index i) {
      const double v = spike_[static_cast<std::size_t>(i)];
      if (i == r || std::abs(v) < 1e-14)
        return;
      u_index_.push_back(i);
      u_value_.push_back(v);
      u_row_slots_[static_cast<std::size_t>(i)].push_back(s_new);
      u_row_vals_[static_cast<std::size_t>(i)].push_back(v);
      ++len;
    };
    if (spike_nz_valid_) {
      for (const index i : spike_nz_)
        add_entry(i);
    } else {
      for (index i = 0; i < m_; ++i)
        add_entry(i);
    }
    u_len_.push_back(len);
    u_live_ += len;
    diag_.push_back(new_diag);
    pivot_row_.push_back(r);
    alive_.push_back(1);
    order_.push_back(s_new);
    slot_of_row_[static_cast<std::size_t>(r)] = s_new;
    // det(U') = det(U) * alpha_r, so new_diag must equal alpha_r * u_old.
    const double expect = alpha_r * u_old;
    return std::abs(new_diag - expect) <= 1e-7 * std::max(std::abs(expect), std::abs(new_diag)) &&
           std::abs(new_diag) > pivot_tolerance;
  }

 private:
  // ------------------------------------------------------------------ solves
  void apply_l(std::vector<double>& b) const {
    const std::size_t ne = l_pivot_.size();
    for (std::size_t k = 0; k < ne; ++k) {
      const double x = b[static_cast<std::size_t>(l_pivot_[k])];
      if (x == 0.0)
        continue;
      for (index p = l_start_[k]; p < l_start_[k + 1]; ++p)
        b[static_cast<std::size_t>(l_index_[static_cast<std::size_t>(p)])] -=
            l_value_[static_cast<std::size_t>(p)] * x;
    }
  }
  void apply_lt(std::vector<double>& b) const {
    for (std::size_t k = l_pivot_.size(); k-- > 0;) {
      double s = 0;
      for (index p = l_start_[k]; p < l_start_[k + 1]; ++p)
        s += l_value_[static_cast<std::size_t>(p)] *
             b[static_cast<std::size_t>(l_index_[static_cast<std::size_t>(p)])];
      b[static_cast<std::size_t>(l_pivot_[k])] -= s;
    }
  }
  void apply_r(std::vector<double>& b) const {
    for (std::size_t t = 0; t < r_row_.size(); ++t) {
      double s = 0;
      for (index p = r_start_[t]; p < r_end_[t]; ++p)
        s += r_value_[static_cast<std::size_t>(p)] *
             b[static_cast<std::size_t>(r_index_[static_cast<std::size_t>(p)])];
      b[static_cast<std::size_t>(r_row_[t])] -= s;
    }
  }
  void apply_rt(std::vector<double>& b) const {
    for (std::size_t t = r_row_.size(); t-- > 0;) {
      const double x = b[static_cast<std::size_t>(r_row_[t])];
      if (x == 0.0)
        continue;
      for (index p = r_start_[t]; p < r_end_[t]; ++p)
        b[static_cast<std::size_t>(r_index_[static_cast<std::size_t>(p)])] -=
            r_value_[static_cast<std::size_t>(p)] * x;
    }
  }
  // Divides by the pivot of U column (slot) s and eliminates the column from b.
  void eliminate_u_column(std::vector<double>& b, std::size_t s) const {
    const auto row = static_cast<std::size_t>(pivot_row_[s]);
    if (b[row] == 0.0)
      return;
    const double x = b[row] / diag_[s];
    b[row] = x;
    const index beg = u_start_[s];
    const index end = beg + u_len_[s];
    for (index p = beg; p < end; ++p)
      b[static_cast<std::size_t>(u_index_[static_cast<std::size_t>(p)])] -=
          u_value_[static_cast<std::size_t>(p)] * x;
  }
  void apply_u(std::vector<double>& b) const {
    for (std::size_t t = order_.size(); t-- > 0;) {
      const auto s = static_cast<std::size_t>(order_[t]);
      if (alive_[s])
        eliminate_u_column(b, s);
    }
  }
  void apply_ut(std::vector<double>& b) const {
    for (std::size_t t = 0; t < order_.size(); ++t) {
      const auto s = static_cast<std::size_t>(order_[t]);
      if (!alive_[s])
        continue;
      const auto row = static_cast<std::size_t>(pivot_row_[s]);
      double v = b[row];
      const index beg = u_start_[s];
      const index end = beg + u_len_[s];
      for (index p = beg; p < end; ++p)
        v -= u_value_[static_cast<std::size_t>(p)] *
             b[static_cast<std::size_t>(u_index_[static_cast<std::size_t>(p)])];
      b[row] = v == 0.0 ? 0.0 : v / diag_[s];
    }
  }

  // ------------------------------------------------------- hypersparse solves
  // Channels of the running density averages: the entering column and the pivot row of B^-1 are
  // sparse on sparse models, the other solves (tau of steepest edge, x_B, y) less so. Each
  // channel has two stages (L then U in FTRAN, U' then L' in BTRAN).
  static constexpr std::size_t ftran_column = 0;
  static constexpr std::size_t ftran_other = 2;
  static constexpr std::size_t btran_row = 4;
  static constexpr std::size_t btran_other = 6;

  // Whether a solve may take the hypersparse path: forced, or automatic for the entering column
  // and the pivot row (the solves whose vectors `update` keeps); the other solves (x_B, y, tau
  // of steepest edge) are denser and measured slower.
  [[nodiscard]] bool is_adaptive(bool saved) const noexcept {
    return solve_path == lu_solve_path::hypersparse ||
           (solve_path == lu_solve_path::automatic && saved);
  }

  // One triangular stage, on the path take_hyper chooses when adaptive, then its density.
  template <typename Hyper, typename Dense>
  void run_stage(std::vector<double>& b, std::size_t stage, bool adaptive, Hyper hyper,
                 Dense dense) {
    if (adaptive && take_hyper(b, stage)) {
      (this->*hyper)(b);
    } else {
      (this->*dense)(b);
      nz_valid_ = false;
    }
    if (adaptive)
      record_density(b, stage);
  }

  // Keeps b for the next update, with its nonzero rows when they are known.
  void keep(const std::vector<double>& b, std::vector<double>& v, std::vector<index>& nz,
            bool& nz_valid) {
    v = b;
    nz_valid = nz_valid_;
    if (nz_valid_)
      nz = nz_;
  }

  // nz_ = the rows where b is nonzero (branch-free).
  void scan_nonzeros(const std::vector<double>& b) {
    nz_.resize(static_cast<std::size_t>(m_));
    std::size_t k = 0;
    for (index i = 0; i < m_; ++i) {
      nz_[k] = i;
      k += b[static_cast<std::size_t>(i)] != 0.0 ? 1 : 0;
    }
    nz_.resize(k);
    nz_valid_ = true;
  }

  // nz_ = the caller's pattern when given; otherwise unknown until a stage needs it.
  void start_pattern(const std::vector<index>* pattern) {
    nz_valid_ = pattern != nullptr;
    if (nz_valid_)
      nz_.assign(pattern->begin(), pattern->end());
  }

  // Number of nonzeros of b.
  [[nodiscard]] std::size_t count_nonzeros(const std::vector<double>& b) const {
    std::size_t n = 0;
    for (const double v : b)
      n += v != 0.0 ? 1 : 0;
    return n;
  }

  // Hall & McKinnon (2005): hypersparse when the results of this stage have been sparse on
  // average and the input is sparse (counted only when the average allows). On the hypersparse
  // path nz_ lists the nonzeros of b on return.
  [[nodiscard]] bool take_hyper(const std::vector<double>& b, std::size_t stage) {
    ++stages_;
    bool hyper = solve_path == lu_solve_path::hypersparse;
    // Automatic: the U' stage of the pivot row replaces a dot product over all of U; the other
    // stages replace a loop that already skips zeros, which pays only on large bases.
    const bool eligible =
        stage == btran_row ||
        ((stage == ftran_column || stage == ftran_column + 1 || stage == btran_row + 1) &&
         m_ >= hyper_min_rows);
    if (!hyper && eligible && expected_density_[stage] <= hyper_density) {
      const std::size_t count = nz_valid_ ? nz_.size() : count_nonzeros(b);
      hyper = static_cast<double>(count) <= hyper_density * static_cast<double>(m_);
    }
    if (hyper && !nz_valid_)
      scan_nonzeros(b);
    hyper_stages_ += hyper ? 1 : 0;
    return hyper;
  }

  // Running average of the result density of a stage (weight 0.05 on the newest, as in HiGHS).
  // A valid nz_ is trimmed to the nonzeros; otherwise they are counted now and then.
  void record_density(const std::vector<double>& b, std::size_t stage) {
    std::size_t count = 0;
    if (nz_valid_) {
      for (const index i : nz_) {
        if (b[static_cast<std::size_t>(i)] != 0.0)
          nz_[count++] = i;
      }
      nz_.resize(count);
    } else {
      // After a dense stage only every 8th result is counted: the scan would cost as much as
      // the work saved on small models.
      if ((++dense_records_[stage] & 7U) != 0)
        return;
      count = count_nonzeros(b);
    }
    const double density = m_ > 0 ? static_cast<double>(count) / static_cast<double>(m_) : 0.0;
    expected_density_[stage] = 0.95 * expected_density_[stage] + 0.05 * density;
  }

  // Depth-first search from the rows in nz_ over the graph whose edges from row p are
  // target(p, e) for e in [0, degree(p)) (target < 0: no edge). On return reach_ lists every
  // row reached in postorder, so that reading it backwards is a topological order
  // (Gilbert & Peierls 1988). Iterative, with an explicit stack.
  template <typename Degree, typename Target>
  void symbolic_reach(Degree degree, Target target) {
    if (++visit_epoch_ == 0) {
      std::fill(visited_.begin(), visited_.end(), 0);
      visit_epoch_ = 1;
    }
    const auto m = static_cast<std::size_t>(m_);
    reach_.resize(m);
    stack_node_.resize(m);
    stack_pos_.resize(m);
    std::size_t found = 0;
    for (const index start : nz_) {
      if (visited_[static_cast<std::size_t>(start)] == visit_epoch_)
        continue;
      visited_[static_cast<std::size_t>(start)] = visit_epoch_;
      std::size_t top = 0;
      stack_node_[0] = start;
      stack_pos_[0] = 0;
      for (;;) {
        const index node = stack_node_[top];
        const index deg = degree(node);
        index e = stack_pos_[top];
        index next = -1;
        while (e < deg) {
          const index t = target(node, e++);
          if (t >= 0 && visited_[static_cast<std::size_t>(t)] != visit_epoch_) {
            next = t;
            break;
          }
        }
        stack_pos_[top] = e;
        if (next >= 0) {
          visited_[static_cast<std::size_t>(next)] = visit_epoch_;
          ++top;
          stack_node_[top] = next;
          stack_pos_[top] = 0;
        } else {
          reach_[found++] = node;
          if (top == 0)
            break;
          --top;
        }
      }
    }
    reach_.resize(found);
  }

  // The reach (a superset of the result's nonzeros) becomes nz_.
  void take_reach() {
    nz_.assign(reach_.begin(), reach_.end());
    nz_valid_ = true;
  }

  // L x = b and L' y = b over the reach, for a factor stored by rows of the graph: the edges
  // from row i are target[q] for q in [begin[i], end[i]), with the multiplier value[q]
  // (L: from a pivot row to the rows of its eta; L': from a row to the pivot rows of the etas
  // with an entry in it).
  void hyper_scatter(std::vector<double>& b, const index* begin, const index* end,
                     const std::vector<index>& target, const std::vector<double>& value) {
    symbolic_reach(
        [&](index i) { return end[i] - begin[i]; },
        [&](index i, index e) { return target[static_cast<std::size_t>(begin[i] + e)]; });
    for (std::size_t t = reach_.size(); t-- > 0;) {
      const index i = reach_[t];
      const double x = b[static_cast<std::size_t>(i)];
      if (x == 0.0)
        continue;
      for (index q = begin[i]; q < end[i]; ++q)
        b[static_cast<std::size_t>(target[static_cast<std::size_t>(q)])] -=
            value[static_cast<std::size_t>(q)] * x;
    }
    take_reach();
  }
  void hyper_l(std::vector<double>& b) {
    hyper_scatter(b, l_row_begin_.data(), l_row_end_.data(), l_index_, l_value_);
  }
  void hyper_lt(std::vector<double>& b) {
    hyper_scatter(b, lt_start_.data(), lt_start_.data() + 1, lt_pivot_, lt_value_);
  }

  // U x = b over the reach: edges from a pivot row to the rows of its (live) U column.
  void hyper_u(std::vector<double>& b) {
    symbolic_reach(
        [this](index p) {
          return u_len_[static_cast<std::size_t>(slot_of_row_[static_cast<std::size_t>(p)])];
        },
        [this](index p, index e) {
          const auto s = static_cast<std::size_t>(slot_of_row_[static_cast<std::size_t>(p)]);
          return u_index_[static_cast<std::size_t>(u_start_[s] + e)];
        });
    for (std::size_t t = reach_.size(); t-- > 0;)
      eliminate_u_column(
          b, static_cast<std::size_t>(slot_of_row_[static_cast<std::size_t>(reach_[t])]));
    take_reach();
  }

  // U' y = b over the reach, by rows of U: edges from row p to the pivot rows of the live
  // columns with an entry in row p.
  void hyper_ut(std::vector<double>& b) {
    symbolic_reach(
        [this](index p) {
          return static_cast<index>(u_row_slots_[static_cast<std::size_t>(p)].size());
        },
        [this](index p, index e) {
          const auto s = static_cast<std::size_t>(
              u_row_slots_[static_cast<std::size_t>(p)][static_cast<std::size_t>(e)]);
          return alive_[s] ? pivot_row_[s] : index{-1};
        });
    for (std::size_t t = reach_.size(); t-- > 0;) {
      const auto row = static_cast<std::size_t>(reach_[t]);
      if (b[row] == 0.0)
        continue;
      const double x = b[row] / diag_[static_cast<std::size_t>(slot_of_row_[row])];
      b[row] = x;
      const auto& slots = u_row_slots_[row];
      const auto& vals = u_row_vals_[row];
      for (std::size_t e = 0; e < slots.size(); ++e) {
        const auto s = static_cast<std::size_t>(slots[e]);
        if (alive_[s])
          b[static_cast<std::size_t>(pivot_row_[s])] -= vals[e] * x;
      }
    }
    take_reach();
  }

  // The row etas change only their pivot rows (FTRAN) or their index rows (BTRAN); these keep
  // nz_ a superset of the nonzeros when it is valid.
  void apply_r_tracked(std::vector<double>& b) {
    if (!nz_valid_) {
      apply_r(b);
      return;
    }
    for (const index i : nz_)
      nz_mark_[static_cast<std::size_t>(i)] = 1;
    for (std::size_t t = 0; t < r_row_.size(); ++t) {
      double s = 0;
      for (index p = r_start_[t]; p < r_end_[t]; ++p)
        s += r_value_[static_cast<std::size_t>(p)] *
             b[static_cast<std::size_t>(r_index_[static_cast<std::size_t>(p)])];
      const auto r = static_cast<std::size_t>(r_row_[t]);
      b[r] -= s;
      if (b[r] != 0.0 && nz_mark_[r] == 0) {
        nz_mark_[r] = 1;
        nz_.push_back(r_row_[t]);
      }
    }
    for (const index i : nz_)
      nz_mark_[static_cast<std::size_t>(i)] = 0;
  }
  void apply_rt_tracked(std::vector<double>& b) {
    if (!nz_valid_) {
      apply_rt(b);
      return;
    }
    for (const index i : nz_)
      nz_mark_[static_cast<std::size_t>(i)] = 1;
    for (std::size_t t = r_row_.size(); t-- > 0;) {
      const double x = b[static_cast<std::size_t>(r_row_[t])];
      if (x == 0.0)
        continue;
      for (index p = r_start_[t]; p < r_end_[t]; ++p) {
        const index i = r_index_[static_cast<std::size_t>(p)];
        const auto si = static_cast<std::size_t>(i);
        b[si] -= r_value_[static_cast<std::size_t>(p)] * x;
        if (nz_mark_[si] == 0) {
          nz_mark_[si] = 1;
          nz_.push_back(i);
        }
      }
    }
    for (const index i : nz_)
      nz_mark_[static_cast<std::size_t>(i)] = 0;
  }

  // ----------------------------------------------------------- factorisation
  template <typename ColumnFn>
  void load(ColumnFn& column) {
    const auto m = static_cast<std::size_t>(m_);
    col_rows_.resize(m);
    col_vals_.resize(m);
    row_cols_.resize(m);
    u_pending_rows_.resize(m);
    u_pending_vals_.resize(m);
    for (std::size_t k = 0; k < m; ++k) {
      col_rows_[k].clear();
      col_vals_[k].clear();
      row_cols_[k].clear();
      u_pending_rows_[k].clear();
      u_pending_vals_[k].clear();
    }
    // Collect the columns once; unit columns (logicals) are pivoted at once, before the
    // Markowitz phase, so they never enter the active submatrix (their rows' entries in other
    // columns go straight to U).
    flat_start_.assign(1, 0);
    flat_rows_.clear();
    flat_vals_.clear();
    for (index k = 0; k < m_; ++k) {
      column(k, flat_rows_, flat_vals_);
      flat_start_.push_back(static_cast<index>(flat_rows_.size()));
    }
    unit_pos_.assign(m, -1);
    for (index k = 0; k < m_; ++k) {
      const auto b = static_cast<std::size_t>(flat_start_[static_cast<std::size_t>(k)]);
      const auto e = static_cast<std::size_t>(flat_start_[static_cast<std::size_t>(k + 1)]);
      if (e - b == 1 && flat_vals_[b] == 1.0 &&
          unit_pos_[static_cast<std::size_t>(flat_rows_[b])] < 0)
        unit_pos_[static_cast<std::size_t>(flat_rows_[b])] = k;
    }
    row_done_.assign(m, 0);
    col_done_.assign(m, 0);
    piv_row_.clear();
    piv_col_.clear();
    piv_val_.clear();
    for (index i = 0; i < m_; ++i) {
      const index k = unit_pos_[static_cast<std::size_t>(i)];
      if (k < 0)
        continue;
      row_done_[static_cast<std::size_t>(i)] = 1;
      col_done_[static_cast<std::size_t>(k)] = 1;
      piv_row_.push_back(i);
      piv_col_.push_back(k);
      piv_val_.push_back(1.0);
    }
    for (index k = 0; k < m_; ++k) {
      if (col_done_[static_cast<std::size_t>(k)])
        continue;
      auto& rows = col_rows_[static_cast<std::size_t>(k)];
      auto& vals = col_vals_[static_cast<std::size_t>(k)];
      for (auto p = flat_start_[static_cast<std::size_t>(k)];
           p < flat_start_[static_cast<std::size_t>(k + 1)]; ++p) {
        const index i = flat_rows_[static_cast<std::size_t>(p)];
        const double v = flat_vals_[static_cast<std::size_t>(p)];
        if (row_done_[static_cast<std::size_t>(i)]) {
          u_pending_rows_[static_cast<std::size_t>(k)].push_back(i);
          u_pending_vals_[static_cast<std::size_t>(k)].push_back(v);
        } else {
          rows.push_back(i);
          vals.push_back(v);
          row_cols_[static_cast<std::size_t>(i)].push_back(k);
        }
      }
    }
    col_max_.assign(m, -1.0);
    mark_.assign(m, 0.0);
    in_l_.assign(m, 0);
    stamp_.assign(m, -1);
    l_pivot_.clear();
    l_start_.assign(1, 0);
    l_index_.clear();
    l_value_.clear();
    // Count lists (doubly linked, one per count value) for rows and columns.
    col_head_.assign(m + 2, -1);
    row_head_.assign(m + 2, -1);
    col_next_.assign(m, -1);
    col_prev_.assign(m, -1);
    row_next_.assign(m, -1);
    row_prev_.assign(m, -1);
    col_list_count_.assign(m, 0);
    row_list_count_.assign(m, 0);
    for (index k = 0; k < m_; ++k) {
      if (!col_done_[static_cast<std::size_t>(k)])
        link_col(k);
      if (!row_done_[static_cast<std::size_t>(k)])
        link_row(k);
    }
  }

  [[nodiscard]] index col_count(index j) const {
    return static_cast<index>(col_rows_[static_cast<std::size_t>(j)].size());
  }
  [[nodiscard]] index row_count(index i) const {
    return static_cast<index>(row_cols_[static_cast<std::size_t>(i)].size());
  }
  void link_col(index j) {
    const auto c = static_cast<std::size_t>(std::min(col_count(j), m_ + 1));
    const auto sj = static_cast<std::size_t>(j);
    col_prev_[sj] = -1;
    col_next_[sj] = col_head_[c];
    if (col_head_[c] >= 0)
      col_prev_[static_cast<std::size_t>(col_head_[c])] = j;
    col_head_[c] = j;
    col_list_count_[sj] = static_cast<index>(c);
  }
  void unlink_col(index j) {
    const auto sj = static_cast<std::size_t>(j);
    const auto c = static_cast<std::size_t>(col_list_count_[sj]);
    if (col_prev_[sj] >= 0) {
      col_next_[static_cast<std::size_t>(col_prev_[sj])] = col_next_[sj];
    } else {
      col_head_[c] = col_next_[sj];
    }
    if (col_next_[sj] >= 0)
      col_prev_[static_cast<std::size_t>(col_next_[sj])] = col_prev_[sj];
  }
  void link_row(index i) {
    const auto c = static_cast<std::size_t>(std::min(row_count(i), m_ + 1));
    const auto si = static_cast<std::size_t>(i);
    row_prev_[si] = -1;
    row_next_[si] = row_head_[c];
    if (row_head_[c] >= 0)
      row_prev_[static_cast<std::size_t>(row_head_[c])] = i;
    row_head_[c] = i;
    row_list_count_[si] = static_cast<index>(c);
  }
  void unlink_row(index i) {
    const auto si = static_cast<std::size_t>(i);
    const auto c = static_cast<std::size_t>(row_list_count_[si]);
    if (row_prev_[si] >= 0) {
      row_next_[static_cast<std::size_t>(row_prev_[si])] = row_next_[si];
    } else {
      row_head_[c] = row_next_[si];
    }
    if (row_next_[si] >= 0)
      row_prev_[static_cast<std::size_t>(row_next_[si])] = row_prev_[si];
  }

  double column_max(index j) {
    const auto sj = static_cast<std::size_t>(j);
    if (col_max_[sj] < 0) {
      double mx = 0;
      for (const double v : col_vals_[sj])
        mx = std::max(mx, std::abs(v));
      col_max_[sj] = mx;
    }
    return col_max_[sj];
  }

  double entry(index i, index j) const {
    const auto& rows = col_rows_[static_cast<std::size_t>(j)];
    for (std::size_t e = 0; e < rows.size(); ++e) {
      if (rows[e] == i)
        return col_vals_[static_cast<std::size_t>(j)][e];
    }
    return 0.0;
  }

  // Markowitz search (Suhl & Suhl 1990): columns, then rows, of increasing count; the cost of
  // a candidate (i, j) is (r_i - 1)(c_j - 1); threshold pivoting for stability.
  bool find_pivot(index& best_i, index& best_j) {
    double best_cost = std::numeric_limits<double>::infinity();
    double best_abs = 0;
    int examined = 0;
    best_i = -1;
    best_j = -1;
    const auto consider = [&](index i, index j, double v, double cost) {
      const double a = std::abs(v);
      if (a < pivot_tolerance || a < pivot_threshold * column_max(j))
        return;
      if (cost < best_cost || (cost == best_cost && a > best_abs)) {
        best_cost = cost;
        best_abs = a;
        best_i = i;
        best_j = j;
      }
    };
    for (index cnt = 1; cnt <= m_; ++cnt) {
      const auto c1 = static_cast<double>(cnt - 1);
      if (best_i >= 0 && best_cost <= c1 * c1)
        return true;
      for (index j = col_head_[static_cast<std::size_t>(cnt)]; j >= 0;
           j = col_next_[static_cast<std::size_t>(j)]) {
        const auto& rows = col_rows_[static_cast<std::size_t>(j)];
        const auto& vals = col_vals_[static_cast<std::size_t>(j)];
        for (std::size_t e = 0; e < rows.size(); ++e)
          consider(rows[e], j, vals[e], static_cast<double>(row_count(rows[e]) - 1) * c1);
        if (best_i >= 0 && (best_cost <= c1 * c1 || ++examined >= search_limit))
          return true;
      }
      for (index i = row_head_[static_cast<std::size_t>(cnt)]; i >= 0;
           i = row_next_[static_cast<std::size_t>(i)]) {
        for (const index j : row_cols_[static_cast<std::size_t>(i)])
          consider(i, j, entry(i, j), c1 * static_cast<double>(col_count(j) - 1));
        if (best_i >= 0 && (best_cost <= c1 * c1 || ++examined >= search_limit))
          return true;
      }
    }
    return best_i >= 0;
  }

  static void remove_value(std::vector<index>& v, index x) {
    for (std::size_t k = 0; k < v.size(); ++k) {
      if (v[k] == x) {
        v[k] = v.back();
        v.pop_back();
        return;
      }
    }
  }

  void markowitz() {
    index stamp = 0;
    std::vector<index>& touched_rows = touched_rows_;
    std::vector<index>& touched_all = touched_all_;
    for (auto step = static_cast<index>(piv_row_.size()); step < m_; ++step) {
      index p = -1;
      index q = -1;
      if (!find_pivot(p, q))
        break;
      const auto sp = static_cast<std::size_t>(p);
      const auto sq = static_cast<std::size_t>(q);
      const double pivot = entry(p, q);
      unlink_col(q);
      unlink_row(p);
      row_done_[sp] = 1;
      col_done_[sq] = 1;
      piv_row_.push_back(p);
      piv_col_.push_back(q);
      piv_val_.push_back(pivot);
      // L column: the other rows of the pivot column, as multipliers.
      touched_rows.clear();
      touched_all.clear();
      l_pivot_.push_back(p);
      {
        const auto& rows = col_rows_[sq];
        const auto& vals = col_vals_[sq];
        for (std::size_t e = 0; e < rows.size(); ++e) {
          const index i = rows[e];
          if (i == p)
            continue;
          unlink_row(i);
          remove_value(row_cols_[static_cast<std::size_t>(i)], q);
          touched_all.push_back(i);
          if (vals[e] == 0.0)
            continue;
          const double mult = vals[e] / pivot;
          l_index_.push_back(i);
          l_value_.push_back(mult);
          mark_[static_cast<std::size_t>(i)] = mult;
          in_l_[static_cast<std::size_t>(i)] = step + 1;
          touched_rows.push_back(i);
        }
      }
      l_start_.push_back(static_cast<index>(l_index_.size()));
      if (l_start_[l_start_.size() - 1] == l_start_[l_start_.size() - 2]) {
        l_pivot_.pop_back();  // empty eta
        l_start_.pop_back();
      }
      col_rows_[sq].clear();
      col_vals_[sq].clear();
      // U row p and the Schur complement update of the columns in row p.
      auto& prow = row_cols_[sp];
      remove_value(prow, q);
      for (const index j : prow) {
        const auto sj = static_cast<std::size_t>(j);
        unlink_col(j);
        auto& rows = col_rows_[sj];
        auto& vals = col_vals_[sj];
        double apj = 0;
        for (std::size_t e = 0; e < rows.size(); ++e) {
          if (rows[e] == p) {
            apj = vals[e];
            rows[e] = rows.back();
            vals[e] = vals.back();
            rows.pop_back();
            vals.pop_back();
            break;
          }
        }
        u_pending_rows_[sj].push_back(p);
        u_pending_vals_[sj].push_back(apj);
        col_max_[sj] = -1.0;
        if (!touched_rows.empty() && apj != 0.0) {
          ++stamp;
          for (std::size_t e = 0; e < rows.size(); ++e) {
            const auto si = static_cast<std::size_t>(rows[e]);
            if (in_l_[si] == step + 1) {
              vals[e] -= mark_[si] * apj;
              stamp_[si] = stamp;
            }
          }
          for (const index i : touched_rows) {
            const auto si = static_cast<std::size_t>(i);
            if (stamp_[si] == stamp)
              continue;
            const double fill = -mark_[si] * apj;
            rows.push_back(i);
            vals.push_back(fill);
            row_cols_[si].push_back(j);
          }
        }
        link_col(j);
      }
      prow.clear();
      for (const index i : touched_all)
        link_row(i);
    }
    // Rank deficiency: columns and rows left without a pivot.
    singular_positions_.clear();
    singular_rows_.clear();
    for (index k = 0; k < m_; ++k) {
      if (!col_done_[static_cast<std::size_t>(k)])
        singular_positions_.push_back(k);
      if (!row_done_[static_cast<std::size_t>(k)])
        singular_rows_.push_back(k);
    }
  }

  void build_factors() {
    const auto m = static_cast<std::size_t>(m_);
    // Pivot k pairs row piv_row_[k] with position piv_col_[k]; after the caller's
    // permutation, position piv_row_[k] holds that column. Unpivoted pairs get unit pivots so
    // that the caller can put logicals there.
    pos_of_row_.assign(m, -1);
    diag_.clear();
    pivot_row_.clear();
    alive_.clear();
    order_.clear();
    u_start_.clear();
    u_len_.clear();
    u_index_.clear();
    u_value_.clear();
    u_row_slots_.resize(m);
    for (auto& s : u_row_slots_)
      s.clear();
    u_row_vals_.resize(m);
    for (auto& v : u_row_vals_)
      v.clear();
    slot_of_row_.assign(m, -1);
    r_row_.clear();
    r_start_.clear();
    r_end_.clear();
    r_index_.clear();
    r_value_.clear();
    u_live_ = 0;
    for (std::size_t k = 0; k < piv_row_.size(); ++k) {
      const index row = piv_row_[k];
      const index pos = piv_col_[k];
      pos_of_row_[static_cast<std::size_t>(row)] = pos;
      add_slot(row, piv_val_[k], u_pending_rows_[static_cast<std::size_t>(pos)],
               u_pending_vals_[static_cast<std::size_t>(pos)]);
    }
    for (std::size_t k = 0; k < singular_rows_.size(); ++k) {
      const index row = singular_rows_[k];
      pos_of_row_[static_cast<std::size_t>(row)] = singular_positions_[k];
      // A logical will replace this column: unit pivot, and the row's U entries (from
      // earlier pivots in columns still unpivoted) are irrelevant because no pivoted column
      // has entries in an unpivoted row.
      static const std::vector<index> no_rows;
      static const std::vector<double> no_vals;
      add_slot(row, 1.0, no_rows, no_vals);
    }
    factor_nonzeros_ = static_cast<index>(l_index_.size()) + u_live_;
    build_hyper_structure();
  }

  // Row-wise copy of L (row i lists the etas with an entry in row i, by their pivot row), the
  // range of the eta of each pivot row (empty for the others), and fresh work arrays.
  void build_hyper_structure() {
    const auto m = static_cast<std::size_t>(m_);
    l_row_begin_.assign(m, 0);
    l_row_end_.assign(m, 0);
    lt_start_.assign(m + 1, 0);
    for (std::size_t k = 0; k < l_pivot_.size(); ++k) {
      l_row_begin_[static_cast<std::size_t>(l_pivot_[k])] = l_start_[k];
      l_row_end_[static_cast<std::size_t>(l_pivot_[k])] = l_start_[k + 1];
      for (index p = l_start_[k]; p < l_start_[k + 1]; ++p)
        ++lt_start_[static_cast<std::size_t>(l_index_[static_cast<std::size_t>(p)]) + 1];
    }
    for (std::size_t i = 0; i < m; ++i)
      lt_start_[i + 1] += lt_start_[i];
    lt_pivot_.resize(l_index_.size());
    lt_value_.resize(l_index_.size());
    std::vector<index>& fill = stack_pos_;
    fill.assign(lt_start_.begin(), lt_start_.end() - 1);
    for (std::size_t k = 0; k < l_pivot_.size(); ++k) {
      for (index p = l_start_[k]; p < l_start_[k + 1]; ++p) {
        const auto i = static_cast<std::size_t>(l_index_[static_cast<std::size_t>(p)]);
        const auto q = static_cast<std::size_t>(fill[i]++);
        lt_pivot_[q] = l_pivot_[k];
        lt_value_[q] = l_value_[static_cast<std::size_t>(p)];
      }
    }
    visited_.assign(m, 0);
    visit_epoch_ = 0;
    nz_mark_.assign(m, 0);
    nz_.clear();
    nz_valid_ = false;
  }

  void add_slot(index row, double pivot, const std::vector<index>& rows,
                const std::vector<double>& vals) {
    const auto s = static_cast<index>(diag_.size());
    u_start_.push_back(static_cast<index>(u_index_.size()));
    index len = 0;
    for (std::size_t e = 0; e < rows.size(); ++e) {
      if (vals[e] == 0.0)
        continue;
      u_index_.push_back(rows[e]);
      u_value_.push_back(vals[e]);
      u_row_slots_[static_cast<std::size_t>(rows[e])].push_back(s);
      u_row_vals_[static_cast<std::size_t>(rows[e])].push_back(vals[e]);
      ++len;
    }
    u_len_.push_back(len);
    diag_.push_back(pivot);
    pivot_row_.push_back(row);
    alive_.push_back(1);
    order_.push_back(s);
    slot_of_row_[static_cast<std::size_t>(row)] = s;
    u_live_ += len;
  }

  index m_ = 0;
  // Active submatrix during factorisation.
  std::vector<std::vector<index>> col_rows_;
  std::vector<std::vector<double>> col_vals_;
  std::vector<std::vector<index>> row_cols_;
  std::vector<std::vector<index>> u_pending_rows_;
  std::vector<std::vector<double>> u_pending_vals_;
  std::vector<double> col_max_;
  std::vector<double> mark_;
  std::vector<index> in_l_;
  std::vector<index> stamp_;
  std::vector<std::uint8_t> row_done_;
  std::vector<std::uint8_t> col_done_;
  std::vector<index> col_head_, col_next_, col_prev_, col_list_count_;
  std::vector<index> row_head_, row_next_, row_prev_, row_list_count_;
  std::vector<index> flat_start_, flat_rows_, unit_pos_, touched_rows_, touched_all_;
  std::vector<double> flat_vals_;
  std::vector<index> piv_row_, piv_col_;
  std::vector<double> piv_val_;
  std::vector<index> singular_positions_, singular_rows_;
  std::vector<index> pos_of_row_;
  // L: column etas in pivot order.
  std::vector<index> l_pivot_, l_start_, l_index_;
  std::vector<double> l_value_;
  // U: one slot per pivot (plus one per update), columns stored by slot.
  std::vector<double> diag_;
  std::vector<index> pivot_row_;
  std::vector<std::uint8_t> alive_;
  std::vector<index> order_;
  std::vector<index> u_start_, u_len_, u_index_;
  std::vector<double> u_value_;
  std::vector<std::vector<index>> u_row_slots_;
  std::vector<std::vector<double>> u_row_vals_;  // values of u_row_slots_ (row-wise U)
  std::vector<index> slot_of_row_;
  index u_live_ = 0;
  index factor_nonzeros_ = 0;
  // Row etas of the Forrest-Tomlin updates.
  std::vector<index> r_row_, r_start_, r_end_, r_index_;
  std::vector<double> r_value_;
  // Hypersparse path: the eta range of each pivot row, row-wise L, the DFS state, the nonzero list
  // of the vector being solved and the running result densities per channel and stage.
  std::vector<index> l_row_begin_, l_row_end_, lt_start_, lt_pivot_;
  std::vector<double> lt_value_;
  std::vector<std::uint32_t> visited_;
  std::uint32_t visit_epoch_ = 0;
  std::vector<index> stack_node_, stack_pos_, reach_, nz_;
  std::vector<std::uint8_t> nz_mark_;
  bool nz_valid_ = false;
  std::array<double, 8> expected_density_{};
  std::array<unsigned, 8> dense_records_{};
  index hyper_stages_ = 0;
  index stages_ = 0;
  // Saved vectors for the next update, and their nonzero rows when the hypersparse path knew
  // them.
  std::vector<double> spike_;
  std::vector<double> partial_;
  std::vector<index> spike_nz_, partial_nz_;
  bool spike_nz_valid_ = false;
  bool partial_nz_valid_ = false;
};

}  // namespace foresight::optimize::lp::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Bound propagation on linear rows: the minimum and maximum activity of a row over the current
/// box imply bounds on each of its variables, rounded for integers; repeated over the rows of
/// changed variables until nothing changes or a work limit is reached.
/// References: Savelsbergh (1994), "Preprocessing and probing techniques for mixed integer
/// programming problems", ORSA J. Computing 6(4), sec. 2 (bound improvement from activities);
/// Achterberg (2007), thesis "Constraint Integer Programming", sec. 7.1 (propagation of linear
/// constraints, infinite contributions counted apart).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

#include <foresight/optimize/mip/detail/problem.hpp>

namespace foresight::optimize::mip::detail {

/// Bound propagation over a row set; keeps its work arrays between calls.
class propagator {
 public:
  /// Tightens [lo, hi] using the rows of `rows` (column view `cv`); starts from the rows of
  /// the columns in `seeds`, or from every row when `all`. At most `max_row_visits` rows are
  /// processed. Returns false when a row or a domain becomes empty (infeasible box). Columns
  /// whose bounds changed are appended to `changed` when it is not null.
  bool run(const row_set& rows, const column_view& cv, const std::vector<std::uint8_t>& integer,
           std::vector<double>& lo, std::vector<double>& hi, std::span<const index> seeds, bool all,
           index max_row_visits, std::vector<index>* changed = nullptr) {
    const index m = rows.size();
    if (to_index(queued_.size()) < m)
      queued_.resize(to_size(m), 0);
    queue_.clear();
    head_ = 0;
    if (all) {
      for (index i = 0; i < m; ++i)
        push(i);
    } else {
      for (const index j : seeds) {
        for (const index i : cv.rows(j))
          push(i);
      }
    }
    bool ok = true;
    index visits = 0;
    while (head_ < queue_.size()) {
      const index i = queue_[head_++];
      queued_[to_size(i)] = 0;
      if (!ok || visits >= max_row_visits)
        continue;
      ++visits;
      ok = propagate_row(rows, cv, integer, i, lo, hi, changed);
    }
    return ok;
  }

 private:
  void push(index i) {
    if (queued_[to_size(i)] != 0)
      return;
    queued_[to_size(i)] = 1;
    queue_.push_back(i);
  }

  // Propagates row i; pushes the rows of tightened columns. False on infeasibility.
  bool propagate_row(const row_set& rows, const column_view& cv,
                     const std::vector<std::uint8_t>& integer, index i, std::vector<double>& lo,
                     std::vector<double>& hi, std::vector<index>* changed) {
    const double rl = rows.lo[to_size(i)];
    const double ru = rows.hi[to_size(i)];
    activity a = row_activity(rows, i, lo, hi);
    // Magnitude of the terms, for tolerances that follow cancellation in the sums.
    const auto c = rows.cols(i);
    const auto v = rows.vals(i);
    double scale =
        std::max(std::abs(std::isfinite(rl) ? rl : 0.0), std::abs(std::isfinite(ru) ? ru : 0.0));
    for (std::size_t k = 0; k < c.size(); ++k) {
      const auto sj = to_size(c[k]);
      const double b = std::max(std::isfinite(lo[sj]) ? std::abs(lo[sj]) : 0.0,
                                std::isfinite(hi[sj]) ? std::abs(hi[sj]) : 0.0);
      scale = std::max(scale, std::abs(v[k]) * b);
    }
    const double feas = 1e-6 * std::max(1.0, 1e-3 * scale);
    if (std::isfinite(ru) && a.min_inf == 0 && a.min > ru + feas)
      return false;
    if (std::isfinite(rl) && a.max_inf == 0 && a.max < rl - feas)
      return false;
    // Nothing to derive when neither side can bind.
    const bool upper_useful = std::isfinite(ru) && a.min_inf <= 1;
    const bool lower_useful = std::isfinite(rl) && a.max_inf <= 1;
    if (!upper_useful && !lower_useful)
      return true;
    for (std::size_t k = 0; k < c.size(); ++k) {
      const index j = c[k];
      const auto sj = to_size(j);
      const double coef = v[k];
      if (std::abs(coef) < 1e-9)
        continue;
      const double l = lo[sj];
      const double u = hi[sj];
      // Rest of the minimum (maximum) activity without column j, when finite.
      const double jmin = coef > 0 ? l : u;  // bound giving j's minimal contribution
      const double jmax = coef > 0 ? u : l;
      double new_lo = l;
      double new_hi = u;
      if (std::isfinite(ru)) {
        double rest = 0;
        bool finite = false;
        if (a.min_inf == 0) {
          rest = a.min - coef * jmin;
          finite = true;
        } else if (a.min_inf == 1 && std::isinf(jmin)) {
          rest = a.min;
          finite = true;
        }
        if (finite) {
          const double bound = (ru - rest) / coef;  // coef * x_j <= ru - rest
          if (coef > 0) {
            new_hi = std::min(new_hi, bound);
          } else {
            new_lo = std::max(new_lo, bound);
          }
        }
      }
      if (std::isfinite(rl)) {
        double rest = 0;
        bool finite = false;
        if (a.max_inf == 0) {
          rest = a.max - coef * jmax;
          finite = true;
        } else if (a.max_inf == 1 && std::isinf(jmax)) {
          rest = a.max;
          finite = true;
        }
        if (finite) {
          const double bound = (rl - rest) / coef;  // coef * x_j >= rl - rest
          if (coef > 0) {
            new_lo = std::max(new_lo, bound);
          } else {
            new_hi = std::min(new_hi, bound);
          }
        }
      }
      const double eps = 1e-9 * scale / std::abs(coef) + 1e-9;
      bool tightened = false;
      if (integer[sj] != 0) {
        new_hi = std::floor(new_hi + 1e-6 + eps);
        new_lo = std::ceil(new_lo - 1e-6 - eps);
        if (new_lo > new_hi)
          return false;
        if (new_hi < u) {
          hi[sj] = new_hi;
          tightened = true;
        }
        if (new_lo > l) {
          lo[sj] = new_lo;
          tightened = true;
        }
      } else {
        // Continuous: relaxed by the tolerance, kept only for a clear improvement.
        new_hi += eps + 1e-9 * std::abs(new_hi);
        new_lo -= eps + 1e-9 * std::abs(new_lo);
        if (new_lo > new_hi + 1e-6 * std::max(1.0, std::abs(new_hi)))
          return false;
        const double width = std::isfinite(u - l) ? u - l : inf;
        const double min_step = 1e-3 * std::max(1.0, std::isfinite(width) ? width : 1.0);
        if (new_hi < u - min_step && new_hi >= l) {
          hi[sj] = new_hi;
          tightened = true;
        }
        if (new_lo > l + min_step && new_lo <= hi[sj]) {
          lo[sj] = new_lo;
          tightened = true;
        }
      }
      if (!tightened)
        continue;
      if (changed != nullptr)
        changed->push_back(j);
      // Keep the activity of this row consistent with the new bounds.
      update_activity(a, coef, l, u, lo[sj], hi[sj]);
      for (const index r : cv.rows(j)) {
        if (r != i)
          push(r);
      }
    }
    return true;
  }

  static void update_activity(activity& a, double coef, double l0, double u0, double l1,
                              double u1) {
    const auto move = [](double& sum, index& count, double old_b, double new_b, double c) {
      if (std::isinf(old_b)) {
        --count;
      } else {
        sum -= c * old_b;
      }
      if (std::isinf(new_b)) {
        ++count;
      } else {
        sum += c * new_b;
      }
    };
    if (coef > 0) {
      move(a.min, a.min_inf, l0, l1, coef);
      move(a.max, a.max_inf, u0, u1, coef);
    } else {
      move(a.min, a.min_inf, u0, u1, coef);
      move(a.max, a.max_inf, l0, l1, coef);
    }
  }

  std::vector<std::uint8_t> queued_;
  std::vector<index> queue_;
  std::size_t head_ = 0;
};

}  // namespace foresight::optimize::mip::detail

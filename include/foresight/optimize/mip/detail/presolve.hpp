// SPDX-License-Identifier: Apache-2.0
/// \file
/// MIP presolve that keeps the columns: bound propagation to a fixed point, singleton rows
/// turned into bounds, redundant rows removed, and coefficient tightening of one-sided rows on
/// binary columns. Solutions of the reduced problem are solutions of the original one.
/// References: Savelsbergh (1994), "Preprocessing and probing techniques for mixed integer
/// programming problems", ORSA J. Computing 6(4), sec. 1-3 (bound improvement, coefficient
/// reduction); Achterberg (2007), thesis, sec. 10.1 (coefficient tightening).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <foresight/optimize/mip/detail/problem.hpp>
#include <foresight/optimize/mip/detail/propagation.hpp>

namespace foresight::optimize::mip::detail {

/// Counts of presolve reductions.
struct presolve_stats {
  index bound_changes = 0;
  index coefficient_changes = 0;
  index rows_removed = 0;
};

/// True when column j of `p` is binary (integer with bounds within [0, 1]).
[[nodiscard]] inline bool is_binary(const problem& p, index j) {
  return p.is_int(j) && p.lo[to_size(j)] >= 0 && p.hi[to_size(j)] <= 1;
}

/// Coefficient tightening of row i written as `a'x <= b` (sign = +1) or `-a'x <= -rl`
/// (sign = -1): for a binary x_k whose one value makes the row redundant, the coefficient (and
/// the bound) shrink so that the LP relaxation is tighter while the integer points stay the same
/// (Savelsbergh 1994, sec. 3). Returns the number of changed coefficients.
inline index tighten_coefficients(problem& p, index i, double sign) {
  const auto si = to_size(i);
  double b = sign > 0 ? p.rows.hi[si] : -p.rows.lo[si];
  // Maximum activity of the row in <= form.
  double maxact = 0;
  const index beg = p.rows.start[si];
  const index end = p.rows.start[si + 1];
  for (index k = beg; k < end; ++k) {
    const auto sk = to_size(k);
    const double a = sign * p.rows.val[sk];
    const auto sj = to_size(p.rows.col[sk]);
    const double bnd = a > 0 ? p.hi[sj] : p.lo[sj];
    if (!std::isfinite(bnd))
      return 0;
    maxact += a * bnd;
  }
  if (maxact <= b + 1e-9 * std::max(1.0, std::abs(b)))
    return 0;  // redundant; removed elsewhere
  index changed = 0;
  for (index k = beg; k < end; ++k) {
    const auto sk = to_size(k);
    const index j = p.rows.col[sk];
    if (!is_binary(p, j) || p.lo[to_size(j)] == p.hi[to_size(j)])
      continue;
    const double a = sign * p.rows.val[sk];
    if (a > 0) {
      const double d = b - (maxact - a);  // > 0: x_j = 0 makes the row redundant
      if (d > 1e-7 * std::max(1.0, std::abs(a)) && d < a) {
        p.rows.val[sk] = sign * (a - d);
        b -= d;
        maxact -= d;
        ++changed;
      }
    } else if (a < 0) {
      const double d = b - (maxact + a);  // > 0: x_j = 1 makes the row redundant
      if (d > 1e-7 * std::max(1.0, std::abs(a)) && d < -a) {
        p.rows.val[sk] = sign * (a + d);
        ++changed;
      }
    }
  }
  if (sign > 0) {
    p.rows.hi[si] = b;
  } else {
    p.rows.lo[si] = -b;
  }
  return changed;
}

/// Rounds of propagation, singleton rows, redundant rows and coefficient tightening.
/// Returns false when the problem is infeasible.
inline bool reduce(problem& p, presolve_stats& stats) {
  propagator prop;
  column_view cv;
  for (int pass = 0; pass < 8; ++pass) {
    cv.build(p.rows, p.n);
    if (!prop.run(p.rows, cv, p.integer, p.lo, p.hi, {}, true, 50 * p.rows.size() + 1000))
      return false;
    index changes = 0;
    std::vector<std::uint8_t> keep(to_size(p.rows.size()), 1);
    for (index i = 0; i < p.rows.size(); ++i) {
      const auto si = to_size(i);
      const auto c = p.rows.cols(i);
      const auto v = p.rows.vals(i);
      const double rl = p.rows.lo[si];
      const double ru = p.rows.hi[si];
      if (c.empty()) {
        if (rl > 1e-9 || ru < -1e-9)
          return false;
        keep[si] = 0;
        continue;
      }
      if (c.size() == 1) {
        // Singleton row: a bound on its column.
        const auto sj = to_size(c[0]);
        const double a = v[0];
        double l = a > 0 ? rl / a : ru / a;
        double u = a > 0 ? ru / a : rl / a;
        if (p.integer[sj] != 0) {
          l = std::ceil(l - 1e-9);
          u = std::floor(u + 1e-9);
        }
        const double nl = std::max(p.lo[sj], l);
        const double nu = std::min(p.hi[sj], u);
        if (nl > nu + 1e-9 * std::max(1.0, std::abs(nu)))
          return false;
        p.lo[sj] = nl;
        p.hi[sj] = std::max(nl, nu);
        keep[si] = 0;
        ++changes;
        continue;
      }
      const activity a = row_activity(p.rows, i, p.lo, p.hi);
      const bool lower_redundant = !std::isfinite(rl) || (a.min_inf == 0 && a.min >= rl);
      const bool upper_redundant = !std::isfinite(ru) || (a.max_inf == 0 && a.max <= ru);
      if (lower_redundant && upper_redundant) {
        keep[si] = 0;
        ++changes;
        continue;
      }
      // A redundant side of a ranged row is dropped, so the row becomes one-sided.
      if (lower_redundant && std::isfinite(rl)) {
        p.rows.lo[si] = -inf;
      } else if (upper_redundant && std::isfinite(ru)) {
        p.rows.hi[si] = inf;
      }
      if (std::isfinite(p.rows.hi[si]) && !std::isfinite(p.rows.lo[si])) {
        const index t = tighten_coefficients(p, i, 1.0);
        stats.coefficient_changes += t;
        changes += t;
      } else if (std::isfinite(p.rows.lo[si]) && !std::isfinite(p.rows.hi[si])) {
        const index t = tighten_coefficients(p, i, -1.0);
        stats.coefficient_changes += t;
        changes += t;
      }
    }
    const index before = p.rows.size();
    p.rows.compact(keep);
    stats.rows_removed += before - p.rows.size();
    if (changes == 0)
      break;
  }
  return true;
}

/// Maximum activity of row i without column `skip`, over [lo, hi] (+inf when unbounded), for
/// the row written as `sign * a'x <= .`.
[[nodiscard]] inline double max_rest(const problem& p, index i, double sign, index skip,
                                     const std::vector<double>& lo, const std::vector<double>& hi) {
  double m = 0;
  const auto c = p.rows.cols(i);
  const auto v = p.rows.vals(i);
  for (std::size_t k = 0; k < c.size(); ++k) {
    if (c[k] == skip)
      continue;
    const double a = sign * v[k];
    const double b = a > 0 ? hi[to_size(c[k])] : lo[to_size(c[k])];
    if (!std::isfinite(b))
      return inf;
    m += a * b;
  }
  return m;
}

/// Probing on binary columns (Savelsbergh 1994, sec. 4): each binary is fixed to 0 and to 1
/// and the bounds propagated. A side that is infeasible fixes the binary; bounds implied by both
/// sides hold globally; and a one-sided row `rest + a_y y <= b` gets the tighter equivalent
/// `rest + a_y' y <= b'` with b' = min(b, M0) and b' - a_y' = min(b - a_y, M1), where M0 and M1
/// bound the rest of the row when y = 0 and y = 1 (probing-based coefficient improvement).
/// `max_visits` limits the propagation work. Returns false when the problem is infeasible.
inline bool probe(problem& p, presolve_stats& stats, index max_visits) {
  propagator prop;
  column_view cv;
  cv.build(p.rows, p.n);
  std::vector<double> lo0;
  std::vector<double> hi0;
  std::vector<double> lo1;
  std::vector<double> hi1;
  index visits = 0;
  for (index y = 0; y < p.n && visits < max_visits; ++y) {
    const auto sy = to_size(y);
    if (!is_binary(p, y) || p.lo[sy] == p.hi[sy])
      continue;
    const index seed[1] = {y};
    const index budget = 20 * to_index(cv.rows(y).size()) + 200;
    visits += 2 * budget;
    lo0 = p.lo;
    hi0 = p.hi;
    hi0[sy] = 0;
    const bool ok0 = prop.run(p.rows, cv, p.integer, lo0, hi0, seed, false, budget);
    lo1 = p.lo;
    hi1 = p.hi;
    lo1[sy] = 1;
    const bool ok1 = prop.run(p.rows, cv, p.integer, lo1, hi1, seed, false, budget);
    if (!ok0 && !ok1)
      return false;
    if (!ok0 || !ok1) {
      p.lo = ok0 ? lo0 : lo1;
      p.hi = ok0 ? hi0 : hi1;
      ++stats.bound_changes;
      continue;
    }
    for (index j = 0; j < p.n; ++j) {
      const auto sj = to_size(j);
      const double l = std::min(lo0[sj], lo1[sj]);
      const double u = std::max(hi0[sj], hi1[sj]);
      if (l > p.lo[sj] + 1e-9 * std::max(1.0, std::abs(l)) && l <= p.hi[sj]) {
        p.lo[sj] = l;
        ++stats.bound_changes;
      }
      if (u < p.hi[sj] - 1e-9 * std::max(1.0, std::abs(u)) && u >= p.lo[sj]) {
        p.hi[sj] = u;
        ++stats.bound_changes;
      }
    }
    // Coefficient improvement on the one-sided rows of y.
    for (const index i : cv.rows(y)) {
      const auto si = to_size(i);
      const bool upper = std::isfinite(p.rows.hi[si]);
      const bool lower = std::isfinite(p.rows.lo[si]);
      if (upper == lower)
        continue;
      const double sign = upper ? 1.0 : -1.0;
      const double b = upper ? p.rows.hi[si] : -p.rows.lo[si];
      std::size_t ky = 0;
      const auto c = p.rows.cols(i);
      while (ky < c.size() && c[ky] != y)
        ++ky;
      const auto pos = to_size(p.rows.start[si]) + ky;
      const double ay = sign * p.rows.val[pos];
      const double m0 = max_rest(p, i, sign, y, lo0, hi0);
      const double m1 = max_rest(p, i, sign, y, lo1, hi1);
      const double b_new = std::min(b, m0);
      const double ay_new = b_new - std::min(b - ay, m1);
      const double scale = std::max({1.0, std::abs(b), std::abs(ay)});
      if (!std::isfinite(b_new) || !std::isfinite(ay_new) ||
          (b - b_new <= 1e-6 * scale && std::abs(ay_new - ay) <= 1e-6 * scale))
        continue;
      p.rows.val[pos] = sign * ay_new;
      if (upper) {
        p.rows.hi[si] = b_new;
      } else {
        p.rows.lo[si] = -b_new;
      }
      ++stats.coefficient_changes;
    }
  }
  return true;
}

/// Presolves `p` in place: reductions, probing on binaries, reductions again. Returns false
/// when the problem is infeasible.
inline bool presolve(problem& p, presolve_stats& stats) {
  const std::vector<double> lo0 = p.lo;
  const std::vector<double> hi0 = p.hi;
  if (!reduce(p, stats))
    return false;
  const index changes = stats.coefficient_changes;
  if (!probe(p, stats, 200 * (p.rows.size() + p.n) + 10000))
    return false;
  if (stats.coefficient_changes > changes && !reduce(p, stats))
    return false;
  stats.bound_changes = 0;
  for (index j = 0; j < p.n; ++j) {
    const auto sj = to_size(j);
    stats.bound_changes += (p.lo[sj] != lo0[sj] ? 1 : 0) + (p.hi[sj] != hi0[sj] ? 1 : 0);
  }
  return true;
}

}  // namespace foresight::optimize::mip::detail

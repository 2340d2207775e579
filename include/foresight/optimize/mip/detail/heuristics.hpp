// SPDX-License-Identifier: Apache-2.0
/// \file
/// Primal heuristics that need no LP: rounding of an LP solution that keeps every row
/// satisfied.
/// References: Achterberg (2007), thesis, sec. 9.1.2-9.1.3 (simple rounding and rounding: a
/// fractional value is rounded in a direction that keeps all rows feasible).
#pragma once

#include <cmath>
#include <optional>
#include <vector>

#include <foresight/optimize/mip/detail/problem.hpp>

namespace foresight::optimize::mip::detail {

/// Row activities of x.
[[nodiscard]] inline std::vector<double> activities(const row_set& rows,
                                                    const std::vector<double>& x) {
  std::vector<double> act(to_size(rows.size()), 0.0);
  for (index i = 0; i < rows.size(); ++i) {
    const auto c = rows.cols(i);
    const auto v = rows.vals(i);
    double s = 0;
    for (std::size_t k = 0; k < c.size(); ++k)
      s += v[k] * x[to_size(c[k])];
    act[to_size(i)] = s;
  }
  return act;
}

/// Rounds each fractional integer value of x up or down, whichever keeps all its rows within
/// their bounds (the cheaper one when both do); nothing when some value cannot be rounded.
[[nodiscard]] inline std::optional<std::vector<double>> simple_rounding(
    const problem& p, const column_view& cv, const std::vector<double>& x,
    const std::vector<double>& lo, const std::vector<double>& hi, double int_tol) {
  std::vector<double> y = x;
  std::vector<double> act = activities(p.rows, x);
  const auto fits = [&](index j, double delta) {
    const auto r = cv.rows(j);
    const auto v = cv.vals(j);
    for (std::size_t k = 0; k < r.size(); ++k) {
      const auto si = to_size(r[k]);
      const double a = act[si] + v[k] * delta;
      const double rl = p.rows.lo[si];
      const double ru = p.rows.hi[si];
      if (a > ru + 1e-6 * std::max(1.0, std::abs(ru)) && v[k] * delta > 0)
        return false;
      if (a < rl - 1e-6 * std::max(1.0, std::abs(rl)) && v[k] * delta < 0)
        return false;
    }
    return true;
  };
  for (index j = 0; j < p.n; ++j) {
    const auto sj = to_size(j);
    if (!p.is_int(j))
      continue;
    const double v = y[sj];
    if (std::abs(v - std::round(v)) <= int_tol) {
      y[sj] = std::round(v);
      continue;
    }
    const double down = std::floor(v);
    const double up = std::ceil(v);
    const bool can_down = down >= lo[sj] && fits(j, down - v);
    const bool can_up = up <= hi[sj] && fits(j, up - v);
    double target = 0;
    if (can_down && can_up) {
      target = p.cost[sj] * (down - v) <= p.cost[sj] * (up - v) ? down : up;
    } else if (can_down) {
      target = down;
    } else if (can_up) {
      target = up;
    } else {
      return std::nullopt;
    }
    const auto r = cv.rows(j);
    const auto cvv = cv.vals(j);
    for (std::size_t k = 0; k < r.size(); ++k)
      act[to_size(r[k])] += cvv[k] * (target - v);
    y[sj] = target;
  }
  return y;
}

}  // namespace foresight::optimize::mip::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Checking a point against a mixed-integer model: the largest violation of its bounds, rows and
/// integrality, e.g. to verify a solution or a plan edited by hand.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/model.hpp>

namespace foresight::optimize::mip {

/// Largest violation of the point x (one value per column) in the model m: bound and row
/// violations relative to max(1, |bound|), and for integer columns the distance to the nearest
/// integer. 0 for a feasible integral point.
/// Throws: dimension_mismatch if x has the wrong length; invalid_input for a non-finite value.
/// Example: `if (mip::max_violation(m, r.x) > 1e-6) reject(r);`
[[nodiscard]] inline double max_violation(const lp::model& m, std::span<const double> x) {
  constexpr std::string_view where = "mip::max_violation";
  core::detail::require_size(static_cast<core::index>(x.size()), m.num_cols(), where, "x");
  for (std::size_t j = 0; j < x.size(); ++j)
    core::detail::require(std::isfinite(x[j]), where, "x[", j, "] is ", x[j],
                          "; expected a finite number");
  const auto rel = [](double viol, double bound) {
    return std::isfinite(bound) ? viol / std::max(1.0, std::abs(bound)) : 0.0;
  };
  double worst = 0;
  for (core::index j = 0; j < m.num_cols(); ++j) {
    const auto sj = static_cast<std::size_t>(j);
    worst = std::max(worst, rel(m.col_lower()[sj] - x[sj], m.col_lower()[sj]));
    worst = std::max(worst, rel(x[sj] - m.col_upper()[sj], m.col_upper()[sj]));
    if (m.is_integer(j))
      worst = std::max(worst, std::abs(x[sj] - std::round(x[sj])));
  }
  std::vector<double> act(static_cast<std::size_t>(m.num_rows()), 0.0);
  for (core::index j = 0; j < m.num_cols(); ++j) {
    for (const auto& e : m.column(j))
      act[static_cast<std::size_t>(e.row)] += e.value * x[static_cast<std::size_t>(j)];
  }
  for (core::index i = 0; i < m.num_rows(); ++i) {
    const auto si = static_cast<std::size_t>(i);
    worst = std::max(worst, rel(m.row_lower()[si] - act[si], m.row_lower()[si]));
    worst = std::max(worst, rel(act[si] - m.row_upper()[si], m.row_upper()[si]));
  }
  return worst;
}

/// True when x satisfies the bounds, rows and integrality of m within `tolerance` (as measured
/// by `max_violation`). Throws: as `max_violation`; invalid_input for a negative tolerance.
/// Example: `CHECK(mip::is_feasible(m, r.x));`
[[nodiscard]] inline bool is_feasible(const lp::model& m, std::span<const double> x,
                                      double tolerance = 1e-6) {
  core::detail::require(tolerance >= 0, "mip::is_feasible", "tolerance is ", tolerance,
                        "; expected >= 0");
  return max_violation(m, x) <= tolerance;
}

}  // namespace foresight::optimize::mip

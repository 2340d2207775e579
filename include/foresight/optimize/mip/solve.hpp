// SPDX-License-Identifier: Apache-2.0
/// \file
/// `mip::solve`: branch and bound with cutting planes and primal heuristics on an `lp::model`
/// whose integer columns are marked (`variable_spec::integer`, MPS markers, BV/LI/UI bounds).
/// References: Land & Doig (1960); Achterberg (2007), thesis "Constraint Integer Programming".
#pragma once

#include <cmath>
#include <string_view>

#include <foresight/core/error.hpp>
#include <foresight/optimize/lp/model.hpp>
#include <foresight/optimize/mip/detail/search.hpp>
#include <foresight/optimize/mip/options.hpp>
#include <foresight/optimize/mip/result.hpp>

namespace foresight::optimize::mip {

namespace detail {

/// Checks the model for the MIP solver. Throws: invalid_input.
inline void validate_model(const lp::model& m) {
  constexpr std::string_view where = "mip::solve";
  const auto name = [&](core::index j) {
    const std::string& s = m.col_names()[static_cast<std::size_t>(j)];
    return s.empty() ? core::detail::concat("column ", j)
                     : core::detail::concat("column '", s, "'");
  };
  for (core::index j = 0; j < m.num_cols(); ++j) {
    const auto sj = static_cast<std::size_t>(j);
    const double l = m.col_lower()[sj];
    const double u = m.col_upper()[sj];
    core::detail::require(std::isfinite(m.cost()[sj]), where, "cost of ", name(j), " is ",
                          m.cost()[sj], "; expected a finite number");
    core::detail::require(!std::isnan(l) && !std::isnan(u), where, "bounds of ", name(j), " are [",
                          l, ", ", u, "]; expected numbers");
    if (!m.is_integer(j))
      continue;
    core::detail::require(std::ceil(l) <= std::floor(u), where, "bounds [", l, ", ", u, "] of ",
                          name(j), " contain no integer; expected a non-empty integer domain");
    if (l >= 0 && u <= 1)
      core::detail::require((l == 0 || l == 1) && (u == 0 || u == 1), where, "binary ", name(j),
                            " has bounds [", l, ", ", u, "]; expected bounds 0 or 1");
  }
  for (core::index j = 0; j < m.num_cols(); ++j) {
    for (const lp::matrix_entry& e : m.column(j))
      core::detail::require(std::isfinite(e.value), where, "coefficient of ", name(j), " in row ",
                            e.row, " is ", e.value, "; expected a finite number");
  }
  for (core::index i = 0; i < m.num_rows(); ++i) {
    const auto si = static_cast<std::size_t>(i);
    core::detail::require(!std::isnan(m.row_lower()[si]) && !std::isnan(m.row_upper()[si]), where,
                          "bounds of row ", i, " are NaN; expected numbers");
  }
}

}  // namespace detail

/// Solves the mixed-integer program `m` (columns flagged integer must take integer values) by
/// branch and bound with cutting planes, propagation and primal heuristics.
/// Throws: invalid_input for bad options (see `mip::validate`), NaN data, an integer column
/// whose bounds contain no integer, or a binary column (integer, bounds within [0, 1]) with a
/// bound other than 0 or 1. Outcomes (optimal, infeasible, limits) are in `result::status`.
/// Example: `const mip::result r = mip::solve(m, {.time_limit = std::chrono::seconds{10}});`
///          `if (r.has_solution()) use(r.x, r.objective, r.best_bound, r.gap);`
[[nodiscard]] inline result solve(const lp::model& m, const options& opt = {}) {
  validate(opt);
  detail::validate_model(m);
  detail::search s(m, opt);
  return s.run();
}

}  // namespace foresight::optimize::mip

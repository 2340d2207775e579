// SPDX-License-Identifier: Apache-2.0
/// \file
/// ABC classification by value (Pareto cut-offs on the cumulative share), XYZ classification by
/// the coefficient of variation of demand, and the combined 3 x 3 class matrix.
/// References: Silver, Pyke & Thomas (2017), Inventory and Production Management in Supply
/// Chains, 4th ed., section 2.4 (ABC by annual dollar usage); Scholz-Reiter et al. (2012),
/// "Analysis and classification of demand patterns" (XYZ by coefficient of variation).
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <concepts>
#include <numeric>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/inventory/detail/validate.hpp>

namespace foresight::inventory {

/// ABC class: A = the few items making most of the value.
enum class abc_class : int { a = 0, b = 1, c = 2 };

/// Name of an ABC class, "A", "B" or "C".
[[nodiscard]] constexpr std::string_view to_string(abc_class k) noexcept {
  switch (k) {
    case abc_class::a:
      return "A";
    case abc_class::b:
      return "B";
    case abc_class::c:
      return "C";
  }
  return "unknown";
}

/// XYZ class: X = steady demand, Z = erratic demand.
enum class xyz_class : int { x = 0, y = 1, z = 2 };

/// Name of an XYZ class, "X", "Y" or "Z".
[[nodiscard]] constexpr std::string_view to_string(xyz_class k) noexcept {
  switch (k) {
    case xyz_class::x:
      return "X";
    case xyz_class::y:
      return "Y";
    case xyz_class::z:
      return "Z";
  }
  return "unknown";
}

/// ABC cut-offs on the cumulative value share.
template <std::floating_point Scalar = double>
struct abc_options {
  /// Items whose preceding cumulative share is below this are A (in (0, 1); default 0.8).
  Scalar a_share = Scalar(0.8);
  /// Remaining items whose preceding cumulative share is below this are B (in (a_share, 1)).
  Scalar b_share = Scalar(0.95);
};

/// XYZ cut-offs on the coefficient of variation.
template <std::floating_point Scalar = double>
struct xyz_options {
  /// Items with CV <= this are X (> 0; default 0.5).
  Scalar x_limit = Scalar(0.5);
  /// Remaining items with CV <= this are Y (> x_limit; default 1.0); the rest are Z.
  Scalar y_limit = Scalar(1.0);
};

/// Throws invalid_input unless 0 < a_share < b_share < 1.
/// Example: `inventory::validate(inventory::abc_options<double>{.a_share = 0.7, .b_share = 0.9});`
template <std::floating_point Scalar>
void validate(const abc_options<Scalar>& options) {
  constexpr std::string_view where = "inventory::validate(abc_options)";
  detail::require_probability(options.a_share, where, "a_share");
  detail::require_probability(options.b_share, where, "b_share");
  core::detail::require(options.a_share < options.b_share, where, "a_share is ", options.a_share,
                        "; expected a_share < b_share (", options.b_share, ")");
}

/// Throws invalid_input unless 0 < x_limit < y_limit.
/// Example: `inventory::validate(inventory::xyz_options<double>{.x_limit = 0.25, .y_limit = 0.5});`
template <std::floating_point Scalar>
void validate(const xyz_options<Scalar>& options) {
  constexpr std::string_view where = "inventory::validate(xyz_options)";
  detail::require_positive(options.x_limit, where, "x_limit");
  detail::require_positive(options.y_limit, where, "y_limit");
  core::detail::require(options.x_limit < options.y_limit, where, "x_limit is ", options.x_limit,
                        "; expected x_limit < y_limit (", options.y_limit, ")");
}

/// ABC classification of items by value.
template <std::floating_point Scalar = double>
struct abc_result {
  /// Class of each item, in input order.
  std::vector<abc_class> classes;
  /// Each item's value share of the total.
  std::vector<Scalar> share;
  /// Cumulative share up to and including each item in descending-value order (input order).
  std::vector<Scalar> cumulative_share;
};

/// ABC classification: items sorted by value (descending; ties by input order) are A while the
/// cumulative share of the items before them is below `a_share` (so the item crossing the cut-off
/// is A), then B below `b_share`, then C.
/// Throws: invalid_input if a value is negative or not finite, all values are 0, or the cut-offs
/// are not 0 < a_share < b_share < 1.
/// Example: `auto abc = inventory::classify_abc<double>(annual_value, {.a_share = 0.8, .b_share =
/// 0.95});`
template <std::floating_point Scalar>
[[nodiscard]] abc_result<Scalar> classify_abc(const Eigen::Ref<const core::vector<Scalar>>& value,
                                              const abc_options<Scalar>& options = {}) {
  constexpr std::string_view where = "inventory::classify_abc";
  validate(options);
  const auto n = static_cast<std::size_t>(value.size());
  double total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Scalar v = value[static_cast<core::index>(i)];
    core::detail::require(std::isfinite(v) && v >= 0, where, "value[", i, "] is ", v,
                          "; expected a finite value >= 0");
    total += static_cast<double>(v);
  }
  core::detail::require(total > 0, where, "values sum to 0; expected a positive total");
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return value[static_cast<core::index>(a)] > value[static_cast<core::index>(b)];
  });
  abc_result<Scalar> r;
  r.classes.resize(n);
  r.share.resize(n);
  r.cumulative_share.resize(n);
  double before = 0;
  for (const std::size_t i : order) {
    const double s = static_cast<double>(value[static_cast<core::index>(i)]) / total;
    r.classes[i] = before < static_cast<double>(options.a_share)   ? abc_class::a
                   : before < static_cast<double>(options.b_share) ? abc_class::b
                                                                   : abc_class::c;
    before += s;
    r.share[i] = static_cast<Scalar>(s);
    r.cumulative_share[i] = static_cast<Scalar>(before);
  }
  return r;
}

/// Coefficient of variation (sample sd with n - 1, over the mean) of each column of `demand`
/// (periods x items); +infinity for an item with zero mean demand.
/// Throws: invalid_input if there are fewer than 2 periods or a value is not finite.
/// Example: `core::vector<double> cv = inventory::coefficient_of_variation<double>(history);`
template <std::floating_point Scalar>
[[nodiscard]] core::vector<Scalar> coefficient_of_variation(
    const Eigen::Ref<const core::matrix<Scalar>>& demand) {
  constexpr std::string_view where = "inventory::coefficient_of_variation";
  core::detail::require(demand.rows() >= 2, where, "demand has ", demand.rows(),
                        " periods; expected at least 2");
  core::detail::require(demand.allFinite(), where,
                        "demand has a NaN or infinite value; expected finite values");
  core::vector<Scalar> cv(demand.cols());
  for (core::index j = 0; j < demand.cols(); ++j) {
    const Scalar m = demand.col(j).mean();
    const Scalar ss = (demand.col(j).array() - m).square().sum();
    const Scalar sd = std::sqrt(ss / static_cast<Scalar>(demand.rows() - 1));
    cv[j] = m > 0 ? sd / m : std::numeric_limits<Scalar>::infinity();
  }
  return cv;
}

/// XYZ classification by coefficient of variation: X if cv <= x_limit, Y if <= y_limit, else Z.
/// Throws: invalid_input if a cv is NaN or negative, or the limits are not 0 < x_limit < y_limit.
/// Example: `auto xyz = inventory::classify_xyz<double>(cv);`
template <std::floating_point Scalar>
[[nodiscard]] std::vector<xyz_class> classify_xyz(const Eigen::Ref<const core::vector<Scalar>>& cv,
                                                  const xyz_options<Scalar>& options = {}) {
  constexpr std::string_view where = "inventory::classify_xyz";
  validate(options);
  std::vector<xyz_class> out(static_cast<std::size_t>(cv.size()));
  for (core::index i = 0; i < cv.size(); ++i) {
    core::detail::require(!std::isnan(cv[i]) && cv[i] >= 0, where, "cv[", i, "] is ", cv[i],
                          "; expected a value >= 0");
    out[static_cast<std::size_t>(i)] = cv[i] <= options.x_limit   ? xyz_class::x
                                       : cv[i] <= options.y_limit ? xyz_class::y
                                                                  : xyz_class::z;
  }
  return out;
}

/// Number of items in each ABC x XYZ cell: counts[abc][xyz] (rows A, B, C; columns X, Y, Z).
/// Throws: dimension_mismatch if the two class lists differ in length.
/// Example: `auto m = inventory::class_matrix(abc.classes, xyz);  // m[0][0]: AX items`
[[nodiscard]] inline std::array<std::array<core::index, 3>, 3> class_matrix(
    const std::vector<abc_class>& abc, const std::vector<xyz_class>& xyz) {
  core::detail::require_size(xyz.size(), abc.size(), "inventory::class_matrix", "xyz");
  std::array<std::array<core::index, 3>, 3> m{};
  for (std::size_t i = 0; i < abc.size(); ++i)
    ++m[static_cast<std::size_t>(abc[i])][static_cast<std::size_t>(xyz[i])];
  return m;
}

}  // namespace foresight::inventory

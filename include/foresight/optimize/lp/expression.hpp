// SPDX-License-Identifier: Apache-2.0
/// \file
/// Readable model building: variable handles, linear expressions and constraints, so that a small
/// model reads `m.add_constraint(2 * x + y <= 10, "capacity")`.
#pragma once

#include <limits>
#include <utility>
#include <vector>

#include <foresight/core/types.hpp>

namespace foresight::optimize::lp {

/// Positive infinity: the bound of an unbounded side (`upper = lp::infinity`).
inline constexpr double infinity = std::numeric_limits<double>::infinity();

/// Handle of a model variable (its column index); obtained from `model::add_variable`.
struct variable {
  /// Column index in the model, 0-based.
  core::index id = -1;
};

/// A linear expression `sum coefficients[k] * x[ids[k]] + constant`; repeated ids add up.
struct linear_expression {
  /// Column indices of the terms (repeats allowed; they are summed when the model stores them).
  std::vector<core::index> ids{};
  /// Coefficient of each term, same length as `ids`.
  std::vector<double> coefficients{};
  /// Constant term.
  double constant = 0;
};

/// A constraint `lower <= sum coefficients[k] * x[ids[k]] <= upper` (the expression's constant
/// has been moved into the bounds); built by the comparison operators below.
struct linear_constraint {
  /// The left-hand side without its constant.
  linear_expression expression{};
  /// Lower bound (`-lp::infinity` when absent).
  double lower = -infinity;
  /// Upper bound (`lp::infinity` when absent).
  double upper = infinity;
};

/// The expression `1 * v`.
[[nodiscard]] inline linear_expression to_expression(variable v) {
  return {.ids = {v.id}, .coefficients = {1.0}, .constant = 0};
}

/// The constant expression `c`.
[[nodiscard]] inline linear_expression to_expression(double c) {
  return {.ids = {}, .coefficients = {}, .constant = c};
}

/// `a + b`.
[[nodiscard]] inline linear_expression operator+(linear_expression a, const linear_expression& b) {
  a.ids.insert(a.ids.end(), b.ids.begin(), b.ids.end());
  a.coefficients.insert(a.coefficients.end(), b.coefficients.begin(), b.coefficients.end());
  a.constant += b.constant;
  return a;
}

/// `s * a`.
[[nodiscard]] inline linear_expression operator*(double s, linear_expression a) {
  for (double& c : a.coefficients)
    c *= s;
  a.constant *= s;
  return a;
}

/// `a * s`.
[[nodiscard]] inline linear_expression operator*(linear_expression a, double s) {
  return s * std::move(a);
}
/// `s * v`.
[[nodiscard]] inline linear_expression operator*(double s, variable v) {
  return {.ids = {v.id}, .coefficients = {s}, .constant = 0};
}
/// `v * s`.
[[nodiscard]] inline linear_expression operator*(variable v, double s) {
  return s * v;
}
/// `a / s`.
[[nodiscard]] inline linear_expression operator/(linear_expression a, double s) {
  return (1.0 / s) * std::move(a);
}
/// `-a`.
[[nodiscard]] inline linear_expression operator-(linear_expression a) {
  return -1.0 * std::move(a);
}
/// `-v`.
[[nodiscard]] inline linear_expression operator-(variable v) {
  return -1.0 * v;
}
/// `a - b`.
[[nodiscard]] inline linear_expression operator-(linear_expression a, linear_expression b) {
  return std::move(a) + (-std::move(b));
}

// Mixed operands: variables and numbers promote to expressions.
/// `a + v`.
[[nodiscard]] inline linear_expression operator+(linear_expression a, variable v) {
  return std::move(a) + to_expression(v);
}
/// `v + a`.
[[nodiscard]] inline linear_expression operator+(variable v, linear_expression a) {
  return to_expression(v) + a;
}
/// `v + w`.
[[nodiscard]] inline linear_expression operator+(variable v, variable w) {
  return to_expression(v) + to_expression(w);
}
/// `a + c`.
[[nodiscard]] inline linear_expression operator+(linear_expression a, double c) {
  a.constant += c;
  return a;
}
/// `c + a`.
[[nodiscard]] inline linear_expression operator+(double c, linear_expression a) {
  return std::move(a) + c;
}
/// `v + c`.
[[nodiscard]] inline linear_expression operator+(variable v, double c) {
  return to_expression(v) + c;
}
/// `c + v`.
[[nodiscard]] inline linear_expression operator+(double c, variable v) {
  return to_expression(v) + c;
}
/// `a - v`.
[[nodiscard]] inline linear_expression operator-(linear_expression a, variable v) {
  return std::move(a) - to_expression(v);
}
/// `v - a`.
[[nodiscard]] inline linear_expression operator-(variable v, linear_expression a) {
  return to_expression(v) - std::move(a);
}
/// `v - w`.
[[nodiscard]] inline linear_expression operator-(variable v, variable w) {
  return to_expression(v) - to_expression(w);
}
/// `a - c`.
[[nodiscard]] inline linear_expression operator-(linear_expression a, double c) {
  a.constant -= c;
  return a;
}
/// `c - a`.
[[nodiscard]] inline linear_expression operator-(double c, linear_expression a) {
  return to_expression(c) - std::move(a);
}
/// `v - c`.
[[nodiscard]] inline linear_expression operator-(variable v, double c) {
  return to_expression(v) - c;
}
/// `c - v`.
[[nodiscard]] inline linear_expression operator-(double c, variable v) {
  return to_expression(c) - to_expression(v);
}

namespace detail {
/// `lower <= e <= upper` with e's constant moved into the bounds.
[[nodiscard]] inline linear_constraint make_constraint(linear_expression e, double lower,
                                                       double upper) {
  const double c = e.constant;
  e.constant = 0;
  return {.expression = std::move(e), .lower = lower - c, .upper = upper - c};
}
}  // namespace detail

/// `a <= b` as the constraint `a - b <= 0`.
[[nodiscard]] inline linear_constraint operator<=(linear_expression a, linear_expression b) {
  return detail::make_constraint(std::move(a) - std::move(b), -infinity, 0.0);
}
/// `a >= b` as the constraint `a - b >= 0`.
[[nodiscard]] inline linear_constraint operator>=(linear_expression a, linear_expression b) {
  return detail::make_constraint(std::move(a) - std::move(b), 0.0, infinity);
}
/// `a == b` as the constraint `a - b == 0`.
[[nodiscard]] inline linear_constraint operator==(linear_expression a, linear_expression b) {
  return detail::make_constraint(std::move(a) - std::move(b), 0.0, 0.0);
}
/// `a <= c`.
[[nodiscard]] inline linear_constraint operator<=(linear_expression a, double c) {
  return detail::make_constraint(std::move(a), -infinity, c);
}
/// `a >= c`.
[[nodiscard]] inline linear_constraint operator>=(linear_expression a, double c) {
  return detail::make_constraint(std::move(a), c, infinity);
}
/// `a == c`.
[[nodiscard]] inline linear_constraint operator==(linear_expression a, double c) {
  return detail::make_constraint(std::move(a), c, c);
}
/// `c <= a`.
[[nodiscard]] inline linear_constraint operator<=(double c, linear_expression a) {
  return std::move(a) >= c;
}
/// `c >= a`.
[[nodiscard]] inline linear_constraint operator>=(double c, linear_expression a) {
  return std::move(a) <= c;
}
/// `v <= c`.
[[nodiscard]] inline linear_constraint operator<=(variable v, double c) {
  return to_expression(v) <= c;
}
/// `v >= c`.
[[nodiscard]] inline linear_constraint operator>=(variable v, double c) {
  return to_expression(v) >= c;
}
/// `v == c`.
[[nodiscard]] inline linear_constraint operator==(variable v, double c) {
  return to_expression(v) == c;
}
/// `v <= a`.
[[nodiscard]] inline linear_constraint operator<=(variable v, linear_expression a) {
  return to_expression(v) <= std::move(a);
}
/// `v >= a`.
[[nodiscard]] inline linear_constraint operator>=(variable v, linear_expression a) {
  return to_expression(v) >= std::move(a);
}
/// `a <= v`.
[[nodiscard]] inline linear_constraint operator<=(linear_expression a, variable v) {
  return std::move(a) <= to_expression(v);
}
/// `a >= v`.
[[nodiscard]] inline linear_constraint operator>=(linear_expression a, variable v) {
  return std::move(a) >= to_expression(v);
}
/// `v <= w`.
[[nodiscard]] inline linear_constraint operator<=(variable v, variable w) {
  return to_expression(v) <= to_expression(w);
}
/// `v >= w`.
[[nodiscard]] inline linear_constraint operator>=(variable v, variable w) {
  return to_expression(v) >= to_expression(w);
}

/// The range constraint `lower <= e <= upper`.
[[nodiscard]] inline linear_constraint range(double lower, linear_expression e, double upper) {
  return detail::make_constraint(std::move(e), lower, upper);
}

}  // namespace foresight::optimize::lp

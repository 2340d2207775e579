// SPDX-License-Identifier: Apache-2.0
/// \file
/// Roots of a real polynomial (eigenvalues of its companion matrix), as used to check the
/// stationarity and invertibility of ARMA polynomials.
/// References: Edelman & Murakami (1995), "Polynomial roots from companion matrix eigenvalues",
/// Mathematics of Computation 64(210).
#pragma once

#include <complex>
#include <cstddef>
#include <string_view>
#include <vector>

#include <Eigen/Core>
#include <Eigen/Eigenvalues>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::stats {

/// Roots of c[0] + c[1] z + ... + c[n] z^n (coefficients in increasing degree; trailing zeros
/// are dropped). A constant polynomial has no roots.
/// Throws: invalid_input if a coefficient is not finite or all are zero; numerical_error if the
/// eigenvalue iteration fails.
/// Example: `auto z = stats::polynomial_roots({1.0, -0.5});  // {2}`
[[nodiscard]] inline std::vector<std::complex<double>> polynomial_roots(
    const std::vector<double>& c) {
  constexpr std::string_view where = "stats::polynomial_roots";
  for (const double v : c)
    core::detail::require_finite(v, where, "coefficient");
  std::size_t n = c.size();
  while (n > 0 && c[n - 1] == 0.0)
    --n;
  core::detail::require(n > 0, where, "all coefficients are zero; expected a non-zero polynomial");
  const auto degree = static_cast<core::index>(n) - 1;
  std::vector<std::complex<double>> roots;
  if (degree == 0)
    return roots;
  // Roots equal to zero (leading zero coefficients) are found exactly.
  core::index zeros = 0;
  while (c[static_cast<std::size_t>(zeros)] == 0.0)
    ++zeros;
  for (core::index i = 0; i < zeros; ++i)
    roots.emplace_back(0.0, 0.0);
  const core::index m = degree - zeros;
  if (m == 0)
    return roots;
  if (m == 1) {
    roots.emplace_back(-c[static_cast<std::size_t>(zeros)] / c[n - 1], 0.0);
    return roots;
  }
  core::matrix<double> companion = core::matrix<double>::Zero(m, m);
  const double lead = c[n - 1];
  for (core::index j = 0; j < m; ++j)
    companion(0, j) = -c[static_cast<std::size_t>(zeros + m - 1 - j)] / lead;
  for (core::index i = 1; i < m; ++i)
    companion(i, i - 1) = 1.0;
  const Eigen::EigenSolver<core::matrix<double>> es(companion, false);
  if (es.info() != Eigen::Success) {
    core::detail::raise<core::numerical_error>(where, "the eigenvalue iteration did not converge",
                                               "; expected a polynomial of moderate degree");
  }
  const auto& ev = es.eigenvalues();
  for (core::index i = 0; i < ev.size(); ++i)
    roots.push_back(ev[i]);
  return roots;
}

}  // namespace foresight::stats

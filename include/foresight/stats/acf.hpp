// SPDX-License-Identifier: Apache-2.0
/// \file
/// Sample autocorrelation function of a series (missing values skipped pairwise).
/// References: Box, Jenkins, Reinsel & Ljung (2015), Time Series Analysis, 5th ed., eq. 2.1.12.
#pragma once

#include <cmath>
#include <concepts>
#include <limits>
#include <string_view>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::stats {

/// Autocorrelations r_0 = 1, r_1, ..., r_max_lag of `x`, as R's `acf(x, na.action = na.pass)`:
/// r_k = c_k / c_0 with c_k = Σ_t (x_t - x̄)(x_{t+k} - x̄) / (m_k + k), where the sum and m_k
/// run over the m_k pairs without a missing value (NaN) and x̄ is the mean of the non-missing
/// values (so c_k is the usual (1/n) Σ when nothing is missing); clamped to [-1, 1].
/// Throws: invalid_input if max_lag < 0 or fewer than two values are present, or the series is
/// constant.
/// Example: `core::vector<double> r = stats::acf<double>(x, 10);`
template <std::floating_point Scalar>
[[nodiscard]] core::vector<Scalar> acf(const Eigen::Ref<const core::vector<Scalar>>& x,
                                       core::index max_lag) {
  constexpr std::string_view where = "stats::acf";
  core::detail::require(max_lag >= 0, where, "max_lag is ", max_lag, "; expected >= 0");
  const core::index n = x.size();
  core::index present = 0;
  double sum = 0;
  for (core::index i = 0; i < n; ++i) {
    core::detail::require(!std::isinf(x[i]), where, "value ", i,
                          " is infinite; expected finite "
                          "values or NaN (missing)");
    if (!std::isnan(x[i])) {
      ++present;
      sum += static_cast<double>(x[i]);
    }
  }
  core::detail::require(present >= 2, where, "x has ", present,
                        " non-missing values; expected at least 2");
  const double mean = sum / static_cast<double>(present);
  core::vector<Scalar> out(max_lag + 1);
  double c0 = 0;
  for (core::index k = 0; k <= max_lag; ++k) {
    double c = 0;
    core::index pairs = 0;
    for (core::index t = 0; t + k < n; ++t) {
      if (!std::isnan(x[t]) && !std::isnan(x[t + k])) {
        c += (static_cast<double>(x[t]) - mean) * (static_cast<double>(x[t + k]) - mean);
        ++pairs;
      }
    }
    // R's acf0: the lag-k sum over (pairs + k), NaN when no pair is complete.
    c = pairs > 0 ? c / static_cast<double>(pairs + k) : std::numeric_limits<double>::quiet_NaN();
    if (k == 0) {
      c0 = c;
      core::detail::require(c0 > 0, where, "x is constant; expected a series that varies");
    }
    const double r = c / c0;
    out[k] = static_cast<Scalar>(r > 1 ? 1.0 : (r < -1 ? -1.0 : r));
  }
  return out;
}

}  // namespace foresight::stats

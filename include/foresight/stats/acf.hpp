// SPDX-License-Identifier: Apache-2.0
/// \file
/// Sample autocorrelation function of a series (missing values skipped pairwise).
/// References: Box, Jenkins, Reinsel & Ljung (2015), Time Series Analysis, 5th ed., eq. 2.1.12.
#pragma once

#include <cmath>
#include <concepts>
#include <string_view>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::stats {

/// Autocorrelations r_0 = 1, r_1, ..., r_max_lag of `x`: r_k = c_k / c_0 with
/// c_k = (1/n) Σ_t (x_t - x̄)(x_{t+k} - x̄), n the number of non-missing values; pairs with a
/// missing value (NaN) are skipped.
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
    for (core::index t = 0; t + k < n; ++t) {
      if (!std::isnan(x[t]) && !std::isnan(x[t + k]))
        c += (static_cast<double>(x[t]) - mean) * (static_cast<double>(x[t + k]) - mean);
    }
    if (k == 0) {
      c0 = c;
      core::detail::require(c0 > 0, where, "x is constant; expected a series that varies");
    }
    out[k] = static_cast<Scalar>(c / c0);
  }
  return out;
}

}  // namespace foresight::stats

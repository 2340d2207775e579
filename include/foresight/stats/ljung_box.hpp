// SPDX-License-Identifier: Apache-2.0
/// \file
/// Ljung-Box portmanteau test for autocorrelation in a series (e.g. model residuals).
/// References: Ljung & Box (1978), "On a measure of lack of fit in time series models",
/// Biometrika 65(2), eq. 2.1.
#pragma once

#include <cmath>
#include <concepts>
#include <string_view>

#include <Eigen/Core>
#include <boost/math/distributions/chi_squared.hpp>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/stats/acf.hpp>

namespace foresight::stats {

/// Result of a portmanteau test.
struct portmanteau_test {
  /// Q statistic.
  double statistic = 0;
  /// Degrees of freedom of the chi-squared reference distribution (lags - fitted parameters).
  int degrees_of_freedom = 0;
  /// P(chi²_df > Q).
  double p_value = 1;
};

/// Ljung-Box test: Q = n(n+2) Σ_{k=1..lags} r_k² / (n - k), referred to chi² with
/// lags - fitted_parameters degrees of freedom (as R's `Box.test(type = "Ljung", fitdf)`); n is
/// the number of non-missing values.
/// Throws: invalid_input if lags < 1, lags <= fitted_parameters, fitted_parameters < 0, or the
/// series has fewer than lags + 1 values.
/// Example: `auto t = stats::ljung_box<double>(residuals, 10, 2);  // t.p_value`
template <std::floating_point Scalar>
[[nodiscard]] portmanteau_test ljung_box(const Eigen::Ref<const core::vector<Scalar>>& x, int lags,
                                         int fitted_parameters = 0) {
  constexpr std::string_view where = "stats::ljung_box";
  core::detail::require(lags >= 1, where, "lags is ", lags, "; expected lags >= 1");
  core::detail::require(fitted_parameters >= 0 && fitted_parameters < lags, where,
                        "fitted_parameters is ", fitted_parameters, "; expected 0 <= it < lags (",
                        lags, ")");
  core::index present = 0;
  for (core::index i = 0; i < x.size(); ++i)
    present += std::isnan(x[i]) ? 0 : 1;
  core::detail::require(present > lags, where, "x has ", present,
                        " non-missing values; expected more than lags (", lags, ")");
  const core::vector<Scalar> r = acf<Scalar>(x, lags);
  const auto n = static_cast<double>(present);
  double q = 0;
  for (int k = 1; k <= lags; ++k)
    q += static_cast<double>(r[k]) * static_cast<double>(r[k]) / (n - k);
  q *= n * (n + 2);
  portmanteau_test out;
  out.statistic = q;
  out.degrees_of_freedom = lags - fitted_parameters;
  const boost::math::chi_squared_distribution<double> chi(out.degrees_of_freedom);
  out.p_value = boost::math::cdf(boost::math::complement(chi, q));
  return out;
}

}  // namespace foresight::stats

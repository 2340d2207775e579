// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internals of `arima::fit`: the regressor matrix (intercept, drift, user columns), coefficient
/// names in R's convention, the estimation problem, and the validation of the data.
/// References: R's `stats::arima` (coefficient order and names, include.mean, xreg).
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Core>
#include <Eigen/QR>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/forecast/arima/detail/estimate.hpp>
#include <foresight/forecast/arima/detail/transform.hpp>
#include <foresight/forecast/arima/spec.hpp>

namespace foresight::forecast::arima::detail {

/// Builds the regressor matrix: intercept, drift (t = offset+1..offset+n), user columns.
inline core::matrix<double> regressors(trend_terms trend, core::index n, core::index offset,
                                       const Eigen::Ref<const core::matrix<double>>& xreg) {
  const int nt = trend_count(trend);
  core::matrix<double> x(n, nt + xreg.cols());
  int c = 0;
  if (trend == trend_terms::constant || trend == trend_terms::constant_linear)
    x.col(c++).setOnes();
  if (trend == trend_terms::linear || trend == trend_terms::constant_linear) {
    for (core::index i = 0; i < n; ++i)
      x(i, c) = static_cast<double>(offset + i + 1);
    ++c;
  }
  if (xreg.cols() > 0)
    x.rightCols(xreg.cols()) = xreg;
  return x;
}

inline std::vector<std::string> coefficient_names(const spec& s, core::index n_xreg) {
  std::vector<std::string> nm;
  for (int i = 1; i <= s.order.p; ++i)
    nm.push_back("ar" + std::to_string(i));
  for (int i = 1; i <= s.order.q; ++i)
    nm.push_back("ma" + std::to_string(i));
  for (int i = 1; i <= s.seasonal.p; ++i)
    nm.push_back("sar" + std::to_string(i));
  for (int i = 1; i <= s.seasonal.q; ++i)
    nm.push_back("sma" + std::to_string(i));
  if (s.trend == trend_terms::constant || s.trend == trend_terms::constant_linear)
    nm.emplace_back("intercept");
  if (s.trend == trend_terms::linear || s.trend == trend_terms::constant_linear)
    nm.emplace_back("drift");
  for (core::index j = 1; j <= n_xreg; ++j)
    nm.push_back("xreg" + std::to_string(j));
  return nm;
}

inline problem make_problem(const Eigen::Ref<const core::vector<double>>& y, const spec& s,
                            const Eigen::Ref<const core::matrix<double>>& xreg) {
  problem pr;
  pr.x = y;
  pr.xreg = regressors(s.trend, y.size(), 0, xreg);
  pr.orders = {s.order.p, s.order.q, s.seasonal.p, s.seasonal.q,
               s.seasonal.p + s.seasonal.d + s.seasonal.q > 0 ? s.seasonal.period : 1};
  pr.d = s.order.d;
  pr.seasonal_d = s.seasonal.d;
  pr.delta = differencing_polynomial(s.order.d, s.seasonal.d, s.seasonal.period);
  pr.kappa = s.kappa;
  return pr;
}

/// Validates the series and regressors of `fit`.
inline void validate_data(const Eigen::Ref<const core::vector<double>>& y, const spec& s,
                          const Eigen::Ref<const core::matrix<double>>& xreg,
                          std::string_view where) {
  using core::detail::raise;
  using core::detail::require;
  const core::index n = y.size();
  require(n > 0, where, "y is empty; expected at least one observation");
  core::index present = 0;
  double first = std::numeric_limits<double>::quiet_NaN();
  bool constant = true;
  for (core::index i = 0; i < n; ++i) {
    require(!std::isinf(y[i]), where, "y[", i, "] is ", y[i],
            "; expected finite values or NaN (missing)");
    if (std::isnan(y[i]))
      continue;
    if (present == 0)
      first = y[i];
    else if (y[i] != first)
      constant = false;
    ++present;
  }
  require(present > 0, where, "y has no non-missing value (all ", n,
          " are NaN); expected observed values");
  require(!constant || present < 2, where, "y is constant (every value is ", first,
          "); expected a series that varies");
  require(present >= 2, where, "y has 1 non-missing value; expected at least 2");
  if (xreg.cols() > 0 || xreg.rows() > 0) {
    if (xreg.rows() != n) {
      raise<core::dimension_mismatch>(where, "xreg has ", xreg.rows(), " rows; expected ", n,
                                      " (one per observation)");
    }
    for (core::index j = 0; j < xreg.cols(); ++j) {
      for (core::index i = 0; i < n; ++i) {
        require(std::isfinite(xreg(i, j)), where, "xreg(", i, ", ", j, ") is ", xreg(i, j),
                "; expected finite regressor values");
      }
    }
  }
  // In double: period × order may exceed an index for absurd periods (then "too short").
  const auto period = static_cast<double>(s.seasonal.period);
  const double sd = s.order.d + period * s.seasonal.d;
  const double sp = s.order.p + period * s.seasonal.p;
  const double sq = s.order.q + period * s.seasonal.q;
  const core::index nreg = trend_count(s.trend) + xreg.cols();
  const double needed = std::max({sd + sp + sq, sd + static_cast<double>(nreg) + 1, 2.0});
  if (static_cast<double>(present) < needed) {
    raise<core::invalid_input>(where, "y has ", present, " observations; order ",
                               to_string(s.order, s.seasonal), " needs at least ", needed);
  }
  require(s.order.p <= 100 && s.seasonal.p <= 100, where, "AR orders p = ", s.order.p,
          ", P = ", s.seasonal.p, "; expected at most 100 each");
  if (nreg > 0) {
    // Collinear regressors leave a coefficient unidentified: R's arima stops (its start-value
    // regression gives NA), auto.arima reports "xreg is rank deficient". Same tolerance as lm.
    const core::matrix<double> all = regressors(s.trend, n, 0, xreg);
    core::matrix<double> rows(present, nreg);
    core::index k = 0;
    for (core::index i = 0; i < n; ++i) {
      if (!std::isnan(y[i]))
        rows.row(k++) = all.row(i);
    }
    Eigen::ColPivHouseholderQR<core::matrix<double>> qr(rows);
    qr.setThreshold(1e-7);
    require(qr.rank() == nreg, where, "the regressors (intercept, drift, xreg) have rank ",
            qr.rank(), "; expected ", nreg, " linearly independent columns");
  }
  if (!s.fixed.empty()) {
    const auto expected = static_cast<std::size_t>(arma_count(s) + nreg);
    if (s.fixed.size() != expected) {
      raise<core::dimension_mismatch>(where, "fixed has ", s.fixed.size(), " values; expected ",
                                      expected, " (ARMA coefficients, then regressors)");
    }
  }
}

}  // namespace foresight::forecast::arima::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// KPSS test of the null hypothesis of level (or trend) stationarity.
/// References: Kwiatkowski, Phillips, Schmidt & Shin (1992), "Testing the null hypothesis of
/// stationarity against the alternative of a unit root", Journal of Econometrics 54, eqs. 10-14
/// and Table 1 (critical values); Newey & West (1987) (Bartlett-weighted long-run variance).
#pragma once

#include <array>
#include <cmath>
#include <concepts>
#include <string_view>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::stats {

/// Deterministic part removed before the KPSS statistic.
enum class kpss_type : int {
  level = 0,  ///< demeaned series (stationarity around a level; urca "mu")
  trend = 1,  ///< detrended series (stationarity around a linear trend; urca "tau")
};

/// Name of a KPSS type, e.g. "level".
[[nodiscard]] constexpr std::string_view to_string(kpss_type t) noexcept {
  return t == kpss_type::level ? "level" : "trend";
}

/// Options of `kpss`.
struct kpss_options {
  /// Deterministic part.
  kpss_type type = kpss_type::level;
  /// Bartlett lag truncation L >= 0; negative: trunc(3 sqrt(n) / 13) (the rule of R forecast's
  /// `ndiffs`).
  core::index lags = -1;
};

/// KPSS test result.
struct kpss_result {
  /// The statistic η = Σ S_t² / (n² σ̂²_LR).
  double statistic = 0;
  /// Lag truncation used.
  core::index lags = 0;
  /// p-value interpolated linearly in Table 1 (10%, 5%, 2.5%, 1%) and clamped to [0.01, 0.10].
  double p_value = 0.1;
};

/// KPSS statistic and interpolated p-value for `x` (no missing values).
/// Throws: invalid_input if x has fewer than 3 values or a non-finite value.
/// Example: `auto k = stats::kpss<double>(y);  // k.p_value < 0.05: difference`
template <std::floating_point Scalar>
[[nodiscard]] kpss_result kpss(const Eigen::Ref<const core::vector<Scalar>>& x,
                               const kpss_options& options = {}) {
  constexpr std::string_view where = "stats::kpss";
  const core::index n = x.size();
  core::detail::require(n >= 3, where, "x has ", n, " values; expected at least 3");
  core::vector<double> e(n);
  for (core::index i = 0; i < n; ++i) {
    core::detail::require(std::isfinite(x[i]), where, "x[", i, "] is ", x[i],
                          "; expected finite values");
    e[i] = static_cast<double>(x[i]);
  }
  const auto dn = static_cast<double>(n);
  if (options.type == kpss_type::level) {
    e.array() -= e.mean();
  } else {
    // Residuals of the least-squares line on t = 1..n.
    const double tbar = (dn + 1) / 2;
    const double ybar = e.mean();
    double sty = 0;
    double stt = 0;
    for (core::index i = 0; i < n; ++i) {
      const double t = static_cast<double>(i + 1) - tbar;
      sty += t * (e[i] - ybar);
      stt += t * t;
    }
    const double b = sty / stt;
    for (core::index i = 0; i < n; ++i)
      e[i] -= ybar + b * (static_cast<double>(i + 1) - tbar);
  }
  const core::index lags = options.lags >= 0
                               ? options.lags
                               : static_cast<core::index>(std::trunc(3.0 * std::sqrt(dn) / 13.0));
  double s = 0;
  double num = 0;
  for (core::index i = 0; i < n; ++i) {
    s += e[i];
    num += s * s;
  }
  num /= dn * dn;
  double lr = e.squaredNorm() / dn;
  for (core::index k = 1; k <= lags && k < n; ++k) {
    double c = 0;
    for (core::index t = k; t < n; ++t)
      c += e[t] * e[t - k];
    lr += 2.0 / dn * (1.0 - static_cast<double>(k) / static_cast<double>(lags + 1)) * c;
  }
  kpss_result out;
  out.lags = lags;
  out.statistic = num / lr;
  constexpr std::array<double, 4> level_cv{0.347, 0.463, 0.574, 0.739};
  constexpr std::array<double, 4> trend_cv{0.119, 0.146, 0.176, 0.216};
  constexpr std::array<double, 4> pv{0.10, 0.05, 0.025, 0.01};
  const auto& cv = options.type == kpss_type::level ? level_cv : trend_cv;
  const double st = out.statistic;
  if (!(st > cv[0])) {
    out.p_value = pv[0];
  } else if (st >= cv[3]) {
    out.p_value = pv[3];
  } else {
    for (std::size_t i = 0; i + 1 < cv.size(); ++i) {
      if (st <= cv[i + 1]) {
        out.p_value = pv[i] + (pv[i + 1] - pv[i]) * (st - cv[i]) / (cv[i + 1] - cv[i]);
        break;
      }
    }
  }
  return out;
}

}  // namespace foresight::stats

// SPDX-License-Identifier: Apache-2.0
/// \file
/// STL: seasonal-trend decomposition by loess, and the seasonal-strength measure built on it.
/// References: Cleveland, Cleveland, McRae & Terpenning (1990), "STL: A Seasonal-Trend
/// Decomposition Procedure Based on Loess", Journal of Official Statistics 6(1) (inner loop,
/// section 2; defaults as in R's `stl`); Wang, Smith & Hyndman (2006), "Characteristic-based
/// clustering for time series data" (seasonal strength 1 - Var(R)/Var(S + R)).
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::stats {

/// Options of `stl` (defaults: R's `stl(x, s.window)` with robust = FALSE).
struct stl_options {
  /// Seasonal smoothing window (odd, >= 3; even values are rounded up).
  core::index seasonal_window = 11;
  /// Degree of the seasonal loess (0 or 1).
  int seasonal_degree = 0;
  /// Trend window; 0: nextodd(ceil(1.5 period / (1 - 1.5 / seasonal_window))).
  core::index trend_window = 0;
  /// Degree of the trend loess (0 or 1).
  int trend_degree = 1;
  /// Low-pass window; 0: nextodd(period).
  core::index lowpass_window = 0;
  /// Inner-loop iterations (>= 1).
  int inner = 2;
  /// Robustness iterations (>= 0).
  int outer = 0;
};

/// An additive decomposition y = seasonal + trend + remainder.
template <std::floating_point Scalar = double>
struct stl_result {
  /// Seasonal component.
  core::vector<Scalar> seasonal;
  /// Trend component.
  core::vector<Scalar> trend;
  /// Remainder y - seasonal - trend.
  core::vector<Scalar> remainder;
  /// Robustness weights (all 1 without outer iterations).
  core::vector<Scalar> weights;
};

namespace detail {

/// Loess fit at abscissa xs from y[nleft..nright] (1-based, inclusive) with tricube weights.
inline bool stl_est(const double* y, core::index n, core::index len, int ideg, double xs,
                    double& ys, core::index nleft, core::index nright, double* w, bool userw,
                    const double* rw) {
  const double range = static_cast<double>(n) - 1.0;
  double h = std::max(xs - static_cast<double>(nleft), static_cast<double>(nright) - xs);
  if (len > n)
    h += static_cast<double>((len - n) / 2);
  const double h9 = 0.999 * h;
  const double h1 = 0.001 * h;
  double a = 0;
  for (core::index j = nleft; j <= nright; ++j) {
    w[j - 1] = 0;
    const double r = std::abs(static_cast<double>(j) - xs);
    if (r <= h9) {
      if (r <= h1) {
        w[j - 1] = 1;
      } else {
        const double q = r / h;
        const double t = 1 - q * q * q;
        w[j - 1] = t * t * t;
      }
      if (userw)
        w[j - 1] *= rw[j - 1];
      a += w[j - 1];
    }
  }
  if (a <= 0)
    return false;
  for (core::index j = nleft; j <= nright; ++j)
    w[j - 1] /= a;
  if (h > 0 && ideg > 0) {
    a = 0;
    for (core::index j = nleft; j <= nright; ++j)
      a += w[j - 1] * static_cast<double>(j);
    double b = xs - a;
    double c = 0;
    for (core::index j = nleft; j <= nright; ++j) {
      const double dj = static_cast<double>(j) - a;
      c += w[j - 1] * dj * dj;
    }
    if (std::sqrt(c) > 0.001 * range) {
      b /= c;
      for (core::index j = nleft; j <= nright; ++j)
        w[j - 1] *= b * (static_cast<double>(j) - a) + 1.0;
    }
  }
  ys = 0;
  for (core::index j = nleft; j <= nright; ++j)
    ys += w[j - 1] * y[j - 1];
  return true;
}

/// Loess smoothing of y[0..n) evaluated every `njump` points, interpolated linearly between.
inline void stl_ess(const double* y, core::index n, core::index len, int ideg, core::index njump,
                    bool userw, const double* rw, double* ys, double* res) {
  if (n < 2) {
    ys[0] = y[0];
    return;
  }
  const core::index newnj = std::min(njump, n - 1);
  core::index nleft = 1;
  core::index nright = n;
  if (len >= n) {
    nleft = 1;
    nright = n;
    for (core::index i = 1; i <= n; i += newnj) {
      if (!stl_est(y, n, len, ideg, static_cast<double>(i), ys[i - 1], nleft, nright, res, userw,
                   rw))
        ys[i - 1] = y[i - 1];
    }
  } else if (newnj == 1) {
    const core::index nsh = (len + 1) / 2;
    nleft = 1;
    nright = len;
    for (core::index i = 1; i <= n; ++i) {
      if (i > nsh && nright != n) {
        ++nleft;
        ++nright;
      }
      if (!stl_est(y, n, len, ideg, static_cast<double>(i), ys[i - 1], nleft, nright, res, userw,
                   rw))
        ys[i - 1] = y[i - 1];
    }
  } else {
    const core::index nsh = (len + 1) / 2;
    for (core::index i = 1; i <= n; i += newnj) {
      if (i < nsh) {
        nleft = 1;
        nright = len;
      } else if (i >= n - nsh + 1) {
        nleft = n - len + 1;
        nright = n;
      } else {
        nleft = i - nsh + 1;
        nright = len + i - nsh;
      }
      if (!stl_est(y, n, len, ideg, static_cast<double>(i), ys[i - 1], nleft, nright, res, userw,
                   rw))
        ys[i - 1] = y[i - 1];
    }
  }
  if (newnj != 1) {
    for (core::index i = 1; i <= n - newnj; i += newnj) {
      const double delta = (ys[i + newnj - 1] - ys[i - 1]) / static_cast<double>(newnj);
      for (core::index j = i + 1; j <= i + newnj - 1; ++j)
        ys[j - 1] = ys[i - 1] + delta * static_cast<double>(j - i);
    }
    const core::index k = ((n - 1) / newnj) * newnj + 1;
    if (k != n) {
      if (!stl_est(y, n, len, ideg, static_cast<double>(n), ys[n - 1], nleft, nright, res, userw,
                   rw))
        ys[n - 1] = y[n - 1];
      if (k != n - 1) {
        const double delta = (ys[n - 1] - ys[k - 1]) / static_cast<double>(n - k);
        for (core::index j = k + 1; j <= n - 1; ++j)
          ys[j - 1] = ys[k - 1] + delta * static_cast<double>(j - k);
      }
    }
  }
}

/// Moving average of length len over x[0..n): n - len + 1 values.
inline void stl_ma(const double* x, core::index n, core::index len, double* ave) {
  const core::index newn = n - len + 1;
  const auto flen = static_cast<double>(len);
  double v = 0;
  for (core::index i = 0; i < len; ++i)
    v += x[i];
  ave[0] = v / flen;
  for (core::index j = 1, k = len, m = 0; j < newn; ++j, ++k, ++m) {
    v = v - x[m] + x[k];
    ave[j] = v / flen;
  }
}

}  // namespace detail

/// STL decomposition of `y` (no missing values) with seasonal `period`.
/// Throws: invalid_input if period < 2, y has at most 2·period values or a non-finite value, or
/// the options are out of range.
/// Example: `auto d = stats::stl<double>(y, 12, {.seasonal_window = 11});  // d.seasonal`
/// References: Cleveland et al. (1990), section 2.
template <std::floating_point Scalar>
[[nodiscard]] stl_result<Scalar> stl(const Eigen::Ref<const core::vector<Scalar>>& y,
                                     core::index period, const stl_options& options = {}) {
  constexpr std::string_view where = "stats::stl";
  using core::index;
  const index n = y.size();
  core::detail::require(period >= 2, where, "period is ", period, "; expected period >= 2");
  core::detail::require(n > 2 * period, where, "y has ", n, " values; expected more than 2 * ",
                        "period = ", 2 * period);
  for (index i = 0; i < n; ++i)
    core::detail::require(std::isfinite(y[i]), where, "y[", i, "] is ", y[i],
                          "; expected finite values (interpolate missing values first)");
  core::detail::require(options.seasonal_window >= 1, where, "seasonal_window is ",
                        options.seasonal_window, "; expected >= 1");
  core::detail::require(options.seasonal_degree == 0 || options.seasonal_degree == 1, where,
                        "seasonal_degree is ", options.seasonal_degree, "; expected 0 or 1");
  core::detail::require(options.trend_degree == 0 || options.trend_degree == 1, where,
                        "trend_degree is ", options.trend_degree, "; expected 0 or 1");
  core::detail::require(options.inner >= 1 && options.outer >= 0, where, "inner is ", options.inner,
                        " and outer ", options.outer, "; expected inner >= 1, outer >= 0");
  auto nextodd = [](double x) {
    auto v = static_cast<index>(std::llround(x));
    return v % 2 == 0 ? v + 1 : v;
  };
  const index sw = options.seasonal_window;
  const index tw = options.trend_window > 0
                       ? options.trend_window
                       : nextodd(std::ceil(1.5 * static_cast<double>(period) /
                                           (1.0 - 1.5 / static_cast<double>(sw))));
  const index lw =
      options.lowpass_window > 0 ? options.lowpass_window : nextodd(static_cast<double>(period));
  const int ldeg = options.trend_degree;
  const index sjump = (sw + 9) / 10;
  const index tjump = (tw + 9) / 10;
  const index ljump = (lw + 9) / 10;
  auto odd3 = [](index v) {
    v = std::max<index>(3, v);
    return v % 2 == 0 ? v + 1 : v;
  };
  const index ns = odd3(sw);
  const index nt = odd3(tw);
  const index nl = odd3(lw);
  const index np = std::max<index>(2, period);

  std::vector<double> yy(static_cast<std::size_t>(n));
  for (index i = 0; i < n; ++i)
    yy[static_cast<std::size_t>(i)] = static_cast<double>(y[i]);
  std::vector<double> rw(static_cast<std::size_t>(n), 1.0);
  std::vector<double> season(static_cast<std::size_t>(n), 0.0);
  std::vector<double> trend(static_cast<std::size_t>(n), 0.0);
  const auto wn = static_cast<std::size_t>(n + 2 * np);
  std::vector<double> w1(wn), w2(wn), w3(wn), w4(wn), w5(wn);
  bool userw = false;
  for (int outer = 0;; ++outer) {
    for (int it = 0; it < options.inner; ++it) {
      for (index i = 0; i < n; ++i)
        w1[static_cast<std::size_t>(i)] =
            yy[static_cast<std::size_t>(i)] - trend[static_cast<std::size_t>(i)];
      // Cycle-subseries smoothing, extended by one value at each end (stlss).
      std::vector<double> sub(wn), subw(wn), sm(wn), res(wn);
      for (index j = 1; j <= np; ++j) {
        const index k = (n - j) / np + 1;
        for (index i = 1; i <= k; ++i) {
          sub[static_cast<std::size_t>(i - 1)] = w1[static_cast<std::size_t>((i - 1) * np + j - 1)];
          if (userw)
            subw[static_cast<std::size_t>(i - 1)] =
                rw[static_cast<std::size_t>((i - 1) * np + j - 1)];
        }
        detail::stl_ess(sub.data(), k, ns, options.seasonal_degree, sjump, userw, subw.data(),
                        sm.data() + 1, res.data());
        const index nright = std::min(ns, k);
        if (!detail::stl_est(sub.data(), k, ns, options.seasonal_degree, 0.0, sm[0], 1, nright,
                             res.data(), userw, subw.data()))
          sm[0] = sm[1];
        const index nleft = std::max<index>(1, k - ns + 1);
        if (!detail::stl_est(sub.data(), k, ns, options.seasonal_degree, static_cast<double>(k + 1),
                             sm[static_cast<std::size_t>(k + 1)], nleft, k, res.data(), userw,
                             subw.data()))
          sm[static_cast<std::size_t>(k + 1)] = sm[static_cast<std::size_t>(k)];
        for (index m = 1; m <= k + 2; ++m)
          w2[static_cast<std::size_t>((m - 1) * np + j - 1)] = sm[static_cast<std::size_t>(m - 1)];
      }
      // Low-pass filter of the extended seasonal: MA(np), MA(np), MA(3), then loess (stlfts).
      const index m0 = n + 2 * np;
      detail::stl_ma(w2.data(), m0, np, w3.data());
      detail::stl_ma(w3.data(), m0 - np + 1, np, w1.data());
      detail::stl_ma(w1.data(), m0 - 2 * np + 2, 3, w3.data());
      detail::stl_ess(w3.data(), n, nl, ldeg, ljump, false, w4.data(), w1.data(), w5.data());
      for (index i = 0; i < n; ++i)
        season[static_cast<std::size_t>(i)] =
            w2[static_cast<std::size_t>(np + i)] - w1[static_cast<std::size_t>(i)];
      for (index i = 0; i < n; ++i)
        w1[static_cast<std::size_t>(i)] =
            yy[static_cast<std::size_t>(i)] - season[static_cast<std::size_t>(i)];
      detail::stl_ess(w1.data(), n, nt, options.trend_degree, tjump, userw, rw.data(), trend.data(),
                      w3.data());
    }
    if (outer >= options.outer)
      break;
    // Robustness weights: bisquare of |remainder| / (6 median |remainder|).
    std::vector<double> r(static_cast<std::size_t>(n));
    for (index i = 0; i < n; ++i) {
      const auto u = static_cast<std::size_t>(i);
      r[u] = std::abs(yy[u] - trend[u] - season[u]);
    }
    std::vector<double> sorted = r;
    const auto mid1 = static_cast<std::size_t>((n + 1) / 2 - 1);
    const auto mid2 = static_cast<std::size_t>(n / 2);
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(mid1),
                     sorted.end());
    const double a1 = sorted[mid1];
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(mid2),
                     sorted.end());
    const double cmad = 3.0 * (a1 + sorted[mid2]);
    const double c9 = 0.999 * cmad;
    const double c1 = 0.001 * cmad;
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (r[i] <= c1) {
        rw[i] = 1;
      } else if (r[i] <= c9) {
        const double q = r[i] / cmad;
        rw[i] = (1 - q * q) * (1 - q * q);
      } else {
        rw[i] = 0;
      }
    }
    userw = true;
  }
  stl_result<Scalar> out;
  out.seasonal.resize(n);
  out.trend.resize(n);
  out.remainder.resize(n);
  out.weights.resize(n);
  for (index i = 0; i < n; ++i) {
    const auto u = static_cast<std::size_t>(i);
    out.seasonal[i] = static_cast<Scalar>(season[u]);
    out.trend[i] = static_cast<Scalar>(trend[u]);
    out.remainder[i] = static_cast<Scalar>(yy[u] - season[u] - trend[u]);
    out.weights[i] = static_cast<Scalar>(options.outer > 0 ? rw[u] : 1.0);
  }
  return out;
}

/// Strength of seasonality max(0, min(1, 1 - Var(R) / Var(S + R))) from an STL decomposition with
/// seasonal window 11 (as R forecast's `seas.heuristic` via `mstl`).
/// Throws: invalid_input as `stl`.
/// Example: `double f = stats::seasonal_strength<double>(y, 12);  // > 0.64: difference`
template <std::floating_point Scalar>
[[nodiscard]] double seasonal_strength(const Eigen::Ref<const core::vector<Scalar>>& y,
                                       core::index period, const stl_options& options = {}) {
  const stl_result<Scalar> d = stl<Scalar>(y, period, options);
  auto var = [](const core::vector<double>& v) {
    const double m = v.mean();
    return (v.array() - m).square().sum() / static_cast<double>(v.size() - 1);
  };
  const core::vector<double> r = d.remainder.template cast<double>();
  const core::vector<double> sr = r + d.seasonal.template cast<double>();
  const double vs = var(sr);
  if (!(vs > 0))
    return 0.0;
  return std::max(0.0, std::min(1.0, 1.0 - var(r) / vs));
}

}  // namespace foresight::stats

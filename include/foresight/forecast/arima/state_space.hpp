// SPDX-License-Identifier: Apache-2.0
/// \file
/// The state-space form of an ARIMA model (ARMA part in Harvey's form, followed by the
/// differencing states), its stationary initial covariance, the Kalman filter that gives the
/// exact Gaussian log-likelihood, and the Kalman forecast.
/// References: Harvey (1989), Forecasting, Structural Time Series Models and the Kalman Filter,
/// section 3.4 (ARMA state space form); Gardner, Harvey & Phillips (1980), "An algorithm for exact
/// maximum likelihood estimation of ARMA models by means of Kalman filtering", Applied
/// Statistics 29 (initial covariance P0 = T P0 T' + R R'); Brockwell & Davis (1991), Time Series:
/// Theory and Methods, eqs. 3.3.8-3.3.9 (ARMA autocovariances, used to solve for P0); Durbin &
/// Koopman (2012), Time Series Analysis by State Space Methods, 2nd ed., section 4.3 (filter),
/// section 5.1 (diffuse initialisation approximated by a large prior variance kappa).
#pragma once

#include <cmath>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include <Eigen/Core>
#include <Eigen/LU>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::forecast::arima {

/// Innovations whose (unit-variance) prediction variance reaches this value are treated as
/// diffuse and left out of the likelihood, as R's `stats::arima` does.
inline constexpr double diffuse_gain_threshold = 1e4;

/// Covariance P0 of the stationary ARMA state (dimension r = max(p, q + 1)) for unit innovation
/// variance: the solution of P0 = T P0 T' + R R', obtained from the ARMA autocovariances.
/// `phi` and `theta` are the expanded AR and MA coefficients (y_t = Σφ_i y_{t-i} + e_t + Σθ_j
/// e_{t-j}).
/// Throws: numerical_error if the AR polynomial has a unit root (no stationary solution).
/// Example: `core::matrix<double> p0 = arima::stationary_covariance(phi, theta);`
[[nodiscard]] inline core::matrix<double> stationary_covariance(
    const Eigen::Ref<const core::vector<double>>& phi,
    const Eigen::Ref<const core::vector<double>>& theta) {
  using core::index;
  const index p = phi.size();
  const index q = theta.size();
  const index r = std::max(p, q + 1);
  auto ph = [&](index j) { return j >= 1 && j <= p ? phi[j - 1] : 0.0; };  // 1-based φ_j
  auto th = [&](index j) { return j == 0 ? 1.0 : (j <= q ? theta[j - 1] : 0.0); };
  // psi weights psi_0..psi_r of the ARMA process.
  core::vector<double> psi(r + 1);
  for (index j = 0; j <= r; ++j) {
    double v = th(j);
    for (index k = 1; k <= std::min(j, p); ++k)
      v += ph(k) * psi[j - k];
    psi[j] = v;
  }
  // Brockwell & Davis eq. 3.3.8: γ(k) - Σ_j φ_j γ(|k - j|) = Σ_{j>=k} θ_j ψ_{j-k}, k = 0..p.
  auto rhs = [&](index k) {
    double v = 0;
    for (index j = k; j <= q; ++j)
      v += th(j) * psi[j - k];
    return v;
  };
  core::vector<double> gamma(r + 1);
  if (p == 0) {
    for (index k = 0; k <= r; ++k)
      gamma[k] = rhs(k);
  } else {
    core::matrix<double> a = core::matrix<double>::Identity(p + 1, p + 1);
    core::vector<double> b(p + 1);
    for (index k = 0; k <= p; ++k) {
      for (index j = 1; j <= p; ++j)
        a(k, std::abs(k - j)) -= ph(j);
      b[k] = rhs(k);
    }
    const Eigen::PartialPivLU<core::matrix<double>> lu(a);
    const core::vector<double> g = lu.solve(b);
    for (index k = 0; k <= p; ++k)
      gamma[k] = g[k];
    // Brockwell & Davis eq. 3.3.9 for the lags beyond p.
    for (index k = p + 1; k <= r; ++k) {
      double v = rhs(k);
      for (index j = 1; j <= p; ++j)
        v += ph(j) * gamma[k - j];
      gamma[k] = v;
    }
    if (!gamma.allFinite() || !(gamma[0] > 0)) {
      core::detail::raise<core::numerical_error>("forecast::arima::stationary_covariance",
                                                 "the AR polynomial has a root on or inside",
                                                 " the unit circle; expected a stationary AR part");
    }
  }
  core::matrix<double> out(r, r);
  // First row: covariance of y_t with state element i (Harvey form), then the rest from
  // P(i,k) = P(i+1,k+1) + φ_i φ_k P(1,1) + φ_i P(1,k+1) + φ_k P(1,i+1) + θ_{i-1} θ_{k-1}
  // (1-based), the stationarity condition P0 = T P0 T' + R R' written element by element.
  out(0, 0) = gamma[0];
  for (index i = 1; i < r; ++i) {
    double v = 0;
    for (index j = i + 1; j <= r; ++j)
      v += ph(j) * gamma[j - i];
    for (index j = i; j <= r - 1; ++j)
      v += th(j) * psi[j - i];
    out(0, i) = v;
    out(i, 0) = v;
  }
  for (index i = r - 1; i >= 1; --i) {
    for (index k = r - 1; k >= i; --k) {
      double v = (k + 1 < r) ? out(i + 1, k + 1) : 0.0;
      v += ph(i + 1) * ph(k + 1) * gamma[0];
      if (k + 1 < r)
        v += ph(i + 1) * out(0, k + 1);
      if (i + 1 < r)
        v += ph(k + 1) * out(0, i + 1);
      v += th(i) * th(k);
      out(i, k) = v;
      out(k, i) = v;
    }
  }
  return out;
}

/// ARIMA model in state-space form with its current filter state: ARMA part of dimension
/// r = max(p, q + 1) in Harvey's form, then d + s·D differencing states holding past levels.
/// Observation y_t = Z α_t with Z = (1, 0, ..., 0, δ_1, ..., δ_nd); innovation variance 1
/// (sigma² is concentrated out).
struct state_space {
  /// Expanded AR coefficients (length p + s·P).
  core::vector<double> phi;
  /// Expanded MA coefficients, zero-padded to r - 1.
  core::vector<double> theta;
  /// Differencing coefficients: (1 - B)^d (1 - B^s)^D = 1 - Σ δ_k B^k.
  core::vector<double> delta;
  /// State mean (filtered, after the last observation processed).
  core::vector<double> a;
  /// Filtered state covariance.
  core::matrix<double> p;
  /// Predicted state covariance for the next step (before the first step: the prior).
  core::matrix<double> pn;
  /// Number of observations processed so far.
  core::index steps = 0;

  /// ARMA state dimension r.
  [[nodiscard]] core::index arma_dim() const noexcept {
    return std::max(phi.size(), theta.size() + 1);
  }
  /// Full state dimension r + d + s·D.
  [[nodiscard]] core::index dim() const noexcept { return arma_dim() + delta.size(); }
};

/// Builds the state-space form with prior mean 0, the stationary covariance for the ARMA block
/// and `kappa` times the identity for the differencing block (R's `makeARIMA`).
/// Throws: numerical_error if the AR part is not stationary.
/// Example: `auto ss = arima::make_state_space(phi, theta, delta, 1e6);`
[[nodiscard]] inline state_space make_state_space(
    const Eigen::Ref<const core::vector<double>>& phi,
    const Eigen::Ref<const core::vector<double>>& theta,
    const Eigen::Ref<const core::vector<double>>& delta, double kappa) {
  using core::index;
  state_space ss;
  ss.phi = phi;
  const index r = std::max(phi.size(), theta.size() + 1);
  ss.theta = core::vector<double>::Zero(r - 1);
  ss.theta.head(theta.size()) = theta;
  ss.delta = delta;
  const index rd = r + delta.size();
  ss.a = core::vector<double>::Zero(rd);
  ss.p = core::matrix<double>::Zero(rd, rd);
  ss.pn = core::matrix<double>::Zero(rd, rd);
  ss.pn.topLeftCorner(r, r) = stationary_covariance(phi, theta);
  for (index i = r; i < rd; ++i)
    ss.pn(i, i) = kappa;
  return ss;
}

/// Sums accumulated by the Kalman filter over the non-diffuse innovations.
struct filter_sums {
  /// Σ v_t² / F_t.
  double ssq = 0;
  /// Σ log F_t.
  double sumlog = 0;
  /// Number of innovations included.
  core::index used = 0;
};

namespace detail {

/// Predicted covariance Pnew = T P T' + R R' exploiting the structure of T.
inline void predict_covariance(const state_space& ss, const core::matrix<double>& p,
                               core::matrix<double>& mm, core::matrix<double>& pnew) {
  using core::index;
  const index r = ss.arma_dim();
  const index nd = ss.delta.size();
  const index rd = r + nd;
  const index np = ss.phi.size();
  const double* phi = ss.phi.data();
  const double* delta = ss.delta.data();
  // mm = T P
  for (index j = 0; j < rd; ++j) {
    const double* pc = p.data() + j * rd;
    double* mc = mm.data() + j * rd;
    const double p0 = pc[0];
    for (index i = 0; i < r; ++i) {
      double v = i < np ? phi[i] * p0 : 0.0;
      if (i < r - 1)
        v += pc[i + 1];
      mc[i] = v;
    }
    if (nd > 0) {
      double v = p0;
      for (index k = 0; k < nd; ++k)
        v += delta[k] * pc[r + k];
      mc[r] = v;
      for (index i = 1; i < nd; ++i)
        mc[r + i] = pc[r + i - 1];
    }
  }
  // Pnew = mm T'
  for (index i = 0; i < r; ++i) {
    double* out = pnew.data() + i * rd;  // column i
    const double ph = i < np ? phi[i] : 0.0;
    const double* m0 = mm.data();
    const double* m1 = mm.data() + (i + 1) * rd;
    for (index j = 0; j < rd; ++j) {
      double v = ph * m0[j];
      if (i < r - 1)
        v += m1[j];
      out[j] = v;
    }
  }
  if (nd > 0) {
    double* out = pnew.data() + r * rd;
    for (index j = 0; j < rd; ++j) {
      double v = mm(j, 0);
      for (index k = 0; k < nd; ++k)
        v += delta[k] * mm(j, r + k);
      out[j] = v;
    }
    for (index i = 1; i < nd; ++i)
      for (index j = 0; j < rd; ++j)
        pnew(j, r + i) = mm(j, r + i - 1);
  }
  // + R R' with R = (1, theta, 0...)
  for (index i = 0; i < r; ++i) {
    const double vi = i == 0 ? 1.0 : ss.theta[i - 1];
    if (vi == 0.0)
      continue;
    for (index j = 0; j < r; ++j) {
      const double vj = j == 0 ? 1.0 : ss.theta[j - 1];
      pnew(i, j) += vi * vj;
    }
  }
}

}  // namespace detail

/// Runs the Kalman filter over `y` (NaN = missing) from the current state of `ss`, updating it,
/// and returns the sums of the likelihood. Innovations with prediction variance >=
/// `diffuse_gain_threshold` are left out (they belong to the diffuse differencing states).
/// If `residuals` is given (length y.size()), it receives the standardised innovations
/// v_t / sqrt(F_t) (NaN for missing observations).
/// Example: `auto sums = arima::kalman_filter(y, ss);`
[[nodiscard]] inline filter_sums kalman_filter(const Eigen::Ref<const core::vector<double>>& y,
                                               state_space& ss, double* residuals = nullptr) {
  using core::index;
  const index n = y.size();
  const index r = ss.arma_dim();
  const index nd = ss.delta.size();
  const index rd = r + nd;
  const index np = ss.phi.size();
  const double* phi = ss.phi.data();
  const double* delta = ss.delta.data();
  core::vector<double> anew(rd);
  core::vector<double> m(rd);
  core::matrix<double> mm(rd, rd);
  filter_sums sums;
  double* a = ss.a.data();
  for (index l = 0; l < n; ++l) {
    // Durbin & Koopman (2012) eq. 4.24, a_{t+1} = T a_t, with T's sparse structure.
    for (index i = 0; i < r; ++i) {
      double v = i < r - 1 ? a[i + 1] : 0.0;
      if (i < np)
        v += phi[i] * a[0];
      anew[i] = v;
    }
    if (nd > 0) {
      double v = a[0];
      for (index k = 0; k < nd; ++k)
        v += delta[k] * a[r + k];
      for (index i = rd - 1; i > r; --i)
        anew[i] = a[i - 1];
      anew[r] = v;
    }
    if (ss.steps > 0)
      detail::predict_covariance(ss, ss.p, mm, ss.pn);
    ++ss.steps;
    const double yl = y[l];
    if (!std::isnan(yl)) {
      double resid = yl - anew[0];
      for (index k = 0; k < nd; ++k)
        resid -= delta[k] * anew[r + k];
      // M = Pnew Z, F = Z' Pnew Z (eq. 4.24: v_t, F_t, K_t)
      for (index i = 0; i < rd; ++i) {
        double v = ss.pn(i, 0);
        for (index k = 0; k < nd; ++k)
          v += ss.pn(i, r + k) * delta[k];
        m[i] = v;
      }
      double gain = m[0];
      for (index k = 0; k < nd; ++k)
        gain += delta[k] * m[r + k];
      if (gain < diffuse_gain_threshold) {
        ++sums.used;
        sums.ssq += resid * resid / gain;
        sums.sumlog += std::log(gain);
      }
      if (residuals != nullptr)
        residuals[l] = resid / std::sqrt(gain);
      const double scale = resid / gain;
      for (index i = 0; i < rd; ++i)
        a[i] = anew[i] + m[i] * scale;
      for (index j = 0; j < rd; ++j) {
        const double mj = m[j] / gain;
        for (index i = 0; i < rd; ++i)
          ss.p(i, j) = ss.pn(i, j) - m[i] * mj;
      }
    } else {
      for (index i = 0; i < rd; ++i)
        a[i] = anew[i];
      ss.p = ss.pn;
      if (residuals != nullptr)
        residuals[l] = std::numeric_limits<double>::quiet_NaN();
    }
  }
  return sums;
}

/// Exact Gaussian likelihood sums of a stationary ARMA series `w` (no missing values) with the
/// stationary initial state, by the Chandrasekhar recursions: the change of the predicted state
/// covariance stays of rank one, so each step costs O(r) instead of O(r²). Innovations with
/// prediction variance >= `diffuse_gain_threshold` are left out, as in `kalman_filter`.
/// References: Morf, Sidhu & Kailath (1974), "Some new algorithms for recursive estimation in
/// constant, linear, discrete-time systems", IEEE TAC 19(4); Herbst (2015), "Using the
/// 'Chandrasekhar recursions' for likelihood evaluation of DSGE models", Computational
/// Economics 45, eqs. 9-12.
/// Throws: numerical_error if the AR part is not stationary.
/// Example: `auto sums = arima::chandrasekhar_likelihood(w, phi, theta);`
[[nodiscard]] inline filter_sums chandrasekhar_likelihood(
    const Eigen::Ref<const core::vector<double>>& w,
    const Eigen::Ref<const core::vector<double>>& phi,
    const Eigen::Ref<const core::vector<double>>& theta) {
  using core::index;
  const index np = phi.size();
  const index r = std::max(np, theta.size() + 1);
  const core::matrix<double> p0 = stationary_covariance(phi, theta);
  // One allocation for the five work vectors.
  std::vector<double> buf(static_cast<std::size_t>(5 * r), 0.0);
  double* a = buf.data();
  double* k = a + r;
  double* wv = k + r;
  double* tw = wv + r;
  double* anew = tw + r;
  double f = p0(0, 0);
  // K_1 = T P_1 Z' / F_1 and Delta P_1 = -K_1 F_1 K_1' (P_1 stationary).
  for (index i = 0; i < r; ++i) {
    double v = i < np ? phi[i] * p0(0, 0) : 0.0;
    if (i + 1 < r)
      v += p0(i + 1, 0);
    k[i] = v / f;
    wv[i] = k[i];
  }
  double m = -f;
  filter_sums sums;
  const index n = w.size();
  for (index t = 0; t < n; ++t) {
    const double v = w[t] - a[0];
    if (f < diffuse_gain_threshold) {
      ++sums.used;
      sums.ssq += v * v / f;
      sums.sumlog += std::log(f);
    }
    // a_{t+1} = T a_t + K_t v_t
    const double a0 = a[0];
    for (index i = 0; i < r; ++i) {
      double x = i < np ? phi[i] * a0 : 0.0;
      if (i + 1 < r)
        x += a[i + 1];
      anew[i] = x + k[i] * v;
    }
    std::swap(a, anew);
    // Herbst (2015) eqs. 9-12 with Z = e_1 and no observation noise.
    const double zw = wv[0];
    const double fnext = f + zw * zw * m;
    for (index i = 0; i < r; ++i) {
      double x = i < np ? phi[i] * zw : 0.0;
      if (i + 1 < r)
        x += wv[i + 1];
      tw[i] = x;
    }
    const double mzw = m * zw;
    for (index i = 0; i < r; ++i)
      k[i] = (k[i] * f + tw[i] * mzw) / fnext;
    m += mzw * mzw / f;
    for (index i = 0; i < r; ++i)
      wv[i] = tw[i] - k[i] * zw;
    f = fnext;
  }
  return sums;
}

/// Mean and variance (for unit innovation variance) of y_{t+1..t+h} from the current state.
struct state_forecast {
  /// Forecast means, h values.
  core::vector<double> mean;
  /// Forecast variances divided by sigma², h values.
  core::vector<double> variance;
};

/// Kalman forecast of the next `h` observations from the state of `ss` (which is not modified).
/// Example: `auto f = arima::kalman_forecast(ss, 12);`
[[nodiscard]] inline state_forecast kalman_forecast(const state_space& ss, core::index h) {
  using core::index;
  core::detail::require(h >= 0, "forecast::arima::kalman_forecast", "h is ", h,
                        "; expected h >= 0");
  const index r = ss.arma_dim();
  const index nd = ss.delta.size();
  const index rd = r + nd;
  const index np = ss.phi.size();
  state_forecast out{core::vector<double>(h), core::vector<double>(h)};
  core::vector<double> a = ss.a;
  core::vector<double> anew(rd);
  core::matrix<double> p = ss.p;
  core::matrix<double> mm(rd, rd);
  core::matrix<double> pnew(rd, rd);
  // Before any observation the prior covariance applies (p holds no filtered value yet).
  bool first = ss.steps == 0;
  for (index l = 0; l < h; ++l) {
    for (index i = 0; i < r; ++i) {
      double v = i < r - 1 ? a[i + 1] : 0.0;
      if (i < np)
        v += ss.phi[i] * a[0];
      anew[i] = v;
    }
    if (nd > 0) {
      double v = a[0];
      for (index k = 0; k < nd; ++k)
        v += ss.delta[k] * a[r + k];
      for (index i = rd - 1; i > r; --i)
        anew[i] = a[i - 1];
      anew[r] = v;
    }
    a = anew;
    if (first) {
      pnew = ss.pn;
      first = false;
    } else {
      detail::predict_covariance(ss, p, mm, pnew);
    }
    p = pnew;
    double fc = a[0];
    for (index k = 0; k < nd; ++k)
      fc += ss.delta[k] * a[r + k];
    double var = p(0, 0);
    for (index k = 0; k < nd; ++k)
      var += 2 * ss.delta[k] * p(0, r + k);
    for (index k = 0; k < nd; ++k)
      for (index k2 = 0; k2 < nd; ++k2)
        var += ss.delta[k] * ss.delta[k2] * p(r + k, r + k2);
    out.mean[l] = fc;
    out.variance[l] = var;
  }
  return out;
}

}  // namespace foresight::forecast::arima

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internals: the partial-autocorrelation (Jones) reparametrisation of AR polynomials, the
/// expansion of multiplicative seasonal ARMA polynomials, polynomial products and root checks.
/// References: Jones (1980), "Maximum likelihood fitting of ARMA models to time series with
/// missing observations", Technometrics 22(3); Monahan (1984) (Durbin-Levinson map);
/// Box, Jenkins, Reinsel & Ljung (2015) ch. 9 (multiplicative seasonal models).
#pragma once

#include <algorithm>
#include <cmath>
#include <complex>
#include <limits>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/types.hpp>
#include <foresight/stats/polynomial.hpp>

namespace foresight::forecast::arima::detail {

using core::index;
using dvec = core::vector<double>;

/// Jones (1980): maps unconstrained values to the coefficients of a stationary AR polynomial:
/// tanh gives partial autocorrelations in (-1, 1), the Durbin-Levinson recursion the
/// coefficients. `in` and `out` hold n values each (may not alias).
inline void partrans(index n, const double* in, double* out) {
  double work[128];
  for (index j = 0; j < n; ++j)
    work[j] = out[j] = std::tanh(in[j]);
  for (index j = 1; j < n; ++j) {
    const double a = out[j];
    for (index k = 0; k < j; ++k)
      work[k] -= a * out[j - k - 1];
    for (index k = 0; k < j; ++k)
      out[k] = work[k];
  }
}

/// Inverse of `partrans` (the Durbin-Levinson recursion run backwards, then atanh).
inline void invpartrans(index n, const double* phi, double* out) {
  double work[128];
  for (index j = 0; j < n; ++j)
    work[j] = out[j] = phi[j];
  for (index j = n - 1; j > 0; --j) {
    const double a = out[j];
    for (index k = 0; k < j; ++k)
      work[k] = (out[k] + a * out[j - k - 1]) / (1 - a * a);
    for (index k = 0; k < j; ++k)
      out[k] = work[k];
  }
  for (index j = 0; j < n; ++j)
    out[j] = std::atanh(out[j]);
}

/// Orders of the ARMA coefficient vector: ar, ma, sar, sma and the seasonal period.
struct arma_orders {
  index p = 0;
  index q = 0;
  index sp = 0;
  index sq = 0;
  index period = 1;
  [[nodiscard]] index count() const noexcept { return p + q + sp + sq; }
  [[nodiscard]] index full_p() const noexcept { return p + period * sp; }
  [[nodiscard]] index full_q() const noexcept { return q + period * sq; }
};

/// Applies the Jones transform to the AR and seasonal AR blocks of `par` (the rest is copied).
inline dvec transform_ar(const dvec& par, const arma_orders& o) {
  dvec out = par;
  if (o.p > 0)
    partrans(o.p, par.data(), out.data());
  if (o.sp > 0)
    partrans(o.sp, par.data() + o.p + o.q, out.data() + o.p + o.q);
  return out;
}

/// Inverse Jones transform of the AR and seasonal AR blocks.
inline dvec inverse_transform_ar(const dvec& par, const arma_orders& o) {
  dvec out = par;
  if (o.p > 0)
    invpartrans(o.p, par.data(), out.data());
  if (o.sp > 0)
    invpartrans(o.sp, par.data() + o.p + o.q, out.data() + o.p + o.q);
  return out;
}

/// Jacobian of the transform by forward differences (step 1e-3, as R's `ARIMA_Gradtrans`):
/// A(i, j) = d coefficient_j / d raw_i, identity outside the AR blocks.
inline core::matrix<double> transform_jacobian(const dvec& raw, const arma_orders& o) {
  const index n = raw.size();
  core::matrix<double> a = core::matrix<double>::Identity(n, n);
  constexpr double eps = 1e-3;
  auto block = [&](index offset, index m) {
    double w1[128];
    double w2[128];
    double w3[128];
    for (index i = 0; i < m; ++i)
      w1[i] = raw[offset + i];
    partrans(m, w1, w2);
    for (index i = 0; i < m; ++i) {
      w1[i] += eps;
      partrans(m, w1, w3);
      for (index j = 0; j < m; ++j)
        a(offset + i, offset + j) = (w3[j] - w2[j]) / eps;
      w1[i] -= eps;
    }
  };
  if (o.p > 0)
    block(0, o.p);
  if (o.sp > 0)
    block(o.p + o.q, o.sp);
  return a;
}

/// Expands the multiplicative seasonal model into phi (length p + s·P) and theta (q + s·Q):
/// (1 - Σφ_i B^i)(1 - ΣΦ_j B^{sj}) and (1 + Σθ_i B^i)(1 + ΣΘ_j B^{sj}).
inline void expand_arma(const double* par, const arma_orders& o, dvec& phi, dvec& theta) {
  const index fp = o.full_p();
  const index fq = o.full_q();
  phi.setZero(fp);
  theta.setZero(fq);
  for (index i = 0; i < o.p; ++i)
    phi[i] = par[i];
  for (index i = 0; i < o.q; ++i)
    theta[i] = par[o.p + i];
  const index s = o.period;
  for (index j = 0; j < o.sp; ++j) {
    const double sar = par[o.p + o.q + j];
    phi[(j + 1) * s - 1] += sar;
    for (index i = 0; i < o.p; ++i)
      phi[(j + 1) * s + i] -= par[i] * sar;
  }
  for (index j = 0; j < o.sq; ++j) {
    const double sma = par[o.p + o.q + o.sp + j];
    theta[(j + 1) * s - 1] += sma;
    for (index i = 0; i < o.q; ++i)
      theta[(j + 1) * s + i] += par[o.p + i] * sma;
  }
}

/// Coefficients δ of the differencing operator (1 - B)^d (1 - B^s)^D = 1 - Σ δ_k B^k.
inline dvec differencing_polynomial(int d, int seasonal_d, index period) {
  std::vector<double> poly{1.0};
  auto multiply = [&](index lag) {
    std::vector<double> out(poly.size() + static_cast<std::size_t>(lag), 0.0);
    for (std::size_t i = 0; i < poly.size(); ++i) {
      out[i] += poly[i];
      out[i + static_cast<std::size_t>(lag)] -= poly[i];
    }
    poly = std::move(out);
  };
  for (int i = 0; i < d; ++i)
    multiply(1);
  for (int i = 0; i < seasonal_d; ++i)
    multiply(period);
  dvec delta(static_cast<index>(poly.size()) - 1);
  for (index k = 0; k < delta.size(); ++k)
    delta[k] = -poly[static_cast<std::size_t>(k) + 1];
  return delta;
}

/// True when 1 - Σ ar_i z^i has all roots outside the unit circle (trailing zeros ignored).
inline bool ar_is_stationary(const double* ar, index n) {
  index last = n;
  while (last > 0 && ar[last - 1] == 0.0)
    --last;
  if (last == 0)
    return true;
  std::vector<double> c(static_cast<std::size_t>(last) + 1);
  c[0] = 1;
  for (index i = 0; i < last; ++i)
    c[static_cast<std::size_t>(i) + 1] = -ar[i];
  for (const auto& z : stats::polynomial_roots(c)) {
    if (!(std::abs(z) > 1.0))
      return false;
  }
  return true;
}

/// Makes an MA polynomial invertible by reflecting roots inside the unit circle (R's
/// `maInvert`), in place on ma[0..n).
inline void ma_invert(double* ma, index n) {
  index q0 = n;
  while (q0 > 0 && ma[q0 - 1] == 0.0)
    --q0;
  if (q0 == 0)
    return;
  std::vector<double> c(static_cast<std::size_t>(q0) + 1);
  c[0] = 1;
  for (index i = 0; i < q0; ++i)
    c[static_cast<std::size_t>(i) + 1] = ma[i];
  std::vector<std::complex<double>> roots = stats::polynomial_roots(c);
  bool any_inside = false;
  for (const auto& z : roots)
    any_inside = any_inside || std::abs(z) < 1.0;
  if (!any_inside)
    return;
  if (q0 == 1) {
    ma[0] = 1.0 / ma[0];
    return;
  }
  for (auto& z : roots) {
    if (std::abs(z) < 1.0)
      z = 1.0 / z;
  }
  // Rebuild Π (1 - B / z_k) from the reflected roots.
  std::vector<std::complex<double>> x{1.0};
  for (const auto& z : roots) {
    std::vector<std::complex<double>> next(x.size() + 1, 0.0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      next[i] += x[i];
      next[i + 1] -= x[i] / z;
    }
    x = std::move(next);
  }
  for (index i = 0; i < q0; ++i)
    ma[i] = x[static_cast<std::size_t>(i) + 1].real();
}

/// Smallest root modulus of 1 - Σ ar_i z^i (sign -1) or 1 + Σ ma_i z^i (sign +1), ignoring
/// trailing coefficients with |c| <= 1e-8 (as forecast's auto.arima); +infinity for none.
inline double min_root_modulus(const dvec& coef, double sign) {
  index last = coef.size();
  while (last > 0 && std::abs(coef[last - 1]) <= 1e-8)
    --last;
  if (last == 0)
    return std::numeric_limits<double>::infinity();
  std::vector<double> c(static_cast<std::size_t>(last) + 1);
  c[0] = 1;
  for (index i = 0; i < last; ++i)
    c[static_cast<std::size_t>(i) + 1] = sign * coef[i];
  double m = std::numeric_limits<double>::infinity();
  for (const auto& z : stats::polynomial_roots(c))
    m = std::min(m, std::abs(z));
  return m;
}

}  // namespace foresight::forecast::arima::detail

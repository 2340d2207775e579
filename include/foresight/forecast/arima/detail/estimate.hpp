// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internals of `arima::fit`: the objectives (conditional sum of squares and the concentrated
/// exact log-likelihood), starting values by regression on the differenced data, and the
/// estimation sequence CSS -> ML of R's `stats::arima` with its outcomes.
/// References: Box, Jenkins, Reinsel & Ljung (2015) section 7.1 (conditional sum of squares);
/// Gardner, Harvey & Phillips (1980) and Harvey (1989) section 3.4 (exact likelihood by the
/// Kalman filter, sigma² concentrated out); Jones (1980) (stationarity transform).
#pragma once

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <Eigen/Core>
#include <Eigen/LU>
#include <Eigen/QR>
#include <Eigen/SVD>

#include <foresight/core/error.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/types.hpp>
#include <foresight/forecast/arima/detail/transform.hpp>
#include <foresight/forecast/arima/spec.hpp>
#include <foresight/forecast/arima/state_space.hpp>
#include <foresight/stats/bfgs.hpp>

namespace foresight::forecast::arima::detail {

/// Why an estimation produced no model (R's `stats::arima` errors), or none.
enum class estimate_error : int {
  none = 0,
  nonstationary_css = 1,   ///< the CSS start has a non-stationary AR part
  optimizer_failure = 2,   ///< non-finite objective at the start or in a gradient
  singular_hessian = 3,    ///< the Hessian cannot be inverted
  nonstationary_init = 4,  ///< state-space initialisation impossible (non-stationary AR)
};

/// Everything `fit` computes; the public model is built from it.
struct estimate {
  estimate_error error = estimate_error::none;
  std::string error_message;
  dvec coef;                 // all coefficients (arma, then regressors), original scale
  std::vector<bool> mask;    // true: estimated
  core::matrix<double> var;  // covariance of the estimated coefficients (mask × mask)
  double sigma2 = std::numeric_limits<double>::quiet_NaN();
  double loglik = std::numeric_limits<double>::quiet_NaN();
  double aic = std::numeric_limits<double>::quiet_NaN();
  core::index n_used = 0;
  dvec residuals;
  state_space ss;  // filter state after the last observation
  core::fit_status status = core::fit_status::converged;
  int iterations = 0;
  int evaluations = 0;
  estimation_method method_used = estimation_method::css_ml;
};

/// Differences `x` d times at lag 1 and D times at lag s (R's `diff`), dropping the first values.
inline dvec difference(const dvec& x, int d, int seasonal_d, core::index period) {
  dvec w = x;
  for (int i = 0; i < d; ++i) {
    if (w.size() <= 1)
      return dvec(0);
    const dvec next = w.tail(w.size() - 1) - w.head(w.size() - 1);
    w = next;
  }
  for (int i = 0; i < seasonal_d; ++i) {
    if (w.size() <= period)
      return dvec(0);
    const dvec next = w.tail(w.size() - period) - w.head(w.size() - period);
    w = next;
  }
  return w;
}

/// CSS: s² = Σ e_t² / (number of finite e_t) over t >= ncond, with e from the ARMA recursion on
/// the differenced series (differenced in place as R does). Fills `resid` if not null.
inline double css_variance(const dvec& x, int d, int seasonal_d, core::index period,
                           const dvec& phi, const dvec& theta, core::index ncond, dvec& w,
                           dvec& resid) {
  const core::index n = x.size();
  w = x;
  for (int i = 0; i < d; ++i)
    for (core::index l = n - 1; l > 0; --l)
      w[l] -= w[l - 1];
  for (int i = 0; i < seasonal_d; ++i)
    for (core::index l = n - 1; l >= period; --l)
      w[l] -= w[l - period];
  resid.setZero(n);
  const core::index p = phi.size();
  const core::index q = theta.size();
  double ssq = 0;
  core::index nu = 0;
  for (core::index l = ncond; l < n; ++l) {
    double tmp = w[l];
    for (core::index j = 0; j < p; ++j)
      tmp -= phi[j] * w[l - j - 1];
    const core::index jmax = std::min(l - ncond, q);
    for (core::index j = 0; j < jmax; ++j)
      tmp -= theta[j] * resid[l - j - 1];
    resid[l] = tmp;
    if (!std::isnan(tmp)) {
      ++nu;
      ssq += tmp * tmp;
    }
  }
  return ssq / static_cast<double>(nu);
}

/// The problem being estimated: data, regressors and orders.
struct problem {
  dvec x;                     // series (NaN = missing)
  core::matrix<double> xreg;  // n × k regressors (deterministic terms first)
  arma_orders orders;
  int d = 0;
  int seasonal_d = 0;
  dvec delta;
  double kappa = 1e6;
  bool fast = false;  // exact differenced likelihood by Chandrasekhar recursions
};

/// Objective evaluator with preallocated workspaces.
class objectives {
 public:
  objectives(const problem& pr, const dvec& fixed, const std::vector<bool>& mask)
      : pr_(pr), fixed_(fixed), mask_(mask) {}

  /// Fills the full coefficient vector from the free values `p`.
  void expand(const dvec& p, dvec& par) const {
    par = fixed_;
    core::index k = 0;
    for (core::index i = 0; i < par.size(); ++i) {
      if (mask_[static_cast<std::size_t>(i)])
        par[i] = p[k++];
    }
  }

  /// Differences `x` into `out` (d times at lag 1, D times at lag s).
  void difference_into(const dvec& x, dvec& out) const {
    out = x;
    core::index len = x.size();
    for (int i = 0; i < pr_.d; ++i) {
      for (core::index l = 0; l + 1 < len; ++l)
        out[l] = out[l + 1] - out[l];
      --len;
    }
    const core::index s = pr_.orders.period;
    for (int i = 0; i < pr_.seasonal_d; ++i) {
      for (core::index l = 0; l + s < len; ++l)
        out[l] = out[l + s] - out[l];
      len -= s;
    }
    out.conservativeResize(std::max<core::index>(len, 0));
  }

  /// Series minus the regression part.
  void adjusted(const dvec& par, dvec& out) const {
    out = pr_.x;
    if (pr_.xreg.cols() > 0)
      out.noalias() -= pr_.xreg * par.tail(pr_.xreg.cols());
  }

  /// 0.5 log s²_CSS (R's armaCSS).
  double css(const dvec& p, core::index ncond) {
    expand(p, par_);
    expand_arma(par_.data(), pr_.orders, phi_, theta_);
    adjusted(par_, xa_);
    const double s2 = css_variance(xa_, pr_.d, pr_.seasonal_d, pr_.orders.period, phi_, theta_,
                                   ncond, w_, resid_);
    return 0.5 * std::log(s2);
  }

  /// 0.5 [log(ssq/nu) + sumlog/nu] (R's armafn), or the largest double when the state-space
  /// form cannot be built.
  double ml(const dvec& p, bool trans) {
    expand(p, par_);
    const dvec& use = trans ? (tpar_ = transform_ar(par_, pr_.orders)) : par_;
    expand_arma(use.data(), pr_.orders, phi_, theta_);
    if (pr_.fast) {
      // Exact likelihood of the differenced series (the kappa -> infinity limit of R's filter).
      adjusted(par_, xa_);
      difference_into(xa_, w_);
      filter_sums s;
      try {
        s = chandrasekhar_likelihood(w_, phi_, theta_);
      } catch (const core::numerical_error&) {
        return std::numeric_limits<double>::max();
      }
      const double nu = static_cast<double>(s.used);
      return 0.5 * (std::log(s.ssq / nu) + s.sumlog / nu);
    }
    state_space ss;
    try {
      ss = make_state_space(phi_, theta_, pr_.delta, pr_.kappa);
    } catch (const core::numerical_error&) {
      return std::numeric_limits<double>::max();
    }
    adjusted(par_, xa_);
    const filter_sums s = kalman_filter(xa_, ss);
    const double nu = static_cast<double>(s.used);
    return 0.5 * (std::log(s.ssq / nu) + s.sumlog / nu);
  }

 private:
  const problem& pr_;
  const dvec& fixed_;
  const std::vector<bool>& mask_;
  dvec par_;
  dvec tpar_;
  dvec phi_;
  dvec theta_;
  dvec xa_;
  dvec w_;
  dvec resid_;
};

/// Initial regression coefficients and their scales from least squares on the differenced data
/// (R: lm(diff(x) ~ diff(xreg) - 1), falling back to the undifferenced data when degenerate).
inline void regression_start(const problem& pr, dvec& coef, dvec& scale) {
  const core::index k = pr.xreg.cols();
  auto fit_ls = [&](const dvec& y, const core::matrix<double>& xm) -> bool {
    std::vector<core::index> rows;
    for (core::index i = 0; i < y.size(); ++i) {
      bool ok = !std::isnan(y[i]);
      for (core::index j = 0; j < k && ok; ++j)
        ok = !std::isnan(xm(i, j));
      if (ok)
        rows.push_back(i);
    }
    const auto m = static_cast<core::index>(rows.size());
    core::matrix<double> a(m, k);
    dvec b(m);
    for (core::index i = 0; i < m; ++i) {
      a.row(i) = xm.row(rows[static_cast<std::size_t>(i)]);
      b[i] = y[rows[static_cast<std::size_t>(i)]];
    }
    Eigen::ColPivHouseholderQR<core::matrix<double>> qr(a);
    qr.setThreshold(1e-7);
    if (m == 0 || qr.rank() == 0)
      return false;
    coef = qr.solve(b);
    const dvec res = b - a * coef;
    const double s2 =
        res.squaredNorm() / static_cast<double>(std::max<core::index>(1, m - qr.rank()));
    // Standard errors from (A'A)^{-1}.
    const core::matrix<double> ata = a.transpose() * a;
    const Eigen::FullPivLU<core::matrix<double>> lu(ata);
    scale.resize(k);
    if (lu.isInvertible()) {
      const core::matrix<double> inv = lu.inverse();
      for (core::index j = 0; j < k; ++j)
        scale[j] = 10.0 * std::sqrt(std::max(0.0, s2 * inv(j, j)));
    } else {
      scale.setConstant(10.0);
    }
    for (core::index j = 0; j < k; ++j) {
      if (!(scale[j] > 0) || !std::isfinite(scale[j]))
        scale[j] = 1.0;
      if (!std::isfinite(coef[j]))
        coef[j] = 0.0;
    }
    return true;
  };
  // Difference regressors column by column like the series.
  const dvec dx = difference(pr.x, pr.d, pr.seasonal_d, pr.orders.period);
  core::matrix<double> dxr(dx.size(), k);
  for (core::index j = 0; j < k; ++j)
    dxr.col(j) = difference(pr.xreg.col(j), pr.d, pr.seasonal_d, pr.orders.period);
  if (dx.size() > k && fit_ls(dx, dxr))
    return;
  if (!fit_ls(pr.x, pr.xreg)) {
    coef = dvec::Zero(k);
    scale = dvec::Ones(k);
  }
}

/// Runs the estimation sequence of R's `stats::arima` on `pr` with spec `s`.
inline estimate run_estimate(problem pr, const spec& s) {
  estimate out;
  const arma_orders& o = pr.orders;
  const core::index narma = o.count();
  const core::index ncxreg = pr.xreg.cols();
  const core::index npar = narma + ncxreg;
  const core::index n = pr.x.size();
  // Missing values (in y or a regressor) force exact ML, as in R.
  bool any_na = !pr.x.allFinite();
  for (core::index j = 0; j < ncxreg && !any_na; ++j)
    any_na = !pr.xreg.col(j).allFinite();
  pr.fast = s.likelihood == likelihood_method::automatic && !any_na;
  estimation_method method = s.method;
  if (method == estimation_method::css_ml && any_na)
    method = estimation_method::ml;
  out.method_used = method;
  core::index ncond = 0;
  if (method != estimation_method::ml)
    ncond = pr.d + pr.seasonal_d * o.period + o.p + o.period * o.sp;

  dvec fixed(npar);
  fixed.setConstant(std::numeric_limits<double>::quiet_NaN());
  if (!s.fixed.empty()) {
    for (core::index i = 0; i < npar; ++i)
      fixed[i] = s.fixed[static_cast<std::size_t>(i)];
  }
  std::vector<bool> mask(static_cast<std::size_t>(npar));
  for (core::index i = 0; i < npar; ++i)
    mask[static_cast<std::size_t>(i)] = std::isnan(fixed[i]);
  out.mask = mask;
  core::index nfree = 0;
  for (const bool m : mask)
    nfree += m ? 1 : 0;
  const bool no_optim = nfree == 0;
  bool transform = s.transform_pars && !no_optim;
  if (transform) {
    for (core::index i = 0; i < o.p; ++i)
      transform = transform && mask[static_cast<std::size_t>(i)];
    for (core::index i = 0; i < o.sp; ++i)
      transform = transform && mask[static_cast<std::size_t>(o.p + o.q + i)];
  }

  dvec init = dvec::Zero(npar);
  dvec parscale = dvec::Ones(npar);
  core::matrix<double> rotation;  // SVD rotation of the regressors (R: when ncxreg > 1)
  bool orig_xreg = true;
  core::index n_used = 0;
  for (core::index i = 0; i < n; ++i) {
    bool ok = !std::isnan(pr.x[i]);
    for (core::index j = 0; j < ncxreg && ok; ++j)
      ok = !std::isnan(pr.xreg(i, j));
    n_used += ok ? 1 : 0;
  }
  n_used -= pr.delta.size();
  if (ncxreg > 0) {
    orig_xreg = ncxreg == 1;
    for (core::index j = 0; j < ncxreg; ++j)
      orig_xreg = orig_xreg || !mask[static_cast<std::size_t>(narma + j)];
    if (!orig_xreg) {
      std::vector<core::index> rows;
      for (core::index i = 0; i < n; ++i) {
        bool ok = true;
        for (core::index j = 0; j < ncxreg && ok; ++j)
          ok = !std::isnan(pr.xreg(i, j));
        if (ok)
          rows.push_back(i);
      }
      core::matrix<double> xr(static_cast<core::index>(rows.size()), ncxreg);
      for (std::size_t i = 0; i < rows.size(); ++i)
        xr.row(static_cast<core::index>(i)) = pr.xreg.row(rows[i]);
      const Eigen::JacobiSVD<core::matrix<double>> svd(xr, Eigen::ComputeThinV);
      rotation = svd.matrixV();
      const core::matrix<double> rotated = pr.xreg * rotation;
      pr.xreg = rotated;
    }
    dvec c;
    dvec sc;
    regression_start(pr, c, sc);
    init.tail(ncxreg) = c;
    parscale.tail(ncxreg) = sc;
  }
  out.n_used = n_used;
  if (n_used <= 0) {
    core::detail::raise<core::invalid_input>(
        "forecast::arima::fit", "too few non-missing observations (", n_used + pr.delta.size(),
        ") for the differencing; expected more than d + s·D = ", pr.delta.size());
  }
  for (core::index i = 0; i < npar; ++i) {
    if (!mask[static_cast<std::size_t>(i)])
      init[i] = fixed[i];
  }

  objectives obj(pr, fixed, mask);
  std::vector<double> scale_free;
  for (core::index i = 0; i < npar; ++i) {
    if (mask[static_cast<std::size_t>(i)])
      scale_free.push_back(parscale[i]);
  }
  auto free_of = [&](const dvec& full) {
    dvec f(nfree);
    core::index k = 0;
    for (core::index i = 0; i < npar; ++i) {
      if (mask[static_cast<std::size_t>(i)])
        f[k++] = full[i];
    }
    return f;
  };
  auto set_free = [&](dvec& full, const dvec& f) {
    core::index k = 0;
    for (core::index i = 0; i < npar; ++i) {
      if (mask[static_cast<std::size_t>(i)])
        full[i] = f[k++];
    }
  };
  stats::bfgs_options<double> bo;
  bo.max_iterations = s.max_iterations;
  bo.parameter_scale = scale_free;
  auto fail = [&](estimate_error e, std::string msg) {
    out.error = e;
    out.error_message = std::move(msg);
    return out;
  };
  auto invert_hessian = [&](const core::matrix<double>& h, core::matrix<double>& inv) {
    const core::matrix<double> hn = h * static_cast<double>(n_used);
    const Eigen::PartialPivLU<core::matrix<double>> lu(hn);
    if (!hn.allFinite() || !(lu.rcond() >= std::numeric_limits<double>::epsilon()))
      return false;
    inv = lu.inverse();
    return true;
  };

  // Minimises f from the free start values (or only evaluates it when everything is fixed).
  auto minimise = [&](auto& f) {
    stats::minimize_result<double> res;
    if (no_optim) {
      res.value = f(dvec(0));
      res.x = dvec(0);
      res.status = core::fit_status::converged;
    } else {
      res = stats::bfgs<double>(f, free_of(init), bo);
    }
    out.status = res.status;
    out.iterations = res.iterations;
    out.evaluations += res.function_evaluations;
    return res;
  };

  dvec coef = fixed;
  double value = 0;
  if (method == estimation_method::css) {
    auto f = [&](const dvec& p) { return obj.css(p, ncond); };
    const stats::minimize_result<double> res = minimise(f);
    if (res.status == core::fit_status::failed)
      return fail(estimate_error::optimizer_failure, "CSS: " + res.message);
    set_free(coef, res.x);
    value = res.value;
    if (!no_optim) {
      const core::matrix<double> h = stats::numerical_hessian<double>(f, res.x, 1e-3, scale_free);
      if (!invert_hessian(h, out.var))
        return fail(estimate_error::singular_hessian, "the CSS Hessian is singular");
    }
    dvec phi;
    dvec theta;
    expand_arma(coef.data(), o, phi, theta);
    try {
      out.ss = make_state_space(phi, theta, pr.delta, pr.kappa);
    } catch (const core::numerical_error& e) {
      return fail(estimate_error::nonstationary_init, e.what());
    }
    dvec xa;
    obj.adjusted(coef, xa);
    (void)kalman_filter(xa, out.ss);  // only the filter state is needed here
    dvec w;
    out.sigma2 =
        css_variance(xa, pr.d, pr.seasonal_d, o.period, phi, theta, ncond, w, out.residuals);
  } else {
    if (method == estimation_method::css_ml) {
      auto f = [&](const dvec& p) { return obj.css(p, ncond); };
      if (!no_optim) {
        const stats::minimize_result<double> res = stats::bfgs<double>(f, free_of(init), bo);
        out.evaluations += res.function_evaluations;
        if (res.status == core::fit_status::converged)
          set_free(init, res.x);
      }
      if (o.p > 0 && !ar_is_stationary(init.data(), o.p))
        return fail(estimate_error::nonstationary_css, "non-stationary AR part from CSS");
      if (o.sp > 0 && !ar_is_stationary(init.data() + o.p + o.q, o.sp))
        return fail(estimate_error::nonstationary_css, "non-stationary seasonal AR part from CSS");
      ncond = 0;
    }
    if (transform) {
      init = inverse_transform_ar(init, o);
      if (o.q > 0)
        ma_invert(init.data() + o.p, o.q);
      if (o.sq > 0)
        ma_invert(init.data() + o.p + o.q + o.sp, o.sq);
    }
    auto f = [&](const dvec& p) { return obj.ml(p, transform); };
    const stats::minimize_result<double> res = minimise(f);
    if (res.status == core::fit_status::failed)
      return fail(estimate_error::optimizer_failure, "ML: " + res.message);
    set_free(coef, res.x);
    value = res.value;
    core::matrix<double> hess;
    if (!no_optim)
      hess = stats::numerical_hessian<double>(f, res.x, 1e-3, scale_free);
    if (transform) {
      bool all_ma = true;
      for (core::index i = 0; i < o.q; ++i)
        all_ma = all_ma && mask[static_cast<std::size_t>(o.p + i)];
      if (o.q > 0 && all_ma)
        ma_invert(coef.data() + o.p, o.q);
      bool all_sma = true;
      for (core::index i = 0; i < o.sq; ++i)
        all_sma = all_sma && mask[static_cast<std::size_t>(o.p + o.q + o.sp + i)];
      if (o.sq > 0 && all_sma)
        ma_invert(coef.data() + o.p + o.q + o.sp, o.sq);
      const dvec now = free_of(coef);
      if (now != res.x) {
        // The MA part was reflected: evaluate again there (R refits with maxit = 0).
        value = f(now);
        hess = stats::numerical_hessian<double>(f, now, 1e-3, scale_free);
      }
      const core::matrix<double> a_full = transform_jacobian(coef, o);
      core::matrix<double> a(nfree, nfree);
      {
        core::index ii = 0;
        for (core::index i = 0; i < npar; ++i) {
          if (!mask[static_cast<std::size_t>(i)])
            continue;
          core::index jj = 0;
          for (core::index j = 0; j < npar; ++j) {
            if (!mask[static_cast<std::size_t>(j)])
              continue;
            a(ii, jj++) = a_full(i, j);
          }
          ++ii;
        }
      }
      core::matrix<double> hinv;
      if (!invert_hessian(hess, hinv))
        return fail(estimate_error::singular_hessian, "the ML Hessian is singular");
      out.var = a.transpose() * hinv * a;
      coef = transform_ar(coef, o);
    } else if (!no_optim) {
      if (!invert_hessian(hess, out.var))
        return fail(estimate_error::singular_hessian, "the ML Hessian is singular");
    }
    dvec phi;
    dvec theta;
    expand_arma(coef.data(), o, phi, theta);
    try {
      out.ss = make_state_space(phi, theta, pr.delta, pr.kappa);
    } catch (const core::numerical_error& e) {
      return fail(estimate_error::nonstationary_init, e.what());
    }
    dvec xa;
    obj.adjusted(coef, xa);
    out.residuals.resize(n);
    const filter_sums sums = kalman_filter(xa, out.ss, out.residuals.data());
    out.sigma2 = sums.ssq / static_cast<double>(n_used);
  }
  const double nu = static_cast<double>(n_used);
  const double dev = 2 * nu * value + nu + nu * std::log(2 * 3.14159265358979323846);
  out.loglik = -0.5 * dev;
  out.aic = method != estimation_method::css ? dev + 2 * static_cast<double>(nfree) + 2
                                             : std::numeric_limits<double>::quiet_NaN();
  if (!orig_xreg) {
    const dvec reg = rotation * coef.tail(ncxreg);
    coef.tail(ncxreg) = reg;
    core::matrix<double> a = core::matrix<double>::Identity(npar, npar);
    a.bottomRightCorner(ncxreg, ncxreg) = rotation;
    core::matrix<double> am(nfree, nfree);
    core::index ii = 0;
    for (core::index i = 0; i < npar; ++i) {
      if (!mask[static_cast<std::size_t>(i)])
        continue;
      core::index jj = 0;
      for (core::index j = 0; j < npar; ++j) {
        if (!mask[static_cast<std::size_t>(j)])
          continue;
        am(ii, jj++) = a(i, j);
      }
      ++ii;
    }
    const core::matrix<double> v = am * out.var * am.transpose();
    out.var = v;
  }
  out.coef = coef;
  return out;
}

}  // namespace foresight::forecast::arima::detail

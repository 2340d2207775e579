// SPDX-License-Identifier: Apache-2.0
/// \file
/// Unconstrained quasi-Newton minimisation (BFGS) with central-difference gradients and a
/// numerical Hessian, following the variable-metric method of Nash as used by R's `optim`.
/// References: Nash (1990), Compact Numerical Methods for Computers, 2nd ed., Algorithm 21;
/// Nocedal & Wright (2006), Numerical Optimization, 2nd ed., section 6.1 (BFGS update) and
/// section 8.1 (finite-difference derivatives).
#pragma once

#include <cmath>
#include <concepts>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/types.hpp>

namespace foresight::stats {

/// Options of `bfgs`; the defaults are those of R's `optim(method = "BFGS")`.
template <std::floating_point Scalar = double>
struct bfgs_options {
  /// Maximum number of iterations (gradient evaluations), >= 0; 0 evaluates the start only.
  int max_iterations = 100;
  /// Stop when a step changes f by less than this times (|f| + tolerance); > 0.
  Scalar relative_tolerance = std::sqrt(std::numeric_limits<Scalar>::epsilon());
  /// Stop as soon as f <= this value (-infinity: never).
  Scalar absolute_tolerance = -std::numeric_limits<Scalar>::infinity();
  /// Central-difference step on the scaled parameters (x / scale), > 0.
  Scalar gradient_step = Scalar(1e-3);
  /// Typical magnitude of each parameter (R's parscale); empty: all 1, else one positive value
  /// per parameter. The search runs on x / scale.
  std::vector<Scalar> parameter_scale{};
};

/// Outcome of a minimisation: the best point found and how the search ended.
template <std::floating_point Scalar = double>
struct minimize_result {
  /// Best point found (the start when nothing better was found).
  core::vector<Scalar> x;
  /// Objective at `x`.
  Scalar value = std::numeric_limits<Scalar>::quiet_NaN();
  /// converged, iteration_limit, or failed (non-finite objective at the start or in a gradient).
  core::fit_status status = core::fit_status::failed;
  /// Iterations performed (gradient evaluations).
  int iterations = 0;
  /// Objective evaluations, those inside numerical gradients included.
  int function_evaluations = 0;
  /// Why the search stopped, in words.
  std::string message;
};

/// Throws invalid_input unless the options are usable for `n` parameters.
template <std::floating_point Scalar>
void validate(const bfgs_options<Scalar>& o, core::index n) {
  constexpr std::string_view where = "stats::bfgs";
  core::detail::require(o.max_iterations >= 0, where, "max_iterations is ", o.max_iterations,
                        "; expected >= 0");
  core::detail::require(o.relative_tolerance > 0, where, "relative_tolerance is ",
                        o.relative_tolerance, "; expected > 0");
  core::detail::require(!std::isnan(o.absolute_tolerance), where,
                        "absolute_tolerance is NaN; expected a number or -infinity");
  core::detail::require(std::isfinite(o.gradient_step) && o.gradient_step > 0, where,
                        "gradient_step is ", o.gradient_step, "; expected a finite value > 0");
  if (!o.parameter_scale.empty()) {
    core::detail::require_size(static_cast<core::index>(o.parameter_scale.size()), n, where,
                               "parameter_scale");
    for (const Scalar s : o.parameter_scale) {
      core::detail::require(std::isfinite(s) && s > 0, where, "parameter_scale has ", s,
                            "; expected finite values > 0");
    }
  }
}

namespace detail {

/// Objective on the scaled parameters u = x / scale, counting evaluations.
template <std::floating_point Scalar, typename F>
class scaled_objective {
 public:
  scaled_objective(F& f, const core::vector<Scalar>& scale)
      : f_(f), scale_(scale), x_(scale.size()) {}

  Scalar operator()(const core::vector<Scalar>& u) {
    ++evaluations;
    x_ = u.cwiseProduct(scale_);
    return static_cast<Scalar>(f_(std::as_const(x_)));
  }

  int evaluations = 0;

 private:
  F& f_;
  const core::vector<Scalar>& scale_;
  core::vector<Scalar> x_;
};

/// Central differences (f(u + h e_i) - f(u - h e_i)) / 2h; false if one is not finite.
template <std::floating_point Scalar, typename G>
bool central_gradient(G& g, core::vector<Scalar>& u, Scalar h, core::vector<Scalar>& grad) {
  for (core::index i = 0; i < u.size(); ++i) {
    const Scalar ui = u[i];
    u[i] = ui + h;
    const Scalar f1 = g(u);
    u[i] = ui - h;
    const Scalar f2 = g(u);
    u[i] = ui;
    grad[i] = (f1 - f2) / (2 * h);
    if (!std::isfinite(grad[i]))
      return false;
  }
  return true;
}

}  // namespace detail

/// Minimises `f(x)` (a callable taking `const core::vector<Scalar>&` and returning a Scalar) from
/// `x0` by BFGS with backtracking line search and central-difference gradients. Non-finite
/// objective values are treated as "too far" by the line search. The result's status is
/// `converged`, `iteration_limit`, or `failed` (non-finite value at x0 or in a gradient).
///
/// Throws: invalid_input if x0 has a non-finite value or the options are invalid.
/// Example: `auto r = stats::bfgs<double>([](const auto& x) { return (x.array() -
/// 1).square().sum(); },
///                                        core::vector<double>::Zero(3));`
/// References: Nash (1990) Algorithm 21; Nocedal & Wright (2006) eq. 6.17 (inverse update).
template <std::floating_point Scalar, typename F>
[[nodiscard]] minimize_result<Scalar> bfgs(F&& f, const Eigen::Ref<const core::vector<Scalar>>& x0,
                                           const bfgs_options<Scalar>& options = {}) {
  constexpr std::string_view where = "stats::bfgs";
  const core::index n = x0.size();
  validate(options, n);
  for (core::index i = 0; i < n; ++i)
    core::detail::require_finite(x0[i], where, "x0");
  core::vector<Scalar> scale = core::vector<Scalar>::Ones(n);
  for (core::index i = 0; i < static_cast<core::index>(options.parameter_scale.size()); ++i)
    scale[i] = options.parameter_scale[static_cast<std::size_t>(i)];
  detail::scaled_objective<Scalar, std::remove_reference_t<F>> g(f, scale);

  minimize_result<Scalar> out;
  core::vector<Scalar> b = x0.cwiseQuotient(scale);
  if (options.max_iterations == 0) {
    out.value = g(b);
    out.x = x0;
    out.status = std::isfinite(out.value) ? core::fit_status::converged : core::fit_status::failed;
    out.function_evaluations = g.evaluations;
    out.message = "max_iterations is 0: start point evaluated only";
    return out;
  }
  Scalar fmin = g(b);
  if (!std::isfinite(fmin)) {
    out.x = x0;
    out.value = fmin;
    out.function_evaluations = g.evaluations;
    out.message = "the objective is not finite at the start point";
    return out;
  }
  const Scalar h = options.gradient_step;
  const Scalar reltol = options.relative_tolerance;
  const Scalar abstol = options.absolute_tolerance;
  constexpr Scalar step_reduction = Scalar(0.2);
  constexpr Scalar acceptance = Scalar(1e-4);
  constexpr Scalar reltest = Scalar(10);

  core::vector<Scalar> grad(n);
  core::vector<Scalar> t(n);
  core::vector<Scalar> xk(n);
  core::vector<Scalar> c(n);
  core::vector<Scalar> w(n);
  core::matrix<Scalar> hinv = core::matrix<Scalar>::Identity(n, n);  // inverse Hessian approx.
  auto fail_gradient = [&](int iter) {
    out.x = b.cwiseProduct(scale);
    out.value = fmin;
    out.iterations = iter;
    out.function_evaluations = g.evaluations;
    out.status = core::fit_status::failed;
    out.message = "a finite-difference gradient is not finite";
    return out;
  };
  if (!detail::central_gradient(g, b, h, grad))
    return fail_gradient(0);
  int iter = 1;
  int gradcount = 1;
  int ilast = gradcount;
  Scalar fval = fmin;
  int count = 0;
  do {
    if (ilast == gradcount)
      hinv.setIdentity();
    xk = b;
    c = grad;
    t.noalias() = -hinv * grad;
    const Scalar gradproj = t.dot(grad);
    if (gradproj < 0) {
      // Backtracking line search with the sufficient-decrease (Armijo) test.
      Scalar steplength = 1;
      bool accpoint = false;
      do {
        count = 0;
        for (core::index i = 0; i < n; ++i) {
          b[i] = xk[i] + steplength * t[i];
          if (reltest + xk[i] == reltest + b[i])
            ++count;
        }
        if (count < n) {
          fval = g(b);
          accpoint = std::isfinite(fval) && fval <= fmin + gradproj * steplength * acceptance;
          if (!accpoint)
            steplength *= step_reduction;
        }
      } while (!(count == n || accpoint));
      const bool enough =
          fval > abstol && std::abs(fval - fmin) > reltol * (std::abs(fmin) + reltol);
      if (!enough) {
        count = static_cast<int>(n);
        fmin = fval;
      }
      if (count < n) {
        fmin = fval;
        if (!detail::central_gradient(g, b, h, grad))
          return fail_gradient(iter);
        ++gradcount;
        ++iter;
        t *= steplength;
        c = grad - c;
        const Scalar d1 = t.dot(c);
        if (d1 > 0) {
          // Nocedal & Wright eq. 6.17 written as Nash's rank-two update of the inverse.
          w.noalias() = hinv * c;
          const Scalar d2 = 1 + w.dot(c) / d1;
          hinv += (d2 * t * t.transpose() - w * t.transpose() - t * w.transpose()) / d1;
        } else {
          ilast = gradcount;
        }
      } else if (ilast < gradcount) {
        count = 0;
        ilast = gradcount;
      }
    } else {
      // Uphill direction: restart from the steepest descent unless just restarted.
      count = 0;
      if (ilast == gradcount)
        count = static_cast<int>(n);
      else
        ilast = gradcount;
    }
    if (iter >= options.max_iterations)
      break;
    if (gradcount - ilast > 2 * n)
      ilast = gradcount;  // periodic restart
  } while (count != n || ilast != gradcount);

  out.x = b.cwiseProduct(scale);
  out.value = fmin;
  out.iterations = iter;
  out.function_evaluations = g.evaluations;
  if (iter < options.max_iterations) {
    out.status = core::fit_status::converged;
    out.message = "relative change of the objective below tolerance";
  } else {
    out.status = core::fit_status::iteration_limit;
    out.message = "stopped at max_iterations";
  }
  return out;
}

/// Central-difference gradient of `f` at `x` with step `step · scale_i` in coordinate i
/// (scale empty: 1). Non-finite entries are returned as they are.
/// Example: `core::vector<double> g = stats::numerical_gradient<double>(f, x);`
template <std::floating_point Scalar, typename F>
[[nodiscard]] core::vector<Scalar> numerical_gradient(
    F&& f, const Eigen::Ref<const core::vector<Scalar>>& x, Scalar step = Scalar(1e-3),
    const std::vector<Scalar>& scale = {}) {
  const core::index n = x.size();
  core::vector<Scalar> sc = core::vector<Scalar>::Ones(n);
  for (core::index i = 0; i < static_cast<core::index>(scale.size()) && i < n; ++i)
    sc[i] = scale[static_cast<std::size_t>(i)];
  auto g = [&](const core::vector<Scalar>& u) {
    const core::vector<Scalar> xx = u.cwiseProduct(sc);
    return static_cast<Scalar>(f(xx));
  };
  core::vector<Scalar> u = x.cwiseQuotient(sc);
  core::vector<Scalar> out(n);
  (void)detail::central_gradient(g, u, step, out);
  return out.cwiseQuotient(sc).eval();
}

/// Numerical Hessian of `f` at `x` by central differences of the central-difference gradient
/// (as R's `optimHess`), symmetrised. `scale` as in `bfgs_options::parameter_scale`.
/// Example: `core::matrix<double> h = stats::numerical_hessian<double>(f, x);`
template <std::floating_point Scalar, typename F>
[[nodiscard]] core::matrix<Scalar> numerical_hessian(
    F&& f, const Eigen::Ref<const core::vector<Scalar>>& x, Scalar step = Scalar(1e-3),
    const std::vector<Scalar>& scale = {}) {
  const core::index n = x.size();
  core::detail::require(scale.empty() || static_cast<core::index>(scale.size()) == n,
                        "stats::numerical_hessian", "scale has ", scale.size(),
                        " values; expected 0 or ", n);
  core::vector<Scalar> sc = core::vector<Scalar>::Ones(n);
  for (core::index i = 0; i < static_cast<core::index>(scale.size()); ++i)
    sc[i] = scale[static_cast<std::size_t>(i)];
  // Work on u = x / scale, as optim does, then map back.
  auto g = [&](const core::vector<Scalar>& u) {
    const core::vector<Scalar> xx = u.cwiseProduct(sc);
    return static_cast<Scalar>(f(xx));
  };
  core::vector<Scalar> u = x.cwiseQuotient(sc);
  core::matrix<Scalar> hess(n, n);
  core::vector<Scalar> d1(n);
  core::vector<Scalar> d2(n);
  for (core::index i = 0; i < n; ++i) {
    const Scalar eps = step / sc[i];
    const Scalar ui = u[i];
    u[i] = ui + eps;
    (void)detail::central_gradient(g, u, step, d1);
    u[i] = ui - eps;
    (void)detail::central_gradient(g, u, step, d2);
    u[i] = ui;
    for (core::index j = 0; j < n; ++j)
      hess(j, i) = (d1[j] - d2[j]) / (2 * eps * sc[i] * sc[j]);
  }
  const core::matrix<Scalar> sym = ((hess + hess.transpose()) / 2).eval();
  return sym;
}

}  // namespace foresight::stats

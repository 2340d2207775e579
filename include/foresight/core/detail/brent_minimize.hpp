// SPDX-License-Identifier: Apache-2.0
/// \file
/// Brent's one-dimensional minimiser (golden section with parabolic interpolation), following
/// the procedure `localmin` step for step in the form R's `optimize` uses, so that estimators
/// built on it (Guerrero's Box-Cox lambda) reproduce R's results to rounding. Not API.
/// References: Brent (1973), Algorithms for Minimization without Derivatives, ch. 5 (localmin);
/// R Core Team, `optimize` (stats, the Brent_fmin routine).
#pragma once

#include <cmath>
#include <concepts>
#include <limits>

namespace foresight::core::detail {

/// Approximate minimiser of `f` on [lo, hi] to within about 3·sqrt(eps)·|x| + tol. A non-finite
/// value of f counts as the largest finite value (as R's optimize does), so the search moves away
/// from where f is undefined. Requires lo < hi and tol > 0 (checked by callers).
template <std::floating_point Scalar, typename F>
Scalar brent_minimize(F&& f, Scalar lo, Scalar hi, Scalar tol) {
  const auto eval = [&](Scalar x) {
    const Scalar v = f(x);
    return std::isfinite(v) ? v : std::numeric_limits<Scalar>::max();
  };
  // Square of the inverse golden ratio: the golden-section fraction.
  const Scalar golden = (Scalar{3} - std::sqrt(Scalar{5})) * Scalar{0.5};
  const Scalar sqrt_eps = std::sqrt(std::numeric_limits<Scalar>::epsilon());
  const Scalar third_tol = tol / Scalar{3};

  Scalar a = lo;
  Scalar b = hi;
  // x: best point so far; w: second best; v: previous value of w.
  Scalar x = a + golden * (b - a);
  Scalar w = x;
  Scalar v = x;
  Scalar fx = eval(x);
  Scalar fw = fx;
  Scalar fv = fx;
  Scalar step = 0;       // the step just taken ("d" in Brent)
  Scalar prev_step = 0;  // the step before it ("e" in Brent)

  for (;;) {
    const Scalar mid = (a + b) * Scalar{0.5};
    const Scalar tol1 = sqrt_eps * std::abs(x) + third_tol;
    const Scalar tol2 = tol1 * Scalar{2};
    if (std::abs(x - mid) <= tol2 - (b - a) * Scalar{0.5})
      break;

    Scalar num = 0;  // parabolic step = num / den
    Scalar den = 0;
    Scalar older = 0;
    if (std::abs(prev_step) > tol1) {
      // Parabola through (x, fx), (w, fw), (v, fv): Brent (1973) section 5.4.
      const Scalar r = (x - w) * (fx - fv);
      Scalar q = (x - v) * (fx - fw);
      num = (x - v) * q - (x - w) * r;
      q = (q - r) * Scalar{2};
      if (q > 0)
        num = -num;
      else
        q = -q;
      den = q;
      older = prev_step;
      prev_step = step;
    }

    Scalar u = 0;
    const bool parabola_rejected = std::abs(num) >= std::abs(den * Scalar{0.5} * older) ||
                                   num <= den * (a - x) || num >= den * (b - x);
    if (parabola_rejected) {
      prev_step = (x < mid) ? b - x : a - x;
      step = golden * prev_step;
    } else {
      step = num / den;
      u = x + step;
      // Keep away from the ends of the bracket.
      if (u - a < tol2 || b - u < tol2)
        step = (x >= mid) ? -tol1 : tol1;
    }

    // Never evaluate f closer than tol1 to x.
    if (std::abs(step) >= tol1)
      u = x + step;
    else if (step > 0)
      u = x + tol1;
    else
      u = x - tol1;
    const Scalar fu = eval(u);

    if (fu <= fx) {
      if (u < x)
        b = x;
      else
        a = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x)
        a = u;
      else
        b = u;
      if (fu <= fw || w == x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v == x || v == w) {
        v = u;
        fv = fu;
      }
    }
  }
  return x;
}

}  // namespace foresight::core::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Service measures and loss functions: cycle service level (type 1, alpha), fill rate (type 2,
/// beta), the standard normal loss function G(z) and its second-order companion, their inverse,
/// safety factors for a target alpha or beta, expected shortage per cycle and the conversions
/// between alpha and beta; discrete demand (Poisson, negative binomial, empirical) tabulated
/// as `pmf_table` with first- and second-order loss functions.
/// References: Silver, Pyke & Thomas (2017), Inventory and Production Management in Supply
/// Chains, 4th ed., ch. 6 and appendix III (G_u(k)); Zipkin (2000), Foundations of Inventory
/// Management, appendix C (loss functions); Snyder & Shen (2019), Fundamentals of Supply Chain
/// Theory, 2nd ed., appendix C.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <limits>
#include <numbers>
#include <string_view>
#include <vector>

#include <boost/math/tools/roots.hpp>

#include <foresight/core/distribution.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/inventory/detail/validate.hpp>

namespace foresight::inventory {

/// Cycle service level (type 1, alpha): probability of no stockout in a replenishment cycle.
template <std::floating_point Scalar = double>
struct cycle_service_level {
  /// Target probability, in (0, 1).
  Scalar value = Scalar(0.95);
};

/// Fill rate (type 2, beta): fraction of demand met from stock on hand.
template <std::floating_point Scalar = double>
struct fill_rate {
  /// Target fraction, in (0, 1).
  Scalar value = Scalar(0.98);
};

// ---------------------------------------------------------------------------------------------
// Standard normal loss functions.

namespace detail {
template <std::floating_point Scalar>
[[nodiscard]] Scalar std_normal_pdf(Scalar z) noexcept {
  return std::exp(-z * z / 2) / std::sqrt(2 * std::numbers::pi_v<Scalar>);
}
template <std::floating_point Scalar>
[[nodiscard]] Scalar std_normal_upper_tail(Scalar z) noexcept {
  return std::erfc(z / std::numbers::sqrt2_v<Scalar>) / 2;
}
}  // namespace detail

/// Standard normal loss function G(z) = E[(Z - z)^+] = phi(z) - z (1 - Phi(z)).
/// Throws: invalid_input if z is NaN.
/// Example: `inventory::standard_normal_loss(1.0)` is 0.0833155.
template <std::floating_point Scalar>
[[nodiscard]] Scalar standard_normal_loss(Scalar z) {
  core::detail::require(!std::isnan(z), "inventory::standard_normal_loss",
                        "z is NaN; expected a number");
  if (z == std::numeric_limits<Scalar>::infinity())
    return 0;
  if (z == -std::numeric_limits<Scalar>::infinity())
    return std::numeric_limits<Scalar>::infinity();
  // Zipkin (2000) eq. C.2.8; evaluated in double to keep the cancellation small for float.
  const double x = static_cast<double>(z);
  return static_cast<Scalar>(
      std::max(0.0, detail::std_normal_pdf(x) - x * detail::std_normal_upper_tail(x)));
}

/// Second-order standard normal loss G2(z) = E[((Z - z)^+)^2] / 2 = integral of G over (z, inf).
/// Throws: invalid_input if z is NaN.
/// Example: `inventory::standard_normal_loss2(0.0)` is 0.25.
template <std::floating_point Scalar>
[[nodiscard]] Scalar standard_normal_loss2(Scalar z) {
  core::detail::require(!std::isnan(z), "inventory::standard_normal_loss2",
                        "z is NaN; expected a number");
  if (z == std::numeric_limits<Scalar>::infinity())
    return 0;
  // Zipkin (2000) eq. C.2.9: G2(z) = ((z^2 + 1)(1 - Phi(z)) - z phi(z)) / 2.
  const double x = static_cast<double>(z);
  return static_cast<Scalar>(std::max(
      0.0, ((x * x + 1) * detail::std_normal_upper_tail(x) - x * detail::std_normal_pdf(x)) / 2));
}

/// The z with G(z) = `loss`, for loss > 0 (G is strictly decreasing).
/// Throws: invalid_input if loss is not finite and > 0.
/// Example: `inventory::inverse_standard_normal_loss(0.0833155)` is 1.0.
template <std::floating_point Scalar>
[[nodiscard]] Scalar inverse_standard_normal_loss(Scalar loss) {
  constexpr std::string_view where = "inventory::inverse_standard_normal_loss";
  detail::require_positive(loss, where, "loss");
  const double g = static_cast<double>(loss);
  // Bracket: G(z) >= -z, so G(-g) >= g; G decreases to 0, so step right until below g.
  double lo = -g - 1;
  double hi = 0;
  while (standard_normal_loss(hi) > g && hi < 40)
    hi += 1;
  // G underflows to 0 near z = 38.5; flooring it at the smallest subnormal keeps the log finite
  // at the right end of the bracket (a root at an infinite end gives the solver NaN), and every
  // positive double loss is >= that floor, so the root stays inside the bracket.
  auto f = [g](double z) {
    const double tiny = std::numeric_limits<double>::denorm_min();
    return std::log(std::max(standard_normal_loss(z), tiny)) - std::log(g);
  };
  if (hi >= 40)
    return static_cast<Scalar>(hi);  // unreachable for double: G(39) already underflows to 0
  std::uintmax_t iterations = 200;
  const auto r = boost::math::tools::toms748_solve(
      f, lo, hi, boost::math::tools::eps_tolerance<double>(52), iterations);
  return static_cast<Scalar>((r.first + r.second) / 2);
}

// ---------------------------------------------------------------------------------------------
// Safety factors and conversions for normal lead-time demand.

/// Safety factor z = Phi^{-1}(alpha) for a cycle service level.
/// Throws: invalid_input if alpha is outside (0, 1).
/// Example: `inventory::safety_factor(inventory::cycle_service_level{0.95})` is 1.6449.
template <std::floating_point Scalar>
[[nodiscard]] Scalar safety_factor(const cycle_service_level<Scalar>& alpha) {
  detail::require_probability(alpha.value, "inventory::safety_factor", "cycle service level");
  return core::normal_quantile<Scalar>(alpha.value);
}

/// Safety factor z for a fill rate beta with order quantity Q and lead-time demand sd sigma, from
/// the classic loss-function condition sigma G(z) = (1 - beta) Q (Silver, Pyke & Thomas 2017,
/// eq. 6.21; it ignores the shortage still open from the previous cycle, which is negligible
/// unless Q is small relative to sigma).
/// Throws: invalid_input if beta is outside (0, 1) or Q, sigma are not finite and > 0.
/// Example: `inventory::safety_factor(inventory::fill_rate{0.98}, 200.0, 50.0)` is 1.0463.
template <std::floating_point Scalar>
[[nodiscard]] Scalar safety_factor(const fill_rate<Scalar>& beta, Scalar order_quantity,
                                   Scalar sigma) {
  constexpr std::string_view where = "inventory::safety_factor";
  detail::require_probability(beta.value, where, "fill rate");
  detail::require_positive(order_quantity, where, "order_quantity");
  detail::require_positive(sigma, where, "sigma");
  return inverse_standard_normal_loss<Scalar>((1 - beta.value) * order_quantity / sigma);
}

/// Expected shortage per replenishment cycle E[(D - r)^+] for normal lead-time demand D.
/// Throws: invalid_input if the distribution or r is invalid.
/// Example: `inventory::expected_shortage(core::gaussian<double>{100, 20}, 120.0)` is 1.6663.
template <std::floating_point Scalar>
[[nodiscard]] Scalar expected_shortage(const core::gaussian<Scalar>& lead_time_demand,
                                       Scalar reorder_point) {
  constexpr std::string_view where = "inventory::expected_shortage";
  core::detail::validate_gaussian(lead_time_demand, where);
  detail::require_finite(reorder_point, where, "reorder_point");
  if (lead_time_demand.sd == 0)
    return std::max(Scalar{0}, lead_time_demand.mean - reorder_point);
  return lead_time_demand.sd *
         standard_normal_loss((reorder_point - lead_time_demand.mean) / lead_time_demand.sd);
}

/// Fill rate achieved by the safety factor z = Phi^{-1}(alpha) with order quantity Q and
/// lead-time demand sd sigma: beta = 1 - sigma G(z) / Q (the classic approximation of
/// `safety_factor(fill_rate, ...)`).
/// Throws: invalid_input if alpha is outside (0, 1) or Q, sigma are not finite and > 0.
/// Example: `inventory::to_fill_rate(inventory::cycle_service_level{0.95}, 200.0, 50.0)`.
template <std::floating_point Scalar>
[[nodiscard]] fill_rate<Scalar> to_fill_rate(const cycle_service_level<Scalar>& alpha,
                                             Scalar order_quantity, Scalar sigma) {
  constexpr std::string_view where = "inventory::to_fill_rate";
  detail::require_positive(order_quantity, where, "order_quantity");
  detail::require_positive(sigma, where, "sigma");
  const Scalar z = safety_factor(alpha);
  return {std::clamp(Scalar(1) - sigma * standard_normal_loss(z) / order_quantity, Scalar(0),
                     Scalar(1))};
}

/// Cycle service level implied by a fill-rate target: Phi(z) with z from the loss condition.
/// Throws: invalid_input as `safety_factor(fill_rate, ...)`.
/// Example: `inventory::to_cycle_service_level(inventory::fill_rate{0.98}, 200.0, 50.0)`.
template <std::floating_point Scalar>
[[nodiscard]] cycle_service_level<Scalar> to_cycle_service_level(const fill_rate<Scalar>& beta,
                                                                 Scalar order_quantity,
                                                                 Scalar sigma) {
  const Scalar z = safety_factor(beta, order_quantity, sigma);
  return {Scalar(1) - detail::std_normal_upper_tail(z)};
}

// ---------------------------------------------------------------------------------------------
// Discrete demand.

/// Poisson demand per period.
template <std::floating_point Scalar = double>
struct poisson_demand {
  /// Mean demand per period (> 0).
  Scalar mean = 1;
};

/// Negative binomial demand per period, given by its mean and variance (variance > mean).
template <std::floating_point Scalar = double>
struct negative_binomial_demand {
  /// Mean demand per period (> 0).
  Scalar mean = 1;
  /// Variance of demand per period (> mean; overdispersion relative to Poisson).
  Scalar variance = 2;
};

/// Empirical (arbitrary) discrete demand per period: probability[k] = P(D = k), k = 0..n-1.
template <std::floating_point Scalar = double>
struct empirical_demand {
  /// Probabilities of 0, 1, ..., n-1 units (non-negative, summing to 1 within 1e-6).
  std::vector<Scalar> probability{};
};

/// Tabulated probability mass function of a non-negative integer demand (e.g. lead-time demand).
/// `pmf[k] = P(D = k)` for k = 0..size-1; the table stops where the remaining tail is below the
/// tolerance used to build it, while `mean` and `variance` are those of the untruncated
/// distribution, so loss functions computed through them stay exact.
template <std::floating_point Scalar = double>
struct pmf_table {
  /// P(D = k), k = 0..size-1.
  std::vector<Scalar> pmf;
  /// E[D] of the untruncated distribution.
  Scalar mean = 0;
  /// Var[D] of the untruncated distribution.
  Scalar variance = 0;
};

namespace detail {

/// Fills a pmf from its mode outwards with the ratio r(k) = p(k) / p(k-1), stopping above the
/// mode once a geometric bound on the remaining tail falls below `tail`.
template <typename Ratio>
[[nodiscard]] std::vector<double> pmf_from_mode(long mode, double log_p_mode, Ratio ratio,
                                                double tail_limit_ratio, double tail) {
  std::vector<double> up;  // p(mode), p(mode+1), ...
  double p = std::exp(log_p_mode);
  up.push_back(p);
  for (long k = mode + 1; k < mode + 100000000L; ++k) {
    const double rk = ratio(k);
    p *= rk;
    up.push_back(p);
    const double rho = std::max(ratio(k + 1), tail_limit_ratio);
    if (rho < 1 && p * rho / (1 - rho) < tail)
      break;
  }
  std::vector<double> out(static_cast<std::size_t>(mode) + up.size());
  p = std::exp(log_p_mode);
  for (long k = mode; k > 0; --k) {
    out[static_cast<std::size_t>(k)] = p;
    p /= ratio(k);
  }
  if (mode >= 0)
    out[0] = mode == 0 ? up[0] : p;
  for (std::size_t i = 0; i < up.size(); ++i)
    out[static_cast<std::size_t>(mode) + i] = up[i];
  return out;
}

template <std::floating_point Scalar>
[[nodiscard]] pmf_table<Scalar> to_table(const std::vector<double>& p, double mean,
                                         double variance) {
  pmf_table<Scalar> t;
  t.pmf.resize(p.size());
  for (std::size_t i = 0; i < p.size(); ++i)
    t.pmf[i] = static_cast<Scalar>(p[i]);
  t.mean = static_cast<Scalar>(mean);
  t.variance = static_cast<Scalar>(variance);
  return t;
}

inline constexpr double default_tail = 1e-14;

}  // namespace detail

/// Pmf of the total Poisson demand over `periods` periods (Poisson with mean periods * mean).
/// `periods` = 0 gives a point mass at 0. Throws: invalid_input if mean is not finite and > 0 or
/// periods < 0.
/// Example: `auto ltd = inventory::tabulate(inventory::poisson_demand{1.5}, 2);`
template <std::floating_point Scalar>
[[nodiscard]] pmf_table<Scalar> tabulate(const poisson_demand<Scalar>& d, core::index periods = 1) {
  constexpr std::string_view where = "inventory::tabulate(poisson_demand)";
  detail::require_positive(d.mean, where, "mean");
  core::detail::require(periods >= 0, where, "periods is ", periods, "; expected periods >= 0");
  if (periods == 0)
    return {{Scalar(1)}, 0, 0};
  const double lambda = static_cast<double>(d.mean) * static_cast<double>(periods);
  const auto mode = static_cast<long>(std::floor(lambda));
  const double log_mode = -lambda + static_cast<double>(mode) * std::log(lambda) -
                          std::lgamma(static_cast<double>(mode) + 1);
  const auto p = detail::pmf_from_mode(
      mode, log_mode, [lambda](long k) { return lambda / static_cast<double>(k); }, 0.0,
      detail::default_tail);
  return detail::to_table<Scalar>(p, lambda, lambda);
}

/// Pmf of the total negative binomial demand over `periods` periods (sums of independent
/// NB(size, prob) periods are NB(periods * size, prob): mean and variance scale with periods).
/// Throws: invalid_input unless 0 < mean < variance (both finite) and periods >= 0.
/// Example: `auto t = inventory::tabulate(inventory::negative_binomial_demand{4.0, 8.0});`
template <std::floating_point Scalar>
[[nodiscard]] pmf_table<Scalar> tabulate(const negative_binomial_demand<Scalar>& d,
                                         core::index periods = 1) {
  constexpr std::string_view where = "inventory::tabulate(negative_binomial_demand)";
  detail::require_positive(d.mean, where, "mean");
  detail::require_positive(d.variance, where, "variance");
  if (!(d.variance > d.mean)) {
    core::detail::raise<core::invalid_input>(where, "variance is ", d.variance,
                                             "; expected variance > mean (", d.mean, ")");
  }
  core::detail::require(periods >= 0, where, "periods is ", periods, "; expected periods >= 0");
  if (periods == 0)
    return {{Scalar(1)}, 0, 0};
  const double n = static_cast<double>(periods);
  const double mu = static_cast<double>(d.mean) * n;
  const double var = static_cast<double>(d.variance) * n;
  const double prob = mu / var;              // success probability
  const double size = mu * mu / (var - mu);  // number of successes r
  const double q = 1 - prob;
  // Mode of NB(r, p): floor((r - 1) q / p) for r > 1, else 0.
  const auto mode = size > 1 ? static_cast<long>(std::floor((size - 1) * q / prob)) : 0L;
  const double km = static_cast<double>(mode);
  const double log_mode = std::lgamma(km + size) - std::lgamma(size) - std::lgamma(km + 1) +
                          size * std::log(prob) + km * std::log(q);
  const auto p = detail::pmf_from_mode(
      mode, log_mode,
      [size, q](long k) {
        return (static_cast<double>(k) - 1 + size) * q / static_cast<double>(k);
      },
      q, detail::default_tail);
  return detail::to_table<Scalar>(p, mu, var);
}

/// Pmf of the total empirical demand over `periods` independent periods (repeated convolution).
/// Throws: invalid_input if probabilities are empty, negative, non-finite or do not sum to 1.
/// Example: `auto t = inventory::tabulate(inventory::empirical_demand<double>{{0.2, 0.5, 0.3}});`
template <std::floating_point Scalar>
[[nodiscard]] pmf_table<Scalar> tabulate(const empirical_demand<Scalar>& d,
                                         core::index periods = 1) {
  constexpr std::string_view where = "inventory::tabulate(empirical_demand)";
  core::detail::require(!d.probability.empty(), where,
                        "probability is empty; expected P(D = k) for k = 0..n-1");
  double total = 0;
  for (const Scalar p : d.probability) {
    core::detail::require(std::isfinite(p) && p >= 0, where, "probability ", p,
                          " is invalid; expected finite values >= 0");
    total += static_cast<double>(p);
  }
  core::detail::require(std::abs(total - 1) <= 1e-6, where, "probabilities sum to ", total,
                        "; expected 1");
  core::detail::require(periods >= 0, where, "periods is ", periods, "; expected periods >= 0");
  std::vector<double> one(d.probability.begin(), d.probability.end());
  std::vector<double> acc{1.0};
  for (core::index n = 0; n < periods; ++n) {
    std::vector<double> next(acc.size() + one.size() - 1, 0.0);
    for (std::size_t i = 0; i < acc.size(); ++i) {
      for (std::size_t j = 0; j < one.size(); ++j)
        next[i + j] += acc[i] * one[j];
    }
    acc = std::move(next);
  }
  double m = 0;
  double m2 = 0;
  for (std::size_t k = 0; k < acc.size(); ++k) {
    const auto x = static_cast<double>(k);
    m += x * acc[k];
    m2 += x * x * acc[k];
  }
  return detail::to_table<Scalar>(acc, m, m2 - m * m);
}

/// P(D <= x) for a tabulated demand (1 beyond the table, which ends where the tail is < 1e-14).
template <std::floating_point Scalar>
[[nodiscard]] Scalar cdf(const pmf_table<Scalar>& t, core::index x) noexcept {
  if (x < 0)
    return 0;
  Scalar s = 0;
  const auto n = std::min(static_cast<std::size_t>(x) + 1, t.pmf.size());
  for (std::size_t k = 0; k < n; ++k)
    s += t.pmf[k];
  return std::min(s, Scalar(1));
}

/// Complementary loss E[(x - D)^+] (expected leftover) for a tabulated demand.
template <std::floating_point Scalar>
[[nodiscard]] Scalar complementary_loss(const pmf_table<Scalar>& t, core::index x) noexcept {
  Scalar s = 0;
  const auto n = std::min(static_cast<std::size_t>(std::max<core::index>(x, 0)), t.pmf.size());
  for (std::size_t k = 0; k < n; ++k)
    s += static_cast<Scalar>(x - static_cast<core::index>(k)) * t.pmf[k];
  if (x > static_cast<core::index>(t.pmf.size())) {
    // Beyond the table: E[(x - D)^+] = x - E[D] + E[(D - x)^+], the last term below the tail.
    return std::max(s, static_cast<Scalar>(x) - t.mean);
  }
  return s;
}

/// First-order loss function n(x) = E[(D - x)^+] (expected shortage) for a tabulated demand;
/// exact through the identity n(x) = E[D] - x + E[(x - D)^+] (Zipkin 2000, eq. C.2.4).
/// Example: `inventory::loss(inventory::tabulate(inventory::poisson_demand{6.0}), 4)`.
template <std::floating_point Scalar>
[[nodiscard]] Scalar loss(const pmf_table<Scalar>& t, core::index x) noexcept {
  return std::max(Scalar(0), t.mean - static_cast<Scalar>(x) + complementary_loss(t, x));
}

/// Second-order loss n2(x) = E[(D - x)^+ (D - x - 1)^+] / 2 for a tabulated demand (Zipkin
/// 2000, eq. C.2.5), exact through the mean and variance of the untruncated distribution.
/// Example: `inventory::loss2(inventory::tabulate(inventory::poisson_demand{6.0}), 4)`.
template <std::floating_point Scalar>
[[nodiscard]] Scalar loss2(const pmf_table<Scalar>& t, core::index x) noexcept {
  const double xd = static_cast<double>(x);
  const double mu = static_cast<double>(t.mean);
  const double second = static_cast<double>(t.variance) + mu * mu;
  // E[(D - x)(D - x - 1)] minus the terms with D <= x, where (D-x)(D-x-1) = (x-D)(x-D+1).
  double below = 0;
  const auto n = std::min(static_cast<std::size_t>(std::max<core::index>(x, 0)), t.pmf.size());
  for (std::size_t k = 0; k < n; ++k) {
    const double a = xd - static_cast<double>(k);
    below += a * (a + 1) * static_cast<double>(t.pmf[k]);
  }
  return static_cast<Scalar>(
      std::max(0.0, (second - (2 * xd + 1) * mu + xd * (xd + 1) - below) / 2));
}

/// Mean of a tabulated demand.
template <std::floating_point Scalar>
[[nodiscard]] Scalar mean(const pmf_table<Scalar>& t) noexcept {
  return t.mean;
}

/// Variance of a tabulated demand.
template <std::floating_point Scalar>
[[nodiscard]] Scalar variance(const pmf_table<Scalar>& t) noexcept {
  return t.variance;
}

/// Smallest x with P(D <= x) >= p (the discrete quantile) for a tabulated demand.
/// Throws: invalid_input if p is outside (0, 1).
template <std::floating_point Scalar>
[[nodiscard]] core::index quantile(const pmf_table<Scalar>& t, Scalar p) {
  detail::require_probability(p, "inventory::quantile(pmf_table)", "p");
  Scalar s = 0;
  for (std::size_t k = 0; k < t.pmf.size(); ++k) {
    s += t.pmf[k];
    if (s >= p)
      return static_cast<core::index>(k);
  }
  return static_cast<core::index>(t.pmf.size()) - 1;
}

/// Smallest reorder point r with P(lead-time demand <= r) >= alpha (discrete demand).
/// Throws: invalid_input if alpha is outside (0, 1).
/// Example: `inventory::reorder_point(ltd, inventory::cycle_service_level{0.95})`.
template <std::floating_point Scalar>
[[nodiscard]] core::index reorder_point(const pmf_table<Scalar>& lead_time_demand,
                                        const cycle_service_level<Scalar>& alpha) {
  detail::require_probability(alpha.value, "inventory::reorder_point", "cycle service level");
  return quantile(lead_time_demand, alpha.value);
}

/// Smallest reorder point r of an (r, Q) policy with exact discrete fill rate
/// 1 - (n(r) - n(r + Q)) / Q >= beta (continuous review, unit demands; Zipkin 2000, eq. 6.2.14).
/// Throws: invalid_input if beta is outside (0, 1) or Q < 1.
/// Example: `inventory::reorder_point(ltd, inventory::fill_rate{0.98}, 10)`.
template <std::floating_point Scalar>
[[nodiscard]] core::index reorder_point(const pmf_table<Scalar>& lead_time_demand,
                                        const fill_rate<Scalar>& beta, core::index order_quantity) {
  constexpr std::string_view where = "inventory::reorder_point";
  detail::require_probability(beta.value, where, "fill rate");
  core::detail::require(order_quantity >= 1, where, "order_quantity is ", order_quantity,
                        "; expected order_quantity >= 1");
  const auto q = static_cast<Scalar>(order_quantity);
  const auto meets = [&](core::index r) {
    const Scalar achieved =
        1 - (loss(lead_time_demand, r) - loss(lead_time_demand, r + order_quantity)) / q;
    return achieved >= beta.value;
  };
  // The achieved fill rate (1/Q) sum_{y=r}^{r+Q-1} F(y) increases with r: 0 at r = -Q - 1 (all
  // of D's support above r + Q) and 1 at the end of the table (loss 0 beyond it). Bisection keeps
  // this O(n log n) instead of the O(n^2) of a linear scan with O(n) loss evaluations.
  core::index lo = -order_quantity - 1;  // fails
  core::index hi = static_cast<core::index>(lead_time_demand.pmf.size());
  while (!meets(hi))
    hi = 2 * hi + 1;  // only if rounding keeps the table's end just below beta
  while (hi - lo > 1) {
    const core::index mid = lo + (hi - lo) / 2;
    (meets(mid) ? hi : lo) = mid;
  }
  return hi;
}

}  // namespace foresight::inventory

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internals of `inventory/periodic.hpp`: argument checks, renewal quantities of discrete demand,
/// per-level end-of-period measures (discrete and normal demand), their steady-state averages
/// for each policy kind, and the (s, S) search of Zheng & Federgruen (1991).
/// References: Zheng & Federgruen (1991), Operations Research 39(4):654-665; Axsaeter (2015),
/// Inventory Control, 3rd ed., section 5.9.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/inventory/detail/validate.hpp>
#include <foresight/inventory/policy.hpp>
#include <foresight/inventory/service.hpp>

namespace foresight::inventory::detail {

template <std::floating_point Scalar>
void validate_periodic_costs(const periodic_costs<Scalar>& c, std::string_view where) {
  require_positive(c.holding_cost, where, "holding_cost");
  require_positive(c.stockout_cost, where, "stockout_cost");
  require_nonnegative(c.fixed_cost, where, "fixed_cost");
}

template <std::floating_point Scalar>
void validate_policy(const policy<Scalar>& p, std::string_view where) {
  const auto kind = static_cast<int>(p.kind);
  core::detail::require(kind >= 0 && kind <= 3, where, "kind is ", kind,
                        "; expected a policy_kind (0..3)");
  require_finite(p.reorder_point, where, "reorder_point");
  require_finite(p.order_up_to, where, "order_up_to");
  core::detail::require(p.review_period >= 1, where, "review_period is ", p.review_period,
                        "; expected review_period >= 1");
  if (p.kind == policy_kind::min_max && !(p.order_up_to > p.reorder_point)) {
    core::detail::raise<core::invalid_input>(where, "order_up_to is ", p.order_up_to,
                                             "; expected order_up_to > reorder_point (",
                                             p.reorder_point, ")");
  }
  if (p.kind == policy_kind::reorder_point)
    require_positive(p.order_quantity, where, "order_quantity");
}

/// Renewal quantities of one-period demand: m(j) for j < n (Zheng & Federgruen 1991, eq. 3).
template <std::floating_point Scalar>
[[nodiscard]] std::vector<double> renewal_density(const pmf_table<Scalar>& d, core::index n) {
  std::vector<double> m(static_cast<std::size_t>(std::max<core::index>(n, 1)), 0.0);
  const double p0 = d.pmf.empty() ? 0.0 : static_cast<double>(d.pmf[0]);
  core::detail::require(p0 < 1, "inventory::detail::renewal_density",
                        "demand is 0 with probability 1; expected positive demand");
  m[0] = 1 / (1 - p0);
  for (std::size_t j = 1; j < m.size(); ++j) {
    double s = 0;
    const std::size_t lmax = std::min(j, d.pmf.size() - 1);
    for (std::size_t l = 1; l <= lmax; ++l)
      s += static_cast<double>(d.pmf[l]) * m[j - l];
    m[j] = s / (1 - p0);
  }
  return m;
}

/// Per-level end-of-period measures with IP = y: (P(IL >= 0), E[IL^+], E[IL^-], new shortage).
struct level_measures {
  double no_stockout = 0;
  double on_hand = 0;
  double backorders = 0;
  double shortage = 0;
};

template <std::floating_point Scalar>
[[nodiscard]] level_measures measures_discrete(const pmf_table<Scalar>& d_l1,
                                               const pmf_table<Scalar>& d_l, core::index y) {
  level_measures m;
  m.no_stockout = static_cast<double>(cdf(d_l1, y));
  m.on_hand = static_cast<double>(complementary_loss(d_l1, y));
  m.backorders = static_cast<double>(loss(d_l1, y));
  // Units short in the period: E[IL_end^-] - E[(IL_end + D_t)^-], with IL_end + D_t = y - D_L
  // (Axsaeter 2015, eq. 5.37 for the discrete case).
  m.shortage = m.backorders - static_cast<double>(loss(d_l, y));
  return m;
}

inline level_measures measures_normal(double mu1, double s1, double mu0, double s0, double y) {
  auto n = [](double mu, double s, double x) {
    return s > 0 ? s * static_cast<double>(standard_normal_loss((x - mu) / s))
                 : std::max(0.0, mu - x);
  };
  level_measures m;
  m.no_stockout = s1 > 0 ? 1 - static_cast<double>(std_normal_upper_tail((y - mu1) / s1))
                         : (y >= mu1 ? 1.0 : 0.0);
  m.backorders = n(mu1, s1, y);
  m.on_hand = y - mu1 + m.backorders;
  m.shortage = m.backorders - n(mu0, s0, y);
  return m;
}

/// Averages of the measures for IP uniform on [r, r + Q] with normal demand (closed form via
/// first- and second-order loss functions).
inline level_measures measures_normal_uniform(double mu1, double s1, double mu0, double s0,
                                              double r, double q) {
  // integral over y in [r, r + Q] of n(y) = s^2 (G2(z_r) - G2(z_{r+Q})); of P(D > y) = s (G(z_r)
  // - G(z_{r+Q})).
  auto int_n = [&](double mu, double s) {
    if (s == 0) {
      // integral of (mu - y)^+ over [r, r+Q]
      const double a = std::max(0.0, mu - r);
      const double b = std::max(0.0, mu - r - q);
      return (a * a - b * b) / 2;
    }
    return s * s *
           static_cast<double>(standard_normal_loss2((r - mu) / s) -
                               standard_normal_loss2((r + q - mu) / s));
  };
  level_measures m;
  const double tail = s1 > 0 ? s1 * static_cast<double>(standard_normal_loss((r - mu1) / s1) -
                                                        standard_normal_loss((r + q - mu1) / s1))
                             : std::clamp(mu1 - r, 0.0, q);
  m.no_stockout = 1 - tail / q;
  m.backorders = int_n(mu1, s1) / q;
  m.on_hand = r + q / 2 - mu1 + m.backorders;
  m.shortage = m.backorders - int_n(mu0, s0) / q;
  return m;
}

template <std::floating_point Scalar>
[[nodiscard]] performance<Scalar> to_performance(const level_measures& m, double mean_demand,
                                                 double orders, const periodic_costs<Scalar>& c) {
  performance<Scalar> out;
  out.alpha = static_cast<Scalar>(m.no_stockout);
  out.beta = static_cast<Scalar>(mean_demand > 0 ? 1 - m.shortage / mean_demand : 1.0);
  out.on_hand = static_cast<Scalar>(m.on_hand);
  out.backorders = static_cast<Scalar>(m.backorders);
  out.orders_per_period = static_cast<Scalar>(orders);
  out.cost = static_cast<Scalar>(static_cast<double>(c.holding_cost) * m.on_hand +
                                 static_cast<double>(c.stockout_cost) * m.backorders +
                                 static_cast<double>(c.fixed_cost) * orders);
  return out;
}

inline void accumulate(level_measures& acc, const level_measures& m, double w) {
  acc.no_stockout += w * m.no_stockout;
  acc.on_hand += w * m.on_hand;
  acc.backorders += w * m.backorders;
  acc.shortage += w * m.shortage;
}

template <std::floating_point Scalar>
[[nodiscard]] performance<Scalar> evaluate_tables(const policy<Scalar>& pol,
                                                  const pmf_table<Scalar>& one,
                                                  const std::vector<pmf_table<Scalar>>& sums,
                                                  core::index lead_time,
                                                  const periodic_costs<Scalar>& costs) {
  // sums[k] = demand over k periods, k = 0..lead_time + review_period.
  const auto L = static_cast<std::size_t>(lead_time);
  const double mean = static_cast<double>(one.mean);
  level_measures acc;
  double orders = 0;
  switch (pol.kind) {
    case policy_kind::base_stock: {
      acc = measures_discrete(sums[L + 1], sums[L],
                              static_cast<core::index>(std::lround(pol.order_up_to)));
      orders = 1 - (one.pmf.empty() ? 0.0 : static_cast<double>(one.pmf[0]));
      break;
    }
    case policy_kind::order_up_to: {
      const auto R = static_cast<std::size_t>(pol.review_period);
      const auto S = static_cast<core::index>(std::lround(pol.order_up_to));
      for (std::size_t k = 1; k <= R; ++k)
        accumulate(acc, measures_discrete(sums[L + k], sums[L + k - 1], S),
                   1.0 / static_cast<double>(R));
      // An order is placed at a review if any demand occurred since the last one.
      orders = (1 - static_cast<double>(cdf(sums[R], 0))) / static_cast<double>(R);
      break;
    }
    case policy_kind::min_max: {
      const auto s = static_cast<core::index>(std::lround(pol.reorder_point));
      const auto S = static_cast<core::index>(std::lround(pol.order_up_to));
      const core::index n = S - s;
      core::detail::require(n >= 1, "inventory::evaluate", "order_up_to rounds to ", S,
                            " and reorder_point to ", s,
                            "; expected order_up_to > reorder_point for discrete demand");
      const auto m = renewal_density(one, n);
      double big_m = 0;
      for (core::index j = 0; j < n; ++j)
        big_m += m[static_cast<std::size_t>(j)];
      // Stationary inventory position after ordering: P(IP = S - j) = m(j) / M(S - s).
      for (core::index j = 0; j < n; ++j)
        accumulate(acc, measures_discrete(sums[L + 1], sums[L], S - j),
                   m[static_cast<std::size_t>(j)] / big_m);
      orders = 1 / big_m;
      break;
    }
    case policy_kind::reorder_point: {
      const auto r = static_cast<core::index>(std::lround(pol.reorder_point));
      const auto q = static_cast<core::index>(std::lround(pol.order_quantity));
      core::detail::require(q >= 1, "inventory::evaluate", "order_quantity rounds to ", q,
                            "; expected >= 1 for discrete demand");
      for (core::index y = r + 1; y <= r + q; ++y)
        accumulate(acc, measures_discrete(sums[L + 1], sums[L], y), 1.0 / static_cast<double>(q));
      orders = mean / static_cast<double>(q);
      break;
    }
  }
  return to_performance(acc, mean, orders, costs);
}

/// Zheng & Federgruen (1991) on G(y) given at integer y (callable), one-period pmf `one`.
template <std::floating_point Scalar, typename G>
[[nodiscard]] policy_result<Scalar> zheng_federgruen(const pmf_table<Scalar>& one, double k, G&& g,
                                                     core::index y_star) {
  // m(j) grows on demand; c(s, S) = (K + sum_{j<S-s} m(j) G(S - j)) / M(S - s) (eq. 2-3).
  std::vector<double> m = renewal_density(one, 64);
  auto ensure = [&](core::index n) {
    if (static_cast<core::index>(m.size()) < n)
      m = renewal_density(one, std::max<core::index>(n, 2 * static_cast<core::index>(m.size())));
  };
  auto c = [&](core::index s, core::index big_s) {
    const core::index n = big_s - s;
    ensure(n);
    double num = k;
    double den = 0;
    for (core::index j = 0; j < n; ++j) {
      num += m[static_cast<std::size_t>(j)] * g(big_s - j);
      den += m[static_cast<std::size_t>(j)];
    }
    return num / den;
  };
  // Step 0-1 of the algorithm: S0 = y*, lower s until c(s, S0) <= G(s).
  core::index s = y_star - 1;
  core::index big_s0 = y_star;
  while (c(s, big_s0) > g(s))
    --s;
  double c0 = c(s, big_s0);
  core::index big_s = big_s0 + 1;
  // Step 2: increase S while G(S) <= c0; on improvement raise s while c(s, S0) <= G(s + 1).
  while (g(big_s) <= c0) {
    const double cs = c(s, big_s);
    if (cs < c0) {
      big_s0 = big_s;
      while (c(s, big_s0) <= g(s + 1))
        ++s;
      c0 = c(s, big_s0);
    }
    ++big_s;
  }
  policy_result<Scalar> r;
  r.optimal = min_max_policy(static_cast<Scalar>(s), static_cast<Scalar>(big_s0));
  r.cost = static_cast<Scalar>(c0);
  return r;
}

/// Throws invalid_input unless `t` is a usable pmf: non-empty, finite non-negative probabilities
/// summing to 1 (within 1e-6, 1e-4 for float, which covers the tail that `tabulate` drops).
template <std::floating_point Scalar>
void validate_pmf_table(const pmf_table<Scalar>& t, std::string_view where, std::string_view name) {
  core::detail::require(!t.pmf.empty(), where, name,
                        " has an empty pmf; expected P(D = k) for k = 0..n-1");
  double total = 0;
  for (std::size_t k = 0; k < t.pmf.size(); ++k) {
    core::detail::require(std::isfinite(t.pmf[k]) && t.pmf[k] >= 0, where, name, ".pmf[", k,
                          "] is ", t.pmf[k], "; expected a finite probability >= 0");
    total += static_cast<double>(t.pmf[k]);
  }
  const double tol = std::is_same_v<Scalar, float> ? 1e-4 : 1e-6;
  core::detail::require(std::abs(total - 1) <= tol, where, name, " probabilities sum to ", total,
                        "; expected 1");
  core::detail::require(std::isfinite(t.mean), where, name, ".mean is ", t.mean,
                        "; expected a finite mean");
}

}  // namespace foresight::inventory::detail

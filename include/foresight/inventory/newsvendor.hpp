// SPDX-License-Identifier: Apache-2.0
/// \file
/// The newsvendor: optimal single-period quantity at the critical ratio p / (p + h), its expected
/// cost, expected leftover and lost sales, and expected profit from prices; for continuous demand
/// given as any Boost.Math distribution (or `core::gaussian`) and for discrete demand (Poisson,
/// negative binomial, empirical, or any `pmf_table`).
/// References: Snyder & Shen (2019), Fundamentals of Supply Chain Theory, 2nd ed., section 4.3
/// (eqs. 4.8-4.17); Zipkin (2000), Foundations of Inventory Management, section 9.3.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <limits>
#include <string_view>

#include <boost/math/distributions/complement.hpp>
#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <foresight/core/distribution.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/inventory/detail/validate.hpp>
#include <foresight/inventory/service.hpp>

namespace foresight::inventory {

/// Newsvendor costs per unit: overage h (left over at the end) and underage p (demand short).
template <std::floating_point Scalar = double>
struct newsvendor_costs {
  /// Cost per unit left over, h = purchase cost - salvage value (> 0).
  Scalar holding_cost = 1;
  /// Cost per unit of unmet demand, p = price - purchase cost (+ goodwill) (> 0).
  Scalar stockout_cost = 1;
};

/// Newsvendor prices; they define the costs h = cost - salvage, p = price - cost + goodwill.
template <std::floating_point Scalar = double>
struct newsvendor_prices {
  /// Selling price per unit (> cost).
  Scalar price = 2;
  /// Purchase cost per unit (> salvage).
  Scalar cost = 1;
  /// Salvage value per unit left over (>= 0, < cost).
  Scalar salvage = 0;
  /// Loss of goodwill per unit short (>= 0).
  Scalar goodwill = 0;
};

/// How a newsvendor result's expectations were computed.
enum class newsvendor_method : int {
  normal_closed_form = 0,  ///< normal demand: loss-function closed form
  quadrature = 1,          ///< any continuous distribution: adaptive Gauss-Kronrod of the cdf
  discrete = 2,            ///< tabulated discrete demand: exact sums
};

/// Name of a newsvendor method, e.g. "quadrature".
[[nodiscard]] constexpr std::string_view to_string(newsvendor_method m) noexcept {
  switch (m) {
    case newsvendor_method::normal_closed_form:
      return "normal_closed_form";
    case newsvendor_method::quadrature:
      return "quadrature";
    case newsvendor_method::discrete:
      return "discrete";
  }
  return "unknown";
}

/// A newsvendor quantity and its expected outcomes.
template <std::floating_point Scalar = double>
struct newsvendor_result {
  /// Order quantity (the optimum, or the quantity evaluated).
  Scalar quantity = 0;
  /// Critical ratio p / (p + h).
  Scalar critical_ratio = 0;
  /// Expected overage plus underage cost h E[(q - D)^+] + p E[(D - q)^+].
  Scalar expected_cost = 0;
  /// Expected units left over E[(q - D)^+].
  Scalar expected_leftover = 0;
  /// Expected lost sales E[(D - q)^+].
  Scalar expected_lost_sales = 0;
  /// Expected sales E[min(q, D)].
  Scalar expected_sales = 0;
  /// Expected profit (functions taking prices; NaN otherwise).
  Scalar expected_profit = std::numeric_limits<Scalar>::quiet_NaN();
  /// How the expectations were computed.
  newsvendor_method method = newsvendor_method::normal_closed_form;
};

namespace detail {
template <std::floating_point Scalar>
void validate_costs(const newsvendor_costs<Scalar>& c, std::string_view where) {
  require_positive(c.holding_cost, where, "holding_cost");
  require_positive(c.stockout_cost, where, "stockout_cost");
}

template <std::floating_point Scalar>
[[nodiscard]] newsvendor_costs<Scalar> costs_of(const newsvendor_prices<Scalar>& pr,
                                                std::string_view where) {
  require_finite(pr.price, where, "price");
  require_positive(pr.cost, where, "cost");
  require_nonnegative(pr.salvage, where, "salvage");
  require_nonnegative(pr.goodwill, where, "goodwill");
  core::detail::require(pr.price > pr.cost, where, "price is ", pr.price,
                        "; expected price > cost (", pr.cost, ")");
  core::detail::require(pr.salvage < pr.cost, where, "salvage is ", pr.salvage,
                        "; expected salvage < cost (", pr.cost, ")");
  return {pr.cost - pr.salvage, pr.price - pr.cost + pr.goodwill};
}

template <std::floating_point Scalar>
void fill_outcomes(newsvendor_result<Scalar>& r, const newsvendor_costs<Scalar>& c, Scalar mean,
                   Scalar leftover) {
  r.expected_leftover = leftover;
  // E[(D - q)^+] = E[D] - q + E[(q - D)^+].
  r.expected_lost_sales = std::max(Scalar(0), mean - r.quantity + leftover);
  r.expected_sales = mean - r.expected_lost_sales;
  r.expected_cost = c.holding_cost * r.expected_leftover + c.stockout_cost * r.expected_lost_sales;
  r.critical_ratio = c.stockout_cost / (c.stockout_cost + c.holding_cost);
}

template <std::floating_point Scalar>
void fill_profit(newsvendor_result<Scalar>& r, const newsvendor_prices<Scalar>& pr) {
  r.expected_profit = pr.price * r.expected_sales + pr.salvage * r.expected_leftover -
                      pr.cost * r.quantity - pr.goodwill * r.expected_lost_sales;
}

/// E[(q - D)^+] = integral of F(x) over (lower support, q], by adaptive Gauss-Kronrod.
template <typename Distribution, std::floating_point Scalar>
[[nodiscard]] Scalar expected_leftover(const Distribution& d, Scalar q) {
  using boost::math::cdf;  // unqualified calls: ADL finds the overloads of any distribution
  using boost::math::quantile;
  using boost::math::support;
  const auto range = support(d);
  Scalar lo = static_cast<Scalar>(range.first);
  if (!std::isfinite(lo))
    lo = static_cast<Scalar>(quantile(d, 1e-15));
  if (q <= lo)
    return 0;
  auto f = [&d](double x) { return static_cast<double>(cdf(d, x)); };
  double err = 0;
  const double v = boost::math::quadrature::gauss_kronrod<double, 31>::integrate(
      f, static_cast<double>(lo), static_cast<double>(q), 15, 1e-12, &err);
  return static_cast<Scalar>(v);
}
}  // namespace detail

/// Evaluates order quantity q for continuous demand `d`, any Boost.Math distribution (e.g.
/// `boost::math::lognormal_distribution<>`): expected leftover by quadrature of the cdf.
/// Throws: invalid_input if a cost is not > 0 or q is not finite.
/// Example: `inventory::newsvendor_evaluate(boost::math::gamma_distribution<>(4, 12.5), {0.18,
/// 0.7}, 60.0)`.
template <typename Distribution, std::floating_point Scalar = typename Distribution::value_type>
[[nodiscard]] newsvendor_result<Scalar> newsvendor_evaluate(const Distribution& d,
                                                            const newsvendor_costs<Scalar>& costs,
                                                            Scalar quantity) {
  constexpr std::string_view where = "inventory::newsvendor_evaluate";
  detail::validate_costs(costs, where);
  detail::require_finite(quantity, where, "quantity");
  using boost::math::mean;
  newsvendor_result<Scalar> r;
  r.quantity = quantity;
  r.method = newsvendor_method::quadrature;
  detail::fill_outcomes(r, costs, static_cast<Scalar>(mean(d)),
                        detail::expected_leftover(d, quantity));
  return r;
}

/// Optimal newsvendor quantity q* = F^{-1}(p / (p + h)) for continuous demand `d`, any Boost.Math
/// distribution, with its expected cost, leftover and lost sales (Snyder & Shen 2019, eq. 4.16).
/// Throws: invalid_input if a cost is not finite and > 0.
/// Example: `auto r = inventory::newsvendor(boost::math::normal_distribution<>(50, 8), {0.18,
/// 0.7});`
template <typename Distribution, std::floating_point Scalar = typename Distribution::value_type>
[[nodiscard]] newsvendor_result<Scalar> newsvendor(const Distribution& d,
                                                   const newsvendor_costs<Scalar>& costs) {
  detail::validate_costs(costs, "inventory::newsvendor");
  const Scalar cr = costs.stockout_cost / (costs.stockout_cost + costs.holding_cost);
  using boost::math::quantile;
  return newsvendor_evaluate(d, costs, static_cast<Scalar>(quantile(d, cr)));
}

/// Optimal newsvendor quantity and expected profit from prices (h = cost - salvage,
/// p = price - cost + goodwill).
/// Throws: invalid_input unless price > cost > salvage >= 0 and goodwill >= 0.
/// Example: `inventory::newsvendor(boost::math::normal_distribution<>(50, 8),
/// inventory::newsvendor_prices<double>{1.0, 0.3, 0.12})`.
template <typename Distribution, std::floating_point Scalar = typename Distribution::value_type>
[[nodiscard]] newsvendor_result<Scalar> newsvendor(const Distribution& d,
                                                   const newsvendor_prices<Scalar>& prices) {
  auto r = newsvendor(d, detail::costs_of(prices, "inventory::newsvendor"));
  detail::fill_profit(r, prices);
  return r;
}

/// Evaluates q for normal demand `d` in closed form: leftover sigma (G(z) + z), z = (q - mu)/sigma.
/// Throws: invalid_input if a cost is not > 0, q is not finite or the distribution is invalid.
/// Example: `inventory::newsvendor_evaluate(core::gaussian<double>{50, 8}, {0.18, 0.7}, 40.0)`.
template <std::floating_point Scalar>
[[nodiscard]] newsvendor_result<Scalar> newsvendor_evaluate(const core::gaussian<Scalar>& d,
                                                            const newsvendor_costs<Scalar>& costs,
                                                            Scalar quantity) {
  constexpr std::string_view where = "inventory::newsvendor_evaluate";
  detail::validate_costs(costs, where);
  core::detail::validate_gaussian(d, where);
  detail::require_finite(quantity, where, "quantity");
  newsvendor_result<Scalar> r;
  r.quantity = quantity;
  const Scalar leftover =
      d.sd == 0
          ? std::max(Scalar(0), quantity - d.mean)
          : d.sd * (standard_normal_loss((quantity - d.mean) / d.sd) + (quantity - d.mean) / d.sd);
  detail::fill_outcomes(r, costs, d.mean, leftover);
  return r;
}

/// Optimal newsvendor quantity for normal demand (closed form, Snyder & Shen 2019, eq. 4.24).
/// Throws: invalid_input if a cost is not > 0 or the distribution is invalid.
/// Example: `inventory::newsvendor(core::gaussian<double>{50, 8}, {0.18, 0.7})`.
template <std::floating_point Scalar>
[[nodiscard]] newsvendor_result<Scalar> newsvendor(const core::gaussian<Scalar>& d,
                                                   const newsvendor_costs<Scalar>& costs) {
  detail::validate_costs(costs, "inventory::newsvendor");
  const Scalar cr = costs.stockout_cost / (costs.stockout_cost + costs.holding_cost);
  return newsvendor_evaluate(d, costs, core::quantile(d, cr));
}

/// Evaluates integer quantity q >= 0 for tabulated discrete demand.
/// Throws: invalid_input if a cost is not > 0 or q < 0.
/// Example: `inventory::newsvendor_evaluate(inventory::tabulate(inventory::poisson_demand{6.0}),
/// {1.0, 4.0}, 5)`.
template <std::floating_point Scalar>
[[nodiscard]] newsvendor_result<Scalar> newsvendor_evaluate(const pmf_table<Scalar>& d,
                                                            const newsvendor_costs<Scalar>& costs,
                                                            core::index quantity) {
  constexpr std::string_view where = "inventory::newsvendor_evaluate";
  detail::validate_costs(costs, where);
  // Demand is a non-negative integer: a negative order would give negative expected sales.
  core::detail::require(quantity >= 0, where, "quantity is ", quantity, "; expected quantity >= 0");
  newsvendor_result<Scalar> r;
  r.quantity = static_cast<Scalar>(quantity);
  r.method = newsvendor_method::discrete;
  detail::fill_outcomes(r, costs, d.mean, complementary_loss(d, quantity));
  return r;
}

/// Optimal quantity for tabulated discrete demand: the smallest q with F(q) >= p / (p + h)
/// (Snyder & Shen 2019, eq. 4.30).
/// Throws: invalid_input if a cost is not finite and > 0.
/// Example: `inventory::newsvendor(inventory::tabulate(inventory::poisson_demand{6.0}),
/// {1.0, 4.0})`.
template <std::floating_point Scalar>
[[nodiscard]] newsvendor_result<Scalar> newsvendor(const pmf_table<Scalar>& d,
                                                   const newsvendor_costs<Scalar>& costs) {
  detail::validate_costs(costs, "inventory::newsvendor");
  const Scalar cr = costs.stockout_cost / (costs.stockout_cost + costs.holding_cost);
  return newsvendor_evaluate(d, costs, quantile(d, cr));
}

/// Optimal quantity and expected profit for tabulated discrete demand from prices.
/// Throws: invalid_input unless price > cost > salvage >= 0 and goodwill >= 0.
/// Example: `inventory::newsvendor(t, inventory::newsvendor_prices<double>{7.0, 2.5, 1.5})`.
template <std::floating_point Scalar>
[[nodiscard]] newsvendor_result<Scalar> newsvendor(const pmf_table<Scalar>& d,
                                                   const newsvendor_prices<Scalar>& prices) {
  auto r = newsvendor(d, detail::costs_of(prices, "inventory::newsvendor"));
  detail::fill_profit(r, prices);
  return r;
}

/// Optimal quantity for Poisson demand.
/// Example: `inventory::newsvendor(inventory::poisson_demand{6.0}, {1.0, 4.0})`.
template <std::floating_point Scalar>
[[nodiscard]] newsvendor_result<Scalar> newsvendor(const poisson_demand<Scalar>& d,
                                                   const newsvendor_costs<Scalar>& costs) {
  return newsvendor(tabulate(d), costs);
}

/// Optimal quantity for negative binomial demand.
/// Example: `inventory::newsvendor(inventory::negative_binomial_demand{6.0, 12.0}, {1.0, 4.0})`.
template <std::floating_point Scalar>
[[nodiscard]] newsvendor_result<Scalar> newsvendor(const negative_binomial_demand<Scalar>& d,
                                                   const newsvendor_costs<Scalar>& costs) {
  return newsvendor(tabulate(d), costs);
}

/// Optimal quantity for empirical discrete demand.
/// Example: `inventory::newsvendor(inventory::empirical_demand<double>{{0.25, 0.5, 0.25}},
/// {1.0, 4.0})`.
template <std::floating_point Scalar>
[[nodiscard]] newsvendor_result<Scalar> newsvendor(const empirical_demand<Scalar>& d,
                                                   const newsvendor_costs<Scalar>& costs) {
  return newsvendor(tabulate(d), costs);
}

}  // namespace foresight::inventory

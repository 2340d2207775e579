// SPDX-License-Identifier: Apache-2.0
/// \file
/// Safety stock and reorder point for normal lead-time demand: fixed lead time, stochastic lead
/// time (sigma^2 = L sigma_d^2 + d^2 sigma_L^2), periodic review (protection interval R + L),
/// per-period sd from forecast errors (RMSE, or 1.25 MAD), and directly from a `core::forecast`
/// lead-time aggregate so that correlated multi-step forecast errors are used exactly; plus a
/// batch entry point for millions of items.
/// References: Silver, Pyke & Thomas (2017), Inventory and Production Management in Supply
/// Chains, 4th ed., sections 6.7 and 6.10 (eq. 6.10 for random lead times; sigma = 1.25 MAD);
/// Axsaeter (2015), Inventory Control, 3rd ed., section 5.3.
#pragma once

#include <cmath>
#include <concepts>
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/distribution.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/forecast.hpp>
#include <foresight/core/parallel.hpp>
#include <foresight/core/types.hpp>
#include <foresight/inventory/detail/validate.hpp>
#include <foresight/inventory/service.hpp>

namespace foresight::inventory {

/// Which lead-time demand model a safety stock was computed from.
enum class safety_stock_method : int {
  given_distribution = 0,    ///< the caller supplied the lead-time demand distribution
  fixed_lead_time = 1,       ///< sigma_LT = sigma_d sqrt(L)
  stochastic_lead_time = 2,  ///< sigma_LT^2 = L sigma_d^2 + d^2 sigma_L^2
  periodic_review = 3,       ///< protection interval R + L (fixed or stochastic L)
  forecast_aggregate = 4,    ///< core::forecast cumulative variance over the lead time
};

/// Name of a safety stock method, e.g. "stochastic_lead_time".
[[nodiscard]] constexpr std::string_view to_string(safety_stock_method m) noexcept {
  switch (m) {
    case safety_stock_method::given_distribution:
      return "given_distribution";
    case safety_stock_method::fixed_lead_time:
      return "fixed_lead_time";
    case safety_stock_method::stochastic_lead_time:
      return "stochastic_lead_time";
    case safety_stock_method::periodic_review:
      return "periodic_review";
    case safety_stock_method::forecast_aggregate:
      return "forecast_aggregate";
  }
  return "unknown";
}

/// How the safety factor for a fill-rate target is found.
enum class fill_rate_formula : int {
  /// sigma G(z) = (1 - beta) Q: the classic textbook condition (Silver, Pyke & Thomas eq. 6.21).
  classic = 0,
  /// sigma (G(z) - G(z + Q / sigma)) = (1 - beta) Q: exact for continuous review with normal
  /// lead-time demand and uniform inventory position (Zipkin 2000, eq. 6.4.10).
  exact = 1,
};

/// Name of a fill-rate formula, e.g. "exact".
[[nodiscard]] constexpr std::string_view to_string(fill_rate_formula f) noexcept {
  switch (f) {
    case fill_rate_formula::classic:
      return "classic";
    case fill_rate_formula::exact:
      return "exact";
  }
  return "unknown";
}

/// Which forecast-error measure gives the per-period demand standard deviation.
enum class error_measure : int {
  rmse = 0,  ///< sigma = RMSE of one-step forecast errors
  mad = 1,   ///< sigma = 1.25 MAD (exact factor sqrt(pi/2) = 1.2533 for normal errors)
};

/// Name of an error measure, e.g. "mad".
[[nodiscard]] constexpr std::string_view to_string(error_measure m) noexcept {
  switch (m) {
    case error_measure::rmse:
      return "rmse";
    case error_measure::mad:
      return "mad";
  }
  return "unknown";
}

/// Normal demand per period.
template <std::floating_point Scalar = double>
struct normal_demand {
  /// Mean demand per period (finite; may be 0).
  Scalar mean = 0;
  /// Standard deviation of demand per period (>= 0).
  Scalar sd = 0;
};

/// Lead time and review options of a safety-stock calculation.
template <std::floating_point Scalar = double>
struct safety_stock_options {
  /// Mean replenishment lead time, in periods (>= 0).
  Scalar lead_time = 1;
  /// Standard deviation of the lead time, in periods (>= 0; 0 = fixed lead time).
  Scalar lead_time_sd = 0;
  /// Review period R, in periods (>= 0; 0 = continuous review).
  Scalar review_period = 0;
  /// Order quantity Q (>= 0; 0 = none given), used for the fill rate and needed (> 0) for a
  /// fill-rate target.
  Scalar order_quantity = 0;
  /// Formula for the safety factor of a fill-rate target.
  fill_rate_formula formula = fill_rate_formula::exact;
};

/// Safety stock, reorder point and the service they give.
template <std::floating_point Scalar = double>
struct safety_stock_result {
  /// Safety stock z sigma_LT.
  Scalar safety_stock = 0;
  /// Reorder point (or order-up-to level under periodic review) mu_LT + z sigma_LT.
  Scalar reorder_point = 0;
  /// Safety factor z.
  Scalar safety_factor = 0;
  /// Mean demand over the protection interval.
  Scalar lead_time_demand_mean = 0;
  /// Standard deviation of demand over the protection interval.
  Scalar lead_time_demand_sd = 0;
  /// Cycle service level Phi(z) achieved.
  Scalar cycle_service_level = 0;
  /// Fill rate achieved with `order_quantity` (exact formula); NaN when no Q was given.
  Scalar fill_rate = std::numeric_limits<Scalar>::quiet_NaN();
  /// Expected shortage per replenishment cycle sigma_LT G(z).
  Scalar expected_shortage = 0;
  /// Lead-time demand model used.
  safety_stock_method method = safety_stock_method::given_distribution;
  /// Remarks, e.g. that a forecast's aggregate assumed independent step errors.
  std::vector<std::string> notes;
};

/// Per-item safety stock and reorder point of a batch.
template <std::floating_point Scalar = double>
struct safety_stock_batch_result {
  /// Safety stock of each item.
  core::vector<Scalar> safety_stock;
  /// Reorder point of each item.
  core::vector<Scalar> reorder_point;
};

/// Throws invalid_input unless the options are in range.
template <std::floating_point Scalar>
void validate(const safety_stock_options<Scalar>& o) {
  constexpr std::string_view where = "inventory::validate(safety_stock_options)";
  detail::require_nonnegative(o.lead_time, where, "lead_time");
  detail::require_nonnegative(o.lead_time_sd, where, "lead_time_sd");
  detail::require_nonnegative(o.review_period, where, "review_period");
  detail::require_nonnegative(o.order_quantity, where, "order_quantity");
}

/// Normal demand over a protection interval of R + L periods, with L random (mean L, sd s_L):
/// mean d (R + L), variance (R + L) sigma_d^2 + d^2 s_L^2 (Silver, Pyke & Thomas 2017, eq. 6.10;
/// with R = 0 and s_L = 0 it is sigma_d sqrt(L)).
/// Throws: invalid_input if a parameter is negative or not finite.
/// Example: `auto ltd = inventory::lead_time_demand(inventory::normal_demand{100.0, 20.0},
/// {.lead_time = 4});`
template <std::floating_point Scalar>
[[nodiscard]] core::gaussian<Scalar> lead_time_demand(const normal_demand<Scalar>& demand,
                                                      const safety_stock_options<Scalar>& options) {
  constexpr std::string_view where = "inventory::lead_time_demand";
  detail::require_finite(demand.mean, where, "demand mean");
  detail::require_nonnegative(demand.sd, where, "demand sd");
  validate(options);
  const Scalar interval = options.review_period + options.lead_time;
  const Scalar var = interval * demand.sd * demand.sd +
                     demand.mean * demand.mean * options.lead_time_sd * options.lead_time_sd;
  return {demand.mean * interval, std::sqrt(var)};
}

/// Per-period demand sd from a forecast-error measure: RMSE as is, MAD times 1.25.
/// Throws: invalid_input if value is negative or not finite.
/// Example: `inventory::sd_from_forecast_errors(inventory::error_measure::mad, 8.0)` is 10.
template <std::floating_point Scalar>
[[nodiscard]] Scalar sd_from_forecast_errors(error_measure measure, Scalar value) {
  detail::require_nonnegative(value, "inventory::sd_from_forecast_errors", "value");
  // Silver, Pyke & Thomas (2017) section 4.8: sigma ~ 1.25 MAD for normal errors.
  return measure == error_measure::mad ? Scalar(1.25) * value : value;
}

namespace detail {

template <std::floating_point Scalar>
[[nodiscard]] Scalar exact_fill_rate(Scalar z, Scalar q, Scalar sigma) {
  if (sigma == 0)
    return z >= 0 ? Scalar(1) : Scalar(0);
  return Scalar(1) - sigma * (standard_normal_loss(z) - standard_normal_loss(z + q / sigma)) / q;
}

template <std::floating_point Scalar>
[[nodiscard]] safety_stock_result<Scalar> finish(const core::gaussian<Scalar>& ltd, Scalar z,
                                                 Scalar q, safety_stock_method method) {
  safety_stock_result<Scalar> r;
  r.safety_factor = z;
  r.lead_time_demand_mean = ltd.mean;
  r.lead_time_demand_sd = ltd.sd;
  r.safety_stock = z * ltd.sd;
  r.reorder_point = ltd.mean + r.safety_stock;
  r.cycle_service_level = Scalar(1) - std_normal_upper_tail(z);
  r.expected_shortage = ltd.sd * standard_normal_loss(z);
  if (q > 0)
    r.fill_rate = exact_fill_rate(z, q, ltd.sd);
  r.method = method;
  return r;
}

template <std::floating_point Scalar>
[[nodiscard]] Scalar fill_rate_factor(const fill_rate<Scalar>& beta, Scalar q, Scalar sigma,
                                      fill_rate_formula formula, std::string_view where) {
  require_probability(beta.value, where, "fill rate");
  core::detail::require(q > 0 && std::isfinite(q), where, "order_quantity is ", q,
                        "; a fill-rate target needs an order quantity > 0");
  core::detail::require(sigma > 0, where, "lead-time demand sd is ", sigma,
                        "; a fill-rate target needs sd > 0");
  const Scalar target = (1 - beta.value) * q / sigma;
  if (formula == fill_rate_formula::classic)
    return inverse_standard_normal_loss(target);
  // G(z) - G(z + Q/sigma) decreases in z; solve on a bracket around the classic answer.
  const double t = static_cast<double>(target);
  const double qs = static_cast<double>(q / sigma);
  auto f = [t, qs](double z) { return standard_normal_loss(z) - standard_normal_loss(z + qs) - t; };
  double lo = static_cast<double>(inverse_standard_normal_loss(target)) - 1;
  double hi = lo + 1;
  while (f(lo) < 0)
    lo -= 1;
  while (f(hi) > 0)
    hi += 1;
  std::uintmax_t it = 200;
  const auto root = boost::math::tools::toms748_solve(
      f, lo, hi, boost::math::tools::eps_tolerance<double>(50), it);
  return static_cast<Scalar>((root.first + root.second) / 2);
}

}  // namespace detail

/// Safety stock and reorder point for a given normal lead-time demand and cycle service level.
/// Throws: invalid_input if alpha is outside (0, 1) or the distribution is invalid.
/// Example: `auto s = inventory::safety_stock(core::gaussian<double>{500, 60},
/// inventory::cycle_service_level{0.95});`
template <std::floating_point Scalar>
[[nodiscard]] safety_stock_result<Scalar> safety_stock(
    const core::gaussian<Scalar>& lead_time_demand, const cycle_service_level<Scalar>& alpha,
    Scalar order_quantity = 0) {
  constexpr std::string_view where = "inventory::safety_stock";
  core::detail::validate_gaussian(lead_time_demand, where);
  detail::require_nonnegative(order_quantity, where, "order_quantity");
  return detail::finish(lead_time_demand, safety_factor(alpha), order_quantity,
                        safety_stock_method::given_distribution);
}

/// Safety stock and reorder point for a given normal lead-time demand and fill-rate target with
/// order quantity Q (classic or exact loss condition, see `fill_rate_formula`).
/// Throws: invalid_input if beta is outside (0, 1), Q <= 0, sd == 0 or the distribution is
/// invalid.
/// Example: `inventory::safety_stock(ltd, inventory::fill_rate{0.98}, 200.0)`.
template <std::floating_point Scalar>
[[nodiscard]] safety_stock_result<Scalar> safety_stock(
    const core::gaussian<Scalar>& lead_time_demand, const fill_rate<Scalar>& beta,
    Scalar order_quantity, fill_rate_formula formula = fill_rate_formula::exact) {
  constexpr std::string_view where = "inventory::safety_stock";
  core::detail::validate_gaussian(lead_time_demand, where);
  const Scalar z =
      detail::fill_rate_factor(beta, order_quantity, lead_time_demand.sd, formula, where);
  auto r =
      detail::finish(lead_time_demand, z, order_quantity, safety_stock_method::given_distribution);
  if (formula == fill_rate_formula::classic)
    r.notes.emplace_back("fill rate: classic condition sigma G(z) = (1 - beta) Q");
  return r;
}

namespace detail {
template <std::floating_point Scalar>
[[nodiscard]] safety_stock_method method_of(const safety_stock_options<Scalar>& o) {
  if (o.review_period > 0)
    return safety_stock_method::periodic_review;
  return o.lead_time_sd > 0 ? safety_stock_method::stochastic_lead_time
                            : safety_stock_method::fixed_lead_time;
}
}  // namespace detail

/// Safety stock and reorder point (order-up-to level when review_period > 0) for normal demand
/// per period, with fixed or stochastic lead time and optional periodic review.
/// Throws: invalid_input if alpha is outside (0, 1), the demand sd, lead time, its sd or the
/// review period is negative, or any is NaN.
/// Example: `inventory::safety_stock(inventory::normal_demand{100.0, 20.0},
/// inventory::cycle_service_level{0.95}, {.lead_time = 4})`.
template <std::floating_point Scalar>
[[nodiscard]] safety_stock_result<Scalar> safety_stock(
    const normal_demand<Scalar>& demand, const cycle_service_level<Scalar>& alpha,
    const safety_stock_options<Scalar>& options) {
  const auto ltd = lead_time_demand(demand, options);
  return detail::finish(ltd, safety_factor(alpha), options.order_quantity,
                        detail::method_of(options));
}

/// As above for a fill-rate target; needs `options.order_quantity` > 0.
/// Throws: invalid_input as above, or if order_quantity is 0 or the demand sd is 0.
/// Example: `inventory::safety_stock(d, inventory::fill_rate{0.99}, {.lead_time = 2,
/// .order_quantity = 300})`.
template <std::floating_point Scalar>
[[nodiscard]] safety_stock_result<Scalar> safety_stock(
    const normal_demand<Scalar>& demand, const fill_rate<Scalar>& beta,
    const safety_stock_options<Scalar>& options) {
  const auto ltd = lead_time_demand(demand, options);
  const Scalar z = detail::fill_rate_factor(beta, options.order_quantity, ltd.sd, options.formula,
                                            "inventory::safety_stock");
  auto r = detail::finish(ltd, z, options.order_quantity, detail::method_of(options));
  if (options.formula == fill_rate_formula::classic)
    r.notes.emplace_back("fill rate: classic condition sigma G(z) = (1 - beta) Q");
  return r;
}

/// Safety stock from a forecast: the lead-time demand is the forecast's aggregate over steps
/// 1..L (`core::forecast::lead_time_demand`), so correlated multi-step errors enter exactly when
/// the forecaster filled `cumulative_variance` (aggregate `exact`); otherwise a note says that
/// independent step errors were assumed.
/// Throws: invalid_input if L is outside the horizon, the forecast has no variance, or alpha is
/// outside (0, 1).
/// Example: `inventory::safety_stock(f, 3, inventory::cycle_service_level{0.95})`.
template <std::floating_point Scalar>
[[nodiscard]] safety_stock_result<Scalar> safety_stock(const core::forecast<Scalar>& forecast,
                                                       core::index lead_time,
                                                       const cycle_service_level<Scalar>& alpha,
                                                       Scalar order_quantity = 0) {
  const core::gaussian<Scalar> ltd = forecast.lead_time_demand(lead_time);
  detail::require_nonnegative(order_quantity, "inventory::safety_stock", "order_quantity");
  auto r = detail::finish(ltd, safety_factor(alpha), order_quantity,
                          safety_stock_method::forecast_aggregate);
  if (forecast.aggregate != core::aggregate_method::exact) {
    r.notes.emplace_back(
        "forecast aggregate assumes independent step errors; lead-time sd may be too small");
  }
  return r;
}

/// Safety stock and reorder point for many items at one cycle service level: item i has
/// per-period demand mean[i], sd[i] and lead time lead_time[i] (fixed). Runs over chunks of
/// items with core::parallel_for; results do not depend on `threads` (0: OpenMP default).
/// Throws: dimension_mismatch if sizes differ; invalid_input if alpha is outside (0, 1) or an
/// item has a negative or non-finite sd or lead time or a non-finite mean (first bad item named).
/// Example: `auto b = inventory::safety_stock_batch<double>(mu, sd, lt, {0.95});`
template <std::floating_point Scalar>
[[nodiscard]] safety_stock_batch_result<Scalar> safety_stock_batch(
    const Eigen::Ref<const core::vector<Scalar>>& mean,
    const Eigen::Ref<const core::vector<Scalar>>& sd,
    const Eigen::Ref<const core::vector<Scalar>>& lead_time,
    const cycle_service_level<Scalar>& alpha, int threads = 0) {
  constexpr std::string_view where = "inventory::safety_stock_batch";
  const core::index n = mean.size();
  core::detail::require_size(sd.size(), n, where, "sd");
  core::detail::require_size(lead_time.size(), n, where, "lead_time");
  const Scalar z = safety_factor(alpha);
  for (core::index i = 0; i < n; ++i) {
    if (!(std::isfinite(mean[i]) && std::isfinite(sd[i]) && sd[i] >= 0 &&
          std::isfinite(lead_time[i]) && lead_time[i] >= 0)) {
      core::detail::raise<core::invalid_input>(
          where, "item ", i, " has mean ", mean[i], ", sd ", sd[i], ", lead_time ", lead_time[i],
          "; expected a finite mean, sd >= 0 and lead_time >= 0");
    }
  }
  safety_stock_batch_result<Scalar> out;
  out.safety_stock.resize(n);
  out.reorder_point.resize(n);
  constexpr core::index chunk = 16384;
  const core::index chunks = (n + chunk - 1) / chunk;
  core::parallel_for(chunks, threads, [&](core::index c) {
    const core::index lo = c * chunk;
    const core::index hi = std::min(n, lo + chunk);
    for (core::index i = lo; i < hi; ++i) {
      const Scalar ss = z * sd[i] * std::sqrt(lead_time[i]);
      out.safety_stock[i] = ss;
      out.reorder_point[i] = mean[i] * lead_time[i] + ss;
    }
  });
  return out;
}

}  // namespace foresight::inventory

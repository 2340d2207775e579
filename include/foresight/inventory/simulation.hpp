// SPDX-License-Identifier: Apache-2.0
/// \file
/// Monte Carlo simulation of periodic-review policies (base-stock, (R, S), (s, S), (r, Q)) under
/// normal, Poisson, negative binomial or empirical demand and fixed or random lead times
/// (orders may cross), with backorders or lost sales: achieved alpha and beta, average on hand,
/// backorders, lost sales, orders and cost, with batch-means confidence intervals. Seeded and
/// deterministic for any thread count; many items run in parallel; a forecast's sample paths can
/// drive the demand.
///
/// Timing matches `periodic.hpp`: arrivals, then review and ordering, then demand; costs on the
/// end-of-period level. For (r, Q) each batch of Q is one order.
/// References: Law (2015), Simulation Modeling and Analysis, 5th ed., section 9.5.3 (batch
/// means); Snyder & Shen (2019), 2nd ed., chapter 4 (policies).
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <limits>
#include <random>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/math/distributions/students_t.hpp>

#include <foresight/core/error.hpp>
#include <foresight/core/forecast.hpp>
#include <foresight/core/parallel.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/types.hpp>
#include <foresight/inventory/detail/validate.hpp>
#include <foresight/inventory/periodic.hpp>
#include <foresight/inventory/service.hpp>

namespace foresight::inventory {

/// Family of the simulated demand per period.
enum class demand_distribution : int {
  normal = 0,             ///< N(mean, sd^2), not truncated (matches the analytic model)
  poisson = 1,            ///< Poisson(mean)
  negative_binomial = 2,  ///< negative binomial with mean and variance sd^2 (> mean)
  empirical = 3,          ///< P(D = k) = probability[k]
};

/// Name of a demand distribution, e.g. "poisson".
[[nodiscard]] constexpr std::string_view to_string(demand_distribution d) noexcept {
  switch (d) {
    case demand_distribution::normal:
      return "normal";
    case demand_distribution::poisson:
      return "poisson";
    case demand_distribution::negative_binomial:
      return "negative_binomial";
    case demand_distribution::empirical:
      return "empirical";
  }
  return "unknown";
}

/// Demand per period of a simulation (independent across periods).
template <std::floating_point Scalar = double>
struct demand_model {
  /// Distribution family.
  demand_distribution distribution = demand_distribution::normal;
  /// Mean per period (normal: finite; Poisson and negative binomial: > 0).
  Scalar mean = 0;
  /// Standard deviation per period (normal: >= 0; negative binomial: sd^2 > mean).
  Scalar sd = 0;
  /// Empirical probabilities of 0, 1, ... units (empirical only).
  std::vector<Scalar> probability{};
};

/// Replenishment lead time of a simulation, in periods.
template <std::floating_point Scalar = double>
struct lead_time_model {
  /// Fixed lead time (>= 0), used when `probability` is empty.
  core::index fixed = 0;
  /// P(L = k) for k = 0, 1, ...; when given, each order draws its own lead time (orders may
  /// cross).
  std::vector<Scalar> probability{};
};

/// Options of a simulation.
template <std::floating_point Scalar = double>
struct simulation_options {
  /// Periods measured after the warm-up (>= batches).
  core::index periods = 100000;
  /// Periods simulated before measuring (>= 0).
  core::index warmup = 1000;
  /// Number of batches for the batch-means confidence intervals (>= 2).
  core::index batches = 50;
  /// Confidence level of the intervals, in (0, 1).
  Scalar confidence = Scalar(0.99);
  /// Seed; item i of a batch uses core::seed_for(seed, i).
  std::uint64_t seed = 42;
  /// Unmet demand is lost (true) instead of backordered (false); lost units cost stockout_cost
  /// once each.
  bool lost_sales = false;
  /// Threads for batch entry points (0: OpenMP default).
  int threads = 0;
};

/// Simulated performance, per period, with confidence-interval half-widths.
template <std::floating_point Scalar = double>
struct simulation_result {
  /// Fraction of periods ending without backorders (or, with lost sales, without a lost sale).
  Scalar alpha = 0;
  /// Fill rate: fraction of demand met from stock on hand.
  Scalar beta = 0;
  /// Average units on hand at the end of a period.
  Scalar on_hand = 0;
  /// Average units backordered at the end of a period.
  Scalar backorders = 0;
  /// Average units of demand lost per period (lost sales only).
  Scalar lost_sales = 0;
  /// Average orders per period.
  Scalar orders_per_period = 0;
  /// Average cost per period.
  Scalar cost = 0;
  /// Half-width of the confidence interval of alpha.
  Scalar alpha_half_width = 0;
  /// Half-width of the confidence interval of beta.
  Scalar beta_half_width = 0;
  /// Half-width of the confidence interval of cost.
  Scalar cost_half_width = 0;
  /// Periods measured.
  core::index periods = 0;
};

/// One item of a batch simulation.
template <std::floating_point Scalar = double>
struct simulation_item {
  /// Replenishment policy.
  policy<Scalar> rule;
  /// Demand per period.
  demand_model<Scalar> demand;
  /// Lead time.
  lead_time_model<Scalar> lead_time;
  /// Costs per period.
  periodic_costs<Scalar> costs;
};

/// Throws invalid_input unless the options are in range (periods >= batches >= 2, warmup >= 0,
/// confidence in (0, 1)).
/// Example: `inventory::validate(inventory::simulation_options<double>{.periods = 100000});`
template <std::floating_point Scalar>
void validate(const simulation_options<Scalar>& o) {
  constexpr std::string_view where = "inventory::validate(simulation_options)";
  core::detail::require(o.batches >= 2, where, "batches is ", o.batches, "; expected >= 2");
  core::detail::require(o.periods >= o.batches, where, "periods is ", o.periods,
                        "; expected periods >= batches (", o.batches, ")");
  core::detail::require(o.warmup >= 0, where, "warmup is ", o.warmup, "; expected >= 0");
  detail::require_probability(o.confidence, where, "confidence");
}

namespace detail {

/// Draws demand by the polar method (normal) or by inversion of a cumulative table (discrete).
template <std::floating_point Scalar>
class demand_sampler {
 public:
  demand_sampler(const demand_model<Scalar>& m, std::string_view where)
      : normal_(m.distribution == demand_distribution::normal), mean_(m.mean), sd_(m.sd) {
    switch (m.distribution) {
      case demand_distribution::normal:
        require_finite(m.mean, where, "demand mean");
        require_nonnegative(m.sd, where, "demand sd");
        return;
      case demand_distribution::poisson:
        build(tabulate(poisson_demand<Scalar>{m.mean}));
        return;
      case demand_distribution::negative_binomial:
        build(tabulate(negative_binomial_demand<Scalar>{m.mean, m.sd * m.sd}));
        return;
      case demand_distribution::empirical:
        build(tabulate(empirical_demand<Scalar>{m.probability}));
        return;
    }
    core::detail::raise<core::invalid_input>(where, "demand distribution is ",
                                             static_cast<int>(m.distribution),
                                             "; expected a demand_distribution (0..3)");
  }

  template <typename Rng>
  [[nodiscard]] double operator()(Rng& rng) const {
    if (normal_)
      return static_cast<double>(mean_) +
             static_cast<double>(sd_) * core::standard_normal<double>(rng);
    const double u = core::uniform01<double>(rng);
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
    return static_cast<double>(std::min<std::ptrdiff_t>(
        it - cumulative_.begin(), static_cast<std::ptrdiff_t>(cumulative_.size()) - 1));
  }

 private:
  void build(const pmf_table<Scalar>& t) {
    cumulative_.resize(t.pmf.size());
    double s = 0;
    for (std::size_t k = 0; k < t.pmf.size(); ++k)
      cumulative_[k] = (s += static_cast<double>(t.pmf[k]));
    cumulative_.back() = 1.0;
  }
  bool normal_ = true;
  Scalar mean_ = 0;
  Scalar sd_ = 0;
  std::vector<double> cumulative_;
};

/// Accumulates one batch of periods.
struct batch_totals {
  double periods = 0;
  double no_stockout = 0;
  double demand = 0;
  double shortage = 0;
  double on_hand = 0;
  double backorders = 0;
  double lost = 0;
  double orders = 0;
  double cost = 0;
  void add(const batch_totals& b) {
    periods += b.periods;
    no_stockout += b.no_stockout;
    demand += b.demand;
    shortage += b.shortage;
    on_hand += b.on_hand;
    backorders += b.backorders;
    lost += b.lost;
    orders += b.orders;
    cost += b.cost;
  }
};

template <std::floating_point Scalar>
void validate_simulation(const policy<Scalar>& pol, const lead_time_model<Scalar>& lt,
                         const periodic_costs<Scalar>& costs, const simulation_options<Scalar>& o,
                         std::string_view where) {
  validate_policy(pol, where);
  validate_periodic_costs(costs, where);
  core::detail::require(lt.fixed >= 0, where, "lead time is ", lt.fixed,
                        "; expected lead time >= 0");
  if (!lt.probability.empty())
    (void)tabulate(empirical_demand<Scalar>{lt.probability});  // validates the pmf
  validate(o);
}

/// Simulates `total` periods of one item; `on_batch(index, totals)` receives each batch.
template <std::floating_point Scalar, typename Rng, typename DemandSource, typename OnBatch>
void run_policy(const policy<Scalar>& pol, const lead_time_model<Scalar>& lt,
                const periodic_costs<Scalar>& costs, bool lost_sales, core::index warmup,
                core::index periods, core::index batches, double initial_level, Rng& rng,
                DemandSource&& next_demand, OnBatch&& on_batch) {
  std::vector<double> lt_cum;
  core::index max_l = lt.fixed;
  if (!lt.probability.empty()) {
    double s = 0;
    for (const Scalar p : lt.probability)
      lt_cum.push_back(s += static_cast<double>(p));
    lt_cum.back() = 1.0;
    max_l = static_cast<core::index>(lt_cum.size()) - 1;
  }
  const auto ring = static_cast<std::size_t>(max_l + 1);
  std::vector<double> arrivals(ring, 0.0);
  double level = initial_level;  // inventory level (negative: backorders)
  double on_order = 0;
  const double h = costs.holding_cost;
  const double p = costs.stockout_cost;
  const double k = costs.fixed_cost;
  const double s_low = pol.reorder_point;
  const double s_up = pol.order_up_to;
  const double q = pol.order_quantity;
  const core::index review = pol.review_period;
  const core::index per_batch = periods / batches;
  batch_totals cur;
  core::index batch = 0;
  core::index in_batch = 0;
  for (core::index t = 0; t < warmup + periods; ++t) {
    const std::size_t slot = static_cast<std::size_t>(t) % ring;
    level += arrivals[slot];
    on_order -= arrivals[slot];
    arrivals[slot] = 0;
    const double ip = level + on_order;
    double order = 0;
    double n_orders = 0;
    switch (pol.kind) {
      case policy_kind::base_stock:
        if (ip < s_up) {
          order = s_up - ip;
          n_orders = 1;
        }
        break;
      case policy_kind::order_up_to:
        if (t % review == 0 && ip < s_up) {
          order = s_up - ip;
          n_orders = 1;
        }
        break;
      case policy_kind::min_max:
        if (ip <= s_low) {
          order = s_up - ip;
          n_orders = 1;
        }
        break;
      case policy_kind::reorder_point:
        if (ip <= s_low) {
          n_orders = std::floor((s_low - ip) / q) + 1;
          order = n_orders * q;
        }
        break;
    }
    if (order > 0) {
      core::index l = lt.fixed;
      if (!lt_cum.empty()) {
        const double u = core::uniform01<double>(rng);
        l = static_cast<core::index>(std::upper_bound(lt_cum.begin(), lt_cum.end(), u) -
                                     lt_cum.begin());
        l = std::min(l, max_l);
      }
      if (l == 0) {
        level += order;
      } else {
        arrivals[(static_cast<std::size_t>(t + l)) % ring] += order;
        on_order += order;
      }
    }
    const double d = next_demand(t);
    const double before = level;
    double lost = 0;
    double shortage = 0;
    if (lost_sales) {
      const double served = std::clamp(d, 0.0, std::max(before, 0.0));
      lost = std::max(0.0, d - served);
      level = before - (d < 0 ? d : served);
      shortage = lost;
    } else {
      level = before - d;
      shortage = std::max(0.0, -level) - std::max(0.0, -before);
    }
    if (t < warmup)
      continue;
    const double on_hand = std::max(0.0, level);
    const double back = std::max(0.0, -level);
    cur.periods += 1;
    cur.no_stockout += lost_sales ? (lost > 0 ? 0.0 : 1.0) : (level >= 0 ? 1.0 : 0.0);
    cur.demand += d;
    cur.shortage += shortage;
    cur.on_hand += on_hand;
    cur.backorders += back;
    cur.lost += lost;
    cur.orders += n_orders;
    cur.cost += h * on_hand + (lost_sales ? p * lost : p * back) + k * n_orders;
    if (++in_batch == per_batch && batch + 1 < batches) {
      on_batch(batch, cur);
      cur = batch_totals{};
      in_batch = 0;
      ++batch;
    }
  }
  on_batch(batch, cur);
}

template <std::floating_point Scalar>
[[nodiscard]] simulation_result<Scalar> summarize(const std::vector<batch_totals>& b,
                                                  Scalar confidence) {
  batch_totals all;
  for (const auto& x : b)
    all.add(x);
  simulation_result<Scalar> r;
  r.periods = static_cast<core::index>(all.periods);
  r.alpha = static_cast<Scalar>(all.no_stockout / all.periods);
  r.beta = static_cast<Scalar>(all.demand > 0 ? 1 - all.shortage / all.demand : 1.0);
  r.on_hand = static_cast<Scalar>(all.on_hand / all.periods);
  r.backorders = static_cast<Scalar>(all.backorders / all.periods);
  r.lost_sales = static_cast<Scalar>(all.lost / all.periods);
  r.orders_per_period = static_cast<Scalar>(all.orders / all.periods);
  r.cost = static_cast<Scalar>(all.cost / all.periods);
  // Batch means (Law 2015, eq. 9.10): t quantile times the sd of the batch estimates / sqrt(B).
  const auto nb = static_cast<double>(b.size());
  const boost::math::students_t_distribution<double> t_dist(nb - 1);
  const double t = boost::math::quantile(t_dist, (1 + static_cast<double>(confidence)) / 2);
  auto half = [&](auto value_of, double centre) {
    double ss = 0;
    for (const auto& x : b) {
      const double v = value_of(x) - centre;
      ss += v * v;
    }
    return static_cast<Scalar>(t * std::sqrt(ss / (nb - 1) / nb));
  };
  r.alpha_half_width =
      half([](const batch_totals& x) { return x.no_stockout / x.periods; }, r.alpha);
  r.beta_half_width = half(
      [](const batch_totals& x) { return x.demand > 0 ? 1 - x.shortage / x.demand : 1.0; }, r.beta);
  r.cost_half_width = half([](const batch_totals& x) { return x.cost / x.periods; }, r.cost);
  return r;
}

template <std::floating_point Scalar>
[[nodiscard]] double initial_level(const policy<Scalar>& pol) {
  return pol.kind == policy_kind::reorder_point
             ? static_cast<double>(pol.reorder_point + pol.order_quantity)
             : static_cast<double>(pol.order_up_to);
}

}  // namespace detail

/// Simulates one item: `options.warmup` periods, then `options.periods` measured periods split
/// into `options.batches` batches for the confidence intervals. Same inputs and seed give the
/// same result on every platform.
/// Throws: invalid_input for an invalid policy, costs, demand, lead time or option.
/// Example: `auto r = inventory::simulate(inventory::base_stock_policy(14.0), {.distribution =
/// inventory::demand_distribution::poisson, .mean = 8}, {.fixed = 1}, costs, {.periods =
/// 1000000});`
template <std::floating_point Scalar>
[[nodiscard]] simulation_result<Scalar> simulate(const policy<Scalar>& rule,
                                                 const demand_model<Scalar>& demand,
                                                 const lead_time_model<Scalar>& lead_time,
                                                 const periodic_costs<Scalar>& costs,
                                                 const simulation_options<Scalar>& options = {},
                                                 std::uint64_t stream = 0) {
  constexpr std::string_view where = "inventory::simulate";
  detail::validate_simulation(rule, lead_time, costs, options, where);
  const detail::demand_sampler<Scalar> sampler(demand, where);
  std::mt19937_64 rng(core::seed_for(options.seed, stream));
  std::vector<detail::batch_totals> batches(static_cast<std::size_t>(options.batches));
  detail::run_policy(
      rule, lead_time, costs, options.lost_sales, options.warmup, options.periods, options.batches,
      detail::initial_level(rule), rng, [&](core::index) { return sampler(rng); },
      [&](core::index i, const detail::batch_totals& b) {
        batches[static_cast<std::size_t>(i)] = b;
      });
  return detail::summarize(batches, options.confidence);
}

/// Simulates many items in parallel (item i uses the stream core::seed_for(options.seed, i)), so
/// results do not depend on the thread count.
/// Throws: invalid_input for the first invalid item (lowest index).
/// Example: `auto all = inventory::simulate_batch<double>(items, {.periods = 100000});`
template <std::floating_point Scalar>
[[nodiscard]] std::vector<simulation_result<Scalar>> simulate_batch(
    std::span<const simulation_item<Scalar>> items,
    const simulation_options<Scalar>& options = {}) {
  std::vector<simulation_result<Scalar>> out(items.size());
  core::parallel_for(static_cast<core::index>(items.size()), options.threads, [&](core::index i) {
    const auto& it = items[static_cast<std::size_t>(i)];
    out[static_cast<std::size_t>(i)] = simulate(it.rule, it.demand, it.lead_time, it.costs, options,
                                                static_cast<std::uint64_t>(i));
  });
  return out;
}

/// Draws `paths` demand paths of a forecast's horizon h (h x paths), jointly normal with the
/// forecast's per-step means and sds and its lead-time aggregate: step t is
/// X_t = mean_t + b_t (S_{t-1} - E S_{t-1}) + e_t, with S_{t-1} the total of steps 1..t-1,
/// b_t = Cov(S_{t-1}, X_t) / V_{t-1} from Cov = (V_t - V_{t-1} - sd_t^2) / 2 and an independent
/// e_t of variance sd_t^2 - b_t^2 V_{t-1}, so every marginal and every total over steps 1..L
/// (correlated step errors included when the aggregate is exact) has the forecast's mean and
/// variance. Where the forecast's numbers are inconsistent (that variance would be negative) it is
/// set to 0; steps with an unknown sd use the increment V_t - V_{t-1}.
/// Path j uses the stream core::seed_for(seed, j); results do not depend on `threads`.
/// Throws: invalid_input if paths < 1 or a cumulative variance is missing or negative.
/// Example: `core::matrix<double> d = inventory::sample_paths(f, 1000, 7);`
template <std::floating_point Scalar>
[[nodiscard]] core::matrix<Scalar> sample_paths(const core::forecast<Scalar>& forecast,
                                                core::index paths, std::uint64_t seed,
                                                int threads = 0) {
  constexpr std::string_view where = "inventory::sample_paths";
  core::detail::require(paths >= 1, where, "paths is ", paths, "; expected paths >= 1");
  const core::index h = forecast.horizon();
  core::detail::require_size(forecast.cumulative_variance.size(), h, where, "cumulative_variance");
  core::detail::require_size(forecast.sd.size(), h, where, "sd");
  std::vector<double> slope(static_cast<std::size_t>(h), 0.0);
  std::vector<double> noise_sd(static_cast<std::size_t>(h), 0.0);
  double prev = 0;
  for (core::index t = 0; t < h; ++t) {
    const double v = static_cast<double>(forecast.cumulative_variance[t]);
    core::detail::require(std::isfinite(v) && v >= 0, where, "cumulative_variance[", t, "] is ", v,
                          "; expected a finite variance >= 0");
    const double sd_t = static_cast<double>(forecast.sd[t]);
    const auto i = static_cast<std::size_t>(t);
    if (!std::isfinite(sd_t) || sd_t < 0) {
      noise_sd[i] = std::sqrt(std::max(0.0, v - prev));
    } else if (prev > 0) {
      const double cov = (v - prev - sd_t * sd_t) / 2;
      slope[i] = cov / prev;
      noise_sd[i] = std::sqrt(std::max(0.0, sd_t * sd_t - slope[i] * slope[i] * prev));
    } else {
      noise_sd[i] = sd_t;
    }
    prev = v;
  }
  core::matrix<Scalar> out(h, paths);
  core::parallel_for(paths, threads, [&](core::index j) {
    std::mt19937_64 rng(core::seed_for(seed, static_cast<std::uint64_t>(j)));
    double total_dev = 0;  // S_{t-1} - E S_{t-1}
    for (core::index t = 0; t < h; ++t) {
      const auto i = static_cast<std::size_t>(t);
      const double dev = slope[i] * total_dev + noise_sd[i] * core::standard_normal<double>(rng);
      out(t, j) = static_cast<Scalar>(static_cast<double>(forecast.mean[t]) + dev);
      total_dev += dev;
    }
  });
  return out;
}

/// Simulates a policy along given demand paths (periods x paths, e.g. from `sample_paths`), each
/// path from the same start (inventory at the policy's order-up-to level, or r + Q, nothing on
/// order); the confidence half-widths treat the paths as independent replications.
/// Throws: invalid_input if there are fewer than 2 paths, a demand is not finite, or the policy,
/// lead time or costs are invalid.
/// Example: `auto r = inventory::simulate_paths(inventory::base_stock_policy(420.0), paths, {.fixed
/// = 2}, costs);`
template <std::floating_point Scalar>
[[nodiscard]] simulation_result<Scalar> simulate_paths(
    const policy<Scalar>& rule,
    const Eigen::Ref<const core::matrix<std::type_identity_t<Scalar>>>& demand_paths,
    const lead_time_model<Scalar>& lead_time, const periodic_costs<Scalar>& costs,
    const simulation_options<Scalar>& options = {}) {
  constexpr std::string_view where = "inventory::simulate_paths";
  const core::index n = demand_paths.cols();
  const core::index h = demand_paths.rows();
  core::detail::require(n >= 2, where, "demand_paths has ", n, " paths; expected at least 2");
  core::detail::require(h >= 1, where, "demand_paths has no periods; expected at least 1");
  core::detail::require(demand_paths.allFinite(), where,
                        "demand_paths has a NaN or infinite value; expected finite demand");
  simulation_options<Scalar> o = options;
  o.batches = 2;
  o.periods = std::max<core::index>(h, 2);
  detail::validate_simulation(rule, lead_time, costs, o, where);
  std::vector<detail::batch_totals> per_path(static_cast<std::size_t>(n));
  core::parallel_for(n, options.threads, [&](core::index j) {
    std::mt19937_64 rng(core::seed_for(options.seed, static_cast<std::uint64_t>(j)));
    detail::batch_totals total;
    detail::run_policy(
        rule, lead_time, costs, options.lost_sales, 0, h, 1, detail::initial_level(rule), rng,
        [&](core::index t) { return static_cast<double>(demand_paths(t, j)); },
        [&](core::index, const detail::batch_totals& b) { total = b; });
    per_path[static_cast<std::size_t>(j)] = total;
  });
  return detail::summarize(per_path, options.confidence);
}

}  // namespace foresight::inventory

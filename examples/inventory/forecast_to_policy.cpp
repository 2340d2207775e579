// SPDX-License-Identifier: Apache-2.0
// From a forecast to a replenishment policy: a 12-week normal forecast whose step errors are
// correlated (as an ARIMA model's would be; here given by MA(infinity) weights, no ARIMA needed),
// then safety stock and reorder point from the exact lead-time aggregate, the EOQ, the exact
// optimal (s, S) policy, and a simulation check of both against their closed forms.
#include <cstdio>
#include <vector>

#include <foresight/core/forecast.hpp>
#include <foresight/inventory.hpp>

namespace core = foresight::core;
namespace inv = foresight::inventory;

int main() {
  // Weekly forecast: mean 100 rising by 1 per week; one-step sd 12; psi weights 1, 0.5, 0.5, ...
  // (a local level, so errors of later steps are positively correlated).
  constexpr core::index horizon = 12;
  core::vector<double> mean(horizon);
  core::vector<double> psi(horizon);
  for (core::index t = 0; t < horizon; ++t) {
    mean[t] = 100.0 + double(t);
    psi[t] = t == 0 ? 1.0 : 0.5;
  }
  const double sigma2 = 12.0 * 12.0;
  core::vector<double> sd(horizon);
  double acc = 0;
  for (core::index t = 0; t < horizon; ++t) {
    acc += psi[t] * psi[t];
    sd[t] = std::sqrt(sigma2 * acc);
  }
  const core::forecast<double> f = core::make_normal_forecast<double>(
      mean, sd, {0.8, 0.95}, {}, core::cumulative_variance_from_psi<double>(psi, sigma2));

  // Safety stock and reorder point for a 3-week lead time at a 95% cycle service level.
  constexpr core::index lead_time = 3;
  const auto ss = inv::safety_stock(f, lead_time, inv::cycle_service_level<double>{0.95});
  const auto naive = inv::safety_stock(core::make_normal_forecast<double>(mean, sd, {0.95}),
                                       lead_time, inv::cycle_service_level<double>{0.95});
  std::printf("lead-time demand over %ld weeks: mean %.1f, sd %.2f (%s aggregate)\n",
              long(lead_time), ss.lead_time_demand_mean, ss.lead_time_demand_sd,
              std::string(core::to_string(f.aggregate)).c_str());
  std::printf("safety stock %.1f, reorder point %.1f (independent-steps sd would be %.2f: %s)\n",
              ss.safety_stock, ss.reorder_point, naive.lead_time_demand_sd,
              naive.notes.empty() ? "" : naive.notes.front().c_str());

  // EOQ: fixed cost 80 per order, holding cost 0.4 per unit per week.
  const auto q = inv::eoq<double>({.demand_rate = mean[0], .fixed_cost = 80, .holding_cost = 0.4});
  std::printf("EOQ %.1f units every %.2f weeks, cost %.2f per week\n", q.quantity, q.cycle_time,
              q.cost);

  // Exact optimal (s, S) for Poisson demand at the forecast's next-week mean, lead time 2 weeks.
  const inv::periodic_costs<double> costs{0.4, 9.0, 80.0};
  const inv::poisson_demand<double> demand{mean[0]};
  const auto best = inv::optimize_min_max(demand, 2, costs);
  const auto closed = inv::evaluate(best.optimal, demand, 2, costs);
  std::printf("(s, S) = (%.0f, %.0f): cost %.3f per week, alpha %.4f, beta %.4f\n",
              best.optimal.reorder_point, best.optimal.order_up_to, best.cost, closed.alpha,
              closed.beta);

  // Simulation check of the (s, S) policy: 10^6 weeks, 99% batch-means intervals.
  const auto sim = inv::simulate(
      best.optimal, {.distribution = inv::demand_distribution::poisson, .mean = mean[0]},
      {.fixed = 2}, costs, {.periods = 1000000, .seed = 2024});
  std::printf("simulated: cost %.3f +- %.3f, alpha %.4f +- %.4f, beta %.4f +- %.4f\n", sim.cost,
              sim.cost_half_width, sim.alpha, sim.alpha_half_width, sim.beta, sim.beta_half_width);

  // The forecast's own sample paths drive a base-stock policy at the reorder point + 1 week.
  const auto paths = inv::sample_paths(f, 20000, 7);
  const double level = ss.reorder_point + mean[lead_time];
  const auto by_paths =
      inv::simulate_paths(inv::base_stock_policy(level), paths, {.fixed = lead_time}, costs);
  std::printf("base-stock %.1f along 20000 forecast paths: fill rate %.4f +- %.4f\n", level,
              by_paths.beta, by_paths.beta_half_width);
  return 0;
}

// SPDX-License-Identifier: Apache-2.0
// Inventory policy benchmarks. Baselines in the same binary: the per-item `safety_stock` call
// (full result with notes) against the batch kernel; the exhaustive (s, S) enumeration against
// Zheng & Federgruen.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include <foresight/core/random.hpp>
#include <foresight/inventory/periodic.hpp>
#include <foresight/inventory/rq.hpp>
#include <foresight/inventory/safety_stock.hpp>
#include <foresight/inventory/serial.hpp>
#include <foresight/inventory/simulation.hpp>

namespace core = foresight::core;
namespace inv = foresight::inventory;

namespace {

struct items {
  core::vector<double> mean;
  core::vector<double> sd;
  core::vector<double> lead_time;
};

items make_items(core::index n) {
  std::mt19937_64 rng(42);
  items it{core::vector<double>(n), core::vector<double>(n), core::vector<double>(n)};
  for (core::index i = 0; i < n; ++i) {
    it.mean[i] = core::uniform(rng, 1.0, 500.0);
    it.sd[i] = it.mean[i] * core::uniform(rng, 0.1, 1.0);
    it.lead_time[i] = double(1 + core::uniform_index(rng, 8));
  }
  return it;
}

void BM_safety_stock_batch(benchmark::State& state) {
  const auto it = make_items(state.range(0));
  const int threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    auto r = inv::safety_stock_batch<double>(it.mean, it.sd, it.lead_time, {0.95}, threads);
    benchmark::DoNotOptimize(r.reorder_point.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_safety_stock_batch)
    ->Args({1000000, 1})
    ->Args({1000000, 2})
    ->Unit(benchmark::kMillisecond);

// Baseline: one full `safety_stock` call per item (validation, result struct with notes).
void BM_safety_stock_per_item(benchmark::State& state) {
  const auto it = make_items(state.range(0));
  for (auto _ : state) {
    double sum = 0;
    for (core::index i = 0; i < state.range(0); ++i) {
      const auto r =
          inv::safety_stock(inv::normal_demand<double>{it.mean[i], it.sd[i]},
                            inv::cycle_service_level<double>{0.95}, {.lead_time = it.lead_time[i]});
      sum += r.reorder_point;
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_safety_stock_per_item)->Arg(1000000)->Unit(benchmark::kMillisecond);

void BM_optimize_min_max_poisson(benchmark::State& state) {
  const inv::poisson_demand<double> d{double(state.range(0))};
  for (auto _ : state) {
    auto r = inv::optimize_min_max(d, 0, inv::periodic_costs<double>{1, 9, 64});
    benchmark::DoNotOptimize(r.cost);
  }
}
BENCHMARK(BM_optimize_min_max_poisson)->Arg(10)->Arg(50)->Arg(100)->Unit(benchmark::kMicrosecond);

// Baseline: exhaustive enumeration of (s, S) with the same renewal-reward cost.
void BM_enumerate_min_max_poisson(benchmark::State& state) {
  const inv::poisson_demand<double> d{double(state.range(0))};
  const inv::periodic_costs<double> c{1, 9, 64};
  for (auto _ : state) {
    const auto one = inv::tabulate(d);
    const auto m = inv::detail::renewal_density(one, 400);
    const auto y = inv::quantile(one, 0.9);
    std::vector<double> g(1000);
    for (core::index x = 0; x < 1000; ++x)
      g[std::size_t(x)] = c.holding_cost * inv::complementary_loss(one, x - 500) +
                          c.stockout_cost * inv::loss(one, x - 500);
    double best = std::numeric_limits<double>::infinity();
    for (core::index s = y - 60; s <= y; ++s) {
      double num = c.fixed_cost;
      double den = 0;
      for (core::index n = 1; n < 300; ++n) {
        const core::index big_s = s + n;
        num = c.fixed_cost;
        den = 0;
        for (core::index j = 0; j < n; ++j) {
          num += m[std::size_t(j)] * g[std::size_t(big_s - j + 500)];
          den += m[std::size_t(j)];
        }
        best = std::min(best, num / den);
      }
    }
    benchmark::DoNotOptimize(best);
  }
}
BENCHMARK(BM_enumerate_min_max_poisson)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_optimize_rq_poisson(benchmark::State& state) {
  const auto t = inv::tabulate(inv::poisson_demand<double>{double(state.range(0))}, 2);
  for (auto _ : state) {
    auto r = inv::optimize_rq(double(state.range(0)), t, inv::rq_costs<double>{100, 1, 10});
    benchmark::DoNotOptimize(r.cost);
  }
}
BENCHMARK(BM_optimize_rq_poisson)->Arg(10)->Arg(100)->Unit(benchmark::kMicrosecond);

void BM_optimize_rq_normal(benchmark::State& state) {
  const core::gaussian<double> ltd{1300.0 / 12, 43.3};
  for (auto _ : state) {
    auto r = inv::optimize_rq(1300.0, ltd, inv::rq_costs<double>{8, 0.225, 7.5});
    benchmark::DoNotOptimize(r.cost);
  }
}
BENCHMARK(BM_optimize_rq_normal)->Unit(benchmark::kMicrosecond);

void BM_optimize_serial_normal(benchmark::State& state) {
  const std::vector<inv::serial_stage<double>> stages{{3, 1}, {2, 1}, {2, 2}};
  for (auto _ : state) {
    auto r = inv::optimize_serial(stages, 37.12, inv::normal_demand<double>{5, 1});
    benchmark::DoNotOptimize(r.cost);
  }
}
BENCHMARK(BM_optimize_serial_normal)->Unit(benchmark::kMillisecond);

// Simulator throughput in periods per second, one item, one thread.
void BM_simulate(benchmark::State& state) {
  const bool normal = state.range(0) == 1;
  const inv::demand_model<double> d =
      normal ? inv::demand_model<double>{.distribution = inv::demand_distribution::normal,
                                         .mean = 50,
                                         .sd = 8}
             : inv::demand_model<double>{.distribution = inv::demand_distribution::poisson,
                                         .mean = 10};
  const auto pol =
      normal ? inv::reorder_point_policy(160.0, 120.0) : inv::min_max_policy(6.0, 40.0);
  const inv::simulation_options<double> o{.periods = state.range(1), .warmup = 0, .seed = 7};
  for (auto _ : state) {
    auto r = inv::simulate(pol, d, {.fixed = 2}, inv::periodic_costs<double>{1, 9, 64}, o);
    benchmark::DoNotOptimize(r.cost);
  }
  state.SetItemsProcessed(state.iterations() * state.range(1));
}
BENCHMARK(BM_simulate)->Args({0, 1000000})->Args({1, 1000000})->Unit(benchmark::kMillisecond);

// Many items in parallel: 1000 items x 10,000 periods.
void BM_simulate_batch(benchmark::State& state) {
  std::vector<inv::simulation_item<double>> it(
      1000, {inv::min_max_policy(6.0, 40.0),
             {.distribution = inv::demand_distribution::poisson, .mean = 10},
             {.fixed = 2},
             {1, 9, 64}});
  const inv::simulation_options<double> o{
      .periods = 10000, .warmup = 0, .seed = 7, .threads = int(state.range(0))};
  for (auto _ : state) {
    auto r = inv::simulate_batch<double>(it, o);
    benchmark::DoNotOptimize(r.data());
  }
  state.SetItemsProcessed(state.iterations() * 1000 * 10000);
}
BENCHMARK(BM_simulate_batch)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

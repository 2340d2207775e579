// SPDX-License-Identifier: Apache-2.0
// ARIMA benchmarks: airline model fit on log AirPassengers (R's kappa likelihood and the fast
// exact differenced likelihood side by side), automatic selection on one M3 monthly series, and
// automatic selection over a batch of 1,000 M3 series (1 and 2 threads). Inputs are the shared
// datasets (read once, outside the timed loops); bench_arima_r.R times R on the same work.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include <foresight/core/csv.hpp>
#include <foresight/forecast/arima.hpp>

namespace arima = foresight::forecast::arima;
namespace core = foresight::core;

namespace {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("FORESIGHT_DATA_DIR"); env != nullptr && *env != '\0')
    return env;
  return FORESIGHT_DATA_DIR_DEFAULT;
}

core::vector<double> air_passengers_log() {
  core::csv_reader r(data_dir() / "classic/AirPassengers.csv");
  const core::index v = r.column("value");
  std::vector<double> out;
  while (r.next())
    out.push_back(std::log(r.number<double>(v)));
  return Eigen::Map<core::vector<double>>(out.data(), static_cast<core::index>(out.size()));
}

// The first `count` series of the M3 development half in file order (yearly, quarterly, monthly).
core::panel<double> m3_panel(core::index count) {
  core::panel<double> all;
  for (const char* cat : {"yearly", "quarterly", "monthly", "other"}) {
    const core::panel<double> p = core::read_panel<double>(
        data_dir() / ("m3/m3_" + std::string(cat) + ".csv"), {.item_column = "series_id",
                                                              .period_column = "t",
                                                              .value_column = "value",
                                                              .seasonal_period_column = "frequency",
                                                              .filter_column = "split",
                                                              .filter_values = {"train"}});
    for (core::index i = 0; i < p.size() && all.size() < count; ++i)
      all.add(p.id(i), p.values(i), p.period(i));
  }
  return all;
}

void BM_arima_fit_airline_kappa(benchmark::State& state) {
  const core::vector<double> y = air_passengers_log();
  for (auto _ : state) {
    auto m = arima::fit(y, {.order = {0, 1, 1}, .seasonal = {0, 1, 1, 12}});
    benchmark::DoNotOptimize(m.loglik);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_arima_fit_airline_kappa)->Unit(benchmark::kMillisecond);

void BM_arima_fit_airline_fast(benchmark::State& state) {
  const core::vector<double> y = air_passengers_log();
  for (auto _ : state) {
    auto m = arima::fit(y, {.order = {0, 1, 1},
                            .seasonal = {0, 1, 1, 12},
                            .likelihood = arima::likelihood_method::automatic});
    benchmark::DoNotOptimize(m.loglik);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_arima_fit_airline_fast)->Unit(benchmark::kMillisecond);

void BM_arima_auto_monthly(benchmark::State& state) {
  const core::panel<double> p = m3_panel(1000);
  // The first monthly series of the development half (N1403 comes after 701 yearly/quarterly).
  const core::index i = 323 + 378;
  const core::vector<double> y = p.values(i);
  state.SetLabel(p.id(i));
  for (auto _ : state) {
    auto m = arima::auto_fit(y, {.seasonal_period = 12});
    benchmark::DoNotOptimize(m.aicc);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_arima_auto_monthly)->Unit(benchmark::kMillisecond);

void BM_arima_auto_batch_1000(benchmark::State& state) {
  const core::panel<double> p = m3_panel(1000);
  const int threads = static_cast<int>(state.range(0));
  for (auto _ : state) {
    auto r = arima::auto_fit_batch(p, {}, {.threads = threads});
    benchmark::DoNotOptimize(r.fitted);
  }
  state.SetItemsProcessed(state.iterations() * p.size());
  state.counters["series"] = static_cast<double>(p.size());
}
BENCHMARK(BM_arima_auto_batch_1000)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();

// SPDX-License-Identifier: Apache-2.0
// MIP benchmarks: MIPLIB 3 instances of the shared data (read from $FORESIGHT_DATA_DIR/mip, or
// the configured default; skipped when absent) and generated models that always run (a
// correlated multi-dimensional knapsack of tests/optimize/mip/generated_models.hpp, the ERP
// lot-sizing and replenishment examples of examples/optimize/erp_models.hpp). The
// default settings are timed against in-binary baselines: without primal heuristics and
// without cuts. Counters: nodes, LP iterations, seconds to the first solution.
//
//   bench_mip [google-benchmark flags]   e.g. --benchmark_out=mip.json --benchmark_repetitions=3
// Side-by-side comparison with CBC and GLPK: compare_mip.py in this directory.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/lp/model.hpp>
#include <foresight/optimize/mip/replenishment.hpp>
#include <foresight/optimize/mip/solve.hpp>

#include "erp_models.hpp"
#include "generated_models.hpp"

namespace mip = foresight::optimize::mip;
namespace lp = foresight::optimize::lp;
namespace io = foresight::optimize::io;

namespace {

std::filesystem::path instance_path(const std::string& name) {
  const char* env = std::getenv("FORESIGHT_DATA_DIR");
  const std::filesystem::path dir =
      env != nullptr && *env != '\0' ? std::filesystem::path(env) : FORESIGHT_DATA_DIR_DEFAULT;
  return dir / "mip" / (name + ".mps.gz");
}

// MIPLIB 3 instances that need cuts (p0201, mod008), branching (stein27, misc03) or both.
constexpr const char* instances[] = {"p0201", "mod008", "stein27", "misc03", "dcmulti"};
constexpr int num_instances = static_cast<int>(sizeof(instances) / sizeof(instances[0]));

void run_solve(benchmark::State& state, const lp::model& m, const mip::options& opt) {
  mip::result r;
  for (auto _ : state) {
    r = mip::solve(m, opt);
    benchmark::DoNotOptimize(r.objective);
  }
  if (r.status != mip::status::optimal) {
    state.SkipWithError("not optimal");
    return;
  }
  state.counters["nodes"] = static_cast<double>(r.nodes);
  state.counters["lp_iterations"] = static_cast<double>(r.lp_iterations);
  state.counters["first_solution_s"] = r.stats.first_solution_seconds;
}

void run_miplib(benchmark::State& state, const mip::options& opt) {
  const std::string name = instances[state.range(0)];
  const auto path = instance_path(name);
  if (!std::filesystem::exists(path)) {
    state.SkipWithError(("data not found: " + path.string()).c_str());
    return;
  }
  const lp::model m = io::read_mps(path);
  state.SetLabel(name);
  run_solve(state, m, opt);
}

void BM_mip_miplib(benchmark::State& state) {
  run_miplib(state, {});
}
void BM_mip_miplib_no_heuristics(benchmark::State& state) {
  run_miplib(state, {.heuristics = false});
}
void BM_mip_miplib_no_cuts(benchmark::State& state) {
  run_miplib(state, {.cuts = false});
}

void BM_mip_knapsack(benchmark::State& state) {
  const lp::model m =
      foresight::test::mip::correlated_knapsack(3, static_cast<int>(state.range(0)), 7);
  run_solve(state, m, {.heuristics = state.range(1) != 0});
}

void BM_mip_lot_sizing(benchmark::State& state) {
  run_solve(state, erp::lot_sizing_model(), {.heuristics = state.range(0) != 0});
}

void BM_mip_replenishment(benchmark::State& state) {
  run_solve(state, mip::build_replenishment(erp::replenishment_example()).model,
            {.heuristics = state.range(0) != 0});
}

}  // namespace

BENCHMARK(BM_mip_miplib)->DenseRange(0, num_instances - 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_mip_miplib_no_heuristics)
    ->DenseRange(0, num_instances - 1)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_mip_miplib_no_cuts)->DenseRange(0, num_instances - 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_mip_knapsack)
    ->ArgsProduct({{30, 40, 60}, {1, 0}})
    ->ArgNames({"n", "heuristics"})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_mip_lot_sizing)->Arg(1)->Arg(0)->ArgName("heuristics")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_mip_replenishment)
    ->Arg(1)
    ->Arg(0)
    ->ArgName("heuristics")
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();

// SPDX-License-Identifier: Apache-2.0
// LP benchmarks on Netlib instances of different sizes (read from $FORESIGHT_DATA_DIR/lp, or
// the configured default; skipped when absent). The dual simplex with presolve is the default;
// in-binary baselines: without presolve, the primal path, devex and Dantzig pricing. MPS
// reading is timed on its own. Counters: simplex iterations per solve, rows, columns.
//
//   bench_lp [google-benchmark flags]   e.g. --benchmark_out=lp.json --benchmark_repetitions=3
// Side-by-side comparison with glpsol and clp: compare_lp.py in this directory.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/lp/solve.hpp>

namespace lp = foresight::optimize::lp;
namespace io = foresight::optimize::io;

namespace {

std::filesystem::path instance_path(const std::string& name) {
  const char* env = std::getenv("FORESIGHT_DATA_DIR");
  const std::filesystem::path dir =
      env != nullptr && *env != '\0' ? std::filesystem::path(env) : FORESIGHT_DATA_DIR_DEFAULT;
  return dir / "lp" / (name + ".mps.gz");
}

// Netlib instances from 27 to 778 rows.
constexpr const char* instances[] = {"afiro", "sc205", "scfxm1", "bandm", "pilot4", "ship08s"};
constexpr int num_instances = static_cast<int>(sizeof(instances) / sizeof(instances[0]));

bool load(benchmark::State& state, lp::model& m) {
  const std::string name = instances[state.range(0)];
  const auto path = instance_path(name);
  if (!std::filesystem::exists(path)) {
    state.SkipWithError(("data not found: " + path.string()).c_str());
    return false;
  }
  m = io::read_mps(path);
  state.SetLabel(name);
  return true;
}

void run_solve(benchmark::State& state, const lp::options& opt) {
  lp::model m;
  if (!load(state, m))
    return;
  lp::solution s;
  for (auto _ : state) {
    s = lp::solve(m, opt);
    benchmark::DoNotOptimize(s.objective);
  }
  if (s.status != lp::status::optimal)
    state.SkipWithError("not optimal");
  state.counters["iterations"] = static_cast<double>(s.iterations);
  state.counters["rows"] = static_cast<double>(m.num_rows());
  state.counters["cols"] = static_cast<double>(m.num_cols());
}

void BM_dual_simplex_presolve(benchmark::State& state) {
  run_solve(state, {});
}
void BM_dual_simplex_no_presolve(benchmark::State& state) {
  run_solve(state, {.presolve = false});
}
void BM_dual_simplex_devex(benchmark::State& state) {
  run_solve(state, {.pricing = lp::dual_pricing::devex});
}
void BM_dual_simplex_dantzig(benchmark::State& state) {
  run_solve(state, {.pricing = lp::dual_pricing::dantzig});
}
void BM_primal_simplex(benchmark::State& state) {
  run_solve(state, {.method = lp::simplex_method::primal});
}

void BM_read_mps_gz(benchmark::State& state) {
  lp::model m;
  if (!load(state, m))
    return;
  const auto path = instance_path(instances[state.range(0)]);
  for (auto _ : state) {
    lp::model r = io::read_mps(path);
    benchmark::DoNotOptimize(r.num_nonzeros());
  }
  state.counters["nonzeros"] = static_cast<double>(m.num_nonzeros());
}

}  // namespace

BENCHMARK(BM_dual_simplex_presolve)
    ->DenseRange(0, num_instances - 1)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_dual_simplex_no_presolve)
    ->DenseRange(0, num_instances - 1)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_dual_simplex_devex)->DenseRange(0, num_instances - 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_dual_simplex_dantzig)->DenseRange(0, num_instances - 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_primal_simplex)->DenseRange(0, num_instances - 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_read_mps_gz)->DenseRange(0, num_instances - 1)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();

// SPDX-License-Identifier: Apache-2.0
// LP benchmarks on Netlib instances of different sizes (read from $FORESIGHT_DATA_DIR/lp, or
// the configured default; skipped when absent). The dual simplex with presolve is the default;
// in-binary baselines: without presolve, the primal path, devex and Dantzig pricing. MPS
// reading is timed on its own. Counters: simplex iterations per solve, rows, columns.
// BM_lu_solves/<instance>/<path>: every Netlib instance of the data directory and generated
// multi-item production plans (items x periods), with the LU solves dense, automatic
// (hypersparse where it pays) and, on the plans, forced hypersparse.
//
//   bench_lp [google-benchmark flags]   e.g. --benchmark_out=lp.json --benchmark_repetitions=3
//   bench_lp --benchmark_filter=BM_lu_solves --benchmark_repetitions=5
//            --benchmark_enable_random_interleaving=true --benchmark_out=lu.json
//   (one line; then compare_lp.py --lu-paths lu.json prints the table of docs/performance.md)
// Side-by-side comparison with glpsol and clp: compare_lp.py in this directory.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/lp/solve.hpp>

namespace lp = foresight::optimize::lp;
namespace io = foresight::optimize::io;
using core_index = foresight::core::index;

namespace {

std::filesystem::path data_dir() {
  const char* env = std::getenv("FORESIGHT_DATA_DIR");
  return env != nullptr && *env != '\0' ? std::filesystem::path(env)
                                        : std::filesystem::path(FORESIGHT_DATA_DIR_DEFAULT);
}

std::filesystem::path instance_path(const std::string& name) {
  return data_dir() / "lp" / (name + ".mps.gz");
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

// Multi-item production plan over `periods` periods: per item and period a demand balance
// (inventory and backlog carried to the next period) and per period a shared capacity row. Its
// bases are hypersparse (chains of length `periods` in rows items * periods).
lp::model production_plan(int items, int periods) {
  std::mt19937_64 rng{42};
  std::uniform_real_distribution<double> u(0.0, 1.0);
  lp::model m;
  for (int k = 0; k < items * periods; ++k) {
    const double demand = 10 + 20 * u(rng);
    m.add_row(demand, lp::linear_expression{}, demand);
  }
  const core_index capacity_row = static_cast<core_index>(items) * periods;
  for (int t = 0; t < periods; ++t)
    m.add_row(-lp::infinity, lp::linear_expression{}, items * 14.0 * (0.8 + 0.4 * u(rng)));
  for (int i = 0; i < items; ++i) {
    const double cost = 1 + u(rng);
    const double holding = 0.05 + 0.1 * u(rng);
    const double usage = 0.5 + u(rng);
    for (int t = 0; t < periods; ++t) {
      const core_index row = static_cast<core_index>(i) * periods + t;
      const auto make = m.add_variable({.upper = 60, .cost = cost * (1 + 0.2 * u(rng))});
      m.add_coefficient(row, make.id, 1.0);
      m.add_coefficient(capacity_row + t, make.id, usage);
      const auto stock = m.add_variable({.cost = holding});
      const auto backlog = m.add_variable({.cost = 5 * cost});
      m.add_coefficient(row, stock.id, -1.0);
      m.add_coefficient(row, backlog.id, 1.0);
      if (t + 1 < periods) {
        m.add_coefficient(row + 1, stock.id, 1.0);
        m.add_coefficient(row + 1, backlog.id, -1.0);
      }
    }
  }
  return m;
}

void run_lu_solves(benchmark::State& state, const lp::model& m, lp::lu_solve_path path) {
  lp::solution s;
  for (auto _ : state) {
    s = lp::solve(m, {.lu_solves = path});
    benchmark::DoNotOptimize(s.objective);
  }
  if (s.status != lp::status::optimal)
    state.SkipWithError("not optimal");
  state.counters["iterations"] = static_cast<double>(s.iterations);
  state.counters["rows"] = static_cast<double>(m.num_rows());
}

// BM_lu_solves/<instance>/<path> for the Netlib instances found and the generated plans.
void register_lu_solves() {
  const std::filesystem::path dir = data_dir() / "lp";
  std::vector<std::string> names;
  if (std::filesystem::is_directory(dir)) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      const std::string file = entry.path().filename().string();
      if (file.size() > 7 && file.ends_with(".mps.gz"))
        names.push_back(file.substr(0, file.size() - 7));
    }
  }
  std::sort(names.begin(), names.end());
  // The model is built on first use (shared by the paths), so that a filter skips the reading.
  using maker = std::function<lp::model()>;
  const auto add = [](const std::string& label, maker make,
                      const std::vector<lp::lu_solve_path>& paths) {
    auto cache = std::make_shared<std::optional<lp::model>>();
    for (const auto path : paths) {
      benchmark::RegisterBenchmark(
          ("BM_lu_solves/" + label + "/" + std::string(lp::to_string(path))).c_str(),
          [cache, make, path](benchmark::State& state) {
            if (!cache->has_value())
              cache->emplace(make());
            run_lu_solves(state, **cache, path);
          })
          ->Unit(benchmark::kMillisecond);
    }
  };
  for (const auto& name : names)
    add(name, [file = dir / (name + ".mps.gz")] { return io::read_mps(file); },
        {lp::lu_solve_path::dense, lp::lu_solve_path::automatic});
  for (const auto& [items, periods] :
       {std::pair{10, 100}, std::pair{20, 100}, std::pair{40, 100}, std::pair{40, 200}}) {
    add("plan" + std::to_string(items) + "x" + std::to_string(periods),
        [items, periods] { return production_plan(items, periods); },
        {lp::lu_solve_path::dense, lp::lu_solve_path::automatic, lp::lu_solve_path::hypersparse});
  }
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

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  register_lu_solves();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

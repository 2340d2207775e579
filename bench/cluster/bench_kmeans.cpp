// SPDX-License-Identifier: Apache-2.0
// K-means benchmarks: foresight's Lloyd and Hamerly iterations from fixed initial centres on the
// four sizes of issue 5, with a naive (unblocked, scalar) Lloyd assignment as in-binary baseline.
//
//   bench_kmeans [google-benchmark flags]        Google Benchmark cases
//   bench_kmeans fit DIR CASE ALGO THREADS OUT    one timed fit for compare_sklearn.py: reads
//       DIR/CASE_xf.f64 (column-major) and DIR/CASE_init.f64, writes labels (int32) to OUT and
//       prints one JSON line with wall and process CPU seconds, n_iter and inertia.
//
// Without FORESIGHT_CLUSTER_BENCH_DATA the Google Benchmark cases generate their own blobs.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <Eigen/Core>

#include <foresight/cluster/kmeans.hpp>
#include <foresight/core/random.hpp>

namespace cluster = foresight::cluster;
namespace core = foresight::core;

namespace {

struct bench_case {
  const char* name;
  core::index n, d, k;
};

constexpr bench_case cases[] = {{"n100000_d8_k16", 100000, 8, 16},
                                {"n1000000_d4_k8", 1000000, 4, 8},
                                {"n20000_d64_k32", 20000, 64, 32},
                                {"n50000_d6_k5", 50000, 6, 5}};

Eigen::MatrixXd read_raw(const std::string& path, core::index rows, core::index cols) {
  Eigen::MatrixXd m(rows, cols);
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw std::runtime_error("cannot open " + path);
  in.read(reinterpret_cast<char*>(m.data()),
          static_cast<std::streamsize>(sizeof(double) * static_cast<std::size_t>(m.size())));
  if (!in)
    throw std::runtime_error("short read from " + path);
  return m;
}

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

/// Blobs around k uniform centres in [-10, 10]^d with sd 1.5 (used when no data dir is given).
struct generated {
  Eigen::MatrixXd x;
  Eigen::MatrixXd init;
};

generated load_or_generate(const bench_case& c) {
  if (const char* dir = std::getenv("FORESIGHT_CLUSTER_BENCH_DATA"); dir != nullptr) {
    const std::string base = std::string(dir) + "/" + c.name;
    Eigen::MatrixXd init_t = read_raw(base + "_init.f64", c.d, c.k);  // row-major k x d
    return {read_raw(base + "_xf.f64", c.n, c.d), init_t.transpose()};
  }
  std::mt19937_64 rng{42};
  Eigen::MatrixXd centres(c.k, c.d);
  for (core::index j = 0; j < c.k; ++j) {
    for (core::index f = 0; f < c.d; ++f)
      centres(j, f) = core::uniform<double>(rng, -10.0, 10.0);
  }
  generated g{Eigen::MatrixXd(c.n, c.d), Eigen::MatrixXd()};
  for (core::index i = 0; i < c.n; ++i) {
    const auto j =
        static_cast<core::index>(core::uniform_index(rng, static_cast<std::uint64_t>(c.k)));
    for (core::index f = 0; f < c.d; ++f)
      g.x(i, f) = centres(j, f) + core::normal<double>(rng, 0.0, 1.5);
  }
  g.init = cluster::kmeans_plus_plus(g.x, c.k, rng);
  return g;
}

const generated& data_for(std::size_t which) {
  static std::vector<generated> cache(std::size(cases));
  if (cache[which].x.size() == 0)
    cache[which] = load_or_generate(cases[which]);
  return cache[which];
}

void bm_kmeans(benchmark::State& state, std::size_t which, cluster::algorithm method) {
  const generated& g = data_for(which);
  const int threads = static_cast<int>(state.range(0));
  core::index iters = 0;
  for (auto _ : state) {
    const auto km =
        cluster::kmeans(g.x, g.init, {.k = cases[which].k, .method = method, .threads = threads});
    benchmark::DoNotOptimize(km.inertia);
    iters = km.n_iter;
  }
  state.counters["n_iter"] = static_cast<double>(iters);
  state.SetItemsProcessed(state.iterations() * cases[which].n * iters);
}

// Baseline: one Lloyd assignment pass computed naively (row by row, every centre, no blocking).
void bm_naive_assignment(benchmark::State& state, std::size_t which) {
  const generated& g = data_for(which);
  std::vector<core::index> labels(static_cast<std::size_t>(g.x.rows()));
  for (auto _ : state) {
    for (core::index i = 0; i < g.x.rows(); ++i) {
      double best = std::numeric_limits<double>::infinity();
      core::index arg = 0;
      for (core::index j = 0; j < g.init.rows(); ++j) {
        const double dist = (g.x.row(i) - g.init.row(j)).squaredNorm();
        if (dist < best) {
          best = dist;
          arg = j;
        }
      }
      labels[static_cast<std::size_t>(i)] = arg;
    }
    benchmark::DoNotOptimize(labels.data());
  }
  state.SetItemsProcessed(state.iterations() * g.x.rows());
}

void bm_one_pass(benchmark::State& state, std::size_t which) {
  const generated& g = data_for(which);
  for (auto _ : state) {
    const auto km =
        cluster::kmeans(g.x, g.init, {.k = cases[which].k, .max_iter = 1, .threads = 1});
    benchmark::DoNotOptimize(km.inertia);
  }
  state.SetItemsProcessed(state.iterations() * g.x.rows());
}

int fit_once(int argc, char** argv) {
  if (argc != 7) {
    std::cerr << "usage: bench_kmeans fit DIR CASE lloyd|hamerly THREADS OUT\n";
    return 2;
  }
  const std::string dir = argv[2];
  const std::string name = argv[3];
  const std::string algo = argv[4];
  const int threads = std::stoi(argv[5]);
  const bench_case* c = nullptr;
  for (const auto& bc : cases) {
    if (name == bc.name)
      c = &bc;
  }
  if (c == nullptr) {
    std::cerr << "unknown case " << name << "\n";
    return 2;
  }
  const Eigen::MatrixXd x = read_raw(dir + "/" + name + "_xf.f64", c->n, c->d);
  const Eigen::MatrixXd init = read_raw(dir + "/" + name + "_init.f64", c->d, c->k).transpose();
  const cluster::algorithm method =
      algo == "hamerly" ? cluster::algorithm::hamerly : cluster::algorithm::lloyd;
  const double cpu0 = process_cpu_seconds();
  const auto t0 = std::chrono::steady_clock::now();
  const auto km = cluster::kmeans(x, init, {.k = c->k, .method = method, .threads = threads});
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double cpu = process_cpu_seconds() - cpu0;
  std::vector<std::int32_t> labels(static_cast<std::size_t>(km.labels.size()));
  for (core::index i = 0; i < km.labels.size(); ++i)
    labels[static_cast<std::size_t>(i)] = static_cast<std::int32_t>(km.labels[i]);
  std::ofstream out(argv[6], std::ios::binary);
  out.write(reinterpret_cast<const char*>(labels.data()),
            static_cast<std::streamsize>(labels.size() * sizeof(std::int32_t)));
  std::printf("{\"wall\": %.6f, \"cpu\": %.6f, \"n_iter\": %ld, \"inertia\": %.17g}\n", wall, cpu,
              static_cast<long>(km.n_iter), km.inertia);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::string(argv[1]) == "fit")
    return fit_once(argc, argv);
  for (std::size_t c = 0; c < std::size(cases); ++c) {
    const std::string n = cases[c].name;
    benchmark::RegisterBenchmark(("BM_kmeans_lloyd/" + n).c_str(), bm_kmeans, c,
                                 cluster::algorithm::lloyd)
        ->Arg(1)
        ->Arg(2)
        ->UseRealTime()
        ->MeasureProcessCPUTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_kmeans_hamerly/" + n).c_str(), bm_kmeans, c,
                                 cluster::algorithm::hamerly)
        ->Arg(1)
        ->Arg(2)
        ->UseRealTime()
        ->MeasureProcessCPUTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_kmeans_onepass/" + n).c_str(), bm_one_pass, c)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_naive_assignment/" + n).c_str(), bm_naive_assignment, c)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

// SPDX-License-Identifier: Apache-2.0
// Read throughput of core::read_panel on a generated long-format sales history (item, period,
// value), against the plain csv_reader (tokenising and number parsing only) and a naive
// std::getline/std::stod reader in the same binary. bench_csv_pandas.py runs this binary and
// pandas on the same files.
//
// Files are generated once (deterministic content) into $FORESIGHT_BENCH_CSV_DIR, default
// <temp>/foresight_bench_csv, outside the timed loops; the timed loops read them from the page
// cache.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <foresight/core/csv.hpp>
#include <foresight/core/random.hpp>

namespace core = foresight::core;

namespace {

struct dataset {
  std::filesystem::path path;
  std::int64_t rows = 0;
  std::int64_t bytes = 0;
};

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("FORESIGHT_BENCH_CSV_DIR"); env != nullptr && *env != '\0')
    return env;
  return std::filesystem::temp_directory_path() / "foresight_bench_csv";
}

// `rows` candidate rows: rows / 100 items × 100 months from 2015-01; about 2% of the rows are
// dropped (gaps inside the series). Item-major order (an export sorted by item) or period-major
// (sorted by month, as a transaction log): then every row changes item.
const dataset& history(std::int64_t rows, bool period_major) {
  static std::map<std::pair<std::int64_t, bool>, dataset> cache;
  auto& d = cache[{rows, period_major}];
  if (!d.path.empty())
    return d;
  const std::int64_t months = 100;
  const std::int64_t items = rows / months;
  std::filesystem::create_directories(data_dir());
  d.path = data_dir() / ("sales_" + std::to_string(rows) +
                         (period_major ? "_period_major.csv" : "_item_major.csv"));
  std::string out = "item,period,value\n";
  out.reserve(static_cast<std::size_t>(rows) * 28);
  const auto row = [&](std::int64_t i, std::int64_t m) {
    const std::uint64_t h = core::splitmix64(static_cast<std::uint64_t>(i * months + m));
    if (h % 50 == 0 && m > 0 && m + 1 < months)
      return;  // a gap
    char buf[64];
    const auto cents = static_cast<long long>(h % 1000000);
    const int n = std::snprintf(buf, sizeof(buf), "SKU-%06lld,%04lld-%02lld,%lld.%02lld\n",
                                static_cast<long long>(i), static_cast<long long>(2015 + m / 12),
                                static_cast<long long>(m % 12 + 1), cents / 100, cents % 100);
    out.append(buf, static_cast<std::size_t>(n));
    ++d.rows;
  };
  if (period_major) {
    for (std::int64_t m = 0; m < months; ++m)
      for (std::int64_t i = 0; i < items; ++i)
        row(i, m);
  } else {
    for (std::int64_t i = 0; i < items; ++i)
      for (std::int64_t m = 0; m < months; ++m)
        row(i, m);
  }
  std::ofstream(d.path, std::ios::binary)
      .write(out.data(), static_cast<std::streamsize>(out.size()));
  d.bytes = static_cast<std::int64_t>(out.size());
  return d;
}

void set_throughput(benchmark::State& state, const dataset& d) {
  state.SetItemsProcessed(state.iterations() * d.rows);
  state.SetBytesProcessed(state.iterations() * d.bytes);
  state.counters["rows"] = static_cast<double>(d.rows);
}

// read_panel with year-month periods: parse, hash items, sort, fill gaps, build the panel.
void BM_read_panel_year_month(benchmark::State& state) {
  const auto& d = history(state.range(0), state.range(1) != 0);
  const core::csv_panel_options o{.periods = core::period_type::year_month};
  core::index observations = 0;
  for (auto _ : state) {
    const auto p = core::read_panel<double>(d.path, o);
    observations = p.total_observations();
    benchmark::DoNotOptimize(observations);
  }
  set_throughput(state, d);
  state.counters["observations"] = static_cast<double>(observations);  // gaps filled
}
BENCHMARK(BM_read_panel_year_month)
    ->Args({100000, 0})
    ->Args({1000000, 0})
    ->Args({1000000, 1})
    ->Unit(benchmark::kMillisecond);

// The reader alone: tokenise every record and parse the value column.
void BM_csv_reader_tokenize(benchmark::State& state) {
  const auto& d = history(state.range(0), false);
  for (auto _ : state) {
    core::csv_reader r(d.path);
    const core::index v = r.column("value");
    double sum = 0;
    while (r.next())
      sum += r.number<double>(v);
    benchmark::DoNotOptimize(sum);
  }
  set_throughput(state, d);
}
BENCHMARK(BM_csv_reader_tokenize)->Arg(1000000)->Unit(benchmark::kMillisecond);

// Baseline: what a quick integration would write (getline, split on ',', stod, a map of rows
// per item, then sort and fill gaps). No quoting, no error positions.
void BM_read_panel_naive_getline(benchmark::State& state) {
  const auto& d = history(state.range(0), false);
  for (auto _ : state) {
    std::ifstream in(d.path);
    std::string line;
    std::getline(in, line);
    std::unordered_map<std::string, std::vector<std::pair<long, double>>> rows;
    std::vector<std::string> order;
    while (std::getline(in, line)) {
      const auto a = line.find(',');
      const auto b = line.find(',', a + 1);
      std::string item = line.substr(0, a);
      const std::string period = line.substr(a + 1, b - a - 1);
      const long key = std::stol(period.substr(0, 4)) * 12 + std::stol(period.substr(5, 2)) - 1;
      auto [it, inserted] = rows.try_emplace(item);
      if (inserted)
        order.push_back(item);
      it->second.emplace_back(key, std::stod(line.substr(b + 1)));
    }
    core::panel<double> p;
    for (const auto& id : order) {
      auto& r = rows[id];
      std::sort(r.begin(), r.end());
      core::vector<double> v = core::vector<double>::Constant(r.back().first - r.front().first + 1,
                                                              core::missing<double>());
      for (const auto& [k, x] : r)
        v[k - r.front().first] = x;
      p.add(id, v, 12);
    }
    benchmark::DoNotOptimize(p.total_observations());
  }
  set_throughput(state, d);
}
BENCHMARK(BM_read_panel_naive_getline)->Arg(1000000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

// SPDX-License-Identifier: Apache-2.0
// One LSTM trained across all monthly series of a panel, forecasting the held-out horizon of
// every series, scored by sMAPE next to seasonal naive. The panel is the M3 monthly development
// series ($FORESIGHT_DATA_DIR/m3/m3_monthly.csv, 714 series, horizon 18) when present, otherwise
// a seeded generated panel of seasonal series with trend and noise.
//
//   nn_lstm_panel [--epochs N] [--hidden N] [--threads N] [--seed N]
//
// The default run is short (8 epochs, a 32-unit LSTM): a few seconds on one core.
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <foresight/core/csv.hpp>
#include <foresight/core/metrics.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/series.hpp>
#include <foresight/forecast/baseline.hpp>
#include <foresight/nn/forecaster.hpp>

namespace core = foresight::core;
namespace fc = foresight::forecast;
namespace nn = foresight::nn;

namespace {

/// Training parts (with their calendar start) and held-out test values of every series.
struct dataset {
  core::panel<double> train;
  std::vector<core::vector<double>> test;
  core::index horizon = 18;
  std::string name;
};

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("FORESIGHT_DATA_DIR"); env != nullptr && *env != '\0')
    return env;
  return FORESIGHT_DATA_DIR_DEFAULT;
}

// m3_monthly.csv: series_id,category,frequency,horizon,split,t,value (train rows, then test rows);
// m3_series.csv gives each series' calendar start (start_year, start_period).
dataset read_m3(const std::filesystem::path& dir) {
  std::map<std::string, std::string> starts;
  {
    core::csv_reader r(dir / "m3_series.csv");
    const core::index id = r.column("series_id");
    const core::index year = r.column("start_year");
    const core::index period = r.column("start_period");
    while (r.next()) {
      char label[32];
      std::snprintf(label, sizeof label, "%lld-%02lld", static_cast<long long>(r.integer(year)),
                    static_cast<long long>(r.integer(period)));
      starts[std::string(r.field(id))] = label;
    }
  }
  core::csv_reader r(dir / "m3_monthly.csv");
  const core::index id = r.column("series_id");
  const core::index split = r.column("split");
  const core::index value = r.column("value");
  std::vector<std::string> order;
  std::map<std::string, std::vector<double>> train;
  std::map<std::string, std::vector<double>> test;
  while (r.next()) {
    const std::string s(r.field(id));
    if (train.count(s) == 0 && test.count(s) == 0)
      order.push_back(s);
    (r.field(split) == "train" ? train : test)[s].push_back(r.number<double>(value));
  }
  dataset d;
  d.name = "M3 monthly (development half, " + std::to_string(order.size()) + " series)";
  for (const auto& s : order) {
    const auto& y = train[s];
    d.train.add(
        s, Eigen::Map<const core::vector<double>>(y.data(), static_cast<core::index>(y.size())), 12,
        starts[s]);
    const auto& z = test[s];
    d.test.emplace_back(
        Eigen::Map<const core::vector<double>>(z.data(), static_cast<core::index>(z.size())));
  }
  return d;
}

// 200 monthly series of 72 to 132 observations: level, trend, seasonal profile, noise.
dataset generated(std::uint64_t seed) {
  dataset d;
  d.name = "generated panel (200 seasonal series, seed " + std::to_string(seed) + ")";
  for (core::index i = 0; i < 200; ++i) {
    std::mt19937_64 rng{core::seed_for(seed, static_cast<std::uint64_t>(i))};
    const core::index n = 72 + static_cast<core::index>(core::uniform_index(rng, 61));
    const double level = core::uniform<double>(rng, 200, 5000);
    const double trend = core::normal<double>(rng, 0, 0.004) * level;
    const double amplitude = core::uniform<double>(rng, 0.05, 0.4) * level;
    const double noise = core::uniform<double>(rng, 0.02, 0.12) * level;
    const auto peak = static_cast<double>(core::uniform_index(rng, 12));
    core::vector<double> y(n + d.horizon);
    for (core::index t = 0; t < y.size(); ++t) {
      const double season = std::cos(2 * 3.141592653589793 * (static_cast<double>(t) - peak) / 12);
      y[t] = std::max(1.0, level + trend * static_cast<double>(t) + amplitude * season +
                               core::normal<double>(rng, 0, noise));
    }
    char id[16];
    std::snprintf(id, sizeof id, "G%03ld", static_cast<long>(i));
    d.train.add(id, y.head(n), 12, "2015-01");
    d.test.emplace_back(y.tail(d.horizon));
  }
  return d;
}

long long option(int argc, char** argv, const std::string& name, long long fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (argv[i] == name)
      return std::atoll(argv[i + 1]);
  }
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  const auto epochs = static_cast<core::index>(option(argc, argv, "--epochs", 8));
  const auto hidden = static_cast<core::index>(option(argc, argv, "--hidden", 32));
  const auto threads = static_cast<int>(option(argc, argv, "--threads", 1));
  const auto seed = static_cast<std::uint64_t>(option(argc, argv, "--seed", 2024));
  const auto m3 = data_dir() / "m3";
  const bool have_m3 = std::filesystem::exists(m3 / "m3_monthly.csv");
  const dataset d = have_m3 ? read_m3(m3) : generated(seed);
  std::printf("%s, horizon %ld\n", d.name.c_str(), static_cast<long>(d.horizon));

  const nn::forecaster_options options{
      .model = {.encoder = nn::encoder_kind::lstm, .hidden_size = hidden},
      .windows = {.input_length = static_cast<core::index>(option(argc, argv, "--input", 36)),
                  .horizon = d.horizon,
                  .scaling = nn::scaling::window_mean_abs,
                  .calendar_features = true,
                  .validation_steps = d.horizon},
      .training = {.loss = nn::point_loss::mae,
                   .quantiles = {0.1, 0.9},
                   .learning_rate = 3e-3,
                   .clip_norm = 1.0,
                   .epochs = epochs,
                   .batch_size = 64,
                   .patience = 3,
                   .seed = seed,
                   .on_progress =
                       [](const core::progress& p) {
                         std::printf("  epoch %ld/%ld  training loss %.4f  (%.1f s)\n",
                                     static_cast<long>(p.done), static_cast<long>(p.total),
                                     p.objective, p.elapsed_seconds);
                         return true;
                       },
                   .threads = threads}};
  const auto start = std::chrono::steady_clock::now();
  const auto model = nn::fit<float>(d.train, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("trained %ld epochs in %.1f s: %s (best epoch %ld, validation loss %.4f)\n",
              static_cast<long>(model.info.epochs), seconds, model.info.message.c_str(),
              static_cast<long>(model.info.best_epoch), model.info.best_validation_loss);

  const auto forecasts = model.forecast(d.train, d.horizon, threads);
  double smape_lstm = 0;
  double smape_snaive = 0;
  double coverage = 0;
  for (core::index i = 0; i < d.train.size(); ++i) {
    const auto& test = d.test[static_cast<std::size_t>(i)];
    smape_lstm += core::smape(test, forecasts[static_cast<std::size_t>(i)].mean);
    const auto naive =
        fc::fit_baseline(d.train.series(i), {.method = fc::baseline_method::seasonal_naive});
    smape_snaive += core::smape(test, naive.forecast(d.horizon, {}).mean);
    const auto& q = forecasts[static_cast<std::size_t>(i)].quantiles;
    coverage += core::interval_coverage(test, q.col(0), q.col(1));
  }
  const auto n = static_cast<double>(d.train.size());
  std::printf("\n%-16s %8s\n", "method", "sMAPE%");
  std::printf("%-16s %8.2f\n", "LSTM (global)", smape_lstm / n);
  std::printf("%-16s %8.2f\n", "seasonal naive", smape_snaive / n);
  std::printf("LSTM 10%%-90%% quantile band covers %.1f%% of the held-out values\n",
              100 * coverage / n);
  return 0;
}

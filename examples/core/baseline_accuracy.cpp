// SPDX-License-Identifier: Apache-2.0
// Baseline accuracy (target foresight_baseline_accuracy): a seeded sales-like panel
// of seasonal items with trend and noise, the last 12 months held out and forecast by the four
// baselines, and a table of point and interval accuracy per method, then one item's forecast with
// its intervals and lead-time demand. Needs no data files.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <foresight/core/forecast.hpp>
#include <foresight/core/metrics.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/series.hpp>
#include <foresight/forecast/baseline.hpp>

namespace core = foresight::core;
namespace fc = foresight::forecast;

namespace {

constexpr core::index months = 72;
constexpr core::index horizon = 12;
constexpr int first_year = 2019;

std::string month_label(core::index t) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d-%02d", first_year + static_cast<int>(t / 12),
                static_cast<int>(t % 12) + 1);
  return buf;
}

// Monthly unit sales: level, linear trend, a seasonal profile peaking in a different month per
// item, multiplicative-looking noise, rounded to whole units and floored at 0.
core::panel<double> make_sales(std::uint64_t seed) {
  struct item {
    const char* id;
    double level, trend, amplitude, noise_sd;
    int peak_month;
  };
  const item items[] = {{"SKU-001", 120, 0.8, 35, 9, 11}, {"SKU-002", 60, -0.2, 12, 6, 6},
                        {"SKU-003", 240, 1.5, 70, 18, 0}, {"SKU-004", 35, 0.3, 15, 5, 3},
                        {"SKU-005", 480, 2.0, 60, 30, 8}, {"SKU-006", 90, 0.0, 40, 8, 5}};
  core::panel<double> sales;
  for (std::size_t i = 0; i < std::size(items); ++i) {
    const item& it = items[i];
    std::mt19937_64 rng{core::seed_for(seed, static_cast<core::index>(i))};
    core::vector<double> y(months);
    for (core::index t = 0; t < months; ++t) {
      const double phase = 2 * 3.141592653589793 * static_cast<double>(t - it.peak_month) / 12.0;
      const double mean =
          it.level + it.trend * static_cast<double>(t) + it.amplitude * std::cos(phase);
      y[t] = std::max(0.0, std::round(core::normal(rng, mean, it.noise_sd)));
    }
    sales.add(it.id, y, 12, month_label(0));
  }
  return sales;
}

struct scores {
  double mae = 0, rmse = 0, smape = 0, mase = 0, coverage80 = 0, coverage95 = 0, winkler95 = 0;
};

}  // namespace

int main() {
  const core::panel<double> sales = make_sales(20240607);
  const fc::baseline_method methods[] = {fc::baseline_method::mean, fc::baseline_method::naive,
                                         fc::baseline_method::seasonal_naive,
                                         fc::baseline_method::drift};
  std::printf("foresight demo: baseline forecasts of %ld seasonal items\n",
              static_cast<long>(sales.size()));
  std::printf(
      "history %s..%s, last %ld months held out and forecast with 80%% and 95%% intervals\n\n",
      month_label(0).c_str(), month_label(months - 1).c_str(), static_cast<long>(horizon));
  std::printf("%-15s %8s %8s %8s %7s %9s %9s %10s\n", "method", "MAE", "RMSE", "sMAPE%", "MASE",
              "cover80", "cover95", "Winkler95");

  for (const auto method : methods) {
    scores mean_scores;
    for (core::index i = 0; i < sales.size(); ++i) {
      const core::time_series<double> y = sales.series(i);
      const core::time_series<double> train = y.slice(0, months - horizon);
      const core::vector<double> test = y.values().tail(horizon);
      const auto model = fc::fit_baseline(train, {.method = method});
      const core::forecast<double> f = model.forecast(horizon, {0.8, 0.95});
      const auto acc = core::accuracy(test, f.mean, train.values(), train.period());
      const double n = static_cast<double>(sales.size());
      mean_scores.mae += acc.mae / n;
      mean_scores.rmse += acc.rmse / n;
      mean_scores.smape += acc.smape / n;
      mean_scores.mase += acc.mase / n;
      mean_scores.coverage80 += core::interval_coverage(test, f.lower.col(0), f.upper.col(0)) / n;
      mean_scores.coverage95 += core::interval_coverage(test, f.lower.col(1), f.upper.col(1)) / n;
      mean_scores.winkler95 += core::winkler_score(test, f.lower.col(1), f.upper.col(1), 0.95) / n;
    }
    std::printf("%-15s %8.2f %8.2f %8.2f %7.3f %8.1f%% %8.1f%% %10.1f\n",
                std::string(fc::to_string(method)).c_str(), mean_scores.mae, mean_scores.rmse,
                mean_scores.smape, mean_scores.mase, 100 * mean_scores.coverage80,
                100 * mean_scores.coverage95, mean_scores.winkler95);
  }
  std::printf("(means over items; MASE scaled by the in-sample seasonal naive error)\n\n");

  // One item in detail: seasonal naive forecast, intervals and lead-time demand.
  const core::index item = 2;
  const core::time_series<double> y = sales.series(item);
  const core::time_series<double> train = y.slice(0, months - horizon);
  const auto model = fc::fit_baseline(train, {.method = fc::baseline_method::seasonal_naive});
  const core::forecast<double> f = model.forecast(horizon, {0.8, 0.95});
  std::printf("%s, seasonal naive (residual sd %.1f):\n", sales.id(item).c_str(),
              std::sqrt(model.sigma2));
  std::printf("%-8s %7s %9s %19s %19s\n", "month", "actual", "forecast", "80% interval",
              "95% interval");
  for (core::index k = 0; k < horizon; ++k) {
    std::printf("%-8s %7.0f %9.1f   [%6.1f, %6.1f]   [%6.1f, %6.1f]\n",
                month_label(months - horizon + k).c_str(), y[months - horizon + k], f.mean[k],
                f.lower(k, 0), f.upper(k, 0), f.lower(k, 1), f.upper(k, 1));
  }
  const core::gaussian<double> ltd = f.lead_time_demand(3);
  std::printf(
      "lead-time demand over 3 months: mean %.1f, sd %.1f (%s aggregate), "
      "95%% quantile %.1f\n",
      core::mean(ltd), core::standard_deviation(ltd),
      std::string(core::to_string(f.aggregate)).c_str(), core::quantile(ltd, 0.95));
  return 0;
}

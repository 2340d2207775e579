// SPDX-License-Identifier: Apache-2.0
// foresight's main demo: a nightly replenishment run of an ERP, end to end, on a sales history
// the demo generates (seeded) or on the user's own CSV.
//
//   1. Sales history: a generated panel of monthly sales (smooth, seasonal, intermittent and
//      trending items), written to sales.csv and read back with core::read_panel, as a host
//      would read its own export (--input FILE reads FILE instead: columns item, period
//      (YYYY-MM), value).
//   2. Segmentation: demand features per item (log volume, coefficient of variation, STL
//      seasonal strength, share of zero months, trend), k chosen by silhouette
//      (cluster::choose_k), k-means segments. A segment whose centre has more than 30% zero
//      months is forecast with the mean baseline; the others with automatic ARIMA.
//   3. Forecasting: a 12-month backtest (fit on all but the last 12 months) against seasonal
//      naive, then the final fit on the whole history and 6-month forecasts with intervals.
//   4. Inventory policy: ABC classes by annual sales value give the cycle service level
//      (A 98%, B 95%, C 90%); the order-up-to level of a monthly review with the item's lead
//      time is the safety stock formula on the forecast's exact lead-time aggregate.
//   5. Planning: orders in whole cases under a purchasing budget and a warehouse volume, as a
//      mixed-integer program (mip::build_replenishment: a fixed cost per order line, lost sales
//      and a safety-stock shortfall penalty by ABC class), solved by mip::solve.
//   6. Output in the output directory: sales.csv, segments.csv, forecasts.csv, plan.csv and
//      report.svg (fan charts of the largest items and the plan against the needs).
//
// Usage: foresight_demo [--out DIR] [--items N] [--input sales.csv] [--threads T]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include <Eigen/Core>

#include <foresight/cluster/choose_k.hpp>
#include <foresight/core/csv.hpp>
#include <foresight/core/interpolate.hpp>
#include <foresight/core/metrics.hpp>
#include <foresight/core/random.hpp>
#include <foresight/forecast/arima.hpp>
#include <foresight/forecast/baseline.hpp>
#include <foresight/inventory/classification.hpp>
#include <foresight/inventory/safety_stock.hpp>
#include <foresight/optimize/mip.hpp>
#include <foresight/stats/stl.hpp>

#include "svg_report.hpp"

namespace core = foresight::core;
namespace cluster = foresight::cluster;
namespace fc = foresight::forecast;
namespace arima = foresight::forecast::arima;
namespace inv = foresight::inventory;
namespace mip = foresight::optimize::mip;

namespace {

constexpr core::index period = 12;  // monthly data
constexpr core::index horizon = 6;  // months forecast
constexpr core::index backtest = 12;
constexpr core::index review = 1;  // months between orders

struct settings {
  std::filesystem::path out = "foresight_demo_output";
  std::filesystem::path input{};
  int items = 120;
  int threads = 0;
};

/// Master data of an item (what an ERP's item table would hold).
struct item_data {
  double unit_cost = 0;    // money per unit
  double unit_volume = 0;  // m^3 per unit
  double case_size = 0;    // units per case
  core::index lead_time = 0;
  double on_hand = 0;  // units in stock now
};

double elapsed(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

/// 48 months of sales of one item of `pattern` (0 smooth, 1 seasonal, 2 intermittent, 3 trend).
core::vector<double> simulate_sales(int pattern, std::mt19937_64& rng) {
  constexpr core::index months = 48;
  core::vector<double> y(months);
  const double level = std::exp(core::uniform<double>(rng, 3.0, 6.0));
  const double phase = core::uniform<double>(rng, 0.0, 12.0);
  for (core::index t = 0; t < months; ++t) {
    const double s = std::sin(2 * 3.141592653589793 * (static_cast<double>(t) + phase) / 12.0);
    double v = 0;
    if (pattern == 0)
      v = level * (1 + core::normal<double>(rng, 0.0, 0.12));
    else if (pattern == 1)
      v = level * (1 + 0.5 * s + core::normal<double>(rng, 0.0, 0.1));
    else if (pattern == 2)
      v = core::uniform01<double>(rng) < 0.25 ? std::round(core::uniform<double>(rng, 1, 12)) : 0;
    else
      v = level * (0.5 + static_cast<double>(t) / 40.0 + core::normal<double>(rng, 0.0, 0.08));
    y[t] = std::max(0.0, std::round(v));
  }
  return y;
}

/// Demand features of one history: log(1 + mean), CV, STL seasonal strength (Wang, Smith &
/// Hyndman 2006), share of zero months, least-squares trend per year in units of the sd.
std::array<double, 5> demand_features(const core::vector<double>& y) {
  const auto n = static_cast<double>(y.size());
  const double mean = y.mean();
  const double sd = std::sqrt((y.array() - mean).square().sum() / (n - 1));
  const core::vector<double> t = core::vector<double>::LinSpaced(y.size(), 0, n - 1);
  const double tc = (n - 1) / 2;
  const double slope =
      ((t.array() - tc) * (y.array() - mean)).sum() / (t.array() - tc).square().sum();
  const double strength =
      sd > 0 && y.size() >= 2 * period ? foresight::stats::seasonal_strength<double>(y, period) : 0;
  const double zeros = static_cast<double>((y.array() == 0).count()) / n;
  return {std::log1p(mean), mean > 0 ? sd / mean : 0, strength, zeros,
          sd > 0 ? slope * period / sd : 0};
}

settings parse(int argc, char** argv) {
  settings s;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--out" && has_value)
      s.out = argv[++i];
    else if (a == "--input" && has_value)
      s.input = argv[++i];
    else if (a == "--items" && has_value)
      s.items = std::atoi(argv[++i]);
    else if (a == "--threads" && has_value)
      s.threads = std::atoi(argv[++i]);
    else
      throw core::invalid_input("foresight_demo: unknown or incomplete argument '" + a +
                                "'; expected --out DIR, --items N, --input FILE, --threads T");
  }
  if (s.items < 8 || s.items > 100000)
    throw core::invalid_input("foresight_demo: --items " + std::to_string(s.items) +
                              "; expected 8..100000");
  return s;
}

/// The fitted forecaster of one item: ARIMA or the mean baseline.
struct item_forecaster {
  bool use_arima = true;
  std::string label;
  core::forecast<double> forecast;
};

/// Forecasts of every item of `panel`, `h` steps, ARIMA or mean baseline per item.
std::vector<item_forecaster> forecast_panel(const core::panel<double>& panel,
                                            const std::vector<bool>& use_arima, core::index h,
                                            int threads) {
  core::panel<double> arima_items;
  std::vector<core::index> arima_index;
  for (core::index i = 0; i < panel.size(); ++i) {
    if (use_arima[static_cast<std::size_t>(i)]) {
      arima_items.add(panel.id(i), panel.values(i), panel.period(i), panel.start(i));
      arima_index.push_back(i);
    }
  }
  const auto fits = arima::auto_fit_batch(arima_items, {}, {.threads = threads});
  std::vector<item_forecaster> out(static_cast<std::size_t>(panel.size()));
  std::vector<bool> done(out.size(), false);
  for (std::size_t k = 0; k < arima_index.size(); ++k) {
    const auto i = static_cast<std::size_t>(arima_index[k]);
    if (fits.models[k]) {
      const auto& m = *fits.models[k];
      std::string label = "ARIMA" + arima::to_string(m.spec.order, m.spec.seasonal);
      if (m.spec.trend == arima::trend_terms::constant)
        label += " with mean";
      else if (m.spec.trend != arima::trend_terms::none)
        label += " with drift";
      out[i] = {true, std::move(label), m.forecast(h, {0.8, 0.95})};
      done[i] = true;
    }
  }
  // The mean baseline for intermittent items and for series ARIMA could not fit.
  for (core::index i = 0; i < panel.size(); ++i) {
    const auto si = static_cast<std::size_t>(i);
    if (done[si])
      continue;
    const auto b = fc::fit_baseline(panel.values(i), {.method = fc::baseline_method::mean});
    out[si] = {false, "mean", b.forecast(h, {0.8, 0.95})};
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) try {
  const settings cfg = parse(argc, argv);
  const auto t_start = std::chrono::steady_clock::now();
  std::filesystem::create_directories(cfg.out);
  const core::csv_panel_options layout{.periods = core::period_type::year_month,
                                       .seasonal_period = period};

  // 1. Sales history and item master data -------------------------------------------------
  std::mt19937_64 rng{core::seed_for(2026, 0)};
  std::filesystem::path sales_file = cfg.input;
  if (sales_file.empty()) {
    core::panel<double> generated;
    for (int i = 0; i < cfg.items; ++i)
      generated.add("SKU-" + std::to_string(10000 + i), simulate_sales(i % 4, rng), period,
                    "2022-11");
    sales_file = cfg.out / "sales.csv";
    core::write_panel(sales_file, generated, layout);
  }
  // Items need more than backtest + 2 years of months; missing months (NaN, e.g. gaps in the
  // file) are filled by linear interpolation for the features and the forecasts.
  const core::panel<double> raw = core::read_panel<double>(sales_file, layout);
  core::panel<double> sales;
  core::index skipped = 0;
  for (core::index i = 0; i < raw.size(); ++i) {
    if (raw.length(i) > backtest + 2 * period && raw.values(i).array().isFinite().any())
      sales.add(raw.id(i), core::interpolate_linear(raw.values(i)), raw.period(i), raw.start(i));
    else
      ++skipped;
  }
  const core::index n = sales.size();
  if (n < 8)
    throw core::invalid_input("foresight_demo: " + std::to_string(n) + " items with more than " +
                              std::to_string(backtest + 2 * period) +
                              " months; expected at least 8");
  if (skipped > 0)
    std::printf("skipped %ld items with %ld months or fewer\n", static_cast<long>(skipped),
                static_cast<long>(backtest + 2 * period));
  std::printf("foresight planning demo: %ld items, %ld monthly observations from %s\n",
              static_cast<long>(n), static_cast<long>(sales.total_observations()),
              sales_file.string().c_str());
  std::vector<item_data> items(static_cast<std::size_t>(n));
  for (auto& it : items) {
    it.unit_cost = std::round(core::uniform<double>(rng, 2, 60) * 100) / 100;
    it.unit_volume = core::uniform<double>(rng, 0.002, 0.05);
    it.case_size = std::array<double, 3>{6, 12, 24}[core::uniform_index(rng, 3)];
    it.lead_time = 1 + static_cast<core::index>(core::uniform_index(rng, 3));
  }
  for (core::index i = 0; i < n; ++i) {
    const auto y = sales.values(i);
    const double recent = y.tail(std::min<core::index>(3, y.size())).mean();
    items[static_cast<std::size_t>(i)].on_hand =
        std::round(recent * core::uniform<double>(rng, 0.3, 2.0));
  }

  // 2. Segmentation ----------------------------------------------------------------------
  core::matrix<double> features(n, 5);
  for (core::index i = 0; i < n; ++i) {
    const auto f = demand_features(core::vector<double>(sales.values(i)));
    for (core::index j = 0; j < 5; ++j)
      features(i, j) = f[static_cast<std::size_t>(j)];
  }
  const Eigen::RowVectorXd mu = features.colwise().mean();
  Eigen::RowVectorXd sd =
      ((features.rowwise() - mu).array().square().colwise().sum() / static_cast<double>(n - 1))
          .sqrt();
  sd = (sd.array() > 0).select(sd, 1.0);
  const core::matrix<double> z = (features.rowwise() - mu).array().rowwise() / sd.array();
  const auto choice = cluster::choose_k(
      z, {.k_min = 2, .k_max = 6, .kmeans = {.n_init = 10, .threads = cfg.threads}}, rng);
  const core::index k = choice.silhouette_k;
  const auto& segments = choice.models[static_cast<std::size_t>(k - choice.k.front())];
  std::vector<bool> use_arima(static_cast<std::size_t>(n));
  std::printf("\nsegments (k = %ld by silhouette %.3f):\n", static_cast<long>(k),
              choice.silhouette[static_cast<std::size_t>(k - choice.k.front())]);
  std::printf("  seg items  mean/month  cv    seasonal  zeros  trend/sd  forecaster\n");
  std::vector<bool> segment_arima(static_cast<std::size_t>(k));
  for (core::index s = 0; s < k; ++s) {
    Eigen::RowVectorXd centre = Eigen::RowVectorXd::Zero(5);
    int count = 0;
    for (core::index i = 0; i < n; ++i) {
      if (segments.labels[i] == s) {
        centre += features.row(i);
        ++count;
      }
    }
    centre /= std::max(1, count);
    segment_arima[static_cast<std::size_t>(s)] = centre[3] <= 0.3;
    std::printf("  %-3ld %-6d %-11.1f %-5.2f %-9.2f %-6.2f %-9.2f %s\n", static_cast<long>(s),
                count, std::expm1(centre[0]), centre[1], centre[2], centre[3], centre[4],
                centre[3] <= 0.3 ? "auto ARIMA" : "mean baseline (intermittent)");
  }
  for (core::index i = 0; i < n; ++i)
    use_arima[static_cast<std::size_t>(i)] =
        segment_arima[static_cast<std::size_t>(segments.labels[i])];
  {
    std::ofstream seg(cfg.out / "segments.csv");
    seg << "item,segment,log_volume,cv,seasonal_strength,zero_share,trend\n";
    for (core::index i = 0; i < n; ++i) {
      seg << sales.id(i) << ',' << segments.labels[i];
      for (core::index j = 0; j < 5; ++j)
        seg << ',' << features(i, j);
      seg << '\n';
    }
  }

  // 3. Backtest and forecasts ------------------------------------------------------------
  auto t_phase = std::chrono::steady_clock::now();
  core::panel<double> train;
  for (core::index i = 0; i < n; ++i) {
    const auto y = sales.values(i);
    train.add(sales.id(i), y.head(y.size() - backtest), period, sales.start(i));
  }
  const auto held_out = forecast_panel(train, use_arima, backtest, cfg.threads);
  std::vector<double> err_model(static_cast<std::size_t>(k)),
      err_naive(static_cast<std::size_t>(k));
  std::vector<int> err_count(static_cast<std::size_t>(k));
  for (core::index i = 0; i < n; ++i) {
    const auto si = static_cast<std::size_t>(i);
    const core::vector<double> actual = sales.values(i).tail(backtest);
    const core::vector<double> history = train.values(i);
    const auto naive =
        fc::fit_baseline(history, {.method = fc::baseline_method::seasonal_naive, .period = period})
            .forecast(backtest, {});
    // MASE (Hyndman & Koehler 2006) scales by the in-sample seasonal-naive error, so it is
    // defined for intermittent items too; an item whose training data is constant at lag 12
    // (zero scale) is left out.
    try {
      const double em = core::mase(actual, held_out[si].forecast.mean, history, period);
      const double en = core::mase(actual, naive.mean, history, period);
      const auto s = static_cast<std::size_t>(segments.labels[i]);
      err_model[s] += em;
      err_naive[s] += en;
      ++err_count[s];
    } catch (const core::invalid_input&) {
    }
  }
  std::printf("\nbacktest, last %ld months (MASE, lower is better; %.1f s):\n",
              static_cast<long>(backtest), elapsed(t_phase));
  std::printf("  seg  forecaster     MASE    seasonal naive MASE\n");
  for (core::index s = 0; s < k; ++s) {
    const auto ss = static_cast<std::size_t>(s);
    const double c = std::max(1, err_count[ss]);
    std::printf("  %-4ld %-14s %-7.3f %.3f\n", static_cast<long>(s),
                segment_arima[ss] ? "auto ARIMA" : "mean", err_model[ss] / c, err_naive[ss] / c);
  }

  t_phase = std::chrono::steady_clock::now();
  const auto final_fc = forecast_panel(sales, use_arima, horizon, cfg.threads);
  const double forecast_seconds = elapsed(t_phase);
  {
    std::vector<std::string> ids;
    std::vector<core::forecast<double>> fcs;
    for (core::index i = 0; i < n; ++i) {
      ids.push_back(sales.id(i));
      fcs.push_back(final_fc[static_cast<std::size_t>(i)].forecast);
    }
    core::write_forecasts(cfg.out / "forecasts.csv", ids, fcs, {.id_column = "item"});
  }

  // 4. Service levels and order-up-to levels ---------------------------------------------
  core::vector<double> annual_value(n);
  for (core::index i = 0; i < n; ++i)
    annual_value[i] =
        sales.values(i).tail(period).sum() * items[static_cast<std::size_t>(i)].unit_cost;
  const auto abc = inv::classify_abc<double>(annual_value, {.a_share = 0.8, .b_share = 0.95});
  constexpr std::array<double, 3> alpha = {0.98, 0.95, 0.90};        // A, B, C
  constexpr std::array<double, 3> safety_penalty = {1.6, 1.3, 1.1};  // per unit cost
  std::vector<double> order_up_to(static_cast<std::size_t>(n));
  std::vector<double> need(static_cast<std::size_t>(n));      // up to the order-up-to level
  std::vector<double> critical(static_cast<std::size_t>(n));  // up to the mean demand
  std::vector<double> demand_mean(static_cast<std::size_t>(n));
  std::vector<double> safety(static_cast<std::size_t>(n));
  for (core::index i = 0; i < n; ++i) {
    const auto si = static_cast<std::size_t>(i);
    const auto cls = static_cast<std::size_t>(abc.classes[si]);
    // Periodic review: protect the review period plus the lead time.
    const auto ss = inv::safety_stock(final_fc[si].forecast, items[si].lead_time + review,
                                      inv::cycle_service_level<double>{alpha[cls]});
    order_up_to[si] = std::max(0.0, ss.reorder_point);
    need[si] = std::max(0.0, order_up_to[si] - items[si].on_hand);
    critical[si] = std::min(need[si], std::max(0.0, ss.lead_time_demand_mean - items[si].on_hand));
    demand_mean[si] = std::max(0.0, ss.lead_time_demand_mean);
    safety[si] = std::max(0.0, ss.safety_stock);
  }

  // 5. The replenishment MIP ---------------------------------------------------------------
  // One review cycle of mip::build_replenishment per item: demand = the mean demand over the
  // protection interval, target = the safety stock, orders in whole cases with a fixed cost per
  // order line, under the purchasing budget and the warehouse volume. Demand not covered is a
  // lost sale (2x the unit cost, every class); stock below the safety stock costs by ABC class
  // (above the unit cost, so the plan buys it when the budget allows: A first, then B, then C).
  t_phase = std::chrono::steady_clock::now();
  double need_value = 0;
  double need_volume = 0;
  double stock_volume = 0;
  mip::replenishment_spec spec;
  for (core::index i = 0; i < n; ++i) {
    const auto si = static_cast<std::size_t>(i);
    const auto& it = items[si];
    const auto cls = static_cast<std::size_t>(abc.classes[si]);
    need_value += need[si] * it.unit_cost;
    need_volume += need[si] * it.unit_volume;
    stock_volume += it.on_hand * it.unit_volume;
    mip::replenishment_item item;
    item.name = sales.id(i);
    item.case_size = it.case_size;
    item.unit_cost = it.unit_cost;
    item.unit_volume = it.unit_volume;
    item.order_cost = 25;
    item.holding_cost = 0.02 * it.unit_cost;
    item.lost_sales_cost = 2.0 * it.unit_cost;
    item.safety_shortfall_cost = safety_penalty[cls] * it.unit_cost;
    item.on_hand = it.on_hand;
    item.safety_stock = safety[si];
    item.demand = {demand_mean[si]};
    spec.items.push_back(std::move(item));
  }
  spec.budget = std::round(0.9 * need_value);
  spec.warehouse_capacity = stock_volume + 0.85 * need_volume;
  const mip::replenishment_model rm = mip::build_replenishment(spec);
  const mip::result sol =
      mip::solve(rm.model, {.time_limit = std::chrono::seconds{20}, .relative_gap = 1e-4});
  const double mip_seconds = elapsed(t_phase);
  if (!sol.has_solution()) {
    std::printf("replenishment MIP: %s without a plan\n",
                std::string(mip::to_string(sol.status)).c_str());
    return 2;
  }
  const mip::replenishment_plan plan = mip::read_replenishment_plan(rm, sol.x);

  // 6. Output ------------------------------------------------------------------------------
  double spent = 0;
  double used = 0;
  double covered = 0;
  double critical_value = 0;
  double critical_covered = 0;
  int lines = 0;
  std::array<double, 3> class_need{};
  std::array<double, 3> class_planned{};
  {
    std::ofstream out(cfg.out / "plan.csv");
    out << "item,segment,abc,forecaster,lead_time,service_level,on_hand,order_up_to,need,"
           "case_size,cases,units,value\n";
    for (core::index i = 0; i < n; ++i) {
      const auto si = static_cast<std::size_t>(i);
      const auto& it = items[si];
      const auto cls = static_cast<std::size_t>(abc.classes[si]);
      const double c = plan.cases(i, 0);
      const double units = plan.units(i, 0);
      spent += units * it.unit_cost;
      used += units * it.unit_volume;
      covered += std::min(units, need[si]) * it.unit_cost;
      critical_value += critical[si] * it.unit_cost;
      critical_covered += std::min(units, critical[si]) * it.unit_cost;
      lines += c > 0 ? 1 : 0;
      class_need[cls] += need[si] * it.unit_cost;
      class_planned[cls] += units * it.unit_cost;
      out << sales.id(i) << ',' << segments.labels[i] << ','
          << std::string(inv::to_string(abc.classes[si])) << ",\"" << final_fc[si].label << "\","
          << it.lead_time << ',' << alpha[cls] << ',' << it.on_hand << ',' << order_up_to[si] << ','
          << need[si] << ',' << it.case_size << ',' << c << ',' << units << ','
          << units * it.unit_cost << '\n';
    }
  }
  std::printf("\nforecasts: %ld months ahead for %ld items in %.2f s (%ld by ARIMA)\n",
              static_cast<long>(horizon), static_cast<long>(n), forecast_seconds,
              static_cast<long>(std::count(use_arima.begin(), use_arima.end(), true)));
  std::printf(
      "\nreplenishment MIP (%ld columns, %ld rows): %s, objective %.2f, gap %.2g, "
      "%ld nodes, %.2f s\n",
      static_cast<long>(rm.model.num_cols()), static_cast<long>(rm.model.num_rows()),
      std::string(mip::to_string(sol.status)).c_str(), sol.objective, sol.gap,
      static_cast<long>(sol.nodes), mip_seconds);
  std::printf("  order lines %d; value %.0f of budget %.0f; volume received %.2f of %.2f m3 free\n",
              lines, spent, spec.budget, used, spec.warehouse_capacity - stock_volume);
  std::printf("  value needed to reach the order-up-to levels %.0f; covered %.0f (%.1f%%)\n",
              need_value, covered, need_value > 0 ? 100 * covered / need_value : 100.0);
  std::printf(
      "  of which expected demand over the protection interval %.0f; covered %.0f "
      "(%.1f%%)\n",
      critical_value, critical_covered,
      critical_value > 0 ? 100 * critical_covered / critical_value : 100.0);
  std::printf("  by class (needed -> ordered): A %.0f -> %.0f, B %.0f -> %.0f, C %.0f -> %.0f\n",
              class_need[0], class_planned[0], class_need[1], class_planned[1], class_need[2],
              class_planned[2]);

  // The report: fan charts of the six largest items, and the plan by ABC class.
  std::vector<core::index> by_value(static_cast<std::size_t>(n));
  std::iota(by_value.begin(), by_value.end(), core::index{0});
  std::sort(by_value.begin(), by_value.end(),
            [&](core::index a, core::index b) { return annual_value[a] > annual_value[b]; });
  planning::svg_document svg(960, 900);
  svg.text(480, 24,
           "foresight planning demo: history, forecast (80% and 95% intervals) and "
           "order-up-to level",
           14, "middle", "bold");
  for (int c = 0; c < 6 && c < n; ++c) {
    const core::index i = by_value[static_cast<std::size_t>(c)];
    const auto si = static_cast<std::size_t>(i);
    const auto y = sales.values(i);
    planning::fan_chart chart;
    chart.title = sales.id(i) + " (" + std::string(inv::to_string(abc.classes[si])) + ", " +
                  final_fc[si].label + ")";
    chart.history.assign(y.data() + std::max<core::index>(0, y.size() - 24), y.data() + y.size());
    chart.forecast = final_fc[si].forecast;
    chart.reference_line = order_up_to[si];
    chart.reference_label = "order-up-to " + planning::num(order_up_to[si], 0);
    svg.add(chart, 20 + 470.0 * (c % 2), 40 + 200.0 * (c / 2), 460, 190);
  }
  svg.add("plan by ABC class (money)",
          {{"A", class_need[0], class_planned[0]},
           {"B", class_need[1], class_planned[1]},
           {"C", class_need[2], class_planned[2]}},
          20, 650, 920, 230);
  svg.save((cfg.out / "report.svg").string());
  std::printf("\nwrote %s/{%ssegments,forecasts,plan}.csv and report.svg in %.1f s total\n",
              cfg.out.string().c_str(), cfg.input.empty() ? "sales," : "", elapsed(t_start));
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "foresight_demo: %s\n", e.what());
  return 1;
}

// SPDX-License-Identifier: Apache-2.0
// foresight_forecast: the forecasting command-line tool. Reads a long-format CSV (one row per
// series and period), fits each series by automatic ARIMA selection (or a given order), and
// writes series_id,h,mean,lo80,hi80,lo95,hi95.
//
//   foresight_forecast --input sales.csv [--output forecasts.csv] [--horizon 12]
//       [--id-column series_id] [--period-column t] [--value-column value]
//       [--seasonal-period 12 | --seasonal-period-column frequency]
//       [--horizon-column horizon] [--filter-column split --filter-value train]
//       [--order p,d,q [--seasonal-order P,D,Q] [--trend none|constant|linear]]
//       [--threads N] [--timing] [--models models.csv] [--combine]
//
// --combine averages the forecasts of the candidates within 4 AICc of the best (Akaike weights).
//
// --models writes one row per series: series_id,p,d,q,P,D,Q,m,constant,aicc.
//
// Example (M3 monthly, development half):
//   foresight_forecast --input ../shared/data/m3/m3_monthly.csv --seasonal-period-column frequency
//       --horizon-column horizon --filter-column split --filter-value train --output fc.csv
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <exception>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <foresight/core/csv.hpp>
#include <foresight/core/forecast.hpp>
#include <foresight/forecast/arima.hpp>

namespace arima = foresight::forecast::arima;
namespace core = foresight::core;

namespace {

struct cli {
  std::string input;
  std::string output = "-";
  std::string id_column = "series_id";
  std::string period_column = "t";
  std::string value_column = "value";
  std::string seasonal_period_column;
  std::string horizon_column;
  std::string filter_column;
  std::string filter_value;
  core::index seasonal_period = 0;
  core::index horizon = 12;
  std::optional<arima::spec> given;
  std::string models_output;
  bool combine = false;
  int threads = 0;
  bool timing = false;
};

[[noreturn]] void usage(const std::string& why) {
  std::cerr << "foresight_forecast: " << why << "\n"
            << "usage: foresight_forecast --input FILE [--output FILE] [--horizon H]\n"
            << "  [--id-column C] [--period-column C] [--value-column C]\n"
            << "  [--seasonal-period M | --seasonal-period-column C] [--horizon-column C]\n"
            << "  [--filter-column C --filter-value V] [--order p,d,q] [--seasonal-order P,D,Q]\n"
            << "  [--trend none|constant|linear] [--threads N] [--timing] [--models FILE]\n"
            << "  [--combine]\n";
  std::exit(2);
}

// The whole of `text` as an integer in [min, max], else the usage message naming `option`.
long long integer(const std::string& option, const std::string& text, long long min,
                  long long max = std::numeric_limits<int>::max()) {
  long long v = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, v);
  if (ec != std::errc() || ptr != end || v < min || v > max) {
    usage(option + " expects an integer from " + std::to_string(min) + " to " +
          std::to_string(max) + ", got '" + text + "'");
  }
  return v;
}

std::vector<int> triple(const std::string& option, const std::string& s) {
  std::vector<int> v;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ','))
    v.push_back(static_cast<int>(integer(option, item, 0)));
  if (v.size() != 3)
    usage(option + " expects three comma-separated integers, got '" + s + "'");
  return v;
}

cli parse(int argc, char** argv) {
  cli c;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc)
        usage("option " + a + " needs a value");
      return argv[++i];
    };
    if (a == "--input") {
      c.input = value();
    } else if (a == "--output") {
      c.output = value();
    } else if (a == "--id-column") {
      c.id_column = value();
    } else if (a == "--period-column") {
      c.period_column = value();
    } else if (a == "--value-column") {
      c.value_column = value();
    } else if (a == "--seasonal-period") {
      c.seasonal_period = integer(a, value(), 1);
    } else if (a == "--seasonal-period-column") {
      c.seasonal_period_column = value();
    } else if (a == "--horizon") {
      c.horizon = integer(a, value(), 1);
    } else if (a == "--horizon-column") {
      c.horizon_column = value();
    } else if (a == "--filter-column") {
      c.filter_column = value();
    } else if (a == "--filter-value") {
      c.filter_value = value();
    } else if (a == "--order") {
      const auto v = triple(a, value());
      if (!c.given)
        c.given = arima::spec{};
      c.given->order = {v[0], v[1], v[2]};
    } else if (a == "--seasonal-order") {
      const auto v = triple(a, value());
      if (!c.given)
        c.given = arima::spec{};
      c.given->seasonal.p = v[0];
      c.given->seasonal.d = v[1];
      c.given->seasonal.q = v[2];
    } else if (a == "--trend") {
      const std::string t = value();
      if (!c.given)
        c.given = arima::spec{};
      if (t != "none" && t != "constant" && t != "linear")
        usage("--trend expects none, constant or linear, got '" + t + "'");
      c.given->trend = t == "constant" ? arima::trend_terms::constant
                       : t == "linear" ? arima::trend_terms::linear
                                       : arima::trend_terms::none;
    } else if (a == "--threads") {
      c.threads = static_cast<int>(integer(a, value(), 0));
    } else if (a == "--combine") {
      c.combine = true;
    } else if (a == "--models") {
      c.models_output = value();
    } else if (a == "--timing") {
      c.timing = true;
    } else {
      usage("unknown option " + a);
    }
  }
  if (c.input.empty())
    usage("--input is required");
  return c;
}

// Horizon of each series from a column of the file (first row of each series).
std::map<std::string, core::index> read_horizons(const cli& c) {
  std::map<std::string, core::index> out;
  core::csv_reader r(c.input);
  const core::index id = r.column(c.id_column);
  const core::index h = r.column(c.horizon_column);
  while (r.next()) {
    const std::string key(r.field(id));
    if (out.count(key) == 0)
      out[key] = r.integer(h);
  }
  return out;
}

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

}  // namespace

int main(int argc, char** argv) {
  const cli c = parse(argc, argv);
  try {
    core::csv_panel_options po;
    po.item_column = c.id_column;
    po.period_column = c.period_column;
    po.value_column = c.value_column;
    po.seasonal_period_column = c.seasonal_period_column;
    po.seasonal_period = c.seasonal_period;
    if (!c.filter_column.empty()) {
      po.filter_column = c.filter_column;
      po.filter_values = {c.filter_value};
    }
    const core::panel<double> panel = core::read_panel<double>(c.input, po);
    std::map<std::string, core::index> horizons;
    if (!c.horizon_column.empty())
      horizons = read_horizons(c);

    const double cpu0 = process_cpu_seconds();
    const auto wall0 = std::chrono::steady_clock::now();
    arima::batch_options bo{.threads = c.threads};
    arima::batch_result fits;
    if (c.given) {
      // A given order uses each series' period for its seasonal part.
      fits.models.resize(static_cast<std::size_t>(panel.size()));
      fits.errors.resize(static_cast<std::size_t>(panel.size()));
      for (core::index i = 0; i < panel.size(); ++i) {
        arima::spec s = *c.given;
        s.seasonal.period = s.seasonal.p + s.seasonal.d + s.seasonal.q > 0 ? panel.period(i) : 1;
        try {
          fits.models[static_cast<std::size_t>(i)] =
              arima::fit(core::vector<double>(panel.values(i)), s);
        } catch (const std::exception& e) {
          fits.errors[static_cast<std::size_t>(i)] = e.what();
        }
      }
    } else {
      arima::auto_options ao;
      if (c.combine)
        ao.combine = arima::combination::akaike;
      fits = arima::auto_fit_batch(panel, ao, bo);
    }
    std::vector<std::string> ids;
    std::vector<core::forecast<double>> forecasts;
    int failed = 0;
    for (core::index i = 0; i < panel.size(); ++i) {
      const auto k = static_cast<std::size_t>(i);
      const core::index h = horizons.empty() ? c.horizon : horizons.at(panel.id(i));
      if (!fits.models[k]) {
        std::cerr << "foresight_forecast: series " << panel.id(i) << ": " << fits.errors[k] << "\n";
        ++failed;
        continue;
      }
      ids.push_back(panel.id(i));
      forecasts.push_back(fits.models[k]->forecast(h, {0.8, 0.95}));
    }
    const double cpu = process_cpu_seconds() - cpu0;
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    if (c.output == "-") {
      core::write_forecasts(std::cout, ids, forecasts);
    } else {
      core::write_forecasts(c.output, ids, forecasts);
    }
    if (!c.models_output.empty()) {
      std::ofstream mo(c.models_output);
      mo << "series_id,p,d,q,P,D,Q,m,constant,aicc\n";
      for (core::index i = 0; i < panel.size(); ++i) {
        const auto& m = fits.models[static_cast<std::size_t>(i)];
        if (!m)
          continue;
        const auto& s = m->spec;
        mo << panel.id(i) << ',' << s.order.p << ',' << s.order.d << ',' << s.order.q << ','
           << s.seasonal.p << ',' << s.seasonal.d << ',' << s.seasonal.q << ',' << s.seasonal.period
           << ','
           << (s.trend == arima::trend_terms::none
                   ? "none"
                   : (s.trend == arima::trend_terms::linear ? "drift" : "mean"))
           << ',' << m->aicc << '\n';
      }
    }
    if (c.timing) {
      std::fprintf(stderr, "series %lld fitted %zu failed %d cpu_s %.3f wall_s %.3f threads %d\n",
                   static_cast<long long>(panel.size()), ids.size(), failed, cpu, wall,
                   core::effective_threads(c.threads));
    }
    return failed == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "foresight_forecast: " << e.what() << "\n";
    return 1;
  }
}

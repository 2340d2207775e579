// SPDX-License-Identifier: Apache-2.0
// Readers for the reference tables that baselines_metrics.R (R 4.2.2, forecast 8.20) writes next
// to this file, shared by the tests of core metrics and preprocessing and forecast baselines.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iomanip>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <foresight/core/types.hpp>

#include "support/test_support.hpp"

namespace foresight::test::reference {

/// One series of baselines_split.csv: its frequency, training part and test part.
struct split_series {
  int frequency = 1;
  std::vector<double> train;
  std::vector<double> test;
};

/// The series of baselines_split.csv, by name: each read from the shared data's classic series
/// (`classic_series`, skipped without it), with the listed positions set to NaN, split at n_train.
inline std::map<std::string, split_series> load_series() {
  const auto csv = read_simple_csv(source_path("reference/core/baselines_split.csv"));
  std::map<std::string, split_series> out;
  for (const auto& r : csv.rows) {
    std::vector<double> x = classic_series(r[csv.column("source")]);
    if (x.size() != std::stoul(r[csv.column("n")]))
      throw std::runtime_error("classic series " + r[csv.column("source")] +
                               " has an unexpected length");
    std::istringstream missing(r[csv.column("missing")]);
    for (std::string pos; std::getline(missing, pos, ';');)
      x[std::stoul(pos) - 1] = std::numeric_limits<double>::quiet_NaN();
    const auto n_train = static_cast<std::ptrdiff_t>(std::stoul(r[csv.column("n_train")]));
    auto& s = out[r[csv.column("series")]];
    s.frequency = std::stoi(r[csv.column("frequency")]);
    s.train.assign(x.begin(), x.begin() + n_train);
    s.test.assign(x.begin() + n_train, x.end());
  }
  return out;
}

/// Numeric columns of a reference table grouped by the values of the key columns, joined by '/'
/// (e.g. "AirPassengers/drift"); rows keep their file order within a group.
using grouped_columns = std::map<std::string, std::map<std::string, std::vector<double>>>;

inline grouped_columns load_grouped(const std::string& file, const std::vector<std::string>& keys,
                                    const std::vector<std::string>& columns) {
  const auto csv = read_simple_csv(source_path("reference/core/" + file));
  grouped_columns out;
  for (const auto& r : csv.rows) {
    std::string key;
    for (const auto& k : keys)
      key += (key.empty() ? "" : "/") + r[csv.column(k)];
    auto& t = out[key];
    for (const auto& c : columns)
      t[c].push_back(parse_number(r[csv.column(c)]));
  }
  return out;
}

/// A std::vector<double> as a core::vector<T>.
template <typename T>
core::vector<T> to_vector(const std::vector<double>& v) {
  core::vector<T> out(static_cast<core::index>(v.size()));
  for (std::size_t i = 0; i < v.size(); ++i)
    out[static_cast<core::index>(i)] = static_cast<T>(v[i]);
  return out;
}

/// Largest deviation from the reference per quantity: |got - want| / max(1, |want|, scale), the
/// scale being the size of the level a cancelling quantity comes from (0: plain relative).
struct deviation_log {
  std::map<std::string, double> worst;

  /// Records the deviation and returns whether it is within `tol` (NaN matches only NaN, an
  /// infinity only the same infinity).
  bool check(const std::string& name, double got, double want, double tol, double scale = 0) {
    if (std::isnan(want) || std::isnan(got))
      return std::isnan(want) && std::isnan(got);
    if (std::isinf(want) || std::isinf(got))
      return got == want;
    const double d = std::abs(got - want) / std::max({1.0, std::abs(want), scale});
    worst[name] = std::max(worst[name], d);
    return d <= tol;
  }

  /// "<label>: name=1.2e-15 ..." (the largest deviations) for a doctest MESSAGE.
  [[nodiscard]] std::string report(const std::string& label) const {
    std::ostringstream os;
    os << label << ':' << std::scientific << std::setprecision(1);
    for (const auto& [k, v] : worst)
      os << ' ' << k << '=' << v;
    return os.str();
  }
};

}  // namespace foresight::test::reference

// SPDX-License-Identifier: Apache-2.0
// Loader for the committed reference fits of tests/reference/arima (made by make_reference.R:
// R 4.2.2 stats::arima, forecast 8.20, on the classic series).
#pragma once

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include <foresight/core/types.hpp>
#include <foresight/forecast/arima/spec.hpp>

#include "support/test_support.hpp"

namespace foresight::test::arima_reference {

struct reference_case {
  std::string name, data, transform, constant, method, extra;
  int p = 0, d = 0, q = 0, sp = 0, sd = 0, sq = 0;
  core::index period = 1, h = 1;
  // quantity -> key -> value
  std::map<std::string, std::map<std::string, double>> values;
};

/// Every classic series of the shared data (classic/index.csv), by name; test cases using it are
/// skipped without the shared data (see `classic_series`).
inline std::map<std::string, std::vector<double>> load_series() {
  const auto index = data_dir() / "classic" / "index.csv";
  if (!std::filesystem::exists(index))
    throw std::runtime_error("FORESIGHT_SKIPPED: shared dataset " + index.string() +
                             " not found (set FORESIGHT_DATA_DIR to the data directory)");
  const auto names = read_simple_csv(index);
  std::map<std::string, std::vector<double>> out;
  for (const auto& r : names.rows)
    out[r[names.column("name")]] = classic_series(r[names.column("name")]);
  return out;
}

inline std::vector<reference_case> load_cases() {
  const auto c = read_simple_csv(source_path("reference/arima/cases.csv"));
  std::vector<reference_case> out;
  for (const auto& r : c.rows) {
    reference_case k;
    k.name = r[c.column("name")];
    k.data = r[c.column("data")];
    k.transform = r[c.column("transform")];
    k.p = std::stoi(r[c.column("p")]);
    k.d = std::stoi(r[c.column("d")]);
    k.q = std::stoi(r[c.column("q")]);
    k.sp = std::stoi(r[c.column("P")]);
    k.sd = std::stoi(r[c.column("D")]);
    k.sq = std::stoi(r[c.column("Q")]);
    k.period = std::stoi(r[c.column("s")]);
    k.constant = r[c.column("const")];
    k.h = std::stoi(r[c.column("h")]);
    k.method = r[c.column("method")];
    k.extra = r[c.column("extra")];
    out.push_back(k);
  }
  const auto f = read_simple_csv(source_path("reference/arima/fits.csv"));
  for (const auto& r : f.rows) {
    for (auto& k : out) {
      if (k.name == r[0])
        k.values[r[1]][r[2]] = parse_number(r[3]);
    }
  }
  return out;
}

}  // namespace foresight::test::arima_reference

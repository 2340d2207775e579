// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the test suites: locating reference files shipped in tests/ and the optional
// shared datasets, reading small reference CSV files, and skipping with a clear message.
#pragma once

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace foresight::test {

/// Path of a file shipped with the tests (relative to tests/).
inline std::filesystem::path source_path(const std::string& relative) {
  return std::filesystem::path(FORESIGHT_TEST_SOURCE_DIR) / relative;
}

/// The shared data directory: $FORESIGHT_DATA_DIR, else the configured default (../shared/data).
inline std::filesystem::path data_dir() {
  if (const char* env = std::getenv("FORESIGHT_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  return FORESIGHT_DATA_DIR_DEFAULT;
}

/// Path of `relative` inside the shared data directory if it exists; otherwise prints the
/// FORESIGHT_SKIPPED marker (ctest reports the test as skipped) and returns nothing.
inline std::optional<std::filesystem::path> shared_data(const std::string& relative) {
  const auto p = data_dir() / relative;
  if (std::filesystem::exists(p))
    return p;
  std::cout << "FORESIGHT_SKIPPED: shared dataset " << p.string()
            << " not found (set FORESIGHT_DATA_DIR to the data directory)\n";
  return std::nullopt;
}

/// A small CSV with a header row and no quoting, as written by the reference scripts.
struct csv_rows {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  [[nodiscard]] std::size_t column(const std::string& name) const {
    for (std::size_t j = 0; j < header.size(); ++j) {
      if (header[j] == name)
        return j;
    }
    throw std::runtime_error("test csv has no column " + name);
  }
};

inline std::vector<std::string> split_line(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream is(line);
  while (std::getline(is, field, ','))
    out.push_back(field);
  if (!line.empty() && line.back() == ',')
    out.emplace_back();
  return out;
}

inline csv_rows read_simple_csv(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in)
    throw std::runtime_error("cannot open reference file " + path.string());
  csv_rows out;
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (line.empty())
      continue;
    if (first) {
      out.header = split_line(line);
      first = false;
    } else {
      out.rows.push_back(split_line(line));
    }
  }
  return out;
}

/// Parses a number written by R or Python ("NA", "NaN", "Inf", "-Inf" included).
inline double parse_number(const std::string& s) {
  if (s == "NA" || s == "NaN" || s == "nan")
    return std::numeric_limits<double>::quiet_NaN();
  if (s == "Inf" || s == "inf")
    return std::numeric_limits<double>::infinity();
  if (s == "-Inf" || s == "-inf")
    return -std::numeric_limits<double>::infinity();
  return std::stod(s);
}

/// The `value` column of the classic series `name` (R's datasets) from the shared data directory
/// (classic/<name>.csv, "NA" as NaN). The repository keeps only R's results, not the series.
/// Without the shared data it throws an exception whose message carries the FORESIGHT_SKIPPED
/// marker, so ctest reports the test case as skipped.
inline std::vector<double> classic_series(const std::string& name) {
  const auto path = data_dir() / "classic" / (name + ".csv");
  if (!std::filesystem::exists(path))
    throw std::runtime_error("FORESIGHT_SKIPPED: shared dataset " + path.string() +
                             " not found (set FORESIGHT_DATA_DIR to the data directory)");
  const csv_rows csv = read_simple_csv(path);
  const std::size_t col = csv.column("value");
  std::vector<double> out;
  out.reserve(csv.rows.size());
  for (const auto& r : csv.rows)
    out.push_back(parse_number(r[col]));
  return out;
}

/// |a - b| <= rel * max(1, |b|) (NaN equals NaN, equal infinities are equal).
inline bool close(double a, double b, double rel) {
  if (std::isnan(a) || std::isnan(b))
    return std::isnan(a) && std::isnan(b);
  if (std::isinf(a) || std::isinf(b))
    return a == b;
  return std::abs(a - b) <= rel * std::max(1.0, std::abs(b));
}

}  // namespace foresight::test

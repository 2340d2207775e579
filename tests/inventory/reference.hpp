// SPDX-License-Identifier: Apache-2.0
// Reads tests/reference/inventory/reference_values.csv, written by make_reference.py (the
// independent computation of every published reference case).
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <utility>

#include "support/test_support.hpp"

namespace foresight::test::inventory {

/// Value of `quantity` for `reference_case` computed by make_reference.py.
inline double computed(const std::string& reference_case, const std::string& quantity) {
  static const std::map<std::pair<std::string, std::string>, double> table = [] {
    std::map<std::pair<std::string, std::string>, double> m;
    const auto csv = read_simple_csv(source_path("reference/inventory/reference_values.csv"));
    for (const auto& row : csv.rows)
      m[{row.at(0), row.at(1)}] = parse_number(row.at(2));
    return m;
  }();
  const auto it = table.find({reference_case, quantity});
  if (it == table.end())
    throw std::runtime_error("no reference value " + reference_case + "/" + quantity);
  return it->second;
}

}  // namespace foresight::test::inventory

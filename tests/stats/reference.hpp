// SPDX-License-Identifier: Apache-2.0
// Reference values for tests/stats from tests/reference/arima/stats_reference.csv (made by
// make_stats_reference.R: R 4.2.2 stats, urca) and the classic series it used.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <foresight/core/types.hpp>

#include "support/test_support.hpp"

namespace foresight::test::stats_reference {

inline double value(const std::string& name, const std::string& key) {
  static const auto rows = read_simple_csv(source_path("reference/arima/stats_reference.csv"));
  for (const auto& r : rows.rows) {
    if (r[0] == name && r[1] == key)
      return parse_number(r[2]);
  }
  throw std::runtime_error("no reference value " + name + "/" + key);
}

template <typename Scalar = double>
core::vector<Scalar> series(const std::string& name) {
  const std::vector<double> v = classic_series(name);  // skips without the shared data
  core::vector<Scalar> out(static_cast<core::index>(v.size()));
  for (std::size_t i = 0; i < v.size(); ++i)
    out[static_cast<core::index>(i)] = static_cast<Scalar>(v[i]);
  return out;
}

}  // namespace foresight::test::stats_reference

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Per-item assembly behind `core::read_panel`: the rows of one item (period key, value, where
/// they came from) are put in period order, duplicates combined, gaps filled, and failures
/// reported as a status naming the offending rows. Internal to `core/csv.hpp`.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include <foresight/core/detail/csv_parse.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core::detail {

/// One kept row of a long-format file.
template <std::floating_point Scalar>
struct csv_panel_row {
  std::int64_t key = 0;  // period as an index (integer, month or day index, label ordinal)
  Scalar value = 0;      // NaN when missing
  index line = 0;        // where the period field is, for messages
  index column = 0;
};

/// The rows of one item, in file order, and what the file said about the item.
template <std::floating_point Scalar>
struct csv_panel_item {
  std::string id;
  std::vector<csv_panel_row<Scalar>> rows;
  bool sorted = true;  // keys non-decreasing in file order so far
  index season = 0;    // from the seasonal-period column; 0 until seen
  index season_line = 0;
  std::string first_label;  // label periods: the label of ordinal 0
  std::unordered_map<std::string, std::int64_t, csv_string_hash, std::equal_to<>> labels;
};

/// How one item becomes a series.
struct csv_assembly_rules {
  bool sum_duplicates = false;  // else a repeated period is an error
  bool allow_gaps = true;       // else a missing period inside the series is an error
  bool zero_fill = false;       // fill gaps with 0 instead of NaN
  std::uint64_t max_gap = 0;    // most consecutive missing periods allowed
};

/// Failure of `assemble`, with the rows (indices into the sorted rows) it concerns.
enum class csv_assembly_error : int { none, duplicate, gap, gap_too_large, sum_not_finite };

struct csv_assembly_status {
  csv_assembly_error error = csv_assembly_error::none;
  std::size_t row = 0;        // the offending row
  std::size_t other = 0;      // the row before it (first duplicate, period before the gap)
  std::uint64_t missing = 0;  // periods missing in the gap
};

/// Writes the series of `item` into `out` (cleared first): rows sorted by period (stable, so
/// duplicates keep file order), duplicates summed in double precision skipping NaN (all NaN
/// gives NaN), gaps filled with NaN or 0.
template <std::floating_point Scalar>
[[nodiscard]] csv_assembly_status assemble(csv_panel_item<Scalar>& item,
                                           const csv_assembly_rules& rules,
                                           std::vector<Scalar>& out) {
  auto& rows = item.rows;
  if (!item.sorted) {
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.key < b.key; });
  }
  out.clear();
  out.reserve(rows.size());
  const Scalar fill = rules.zero_fill ? Scalar{0} : std::numeric_limits<Scalar>::quiet_NaN();
  for (std::size_t i = 0; i < rows.size();) {
    std::size_t j = i + 1;
    while (j < rows.size() && rows[j].key == rows[i].key)
      ++j;
    if (j - i > 1 && !rules.sum_duplicates)
      return {csv_assembly_error::duplicate, i + 1, i, 0};
    Scalar v = rows[i].value;
    if (j - i > 1) {
      double sum = 0;
      bool any = false;
      for (std::size_t k = i; k < j; ++k) {
        if (!std::isnan(rows[k].value)) {
          sum += static_cast<double>(rows[k].value);
          any = true;
        }
      }
      if (any && !(std::abs(sum) <= static_cast<double>(std::numeric_limits<Scalar>::max())))
        return {csv_assembly_error::sum_not_finite, j - 1, i, 0};
      v = any ? static_cast<Scalar>(sum) : std::numeric_limits<Scalar>::quiet_NaN();
    }
    if (i > 0) {
      // Keys are sorted, so the unsigned difference is exact even across the int64 range.
      const std::uint64_t missing =
          static_cast<std::uint64_t>(rows[i].key) - static_cast<std::uint64_t>(rows[i - 1].key) - 1;
      if (missing > rules.max_gap)
        return {csv_assembly_error::gap_too_large, i, i - 1, missing};
      if (missing > 0 && !rules.allow_gaps)
        return {csv_assembly_error::gap, i, i - 1, missing};
      out.insert(out.end(), static_cast<std::size_t>(missing), fill);
    }
    out.push_back(v);
    i = j;
  }
  return {};
}

}  // namespace foresight::core::detail

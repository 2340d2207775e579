// SPDX-License-Identifier: Apache-2.0
/// \file
/// Layout of long-format panel files (one row per item and period) shared by `read_panel` and
/// `write_panel`: period types, duplicate and gap policies, `csv_panel_options` and its checks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <foresight/core/csv_reader.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

/// How the period column of a long-format file is read.
enum class period_type : int {
  integer = 0,     ///< an integer index (1, 2, ...); default seasonal period 1
  year_month = 1,  ///< ISO "YYYY-MM", a monthly index; default seasonal period 12
  date = 2,        ///< ISO "YYYY-MM-DD", a daily index; default seasonal period 7
  label = 3,       ///< an opaque label: values in file order, no sorting and no gaps; period 1
};

/// What `read_panel` does with several rows for the same item and period.
enum class duplicate_policy : int {
  error = 0,  ///< csv_error at the second row
  sum = 1,    ///< add them (transactions); missing values are skipped, all missing gives NaN
};

/// What `read_panel` does with periods absent inside a series (integer, month and day periods).
enum class gap_policy : int {
  missing = 0,  ///< a NaN observation
  zero = 1,     ///< a 0 observation (transaction files that list only non-zero sales)
  error = 2,    ///< csv_error at the row after the gap
};

/// Name of a period type, e.g. "year_month".
[[nodiscard]] constexpr std::string_view to_string(period_type t) noexcept {
  switch (t) {
    case period_type::integer:
      return "integer";
    case period_type::year_month:
      return "year_month";
    case period_type::date:
      return "date";
    case period_type::label:
      return "label";
  }
  return "unknown";
}

/// Name of a duplicate policy, e.g. "sum".
[[nodiscard]] constexpr std::string_view to_string(duplicate_policy d) noexcept {
  switch (d) {
    case duplicate_policy::error:
      return "error";
    case duplicate_policy::sum:
      return "sum";
  }
  return "unknown";
}

/// Name of a gap policy, e.g. "missing".
[[nodiscard]] constexpr std::string_view to_string(gap_policy g) noexcept {
  switch (g) {
    case gap_policy::missing:
      return "missing";
    case gap_policy::zero:
      return "zero";
    case gap_policy::error:
      return "error";
  }
  return "unknown";
}

/// Layout of a long-format history (one row per item and period) for `read_panel` and
/// `write_panel`.
struct csv_panel_options {
  /// Column of the item (series) identifier; an empty identifier is an error.
  std::string item_column = "item";
  /// Column of the period.
  std::string period_column = "period";
  /// Column of the observed value; missing-value tokens give NaN.
  std::string value_column = "value";
  /// How periods are read (and written).
  period_type periods = period_type::integer;
  /// Periods absent inside a series: NaN, 0, or an error.
  gap_policy gaps = gap_policy::missing;
  /// Several rows for one item and period: an error, or their sum.
  duplicate_policy duplicates = duplicate_policy::error;
  /// Optional column with each item's seasonal period (integer >= 1, the same on all its rows).
  std::string seasonal_period_column{};
  /// Seasonal period when there is no such column; 0: by `periods` (12 year_month, 7 date, else 1).
  index seasonal_period = 0;
  /// Optional column to filter rows on (e.g. "split"); empty: keep every row.
  std::string filter_column{};
  /// Values of `filter_column` whose rows are kept (e.g. {"train"}); others are skipped unparsed.
  std::vector<std::string> filter_values{};
  /// Most consecutive missing periods allowed inside a series (>= 0); a larger gap is almost
  /// always a typo in a period ("2204-03") and would allocate the whole span.
  index max_gap = 10000;
  /// Dialect: delimiter, quote, decimal point, missing-value tokens.
  csv_options csv{};
};

/// Throws invalid_input unless the options are usable: valid dialect, distinct non-empty
/// column names, seasonal_period >= 0, max_gap >= 0, filter values given with a filter column.
inline void validate(const csv_panel_options& o) {
  constexpr std::string_view where = "core::validate(csv_panel_options)";
  validate(o.csv);
  detail::require(!o.item_column.empty() && !o.period_column.empty() && !o.value_column.empty(),
                  where, "a column name is empty; expected item, period and value column names");
  detail::require(o.item_column != o.period_column && o.item_column != o.value_column &&
                      o.period_column != o.value_column,
                  where, "column names '", o.item_column, "', '", o.period_column, "', '",
                  o.value_column, "' repeat; expected three different columns");
  const auto& s = o.seasonal_period_column;
  detail::require(s != o.item_column && s != o.period_column && s != o.value_column, where,
                  "seasonal_period_column is '", s,
                  "'; expected a column other than item, period and value");
  detail::require(o.seasonal_period >= 0, where, "seasonal_period is ", o.seasonal_period,
                  "; expected >= 0 (0: by period type)");
  detail::require(o.max_gap >= 0, where, "max_gap is ", o.max_gap, "; expected >= 0");
  detail::require(o.filter_column.empty() || !o.filter_values.empty(), where,
                  "filter_values is empty; expected the values to keep of column '",
                  o.filter_column, "'");
}

}  // namespace foresight::core

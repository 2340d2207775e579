// SPDX-License-Identifier: Apache-2.0
/// \file
/// CSV input and output of panels and forecasts: `read_panel` for long-format sales histories
/// (item, period, value) into a `core::panel`, and writers for panels and forecasts. The RFC 4180
/// reader underneath (`csv_reader`, `csv_options`, `csv_error`) is in `core/csv_reader.hpp` and
/// the file layout (`csv_panel_options`) in `core/csv_panel_options.hpp`; both are included here.
/// Every malformed input raises `csv_error` (an `io_error`) naming the source, line and column.
///
/// Missing values: a value field equal to one of `csv_options::missing_values` ("NA", "",
/// "NaN", "nan" by default) is NaN; periods absent inside a series are NaN (or 0, or an error:
/// `gap_policy`); item, period and seasonal-period fields are never missing (an error).
/// References: Shafranovich (2005), RFC 4180 "Common Format and MIME Type for Comma-Separated
/// Values (CSV) Files"; ISO 8601 calendar dates (YYYY-MM-DD) and months (YYYY-MM).
#pragma once

#include <algorithm>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <foresight/core/csv_panel_options.hpp>
#include <foresight/core/csv_reader.hpp>
#include <foresight/core/detail/csv_parse.hpp>
#include <foresight/core/detail/csv_read_panel.hpp>
#include <foresight/core/detail/csv_write.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/forecast.hpp>
#include <foresight/core/series.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

/// Reads a long-format history (one row per item and period) from `path` into a panel: series
/// in order of first appearance, each sorted by period, with gaps, duplicates, seasonal periods
/// and filters as `options` say. Each series' start label is its first period ("2024-03"; the
/// integer "1"; the first label). A file with a header and no kept row gives an empty panel.
///
/// Throws: invalid_input for bad options; csv_error (an io_error) naming the file, line and
/// column for any malformed input.
/// Example: `const auto p = core::read_panel<double>("sales.csv",`
///          `    {.periods = core::period_type::year_month, .duplicates =
///          core::duplicate_policy::sum});`
template <std::floating_point Scalar = double>
[[nodiscard]] panel<Scalar> read_panel(const std::filesystem::path& path,
                                       const csv_panel_options& options = {}) {
  validate(options);
  csv_reader r(path, options.csv);
  return detail::read_panel_from<Scalar>(r, options);
}

/// Reads a long-format history from `in`; `name` stands for the stream in messages.
/// Throws: as the path overload.
template <std::floating_point Scalar = double>
[[nodiscard]] panel<Scalar> read_panel(std::istream& in, std::string name,
                                       const csv_panel_options& options = {}) {
  validate(options);
  csv_reader r(in, std::move(name), options.csv);
  return detail::read_panel_from<Scalar>(r, options);
}

/// Layout of a forecast file written by `write_forecasts`.
struct csv_forecast_options {
  /// Name of the identifier column.
  std::string id_column = "series_id";
  /// Also write each step's standard deviation (column `sd`, after `mean`).
  bool include_sd = false;
  /// Dialect: delimiter, decimal point; NaN is written as the first missing-value token.
  csv_options csv{};
};

/// Writes forecasts as `series_id,h,mean[,sd],lo80,hi80,...,q10,...`: one row per series and
/// step (h = 1..horizon), an interval column pair per level (lo80/hi80 for 0.8) and a column per
/// quantile level (q10 for 0.1), numbers in the shortest form that reads back exactly.
///
/// Throws: dimension_mismatch if ids and forecasts differ in size; invalid_input for an
/// inconsistent forecast, forecasts with different levels, or an infinite bound; io_error if
/// the stream fails.
/// Example: `core::write_forecasts(std::cout, ids, forecasts);`
template <std::floating_point Scalar>
void write_forecasts(std::ostream& out, const std::vector<std::string>& ids,
                     const std::vector<forecast<Scalar>>& forecasts,
                     const csv_forecast_options& options = {}) {
  constexpr std::string_view where = "core::write_forecasts";
  validate(options.csv);
  detail::require(!options.id_column.empty(), where, "id_column is empty; expected a name");
  detail::require_size(forecasts.size(), ids.size(), where, "forecasts");
  const auto& levels = forecasts.empty() ? std::vector<Scalar>{} : forecasts.front().levels;
  const auto& qlevels =
      forecasts.empty() ? std::vector<Scalar>{} : forecasts.front().quantile_levels;
  for (std::size_t i = 0; i < forecasts.size(); ++i) {
    validate(forecasts[i]);
    detail::require(forecasts[i].levels == levels && forecasts[i].quantile_levels == qlevels, where,
                    "forecast ", i,
                    " has other levels than forecast 0; expected one column set for all");
  }
  std::vector<std::string> header{options.id_column, "h", "mean"};
  if (options.include_sd)
    header.emplace_back("sd");
  for (const Scalar l : levels) {
    header.push_back("lo" + detail::percent_label(l));
    header.push_back("hi" + detail::percent_label(l));
  }
  for (const Scalar q : qlevels)
    header.push_back("q" + detail::percent_label(q));
  const char d = options.csv.delimiter;
  std::string buf;
  for (std::size_t j = 0; j < header.size(); ++j) {
    detail::require(std::count(header.begin(), header.end(), header[j]) == 1, where, "column ",
                    header[j], " appears twice; expected levels that differ in percent");
    if (j > 0)
      buf += d;
    detail::append_field(buf, header[j], d, options.csv.quote);
  }
  buf += '\n';
  for (std::size_t i = 0; i < forecasts.size(); ++i) {
    const auto& f = forecasts[i];
    for (index h = 0; h < f.horizon(); ++h) {
      detail::append_field(buf, ids[i], d, options.csv.quote);
      buf += d;
      detail::append_integer(buf, h + 1);
      buf += d;
      detail::append_value(buf, f.mean[h], options.csv, where);
      if (options.include_sd) {
        buf += d;
        detail::append_value(buf, f.sd[h], options.csv, where);
      }
      for (index j = 0; j < f.lower.cols(); ++j) {
        buf += d;
        detail::append_value(buf, f.lower(h, j), options.csv, where);
        buf += d;
        detail::append_value(buf, f.upper(h, j), options.csv, where);
      }
      for (index j = 0; j < static_cast<index>(qlevels.size()); ++j) {
        buf += d;
        detail::append_value(buf, f.quantiles(h, j), options.csv, where);
      }
      buf += '\n';
      detail::flush_csv(out, buf, false, where);
    }
  }
  detail::flush_csv(out, buf, true, where);
}

/// Writes forecasts to the file `path` (created or truncated).
/// Throws: as the stream overload; csv_error if the file cannot be written.
template <std::floating_point Scalar>
void write_forecasts(const std::filesystem::path& path, const std::vector<std::string>& ids,
                     const std::vector<forecast<Scalar>>& forecasts,
                     const csv_forecast_options& options = {}) {
  detail::write_file(path, "core::write_forecasts",
                     [&](std::ostream& out) { write_forecasts(out, ids, forecasts, options); });
}

/// Writes a panel in long format (item, period, value and, when `seasonal_period_column` is
/// set, the seasonal period), periods generated from each start label as `options.periods`
/// says (integer: an empty start is 1), NaN as the first missing-value token, numbers in the
/// shortest form that reads back exactly: `read_panel(write_panel(p))` equals p for a panel
/// read with the same options. The filter options are ignored.
///
/// Throws: invalid_input for label periods (they cannot be generated), an empty id, a start
/// label that does not parse or periods past year 9999; io_error if the stream fails.
/// Example: `core::write_panel(out, p, {.periods = core::period_type::year_month});`
template <std::floating_point Scalar>
void write_panel(std::ostream& out, const panel<Scalar>& p, const csv_panel_options& options = {}) {
  constexpr std::string_view where = "core::write_panel";
  validate(options);
  detail::require(options.periods != period_type::label, where,
                  "periods are labels; expected integer, year_month or date periods");
  const char d = options.csv.delimiter;
  const char q = options.csv.quote;
  std::string buf;
  detail::append_field(buf, options.item_column, d, q);
  for (const auto* name :
       {&options.period_column, &options.value_column, &options.seasonal_period_column}) {
    if (!name->empty()) {
      buf += d;
      detail::append_field(buf, *name, d, q);
    }
  }
  buf += '\n';
  for (index i = 0; i < p.size(); ++i) {
    const std::string& id = p.id(i);
    detail::require(!id.empty(), where, "series ", i, " has an empty id; expected non-empty ids");
    const std::string& start = p.start(i);
    std::int64_t key = 1;
    auto status = detail::field_status::ok;
    std::int64_t last_key = std::numeric_limits<std::int64_t>::max();
    if (options.periods == period_type::year_month) {
      status = detail::parse_year_month(start, key);
      last_key = std::int64_t{10000} * 12 - 1;  // 9999-12
    } else if (options.periods == period_type::date) {
      status = detail::parse_date(start, key);
      last_key =
          std::chrono::sys_days{std::chrono::year{9999} / 12 / 31}.time_since_epoch().count();
    } else if (!start.empty()) {
      status = detail::parse_integer(start, key);
    }
    detail::require(status == detail::field_status::ok, where, "series '", id,
                    "' has start label '", start, "'; expected a start label of ",
                    to_string(options.periods), " periods");
    detail::require(p.length(i) == 0 || key <= last_key - (p.length(i) - 1), where, "series '", id,
                    "' would run past the last representable period; expected a shorter series");
    const auto values = p.values(i);
    for (index t = 0; t < values.size(); ++t) {
      const std::int64_t k = key + t;  // no overflow: checked against last_key above
      detail::append_field(buf, id, d, q);
      buf += d;
      if (options.periods == period_type::year_month)
        buf += detail::format_year_month(k);
      else if (options.periods == period_type::date)
        buf += detail::format_date(k);
      else
        detail::append_integer(buf, k);
      buf += d;
      detail::append_value(buf, values[t], options.csv, where);
      if (!options.seasonal_period_column.empty()) {
        buf += d;
        detail::append_integer(buf, p.period(i));
      }
      buf += '\n';
      detail::flush_csv(out, buf, false, where);
    }
  }
  detail::flush_csv(out, buf, true, where);
}

/// Writes a panel in long format to the file `path` (created or truncated).
/// Throws: as the stream overload; csv_error if the file cannot be written.
template <std::floating_point Scalar>
void write_panel(const std::filesystem::path& path, const panel<Scalar>& p,
                 const csv_panel_options& options = {}) {
  detail::write_file(path, "core::write_panel",
                     [&](std::ostream& out) { write_panel(out, p, options); });
}

}  // namespace foresight::core

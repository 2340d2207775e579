// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internals of `core::read_panel`: the loop that reads a long-format file row by row into the
/// row store of `detail/csv_panel.hpp`, assembles each item, and words period errors.
/// Internal to `core/csv.hpp`.
#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/csv_panel_options.hpp>
#include <foresight/core/csv_reader.hpp>
#include <foresight/core/detail/csv_panel.hpp>
#include <foresight/core/detail/csv_parse.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/series.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core::detail {

[[nodiscard]] inline index default_seasonal_period(const csv_panel_options& o) noexcept {
  if (o.seasonal_period > 0)
    return o.seasonal_period;
  switch (o.periods) {
    case period_type::year_month:
      return 12;
    case period_type::date:
      return 7;
    default:
      return 1;
  }
}

[[nodiscard]] inline std::string period_text(period_type t, const csv_label_map* labels,
                                             std::int64_t key) {
  switch (t) {
    case period_type::year_month:
      return format_year_month(key);
    case period_type::date:
      return format_date(key);
    case period_type::label:
      for (const auto& [text, ordinal] : *labels) {
        if (ordinal == key)
          return text;
      }
      return {};
    default:
      return concat(key);
  }
}

[[nodiscard]] inline std::string period_error(period_type t, field_status s,
                                              std::string_view text) {
  const std::string f = excerpt(text);
  const bool range = s == field_status::out_of_range;
  switch (t) {
    case period_type::year_month:
      return range ? concat("period ", f, " has no such month; expected YYYY-MM, MM in 01..12")
                   : concat("period ", f, " is not a year-month; expected YYYY-MM (2024-03)");
    case period_type::date:
      return range ? concat("period ", f, " is not a calendar date; expected an existing day")
                   : concat("period ", f, " is not a date; expected YYYY-MM-DD (2024-03-05)");
    case period_type::label:
      return "period label is empty; expected a non-empty label";
    default:
      return range ? concat("period ", f, " is out of range; expected a 64-bit integer")
                   : concat("period ", f, " is not an integer; expected a whole number (12)");
  }
}

/// Reads a long-format history from an open reader (behind both `read_panel` overloads).
template <std::floating_point Scalar>
panel<Scalar> read_panel_from(csv_reader& r, const csv_panel_options& o) {
  constexpr std::string_view where = "core::read_panel";
  const index c_item = r.require_column(where, o.item_column);
  const index c_period = r.require_column(where, o.period_column);
  const index c_value = r.require_column(where, o.value_column);
  const index c_season =
      o.seasonal_period_column.empty() ? -1 : r.require_column(where, o.seasonal_period_column);
  const index c_filter = o.filter_column.empty() ? -1 : r.require_column(where, o.filter_column);
  const bool is_label = o.periods == period_type::label;

  csv_panel_rows<Scalar> data;
  std::vector<csv_label_map> labels;  // label periods only
  csv_id_table lookup;
  std::size_t k = 0;
  while (r.next()) {
    if (c_filter >= 0 && std::find(o.filter_values.begin(), o.filter_values.end(),
                                   r.field(c_filter)) == o.filter_values.end()) {
      continue;
    }
    // Item: rows of one item are usually adjacent, so compare with the last item first.
    const std::string_view id = r.field(c_item);
    if (data.ids.empty() || data.ids[k] != id) {
      if (id.empty())
        r.fail(where, c_item, "item id is empty; expected a non-empty identifier");
      const std::size_t h = csv_string_hash{}(id);
      if (const std::size_t found = lookup.find(id, h, data.ids); found != csv_id_table::npos) {
        k = found;
      } else {
        if (data.ids.size() == std::numeric_limits<std::uint32_t>::max())
          r.fail(where, c_item, "too many items; expected fewer than 2^32");
        k = data.ids.size();
        data.ids.emplace_back(id);
        data.items.emplace_back();
        if (is_label)
          labels.emplace_back();
        lookup.insert(h, k);
      }
    }

    const std::string_view ptext = r.field(c_period);
    std::int64_t key = 0;
    auto status = field_status::ok;
    switch (o.periods) {
      case period_type::year_month:
        status = parse_year_month(ptext, key);
        break;
      case period_type::date:
        status = parse_date(ptext, key);
        break;
      case period_type::label:
        if (ptext.empty()) {
          status = field_status::invalid;
        } else if (const auto found = labels[k].find(ptext); found != labels[k].end()) {
          key = found->second;
        } else {
          key = static_cast<std::int64_t>(labels[k].size());
          labels[k].emplace(std::string(ptext), key);
        }
        break;
      default:
        status = parse_integer(ptext, key);
    }
    if (status != field_status::ok)
      r.fail(where, c_period, period_error(o.periods, status, ptext));

    const Scalar value = r.parse_number<Scalar>(where, c_value);

    if (c_season >= 0) {
      auto& item = data.items[k];
      std::int64_t m = 0;
      const std::string_view stext = r.field(c_season);
      if (parse_integer(stext, m) != field_status::ok || m < 1) {
        r.fail(where, c_season,
               concat("seasonal period ", excerpt(stext),
                      " is not valid; expected an integer >= 1 (1: non-seasonal)"));
      }
      if (item.season == 0) {
        item.season = m;
        item.season_line = r.line();
      } else if (item.season != m) {
        r.fail(where, c_season,
               concat("seasonal period ", m, " of item ", excerpt(data.ids[k]), " differs from ",
                      item.season, " on line ", item.season_line,
                      "; expected one seasonal period per item"));
      }
    }
    const csv_position at = r.position(c_period);
    data.add(k, key, value, at.line, at.column);
  }

  const csv_assembly_rules rules{.sum_duplicates = o.duplicates == duplicate_policy::sum,
                                 .allow_gaps = o.gaps != gap_policy::error,
                                 .zero_fill = o.gaps == gap_policy::zero,
                                 .max_gap = static_cast<std::uint64_t>(o.max_gap)};
  const index default_season = default_seasonal_period(o);
  const std::vector<std::size_t> start = data.group();
  panel<Scalar> p;
  p.reserve(static_cast<index>(data.ids.size()), static_cast<index>(data.rows.size()));
  std::vector<Scalar> values;
  for (std::size_t i = 0; i < data.ids.size(); ++i) {
    const std::span<csv_panel_row<Scalar>> rows(data.rows.data() + start[i],
                                                start[i + 1] - start[i]);
    const auto st = assemble(rows, data.items[i].sorted, rules, values);
    const csv_label_map* item_labels = is_label ? &labels[i] : nullptr;
    if (st.error != csv_assembly_error::none) {
      const auto& row = rows[st.row];
      const auto& other = rows[st.other];
      const std::string id = excerpt(data.ids[i]);
      const std::string at = excerpt(period_text(o.periods, item_labels, row.key));
      const std::string before = excerpt(period_text(o.periods, item_labels, other.key));
      switch (st.error) {
        case csv_assembly_error::duplicate:
          raise_csv(where, r.name(), row.line, row.column, "duplicate period ", at, " of item ", id,
                    " (first on line ", other.line,
                    "); expected one row per item and period, or duplicates = sum");
        case csv_assembly_error::sum_not_finite:
          raise_csv(where, r.name(), row.line, row.column, "sum of the rows for period ", at,
                    " of item ", id,
                    " is out of the range of the scalar type; expected a smaller total");
        default:
          raise_csv(where, r.name(), row.line, row.column, "period ", at, " of item ", id,
                    " follows ", before, " on line ", other.line, ": ", st.missing,
                    " periods are missing; expected ",
                    st.error == csv_assembly_error::gap
                        ? "consecutive periods (gaps = error)"
                        : concat("at most max_gap = ", o.max_gap, " (a typo in a period?)"));
      }
    }
    const index season = data.items[i].season;
    p.add(std::move(data.ids[i]),
          Eigen::Map<const vector<Scalar>>(values.data(), static_cast<index>(values.size())),
          season > 0 ? season : default_season,
          period_text(o.periods, item_labels, rows.front().key));
  }
  return p;
}

}  // namespace foresight::core::detail

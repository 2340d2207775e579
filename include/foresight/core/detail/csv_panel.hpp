// SPDX-License-Identifier: Apache-2.0
/// \file
/// Row store and per-item assembly behind `core::read_panel`: kept rows are appended to one
/// array (sequential writes, whatever the row order of the file), grouped by item with a stable
/// counting sort when the file is not already grouped, then each item's rows are put in period
/// order, duplicates combined and gaps filled; failures come back as a status naming the rows.
/// Internal to `core/csv.hpp`.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <foresight/core/detail/csv_parse.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core::detail {

/// One kept row of a long-format file (32 bytes for double).
template <std::floating_point Scalar>
struct csv_panel_row {
  std::int64_t key = 0;     // period as an index (integer, month or day index, label ordinal)
  Scalar value = 0;         // NaN when missing
  index line = 0;           // where the period field is, for messages
  std::int32_t column = 0;  // its column (saturated at INT32_MAX)
  std::uint32_t item = 0;   // item in order of first appearance
};

/// What the file said about one item so far (compact: touched on every row).
struct csv_panel_item {
  std::int64_t last_key = 0;  // key of its latest row
  index count = 0;            // rows kept
  index season = 0;           // from the seasonal-period column; 0 until seen
  index season_line = 0;
  bool sorted = true;  // keys non-decreasing in file order so far
};

/// Kept rows and items of a long-format file, in file order.
template <std::floating_point Scalar>
struct csv_panel_rows {
  std::vector<std::string> ids;
  std::vector<csv_panel_item> items;
  std::vector<csv_panel_row<Scalar>> rows;
  index runs = 0;  // number of maximal runs of rows of one item (== ids.size(): grouped file)

  /// Appends a row of item `k`, keeping the item's order and run statistics.
  void add(std::size_t k, std::int64_t key, Scalar value, index line, index column) {
    auto& it = items[k];
    if (it.count > 0 && key < it.last_key)
      it.sorted = false;
    if (rows.empty() || rows.back().item != k)
      ++runs;
    it.last_key = key;
    ++it.count;
    const auto col = static_cast<std::int32_t>(
        std::min<index>(column, std::numeric_limits<std::int32_t>::max()));
    rows.push_back({key, value, line, col, static_cast<std::uint32_t>(k)});
  }

  /// Groups the rows by item (stable: file order within an item); returns the start of each
  /// item's rows (items + 1 offsets).
  std::vector<std::size_t> group() {
    std::vector<std::size_t> start(items.size() + 1, 0);
    for (std::size_t k = 0; k < items.size(); ++k)
      start[k + 1] = start[k] + static_cast<std::size_t>(items[k].count);
    if (runs == static_cast<index>(items.size()))
      return start;  // each item's rows are already one run, in order of first appearance
    std::vector<csv_panel_row<Scalar>> grouped(rows.size());
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (const auto& r : rows)
      grouped[next[r.item]++] = r;
    rows.swap(grouped);
    return start;
  }
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

/// Writes the series of one item's `rows` into `out` (cleared first): rows sorted by period
/// unless `sorted` (stable, so duplicates keep file order), duplicates summed in double
/// precision skipping NaN (all NaN gives NaN), gaps filled with NaN or 0.
template <std::floating_point Scalar>
[[nodiscard]] csv_assembly_status assemble(std::span<csv_panel_row<Scalar>> rows, bool sorted,
                                           const csv_assembly_rules& rules,
                                           std::vector<Scalar>& out) {
  if (!sorted) {
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

/// Item ids → their position in order of first appearance: open addressing with linear
/// probing over 8-byte slots (position + 1, upper hash bits), so a lookup touches one or two
/// cache lines of a small table instead of a chain of heap nodes, whatever the row order.
/// References: Knuth (1998), The Art of Computer Programming vol. 3, section 6.4, algorithm L.
class csv_id_table {
 public:
  /// Position of `id` (whose hash is `h`) among `ids`, or `npos`.
  [[nodiscard]] std::size_t find(std::string_view id, std::size_t h,
                                 const std::vector<std::string>& ids) const noexcept {
    if (slots_.empty())
      return npos;
    const auto tag = static_cast<std::uint32_t>(h >> 32U);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const slot s = slots_[i];
      if (s.position == 0)
        return npos;
      if (s.tag == tag && ids[s.position - 1] == id)
        return s.position - 1;
    }
  }

  /// Records that the id with hash `h` is at `position` (not already present).
  void insert(std::size_t h, std::size_t position) {
    if (2 * (size_ + 1) > slots_.size())
      grow();
    place({static_cast<std::uint32_t>(position + 1), static_cast<std::uint32_t>(h >> 32U)}, h);
    hashes_.push_back(h);
    ++size_;
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

 private:
  struct slot {
    std::uint32_t position = 0;  // position + 1; 0: empty
    std::uint32_t tag = 0;       // upper 32 bits of the hash
  };

  void place(slot s, std::size_t h) {
    std::size_t i = h & mask_;
    while (slots_[i].position != 0)
      i = (i + 1) & mask_;
    slots_[i] = s;
  }

  void grow() {  // keeps the load factor at most 1/2
    slots_.assign(std::max<std::size_t>(64, 2 * slots_.size()), slot{});
    mask_ = slots_.size() - 1;
    for (std::size_t k = 0; k < hashes_.size(); ++k) {
      place({static_cast<std::uint32_t>(k + 1), static_cast<std::uint32_t>(hashes_[k] >> 32U)},
            hashes_[k]);
    }
  }

  std::vector<slot> slots_;
  std::vector<std::size_t> hashes_;  // by position, for rehashing
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

/// Label periods: each item's labels in order of first appearance (ordinal = key).
using csv_label_map =
    std::unordered_map<std::string, std::int64_t, csv_string_hash, std::equal_to<>>;

}  // namespace foresight::core::detail

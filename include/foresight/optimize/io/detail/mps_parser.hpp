// SPDX-License-Identifier: Apache-2.0
/// \file
/// Line-by-line parser of fixed and free MPS text into an `lp::model`. Internal to
/// `optimize/io/mps.hpp`.
/// References: IBM, "MPS file format" (CPLEX documentation, fixed fields at columns 2, 5, 15,
/// 25, 40, 50; RANGES and negative-UP rules); Maros (2003), "Computational Techniques of the
/// Simplex Method", sec. 4.1 (the MPS format).
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/model.hpp>

namespace foresight::optimize::io::detail {

/// Where the parser is in the file.
enum class mps_section { none, name, objsense, rows, columns, rhs, ranges, bounds, endata };

/// Settings the parser needs (a subset of `io::mps_options`).
struct mps_parse_settings {
  bool fixed = false;                  ///< fixed columns (true) or whitespace-separated fields
  double integer_default_upper = 1.0;  ///< upper bound of MARKER integer columns without bounds
  double infinity_threshold = 1e30;    ///< |value| >= this in RHS/RANGES/BOUNDS means infinite
};

/// The parse error: message without location, plus the 1-based line.
struct mps_parse_error {
  core::index line = 0;
  std::string message;
};

/// Splits `line` on spaces and tabs.
inline void split_fields(std::string_view line, std::vector<std::string_view>& out) {
  out.clear();
  std::size_t k = 0;
  while (k < line.size()) {
    while (k < line.size() && (line[k] == ' ' || line[k] == '\t'))
      ++k;
    const std::size_t s = k;
    while (k < line.size() && line[k] != ' ' && line[k] != '\t')
      ++k;
    if (k > s)
      out.push_back(line.substr(s, k - s));
  }
}

/// Text of the fixed field starting at 0-based column `start` with width `width`, trimmed.
[[nodiscard]] inline std::string_view fixed_field(std::string_view line, std::size_t start,
                                                  std::size_t width) {
  if (start >= line.size())
    return {};
  std::string_view f = line.substr(start, width);
  while (!f.empty() && (f.front() == ' ' || f.front() == '\t'))
    f.remove_prefix(1);
  while (!f.empty() && (f.back() == ' ' || f.back() == '\t'))
    f.remove_suffix(1);
  return f;
}

/// Numeric fixed field: like `fixed_field`, but a number that runs past the field's end (long
/// numbers written by some tools) is taken up to the next blank.
[[nodiscard]] inline std::string_view fixed_number(std::string_view line, std::size_t start,
                                                   std::size_t width) {
  if (start >= line.size())
    return {};
  std::size_t end = std::min(line.size(), start + width);
  while (end < line.size() && line[end] != ' ' && line[end] != '\t' && end > start &&
         line[end - 1] != ' ')
    ++end;
  return fixed_field(line.substr(0, end), start, end - start);
}

/// The six fields of a fixed-format data line (columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61).
struct fixed_fields {
  std::string_view type{};
  std::string_view name1{};
  std::string_view name2{};
  std::string_view value1{};
  std::string_view name3{};
  std::string_view value2{};
};

/// Splits a fixed-format data line into its fields.
[[nodiscard]] inline fixed_fields split_fixed(std::string_view line) {
  return {fixed_field(line, 1, 2),    fixed_field(line, 4, 8),  fixed_field(line, 14, 8),
          fixed_number(line, 24, 12), fixed_field(line, 39, 8), fixed_number(line, 49, 12)};
}

/// Transparent string hash: name lookups by string_view without building a std::string.
struct name_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

/// Map from names to indices with string_view lookups.
using name_map = std::unordered_map<std::string, core::index, name_hash, std::equal_to<>>;

/// Parses an MPS model from its lines; throws `mps_parse_error`.
class mps_parser {
 public:
  explicit mps_parser(mps_parse_settings settings) : settings_(settings) {}

  /// Parses the whole text.
  lp::model parse(std::string_view text) {
    std::size_t pos = 0;
    bool ended = false;
    while (pos <= text.size() && !ended) {
      std::size_t eol = text.find('\n', pos);
      if (eol == std::string_view::npos)
        eol = text.size();
      std::string_view line = text.substr(pos, eol - pos);
      if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
      ++line_;
      ended = parse_line(line);
      if (eol == text.size())
        break;
      pos = eol + 1;
      if (pos == text.size())
        break;  // the final newline ends the last line; it does not start another
    }
    if (!ended)
      fail("file ends without ENDATA; expected an ENDATA line");
    finish();
    return std::move(model_);
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw mps_parse_error{std::max<core::index>(line_, 1), message};
  }
  template <typename... Args>
  [[noreturn]] void failf(const Args&... args) const {
    fail(core::detail::concat(args...));
  }

  // Returns true at ENDATA.
  bool parse_line(std::string_view line) {
    if (line.empty() || line.front() == '*')
      return false;
    bool blank = true;
    for (char ch : line) {
      if (ch != ' ' && ch != '\t' && ch != '\r')
        blank = false;
    }
    if (blank)
      return false;
    if (line.front() != ' ' && line.front() != '\t')
      return parse_header(line);
    switch (section_) {
      case mps_section::none:
      case mps_section::name:
      case mps_section::endata:
        fail("data line outside a section; expected a section header (NAME, ROWS, ...)");
      case mps_section::objsense:
        parse_objsense(line);
        break;
      case mps_section::rows:
        parse_row(line);
        break;
      case mps_section::columns:
        parse_column(line);
        break;
      case mps_section::rhs:
        parse_rhs_or_range(line, false);
        break;
      case mps_section::ranges:
        parse_rhs_or_range(line, true);
        break;
      case mps_section::bounds:
        parse_bound(line);
        break;
    }
    return false;
  }

  bool parse_header(std::string_view line) {
    split_fields(line, fields_);
    const std::string_view key = fields_[0];
    mps_section next = mps_section::none;
    if (key == "NAME") {
      next = mps_section::name;
    } else if (key == "OBJSENSE" || key == "OBJSENS") {
      next = mps_section::objsense;
    } else if (key == "ROWS") {
      next = mps_section::rows;
    } else if (key == "COLUMNS") {
      next = mps_section::columns;
    } else if (key == "RHS") {
      next = mps_section::rhs;
    } else if (key == "RANGES") {
      next = mps_section::ranges;
    } else if (key == "BOUNDS") {
      next = mps_section::bounds;
    } else if (key == "ENDATA") {
      next = mps_section::endata;
    } else {
      failf("unknown section '", key,
            "'; expected NAME, OBJSENSE, ROWS, COLUMNS, RHS, RANGES, BOUNDS or ENDATA");
    }
    const auto id = static_cast<unsigned>(next);
    if ((seen_sections_ >> id) & 1U)
      failf("section ", key, " appears twice; expected each section at most once");
    seen_sections_ |= 1U << id;
    if (section_ == mps_section::rows && !has_objective_)
      fail("no objective (N) row in ROWS; expected at least one N row");
    switch (next) {
      case mps_section::name:
        if (section_ != mps_section::none)
          fail("NAME after other sections; expected NAME first");
        if (fields_.size() > 1)
          model_.set_name(
              std::string(settings_.fixed ? first_word(fixed_field(line, 14, 72)) : fields_[1]));
        break;
      case mps_section::objsense:
        if (fields_.size() > 1) {
          set_sense(fields_[1]);
          objsense_done_ = true;
        }
        break;
      case mps_section::rows:
        if (section_ > mps_section::objsense)
          fail("ROWS after COLUMNS or later sections; expected ROWS before COLUMNS");
        break;
      case mps_section::columns:
        if (section_ != mps_section::rows)
          fail("COLUMNS without a preceding ROWS section; expected ROWS before COLUMNS");
        break;
      case mps_section::rhs:
      case mps_section::ranges:
      case mps_section::bounds:
        if (!((seen_sections_ >> static_cast<unsigned>(mps_section::columns)) & 1U))
          failf(key, " before COLUMNS; expected COLUMNS first");
        break;
      case mps_section::endata:
        if (!has_objective_)
          fail("ENDATA before any objective row; expected ROWS with an N row");
        break;
      case mps_section::none:
        break;
    }
    section_ = next;
    return next == mps_section::endata;
  }

  static std::string_view first_word(std::string_view s) {
    const std::size_t e = s.find_first_of(" \t");
    return e == std::string_view::npos ? s : s.substr(0, e);
  }

  void set_sense(std::string_view s) {
    if (s == "MAX" || s == "MAXIMIZE" || s == "MAXIMISE") {
      model_.set_sense(lp::objective_sense::maximize);
    } else if (s == "MIN" || s == "MINIMIZE" || s == "MINIMISE") {
      model_.set_sense(lp::objective_sense::minimize);
    } else {
      failf("objective sense '", s, "'; expected MAX, MAXIMIZE, MIN or MINIMIZE");
    }
  }

  void parse_objsense(std::string_view line) {
    if (objsense_done_)
      fail("second line in OBJSENSE; expected one MAX or MIN line");
    split_fields(line, fields_);
    if (fields_.size() != 1)
      failf("OBJSENSE line has ", fields_.size(), " fields; expected MAX or MIN");
    set_sense(fields_[0]);
    objsense_done_ = true;
  }

  double number(std::string_view s, std::string_view what) const {
    if (s.empty())
      failf("missing ", what, "; expected a number");
    std::string_view t = s;
    if (t.front() == '+')
      t.remove_prefix(1);
    double v = 0;
    const auto r = std::from_chars(t.data(), t.data() + t.size(), v);
    if (t.empty() || r.ec != std::errc{} || r.ptr != t.data() + t.size() || std::isnan(v))
      failf("bad number '", s, "' for ", what, "; expected a decimal number");
    return v;
  }

  // A value in RHS, RANGES or BOUNDS: huge magnitudes mean infinity.
  double bound_number(std::string_view s, std::string_view what) const {
    const double v = number(s, what);
    if (v >= settings_.infinity_threshold)
      return lp::infinity;
    if (v <= -settings_.infinity_threshold)
      return -lp::infinity;
    return v;
  }

  // ------------------------------------------------------------------ ROWS
  void parse_row(std::string_view line) {
    std::string_view type;
    std::string_view name;
    if (settings_.fixed) {
      type = fixed_field(line, 1, 2);
      name = fixed_field(line, 4, 8);
      if (!fixed_field(line, 12, std::string_view::npos).empty())
        fail("ROWS line has text after the row name; expected type and name only");
    } else {
      split_fields(line, fields_);
      if (fields_.size() != 2)
        failf("ROWS line has ", fields_.size(), " fields; expected a type and a name");
      type = fields_[0];
      name = fields_[1];
    }
    if (name.empty())
      fail("ROWS line without a row name; expected type and name");
    const std::string key(name);
    if (row_index_.count(key) != 0 || key == objective_name_ || dropped_rows_.count(key) != 0)
      failf("row '", name, "' declared twice; expected unique row names");
    if (type == "N") {
      if (!has_objective_) {
        has_objective_ = true;
        objective_name_ = key;
        model_.set_objective_name(key);
      } else {
        dropped_rows_.emplace(key, 0);  // extra free rows are dropped with their entries
      }
      return;
    }
    double lo = 0;
    double hi = 0;
    if (type == "L") {
      lo = -lp::infinity;
    } else if (type == "G") {
      hi = lp::infinity;
    } else if (type != "E") {
      failf("row type '", type, "'; expected N, L, G or E");
    }
    const core::index i = model_.add_row(lo, lp::linear_expression{}, hi, key);
    row_index_.emplace(key, i);
    row_type_.push_back(type.front());
  }

  // --------------------------------------------------------------- COLUMNS
  // Returns -1 for the objective, -2 for a dropped free row, else the row index.
  core::index find_row(std::string_view name, std::string_view section) const {
    if (name == objective_name_)
      return -1;
    const auto it = row_index_.find(name);
    if (it != row_index_.end())
      return it->second;
    if (dropped_rows_.find(name) != dropped_rows_.end())
      return -2;
    failf("unknown row '", name, "' in ", section, "; expected a row declared in ROWS");
  }

  void parse_column(std::string_view line) {
    split_fields(line, fields_);
    if (fields_.size() >= 3 && fields_[1] == "'MARKER'") {
      const std::string_view kind = fields_.size() > 2 ? fields_[2] : std::string_view{};
      if (kind == "'INTORG'") {
        in_integer_block_ = true;
      } else if (kind == "'INTEND'") {
        in_integer_block_ = false;
      } else {
        failf("MARKER '", kind, "'; expected 'INTORG' or 'INTEND'");
      }
      return;
    }
    fixed_fields f;
    if (settings_.fixed) {
      f = split_fixed(line);
      if (f.name1.empty())
        fail("COLUMNS line without a column name; expected the name in columns 5-12");
    } else {
      if (fields_.size() != 3 && fields_.size() != 5)
        failf("COLUMNS line has ", fields_.size(),
              " fields; expected column, row, value [, row, value]");
      f.name1 = fields_[0];
      f.name2 = fields_[1];
      f.value1 = fields_[2];
      if (fields_.size() == 5) {
        f.name3 = fields_[3];
        f.value2 = fields_[4];
      }
    }
    const std::string_view col = f.name1;
    if (col != current_col_name_ || current_col_ < 0) {
      const std::string key(col);
      if (col_index_.find(col) != col_index_.end())
        failf("column '", col,
              "' appears again after other columns; expected all its entries together");
      const lp::variable v = model_.add_variable({.lower = 0,
                                                  .upper = lp::infinity,
                                                  .cost = 0,
                                                  .name = key,
                                                  .integer = in_integer_block_});
      current_col_ = v.id;
      current_col_name_ = key;
      col_index_.emplace(key, v.id);
      col_marked_integer_.push_back(in_integer_block_ ? 1 : 0);
      objective_seen_ = false;
    }
    add_entry(f.name2, f.value1);
    if (!f.name3.empty() || !f.value2.empty())
      add_entry(f.name3, f.value2);
  }

  void add_entry(std::string_view row, std::string_view value) {
    if (row.empty())
      fail("COLUMNS entry without a row name; expected row and value");
    const double v = number(value, "a coefficient");
    if (!std::isfinite(v))
      failf("coefficient '", value, "' is not finite; expected a finite number");
    const core::index i = find_row(row, "COLUMNS");
    if (i == -2)
      return;
    if (i == -1) {
      if (objective_seen_)
        failf("duplicate entry for row '", row, "' in column '", current_col_name_,
              "'; expected each row once per column");
      objective_seen_ = true;
      model_.set_cost(current_col_, v);
      return;
    }
    if (row_stamp_.empty())
      row_stamp_.assign(static_cast<std::size_t>(model_.num_rows()), -1);
    core::index& stamp = row_stamp_[static_cast<std::size_t>(i)];
    if (stamp == current_col_)
      failf("duplicate entry for row '", row, "' in column '", current_col_name_,
            "'; expected each row once per column");
    stamp = current_col_;
    model_.add_coefficient(i, current_col_, v);
  }

  // ----------------------------------------------------------- RHS, RANGES
  void parse_rhs_or_range(std::string_view line, bool is_range) {
    const std::string_view section = is_range ? "RANGES" : "RHS";
    fixed_fields f;
    if (settings_.fixed) {
      f = split_fixed(line);
    } else {
      split_fields(line, fields_);
      std::size_t k = 0;
      if (fields_.size() == 3 || fields_.size() == 5) {
        f.name1 = fields_[0];
        k = 1;
      } else if (fields_.size() != 2 && fields_.size() != 4) {
        failf(section, " line has ", fields_.size(),
              " fields; expected [set,] row, value [, row, value]");
      }
      f.name2 = fields_[k];
      f.value1 = fields_[k + 1];
      if (fields_.size() - k == 4) {
        f.name3 = fields_[k + 2];
        f.value2 = fields_[k + 3];
      }
    }
    const std::string_view set = f.name1;
    std::string& chosen = is_range ? range_set_ : rhs_set_;
    bool& has_set = is_range ? has_range_set_ : has_rhs_set_;
    if (!has_set) {
      chosen = std::string(set);
      has_set = true;
    }
    const bool use = set == chosen;  // only the first set counts; later sets are skipped
    rhs_range_entry(f.name2, f.value1, is_range, use, section);
    if (!f.name3.empty() || !f.value2.empty())
      rhs_range_entry(f.name3, f.value2, is_range, use, section);
  }

  void rhs_range_entry(std::string_view row, std::string_view value, bool is_range, bool use,
                       std::string_view section) {
    if (row.empty())
      failf(section, " entry without a row name; expected row and value");
    const double v = bound_number(value, is_range ? "a range" : "a right-hand side");
    const core::index i = find_row(row, section);
    if (!use || i == -2)
      return;
    if (i == -1) {
      if (is_range)
        return;  // a range on the objective row means nothing
      if (objective_rhs_seen_)
        failf("duplicate right-hand side for the objective row '", row, "'; expected at most one");
      if (!std::isfinite(v))
        failf("objective right-hand side '", value, "' is infinite; expected a finite number");
      objective_rhs_seen_ = true;
      // CPLEX/CLP/HiGHS convention: objective = c'x - rhs(objective row).
      model_.set_objective_offset(0.0 - v);
      return;
    }
    auto& store = is_range ? ranges_ : rhs_;
    if (store.empty())
      store.assign(static_cast<std::size_t>(model_.num_rows()), std::nan(""));
    double& slot = store[static_cast<std::size_t>(i)];
    if (!std::isnan(slot))
      failf("duplicate ", section, " entry for row '", row, "'; expected at most one");
    if (is_range && !std::isfinite(v))
      failf("range '", value, "' is infinite; expected a finite number");
    const char type = row_type_[static_cast<std::size_t>(i)];
    if (!is_range && !std::isfinite(v) && !(type == 'L' && v > 0) && !(type == 'G' && v < 0))
      failf("right-hand side '", value, "' of ", type, " row '", row,
            "' is infinite; expected a finite number (or +inf on L, -inf on G rows)");
    slot = v;
  }

  // ---------------------------------------------------------------- BOUNDS
  void parse_bound(std::string_view line) {
    std::string_view type;
    std::string_view set;
    std::string_view col;
    std::string_view value;
    if (settings_.fixed) {
      const fixed_fields f = split_fixed(line);
      type = f.type;
      set = f.name1;
      col = f.name2;
      value = f.value1;
    } else {
      split_fields(line, fields_);
      type = fields_[0];
      const bool needs_value = type == "UP" || type == "LO" || type == "FX" || type == "LI" ||
                               type == "UI" || type == "SC";
      const bool no_value = type == "FR" || type == "MI" || type == "PL";
      const std::size_t n = fields_.size();
      if (needs_value) {
        if (n == 4) {
          set = fields_[1];
          col = fields_[2];
          value = fields_[3];
        } else if (n == 3) {
          col = fields_[1];
          value = fields_[2];
        } else {
          failf("BOUNDS line has ", n, " fields; expected type, [set,] column, value");
        }
      } else if (no_value || type == "BV") {
        if (n == 3 || (type == "BV" && n == 4)) {
          set = fields_[1];
          col = fields_[2];
          if (n == 4)
            value = fields_[3];
        } else if (n == 2) {
          col = fields_[1];
        } else {
          failf("BOUNDS line has ", n, " fields; expected type, [set,] column");
        }
      }
    }
    if (!(type == "UP" || type == "LO" || type == "FX" || type == "FR" || type == "MI" ||
          type == "PL" || type == "BV" || type == "LI" || type == "UI")) {
      if (type == "SC")
        fail(
            "bound type SC (semi-continuous) is not supported; expected UP, LO, FX, FR, MI, "
            "PL, BV, LI or UI");
      failf("bound type '", type, "'; expected UP, LO, FX, FR, MI, PL, BV, LI or UI");
    }
    if (col.empty())
      fail("BOUNDS line without a column name; expected type, set, column [, value]");
    if (!has_bound_set_) {
      bound_set_ = std::string(set);
      has_bound_set_ = true;
    }
    const auto it = col_index_.find(col);
    if (it == col_index_.end())
      failf("unknown column '", col, "' in BOUNDS; expected a column declared in COLUMNS");
    double v = 0;
    const bool needs_value =
        type == "UP" || type == "LO" || type == "FX" || type == "LI" || type == "UI";
    if (needs_value || !value.empty())
      v = bound_number(value, "a bound");
    if (set != bound_set_)
      return;
    const core::index j = it->second;
    const auto sj = static_cast<std::size_t>(j);
    if (bound_seen_.empty()) {
      bound_seen_.assign(static_cast<std::size_t>(model_.num_cols()), 0);
      lower_set_.assign(static_cast<std::size_t>(model_.num_cols()), 0);
      lower_.assign(model_.col_lower().begin(), model_.col_lower().end());
      upper_.assign(model_.col_upper().begin(), model_.col_upper().end());
    }
    bound_seen_[sj] = 1;
    double& lo = lower_[sj];
    double& hi = upper_[sj];
    if (type == "UP" || type == "UI") {
      if (v == -lp::infinity)
        fail("upper bound is -infinity; expected a value above -1e30");
      hi = v;
      // Classic rule (CPLEX, HiGHS): a negative upper bound on a column whose lower bound was
      // left at its default 0 makes the lower bound -infinity.
      if (v < 0 && lo == 0 && lower_set_[sj] == 0)
        lo = -lp::infinity;
      if (type == "UI")
        model_.set_integer(j, true);
    } else if (type == "LO" || type == "LI") {
      if (v == lp::infinity)
        fail("lower bound is +infinity; expected a value below 1e30");
      lo = v;
      lower_set_[sj] = 1;
      if (type == "LI")
        model_.set_integer(j, true);
    } else if (type == "FX") {
      if (!std::isfinite(v))
        failf("fixed bound '", value, "' is infinite; expected a finite number");
      lo = v;
      hi = v;
      lower_set_[sj] = 1;
    } else if (type == "FR") {
      lo = -lp::infinity;
      hi = lp::infinity;
      lower_set_[sj] = 1;
    } else if (type == "MI") {
      lo = -lp::infinity;
      lower_set_[sj] = 1;
    } else if (type == "PL") {
      hi = lp::infinity;
    } else {  // BV
      lo = 0;
      hi = 1;
      lower_set_[sj] = 1;
      model_.set_integer(j, true);
    }
    if (lo > hi)
      failf("bounds of column '", col, "' cross (lower ", lo, " > upper ", hi,
            "); expected lower <= upper");
  }

  // ------------------------------------------------------------------ end
  void finish() {
    const core::index m = model_.num_rows();
    for (core::index i = 0; i < m; ++i) {
      const auto si = static_cast<std::size_t>(i);
      const double b = rhs_.empty() || std::isnan(rhs_[si]) ? 0.0 : rhs_[si];
      const char type = row_type_[si];
      double lo = type == 'L' ? -lp::infinity : b;
      double hi = type == 'G' ? lp::infinity : b;
      if (!ranges_.empty() && !std::isnan(ranges_[si])) {
        // MPS RANGES rule: L [b-|R|, b], G [b, b+|R|], E: R<0 [b+R, b], R>0 [b, b+R].
        const double r = ranges_[si];
        if (type == 'L') {
          lo = b - std::abs(r);
        } else if (type == 'G') {
          hi = b + std::abs(r);
        } else if (r < 0) {
          lo = b + r;
        } else {
          hi = b + r;
        }
      }
      if (std::isnan(lo) || std::isnan(hi) || lo > hi || lo == lp::infinity || hi == -lp::infinity)
        failf("row '", model_.row_names()[si], "' has bounds [", lo, ", ", hi,
              "] from its RHS and RANGES; expected finite, ordered bounds");
      model_.set_row_bounds(i, lo, hi);
    }
    for (core::index j = 0; j < model_.num_cols(); ++j) {
      const auto sj = static_cast<std::size_t>(j);
      const bool seen = !bound_seen_.empty() && bound_seen_[sj] != 0;
      if (seen) {
        model_.set_col_bounds(j, lower_[sj], upper_[sj]);
      } else if (col_marked_integer_[sj] != 0) {
        model_.set_col_bounds(j, 0.0, settings_.integer_default_upper);
      }
    }
  }

  mps_parse_settings settings_;
  lp::model model_;
  core::index line_ = 0;
  mps_section section_ = mps_section::none;
  unsigned seen_sections_ = 0;
  std::vector<std::string_view> fields_;
  bool objsense_done_ = false;
  bool has_objective_ = false;
  std::string objective_name_;
  name_map row_index_;
  name_map dropped_rows_;
  std::vector<char> row_type_;
  name_map col_index_;
  std::vector<std::uint8_t> col_marked_integer_;
  core::index current_col_ = -1;
  std::string current_col_name_;
  std::vector<core::index> row_stamp_;
  bool objective_seen_ = false;
  bool in_integer_block_ = false;
  std::string rhs_set_;
  std::string range_set_;
  std::string bound_set_;
  bool has_rhs_set_ = false;
  bool has_range_set_ = false;
  bool has_bound_set_ = false;
  bool objective_rhs_seen_ = false;
  std::vector<double> rhs_;
  std::vector<double> ranges_;
  std::vector<std::uint8_t> bound_seen_;
  std::vector<std::uint8_t> lower_set_;
  std::vector<double> lower_;
  std::vector<double> upper_;
};

}  // namespace foresight::optimize::io::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// CSV input and output: an RFC 4180 reader (`csv_reader`), `read_panel` for long-format sales
/// histories (item, period, value) into a `core::panel`, and writers for panels and forecasts.
/// Every malformed input raises `csv_error` (an `io_error`) naming the source, line and column.
///
/// Missing values: a value field equal to one of `csv_options::missing_values` ("NA", "",
/// "NaN", "nan" by default) is NaN; periods absent inside a series are NaN (or 0, or an error:
/// `gap_policy`); item, period and seasonal-period fields are never missing (an error).
/// References: Shafranovich (2005), RFC 4180 "Common Format and MIME Type for Comma-Separated
/// Values (CSV) Files"; ISO 8601 calendar dates (YYYY-MM-DD) and months (YYYY-MM).
#pragma once

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <istream>
#include <limits>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/detail/csv_panel.hpp>
#include <foresight/core/detail/csv_parse.hpp>
#include <foresight/core/detail/csv_tokenizer.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/forecast.hpp>
#include <foresight/core/series.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

/// A malformed or unreadable CSV input: an `io_error` that also carries where it happened.
class csv_error : public io_error {
 public:
  /// An error with message `what` at `line`:`column` of `source` (0: not applicable).
  csv_error(const std::string& what, const std::string& source, index line, index column)
      : io_error(what),
        source_(std::make_shared<const std::string>(source)),
        line_(line),
        column_(column) {}
  /// Name of the file or stream.
  [[nodiscard]] const std::string& source() const noexcept { return *source_; }
  /// 1-based line; 0 when the error concerns the whole input (e.g. a file that cannot be opened).
  [[nodiscard]] index line() const noexcept { return line_; }
  /// 1-based byte column within the line (a UTF-8 BOM is not counted); 0 when not meaningful.
  [[nodiscard]] index column() const noexcept { return column_; }

 private:
  std::shared_ptr<const std::string> source_;  // shared: copying an exception must not throw
  index line_ = 0;
  index column_ = 0;
};

/// Line and column (both 1-based) of a field in its source.
struct csv_position {
  /// 1-based line.
  index line = 0;
  /// 1-based byte column within the line.
  index column = 0;
};

/// Dialect of a CSV input. The defaults read RFC 4180 files and the usual spreadsheet exports.
struct csv_options {
  /// Field separator, e.g. ',', ';' or a tab; must differ from the quote, CR, LF and NUL.
  char delimiter = ',';
  /// Quote of RFC 4180 quoted fields (written twice inside one); must differ from CR, LF, NUL.
  char quote = '"';
  /// Decimal separator of numbers: '.' or ','. Thousands separators are never accepted.
  char decimal_point = '.';
  /// Fields read as missing (NaN) by numeric accessors, compared exactly after trimming; the
  /// writers write the first entry for NaN.
  std::vector<std::string> missing_values{"NA", "", "NaN", "nan"};
  /// Strip spaces and tabs (unless one is the delimiter) around fields, outside any quotes.
  bool trim_spaces = true;
};

namespace detail {
/// Throws `csv_error` with the message `where: source:line:column: what...`.
template <typename... Args>
[[noreturn]] void raise_csv(std::string_view where, const std::string& source, index line,
                            index column, const Args&... what) {
  std::string loc = source;
  if (line > 0)
    loc += concat(":", line);
  if (line > 0 && column > 0)
    loc += concat(":", column);
  throw csv_error(concat(where, ": ", loc, ": ", what...), source, line, column);
}

[[nodiscard]] inline bool is_line_char(char c) noexcept {
  return c == '\r' || c == '\n' || c == '\0';
}
}  // namespace detail

/// Throws invalid_input unless the dialect is usable (distinct delimiter, quote, decimal point).
inline void validate(const csv_options& o) {
  constexpr std::string_view where = "core::validate(csv_options)";
  detail::require(!detail::is_line_char(o.delimiter) && o.delimiter != o.quote, where,
                  "delimiter is ", detail::excerpt({&o.delimiter, 1}),
                  "; expected a character other than the quote, CR, LF and NUL");
  detail::require(!detail::is_line_char(o.quote), where, "quote is ",
                  detail::excerpt({&o.quote, 1}), "; expected a character other than CR, LF, NUL");
  detail::require(
      (o.decimal_point == '.' || o.decimal_point == ',') && o.decimal_point != o.delimiter, where,
      "decimal_point is ", detail::excerpt({&o.decimal_point, 1}),
      "; expected '.' or ',', different from the delimiter");
}

struct csv_panel_options;
class csv_reader;
namespace detail {
template <std::floating_point Scalar>
panel<Scalar> read_panel_from(csv_reader& r, const csv_panel_options& o);
}  // namespace detail

/// Streaming RFC 4180 reader: a header row, then one record at a time. Handles quoted fields
/// with "" escapes and line breaks (line numbers stay those of the file), CRLF, LF and lone CR
/// line ends, a UTF-8 byte-order mark, and skips empty lines. Every record must have as many
/// fields as the header. A quote inside an unquoted field is kept as data. Files and streams are
/// read in blocks (4 KiB doubling to 1 MiB), so memory is bounded by the longest record.
///
/// Throws: csv_error (an io_error) for an unreadable or malformed input, with source:line:column.
/// Example: `core::csv_reader r("sales.csv"); const core::index q = r.column("qty");`
///          `while (r.next()) total += r.number<double>(q);`
class csv_reader {
 public:
  /// Opens `path` and reads its header row.
  /// Throws: invalid_input for bad options; csv_error if the file cannot be read, is empty, or
  /// its header repeats a column name (empty names, from trailing delimiters, may repeat).
  explicit csv_reader(const std::filesystem::path& path, csv_options options = {})
      : name_(path.string()), options_(std::move(options)) {
    validate(options_);
    std::string error;
    if (!tok_.open(path, error)) {
      detail::raise_csv("core::csv_reader", name_, 0, 0, "cannot open the file: ", error,
                        "; expected a readable CSV file");
    }
    start();
  }

  /// Reads from `in` (which must outlive the reader); `name` stands for the stream in messages.
  /// Throws: as the path constructor.
  csv_reader(std::istream& in, std::string name, csv_options options = {})
      : name_(std::move(name)), options_(std::move(options)) {
    validate(options_);
    tok_.attach(in);
    start();
  }

  /// Reads from the string `text`; `name` stands for it in messages.
  /// Throws: as the path constructor.
  [[nodiscard]] static csv_reader from_string(std::string text, std::string name = "<string>",
                                              csv_options options = {}) {
    return csv_reader(std::move(text), std::move(name), std::move(options));
  }

  /// Name of the source (the path, or the name given for a stream or string).
  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  /// The dialect in use.
  [[nodiscard]] const csv_options& options() const noexcept { return options_; }
  /// Column names from the header row, in file order.
  [[nodiscard]] const std::vector<std::string>& header() const noexcept { return header_; }
  /// Line of the header row (1 unless empty lines precede it).
  [[nodiscard]] index header_line() const noexcept { return header_line_; }

  /// Position of column `column_name` in the header, if present.
  [[nodiscard]] std::optional<index> find_column(std::string_view column_name) const {
    for (std::size_t j = 0; j < header_.size(); ++j) {
      if (header_[j] == column_name)
        return static_cast<index>(j);
    }
    return std::nullopt;
  }

  /// Position of column `column_name` in the header.
  /// Throws: csv_error (at the header line) if there is no such column.
  [[nodiscard]] index column(std::string_view column_name) const {
    return require_column("core::csv_reader::column", column_name);
  }

  /// Reads the next record; false at the end of the input. Invalidates earlier fields.
  /// Throws: csv_error for a malformed record (field count, quotes, NUL byte) or a read error.
  bool next() {
    if (!tok_.next()) {
      if (tok_.error != detail::csv_scan_error::none)
        raise_scan_error();
      return false;
    }
    if (has_header_ && tok_.fields().size() != header_.size())
      raise_field_count();
    return true;
  }

  /// Number of fields of the current record (equal to the header's).
  [[nodiscard]] index size() const noexcept { return static_cast<index>(tok_.fields().size()); }

  /// Field `j` of the current record, unquoted and unescaped; valid until the next `next()`.
  /// Throws: invalid_input if j is out of range.
  [[nodiscard]] std::string_view field(index j) const { return tok_.text(ref(j)); }

  /// Line where the current record starts.
  [[nodiscard]] index line() const noexcept {
    return tok_.fields().empty() ? 0 : tok_.fields().front().line;
  }

  /// Line and column where field `j` of the current record starts (its opening quote if quoted).
  /// Throws: invalid_input if j is out of range.
  [[nodiscard]] csv_position position(index j) const { return {ref(j).line, ref(j).column}; }

  /// True when field `j` equals one of `options().missing_values`.
  /// Throws: invalid_input if j is out of range.
  [[nodiscard]] bool is_missing(index j) const {
    const std::string_view s = field(j);
    return std::any_of(options_.missing_values.begin(), options_.missing_values.end(),
                       [s](const std::string& token) { return token == s; });
  }

  /// Field `j` as a number; NaN when it is a missing-value token.
  /// Throws: csv_error if it is not a finite decimal number within the range of Scalar.
  template <std::floating_point Scalar = double>
  [[nodiscard]] Scalar number(index j) const {
    return parse_number<Scalar>("core::csv_reader::number", j);
  }

  /// Field `j` as a signed 64-bit integer.
  /// Throws: csv_error if it is not an integer (missing-value tokens included) or out of range.
  [[nodiscard]] std::int64_t integer(index j) const {
    std::int64_t v = 0;
    const auto status = detail::parse_integer(field(j), v);
    if (status != detail::field_status::ok) {
      fail("core::csv_reader::integer", j,
           detail::concat("field ", detail::excerpt(field(j)), " in column '", header_name(j),
                          status == detail::field_status::out_of_range ? "' is out of range"
                                                                       : "' is not an integer",
                          "; expected a whole number in the 64-bit range"));
    }
    return v;
  }

  /// Throws csv_error `where: source:line:column: what`, located at field `j` of the current
  /// record, for checks of the caller's own (e.g. a negative quantity).
  [[noreturn]] void fail(std::string_view where, index j, std::string_view what) const {
    detail::raise_csv(where, name_, ref(j).line, ref(j).column, what);
  }

 private:
  template <std::floating_point S>
  friend panel<S> detail::read_panel_from(csv_reader& r, const csv_panel_options& o);

  csv_reader(std::string text, std::string name, csv_options options)
      : name_(std::move(name)), options_(std::move(options)) {
    validate(options_);
    tok_.assign(std::move(text));
    start();
  }

  void start() {
    tok_.set_dialect(options_.delimiter, options_.quote, options_.trim_spaces);
    if (!tok_.skip_bom())
      raise_scan_error();
    if (!next()) {
      detail::raise_csv("core::csv_reader", name_, tok_.next_line(), 0,
                        "the input is empty; expected a header row");
    }
    header_line_ = line();
    const auto& fields = tok_.fields();
    header_.reserve(fields.size());
    for (std::size_t j = 0; j < fields.size(); ++j) {
      std::string h(tok_.text(fields[j]));
      // Unnamed columns (e.g. from a trailing delimiter) may repeat; named ones may not.
      const auto dup = h.empty() ? header_.end() : std::find(header_.begin(), header_.end(), h);
      if (dup != header_.end()) {
        detail::raise_csv("core::csv_reader", name_, fields[j].line, fields[j].column,
                          "duplicate column name ", detail::excerpt(h), " (also column ",
                          dup - header_.begin() + 1, "); expected unique column names");
      }
      header_.push_back(std::move(h));
    }
    has_header_ = true;
  }

  [[noreturn]] void raise_scan_error() const {
    constexpr std::string_view where = "core::csv_reader";
    const index l = tok_.error_line;
    const index c = tok_.error_column;
    switch (tok_.error) {
      case detail::csv_scan_error::nul_byte:
        detail::raise_csv(where, name_, l, c, "NUL byte; expected text");
      case detail::csv_scan_error::unterminated_quote:
        detail::raise_csv(where, name_, l, c, "quoted field is not closed; expected a closing ",
                          options_.quote, " before the end of the input");
      case detail::csv_scan_error::after_quote:
        detail::raise_csv(where, name_, l, c, "unexpected character after a closing quote",
                          "; expected the delimiter or a line end");
      default:
        detail::raise_csv(where, name_, l, c, "read failed: ", tok_.read_error,
                          "; expected a readable input");
    }
  }

  [[noreturn]] void raise_field_count() const {
    const auto& fields = tok_.fields();
    const auto n = fields.size();
    const auto expected = header_.size();
    const bool extra = n > expected;
    detail::raise_csv("core::csv_reader", name_, extra ? fields[expected].line : tok_.end_line,
                      extra ? fields[expected].column : tok_.end_column, "record has ", n,
                      n == 1 ? " field" : " fields", "; expected ", expected, " as in the header");
  }

  [[nodiscard]] index require_column(std::string_view where, std::string_view column_name) const {
    if (const auto j = find_column(column_name))
      return *j;
    std::string found;
    for (const auto& h : header_)
      found += (found.empty() ? "" : ", ") + detail::excerpt(h);
    detail::raise_csv(where, name_, header_line_, 0, "missing column ",
                      detail::excerpt(column_name), "; expected it in the header (found ", found,
                      ")");
  }

  template <std::floating_point Scalar>
  [[nodiscard]] Scalar parse_number(std::string_view where, index j) const {
    if (is_missing(j))
      return missing<Scalar>();
    Scalar v{};
    const auto status = detail::parse_decimal(field(j), options_.decimal_point, v);
    if (status == detail::field_status::ok)
      return v;
    const std::string what =
        detail::concat("value ", detail::excerpt(field(j)), " in column '", header_name(j), "' ");
    if (status == detail::field_status::not_finite)
      fail(where, j, what + "is not finite; expected a finite number or a missing-value token");
    if (status == detail::field_status::out_of_range) {
      fail(where, j,
           what + "is out of the range of " +
               (sizeof(Scalar) < sizeof(double) ? "float" : "double") +
               "; expected a representable number");
    }
    fail(where, j,
         what + "is not a number; expected a decimal number with decimal point '" +
             options_.decimal_point + "' or a missing-value token");
  }

  [[nodiscard]] const detail::csv_field_ref& ref(index j) const {
    const auto& fields = tok_.fields();
    if (j < 0 || j >= static_cast<index>(fields.size()))
      raise_field_index(j, fields.size());
    return fields[static_cast<std::size_t>(j)];
  }

  [[noreturn]] static void raise_field_index(index j, std::size_t size) {
    detail::raise<invalid_input>("core::csv_reader", "field index ", j,
                                 " is out of range; expected 0 <= j < ", size);
  }

  [[nodiscard]] std::string header_name(index j) const {
    return j >= 0 && j < static_cast<index>(header_.size()) ? header_[static_cast<std::size_t>(j)]
                                                            : std::string{};
  }

  detail::csv_tokenizer tok_;
  std::string name_;
  csv_options options_;
  std::vector<std::string> header_;
  index header_line_ = 0;
  bool has_header_ = false;
};

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

namespace detail {
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
}  // namespace detail

namespace detail {
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
}  // namespace detail

/// Layout of a forecast file written by `write_forecasts`.
struct csv_forecast_options {
  /// Name of the identifier column.
  std::string id_column = "series_id";
  /// Also write each step's standard deviation (column `sd`, after `mean`).
  bool include_sd = false;
  /// Dialect: delimiter, decimal point; NaN is written as the first missing-value token.
  csv_options csv{};
};

namespace detail {
// Appends a value: NaN as the missing token, else the shortest round-trip decimal.
template <std::floating_point Scalar>
void append_value(std::string& out, Scalar v, const csv_options& o, std::string_view where) {
  if (std::isnan(v)) {
    require(!o.missing_values.empty(), where,
            "a value is NaN; expected a missing-value token in csv.missing_values to write it");
    out += o.missing_values.front();
  } else {
    require(std::isfinite(v), where, "a value is ", v, "; expected a finite number or NaN");
    append_number(out, v, o.decimal_point);
  }
}

// Writes the buffer to `out` once it is large, or always when `final`.
inline void flush_csv(std::ostream& out, std::string& buffer, bool final, std::string_view where) {
  if (!final && buffer.size() < (std::size_t{1} << 20U))
    return;
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  buffer.clear();
  if (!out)
    raise<io_error>(where, "writing to the stream failed; expected a writable stream");
}

// Opens `path` for writing, calls `write(stream)` and closes it, raising io_error on failure.
template <typename Write>
void write_file(const std::filesystem::path& path, std::string_view where, Write&& write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    raise_csv(where, path.string(), 0, 0, "cannot open the file for writing: ",
              std::error_code(errno, std::generic_category()).message(),
              "; expected a writable path");
  }
  write(out);
  out.close();
  if (!out)
    raise_csv(where, path.string(), 0, 0, "closing the file failed; expected a writable path");
}
}  // namespace detail

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

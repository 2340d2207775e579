// SPDX-License-Identifier: Apache-2.0
/// \file
/// Streaming RFC 4180 CSV reader (`csv_reader`), its dialect (`csv_options`) and `csv_error`,
/// the `io_error` that names the source, line and column of every malformed input.
/// References: Shafranovich (2005), RFC 4180 "Common Format and MIME Type for Comma-Separated
/// Values (CSV) Files".
#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <foresight/core/detail/csv_parse.hpp>
#include <foresight/core/detail/csv_tokenizer.hpp>
#include <foresight/core/error.hpp>
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

}  // namespace foresight::core

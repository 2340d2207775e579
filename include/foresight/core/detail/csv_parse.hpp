// SPDX-License-Identifier: Apache-2.0
/// \file
/// Field-level parsing and formatting for `core/csv_reader.hpp` and `core/csv.hpp`:
/// locale-independent numbers (`std::from_chars` / `std::to_chars`), integer, ISO year-month and
/// ISO date periods, quoting, and excerpts of bad fields for error messages. Functions here report
/// failures as status values; the reader turns them into `csv_error` with the file, line and
/// column.
#pragma once

#include <charconv>
#include <chrono>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <system_error>

namespace foresight::core::detail {

/// Outcome of parsing one field.
enum class field_status : int { ok = 0, invalid = 1, out_of_range = 2, not_finite = 3 };

/// Hash of strings usable for heterogeneous lookup with `std::string_view` keys.
struct csv_string_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

/// Drops one leading '+' (accepted as in most CSV readers); "+-1" stays invalid.
[[nodiscard]] inline std::string_view strip_plus(std::string_view s) noexcept {
  if (s.size() > 1 && s.front() == '+' && s[1] != '-' && s[1] != '+')
    s.remove_prefix(1);
  return s;
}

/// Parses a decimal number (fixed or scientific notation, `decimal_point` '.' or ',') into
/// `out`. Infinities and NaN spellings parse but report `not_finite`.
template <std::floating_point Scalar>
[[nodiscard]] field_status parse_decimal(std::string_view s, char decimal_point, Scalar& out) {
  s = strip_plus(s);
  if (s.empty())
    return field_status::invalid;
  const char* first = s.data();
  const char* last = s.data() + s.size();
  char local[96];
  std::string heap;
  if (decimal_point != '.') {
    // from_chars knows only '.'; a '.' in the input is then not a decimal point and is invalid.
    if (s.find('.') != std::string_view::npos)
      return field_status::invalid;
    char* dst = local;
    if (s.size() > sizeof(local)) {
      heap.assign(s);
      dst = heap.data();
    } else {
      s.copy(local, s.size());
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (dst[i] == decimal_point)
        dst[i] = '.';
    }
    first = dst;
    last = dst + s.size();
  }
  const auto [ptr, ec] = std::from_chars(first, last, out, std::chars_format::general);
  if (ec == std::errc::result_out_of_range)
    return field_status::out_of_range;
  if (ec != std::errc{} || ptr != last)
    return field_status::invalid;
  if (!std::isfinite(out))
    return field_status::not_finite;
  return field_status::ok;
}

/// Parses a base-10 signed integer (an optional sign, digits only).
[[nodiscard]] inline field_status parse_integer(std::string_view s, std::int64_t& out) {
  s = strip_plus(s);
  if (s.empty())
    return field_status::invalid;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out, 10);
  if (ec == std::errc::result_out_of_range)
    return field_status::out_of_range;
  if (ec != std::errc{} || ptr != s.data() + s.size())
    return field_status::invalid;
  return field_status::ok;
}

/// Value of the `count` ASCII digits at `s[at]`, or -1 if one of them is not a digit.
[[nodiscard]] inline int parse_digits(std::string_view s, std::size_t at, std::size_t count) {
  int v = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    const char c = s[i];
    if (c < '0' || c > '9')
      return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

/// Parses ISO "YYYY-MM" into the month index year·12 + (month − 1).
/// `invalid`: not of the form YYYY-MM; `out_of_range`: month outside 01..12.
[[nodiscard]] inline field_status parse_year_month(std::string_view s, std::int64_t& out) {
  if (s.size() != 7 || s[4] != '-')
    return field_status::invalid;
  const int y = parse_digits(s, 0, 4);
  const int m = parse_digits(s, 5, 2);
  if (y < 0 || m < 0)
    return field_status::invalid;
  if (m < 1 || m > 12)
    return field_status::out_of_range;
  out = std::int64_t{y} * 12 + (m - 1);
  return field_status::ok;
}

/// Parses ISO "YYYY-MM-DD" into days since 1970-01-01 (proleptic Gregorian calendar).
/// `invalid`: not of the form YYYY-MM-DD; `out_of_range`: no such day (2023-02-29, 2024-04-31).
[[nodiscard]] inline field_status parse_date(std::string_view s, std::int64_t& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-')
    return field_status::invalid;
  const int y = parse_digits(s, 0, 4);
  const int m = parse_digits(s, 5, 2);
  const int d = parse_digits(s, 8, 2);
  if (y < 0 || m < 0 || d < 0)
    return field_status::invalid;
  const std::chrono::year_month_day ymd{std::chrono::year{y},
                                        std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok())
    return field_status::out_of_range;
  out = std::chrono::sys_days{ymd}.time_since_epoch().count();
  return field_status::ok;
}

/// Appends `v` as exactly `width` digits (zero-padded); `v` must be in [0, 10^width).
inline void append_padded(std::string& out, long long v, int width) {
  char buf[24];
  for (int i = width - 1; i >= 0; --i) {
    buf[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  out.append(buf, static_cast<std::size_t>(width));
}

/// "YYYY-MM" of a month index year·12 + (month − 1) with year in 0..9999.
[[nodiscard]] inline std::string format_year_month(std::int64_t key) {
  std::string out;
  append_padded(out, key / 12, 4);
  out += '-';
  append_padded(out, key % 12 + 1, 2);
  return out;
}

/// "YYYY-MM-DD" of a day index (days since 1970-01-01) within years 0..9999.
[[nodiscard]] inline std::string format_date(std::int64_t key) {
  const std::chrono::year_month_day ymd{
      std::chrono::sys_days{std::chrono::days{static_cast<std::chrono::days::rep>(key)}}};
  std::string out;
  append_padded(out, static_cast<int>(ymd.year()), 4);
  out += '-';
  append_padded(out, static_cast<unsigned>(ymd.month()), 2);
  out += '-';
  append_padded(out, static_cast<unsigned>(ymd.day()), 2);
  return out;
}

/// Appends the shortest decimal form of `v` that reads back to the same `Scalar` (to_chars).
template <std::floating_point Scalar>
void append_number(std::string& out, Scalar v, char decimal_point) {
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof(buf), v);
  if (decimal_point != '.') {
    for (char* p = buf; p != res.ptr; ++p) {
      if (*p == '.')
        *p = decimal_point;
    }
  }
  out.append(buf, res.ptr);
}

/// Appends a signed integer.
inline void append_integer(std::string& out, std::int64_t v) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof(buf), v);
  out.append(buf, res.ptr);
}

/// Percentage label of a probability, at most 6 significant digits: 0.8 → "80", 0.975 → "97.5".
template <std::floating_point Scalar>
[[nodiscard]] std::string percent_label(Scalar p) {
  char buf[32];
  const auto res = std::to_chars(buf, buf + sizeof(buf), static_cast<double>(p) * 100.0,
                                 std::chars_format::general, 6);
  return std::string(buf, res.ptr);
}

/// Appends `s` as one CSV field, quoted (with "" escapes) when the reader would otherwise read
/// it differently: empty, containing the delimiter, the quote, CR or LF, or with a leading or
/// trailing space or tab (which the reader trims from unquoted fields).
inline void append_field(std::string& out, std::string_view s, char delimiter, char quote) {
  bool quote_it =
      s.empty() || s.front() == ' ' || s.front() == '\t' || s.back() == ' ' || s.back() == '\t';
  for (std::size_t i = 0; i < s.size() && !quote_it; ++i) {
    const char c = s[i];
    quote_it = c == delimiter || c == quote || c == '\r' || c == '\n';
  }
  if (!quote_it) {
    out.append(s);
    return;
  }
  out += quote;
  for (const char c : s) {
    if (c == quote)
      out += quote;
    out += c;
  }
  out += quote;
}

/// A field for an error message: single-quoted, at most 40 bytes, non-printable bytes as \xNN.
[[nodiscard]] inline std::string excerpt(std::string_view s) {
  constexpr std::size_t limit = 40;
  static constexpr char hex[] = "0123456789abcdef";
  std::string out = "'";
  for (std::size_t i = 0; i < s.size() && i < limit; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out += hex[c >> 4U];
      out += hex[c & 0xfU];
    } else {
      out += static_cast<char>(c);
    }
  }
  if (s.size() > limit)
    out += "...";
  out += '\'';
  return out;
}

}  // namespace foresight::core::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Output helpers of the CSV writers (`write_panel`, `write_forecasts`): values with the
/// missing-value token, buffered writes to a stream, and files opened and closed with checks.
/// Internal to `core/csv.hpp`.
#pragma once

#include <cerrno>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <ios>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>

#include <foresight/core/csv_reader.hpp>
#include <foresight/core/detail/csv_parse.hpp>
#include <foresight/core/error.hpp>

namespace foresight::core::detail {

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

}  // namespace foresight::core::detail

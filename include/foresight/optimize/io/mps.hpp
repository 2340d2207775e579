// SPDX-License-Identifier: Apache-2.0
/// \file
/// MPS reader and writer for `lp::model`: fixed and free format, `.mps.gz` (with zlib), the
/// quirks of real files (names with spaces, blank set names, empty RHS, extra free rows, MARKER
/// integer blocks, negative UP bounds, RANGES on E rows, OBJSENSE).
/// References: IBM, "MPS file format" (CPLEX documentation); Maros (2003), "Computational
/// Techniques of the Simplex Method", sec. 4.1.
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#if defined(FORESIGHT_HAS_ZLIB)
#include <zlib.h>
#endif

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/optimize/io/detail/mps_parser.hpp>
#include <foresight/optimize/lp/model.hpp>

namespace foresight::optimize::io {

/// Layout of MPS fields (append-only).
enum class mps_format : int {
  automatic = 0,  ///< free (whitespace-separated) if the file parses that way, else fixed
  fixed = 1,      ///< fields at columns 2, 5, 15, 25, 40, 50 (names may contain spaces)
  free = 2,       ///< whitespace-separated fields (names without spaces, any length)
};

/// Name of an MPS format.
[[nodiscard]] constexpr std::string_view to_string(mps_format f) noexcept {
  switch (f) {
    case mps_format::automatic:
      return "automatic";
    case mps_format::fixed:
      return "fixed";
    case mps_format::free:
      return "free";
  }
  return "unknown";
}

/// Options of the MPS reader.
struct mps_options {
  /// Field layout; `automatic` tries free first and falls back to fixed columns.
  mps_format format = mps_format::automatic;
  /// Upper bound of a MARKER-integer column that no BOUNDS line mentions: 1 as in CPLEX, HiGHS
  /// and SAS; set `lp::infinity` for GLPK's convention. Must be >= 0.
  double integer_default_upper = 1.0;
  /// Values in RHS, RANGES and BOUNDS with magnitude >= this are infinite; > 0.
  double infinity_threshold = 1e30;
};

/// Throws invalid_input unless every field of `o` is in range.
/// Example: `io::validate(io::mps_options{.infinity_threshold = 1e20});`
inline void validate(const mps_options& o) {
  constexpr std::string_view where = "io::validate(mps_options)";
  core::detail::require(o.integer_default_upper >= 0, where, "integer_default_upper is ",
                        o.integer_default_upper, "; expected >= 0");
  core::detail::require(o.infinity_threshold > 0, where, "infinity_threshold is ",
                        o.infinity_threshold, "; expected > 0");
  const auto f = static_cast<int>(o.format);
  core::detail::require(f >= 0 && f <= 2, where, "format is ", f, "; expected an mps_format value");
}

namespace detail {

/// Parses `text`; errors name the calling function `where` and `source:line`.
inline lp::model parse_mps(std::string_view text, std::string_view source, const mps_options& o,
                           std::string_view where) {
  const auto run = [&](bool fixed) {
    detail::mps_parser p({.fixed = fixed,
                          .integer_default_upper = o.integer_default_upper,
                          .infinity_threshold = o.infinity_threshold});
    return p.parse(text);
  };
  const auto raise = [&](const mps_parse_error& e) {
    core::detail::raise<core::io_error>(where, source, ":", e.line, ": ", e.message);
  };
  if (o.format != mps_format::automatic) {
    try {
      return run(o.format == mps_format::fixed);
    } catch (const mps_parse_error& e) {
      raise(e);
    }
  }
  mps_parse_error free_error;
  try {
    return run(false);
  } catch (const mps_parse_error& e) {
    free_error = e;
  }
  try {
    return run(true);
  } catch (const mps_parse_error& e) {
    // The layout that got further is the one the file was written in.
    raise(e.line > free_error.line ? e : free_error);
  }
  return {};
}

inline std::string read_file_text(const std::filesystem::path& path, std::string_view where) {
  std::string text;
#if defined(FORESIGHT_HAS_ZLIB)
  gzFile f = gzopen(path.string().c_str(), "rb");
  if (f == nullptr)
    core::detail::raise<core::io_error>(where, path.string(),
                                        ":0: cannot open file; expected a readable file");
  std::array<char, 1 << 16> buf{};
  for (;;) {
    const int got = gzread(f, buf.data(), static_cast<unsigned>(buf.size()));
    if (got < 0) {
      int code = 0;
      const std::string msg = gzerror(f, &code);
      gzclose(f);
      core::detail::raise<core::io_error>(where, path.string(), ":0: gzip error '", msg,
                                          "'; expected a complete gzip or plain text file");
    }
    if (got == 0)
      break;
    text.append(buf.data(), static_cast<std::size_t>(got));
  }
  gzclose(f);
#else
  std::ifstream in(path, std::ios::binary);
  if (!in)
    core::detail::raise<core::io_error>(where, path.string(),
                                        ":0: cannot open file; expected a readable file");
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0x1f &&
      static_cast<unsigned char>(text[1]) == 0x8b)
    core::detail::raise<core::io_error>(where, path.string(),
                                        ":0: gzip-compressed file, but foresight was built "
                                        "without zlib; expected linking foresight::zlib");
#endif
  return text;
}

inline std::string format_number(double v) {
  std::array<char, 32> buf{};
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return std::string(buf.data(), r.ptr);
}

}  // namespace detail

/// Parses MPS `text`; `source` names it in error messages (`source:line`).
/// Throws: core::io_error with `source:line` for malformed input; invalid_input for bad options.
/// Example: `auto m = io::read_mps_string(text);`
[[nodiscard]] inline lp::model read_mps_string(std::string_view text,
                                               const mps_options& options = {},
                                               std::string_view source = "<string>") {
  validate(options);
  return detail::parse_mps(text, source, options, "io::read_mps_string");
}

/// Reads an MPS file, gzip-compressed or not (compression needs zlib: link `foresight::zlib`).
/// Throws: core::io_error with `file:line` for unreadable or malformed files; invalid_input for
/// bad options.
/// Example: `lp::model m = io::read_mps("afiro.mps.gz");`
[[nodiscard]] inline lp::model read_mps(const std::filesystem::path& path,
                                        const mps_options& options = {}) {
  validate(options);
  const std::string text = detail::read_file_text(path, "io::read_mps");
  return detail::parse_mps(text, path.string(), options, "io::read_mps");
}

/// The model as free-format MPS text, numbers in shortest round-trip form. Unnamed rows and
/// columns get generated names (`R<i>`, `C<j>`); free rows are written as L rows with RHS 1e30;
/// coefficients repeated in a column (see `lp::model::add_coefficient`) are written summed.
/// Throws: core::io_error if a name contains blanks or two names coincide.
/// Example: `std::string s = io::write_mps_string(m);`
[[nodiscard]] inline std::string write_mps_string(const lp::model& m) {
  constexpr std::string_view where = "io::write_mps_string";
  using detail::format_number;
  const auto check_name = [&](const std::string& n, std::string_view what) {
    if (n.find_first_of(" \t\r\n") != std::string::npos || (!n.empty() && n.front() == '*') ||
        n == "'MARKER'")
      core::detail::raise<core::io_error>(where, what, " name '", n,
                                          "' contains blanks, starts with '*' or is 'MARKER'; "
                                          "expected a free-MPS name");
  };
  // Given names first (they must be unique), then generated ones that avoid them.
  const auto assign_names = [&](const std::vector<std::string>& given, const char* prefix,
                                std::string_view what, std::unordered_set<std::string>& used) {
    std::vector<std::string> out(given.size());
    for (std::size_t k = 0; k < given.size(); ++k) {
      if (given[k].empty())
        continue;
      check_name(given[k], what);
      if (!used.insert(given[k]).second)
        core::detail::raise<core::io_error>(where, what, " name '", given[k],
                                            "' is used twice; expected unique names");
      out[k] = given[k];
    }
    for (std::size_t k = 0; k < given.size(); ++k) {
      if (!given[k].empty())
        continue;
      std::string n = prefix + std::to_string(k);
      while (used.count(n) != 0)
        n += "_";
      used.insert(n);
      out[k] = n;
    }
    return out;
  };
  std::unordered_set<std::string> row_used;
  std::string obj = m.objective_name().empty() ? "obj" : m.objective_name();
  check_name(obj, "objective");
  const std::vector<std::string> rows = assign_names(m.row_names(), "R", "row", row_used);
  while (row_used.count(obj) != 0)
    obj += "_";
  std::unordered_set<std::string> col_used;
  const std::vector<std::string> cols = assign_names(m.col_names(), "C", "column", col_used);
  std::string name = m.name();
  if (name.find_first_of(" \t") != std::string::npos)
    name = name.substr(0, name.find_first_of(" \t"));

  std::ostringstream os;
  os << "NAME          " << name << "\n";
  if (m.sense() == lp::objective_sense::maximize)
    os << "OBJSENSE\n    MAX\n";
  os << "ROWS\n N  " << obj << "\n";
  for (core::index i = 0; i < m.num_rows(); ++i) {
    const double lo = m.row_lower()[static_cast<std::size_t>(i)];
    const double hi = m.row_upper()[static_cast<std::size_t>(i)];
    const char* type = "L";
    if (std::isfinite(lo) && std::isfinite(hi)) {
      type = "E";  // equality, or a range written in RANGES
    } else if (std::isfinite(lo)) {
      type = "G";
    }
    os << " " << type << "  " << rows[static_cast<std::size_t>(i)] << "\n";
  }
  os << "COLUMNS\n";
  bool in_int = false;
  // A row may appear only once per column in MPS: entries repeated by `add_coefficient` are
  // summed (first occurrence order kept; sums of zero dropped).
  std::vector<double> sum(static_cast<std::size_t>(m.num_rows()), 0.0);
  std::vector<core::index> stamp(static_cast<std::size_t>(m.num_rows()), -1);
  std::vector<core::index> order;
  for (core::index j = 0; j < m.num_cols(); ++j) {
    const auto sj = static_cast<std::size_t>(j);
    if (m.is_integer(j) != in_int) {
      in_int = m.is_integer(j);
      os << "    MARKER    'MARKER'    " << (in_int ? "'INTORG'" : "'INTEND'") << "\n";
    }
    order.clear();
    for (const auto& e : m.column(j)) {
      const auto si = static_cast<std::size_t>(e.row);
      if (stamp[si] != j) {
        stamp[si] = j;
        sum[si] = 0.0;
        order.push_back(e.row);
      }
      sum[si] += e.value;
    }
    bool has_entry = false;
    for (const core::index i : order)
      has_entry = has_entry || sum[static_cast<std::size_t>(i)] != 0.0;
    const std::string& c = cols[sj];
    // A column with neither cost nor coefficients is still declared (explicit zero cost).
    if (m.cost()[sj] != 0.0 || !has_entry)
      os << "    " << c << "  " << obj << "  " << format_number(m.cost()[sj]) << "\n";
    for (const core::index i : order) {
      const double v = sum[static_cast<std::size_t>(i)];
      if (v != 0.0)
        os << "    " << c << "  " << rows[static_cast<std::size_t>(i)] << "  " << format_number(v)
           << "\n";
    }
  }
  if (in_int)
    os << "    MARKER    'MARKER'    'INTEND'\n";
  os << "RHS\n";
  if (m.objective_offset() != 0.0)
    os << "    RHS  " << obj << "  " << format_number(-m.objective_offset()) << "\n";
  std::ostringstream ranges;
  for (core::index i = 0; i < m.num_rows(); ++i) {
    const auto si = static_cast<std::size_t>(i);
    const double lo = m.row_lower()[si];
    const double hi = m.row_upper()[si];
    double rhs = 0;
    if (lo == hi || (std::isfinite(lo) && !std::isfinite(hi))) {
      rhs = lo;
    } else if (std::isfinite(hi)) {
      rhs = hi;
    } else {
      rhs = 1e30;  // free row: L with an infinite right-hand side
    }
    if (std::isfinite(lo) && std::isfinite(hi) && lo < hi) {
      // Written as E with a range R: the reader computes [lo, lo + R] (R > 0) or [hi - |R|, hi]
      // (R < 0). Search the few representable R next to hi - lo for one that reproduces the
      // bounds exactly; if none exists the range is off by rounding only.
      const double r0 = hi - lo;
      double r = r0;
      bool from_lo = true;
      double up = r0;
      double down = r0;
      for (int k = 0; k < 4; ++k) {
        if (lo + up == hi || hi - up == lo) {
          r = up;
          from_lo = lo + up == hi;
          break;
        }
        if (lo + down == hi || hi - down == lo) {
          r = down;
          from_lo = lo + down == hi;
          break;
        }
        up = std::nextafter(up, lp::infinity);
        down = std::nextafter(down, 0.0);
      }
      rhs = from_lo ? lo : hi;
      ranges << "    RNG  " << rows[si] << "  " << format_number(from_lo ? r : -r) << "\n";
    }
    if (rhs != 0.0)
      os << "    RHS  " << rows[si] << "  " << format_number(rhs) << "\n";
  }
  const std::string range_text = ranges.str();
  if (!range_text.empty())
    os << "RANGES\n" << range_text;
  std::ostringstream bounds;
  for (core::index j = 0; j < m.num_cols(); ++j) {
    const auto sj = static_cast<std::size_t>(j);
    const double lo = m.col_lower()[sj];
    const double hi = m.col_upper()[sj];
    const std::string& c = cols[sj];
    const bool is_int = m.is_integer(j);
    if (lo == hi) {
      bounds << " FX BND  " << c << "  " << format_number(lo) << "\n";
    } else if (!std::isfinite(lo) && !std::isfinite(hi)) {
      bounds << " FR BND  " << c << "\n";
    } else if (is_int && lo == 0 && hi == 1) {
      bounds << " BV BND  " << c << "\n";
    } else {
      if (!std::isfinite(lo)) {
        bounds << " MI BND  " << c << "\n";
      } else if (lo != 0 || (hi < 0) || (is_int && !std::isfinite(hi))) {
        bounds << " LO BND  " << c << "  " << format_number(lo) << "\n";
      }
      if (std::isfinite(hi))
        bounds << " UP BND  " << c << "  " << format_number(hi) << "\n";
    }
  }
  const std::string bound_text = bounds.str();
  if (!bound_text.empty())
    os << "BOUNDS\n" << bound_text;
  os << "ENDATA\n";
  return os.str();
}

/// Writes the model as free MPS to `path` (gzip-compressed when the name ends in `.gz` and
/// zlib is linked). Throws: core::io_error if the file cannot be written or a name cannot be
/// represented. Example: `io::write_mps(m, "plan.mps");`
inline void write_mps(const lp::model& m, const std::filesystem::path& path) {
  constexpr std::string_view where = "io::write_mps";
  const std::string text = write_mps_string(m);
  const std::string p = path.string();
  const bool gz = p.size() > 3 && p.compare(p.size() - 3, 3, ".gz") == 0;
  if (gz) {
#if defined(FORESIGHT_HAS_ZLIB)
    gzFile f = gzopen(p.c_str(), "wb");
    if (f == nullptr)
      core::detail::raise<core::io_error>(where, p,
                                          ":0: cannot create file; expected a "
                                          "writable path");
    const int wrote = gzwrite(f, text.data(), static_cast<unsigned>(text.size()));
    const int closed = gzclose(f);
    if (wrote != static_cast<int>(text.size()) || closed != Z_OK)
      core::detail::raise<core::io_error>(where, p, ":0: write failed; expected a writable path");
    return;
#else
    core::detail::raise<core::io_error>(where, p,
                                        ":0: .gz output needs zlib; expected linking "
                                        "foresight::zlib or a plain file name");
#endif
  }
  std::ofstream out(path, std::ios::binary);
  if (!out)
    core::detail::raise<core::io_error>(where, p,
                                        ":0: cannot create file; expected a writable path");
  out << text;
  out.close();
  if (!out)
    core::detail::raise<core::io_error>(where, p, ":0: write failed; expected a writable path");
}

}  // namespace foresight::optimize::io

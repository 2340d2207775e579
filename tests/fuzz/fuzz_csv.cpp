// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for core/csv.hpp: arbitrary bytes go to the tokenizer (whole-buffer and tiny
// streamed blocks must agree), to csv_reader's accessors and to read_panel. Only io_error may
// escape the library; anything else (another exception, a sanitizer report, a disagreement
// between the two tokenizations) is a crash.
//
// The first input byte picks the dialect and the read_panel options; the rest is the file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include <foresight/core/csv.hpp>

namespace core = foresight::core;

namespace {

// Tokenizes `text` in one buffer and again from a stream in blocks of `block` bytes; the records
// (field bytes and positions) and any error (kind and position) must be identical.
void differential_tokenize(const std::string& text, const core::csv_options& o, std::size_t block) {
  core::detail::csv_tokenizer whole;
  core::detail::csv_tokenizer streamed;
  std::istringstream in(text);
  whole.set_dialect(o.delimiter, o.quote, o.trim_spaces);
  streamed.set_dialect(o.delimiter, o.quote, o.trim_spaces);
  whole.assign(text);
  streamed.attach(in);
  streamed.set_block_size(block);
  if (!whole.skip_bom() || !streamed.skip_bom())
    std::abort();
  for (;;) {
    const bool a = whole.next();
    const bool b = streamed.next();
    if (a != b || whole.error != streamed.error || whole.error_line != streamed.error_line ||
        whole.error_column != streamed.error_column) {
      std::abort();
    }
    if (!a)
      return;
    const auto& fa = whole.fields();
    const auto& fb = streamed.fields();
    if (fa.size() != fb.size() || whole.end_line != streamed.end_line ||
        whole.end_column != streamed.end_column) {
      std::abort();
    }
    for (std::size_t j = 0; j < fa.size(); ++j) {
      if (whole.text(fa[j]) != streamed.text(fb[j]) || fa[j].line != fb[j].line ||
          fa[j].column != fb[j].column) {
        std::abort();
      }
    }
  }
}

// Reads every field of every record through the public accessors.
void read_all(const std::string& text, const core::csv_options& o) {
  try {
    auto r = core::csv_reader::from_string(text, "fuzz", o);
    while (r.next()) {
      for (core::index j = 0; j < r.size(); ++j) {
        (void)r.is_missing(j);
        (void)r.position(j);
        try {
          (void)r.number<double>(j);
        } catch (const core::io_error&) {
        }
        try {
          (void)r.number<float>(j);
        } catch (const core::io_error&) {
        }
        try {
          (void)r.integer(j);
        } catch (const core::io_error&) {
        }
      }
    }
  } catch (const core::io_error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0)
    return 0;
  const unsigned sel = data[0];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);

  core::csv_options dialect;
  constexpr char delimiters[] = {',', ';', '\t', '|'};
  dialect.delimiter = delimiters[sel & 3U];
  dialect.decimal_point = (sel & 4U) != 0 && dialect.delimiter != ',' ? ',' : '.';
  dialect.trim_spaces = (sel & 8U) == 0;

  differential_tokenize(text, dialect, 1 + (sel >> 5U));
  read_all(text, dialect);

  core::csv_panel_options o;
  o.csv = dialect;
  o.periods = static_cast<core::period_type>((sel >> 4U) & 3U);
  o.gaps = static_cast<core::gap_policy>(sel % 3U);
  o.duplicates = (sel & 64U) != 0 ? core::duplicate_policy::sum : core::duplicate_policy::error;
  if ((sel & 128U) != 0) {
    o.seasonal_period_column = "m";
    o.filter_column = "s";
    o.filter_values = {"a", "b"};
  }
  o.max_gap = 1000;  // bounds the memory a few bytes can ask for
  try {
    std::istringstream in(text);
    const auto p = core::read_panel<double>(in, "fuzz", o);
    (void)p.total_observations();
  } catch (const core::io_error&) {
  }
  try {
    std::istringstream in(text);
    o.max_gap = 10000;  // the default
    const auto p = core::read_panel<float>(in, "fuzz", o);
    std::ostringstream out;
    if (o.periods != core::period_type::label && !p.empty()) {
      // What was read must be writable and read back to the same panel.
      core::csv_panel_options w = o;
      w.filter_column.clear();
      w.filter_values.clear();
      if (w.seasonal_period_column.empty())
        w.seasonal_period_column = "m";
      core::write_panel(out, p, w);
      std::istringstream back(out.str());
      if (!(core::read_panel<float>(back, "fuzz-back", w) == p))
        std::abort();
    }
  } catch (const core::io_error&) {
  }
  return 0;
}

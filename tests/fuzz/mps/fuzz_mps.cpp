// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the MPS reader (and writer): any input must either parse or raise
// core::io_error, never crash or trip a sanitizer; a parsed model written back as free MPS
// must read back as the same model.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <foresight/core/error.hpp>
#include <foresight/optimize/io/mps.hpp>

namespace io = foresight::optimize::io;
namespace lp = foresight::optimize::lp;

namespace {

// Same model; row bounds rebuilt from RANGES may differ in the last bits.
bool same_model(const lp::model& a, const lp::model& b) {
  if (a.num_rows() != b.num_rows() || a.num_cols() != b.num_cols() || a.cost() != b.cost() ||
      a.col_lower() != b.col_lower() || a.col_upper() != b.col_upper() ||
      a.integrality() != b.integrality() || a.sense() != b.sense() ||
      a.objective_offset() != b.objective_offset() || a.col_names() != b.col_names() ||
      a.row_names() != b.row_names())
    return false;
  for (foresight::core::index j = 0; j < a.num_cols(); ++j) {
    if (a.column(j) != b.column(j))
      return false;
  }
  const auto close = [](double x, double y) {
    return x == y || std::abs(x - y) <= 1e-14 * std::max(std::abs(x), std::abs(y));
  };
  for (std::size_t i = 0; i < a.row_lower().size(); ++i) {
    if (!close(a.row_lower()[i], b.row_lower()[i]) || !close(a.row_upper()[i], b.row_upper()[i]))
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0)
    return 0;
  // The first byte picks the layout, the rest is the file.
  const auto format = static_cast<io::mps_format>(data[0] % 3);
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  lp::model m;
  try {
    m = io::read_mps_string(text, {.format = format});
  } catch (const foresight::core::io_error&) {
    return 0;
  }
  std::string written;
  try {
    written = io::write_mps_string(m);
  } catch (const foresight::core::io_error&) {
    return 0;  // names with blanks (fixed format) have no free-MPS form
  }
  const lp::model back = io::read_mps_string(written, {.format = io::mps_format::free});
  if (!same_model(m, back))
    std::abort();
  return 0;
}

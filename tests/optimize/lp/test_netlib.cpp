// SPDX-License-Identifier: Apache-2.0
// All Netlib instances of ../shared/data/lp/ (slow: excluded from the sanitizer run), also with
// the dense and the hypersparse LU solves forced.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/lp/solve.hpp>

#include "lp_checks.hpp"
#include "support/test_support.hpp"

namespace lp = foresight::optimize::lp;
namespace io = foresight::optimize::io;
namespace checks = foresight::test::lp_checks;

namespace {

struct instance {
  std::string name;
  double objective;
};

// The reference objectives are read from the README table of the data directory: optimal values
// computed by HiGHS (scipy 1.10.1), CLP 1.17.6, GLPK 5.0 and lp_solve 5.5.2, which agree to 1e-9
// relative (e226 with the CLP/HiGHS objective-constant convention).
std::vector<instance> read_table(const std::filesystem::path& readme) {
  // Rows look like `| afiro | 27 | 32 | 83 | -464.75314286 | ... |`.
  std::ifstream in(readme);
  std::vector<instance> out;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '|')) {
      const auto b = cell.find_first_not_of(' ');
      const auto e = cell.find_last_not_of(' ');
      cells.push_back(b == std::string::npos ? std::string() : cell.substr(b, e - b + 1));
    }
    // cells[0] is the text before the first '|'.
    if (cells.size() < 6 || !cells[0].empty() || cells[1].empty() ||
        cells[2].find_first_not_of("0123456789") != std::string::npos || cells[2].empty())
      continue;
    out.push_back({cells[1], std::stod(cells[5])});
  }
  return out;
}

}  // namespace

TEST_CASE("lp::solve solves every Netlib instance of the shared data to 1e-6 relative") {
  // Also with the LU solves forced onto the dense and the hypersparse path: the same optimum to
  // 1e-9 relative (the same arithmetic in another order).
#if defined(FORESIGHT_HAS_ZLIB)
  const auto readme = foresight::test::shared_data("lp/README.md");
  if (!readme)
    return;
  const auto table = read_table(*readme);
  REQUIRE(table.size() == 46);
  for (const auto& t : table) {
    CAPTURE(t.name);
    const lp::model m = io::read_mps(readme->parent_path() / (t.name + ".mps.gz"));
    const lp::solution s = lp::solve(m);
    CHECK(s.status == lp::status::optimal);
    CHECK(std::abs(s.objective - t.objective) <= 1e-6 * std::max(1.0, std::abs(t.objective)));
    CHECK(s.primal_infeasibility <= 1e-6);
    CHECK(s.dual_infeasibility <= 1e-6);
    CHECK(checks::kkt_violation(m, s) < 1e-6);
    MESSAGE(t.name << ": iterations " << s.iterations << ", " << s.solve_seconds << " s");
    for (const auto path : {lp::lu_solve_path::dense, lp::lu_solve_path::hypersparse}) {
      CAPTURE(lp::to_string(path));
      const lp::solution p = lp::solve(m, {.lu_solves = path});
      CHECK(p.status == lp::status::optimal);
      CHECK(std::abs(p.objective - s.objective) <= 1e-9 * std::max(1.0, std::abs(s.objective)));
    }
  }
#else
  MESSAGE("FORESIGHT_SKIPPED: built without zlib, cannot read .mps.gz");
#endif
}

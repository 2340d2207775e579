// SPDX-License-Identifier: Apache-2.0
// All Netlib instances of ../shared/data/lp/ (slow: excluded from the sanitizer run).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <regex>
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
  std::ifstream in(readme);
  const std::regex row(R"(^\| ([a-z0-9-]+) \| \d+ \| \d+ \| \d+ \| ([-0-9.eE+]+) \|)");
  std::vector<instance> out;
  std::string line;
  std::smatch mt;
  while (std::getline(in, line)) {
    if (std::regex_search(line, mt, row))
      out.push_back({mt[1].str(), std::stod(mt[2].str())});
  }
  return out;
}

}  // namespace

TEST_CASE("lp::solve solves every Netlib instance of the shared data to 1e-6 relative") {
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
  }
#else
  MESSAGE("FORESIGHT_SKIPPED: built without zlib, cannot read .mps.gz");
#endif
}

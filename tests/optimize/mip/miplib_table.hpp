// SPDX-License-Identifier: Apache-2.0
// The MIPLIB 3 table of ../shared/data/mip/README.md: instance names, reference objectives
// (miplib3.cat, CBC 2.10.8's full digits) and LP relaxation values (miplib3.cat).
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace foresight::test::mip {

struct miplib_entry {
  double objective = 0;      // reference objective
  double lp_relaxation = 0;  // LP relaxation value (catalogue)
};

// Data rows read `| name | rows | cols | nonzeros | int (bin) | cont | objective | lp | ... |`.
inline std::map<std::string, miplib_entry> read_miplib_table(const std::filesystem::path& readme) {
  std::map<std::string, miplib_entry> out;
  std::ifstream in(readme);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("| ", 0) != 0)
      continue;
    std::vector<std::string> cell;
    std::istringstream is(line.substr(1));
    std::string c;
    while (std::getline(is, c, '|')) {
      std::istringstream w(c);
      std::string word;
      std::string joined;
      while (w >> word)
        joined += (joined.empty() ? "" : " ") + word;
      cell.push_back(joined);
    }
    if (cell.size() < 8 || cell[1].empty() || !std::isdigit(static_cast<unsigned char>(cell[1][0])))
      continue;
    out[cell[0]] = {std::stod(cell[6]), std::stod(cell[7])};
  }
  return out;
}

}  // namespace foresight::test::mip

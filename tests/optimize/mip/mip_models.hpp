// SPDX-License-Identifier: Apache-2.0
// Test models for the MIP suite: the generated models of tests/reference/mip/ with their CBC and
// HiGHS results; small models built in code are in generated_models.hpp.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/lp/model.hpp>

#include "generated_models.hpp"
#include "support/test_support.hpp"

namespace foresight::test::mip {

// One row of tests/reference/mip/random_mips.csv, written by tests/reference/mip/
// make_reference.py: CBC 2.10.8 (`cbc FILE -solve -quit`) and HiGHS (scipy 1.10.1 milp).
struct reference_mip {
  std::string name;
  std::string cbc_status;
  double cbc_objective = 0;
  std::string highs_status;
  double highs_objective = 0;
};

inline std::vector<reference_mip> reference_mips() {
  const auto csv = read_simple_csv(source_path("reference/mip/random_mips.csv"));
  std::vector<reference_mip> out;
  for (const auto& r : csv.rows)
    out.push_back({r[csv.column("name")], r[csv.column("cbc_status")],
                   parse_number(r[csv.column("cbc_objective")]), r[csv.column("highs_status")],
                   parse_number(r[csv.column("highs_objective")])});
  return out;
}

inline optimize::lp::model reference_model(const std::string& name) {
  return optimize::io::read_mps(source_path("reference/mip/" + name + ".mps"));
}

}  // namespace foresight::test::mip

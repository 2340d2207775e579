// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <foresight/optimize/lp/solution.hpp>

namespace lp = foresight::optimize::lp;

TEST_CASE("lp::status and lp::basis_status have stable names and values") {
  CHECK(lp::to_string(lp::status::optimal) == "optimal");
  CHECK(lp::to_string(lp::status::infeasible) == "infeasible");
  CHECK(lp::to_string(lp::status::unbounded) == "unbounded");
  CHECK(lp::to_string(lp::status::infeasible_or_unbounded) == "infeasible_or_unbounded");
  CHECK(lp::to_string(lp::status::iteration_limit) == "iteration_limit");
  CHECK(lp::to_string(lp::status::time_limit) == "time_limit");
  CHECK(lp::to_string(lp::status::cancelled) == "cancelled");
  CHECK(lp::to_string(lp::status::numerical_failure) == "numerical_failure");
  CHECK(static_cast<int>(lp::status::numerical_failure) == 7);
  CHECK(lp::to_string(lp::basis_status::basic) == "basic");
  CHECK(lp::to_string(lp::basis_status::at_lower) == "at_lower");
  CHECK(lp::to_string(lp::basis_status::at_upper) == "at_upper");
  CHECK(lp::to_string(lp::basis_status::at_zero) == "at_zero");
  CHECK(static_cast<int>(lp::basis_status::at_zero) == 3);
  const lp::solution s;
  CHECK(s.status == lp::status::numerical_failure);
  CHECK(s.x.empty());
}

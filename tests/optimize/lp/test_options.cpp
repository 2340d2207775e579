// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <chrono>

#include <foresight/optimize/lp/options.hpp>

namespace lp = foresight::optimize::lp;
namespace core = foresight::core;

TEST_CASE("lp::validate accepts the defaults and names the first bad field") {
  CHECK_NOTHROW(lp::validate({}));
  CHECK_THROWS_WITH_AS(lp::validate({.dual_tolerance = 0.5}),
                       "lp::validate: dual_tolerance is 0.5; expected a value in (0, 0.1)",
                       core::invalid_input);
  CHECK_THROWS_WITH_AS(lp::validate({.primal_tolerance = -1}),
                       "lp::validate: primal_tolerance is -1; expected a value in (0, 0.1)",
                       core::invalid_input);
  CHECK_THROWS_AS(lp::validate({.iteration_limit = -5}), core::invalid_input);
  CHECK_THROWS_AS(lp::validate({.time_limit = std::chrono::seconds{-1}}), core::invalid_input);
  CHECK_THROWS_AS(lp::validate({.refactor_interval = 5000}), core::invalid_input);
  CHECK_THROWS_AS(lp::validate({.method = static_cast<lp::simplex_method>(9)}),
                  core::invalid_input);
  CHECK_THROWS_AS(lp::validate({.pricing = static_cast<lp::dual_pricing>(-1)}),
                  core::invalid_input);
  CHECK_THROWS_AS(lp::validate({.crash = static_cast<lp::crash_method>(2)}), core::invalid_input);
  CHECK_THROWS_AS(lp::validate({.lu_solves = static_cast<lp::lu_solve_path>(3)}),
                  core::invalid_input);
}

TEST_CASE("lp option enums have stable names") {
  CHECK(lp::to_string(lp::simplex_method::dual) == "dual");
  CHECK(lp::to_string(lp::simplex_method::primal) == "primal");
  CHECK(lp::to_string(lp::dual_pricing::steepest_edge) == "steepest_edge");
  CHECK(lp::to_string(lp::dual_pricing::devex) == "devex");
  CHECK(lp::to_string(lp::dual_pricing::dantzig) == "dantzig");
  CHECK(lp::to_string(lp::crash_method::none) == "none");
  CHECK(lp::to_string(lp::crash_method::bixby) == "bixby");
  CHECK(lp::to_string(lp::lu_solve_path::automatic) == "automatic");
  CHECK(lp::to_string(lp::lu_solve_path::dense) == "dense");
  CHECK(lp::to_string(lp::lu_solve_path::hypersparse) == "hypersparse");
}

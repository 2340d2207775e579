// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <foresight/core/error.hpp>

namespace core = foresight::core;

TEST_CASE("core errors derive from the standard exceptions users already catch") {
  CHECK_THROWS_AS(throw core::invalid_input("x"), std::invalid_argument);
  CHECK_THROWS_AS(throw core::dimension_mismatch("x"), core::invalid_input);
  CHECK_THROWS_AS(throw core::numerical_error("x"), std::runtime_error);
  CHECK_THROWS_AS(throw core::io_error("x"), std::runtime_error);
  CHECK_THROWS_AS(throw core::cuda_error("x"), std::runtime_error);
}

TEST_CASE("core::detail helpers build 'function: problem; expectation' messages") {
  CHECK_THROWS_WITH_AS(core::detail::require(false, "ns::f", "n is ", 3, "; expected n >= 4"),
                       "ns::f: n is 3; expected n >= 4", core::invalid_input);
  CHECK_NOTHROW(core::detail::require(true, "ns::f", "never"));
  CHECK_THROWS_WITH_AS(core::detail::require_size(3, 4, "ns::g", "x"),
                       "ns::g: x has size 3; expected 4", core::dimension_mismatch);
  CHECK_THROWS_WITH_AS(core::detail::require_open_interval(1.5, 0.0, 1.0, "ns::h", "alpha"),
                       "ns::h: alpha is 1.5; expected a value in (0, 1)", core::invalid_input);
  CHECK_THROWS_AS(core::detail::require_finite(std::nan(""), "ns::h", "mu"), core::invalid_input);
  CHECK_NOTHROW(core::detail::require_finite(2.0, "ns::h", "mu"));
}

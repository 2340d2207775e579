// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <foresight/forecast/arima/spec.hpp>

namespace arima = foresight::forecast::arima;
namespace core = foresight::core;

TEST_CASE("arima::validate accepts a seasonal spec") {
  CHECK_NOTHROW(arima::validate(arima::spec{.order = {0, 1, 1}, .seasonal = {0, 1, 1, 12}}));
}

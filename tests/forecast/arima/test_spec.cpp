// SPDX-License-Identifier: Apache-2.0
// Tests of forecast/arima/spec.hpp: validation messages and names.
#include <doctest/doctest.h>

#include <foresight/forecast/arima/spec.hpp>

namespace arima = foresight::forecast::arima;
namespace core = foresight::core;

TEST_CASE("arima::validate accepts valid specs and rejects invalid ones") {
  CHECK_NOTHROW(arima::validate(arima::spec{.order = {0, 1, 1}, .seasonal = {0, 1, 1, 12}}));
  CHECK_NOTHROW(
      arima::validate(arima::spec{.order = {1, 1, 0}, .trend = arima::trend_terms::linear}));
  CHECK_THROWS_WITH_AS(arima::validate(arima::spec{.order = {-1, 0, 0}}),
                       "forecast::arima::fit: order (-1,0,0) has a negative entry; expected p, d, "
                       "q >= 0",
                       core::invalid_input);
  CHECK_THROWS_WITH_AS(arima::validate(arima::spec{.seasonal = {0, 0, 0, 0}}),
                       "forecast::arima::fit: seasonal period is 0; expected period >= 1",
                       core::invalid_input);
  CHECK_THROWS_AS(arima::validate(arima::spec{.seasonal = {1, 0, 0, 1}}), core::invalid_input);
  CHECK_THROWS_AS(
      arima::validate(arima::spec{.order = {0, 1, 0}, .trend = arima::trend_terms::constant}),
      core::invalid_input);
  CHECK_THROWS_AS(
      arima::validate(arima::spec{.order = {0, 2, 0}, .trend = arima::trend_terms::linear}),
      core::invalid_input);
  CHECK_THROWS_AS(arima::validate(arima::spec{.kappa = -1}), core::invalid_input);
  CHECK_THROWS_AS(arima::validate(arima::spec{.max_iterations = -1}), core::invalid_input);
}

TEST_CASE("arima spec names and counts") {
  CHECK(arima::to_string(arima::trend_terms::constant_linear) == "constant_linear");
  CHECK(arima::to_string(arima::estimation_method::css_ml) == "css_ml");
  CHECK(arima::to_string(arima::variance_estimator::residual_adjusted) == "residual_adjusted");
  CHECK(arima::to_string(arima::likelihood_method::kappa) == "kappa");
  CHECK(arima::to_string(arima::pdq{0, 1, 1}, arima::seasonal_pdq{0, 1, 1, 12}) ==
        "(0,1,1)(0,1,1)[12]");
  CHECK(arima::to_string(arima::pdq{2, 0, 1}, arima::seasonal_pdq{}) == "(2,0,1)");
  const arima::spec s{.order = {2, 1, 1}, .seasonal = {1, 1, 0, 4}};
  CHECK(arima::arma_count(s) == 4);
  CHECK(arima::trend_count(arima::trend_terms::constant_linear) == 2);
}

TEST_CASE("arima::validate rejects values outside the enumerations") {
  arima::spec s;
  s.trend = static_cast<arima::trend_terms>(7);
  CHECK_THROWS_WITH_AS(arima::validate(s),
                       "forecast::arima::fit: trend is 7; expected none, constant, linear or "
                       "constant_linear",
                       core::invalid_input);
  s = {};
  s.method = static_cast<arima::estimation_method>(3);
  CHECK_THROWS_AS(arima::validate(s), core::invalid_input);
  s = {};
  s.interval_variance = static_cast<arima::variance_estimator>(-1);
  CHECK_THROWS_AS(arima::validate(s), core::invalid_input);
  s = {};
  s.likelihood = static_cast<arima::likelihood_method>(2);
  CHECK_THROWS_AS(arima::validate(s), core::invalid_input);
  CHECK(arima::to_string(static_cast<arima::likelihood_method>(2)) == "unknown");
}

// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <type_traits>
#include <vector>

#include <foresight/core/box_cox.hpp>

#include "reference/core/reference_data.hpp"
#include "support/test_support.hpp"

namespace core = foresight::core;
namespace test = foresight::test;
namespace ref = foresight::test::reference;

// Tolerances. double: 1e-10 relative to max(1, |R|) (R's ^ may use powl: an ulp apart). float:
// powers and logs of float inputs are good to a few ulp (1e-6 relative) and the bias adjustment
// divides by y^(2 lambda), so 1e-5 relative. Guerrero's lambda runs in double for both types:
// 1e-10 for double; float only adds the rounding of the input values to float (exact for the
// integer-valued series), which moves the minimiser by far less than optimize's own tolerance of
// 1.2e-4 (2.5e-8 measured): 1e-5.
template <typename T>
constexpr double tolerance = 1e-10;
template <>
constexpr double tolerance<float> = 1e-5;
template <typename T>
constexpr double lambda_tolerance = 1e-10;
template <>
constexpr double lambda_tolerance<float> = 1e-5;

TEST_CASE_TEMPLATE("box_cox and inv_box_cox match forecast::BoxCox and InvBoxCox", T, double,
                   float) {
  // R 4.2.2, forecast 8.20: BoxCox(x, lambda), InvBoxCox(BoxCox(x, lambda), lambda),
  // InvBoxCox(z, lambda, biasadj = TRUE, fvar) on the first 36 values of AirPassengers, UKgas,
  // Nile and diff(Nile) (tests/reference/core/baselines_metrics.R).
  const auto want = ref::load_grouped("preprocessing_boxcox.csv", {"series", "lambda"},
                                      {"x", "boxcox", "inverse", "fvar", "inverse_biasadj"});
  REQUIRE(want.size() == 4 * 6);
  ref::deviation_log log;
  int nan_results = 0;
  for (const auto& [key, cols] : want) {
    CAPTURE(key);
    const auto lambda = static_cast<T>(std::stod(key.substr(key.find('/') + 1)));
    const core::vector<T> x = ref::to_vector<T>(cols.at("x"));
    const core::vector<T> z = core::box_cox(x, lambda);
    const core::vector<T> back = core::inv_box_cox(ref::to_vector<T>(cols.at("boxcox")), lambda);
    const core::vector<T> adjusted = core::inv_box_cox(ref::to_vector<T>(cols.at("boxcox")), lambda,
                                                       ref::to_vector<T>(cols.at("fvar")));
    for (core::index i = 0; i < x.size(); ++i) {
      const auto k = static_cast<std::size_t>(i);
      CHECK(log.check("box_cox", z[i], cols.at("boxcox")[k], tolerance<T>));
      CHECK(log.check("inv_box_cox", back[i], cols.at("inverse")[k], tolerance<T>));
      CHECK(log.check("inv_box_cox biasadj", adjusted[i], cols.at("inverse_biasadj")[k],
                      tolerance<T>));
      nan_results += std::isnan(z[i]) ? 1 : 0;
    }
  }
  // diff(Nile) has negative values: NaN for lambda = -0.5 and for the log (lambda = 0).
  CHECK(nan_results > 0);
  MESSAGE(log.report(std::is_same_v<T, double> ? "double, max deviation from R"
                                               : "float, max deviation from R"));
}

TEST_CASE_TEMPLATE("box_cox_lambda matches BoxCox.lambda(method = \"guerrero\")", T, double,
                   float) {
  // R 4.2.2, forecast 8.20: BoxCox.lambda(x, method = "guerrero", lower, upper) for three bounds
  // on seven series, diff(Nile) (non-positive values) and UKgas[1:8] (too short: lambda = 1).
  std::map<std::string, std::vector<double>> inputs;
  for (const auto& [name, s] : ref::load_series()) {
    auto& v = inputs[name];
    v = s.train;
    v.insert(v.end(), s.test.begin(), s.test.end());
  }
  const auto extra = ref::load_grouped("preprocessing_extra_series.csv", {"series"}, {"value"});
  for (const auto& [name, cols] : extra)
    inputs[name] = cols.at("value");
  const auto csv =
      test::read_simple_csv(test::source_path("reference/core/preprocessing_lambda.csv"));
  REQUIRE(csv.rows.size() == 27);
  ref::deviation_log log;
  for (const auto& r : csv.rows) {
    const std::string name = r[csv.column("series")];
    CAPTURE(name);
    const core::vector<T> y = ref::to_vector<T>(inputs.at(name));
    const core::box_cox_lambda_options options{.lower = test::parse_number(r[csv.column("lower")]),
                                               .upper = test::parse_number(r[csv.column("upper")])};
    CAPTURE(options.lower);
    CAPTURE(options.upper);
    const T lambda = core::box_cox_lambda(y, std::stoi(r[csv.column("frequency")]), options);
    CHECK(log.check("guerrero lambda", lambda, test::parse_number(r[csv.column("lambda")]),
                    lambda_tolerance<T>));
  }
  MESSAGE(log.report(std::is_same_v<T, double> ? "double, max deviation from R"
                                               : "float, max deviation from R"));
}

TEST_CASE_TEMPLATE("box_cox round-trips and follows R's domain rules", T, double, float) {
  const T nan = core::missing<T>();
  const core::vector<T> y{{T(0.5), T(2), T(10), nan}};
  for (const T lambda : {T(-1), T(0), T(0.5), T(2)}) {
    const core::vector<T> back = core::inv_box_cox(core::box_cox(y, lambda), lambda);
    CHECK(back[1] == doctest::Approx(2.0).epsilon(1e-6));
    CHECK(back[2] == doctest::Approx(10.0).epsilon(1e-6));
    CHECK(std::isnan(back[3]));
  }
  // lambda = 1 shifts by one; lambda = 0 is the log.
  CHECK(core::box_cox(y, T(1))[2] == T(9));
  CHECK(core::box_cox(y, T(0))[1] == doctest::Approx(std::log(2.0)));
  // Zero is -infinity with lambda = 0 and NaN with lambda < 0 (R: BoxCox(0, -0.5) is NaN, from
  // sign(0) * 0^-0.5 = 0 * Inf); negative with lambda > 0 uses the signed power.
  const core::vector<T> edge{{T(0), T(-4)}};
  CHECK(core::box_cox(edge, T(0))[0] == -std::numeric_limits<T>::infinity());
  CHECK(std::isnan(core::box_cox(edge, T(-0.5))[0]));
  CHECK(core::box_cox(edge, T(0.5))[1] == doctest::Approx((-2.0 - 1.0) / 0.5));
  CHECK(std::isnan(core::box_cox(edge, T(-0.5))[1]));
  // Back-transform of values beyond -1/lambda (lambda < 0) is undefined.
  CHECK(std::isnan(core::inv_box_cox(core::vector<T>{{T(2.5)}}, T(-0.5))[0]));
  // With fvar = 0 the bias adjustment changes nothing; with fvar > 0 and lambda = 0 it is
  // exp(z) (1 + fvar / 2).
  const core::vector<T> z{{T(1), T(2)}};
  CHECK(core::inv_box_cox(z, T(0), core::vector<T>::Zero(2)) == core::inv_box_cox(z, T(0)));
  CHECK(core::inv_box_cox(z, T(0), core::vector<T>::Constant(2, T(0.2)))[1] ==
        doctest::Approx(std::exp(2.0) * 1.1).epsilon(1e-6));
  // Short series and non-positive data: BoxCox.lambda's rules.
  CHECK(core::box_cox_lambda(core::vector<T>{{T(1), T(5), T(2), T(8)}}, 2) == T(1));
}

TEST_CASE_TEMPLATE("box_cox functions reject bad input with clear errors", T, double, float) {
  const T inf = std::numeric_limits<T>::infinity();
  const core::vector<T> y{{T(1), T(2), T(3), T(4), T(5), T(6), T(7)}};
  CHECK_THROWS_AS((void)core::box_cox(core::vector<T>{{T(1), inf}}, T(0.5)), core::invalid_input);
  CHECK_THROWS_AS((void)core::box_cox(y, inf), core::invalid_input);
  CHECK(core::inv_box_cox(core::vector<T>{{-inf}}, T(0))[0] == T(0));  // exp(-inf), as R
  CHECK_THROWS_AS((void)core::inv_box_cox(y, -inf), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)core::inv_box_cox(y, T(0), core::vector<T>::Zero(2)),
                       "core::inv_box_cox: fvar has 2 values; expected 7 (one per value of z)",
                       core::dimension_mismatch);
  CHECK_THROWS_AS((void)core::inv_box_cox(y, T(0), core::vector<T>::Constant(7, T(-1))),
                  core::invalid_input);
  CHECK_THROWS_AS((void)core::box_cox_lambda(y, 0), core::invalid_input);
  CHECK_THROWS_AS((void)core::box_cox_lambda(core::vector<T>(), 1), core::invalid_input);
  CHECK_THROWS_AS((void)core::box_cox_lambda(core::vector<T>::Constant(7, core::missing<T>()), 1),
                  core::invalid_input);
  CHECK_THROWS_AS((void)core::box_cox_lambda(y, 1, {.lower = 1, .upper = 1}), core::invalid_input);
  CHECK_NOTHROW(core::validate(core::box_cox_lambda_options{}));
  CHECK_THROWS_WITH_AS(core::validate(core::box_cox_lambda_options{.lower = 2, .upper = 1}),
                       "core::validate(box_cox_lambda_options): lower = 2 is not below upper = 1; "
                       "expected lower < upper",
                       core::invalid_input);
  CHECK_THROWS_AS(core::validate(core::box_cox_lambda_options{
                      .lower = -std::numeric_limits<double>::infinity()}),
                  core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)core::box_cox_lambda(core::vector<T>{{T(0), T(2), T(3), T(4), T(5)}}, 1,
                                 {.lower = -1, .upper = -0.5}),
      "core::box_cox_lambda: y has values <= 0, so lower is raised to 0, which is not below upper "
      "= -0.5; expected upper > 0",
      core::invalid_input);
}

// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

#include <foresight/core/scaler.hpp>

#include "reference/core/reference_data.hpp"
#include "support/test_support.hpp"

namespace core = foresight::core;
namespace test = foresight::test;
namespace ref = foresight::test::reference;

// Tolerances against scikit-learn. double: 1e-12 relative to max(1, |reference|); the same
// operations in the same order, only the summation order of the means differs. float: inputs
// rounded to float (6e-8 relative); the statistics are accumulated in double as scikit-learn
// does, so 1e-5 covers the rounding of inputs and outputs. Column c3 (1e6 + noise of 1e-3) cannot
// be represented in float and is left out there.
template <typename T>
constexpr double tolerance = 1e-12;
template <>
constexpr double tolerance<float> = 1e-5;

namespace {

// scikit-learn 1.2.1: tests/reference/core/scaler_sklearn.py wrote these files.
template <typename T>
core::matrix<T> load_matrix(const std::string& file, const std::string& key_column,
                            const std::string& key, core::index columns) {
  const auto csv = test::read_simple_csv(test::source_path("reference/core/" + file));
  core::matrix<T> out(0, columns);
  for (const auto& r : csv.rows) {
    if (!key_column.empty() && r[csv.column(key_column)] != key)
      continue;
    out.conservativeResize(out.rows() + 1, columns);
    for (core::index j = 0; j < columns; ++j) {
      const auto c = csv.column("c" + std::to_string(j));
      out(out.rows() - 1, j) = static_cast<T>(test::parse_number(r[c]));
    }
  }
  return out;
}

template <typename T>
core::matrix<T> load_param(const std::string& scaler, const std::string& stat, core::index p) {
  const auto csv = test::read_simple_csv(test::source_path("reference/core/scaler_params.csv"));
  for (const auto& r : csv.rows) {
    if (r[csv.column("scaler")] == scaler && r[csv.column("stat")] == stat) {
      core::matrix<T> out(1, p);
      for (core::index j = 0; j < p; ++j)
        out(0, j) = static_cast<T>(test::parse_number(r[csv.column("c" + std::to_string(j))]));
      return out;
    }
  }
  throw std::runtime_error("no parameter " + scaler + "/" + stat);
}

template <typename T>
void check_close(const std::string& what, const core::matrix<T>& got, const core::matrix<T>& want,
                 ref::deviation_log& log) {
  REQUIRE(got.rows() == want.rows());
  REQUIRE(got.cols() == want.cols());
  for (core::index j = 0; j < got.cols(); ++j) {
    for (core::index i = 0; i < got.rows(); ++i) {
      CAPTURE(what);
      CAPTURE(i);
      CAPTURE(j);
      CHECK(log.check(what, static_cast<double>(got(i, j)), static_cast<double>(want(i, j)),
                      tolerance<T>));
    }
  }
}

}  // namespace

TEST_CASE_TEMPLATE("scalers match scikit-learn's StandardScaler and MinMaxScaler", T, double,
                   float) {
  const core::index p = std::is_same_v<T, float> ? 3 : 4;
  const core::matrix<T> x = load_matrix<T>("scaler_input.csv", "", "", p);
  REQUIRE(x.rows() == 14);
  ref::deviation_log log;

  const auto s = core::fit_standard_scaler(x);
  check_close<T>("standard mean", s.mean.transpose(), load_param<T>("standard", "mean", p), log);
  check_close<T>("standard var", s.variance.transpose(), load_param<T>("standard", "var", p), log);
  check_close<T>("standard scale", s.scale.transpose(), load_param<T>("standard", "scale", p), log);
  CHECK(s.scale[2] == T(1));  // the constant column
  CHECK(s.observed[1] == 10);
  const core::matrix<T> z = s.transform(x);
  check_close<T>("standard transform", z,
                 load_matrix<T>("scaler_output.csv", "scaler", "standard", p), log);
  CHECK(std::isnan(z(0, 1)));  // NaN kept

  for (const std::string name : {"minmax", "minmax_m1_2"}) {
    const core::min_max_scaler_options options =
        name == "minmax" ? core::min_max_scaler_options{}
                         : core::min_max_scaler_options{.range_min = -1, .range_max = 2};
    const auto m = core::fit_min_max_scaler(x, options);
    check_close<T>(name + " data_min", m.data_min.transpose(), load_param<T>(name, "data_min", p),
                   log);
    check_close<T>(name + " data_max", m.data_max.transpose(), load_param<T>(name, "data_max", p),
                   log);
    check_close<T>(name + " scale", m.scale.transpose(), load_param<T>(name, "scale", p), log);
    check_close<T>(name + " offset", m.offset.transpose(), load_param<T>(name, "min", p), log);
    check_close<T>(name + " transform", m.transform(x),
                   load_matrix<T>("scaler_output.csv", "scaler", name, p), log);
  }
  MESSAGE(log.report(std::is_same_v<T, double> ? "double, max deviation from scikit-learn"
                                               : "float, max deviation from scikit-learn"));
}

TEST_CASE_TEMPLATE("scalers invert, keep NaN and honour their options", T, double, float) {
  const T nan = core::missing<T>();
  core::matrix<T> x(4, 2);
  x << T(1), T(10), T(2), nan, T(3), T(30), T(6), T(20);
  const auto s = core::fit_standard_scaler(x);
  // Column 1 is fitted on 10, 30, 20 only: mean 20, population variance 200/3.
  CHECK(s.mean[1] == doctest::Approx(20.0));
  CHECK(s.variance[1] == doctest::Approx(200.0 / 3.0));
  const core::matrix<T> back = s.inverse_transform(s.transform(x));
  CHECK(std::isnan(back(1, 1)));
  CHECK(back(3, 0) == doctest::Approx(6.0));
  CHECK(back(2, 1) == doctest::Approx(30.0));
  // with_mean = false only divides; with_std = false only centres.
  const auto no_mean = core::fit_standard_scaler(x, {.with_mean = false});
  CHECK(no_mean.transform(x)(0, 0) == doctest::Approx(1.0 / std::sqrt(3.5)));
  const auto no_std = core::fit_standard_scaler(x, {.with_std = false});
  CHECK(no_std.scale[0] == T(1));
  CHECK(no_std.transform(x)(0, 0) == doctest::Approx(-2.0));
  CHECK(no_std.inverse_transform(no_std.transform(x))(3, 0) == doctest::Approx(6.0));

  const auto m = core::fit_min_max_scaler(x, {.range_min = -1, .range_max = 1});
  const core::matrix<T> mx = m.transform(x);
  CHECK(mx(0, 0) == doctest::Approx(-1.0));
  CHECK(mx(3, 0) == doctest::Approx(1.0));
  CHECK(mx(1, 1) != mx(1, 1));  // NaN kept
  CHECK(m.inverse_transform(mx)(2, 1) == doctest::Approx(30.0));
  // Data outside the fitted range maps outside the target range (no clipping).
  core::matrix<T> wide(1, 2);
  wide << T(11), T(40);
  CHECK(m.transform(wide)(0, 0) == doctest::Approx(-1.0 + (11.0 - 1.0) * 2.0 / 5.0));
  // A one-column series works as an n x 1 matrix; results are comparable values.
  const core::vector<T> y{{T(2), T(4), T(6)}};
  const auto sy = core::fit_standard_scaler(y);
  CHECK(sy.transform(y)(2, 0) == doctest::Approx(std::sqrt(1.5)));
  CHECK(sy == core::fit_standard_scaler(y));
  CHECK_FALSE(sy == core::fit_standard_scaler(y, {.with_std = false}));
  CHECK(m == core::fit_min_max_scaler(x, {.range_min = -1, .range_max = 1}));
  CHECK_FALSE(m == core::fit_min_max_scaler(x));
}

TEST_CASE_TEMPLATE("scalers reject bad input with clear errors", T, double, float) {
  const T nan = core::missing<T>();
  core::matrix<T> x(3, 2);
  x << T(1), nan, T(2), nan, T(3), nan;
  CHECK_THROWS_WITH_AS(
      (void)core::fit_standard_scaler(x),
      "core::fit_standard_scaler: column 1 has no observed value; expected at least one non-NaN "
      "value",
      core::invalid_input);
  CHECK_THROWS_AS((void)core::fit_min_max_scaler(x), core::invalid_input);
  CHECK_THROWS_AS((void)core::fit_standard_scaler(core::matrix<T>(0, 2)), core::invalid_input);
  x(1, 1) = std::numeric_limits<T>::infinity();
  CHECK_THROWS_AS((void)core::fit_standard_scaler(x), core::invalid_input);
  x(1, 1) = T(5);
  const auto s = core::fit_standard_scaler(x);
  CHECK_THROWS_WITH_AS((void)s.transform(core::matrix<T>::Zero(2, 3)),
                       "core::standard_scaler::transform: x has 3 columns; expected 2 (the columns "
                       "the scaler was fitted on)",
                       core::dimension_mismatch);
  CHECK_THROWS_AS((void)s.inverse_transform(core::matrix<T>::Zero(2, 1)), core::dimension_mismatch);
  const auto m = core::fit_min_max_scaler(x);
  CHECK_THROWS_AS((void)m.transform(core::matrix<T>::Zero(2, 1)), core::dimension_mismatch);
  CHECK_THROWS_AS((void)m.inverse_transform(core::matrix<T>::Zero(1, 1)), core::dimension_mismatch);
  core::matrix<T> bad = core::matrix<T>::Zero(1, 2);
  bad(0, 0) = -std::numeric_limits<T>::infinity();
  CHECK_THROWS_AS((void)m.transform(bad), core::invalid_input);
  CHECK_THROWS_AS((void)core::fit_min_max_scaler(x, {.range_min = 1, .range_max = 1}),
                  core::invalid_input);
  CHECK_THROWS_AS(core::validate(core::min_max_scaler_options{.range_min = 2, .range_max = 1}),
                  core::invalid_input);
}

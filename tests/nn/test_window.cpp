// SPDX-License-Identifier: Apache-2.0
// Tests of nn/window.hpp: window contents, scaling from the training part only, the time-ordered
// split, calendar features, missing values, seeded shuffling.
#include <foresight/nn/window.hpp>

#include <numeric>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

namespace {
core::panel<double> two_series() {
  core::panel<double> p;
  core::vector<double> a(10);
  for (core::index i = 0; i < 10; ++i)
    a[i] = static_cast<double>(i + 1);  // 1..10
  p.add("a", a, 4, "2020 Q3");
  core::vector<double> b(6);
  b << 2, 4, 6, 8, 10, 12;
  p.add("b", b, 1);
  return p;
}
}  // namespace

TEST_CASE("nn::make_windows: contents, time-ordered split and scales from the training part") {
  const auto p = two_series();
  const auto w = fnn::make_windows<double>(
      p,
      {.input_length = 3, .horizon = 2, .scaling = fnn::scaling::mean_abs, .validation_steps = 2});
  // Series a: 10 values, last 2 for validation, cutoff 8: training origins 3..6 (4 windows);
  // series b: cutoff 4, span 5: none. Validation: one window per series with 3 inputs before.
  CHECK(w.train.size() == 4);
  CHECK(w.validation.size() == 2);
  CHECK(w.features == 3);
  // Scale of a: mean |y| of its first 8 values = 4.5 (validation values excluded).
  CHECK(w.scales[0].scale == doctest::Approx(4.5));
  CHECK(w.scales[1].scale == doctest::Approx(5.0));  // mean of 2, 4, 6, 8
  CHECK(w.train.origin == std::vector<core::index>{3, 4, 5, 6});
  CHECK(w.train.x(0, 0, 0) == doctest::Approx(1 / 4.5));
  CHECK(w.train.y(3, 1) == doctest::Approx(8 / 4.5));  // last training target is y[7]
  CHECK(w.validation.origin == std::vector<core::index>{8, 4});
  CHECK(w.validation.y(0, 1) == doctest::Approx(10 / 4.5));
  CHECK(w.validation.x(1, 2, 0) == doctest::Approx(8 / 5.0));
  // Calendar: "2020 Q3" with period 4 starts at position 2: angle pi for t = 0, 3pi/2 for t = 1.
  CHECK(w.train.x(0, 0, 1) == doctest::Approx(0).epsilon(1e-12));
  CHECK(w.train.x(0, 0, 2) == doctest::Approx(-1));
  CHECK(w.train.x(0, 1, 1) == doctest::Approx(-1));
  // Period 1: calendar features are zero.
  CHECK(w.validation.x(1, 0, 1) == 0);
  CHECK(w.validation.x(1, 0, 2) == 0);
}

TEST_CASE("nn::make_windows: stride, scalings, missing values, errors") {
  auto p = two_series();
  const auto s2 = fnn::make_windows<float>(p, {.input_length = 3,
                                               .horizon = 2,
                                               .stride = 2,
                                               .scaling = fnn::scaling::standard,
                                               .calendar_features = false});
  // Series a: origins aligned to end at 10: starts 1, 3, 5 (0 skipped by the stride); b: 1 (0,
  // then 1 by alignment: (6 - 5) % 2 = 1).
  CHECK(s2.features == 1);
  CHECK(s2.train.origin == std::vector<core::index>{4, 6, 8, 4});
  // core::fit_standard_scaler: mean 5.5, population sd sqrt(8.25) for 1..10
  CHECK(s2.scales[0].location == doctest::Approx(5.5));
  CHECK(s2.scales[0].scale == doctest::Approx(std::sqrt(8.25)));
  const auto mm = fnn::make_windows<float>(
      p, {.input_length = 3, .horizon = 2, .scaling = fnn::scaling::min_max});
  CHECK(mm.train.x(0, 0, 0) == doctest::Approx(0));  // 1 is the minimum of 1..10
  core::panel<double> gap;
  core::vector<double> g(8);
  g << 1, 2, 3, NAN, 5, 6, 7, 8;
  gap.add("g", g);
  const auto wg = fnn::make_windows<float>(gap, {.input_length = 2, .horizon = 1});
  CHECK(wg.train.origin == std::vector<core::index>{2, 6, 7});  // windows touching y[3] skipped
  CHECK_THROWS_WITH_AS((void)fnn::make_windows<float>(p, {.input_length = 20, .horizon = 2}),
                       doctest::Contains("no series yields a training window"),
                       core::invalid_input);
  CHECK_THROWS_AS((void)fnn::make_windows<float>(p, {.input_length = 0}), core::invalid_input);
  CHECK(fnn::to_string(fnn::scaling::min_max) == "min_max");
  // Context scaling: each window by the mean |y| of its own inputs (DeepAR).
  const auto cw = fnn::make_windows<double>(p, {.input_length = 3,
                                                .horizon = 2,
                                                .scaling = fnn::scaling::window_mean_abs,
                                                .calendar_features = false});
  CHECK(cw.train.x(0, 0, 0) == doctest::Approx(1.0 / 2.0));  // inputs 1, 2, 3: mean 2
  CHECK(cw.train.y(0, 1) == doctest::Approx(5.0 / 2.0));
  CHECK(cw.train.x(1, 2, 0) == doctest::Approx(4.0 / 3.0));  // inputs 2, 3, 4: mean 3
  CHECK(fnn::window_features({.calendar_features = false}) == 1);
  CHECK(fnn::window_features({}) == 3);
}

TEST_CASE("nn::last_window and nn::shuffled_indices") {
  core::vector<double> y(6);
  y << 1, 2, 3, 4, 5, 6;
  const auto x = fnn::last_window<double>(y, 12, "2021-11", {.location = 0, .scale = 2},
                                          {.input_length = 2, .horizon = 1});
  CHECK(x(0, 0, 0) == doctest::Approx(2.5));
  CHECK(x(0, 1, 0) == doctest::Approx(3));
  // Start position 10 (November): t = 5 is position 3 (April): angle pi/2.
  CHECK(x(0, 1, 1) == doctest::Approx(1));
  y[5] = NAN;
  CHECK_THROWS_AS((void)fnn::last_window<double>(y, 12, "", {}, {.input_length = 2}),
                  core::invalid_input);
  CHECK_THROWS_AS((void)fnn::last_window<double>(y, 12, "", {}, {.input_length = 7}),
                  core::invalid_input);
  const auto a = fnn::shuffled_indices(50, 7, 0);
  CHECK(a == fnn::shuffled_indices(50, 7, 0));
  CHECK(a != fnn::shuffled_indices(50, 7, 1));
  auto sorted = a;
  std::sort(sorted.begin(), sorted.end());
  std::vector<core::index> iota(50);
  std::iota(iota.begin(), iota.end(), 0);
  CHECK(sorted == iota);
}

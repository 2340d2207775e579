// SPDX-License-Identifier: Apache-2.0
// Tests of nn/forecaster.hpp: fit across a panel, core::forecast output (point, quantiles,
// cumulative means), thread-count invariance, bad input.
#include <foresight/nn/forecaster.hpp>

#include <cmath>
#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

namespace {
core::panel<double> seasonal_panel(std::uint64_t seed) {
  std::mt19937_64 rng{seed};
  core::panel<double> p;
  for (int i = 0; i < 8; ++i) {
    core::vector<double> y(72);
    const double level = 50 + 30 * core::uniform01<double>(rng);
    for (core::index t = 0; t < 72; ++t) {
      y[t] = level * (1 + 0.3 * std::sin(2 * M_PI * static_cast<double>(t) / 12)) +
             core::normal<double>(rng, 0.0, 1.0);
    }
    p.add("item" + std::to_string(i), y, 12, "2015-01");
  }
  return p;
}
}  // namespace

TEST_CASE("nn::fit learns a seasonal panel and forecasts with quantiles") {
  const auto p = seasonal_panel(3);
  const fnn::forecaster_options o{
      .model = {.hidden_size = 16},
      .windows = {.input_length = 24, .horizon = 6, .stride = 2, .validation_steps = 6},
      .training = {.quantiles = {0.1, 0.5, 0.9},
                   .learning_rate = 0.01,
                   .epochs = 25,
                   .batch_size = 32,
                   .patience = 5,
                   .seed = 11}};
  const auto m = fnn::fit<float>(p, o);
  CHECK(m.info.epochs > 0);
  const auto f = m.forecast(p.series(0), 6);
  core::validate(f);
  CHECK(f.horizon() == 6);
  CHECK(f.quantile_levels == std::vector<double>{0.1, 0.5, 0.9});
  CHECK(std::isnan(f.sd[0]));
  for (core::index s = 0; s < 6; ++s) {
    CHECK(f.quantiles(s, 0) <= f.quantiles(s, 1));
    CHECK(f.quantiles(s, 1) <= f.quantiles(s, 2));
  }
  CHECK(f.cumulative_mean[5] == doctest::Approx(f.mean.sum()));
  // The next six months of series 0 follow the seasonal pattern: the forecast tracks it within
  // 15% on average (the noise sd is 1 on a level of 50..80; the untrained network is far off).
  const auto y0 = p.values(0);
  const double level = y0.mean();
  double err = 0;
  for (core::index s = 0; s < 6; ++s) {
    const double truth = level * (1 + 0.3 * std::sin(2 * M_PI * static_cast<double>(72 + s) / 12));
    err += std::abs(f.mean[s] - truth) / truth / 6;
  }
  CHECK(err < 0.15);
  // Reproducible, and the same for any thread count.
  const auto again = fnn::fit<float>(p, o);
  CHECK(again.model.head.weight == m.model.head.weight);
  const auto one = m.forecast(p, 6, 1);
  const auto two = m.forecast(p, 6, 2);
  REQUIRE(one.size() == 8);
  for (std::size_t i = 0; i < one.size(); ++i) {
    CHECK(one[i].mean == two[i].mean);
    CHECK(one[i].quantiles == two[i].quantiles);
  }
}

TEST_CASE("nn::forecaster rejects bad requests") {
  const auto p = seasonal_panel(4);
  const auto m = fnn::fit<float>(
      p, {.windows = {.input_length = 12, .horizon = 3}, .training = {.epochs = 1}});
  CHECK_THROWS_WITH_AS((void)m.forecast(p.series(1), 4),
                       "nn::forecaster::forecast: h is 4; expected 1..3 (the trained horizon)",
                       core::invalid_input);
  core::vector<double> short_y(5);
  short_y.setOnes();
  CHECK_THROWS_AS((void)m.forecast(core::time_series<double>(short_y, 12), 3), core::invalid_input);
  core::vector<double> gap = p.values(2);
  gap[gap.size() - 1] = NAN;
  CHECK_THROWS_AS((void)m.forecast(core::time_series<double>(gap, 12), 3), core::invalid_input);
  CHECK_THROWS_AS((void)fnn::fit<float>(p, {.windows = {.input_length = 100}}),
                  core::invalid_input);
}

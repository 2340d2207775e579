// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include <foresight/core/forecast.hpp>

namespace core = foresight::core;

TEST_CASE("make_normal_forecast builds intervals, quantiles and an independent aggregate") {
  const core::vector<double> mu{{10.0, 11.0, 12.0}};
  const core::vector<double> sd{{1.0, 2.0, 3.0}};
  const auto f = core::make_normal_forecast<double>(mu, sd, {0.8, 0.95}, {0.5, 0.9});
  CHECK_NOTHROW(core::validate(f));
  CHECK(f.horizon() == 3);
  // R 4.2.2: qnorm(0.975) = 1.959963984540054, qnorm(0.9) = 1.2815515655446004.
  CHECK(f.upper(1, 1) == doctest::Approx(11.0 + 2.0 * 1.959963984540054).epsilon(1e-15));
  CHECK(f.lower(2, 0) == doctest::Approx(12.0 - 3.0 * 1.2815515655446004).epsilon(1e-15));
  CHECK(f.quantiles(0, 0) == doctest::Approx(10.0).epsilon(1e-15));
  CHECK(f.quantiles(2, 1) == doctest::Approx(12.0 + 3.0 * 1.2815515655446004).epsilon(1e-15));
  CHECK(f.cumulative_mean[2] == 33.0);
  CHECK(f.cumulative_variance[2] == 14.0);
  CHECK(f.aggregate == core::aggregate_method::independent);
  const auto ltd = f.lead_time_demand(2);
  CHECK(ltd.mean == 21.0);
  CHECK(ltd.sd == doctest::Approx(std::sqrt(5.0)));
  CHECK(f.marginal(3).sd == 3.0);
  CHECK(f.level_index(0.95).value() == 1);
  CHECK_FALSE(f.level_index(0.5).has_value());
}

TEST_CASE("cumulative_variance_from_psi gives the exact random-walk aggregate") {
  // Random walk: psi_j = 1, so the sum of steps 1..L has variance sigma2 * (1 + 4 + ... + L^2).
  const core::vector<double> psi = core::vector<double>::Ones(4);
  const core::vector<double> v = core::cumulative_variance_from_psi<double>(psi, 2.0);
  CHECK(v[0] == 2.0);
  CHECK(v[1] == 2.0 * 5);
  CHECK(v[3] == 2.0 * 30);
  const core::vector<double> mu = core::vector<double>::Constant(4, 5.0);
  const core::vector<double> sd = (2.0 * core::vector<double>::LinSpaced(4, 1, 4)).cwiseSqrt();
  const auto f = core::make_normal_forecast<double>(mu, sd, {0.9}, {}, v);
  CHECK(f.aggregate == core::aggregate_method::exact);
  CHECK(f.lead_time_demand(4).sd == doctest::Approx(std::sqrt(60.0)));
  // The independence assumption understates it: 2 * (1 + 2 + 3 + 4) = 20 < 60.
  CHECK(core::make_normal_forecast<double>(mu, sd, {0.9}).cumulative_variance[3] ==
        doctest::Approx(20.0));
}

TEST_CASE("forecast rejects bad levels, shapes and steps") {
  const core::vector<double> mu{{1.0, 2.0}};
  const core::vector<double> sd{{1.0, 1.0}};
  CHECK_THROWS_AS((void)core::make_normal_forecast<double>(mu, sd, {1.0}), core::invalid_input);
  CHECK_THROWS_AS((void)core::make_normal_forecast<double>(mu, core::vector<double>{{1.0}}, {0.9}),
                  core::dimension_mismatch);
  CHECK_THROWS_AS(
      (void)core::make_normal_forecast<double>(mu, core::vector<double>{{1.0, -1.0}}, {}),
      core::invalid_input);
  const auto f = core::make_normal_forecast<double>(mu, sd, {0.9});
  CHECK_THROWS_AS((void)f.marginal(0), core::invalid_input);
  CHECK_THROWS_AS((void)f.lead_time_demand(3), core::invalid_input);
  auto g = f;
  g.sd[1] = core::missing();
  CHECK_THROWS_AS((void)g.marginal(2), core::invalid_input);
  g.lower.resize(1, 1);
  CHECK_THROWS_AS(core::validate(g), core::dimension_mismatch);
}

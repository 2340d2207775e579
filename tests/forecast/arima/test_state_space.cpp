// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <foresight/forecast/arima/state_space.hpp>

namespace arima = foresight::forecast::arima;
namespace core = foresight::core;

TEST_CASE("arima::stationary_covariance solves P = T P T' + R R'") {
  core::vector<double> phi(2);
  phi << 0.5, -0.3;
  core::vector<double> theta(3);
  theta << 0.4, 0.2, 0.1;
  const core::matrix<double> p = arima::stationary_covariance(phi, theta);
  CHECK(p.rows() == 4);
}

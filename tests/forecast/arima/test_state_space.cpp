// SPDX-License-Identifier: Apache-2.0
// Tests of forecast/arima/state_space.hpp: the stationary covariance solves the Lyapunov
// equation, the Chandrasekhar recursions equal the Kalman filter, forecasts of an AR(1).
#include <cmath>
#include <limits>

#include <doctest/doctest.h>

#include <foresight/forecast/arima/state_space.hpp>

namespace arima = foresight::forecast::arima;
namespace core = foresight::core;

namespace {
core::matrix<double> transition(const core::vector<double>& phi, core::index r) {
  core::matrix<double> t = core::matrix<double>::Zero(r, r);
  for (core::index i = 0; i < phi.size(); ++i)
    t(i, 0) = phi[i];
  for (core::index i = 0; i + 1 < r; ++i)
    t(i, i + 1) = 1;
  return t;
}
}  // namespace

TEST_CASE("arima::stationary_covariance solves P = T P T' + R R'") {
  // Seasonal-sized case: (1,0,1)(1,0,1)[12] expanded.
  core::vector<double> phi = core::vector<double>::Zero(13);
  phi[0] = 0.5;
  phi[11] = 0.4;
  phi[12] = -0.2;
  core::vector<double> theta = core::vector<double>::Zero(13);
  theta[0] = 0.3;
  theta[11] = -0.6;
  theta[12] = -0.18;
  const core::matrix<double> p = arima::stationary_covariance(phi, theta);
  const core::index r = p.rows();
  REQUIRE(r == 14);
  core::vector<double> rv = core::vector<double>::Zero(r);
  rv[0] = 1;
  rv.segment(1, 13) = theta;
  const core::matrix<double> t = transition(phi, r);
  const core::matrix<double> resid = p - t * p * t.transpose() - rv * rv.transpose();
  CHECK(resid.cwiseAbs().maxCoeff() < 1e-12 * p.cwiseAbs().maxCoeff());
  CHECK((p - p.transpose()).cwiseAbs().maxCoeff() == 0.0);
  core::vector<double> unit(1);
  unit << 1.0;
  CHECK_THROWS_AS((void)arima::stationary_covariance(unit, core::vector<double>()),
                  core::numerical_error);
}

TEST_CASE("arima::chandrasekhar_likelihood equals the Kalman filter for a stationary model") {
  core::vector<double> phi(2);
  phi << 0.6, -0.2;
  core::vector<double> theta(2);
  theta << 0.4, 0.25;
  core::vector<double> y(60);
  for (core::index i = 0; i < y.size(); ++i)
    y[i] = std::sin(0.3 * static_cast<double>(i)) + 0.1 * static_cast<double>(i % 7);
  arima::state_space ss = arima::make_state_space(phi, theta, core::vector<double>(), 1e6);
  const arima::filter_sums a = arima::kalman_filter(y, ss);
  const arima::filter_sums b = arima::chandrasekhar_likelihood(y, phi, theta);
  CHECK(a.used == b.used);
  CHECK(b.ssq == doctest::Approx(a.ssq).epsilon(1e-12));
  CHECK(b.sumlog == doctest::Approx(a.sumlog).epsilon(1e-12));
}

TEST_CASE("arima::kalman_forecast of an AR(1) and missing observations") {
  core::vector<double> phi(1);
  phi << 0.5;
  arima::state_space ss =
      arima::make_state_space(phi, core::vector<double>(), core::vector<double>(), 1e6);
  core::vector<double> y(3);
  y << 1.0, std::numeric_limits<double>::quiet_NaN(), 2.0;
  core::vector<double> res(3);
  const arima::filter_sums s = arima::kalman_filter(y, ss, res.data());
  CHECK(s.used == 2);
  CHECK(std::isnan(res[1]));
  const arima::state_forecast f = arima::kalman_forecast(ss, 2);
  CHECK(f.mean[0] == doctest::Approx(1.0));  // 0.5 * 2
  CHECK(f.mean[1] == doctest::Approx(0.5));
  CHECK(f.variance[0] == doctest::Approx(1.0));
  CHECK(f.variance[1] == doctest::Approx(1.25));  // 1 + phi^2
  CHECK_THROWS_AS((void)arima::kalman_forecast(ss, -1), core::invalid_input);
}

// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>

#include <Eigen/Core>

#include <foresight/core/forecast.hpp>
#include <foresight/inventory/safety_stock.hpp>

namespace core = foresight::core;
namespace inv = foresight::inventory;

// The expected values below are the closed forms written out by hand (z from R 4.2.2:
// qnorm(0.95) = 1.6448536269514722, qnorm(0.99) = 2.3263478740408408); float carries ~7 digits.
template <typename Scalar>
constexpr double tol = std::is_same_v<Scalar, float> ? 2e-6 : 1e-13;
constexpr double z95 = 1.6448536269514722;

TEST_CASE_TEMPLATE("safety stock for fixed, stochastic and periodic lead times", Scalar, float,
                   double) {
  const inv::normal_demand<Scalar> d{Scalar(100), Scalar(20)};
  const inv::cycle_service_level<Scalar> alpha{Scalar(0.95)};
  // Fixed lead time 4: sigma_LT = 20 * 2 = 40.
  const auto a = inv::safety_stock(d, alpha, inv::safety_stock_options<Scalar>{.lead_time = 4});
  CHECK(a.method == inv::safety_stock_method::fixed_lead_time);
  CHECK(double(a.lead_time_demand_sd) == doctest::Approx(40).epsilon(tol<Scalar>));
  CHECK(double(a.safety_stock) == doctest::Approx(40 * z95).epsilon(tol<Scalar>));
  CHECK(double(a.reorder_point) == doctest::Approx(400 + 40 * z95).epsilon(tol<Scalar>));
  CHECK(double(a.cycle_service_level) == doctest::Approx(0.95).epsilon(tol<Scalar>));
  // Stochastic lead time (mean 4, sd 1): sigma^2 = 4 * 400 + 100^2 * 1 = 11600.
  const auto b = inv::safety_stock(
      d, alpha, inv::safety_stock_options<Scalar>{.lead_time = 4, .lead_time_sd = 1});
  CHECK(b.method == inv::safety_stock_method::stochastic_lead_time);
  CHECK(double(b.lead_time_demand_sd) == doctest::Approx(std::sqrt(11600.0)).epsilon(tol<Scalar>));
  // Periodic review R = 2 with L = 4: protection interval 6, sigma = 20 sqrt(6), mean 600.
  const auto c = inv::safety_stock(
      d, alpha, inv::safety_stock_options<Scalar>{.lead_time = 4, .review_period = 2});
  CHECK(c.method == inv::safety_stock_method::periodic_review);
  CHECK(double(c.lead_time_demand_mean) == doctest::Approx(600).epsilon(tol<Scalar>));
  CHECK(double(c.reorder_point) ==
        doctest::Approx(600 + z95 * 20 * std::sqrt(6.0)).epsilon(tol<Scalar>));
}

TEST_CASE("safety stock from forecast errors: RMSE as is, MAD times 1.25") {
  CHECK(inv::sd_from_forecast_errors(inv::error_measure::mad, 8.0) == 10.0);
  CHECK(inv::sd_from_forecast_errors(inv::error_measure::rmse, 8.0) == 8.0);
  const double sd = inv::sd_from_forecast_errors(inv::error_measure::mad, 8.0);
  const auto r = inv::safety_stock(inv::normal_demand<double>{50.0, sd},
                                   inv::cycle_service_level<double>{0.95}, {.lead_time = 9});
  CHECK(r.safety_stock == doctest::Approx(z95 * 30).epsilon(1e-13));
}

TEST_CASE("fill-rate targets: the exact condition meets beta exactly, the classic one nearly") {
  const core::gaussian<double> ltd{500, 100};
  const double q = 150;
  const auto exact = inv::safety_stock(ltd, inv::fill_rate<double>{0.95}, q);
  CHECK(exact.fill_rate == doctest::Approx(0.95).epsilon(1e-10));
  CHECK(exact.notes.empty());
  const auto classic =
      inv::safety_stock(ltd, inv::fill_rate<double>{0.95}, q, inv::fill_rate_formula::classic);
  CHECK(inv::standard_normal_loss(classic.safety_factor) * 100 == doctest::Approx(0.05 * q));
  // The classic condition ignores G(z + Q/sigma) > 0, so it over-protects slightly.
  CHECK(classic.fill_rate > 0.95);
  CHECK(classic.safety_factor > exact.safety_factor);
  CHECK(classic.notes.size() == 1);
  const auto via_demand =
      inv::safety_stock(inv::normal_demand<double>{100, 40}, inv::fill_rate<double>{0.99},
                        {.lead_time = 4, .order_quantity = 300});
  CHECK(via_demand.fill_rate == doctest::Approx(0.99).epsilon(1e-10));
}

TEST_CASE("safety stock from a forecast uses the lead-time aggregate exactly") {
  core::vector<double> mu(3);
  mu << 100, 110, 120;
  core::vector<double> sd(3);
  sd << 10, 12, 14;
  // Positively correlated step errors: the exact aggregate exceeds the sum of variances.
  core::vector<double> cum(3);
  cum << 100, 400, 900;
  const auto exact = core::make_normal_forecast<double>(mu, sd, {0.95}, {}, cum);
  const auto r = inv::safety_stock(exact, 3, inv::cycle_service_level<double>{0.95});
  CHECK(r.method == inv::safety_stock_method::forecast_aggregate);
  CHECK(r.lead_time_demand_mean == doctest::Approx(330));
  CHECK(r.lead_time_demand_sd == doctest::Approx(30));
  CHECK(r.safety_stock == doctest::Approx(30 * z95).epsilon(1e-13));
  CHECK(r.notes.empty());
  const auto indep = core::make_normal_forecast<double>(mu, sd, {0.95});
  const auto ri = inv::safety_stock(indep, 3, inv::cycle_service_level<double>{0.95});
  CHECK(ri.lead_time_demand_sd == doctest::Approx(std::sqrt(100.0 + 144 + 196)));
  CHECK(ri.notes.size() == 1);
  CHECK_THROWS_AS((void)inv::safety_stock(exact, 4, inv::cycle_service_level<double>{0.95}),
                  core::invalid_input);
}

TEST_CASE("batch safety stock equals the single-item formula for any thread count") {
  const core::index n = 40000;
  core::vector<double> mu(n);
  core::vector<double> sd(n);
  core::vector<double> lt(n);
  for (core::index i = 0; i < n; ++i) {
    mu[i] = 10.0 + double(i % 97);
    sd[i] = 1.0 + double(i % 13);
    lt[i] = double(1 + i % 5);
  }
  const auto one = inv::safety_stock_batch<double>(mu, sd, lt, {0.95}, 1);
  const auto two = inv::safety_stock_batch<double>(mu, sd, lt, {0.95}, 2);
  CHECK(one.reorder_point == two.reorder_point);
  CHECK(one.safety_stock == two.safety_stock);
  for (const core::index i : {core::index(0), core::index(12345), n - 1}) {
    const auto s = inv::safety_stock(inv::normal_demand<double>{mu[i], sd[i]},
                                     inv::cycle_service_level<double>{0.95}, {.lead_time = lt[i]});
    CHECK(one.reorder_point[i] == doctest::Approx(s.reorder_point).epsilon(1e-14));
  }
  lt[7] = -1;
  CHECK_THROWS_WITH_AS((void)inv::safety_stock_batch<double>(mu, sd, lt, {0.95}),
                       doctest::Contains("item 7"), core::invalid_input);
  CHECK_THROWS_AS((void)inv::safety_stock_batch<double>(mu, sd.head(3), lt, {0.95}),
                  core::dimension_mismatch);
}

TEST_CASE("safety stock rejects bad input with invalid_input naming the parameter") {
  const inv::normal_demand<double> d{100, 20};
  const inv::cycle_service_level<double> alpha{0.95};
  CHECK_THROWS_WITH_AS((void)inv::safety_stock(d, alpha, {.lead_time = -1}),
                       doctest::Contains("lead_time is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::safety_stock(d, alpha, {.lead_time = 1, .lead_time_sd = -2}),
                       doctest::Contains("lead_time_sd is -2"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::safety_stock(inv::normal_demand<double>{100, -1}, alpha, {}),
                       doctest::Contains("demand sd is -1"), core::invalid_input);
  CHECK_THROWS_WITH_AS(
      (void)inv::safety_stock(inv::normal_demand<double>{std::nan(""), 1}, alpha, {}),
      doctest::Contains("demand mean"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::safety_stock(d, inv::cycle_service_level<double>{1.5}, {}),
                       doctest::Contains("cycle service level is 1.5"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::safety_stock(d, inv::fill_rate<double>{0.98}, {}),
                       doctest::Contains("order_quantity is 0"), core::invalid_input);
  CHECK_THROWS_WITH_AS((void)inv::safety_stock(d, alpha, {.review_period = -1}),
                       doctest::Contains("review_period is -1"), core::invalid_input);
  CHECK_THROWS_AS((void)inv::sd_from_forecast_errors(inv::error_measure::rmse, -1.0),
                  core::invalid_input);
}

TEST_CASE("method enums have stable names") {
  CHECK(inv::to_string(inv::safety_stock_method::stochastic_lead_time) == "stochastic_lead_time");
  CHECK(inv::to_string(inv::safety_stock_method::forecast_aggregate) == "forecast_aggregate");
  CHECK(inv::to_string(inv::fill_rate_formula::classic) == "classic");
  CHECK(inv::to_string(inv::error_measure::mad) == "mad");
  const auto ltd = inv::lead_time_demand(inv::normal_demand<double>{10, 2}, {.lead_time = 9});
  CHECK(ltd.mean == 90.0);
  CHECK(ltd.sd == doctest::Approx(6.0));
  CHECK_NOTHROW(inv::validate(inv::safety_stock_options<double>{}));
  CHECK_THROWS_AS(inv::validate(inv::safety_stock_options<double>{.order_quantity = -1}),
                  core::invalid_input);
}

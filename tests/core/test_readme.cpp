// SPDX-License-Identifier: Apache-2.0
// The code sample at the top of README.md, compiled and run as written there.
#include <doctest/doctest.h>

#include <cmath>

#include <foresight/foresight.hpp>

TEST_CASE("README sample: auto ARIMA forecast to safety stock") {
  // A monthly series with a yearly cycle and noise, 60 months (seeded).
  std::mt19937_64 rng{7};
  foresight::core::vector<double> y(60);
  for (foresight::core::index t = 0; t < y.size(); ++t)
    y[t] = 100 + 20 * std::sin(2 * 3.141592653589793 * static_cast<double>(t) / 12) +
           foresight::core::normal<double>(rng, 0.0, 5.0);

  // --- README.md, verbatim ---
  namespace fs = foresight;
  const auto model = fs::forecast::arima::auto_fit(y, {.seasonal_period = 12});
  const fs::core::forecast<double> f = model.forecast(6, {0.80, 0.95});  // mean, sd, intervals
  const auto stock = fs::inventory::safety_stock(                        // exact lead-time sum
      f, 3, fs::inventory::cycle_service_level<double>{0.95});
  // --- end of the sample ---

  REQUIRE(f.mean.size() == 6);
  // The reorder point is the lead-time mean plus z(0.95) times the lead-time sd.
  const auto ltd = f.lead_time_demand(3);
  CHECK(stock.lead_time_demand_mean == doctest::Approx(ltd.mean).epsilon(1e-12));
  CHECK(stock.reorder_point ==
        doctest::Approx(ltd.mean + 1.6448536269514722 * ltd.sd).epsilon(1e-12));
  CHECK(stock.safety_stock > 0);
}

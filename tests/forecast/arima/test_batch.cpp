// SPDX-License-Identifier: Apache-2.0
// Tests of forecast/arima/batch.hpp: results identical for 1, 2 and 4 threads, per-series
// errors, cancellation.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include <foresight/forecast/arima/batch.hpp>

#include "forecast/arima/reference.hpp"

namespace arima = foresight::forecast::arima;
namespace core = foresight::core;
namespace ref = foresight::test::arima_reference;

namespace {
core::panel<double> small_panel() {
  const auto s = ref::load_series();
  core::panel<double> p;
  for (const char* name : {"lh", "USAccDeaths", "Nile", "ldeaths", "WWWusage", "UKgas"}) {
    const auto& v = s.at(name);
    const core::index period =
        std::string(name) == "UKgas"                                             ? 4
        : (std::string(name) == "USAccDeaths" || std::string(name) == "ldeaths") ? 12
                                                                                 : 1;
    p.add(name,
          Eigen::Map<const core::vector<double>>(v.data(), static_cast<core::index>(v.size())),
          period);
  }
  p.add("flat", core::vector<double>::Constant(30, 1.0), 1);
  return p;
}
}  // namespace

TEST_CASE("arima::auto_fit_batch gives the same models for 1, 2 and 4 threads") {
  const core::panel<double> p = small_panel();
  const arima::batch_result r1 = arima::auto_fit_batch(p, {}, {.threads = 1});
  CHECK(r1.fitted == 6);
  CHECK(r1.errors[6].find("constant") != std::string::npos);
  CHECK(r1.status == core::fit_status::converged);
  for (const int t : {2, 4}) {
    const arima::batch_result rt = arima::auto_fit_batch(p, {}, {.threads = t});
    for (std::size_t i = 0; i < r1.models.size(); ++i) {
      REQUIRE(rt.models[i].has_value() == r1.models[i].has_value());
      if (r1.models[i]) {
        CHECK(rt.models[i]->coefficients == r1.models[i]->coefficients);
        CHECK(rt.models[i]->loglik == r1.models[i]->loglik);
        CHECK(rt.models[i]->forecast(6).mean == r1.models[i]->forecast(6).mean);
      }
    }
  }
  // The single-series call gives the same model.
  const arima::model single =
      arima::auto_fit(core::vector<double>(p.values(1)), {.seasonal_period = 12});
  CHECK(single.coefficients == r1.models[1]->coefficients);
}

TEST_CASE("arima batch cancellation and fit_batch") {
  const core::panel<double> p = small_panel();
  const arima::batch_result r = arima::auto_fit_batch(
      p, {}, {.threads = 1, .on_progress = [](const core::progress&) { return false; }});
  CHECK(r.status == core::fit_status::cancelled);
  CHECK(r.fitted == 1);
  CHECK(r.errors[1] == "cancelled");
  const arima::batch_result f = arima::fit_batch(p, {.order = {1, 1, 1}}, {.threads = 2});
  CHECK(f.fitted == 6);
  CHECK_THROWS_WITH_AS((void)arima::fit_batch(p, {.order = {1, 1, 1}}, {.threads = -1}),
                       "forecast::arima::fit_batch: threads is -1; expected >= 0 (0: OpenMP "
                       "default)",
                       core::invalid_input);
  CHECK_THROWS_AS(arima::validate(arima::batch_options{.threads = -2}), core::invalid_input);
  CHECK_NOTHROW(arima::validate(arima::batch_options{.threads = 2}));
}

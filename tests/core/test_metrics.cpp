// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include <foresight/core/metrics.hpp>

#include "reference/core/reference_data.hpp"
#include "support/test_support.hpp"

namespace core = foresight::core;
namespace test = foresight::test;
namespace ref = foresight::test::reference;

// Tolerances. double: the acceptance criterion, 1e-10 relative to R (relative to
// max(1, |reference|)). float: inputs are rounded to float (2^-24 relative) and the means sum at
// most 144 terms in float, so errors stay below ~1e-5 of the size of the terms; signed means (ME,
// MPE) can cancel, so their float tolerance is taken relative to the matching absolute measure.
template <typename T>
constexpr double tolerance = 1e-10;
template <>
constexpr double tolerance<float> = 2e-5;

TEST_CASE_TEMPLATE("metrics match forecast::accuracy and explicit R formulas on seven series", T,
                   double, float) {
  // R 4.2.2, forecast 8.20: forecast::accuracy(fc, test) for meanf, naive, snaive and
  // rwf(drift = TRUE) fitted to the training part (tests/reference/core/baselines_metrics.R), and
  // sMAPE, pinball, coverage and Winkler by explicit formulas in that script.
  const auto series = ref::load_series();
  const auto forecasts = ref::load_grouped("baselines_forecasts.csv", {"series", "method"},
                                           {"mean", "lower80", "upper80", "lower95", "upper95"});
  const auto fitted = ref::load_grouped("baselines_fitted.csv", {"series", "method"}, {"fitted"});
  const auto acc =
      test::read_simple_csv(test::source_path("reference/core/baselines_accuracy.csv"));
  const double tol = tolerance<T>;
  ref::deviation_log log;
  int checked_rows = 0;
  for (const auto& r : acc.rows) {
    const std::string name = r[acc.column("series")];
    const std::string method = r[acc.column("method")];
    const bool is_test = r[acc.column("set")] == "test";
    const auto& s = series.at(name);
    const std::string key = name + "/" + method;
    if (!is_test && fitted.count(key) == 0)
      continue;  // fitted values are shipped for three series only
    const core::vector<T> train = ref::to_vector<T>(s.train);
    const core::vector<T> y = is_test ? ref::to_vector<T>(s.test) : train;
    const core::vector<T> f =
        ref::to_vector<T>(is_test ? forecasts.at(key).at("mean") : fitted.at(key).at("fitted"));
    const auto want = [&](const char* c) { return test::parse_number(r[acc.column(c)]); };
    CAPTURE(name);
    CAPTURE(method);
    CAPTURE(is_test);
    const double mae = core::mae(y, f);
    const double mape = core::mape(y, f);
    const auto check = [&](const char* col, double got, double scale) {
      CHECK_MESSAGE(log.check(col, got, want(col), tol, scale), col, ": got ", got, ", R ",
                    want(col));
    };
    check("ME", core::me(y, f), std::is_same_v<T, float> ? mae : 0.0);
    check("RMSE", core::rmse(y, f), 0.0);
    check("MAE", mae, 0.0);
    check("MPE", core::mpe(y, f), std::is_same_v<T, float> ? mape : 0.0);
    check("MAPE", mape, 0.0);
    check("MASE", core::mase(y, f, train, s.frequency), 0.0);
    if (is_test) {
      const auto& fc = forecasts.at(key);
      const core::vector<T> l80 = ref::to_vector<T>(fc.at("lower80"));
      const core::vector<T> u80 = ref::to_vector<T>(fc.at("upper80"));
      const core::vector<T> l95 = ref::to_vector<T>(fc.at("lower95"));
      const core::vector<T> u95 = ref::to_vector<T>(fc.at("upper95"));
      check("sMAPE", core::smape(y, f), 0.0);
      check("pinball025", core::pinball_loss(y, l95, T(0.025)), 0.0);
      check("pinball10", core::pinball_loss(y, l80, T(0.1)), 0.0);
      check("pinball50", core::pinball_loss(y, f, T(0.5)), 0.0);
      check("pinball90", core::pinball_loss(y, u80, T(0.9)), 0.0);
      check("pinball975", core::pinball_loss(y, u95, T(0.975)), 0.0);
      check("coverage80", core::interval_coverage(y, l80, u80), 0.0);
      check("coverage95", core::interval_coverage(y, l95, u95), 0.0);
      check("winkler80", core::winkler_score(y, l80, u80, T(0.8)), 0.0);
      check("winkler95", core::winkler_score(y, l95, u95, T(0.95)), 0.0);
      // The several-quantile overload gives the same numbers column by column.
      core::matrix<T> q(y.size(), 2);
      q.col(0) = l80;
      q.col(1) = u80;
      const core::vector<T> both = core::pinball_loss(y, q, std::vector<T>{T(0.1), T(0.9)});
      CHECK(both[0] == core::pinball_loss(y, l80, T(0.1)));
      CHECK(both[1] == core::pinball_loss(y, u80, T(0.9)));
      // accuracy() bundles the single measures.
      const auto a = core::accuracy(y, f, train, s.frequency);
      CHECK(a.mae == mae);
      CHECK(a.smape == core::smape(y, f));
      CHECK(a.mase == core::mase(y, f, train, s.frequency));
      CHECK(a.rmse == core::rmse(y, f));
      CHECK(a.me == core::me(y, f));
      CHECK(a.mpe == core::mpe(y, f));
      CHECK(a.mape == mape);
    }
    ++checked_rows;
  }
  // 7 series x 4 methods on the test set + 3 series x 4 methods on the training set.
  CHECK(checked_rows == 7 * 4 + 3 * 4);
  MESSAGE(log.report(std::is_same_v<T, double> ? "double, max deviation from R"
                                               : "float, max deviation from R"));
}

TEST_CASE_TEMPLATE("metrics follow the documented missing-value and zero-division policies", T,
                   double, float) {
  const T nan = core::missing<T>();
  const core::vector<T> y{{T(1), nan, T(4), T(2)}};
  const core::vector<T> f{{T(2), T(5), nan, T(1)}};
  // Only positions 0 and 3 are complete: errors -1 and +1.
  CHECK(core::me(y, f) == T(0));
  CHECK(core::mae(y, f) == T(1));
  CHECK(core::rmse(y, f) == T(1));
  // Percentage errors -100 % and +50 %.
  CHECK(core::mpe(y, f) == doctest::Approx(-25.0));
  CHECK(core::mape(y, f) == doctest::Approx(75.0));

  // MAPE and MPE with a zero actual: infinite; a pair y = f = 0 is skipped (R drops its 0/0).
  const core::vector<T> y0{{T(0), T(2), T(0)}};
  const core::vector<T> f0{{T(1), T(2), T(0)}};
  CHECK(core::mape(y0, f0) == std::numeric_limits<T>::infinity());
  CHECK(core::mpe(y0, f0) == -std::numeric_limits<T>::infinity());
  const core::vector<T> yz{{T(0), T(2)}};
  const core::vector<T> fz{{T(0), T(1)}};
  CHECK(core::mape(yz, fz) == doctest::Approx(50.0));  // only the pair (2, 1) counts
  CHECK_THROWS_AS((void)core::mape(core::vector<T>::Zero(2), core::vector<T>::Zero(2)),
                  core::invalid_input);
  // sMAPE: y = f = 0 is a perfect forecast (term 0); y = 0 != f is the maximum 200.
  CHECK(core::smape(yz, fz) == doctest::Approx(200.0 / 3.0 / 2.0));
  CHECK(core::smape(y0, f0) == doctest::Approx(200.0 / 3.0));

  // MASE: the scale skips NaN differences; a zero scale (constant training data) throws.
  const core::vector<T> train{{T(1), T(3), nan, T(4), T(8)}};
  // Lag-1 differences: 2, NaN, NaN, 4 -> scale 3; errors -1, +1 -> MASE 1/3.
  CHECK(core::mase(y, f, train, 1) == doctest::Approx(1.0 / 3.0));
  // Lag-2 differences: NaN, 4 - 3 = 1, NaN -> scale 1; errors -1, +1 -> MASE 1.
  CHECK(core::mase(y, f, train, 2) == doctest::Approx(1.0));
  CHECK_THROWS_WITH_AS((void)core::mase(y, f, core::vector<T>::Constant(6, T(5)), 1),
                       doctest::Contains("MASE scale"), core::invalid_input);

  // Interval measures skip incomplete triples.
  const core::vector<T> lo{{T(0), T(0), nan, T(3)}};
  const core::vector<T> hi{{T(2), T(1), T(9), T(4)}};
  // Complete triples: y = 1 in [0, 2], y = 2 below [3, 4]; the others have a NaN.
  CHECK(core::interval_coverage(y, lo, hi) == doctest::Approx(0.5));
  // Winkler at 80 %: widths 2 and 1, penalty 2/0.2 = 10 times the miss of 1 -> (2 + 11) / 2.
  CHECK(core::winkler_score(y, lo, hi, T(0.8)) == doctest::Approx(6.5));
  // Pinball at tau = 0.9 with q = lo: 0.9 (1 - 0) above, 0.1 (3 - 2) below -> mean 0.5.
  CHECK(core::pinball_loss(y, lo, T(0.9)) == doctest::Approx(0.5));
  // At tau = 0.5 pinball is half the absolute error.
  CHECK(core::pinball_loss(y, f, T(0.5)) == doctest::Approx(0.5 * 1.0));
}

TEST_CASE_TEMPLATE("metrics reject bad input with clear errors", T, double, float) {
  const core::vector<T> y{{T(1), T(2), T(3)}};
  const core::vector<T> f{{T(1), T(2)}};
  const core::vector<T> empty;
  const T inf = std::numeric_limits<T>::infinity();
  const T nan = core::missing<T>();
  CHECK_THROWS_WITH_AS((void)core::mae(y, f),
                       "core::mae: predicted has 2 values; expected 3 (one "
                       "per actual value)",
                       core::dimension_mismatch);
  CHECK_THROWS_WITH_AS((void)core::rmse(empty, empty),
                       "core::rmse: actual is empty; expected at least one value",
                       core::invalid_input);
  CHECK_THROWS_AS((void)core::me(core::vector<T>{{T(1), inf}}, core::vector<T>{{T(1), T(2)}}),
                  core::invalid_input);
  CHECK_THROWS_AS((void)core::smape(core::vector<T>{{T(1), T(2)}}, core::vector<T>{{T(1), -inf}}),
                  core::invalid_input);
  CHECK_THROWS_WITH_AS((void)core::mpe(core::vector<T>{{nan}}, core::vector<T>{{T(1)}}),
                       doctest::Contains("no position without a missing value"),
                       core::invalid_input);
  CHECK_THROWS_AS((void)core::mase(y, y, y, 0), core::invalid_input);
  CHECK_THROWS_AS((void)core::mase(y, y, y, 3), core::invalid_input);  // no pair 3 apart
  // The only lag-2 pair of the training data, (1, NaN), is incomplete.
  CHECK_THROWS_WITH_AS((void)core::mase(y, y, core::vector<T>{{T(1), T(2), nan}}, 2),
                       doctest::Contains("no pair of observations 2 apart"), core::invalid_input);
  CHECK_THROWS_AS((void)core::pinball_loss(y, y, T(1)), core::invalid_input);
  CHECK_THROWS_AS((void)core::pinball_loss(y, core::matrix<T>(3, 2), std::vector<T>{T(0.5)}),
                  core::dimension_mismatch);
  CHECK_THROWS_WITH_AS((void)core::interval_coverage(y, y, core::vector<T>::Zero(3)),
                       doctest::Contains("expected lower <= upper"), core::invalid_input);
  CHECK_THROWS_AS((void)core::winkler_score(y, y, y, T(0)), core::invalid_input);
  CHECK_THROWS_AS((void)core::winkler_score(y, y, f, T(0.9)), core::dimension_mismatch);
}

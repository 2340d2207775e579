// SPDX-License-Identifier: Apache-2.0
// Tests of stats/bfgs.hpp against R's optim(method = "BFGS") (R 4.2.2, defaults).
#include <cmath>
#include <limits>

#include <doctest/doctest.h>

#include <foresight/stats/bfgs.hpp>

#include "stats/reference.hpp"

namespace stats = foresight::stats;
namespace core = foresight::core;
namespace ref = foresight::test::stats_reference;

namespace {
template <typename Scalar>
Scalar rosenbrock(const core::vector<Scalar>& x) {
  return 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]) + (1 - x[0]) * (1 - x[0]);
}
}  // namespace

TEST_CASE("stats::bfgs follows R's optim BFGS path on Rosenbrock") {
  core::vector<double> x0(2);
  x0 << -1.2, 1.0;
  const auto r = stats::bfgs<double>(rosenbrock<double>, x0);
  CHECK(r.status == core::fit_status::converged);
  // R 4.2.2: optim(c(-1.2, 1), fr, method = "BFGS", hessian = TRUE)
  CHECK(r.x[0] == doctest::Approx(ref::value("bfgs_rosenbrock", "x1")).epsilon(1e-9));
  CHECK(r.x[1] == doctest::Approx(ref::value("bfgs_rosenbrock", "x2")).epsilon(1e-9));
  CHECK(r.value == doctest::Approx(ref::value("bfgs_rosenbrock", "value")).epsilon(1e-6));
  CHECK(r.iterations == static_cast<int>(ref::value("bfgs_rosenbrock", "gr_count")));
  const core::matrix<double> h = stats::numerical_hessian<double>(rosenbrock<double>, r.x);
  CHECK(h(0, 0) == doctest::Approx(ref::value("bfgs_rosenbrock", "h11")).epsilon(1e-7));
  CHECK(h(0, 1) == doctest::Approx(ref::value("bfgs_rosenbrock", "h12")).epsilon(1e-7));
  CHECK(h(1, 0) == h(0, 1));
  CHECK(h(1, 1) == doctest::Approx(ref::value("bfgs_rosenbrock", "h22")).epsilon(1e-7));
}

TEST_CASE_TEMPLATE("stats::bfgs minimises a scaled quadratic", Scalar, float, double) {
  // Tolerance: float carries ~7 digits, its default relative tolerance is sqrt(eps) ~ 3e-4.
  const Scalar tol = std::is_same_v<Scalar, float> ? Scalar(2e-2) : Scalar(1e-5);
  auto f = [](const core::vector<Scalar>& x) {
    return (x[0] - 3) * (x[0] - 3) + 10 * (x[1] + 1) * (x[1] + 1);
  };
  stats::bfgs_options<Scalar> o;
  o.parameter_scale = {Scalar(2), Scalar(1)};
  const auto r = stats::bfgs<Scalar>(f, core::vector<Scalar>::Zero(2), o);
  CHECK(r.status == core::fit_status::converged);
  CHECK(std::abs(r.x[0] - 3) < tol);
  CHECK(std::abs(r.x[1] + 1) < tol);
  const core::vector<Scalar> g = stats::numerical_gradient<Scalar>(f, r.x);
  CHECK(std::abs(g[0]) < 10 * tol);
}

TEST_CASE("stats::bfgs reports the iteration limit and a non-finite start") {
  core::vector<double> x0(2);
  x0 << -1.2, 1.0;
  const auto r = stats::bfgs<double>(rosenbrock<double>, x0, {.max_iterations = 3});
  CHECK(r.status == core::fit_status::iteration_limit);
  CHECK(r.iterations == 3);
  CHECK(r.value < rosenbrock<double>(x0));
  auto bad = [](const core::vector<double>& x) { return x[0] > 0 ? std::log(-x[0]) : 0.0; };
  core::vector<double> one(1);
  one << 1.0;
  const auto rb = stats::bfgs<double>(bad, one);
  CHECK(rb.status == core::fit_status::failed);
  CHECK(rb.message.find("not finite") != std::string::npos);
  const auto r0 = stats::bfgs<double>(rosenbrock<double>, x0, {.max_iterations = 0});
  CHECK(r0.status == core::fit_status::converged);
  CHECK(r0.value == doctest::Approx(24.2));
}

TEST_CASE("stats::bfgs rejects bad options and start points") {
  core::vector<double> x0 = core::vector<double>::Zero(2);
  CHECK_THROWS_AS(stats::bfgs<double>(rosenbrock<double>, x0, {.max_iterations = -1}),
                  core::invalid_input);
  CHECK_THROWS_AS(stats::bfgs<double>(rosenbrock<double>, x0, {.gradient_step = 0}),
                  core::invalid_input);
  stats::bfgs_options<double> o;
  o.parameter_scale = {1.0};
  CHECK_THROWS_AS(stats::bfgs<double>(rosenbrock<double>, x0, o), core::dimension_mismatch);
  x0[0] = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH_AS(stats::bfgs<double>(rosenbrock<double>, x0),
                       "stats::bfgs: x0 is nan; expected a finite number", core::invalid_input);
}

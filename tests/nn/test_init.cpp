// SPDX-License-Identifier: Apache-2.0
// Tests of nn/init.hpp: PyTorch's default initialisation schemes.
#include <foresight/nn/init.hpp>

#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE("nn init: bounds, moments and reproducibility") {
  fnn::weight_matrix<double> w(200, 50);
  std::mt19937_64 rng{3};
  fnn::init_xavier_uniform(w, rng);
  const double a = std::sqrt(6.0 / 250.0);
  CHECK(w.cwiseAbs().maxCoeff() <= a);
  CHECK(w.cwiseAbs().maxCoeff() > 0.95 * a);
  // U(-a, a) has variance a^2 / 3; 10000 draws give a standard error of about 1% of it.
  CHECK(w.array().square().mean() == doctest::Approx(a * a / 3).epsilon(0.05));
  fnn::init_normal(w, rng, 0.0, 1.0);
  CHECK(w.mean() == doctest::Approx(0).epsilon(0.05));
  CHECK(w.array().square().mean() == doctest::Approx(1).epsilon(0.05));
  fnn::weight_vector<float> v(4);
  std::mt19937_64 r1{9};
  std::mt19937_64 r2{9};
  fnn::init_fan_in_uniform(v, r1, 16);
  fnn::weight_vector<float> u(4);
  fnn::init_fan_in_uniform(u, r2, 16);
  CHECK(u == v);
  CHECK(v.cwiseAbs().maxCoeff() <= 0.25f);
  CHECK_THROWS_AS(fnn::init_uniform(v, r1, 1.0, 0.0), core::invalid_input);
  CHECK_THROWS_AS(fnn::init_normal(v, r1, 0.0, -1.0), core::invalid_input);
  CHECK_THROWS_AS(fnn::init_fan_in_uniform(v, r1, 0), core::invalid_input);
}

// SPDX-License-Identifier: Apache-2.0
// Tests of nn/layer_norm.hpp: parity with PyTorch 1.13.1 nn.LayerNorm, finite differences.
#include <foresight/nn/layer_norm.hpp>

#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE_TEMPLATE("nn::layer_norm matches PyTorch nn.LayerNorm", T, float, double) {
  // torch 1.13.1 nn.LayerNorm(6) with random affine parameters, x (3, 4, 6), seed 11
  const reference ref("layer_norm", suffix<T>());
  fnn::layer_norm<T> m({.features = 6});
  fnn::load_weights(m, ref.with_prefix("param."));
  const auto x = ref.tensor<T, 3>("x");
  typename fnn::layer_norm<T>::tape tape;
  const auto y = m.forward(x, tape);
  check_tensor(ref, "out.output", y);
  CHECK(m.forward(x) == y);
  const auto r = ref.tensor<T, 3>("r.output");
  const double dev = std::abs(dot(y, r) - ref.value("loss")) / std::abs(ref.value("loss"));
  record(ref, "loss", dev);
  CHECK(dev <= tolerance<T>);
  fnn::layer_norm<T> grad = fnn::zeros_like(m);
  const auto dx = m.backward(tape, r, grad);
  check_gradients(ref, grad);
  check_tensor(ref, "grad.x", dx);
}

TEST_CASE("nn::layer_norm gradients agree with finite differences (double)") {
  fnn::layer_norm<double> m({.features = 5});
  std::mt19937_64 rng{2};
  m.weight = m.weight + 0.3 * fnn::weight_vector<double>::Random(5);
  m.bias = fnn::weight_vector<double>::Random(5);
  auto x = random_tensor<double, 2>({4, 5}, 3);
  const auto r = random_tensor<double, 2>({4, 5}, 4);
  fnn::layer_norm<double>::tape tape;
  (void)m.forward(x, tape);
  fnn::layer_norm<double> grad = fnn::zeros_like(m);
  const auto dx = m.backward(tape, r, grad);
  CHECK(finite_difference_error(m, x, grad, dx, [&] { return dot(m.forward(x), r); }) < 1e-7);
  m.reset_parameters(rng);
  CHECK(m.weight == fnn::weight_vector<double>::Ones(5));
}

TEST_CASE("nn::layer_norm output rows have mean 0 and variance 1 without affine; bad input") {
  const fnn::layer_norm<double> m({.features = 4, .elementwise_affine = false});
  CHECK(fnn::parameter_count(m) == 0);
  auto x = random_tensor<double, 2>({3, 4}, 5);
  const auto y = m.forward(x);
  for (std::size_t r = 0; r < 3; ++r) {
    double mean = 0;
    double var = 0;
    for (std::size_t j = 0; j < 4; ++j)
      mean += y(r, j) / 4;
    for (std::size_t j = 0; j < 4; ++j)
      var += (y(r, j) - mean) * (y(r, j) - mean) / 4;
    CHECK(mean == doctest::Approx(0).epsilon(1e-12));
    // biased variance with eps 1e-5 in the denominator
    CHECK(var == doctest::Approx(1).epsilon(1e-4));
  }
  auto bad = random_tensor<double, 2>({3, 5}, 6);
  CHECK_THROWS_WITH_AS((void)m.forward(bad),
                       "nn::layer_norm::forward: x has shape (3, 5); expected last extent 4",
                       core::dimension_mismatch);
  x(1, 1) = NAN;
  CHECK_THROWS_AS((void)m.forward(x), core::invalid_input);
  CHECK_THROWS_AS(fnn::layer_norm<double>({.features = 4, .eps = 0}), core::invalid_input);
}

TEST_CASE("nn::layer_norm row interface matches the tensor interface") {
  fnn::layer_norm<float> m({.features = 4});
  m.weight << 1.0f, 2.0f, 0.5f, 1.5f;
  const auto x = random_tensor<float, 2>({3, 4}, 9);
  const auto dy = random_tensor<float, 2>({3, 4}, 10);
  fnn::layer_norm<float>::tape rows_tape;
  fnn::tensor<float, 2> y({3, 4});
  m.forward_rows(x.data(), 3, y.data(), rows_tape, true);
  CHECK(y == m.forward(x));
  fnn::layer_norm<float> g_rows = fnn::zeros_like(m);
  fnn::tensor<float, 2> dx({3, 4});
  m.backward_rows(rows_tape, dy.data(), g_rows, dx.data(), false);
  fnn::layer_norm<float>::tape tape;
  (void)m.forward(x, tape);
  fnn::layer_norm<float> g = fnn::zeros_like(m);
  CHECK(m.backward(tape, dy, g) == dx);
  CHECK(g.weight == g_rows.weight);
}

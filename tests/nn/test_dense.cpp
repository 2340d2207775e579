// SPDX-License-Identifier: Apache-2.0
// Tests of nn/dense.hpp: parity with PyTorch 1.13.1 nn.Linear, finite differences, bad input.
#include <foresight/nn/dense.hpp>

#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE_TEMPLATE("nn::dense matches PyTorch nn.Linear on a 3-D input", T, float, double) {
  // torch 1.13.1 nn.Linear(5, 3), x (4, 6, 5), seed 10 (make_reference.py "dense")
  const reference ref("dense", suffix<T>());
  fnn::dense<T> m({.input_size = 5, .output_size = 3});
  fnn::load_weights(m, ref.with_prefix("param."));
  const auto x = ref.tensor<T, 3>("x");
  typename fnn::dense<T>::tape tape;
  const auto y = m.forward(x, tape);
  check_tensor(ref, "out.output", y);
  CHECK(m.forward(x) == y);
  const auto r = ref.tensor<T, 3>("r.output");
  const double loss = dot(y, r);
  record(ref, "loss", std::abs(loss - ref.value("loss")) / std::abs(ref.value("loss")));
  CHECK(loss == doctest::Approx(ref.value("loss")).epsilon(tolerance<T>));
  fnn::dense<T> grad = fnn::zeros_like(m);
  const auto dx = m.backward(tape, r, grad);
  check_gradients(ref, grad);
  check_tensor(ref, "grad.x", dx);
}

TEST_CASE("nn::dense gradients agree with finite differences on 2-D input (double)") {
  std::mt19937_64 rng{4};
  fnn::dense<double> m({.input_size = 4, .output_size = 3}, rng);
  auto x = random_tensor<double, 2>({5, 4}, 1);
  const auto r = random_tensor<double, 2>({5, 3}, 2);
  fnn::dense<double>::tape tape;
  (void)m.forward(x, tape);
  fnn::dense<double> grad = fnn::zeros_like(m);
  const auto dx = m.backward(tape, r, grad);
  const double err = finite_difference_error(m, x, grad, dx, [&] { return dot(m.forward(x), r); });
  CHECK(err < 1e-7);
}

TEST_CASE("nn::dense default init, names, no-bias variant and bad input") {
  std::mt19937_64 rng{1};
  fnn::dense<float> m({.input_size = 16, .output_size = 4}, rng);
  // U(-1/4, 1/4) for weight and bias (nn.Linear.reset_parameters with fan_in 16)
  CHECK(m.weight.cwiseAbs().maxCoeff() <= 0.25f);
  CHECK(m.bias.cwiseAbs().maxCoeff() <= 0.25f);
  CHECK(m.weight.cwiseAbs().maxCoeff() > 0.2f);
  const fnn::dense<float> nb({.input_size = 2, .output_size = 2, .bias = false});
  CHECK(fnn::parameter_count(nb) == 4);
  auto x = fnn::tensor<float, 2>({3, 15});
  x.fill(0.0f);
  CHECK_THROWS_WITH_AS((void)m.forward(x),
                       "nn::dense::forward: x has shape (3, 15); expected last extent 16",
                       core::dimension_mismatch);
  auto ok = fnn::tensor<float, 2>({3, 16});
  ok.fill(1.0f);
  ok(2, 3) = NAN;
  CHECK_THROWS_AS((void)m.forward(ok), core::invalid_input);
  ok(2, 3) = 0;
  fnn::dense<float>::tape tape;
  fnn::dense<float> grad = fnn::zeros_like(m);
  auto dy = fnn::tensor<float, 2>({3, 4});
  dy.fill(1.0f);
  CHECK_THROWS_AS((void)m.backward(tape, dy, grad), core::invalid_input);
  (void)m.forward(ok, tape);
  auto bad = fnn::tensor<float, 2>({2, 4});
  bad.fill(1.0f);
  CHECK_THROWS_AS((void)m.backward(tape, bad, grad), core::dimension_mismatch);
  fnn::dense<float> wrong({.input_size = 16, .output_size = 5});
  CHECK_THROWS_AS((void)m.backward(tape, dy, wrong), core::dimension_mismatch);
  CHECK(m.backward(tape, dy, grad, false).size() == 0);
  CHECK_THROWS_AS(fnn::dense<float>({.input_size = 0}), core::invalid_input);
}

TEST_CASE("nn::dense row interface: forward_rows, backward_rows, backward_input") {
  // The interface the composite layers use: raw rows, the tape recording the input.
  std::mt19937_64 rng{6};
  const fnn::dense<double> m({.input_size = 3, .output_size = 2}, rng);
  const auto x = random_tensor<double, 2>({4, 3}, 7);
  const auto dy = random_tensor<double, 2>({4, 2}, 8);
  fnn::dense<double>::tape rows_tape;
  fnn::tensor<double, 2> y({4, 2});
  m.forward_rows(x.data(), 4, y.data(), rows_tape, true);
  CHECK(y == m.forward(x));
  fnn::dense<double> g_rows = fnn::zeros_like(m);
  m.backward_rows(rows_tape, dy.data(), g_rows);
  fnn::tensor<double, 2> dx({4, 3});
  dx.fill(1.0);
  m.backward_input(rows_tape, dy.data(), dx.data(), true);  // accumulates onto the ones
  fnn::dense<double>::tape tape;
  (void)m.forward(x, tape);
  fnn::dense<double> g = fnn::zeros_like(m);
  const auto dx_ref = m.backward(tape, dy, g);
  CHECK(g_rows.weight == g.weight);
  CHECK(g_rows.bias == g.bias);
  for (std::size_t i = 0; i < dx.size(); ++i)
    CHECK(dx.data()[i] == doctest::Approx(dx_ref.data()[i] + 1.0));
}

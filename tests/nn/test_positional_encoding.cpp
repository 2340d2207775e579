// SPDX-License-Identifier: Apache-2.0
// Tests of nn/positional_encoding.hpp: the sinusoidal table against the PyTorch tutorial's
// PositionalEncoding (torch 1.13.1), the learned table's gradient, bad input.
#include <foresight/nn/positional_encoding.hpp>

#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE_TEMPLATE("nn::sinusoidal_table matches the PyTorch tutorial's table", T, float, double) {
  // torch 1.13.1: pe[:, 0::2] = sin(pos * exp(arange(0, 6, 2) * -ln(10000)/6)), cos for odd
  // columns, 40 positions (make_reference.py positional_cases)
  const reference ref("positional", suffix<T>());
  const auto pe = fnn::sinusoidal_table<T>({.d_model = 6, .max_length = 40});
  check_values<T>(ref, "sinusoidal", pe.data(), static_cast<std::size_t>(pe.size()));
  CHECK(pe(0, 0) == 0);
  CHECK(pe(0, 1) == 1);
}

TEST_CASE_TEMPLATE("nn::learned_positional_encoding matches PyTorch: x + weight[:time]", T, float,
                   double) {
  // torch 1.13.1 make_reference.py LearnedPositions (an nn.Parameter table (7, 4)), x (3, 5, 4),
  // L = sum(y * r), seed 18
  const reference ref("learned_positional", suffix<T>());
  fnn::learned_positional_encoding<T> pe({.d_model = 4, .max_length = 7});
  fnn::load_weights(pe, ref.with_prefix("param."));
  const auto x = ref.tensor<T, 3>("x");
  typename fnn::learned_positional_encoding<T>::tape tape;
  const auto y = pe.forward(x, tape);
  check_tensor(ref, "out.output", y);
  const auto r = ref.tensor<T, 3>("r.output");
  const double dev = std::abs(dot(y, r) - ref.value("loss")) / std::abs(ref.value("loss"));
  record(ref, "loss", dev);
  CHECK(dev <= tolerance<T>);
  fnn::learned_positional_encoding<T> grad = fnn::zeros_like(pe);
  const auto dx = pe.backward(tape, r, grad);
  check_gradients(ref, grad);
  check_tensor(ref, "grad.x", dx);
}

TEST_CASE_TEMPLATE("nn::sinusoidal_positional_encoding matches PyTorch's tutorial module", T, float,
                   double) {
  // torch 1.13.1 make_reference.py SinusoidalPositions (the tutorial's PositionalEncoding,
  // batch-first, table built in float64), x (3, 5, 4), seed 19. No parameters; d L / d x = r.
  const reference ref("sinusoidal_positional", suffix<T>());
  const fnn::sinusoidal_positional_encoding<T> pe({.d_model = 4, .max_length = 7});
  const auto x = ref.tensor<T, 3>("x");
  const auto y = pe.forward(x);
  check_tensor(ref, "out.output", y);
  const auto r = ref.tensor<T, 3>("r.output");
  const double dev = std::abs(dot(y, r) - ref.value("loss")) / std::abs(ref.value("loss"));
  record(ref, "loss", dev);
  CHECK(dev <= tolerance<T>);
  check_tensor(ref, "grad.x", r);
}

TEST_CASE("nn::sinusoidal_positional_encoding adds the table to every sequence") {
  const fnn::sinusoidal_positional_encoding<double> pe({.d_model = 4, .max_length = 10});
  CHECK(fnn::parameter_count(pe) == 0);
  auto x = random_tensor<double, 3>({2, 3, 4}, 1);
  const auto y = pe.forward(x);
  for (std::size_t b = 0; b < 2; ++b) {
    for (std::size_t t = 0; t < 3; ++t) {
      for (std::size_t j = 0; j < 4; ++j)
        CHECK(y(b, t, j) ==
              x(b, t, j) + pe.table()(static_cast<core::index>(t), static_cast<core::index>(j)));
    }
  }
  auto long_x = random_tensor<double, 3>({1, 11, 4}, 2);
  CHECK_THROWS_WITH_AS((void)pe.forward(long_x),
                       "nn::sinusoidal_positional_encoding::forward: x has shape (1, 11, 4); "
                       "expected at most 10 steps",
                       core::dimension_mismatch);
  x(0, 0, 0) = NAN;
  CHECK_THROWS_AS((void)pe.forward(x), core::invalid_input);
}

TEST_CASE("nn::learned_positional_encoding gradient sums over the batch (finite differences)") {
  std::mt19937_64 rng{3};
  fnn::learned_positional_encoding<double> pe({.d_model = 3, .max_length = 6}, rng);
  CHECK(pe.weight.cwiseAbs().maxCoeff() > 0.3);  // N(0, 1) draws
  auto x = random_tensor<double, 3>({2, 4, 3}, 4);
  const auto r = random_tensor<double, 3>({2, 4, 3}, 5);
  fnn::learned_positional_encoding<double>::tape t;
  (void)pe.forward(x, t);
  fnn::learned_positional_encoding<double> grad = fnn::zeros_like(pe);
  const auto dx = pe.backward(t, r, grad);
  CHECK(finite_difference_error(pe, x, grad, dx, [&] { return dot(pe.forward(x), r); }) < 1e-7);
  CHECK(grad.weight.row(5).isZero());
  auto bad = random_tensor<double, 3>({2, 4, 2}, 6);
  CHECK_THROWS_AS((void)pe.forward(bad), core::dimension_mismatch);
  CHECK_THROWS_AS((void)pe.backward(t, bad, grad), core::dimension_mismatch);
}

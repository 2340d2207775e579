// SPDX-License-Identifier: Apache-2.0
// Tests of nn/lstm.hpp: parity with PyTorch 1.13.1 nn.LSTM (reference files from
// tests/reference/nn/make_reference.py), finite-difference gradients, dropout, bad input.
#include <foresight/nn/lstm.hpp>

#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"
#include "recurrent_checks.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE_TEMPLATE("nn::lstm matches PyTorch nn.LSTM: 2 layers, initial states", T, float, double) {
  // torch 1.13.1 nn.LSTM(3, 4, 2, batch_first=True), x (2, 5, 3), seed 1 (make_reference.py)
  check_recurrent_parity<fnn::lstm<T>>("lstm", {.input_size = 3, .hidden_size = 4, .num_layers = 2},
                                       true);
}

TEST_CASE_TEMPLATE("nn::lstm matches PyTorch nn.LSTM: bidirectional, 2 layers", T, float, double) {
  // torch 1.13.1 nn.LSTM(3, 4, 2, batch_first=True, bidirectional=True), x (2, 4, 3), seed 2
  check_recurrent_parity<fnn::lstm<T>>(
      "lstm_bidirectional",
      {.input_size = 3, .hidden_size = 4, .num_layers = 2, .bidirectional = true}, true);
}

TEST_CASE_TEMPLATE("nn::lstm truncated BPTT matches PyTorch chunks with detached states", T, float,
                   double) {
  // torch 1.13.1 nn.LSTM(2, 3) over x (2, 7, 2) in chunks of 3 steps, state detached between
  // chunks, seed 3
  check_recurrent_parity<fnn::lstm<T>>("lstm_truncated",
                                       {.input_size = 2, .hidden_size = 3, .truncation = 3}, true);
}

TEST_CASE("nn::lstm gradients agree with finite differences (double)") {
  check_recurrent_finite_differences<fnn::lstm<double>>(
      {.input_size = 3, .hidden_size = 4, .num_layers = 2}, true);
  check_recurrent_finite_differences<fnn::lstm<double>>(
      {.input_size = 2, .hidden_size = 3, .num_layers = 1, .bidirectional = true}, true);
}

TEST_CASE("nn::lstm parameters carry PyTorch's names, shapes and default bounds") {
  std::mt19937_64 rng{3};
  const fnn::lstm<float> m(
      {.input_size = 5, .hidden_size = 8, .num_layers = 2, .bidirectional = true}, rng);
  std::vector<std::string> names;
  m.for_each_parameter([&](std::string_view name, const auto& t) {
    names.emplace_back(name);
    // U(-1/sqrt(8), 1/sqrt(8)) as torch.nn.LSTM.reset_parameters
    CHECK(t.cwiseAbs().maxCoeff() <= 1 / std::sqrt(8.0f));
    CHECK(t.cwiseAbs().maxCoeff() > 0.25f);
  });
  REQUIRE(names.size() == 16);
  CHECK(names[0] == "weight_ih_l0");
  CHECK(names[5] == "weight_hh_l0_reverse");
  CHECK(names[8] == "weight_ih_l1");
  CHECK(names[15] == "bias_hh_l1_reverse");
  CHECK(m.weights(1, 0).weight_ih.rows() == 32);
  CHECK(m.weights(1, 0).weight_ih.cols() == 16);
  CHECK(fnn::parameter_count(m) == 2 * (32 * 5 + 32 * 8 + 64) + 2 * (32 * 16 + 32 * 8 + 64));
  std::mt19937_64 again{3};
  const fnn::lstm<float> same(
      {.input_size = 5, .hidden_size = 8, .num_layers = 2, .bidirectional = true}, again);
  CHECK(same.weights(1, 1).bias_hh == m.weights(1, 1).bias_hh);
  CHECK_THROWS_AS((void)m.weights(2, 0), core::invalid_input);
}

TEST_CASE("nn::lstm dropout between layers acts in training only and is seeded") {
  std::mt19937_64 rng{5};
  const fnn::lstm<double> m({.input_size = 2, .hidden_size = 6, .num_layers = 3, .dropout = 0.5},
                            rng);
  auto x = fnn::detail::make_sequence<double>(3, 4, 2);
  for (std::size_t i = 0; i < x.size(); ++i)
    x.data()[i] = std::sin(static_cast<double>(i));
  fnn::lstm<double>::tape t1;
  fnn::lstm<double>::tape t2;
  std::mt19937_64 a{11};
  std::mt19937_64 b{11};
  std::mt19937_64 c{12};
  const auto o1 = m.forward(x, t1, a);
  const auto o2 = m.forward(x, t2, b);
  CHECK(o1.output == o2.output);
  fnn::lstm<double>::tape t3;
  const auto o3 = m.forward(x, t3, c);
  CHECK(o3.output != o1.output);
  CHECK(m.forward(x).output != o1.output);
  CHECK(m.forward(x).output == m.forward(x).output);
}

TEST_CASE("nn::lstm rejects bad input") {
  std::mt19937_64 rng{1};
  const fnn::lstm<float> m({.input_size = 3, .hidden_size = 4}, rng);
  auto x = fnn::detail::make_sequence<float>(2, 5, 4);
  x.fill(0.0f);
  CHECK_THROWS_WITH_AS((void)m.forward(x),
                       "nn::lstm::forward: x has shape (2, 5, 4); expected (batch, time, 3)",
                       core::dimension_mismatch);
  auto y = fnn::detail::make_sequence<float>(2, 5, 3);
  y.fill(0.0f);
  y(1, 2, 0) = std::nanf("");
  CHECK_THROWS_AS((void)m.forward(y), core::invalid_input);
  y(1, 2, 0) = 0.0f;
  fnn::recurrent_state<float> bad;
  bad.h = fnn::detail::make_sequence<float>(1, 3, 4);
  bad.h.fill(0.0f);
  CHECK_THROWS_WITH_AS((void)m.forward(y, bad),
                       "nn::lstm::forward: initial h has shape (1, 3, 4); expected (1, 2, 4)",
                       core::dimension_mismatch);
  auto empty = fnn::detail::make_sequence<float>(0, 5, 3);
  CHECK_THROWS_AS((void)m.forward(empty), core::invalid_input);
  fnn::lstm<float>::tape tape;
  fnn::lstm<float> grad = fnn::zeros_like(m);
  CHECK_THROWS_AS((void)m.backward(tape, y, grad), core::invalid_input);
  std::mt19937_64 r2{2};
  (void)m.forward(y, tape, r2);
  auto wrong = fnn::detail::make_sequence<float>(2, 5, 5);
  wrong.fill(0.0f);
  CHECK_THROWS_AS((void)m.backward(tape, wrong, grad), core::dimension_mismatch);
  fnn::lstm<float> other({.input_size = 3, .hidden_size = 5});
  auto d = fnn::detail::make_sequence<float>(2, 5, 4);
  d.fill(0.0f);
  CHECK_THROWS_WITH_AS((void)m.backward(tape, d, other),
                       "nn::lstm::backward: grad has layers 1, hidden 5, input 3, directions 1; "
                       "expected layers 1, hidden 4, input 3, directions 1",
                       core::dimension_mismatch);
  CHECK_THROWS_AS(fnn::lstm<float>({.input_size = 0, .hidden_size = 4}), core::invalid_input);
  CHECK_THROWS_AS(fnn::lstm<float>({.input_size = 1, .hidden_size = 4, .dropout = 1.0}),
                  core::invalid_input);
  CHECK_THROWS_AS(fnn::lstm<float>({.input_size = 1, .hidden_size = 4, .truncation = -1}),
                  core::invalid_input);
}

TEST_CASE("nn::lstm gives the same results for any thread count") {
  check_recurrent_thread_invariance<fnn::lstm<float>>(
      {.input_size = 3, .hidden_size = 20, .num_layers = 2, .bidirectional = true, .dropout = 0.3});
}

TEST_CASE("nn::lstm inference with a reused workspace; options and shape accessors") {
  std::mt19937_64 rng{8};
  const fnn::lstm<float> m(
      {.input_size = 2, .hidden_size = 5, .num_layers = 2, .bidirectional = true}, rng);
  CHECK(m.directions() == 2);
  CHECK(m.output_size() == 10);
  CHECK(m.options().num_layers == 2);
  const auto x = random_tensor<float, 3>({3, 4, 2}, 1);
  fnn::lstm<float>::tape tape;
  const auto a = m.forward(x);
  const auto b = m.forward(x, tape);
  CHECK(a.output == b.output);
  CHECK(a.c == b.c);
  CHECK(m.forward(x, tape).h == a.h);
}

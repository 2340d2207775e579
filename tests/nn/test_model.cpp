// SPDX-License-Identifier: Apache-2.0
// Tests of nn/model.hpp: every encoder path's gradients by finite differences, parameter names,
// output shape and bad input. (Parity of converted PyTorch models: test_weights.cpp.)
#include <foresight/nn/model.hpp>

#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE("nn::sequence_model gradients agree with finite differences for every encoder") {
  const fnn::sequence_model_options cases[] = {{.encoder = fnn::encoder_kind::lstm,
                                                .input_size = 2,
                                                .hidden_size = 3,
                                                .num_layers = 2,
                                                .horizon = 2,
                                                .outputs_per_step = 2},
                                               {.encoder = fnn::encoder_kind::gru,
                                                .input_size = 2,
                                                .hidden_size = 3,
                                                .bidirectional = true,
                                                .horizon = 3},
                                               {.encoder = fnn::encoder_kind::transformer,
                                                .input_size = 2,
                                                .hidden_size = 4,
                                                .num_heads = 2,
                                                .dim_feedforward = 5,
                                                .causal = true,
                                                .positional = fnn::positional_kind::learned,
                                                .max_length = 8,
                                                .horizon = 2},
                                               {.encoder = fnn::encoder_kind::transformer,
                                                .input_size = 2,
                                                .hidden_size = 4,
                                                .num_heads = 1,
                                                .dim_feedforward = 3,
                                                .norm_first = true,
                                                .max_length = 8,
                                                .horizon = 1}};
  for (const auto& o : cases) {
    INFO("encoder ", fnn::to_string(o.encoder), ", positional ", fnn::to_string(o.positional));
    std::mt19937_64 rng{2};
    fnn::sequence_model<double> m(o, rng);
    const auto x = random_tensor<double, 3>({3, 5, 2}, 3);
    const auto r = random_tensor<double, 3>(
        {3, static_cast<std::size_t>(o.horizon), static_cast<std::size_t>(o.outputs_per_step)}, 4);
    typename fnn::sequence_model<double>::tape tape;
    std::mt19937_64 unused{0};
    const auto y = m.forward(x, tape, unused);
    CHECK(y == m.forward(x));
    fnn::sequence_model<double> grad = fnn::zeros_like(m);
    m.backward(tape, r, grad);
    // The input gradient is not computed by the model: compare parameters only.
    fnn::tensor<double, 1> no_input({0});
    CHECK(finite_difference_error(m, no_input, grad, no_input,
                                  [&] { return dot(m.forward(x), r); }) < 1e-7);
  }
}

TEST_CASE("nn::sequence_model parameter names follow the PyTorch module attributes") {
  std::mt19937_64 rng{1};
  const fnn::sequence_model<float> lstm_model({.input_size = 3, .hidden_size = 4, .horizon = 6},
                                              rng);
  std::vector<std::string> names;
  lstm_model.for_each_parameter([&](std::string_view n, const auto&) { names.emplace_back(n); });
  CHECK(names == std::vector<std::string>{"lstm.weight_ih_l0", "lstm.weight_hh_l0",
                                          "lstm.bias_ih_l0", "lstm.bias_hh_l0", "head.weight",
                                          "head.bias"});
  CHECK(lstm_model.head.weight.rows() == 6);
  const fnn::sequence_model<float> tr({.encoder = fnn::encoder_kind::transformer,
                                       .input_size = 3,
                                       .hidden_size = 8,
                                       .num_heads = 2,
                                       .positional = fnn::positional_kind::learned,
                                       .max_length = 10},
                                      rng);
  names.clear();
  tr.for_each_parameter([&](std::string_view n, const auto&) { names.emplace_back(n); });
  CHECK(names[0] == "input_projection.weight");
  CHECK(names[2] == "positional.weight");
  CHECK(names[3] == "encoder.layers.0.self_attn.in_proj_weight");
  CHECK(names.back() == "head.bias");
  const auto y = tr.forward(random_tensor<float, 3>({2, 10, 3}, 1));
  CHECK(y.shape()[1] == 1);
  CHECK_THROWS_WITH_AS((void)tr.forward(random_tensor<float, 3>({2, 11, 3}, 1)),
                       doctest::Contains("expected at most 10 steps"), core::dimension_mismatch);
}

TEST_CASE("nn::sequence_model rejects bad input and options") {
  std::mt19937_64 rng{1};
  const fnn::sequence_model<float> m({.input_size = 3, .hidden_size = 4}, rng);
  CHECK_THROWS_WITH_AS((void)m.forward(random_tensor<float, 3>({2, 5, 2}, 1)),
                       "nn::sequence_model::forward: x has shape (2, 5, 2); expected "
                       "(batch, time, 3)",
                       core::dimension_mismatch);
  auto x = random_tensor<float, 3>({2, 5, 3}, 1);
  x(0, 4, 2) = NAN;
  CHECK_THROWS_AS((void)m.forward(x), core::invalid_input);
  CHECK_THROWS_AS(fnn::sequence_model<float>({.horizon = 0}), core::invalid_input);
  CHECK_THROWS_AS(
      fnn::sequence_model<float>(
          {.encoder = fnn::encoder_kind::transformer, .hidden_size = 6, .num_heads = 4}),
      core::invalid_input);
  fnn::sequence_model<float>::tape t;
  fnn::sequence_model<float> g = fnn::zeros_like(m);
  fnn::tensor<float, 3> dy({2, 1, 1});
  dy.fill(1.0f);
  CHECK_THROWS_AS(m.backward(t, dy, g), core::invalid_input);
}

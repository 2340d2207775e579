// SPDX-License-Identifier: Apache-2.0
// Tests of nn/attention.hpp: parity with PyTorch 1.13.1 nn.MultiheadAttention (self-attention,
// batch_first), masks, finite differences, dropout, bad input.
#include <foresight/nn/attention.hpp>

#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"
#include "transformer_checks.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE_TEMPLATE("nn::multi_head_attention matches PyTorch nn.MultiheadAttention", T, float,
                   double) {
  // torch 1.13.1 nn.MultiheadAttention(8, 2, batch_first=True)(x, x, x), x (3, 5, 8), seed 12
  check_sequence_layer_parity(
      "attention", fnn::multi_head_attention<T>({.embed_dim = 8, .num_heads = 2}), false);
}

TEST_CASE_TEMPLATE("nn::multi_head_attention matches PyTorch with causal and padding masks", T,
                   float, double) {
  // torch 1.13.1, attn_mask = triu(-inf, 1), key_padding_mask: sequence 1 steps 3-4, sequence 2
  // step 4 padded; seed 13
  check_sequence_layer_parity("attention_masked",
                              fnn::multi_head_attention<T>({.embed_dim = 8, .num_heads = 2}), true);
}

TEST_CASE_TEMPLATE("nn::multi_head_attention matches PyTorch with a key padding mask alone", T,
                   float, double) {
  // torch 1.13.1, key_padding_mask only (sequence 1 steps 3-4, sequence 2 step 4), seed 21
  check_sequence_layer_parity(
      "attention_padded", fnn::multi_head_attention<T>({.embed_dim = 8, .num_heads = 2}), false);
}

TEST_CASE("nn::multi_head_attention gradients agree with finite differences (double)") {
  std::mt19937_64 rng{3};
  fnn::multi_head_attention<double> m({.embed_dim = 6, .num_heads = 3}, rng);
  m.in_proj_bias = fnn::weight_vector<double>::Random(18);
  auto x = random_tensor<double, 3>({2, 4, 6}, 1);
  const auto r = random_tensor<double, 3>({2, 4, 6}, 2);
  fnn::attention_mask mask{.causal = true, .key_padding = xt::xtensor<bool, 2>({2, 4})};
  mask.key_padding.fill(false);
  mask.key_padding(1, 3) = true;
  fnn::multi_head_attention<double>::tape tape;
  std::mt19937_64 unused{0};
  (void)m.forward(x, tape, unused, mask);
  fnn::multi_head_attention<double> grad = fnn::zeros_like(m);
  const auto dx = m.backward(tape, r, grad);
  CHECK(finite_difference_error(m, x, grad, dx, [&] { return dot(m.forward(x, mask), r); }) < 1e-7);
}

TEST_CASE("nn::multi_head_attention: masked keys get no weight, dropout is seeded") {
  std::mt19937_64 rng{5};
  const fnn::multi_head_attention<double> m({.embed_dim = 4, .num_heads = 2, .dropout = 0.3}, rng);
  auto x = random_tensor<double, 3>({1, 5, 4}, 3);
  // Causal: the output at step 0 depends on step 0 only.
  const auto y = m.forward(x, {.causal = true});
  auto x2 = x;
  x2(0, 4, 1) += 1.0;
  const auto y2 = m.forward(x2, {.causal = true});
  for (std::size_t j = 0; j < 4; ++j) {
    CHECK(y(0, 0, j) == y2(0, 0, j));
    CHECK(y(0, 3, j) == y2(0, 3, j));
  }
  CHECK(y(0, 4, 0) != y2(0, 4, 0));
  fnn::multi_head_attention<double>::tape t;
  std::mt19937_64 a{9};
  std::mt19937_64 b{9};
  const auto d1 = m.forward(x, t, a);
  const auto d2 = m.forward(x, t, b);
  CHECK(d1 == d2);
  CHECK(d1 != m.forward(x));
}

TEST_CASE("nn::multi_head_attention rejects bad input and bad masks") {
  CHECK_THROWS_AS(fnn::multi_head_attention<float>({.embed_dim = 6, .num_heads = 4}),
                  core::invalid_input);
  std::mt19937_64 rng{1};
  const fnn::multi_head_attention<float> m({.embed_dim = 4, .num_heads = 2}, rng);
  auto x = random_tensor<float, 3>({2, 3, 5}, 1);
  CHECK_THROWS_WITH_AS((void)m.forward(x),
                       "nn::multi_head_attention::forward: x has shape (2, 3, 5); expected "
                       "(batch, time, 4)",
                       core::dimension_mismatch);
  auto ok = random_tensor<float, 3>({2, 3, 4}, 2);
  fnn::attention_mask bad{.key_padding = xt::xtensor<bool, 2>({2, 4})};
  bad.key_padding.fill(false);
  CHECK_THROWS_WITH_AS((void)m.forward(ok, bad),
                       "nn::multi_head_attention::forward: key_padding has shape (2, 4); expected "
                       "(2, 3)",
                       core::dimension_mismatch);
  fnn::attention_mask all{.key_padding = xt::xtensor<bool, 2>({2, 3})};
  all.key_padding.fill(false);
  all.key_padding(1, 0) = true;
  all.key_padding(1, 1) = true;
  all.key_padding(1, 2) = true;
  CHECK_THROWS_AS((void)m.forward(ok, all), core::invalid_input);
  all.key_padding(1, 2) = false;
  CHECK(m.forward(ok, all).size() == 24);
  all.causal = true;
  CHECK_THROWS_AS((void)m.forward(ok, all), core::invalid_input);
  ok(0, 0, 0) = NAN;
  CHECK_THROWS_AS((void)m.forward(ok), core::invalid_input);
}

TEST_CASE("nn::multi_head_attention: workspace and row interfaces give the same values") {
  std::mt19937_64 rng{7};
  const fnn::multi_head_attention<float> m({.embed_dim = 8, .num_heads = 2}, rng);
  const auto x = random_tensor<float, 3>({2, 5, 8}, 1);
  const fnn::attention_mask mask{.causal = true};
  fnn::multi_head_attention<float>::tape tape;
  tape.threads = 2;
  const auto reference_y = m.forward(x, mask);
  CHECK(m.forward(x, tape, mask) == reference_y);
  CHECK(m.forward(x, tape, mask) == reference_y);  // reused workspace
  fnn::tensor<float, 3> y({2, 5, 8});
  std::mt19937_64 unused{0};
  m.forward_rows(x.data(), 2, 5, y.data(), tape, unused, true, mask);
  CHECK(y == reference_y);
  const auto dy = random_tensor<float, 3>({2, 5, 8}, 2);
  fnn::multi_head_attention<float> g_rows = fnn::zeros_like(m);
  fnn::tensor<float, 3> dx({2, 5, 8});
  m.backward_rows(tape, dy.data(), g_rows, dx.data(), false);
  fnn::multi_head_attention<float> g = fnn::zeros_like(m);
  CHECK(m.backward(tape, dy, g) == dx);
  CHECK(g.in_proj_weight == g_rows.in_proj_weight);
  CHECK(m.options().num_heads == 2);
}

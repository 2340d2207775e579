// SPDX-License-Identifier: Apache-2.0
// Tests of nn/transformer_encoder.hpp: parity with PyTorch 1.13.1 nn.TransformerEncoderLayer
// (post-norm ReLU, pre-norm GELU, masks) and nn.TransformerEncoder, finite differences, dropout,
// bad input.
#include <foresight/nn/transformer_encoder.hpp>

#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"
#include "transformer_checks.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

namespace {
constexpr fnn::transformer_layer_options small_layer{
    .d_model = 8, .num_heads = 2, .dim_feedforward = 12, .dropout = 0.0};
}  // namespace

TEST_CASE_TEMPLATE("nn::transformer_encoder_layer matches PyTorch: post-norm, ReLU", T, float,
                   double) {
  // torch 1.13.1 nn.TransformerEncoderLayer(8, 2, 12, dropout=0, batch_first=True), seed 14
  check_sequence_layer_parity("transformer_post_relu",
                              fnn::transformer_encoder_layer<T>(small_layer), false);
}

TEST_CASE_TEMPLATE("nn::transformer_encoder_layer matches PyTorch: pre-norm, GELU", T, float,
                   double) {
  // torch 1.13.1 nn.TransformerEncoderLayer(..., activation="gelu", norm_first=True), seed 15
  auto o = small_layer;
  o.activation = fnn::activation::gelu;
  o.norm_first = true;
  check_sequence_layer_parity("transformer_pre_gelu", fnn::transformer_encoder_layer<T>(o), false);
}

TEST_CASE_TEMPLATE("nn::transformer_encoder_layer matches PyTorch with causal and padding masks", T,
                   float, double) {
  // torch 1.13.1 post-norm layer with src_mask = triu(-inf, 1) and a key padding mask, seed 16
  check_sequence_layer_parity("transformer_post_masked",
                              fnn::transformer_encoder_layer<T>(small_layer), true);
}

TEST_CASE_TEMPLATE("nn::transformer_encoder_layer matches PyTorch: pre-norm, causal mask", T, float,
                   double) {
  // torch 1.13.1 nn.TransformerEncoderLayer(8, 2, 12, dropout=0, norm_first=True), src_mask =
  // triu(-inf, 1), seed 22
  auto o = small_layer;
  o.norm_first = true;
  check_sequence_layer_parity("transformer_pre_causal", fnn::transformer_encoder_layer<T>(o), true);
}

TEST_CASE_TEMPLATE("nn::transformer_encoder matches PyTorch nn.TransformerEncoder", T, float,
                   double) {
  // torch 1.13.1 nn.TransformerEncoder(pre-norm GELU layer, 2, norm=nn.LayerNorm(8)), seed 17
  auto o = small_layer;
  o.activation = fnn::activation::gelu;
  o.norm_first = true;
  check_sequence_layer_parity(
      "transformer_encoder",
      fnn::transformer_encoder<T>({.layer = o, .num_layers = 2, .final_norm = true}), false);
}

TEST_CASE("nn::transformer_encoder_layer gradients agree with finite differences (double)") {
  for (const bool pre : {false, true}) {
    for (const auto act : {fnn::activation::relu, fnn::activation::gelu}) {
      std::mt19937_64 rng{7};
      fnn::transformer_encoder_layer<double> m({.d_model = 6,
                                                .num_heads = 2,
                                                .dim_feedforward = 7,
                                                .dropout = 0.0,
                                                .activation = act,
                                                .norm_first = pre},
                                               rng);
      m.norm1.weight = m.norm1.weight + 0.2 * fnn::weight_vector<double>::Random(6);
      m.norm2.bias = 0.2 * fnn::weight_vector<double>::Random(6);
      fnn::attention_mask mask{.causal = pre};
      INFO("norm_first ", pre, ", activation ", fnn::to_string(act));
      CHECK(sequence_layer_fd_error(m, mask, 6) < 1e-7);
    }
  }
  std::mt19937_64 rng{8};
  fnn::transformer_encoder<double> enc(
      {.layer = {.d_model = 4, .num_heads = 2, .dim_feedforward = 5, .dropout = 0.0},
       .num_layers = 2,
       .final_norm = true},
      rng);
  CHECK(sequence_layer_fd_error(enc, {}, 4) < 1e-7);
}

TEST_CASE("nn::transformer_encoder names parameters as PyTorch's state_dict") {
  std::mt19937_64 rng{1};
  const fnn::transformer_encoder<float> enc({.layer = small_layer, .num_layers = 2}, rng);
  std::vector<std::string> names;
  enc.for_each_parameter([&](std::string_view n, const auto&) { names.emplace_back(n); });
  REQUIRE(names.size() == 24);
  CHECK(names[0] == "layers.0.self_attn.in_proj_weight");
  CHECK(names[3] == "layers.0.self_attn.out_proj.bias");
  CHECK(names[4] == "layers.0.linear1.weight");
  CHECK(names[11] == "layers.0.norm2.bias");
  CHECK(names[23] == "layers.1.norm2.bias");
  // Xavier uniform bound sqrt(6 / (8 + 24)) for in_proj_weight (torch's _reset_parameters)
  CHECK(enc.layers[0].self_attn.in_proj_weight.cwiseAbs().maxCoeff() <= std::sqrt(6.0f / 32));
  CHECK(enc.layers[0].self_attn.in_proj_bias.isZero());
  CHECK(enc.layers[1].norm1.weight.isOnes());
}

TEST_CASE("nn::transformer_encoder dropout acts in training only and is seeded") {
  std::mt19937_64 rng{2};
  auto o = small_layer;
  o.dropout = 0.2;
  const fnn::transformer_encoder<float> enc({.layer = o, .num_layers = 2}, rng);
  const auto x = random_tensor<float, 3>({2, 5, 8}, 3);
  fnn::transformer_encoder<float>::tape t;
  std::mt19937_64 a{4};
  std::mt19937_64 b{4};
  const auto y1 = enc.forward(x, t, a);
  const auto y2 = enc.forward(x, t, b);
  CHECK(y1 == y2);
  CHECK(enc.forward(x) != y1);
  CHECK(enc.forward(x) == enc.forward(x));
}

TEST_CASE("nn::transformer_encoder rejects bad input") {
  CHECK_THROWS_AS(fnn::transformer_encoder_layer<float>({.d_model = 8, .num_heads = 3}),
                  core::invalid_input);
  CHECK_THROWS_AS(fnn::transformer_encoder<float>({.layer = small_layer, .num_layers = 0}),
                  core::invalid_input);
  std::mt19937_64 rng{1};
  const fnn::transformer_encoder<float> enc({.layer = small_layer}, rng);
  auto x = random_tensor<float, 3>({2, 5, 7}, 1);
  CHECK_THROWS_WITH_AS((void)enc.forward(x),
                       "nn::transformer_encoder::forward: x has shape (2, 5, 7); expected "
                       "(batch, time, 8)",
                       core::dimension_mismatch);
  auto y = random_tensor<float, 3>({2, 5, 8}, 2);
  y(1, 1, 1) = INFINITY;
  CHECK_THROWS_AS((void)enc.forward(y), core::invalid_input);
  fnn::transformer_encoder<float>::tape t;
  fnn::transformer_encoder<float> grad = fnn::zeros_like(enc);
  CHECK_THROWS_AS((void)enc.backward(t, y, grad), core::invalid_input);
}

TEST_CASE("nn::transformer_encoder gives the same results for any thread count") {
  std::mt19937_64 rng{9};
  auto o = small_layer;
  o.dropout = 0.1;
  const fnn::transformer_encoder<float> enc({.layer = o, .num_layers = 2}, rng);
  const auto x = random_tensor<float, 3>({5, 6, 8}, 1);
  const auto r = random_tensor<float, 3>({5, 6, 8}, 2);
  auto run = [&](int threads) {
    fnn::transformer_encoder<float>::tape tape;
    tape.threads = threads;
    std::mt19937_64 drop{4};
    auto y = enc.forward(x, tape, drop, {.causal = true});
    fnn::transformer_encoder<float> grad = fnn::zeros_like(enc);
    auto dx = enc.backward(tape, r, grad);
    return std::make_tuple(y, dx, grad.layers[0].self_attn.in_proj_weight);
  };
  CHECK(run(1) == run(3));
}

TEST_CASE("nn::transformer_encoder_layer: workspace and row interfaces give the same values") {
  std::mt19937_64 rng{3};
  const fnn::transformer_encoder_layer<float> layer(small_layer, rng);
  const auto x = random_tensor<float, 3>({2, 4, 8}, 5);
  fnn::transformer_encoder_layer<float>::tape tape;
  const auto y = layer.forward(x);
  CHECK(layer.forward(x, tape) == y);
  fnn::tensor<float, 3> rows({2, 4, 8});
  std::mt19937_64 unused{0};
  layer.forward_rows(x.data(), 2, 4, rows.data(), tape, unused, true, {});
  CHECK(rows == y);
  const auto dy = random_tensor<float, 3>({2, 4, 8}, 6);
  fnn::transformer_encoder_layer<float> g_rows = fnn::zeros_like(layer);
  fnn::tensor<float, 3> dx({2, 4, 8});
  layer.backward_rows(tape, dy.data(), g_rows, dx.data());
  fnn::transformer_encoder_layer<float> g = fnn::zeros_like(layer);
  CHECK(layer.backward(tape, dy, g) == dx);
  CHECK(g.linear1.weight == g_rows.linear1.weight);
  fnn::transformer_encoder<float> enc({.layer = small_layer}, rng);
  fnn::transformer_encoder<float>::tape etape;
  CHECK(enc.forward(x, etape) == enc.forward(x));
  CHECK(enc.options().num_layers == 1);
  CHECK(layer.options().d_model == 8);
}

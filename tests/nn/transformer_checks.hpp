// SPDX-License-Identifier: Apache-2.0
// Parity check shared by test_attention.cpp and test_transformer_encoder.cpp: a layer that maps
// (batch, time, E) to (batch, time, E) with an attention mask, against a PyTorch reference file.
#pragma once

#include <random>
#include <string>

#include <doctest/doctest.h>

#include <foresight/nn/attention.hpp>

#include "nn_test_support.hpp"

namespace foresight::test::nn {

/// The key-padding mask stored in a reference file (1.0 = padded), if any, with `causal`.
inline fnn::attention_mask reference_mask(const reference& ref, bool causal) {
  fnn::attention_mask m;
  m.causal = causal;
  if (ref.has("key_padding")) {
    const auto& t = ref.at("key_padding");
    m.key_padding = xt::xtensor<bool, 2>(
        {static_cast<std::size_t>(t.shape[0]), static_cast<std::size_t>(t.shape[1])});
    for (std::size_t i = 0; i < t.values.size(); ++i)
      m.key_padding.data()[i] = t.values[i] != 0;
  }
  return m;
}

/// Loads `layer` from reference `stem` and checks output, loss and every gradient.
template <typename Layer>
void check_sequence_layer_parity(const std::string& stem, Layer layer, bool causal) {
  using scalar = typename Layer::scalar_type;
  const reference ref(stem, suffix<scalar>());
  fnn::load_weights(layer, ref.with_prefix("param."));
  const auto mask = reference_mask(ref, causal);
  const auto x = ref.tensor<scalar, 3>("x");
  typename Layer::tape tape;
  std::mt19937_64 rng{1};
  const auto y = layer.forward(x, tape, rng, mask);
  check_tensor(ref, "out.output", y);
  const auto inference = layer.forward(x, mask);
  check_values<scalar>(ref, "out.output", inference.data(), inference.size(), "out.output (inf)");
  const auto r = ref.tensor<scalar, 3>("r.output");
  const double loss = dot(y, r);
  const double dev = std::abs(loss - ref.value("loss")) / std::abs(ref.value("loss"));
  record(ref, "loss", dev);
  CHECK(dev <= tolerance<scalar>);
  Layer grad = fnn::zeros_like(layer);
  const auto dx = layer.backward(tape, r, grad);
  check_gradients(ref, grad);
  check_tensor(ref, "grad.x", dx);
}

/// Finite-difference check of a sequence layer in double with a mask.
template <typename Layer>
double sequence_layer_fd_error(Layer& layer, const fnn::attention_mask& mask, std::size_t width) {
  auto x = random_tensor<double, 3>({2, 4, width}, 8);
  const auto r = random_tensor<double, 3>({2, 4, width}, 9);
  typename Layer::tape tape;
  std::mt19937_64 rng{1};
  (void)layer.forward(x, tape, rng, mask);
  Layer grad = fnn::zeros_like(layer);
  const auto dx = layer.backward(tape, r, grad);
  return finite_difference_error(layer, x, grad, dx,
                                 [&] { return dot(layer.forward(x, mask), r); });
}

}  // namespace foresight::test::nn

// SPDX-License-Identifier: Apache-2.0
// Tests of nn/gru.hpp: parity with PyTorch 1.13.1 nn.GRU (reference files from
// tests/reference/nn/make_reference.py), finite-difference gradients, bad input.
#include <foresight/nn/gru.hpp>

#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"
#include "recurrent_checks.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE_TEMPLATE("nn::gru matches PyTorch nn.GRU: 2 layers, initial state", T, float, double) {
  // torch 1.13.1 nn.GRU(3, 4, 2, batch_first=True), x (2, 5, 3), seed 4 (make_reference.py)
  check_recurrent_parity<fnn::gru<T>>("gru", {.input_size = 3, .hidden_size = 4, .num_layers = 2},
                                      false);
}

TEST_CASE_TEMPLATE("nn::gru matches PyTorch nn.GRU: bidirectional, 2 layers", T, float, double) {
  // torch 1.13.1 nn.GRU(3, 4, 2, batch_first=True, bidirectional=True), x (2, 4, 3), seed 5
  check_recurrent_parity<fnn::gru<T>>(
      "gru_bidirectional",
      {.input_size = 3, .hidden_size = 4, .num_layers = 2, .bidirectional = true}, false);
}

TEST_CASE_TEMPLATE("nn::gru truncated BPTT matches PyTorch chunks with detached states", T, float,
                   double) {
  // torch 1.13.1 nn.GRU(2, 3) over x (2, 7, 2) in chunks of 3 steps from h0, detached between
  // chunks, seed 6
  check_recurrent_parity<fnn::gru<T>>("gru_truncated",
                                      {.input_size = 2, .hidden_size = 3, .truncation = 3}, false);
}

TEST_CASE("nn::gru gradients agree with finite differences (double)") {
  check_recurrent_finite_differences<fnn::gru<double>>(
      {.input_size = 3, .hidden_size = 4, .num_layers = 2}, false);
  check_recurrent_finite_differences<fnn::gru<double>>(
      {.input_size = 2, .hidden_size = 3, .num_layers = 2, .bidirectional = true}, false);
}

TEST_CASE("nn::gru parameters carry PyTorch's names and shapes") {
  std::mt19937_64 rng{3};
  const fnn::gru<float> m({.input_size = 5, .hidden_size = 8}, rng);
  std::vector<std::string> names;
  m.for_each_parameter([&](std::string_view name, const auto& t) {
    names.emplace_back(name);
    CHECK(t.cwiseAbs().maxCoeff() <= 1 / std::sqrt(8.0f));
  });
  REQUIRE(names.size() == 4);
  CHECK(names[1] == "weight_hh_l0");
  CHECK(m.weights(0, 0).weight_ih.rows() == 24);
  CHECK(m.output_size() == 8);
  CHECK(m.forward(fnn::detail::make_sequence<float>(1, 1, 5)).c.size() == 0);
}

TEST_CASE("nn::gru rejects bad input") {
  std::mt19937_64 rng{1};
  const fnn::gru<double> m({.input_size = 2, .hidden_size = 3, .bidirectional = true}, rng);
  auto x = fnn::detail::make_sequence<double>(4, 3, 1);
  x.fill(0.0);
  CHECK_THROWS_WITH_AS((void)m.forward(x),
                       "nn::gru::forward: x has shape (4, 3, 1); expected (batch, time, 2)",
                       core::dimension_mismatch);
  auto y = fnn::detail::make_sequence<double>(4, 3, 2);
  y.fill(0.0);
  y(0, 0, 1) = INFINITY;
  CHECK_THROWS_AS((void)m.forward(y), core::invalid_input);
  y(0, 0, 1) = 0;
  fnn::recurrent_state<double> s;
  s.h = fnn::detail::make_sequence<double>(2, 4, 3);
  s.h.fill(0.0);
  s.h(1, 1, 1) = NAN;
  CHECK_THROWS_AS((void)m.forward(y, s), core::invalid_input);
}

TEST_CASE("nn::gru gives the same results for any thread count") {
  check_recurrent_thread_invariance<fnn::gru<float>>(
      {.input_size = 3, .hidden_size = 20, .num_layers = 2, .bidirectional = true, .dropout = 0.3});
}

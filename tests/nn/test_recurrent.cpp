// SPDX-License-Identifier: Apache-2.0
// Tests of nn/recurrent.hpp: the options shared by LSTM and GRU (the layers: test_lstm.cpp,
// test_gru.cpp).
#include <foresight/nn/recurrent.hpp>

#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE("nn::validate(recurrent_options) names the bad field") {
  CHECK_NOTHROW(fnn::validate(fnn::recurrent_options{.input_size = 1, .hidden_size = 1}));
  CHECK_THROWS_WITH_AS(fnn::validate(fnn::recurrent_options{.hidden_size = 0}),
                       "nn::validate(recurrent_options): hidden_size is 0; expected >= 1",
                       core::invalid_input);
  CHECK_THROWS_AS(fnn::validate(fnn::recurrent_options{.num_layers = 0}), core::invalid_input);
  CHECK_THROWS_AS(fnn::validate(fnn::recurrent_options{.dropout = -0.1}), core::invalid_input);
}

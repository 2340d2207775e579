// SPDX-License-Identifier: Apache-2.0
// Tests of nn/tensor.hpp: parameter utilities shared by every layer.
#include <foresight/nn/tensor.hpp>

#include <random>

#include <doctest/doctest.h>

#include <foresight/nn/dense.hpp>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE("nn parameter utilities: count, zero, zeros_like, pairs") {
  std::mt19937_64 rng{1};
  fnn::dense<float> m({.input_size = 3, .output_size = 2}, rng);
  CHECK(fnn::parameter_count(m) == 8);
  auto g = fnn::zeros_like(m);
  CHECK(g.weight.isZero());
  CHECK(!m.weight.isZero());
  int pairs = 0;
  fnn::for_each_parameter_pair(m, g, [&](const auto& a, const auto& b) {
    CHECK(a.name == b.name);
    CHECK(a.size == b.size);
    ++pairs;
  });
  CHECK(pairs == 2);
  const auto views = fnn::parameters_of(m);
  CHECK(views[0].rows == 2);
  CHECK(views[0].cols == 3);
  CHECK(views[1].name == "bias");
  fnn::dense<float> other({.input_size = 4, .output_size = 2});
  CHECK_THROWS_AS(fnn::for_each_parameter_pair(m, other, [](const auto&, const auto&) {}),
                  core::dimension_mismatch);
  fnn::zero_parameters(m);
  CHECK(m.bias.isZero());
}

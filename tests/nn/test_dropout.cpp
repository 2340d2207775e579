// SPDX-License-Identifier: Apache-2.0
// Tests of nn/dropout.hpp: seeded inverted dropout.
#include <foresight/nn/dropout.hpp>

#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE("nn::dropout zeroes about p of the values, rescales the rest, and is seeded") {
  fnn::tensor<double, 2> x({100, 100});
  x.fill(1.0);
  std::mt19937_64 a{5};
  std::mt19937_64 b{5};
  const auto y = fnn::dropout(x, 0.25, a);
  CHECK(y == fnn::dropout(x, 0.25, b));
  std::size_t zeros = 0;
  for (std::size_t i = 0; i < y.size(); ++i) {
    if (y.data()[i] == 0) {
      ++zeros;
    } else {
      CHECK(y.data()[i] == doctest::Approx(1 / 0.75));
    }
  }
  // Binomial(10000, 0.25): sd 43; 5 sd either side.
  CHECK(zeros > 2284);
  CHECK(zeros < 2716);
  CHECK(fnn::dropout(x, 0.0, a) == x);
  CHECK_THROWS_AS((void)fnn::dropout(x, 1.0, a), core::invalid_input);
}

// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include <foresight/core/parallel.hpp>

namespace core = foresight::core;

TEST_CASE("parallel_for visits every item once and results do not depend on the thread count") {
  const core::index n = 1000;
  auto run = [&](int threads) {
    std::vector<double> out(static_cast<std::size_t>(n), 0.0);
    core::parallel_for(n, threads, [&](core::index i) {
      double acc = 0;
      for (core::index k = 0; k <= i % 97; ++k)
        acc += std::sin(static_cast<double>(i + k));
      out[static_cast<std::size_t>(i)] += acc;
    });
    return out;
  };
  const auto one = run(1);
  CHECK(run(2) == one);
  CHECK(run(4) == one);
  CHECK(run(0) == one);
}

TEST_CASE("parallel_for rethrows the exception of the lowest failing item") {
  for (int threads : {1, 2, 4}) {
    CAPTURE(threads);
    CHECK_THROWS_WITH_AS(core::parallel_for(100, threads,
                                            [](core::index i) {
                                              if (i == 17)
                                                throw std::runtime_error("item 17");
                                              if (i == 80)
                                                throw std::runtime_error("item 80");
                                            }),
                         "item 17", std::runtime_error);
  }
}

TEST_CASE("parallel_for rejects negative sizes and thread counts") {
  CHECK_THROWS_AS(core::parallel_for(-1, 1, [](core::index) {}), core::invalid_input);
  CHECK_THROWS_AS(core::parallel_for(1, -1, [](core::index) {}), core::invalid_input);
  int calls = 0;
  core::parallel_for(0, 1, [&](core::index) { ++calls; });
  CHECK(calls == 0);
  CHECK(core::effective_threads(1) == 1);
}

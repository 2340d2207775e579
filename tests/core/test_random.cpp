// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <random>
#include <vector>

#include <foresight/core/random.hpp>

namespace core = foresight::core;

TEST_CASE("splitmix64 matches the published reference output") {
  // Vigna's splitmix64.c with state 0: the first output is 0xe220a8397b1dcdaf, the second
  // 0x6e789e6aa1b965f4 (state advanced by the golden gamma once more).
  CHECK(core::splitmix64(0) == 0xe220a8397b1dcdafULL);
  CHECK(core::splitmix64(0x9e3779b97f4a7c15ULL) == 0x6e789e6aa1b965f4ULL);
}

TEST_CASE("seed_for gives distinct, reproducible per-item seeds") {
  CHECK(core::seed_for(42, 0) == core::seed_for(42, 0));
  CHECK(core::seed_for(42, 0) != core::seed_for(42, 1));
  CHECK(core::seed_for(42, 0) != core::seed_for(43, 0));
}

TEST_CASE_TEMPLATE("uniform01 lies in [0, 1) with the right mean and variance", Scalar, float,
                   double) {
  std::mt19937_64 rng{7};
  const int n = 200000;
  double sum = 0;
  double sum2 = 0;
  for (int i = 0; i < n; ++i) {
    const Scalar u = core::uniform01<Scalar>(rng);
    REQUIRE(u >= Scalar{0});
    REQUIRE(u < Scalar{1});
    sum += static_cast<double>(u);
    sum2 += static_cast<double>(u) * static_cast<double>(u);
  }
  const double mean = sum / n;
  const double var = sum2 / n - mean * mean;
  // 5 standard errors: sd(U) = 0.2887, se = 0.2887/sqrt(n) = 6.5e-4.
  CHECK(std::abs(mean - 0.5) < 5 * 6.5e-4);
  CHECK(std::abs(var - 1.0 / 12) < 2e-3);
}

TEST_CASE("sampling is identical for the same seed and works with 32-bit engines") {
  std::mt19937_64 a{123};
  std::mt19937_64 b{123};
  for (int i = 0; i < 100; ++i)
    CHECK(core::standard_normal<double>(a) == core::standard_normal<double>(b));
  std::mt19937 c{5};
  std::minstd_rand d{5};
  double s = 0;
  for (int i = 0; i < 1000; ++i)
    s += core::uniform01<double>(c) + core::uniform01<double>(d);
  CHECK(s / 2000 == doctest::Approx(0.5).epsilon(0.05));
}

TEST_CASE("standard_normal has mean 0, variance 1 and normal tails") {
  std::mt19937_64 rng{2024};
  const int n = 200000;
  double sum = 0;
  double sum2 = 0;
  int beyond = 0;
  for (int i = 0; i < n; ++i) {
    const double z = core::standard_normal<double>(rng);
    sum += z;
    sum2 += z * z;
    beyond += std::abs(z) > 1.959963984540054 ? 1 : 0;
  }
  CHECK(std::abs(sum / n) < 5 / std::sqrt(double{n}));
  CHECK(std::abs(sum2 / n - 1) < 5 * std::sqrt(2.0 / n));
  // P(|Z| > 1.96) = 0.05; binomial se = sqrt(0.05*0.95/n) = 4.9e-4.
  CHECK(std::abs(beyond / double{n} - 0.05) < 5 * 4.9e-4);
}

TEST_CASE("uniform_index is unbiased over its range and rejects n = 0") {
  std::mt19937_64 rng{1};
  std::array<int, 7> counts{};
  const int n = 70000;
  for (int i = 0; i < n; ++i) {
    const auto k = core::uniform_index(rng, 7);
    REQUIRE(k < 7);
    ++counts[k];
  }
  double chi2 = 0;
  for (int c : counts)
    chi2 += (c - n / 7.0) * (c - n / 7.0) / (n / 7.0);
  CHECK(chi2 < 22.46);  // chi-squared(6) 0.999 quantile
  CHECK_THROWS_AS((void)core::uniform_index(rng, 0), core::invalid_input);
}

TEST_CASE("categorical follows its weights and never picks a zero weight") {
  std::mt19937_64 rng{3};
  const std::vector<double> w{1.0, 0.0, 3.0};
  int counts[3] = {0, 0, 0};
  for (int i = 0; i < 40000; ++i)
    ++counts[core::categorical<double>(rng, w)];
  CHECK(counts[1] == 0);
  CHECK(counts[2] / 40000.0 == doctest::Approx(0.75).epsilon(0.02));
  const std::vector<double> bad{1.0, -1.0};
  const std::vector<double> zero{0.0, 0.0};
  const std::vector<double> empty;
  CHECK_THROWS_AS((void)core::categorical<double>(rng, bad), core::invalid_input);
  CHECK_THROWS_AS((void)core::categorical<double>(rng, zero), core::invalid_input);
  CHECK_THROWS_AS((void)core::categorical<double>(rng, empty), core::invalid_input);
}

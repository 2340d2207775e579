// SPDX-License-Identifier: Apache-2.0
/// \file
/// Portable random sampling on top of any `std::uniform_random_bit_generator`: the same engine
/// state gives the same numbers on every standard library (unlike `std::*_distribution`).
/// References: Steele, Lea & Flood (2014), "Fast splittable pseudorandom number generators"
/// (splitmix64); Lemire (2019), "Fast random integer generation in an interval"; Marsaglia &
/// Bray (1964), the polar method for normal deviates.
#pragma once

#include <cmath>
#include <concepts>
#include <cstdint>
#include <limits>
#include <random>
#include <span>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

/// One step of splitmix64: a well-mixed 64-bit function of `x`.
[[nodiscard]] constexpr std::uint64_t splitmix64(std::uint64_t x) noexcept {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30U)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27U)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31U);
}

/// Seed of item `item`'s own stream derived from a batch `seed`: streams of different items are
/// independent for practical purposes and do not depend on the thread that processes the item.
[[nodiscard]] constexpr std::uint64_t seed_for(std::uint64_t seed, std::uint64_t item) noexcept {
  return splitmix64(splitmix64(seed) ^ splitmix64(item + 0x632be59bd9b4e019ULL));
}

namespace detail {
__extension__ typedef unsigned __int128 uint128;  // NOLINT: GCC/Clang extension, 64x64->128

/// 64 random bits from any engine, whatever its output range.
template <std::uniform_random_bit_generator Rng>
[[nodiscard]] std::uint64_t bits64(Rng& rng) {
  using result = typename Rng::result_type;
  constexpr auto lo = Rng::min();
  constexpr auto hi = Rng::max();
  if constexpr (lo == 0 && hi == std::numeric_limits<std::uint64_t>::max()) {
    return static_cast<std::uint64_t>(rng());
  } else if constexpr (lo == 0 && hi == std::numeric_limits<std::uint32_t>::max()) {
    const auto a = static_cast<std::uint64_t>(static_cast<result>(rng()));
    const auto b = static_cast<std::uint64_t>(static_cast<result>(rng()));
    return (a << 32U) | b;
  } else {
    // Generic engines (e.g. minstd_rand): gather 16 uniform bits per call until 64 are full.
    std::uint64_t out = 0;
    const auto range = static_cast<std::uint64_t>(hi - lo);
    for (int filled = 0; filled < 64;) {
      const auto v = static_cast<std::uint64_t>(rng() - lo);
      if (range >= 0xffffULL && v <= range - ((range + 1) % 0x10000ULL)) {
        out = (out << 16U) | (v & 0xffffULL);
        filled += 16;
      } else if (range < 0xffffULL) {
        out = (out << 1U) | (v & 1U);
        ++filled;
      }
    }
    return out;
  }
}
}  // namespace detail

/// Uniform deviate in [0, 1) with 53 (double) or 24 (float) random bits.
template <std::floating_point Scalar = double, std::uniform_random_bit_generator Rng>
[[nodiscard]] Scalar uniform01(Rng& rng) {
  constexpr int digits = std::numeric_limits<Scalar>::digits;
  const std::uint64_t b = detail::bits64(rng) >> (64 - digits);
  return static_cast<Scalar>(b) * (Scalar{1} / static_cast<Scalar>(std::uint64_t{1} << digits));
}

/// Uniform deviate in [a, b).
template <std::floating_point Scalar = double, std::uniform_random_bit_generator Rng>
[[nodiscard]] Scalar uniform(Rng& rng, Scalar a, Scalar b) {
  return a + (b - a) * uniform01<Scalar>(rng);
}

/// Uniform integer in [0, n) without modulo bias (Lemire 2019). Throws invalid_input if n == 0.
template <std::uniform_random_bit_generator Rng>
[[nodiscard]] std::uint64_t uniform_index(Rng& rng, std::uint64_t n) {
  detail::require(n > 0, "core::uniform_index", "n is 0; expected n >= 1");
  std::uint64_t x = detail::bits64(rng);
  auto m = static_cast<detail::uint128>(x) * n;
  auto low = static_cast<std::uint64_t>(m);
  if (low < n) {
    const std::uint64_t threshold = (0 - n) % n;
    while (low < threshold) {
      x = detail::bits64(rng);
      m = static_cast<detail::uint128>(x) * n;
      low = static_cast<std::uint64_t>(m);
    }
  }
  return static_cast<std::uint64_t>(m >> 64U);
}

/// Standard normal deviate by the Marsaglia polar method (one value per call; no cached state).
template <std::floating_point Scalar = double, std::uniform_random_bit_generator Rng>
[[nodiscard]] Scalar standard_normal(Rng& rng) {
  for (;;) {
    const double u = 2.0 * uniform01<double>(rng) - 1.0;
    const double v = 2.0 * uniform01<double>(rng) - 1.0;
    const double s = u * u + v * v;
    if (s > 0.0 && s < 1.0)
      return static_cast<Scalar>(u * std::sqrt(-2.0 * std::log(s) / s));
  }
}

/// Normal deviate with mean `mu` and standard deviation `sigma` (sigma >= 0).
template <std::floating_point Scalar = double, std::uniform_random_bit_generator Rng>
[[nodiscard]] Scalar normal(Rng& rng, Scalar mu, Scalar sigma) {
  return mu + sigma * standard_normal<Scalar>(rng);
}

/// Index drawn with probability proportional to `weights[i]` (non-negative, positive sum).
/// Throws invalid_input on an empty span, a negative or non-finite weight, or a zero sum.
template <std::floating_point Scalar, std::uniform_random_bit_generator Rng>
[[nodiscard]] index categorical(Rng& rng, std::span<const Scalar> weights) {
  constexpr std::string_view where = "core::categorical";
  detail::require(!weights.empty(), where, "weights is empty; expected at least one weight");
  double total = 0;
  for (const Scalar w : weights) {
    detail::require(std::isfinite(w) && w >= 0, where, "weight ", w,
                    " is invalid; expected finite non-negative weights");
    total += static_cast<double>(w);
  }
  detail::require(total > 0, where, "weights sum to 0; expected a positive sum");
  const double u = uniform01<double>(rng) * total;
  double acc = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    acc += static_cast<double>(weights[i]);
    if (u < acc)
      return static_cast<index>(i);
  }
  // Rounding can leave u == total: return the last index with positive weight.
  for (std::size_t i = weights.size(); i-- > 0;) {
    if (weights[i] > 0)
      return static_cast<index>(i);
  }
  return 0;
}

}  // namespace foresight::core

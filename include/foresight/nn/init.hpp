// SPDX-License-Identifier: Apache-2.0
/// \file
/// Parameter initialisation with PyTorch's default schemes, drawn through `core/random.hpp` so a
/// seed reproduces on every platform (the values differ from PyTorch's, whose generator is not
/// reproduced; the distributions are the same).
/// References: Glorot & Bengio (2010), "Understanding the difficulty of training deep feedforward
/// neural networks" (Xavier uniform); He et al. (2015), "Delving deep into rectifiers", eq. 16
/// (Kaiming uniform, as PyTorch applies it to nn.Linear with a = sqrt(5)).
#pragma once

#include <cmath>
#include <concepts>
#include <random>
#include <string_view>

#include <foresight/core/error.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/types.hpp>

namespace foresight::nn {

/// Fills `t` (an Eigen matrix or vector) with independent U(lo, hi) draws, in storage order.
/// Throws: invalid_input unless lo <= hi, both finite.
/// Example: `nn::init_uniform(w, rng, -0.1, 0.1);`
template <typename Tensor, std::uniform_random_bit_generator Rng>
void init_uniform(Tensor& t, Rng& rng, double lo, double hi) {
  using scalar = typename Tensor::Scalar;
  core::detail::require(std::isfinite(lo) && std::isfinite(hi) && lo <= hi, "nn::init_uniform",
                        "bounds are (", lo, ", ", hi, "); expected finite lo <= hi");
  scalar* p = t.data();
  for (core::index i = 0; i < t.size(); ++i)
    p[i] = static_cast<scalar>(core::uniform<double>(rng, lo, hi));
}

/// Fills `t` with independent N(mean, sd^2) draws, in storage order (nn.Embedding's default with
/// mean 0, sd 1).
/// Throws: invalid_input unless mean is finite and sd >= 0 is finite.
template <typename Tensor, std::uniform_random_bit_generator Rng>
void init_normal(Tensor& t, Rng& rng, double mean, double sd) {
  using scalar = typename Tensor::Scalar;
  core::detail::require(std::isfinite(mean) && std::isfinite(sd) && sd >= 0, "nn::init_normal",
                        "mean ", mean, ", sd ", sd, "; expected finite values with sd >= 0");
  scalar* p = t.data();
  for (core::index i = 0; i < t.size(); ++i)
    p[i] = static_cast<scalar>(core::normal<double>(rng, mean, sd));
}

/// Xavier (Glorot) uniform: U(-a, a) with a = sqrt(6 / (fan_in + fan_out)) for a weight matrix
/// of fan_out rows and fan_in columns (PyTorch's xavier_uniform_ with gain 1).
template <typename Tensor, std::uniform_random_bit_generator Rng>
void init_xavier_uniform(Tensor& t, Rng& rng) {
  const auto fan_out = static_cast<double>(t.rows());
  const auto fan_in = static_cast<double>(t.cols());
  const double a = std::sqrt(6.0 / (fan_in + fan_out));
  init_uniform(t, rng, -a, a);
}

/// PyTorch's nn.Linear default for a weight or bias whose layer has `fan_in` inputs:
/// U(-1/sqrt(fan_in), 1/sqrt(fan_in)) (kaiming_uniform_ with a = sqrt(5) reduces to this bound).
/// Throws: invalid_input if fan_in < 1.
template <typename Tensor, std::uniform_random_bit_generator Rng>
void init_fan_in_uniform(Tensor& t, Rng& rng, core::index fan_in) {
  core::detail::require(fan_in >= 1, "nn::init_fan_in_uniform", "fan_in is ", fan_in,
                        "; expected >= 1");
  const double bound = 1.0 / std::sqrt(static_cast<double>(fan_in));
  init_uniform(t, rng, -bound, bound);
}

}  // namespace foresight::nn

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Seeded inverted dropout, as the layers apply it in training: each element is zeroed with
/// probability p and the survivors are scaled by 1/(1-p), so the expectation is unchanged and
/// inference needs no rescaling. Masks are drawn through `core/random.hpp` in storage order, so a
/// seed reproduces on every platform.
/// References: Srivastava et al. (2014), "Dropout: a simple way to prevent neural networks from
/// overfitting", JMLR 15 (inverted scaling as in PyTorch's nn.Dropout).
#pragma once

#include <concepts>
#include <random>

#include <foresight/core/random.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

namespace detail {
/// mask[i] = 0 with probability p, else 1/(1-p); n draws in order.
template <std::floating_point Scalar, std::uniform_random_bit_generator Rng>
void draw_dropout_mask(Scalar* mask, core::index n, double p, Rng& rng) {
  const auto keep = static_cast<Scalar>(1.0 / (1.0 - p));
  for (core::index i = 0; i < n; ++i)
    mask[i] = core::uniform01<double>(rng) < p ? Scalar{0} : keep;
}
}  // namespace detail

/// `x` with inverted dropout of probability `p` applied (training mode); p = 0 returns a copy
/// without drawing.
/// Throws: invalid_input unless 0 <= p < 1.
/// Example: `auto y = nn::dropout(x, 0.1, rng);`
template <std::floating_point Scalar, std::size_t Rank, std::uniform_random_bit_generator Rng>
[[nodiscard]] tensor<Scalar, Rank> dropout(const tensor<Scalar, Rank>& x, double p, Rng& rng) {
  detail::require_probability(p, "nn::dropout", "p");
  tensor<Scalar, Rank> y = x;
  if (p == 0)
    return y;
  const auto n = static_cast<core::index>(y.size());
  Scalar* d = y.data();
  const auto keep = static_cast<Scalar>(1.0 / (1.0 - p));
  for (core::index i = 0; i < n; ++i)
    d[i] = core::uniform01<double>(rng) < p ? Scalar{0} : d[i] * keep;
  return y;
}

}  // namespace foresight::nn

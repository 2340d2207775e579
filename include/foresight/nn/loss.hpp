// SPDX-License-Identifier: Apache-2.0
/// \file
/// Training losses with their gradients, mean-reduced as PyTorch's defaults: mean squared error
/// (nn.MSELoss), mean absolute error (nn.L1Loss), Huber (nn.HuberLoss, delta 1), and the pinball
/// (quantile) loss for several quantiles at once, so that a direct multi-horizon head can output
/// forecast quantiles.
///
///     pinball_q(y, ŷ) = max(q (y - ŷ), (q - 1)(y - ŷ))     averaged over rows, horizon, quantiles
///
/// Predictions may be non-finite (training detects a NaN loss and stops); targets must be finite.
/// References: Huber (1964), "Robust estimation of a location parameter", Ann. Math. Statist.
/// 35(1); Koenker & Bassett (1978), "Regression quantiles", Econometrica 46(1) (pinball loss).
#pragma once

#include <cmath>
#include <concepts>
#include <string_view>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

/// Point losses (append-only).
enum class point_loss : int {
  mse = 0,    ///< mean squared error
  mae = 1,    ///< mean absolute error (L1)
  huber = 2,  ///< Huber with threshold delta
};

/// Name of a point loss, e.g. "huber".
[[nodiscard]] constexpr std::string_view to_string(point_loss l) noexcept {
  switch (l) {
    case point_loss::mse:
      return "mse";
    case point_loss::mae:
      return "mae";
    case point_loss::huber:
      return "huber";
  }
  return "unknown";
}

namespace detail {
template <std::floating_point Scalar, std::size_t Rank>
void check_loss_inputs(const tensor<Scalar, Rank>& prediction, const tensor<Scalar, Rank>& target,
                       std::string_view where) {
  if (prediction.shape() != target.shape()) {
    core::detail::raise<core::dimension_mismatch>(where, "target has shape ",
                                                  shape_string(target.shape()), "; expected ",
                                                  shape_string(prediction.shape()));
  }
  core::detail::require(prediction.size() > 0, where, "prediction is empty; expected values");
  require_finite_tensor(target, where, "target");
}

/// Mean of loss(e) over e = prediction - target, with d mean / d prediction in `gradient`.
template <std::floating_point Scalar, std::size_t Rank, typename Value, typename Slope>
Scalar mean_loss(const tensor<Scalar, Rank>& prediction, const tensor<Scalar, Rank>& target,
                 tensor<Scalar, Rank>* gradient, Value value, Slope slope) {
  const auto n = static_cast<core::index>(prediction.size());
  const Scalar inv_n = Scalar{1} / static_cast<Scalar>(n);
  if (gradient != nullptr)
    gradient->resize(prediction.shape());
  double sum = 0;
  for (core::index i = 0; i < n; ++i) {
    const Scalar e = prediction.data()[i] - target.data()[i];
    sum += static_cast<double>(value(e));
    if (gradient != nullptr)
      gradient->data()[i] = slope(e) * inv_n;
  }
  return static_cast<Scalar>(sum / static_cast<double>(n));
}
}  // namespace detail

/// Mean squared error; fills d loss / d prediction into `gradient` when given.
/// Throws: dimension_mismatch if the shapes differ; invalid_input for an empty input or a
/// non-finite target.
/// Example: `float l = nn::mse_loss(pred, y, &grad);`
template <std::floating_point Scalar, std::size_t Rank>
[[nodiscard]] Scalar mse_loss(const tensor<Scalar, Rank>& prediction,
                              const tensor<Scalar, Rank>& target,
                              tensor<Scalar, Rank>* gradient = nullptr) {
  detail::check_loss_inputs(prediction, target, "nn::mse_loss");
  return detail::mean_loss(
      prediction, target, gradient, [](Scalar e) { return e * e; },
      [](Scalar e) { return Scalar{2} * e; });
}

/// Mean absolute error (the gradient of |e| at e = 0 is 0, as PyTorch).
/// Throws: as mse_loss.
template <std::floating_point Scalar, std::size_t Rank>
[[nodiscard]] Scalar mae_loss(const tensor<Scalar, Rank>& prediction,
                              const tensor<Scalar, Rank>& target,
                              tensor<Scalar, Rank>* gradient = nullptr) {
  detail::check_loss_inputs(prediction, target, "nn::mae_loss");
  return detail::mean_loss(
      prediction, target, gradient, [](Scalar e) { return std::abs(e); },
      [](Scalar e) { return e > 0 ? Scalar{1} : (e < 0 ? Scalar{-1} : Scalar{0}); });
}

/// Huber loss: e²/2 where |e| < delta, else delta (|e| - delta/2).
/// Throws: as mse_loss; invalid_input unless delta > 0 is finite.
template <std::floating_point Scalar, std::size_t Rank>
[[nodiscard]] Scalar huber_loss(const tensor<Scalar, Rank>& prediction,
                                const tensor<Scalar, Rank>& target, Scalar delta = 1,
                                tensor<Scalar, Rank>* gradient = nullptr) {
  constexpr std::string_view where = "nn::huber_loss";
  core::detail::require(std::isfinite(delta) && delta > 0, where, "delta is ", delta,
                        "; expected a finite delta > 0");
  detail::check_loss_inputs(prediction, target, where);
  return detail::mean_loss(
      prediction, target, gradient,
      [delta](Scalar e) {
        const Scalar a = std::abs(e);
        return a < delta ? Scalar{0.5} * e * e : delta * (a - Scalar{0.5} * delta);
      },
      [delta](Scalar e) { return e < -delta ? -delta : (e > delta ? delta : e); });
}

/// Pinball loss of quantile predictions (rows, horizon, quantiles) against targets
/// (rows, horizon), averaged over all three axes; quantile j has level `quantiles[j]`. At a zero
/// error the gradient is taken from the q (y - ŷ) side, i.e. -q.
/// Throws: dimension_mismatch if the shapes disagree; invalid_input for levels outside (0, 1), an
/// empty input or a non-finite target.
/// Example: `float l = nn::pinball_loss(pred, y, {0.1f, 0.5f, 0.9f}, &grad);`
template <std::floating_point Scalar>
[[nodiscard]] Scalar pinball_loss(const tensor<Scalar, 3>& prediction,
                                  const tensor<Scalar, 2>& target,
                                  const std::vector<Scalar>& quantiles,
                                  tensor<Scalar, 3>* gradient = nullptr) {
  constexpr std::string_view where = "nn::pinball_loss";
  for (const Scalar q : quantiles)
    core::detail::require_open_interval(q, Scalar{0}, Scalar{1}, where, "quantile");
  detail::require_shape<tensor<Scalar, 3>, 3>(
      prediction,
      {detail::extent{detail::dim(target, 0)}, detail::extent{detail::dim(target, 1)},
       detail::extent{static_cast<core::index>(quantiles.size())}},
      where, "prediction");
  core::detail::require(prediction.size() > 0, where, "prediction is empty; expected values");
  detail::require_finite_tensor(target, where, "target");
  const auto nq = static_cast<core::index>(quantiles.size());
  const auto cells = static_cast<core::index>(target.size());
  const auto n = static_cast<core::index>(prediction.size());
  const Scalar inv_n = Scalar{1} / static_cast<Scalar>(n);
  if (gradient != nullptr)
    gradient->resize(prediction.shape());
  double sum = 0;
  for (core::index c = 0; c < cells; ++c) {
    const Scalar y = target.data()[c];
    for (core::index j = 0; j < nq; ++j) {
      const Scalar q = quantiles[static_cast<std::size_t>(j)];
      const Scalar e = y - prediction.data()[c * nq + j];
      sum += static_cast<double>(e >= 0 ? q * e : (q - Scalar{1}) * e);
      if (gradient != nullptr)
        gradient->data()[c * nq + j] = (e >= 0 ? -q : Scalar{1} - q) * inv_n;
    }
  }
  return static_cast<Scalar>(sum / static_cast<double>(n));
}

}  // namespace foresight::nn

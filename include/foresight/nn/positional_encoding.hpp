// SPDX-License-Identifier: Apache-2.0
/// \file
/// Positional encodings added to a (batch, time, d_model) input before a Transformer encoder:
/// the fixed sinusoidal table of Vaswani et al. and a learned table (one trainable vector per
/// position, initialised N(0, 1) as nn.Embedding).
///
///     PE(t, 2i) = sin(t / 10000^(2i/d))      PE(t, 2i + 1) = cos(t / 10000^(2i/d))
///
/// References: Vaswani et al. (2017), "Attention is all you need", NeurIPS, section 3.5; Gehring
/// et al. (2017), "Convolutional sequence to sequence learning", ICML (learned positions).
#pragma once

#include <cmath>
#include <concepts>
#include <random>
#include <string_view>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/detail/kernels.hpp>
#include <foresight/nn/detail/layer.hpp>
#include <foresight/nn/init.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

/// Options of a positional encoding.
struct positional_encoding_options {
  /// Features per step (>= 1).
  core::index d_model = 1;
  /// Longest sequence the encoding accepts (>= 1).
  core::index max_length = 512;
};

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const positional_encoding_options& o) {
  detail::require_positive(o.d_model, "nn::validate(positional_encoding_options)", "d_model");
  detail::require_positive(o.max_length, "nn::validate(positional_encoding_options)", "max_length");
}

namespace detail {
/// Checks x against (batch, time <= max_length, d_model).
template <std::floating_point Scalar>
void check_positions(const sequence<Scalar>& x, const positional_encoding_options& o,
                     std::string_view where) {
  const auto [batch, steps] = check_sequence(x, o.d_model, where);
  if (steps > o.max_length) {
    core::detail::raise<core::dimension_mismatch>(where, "x has shape ", shape_string(x.shape()),
                                                  "; expected at most ", o.max_length, " steps");
  }
}

/// x[b, t, :] + table[t, :] for every b.
template <std::floating_point Scalar>
sequence<Scalar> add_positions(const sequence<Scalar>& x, const weight_matrix<Scalar>& table) {
  sequence<Scalar> y = x;
  const core::index batch = dim(x, 0);
  const core::index steps = dim(x, 1);
  const core::index d = dim(x, 2);
  for (core::index b = 0; b < batch; ++b) {
    for (core::index t = 0; t < steps; ++t)
      add_rows(y.data() + (b * steps + t) * d, 1, d, d, table.data() + t * d);
  }
  return y;
}
}  // namespace detail

/// The fixed sinusoidal table (max_length × d_model), computed in double.
/// Throws: invalid_input if an option is out of range.
template <std::floating_point Scalar = float>
[[nodiscard]] weight_matrix<Scalar> sinusoidal_table(const positional_encoding_options& o) {
  validate(o);
  weight_matrix<Scalar> pe(o.max_length, o.d_model);
  const double scale = -std::log(10000.0) / static_cast<double>(o.d_model);
  for (core::index t = 0; t < o.max_length; ++t) {
    for (core::index j = 0; j < o.d_model; ++j) {
      const core::index pair = j - j % 2;
      const double angle = static_cast<double>(t) * std::exp(static_cast<double>(pair) * scale);
      pe(t, j) = static_cast<Scalar>(j % 2 == 0 ? std::sin(angle) : std::cos(angle));
    }
  }
  return pe;
}

/// Adds the sinusoidal table to its input; no parameters, so backward passes dy through.
/// Example: `nn::sinusoidal_positional_encoding<float> pe({.d_model = 64, .max_length = 128});`
///          `auto z = pe.forward(x);`
template <std::floating_point Scalar = float>
class sinusoidal_positional_encoding {
 public:
  /// The element type of the table and activations.
  using scalar_type = Scalar;

  sinusoidal_positional_encoding() = default;

  /// Builds the table. Throws: invalid_input if an option is out of range.
  explicit sinusoidal_positional_encoding(const positional_encoding_options& options)
      : options_(options), table_(sinusoidal_table<Scalar>(options)) {}

  /// The options it was built with.
  [[nodiscard]] const positional_encoding_options& options() const noexcept { return options_; }
  /// The table (max_length × d_model).
  [[nodiscard]] const weight_matrix<Scalar>& table() const noexcept { return table_; }

  /// No parameters: never calls f.
  template <typename F>
  void for_each_parameter(F&&) const {}

  /// x + PE[0:time] for x (batch, time, d_model).
  /// Throws: dimension_mismatch for wrong shapes or time > max_length; invalid_input for
  /// non-finite input.
  [[nodiscard]] sequence<Scalar> forward(const sequence<Scalar>& x) const {
    detail::check_positions(x, options_, "nn::sinusoidal_positional_encoding::forward");
    return detail::add_positions(x, table_);
  }

 private:
  positional_encoding_options options_{};
  weight_matrix<Scalar> table_;
};

/// Adds a learned table (parameter "weight", max_length × d_model) to its input.
/// Example: `nn::learned_positional_encoding<float> pe({.d_model = 64, .max_length = 128}, rng);`
template <std::floating_point Scalar = float, typename Backend = cpu>
class learned_positional_encoding;

/// The CUDA implementation, defined only by nn/cuda/positional_encoding.cuh.
template <std::floating_point Scalar>
class learned_positional_encoding<Scalar, cuda>;

/// The CPU implementation.
template <std::floating_point Scalar>
class learned_positional_encoding<Scalar, cpu>
    : public detail::parameter_visitor<learned_positional_encoding<Scalar, cpu>> {
 public:
  /// The element type of parameters and activations.
  using scalar_type = Scalar;

  /// Shape of the recorded pass.
  struct tape {
    /// Batch size of the recorded pass.
    core::index batch = 0;
    /// Time steps of the recorded pass.
    core::index steps = 0;
  };

  /// One vector per position, max_length × d_model.
  weight_matrix<Scalar> weight;

  learned_positional_encoding() = default;

  /// A zero table. Throws: invalid_input if an option is out of range.
  explicit learned_positional_encoding(const positional_encoding_options& options)
      : options_(options) {
    validate(options_);
    weight = weight_matrix<Scalar>::Zero(options_.max_length, options_.d_model);
  }

  /// A table initialised N(0, 1) from `rng` (nn.Embedding's default).
  template <std::uniform_random_bit_generator Rng>
  learned_positional_encoding(const positional_encoding_options& options, Rng& rng)
      : learned_positional_encoding(options) {
    reset_parameters(rng);
  }

  /// The options it was built with.
  [[nodiscard]] const positional_encoding_options& options() const noexcept { return options_; }

  /// Draws the table N(0, 1).
  template <std::uniform_random_bit_generator Rng>
  void reset_parameters(Rng& rng) {
    init_normal(weight, rng, 0.0, 1.0);
  }

  /// x + weight[0:time].
  /// Throws: dimension_mismatch for wrong shapes or time > max_length; invalid_input for
  /// non-finite input.
  [[nodiscard]] sequence<Scalar> forward(const sequence<Scalar>& x) const {
    detail::check_positions(x, options_, "nn::learned_positional_encoding::forward");
    return detail::add_positions(x, weight);
  }

  /// Training forward: as forward, recording the shape in `t`.
  [[nodiscard]] sequence<Scalar> forward(const sequence<Scalar>& x, tape& t) const {
    auto y = forward(x);
    t.batch = detail::dim(x, 0);
    t.steps = detail::dim(x, 1);
    return y;
  }

  /// Adds d loss / d weight (the sum of dy over the batch, per position) to `grad`; returns dy,
  /// which is d loss / d x.
  /// Throws: dimension_mismatch for a dy of another shape.
  sequence<Scalar> backward(const tape& t, const sequence<Scalar>& dy,
                            learned_positional_encoding& grad) const {
    detail::require_shape<sequence<Scalar>, 3>(
        dy, {detail::extent{t.batch}, detail::extent{t.steps}, detail::extent{options_.d_model}},
        "nn::learned_positional_encoding::backward", "dy");
    const core::index d = options_.d_model;
    for (core::index b = 0; b < t.batch; ++b) {
      detail::add_column_sums(dy.data() + b * t.steps * d, 1, t.steps * d, t.steps * d,
                              grad.weight.data());
    }
    return dy;
  }

 private:
  friend class detail::parameter_visitor<learned_positional_encoding>;
  /// Parameter "weight".
  template <typename Self, typename F>
  static void visit(Self& self, F& f) {
    f(std::string_view("weight"), self.weight);
  }
  positional_encoding_options options_{};
};

}  // namespace foresight::nn

// SPDX-License-Identifier: Apache-2.0
/// \file
/// A sequence forecaster network: an encoder (LSTM, GRU or Transformer encoder) reads a window
/// (batch, time, features); a direct multi-horizon head (one dense layer) maps the encoder's last
/// step to `horizon` × `outputs_per_step` values at once (e.g. a point forecast and several
/// quantiles for each of the next h steps). The Transformer path first projects the features to
/// d_model and adds a positional encoding.
///
/// Parameter names follow a PyTorch module with attributes `lstm` / `gru` (nn.LSTM / nn.GRU,
/// batch_first), or `input_projection` (nn.Linear), `positional` (learned table, an
/// nn.Parameter named `weight`) and `encoder` (nn.TransformerEncoder), plus `head` (nn.Linear).
/// References: Taieb & Hyndman (2014) / Ben Taieb et al. (2012), "A review and comparison of
/// strategies for multi-step ahead time series forecasting", Expert Syst. Appl. 39 (the direct
/// multi-output strategy); Hochreiter & Schmidhuber (1997); Cho et al. (2014); Vaswani et al.
/// (2017).
#pragma once

#include <algorithm>
#include <concepts>
#include <random>
#include <string>
#include <string_view>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/dense.hpp>
#include <foresight/nn/detail/kernels.hpp>
#include <foresight/nn/detail/layer.hpp>
#include <foresight/nn/gru.hpp>
#include <foresight/nn/lstm.hpp>
#include <foresight/nn/positional_encoding.hpp>
#include <foresight/nn/tensor.hpp>
#include <foresight/nn/transformer_encoder.hpp>

namespace foresight::nn {

/// Encoder of a sequence model (append-only).
enum class encoder_kind : int {
  lstm = 0,         ///< nn::lstm
  gru = 1,          ///< nn::gru
  transformer = 2,  ///< input projection, positional encoding, nn::transformer_encoder
};

/// Name of an encoder kind, e.g. "gru".
[[nodiscard]] constexpr std::string_view to_string(encoder_kind k) noexcept {
  switch (k) {
    case encoder_kind::lstm:
      return "lstm";
    case encoder_kind::gru:
      return "gru";
    case encoder_kind::transformer:
      return "transformer";
  }
  return "unknown";
}

/// Positional encoding of the Transformer path (append-only).
enum class positional_kind : int {
  none = 0,        ///< no positional information
  sinusoidal = 1,  ///< fixed sine/cosine table (Vaswani et al. 2017)
  learned = 2,     ///< trained table
};

/// Name of a positional kind, e.g. "learned".
[[nodiscard]] constexpr std::string_view to_string(positional_kind k) noexcept {
  switch (k) {
    case positional_kind::none:
      return "none";
    case positional_kind::sinusoidal:
      return "sinusoidal";
    case positional_kind::learned:
      return "learned";
  }
  return "unknown";
}

/// Options of a sequence model.
struct sequence_model_options {
  /// Which encoder.
  encoder_kind encoder = encoder_kind::lstm;
  /// Features per input step (>= 1).
  core::index input_size = 1;
  /// Hidden units per direction (LSTM, GRU) or d_model (Transformer), >= 1.
  core::index hidden_size = 32;
  /// Encoder layers (>= 1).
  core::index num_layers = 1;
  /// LSTM/GRU: bidirectional encoder.
  bool bidirectional = false;
  /// Dropout probability inside the encoder, training only; [0, 1).
  double dropout = 0;
  /// Transformer: attention heads (hidden_size must be a multiple).
  core::index num_heads = 4;
  /// Transformer: feed-forward width (>= 1).
  core::index dim_feedforward = 128;
  /// Transformer: feed-forward activation.
  nn::activation activation = nn::activation::relu;
  /// Transformer: pre-norm layers (with a final LayerNorm) instead of post-norm.
  bool norm_first = false;
  /// Transformer: causal attention mask.
  bool causal = false;
  /// Transformer: positional encoding.
  positional_kind positional = positional_kind::sinusoidal;
  /// Transformer: longest input window (>= 1).
  core::index max_length = 512;
  /// Steps predicted at once by the direct head (>= 1).
  core::index horizon = 1;
  /// Values per predicted step (>= 1), e.g. 1 + number of quantiles.
  core::index outputs_per_step = 1;
  /// Truncated BPTT for LSTM/GRU (0: whole window).
  core::index truncation = 0;
};

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const sequence_model_options& o) {
  constexpr std::string_view where = "nn::validate(sequence_model_options)";
  const auto k = static_cast<int>(o.encoder);
  core::detail::require(k >= 0 && k <= 2, where, "encoder is ", k, "; expected 0..2");
  detail::require_positive(o.horizon, where, "horizon");
  detail::require_positive(o.outputs_per_step, where, "outputs_per_step");
  if (o.encoder == encoder_kind::transformer) {
    validate(transformer_encoder_options{.layer = {.d_model = o.hidden_size,
                                                   .num_heads = o.num_heads,
                                                   .dim_feedforward = o.dim_feedforward,
                                                   .dropout = o.dropout,
                                                   .activation = o.activation,
                                                   .norm_first = o.norm_first},
                                         .num_layers = o.num_layers});
    detail::require_positive(o.input_size, where, "input_size");
    validate(positional_encoding_options{.d_model = o.hidden_size, .max_length = o.max_length});
  } else {
    validate(recurrent_options{.input_size = o.input_size,
                               .hidden_size = o.hidden_size,
                               .num_layers = o.num_layers,
                               .bidirectional = o.bidirectional,
                               .dropout = o.dropout,
                               .truncation = o.truncation});
  }
}

/// Encoder plus direct multi-horizon head (see the file comment); a value type with
/// for_each_parameter, forward, backward and reset_parameters like every layer.
/// Example: `nn::sequence_model<float> m({.input_size = 3, .hidden_size = 32, .horizon = 12},
///          rng);  auto y = m.forward(x);  // (batch, 12, 1)`
template <std::floating_point Scalar = float>
class sequence_model : public detail::parameter_visitor<sequence_model<Scalar>> {
 public:
  /// The element type of parameters and activations.
  using scalar_type = Scalar;

  /// Activations of a training pass and the workspace.
  struct tape {
    /// Threads of the passes that use this tape (>= 1); results do not depend on it.
    int threads = 1;
    /// Tape of the LSTM encoder (encoder_kind::lstm).
    typename lstm<Scalar>::tape lstm;
    /// Tape of the GRU encoder (encoder_kind::gru).
    typename gru<Scalar>::tape gru;
    /// Tape of the Transformer input projection.
    typename dense<Scalar>::tape input_projection;
    /// Tape of the learned positional encoding (positional_kind::learned).
    typename learned_positional_encoding<Scalar>::tape positional;
    /// Tape of the Transformer encoder.
    typename transformer_encoder<Scalar>::tape encoder;
    /// Tape of the output head.
    typename dense<Scalar>::tape head;
    /// Backward: gradient of the encoder output (batch × time × encoder_width()), zero but at the
    /// last step.
    sequence<Scalar> d_encoded;
    /// Encoder output at the last time step, the head's input (batch × encoder_width()).
    detail::buffer<Scalar> last;
    /// Backward: gradient of last (batch × encoder_width()).
    detail::buffer<Scalar> d_last;
    /// Batch size of the last pass.
    core::index batch = 0;
    /// Time steps of the last pass.
    core::index steps = 0;
    /// True when the last pass was a training pass (backward may follow).
    bool recorded = false;
  };

  /// LSTM encoder (encoder_kind::lstm).
  nn::lstm<Scalar> lstm;
  /// GRU encoder (encoder_kind::gru).
  nn::gru<Scalar> gru;
  /// Transformer: features → d_model.
  dense<Scalar> input_projection;
  /// Transformer: fixed table (positional_kind::sinusoidal).
  sinusoidal_positional_encoding<Scalar> sinusoidal;
  /// Transformer: learned table (positional_kind::learned).
  learned_positional_encoding<Scalar> positional;
  /// Transformer encoder (encoder_kind::transformer).
  transformer_encoder<Scalar> encoder;
  /// Direct head: encoder width → horizon · outputs_per_step.
  dense<Scalar> head;

  sequence_model() = default;

  /// A model with zero weights (LayerNorm weights one).
  /// Throws: invalid_input if an option is out of range.
  explicit sequence_model(const sequence_model_options& options) : options_(options) {
    validate(options_);
    const core::index width = encoder_width();
    switch (options_.encoder) {
      case encoder_kind::lstm:
        lstm = nn::lstm<Scalar>(recurrent());
        break;
      case encoder_kind::gru:
        gru = nn::gru<Scalar>(recurrent());
        break;
      case encoder_kind::transformer:
        input_projection = dense<Scalar>({.input_size = options_.input_size, .output_size = width});
        if (options_.positional == positional_kind::sinusoidal)
          sinusoidal = sinusoidal_positional_encoding<Scalar>(positions());
        if (options_.positional == positional_kind::learned)
          positional = learned_positional_encoding<Scalar>(positions());
        encoder =
            transformer_encoder<Scalar>({.layer = {.d_model = width,
                                                   .num_heads = options_.num_heads,
                                                   .dim_feedforward = options_.dim_feedforward,
                                                   .dropout = options_.dropout,
                                                   .activation = options_.activation,
                                                   .norm_first = options_.norm_first},
                                         .num_layers = options_.num_layers,
                                         .final_norm = options_.norm_first});
        break;
    }
    head = dense<Scalar>(
        {.input_size = width, .output_size = options_.horizon * options_.outputs_per_step});
  }

  /// A model with PyTorch's default initialisation of every part drawn from `rng`.
  template <std::uniform_random_bit_generator Rng>
  sequence_model(const sequence_model_options& options, Rng& rng) : sequence_model(options) {
    reset_parameters(rng);
  }

  /// The options the model was built with.
  [[nodiscard]] const sequence_model_options& options() const noexcept { return options_; }

  /// Width of the encoder's output per step (what the head reads).
  [[nodiscard]] core::index encoder_width() const noexcept {
    const bool bi = options_.encoder != encoder_kind::transformer && options_.bidirectional;
    return options_.hidden_size * (bi ? 2 : 1);
  }

  /// Re-initialises every part, in parameter order.
  template <std::uniform_random_bit_generator Rng>
  void reset_parameters(Rng& rng) {
    switch (options_.encoder) {
      case encoder_kind::lstm:
        lstm.reset_parameters(rng);
        break;
      case encoder_kind::gru:
        gru.reset_parameters(rng);
        break;
      case encoder_kind::transformer:
        input_projection.reset_parameters(rng);
        if (options_.positional == positional_kind::learned)
          positional.reset_parameters(rng);
        encoder.reset_parameters(rng);
        break;
    }
    head.reset_parameters(rng);
  }

  /// Inference: predictions (batch, horizon, outputs_per_step) for x (batch, time, input_size).
  /// Throws: dimension_mismatch for wrong shapes (or time > max_length for a Transformer);
  /// invalid_input for non-finite input.
  [[nodiscard]] tensor<Scalar, 3> forward(const sequence<Scalar>& x) const {
    tape t;
    std::mt19937_64 unused{0};
    return run(x, t, unused, false);
  }

  /// Inference reusing the workspace `t` (no allocation when the shapes repeat).
  [[nodiscard]] tensor<Scalar, 3> forward(const sequence<Scalar>& x, tape& t) const {
    std::mt19937_64 unused{0};
    return run(x, t, unused, false);
  }

  /// Training: as forward, with dropout drawn from `rng`, recording `t`.
  template <std::uniform_random_bit_generator Rng>
  [[nodiscard]] tensor<Scalar, 3> forward(const sequence<Scalar>& x, tape& t, Rng& rng) const {
    return run(x, t, rng, true);
  }

  /// Adds the gradients of every parameter to `grad` for d loss / d prediction `dy`
  /// (batch, horizon, outputs_per_step). The input gradient is not computed.
  /// Throws: dimension_mismatch for a dy of another shape; invalid_input without a recorded pass.
  void backward(tape& t, const tensor<Scalar, 3>& dy, sequence_model& grad) const {
    constexpr std::string_view where = "nn::sequence_model::backward";
    core::detail::require(t.recorded, where,
                          "the tape holds no training pass; expected forward(x, tape, rng) first");
    detail::require_shape<tensor<Scalar, 3>, 3>(
        dy,
        {detail::extent{t.batch}, detail::extent{options_.horizon},
         detail::extent{options_.outputs_per_step}},
        where, "dy");
    const core::index width = encoder_width();
    head.backward_rows(t.head, dy.data(), grad.head);
    Scalar* d_last = t.d_last.ensure(t.batch * width);
    head.backward_input(t.head, dy.data(), d_last, false);
    // Only the last step feeds the head: the encoder's output gradient is zero elsewhere.
    detail::ensure_shape(t.d_encoded, t.batch, t.steps, width);
    t.d_encoded.fill(Scalar{0});
    for (core::index b = 0; b < t.batch; ++b) {
      std::copy_n(d_last + b * width, width,
                  t.d_encoded.data() + (b * t.steps + t.steps - 1) * width);
    }
    switch (options_.encoder) {
      case encoder_kind::lstm:
        (void)lstm.backward(t.lstm, t.d_encoded, grad.lstm, {}, false);
        break;
      case encoder_kind::gru:
        (void)gru.backward(t.gru, t.d_encoded, grad.gru, {}, false);
        break;
      case encoder_kind::transformer: {
        auto dz = encoder.backward(t.encoder, t.d_encoded, grad.encoder);
        if (options_.positional == positional_kind::learned)
          dz = positional.backward(t.positional, dz, grad.positional);
        input_projection.backward_rows(t.input_projection, dz.data(), grad.input_projection);
        break;
      }
    }
  }

 private:
  friend class detail::parameter_visitor<sequence_model>;

  /// Parameters with the prefixes lstm., gru., input_projection., positional., encoder., head.
  template <typename Self, typename F>
  static void visit(Self& self, F& f) {
    auto prefixed = [&f](const char* prefix) {
      return [&f, prefix](std::string_view name, auto& tensor) {
        const std::string full = std::string(prefix) + std::string(name);
        f(std::string_view(full), tensor);
      };
    };
    switch (self.options_.encoder) {
      case encoder_kind::lstm:
        self.lstm.for_each_parameter(prefixed("lstm."));
        break;
      case encoder_kind::gru:
        self.gru.for_each_parameter(prefixed("gru."));
        break;
      case encoder_kind::transformer:
        self.input_projection.for_each_parameter(prefixed("input_projection."));
        if (self.options_.positional == positional_kind::learned)
          self.positional.for_each_parameter(prefixed("positional."));
        self.encoder.for_each_parameter(prefixed("encoder."));
        break;
    }
    self.head.for_each_parameter(prefixed("head."));
  }

  [[nodiscard]] recurrent_options recurrent() const {
    return {.input_size = options_.input_size,
            .hidden_size = options_.hidden_size,
            .num_layers = options_.num_layers,
            .bidirectional = options_.bidirectional,
            .dropout = options_.dropout,
            .truncation = options_.truncation};
  }

  [[nodiscard]] positional_encoding_options positions() const {
    return {.d_model = options_.hidden_size, .max_length = options_.max_length};
  }

  template <typename Rng>
  tensor<Scalar, 3> run(const sequence<Scalar>& x, tape& t, Rng& rng, bool record) const {
    constexpr std::string_view where = "nn::sequence_model::forward";
    core::detail::require(head.weight.size() > 0, where,
                          "the model has no weights; expected a model built from options");
    const auto [batch, steps] = detail::check_sequence(x, options_.input_size, where);
    const core::index width = encoder_width();
    t.batch = batch;
    t.steps = steps;
    t.recorded = record;
    t.lstm.threads = t.threads;
    t.gru.threads = t.threads;
    t.encoder.threads = t.threads;
    t.input_projection.threads = t.threads;
    t.head.threads = t.threads;
    sequence<Scalar> encoded;
    switch (options_.encoder) {
      case encoder_kind::lstm:
        encoded = record ? lstm.forward(x, t.lstm, rng).output : lstm.forward(x, t.lstm).output;
        break;
      case encoder_kind::gru:
        encoded = record ? gru.forward(x, t.gru, rng).output : gru.forward(x, t.gru).output;
        break;
      case encoder_kind::transformer: {
        sequence<Scalar> z =
            record ? input_projection.forward(x, t.input_projection) : input_projection.forward(x);
        if (options_.positional == positional_kind::sinusoidal)
          z = sinusoidal.forward(z);
        if (options_.positional == positional_kind::learned)
          z = record ? positional.forward(z, t.positional) : positional.forward(z);
        const attention_mask mask{.causal = options_.causal};
        encoded =
            record ? encoder.forward(z, t.encoder, rng, mask) : encoder.forward(z, t.encoder, mask);
        break;
      }
    }
    Scalar* last = t.last.ensure(batch * width);
    for (core::index b = 0; b < batch; ++b)
      std::copy_n(encoded.data() + (b * steps + steps - 1) * width, width, last + b * width);
    tensor<Scalar, 3> y(std::array<std::size_t, 3>{
        static_cast<std::size_t>(batch), static_cast<std::size_t>(options_.horizon),
        static_cast<std::size_t>(options_.outputs_per_step)});
    head.forward_rows(last, batch, y.data(), t.head, record);
    return y;
  }

  sequence_model_options options_{};
};

}  // namespace foresight::nn

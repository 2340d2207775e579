// SPDX-License-Identifier: Apache-2.0
/// \file
/// Transformer encoder layer and stack, PyTorch's nn.TransformerEncoderLayer(batch_first=True)
/// and nn.TransformerEncoder: self-attention and a feed-forward block (linear1, ReLU or GELU,
/// linear2), each with dropout and a residual connection, LayerNorm after each block (post-norm,
/// PyTorch's default) or before it (pre-norm, norm_first=True):
///
///     post-norm:  x = norm1(x + dropout1(attn(x)));        x = norm2(x + dropout2(ff(x)))
///     pre-norm:   x = x + dropout1(attn(norm1(x)));        x = x + dropout2(ff(norm2(x)))
///     ff(x) = linear2(dropout(activation(linear1(x))))
///
/// References: Vaswani et al. (2017), "Attention is all you need", NeurIPS, section 3.1;
/// Xiong et al. (2020), "On layer normalization in the Transformer architecture", ICML
/// (pre-norm); Hendrycks & Gimpel (2016), "Gaussian error linear units (GELUs)",
/// arXiv:1606.08415 (exact erf form, PyTorch's default); Ba et al. (2016) for LayerNorm.
#pragma once

#include <cmath>
#include <concepts>
#include <cstddef>
#include <numbers>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/attention.hpp>
#include <foresight/nn/dense.hpp>
#include <foresight/nn/detail/kernels.hpp>
#include <foresight/nn/detail/layer.hpp>
#include <foresight/nn/dropout.hpp>
#include <foresight/nn/layer_norm.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

/// Activation of the feed-forward block (append-only).
enum class activation : int {
  relu = 0,  ///< max(0, x)
  gelu = 1,  ///< x Φ(x) with the exact normal CDF (PyTorch's approximate='none')
};

/// Name of an activation, e.g. "gelu".
[[nodiscard]] constexpr std::string_view to_string(activation a) noexcept {
  switch (a) {
    case activation::relu:
      return "relu";
    case activation::gelu:
      return "gelu";
  }
  return "unknown";
}

/// Options of one encoder layer (nn.TransformerEncoderLayer's arguments).
struct transformer_layer_options {
  /// Model width E (>= 1, a multiple of num_heads).
  core::index d_model = 64;
  /// Attention heads (>= 1).
  core::index num_heads = 4;
  /// Width of the feed-forward block (>= 1); PyTorch's default is 2048.
  core::index dim_feedforward = 2048;
  /// Dropout probability (attention probabilities, both residual branches, feed-forward), [0, 1).
  double dropout = 0.1;
  /// Activation of the feed-forward block.
  nn::activation activation = nn::activation::relu;
  /// LayerNorm eps (> 0).
  double layer_norm_eps = 1e-5;
  /// Pre-norm (true) or post-norm (false, PyTorch's default).
  bool norm_first = false;
};

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const transformer_layer_options& o) {
  constexpr std::string_view where = "nn::validate(transformer_layer_options)";
  validate(attention_options{.embed_dim = o.d_model, .num_heads = o.num_heads});
  detail::require_positive(o.dim_feedforward, where, "dim_feedforward");
  detail::require_probability(o.dropout, where, "dropout");
  core::detail::require(o.activation == activation::relu || o.activation == activation::gelu, where,
                        "activation is ", static_cast<int>(o.activation),
                        "; expected relu or gelu");
  validate(layer_norm_options{.features = o.d_model, .eps = o.layer_norm_eps});
}

namespace detail {
/// y = activation(x) over n values.
template <std::floating_point Scalar>
void activate(activation a, const Scalar* x, Scalar* y, core::index n) {
  if (a == activation::relu) {
    array_map<Scalar>(y, n) = const_array_map<Scalar>(x, n).max(Scalar{0});
    return;
  }
  const Scalar inv_sqrt2 = Scalar{1} / std::numbers::sqrt2_v<Scalar>;
  for (core::index i = 0; i < n; ++i)
    y[i] = Scalar{0.5} * x[i] * (Scalar{1} + std::erf(x[i] * inv_sqrt2));
}

/// dx = dy · activation'(x) over n values (ReLU' = 0 at 0, as PyTorch; GELU' = Φ(x) + x φ(x)).
template <std::floating_point Scalar>
void activate_backward(activation a, const Scalar* x, Scalar* dy, core::index n) {
  if (a == activation::relu) {
    for (core::index i = 0; i < n; ++i)
      dy[i] = x[i] > 0 ? dy[i] : Scalar{0};
    return;
  }
  const Scalar inv_sqrt2 = Scalar{1} / std::numbers::sqrt2_v<Scalar>;
  const Scalar inv_sqrt_2pi = std::numbers::inv_sqrtpi_v<Scalar> * inv_sqrt2;
  for (core::index i = 0; i < n; ++i) {
    const Scalar cdf = Scalar{0.5} * (Scalar{1} + std::erf(x[i] * inv_sqrt2));
    const Scalar pdf = inv_sqrt_2pi * std::exp(Scalar{-0.5} * x[i] * x[i]);
    dy[i] *= cdf + x[i] * pdf;
  }
}
}  // namespace detail

/// One Transformer encoder layer (see the file comment).
/// Example: `nn::transformer_encoder_layer<float> layer({.d_model = 64, .num_heads = 4,`
///          `    .dim_feedforward = 128, .dropout = 0.0}, rng);  auto y = layer.forward(x);`
template <std::floating_point Scalar = float, typename Backend = cpu>
class transformer_encoder_layer;

/// The CUDA implementation, defined only by nn/cuda/transformer_encoder.cuh.
template <std::floating_point Scalar>
class transformer_encoder_layer<Scalar, cuda>;

/// The CPU implementation.
template <std::floating_point Scalar>
class transformer_encoder_layer<Scalar, cpu>
    : public detail::parameter_visitor<transformer_encoder_layer<Scalar, cpu>>,
      public detail::masked_sequence_forward<transformer_encoder_layer<Scalar, cpu>, Scalar> {
 public:
  /// The element type of parameters and activations.
  using scalar_type = Scalar;

  /// Activations recorded by a training pass, and the workspace.
  struct tape {
    /// Threads of the passes that use this tape (>= 1); results do not depend on it.
    int threads = 1;
    /// Tape of self_attn.
    typename multi_head_attention<Scalar>::tape attn;
    /// Tape of linear1.
    typename dense<Scalar>::tape linear1;
    /// Tape of linear2.
    typename dense<Scalar>::tape linear2;
    /// Tape of norm1.
    typename layer_norm<Scalar>::tape norm1;
    /// Tape of norm2.
    typename layer_norm<Scalar>::tape norm2;
    /// Pre-norm only: norm1(x), the attention input (rows × d_model).
    detail::buffer<Scalar> n1;
    /// Attention branch output after dropout1 (rows × d_model).
    detail::buffer<Scalar> a;
    /// Output of the attention block, x + a (normalised when post-norm) (rows × d_model).
    detail::buffer<Scalar> y1;
    /// Pre-norm only: norm2(y1), the feed-forward input (rows × d_model).
    detail::buffer<Scalar> n2;
    /// linear1 output before the activation (rows × dim_feedforward).
    detail::buffer<Scalar> pre;
    /// Activation of pre, after dropout (rows × dim_feedforward).
    detail::buffer<Scalar> act;
    /// Feed-forward branch output after dropout2 (rows × d_model).
    detail::buffer<Scalar> f;
    /// Dropout mask of the attention branch (dropout1).
    detail::buffer<Scalar> drop1;
    /// Dropout mask of the feed-forward activation.
    detail::buffer<Scalar> drop;
    /// Dropout mask of the feed-forward branch (dropout2).
    detail::buffer<Scalar> drop2;
    /// Backward scratch: d loss / d y1, later d loss / d n1 (rows × d_model).
    detail::buffer<Scalar> g1;
    /// Backward scratch: gradient of a branch output (rows × d_model).
    detail::buffer<Scalar> g2;
    /// Backward scratch: gradient of the activation (rows × dim_feedforward).
    detail::buffer<Scalar> g3;
    /// Batch size of the last pass.
    core::index batch = 0;
    /// Time steps of the last pass.
    core::index steps = 0;
    /// True when the last pass was a training pass (backward may follow).
    bool recorded = false;
  };

  /// Self-attention block.
  multi_head_attention<Scalar> self_attn;
  /// Feed-forward input projection (d_model → dim_feedforward).
  dense<Scalar> linear1;
  /// Feed-forward output projection (dim_feedforward → d_model).
  dense<Scalar> linear2;
  /// LayerNorm of the attention block.
  layer_norm<Scalar> norm1;
  /// LayerNorm of the feed-forward block.
  layer_norm<Scalar> norm2;

  transformer_encoder_layer() = default;

  /// A layer with zero weights (LayerNorm weights one). Throws: invalid_input if an option is
  /// out of range.
  explicit transformer_encoder_layer(const transformer_layer_options& options)
      : options_((validate(options), options)) {
    self_attn = multi_head_attention<Scalar>({.embed_dim = options_.d_model,
                                              .num_heads = options_.num_heads,
                                              .dropout = options_.dropout});
    linear1 =
        dense<Scalar>({.input_size = options_.d_model, .output_size = options_.dim_feedforward});
    linear2 =
        dense<Scalar>({.input_size = options_.dim_feedforward, .output_size = options_.d_model});
    norm1 = layer_norm<Scalar>({.features = options_.d_model, .eps = options_.layer_norm_eps});
    norm2 = layer_norm<Scalar>({.features = options_.d_model, .eps = options_.layer_norm_eps});
  }

  /// A layer with PyTorch's default initialisation drawn from `rng`.
  template <std::uniform_random_bit_generator Rng>
  transformer_encoder_layer(const transformer_layer_options& options, Rng& rng)
      : transformer_encoder_layer(options) {
    reset_parameters(rng);
  }

  /// The options the layer was built with.
  [[nodiscard]] const transformer_layer_options& options() const noexcept { return options_; }

  /// PyTorch's initialisation of every sub-layer, in declaration order.
  template <std::uniform_random_bit_generator Rng>
  void reset_parameters(Rng& rng) {
    self_attn.reset_parameters(rng);
    linear1.reset_parameters(rng);
    linear2.reset_parameters(rng);
    norm1.reset_parameters(rng);
    norm2.reset_parameters(rng);
  }

  using detail::masked_sequence_forward<transformer_encoder_layer, Scalar>::forward;

  /// Adds the parameter gradients to `grad` and returns d loss / d x.
  /// Throws: dimension_mismatch for a dy of another shape; invalid_input without a recorded pass.
  sequence<Scalar> backward(tape& t, const sequence<Scalar>& dy,
                            transformer_encoder_layer& grad) const {
    constexpr std::string_view where = "nn::transformer_encoder_layer::backward";
    core::detail::require(t.recorded, where,
                          "the tape holds no training pass; expected forward(x, tape, rng) first");
    detail::require_shape<sequence<Scalar>, 3>(
        dy, {detail::extent{t.batch}, detail::extent{t.steps}, detail::extent{options_.d_model}},
        where, "dy");
    auto dx = detail::make_sequence<Scalar>(t.batch, t.steps, options_.d_model);
    backward_rows(t, dy.data(), grad, dx.data());
    return dx;
  }

  /// Row interface: y (batch·steps × d_model) from x, recording when `record`.
  template <typename Rng>
  void forward_rows(const Scalar* x, core::index batch, core::index steps, Scalar* y, tape& t,
                    Rng& rng, bool record, const attention_mask& m) const {
    const core::index e = options_.d_model;
    const core::index ff = options_.dim_feedforward;
    const core::index rows = batch * steps;
    const core::index n = rows * e;
    const bool drop = record && options_.dropout > 0;
    t.batch = batch;
    t.steps = steps;
    t.recorded = record;
    t.attn.threads = t.threads;
    t.linear1.threads = t.threads;
    t.linear2.threads = t.threads;
    Scalar* a = t.a.ensure(n);
    Scalar* y1 = t.y1.ensure(n);
    Scalar* pre = t.pre.ensure(rows * ff);
    Scalar* act = t.act.ensure(rows * ff);
    Scalar* f = t.f.ensure(n);
    // Attention block.
    if (options_.norm_first) {
      Scalar* n1 = t.n1.ensure(n);
      norm1.forward_rows(x, rows, n1, t.norm1, record);
      self_attn.forward_rows(n1, batch, steps, a, t.attn, rng, record, m);
    } else {
      self_attn.forward_rows(x, batch, steps, a, t.attn, rng, record, m);
    }
    if (drop)
      apply_dropout(a, n, t.drop1, rng);
    detail::array_map<Scalar>(y1, n) =
        detail::const_array_map<Scalar>(x, n) + detail::const_array_map<Scalar>(a, n);
    if (!options_.norm_first)
      norm1.forward_rows(y1, rows, y1, t.norm1, record);
    // Feed-forward block.
    const Scalar* ff_in = y1;
    if (options_.norm_first) {
      Scalar* n2 = t.n2.ensure(n);
      norm2.forward_rows(y1, rows, n2, t.norm2, record);
      ff_in = n2;
    }
    linear1.forward_rows(ff_in, rows, pre, t.linear1, record);
    detail::activate(options_.activation, pre, act, rows * ff);
    if (drop)
      apply_dropout(act, rows * ff, t.drop, rng);
    linear2.forward_rows(act, rows, f, t.linear2, record);
    if (drop)
      apply_dropout(f, n, t.drop2, rng);
    detail::array_map<Scalar>(y, n) =
        detail::const_array_map<Scalar>(y1, n) + detail::const_array_map<Scalar>(f, n);
    if (!options_.norm_first)
      norm2.forward_rows(y, rows, y, t.norm2, record);
  }

  /// Row interface: parameter gradients for dy (rows × d_model) and dx = d loss / d x.
  void backward_rows(tape& t, const Scalar* dy, transformer_encoder_layer& grad, Scalar* dx) const {
    const core::index e = options_.d_model;
    const core::index ff = options_.dim_feedforward;
    const core::index rows = t.batch * t.steps;
    const core::index n = rows * e;
    const bool drop = options_.dropout > 0;
    Scalar* dy1 = t.g1.ensure(n);  // d loss / d y1
    Scalar* dbr = t.g2.ensure(n);  // gradient of a branch output
    Scalar* dact = t.g3.ensure(rows * ff);
    // Second block: y = [norm2](y1 + f).
    if (options_.norm_first) {
      std::copy_n(dy, n, dy1);
      std::copy_n(dy, n, dbr);
    } else {
      norm2.backward_rows(t.norm2, dy, grad.norm2, dy1, false);
      std::copy_n(dy1, n, dbr);
    }
    if (drop)
      multiply(dbr, t.drop2.data(), n);
    linear2.backward_rows(t.linear2, dbr, grad.linear2);
    linear2.backward_input(t.linear2, dbr, dact, false);
    if (drop)
      multiply(dact, t.drop.data(), rows * ff);
    detail::activate_backward(options_.activation, t.pre.data(), dact, rows * ff);
    linear1.backward_rows(t.linear1, dact, grad.linear1);
    if (options_.norm_first) {
      // d n2 into dbr, then through norm2 onto dy1 (which already holds the residual path).
      linear1.backward_input(t.linear1, dact, dbr, false);
      norm2.backward_rows(t.norm2, dbr, grad.norm2, dy1, true);
    } else {
      linear1.backward_input(t.linear1, dact, dy1, true);
    }
    // First block: y1 = [norm1](x + a).
    if (options_.norm_first) {
      std::copy_n(dy1, n, dx);
      std::copy_n(dy1, n, dbr);
    } else {
      norm1.backward_rows(t.norm1, dy1, grad.norm1, dx, false);
      std::copy_n(dx, n, dbr);
    }
    if (drop)
      multiply(dbr, t.drop1.data(), n);
    if (options_.norm_first) {
      Scalar* dn1 = t.g1.data();  // dy1 is no longer needed
      self_attn.backward_rows(t.attn, dbr, grad.self_attn, dn1, false);
      norm1.backward_rows(t.norm1, dn1, grad.norm1, dx, true);
    } else {
      self_attn.backward_rows(t.attn, dbr, grad.self_attn, dx, true);
    }
  }

 private:
  friend class detail::parameter_visitor<transformer_encoder_layer>;
  friend class detail::masked_sequence_forward<transformer_encoder_layer, Scalar>;
  template <typename Self, typename F>
  static void visit(Self& self, F& f) {
    auto prefixed = [&f](std::string_view prefix) {
      return [&f, prefix](std::string_view name, auto& tensor) {
        const std::string full = std::string(prefix) + std::string(name);
        f(std::string_view(full), tensor);
      };
    };
    self.self_attn.for_each_parameter(prefixed("self_attn."));
    self.linear1.for_each_parameter(prefixed("linear1."));
    self.linear2.for_each_parameter(prefixed("linear2."));
    self.norm1.for_each_parameter(prefixed("norm1."));
    self.norm2.for_each_parameter(prefixed("norm2."));
  }

  static void multiply(Scalar* a, const Scalar* b, core::index n) {
    detail::array_map<Scalar>(a, n) *= detail::const_array_map<Scalar>(b, n);
  }

  template <typename Rng>
  void apply_dropout(Scalar* a, core::index n, detail::buffer<Scalar>& mask, Rng& rng) const {
    Scalar* m = mask.ensure(n);
    detail::draw_dropout_mask(m, n, options_.dropout, rng);
    multiply(a, m, n);
  }

  template <typename Rng>
  sequence<Scalar> run(const sequence<Scalar>& x, const attention_mask& m, tape& t, Rng& rng,
                       bool record) const {
    constexpr std::string_view where = "nn::transformer_encoder_layer::forward";
    core::detail::require(linear1.weight.size() > 0, where,
                          "the layer has no weights; expected a layer built from options");
    const auto [batch, steps] = detail::check_sequence(x, options_.d_model, where);
    detail::check_mask(m, batch, steps, where);
    auto y = detail::make_sequence<Scalar>(batch, steps, options_.d_model);
    forward_rows(x.data(), batch, steps, y.data(), t, rng, record, m);
    return y;
  }

  transformer_layer_options options_{};
};

/// Options of an encoder stack (nn.TransformerEncoder(layer, num_layers, norm)).
struct transformer_encoder_options {
  /// Options of every layer.
  transformer_layer_options layer{};
  /// Number of layers (>= 1).
  core::index num_layers = 1;
  /// Add a final LayerNorm (PyTorch's `norm` argument; usual with pre-norm layers).
  bool final_norm = false;
};

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const transformer_encoder_options& o) {
  validate(o.layer);
  detail::require_positive(o.num_layers, "nn::validate(transformer_encoder_options)", "num_layers");
}

/// A stack of encoder layers with an optional final LayerNorm; parameter names
/// "layers.<i>.<layer name>" and "norm.weight", "norm.bias" as PyTorch's state_dict.
/// Example: `nn::transformer_encoder<float> enc({.layer = {.d_model = 64, .num_heads = 4,`
///          `    .dim_feedforward = 128}, .num_layers = 2}, rng);  auto y = enc.forward(x);`
template <std::floating_point Scalar = float, typename Backend = cpu>
class transformer_encoder;

/// The CUDA implementation, defined only by nn/cuda/transformer_encoder.cuh.
template <std::floating_point Scalar>
class transformer_encoder<Scalar, cuda>;

/// The CPU implementation.
template <std::floating_point Scalar>
class transformer_encoder<Scalar, cpu>
    : public detail::parameter_visitor<transformer_encoder<Scalar, cpu>>,
      public detail::masked_sequence_forward<transformer_encoder<Scalar, cpu>, Scalar> {
 public:
  /// The element type of parameters and activations.
  using scalar_type = Scalar;

  /// Per-layer tapes and the intermediate activations.
  struct tape {
    /// Threads of the passes that use this tape (>= 1); results do not depend on it.
    int threads = 1;
    /// One tape per encoder layer.
    std::vector<typename transformer_encoder_layer<Scalar>::tape> layers;
    /// Tape of the final LayerNorm (used when options.final_norm).
    typename layer_norm<Scalar>::tape norm;
    /// Output of layer i (rows × d_model); unused for the last layer without a final norm.
    std::vector<detail::buffer<Scalar>> acts;
    /// Backward scratch: the gradient flowing into the current layer (rows × d_model).
    detail::buffer<Scalar> g1;
    /// Backward scratch: the gradient flowing out of the current layer (rows × d_model).
    detail::buffer<Scalar> g2;
    /// Batch size of the last pass.
    core::index batch = 0;
    /// Time steps of the last pass.
    core::index steps = 0;
    /// True when the last pass was a training pass (backward may follow).
    bool recorded = false;
  };

  /// The encoder layers.
  std::vector<transformer_encoder_layer<Scalar>> layers;
  /// Final LayerNorm (used when options.final_norm).
  layer_norm<Scalar> norm;

  transformer_encoder() = default;

  /// A stack with zero weights. Throws: invalid_input if an option is out of range.
  explicit transformer_encoder(const transformer_encoder_options& options) : options_(options) {
    validate(options_);
    layers.assign(static_cast<std::size_t>(options_.num_layers),
                  transformer_encoder_layer<Scalar>(options_.layer));
    if (options_.final_norm) {
      norm = layer_norm<Scalar>(
          {.features = options_.layer.d_model, .eps = options_.layer.layer_norm_eps});
    }
  }

  /// A stack with PyTorch's default initialisation of every layer drawn from `rng`.
  template <std::uniform_random_bit_generator Rng>
  transformer_encoder(const transformer_encoder_options& options, Rng& rng)
      : transformer_encoder(options) {
    reset_parameters(rng);
  }

  /// The options the stack was built with.
  [[nodiscard]] const transformer_encoder_options& options() const noexcept { return options_; }

  /// Re-initialises every layer (in order) as PyTorch does.
  template <std::uniform_random_bit_generator Rng>
  void reset_parameters(Rng& rng) {
    for (auto& l : layers)
      l.reset_parameters(rng);
    if (options_.final_norm)
      norm.reset_parameters(rng);
  }

  using detail::masked_sequence_forward<transformer_encoder, Scalar>::forward;

  /// Adds the parameter gradients to `grad` and returns d loss / d x.
  /// Throws: dimension_mismatch for a dy of another shape; invalid_input without a recorded pass.
  sequence<Scalar> backward(tape& t, const sequence<Scalar>& dy, transformer_encoder& grad) const {
    constexpr std::string_view where = "nn::transformer_encoder::backward";
    core::detail::require(t.recorded, where,
                          "the tape holds no training pass; expected forward(x, tape, rng) first");
    const core::index e = options_.layer.d_model;
    detail::require_shape<sequence<Scalar>, 3>(
        dy, {detail::extent{t.batch}, detail::extent{t.steps}, detail::extent{e}}, where, "dy");
    core::detail::require_size(grad.layers.size(), layers.size(), where, "grad.layers");
    const core::index n = t.batch * t.steps * e;
    Scalar* g = t.g1.ensure(n);
    Scalar* other = t.g2.ensure(n);
    if (options_.final_norm) {
      norm.backward_rows(t.norm, dy.data(), grad.norm, g, false);
    } else {
      std::copy_n(dy.data(), n, g);
    }
    for (std::size_t i = layers.size(); i-- > 0;) {
      layers[i].backward_rows(t.layers[i], g, grad.layers[i], other);
      std::swap(g, other);
    }
    auto dx = detail::make_sequence<Scalar>(t.batch, t.steps, e);
    std::copy_n(g, n, dx.data());
    return dx;
  }

 private:
  friend class detail::parameter_visitor<transformer_encoder>;
  friend class detail::masked_sequence_forward<transformer_encoder, Scalar>;
  template <typename Self, typename F>
  static void visit(Self& self, F& f) {
    for (std::size_t i = 0; i < self.layers.size(); ++i) {
      const std::string prefix = "layers." + std::to_string(i) + ".";
      self.layers[i].for_each_parameter([&](std::string_view name, auto& tensor) {
        const std::string full = prefix + std::string(name);
        f(std::string_view(full), tensor);
      });
    }
    if (self.options_.final_norm) {
      self.norm.for_each_parameter([&](std::string_view name, auto& tensor) {
        const std::string full = "norm." + std::string(name);
        f(std::string_view(full), tensor);
      });
    }
  }

  template <typename Rng>
  sequence<Scalar> run(const sequence<Scalar>& x, const attention_mask& m, tape& t, Rng& rng,
                       bool record) const {
    constexpr std::string_view where = "nn::transformer_encoder::forward";
    const core::index e = options_.layer.d_model;
    core::detail::require(!layers.empty(), where,
                          "the encoder has no layers; expected an encoder built from options");
    const auto [batch, steps] = detail::check_sequence(x, e, where);
    detail::check_mask(m, batch, steps, where);
    const core::index n = batch * steps * e;
    t.batch = batch;
    t.steps = steps;
    t.recorded = record;
    t.layers.resize(layers.size());
    t.acts.resize(layers.size());
    auto y = detail::make_sequence<Scalar>(batch, steps, e);
    // Layer i reads the previous output (x for i = 0) and writes acts[i], or y directly when it
    // is the last layer and there is no final norm.
    const Scalar* in = x.data();
    for (std::size_t i = 0; i < layers.size(); ++i) {
      const bool last = i + 1 == layers.size();
      Scalar* out = last && !options_.final_norm ? y.data() : t.acts[i].ensure(n);
      t.layers[i].threads = t.threads;
      layers[i].forward_rows(in, batch, steps, out, t.layers[i], rng, record, m);
      in = out;
    }
    if (options_.final_norm)
      norm.forward_rows(in, batch * steps, y.data(), t.norm, record);
    return y;
  }

  transformer_encoder_options options_{};
};

}  // namespace foresight::nn

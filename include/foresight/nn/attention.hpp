// SPDX-License-Identifier: Apache-2.0
/// \file
/// Multi-head self-attention, PyTorch's nn.MultiheadAttention(embed_dim, num_heads,
/// batch_first=True) called as attn(x, x, x): packed in_proj_weight (3·E × E, rows q, k, v),
/// in_proj_bias (3·E), out_proj (a dense E → E); q is divided by sqrt(E / heads) before the
/// scores, dropout acts on the attention probabilities in training; optional causal and
/// key-padding masks (masked scores are -infinity, i.e. probability exactly 0).
///
///     Q, K, V = x W_q^T + b_q, x W_k^T + b_k, x W_v^T + b_v   (per head: columns h·d .. (h+1)·d)
///     head_h = softmax(Q_h K_h^T / sqrt(d) + mask) V_h        out = [head_1 ... head_H] W_o^T +
///     b_o
///
/// References: Vaswani et al. (2017), "Attention is all you need", NeurIPS, section 3.2 (scaled
/// dot-product and multi-head attention); PyTorch 1.13
/// torch.nn.functional.multi_head_attention_forward (packing, scaling of q, mask semantics).
/// Initialisation as PyTorch: Xavier uniform for in_proj_weight (Glorot & Bengio 2010), zero
/// biases, out_proj.weight as nn.Linear.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <xtensor/xtensor.hpp>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/dense.hpp>
#include <foresight/nn/detail/gemm.hpp>
#include <foresight/nn/detail/kernels.hpp>
#include <foresight/nn/detail/layer.hpp>
#include <foresight/nn/detail/simd.hpp>
#include <foresight/nn/dropout.hpp>
#include <foresight/nn/init.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

/// Options of multi-head self-attention.
struct attention_options {
  /// Model width E (>= 1, a multiple of num_heads).
  core::index embed_dim = 1;
  /// Number of heads (>= 1); each head has E / num_heads features.
  core::index num_heads = 1;
  /// Dropout probability on the attention probabilities, training only; [0, 1).
  double dropout = 0;
};

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const attention_options& o) {
  constexpr std::string_view where = "nn::validate(attention_options)";
  detail::require_positive(o.embed_dim, where, "embed_dim");
  detail::require_positive(o.num_heads, where, "num_heads");
  core::detail::require(o.embed_dim % o.num_heads == 0, where, "embed_dim ", o.embed_dim,
                        " is not a multiple of num_heads ", o.num_heads);
  detail::require_probability(o.dropout, where, "dropout");
}

/// Which keys each query may attend to. Default: all.
struct attention_mask {
  /// Query t attends to keys 0..t only (PyTorch's generate_square_subsequent_mask).
  bool causal = false;
  /// (batch, time), true where a key is padding and must be ignored; empty: no padding.
  xt::xtensor<bool, 2> key_padding{};
};

namespace detail {
/// Throws unless `m` fits (batch, steps) and leaves every query at least one key.
inline void check_mask(const attention_mask& m, core::index batch, core::index steps,
                       std::string_view where) {
  if (m.key_padding.size() == 0)
    return;
  require_shape<xt::xtensor<bool, 2>, 2>(m.key_padding, {extent{batch}, extent{steps}}, where,
                                         "key_padding");
  for (core::index b = 0; b < batch; ++b) {
    bool any = false;
    for (core::index s = 0; s < steps; ++s)
      any = any || !m.key_padding(static_cast<std::size_t>(b), static_cast<std::size_t>(s));
    const bool first_padded = m.key_padding(static_cast<std::size_t>(b), 0);
    if (!any || (m.causal && first_padded)) {
      core::detail::raise<core::invalid_input>(
          where, "sequence ", b, " leaves a query with no key to attend to (",
          any ? "causal mask with key 0 padded" : "all keys padded",
          "); expected at least one visible key per query");
    }
  }
}
/// The three forward overloads of the masked sequence layers (attention, encoder layer,
/// encoder), written once over Derived::run(x, mask, tape, rng, record).
template <typename Derived, std::floating_point Scalar>
class masked_sequence_forward {
 public:
  /// Inference on x (batch, time, features).
  /// Throws: dimension_mismatch for wrong shapes; invalid_input for non-finite input or a mask
  /// that leaves a query without keys.
  [[nodiscard]] sequence<Scalar> forward(const sequence<Scalar>& x,
                                         const attention_mask& mask = {}) const {
    typename Derived::tape t;
    std::mt19937_64 unused{0};
    return self().run(x, mask, t, unused, false);
  }

  /// Inference reusing the workspace `t` (no allocation when the shapes repeat).
  template <typename Tape>
  requires std::same_as<Tape, typename Derived::tape>
  [[nodiscard]] sequence<Scalar> forward(const sequence<Scalar>& x, Tape& t,
                                         const attention_mask& mask = {}) const {
    std::mt19937_64 unused{0};
    return self().run(x, mask, t, unused, false);
  }

  /// Training: as forward, with dropout drawn from `rng`, recording `t` for backward.
  template <typename Tape, std::uniform_random_bit_generator Rng>
  requires std::same_as<Tape, typename Derived::tape>
  [[nodiscard]] sequence<Scalar> forward(const sequence<Scalar>& x, Tape& t, Rng& rng,
                                         const attention_mask& mask = {}) const {
    return self().run(x, mask, t, rng, true);
  }

 private:
  [[nodiscard]] const Derived& self() const { return static_cast<const Derived&>(*this); }
};

}  // namespace detail

/// Multi-head self-attention (see the file comment).
/// Example: `nn::multi_head_attention<float> attn({.embed_dim = 64, .num_heads = 4}, rng);`
///          `auto y = attn.forward(x, {.causal = true});  // (batch, time, 64)`
template <std::floating_point Scalar = float, typename Backend = cpu>
class multi_head_attention;

/// The CUDA implementation, defined only by nn/cuda/attention.cuh.
template <std::floating_point Scalar>
class multi_head_attention<Scalar, cuda>;

/// The CPU implementation.
template <std::floating_point Scalar>
class multi_head_attention<Scalar, cpu>
    : public detail::parameter_visitor<multi_head_attention<Scalar, cpu>>,
      public detail::masked_sequence_forward<multi_head_attention<Scalar, cpu>, Scalar> {
 public:
  /// The element type of parameters and activations.
  using scalar_type = Scalar;

  /// Per-thread workspace of the attention core.
  struct part_scratch {
    /// Packing workspace of the per-head score and value products.
    detail::packed_matrix<Scalar> pack;
    /// Inference only: the probabilities of one batch and head (T × T block).
    detail::buffer<Scalar> probs;
    /// Probabilities after dropout (one T × T block).
    detail::buffer<Scalar> used;
    /// Backward: gradient of the probabilities, then of the scores (one T × T block).
    detail::buffer<Scalar> dprobs;
    /// 0 or -infinity per key of the current sequence (key padding).
    detail::buffer<Scalar> neg;
  };

  /// Activations recorded by a training pass, and the workspace.
  struct tape {
    /// Threads of the passes that use this tape (>= 1); results do not depend on it.
    int threads = 1;
    /// Batch size of the last pass.
    core::index batch = 0;
    /// Time steps of the last pass.
    core::index steps = 0;
    /// True when the last pass was a training pass (backward may follow).
    bool recorded = false;
    /// Whether the last pass used a causal mask.
    bool causal = false;
    /// Key padding of the last pass, batch × steps, 1 = padded key.
    std::vector<std::uint8_t> padding;
    /// Input rows of the recorded pass (batch·steps × E).
    detail::buffer<Scalar> x;
    /// q, k, v projections (batch·steps × 3·E), q already divided by sqrt(d).
    detail::buffer<Scalar> qkv;
    /// Softmax probabilities per batch and head (T × T each).
    detail::buffer<Scalar> probs;
    /// Dropout masks of the probabilities.
    detail::buffer<Scalar> mask;
    /// Concatenated head outputs (batch·steps × E), the input of out_proj.
    detail::buffer<Scalar> heads;
    /// Backward: gradient of the concatenated head outputs (batch·steps × E).
    detail::buffer<Scalar> dheads;
    /// Backward: gradient of the q, k, v projections (batch·steps × 3·E).
    detail::buffer<Scalar> dqkv;
    /// One workspace per thread partition of the batch.
    std::vector<part_scratch> parts;
    /// Tape of the output projection out_proj.
    typename dense<Scalar>::tape out;
    /// Packing workspace of the input projection products.
    detail::packed_matrix<Scalar> pack;
  };

  /// Packed q, k, v projection weights (3·E × E).
  weight_matrix<Scalar> in_proj_weight;
  /// Packed q, k, v biases (3·E).
  weight_vector<Scalar> in_proj_bias;
  /// Output projection (E → E).
  dense<Scalar> out_proj;

  multi_head_attention() = default;

  /// A layer with zero parameters. Throws: invalid_input if an option is out of range.
  explicit multi_head_attention(const attention_options& options)
      : out_proj({.input_size = options.embed_dim, .output_size = options.embed_dim}),
        options_(options) {
    validate(options_);
    in_proj_weight = weight_matrix<Scalar>::Zero(3 * options_.embed_dim, options_.embed_dim);
    in_proj_bias = weight_vector<Scalar>::Zero(3 * options_.embed_dim);
  }

  /// A layer with PyTorch's default initialisation drawn from `rng`.
  template <std::uniform_random_bit_generator Rng>
  multi_head_attention(const attention_options& options, Rng& rng) : multi_head_attention(options) {
    reset_parameters(rng);
  }

  /// The options the layer was built with.
  [[nodiscard]] const attention_options& options() const noexcept { return options_; }

  /// PyTorch's initialisation: Xavier uniform in_proj_weight, out_proj.weight as nn.Linear,
  /// zero biases.
  template <std::uniform_random_bit_generator Rng>
  void reset_parameters(Rng& rng) {
    init_xavier_uniform(in_proj_weight, rng);
    in_proj_bias.setZero();
    init_fan_in_uniform(out_proj.weight, rng, options_.embed_dim);
    out_proj.bias.setZero();
  }

  using detail::masked_sequence_forward<multi_head_attention, Scalar>::forward;

  /// Adds the parameter gradients to `grad` and returns d loss / d x for dy (batch, time, E).
  /// Throws: dimension_mismatch for a dy of another shape; invalid_input without a recorded pass.
  sequence<Scalar> backward(tape& t, const sequence<Scalar>& dy, multi_head_attention& grad) const {
    constexpr std::string_view where = "nn::multi_head_attention::backward";
    core::detail::require(t.recorded, where,
                          "the tape holds no training pass; expected forward(x, tape, rng) first");
    detail::require_shape<sequence<Scalar>, 3>(
        dy, {detail::extent{t.batch}, detail::extent{t.steps}, detail::extent{options_.embed_dim}},
        where, "dy");
    auto dx = detail::make_sequence<Scalar>(t.batch, t.steps, options_.embed_dim);
    backward_rows(t, dy.data(), grad, dx.data(), false);
    return dx;
  }

  /// Row interface: y (batch·steps × E) = attention(x), recording in `t` when `record`
  /// (dropout then drawn from `rng`). The mask must have been checked.
  template <typename Rng>
  void forward_rows(const Scalar* x, core::index batch, core::index steps, Scalar* y, tape& t,
                    Rng& rng, bool record, const attention_mask& m) const {
    const core::index e = options_.embed_dim;
    const core::index heads = options_.num_heads;
    const core::index d = e / heads;
    const core::index rows = batch * steps;
    const core::index ps = padded(steps);
    const core::index tt = steps * ps;  // score rows are padded to whole vectors
    const bool drop = record && options_.dropout > 0;
    t.batch = batch;
    t.steps = steps;
    t.recorded = record;
    t.causal = m.causal;
    t.padding.assign(static_cast<std::size_t>(rows), 0);
    if (m.key_padding.size() != 0) {
      for (core::index i = 0; i < rows; ++i)
        t.padding[static_cast<std::size_t>(i)] = m.key_padding.data()[i] ? 1 : 0;
    }
    if (record)
      std::copy_n(x, rows * e, t.x.ensure(rows * e));
    t.out.threads = t.threads;
    Scalar* qkv = t.qkv.ensure(rows * 3 * e);
    detail::gemm_nt<Scalar>(rows, 3 * e, e, x, e, in_proj_weight.data(), e, t.pack, qkv, 3 * e,
                            false, t.threads, in_proj_bias.data());
    // PyTorch divides q (bias included) by sqrt(d) before the scores.
    const Scalar root = std::sqrt(static_cast<Scalar>(d));
    for (core::index r = 0; r < rows; ++r)
      detail::array_map<Scalar>(qkv + r * 3 * e, e) /= root;
    Scalar* probs = record ? t.probs.ensure(batch * heads * tt) : nullptr;
    // Dropout masks are drawn up front, in (batch, head) order, so they do not depend on threads.
    Scalar* mask = drop ? t.mask.ensure(batch * heads * tt) : nullptr;
    if (drop)
      detail::draw_dropout_mask(mask, batch * heads * tt, options_.dropout, rng);
    Scalar* heads_out = t.heads.ensure(rows * e);
    t.parts.resize(static_cast<std::size_t>(detail::row_parts(batch, t.threads)));
    detail::for_row_ranges(batch, t.threads, [&](core::index part, core::index b0, core::index b1) {
      auto& w = t.parts[static_cast<std::size_t>(part)];
      Scalar* neg = w.neg.ensure(ps);
      for (core::index b = b0; b < b1; ++b) {
        key_mask(t.padding.data() + b * steps, steps, neg);
        for (core::index h = 0; h < heads; ++h) {
          const Scalar* q = qkv + b * steps * 3 * e + h * d;
          const Scalar* k = q + e;
          const Scalar* v = q + 2 * e;
          Scalar* p = record ? probs + (b * heads + h) * tt : w.probs.ensure(tt);
          // Scores Q K^T (T × T, rows padded to ps).
          w.pack.pack_transposed(k, steps, d, 3 * e);
          detail::gemm(steps, detail::row_major(q, 3 * e), w.pack, p, ps, false);
          softmax_rows(p, steps, ps, m.causal, neg);
          const Scalar* pv = p;
          if (drop) {
            Scalar* used = w.used.ensure(tt);
            const Scalar* mk = mask + (b * heads + h) * tt;
            for (core::index i = 0; i < tt; ++i)
              used[i] = p[i] * mk[i];
            pv = used;
          }
          // The head output O = P V (T × d) into its columns of the concatenated heads.
          w.pack.pack(v, steps, d, 3 * e);
          detail::gemm(steps, detail::row_major(pv, ps), w.pack, heads_out + b * steps * e + h * d,
                       e, false);
        }
      }
    });
    out_proj.forward_rows(heads_out, rows, y, t.out, record);
  }

  /// Row interface: parameter gradients for dy (rows × E) and dx (+)= d loss / d x.
  void backward_rows(tape& t, const Scalar* dy, multi_head_attention& grad, Scalar* dx,
                     bool accumulate) const {
    const core::index e = options_.embed_dim;
    const core::index heads = options_.num_heads;
    const core::index d = e / heads;
    const core::index batch = t.batch;
    const core::index steps = t.steps;
    const core::index rows = batch * steps;
    const core::index ps = padded(steps);
    const core::index tt = steps * ps;
    const bool drop = options_.dropout > 0;
    const Scalar root = std::sqrt(static_cast<Scalar>(d));
    out_proj.backward_rows(t.out, dy, grad.out_proj);
    Scalar* dheads = t.dheads.ensure(rows * e);
    out_proj.backward_input(t.out, dy, dheads, false);
    Scalar* dqkv = t.dqkv.ensure(rows * 3 * e);
    const Scalar* qkv = t.qkv.data();
    t.parts.resize(static_cast<std::size_t>(detail::row_parts(batch, t.threads)));
    detail::for_row_ranges(batch, t.threads, [&](core::index part, core::index b0, core::index b1) {
      auto& w = t.parts[static_cast<std::size_t>(part)];
      Scalar* dp = w.dprobs.ensure(tt);
      for (core::index b = b0; b < b1; ++b) {
        for (core::index h = 0; h < heads; ++h) {
          const core::index off = b * steps * 3 * e + h * d;
          const Scalar* q = qkv + off;
          const Scalar* k = q + e;
          const Scalar* v = q + 2 * e;
          const Scalar* p = t.probs.data() + (b * heads + h) * tt;
          const Scalar* dh = dheads + b * steps * e + h * d;
          const Scalar* mk = drop ? t.mask.data() + (b * heads + h) * tt : nullptr;
          const Scalar* pv = p;
          if (drop) {
            Scalar* used = w.used.ensure(tt);
            for (core::index i = 0; i < tt; ++i)
              used[i] = p[i] * mk[i];
            pv = used;
          }
          // d P = dH V^T (T × T, rows padded to ps).
          w.pack.pack_transposed(v, steps, d, 3 * e);
          detail::gemm(steps, detail::row_major(dh, e), w.pack, dp, ps, false);
          // d V = P^T dH.
          w.pack.pack(dh, steps, d, e);
          detail::gemm(steps, detail::transposed(pv, ps), w.pack, dqkv + off + 2 * e, 3 * e, false);
          if (drop) {
            for (core::index i = 0; i < tt; ++i)
              dp[i] *= mk[i];
          }
          // Softmax backward: dS = P (dP - rowsum(dP P)).
          for (core::index i = 0; i < steps; ++i) {
            detail::array_map<Scalar> dpi(dp + i * ps, steps);
            const detail::const_array_map<Scalar> pi(p + i * ps, steps);
            const Scalar s = (dpi * pi).sum();
            dpi = pi * (dpi - s);
          }
          // d Q = dS K; d K = dS^T Q (q is stored already divided by sqrt(d); the division of
          // dQ follows below).
          w.pack.pack(k, steps, d, 3 * e);
          detail::gemm(steps, detail::row_major<Scalar>(dp, ps), w.pack, dqkv + off, 3 * e, false);
          w.pack.pack(q, steps, d, 3 * e);
          detail::gemm(steps, detail::transposed<Scalar>(dp, ps), w.pack, dqkv + off + e, 3 * e,
                       false);
        }
      }
    });
    for (core::index r = 0; r < rows; ++r)
      detail::array_map<Scalar>(dqkv + r * 3 * e, e) /= root;
    t.out.threads = t.threads;
    detail::gemm_tn<Scalar>(3 * e, e, rows, dqkv, 3 * e, t.x.data(), e, t.pack,
                            grad.in_proj_weight.data(), e, true, t.threads);
    detail::add_column_sums(dqkv, rows, 3 * e, 3 * e, grad.in_proj_bias.data());
    detail::gemm_nn<Scalar>(rows, e, 3 * e, dqkv, 3 * e, in_proj_weight.data(), e, t.pack, dx, e,
                            accumulate, t.threads);
  }

 private:
  friend class detail::parameter_visitor<multi_head_attention>;
  friend class detail::masked_sequence_forward<multi_head_attention, Scalar>;
  template <typename Self, typename F>
  static void visit(Self& self, F& f) {
    f(std::string_view("in_proj_weight"), self.in_proj_weight);
    f(std::string_view("in_proj_bias"), self.in_proj_bias);
    f(std::string_view("out_proj.weight"), self.out_proj.weight);
    f(std::string_view("out_proj.bias"), self.out_proj.bias);
  }

  /// `steps` rounded up to whole vectors (the row stride of the score blocks).
  [[nodiscard]] static core::index padded(core::index steps) {
    constexpr core::index ln = detail::lanes<Scalar>;
    return (steps + ln - 1) / ln * ln;
  }

  /// neg[j] = -infinity for padded keys and for the vector padding j >= steps, else 0.
  static void key_mask(const std::uint8_t* padding, core::index steps, Scalar* neg) {
    constexpr Scalar minus_inf = -std::numeric_limits<Scalar>::infinity();
    const core::index ps = padded(steps);
    for (core::index j = 0; j < ps; ++j)
      neg[j] = j < steps && padding[j] == 0 ? Scalar{0} : minus_inf;
  }

  /// Row-wise softmax of the steps × steps scores in rows of stride ps; `neg` masks keys
  /// (see key_mask) and causal rows see keys 0..i. Masked entries become exactly 0, and the
  /// row padding too.
  static void softmax_rows(Scalar* p, core::index steps, core::index ps, bool causal,
                           const Scalar* neg) {
    using vec = detail::simd_t<Scalar>;
    using ivec = detail::simd_int_t<Scalar>;
    using lane_int = std::remove_cvref_t<decltype(ivec{}[0])>;
    constexpr core::index ln = detail::lanes<Scalar>;
    constexpr Scalar minus_inf = -std::numeric_limits<Scalar>::infinity();
    ivec lane{};
    for (int l = 0; l < detail::lanes<Scalar>; ++l)
      lane[l] = l;
    const vec zero{};
    for (core::index i = 0; i < steps; ++i) {
      Scalar* row = p + i * ps;
      // Whole vectors up to the last visible key; the rest of the row is zero.
      const core::index end = causal ? (i / ln + 1) * ln : ps;
      const ivec limit = ivec{} + static_cast<lane_int>(causal ? i : ps);
      vec top = detail::vbroadcast<Scalar>(minus_inf);
      for (core::index j = 0; j < end; j += ln) {
        const auto ok =
            (lane + static_cast<lane_int>(j) <= limit) && (detail::vload<Scalar>(neg + j) == zero);
        const vec x = detail::vload<Scalar>(row + j);
        top = (ok && x > top) ? x : top;
      }
      Scalar m = minus_inf;
      for (int l = 0; l < detail::lanes<Scalar>; ++l)
        m = std::max(m, top[l]);
      const vec mv = detail::vbroadcast<Scalar>(m);
      vec sum{};
      for (core::index j = 0; j < end; j += ln) {
        const auto ok =
            (lane + static_cast<lane_int>(j) <= limit) && (detail::vload<Scalar>(neg + j) == zero);
        const vec ex = detail::vexp<Scalar>(detail::vload<Scalar>(row + j) - mv);
        const vec kept = ok ? ex : zero;
        sum += kept;
        detail::vstore<Scalar>(row + j, kept);
      }
      Scalar total = 0;
      for (int l = 0; l < detail::lanes<Scalar>; ++l)
        total += sum[l];
      const vec tv = detail::vbroadcast<Scalar>(total);
      for (core::index j = 0; j < end; j += ln)
        detail::vstore<Scalar>(row + j, detail::vload<Scalar>(row + j) / tv);
      std::fill(row + end, row + ps, Scalar{0});
    }
  }

  template <typename Rng>
  sequence<Scalar> run(const sequence<Scalar>& x, const attention_mask& m, tape& t, Rng& rng,
                       bool record) const {
    constexpr std::string_view where = "nn::multi_head_attention::forward";
    core::detail::require(in_proj_weight.size() > 0, where,
                          "the layer has no weights; expected a layer built from options");
    detail::require_shape<sequence<Scalar>, 3>(
        x,
        {detail::extent{-1, "batch"}, detail::extent{-1, "time"},
         detail::extent{options_.embed_dim}},
        where, "x");
    const core::index batch = detail::dim(x, 0);
    const core::index steps = detail::dim(x, 1);
    core::detail::require(batch >= 1 && steps >= 1, where, "x has shape ",
                          detail::shape_string(x.shape()), "; expected batch >= 1 and time >= 1");
    detail::require_finite_tensor(x, where, "x");
    detail::check_mask(m, batch, steps, where);
    auto y = detail::make_sequence<Scalar>(batch, steps, options_.embed_dim);
    forward_rows(x.data(), batch, steps, y.data(), t, rng, record, m);
    return y;
  }

  attention_options options_{};
};

}  // namespace foresight::nn

// SPDX-License-Identifier: Apache-2.0
/// \file
/// What LSTM and GRU share: their options (PyTorch's nn.LSTM / nn.GRU arguments, batch_first),
/// initial states, outputs, and the engine that stacks layers and runs each layer in one or two
/// directions. The bidirectional wrapper runs a second, independent set of weights over the
/// reversed sequence and concatenates the two hidden states per step (forward first), as PyTorch.
///
/// Speed: the input projection of all time steps is one matrix product per layer and direction;
/// each step does one product for all gates (weights packed once per pass); the weight gradients
/// are one product over all steps and the batch. Nothing is allocated per time step, and a tape
/// reused with the same shapes allocates nothing at all.
/// References: Werbos (1990), "Backpropagation through time: what it does and how to do it",
/// Proc. IEEE 78(10) (BPTT; truncation as in Williams & Peng 1990).
#pragma once

#include <algorithm>
#include <concepts>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/detail/gemm.hpp>
#include <foresight/nn/detail/kernels.hpp>
#include <foresight/nn/detail/layer.hpp>
#include <foresight/nn/dropout.hpp>
#include <foresight/nn/init.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

/// Options of a recurrent layer stack (nn.LSTM / nn.GRU with batch_first=True).
struct recurrent_options {
  /// Features per time step of the input (>= 1).
  core::index input_size = 1;
  /// Hidden units per direction (>= 1).
  core::index hidden_size = 1;
  /// Stacked layers (>= 1); layer l > 0 reads the outputs of layer l - 1.
  core::index num_layers = 1;
  /// Also run each layer over the reversed sequence and concatenate (2 · hidden_size features).
  bool bidirectional = false;
  /// Dropout probability on the outputs of every layer but the last, in training only; [0, 1).
  double dropout = 0;
  /// Truncated backpropagation through time: gradients do not flow back across blocks of this
  /// many steps (counted from the start of each direction's pass); 0 = whole sequence.
  core::index truncation = 0;
};

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const recurrent_options& o) {
  constexpr std::string_view where = "nn::validate(recurrent_options)";
  detail::require_positive(o.input_size, where, "input_size");
  detail::require_positive(o.hidden_size, where, "hidden_size");
  detail::require_positive(o.num_layers, where, "num_layers");
  detail::require_probability(o.dropout, where, "dropout");
  core::detail::require(o.truncation >= 0, where, "truncation is ", o.truncation,
                        "; expected >= 0 (0: whole sequence)");
}

/// Initial or final states of a recurrent stack, each (layers · directions, batch, hidden) with
/// index l · directions + d, as PyTorch's (h_0, c_0). `c` is used by LSTM only. An empty tensor
/// means zeros.
template <std::floating_point Scalar = float>
struct recurrent_state {
  /// Hidden states.
  sequence<Scalar> h{};
  /// Cell states (LSTM).
  sequence<Scalar> c{};
};

/// Result of a forward pass.
template <std::floating_point Scalar = float>
struct recurrent_output {
  /// Hidden states of the last layer at every step, (batch, time, directions · hidden).
  sequence<Scalar> output;
  /// Final hidden state of every layer and direction, (layers · directions, batch, hidden).
  sequence<Scalar> h{};
  /// Final cell state (LSTM; empty for GRU), same shape as h.
  sequence<Scalar> c{};
};

/// Gradients that `backward` returns besides the parameter gradients.
template <std::floating_point Scalar = float>
struct recurrent_input_gradients {
  /// d loss / d x, (batch, time, input_size); empty when not requested.
  sequence<Scalar> x;
  /// d loss / d initial states (zeros when the forward pass started from zeros).
  recurrent_state<Scalar> initial;
};

namespace detail {

/// Weights of one layer and direction, PyTorch layout (gates stacked along rows).
template <std::floating_point Scalar>
struct recurrent_weights {
  weight_matrix<Scalar> weight_ih;
  weight_matrix<Scalar> weight_hh;
  weight_vector<Scalar> bias_ih;
  weight_vector<Scalar> bias_hh;
};

/// Activations recorded by a forward pass and the workspace of both passes; reuse one tape for
/// calls of the same shape to avoid allocation.
template <std::floating_point Scalar>
struct recurrent_tape {
  /// Threads of the passes that use this tape (>= 1); results do not depend on it.
  int threads = 1;
  core::index batch = 0;
  core::index steps = 0;
  bool training = false;
  bool has_initial_h = false;
  bool has_initial_c = false;
  buffer<Scalar> x;                   // time-major input (T·B × input_size)
  std::vector<buffer<Scalar>> out;    // per layer: (T·B × D·H) hidden states
  std::vector<buffer<Scalar>> in;     // per layer l >= 1 with dropout: dropped-out input
  std::vector<buffer<Scalar>> mask;   // per layer l < L-1 with dropout
  std::vector<buffer<Scalar>> gates;  // per layer·direction: activated gates (T·B × G·H)
  std::vector<buffer<Scalar>> aux;    // LSTM: cell states; GRU: W_hn h + b_hn (T·B × H)
  std::vector<buffer<Scalar>> aux2;   // LSTM: tanh of the cell states (T·B × H)
  std::vector<buffer<Scalar>> h0;     // per layer·direction: initial hidden state (B × H)
  std::vector<buffer<Scalar>> c0;     // per layer·direction: initial cell state (B × H)
  packed_matrix<Scalar> pack_a;
  packed_matrix<Scalar> pack_b;
  buffer<Scalar> bias;
  buffer<Scalar> step;      // per-step scratch (B × G·H)
  buffer<Scalar> dgates;    // (T·B × G·H)
  buffer<Scalar> dgates_h;  // GRU: gradients of the hidden projection (T·B × G·H)
  buffer<Scalar> dh;        // (B × H)
  buffer<Scalar> dc;        // (B × H)
  buffer<Scalar> dnext;     // (B × H)
  buffer<Scalar> dlayer;    // gradient w.r.t. the current layer's output (T·B × D·H)
  buffer<Scalar> dinput;    // gradient w.r.t. the current layer's input
};

/// One layer and direction as the cell policies see it.
template <std::floating_point Scalar>
struct direction_pass {
  core::index batch = 0;
  core::index steps = 0;
  core::index hidden = 0;
  bool reverse = false;
  core::index truncation = 0;
  const recurrent_weights<Scalar>* w = nullptr;
  Scalar* gates = nullptr;  // T·B × G·H: the input projection on entry, activations on exit
  Scalar* aux = nullptr;    // T·B × H
  Scalar* aux2 = nullptr;   // T·B × H
  Scalar* out = nullptr;    // h_t at out + t·B·ld_out (direction's column offset applied)
  core::index ld_out = 0;
  const Scalar* h0 = nullptr;  // B × H
  const Scalar* c0 = nullptr;  // B × H
  /// Inference: the layer input (time-major, T·B × in_size), projected step by step into
  /// `gates` (then B × G·H) with the packed W_ih^T and bias of the tape's pack_a; null in
  /// training, where `gates` holds the projection of all steps.
  const Scalar* x = nullptr;
  core::index in_size = 0;
  /// Time index of processing step p.
  [[nodiscard]] core::index time(core::index p) const noexcept {
    return reverse ? steps - 1 - p : p;
  }
  /// Hidden state before processing step p (h0 for p = 0).
  [[nodiscard]] const Scalar* h_prev(core::index p, core::index& ld) const noexcept {
    if (p == 0) {
      ld = hidden;
      return h0;
    }
    ld = ld_out;
    return out + time(p - 1) * batch * ld_out;
  }
  /// The gates of time index tt: rows of the whole-sequence buffer, or the per-step buffer.
  [[nodiscard]] Scalar* gates_at(core::index tt, core::index width) const noexcept {
    return x != nullptr ? gates : gates + tt * batch * width;
  }
  /// True when the gradient must not flow from processing step p to p - 1.
  [[nodiscard]] bool cut_before(core::index p) const noexcept {
    return truncation > 0 && p > 0 && p % truncation == 0;
  }
};

/// The layer stack shared by lstm and gru; `Cell` supplies the gate count and the per-step
/// recurrences (see lstm_cell, gru_cell).
template <std::floating_point Scalar, typename Cell>
class recurrent_layer : public parameter_visitor<recurrent_layer<Scalar, Cell>> {
 public:
  using scalar_type = Scalar;
  /// Recorded activations and workspace; reuse across calls of the same shape.
  using tape = recurrent_tape<Scalar>;

  recurrent_layer() = default;

  /// A layer with all parameters zero. Throws: invalid_input if an option is out of range.
  explicit recurrent_layer(const recurrent_options& options) : options_(options) {
    validate(options_);
    const core::index g = Cell::gates * options_.hidden_size;
    const core::index d = directions();
    weights_.resize(static_cast<std::size_t>(options_.num_layers * d));
    for (core::index l = 0; l < options_.num_layers; ++l) {
      const core::index in = l == 0 ? options_.input_size : d * options_.hidden_size;
      for (core::index k = 0; k < d; ++k) {
        auto& w = weights_[static_cast<std::size_t>(l * d + k)];
        w.weight_ih = weight_matrix<Scalar>::Zero(g, in);
        w.weight_hh = weight_matrix<Scalar>::Zero(g, options_.hidden_size);
        w.bias_ih = weight_vector<Scalar>::Zero(g);
        w.bias_hh = weight_vector<Scalar>::Zero(g);
      }
    }
  }

  /// A layer with PyTorch's default initialisation drawn from `rng` (see reset_parameters).
  /// Throws: invalid_input if an option is out of range.
  template <std::uniform_random_bit_generator Rng>
  recurrent_layer(const recurrent_options& options, Rng& rng) : recurrent_layer(options) {
    reset_parameters(rng);
  }

  /// The options the layer was built with.
  [[nodiscard]] const recurrent_options& options() const noexcept { return options_; }
  /// 2 when bidirectional, else 1.
  [[nodiscard]] core::index directions() const noexcept { return options_.bidirectional ? 2 : 1; }
  /// Features per step of the output (directions · hidden_size).
  [[nodiscard]] core::index output_size() const noexcept {
    return directions() * options_.hidden_size;
  }

  /// Weights of layer `l`, direction `d` (0 forward, 1 reverse).
  /// Throws: invalid_input if l or d is out of range.
  [[nodiscard]] recurrent_weights<Scalar>& weights(core::index l, core::index d) {
    return weights_[checked(l, d)];
  }
  /// Read-only weights of layer `l`, direction `d`.
  [[nodiscard]] const recurrent_weights<Scalar>& weights(core::index l, core::index d) const {
    return weights_[checked(l, d)];
  }

  /// PyTorch's default: every weight and bias U(-1/sqrt(hidden), 1/sqrt(hidden)), drawn in
  /// for_each_parameter order.
  template <std::uniform_random_bit_generator Rng>
  void reset_parameters(Rng& rng) {
    const double k = 1.0 / std::sqrt(static_cast<double>(options_.hidden_size));
    this->for_each_parameter([&](std::string_view, auto& t) { init_uniform(t, rng, -k, k); });
  }

  /// Inference: runs the stack over `x` (batch, time, input_size) from `initial` (empty: zeros).
  /// Throws: dimension_mismatch for wrong shapes; invalid_input for non-finite inputs.
  [[nodiscard]] recurrent_output<Scalar> forward(
      const sequence<Scalar>& x, const recurrent_state<Scalar>& initial = {}) const {
    tape t;
    std::mt19937_64 unused{0};
    return run_forward(x, initial, t, unused, false);
  }

  /// Inference reusing the workspace `t` (no allocation when the shapes repeat; t.threads
  /// threads); the same result as forward(x, initial).
  [[nodiscard]] recurrent_output<Scalar> forward(
      const sequence<Scalar>& x, tape& t, const recurrent_state<Scalar>& initial = {}) const {
    std::mt19937_64 unused{0};
    return run_forward(x, initial, t, unused, false);
  }

  /// Training: like forward, with dropout between layers drawn from `rng`, and the activations
  /// recorded in `t` for backward.
  template <std::uniform_random_bit_generator Rng>
  [[nodiscard]] recurrent_output<Scalar> forward(
      const sequence<Scalar>& x, tape& t, Rng& rng,
      const recurrent_state<Scalar>& initial = {}) const {
    return run_forward(x, initial, t, rng, true);
  }

  /// Backpropagation through time of the pass recorded in `t`: adds d loss / d parameters to
  /// `grad` (a layer of the same options, e.g. from nn::zeros_like) and returns the input and
  /// initial-state gradients. `d_output` is d loss / d output, (batch, time, directions · hidden);
  /// `d_final` holds d loss / d (h_n, c_n) (empty: zeros). With `input_gradient` false, the
  /// returned x is empty and its product is skipped.
  /// Throws: dimension_mismatch for wrong shapes or a grad of other options; invalid_input if
  /// `t` was not recorded by a training forward of this layer.
  recurrent_input_gradients<Scalar> backward(tape& t, const sequence<Scalar>& d_output,
                                             recurrent_layer& grad,
                                             const recurrent_state<Scalar>& d_final = {},
                                             bool input_gradient = true) const;

 private:
  friend class parameter_visitor<recurrent_layer>;
  template <typename Self, typename F>
  static void visit(Self& self, F& f) {
    const core::index d = self.directions();
    for (core::index l = 0; l < self.options_.num_layers; ++l) {
      for (core::index k = 0; k < d; ++k) {
        auto& w = self.weights_[static_cast<std::size_t>(l * d + k)];
        const std::string suffix = "_l" + std::to_string(l) + (k == 1 ? "_reverse" : "");
        const std::string names[4] = {"weight_ih" + suffix, "weight_hh" + suffix,
                                      "bias_ih" + suffix, "bias_hh" + suffix};
        f(std::string_view(names[0]), w.weight_ih);
        f(std::string_view(names[1]), w.weight_hh);
        f(std::string_view(names[2]), w.bias_ih);
        f(std::string_view(names[3]), w.bias_hh);
      }
    }
  }

  [[nodiscard]] std::size_t checked(core::index l, core::index d) const {
    core::detail::require(l >= 0 && l < options_.num_layers && d >= 0 && d < directions(),
                          Cell::where_weights, "layer ", l, ", direction ", d,
                          " is out of range; expected layer < ", options_.num_layers,
                          " and direction < ", directions());
    return static_cast<std::size_t>(l * directions() + d);
  }

  void check_state(const sequence<Scalar>& s, core::index batch, std::string_view what) const {
    if (s.size() == 0)
      return;
    require_shape<sequence<Scalar>, 3>(
        s,
        {extent{options_.num_layers * directions()}, extent{batch}, extent{options_.hidden_size}},
        Cell::where_forward, what);
    require_finite_tensor(s, Cell::where_forward, what);
  }

  /// The pass of direction `k` over buffers laid out as the tape stores them.
  [[nodiscard]] direction_pass<Scalar> make_pass(core::index batch, core::index steps,
                                                 core::index k, const recurrent_weights<Scalar>& w,
                                                 Scalar* gates, Scalar* aux, Scalar* aux2,
                                                 Scalar* layer_out, const Scalar* h0,
                                                 const Scalar* c0) const {
    direction_pass<Scalar> pass;
    pass.batch = batch;
    pass.steps = steps;
    pass.hidden = options_.hidden_size;
    pass.reverse = k == 1;
    pass.truncation = options_.truncation;
    pass.w = &w;
    pass.gates = gates;
    pass.aux = aux;
    pass.aux2 = aux2;
    pass.out = layer_out + k * options_.hidden_size;
    pass.ld_out = output_size();
    pass.h0 = h0;
    pass.c0 = c0;
    return pass;
  }

  template <typename Rng>
  recurrent_output<Scalar> run_forward(const sequence<Scalar>& x,
                                       const recurrent_state<Scalar>& initial, tape& t, Rng& rng,
                                       bool training) const;

  recurrent_options options_{};
  std::vector<recurrent_weights<Scalar>> weights_;
};

template <std::floating_point Scalar, typename Cell>
template <typename Rng>
recurrent_output<Scalar> recurrent_layer<Scalar, Cell>::run_forward(
    const sequence<Scalar>& x, const recurrent_state<Scalar>& initial, tape& t, Rng& rng,
    bool training) const {
  constexpr std::string_view where = Cell::where_forward;
  core::detail::require(!weights_.empty(), where,
                        "the layer has no weights; expected a layer built from options");
  const auto [batch, steps] = check_sequence(x, options_.input_size, where);
  check_state(initial.h, batch, "initial h");
  if constexpr (Cell::has_cell_state)
    check_state(initial.c, batch, "initial c");

  const core::index layers = options_.num_layers;
  const core::index d = directions();
  const core::index h = options_.hidden_size;
  const core::index g = Cell::gates * h;
  const core::index tb = steps * batch;
  const core::index width = d * h;
  const bool drop = training && options_.dropout > 0 && layers > 1;

  t.batch = batch;
  t.steps = steps;
  t.training = training;
  t.has_initial_h = initial.h.size() != 0;
  t.has_initial_c = Cell::has_cell_state && initial.c.size() != 0;
  const auto nld = static_cast<std::size_t>(layers * d);
  t.out.resize(static_cast<std::size_t>(layers));
  t.in.resize(static_cast<std::size_t>(layers));
  t.mask.resize(static_cast<std::size_t>(layers));
  t.gates.resize(training ? nld : 1);
  t.aux.resize(training ? nld : 1);
  t.aux2.resize(training ? nld : 1);
  t.h0.resize(nld);
  t.c0.resize(nld);

  Scalar* xt = t.x.ensure(tb * options_.input_size);
  to_time_major(x.data(), batch, steps, options_.input_size, xt);

  recurrent_output<Scalar> result;
  result.h = make_sequence<Scalar>(layers * d, batch, h);
  if constexpr (Cell::has_cell_state)
    result.c = make_sequence<Scalar>(layers * d, batch, h);

  const Scalar* layer_in = xt;
  core::index in_size = options_.input_size;
  for (core::index l = 0; l < layers; ++l) {
    Scalar* out = t.out[static_cast<std::size_t>(l)].ensure(tb * width);
    for (core::index k = 0; k < d; ++k) {
      const auto idx = static_cast<std::size_t>(l * d + k);
      const auto slot = training ? idx : 0;
      const auto& w = weights_[idx];
      Scalar* h0 = t.h0[idx].ensure(batch * h);
      Scalar* c0 = t.c0[idx].ensure(batch * h);
      const auto offset = static_cast<core::index>(idx) * batch * h;
      copy_or_zero(t.has_initial_h ? initial.h.data() + offset : nullptr, batch * h, h0);
      copy_or_zero(t.has_initial_c ? initial.c.data() + offset : nullptr, batch * h, c0);
      Cell::input_bias(w, h, t.bias.ensure(g));
      Scalar* gates = nullptr;
      if (training) {
        // Input projection of all steps at once (backward needs every step's gates):
        // gates = x · W_ih^T + bias (Cell::input_bias).
        gates = t.gates[slot].ensure(tb * g);
        gemm_nt<Scalar>(tb, g, in_size, layer_in, in_size, w.weight_ih.data(), in_size, t.pack_a,
                        gates, g, false, t.threads, t.bias.data());
      } else {
        // Inference projects step by step into a B × G buffer that stays in cache.
        gates = t.gates[slot].ensure(batch * g);
        t.pack_a.pack_transposed(w.weight_ih.data(), g, in_size, in_size, t.bias.data());
      }
      direction_pass<Scalar> pass = make_pass(batch, steps, k, w, gates, t.aux[slot].ensure(tb * h),
                                              t.aux2[slot].ensure(tb * h), out, h0, c0);
      if (!training) {
        pass.x = layer_in;
        pass.in_size = in_size;
      }
      Cell::forward_pass(pass, t);
      // Final states: the hidden (and cell) state after the last processed step.
      const core::index last = pass.time(steps - 1);
      for (core::index b = 0; b < batch; ++b) {
        std::copy_n(pass.out + (last * batch + b) * width, h,
                    result.h.data() + (static_cast<core::index>(idx) * batch + b) * h);
      }
      if constexpr (Cell::has_cell_state) {
        std::copy_n(pass.aux + last * batch * h, batch * h,
                    result.c.data() + static_cast<core::index>(idx) * batch * h);
      }
    }
    layer_in = out;
    in_size = width;
    if (drop && l + 1 < layers) {
      Scalar* mask = t.mask[static_cast<std::size_t>(l)].ensure(tb * width);
      draw_dropout_mask(mask, tb * width, options_.dropout, rng);
      Scalar* dropped = t.in[static_cast<std::size_t>(l + 1)].ensure(tb * width);
      for (core::index i = 0; i < tb * width; ++i)
        dropped[i] = out[i] * mask[i];
      layer_in = dropped;
    }
  }
  result.output = make_sequence<Scalar>(batch, steps, width);
  to_batch_first(t.out[static_cast<std::size_t>(layers - 1)].data(), batch, steps, width,
                 result.output.data());
  return result;
}

template <std::floating_point Scalar, typename Cell>
recurrent_input_gradients<Scalar> recurrent_layer<Scalar, Cell>::backward(
    tape& t, const sequence<Scalar>& d_output, recurrent_layer& grad,
    const recurrent_state<Scalar>& d_final, bool input_gradient) const {
  constexpr std::string_view where = Cell::where_backward;
  core::detail::require(t.training && t.batch > 0, where,
                        "the tape holds no training pass; expected forward(x, tape, rng) first");
  const core::index layers = options_.num_layers;
  const core::index d = directions();
  const core::index h = options_.hidden_size;
  const core::index g = Cell::gates * h;
  const core::index batch = t.batch;
  const core::index steps = t.steps;
  const core::index tb = steps * batch;
  const core::index width = d * h;
  require_shape<sequence<Scalar>, 3>(d_output, {extent{batch}, extent{steps}, extent{width}}, where,
                                     "d_output");
  for (const auto* s : {&d_final.h, &d_final.c}) {
    if (s->size() != 0) {
      require_shape<sequence<Scalar>, 3>(*s, {extent{layers * d}, extent{batch}, extent{h}}, where,
                                         s == &d_final.h ? "d_final.h" : "d_final.c");
    }
  }
  if (grad.options_.input_size != options_.input_size ||
      grad.options_.hidden_size != options_.hidden_size || grad.options_.num_layers != layers ||
      grad.directions() != d) {
    core::detail::raise<core::dimension_mismatch>(
        where, "grad has layers ", grad.options_.num_layers, ", hidden ", grad.options_.hidden_size,
        ", input ", grad.options_.input_size, ", directions ", grad.directions(),
        "; expected layers ", layers, ", hidden ", options_.hidden_size, ", input ",
        options_.input_size, ", directions ", d);
  }
  const bool drop = options_.dropout > 0 && layers > 1;

  recurrent_input_gradients<Scalar> result;
  result.initial.h = make_sequence<Scalar>(layers * d, batch, h);
  if constexpr (Cell::has_cell_state)
    result.initial.c = make_sequence<Scalar>(layers * d, batch, h);

  Scalar* dlayer = t.dlayer.ensure(tb * width);
  to_time_major(d_output.data(), batch, steps, width, dlayer);
  for (core::index l = layers - 1; l >= 0; --l) {
    const core::index in_size = l == 0 ? options_.input_size : width;
    const Scalar* layer_in = l == 0 ? t.x.data()
                             : drop ? t.in[static_cast<std::size_t>(l)].data()
                                    : t.out[static_cast<std::size_t>(l - 1)].data();
    const bool need_dinput = l > 0 || input_gradient;
    Scalar* dinput = need_dinput ? t.dinput.zeros(tb * in_size) : nullptr;
    Scalar* out = t.out[static_cast<std::size_t>(l)].data();
    for (core::index k = 0; k < d; ++k) {
      const auto idx = static_cast<std::size_t>(l * d + k);
      const auto& w = weights_[idx];
      auto& gw = grad.weights_[idx];
      const direction_pass<Scalar> pass =
          make_pass(batch, steps, k, w, t.gates[idx].data(), t.aux[idx].data(), t.aux2[idx].data(),
                    out, t.h0[idx].data(), t.c0[idx].data());
      const Scalar* dh_final = d_final.h.size() != 0
                                   ? d_final.h.data() + static_cast<core::index>(idx) * batch * h
                                   : nullptr;
      const Scalar* dc_final = d_final.c.size() != 0
                                   ? d_final.c.data() + static_cast<core::index>(idx) * batch * h
                                   : nullptr;
      Scalar* dgates = t.dgates.ensure(tb * g);
      // dh0 / dc0 land in the result directly.
      Scalar* dh0 = result.initial.h.data() + static_cast<core::index>(idx) * batch * h;
      Scalar* dc0 = Cell::has_cell_state
                        ? result.initial.c.data() + static_cast<core::index>(idx) * batch * h
                        : nullptr;
      const Scalar* dgates_h =
          Cell::backward_pass(pass, dlayer + k * h, width, dh_final, dc_final, dgates, dh0, dc0, t);

      // Weight gradients over all steps and the batch at once.
      gemm_tn<Scalar>(g, in_size, tb, dgates, g, layer_in, in_size, t.pack_b, gw.weight_ih.data(),
                      in_size, true, t.threads);
      add_column_sums(dgates, tb, g, g, gw.bias_ih.data());
      add_column_sums(dgates_h, tb, g, g, gw.bias_hh.data());
      // dW_hh = sum_p dG_h(p)^T h_prev(p): steps p >= 1 read the layer output, p = 0 reads h0.
      if (steps > 1) {
        const core::index first_t = pass.reverse ? 0 : 1;  // steps whose h_prev is in out
        const core::index prev_t = pass.reverse ? 1 : 0;   // where those h_prev start
        gemm_tn<Scalar>(g, h, (steps - 1) * batch, dgates_h + first_t * batch * g, g,
                        pass.out + prev_t * batch * width, width, t.pack_b, gw.weight_hh.data(), h,
                        true, t.threads);
      }
      if (t.has_initial_h) {
        const core::index t0 = pass.time(0);
        gemm_tn<Scalar>(g, h, batch, dgates_h + t0 * batch * g, g, pass.h0, h, t.pack_b,
                        gw.weight_hh.data(), h, true);
      }
      if (need_dinput) {
        gemm_nn<Scalar>(tb, in_size, g, dgates, g, w.weight_ih.data(), in_size, t.pack_a, dinput,
                        in_size, true, t.threads);
      }
    }
    if (l > 0) {
      // The previous layer's output gradient: through the dropout mask when one was applied.
      if (drop) {
        const Scalar* mask = t.mask[static_cast<std::size_t>(l - 1)].data();
        for (core::index i = 0; i < tb * width; ++i)
          dinput[i] *= mask[i];
      }
      std::copy_n(dinput, tb * width, dlayer);
    }
  }
  if (input_gradient) {
    result.x = make_sequence<Scalar>(batch, steps, options_.input_size);
    to_batch_first(t.dinput.data(), batch, steps, options_.input_size, result.x.data());
  }
  return result;
}

}  // namespace detail
}  // namespace foresight::nn

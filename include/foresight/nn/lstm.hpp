// SPDX-License-Identifier: Apache-2.0
/// \file
/// Long short-term memory, PyTorch's nn.LSTM (batch_first=True): gate order i, f, g, o stacked
/// along the rows of weight_ih (4·hidden × input) and weight_hh (4·hidden × hidden), two bias
/// vectors b_ih and b_hh, multi-layer, optionally bidirectional, dropout between layers.
///
///     i = σ(W_ii x + b_ii + W_hi h + b_hi)    f = σ(W_if x + b_if + W_hf h + b_hf)
///     g = tanh(W_ig x + b_ig + W_hg h + b_hg)  o = σ(W_io x + b_io + W_ho h + b_ho)
///     c' = f ⊙ c + i ⊙ g                       h' = o ⊙ tanh(c')
///
/// References: Hochreiter & Schmidhuber (1997), "Long short-term memory", Neural Computation 9(8);
/// Gers, Schmidhuber & Cummins (2000), "Learning to forget" (the forget gate); PyTorch 1.13
/// documentation of torch.nn.LSTM (gate order and bias placement).
#pragma once

#include <concepts>
#include <string_view>

#include <foresight/core/types.hpp>
#include <foresight/nn/detail/gemm.hpp>
#include <foresight/nn/detail/kernels.hpp>
#include <foresight/nn/detail/simd.hpp>
#include <foresight/nn/recurrent.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

namespace detail {

/// The LSTM recurrence for recurrent_layer.
struct lstm_cell {
  static constexpr core::index gates = 4;
  static constexpr bool has_cell_state = true;
  static constexpr std::string_view where_forward = "nn::lstm::forward";
  static constexpr std::string_view where_backward = "nn::lstm::backward";
  static constexpr std::string_view where_weights = "nn::lstm::weights";

  /// Both biases enter every gate additively, so they are folded into the input projection.
  template <std::floating_point Scalar>
  static void input_bias(const recurrent_weights<Scalar>& w, core::index, Scalar* bias) {
    array_map<Scalar>(bias, w.bias_ih.size()) = w.bias_ih.array() + w.bias_hh.array();
  }

  template <std::floating_point Scalar>
  static void forward_pass(const direction_pass<Scalar>& p, recurrent_tape<Scalar>& t) {
    const core::index h = p.hidden;
    const core::index g = gates * h;
    t.pack_b.pack_transposed(p.w->weight_hh.data(), g, h, h);
    // Rows of the batch are independent: each thread runs the whole sequence for its rows.
    for_row_ranges(p.batch, t.threads, [&](core::index, core::index r0, core::index r1) {
      for (core::index s = 0; s < p.steps; ++s)
        forward_step(p, t, s, r0, r1);
    });
  }

  /// One step for batch rows [r0, r1): gates += h_prev W_hh^T, then the cell, fused per lane.
  template <std::floating_point Scalar>
  static void forward_step(const direction_pass<Scalar>& p, const recurrent_tape<Scalar>& t,
                           core::index s, core::index r0, core::index r1) {
    using vec = simd_t<Scalar>;
    const core::index batch = p.batch;
    const core::index h = p.hidden;
    const core::index g = gates * h;
    const core::index tt = p.time(s);
    core::index ldh = 0;
    const Scalar* hp = p.h_prev(s, ldh);
    const Scalar* cp = s == 0 ? p.c0 : p.aux + p.time(s - 1) * batch * h;
    Scalar* gt = p.gates_at(tt, g);
    if (p.x != nullptr) {
      // Inference: this step's input projection (bias included), then the recurrent product.
      gemm(r1 - r0, row_major(p.x + (tt * batch + r0) * p.in_size, p.in_size), t.pack_a,
           gt + r0 * g, g, false);
    }
    // One product for all four gates of the rows.
    gemm(r1 - r0, row_major(hp + r0 * ldh, ldh), t.pack_b, gt + r0 * g, g, true);
    Scalar* ct = p.aux + tt * batch * h;
    Scalar* tct = p.aux2 + tt * batch * h;
    Scalar* ht = p.out + tt * batch * p.ld_out;
    for (core::index b = r0; b < r1; ++b) {
      Scalar* row = gt + b * g;
      const Scalar* cprev = cp + b * h;
      Scalar* c = ct + b * h;
      Scalar* tc = tct + b * h;
      Scalar* hr = ht + b * p.ld_out;
      lanes_loop<Scalar>(h, [&](core::index j, auto n) {
        const vec i = vsigmoid<Scalar>(vload_n(row + j, n));
        const vec f = vsigmoid<Scalar>(vload_n(row + h + j, n));
        const vec gg = vtanh<Scalar>(vload_n(row + 2 * h + j, n));
        const vec o = vsigmoid<Scalar>(vload_n(row + 3 * h + j, n));
        const vec cv = vfma<Scalar>(f, vload_n(cprev + j, n), i * gg);
        const vec tcv = vtanh<Scalar>(cv);
        vstore_n(row + j, i, n);
        vstore_n(row + h + j, f, n);
        vstore_n(row + 2 * h + j, gg, n);
        vstore_n(row + 3 * h + j, o, n);
        vstore_n(c + j, cv, n);
        vstore_n(tc + j, tcv, n);
        vstore_n(hr + j, o * tcv, n);
      });
    }
  }

  template <std::floating_point Scalar>
  static const Scalar* backward_pass(const direction_pass<Scalar>& p, const Scalar* dout,
                                     core::index ld_dout, const Scalar* dh_final,
                                     const Scalar* dc_final, Scalar* dgates, Scalar* dh0,
                                     Scalar* dc0, recurrent_tape<Scalar>& t) {
    const core::index batch = p.batch;
    const core::index h = p.hidden;
    const core::index g = gates * h;
    t.pack_b.pack(p.w->weight_hh.data(), g, h, h);
    Scalar* dh = t.dh.ensure(batch * h);
    Scalar* dc = t.dc.ensure(batch * h);
    copy_or_zero(dh_final, batch * h, dh);
    copy_or_zero(dc_final, batch * h, dc);
    for_row_ranges(batch, t.threads, [&](core::index, core::index r0, core::index r1) {
      for (core::index s = p.steps - 1; s >= 0; --s) {
        const core::index tt = p.time(s);
        const Scalar* cp = s == 0 ? p.c0 : p.aux + p.time(s - 1) * batch * h;
        const Scalar* gt = p.gates + tt * batch * g;
        const Scalar* tct = p.aux2 + tt * batch * h;
        const Scalar* dyt = dout + tt * batch * ld_dout;
        Scalar* dgt = dgates + tt * batch * g;
        for (core::index b = r0; b < r1; ++b) {
          const Scalar* row = gt + b * g;
          const Scalar* tcr = tct + b * h;
          const Scalar* cpr = cp + b * h;
          const Scalar* dyr = dyt + b * ld_dout;
          Scalar* dhr = dh + b * h;
          Scalar* dcr = dc + b * h;
          Scalar* drow = dgt + b * g;
          lanes_loop<Scalar>(h, [&](core::index j, auto n) {
            using vec = simd_t<Scalar>;
            const vec one = vbroadcast<Scalar>(Scalar{1});
            const vec i = vload_n(row + j, n);
            const vec f = vload_n(row + h + j, n);
            const vec gg = vload_n(row + 2 * h + j, n);
            const vec o = vload_n(row + 3 * h + j, n);
            const vec tc = vload_n(tcr + j, n);
            const vec dhv = vload_n(dyr + j, n) + vload_n(dhr + j, n);
            // d c_t: from h_t = o tanh(c_t) and from the next step's c_{t+1} = f c_t + ...
            const vec dcv = vfma<Scalar>(dhv * o, one - tc * tc, vload_n(dcr + j, n));
            vstore_n(drow + j, dcv * gg * i * (one - i), n);
            vstore_n(drow + h + j, dcv * vload_n(cpr + j, n) * f * (one - f), n);
            vstore_n(drow + 2 * h + j, dcv * i * (one - gg * gg), n);
            vstore_n(drow + 3 * h + j, dhv * tc * o * (one - o), n);
            vstore_n(dcr + j, dcv * f, n);
          });
        }
        // d h_{t-1} = dG_t · W_hh.
        gemm(r1 - r0, row_major<Scalar>(dgt + r0 * g, g), t.pack_b, dh + r0 * h, h, false);
        if (p.cut_before(s)) {
          std::fill(dh + r0 * h, dh + r1 * h, Scalar{0});
          std::fill(dc + r0 * h, dc + r1 * h, Scalar{0});
        }
      }
    });
    std::copy_n(dh, batch * h, dh0);
    std::copy_n(dc, batch * h, dc0);
    return dgates;
  }
};

}  // namespace detail

/// LSTM stack (see the file comment); a value type with options, named parameters
/// (for_each_parameter gives PyTorch's names), forward, backward and reset_parameters.
/// Example: `nn::lstm<float> m({.input_size = 8, .hidden_size = 64}, rng);`
///          `auto out = m.forward(x);  // out.output: (batch, time, 64)`
template <std::floating_point Scalar = float, typename Backend = cpu>
class lstm;

/// The CUDA implementation, defined only by nn/cuda/lstm.cuh.
template <std::floating_point Scalar>
class lstm<Scalar, cuda>;

/// The CPU implementation: constructed from options (parameters zero) or from options and an
/// engine (PyTorch's default initialisation); see detail::recurrent_layer for the members.
template <std::floating_point Scalar>
class lstm<Scalar, cpu> : public detail::recurrent_layer<Scalar, detail::lstm_cell> {
 public:
  using detail::recurrent_layer<Scalar, detail::lstm_cell>::recurrent_layer;
};

}  // namespace foresight::nn

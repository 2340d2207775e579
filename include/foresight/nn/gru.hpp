// SPDX-License-Identifier: Apache-2.0
/// \file
/// Gated recurrent unit, PyTorch's nn.GRU (batch_first=True): gates r, z, n stacked along the
/// rows of weight_ih (3·hidden × input) and weight_hh (3·hidden × hidden), with b_hn inside the
/// reset product as PyTorch places it; multi-layer, optionally bidirectional.
///
///     r = σ(W_ir x + b_ir + W_hr h + b_hr)    z = σ(W_iz x + b_iz + W_hz h + b_hz)
///     n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
///     h' = (1 - z) ⊙ n + z ⊙ h
///
/// References: Cho et al. (2014), "Learning phrase representations using RNN encoder-decoder for
/// statistical machine translation", EMNLP (the GRU; PyTorch puts r inside the product with
/// W_hn h + b_hn, a variant of the paper's r ⊙ h); PyTorch 1.13 documentation of torch.nn.GRU.
#pragma once

#include <algorithm>
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

/// The GRU recurrence for recurrent_layer.
struct gru_cell {
  static constexpr core::index gates = 3;
  static constexpr bool has_cell_state = false;
  static constexpr std::string_view where_forward = "nn::gru::forward";
  static constexpr std::string_view where_backward = "nn::gru::backward";
  static constexpr std::string_view where_weights = "nn::gru::weights";

  /// b_hr and b_hz enter additively and join the input projection; b_hn stays inside r ⊙ (...).
  template <std::floating_point Scalar>
  static void input_bias(const recurrent_weights<Scalar>& w, core::index h, Scalar* bias) {
    array_map<Scalar>(bias, 2 * h) = w.bias_ih.head(2 * h).array() + w.bias_hh.head(2 * h).array();
    array_map<Scalar>(bias + 2 * h, h) = w.bias_ih.tail(h).array();
  }

  template <std::floating_point Scalar>
  static void forward_pass(const direction_pass<Scalar>& p, recurrent_tape<Scalar>& t) {
    const core::index h = p.hidden;
    const core::index g = gates * h;
    t.pack_b.pack_transposed(p.w->weight_hh.data(), g, h, h);
    (void)t.step.ensure(p.batch * g);
    // Rows of the batch are independent: each thread runs the whole sequence for its rows.
    for_row_ranges(p.batch, t.threads, [&](core::index, core::index r0, core::index r1) {
      for (core::index s = 0; s < p.steps; ++s)
        forward_step(p, t, s, r0, r1);
    });
  }

  /// One step for batch rows [r0, r1): gh = h_prev W_hh^T, then the cell, fused per lane.
  template <std::floating_point Scalar>
  static void forward_step(const direction_pass<Scalar>& p, recurrent_tape<Scalar>& t,
                           core::index s, core::index r0, core::index r1) {
    using vec = simd_t<Scalar>;
    const core::index batch = p.batch;
    const core::index h = p.hidden;
    const core::index g = gates * h;
    const core::index tt = p.time(s);
    core::index ldh = 0;
    const Scalar* hp = p.h_prev(s, ldh);
    Scalar* gh = t.step.data();
    gemm(r1 - r0, row_major(hp + r0 * ldh, ldh), t.pack_b, gh + r0 * g, g, false);
    const Scalar* b_hn = p.w->bias_hh.data() + 2 * h;
    Scalar* gt = p.gates_at(tt, g);
    if (p.x != nullptr) {
      // Inference: this step's input projection (bias included).
      gemm(r1 - r0, row_major(p.x + (tt * batch + r0) * p.in_size, p.in_size), t.pack_a,
           gt + r0 * g, g, false);
    }
    Scalar* hnt = p.aux + tt * batch * h;
    Scalar* ht = p.out + tt * batch * p.ld_out;
    for (core::index b = r0; b < r1; ++b) {
      Scalar* row = gt + b * g;
      const Scalar* hrow = gh + b * g;
      const Scalar* hprev = hp + b * ldh;
      Scalar* hn = hnt + b * h;
      Scalar* hr = ht + b * p.ld_out;
      lanes_loop<Scalar>(h, [&](core::index j, auto n) {
        const vec r = vsigmoid<Scalar>(vload_n(row + j, n) + vload_n(hrow + j, n));
        const vec z = vsigmoid<Scalar>(vload_n(row + h + j, n) + vload_n(hrow + h + j, n));
        const vec hnv = vload_n(hrow + 2 * h + j, n) + vload_n(b_hn + j, n);
        const vec nv = vtanh<Scalar>(vfma<Scalar>(r, hnv, vload_n(row + 2 * h + j, n)));
        vstore_n(row + j, r, n);
        vstore_n(row + h + j, z, n);
        vstore_n(row + 2 * h + j, nv, n);
        vstore_n(hn + j, hnv, n);
        // PyTorch's form of h' = (1 - z) n + z h.
        vstore_n(hr + j, vfma<Scalar>(vload_n(hprev + j, n) - nv, z, nv), n);
      });
    }
  }

  template <std::floating_point Scalar>
  static const Scalar* backward_pass(const direction_pass<Scalar>& p, const Scalar* dout,
                                     core::index ld_dout, const Scalar* dh_final, const Scalar*,
                                     Scalar* dgates, Scalar* dh0, Scalar*,
                                     recurrent_tape<Scalar>& t) {
    const core::index batch = p.batch;
    const core::index h = p.hidden;
    const core::index g = gates * h;
    t.pack_b.pack(p.w->weight_hh.data(), g, h, h);
    Scalar* dh = t.dh.ensure(batch * h);
    Scalar* dgates_h = t.dgates_h.ensure(p.steps * batch * g);
    copy_or_zero(dh_final, batch * h, dh);
    for_row_ranges(batch, t.threads, [&](core::index, core::index r0, core::index r1) {
      for (core::index s = p.steps - 1; s >= 0; --s) {
        const core::index tt = p.time(s);
        core::index ldh = 0;
        const Scalar* hp = p.h_prev(s, ldh);
        const Scalar* gt = p.gates + tt * batch * g;
        const Scalar* hnt = p.aux + tt * batch * h;
        const Scalar* dyt = dout + tt * batch * ld_dout;
        Scalar* dgt = dgates + tt * batch * g;
        Scalar* dght = dgates_h + tt * batch * g;
        for (core::index b = r0; b < r1; ++b) {
          const Scalar* row = gt + b * g;
          const Scalar* hnr = hnt + b * h;
          const Scalar* hpr = hp + b * ldh;
          const Scalar* dyr = dyt + b * ld_dout;
          Scalar* dhr = dh + b * h;
          Scalar* drow = dgt + b * g;
          Scalar* dhrow = dght + b * g;
          lanes_loop<Scalar>(h, [&](core::index j, auto cnt) {
            using vec = simd_t<Scalar>;
            const vec one = vbroadcast<Scalar>(Scalar{1});
            const vec r = vload_n(row + j, cnt);
            const vec z = vload_n(row + h + j, cnt);
            const vec n = vload_n(row + 2 * h + j, cnt);
            const vec dhv = vload_n(dyr + j, cnt) + vload_n(dhr + j, cnt);
            const vec dn_pre = dhv * (one - z) * (one - n * n);
            const vec dr_pre = dn_pre * vload_n(hnr + j, cnt) * r * (one - r);
            const vec dz_pre = dhv * (vload_n(hpr + j, cnt) - n) * z * (one - z);
            vstore_n(drow + j, dr_pre, cnt);
            vstore_n(drow + h + j, dz_pre, cnt);
            vstore_n(drow + 2 * h + j, dn_pre, cnt);
            vstore_n(dhrow + j, dr_pre, cnt);
            vstore_n(dhrow + h + j, dz_pre, cnt);
            vstore_n(dhrow + 2 * h + j, dn_pre * r, cnt);
            // The direct path h' = ... + z h; the gate paths follow in the product below.
            vstore_n(dhr + j, dhv * z, cnt);
          });
        }
        // d h_{t-1} += dG_h,t · W_hh.
        gemm(r1 - r0, row_major<Scalar>(dght + r0 * g, g), t.pack_b, dh + r0 * h, h, true);
        if (p.cut_before(s))
          std::fill(dh + r0 * h, dh + r1 * h, Scalar{0});
      }
    });
    std::copy_n(dh, batch * h, dh0);
    return dgates_h;
  }
};

}  // namespace detail

/// GRU stack (see the file comment); a value type with options, named parameters
/// (for_each_parameter gives PyTorch's names), forward, backward and reset_parameters.
/// Example: `nn::gru<float> m({.input_size = 8, .hidden_size = 64, .num_layers = 2}, rng);`
///          `auto out = m.forward(x);  // out.output: (batch, time, 64), out.h: (2, batch, 64)`
template <std::floating_point Scalar = float, typename Backend = cpu>
class gru;

/// The CUDA implementation, defined only by nn/cuda/gru.cuh.
template <std::floating_point Scalar>
class gru<Scalar, cuda>;

/// The CPU implementation: constructed from options (parameters zero) or from options and an
/// engine (PyTorch's default initialisation); see detail::recurrent_layer for the members.
template <std::floating_point Scalar>
class gru<Scalar, cpu> : public detail::recurrent_layer<Scalar, detail::gru_cell> {
 public:
  using detail::recurrent_layer<Scalar, detail::gru_cell>::recurrent_layer;
};

}  // namespace foresight::nn

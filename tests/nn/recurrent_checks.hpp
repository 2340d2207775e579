// SPDX-License-Identifier: Apache-2.0
// Checks shared by test_lstm.cpp and test_gru.cpp: parity of a recurrent stack with a PyTorch
// reference file, and a finite-difference check of every gradient in double precision.
#pragma once

#include <cmath>
#include <random>
#include <string>
#include <tuple>

#include <doctest/doctest.h>

#include <foresight/core/random.hpp>
#include <foresight/nn/recurrent.hpp>
#include <foresight/nn/weights.hpp>

#include "nn_test_support.hpp"

namespace foresight::test::nn {

/// Runs `Layer` on the inputs of reference `stem` and checks outputs, final states, loss and
/// every gradient (parameters, input, initial states).
template <typename Layer>
void check_recurrent_parity(const std::string& stem, fnn::recurrent_options options,
                            bool has_cell) {
  using scalar = typename Layer::scalar_type;
  const reference ref(stem, suffix<scalar>());
  Layer m(options);
  fnn::load_weights(m, ref.with_prefix("param."));
  const auto x = ref.tensor<scalar, 3>("x");
  fnn::recurrent_state<scalar> initial;
  if (ref.has("h0")) {
    initial.h = ref.tensor<scalar, 3>("h0");
    if (has_cell)
      initial.c = ref.tensor<scalar, 3>("c0");
  }
  typename Layer::tape tape;
  std::mt19937_64 rng{1};
  const auto out = m.forward(x, tape, rng, initial);
  check_tensor(ref, "out.output", out.output);
  check_tensor(ref, "out.h", out.h);
  if (has_cell)
    check_tensor(ref, "out.c", out.c);
  // The inference path computes the same values.
  const auto inf = m.forward(x, initial);
  CHECK(inf.output == out.output);
  CHECK(inf.h == out.h);

  const auto r_out = ref.tensor<scalar, 3>("r.output");
  fnn::recurrent_state<scalar> d_final;
  d_final.h = ref.tensor<scalar, 3>("r.h");
  double loss = dot(out.output, r_out) + dot(out.h, d_final.h);
  if (has_cell) {
    d_final.c = ref.tensor<scalar, 3>("r.c");
    loss += dot(out.c, d_final.c);
  }
  const double ref_loss = ref.value("loss");
  const double loss_dev = std::abs(loss - ref_loss) / std::abs(ref_loss);
  record(ref, "loss", loss_dev);
  CHECK(loss_dev <= tolerance<scalar>);

  Layer grad = fnn::zeros_like(m);
  const auto g = m.backward(tape, r_out, grad, d_final);
  check_gradients(ref, grad);
  check_values<scalar>(ref, "grad.x", g.x.data(), g.x.size(), "grad x");
  if (ref.has("h0")) {
    check_values<scalar>(ref, "grad.h0", g.initial.h.data(), g.initial.h.size(), "grad h0");
    if (has_cell)
      check_values<scalar>(ref, "grad.c0", g.initial.c.data(), g.initial.c.size(), "grad c0");
  }
}

/// Central finite differences of L = sum(output * r) + sum(h_n * s) (+ sum(c_n * u)) in double
/// against backward, for every parameter, the input and the initial states.
template <typename Layer>
void check_recurrent_finite_differences(const fnn::recurrent_options& options, bool has_cell) {
  std::mt19937_64 rng{7};
  Layer m(options, rng);
  const core::index batch = 2;
  const core::index steps = 4;
  const core::index dirs = options.bidirectional ? 2 : 1;
  const core::index states = options.num_layers * dirs;
  auto random_seq = [&](core::index a, core::index b, core::index c) {
    auto t = fnn::detail::make_sequence<double>(a, b, c);
    for (std::size_t i = 0; i < t.size(); ++i)
      t.data()[i] = core::standard_normal<double>(rng);
    return t;
  };
  auto x = random_seq(batch, steps, options.input_size);
  fnn::recurrent_state<double> initial{
      random_seq(states, batch, options.hidden_size),
      has_cell ? random_seq(states, batch, options.hidden_size) : fnn::sequence<double>{}};
  const auto r = random_seq(batch, steps, dirs * options.hidden_size);
  fnn::recurrent_state<double> d_final{
      random_seq(states, batch, options.hidden_size),
      has_cell ? random_seq(states, batch, options.hidden_size) : fnn::sequence<double>{}};
  auto loss = [&](const Layer& layer) {
    const auto o = layer.forward(x, initial);
    double v = dot(o.output, r) + dot(o.h, d_final.h);
    if (has_cell)
      v += dot(o.c, d_final.c);
    return v;
  };
  typename Layer::tape tape;
  std::mt19937_64 unused{0};
  (void)m.forward(x, tape, unused, initial);
  Layer grad = fnn::zeros_like(m);
  const auto g = m.backward(tape, r, grad, d_final);

  constexpr double eps = 1e-6;
  double worst = 0;
  auto probe = [&](double& value, double analytic) {
    const double keep = value;
    value = keep + eps;
    const double up = loss(m);
    value = keep - eps;
    const double down = loss(m);
    value = keep;
    const double numeric = (up - down) / (2 * eps);
    worst = std::max(worst, std::abs(numeric - analytic) / std::max(1.0, std::abs(numeric)));
  };
  auto params = fnn::parameters_of(m);
  auto grads = fnn::parameters_of(grad);
  for (std::size_t p = 0; p < params.size(); ++p) {
    for (core::index i = 0; i < params[p].size; ++i)
      probe(params[p].data[i], grads[p].data[i]);
  }
  for (std::size_t i = 0; i < x.size(); ++i)
    probe(x.data()[i], g.x.data()[i]);
  for (std::size_t i = 0; i < initial.h.size(); ++i)
    probe(initial.h.data()[i], g.initial.h.data()[i]);
  if (has_cell) {
    for (std::size_t i = 0; i < initial.c.size(); ++i)
      probe(initial.c.data()[i], g.initial.c.data()[i]);
  }
  // Central differences with eps = 1e-6 have truncation error O(eps^2) and rounding error
  // O(1e-16 / eps) = O(1e-10) relative: 1e-7 is far above both and far below any real bug.
  INFO("worst finite-difference deviation ", worst);
  CHECK(worst < 1e-7);
}

/// Forward and backward with 1 and 3 threads give bitwise identical results.
template <typename Layer>
void check_recurrent_thread_invariance(const fnn::recurrent_options& options) {
  using scalar = typename Layer::scalar_type;
  std::mt19937_64 rng{3};
  const Layer m(options, rng);
  const auto x = random_tensor<scalar, 3>({7, 5, static_cast<std::size_t>(options.input_size)}, 1);
  const auto r = random_tensor<scalar, 3>({7, 5, static_cast<std::size_t>(m.output_size())}, 2);
  auto run = [&](int threads) {
    typename Layer::tape tape;
    tape.threads = threads;
    std::mt19937_64 drop{5};
    auto out = m.forward(x, tape, drop);
    Layer grad = fnn::zeros_like(m);
    auto g = m.backward(tape, r, grad);
    return std::make_tuple(out.output, g.x, grad.weights(0, 0).weight_hh);
  };
  CHECK(run(1) == run(3));
}

}  // namespace foresight::test::nn

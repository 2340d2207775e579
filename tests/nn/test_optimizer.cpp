// SPDX-License-Identifier: Apache-2.0
// Tests of nn/optimizer.hpp: ten steps of Adam, AdamW and SGD (Nesterov, weight decay, gradient
// clipping) on an LSTM with a dense head reproduce PyTorch 1.13.1's weights.
#include <foresight/nn/optimizer.hpp>

#include <random>

#include <doctest/doctest.h>

#include <foresight/nn/loss.hpp>
#include <foresight/nn/model.hpp>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

namespace {
// make_reference.py LstmHead: nn.LSTM(3, 5, batch_first=True) + nn.Linear(5, 2) on the last step,
// MSE against y (4, 2); our sequence_model with horizon 2 and one output per step has the same
// parameters ("lstm.*", "head.*").
template <typename T, typename Optimizer>
void run_ten_steps(const std::string& stem, Optimizer opt, bool clip) {
  const reference ref(stem, suffix<T>());
  fnn::sequence_model<T> m({.input_size = 3, .hidden_size = 5, .horizon = 2});
  fnn::load_weights(m, ref.with_prefix("initial."));
  const auto x = ref.tensor<T, 3>("x");
  const auto y2 = ref.tensor<T, 2>("y");
  fnn::sequence_model<T> grad = fnn::zeros_like(m);
  typename fnn::sequence_model<T>::tape tape;
  std::mt19937_64 rng{1};
  std::vector<double> norms;
  for (int step = 0; step < 10; ++step) {
    const auto pred = m.forward(x, tape, rng);
    fnn::tensor<T, 2> p2({4, 2});
    std::copy_n(pred.data(), 8, p2.data());
    fnn::tensor<T, 2> g2;
    (void)fnn::mse_loss(p2, y2, &g2);
    fnn::tensor<T, 3> g3({4, 2, 1});
    std::copy_n(g2.data(), 8, g3.data());
    fnn::zero_parameters(grad);
    m.backward(tape, g3, grad);
    if (clip)
      norms.push_back(fnn::clip_grad_norm(grad, 0.5));
    opt.step(m, grad);
  }
  check_parameters(ref, m, "final.");
  if (clip) {
    const std::vector<T> as_t(norms.begin(), norms.end());
    check_values<T>(ref, "norms", as_t.data(), as_t.size(), "clip norms");
  }
  CHECK(opt.steps() == 10);
}
}  // namespace

TEST_CASE_TEMPLATE("nn::adam: ten steps reproduce torch.optim.Adam", T, float, double) {
  // torch.optim.Adam(lr=0.01, weight_decay=0.05), seed 30
  run_ten_steps<T>("optimizer_adam", fnn::adam<T>({.lr = 0.01, .weight_decay = 0.05}), false);
}

TEST_CASE_TEMPLATE("nn::adamw: ten steps reproduce torch.optim.AdamW", T, float, double) {
  // torch.optim.AdamW(lr=0.01, weight_decay=0.1), seed 30
  run_ten_steps<T>("optimizer_adamw", fnn::adamw<T>({.lr = 0.01, .weight_decay = 0.1}), false);
}

TEST_CASE_TEMPLATE("nn::sgd with clipping: ten steps reproduce torch.optim.SGD", T, float, double) {
  // torch.optim.SGD(lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.01) after
  // clip_grad_norm_(0.5), seed 30
  run_ten_steps<T>(
      "optimizer_sgd",
      fnn::sgd<T>({.lr = 0.05, .momentum = 0.9, .weight_decay = 0.01, .nesterov = true}), true);
}

TEST_CASE_TEMPLATE("nn::sgd, momentum and dampening: ten steps reproduce torch.optim.SGD", T, float,
                   double) {
  // torch.optim.SGD(lr=0.05, momentum=0.8, dampening=0.1), no clipping, seed 30
  run_ten_steps<T>("optimizer_sgd_momentum",
                   fnn::sgd<T>({.lr = 0.05, .momentum = 0.8, .dampening = 0.1}), false);
}

TEST_CASE("nn optimisers: learning rate, plain SGD arithmetic, bad options and models") {
  fnn::dense<double> m({.input_size = 1, .output_size = 1});
  m.weight(0, 0) = 1;
  m.bias[0] = 2;
  fnn::dense<double> g = fnn::zeros_like(m);
  g.weight(0, 0) = 0.5;
  g.bias[0] = -1;
  fnn::sgd<double> opt({.lr = 0.1});
  opt.step(m, g);
  CHECK(m.weight(0, 0) == doctest::Approx(0.95));
  CHECK(m.bias[0] == doctest::Approx(2.1));
  opt.set_learning_rate(0.2);
  CHECK(opt.learning_rate() == 0.2);
  // Adam's first step moves every parameter by lr against the sign of its gradient.
  fnn::adam<double> a({.lr = 0.01});
  a.step(m, g);
  CHECK(m.weight(0, 0) == doctest::Approx(0.94).epsilon(1e-6));
  CHECK(m.bias[0] == doctest::Approx(2.11).epsilon(1e-6));
  fnn::dense<double> bigger({.input_size = 2, .output_size = 1});
  fnn::dense<double> bigger_grad = fnn::zeros_like(bigger);
  CHECK_THROWS_WITH_AS(a.step(bigger, bigger_grad),
                       "nn::adam::step: parameter weight has 2 values; expected 1 (the model of "
                       "the first step)",
                       core::dimension_mismatch);
  CHECK_THROWS_AS(fnn::adam<double>({.lr = 0}), core::invalid_input);
  CHECK_THROWS_AS(fnn::adamw<double>({.beta1 = 1.0}), core::invalid_input);
  CHECK_THROWS_AS(fnn::sgd<double>({.nesterov = true}), core::invalid_input);
  CHECK_THROWS_AS(a.set_learning_rate(-1), core::invalid_input);
  CHECK_THROWS_AS((void)fnn::clip_grad_norm(g, 0.0), core::invalid_input);
  // Norm sqrt(0.5^2 + 1) > 0.1: scaled to norm 0.1 (up to the 1e-6 of PyTorch's formula).
  const double norm = fnn::clip_grad_norm(g, 0.1);
  CHECK(norm == doctest::Approx(std::sqrt(1.25)));
  CHECK(std::hypot(g.weight(0, 0), g.bias[0]) == doctest::Approx(0.1).epsilon(1e-5));
}

// SPDX-License-Identifier: Apache-2.0
// Tests of nn/train.hpp: learning, reproducibility, early stopping, cancellation, divergence
// (a non-finite loss keeps the last good weights), quantile outputs, bad options.
#include <foresight/nn/train.hpp>

#include <cmath>
#include <limits>
#include <random>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

namespace {
// Noisy sine waves of different phases and amplitudes, period 12.
core::panel<double> sine_panel(core::index series, core::index length, std::uint64_t seed) {
  std::mt19937_64 rng{seed};
  core::panel<double> p;
  for (core::index i = 0; i < series; ++i) {
    core::vector<double> y(length);
    const double phase = core::uniform01<double>(rng) * 6.28;
    const double level = 10 + 5 * core::uniform01<double>(rng);
    for (core::index t = 0; t < length; ++t) {
      y[t] = level + 3 * std::sin(phase + 2 * M_PI * static_cast<double>(t) / 12) +
             0.1 * core::standard_normal<double>(rng);
    }
    p.add("s" + std::to_string(i), y, 12);
  }
  return p;
}

struct setup {
  fnn::windowed_panel<float> data;
  fnn::sequence_model<float> model;
};

setup make_setup(std::size_t quantiles = 0) {
  const auto p = sine_panel(6, 60, 1);
  setup s{fnn::make_windows<float>(p, {.input_length = 12,
                                       .horizon = 3,
                                       .stride = 2,
                                       .calendar_features = false,
                                       .validation_steps = 6}),
          {}};
  std::mt19937_64 rng{2};
  s.model =
      fnn::sequence_model<float>({.input_size = 1,
                                  .hidden_size = 8,
                                  .horizon = 3,
                                  .outputs_per_step = static_cast<core::index>(1 + quantiles)},
                                 rng);
  return s;
}
}  // namespace

TEST_CASE("nn::train lowers the loss and reproduces from its seed") {
  auto a = make_setup();
  auto b = make_setup();
  const fnn::train_options o{.learning_rate = 0.01, .epochs = 8, .batch_size = 16};
  const auto ia = fnn::train(a.model, a.data.train, a.data.validation, o);
  const auto ib = fnn::train(b.model, b.data.train, b.data.validation, o);
  CHECK(ia.status == core::fit_status::iteration_limit);
  CHECK(ia.epochs == 8);
  CHECK(ia.training_loss.back() < 0.5 * ia.training_loss.front());
  CHECK(ia.validation_loss.size() == 8);
  CHECK(ia.best_validation_loss ==
        *std::min_element(ia.validation_loss.begin(), ia.validation_loss.end()));
  CHECK(ia.training_loss == ib.training_loss);
  CHECK(a.model.head.weight == b.model.head.weight);
  // Two threads give the same result.
  auto c = make_setup();
  auto o2 = o;
  o2.threads = 2;
  const auto ic = fnn::train(c.model, c.data.train, c.data.validation, o2);
  CHECK(ic.training_loss == ia.training_loss);
  CHECK(c.model.lstm.weights(0, 0).weight_hh == a.model.lstm.weights(0, 0).weight_hh);
}

TEST_CASE("nn::train: early stopping, cancellation, schedules, clipping, optimisers") {
  auto s = make_setup();
  // A learning rate too small to improve: patience 2 stops early and keeps the best epoch.
  const auto stop = fnn::train(s.model, s.data.train, s.data.validation,
                               {.optimizer = fnn::optimizer_kind::sgd,
                                .learning_rate = 1e-9,
                                .momentum = 0,
                                .epochs = 50,
                                .patience = 2});
  CHECK(stop.status == core::fit_status::converged);
  CHECK(stop.epochs < 50);
  CHECK(stop.best_epoch == stop.epochs - 3);
  auto c = make_setup();
  // The first report is always delivered: returning false there stops after epoch 0.
  int calls = 0;
  const auto cancelled = fnn::train(c.model, c.data.train, c.data.validation,
                                    {.epochs = 10, .on_progress = [&](const core::progress& pr) {
                                       CHECK(pr.stage == "epoch");
                                       CHECK(pr.done == 1);
                                       ++calls;
                                       return false;
                                     }});
  CHECK(cancelled.status == core::fit_status::cancelled);
  CHECK(cancelled.epochs == 1);
  CHECK(calls == 1);
  auto d = make_setup();
  const auto other = fnn::train(d.model, d.data.train, d.data.validation,
                                {.optimizer = fnn::optimizer_kind::adamw,
                                 .learning_rate = 0.01,
                                 .weight_decay = 0.01,
                                 .schedule = {.kind = fnn::schedule_kind::cosine, .t_max = 4},
                                 .clip_norm = 1.0,
                                 .epochs = 4});
  CHECK(other.training_loss.back() < other.training_loss.front());
}

TEST_CASE("nn::train stops on a non-finite loss and keeps the last good weights") {
  auto s = make_setup();
  const auto initial = s.model;
  const auto info = fnn::train(
      s.model, s.data.train, s.data.validation,
      {.optimizer = fnn::optimizer_kind::sgd, .learning_rate = 1e12, .momentum = 0, .epochs = 5});
  CHECK(info.status == core::fit_status::failed);
  CHECK(info.message.find("non-finite") != std::string::npos);
  // Diverged in the first epoch: the initial weights are kept.
  CHECK(info.best_epoch == -1);
  CHECK(s.model.head.weight == initial.head.weight);
  CHECK(s.model.lstm.weights(0, 0).weight_hh == initial.lstm.weights(0, 0).weight_hh);
}

TEST_CASE("nn::train diverging after good epochs keeps the best epoch's weights") {
  // A step schedule multiplies the learning rate by 1e30 from epoch 2 on: epochs 0 and 1 train
  // normally, epoch 2 overflows. The model must hold exactly the weights of a run that stops
  // after the best of epochs 0 and 1 (same seed: same shuffles and dropout draws).
  const fnn::train_options o{
      .optimizer = fnn::optimizer_kind::sgd,
      .learning_rate = 0.01,
      .momentum = 0,
      .schedule = {.kind = fnn::schedule_kind::step, .step_size = 2, .gamma = 1e30},
      .epochs = 6,
      .batch_size = 8};
  auto s = make_setup();
  const auto info = fnn::train(s.model, s.data.train, s.data.validation, o);
  CHECK(info.status == core::fit_status::failed);
  CHECK(info.epochs == 2);
  REQUIRE(info.best_epoch >= 0);
  CHECK(info.best_epoch <= 1);
  CHECK(info.message.find("non-finite") != std::string::npos);
  CHECK(info.message.find("epoch " + std::to_string(info.best_epoch)) != std::string::npos);
  for (const auto& p : fnn::parameters_of(s.model)) {
    for (core::index i = 0; i < p.size; ++i)
      REQUIRE(std::isfinite(p.data[i]));
  }
  auto again = make_setup();
  auto shorter = o;
  shorter.epochs = info.best_epoch + 1;
  const auto good = fnn::train(again.model, again.data.train, again.data.validation, shorter);
  CHECK(good.status == core::fit_status::iteration_limit);
  CHECK(good.best_validation_loss == info.best_validation_loss);
  CHECK(again.model.head.weight == s.model.head.weight);
  CHECK(again.model.lstm.weights(0, 0).weight_ih == s.model.lstm.weights(0, 0).weight_ih);
  // Without validation samples the last finished epoch is the one kept.
  auto nv = make_setup();
  const fnn::window_set<float> none{};
  const auto info_nv = fnn::train(nv.model, nv.data.train, none, o);
  CHECK(info_nv.status == core::fit_status::failed);
  CHECK(info_nv.best_epoch == 1);
  auto nv_again = make_setup();
  auto two = o;
  two.epochs = 2;
  (void)fnn::train(nv_again.model, nv_again.data.train, none, two);
  CHECK(nv_again.model.head.weight == nv.model.head.weight);
}

TEST_CASE("nn::train with quantile outputs; bad options and shapes") {
  auto s = make_setup(2);
  const auto info = fnn::train(s.model, s.data.train, s.data.validation,
                               {.loss = fnn::point_loss::huber,
                                .quantiles = {0.1, 0.9},
                                .learning_rate = 0.02,
                                .epochs = 40,
                                .batch_size = 16});
  CHECK(info.training_loss.back() < info.training_loss.front());
  // The 0.1 and 0.9 outputs bracket about 80% of the training targets.
  const auto pred = s.model.forward(s.data.train.x);
  int inside = 0;
  int total = 0;
  for (std::size_t i = 0; i < pred.shape()[0]; ++i) {
    for (std::size_t h = 0; h < 3; ++h) {
      const float y = s.data.train.y(i, h);
      inside += (pred(i, h, 1) <= y && y <= pred(i, h, 2)) ? 1 : 0;
      ++total;
    }
  }
  INFO("coverage ", static_cast<double>(inside) / total);
  CHECK(inside >= total * 6 / 10);
  CHECK(inside <= total * 95 / 100);
  CHECK_THROWS_AS((void)fnn::train(s.model, s.data.train, s.data.validation, {}),
                  core::dimension_mismatch);  // 3 outputs per step, no quantiles requested
  CHECK_THROWS_AS((void)fnn::train(s.model, s.data.train, s.data.validation, {.epochs = 0}),
                  core::invalid_input);
  CHECK_THROWS_AS(
      (void)fnn::train(s.model, s.data.train, s.data.validation, {.quantiles = {0.5, 1.5}}),
      core::invalid_input);
  CHECK(fnn::to_string(fnn::optimizer_kind::adamw) == "adamw");
}

TEST_CASE("nn::train rejects NaN samples before any update") {
  auto s = make_setup();
  const auto initial = s.model;
  auto bad = s.data.train;
  const auto last = static_cast<std::size_t>(bad.size() - 1);
  bad.x(last, 3, 0) = std::numeric_limits<float>::quiet_NaN();
  CHECK_THROWS_WITH_AS((void)fnn::train(s.model, bad, s.data.validation, {.epochs = 2}),
                       doctest::Contains("nn::train: train_set.x element"), core::invalid_input);
  bad = s.data.train;
  bad.y(last, 1) = std::numeric_limits<float>::infinity();
  CHECK_THROWS_AS((void)fnn::train(s.model, bad, s.data.validation, {.epochs = 2}),
                  core::invalid_input);
  auto bad_validation = s.data.validation;
  bad_validation.y(0, 0) = std::numeric_limits<float>::quiet_NaN();
  CHECK_THROWS_WITH_AS((void)fnn::train(s.model, s.data.train, bad_validation, {.epochs = 2}),
                       doctest::Contains("validation_set.y"), core::invalid_input);
  CHECK(s.model.head.weight == initial.head.weight);
  CHECK(s.model.lstm.weights(0, 0).weight_hh == initial.lstm.weights(0, 0).weight_hh);
}

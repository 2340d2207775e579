// SPDX-License-Identifier: Apache-2.0
/// \file
/// Mini-batch training of a sequence_model on windowed samples: seeded shuffling every epoch,
/// a point loss on output 0 of every step plus the pinball loss of the quantile outputs 1..Q,
/// Adam/AdamW/SGD with an optional learning-rate schedule and gradient clipping, early stopping on
/// the validation loss (the best weights are restored), progress reports and cancellation.
///
/// Outcomes (`training_info::status`): `converged` when early stopping ended the run,
/// `iteration_limit` after all epochs, `cancelled` when the callback returned false, `failed`
/// when a loss became non-finite: training stops and the model keeps the last good weights (the
/// best validation epoch, else the last finished epoch, else the initial weights), as `message`
/// says. Results are the same for any thread count and reproduce from `seed`.
/// References: Prechelt (1998), "Early stopping - but when?", in Neural Networks: Tricks of the
/// Trade, LNCS 1524 (patience-based early stopping).
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/loss.hpp>
#include <foresight/nn/model.hpp>
#include <foresight/nn/optimizer.hpp>
#include <foresight/nn/schedule.hpp>
#include <foresight/nn/tensor.hpp>
#include <foresight/nn/window.hpp>

namespace foresight::nn {

/// Optimisers the training loop can use (append-only).
enum class optimizer_kind : int {
  adam = 0,   ///< nn::adam
  adamw = 1,  ///< nn::adamw
  sgd = 2,    ///< nn::sgd with Nesterov momentum
};

/// Name of an optimizer kind, e.g. "adamw".
[[nodiscard]] constexpr std::string_view to_string(optimizer_kind k) noexcept {
  switch (k) {
    case optimizer_kind::adam:
      return "adam";
    case optimizer_kind::adamw:
      return "adamw";
    case optimizer_kind::sgd:
      return "sgd";
  }
  return "unknown";
}

/// Options of train.
struct train_options {
  /// Loss of output 0 (the point forecast) of every step.
  point_loss loss = point_loss::mse;
  /// Huber threshold (> 0), used with point_loss::huber.
  double huber_delta = 1.0;
  /// Levels in (0, 1) of the quantile outputs 1..Q of every step (empty: point output only).
  std::vector<double> quantiles{};
  /// Optimiser.
  optimizer_kind optimizer = optimizer_kind::adam;
  /// Base learning rate (> 0).
  double learning_rate = 1e-3;
  /// Weight decay (L2 for adam and sgd, decoupled for adamw), >= 0.
  double weight_decay = 0;
  /// SGD momentum in [0, 1).
  double momentum = 0.9;
  /// Learning-rate schedule over epochs.
  lr_schedule schedule{};
  /// Clip the global gradient norm to this value (> 0); 0: no clipping.
  double clip_norm = 0;
  /// Maximum number of epochs (>= 1).
  core::index epochs = 20;
  /// Samples per mini-batch (>= 1); the last batch of an epoch may be smaller.
  core::index batch_size = 64;
  /// Stop after this many epochs without a better validation loss (0: never stop early).
  core::index patience = 0;
  /// Seed of the shuffling and of dropout.
  std::uint64_t seed = 42;
  /// Called after every epoch with stage "epoch" and the training loss; return false to cancel.
  core::progress_callback on_progress{};
  /// Threads of the forward and backward passes (>= 1); the result does not depend on it.
  int threads = 1;
};

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const train_options& o) {
  constexpr std::string_view where = "nn::validate(train_options)";
  core::detail::require(std::isfinite(o.huber_delta) && o.huber_delta > 0, where, "huber_delta is ",
                        o.huber_delta, "; expected > 0");
  for (const double q : o.quantiles)
    core::detail::require_open_interval(q, 0.0, 1.0, where, "quantile");
  core::detail::require(std::isfinite(o.learning_rate) && o.learning_rate > 0, where,
                        "learning_rate is ", o.learning_rate, "; expected > 0");
  core::detail::require(std::isfinite(o.weight_decay) && o.weight_decay >= 0, where,
                        "weight_decay is ", o.weight_decay, "; expected >= 0");
  core::detail::require(o.momentum >= 0 && o.momentum < 1, where, "momentum is ", o.momentum,
                        "; expected a value in [0, 1)");
  validate(o.schedule);
  core::detail::require(std::isfinite(o.clip_norm) && o.clip_norm >= 0, where, "clip_norm is ",
                        o.clip_norm, "; expected >= 0 (0: no clipping)");
  detail::require_positive(o.epochs, where, "epochs");
  detail::require_positive(o.batch_size, where, "batch_size");
  core::detail::require(o.patience >= 0, where, "patience is ", o.patience, "; expected >= 0");
  core::detail::require(o.threads >= 1, where, "threads is ", o.threads, "; expected >= 1");
}

/// What a training run did.
struct training_info {
  /// Outcome (see the file comment).
  core::fit_status status = core::fit_status::iteration_limit;
  /// Epochs completed.
  core::index epochs = 0;
  /// Epoch (0-based) whose weights the model holds at the end; -1: the initial weights.
  core::index best_epoch = -1;
  /// Validation loss of best_epoch (NaN without validation samples).
  double best_validation_loss = std::numeric_limits<double>::quiet_NaN();
  /// Mean training loss of every completed epoch.
  std::vector<double> training_loss;
  /// Validation loss after every completed epoch (empty without validation samples).
  std::vector<double> validation_loss;
  /// Human-readable account of how the run ended.
  std::string message;
};

namespace detail {

/// Loss of predictions (batch, horizon, 1 + Q) against targets (batch, horizon) and its gradient.
template <std::floating_point Scalar>
double combined_loss(const tensor<Scalar, 3>& pred, const tensor<Scalar, 2>& y,
                     const train_options& o, tensor<Scalar, 3>* grad) {
  const core::index batch = dim(pred, 0);
  const core::index h = dim(pred, 1);
  const core::index k = dim(pred, 2);
  const auto nq = static_cast<core::index>(o.quantiles.size());
  tensor<Scalar, 2> point({static_cast<std::size_t>(batch), static_cast<std::size_t>(h)});
  for (core::index i = 0; i < batch * h; ++i)
    point.data()[i] = pred.data()[i * k];
  tensor<Scalar, 2> gp;
  double value = 0;
  switch (o.loss) {
    case point_loss::mse:
      value = mse_loss(point, y, grad != nullptr ? &gp : nullptr);
      break;
    case point_loss::mae:
      value = mae_loss(point, y, grad != nullptr ? &gp : nullptr);
      break;
    case point_loss::huber:
      value =
          huber_loss(point, y, static_cast<Scalar>(o.huber_delta), grad != nullptr ? &gp : nullptr);
      break;
  }
  tensor<Scalar, 3> gq;
  if (nq > 0) {
    tensor<Scalar, 3> qpred({static_cast<std::size_t>(batch), static_cast<std::size_t>(h),
                             static_cast<std::size_t>(nq)});
    for (core::index i = 0; i < batch * h; ++i) {
      for (core::index j = 0; j < nq; ++j)
        qpred.data()[i * nq + j] = pred.data()[i * k + 1 + j];
    }
    std::vector<Scalar> levels(o.quantiles.begin(), o.quantiles.end());
    value += pinball_loss(qpred, y, levels, grad != nullptr ? &gq : nullptr);
  }
  if (grad != nullptr) {
    grad->resize(pred.shape());
    for (core::index i = 0; i < batch * h; ++i) {
      grad->data()[i * k] = gp.data()[i];
      for (core::index j = 0; j < nq; ++j)
        grad->data()[i * k + 1 + j] = gq.data()[i * nq + j];
    }
  }
  return value;
}

/// Copies samples `idx[begin, end)` of `set` into (x, y).
template <std::floating_point Scalar>
void gather(const window_set<Scalar>& set, const std::vector<core::index>& idx, std::size_t begin,
            std::size_t end, sequence<Scalar>& x, tensor<Scalar, 2>& y) {
  const core::index steps = dim(set.x, 1);
  const core::index f = dim(set.x, 2);
  const core::index h = dim(set.y, 1);
  const auto b = static_cast<core::index>(end - begin);
  ensure_shape(x, b, steps, f);
  if (dim(y, 0) != b || dim(y, 1) != h)
    y.resize({static_cast<std::size_t>(b), static_cast<std::size_t>(h)});
  for (core::index r = 0; r < b; ++r) {
    const core::index s = idx[begin + static_cast<std::size_t>(r)];
    std::copy_n(set.x.data() + s * steps * f, steps * f, x.data() + r * steps * f);
    std::copy_n(set.y.data() + s * h, h, y.data() + r * h);
  }
}

/// Mean loss over a whole set in inference mode (NaN for an empty set).
template <std::floating_point Scalar>
double evaluate(const sequence_model<Scalar>& model, const window_set<Scalar>& set,
                const train_options& o) {
  if (set.size() == 0)
    return std::numeric_limits<double>::quiet_NaN();
  std::vector<core::index> all(static_cast<std::size_t>(set.size()));
  for (core::index i = 0; i < set.size(); ++i)
    all[static_cast<std::size_t>(i)] = i;
  sequence<Scalar> x;
  tensor<Scalar, 2> y;
  double total = 0;
  for (std::size_t begin = 0; begin < all.size(); begin += static_cast<std::size_t>(o.batch_size)) {
    const std::size_t end = std::min(all.size(), begin + static_cast<std::size_t>(o.batch_size));
    gather(set, all, begin, end, x, y);
    total +=
        combined_loss<Scalar>(model.forward(x), y, o, nullptr) * static_cast<double>(end - begin);
  }
  return total / static_cast<double>(set.size());
}

}  // namespace detail

/// Trains `model` in place on `train_set`, with early stopping on `validation_set` when it is not
/// empty and patience > 0 (see the file comment for the outcomes).
/// Throws: invalid_input if an option is out of range, the training set is empty or a sample
/// holds a NaN or infinite value (checked before any update);
/// dimension_mismatch if the sets do not fit the model (features, horizon, outputs per step =
/// 1 + number of quantiles).
/// Example: `auto info = nn::train(model, w.train, w.validation, {.epochs = 30, .patience = 5});`
template <std::floating_point Scalar>
training_info train(sequence_model<Scalar>& model, const window_set<Scalar>& train_set,
                    const window_set<Scalar>& validation_set, const train_options& o) {
  constexpr std::string_view where = "nn::train";
  validate(o);
  core::detail::require(train_set.size() > 0, where, "the training set is empty; expected samples");
  const auto& mo = model.options();
  for (const auto* set : {&train_set, &validation_set}) {
    if (set->size() == 0)
      continue;
    if (detail::dim(set->x, 2) != mo.input_size || detail::dim(set->y, 1) != mo.horizon) {
      core::detail::raise<core::dimension_mismatch>(
          where, "samples have ", detail::dim(set->x, 2), " features and horizon ",
          detail::dim(set->y, 1), "; expected ", mo.input_size, " and ", mo.horizon);
    }
    // Before any update, so that bad data leaves the model untouched.
    const bool is_train = set == &train_set;
    detail::require_finite_tensor(set->x, where, is_train ? "train_set.x" : "validation_set.x");
    detail::require_finite_tensor(set->y, where, is_train ? "train_set.y" : "validation_set.y");
  }
  const auto outputs = static_cast<core::index>(1 + o.quantiles.size());
  if (mo.outputs_per_step != outputs) {
    core::detail::raise<core::dimension_mismatch>(where, "the model has ", mo.outputs_per_step,
                                                  " outputs per step; expected 1 + ",
                                                  o.quantiles.size(), " quantiles = ", outputs);
  }

  training_info info;
  core::progress_reporter reporter(o.on_progress);
  sequence_model<Scalar> grad = zeros_like(model);
  sequence_model<Scalar> best = model;
  adam<Scalar> opt_adam({.lr = o.learning_rate, .weight_decay = o.weight_decay});
  adamw<Scalar> opt_adamw({.lr = o.learning_rate, .weight_decay = o.weight_decay});
  sgd<Scalar> opt_sgd({.lr = o.learning_rate,
                       .momentum = o.momentum,
                       .weight_decay = o.weight_decay,
                       .nesterov = o.momentum > 0});
  typename sequence_model<Scalar>::tape tape;
  tape.threads = o.threads;
  std::mt19937_64 dropout_rng{core::seed_for(o.seed, 0xd0d0)};
  sequence<Scalar> xb;
  tensor<Scalar, 2> yb;
  tensor<Scalar, 3> gradient;
  const bool use_validation = validation_set.size() > 0;
  double best_loss = std::numeric_limits<double>::infinity();
  core::index since_best = 0;
  const auto n = static_cast<std::size_t>(train_set.size());
  const auto bs = static_cast<std::size_t>(o.batch_size);

  for (core::index epoch = 0; epoch < o.epochs; ++epoch) {
    const double lr = scheduled_rate(o.schedule, o.learning_rate, epoch);
    opt_adam.set_learning_rate(lr);
    opt_adamw.set_learning_rate(lr);
    opt_sgd.set_learning_rate(lr);
    const auto order =
        shuffled_indices(train_set.size(), o.seed, static_cast<std::uint64_t>(epoch));
    double epoch_loss = 0;
    bool diverged = false;
    for (std::size_t begin = 0; begin < n; begin += bs) {
      const std::size_t end = std::min(n, begin + bs);
      detail::gather(train_set, order, begin, end, xb, yb);
      const auto pred = model.forward(xb, tape, dropout_rng);
      const double loss = detail::combined_loss(pred, yb, o, &gradient);
      if (!std::isfinite(loss)) {
        diverged = true;
        info.message = core::detail::concat(
            "non-finite loss in epoch ", epoch, " at sample ", begin, "; kept the weights of ",
            info.best_epoch < 0 ? std::string("initialisation")
                                : "epoch " + std::to_string(info.best_epoch));
        break;
      }
      epoch_loss += loss * static_cast<double>(end - begin);
      zero_parameters(grad);
      model.backward(tape, gradient, grad);
      if (o.clip_norm > 0)
        (void)clip_grad_norm(grad, o.clip_norm);
      switch (o.optimizer) {
        case optimizer_kind::adam:
          opt_adam.step(model, grad);
          break;
        case optimizer_kind::adamw:
          opt_adamw.step(model, grad);
          break;
        case optimizer_kind::sgd:
          opt_sgd.step(model, grad);
          break;
      }
    }
    if (diverged) {
      model = best;
      info.status = core::fit_status::failed;
      return info;
    }
    epoch_loss /= static_cast<double>(n);
    info.training_loss.push_back(epoch_loss);
    info.epochs = epoch + 1;
    double score = epoch_loss;
    if (use_validation) {
      score = detail::evaluate(model, validation_set, o);
      info.validation_loss.push_back(score);
    }
    if (!std::isfinite(score)) {
      model = best;
      info.status = core::fit_status::failed;
      info.message =
          core::detail::concat("non-finite ", use_validation ? "validation" : "training",
                               " loss after epoch ", epoch, "; kept the weights of ",
                               info.best_epoch < 0 ? std::string("initialisation")
                                                   : "epoch " + std::to_string(info.best_epoch));
      return info;
    }
    // Without validation the latest weights are the ones to keep.
    if (!use_validation || score < best_loss) {
      best_loss = score;
      best = model;
      info.best_epoch = epoch;
      if (use_validation)
        info.best_validation_loss = score;
      since_best = 0;
    } else {
      ++since_best;
    }
    const bool go_on = reporter.report(
        {.stage = "epoch", .done = epoch + 1, .total = o.epochs, .objective = epoch_loss},
        epoch + 1 == o.epochs);
    if (!go_on) {
      info.status = core::fit_status::cancelled;
      info.message = core::detail::concat("cancelled after epoch ", epoch);
      break;
    }
    if (use_validation && o.patience > 0 && since_best >= o.patience) {
      info.status = core::fit_status::converged;
      info.message = core::detail::concat("early stop after epoch ", epoch, ": no better ",
                                          "validation loss for ", o.patience, " epochs");
      break;
    }
  }
  if (info.status == core::fit_status::iteration_limit)
    info.message = core::detail::concat("ran all ", o.epochs, " epochs");
  model = best;
  return info;
}

}  // namespace foresight::nn

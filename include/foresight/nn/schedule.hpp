// SPDX-License-Identifier: Apache-2.0
/// \file
/// Learning-rate schedules evaluated per epoch, as PyTorch's StepLR and CosineAnnealingLR
/// (closed forms, which equal PyTorch's recursive updates in exact arithmetic).
///
///     step:    lr(e) = lr0 · gamma^floor(e / step_size)
///     cosine:  lr(e) = eta_min + (lr0 - eta_min) (1 + cos(pi e / t_max)) / 2
///
/// References: Loshchilov & Hutter (2017), "SGDR: stochastic gradient descent with warm
/// restarts", ICLR, eq. 5 (cosine annealing).
#pragma once

#include <cmath>
#include <numbers>
#include <string_view>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::nn {

/// Kinds of learning-rate schedule (append-only).
enum class schedule_kind : int {
  constant = 0,  ///< the base rate throughout
  step = 1,      ///< multiply by gamma every step_size epochs
  cosine = 2,    ///< cosine annealing from the base rate to eta_min over t_max epochs
};

/// Name of a schedule kind, e.g. "cosine".
[[nodiscard]] constexpr std::string_view to_string(schedule_kind k) noexcept {
  switch (k) {
    case schedule_kind::constant:
      return "constant";
    case schedule_kind::step:
      return "step";
    case schedule_kind::cosine:
      return "cosine";
  }
  return "unknown";
}

/// A learning-rate schedule.
struct lr_schedule {
  /// Which schedule.
  schedule_kind kind = schedule_kind::constant;
  /// Step: epochs between two decays (>= 1).
  core::index step_size = 10;
  /// Step: decay factor (> 0).
  double gamma = 0.1;
  /// Cosine: epochs of one half period (>= 1).
  core::index t_max = 100;
  /// Cosine: the lowest rate (>= 0).
  double eta_min = 0;
};

/// Throws invalid_input naming the first field of `s` out of range.
inline void validate(const lr_schedule& s) {
  constexpr std::string_view where = "nn::validate(lr_schedule)";
  core::detail::require(s.step_size >= 1, where, "step_size is ", s.step_size, "; expected >= 1");
  core::detail::require(std::isfinite(s.gamma) && s.gamma > 0, where, "gamma is ", s.gamma,
                        "; expected a finite gamma > 0");
  core::detail::require(s.t_max >= 1, where, "t_max is ", s.t_max, "; expected >= 1");
  core::detail::require(std::isfinite(s.eta_min) && s.eta_min >= 0, where, "eta_min is ", s.eta_min,
                        "; expected a finite eta_min >= 0");
}

/// Learning rate of epoch `epoch` (0-based) for base rate `base`.
/// Throws: invalid_input if the schedule is invalid or epoch < 0.
/// Example: `opt.set_learning_rate(nn::scheduled_rate(schedule, 1e-3, epoch));`
[[nodiscard]] inline double scheduled_rate(const lr_schedule& s, double base, core::index epoch) {
  validate(s);
  core::detail::require(epoch >= 0, "nn::scheduled_rate", "epoch is ", epoch, "; expected >= 0");
  switch (s.kind) {
    case schedule_kind::constant:
      break;
    case schedule_kind::step:
      return base * std::pow(s.gamma, static_cast<double>(epoch / s.step_size));
    case schedule_kind::cosine:
      return s.eta_min + (base - s.eta_min) *
                             (1 + std::cos(std::numbers::pi * static_cast<double>(epoch) /
                                           static_cast<double>(s.t_max))) /
                             2;
  }
  return base;
}

}  // namespace foresight::nn

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Optimisers with PyTorch 1.13's update rules (the single-tensor, non-foreach code paths of
/// torch.optim.SGD, Adam and AdamW), and gradient clipping by global norm
/// (torch.nn.utils.clip_grad_norm_). An optimiser works on any model with `for_each_parameter`
/// and a gradient of the same type; its state is created on the first step.
///
///     SGD:   d = g + λθ;  b = μ b + (1 - τ) d (b = d at the first step);  d = d + μ b (Nesterov)
///            or d = b;  θ -= lr d
///     Adam:  g += λθ;  m = β1 m + (1 - β1) g;  v = β2 v + (1 - β2) g²;
///            θ -= lr / (1 - β1^t) · m / (sqrt(v) / sqrt(1 - β2^t) + ε)
///     AdamW: θ *= 1 - lr λ; then Adam without the λθ term
///
/// References: Sutskever et al. (2013), "On the importance of initialization and momentum in deep
/// learning", ICML (momentum, Nesterov); Kingma & Ba (2015), "Adam: a method for stochastic
/// optimization", ICLR, Algorithm 1; Loshchilov & Hutter (2019), "Decoupled weight decay
/// regularization", ICLR (AdamW); Pascanu, Mikolov & Bengio (2013), "On the difficulty of training
/// recurrent neural networks", ICML (clipping by norm).
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <string_view>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

/// Options of stochastic gradient descent (torch.optim.SGD's arguments).
struct sgd_options {
  /// Learning rate (> 0).
  double lr = 0.01;
  /// Momentum factor μ in [0, 1).
  double momentum = 0;
  /// Dampening τ of the momentum in [0, 1].
  double dampening = 0;
  /// L2 penalty λ added to the gradient (>= 0).
  double weight_decay = 0;
  /// Nesterov momentum (needs momentum > 0 and dampening 0).
  bool nesterov = false;
};

/// Options of Adam (torch.optim.Adam's arguments).
struct adam_options {
  /// Learning rate (> 0).
  double lr = 1e-3;
  /// Decay of the first moment in [0, 1).
  double beta1 = 0.9;
  /// Decay of the second moment in [0, 1).
  double beta2 = 0.999;
  /// Added to the denominator (> 0).
  double eps = 1e-8;
  /// L2 penalty λ added to the gradient (>= 0).
  double weight_decay = 0;
};

/// Options of AdamW (torch.optim.AdamW's arguments; note the default weight decay 0.01).
struct adamw_options {
  /// Learning rate (> 0).
  double lr = 1e-3;
  /// Decay of the first moment in [0, 1).
  double beta1 = 0.9;
  /// Decay of the second moment in [0, 1).
  double beta2 = 0.999;
  /// Added to the denominator (> 0).
  double eps = 1e-8;
  /// Decoupled weight decay λ (>= 0).
  double weight_decay = 1e-2;
};

namespace detail {
inline void require_rate(double lr, std::string_view where) {
  core::detail::require(std::isfinite(lr) && lr > 0, where, "lr is ", lr,
                        "; expected a finite learning rate > 0");
}
inline void require_unit(double v, std::string_view where, std::string_view name, bool closed) {
  const bool ok = std::isfinite(v) && v >= 0 && (closed ? v <= 1 : v < 1);
  core::detail::require(ok, where, name, " is ", v,
                        closed ? "; expected a value in [0, 1]" : "; expected a value in [0, 1)");
}
inline void require_non_negative(double v, std::string_view where, std::string_view name) {
  core::detail::require(std::isfinite(v) && v >= 0, where, name, " is ", v,
                        "; expected a finite value >= 0");
}

/// Per-parameter state vectors, sized on the first step and checked on every later one.
template <std::floating_point Scalar>
class optimizer_state {
 public:
  template <typename View>
  void prepare(const std::vector<View>& params, int slots, std::string_view where) {
    if (state_.empty()) {
      state_.resize(params.size() * static_cast<std::size_t>(slots));
      for (std::size_t p = 0; p < params.size(); ++p) {
        for (int s = 0; s < slots; ++s) {
          state_[p * static_cast<std::size_t>(slots) + static_cast<std::size_t>(s)].assign(
              static_cast<std::size_t>(params[p].size), Scalar{0});
        }
      }
      sizes_.clear();
      for (const auto& p : params)
        sizes_.push_back(p.size);
      return;
    }
    if (sizes_.size() != params.size()) {
      core::detail::raise<core::dimension_mismatch>(where, "the model has ", params.size(),
                                                    " parameters; expected ", sizes_.size(),
                                                    " (the model of the first step)");
    }
    for (std::size_t p = 0; p < params.size(); ++p) {
      if (sizes_[p] != params[p].size) {
        core::detail::raise<core::dimension_mismatch>(where, "parameter ", params[p].name, " has ",
                                                      params[p].size, " values; expected ",
                                                      sizes_[p], " (the model of the first step)");
      }
    }
  }
  Scalar* slot(std::size_t param, int slots, int s) {
    return state_[param * static_cast<std::size_t>(slots) + static_cast<std::size_t>(s)].data();
  }

 private:
  std::vector<std::vector<Scalar>> state_;
  std::vector<core::index> sizes_;
};

/// One Adam/AdamW update of a model (decoupled: AdamW).
template <std::floating_point Scalar, typename Model>
void adam_update(Model& model, const Model& grad, optimizer_state<Scalar>& state, long long step,
                 double lr, double beta1, double beta2, double eps, double weight_decay,
                 bool decoupled, std::string_view where) {
  auto params = parameters_of(model);
  const auto grads = parameters_of(grad);
  core::detail::require_size(grads.size(), params.size(), where, "gradient parameter list");
  state.prepare(params, 2, where);
  const double bias1 = 1 - std::pow(beta1, static_cast<double>(step));
  const double bias2_sqrt = std::sqrt(1 - std::pow(beta2, static_cast<double>(step)));
  const auto step_size = static_cast<Scalar>(lr / bias1);
  const auto b1 = static_cast<Scalar>(beta1);
  const auto b2 = static_cast<Scalar>(beta2);
  const auto one_b1 = static_cast<Scalar>(1 - beta1);
  const auto one_b2 = static_cast<Scalar>(1 - beta2);
  const auto c2 = static_cast<Scalar>(bias2_sqrt);
  const auto e = static_cast<Scalar>(eps);
  const auto wd = static_cast<Scalar>(weight_decay);
  const auto shrink = static_cast<Scalar>(1 - lr * weight_decay);
  for (std::size_t p = 0; p < params.size(); ++p) {
    Scalar* theta = params[p].data;
    const Scalar* g = grads[p].data;
    Scalar* m = state.slot(p, 2, 0);
    Scalar* v = state.slot(p, 2, 1);
    for (core::index i = 0; i < params[p].size; ++i) {
      Scalar gi = g[i];
      if (decoupled) {
        theta[i] *= shrink;
      } else if (weight_decay != 0) {
        gi += wd * theta[i];
      }
      m[i] = m[i] * b1 + one_b1 * gi;
      v[i] = v[i] * b2 + one_b2 * gi * gi;
      const Scalar denom = std::sqrt(v[i]) / c2 + e;
      theta[i] -= step_size * (m[i] / denom);
    }
  }
}
}  // namespace detail

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const sgd_options& o) {
  constexpr std::string_view where = "nn::validate(sgd_options)";
  detail::require_rate(o.lr, where);
  detail::require_unit(o.momentum, where, "momentum", false);
  detail::require_unit(o.dampening, where, "dampening", true);
  detail::require_non_negative(o.weight_decay, where, "weight_decay");
  core::detail::require(!o.nesterov || (o.momentum > 0 && o.dampening == 0), where,
                        "nesterov needs momentum > 0 and dampening 0; found momentum ", o.momentum,
                        ", dampening ", o.dampening);
}

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const adam_options& o) {
  constexpr std::string_view where = "nn::validate(adam_options)";
  detail::require_rate(o.lr, where);
  detail::require_unit(o.beta1, where, "beta1", false);
  detail::require_unit(o.beta2, where, "beta2", false);
  core::detail::require(std::isfinite(o.eps) && o.eps > 0, where, "eps is ", o.eps,
                        "; expected eps > 0");
  detail::require_non_negative(o.weight_decay, where, "weight_decay");
}

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const adamw_options& o) {
  validate(adam_options{.lr = o.lr,
                        .beta1 = o.beta1,
                        .beta2 = o.beta2,
                        .eps = o.eps,
                        .weight_decay = o.weight_decay});
}

/// SGD with momentum, dampening, Nesterov and L2 weight decay, as torch.optim.SGD.
/// Example: `nn::sgd<float> opt({.lr = 0.01, .momentum = 0.9});  opt.step(model, grad);`
template <std::floating_point Scalar = float>
class sgd {
 public:
  /// Throws: invalid_input if an option is out of range.
  explicit sgd(const sgd_options& options) : options_(options) { validate(options_); }

  /// One update of `model` from `grad` (a model of the same type holding the gradients).
  /// Throws: dimension_mismatch if the model's parameters differ from the first step's.
  template <typename Model>
  void step(Model& model, const Model& grad) {
    constexpr std::string_view where = "nn::sgd::step";
    auto params = parameters_of(model);
    const auto grads = parameters_of(grad);
    core::detail::require_size(grads.size(), params.size(), where, "gradient parameter list");
    state_.prepare(params, 1, where);
    const auto lr = static_cast<Scalar>(options_.lr);
    const auto mu = static_cast<Scalar>(options_.momentum);
    const auto wd = static_cast<Scalar>(options_.weight_decay);
    const auto damp = static_cast<Scalar>(1 - options_.dampening);
    for (std::size_t p = 0; p < params.size(); ++p) {
      Scalar* theta = params[p].data;
      const Scalar* g = grads[p].data;
      Scalar* buf = state_.slot(p, 1, 0);
      for (core::index i = 0; i < params[p].size; ++i) {
        Scalar d = g[i];
        if (options_.weight_decay != 0)
          d += wd * theta[i];
        if (options_.momentum != 0) {
          buf[i] = steps_ == 0 ? d : buf[i] * mu + damp * d;
          d = options_.nesterov ? d + mu * buf[i] : buf[i];
        }
        theta[i] -= lr * d;
      }
    }
    ++steps_;
  }

  /// Current learning rate.
  [[nodiscard]] double learning_rate() const noexcept { return options_.lr; }
  /// Sets the learning rate (schedules call this once per epoch).
  /// Throws: invalid_input unless lr > 0 is finite.
  void set_learning_rate(double lr) {
    detail::require_rate(lr, "nn::sgd::set_learning_rate");
    options_.lr = lr;
  }
  /// Steps taken so far.
  [[nodiscard]] long long steps() const noexcept { return steps_; }

 private:
  sgd_options options_;
  detail::optimizer_state<Scalar> state_;
  long long steps_ = 0;
};

namespace detail {
/// Adam (Decoupled = false) or AdamW (Decoupled = true) with options type `Options`.
template <std::floating_point Scalar, typename Options, bool Decoupled>
class adam_optimizer {
 public:
  /// Throws: invalid_input if an option is out of range.
  explicit adam_optimizer(const Options& options) : options_(options) { validate(options_); }

  /// One update of `model` from `grad` (a model of the same type holding the gradients).
  /// Throws: dimension_mismatch if the model's parameters differ from the first step's.
  template <typename Model>
  void step(Model& model, const Model& grad) {
    ++steps_;
    adam_update(model, grad, state_, steps_, options_.lr, options_.beta1, options_.beta2,
                options_.eps, options_.weight_decay, Decoupled,
                Decoupled ? "nn::adamw::step" : "nn::adam::step");
  }

  /// Current learning rate.
  [[nodiscard]] double learning_rate() const noexcept { return options_.lr; }
  /// Sets the learning rate (schedules call this once per epoch).
  /// Throws: invalid_input unless lr > 0 is finite.
  void set_learning_rate(double lr) {
    require_rate(lr, Decoupled ? "nn::adamw::set_learning_rate" : "nn::adam::set_learning_rate");
    options_.lr = lr;
  }
  /// Steps taken so far.
  [[nodiscard]] long long steps() const noexcept { return steps_; }

 private:
  Options options_;
  optimizer_state<Scalar> state_;
  long long steps_ = 0;
};
}  // namespace detail

/// Adam with L2 weight decay added to the gradient, as torch.optim.Adam (amsgrad off).
/// Example: `nn::adam<float> opt({.lr = 1e-3});  opt.step(model, grad);`
template <std::floating_point Scalar = float>
using adam = detail::adam_optimizer<Scalar, adam_options, false>;

/// AdamW (decoupled weight decay), as torch.optim.AdamW (amsgrad off).
/// Example: `nn::adamw<float> opt({.lr = 1e-3, .weight_decay = 1e-2});  opt.step(model, grad);`
template <std::floating_point Scalar = float>
using adamw = detail::adam_optimizer<Scalar, adamw_options, true>;

/// Scales every gradient of `grad` by min(1, max_norm / (norm + 1e-6)), where norm is the
/// Euclidean norm of all gradients together, and returns that norm (torch's clip_grad_norm_).
/// Throws: invalid_input unless max_norm > 0 is finite.
/// Example: `const double norm = nn::clip_grad_norm(grad, 1.0);`
template <typename Model>
double clip_grad_norm(Model& grad, double max_norm) {
  core::detail::require(std::isfinite(max_norm) && max_norm > 0, "nn::clip_grad_norm",
                        "max_norm is ", max_norm, "; expected a finite value > 0");
  double total = 0;
  grad.for_each_parameter([&](std::string_view, const auto& t) {
    for (core::index i = 0; i < t.size(); ++i) {
      const auto v = static_cast<double>(t.data()[i]);
      total += v * v;
    }
  });
  total = std::sqrt(total);
  const double coef = std::min(1.0, max_norm / (total + 1e-6));
  if (coef < 1.0) {
    grad.for_each_parameter([&](std::string_view, auto& t) {
      using scalar = typename std::decay_t<decltype(t)>::Scalar;
      t *= static_cast<scalar>(coef);
    });
  }
  return total;
}

}  // namespace foresight::nn

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Layer normalisation over the last axis, PyTorch's nn.LayerNorm(normalized_shape = features):
/// y = (x - mean) / sqrt(var + eps) · weight + bias with the biased variance, eps 1e-5, weight
/// initialised to ones and bias to zeros.
/// References: Ba, Kiros & Hinton (2016), "Layer normalization", arXiv:1607.06450, eq. 4.
#pragma once

#include <cmath>
#include <concepts>
#include <cstddef>
#include <random>
#include <string_view>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/detail/kernels.hpp>
#include <foresight/nn/detail/layer.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

/// Options of a layer normalisation.
struct layer_norm_options {
  /// Features normalised together (the last extent of the input, >= 1).
  core::index features = 1;
  /// Added to the variance (> 0).
  double eps = 1e-5;
  /// Whether the layer has the learned weight and bias.
  bool elementwise_affine = true;
};

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const layer_norm_options& o) {
  constexpr std::string_view where = "nn::validate(layer_norm_options)";
  detail::require_positive(o.features, where, "features");
  core::detail::require(std::isfinite(o.eps) && o.eps > 0, where, "eps is ", o.eps,
                        "; expected a finite eps > 0");
}

/// Layer normalisation (see the file comment).
/// Example: `nn::layer_norm<float> norm({.features = 64});  auto y = norm.forward(x);`
template <std::floating_point Scalar = float, typename Backend = cpu>
class layer_norm;

/// The CUDA implementation, defined only by nn/cuda/layer_norm.cuh.
template <std::floating_point Scalar>
class layer_norm<Scalar, cuda>;

/// The CPU implementation.
template <std::floating_point Scalar>
class layer_norm<Scalar, cpu> : public detail::parameter_visitor<layer_norm<Scalar, cpu>> {
 public:
  /// The element type of parameters and activations.
  using scalar_type = Scalar;

  /// Normalised inputs and reciprocal standard deviations recorded for backward.
  struct tape {
    /// Threads of the passes that use this tape (>= 1); results do not depend on it.
    int threads = 1;
    /// Normalised inputs of the recorded pass (rows × features).
    detail::buffer<Scalar> xhat;
    /// Reciprocal standard deviation of each row of the recorded pass.
    detail::buffer<Scalar> rstd;
    /// Backward workspace: dy · weight for one row (features).
    detail::buffer<Scalar> scratch;
    /// Number of rows of the recorded pass (all leading axes together).
    core::index rows = 0;
  };

  /// Scale (ones at construction).
  weight_vector<Scalar> weight;
  /// Shift (zeros at construction).
  weight_vector<Scalar> bias;

  layer_norm() = default;

  /// A layer with weight 1 and bias 0 (PyTorch's initialisation).
  /// Throws: invalid_input if an option is out of range.
  explicit layer_norm(const layer_norm_options& options) : options_(options) {
    validate(options_);
    if (options_.elementwise_affine) {
      weight = weight_vector<Scalar>::Ones(options_.features);
      bias = weight_vector<Scalar>::Zero(options_.features);
    }
  }

  /// The options the layer was built with.
  [[nodiscard]] const layer_norm_options& options() const noexcept { return options_; }

  /// Resets weight to ones and bias to zeros (PyTorch draws nothing here; `rng` is unused).
  template <std::uniform_random_bit_generator Rng>
  void reset_parameters(Rng&) {
    if (options_.elementwise_affine) {
      weight.setOnes();
      bias.setZero();
    }
  }

  /// Normalises the last axis of x (rank 2 or 3).
  /// Throws: dimension_mismatch if the last extent is not `features`; invalid_input for
  /// non-finite input.
  template <std::size_t Rank>
  [[nodiscard]] tensor<Scalar, Rank> forward(const tensor<Scalar, Rank>& x) const {
    tape t;
    return run(x, t, false);
  }

  /// Training forward: as forward, recording what backward needs in `t`.
  template <std::size_t Rank>
  [[nodiscard]] tensor<Scalar, Rank> forward(const tensor<Scalar, Rank>& x, tape& t) const {
    return run(x, t, true);
  }

  /// Adds d loss / d weight and d loss / d bias to `grad` and returns d loss / d x.
  /// Throws: dimension_mismatch for a dy of another size; invalid_input without a recorded pass.
  template <std::size_t Rank>
  tensor<Scalar, Rank> backward(tape& t, const tensor<Scalar, Rank>& dy, layer_norm& grad) const {
    constexpr std::string_view where = "nn::layer_norm::backward";
    core::detail::require(t.rows > 0, where,
                          "the tape holds no training pass; expected forward(x, tape) first");
    if (static_cast<core::index>(dy.size()) != t.rows * options_.features) {
      core::detail::raise<core::dimension_mismatch>(
          where, "dy has shape ", detail::shape_string(dy.shape()), "; expected ", t.rows,
          " rows of ", options_.features, " features");
    }
    tensor<Scalar, Rank> dx(dy.shape());
    backward_rows(t, dy.data(), grad, dx.data(), false);
    return dx;
  }

  /// Row interface: y (rows × features) = norm(x), recording when `record`.
  void forward_rows(const Scalar* x, core::index rows, Scalar* y, tape& t, bool record) const {
    const core::index n = options_.features;
    Scalar* xhat = record ? t.xhat.ensure(rows * n) : nullptr;
    Scalar* rstd = record ? t.rstd.ensure(rows) : nullptr;
    if (record)
      t.rows = rows;
    const auto eps = static_cast<Scalar>(options_.eps);
    for (core::index r = 0; r < rows; ++r) {
      const detail::const_array_map<Scalar> xr(x + r * n, n);
      detail::array_map<Scalar> yr(y + r * n, n);
      // Two passes (mean, then squared deviations): the biased variance as PyTorch uses.
      const Scalar mean = xr.mean();
      const Scalar var = (xr - mean).square().mean();
      const Scalar rs = Scalar{1} / std::sqrt(var + eps);
      yr = (xr - mean) * rs;
      if (record) {
        detail::array_map<Scalar>(xhat + r * n, n) = yr;
        rstd[r] = rs;
      }
      if (options_.elementwise_affine)
        yr = yr * weight.array() + bias.array();
    }
  }

  /// Row interface: parameter gradients and dx (+)= d loss / d x for dy (rows × features).
  void backward_rows(tape& t, const Scalar* dy, layer_norm& grad, Scalar* dx,
                     bool accumulate) const {
    const core::index n = options_.features;
    const auto inv_n = Scalar{1} / static_cast<Scalar>(n);
    detail::array_map<Scalar> g(t.scratch.ensure(n), n);
    for (core::index r = 0; r < t.rows; ++r) {
      const detail::const_array_map<Scalar> dyr(dy + r * n, n);
      const detail::const_array_map<Scalar> xh(t.xhat.data() + r * n, n);
      if (options_.elementwise_affine) {
        grad.weight.array() += dyr * xh;
        grad.bias.array() += dyr;
      }
      // d x = rstd · (g - mean(g) - xhat · mean(g · xhat)) with g = dy · weight.
      if (options_.elementwise_affine) {
        g = dyr * weight.array();
      } else {
        g = dyr;
      }
      const Scalar mg = g.sum() * inv_n;
      const Scalar mgx = (g * xh).sum() * inv_n;
      detail::array_map<Scalar> dxr(dx + r * n, n);
      if (accumulate) {
        dxr += t.rstd.data()[r] * (g - mg - xh * mgx);
      } else {
        dxr = t.rstd.data()[r] * (g - mg - xh * mgx);
      }
    }
  }

 private:
  friend class detail::parameter_visitor<layer_norm>;
  /// Parameters "weight" and "bias" when elementwise_affine.
  template <typename Self, typename F>
  static void visit(Self& self, F& f) {
    if (self.options_.elementwise_affine) {
      f(std::string_view("weight"), self.weight);
      f(std::string_view("bias"), self.bias);
    }
  }
  template <std::size_t Rank>
  tensor<Scalar, Rank> run(const tensor<Scalar, Rank>& x, tape& t, bool record) const {
    constexpr std::string_view where = "nn::layer_norm::forward";
    core::detail::require(options_.features > 0 &&
                              (!options_.elementwise_affine || weight.size() == options_.features),
                          where, "the layer is not built; expected a layer built from options");
    if (detail::dim(x, Rank - 1) != options_.features) {
      core::detail::raise<core::dimension_mismatch>(where, "x has shape ",
                                                    detail::shape_string(x.shape()),
                                                    "; expected last extent ", options_.features);
    }
    detail::require_finite_tensor(x, where, "x");
    tensor<Scalar, Rank> y(x.shape());
    const auto rows = static_cast<core::index>(x.size()) / options_.features;
    forward_rows(x.data(), rows, y.data(), t, record);
    return y;
  }

  layer_norm_options options_{.features = 0};
};

}  // namespace foresight::nn

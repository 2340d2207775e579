// SPDX-License-Identifier: Apache-2.0
/// \file
/// Fully connected layer y = x W^T + b over the last axis of a 2-D (rows, features) or 3-D
/// (batch, time, features) tensor, PyTorch's nn.Linear: weight (output × input), bias (output),
/// default initialisation U(-1/sqrt(input), 1/sqrt(input)) for both.
/// References: PyTorch 1.13 documentation of torch.nn.Linear (layout and initialisation; the
/// bound is kaiming_uniform_ with a = sqrt(5), He et al. 2015).
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <random>
#include <string_view>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/detail/gemm.hpp>
#include <foresight/nn/detail/kernels.hpp>
#include <foresight/nn/detail/layer.hpp>
#include <foresight/nn/init.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

/// Options of a dense layer.
struct dense_options {
  /// Input features (>= 1).
  core::index input_size = 1;
  /// Output features (>= 1).
  core::index output_size = 1;
  /// Whether the layer has a bias vector.
  bool bias = true;
};

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const dense_options& o) {
  detail::require_positive(o.input_size, "nn::validate(dense_options)", "input_size");
  detail::require_positive(o.output_size, "nn::validate(dense_options)", "output_size");
}

/// Fully connected layer (see the file comment).
/// Example: `nn::dense<float> head({.input_size = 64, .output_size = 12}, rng);`
///          `auto y = head.forward(h);  // (batch, 64) -> (batch, 12)`
template <std::floating_point Scalar = float, typename Backend = cpu>
class dense;

/// The CUDA implementation, defined only by nn/cuda/dense.cuh.
template <std::floating_point Scalar>
class dense<Scalar, cuda>;

/// The CPU implementation.
template <std::floating_point Scalar>
class dense<Scalar, cpu> : public detail::parameter_visitor<dense<Scalar, cpu>> {
 public:
  /// The element type of parameters and activations.
  using scalar_type = Scalar;

  /// Input recorded by a training forward pass, and the packing workspace.
  struct tape {
    /// Threads of the passes that use this tape (>= 1); results do not depend on it.
    int threads = 1;
    /// Flat copy of the input rows (rows × input_size).
    detail::buffer<Scalar> x;
    /// Number of rows (all leading axes together).
    core::index rows = 0;
    /// Packing workspace of the matrix products.
    detail::packed_matrix<Scalar> pack;
  };

  /// Weight, output × input (PyTorch layout).
  weight_matrix<Scalar> weight;
  /// Bias, output (empty when options.bias is false).
  weight_vector<Scalar> bias;

  dense() = default;

  /// A layer with zero parameters. Throws: invalid_input if an option is out of range.
  explicit dense(const dense_options& options) : options_(options) {
    validate(options_);
    weight = weight_matrix<Scalar>::Zero(options_.output_size, options_.input_size);
    if (options_.bias)
      bias = weight_vector<Scalar>::Zero(options_.output_size);
  }

  /// A layer with PyTorch's default initialisation drawn from `rng`.
  template <std::uniform_random_bit_generator Rng>
  dense(const dense_options& options, Rng& rng) : dense(options) {
    reset_parameters(rng);
  }

  /// The options the layer was built with.
  [[nodiscard]] const dense_options& options() const noexcept { return options_; }

  /// PyTorch's default: weight and bias U(-1/sqrt(input), 1/sqrt(input)), weight drawn first.
  template <std::uniform_random_bit_generator Rng>
  void reset_parameters(Rng& rng) {
    this->for_each_parameter(
        [&](std::string_view, auto& t) { init_fan_in_uniform(t, rng, options_.input_size); });
  }

  /// y = x W^T + b over the last axis of x (rank 2 or 3).
  /// Throws: dimension_mismatch if the last extent is not input_size; invalid_input for
  /// non-finite input.
  template <std::size_t Rank>
  [[nodiscard]] tensor<Scalar, Rank> forward(const tensor<Scalar, Rank>& x) const {
    tape t;
    return run(x, t, false);
  }

  /// Training forward: as forward, recording the input in `t` for backward.
  template <std::size_t Rank>
  [[nodiscard]] tensor<Scalar, Rank> forward(const tensor<Scalar, Rank>& x, tape& t) const {
    return run(x, t, true);
  }

  /// Adds d loss / d weight and d loss / d bias to `grad` for the pass recorded in `t` and returns
  /// d loss / d x (empty when `input_gradient` is false). `dy` has the output's shape.
  /// Throws: dimension_mismatch for a dy of another shape; invalid_input without a recorded pass.
  template <std::size_t Rank>
  tensor<Scalar, Rank> backward(tape& t, const tensor<Scalar, Rank>& dy, dense& grad,
                                bool input_gradient = true) const {
    constexpr std::string_view where = "nn::dense::backward";
    core::detail::require(t.rows > 0, where,
                          "the tape holds no training pass; expected forward(x, tape) first");
    const core::index rows = rows_of(dy);
    const core::index out = options_.output_size;
    const core::index in = options_.input_size;
    if (rows != t.rows || detail::dim(dy, Rank - 1) != out) {
      core::detail::raise<core::dimension_mismatch>(where, "dy has shape ",
                                                    detail::shape_string(dy.shape()), "; expected ",
                                                    t.rows, " rows of ", out, " features");
    }
    check_grad(grad, where);
    backward_rows(t, dy.data(), grad);
    tensor<Scalar, Rank> dx;
    if (input_gradient) {
      auto shape = dy.shape();
      shape[Rank - 1] = static_cast<std::size_t>(in);
      dx.resize(shape);
      backward_input(t, dy.data(), dx.data(), false);
    }
    return dx;
  }

  /// Row interface for the layers built on dense: y (rows × output) = x (rows × input) W^T + b,
  /// recording x in `t` when `record`.
  void forward_rows(const Scalar* x, core::index rows, Scalar* y, tape& t, bool record) const {
    const core::index out = options_.output_size;
    const core::index in = options_.input_size;
    detail::gemm_nt<Scalar>(rows, out, in, x, in, weight.data(), in, t.pack, y, out, false,
                            t.threads, options_.bias ? bias.data() : nullptr);
    if (record) {
      std::copy_n(x, rows * in, t.x.ensure(rows * in));
      t.rows = rows;
    }
  }

  /// Row interface: parameter gradients of the recorded pass for dy (rows × output).
  void backward_rows(tape& t, const Scalar* dy, dense& grad) const {
    const core::index out = options_.output_size;
    const core::index in = options_.input_size;
    detail::gemm_tn<Scalar>(out, in, t.rows, dy, out, t.x.data(), in, t.pack, grad.weight.data(),
                            in, true);
    if (options_.bias)
      detail::add_column_sums(dy, t.rows, out, out, grad.bias.data());
  }

  /// Row interface: dx (rows × input) (+)= dy W.
  void backward_input(tape& t, const Scalar* dy, Scalar* dx, bool accumulate) const {
    const core::index out = options_.output_size;
    const core::index in = options_.input_size;
    detail::gemm_nn<Scalar>(t.rows, in, out, dy, out, weight.data(), in, t.pack, dx, in,
                            accumulate);
  }

 private:
  friend class detail::parameter_visitor<dense>;
  /// Parameters "weight" and "bias" (when present).
  template <typename Self, typename F>
  static void visit(Self& self, F& f) {
    f(std::string_view("weight"), self.weight);
    if (self.options_.bias)
      f(std::string_view("bias"), self.bias);
  }
  template <std::size_t Rank>
  [[nodiscard]] static core::index rows_of(const tensor<Scalar, Rank>& x) {
    core::index rows = 1;
    for (std::size_t i = 0; i + 1 < Rank; ++i)
      rows *= detail::dim(x, i);
    return rows;
  }

  void check_grad(const dense& grad, std::string_view where) const {
    if (grad.weight.rows() != weight.rows() || grad.weight.cols() != weight.cols() ||
        grad.bias.size() != bias.size()) {
      core::detail::raise<core::dimension_mismatch>(
          where, "grad has weight (", grad.weight.rows(), ", ", grad.weight.cols(), "); expected (",
          weight.rows(), ", ", weight.cols(), ") and the same bias");
    }
  }

  template <std::size_t Rank>
  tensor<Scalar, Rank> run(const tensor<Scalar, Rank>& x, tape& t, bool record) const {
    static_assert(Rank == 2 || Rank == 3,
                  "nn::dense takes (rows, features) or (batch, time, "
                  "features)");
    constexpr std::string_view where = "nn::dense::forward";
    core::detail::require(weight.size() > 0, where,
                          "the layer has no weights; expected a layer built from options");
    if (detail::dim(x, Rank - 1) != options_.input_size) {
      core::detail::raise<core::dimension_mismatch>(where, "x has shape ",
                                                    detail::shape_string(x.shape()),
                                                    "; expected last extent ", options_.input_size);
    }
    detail::require_finite_tensor(x, where, "x");
    const core::index rows = rows_of(x);
    auto shape = x.shape();
    shape[Rank - 1] = static_cast<std::size_t>(options_.output_size);
    tensor<Scalar, Rank> y(shape);
    if (rows > 0)
      forward_rows(x.data(), rows, y.data(), t, record);
    return y;
  }

  dense_options options_{};
};

}  // namespace foresight::nn

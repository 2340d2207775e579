// SPDX-License-Identifier: Apache-2.0
// Helpers of the nn tests: reading the PyTorch reference files of tests/reference/nn (written by
// make_reference.py, PyTorch 1.13.1 from Debian's python3-torch) and measuring deviations.
//
// Tolerances, justified once for all nn tests: the deviation of a tensor is
// max_i |ours_i - torch_i| / max_i |torch_i| (relative to the tensor's largest magnitude, since
// elementwise relative errors of values near zero measure only cancellation). PyTorch and
// foresight round differently (summation order, fused multiply-adds, vectorised tanh/sigmoid), so
// results agree to a few units of the last place times the depth of the computation: the issue's
// bounds 1e-5 (float) and 1e-10 (double) leave room for that and nothing else.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include <doctest/doctest.h>

#include <foresight/core/random.hpp>
#include <foresight/nn/tensor.hpp>
#include <foresight/nn/weights.hpp>
#include <support/test_support.hpp>

namespace foresight::test::nn {

namespace fnn = foresight::nn;
namespace core = foresight::core;

/// The bound of the issue for a dtype.
template <typename Scalar>
constexpr double tolerance = std::is_same_v<Scalar, float> ? 1e-5 : 1e-10;

/// "f32" or "f64".
template <typename Scalar>
const char* suffix() {
  return std::is_same_v<Scalar, float> ? "f32" : "f64";
}

/// One reference file, by tensor name.
class reference {
 public:
  reference(const std::string& stem, const char* dtype) : case_(stem), dtype_(dtype) {
    const auto path = source_path("reference/nn/" + stem + "_" + dtype + ".fst");
    for (auto& t : fnn::read_tensors(path))
      by_name_[t.name] = std::move(t);
  }
  [[nodiscard]] bool has(const std::string& name) const { return by_name_.count(name) != 0; }
  [[nodiscard]] const fnn::named_tensor& at(const std::string& name) const {
    const auto it = by_name_.find(name);
    if (it == by_name_.end())
      throw std::runtime_error("reference " + case_ + " has no tensor " + name);
    return it->second;
  }
  /// Tensors whose names start with `prefix`, the prefix removed.
  [[nodiscard]] std::vector<fnn::named_tensor> with_prefix(const std::string& prefix) const {
    std::vector<fnn::named_tensor> out;
    for (const auto& [name, t] : by_name_) {
      if (name.rfind(prefix, 0) == 0) {
        fnn::named_tensor c = t;
        c.name = name.substr(prefix.size());
        out.push_back(std::move(c));
      }
    }
    return out;
  }
  /// A rank-N tensor of the reference, converted to Scalar.
  template <typename Scalar, std::size_t N>
  [[nodiscard]] fnn::tensor<Scalar, N> tensor(const std::string& name) const {
    const auto& t = at(name);
    if (t.shape.size() != N)
      throw std::runtime_error(name + " has another rank");
    std::array<std::size_t, N> shape{};
    for (std::size_t i = 0; i < N; ++i)
      shape[i] = static_cast<std::size_t>(t.shape[i]);
    fnn::tensor<Scalar, N> out(shape);
    for (std::size_t i = 0; i < t.values.size(); ++i)
      out.data()[i] = static_cast<Scalar>(t.values[i]);
    return out;
  }
  /// Scalar value of a 1-element tensor.
  [[nodiscard]] double value(const std::string& name) const { return at(name).values.at(0); }
  [[nodiscard]] const std::string& name() const { return case_; }
  [[nodiscard]] const char* dtype() const { return dtype_; }

 private:
  std::string case_;
  const char* dtype_;
  std::map<std::string, fnn::named_tensor> by_name_;
};

/// max |a - b| / max |b| over n values (0 when b is all zero and a equals it).
template <typename A>
double deviation(const A* a, const std::vector<double>& b) {
  double num = 0;
  double den = 0;
  for (std::size_t i = 0; i < b.size(); ++i) {
    num = std::max(num, std::abs(static_cast<double>(a[i]) - b[i]));
    den = std::max(den, std::abs(b[i]));
  }
  if (std::isnan(num))
    return INFINITY;
  return den > 0 ? num / den : num;
}

/// Appends "case,dtype,quantity,deviation" to $FORESIGHT_NN_PARITY_CSV when set (the parity
/// table of docs/nn.md is made from it); the tests print nothing otherwise.
inline void record(const reference& ref, const std::string& quantity, double dev) {
  if (const char* path = std::getenv("FORESIGHT_NN_PARITY_CSV"); path != nullptr && *path) {
    std::ofstream out(path, std::ios::app);
    out << ref.name() << ',' << ref.dtype() << ',' << quantity << ',' << dev << '\n';
  }
}

/// Checks `n` values at `a` against reference tensor `name` within the dtype's tolerance.
template <typename Scalar>
void check_values(const reference& ref, const std::string& name, const Scalar* a, std::size_t n,
                  const std::string& quantity = "") {
  const auto& t = ref.at(name);
  REQUIRE(n == t.values.size());
  const double dev = deviation(a, t.values);
  record(ref, quantity.empty() ? name : quantity, dev);
  INFO(ref.name(), " ", ref.dtype(), " ", name, ": deviation ", dev);
  CHECK(dev <= tolerance<Scalar>);
}

/// Checks an xtensor against reference tensor `name`.
template <typename Tensor>
void check_tensor(const reference& ref, const std::string& name, const Tensor& a) {
  using scalar = std::remove_cv_t<std::remove_reference_t<decltype(*a.data())>>;
  check_values<scalar>(ref, name, a.data(), a.size());
}

/// Checks every parameter of `grad` against "grad.<name>" (quantity "grad <name>").
template <typename Model>
void check_gradients(const reference& ref, const Model& grad, const std::string& prefix = "grad.") {
  grad.for_each_parameter([&](std::string_view name, const auto& t) {
    using scalar = typename std::decay_t<decltype(t)>::Scalar;
    check_values<scalar>(ref, prefix + std::string(name), t.data(),
                         static_cast<std::size_t>(t.size()), "grad " + std::string(name));
  });
}

/// Checks every parameter of `model` against "<prefix><name>".
template <typename Model>
void check_parameters(const reference& ref, const Model& model, const std::string& prefix) {
  model.for_each_parameter([&](std::string_view name, const auto& t) {
    using scalar = typename std::decay_t<decltype(t)>::Scalar;
    check_values<scalar>(ref, prefix + std::string(name), t.data(),
                         static_cast<std::size_t>(t.size()), "weight " + std::string(name));
  });
}

/// sum(a * b) in double.
template <typename TA, typename TB>
double dot(const TA& a, const TB& b) {
  double s = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    s += static_cast<double>(a.data()[i]) * static_cast<double>(b.data()[i]);
  return s;
}

/// Largest relative deviation between central finite differences of `loss()` and the analytic
/// gradients: `grad` (same type as `model`) for every parameter and `dx` for every element of `x`.
/// `loss` must read `model` and `x` by reference. Central differences with eps = 1e-6 in double
/// have truncation error O(eps^2) and rounding error O(1e-16 / eps): callers bound the result by
/// 1e-7, far above both and far below any real error.
template <typename Model, typename Tensor, typename Loss>
double finite_difference_error(Model& model, Tensor& x, const Model& grad, const Tensor& dx,
                               Loss loss) {
  constexpr double eps = 1e-6;
  double worst = 0;
  auto probe = [&](double& value, double analytic) {
    const double keep = value;
    value = keep + eps;
    const double up = loss();
    value = keep - eps;
    const double down = loss();
    value = keep;
    const double numeric = (up - down) / (2 * eps);
    worst = std::max(worst, std::abs(numeric - analytic) / std::max(1.0, std::abs(numeric)));
  };
  auto params = fnn::parameters_of(model);
  auto grads = fnn::parameters_of(grad);
  for (std::size_t p = 0; p < params.size(); ++p) {
    for (core::index i = 0; i < params[p].size; ++i)
      probe(params[p].data[i], grads[p].data[i]);
  }
  for (std::size_t i = 0; i < x.size(); ++i)
    probe(x.data()[i], dx.data()[i]);
  return worst;
}

/// A tensor of the given shape filled with seeded standard normal values.
template <typename Scalar, std::size_t N>
fnn::tensor<Scalar, N> random_tensor(const std::array<std::size_t, N>& shape, std::uint64_t seed) {
  std::mt19937_64 rng{seed};
  fnn::tensor<Scalar, N> t(shape);
  for (std::size_t i = 0; i < t.size(); ++i)
    t.data()[i] = static_cast<Scalar>(core::standard_normal<double>(rng));
  return t;
}

}  // namespace foresight::test::nn

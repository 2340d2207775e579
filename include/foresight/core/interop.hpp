// SPDX-License-Identifier: Apache-2.0
/// \file
/// The one bridge between xtensor (data with more than two axes, row-major) and Eigen (linear
/// algebra): zero-copy maps of row-major xtensor storage and copies between the two.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>

#include <Eigen/Core>
#include <xtensor/xtensor.hpp>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

/// Row-major Eigen map over a 2-D xtensor (rows = first axis); valid while `t` lives unresized.
template <std::floating_point Scalar>
[[nodiscard]] Eigen::Map<row_matrix<Scalar>> as_eigen(xt::xtensor<Scalar, 2>& t) {
  return {t.data(), static_cast<index>(t.shape()[0]), static_cast<index>(t.shape()[1])};
}

/// Read-only row-major Eigen map over a 2-D xtensor.
template <std::floating_point Scalar>
[[nodiscard]] Eigen::Map<const row_matrix<Scalar>> as_eigen(const xt::xtensor<Scalar, 2>& t) {
  return {t.data(), static_cast<index>(t.shape()[0]), static_cast<index>(t.shape()[1])};
}

/// Row-major map of a 3-D (batch, time, feature) tensor as a (batch·time) × feature matrix.
template <std::floating_point Scalar>
[[nodiscard]] Eigen::Map<row_matrix<Scalar>> as_eigen_rows(xt::xtensor<Scalar, 3>& t) {
  return {t.data(), static_cast<index>(t.shape()[0] * t.shape()[1]),
          static_cast<index>(t.shape()[2])};
}

/// Read-only (batch·time) × feature map of a 3-D tensor.
template <std::floating_point Scalar>
[[nodiscard]] Eigen::Map<const row_matrix<Scalar>> as_eigen_rows(const xt::xtensor<Scalar, 3>& t) {
  return {t.data(), static_cast<index>(t.shape()[0] * t.shape()[1]),
          static_cast<index>(t.shape()[2])};
}

/// Copy of an Eigen matrix (any storage order) into a 2-D row-major xtensor.
template <typename Derived>
[[nodiscard]] xt::xtensor<typename Derived::Scalar, 2> to_xtensor(
    const Eigen::MatrixBase<Derived>& m) {
  using scalar = typename Derived::Scalar;
  xt::xtensor<scalar, 2> out(std::array<std::size_t, 2>{static_cast<std::size_t>(m.rows()),
                                                        static_cast<std::size_t>(m.cols())});
  Eigen::Map<Eigen::Matrix<scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
      out.data(), m.rows(), m.cols()) = m;
  return out;
}

/// Copy of a 2-D xtensor into an owning column-major Eigen matrix.
template <std::floating_point Scalar>
[[nodiscard]] matrix<Scalar> to_matrix(const xt::xtensor<Scalar, 2>& t) {
  return matrix<Scalar>(as_eigen(t));
}

}  // namespace foresight::core

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Scalar, index, vector and matrix aliases shared by every capability.
#pragma once

#include <concepts>
#include <limits>

#include <Eigen/Core>

namespace foresight::core {

/// Signed size and index type used for every size and index in the public API (= Eigen::Index).
using index = Eigen::Index;

/// Dynamic column vector; a time series is one value per row.
template <std::floating_point Scalar = double>
using vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

/// Dynamic column-major matrix; observations are rows, features are columns.
template <std::floating_point Scalar = double>
using matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;

/// Dynamic row-major matrix (used where rows are contiguous samples, e.g. neural-network batches).
template <std::floating_point Scalar = double>
using row_matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Quiet NaN of `Scalar`: the marker of a missing value everywhere in foresight.
template <std::floating_point Scalar = double>
[[nodiscard]] constexpr Scalar missing() noexcept {
  return std::numeric_limits<Scalar>::quiet_NaN();
}

}  // namespace foresight::core

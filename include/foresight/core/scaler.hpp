// SPDX-License-Identifier: Apache-2.0
/// \file
/// Per-column standard and min-max scalers with fit / transform / inverse_transform, following
/// scikit-learn's StandardScaler and MinMaxScaler (1.2): population standard deviation, a scale
/// of 1 for (near-)constant columns, NaN ignored when fitting and kept when transforming.
///
/// Input is observations × features (one observation per row); a series is a one-column matrix.
/// Infinite values throw invalid_input; a column without any observation throws invalid_input
/// when fitting; a matrix with another number of columns than the fit throws dimension_mismatch.
///
/// References: scikit-learn developers, sklearn.preprocessing.StandardScaler and MinMaxScaler;
/// Chan, Golub & LeVeque (1983), Algorithms for computing the sample variance, Am. Stat. 37
/// (the near-constant test).
#pragma once

#include <cmath>
#include <concepts>
#include <limits>
#include <string_view>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

namespace detail {

template <std::floating_point Scalar>
void require_no_inf_matrix(const Eigen::Ref<const matrix<Scalar>>& x, std::string_view where) {
  for (index j = 0; j < x.cols(); ++j) {
    for (index i = 0; i < x.rows(); ++i) {
      if (std::isinf(x(i, j))) {
        raise<invalid_input>(where, "x(", i, ", ", j, ") is ", x(i, j),
                             "; expected a finite number or NaN (missing)");
      }
    }
  }
}

template <std::floating_point Scalar>
void require_fit_data(const Eigen::Ref<const matrix<Scalar>>& x, std::string_view where) {
  if (x.rows() == 0 || x.cols() == 0) {
    raise<invalid_input>(where, "x is ", x.rows(), " x ", x.cols(),
                         "; expected at least one row and one column");
  }
  require_no_inf_matrix<Scalar>(x, where);
}

inline void require_columns(index found, index expected, std::string_view where) {
  if (found != expected) {
    raise<dimension_mismatch>(where, "x has ", found, " columns; expected ", expected,
                              " (the columns the scaler was fitted on)");
  }
}

/// Checks `x` against a fit on `columns` columns and returns a copy with `f(column j, j)` applied
/// to each column.
template <std::floating_point Scalar, typename F>
matrix<Scalar> map_columns(const Eigen::Ref<const matrix<Scalar>>& x, index columns,
                           std::string_view where, F f) {
  require_columns(x.cols(), columns, where);
  require_no_inf_matrix<Scalar>(x, where);
  matrix<Scalar> out = x;
  for (index j = 0; j < out.cols(); ++j)
    f(out.col(j).array(), j);
  return out;
}

inline void require_observed_column(index count, index column, std::string_view where) {
  if (count == 0) {
    raise<invalid_input>(where, "column ", column,
                         " has no observed value; expected at least one non-NaN value");
  }
}

}  // namespace detail

/// Options of `fit_standard_scaler`.
struct standard_scaler_options {
  /// Subtract the column mean in `transform`.
  bool with_mean = true;
  /// Divide by the column standard deviation in `transform`.
  bool with_std = true;
};

/// A fitted standard scaler: (x - mean) / scale per column.
template <std::floating_point Scalar = double>
struct standard_scaler {
  /// Column means over the observed (non-NaN) values.
  vector<Scalar> mean;
  /// Column population variances (divisor: observed count) over the observed values.
  vector<Scalar> variance;
  /// Column divisors: the population sd, 1 for a near-constant column or when !with_std.
  vector<Scalar> scale;
  /// Number of observed values per column.
  Eigen::Matrix<index, Eigen::Dynamic, 1> observed;
  /// The options the scaler was fitted with.
  standard_scaler_options options;

  /// Scaled copy of `x` (same columns as the fit); NaN stays NaN.
  /// Throws: dimension_mismatch on another column count; invalid_input on an infinite value.
  [[nodiscard]] matrix<Scalar> transform(const Eigen::Ref<const matrix<Scalar>>& x) const {
    return detail::map_columns<Scalar>(x, mean.size(), "core::standard_scaler::transform",
                                       [&](auto c, index j) {
                                         if (options.with_mean)
                                           c -= mean[j];
                                         c /= scale[j];
                                       });
  }

  /// Inverse of `transform`: x · scale + mean per column; NaN stays NaN.
  /// Throws: dimension_mismatch on another column count; invalid_input on an infinite value.
  [[nodiscard]] matrix<Scalar> inverse_transform(const Eigen::Ref<const matrix<Scalar>>& x) const {
    return detail::map_columns<Scalar>(x, mean.size(), "core::standard_scaler::inverse_transform",
                                       [&](auto c, index j) {
                                         c *= scale[j];
                                         if (options.with_mean)
                                           c += mean[j];
                                       });
  }

  /// Equality of all fields (exact).
  friend bool operator==(const standard_scaler& a, const standard_scaler& b) {
    return a.mean == b.mean && a.variance == b.variance && a.scale == b.scale &&
           a.observed == b.observed && a.options.with_mean == b.options.with_mean &&
           a.options.with_std == b.options.with_std;
  }
};

namespace detail {
template <std::floating_point Scalar>
standard_scaler<Scalar> fit_standard_scaler(const Eigen::Ref<const matrix<Scalar>>& x,
                                            const standard_scaler_options& options) {
  constexpr std::string_view where = "core::fit_standard_scaler";
  require_fit_data<Scalar>(x, where);
  const index p = x.cols();
  standard_scaler<Scalar> s;
  s.options = options;
  s.mean.resize(p);
  s.variance.resize(p);
  s.scale.resize(p);
  s.observed.resize(p);
  // scikit-learn accumulates in float64 whatever the input type; so do we.
  constexpr double eps = std::numeric_limits<double>::epsilon();
  for (index j = 0; j < p; ++j) {
    double sum = 0;
    index n = 0;
    for (index i = 0; i < x.rows(); ++i) {
      if (!std::isnan(x(i, j))) {
        sum += static_cast<double>(x(i, j));
        ++n;
      }
    }
    require_observed_column(n, j, where);
    const double mean = sum / static_cast<double>(n);
    double ss = 0;
    double dev = 0;
    for (index i = 0; i < x.rows(); ++i) {
      if (!std::isnan(x(i, j))) {
        const double d = static_cast<double>(x(i, j)) - mean;
        ss += d * d;
        dev += d;
      }
    }
    // Two-pass variance with the compensation term of Chan, Golub & LeVeque (1983), eq. 1.7.
    const double var = (ss - dev * dev / static_cast<double>(n)) / static_cast<double>(n);
    // sklearn's _is_constant_feature: var within the rounding error bound of the two-pass formula.
    const double nd = static_cast<double>(n);
    const bool constant = var <= nd * eps * var + (nd * mean * eps) * (nd * mean * eps);
    s.mean[j] = static_cast<Scalar>(mean);
    s.variance[j] = static_cast<Scalar>(var);
    s.scale[j] = (options.with_std && !constant) ? static_cast<Scalar>(std::sqrt(var)) : Scalar{1};
    s.observed[j] = n;
  }
  return s;
}
}  // namespace detail

/// Fits a standard scaler to the columns of `x` (observations × features), ignoring NaN.
/// Throws: invalid_input if x is empty, has an infinite value or a column without observations.
/// Example: `auto s = core::fit_standard_scaler(x); core::matrix<double> z = s.transform(x);`
template <typename Derived>
requires std::floating_point<typename Derived::Scalar>
[[nodiscard]] standard_scaler<typename Derived::Scalar> fit_standard_scaler(
    const Eigen::MatrixBase<Derived>& x, const standard_scaler_options& options = {}) {
  return detail::fit_standard_scaler<typename Derived::Scalar>(x, options);
}

/// Options of `fit_min_max_scaler`: the target range [range_min, range_max].
struct min_max_scaler_options {
  /// Value the column minimum is mapped to.
  double range_min = 0;
  /// Value the column maximum is mapped to (> range_min).
  double range_max = 1;
};

/// Throws invalid_input unless range_min < range_max, both finite.
inline void validate(const min_max_scaler_options& options) {
  constexpr std::string_view where = "core::validate(min_max_scaler_options)";
  detail::require_finite(options.range_min, where, "range_min");
  detail::require_finite(options.range_max, where, "range_max");
  detail::require(options.range_min < options.range_max, where, "range_min = ", options.range_min,
                  " is not below range_max = ", options.range_max,
                  "; expected range_min < range_max");
}

/// A fitted min-max scaler: x · scale + offset per column (scikit-learn's scale_ and min_).
template <std::floating_point Scalar = double>
struct min_max_scaler {
  /// Column minima over the observed values.
  vector<Scalar> data_min;
  /// Column maxima over the observed values.
  vector<Scalar> data_max;
  /// (range_max - range_min) / (data_max - data_min); a zero range counts as 1.
  vector<Scalar> scale;
  /// range_min - data_min · scale (scikit-learn's min_).
  vector<Scalar> offset;
  /// The options the scaler was fitted with.
  min_max_scaler_options options;

  /// Scaled copy of `x`; NaN stays NaN. Values outside the fitted range map outside the target
  /// range (no clipping).
  /// Throws: dimension_mismatch on another column count; invalid_input on an infinite value.
  [[nodiscard]] matrix<Scalar> transform(const Eigen::Ref<const matrix<Scalar>>& x) const {
    return detail::map_columns<Scalar>(x, scale.size(), "core::min_max_scaler::transform",
                                       [&](auto c, index j) {
                                         c *= scale[j];  // as scikit-learn: X *= scale_; X += min_
                                         c += offset[j];
                                       });
  }

  /// Inverse of `transform`: (x - offset) / scale per column; NaN stays NaN.
  /// Throws: dimension_mismatch on another column count; invalid_input on an infinite value.
  [[nodiscard]] matrix<Scalar> inverse_transform(const Eigen::Ref<const matrix<Scalar>>& x) const {
    return detail::map_columns<Scalar>(x, scale.size(), "core::min_max_scaler::inverse_transform",
                                       [&](auto c, index j) {
                                         c -= offset[j];
                                         c /= scale[j];
                                       });
  }

  /// Equality of all fields (exact).
  friend bool operator==(const min_max_scaler& a, const min_max_scaler& b) {
    return a.data_min == b.data_min && a.data_max == b.data_max && a.scale == b.scale &&
           a.offset == b.offset && a.options.range_min == b.options.range_min &&
           a.options.range_max == b.options.range_max;
  }
};

namespace detail {
template <std::floating_point Scalar>
min_max_scaler<Scalar> fit_min_max_scaler(const Eigen::Ref<const matrix<Scalar>>& x,
                                          const min_max_scaler_options& options) {
  constexpr std::string_view where = "core::fit_min_max_scaler";
  validate(options);
  require_fit_data<Scalar>(x, where);
  const index p = x.cols();
  min_max_scaler<Scalar> s;
  s.options = options;
  s.data_min.resize(p);
  s.data_max.resize(p);
  s.scale.resize(p);
  s.offset.resize(p);
  const auto lo = static_cast<Scalar>(options.range_min);
  const auto hi = static_cast<Scalar>(options.range_max);
  for (index j = 0; j < p; ++j) {
    Scalar mn = std::numeric_limits<Scalar>::infinity();
    Scalar mx = -std::numeric_limits<Scalar>::infinity();
    index n = 0;
    for (index i = 0; i < x.rows(); ++i) {
      const Scalar v = x(i, j);
      if (std::isnan(v))
        continue;
      mn = v < mn ? v : mn;
      mx = v > mx ? v : mx;
      ++n;
    }
    require_observed_column(n, j, where);
    Scalar range = mx - mn;
    // sklearn's _handle_zeros_in_scale: a range below 10 eps of the dtype counts as 1.
    if (range < Scalar{10} * std::numeric_limits<Scalar>::epsilon())
      range = Scalar{1};
    s.data_min[j] = mn;
    s.data_max[j] = mx;
    s.scale[j] = (hi - lo) / range;
    s.offset[j] = lo - mn * s.scale[j];
  }
  return s;
}
}  // namespace detail

/// Fits a min-max scaler mapping each column's observed [min, max] onto [range_min, range_max].
/// Throws: invalid_input if x is empty, has an infinite value or a column without observations,
/// or the options are invalid.
/// Example: `auto s = core::fit_min_max_scaler(x, {.range_min = -1, .range_max = 1});`
template <typename Derived>
requires std::floating_point<typename Derived::Scalar>
[[nodiscard]] min_max_scaler<typename Derived::Scalar> fit_min_max_scaler(
    const Eigen::MatrixBase<Derived>& x, const min_max_scaler_options& options = {}) {
  return detail::fit_min_max_scaler<typename Derived::Scalar>(x, options);
}

}  // namespace foresight::core

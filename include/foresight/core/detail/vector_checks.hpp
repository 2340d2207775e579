// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internal argument checks shared by metrics and preprocessing: non-empty vectors, no infinite
/// values (NaN marks a missing value and is allowed), matching lengths. Not API.
#pragma once

#include <cmath>
#include <concepts>
#include <string_view>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core::detail {

/// Throws invalid_input naming `name` if `v` is empty.
template <std::floating_point Scalar>
void require_nonempty(const Eigen::Ref<const vector<Scalar>>& v, std::string_view where,
                      std::string_view name) {
  if (v.size() == 0)
    raise<invalid_input>(where, name, " is empty; expected at least one value");
}

/// Throws invalid_input naming `name[i]` for the first infinite value of `v` (NaN is allowed).
template <std::floating_point Scalar>
void require_no_inf(const Eigen::Ref<const vector<Scalar>>& v, std::string_view where,
                    std::string_view name) {
  for (index i = 0; i < v.size(); ++i) {
    if (std::isinf(v[i])) {
      raise<invalid_input>(where, name, "[", i, "] is ", v[i],
                           "; expected a finite number or NaN (missing)");
    }
  }
}

/// Throws invalid_input if `v` is empty or holds an infinite value.
template <std::floating_point Scalar>
void require_data(const Eigen::Ref<const vector<Scalar>>& v, std::string_view where,
                  std::string_view name) {
  require_nonempty<Scalar>(v, where, name);
  require_no_inf<Scalar>(v, where, name);
}

/// Throws dimension_mismatch unless `v` has `n` values.
template <std::floating_point Scalar>
void require_length(const Eigen::Ref<const vector<Scalar>>& v, index n, std::string_view where,
                    std::string_view name) {
  if (v.size() != n) {
    raise<dimension_mismatch>(where, name, " has ", v.size(), " values; expected ", n,
                              " (one per actual value)");
  }
}

/// Throws invalid_input unless `period` >= 1.
inline void require_lag(index lag, std::string_view where, std::string_view name) {
  if (lag < 1)
    raise<invalid_input>(where, name, " is ", lag, "; expected ", name, " >= 1");
}

}  // namespace foresight::core::detail

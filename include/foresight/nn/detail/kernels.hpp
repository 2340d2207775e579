// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internal: small vectorised building blocks shared by the layers (row-wise bias addition,
/// column sums, batch-first <-> time-major copies, Eigen array views of raw buffers) and the
/// reusable flat buffer type of the workspaces.
#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/parallel.hpp>
#include <foresight/core/types.hpp>

namespace foresight::nn::detail {

/// A flat, growable buffer: `ensure(n)` keeps the storage when it is large enough, so a
/// workspace reused with the same shapes never allocates again.
template <std::floating_point Scalar>
class buffer {
 public:
  /// Makes room for `n` values (contents unspecified) and returns the first.
  Scalar* ensure(core::index n) {
    if (static_cast<core::index>(data_.size()) < n)
      data_.resize(static_cast<std::size_t>(n));
    size_ = n;
    return data_.data();
  }
  /// Makes room for `n` values, all zero.
  Scalar* zeros(core::index n) {
    Scalar* p = ensure(n);
    std::fill(p, p + n, Scalar{0});
    return p;
  }
  [[nodiscard]] Scalar* data() noexcept { return data_.data(); }
  [[nodiscard]] const Scalar* data() const noexcept { return data_.data(); }
  [[nodiscard]] core::index size() const noexcept { return size_; }

 private:
  std::vector<Scalar> data_;
  core::index size_ = 0;
};

/// Column vector view of n contiguous values.
template <std::floating_point Scalar>
using array_map = Eigen::Map<Eigen::Array<Scalar, Eigen::Dynamic, 1>>;

/// Read-only column vector view.
template <std::floating_point Scalar>
using const_array_map = Eigen::Map<const Eigen::Array<Scalar, Eigen::Dynamic, 1>>;

/// c[r, :] += bias for every row r.
template <std::floating_point Scalar>
void add_rows(Scalar* c, core::index rows, core::index cols, core::index ldc, const Scalar* bias) {
  const const_array_map<Scalar> b(bias, cols);
  for (core::index r = 0; r < rows; ++r)
    array_map<Scalar>(c + r * ldc, cols) += b;
}

/// out[:] += sum over rows of a (a has row stride lda); rows are added in order.
template <std::floating_point Scalar>
void add_column_sums(const Scalar* a, core::index rows, core::index cols, core::index lda,
                     Scalar* out) {
  array_map<Scalar> o(out, cols);
  for (core::index r = 0; r < rows; ++r)
    o += const_array_map<Scalar>(a + r * lda, cols);
}

/// Number of parts for_row_ranges splits `rows` into on `threads` threads.
[[nodiscard]] inline core::index row_parts(core::index rows, int threads) {
  return std::max<core::index>(1, std::min<core::index>(threads, rows));
}

/// Calls f(part, r0, r1) for row_parts(rows, threads) contiguous, nearly equal row ranges of
/// [0, rows), on up to `threads` threads. Row results must not depend on the range they fall in
/// (true of every row-wise kernel here), so the result does not depend on the thread count.
template <typename F>
void for_row_ranges(core::index rows, int threads, F&& f) {
  const core::index parts = row_parts(rows, threads);
  if (parts == 1) {
    f(core::index{0}, core::index{0}, rows);
    return;
  }
  core::parallel_for(parts, threads,
                     [&](core::index i) { f(i, rows * i / parts, rows * (i + 1) / parts); });
}

/// dst[0:n] = src[0:n], or zeros when src is null.
template <std::floating_point Scalar>
void copy_or_zero(const Scalar* src, core::index n, Scalar* dst) {
  if (src != nullptr) {
    std::copy_n(src, n, dst);
  } else {
    std::fill_n(dst, n, Scalar{0});
  }
}

/// Copies a batch-first (B, T, F) block into time-major (T, B, F) storage.
template <std::floating_point Scalar>
void to_time_major(const Scalar* src, core::index batch, core::index steps, core::index features,
                   Scalar* dst) {
  for (core::index b = 0; b < batch; ++b) {
    for (core::index t = 0; t < steps; ++t) {
      const Scalar* s = src + (b * steps + t) * features;
      std::copy(s, s + features, dst + (t * batch + b) * features);
    }
  }
}

/// Copies a time-major (T, B, F) block into batch-first (B, T, F) storage.
template <std::floating_point Scalar>
void to_batch_first(const Scalar* src, core::index batch, core::index steps, core::index features,
                    Scalar* dst) {
  for (core::index t = 0; t < steps; ++t) {
    for (core::index b = 0; b < batch; ++b) {
      const Scalar* s = src + (t * batch + b) * features;
      std::copy(s, s + features, dst + (b * steps + t) * features);
    }
  }
}

}  // namespace foresight::nn::detail

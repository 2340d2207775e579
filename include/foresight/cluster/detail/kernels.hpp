// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internals of k-means: the centred, blocked view of the data, distance kernels, the summation
/// orders scikit-learn uses (so that tolerances and empty-cluster decisions agree with it), and the
/// deterministic block partition used for every parallel loop.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/parallel.hpp>
#include <foresight/core/types.hpp>

namespace foresight::cluster::detail {

using core::index;
/// Label type of the inner loops (halves the memory traffic of int64 labels on large n).
using label_t = std::int32_t;

/// Rows per block: the unit of the distance kernels and of bounded scratch memory.
inline constexpr index block_rows = 256;
/// Points handled together by the register-tiled kernels (a multiple of any SIMD width).
#if defined(__AVX512F__)
inline constexpr index tile = 32;
#else
inline constexpr index tile = 16;
#endif
static_assert(block_rows % tile == 0);
/// Distance between two features of a loaded block: one cache line more than the block, so that
/// the features of one row do not all map to the same few cache sets (a 2 KiB stride would).
template <typename Scalar>
inline constexpr index block_stride = block_rows + 64 / static_cast<index>(sizeof(Scalar));
/// Most partial sums kept at once: the block partition (and so every summation order) depends on
/// the number of rows only, never on the number of threads.
inline constexpr index max_tasks = 32;

/// `threads`, or 1 when `work` (multiply-adds per pass) is too small to pay for a parallel region.
[[nodiscard]] inline int serial_below(index work, int threads) {
  return work < (index{1} << 21) ? 1 : threads;
}

/// A contiguous range of rows processed by one task, in a fixed order.
struct row_range {
  index begin = 0;
  index end = 0;
};

/// Splits [0, n) into at most `max_tasks` ranges of whole blocks (the last may be partial).
[[nodiscard]] inline std::vector<row_range> partition_rows(index n) {
  const index blocks = (n + block_rows - 1) / block_rows;
  const index tasks = std::max<index>(1, std::min(blocks, max_tasks));
  const index per_task = (blocks + tasks - 1) / tasks;
  std::vector<row_range> out;
  for (index b = 0; b < blocks; b += per_task) {
    out.push_back({b * block_rows, std::min(n, (b + per_task) * block_rows)});
  }
  if (out.empty())
    out.push_back({0, n});
  return out;
}

/// Weight of row i (1 when no weights are given).
template <typename Scalar>
[[nodiscard]] inline Scalar weight_of(const Scalar* w, index i) {
  return w == nullptr ? Scalar{1} : w[i];
}

/// numpy's pairwise summation (`pairwise_sum` in numpy/core/src/umath/loops_utils.h) of
/// `n` values spaced `stride` apart: scikit-learn's tolerance and shift totals use it.
template <typename T>
[[nodiscard]] T numpy_pairwise_sum(const T* a, index n, index stride = 1) {
  if (n < 8) {
    T res = 0;
    for (index i = 0; i < n; ++i)
      res += a[i * stride];
    return res;
  }
  if (n <= 128) {
    std::array<T, 8> r{};
    for (index j = 0; j < 8; ++j)
      r[static_cast<std::size_t>(j)] = a[j * stride];
    index i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (index j = 0; j < 8; ++j)
        r[static_cast<std::size_t>(j)] += a[(i + j) * stride];
    }
    T res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i)
      res += a[i * stride];
    return res;
  }
  index n2 = n / 2;
  n2 -= n2 % 8;
  return numpy_pairwise_sum(a, n2, stride) + numpy_pairwise_sum(a + n2 * stride, n - n2, stride);
}

/// Squared Euclidean distance between two contiguous d-vectors, summed in scikit-learn's order
/// (`_euclidean_dense_dense`: groups of four, then the remainder).
template <typename Scalar>
[[nodiscard]] inline Scalar squared_distance(const Scalar* a, const Scalar* b, index d) {
  Scalar result = 0;
  const index groups = d / 4;
  for (index g = 0; g < groups; ++g) {
    const Scalar d0 = a[0] - b[0];
    const Scalar d1 = a[1] - b[1];
    const Scalar d2 = a[2] - b[2];
    const Scalar d3 = a[3] - b[3];
    result += d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
    a += 4;
    b += 4;
  }
  for (index r = 0; r < d % 4; ++r) {
    const Scalar t = a[r] - b[r];
    result += t * t;
  }
  return result;
}

/// The data as the algorithms see it: x minus its column means (scikit-learn centres dense data
/// before iterating, which keeps the ||c||^2 - 2 x.c form accurate), read block by block from
/// the caller's column-major matrix without a full copy.
template <typename Scalar>
class centred_data {
 public:
  using matrix_ref = Eigen::Ref<const core::matrix<Scalar>>;

  centred_data(const matrix_ref& x, const core::vector<Scalar>& mean) : x_(x), mean_(mean) {}

  [[nodiscard]] index rows() const noexcept { return x_.rows(); }
  [[nodiscard]] index cols() const noexcept { return x_.cols(); }
  [[nodiscard]] const core::vector<Scalar>& mean() const noexcept { return mean_; }

  /// Writes rows [begin, begin + count) as a feature-major tile buffer: out[f * stride + p] =
  /// x(begin + p, f) - mean[f]; rows count..stride-1 of every feature are zero-filled.
  void load_block(index begin, index count, index stride, Scalar* out) const {
    const index d = cols();
    for (index f = 0; f < d; ++f) {
      const Scalar m = mean_[f];
      const Scalar* src = x_.col(f).data() + begin;
      Scalar* dst = out + f * stride;
      for (index p = 0; p < count; ++p)
        dst[p] = src[p] - m;
      for (index p = count; p < stride; ++p)
        dst[p] = 0;
    }
  }

  /// Writes row i, centred, to out[0..d).
  void load_row(index i, Scalar* out) const {
    for (index f = 0; f < cols(); ++f)
      out[f] = x_(i, f) - mean_[f];
  }

 private:
  matrix_ref x_;
  core::vector<Scalar> mean_;
};

/// Column means summed row after row, then divided by n (numpy's `X.mean(axis=0)` for a
/// C-ordered array).
template <typename Scalar>
[[nodiscard]] core::vector<Scalar> column_means(const Eigen::Ref<const core::matrix<Scalar>>& x) {
  core::vector<Scalar> m(x.cols());
  for (index f = 0; f < x.cols(); ++f) {
    Scalar s = 0;
    const Scalar* c = x.col(f).data();
    for (index i = 0; i < x.rows(); ++i)
      s += c[i];
    m[f] = s / static_cast<Scalar>(x.rows());
  }
  return m;
}

/// scikit-learn's `_tolerance`: tol times the mean of the per-feature variances.
template <typename Scalar>
[[nodiscard]] Scalar data_tolerance(const Eigen::Ref<const core::matrix<Scalar>>& x,
                                    const core::vector<Scalar>& mean, double tol) {
  if (tol == 0)
    return 0;
  core::vector<Scalar> var(x.cols());
  for (index f = 0; f < x.cols(); ++f) {
    Scalar s = 0;
    const Scalar* c = x.col(f).data();
    for (index i = 0; i < x.rows(); ++i) {
      const Scalar t = c[i] - mean[f];
      s += t * t;
    }
    var[f] = s / static_cast<Scalar>(x.rows());
  }
  const Scalar mean_var =
      numpy_pairwise_sum(var.data(), var.size()) / static_cast<Scalar>(x.cols());
  return mean_var * static_cast<Scalar>(tol);
}

/// Centres stored row-major (k x d, contiguous rows) with their squared norms.
template <typename Scalar>
struct centre_set {
  index k = 0;
  index d = 0;
  std::vector<Scalar> c;      // k * d, row-major
  std::vector<Scalar> norms;  // k

  void resize(index k_, index d_) {
    k = k_;
    d = d_;
    c.assign(static_cast<std::size_t>(k * d), Scalar{0});
    norms.assign(static_cast<std::size_t>(k), Scalar{0});
  }
  [[nodiscard]] const Scalar* row(index j) const { return c.data() + j * d; }
  [[nodiscard]] Scalar* row(index j) { return c.data() + j * d; }
  void update_norms() {
    for (index j = 0; j < k; ++j) {
      Scalar s = 0;
      const Scalar* r = row(j);
      for (index f = 0; f < d; ++f)
        s += r[f] * r[f];
      norms[static_cast<std::size_t>(j)] = s;
    }
  }
};

/// Lloyd assignment of one tile of `tile` points (feature-major, `stride` apart) by
/// argmin_j ||c_j||^2 - 2 x.c_j, the first minimum winning (scikit-learn's `_update_chunk_dense`
/// after its GEMM). Two centres are processed together so that the FMA chains stay independent.
template <typename Scalar>
inline void assign_tile_gemm_form(const Scalar* xt, index stride, const centre_set<Scalar>& cs,
                                  label_t* labels) {
  const index d = cs.d;
  // Labels are kept as Scalar so that the compare mask selects label and distance alike.
  alignas(64) Scalar best[tile];
  alignas(64) Scalar lab[tile];
  for (index w = 0; w < tile; ++w) {
    best[w] = std::numeric_limits<Scalar>::infinity();
    lab[w] = 0;
  }
  index j = 0;
  for (; j + 1 < cs.k; j += 2) {
    alignas(64) Scalar a0[tile] = {};
    alignas(64) Scalar a1[tile] = {};
    const Scalar* c0 = cs.row(j);
    const Scalar* c1 = cs.row(j + 1);
    for (index f = 0; f < d; ++f) {
      const Scalar* xf = xt + f * stride;
      const Scalar v0 = c0[f];
      const Scalar v1 = c1[f];
      for (index w = 0; w < tile; ++w) {
        a0[w] += xf[w] * v0;
        a1[w] += xf[w] * v1;
      }
    }
    const Scalar n0 = cs.norms[static_cast<std::size_t>(j)];
    const Scalar n1 = cs.norms[static_cast<std::size_t>(j + 1)];
    const auto l0 = static_cast<Scalar>(j);
    const auto l1 = static_cast<Scalar>(j + 1);
    for (index w = 0; w < tile; ++w) {
      const Scalar d0 = n0 - Scalar{2} * a0[w];
      const Scalar d1 = n1 - Scalar{2} * a1[w];
      const bool lt0 = d0 < best[w];
      Scalar b = lt0 ? d0 : best[w];
      Scalar l = lt0 ? l0 : lab[w];
      const bool lt1 = d1 < b;
      best[w] = lt1 ? d1 : b;
      lab[w] = lt1 ? l1 : l;
    }
  }
  if (j < cs.k) {
    alignas(64) Scalar a0[tile] = {};
    const Scalar* c0 = cs.row(j);
    for (index f = 0; f < d; ++f) {
      const Scalar* xf = xt + f * stride;
      const Scalar v0 = c0[f];
      for (index w = 0; w < tile; ++w)
        a0[w] += xf[w] * v0;
    }
    const Scalar n0 = cs.norms[static_cast<std::size_t>(j)];
    const auto l0 = static_cast<Scalar>(j);
    for (index w = 0; w < tile; ++w) {
      const Scalar d0 = n0 - Scalar{2} * a0[w];
      const bool lt0 = d0 < best[w];
      best[w] = lt0 ? d0 : best[w];
      lab[w] = lt0 ? l0 : lab[w];
    }
  }
  for (index w = 0; w < tile; ++w)
    labels[w] = static_cast<label_t>(lab[w]);
}

/// Squared Euclidean distance with eight independent partial sums (vectorisable; a different
/// rounding from `squared_distance`, used where only bounds need it).
template <typename Scalar>
[[nodiscard]] inline Scalar squared_distance_fast(const Scalar* a, const Scalar* b, index d) {
  Scalar acc[8] = {};
  index f = 0;
  for (; f + 8 <= d; f += 8) {
    for (index l = 0; l < 8; ++l) {
      const Scalar t = a[f + l] - b[f + l];
      acc[l] += t * t;
    }
  }
  Scalar result = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
  for (; f < d; ++f) {
    const Scalar t = a[f] - b[f];
    result += t * t;
  }
  return result;
}

/// Lloyd's rule (argmin_j ||c_j||^2 - 2 x.c_j, first minimum) for one tile, also returning the
/// smallest and second smallest values of ||c_j||^2 - 2 x.c_j (add ||x||^2 for squared distances).
template <typename Scalar>
inline void nearest_two_tile_gemm(const Scalar* xt, index stride, const centre_set<Scalar>& cs,
                                  label_t* labels, Scalar* best_out, Scalar* second_out) {
  const index d = cs.d;
  alignas(64) Scalar best[tile];
  alignas(64) Scalar second[tile];
  alignas(64) Scalar lab[tile];
  for (index w = 0; w < tile; ++w) {
    best[w] = std::numeric_limits<Scalar>::infinity();
    second[w] = std::numeric_limits<Scalar>::infinity();
    lab[w] = 0;
  }
  index j = 0;
  for (; j + 1 < cs.k; j += 2) {
    alignas(64) Scalar a0[tile] = {};
    alignas(64) Scalar a1[tile] = {};
    const Scalar* c0 = cs.row(j);
    const Scalar* c1 = cs.row(j + 1);
    for (index f = 0; f < d; ++f) {
      const Scalar* xf = xt + f * stride;
      const Scalar v0 = c0[f];
      const Scalar v1 = c1[f];
      for (index w = 0; w < tile; ++w) {
        a0[w] += xf[w] * v0;
        a1[w] += xf[w] * v1;
      }
    }
    const Scalar n0 = cs.norms[static_cast<std::size_t>(j)];
    const Scalar n1 = cs.norms[static_cast<std::size_t>(j + 1)];
    const auto l0 = static_cast<Scalar>(j);
    const auto l1 = static_cast<Scalar>(j + 1);
    for (index w = 0; w < tile; ++w) {
      const Scalar d0 = n0 - Scalar{2} * a0[w];
      const Scalar d1 = n1 - Scalar{2} * a1[w];
      Scalar b = best[w];
      Scalar s2 = std::min(second[w], std::max(b, d0));
      Scalar l = d0 < b ? l0 : lab[w];
      b = std::min(b, d0);
      s2 = std::min(s2, std::max(b, d1));
      lab[w] = d1 < b ? l1 : l;
      best[w] = std::min(b, d1);
      second[w] = s2;
    }
  }
  if (j < cs.k) {
    alignas(64) Scalar a0[tile] = {};
    const Scalar* c0 = cs.row(j);
    for (index f = 0; f < d; ++f) {
      const Scalar* xf = xt + f * stride;
      const Scalar v0 = c0[f];
      for (index w = 0; w < tile; ++w)
        a0[w] += xf[w] * v0;
    }
    const Scalar n0 = cs.norms[static_cast<std::size_t>(j)];
    const auto l0 = static_cast<Scalar>(j);
    for (index w = 0; w < tile; ++w) {
      const Scalar d0 = n0 - Scalar{2} * a0[w];
      second[w] = std::min(second[w], std::max(best[w], d0));
      lab[w] = d0 < best[w] ? l0 : lab[w];
      best[w] = std::min(best[w], d0);
    }
  }
  for (index w = 0; w < tile; ++w) {
    labels[w] = static_cast<label_t>(lab[w]);
    best_out[w] = best[w];
    second_out[w] = second[w];
  }
}

/// Checks the data for emptiness and non-finite values (invalid_input naming the first cell).
template <typename Scalar>
void require_finite_data(const Eigen::Ref<const core::matrix<Scalar>>& x, std::string_view where,
                         std::string_view name) {
  core::detail::require(x.rows() > 0 && x.cols() > 0, where, name, " is empty (", x.rows(), "x",
                        x.cols(), "); expected at least one row and one column");
  for (index f = 0; f < x.cols(); ++f) {
    const Scalar* c = x.col(f).data();
    for (index i = 0; i < x.rows(); ++i) {
      if (!std::isfinite(c[i])) {
        core::detail::raise<core::invalid_input>(where, name, "(", i, ", ", f, ") is ", c[i],
                                                 "; expected finite values");
      }
    }
  }
}

/// Number of distinct rows of x, counted up to `limit` (stops as soon as `limit` is reached).
template <typename Scalar>
[[nodiscard]] index count_distinct_rows(const Eigen::Ref<const core::matrix<Scalar>>& x,
                                        index limit) {
  const index d = x.cols();
  std::vector<Scalar> seen;
  std::vector<Scalar> row(static_cast<std::size_t>(d));
  index count = 0;
  for (index i = 0; i < x.rows() && count < limit; ++i) {
    for (index f = 0; f < d; ++f)
      row[static_cast<std::size_t>(f)] = x(i, f);
    bool found = false;
    for (index s = 0; s < count && !found; ++s)
      found = std::equal(row.begin(), row.end(), seen.begin() + s * d);
    if (!found) {
      seen.insert(seen.end(), row.begin(), row.end());
      ++count;
    }
  }
  return count;
}

}  // namespace foresight::cluster::detail

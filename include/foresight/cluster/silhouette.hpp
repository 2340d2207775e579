// SPDX-License-Identifier: Apache-2.0
/// \file
/// Silhouette coefficients of a clustering (Euclidean): per row, (b - a) / max(a, b) with a the
/// mean distance to the other rows of its cluster and b the smallest mean distance to another
/// cluster (0 for a row alone in its cluster); the score is their mean, exact (O(n^2 d),
/// blockwise, bounded memory) or on a random subset of rows for large n.
/// References: Rousseeuw (1987), "Silhouettes: a graphical aid to the interpretation and
/// validation of cluster analysis", J. Comput. Appl. Math. 20, eq. (1)-(2); scikit-learn 1.2
/// `silhouette_samples`/`silhouette_score` (sample_size) for the conventions.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <limits>
#include <map>
#include <random>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include <foresight/cluster/detail/init.hpp>
#include <foresight/cluster/detail/kernels.hpp>
#include <foresight/cluster/kmeans.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/parallel.hpp>
#include <foresight/core/types.hpp>

namespace foresight::cluster {

namespace detail {

/// Silhouette of every row of x (rows of `rows` only, when given), labels compacted to 0..m-1.
template <typename Scalar>
core::vector<Scalar> silhouette_impl(const Eigen::Ref<const core::matrix<Scalar>>& x,
                                     const label_vector& labels, const std::vector<index>& rows,
                                     int threads, std::string_view where) {
  require_finite_data<Scalar>(x, where, "x");
  core::detail::require_size(labels.size(), x.rows(), where, "labels");
  core::detail::require(threads >= 0, where, "threads is ", threads,
                        "; expected threads >= 0 (0: OpenMP default)");
  const auto m = static_cast<index>(rows.size());
  std::map<index, index> compact;
  for (index r = 0; r < m; ++r) {
    const index l = labels[rows[static_cast<std::size_t>(r)]];
    core::detail::require(l >= 0, where, "labels[", rows[static_cast<std::size_t>(r)], "] is ", l,
                          "; expected labels >= 0");
    compact.emplace(l, 0);
  }
  const auto n_labels = static_cast<index>(compact.size());
  core::detail::require(n_labels >= 2 && n_labels <= m - 1, where, "there are ", n_labels,
                        " clusters among ", m, " rows; expected 2 <= clusters <= rows - 1");
  index next = 0;
  for (auto& kv : compact)
    kv.second = next++;
  const index d = x.cols();
  // Row-major copy of the rows used (contiguous rows for the distance loops).
  std::vector<Scalar> xr(static_cast<std::size_t>(m * d));
  std::vector<index> lab(static_cast<std::size_t>(m));
  std::vector<index> sizes(static_cast<std::size_t>(n_labels), 0);
  for (index r = 0; r < m; ++r) {
    const index i = rows[static_cast<std::size_t>(r)];
    for (index f = 0; f < d; ++f)
      xr[static_cast<std::size_t>(r * d + f)] = x(i, f);
    lab[static_cast<std::size_t>(r)] = compact[labels[i]];
    ++sizes[static_cast<std::size_t>(lab[static_cast<std::size_t>(r)])];
  }
  core::vector<Scalar> out(m);
  const index blocks = (m + block_rows - 1) / block_rows;
  core::parallel_for(blocks, serial_below(m * m * d, threads), [&](index blk) {
    std::vector<double> sums(static_cast<std::size_t>(n_labels));
    const index end = std::min(m, (blk + 1) * block_rows);
    for (index r = blk * block_rows; r < end; ++r) {
      std::fill(sums.begin(), sums.end(), 0.0);
      const Scalar* xi = xr.data() + r * d;
      for (index q = 0; q < m; ++q) {
        const Scalar d2 = squared_distance(xi, xr.data() + q * d, d);
        sums[static_cast<std::size_t>(lab[static_cast<std::size_t>(q)])] +=
            std::sqrt(static_cast<double>(d2));
      }
      const index own = lab[static_cast<std::size_t>(r)];
      const index own_size = sizes[static_cast<std::size_t>(own)];
      if (own_size <= 1) {
        out[r] = 0;  // Rousseeuw (1987): s(i) = 0 for a cluster of one row
        continue;
      }
      const double a = sums[static_cast<std::size_t>(own)] / static_cast<double>(own_size - 1);
      double b = std::numeric_limits<double>::infinity();
      for (index c = 0; c < n_labels; ++c) {
        if (c != own)
          b = std::min(b, sums[static_cast<std::size_t>(c)] /
                              static_cast<double>(sizes[static_cast<std::size_t>(c)]));
      }
      const double denom = std::max(a, b);
      out[r] = denom > 0 ? static_cast<Scalar>((b - a) / denom) : Scalar{0};
    }
  });
  return out;
}

inline std::vector<index> all_rows(index n) {
  std::vector<index> r(static_cast<std::size_t>(n));
  for (index i = 0; i < n; ++i)
    r[static_cast<std::size_t>(i)] = i;
  return r;
}

}  // namespace detail

/// Silhouette coefficient of each row of `x` (n x d) under `labels` (n, values >= 0).
/// Throws: dimension_mismatch if labels has not n entries; invalid_input for NaN/Inf, a negative
/// label, fewer than 2 or more than n - 1 clusters, or threads < 0.
/// Example: `const Eigen::VectorXd s = cluster::silhouette_samples(x, km.labels);`
template <typename Derived>
[[nodiscard]] core::vector<typename Derived::Scalar> silhouette_samples(
    const Eigen::MatrixBase<Derived>& x, const label_vector& labels, int threads = 0) {
  using Scalar = typename Derived::Scalar;
  const Eigen::Ref<const core::matrix<Scalar>> xr(x.derived());
  return detail::silhouette_impl<Scalar>(xr, labels, detail::all_rows(xr.rows()), threads,
                                         "cluster::silhouette_samples");
}

/// Mean silhouette coefficient over all rows (exact, O(n^2 d)).
/// Throws: as `silhouette_samples`.
/// Example: `const double s = cluster::silhouette_score(x, km.labels);`
template <typename Derived>
[[nodiscard]] double silhouette_score(const Eigen::MatrixBase<Derived>& x,
                                      const label_vector& labels, int threads = 0) {
  using Scalar = typename Derived::Scalar;
  const Eigen::Ref<const core::matrix<Scalar>> xr(x.derived());
  const core::vector<Scalar> s = detail::silhouette_impl<Scalar>(
      xr, labels, detail::all_rows(xr.rows()), threads, "cluster::silhouette_score");
  return s.template cast<double>().mean();
}

/// Mean silhouette coefficient of `sample_size` rows drawn without replacement (distances among
/// those rows only, as scikit-learn's `sample_size`); all rows when sample_size >= n.
/// Throws: as `silhouette_samples`; invalid_input if sample_size < 2.
/// Example: `const double s = cluster::silhouette_score(x, km.labels, 5000, rng);`
template <typename Derived, std::uniform_random_bit_generator Rng>
[[nodiscard]] double silhouette_score(const Eigen::MatrixBase<Derived>& x,
                                      const label_vector& labels, core::index sample_size, Rng& rng,
                                      int threads = 0) {
  using Scalar = typename Derived::Scalar;
  constexpr std::string_view where = "cluster::silhouette_score";
  core::detail::require(sample_size >= 2, where, "sample_size is ", sample_size,
                        "; expected sample_size >= 2");
  const Eigen::Ref<const core::matrix<Scalar>> xr(x.derived());
  std::vector<core::index> rows = sample_size >= xr.rows()
                                      ? detail::all_rows(xr.rows())
                                      : detail::random_rows(xr.rows(), sample_size, rng);
  const core::vector<Scalar> s = detail::silhouette_impl<Scalar>(xr, labels, rows, threads, where);
  return s.template cast<double>().mean();
}

}  // namespace foresight::cluster

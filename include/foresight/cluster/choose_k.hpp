// SPDX-License-Identifier: Apache-2.0
/// \file
/// Choosing the number of clusters: k-means for every k in a range, returning the inertia and
/// silhouette curves, the elbow of the inertia curve (Kneedle) and the k of best silhouette.
/// References: Satopää, Albrecht, Irwin & Raghavan (2011), "Finding a 'kneedle' in a haystack:
/// detecting knee points in system behavior", ICDCS workshops, sec. III (offline form: the knee
/// is the maximum of the difference curve); Rousseeuw (1987) for the silhouette.
#pragma once

#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include <foresight/cluster/kmeans.hpp>
#include <foresight/cluster/silhouette.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/types.hpp>

namespace foresight::cluster {

/// Options of `choose_k`.
struct choose_k_options {
  /// Smallest k tried (>= 1; the silhouette needs k >= 2 and is NaN at k = 1).
  core::index k_min = 2;
  /// Largest k tried (>= k_min, at most the number of distinct rows).
  core::index k_max = 10;
  /// Options of every k-means run (its `k` is ignored).
  kmeans_options kmeans = {};
  /// Rows used for each silhouette (0: all rows, exact O(n^2 d); else >= 2). A sample that
  /// holds fewer than 2 clusters (or as many clusters as rows) gives a NaN silhouette.
  core::index silhouette_sample_size = 0;
};

/// Throws invalid_input unless every field of `o` is in range (the k-means options with their
/// `k` ignored).
inline void validate(const choose_k_options& o) {
  constexpr std::string_view where = "cluster::validate(choose_k_options)";
  core::detail::require(o.k_min >= 1, where, "k_min is ", o.k_min, "; expected k_min >= 1");
  core::detail::require(o.k_max >= o.k_min, where, "k_max is ", o.k_max, " and k_min ", o.k_min,
                        "; expected k_max >= k_min");
  core::detail::require(o.silhouette_sample_size == 0 || o.silhouette_sample_size >= 2, where,
                        "silhouette_sample_size is ", o.silhouette_sample_size,
                        "; expected 0 (all rows) or >= 2");
  kmeans_options each = o.kmeans;
  each.k = o.k_min;
  validate(each);
}

/// Curves over k and the two choices made from them.
template <std::floating_point Scalar = double>
struct choose_k_result {
  /// The k tried, increasing.
  std::vector<core::index> k;
  /// Inertia of the best run for each k.
  std::vector<double> inertia;
  /// Mean silhouette for each k (NaN for k = 1, and where a sample has fewer than 2 clusters).
  std::vector<double> silhouette;
  /// k at the elbow (knee) of the inertia curve; k_min when the curve has no knee.
  core::index elbow_k = 0;
  /// k of the highest silhouette.
  core::index silhouette_k = 0;
  /// The fitted model for each k.
  std::vector<kmeans_result<Scalar>> models;
};

/// Position of the knee of a decreasing convex curve (x increasing): the point farthest below the
/// chord between its ends after scaling both axes to [0, 1] (Kneedle's difference curve
/// 1 - x_n - y_n, offline maximum). Returns nothing when no point lies below the chord.
/// Throws: dimension_mismatch if sizes differ; invalid_input for fewer than 3 points, non-finite
/// values or x not strictly increasing.
/// Example: `const auto i = cluster::find_knee(ks, inertia);  // index into ks`
[[nodiscard]] inline std::optional<core::index> find_knee(const std::vector<double>& x,
                                                          const std::vector<double>& y) {
  constexpr std::string_view where = "cluster::find_knee";
  core::detail::require_size(y.size(), x.size(), where, "y");
  core::detail::require(x.size() >= 3, where, "the curve has ", x.size(),
                        " points; expected at least 3");
  for (std::size_t i = 0; i < x.size(); ++i) {
    core::detail::require_finite(x[i], where, "x");
    core::detail::require_finite(y[i], where, "y");
    core::detail::require(i == 0 || x[i] > x[i - 1], where,
                          "x is not strictly increasing at position ", i,
                          "; expected increasing x");
  }
  double y_min = y[0];
  double y_max = y[0];
  for (const double v : y) {
    y_min = std::min(y_min, v);
    y_max = std::max(y_max, v);
  }
  if (y_max == y_min)
    return std::nullopt;
  const double x0 = x.front();
  const double xs = x.back() - x.front();
  std::optional<core::index> best;
  double best_diff = 1e-12;  // below the chord by more than rounding
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double xn = (x[i] - x0) / xs;
    const double yn = (y[i] - y_min) / (y_max - y_min);
    const double diff = 1.0 - xn - yn;
    if (diff > best_diff) {
      best_diff = diff;
      best = static_cast<core::index>(i);
    }
  }
  return best;
}

/// K-means for k = k_min..k_max on the rows of `x` (n x d), each k from its own seed stream
/// (`core::seed_for(seed drawn from rng, k)`), with the inertia and silhouette curves.
/// Throws: invalid_input for bad options (see `validate(choose_k_options)`), k_max > distinct
/// rows, or data as `kmeans`.
/// Example: `const auto ck = cluster::choose_k(x, {.k_min = 2, .k_max = 8}, rng);`
template <typename Derived, std::uniform_random_bit_generator Rng>
[[nodiscard]] choose_k_result<typename Derived::Scalar> choose_k(
    const Eigen::MatrixBase<Derived>& x, const choose_k_options& options, Rng& rng,
    const core::vector<typename Derived::Scalar>& sample_weight = {}) {
  using Scalar = typename Derived::Scalar;
  constexpr std::string_view where = "cluster::choose_k";
  validate(options);
  const Eigen::Ref<const core::matrix<Scalar>> xr(x.derived());
  detail::require_finite_data<Scalar>(xr, where, "x");
  core::detail::require(options.k_max <= xr.rows(), where, "k_max is ", options.k_max,
                        " but x has ", xr.rows(), " rows; expected k_max <= number of rows");
  const core::index distinct = detail::count_distinct_rows<Scalar>(xr, options.k_max);
  core::detail::require(distinct >= options.k_max, where, "k_max is ", options.k_max,
                        " but x has only ", distinct,
                        " distinct rows; expected k_max <= number of distinct rows");
  const std::uint64_t base = core::detail::bits64(rng);
  choose_k_result<Scalar> out;
  for (core::index k = options.k_min; k <= options.k_max; ++k) {
    kmeans_options o = options.kmeans;
    o.k = k;
    std::mt19937_64 eng(core::seed_for(base, static_cast<std::uint64_t>(k)));
    auto model = kmeans(xr, o, eng, sample_weight);
    double sil = std::numeric_limits<double>::quiet_NaN();
    if (k >= 2 && k < xr.rows()) {
      // The rows silhouette_score would use; a random sample may miss clusters, which makes the
      // silhouette undefined (NaN) rather than the call invalid.
      const core::index m = options.silhouette_sample_size;
      const std::vector<core::index> rows = m == 0 || m >= xr.rows()
                                                ? detail::all_rows(xr.rows())
                                                : detail::random_rows(xr.rows(), m, eng);
      std::vector<char> present(static_cast<std::size_t>(k), 0);
      core::index clusters = 0;
      for (const core::index i : rows) {
        char& p = present[static_cast<std::size_t>(model.labels[i])];
        clusters += p == 0 ? 1 : 0;
        p = 1;
      }
      if (clusters >= 2 && clusters < std::ssize(rows)) {
        const core::vector<Scalar> s =
            detail::silhouette_impl<Scalar>(xr, model.labels, rows, o.threads, where);
        sil = s.template cast<double>().mean();
      }
    }
    out.k.push_back(k);
    out.inertia.push_back(model.inertia);
    out.silhouette.push_back(sil);
    out.models.push_back(std::move(model));
  }
  out.elbow_k = out.k.front();
  if (out.k.size() >= 3) {
    std::vector<double> kd(out.k.begin(), out.k.end());
    if (const auto knee = find_knee(kd, out.inertia))
      out.elbow_k = out.k[static_cast<std::size_t>(*knee)];
  }
  double best = -std::numeric_limits<double>::infinity();
  out.silhouette_k = out.k.front();
  for (std::size_t i = 0; i < out.k.size(); ++i) {
    if (!std::isnan(out.silhouette[i]) && out.silhouette[i] > best) {
      best = out.silhouette[i];
      out.silhouette_k = out.k[i];
    }
  }
  return out;
}

}  // namespace foresight::cluster

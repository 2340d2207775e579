// SPDX-License-Identifier: Apache-2.0
/// \file
/// Mini-batch k-means for very large n: each step assigns a random batch to the nearest centres
/// and moves every centre to the running (weighted) mean of all rows ever assigned to it, then a
/// final full pass gives labels and inertia consistent with the returned centres.
/// References: Sculley (2010), "Web-scale k-means clustering", WWW, algorithm 1 (per-centre
/// learning rate 1/count); early stopping on a smoothed batch inertia as scikit-learn 1.2
/// `MiniBatchKMeans` does.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <limits>
#include <random>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include <foresight/cluster/detail/engine.hpp>
#include <foresight/cluster/detail/init.hpp>
#include <foresight/cluster/detail/kernels.hpp>
#include <foresight/cluster/kmeans.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/types.hpp>

namespace foresight::cluster {

/// Options of `minibatch_kmeans` (scikit-learn's `MiniBatchKMeans` names where they exist).
struct minibatch_options {
  /// Number of clusters (>= 1, at most the number of distinct rows).
  core::index k = 8;
  /// Rows per step (>= 1), drawn uniformly with replacement.
  core::index batch_size = 1024;
  /// Most passes over the data (>= 1): at most max_iter * n / batch_size steps.
  core::index max_iter = 100;
  /// Stop after this many steps without improvement of the smoothed batch inertia (>= 0; 0: off).
  core::index max_no_improvement = 10;
  /// Seeding (on a random subset of `init_size` rows).
  init_method init = init_method::kmeans_plus_plus;
  /// Rows used for seeding (>= 0; 0: min(n, 3 * batch_size), as scikit-learn; >= k otherwise).
  core::index init_size = 0;
  /// Threads for the final full assignment (>= 0; 0: OpenMP default).
  int threads = 0;
  /// Called about every 100 ms with the step and the smoothed batch inertia (stage
  /// "minibatch_kmeans"); return false to cancel.
  core::progress_callback on_progress = {};
};

/// Throws invalid_input unless every field of `o` is in range.
inline void validate(const minibatch_options& o) {
  constexpr std::string_view where = "cluster::validate(minibatch_options)";
  core::detail::require(o.k >= 1, where, "k is ", o.k, "; expected k >= 1");
  core::detail::require(o.batch_size >= 1, where, "batch_size is ", o.batch_size,
                        "; expected batch_size >= 1");
  core::detail::require(o.max_iter >= 1, where, "max_iter is ", o.max_iter,
                        "; expected max_iter >= 1");
  core::detail::require(o.max_no_improvement >= 0, where, "max_no_improvement is ",
                        o.max_no_improvement, "; expected max_no_improvement >= 0 (0: off)");
  core::detail::require(o.init_size == 0 || o.init_size >= o.k, where, "init_size is ", o.init_size,
                        "; expected 0 (automatic) or init_size >= k");
  core::detail::require(o.threads >= 0, where, "threads is ", o.threads,
                        "; expected threads >= 0 (0: OpenMP default)");
}

namespace detail {

template <typename Scalar, typename Rng>
kmeans_result<Scalar> minibatch_impl(const Eigen::Ref<const core::matrix<Scalar>>& x,
                                     const core::vector<Scalar>& sample_weight,
                                     const minibatch_options& o, Rng& rng) {
  constexpr std::string_view where = "cluster::minibatch_kmeans";
  validate(o);
  const Scalar* w = check_inputs<Scalar>(x, sample_weight, o.k, where);
  const index n = x.rows();
  const index d = x.cols();
  const core::vector<Scalar> mean = column_means<Scalar>(x);
  const centred_data<Scalar> data(x, mean);
  core::progress_reporter reporter(o.on_progress);

  // Seeding on a random subset (rows drawn without replacement, in draw order).
  const index init_size = o.init_size > 0 ? std::min(o.init_size, n)
                                          : std::min<index>(n, std::max(3 * o.batch_size, o.k));
  const std::vector<index> subset = random_rows(n, init_size, rng);
  core::matrix<Scalar> sub(init_size, d);
  core::vector<Scalar> sub_w(w == nullptr ? 0 : init_size);
  for (index r = 0; r < init_size; ++r) {
    const index i = subset[static_cast<std::size_t>(r)];
    for (index f = 0; f < d; ++f)
      sub(r, f) = x(i, f) - mean[f];
    if (w != nullptr)
      sub_w[r] = w[i];
  }
  const centred_data<Scalar> sub_data(sub, core::vector<Scalar>::Zero(d));
  index distinct = count_distinct_rows<Scalar>(sub, o.k);
  const std::vector<index> seeds =
      distinct < o.k ? random_rows(n, o.k, rng)  // subset too repetitive: fall back to all rows
      : o.init == init_method::kmeans_plus_plus
          ? kmeans_plus_plus_rows(sub_data, w == nullptr ? nullptr : sub_w.data(), o.k, 0, rng, 1)
          : random_rows(init_size, o.k, rng);
  centre_set<Scalar> cs;
  cs.resize(o.k, d);
  for (index j = 0; j < o.k; ++j) {
    if (distinct < o.k)
      data.load_row(seeds[static_cast<std::size_t>(j)], cs.row(j));
    else
      sub_data.load_row(seeds[static_cast<std::size_t>(j)], cs.row(j));
  }
  cs.update_norms();

  // Sculley (2010) alg. 1 in batch form: c_j <- (v_j c_j + sum_{x in batch, c(x)=j} w x) /
  // (v_j + sum w), v_j += sum w, i.e. c_j is the running weighted mean of its rows.
  const index b = o.batch_size;
  const index stride = ((b + tile - 1) / tile) * tile;
  std::vector<Scalar> xb(static_cast<std::size_t>(d * stride), Scalar{0});
  std::vector<Scalar> row(static_cast<std::size_t>(d));
  std::vector<index> batch(static_cast<std::size_t>(b));
  std::vector<label_t> lab(static_cast<std::size_t>(stride));
  std::vector<Scalar> counts(static_cast<std::size_t>(o.k), Scalar{0});
  std::vector<Scalar> bsum(static_cast<std::size_t>(o.k * d));
  std::vector<Scalar> bw(static_cast<std::size_t>(o.k));
  const index steps = std::max<index>(1, (o.max_iter * n) / b);
  const double alpha = std::min(1.0, 2.0 * static_cast<double>(b) / static_cast<double>(n + 1));
  double ewa = -1;
  double best_ewa = std::numeric_limits<double>::infinity();
  index no_improvement = 0;
  bool cancelled = false;
  bool stopped_early = false;
  index step = 0;
  for (; step < steps; ++step) {
    for (index q = 0; q < b; ++q) {
      const auto i = static_cast<index>(core::uniform_index(rng, static_cast<std::uint64_t>(n)));
      batch[static_cast<std::size_t>(q)] = i;
      data.load_row(i, row.data());
      for (index f = 0; f < d; ++f)
        xb[static_cast<std::size_t>(f * stride + q)] = row[static_cast<std::size_t>(f)];
    }
    for (index p0 = 0; p0 < stride; p0 += tile)
      assign_tile_gemm_form(xb.data() + p0, stride, cs, lab.data() + p0);
    std::fill(bsum.begin(), bsum.end(), Scalar{0});
    std::fill(bw.begin(), bw.end(), Scalar{0});
    double batch_inertia = 0;
    double batch_weight = 0;
    for (index q = 0; q < b; ++q) {
      const index j = lab[static_cast<std::size_t>(q)];
      const Scalar wi = weight_of(w, batch[static_cast<std::size_t>(q)]);
      Scalar dist = 0;
      for (index f = 0; f < d; ++f) {
        const Scalar v = xb[static_cast<std::size_t>(f * stride + q)];
        const Scalar diff = v - cs.row(j)[f];
        dist += diff * diff;
        bsum[static_cast<std::size_t>(j * d + f)] += v * wi;
      }
      bw[static_cast<std::size_t>(j)] += wi;
      batch_inertia += static_cast<double>(dist) * static_cast<double>(wi);
      batch_weight += static_cast<double>(wi);
    }
    for (index j = 0; j < o.k; ++j) {
      const Scalar add = bw[static_cast<std::size_t>(j)];
      if (add <= 0)
        continue;
      Scalar& v = counts[static_cast<std::size_t>(j)];
      const Scalar total = v + add;
      Scalar* c = cs.row(j);
      for (index f = 0; f < d; ++f)
        c[f] = (c[f] * v + bsum[static_cast<std::size_t>(j * d + f)]) / total;
      v = total;
    }
    cs.update_norms();
    // Early stopping on the exponentially weighted average of the batch inertia per unit weight.
    const double bi = batch_weight > 0 ? batch_inertia / batch_weight : 0;
    ewa = ewa < 0 ? bi : ewa * (1 - alpha) + bi * alpha;
    if (ewa < best_ewa) {
      best_ewa = ewa;
      no_improvement = 0;
    } else if (o.max_no_improvement > 0 && ++no_improvement >= o.max_no_improvement) {
      stopped_early = true;
      ++step;
      break;
    }
    if (!reporter.report({"minibatch_kmeans", step + 1, steps, ewa, 0})) {
      cancelled = true;
      ++step;
      break;
    }
  }
  run_result<Scalar> run;
  run.labels.assign(static_cast<std::size_t>(n), -1);
  lloyd_pass(data, w, cs, run.labels, o.threads);
  run.inertia = inertia_pass(data, w, cs, run.labels, o.threads);
  run.n_iter = step;  // steps done
  run.status = cancelled       ? core::fit_status::cancelled
               : stopped_early ? core::fit_status::converged
                               : core::fit_status::iteration_limit;
  run.centres = std::move(cs);
  return to_result(std::move(run), mean);
}

}  // namespace detail

/// Mini-batch k-means of the rows of `x` (n x d): `n_iter` of the result counts steps (batches).
/// `sample_weight` (n, >= 0) is optional. Same seed, same result for any thread count.
/// Throws: invalid_input for an empty x, NaN/Inf, k < 1, k > distinct rows, bad options or
/// weights; dimension_mismatch if sample_weight has not n entries.
/// Example: `std::mt19937_64 rng{1};`
///          `const auto km = cluster::minibatch_kmeans(x, {.k = 8, .batch_size = 2048}, rng);`
template <typename Derived, std::uniform_random_bit_generator Rng>
[[nodiscard]] kmeans_result<typename Derived::Scalar> minibatch_kmeans(
    const Eigen::MatrixBase<Derived>& x, const minibatch_options& options, Rng& rng,
    const core::vector<typename Derived::Scalar>& sample_weight = {}) {
  using Scalar = typename Derived::Scalar;
  return detail::minibatch_impl<Scalar>(x, sample_weight, options, rng);
}

}  // namespace foresight::cluster

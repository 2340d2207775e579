// SPDX-License-Identifier: Apache-2.0
/// \file
/// K-means clustering that gives scikit-learn's `KMeans` answer from the same start: k-means++,
/// random or given initial centres, `n_init` restarts keeping the lowest inertia, Lloyd
/// iterations (blockwise, bounded memory) or Hamerly's exact accelerated variant, sample
/// weights, `predict` and `transform` for new points.
/// References: Lloyd (1982); Arthur & Vassilvitskii (2007), k-means++; Hamerly (2010), "Making
/// k-means even faster"; scikit-learn 1.2 `sklearn/cluster/_kmeans.py` for the conventions.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include <foresight/cluster/detail/engine.hpp>
#include <foresight/cluster/detail/init.hpp>
#include <foresight/cluster/detail/kernels.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/parallel.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/types.hpp>

namespace foresight::cluster {

/// Cluster label of each row (0..k-1).
using label_vector = Eigen::Matrix<core::index, Eigen::Dynamic, 1>;

/// How initial centres are chosen when none are given.
enum class init_method : int {
  kmeans_plus_plus = 0,  ///< greedy k-means++ (scikit-learn's "k-means++")
  random = 1,            ///< k distinct rows drawn uniformly (scikit-learn's "random")
};

/// Name of an initialisation method, e.g. "kmeans_plus_plus".
[[nodiscard]] constexpr std::string_view to_string(init_method m) noexcept {
  switch (m) {
    case init_method::kmeans_plus_plus:
      return "kmeans_plus_plus";
    case init_method::random:
      return "random";
  }
  return "unknown";
}

/// Which k-means iteration to run; both give the same labels (they are exact).
enum class algorithm : int {
  lloyd = 0,    ///< full assignment every iteration (scikit-learn's "lloyd")
  hamerly = 1,  ///< Lloyd with Hamerly's distance bounds: skips most distance computations
};

/// Name of an algorithm, e.g. "hamerly".
[[nodiscard]] constexpr std::string_view to_string(algorithm a) noexcept {
  switch (a) {
    case algorithm::lloyd:
      return "lloyd";
    case algorithm::hamerly:
      return "hamerly";
  }
  return "unknown";
}

/// Options of `kmeans` (scikit-learn's names and defaults, version 1.2).
struct kmeans_options {
  /// Number of clusters (>= 1, at most the number of distinct rows).
  core::index k = 8;
  /// Seeding when no initial centres are given.
  init_method init = init_method::kmeans_plus_plus;
  /// Restarts from different seeds (>= 1); the lowest inertia wins. Ignored with given centres.
  core::index n_init = 10;
  /// Most iterations per run (>= 1).
  core::index max_iter = 300;
  /// Stop when the summed squared centre shift is <= tol x mean feature variance (>= 0).
  double tol = 1e-4;
  /// Iteration variant.
  algorithm method = algorithm::lloyd;
  /// Candidates per k-means++ centre (>= 0; 0: 2 + floor(ln k), as scikit-learn).
  core::index n_local_trials = 0;
  /// Threads for the blockwise loops and restarts (>= 0; 0: OpenMP default).
  int threads = 0;
  /// Called about every 100 ms with the iteration and the total squared centre shift (stage
  /// "kmeans") or the restarts done (stage "kmeans_restarts"); return false to cancel.
  core::progress_callback on_progress = {};
};

/// Throws invalid_input unless every field of `o` is in range.
inline void validate(const kmeans_options& o) {
  constexpr std::string_view where = "cluster::validate(kmeans_options)";
  core::detail::require(o.k >= 1, where, "k is ", o.k, "; expected k >= 1");
  core::detail::require(o.n_init >= 1, where, "n_init is ", o.n_init, "; expected n_init >= 1");
  core::detail::require(o.max_iter >= 1, where, "max_iter is ", o.max_iter,
                        "; expected max_iter >= 1");
  core::detail::require(std::isfinite(o.tol) && o.tol >= 0, where, "tol is ", o.tol,
                        "; expected a finite tol >= 0");
  core::detail::require(o.n_local_trials >= 0, where, "n_local_trials is ", o.n_local_trials,
                        "; expected n_local_trials >= 0 (0: 2 + floor(ln k))");
  core::detail::require(o.threads >= 0, where, "threads is ", o.threads,
                        "; expected threads >= 0 (0: OpenMP default)");
}

/// A fitted k-means model: centres, training labels and inertia, with `predict`/`transform`.
template <std::floating_point Scalar = double>
struct kmeans_result {
  /// Cluster centres, k x d.
  core::matrix<Scalar> centroids;
  /// Label of each training row (nearest centre).
  label_vector labels;
  /// Weighted sum of squared distances of the training rows to their centres.
  double inertia = 0;
  /// Iterations of the winning run (scikit-learn's `n_iter_`).
  core::index n_iter = 0;
  /// Restart that won (0-based).
  core::index best_init = 0;
  /// converged, iteration_limit or cancelled.
  core::fit_status status = core::fit_status::converged;
  /// Remarks that are not errors.
  std::vector<std::string> notes;

  /// Nearest centre of each row of `x` (n x d), by scikit-learn's ||c||^2 - 2 x.c rule.
  /// Throws: dimension_mismatch if x has not d columns; invalid_input if x is empty or not finite.
  /// Example: `const cluster::label_vector l = model.predict(x_new);`
  template <typename Derived>
  [[nodiscard]] label_vector predict(const Eigen::MatrixBase<Derived>& x) const {
    const core::matrix<Scalar> xs = x.template cast<Scalar>();
    return predict_impl(xs);
  }

  /// Euclidean distance of each row of `x` to each centre (n x k).
  /// Throws: dimension_mismatch if x has not d columns; invalid_input if x is empty or not finite.
  /// Example: `const Eigen::MatrixXd dist = model.transform(x_new);`
  template <typename Derived>
  [[nodiscard]] core::matrix<Scalar> transform(const Eigen::MatrixBase<Derived>& x) const {
    const core::matrix<Scalar> xs = x.template cast<Scalar>();
    check_new_data(xs, "cluster::kmeans_result::transform");
    core::matrix<Scalar> out(xs.rows(), centroids.rows());
    const core::index d = xs.cols();
    const core::matrix<Scalar> ct = centroids.transpose();
    std::vector<Scalar> row(static_cast<std::size_t>(d));
    for (core::index i = 0; i < xs.rows(); ++i) {
      for (core::index f = 0; f < d; ++f)
        row[static_cast<std::size_t>(f)] = xs(i, f);
      for (core::index j = 0; j < centroids.rows(); ++j)
        out(i, j) = std::sqrt(detail::squared_distance(row.data(), ct.col(j).data(), d));
    }
    return out;
  }

 private:
  void check_new_data(const core::matrix<Scalar>& xs, std::string_view where) const {
    detail::require_finite_data<Scalar>(xs, where, "x");
    core::detail::require_size(xs.cols(), centroids.cols(), where, "x (columns)");
  }
  [[nodiscard]] label_vector predict_impl(const core::matrix<Scalar>& xs) const {
    check_new_data(xs, "cluster::kmeans_result::predict");
    const detail::centred_data<Scalar> data(xs, core::vector<Scalar>::Zero(xs.cols()));
    detail::centre_set<Scalar> cs;
    cs.resize(centroids.rows(), centroids.cols());
    for (core::index j = 0; j < cs.k; ++j) {
      for (core::index f = 0; f < cs.d; ++f)
        cs.row(j)[f] = centroids(j, f);
    }
    cs.update_norms();
    std::vector<detail::label_t> out(static_cast<std::size_t>(xs.rows()), -1);
    detail::lloyd_pass(data, static_cast<const Scalar*>(nullptr), cs, out, 1);
    return Eigen::Map<const Eigen::Matrix<detail::label_t, Eigen::Dynamic, 1>>(out.data(),
                                                                               xs.rows())
        .template cast<core::index>();
  }
};

namespace detail {

/// scikit-learn's `_is_same_clustering`: true when the two labelings are equal up to a renaming.
inline bool is_same_clustering(const std::vector<label_t>& a, const std::vector<label_t>& b,
                               index k) {
  std::vector<index> mapping(static_cast<std::size_t>(k), -1);
  for (std::size_t i = 0; i < a.size(); ++i) {
    index& m = mapping[static_cast<std::size_t>(a[i])];
    if (m == -1)
      m = b[i];
    else if (m != b[i])
      return false;
  }
  return true;
}

/// Validates the data and weights shared by every entry point; returns the weight pointer
/// (null for unit weights).
template <typename Scalar>
const Scalar* check_inputs(const Eigen::Ref<const core::matrix<Scalar>>& x,
                           const core::vector<Scalar>& w, index k, std::string_view where) {
  require_finite_data<Scalar>(x, where, "x");
  core::detail::require(k >= 1, where, "k is ", k, "; expected k >= 1");
  core::detail::require(k < (index{1} << 31), where, "k is ", k, "; expected k < 2^31");
  core::detail::require(k <= x.rows(), where, "k is ", k, " but x has ", x.rows(),
                        " rows; expected k <= number of rows");
  if (w.size() != 0) {
    core::detail::require_size(w.size(), x.rows(), where, "sample_weight");
    double total = 0;
    for (index i = 0; i < w.size(); ++i) {
      core::detail::require(std::isfinite(w[i]) && w[i] >= 0, where, "sample_weight[", i, "] is ",
                            w[i], "; expected finite weights >= 0");
      total += static_cast<double>(w[i]);
    }
    core::detail::require(total > 0, where,
                          "sample_weight sums to 0; expected at least one positive weight");
  }
  const index distinct = count_distinct_rows<Scalar>(x, k);
  core::detail::require(distinct >= k, where, "k is ", k, " but x has only ", distinct,
                        " distinct rows; expected k <= number of distinct rows");
  return w.size() == 0 ? nullptr : w.data();
}

/// Centres at the given rows of the centred data.
template <typename Scalar>
centre_set<Scalar> centres_from_rows(const centred_data<Scalar>& data,
                                     const std::vector<index>& rows) {
  centre_set<Scalar> cs;
  cs.resize(std::ssize(rows), data.cols());
  for (index j = 0; j < cs.k; ++j)
    data.load_row(rows[static_cast<std::size_t>(j)], cs.row(j));
  return cs;
}

/// Converts a run (centred coordinates) into the public result.
template <typename Scalar>
kmeans_result<Scalar> to_result(run_result<Scalar>&& run, const core::vector<Scalar>& mean) {
  kmeans_result<Scalar> out;
  const index k = run.centres.k;
  const index d = run.centres.d;
  out.centroids.resize(k, d);
  for (index j = 0; j < k; ++j) {
    for (index f = 0; f < d; ++f)
      out.centroids(j, f) = run.centres.row(j)[f] + mean[f];
  }
  out.labels = Eigen::Map<const Eigen::Matrix<label_t, Eigen::Dynamic, 1>>(run.labels.data(),
                                                                           std::ssize(run.labels))
                   .template cast<index>();
  out.inertia = run.inertia;
  out.n_iter = run.n_iter;
  out.status = run.status;
  return out;
}

template <typename Scalar>
run_settings<Scalar> settings_for(const kmeans_options& o, Scalar tol, int threads,
                                  core::progress_reporter* reporter) {
  run_settings<Scalar> s;
  s.kind = o.method == algorithm::hamerly ? engine_kind::hamerly : engine_kind::lloyd;
  s.max_iter = o.max_iter;
  s.tol = tol;
  s.threads = threads;
  s.reporter = reporter;
  return s;
}

template <typename Scalar, typename Rng>
kmeans_result<Scalar> kmeans_seeded(const Eigen::Ref<const core::matrix<Scalar>>& x,
                                    const core::vector<Scalar>& sample_weight,
                                    const kmeans_options& o, Rng& rng) {
  constexpr std::string_view where = "cluster::kmeans";
  validate(o);
  const Scalar* w = check_inputs<Scalar>(x, sample_weight, o.k, where);
  const core::vector<Scalar> mean = column_means<Scalar>(x);
  const centred_data<Scalar> data(x, mean);
  const Scalar tol = data_tolerance<Scalar>(x, mean, o.tol);
  const std::uint64_t base = core::detail::bits64(rng);
  core::progress_reporter reporter(o.on_progress);
  const int threads = core::effective_threads(o.threads);
  // Small data: restarts run side by side (each single-threaded); large data: restarts run one
  // after the other with the blocks in parallel. Each run is thread-count independent, so the
  // choice changes speed only.
  const bool side_by_side =
      o.n_init > 1 && threads > 1 && x.rows() < 2 * block_rows * static_cast<index>(threads);
  std::vector<run_result<Scalar>> runs(static_cast<std::size_t>(o.n_init));
  std::vector<char> done(static_cast<std::size_t>(o.n_init), 0);
  const auto one_run = [&](index r, int inner_threads, core::progress_reporter* rep) {
    std::mt19937_64 eng(core::seed_for(base, static_cast<std::uint64_t>(r)));
    const std::vector<index> rows =
        o.init == init_method::kmeans_plus_plus
            ? kmeans_plus_plus_rows(data, w, o.k, o.n_local_trials, eng, inner_threads)
            : random_rows(x.rows(), o.k, eng);
    runs[static_cast<std::size_t>(r)] = run_kmeans(data, w, centres_from_rows(data, rows),
                                                   settings_for(o, tol, inner_threads, rep));
    done[static_cast<std::size_t>(r)] = 1;
  };
  bool cancelled = false;
  if (side_by_side) {
    for (index r0 = 0; r0 < o.n_init && !cancelled; r0 += threads) {
      const index m = std::min<index>(threads, o.n_init - r0);
      core::parallel_for(m, threads, [&](index q) { one_run(r0 + q, 1, nullptr); });
      cancelled = !reporter.report({"kmeans_restarts", r0 + m, o.n_init, 0, 0});
    }
  } else {
    for (index r = 0; r < o.n_init && !cancelled; ++r) {
      one_run(r, o.threads, &reporter);
      cancelled = runs[static_cast<std::size_t>(r)].status == core::fit_status::cancelled ||
                  !reporter.report({"kmeans_restarts", r + 1, o.n_init, 0, 0});
    }
  }
  index best = -1;
  for (index r = 0; r < o.n_init; ++r) {
    if (done[static_cast<std::size_t>(r)] == 0)
      continue;
    const auto& run = runs[static_cast<std::size_t>(r)];
    const auto& bestr = runs[static_cast<std::size_t>(std::max<index>(best, 0))];
    if (best < 0 ||
        (run.inertia < bestr.inertia && !is_same_clustering(run.labels, bestr.labels, o.k)))
      best = r;
  }
  kmeans_result<Scalar> out = to_result(std::move(runs[static_cast<std::size_t>(best)]), mean);
  out.best_init = best;
  if (cancelled) {
    out.status = core::fit_status::cancelled;
    index finished = 0;
    for (const char c : done)
      finished += c;
    out.notes.push_back(
        core::detail::concat("cancelled after ", finished, " of ", o.n_init, " restarts"));
  }
  return out;
}

template <typename Scalar>
kmeans_result<Scalar> kmeans_given(const Eigen::Ref<const core::matrix<Scalar>>& x,
                                   const Eigen::Ref<const core::matrix<Scalar>>& init,
                                   const core::vector<Scalar>& sample_weight,
                                   const kmeans_options& o) {
  constexpr std::string_view where = "cluster::kmeans";
  validate(o);
  const Scalar* w = check_inputs<Scalar>(x, sample_weight, o.k, where);
  core::detail::require_size(init.rows(), o.k, where, "initial_centroids (rows)");
  core::detail::require_size(init.cols(), x.cols(), where, "initial_centroids (columns)");
  require_finite_data<Scalar>(init, where, "initial_centroids");
  const core::vector<Scalar> mean = column_means<Scalar>(x);
  const centred_data<Scalar> data(x, mean);
  const Scalar tol = data_tolerance<Scalar>(x, mean, o.tol);
  centre_set<Scalar> cs;
  cs.resize(o.k, x.cols());
  for (index j = 0; j < o.k; ++j) {
    for (index f = 0; f < x.cols(); ++f)
      cs.row(j)[f] = init(j, f) - mean[f];  // scikit-learn: init -= X_mean
  }
  core::progress_reporter reporter(o.on_progress);
  return to_result(run_kmeans(data, w, cs, settings_for(o, tol, o.threads, &reporter)), mean);
}

}  // namespace detail

/// K-means of the rows of `x` (n x d) from k-means++ or random seeds, best of `n_init` runs;
/// `sample_weight` (n, >= 0) is optional. Same seed, same result for any thread count.
/// Throws: invalid_input for an empty x, NaN/Inf, k < 1, k > distinct rows, bad options or
/// weights; dimension_mismatch if sample_weight has not n entries.
/// Example: `std::mt19937_64 rng{42};`
///          `const auto km = cluster::kmeans(x, {.k = 8, .n_init = 10}, rng);`
template <typename Derived, std::uniform_random_bit_generator Rng>
[[nodiscard]] kmeans_result<typename Derived::Scalar> kmeans(
    const Eigen::MatrixBase<Derived>& x, const kmeans_options& options, Rng& rng,
    const core::vector<typename Derived::Scalar>& sample_weight = {}) {
  using Scalar = typename Derived::Scalar;
  return detail::kmeans_seeded<Scalar>(x, sample_weight, options, rng);
}

/// K-means of the rows of `x` (n x d) from the given k x d `initial_centroids` (one run; n_init
/// and init are ignored): scikit-learn's `KMeans(init=centres, n_init=1)`.
/// Throws: as the seeded overload; dimension_mismatch if initial_centroids is not k x d.
/// Example: `const auto km = cluster::kmeans(x, c0, {.k = 3});`
template <typename Derived, typename DerivedInit>
[[nodiscard]] kmeans_result<typename Derived::Scalar> kmeans(
    const Eigen::MatrixBase<Derived>& x, const Eigen::MatrixBase<DerivedInit>& initial_centroids,
    const kmeans_options& options,
    const core::vector<typename Derived::Scalar>& sample_weight = {}) {
  using Scalar = typename Derived::Scalar;
  const core::matrix<Scalar> init = initial_centroids.template cast<Scalar>();
  return detail::kmeans_given<Scalar>(x, init, sample_weight, options);
}

/// k centres chosen by greedy k-means++ (`n_local_trials` candidates per centre, 0: 2 +
/// floor(ln k)) from the rows of `x`; `sample_weight` optional. Returns k x d.
/// Throws: invalid_input as `kmeans`, and for n_local_trials < 0 or threads < 0.
/// Example: `const Eigen::MatrixXd c0 = cluster::kmeans_plus_plus(x, 8, rng);`
template <typename Derived, std::uniform_random_bit_generator Rng>
[[nodiscard]] core::matrix<typename Derived::Scalar> kmeans_plus_plus(
    const Eigen::MatrixBase<Derived>& x, core::index k, Rng& rng,
    const core::vector<typename Derived::Scalar>& sample_weight = {},
    core::index n_local_trials = 0, int threads = 0) {
  using Scalar = typename Derived::Scalar;
  constexpr std::string_view where = "cluster::kmeans_plus_plus";
  const Eigen::Ref<const core::matrix<Scalar>> xr(x.derived());
  const Scalar* w = detail::check_inputs<Scalar>(xr, sample_weight, k, where);
  core::detail::require(n_local_trials >= 0, where, "n_local_trials is ", n_local_trials,
                        "; expected n_local_trials >= 0");
  core::detail::require(threads >= 0, where, "threads is ", threads,
                        "; expected threads >= 0 (0: OpenMP default)");
  const core::vector<Scalar> mean = detail::column_means<Scalar>(xr);
  const detail::centred_data<Scalar> data(xr, mean);
  const std::vector<core::index> rows =
      detail::kmeans_plus_plus_rows(data, w, k, n_local_trials, rng, threads);
  core::matrix<Scalar> out(k, xr.cols());
  for (core::index j = 0; j < k; ++j)
    out.row(j) = xr.row(rows[static_cast<std::size_t>(j)]);
  return out;
}

}  // namespace foresight::cluster

// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <random>

#include <foresight/cluster/kmeans.hpp>
#include <foresight/cluster/minibatch.hpp>

#include "cluster_data.hpp"

namespace cluster = foresight::cluster;
namespace core = foresight::core;
namespace data = foresight::test::cluster_data;

TEST_CASE_TEMPLATE("minibatch_kmeans comes within a few percent of full k-means", Scalar, float,
                   double) {
  const core::matrix<Scalar> x = data::dataset("blobs").cast<Scalar>();
  std::mt19937_64 r1{3};
  const auto full = cluster::kmeans(x, {.k = 5, .n_init = 3}, r1);
  std::mt19937_64 r2{3};
  const auto mb = cluster::minibatch_kmeans(x, {.k = 5, .batch_size = 128}, r2);
  // Sculley (2010) reports mini-batch objectives within a few percent of full k-means.
  CHECK(mb.inertia <= full.inertia * 1.03);
  CHECK(mb.inertia >= full.inertia * (1 - 1e-6));
  CHECK(mb.labels.size() == x.rows());
  CHECK(mb.predict(x) == mb.labels);
  CHECK(mb.n_iter >= 1);
  // Early stopping (10 steps without a better smoothed batch inertia) ends this run: converged.
  CHECK(mb.status == core::fit_status::converged);
}

TEST_CASE("minibatch_kmeans is reproducible and thread-count invariant") {
  const Eigen::MatrixXd x = data::dataset("digits");
  std::mt19937_64 r1{9};
  std::mt19937_64 r2{9};
  const auto a = cluster::minibatch_kmeans(x, {.k = 10, .batch_size = 256, .threads = 1}, r1);
  const auto b = cluster::minibatch_kmeans(x, {.k = 10, .batch_size = 256, .threads = 2}, r2);
  CHECK(a.centroids == b.centroids);
  CHECK(a.labels == b.labels);
  CHECK(a.inertia == b.inertia);
  CHECK(a.n_iter == b.n_iter);
}

TEST_CASE("minibatch_kmeans honours weights, the step limit and cancellation") {
  const Eigen::MatrixXd x = data::dataset("sku");
  const Eigen::VectorXd w = data::reference_weights(x.rows());
  std::mt19937_64 rng{5};
  const auto km = cluster::minibatch_kmeans(
      x, {.k = 6, .batch_size = 50, .max_iter = 1, .max_no_improvement = 0}, rng, w);
  CHECK(km.status == core::fit_status::iteration_limit);
  CHECK(km.n_iter == 10);  // max_iter * n / batch_size = 500 / 50
  double inertia = 0;
  for (core::index i = 0; i < x.rows(); ++i)
    inertia += w[i] * (x.row(i) - km.centroids.row(km.labels[i])).squaredNorm();
  CHECK(km.inertia == doctest::Approx(inertia).epsilon(1e-10));
  const auto cancelled = cluster::minibatch_kmeans(
      x, {.k = 6, .batch_size = 50, .on_progress = [](const core::progress&) { return false; }},
      rng);
  CHECK(cancelled.status == core::fit_status::cancelled);
  CHECK(cancelled.n_iter == 1);
}

TEST_CASE("minibatch_kmeans rejects bad input") {
  const Eigen::MatrixXd x = data::dataset("small");
  std::mt19937_64 rng{1};
  CHECK_THROWS_AS((void)cluster::minibatch_kmeans(x, {.k = 0}, rng), core::invalid_input);
  CHECK_THROWS_AS((void)cluster::minibatch_kmeans(x, {.k = 3, .batch_size = 0}, rng),
                  core::invalid_input);
  CHECK_THROWS_AS((void)cluster::minibatch_kmeans(x, {.k = 3, .init_size = 2}, rng),
                  core::invalid_input);
  CHECK_THROWS_AS((void)cluster::minibatch_kmeans(x, {.k = 3}, rng, Eigen::VectorXd::Ones(3)),
                  core::dimension_mismatch);
  Eigen::MatrixXd bad = x;
  bad(0, 0) = std::numeric_limits<double>::infinity();
  CHECK_THROWS_AS((void)cluster::minibatch_kmeans(bad, {.k = 3}, rng), core::invalid_input);
  CHECK_THROWS_AS((void)cluster::minibatch_kmeans(Eigen::MatrixXd(0, 2), {.k = 1}, rng),
                  core::invalid_input);
}

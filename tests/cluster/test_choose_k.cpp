// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include <foresight/cluster/choose_k.hpp>

#include "cluster_data.hpp"

namespace cluster = foresight::cluster;
namespace core = foresight::core;
namespace data = foresight::test::cluster_data;

TEST_CASE("find_knee finds the corner of a piecewise-linear curve and none on a line") {
  // Steep descent to x = 4, then nearly flat: the farthest point below the chord is x = 4.
  const std::vector<double> x{1, 2, 3, 4, 5, 6, 7, 8};
  const std::vector<double> y{100, 70, 40, 10, 9, 8, 7, 6};
  const auto knee = cluster::find_knee(x, y);
  REQUIRE(knee.has_value());
  CHECK(x[static_cast<std::size_t>(*knee)] == 4);
  CHECK_FALSE(cluster::find_knee(x, {8, 7, 6, 5, 4, 3, 2, 1}).has_value());
  CHECK_FALSE(cluster::find_knee(x, {1, 1, 1, 1, 1, 1, 1, 1}).has_value());
  // y = 1/x on 1..10 (Satopää et al. 2011 use such curves): the knee is where the normalised
  // curve is farthest below the chord, here x = 3 (1 - x_n - y_n = 0.5556 - ... by hand:
  // x = 3: x_n = 2/9, y_n = (1/3 - 0.1)/0.9 = 0.2593, 1 - x_n - y_n = 0.5185, the maximum).
  std::vector<double> xs;
  std::vector<double> ys;
  for (int i = 1; i <= 10; ++i) {
    xs.push_back(i);
    ys.push_back(1.0 / i);
  }
  CHECK(xs[static_cast<std::size_t>(*cluster::find_knee(xs, ys))] == 3);
  CHECK_THROWS_AS((void)cluster::find_knee({1, 2}, {2, 1}), core::invalid_input);
  CHECK_THROWS_AS((void)cluster::find_knee({1, 2, 3}, {2, 1}), core::dimension_mismatch);
  CHECK_THROWS_AS((void)cluster::find_knee({1, 3, 2}, {3, 2, 1}), core::invalid_input);
}

namespace {
// Five round blobs (sd 1) around fixed, well-separated centres: the true k is 5.
Eigen::MatrixXd five_blobs() {
  const double centres[5][2] = {{0, 0}, {12, 0}, {0, 12}, {12, 12}, {6, 24}};
  std::mt19937_64 rng{77};
  Eigen::MatrixXd x(750, 2);
  for (core::index i = 0; i < x.rows(); ++i) {
    for (core::index f = 0; f < 2; ++f)
      x(i, f) = centres[i % 5][f] + core::normal<double>(rng, 0.0, 1.0);
  }
  return x;
}
}  // namespace

TEST_CASE("choose_k recovers the number of blobs from the elbow and the silhouette") {
  const Eigen::MatrixXd x = five_blobs();
  std::mt19937_64 rng{1};
  const auto ck = cluster::choose_k(x, {.k_min = 1, .k_max = 9, .kmeans = {.n_init = 3}}, rng);
  REQUIRE(ck.k.size() == 9);
  CHECK(std::isnan(ck.silhouette[0]));
  for (std::size_t i = 1; i < ck.inertia.size(); ++i)
    CHECK(ck.inertia[i] < ck.inertia[i - 1]);
  CHECK(ck.elbow_k == 5);
  CHECK(ck.silhouette_k == 5);
  CHECK(ck.models[4].centroids.rows() == 5);
  std::mt19937_64 r2{1};
  const auto again =
      cluster::choose_k(x, {.k_min = 1, .k_max = 9, .kmeans = {.n_init = 3, .threads = 1}}, r2);
  CHECK(again.inertia == ck.inertia);
  for (std::size_t i = 1; i < ck.k.size(); ++i)
    CHECK(again.silhouette[i] == ck.silhouette[i]);
  std::mt19937_64 r3{1};
  const auto sampled = cluster::choose_k(
      x, {.k_min = 2, .k_max = 6, .kmeans = {.n_init = 2}, .silhouette_sample_size = 300}, r3);
  // A 300-row sample estimates each silhouette to about +-0.03 (sd of per-row values ~0.2).
  for (std::size_t i = 0; i < sampled.k.size(); ++i)
    CHECK(std::abs(sampled.silhouette[i] - ck.silhouette[i + 1]) < 0.05);
}

TEST_CASE(
    "choose_k on the reference blobs: four separated groups, the elbow and silhouette agree") {
  // data_blobs.csv (make_blobs(centers=5, random_state=1), make_reference.py) has two of its
  // five centres close together: both criteria see four groups.
  const Eigen::MatrixXd x = data::dataset("blobs");
  std::mt19937_64 rng{1};
  const auto ck = cluster::choose_k(x, {.k_min = 2, .k_max = 8, .kmeans = {.n_init = 3}}, rng);
  CHECK(ck.elbow_k == 4);
  CHECK(ck.silhouette_k == 4);
}

TEST_CASE("choose_k rejects bad ranges") {
  const Eigen::MatrixXd x = data::dataset("small");
  std::mt19937_64 rng{1};
  CHECK_THROWS_AS((void)cluster::choose_k(x, {.k_min = 0}, rng), core::invalid_input);
  CHECK_THROWS_AS((void)cluster::choose_k(x, {.k_min = 5, .k_max = 4}, rng), core::invalid_input);
  CHECK_THROWS_AS((void)cluster::choose_k(x, {.k_min = 2, .k_max = 400}, rng), core::invalid_input);
  CHECK_THROWS_AS((void)cluster::choose_k(x, {.silhouette_sample_size = -1}, rng),
                  core::invalid_input);
  CHECK_THROWS_WITH_AS((void)cluster::choose_k(x, {.silhouette_sample_size = 1}, rng),
                       "cluster::validate(choose_k_options): silhouette_sample_size is 1; expected "
                       "0 (all rows) or >= 2",
                       core::invalid_input);
  // The k-means options are checked before any work (their k is ignored).
  CHECK_THROWS_AS(cluster::validate(cluster::choose_k_options{.kmeans = {.n_init = 0}}),
                  core::invalid_input);
  CHECK_NOTHROW(cluster::validate(cluster::choose_k_options{.kmeans = {.k = 0}}));
}

TEST_CASE("choose_k gives NaN, not an exception, when a silhouette sample misses clusters") {
  // 990 rows near 0 and 10 rows near 100: a 20-row sample misses the small cluster about 80% of
  // the time (0.99^20), and then has one cluster only.
  Eigen::MatrixXd x(1000, 1);
  for (core::index i = 0; i < x.rows(); ++i)
    x(i, 0) = i < 990 ? 0.01 * static_cast<double>(i % 50) : 100 + 0.1 * static_cast<double>(i);
  int undefined = 0;
  for (std::uint64_t seed = 0; seed < 10; ++seed) {
    std::mt19937_64 rng{seed};
    const auto ck = cluster::choose_k(
        x, {.k_min = 2, .k_max = 2, .kmeans = {.n_init = 1}, .silhouette_sample_size = 20}, rng);
    REQUIRE(ck.silhouette.size() == 1);
    undefined += std::isnan(ck.silhouette[0]) ? 1 : 0;
    CHECK(ck.silhouette_k == 2);
  }
  CHECK(undefined > 0);
}

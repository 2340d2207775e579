// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <string>

#include <foresight/cluster/kmeans.hpp>
#include <foresight/cluster/silhouette.hpp>

#include "cluster_data.hpp"

namespace cluster = foresight::cluster;
namespace core = foresight::core;
namespace data = foresight::test::cluster_data;
using foresight::test::parse_number;
using foresight::test::read_simple_csv;
using foresight::test::source_path;

TEST_CASE("silhouette_score and silhouette_samples match scikit-learn") {
  // scikit-learn 1.2.1: silhouette_score(X, labels) and silhouette_samples(X, labels)[:5] with
  // labels = KMeans(n_clusters=k, init=<init_<name>.csv>, n_init=1).fit(X).labels_
  // (make_reference.py -> silhouette_reference.csv). sklearn computes distances as
  // sqrt(|x|^2 + |y|^2 - 2 x.y), foresight as sqrt(sum (x - y)^2): agreement to ~1e-12.
  const auto ref = read_simple_csv(source_path("reference/cluster/silhouette_reference.csv"));
  REQUIRE(ref.rows.size() == 3);
  for (const auto& row : ref.rows) {
    const std::string name = row[0];
    CAPTURE(name);
    const Eigen::MatrixXd x = data::dataset(name);
    const Eigen::MatrixXd c0 = data::read_matrix("init_" + name + ".csv");
    const auto km = cluster::kmeans(x, c0, {.k = std::stol(row[1])});
    const double score = cluster::silhouette_score(x, km.labels);
    CHECK(score == doctest::Approx(parse_number(row[2])).epsilon(1e-9));
    const Eigen::VectorXd s = cluster::silhouette_samples(x, km.labels);
    for (int i = 0; i < 5; ++i)
      CHECK(s[i] ==
            doctest::Approx(parse_number(row[static_cast<std::size_t>(3 + i)])).epsilon(1e-9));
    CHECK(s.mean() == doctest::Approx(score).epsilon(1e-12));
  }
}

TEST_CASE_TEMPLATE("silhouette is thread-count invariant and works in float", Scalar, float,
                   double) {
  const core::matrix<Scalar> x = data::dataset("blobs").cast<Scalar>();
  const Eigen::MatrixXd c0 = data::read_matrix("init_blobs.csv");
  const auto km = cluster::kmeans(x, c0, {.k = 5});
  const core::vector<Scalar> a = cluster::silhouette_samples(x, km.labels, 1);
  const core::vector<Scalar> b = cluster::silhouette_samples(x, km.labels, 2);
  CHECK(a == b);
  // float: distances to ~1e-7 relative; the score is a mean of ratios of such sums. Reference:
  // scikit-learn 1.2.1 silhouette_score on blobs (float64), silhouette_reference.csv.
  CHECK(cluster::silhouette_score(x, km.labels) ==
        doctest::Approx(0.5161012504752146).epsilon(1e-5));
}

TEST_CASE("sampled silhouette is reproducible and close to the exact score") {
  const Eigen::MatrixXd x = data::dataset("digits");
  const Eigen::MatrixXd c0 = data::read_matrix("init_digits.csv");
  const auto km = cluster::kmeans(x, c0, {.k = 10});
  const double exact = cluster::silhouette_score(x, km.labels);
  std::mt19937_64 r1{4};
  std::mt19937_64 r2{4};
  const double s1 = cluster::silhouette_score(x, km.labels, 600, r1);
  const double s2 = cluster::silhouette_score(x, km.labels, 600, r2);
  CHECK(s1 == s2);
  // A 600-row sample: per-row silhouettes have sd ~0.1, so the mean is within ~0.02.
  CHECK(std::abs(s1 - exact) < 0.03);
  std::mt19937_64 r3{4};
  CHECK(cluster::silhouette_score(x, km.labels, 5000, r3) == doctest::Approx(exact).epsilon(1e-12));
}

TEST_CASE("a row alone in its cluster has silhouette 0") {
  Eigen::MatrixXd x(5, 1);
  x << 0, 1, 2, 10, 11;
  cluster::label_vector l(5);
  l << 0, 0, 0, 1, 2;
  const Eigen::VectorXd s = cluster::silhouette_samples(x, l);
  CHECK(s[3] == 0);
  CHECK(s[4] == 0);
  // Row 0: a = (1 + 2) / 2 = 1.5, b = min(10, 11) = 10, s = (10 - 1.5) / 10 = 0.85 (by hand).
  CHECK(s[0] == doctest::Approx(0.85));
}

TEST_CASE("silhouette rejects bad input") {
  const Eigen::MatrixXd x = data::dataset("small");
  cluster::label_vector one = cluster::label_vector::Zero(300);
  CHECK_THROWS_WITH_AS((void)cluster::silhouette_score(x, one),
                       "cluster::silhouette_score: there are 1 clusters among 300 rows; expected 2 "
                       "<= clusters <= rows - 1",
                       core::invalid_input);
  CHECK_THROWS_AS((void)cluster::silhouette_score(x, cluster::label_vector::Zero(5)),
                  core::dimension_mismatch);
  cluster::label_vector neg = cluster::label_vector::Zero(300);
  neg[0] = -1;
  CHECK_THROWS_AS((void)cluster::silhouette_samples(x, neg), core::invalid_input);
  Eigen::MatrixXd bad = x;
  bad(1, 0) = std::nan("");
  one[1] = 1;
  CHECK_THROWS_AS((void)cluster::silhouette_score(bad, one), core::invalid_input);
  std::mt19937_64 rng{1};
  CHECK_THROWS_AS((void)cluster::silhouette_score(x, one, 1, rng), core::invalid_input);
}

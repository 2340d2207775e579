// SPDX-License-Identifier: Apache-2.0
// Tests of the basis factorisation (optimize/lp/detail/lu.hpp) against Eigen's dense LU.
#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include <Eigen/Dense>

#include <foresight/core/random.hpp>
#include <foresight/optimize/lp/detail/lu.hpp>

namespace core = foresight::core;
using foresight::optimize::lp::detail::basis_factor;
using idx = core::index;

namespace {

// Random sparse m x m basis with a nonsingular diagonal and some unit (logical) columns.
Eigen::MatrixXd random_basis(idx m, double density, std::mt19937_64& rng) {
  Eigen::MatrixXd b = Eigen::MatrixXd::Zero(m, m);
  for (idx j = 0; j < m; ++j) {
    if (core::uniform01(rng) < 0.3) {
      b(j, j) = 1.0;
      continue;
    }
    for (idx i = 0; i < m; ++i) {
      if (core::uniform01(rng) < density)
        b(i, j) = core::uniform(rng, -1.0, 1.0);
    }
    b(j, j) += core::uniform01(rng) < 0.5 ? 2.0 : -2.0;
  }
  return b;
}

auto columns_of(const Eigen::MatrixXd& b) {
  return [&b](idx k, std::vector<idx>& rows, std::vector<double>& vals) {
    for (idx i = 0; i < b.rows(); ++i) {
      if (b(i, k) != 0.0) {
        rows.push_back(i);
        vals.push_back(b(i, k));
      }
    }
  };
}

double residual(const Eigen::MatrixXd& b, basis_factor& f, bool transpose, std::mt19937_64& rng) {
  const idx m = b.rows();
  Eigen::VectorXd rhs(m);
  for (idx i = 0; i < m; ++i)
    rhs[i] = core::uniform(rng, -1.0, 1.0);
  std::vector<double> w(rhs.data(), rhs.data() + m);
  if (transpose) {
    f.btran(w);
  } else {
    f.ftran(w);
  }
  const Eigen::VectorXd x = Eigen::Map<Eigen::VectorXd>(w.data(), m);
  const Eigen::VectorXd r =
      transpose ? Eigen::VectorXd(b.transpose() * x - rhs) : Eigen::VectorXd(b * x - rhs);
  return r.norm() / (1.0 + rhs.norm());
}

}  // namespace

TEST_CASE("basis_factor solves B x = b and B'y = c after factorisation and updates") {
  std::mt19937_64 rng{7};
  for (int trial = 0; trial < 60; ++trial) {
    CAPTURE(trial);
    const idx m = 3 + static_cast<idx>(core::uniform01(rng) * 50);
    const Eigen::MatrixXd b0 = random_basis(m, 0.1 + 0.3 * core::uniform01(rng), rng);
    basis_factor f;
    REQUIRE(f.factorize(m, columns_of(b0)) == 0);
    // Position r of the permuted basis holds original position position_order()[r].
    Eigen::MatrixXd b(m, m);
    for (idx r = 0; r < m; ++r)
      b.col(r) = b0.col(f.position_order()[static_cast<std::size_t>(r)]);
    CHECK(residual(b, f, false, rng) < 1e-12);
    CHECK(residual(b, f, true, rng) < 1e-12);
    // Forrest-Tomlin updates with well-sized pivots keep the solves accurate.
    for (int u = 0; u < 30; ++u) {
      Eigen::VectorXd a = Eigen::VectorXd::Zero(m);
      for (idx i = 0; i < m; ++i) {
        if (core::uniform01(rng) < 0.3)
          a[i] = core::uniform(rng, -1.0, 1.0);
      }
      std::vector<double> spike(a.data(), a.data() + m);
      f.ftran(spike, true);
      idx r = 0;
      for (idx i = 1; i < m; ++i) {
        if (std::abs(spike[static_cast<std::size_t>(i)]) >
            std::abs(spike[static_cast<std::size_t>(r)]))
          r = i;
      }
      if (std::abs(spike[static_cast<std::size_t>(r)]) < 0.1)
        continue;
      std::vector<double> er(static_cast<std::size_t>(m), 0.0);
      er[static_cast<std::size_t>(r)] = 1.0;
      f.btran(er, true);
      CHECK(f.update(r, spike[static_cast<std::size_t>(r)]));
      b.col(r) = a;
    }
    CHECK(f.num_updates() > 0);
    CHECK(residual(b, f, false, rng) < 1e-10);
    CHECK(residual(b, f, true, rng) < 1e-10);
  }
}

TEST_CASE("basis_factor reports dependent columns and the rows left without a pivot") {
  Eigen::MatrixXd b = Eigen::MatrixXd::Zero(4, 4);
  b << 1, 0, 1, 0,  //
      0, 1, 1, 0,   //
      0, 0, 0, 0,   //
      0, 0, 0, 1;
  basis_factor f;
  CHECK(f.factorize(4, columns_of(b)) == 1);
  REQUIRE(f.singular_rows().size() == 1);
  CHECK(f.singular_rows()[0] == 2);
  REQUIRE(f.singular_positions().size() == 1);
  const idx bad = f.singular_positions()[0];
  CHECK((bad == 0 || bad == 1 || bad == 2));  // any of the three dependent columns
}

// SPDX-License-Identifier: Apache-2.0
// Tests of the basis factorisation (optimize/lp/detail/lu.hpp) against Eigen's dense LU.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
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

namespace {

using foresight::optimize::lp::lu_solve_path;

// Largest difference between two solve results, relative to 1 + |entry|.
double max_difference(const std::vector<double>& a, const std::vector<double>& b) {
  double worst = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    worst = std::max(worst, std::abs(a[i] - b[i]) / (1.0 + std::abs(a[i])));
  return worst;
}

// A right-hand side with `count` random nonzeros, and its rows.
std::vector<double> sparse_rhs(idx m, idx count, std::mt19937_64& rng, std::vector<idx>& rows) {
  std::vector<double> v(static_cast<std::size_t>(m), 0.0);
  rows.clear();
  for (idx k = 0; k < count; ++k) {
    const auto i = static_cast<idx>(core::uniform01(rng) * static_cast<double>(m)) % m;
    if (v[static_cast<std::size_t>(i)] == 0.0)
      rows.push_back(i);
    v[static_cast<std::size_t>(i)] = core::uniform(rng, -1.0, 1.0);
  }
  return v;
}

}  // namespace

TEST_CASE("basis_factor hypersparse solves match the dense solves on random sparse factors") {
  // Gilbert-Peierls solves (symbolic reach, then the reached rows in topological order) do the
  // same operations as the dense loops in another order: results agree to rounding, before and
  // after Forrest-Tomlin updates, for unit vectors, sparse and dense right-hand sides and zero.
  std::mt19937_64 rng{2024};
  for (int trial = 0; trial < 25; ++trial) {
    CAPTURE(trial);
    const idx m = 20 + static_cast<idx>(core::uniform01(rng) * 180);
    // About 2.5 off-diagonal entries per column: sparse factors, sparse inverse rows/columns.
    const Eigen::MatrixXd b0 = random_basis(m, 2.5 / static_cast<double>(m), rng);
    basis_factor dense;
    dense.solve_path = lu_solve_path::dense;
    REQUIRE(dense.factorize(m, columns_of(b0)) == 0);
    basis_factor hyper = dense;
    hyper.solve_path = lu_solve_path::hypersparse;
    basis_factor automatic = dense;
    automatic.solve_path = lu_solve_path::automatic;
    automatic.hyper_min_rows = 0;  // every eligible stage, even on these small bases
    std::vector<idx> rows;
    const auto compare_solves = [&] {
      for (int k = 0; k < 12; ++k) {
        const idx count = k == 0 ? 0 : k < 4 ? 1 : k < 10 ? 1 + k / 2 : m;
        const std::vector<double> rhs = sparse_rhs(m, count, rng, rows);
        for (const bool transpose : {false, true}) {
          CAPTURE(count);
          CAPTURE(transpose);
          std::vector<double> xd = rhs;
          std::vector<double> xh = rhs;
          std::vector<double> xa = rhs;
          if (transpose) {
            dense.btran(xd);
            hyper.btran(xh, false, k % 2 == 0 ? &rows : nullptr);
            automatic.btran(xa, true, &rows);
          } else {
            dense.ftran(xd);
            hyper.ftran(xh, false, k % 2 == 0 ? &rows : nullptr);
            automatic.ftran(xa, true, &rows);
          }
          CHECK(max_difference(xd, xh) < 1e-12);
          CHECK(max_difference(xd, xa) < 1e-12);
          if (count == 0) {
            CHECK(std::all_of(xh.begin(), xh.end(), [](double v) { return v == 0.0; }));
          }
        }
      }
    };
    compare_solves();
    // Forrest-Tomlin updates on all three, each from its own path's saved vectors.
    for (int u = 0; u < 20; ++u) {
      const std::vector<double> a = sparse_rhs(m, 3, rng, rows);
      std::vector<double> sd = a;
      std::vector<double> sh = a;
      std::vector<double> sa = a;
      dense.ftran(sd, true);
      hyper.ftran(sh, true, &rows);
      automatic.ftran(sa, true, &rows);
      idx r = 0;
      for (idx i = 1; i < m; ++i) {
        if (std::abs(sd[static_cast<std::size_t>(i)]) > std::abs(sd[static_cast<std::size_t>(r)]))
          r = i;
      }
      if (std::abs(sd[static_cast<std::size_t>(r)]) < 0.1)
        continue;
      const std::vector<idx> unit = {r};
      std::vector<double> ed(static_cast<std::size_t>(m), 0.0);
      ed[static_cast<std::size_t>(r)] = 1.0;
      std::vector<double> eh = ed;
      std::vector<double> ea = ed;
      dense.btran(ed, true);
      hyper.btran(eh, true, &unit);
      automatic.btran(ea, true, &unit);
      CHECK(max_difference(ed, eh) < 1e-12);
      REQUIRE(dense.update(r, sd[static_cast<std::size_t>(r)]));
      REQUIRE(hyper.update(r, sh[static_cast<std::size_t>(r)]));
      REQUIRE(automatic.update(r, sa[static_cast<std::size_t>(r)]));
    }
    CHECK(hyper.num_updates() == dense.num_updates());
    CHECK(hyper.num_nonzeros() == dense.num_nonzeros());
    compare_solves();
    // Forced paths take the path on every stage; the dense one counts no stages.
    CHECK(dense.stages() == 0);
    CHECK(hyper.hyper_stages() == hyper.stages());
    CHECK(hyper.stages() > 0);
    CHECK(automatic.hyper_stages() > 0);
    CHECK(automatic.hyper_stages() < automatic.stages());  // the dense right-hand sides
  }
}

TEST_CASE("basis_factor hypersparse solves stay exact on a factor with a long dependency chain") {
  // Bidiagonal basis: column k has 2 on the diagonal and -1 below it, so B^-1 is dense lower
  // triangular and the reach of e_0 through L (or of e_{m-1} through L') is every row, along
  // one depth-first path of length m (the iterative search needs no call stack).
  const idx m = 3000;
  basis_factor dense;
  dense.solve_path = lu_solve_path::dense;
  REQUIRE(dense.factorize(m, [m](idx k, std::vector<idx>& rows, std::vector<double>& vals) {
    rows.push_back(k);
    vals.push_back(2.0);
    if (k + 1 < m) {
      rows.push_back(k + 1);
      vals.push_back(-1.0);
    }
  }) == 0);
  basis_factor hyper = dense;
  hyper.solve_path = lu_solve_path::hypersparse;
  for (const bool transpose : {false, true}) {
    std::vector<double> xd(static_cast<std::size_t>(m), 0.0);
    xd[transpose ? static_cast<std::size_t>(m - 1) : 0] = 1.0;
    std::vector<double> xh = xd;
    if (transpose) {
      dense.btran(xd);
      hyper.btran(xh);
    } else {
      dense.ftran(xd);
      hyper.ftran(xh);
    }
    CHECK(max_difference(xd, xh) == 0.0);
    // x_i = 2^-(distance + 1) for the rows reached.
    CHECK(xh[transpose ? static_cast<std::size_t>(m - 1) : 0] == doctest::Approx(0.5));
    CHECK(xh[transpose ? static_cast<std::size_t>(m - 2) : 1] == doctest::Approx(0.25));
  }
}

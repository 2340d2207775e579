// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <foresight/core/interop.hpp>

namespace core = foresight::core;

TEST_CASE("xtensor and Eigen views share storage in row-major order") {
  xt::xtensor<float, 3> t = xt::zeros<float>({2, 3, 4});
  t(1, 2, 3) = 7.0f;
  auto rows = core::as_eigen_rows(t);
  CHECK(rows.rows() == 6);
  CHECK(rows.cols() == 4);
  CHECK(rows(5, 3) == 7.0f);
  rows(0, 1) = 2.0f;
  CHECK(t(0, 0, 1) == 2.0f);
}

TEST_CASE("to_xtensor and to_matrix round-trip") {
  core::matrix<double> m(2, 3);
  m << 1, 2, 3, 4, 5, 6;
  const auto t = core::to_xtensor(m);
  CHECK(t(1, 0) == 4.0);
  CHECK(t(0, 2) == 3.0);
  CHECK(core::to_matrix(t) == m);
  const auto& ct = t;
  CHECK(core::as_eigen(ct)(1, 2) == 6.0);
}

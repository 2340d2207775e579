// SPDX-License-Identifier: Apache-2.0
// MIP models generated in code from a fixed linear congruential sequence (no files, no test
// support): used by the tests (mip_models.hpp) and by bench/optimize/bench_mip.cpp.
#pragma once

#include <cmath>
#include <vector>

#include <foresight/optimize/lp/expression.hpp>
#include <foresight/optimize/lp/model.hpp>

namespace foresight::test::mip {

// A market split instance (Cornuejols & Dawande 1999): m rows sum_j a_ij x_j = floor(sum_j
// a_ij / 2) over n binaries with a_ij in [0, 99] from a fixed linear congruential sequence.
// With m = 4, n = 30 branch and bound needs millions of nodes: a model that cannot finish
// within a short time limit.
inline optimize::lp::model market_split(int m, int n, unsigned seed) {
  namespace lp = optimize::lp;
  lp::model mdl;
  std::vector<lp::variable> x;
  for (int j = 0; j < n; ++j)
    x.push_back(mdl.add_variable({.lower = 0, .upper = 1, .cost = 0, .integer = true}));
  unsigned state = seed;
  for (int i = 0; i < m; ++i) {
    lp::linear_expression e;
    double total = 0;
    for (int j = 0; j < n; ++j) {
      state = state * 1103515245U + 12345U;
      const double a = static_cast<double>((state >> 16U) % 100U);
      e = e + a * x[static_cast<std::size_t>(j)];
      total += a;
    }
    // Slack variables s+ and s- with cost 1 make every instance feasible; the optimum is 0
    // exactly when the market split has a solution, which is rare and hard to prove.
    const lp::variable sp = mdl.add_variable({.cost = 1});
    const lp::variable sm = mdl.add_variable({.cost = 1});
    mdl.add_constraint(e + sp - sm == std::floor(total / 2));
  }
  return mdl;
}

// A multi-dimensional 0-1 knapsack with profits correlated to the weights (max profit written
// as min -profit): m capacity rows at half the total weight over n items, weights in [10, 99]
// from a fixed linear congruential sequence. With n = 40, m = 3 the search needs some hundreds
// of nodes: a model for node and gap limits and callbacks that still finishes quickly.
inline optimize::lp::model correlated_knapsack(int m, int n, unsigned seed) {
  namespace lp = optimize::lp;
  lp::model mdl;
  unsigned state = seed;
  const auto next = [&state](unsigned range) {
    state = state * 1103515245U + 12345U;
    return static_cast<double>((state >> 16U) % range);
  };
  std::vector<std::vector<double>> w(static_cast<std::size_t>(m));
  for (auto& row : w) {
    for (int j = 0; j < n; ++j)
      row.push_back(10 + next(90));
  }
  std::vector<lp::variable> x;
  for (int j = 0; j < n; ++j) {
    const double profit = w[0][static_cast<std::size_t>(j)] + 10 + next(5);
    x.push_back(mdl.add_variable({.lower = 0, .upper = 1, .cost = -profit, .integer = true}));
  }
  for (const auto& row : w) {
    lp::linear_expression e;
    double total = 0;
    for (int j = 0; j < n; ++j) {
      e = e + row[static_cast<std::size_t>(j)] * x[static_cast<std::size_t>(j)];
      total += row[static_cast<std::size_t>(j)];
    }
    mdl.add_constraint(e <= std::floor(total / 2));
  }
  return mdl;
}

}  // namespace foresight::test::mip

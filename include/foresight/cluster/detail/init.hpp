// SPDX-License-Identifier: Apache-2.0
/// \file
/// Seeding of k-means: greedy k-means++ as scikit-learn does it (2 + floor(ln k) candidates per
/// centre, keeping the one that lowers the potential most) and uniform random rows.
/// References: Arthur & Vassilvitskii (2007), "k-means++: the advantages of careful seeding",
/// SODA, sec. 2.2 (D^2 weighting) and the greedy variant of their sec. 6.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_set>
#include <vector>

#include <foresight/cluster/detail/kernels.hpp>
#include <foresight/core/parallel.hpp>
#include <foresight/core/random.hpp>

namespace foresight::cluster::detail {

/// Squared distance of every row to `centre` (centred coordinates), written to `out`.
template <typename Scalar>
void distances_to(const centred_data<Scalar>& data, const Scalar* centre, Scalar* out,
                  int threads) {
  const index d = data.cols();
  const auto ranges = partition_rows(data.rows());
  core::parallel_for(static_cast<index>(ranges.size()), threads, [&](index t) {
    std::vector<Scalar> row(static_cast<std::size_t>(d));
    const row_range r = ranges[static_cast<std::size_t>(t)];
    for (index i = r.begin; i < r.end; ++i) {
      data.load_row(i, row.data());
      out[i] = squared_distance(row.data(), centre, d);
    }
  });
}

/// Row indices of the k-means++ seeds (greedy variant with `trials` candidates per centre;
/// trials <= 0 means scikit-learn's 2 + floor(ln k)). Candidates are drawn with probability
/// proportional to w_i D(x_i)^2; the first centre with probability proportional to w_i.
template <typename Scalar, typename Rng>
std::vector<index> kmeans_plus_plus_rows(const centred_data<Scalar>& data, const Scalar* w, index k,
                                         index trials, Rng& rng, int threads) {
  const index n = data.rows();
  const index d = data.cols();
  if (trials <= 0)
    trials = 2 + static_cast<index>(std::log(static_cast<double>(k)));
  const auto ranges = partition_rows(n);
  threads = serial_below(n * d * trials, threads);
  std::vector<index> chosen;
  chosen.reserve(static_cast<std::size_t>(k));
  // First centre: uniform (weighted by w when given).
  index first = 0;
  if (w == nullptr) {
    first = static_cast<index>(core::uniform_index(rng, static_cast<std::uint64_t>(n)));
  } else {
    double total = 0;
    for (index i = 0; i < n; ++i)
      total += static_cast<double>(w[i]);
    const double u = core::uniform01<double>(rng) * total;
    double acc = 0;
    first = n - 1;
    for (index i = 0; i < n; ++i) {
      acc += static_cast<double>(w[i]);
      if (u < acc) {
        first = i;
        break;
      }
    }
  }
  chosen.push_back(first);
  std::vector<Scalar> centre(static_cast<std::size_t>(d));
  std::vector<Scalar> closest(static_cast<std::size_t>(n));
  data.load_row(first, centre.data());
  distances_to(data, centre.data(), closest.data(), threads);
  const auto weighted = [&](index i) {
    return static_cast<double>(closest[static_cast<std::size_t>(i)]) *
           static_cast<double>(weight_of(w, i));
  };
  double potential = 0;
  for (index i = 0; i < n; ++i)
    potential += weighted(i);

  std::vector<double> targets(static_cast<std::size_t>(trials));
  std::vector<index> candidates(static_cast<std::size_t>(trials));
  std::vector<Scalar> cand_rows(static_cast<std::size_t>(trials * d));
  std::vector<std::vector<double>> part_pot(ranges.size(),
                                            std::vector<double>(static_cast<std::size_t>(trials)));
  for (index c = 1; c < k; ++c) {
    // Draw `trials` targets in [0, potential) and find the first row whose cumulative weight
    // reaches each (numpy's searchsorted on the cumulative sum), in one sweep.
    for (auto& t : targets)
      t = core::uniform01<double>(rng) * potential;
    std::vector<index> order(static_cast<std::size_t>(trials));
    for (index q = 0; q < trials; ++q)
      order[static_cast<std::size_t>(q)] = q;
    std::sort(order.begin(), order.end(), [&](index a, index b) {
      return targets[static_cast<std::size_t>(a)] < targets[static_cast<std::size_t>(b)];
    });
    double cum = 0;
    index next = 0;
    for (index i = 0; i < n && next < trials; ++i) {
      cum += weighted(i);
      while (next < trials &&
             cum >= targets[static_cast<std::size_t>(order[static_cast<std::size_t>(next)])]) {
        candidates[static_cast<std::size_t>(order[static_cast<std::size_t>(next)])] = i;
        ++next;
      }
    }
    for (; next < trials; ++next)
      candidates[static_cast<std::size_t>(order[static_cast<std::size_t>(next)])] = n - 1;
    for (index q = 0; q < trials; ++q)
      data.load_row(candidates[static_cast<std::size_t>(q)], cand_rows.data() + q * d);
    // Potential after adding each candidate, summed per task then in task order.
    core::parallel_for(static_cast<index>(ranges.size()), threads, [&](index t) {
      std::vector<Scalar> row(static_cast<std::size_t>(d));
      auto& pp = part_pot[static_cast<std::size_t>(t)];
      std::fill(pp.begin(), pp.end(), 0.0);
      const row_range r = ranges[static_cast<std::size_t>(t)];
      for (index i = r.begin; i < r.end; ++i) {
        data.load_row(i, row.data());
        const Scalar ci = closest[static_cast<std::size_t>(i)];
        const double wi = static_cast<double>(weight_of(w, i));
        for (index q = 0; q < trials; ++q) {
          const Scalar dq = squared_distance(row.data(), cand_rows.data() + q * d, d);
          pp[static_cast<std::size_t>(q)] += static_cast<double>(std::min(ci, dq)) * wi;
        }
      }
    });
    index best = 0;
    double best_pot = std::numeric_limits<double>::infinity();
    for (index q = 0; q < trials; ++q) {
      double pot = 0;
      for (const auto& pp : part_pot)
        pot += pp[static_cast<std::size_t>(q)];
      if (pot < best_pot) {
        best_pot = pot;
        best = q;
      }
    }
    const index row_id = candidates[static_cast<std::size_t>(best)];
    chosen.push_back(row_id);
    potential = best_pot;
    const Scalar* bc = cand_rows.data() + best * d;
    core::parallel_for(static_cast<index>(ranges.size()), threads, [&](index t) {
      std::vector<Scalar> row(static_cast<std::size_t>(d));
      const row_range r = ranges[static_cast<std::size_t>(t)];
      for (index i = r.begin; i < r.end; ++i) {
        data.load_row(i, row.data());
        Scalar& ci = closest[static_cast<std::size_t>(i)];
        ci = std::min(ci, squared_distance(row.data(), bc, d));
      }
    });
  }
  return chosen;
}

/// k distinct row indices, uniformly (Floyd's sampling algorithm, in draw order).
template <typename Rng>
std::vector<index> random_rows(index n, index k, Rng& rng) {
  std::vector<index> out;
  out.reserve(static_cast<std::size_t>(k));
  std::unordered_set<index> taken;
  for (index j = n - k; j < n; ++j) {
    const auto t = static_cast<index>(core::uniform_index(rng, static_cast<std::uint64_t>(j + 1)));
    const index pick = taken.count(t) != 0 ? j : t;
    taken.insert(pick);
    out.push_back(pick);
  }
  return out;
}

}  // namespace foresight::cluster::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// One k-means run from given centres: Lloyd iterations and Hamerly's bounded variant, with
/// scikit-learn's conventions (strict convergence on unchanged labels, tolerance on the squared
/// centre shift, empty clusters moved to the farthest points, a final assignment when stopped by
/// the tolerance or the iteration limit). Every parallel loop runs over the fixed row partition of
/// kernels.hpp and reduces in its order, so results do not depend on the thread count.
/// References: Lloyd (1982), "Least squares quantization in PCM"; Hamerly (2010), "Making
/// k-means even faster", SIAM SDM, algorithm 2 (with the max-shift lower-bound update of
/// Drake & Hamerly 2012).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <memory>
#include <numeric>
#include <string_view>
#include <utility>
#include <vector>

#include <foresight/cluster/detail/kernels.hpp>
#include <foresight/core/parallel.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/types.hpp>

namespace foresight::cluster::detail {

/// Which iteration a run uses (mirrors cluster::algorithm).
enum class engine_kind { lloyd, hamerly };

/// What one run needs besides the data.
template <typename Scalar>
struct run_settings {
  engine_kind kind = engine_kind::lloyd;
  index max_iter = 300;
  Scalar tol = 0;  // absolute: already scaled by the mean feature variance
  int threads = 0;
  core::progress_reporter* reporter = nullptr;  // may be null; called from this thread only
};

/// What one run returns (centres in centred coordinates).
template <typename Scalar>
struct run_result {
  centre_set<Scalar> centres;
  std::vector<label_t> labels;
  double inertia = 0;
  index n_iter = 0;
  core::fit_status status = core::fit_status::converged;
};

/// Running per-cluster sums: updated only by rows that change cluster (Hamerly 2010, sec. 3.2;
/// used by both iterations), with the number of rows of positive weight to detect empty clusters.
template <typename Scalar>
struct running_sums {
  std::vector<Scalar> sums;     // k * d
  std::vector<Scalar> weights;  // k
  std::vector<index> members;   // k: rows of positive weight
  index changed = 0;

  void reset(index k, index d) {
    sums.assign(static_cast<std::size_t>(k * d), Scalar{0});
    weights.assign(static_cast<std::size_t>(k), Scalar{0});
    members.assign(static_cast<std::size_t>(k), 0);
    changed = 0;
  }
  /// Moves row x (weight wi; features `stride` apart) from cluster `from` (-1: none) to `to`.
  void move(const Scalar* x, Scalar wi, index from, index to, index d, index stride = 1) {
    if (from >= 0) {
      Scalar* s = sums.data() + from * d;
      for (index f = 0; f < d; ++f)
        s[f] -= x[f * stride] * wi;
      weights[static_cast<std::size_t>(from)] -= wi;
      members[static_cast<std::size_t>(from)] -= wi > 0 ? 1 : 0;
    }
    Scalar* s = sums.data() + to * d;
    for (index f = 0; f < d; ++f)
      s[f] += x[f * stride] * wi;
    weights[static_cast<std::size_t>(to)] += wi;
    members[static_cast<std::size_t>(to)] += wi > 0 ? 1 : 0;
  }
};

/// Adds per-task running-sum changes to `total` in task order.
template <typename Scalar>
void add_running(const std::vector<running_sums<Scalar>>& parts, running_sums<Scalar>& total) {
  for (const auto& ps : parts) {
    for (std::size_t q = 0; q < ps.sums.size(); ++q)
      total.sums[q] += ps.sums[q];
    for (std::size_t q = 0; q < ps.weights.size(); ++q) {
      total.weights[q] += ps.weights[q];
      total.members[q] += ps.members[q];
    }
  }
}

/// Lloyd assignment of every row by the ||c||^2 - 2 x.c form (scikit-learn's
/// `lloyd_iter_chunked_dense`); with `running`, rows that change cluster also move between the
/// running sums (per-task changes added in task order). Returns the number of rows whose label
/// changed.
template <typename Scalar>
index lloyd_pass(const centred_data<Scalar>& data, const Scalar* w, const centre_set<Scalar>& cs,
                 std::vector<label_t>& labels, int threads,
                 running_sums<Scalar>* running = nullptr) {
  const index d = data.cols();
  const auto ranges = partition_rows(data.rows());
  std::vector<running_sums<Scalar>> moves(ranges.size());
  core::parallel_for(static_cast<index>(ranges.size()), threads, [&](index t) {
    auto& mv = moves[static_cast<std::size_t>(t)];
    if (running != nullptr)
      mv.reset(cs.k, d);
    std::vector<Scalar> xb(static_cast<std::size_t>(d * block_stride<Scalar>));
    alignas(64) label_t lab[tile];
    const row_range r = ranges[static_cast<std::size_t>(t)];
    for (index b = r.begin; b < r.end; b += block_rows) {
      const index count = std::min(block_rows, r.end - b);
      data.load_block(b, count, block_stride<Scalar>, xb.data());
      for (index p0 = 0; p0 < count; p0 += tile) {
        assign_tile_gemm_form(xb.data() + p0, block_stride<Scalar>, cs, lab);
        const index m = std::min(tile, count - p0);
        for (index q = 0; q < m; ++q) {
          label_t& l = labels[static_cast<std::size_t>(b + p0 + q)];
          if (l != lab[q]) {
            ++mv.changed;
            if (running != nullptr) {
              mv.move(xb.data() + p0 + q, weight_of(w, b + p0 + q), l, lab[q], d,
                      block_stride<Scalar>);
            }
          }
          l = lab[q];
        }
      }
    }
  });
  index changed = 0;
  for (const auto& mv : moves)
    changed += mv.changed;
  if (running != nullptr)
    add_running(moves, *running);
  return changed;
}

/// Moves each empty cluster to one of the points farthest from their own (old) centre, taking
/// the point out of its cluster's sums (scikit-learn's `_relocate_empty_clusters_dense`). With
/// several empty clusters the farthest points are taken in decreasing distance, ties by row.
template <typename Scalar>
void relocate_empty_clusters(const centred_data<Scalar>& data, const Scalar* w,
                             const centre_set<Scalar>& old_centres,
                             const std::vector<label_t>& labels, const std::vector<index>& empty,
                             std::vector<Scalar>& sums, std::vector<Scalar>& wsum, int threads) {
  const index n = data.rows();
  const index d = data.cols();
  const auto n_empty = static_cast<index>(empty.size());
  // Each task keeps its n_empty farthest rows; the union is then ranked (deterministic).
  const auto ranges = partition_rows(n);
  std::vector<std::vector<std::pair<Scalar, index>>> best(ranges.size());
  const auto farther = [](const std::pair<Scalar, index>& a, const std::pair<Scalar, index>& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  };
  core::parallel_for(static_cast<index>(ranges.size()), threads, [&](index t) {
    auto& mine = best[static_cast<std::size_t>(t)];
    std::vector<Scalar> row(static_cast<std::size_t>(d));
    const row_range r = ranges[static_cast<std::size_t>(t)];
    for (index i = r.begin; i < r.end; ++i) {
      data.load_row(i, row.data());
      const Scalar dist =
          squared_distance(row.data(), old_centres.row(labels[static_cast<std::size_t>(i)]), d);
      mine.emplace_back(dist, i);
      if (static_cast<index>(mine.size()) > 4 * n_empty + 64) {
        std::nth_element(mine.begin(), mine.begin() + n_empty, mine.end(), farther);
        mine.resize(static_cast<std::size_t>(n_empty));
      }
    }
  });
  std::vector<std::pair<Scalar, index>> all;
  for (const auto& b : best)
    all.insert(all.end(), b.begin(), b.end());
  std::partial_sort(all.begin(), all.begin() + std::min<index>(n_empty, std::ssize(all)), all.end(),
                    farther);
  std::vector<Scalar> row(static_cast<std::size_t>(d));
  for (index e = 0; e < n_empty && e < std::ssize(all); ++e) {
    const index far = all[static_cast<std::size_t>(e)].second;
    const index new_id = empty[static_cast<std::size_t>(e)];
    const index old_id = labels[static_cast<std::size_t>(far)];
    const Scalar wf = weight_of(w, far);
    data.load_row(far, row.data());
    for (index f = 0; f < d; ++f) {
      sums[static_cast<std::size_t>(old_id * d + f)] -= row[static_cast<std::size_t>(f)] * wf;
      sums[static_cast<std::size_t>(new_id * d + f)] = row[static_cast<std::size_t>(f)] * wf;
    }
    wsum[static_cast<std::size_t>(new_id)] = wf;
    wsum[static_cast<std::size_t>(old_id)] -= wf;
  }
}

/// New centres = sums / weights (multiplying by the reciprocal, as scikit-learn's
/// `_average_centers` does; a cluster of weight 0 keeps the zero vector) and the shift of each.
template <typename Scalar>
void average_and_shift(const std::vector<Scalar>& sums, const std::vector<Scalar>& wsum,
                       const centre_set<Scalar>& old_centres, centre_set<Scalar>& new_centres,
                       std::vector<Scalar>& shift) {
  const index d = old_centres.d;
  for (index j = 0; j < old_centres.k; ++j) {
    const Scalar wj = wsum[static_cast<std::size_t>(j)];
    Scalar* c = new_centres.row(j);
    const Scalar* s = sums.data() + j * d;
    if (wj > 0) {
      const Scalar alpha = Scalar{1} / wj;
      for (index f = 0; f < d; ++f)
        c[f] = s[f] * alpha;
    } else {
      for (index f = 0; f < d; ++f)
        c[f] = s[f];
    }
    shift[static_cast<std::size_t>(j)] = std::sqrt(squared_distance(c, old_centres.row(j), d));
  }
  new_centres.update_norms();
}

/// Weighted sum of squared distances of each row to its centre (difference form).
template <typename Scalar>
double inertia_pass(const centred_data<Scalar>& data, const Scalar* w, const centre_set<Scalar>& cs,
                    const std::vector<label_t>& labels, int threads) {
  const index d = data.cols();
  const auto ranges = partition_rows(data.rows());
  std::vector<double> part(ranges.size(), 0.0);
  core::parallel_for(static_cast<index>(ranges.size()), threads, [&](index t) {
    std::vector<Scalar> row(static_cast<std::size_t>(d));
    const row_range r = ranges[static_cast<std::size_t>(t)];
    double s = 0;
    for (index i = r.begin; i < r.end; ++i) {
      data.load_row(i, row.data());
      const Scalar dist =
          squared_distance(row.data(), cs.row(labels[static_cast<std::size_t>(i)]), d);
      s += static_cast<double>(dist) * static_cast<double>(weight_of(w, i));
    }
    part[static_cast<std::size_t>(t)] = s;
  });
  double total = 0;
  for (const double p : part)
    total += p;
  return total;
}

/// `inertia_pass` over a row-major copy of the centred data.
template <typename Scalar>
double inertia_rows(const Scalar* xr, index d, const Scalar* w, const centre_set<Scalar>& cs,
                    const std::vector<label_t>& labels, int threads) {
  const auto ranges = partition_rows(std::ssize(labels));
  std::vector<double> part(ranges.size(), 0.0);
  core::parallel_for(static_cast<index>(ranges.size()), threads, [&](index t) {
    const row_range r = ranges[static_cast<std::size_t>(t)];
    double s = 0;
    for (index i = r.begin; i < r.end; ++i) {
      const Scalar dist =
          squared_distance(xr + i * d, cs.row(labels[static_cast<std::size_t>(i)]), d);
      s += static_cast<double>(dist) * static_cast<double>(weight_of(w, i));
    }
    part[static_cast<std::size_t>(t)] = s;
  });
  double total = 0;
  for (const double p : part)
    total += p;
  return total;
}

/// Hamerly's bounds: upper bound on the distance to the own centre, lower bound on the distance
/// to every other centre, and per-centre half distance to the nearest other centre.
template <typename Scalar>
struct hamerly_state {
  std::vector<Scalar> upper;
  std::vector<Scalar> lower;
  std::vector<Scalar> half_gap;  // s(j) = min_{j' != j} ||c_j - c_j'|| / 2
  std::vector<Scalar> shift;     // shift of each centre in the last update
  std::vector<Scalar> row_norm;  // ||x_i||^2
  Scalar max_norm = 0;           // max_j ||c_j||^2 of the current centres
  index max_shift_id = -1;
  Scalar max_shift = 0;
  Scalar second_shift = 0;
  bool fresh = true;  // no bounds yet: every row is computed in full

  void set_half_gaps(const centre_set<Scalar>& cs) {
    max_norm = 0;
    for (const Scalar v : cs.norms)
      max_norm = std::max(max_norm, v);
    half_gap.assign(static_cast<std::size_t>(cs.k), std::numeric_limits<Scalar>::infinity());
    for (index a = 0; a < cs.k; ++a) {
      for (index b = a + 1; b < cs.k; ++b) {
        const Scalar g = std::sqrt(squared_distance(cs.row(a), cs.row(b), cs.d)) / Scalar{2};
        half_gap[static_cast<std::size_t>(a)] = std::min(half_gap[static_cast<std::size_t>(a)], g);
        half_gap[static_cast<std::size_t>(b)] = std::min(half_gap[static_cast<std::size_t>(b)], g);
      }
    }
  }
  void set_shifts(const std::vector<Scalar>& s) {
    shift = s;
    max_shift = 0;
    second_shift = 0;
    max_shift_id = -1;
    for (std::size_t j = 0; j < s.size(); ++j) {
      if (s[j] > max_shift) {
        second_shift = max_shift;
        max_shift = s[j];
        max_shift_id = static_cast<index>(j);
      } else if (s[j] > second_shift) {
        second_shift = s[j];
      }
    }
  }
};

/// One Hamerly assignment pass over the row-major centred rows `xr` (bounds from the previous
/// shift are applied lazily, row by row); rows whose bounds cannot rule out a change are gathered
/// into tiles and recomputed in full. The first pass reads the data block by block instead,
/// fills `xr` and the row norms, and computes every row. With `update`, rows that change cluster
/// update `total` (per-task changes are added in task order). Returns the number of rows that
/// changed cluster.
template <typename Scalar>
index hamerly_pass(const centred_data<Scalar>& data, Scalar* xr, const Scalar* w,
                   const centre_set<Scalar>& cs, std::vector<label_t>& labels,
                   hamerly_state<Scalar>& hs, bool update, running_sums<Scalar>& total,
                   int threads) {
  const index n = data.rows();
  const index d = data.cols();
  const auto ranges = partition_rows(n);
  std::vector<running_sums<Scalar>> parts(ranges.size());
  const bool fresh = hs.fresh;
  core::parallel_for(static_cast<index>(ranges.size()), threads, [&](index t) {
    auto& ps = parts[static_cast<std::size_t>(t)];
    if (update)
      ps.reset(cs.k, d);
    std::vector<Scalar> buffer(static_cast<std::size_t>(d * (fresh ? block_stride<Scalar> : tile)));
    std::vector<index> pending;
    pending.reserve(static_cast<std::size_t>(block_rows));
    alignas(64) label_t lab[tile];
    alignas(64) Scalar best[tile];
    alignas(64) Scalar second[tile];
    // Recomputes the m rows `rows` held feature-major in `xt` (`stride` apart).
    const auto recompute = [&](const Scalar* xt, index stride, const index* rows, index m) {
      // Lloyd's rule picks the centre (as scikit-learn's lloyd); the bounds take the exact
      // distance to it and the second value of the ||x||^2 + ||c||^2 - 2 x.c form, lowered by
      // its rounding error (4 d eps (||x||^2 + ||c||^2)) so that it stays a lower bound.
      nearest_two_tile_gemm(xt, stride, cs, lab, best, second);
      for (index q = 0; q < m; ++q) {
        const index i = rows[q];
        const auto iu = static_cast<std::size_t>(i);
        hs.upper[iu] = std::sqrt(squared_distance_fast(xr + i * d, cs.row(lab[q]), d));
        const Scalar xn = hs.row_norm[iu];
        const Scalar second_sq = xn + second[q];
        const Scalar slack = Scalar{4} * static_cast<Scalar>(d) *
                             std::numeric_limits<Scalar>::epsilon() *
                             (Scalar{2} * xn + std::abs(second_sq) + hs.max_norm);
        hs.lower[iu] = std::sqrt(std::max(Scalar{0}, second_sq - slack));
        if (labels[iu] != lab[q]) {
          ++ps.changed;
          if (update)
            ps.move(xr + i * d, weight_of(w, i), labels[iu], lab[q], d);
          labels[iu] = lab[q];
        }
      }
    };
    const row_range r = ranges[static_cast<std::size_t>(t)];
    for (index b = r.begin; b < r.end; b += block_rows) {
      const index count = std::min(block_rows, r.end - b);
      if (fresh) {
        data.load_block(b, count, block_stride<Scalar>, buffer.data());
        for (index p = 0; p < count; ++p) {
          Scalar* row = xr + (b + p) * d;
          Scalar s2 = 0;
          for (index f = 0; f < d; ++f) {
            row[f] = buffer[static_cast<std::size_t>(f * block_stride<Scalar> + p)];
            s2 += row[f] * row[f];
          }
          hs.row_norm[static_cast<std::size_t>(b + p)] = s2;
        }
        pending.resize(static_cast<std::size_t>(count));
        for (index p = 0; p < count; ++p)
          pending[static_cast<std::size_t>(p)] = b + p;
        for (index p0 = 0; p0 < count; p0 += tile)
          recompute(buffer.data() + p0, block_stride<Scalar>, pending.data() + p0,
                    std::min(tile, count - p0));
        continue;
      }
      pending.clear();
      for (index i = b; i < b + count; ++i) {
        const auto iu = static_cast<std::size_t>(i);
        const index a = labels[iu];
        Scalar u = hs.upper[iu] + hs.shift[static_cast<std::size_t>(a)];
        const Scalar lo = hs.lower[iu] - (a == hs.max_shift_id ? hs.second_shift : hs.max_shift);
        hs.lower[iu] = lo;
        const Scalar m = std::max(hs.half_gap[static_cast<std::size_t>(a)], lo);
        if (u > m) {
          // Tighten the upper bound with the true distance before testing again.
          u = std::sqrt(squared_distance_fast(xr + i * d, cs.row(a), d));
          if (u > m)
            pending.push_back(i);
        }
        hs.upper[iu] = u;
      }
      for (std::size_t q0 = 0; q0 < pending.size(); q0 += static_cast<std::size_t>(tile)) {
        const auto m = static_cast<index>(
            std::min<std::size_t>(static_cast<std::size_t>(tile), pending.size() - q0));
        for (index q = 0; q < m; ++q) {
          const Scalar* row = xr + pending[q0 + static_cast<std::size_t>(q)] * d;
          for (index f = 0; f < d; ++f)
            buffer[static_cast<std::size_t>(f * tile + q)] = row[f];
        }
        for (index f = 0; f < d; ++f) {
          for (index q = m; q < tile; ++q)
            buffer[static_cast<std::size_t>(f * tile + q)] = 0;
        }
        recompute(buffer.data(), tile, pending.data() + q0, m);
      }
    }
  });
  hs.fresh = false;
  index changed = 0;
  for (const auto& ps : parts)
    changed += ps.changed;
  if (update)
    add_running(parts, total);
  return changed;
}

/// Runs Lloyd or Hamerly iterations from `init` (k x d row-major, centred coordinates).
template <typename Scalar>
run_result<Scalar> run_kmeans(const centred_data<Scalar>& data, const Scalar* w,
                              const centre_set<Scalar>& init, const run_settings<Scalar>& s) {
  const index n = data.rows();
  const index k = init.k;
  const index d = init.d;
  run_result<Scalar> out;
  const int threads = serial_below(n * d * k, s.threads);
  centre_set<Scalar> centres = init;
  centres.update_norms();
  centre_set<Scalar> next;
  next.resize(k, d);
  std::vector<label_t> labels(static_cast<std::size_t>(n), -1);
  std::vector<Scalar> sums(static_cast<std::size_t>(k * d));
  std::vector<Scalar> wsum(static_cast<std::size_t>(k));
  std::vector<Scalar> shift(static_cast<std::size_t>(k));
  hamerly_state<Scalar> hs;
  running_sums<Scalar> running;
  std::unique_ptr<Scalar[]> xr;  // Hamerly: row-major centred copy (filled by the first pass)
  std::vector<index> empty;
  const bool hamerly = s.kind == engine_kind::hamerly;
  running.reset(k, d);
  if (hamerly) {
    hs.upper.assign(static_cast<std::size_t>(n), Scalar{0});
    hs.lower.assign(static_cast<std::size_t>(n), Scalar{0});
    hs.set_half_gaps(centres);
    xr.reset(new Scalar[static_cast<std::size_t>(n * d)]);
    hs.row_norm.resize(static_cast<std::size_t>(n));
  }
  bool strict = false;
  bool cancelled = false;
  index iter = 0;
  bool stopped_by_tol = false;
  for (; iter < s.max_iter; ++iter) {
    index changed = 0;
    empty.clear();
    // Both iterations keep running sums, changed only by rows that change cluster.
    changed = hamerly ? hamerly_pass(data, xr.get(), w, centres, labels, hs, true, running, threads)
                      : lloyd_pass(data, w, centres, labels, threads, &running);
    sums = running.sums;  // relocation below changes this iteration's centres only
    wsum = running.weights;
    for (index j = 0; j < k; ++j) {
      if (running.members[static_cast<std::size_t>(j)] == 0)
        empty.push_back(j);
    }
    if (!empty.empty())
      relocate_empty_clusters(data, w, centres, labels, empty, sums, wsum, threads);
    average_and_shift(sums, wsum, centres, next, shift);
    std::swap(centres, next);
    if (hamerly) {
      hs.set_half_gaps(centres);
      hs.set_shifts(shift);
    }
    // scikit-learn: labels equal to the previous iteration's (never on the first) => strict.
    if (iter > 0 && changed == 0) {
      strict = true;
      break;
    }
    const Scalar total_shift = [&] {
      std::vector<Scalar> sq(shift.size());
      for (std::size_t j = 0; j < shift.size(); ++j)
        sq[j] = shift[j] * shift[j];
      return numpy_pairwise_sum(sq.data(), std::ssize(sq));
    }();
    if (total_shift <= s.tol) {
      stopped_by_tol = true;
      break;
    }
    if (s.reporter != nullptr && !s.reporter->report({"kmeans", iter + 1, s.max_iter,
                                                      static_cast<double>(total_shift), 0})) {
      cancelled = true;
      break;
    }
  }
  out.n_iter = std::min(iter + 1, s.max_iter);
  if (!strict) {
    // Final E-step so that labels match the returned centres.
    if (hamerly)
      hamerly_pass(data, xr.get(), w, centres, labels, hs, false, running, threads);
    else
      lloyd_pass(data, w, centres, labels, threads);
  }
  out.status = cancelled                    ? core::fit_status::cancelled
               : (strict || stopped_by_tol) ? core::fit_status::converged
                                            : core::fit_status::iteration_limit;
  out.inertia = hamerly ? inertia_rows(xr.get(), d, w, centres, labels, threads)
                        : inertia_pass(data, w, centres, labels, threads);
  out.centres = std::move(centres);
  out.labels = std::move(labels);
  return out;
}

}  // namespace foresight::cluster::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Branch-and-bound nodes, the open-node queue (best bound, estimate, depth) and pseudo-costs.
/// References: Land & Doig (1960), "An automatic method of solving discrete programming
/// problems", Econometrica 28(3) (branch and bound); Achterberg (2007), thesis, ch. 5 (branching
/// and pseudo-cost bookkeeping) and ch. 6 (best-bound selection with plunging).
#pragma once

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include <foresight/optimize/lp/solution.hpp>
#include <foresight/optimize/mip/detail/problem.hpp>

namespace foresight::optimize::mip::detail {

/// Bounds of one column that differ from the global bounds.
struct bound_change {
  index col = 0;
  double lo = 0;
  double hi = 0;
};

/// An open node: the parent's propagated local bounds (shared by siblings), the branching
/// bound of this child, the parent's final LP basis and the bookkeeping for pseudo-costs.
struct node {
  /// Lower bound on the objective of any solution in the node (minimisation).
  double bound = -inf;
  /// Estimated objective of the best solution in the node.
  double estimate = -inf;
  index depth = 0;
  index id = 0;
  index parent_id = -1;
  /// Local bounds of the parent that differ from the global ones (integer columns).
  std::shared_ptr<const std::vector<bound_change>> parent_bounds{};
  /// The branching: column, and its new bounds in this child.
  bound_change branch{-1, 0, 0};
  /// Parent's final basis (warm start).
  std::shared_ptr<const lp::basis> basis{};
  /// Pseudo-cost bookkeeping: parent LP objective, fractional distance moved, direction.
  double parent_objective = -inf;
  double branch_distance = 0;
  bool branch_up = false;
};

/// Open nodes ordered by bound (best-bound selection), by estimate and by depth.
class node_queue {
 public:
  /// Number of open nodes.
  [[nodiscard]] std::size_t size() const noexcept { return by_bound_.size(); }
  /// True when no node is open.
  [[nodiscard]] bool empty() const noexcept { return by_bound_.empty(); }
  /// Smallest bound of an open node (+inf when empty).
  [[nodiscard]] double min_bound() const {
    return by_bound_.empty() ? inf : std::get<0>(*by_bound_.begin());
  }

  /// Adds a node.
  void push(node n) {
    std::size_t slot = 0;
    if (!free_.empty()) {
      slot = free_.back();
      free_.pop_back();
      slots_[slot] = std::move(n);
    } else {
      slot = slots_.size();
      slots_.push_back(std::move(n));
    }
    const node& s = slots_[slot];
    by_bound_.emplace(s.bound, s.estimate, s.id, slot);
    by_depth_.emplace(-s.depth, -s.id, slot);
  }

  /// Removes and returns the node with the smallest bound (ties: smaller estimate, older).
  node pop_best_bound() { return take(std::get<3>(*by_bound_.begin())); }
  /// Removes and returns the deepest node (ties: the newest).
  node pop_deepest() { return take(std::get<2>(*by_depth_.begin())); }

  /// Removes every node for which `prune(bound)` holds; returns how many.
  template <typename Prune>
  std::size_t prune(Prune&& is_pruned) {
    std::size_t removed = 0;
    while (!by_bound_.empty()) {
      const auto last = std::prev(by_bound_.end());
      if (!is_pruned(std::get<0>(*last)))
        break;
      (void)take(std::get<3>(*last));
      ++removed;
    }
    return removed;
  }

 private:
  node take(std::size_t slot) {
    node n = std::move(slots_[slot]);
    by_bound_.erase({n.bound, n.estimate, n.id, slot});
    by_depth_.erase({-n.depth, -n.id, slot});
    slots_[slot] = node{};
    free_.push_back(slot);
    return n;
  }

  std::vector<node> slots_;
  std::vector<std::size_t> free_;
  std::set<std::tuple<double, double, index, std::size_t>> by_bound_;
  std::set<std::tuple<index, index, std::size_t>> by_depth_;
};

/// Pseudo-costs: average objective gain per unit of change of each column, down and up.
class pseudo_costs {
 public:
  /// Sized for n columns.
  void resize(index n) {
    sum_.assign(to_size(2 * n), 0.0);
    count_.assign(to_size(2 * n), 0);
  }
  /// Records a gain of `gain` for moving column j by `distance` (> 0) down or up.
  void update(index j, bool up, double gain, double distance) {
    if (!(distance > 1e-9) || !std::isfinite(gain))
      return;
    const auto k = to_size(2 * j + (up ? 1 : 0));
    const double unit = std::max(gain, 0.0) / distance;
    if (count_[k] == 0) {
      total_[up ? 1 : 0] += 1;
    }
    // Keep the global average as the mean of the per-column means.
    const double old_mean = count_[k] > 0 ? sum_[k] / static_cast<double>(count_[k]) : 0.0;
    sum_[k] += unit;
    count_[k] += 1;
    mean_sum_[up ? 1 : 0] += sum_[k] / static_cast<double>(count_[k]) - old_mean;
  }
  /// Observations of column j in one direction.
  [[nodiscard]] index count(index j, bool up) const {
    return count_[to_size(2 * j + (up ? 1 : 0))];
  }
  /// Per-unit gain of column j (the average over all columns when j has no observation).
  [[nodiscard]] double unit_gain(index j, bool up) const {
    const auto k = to_size(2 * j + (up ? 1 : 0));
    if (count_[k] > 0)
      return sum_[k] / static_cast<double>(count_[k]);
    const int d = up ? 1 : 0;
    return total_[d] > 0 ? mean_sum_[d] / total_[d] : 1.0;
  }

 private:
  std::vector<double> sum_;
  std::vector<index> count_;
  double total_[2] = {0, 0};
  double mean_sum_[2] = {0, 0};
};

/// Product score of two child gains (Achterberg 2007, sec. 5.4, eq. 5.2 with mu = 1/6 replaced
/// by the product rule of SCIP): max(down, eps) * max(up, eps).
[[nodiscard]] inline double branching_score(double down, double up) {
  constexpr double eps = 1e-6;
  return std::max(down, eps) * std::max(up, eps);
}

}  // namespace foresight::optimize::mip::detail

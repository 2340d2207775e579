// SPDX-License-Identifier: Apache-2.0
/// \file
/// The branch-and-bound search: presolve, root LP and cutting planes, primal heuristics, node
/// LPs warm-started from the parent basis with the dual simplex, bound propagation, reduced-cost
/// fixing, reliability branching and best-bound selection with plunging.
/// References: Land & Doig (1960), "An automatic method of solving discrete programming
/// problems"; Achterberg, Koch & Martin (2005), "Branching rules revisited", Oper. Res. Letters
/// 33(1) (reliability branching); Achterberg (2007), thesis "Constraint Integer Programming"
/// (SCIP: node selection ch. 6, reduced-cost fixing sec. 7.7, propagation ch. 7).
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <numeric>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/optimize/lp/model.hpp>
#include <foresight/optimize/lp/solve.hpp>
#include <foresight/optimize/lp/solver.hpp>
#include <foresight/optimize/mip/detail/cuts.hpp>
#include <foresight/optimize/mip/detail/heuristics.hpp>
#include <foresight/optimize/mip/detail/presolve.hpp>
#include <foresight/optimize/mip/detail/problem.hpp>
#include <foresight/optimize/mip/detail/propagation.hpp>
#include <foresight/optimize/mip/detail/tree.hpp>
#include <foresight/optimize/mip/feasibility.hpp>
#include <foresight/optimize/mip/options.hpp>
#include <foresight/optimize/mip/result.hpp>

namespace foresight::optimize::mip::detail {

/// Settings a sub-MIP (RINS) gets from its parent search, beyond the public options.
struct sub_settings {
  /// Only solutions strictly better than this objective (minimisation, offset included) count.
  double cutoff = inf;
  /// True inside a heuristic's sub-MIP (no further sub-MIPs).
  bool is_sub_mip = false;
  /// LP iterations after which the search stops (status `node_limit`), for sub-MIPs.
  index iteration_limit = std::numeric_limits<index>::max();
};

/// One branch-and-bound run on a model.
class search {
 public:
  using clock = std::chrono::steady_clock;

  search(const lp::model& original, const options& opt, const sub_settings& sub = {})
      : original_(original),
        opt_(opt),
        sub_(sub),
        start_(clock::now()),
        reporter_(opt.on_progress) {
    sense_ = original.sense() == lp::objective_sense::maximize ? -1.0 : 1.0;
    const double limit = opt.time_limit.count();
    has_deadline_ = std::isfinite(limit);
    if (has_deadline_)
      deadline_ = start_ + std::chrono::duration_cast<clock::duration>(
                               std::chrono::duration<double>(std::min(limit, 1e9)));
  }

  /// Runs the search and returns the result in the model's sense.
  result run() {
    prob_ = from_model(original_);
    n_ = prob_.n;
    result r;
    if (!prepare_bounds(r))
      return finish(r, status::infeasible);
    best_obj_ = inf;
    detect_objective_step();
    if (!opt_.start.empty())
      try_start();
    if (opt_.presolve) {
      presolve_stats ps;
      if (!presolve(prob_, ps))
        return finish(r, status::infeasible);
      stats_.presolve_bound_changes = ps.bound_changes;
      stats_.presolve_coefficient_changes = ps.coefficient_changes;
      if (ps.bound_changes + ps.coefficient_changes + ps.rows_removed > 0)
        r.notes.push_back(core::detail::concat(
            "presolve tightened ", ps.bound_changes, " bounds and ", ps.coefficient_changes,
            " coefficients and removed ", ps.rows_removed, " rows"));
    }
    glo_ = prob_.lo;
    ghi_ = prob_.hi;
    cols_.build(prob_.rows, n_);
    pc_.resize(n_);
    lp_lo_ = glo_;
    lp_hi_ = ghi_;
    lp_ = std::make_unique<lp::solver>(to_lp_model(prob_, glo_, ghi_));
    const status st = solve_tree(r);
    if (root_unbounded_)
      return unbounded_result(r);
    return finish(r, st);
  }

 private:
  // ------------------------------------------------------------------ set-up

  // Rounds the bounds of integer columns; false when a domain is empty (caught earlier by
  // validation for the user's model; here for sub-MIPs).
  bool prepare_bounds(result& r) {
    index rounded = 0;
    for (index j = 0; j < n_; ++j) {
      if (!prob_.is_int(j))
        continue;
      const auto sj = to_size(j);
      const double l = std::ceil(prob_.lo[sj] - 1e-9);
      const double u = std::floor(prob_.hi[sj] + 1e-9);
      if (l != prob_.lo[sj] || u != prob_.hi[sj])
        ++rounded;
      prob_.lo[sj] = l;
      prob_.hi[sj] = u;
      if (l > u)
        return false;
    }
    if (rounded > 0)
      r.notes.push_back(core::detail::concat("rounded the non-integral bounds of ", rounded,
                                             " integer columns inwards"));
    return true;
  }

  // Objective granularity: when every column with a cost is integer and the costs are
  // integer multiples of a common step, objective values of solutions differ by multiples of
  // that step, so node bounds can be rounded up.
  void detect_objective_step() {
    obj_step_ = 0;
    long long g = 0;
    for (index j = 0; j < n_; ++j) {
      const double c = prob_.cost[to_size(j)];
      if (c == 0.0 || prob_.lo[to_size(j)] == prob_.hi[to_size(j)])
        continue;
      if (!prob_.is_int(j))
        return;
      const double a = std::abs(c);
      if (a != std::round(a) || a > 1e9)
        return;
      g = std::gcd(g, static_cast<long long>(a));
    }
    obj_step_ = static_cast<double>(g);
  }

  // ------------------------------------------------------------------ bounds and pruning

  [[nodiscard]] static double tol(double v) { return 1e-6 + 1e-9 * std::abs(v); }

  // The objective a new solution must beat (minimisation).
  [[nodiscard]] double incumbent_value() const { return std::min(best_obj_, sub_.cutoff); }

  // Rounds a bound up to the objective lattice.
  [[nodiscard]] double round_bound(double b) const {
    if (obj_step_ <= 0 || !std::isfinite(b))
      return b;
    const double off = prob_.offset;
    return off + obj_step_ * std::ceil((b - off) / obj_step_ - tol(b) / obj_step_);
  }

  // True when a node with bound b cannot contain a better solution.
  [[nodiscard]] bool is_pruned(double b) const {
    const double inc = incumbent_value();
    if (!std::isfinite(inc))
      return false;
    if (obj_step_ > 0)
      return round_bound(b) > inc - 0.5 * obj_step_;
    return b >= inc - tol(inc);
  }

  // Largest objective still of interest (reduced-cost fixing, diving).
  [[nodiscard]] double cutoff_value() const {
    const double inc = incumbent_value();
    if (!std::isfinite(inc))
      return inf;
    if (obj_step_ > 0)
      return inc - obj_step_ + tol(inc);
    return inc - tol(inc);
  }

  [[nodiscard]] double elapsed() const {
    return std::chrono::duration<double>(clock::now() - start_).count();
  }
  [[nodiscard]] bool out_of_time() const { return has_deadline_ && clock::now() >= deadline_; }
  [[nodiscard]] double time_left() const {
    if (!has_deadline_)
      return inf;
    return std::chrono::duration<double>(deadline_ - clock::now()).count();
  }

  // ------------------------------------------------------------------ LP

  // Pushes the integer bounds [lo, hi] into the LP.
  void sync_lp(const std::vector<double>& lo, const std::vector<double>& hi) {
    for (index j = 0; j < n_; ++j) {
      const auto sj = to_size(j);
      if (lo[sj] == lp_lo_[sj] && hi[sj] == lp_hi_[sj])
        continue;
      if (!prob_.is_int(j))
        continue;
      lp_->set_col_bounds(j, lo[sj], hi[sj]);
      lp_lo_[sj] = lo[sj];
      lp_hi_[sj] = hi[sj];
    }
  }

  void set_lp_col(index j, double lo, double hi) {
    lp_->set_col_bounds(j, lo, hi);
    lp_lo_[to_size(j)] = lo;
    lp_hi_[to_size(j)] = hi;
  }

  // Solves the LP with an iteration limit and the time left.
  lp::solution solve_lp(index iteration_limit) {
    const double left = time_left();
    if (left <= 0) {
      lp::solution s;
      s.status = lp::status::time_limit;
      return s;
    }
    lp_->set_limits(iteration_limit, std::chrono::duration<double>(std::min(left, 1e9)));
    return lp_->solve();
  }

  // A basis with every row activity basic (the slack basis).
  [[nodiscard]] lp::basis slack_basis() const {
    lp::basis b;
    const lp::model& m = lp_->model();
    b.rows.assign(to_size(m.num_rows()), lp::basis_status::basic);
    b.cols.resize(to_size(n_));
    for (index j = 0; j < n_; ++j) {
      const auto sj = to_size(j);
      if (std::isfinite(m.col_lower()[sj])) {
        b.cols[sj] = lp::basis_status::at_lower;
      } else if (std::isfinite(m.col_upper()[sj])) {
        b.cols[sj] = lp::basis_status::at_upper;
      } else {
        b.cols[sj] = lp::basis_status::at_zero;
      }
    }
    return b;
  }

  // Node LP: a failure is retried once from the slack basis.
  lp::solution solve_node_lp() {
    lp::solution s = solve_lp(std::numeric_limits<index>::max() / 4);
    if (s.status == lp::status::numerical_failure || s.status == lp::status::unbounded ||
        s.status == lp::status::infeasible_or_unbounded) {
      lp_->set_basis(slack_basis());
      s = solve_lp(std::numeric_limits<index>::max() / 4);
    }
    return s;
  }

  // ------------------------------------------------------------------ solutions

  // Checks x (integer columns rounded) on the original model; with continuous columns, a
  // violated point is repaired by an LP over the continuous columns with the integers fixed.
  // Returns true if it became the incumbent.
  bool try_solution(const std::vector<double>& x_in, solution_source source) {
    if (cancelled_)
      return false;
    std::vector<double> x = x_in;
    bool has_continuous = false;
    for (index j = 0; j < n_; ++j) {
      if (prob_.is_int(j)) {
        x[to_size(j)] = std::round(x[to_size(j)]);
      } else {
        has_continuous = true;
      }
    }
    double viol = mip::max_violation(original_, x);
    if (viol > opt_.feasibility_tolerance) {
      if (!has_continuous)
        return false;
      lp::model fixed = original_;
      for (index j = 0; j < n_; ++j) {
        if (prob_.is_int(j))
          fixed.set_col_bounds(j, x[to_size(j)], x[to_size(j)]);
      }
      const double left = time_left();
      if (left <= 0)
        return false;
      const lp::solution s =
          lp::solve(fixed, {.time_limit = std::chrono::duration<double>(std::min(left, 1e9))});
      if (s.status != lp::status::optimal)
        return false;
      x = s.x;
      for (index j = 0; j < n_; ++j) {
        if (prob_.is_int(j))
          x[to_size(j)] = std::round(x[to_size(j)]);
      }
      viol = mip::max_violation(original_, x);
      if (viol > opt_.feasibility_tolerance)
        return false;
    }
    const double obj =
        sense_ * original_.objective_value(Eigen::Map<const core::vector<double>>(x.data(), n_));
    if (!(obj < incumbent_value() - tol(incumbent_value())) && std::isfinite(incumbent_value()))
      return false;
    best_obj_ = obj;
    best_x_ = std::move(x);
    ++stats_.solutions;
    if (stats_.first_solution_seconds < 0)
      stats_.first_solution_seconds = elapsed();
    queue_.prune([this](double b) { return is_pruned(b); });
    root_reduced_cost_fixing();
    if (opt_.on_incumbent) {
      incumbent inc;
      inc.x = best_x_;
      inc.objective = sense_ * best_obj_;
      inc.best_bound = sense_ * std::min(global_bound(), best_obj_);
      inc.nodes = nodes_;
      inc.elapsed_seconds = elapsed();
      inc.source = source;
      if (!opt_.on_incumbent(inc))
        cancelled_ = true;
    }
    return true;
  }

  void try_start() {
    if (to_index(opt_.start.size()) != n_) {
      start_note_ = "the start solution has the wrong length and was ignored";
      return;
    }
    if (!try_solution(opt_.start, solution_source::start))
      start_note_ = "the start solution is not feasible and was ignored";
  }

  // ------------------------------------------------------------------ reduced-cost fixing

  // Tightens [lo, hi] of integer columns whose reduced cost proves that moving them away from
  // their bound by more than the slack to the cutoff cannot improve (Achterberg 2007, sec.
  // 7.7). Returns the number of tightened bounds.
  index reduced_cost_fixing(const std::vector<double>& x, const std::vector<double>& d, double z,
                            std::vector<double>& lo, std::vector<double>& hi) {
    const double cut = cutoff_value();
    if (!std::isfinite(cut) || !std::isfinite(z))
      return 0;
    const double slack = cut - z;
    if (slack < 0)
      return 0;
    index fixed = 0;
    for (index j = 0; j < n_; ++j) {
      const auto sj = to_size(j);
      if (!prob_.is_int(j) || lo[sj] == hi[sj])
        continue;
      const double dj = d[sj];
      if (dj > 1e-7 && std::abs(x[sj] - lo[sj]) < 1e-9 && std::isfinite(lo[sj])) {
        const double room = std::floor(slack / dj + 1e-9);
        if (lo[sj] + room < hi[sj]) {
          hi[sj] = lo[sj] + room;
          ++fixed;
        }
      } else if (dj < -1e-7 && std::abs(x[sj] - hi[sj]) < 1e-9 && std::isfinite(hi[sj])) {
        const double room = std::floor(slack / -dj + 1e-9);
        if (hi[sj] - room > lo[sj]) {
          lo[sj] = hi[sj] - room;
          ++fixed;
        }
      }
    }
    return fixed;
  }

  // Global fixing with the root LP's reduced costs, redone whenever the incumbent improves.
  void root_reduced_cost_fixing() {
    if (root_x_.empty())
      return;
    stats_.reduced_cost_fixings += reduced_cost_fixing(root_x_, root_d_, root_z_, glo_, ghi_);
  }

  // ------------------------------------------------------------------ bounds of a node

  [[nodiscard]] double global_bound() const { return std::min(queue_.min_bound(), current_bound_); }

  // Local bounds of node nd (global bounds intersected with its changes); false when empty.
  bool node_bounds(const node& nd, std::vector<double>& lo, std::vector<double>& hi) const {
    lo = glo_;
    hi = ghi_;
    const auto apply = [&](const bound_change& c) {
      const auto sj = to_size(c.col);
      lo[sj] = std::max(lo[sj], c.lo);
      hi[sj] = std::min(hi[sj], c.hi);
      return lo[sj] <= hi[sj];
    };
    if (nd.parent_bounds) {
      for (const bound_change& c : *nd.parent_bounds) {
        if (!apply(c))
          return false;
      }
    }
    if (nd.branch.col >= 0 && !apply(nd.branch))
      return false;
    return true;
  }

  // Integer columns whose local bounds differ from the global ones.
  [[nodiscard]] std::shared_ptr<const std::vector<bound_change>> local_changes(
      const std::vector<double>& lo, const std::vector<double>& hi) const {
    auto out = std::make_shared<std::vector<bound_change>>();
    for (index j = 0; j < n_; ++j) {
      const auto sj = to_size(j);
      if (prob_.is_int(j) && (lo[sj] != glo_[sj] || hi[sj] != ghi_[sj]))
        out->push_back({j, lo[sj], hi[sj]});
    }
    return out;
  }

  // ------------------------------------------------------------------ branching

  struct candidate {
    index col = -1;
    double value = 0;
  };

  struct branching {
    index col = -1;
    double value = 0;
    double down_bound = -inf;  // proven bounds of the children (strong branching), else -inf
    double up_bound = -inf;
  };

  // Fractional integer columns of x.
  void fractional(const std::vector<double>& x, const std::vector<double>& lo,
                  const std::vector<double>& hi, std::vector<candidate>& out) const {
    out.clear();
    for (index j = 0; j < n_; ++j) {
      const auto sj = to_size(j);
      if (!prob_.is_int(j) || lo[sj] == hi[sj])
        continue;
      const double v = x[sj];
      if (std::abs(v - std::round(v)) > opt_.integrality_tolerance)
        out.push_back({j, v});
    }
  }

  [[nodiscard]] double pseudo_cost_score(const candidate& c) const {
    const double f = c.value - std::floor(c.value);
    return branching_score(pc_.unit_gain(c.col, false) * f, pc_.unit_gain(c.col, true) * (1 - f));
  }

  // Iteration budget of one strong-branching LP.
  [[nodiscard]] index strong_branching_iterations() const {
    const double avg =
        node_lps_ > 0 ? static_cast<double>(node_lp_iterations_) / static_cast<double>(node_lps_)
                      : static_cast<double>(root_iterations_);
    return std::clamp<index>(static_cast<index>(2 * avg) + 10, 20, 500);
  }

  enum class sb_outcome { scored, fixed, infeasible, stop };

  // Strong branching on column c (Achterberg, Koch & Martin 2005): both children's LPs with an
  // iteration budget, from the node's basis; restores bounds and basis afterwards.
  struct sb_result {
    double down = inf;
    double up = inf;
    bool down_exact = false;
    bool up_exact = false;
    bool down_cut = false;  // child infeasible or above the cutoff
    bool up_cut = false;
    bool stop = false;
  };

  sb_result strong_branch(const candidate& c, const lp::basis& basis, double z) {
    sb_result res;
    const auto sj = to_size(c.col);
    const double l = lp_lo_[sj];
    const double u = lp_hi_[sj];
    const index iters = strong_branching_iterations();
    for (const bool up : {false, true}) {
      if (up) {
        set_lp_col(c.col, std::ceil(c.value), u);
      } else {
        set_lp_col(c.col, l, std::floor(c.value));
      }
      const index before = lp_->iterations();
      const lp::solution s = solve_lp(iters);
      sb_iterations_ += lp_->iterations() - before;
      ++stats_.strong_branching_lps;
      set_lp_col(c.col, l, u);
      lp_->set_basis(basis);
      double& obj = up ? res.up : res.down;
      bool& exact = up ? res.up_exact : res.down_exact;
      bool& cut = up ? res.up_cut : res.down_cut;
      if (s.status == lp::status::infeasible) {
        cut = true;
        obj = inf;
        continue;
      }
      if (s.status == lp::status::time_limit || s.status == lp::status::cancelled) {
        res.stop = true;
        return res;
      }
      if (s.status == lp::status::optimal) {
        obj = s.objective;
        exact = true;
        if (is_pruned(obj)) {
          cut = true;
        } else if (is_integral(s.x)) {
          (void)try_solution(s.x, solution_source::strong_branching);
          if (is_pruned(obj))
            cut = true;
        }
      } else if (s.status == lp::status::iteration_limit && !s.x.empty()) {
        obj = std::max(z, s.objective);
      } else {
        obj = z;
      }
    }
    return res;
  }

  [[nodiscard]] bool is_integral(const std::vector<double>& x) const {
    for (index j = 0; j < n_; ++j) {
      if (prob_.is_int(j) &&
          std::abs(x[to_size(j)] - std::round(x[to_size(j)])) > opt_.integrality_tolerance)
        return false;
    }
    return true;
  }

  // Chooses the branching column at a node. May tighten [lo, hi] (strong branching proved a
  // child empty): then `resolve` is set and the caller re-solves the node LP.
  branching select_branching(const std::vector<candidate>& cands, const lp::basis& basis, double z,
                             std::vector<double>& lo, std::vector<double>& hi, bool& resolve,
                             bool& infeasible) {
    resolve = false;
    infeasible = false;
    branching best;
    if (opt_.branching == branching_rule::most_fractional) {
      double best_dist = -1;
      for (const candidate& c : cands) {
        const double f = c.value - std::floor(c.value);
        const double dist = std::min(f, 1 - f);
        if (dist > best_dist + 1e-12) {
          best_dist = dist;
          best = {c.col, c.value, -inf, -inf};
        }
      }
      return best;
    }
    // Candidates by pseudo-cost score, best first (ties: smaller column).
    std::vector<std::pair<double, std::size_t>> order;
    order.reserve(cands.size());
    for (std::size_t k = 0; k < cands.size(); ++k)
      order.emplace_back(-pseudo_cost_score(cands[k]), k);
    std::sort(order.begin(), order.end());
    const bool reliability = opt_.branching == branching_rule::reliability;
    const index threshold = opt_.reliability_threshold;
    double best_score = -inf;
    index lookahead = 0;
    index sb_done = 0;
    const bool sb_budget_ok =
        sb_iterations_ <= node_lp_iterations_ / 2 + 20 * (root_iterations_ + 100);
    for (const auto& [neg_score, k] : order) {
      const candidate& c = cands[k];
      const bool unreliable = std::min(pc_.count(c.col, false), pc_.count(c.col, true)) < threshold;
      double score = -neg_score;
      branching b{c.col, c.value, -inf, -inf};
      if (reliability && unreliable && sb_budget_ok && sb_done < 100 && lookahead < 8) {
        const sb_result s = strong_branch(c, basis, z);
        ++sb_done;
        if (s.stop)
          return best.col >= 0 ? best : branching{c.col, c.value, -inf, -inf};
        const auto sj = to_size(c.col);
        if (s.down_cut && s.up_cut) {
          infeasible = true;
          return best;
        }
        if (s.down_cut || s.up_cut) {
          if (s.down_cut) {
            lo[sj] = std::ceil(c.value);
          } else {
            hi[sj] = std::floor(c.value);
          }
          resolve = true;
          return best;
        }
        const double f = c.value - std::floor(c.value);
        const double dg = std::max(s.down - z, 0.0);
        const double ug = std::max(s.up - z, 0.0);
        if (s.down_exact)
          pc_.update(c.col, false, dg, f);
        if (s.up_exact)
          pc_.update(c.col, true, ug, 1 - f);
        score = branching_score(dg, ug);
        if (s.down_exact)
          b.down_bound = s.down;
        if (s.up_exact)
          b.up_bound = s.up;
        if (score > best_score) {
          lookahead = 0;
        } else {
          ++lookahead;
        }
      }
      if (score > best_score) {
        best_score = score;
        best = b;
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ the tree

  enum class node_outcome { pruned, branched, stopped };

  // Processes one node. On `branched`, fills the two children (down first).
  node_outcome process(node& nd, node& down, node& up) {
    std::vector<double>& lo = work_lo_;
    std::vector<double>& hi = work_hi_;
    if (!node_bounds(nd, lo, hi))
      return node_outcome::pruned;
    const index seed[1] = {nd.branch.col};
    if (!prop_.run(prob_.rows, cols_, prob_.integer, lo, hi,
                   std::span<const index>(seed, nd.branch.col >= 0 ? 1 : 0), nd.depth == 0,
                   20 * prob_.rows.size() + 1000))
      return node_outcome::pruned;
    sync_lp(lo, hi);
    if (lp_owner_ != nd.parent_id && nd.basis)
      lp_->set_basis(*nd.basis);
    lp_owner_ = -2;
    bool first = true;
    for (int round = 0; round < 20; ++round) {
      const index before = lp_->iterations();
      lp::solution s = solve_node_lp();
      node_lp_iterations_ += lp_->iterations() - before;
      ++node_lps_;
      if (s.status == lp::status::time_limit) {
        interrupted_ = status::time_limit;
        return node_outcome::stopped;
      }
      if (s.status == lp::status::cancelled) {
        interrupted_ = status::cancelled;
        return node_outcome::stopped;
      }
      if (s.status == lp::status::infeasible)
        return node_outcome::pruned;
      if (s.status != lp::status::optimal) {
        if (nd.depth == 0 && !root_solved_ &&
            (s.status == lp::status::unbounded ||
             s.status == lp::status::infeasible_or_unbounded)) {
          root_unbounded_ = true;
          return node_outcome::stopped;
        }
        return branch_without_lp(nd, lo, hi, down, up);
      }
      if (first && nd.branch.col >= 0 && std::isfinite(nd.parent_objective))
        pc_.update(nd.branch.col, nd.branch_up, s.objective - nd.parent_objective,
                   nd.branch_distance);
      first = false;
      if (nd.depth == 0 && !root_solved_) {
        s = root_done(std::move(s), lo, hi);
        if (cancelled_ || interrupted_ != status::optimal)
          return node_outcome::stopped;
        if (s.status == lp::status::infeasible)
          return node_outcome::pruned;
        if (s.status != lp::status::optimal)
          return branch_without_lp(nd, lo, hi, down, up);
      }
      const double z = s.objective;
      const double bound = round_bound(std::max(nd.bound, z));
      current_bound_ = std::max(current_bound_, bound);
      if (is_pruned(bound))
        return node_outcome::pruned;
      stats_.reduced_cost_fixings += reduced_cost_fixing(s.x, s.reduced_costs, z, lo, hi);
      std::vector<candidate>& cands = cands_;
      fractional(s.x, lo, hi, cands);
      if (cands.empty()) {
        (void)try_solution(s.x, solution_source::lp);
        return node_outcome::pruned;
      }
      if (opt_.heuristics) {
        if (auto r = simple_rounding(prob_, cols_, s.x, lo, hi, opt_.integrality_tolerance))
          (void)try_solution(*r, solution_source::rounding);
        if (cancelled_)
          return node_outcome::stopped;
        if (is_pruned(bound))
          return node_outcome::pruned;
      }
      auto basis = std::make_shared<const lp::basis>(s.basis);
      if (opt_.heuristics && run_heuristics(nd, s, lo, hi, *basis)) {
        if (cancelled_)
          return node_outcome::stopped;
        if (interrupted_ != status::optimal)
          return node_outcome::stopped;
        if (is_pruned(bound))
          return node_outcome::pruned;
        stats_.reduced_cost_fixings += reduced_cost_fixing(s.x, s.reduced_costs, z, lo, hi);
        fractional(s.x, lo, hi, cands);
        if (cands.empty())
          return node_outcome::pruned;
      }
      bool resolve = false;
      bool infeasible = false;
      const branching b = select_branching(cands, *basis, z, lo, hi, resolve, infeasible);
      if (cancelled_)
        return node_outcome::stopped;
      if (infeasible)
        return node_outcome::pruned;
      if (resolve) {
        if (!prop_.run(prob_.rows, cols_, prob_.integer, lo, hi, {}, true,
                       20 * prob_.rows.size() + 1000))
          return node_outcome::pruned;
        sync_lp(lo, hi);
        continue;
      }
      if (b.col < 0)
        return branch_without_lp(nd, lo, hi, down, up);
      make_children(nd, b, bound, z, lo, hi, basis, down, up);
      lp_owner_ = nd.id;
      return node_outcome::branched;
    }
    return branch_without_lp(nd, lo, hi, down, up);
  }

  // Children of a node whose LP could not be solved: split the first unfixed integer column
  // at its midpoint (complete enumeration stays correct; the bound is the parent's).
  node_outcome branch_without_lp(const node& nd, const std::vector<double>& lo,
                                 const std::vector<double>& hi, node& down, node& up) {
    numerical_trouble_ = true;
    for (index j = 0; j < n_; ++j) {
      const auto sj = to_size(j);
      if (!prob_.is_int(j) || lo[sj] == hi[sj])
        continue;
      double mid = 0;
      if (std::isfinite(lo[sj]) && std::isfinite(hi[sj])) {
        mid = std::floor(0.5 * (lo[sj] + hi[sj]));
      } else if (std::isfinite(lo[sj])) {
        mid = lo[sj];
      } else if (std::isfinite(hi[sj])) {
        mid = hi[sj] - 1;
      }
      branching b{j, mid + 0.5, -inf, -inf};
      make_children(nd, b, nd.bound, nd.bound, lo, hi, nd.basis, down, up);
      lp_owner_ = -2;
      return node_outcome::branched;
    }
    unsolved_nodes_ = true;
    return node_outcome::pruned;
  }

  void make_children(const node& nd, const branching& b, double bound, double z,
                     const std::vector<double>& lo, const std::vector<double>& hi,
                     std::shared_ptr<const lp::basis> basis, node& down, node& up) {
    const auto changes = local_changes(lo, hi);
    const auto sj = to_size(b.col);
    const double f = b.value - std::floor(b.value);
    for (const bool is_up : {false, true}) {
      node& c = is_up ? up : down;
      c = node{};
      c.depth = nd.depth + 1;
      c.id = next_id_++;
      c.parent_id = nd.id;
      c.parent_bounds = changes;
      c.basis = basis;
      c.parent_objective = z;
      c.branch_up = is_up;
      c.branch_distance = is_up ? 1 - f : f;
      c.branch = is_up ? bound_change{b.col, std::ceil(b.value), hi[sj]}
                       : bound_change{b.col, lo[sj], std::floor(b.value)};
      const double child_bound = is_up ? b.up_bound : b.down_bound;
      c.bound = round_bound(std::max(bound, child_bound));
      c.estimate = bound + pc_.unit_gain(b.col, is_up) * c.branch_distance;
    }
  }

  // Called once when the root LP is solved: cutting planes, root heuristics, global
  // reduced-cost fixing. Returns the final root LP solution.
  lp::solution root_done(lp::solution s, std::vector<double>& lo, std::vector<double>& hi) {
    root_solved_ = true;
    stats_.root_lp_bound = s.objective;
    root_iterations_ = lp_->iterations();
    root_lp_x_ = s.x;
    // The root's propagated bounds are implied by the model: they become the global bounds.
    glo_ = lo;
    ghi_ = hi;
    compute_locks();
    if (opt_.cuts && opt_.max_cut_rounds > 0)
      s = cut_loop(std::move(s), lo, hi);
    if (s.status != lp::status::optimal)
      return s;
    stats_.root_cut_bound = s.objective;
    root_x_ = s.x;
    root_d_ = s.reduced_costs;
    root_z_ = s.objective;
    root_reduced_cost_fixing();
    for (index j = 0; j < n_; ++j) {
      lo[to_size(j)] = std::max(lo[to_size(j)], glo_[to_size(j)]);
      hi[to_size(j)] = std::min(hi[to_size(j)], ghi_[to_size(j)]);
    }
    return s;
  }

  // 1 for rows whose activity is integral at integer points (integer columns and coefficients).
  [[nodiscard]] std::uint8_t is_integral_row(std::span<const index> c,
                                             std::span<const double> v) const {
    for (std::size_t k = 0; k < c.size(); ++k) {
      if (!prob_.is_int(c[k]) || v[k] != std::round(v[k]))
        return 0;
    }
    return 1;
  }

  // Removes the cut rows whose activity is basic and strictly inside its bounds (not binding);
  // the basis stays optimal.
  // A cut is removed once it has been inactive in `max_age` consecutive LP solutions.
  bool remove_inactive_cuts(const lp::solution& s, index max_age) {
    std::vector<index> drop;
    cut_age_.resize(to_size(prob_.rows.size() - model_rows_), 0);
    for (index i = model_rows_; i < prob_.rows.size(); ++i) {
      const auto si = to_size(i);
      index& age = cut_age_[to_size(i - model_rows_)];
      const double slack = prob_.rows.hi[si] - s.row_activity[si];
      if (s.basis.rows[si] != lp::basis_status::basic ||
          slack <= 1e-6 * std::max(1.0, std::abs(prob_.rows.hi[si]))) {
        age = 0;
        continue;
      }
      if (++age >= max_age)
        drop.push_back(i);
    }
    if (drop.empty())
      return false;
    lp_->remove_rows(drop);
    std::vector<std::uint8_t> keep(to_size(prob_.rows.size()), 1);
    for (const index i : drop)
      keep[to_size(i)] = 0;
    prob_.rows.compact(keep);
    std::size_t out = 0;
    for (std::size_t i = 0; i < integral_row_.size(); ++i) {
      if (keep[i] != 0)
        integral_row_[out++] = integral_row_[i];
    }
    integral_row_.resize(out);
    out = 0;
    for (std::size_t k = 0; k < cut_age_.size(); ++k) {
      if (keep[to_size(model_rows_) + k] != 0)
        cut_age_[out++] = cut_age_[k];
    }
    cut_age_.resize(out);
    cols_.build(prob_.rows, n_);
    return true;
  }

  // Rounds of cut separation at the root (Gomory, c-MIR, covers), each followed by an LP
  // re-solve; stops when the bound stalls, no cut is found or the round limit is reached.
  lp::solution cut_loop(lp::solution s, std::vector<double>& lo, std::vector<double>& hi) {
    model_rows_ = prob_.rows.size();
    integral_row_.assign(to_size(model_rows_), 0);
    for (index i = 0; i < model_rows_; ++i)
      integral_row_[to_size(i)] = is_integral_row(prob_.rows.cols(i), prob_.rows.vals(i));
    (void)hi;
    (void)lo;
    sparse_accumulator acc;
    acc.resize(n_);
    mir_separator mir;
    std::vector<double> history{s.objective};
    const index per_round = std::clamp<index>(n_ / 4, 20, 100);
    for (index round = 0; round < opt_.max_cut_rounds; ++round) {
      if (out_of_time() || cancelled_)
        break;
      separation_context ctx;
      ctx.rows = &prob_.rows;
      ctx.cols = &cols_;
      ctx.model_rows = model_rows_;
      ctx.lo = &glo_;
      ctx.hi = &ghi_;
      ctx.x = &s.x;
      ctx.integer = &prob_.integer;
      ctx.integral_row = &integral_row_;
      ctx.n = n_;
      std::vector<cut> found;
      separate_gomory(*lp_, s.basis, ctx, 2 * per_round, acc, found);
      mir.separate(ctx, 5, found);
      separate_covers(ctx, found, acc);
      if (found.empty())
        break;
      const std::vector<cut> chosen = select_cuts(std::move(found), per_round, n_);
      for (const cut& c : chosen) {
        lp::linear_expression e;
        e.ids = c.cols;
        e.coefficients = c.vals;
        (void)lp_->add_row(-inf, e, c.rhs);
        prob_.rows.add(c.cols, c.vals, -inf, c.rhs);
        integral_row_.push_back(
            is_integral_row(c.cols, c.vals) != 0 && c.rhs == std::round(c.rhs) ? 1 : 0);
        switch (c.kind) {
          case cut_kind::gomory:
            ++stats_.gomory_cuts;
            break;
          case cut_kind::mir:
            ++stats_.mir_cuts;
            break;
          case cut_kind::cover:
            ++stats_.cover_cuts;
            break;
          case cut_kind::clique:
            ++stats_.clique_cuts;
            break;
        }
      }
      cols_.build(prob_.rows, n_);
      ++stats_.cut_rounds;
      const index before = lp_->iterations();
      lp::solution t = solve_node_lp();
      node_lp_iterations_ += lp_->iterations() - before;
      if (t.status != lp::status::optimal) {
        if (t.status == lp::status::time_limit)
          interrupted_ = status::time_limit;
        return t;
      }
      s = std::move(t);
      if (opt_.heuristics) {
        if (auto r = simple_rounding(prob_, cols_, s.x, glo_, ghi_, opt_.integrality_tolerance))
          (void)try_solution(*r, solution_source::rounding);
      }
      if (is_integral(s.x) || is_pruned(s.objective))
        break;
      if (remove_inactive_cuts(s, 3)) {
        lp::solution u = solve_node_lp();
        if (u.status != lp::status::optimal)
          return u;
        s = std::move(u);
      }
      history.push_back(s.objective);
      // Stall: the last three rounds moved the bound by less than 0.1% of the total gain.
      const std::size_t h = history.size();
      if (h >= 4) {
        const double recent = history[h - 1] - history[h - 4];
        const double total = history[h - 1] - history[0];
        if (recent <= 1e-3 * total + tol(history[h - 1]))
          break;
      }
    }
    const bool removed = remove_inactive_cuts(s, 1);
    stats_.cuts_kept = prob_.rows.size() - model_rows_;
    // A fresh solution of the final LP (same basis: no iteration) with the current rows.
    return removed ? solve_node_lp() : s;
  }

  // Which child to process next in a plunge: the direction the value moved away from the
  // root LP solution (Achterberg 2007, sec. 6.?: root LP value difference).
  [[nodiscard]] bool prefer_up(const node& down) const {
    const index j = down.branch.col;
    if (j < 0 || root_lp_x_.empty())
      return true;
    const double v = down.branch.hi + down.branch_distance;  // the LP value at the parent
    return v >= root_lp_x_[to_size(j)];
  }

  status solve_tree(result& r) {
    (void)r;
    node root;
    root.id = next_id_++;
    root.bound = -inf;
    std::optional<node> current = std::move(root);
    node down;
    node up;
    while (true) {
      if (!current) {
        if (queue_.empty())
          break;
        current = opt_.selection == node_selection::depth_first ? queue_.pop_deepest()
                                                                : queue_.pop_best_bound();
      }
      if (is_pruned(current->bound)) {
        current.reset();
        continue;
      }
      // Limits.
      const double gb = std::min(queue_.min_bound(), current->bound);
      if (gap_reached(gb)) {
        queue_.push(std::move(*current));
        return status::gap_limit;
      }
      if (nodes_ >= opt_.node_limit || lp_->iterations() >= sub_.iteration_limit) {
        queue_.push(std::move(*current));
        return status::node_limit;
      }
      if (out_of_time()) {
        queue_.push(std::move(*current));
        return status::time_limit;
      }
      if (!reporter_.report({.stage = "branch_and_bound",
                             .done = nodes_,
                             .total = 0,
                             .objective = sense_ * gb,
                             .elapsed_seconds = 0})) {
        queue_.push(std::move(*current));
        return status::cancelled;
      }
      ++nodes_;
      stats_.max_depth = std::max(stats_.max_depth, current->depth);
      current_bound_ = current->bound;
      const node_outcome out = process(*current, down, up);
      current_bound_ = inf;
      if (out == node_outcome::stopped) {
        queue_.push(std::move(*current));
        return cancelled_ ? status::cancelled : interrupted_;
      }
      if (cancelled_)
        return status::cancelled;
      if (out == node_outcome::pruned) {
        current.reset();
        continue;
      }
      // Branched: plunge into one child, queue the other.
      const bool up_first = prefer_up(down);
      node& first = up_first ? up : down;
      node& second = up_first ? down : up;
      queue_.push(std::move(second));
      if (opt_.selection == node_selection::best_bound_plunging && continue_plunge(first)) {
        current = std::move(first);
      } else {
        queue_.push(std::move(first));
        current.reset();
      }
    }
    return status::optimal;
  }

  [[nodiscard]] bool continue_plunge(const node& child) const {
    if (is_pruned(child.bound))
      return false;
    const double lb = std::min(queue_.min_bound(), child.bound);
    const double inc = incumbent_value();
    if (!std::isfinite(inc))
      return true;
    return child.bound <= lb + 0.5 * (inc - lb) + tol(lb);
  }

  [[nodiscard]] bool gap_reached(double bound) const {
    const double inc = incumbent_value();
    if (!std::isfinite(inc) || (opt_.relative_gap <= 0 && opt_.absolute_gap <= 0))
      return false;
    const double g = inc - bound;
    return g <= opt_.absolute_gap || g <= opt_.relative_gap * std::max(1.0, std::abs(inc));
  }

  // ------------------------------------------------------------------ heuristics

  // Rows that block rounding each column down (lock 0) or up (lock 1) (Achterberg 2007, sec.
  // 3.3.3), from the model rows.
  void compute_locks() {
    locks_.assign(to_size(2 * n_), 0);
    for (index i = 0; i < prob_.rows.size(); ++i) {
      const auto si = to_size(i);
      const bool has_lo = std::isfinite(prob_.rows.lo[si]);
      const bool has_hi = std::isfinite(prob_.rows.hi[si]);
      const auto c = prob_.rows.cols(i);
      const auto v = prob_.rows.vals(i);
      for (std::size_t k = 0; k < c.size(); ++k) {
        const auto sj = to_size(c[k]);
        if ((v[k] > 0 && has_lo) || (v[k] < 0 && has_hi))
          ++locks_[2 * sj];
        if ((v[k] > 0 && has_hi) || (v[k] < 0 && has_lo))
          ++locks_[2 * sj + 1];
      }
    }
  }

  enum class dive_rule { fractional, coefficient, guided, pseudo_cost };

  // The column and direction a dive fixes next.
  [[nodiscard]] std::pair<index, bool> dive_choice(dive_rule rule,
                                                   const std::vector<candidate>& cands) const {
    index best = -1;
    bool best_up = false;
    double best_score = inf;
    for (const candidate& c : cands) {
      const auto sj = to_size(c.col);
      const double f = c.value - std::floor(c.value);
      bool up = f >= 0.5;
      double score = 0;
      switch (rule) {
        case dive_rule::fractional:
          score = std::min(f, 1 - f);
          break;
        case dive_rule::coefficient: {
          // Fewest locks in the rounding direction; ties by fractionality.
          const index down_locks = locks_[2 * sj];
          const index up_locks = locks_[2 * sj + 1];
          up = up_locks < down_locks || (up_locks == down_locks && f >= 0.5);
          score = static_cast<double>(up ? up_locks : down_locks) + (up ? 1 - f : f) * 0.5;
          break;
        }
        case dive_rule::guided: {
          const double target = best_x_[sj];
          up = target > c.value;
          score = std::abs(target - c.value);
          break;
        }
        case dive_rule::pseudo_cost: {
          up = c.value >= root_lp_x_[sj];
          score = pc_.unit_gain(c.col, up) * (up ? 1 - f : f);
          break;
        }
      }
      if (score < best_score) {
        best_score = score;
        best = c.col;
        best_up = up;
      }
    }
    return {best, best_up};
  }

  // A dive from the node's LP solution: fix one fractional column at a time (with
  // propagation and an LP re-solve), backtracking once on infeasibility (Achterberg 2007,
  // sec. 9.2; Danna, Rothberg & Le Pape 2005 for the guided variant). The node's bounds and
  // basis are restored afterwards.
  void dive(dive_rule rule, const std::vector<double>& node_lo, const std::vector<double>& node_hi,
            const lp::solution& start, index budget) {
    std::vector<double> lo = node_lo;
    std::vector<double> hi = node_hi;
    std::vector<double> x = start.x;
    std::vector<candidate> cands;
    const index first_iteration = lp_->iterations();
    bool backtracked = false;
    for (index depth = 0; depth < n_; ++depth) {
      if (out_of_time() || cancelled_)
        break;
      fractional(x, lo, hi, cands);
      if (cands.empty()) {
        (void)try_solution(x, solution_source::diving);
        break;
      }
      if (auto r = simple_rounding(prob_, cols_, x, lo, hi, opt_.integrality_tolerance)) {
        if (try_solution(*r, solution_source::diving))
          break;
      }
      const auto [j, up] = dive_choice(rule, cands);
      if (j < 0)
        break;
      const auto sj = to_size(j);
      const double v = x[sj];
      const std::vector<double> saved_lo = lo;
      const std::vector<double> saved_hi = hi;
      lp::solution s;
      bool ok = false;
      for (int attempt = 0; attempt < 2 && !ok; ++attempt) {
        const bool dir = attempt == 0 ? up : !up;
        if (attempt == 1) {
          if (backtracked)
            break;
          backtracked = true;
          lo = saved_lo;
          hi = saved_hi;
        }
        if (dir) {
          lo[sj] = std::ceil(v);
        } else {
          hi[sj] = std::floor(v);
        }
        const index seed[1] = {j};
        if (!prop_.run(prob_.rows, cols_, prob_.integer, lo, hi, seed, false,
                       20 * prob_.rows.size() + 1000))
          continue;
        sync_lp(lo, hi);
        const index left = budget - (lp_->iterations() - first_iteration);
        if (left <= 0)
          break;
        s = solve_lp(left);
        ok = s.status == lp::status::optimal && !is_pruned(round_bound(s.objective));
        if (s.status != lp::status::optimal && s.status != lp::status::infeasible)
          break;
      }
      if (!ok)
        break;
      x = std::move(s.x);
    }
    dive_iterations_ += lp_->iterations() - first_iteration;
  }

  // Relaxation induced neighbourhood search (Danna, Rothberg & Le Pape 2005): integer columns
  // on which the incumbent and the LP solution agree are fixed, and the rest is solved as a
  // sub-MIP with a node limit and the incumbent as cutoff.
  void rins(const std::vector<double>& x_lp) {
    if (best_x_.empty() || sub_.is_sub_mip)
      return;
    std::vector<double> lo = glo_;
    std::vector<double> hi = ghi_;
    index free_ints = 0;
    index fixed = 0;
    for (index j = 0; j < n_; ++j) {
      const auto sj = to_size(j);
      if (!prob_.is_int(j) || lo[sj] == hi[sj])
        continue;
      ++free_ints;
      const double v = best_x_[sj];
      if (std::abs(v - x_lp[sj]) <= opt_.integrality_tolerance && v >= lo[sj] && v <= hi[sj]) {
        lo[sj] = v;
        hi[sj] = v;
        ++fixed;
      }
    }
    if (free_ints == 0 || static_cast<double>(fixed) < 0.3 * static_cast<double>(free_ints))
      return;
    const double left = time_left();
    if (left <= 0)
      return;
    const lp::model sub_model = to_lp_model(prob_, lo, hi);
    options o;
    o.time_limit = std::chrono::duration<double>(std::min(left, 1e9));
    o.node_limit = 500;
    o.max_cut_rounds = 5;
    o.integrality_tolerance = opt_.integrality_tolerance;
    o.feasibility_tolerance = opt_.feasibility_tolerance;
    const index iterations =
        std::max<index>(1000, node_lp_iterations_ / 10 + 5 * root_iterations_ - rins_iterations_);
    search sub(sub_model, o,
               {.cutoff = best_obj_, .is_sub_mip = true, .iteration_limit = iterations});
    const result r = sub.run();
    ++stats_.rins_runs;
    stats_.rins_nodes += r.nodes;
    rins_iterations_ += r.lp_iterations;
    extra_iterations_ += r.lp_iterations;
    if (r.has_solution())
      (void)try_solution(r.x, solution_source::rins);
  }

  // Runs the heuristics due at this node (dives by frequency and an LP-iteration budget, RINS
  // after new incumbents); restores the node's LP afterwards. True if anything ran.
  bool run_heuristics(const node& nd, const lp::solution& s, const std::vector<double>& lo,
                      const std::vector<double>& hi, const lp::basis& basis) {
    const bool root = nd.depth == 0;
    // The root's LP may be re-solved after strong branching fixed columns: heuristics once.
    if (root && root_heuristics_done_)
      return false;
    // Budgets in LP iterations (deterministic, unlike time): dives get about 10% of the node
    // LP iterations, RINS sub-MIPs about 10% plus a few root solves.
    const index budget = node_lp_iterations_ / 10 + 1000 - dive_iterations_;
    const bool dive_due = root || (nodes_ % 10 == 0 && budget > 0);
    const bool rins_due =
        !best_x_.empty() && !sub_.is_sub_mip &&
        (root || (nodes_ - last_rins_node_ >= 50 &&
                  (stats_.solutions != last_rins_solutions_ || nodes_ - last_rins_node_ >= 1000) &&
                  rins_iterations_ <= node_lp_iterations_ / 10 + 5 * root_iterations_));
    root_heuristics_done_ = root_heuristics_done_ || root;
    if (!dive_due && !rins_due)
      return false;
    if (dive_due) {
      const dive_rule rules[4] = {dive_rule::fractional, dive_rule::coefficient,
                                  dive_rule::pseudo_cost, dive_rule::guided};
      const int count = root ? 3 : 1;
      for (int k = 0; k < count && !cancelled_; ++k) {
        dive_rule rule = rules[next_dive_++ % 4];
        if (rule == dive_rule::guided && best_x_.empty())
          rule = dive_rule::fractional;
        dive(rule, lo, hi, s, std::max<index>(budget, root ? 1000 : 100));
        ++stats_.dives;
      }
    }
    if (rins_due && !best_x_.empty() && !cancelled_) {
      last_rins_node_ = nodes_;
      last_rins_solutions_ = stats_.solutions;
      rins(s.x);
    }
    // Back to the node's LP: bounds and basis.
    sync_lp(lo, hi);
    lp_->set_basis(basis);
    if (out_of_time())
      interrupted_ = status::time_limit;
    return true;
  }

  // ------------------------------------------------------------------ result

  // The LP relaxation is unbounded: the MIP is unbounded if it has an integer point (with
  // rational data), which a search on the zero objective decides.
  result unbounded_result(result& r) {
    lp::model feas = original_;
    for (index j = 0; j < n_; ++j)
      feas.set_cost(j, 0.0);
    feas.set_objective_offset(0.0);
    options o = opt_;
    o.start.clear();
    o.on_incumbent = {};
    o.on_progress = {};
    o.relative_gap = 0;
    o.absolute_gap = 0;
    const double left = time_left();
    if (left <= 0)
      return finish(r, status::time_limit);
    o.time_limit = std::chrono::duration<double>(std::min(left, 1e9));
    search sub(feas, o);
    const result f = sub.run();
    r.nodes = nodes_ + f.nodes;
    extra_iterations_ += f.lp_iterations;
    if (f.status == status::infeasible)
      return finish(r, status::infeasible);
    if (!f.has_solution())
      return finish(r, f.status == status::optimal ? status::infeasible_or_unbounded : f.status);
    r.status = status::unbounded;
    r.x = f.x;
    r.objective = original_.objective_value(Eigen::Map<const core::vector<double>>(f.x.data(), n_));
    r.best_bound = -sense_ * inf;
    r.gap = inf;
    r.lp_iterations = (lp_ ? lp_->iterations() : 0) + extra_iterations_;
    r.solve_seconds = elapsed();
    r.stats = stats_;
    r.notes.emplace_back("the LP relaxation is unbounded and an integer point exists");
    return r;
  }

  result finish(result& r, status st) {
    if (cancelled_)
      st = status::cancelled;
    const bool has = !best_x_.empty() && best_obj_ < inf && best_obj_ <= sub_.cutoff;
    double bound = -inf;
    if (st == status::infeasible) {
      bound = inf;
    } else if (st == status::optimal) {
      bound = has ? best_obj_ : inf;
    } else {
      bound = std::min(global_bound(), has ? best_obj_ : inf);
      if (!root_solved_)
        bound = -inf;
    }
    if (st == status::optimal && !has)
      st = status::infeasible;
    if (st == status::optimal && unsolved_nodes_)
      st = status::numerical_failure;
    if (!start_note_.empty())
      r.notes.push_back(start_note_);
    if (numerical_trouble_)
      r.notes.push_back("some node LPs failed numerically and were branched on without a bound");
    r.status = st;
    r.x = has ? best_x_ : std::vector<double>{};
    r.objective = has ? sense_ * best_obj_ : sense_ * inf;
    r.best_bound = sense_ * bound;
    if (has) {
      r.gap = st == status::optimal
                  ? 0.0
                  : std::abs(best_obj_ - bound) / std::max(1.0, std::abs(best_obj_));
    } else {
      r.gap = inf;
    }
    r.nodes = nodes_;
    r.lp_iterations = lp_ ? lp_->iterations() + extra_iterations_ : extra_iterations_;
    r.solve_seconds = elapsed();
    stats_.root_lp_bound *= sense_;
    stats_.root_cut_bound *= sense_;
    r.stats = stats_;
    // The final report is always delivered (a cancellation there changes nothing).
    (void)reporter_.report({.stage = "branch_and_bound",
                            .done = nodes_,
                            .total = 0,
                            .objective = std::isfinite(r.best_bound) ? r.best_bound : 0.0},
                           true);
    return r;
  }

  // ------------------------------------------------------------------ state

  const lp::model& original_;
  options opt_;
  sub_settings sub_;
  clock::time_point start_;
  clock::time_point deadline_{};
  bool has_deadline_ = false;
  core::progress_reporter reporter_;
  double sense_ = 1;

  problem prob_;
  index n_ = 0;
  column_view cols_;
  std::vector<double> glo_;
  std::vector<double> ghi_;
  propagator prop_;
  std::unique_ptr<lp::solver> lp_;
  std::vector<double> lp_lo_;
  std::vector<double> lp_hi_;
  index lp_owner_ = -2;
  std::vector<double> work_lo_;
  std::vector<double> work_hi_;
  std::vector<candidate> cands_;

  double obj_step_ = 0;
  std::vector<double> best_x_;
  double best_obj_ = inf;
  std::string start_note_;

  node_queue queue_;
  pseudo_costs pc_;
  index next_id_ = 0;
  index nodes_ = 0;
  double current_bound_ = inf;
  bool root_solved_ = false;
  bool root_unbounded_ = false;
  std::vector<double> root_lp_x_;
  std::vector<double> root_x_;
  std::vector<double> root_d_;
  double root_z_ = 0;
  index model_rows_ = 0;
  std::vector<std::uint8_t> integral_row_;
  std::vector<index> cut_age_;
  index root_iterations_ = 0;
  index node_lp_iterations_ = 0;
  index node_lps_ = 0;
  index sb_iterations_ = 0;
  index extra_iterations_ = 0;
  std::vector<index> locks_;
  index dive_iterations_ = 0;
  std::size_t next_dive_ = 0;
  index rins_iterations_ = 0;
  bool root_heuristics_done_ = false;
  index last_rins_node_ = -1000000;
  index last_rins_solutions_ = -1;
  bool cancelled_ = false;
  status interrupted_ = status::optimal;
  bool numerical_trouble_ = false;
  bool unsolved_nodes_ = false;
  statistics stats_{};
};

}  // namespace foresight::optimize::mip::detail

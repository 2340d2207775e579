// SPDX-License-Identifier: Apache-2.0
/// \file
/// Cutting planes for the root node: Gomory mixed-integer cuts from rows of the simplex tableau,
/// complemented mixed-integer rounding (c-MIR) on rows and aggregations of rows, lifted knapsack
/// covers, and the selection of a diverse subset of efficacious cuts. Every cut is written as
/// `vals' x <= rhs` in the columns of the model.
/// References: Gomory (1960), "An algorithm for the mixed integer problem", RM-2597 (mixed-integer
/// cut from a tableau row); Marchand & Wolsey (2001), "Aggregation and mixed integer rounding to
/// solve MIPs", Oper. Res. 49(3) (c-MIR: bound substitution, divisors, complementation,
/// aggregation); Balas (1975), "Facets of the knapsack polytope", Math. Prog. 8; Crowder, Johnson
/// & Padberg (1983), "Solving large-scale zero-one linear programming problems", Oper. Res. 31(5)
/// (covers of knapsack rows, separation heuristic); Padberg (1975) and Wolsey (1975) (sequential
/// up-lifting); Achterberg (2007), thesis, sec. 8.9 (cut selection by efficacy and parallelism).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include <foresight/optimize/lp/solution.hpp>
#include <foresight/optimize/lp/solver.hpp>
#include <foresight/optimize/mip/detail/problem.hpp>

namespace foresight::optimize::mip::detail {

/// Family of a cut (statistics).
enum class cut_kind : std::uint8_t { gomory, mir, cover, clique };

/// A cut `vals' x <= rhs` with its efficacy at the point it was separated from.
struct cut {
  std::vector<index> cols{};
  std::vector<double> vals{};
  double rhs = 0;
  double efficacy = 0;
  cut_kind kind = cut_kind::gomory;
};

/// Data the separators read: rows (model rows first, then cuts), their column view, the box in
/// which cuts must be valid, the point to cut off and the integrality of columns.
struct separation_context {
  const row_set* rows = nullptr;
  const column_view* cols = nullptr;
  index model_rows = 0;  ///< rows [0, model_rows) are model rows, the rest are cuts
  const std::vector<double>* lo = nullptr;
  const std::vector<double>* hi = nullptr;
  const std::vector<double>* x = nullptr;
  const std::vector<std::uint8_t>* integer = nullptr;
  /// Per row: 1 when its activity only takes integer values (integer columns and coefficients).
  const std::vector<std::uint8_t>* integral_row = nullptr;
  index n = 0;
};

/// A dense accumulator over columns with the list of touched entries.
class sparse_accumulator {
 public:
  void resize(index n) {
    val_.assign(to_size(n), 0.0);
    mark_.assign(to_size(n), 0);
    nz_.clear();
  }
  void add(index j, double v) {
    const auto sj = to_size(j);
    if (mark_[sj] == 0) {
      mark_[sj] = 1;
      nz_.push_back(j);
    }
    val_[sj] += v;
  }
  [[nodiscard]] double get(index j) const { return val_[to_size(j)]; }
  void set(index j, double v) {
    const auto sj = to_size(j);
    if (mark_[sj] == 0) {
      mark_[sj] = 1;
      nz_.push_back(j);
    }
    val_[sj] = v;
  }
  [[nodiscard]] const std::vector<index>& nonzeros() const { return nz_; }
  void clear() {
    for (const index j : nz_) {
      val_[to_size(j)] = 0.0;
      mark_[to_size(j)] = 0;
    }
    nz_.clear();
  }

 private:
  std::vector<double> val_;
  std::vector<std::uint8_t> mark_;
  std::vector<index> nz_;
};

/// Turns `acc' x <= rhs` into a cut: drops tiny coefficients by relaxing with bounds, rejects
/// numerically poor cuts (large dynamism, too many entries, infinite bounds needed) and cuts
/// that are not violated at x. The accumulator is cleared.
[[nodiscard]] inline std::optional<cut> finish_cut(sparse_accumulator& acc, double rhs,
                                                   const separation_context& ctx, cut_kind kind,
                                                   index max_support) {
  std::vector<index> nz = acc.nonzeros();
  std::sort(nz.begin(), nz.end());
  double big = 0;
  for (const index j : nz)
    big = std::max(big, std::abs(acc.get(j)));
  cut c;
  c.kind = kind;
  bool ok = big > 0 && std::isfinite(big) && std::isfinite(rhs);
  double small = big;
  for (const index j : nz) {
    if (!ok)
      break;
    const double v = acc.get(j);
    const auto sj = to_size(j);
    if (std::abs(v) <= 1e-9 * big || std::abs(v) < 1e-12) {
      // v x_j >= v * (bound giving its minimum): dropping the term relaxes the cut.
      const double b = v > 0 ? (*ctx.lo)[sj] : (*ctx.hi)[sj];
      if (v != 0.0) {
        if (!std::isfinite(b)) {
          ok = false;
          break;
        }
        rhs -= v * b;
      }
      continue;
    }
    c.cols.push_back(j);
    c.vals.push_back(v);
    small = std::min(small, std::abs(v));
  }
  acc.clear();
  if (!ok || c.cols.empty() || big / small > 1e6 || to_index(c.cols.size()) > max_support ||
      !std::isfinite(rhs))
    return std::nullopt;
  double act = 0;
  double norm = 0;
  for (std::size_t k = 0; k < c.cols.size(); ++k) {
    act += c.vals[k] * (*ctx.x)[to_size(c.cols[k])];
    norm += c.vals[k] * c.vals[k];
  }
  c.rhs = rhs;
  const double violation = act - rhs;
  c.efficacy = violation / std::sqrt(norm);
  if (violation <= 1e-6 * std::max(1.0, std::abs(rhs)) || c.efficacy < 1e-4)
    return std::nullopt;
  return c;
}

// ---------------------------------------------------------------------------- Gomory

/// Gomory mixed-integer cuts from the tableau rows of basic integer columns with fractional
/// values (Gomory 1960). Nonbasic columns and row activities are shifted to their active bound
/// so that the row reads `x_b + sum a_k y_k = beta` with y >= 0; row activities count as integer
/// when the row is integral. `basis` is the basis of the last solve of `lp`.
inline void separate_gomory(lp::solver& lp, const lp::basis& basis, const separation_context& ctx,
                            index max_cuts, sparse_accumulator& acc, std::vector<cut>& out) {
  const std::vector<lp::basic_variable> basics = lp.basic_variables();
  const std::vector<double>& x = *ctx.x;
  const row_set& rows = *ctx.rows;
  // Candidates: basic integer columns, most fractional first.
  std::vector<std::pair<double, index>> cand;
  for (std::size_t p = 0; p < basics.size(); ++p) {
    const lp::basic_variable& b = basics[p];
    if (b.is_row || (*ctx.integer)[to_size(b.id)] == 0)
      continue;
    const double v = x[to_size(b.id)];
    if (std::abs(v) > 1e6)
      continue;
    const double f = v - std::floor(v);
    if (f < 0.005 || f > 0.995)
      continue;
    cand.emplace_back(-std::min(f, 1 - f), to_index(p));
  }
  std::sort(cand.begin(), cand.end());
  if (to_index(cand.size()) > max_cuts)
    cand.resize(to_size(max_cuts));
  const double max_support = 10 + 0.5 * static_cast<double>(ctx.n);
  for (const auto& [neg_frac, position] : cand) {
    const lp::tableau_row t = lp.tableau_row(position);
    const double beta = x[to_size(t.basic.id)];
    const double f0 = beta - std::floor(beta);
    double constant = 0;  // sum gamma_k y_k = acc' x + constant
    bool ok = true;
    const auto coefficient = [&](double abar, bool integer_y) {
      if (integer_y) {
        const double fk = abar - std::floor(abar);
        return fk <= f0 ? fk / f0 : (1 - fk) / (1 - f0);
      }
      return abar >= 0 ? abar / f0 : -abar / (1 - f0);
    };
    for (index j = 0; j < ctx.n && ok; ++j) {
      const auto sj = to_size(j);
      const double tj = t.cols[sj];
      if (std::abs(tj) < 1e-11 || basis.cols[sj] == lp::basis_status::basic)
        continue;
      const double l = (*ctx.lo)[sj];
      const double u = (*ctx.hi)[sj];
      if (l == u)
        continue;
      const bool int_y = (*ctx.integer)[sj] != 0;
      if (basis.cols[sj] == lp::basis_status::at_lower) {
        const double g = coefficient(tj, int_y);
        acc.add(j, g);
        constant -= g * l;
      } else if (basis.cols[sj] == lp::basis_status::at_upper) {
        const double g = coefficient(-tj, int_y);
        acc.add(j, -g);
        constant += g * u;
      } else {
        ok = false;
      }
    }
    for (index i = 0; i < rows.size() && ok; ++i) {
      const auto si = to_size(i);
      const double ti = t.rows[si];
      if (std::abs(ti) < 1e-11 || basis.rows[si] == lp::basis_status::basic)
        continue;
      const double rl = rows.lo[si];
      const double ru = rows.hi[si];
      if (rl == ru)
        continue;
      const bool int_y = (*ctx.integral_row)[si] != 0;
      double g = 0;
      double sign = 0;
      if (basis.rows[si] == lp::basis_status::at_lower && std::isfinite(rl)) {
        g = coefficient(ti, int_y && rl == std::round(rl));
        sign = 1;
        constant -= g * rl;
      } else if (basis.rows[si] == lp::basis_status::at_upper && std::isfinite(ru)) {
        g = coefficient(-ti, int_y && ru == std::round(ru));
        sign = -1;
        constant += g * ru;
      } else {
        ok = false;
        break;
      }
      const auto c = rows.cols(i);
      const auto v = rows.vals(i);
      for (std::size_t k = 0; k < c.size(); ++k)
        acc.add(c[k], sign * g * v[k]);
    }
    if (!ok) {
      acc.clear();
      continue;
    }
    // acc' x + constant >= 1  <=>  -acc' x <= constant - 1.
    for (const index j : acc.nonzeros())
      acc.set(j, -acc.get(j));
    if (auto c =
            finish_cut(acc, constant - 1, ctx, cut_kind::gomory, static_cast<index>(max_support)))
      out.push_back(std::move(*c));
  }
}

// ---------------------------------------------------------------------------- c-MIR

/// Complemented mixed-integer rounding (Marchand & Wolsey 2001) of base inequalities built
/// from single rows and aggregations of up to `max_aggregations` further rows that eliminate
/// continuous columns strictly between their bounds.
class mir_separator {
 public:
  /// Separates from every model row; appends violated cuts to `out`.
  void separate(const separation_context& ctx, index max_aggregations, std::vector<cut>& out) {
    ctx_ = &ctx;
    const index n = ctx.n;
    if (to_index(agg_val_.size()) != n) {
      agg_val_.assign(to_size(n), 0.0);
      agg_mark_.assign(to_size(n), 0);
      acc_.resize(n);
    }
    const row_set& rows = *ctx.rows;
    for (index i = 0; i < ctx.model_rows; ++i) {
      const auto si = to_size(i);
      // Rows without integer columns may still start an aggregation towards integer ones.
      for (const double side : {1.0, -1.0}) {
        const double b = side > 0 ? rows.hi[si] : -rows.lo[si];
        if (!std::isfinite(b))
          continue;
        clear_aggregation();
        add_row(i, side);
        rhs_ = b;
        std::vector<index> path{i};
        for (index depth = 0; depth <= max_aggregations; ++depth) {
          // Every depth may give a different cut; selection keeps the best.
          if (auto c = cmir())
            out.push_back(std::move(*c));
          if (depth == max_aggregations || !aggregate(path))
            break;
        }
      }
    }
    clear_aggregation();
  }

 private:
  void clear_aggregation() {
    for (const index j : agg_nz_) {
      agg_val_[to_size(j)] = 0.0;
      agg_mark_[to_size(j)] = 0;
    }
    agg_nz_.clear();
    rhs_ = 0;
  }

  void add_row(index i, double mult) {
    const auto c = ctx_->rows->cols(i);
    const auto v = ctx_->rows->vals(i);
    for (std::size_t k = 0; k < c.size(); ++k) {
      const auto sj = to_size(c[k]);
      if (agg_mark_[sj] == 0) {
        agg_mark_[sj] = 1;
        agg_nz_.push_back(c[k]);
      }
      agg_val_[sj] += mult * v[k];
    }
  }

  // Adds a row that eliminates the continuous column farthest from its bounds; false if none.
  bool aggregate(std::vector<index>& path) {
    const auto& x = *ctx_->x;
    const auto& lo = *ctx_->lo;
    const auto& hi = *ctx_->hi;
    const row_set& rows = *ctx_->rows;
    index best_col = -1;
    double best_dist = 1e-6;
    for (const index j : agg_nz_) {
      const auto sj = to_size(j);
      if ((*ctx_->integer)[sj] != 0 || std::abs(agg_val_[sj]) < 1e-9)
        continue;
      const double dist = std::min(x[sj] - lo[sj], hi[sj] - x[sj]);
      if (dist > best_dist) {
        best_dist = dist;
        best_col = j;
      }
    }
    if (best_col < 0)
      return false;
    // A tight model row containing the column, not used yet, with few entries.
    index best_row = -1;
    double best_score = -inf;
    double best_mult = 0;
    const auto r = ctx_->cols->rows(best_col);
    const auto v = ctx_->cols->vals(best_col);
    for (std::size_t k = 0; k < r.size(); ++k) {
      const index i = r[k];
      if (i >= ctx_->model_rows || std::find(path.begin(), path.end(), i) != path.end() ||
          std::abs(v[k]) < 1e-9)
        continue;
      const auto si = to_size(i);
      const double mult = -agg_val_[to_size(best_col)] / v[k];
      // mult > 0 needs the row's upper side, mult < 0 its lower side.
      const double bound = mult > 0 ? rows.hi[si] : rows.lo[si];
      if (!std::isfinite(bound))
        continue;
      double act = 0;
      const auto c = rows.cols(i);
      const auto w = rows.vals(i);
      for (std::size_t q = 0; q < c.size(); ++q)
        act += w[q] * x[to_size(c[q])];
      const double slack = std::abs(bound - act) / std::max(1.0, std::abs(bound));
      const double score = -slack - 1e-4 * static_cast<double>(c.size());
      if (score > best_score) {
        best_score = score;
        best_row = i;
        best_mult = mult;
      }
    }
    if (best_row < 0 || best_score < -1e-3)
      return false;
    const auto sr = to_size(best_row);
    add_row(best_row, best_mult);
    rhs_ += best_mult * (best_mult > 0 ? rows.hi[sr] : rows.lo[sr]);
    agg_val_[to_size(best_col)] = 0.0;  // eliminated exactly
    path.push_back(best_row);
    return true;
  }

  struct term {
    index col = 0;
    double coef = 0;   // coefficient of y (the substituted variable)
    double ystar = 0;  // value of y at x*
    double bound = 0;  // bound used: x = bound + y (lower) or x = bound - y (upper)
    bool upper = false;
    bool integer = false;
    bool boxed = false;
  };

  // MIR of the current aggregation with bound substitution, divisor search and
  // complementation (Marchand & Wolsey 2001, sec. 3).
  std::optional<cut> cmir() {
    const auto& x = *ctx_->x;
    const auto& lo = *ctx_->lo;
    const auto& hi = *ctx_->hi;
    terms_.clear();
    double beta = rhs_;
    bool has_int = false;
    for (const index j : agg_nz_) {
      const auto sj = to_size(j);
      const double a = agg_val_[sj];
      if (std::abs(a) < 1e-12)
        continue;
      const double l = lo[sj];
      const double u = hi[sj];
      if (l == u) {
        beta -= a * l;
        continue;
      }
      const bool integer = (*ctx_->integer)[sj] != 0;
      const bool use_upper = std::isfinite(u) && (!std::isfinite(l) || u - x[sj] < x[sj] - l);
      const double b = use_upper ? u : l;
      if (!std::isfinite(b))
        return std::nullopt;
      term t;
      t.col = j;
      t.upper = use_upper;
      t.integer = integer;
      t.bound = b;
      t.boxed = std::isfinite(l) && std::isfinite(u);
      t.coef = use_upper ? -a : a;
      t.ystar = use_upper ? u - x[sj] : x[sj] - l;
      beta -= a * b;
      terms_.push_back(t);
      has_int = has_int || integer;
    }
    if (!has_int || std::abs(beta) > 1e9)
      return std::nullopt;
    // Divisors: |coefficients| of integer terms strictly inside their bounds.
    std::vector<double> deltas;
    for (const term& t : terms_) {
      if (!t.integer || t.ystar <= 1e-6 || std::abs(t.coef) < 1e-6)
        continue;
      const double d = std::abs(t.coef);
      if (std::find_if(deltas.begin(), deltas.end(),
                       [&](double e) { return std::abs(e - d) <= 1e-9 * d; }) == deltas.end())
        deltas.push_back(d);
      if (deltas.size() >= 8)
        break;
    }
    if (deltas.empty())
      deltas.push_back(1.0);
    double best_eff = 1e-4;
    double best_delta = 0;
    for (const double d : deltas) {
      const double e = efficacy(beta, d);
      if (e > best_eff + 1e-9) {
        best_eff = e;
        best_delta = d;
      }
    }
    if (best_delta == 0)
      return std::nullopt;
    for (const double k : {2.0, 4.0, 8.0}) {
      const double e = efficacy(beta, best_delta / k);
      if (e > best_eff + 1e-9) {
        best_eff = e;
        best_delta /= k;
      }
    }
    // Complementation of boxed integer terms, the ones farthest from their bound first.
    std::vector<std::pair<double, std::size_t>> order;
    for (std::size_t k = 0; k < terms_.size(); ++k) {
      if (terms_[k].integer && terms_[k].boxed && terms_[k].ystar > 1e-6)
        order.emplace_back(-terms_[k].ystar, k);
    }
    std::sort(order.begin(), order.end());
    for (const auto& [neg, k] : order) {
      const double nb = flip(terms_[k], beta);
      const double e = efficacy(nb, best_delta);
      if (e > best_eff + 1e-9) {
        best_eff = e;
        beta = nb;
      } else {
        (void)flip(terms_[k], nb);
      }
    }
    return build(beta, best_delta);
  }

  // Switches term t between lower and upper substitution; returns the new right-hand side.
  double flip(term& t, double beta) {
    const auto sj = to_size(t.col);
    const double a = t.upper ? -t.coef : t.coef;  // coefficient of x
    const double l = (*ctx_->lo)[sj];
    const double u = (*ctx_->hi)[sj];
    const double xv = (*ctx_->x)[sj];
    beta += a * t.bound;
    t.upper = !t.upper;
    t.bound = t.upper ? u : l;
    t.coef = t.upper ? -a : a;
    t.ystar = t.upper ? u - xv : xv - l;
    return beta - a * t.bound;
  }

  // Efficacy of the MIR of (terms, beta) / delta, or 0 when the rounding is unusable.
  [[nodiscard]] double efficacy(double beta, double delta) const {
    const double b = beta / delta;
    const double f = b - std::floor(b);
    if (f < 0.01 || f > 0.99)
      return 0;
    double act = 0;
    double norm = 0;
    for (const term& t : terms_) {
      const double g = mir_coefficient(t, delta, f);
      act += g * t.ystar;
      norm += g * g;
    }
    if (norm <= 0)
      return 0;
    return (act - std::floor(b)) / std::sqrt(norm);
  }

  [[nodiscard]] static double mir_coefficient(const term& t, double delta, double f) {
    const double a = t.coef / delta;
    if (t.integer) {
      const double fa = a - std::floor(a);
      return std::floor(a) + std::max(0.0, fa - f) / (1 - f);
    }
    return a < 0 ? a / (1 - f) : 0.0;
  }

  // The MIR in x-space, scaled back by delta.
  std::optional<cut> build(double beta, double delta) {
    const double b = beta / delta;
    const double f = b - std::floor(b);
    double rhs = std::floor(b) * delta;
    for (const term& t : terms_) {
      const double g = mir_coefficient(t, delta, f) * delta;
      if (g == 0.0)
        continue;
      // y = x - bound (lower) or bound - x (upper).
      if (t.upper) {
        acc_.add(t.col, -g);
        rhs -= g * t.bound;
      } else {
        acc_.add(t.col, g);
        rhs += g * t.bound;
      }
    }
    const double max_support = 10 + 0.5 * static_cast<double>(ctx_->n);
    return finish_cut(acc_, rhs, *ctx_, cut_kind::mir, static_cast<index>(max_support));
  }

  const separation_context* ctx_ = nullptr;
  std::vector<double> agg_val_;
  std::vector<std::uint8_t> agg_mark_;
  std::vector<index> agg_nz_;
  double rhs_ = 0;
  std::vector<term> terms_;
  sparse_accumulator acc_;
};

// ---------------------------------------------------------------------------- covers

/// Lifted cover inequalities of knapsack rows (Balas 1975; Crowder, Johnson & Padberg 1983).
/// Each one-sided model row is relaxed to a knapsack over its binary columns (negative
/// coefficients complemented, other columns at the bound giving their smallest contribution);
/// a cover is chosen greedily by (1 - z*) / a, made minimal, and lifted sequentially with exact
/// knapsack values by dynamic programming over the (integer) left-hand side (Padberg 1975).
inline void separate_covers(const separation_context& ctx, std::vector<cut>& out,
                            sparse_accumulator& acc) {
  const row_set& rows = *ctx.rows;
  const auto& x = *ctx.x;
  const auto& lo = *ctx.lo;
  const auto& hi = *ctx.hi;
  struct item {
    index col;
    double a;  // > 0
    double z;  // LP value of the (possibly complemented) binary
    bool complemented;
  };
  std::vector<item> items;
  for (index i = 0; i < ctx.model_rows; ++i) {
    const auto si = to_size(i);
    for (const double side : {1.0, -1.0}) {
      double b = side > 0 ? rows.hi[si] : -rows.lo[si];
      if (!std::isfinite(b))
        continue;
      items.clear();
      bool ok = true;
      const auto c = rows.cols(i);
      const auto v = rows.vals(i);
      for (std::size_t k = 0; k < c.size() && ok; ++k) {
        const auto sj = to_size(c[k]);
        const double a = side * v[k];
        const bool binary = (*ctx.integer)[sj] != 0 && lo[sj] == 0 && hi[sj] == 1;
        if (!binary) {
          const double bnd = a > 0 ? lo[sj] : hi[sj];
          if (!std::isfinite(bnd)) {
            ok = false;
          } else {
            b -= a * bnd;
          }
          continue;
        }
        if (a > 0) {
          items.push_back({c[k], a, x[sj], false});
        } else if (a < 0) {
          items.push_back({c[k], -a, 1 - x[sj], true});
          b -= a;
        }
      }
      if (!ok || items.size() < 2 || b < 0)
        continue;
      double total = 0;
      for (const item& it : items)
        total += it.a;
      if (total <= b + 1e-9 * std::max(1.0, std::abs(b)))
        continue;
      // Greedy cover: smallest (1 - z) / a first, until the weight exceeds b.
      std::vector<std::size_t> order(items.size());
      for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
      std::sort(order.begin(), order.end(), [&](std::size_t p, std::size_t q) {
        const double rp = (1 - items[p].z) / items[p].a;
        const double rq = (1 - items[q].z) / items[q].a;
        return rp != rq ? rp < rq : items[p].col < items[q].col;
      });
      std::vector<std::uint8_t> in_cover(items.size(), 0);
      double weight = 0;
      const double margin = 1e-9 * std::max(1.0, std::abs(b));
      for (const std::size_t k : order) {
        if (weight > b + margin)
          break;
        if (items[k].z <= 1e-9)
          continue;
        in_cover[k] = 1;
        weight += items[k].a;
      }
      if (weight <= b + margin) {
        // Complete with zero-valued items (largest first) if the LP support is not a cover.
        std::vector<std::size_t> rest;
        for (std::size_t k = 0; k < items.size(); ++k) {
          if (in_cover[k] == 0)
            rest.push_back(k);
        }
        std::sort(rest.begin(), rest.end(),
                  [&](std::size_t p, std::size_t q) { return items[p].a > items[q].a; });
        for (const std::size_t k : rest) {
          if (weight > b + margin)
            break;
          in_cover[k] = 1;
          weight += items[k].a;
        }
        if (weight <= b + margin)
          continue;
      }
      // Minimal: drop items with the smallest z while the rest is still a cover.
      std::vector<std::size_t> cover;
      for (std::size_t k = 0; k < items.size(); ++k) {
        if (in_cover[k] != 0)
          cover.push_back(k);
      }
      std::sort(cover.begin(), cover.end(), [&](std::size_t p, std::size_t q) {
        return items[p].z != items[q].z ? items[p].z < items[q].z : items[p].a < items[q].a;
      });
      std::vector<std::size_t> kept;
      for (std::size_t k = 0; k < cover.size(); ++k) {
        const std::size_t it = cover[k];
        if (weight - items[it].a > b + margin) {
          weight -= items[it].a;
        } else {
          kept.push_back(it);
        }
      }
      if (kept.size() < 2)
        continue;
      const auto rhs_count = static_cast<double>(kept.size() - 1);
      double lhs = 0;
      for (const std::size_t k : kept)
        lhs += items[k].z;
      // Sequential up-lifting of the other items (fractional LP values first): alpha_j =
      // |C| - 1 - max{ value(S) : weight(S) <= b - a_j }, solved exactly by dynamic
      // programming: minimal weight reaching each value 0..|C|-1.
      const auto vmax = static_cast<std::size_t>(rhs_count);
      std::vector<double> min_weight(vmax + 1, inf);
      min_weight[0] = 0;
      const auto insert = [&](double a, std::size_t value) {
        for (std::size_t val = vmax + 1; val-- > 0;) {
          const std::size_t from = val >= value ? val - value : 0;
          if (min_weight[from] + a < min_weight[val])
            min_weight[val] = min_weight[from] + a;
        }
      };
      for (const std::size_t k : kept)
        insert(items[k].a, 1);
      std::vector<std::size_t> others;
      for (std::size_t k = 0; k < items.size(); ++k) {
        if (in_cover[k] == 0 || std::find(kept.begin(), kept.end(), k) == kept.end())
          others.push_back(k);
      }
      std::sort(others.begin(), others.end(), [&](std::size_t p, std::size_t q) {
        return items[p].z != items[q].z ? items[p].z > items[q].z : items[p].a > items[q].a;
      });
      std::vector<double> alpha(items.size(), 0.0);
      for (const std::size_t k : others) {
        const double cap = b - items[k].a;
        if (cap < -margin)
          continue;  // cannot be 1; left to propagation
        std::size_t best = 0;
        for (std::size_t val = 0; val <= vmax; ++val) {
          if (min_weight[val] <= cap + margin)
            best = val;
        }
        const std::size_t lift = vmax - best;
        if (lift == 0)
          continue;
        alpha[k] = static_cast<double>(lift);
        lhs += alpha[k] * items[k].z;
        insert(items[k].a, lift);
      }
      if (lhs <= rhs_count + 1e-4)
        continue;
      // sum_C z + sum alpha z <= |C| - 1 in x-space (z = 1 - x when complemented).
      double rhs = rhs_count;
      for (std::size_t k = 0; k < items.size(); ++k) {
        const bool in = std::find(kept.begin(), kept.end(), k) != kept.end();
        const double coef = in ? 1.0 : alpha[k];
        if (coef == 0.0)
          continue;
        if (items[k].complemented) {
          acc.add(items[k].col, -coef);
          rhs -= coef;
        } else {
          acc.add(items[k].col, coef);
        }
      }
      if (auto ct = finish_cut(acc, rhs, ctx, cut_kind::cover, ctx.n))
        out.push_back(std::move(*ct));
    }
  }
}

// ---------------------------------------------------------------------------- selection

/// Chooses at most `max_cuts` cuts: by efficacy, skipping cuts nearly parallel (cosine above
/// 0.999) to one already chosen (Achterberg 2007, sec. 8.9). Ties keep the separation order.
[[nodiscard]] inline std::vector<cut> select_cuts(std::vector<cut> cuts, index max_cuts, index n) {
  std::vector<std::size_t> order(cuts.size());
  for (std::size_t k = 0; k < order.size(); ++k)
    order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return cuts[a].efficacy > cuts[b].efficacy;
  });
  std::vector<cut> chosen;
  std::vector<double> dense(to_size(n), 0.0);
  std::vector<double> norms;
  for (const std::size_t k : order) {
    if (to_index(chosen.size()) >= max_cuts)
      break;
    const cut& c = cuts[k];
    double nc = 0;
    for (const double v : c.vals)
      nc += v * v;
    nc = std::sqrt(nc);
    for (std::size_t q = 0; q < c.cols.size(); ++q)
      dense[to_size(c.cols[q])] = c.vals[q];
    bool parallel = false;
    for (std::size_t p = 0; p < chosen.size() && !parallel; ++p) {
      double dot = 0;
      for (std::size_t q = 0; q < chosen[p].cols.size(); ++q)
        dot += chosen[p].vals[q] * dense[to_size(chosen[p].cols[q])];
      parallel = dot / (nc * norms[p]) > 0.999;
    }
    for (const index j : c.cols)
      dense[to_size(j)] = 0.0;
    if (parallel)
      continue;
    chosen.push_back(c);
    norms.push_back(nc);
  }
  return chosen;
}

}  // namespace foresight::optimize::mip::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// `lp::solver`: an LP kept in memory with its basis, factorisation and pricing weights, for
/// cheap re-solves after bound or cost changes and added or removed rows (branch and bound,
/// cutting planes), with access to the basis and to rows of the simplex tableau (Gomory cuts).
/// References: Koberstein (2005), thesis, sec. 3.5 (warm starts of the dual simplex after bound
/// changes); Wolsey (1998), "Integer Programming", sec. 8.6 (Gomory cuts from tableau rows).
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/detail/computational_lp.hpp>
#include <foresight/optimize/lp/detail/simplex_engine.hpp>
#include <foresight/optimize/lp/detail/solution_builder.hpp>
#include <foresight/optimize/lp/expression.hpp>
#include <foresight/optimize/lp/model.hpp>
#include <foresight/optimize/lp/options.hpp>
#include <foresight/optimize/lp/solution.hpp>

namespace foresight::optimize::lp {

/// A basic variable: column `id` of the model, or the activity of row `id` when `is_row`.
struct basic_variable {
  /// Column or row index.
  core::index id = 0;
  /// True for a row activity (the row's logical variable), false for a column.
  bool is_row = false;

  /// Same variable.
  friend bool operator==(const basic_variable&, const basic_variable&) = default;
};

/// One row of the simplex tableau in model units: for every x,
/// `sum_j cols[j] * x[j] + sum_i rows[i] * (a_i x) = 0`, where the basic variable `basic` has
/// coefficient 1 and every other basic variable coefficient 0; so the basic variable equals
/// minus the nonbasic terms.
struct tableau_row {
  /// The basic variable of this row.
  basic_variable basic{};
  /// Coefficients of the columns (num_cols values).
  std::vector<double> cols{};
  /// Coefficients of the row activities (num_rows values).
  std::vector<double> rows{};
};

/// An LP solved and re-solved in place. Bounds, costs and rows can change between solves; each
/// `solve` starts from the last basis (dual simplex after bound changes and added rows, primal
/// simplex after cost changes). Presolve is not used; scaling is computed once at construction
/// (added rows get their own row scale).
/// Example: `lp::solver s(m); auto r = s.solve(); s.set_col_bounds(3, 0, 0); r = s.solve();`
class solver {
 public:
  /// Takes a copy of `m`. Throws: invalid_input for bad options.
  explicit solver(lp::model m, const lp::options& opt = {})
      : model_(std::move(m)),
        options_(opt),
        reporter_(std::make_unique<core::progress_reporter>(opt.on_progress)) {
    validate(options_);
    options_.presolve = false;
    detail::computational_lp clp = detail::to_computational(model_);
    if (options_.scale)
      detail::scale(clp);
    engine_ = std::make_unique<detail::simplex_engine>(
        std::move(clp), options_, options_.on_progress ? reporter_.get() : nullptr);
    if (options_.crash == crash_method::bixby) {
      engine_->crash_bixby();
    } else {
      engine_->set_slack_basis();
    }
    std::vector<std::int8_t> statuses;
    if (options_.start.has_value() &&
        detail::engine_statuses(*options_.start, model_.num_cols(), model_.num_rows(), statuses))
      (void)engine_->set_basis(statuses);
  }

  /// The model as modified so far.
  [[nodiscard]] const lp::model& model() const noexcept { return model_; }

  /// Solves from the current basis and returns the full solution.
  lp::solution solve() {
    const auto t0 = std::chrono::steady_clock::now();
    const detail::engine_status st = solved_ ? engine_->resolve() : engine_->solve();
    solved_ = true;
    lp::solution s;
    s.status = detail::to_status(st);
    if (!engine_->ensure_factor())
      s.status = lp::status::numerical_failure;
    detail::fill_solution(model_, *engine_, s);
    s.solve_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return s;
  }

  /// Sets the bounds of column j (branching). Throws: invalid_input.
  void set_col_bounds(core::index j, double lower, double upper) {
    model_.set_col_bounds(j, lower, upper);
    const double c = engine_->problem().col_scale[static_cast<std::size_t>(j)];
    engine_->set_bounds(j, lower / c, upper / c);
  }

  /// Sets the bounds of row i. Throws: invalid_input.
  void set_row_bounds(core::index i, double lower, double upper) {
    model_.set_row_bounds(i, lower, upper);
    const double r = engine_->problem().row_scale[static_cast<std::size_t>(i)];
    engine_->set_bounds(model_.num_cols() + i, -upper * r, -lower * r);
  }

  /// Sets the objective coefficient of column j. Throws: invalid_input.
  void set_cost(core::index j, double cost) {
    model_.set_cost(j, cost);
    const double sign = model_.sense() == objective_sense::maximize ? -1.0 : 1.0;
    engine_->set_cost(j, sign * cost * engine_->problem().col_scale[static_cast<std::size_t>(j)]);
  }

  /// Adds the row `lower <= e <= upper` (a cut); its activity enters the basis, so the next
  /// `solve` continues with the dual simplex. Returns the row index. Throws: invalid_input.
  core::index add_row(double lower, const linear_expression& e, double upper,
                      std::string name = {}) {
    const core::index i = model_.add_row(lower, e, upper, std::move(name));
    const auto& lpf = engine_->problem();
    std::vector<core::index> cols;
    std::vector<double> vals;
    double big = 0;
    for (core::index j = 0; j < model_.num_cols(); ++j) {
      for (const auto& en : model_.column(j)) {
        if (en.row != i)
          continue;
        const double v = en.value * lpf.col_scale[static_cast<std::size_t>(j)];
        cols.push_back(j);
        vals.push_back(v);
        big = std::max(big, std::abs(v));
      }
    }
    const double r = big > 0 ? detail::power_of_two(1.0 / big) : 1.0;
    for (double& v : vals)
      v *= r;
    engine_->add_row(cols, vals, -model_.row_upper()[static_cast<std::size_t>(i)] * r,
                     -model_.row_lower()[static_cast<std::size_t>(i)] * r, r);
    return i;
  }

  /// Adds the constraint `c` (e.g. `x + y <= 1`); see `add_row`.
  core::index add_constraint(const linear_constraint& c, std::string name = {}) {
    return add_row(c.lower, c.expression, c.upper, std::move(name));
  }

  /// Removes rows (cuts no longer needed); later rows move up. Removing rows whose activity is
  /// basic keeps the basis optimal-feasible; others cost a repair on the next solve.
  /// Throws: invalid_input for bad or repeated indices.
  void remove_rows(const std::vector<core::index>& rows) {
    model_.remove_rows(rows);
    std::vector<std::uint8_t> drop(static_cast<std::size_t>(engine_->problem().m), 0);
    for (const core::index i : rows)
      drop[static_cast<std::size_t>(i)] = 1;
    engine_->remove_rows(drop);
  }

  /// Installs a basis (e.g. the parent node's); the next `solve` starts from it.
  /// Throws: dimension_mismatch for wrong sizes; invalid_input if not num_rows basic entries.
  void set_basis(const lp::basis& b) {
    constexpr std::string_view where = "lp::solver::set_basis";
    core::detail::require_size(static_cast<core::index>(b.cols.size()), model_.num_cols(), where,
                               "basis.cols");
    core::detail::require_size(static_cast<core::index>(b.rows.size()), model_.num_rows(), where,
                               "basis.rows");
    std::vector<std::int8_t> statuses;
    (void)detail::engine_statuses(b, model_.num_cols(), model_.num_rows(), statuses);
    const bool ok = engine_->set_basis(statuses);
    core::detail::require(ok, where, "the basis does not have ", model_.num_rows(),
                          " basic entries; expected one per row");
    solved_ = true;
  }

  /// The current basis.
  [[nodiscard]] lp::basis basis() const { return detail::engine_basis(*engine_); }

  /// The basic variable of each basis position (valid until the next modification or solve).
  [[nodiscard]] std::vector<basic_variable> basic_variables() const {
    std::vector<basic_variable> out;
    const core::index n = model_.num_cols();
    for (const core::index j : engine_->basic_variables())
      out.push_back(j < n ? basic_variable{j, false} : basic_variable{j - n, true});
    return out;
  }

  /// The tableau row of basis position `position` (index into `basic_variables()`).
  /// Throws: invalid_input for a position out of range.
  [[nodiscard]] lp::tableau_row tableau_row(core::index position) {
    const core::index m = model_.num_rows();
    const core::index n = model_.num_cols();
    core::detail::require(position >= 0 && position < m, "lp::solver::tableau_row", "position ",
                          position, " is out of range; expected 0 <= position < ", m);
    core::detail::require(engine_->ensure_factor(), "lp::solver::tableau_row",
                          "the basis could not be factorised; expected a solvable basis");
    const auto& lpf = engine_->problem();
    std::vector<double> rho;
    engine_->basis_inverse_row(position, rho);
    // Original units: y = R rho; column j has y'A_j, row activity i has -y_i (see header).
    lp::tableau_row t;
    t.rows.assign(static_cast<std::size_t>(m), 0.0);
    t.cols.assign(static_cast<std::size_t>(n), 0.0);
    for (core::index i = 0; i < m; ++i)
      t.rows[static_cast<std::size_t>(i)] =
          -rho[static_cast<std::size_t>(i)] * lpf.row_scale[static_cast<std::size_t>(i)];
    for (core::index j = 0; j < n; ++j) {
      double v = 0;
      for (const auto& en : model_.column(j))
        v -= t.rows[static_cast<std::size_t>(en.row)] * en.value;
      t.cols[static_cast<std::size_t>(j)] = v;
    }
    // Normalise: coefficient 1 on the basic variable.
    const core::index jb = engine_->basic_variables()[static_cast<std::size_t>(position)];
    t.basic = jb < n ? basic_variable{jb, false} : basic_variable{jb - n, true};
    const double pivot = t.basic.is_row ? t.rows[static_cast<std::size_t>(t.basic.id)]
                                        : t.cols[static_cast<std::size_t>(t.basic.id)];
    for (double& v : t.cols)
      v /= pivot;
    for (double& v : t.rows)
      v /= pivot;
    return t;
  }

  /// Sets the iteration and time limits of each following `solve` call (e.g. a short budget for
  /// strong branching, the time left of a branch and bound). Throws: invalid_input for a
  /// negative iteration limit or a non-positive time limit.
  void set_limits(core::index iteration_limit, std::chrono::duration<double> time_limit) {
    constexpr std::string_view where = "lp::solver::set_limits";
    core::detail::require(iteration_limit >= 0, where, "iteration_limit is ", iteration_limit,
                          "; expected >= 0");
    core::detail::require(time_limit.count() > 0, where, "time_limit is ", time_limit.count(),
                          " s; expected > 0");
    options_.iteration_limit = iteration_limit;
    options_.time_limit = time_limit;
    engine_->set_limits(iteration_limit, time_limit);
  }

  /// Simplex iterations of all solves so far.
  [[nodiscard]] core::index iterations() const noexcept { return engine_->iterations(); }

 private:
  lp::model model_;
  lp::options options_;
  std::unique_ptr<core::progress_reporter> reporter_;
  std::unique_ptr<detail::simplex_engine> engine_;
  bool solved_ = false;
};

}  // namespace foresight::optimize::lp

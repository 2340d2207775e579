// SPDX-License-Identifier: Apache-2.0
/// \file
/// A linear program: minimise or maximise c'x + offset subject to
/// row_lower <= A x <= row_upper and col_lower <= x <= col_upper, built one variable and
/// constraint at a time (readable expressions) or in bulk from a sparse column-major matrix.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/optimize/lp/expression.hpp>

namespace foresight::optimize::lp {

/// Column-major sparse matrix with `core::index` indices, the bulk input and output format.
using sparse_matrix = Eigen::SparseMatrix<double, Eigen::ColMajor, core::index>;

/// Direction of optimisation (append-only; the integer values are stable).
enum class objective_sense : int {
  minimize = 0,  ///< smallest objective value
  maximize = 1,  ///< largest objective value
};

/// Name of an objective sense, "minimize" or "maximize".
[[nodiscard]] constexpr std::string_view to_string(objective_sense s) noexcept {
  return s == objective_sense::maximize ? "maximize" : "minimize";
}

/// Bounds, cost, integrality and name of a new variable.
struct variable_spec {
  /// Lower bound; `-lp::infinity` for none.
  double lower = 0;
  /// Upper bound; `lp::infinity` for none; must be >= lower.
  double upper = infinity;
  /// Objective coefficient.
  double cost = 0;
  /// Name (may be empty; MPS writing then generates one).
  std::string name{};
  /// True for an integer variable (ignored by the LP solver, used by the MIP solver).
  bool integer = false;
};

/// One stored coefficient of a column: `A(row, column) = value`.
struct matrix_entry {
  /// Row index, 0-based.
  core::index row = 0;
  /// Coefficient.
  double value = 0;

  /// Same row and value.
  friend bool operator==(const matrix_entry&, const matrix_entry&) = default;
};

/// A linear program. Columns (variables) and rows (constraints) are numbered from 0 in the order
/// they were added; coefficients are stored per column in the order they were given.
/// Example: `lp::model m; auto x = m.add_variable({.upper = 4, .cost = -1});`
///          `m.add_constraint(2 * x <= 6, "cap");`
class model {
 public:
  // ---------------------------------------------------------------- building

  /// Adds a variable and returns its handle. Throws: invalid_input for NaN or crossing bounds.
  variable add_variable(const variable_spec& spec = {}) {
    check_bounds(spec.lower, spec.upper, "lp::model::add_variable", "variable bounds");
    check_value(spec.cost, "lp::model::add_variable", "cost");
    cost_.push_back(spec.cost);
    col_lower_.push_back(spec.lower);
    col_upper_.push_back(spec.upper);
    integer_.push_back(spec.integer ? 1 : 0);
    col_names_.push_back(spec.name);
    columns_.emplace_back();
    return {.id = num_cols() - 1};
  }

  /// Adds the constraint `c` (built as `2 * x + y <= 10`) and returns its row index.
  /// Throws: invalid_input for unknown variables, non-finite coefficients or crossing bounds.
  core::index add_constraint(const linear_constraint& c, std::string name = {}) {
    return add_row(c.lower, c.expression, c.upper, std::move(name));
  }

  /// Adds the row `lower <= e <= upper` (e's constant is moved into the bounds) and returns
  /// its index. Throws: invalid_input as `add_constraint`.
  core::index add_row(double lower, const linear_expression& e, double upper,
                      std::string name = {}) {
    constexpr std::string_view where = "lp::model::add_row";
    core::detail::require(e.ids.size() == e.coefficients.size(), where, "expression has ",
                          e.ids.size(), " ids and ", e.coefficients.size(),
                          " coefficients; expected equal counts");
    check_value(e.constant, where, "expression constant");
    const double lo = lower - e.constant;
    const double hi = upper - e.constant;
    check_bounds(lo, hi, where, "row bounds");
    // Sum repeated ids so that `x + x` stores one coefficient 2.
    std::vector<std::pair<core::index, double>> terms;
    terms.reserve(e.ids.size());
    for (std::size_t k = 0; k < e.ids.size(); ++k) {
      const core::index j = e.ids[k];
      core::detail::require(j >= 0 && j < num_cols(), where, "variable id ", j,
                            " is not in the model; expected 0 <= id < ", num_cols());
      check_value(e.coefficients[k], where, "coefficient");
      terms.emplace_back(j, e.coefficients[k]);
    }
    std::stable_sort(terms.begin(), terms.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    const core::index i = num_rows();
    row_lower_.push_back(lo);
    row_upper_.push_back(hi);
    row_names_.push_back(std::move(name));
    for (std::size_t k = 0; k < terms.size();) {
      const core::index j = terms[k].first;
      double v = 0;
      for (; k < terms.size() && terms[k].first == j; ++k)
        v += terms[k].second;
      if (v != 0.0)
        columns_[static_cast<std::size_t>(j)].push_back({.row = i, .value = v});
    }
    return i;
  }

  /// Adds rows with bounds lower[i] <= row i <= upper[i] and no coefficients yet (for bulk
  /// construction with `add_columns`). Throws: dimension_mismatch, invalid_input.
  void add_rows(const Eigen::Ref<const core::vector<double>>& lower,
                const Eigen::Ref<const core::vector<double>>& upper) {
    constexpr std::string_view where = "lp::model::add_rows";
    core::detail::require_size(upper.size(), lower.size(), where, "upper");
    for (core::index i = 0; i < lower.size(); ++i)
      check_bounds(lower[i], upper[i], where, "row bounds");
    for (core::index i = 0; i < lower.size(); ++i) {
      row_lower_.push_back(lower[i]);
      row_upper_.push_back(upper[i]);
      row_names_.emplace_back();
    }
  }

  /// Adds one column per column of `a` (rows index existing rows) with the given costs and
  /// bounds; explicit zeros in `a` are dropped. Throws: dimension_mismatch, invalid_input.
  void add_columns(const sparse_matrix& a, const Eigen::Ref<const core::vector<double>>& cost,
                   const Eigen::Ref<const core::vector<double>>& lower,
                   const Eigen::Ref<const core::vector<double>>& upper) {
    constexpr std::string_view where = "lp::model::add_columns";
    core::detail::require_size(a.rows(), num_rows(), where, "matrix rows");
    core::detail::require_size(cost.size(), a.cols(), where, "cost");
    core::detail::require_size(lower.size(), a.cols(), where, "lower");
    core::detail::require_size(upper.size(), a.cols(), where, "upper");
    for (core::index j = 0; j < a.cols(); ++j) {
      check_bounds(lower[j], upper[j], where, "variable bounds");
      check_value(cost[j], where, "cost");
      for (sparse_matrix::InnerIterator it(a, j); it; ++it)
        check_value(it.value(), where, "coefficient");
    }
    for (core::index j = 0; j < a.cols(); ++j) {
      add_variable({.lower = lower[j], .upper = upper[j], .cost = cost[j]});
      auto& col = columns_.back();
      for (sparse_matrix::InnerIterator it(a, j); it; ++it) {
        if (it.value() != 0.0)
          col.push_back({.row = it.row(), .value = it.value()});
      }
    }
  }

  /// Appends `value` to column `col` in row `row` (no check for a repeated row: the MPS reader
  /// and bulk loaders check themselves). Throws: invalid_input for bad indices or values.
  void add_coefficient(core::index row, core::index col, double value) {
    constexpr std::string_view where = "lp::model::add_coefficient";
    check_col(col, where);
    check_row(row, where);
    check_value(value, where, "coefficient");
    if (value != 0.0)
      columns_[static_cast<std::size_t>(col)].push_back({.row = row, .value = value});
  }

  /// Removes the listed rows (any order, no repeats); later rows move up.
  /// Throws: invalid_input for an index out of range or repeated.
  void remove_rows(const std::vector<core::index>& rows) {
    constexpr std::string_view where = "lp::model::remove_rows";
    std::vector<core::index> new_index(row_lower_.size(), 0);
    for (const core::index i : rows) {
      check_row(i, where);
      core::detail::require(new_index[static_cast<std::size_t>(i)] == 0, where, "row ", i,
                            " is listed twice; expected distinct rows");
      new_index[static_cast<std::size_t>(i)] = -1;
    }
    core::index next = 0;
    for (auto& k : new_index)
      k = k < 0 ? -1 : next++;
    const auto compact = [&](auto& v) {
      std::size_t out = 0;
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (new_index[i] < 0)
          continue;
        if (out != i)
          v[out] = std::move(v[i]);  // never a self-move
        ++out;
      }
      v.resize(out);
    };
    compact(row_lower_);
    compact(row_upper_);
    compact(row_names_);
    for (auto& col : columns_) {
      std::size_t out = 0;
      for (const auto& e : col) {
        const core::index r = new_index[static_cast<std::size_t>(e.row)];
        if (r >= 0)
          col[out++] = {.row = r, .value = e.value};
      }
      col.resize(out);
    }
  }

  // ---------------------------------------------------------------- modifying

  /// Sets the direction of optimisation.
  void set_sense(objective_sense s) noexcept { sense_ = s; }
  /// Sets the objective constant. Throws: invalid_input if not finite.
  void set_objective_offset(double v) {
    check_value(v, "lp::model::set_objective_offset", "offset");
    offset_ = v;
  }
  /// Sets the objective coefficient of column `j`. Throws: invalid_input.
  void set_cost(core::index j, double c) {
    check_col(j, "lp::model::set_cost");
    check_value(c, "lp::model::set_cost", "cost");
    cost_[static_cast<std::size_t>(j)] = c;
  }
  /// Sets the bounds of column `j`. Throws: invalid_input for NaN or crossing bounds.
  void set_col_bounds(core::index j, double lower, double upper) {
    check_col(j, "lp::model::set_col_bounds");
    check_bounds(lower, upper, "lp::model::set_col_bounds", "variable bounds");
    col_lower_[static_cast<std::size_t>(j)] = lower;
    col_upper_[static_cast<std::size_t>(j)] = upper;
  }
  /// Sets the bounds of row `i`. Throws: invalid_input for NaN or crossing bounds.
  void set_row_bounds(core::index i, double lower, double upper) {
    check_row(i, "lp::model::set_row_bounds");
    check_bounds(lower, upper, "lp::model::set_row_bounds", "row bounds");
    row_lower_[static_cast<std::size_t>(i)] = lower;
    row_upper_[static_cast<std::size_t>(i)] = upper;
  }
  /// Marks column `j` integer or continuous. Throws: invalid_input for a bad index.
  void set_integer(core::index j, bool is_int) {
    check_col(j, "lp::model::set_integer");
    integer_[static_cast<std::size_t>(j)] = is_int ? 1 : 0;
  }
  /// Sets the name of the model.
  void set_name(std::string name) { name_ = std::move(name); }
  /// Sets the name of the objective row (used by the MPS writer).
  void set_objective_name(std::string name) { objective_name_ = std::move(name); }
  /// Sets the name of column `j`. Throws: invalid_input for a bad index.
  void set_col_name(core::index j, std::string name) {
    check_col(j, "lp::model::set_col_name");
    col_names_[static_cast<std::size_t>(j)] = std::move(name);
  }
  /// Sets the name of row `i`. Throws: invalid_input for a bad index.
  void set_row_name(core::index i, std::string name) {
    check_row(i, "lp::model::set_row_name");
    row_names_[static_cast<std::size_t>(i)] = std::move(name);
  }

  // ---------------------------------------------------------------- reading

  /// Number of columns (variables).
  [[nodiscard]] core::index num_cols() const noexcept {
    return static_cast<core::index>(cost_.size());
  }
  /// Number of rows (constraints).
  [[nodiscard]] core::index num_rows() const noexcept {
    return static_cast<core::index>(row_lower_.size());
  }
  /// Number of stored coefficients.
  [[nodiscard]] core::index num_nonzeros() const noexcept {
    core::index nz = 0;
    for (const auto& c : columns_)
      nz += static_cast<core::index>(c.size());
    return nz;
  }
  /// Direction of optimisation.
  [[nodiscard]] objective_sense sense() const noexcept { return sense_; }
  /// Objective constant.
  [[nodiscard]] double objective_offset() const noexcept { return offset_; }
  /// Objective coefficients, one per column.
  [[nodiscard]] const std::vector<double>& cost() const noexcept { return cost_; }
  /// Lower bounds of the columns.
  [[nodiscard]] const std::vector<double>& col_lower() const noexcept { return col_lower_; }
  /// Upper bounds of the columns.
  [[nodiscard]] const std::vector<double>& col_upper() const noexcept { return col_upper_; }
  /// Lower bounds of the rows.
  [[nodiscard]] const std::vector<double>& row_lower() const noexcept { return row_lower_; }
  /// Upper bounds of the rows.
  [[nodiscard]] const std::vector<double>& row_upper() const noexcept { return row_upper_; }
  /// Integrality flags, one per column (1: integer).
  [[nodiscard]] const std::vector<std::uint8_t>& integrality() const noexcept { return integer_; }
  /// True when column `j` is integer.
  [[nodiscard]] bool is_integer(core::index j) const {
    return integer_[static_cast<std::size_t>(j)] != 0;
  }
  /// Coefficients of column `j` in the order they were given.
  [[nodiscard]] const std::vector<matrix_entry>& column(core::index j) const {
    return columns_[static_cast<std::size_t>(j)];
  }
  /// Name of the model.
  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  /// Name of the objective row.
  [[nodiscard]] const std::string& objective_name() const noexcept { return objective_name_; }
  /// Names of the columns (empty strings where unnamed).
  [[nodiscard]] const std::vector<std::string>& col_names() const noexcept { return col_names_; }
  /// Names of the rows (empty strings where unnamed).
  [[nodiscard]] const std::vector<std::string>& row_names() const noexcept { return row_names_; }

  /// The constraint matrix as a compressed column-major sparse matrix (rows sorted within each
  /// column; repeated entries summed).
  [[nodiscard]] sparse_matrix matrix() const {
    std::vector<Eigen::Triplet<double, core::index>> t;
    t.reserve(static_cast<std::size_t>(num_nonzeros()));
    for (core::index j = 0; j < num_cols(); ++j) {
      for (const auto& e : column(j))
        t.emplace_back(e.row, j, e.value);
    }
    sparse_matrix a(num_rows(), num_cols());
    a.setFromTriplets(t.begin(), t.end());
    a.makeCompressed();
    return a;
  }

  /// Objective value `c'x + offset` of the point `x` (one value per column).
  /// Throws: dimension_mismatch if x has the wrong length.
  [[nodiscard]] double objective_value(const Eigen::Ref<const core::vector<double>>& x) const {
    core::detail::require_size(x.size(), num_cols(), "lp::model::objective_value", "x");
    double v = offset_;
    for (core::index j = 0; j < num_cols(); ++j)
      v += cost_[static_cast<std::size_t>(j)] * x[j];
    return v;
  }

  /// Row activities `A x` of the point `x`. Throws: dimension_mismatch.
  [[nodiscard]] core::vector<double> row_activity(
      const Eigen::Ref<const core::vector<double>>& x) const {
    core::detail::require_size(x.size(), num_cols(), "lp::model::row_activity", "x");
    core::vector<double> r = core::vector<double>::Zero(num_rows());
    for (core::index j = 0; j < num_cols(); ++j) {
      for (const auto& e : column(j))
        r[e.row] += e.value * x[j];
    }
    return r;
  }

  /// Equal data, names included.
  friend bool operator==(const model&, const model&) = default;

 private:
  static void check_value(double v, std::string_view where, std::string_view what) {
    if (!std::isfinite(v))
      core::detail::raise<core::invalid_input>(where, what, " is ", v,
                                               "; expected a finite number");
  }
  static void check_bounds(double lo, double hi, std::string_view where, std::string_view what) {
    if (std::isnan(lo) || std::isnan(hi) || lo > hi || lo == infinity || hi == -infinity)
      core::detail::raise<core::invalid_input>(where, what, " are [", lo, ", ", hi,
                                               "]; expected lower <= upper, lower < +inf, "
                                               "upper > -inf");
  }
  void check_col(core::index j, std::string_view where) const {
    core::detail::require(j >= 0 && j < num_cols(), where, "column ", j,
                          " does not exist; expected 0 <= column < ", num_cols());
  }
  void check_row(core::index i, std::string_view where) const {
    core::detail::require(i >= 0 && i < num_rows(), where, "row ", i,
                          " does not exist; expected 0 <= row < ", num_rows());
  }

  std::string name_;
  std::string objective_name_;
  objective_sense sense_ = objective_sense::minimize;
  double offset_ = 0;
  std::vector<double> cost_;
  std::vector<double> col_lower_;
  std::vector<double> col_upper_;
  std::vector<std::uint8_t> integer_;
  std::vector<std::string> col_names_;
  std::vector<double> row_lower_;
  std::vector<double> row_upper_;
  std::vector<std::string> row_names_;
  std::vector<std::vector<matrix_entry>> columns_;
};

}  // namespace foresight::optimize::lp

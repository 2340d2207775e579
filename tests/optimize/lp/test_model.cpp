// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <vector>

#include <Eigen/SparseCore>

#include <foresight/optimize/lp/model.hpp>

namespace lp = foresight::optimize::lp;
namespace core = foresight::core;

TEST_CASE("lp::model builds from readable expressions") {
  lp::model m;
  const auto x = m.add_variable({.lower = 0, .upper = 4, .cost = -1, .name = "x"});
  const auto y = m.add_variable({.lower = -lp::infinity, .cost = 2, .name = "y", .integer = true});
  CHECK(m.add_constraint(2 * x + y + x <= 10, "cap") == 0);
  CHECK(m.add_row(1, y - x, 5, "band") == 1);
  CHECK(m.num_cols() == 2);
  CHECK(m.num_rows() == 2);
  CHECK(m.num_nonzeros() == 4);
  CHECK(m.column(0) == std::vector<lp::matrix_entry>{{0, 3.0}, {1, -1.0}});
  CHECK(m.column(1) == std::vector<lp::matrix_entry>{{0, 1.0}, {1, 1.0}});
  CHECK(m.row_upper()[0] == 10.0);
  CHECK(m.row_lower()[0] == -lp::infinity);
  CHECK(m.row_lower()[1] == 1.0);
  CHECK(m.col_names() == std::vector<std::string>{"x", "y"});
  CHECK(m.row_names() == std::vector<std::string>{"cap", "band"});
  CHECK(m.is_integer(1));
  CHECK_FALSE(m.is_integer(0));
  CHECK(m.integrality() == std::vector<std::uint8_t>{0, 1});
  // x - x cancels and is not stored.
  m.add_constraint(x - x + y >= 0);
  CHECK(m.column(0).size() == 2);
  const lp::sparse_matrix a = m.matrix();
  CHECK(a.rows() == 3);
  CHECK(a.cols() == 2);
  CHECK(a.coeff(0, 0) == 3.0);
  CHECK(a.coeff(2, 1) == 1.0);
  const core::vector<double> pt = (core::vector<double>(2) << 1.0, 2.0).finished();
  CHECK(m.objective_value(pt) == 3.0);
  CHECK(m.row_activity(pt) == (core::vector<double>(3) << 5.0, 1.0, 2.0).finished());
}

TEST_CASE("lp::model bulk construction from a sparse column-major matrix") {
  lp::model m;
  m.add_rows((core::vector<double>(2) << -lp::infinity, 1.0).finished(),
             (core::vector<double>(2) << 4.0, lp::infinity).finished());
  lp::sparse_matrix a(2, 3);
  a.insert(0, 0) = 1.0;
  a.insert(1, 0) = 2.0;
  a.insert(1, 2) = -1.0;
  a.insert(0, 1) = 0.0;  // explicit zero: dropped
  a.makeCompressed();
  m.add_columns(a, (core::vector<double>(3) << 1, 2, 3).finished(), core::vector<double>::Zero(3),
                core::vector<double>::Constant(3, 5.0));
  CHECK(m.num_cols() == 3);
  CHECK(m.num_nonzeros() == 3);
  CHECK(m.column(0) == std::vector<lp::matrix_entry>{{0, 1.0}, {1, 2.0}});
  CHECK(m.column(1).empty());
  CHECK(m.matrix().isApprox(a));
  CHECK_THROWS_AS(m.add_columns(a, core::vector<double>::Zero(2), core::vector<double>::Zero(3),
                                core::vector<double>::Zero(3)),
                  core::dimension_mismatch);
  lp::sparse_matrix wrong(3, 1);
  CHECK_THROWS_AS(m.add_columns(wrong, core::vector<double>::Zero(1), core::vector<double>::Zero(1),
                                core::vector<double>::Zero(1)),
                  core::dimension_mismatch);
  CHECK_THROWS_AS(m.add_rows(core::vector<double>::Zero(2), core::vector<double>::Zero(3)),
                  core::dimension_mismatch);
}

TEST_CASE("lp::model modifiers and equality") {
  lp::model m;
  const auto x = m.add_variable();
  m.add_constraint(x <= 1);
  lp::model copy = m;
  CHECK(copy == m);
  copy.set_cost(0, 2);
  CHECK_FALSE(copy == m);
  m.set_cost(0, 2);
  m.set_col_bounds(0, -1, 1);
  m.set_row_bounds(0, 0, 2);
  m.set_integer(0, true);
  m.set_sense(lp::objective_sense::maximize);
  m.set_objective_offset(3);
  m.set_name("n");
  m.set_objective_name("o");
  m.set_col_name(0, "c");
  m.set_row_name(0, "r");
  m.add_coefficient(0, 0, 2.0);
  CHECK(m.cost()[0] == 2.0);
  CHECK(m.col_lower()[0] == -1.0);
  CHECK(m.row_upper()[0] == 2.0);
  CHECK(m.is_integer(0));
  CHECK(m.sense() == lp::objective_sense::maximize);
  CHECK(lp::to_string(m.sense()) == "maximize");
  CHECK(lp::to_string(lp::objective_sense::minimize) == "minimize");
  CHECK(m.objective_offset() == 3.0);
  CHECK(m.name() == "n");
  CHECK(m.objective_name() == "o");
  CHECK(m.col_names()[0] == "c");
  CHECK(m.row_names()[0] == "r");
  CHECK(m.column(0).size() == 2);
}

TEST_CASE("lp::model rejects bad input with clear messages") {
  lp::model m;
  CHECK_THROWS_WITH_AS(m.add_variable({.lower = 2, .upper = 1}),
                       "lp::model::add_variable: variable bounds are [2, 1]; expected lower <= "
                       "upper, lower < +inf, upper > -inf",
                       core::invalid_input);
  CHECK_THROWS_AS(m.add_variable({.lower = lp::infinity}), core::invalid_input);
  CHECK_THROWS_AS(m.add_variable({.cost = std::nan("")}), core::invalid_input);
  const auto x = m.add_variable();
  CHECK_THROWS_WITH_AS(m.add_constraint(lp::variable{5} <= 1),
                       "lp::model::add_row: variable id 5 is not in the model; expected 0 <= id "
                       "< 1",
                       core::invalid_input);
  CHECK_THROWS_AS(m.add_constraint(std::nan("") * x <= 1), core::invalid_input);
  CHECK_THROWS_AS(m.add_constraint(x <= std::nan("")), core::invalid_input);
  CHECK_THROWS_AS(m.add_row(1, lp::to_expression(x), 0), core::invalid_input);
  lp::linear_expression bad;
  bad.ids = {0, 0};
  bad.coefficients = {1.0};
  CHECK_THROWS_AS(m.add_row(0, bad, 1), core::invalid_input);
  CHECK_THROWS_AS(m.set_cost(3, 1.0), core::invalid_input);
  CHECK_THROWS_AS(m.set_col_bounds(0, 1, 0), core::invalid_input);
  CHECK_THROWS_AS(m.set_row_bounds(0, 0, 1), core::invalid_input);
  CHECK_THROWS_AS(m.set_objective_offset(lp::infinity), core::invalid_input);
  CHECK_THROWS_AS(m.set_integer(-1, true), core::invalid_input);
  CHECK_THROWS_AS(m.set_col_name(2, "a"), core::invalid_input);
  CHECK_THROWS_AS(m.set_row_name(0, "a"), core::invalid_input);
  CHECK_THROWS_AS(m.add_coefficient(0, 0, 1.0), core::invalid_input);
  CHECK_THROWS_AS((void)m.objective_value(core::vector<double>::Zero(2)), core::dimension_mismatch);
  CHECK_THROWS_AS((void)m.row_activity(core::vector<double>::Zero(3)), core::dimension_mismatch);
}

TEST_CASE("lp::model::remove_rows renumbers the remaining rows") {
  lp::model m;
  const auto x = m.add_variable({.name = "x"});
  const auto y = m.add_variable({.name = "y"});
  m.add_constraint(x + y <= 1, "a");
  m.add_constraint(x - y >= 0, "b");
  m.add_constraint(2 * y == 1, "c");
  m.remove_rows({1});
  CHECK(m.num_rows() == 2);
  CHECK(m.row_names() == std::vector<std::string>{"a", "c"});
  CHECK(m.column(0) == std::vector<lp::matrix_entry>{{0, 1.0}});
  CHECK(m.column(1) == std::vector<lp::matrix_entry>{{0, 1.0}, {1, 2.0}});
  CHECK_THROWS_AS(m.remove_rows({0, 0}), core::invalid_input);
  CHECK_THROWS_AS(m.remove_rows({5}), core::invalid_input);
}

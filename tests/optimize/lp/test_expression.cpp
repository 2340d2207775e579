// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <vector>

#include <foresight/optimize/lp/expression.hpp>

namespace lp = foresight::optimize::lp;
namespace core = foresight::core;

TEST_CASE("lp expressions collect terms and constants") {
  const lp::variable x{0};
  const lp::variable y{1};
  const lp::linear_expression e = 2 * x + y - 3.0 + x * 0.5 - (y - 1.0) / 2;
  CHECK(e.ids == std::vector<core::index>{0, 1, 0, 1});
  CHECK(e.coefficients == std::vector<double>{2.0, 1.0, 0.5, -0.5});
  CHECK(e.constant == -2.5);
  const lp::linear_expression n = -x + (4.0 - y) + (1.0 + x) - 2.0 * (x + y);
  CHECK(n.ids == std::vector<core::index>{0, 1, 0, 0, 1});
  CHECK(n.coefficients == std::vector<double>{-1.0, -1.0, 1.0, -2.0, -2.0});
  CHECK(n.constant == 5.0);
  CHECK((x + 1.0).constant == 1.0);
  CHECK((1.0 - x).coefficients == std::vector<double>{-1.0});
  CHECK((x - y).coefficients == std::vector<double>{1.0, -1.0});
  CHECK((x - 2.0).constant == -2.0);
  CHECK(((x + y) - x).ids.size() == 3);
  CHECK((x + (y + x)).ids.size() == 3);
  CHECK((-(x + y)).coefficients == std::vector<double>{-1.0, -1.0});
  CHECK((2.0 + x).constant == 2.0);
  CHECK((3.0 + (x + y)).constant == 3.0);
  CHECK(((x + y) * 3.0).coefficients == std::vector<double>{3.0, 3.0});
  CHECK(lp::to_expression(4.0).constant == 4.0);
}

TEST_CASE("lp comparisons build constraints with the constant moved to the bounds") {
  const lp::variable x{0};
  const lp::variable y{1};
  const lp::linear_constraint le = 2 * x + y + 1.0 <= 10;
  CHECK(le.lower == -lp::infinity);
  CHECK(le.upper == 9.0);
  CHECK(le.expression.constant == 0.0);
  const lp::linear_constraint ge = 3.0 <= x + 1.0;
  CHECK(ge.lower == 2.0);
  CHECK(ge.upper == lp::infinity);
  const lp::linear_constraint eq = x + y == 4;
  CHECK(eq.lower == 4.0);
  CHECK(eq.upper == 4.0);
  const lp::linear_constraint two_sided = x + 2.0 <= y;  // x - y <= -2
  CHECK(two_sided.expression.coefficients == std::vector<double>{1.0, -1.0});
  CHECK(two_sided.upper == -2.0);
  const lp::linear_constraint r = lp::range(1, x + y + 1.0, 5);
  CHECK(r.lower == 0.0);
  CHECK(r.upper == 4.0);
  CHECK((x >= 1).lower == 1.0);
  CHECK((x <= 1).upper == 1.0);
  CHECK((x == 2).lower == 2.0);
  CHECK((x <= y).upper == 0.0);
  CHECK((x >= y).lower == 0.0);
  CHECK((x >= y + 1.0).lower == 1.0);
  CHECK((x + y >= x).lower == 0.0);
  CHECK((x + y <= x).upper == 0.0);
  CHECK((x + y >= 2.0 * x).lower == 0.0);
  CHECK((x + y == 2.0 * x).upper == 0.0);
  CHECK((5.0 >= x + y).upper == 5.0);
  CHECK((x + y >= 5.0).lower == 5.0);
}

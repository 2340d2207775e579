// SPDX-License-Identifier: Apache-2.0
// A small production plan written with readable expressions: two products share machine time
// and labour; the LP gives the plan, the shadow prices of the resources and the reduced costs.
#include <cstdio>

#include <foresight/optimize/lp.hpp>

namespace lp = foresight::optimize::lp;

int main() {
  lp::model m;
  m.set_sense(lp::objective_sense::maximize);
  const auto chairs = m.add_variable({.lower = 0, .upper = 40, .cost = 45, .name = "chairs"});
  const auto tables =
      m.add_variable({.lower = 0, .upper = lp::infinity, .cost = 80, .name = "tables"});
  m.add_constraint(5 * chairs + 20 * tables <= 400, "machine_hours");
  m.add_constraint(10 * chairs + 15 * tables <= 450, "labour_hours");
  m.add_constraint(tables - 0.25 * chairs >= 0, "mix");

  const lp::solution s = lp::solve(m);
  std::printf("status: %s, profit %.2f\n", std::string(lp::to_string(s.status)).c_str(),
              s.objective);
  std::printf("chairs %.2f, tables %.2f\n", s.x[0], s.x[1]);
  for (std::size_t i = 0; i < s.duals.size(); ++i)
    std::printf("shadow price of %s: %.3f\n", m.row_names()[i].c_str(), s.duals[i]);
  return s.status == lp::status::optimal ? 0 : 1;
}

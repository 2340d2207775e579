// SPDX-License-Identifier: Apache-2.0
// Multi-item replenishment under a monthly purchase budget and a warehouse capacity: six items,
// four months, orders in whole cases with minimum order quantities and a cost per order line,
// built by mip::build_replenishment and read back with mip::read_replenishment_plan.
//
//   mip_replenishment [--write-mps FILE]
#include <cstdio>

#include <foresight/optimize/mip/replenishment.hpp>

#include "erp_models.hpp"

namespace mip = foresight::optimize::mip;

int main(int argc, char** argv) {
  const mip::replenishment_spec spec = erp::replenishment_example();
  const mip::replenishment_model rm = mip::build_replenishment(spec);
  bool done = false;
  int code = 0;
  const mip::result r = erp::run(rm.model, argc, argv, done, code);
  if (done)
    return code;
  const mip::replenishment_plan plan = mip::read_replenishment_plan(rm, r.x);
  std::printf("%-8s %s\n", "item", "units ordered per month (end stock)");
  for (std::size_t i = 0; i < spec.items.size(); ++i) {
    std::printf("%-8s", spec.items[i].name.c_str());
    const auto ii = static_cast<foresight::core::index>(i);
    for (foresight::core::index t = 0; t < rm.periods; ++t)
      std::printf(" %6.0f (%5.1f)", plan.units(ii, t) + 0.0, plan.stock(ii, t) + 0.0);
    std::printf("\n");
  }
  std::printf(
      "cost: purchase %.2f, orders %.2f, holding %.2f, lost sales %.2f, "
      "safety shortfall %.2f, total %.2f\n",
      plan.purchase_cost, plan.order_cost, plan.holding_cost, plan.lost_sales_cost,
      plan.shortfall_cost, plan.total_cost);
  return 0;
}

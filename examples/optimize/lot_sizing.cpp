// SPDX-License-Identifier: Apache-2.0
// Capacitated lot sizing: four products share one machine over eight periods; each period a
// product is made needs a setup (cost and machine hours). The MIP trades setups against stock.
//
//   mip_lot_sizing [--write-mps FILE]
#include <cstdio>

#include "erp_models.hpp"

int main(int argc, char** argv) {
  const erp::lp::model m = erp::lot_sizing_model();
  bool done = false;
  int code = 0;
  const erp::mip::result r = erp::run(m, argc, argv, done, code);
  if (done)
    return code;
  // Columns per product and period: make, setup, stock.
  std::printf("production plan (units; * = setup)\n");
  for (std::size_t p = 0; p < erp::lot_products; ++p) {
    std::printf("product %zu:", p);
    for (std::size_t t = 0; t < erp::lot_periods; ++t) {
      const std::size_t k = 3 * (p * erp::lot_periods + t);
      std::printf(" %6.1f%s", r.x[k] + 0.0, r.x[k + 1] > 0.5 ? "*" : " ");
    }
    std::printf("\n");
  }
  return 0;
}

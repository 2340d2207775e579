// SPDX-License-Identifier: Apache-2.0
// Uncapacitated facility location: which of eight candidate warehouses to open so that fixed
// costs plus the cost of serving thirty customers from their nearest open warehouse is least.
//
//   mip_facility_location [--write-mps FILE]
#include <cstdio>

#include "erp_models.hpp"

int main(int argc, char** argv) {
  const erp::lp::model m = erp::facility_location_model();
  bool done = false;
  int code = 0;
  const erp::mip::result r = erp::run(m, argc, argv, done, code);
  if (done)
    return code;
  // The first columns are the open decisions; each site's serve columns follow it.
  for (std::size_t i = 0; i < erp::facility_sites; ++i) {
    if (r.x[i] < 0.5)
      continue;
    int customers = 0;
    for (std::size_t j = 0; j < erp::facility_customers; ++j)
      customers += r.x[erp::facility_sites + i * erp::facility_customers + j] > 0.5 ? 1 : 0;
    std::printf("open warehouse %zu (fixed cost %.0f): serves %d customers\n", i, m.cost()[i],
                customers);
  }
  return 0;
}

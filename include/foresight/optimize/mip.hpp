// SPDX-License-Identifier: Apache-2.0
/// \file
/// Umbrella header of mixed-integer programming: options, results and `mip::solve` (branch and
/// bound with cuts and heuristics on the LP solver), the replenishment model builder.
#pragma once

#include <foresight/optimize/mip/feasibility.hpp>
#include <foresight/optimize/mip/options.hpp>
#include <foresight/optimize/mip/replenishment.hpp>
#include <foresight/optimize/mip/result.hpp>
#include <foresight/optimize/mip/solve.hpp>

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Umbrella header of linear programming: the model and expressions, options, solutions, the
/// one-shot `lp::solve`, the incremental `lp::solver` (warm starts, cuts, tableau rows) and MPS
/// reading and writing.
#pragma once

#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/lp/expression.hpp>
#include <foresight/optimize/lp/model.hpp>
#include <foresight/optimize/lp/options.hpp>
#include <foresight/optimize/lp/solution.hpp>
#include <foresight/optimize/lp/solve.hpp>
#include <foresight/optimize/lp/solver.hpp>

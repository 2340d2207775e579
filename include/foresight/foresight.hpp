// SPDX-License-Identifier: Apache-2.0
/// \file
/// Umbrella header of the whole library except the CUDA pieces (`foresight/core/cuda.cuh`):
/// the core vocabulary, statistics, baseline and ARIMA forecasters, neural sequence models,
/// k-means, linear and mixed-integer programming with MPS I/O, and inventory policy.
/// Including only the headers you use compiles faster; this one is for quick starts.
#pragma once

#include <foresight/cluster.hpp>
#include <foresight/core.hpp>
#include <foresight/forecast/arima.hpp>
#include <foresight/forecast/baseline.hpp>
#include <foresight/inventory.hpp>
#include <foresight/nn.hpp>
#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/lp.hpp>
#include <foresight/optimize/mip.hpp>
#include <foresight/stats.hpp>

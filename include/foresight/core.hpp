// SPDX-License-Identifier: Apache-2.0
/// \file
/// Umbrella header of the core vocabulary: errors, series and panels, the forecast value type and
/// its distributions, metrics, preprocessing, CSV, random numbers, parallel loops, progress.
#pragma once

#include <foresight/core/box_cox.hpp>
#include <foresight/core/csv.hpp>
#include <foresight/core/csv_panel_options.hpp>
#include <foresight/core/csv_reader.hpp>
#include <foresight/core/differencing.hpp>
#include <foresight/core/distribution.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/forecast.hpp>
#include <foresight/core/interop.hpp>
#include <foresight/core/interpolate.hpp>
#include <foresight/core/metrics.hpp>
#include <foresight/core/parallel.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/scaler.hpp>
#include <foresight/core/series.hpp>
#include <foresight/core/types.hpp>

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Umbrella header of the shared statistical pieces: autocorrelation, BFGS minimiser, KPSS test,
/// Ljung-Box test, polynomial roots, STL decomposition.
#pragma once

#include <foresight/stats/acf.hpp>
#include <foresight/stats/bfgs.hpp>
#include <foresight/stats/kpss.hpp>
#include <foresight/stats/ljung_box.hpp>
#include <foresight/stats/polynomial.hpp>
#include <foresight/stats/stl.hpp>

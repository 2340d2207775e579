// SPDX-License-Identifier: Apache-2.0
/// \file
/// Umbrella header of the ARIMA capability: specification, state-space form and Kalman filter,
/// fitting and forecasting, automatic order selection and batch fitting.
#pragma once

#include <foresight/forecast/arima/auto_fit.hpp>
#include <foresight/forecast/arima/batch.hpp>
#include <foresight/forecast/arima/fit.hpp>
#include <foresight/forecast/arima/spec.hpp>
#include <foresight/forecast/arima/state_space.hpp>

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Umbrella header of the inventory capability: service measures, safety stock, EOQ family,
/// newsvendor, continuous-review (r, Q), periodic review ((s, S), base-stock, (R, S)), serial
/// multi-echelon systems, ABC/XYZ classification and the policy simulator.
#pragma once

#include <foresight/inventory/classification.hpp>
#include <foresight/inventory/eoq.hpp>
#include <foresight/inventory/newsvendor.hpp>
#include <foresight/inventory/periodic.hpp>
#include <foresight/inventory/policy.hpp>
#include <foresight/inventory/rq.hpp>
#include <foresight/inventory/safety_stock.hpp>
#include <foresight/inventory/serial.hpp>
#include <foresight/inventory/service.hpp>
#include <foresight/inventory/simulation.hpp>

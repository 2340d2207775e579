// SPDX-License-Identifier: Apache-2.0
/// \file
/// Cutting planes (placeholder).
#pragma once

#include <foresight/optimize/mip/detail/problem.hpp>

namespace foresight::optimize::mip::detail {}  // namespace foresight::optimize::mip::detail

// SPDX-License-Identifier: Apache-2.0
/// \file
/// `parallel_for` over independent items: OpenMP when the consumer links `foresight::openmp`
/// (which defines FORESIGHT_HAS_OPENMP), a plain loop otherwise.
#pragma once

#include <exception>
#include <limits>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

#if defined(FORESIGHT_HAS_OPENMP)
#include <omp.h>
#endif

namespace foresight::core {

/// True when foresight was compiled with OpenMP support (the consumer links foresight::openmp).
[[nodiscard]] constexpr bool has_openmp() noexcept {
#if defined(FORESIGHT_HAS_OPENMP)
  return true;
#else
  return false;
#endif
}

/// Number of threads `parallel_for` uses for `threads` (0: the OpenMP default; 1 without OpenMP).
[[nodiscard]] inline int effective_threads(int threads) noexcept {
#if defined(FORESIGHT_HAS_OPENMP)
  return threads > 0 ? threads : omp_get_max_threads();
#else
  (void)threads;
  return 1;
#endif
}

/// Calls `f(i)` for every i in [0, n), possibly concurrently; `threads` = 0 uses the OpenMP
/// default, 1 runs serially. Each call must touch only item i's data, so results do not depend on
/// the thread count. If calls throw, the exception of the lowest i is rethrown after the loop.
///
/// Throws: invalid_input if n < 0 or threads < 0; whatever `f` throws.
/// Example: `core::parallel_for(items, 0, [&](core::index i) { out[i] = fit(series[i]); });`
template <typename F>
void parallel_for(index n, int threads, F&& f) {
  detail::require(n >= 0, "core::parallel_for", "n is ", n, "; expected n >= 0");
  detail::require(threads >= 0, "core::parallel_for", "threads is ", threads,
                  "; expected threads >= 0 (0: OpenMP default)");
  if (n == 0)
    return;
  const int use = effective_threads(threads);
  if (use <= 1 || n == 1) {
    for (index i = 0; i < n; ++i)
      f(i);
    return;
  }
#if defined(FORESIGHT_HAS_OPENMP)
  std::exception_ptr first_error;
  index first_error_item = std::numeric_limits<index>::max();
#pragma omp parallel for schedule(dynamic, 1) num_threads(use)
  for (index i = 0; i < n; ++i) {
    try {
      f(i);
    } catch (...) {
#pragma omp critical(foresight_parallel_for_error)
      {
        if (i < first_error_item) {
          first_error_item = i;
          first_error = std::current_exception();
        }
      }
    }
  }
  if (first_error)
    std::rethrow_exception(first_error);
#endif
}

}  // namespace foresight::core

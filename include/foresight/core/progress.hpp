// SPDX-License-Identifier: Apache-2.0
/// \file
/// Progress reports and the cancel callback taken by every long operation (training, order
/// search, branch and bound, large clustering, batch fits).
#pragma once

#include <chrono>
#include <functional>
#include <string_view>
#include <utility>

#include <foresight/core/types.hpp>

namespace foresight::core {

/// One progress report. `total == 0` means the amount of work is unknown.
struct progress {
  /// Name of the current stage, e.g. "auto_fit", "epoch", "branch_and_bound".
  std::string_view stage{};
  /// Units of work finished so far (items, epochs, nodes).
  index done = 0;
  /// Units of work in all; 0 when unknown.
  index total = 0;
  /// Current objective (loss, best bound, inertia); 0 when not meaningful.
  double objective = 0;
  /// Seconds since the operation started.
  double elapsed_seconds = 0;
};

/// Receives progress reports; return false to cancel. Called from the calling thread only.
using progress_callback = std::function<bool(const progress&)>;

/// Outcome of an iterative fit (append-only; the integer values are stable).
enum class fit_status : int {
  converged = 0,        ///< the convergence criterion was met
  iteration_limit = 1,  ///< stopped at the iteration limit
  time_limit = 2,       ///< stopped at the time limit
  cancelled = 3,        ///< the progress callback returned false
  failed = 4,           ///< no usable result (non-finite objective at every start)
};

/// Name of a fit status, e.g. "converged".
[[nodiscard]] constexpr std::string_view to_string(fit_status s) noexcept {
  switch (s) {
    case fit_status::converged:
      return "converged";
    case fit_status::iteration_limit:
      return "iteration_limit";
    case fit_status::time_limit:
      return "time_limit";
    case fit_status::cancelled:
      return "cancelled";
    case fit_status::failed:
      return "failed";
  }
  return "unknown";
}

/// Rate-limits a progress callback to about one call per `interval`, measures elapsed time and
/// remembers a cancellation. A default-constructed reporter (empty callback) never cancels.
class progress_reporter {
 public:
  progress_reporter() = default;

  /// Wraps `callback`; `interval` is the minimum time between two calls (the first and the
  /// final report are always delivered).
  explicit progress_reporter(progress_callback callback,
                             std::chrono::milliseconds interval = std::chrono::milliseconds{100})
      : callback_(std::move(callback)), interval_(interval) {}

  /// Reports `p` (its elapsed time is filled in) if due or `force`; returns false once cancelled.
  bool report(progress p, bool force = false) {
    if (cancelled_)
      return false;
    if (!callback_)
      return true;
    const auto now = clock::now();
    if (!force && has_reported_ && now - last_ < interval_)
      return true;
    p.elapsed_seconds = std::chrono::duration<double>(now - start_).count();
    has_reported_ = true;
    last_ = now;
    if (!callback_(p))
      cancelled_ = true;
    return !cancelled_;
  }

  /// True once the callback has returned false.
  [[nodiscard]] bool is_cancelled() const noexcept { return cancelled_; }

  /// Seconds since construction.
  [[nodiscard]] double elapsed_seconds() const {
    return std::chrono::duration<double>(clock::now() - start_).count();
  }

 private:
  using clock = std::chrono::steady_clock;
  progress_callback callback_;
  std::chrono::milliseconds interval_{100};
  clock::time_point start_ = clock::now();
  clock::time_point last_{};
  bool has_reported_ = false;
  bool cancelled_ = false;
};

}  // namespace foresight::core

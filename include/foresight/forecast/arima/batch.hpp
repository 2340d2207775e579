// SPDX-License-Identifier: Apache-2.0
/// \file
/// Batch entry points: automatic selection (or a given specification) for every series of a
/// panel, in parallel over series with `core::parallel_for`, with progress and cancellation.
/// Results do not depend on the number of threads.
#pragma once

#include <atomic>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/parallel.hpp>
#include <foresight/core/progress.hpp>
#include <foresight/core/series.hpp>
#include <foresight/core/types.hpp>
#include <foresight/forecast/arima/auto_fit.hpp>
#include <foresight/forecast/arima/fit.hpp>

namespace foresight::forecast::arima {

/// Options of the batch functions.
struct batch_options {
  /// Threads for `core::parallel_for` (0: OpenMP default; 1: serial), >= 0.
  int threads = 0;
  /// Use each series' period from the panel as the seasonal period (auto_fit_batch), instead of
  /// the one in the search options.
  bool use_panel_periods = true;
  /// Called from the calling thread with stage "arima_batch" (done = series finished); return
  /// false to cancel: series not yet started are skipped and the status is cancelled.
  core::progress_callback on_progress{};
};

/// Models of a batch, one slot per series of the panel, in panel order.
struct batch_result {
  /// The fitted model, or nothing when the series failed or was skipped.
  std::vector<std::optional<model>> models;
  /// Empty for a fitted series; else the error message (or "cancelled").
  std::vector<std::string> errors;
  /// converged when every series was attempted, cancelled otherwise.
  core::fit_status status = core::fit_status::converged;
  /// Number of series fitted successfully.
  core::index fitted = 0;
};

namespace detail {

/// `validate(batch_options)` with `where` naming the caller in the message.
inline void validate_batch(const batch_options& o, std::string_view where) {
  core::detail::require(o.threads >= 0, where, "threads is ", o.threads,
                        "; expected >= 0 (0: OpenMP default)");
}

}  // namespace detail

/// Throws invalid_input unless the options are in range (threads >= 0).
/// Example: `arima::validate(arima::batch_options{.threads = 2});`
inline void validate(const batch_options& o) {
  detail::validate_batch(o, "forecast::arima::validate(batch_options)");
}

namespace detail {

template <typename Fit>
batch_result run_batch(const core::panel<double>& panel, const batch_options& options,
                       Fit&& fit_one, std::string_view where) {
  validate_batch(options, where);
  const core::index n = panel.size();
  batch_result out;
  out.models.resize(static_cast<std::size_t>(n));
  out.errors.resize(static_cast<std::size_t>(n));
  std::atomic<bool> cancelled{false};
  std::atomic<core::index> done{0};
  core::progress_reporter reporter(options.on_progress);
  const std::thread::id caller = std::this_thread::get_id();
  core::parallel_for(n, options.threads, [&](core::index i) {
    const auto k = static_cast<std::size_t>(i);
    if (cancelled.load(std::memory_order_relaxed)) {
      out.errors[k] = "cancelled";
      return;
    }
    try {
      out.models[k] = fit_one(i);
    } catch (const std::exception& e) {
      out.errors[k] = e.what();
    }
    const core::index finished = done.fetch_add(1) + 1;
    if (std::this_thread::get_id() == caller &&
        !reporter.report({"arima_batch", finished, n, 0.0, 0.0}, finished == n))
      cancelled.store(true);
  });
  for (core::index i = 0; i < n; ++i)
    out.fitted += out.models[static_cast<std::size_t>(i)].has_value() ? 1 : 0;
  out.status = cancelled.load() ? core::fit_status::cancelled : core::fit_status::converged;
  return out;
}

}  // namespace detail

/// `auto_fit` on every series of `panel` (in parallel over series). A series that throws (too
/// short, constant, ...) gets no model and its message in `errors`; the batch goes on.
/// Throws: invalid_input for invalid options.
/// Example: `auto r = arima::auto_fit_batch(panel, {}, {.threads = 4});`
[[nodiscard]] inline batch_result auto_fit_batch(const core::panel<double>& panel,
                                                 const auto_options& search = {},
                                                 const batch_options& options = {}) {
  validate(search);
  auto_options base = search;
  base.on_progress = nullptr;  // per-series callbacks would run on worker threads
  return detail::run_batch(
      panel, options,
      [&](core::index i) {
        auto_options o = base;
        if (options.use_panel_periods)
          o.seasonal_period = panel.period(i);
        return auto_fit(core::vector<double>(panel.values(i)), o);
      },
      "forecast::arima::auto_fit_batch");
}

/// `fit` with one specification on every series of `panel` (in parallel over series).
/// Throws: invalid_input for an invalid spec or options.
/// Example: `auto r = arima::fit_batch(panel, {.order = {0, 1, 1}});`
[[nodiscard]] inline batch_result fit_batch(const core::panel<double>& panel, const spec& s,
                                            const batch_options& options = {}) {
  validate(s);
  return detail::run_batch(
      panel, options, [&](core::index i) { return fit(core::vector<double>(panel.values(i)), s); },
      "forecast::arima::fit_batch");
}

}  // namespace foresight::forecast::arima

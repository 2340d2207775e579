// SPDX-License-Identifier: Apache-2.0
/// \file
/// A neural forecaster trained across all series of a panel (one global network, per-series
/// scaling) that returns the `core::forecast` of any series: `nn::fit` windows the panel, builds
/// a sequence_model whose direct head predicts `horizon` steps (a point forecast and, when
/// quantile levels are given, one output per level trained with the pinball loss), and trains it.
///
/// The forecast of a series uses its last `input_length` observations, scaled with the scale of
/// its whole history (or, with scaling::window_mean_abs, of those observations). `mean` is the
/// point output; `quantiles` are the quantile outputs, sorted per step so they never cross; `sd`
/// and `cumulative_variance` are NaN (the network gives no variance); `cumulative_mean` sums the
/// means. References: Salinas et al. (2020), "DeepAR", IJF 36(3) (global models across series); Wen
/// et al. (2017), "A multi-horizon quantile recurrent forecaster", NeurIPS Time Series Workshop
/// (direct multi-horizon quantile heads).
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <limits>
#include <random>
#include <string_view>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/forecast.hpp>
#include <foresight/core/parallel.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/series.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/model.hpp>
#include <foresight/nn/tensor.hpp>
#include <foresight/nn/train.hpp>
#include <foresight/nn/window.hpp>

namespace foresight::nn {

/// Options of nn::fit. `model.input_size`, `model.horizon` and `model.outputs_per_step` are set
/// from `windows` and `training.quantiles`.
struct forecaster_options {
  /// The network (encoder kind, width, layers, ...).
  sequence_model_options model{};
  /// Windowing of the panel (input length, horizon, scaling, calendar features, validation).
  window_options windows{};
  /// The training loop (loss, quantiles, optimiser, epochs, early stopping, seed, progress).
  train_options training{};
};

/// A trained forecaster: the network, how it windows a series, and how training went.
template <std::floating_point Scalar = float>
class forecaster {
 public:
  /// The trained network.
  sequence_model<Scalar> model;
  /// Windowing used in training (and for forecasting).
  window_options windows;
  /// Levels of the quantile outputs.
  std::vector<double> quantile_levels;
  /// How training went.
  training_info info;

  /// Forecast of steps 1..h (h <= windows.horizon) after the end of `values` (see the file
  /// comment); `period` and `start` give the calendar features.
  /// Throws: invalid_input if h is outside 1..horizon or the last input_length observations are
  /// missing or not finite.
  [[nodiscard]] core::forecast<double> forecast(
      const Eigen::Ref<const core::vector<double>>& values, core::index period,
      std::string_view start, core::index h) const {
    constexpr std::string_view where = "nn::forecaster::forecast";
    core::detail::require(h >= 1 && h <= windows.horizon, where, "h is ", h, "; expected 1..",
                          windows.horizon, " (the trained horizon)");
    const series_scale series = detail::fit_scale(values, windows.scaling);
    const auto x = last_window<Scalar>(values, period, start, series, windows);
    // The scale the window was given (the series' own, or the window's with window_mean_abs).
    const series_scale sc = detail::window_scale(values, values.size() - windows.input_length,
                                                 windows.input_length, windows.scaling, series);
    const auto y = model.forward(x);
    const core::index k = detail::dim(y, 2);
    const auto nq = static_cast<core::index>(quantile_levels.size());
    core::forecast<double> f;
    f.mean.resize(h);
    f.sd = core::vector<double>::Constant(h, std::numeric_limits<double>::quiet_NaN());
    f.lower.resize(h, 0);
    f.upper.resize(h, 0);
    f.quantile_levels = quantile_levels;
    f.quantiles.resize(h, nq);
    std::vector<double> q(static_cast<std::size_t>(nq));
    for (core::index s = 0; s < h; ++s) {
      f.mean[s] = static_cast<double>(y.data()[s * k]) * sc.scale + sc.location;
      for (core::index j = 0; j < nq; ++j) {
        q[static_cast<std::size_t>(j)] =
            static_cast<double>(y.data()[s * k + 1 + j]) * sc.scale + sc.location;
      }
      std::sort(q.begin(), q.end());
      for (core::index j = 0; j < nq; ++j)
        f.quantiles(s, j) = q[static_cast<std::size_t>(j)];
    }
    f.cumulative_mean.resize(h);
    double acc = 0;
    for (core::index s = 0; s < h; ++s)
      f.cumulative_mean[s] = (acc += f.mean[s]);
    f.cumulative_variance =
        core::vector<double>::Constant(h, std::numeric_limits<double>::quiet_NaN());
    f.aggregate = core::aggregate_method::independent;
    return f;
  }

  /// Forecast of a time series (its period and start label give the calendar features).
  /// Throws: as the overload on values.
  [[nodiscard]] core::forecast<double> forecast(const core::time_series<double>& y,
                                                core::index h) const {
    return forecast(y.values(), y.period(), y.start(), h);
  }

  /// Forecasts of every series of `panel`, in panel order, computed on `threads` threads
  /// (0: OpenMP default); the result does not depend on the thread count.
  /// Throws: as the one-series overload, for the first failing series.
  [[nodiscard]] std::vector<core::forecast<double>> forecast(const core::panel<double>& panel,
                                                             core::index h, int threads = 1) const {
    std::vector<core::forecast<double>> out(static_cast<std::size_t>(panel.size()));
    core::parallel_for(panel.size(), threads, [&](core::index i) {
      out[static_cast<std::size_t>(i)] =
          forecast(panel.values(i), panel.period(i), panel.start(i), h);
    });
    return out;
  }
};

/// Trains a forecaster across every series of `panel` (see the file comment).
/// Throws: invalid_input if an option is out of range or no series is long enough for one
/// training window.
/// Example: `auto m = nn::fit<float>(panel, {.model = {.hidden_size = 32},`
///          `    .windows = {.input_length = 36, .horizon = 18}, .training = {.epochs = 10}});`
///          `core::forecast<double> f = m.forecast(panel.series(0), 18);`
template <std::floating_point Scalar = float>
[[nodiscard]] forecaster<Scalar> fit(const core::panel<double>& panel,
                                     const forecaster_options& options) {
  validate(options.training);
  const auto data = make_windows<Scalar>(panel, options.windows);
  sequence_model_options mo = options.model;
  mo.input_size = data.features;
  mo.horizon = options.windows.horizon;
  mo.outputs_per_step = static_cast<core::index>(1 + options.training.quantiles.size());
  if (mo.encoder == encoder_kind::transformer)
    mo.max_length = std::max(mo.max_length, options.windows.input_length);
  std::mt19937_64 rng{core::seed_for(options.training.seed, 0x1417)};
  forecaster<Scalar> out;
  out.model = sequence_model<Scalar>(mo, rng);
  out.windows = options.windows;
  out.quantile_levels = options.training.quantiles;
  out.info = train(out.model, data.train, data.validation, options.training);
  return out;
}

}  // namespace foresight::nn

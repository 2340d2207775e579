// SPDX-License-Identifier: Apache-2.0
/// \file
/// Windowing of a panel of series into supervised samples for a sequence model: each sample is
/// `input_length` consecutive scaled observations (plus calendar features) and the next `horizon`
/// scaled observations as targets. The split is time-ordered: the last `validation_steps`
/// observations of every series are validation targets only, and each series' scale is computed
/// from the observations before them, so nothing of the validation period leaks into training.
///
/// Per step the features are the scaled value and, with calendar features, sin and cos of the
/// position in the seasonal cycle (2π · position / period; both 0 for period 1). The position of
/// the first observation comes from the series' start label when it ends in a period number
/// ("2019-03", "1990 Q2", "1975-7": period 3, 2, 7; counted from 1), else 0.
///
/// Missing values: a window whose inputs or targets contain NaN is skipped.
/// References: Salinas et al. (2020), "DeepAR: probabilistic forecasting with autoregressive
/// recurrent networks", IJF 36(3) (training one network across many series, mean-absolute
/// scaling per series, seasonal covariates).
#pragma once

#include <cctype>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <numbers>
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/scaler.hpp>
#include <foresight/core/series.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

/// Per-series scaling (append-only).
enum class scaling : int {
  none = 0,      ///< raw values
  mean_abs = 1,  ///< divide by the mean absolute value (DeepAR; 1 if it is 0)
  standard = 2,  ///< subtract the mean, divide by the sd (core::fit_standard_scaler)
  min_max = 3,   ///< map the range to [0, 1] (core::fit_min_max_scaler)
  /// divide each window (inputs and targets) by the mean absolute value of its own inputs, the
  /// context scaling of DeepAR (1 if it is 0); forecasts use the last input window
  window_mean_abs = 4,
};

/// Name of a scaling, e.g. "mean_abs".
[[nodiscard]] constexpr std::string_view to_string(scaling s) noexcept {
  switch (s) {
    case scaling::none:
      return "none";
    case scaling::mean_abs:
      return "mean_abs";
    case scaling::standard:
      return "standard";
    case scaling::min_max:
      return "min_max";
    case scaling::window_mean_abs:
      return "window_mean_abs";
  }
  return "unknown";
}

/// Options of make_windows.
struct window_options {
  /// Observations fed to the model per sample (>= 1).
  core::index input_length = 24;
  /// Observations predicted per sample (>= 1).
  core::index horizon = 12;
  /// Distance between the origins of consecutive training windows of a series (>= 1).
  core::index stride = 1;
  /// Per-series scaling.
  nn::scaling scaling = nn::scaling::mean_abs;
  /// Add sin/cos of the seasonal position as features.
  bool calendar_features = true;
  /// Last observations of every series used only as validation targets (>= 0; 0: no validation).
  core::index validation_steps = 0;
};

/// Throws invalid_input naming the first field of `o` out of range.
inline void validate(const window_options& o) {
  constexpr std::string_view where = "nn::validate(window_options)";
  detail::require_positive(o.input_length, where, "input_length");
  detail::require_positive(o.horizon, where, "horizon");
  detail::require_positive(o.stride, where, "stride");
  const auto s = static_cast<int>(o.scaling);
  core::detail::require(s >= 0 && s <= 4, where, "scaling is ", s, "; expected 0..4");
  core::detail::require(o.validation_steps >= 0, where, "validation_steps is ", o.validation_steps,
                        "; expected >= 0");
}

/// Number of features per step that make_windows produces (1, or 3 with calendar features).
[[nodiscard]] constexpr core::index window_features(const window_options& o) noexcept {
  return o.calendar_features ? 3 : 1;
}

/// Affine scale of one series or window: z = (y - location) / scale.
struct series_scale {
  /// Subtracted first.
  double location = 0;
  /// Then divided by (> 0).
  double scale = 1;
};

/// Samples: inputs (n, input_length, features), targets (n, horizon), and for each sample the
/// series it came from and the index of its first target observation.
template <std::floating_point Scalar = float>
struct window_set {
  /// Inputs, (samples, input_length, features).
  sequence<Scalar> x;
  /// Scaled targets, (samples, horizon).
  tensor<Scalar, 2> y;
  /// Series index of each sample.
  std::vector<core::index> series;
  /// Index (within its series) of each sample's first target.
  std::vector<core::index> origin;

  /// Number of samples.
  [[nodiscard]] core::index size() const noexcept {
    return static_cast<core::index>(series.size());
  }
};

/// Training and validation samples of a panel and the per-series scales.
template <std::floating_point Scalar = float>
struct windowed_panel {
  /// Windows whose targets end before the validation period.
  window_set<Scalar> train;
  /// Windows whose targets lie in the validation period (every `horizon` steps).
  window_set<Scalar> validation;
  /// Scale of each series, from its observations before the validation period.
  std::vector<series_scale> scales;
  /// Features per step.
  core::index features = 1;
};

namespace detail {

/// The 0-based seasonal position of the first observation from a start label such as
/// "2019-03" or "1990 Q2": its trailing integer minus 1, modulo period; 0 if there is none.
[[nodiscard]] inline core::index start_position(std::string_view start, core::index period) {
  if (period <= 1 || start.empty())
    return 0;
  std::size_t end = start.size();
  std::size_t begin = end;
  while (begin > 0 && std::isdigit(static_cast<unsigned char>(start[begin - 1])) != 0)
    --begin;
  // A label that is only a number (a year) carries no position within the cycle.
  if (begin == end || begin == 0 || end - begin > 6)
    return 0;
  core::index value = 0;
  for (std::size_t i = begin; i < end; ++i)
    value = value * 10 + (start[i] - '0');
  const core::index pos = (value - 1) % period;
  return pos < 0 ? pos + period : pos;
}

/// Scale of `values` by method `s` (values may contain NaN, which are ignored).
[[nodiscard]] inline series_scale fit_scale(const Eigen::Ref<const core::vector<double>>& values,
                                            scaling s) {
  series_scale out;
  bool any = false;
  for (core::index i = 0; i < values.size(); ++i)
    any = any || !std::isnan(values[i]);
  if (!any || s == scaling::none || s == scaling::window_mean_abs)
    return out;
  const core::matrix<double> column = values;
  switch (s) {
    case scaling::none:
    case scaling::window_mean_abs:
      break;
    case scaling::mean_abs: {
      double sum = 0;
      core::index n = 0;
      for (core::index i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i])) {
          sum += std::abs(values[i]);
          ++n;
        }
      }
      const double m = sum / static_cast<double>(n);
      out.scale = m > 0 ? m : 1.0;
      break;
    }
    case scaling::standard: {
      const auto fit = core::fit_standard_scaler(column);
      out.location = fit.mean[0];
      out.scale = fit.scale[0];
      break;
    }
    case scaling::min_max: {
      const auto fit = core::fit_min_max_scaler(column);
      out.scale = 1.0 / fit.scale[0];
      out.location = -fit.offset[0] * out.scale;
      break;
    }
  }
  return out;
}

/// The scale of the window whose inputs start at `from`: the series scale, or with
/// window_mean_abs the mean absolute value of the inputs (1 if it is 0).
[[nodiscard]] inline series_scale window_scale(const Eigen::Ref<const core::vector<double>>& y,
                                               core::index from, core::index input_length,
                                               scaling s, const series_scale& series) {
  if (s != scaling::window_mean_abs)
    return series;
  const double m = y.segment(from, input_length).cwiseAbs().mean();
  return {0.0, m > 0 && std::isfinite(m) ? m : 1.0};
}

/// Fills sample `row` of `set` from series values `y` (scaled by `sc`) with inputs starting at
/// `from`; returns false (and fills nothing) if a value is missing.
template <std::floating_point Scalar>
bool fill_window(window_set<Scalar>& set, core::index row,
                 const Eigen::Ref<const core::vector<double>>& y, core::index from,
                 core::index input_length, core::index horizon, const series_scale& sc,
                 core::index period, core::index position0, bool calendar, core::index features) {
  for (core::index k = 0; k < input_length + horizon; ++k) {
    if (std::isnan(y[from + k]))
      return false;
  }
  Scalar* x = set.x.data() + row * input_length * features;
  for (core::index k = 0; k < input_length; ++k) {
    const core::index t = from + k;
    x[k * features] = static_cast<Scalar>((y[t] - sc.location) / sc.scale);
    if (calendar) {
      const double angle = period > 1 ? 2 * std::numbers::pi *
                                            static_cast<double>((position0 + t) % period) /
                                            static_cast<double>(period)
                                      : 0.0;
      x[k * features + 1] = static_cast<Scalar>(period > 1 ? std::sin(angle) : 0.0);
      x[k * features + 2] = static_cast<Scalar>(period > 1 ? std::cos(angle) : 0.0);
    }
  }
  for (core::index k = 0; k < horizon; ++k) {
    set.y.data()[row * horizon + k] =
        static_cast<Scalar>((y[from + input_length + k] - sc.location) / sc.scale);
  }
  return true;
}

template <std::floating_point Scalar>
void resize_set(window_set<Scalar>& set, core::index n, core::index input_length,
                core::index horizon, core::index features) {
  set.x.resize({static_cast<std::size_t>(n), static_cast<std::size_t>(input_length),
                static_cast<std::size_t>(features)});
  set.y.resize({static_cast<std::size_t>(n), static_cast<std::size_t>(horizon)});
}

template <std::floating_point Scalar>
void shrink_set(window_set<Scalar>& set, core::index n, core::index input_length,
                core::index horizon, core::index features) {
  window_set<Scalar> out;
  resize_set(out, n, input_length, horizon, features);
  std::copy_n(set.x.data(), n * input_length * features, out.x.data());
  std::copy_n(set.y.data(), n * horizon, out.y.data());
  out.series = std::move(set.series);
  out.origin = std::move(set.origin);
  set = std::move(out);
}

}  // namespace detail

/// Windows of every series of `panel` (see the file comment). Series too short for one window
/// contribute no sample but still get a scale.
/// Throws: invalid_input if an option is out of range or no series yields a training window.
/// Example: `auto w = nn::make_windows<float>(panel, {.input_length = 36, .horizon = 18,`
///          `    .validation_steps = 18});  // w.train.x: (n, 36, 3)`
template <std::floating_point Scalar = float>
[[nodiscard]] windowed_panel<Scalar> make_windows(const core::panel<double>& panel,
                                                  const window_options& o) {
  constexpr std::string_view where = "nn::make_windows";
  validate(o);
  const core::index f = window_features(o);
  const core::index span = o.input_length + o.horizon;
  windowed_panel<Scalar> out;
  out.features = f;
  // Count first, then fill: one allocation per tensor.
  core::index n_train = 0;
  core::index n_valid = 0;
  for (core::index i = 0; i < panel.size(); ++i) {
    const core::index n = panel.length(i);
    const core::index cutoff = n - o.validation_steps;
    if (cutoff >= span)
      n_train += (cutoff - span) / o.stride + 1;
    for (core::index origin = cutoff; o.validation_steps > 0 && origin + o.horizon <= n;
         origin += o.horizon) {
      if (origin >= o.input_length)
        ++n_valid;
    }
  }
  detail::resize_set(out.train, n_train, o.input_length, o.horizon, f);
  detail::resize_set(out.validation, n_valid, o.input_length, o.horizon, f);
  core::index rt = 0;
  core::index rv = 0;
  for (core::index i = 0; i < panel.size(); ++i) {
    const auto y = panel.values(i);
    const core::index n = y.size();
    const core::index cutoff = std::max<core::index>(0, n - o.validation_steps);
    const series_scale sc = detail::fit_scale(y.head(cutoff), o.scaling);
    out.scales.push_back(sc);
    const core::index period = panel.period(i);
    const core::index pos0 = detail::start_position(panel.start(i), period);
    if (cutoff >= span) {
      // Origins in time order: the last window ends exactly at the cutoff.
      const core::index first = (cutoff - span) % o.stride;
      for (core::index from = first; from + span <= cutoff; from += o.stride) {
        const series_scale ws = detail::window_scale(y, from, o.input_length, o.scaling, sc);
        if (detail::fill_window(out.train, rt, y, from, o.input_length, o.horizon, ws, period, pos0,
                                o.calendar_features, f)) {
          out.train.series.push_back(i);
          out.train.origin.push_back(from + o.input_length);
          ++rt;
        }
      }
    }
    for (core::index origin = n - o.validation_steps;
         o.validation_steps > 0 && origin + o.horizon <= n; origin += o.horizon) {
      if (origin < o.input_length)
        continue;
      const series_scale ws =
          detail::window_scale(y, origin - o.input_length, o.input_length, o.scaling, sc);
      if (detail::fill_window(out.validation, rv, y, origin - o.input_length, o.input_length,
                              o.horizon, ws, period, pos0, o.calendar_features, f)) {
        out.validation.series.push_back(i);
        out.validation.origin.push_back(origin);
        ++rv;
      }
    }
  }
  core::detail::require(rt > 0, where, "no series yields a training window; expected series of at ",
                        "least input_length + horizon + validation_steps = ",
                        span + o.validation_steps, " observations without gaps");
  detail::shrink_set(out.train, rt, o.input_length, o.horizon, f);
  detail::shrink_set(out.validation, rv, o.input_length, o.horizon, f);
  return out;
}

/// Model input (1, input_length, features) from the last `input_length` observations of
/// `values`, scaled by `sc` (with window_mean_abs: by the window's own scale, ignoring `sc`);
/// the seasonal position continues from `start` and `period`.
/// Throws: invalid_input if the series is shorter than input_length or its last input_length
/// observations contain NaN or infinity.
template <std::floating_point Scalar = float>
[[nodiscard]] sequence<Scalar> last_window(const Eigen::Ref<const core::vector<double>>& values,
                                           core::index period, std::string_view start,
                                           const series_scale& sc, const window_options& o) {
  constexpr std::string_view where = "nn::last_window";
  validate(o);
  const core::index n = values.size();
  core::detail::require(n >= o.input_length, where, "the series has ", n,
                        " observations; expected at least input_length = ", o.input_length);
  const core::index from = n - o.input_length;
  for (core::index t = from; t < n; ++t) {
    core::detail::require(std::isfinite(values[t]), where, "observation ", t, " is ", values[t],
                          "; expected finite values in the last input_length observations");
  }
  window_set<Scalar> one;
  detail::resize_set(one, 1, o.input_length, 0, window_features(o));
  const series_scale ws = detail::window_scale(values, from, o.input_length, o.scaling, sc);
  detail::fill_window(one, 0, values, from, o.input_length, 0, ws, period,
                      detail::start_position(start, period), o.calendar_features,
                      window_features(o));
  return one.x;
}

/// Deterministic permutation of 0..n-1 (Fisher-Yates with core::uniform_index) for epoch
/// `epoch` of a training run seeded with `seed`: the same on every platform and thread count.
/// Throws: invalid_input if n < 0.
/// Example: `auto order = nn::shuffled_indices(w.train.size(), seed, epoch);`
[[nodiscard]] inline std::vector<core::index> shuffled_indices(core::index n, std::uint64_t seed,
                                                               std::uint64_t epoch) {
  core::detail::require(n >= 0, "nn::shuffled_indices", "n is ", n, "; expected n >= 0");
  std::vector<core::index> order(static_cast<std::size_t>(n));
  for (core::index i = 0; i < n; ++i)
    order[static_cast<std::size_t>(i)] = i;
  std::mt19937_64 rng{core::seed_for(seed, epoch)};
  for (core::index i = n - 1; i > 0; --i) {
    const auto j =
        static_cast<core::index>(core::uniform_index(rng, static_cast<std::uint64_t>(i + 1)));
    std::swap(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(j)]);
  }
  return order;
}

}  // namespace foresight::nn

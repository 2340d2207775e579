// SPDX-License-Identifier: Apache-2.0
/// \file
/// `forecast`: the value every forecaster returns and the inventory code consumes: per-step mean
/// and standard deviation, intervals at requested levels, optional quantiles, and the lead-time
/// aggregate (mean and variance of the sum of steps 1..L).
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <optional>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/distribution.hpp>
#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

/// How `forecast::cumulative_variance` was obtained.
enum class aggregate_method : int {
  /// From the joint distribution of the h-step errors (e.g. ARIMA psi weights): exact.
  exact = 0,
  /// Sum of the per-step variances, i.e. assuming uncorrelated step errors: an approximation
  /// (too small for random-walk-like models, whose step errors are positively correlated).
  independent = 1,
};

/// Name of an aggregate method, e.g. "exact".
[[nodiscard]] constexpr std::string_view to_string(aggregate_method m) noexcept {
  switch (m) {
    case aggregate_method::exact:
      return "exact";
    case aggregate_method::independent:
      return "independent";
  }
  return "unknown";
}

/// Forecast of steps 1..h of one series.
///
/// Shapes: `mean`, `sd`, `cumulative_mean`, `cumulative_variance` have h rows; `lower` and
/// `upper` are h × levels.size(); `quantiles` is h × quantile_levels.size(). Steps are 0-based in
/// the matrices; the member functions take 1-based steps and lead times, as users count them.
template <std::floating_point Scalar = double>
struct forecast {
  /// Point forecast (mean) of each step.
  vector<Scalar> mean{};
  /// Standard deviation of each step's forecast error; NaN where the forecaster has none.
  vector<Scalar> sd{};
  /// Interval coverage levels in (0, 1), e.g. {0.8, 0.95}.
  std::vector<Scalar> levels{};
  /// Lower interval bounds, h × levels.size().
  matrix<Scalar> lower{};
  /// Upper interval bounds, h × levels.size().
  matrix<Scalar> upper{};
  /// Probability levels of `quantiles`, in (0, 1); empty when none.
  std::vector<Scalar> quantile_levels{};
  /// Forecast quantiles, h × quantile_levels.size().
  matrix<Scalar> quantiles{};
  /// Mean of the sum of steps 1..L, for L = 1..h.
  vector<Scalar> cumulative_mean{};
  /// Variance of the sum of steps 1..L, for L = 1..h.
  vector<Scalar> cumulative_variance{};
  /// Whether `cumulative_variance` is exact or assumes uncorrelated step errors.
  aggregate_method aggregate = aggregate_method::independent;

  /// Forecast horizon h.
  [[nodiscard]] index horizon() const noexcept { return mean.size(); }

  /// Normal marginal of step `step` (1-based).
  /// Throws: invalid_input if step is outside 1..h or its sd is unknown.
  [[nodiscard]] gaussian<Scalar> marginal(index step) const {
    constexpr std::string_view where = "core::forecast::marginal";
    check_step(step, where);
    const Scalar s = sd[step - 1];
    detail::require(std::isfinite(s), where, "step ", step,
                    " has no standard deviation; expected a forecaster that fills sd");
    return {mean[step - 1], s};
  }

  /// Normal distribution of the total over steps 1..L (lead-time demand).
  /// Throws: invalid_input if L is outside 1..h or its variance is unknown.
  [[nodiscard]] gaussian<Scalar> lead_time_demand(index lead_time) const {
    constexpr std::string_view where = "core::forecast::lead_time_demand";
    check_step(lead_time, where);
    const Scalar v = cumulative_variance[lead_time - 1];
    detail::require(std::isfinite(v) && v >= 0, where, "lead time ", lead_time,
                    " has no variance; expected a forecaster that fills cumulative_variance");
    return {cumulative_mean[lead_time - 1], std::sqrt(v)};
  }

  /// Column of `lower`/`upper` for `level`, if present (compared within 1e-9).
  [[nodiscard]] std::optional<index> level_index(Scalar level) const {
    for (std::size_t j = 0; j < levels.size(); ++j) {
      if (std::abs(levels[j] - level) <= Scalar(1e-9))
        return static_cast<index>(j);
    }
    return std::nullopt;
  }

 private:
  void check_step(index step, std::string_view where) const {
    if (step < 1 || step > horizon()) {
      detail::raise<invalid_input>(where, "step ", step, " is outside the horizon; expected 1..",
                                   horizon());
    }
  }
};

namespace detail {
template <std::floating_point Scalar>
void validate_levels(const std::vector<Scalar>& levels, std::string_view where,
                     std::string_view name) {
  for (const Scalar l : levels)
    require_open_interval(l, Scalar{0}, Scalar{1}, where, name);
}
}  // namespace detail

/// Throws invalid_input (dimension_mismatch for shapes) unless `f` is internally consistent:
/// matching shapes, levels and quantile levels in (0, 1), finite means.
template <std::floating_point Scalar>
void validate(const forecast<Scalar>& f) {
  constexpr std::string_view where = "core::validate(forecast)";
  const index h = f.horizon();
  const auto nl = static_cast<index>(f.levels.size());
  const auto nq = static_cast<index>(f.quantile_levels.size());
  detail::require_size(f.sd.size(), h, where, "sd");
  detail::require_size(f.cumulative_mean.size(), h, where, "cumulative_mean");
  detail::require_size(f.cumulative_variance.size(), h, where, "cumulative_variance");
  detail::require_size(f.lower.rows(), h, where, "lower (rows)");
  detail::require_size(f.upper.rows(), h, where, "upper (rows)");
  detail::require_size(f.lower.cols(), nl, where, "lower (columns)");
  detail::require_size(f.upper.cols(), nl, where, "upper (columns)");
  detail::require_size(f.quantiles.rows(), nq == 0 ? f.quantiles.rows() : h, where,
                       "quantiles (rows)");
  detail::require_size(f.quantiles.cols(), nq, where, "quantiles (columns)");
  detail::validate_levels(f.levels, where, "level");
  detail::validate_levels(f.quantile_levels, where, "quantile level");
  for (index i = 0; i < h; ++i)
    detail::require_finite(f.mean[i], where, "mean");
}

/// A Gaussian forecast: intervals mean ± z_{(1+level)/2}·sd, quantiles mean + z_p·sd, and the
/// lead-time aggregate. With `cumulative_variance` given (h values) the aggregate is marked exact;
/// without it, it is the sum of the per-step variances, marked `independent`.
///
/// Throws: dimension_mismatch if sizes differ; invalid_input if a level is outside (0, 1), a mean
/// is not finite or an sd is negative or not finite.
/// Example: `auto f = core::make_normal_forecast<double>(mu, sd, {0.8, 0.95});`
template <std::floating_point Scalar>
[[nodiscard]] forecast<Scalar> make_normal_forecast(
    const Eigen::Ref<const vector<Scalar>>& mean, const Eigen::Ref<const vector<Scalar>>& sd,
    const std::vector<Scalar>& levels, const std::vector<Scalar>& quantile_levels = {},
    std::optional<vector<Scalar>> cumulative_variance = std::nullopt) {
  constexpr std::string_view where = "core::make_normal_forecast";
  const index h = mean.size();
  detail::require_size(sd.size(), h, where, "sd");
  detail::validate_levels(levels, where, "level");
  detail::validate_levels(quantile_levels, where, "quantile level");
  for (index i = 0; i < h; ++i) {
    detail::require_finite(mean[i], where, "mean");
    detail::require(std::isfinite(sd[i]) && sd[i] >= 0, where, "sd[", i, "] is ", sd[i],
                    "; expected a finite sd >= 0");
  }
  forecast<Scalar> f;
  f.mean = mean;
  f.sd = sd;
  f.levels = levels;
  f.quantile_levels = quantile_levels;
  const auto nl = static_cast<index>(levels.size());
  const auto nq = static_cast<index>(quantile_levels.size());
  f.lower.resize(h, nl);
  f.upper.resize(h, nl);
  for (index j = 0; j < nl; ++j) {
    const Scalar z = normal_quantile<Scalar>((Scalar{1} + levels[static_cast<std::size_t>(j)]) / 2);
    f.lower.col(j) = mean - z * sd;
    f.upper.col(j) = mean + z * sd;
  }
  f.quantiles.resize(h, nq);
  for (index j = 0; j < nq; ++j) {
    const Scalar z = normal_quantile<Scalar>(quantile_levels[static_cast<std::size_t>(j)]);
    f.quantiles.col(j) = mean + z * sd;
  }
  f.cumulative_mean.resize(h);
  Scalar acc = 0;
  for (index i = 0; i < h; ++i)
    f.cumulative_mean[i] = (acc += mean[i]);
  if (cumulative_variance) {
    detail::require_size(cumulative_variance->size(), h, where, "cumulative_variance");
    for (index i = 0; i < h; ++i) {
      const Scalar v = (*cumulative_variance)[i];
      detail::require(std::isfinite(v) && v >= 0, where, "cumulative_variance[", i, "] is ", v,
                      "; expected a finite variance >= 0");
    }
    f.cumulative_variance = std::move(*cumulative_variance);
    f.aggregate = aggregate_method::exact;
  } else {
    f.cumulative_variance.resize(h);
    acc = 0;
    for (index i = 0; i < h; ++i)
      f.cumulative_variance[i] = (acc += sd[i] * sd[i]);
    f.aggregate = aggregate_method::independent;
  }
  return f;
}

/// Cumulative variances of the sums of steps 1..L of a linear process with MA(∞) weights
/// psi_0 = 1, psi_1, ...: Var(e_1 + ... + e_L) = sigma2 · Σ_{j=0}^{L-1} (Σ_{i=0}^{j} psi_i)^2.
/// `psi` holds psi_0..psi_{h-1}. This is the exact aggregate for ARIMA-type forecasters.
/// References: Box, Jenkins & Reinsel (2008), Time Series Analysis, 4th ed., section 5.2.
/// Throws: invalid_input if sigma2 < 0 or not finite.
template <std::floating_point Scalar>
[[nodiscard]] vector<Scalar> cumulative_variance_from_psi(
    const Eigen::Ref<const vector<Scalar>>& psi, Scalar sigma2) {
  detail::require(std::isfinite(sigma2) && sigma2 >= 0, "core::cumulative_variance_from_psi",
                  "sigma2 is ", sigma2, "; expected a finite value >= 0");
  vector<Scalar> out(psi.size());
  // The sum over steps 1..L of the errors is Σ_j e_{t+L-j} · (Σ_{i<=j} psi_i), truncated at L.
  Scalar partial = 0;
  Scalar total = 0;
  for (index j = 0; j < psi.size(); ++j) {
    partial += psi[j];
    total += partial * partial;
    out[j] = sigma2 * total;
  }
  return out;
}

}  // namespace foresight::core

// SPDX-License-Identifier: Apache-2.0
/// \file
/// Multi-echelon serial systems: optimal echelon base-stock levels and the optimal expected cost
/// per period by the Clark & Scarf decomposition in the form of Chen & Zheng's algorithm.
/// Stage 1 faces customer demand (backorders cost p per unit per period), stage N is supplied by
/// an outside source with ample stock; each stage has an echelon holding cost h_j >= 0.
///
/// Recursion (Chen & Zheng 1994, section 3; Snyder & Shen 2019, section 6.2.3):
///   C_0(x) = (p + sum_i h_i) x^-,  C^_j(x) = h_j x + C_{j-1}(x),  C~_j(y) = E[C^_j(y - D_j)],
///   S_j* = argmin C~_j,  C_j(x) = C~_j(min(S_j*, x)),  optimal cost = C~_N(S_N*),
/// where D_j is demand over L_j periods. Discrete (Poisson) demand is computed exactly on the
/// integers; normal demand on a lattice of step `grid_step` with cell masses (an O(step^2)
/// approximation, reported in `notes`).
/// References: Clark & Scarf (1960), "Optimal policies for a multi-echelon inventory problem",
/// Management Science 6(4):475-490; Chen & Zheng (1994), "Lower bounds for multi-echelon
/// stochastic inventory systems", Management Science 40(11):1426-1443.
#pragma once

#include <algorithm>
#include <cmath>
#include <concepts>
#include <string>
#include <string_view>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/inventory/detail/validate.hpp>
#include <foresight/inventory/safety_stock.hpp>
#include <foresight/inventory/service.hpp>

namespace foresight::inventory {

/// One stage of a serial system; stages are listed from the one facing demand (stage 1) upwards.
template <std::floating_point Scalar = double>
struct serial_stage {
  /// Echelon holding cost h_j per unit per period (>= 0): local holding cost minus that of the
  /// upstream stage.
  Scalar echelon_holding_cost = 1;
  /// L_j: the number of periods of demand the stage's echelon inventory is exposed to (>= 0),
  /// Chen & Zheng's lead time (with costs at the end of a period and an order arriving L periods
  /// after it is placed, use L + 1 for stage 1 to match `optimize_base_stock`).
  core::index lead_time = 1;
};

/// Options of the serial optimisation.
template <std::floating_point Scalar = double>
struct serial_options {
  /// Lattice step for normal demand (> 0), or 0 for sd / 100. Ignored for Poisson demand.
  Scalar grid_step = 0;
};

/// Throws invalid_input unless grid_step is finite and >= 0.
/// Example: `inventory::validate(inventory::serial_options<double>{.grid_step = 0.01});`
template <std::floating_point Scalar>
void validate(const serial_options<Scalar>& options) {
  detail::require_nonnegative(options.grid_step, "inventory::validate(serial_options)",
                              "grid_step");
}

/// Optimal base-stock levels of a serial system.
template <std::floating_point Scalar = double>
struct serial_result {
  /// Optimal echelon base-stock level S_j*, stage 1 first.
  std::vector<Scalar> echelon_base_stock;
  /// Local base-stock levels S_j* - S_{j-1}* (stage 1: S_1*).
  std::vector<Scalar> local_base_stock;
  /// Optimal expected cost per period (holding plus backorder).
  Scalar cost = 0;
  /// Remarks (lattice step for normal demand).
  std::vector<std::string> notes;
};

namespace detail {

/// Runs the Chen-Zheng recursion on the lattice x_i = lo + i * step; kernels[j][k] is the
/// probability that stage j's demand is (k + offset[j]) * step.
template <std::floating_point Scalar>
[[nodiscard]] serial_result<Scalar> chen_zheng(const std::vector<serial_stage<Scalar>>& stages,
                                               double p, double lo, double step, core::index n,
                                               const std::vector<std::vector<double>>& kernels,
                                               const std::vector<core::index>& offsets) {
  double h_total = 0;
  for (const auto& s : stages)
    h_total += static_cast<double>(s.echelon_holding_cost);
  const auto nn = static_cast<std::size_t>(n);
  std::vector<double> c_prev(nn);
  for (std::size_t i = 0; i < nn; ++i) {
    const double x = lo + static_cast<double>(i) * step;
    c_prev[i] = (p + h_total) * std::max(0.0, -x);
  }
  serial_result<Scalar> out;
  std::vector<double> c_hat(nn);
  std::vector<double> c_tilde(nn);
  double best_value = 0;
  for (std::size_t j = 0; j < stages.size(); ++j) {
    const double h = static_cast<double>(stages[j].echelon_holding_cost);
    for (std::size_t i = 0; i < nn; ++i)
      c_hat[i] = h * (lo + static_cast<double>(i) * step) + c_prev[i];
    // Linear extrapolation outside the lattice (the functions are linear far out).
    const double slope_lo = (c_hat[1] - c_hat[0]);
    const double slope_hi = (c_hat[nn - 1] - c_hat[nn - 2]);
    auto at = [&](long i) {
      if (i < 0)
        return c_hat[0] + slope_lo * static_cast<double>(i);
      if (i >= static_cast<long>(nn))
        return c_hat[nn - 1] + slope_hi * static_cast<double>(i - static_cast<long>(nn) + 1);
      return c_hat[static_cast<std::size_t>(i)];
    };
    const auto& w = kernels[j];
    const long off = static_cast<long>(offsets[j]);
    for (std::size_t i = 0; i < nn; ++i) {
      double s = 0;
      for (std::size_t k = 0; k < w.size(); ++k)
        s += w[k] * at(static_cast<long>(i) - static_cast<long>(k) - off);
      c_tilde[i] = s;
    }
    const auto it = std::min_element(c_tilde.begin(), c_tilde.end());
    const auto imin = static_cast<std::size_t>(it - c_tilde.begin());
    double s_star = lo + static_cast<double>(imin) * step;
    best_value = *it;
    if (imin > 0 && imin + 1 < nn && step != 1.0) {
      // Parabolic refinement of the lattice minimum.
      const double a = c_tilde[imin - 1];
      const double b = c_tilde[imin];
      const double c = c_tilde[imin + 1];
      const double den = a - 2 * b + c;
      if (den > 0) {
        const double shift = 0.5 * (a - c) / den;
        s_star += shift * step;
        best_value = b - 0.25 * (a - c) * shift;
      }
    }
    out.echelon_base_stock.push_back(static_cast<Scalar>(s_star));
    for (std::size_t i = 0; i < nn; ++i)
      c_prev[i] = i <= imin ? c_tilde[i] : c_tilde[imin];
  }
  out.cost = static_cast<Scalar>(best_value);
  Scalar below = 0;
  for (const Scalar s : out.echelon_base_stock) {
    out.local_base_stock.push_back(s - below);
    below = s;
  }
  return out;
}

template <std::floating_point Scalar>
void validate_stages(const std::vector<serial_stage<Scalar>>& stages, Scalar p,
                     std::string_view where) {
  core::detail::require(!stages.empty(), where, "stages is empty; expected at least one stage");
  require_positive(p, where, "stockout_cost");
  for (const auto& s : stages) {
    require_nonnegative(s.echelon_holding_cost, where, "echelon_holding_cost");
    core::detail::require(s.lead_time >= 0, where, "lead_time is ", s.lead_time,
                          "; expected lead_time >= 0");
  }
}

}  // namespace detail

/// Optimal echelon base-stock levels of a serial system with normal demand per period.
/// Throws: invalid_input if stages is empty, a holding cost or lead time is negative,
/// stockout_cost is not > 0, the demand sd is not > 0 or grid_step is negative.
/// Example: `auto r = inventory::optimize_serial<double>({{3, 1}, {2, 1}, {2, 2}}, 37.12, {5, 1});`
template <std::floating_point Scalar>
[[nodiscard]] serial_result<Scalar> optimize_serial(const std::vector<serial_stage<Scalar>>& stages,
                                                    Scalar stockout_cost,
                                                    const normal_demand<Scalar>& demand,
                                                    const serial_options<Scalar>& options = {}) {
  constexpr std::string_view where = "inventory::optimize_serial";
  detail::validate_stages(stages, stockout_cost, where);
  detail::require_finite(demand.mean, where, "demand mean");
  detail::require_positive(demand.sd, where, "demand sd");
  validate(options);
  const double mu = demand.mean;
  const double sd = demand.sd;
  const double step = options.grid_step > 0 ? static_cast<double>(options.grid_step) : sd / 100;
  core::index total_l = 0;
  for (const auto& s : stages)
    total_l += s.lead_time;
  const double big_m = std::abs(mu) * static_cast<double>(total_l);
  const double big_v = sd * std::sqrt(static_cast<double>(std::max<core::index>(total_l, 1)));
  const double half = big_m + 10 * big_v + step;
  const double lo = -half;
  const auto n = static_cast<core::index>(std::ceil(2 * half / step)) + 1;
  std::vector<std::vector<double>> kernels;
  std::vector<core::index> offsets;
  for (const auto& s : stages) {
    const auto l = static_cast<double>(s.lead_time);
    if (s.lead_time == 0) {
      kernels.push_back({1.0});
      offsets.push_back(0);
      continue;
    }
    const double m = mu * l;
    const double v = sd * std::sqrt(l);
    const auto k_lo = static_cast<core::index>(std::floor((m - 9 * v) / step));
    const auto k_hi = static_cast<core::index>(std::ceil((m + 9 * v) / step));
    std::vector<double> w;
    for (core::index k = k_lo; k <= k_hi; ++k) {
      const double a = (static_cast<double>(k) - 0.5) * step;
      const double b = (static_cast<double>(k) + 0.5) * step;
      w.push_back(static_cast<double>(detail::std_normal_upper_tail((a - m) / v) -
                                      detail::std_normal_upper_tail((b - m) / v)));
    }
    kernels.push_back(std::move(w));
    offsets.push_back(k_lo);
  }
  auto r =
      detail::chen_zheng(stages, static_cast<double>(stockout_cost), lo, step, n, kernels, offsets);
  r.notes.push_back("normal demand on a lattice of step " + std::to_string(step));
  return r;
}

/// Optimal echelon base-stock levels of a serial system with Poisson demand per period (exact on
/// the integers).
/// Throws: as the normal overload, or if the mean is not > 0.
/// Example: `auto r = inventory::optimize_serial<double>({{1, 1}, {0.5, 2}}, 10.0,
/// inventory::poisson_demand{4.0});`
template <std::floating_point Scalar>
[[nodiscard]] serial_result<Scalar> optimize_serial(const std::vector<serial_stage<Scalar>>& stages,
                                                    Scalar stockout_cost,
                                                    const poisson_demand<Scalar>& demand) {
  constexpr std::string_view where = "inventory::optimize_serial";
  detail::validate_stages(stages, stockout_cost, where);
  detail::require_positive(demand.mean, where, "demand mean");
  core::index total_l = 0;
  for (const auto& s : stages)
    total_l += s.lead_time;
  const double mu = static_cast<double>(demand.mean) * static_cast<double>(total_l);
  const double half = std::ceil(mu + 10 * std::sqrt(std::max(mu, 1.0)) + 10);
  std::vector<std::vector<double>> kernels;
  std::vector<core::index> offsets;
  for (const auto& s : stages) {
    const auto t = tabulate(demand, s.lead_time);
    kernels.emplace_back(t.pmf.begin(), t.pmf.end());
    offsets.push_back(0);
  }
  return detail::chen_zheng(stages, static_cast<double>(stockout_cost), -half, 1.0,
                            static_cast<core::index>(2 * half) + 1, kernels, offsets);
}

}  // namespace foresight::inventory

// SPDX-License-Identifier: Apache-2.0
/// \file
/// A regular time series and a panel of many series of unequal length (the shape of an ERP sales
/// history: item, period, quantity).
///
/// Missing values are NaN. Neither type rejects NaN (a sales history has gaps); each function that
/// consumes a series documents what it does with them. Infinite values are rejected on
/// construction, since no function of foresight can give them a meaning.
#pragma once

#include <cmath>
#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core {

namespace detail {
template <std::floating_point Scalar>
void require_no_infinity(const Eigen::Ref<const vector<Scalar>>& v, std::string_view where) {
  for (index i = 0; i < v.size(); ++i) {
    if (std::isinf(v[i])) {
      raise<invalid_input>(where, "value ", i, " is ", v[i],
                           "; expected a finite number or NaN (missing)");
    }
  }
}

inline void require_period(index period, std::string_view where) {
  if (period < 1) {
    raise<invalid_input>(where, "seasonal period is ", period,
                         "; expected period >= 1 (1: non-seasonal)");
  }
}
}  // namespace detail

/// A regular time series: equally spaced values (NaN marks a missing value), the seasonal period
/// (observations per cycle: 12 monthly, 4 quarterly, 1 non-seasonal) and an optional label of the
/// first observation (e.g. "2019-01").
template <std::floating_point Scalar = double>
class time_series {
 public:
  /// The scalar type of the values.
  using scalar_type = Scalar;

  /// An empty series with period 1.
  time_series() = default;

  /// A series of `values` with seasonal `period` and start label `start`.
  /// Throws: invalid_input if period < 1 or a value is infinite.
  /// Example: `core::time_series<> y{core::vector<double>{{1.0, 2.0, 3.0}}, 4, "2020 Q1"};`
  explicit time_series(vector<Scalar> values, index period = 1, std::string start = {})
      : values_(std::move(values)), period_(period), start_(std::move(start)) {
    detail::require_period(period_, "core::time_series");
    detail::require_no_infinity<Scalar>(values_, "core::time_series");
  }

  /// A series from a `std::vector` of values.
  /// Throws: invalid_input if period < 1 or a value is infinite.
  explicit time_series(const std::vector<Scalar>& values, index period = 1, std::string start = {})
      : time_series(
            Eigen::Map<const vector<Scalar>>(values.data(), static_cast<index>(values.size())),
            period, std::move(start)) {}

  /// The observations, oldest first.
  [[nodiscard]] const vector<Scalar>& values() const noexcept { return values_; }
  /// Number of observations, missing ones included.
  [[nodiscard]] index size() const noexcept { return values_.size(); }
  /// True when the series has no observation.
  [[nodiscard]] bool empty() const noexcept { return values_.size() == 0; }
  /// Seasonal period (>= 1).
  [[nodiscard]] index period() const noexcept { return period_; }
  /// Label of the first observation; empty when not given.
  [[nodiscard]] const std::string& start() const noexcept { return start_; }
  /// Observation `i` (0-based, unchecked).
  [[nodiscard]] Scalar operator[](index i) const { return values_[i]; }

  /// Number of missing (NaN) observations.
  [[nodiscard]] index count_missing() const {
    index c = 0;
    for (index i = 0; i < values_.size(); ++i)
      c += std::isnan(values_[i]) ? 1 : 0;
    return c;
  }
  /// True when at least one observation is missing.
  [[nodiscard]] bool has_missing() const { return count_missing() > 0; }

  /// The `count` observations starting at `begin` as a new series with the same period; the start
  /// label is kept only when `begin == 0`.
  /// Throws: invalid_input if the range is outside the series.
  [[nodiscard]] time_series slice(index begin, index count) const {
    detail::require(begin >= 0 && count >= 0 && begin + count <= size(), "core::time_series::slice",
                    "range [", begin, ", ", begin + count,
                    ") is outside the series; expected a range "
                    "within [0, ",
                    size(), ")");
    return time_series(vector<Scalar>(values_.segment(begin, count)), period_,
                       begin == 0 ? start_ : std::string{});
  }

  /// Exact equality of values (NaN equals NaN), period and start label.
  friend bool operator==(const time_series& a, const time_series& b) {
    if (a.period_ != b.period_ || a.start_ != b.start_ || a.size() != b.size())
      return false;
    for (index i = 0; i < a.size(); ++i) {
      const bool na = std::isnan(a.values_[i]);
      if (na != std::isnan(b.values_[i]) || (!na && a.values_[i] != b.values_[i]))
        return false;
    }
    return true;
  }

 private:
  vector<Scalar> values_;
  index period_ = 1;
  std::string start_;
};

/// Many series of unequal length, each with an identifier, a seasonal period and a start label,
/// stored contiguously (one allocation for all values). Identifiers are unique.
template <std::floating_point Scalar = double>
class panel {
 public:
  /// The scalar type of the values.
  using scalar_type = Scalar;

  /// Appends a series; returns its position.
  /// Throws: invalid_input if `id` is already present, period < 1 or a value is infinite.
  /// Example: `p.add("SKU-1", y, 12, "2021-01");`
  index add(std::string id, const Eigen::Ref<const vector<Scalar>>& values, index period = 1,
            std::string start = {}) {
    constexpr std::string_view where = "core::panel::add";
    detail::require_period(period, where);
    detail::require_no_infinity<Scalar>(values, where);
    if (lookup_.count(id) != 0) {
      detail::raise<invalid_input>(where, "series id '", id,
                                   "' is already in the panel; expected unique ids");
    }
    const auto pos = static_cast<index>(ids_.size());
    lookup_.emplace(id, pos);
    ids_.push_back(std::move(id));
    periods_.push_back(period);
    starts_.push_back(std::move(start));
    data_.insert(data_.end(), values.data(), values.data() + values.size());
    offsets_.push_back(static_cast<index>(data_.size()));
    return pos;
  }

  /// Appends a `time_series` under `id`; returns its position.
  /// Throws: invalid_input if `id` is already present.
  index add(std::string id, const time_series<Scalar>& s) {
    return add(std::move(id), s.values(), s.period(), s.start());
  }

  /// Reserves room for `series` series and `observations` values in all.
  void reserve(index series, index observations) {
    ids_.reserve(static_cast<std::size_t>(series));
    periods_.reserve(static_cast<std::size_t>(series));
    starts_.reserve(static_cast<std::size_t>(series));
    offsets_.reserve(static_cast<std::size_t>(series) + 1);
    data_.reserve(static_cast<std::size_t>(observations));
  }

  /// Number of series.
  [[nodiscard]] index size() const noexcept { return static_cast<index>(ids_.size()); }
  /// True when the panel holds no series.
  [[nodiscard]] bool empty() const noexcept { return ids_.empty(); }
  /// Number of observations over all series, missing ones included.
  [[nodiscard]] index total_observations() const noexcept {
    return static_cast<index>(data_.size());
  }

  /// Identifier of series `i`. Throws: invalid_input if i is out of range.
  [[nodiscard]] const std::string& id(index i) const { return ids_[checked(i)]; }
  /// Seasonal period of series `i`. Throws: invalid_input if i is out of range.
  [[nodiscard]] index period(index i) const { return periods_[checked(i)]; }
  /// Start label of series `i`. Throws: invalid_input if i is out of range.
  [[nodiscard]] const std::string& start(index i) const { return starts_[checked(i)]; }
  /// Length of series `i`. Throws: invalid_input if i is out of range.
  [[nodiscard]] index length(index i) const {
    const auto k = checked(i);
    return offsets_[k + 1] - offsets_[k];
  }
  /// Read-only view of the values of series `i` (valid until the panel is modified).
  /// Throws: invalid_input if i is out of range.
  [[nodiscard]] Eigen::Map<const vector<Scalar>> values(index i) const {
    const auto k = checked(i);
    return Eigen::Map<const vector<Scalar>>(data_.data() + offsets_[k],
                                            offsets_[k + 1] - offsets_[k]);
  }
  /// Series `i` as an owning `time_series`. Throws: invalid_input if i is out of range.
  [[nodiscard]] time_series<Scalar> series(index i) const {
    return time_series<Scalar>(vector<Scalar>(values(i)), period(i), start(i));
  }
  /// Position of the series with identifier `id`, if present.
  [[nodiscard]] std::optional<index> find(const std::string& id) const {
    const auto it = lookup_.find(id);
    if (it == lookup_.end())
      return std::nullopt;
    return it->second;
  }

  /// Equality of ids, periods, start labels and values (NaN equals NaN), in order.
  friend bool operator==(const panel& a, const panel& b) {
    if (a.ids_ != b.ids_ || a.periods_ != b.periods_ || a.starts_ != b.starts_ ||
        a.offsets_ != b.offsets_) {
      return false;
    }
    for (std::size_t i = 0; i < a.data_.size(); ++i) {
      const bool na = std::isnan(a.data_[i]);
      if (na != std::isnan(b.data_[i]) || (!na && a.data_[i] != b.data_[i]))
        return false;
    }
    return true;
  }

 private:
  [[nodiscard]] std::size_t checked(index i) const {
    if (i < 0 || i >= size()) {
      detail::raise<invalid_input>("core::panel", "series index ", i,
                                   " is out of range; expected 0 <= i < ", size());
    }
    return static_cast<std::size_t>(i);
  }

  std::vector<std::string> ids_;
  std::vector<index> periods_;
  std::vector<std::string> starts_;
  std::vector<index> offsets_{0};
  std::vector<Scalar> data_;
  std::unordered_map<std::string, index> lookup_;
};

}  // namespace foresight::core

// SPDX-License-Identifier: Apache-2.0
/// \file
/// The exception hierarchy of foresight (misuse and bad data) and helpers that build messages of
/// the form `<qualified function>: <what is wrong>; <what was expected or found>`.
#pragma once

#include <cmath>
#include <concepts>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace foresight::core {

/// Bad data or an option out of range: NaN/Inf, too-short series, probability outside (0, 1).
struct invalid_input : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

/// Two inputs whose shapes disagree; the message names the expected and the found shape.
struct dimension_mismatch : invalid_input {
  using invalid_input::invalid_input;
};

/// No meaningful result exists (e.g. every optimiser start gave non-finite values).
struct numerical_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A file (CSV, MPS, weights) could not be read or written; the message carries `file:line`.
struct io_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A CUDA runtime or cuBLAS call failed; the message carries the call and `file:line`.
struct cuda_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

namespace detail {

/// Concatenates the streamable arguments into one string.
template <typename... Args>
[[nodiscard]] std::string concat(const Args&... args) {
  std::ostringstream os;
  os.precision(17);
  (os << ... << args);
  return os.str();
}

/// Throws `E` with the message `where: what`.
template <typename E, typename... Args>
[[noreturn]] void raise(std::string_view where, const Args&... what) {
  throw E(concat(where, ": ", what...));
}

/// Throws `invalid_input` unless `condition` holds.
template <typename... Args>
void require(bool condition, std::string_view where, const Args&... what) {
  if (!condition)
    raise<invalid_input>(where, what...);
}

/// Throws `invalid_input` naming `name` unless `value` is finite.
template <std::floating_point Scalar>
void require_finite(Scalar value, std::string_view where, std::string_view name) {
  if (!std::isfinite(value)) {
    raise<invalid_input>(where, name, " is ", value, "; expected a finite number");
  }
}

/// Throws `invalid_input` naming `name` unless lo < value < hi (an open interval).
template <std::floating_point Scalar>
void require_open_interval(Scalar value, Scalar lo, Scalar hi, std::string_view where,
                           std::string_view name) {
  if (!(value > lo && value < hi)) {
    raise<invalid_input>(where, name, " is ", value, "; expected a value in (", lo, ", ", hi, ")");
  }
}

/// Throws `dimension_mismatch` unless `found == expected`.
template <typename Size>
void require_size(Size found, Size expected, std::string_view where, std::string_view name) {
  if (found != expected) {
    raise<dimension_mismatch>(where, name, " has size ", found, "; expected ", expected);
  }
}

}  // namespace detail
}  // namespace foresight::core

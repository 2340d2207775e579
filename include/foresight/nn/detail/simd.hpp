// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internal: the native vector type of the kernels (GCC/Clang vector extensions, as wide as the
/// target the consumer compiles for: SSE2, AVX2 or AVX-512), fused multiply-add, and vectorised
/// exp, expm1, sigmoid and tanh with elementwise loops over arrays.
///
/// Accuracy: exp uses Cody-Waite range reduction to |r| <= ln2/2 and a Taylor polynomial of
/// degree 7 (float) or 13 (double), whose truncation error is below 1e-8 (float) and 1e-16
/// (double) relative; tanh is computed from expm1 so that it keeps its relative accuracy near 0.
/// References: Cody & Waite (1980), Software Manual for the Elementary Functions (range
/// reduction with a split ln 2); Muller (2016), Elementary Functions, 3rd ed., ch. 11.
#pragma once

#include <concepts>
#include <cstdint>
#include <cstring>
#include <type_traits>

#if defined(__FMA__) || defined(__AVX512F__)
#include <immintrin.h>
#endif

#include <foresight/core/types.hpp>

namespace foresight::nn::detail {

#if defined(__AVX512F__)
inline constexpr int simd_bytes = 64;
inline constexpr int simd_vectors_per_tile = 4;  // 32 vector registers: 6 x 4 accumulators
#elif defined(__AVX__)
inline constexpr int simd_bytes = 32;
inline constexpr int simd_vectors_per_tile = 2;  // 16 vector registers: 6 x 2 accumulators
#else
inline constexpr int simd_bytes = 16;
inline constexpr int simd_vectors_per_tile = 2;
#endif

/// Native vector of `Scalar` and the integer vector of the same width.
template <std::floating_point Scalar>
struct simd;

template <>
struct simd<float> {
  typedef float type __attribute__((vector_size(simd_bytes)));
  typedef std::int32_t int_type __attribute__((vector_size(simd_bytes)));
};

template <>
struct simd<double> {
  typedef double type __attribute__((vector_size(simd_bytes)));
  typedef std::int64_t int_type __attribute__((vector_size(simd_bytes)));
};

template <std::floating_point Scalar>
using simd_t = typename simd<Scalar>::type;

template <std::floating_point Scalar>
using simd_int_t = typename simd<Scalar>::int_type;

/// Lanes per vector.
template <std::floating_point Scalar>
inline constexpr int lanes = simd_bytes / static_cast<int>(sizeof(Scalar));

template <std::floating_point Scalar>
[[nodiscard]] inline simd_t<Scalar> vload(const Scalar* p) noexcept {
  simd_t<Scalar> v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <std::floating_point Scalar>
inline void vstore(Scalar* p, const simd_t<Scalar>& v) noexcept {
  std::memcpy(p, &v, sizeof v);
}

/// A vector with every lane equal to `s`.
template <std::floating_point Scalar>
[[nodiscard]] inline simd_t<Scalar> vbroadcast(Scalar s) noexcept {
  // s - 0 is exactly s for every s (also -0.0), and compiles to a single broadcast.
  return s - simd_t<Scalar>{};
}

/// a·b + c, fused (one rounding) where the target has FMA instructions, so that results do not
/// depend on whether the compiler contracts multiply-adds (-std=c++20 does not).
template <std::floating_point Scalar>
[[nodiscard]] inline simd_t<Scalar> vfma(const simd_t<Scalar>& a, const simd_t<Scalar>& b,
                                         const simd_t<Scalar>& c) noexcept {
#if defined(__AVX512F__)
  if constexpr (std::is_same_v<Scalar, float>)
    return _mm512_fmadd_ps(a, b, c);
  else
    return _mm512_fmadd_pd(a, b, c);
#elif defined(__FMA__) && defined(__AVX__)
  if constexpr (std::is_same_v<Scalar, float>)
    return _mm256_fmadd_ps(a, b, c);
  else
    return _mm256_fmadd_pd(a, b, c);
#elif defined(__FMA__)
  if constexpr (std::is_same_v<Scalar, float>)
    return _mm_fmadd_ps(a, b, c);
  else
    return _mm_fmadd_pd(a, b, c);
#else
  return a * b + c;
#endif
}

/// exp(x) - 1 and 2^n for the reduction x = n ln2 + r (the caller combines them).
template <std::floating_point Scalar>
inline void vexp_parts(simd_t<Scalar> x, simd_t<Scalar>& q, simd_t<Scalar>& scale) noexcept {
  using vec = simd_t<Scalar>;
  using ivec = simd_int_t<Scalar>;
  constexpr bool is_float = std::is_same_v<Scalar, float>;
  // Beyond these bounds exp over- or underflows anyway; clamping keeps 2^n representable.
  const vec hi = vbroadcast<Scalar>(is_float ? Scalar(88.0) : Scalar(708.0));
  const vec lo = vbroadcast<Scalar>(is_float ? Scalar(-87.0) : Scalar(-708.0));
  x = x > hi ? hi : x;
  x = x < lo ? lo : x;
  // n = round(x / ln2) by the 1.5 · 2^(mantissa bits) trick (round to nearest even).
  const vec magic = vbroadcast<Scalar>(is_float ? Scalar(12582912.0) : Scalar(6755399441055744.0));
  const vec n = (x * vbroadcast<Scalar>(Scalar(1.4426950408889634074)) + magic) - magic;
  // Cody-Waite: ln2 split so that n · ln2_hi is exact.
  const vec ln2_hi =
      vbroadcast<Scalar>(is_float ? Scalar(0.693145751953125) : Scalar(0.693147180369123816490));
  const vec ln2_lo = vbroadcast<Scalar>(is_float ? Scalar(1.428606765330187045e-06)
                                                 : Scalar(1.90821492927058770002e-10));
  vec r = vfma<Scalar>(-n, ln2_hi, x);
  r = vfma<Scalar>(-n, ln2_lo, r);
  // q = e^r - 1 = r (1 + r/2 (1 + r/3 (1 + ...))): Horner on the Taylor series, nested so the
  // leading term keeps full relative accuracy for small r.
  constexpr int degree = is_float ? 7 : 13;
  vec p = vbroadcast<Scalar>(Scalar(1));
  for (int k = degree; k >= 2; --k)
    p = vfma<Scalar>(p, r * vbroadcast<Scalar>(Scalar(1) / static_cast<Scalar>(k)),
                     vbroadcast<Scalar>(Scalar(1)));
  q = r * p;
  // 2^n from the exponent bits.
  const ivec bias = (ivec{} + (is_float ? 127 : 1023));
  const ivec ni = __builtin_convertvector(n, ivec);
  const ivec bits = (ni + bias) << (is_float ? 23 : 52);
  std::memcpy(&scale, &bits, sizeof scale);
}

/// exp(x) per lane.
template <std::floating_point Scalar>
[[nodiscard]] inline simd_t<Scalar> vexp(const simd_t<Scalar>& x) noexcept {
  simd_t<Scalar> q;
  simd_t<Scalar> scale;
  vexp_parts<Scalar>(x, q, scale);
  return vfma<Scalar>(scale, q, scale);  // 2^n (1 + q)
}

/// exp(x) - 1 per lane, accurate relative to the result also near x = 0.
template <std::floating_point Scalar>
[[nodiscard]] inline simd_t<Scalar> vexpm1(const simd_t<Scalar>& x) noexcept {
  simd_t<Scalar> q;
  simd_t<Scalar> scale;
  vexp_parts<Scalar>(x, q, scale);
  // 2^n (1 + q) - 1 = 2^n q + (2^n - 1); for n = 0 this is exactly q.
  return vfma<Scalar>(scale, q, scale - vbroadcast<Scalar>(Scalar(1)));
}

/// 1 / (1 + exp(-x)) per lane.
template <std::floating_point Scalar>
[[nodiscard]] inline simd_t<Scalar> vsigmoid(const simd_t<Scalar>& x) noexcept {
  const simd_t<Scalar> one = vbroadcast<Scalar>(Scalar(1));
  return one / (one + vexp<Scalar>(-x));
}

/// tanh(x) per lane: sign(x) · (-e) / (2 + e) with e = expm1(-2|x|).
template <std::floating_point Scalar>
[[nodiscard]] inline simd_t<Scalar> vtanh(const simd_t<Scalar>& x) noexcept {
  const simd_t<Scalar> zero{};
  const auto negative = x < zero;
  const simd_t<Scalar> a = negative ? -x : x;
  const simd_t<Scalar> e = vexpm1<Scalar>(a * vbroadcast<Scalar>(Scalar(-2)));
  const simd_t<Scalar> t = -e / (vbroadcast<Scalar>(Scalar(2)) + e);
  return negative ? -t : t;
}

/// The first `count` lanes loaded from p, the others zero.
template <std::floating_point Scalar>
[[nodiscard]] inline simd_t<Scalar> vload_n(const Scalar* p, core::index count) noexcept {
  simd_t<Scalar> v{};
  std::memcpy(&v, p, static_cast<std::size_t>(count) * sizeof(Scalar));
  return v;
}

/// Stores the first `count` lanes of v to p.
template <std::floating_point Scalar>
inline void vstore_n(Scalar* p, const simd_t<Scalar>& v, core::index count) noexcept {
  std::memcpy(p, &v, static_cast<std::size_t>(count) * sizeof(Scalar));
}

/// A full vector: the count is the lane count, known at compile time.
template <std::floating_point Scalar, core::index N>
[[nodiscard]] inline simd_t<Scalar> vload_n(const Scalar* p,
                                            std::integral_constant<core::index, N>) noexcept {
  static_assert(N == lanes<Scalar>);
  return vload<Scalar>(p);
}

/// Stores a full vector.
template <std::floating_point Scalar, core::index N>
inline void vstore_n(Scalar* p, const simd_t<Scalar>& v,
                     std::integral_constant<core::index, N>) noexcept {
  static_assert(N == lanes<Scalar>);
  vstore<Scalar>(p, v);
}

/// Calls body(i, count) for i = 0, lanes, 2 lanes, ... < n with count = lanes (as a compile-time
/// constant) and, for a tail, count = n - i: a body written with vload_n/vstore_n handles both,
/// with the same arithmetic for every element.
template <std::floating_point Scalar, typename Body>
inline void lanes_loop(core::index n, Body&& body) {
  constexpr core::index ln = lanes<Scalar>;
  core::index i = 0;
  for (; i + ln <= n; i += ln)
    body(i, std::integral_constant<core::index, ln>{});
  if (i < n)
    body(i, n - i);
}

}  // namespace foresight::nn::detail

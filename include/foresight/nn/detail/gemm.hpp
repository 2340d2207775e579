// SPDX-License-Identifier: Apache-2.0
/// \file
/// Internal: the matrix product C (+)= A·B used by every layer, with B packed once into column
/// panels (a weight matrix is packed once per forward or backward pass and reused at every time
/// step) and a register-blocked micro-kernel written with GCC/Clang vector extensions, so it
/// compiles for any x86-64 (SSE2 baseline) and widens to AVX2 or AVX-512 when the consumer
/// compiles with those enabled. No allocation happens inside `gemm`.
///
/// Each element of C is computed by the same sequence of operations whatever the number of
/// threads or the position of its tile, so results do not depend on the thread count.
/// References: Goto & van de Geijn (2008), "Anatomy of high-performance matrix multiplication",
/// ACM TOMS 34(3) (panel packing and the register-blocked micro-kernel).
#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstring>
#include <type_traits>
#include <vector>

#include <foresight/core/parallel.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/detail/simd.hpp>

namespace foresight::nn::detail {

/// Columns of one wide packed panel (the widest micro-tile).
template <std::floating_point Scalar>
inline constexpr core::index panel_width = lanes<Scalar>* simd_vectors_per_tile;

/// Rows of one micro-tile.
inline constexpr core::index tile_rows = 6;

/// Rows per cache block of A (a multiple of tile_rows).
inline constexpr core::index block_rows = 96;

/// Depth per cache block (keeps a block of a B panel in L1/L2).
inline constexpr core::index block_depth = 256;

/// B (k × n) packed into panels of k × width values (zero-padded), so the micro-kernel reads B
/// contiguously. A B of at most one vector's width uses one-vector panels (no padding to the wide
/// panel), wider ones use wide panels. Re-packing with the same or a smaller shape reuses the
/// storage.
template <std::floating_point Scalar>
class packed_matrix {
 public:
  /// Packs B = W^T for a row-major W of n × k (PyTorch's out × in weight layout), row stride ldw;
  /// with `bias` (n values), products that do not accumulate start from the bias instead of 0.
  void pack_transposed(const Scalar* w, core::index n, core::index k, core::index ldw,
                       const Scalar* bias = nullptr) {
    reshape(k, n);
    set_bias(bias);
    for (core::index p = 0; p < panels_; ++p) {
      Scalar* dst = panel(p);
      const core::index c0 = p * width_;
      const core::index cn = std::min(width_, n - c0);
      for (core::index kk = 0; kk < k; ++kk) {
        Scalar* row = dst + kk * width_;
        for (core::index j = 0; j < cn; ++j)
          row[j] = w[(c0 + j) * ldw + kk];
        for (core::index j = cn; j < width_; ++j)
          row[j] = Scalar{0};
      }
    }
  }

  /// Packs a row-major B of k × n with row stride ldb.
  void pack(const Scalar* b, core::index k, core::index n, core::index ldb) {
    reshape(k, n);
    set_bias(nullptr);
    for (core::index p = 0; p < panels_; ++p) {
      Scalar* dst = panel(p);
      const core::index c0 = p * width_;
      const core::index cn = std::min(width_, n - c0);
      for (core::index kk = 0; kk < k; ++kk) {
        const Scalar* src = b + kk * ldb + c0;
        Scalar* row = dst + kk * width_;
        for (core::index j = 0; j < cn; ++j)
          row[j] = src[j];
        for (core::index j = cn; j < width_; ++j)
          row[j] = Scalar{0};
      }
    }
  }

  /// A scratch area of at least n values, owned by this workspace.
  [[nodiscard]] Scalar* scratch(core::index n) {
    if (static_cast<core::index>(scratch_.size()) < n)
      scratch_.resize(static_cast<std::size_t>(n));
    return scratch_.data();
  }

  /// Rows of B (the inner dimension k).
  [[nodiscard]] core::index depth() const noexcept { return k_; }
  /// Columns of B.
  [[nodiscard]] core::index cols() const noexcept { return n_; }
  /// Number of panels.
  [[nodiscard]] core::index panels() const noexcept { return panels_; }
  /// Columns per panel (one vector or the wide panel).
  [[nodiscard]] core::index width() const noexcept { return width_; }
  /// Start of panel `p` (k × width values).
  [[nodiscard]] const Scalar* panel(core::index p) const noexcept {
    return data_.data() + static_cast<std::size_t>(p * k_ * width_);
  }
  /// Bias of panel `p` (width values, zero-padded), or null without a bias.
  [[nodiscard]] const Scalar* bias(core::index p) const noexcept {
    return has_bias_ ? bias_.data() + static_cast<std::size_t>(p * width_) : nullptr;
  }

 private:
  Scalar* panel(core::index p) noexcept {
    return data_.data() + static_cast<std::size_t>(p * k_ * width_);
  }

  void set_bias(const Scalar* bias) {
    has_bias_ = bias != nullptr;
    if (!has_bias_)
      return;
    const auto width = static_cast<std::size_t>(panels_ * width_);
    if (bias_.size() < width)
      bias_.resize(width);
    std::fill(bias_.begin(), bias_.begin() + static_cast<std::ptrdiff_t>(width), Scalar{0});
    std::copy_n(bias, n_, bias_.begin());
  }

  void reshape(core::index k, core::index n) {
    k_ = k;
    n_ = n;
    width_ = n <= lanes<Scalar> ? lanes<Scalar> : panel_width<Scalar>;
    panels_ = (n + width_ - 1) / width_;
    const auto need = static_cast<std::size_t>(panels_ * k * width_);
    if (data_.size() < need)
      data_.resize(need);
  }

  std::vector<Scalar> data_;
  std::vector<Scalar> bias_;
  std::vector<Scalar> scratch_;
  bool has_bias_ = false;
  core::index k_ = 0;
  core::index n_ = 0;
  core::index width_ = panel_width<Scalar>;
  core::index panels_ = 0;
};

/// Micro-kernel: C[0:R, 0:NV·lanes] = init + A[0:R, 0:k] · panel, where A(r, kk) is
/// a[r * rs + kk * cs] and init is C itself (`accumulate`), else the panel's `bias` row, else 0.
template <std::floating_point Scalar, int R, int NV>
inline void micro_kernel(core::index k, const Scalar* a, core::index rs, core::index cs,
                         const Scalar* b, Scalar* c, core::index ldc, bool accumulate,
                         const Scalar* bias) noexcept {
  using vec = simd_t<Scalar>;
  constexpr int ln = lanes<Scalar>;
  constexpr core::index nr = NV * ln;
  vec acc[R][NV];
#pragma GCC unroll 8
  for (int r = 0; r < R; ++r) {
#pragma GCC unroll 4
    for (int v = 0; v < NV; ++v) {
      acc[r][v] = accumulate        ? vload<Scalar>(c + r * ldc + v * ln)
                  : bias != nullptr ? vload<Scalar>(bias + v * ln)
                                    : vec{};
    }
  }
  for (core::index kk = 0; kk < k; ++kk) {
    vec bv[NV];
#pragma GCC unroll 4
    for (int v = 0; v < NV; ++v)
      bv[v] = vload<Scalar>(b + kk * nr + v * ln);
    const Scalar* ak = a + kk * cs;
#pragma GCC unroll 8
    for (int r = 0; r < R; ++r) {
      const vec s = vbroadcast<Scalar>(ak[r * rs]);
#pragma GCC unroll 4
      for (int v = 0; v < NV; ++v)
        acc[r][v] = vfma<Scalar>(s, bv[v], acc[r][v]);
    }
  }
#pragma GCC unroll 8
  for (int r = 0; r < R; ++r) {
#pragma GCC unroll 4
    for (int v = 0; v < NV; ++v)
      vstore<Scalar>(c + r * ldc + v * ln, acc[r][v]);
  }
}

/// Runs the micro-kernel for `rows` (1..tile_rows) rows of NV-vector panels.
template <std::floating_point Scalar, int NV>
inline void micro_rows(core::index rows, core::index k, const Scalar* a, core::index rs,
                       core::index cs, const Scalar* b, Scalar* c, core::index ldc, bool accumulate,
                       const Scalar* bias) noexcept {
  switch (rows) {
    case 6:
      micro_kernel<Scalar, 6, NV>(k, a, rs, cs, b, c, ldc, accumulate, bias);
      break;
    case 5:
      micro_kernel<Scalar, 5, NV>(k, a, rs, cs, b, c, ldc, accumulate, bias);
      break;
    case 4:
      micro_kernel<Scalar, 4, NV>(k, a, rs, cs, b, c, ldc, accumulate, bias);
      break;
    case 3:
      micro_kernel<Scalar, 3, NV>(k, a, rs, cs, b, c, ldc, accumulate, bias);
      break;
    case 2:
      micro_kernel<Scalar, 2, NV>(k, a, rs, cs, b, c, ldc, accumulate, bias);
      break;
    default:
      micro_kernel<Scalar, 1, NV>(k, a, rs, cs, b, c, ldc, accumulate, bias);
      break;
  }
}

/// Runs the micro-kernel for `rows` rows of a panel `width` columns wide.
template <std::floating_point Scalar>
inline void micro_dispatch(core::index width, core::index rows, core::index k, const Scalar* a,
                           core::index rs, core::index cs, const Scalar* b, Scalar* c,
                           core::index ldc, bool accumulate, const Scalar* bias) noexcept {
  if (width == panel_width<Scalar>) {
    micro_rows<Scalar, simd_vectors_per_tile>(rows, k, a, rs, cs, b, c, ldc, accumulate, bias);
  } else {
    micro_rows<Scalar, 1>(rows, k, a, rs, cs, b, c, ldc, accumulate, bias);
  }
}

/// A strided view of the left operand: A(r, kk) = data[r * row_stride + kk * col_stride].
template <std::floating_point Scalar>
struct lhs_view {
  const Scalar* data = nullptr;
  core::index row_stride = 0;
  core::index col_stride = 1;
};

/// Row-major A (m × k) with row stride `ld`.
template <std::floating_point Scalar>
[[nodiscard]] lhs_view<Scalar> row_major(const Scalar* a, core::index ld) noexcept {
  return {a, ld, 1};
}

/// A = X^T for a row-major X (k × m) with row stride `ld` (a weight-gradient product).
template <std::floating_point Scalar>
[[nodiscard]] lhs_view<Scalar> transposed(const Scalar* x, core::index ld) noexcept {
  return {x, 1, ld};
}

/// Rows [r0, r1) of C (+)= A·B for all panels, one depth block [k0, k0 + kc).
template <std::floating_point Scalar>
void gemm_rows(core::index r0, core::index r1, core::index k0, core::index kc,
               const lhs_view<Scalar>& a, const packed_matrix<Scalar>& b, Scalar* c,
               core::index ldc, bool accumulate) {
  const core::index nr = b.width();
  const core::index n = b.cols();
  alignas(64) Scalar edge[tile_rows * panel_width<Scalar>];
  for (core::index p = 0; p < b.panels(); ++p) {
    const Scalar* bp = b.panel(p) + k0 * nr;
    const Scalar* bias = accumulate ? nullptr : b.bias(p);
    const core::index c0 = p * nr;
    const core::index cn = std::min(nr, n - c0);
    for (core::index i = r0; i < r1; i += tile_rows) {
      const core::index rows = std::min(tile_rows, r1 - i);
      const Scalar* ai = a.data + i * a.row_stride + k0 * a.col_stride;
      Scalar* ci = c + i * ldc + c0;
      if (cn == nr) {
        micro_dispatch<Scalar>(nr, rows, kc, ai, a.row_stride, a.col_stride, bp, ci, ldc,
                               accumulate, bias);
      } else {
        // Partial last panel: compute a full tile aside, then add the valid columns.
        micro_dispatch<Scalar>(nr, rows, kc, ai, a.row_stride, a.col_stride, bp, edge, nr, false,
                               bias);
        for (core::index r = 0; r < rows; ++r) {
          for (core::index j = 0; j < cn; ++j)
            ci[r * ldc + j] = accumulate ? ci[r * ldc + j] + edge[r * nr + j] : edge[r * nr + j];
        }
      }
    }
  }
}

/// C (m × n, row stride ldc) = A·B, or C += A·B when `accumulate`; A is m × k (see lhs_view), B
/// is packed. `threads` > 1 splits the rows of C into fixed blocks (the result is the same for any
/// thread count).
template <std::floating_point Scalar>
void gemm(core::index m, const lhs_view<Scalar>& a, const packed_matrix<Scalar>& b, Scalar* c,
          core::index ldc, bool accumulate, int threads = 1) {
  const core::index k = b.depth();
  if (m == 0 || b.cols() == 0)
    return;
  if (k == 0) {
    if (!accumulate) {
      for (core::index i = 0; i < m; ++i) {
        for (core::index j = 0; j < b.cols(); ++j) {
          const Scalar* bias = b.bias(j / b.width());
          c[i * ldc + j] = bias != nullptr ? bias[j % b.width()] : Scalar{0};
        }
      }
    }
    return;
  }
  const core::index blocks = (m + block_rows - 1) / block_rows;
  auto run_block = [&](core::index blk) {
    const core::index r0 = blk * block_rows;
    const core::index r1 = std::min(m, r0 + block_rows);
    for (core::index k0 = 0; k0 < k; k0 += block_depth) {
      const core::index kc = std::min(block_depth, k - k0);
      gemm_rows(r0, r1, k0, kc, a, b, c, ldc, accumulate || k0 > 0);
    }
  };
  if (threads > 1 && blocks > 1) {
    core::parallel_for(blocks, threads, run_block);
  } else {
    for (core::index blk = 0; blk < blocks; ++blk)
      run_block(blk);
  }
}

/// C (m × n) (+)= A (m × k, row-major, stride lda) · W^T for a row-major W (n × k, stride ldw):
/// the `x · weight^T` of a linear layer, plus `bias` (n values) when given and not accumulating.
/// `pack` is the reusable packing buffer.
template <std::floating_point Scalar>
void gemm_nt(core::index m, core::index n, core::index k, const Scalar* a, core::index lda,
             const Scalar* w, core::index ldw, packed_matrix<Scalar>& pack, Scalar* c,
             core::index ldc, bool accumulate, int threads = 1, const Scalar* bias = nullptr) {
  pack.pack_transposed(w, n, k, ldw, bias);
  gemm(m, row_major(a, lda), pack, c, ldc, accumulate, threads);
}

/// C (m × n) (+)= A (m × k, row-major) · B (k × n, row-major, stride ldb).
template <std::floating_point Scalar>
void gemm_nn(core::index m, core::index n, core::index k, const Scalar* a, core::index lda,
             const Scalar* b, core::index ldb, packed_matrix<Scalar>& pack, Scalar* c,
             core::index ldc, bool accumulate, int threads = 1) {
  pack.pack(b, k, n, ldb);
  gemm(m, row_major(a, lda), pack, c, ldc, accumulate, threads);
}

/// C (m × n) (+)= X^T · Y for row-major X (k × m, stride ldx) and Y (k × n, stride ldy): the
/// weight gradient dW += dY^T · X summed over all rows (time steps and batch) at once. A narrow C
/// (n below one panel) is computed as C^T = Y^T X, whose wide side is m, and added transposed.
template <std::floating_point Scalar>
void gemm_tn(core::index m, core::index n, core::index k, const Scalar* x, core::index ldx,
             const Scalar* y, core::index ldy, packed_matrix<Scalar>& pack, Scalar* c,
             core::index ldc, bool accumulate, int threads = 1) {
  if (n <= lanes<Scalar> && m > panel_width<Scalar>) {
    pack.pack(x, k, m, ldx);
    Scalar* ct = pack.scratch(n * m);
    gemm(n, transposed(y, ldy), pack, ct, m, false, threads);
    for (core::index i = 0; i < m; ++i) {
      for (core::index j = 0; j < n; ++j)
        c[i * ldc + j] = accumulate ? c[i * ldc + j] + ct[j * m + i] : ct[j * m + i];
    }
    return;
  }
  pack.pack(y, k, n, ldy);
  gemm(m, transposed(x, ldx), pack, c, ldc, accumulate, threads);
}

}  // namespace foresight::nn::detail

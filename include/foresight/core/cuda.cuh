// SPDX-License-Identifier: Apache-2.0
/// \file
/// CUDA error checking and a move-only device buffer, shared by the CUDA kernels of foresight.
/// Included only from `.cu` files compiled with `foresight::cuda` (FORESIGHT_HAS_CUDA); CPU headers
/// never include it.
#pragma once

#if !defined(FORESIGHT_HAS_CUDA)
#error "foresight/core/cuda.cuh needs FORESIGHT_HAS_CUDA: link the foresight::cuda target"
#endif

#include <cstddef>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <cublas_v2.h>
#include <cuda_runtime.h>

#include <foresight/core/error.hpp>

namespace foresight::core::detail {

/// Throws `cuda_error` naming `call`, `file:line` and CUDA's error string unless `status` is OK.
inline void cuda_check(cudaError_t status, const char* call, const char* file, int line) {
  if (status != cudaSuccess) {
    throw cuda_error(concat(call, " failed at ", file, ":", line, ": ", cudaGetErrorName(status),
                            ": ", cudaGetErrorString(status)));
  }
}

/// Throws `cuda_error` naming `call`, `file:line` and the cuBLAS status unless it is success.
inline void cuda_check(cublasStatus_t status, const char* call, const char* file, int line) {
  if (status != CUBLAS_STATUS_SUCCESS) {
    throw cuda_error(
        concat(call, " failed at ", file, ":", line, ": cuBLAS status ", static_cast<int>(status)));
  }
}

}  // namespace foresight::core::detail

/// Checks a CUDA runtime or cuBLAS call; throws foresight::core::cuda_error on failure.
#define FORESIGHT_CUDA_CHECK(expr) \
  ::foresight::core::detail::cuda_check((expr), #expr, __FILE__, __LINE__)

namespace foresight::core {

/// Owning, move-only buffer of `size` elements of `T` in device memory.
template <typename T>
class device_buffer {
 public:
  /// An empty buffer.
  device_buffer() = default;

  /// Allocates `size` elements (uninitialised). Throws: cuda_error if the allocation fails.
  explicit device_buffer(std::size_t size) : size_(size) {
    if (size_ > 0)
      FORESIGHT_CUDA_CHECK(cudaMalloc(reinterpret_cast<void**>(&data_), size_ * sizeof(T)));
  }

  /// Allocates and copies `host` to the device. Throws: cuda_error on failure.
  explicit device_buffer(std::span<const T> host) : device_buffer(host.size()) { upload(host); }

  device_buffer(const device_buffer&) = delete;
  device_buffer& operator=(const device_buffer&) = delete;
  /// Takes over `other`'s memory.
  device_buffer(device_buffer&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}
  /// Releases this buffer's memory and takes over `other`'s.
  device_buffer& operator=(device_buffer&& other) noexcept {
    if (this != &other) {
      release();
      data_ = std::exchange(other.data_, nullptr);
      size_ = std::exchange(other.size_, 0);
    }
    return *this;
  }
  ~device_buffer() { release(); }

  /// Device pointer (nullptr when empty).
  [[nodiscard]] T* data() noexcept { return data_; }
  /// Device pointer (nullptr when empty).
  [[nodiscard]] const T* data() const noexcept { return data_; }
  /// Number of elements.
  [[nodiscard]] std::size_t size() const noexcept { return size_; }

  /// Copies `host` (exactly size() elements) to the device.
  /// Throws: dimension_mismatch if the sizes differ; cuda_error on failure.
  void upload(std::span<const T> host) {
    detail::require_size(host.size(), size_, "core::device_buffer::upload", "host span");
    if (size_ > 0) {
      FORESIGHT_CUDA_CHECK(
          cudaMemcpy(data_, host.data(), size_ * sizeof(T), cudaMemcpyHostToDevice));
    }
  }

  /// Copies the buffer back to the host. Throws: cuda_error on failure.
  [[nodiscard]] std::vector<T> download() const {
    std::vector<T> out(size_);
    if (size_ > 0) {
      FORESIGHT_CUDA_CHECK(
          cudaMemcpy(out.data(), data_, size_ * sizeof(T), cudaMemcpyDeviceToHost));
    }
    return out;
  }

 private:
  void release() noexcept {
    if (data_ != nullptr)
      cudaFree(data_);  // errors on release cannot be reported from a destructor
    data_ = nullptr;
    size_ = 0;
  }

  T* data_ = nullptr;
  std::size_t size_ = 0;
};

/// Number of CUDA devices visible to this process (0 when there is no usable device or driver).
[[nodiscard]] inline int cuda_device_count() noexcept {
  int n = 0;
  if (cudaGetDeviceCount(&n) != cudaSuccess) {
    cudaGetLastError();  // clear the sticky error of a missing driver
    return 0;
  }
  return n;
}

}  // namespace foresight::core

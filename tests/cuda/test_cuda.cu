// SPDX-License-Identifier: Apache-2.0
// CUDA smoke tests (ctest label "gpu"): compiled in CI, run where a GPU is present. They compare
// a device computation (cuBLAS SAXPY) against the same computation on the CPU.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include <foresight/core/cuda.cuh>

namespace core = foresight::core;

TEST_CASE("device_buffer round-trips data and cuBLAS SAXPY matches the CPU") {
  if (core::cuda_device_count() == 0) {
    MESSAGE("FORESIGHT_SKIPPED: no CUDA device");
    return;
  }
  std::vector<float> x(1000);
  std::vector<float> y(1000);
  for (std::size_t i = 0; i < x.size(); ++i) {
    x[i] = 0.5f * static_cast<float>(i);
    y[i] = 1.0f - static_cast<float>(i);
  }
  core::device_buffer<float> dx{std::span<const float>(x)};
  core::device_buffer<float> dy{std::span<const float>(y)};
  CHECK(dx.download() == x);
  cublasHandle_t handle = nullptr;
  FORESIGHT_CUDA_CHECK(cublasCreate(&handle));
  const float alpha = 2.0f;
  FORESIGHT_CUDA_CHECK(cublasSaxpy(handle, 1000, &alpha, dx.data(), 1, dy.data(), 1));
  FORESIGHT_CUDA_CHECK(cublasDestroy(handle));
  const std::vector<float> got = dy.download();
  for (std::size_t i = 0; i < x.size(); ++i)
    CHECK(got[i] == doctest::Approx(alpha * x[i] + y[i]));
}

TEST_CASE("FORESIGHT_CUDA_CHECK throws cuda_error naming the call") {
  CHECK_THROWS_AS(FORESIGHT_CUDA_CHECK(cudaErrorInvalidValue), core::cuda_error);
  CHECK_THROWS_WITH_AS(FORESIGHT_CUDA_CHECK(CUBLAS_STATUS_NOT_INITIALIZED),
                       doctest::Contains("CUBLAS_STATUS_NOT_INITIALIZED"), core::cuda_error);
  core::device_buffer<double> empty;
  CHECK(empty.size() == 0);
  CHECK(empty.download().empty());
  std::vector<double> two{1.0, 2.0};
  CHECK_THROWS_AS(empty.upload(std::span<const double>(two)), core::dimension_mismatch);
}

// SPDX-License-Identifier: Apache-2.0
// Tests of nn/schedule.hpp against PyTorch 1.13.1's StepLR and CosineAnnealingLR.
#include <foresight/nn/schedule.hpp>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE("nn::scheduled_rate matches PyTorch's StepLR and CosineAnnealingLR") {
  // torch 1.13.1: SGD(lr=0.1); StepLR(step_size=3, gamma=0.5); CosineAnnealingLR(T_max=7,
  // eta_min=0.01); 12 epochs (make_reference.py schedule_cases)
  const reference ref("schedules", "f64");
  std::vector<double> step;
  std::vector<double> cosine;
  for (core::index e = 0; e < 12; ++e) {
    step.push_back(fnn::scheduled_rate(
        {.kind = fnn::schedule_kind::step, .step_size = 3, .gamma = 0.5}, 0.1, e));
    cosine.push_back(fnn::scheduled_rate(
        {.kind = fnn::schedule_kind::cosine, .t_max = 7, .eta_min = 0.01}, 0.1, e));
  }
  check_values<double>(ref, "step", step.data(), step.size());
  check_values<double>(ref, "cosine", cosine.data(), cosine.size());
  CHECK(fnn::scheduled_rate({}, 0.3, 100) == 0.3);
  CHECK_THROWS_AS(
      (void)fnn::scheduled_rate({.kind = fnn::schedule_kind::step, .step_size = 0}, 0.1, 1),
      core::invalid_input);
  CHECK_THROWS_AS((void)fnn::scheduled_rate({}, 0.1, -1), core::invalid_input);
  CHECK(fnn::to_string(fnn::schedule_kind::cosine) == "cosine");
}

// SPDX-License-Identifier: Apache-2.0
// Tests of nn/loss.hpp: MSE, L1 and Huber against PyTorch 1.13.1 nn.MSELoss, nn.L1Loss,
// nn.HuberLoss(delta=0.7); the pinball loss against the same formula in torch ops.
#include <foresight/nn/loss.hpp>

#include <doctest/doctest.h>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

TEST_CASE_TEMPLATE("nn losses and gradients match PyTorch", T, float, double) {
  // make_reference.py loss_cases: prediction and target (4, 3), seed 20
  const reference ref("losses", suffix<T>());
  const auto p = ref.tensor<T, 2>("prediction");
  const auto y = ref.tensor<T, 2>("target");
  fnn::tensor<T, 2> g;
  auto check_loss = [&](const char* name, double value) {
    const double dev = std::abs(value - ref.value(std::string(name) + ".loss")) /
                       std::abs(ref.value(std::string(name) + ".loss"));
    record(ref, std::string(name) + " loss", dev);
    CHECK(dev <= tolerance<T>);
    check_values<T>(ref, std::string(name) + ".grad", g.data(), g.size(),
                    std::string(name) + " grad");
  };
  check_loss("mse", fnn::mse_loss(p, y, &g));
  check_loss("mae", fnn::mae_loss(p, y, &g));
  check_loss("huber", fnn::huber_loss(p, y, T(0.7), &g));
  // torch.maximum(q e, (q - 1) e).mean() with q = (0.1, 0.5, 0.9), prediction (4, 3, 3)
  const auto qp = ref.tensor<T, 3>("quantile_prediction");
  fnn::tensor<T, 3> gq;
  const double pin = fnn::pinball_loss(qp, y, {T(0.1), T(0.5), T(0.9)}, &gq);
  const double dev = std::abs(pin - ref.value("pinball.loss")) / ref.value("pinball.loss");
  record(ref, "pinball loss", dev);
  CHECK(dev <= tolerance<T>);
  check_values<T>(ref, "pinball.grad", gq.data(), gq.size(), "pinball grad");
}

TEST_CASE("nn losses: known values, NaN predictions, bad input") {
  fnn::tensor<double, 2> p({1, 2});
  fnn::tensor<double, 2> y({1, 2});
  p(0, 0) = 1;
  p(0, 1) = 4;
  y(0, 0) = 0;
  y(0, 1) = 2;
  CHECK(fnn::mse_loss(p, y) == doctest::Approx(2.5));    // (1 + 4) / 2
  CHECK(fnn::mae_loss(p, y) == doctest::Approx(1.5));    // (1 + 2) / 2
  CHECK(fnn::huber_loss(p, y) == doctest::Approx(1.0));  // (0.5 + 1.5) / 2
  fnn::tensor<double, 3> q({1, 2, 1});
  q(0, 0, 0) = 1;
  q(0, 1, 0) = 4;
  // errors y - q = -1, -2 at level 0.9: 0.1 and 0.2, mean 0.15
  CHECK(fnn::pinball_loss(q, y, {0.9}) == doctest::Approx(0.15));
  p(0, 0) = NAN;
  CHECK(std::isnan(fnn::mse_loss(p, y)));
  y(0, 0) = NAN;
  CHECK_THROWS_AS((void)fnn::mse_loss(p, y), core::invalid_input);
  fnn::tensor<double, 2> other({2, 1});
  other.fill(0);
  CHECK_THROWS_WITH_AS((void)fnn::mae_loss(p, other),
                       "nn::mae_loss: target has shape (2, 1); expected (1, 2)",
                       core::dimension_mismatch);
  CHECK_THROWS_AS((void)fnn::huber_loss(other, other, 0.0), core::invalid_input);
  CHECK_THROWS_AS((void)fnn::pinball_loss(q, other, {0.5}), core::dimension_mismatch);
  y(0, 0) = 0;
  CHECK_THROWS_AS((void)fnn::pinball_loss(q, y, {1.0}), core::invalid_input);
  CHECK(fnn::to_string(fnn::point_loss::huber) == "huber");
}

TEST_CASE("nn loss gradients agree with finite differences (double)") {
  // Random predictions and targets: no error lies within eps of a kink (0 for L1 and pinball,
  // ±delta for Huber's second derivative), so central differences are exact to O(eps^2).
  const auto y = random_tensor<double, 2>({5, 3}, 1);
  auto p = random_tensor<double, 2>({5, 3}, 2);
  auto q = random_tensor<double, 3>({5, 3, 4}, 3);
  const std::vector<double> levels{0.05, 0.3, 0.5, 0.95};
  constexpr double eps = 1e-6;
  auto worst_deviation = [&](auto& pred, const auto& analytic, auto loss) {
    double worst = 0;
    for (std::size_t i = 0; i < pred.size(); ++i) {
      const double keep = pred.data()[i];
      pred.data()[i] = keep + eps;
      const double up = loss();
      pred.data()[i] = keep - eps;
      const double down = loss();
      pred.data()[i] = keep;
      worst = std::max(worst, std::abs((up - down) / (2 * eps) - analytic.data()[i]));
    }
    return worst;
  };
  fnn::tensor<double, 2> g;
  (void)fnn::mse_loss(p, y, &g);
  CHECK(worst_deviation(p, g, [&] { return fnn::mse_loss(p, y); }) < 1e-8);
  (void)fnn::mae_loss(p, y, &g);
  CHECK(worst_deviation(p, g, [&] { return fnn::mae_loss(p, y); }) < 1e-8);
  (void)fnn::huber_loss(p, y, 0.6, &g);
  CHECK(worst_deviation(p, g, [&] { return fnn::huber_loss(p, y, 0.6); }) < 1e-8);
  fnn::tensor<double, 3> gq;
  (void)fnn::pinball_loss(q, y, levels, &gq);
  CHECK(worst_deviation(q, gq, [&] { return fnn::pinball_loss(q, y, levels); }) < 1e-8);
}

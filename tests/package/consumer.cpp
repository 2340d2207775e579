// SPDX-License-Identifier: Apache-2.0
// A consumer program: uses core headers through the foresight::foresight target and checks a
// known value, so the packaging test fails if the headers or the include paths are wrong.
#include <cmath>
#include <cstdio>

#include <foresight/core/forecast.hpp>
#include <foresight/core/series.hpp>

int main() {
  namespace core = foresight::core;
  const core::time_series<double> y(std::vector<double>{3.0, 4.0, 5.0}, 1, "t1");
  const core::vector<double> mu = core::vector<double>::Constant(2, y.values().mean());
  const core::vector<double> sd = core::vector<double>::Ones(2);
  const auto f = core::make_normal_forecast<double>(mu, sd, {0.95});
  // R 4.2.2: 4 + qnorm(0.975) = 5.959963984540054
  const double want = 5.959963984540054;
  std::printf("consumer: upper 95%% bound %.15f (want %.15f)\n", f.upper(0, 0), want);
  return std::abs(f.upper(0, 0) - want) < 1e-12 ? 0 : 1;
}

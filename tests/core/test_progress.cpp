// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <chrono>

#include <foresight/core/progress.hpp>

namespace core = foresight::core;

TEST_CASE("progress_reporter without a callback never cancels") {
  core::progress_reporter r;
  CHECK(r.report({.stage = "x", .done = 1, .total = 2}));
  CHECK_FALSE(r.is_cancelled());
}

TEST_CASE("progress_reporter throttles calls but always delivers forced reports") {
  int calls = 0;
  core::progress_reporter r([&](const core::progress&) { return ++calls < 100; },
                            std::chrono::hours{1});
  CHECK(r.report({.stage = "a"}));  // the first report is always delivered
  CHECK(r.report({.stage = "a"}));  // throttled
  CHECK(calls == 1);
  CHECK(r.report({.stage = "a"}, true));
  CHECK(calls == 2);
}

TEST_CASE("progress_reporter remembers a cancellation and fills elapsed time") {
  double seen_elapsed = -1;
  core::progress_reporter r([&](const core::progress& p) {
    seen_elapsed = p.elapsed_seconds;
    return false;
  });
  CHECK_FALSE(r.report({.stage = "fit", .done = 0, .total = 10}));
  CHECK(r.is_cancelled());
  CHECK(seen_elapsed >= 0);
  CHECK_FALSE(r.report({.stage = "fit"}, true));
}

TEST_CASE("fit_status names are stable") {
  CHECK(core::to_string(core::fit_status::converged) == "converged");
  CHECK(core::to_string(core::fit_status::cancelled) == "cancelled");
  CHECK(static_cast<int>(core::fit_status::time_limit) == 2);
}

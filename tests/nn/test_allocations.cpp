// SPDX-License-Identifier: Apache-2.0
// The hot loops of nn allocate nothing per time step: every heap allocation of this executable is
// counted (operator new replaced; malloc, calloc, realloc, posix_memalign and aligned_alloc
// wrapped by the linker's --wrap, so Eigen's and xtensor's buffers count too). A pass over 4, 30
// and 90 steps must allocate:
// - with a reused workspace (tape): the same, few times (only the returned tensors);
// - with a fresh workspace: the same for 30 and 90 steps, and at most a few more than for 4
//   steps (a workspace buffer sized by the longest product may grow once more), never a number
//   that grows with the steps.
// Its own executable (test_nn_alloc), since replacing the global allocator affects every test.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <random>
#include <string>
#include <type_traits>

#include <doctest/doctest.h>

#include <foresight/nn/gru.hpp>
#include <foresight/nn/lstm.hpp>
#include <foresight/nn/model.hpp>
#include <foresight/nn/transformer_encoder.hpp>

#include "nn_test_support.hpp"

namespace {
std::atomic<long long> allocations{0};

void count() noexcept {
  allocations.fetch_add(1, std::memory_order_relaxed);
}
}  // namespace

extern "C" {
void* __real_malloc(std::size_t size);
void* __real_calloc(std::size_t n, std::size_t size);
void* __real_realloc(void* p, std::size_t size);
int __real_posix_memalign(void** p, std::size_t alignment, std::size_t size);
void* __real_aligned_alloc(std::size_t alignment, std::size_t size);

void* __wrap_malloc(std::size_t size) {
  count();
  return __real_malloc(size);
}
void* __wrap_calloc(std::size_t n, std::size_t size) {
  count();
  return __real_calloc(n, size);
}
void* __wrap_realloc(void* p, std::size_t size) {
  count();
  return __real_realloc(p, size);
}
int __wrap_posix_memalign(void** p, std::size_t alignment, std::size_t size) {
  count();
  return __real_posix_memalign(p, alignment, size);
}
void* __wrap_aligned_alloc(std::size_t alignment, std::size_t size) {
  count();
  return __real_aligned_alloc(alignment, size);
}
}

namespace {
void* allocate(std::size_t size) {
  count();
  if (void* p = __real_malloc(size == 0 ? 1 : size))
    return p;
  throw std::bad_alloc();
}

void* allocate_aligned(std::size_t size, std::align_val_t alignment) {
  count();
  const auto a = std::max(static_cast<std::size_t>(alignment), sizeof(void*));
  void* p = nullptr;
  if (__real_posix_memalign(&p, a, size == 0 ? 1 : size) != 0)
    throw std::bad_alloc();
  return p;
}
}  // namespace

void* operator new(std::size_t size) {
  return allocate(size);
}
void* operator new[](std::size_t size) {
  return allocate(size);
}
void* operator new(std::size_t size, std::align_val_t a) {
  return allocate_aligned(size, a);
}
void* operator new[](std::size_t size, std::align_val_t a) {
  return allocate_aligned(size, a);
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete[](void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
  std::free(p);
}

namespace fnn = foresight::nn;
namespace core = foresight::core;
using foresight::test::nn::random_tensor;

namespace {
/// Allocations made by f().
template <typename F>
long long allocations_of(F&& f) {
  const long long before = allocations.load();
  f();
  return allocations.load() - before;
}

/// Allocation counts of one configuration at a sequence length.
struct counts {
  long long fresh_inference = 0;   // forward(x, tape) with a new tape
  long long reused_inference = 0;  // the same call again
  long long fresh_training = 0;    // forward(x, tape, rng) + backward with a new tape
  long long reused_training = 0;   // the same again on the reused tape

  bool operator==(const counts&) const = default;
};

/// Allocations at 4, 30 and 90 steps.
struct by_length {
  counts short_run, long_run, longer_run;
};

std::string to_string(const counts& c) {
  return std::to_string(c.fresh_inference) + "/" + std::to_string(c.reused_inference) + "/" +
         std::to_string(c.fresh_training) + "/" + std::to_string(c.reused_training);
}

/// The rule of the file comment.
void check_independent_of_length(const by_length& c) {
  INFO("allocations (fresh inference/reused inference/fresh training/reused training): 4 steps ",
       to_string(c.short_run), ", 30 steps ", to_string(c.long_run), ", 90 steps ",
       to_string(c.longer_run));
  CHECK(c.long_run == c.longer_run);
  CHECK(c.short_run.reused_inference == c.long_run.reused_inference);
  CHECK(c.short_run.reused_training == c.long_run.reused_training);
  CHECK(c.short_run.fresh_inference <= c.long_run.fresh_inference);
  CHECK(c.long_run.fresh_inference <= c.short_run.fresh_inference + 4);
  CHECK(c.short_run.fresh_training <= c.long_run.fresh_training);
  CHECK(c.long_run.fresh_training <= c.short_run.fresh_training + 4);
}

template <typename F>
by_length at_lengths(F counts_at) {
  return {counts_at(4), counts_at(30), counts_at(90)};
}

/// `run_inference(tape)` and `run_training(tape)` on a fresh tape, then again on the same tape.
template <typename Tape, typename Inference, typename Training>
counts measure(int threads, Inference run_inference, Training run_training) {
  counts c;
  {
    Tape tape;
    tape.threads = threads;
    c.fresh_inference = allocations_of([&] { run_inference(tape); });
    c.reused_inference = allocations_of([&] { run_inference(tape); });
  }
  Tape tape;
  tape.threads = threads;
  c.fresh_training = allocations_of([&] { run_training(tape); });
  c.reused_training = allocations_of([&] { run_training(tape); });
  return c;
}

/// Counts for a recurrent stack over `steps` steps.
template <typename Layer>
counts recurrent_counts(const fnn::recurrent_options& o, std::size_t steps, int threads) {
  using scalar = typename Layer::scalar_type;
  std::mt19937_64 rng{1};
  const Layer m(o, rng);
  const auto x = random_tensor<scalar, 3>({6, steps, static_cast<std::size_t>(o.input_size)}, 2);
  const auto dy =
      random_tensor<scalar, 3>({6, steps, static_cast<std::size_t>(m.output_size())}, 3);
  Layer grad = fnn::zeros_like(m);
  return measure<typename Layer::tape>(
      threads, [&](auto& tape) { (void)m.forward(x, tape); },
      [&](auto& tape) {
        std::mt19937_64 drop{4};
        (void)m.forward(x, tape, drop);
        (void)m.backward(tape, dy, grad);
      });
}

counts transformer_counts(std::size_t steps, int threads) {
  std::mt19937_64 rng{1};
  const fnn::transformer_encoder<float> enc(
      {.layer = {.d_model = 8, .num_heads = 2, .dim_feedforward = 12, .dropout = 0.1},
       .num_layers = 2},
      rng);
  const auto x = random_tensor<float, 3>({4, steps, 8}, 2);
  const auto dy = random_tensor<float, 3>({4, steps, 8}, 3);
  fnn::transformer_encoder<float> grad = fnn::zeros_like(enc);
  return measure<fnn::transformer_encoder<float>::tape>(
      threads, [&](auto& tape) { (void)enc.forward(x, tape, {.causal = true}); },
      [&](auto& tape) {
        std::mt19937_64 drop{4};
        (void)enc.forward(x, tape, drop, {.causal = true});
        (void)enc.backward(tape, dy, grad);
      });
}

counts model_counts(const fnn::sequence_model_options& o, std::size_t steps, int threads) {
  std::mt19937_64 rng{1};
  const fnn::sequence_model<float> m(o, rng);
  const auto x = random_tensor<float, 3>({5, steps, static_cast<std::size_t>(o.input_size)}, 2);
  const auto dy = random_tensor<float, 3>(
      {5, static_cast<std::size_t>(o.horizon), static_cast<std::size_t>(o.outputs_per_step)}, 3);
  fnn::sequence_model<float> grad = fnn::zeros_like(m);
  return measure<fnn::sequence_model<float>::tape>(
      threads, [&](auto& tape) { (void)m.forward(x, tape); },
      [&](auto& tape) {
        std::mt19937_64 drop{4};
        (void)m.forward(x, tape, drop);
        m.backward(tape, dy, grad);
      });
}
}  // namespace

TEST_CASE("the counting allocator sees Eigen, xtensor and std allocations") {
  static volatile float sink = 0;
  CHECK(allocations_of([] {
          fnn::weight_matrix<float> m(8, 8);
          m.setConstant(1.0f);
          sink = m.sum();
        }) == 1);
  CHECK(allocations_of([] {
          fnn::sequence<float> t({2, 3, 4});
          t.fill(2.0f);
          sink = t(1, 2, 3);
        }) >= 1);
  CHECK(allocations_of([] {
          std::string s(100, 'x');
          sink = static_cast<float>(s[static_cast<std::size_t>(sink)]);
        }) == 1);
}

TEST_CASE("nn recurrent layers allocate nothing per time step") {
  const fnn::recurrent_options cases[] = {
      {.input_size = 3, .hidden_size = 8},
      {.input_size = 3, .hidden_size = 8, .num_layers = 2, .bidirectional = true, .dropout = 0.2},
      {.input_size = 2, .hidden_size = 5, .num_layers = 2, .truncation = 3}};
  // One thread: the threaded path runs the same code on parts of the batch (parallel_for
  // allocates nothing itself; the OpenMP runtime's own allocations are not visible here), and
  // many tiny parallel regions are slow on a loaded machine.
  auto check = [](auto layer_tag, const fnn::recurrent_options& o, const char* name) {
    using layer = typename decltype(layer_tag)::type;
    const auto c =
        at_lengths([&](std::size_t steps) { return recurrent_counts<layer>(o, steps, 1); });
    INFO(name, ": layers ", o.num_layers, ", bidirectional ", o.bidirectional, ", truncation ",
         o.truncation);
    check_independent_of_length(c);
    // A reused tape allocates only the returned output, h and c (and the input gradients).
    CHECK(c.longer_run.reused_inference <= 3);
    CHECK(c.longer_run.reused_training <= 8);
  };
  for (const auto& o : cases) {
    check(std::type_identity<fnn::lstm<float>>{}, o, "lstm");
    check(std::type_identity<fnn::gru<double>>{}, o, "gru");
  }
}

TEST_CASE("nn::transformer_encoder allocates nothing per time step") {
  const auto c = at_lengths([](std::size_t steps) { return transformer_counts(steps, 1); });
  check_independent_of_length(c);
  CHECK(c.longer_run.reused_inference <= 2);
  CHECK(c.longer_run.reused_training <= 4);
}

TEST_CASE("nn::sequence_model allocates nothing per time step") {
  const fnn::sequence_model_options cases[] = {
      {.input_size = 2, .hidden_size = 6, .num_layers = 2, .horizon = 3, .outputs_per_step = 2},
      {.encoder = fnn::encoder_kind::gru, .input_size = 2, .hidden_size = 6, .horizon = 3},
      {.encoder = fnn::encoder_kind::transformer,
       .input_size = 2,
       .hidden_size = 8,
       .num_heads = 2,
       .dim_feedforward = 12,
       .positional = fnn::positional_kind::learned,
       .max_length = 90,
       .horizon = 3}};
  for (const auto& o : cases) {
    INFO(fnn::to_string(o.encoder));
    check_independent_of_length(
        at_lengths([&](std::size_t steps) { return model_counts(o, steps, 1); }));
  }
}

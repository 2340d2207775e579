// SPDX-License-Identifier: Apache-2.0
// Benchmarks of the neural sequence models (issue 4): a training step (forward, MSE of a dense
// head on the last step, backward, Adam) and inference of the encoder, for the shapes that
// compare_pytorch.py runs in PyTorch in the same run; the matrix-product kernel against Eigen's
// product on the per-step shapes; and the machine's FMA peak, to express GFLOP/s as a fraction.
//
// Every case takes its thread count as the first argument (1 or 2) and reports process CPU time.
// Counters: steps_per_second (= items_per_second) and GFLOPs (matrix-product flops only, counted
// by the formulas in flops_*).
#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>

#include <Eigen/Core>

#include <foresight/core/random.hpp>
#include <foresight/nn/detail/gemm.hpp>
#include <foresight/nn/loss.hpp>
#include <foresight/nn/model.hpp>
#include <foresight/nn/optimizer.hpp>

namespace fnn = foresight::nn;
namespace core = foresight::core;

namespace {

/// Shapes of the comparison (the same list is in compare_pytorch.py).
struct shape {
  fnn::encoder_kind encoder;
  core::index batch;
  core::index steps;
  core::index features;
  core::index hidden;  // hidden units, or d_model for the Transformer
  core::index layers;
  bool bidirectional;
};

constexpr shape lstm_small{fnn::encoder_kind::lstm, 64, 28, 8, 64, 1, false};
constexpr shape lstm_large{fnn::encoder_kind::lstm, 64, 56, 8, 128, 2, false};
constexpr shape gru_small{fnn::encoder_kind::gru, 64, 28, 8, 64, 1, false};
constexpr shape gru_large{fnn::encoder_kind::gru, 64, 56, 8, 128, 2, false};
constexpr shape bilstm_small{fnn::encoder_kind::lstm, 64, 28, 8, 64, 1, true};
constexpr shape transformer{fnn::encoder_kind::transformer, 64, 56, 64, 64, 2, false};
constexpr shape lstm_wide_batch{fnn::encoder_kind::lstm, 1024, 28, 1, 32, 1, false};

constexpr core::index heads = 4;
constexpr core::index feedforward = 128;

/// Matrix-product flops of one forward pass of the encoder.
double flops_forward(const shape& s) {
  const double b = static_cast<double>(s.batch);
  const double t = static_cast<double>(s.steps);
  const double h = static_cast<double>(s.hidden);
  if (s.encoder == fnn::encoder_kind::transformer) {
    const double n = b * t;
    const double per_layer = 2 * n * h * 3 * h        // q, k, v projections
                             + 2 * 2 * b * t * t * h  // scores and weighted values, all heads
                             + 2 * n * h * h          // output projection
                             + 2 * 2 * n * h * static_cast<double>(feedforward);
    return per_layer * static_cast<double>(s.layers);
  }
  const double gates = s.encoder == fnn::encoder_kind::lstm ? 4 : 3;
  const double dirs = s.bidirectional ? 2 : 1;
  double total = 0;
  for (core::index l = 0; l < s.layers; ++l) {
    const double in = l == 0 ? static_cast<double>(s.features) : dirs * h;
    total += dirs * 2 * t * b * gates * h * (in + h);
  }
  return total;
}

/// Matrix-product flops of a training step: forward, plus the backward products (recurrent
/// gradient, both weight gradients, and the input gradient of every layer but the first), plus
/// the head.
double flops_train(const shape& s) {
  const double b = static_cast<double>(s.batch);
  const double t = static_cast<double>(s.steps);
  const double h = static_cast<double>(s.hidden);
  if (s.encoder == fnn::encoder_kind::transformer)
    return 3 * flops_forward(s);  // backward: a gradient product for each operand
  const double gates = s.encoder == fnn::encoder_kind::lstm ? 4 : 3;
  const double dirs = s.bidirectional ? 2 : 1;
  double total = flops_forward(s);
  for (core::index l = 0; l < s.layers; ++l) {
    const double in = l == 0 ? static_cast<double>(s.features) : dirs * h;
    total += dirs * 2 * t * b * gates * h * (2 * h + in + (l > 0 ? in : 0));
  }
  return total;
}

fnn::sequence_model_options model_options(const shape& s) {
  return {.encoder = s.encoder,
          .input_size = s.features,
          .hidden_size = s.hidden,
          .num_layers = s.layers,
          .bidirectional = s.bidirectional,
          .dropout = 0.0,
          .num_heads = heads,
          .dim_feedforward = feedforward,
          .positional = fnn::positional_kind::none,
          .max_length = s.steps,
          .horizon = 1};
}

fnn::sequence<float> random_input(const shape& s, std::uint64_t seed) {
  std::mt19937_64 rng{seed};
  auto x = fnn::detail::make_sequence<float>(s.batch, s.steps, s.features);
  for (std::size_t i = 0; i < x.size(); ++i)
    x.data()[i] = static_cast<float>(core::standard_normal<double>(rng));
  return x;
}

void report(benchmark::State& state, double flops) {
  state.SetItemsProcessed(state.iterations());
  state.counters["GFLOPs"] = benchmark::Counter(
      flops * 1e-9 * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

/// forward, MSE on the head's output, zero gradients, backward, Adam.
void train_step(benchmark::State& state, const shape& s) {
  const int threads = static_cast<int>(state.range(0));
  std::mt19937_64 rng{1};
  fnn::sequence_model<float> model(model_options(s), rng);
  auto grad = fnn::zeros_like(model);
  fnn::adam<float> opt({.lr = 1e-3});
  const auto x = random_input(s, 2);
  fnn::tensor<float, 2> y({static_cast<std::size_t>(s.batch), 1});
  y.fill(0.5f);
  typename fnn::sequence_model<float>::tape tape;
  tape.threads = threads;
  fnn::tensor<float, 2> pred2({static_cast<std::size_t>(s.batch), 1});
  fnn::tensor<float, 2> g2;
  fnn::tensor<float, 3> g3({static_cast<std::size_t>(s.batch), 1, 1});
  for (auto _ : state) {
    const auto pred = model.forward(x, tape, rng);
    std::copy_n(pred.data(), pred.size(), pred2.data());
    benchmark::DoNotOptimize(fnn::mse_loss(pred2, y, &g2));
    std::copy_n(g2.data(), g2.size(), g3.data());
    fnn::zero_parameters(grad);
    model.backward(tape, g3, grad);
    opt.step(model, grad);
  }
  report(state, flops_train(s));
}

/// Inference of the encoder alone (no head), as torch.no_grad() on nn.LSTM / nn.GRU /
/// nn.TransformerEncoder in eval mode; the workspace is reused across calls.
void inference(benchmark::State& state, const shape& s) {
  const int threads = static_cast<int>(state.range(0));
  std::mt19937_64 rng{1};
  const fnn::sequence_model<float> model(model_options(s), rng);
  const auto x = random_input(s, 2);
  typename fnn::sequence_model<float>::tape tape;
  tape.threads = threads;
  for (auto _ : state) {
    switch (s.encoder) {
      case fnn::encoder_kind::lstm:
        benchmark::DoNotOptimize(model.lstm.forward(x, tape.lstm));
        break;
      case fnn::encoder_kind::gru:
        benchmark::DoNotOptimize(model.gru.forward(x, tape.gru));
        break;
      case fnn::encoder_kind::transformer:
        benchmark::DoNotOptimize(model.encoder.forward(x, tape.encoder));
        break;
    }
  }
  report(state, flops_forward(s));
}

/// The per-step product C (64 × 4H) += h (64 × H) · W_hh^T with the packed kernel.
void packed_gemm(benchmark::State& state) {
  const core::index m = state.range(0);
  const core::index k = state.range(1);
  const core::index n = state.range(2);
  const Eigen::MatrixXf a = Eigen::MatrixXf::Random(m, k);
  const Eigen::MatrixXf w = Eigen::MatrixXf::Random(n, k);
  const fnn::weight_matrix<float> a_rows = a;
  const fnn::weight_matrix<float> w_rows = w;
  fnn::weight_matrix<float> c = fnn::weight_matrix<float>::Zero(m, n);
  fnn::detail::packed_matrix<float> pack;
  pack.pack_transposed(w_rows.data(), n, k, k);
  for (auto _ : state) {
    fnn::detail::gemm(m, fnn::detail::row_major(a_rows.data(), k), pack, c.data(), n, true);
    benchmark::DoNotOptimize(c.data());
  }
  report(state, 2.0 * static_cast<double>(m * n * k));
}

/// The same product with Eigen (the baseline the kernel replaces), single-threaded.
void eigen_gemm(benchmark::State& state) {
  Eigen::setNbThreads(1);
  const core::index m = state.range(0);
  const core::index k = state.range(1);
  const core::index n = state.range(2);
  const fnn::weight_matrix<float> a = fnn::weight_matrix<float>::Random(m, k);
  const fnn::weight_matrix<float> w = fnn::weight_matrix<float>::Random(n, k);
  fnn::weight_matrix<float> c = fnn::weight_matrix<float>::Zero(m, n);
  for (auto _ : state) {
    c.noalias() += a * w.transpose();
    benchmark::DoNotOptimize(c.data());
  }
  report(state, 2.0 * static_cast<double>(m * n * k));
}

/// Peak multiply-add throughput of one core: 24 independent vector FMA chains (enough to cover
/// the FMA latency on both pipes), as the kernel's vector type compiles here.
void fma_peak(benchmark::State& state) {
  using vec = fnn::detail::simd_t<float>;
  constexpr int chains = 24;
  constexpr long long rounds = 1 << 16;
  vec acc[chains];
  for (int i = 0; i < chains; ++i)
    acc[i] = fnn::detail::vbroadcast<float>(static_cast<float>(i) * 1e-3f);
  const vec a = fnn::detail::vbroadcast<float>(0.999999f);
  const vec b = fnn::detail::vbroadcast<float>(1e-7f);
  for (auto _ : state) {
    for (long long r = 0; r < rounds; ++r) {
#pragma GCC unroll 24
      for (int i = 0; i < chains; ++i)
        acc[i] = fnn::detail::vfma<float>(acc[i], a, b);
    }
    benchmark::DoNotOptimize(acc);
  }
  report(state, 2.0 * chains * fnn::detail::lanes<float> * static_cast<double>(rounds));
}

}  // namespace

int main(int argc, char** argv) {
  struct named {
    const char* name;
    shape value;
  };
  const named cases[] = {{"lstm_h64", lstm_small},
                         {"lstm2_h128", lstm_large},
                         {"gru_h64", gru_small},
                         {"gru2_h128", gru_large},
                         {"bilstm_h64", bilstm_small},
                         {"transformer", transformer},
                         {"lstm_h32_b1024", lstm_wide_batch}};
  for (const auto& c : cases) {
    if (c.value.batch != 1024) {
      benchmark::RegisterBenchmark((std::string("BM_train_") + c.name).c_str(),
                                   [v = c.value](benchmark::State& st) { train_step(st, v); })
          ->Arg(1)
          ->Arg(2)
          ->MeasureProcessCPUTime()
          ->UseRealTime()
          ->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark((std::string("BM_infer_") + c.name).c_str(),
                                 [v = c.value](benchmark::State& st) { inference(st, v); })
        ->Arg(1)
        ->Arg(2)
        ->MeasureProcessCPUTime()
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
  }
  for (auto* f : {&packed_gemm, &eigen_gemm}) {
    benchmark::RegisterBenchmark(f == &packed_gemm ? "BM_gemm_packed" : "BM_gemm_eigen", f)
        ->Args({64, 64, 256})
        ->Args({64, 128, 512})
        ->Args({1024, 32, 128})
        ->Args({3584, 128, 512})
        ->Unit(benchmark::kMicrosecond);
  }
  benchmark::RegisterBenchmark("BM_fma_peak", fma_peak)->Unit(benchmark::kMicrosecond);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

// SPDX-License-Identifier: Apache-2.0
// Tests of nn/weights.hpp: the file format round trip, loading PyTorch state_dicts converted by
// tests/reference/nn/convert_state_dict.py, and malformed files.
#include <foresight/nn/weights.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include <doctest/doctest.h>

#include <foresight/nn/lstm.hpp>
#include <foresight/nn/model.hpp>

#include "nn_test_support.hpp"

namespace fnn = foresight::nn;
namespace core = foresight::core;
using namespace foresight::test::nn;

namespace {
std::filesystem::path temp_file(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("foresight_nn_" + name);
}
}  // namespace

TEST_CASE("nn::save_weights and load_weights round-trip exactly") {
  std::mt19937_64 rng{1};
  const fnn::lstm<double> a({.input_size = 2, .hidden_size = 3, .num_layers = 2}, rng);
  const auto path = temp_file("roundtrip.fst");
  fnn::save_weights(a, path);
  fnn::lstm<double> b({.input_size = 2, .hidden_size = 3, .num_layers = 2});
  fnn::load_weights(b, path);
  CHECK(b.weights(1, 0).weight_hh == a.weights(1, 0).weight_hh);
  CHECK(b.weights(0, 0).bias_ih == a.weights(0, 0).bias_ih);
  const auto tensors = fnn::read_tensors(path);
  REQUIRE(tensors.size() == 8);
  CHECK(tensors[0].name == "weight_ih_l0");
  CHECK(tensors[0].shape == std::vector<core::index>{12, 2});
  CHECK(tensors[2].shape == std::vector<core::index>{12});
  CHECK(tensors[0].dtype == fnn::tensor_dtype::f64);
  // A float model loads double weights, rounding each to float.
  fnn::lstm<float> c({.input_size = 2, .hidden_size = 3, .num_layers = 2});
  fnn::load_weights(c, path);
  CHECK(c.weights(0, 0).weight_ih(1, 1) == static_cast<float>(a.weights(0, 0).weight_ih(1, 1)));
  std::filesystem::remove(path);
}

TEST_CASE("nn::load_weights runs PyTorch models converted from their state_dict") {
  // torch 1.13.1 GruForecaster (nn.GRU(3, 6, 2) as attribute `rnn`, renamed to gru. by
  // convert_state_dict.py) and TransformerForecaster (post-norm, 2 layers, sinusoidal positions),
  // seed 40, float32; outputs of the PyTorch models in converted_*_io_f32.fst
  struct example {
    const char* name;
    fnn::sequence_model_options options;
  };
  const example cases[] = {{"gru",
                            {.encoder = fnn::encoder_kind::gru,
                             .input_size = 3,
                             .hidden_size = 6,
                             .num_layers = 2,
                             .horizon = 4,
                             .outputs_per_step = 2}},
                           {"transformer",
                            {.encoder = fnn::encoder_kind::transformer,
                             .input_size = 3,
                             .hidden_size = 8,
                             .num_layers = 2,
                             .num_heads = 2,
                             .dim_feedforward = 16,
                             .max_length = 16,
                             .horizon = 5}}};
  for (const auto& c : cases) {
    fnn::sequence_model<float> m(c.options);
    fnn::load_weights(
        m, foresight::test::source_path(std::string("reference/nn/converted_") + c.name + ".fst"));
    const reference io(std::string("converted_") + c.name + "_io", "f32");
    const auto y = m.forward(io.tensor<float, 3>("x"));
    INFO(c.name);
    check_values<float>(io, "y", y.data(), y.size(), "converted output");
  }
}

TEST_CASE("nn weight files: errors name the file, the offset and the problem") {
  fnn::lstm<float> m({.input_size = 2, .hidden_size = 3});
  CHECK_THROWS_AS(fnn::load_weights(m, temp_file("missing.fst")), core::io_error);
  const auto path = temp_file("bad.fst");
  {
    std::ofstream out(path);
    out << "not a weight file\n";
  }
  CHECK_THROWS_AS((void)fnn::read_tensors(path), core::io_error);
  {
    std::ofstream out(path, std::ios::binary);
    out << "foresight-tensors 1\n1\nw f32 1 4\n";
    out.write("\0\0\0\0", 4);  // 4 of 16 bytes
  }
  CHECK_THROWS_WITH_AS((void)fnn::read_tensors(path),
                       doctest::Contains("truncated data of tensor 'w'"), core::io_error);
  fnn::write_tensors(
      path, {{.name = "weight_ih_l0", .shape = {12, 2}, .values = std::vector<double>(24, 1.0)}});
  CHECK_THROWS_WITH_AS(fnn::load_weights(m, path),
                       "nn::load_weights: parameter 'weight_hh_l0' is not in the weights; "
                       "expected every parameter",
                       core::io_error);
  fnn::write_tensors(
      path, {{.name = "weight_ih_l0", .shape = {12, 3}, .values = std::vector<double>(36, 1.0)}});
  CHECK_THROWS_WITH_AS(fnn::load_weights(m, path),
                       "nn::load_weights: parameter 'weight_ih_l0' has shape (12, 3); expected "
                       "(12, 2)",
                       core::io_error);
  CHECK(m.weights(0, 0).weight_ih.isZero());  // unchanged by the failed loads
  CHECK_THROWS_AS(fnn::write_tensors(path, {{.name = "a b", .shape = {1}, .values = {1.0}}}),
                  core::invalid_input);
  CHECK_THROWS_AS(fnn::write_tensors(path, {{.name = "a", .shape = {2}, .values = {1.0}}}),
                  core::invalid_input);
  CHECK(fnn::to_string(fnn::tensor_dtype::f32) == "f32");
  std::filesystem::remove(path);
}

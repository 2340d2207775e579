// SPDX-License-Identifier: Apache-2.0
/// \file
/// Weight files: named tensors in a small documented binary format, and save/load of any layer
/// or model through its `for_each_parameter` names (PyTorch's state_dict names, so a state_dict
/// converted by tests/reference/nn/convert_state_dict.py loads unchanged).
///
/// Format "foresight-tensors 1" (all integers in decimal ASCII, data little-endian IEEE 754):
///
///     foresight-tensors 1\n
///     <count>\n
///     then <count> times:
///     <name> <dtype: f32|f64> <rank> <extent_0> ... <extent_rank-1>\n
///     <product of extents × 4 or 8 bytes of row-major data>\n
///
/// Names contain no whitespace. A rank-1 tensor holds a bias or scale vector, a rank-2 tensor a
/// weight matrix in PyTorch's (out, in) layout.
#pragma once

#include <bit>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/types.hpp>
#include <foresight/nn/tensor.hpp>

namespace foresight::nn {

/// Element type of a stored tensor.
enum class tensor_dtype : int {
  f32 = 0,  ///< IEEE 754 binary32
  f64 = 1,  ///< IEEE 754 binary64
};

/// Name of a dtype as written in files: "f32" or "f64".
[[nodiscard]] constexpr std::string_view to_string(tensor_dtype t) noexcept {
  switch (t) {
    case tensor_dtype::f32:
      return "f32";
    case tensor_dtype::f64:
      return "f64";
  }
  return "unknown";
}

/// One tensor of a weight file; values are held in double (exact for both dtypes).
struct named_tensor {
  /// Name, e.g. "weight_ih_l0".
  std::string name;
  /// Extents, outermost first.
  std::vector<core::index> shape;
  /// Row-major values.
  std::vector<double> values;
  /// Element type in the file.
  tensor_dtype dtype = tensor_dtype::f64;
};

namespace detail {
static_assert(std::endian::native == std::endian::little,
              "foresight weight files are little-endian; add byte swapping for this platform");

[[noreturn]] inline void raise_io(const std::filesystem::path& path, std::streamoff offset,
                                  std::string_view what) {
  core::detail::raise<core::io_error>("nn::read_tensors",
                                      core::detail::concat(path.string(), ":", offset, ": ", what));
}
}  // namespace detail

/// Reads every tensor of a weight file, in file order.
/// Throws: io_error (with `file:byte offset`) if the file cannot be read or is malformed.
/// Example: `for (const auto& t : nn::read_tensors("lstm.fst")) use(t.name, t.shape);`
[[nodiscard]] inline std::vector<named_tensor> read_tensors(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    detail::raise_io(path, 0, "cannot open the file");
  std::string magic;
  std::getline(in, magic);
  if (magic != "foresight-tensors 1")
    detail::raise_io(path, 0, "not a weight file; expected the first line 'foresight-tensors 1'");
  std::string line;
  auto offset = static_cast<std::streamoff>(in.tellg());
  if (!std::getline(in, line))
    detail::raise_io(path, offset, "missing tensor count");
  long long count = -1;
  {
    std::istringstream is(line);
    if (!(is >> count) || count < 0)
      detail::raise_io(path, offset, "bad tensor count '" + line + "'");
  }
  std::vector<named_tensor> out;
  out.reserve(static_cast<std::size_t>(count));
  for (long long i = 0; i < count; ++i) {
    offset = static_cast<std::streamoff>(in.tellg());
    if (!std::getline(in, line))
      detail::raise_io(path, offset, "missing header of tensor " + std::to_string(i));
    std::istringstream is(line);
    named_tensor t;
    std::string dtype;
    long long rank = -1;
    if (!(is >> t.name >> dtype >> rank) || rank < 0 || rank > 8)
      detail::raise_io(path, offset, "bad tensor header '" + line + "'");
    if (dtype == "f32") {
      t.dtype = tensor_dtype::f32;
    } else if (dtype == "f64") {
      t.dtype = tensor_dtype::f64;
    } else {
      detail::raise_io(path, offset, "unknown dtype '" + dtype + "'; expected f32 or f64");
    }
    long long n = 1;
    for (long long r = 0; r < rank; ++r) {
      long long e = -1;
      if (!(is >> e) || e < 0 || e > (1LL << 40))
        detail::raise_io(path, offset, "bad extent in header '" + line + "'");
      t.shape.push_back(static_cast<core::index>(e));
      n *= e;
      if (n > (1LL << 40))
        detail::raise_io(path, offset, "tensor too large in header '" + line + "'");
    }
    t.values.resize(static_cast<std::size_t>(n));
    offset = static_cast<std::streamoff>(in.tellg());
    if (t.dtype == tensor_dtype::f32) {
      std::vector<float> raw(static_cast<std::size_t>(n));
      in.read(reinterpret_cast<char*>(raw.data()), static_cast<std::streamsize>(n * 4));
      for (std::size_t j = 0; j < raw.size(); ++j)
        t.values[j] = static_cast<double>(raw[j]);
    } else {
      in.read(reinterpret_cast<char*>(t.values.data()), static_cast<std::streamsize>(n * 8));
    }
    if (!in)
      detail::raise_io(path, offset, "truncated data of tensor '" + t.name + "'");
    if (in.get() != '\n')
      detail::raise_io(path, offset, "missing newline after the data of tensor '" + t.name + "'");
    out.push_back(std::move(t));
  }
  return out;
}

/// Writes `tensors` to a weight file (replacing it).
/// Throws: io_error if the file cannot be written; invalid_input for a name with whitespace or
/// a shape that does not match the number of values.
inline void write_tensors(const std::filesystem::path& path,
                          const std::vector<named_tensor>& tensors) {
  constexpr std::string_view where = "nn::write_tensors";
  for (const auto& t : tensors) {
    core::detail::require(!t.name.empty() && t.name.find_first_of(" \t\n\r") == std::string::npos,
                          where, "tensor name '", t.name, "' is empty or has whitespace");
    core::index n = 1;
    for (const auto e : t.shape)
      n *= e;
    core::detail::require(n == static_cast<core::index>(t.values.size()), where, "tensor '", t.name,
                          "' has ", t.values.size(), " values; its shape needs ", n);
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out)
    core::detail::raise<core::io_error>(where, path.string(), ":0: cannot open for writing");
  out << "foresight-tensors 1\n" << tensors.size() << '\n';
  for (const auto& t : tensors) {
    out << t.name << ' ' << to_string(t.dtype) << ' ' << t.shape.size();
    for (const auto e : t.shape)
      out << ' ' << e;
    out << '\n';
    if (t.dtype == tensor_dtype::f32) {
      std::vector<float> raw(t.values.size());
      for (std::size_t j = 0; j < raw.size(); ++j)
        raw[j] = static_cast<float>(t.values[j]);
      out.write(reinterpret_cast<const char*>(raw.data()),
                static_cast<std::streamsize>(raw.size() * 4));
    } else {
      out.write(reinterpret_cast<const char*>(t.values.data()),
                static_cast<std::streamsize>(t.values.size() * 8));
    }
    out << '\n';
  }
  if (!out)
    core::detail::raise<core::io_error>(where, path.string(), ":0: write failed");
}

/// Saves every parameter of `model` (names from for_each_parameter; vectors rank 1, matrices
/// rank 2) in the model's own precision.
/// Throws: io_error if the file cannot be written.
/// Example: `nn::save_weights(model, "model.fst");`
template <typename Model>
void save_weights(const Model& model, const std::filesystem::path& path) {
  using scalar = typename Model::scalar_type;
  std::vector<named_tensor> tensors;
  model.for_each_parameter([&](std::string_view name, const auto& t) {
    named_tensor nt;
    nt.name = std::string(name);
    using type = std::decay_t<decltype(t)>;
    if constexpr (type::ColsAtCompileTime == 1) {
      nt.shape = {t.size()};
    } else {
      nt.shape = {t.rows(), t.cols()};
    }
    nt.dtype = std::is_same_v<scalar, float> ? tensor_dtype::f32 : tensor_dtype::f64;
    nt.values.resize(static_cast<std::size_t>(t.size()));
    for (core::index i = 0; i < t.size(); ++i)
      nt.values[static_cast<std::size_t>(i)] = static_cast<double>(t.data()[i]);
    tensors.push_back(std::move(nt));
  });
  write_tensors(path, tensors);
}

/// Loads the parameters of `model` by name from `tensors` (extra tensors are ignored); values are
/// converted to the model's precision.
/// Throws: io_error naming the parameter if one is missing or its shape differs; the model is
/// unchanged then.
template <typename Model>
void load_weights(Model& model, const std::vector<named_tensor>& tensors) {
  constexpr std::string_view where = "nn::load_weights";
  std::map<std::string, const named_tensor*, std::less<>> by_name;
  for (const auto& t : tensors)
    by_name[t.name] = &t;
  // Check everything first, so a failed load leaves the model as it was.
  model.for_each_parameter([&](std::string_view name, const auto& p) {
    const auto it = by_name.find(name);
    if (it == by_name.end()) {
      core::detail::raise<core::io_error>(where, "parameter '", name,
                                          "' is not in the weights; expected every parameter");
    }
    using type = std::decay_t<decltype(p)>;
    const std::vector<core::index> want = type::ColsAtCompileTime == 1
                                              ? std::vector<core::index>{p.size()}
                                              : std::vector<core::index>{p.rows(), p.cols()};
    if (it->second->shape != want) {
      core::detail::raise<core::io_error>(where, "parameter '", name, "' has shape ",
                                          detail::shape_string(it->second->shape), "; expected ",
                                          detail::shape_string(want));
    }
  });
  model.for_each_parameter([&](std::string_view name, auto& p) {
    using scalar = typename std::decay_t<decltype(p)>::Scalar;
    const named_tensor& t = *by_name.find(name)->second;
    for (core::index i = 0; i < p.size(); ++i)
      p.data()[i] = static_cast<scalar>(t.values[static_cast<std::size_t>(i)]);
  });
}

/// Loads the parameters of `model` from a weight file (see load_weights above).
/// Throws: io_error if the file is unreadable, malformed, or lacks a parameter or its shape.
/// Example: `nn::load_weights(model, "converted_state_dict.fst");`
template <typename Model>
void load_weights(Model& model, const std::filesystem::path& path) {
  load_weights(model, read_tensors(path));
}

}  // namespace foresight::nn

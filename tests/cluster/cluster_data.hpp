// SPDX-License-Identifier: Apache-2.0
// Loading the reference datasets of tests/reference/cluster (written by make_reference.py).
#pragma once

#include <cstddef>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <Eigen/Core>

#include <support/test_support.hpp>

namespace foresight::test::cluster_data {

/// A matrix written by make_reference.py (header row, comma-separated numbers).
inline Eigen::MatrixXd read_matrix(const std::string& name) {
  const auto csv = read_simple_csv(source_path("reference/cluster/" + name));
  Eigen::MatrixXd x(static_cast<Eigen::Index>(csv.rows.size()),
                    static_cast<Eigen::Index>(csv.header.size()));
  for (std::size_t i = 0; i < csv.rows.size(); ++i) {
    for (std::size_t j = 0; j < csv.header.size(); ++j)
      x(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = parse_number(csv.rows[i][j]);
  }
  return x;
}

/// A reference dataset by name ("digits" is stored one base-17 character per value).
inline Eigen::MatrixXd dataset(const std::string& name) {
  if (name != "digits")
    return read_matrix("data_" + name + ".csv");
  std::ifstream in(source_path("reference/cluster/data_digits.txt"));
  if (!in)
    throw std::runtime_error("cannot open data_digits.txt");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty())
      lines.push_back(line);
  }
  Eigen::MatrixXd x(static_cast<Eigen::Index>(lines.size()),
                    static_cast<Eigen::Index>(lines.front().size()));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    for (std::size_t j = 0; j < lines[i].size(); ++j) {
      const char c = lines[i][j];
      x(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
          c <= '9' ? c - '0' : 10 + (c - 'a');
    }
  }
  return x;
}

/// Labels written as one base-36 character per row.
inline std::vector<Eigen::Index> decode_labels(const std::string& s) {
  std::vector<Eigen::Index> out;
  out.reserve(s.size());
  for (const char c : s)
    out.push_back(c <= '9' ? c - '0' : 10 + (c - 'a'));
  return out;
}

/// The weights make_reference.py uses: w_i = 1 + 0.5 * ((7 i) mod 5).
inline Eigen::VectorXd reference_weights(Eigen::Index n) {
  Eigen::VectorXd w(n);
  for (Eigen::Index i = 0; i < n; ++i)
    w[i] = 1.0 + 0.5 * static_cast<double>((7 * i) % 5);
  return w;
}

}  // namespace foresight::test::cluster_data

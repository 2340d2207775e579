// SPDX-License-Identifier: Apache-2.0
// Segments the items of a sales panel by demand features, as the planning pipeline does before
// choosing a forecaster and a service level per segment.
//
// 1. Generates a seeded panel of 240 items x 48 months with four demand patterns: smooth,
//    seasonal, intermittent and trending.
// 2. Computes per-item features: log volume, coefficient of variation, seasonal strength and the
//    share of zero periods (plus the yearly trend in standard deviations), standardised to
//    z-scores.
// 3. Chooses k from 2..8 (inertia elbow and silhouette), fits k-means and prints the segments with
//    their mean features and the patterns they contain (segments use the elbow's k).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <Eigen/Core>

#include <foresight/cluster/choose_k.hpp>
#include <foresight/cluster/kmeans.hpp>
#include <foresight/core/random.hpp>
#include <foresight/core/series.hpp>

namespace cluster = foresight::cluster;
namespace core = foresight::core;

namespace {

constexpr std::array<const char*, 4> pattern_names = {"smooth", "seasonal", "intermittent",
                                                      "trending"};
constexpr core::index months = 48;

/// Monthly demand of one item of the given pattern.
core::vector<double> simulate(int pattern, std::mt19937_64& rng) {
  core::vector<double> y(months);
  const double level = std::exp(core::uniform<double>(rng, 3.0, 5.5));
  for (core::index t = 0; t < months; ++t) {
    const double season = std::sin(2.0 * 3.141592653589793 * static_cast<double>(t) / 12.0);
    double v = 0;
    switch (pattern) {
      case 0:  // smooth: level with 10% noise
        v = level * (1.0 + core::normal<double>(rng, 0.0, 0.1));
        break;
      case 1:  // seasonal: +-60% yearly swing
        v = level * (1.0 + 0.6 * season + core::normal<double>(rng, 0.0, 0.1));
        break;
      case 2:  // intermittent: a sale in 30% of the months, small sizes
        v = core::uniform01<double>(rng) < 0.3 ? std::round(core::uniform<double>(rng, 1.0, 8.0))
                                               : 0.0;
        break;
      default:  // trending: level doubling over the four years
        v = level *
            (0.6 + 1.2 * static_cast<double>(t) / months + core::normal<double>(rng, 0.0, 0.08));
        break;
    }
    y[t] = std::max(0.0, std::round(v));
  }
  return y;
}

struct features {
  double log_volume, cv, seasonal_strength, zero_share, trend;
};

/// Demand features of one series (period 12).
features describe(const Eigen::Ref<const core::vector<double>>& y) {
  const auto n = static_cast<double>(y.size());
  const double mean = y.mean();
  const double sd = std::sqrt((y.array() - mean).square().sum() / (n - 1));
  // Linear trend by least squares, then seasonal strength = share of the detrended variance
  // explained by the month-of-year means.
  double sxy = 0;
  double sxx = 0;
  for (core::index t = 0; t < y.size(); ++t) {
    const double dt = static_cast<double>(t) - (n - 1) / 2;
    sxy += dt * (y[t] - mean);
    sxx += dt * dt;
  }
  const double slope = sxx > 0 ? sxy / sxx : 0;
  core::vector<double> detrended(y.size());
  for (core::index t = 0; t < y.size(); ++t)
    detrended[t] = y[t] - mean - slope * (static_cast<double>(t) - (n - 1) / 2);
  std::array<double, 12> month_mean{};
  std::array<int, 12> month_count{};
  for (core::index t = 0; t < y.size(); ++t) {
    month_mean[static_cast<std::size_t>(t % 12)] += detrended[t];
    ++month_count[static_cast<std::size_t>(t % 12)];
  }
  double var_detrended = 0;
  double var_remainder = 0;
  for (core::index t = 0; t < y.size(); ++t) {
    const auto m = static_cast<std::size_t>(t % 12);
    const double r = detrended[t] - month_mean[m] / month_count[m];
    var_detrended += detrended[t] * detrended[t];
    var_remainder += r * r;
  }
  const double strength =
      var_detrended > 0 ? std::max(0.0, 1.0 - var_remainder / var_detrended) : 0.0;
  const double zeros = static_cast<double>((y.array() == 0).count()) / n;
  return {std::log1p(mean), mean > 0 ? sd / mean : 0.0, strength, zeros,
          sd > 0 ? slope * 12 / sd : 0.0};
}

}  // namespace

int main() {
  // 1. The panel.
  std::mt19937_64 rng{2024};
  core::panel<double> sales;
  std::vector<int> truth;
  for (int i = 0; i < 240; ++i) {
    const int pattern = i % 4;
    sales.add("SKU-" + std::to_string(1000 + i), simulate(pattern, rng), 12, "2021-01");
    truth.push_back(pattern);
  }

  // 2. Features, standardised.
  Eigen::MatrixXd x(sales.size(), 5);
  for (core::index i = 0; i < sales.size(); ++i) {
    const features f = describe(sales.values(i));
    x.row(i) << f.log_volume, f.cv, f.seasonal_strength, f.zero_share, f.trend;
  }
  const Eigen::RowVectorXd mu = x.colwise().mean();
  const Eigen::RowVectorXd sd =
      ((x.rowwise() - mu).array().square().colwise().sum() / static_cast<double>(x.rows() - 1))
          .sqrt();
  const Eigen::MatrixXd z = (x.rowwise() - mu).array().rowwise() / sd.array();

  // 3. Choose k, then segment.
  const auto ck = cluster::choose_k(z, {.k_min = 2, .k_max = 8, .kmeans = {.n_init = 10}}, rng);
  std::printf("k   inertia    silhouette\n");
  for (std::size_t j = 0; j < ck.k.size(); ++j)
    std::printf("%-3ld %-10.2f %.3f\n", static_cast<long>(ck.k[j]), ck.inertia[j],
                ck.silhouette[j]);
  std::printf("elbow k = %ld, silhouette k = %ld\n\n", static_cast<long>(ck.elbow_k),
              static_cast<long>(ck.silhouette_k));
  // Segments at the elbow's k (here the silhouette picks the same k).
  const auto& model = ck.models[static_cast<std::size_t>(ck.elbow_k - ck.k.front())];

  std::printf("segment  items  volume  cv     seasonal  zeros  trend/sd  patterns\n");
  for (core::index s = 0; s < model.centroids.rows(); ++s) {
    Eigen::RowVectorXd m = Eigen::RowVectorXd::Zero(x.cols());
    int items = 0;
    std::map<std::string, int> patterns;
    for (core::index i = 0; i < x.rows(); ++i) {
      if (model.labels[i] != s)
        continue;
      m += x.row(i);
      ++items;
      ++patterns[pattern_names[static_cast<std::size_t>(truth[static_cast<std::size_t>(i)])]];
    }
    m /= items;
    std::string mix;
    for (const auto& [name, count] : patterns)
      mix += name + " " + std::to_string(count) + "  ";
    std::printf("%-8ld %-6d %-7.1f %-6.2f %-9.2f %-6.2f %-9.2f %s\n", static_cast<long>(s), items,
                std::expm1(m[0]), m[1], m[2], m[3], m[4], mix.c_str());
  }
  std::printf("\nfirst items: ");
  for (core::index i = 0; i < 8; ++i)
    std::printf("%s->%ld ", sales.id(i).c_str(), static_cast<long>(model.labels[i]));
  std::printf("\n");
  return 0;
}

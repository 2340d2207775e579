// SPDX-License-Identifier: Apache-2.0
// A small SVG writer for the planning demo's report: panels of history + forecast fan charts and
// a bar chart of the replenishment plan. Plain SVG 1.1, no scripts, no external resources.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <foresight/core/error.hpp>
#include <foresight/core/forecast.hpp>

namespace planning {

/// Escapes the XML special characters of a text node or attribute value.
inline std::string xml_escape(const std::string& s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// Formats a number with printf's %.*f.
inline std::string num(double v, int decimals = 1) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

/// One fan chart: the last `history` values, the forecast mean, its intervals (widest first,
/// lighter) and an optional horizontal reference line (the order-up-to level).
struct fan_chart {
  std::string title;
  std::vector<double> history;
  foresight::core::forecast<double> forecast;
  double reference_line = std::numeric_limits<double>::quiet_NaN();
  std::string reference_label;
};

/// One bar of the plan chart: needed units against planned units (both in money).
struct plan_bar {
  std::string label;
  double needed = 0;
  double planned = 0;
};

/// Builds an SVG document piece by piece.
class svg_document {
 public:
  svg_document(double width, double height) : width_(width), height_(height) {}

  /// Adds a line of text.
  void text(double x, double y, const std::string& s, int size = 12, const char* anchor = "start",
            const char* weight = "normal") {
    body_ += "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"" + std::to_string(size) +
             "\" text-anchor=\"" + anchor + "\" font-weight=\"" + weight + "\">" + xml_escape(s) +
             "</text>\n";
  }

  /// Draws a fan chart in the box (x, y, w, h).
  void add(const fan_chart& c, double x, double y, double w, double h) {
    const auto& f = c.forecast;
    const auto nh = static_cast<double>(c.history.size());
    const auto nf = static_cast<double>(f.mean.size());
    double lo = 0;
    double hi = 1;
    for (const double v : c.history)
      hi = std::max(hi, v);
    for (foresight::core::index t = 0; t < f.mean.size(); ++t) {
      hi = std::max(hi, f.mean[t]);
      for (foresight::core::index j = 0; j < f.upper.cols(); ++j)
        hi = std::max(hi, f.upper(t, j));
      for (foresight::core::index j = 0; j < f.lower.cols(); ++j)
        lo = std::min(lo, f.lower(t, j));
    }
    if (std::isfinite(c.reference_line))
      hi = std::max(hi, c.reference_line);
    hi *= 1.05;
    const double left = x + 40;
    const double top = y + 22;
    const double pw = w - 50;
    const double ph = h - 40;
    auto px = [&](double t) { return left + pw * t / std::max(1.0, nh + nf - 1); };
    auto py = [&](double v) { return top + ph * (1 - (v - lo) / (hi - lo)); };
    body_ += "<rect x=\"" + num(left) + "\" y=\"" + num(top) + "\" width=\"" + num(pw) +
             "\" height=\"" + num(ph) + "\" fill=\"none\" stroke=\"#bbb\"/>\n";
    text(x + w / 2, y + 14, c.title, 12, "middle", "bold");
    text(left - 4, top + 10, num(hi, 0), 9, "end");
    text(left - 4, top + ph, num(lo, 0), 9, "end");
    // Intervals, widest first.
    static constexpr const char* shades[] = {"#c6dbef", "#9ecae1", "#6baed6"};
    std::vector<foresight::core::index> order(static_cast<std::size_t>(f.upper.cols()));
    for (std::size_t j = 0; j < order.size(); ++j)
      order[j] = static_cast<foresight::core::index>(j);
    std::sort(order.begin(), order.end(), [&](auto a, auto b) {
      return f.levels[static_cast<std::size_t>(a)] > f.levels[static_cast<std::size_t>(b)];
    });
    for (std::size_t k = 0; k < order.size(); ++k) {
      const auto j = order[k];
      std::string pts;
      for (foresight::core::index t = 0; t < f.mean.size(); ++t)
        pts += num(px(nh + static_cast<double>(t))) + "," + num(py(f.upper(t, j))) + " ";
      for (foresight::core::index t = f.mean.size() - 1; t >= 0; --t)
        pts += num(px(nh + static_cast<double>(t))) + "," + num(py(f.lower(t, j))) + " ";
      body_ += "<polygon points=\"" + pts + "\" fill=\"" + shades[std::min<std::size_t>(k, 2)] +
               "\" stroke=\"none\"/>\n";
    }
    std::string hist;
    for (std::size_t t = 0; t < c.history.size(); ++t)
      hist += num(px(static_cast<double>(t))) + "," + num(py(c.history[t])) + " ";
    body_ += "<polyline points=\"" + hist + "\" fill=\"none\" stroke=\"#333\"/>\n";
    std::string mean = num(px(nh - 1)) + "," + num(py(c.history.back())) + " ";
    for (foresight::core::index t = 0; t < f.mean.size(); ++t)
      mean += num(px(nh + static_cast<double>(t))) + "," + num(py(f.mean[t])) + " ";
    body_ +=
        "<polyline points=\"" + mean + "\" fill=\"none\" stroke=\"#08519c\" stroke-width=\"2\"/>\n";
    if (std::isfinite(c.reference_line)) {
      const double ry = py(c.reference_line);
      body_ += "<line x1=\"" + num(left) + "\" y1=\"" + num(ry) + "\" x2=\"" + num(left + pw) +
               "\" y2=\"" + num(ry) + "\" stroke=\"#d94801\" stroke-dasharray=\"4 3\"/>\n";
      text(left + 3, ry - 3, c.reference_label, 9);
    }
  }

  /// Draws grouped bars (needed vs planned) in the box (x, y, w, h).
  void add(const std::string& title, const std::vector<plan_bar>& bars, double x, double y,
           double w, double h) {
    double hi = 1;
    for (const auto& b : bars)
      hi = std::max({hi, b.needed, b.planned});
    const double left = x + 50;
    const double top = y + 22;
    const double pw = w - 60;
    const double ph = h - 50;
    text(x + w / 2, y + 14, title, 12, "middle", "bold");
    text(left - 4, top + 10, num(hi, 0), 9, "end");
    const double slot = pw / static_cast<double>(std::max<std::size_t>(1, bars.size()));
    for (std::size_t i = 0; i < bars.size(); ++i) {
      const double bx = left + slot * static_cast<double>(i);
      const double hn = ph * bars[i].needed / hi;
      const double hp = ph * bars[i].planned / hi;
      body_ += "<rect x=\"" + num(bx + slot * 0.1) + "\" y=\"" + num(top + ph - hn) +
               "\" width=\"" + num(slot * 0.4) + "\" height=\"" + num(hn) +
               "\" fill=\"#bdbdbd\"/>\n";
      body_ += "<rect x=\"" + num(bx + slot * 0.5) + "\" y=\"" + num(top + ph - hp) +
               "\" width=\"" + num(slot * 0.4) + "\" height=\"" + num(hp) +
               "\" fill=\"#2171b5\"/>\n";
      text(bx + slot / 2, top + ph + 12, bars[i].label, 9, "middle");
    }
    text(left, top + ph + 28,
         "grey: value needed to reach the order-up-to levels; blue: value "
         "ordered by the MIP plan",
         9);
  }

  /// Writes the document to `path`. Throws core::io_error if the file cannot be written.
  void save(const std::string& path) const {
    std::ofstream out(path);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << num(width_, 0) << "\" height=\""
        << num(height_, 0) << "\" font-family=\"sans-serif\">\n"
        << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        << body_ << "</svg>\n";
    if (!out)
      throw foresight::core::io_error("planning::svg_document::save: cannot write " + path +
                                      "; expected a writable path");
  }

 private:
  double width_;
  double height_;
  std::string body_;
};

}  // namespace planning

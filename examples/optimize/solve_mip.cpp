// SPDX-License-Identifier: Apache-2.0
// Command-line MIP solver: reads an MPS file (fixed or free, optionally .gz; integer columns from
// MARKER lines and BV/LI/UI bounds), solves it by branch and bound and prints `status: ...`,
// `objective: ...`, the best bound, gap, nodes and times.
//
//   solve_mip FILE.mps[.gz] [--time-limit SECONDS] [--node-limit N] [--gap REL]
//             [--no-cuts] [--no-heuristics] [--no-presolve]
//             [--cut-rounds N] [--reliability N] [--branching
//             reliability|pseudo_cost|most_fractional]
//             [--selection best_bound_plunging|best_bound|depth_first]
//             [--output SOLUTION.txt] [--progress] [--quiet]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include <foresight/optimize/io/mps.hpp>
#include <foresight/optimize/mip.hpp>

namespace mip = foresight::optimize::mip;
namespace io = foresight::optimize::io;
namespace lp = foresight::optimize::lp;

namespace {

int usage() {
  std::cerr << "usage: solve_mip FILE.mps[.gz] [--time-limit SECONDS] [--node-limit N] "
               "[--gap REL] [--no-cuts] [--no-heuristics] [--no-presolve] [--cut-rounds N] "
               "[--reliability N] "
               "[--branching reliability|pseudo_cost|most_fractional] "
               "[--selection best_bound_plunging|best_bound|depth_first] "
               "[--output SOLUTION.txt] [--progress] [--quiet]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2)
    return usage();
  std::string file;
  std::string output;
  bool quiet = false;
  bool progress = false;
  mip::options opt;
  for (int k = 1; k < argc; ++k) {
    const std::string_view a = argv[k];
    const auto next = [&]() -> std::string {
      if (k + 1 >= argc) {
        std::cerr << "solve_mip: " << a << " needs a value\n";
        std::exit(usage());
      }
      return argv[++k];
    };
    if (a == "--time-limit") {
      opt.time_limit = std::chrono::duration<double>(std::stod(next()));
    } else if (a == "--reliability") {
      opt.reliability_threshold = std::stol(next());
    } else if (a == "--cut-rounds") {
      opt.max_cut_rounds = std::stol(next());
    } else if (a == "--node-limit") {
      opt.node_limit = std::stol(next());
    } else if (a == "--gap") {
      opt.relative_gap = std::stod(next());
    } else if (a == "--no-cuts") {
      opt.cuts = false;
    } else if (a == "--no-heuristics") {
      opt.heuristics = false;
    } else if (a == "--no-presolve") {
      opt.presolve = false;
    } else if (a == "--branching") {
      const std::string v = next();
      opt.branching = v == "pseudo_cost"       ? mip::branching_rule::pseudo_cost
                      : v == "most_fractional" ? mip::branching_rule::most_fractional
                                               : mip::branching_rule::reliability;
    } else if (a == "--selection") {
      const std::string v = next();
      opt.selection = v == "best_bound"    ? mip::node_selection::best_bound
                      : v == "depth_first" ? mip::node_selection::depth_first
                                           : mip::node_selection::best_bound_plunging;
    } else if (a == "--output") {
      output = next();
    } else if (a == "--progress") {
      progress = true;
    } else if (a == "--quiet") {
      quiet = true;
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "solve_mip: unknown option " << a << "\n";
      return usage();
    } else {
      file = std::string(a);
    }
  }
  if (file.empty())
    return usage();
  try {
    const auto t0 = std::chrono::steady_clock::now();
    const lp::model m = io::read_mps(file);
    const double read_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (progress) {
      opt.on_incumbent = [](const mip::incumbent& inc) {
        std::printf("incumbent: %.12g bound %.12g nodes %ld at %.3f s (%s)\n", inc.objective,
                    inc.best_bound, static_cast<long>(inc.nodes), inc.elapsed_seconds,
                    std::string(mip::to_string(inc.source)).c_str());
        return true;
      };
      opt.on_progress = [](const foresight::core::progress& p) {
        std::printf("progress: %ld nodes, bound %.12g, %.1f s\n", static_cast<long>(p.done),
                    p.objective, p.elapsed_seconds);
        return true;
      };
    }
    const std::clock_t c0 = std::clock();
    const mip::result r = mip::solve(m, opt);
    const double cpu_seconds = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    std::printf("status: %s\n", std::string(mip::to_string(r.status)).c_str());
    std::printf("objective: %.12g\n", r.objective);
    if (!quiet) {
      std::printf("best_bound: %.12g\n", r.best_bound);
      std::printf("gap: %.3g\n", r.gap);
      std::printf("nodes: %ld\n", static_cast<long>(r.nodes));
      std::printf("lp_iterations: %ld\n", static_cast<long>(r.lp_iterations));
      std::printf("solve_seconds: %.6f\n", r.solve_seconds);
      std::printf("solve_cpu_seconds: %.6f\n", cpu_seconds);
      std::printf("read_seconds: %.6f\n", read_seconds);
      std::printf("root_lp_bound: %.12g\n", r.stats.root_lp_bound);
      std::printf("root_cut_bound: %.12g\n", r.stats.root_cut_bound);
      std::printf("cuts: %ld gomory, %ld mir, %ld cover, %ld clique, %ld kept, %ld rounds\n",
                  static_cast<long>(r.stats.gomory_cuts), static_cast<long>(r.stats.mir_cuts),
                  static_cast<long>(r.stats.cover_cuts), static_cast<long>(r.stats.clique_cuts),
                  static_cast<long>(r.stats.cuts_kept), static_cast<long>(r.stats.cut_rounds));
      std::printf("strong_branching_lps: %ld\n", static_cast<long>(r.stats.strong_branching_lps));
      std::printf("solutions: %ld, first after %.3f s\n", static_cast<long>(r.stats.solutions),
                  r.stats.first_solution_seconds);
      std::printf("heuristics: %ld dives, %ld rins (%ld sub-MIP nodes)\n",
                  static_cast<long>(r.stats.dives), static_cast<long>(r.stats.rins_runs),
                  static_cast<long>(r.stats.rins_nodes));
      for (const auto& n : r.notes)
        std::printf("note: %s\n", n.c_str());
    }
    if (!output.empty()) {
      std::ofstream out(output);
      out.precision(17);
      out << "status " << mip::to_string(r.status) << "\nobjective " << r.objective << "\n";
      for (std::size_t j = 0; j < r.x.size(); ++j)
        out << m.col_names()[j] << " " << r.x[j] << "\n";
    }
    return r.status == mip::status::optimal ? 0 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "solve_mip: %s\n", e.what());
    return 3;
  }
}

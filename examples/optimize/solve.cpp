// SPDX-License-Identifier: Apache-2.0
// Command-line LP solver: reads an MPS file (fixed or free, optionally .gz), solves it with
// foresight's simplex and prints `status: ...` and `objective: ...` lines.
//
//   solve FILE.mps[.gz] [--method dual|primal] [--pricing steepest_edge|devex|dantzig]
//         [--no-presolve] [--no-scale] [--crash] [--lu-solves automatic|dense|hypersparse]
//         [--time-limit SECONDS] [--iteration-limit N] [--output SOLUTION.txt]
//         [--write MODEL.mps] [--quiet]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include <foresight/optimize/lp.hpp>

namespace lp = foresight::optimize::lp;
namespace io = foresight::optimize::io;

namespace {

int usage() {
  std::cerr << "usage: solve FILE.mps[.gz] [--method dual|primal] "
               "[--pricing steepest_edge|devex|dantzig] [--no-presolve] [--no-scale] [--crash] "
               "[--lu-solves automatic|dense|hypersparse] [--time-limit SECONDS] "
               "[--iteration-limit N] [--output SOLUTION.txt] [--write MODEL.mps] [--quiet]\n";
  return 2;
}

void write_solution(const std::string& path, const lp::model& m, const lp::solution& s) {
  std::ofstream out(path);
  out.precision(17);
  out << "status " << lp::to_string(s.status) << "\nobjective " << s.objective << "\n";
  out << "columns " << s.x.size() << "\n";
  for (std::size_t j = 0; j < s.x.size(); ++j)
    out << m.col_names()[j] << " " << s.x[j] << " " << s.reduced_costs[j] << " "
        << lp::to_string(s.basis.cols[j]) << "\n";
  out << "rows " << s.row_activity.size() << "\n";
  for (std::size_t i = 0; i < s.row_activity.size(); ++i)
    out << m.row_names()[i] << " " << s.row_activity[i] << " " << s.duals[i] << " "
        << lp::to_string(s.basis.rows[i]) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2)
    return usage();
  std::string file;
  std::string output;
  std::string write;
  bool quiet = false;
  lp::options opt;
  for (int k = 1; k < argc; ++k) {
    const std::string_view a = argv[k];
    const auto next = [&]() -> std::string {
      if (k + 1 >= argc) {
        std::cerr << "solve: " << a << " needs a value\n";
        std::exit(usage());
      }
      return argv[++k];
    };
    if (a == "--method") {
      const std::string v = next();
      opt.method = v == "primal" ? lp::simplex_method::primal : lp::simplex_method::dual;
    } else if (a == "--pricing") {
      const std::string v = next();
      opt.pricing = v == "devex"     ? lp::dual_pricing::devex
                    : v == "dantzig" ? lp::dual_pricing::dantzig
                                     : lp::dual_pricing::steepest_edge;
    } else if (a == "--no-presolve") {
      opt.presolve = false;
    } else if (a == "--no-scale") {
      opt.scale = false;
    } else if (a == "--crash") {
      opt.crash = lp::crash_method::bixby;
    } else if (a == "--lu-solves") {
      const std::string v = next();
      if (v == "automatic") {
        opt.lu_solves = lp::lu_solve_path::automatic;
      } else if (v == "dense") {
        opt.lu_solves = lp::lu_solve_path::dense;
      } else if (v == "hypersparse") {
        opt.lu_solves = lp::lu_solve_path::hypersparse;
      } else {
        std::cerr << "solve: --lu-solves is '" << v
                  << "'; expected automatic, dense or hypersparse\n";
        return usage();
      }
    } else if (a == "--time-limit") {
      opt.time_limit = std::chrono::duration<double>(std::stod(next()));
    } else if (a == "--iteration-limit") {
      opt.iteration_limit = std::stol(next());
    } else if (a == "--output") {
      output = next();
    } else if (a == "--write") {
      write = next();
    } else if (a == "--quiet") {
      quiet = true;
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "solve: unknown option " << a << "\n";
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
    if (!write.empty())
      io::write_mps(m, write);
    const std::clock_t c0 = std::clock();
    const lp::solution s = lp::solve(m, opt);
    const double cpu_seconds = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    std::printf("status: %s\n", std::string(lp::to_string(s.status)).c_str());
    std::printf("objective: %.12g\n", s.objective);
    if (!quiet) {
      std::printf("iterations: %ld\n", static_cast<long>(s.iterations));
      std::printf("solve_seconds: %.6f\n", s.solve_seconds);
      std::printf("solve_cpu_seconds: %.6f\n", cpu_seconds);
      std::printf("read_seconds: %.6f\n", read_seconds);
      std::printf("primal_infeasibility: %.3g\n", s.primal_infeasibility);
      std::printf("dual_infeasibility: %.3g\n", s.dual_infeasibility);
      for (const auto& n : s.notes)
        std::printf("note: %s\n", n.c_str());
    }
    if (!output.empty())
      write_solution(output, m, s);
    return s.status == lp::status::optimal ? 0 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "solve: %s\n", e.what());
    return 3;
  }
}

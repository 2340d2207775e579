#!/usr/bin/python3
"""Side-by-side LP solve times: foresight's `solve` CLI, GLPK's glpsol and CLP on the Netlib
instances of the shared data, in one run, interleaved instance by instance.

Timing columns (seconds, best of --repeat runs):
  fs_solve  foresight in-process solve CPU time (std::clock around lp::solve: presolve to
            postsolve), printed by the CLI
  fs_cpu    CPU time (user+sys) of the whole `solve` process: start-up, reading the .mps.gz, solve
  glpk_cpu  CPU time of the whole `glpsol --mps FILE` process (GLPK 5.0 default: primal simplex)
  clp_cpu   CPU time of the whole `clp FILE -dualsimplex` process (CLP 1.17.6 dual simplex)
  clp_own   CLP's own reported solve time ("... iterations time T", millisecond resolution)
  glpk_est  glpsol CPU minus the CPU of `glpsol --mps FILE --check` (start-up and reading only):
            an estimate of GLPK's solve time alone, comparable with fs_solve
glpsol and clp read the decompressed .mps (prepared once, before timing); foresight reads .gz.

Usage: bench/optimize/compare_lp.py --solve build/lp/examples/optimize/solve
       [--data ../shared/data/lp] [--repeat 3] [--json out.json] [--markdown out.md]

       bench/optimize/compare_lp.py --lu-paths lu.json [--json out.json] [--markdown out.md]
summarises `bench_lp --benchmark_filter=BM_lu_solves ...` (Google Benchmark JSON): per instance
the median CPU time of lp::solve over the repetitions with the LU solves dense, automatic and
(generated plans) hypersparse, and the geometric means.
"""
import argparse
import gzip
import json
import math
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time


def read_reference(readme):
    ref = {}
    for line in open(readme):
        m = re.match(r"\| ([a-z0-9-]+) \| (\d+) \| (\d+) \| (\d+) \| ([-0-9.eE+]+) \|", line)
        if m:
            ref[m.group(1)] = (int(m.group(2)), int(m.group(3)), float(m.group(5)))
    return ref


def run(cmd):
    """Runs cmd; returns (stdout, child CPU seconds, wall seconds)."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return out, cpu, wall


def parse_foresight(out):
    def field(name):
        m = re.search(rf"^{name}: (\S+)", out, re.M)
        return m.group(1) if m else None
    return dict(status=field("status"), objective=float(field("objective") or "nan"),
                iterations=int(field("iterations") or -1),
                solve=float(field("solve_cpu_seconds") or "nan"),
                solve_wall=float(field("solve_seconds") or "nan"))


def parse_glpk(out):
    iters = re.findall(r"^[* ]\s*(\d+): obj =\s*(\S+)", out, re.M)
    status = "optimal" if "OPTIMAL LP SOLUTION FOUND" in out else "other"
    it = int(iters[-1][0]) if iters else -1
    obj = float(iters[-1][1]) if iters else float("nan")
    return dict(status=status, objective=obj, iterations=it)


def parse_clp(out):
    m = re.search(r"Optimal objective\s+(\S+)\s+-\s+(\d+) iterations time ([0-9.]+)", out)
    if not m:
        return dict(status="other", objective=float("nan"), iterations=-1, own=float("nan"))
    return dict(status="optimal", objective=float(m.group(1)), iterations=int(m.group(2)),
                own=float(m.group(3)))


def geomean(values):
    values = [max(v, 1e-6) for v in values]
    return math.exp(sum(math.log(v) for v in values) / len(values))


def lu_paths(bench_json, markdown, out_json):
    """Table of BM_lu_solves/<instance>/<path>: median CPU seconds per path and the ratios."""
    bench = json.load(open(bench_json))
    runs = bench["benchmarks"]
    times = {}
    for b in runs:
        if b.get("run_type") != "iteration" or not b["name"].startswith("BM_lu_solves/"):
            continue
        _, inst, path = b["name"].split("/")[:3]
        scale = {"ms": 1e-3, "us": 1e-6, "ns": 1e-9, "s": 1.0}[b.get("time_unit", "ns")]
        times.setdefault(inst, {}).setdefault(path, []).append(b["cpu_time"] * scale)
    def median(v):
        v = sorted(v)
        return v[len(v) // 2] if len(v) % 2 else 0.5 * (v[len(v) // 2 - 1] + v[len(v) // 2])
    med = {i: {p: median(v) for p, v in d.items()} for i, d in times.items()}
    netlib = sorted(i for i in med if not i.startswith("plan"))
    plans = sorted((i for i in med if i.startswith("plan")),
                   key=lambda i: [int(x) for x in i[4:].split("x")])
    lines = ["| instance | reps | dense ms | automatic ms | automatic / dense | hypersparse ms "
             "| hypersparse / dense |", "|---|---:|---:|---:|---:|---:|---:|"]
    for i in netlib + plans:
        d, a, h = med[i].get("dense"), med[i].get("automatic"), med[i].get("hypersparse")
        hs = f"{1e3 * h:.3f} | {h / d:.3f}" if h else " | "
        lines.append(f"| {i} | {len(times[i]['dense'])} | {1e3 * d:.3f} | {1e3 * a:.3f} | "
                     f"{a / d:.3f} | {hs} |")
    summary = {}
    for label, group in (("Netlib", netlib), ("plans", plans)):
        if group:
            gd = geomean([med[i]["dense"] for i in group])
            ga = geomean([med[i]["automatic"] for i in group])
            summary[label] = dict(instances=len(group), dense=gd, automatic=ga, ratio=ga / gd)
            lines.append(f"| **geometric mean, {label} ({len(group)})** | | {1e3 * gd:.3f} | "
                         f"{1e3 * ga:.3f} | **{ga / gd:.3f}** | | |")
    text = "\n".join(lines) + "\n"
    if out_json:
        json.dump(dict(context=bench.get("context", {}), cpu_seconds=times, median=med,
                       geomean=summary), open(out_json, "w"), indent=1)
    if markdown:
        open(markdown, "w").write(text)
    print(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--solve")
    ap.add_argument("--lu-paths", help="summarise a BM_lu_solves Google Benchmark JSON instead")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__),
                                                   "../../../shared/data/lp"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json")
    ap.add_argument("--markdown")
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args()
    if args.lu_paths:
        return lu_paths(args.lu_paths, args.markdown, args.json)
    if not args.solve:
        ap.error("--solve is required (or --lu-paths)")
    ref = read_reference(os.path.join(args.data, "README.md"))
    names = [n for n in ref if not args.only or n in args.only]
    tmp = tempfile.mkdtemp(prefix="foresight_lp_bench_")
    for n in names:
        with gzip.open(os.path.join(args.data, n + ".mps.gz"), "rb") as f:
            open(os.path.join(tmp, n + ".mps"), "wb").write(f.read())
    best = {n: {} for n in names}
    info = {n: {} for n in names}
    for rep in range(args.repeat):
        for n in names:
            gz = os.path.join(args.data, n + ".mps.gz")
            mps = os.path.join(tmp, n + ".mps")
            out, cpu, wall = run([args.solve, gz])
            fs = parse_foresight(out)
            out_g, cpu_g, wall_g = run(["glpsol", "--mps", mps])
            g = parse_glpk(out_g)
            _, cpu_gr, _ = run(["glpsol", "--mps", mps, "--check"])
            out_c, cpu_c, wall_c = run(["clp", mps, "-dualsimplex"])
            c = parse_clp(out_c)
            for key, val in (("fs_solve", fs["solve"]), ("fs_cpu", cpu), ("fs_wall", wall),
                             ("glpk_cpu", cpu_g), ("glpk_wall", wall_g), ("clp_cpu", cpu_c),
                             ("clp_wall", wall_c), ("clp_own", c["own"]),
                             ("glpk_read_cpu", cpu_gr)):
                best[n][key] = min(best[n].get(key, float("inf")), val)
            info[n] = dict(fs=fs, glpk=g, clp=c)
    for f in os.listdir(tmp):
        os.remove(os.path.join(tmp, f))
    os.rmdir(tmp)
    rows = []
    for n in names:
        r = ref[n][2]
        fs, g, c = info[n]["fs"], info[n]["glpk"], info[n]["clp"]
        err = abs(fs["objective"] - r) / max(1.0, abs(r))
        best[n]["glpk_est"] = max(best[n]["glpk_cpu"] - best[n]["glpk_read_cpu"], 1e-5)
        rows.append(dict(name=n, rows=ref[n][0], cols=ref[n][1], reference=r,
                         fs_status=fs["status"], fs_rel_error=err, fs_iterations=fs["iterations"],
                         glpk_iterations=g["iterations"], clp_iterations=c["iterations"],
                         glpk_status=g["status"], clp_status=c["status"], **best[n]))
    keys = ["fs_solve", "fs_cpu", "glpk_cpu", "glpk_est", "clp_cpu", "clp_own"]
    gm = {k: geomean([row[k] for row in rows]) for k in keys}
    summary = dict(
        geomean=gm,
        ratio_fs_solve_over_glpk_cpu=gm["fs_solve"] / gm["glpk_cpu"],
        ratio_fs_solve_over_glpk_est=gm["fs_solve"] / gm["glpk_est"],
        ratio_fs_solve_over_clp_cpu=gm["fs_solve"] / gm["clp_cpu"],
        ratio_fs_solve_over_clp_own=gm["fs_solve"] / gm["clp_own"],
        ratio_fs_cpu_over_glpk_cpu=gm["fs_cpu"] / gm["glpk_cpu"],
        ratio_fs_cpu_over_clp_cpu=gm["fs_cpu"] / gm["clp_cpu"],
        all_optimal=all(r["fs_status"] == "optimal" and r["fs_rel_error"] <= 1e-6 for r in rows),
        machine=dict(node=platform.node(), cpu=platform.processor(), cores=os.cpu_count(),
                     load=os.getloadavg()),
        repeat=args.repeat)
    if args.json:
        json.dump(dict(instances=rows, summary=summary), open(args.json, "w"), indent=1)
    lines = ["| instance | rows | cols | status | rel. error | fs iters | glpk iters | clp iters "
             "| fs solve s | fs cpu s | glpk cpu s | glpk est s | clp cpu s | clp own s |",
             "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['name']} | {r['rows']} | {r['cols']} | {r['fs_status']} | "
                     f"{r['fs_rel_error']:.1e} | {r['fs_iterations']} | {r['glpk_iterations']} | "
                     f"{r['clp_iterations']} | {r['fs_solve']:.4f} | {r['fs_cpu']:.4f} | "
                     f"{r['glpk_cpu']:.4f} | {r['glpk_est']:.4f} | {r['clp_cpu']:.4f} | "
                     f"{r['clp_own']:.3f} |")
    lines.append(f"| **geometric mean** | | | | | | | | {gm['fs_solve']:.5f} | {gm['fs_cpu']:.5f} | "
                 f"{gm['glpk_cpu']:.5f} | {gm['glpk_est']:.5f} | {gm['clp_cpu']:.5f} | "
                 f"{gm['clp_own']:.5f} |")
    text = "\n".join(lines)
    text += (f"\n\nRatios of geometric means: foresight solve / glpsol CPU = "
             f"{summary['ratio_fs_solve_over_glpk_cpu']:.3f}; foresight solve / glpsol solve "
             f"estimate = {summary['ratio_fs_solve_over_glpk_est']:.3f}; foresight solve / clp CPU = "
             f"{summary['ratio_fs_solve_over_clp_cpu']:.3f}; foresight solve / clp own time = "
             f"{summary['ratio_fs_solve_over_clp_own']:.3f}; foresight process CPU / glpsol CPU = "
             f"{summary['ratio_fs_cpu_over_glpk_cpu']:.3f}; foresight process CPU / clp CPU = "
             f"{summary['ratio_fs_cpu_over_clp_cpu']:.3f}.\n")
    if args.markdown:
        open(args.markdown, "w").write(text)
    print(text)


if __name__ == "__main__":
    sys.exit(main())

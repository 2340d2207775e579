#!/usr/bin/python3
"""Side-by-side MIP solve times: foresight's `solve_mip` CLI, CBC and GLPK on the 16 MIPLIB 3
instances of the shared data, in one run, interleaved instance by instance, single thread, the
same time limit for all.

Commands (FILE is the decompressed .mps, prepared once before timing):
  foresight  solve_mip FILE --time-limit T
  cbc        cbc FILE -sec T -solve -quit            (Debian coinor-cbc 2.10.8, default settings)
  glpk       glpsol --freemps FILE --cuts --tmlim T  (GLPK 5.0 with all its cuts; --freemps
             because bell3a, gt2 and vpm2 have tabs in their comment header)

Timing columns (seconds, best of --repeat runs):
  *_cpu   CPU time (user + sys) of the whole process (resource.getrusage of the children):
          start-up, reading the file and solving; the number to compare on a loaded machine
  *_wall  wall-clock time of the whole process
  fs_solve  foresight's in-process solve CPU time (std::clock around mip::solve), printed by
          the CLI
A run that does not prove optimality within T counts as T (CPU and wall) in the geometric means.

With --heuristics-ablation, foresight also runs with --no-heuristics, and a second table gives
the seconds to the first solution and to the end with and without the primal heuristics
(in-process solve CPU and wall times printed by the CLI); --foresight-only skips CBC and GLPK.

Usage: bench/optimize/compare_mip.py --solve-mip build/mip/examples/optimize/solve_mip
       [--data ../shared/data/mip] [--time-limit 60] [--repeat 1] [--json out.json]
       [--markdown out.md] [--only NAME ...] [--heuristics-ablation] [--foresight-only]
"""
import argparse
import gzip
import json
import math
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time


def read_reference(readme):
    """Instance -> (rows, cols, reference objective) from the README table of the data."""
    ref = {}
    for line in open(readme):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 8 and re.fullmatch(r"[a-z0-9]+", cells[0]) and cells[1].isdigit():
            ref[cells[0]] = (int(cells[1]), int(cells[2]), float(cells[6]))
    return ref


def run(cmd, env=None):
    """Runs cmd; returns (stdout + stderr, child CPU seconds, wall seconds)."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return p.stdout + p.stderr, cpu, wall


def number(text, pattern, default=float("nan")):
    m = re.search(pattern, text, re.M)
    return float(m.group(1)) if m else default


def parse_foresight(out):
    m = re.search(r"^status: (\S+)", out, re.M)
    return dict(status=m.group(1) if m else "error",
                objective=number(out, r"^objective: (\S+)"),
                nodes=int(number(out, r"^nodes: (\d+)", -1)),
                solve=number(out, r"^solve_cpu_seconds: (\S+)"),
                first_solution=number(out, r"^solutions: \d+, first after (\S+) s"))


def parse_cbc(out):
    if "Result - Optimal solution found" in out:
        status = "optimal"
    elif "Result - Stopped on time" in out:
        status = "time_limit"
    elif "infeasible" in out.lower():
        status = "infeasible"
    else:
        status = "other"
    return dict(status=status, objective=number(out, r"^Objective value:\s+(\S+)"),
                nodes=int(number(out, r"^Enumerated nodes:\s+(\d+)", -1)),
                own=number(out, r"^Time \(CPU seconds\):\s+(\S+)"))


def parse_glpk(out):
    if "INTEGER OPTIMAL SOLUTION FOUND" in out:
        status = "optimal"
    elif "TIME LIMIT EXCEEDED" in out:
        status = "time_limit"
    elif "PROBLEM HAS NO INTEGER FEASIBLE SOLUTION" in out:
        status = "infeasible"
    else:
        status = "other"
    # Progress lines read "+ ITER: mip = OBJ >= BOUND GAP (ACTIVE; DONE)".
    lines = re.findall(r"^[+*]\s*\d+:\s+(?:>>>>>|mip =)\s+(\S+)\s.*\((\d+); (\d+)\)$", out, re.M)
    objective = float("nan")
    nodes = -1
    if lines:
        try:
            objective = float(lines[-1][0])
        except ValueError:
            objective = float("nan")
        nodes = int(lines[-1][1]) + int(lines[-1][2])
    return dict(status=status, objective=objective, nodes=nodes)


def geomean(values):
    values = [max(v, 1e-3) for v in values]
    return math.exp(sum(math.log(v) for v in values) / len(values))


def build_flags(solve_mip):
    """Build type and flags from the CMakeCache.txt above the solve_mip binary."""
    d = os.path.dirname(os.path.abspath(solve_mip))
    while d != os.path.dirname(d):
        cache = os.path.join(d, "CMakeCache.txt")
        if os.path.exists(cache):
            out = {}
            for line in open(cache):
                m = re.match(r"(CMAKE_BUILD_TYPE|CMAKE_CXX_FLAGS|CMAKE_CXX_FLAGS_RELEASE|"
                             r"CMAKE_CXX_COMPILER|FORESIGHT_OPENMP):\w+=(.*)$", line)
                if m:
                    out[m.group(1)] = m.group(2)
            return out
        d = os.path.dirname(d)
    return {}


def version(cmd, pattern):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30,
                             input="quit\n").stdout
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    m = re.search(pattern, out)
    return m.group(1) if m else "unknown"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--solve-mip", required=True)
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__),
                                                   "../../../shared/data/mip"))
    ap.add_argument("--time-limit", type=float, default=60)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--json")
    ap.add_argument("--markdown")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--heuristics-ablation", action="store_true")
    ap.add_argument("--foresight-only", action="store_true")
    args = ap.parse_args()
    load_before = os.getloadavg()
    ref = read_reference(os.path.join(args.data, "README.md"))
    names = [n for n in ref if not args.only or n in args.only]
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    tmp = tempfile.mkdtemp(prefix="foresight_mip_bench_")
    for n in names:
        with gzip.open(os.path.join(args.data, n + ".mps.gz"), "rb") as f:
            open(os.path.join(tmp, n + ".mps"), "wb").write(f.read())
    t = args.time_limit
    tl = f"{t:g}"
    best = {n: {} for n in names}
    info = {n: {} for n in names}
    for _ in range(args.repeat):
        for n in names:
            mps = os.path.join(tmp, n + ".mps")
            out, cpu, wall = run([args.solve_mip, mps, "--time-limit", tl], env)
            fs = parse_foresight(out)
            if args.heuristics_ablation:
                out_h, _, _ = run([args.solve_mip, mps, "--time-limit", tl, "--no-heuristics"],
                                  env)
                fs_h = parse_foresight(out_h)
                fs_h["wall"] = number(out_h, r"^solve_seconds: (\S+)")
                fs["wall"] = number(out, r"^solve_seconds: (\S+)")
                info[n]["ablation"] = dict(heuristics=fs, none=fs_h)
            if args.foresight_only:
                out_c, cpu_c, wall_c, out_g, cpu_g, wall_g = "", 0.0, 0.0, "", 0.0, 0.0
            else:
                out_c, cpu_c, wall_c = run(["cbc", mps, "-sec", tl, "-solve", "-quit"], env)
                out_g, cpu_g, wall_g = run(["glpsol", "--freemps", mps, "--cuts", "--tmlim",
                                            str(int(math.ceil(t)))], env)
            c = parse_cbc(out_c)
            g = parse_glpk(out_g)
            for key, val in (("fs_solve", fs["solve"]), ("fs_cpu", cpu), ("fs_wall", wall),
                             ("cbc_cpu", cpu_c), ("cbc_wall", wall_c), ("cbc_own", c["own"]),
                             ("glpk_cpu", cpu_g), ("glpk_wall", wall_g)):
                best[n][key] = min(best[n].get(key, float("inf")), val)
            info[n].update(dict(fs=fs, cbc=c, glpk=g))
            print(f"{n}: foresight {fs['status']} {fs['objective']} {cpu:.3f} s, "
                  f"cbc {c['status']} {c['objective']} {cpu_c:.3f} s, "
                  f"glpk {g['status']} {g['objective']} {cpu_g:.3f} s", file=sys.stderr)
    shutil.rmtree(tmp)
    rows = []
    for n in names:
        r = ref[n][2]
        fs, c, g = info[n]["fs"], info[n]["cbc"], info[n]["glpk"]
        row = dict(name=n, rows=ref[n][0], cols=ref[n][1], reference=r)
        for tag, res in (("fs", fs), ("cbc", c), ("glpk", g)):
            ok = res["status"] == "optimal" and abs(res["objective"] - r) <= 1e-6 * max(1, abs(r))
            row[f"{tag}_status"] = res["status"]
            row[f"{tag}_objective"] = res["objective"]
            row[f"{tag}_correct"] = ok
            row[f"{tag}_nodes"] = res["nodes"]
            # Unsolved runs count as the time limit.
            for kind in ("cpu", "wall"):
                key = f"{tag}_{kind}"
                row[key] = best[n][key]
                row[key + "_capped"] = best[n][key] if ok else max(best[n][key], t)
        row["fs_solve"] = best[n]["fs_solve"]
        row["fs_first_solution"] = fs["first_solution"]
        row["cbc_own"] = best[n]["cbc_own"]
        if "ablation" in info[n]:
            a = info[n]["ablation"]
            for tag, res in (("heur", a["heuristics"]), ("noheur", a["none"])):
                row[f"{tag}_first_solution_s"] = res["first_solution"]
                row[f"{tag}_solve_cpu_s"] = res["solve"]
                row[f"{tag}_solve_wall_s"] = res["wall"]
                row[f"{tag}_nodes"] = res["nodes"]
                row[f"{tag}_status"] = res["status"]
        rows.append(row)
    gm = {k: geomean([row[k] for row in rows])
          for k in ("fs_cpu_capped", "cbc_cpu_capped", "glpk_cpu_capped", "fs_wall_capped",
                    "cbc_wall_capped", "glpk_wall_capped", "fs_solve")}
    summary = dict(
        geomean=gm,
        ratio_fs_over_cbc_cpu=gm["fs_cpu_capped"] / gm["cbc_cpu_capped"],
        ratio_fs_over_glpk_cpu=gm["fs_cpu_capped"] / gm["glpk_cpu_capped"],
        ratio_fs_over_cbc_wall=gm["fs_wall_capped"] / gm["cbc_wall_capped"],
        ratio_fs_over_glpk_wall=gm["fs_wall_capped"] / gm["glpk_wall_capped"],
        solved=dict(foresight=sum(r["fs_correct"] for r in rows),
                    cbc=sum(r["cbc_correct"] for r in rows),
                    glpk=sum(r["glpk_correct"] for r in rows), of=len(rows)),
        time_limit_seconds=t,
        repeat=args.repeat,
        build=build_flags(args.solve_mip),
        versions=dict(cbc=version(["cbc"], r"Version:\s*(\S+)"),
                      glpk=version(["glpsol", "--version"], r"GLPK\D*([0-9.]+)")),
        command=" ".join([os.path.relpath(sys.argv[0])] + sys.argv[1:]),
        machine=dict(node=platform.node(), cpu=platform.processor(), cores=os.cpu_count(),
                     load_before=load_before, load_after=os.getloadavg()))
    if args.json:
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        json.dump(dict(instances=rows, summary=summary), open(args.json, "w"), indent=1)
    lines = ["| instance | foresight | nodes | CPU s | wall s | CBC | nodes | CPU s | wall s "
             "| GLPK | nodes | CPU s | wall s |",
             "|---|---|---:|---:|---:|---|---:|---:|---:|---|---:|---:|---:|"]
    for r in rows:
        cells = [r["name"]]
        for tag in ("fs", "cbc", "glpk"):
            st = r[f"{tag}_status"] if r[f"{tag}_correct"] or r[f"{tag}_status"] != "optimal" \
                else "wrong objective"
            cells += [st, str(r[f"{tag}_nodes"]), f"{r[f'{tag}_cpu']:.3f}",
                      f"{r[f'{tag}_wall']:.3f}"]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append(f"| **geometric mean** | {summary['solved']['foresight']}/{len(rows)} | | "
                 f"{gm['fs_cpu_capped']:.3f} | {gm['fs_wall_capped']:.3f} | "
                 f"{summary['solved']['cbc']}/{len(rows)} | | {gm['cbc_cpu_capped']:.3f} | "
                 f"{gm['cbc_wall_capped']:.3f} | {summary['solved']['glpk']}/{len(rows)} | | "
                 f"{gm['glpk_cpu_capped']:.3f} | {gm['glpk_wall_capped']:.3f} |")
    text = "\n".join(lines)
    text += (f"\n\nRatios of geometric means (process CPU): foresight / CBC = "
             f"{summary['ratio_fs_over_cbc_cpu']:.3f}, foresight / GLPK = "
             f"{summary['ratio_fs_over_glpk_cpu']:.3f}; wall: foresight / CBC = "
             f"{summary['ratio_fs_over_cbc_wall']:.3f}, foresight / GLPK = "
             f"{summary['ratio_fs_over_glpk_wall']:.3f}. Time limit {tl} s; unsolved runs count "
             f"as the limit.\n")
    if args.foresight_only:
        text = ""
        for k in [k for k in summary if k.startswith("ratio_")]:
            del summary[k]
    if args.heuristics_ablation:
        abl = ["", "| instance | first solution s (heuristics) | first solution s (none) | "
               "solve CPU s (heuristics) | solve CPU s (none) | nodes (heuristics) | "
               "nodes (none) |", "|---|---:|---:|---:|---:|---:|---:|"]
        for r in rows:
            abl.append(f"| {r['name']} | {r['heur_first_solution_s']:.3f} | "
                       f"{r['noheur_first_solution_s']:.3f} | {r['heur_solve_cpu_s']:.3f} | "
                       f"{r['noheur_solve_cpu_s']:.3f} | {r['heur_nodes']} | "
                       f"{r['noheur_nodes']} |")
        gma = {k: geomean([r[k] for r in rows]) for k in
               ("heur_first_solution_s", "noheur_first_solution_s", "heur_solve_cpu_s",
                "noheur_solve_cpu_s")}
        summary["heuristics_ablation_geomean"] = gma
        abl.append(f"| **geometric mean** | {gma['heur_first_solution_s']:.4f} | "
                   f"{gma['noheur_first_solution_s']:.4f} | {gma['heur_solve_cpu_s']:.4f} | "
                   f"{gma['noheur_solve_cpu_s']:.4f} | | |")
        text += "\n".join(abl) + "\n"
        if args.json:
            json.dump(dict(instances=rows, summary=summary), open(args.json, "w"), indent=1)
    if args.markdown:
        open(args.markdown, "w").write(text)
    print(text)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Reference optima for the MIP tests (tests/optimize/mip/).

1. Generates small random MIPs (fixed seeds) and a few infeasible and unbounded ones, writes them
   as free MPS files (random_*.mps, infeasible_*.mps, unbounded_*.mps) and solves each with
   CBC 2.10.8 (`cbc FILE -solve -quit`, default settings) and HiGHS (scipy 1.10.1
   scipy.optimize.milp, default settings); both results go to random_mips.csv and must agree.
2. With --examples DIR (the build directory of examples/optimize), runs the three ERP example
   programs with `--write-mps` to write the models they build (erp_*.mps, committed), solves
   them with CBC and writes erp_models.csv.

Usage: tests/reference/mip/make_reference.py [--examples build/mip/examples/optimize]
"""
import argparse
import csv
import os
import re
import subprocess
import sys

import numpy as np
import scipy
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix

HERE = os.path.dirname(os.path.abspath(__file__))
INF = float("inf")


def write_mps(path, name, c, a, rl, ru, lo, hi, integer):
    """Free MPS, minimisation, rows as E/L/G or ranged (RANGES), integer MARKER blocks."""
    m, n = a.shape
    rows = []
    for i in range(m):
        if rl[i] == ru[i]:
            rows.append(("E", ru[i], None))
        elif rl[i] == -INF:
            rows.append(("L", ru[i], None))
        elif ru[i] == INF:
            rows.append(("G", rl[i], None))
        else:
            rows.append(("L", ru[i], ru[i] - rl[i]))
    f = lambda v: repr(float(v))
    with open(path, "w") as out:
        out.write(f"NAME {name}\nROWS\n N obj\n")
        for i, (t, _, _) in enumerate(rows):
            out.write(f" {t} r{i}\n")
        out.write("COLUMNS\n")
        in_int = False
        for j in range(n):
            if integer[j] != in_int:
                out.write("    MARKER 'MARKER' " + ("'INTORG'" if integer[j] else "'INTEND'") + "\n")
                in_int = integer[j]
            out.write(f"    x{j} obj {f(c[j])}\n")
            for i in range(m):
                if a[i, j] != 0:
                    out.write(f"    x{j} r{i} {f(a[i, j])}\n")
        if in_int:
            out.write("    MARKER 'MARKER' 'INTEND'\n")
        out.write("RHS\n")
        for i, (_, rhs, _) in enumerate(rows):
            if rhs != 0:
                out.write(f"    rhs r{i} {f(rhs)}\n")
        if any(r[2] is not None for r in rows):
            out.write("RANGES\n")
            for i, (_, _, rng) in enumerate(rows):
                if rng is not None:
                    out.write(f"    rng r{i} {f(rng)}\n")
        out.write("BOUNDS\n")
        for j in range(n):
            if lo[j] == -INF and hi[j] == INF:
                out.write(f" FR bnd x{j}\n")
                continue
            if lo[j] == -INF:
                out.write(f" MI bnd x{j}\n")
            elif lo[j] != 0:
                out.write(f" LO bnd x{j} {f(lo[j])}\n")
            if hi[j] != INF:
                out.write(f" UP bnd x{j} {f(hi[j])}\n")
            elif integer[j]:
                out.write(f" PL bnd x{j}\n")
        out.write("ENDATA\n")


def run_cbc(path, extra=()):
    """CBC's status and objective; when its preprocessing only says "infeasible or unbounded",
    the run is repeated with `-preprocess off`, whose search decides."""
    out = subprocess.run(["cbc", path, *extra, "-solve", "-quit"], capture_output=True,
                         text=True).stdout
    if "Result - Optimal solution found" in out:
        obj = float(re.search(r"Objective value:\s+(\S+)", out).group(1))
        return "optimal", obj
    # Infeasibility is reported either by the search ("Result - Problem proven infeasible")
    # or already by CBC's preprocessing ("Problem is infeasible!").
    if "Result - Problem proven infeasible" in out or "Problem is infeasible" in out:
        return "infeasible", float("nan")
    if "Result - Problem proven unbounded" in out or "Problem is unbounded" in out:
        return "unbounded", float("nan")
    if "Result - Linear relaxation infeasible" in out:
        return "infeasible", float("nan")
    if "infeasible or unbounded" in out:
        return run_cbc(path, ("-preprocess", "off")) if not extra else ("other", float("nan"))
    return "other", float("nan")


def run_highs(c, a, rl, ru, lo, hi, integer):
    cons = [LinearConstraint(csr_matrix(a), rl, ru)] if a.shape[0] else []
    r = milp(c, constraints=cons, integrality=np.array(integer, dtype=int),
             bounds=Bounds(lo, hi))
    status = {0: "optimal", 2: "infeasible", 3: "unbounded"}.get(r.status, "other")
    if r.status == 4 and "unbounded or infeasible" in r.message:
        status = "infeasible_or_unbounded"
    return status, (float(r.fun) if r.status == 0 else float("nan"))


def random_model(rng, kind):
    """One small random MIP of the given kind: (c, a, rl, ru, lo, hi, integer)."""
    if kind == "knapsack":  # multi-dimensional 0-1 knapsack (a maximisation written as min -p'x)
        n, m = rng.integers(15, 31), rng.integers(2, 5)
        w = rng.integers(5, 60, size=(m, n)).astype(float)
        p = rng.integers(10, 100, size=n).astype(float)
        cap = np.floor(0.4 * w.sum(axis=1))
        return -p, w, np.full(m, -INF), cap, np.zeros(n), np.ones(n), [True] * n
    if kind == "cover":  # weighted set covering
        n, m = rng.integers(20, 41), rng.integers(10, 21)
        a = (rng.random((m, n)) < 0.2).astype(float)
        for i in range(m):
            if a[i].sum() == 0:
                a[i, rng.integers(n)] = 1.0
        c = rng.integers(1, 20, size=n).astype(float)
        return c, a, np.ones(m), np.full(m, INF), np.zeros(n), np.ones(n), [True] * n
    if kind == "general":  # general integers and continuous columns, mixed row types
        n, m = rng.integers(8, 16), rng.integers(5, 11)
        a = np.where(rng.random((m, n)) < 0.5, rng.integers(-9, 10, size=(m, n)), 0).astype(float)
        x0 = rng.integers(0, 6, size=n).astype(float)  # a feasible point
        integer = [bool(rng.random() < 0.7) for _ in range(n)]
        x0 = np.where(integer, x0, x0 + rng.random(n))
        act = a @ x0
        rl, ru = np.full(m, -INF), np.full(m, INF)
        for i in range(m):
            t = rng.integers(4)
            if t == 0:
                ru[i] = np.floor(act[i]) + rng.integers(0, 4)
            elif t == 1:
                rl[i] = np.ceil(act[i]) - rng.integers(0, 4)
            elif t == 2:
                rl[i], ru[i] = act[i] - rng.integers(1, 5), act[i] + rng.integers(1, 5)
            else:
                rl[i] = ru[i] = act[i]
        c = rng.integers(-10, 11, size=n).astype(float)
        lo = np.zeros(n)
        hi = np.where(rng.random(n) < 0.8, 10.0, INF)
        # Keep the problem bounded: a cost-carrying column without upper bound gets cost >= 0.
        c = np.where((hi == INF) & (c < 0), -c, c)
        return c, a, rl, ru, lo, hi, integer
    if kind == "facility":  # capacitated facility location: binaries open, continuous flows
        f, k = rng.integers(3, 6), rng.integers(4, 9)
        fixed = rng.integers(50, 150, size=f).astype(float)
        cap = rng.integers(30, 80, size=f).astype(float)
        dem = rng.integers(5, 25, size=k).astype(float)
        cost = rng.integers(1, 20, size=(f, k)).astype(float)
        n = f + f * k
        c = np.concatenate([fixed, cost.ravel()])
        rows, rl, ru = [], [], []
        for j in range(k):  # demand: sum_i y_ij = d_j
            r = np.zeros(n)
            r[[f + i * k + j for i in range(f)]] = 1.0
            rows.append(r); rl.append(dem[j]); ru.append(dem[j])
        for i in range(f):  # capacity: sum_j y_ij - cap_i x_i <= 0
            r = np.zeros(n)
            r[i] = -cap[i]
            r[f + i * k: f + (i + 1) * k] = 1.0
            rows.append(r); rl.append(-INF); ru.append(0.0)
        return (c, np.array(rows), np.array(rl), np.array(ru), np.zeros(n),
                np.concatenate([np.ones(f), np.full(f * k, INF)]),
                [True] * f + [False] * (f * k))
    raise ValueError(kind)


def special_models():
    """Infeasible and unbounded models whose LP relaxations are feasible."""
    out = []
    # 2 x0 + 4 x1 = 7 over integers: LP feasible, no integer point.
    out.append(("infeasible_parity", np.array([1.0, 1.0]), np.array([[2.0, 4.0]]),
                np.array([7.0]), np.array([7.0]), np.zeros(2), np.full(2, 10.0), [True, True]))
    # 1.2 <= x0 + x1 <= 1.8 with x0, x1 integer.
    out.append(("infeasible_band", np.array([1.0, 2.0]), np.array([[1.0, 1.0]]),
                np.array([1.2]), np.array([1.8]), np.zeros(2), np.full(2, 5.0), [True, True]))
    # A 0-1 knapsack row and a cover row that contradict each other only for integers:
    # sum x >= 3 and 2 x0 + 2 x1 + 2 x2 + 2 x3 <= 5, binaries.
    out.append(("infeasible_knapsack", np.ones(4), np.array([[1.0] * 4, [2.0] * 4]),
                np.array([3.0, -INF]), np.array([INF, 5.0]), np.zeros(4), np.ones(4), [True] * 4))
    # min -x0 - x1 with x0 - x1 <= 0.5, x1 - x0 <= 0.5, integer x >= 0: x0 = x1 = t, unbounded.
    out.append(("unbounded_diagonal", np.array([-1.0, -1.0]),
                np.array([[1.0, -1.0], [-1.0, 1.0]]), np.array([-INF, -INF]),
                np.array([0.5, 0.5]), np.zeros(2), np.full(2, INF), [True, True]))
    return out


def make_random(writer):
    rng = np.random.default_rng(20240607)
    kinds = ["knapsack", "cover", "general", "facility"]
    for k in range(24):
        kind = kinds[k % 4]
        model = random_model(rng, kind)
        writer(f"random_{k:02d}_{kind}", *model)
    for name, *model in special_models():
        writer(name, *model)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", help="build directory holding the ERP example programs")
    args = ap.parse_args()
    rows = []

    def writer(name, c, a, rl, ru, lo, hi, integer):
        path = os.path.join(HERE, name + ".mps")
        write_mps(path, name, c, a, rl, ru, lo, hi, integer)
        s1, o1 = run_cbc(path)
        s2, o2 = run_highs(c, a, rl, ru, lo, hi, integer)
        # Equal statuses (and objectives), or HiGHS undecided where CBC proves one side.
        agree = (s1 == s2 and (s1 != "optimal" or abs(o1 - o2) <= 1e-6 * max(1, abs(o1)))) or (
            s2 == "infeasible_or_unbounded" and s1 in ("infeasible", "unbounded"))
        if not agree:
            sys.exit(f"{name}: cbc {s1} {o1} and highs {s2} {o2} disagree")
        rows.append([name, s1, repr(o1), s2, repr(o2)])
        print(name, s1, o1)

    make_random(writer)
    with open(os.path.join(HERE, "random_mips.csv"), "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["name", "cbc_status", "cbc_objective", "highs_status", "highs_objective"])
        w.writerows(rows)

    if args.examples:
        erp = []
        for prog, name in [("mip_lot_sizing", "erp_lot_sizing"),
                           ("mip_facility_location", "erp_facility_location"),
                           ("mip_replenishment", "erp_replenishment")]:
            path = os.path.join(HERE, name + ".mps")
            subprocess.run([os.path.join(args.examples, prog), "--write-mps", path], check=True,
                           capture_output=True)
            status, obj = run_cbc(path)
            erp.append([name, status, repr(obj)])
            print(name, status, obj)
        with open(os.path.join(HERE, "erp_models.csv"), "w", newline="") as out:
            w = csv.writer(out, lineterminator="\n")
            w.writerow(["name", "status", "cbc_objective"])
            w.writerows(erp)
    print(f"scipy {scipy.__version__}; cbc and HiGHS agree on all {len(rows)} models")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Small generated LPs and their reference solutions for tests/optimize/lp.

Writes random_NN.mps (free MPS) and random_lps.csv (name, status, objective) next to this file.
Reference: scipy 1.10.1, scipy.optimize.linprog(method="highs") (HiGHS), default tolerances.
Run: /usr/bin/python3 tests/reference/lp/make_reference.py
The models are built with numpy's PCG64 generator, seed 20240611, so the files are reproducible.
"""
import os

import numpy as np
import scipy
from scipy.optimize import linprog

HERE = os.path.dirname(os.path.abspath(__file__))
INF = np.inf


def make_model(rng, kind):
    m = int(rng.integers(4, 20))
    n = int(rng.integers(4, 30))
    density = float(rng.uniform(0.15, 0.5))
    a = np.where(rng.random((m, n)) < density, np.round(rng.normal(0, 3, (m, n)), 2), 0.0)
    for j in range(n):  # no empty columns
        if not a[:, j].any():
            a[int(rng.integers(0, m)), j] = 1.0
    x0 = np.round(rng.uniform(-2, 5, n), 2)
    lo = np.full(n, -INF)
    hi = np.full(n, INF)
    for j in range(n):
        t = rng.integers(0, 5)
        if t == 0:    # [0, inf)
            lo[j] = 0.0
            x0[j] = abs(x0[j])
        elif t == 1:  # boxed around x0
            lo[j] = np.floor(x0[j]) - 1
            hi[j] = np.ceil(x0[j]) + 2
        elif t == 2:  # upper only
            hi[j] = np.ceil(x0[j]) + 1
        elif t == 3:  # fixed
            lo[j] = hi[j] = x0[j]
        # t == 4: free
    r = a @ x0
    rlo = np.full(m, -INF)
    rhi = np.full(m, INF)
    for i in range(m):
        t = rng.integers(0, 5)
        slack = float(np.round(rng.uniform(0, 3), 2))
        if t == 0:
            rhi[i] = np.round(r[i] + slack, 2)
        elif t == 1:
            rlo[i] = np.round(r[i] - slack, 2)
        elif t == 2:
            rlo[i] = rhi[i] = np.round(r[i], 2)
        elif t == 3:
            rlo[i] = np.round(r[i] - slack, 2)
            rhi[i] = np.round(r[i] + slack + 1, 2)
        else:
            rhi[i] = np.round(r[i] + slack, 2)
    # Rounded equalities may make x0 infeasible; HiGHS decides the status either way.
    c = np.round(rng.normal(0, 2, n), 2)
    # Keep most models bounded: give every column without a finite bound on its improving
    # side a box, except for the 'unbounded' kind.
    maximize = bool(rng.integers(0, 4) == 0)
    if kind != "unbounded":
        for j in range(n):
            cj = -c[j] if maximize else c[j]
            if cj < 0 and hi[j] == INF:
                hi[j] = max(lo[j], x0[j]) + 4 if lo[j] != -INF else x0[j] + 4
            if cj > 0 and lo[j] == -INF:
                lo[j] = min(hi[j], x0[j]) - 4 if hi[j] != INF else x0[j] - 4
            if cj == 0 and lo[j] == -INF and hi[j] == INF:
                lo[j] = x0[j] - 4
    else:
        # A free column with a nonzero cost and a single equality-free appearance.
        j = int(rng.integers(0, n))
        lo[j], hi[j] = -INF, INF
        a[:, j] = 0.0
        c[j] = 1.5
    if kind == "infeasible":
        # Two rows that contradict each other: a_i x <= b and a_i x >= b + 5.
        i = int(rng.integers(0, m))
        row = a[i].copy()
        a = np.vstack([a, row])
        rlo = np.append(rlo, -INF)
        rhi = np.append(rhi, np.round(r[i] - 1, 2))
        rlo[i] = np.round(r[i] + 4, 2)
        rhi[i] = INF
        m += 1
    offset = float(np.round(rng.normal(0, 5), 2))
    return dict(m=m, n=n, a=a, c=c, lo=lo, hi=hi, rlo=rlo, rhi=rhi, maximize=maximize,
                offset=offset)


def fmt(v):
    return repr(float(v))


def write_mps(path, name, p):
    m, n, a = p["m"], p["n"], p["a"]
    lines = [f"NAME {name}"]
    if p["maximize"]:
        lines += ["OBJSENSE", "    MAX"]
    lines.append("ROWS")
    lines.append(" N  obj")
    types = []
    for i in range(m):
        lo, hi = p["rlo"][i], p["rhi"][i]
        if lo == hi:
            t = "E"
        elif np.isfinite(lo) and np.isfinite(hi):
            t = "G"  # with a range
        elif np.isfinite(lo):
            t = "G"
        else:
            t = "L"
        types.append(t)
        lines.append(f" {t}  r{i}")
    lines.append("COLUMNS")
    for j in range(n):
        if p["c"][j] != 0 or not a[:, j].any():
            lines.append(f"    x{j}  obj  {fmt(p['c'][j])}")
        for i in range(m):
            if a[i, j] != 0:
                lines.append(f"    x{j}  r{i}  {fmt(a[i, j])}")
    lines.append("RHS")
    if p["offset"] != 0:
        lines.append(f"    rhs  obj  {fmt(-p['offset'])}")
    ranges = []
    for i in range(m):
        lo, hi = p["rlo"][i], p["rhi"][i]
        rhs = lo if types[i] in ("E", "G") else hi
        if not np.isfinite(rhs):
            rhs = 1e30
        if rhs != 0:
            lines.append(f"    rhs  r{i}  {fmt(rhs)}")
        if types[i] == "G" and np.isfinite(hi):
            ranges.append(f"    rng  r{i}  {fmt(hi - lo)}")
    if ranges:
        lines.append("RANGES")
        lines += ranges
    lines.append("BOUNDS")
    for j in range(n):
        lo, hi = p["lo"][j], p["hi"][j]
        if lo == hi:
            lines.append(f" FX bnd  x{j}  {fmt(lo)}")
        elif lo == -INF and hi == INF:
            lines.append(f" FR bnd  x{j}")
        else:
            if lo == -INF:
                lines.append(f" MI bnd  x{j}")
            elif lo != 0:
                lines.append(f" LO bnd  x{j}  {fmt(lo)}")
            if hi != INF:
                if lo == 0 and hi < 0:
                    lines.append(f" LO bnd  x{j}  0.0")
                lines.append(f" UP bnd  x{j}  {fmt(hi)}")
    lines.append("ENDATA")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def solve(p):
    # Row bounds as written (RANGES reconstructed the way the MPS reader does).
    a, m = p["a"], p["m"]
    a_ub, b_ub, a_eq, b_eq = [], [], [], []
    for i in range(m):
        lo, hi = p["rlo"][i], p["rhi"][i]
        if lo == hi:
            a_eq.append(a[i]); b_eq.append(lo)
            continue
        if np.isfinite(hi):
            a_ub.append(a[i]); b_ub.append(hi)
        if np.isfinite(lo):
            a_ub.append(-a[i]); b_ub.append(-lo)
    sign = -1.0 if p["maximize"] else 1.0
    res = linprog(sign * p["c"], A_ub=np.array(a_ub) if a_ub else None,
                  b_ub=np.array(b_ub) if b_ub else None,
                  A_eq=np.array(a_eq) if a_eq else None, b_eq=np.array(b_eq) if b_eq else None,
                  bounds=list(zip(p["lo"], p["hi"])), method="highs")
    status = {0: "optimal", 2: "infeasible", 3: "unbounded"}.get(res.status, f"other{res.status}")
    obj = sign * res.fun + p["offset"] if res.status == 0 else float("nan")
    return status, obj


def main():
    rng = np.random.Generator(np.random.PCG64(20240611))
    kinds = ["normal"] * 24 + ["infeasible"] * 3 + ["unbounded"] * 3
    rows = []
    for k, kind in enumerate(kinds):
        p = make_model(rng, kind)
        name = f"random_{k:02d}"
        write_mps(os.path.join(HERE, name + ".mps"), name, p)
        status, obj = solve(p)
        rows.append(f"{name},{kind},{status},{obj!r}")
    with open(os.path.join(HERE, "random_lps.csv"), "w") as f:
        f.write(f"# scipy {scipy.__version__} linprog(method='highs'); generated by make_reference.py\n")
        f.write("name,kind,status,objective\n")
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()

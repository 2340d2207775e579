#!/usr/bin/python3
"""LP relaxation values of the MIPLIB 3 instances of the shared data, from CLP and GLPK.

The catalogue column of ../shared/data/mip/README.md is rounded (4 to 8 digits) and, for p0548,
wrong in the third decimal (315.29 against 315.254902 from both solvers below). The MIPLIB test
checks our root LP against this file instead.

Runs `clp FILE -solve` (CLP 1.17.6, Debian coinor-clp, default settings) and
`glpsol --freemps FILE --nomip` (GLPK 5.0), requires them to agree to 1e-7 relative (CLP prints
about 9 significant digits; GLPK's solution file has 15) and writes miplib_lp_relaxation.csv
(name, clp_objective, glpk_objective); the test compares with GLPK's digits.

Usage: tests/reference/mip/make_miplib_lp.py [DATA_DIR]   (default ../shared/data)
"""
import csv
import gzip
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def clp_objective(path):
    out = subprocess.run(["clp", path, "-solve", "-quit"], capture_output=True, text=True,
                         check=True).stdout
    m = re.search(r"Optimal objective\s+([-+0-9.eE]+)", out)
    if not m:
        sys.exit(f"clp did not report an optimum for {path}:\n{out}")
    return float(m.group(1))  # CLP prints about 9 significant digits


def glpk_objective(path):
    with tempfile.NamedTemporaryFile(suffix=".txt") as out:
        subprocess.run(["glpsol", "--freemps", path, "--nomip", "--wlp", "/dev/null", "-w",
                        out.name], capture_output=True, text=True, check=True)
        with open(out.name) as f:
            for line in f:
                if line.startswith("s "):
                    # "s bas ROWS COLS STATUS_PRIM STATUS_DUAL OBJ"
                    return float(line.split()[-1])
    sys.exit(f"glpsol wrote no solution line for {path}")


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../../shared/data")
    mipdir = os.path.join(data, "mip")
    names = sorted(f[:-len(".mps.gz")] for f in os.listdir(mipdir) if f.endswith(".mps.gz"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            mps = os.path.join(tmp, name + ".mps")
            with gzip.open(os.path.join(mipdir, name + ".mps.gz"), "rb") as src, \
                    open(mps, "wb") as dst:
                dst.write(src.read())
            c = clp_objective(mps)
            g = glpk_objective(mps)
            if abs(c - g) > 1e-7 * max(1.0, abs(c)):
                sys.exit(f"{name}: CLP {c!r} and GLPK {g!r} disagree")
            rows.append((name, repr(c), repr(g)))
    with open(os.path.join(HERE, "miplib_lp_relaxation.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "clp_objective", "glpk_objective"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows")


if __name__ == "__main__":
    main()

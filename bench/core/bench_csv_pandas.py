#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""core::read_panel against pandas on the same generated files, in one run.

  /usr/bin/python3 bench/core/bench_csv_pandas.py --bench build/csv-bench/bench/core/bench_csv \\
      [--repeats 5] [--json out.json]

1. Runs bench_csv (Google Benchmark, --benchmark_repetitions), which writes the long-format
   files sales_1000000_{item,period}_major.csv (10,000 items x 100 months from 2015-01, about 2%
   of the rows dropped as gaps, 26 MB) into a temporary directory (FORESIGHT_BENCH_CSV_DIR).
2. Times pandas on the same files, in this process, after one warm-up read:
   - read_csv: pd.read_csv(path, dtype={"item": str, "period": str}) (parsing only);
   - read_csv + groupby (vectorised): factorize the items in order of appearance, month index
     from the period bytes, lexsort by (item, month), a duplicate check, gaps as NaN into one
     values array with per-item offsets: the same result as read_panel, done the fastest way
     pandas/numpy allow;
   - read_csv + groupby (idiomatic): df.groupby("item", sort=False) and per group
     sort_index().reindex(range(first, last + 1)).
   The number of observations after gap filling is checked against read_panel's.
Times are the minimum over the repeats, process CPU time and wall time (the machine is
shared: CPU time is the steadier measure). Ratios are pandas / foresight.
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd


def month_keys(period):
    """Month index year*12 + month - 1 of 'YYYY-MM' strings, from their bytes."""
    b = period.to_numpy(dtype="S7").view(np.uint8).reshape(-1, 7).astype(np.int64) - ord("0")
    year = b[:, 0] * 1000 + b[:, 1] * 100 + b[:, 2] * 10 + b[:, 3]
    return year * 12 + b[:, 5] * 10 + b[:, 6] - 1


def read_only(path):
    return pd.read_csv(path, dtype={"item": str, "period": str})


def vectorised(path):
    df = read_only(path)
    codes, uniques = pd.factorize(df["item"])  # order of first appearance, like read_panel
    key = month_keys(df["period"])
    value = df["value"].to_numpy(float)
    order = np.lexsort((key, codes))
    c, k, v = codes[order], key[order], value[order]
    same = c[1:] == c[:-1]
    if np.any(same & (k[1:] == k[:-1])):
        raise ValueError("duplicate (item, period)")
    starts = np.r_[0, np.flatnonzero(~same) + 1]
    ends = np.r_[starts[1:], len(c)]
    first, last = k[starts], k[ends - 1]
    offsets = np.r_[0, np.cumsum(last - first + 1)]
    out = np.full(offsets[-1], np.nan)
    out[offsets[c] + k - first[c]] = v
    return list(uniques), offsets, out


def idiomatic(path):
    df = read_only(path)
    df["key"] = month_keys(df["period"])
    series = {}
    for item, g in df.groupby("item", sort=False):
        s = pd.Series(g["value"].to_numpy(), index=g["key"].to_numpy()).sort_index()
        series[item] = s.reindex(range(s.index[0], s.index[-1] + 1)).to_numpy()
    return series


def timed(fn, path, repeats):
    fn(path)  # warm-up (page cache, imports)
    walls, cpus, result = [], [], None
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        result = fn(path)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return min(walls), min(cpus), result


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", required=True, help="path of the bench_csv executable")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--json", help="write all results here")
    args = ap.parse_args()

    data_dir = tempfile.mkdtemp(prefix="foresight_bench_csv_")
    gbench_json = os.path.join(data_dir, "bench_csv.json")
    env = dict(os.environ, FORESIGHT_BENCH_CSV_DIR=data_dir)
    subprocess.run([args.bench, "--benchmark_filter=/1000000",
                    f"--benchmark_repetitions={args.repeats}",
                    f"--benchmark_out={gbench_json}", "--benchmark_out_format=json"],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(gbench_json) as f:
        gb = json.load(f)
    cpp = {}
    for b in gb["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        name = b["run_name"]
        scale = {"ms": 1e-3, "us": 1e-6, "ns": 1e-9}[b["time_unit"]]
        wall, cpu = b["real_time"] * scale, b["cpu_time"] * scale
        prev = cpp.get(name)
        cpp[name] = {"wall": min(wall, prev["wall"]) if prev else wall,
                     "cpu": min(cpu, prev["cpu"]) if prev else cpu,
                     "rows": b.get("rows"), "observations": b.get("observations")}

    results = {"machine": {"platform": platform.platform(), "cpus": os.cpu_count(),
                           "pandas": pd.__version__, "numpy": np.__version__,
                           "python": sys.version.split()[0], "context": gb.get("context")},
               "foresight": cpp, "pandas": {}}
    print(f"pandas {pd.__version__}, numpy {np.__version__}; min of {args.repeats} repeats; "
          f"times in ms (CPU / wall); ratio = pandas / foresight (CPU)")
    print(f"{'file':<14} {'what':<34} {'CPU ms':>8} {'wall ms':>8} {'ratio':>7}")
    for order, arg in (("item_major", 0), ("period_major", 1)):
        path = os.path.join(data_dir, f"sales_1000000_{order}.csv")
        ours = cpp[f"BM_read_panel_year_month/1000000/{arg}"]
        print(f"{order:<14} {'foresight read_panel':<34} {ours['cpu'] * 1e3:8.1f} "
              f"{ours['wall'] * 1e3:8.1f} {1.0:7.2f}")
        for label, fn in (("pandas read_csv only", read_only),
                          ("pandas read_csv + groupby (vector)", vectorised),
                          ("pandas read_csv + groupby (idiom.)", idiomatic)):
            wall, cpu, res = timed(fn, path, args.repeats)
            if fn is vectorised and len(res[2]) != ours["observations"]:
                raise SystemExit(f"pandas gives {len(res[2])} observations, "
                                 f"foresight {ours['observations']}")
            ratio = cpu / ours["cpu"]
            results["pandas"][f"{order}/{label}"] = {"wall": wall, "cpu": cpu, "ratio_cpu": ratio,
                                                     "ratio_wall": wall / ours["wall"]}
            print(f"{order:<14} {label:<34} {cpu * 1e3:8.1f} {wall * 1e3:8.1f} {ratio:7.2f}")
    for name in ("BM_csv_reader_tokenize/1000000", "BM_read_panel_naive_getline/1000000"):
        r = cpp[name]
        print(f"{'item_major':<14} {name.split('/')[0]:<34} {r['cpu'] * 1e3:8.1f} "
              f"{r['wall'] * 1e3:8.1f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    for name in os.listdir(data_dir):
        os.remove(os.path.join(data_dir, name))
    os.rmdir(data_dir)


if __name__ == "__main__":
    main()

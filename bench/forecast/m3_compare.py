#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Side-by-side M3 comparison: foresight's automatic ARIMA (the foresight_forecast CLI) against
R forecast 8.20's auto.arima with defaults, on the M3 development half (../shared/data/m3).

Accuracy: sMAPE (M3 definition) and MASE (in-sample seasonal-naive scale, lag = frequency),
averaged over h then over series, per category. Speed: process CPU time of fit + forecast.

R's full run (1502 series, about half an hour of CPU) is cached in
bench/forecast/results/r_auto_arima_m3_{models,forecasts}.csv (made by m3_r_auto_arima.R);
--same-run-every K also runs R and foresight in this same script run on every K-th series of
each category, so that the speed ratio is measured under the same machine load.

Usage (from the repository root, after building foresight_forecast):
  /usr/bin/python3 bench/forecast/m3_compare.py --cli build/arima/examples_forecast/foresight_forecast \
      [--data ../shared/data/m3] [--same-run-every 10] [--threads 1,2]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd

CATS = ["yearly", "quarterly", "monthly", "other"]
HERE = os.path.dirname(os.path.abspath(__file__))


EXTRA = []


def run_cli(cli, path, out_fc, out_models, threads):
    cmd = [cli] + EXTRA + ["--input", path, "--seasonal-period-column", "frequency", "--horizon-column",
           "horizon", "--filter-column", "split", "--filter-value", "train", "--output", out_fc,
           "--models", out_models, "--threads", str(threads), "--timing"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    m = re.search(r"cpu_s ([0-9.]+) wall_s ([0-9.]+)", r.stderr)
    if r.returncode != 0 or m is None:
        sys.exit("foresight_forecast failed: " + r.stderr)
    return float(m.group(1)), float(m.group(2))


def score(data, fc, col):
    """Per-series sMAPE and MASE of forecasts fc[col] against the test split of data."""
    train = data[data.split == "train"]
    test = data[data.split == "test"].copy()
    test["h"] = test.groupby("series_id").cumcount() + 1
    merged = test.merge(fc[["series_id", "h", col]], on=["series_id", "h"], how="left")
    if merged[col].isna().any():
        sys.exit("missing forecasts for " + ", ".join(merged[merged[col].isna()].series_id.unique()[:5]))
    y, f = merged.value.to_numpy(), merged[col].to_numpy()
    merged["smape"] = 200 * np.abs(y - f) / (np.abs(y) + np.abs(f))
    merged["abs_err"] = np.abs(y - f)
    scales = {}
    for sid, g in train.groupby("series_id"):
        x = g.sort_values("t").value.to_numpy()
        m = int(g.frequency.iloc[0])
        scales[sid] = np.mean(np.abs(x[m:] - x[:-m]))
    merged["mase"] = merged.abs_err / merged.series_id.map(scales)
    per = merged.groupby("series_id")[["smape", "mase"]].mean()
    return per


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(v) for v in r) + " |")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--data", default=os.path.join(HERE, "../../../shared/data/m3"))
    ap.add_argument("--r-cache", default=os.path.join(HERE, "results/r_auto_arima_m3"))
    ap.add_argument("--same-run-every", type=int, default=0)
    ap.add_argument("--threads", default="1")
    ap.add_argument("--combine", action="store_true",
                    help="pass --combine to foresight_forecast (Akaike-weighted candidates)")
    args = ap.parse_args()
    if args.combine:
        EXTRA.append("--combine")
    tmp = tempfile.mkdtemp(prefix="m3_compare_")
    r_models = pd.read_csv(args.r_cache + "_models.csv")
    r_fc = pd.read_csv(args.r_cache + "_forecasts.csv")
    acc_rows, speed_rows, agree_rows = [], [], []
    for cat in CATS:
        path = os.path.join(args.data, f"m3_{cat}.csv")
        data = pd.read_csv(path)
        fc_path = os.path.join(tmp, f"fs_{cat}.csv")
        md_path = os.path.join(tmp, f"fs_models_{cat}.csv")
        cpu, wall = run_cli(args.cli, path, fc_path, md_path, 1)
        fs = pd.read_csv(fc_path).rename(columns={"mean": "forecast"})
        ids = data.series_id.unique()
        rm = r_models[r_models.category == cat]
        if len(rm) != len(ids):
            print(f"note: R cache has {len(rm)} of {len(ids)} {cat} series; scoring those only")
        keep = set(rm.series_id)
        d = data[data.series_id.isin(keep)]
        s_fs = score(d, fs[fs.series_id.isin(keep)], "forecast")
        s_r = score(d, r_fc[r_fc.series_id.isin(keep)], "forecast")
        acc_rows.append([cat, len(keep), f"{s_r.smape.mean():.3f}", f"{s_fs.smape.mean():.3f}",
                         f"{s_r.mase.mean():.3f}", f"{s_fs.mase.mean():.3f}"])
        fm = pd.read_csv(md_path)
        both = rm.merge(fm, on="series_id", suffixes=("_r", "_fs"))
        cols = ["p", "d", "q", "P", "D", "Q", "constant"]
        same = np.all([both[c + "_r"] == both[c + "_fs"] for c in cols], axis=0)
        agree_rows.append([cat, len(both), int(same.sum()), f"{100 * same.mean():.1f}%"])
        r_cpu = rm.cpu_s.sum()
        speed_rows.append([cat, len(ids), f"{r_cpu:.1f}", f"{cpu:.2f}",
                           f"{r_cpu / cpu * len(ids) / len(keep):.1f}x" if len(keep) else "-"])
    print("## Accuracy (mean over series; lower is better)\n")
    print(table(acc_rows, ["category", "series", "sMAPE R", "sMAPE foresight", "MASE R",
                           "MASE foresight"]))
    print("\n## Same model as auto.arima (orders and constant)\n")
    print(table(agree_rows, ["category", "series", "same model", "share"]))
    print("\n## CPU time, one thread (R from the cached full run)\n")
    print(table(speed_rows, ["category", "series", "R cpu s", "foresight cpu s",
                             "ratio (scaled to all series)"]))
    if args.same_run_every > 0:
        sub = os.path.join(tmp, "subset")
        os.makedirs(sub)
        for cat in CATS:
            data = pd.read_csv(os.path.join(args.data, f"m3_{cat}.csv"))
            ids = data.series_id.unique()[:: args.same_run_every]
            data[data.series_id.isin(ids)].to_csv(os.path.join(sub, f"m3_{cat}.csv"), index=False)
        prefix = os.path.join(tmp, "r_same_run")
        env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
        subprocess.run(["Rscript", os.path.join(HERE, "m3_r_auto_arima.R"), sub, prefix],
                       check=True, env=env)
        rs = pd.read_csv(prefix + "_models.csv")
        rows = []
        for cat in CATS:
            cpu, _ = run_cli(args.cli, os.path.join(sub, f"m3_{cat}.csv"),
                             os.path.join(tmp, "s.csv"), os.path.join(tmp, "sm.csv"), 1)
            rc = rs[rs.category == cat].cpu_s.sum()
            rows.append([cat, int((rs.category == cat).sum()), f"{rc:.2f}", f"{cpu:.3f}",
                         f"{rc / cpu:.1f}x"])
        tot_r = rs.cpu_s.sum()
        tot_f = sum(float(r[3]) for r in rows)
        rows.append(["all", len(rs), f"{tot_r:.2f}", f"{tot_f:.3f}", f"{tot_r / tot_f:.1f}x"])
        print(f"\n## Same run: every {args.same_run_every}th series, R and foresight back to back\n")
        print(table(rows, ["category", "series", "R cpu s", "foresight cpu s", "ratio"]))
    threads = [int(t) for t in args.threads.split(",")]
    if len(threads) > 1:
        rows = []
        path = os.path.join(args.data, "m3_monthly.csv")
        for t in threads:
            cpu, wall = run_cli(args.cli, path, os.path.join(tmp, "t.csv"),
                                os.path.join(tmp, "tm.csv"), t)
            rows.append([t, f"{wall:.2f}", f"{cpu:.2f}"])
        print("\n## Thread scaling, M3 monthly (wall time of fit + forecast)\n")
        print(table(rows, ["threads", "wall s", "cpu s"]))


if __name__ == "__main__":
    main()

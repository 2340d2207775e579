#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Reference panels for tests/core/test_csv.cpp, computed with pandas (an independent CSV parser).

Run from the repository root:  /usr/bin/python3 tests/reference/core/csv/make_reference.py
Writes, next to this script, for each input in tests/core/data/csv/ and for the shared M3
monthly file (when ../shared/data is present):
  <name>_series.csv  series,id_hex,start,period,length   (id as UTF-8 hex: ids may hold , " CR LF)
  <name>_values.csv  series,t,value                       (value as repr(float) or NA)
Series are numbered in order of first appearance; t is 0-based after gap filling.
"""
import pathlib
import sys

import numpy as np
import pandas as pd

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
INPUTS = ROOT / "tests" / "core" / "data" / "csv"
MISSING = ["NA", "", "NaN", "nan"]


def month_index(s):
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def month_label(k):
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def day_index(s):
    return int((pd.Timestamp(s) - pd.Timestamp("1970-01-01")).days)


def day_label(k):
    return (pd.Timestamp("1970-01-01") + pd.Timedelta(days=k)).strftime("%Y-%m-%d")


def build(df, item, period, value, to_key, to_label, fill, season_of):
    """Groups a long data frame into (id, start, period, values) in order of first appearance."""
    out = []
    df = df.assign(_key=df[period].map(to_key))
    for ident, g in df.groupby(item, sort=False):
        # Duplicates are summed skipping NaN; all-NaN gives NaN (min_count=1).
        s = g.groupby("_key", sort=True)[value].sum(min_count=1)
        full = s.reindex(range(s.index.min(), s.index.max() + 1), fill_value=fill)
        out.append((ident, to_label(int(full.index[0])), season_of(g), full.to_numpy(float)))
    return out


def write(name, panel):
    with open(HERE / f"{name}_series.csv", "w", newline="") as f:
        f.write("series,id_hex,start,period,length\n")
        for i, (ident, start, season, v) in enumerate(panel):
            f.write(f"{i},{ident.encode('utf-8').hex()},{start},{season},{len(v)}\n")
    with open(HERE / f"{name}_values.csv", "w", newline="") as f:
        f.write("series,t,value\n")
        for i, (_, _, _, v) in enumerate(panel):
            for t, x in enumerate(v):
                f.write(f"{i},{t},{'NA' if np.isnan(x) else repr(float(x))}\n")


def read(path, **kw):
    # float_precision="round_trip": correctly rounded parsing, as std::from_chars.
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig",
                       float_precision="round_trip", **kw)


def numeric(col, decimal="."):
    return col.map(lambda s: np.nan if s in MISSING else float(s.replace(decimal, ".")))


def main():
    # messy.csv: BOM, CRLF, quoted ids with "" and line breaks, blank lines, unordered months,
    # a gap (NaN), missing values; year_month periods, seasonal period 12.
    df = read(INPUTS / "messy.csv")
    df["value"] = numeric(df["value"])
    write("messy", build(df, "item", "period", "value", month_index, month_label, np.nan,
                         lambda g: 12))

    # transactions.csv: ';' and decimal ',', date periods, rows of split 'train' only,
    # duplicates summed, gaps filled with 0, seasonal period 7.
    df = read(INPUTS / "transactions.csv", sep=";")
    df = df[df["split"] == "train"].copy()
    df["qty"] = numeric(df["qty"], decimal=",")
    write("transactions", build(df, "sku", "day", "qty", day_index, day_label, 0.0,
                                lambda g: 7))

    # Shared M3 monthly file (train rows): only a digest, the data stays in ../shared/data.
    m3 = ROOT.parent / "shared" / "data" / "m3" / "m3_monthly.csv"
    if m3.exists():
        df = pd.read_csv(m3, dtype={"series_id": str, "split": str},
                         float_precision="round_trip")
        df = df[df["split"] == "train"]
        with open(HERE / "m3_monthly_digest.csv", "w", newline="") as f:
            f.write("series_id,position,length,first,last,sum\n")
            groups = list(df.groupby("series_id", sort=False))
            picks = [0, 1, 2, 100, 357, len(groups) - 1]
            for p in picks:
                ident, g = groups[p]
                g = g.sort_values("t")
                v = g["value"].to_numpy(float)
                f.write(f"{ident},{p},{len(v)},{v[0]!r},{v[-1]!r},{float(np.sum(v))!r}\n")
            f.write(f"TOTAL,{len(groups)},{len(df)},0,0,0\n")
    else:
        print("m3_monthly.csv not found; digest not regenerated", file=sys.stderr)
    (HERE / "versions.txt").write_text(f"pandas {pd.__version__}, numpy {np.__version__}\n")


if __name__ == "__main__":
    main()

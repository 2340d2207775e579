# SPDX-License-Identifier: Apache-2.0
"""Reference values for foresight's core/scaler.hpp from scikit-learn 1.2.1 (Debian).

    cd tests/reference/core && /usr/bin/python3 scaler_sklearn.py

Writes, with 17 significant digits ("nan" for missing):
  scaler_input.csv   a seeded 14 x 4 matrix: a plain column, one with NaN, a constant column and
                     a column with a large offset and a small spread
  scaler_params.csv  fitted statistics (StandardScaler: mean_, var_, scale_; MinMaxScaler with
                     feature_range (0, 1) and (-1, 2): data_min_, data_max_, scale_, min_)
  scaler_output.csv  transform of the input by each scaler
"""
import csv

import numpy as np
import sklearn
from sklearn.preprocessing import MinMaxScaler, StandardScaler

assert sklearn.__version__ == "1.2.1", sklearn.__version__

rng = np.random.default_rng(20240607)
n = 14
x = np.empty((n, 4))
x[:, 0] = 50 + 10 * rng.standard_normal(n)
x[:, 1] = rng.uniform(-3, 7, n)
x[[0, 5, 6, 13], 1] = np.nan
x[:, 2] = 3.0
x[:, 3] = 1e6 + rng.standard_normal(n) * 1e-3


def fmt(v):
    return "nan" if np.isnan(v) else "%.17g" % v


def write(path, header, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


cols = ["c0", "c1", "c2", "c3"]
write("scaler_input.csv", ["row"] + cols, [[i] + [fmt(v) for v in x[i]] for i in range(n)])

scalers = {
    "standard": StandardScaler(),
    "minmax": MinMaxScaler(),
    "minmax_m1_2": MinMaxScaler(feature_range=(-1, 2)),
}
params = []
outputs = []
for name, s in scalers.items():
    z = s.fit_transform(x)
    stats = ["mean_", "var_", "scale_"] if name == "standard" else [
        "data_min_", "data_max_", "scale_", "min_"]
    for stat in stats:
        params.append([name, stat.rstrip("_")] + [fmt(v) for v in getattr(s, stat)])
    outputs += [[name, i] + [fmt(v) for v in z[i]] for i in range(n)]
write("scaler_params.csv", ["scaler", "stat"] + cols, params)
write("scaler_output.csv", ["scaler", "row"] + cols, outputs)

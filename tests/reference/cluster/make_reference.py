#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Reference values for tests/cluster: scikit-learn 1.2.1 (Debian python3-sklearn, numpy 1.24,
float64) KMeans from given initial centres (lloyd and elkan), k-means++ inertia over 20 seeds and
silhouette scores.

Run from anywhere:  /usr/bin/python3 tests/reference/cluster/make_reference.py
It writes, next to itself:
  data_<name>.csv          the datasets (values rounded to 6 significant digits, then read back,
                           so Python and C++ cluster the very same doubles)
  data_digits.txt          sklearn's digits data (1797 x 64, values 0..16), one base-17 character
                           per value, one row per line
  init_<case>.csv          initial centres (17 significant digits)
  kmeans_reference.csv     case, dataset, algorithm, k, max_iter, weighted, n_iter, inertia, labels
                           (labels as one base-36 character per row)
  kmeanspp_reference.csv   dataset, k, seed, inertia of KMeans(init="k-means++", n_init=1,
                           random_state=seed), seeds 0..99
  silhouette_reference.csv dataset, labels_from, score, sample rows 0..4 of silhouette_samples
"""
import os

import numpy as np
import sklearn
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.datasets import load_digits, make_blobs
from sklearn.metrics import silhouette_samples, silhouette_score

HERE = os.path.dirname(os.path.abspath(__file__))
DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"
DIGITS17 = "0123456789abcdefg"


def path(name):
    return os.path.join(HERE, name)


def write_matrix(name, x, fmt):
    with open(path(name), "w") as f:
        f.write(",".join(f"x{j}" for j in range(x.shape[1])) + "\n")
        for row in x:
            f.write(",".join(fmt % v for v in row) + "\n")


def read_matrix(name):
    return np.loadtxt(path(name), delimiter=",", skiprows=1, ndmin=2)


def save_dataset(name, x):
    write_matrix(f"data_{name}.csv", x, "%.6g")
    return read_matrix(f"data_{name}.csv")


def sku_features(rng, n):
    """Per-item demand features: log volume, coefficient of variation, seasonal strength, share
    of zero periods, for four demand patterns (smooth, seasonal, intermittent, trending)."""
    kind = rng.integers(0, 4, size=n)
    logvol = np.where(kind == 2, rng.normal(1.0, 0.6, n), rng.normal(4.0, 1.0, n))
    cv = np.where(kind == 2, rng.gamma(6.0, 0.3, n), rng.gamma(4.0, 0.08, n))
    seas = np.where(kind == 1, rng.beta(6, 2, n), rng.beta(1.5, 8, n))
    zeros = np.where(kind == 2, rng.beta(5, 3, n), rng.beta(1, 30, n))
    trend = np.where(kind == 3, rng.normal(0.04, 0.01, n), rng.normal(0.0, 0.005, n))
    return np.column_stack([logvol, cv, seas, zeros, trend])


def weights_for(n):
    # Reproduced in C++: w_i = 1 + 0.5 * ((7 i) mod 5).
    return 1.0 + 0.5 * ((7 * np.arange(n)) % 5)


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    data = {}
    x, _ = make_blobs(n_samples=1000, centers=5, n_features=4, cluster_std=1.5, random_state=1)
    data["blobs"] = save_dataset("blobs", x)
    x, _ = make_blobs(n_samples=600, centers=3, random_state=170)
    data["aniso"] = save_dataset("aniso", x @ np.array([[0.6, -0.6], [-0.4, 0.8]]))
    x, _ = make_blobs(n_samples=800, centers=4, n_features=3, cluster_std=2.0, random_state=7)
    data["scales"] = save_dataset("scales", x * np.array([1.0, 100.0, 0.01]))
    x, _ = make_blobs(n_samples=300, centers=3, n_features=2, random_state=3)
    data["small"] = save_dataset("small", x)
    data["sku"] = save_dataset("sku", sku_features(np.random.default_rng(2024), 500))
    digits = load_digits().data.astype(int)
    with open(path("data_digits.txt"), "w") as f:
        for row in digits:
            f.write("".join(DIGITS17[v] for v in row) + "\n")
    data["digits"] = digits.astype(np.float64)

    # case: (dataset, k, init, max_iter, weighted)
    cases = {
        "blobs": ("blobs", 5, "pp", 300, False),
        "aniso": ("aniso", 3, "pp", 300, False),
        "scales": ("scales", 4, "pp", 300, False),
        "digits": ("digits", 10, "pp", 300, False),
        "sku": ("sku", 6, "pp", 300, False),
        "digits_k20": ("digits", 20, "pp", 300, False),
        "blobs_weighted": ("blobs", 5, "pp", 300, True),
        "digits_maxiter3": ("digits", 10, "pp", 3, False),
        "relocate_one": ("small", 4, "far1", 300, False),
        "relocate_two": ("small", 5, "far2", 300, False),
    }
    rows = []
    for case, (dname, k, init, max_iter, weighted) in cases.items():
        x = data[dname]
        if init == "pp":
            c0, _ = kmeans_plusplus(x, k, random_state=0)
        else:
            c0, _ = kmeans_plusplus(x, 3, random_state=0)
            far = [[100.0, 100.0]] if init == "far1" else [[100.0, 100.0], [-100.0, 90.0]]
            c0 = np.vstack([c0, np.array(far)])
        write_matrix(f"init_{case}.csv", c0, "%.17g")
        c0 = read_matrix(f"init_{case}.csv")
        w = weights_for(len(x)) if weighted else None
        for algo in ("lloyd", "elkan"):
            km = KMeans(n_clusters=k, init=c0, n_init=1, max_iter=max_iter, tol=1e-4,
                        algorithm=algo).fit(x, sample_weight=w)
            labels = "".join(DIGITS36[v] for v in km.labels_)
            rows.append(f"{case},{dname},{algo},{k},{max_iter},{int(weighted)},{km.n_iter_},"
                        f"{km.inertia_!r},{labels}")
    with open(path("kmeans_reference.csv"), "w") as f:
        f.write("case,dataset,algorithm,k,max_iter,weighted,n_iter,inertia,labels\n")
        f.write("\n".join(rows) + "\n")

    with open(path("kmeanspp_reference.csv"), "w") as f:
        f.write("dataset,k,seed,inertia\n")
        for dname, k in (("blobs", 5), ("digits", 10), ("sku", 6), ("aniso", 3)):
            for seed in range(100):
                km = KMeans(n_clusters=k, init="k-means++", n_init=1, random_state=seed,
                            algorithm="lloyd").fit(data[dname])
                f.write(f"{dname},{k},{seed},{km.inertia_!r}\n")

    with open(path("silhouette_reference.csv"), "w") as f:
        f.write("dataset,k,score,s0,s1,s2,s3,s4\n")
        for dname, k in (("blobs", 5), ("sku", 6), ("digits", 10)):
            c0 = read_matrix(f"init_{dname}.csv")
            labels = KMeans(n_clusters=k, init=c0, n_init=1).fit(data[dname]).labels_
            s = silhouette_score(data[dname], labels)
            samples = silhouette_samples(data[dname], labels)[:5]
            f.write(f"{dname},{k},{s!r}," + ",".join(repr(v) for v in samples) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""foresight k-means against scikit-learn on the same data, from the same initial centres, in one
run (issue 5). Every measurement is a fresh process (so that its peak RSS is its own), timed
around the fit only, wall and process CPU; the tools alternate, repeat by repeat.

  /usr/bin/python3 bench/cluster/compare_sklearn.py --bench build/cluster-bench/bench/cluster/bench_kmeans \
      [--repeats 3] [--threads 1 2] [--data-dir build/cluster-bench-data] [--json out.json]

Data: make_blobs(n, centers=k, n_features=d, cluster_std=5.0, random_state=0)
(overlapping clusters: 15 to 40 iterations); initial centres
kmeans_plusplus(X, k, random_state=0). scikit-learn runs KMeans(init=centres, n_init=1,
max_iter=300, tol=1e-4, algorithm="lloyd"|"elkan") with OMP_NUM_THREADS, OPENBLAS_NUM_THREADS
and MKL_NUM_THREADS set to the thread count (and threadpoolctl limits); foresight runs
cluster::kmeans(x, centres, {.k, .method = lloyd|hamerly, .threads}) with OMP_NUM_THREADS too.
The labels and n_iter of every run are compared with scikit-learn's lloyd run.
With --openblas DIR, scikit-learn is also timed with OpenBLAS (LD_LIBRARY_PATH=DIR) instead of
the reference BLAS that Debian's numpy/scipy use by default; "best sklearn" is then the fastest
of all four scikit-learn variants.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

CASES = [("n100000_d8_k16", 100000, 8, 16), ("n1000000_d4_k8", 1000000, 4, 8),
         ("n20000_d64_k32", 20000, 64, 32), ("n50000_d6_k5", 50000, 6, 5)]


def make_data(data_dir):
    import numpy as np
    from sklearn.cluster import kmeans_plusplus
    from sklearn.datasets import make_blobs
    os.makedirs(data_dir, exist_ok=True)
    for name, n, d, k in CASES:
        if os.path.exists(os.path.join(data_dir, name + "_init.f64")):
            continue
        x, _ = make_blobs(n_samples=n, centers=k, n_features=d, cluster_std=5.0, random_state=0)
        init, _ = kmeans_plusplus(x, k, random_state=0)
        x.tofile(os.path.join(data_dir, name + "_xc.f64"))  # row-major, for scikit-learn
        np.ascontiguousarray(x.T).tofile(os.path.join(data_dir, name + "_xf.f64"))  # column-major
        np.ascontiguousarray(init).tofile(os.path.join(data_dir, name + "_init.f64"))


def sklearn_fit(data_dir, name, algo, threads, out):
    """Worker: one timed scikit-learn fit (thread variables are set by the parent)."""
    import numpy as np
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits
    n, d, k = next((n, d, k) for c, n, d, k in CASES if c == name)
    x = np.fromfile(os.path.join(data_dir, name + "_xc.f64")).reshape(n, d)
    init = np.fromfile(os.path.join(data_dir, name + "_init.f64")).reshape(k, d)
    with threadpool_limits(limits=threads):
        c0, w0 = time.process_time(), time.perf_counter()
        km = KMeans(n_clusters=k, init=init, n_init=1, max_iter=300, tol=1e-4,
                    algorithm=algo).fit(x)
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    km.labels_.astype(np.int32).tofile(out)
    print(json.dumps({"wall": wall, "cpu": cpu, "n_iter": int(km.n_iter_),
                      "inertia": float(km.inertia_)}))


def run_measured(cmd, threads, tmp, extra_env=None):
    """Runs cmd under /usr/bin/time (a child of this big Python process would inherit its peak
    RSS at exec; GNU time's own child does not) and returns its JSON line plus max RSS."""
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS=str(threads),
               MKL_NUM_THREADS=str(threads))
    env.update(extra_env or {})
    rss_file = os.path.join(tmp, "rss.txt")
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd,
                          capture_output=True, env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed: {proc.stderr.decode()}")
    res = json.loads(proc.stdout.decode().strip().splitlines()[-1])
    with open(rss_file) as f:
        res["maxrss_mb"] = int(f.read().split()[-1]) / 1024.0
    return res


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "sklearn-fit":
        sklearn_fit(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6])
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True, help="path of the bench_kmeans binary")
    ap.add_argument("--data-dir", default="build/cluster-bench-data")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--cases", nargs="+", default=[c[0] for c in CASES])
    ap.add_argument("--json", default=None)
    ap.add_argument("--openblas", default=None,
                    help="directory holding OpenBLAS's libblas.so.3 (e.g. unpacked from Debian's "
                         "libopenblas0-pthread): also time scikit-learn with OpenBLAS")
    args = ap.parse_args()
    import numpy as np
    make_data(args.data_dir)
    tools = [("sklearn", "lloyd"), ("sklearn", "elkan")]
    if args.openblas:
        tools += [("sklearn-openblas", "lloyd"), ("sklearn-openblas", "elkan")]
    tools += [("foresight", "lloyd"), ("foresight", "hamerly")]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for rep in range(args.repeats):
            for name in args.cases:
                for threads in args.threads:
                    ref_labels = None
                    for tool, algo in tools:
                        out = os.path.join(tmp, f"{tool}_{algo}.i32")
                        extra = None
                        if tool.startswith("sklearn"):
                            cmd = [sys.executable, os.path.abspath(__file__), "sklearn-fit",
                                   args.data_dir, name, algo, str(threads), out]
                            if tool == "sklearn-openblas":
                                extra = {"LD_LIBRARY_PATH": args.openblas}
                        else:
                            cmd = [args.bench, "fit", args.data_dir, name, algo, str(threads), out]
                        r = run_measured(cmd, threads, tmp, extra)
                        labels = np.fromfile(out, dtype=np.int32)
                        if ref_labels is None:
                            ref_labels = (labels, r["n_iter"], r["inertia"])
                        r["labels_equal"] = bool(np.array_equal(labels, ref_labels[0]))
                        r["n_iter_equal"] = r["n_iter"] == ref_labels[1]
                        r["inertia_rel"] = abs(r["inertia"] - ref_labels[2]) / ref_labels[2]
                        results.setdefault((name, threads, tool, algo), []).append(r)
                        print(f"rep {rep} {name} threads={threads} {tool:16s} {algo:7s} "
                              f"wall {r['wall']:.4f}s cpu {r['cpu']:.4f}s rss {r['maxrss_mb']:.0f}MB "
                              f"n_iter {r['n_iter']} labels_equal {r['labels_equal']}", flush=True)
    med = lambda rs, key: statistics.median(r[key] for r in rs)
    print("\n| case | threads | tool | wall s | CPU s | max RSS MB | n_iter | same labels |")
    print("|---|---|---|---|---|---|---|---|")
    summary = []
    for name in args.cases:
        for threads in args.threads:
            for tool, algo in tools:
                rs = results[(name, threads, tool, algo)]
                same = all(r["labels_equal"] and r["n_iter_equal"] for r in rs)
                print(f"| {name} | {threads} | {tool} {algo} | {med(rs, 'wall'):.4f} | "
                      f"{med(rs, 'cpu'):.4f} | {med(rs, 'maxrss_mb'):.0f} | {rs[0]['n_iter']} | "
                      f"{'yes' if same else 'NO'} |")
                summary.append({"case": name, "threads": threads, "tool": tool, "algo": algo,
                                "runs": rs})
    print("\n| case | threads | fastest sklearn (wall) | fastest foresight (wall) | wall ratio | "
          "fastest sklearn (CPU) | fastest foresight (CPU) | CPU ratio | max RSS sklearn / "
          "foresight MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in args.cases:
        for threads in args.threads:
            best = {}
            for metric in ("wall", "cpu"):
                sk = min((t for t in tools if t[0].startswith("sklearn")),
                         key=lambda t: med(results[(name, threads) + t], metric))
                fs = min((t for t in tools if t[0] == "foresight"),
                         key=lambda t: med(results[(name, threads) + t], metric))
                best[metric] = (sk, fs, med(results[(name, threads) + sk], metric),
                                med(results[(name, threads) + fs], metric))
            (skw, fsw, aw, bw), (skc, fsc, ac, bc) = best["wall"], best["cpu"]
            rss_a = med(results[(name, threads) + skw], "maxrss_mb")
            rss_b = med(results[(name, threads) + fsw], "maxrss_mb")
            print(f"| {name} | {threads} | {skw[0]} {skw[1]} {aw:.4f}s | {fsw[1]} {bw:.4f}s | "
                  f"{aw / bw:.2f} | {skc[0]} {skc[1]} {ac:.4f}s | {fsc[1]} {bc:.4f}s | "
                  f"{ac / bc:.2f} | {rss_a:.0f} / {rss_b:.0f} |")
    if args.json:
        u = os.uname()
        with open(args.json, "w") as f:
            json.dump({"machine": {"sysname": u.sysname, "release": u.release,
                                   "machine": u.machine},
                       "cpu_count": os.cpu_count(), "results": summary}, f, indent=1)

if __name__ == "__main__":
    main()

#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""foresight's neural sequence models against PyTorch on the same shapes, in one run (issue 4).

  /usr/bin/python3 bench/nn/compare_pytorch.py --bench build/nn-bench/bench/nn/bench_nn \
      [--openblas DIR] [--repeats 3] [--threads 1 2] [--seconds 1.5] [--json out.json]

Cases (same list as bench_nn.cpp): training step = forward, MSE of nn.Linear(hidden, 1) on the
last step, zero_grad, backward, Adam; inference = the encoder alone under torch.no_grad() in eval
mode (the Transformer then takes PyTorch's fused inference path). Dropout is 0 everywhere.

PyTorch runs at its best here: ATEN_CPU_CAPABILITY=avx512 (Debian's build defaults to AVX2) and,
with --openblas DIR, the OpenBLAS found in DIR (Debian's python3-torch links the reference BLAS
through libblas.so.3; DIR is a directory holding OpenBLAS's libblas.so.3, e.g. extracted with
`apt-get download libopenblas0-pthread && dpkg-deb -x libopenblas0-pthread_*.deb x`, then
DIR = x/usr/lib/x86_64-linux-gnu/openblas-pthread) with OPENBLAS_CORETYPE=SkylakeX (OpenBLAS
0.3.21 mistakes this AVX-512 CPU for Haswell). torch.set_num_threads(t) and OMP_NUM_THREADS,
OPENBLAS_NUM_THREADS = t for t in --threads; OMP_WAIT_POLICY=PASSIVE for both tools.

Every measurement is a fresh process; foresight and PyTorch alternate case by case and repeat by
repeat, so both see the same machine load. Each reports wall and process CPU time per step
(Google Benchmark's process_time for foresight, time.process_time() for PyTorch); the table
gives medians over the repeats and the ratio foresight steps/s ÷ PyTorch steps/s on each clock.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

# name, encoder, batch, steps, features, hidden (d_model), layers, bidirectional, train?
CASES = [
    ("lstm_h64", "lstm", 64, 28, 8, 64, 1, False, True),
    ("lstm2_h128", "lstm", 64, 56, 8, 128, 2, False, True),
    ("gru_h64", "gru", 64, 28, 8, 64, 1, False, True),
    ("gru2_h128", "gru", 64, 56, 8, 128, 2, False, True),
    ("bilstm_h64", "lstm", 64, 28, 8, 64, 1, True, True),
    ("transformer", "transformer", 64, 56, 64, 64, 2, False, True),
    ("lstm_h32_b1024", "lstm", 1024, 28, 1, 32, 1, False, False),
]
HEADS, FEEDFORWARD = 4, 128


def torch_worker(case, mode, threads, seconds):
    """Runs one case in PyTorch and prints {"wall", "cpu", "iterations"} per step."""
    import torch
    torch.set_num_threads(threads)
    name, enc, b, t, f, h, layers, bi, _ = next(c for c in CASES if c[0] == case)
    torch.manual_seed(0)
    if enc == "transformer":
        layer = torch.nn.TransformerEncoderLayer(h, HEADS, FEEDFORWARD, dropout=0.0,
                                                 batch_first=True)
        encoder = torch.nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        width = h
    else:
        cls = torch.nn.LSTM if enc == "lstm" else torch.nn.GRU
        encoder = cls(f, h, layers, batch_first=True, bidirectional=bi)
        width = h * (2 if bi else 1)
    head = torch.nn.Linear(width, 1)
    x = torch.randn(b, t, f)
    y = torch.full((b, 1), 0.5)
    opt = torch.optim.Adam(list(encoder.parameters()) + list(head.parameters()), lr=1e-3)

    def encode():
        out = encoder(x)
        return out if enc == "transformer" else out[0]

    def train_step():
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(head(encode()[:, -1]), y)
        loss.backward()
        opt.step()

    def infer():
        with torch.no_grad():
            encode()

    step = train_step if mode == "train" else infer
    if mode == "infer":
        encoder.eval()
    for _ in range(3):
        step()
    n = 0
    w0, c0 = time.perf_counter(), time.process_time()
    while n < 5 or time.perf_counter() - w0 < seconds:
        step()
        n += 1
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(json.dumps({"wall": wall / n, "cpu": cpu / n, "iterations": n}))


def run_torch(case, mode, threads, seconds, env):
    cmd = [sys.executable, os.path.abspath(__file__), "--worker", case, mode, str(threads),
           str(seconds)]
    out = subprocess.run(cmd, capture_output=True, env=env, check=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_foresight(bench, case, mode, threads, seconds, env):
    name = f"BM_{mode}_{case}/{threads}/process_time/real_time"
    cmd = [bench, f"--benchmark_filter=^{name}$", "--benchmark_format=json",
           f"--benchmark_min_time={seconds}"]
    out = subprocess.run(cmd, capture_output=True, env=env, check=True, text=True)
    row = json.loads(out.stdout)["benchmarks"][0]
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[row["time_unit"]]
    return {"wall": row["real_time"] * scale, "cpu": row["cpu_time"] * scale,
            "iterations": row["iterations"],
            # GB's rate counter is per second of real time: GFLOP per step = rate · wall.
            "gflop_per_step": row.get("GFLOPs", 0.0) * row["real_time"] * scale}


def peak(bench, env):
    out = subprocess.run([bench, "--benchmark_filter=^BM_fma_peak$", "--benchmark_format=json",
                          "--benchmark_min_time=1"], capture_output=True, env=env, check=True,
                         text=True)
    return json.loads(out.stdout)["benchmarks"][0]["GFLOPs"]


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        torch_worker(sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]))
        return
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bench", required=True, help="path of the bench_nn binary")
    p.add_argument("--openblas", help="directory with OpenBLAS's libblas.so.3 for PyTorch")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    p.add_argument("--seconds", type=float, default=1.5, help="minimum time per measurement")
    p.add_argument("--cases", nargs="+", default=[c[0] for c in CASES])
    p.add_argument("--json", help="write all measurements here")
    a = p.parse_args()

    base = dict(os.environ)
    torch_env = dict(base, ATEN_CPU_CAPABILITY="avx512", OPENBLAS_CORETYPE="SkylakeX")
    if a.openblas:
        torch_env["LD_LIBRARY_PATH"] = a.openblas + os.pathsep + base.get("LD_LIBRARY_PATH", "")
    peak_gflops = peak(a.bench, base)
    results = []
    for threads in a.threads:
        # Passive waiting: on a shared machine a spinning OpenMP thread steals the core that the
        # thread it waits for needs (both tools use libgomp; the setting is the same for both).
        tenv = dict(torch_env, OMP_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS=str(threads),
                    OMP_WAIT_POLICY="PASSIVE")
        fenv = dict(base, OMP_NUM_THREADS=str(threads), OMP_WAIT_POLICY="PASSIVE")
        for case in a.cases:
            train = next(c for c in CASES if c[0] == case)[8]
            for mode in (["train"] if train else []) + ["infer"]:
                runs = {"foresight": [], "pytorch": []}
                for _ in range(a.repeats):
                    runs["pytorch"].append(run_torch(case, mode, threads, a.seconds, tenv))
                    runs["foresight"].append(run_foresight(a.bench, case, mode, threads,
                                                           a.seconds, fenv))
                med = {tool: {k: statistics.median(r[k] for r in rs) for k in ("wall", "cpu")}
                       for tool, rs in runs.items()}
                gflop = runs["foresight"][0]["gflop_per_step"]
                row = {"case": case, "mode": mode, "threads": threads, "runs": runs,
                       "median": med,
                       "ratio_wall": med["pytorch"]["wall"] / med["foresight"]["wall"],
                       "ratio_cpu": med["pytorch"]["cpu"] / med["foresight"]["cpu"],
                       "gflops_cpu": gflop / med["foresight"]["cpu"],
                       "peak_gflops": peak_gflops}
                results.append(row)
                print(f"{case:15s} {mode:5s} t={threads}  foresight {med['foresight']['wall']*1e3:8.2f} ms "
                      f"(cpu {med['foresight']['cpu']*1e3:8.2f})  pytorch {med['pytorch']['wall']*1e3:8.2f} ms "
                      f"(cpu {med['pytorch']['cpu']*1e3:8.2f})  ratio wall {row['ratio_wall']:.2f} "
                      f"cpu {row['ratio_cpu']:.2f}  {row['gflops_cpu']:.0f} GFLOP/s "
                      f"({100*row['gflops_cpu']/peak_gflops/threads:.0f}% of {threads}x peak)",
                      flush=True)
    print(f"\nmeasured peak: {peak_gflops:.0f} GFLOP/s float32 per core (BM_fma_peak)")
    print("\n| case | step | threads | foresight ms (cpu) | PyTorch ms (cpu) | ratio wall | ratio cpu "
          "| GFLOP/s (cpu) | % of peak |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        m = r["median"]
        print(f"| {r['case']} | {r['mode']} | {r['threads']} | {m['foresight']['wall']*1e3:.2f} "
              f"({m['foresight']['cpu']*1e3:.2f}) | {m['pytorch']['wall']*1e3:.2f} "
              f"({m['pytorch']['cpu']*1e3:.2f}) | {r['ratio_wall']:.2f} | {r['ratio_cpu']:.2f} | "
              f"{r['gflops_cpu']:.0f} | {100*r['gflops_cpu']/r['peak_gflops']/r['threads']:.0f}% |")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"peak_gflops": peak_gflops, "results": results}, f, indent=1)


if __name__ == "__main__":
    main()

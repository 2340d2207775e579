# SPDX-License-Identifier: Apache-2.0
"""Reader and writer of foresight's weight-file format "foresight-tensors 1" (documented in
include/foresight/nn/weights.hpp and docs/nn.md), shared by the reference and conversion scripts."""
import numpy as np


def write(path, tensors):
    """tensors: list of (name, numpy array); float32 arrays are stored as f32, others as f64."""
    with open(path, "wb") as f:
        f.write(b"foresight-tensors 1\n")
        f.write(f"{len(tensors)}\n".encode())
        for name, a in tensors:
            a = np.asarray(a)
            if a.dtype == np.float32:
                dtype, data = "f32", np.ascontiguousarray(a, dtype="<f4")
            else:
                dtype, data = "f64", np.ascontiguousarray(a, dtype="<f8")
            shape = " ".join(str(d) for d in data.shape)
            header = f"{name} {dtype} {data.ndim}" + (f" {shape}" if data.ndim else "")
            f.write((header + "\n").encode())
            f.write(data.tobytes())
            f.write(b"\n")


def read(path):
    """Returns a list of (name, numpy array)."""
    out = []
    with open(path, "rb") as f:
        assert f.readline() == b"foresight-tensors 1\n", "not a foresight weight file"
        count = int(f.readline())
        for _ in range(count):
            parts = f.readline().decode().split()
            name, dtype, rank = parts[0], parts[1], int(parts[2])
            shape = tuple(int(p) for p in parts[3:3 + rank])
            np_dtype = "<f4" if dtype == "f32" else "<f8"
            n = int(np.prod(shape)) if shape else 1
            data = np.frombuffer(f.read(n * np.dtype(np_dtype).itemsize), dtype=np_dtype)
            assert f.read(1) == b"\n"
            out.append((name, data.reshape(shape).copy()))
    return out

# SPDX-License-Identifier: Apache-2.0
"""Converts a PyTorch state_dict (a file written by torch.save(model.state_dict(), path)) into
foresight's weight-file format, so the model loads with foresight::nn::load_weights.

    /usr/bin/python3 convert_state_dict.py model.pt model.fst [--dtype f32|f64]
        [--rename OLD=NEW ...]

Parameter names are kept (foresight's layers use PyTorch's names); --rename replaces a name
prefix, e.g. --rename rnn.=lstm. for a module whose LSTM attribute is called `rnn`. Buffers that
are not parameters (e.g. BatchNorm statistics) are written too and ignored by load_weights."""
import argparse
import sys

import numpy as np
import torch

import fst


def convert(state_dict, dtype="f32", renames=()):
    """Returns [(name, numpy array)] ready for fst.write."""
    np_dtype = np.float32 if dtype == "f32" else np.float64
    out = []
    for name, tensor in state_dict.items():
        for old, new in renames:
            if name.startswith(old):
                name = new + name[len(old):]
        if not torch.is_floating_point(tensor):
            continue
        out.append((name, tensor.detach().cpu().numpy().astype(np_dtype)))
    return out


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("state_dict")
    p.add_argument("output")
    p.add_argument("--dtype", choices=["f32", "f64"], default="f32")
    p.add_argument("--rename", action="append", default=[], metavar="OLD=NEW")
    a = p.parse_args(argv)
    renames = [tuple(r.split("=", 1)) for r in a.rename]
    sd = torch.load(a.state_dict, map_location="cpu")
    fst.write(a.output, convert(sd, a.dtype, renames))


if __name__ == "__main__":
    main(sys.argv[1:])

# SPDX-License-Identifier: Apache-2.0
"""Reference values for tests/nn: PyTorch (Debian python3-torch 1.13.1) runs each layer on small
seeded inputs in float32 and float64 and writes inputs, weights, outputs, the loss and every
gradient to <case>_<f32|f64>.fst (format: fst.py). Run from this directory with Debian's Python:

    /usr/bin/python3 make_reference.py

The scalar loss of every layer case is L = sum(output * r_output) (+ sum(h_n * r_h) + sum(c_n * r_c)
for recurrent layers) with seeded random weights r_*, so d L / d output = r_output exactly.
"""
import math
import os
import sys

import numpy as np
import torch

import fst

HERE = os.path.dirname(os.path.abspath(__file__))
DTYPES = {"f32": torch.float32, "f64": torch.float64}


def np_(t):
    return t.detach().cpu().numpy()


def save(case, suffix, tensors):
    fst.write(os.path.join(HERE, f"{case}_{suffix}.fst"), tensors)


def params_of(module, prefix="param."):
    return [(prefix + n, np_(p)) for n, p in module.named_parameters()]


def grads_of(module, prefix="grad."):
    return [(prefix + n, np_(p.grad)) for n, p in module.named_parameters()]


def recurrent_case(case, cls, input_size, hidden, layers, bidirectional, batch, steps,
                   with_initial, truncation=0, seed=0):
    """nn.LSTM / nn.GRU (batch_first=True); truncation > 0 runs the sequence in chunks of that
    many steps with the state detached between chunks (truncated BPTT)."""
    for suffix, dtype in DTYPES.items():
        torch.manual_seed(seed)
        m = cls(input_size, hidden, layers, batch_first=True, bidirectional=bidirectional).to(dtype)
        d = 2 if bidirectional else 1
        x = torch.randn(batch, steps, input_size, dtype=dtype, requires_grad=True)
        is_lstm = cls is torch.nn.LSTM
        h0 = torch.randn(layers * d, batch, hidden, dtype=dtype, requires_grad=True)
        c0 = torch.randn(layers * d, batch, hidden, dtype=dtype, requires_grad=True)
        r_out = torch.randn(batch, steps, d * hidden, dtype=dtype)
        r_h = torch.randn(layers * d, batch, hidden, dtype=dtype)
        r_c = torch.randn(layers * d, batch, hidden, dtype=dtype)
        state = ((h0, c0) if is_lstm else h0) if with_initial else None
        if truncation == 0:
            out, state = m(x, state)
        else:
            outs = []
            for start in range(0, steps, truncation):
                if state is not None and start > 0:
                    state = tuple(s.detach() for s in state) if is_lstm else state.detach()
                o, state = m(x[:, start:start + truncation], state)
                outs.append(o)
            out = torch.cat(outs, 1)
        h_n, c_n = state if is_lstm else (state, None)
        loss = (out * r_out).sum() + (h_n * r_h).sum()
        if is_lstm:
            loss = loss + (c_n * r_c).sum()
        loss.backward()
        t = [("x", np_(x))]
        if with_initial:
            t += [("h0", np_(h0))] + ([("c0", np_(c0))] if is_lstm else [])
        t += params_of(m)
        t += [("r.output", np_(r_out)), ("r.h", np_(r_h))] + ([("r.c", np_(r_c))] if is_lstm else [])
        t += [("out.output", np_(out)), ("out.h", np_(h_n))] + ([("out.c", np_(c_n))] if is_lstm else [])
        t += [("loss", np.array([loss.item()], dtype=np_(x).dtype))]
        t += grads_of(m) + [("grad.x", np_(x.grad))]
        if with_initial:
            t += [("grad.h0", np_(h0.grad))] + ([("grad.c0", np_(c0.grad))] if is_lstm else [])
        save(case, suffix, t)


def main():
    print("torch", torch.__version__, file=sys.stderr)
    L, G = torch.nn.LSTM, torch.nn.GRU
    recurrent_case("lstm", L, 3, 4, 2, False, 2, 5, True, seed=1)
    recurrent_case("lstm_bidirectional", L, 3, 4, 2, True, 2, 4, False, seed=2)
    recurrent_case("lstm_truncated", L, 2, 3, 1, False, 2, 7, False, truncation=3, seed=3)
    recurrent_case("gru", G, 3, 4, 2, False, 2, 5, True, seed=4)
    recurrent_case("gru_bidirectional", G, 3, 4, 2, True, 2, 4, True, seed=5)
    recurrent_case("gru_truncated", G, 2, 3, 1, False, 2, 7, True, truncation=3, seed=6)


if __name__ == "__main__":
    main()

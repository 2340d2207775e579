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
    return t.detach().cpu().numpy().copy()


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


def layer_case(case, make, input_shape, seed, call=None, extra=()):
    """A feed-forward layer: x -> y, L = sum(y * r_output)."""
    for suffix, dtype in DTYPES.items():
        torch.manual_seed(seed)
        m = make().to(dtype)
        with torch.no_grad():  # non-trivial LayerNorm affine parameters
            for n, p in m.named_parameters():
                if n.endswith("norm1.weight") or n.endswith("norm2.weight") or n == "weight" and \
                        isinstance(m, torch.nn.LayerNorm) or n.endswith("norm.weight"):
                    p.copy_(1 + 0.3 * torch.randn_like(p))
                elif "norm" in n and n.endswith("bias") or isinstance(m, torch.nn.LayerNorm):
                    p.copy_(0.2 * torch.randn_like(p))
                elif n.endswith("in_proj_bias") or n.endswith("out_proj.bias"):
                    p.copy_(0.1 * torch.randn_like(p))
        x = torch.randn(*input_shape, dtype=dtype, requires_grad=True)
        y = call(m, x) if call else m(x)
        r = torch.randn_like(y)
        loss = (y * r).sum()
        loss.backward()
        t = [("x", np_(x))] + params_of(m) + [("r.output", np_(r)), ("out.output", np_(y)),
                                              ("loss", np.array([loss.item()], dtype=np_(x).dtype))]
        t += grads_of(m) + [("grad.x", np_(x.grad))] + list(extra)
        save(case, suffix, t)


def padding_mask():
    # batch 3, time 5: sequence 1 has its last two steps padded, sequence 2 its last one.
    m = torch.zeros(3, 5, dtype=torch.bool)
    m[1, 3:] = True
    m[2, 4] = True
    return m


def transformer_cases():
    E, H, F = 8, 2, 12
    TL = torch.nn.TransformerEncoderLayer
    pad = padding_mask()
    causal = torch.triu(torch.full((5, 5), float("-inf")), diagonal=1)
    layer_case("dense", lambda: torch.nn.Linear(5, 3), (4, 6, 5), seed=10)
    layer_case("layer_norm", lambda: torch.nn.LayerNorm(6), (3, 4, 6), seed=11)
    layer_case("attention", lambda: torch.nn.MultiheadAttention(E, H, batch_first=True),
               (3, 5, E), seed=12,
               call=lambda m, x: m(x, x, x, need_weights=False)[0])
    layer_case("attention_masked", lambda: torch.nn.MultiheadAttention(E, H, batch_first=True),
               (3, 5, E), seed=13,
               call=lambda m, x: m(x, x, x, need_weights=False,
                                   attn_mask=causal.to(x.dtype), key_padding_mask=pad)[0],
               extra=[("key_padding", pad.numpy().astype(np.float64))])
    layer_case("attention_padded", lambda: torch.nn.MultiheadAttention(E, H, batch_first=True),
               (3, 5, E), seed=21,
               call=lambda m, x: m(x, x, x, need_weights=False, key_padding_mask=pad)[0],
               extra=[("key_padding", pad.numpy().astype(np.float64))])
    layer_case("transformer_pre_causal",
               lambda: TL(E, H, F, dropout=0.0, batch_first=True, norm_first=True), (3, 5, E),
               seed=22, call=lambda m, x: m(x, src_mask=causal.to(x.dtype)))
    layer_case("transformer_post_relu",
               lambda: TL(E, H, F, dropout=0.0, batch_first=True), (3, 5, E), seed=14)
    layer_case("transformer_pre_gelu",
               lambda: TL(E, H, F, dropout=0.0, activation="gelu", batch_first=True,
                          norm_first=True), (3, 5, E), seed=15)
    layer_case("transformer_post_masked",
               lambda: TL(E, H, F, dropout=0.0, batch_first=True), (3, 5, E), seed=16,
               call=lambda m, x: m(x, src_mask=causal.to(x.dtype), src_key_padding_mask=pad),
               extra=[("key_padding", pad.numpy().astype(np.float64))])
    layer_case("transformer_encoder",
               lambda: torch.nn.TransformerEncoder(
                   TL(E, H, F, dropout=0.0, activation="gelu", batch_first=True, norm_first=True),
                   2, norm=torch.nn.LayerNorm(E), enable_nested_tensor=False),
               (3, 5, E), seed=17)


def positional_cases():
    # The PyTorch tutorial's PositionalEncoding table, in the file's dtype.
    for suffix, dtype in DTYPES.items():
        d, n = 6, 40
        position = torch.arange(n, dtype=dtype).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d, 2, dtype=dtype) * (-math.log(10000.0) / d))
        pe = torch.zeros(n, d, dtype=dtype)
        pe[:, 0::2] = torch.sin(position * div_term)
        pe[:, 1::2] = torch.cos(position * div_term)
        save("positional", suffix, [("sinusoidal", np_(pe))])


class LearnedPositions(torch.nn.Module):
    """foresight's learned_positional_encoding: x + weight[:time], weight (max_length, d)."""

    def __init__(self, d=4, max_len=7):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.randn(max_len, d))

    def forward(self, x):
        return x + self.weight[: x.shape[1]]


class SinusoidalPositions(torch.nn.Module):
    """The tutorial's PositionalEncoding (batch-first, no dropout): x + pe[:time]."""

    def __init__(self, d=4, max_len=7):
        super().__init__()
        # In float64, rounded by .to(dtype): the float64 case gets a float64 table.
        position = torch.arange(max_len, dtype=torch.float64).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d, 2, dtype=torch.float64) * (-math.log(10000.0) / d))
        pe = torch.zeros(max_len, d, dtype=torch.float64)
        pe[:, 0::2] = torch.sin(position * div_term)
        pe[:, 1::2] = torch.cos(position * div_term)
        self.register_buffer("pe", pe)

    def forward(self, x):
        return x + self.pe[: x.shape[1]]


def positional_layer_cases():
    layer_case("learned_positional", LearnedPositions, (3, 5, 4), seed=18)
    layer_case("sinusoidal_positional", SinusoidalPositions, (3, 5, 4), seed=19)


def loss_cases():
    for suffix, dtype in DTYPES.items():
        torch.manual_seed(20)
        pred = torch.randn(4, 3, dtype=dtype, requires_grad=True)
        target = torch.randn(4, 3, dtype=dtype)
        t = [("prediction", np_(pred)), ("target", np_(target))]
        for name, fn in [("mse", torch.nn.MSELoss()), ("mae", torch.nn.L1Loss()),
                         ("huber", torch.nn.HuberLoss(delta=0.7))]:
            pred.grad = None
            loss = fn(pred, target)
            loss.backward()
            t += [(name + ".loss", np.array([loss.item()])), (name + ".grad", np_(pred.grad))]
        # Pinball loss written with torch ops (PyTorch has no module for it).
        q = torch.tensor([0.1, 0.5, 0.9], dtype=dtype)
        qpred = torch.randn(4, 3, 3, dtype=dtype, requires_grad=True)
        e = target.unsqueeze(-1) - qpred
        loss = torch.maximum(q * e, (q - 1) * e).mean()
        loss.backward()
        t += [("quantile_prediction", np_(qpred)), ("pinball.loss", np.array([loss.item()])),
              ("pinball.grad", np_(qpred.grad))]
        save("losses", suffix, t)


class LstmHead(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(3, 5, batch_first=True)
        self.head = torch.nn.Linear(5, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def optimizer_cases():
    """Ten steps of each optimiser on LstmHead with MSE loss, fixed data."""
    configs = {
        "adam": lambda p: torch.optim.Adam(p, lr=0.01, weight_decay=0.05),
        "adamw": lambda p: torch.optim.AdamW(p, lr=0.01, weight_decay=0.1),
        "sgd": lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9, nesterov=True,
                                         weight_decay=0.01),
        "sgd_momentum": lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.8, dampening=0.1),
    }
    for name, make in configs.items():
        for suffix, dtype in DTYPES.items():
            torch.manual_seed(30)
            m = LstmHead().to(dtype)
            x = torch.randn(4, 6, 3, dtype=dtype)
            y = torch.randn(4, 2, dtype=dtype)
            t = [("x", np_(x)), ("y", np_(y))] + params_of(m, "initial.")
            opt = make(m.parameters())
            norms = []
            for _ in range(10):
                opt.zero_grad()
                loss = torch.nn.functional.mse_loss(m(x), y)
                loss.backward()
                if name == "sgd":  # clipping active: the gradient norm is above 0.5
                    norms.append(torch.nn.utils.clip_grad_norm_(m.parameters(), 0.5).item())
                opt.step()
            t += params_of(m, "final.")
            if norms:
                t += [("norms", np.array(norms))]
            save("optimizer_" + name, suffix, t)


def schedule_cases():
    p = torch.nn.Parameter(torch.zeros(1))
    rates = {}
    for name, make in [("step", lambda o: torch.optim.lr_scheduler.StepLR(o, 3, gamma=0.5)),
                       ("cosine", lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(
                           o, T_max=7, eta_min=0.01))]:
        opt = torch.optim.SGD([p], lr=0.1)
        sched = make(opt)
        r = []
        for _ in range(12):
            r.append(opt.param_groups[0]["lr"])
            opt.step()
            sched.step()
        rates[name] = np.array(r)
    save("schedules", "f64", [(k, v) for k, v in rates.items()])


class GruForecaster(torch.nn.Module):
    """Same parameter names as foresight's sequence_model with a GRU encoder (attribute `rnn`
    renamed to `gru` by the conversion, to exercise --rename)."""

    def __init__(self):
        super().__init__()
        self.rnn = torch.nn.GRU(3, 6, 2, batch_first=True)
        self.head = torch.nn.Linear(6, 4 * 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1]).view(x.shape[0], 4, 2)


class TransformerForecaster(torch.nn.Module):
    """foresight's sequence_model with a Transformer encoder: input projection, sinusoidal
    positions (the tutorial's table), post-norm encoder, head on the last step."""

    def __init__(self, d=8, max_len=16):
        super().__init__()
        self.input_projection = torch.nn.Linear(3, d)
        layer = torch.nn.TransformerEncoderLayer(d, 2, 16, dropout=0.0, batch_first=True)
        self.encoder = torch.nn.TransformerEncoder(layer, 2, enable_nested_tensor=False)
        self.head = torch.nn.Linear(d, 5)
        position = torch.arange(max_len).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d, 2) * (-math.log(10000.0) / d))
        pe = torch.zeros(max_len, d)
        pe[:, 0::2] = torch.sin(position * div_term)
        pe[:, 1::2] = torch.cos(position * div_term)
        self.register_buffer("pe", pe, persistent=False)

    def forward(self, x):
        z = self.input_projection(x) + self.pe[: x.shape[1]]
        return self.head(self.encoder(z)[:, -1]).view(x.shape[0], 5, 1)


def converted_model_cases():
    """A model trained (here: initialised) in PyTorch, saved with torch.save(state_dict),
    converted by convert_state_dict.py and run unchanged by foresight."""
    import tempfile
    import convert_state_dict
    for name, make, renames in [("gru", GruForecaster, [("rnn.", "gru.")]),
                                ("transformer", TransformerForecaster, [])]:
        torch.manual_seed(40)
        m = make().eval()
        x = torch.randn(3, 7, 3)
        with torch.no_grad():
            y = m(x)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "model.pt")
            torch.save(m.state_dict(), path)
            convert_state_dict.main([path, os.path.join(HERE, f"converted_{name}.fst"),
                                     "--dtype", "f32"] +
                                    [f"--rename={o}={n}" for o, n in renames])
        save(f"converted_{name}_io", "f32", [("x", np_(x)), ("y", np_(y))])


def main():
    print("torch", torch.__version__, file=sys.stderr)
    L, G = torch.nn.LSTM, torch.nn.GRU
    recurrent_case("lstm", L, 3, 4, 2, False, 2, 5, True, seed=1)
    recurrent_case("lstm_bidirectional", L, 3, 4, 2, True, 2, 4, False, seed=2)
    recurrent_case("lstm_truncated", L, 2, 3, 1, False, 2, 7, False, truncation=3, seed=3)
    recurrent_case("gru", G, 3, 4, 2, False, 2, 5, True, seed=4)
    recurrent_case("gru_bidirectional", G, 3, 4, 2, True, 2, 4, True, seed=5)
    recurrent_case("gru_truncated", G, 2, 3, 1, False, 2, 7, True, truncation=3, seed=6)
    transformer_cases()
    positional_cases()
    positional_layer_cases()
    loss_cases()
    optimizer_cases()
    schedule_cases()
    converted_model_cases()


if __name__ == "__main__":
    main()

#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Independent computations behind every reference case of tests/inventory.

Each published case (textbook worked example or paper table) is recomputed here by a method that
does not share code or algorithm with the C++ implementation: numerical minimisation instead of
closed forms, exhaustive enumeration instead of Zheng-Federgruen / Federgruen-Zheng, Markov-chain
stationary distributions instead of renewal formulas, Gauss-Hermite quadrature instead of the
lattice recursion. Output: reference_values.csv (case, quantity, value), read by the tests.

Run: /usr/bin/python3 tests/reference/inventory/make_reference.py   (scipy 1.10.1, numpy)
"""
import csv
import math
import os

import numpy as np
from scipy import integrate, optimize, stats

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference_values.csv")
rows = []


def put(case, quantity, value):
    rows.append((case, quantity, repr(float(value))))


# ---------------------------------------------------------------------------------------------
# Standard normal loss G(z) = E[(Z - z)^+] by numerical integration.
for z in (0.0, 1.0, 2.0):
    v, _ = integrate.quad(lambda x: (x - z) * stats.norm.pdf(x), z, np.inf, epsabs=1e-14)
    put("normal_loss", f"G({z:g})", v)

# ---------------------------------------------------------------------------------------------
# EOQ family by numerical minimisation of the cost per unit time.
K, h, lam = 8.0, 0.225, 1300.0
res = optimize.minimize_scalar(lambda q: K * lam / q + h * q / 2, bounds=(1, 5000),
                               method="bounded", options={"xatol": 1e-10})
put("ss_example_3_1", "quantity", res.x)
put("ss_example_3_1", "cost", res.fun)

p = 5.0
# Planned backorders: cost(Q, x) = K lam / Q + h Q (1 - x)^2 / 2 + p Q x^2 / 2.
res = optimize.minimize(lambda v: K * lam / v[0] + h * v[0] * (1 - v[1]) ** 2 / 2
                        + p * v[0] * v[1] ** 2 / 2, x0=[300, 0.1], method="Nelder-Mead",
                        options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 20000})
put("ss_example_3_8", "quantity", res.x[0])
put("ss_example_3_8", "backorder_fraction", res.x[1])
put("ss_example_3_8", "cost", res.fun)

# Cost ratio of ordering twice the EOQ, by evaluating the cost function.
cq = lambda q: K * lam / q + h * q / 2
qs = math.sqrt(2 * K * lam / h)
put("eoq_sensitivity", "ratio_2q", cq(2 * qs) / cq(qs))

# Power of two: worst case over the position of T* between powers of two, by enumeration.
worst = 0.0
for t_star in np.linspace(1.0, 2.0, 20001):
    best = min(1 / t + t_star ** 2 * t for t in (0.5, 1.0, 2.0, 4.0)) / (2 * t_star)
    worst = max(worst, best)
put("roundy_1985", "worst_ratio", worst)

# ---------------------------------------------------------------------------------------------
# Newsvendor with normal demand by numerical integration and minimisation.
def nv_cost(s, mu, sd, h_, p_):
    f = lambda x: (h_ * max(s - x, 0) + p_ * max(x - s, 0)) * stats.norm.pdf(x, mu, sd)
    v, _ = integrate.quad(f, mu - 12 * sd, mu + 12 * sd, points=[s], limit=200, epsabs=1e-13)
    return v


for case, mu, sd in (("ss_example_4_3", 50.0, 8.0), ("ss_example_4_4", 250.0, 8.0 * math.sqrt(5))):
    res = optimize.minimize_scalar(lambda s: nv_cost(s, mu, sd, 0.18, 0.7),
                                   bounds=(mu - 3 * sd, mu + 3 * sd), method="bounded",
                                   options={"xatol": 1e-9})
    put(case, "quantity", res.x)
    put(case, "cost", res.fun)


# Newsvendor with lognormal demand (mu = 6, sigma = 0.3), h = 1, p = 0.1765: the critical-ratio
# quantile and the expected cost by quadrature against the lognormal density.
ln = stats.lognorm(0.3, scale=math.exp(6))
q_ln = ln.ppf(0.1765 / 1.1765)
v_ln, _ = integrate.quad(lambda x: (1.0 * max(q_ln - x, 0) + 0.1765 * max(x - q_ln, 0)) * ln.pdf(x),
                         0, ln.ppf(1 - 1e-15), points=[q_ln], limit=400, epsabs=1e-12)
put("lognormal_newsvendor", "quantity", q_ln)
put("lognormal_newsvendor", "cost", v_ln)


# ---------------------------------------------------------------------------------------------
# (s, S) with Poisson demand, zero lead time: exhaustive enumeration with the cost from the
# stationary distribution of a Markov chain on the inventory position (small cases) or from the
# renewal-reward formula (all cases, enumerated over every (s, S) in a wide box).
def g_fun(y, mu, h_, p_):
    k = np.arange(0, int(mu + 40 * math.sqrt(mu) + 50))
    pk = stats.poisson.pmf(k, mu)
    return float(np.sum(pk * (h_ * np.maximum(y - k, 0) + p_ * np.maximum(k - y, 0))))


def ss_cost_markov(s, S, mu, h_, p_, K_):
    states = np.arange(s + 1, S + 1)  # inventory position after ordering
    n = len(states)
    P = np.zeros((n, n))
    for i, y in enumerate(states):
        for j, y2 in enumerate(states):
            d = y - y2
            if d >= 0:
                P[i, j] += stats.poisson.pmf(d, mu)
        # demand taking the position to <= s: order up to S
        P[i, n - 1] += stats.poisson.sf(y - s - 1, mu)
    A = np.vstack([P.T - np.eye(n), np.ones(n)])
    b = np.zeros(n + 1)
    b[-1] = 1
    pi = np.linalg.lstsq(A, b, rcond=None)[0]
    order_prob = sum(pi[i] * stats.poisson.sf(y - s - 1, mu) for i, y in enumerate(states))
    return sum(pi[i] * g_fun(y, mu, h_, p_) for i, y in enumerate(states)) + K_ * order_prob


def ss_brute(mu, h_, p_, K_, s_lo, s_hi, span):
    top = int(mu + 40 * math.sqrt(mu) + span + 100)
    pk = stats.poisson.pmf(np.arange(top + 1), mu)
    G = {}
    for y in range(s_lo - 5, s_hi + span + 5):
        G[y] = g_fun(y, mu, h_, p_)
    p0 = pk[0]
    m = np.zeros(span + 1)
    m[0] = 1 / (1 - p0)
    for j in range(1, span + 1):
        m[j] = sum(pk[l] * m[j - l] for l in range(1, j + 1)) / (1 - p0)
    M = np.cumsum(m)
    best = (None, None, math.inf)
    for s in range(s_lo, s_hi + 1):
        acc = 0.0
        for n in range(1, span + 1):
            S = s + n
            # c(s, S) = (K + sum_{j<n} m(j) G(S - j)) / M(n-1+1); recompute the sum directly.
            acc = sum(m[j] * G[S - j] for j in range(n))
            c = (K_ + acc) / M[n - 1]
            # For large mu, c(s, S) is flat in s to ~1e-12 over a range of s (an order follows
            # almost every period), so the enumerated s may differ from the published one; the
            # tests compare s with the paper and the cost at the paper's (s, S) with this minimum.
            if c < best[2]:
                best = (s, S, c)
    return best


s_, S_, c_ = ss_brute(6.0, 1.0, 4.0, 5.0, -5, 12, 30)
put("ss_example_4_7", "s", s_)
put("ss_example_4_7", "S", S_)
put("ss_example_4_7", "cost", c_)
put("ss_example_4_7", "cost_markov", ss_cost_markov(s_, S_, 6.0, 1.0, 4.0, 5.0))

zf_mu = [10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 21, 22, 23, 24, 51, 52, 59, 61,
         63, 64]
# Zheng & Federgruen (1991), Operations Research 39(4), table I (h = 1, p = 9, K = 64, L = 0),
# as listed in the stockpyl test suite (LarrySnyder/stockpyl tests/test_ss.py): optimal s, S.
zf_s = [6, 10, 14, 19, 23, 28, 33, 37, 42, 47, 52, 56, 62, 67, 15, 16, 17, 18, 43, 44, 51, 52, 54,
        55]
zf_S = [40, 49, 62, 56, 66, 77, 87, 97, 108, 118, 129, 75, 81, 86, 65, 68, 52, 54, 110, 112, 126,
        131, 73, 74]
for mu, s_pub, S_pub in zip(zf_mu, zf_s, zf_S):
    put(f"zf1991_mu{mu}", "cost_at_published", ss_cost_markov(s_pub, S_pub, float(mu), 1.0, 9.0, 64.0))
    y_star = int(stats.poisson.ppf(0.9, mu))
    s_, S_, c_ = ss_brute(float(mu), 1.0, 9.0, 64.0, y_star - 25, y_star + 2, 110)
    put(f"zf1991_mu{mu}", "s", s_)
    put(f"zf1991_mu{mu}", "S", S_)
    put(f"zf1991_mu{mu}", "cost", c_)


# ---------------------------------------------------------------------------------------------
# Continuous-review (r, Q), normal lead-time demand: cost by numerical integration of g(y).
def rq_cost_quad(r, Q, lam_, mu, sd, K_, h_, p_):
    def g(y):
        under = sd * (stats.norm.pdf((y - mu) / sd) - (y - mu) / sd * stats.norm.sf((y - mu) / sd))
        return h_ * (y - mu + under) + p_ * under
    v, _ = integrate.quad(g, r, r + Q, epsabs=1e-12, limit=200)
    return (K_ * lam_ + v) / Q


lam, L = 1300.0, 1.0 / 12
mu, sd = lam * L, 150.0 * math.sqrt(L)
K, h, p = 8.0, 0.225, 7.5
put("ss_example_5_1", "cost_126.8_328.5", rq_cost_quad(126.8, 328.5, lam, mu, sd, K, h, p))
res = optimize.minimize(lambda v: rq_cost_quad(v[0], v[1], lam, mu, sd, K, h, p),
                        x0=[120, 300], method="Nelder-Mead",
                        options={"xatol": 1e-8, "fatol": 1e-12, "maxiter": 20000})
put("ss_example_5_6", "reorder_point", res.x[0])
put("ss_example_5_6", "order_quantity", res.x[1])
put("ss_example_5_6", "cost", res.fun)
# EOQ + newsvendor reorder point.
put("ss_example_5_5", "reorder_point", stats.norm.ppf(p / (p + h), mu, sd))
put("ss_example_5_5", "order_quantity", math.sqrt(2 * K * lam / h))
# Hadley-Whitin: the fixed point of the two optimality conditions, found by a root solver.
n_fun = lambda r: sd * (stats.norm.pdf((r - mu) / sd) - (r - mu) / sd * stats.norm.sf((r - mu) / sd))


def hw_eqs(v):
    r, Q = v
    return [Q - math.sqrt(2 * lam * (K + p * n_fun(r)) / h), stats.norm.sf(r, mu, sd) - h * Q / (p * lam)]


sol = optimize.fsolve(hw_eqs, [200, 300], xtol=1e-13)
r_hw, q_hw = sol
put("ss_example_5_2", "reorder_point", r_hw)
put("ss_example_5_2", "order_quantity", q_hw)
put("ss_example_5_2", "approximate_cost", h * (r_hw - mu + q_hw / 2) + K * lam / q_hw
    + p * lam * n_fun(r_hw) / q_hw)

# Poisson (r, Q), Snyder & Shen example 5.8: exhaustive enumeration.
lam, L, K, h, p = 1.5, 2.0, 100.0, 20.0, 150.0
kk = np.arange(0, 200)
pk = stats.poisson.pmf(kk, lam * L)
g_int = lambda y: float(np.sum(pk * (h * np.maximum(y - kk, 0) + p * np.maximum(kk - y, 0))))
best = (None, None, math.inf)
for r in range(-10, 30):
    for Q in range(1, 60):
        c = (K * lam + sum(g_int(y) for y in range(r + 1, r + Q + 1))) / Q
        if c < best[2]:
            best = (r, Q, c)
put("ss_example_5_8", "reorder_point", best[0])
put("ss_example_5_8", "order_quantity", best[1])
put("ss_example_5_8", "cost", best[2])

# ---------------------------------------------------------------------------------------------
# Serial system, Snyder & Shen example 6.1, by Gauss-Hermite quadrature of the Chen-Zheng
# recursion on continuous functions (no lattice).
hs = [3.0, 2.0, 2.0]
Ls = [1, 1, 2]
p_s = 37.12
dmu, dsd = 5.0, 1.0
gh_x, gh_w = np.polynomial.hermite_e.hermegauss(120)
gh_w = gh_w / gh_w.sum()


def expect(fun, L_):
    d = L_ * dmu + math.sqrt(L_) * dsd * gh_x
    return lambda y: float(np.sum(gh_w * fun(y - d)))


def make_level(c_tilde, lo, hi):
    res_ = optimize.minimize_scalar(c_tilde, bounds=(lo, hi), method="bounded",
                                    options={"xatol": 1e-10})
    s_star, val = res_.x, res_.fun
    return s_star, val, (lambda x: np.where(x < s_star, np.vectorize(c_tilde)(np.minimum(x, s_star)), val))


htot = sum(hs)
c0 = lambda x: (p_s + htot) * np.maximum(-x, 0.0)
# Stage 1 in closed form through the normal loss function (vectorised).
def c_tilde1(y):
    m, s = Ls[0] * dmu, math.sqrt(Ls[0]) * dsd
    z = (y - m) / s
    under = s * (stats.norm.pdf(z) - z * stats.norm.sf(z))
    return hs[0] * (y - m) + (p_s + htot) * under


S1, v1, _ = make_level(c_tilde1, 0, 20)
C1 = lambda x: np.where(x < S1, c_tilde1(np.minimum(x, S1)), v1)
c_tilde2 = expect(lambda x: hs[1] * x + C1(x), Ls[1])
S2, v2, _ = make_level(c_tilde2, 0, 30)
grid = np.linspace(-40, S2, 20001)
vals2 = np.array([c_tilde2(x) for x in grid])
# The grid starts far below any y - D reached (>= -20), so no extrapolation is needed.
C2 = lambda x: np.where(x < S2, np.interp(np.minimum(x, S2), grid, vals2), v2)
c_tilde3 = expect(lambda x: hs[2] * x + C2(x), Ls[2])
S3, v3, _ = make_level(c_tilde3, 0, 40)
put("ss_example_6_1", "S1", S1)
put("ss_example_6_1", "S2", S2)
put("ss_example_6_1", "S3", S3)
put("ss_example_6_1", "cost", v3)

with open(OUT, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case", "quantity", "value"])
    w.writerows(rows)
print(f"wrote {len(rows)} values to {OUT}")

#!/usr/bin/env python3
"""Generate tests/data/depth_reference.csv: Gaussian expectations, fixed points and maps of the
mean-field theory of `src/depth`, computed with mpmath, for `tests/depth_meanfield.rs`.

Run again with `python3 scripts/gen_depth_reference.py` (needs `pip install mpmath`; it takes
a few minutes per activation).

The activations are those of scripts/gen_math_reference.py (imported, at PyTorch's defaults).
With z ~ N(0, 1), u ~ N(0, q) and (u1, u2) jointly normal with variances q and correlation c:

  m2    E[f(u)^2]            at q = arg          (the q-map with sigma_w2 = 1, sigma_b2 = 0)
  d2    E[f'(u)^2]           at q = arg          (chi_1 at q with sigma_w2 = 1)
  m1    E[f(u)]              at q = arg          (the post-activation mean)
  q_star  the fixed point of q -> sigma_w2 E[f(u)^2] + sigma_b2 reached by iterating from q = 1
          ('none' if the iterates grow past 1e8)
  chi1  sigma_w2 E[f'(u)^2]  at q = q_star
  c_map (sigma_w2 E[f(u1) f(u2)] + sigma_b2) / q_star  at q = q_star, c = arg
  decor 1 - c_map(1 - arg) = sigma_w2 E[(f(u1) - f(u2))^2] / (2 q_star), at q = q_star

The one-dimensional expectations are mp.quad (tanh-sinh) over z in [-12, 12] (the normal tails
beyond are below 1e-30 relative), split at 0, +-4, +-8 and at the kinks of f, computed at 30 and
at 45 digits and required to agree to 25. q_star is located independently of the Rust solver: a
scan from q = 1 in the direction the map moves (steps of 5 % of q, or of q - sigma_b2), then
Anderson steps inside the bracket. The c-map uses two methods, neither of them the Rust one:
- for c in {-0.6, -0.2, 0.4, 0.6}, Mehler's formula E[f(u1) f(u2)] = sum_n b_n^2 c^n with the
  Hermite coefficients b_n of f(sqrt(q) z) (one-dimensional integrals, composite Gauss-Legendre
  at 40 digits), 160 vs 200 terms and 24 vs 48 nodes per piece agreeing to 25 digits;
- for c = 0.999 and for 1 - c = 1e-6 (near 1, where the series converges too slowly), a
  two-level composite Gauss-Legendre rule at 30 digits in the coordinates (z1, z2), cut at the
  kinks, 24 vs 48 nodes per piece agreeing to 22 digits.
Values are written with 25 significant digits.
"""

import os
import sys

import mpmath as mp
from mpmath import mpf
from mpmath.calculus.quadrature import GaussLegendre

sys.path.insert(0, os.path.dirname(__file__))
import gen_math_reference as ref  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "depth_reference.csv")

P = dict(ref.DEFAULTS)
QS = ["0.01", "0.3", "1", "4", "25"]
# (sigma_w2, sigma_b2): ordered-ish, strongly biased, and one where the ReLU family diverges.
SETTINGS = [("1.5", "0.05"), ("0.8", "0.3"), ("2.5", "0.1")]
CS = ["-0.6", "-0.2", "0.4", "0.6"]
C_NEAR = "0.999"
DECOR = "1e-6"
Q_MAX = mpf("1e8")


def kinks(name):
    """The kinks of f (where f, f' or f'' jumps): gen_math_reference's, plus softsign's 0."""
    ks = ref.kinks(name, P)
    if name == "softsign":
        ks = [0.0]
    return sorted(set(mpf(k) for k in ks))


def f(name, x):
    return ref.FUNCS[name](x, P)[0]


def df(name, x):
    return ref.FUNCS[name](x, P)[1]


def normal(x):
    return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


# Integrals in z run over [-12, 12]: phi(12) = 5.3e-32, so the tails beyond are below 1e-30
# relative even for the quadratically growing integrands here. The range is cut at 0, +-4, +-8
# (tanh-sinh is efficient on short analytic pieces) and at every kink.
CUTS = [-12, -8, -4, 0, 4, 8, 12]


def pieces(extra):
    pts = set(mpf(x) for x in CUTS)
    pts |= set(x for x in extra if -12 < x < 12)
    return sorted(pts)


def expect1(name, g, q):
    """E[g(sqrt(q) z)], split at the kinks of f mapped to z."""
    s = mp.sqrt(q)
    return mp.quad(lambda z: g(s * z) * normal(z), pieces([k / s for k in kinks(name)]))


def checked1(name, make_g, q):
    """expect1 at 30 and 45 digits, agreeing to 25."""
    vals = []
    for dps in (30, 45):
        with mp.workdps(dps):
            vals.append(expect1(name, make_g(), mpf(q)))
    a, b = vals
    with mp.workdps(45):
        # Absolute below 1e-28 (the mean of an odd f is 0 up to rounding).
        if abs(a - b) > mpf("1e-25") * max(abs(b), mpf("1e-3")):
            raise SystemExit(f"precision check failed: {name} q={q}: {a} vs {b}")
    return b if abs(b) > mpf("1e-28") else mpf(0)


def m2(name, q):
    return checked1(name, lambda: (lambda u: f(name, u) ** 2), q)


def d2(name, q):
    return checked1(name, lambda: (lambda u: df(name, u) ** 2), q)


def m1(name, q):
    return checked1(name, lambda: (lambda u: f(name, u)), q)


def q_star(name, w, b):
    """The fixed point reached by iterating q -> w E[f^2] + b from q = 1, or None."""
    with mp.workdps(30):
        w, b = mpf(w), mpf(b)

        def h(q):
            return w * expect1(name, lambda u: f(name, u) ** 2, q) + b - q

        h1 = h(mpf(1))
        if abs(h1) < mpf("1e-27"):
            return mpf(1)
        up = h1 > 0
        prev, q = mpf(1), mpf(1)
        while True:
            q = q * mpf("1.05") if up else b + (q - b) * mpf("0.95")
            if up and q > Q_MAX:
                return None
            hq = h(q)
            if hq == 0:
                return q
            if (hq < 0) == up or (not up and q - b < mpf("1e-25")):
                break
            prev = q
        lo, hi = (prev, q) if up else (q, prev)
        # Anderson steps inside the bracket, checked against the bracket.
        root = mp.findroot(h, (lo, hi), solver="anderson")
        if not (lo <= root <= hi):
            root = mp.findroot(h, (lo, hi), solver="bisect")
        return root


# ---------------------------------------------------------------- the c-map

_GL = {}


def gl(degree):
    """Gauss-Legendre nodes on [-1, 1] (3 * 2^(degree-1) of them) at the working precision."""
    key = (degree, mp.mp.prec)
    if key not in _GL:
        _GL[key] = GaussLegendre(mp.mp).calc_nodes(degree, mp.mp.prec)
    return _GL[key]


def rule(breaks, width, degree):
    """Composite Gauss-Legendre nodes (z, weight * phi(z)) on [-12, 12]: cut at `breaks`, then
    into pieces at most `width` wide."""
    pts = sorted(set([mpf(-12), mpf(12)] + [mpf(x) for x in breaks if -12 < x < 12]))
    nodes = []
    for a, b in zip(pts, pts[1:]):
        k = max(1, int(mp.ceil((b - a) / width)))
        for i in range(k):
            lo, hi = a + (b - a) * i / k, a + (b - a) * (i + 1) / k
            mid, half = (lo + hi) / 2, (hi - lo) / 2
            for x, w in gl(degree):
                z = mid + half * x
                nodes.append((z, w * half * normal(z)))
    return nodes


def mehler(name, q, cs, n_terms, degree):
    """E[f(u1) f(u2)] for each c in cs by Mehler's formula: sum_n b_n^2 c^n with
    b_n = E[f(sqrt(q) z) He_n(z)] / sqrt(n!), from one composite Gauss-Legendre rule (pieces of
    width 1, cut at the kinks) and the normalised Hermite recurrence."""
    s = mp.sqrt(q)
    roots = [mp.sqrt(n) for n in range(n_terms + 2)]
    b = [mpf(0)] * (n_terms + 1)
    for z, w in rule([k / s for k in kinks(name)] + [0], 1, degree):
        fz = w * f(name, s * z)
        h_prev, h = mpf(0), mpf(1)
        for n in range(n_terms + 1):
            b[n] += fz * h
            h_prev, h = h, (z * h - roots[n] * h_prev) / roots[n + 1]
    return [sum(bn * bn * mpf(c) ** n for n, bn in enumerate(b)) for c in cs]


def checked_mehler(name, q, cs):
    """mehler at 24 and 48 nodes per piece and 160 and 200 terms, agreeing to 25 digits."""
    with mp.workdps(40):
        a = mehler(name, mpf(q), cs, 160, 4)
        b = mehler(name, mpf(q), cs, 200, 5)
        for c, x, y in zip(cs, a, b):
            if abs(x - y) > mpf("1e-25") * max(abs(y), mpf("1e-30")):
                raise SystemExit(f"precision check failed: mehler {name} q={q} c={c}: {x} vs {y}")
        return b


def pair(name, q, c, diff, degree):
    """E[f(u1) f(u2)] (diff=False) or E[(f(u1) - f(u2))^2] (diff=True) at variance q and
    correlation c, as a two-level composite Gauss-Legendre rule in z1 (outer) and z2 (inner) with
    u1 = sqrt(q) z1, u2 = sqrt(q) (c z1 + s z2), s = sqrt(1 - c^2): the inner rule is cut where
    u2 crosses a kink, the outer one where u1 does and, a few blur widths s/c either side, where
    the inner integral turns fastest (z1 = k / (c sqrt(q)))."""
    rq = mp.sqrt(q)
    sc = mp.sqrt((1 - c) * (1 + c))
    ks = kinks(name)
    outer = [0] + [k / rq for k in ks]
    for k in ks:
        z = k / (c * rq)
        outer += [z] + [z + t * sc / c for t in (-16, -6, -2, 2, 6, 16)]
    total = mpf(0)
    for z1, w1 in rule(outer, 2, degree):
        a = rq * c * z1
        f1 = f(name, rq * z1)
        inner = mpf(0)
        for z2, w2 in rule([0] + [(k - a) / (rq * sc) for k in ks], 2, degree):
            f2 = f(name, a + rq * sc * z2)
            inner += w2 * ((f1 - f2) ** 2 if diff else f1 * f2)
        total += w1 * inner
    return total


def checked_pair(name, q, c, diff):
    """pair at 24 and 48 nodes per piece (30 digits), agreeing to 22 digits."""
    with mp.workdps(30):
        a = pair(name, mpf(q), mpf(c), diff, 4)
        b = pair(name, mpf(q), mpf(c), diff, 5)
        if abs(a - b) > mpf("1e-22") * max(abs(b), mpf("1e-30")):
            raise SystemExit(f"precision check failed: pair {name} q={q} c={c}: {a} vs {b}")
        return b


def fmt(v):
    if v is None:
        return "none"
    if v == 0:
        return "0"
    return mp.nstr(v, 25, min_fixed=1, max_fixed=0)


def rows_for(name):
    """Every reference row of one activation."""
    rows = []
    for q in QS:
        rows.append((name, "m2", "", "", q, fmt(m2(name, q))))
        rows.append((name, "d2", "", "", q, fmt(d2(name, q))))
        rows.append((name, "m1", "", "", q, fmt(m1(name, q))))
    for i, (w, b) in enumerate(SETTINGS):
        qs = q_star(name, w, b)
        rows.append((name, "q_star", w, b, "", fmt(qs)))
        print(f"{name:12} ({w}, {b}): q* = {fmt(qs)}", file=sys.stderr, flush=True)
        if qs is None:
            continue
        with mp.workdps(45):
            qs = mpf(qs)
            chi = mpf(w) * expect1(name, lambda u: df(name, u) ** 2, qs)
        rows.append((name, "chi1", w, b, "", fmt(chi)))
        if i == 2:
            continue
        for c, prod in zip(CS, checked_mehler(name, qs, CS)):
            with mp.workdps(30):
                v = (mpf(w) * prod + mpf(b)) / qs
            rows.append((name, "c_map", w, b, c, fmt(v)))
        if i == 0:
            prod = checked_pair(name, qs, C_NEAR, False)
            with mp.workdps(30):
                v = (mpf(w) * prod + mpf(b)) / qs
            rows.append((name, "c_map", w, b, C_NEAR, fmt(v)))
            with mp.workdps(30):
                dec = checked_pair(name, qs, 1 - mpf(DECOR), True)
                v = mpf(w) * dec / (2 * qs)
            rows.append((name, "decor", w, b, DECOR, fmt(v)))
        print(f"{name:12} ({w}, {b}): maps done", file=sys.stderr, flush=True)
    return rows


def main():
    """All activations (rewriting the table), or those named on the command line (appended,
    so a long run can be split and resumed)."""
    only = sys.argv[1:]
    names = [n for n in ref.FUNCS if not only or n in only]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    if not only:
        with open(OUT, "w") as fh:
            fh.write(f"# Generated by scripts/gen_depth_reference.py with mpmath {mp.__version__} "
                     "(25+ digits, every value checked twice). Do not edit.\n")
            fh.write("id,quantity,sigma_w2,sigma_b2,arg,value\n")
    total = 0
    for name in names:
        rows = rows_for(name)
        # Each activation's rows as soon as they are done.
        with open(OUT, "a") as fh:
            for r in rows:
                fh.write(",".join(r) + "\n")
        total += len(rows)
    print(f"wrote {total} rows to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()

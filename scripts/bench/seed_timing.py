"""Times the seed's matplotlib script (scripts/bench.sh runs this inside its venv).

Usage: python seed_timing.py <seed_plots.py> <out.json>
Runs in the current directory (a temp dir: the script writes its three PNGs there).
Imports matplotlib (Agg) and numpy first, then execs the script, so the figure time excludes
interpreter start-up and imports; the whole-process wall time is measured by the caller.
"""
import json
import sys
import time

t_start = time.perf_counter()
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402,F401
import numpy as np  # noqa: E402,F401

t_imported = time.perf_counter()
path, out = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    code = compile(f.read(), path, "exec")
# The script draws its three figures and saves each with savefig (dpi 150); time them one by one.
marks = []
orig_savefig = plt.savefig


def timed_savefig(*a, **k):
    r = orig_savefig(*a, **k)
    marks.append((str(a[0]) if a else "?", time.perf_counter()))
    return r


plt.savefig = timed_savefig
t0 = time.perf_counter()
exec(code, {"__name__": "__main__", "__file__": path})
t1 = time.perf_counter()
prev = t0
figures = []
for name, t in marks:
    figures.append({"file": name, "ms": (t - prev) * 1e3})
    prev = t
json.dump(
    {
        "imports_ms": (t_imported - t_start) * 1e3,
        "figures_ms": (t1 - t0) * 1e3,
        "figures": figures,
        "matplotlib": matplotlib.__version__,
        "numpy": np.__version__,
        "python": sys.version.split()[0],
    },
    open(out, "w"),
)

#!/usr/bin/env bash
# The benchmark: prints a table of size, start-up, the seed side by side, interaction, math,
# memory and fuzzing figures against their budgets. It measures; it does not pass or fail
# (exit status 0 unless a section could not run at all).
#
#   scripts/bench.sh                 # everything (about 10 minutes on 2 cores)
#   scripts/bench.sh size startup    # only some sections:
#                                    #   size startup switch interaction tasks memory seed math fuzz
#                                    # (startup: cold loads, repeat visits from the service
#                                    #  worker's cache, and the same on a throttled phone)
# Environment:
#   AE_BENCH_DIST=<dir>   the release build to measure (default bench-out/dist, built here)
#   AE_BENCH_NO_BUILD=1   measure AE_BENCH_DIST as it is (no trunk build)
#   AE_BENCH_PORT=4190    the port of the local static server (127.0.0.1); the phone rows use
#                         a second one, gzipped, on AE_BENCH_PORT+1
#   AE_BENCH_LOADS=10, AE_BENCH_PHONE_LOADS=5, AE_BENCH_CHANGES=200, AE_FUZZ_CASES=100000
#                         the sample counts
#   CARGO_TARGET_DIR      honoured by every cargo/trunk call (the math section uses
#                         $CARGO_TARGET_DIR/bench-math, or AE_BENCH_MATH_TARGET)
# The size and start-up sections also build and measure scripts/bench/stack-floor, the smallest
# app on the same stack (their "floor" rows).
# Output: the tables on stdout, raw results in bench-out/results/*.json (git-ignored).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

OUT=bench-out
DIST="${AE_BENCH_DIST:-$OUT/dist}"
PORT="${AE_BENCH_PORT:-4190}"
VENV="$OUT/venv"
# The seed's script lives beside the repository, in ../shared/seed/ (AE_SEED_SCRIPT overrides).
SEED="${AE_SEED_SCRIPT:-../shared/seed/seed_plots.py}"
ALL="size startup switch interaction tasks memory seed math fuzz"
SECTIONS="${*:-$ALL}"
want() { [[ " $SECTIONS " == *" $1 "* ]]; }
step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }
failed=()

mkdir -p "$OUT/results"
rm -f "$OUT"/results/*.json
cat > "$OUT/results/meta.json" <<JSON
{"name": "meta", "rows": [], "loadStart": "$(cut -d' ' -f1-3 /proc/loadavg)",
 "commit": "$(if git rev-parse -q --verify HEAD >/dev/null 2>&1; then git rev-parse --short HEAD; git diff --quiet HEAD || echo '+changes'; else echo "${AE_BENCH_COMMIT:-?}"; fi | tr -d '\n')",
 "chromium": "$(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"}
JSON

needs_dist=false
for s in size startup switch interaction tasks memory; do want "$s" && needs_dist=true; done
if $needs_dist; then
  if [ "${AE_BENCH_NO_BUILD:-0}" = 1 ] && [ -f "$DIST/index.html" ]; then
    step "measuring the existing build in $DIST"
  else
    scripts/setup.sh all || exit 1
    step "release build: scripts/release-build.sh --dist $DIST"
    scripts/release-build.sh --dist "$DIST" || { echo "release build failed" >&2; exit 1; }
  fi
fi

# The stack floor (scripts/bench/stack-floor): the smallest app on the same stack and release
# build, measured next to the app for size and start-up. Its own target dir (other features).
STACK_DIST="$OUT/stack-floor"
if want size || want startup; then
  if [ "${AE_BENCH_NO_BUILD:-0}" = 1 ] && [ -f "$STACK_DIST/index.html" ]; then
    :
  else
    step "the stack floor: scripts/release-build.sh --config scripts/bench/stack-floor/Trunk.toml"
    rm -rf "$STACK_DIST"
    CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$(pwd)/target}/stack-floor" \
      scripts/release-build.sh --config scripts/bench/stack-floor/Trunk.toml --dist "$(pwd)/$STACK_DIST" \
      || { echo "stack floor build failed (its rows are left out)" >&2; rm -rf "$STACK_DIST"; failed+=(stack-floor); }
  fi
fi

if want size; then
  step "1. size of every file of the release build ($DIST)"
  stack_arg=()
  [ -f "$STACK_DIST/index.html" ] && stack_arg=("$STACK_DIST")
  node scripts/bench/size.mjs "$DIST" "${stack_arg[@]}" || failed+=(size)
fi

browser=""
want startup && browser="$browser,startup,repeat,phone"
for s in switch interaction tasks memory; do want "$s" && browser="$browser,$s"; done
if [ -n "$browser" ]; then
  step "2-4, 6. in headless Chromium (${browser#,})"
  node scripts/bench/browser.mjs "$DIST" "$PORT" "${browser#,}" || failed+=(browser)
fi

if want seed && [ ! -f "$SEED" ]; then
  step "3. the seed's matplotlib script"
  echo "skipped: $SEED not found (the seed's script is expected in ../shared/seed/ beside this repository; set AE_SEED_SCRIPT to its path)"
  failed+=(seed-missing)
elif want seed; then
  step "3. the seed's matplotlib script ($SEED)"
  if ! "$VENV/bin/python" -c 'import matplotlib, numpy' 2>/dev/null; then
    echo "creating the venv $VENV (pip install matplotlib numpy)"
    rm -rf "$VENV"
    python3 -m venv "$VENV" && "$VENV/bin/pip" install --quiet matplotlib numpy || failed+=(venv)
  fi
  tmp="$(mktemp -d)"
  seed_abs="$(cd "$(dirname "$SEED")" && pwd)/$(basename "$SEED")"
  py="$(pwd)/$VENV/bin/python"
  harness="$(pwd)/scripts/bench/seed_timing.py"
  (
    cd "$tmp" || exit 1
    export MPLBACKEND=Agg
    "$py" "$seed_abs" >/dev/null || exit 1   # warm-up: matplotlib's font cache, file cache
    runs=3
    for i in $(seq $runs); do
      s=$(date +%s%N); "$py" "$seed_abs" >/dev/null || exit 1; e=$(date +%s%N)
      echo $(( (e - s) / 1000 )) >> wall.txt
      "$py" "$harness" "$seed_abs" "h$i.json" >/dev/null || exit 1
    done
    ls -- *.png >/dev/null || exit 1
  ) || failed+=(seed)
  node -e '
    const fs = require("fs"), d = process.argv[1], out = process.argv[2];
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    const wall = fs.readFileSync(d + "/wall.txt", "utf8").trim().split("\n").map((x) => Number(x) / 1000);
    const hs = fs.readdirSync(d).filter((f) => /^h\d+\.json$/.test(f)).map((f) => JSON.parse(fs.readFileSync(d + "/" + f)));
    const figs = hs.map((h) => h.figures_ms), imps = hs.map((h) => h.imports_ms);
    const r = { name: "seed", rows: [], wallMs: med(wall), figuresMs: med(figs), importsMs: med(imps), wall, figs, detail: hs };
    fs.writeFileSync(out, JSON.stringify(r, null, 2));
    console.log(`python ${hs[0].python}, matplotlib ${hs[0].matplotlib}, numpy ${hs[0].numpy}; ${wall.length} runs after a warm-up`);
    console.log(`whole script (python start → exit):     median ${med(wall).toFixed(0)} ms  [${wall.map((x) => x.toFixed(0)).join(", ")}]`);
    console.log(`imports (matplotlib + pyplot + numpy):    median ${med(imps).toFixed(0)} ms`);
    console.log(`the three figures (exec of the script):   median ${med(figs).toFixed(0)} ms  [${figs.map((x) => x.toFixed(0)).join(", ")}]`);
    for (const f of hs[0].figures) console.log(`  ${f.file.padEnd(38)} ${f.ms.toFixed(0)} ms (first timed run; includes savefig at dpi 150)`);
  ' "$tmp" "$OUT/results/seed.json" || failed+=(seed)
  rm -rf "$tmp"
fi

if want math; then
  step "5. math: evaluations per second, native vs wasm (scripts/bench-math.sh)"
  # Best of N runs per figure (the least disturbed by other load on the machine); the first
  # run also compiles. AE_BENCH_MATH_RUNS=1 for a single run.
  runs="${AE_BENCH_MATH_RUNS:-3}"
  # Its own target dir: sharing one with trunk's `cargo build --bin` (lto) made the wasm test's
  # link fail with "failed to load bitcode of module js_sys-….rcgu.o" on the next run.
  math_target="${AE_BENCH_MATH_TARGET:-${CARGO_TARGET_DIR:-target}/bench-math}"
  echo "(target dir $math_target; the first run compiles the wasm test: minutes)"
  ok=true
  : > "$OUT/math.log"
  for i in $(seq "$runs"); do
    CARGO_TARGET_DIR="$math_target" scripts/bench-math.sh > "$OUT/math-$i.txt" 2>> "$OUT/math.log" || { ok=false; break; }
  done
  if $ok; then
    node -e '
      const fs = require("fs");
      const n = Number(process.argv[3]);
      const runs = Array.from({ length: n }, (_, i) =>
        fs.readFileSync(process.argv[1].replace("RUN", i + 1), "utf8").trim().split("\n").slice(1).map((l) => l.trim().split(/\s+/)));
      const bestOf = (i, j) => Math.max(...runs.map((r) => Number(r[i][j])));
      const rows = runs[0].map((r, i) => {
        const nf = bestOf(i, 1), wf = bestOf(i, 2), nd = bestOf(i, 4), wd = bestOf(i, 5);
        return [r[0], nf, wf, wf / nf, nd, wd, wd / nd];
      });
      const e = (x) => x.toExponential(3);
      console.log(`best of ${n} runs per figure (evaluations per second)`);
      console.log(["id".padEnd(12), "native f/s", "wasm f/s", "ratio", "native df/s", "wasm df/s", "ratio"].map((c, k) => (k ? c.padStart(12) : c)).join(" "));
      for (const r of rows) console.log([r[0].padEnd(12), e(r[1]), e(r[2]), r[3].toFixed(2), e(r[4]), e(r[5]), r[6].toFixed(2)].map((c, k) => (k ? String(c).padStart(12) : c)).join(" "));
      const ratios = rows.flatMap((r) => [[r[0] + " f", Number(r[3])], [r[0] + " df", Number(r[6])]]);
      const geo = Math.exp(ratios.reduce((s, [, x]) => s + Math.log(x), 0) / ratios.length);
      const worst = ratios.reduce((a, b) => (b[1] < a[1] ? b : a));
      const best = ratios.reduce((a, b) => (b[1] > a[1] ? b : a));
      const sum = (i) => rows.reduce((s, r) => s + 1 / Number(r[i]), 0); // seconds per eval, summed
      const overall = sum(1) / sum(2); // native time / wasm time over the same work
      console.log(`wasm/native: geometric mean ${geo.toFixed(2)}, overall (same work, all functions) ${overall.toFixed(2)}, worst ${worst[0]} ${worst[1].toFixed(2)}, best ${best[0]} ${best[1].toFixed(2)}`);
      fs.writeFileSync(process.argv[2], JSON.stringify({ name: "math", rows: [
        { metric: `math: wasm / native eval rate (geometric mean of 34, best of ${n} runs)`, value: geo, unit: "×", budget: "≥ 0.5×", pass: geo >= 0.5 },
        { metric: `math: worst function (${worst[0]})`, value: worst[1], unit: "×", budget: "", pass: null },
        { metric: "math: wasm / native over the same total work", value: overall, unit: "×", budget: "", pass: null },
      ], table: rows }, null, 2));
    ' "$OUT/math-RUN.txt" "$OUT/results/math.json" "$runs" || failed+=(math)
  else
    tail -30 "$OUT/math.log"
    failed+=(math)
  fi
fi

if want fuzz; then
  cases="${AE_FUZZ_CASES:-100000}"
  step "7. fuzz: AE_FUZZ_CASES=$cases cargo test --release --test state_parse fuzz"
  s=$(date +%s)
  if AE_FUZZ_CASES="$cases" cargo test --release --test state_parse fuzz > "$OUT/fuzz.log" 2>&1; then ok=true; else ok=false; fi
  e=$(date +%s)
  grep -E '^test |test result' "$OUT/fuzz.log"
  $ok || tail -20 "$OUT/fuzz.log"
  n=$(grep -cE '^test fuzz_.* \.\.\. ok$' "$OUT/fuzz.log")
  cat > "$OUT/results/fuzz.json" <<JSON
{"name": "fuzz", "rows": [{"metric": "fuzz: URL/attribute parser, $n properties × $cases cases ($((e - s)) s)",
  "value": "$($ok && echo "0 panics" || echo "FAILED")", "budget": "0 panics", "pass": $ok}]}
JSON
fi

step "summary"
node scripts/bench/summary.mjs
if [ ${#failed[@]} -gt 0 ]; then
  echo "sections that could not run: ${failed[*]}" >&2
  exit 1
fi

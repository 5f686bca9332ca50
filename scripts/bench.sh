#!/usr/bin/env bash
# make bench: times the native command line on generated data and, when the shared peer
# benchmark is there, pandas and DuckDB on identical data, and prints our speed as a ratio.
#
#   scripts/bench.sh [BUILD]          # BUILD: the build folder holding `kompilasi` (default build)
#
# Environment:
#   SIZES="100000 1000000"   ASN per run
#   DATA=/tmp/kompilasi-bench-native   where `kompilasi generate` writes (DATA/asnN, regenerated each run)
#   PEERS_DIR=…              the peer benchmark (default: /work/shared/bench or ../shared/bench)
#   REPS=3                   runs per peer contender (run_peers.sh takes the median)
#   NO_PEERS=1               no peers
#   WASM_WEB=build-wasm/web  the browser build (make wasm); NO_BROWSER=1 skips it
#
# Native: one run per step under /usr/bin/time -v: wall time, CPU time (user + system) and peak
# resident memory of `generate`, `validate --json`, `analyze --json` and `export` to a workspace
# JSON and to a CSV bundle. Peers: shared/bench/run_peers.sh with KOMPILASI set, run from a copy
# of the folder in BUILD (shared/ may be read-only, and `npm ci` writes node/node_modules).
# Exits 1 when a step fails or the peers' answer key disagrees with a contender.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
BUILD=${1:-${BUILD:-build}}
K=$(cd "$BUILD" 2>/dev/null && pwd)/kompilasi
SIZES=${SIZES:-"100000 1000000"}
DATA=${DATA:-${TMPDIR:-/tmp}/kompilasi-bench-native}
REPS=${REPS:-3}
status=0

die() { echo "bench: $*" >&2; exit 2; }
[ -x "$K" ] || die "$K not found: build first (make native)"
[ -x /usr/bin/time ] || die "/usr/bin/time missing: apt-get install -y time"

# One timed step: ASN, label, what to measure the size of, command…; prints one table row.
# The command's standard output goes to DATA/asnN/<label>.out.
step() {
  local n=$1 label=$2 out=$3; shift 3
  local base="$DATA/asn$n/$label"
  if ! /usr/bin/time -v -o "$base.time" "$@" > "$base.out" 2> "$base.err"; then
    printf '   %-9s %-12s FAILED (exit %s; see %s)\n' "$n" "$label" "$(awk '/Exit status/{print $NF}' "$base.time")" "$base.err"
    status=1
    return
  fi
  local size=-
  [ -e "$out" ] && size=$(du -sb "$out" | awk '{printf "%.1f MB", $1 / 1e6}')
  awk -v n="$n" -v label="$label" -v size="$size" '
    /Elapsed \(wall clock\)/ { k = split($NF, p, ":"); wall = (k == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
    /User time/ { cpu += $NF } /System time/ { cpu += $NF }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "   %-9s %-12s %8.2f %8.2f %10.0f   %s\n", n, label, wall, cpu, rss, size }' "$base.time"
}

echo "# kompilasi bench  $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "## native: data from \`kompilasi generate --asn N --seed 1\`, one run per step"
printf '   %-9s %-12s %8s %8s %10s   %s\n' ASN step "wall s" "cpu s" "RSS MiB" output
for n in $SIZES; do
  dir="$DATA/asn$n"
  rm -rf "$dir"
  mkdir -p "$dir"
  step "$n" generate "$dir/bundle" "$K" generate --asn "$n" --seed 1 -o "$dir/bundle"
  [ -f "$dir/bundle/pegawai.csv" ] || continue
  step "$n" validate "$dir/validate.out" "$K" validate "$dir/bundle" --json --fail-on never
  step "$n" analyze "$dir/analyze.out" "$K" analyze "$dir/bundle" --json
  step "$n" export-json "$dir/out.kompilasi.json" "$K" export "$dir/bundle" -o "$dir/out.kompilasi.json" --format json
  step "$n" export-csv "$dir/out-csv" "$K" export "$dir/bundle" -o "$dir/out-csv" --format csv
  rm -rf "$dir/out-csv" "$dir/out.kompilasi.json"  # the bundle stays for the browser run
done

# ---- browser -----------------------------------------------------------------------------
# The same bundles opened in the browser build in headless Chromium (tests/bench/browser_bench.mjs):
# pick → validated and analysed, the wasm heap, and the app's frame times with the data open;
# beside the native `analyze` of the same bundle (the same work: read, validate, metrics).
web=${WASM_WEB:-$root/build-wasm/web}
if [ "${NO_BROWSER:-0}" = 1 ]; then echo "## browser: skipped (NO_BROWSER=1)"
elif [ ! -f "$web/kompilasi.wasm" ]; then echo "## browser: skipped (no $web/kompilasi.wasm: make wasm)"
else
  # shellcheck disable=SC2086
  node tests/bench/browser_bench.mjs "$web" "$K" "$DATA" $SIZES || status=1
fi

# ---- peers ------------------------------------------------------------------------------
peers=${PEERS_DIR:-}
if [ -z "$peers" ]; then
  for d in /work/shared/bench "$root/../shared/bench"; do [ -f "$d/run_peers.sh" ] && peers=$d && break; done
fi
if [ "${NO_PEERS:-0}" = 1 ]; then echo "## peers: skipped (NO_PEERS=1)"; exit $status; fi
if [ -z "$peers" ]; then echo "## peers: skipped (no shared/bench folder)"; exit $status; fi
copy="$(cd "$BUILD" && pwd)/peer-bench"
mkdir -p "$copy"
# refresh the copy's scripts, keep its node_modules
(cd "$peers" && find . -path ./node/node_modules -prune -o -type f -print) | while read -r f; do
  mkdir -p "$copy/$(dirname "$f")"
  cp "$peers/$f" "$copy/$f"
done
chmod -R u+w "$copy"
peer_list=""
/usr/bin/python3 -c 'import pandas' 2>/dev/null && peer_list="pandas" || echo "## peers: pandas skipped (no python3-pandas)"
if [ ! -d "$copy/node/node_modules/@duckdb/node-api" ] && command -v npm >/dev/null; then
  (cd "$copy/node" && npm ci --no-audit --no-fund --loglevel=error) > "$copy/npm-ci.log" 2>&1 ||
    echo "## peers: npm ci failed (see $copy/npm-ci.log)"
fi
if [ -d "$copy/node/node_modules/@duckdb/node-api" ]; then peer_list="$peer_list duckdb"
else echo "## peers: duckdb skipped (no @duckdb/node-api)"; fi
peer_list=$(echo $peer_list)
if [ -z "$peer_list" ]; then echo "## peers: none available"; exit $status; fi

pdata=${PEERS_DATA:-${TMPDIR:-/tmp}/kompilasi-bench}
echo "## peers: $peers (copied to $copy), gen.py data in $pdata, $REPS runs each, median"
# shellcheck disable=SC2086
KOMPILASI="$K" PEERS="$peer_list" REPS="$REPS" DATA="$pdata" bash "$copy/run_peers.sh" $SIZES || status=1

echo "## ratio: peer median / kompilasi (validate + analyze, two processes) median, same data;"
echo "##        wall time, and CPU time (user + system), which a busy machine skews less"
printf '   %-9s %-8s %9s %13s %8s %9s %13s %8s %9s %9s\n' ASN peer "peer s" "kompilasi s" ratio \
  "peer cpu" "kompilasi cpu" "cpu x" "peer MiB" "ours MiB"
for n in $SIZES; do
  python3 - "$pdata/asn$n/results" "$n" <<'EOF_PY' || status=1
import glob, json, os, sys
res, n = sys.argv[1], sys.argv[2]
try:
    c = json.load(open(os.path.join(res, 'summary.json')))['contenders']
except Exception as e:
    print(f'   {n:9s} no summary ({e})')
    sys.exit(1)
failed = [os.path.basename(t)[:-5] for t in glob.glob(os.path.join(res, 'kompilasi-*.time'))
          if 'Exit status: 0' not in open(t).read()]
v, a = c.get('kompilasi-validate'), c.get('kompilasi-analyze')
if failed or not v or not a:
    print(f"   {n:9s} no ratio: kompilasi {'failed in ' + ', '.join(sorted(failed)) if failed else 'was not timed'}")
    sys.exit(1)
wall = v['median_s'] + a['median_s']
cpu = v['median_cpu_s'] + a['median_cpu_s']
rss = max(v['peak_rss_mib'], a['peak_rss_mib'])
for name in ('pandas', 'duckdb'):
    if name in c:
        p = c[name]
        print(f"   {n:9s} {name:8s} {p['median_s']:9.2f} {wall:13.2f} {p['median_s'] / wall:7.1f}x"
              f" {p['median_cpu_s']:9.2f} {cpu:13.2f} {p['median_cpu_s'] / max(cpu, 0.01):7.1f}x"
              f" {p['peak_rss_mib']:9d} {rss:9d}")
EOF_PY
done
exit $status

#!/usr/bin/env bash
# make fuzz: builds every libFuzzer target of tests/fuzz with clang (ASan + UBSan) and runs
# each for FUZZ_SECONDS (default 600), two at a time on this 2-core machine. Seeds come from
# tests/fuzz/corpus/<target> plus, where ../shared/corpus is there, its real CSV and XLSX
# files; the growing corpora and any crash stay under build-fuzz/. Prints one line a target:
# executions, corpus size, and whether it crashed. Exit 1 when any target crashed.
#   scripts/fuzz.sh [TARGET…]   (default: every target; make fuzz FUZZ_TARGETS="fuzz_csv …")
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-600}
B=build-fuzz
CC=clang-14 CXX=clang++-14 cmake -S . -B $B -G Ninja -DKOMPILASI_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=${*:-$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//')}
cmake --build $B -j"${JOBS:-2}" --target $targets
shared=../shared/corpus
run_one() {
  local t=$1 work=$B/fuzz-corpus/$1 crashes=$B/fuzz-crashes/$1
  mkdir -p "$work" "$crashes"
  cp -n tests/fuzz/corpus/$t/* "$work/" 2>/dev/null || true
  case $t in
    fuzz_csv|fuzz_flat_form) [ -d $shared/csv ] && cp -n $shared/csv/*.csv "$work/" 2>/dev/null || true ;;
    fuzz_peta) cp -n tests/cli/fixtures/peta*.json "$work/" 2>/dev/null || true ;;
    fuzz_xlsx) [ -d $shared/xlsx ] && cp -n $shared/xlsx/*.xls[xm] $shared/xlsx/broken/* "$work/" 2>/dev/null || true ;;
  esac
  local log=$B/fuzz-$t.log rc=0
  "$B/fuzz/$t" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$crashes/" "$work" >"$log" 2>&1 || rc=$?
  local execs; execs=$(awk '/stat::number_of_executed_units/{print $NF}' "$log")
  printf '%-22s %12s executions  %6s inputs  %s\n' "$t" "${execs:-?}" "$(ls "$work" | wc -l)" \
    "$([ $rc = 0 ] && echo ok || echo "CRASH (rc $rc, see $log and $crashes)")"
  return $rc
}
status=0
set -- $targets
while [ $# -gt 0 ]; do
  run_one "$1" & p1=$!; shift
  p2=""; if [ $# -gt 0 ]; then run_one "$1" & p2=$!; shift; fi
  wait $p1 || status=1
  [ -z "$p2" ] || wait $p2 || status=1
done
exit $status

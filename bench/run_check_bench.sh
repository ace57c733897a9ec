#!/usr/bin/env bash
# `shixian check` throughput, with its two peers, in one run:
#   1. bench_check on 1,000,000 generated tickets: the audit (one core) and the
#      parse-only floor (same file, same reader, same simdjson On Demand parser);
#   2. the CLI end to end on the same file (`shixian check FILE > /dev/null`), --jobs 1
#      and --jobs 0 (all cores);
#   3. bench/python_baseline.py on the first 100,000 of those tickets, and a byte-for-byte
#      comparison of its output with the CLI's (our own plain implementation);
#   4. the peer of issue 16, py_check.py (the audit as a bank analyst would write it, with
#      Python's standard library), run from where it lives ($PEERS, default ../shared/peers
#      beside the repository; skipped when absent), on the same 100,000 tickets: its rate,
#      and bench/compare_check_outputs.py on what it writes (deadline, done, status).
# The peer is compared at an audit time after every event of the generated tickets
# (py_check.py counts an event after --now as happened; check does not).
#
#   bench/run_check_bench.sh [BUILD_DIR]      (default: build-bench, Release)
#   N=200000 PY_N=20000 bench/run_check_bench.sh   # a quicker run
#   PGO=1 bench/run_check_bench.sh            # also the profile-guided build (scripts/pgo,
#                                             # in BUILD_DIR-pgo; about 8 minutes more)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-bench}
n=${N:-1000000}
py_n=${PY_N:-100000}
now=2026-12-31T12:00
peers=${PEERS:-$here/../shared/peers}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target shixian_cli generate_tickets bench_check -j"$(nproc)" >/dev/null

echo "== generating $n tickets (seeded) =="
"$build/bench/generate_tickets" "$n" 20261123 >"$work/tickets.jsonl"
head -n "$py_n" "$work/tickets.jsonl" >"$work/py.jsonl"
ls -l "$work/tickets.jsonl" | awk '{printf "%s bytes\n", $5}'

echo "== bench_check: audit vs parse-only, one core =="
"$build/bench/bench_check" "$work/tickets.jsonl" --now "$now" --repeat 3 | tee "$work/bench.txt"
parse_rate=$(sed -n 's/^RESULT parse_only=\([0-9]*\).*/\1/p' "$work/bench.txt")
check_rate=$(sed -n 's/^RESULT .* check=\([0-9]*\) .*/\1/p' "$work/bench.txt")

calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
timeit() {  # wall seconds of a command, stdout discarded
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  t1=$(date +%s.%N)
  calc "$t1 - $t0"
}

pgo_rate=""
if [ "${PGO:-0}" = 1 ]; then
  echo "== bench_check of the profile-guided build (scripts/pgo; its training is not this file) =="
  PGO_CMAKE_ARGS="-DSHIXIAN_TESTS=OFF -DSHIXIAN_BINDINGS=OFF" "$here/scripts/pgo" "$build-pgo" >/dev/null
  "$build-pgo/bench/bench_check" "$work/tickets.jsonl" --now "$now" --repeat 3 | tee "$work/bench-pgo.txt"
  pgo_rate=$(sed -n 's/^RESULT .* check=\([0-9]*\) .*/\1/p' "$work/bench-pgo.txt")
fi

# Two batches a bank meets that the uniform file does not show, each beside a plain file
# of the same size in the same run: a December batch (tickets received from 15 December,
# whose open deadlines need next year's notice: a share of its stages are coverage
# errors, each worded) and an export that carries its own columns (a branch, a channel,
# an amount as a JSON number, a Chinese summary), which check must read past.
m=$((n / 5))
"$build/bench/generate_tickets" "$m" 20261123 >"$work/plain.jsonl"
"$build/bench/generate_tickets" "$m" 20261123 --received-from 2026-12-15 >"$work/december.jsonl"
"$build/bench/generate_tickets" "$m" 20261123 --columns >"$work/columns.jsonl"
echo "== bench_check on $m tickets each: plain, a December batch, an export's own columns =="
for kind in plain december columns; do
  rate=$("$build/bench/bench_check" "$work/$kind.jsonl" --now "$now" --repeat 3 | sed -n 's/^RESULT .* check=\([0-9]*\) .*/\1/p')
  printf "%-9s %10.0f tickets/s per CPU-second\n" "$kind" "$rate"
done

echo "== the CLI, end to end (wall time) =="
for jobs in 1 0; do
  secs=$(timeit "$build/examples/shixian" check --now "$now" --jobs "$jobs" "$work/tickets.jsonl")
  printf "shixian check --jobs %s   %10.0f tickets/s (%.2f s)\n" "$jobs" "$(calc "$n / $secs")" "$secs"
done
all_cores_rate=$(calc "$n / $secs")

echo "== Python baseline on $py_n tickets =="
# CPU time (user + system), like bench_check's figures: fair on a loaded machine.
TIMEFORMAT='%3U %3S %3R'
{ time python3 "$here/bench/python_baseline.py" --now "$now" "$work/py.jsonl" >"$work/py.out" 2>/dev/null || true; } 2>"$work/py.time"
py_secs=$(awk '{ print $1 + $2 }' "$work/py.time")
py_rate=$(calc "$py_n / $py_secs")
py_wall_rate=$(calc "$py_n / $(awk '{ print $3 }' "$work/py.time")")
printf "python_baseline.py      %10.0f tickets/s per CPU-second (%.2f CPU s), %.0f tickets/s wall\n" "$py_rate" "$py_secs" "$py_wall_rate"
"$build/examples/shixian" check --now "$now" "$work/py.jsonl" >"$work/cc.out" 2>/dev/null || true
if cmp -s "$work/py.out" "$work/cc.out"; then
  echo "outputs: Python and shixian agree byte for byte on $py_n tickets"
else
  echo "outputs: DIFFER ($(diff "$work/py.out" "$work/cc.out" | grep -c '^<') lines)"
fi

peer_rate=""
if [ -f "$peers/py_check.py" ]; then
  echo "== the analyst's peer, $peers/py_check.py, on $py_n tickets =="
  peer_now=2027-03-01T00:00
  { time python3 "$peers/py_check.py" check --now "$peer_now" "$work/py.jsonl" >"$work/peer.out" 2>/dev/null || true; } 2>"$work/peer.time"
  "$build/examples/shixian" check --now "$peer_now" "$work/py.jsonl" >"$work/cc-peer.out" 2>/dev/null || true
  peer_secs=$(awk '{ print $1 + $2 }' "$work/peer.time")
  peer_rate=$(calc "$py_n / $peer_secs")
  printf "py_check.py             %10.0f tickets/s per CPU-second (%.2f CPU s)\n" "$peer_rate" "$peer_secs"
  python3 "$here/bench/compare_check_outputs.py" "$work/peer.out" "$work/cc-peer.out" || true
else
  echo "== the analyst's peer: $peers/py_check.py is absent (PEERS=DIR to name it); skipped =="
fi

echo "== two jobs against one, the CLI end to end (wall time; a loaded machine shows less) =="
secs1=$(timeit "$build/examples/shixian" check --now "$now" --jobs 1 "$work/tickets.jsonl")
secs2=$(timeit "$build/examples/shixian" check --now "$now" --jobs 2 "$work/tickets.jsonl")
printf "shixian check --jobs 2 / --jobs 1   %.2fx\n" "$(calc "$secs1 / $secs2")"

echo "== summary =="
printf "check, one core (CPU time)      %10.0f tickets/s   target >= 2,500,000\n" "$check_rate"
if [ -n "$pgo_rate" ]; then
  printf "check, profile-guided build     %10.0f tickets/s   (%.2fx the plain Release build)\n" "$pgo_rate" \
    "$(calc "$pgo_rate / $check_rate")"
fi
printf "parse-only, one core (CPU time) %10.0f lines/s\n" "$parse_rate"
printf "check / parse-only              %10.1f%%           (for scale: the floor of reading the file)\n" "$(calc "100 * $check_rate / $parse_rate")"
printf "check / Python baseline         %10.0fx           (both one core, CPU time)\n" "$(calc "$check_rate / $py_rate")"
printf "check --jobs 0 / Python, wall   %10.0fx           (all %s cores against one Python process)\n" \
  "$(calc "$all_cores_rate / $py_wall_rate")" "$(nproc)"
printf "check --jobs 2 / --jobs 1       %10.2fx           target >= 1.8x (wall)\n" "$(calc "$secs1 / $secs2")"
if [ -n "$peer_rate" ]; then
  printf "check / py_check.py (the peer)  %10.0fx           target >= 50x (both one core, CPU time)\n" "$(calc "$check_rate / $peer_rate")"
fi

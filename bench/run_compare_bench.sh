#!/usr/bin/env bash
# `shixian check --compare-calendar` against its peer, a plain `shixian check`, on the
# same 1,000,000 generated tickets in one run (issue 15 item 3: within 3x). The new
# calendar is the built-in one with the 2026 notice revised (the National Day make-up
# Saturday moved a day), so some tickets change and most do not: the usual case after
# a late revision. CPU time (user + system) of each, best of 3, one job each.
#
#   bench/run_compare_bench.sh [BUILD_DIR]      (default: build-bench, Release)
#   N=200000 bench/run_compare_bench.sh         # a quicker run
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-bench}
n=${N:-1000000}
now=2026-12-31T12:00
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSHIXIAN_BENCH=ON >/dev/null
cmake --build "$build" --target shixian_cli generate_tickets -j"$(nproc)" >/dev/null
cli="$build/examples/shixian"

"$build/bench/generate_tickets" "$n" 20261203 >"$work/tickets.jsonl"
# The revised notice: the built-in 2026 notice with work 2026-10-10 moved to 10-11.
sed -n '/^notice 2026/,$p' "$here/data/calendars/cn.cal" | sed 's/^work 2026-10-10 /work 2026-10-11 /' >"$work/revised.cal"

cpu() {  # best CPU seconds (user + system) of 3 runs, stdout discarded
  local best=
  for _ in 1 2 3; do
    local t
    t=$( { TIMEFORMAT='%3U %3S'; time "$@" >/dev/null 2>&1 || true; } 2>&1 | awk '{ print $1 + $2 }')
    if [ -z "$best" ] || awk "BEGIN { exit !($t < $best) }"; then best=$t; fi
  done
  echo "$best"
}

plain=$(cpu "$cli" check --now "$now" --jobs 1 "$work/tickets.jsonl")
compare=$(cpu "$cli" check --now "$now" --jobs 1 --compare-calendar "$work/revised.cal" "$work/tickets.jsonl")
changed=$("$cli" check --now "$now" --jobs 1 --compare-calendar "$work/revised.cal" "$work/tickets.jsonl" 2>/dev/null | wc -l)
printf "tickets                          %d\n" "$n"
printf "check (plain), one core          %.2f CPU s  (%.0f tickets/s)\n" "$plain" "$(awk "BEGIN { print $n / $plain }")"
printf "check --compare-calendar         %.2f CPU s  (%.0f tickets/s), %d tickets changed\n" "$compare" "$(awk "BEGIN { print $n / $compare }")" "$changed"
printf "compare / plain                  %.2fx   (target: at most 3x)\n" "$(awk "BEGIN { print $compare / $plain }")"

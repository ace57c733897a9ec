#!/usr/bin/env bash
# Installs the Debian packages shixian needs, only those missing. Sourced by the
# other scripts; safe to run again. Needs root (or sudo) only when something is missing.
set -euo pipefail
shixian_deps() {
  local want=(g++ cmake make pkg-config tzdata
              libhowardhinnant-date-dev libfmt-dev libtomlplusplus-dev libsimdjson-dev
              libcli11-dev doctest-dev libbenchmark-dev
              dpkg-dev file    # dpkg-shlibdeps and file: the .deb's Depends (cpack)
              clang-14 clang libfuzzer-14-dev   # the fuzzers (tests/fuzz/, scripts/fuzz)
              # bindings: Java (JNA), Python (pybind11, numpy, pandas, pytest) and Dask
              openjdk-17-jdk-headless libjna-java python3-dev pybind11-dev python3-numpy
              python3-pandas python3-pytest python3-dask python3-distributed
              python3-venv python3-setuptools python3-wheel   # pip install of the module
              # the report test: a real browser, CJK fonts for it, zlib to read its PNG
              chromium fonts-noto-cjk zlib1g-dev "$@")
  local missing=()
  for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "shixian: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q >&2
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}
# Run (not sourced): install them now, e.g. `scripts/deps.sh` before a first build.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then shixian_deps "$@"; fi

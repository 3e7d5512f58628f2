#!/usr/bin/env bash
# Whole-process wall time and peak memory of `parcours stats` against the pandas and polars
# scripts on the same 1,000,000-row export, five runs each, medians printed.
# Needs: python3 with pandas and polars (pip install pandas polars), GNU time.
# Usage: scripts/compare-stats-with-peers.sh PEERS_DIR   (the folder with gen_responses.py,
#        peer_polars.py and peer_pandas.py)
set -euo pipefail
peers=${1:?give the folder of gen_responses.py, peer_polars.py and peer_pandas.py}
file=${TMPDIR:-/tmp}/responses_1m.csv
cargo build --release --quiet
[ -f "$file" ] || python3 "$peers/gen_responses.py" "$file" 1000000
run() { # name, command...
  local name=$1; shift
  local times=() mems=()
  for _ in 1 2 3 4 5; do
    local out
    out=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null; } 2>&1 | tail -1)
    times+=("${out% *}"); mems+=("${out#* }")
  done
  local t m
  t=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  m=$(printf '%s\n' "${mems[@]}" | sort -n | sed -n 3p)
  printf '%-8s median %5.2f s   peak %4d MiB\n' "$name" "$t" "$((m / 1024))"
}
run parcours ./target/release/parcours stats "$file" --format json
run polars python3 "$peers/peer_polars.py" "$file"
run pandas python3 "$peers/peer_pandas.py" "$file"

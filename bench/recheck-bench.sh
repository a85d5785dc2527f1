#!/usr/bin/env bash
# Measures the re-check of an unchanged dossier: `reckon check` of a dossier whose one data file is a
# generated canonical CSV of ROWS rows (default 10000000, about 600 MB), its store up to date, beside
# the re-check of a copy of examples/ge2019 (a few hundred bytes of data), in the same sitting. The
# target (issue 14, item 3) is at most 2x. Then the same large file touched (its time moves, its bytes
# do not), whose next check hashes it once and imports nothing. Not a test; the figures are in
# docs/benchmarks.md#re-checks. Best and median of RUNS runs (default 7), wall-clock milliseconds,
# through ./reckon as a user runs it; `uptime` before and after, since the machine is shared.
#
# Usage: bench/recheck-bench.sh [rows] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
rows=${1:-10000000}
runs=${2:-7}
bench=target/bench/recheck
big="$bench/big-$rows"
small="$bench/ge2019"
./reckon --version >/dev/null # builds the application when it is stale, outside the measured runs

if [[ ! -f "$big/data/canonical.csv" ]]; then
  mkdir -p "$big/data"
  # Ten subjects, one metric, one row per subject and day: as the import benchmark's file.
  canonical_csv "$rows" "$big/data/canonical.csv"
  dossier_yaml "Re-check benchmark: $rows canonical rows" "${CANONICAL_SUBJECTS[@]}" >"$big/dossier.yaml"
fi
rm -rf "$small"
mkdir -p "$bench"
cp -R examples/ge2019 "$small"
rm -rf "$small/.reckon"

echo "# $(date -u +%FT%TZ), $(nproc) cores; $(du -m "$big/data/canonical.csv" | cut -f1) MB canonical file; $(uptime)"
start=$(date +%s%N)
./reckon check "$big" >/dev/null 2>&1 || true
echo "# first check of the large dossier (its import): $((($(date +%s%N) - start) / 1000000)) ms"
./reckon check "$small" >/dev/null 2>&1 || true

# measure LABEL COMMAND...: best and median wall-clock milliseconds.
measure() {
  local label="$1" times=() start sorted
  shift
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    times+=($((($(date +%s%N) - start) / 1000000)))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '| %s | %d | %d |\n' "$label" "${sorted[0]}" "${sorted[$((runs / 2))]}"
}

echo "| re-check, store up to date | best ms | median ms |"
echo "| --- | ---: | ---: |"
measure "examples/ge2019" ./reckon check "$small"
measure "$rows-row canonical file, unchanged" ./reckon check "$big"
touch "$big/data/canonical.csv"
start=$(date +%s%N)
./reckon check "$big" 2>&1 >/dev/null | tail -1
echo "# the check after a touch (hashes the file once, imports nothing): $((($(date +%s%N) - start) / 1000000)) ms"
measure "$rows-row canonical file, after the touch was checked" ./reckon check "$big"
echo "# $(uptime)"

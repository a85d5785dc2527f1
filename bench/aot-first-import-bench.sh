#!/usr/bin/env bash
# Measures what class-data sharing and the JDK 25 AOT cache (with the method profiles of JEP 515)
# give a first import in a fresh process: `reckon check` of a dossier whose one data file is a
# generated canonical CSV of ROWS rows (default 1000000), its store deleted before each run. Rows:
# JDK 17 without and with the AppCDS archive ./reckon makes, JDK 25 without a cache, with the cache
# ./reckon makes (trained on examples/ge2019), and with a cache trained on an import of this very
# file (whose profiles then include the reader's hot loops). Not a test; figures in
# docs/benchmarks.md#the-first-import-in-a-fresh-process. Best and median of RUNS (default 3).
#
# Usage: bench/aot-first-import-bench.sh [rows] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
rows=${1:-1000000}
runs=${2:-3}
root="$(pwd)"
jar="$root/app/target/reckon.jar"
bench="target/bench/aot-first-import"
dossier="$bench/dossier-$rows"
./reckon --version >/dev/null
RECKON_JAVA=java ./reckon --version >/dev/null
jdk25=$(find_jdk25)

if [[ ! -f "$dossier/data/canonical.csv" ]]; then
  mkdir -p "$dossier/data"
  canonical_csv "$rows" "$dossier/data/canonical.csv"
  dossier_yaml "First import benchmark: $rows canonical rows" "${CANONICAL_SUBJECTS[@]}" >"$dossier/dossier.yaml"
fi

launch_settings "$root"

# A cache trained on this file's own import: its profiles are those of the reader's hot loops.
trained="$bench/trained-$rows.aot"
if [[ -n "$jdk25" && ( ! -f "$trained" || "$jar" -nt "$trained" ) ]]; then
  rm -rf "$dossier/.reckon"
  "$jdk25" "${quiet25[@]}" "$native" "-XX:AOTCacheOutput=$trained" -jar "$jar" check "$dossier" >/dev/null 2>&1 || true
fi

measure() {
  local label="$1" times=() start sorted
  shift
  for ((i = 0; i < runs; i++)); do
    rm -rf "$dossier/.reckon"
    start=$(date +%s%N)
    "$@" check "$dossier" >/dev/null 2>&1 || true
    times+=($((($(date +%s%N) - start) / 1000000)))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '| %s | %d | %d |\n' "$label" "${sorted[0]}" "${sorted[$((runs / 2))]}"
}

echo "# $(date -u +%FT%TZ), $(nproc) cores, $rows rows, $runs runs each; $(uptime)"
echo "| first check, fresh store | best ms | median ms |"
echo "| --- | ---: | ---: |"
measure "JDK 17" java "$native" -jar "$jar"
[[ -n "$jsa" ]] && measure "JDK 17 + AppCDS (trained on examples/ge2019)" java "${quiet17[@]}" "$native" \
  "-XX:SharedArchiveFile=$jsa" -jar "$jar"
if [[ -n "$jdk25" ]]; then
  measure "JDK 25" "$jdk25" "${quiet25[@]}" "$native" -jar "$jar"
  [[ -n "$aot" ]] && measure "JDK 25 + AOT cache (trained on examples/ge2019)" "$jdk25" "${quiet25[@]}" "$native" \
    "-XX:AOTCache=$aot" -jar "$jar"
  [[ -f "$trained" ]] && measure "JDK 25 + AOT cache (trained on this import)" "$jdk25" "${quiet25[@]}" "$native" \
    "-XX:AOTCache=$trained" -jar "$jar"
fi
echo "# $(uptime)"

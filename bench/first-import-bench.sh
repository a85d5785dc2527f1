#!/usr/bin/env bash
# Measures the first `reckon check` of a dossier whose one data file is a generated canonical CSV,
# end to end through the launcher (a fresh store: DOSSIER/.reckon deleted before each run), with
# /usr/bin/time -v for the elapsed time and peak RSS; then DuckDB loading the same file into a
# database FILE with one query (bench/DuckDbImport.java), in the same sitting. Not a test; the
# figures are in docs/benchmarks.md. Arguments: rows (default 10000000), order (`ordered`: the
# import benchmark's file, 1M distinct observations of 10 subjects, revision after revision;
# `random`: keys drawn at random over 500 subjects, about 7M distinct in 10M rows), runs per side
# (default 1). The machine's load (`uptime`) is printed beside each figure. The files are generated
# once into target/bench/ and reused. RECKON, when set, is the command run instead of ./reckon
# (`RECKON="java -jar old.jar" bench/first-import-bench.sh` measures another build in the same sitting).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
rows=${1:-10000000}
order=${2:-ordered}
runs=${3:-1}
case "$order" in ordered | random) ;; *) echo "order must be 'ordered' or 'random', not '$order'" >&2; exit 2 ;; esac
classpath_file=$(mktemp)
time_log=$(mktemp)
trap 'rm -f "$classpath_file" "$time_log"' EXIT
mvn -B -q -pl adapters-file -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file"
read -r -a reckon <<<"${RECKON:-./reckon}"
./reckon --version >/dev/null # builds the application when it is stale, outside the measured runs

first_import_dossier "$rows" "$order"

echo "$(date -u +%FT%TZ) $(nproc) cores; $(java -version 2>&1 | head -1); $csv: $(du -m "$csv" | cut -f1) MB"
for run in $(seq "$runs"); do
    rm -rf "$dossier/.reckon"
    load=$(uptime | sed 's/.*load average: //')
    status=0
    /usr/bin/time -v -o "$time_log" "${reckon[@]}" check "$dossier" >/dev/null 2>"$dossier/check.err" || status=$?
    # Exit code 1 is a claim's verdict; an uncaught error (the JVM's own exit code 1) is a failure too.
    if [ "$status" -gt 1 ] || grep -q '^Exception in thread' "$dossier/check.err"; then
        cat "$dossier/check.err" >&2
        echo "reckon check failed with exit code $status" >&2
        exit 1
    fi
    measured "reckon check run $run, fresh store $(du -m "$dossier/.reckon/reckon.db" | cut -f1) MB" "$load" "$time_log"
done

duckdb_into_file "$csv" "$runs" "target/bench/duckdb-$order-$rows.db" "$time_log"

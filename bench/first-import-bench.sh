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
duckdb_version=2.0.0.1
classpath_file=$(mktemp)
time_log=$(mktemp)
trap 'rm -f "$classpath_file" "$time_log"' EXIT
mvn -B -q -pl adapters-file -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file"
read -r -a reckon <<<"${RECKON:-./reckon}"
./reckon --version >/dev/null # builds the application when it is stale, outside the measured runs

dossier="target/bench/first-import-$order-$rows"
csv="$dossier/data/canonical.csv"
if [ ! -f "$csv" ]; then
    mkdir -p "$dossier/data"
    java -cp "adapters-file/target/test-classes" dev.reckon.adapter.file.bench.GenerateCanonical \
        "$csv" "$rows" "$order" "$dossier/subjects.txt"
fi
if [ ! -f "$dossier/dossier.yaml" ]; then
    mapfile -t subjects <"$dossier/subjects.txt"
    dossier_yaml "First import benchmark: $rows canonical rows in $order key order" "${subjects[@]}" \
        >"$dossier/dossier.yaml"
fi

# Prints one measured line from /usr/bin/time -v's output in $time_log.
measured() {
    local elapsed user system rss
    elapsed=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$time_log")
    user=$(sed -n 's/.*User time (seconds): //p' "$time_log")
    system=$(sed -n 's/.*System time (seconds): //p' "$time_log")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$time_log")
    printf '%s: %s elapsed, CPU %s s user + %s s system, peak RSS %d MB (load before: %s)\n' \
        "$1" "$elapsed" "$user" "$system" $((rss / 1024)) "$2"
}

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
    measured "reckon check run $run, fresh store $(du -m "$dossier/.reckon/reckon.db" | cut -f1) MB" "$load"
done

# DuckDB's JDBC driver is fetched into target/bench/lib for this only (Reckon does not depend on it).
duckdb_jar="target/bench/lib/duckdb_jdbc-$duckdb_version.jar"
if [ -f "$duckdb_jar" ] || mvn -B -q -N dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$duckdb_version" \
        -DoutputDirectory=target/bench/lib >/dev/null 2>&1; then
    load=$(uptime | sed 's/.*load average: //')
    /usr/bin/time -v -o "$time_log" java -cp "$duckdb_jar" bench/DuckDbImport.java "$csv" "$runs" \
        "target/bench/duckdb-$order-$rows.db"
    measured "DuckDB process, all $runs run(s) with the JVM compiling DuckDbImport.java" "$load"
else
    echo "DuckDB's JDBC driver $duckdb_version could not be fetched from Maven Central: no DuckDB comparison"
fi

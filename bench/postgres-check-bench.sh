#!/usr/bin/env bash
# Measures the first `reckon check --store postgresql://...` of a dossier whose one data file is the
# first-import benchmark's generated canonical CSV (bench/first-import-bench.sh: 10M rows, 1M distinct
# observations, revision after revision), end to end through the launcher, against an embedded
# PostgreSQL 14 started for the purpose; each run imports into a dossier of its own in that database,
# so each is a first import. /usr/bin/time -v gives reckon's elapsed and CPU time; the server's CPU
# time for the run is read from /proc. Then DuckDB loading the same file into a database file
# (bench/DuckDbImport.java), in the same sitting. Not a test; figures in docs/benchmarks.md.
# Arguments: rows (default 10000000), runs per side (default 3), server settings (`default`: the
# tests' server's, PostgreSQL's defaults; `tuned`: PostgresStoreBenchmark's BenchmarkServer.TUNED).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
rows=${1:-10000000}
runs=${2:-3}
settings=${3:-default}
case "$settings" in default | tuned) ;; *) echo "settings must be 'default' or 'tuned', not '$settings'" >&2; exit 2 ;; esac
time_log=$(mktemp)
server_in=$(mktemp -u)
server_out=$(mktemp)
mkfifo "$server_in"
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -f "$time_log" "$server_in" "$server_out"
}
trap cleanup EXIT
# Each module writes its own classpath file (a relative path is the module's).
mvn -B -q -pl adapters-file,adapters-postgres -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt
classpath_file=adapters-postgres/target/bench-classpath.txt
./reckon --version >/dev/null # builds the application when it is stale, outside the measured runs

first_import_dossier "$rows" ordered

# The server, kept running for all runs: a line written to it asks for its CPU seconds so far.
java -cp "adapters-postgres/target/classes:adapters-postgres/target/test-classes:$(cat "$classpath_file")" \
    dev.reckon.adapter.postgres.bench.BenchmarkServerMain "$settings" <"$server_in" >"$server_out" 2>&1 &
server_pid=$!
exec 3>"$server_in"
for _ in $(seq 120); do
    grep -q '^url ' "$server_out" && break
    sleep 0.5
done
url=$(sed -n 's/^url //p' "$server_out")
[ -n "$url" ] || { cat "$server_out" >&2; echo "the benchmark's PostgreSQL server did not start" >&2; exit 1; }

server_cpu() {
    local before
    before=$(grep -c '^cpu ' "$server_out" || true)
    echo >&3
    until [ "$(grep -c '^cpu ' "$server_out" || true)" -gt "$before" ]; do sleep 0.1; done
    grep '^cpu ' "$server_out" | tail -1 | cut -d' ' -f2
}

echo "$(date -u +%FT%TZ) $(nproc) cores; $(java -version 2>&1 | head -1); $csv: $(du -m "$csv" | cut -f1) MB;" \
    "$(grep '^server: ' "$server_out" | cut -d' ' -f2-)"
for run in $(seq "$runs"); do
    rm -rf "$dossier/.reckon"
    load=$(uptime | sed 's/.*load average: //')
    before=$(server_cpu)
    status=0
    /usr/bin/time -v -o "$time_log" ./reckon check "$dossier" --store "$url?dossier=bench-$run-$$" \
        >/dev/null 2>"$dossier/check.err" || status=$?
    # Exit code 1 is a claim's verdict; an uncaught error (the JVM's own exit code 1) is a failure too.
    if [ "$status" -gt 1 ] || grep -q '^Exception in thread' "$dossier/check.err"; then
        cat "$dossier/check.err" >&2
        echo "reckon check --store failed with exit code $status" >&2
        exit 1
    fi
    after=$(server_cpu)
    [ -e "$dossier/.reckon" ] && { echo "reckon check --store wrote $dossier/.reckon" >&2; exit 1; }
    measured "reckon check --store run $run (server CPU $(echo "$after - $before" | bc) s)" "$load" "$time_log"
done

duckdb_into_file "$csv" "$runs" "target/bench/duckdb-ordered-$rows.db" "$time_log"

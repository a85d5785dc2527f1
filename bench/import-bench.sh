#!/usr/bin/env bash
# Measures importing a generated 10M-row canonical CSV and a 1M-row CrowdTangle-shaped CSV into
# the in-memory store, with a 512 MB heap: rows/s, MB/s and peak heap for each. Not a test; the
# figures and how to read them are in docs/benchmarks.md. Optional arguments: canonical rows
# (default 10000000), CrowdTangle rows (default 1000000), runs per file (default 5); 0 rows leaves that file out. The files
# are generated once into target/bench/ and reused. The same canonical file is then read and
# grouped by DuckDB (bench/DuckDbImport.java), for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
canonical_rows=${1:-10000000}
crowdtangle_rows=${2:-1000000}
runs=${3:-5}
duckdb_version=2.0.0.1
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
mvn -B -q -pl adapters-file -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file"
mkdir -p target/bench
# A 512 MB heap from the start, as the target says: a heap left to grow is shrunk again by the
# System.gc() between runs, and regrowing it costs more collections than the import itself needs.
java -Xms512m -Xmx512m -cp "adapters-file/target/classes:adapters-file/target/test-classes:$(cat "$classpath_file")" \
    dev.reckon.adapter.file.bench.ImportBenchmark target/bench "$canonical_rows" "$crowdtangle_rows" "$runs"
# DuckDB on the same file, for comparison, through its JDBC driver: fetched into target/bench/lib
# for this only (Reckon does not depend on it); skipped, with a note, when it cannot be fetched.
if [ "$canonical_rows" -eq 0 ]; then
    exit 0
fi
duckdb_jar="target/bench/lib/duckdb_jdbc-$duckdb_version.jar"
if [ -f "$duckdb_jar" ] || mvn -B -q -N dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$duckdb_version" \
        -DoutputDirectory=target/bench/lib >/dev/null 2>&1; then
    java -Xms512m -Xmx512m -cp "$duckdb_jar" bench/DuckDbImport.java "target/bench/canonical-$canonical_rows.csv" "$runs"
else
    echo "DuckDB's JDBC driver $duckdb_version could not be fetched from Maven Central: no DuckDB comparison"
fi

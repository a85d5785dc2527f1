#!/usr/bin/env bash
# Measures a post_* series over one page's posts (100,000 of a 1M-post CrowdTangle-shaped CSV in a
# SQLite store), summed from the posts when read, against reading those posts' values once and
# adding them up. Not a test; the figures are in docs/benchmarks.md.
# Optional argument: CrowdTangle rows (default 1000000). The file is generated once into
# target/bench/ (by ImportBenchmark, with no runs) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
crowdtangle_rows=${1:-1000000}
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
mvn -B -q -o -pl app -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file"
mkdir -p target/bench
classpath="app/target/classes:app/target/test-classes:adapters-file/target/test-classes:application/target/test-classes:$(cat "$classpath_file")"
java -Xms512m -Xmx512m -cp "$classpath" dev.reckon.adapter.file.bench.ImportBenchmark target/bench 0 "$crowdtangle_rows" 0
/usr/bin/time -f "Reckon: %e s elapsed, %U s user, %S s sys" \
    java -Xms512m -Xmx512m -cp "$classpath" dev.reckon.app.bench.PostSeriesBenchmark \
    "target/bench/crowdtangle-$crowdtangle_rows.csv"
duckdb_version=2.0.0.1
duckdb_jar="target/bench/lib/duckdb_jdbc-$duckdb_version.jar"
if [ -f "$duckdb_jar" ] || mvn -B -q -o -N dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$duckdb_version" \
    -DoutputDirectory=target/bench/lib >/dev/null 2>&1; then
    /usr/bin/time -f "DuckDB: %e s elapsed, %U s user, %S s sys" java -Xms512m -Xmx512m -cp "$duckdb_jar" \
        bench/DuckDbPostSum.java "target/bench/crowdtangle-$crowdtangle_rows.csv"
else
    echo "DuckDB's JDBC driver $duckdb_version could not be fetched from Maven Central: no DuckDB comparison"
fi

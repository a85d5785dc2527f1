#!/usr/bin/env bash
# Measures importing a generated 10M-row canonical CSV and a 1M-row CrowdTangle-shaped CSV into
# the in-memory store, with a 512 MB heap: rows/s, MB/s and peak heap for each. Not a test; the
# figures and how to read them are in docs/benchmarks.md. Optional arguments: canonical rows
# (default 10000000), CrowdTangle rows (default 1000000), runs per file (default 5). The files
# are generated once into target/bench/ and reused. When the duckdb command is installed, the
# same canonical file is also read and grouped by DuckDB, for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
canonical_rows=${1:-10000000}
crowdtangle_rows=${2:-1000000}
runs=${3:-5}
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
mvn -B -q -pl adapters-file -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file"
mkdir -p target/bench
# A 512 MB heap from the start, as the target says: a heap left to grow is shrunk again by the
# System.gc() between runs, and regrowing it costs more collections than the import itself needs.
java -Xms512m -Xmx512m -cp "adapters-file/target/classes:adapters-file/target/test-classes:$(cat "$classpath_file")" \
    dev.reckon.adapter.file.bench.ImportBenchmark target/bench "$canonical_rows" "$crowdtangle_rows" "$runs"
if command -v duckdb >/dev/null; then
    file="target/bench/canonical-$canonical_rows.csv"
    echo "DuckDB on $file (read_csv + GROUP BY subject, platform, metric, from, to, segment):"
    duckdb -c ".timer on" -c "SELECT count(*) FROM (SELECT subject, platform, metric, \"from\", \"to\", segment,
        last(value) FROM read_csv('$file', all_varchar = true) GROUP BY ALL);"
fi

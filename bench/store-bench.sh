#!/usr/bin/env bash
# Measures the SQLite observation store: observations written per second in one import of 10M,
# then find latency over a store of 1M observations in 10k series. Not a test; the figures and
# how to read them are in docs/storage.md. Optional arguments: days per series for the write
# (default 1000), days per series for the reads (default 100), number of finds (default 10000).
set -euo pipefail
cd "$(dirname "$0")/.."
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
mvn -B -q -pl adapters-jdbc -am test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file"
java -cp "adapters-jdbc/target/classes:adapters-jdbc/target/test-classes:$(cat "$classpath_file")" \
    dev.reckon.adapter.jdbc.bench.StoreBenchmark "$@"

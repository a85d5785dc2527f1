#!/usr/bin/env bash
# Measures `reckon scan` without the command line: the corpus texts of adapters-prose repeated to
# about 1 MB (or the size given in bytes), scanned and their relations checked, several runs in one
# JVM. Not a test; the figures are in docs/benchmarks.md. Optional arguments: size in bytes
# (default 1048576), runs (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1048576}
runs=${2:-10}
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
mvn -B -q -o -pl adapters-prose -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file"
java -cp "adapters-prose/target/classes:adapters-prose/target/test-classes:application/target/classes:domain/target/classes:$(cat "$classpath_file")" \
    dev.reckon.adapter.prose.bench.ScanBenchmark adapters-prose/src/test/resources/corpus "$size" "$runs"

#!/usr/bin/env bash
# Measures the PostgreSQL store: one import of N canonical-shaped observations (COPY into staging
# tables, then the merge, in one transaction) and the latency of series look-ups afterwards. Not a
# test; figures in docs/benchmarks.md. Arguments: observations (default 10000000), finds (default
# 10000), and a postgresql:// URL (default: the embedded server the tests start).
set -euo pipefail
cd "$(dirname "$0")/.."
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
mvn -B -q -pl adapters-postgres -am test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file"
java -Xmx1g -cp "adapters-postgres/target/classes:adapters-postgres/target/test-classes:$(cat "$classpath_file")" \
    dev.reckon.adapter.postgres.bench.PostgresStoreBenchmark "$@"

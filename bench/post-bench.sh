#!/usr/bin/env bash
# Measures importing a 1M-post CrowdTangle-shaped CSV into the SQLite store, keeping its posts and,
# for comparison, with the roll-up alone (posts dropped before the store, as imports were before
# posts were kept); then reads the posts of one page (100,000) back and checks max, median and count
# of one metric over them by post, end to end, ten times each. Not a test; the figures are in docs/benchmarks.md.
# Optional arguments: CrowdTangle rows (default 1000000), runs of each kind (default 3). The file
# is generated once into target/bench/ (by ImportBenchmark, with no runs) and reused.
# With a third argument `postgresql` it measures the PostgreSQL store's side instead (embedded server,
# PostgresPostsBenchmark): rows and bytes crossing and the time of whole posts, values alone, the
# post_* series and the server's daily sums, for one page and for every page; a fourth argument
# writes that many observations into the dossier first (e.g. 10000000).
set -euo pipefail
cd "$(dirname "$0")/.."
crowdtangle_rows=${1:-1000000}
runs=${2:-3}
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
mvn -B -q -o -pl app -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file"
mkdir -p target/bench
classpath="app/target/classes:app/target/test-classes:adapters-file/target/test-classes:application/target/test-classes:adapters-postgres/target/test-classes:$(cat "$classpath_file")"
if [ ! -f "target/bench/crowdtangle-$crowdtangle_rows.csv" ]; then
    java -Xms512m -Xmx512m -cp "$classpath" dev.reckon.adapter.file.bench.ImportBenchmark target/bench 0 "$crowdtangle_rows" 0
fi
if [ "${3:-sqlite}" = postgresql ]; then
    exec /usr/bin/time -f "Reckon: %e s elapsed, %U s user, %S s sys" java -Xms1g -Xmx1g -cp "$classpath" \
        dev.reckon.app.bench.PostgresPostsBenchmark "target/bench/crowdtangle-$crowdtangle_rows.csv" "${4:-0}"
fi
java -Xms512m -Xmx512m -cp "$classpath" dev.reckon.app.bench.PostImportBenchmark \
    "target/bench/crowdtangle-$crowdtangle_rows.csv" "$runs"

# Functions the benchmark scripts share. A script sources it once it is at the project's root:
#   cd "$(dirname "$0")/.." && . bench/lib.sh

# Prints the first JDK 25 installed, or nothing: a script then leaves out its JDK 25 rows.
find_jdk25() {
  local candidate
  for candidate in /usr/lib/jvm/temurin-25*/bin/java; do
    [[ -x "$candidate" ]] && echo "$candidate" && return 0
  done
  return 0
}

# Sets jsa and aot (the AppCDS archive and the AOT cache ./reckon made, empty when none), native (the
# SQLite library kept where the build unpacked it, under ROOT) and quiet17/quiet25 (JVM options that
# keep the archive's and the cache's messages out of what is measured).
launch_settings() {
  local root="$1"
  # The archives trained on check; serve's (reckon-*-serve.*) hold the HTTP server's classes too.
  jsa="$(ls -t app/target/reckon-*.jsa 2>/dev/null | grep -v -- '-serve\.' | head -1 || true)"
  aot="$(ls -t app/target/reckon-*.aot 2>/dev/null | grep -v -- '-serve\.' | head -1 || true)"
  native="-Dorg.sqlite.lib.path=$root/app/target/native/org/sqlite/native/Linux/x86_64"
  quiet17=(-Xlog:disable "-Xlog:all=warning,cds*=off:stderr")
  quiet25=(-Xlog:disable "-Xlog:all=warning,cds*=off,aot*=off:stderr" --enable-native-access=ALL-UNNAMED
    --sun-misc-unsafe-memory-access=allow)
}

# canonical_csv ROWS FILE: the import benchmark's canonical CSV, in awk: ten subjects, one metric, one
# row per subject and day.
canonical_csv() {
  awk -v rows="$1" 'BEGIN {
    split("labour conservatives libdems snp greens plaid ukip brexit alliance sinnfein", subject, " ")
    print "subject,platform,metric,from,to,segment,value"
    for (i = 0; i < rows; i++) {
      day = int(i / 10) % 3650
      date = strftime("%Y-%m-%d", 1546300800 + day * 86400, 1)
      printf "%s,facebook,impressions,%s,%s,,%d\n", subject[i % 10 + 1], date, date, i % 100000
    }
  }' >"$2"
}

# The subjects of canonical_csv's file.
CANONICAL_SUBJECTS=(labour conservatives libdems snp greens plaid ukip brexit alliance sinnfein)

# dossier_yaml TITLE SUBJECT...: a dossier over data/canonical.csv whose one claim is on the first
# subject's impressions in 2019.
dossier_yaml() {
  local title="$1" subject
  shift
  echo "title: \"$title\""
  echo "timezone: UTC"
  echo "subjects:"
  for subject in "$@"; do echo "  $subject: { name: $subject }"; done
  echo "periods:"
  echo "  year2019: { from: 2019-01-01, to: 2019-12-31 }"
  echo "data:"
  echo "  - path: data/canonical.csv"
  echo "claims:"
  echo "  - id: impressions"
  echo "    text: \"impressions in 2019\""
  echo "    check: impressions{$1, facebook, year2019} > 0"
}

# measured LABEL LOAD TIME_LOG: one line from the output of /usr/bin/time -v in TIME_LOG: elapsed,
# CPU (user + system) and peak RSS, with the load average taken before.
measured() {
  local elapsed user system rss
  elapsed=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$3")
  user=$(sed -n 's/.*User time (seconds): //p' "$3")
  system=$(sed -n 's/.*System time (seconds): //p' "$3")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$3")
  printf '%s: %s elapsed, CPU %s s user + %s s system, peak RSS %d MB (load before: %s)\n' \
    "$1" "$elapsed" "$user" "$system" $((rss / 1024)) "$2"
}

# duckdb_into_file CSV RUNS DATABASE TIME_LOG: DuckDB (bench/DuckDbImport.java) loading CSV into the
# database file DATABASE RUNS times, measured; its JDBC driver is fetched into target/bench/lib for
# this only (Reckon does not depend on it).
duckdb_into_file() {
  local version=2.0.0.1 jar load
  jar="target/bench/lib/duckdb_jdbc-$version.jar"
  if [ -f "$jar" ] || mvn -B -q -N dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$version" \
      -DoutputDirectory=target/bench/lib >/dev/null 2>&1; then
    load=$(uptime | sed 's/.*load average: //')
    /usr/bin/time -v -o "$4" java -cp "$jar" bench/DuckDbImport.java "$1" "$2" "$3"
    measured "DuckDB process, all $2 run(s) with the JVM compiling DuckDbImport.java" "$load" "$4"
  else
    echo "DuckDB's JDBC driver $version could not be fetched from Maven Central: no DuckDB comparison"
  fi
}

# first_import_dossier ROWS ORDER: makes (once) the first-import benchmark's dossier,
# target/bench/first-import-ORDER-ROWS/, whose one data file is a generated canonical CSV of ROWS
# rows (ORDER `ordered` or `random`, adapters-file's GenerateCanonical, built beforehand), and sets
# dossier and csv to its folder and file.
first_import_dossier() {
  local subjects
  dossier="target/bench/first-import-$2-$1"
  csv="$dossier/data/canonical.csv"
  if [ ! -f "$csv" ]; then
    mkdir -p "$dossier/data"
    java -cp "adapters-file/target/test-classes" dev.reckon.adapter.file.bench.GenerateCanonical \
      "$csv" "$1" "$2" "$dossier/subjects.txt"
  fi
  if [ ! -f "$dossier/dossier.yaml" ]; then
    mapfile -t subjects <"$dossier/subjects.txt"
    dossier_yaml "First import benchmark: $1 canonical rows in $2 key order" "${subjects[@]}" \
      >"$dossier/dossier.yaml"
  fi
}

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

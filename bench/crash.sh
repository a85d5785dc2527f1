#!/usr/bin/env bash
# A kill -9 loop: `reckon check` imports a large canonical CSV into the dossier's SQLite store and
# is killed with SIGKILL at a random moment; then SQLite's integrity check must say "ok" and the
# store must hold exactly one whole import: the one before the killed run or the killed run's
# own, never a mix. Each run replaces the file with the other of two versions (A and B, the same
# series with other values), so every kill lands in an import that replaces a stored one. Not a
# test; the figures are in docs/reliability.md.
#
#   bench/crash.sh [kills, default 100] [rows per file, default 300000]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-100}
rows=${2:-300000}
work=target/crash
jar=app/target/reckon.jar
db="$work/dossier/.reckon/reckon.db"

./reckon --version >/dev/null # builds the jar when the sources changed
rm -rf "$work"
mkdir -p "$work/dossier/data"
cat >"$work/dossier/dossier.yaml" <<'EOF'
title: kill -9 loop
timezone: Europe/London
subjects:
  labour:
periods:
  all: { from: 2000-01-01, to: 2030-12-31 }
data:
  - path: data/observations.csv
claims:
  - id: total
    text: "a total"
    check: likes{labour, facebook, all} > 0
EOF

# Two versions of one file: rows of 50 series over consecutive days, values differing by version.
generate() {
    awk -v rows="$rows" -v version="$1" '
    # The date of a day counted from 1970-01-01 (the proleptic Gregorian calendar, as in java.time).
    function civil(z,   era, doe, yoe, y, doy, mp, d, m) {
        z += 719468; era = int(z / 146097); doe = z - era * 146097
        yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
        y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
        mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1; m = mp < 10 ? mp + 3 : mp - 9
        return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d)
    }
    BEGIN {
        print "subject,platform,metric,from,to,segment,value"
        split("likes impressions reach video_views shares", metrics, " ")
        for (i = 0; i < rows; i++) {
            series = i % 50; day = int(i / 50)
            date = civil(10957 + day)
            printf "labour,facebook,%s,%s,%s,town=t%d,%d\n", metrics[series % 5 + 1], date, date, series, (i * 7 + version * 13) % 100000
        }
    }' >"$work/$1.csv"
}
generate 1
generate 2

# What the store holds, in one comparable text: every source's file fingerprint and counts, every observation.
dump() {
    sqlite3 "$db" "SELECT name, size_bytes, content_hash, rows_read, rows_accepted, rows_rejected FROM source ORDER BY name;
        SELECT s.subject, s.platform, s.metric, s.segment_key, s.segment_value, o.window_start, o.window_end,
               o.value_lo, o.value_hi, o.line
        FROM observation o JOIN series s ON s.id = o.series_id
        ORDER BY s.subject, s.platform, s.metric, s.segment_key, s.segment_value, o.window_start, o.window_end;" | sha256sum
}

check() {
    java -jar "$jar" check "$work/dossier" >/dev/null 2>&1
}

# Clean imports of each version, and how long an import takes.
declare -A clean
for version in 1 2; do
    rm -rf "$work/dossier/.reckon"
    cp "$work/$version.csv" "$work/dossier/data/observations.csv"
    start=$(date +%s%N)
    check || { echo "a clean check of version $version failed" >&2; exit 1; }
    this_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    took_ms=$(( this_ms > ${took_ms:-0} ? this_ms : took_ms ))
    clean[$version]=$(dump)
    echo "clean import of version $version: $rows rows in $this_ms ms"
done

intact=0 before=0 after=0 bad=0 finished=0
for ((kill = 1; kill <= kills; kill++)); do
    previous=$(dump)
    # The version the store does not hold, so that the run replaces a stored import.
    if [ "$previous" = "${clean[1]}" ]; then version=2; else version=1; fi
    cp "$work/$version.csv" "$work/dossier/data/observations.csv"
    # Up to a fifth longer than the slower clean import, so that some runs finish before their kill.
    delay_ms=$(( (RANDOM * 32768 + RANDOM) % (took_ms * 6 / 5 + 1) ))
    java -jar "$jar" check "$work/dossier" >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
    # A run that has ended stays a zombie until waited for, and kill succeeds on a zombie: ask ps.
    if [[ "$(ps -o stat= -p "$pid" 2>/dev/null)" == Z* ]]; then finished=$((finished + 1)); fi
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    verdict=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1 || true)
    [ "$verdict" = "ok" ] && intact=$((intact + 1))
    now=$(dump)
    if [ "$now" = "${clean[$version]}" ]; then
        after=$((after + 1))
    elif [ "$now" = "$previous" ]; then
        before=$((before + 1))
    else
        bad=$((bad + 1))
        echo "kill $kill at ${delay_ms} ms: the store holds neither the import before nor version $version" >&2
    fi
done
# Finally an unkilled check must end in the clean import of the file present.
check
[ "$(dump)" = "${clean[$version]}" ] && final=same || final=different
echo "kills: $kills (runs that finished before their kill: $finished)"
echo "integrity_check ok: $intact / $kills"
echo "store held the previous import: $before, the killed run's whole import: $after, anything else: $bad"
echo "an unkilled check afterwards gives the clean import: $final"

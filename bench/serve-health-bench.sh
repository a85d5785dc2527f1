#!/usr/bin/env bash
# Measures how soon `reckon serve` answers GET /health while a large data file is still importing
# (issue 14, item 6): the seconds from starting the launcher to the first health answer, what it
# and GET /report say then, and the seconds until health says ok. Not a test; figures in
# docs/benchmarks.md. It builds the jar once, writes a dossier with one canonical CSV of ROWS rows
# in a temporary folder, and serves it RUNS times from an empty store. The first run after a build
# starts without the launcher's class-data archive, which the launcher then makes in the background;
# the runs after it wait for that archive, so they show a start as users get it from then on.
# Environment: ROWS (default 2000000), RUNS (3), PORT (18917).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-2000000}
runs=${RUNS:-3}
port=${PORT:-18917}

# The launcher builds the jar only when the sources changed (a Maven package would make every
# archive stale).
./reckon --version >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data"
cat > "$work/dossier.yaml" <<YAML
title: Serve while importing
subjects:
  labour: { name: The Labour Party }
periods:
  ge2019: { from: 2019-01-01, to: 2019-12-31 }
data:
  - path: data/big.csv
claims:
  - id: some
    check: "likes{labour, facebook, ge2019} > 0"
YAML
python3 - "$work/data/big.csv" "$rows" <<'PY'
import datetime, sys
start = datetime.date(2000, 1, 1)
with open(sys.argv[1], 'w') as out:
    out.write('subject,platform,metric,from,to,segment,value\n')
    for i in range(int(sys.argv[2])):
        day = start + datetime.timedelta(days=i % 9000)
        out.write(f'labour,facebook,likes,{day},{day},post={i // 9000},{i % 97}\n')
PY
echo "data: $rows rows, $(du -h "$work/data/big.csv" | cut -f1); load: $(cut -d' ' -f1-3 /proc/loadavg)"

seconds_since() { echo "$(date +%s.%N) - $1" | bc; }
for run in $(seq "$runs"); do
    rm -rf "$work/.reckon"
    started=$(date +%s.%N)
    ./reckon serve "$work" --port "$port" >/dev/null 2>&1 &
    server=$!
    first=""
    while kill -0 "$server" 2>/dev/null; do
        health=$(curl -s --max-time 1 "http://127.0.0.1:$port/api/v1/health" || true)
        if [ -n "$health" ] && [ -z "$first" ]; then
            first=$(seconds_since "$started")
            report=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/report")
            echo "run $run: health at ${first}s: $health (GET /report: $report)"
        fi
        if [[ "$health" == *'"ok"'* ]]; then
            echo "run $run: ok at $(seconds_since "$started")s"
            break
        fi
        sleep 0.05
    done
    kill "$server"
    wait "$server" || true
    while compgen -G 'app/target/*-serve.*.training' >/dev/null; do
        sleep 0.5
    done
done

#!/usr/bin/env bash
# Measures the HTTP API: requests per second, p99 latency and errors of POST /evaluations and
# GET /report at 64 connections (15 s each), beside GET /health for reference. Not a test; the
# figures and how to read them are in docs/rest.md. It builds the jar, serves a small dossier on a
# loopback port, installs wrk when it is missing (Debian package), runs wrk, then stops the server.
# Environment: PORT (default 18080), CONNECTIONS (64), DURATION (15s), THREADS (2).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-18080}
connections=${CONNECTIONS:-64}
duration=${DURATION:-15s}
threads=${THREADS:-2}

mvn -B -q -DskipTests -pl app -am package

if ! command -v wrk >/dev/null 2>&1; then
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

work=$(mktemp -d)
server_pid=""
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid"
        wait "$server_pid" || true
    fi
    rm -rf "$work"
}
trap stop_server EXIT

# A small dossier: two subjects, one period, a month of daily views each, three claims.
mkdir -p "$work/dossier/data"
cat > "$work/dossier/dossier.yaml" <<'YAML'
title: REST benchmark
timezone: Europe/London
subjects:
  labour: { name: The Labour Party }
  tories: { name: The Conservatives }
periods:
  dec: { from: 2019-12-01, to: 2019-12-31 }
data:
  - path: data/views.csv
claims:
  - id: labour-views
    check: "video_views{labour, facebook, dec} = 31000"
  - id: more-views
    check: "video_views{labour, facebook, dec} > video_views{tories, facebook, dec}"
  - id: share
    check: "video_views{labour, facebook, dec} / (video_views{labour, facebook, dec} + video_views{tories, facebook, dec}) ~ 0.5 within 10%"
YAML
{
    echo "subject,platform,metric,from,to,segment,value"
    for day in $(seq -w 1 31); do
        echo "labour,facebook,video_views,2019-12-$day,2019-12-$day,,1000"
        echo "tories,facebook,video_views,2019-12-$day,2019-12-$day,,900"
    done
} > "$work/dossier/data/views.csv"

java -jar app/target/reckon.jar serve "$work/dossier" --port "$port" > "$work/serve.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port/api/v1"
for _ in $(seq 1 120); do
    if curl -fs "$base/health" >/dev/null 2>&1; then
        break
    fi
    sleep 0.5
done
curl -fs "$base/health" >/dev/null || { echo "the server did not start:"; cat "$work/serve.log"; exit 1; }
head -n 1 "$work/serve.log"

# Prints one line per run: requests/s, p99 latency in ms and every kind of error, non-2xx included.
cat > "$work/summary.lua" <<'LUA'
done = function(summary, latency, requests)
    local e = summary.errors
    local errors = e.connect + e.read + e.write + e.status + e.timeout
    io.write(string.format("RESULT requests/s=%.0f p99_ms=%.2f errors=%d (connect %d, read %d, write %d, non-2xx %d, timeout %d) requests=%d\n",
        summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000, errors,
        e.connect, e.read, e.write, e.status, e.timeout, summary.requests))
end
LUA
cat "$work/summary.lua" > "$work/evaluation.lua"
cat >> "$work/evaluation.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"check": "video_views{labour, facebook, dec} > video_views{tories, facebook, dec}"}'
LUA

run() {
    local name=$1 url=$2 script=$3
    echo "== $name: $connections connections, $duration"
    wrk -t "$threads" -c "$connections" -d "$duration" --latency -s "$script" "$url" | grep -E "RESULT|Latency|99%"
}

# A short warm-up lets the JIT compile the hot paths before anything is measured.
wrk -t "$threads" -c "$connections" -d 5s -s "$work/evaluation.lua" "$base/evaluations" >/dev/null
run "GET /health" "$base/health" "$work/summary.lua"
run "POST /evaluations" "$base/evaluations" "$work/evaluation.lua"
run "GET /report" "$base/report" "$work/summary.lua"

#!/usr/bin/env bash
# A fuzzing campaign: runs every @FuzzTest method of the build in turn for real (JAZZER_FUZZ=1),
# each for the given minutes (default 5; decimals allowed), and prints a table of executions and
# executions per second per target, with the findings. Not a test; the figures of the last
# campaign and what it found are in docs/reliability.md.
#
#   bench/fuzz.sh [minutes-per-target] [regex of Class#method to run, default all]
#
# A finding is a crashing input: it is moved out of the test resources (where Jazzer writes it,
# and where it would make every later build fail) into target/fuzz-findings/<target>/, with the
# log. Once the defect is fixed, copy the input into the target's saved inputs,
# src/test/resources/<package>/<Class>Inputs/<method>/, under a name that says what it
# reproduces (git ignores crash-* files), so every `mvn verify` replays it.
# The corpus a run grows stays in <module>/.cifuzz-corpus/ (ignored by git) and the next run
# starts from it.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-5}
only=${2:-.}
seconds=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 }')
out=target/fuzz-findings
logs=target/fuzz-logs
mkdir -p "$out" "$logs"

# Every fuzz target as module:package.Class#method, found in the sources.
targets() {
    for module in domain application adapters-file adapters-rest adapters-jdbc adapters-prose app; do
        [ -d "$module/src/test/java" ] || continue
        grep -rl --include='*.java' '@FuzzTest' "$module/src/test/java" | sort | while read -r file; do
            class=${file#"$module/src/test/java/"}
            class=${class%.java}
            awk '/@FuzzTest/ { armed = 1; next }
                 armed && match($0, /void [A-Za-z0-9_]+\(/) { print substr($0, RSTART + 5, RLENGTH - 6); armed = 0 }' "$file" |
                while read -r method; do
                    echo "$module:${class//\//.}#$method"
                done
        done
    done
}

mvn -B -q -o test-compile >/dev/null
printf '%-95s %12s %9s %8s\n' "target" "executions" "exec/s" "findings" | tee "$logs/summary.txt"
for target in $(targets | grep -E "$only"); do
    module=${target%%:*}
    test=${target#*:}
    name=${test##*.}
    stamp=$(mktemp)
    log="$logs/$name.log"
    # libFuzzer takes the last of repeated flags, so these come after the annotation's maxDuration.
    # Without -max_len libFuzzer lets inputs grow to the largest saved input, and a saved regression
    # of 300 KB (a 300,000-digit cell) made every input that large and the run ten times slower.
    JAZZER_FUZZ=1 mvn -B -o -pl "$module" -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
        -Djazzer.hooks=true -Djazzer.keep_going=20 -DargLine=-Xmx1g \
        -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
        -Djazzer.internal.arg.2=-timeout=10 -Djazzer.internal.arg.3=-max_len=4096 >"$log" 2>&1 || true
    found=0
    while read -r crash; do
        mkdir -p "$out/$name"
        mv "$crash" "$out/$name/"
        found=$((found + 1))
    done < <(find "$module" -path '*/target' -prune -o -type f \( -name 'crash-*' -o -name 'timeout-*' \
        -o -name 'oom-*' -o -name 'slow-unit-*' \) -newer "$stamp" -print)
    rm -f "$stamp"
    [ "$found" -gt 0 ] && cp "$log" "$out/$name/"
    runs=$(grep -Eo '^Done [0-9]+ runs' "$log" | tail -1 | grep -Eo '[0-9]+' || true)
    rate=$(grep -Eo 'exec/s: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || true)
    printf '%-95s %12s %9s %8s\n' "$test" "${runs:-?}" "${rate:-?}" "$found" | tee -a "$logs/summary.txt"
done

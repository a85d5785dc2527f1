#!/usr/bin/env bash
# Measures start-up: a bare JVM printing hello, then `reckon check examples/ge2019` with its store
# up to date, on JDK 17 without and with the AppCDS archive, on JDK 25 without and with the AOT
# cache, and through ./reckon as a user runs it. Best and median wall-clock time of N runs (default
# 11) and the CPU time (user + system) of the best run's setting, from /usr/bin/time when present.
# Not a test; the figures and how to read them are in docs/benchmarks.md#start-up.
#
# Usage: bench/startup-bench.sh [runs] [other.jar]   (other.jar, e.g. an older build, adds a row)
# The machine is shared: `uptime` is printed before and after, and the figures are only comparable
# within one sitting.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-11}
other_jar=${2:-}
root="$(pwd)"
jar="$root/app/target/reckon.jar"
bench="$root/target/bench/startup"
mkdir -p "$bench"

# ./reckon builds the jar when needed and makes the archive for the JDK it picks.
./reckon --version >/dev/null
RECKON_JAVA=java ./reckon --version >/dev/null

jdk25=$(find_jdk25)

cat >"$bench/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
EOF
javac -d "$bench" "$bench/Hello.java"

# The example dossier, copied so that its store is this benchmark's own, then brought up to date.
rm -rf "$bench/ge2019"
cp -R examples/ge2019 "$bench/ge2019"
rm -rf "$bench/ge2019/.reckon"
java -jar "$jar" check "$bench/ge2019" >/dev/null 2>&1

launch_settings "$root"

# measure LABEL COMMAND...: one line of the table.
measure() {
  local label="$1" times=() cpu=() start end
  shift
  "$@" >/dev/null 2>&1 || { printf '| %s | failed |\n' "$label"; return; }
  for ((i = 0; i < runs; i++)); do
    if [[ -x /usr/bin/time ]]; then
      start=$(date +%s%N)
      /usr/bin/time -f '%U %S' -o "$bench/cpu.txt" "$@" >/dev/null 2>&1
      end=$(date +%s%N)
      cpu+=("$(awk '{printf "%d", ($1 + $2) * 1000}' "$bench/cpu.txt")")
    else
      start=$(date +%s%N)
      "$@" >/dev/null 2>&1
      end=$(date +%s%N)
      cpu+=(0)
    fi
    times+=($(((end - start) / 1000000)))
  done
  local sorted cpus
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  cpus=($(printf '%s\n' "${cpu[@]}" | sort -n))
  printf '| %s | %d | %d | %d |\n' "$label" "${sorted[0]}" "${sorted[$((runs / 2))]}" "${cpus[$((runs / 2))]}"
}

echo "# $(date -u +%FT%TZ), $(nproc) cores, $runs runs each; $(uptime)"
echo "| what | best ms | median ms | median CPU ms |"
echo "| --- | ---: | ---: | ---: |"
measure "bare JVM printing hello (JDK 17)" java -cp "$bench" Hello
if [[ -n "$other_jar" ]]; then
  # Its own copy: an older build may refuse a store this one has migrated.
  rm -rf "$bench/ge2019-other"
  cp -R examples/ge2019 "$bench/ge2019-other"
  rm -rf "$bench/ge2019-other/.reckon"
  java -jar "$other_jar" check "$bench/ge2019-other" >/dev/null 2>&1 || true
  measure "check, $(basename "$other_jar") (JDK 17)" java -jar "$other_jar" check "$bench/ge2019-other"
fi
measure "check (JDK 17)" java -jar "$jar" check "$bench/ge2019"
measure "check (JDK 17, SQLite library kept)" java "$native" -jar "$jar" check "$bench/ge2019"
measure "check (JDK 17, SQLite library kept, -Xshare:off)" java -Xshare:off "$native" -jar "$jar" check "$bench/ge2019"
if [[ -n "$jsa" ]]; then
  measure "check (JDK 17 + AppCDS)" java "${quiet17[@]}" "$native" "-XX:SharedArchiveFile=$jsa" \
    -jar "$jar" check "$bench/ge2019"
  measure "check (JDK 17 + AppCDS, C1 only: -XX:TieredStopAtLevel=1)" java "${quiet17[@]}" "$native" \
    "-XX:SharedArchiveFile=$jsa" -XX:TieredStopAtLevel=1 -jar "$jar" check "$bench/ge2019"
fi
if [[ -n "$jdk25" ]]; then
  measure "bare JVM printing hello (JDK 25)" "$jdk25" -cp "$bench" Hello
  measure "check (JDK 25)" "$jdk25" "${quiet25[@]}" "$native" -jar "$jar" check "$bench/ge2019"
  # JDK 19+: a dynamic archive the JVM makes itself at the first run's exit and uses from the next.
  rm -f "$bench/auto.jsa"
  measure "check (JDK 25, -XX:+AutoCreateSharedArchive)" "$jdk25" "${quiet25[@]}" "$native" \
    -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$bench/auto.jsa" -jar "$jar" check "$bench/ge2019"
  if [[ -n "$aot" ]]; then
    measure "check (JDK 25 + AOT cache)" "$jdk25" "${quiet25[@]}" "$native" "-XX:AOTCache=$aot" \
      -jar "$jar" check "$bench/ge2019"
    measure "check (JDK 25 + AOT cache, C1 only: -XX:TieredStopAtLevel=1)" "$jdk25" "${quiet25[@]}" "$native" \
      "-XX:AOTCache=$aot" -XX:TieredStopAtLevel=1 -jar "$jar" check "$bench/ge2019"
  fi
fi
measure "./reckon check (as a user runs it)" ./reckon check "$bench/ge2019"
measure "./reckon --version" ./reckon --version
echo "# $(uptime)"

#!/usr/bin/env bash
# Start-up to the first 200 on /api/hello, with the CPU the JVM used until then (issue 16): less sensitive to a
# shared machine's load than the wall clock. Alternates the given builds round by round so that they share the
# machine's state, and prints one line per start plus the medians.
#
#   ./mvnw -q -pl benchmarks -am package -DskipTests
#   mkdir -p /tmp/old && cp -r benchmarks/target/lib benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar /tmp/old/
#   ... change, package again ...
#   ROUNDS=5 PIN=1 benchmarks/startup-cpu.sh kunai /tmp/old benchmarks/target
#
# A build is a directory holding benchmarks-0.1.0-SNAPSHOT.jar and lib/ (benchmarks/target, or a copy of it).
# Targets: kunai (the load harness's kunai target), kunai-50, baseline. PIN=1 runs the server on CPU 0 only, as
# load.sh does. Each line: build, ms to the first 200, CPU ms (user + sys of every JVM thread until then), classes
# loaded (jcmd PerfCounter.print), the 1-minute load average.
set -euo pipefail

TARGET=${1:?usage: startup-cpu.sh <kunai|kunai-50|baseline> <build dir>...}
shift
[[ $# -gt 0 ]] || { echo "usage: startup-cpu.sh <target> <build dir>..." >&2; exit 2; }
ROUNDS=${ROUNDS:-5}
PIN=${PIN:-0}
TIMEOUT=${TIMEOUT:-120}
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JCMD="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
TICK=$(getconf CLK_TCK)

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

main_class() {
  case "$1" in
    kunai) echo "dev.kunai.bench.kunai.KunaiBenchApp runserver 127.0.0.1:$2" ;;
    kunai-50) echo "dev.kunai.bench.startup.FiftyControllerApp runserver 127.0.0.1:$2" ;;
    baseline) echo "dev.kunai.bench.baseline.BaselineServer $2" ;;
    *) echo "unknown target $1" >&2; exit 2 ;;
  esac
}

# One start of build $1: prints "build wall-ms cpu-ms classes load".
start_once() {
  local dir=$1 port pid started now code stat cpu classes log
  port=$(free_port)
  log=$(mktemp)
  local cmd=("$JAVA" ${JAVA_OPTS:-} -cp "$dir/benchmarks-0.1.0-SNAPSHOT.jar:$dir/lib/*" $(main_class "$TARGET" "$port"))
  [[ $PIN -eq 1 ]] && cmd=(taskset -c 0 "${cmd[@]}")
  started=$(date +%s%N)
  DATABASE_URL=h2:mem:bench "${cmd[@]}" >"$log" 2>&1 &
  pid=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/api/hello" || true)
    now=$(date +%s%N)
    [[ $code == 200 ]] && break
    if ! kill -0 "$pid" 2>/dev/null || (( (now - started) / 1000000000 >= TIMEOUT )); then
      tail -n 20 "$log" >&2; kill "$pid" 2>/dev/null || true; rm -f "$log"; return 1
    fi
    sleep 0.01
  done
  read -r -a stat <<<"$(sed 's/.*) //' "/proc/$pid/stat")"
  cpu=$(( (stat[11] + stat[12]) * 1000 / TICK ))
  classes=$("$JCMD" "$pid" PerfCounter.print 2>/dev/null | sed -n 's/^java.cls.loadedClasses=//p')
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  echo "$dir $(( (now - started) / 1000000 )) $cpu $classes $(cut -d' ' -f1 /proc/loadavg)"
}

RESULTS=$(mktemp)
for _ in $(seq 1 "$ROUNDS"); do
  for dir in "$@"; do start_once "$dir" | tee -a "$RESULTS"; done
done
echo "medians (build: wall ms, CPU ms, classes):"
for dir in "$@"; do
  med() { grep "^$dir " "$RESULTS" | cut -d' ' -f"$1" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
  echo "  $dir: $(med 2) $(med 3) $(med 4)"
done
rm -f "$RESULTS"

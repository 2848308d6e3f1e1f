#!/usr/bin/env bash
# Load comparison of HTTP servers serving the Books contract: Kunai's Books app vs the hand-written baseline
# ("the limit"), back to back, each as a separate JVM pinned to one CPU, driven by wrk pinned to another.
#
#   ./mvnw -q -pl benchmarks -am package -DskipTests   # build first (or pass --build)
#   benchmarks/load.sh                     # all targets (baseline kunai), default durations
#   WARMUP=5 DURATION=5 benchmarks/load.sh baseline                     # a quick smoke run of one target
#
# Per target: start-up time (median of STARTUP_RUNS starts: process start -> first 200 on /api/hello), then
# per scenario (hello, list, create - create last, it grows the table): WARMUP s of load (discarded), DURATION s
# measured with wrk, RSS of the JVM afterwards. Prints ONE markdown table (+ Kunai/limit ratios when both ran)
# and keeps it with the raw outputs in benchmarks/target/load/<timestamp>/. Only 127.0.0.1; every step has a
# time limit; the server is stopped on exit (trap).
set -euo pipefail

# ------------------------------------------------------------------------------------------------------------
# Targets: one function per target, the ONLY place its command lives. Each runs the server in the foreground on
# 127.0.0.1:$1 with `exec`, so the pid the harness measures (RSS) and stops is the JVM itself. Each target also
# names the files it needs (needs_<target>) and the Maven module that builds them (module_<target>).
# ------------------------------------------------------------------------------------------------------------
target_baseline() {
  exec "$JAVA" $JAVA_OPTS $AOT_OPTS -cp "$BENCH_JAR:$BENCH_DIR/target/lib/*" \
    dev.kunai.bench.baseline.BaselineServer "$1"
}
needs_baseline() { echo "$BENCH_JAR $BENCH_DIR/target/lib"; }
module_baseline() { echo "benchmarks"; }

target_kunai() {
  # dev.kunai.bench.kunai.KunaiBenchApp: the Books example app (BooksApp.API at /api/) + GET /api/hello, on a fresh
  # in-memory H2 database built by the Books app's migrations and seeded with 10 books x 2 tags before it serves
  export DATABASE_URL=h2:mem:bench
  exec "$JAVA" $JAVA_OPTS $AOT_OPTS -cp "$BENCH_JAR:$BENCH_DIR/target/lib/*" \
    dev.kunai.bench.kunai.KunaiBenchApp runserver "127.0.0.1:$1"
}
needs_kunai() { echo "$BENCH_JAR $BENCH_DIR/target/lib"; }
module_kunai() { echo "benchmarks"; }

# The kunai target with a UserRateThrottle on every operation at a rate never reached (10^12/h: the allowed
# path is measured, not 429s), counted in memory / in Redis at REDIS_URL (default redis://127.0.0.1:6379).
# Issue 13's overhead: compare with the kunai target in the same run (the "vs kunai" rows). Hello only.
target_kunai-throttled() { export BENCH_THROTTLE=memory; target_kunai "$1"; }
needs_kunai-throttled() { needs_kunai; }
module_kunai-throttled() { module_kunai; }
scenarios_kunai-throttled() { echo hello; }
compare_kunai-throttled() { echo kunai 0.95; }
target_kunai-redis-throttled() { export BENCH_THROTTLE=redis; target_kunai "$1"; }
needs_kunai-redis-throttled() { needs_kunai; }
module_kunai-redis-throttled() { module_kunai; }
scenarios_kunai-redis-throttled() { echo hello; }
compare_kunai-redis-throttled() { echo kunai; }

# dev.kunai.bench.startup.FiftyControllerApp: the kunai target + 50 generated annotated controllers (200
# operations) at /api/v2/, for start-up (issue 16); its start-up minus kunai's is what 50 controllers cost.
target_kunai-50() {
  export DATABASE_URL=h2:mem:bench
  exec "$JAVA" $JAVA_OPTS $AOT_OPTS -cp "$BENCH_JAR:$BENCH_DIR/target/lib/*" \
    dev.kunai.bench.startup.FiftyControllerApp runserver "127.0.0.1:$1"
}
needs_kunai-50() { needs_kunai; }
module_kunai-50() { module_kunai; }
scenarios_kunai-50() { echo hello; }
compare_kunai-50() { echo kunai; }
# A target without scenarios_<name> runs every scenario (ALL_SCENARIOS); without compare_<name> it is compared
# with the limit only. The environment variable SCENARIOS (e.g. SCENARIOS=hello) overrides every target's list.
ALL_TARGETS=(baseline kunai kunai-throttled kunai-redis-throttled kunai-50)
DEFAULT_TARGETS=(baseline kunai)

# The target every other one is compared with (the "limit").
LIMIT_TARGET=baseline

# ------------------------------------------------------------------------------------------------------------
# Settings (override by environment).
# ------------------------------------------------------------------------------------------------------------
WARMUP=${WARMUP:-40}                 # seconds of discarded load before each measured scenario (Hibernate needs ~40 s of JIT on one CPU)
DURATION=${DURATION:-15}             # seconds measured per scenario
THREADS=${THREADS:-2}                # wrk threads
CONNECTIONS=${CONNECTIONS:-32}       # wrk connections
PORT=${PORT:-18081}                  # the port every target is started on, one at a time
STARTUP_RUNS=${STARTUP_RUNS:-3}      # starts per target; the median start-up is reported, the last start is loaded
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-60}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
JAVA_OPTS=${JAVA_OPTS:-}             # the same JVM options for every target
AOT=${AOT:-0}                        # 1: each target first runs once to train a JDK AOT cache (JEP 483/514/515, JDK 25+),
                                     #    then every measured start and load uses it (-XX:AOTCache)
AOT_TRAIN=${AOT_TRAIN:-5}            # seconds of load per scenario in the training run
AOT_DUMP_TIMEOUT=${AOT_DUMP_TIMEOUT:-120}   # seconds the training JVM gets to write its cache after SIGTERM
ALL_SCENARIOS=(hello list page create)   # fixed order: create grows the table, so it runs last
SCENARIOS_OVERRIDE=${SCENARIOS:-}    # e.g. SCENARIOS="hello page": these scenarios for every target

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR="$ROOT/benchmarks"
# The module's own classes as a jar: the JDK's AOT cache accepts only jars on the class path.
BENCH_JAR="$BENCH_DIR/target/benchmarks-0.1.0-SNAPSHOT.jar"
AOT_OPTS=""
export KUNAI_BENCH_WRK_DIR="$BENCH_DIR/wrk"
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export JAVA_HOME
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
BASE_URL="http://127.0.0.1:$PORT"

usage() {
  cat <<EOF
usage: benchmarks/load.sh [--build] [target...]     targets: ${ALL_TARGETS[*]}
          (default: ${DEFAULT_TARGETS[*]}, in that order)
  --build   package the targets' modules first (./mvnw -q -pl <modules> -am package -DskipTests)
env: WARMUP=$WARMUP DURATION=$DURATION THREADS=$THREADS CONNECTIONS=$CONNECTIONS PORT=$PORT STARTUP_RUNS=$STARTUP_RUNS AOT=$AOT
     SCENARIOS='${SCENARIOS_OVERRIDE:-per target}' (of: ${ALL_SCENARIOS[*]}) AOT_TRAIN=$AOT_TRAIN AOT_DUMP_TIMEOUT=$AOT_DUMP_TIMEOUT
     SERVER_CPU=$SERVER_CPU LOAD_CPU=$LOAD_CPU JAVA_HOME=$JAVA_HOME JAVA_OPTS='$JAVA_OPTS'
EOF
}

log() { printf '[load] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

BUILD=0
TARGETS=()
for arg in "$@"; do
  case "$arg" in
    --build) BUILD=1 ;;
    -h|--help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option $arg" ;;
    *) declare -F "target_$arg" >/dev/null || die "unknown target '$arg' (known: ${ALL_TARGETS[*]})"; TARGETS+=("$arg") ;;
  esac
done
EXPLICIT_TARGETS=${#TARGETS[@]}
[[ $EXPLICIT_TARGETS -gt 0 ]] || TARGETS=("${DEFAULT_TARGETS[@]}")
for scenario in $SCENARIOS_OVERRIDE; do
  [[ " ${ALL_SCENARIOS[*]} " == *" $scenario "* ]] || die "unknown scenario '$scenario' (known: ${ALL_SCENARIOS[*]})"
done

# ------------------------------------------------------------------------------------------------------------
# Preconditions: wrk, curl, two CPUs, artifacts.
# ------------------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  [[ $(id -u) -eq 0 ]] || die "wrk is missing: run 'sudo apt-get install -y wrk'"
  log "installing wrk (apt-get install -y wrk)"
  timeout 300 apt-get install -y wrk >/dev/null || die "apt-get install -y wrk failed"
fi
command -v curl >/dev/null || die "curl is missing (apt-get install -y curl)"
command -v taskset >/dev/null || die "taskset is missing (apt-get install -y util-linux)"
[[ $(nproc) -ge 2 ]] || die "needs 2 CPUs (server on CPU $SERVER_CPU, wrk on CPU $LOAD_CPU); nproc=$(nproc)"
"$JAVA" -version >/dev/null 2>&1 || die "no java at '$JAVA' (set JAVA_HOME to a JDK 21+)"

if [[ $BUILD -eq 1 ]]; then
  modules=$(for t in "${TARGETS[@]}"; do "module_$t"; done | paste -sd, -)
  log "building $modules"
  (cd "$ROOT" && timeout 900 ./mvnw -q -pl "$modules" -am package -DskipTests) || die "build failed"
fi

RUN=()
SKIPPED=()    # "target (why)" for every target that was not measured
FAILED=0      # targets that were built but failed to start
for t in "${TARGETS[@]}"; do
  missing=""
  for f in $("needs_$t"); do [[ -e "$f" ]] || missing+=" $f"; done
  if [[ -z "$missing" ]]; then
    RUN+=("$t")
  elif [[ $EXPLICIT_TARGETS -gt 0 ]]; then
    die "target $t is not built (missing:$missing); run: ./mvnw -q -pl $("module_$t") -am package -DskipTests"
  else
    log "skipping target $t: not built (missing:$missing)"
    SKIPPED+=("$t (not built: missing$missing)")
  fi
done
[[ ${#RUN[@]} -gt 0 ]] || die "nothing to run"

OUT_DIR="$BENCH_DIR/target/load/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT_DIR"
RESULTS="$OUT_DIR/results.tsv"
: >"$RESULTS"

CPUS=$(nproc)                           # before pinning: nproc honours the affinity mask
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# The harness itself (curl polls, wrk) stays off the server's CPU.
taskset -pc "$LOAD_CPU" $$ >/dev/null

# ------------------------------------------------------------------------------------------------------------
# Server lifecycle.
# ------------------------------------------------------------------------------------------------------------
SERVER_PID=""
LAUNCHER_PID=""

STOP_WAIT=100   # tenths of a second a stopping server gets before SIGKILL (a training run writes its cache then)
stop_server() {
  [[ -n "$SERVER_PID" ]] || return 0
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 "$STOP_WAIT"); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      log "server $SERVER_PID ignored SIGTERM for $((STOP_WAIT / 10)) s; killing it"
      kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
  if [[ -n "$LAUNCHER_PID" ]]; then kill -TERM "$LAUNCHER_PID" 2>/dev/null || true; wait "$LAUNCHER_PID" 2>/dev/null || true; fi
  LAUNCHER_PID=""
  for _ in $(seq 1 50); do port_in_use || return 0; sleep 0.1; done
  log "WARNING: port $PORT is still in use after stopping the server"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

# Starts target $1 pinned to SERVER_CPU (log in $2); sets SERVER_PID and STARTUP_MS (launch -> first 200), or
# returns 1 with the reason in FAILURE.
STARTUP_MS=""
FAILURE=""
start_server() {
  local target=$1 server_log=$2 started now code
  port_in_use && die "port $PORT is already in use; set PORT=<free port>"
  started=$(date +%s%N)
  ( taskset -pc "$SERVER_CPU" "$BASHPID" >/dev/null; "target_$target" "$PORT" ) >"$server_log" 2>&1 &
  SERVER_PID=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE_URL/api/hello" || true)
    now=$(date +%s%N)
    [[ "$code" == 200 ]] && break
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      tail -n 20 "$server_log" >&2 || true
      FAILURE="exited during start-up (log: $server_log)"
      return 1
    fi
    if (( (now - started) / 1000000000 >= STARTUP_TIMEOUT )); then
      tail -n 20 "$server_log" >&2 || true
      FAILURE="no 200 on /api/hello within ${STARTUP_TIMEOUT}s (last answer: HTTP $code; log: $server_log)"
      return 1
    fi
    sleep 0.01
  done
  STARTUP_MS=$(( (now - started) / 1000000 ))
  # RSS and stopping need the JVM itself: if the listener is another process (a launcher that forked), follow it.
  local listener
  listener=$(ss -ltnpH "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true)
  if [[ -n "$listener" && "$listener" != "$SERVER_PID" ]]; then
    log "note: port $PORT is served by pid $listener, not the launched pid $SERVER_PID; measuring and stopping $listener"
    LAUNCHER_PID=$SERVER_PID
    SERVER_PID=$listener
  fi
}

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# CPU time (user + system, every thread) the process has used so far, in clock ticks (getconf CLK_TCK per second)
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
TICKS_PER_S=$(getconf CLK_TCK)

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# ------------------------------------------------------------------------------------------------------------
# Scenarios: the request each sends (for a sanity check) and its wrk script.
# ------------------------------------------------------------------------------------------------------------
# page: a filtered, paginated list - the books whose title contains "book" (all 10), 5 of them, with the count
PAGE_QUERY=${PAGE_QUERY:-title=book&limit=5}
scenario_url() {
  case "$1" in
    hello) echo "$BASE_URL/api/hello" ;;
    page) echo "$BASE_URL/api/books/page?$PAGE_QUERY" ;;
    *) echo "$BASE_URL/api/books/" ;;
  esac
}
scenario_script() { case "$1" in create) echo "$KUNAI_BENCH_WRK_DIR/create.lua" ;; *) echo "$KUNAI_BENCH_WRK_DIR/report.lua" ;; esac; }
scenario_check() {  # one request before loading: the expected status, or a warning
  local code
  case "$1" in
    create) code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -X POST -H 'Content-Type: application/json' \
                 -d '{"title": "Check book", "tags": ["check"]}' "$(scenario_url create)" || true); [[ $code == 201 ]] ;;
    *) code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$(scenario_url "$1")" || true); [[ $code == 200 ]] ;;
  esac || log "WARNING: $1 answered HTTP $code before the load; its errors column will show it"
}

field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<"$2"; }  # field name "KUNAI_RESULT a=1 b=2" -> value

run_wrk() {  # scenario seconds output-file
  timeout $(( $2 + 60 )) taskset -c "$LOAD_CPU" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2s" --latency \
    -s "$(scenario_script "$1")" "$(scenario_url "$1")" >"$3" 2>&1 || { cat "$3" >&2; die "wrk failed for $1"; }
}

# ------------------------------------------------------------------------------------------------------------
# The run.
# ------------------------------------------------------------------------------------------------------------
# The scenarios of target $1: SCENARIOS if set, else its scenarios_<target>, else all (in ALL_SCENARIOS order).
scenarios_of() {
  if [[ -n "$SCENARIOS_OVERRIDE" ]]; then echo "$SCENARIOS_OVERRIDE"
  elif declare -F "scenarios_$1" >/dev/null; then "scenarios_$1"
  else echo "${ALL_SCENARIOS[*]}"; fi
}
# Any 4xx/5xx in a warm-up or a measured window: the figures measured something else (e.g. 429s of a throttle
# whose rate was reached), so the run exits 3 after printing the table.
STATUS_FAILURES=()
check_statuses() {  # target scenario wrk-output
  local errors
  errors=$(field status_errors "$(grep '^KUNAI_RESULT' "$3" || true)")
  if [[ -n "$errors" && "$errors" -gt 0 ]]; then
    log "ERROR: $1/$2 got $errors responses with status >= 400 ($3)"
    STATUS_FAILURES+=("$1/$2: $errors responses with status >= 400 in $(basename "$3")")
  fi
}

log "targets: ${RUN[*]}; scenarios: $(for t in "${RUN[@]}"; do printf '%s=[%s] ' "$t" "$(scenarios_of "$t")"; done); warm-up ${WARMUP}s, measure ${DURATION}s, wrk -t$THREADS -c$CONNECTIONS"
log "server on CPU $SERVER_CPU, wrk on CPU $LOAD_CPU; outputs in $OUT_DIR"
# AOT=1: one training run of $1 (start, AOT_TRAIN s of every scenario, SIGTERM: the JVM writes the cache as it
# exits), then AOT_OPTS points every later start at the cache. Without a cache the target runs as usual.
train_aot() {
  local target=$1 cache="$OUT_DIR/$1.aot"
  AOT_OPTS="-XX:AOTCacheOutput=$cache"
  start_server "$target" "$OUT_DIR/$target-aot-training.log" || die "$target AOT training run failed: $FAILURE"
  for scenario in $(scenarios_of "$target"); do run_wrk "$scenario" "$AOT_TRAIN" "$OUT_DIR/$target-$scenario-aot-training.txt"; done
  STOP_WAIT=$((AOT_DUMP_TIMEOUT * 10)) stop_server
  [[ -s "$cache" ]] || die "$target wrote no AOT cache (log: $OUT_DIR/$target-aot-training.log)"
  # AOTMode=on: a cache the JVM cannot use fails the start (the target is then "Not measured") instead of
  # silently measuring a start without it
  AOT_OPTS="-XX:AOTCache=$cache -XX:AOTMode=on"
  log "$target AOT cache: $(du -h "$cache" | cut -f1) (trained ${AOT_TRAIN}s per scenario)"
}

for target in "${RUN[@]}"; do
  AOT_OPTS=""
  if [[ $AOT -eq 1 ]]; then train_aot "$target"; fi
  startups=()
  for i in $(seq 1 "$STARTUP_RUNS"); do
    if ! start_server "$target" "$OUT_DIR/$target-server-$i.log"; then
      log "$target FAILED: $FAILURE"
      stop_server
      SKIPPED+=("$target (failed: $FAILURE)")
      FAILED=$((FAILED + 1))
      continue 2
    fi
    startups+=("$STARTUP_MS")
    log "$target start-up $i/$STARTUP_RUNS: $STARTUP_MS ms (pid $SERVER_PID)"
    if [[ $i -lt $STARTUP_RUNS ]]; then stop_server; fi
  done
  startup=$(printf '%s\n' "${startups[@]}" | median)
  for scenario in $(scenarios_of "$target"); do
    scenario_check "$scenario"
    if [[ $WARMUP -gt 0 ]]; then
      log "$target/$scenario: warming up ${WARMUP}s"
      run_wrk "$scenario" "$WARMUP" "$OUT_DIR/$target-$scenario-warmup.txt"
      check_statuses "$target" "$scenario" "$OUT_DIR/$target-$scenario-warmup.txt"
    fi
    log "$target/$scenario: measuring ${DURATION}s"
    out="$OUT_DIR/$target-$scenario.txt"
    ticks_before=$(cpu_ticks "$SERVER_PID")
    run_wrk "$scenario" "$DURATION" "$out"
    ticks=$(( $(cpu_ticks "$SERVER_PID") - ticks_before ))
    kill -0 "$SERVER_PID" 2>/dev/null || die "$target died during $scenario (log: $OUT_DIR/$target-server-$STARTUP_RUNS.log)"
    rss=$(rss_mb "$SERVER_PID")
    load1=$(cut -d' ' -f1 /proc/loadavg)   # 1-minute load average at the end of the measured window
    line=$(grep '^KUNAI_RESULT' "$out") || { cat "$out" >&2; die "no result line in $out"; }
    check_statuses "$target" "$scenario" "$out"
    requests=$(field requests "$line"); duration_us=$(field duration_us "$line")
    p50_us=$(field p50_us "$line"); p99_us=$(field p99_us "$line")
    status_errors=$(field status_errors "$line"); socket_errors=$(field socket_errors "$line")
    rps=$(awk -v r="$requests" -v d="$duration_us" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
    # server CPU per request in the measured window: less sensitive than req/s to what else the machine runs
    cpu_us=$(awk -v t="$ticks" -v hz="$TICKS_PER_S" -v r="$requests" 'BEGIN { printf "%.1f", (r > 0 ? t * 1e6 / hz / r : 0) }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$scenario" "$rps" "$p50_us" "$p99_us" \
      "$status_errors" "$socket_errors" "$startup" "$rss" "$load1" "$cpu_us" >>"$RESULTS"
    log "$target/$scenario: $rps req/s, p50 ${p50_us}us, p99 ${p99_us}us, server CPU ${cpu_us}us/req, 4xx/5xx $status_errors, socket errors $socket_errors, RSS ${rss} MB, load ${load1}"
  done
  stop_server
done

# ------------------------------------------------------------------------------------------------------------
# The table: a row per (target, scenario), then target/limit ratios per scenario when the limit ran too.
# Targets (issue 6): req/s >= 0.9x, p99 <= 1.5x, start-up <= 1.5x, RSS <= 1.0x the limit's; no 4xx/5xx.
# Then target/reference ratios for targets with a compare_<target> ("reference [min req/s ratio]"), e.g.
# kunai-throttled / kunai: issue 13's "under 5 % loss" is req/s >= 0.95x.
# ------------------------------------------------------------------------------------------------------------
TABLE="$OUT_DIR/table.md"
COMPARES=""
for t in "${RUN[@]}"; do
  if declare -F "compare_$t" >/dev/null; then read -r ref min <<<"$("compare_$t")"; COMPARES+="$t:$ref:${min:--} "; fi
done
awk -F'\t' -v limit="$LIMIT_TARGET" -v compares="$COMPARES" '
  function ms(us) { return sprintf("%.2f", us / 1000) }
  function x(a, b) { return b > 0 ? sprintf("%.2f×", a / b) : "n/a" }
  {
    n++; t[n] = $1; s[n] = $2; rps[n] = $3; p50[n] = $4; p99[n] = $5; st[n] = $6; so[n] = $7; up[n] = $8; rss[n] = $9; ld[n] = $10; cpu[n] = $11
    if ($1 == limit) { L[$2] = n }
    R[$1, $2] = n
  }
  END {
    print "| target | scenario | req/s | p50 ms | p99 ms | server CPU µs/req | 4xx/5xx | socket errors | start-up ms | RSS after MB | load (1 min) | targets |"
    print "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    for (i = 1; i <= n; i++)
      printf "| %s | %s | %d | %s | %s | %s | %d | %d | %d | %d | %s | |\n", t[i], s[i], rps[i], ms(p50[i]), ms(p99[i]), cpu[i], st[i], so[i], up[i], rss[i], ld[i]
    for (i = 1; i <= n; i++) {
      if (t[i] == limit || !(s[i] in L)) continue
      j = L[s[i]]; miss = ""
      if (rps[i] < 0.9 * rps[j]) miss = miss " req/s<0.9×;"
      if (p99[i] > 1.5 * p99[j]) miss = miss " p99>1.5×;"
      if (up[i] > 1.5 * up[j]) miss = miss " start-up>1.5×;"
      if (rss[i] > rss[j]) miss = miss " RSS>1×;"
      if (st[i] > 0) miss = miss " 4xx/5xx responses;"
      printf "| **%s / %s** | %s | %s | %s | %s | %s | | | %s | %s | | %s |\n", t[i], limit, s[i], x(rps[i], rps[j]), \
        x(p50[i], p50[j]), x(p99[i], p99[j]), x(cpu[i], cpu[j]), x(up[i], up[j]), x(rss[i], rss[j]), miss == "" ? "met" : "MISSED:" miss
    }
    split(compares, pairs, " ")
    for (k in pairs) { split(pairs[k], c, ":"); ref[c[1]] = c[2]; minrps[c[1]] = c[3] }
    for (i = 1; i <= n; i++) {
      if (!(t[i] in ref) || !((ref[t[i]], s[i]) in R)) continue
      j = R[ref[t[i]], s[i]]; note = ""
      if (minrps[t[i]] != "-") note = rps[i] >= minrps[t[i]] * rps[j] ? "req/s ≥ " minrps[t[i]] "×: met" : "MISSED: req/s < " minrps[t[i]] "×"
      if (st[i] > 0) note = note " 4xx/5xx responses;"
      printf "| **%s / %s** | %s | %s | %s | %s | %s | | | %s | %s | | %s |\n", t[i], ref[t[i]], s[i], x(rps[i], rps[j]), \
        x(p50[i], p50[j]), x(p99[i], p99[j]), x(cpu[i], cpu[j]), x(up[i], up[j]), x(rss[i], rss[j]), note
    }
  }' "$RESULTS" >"$TABLE"

{
  echo
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); nproc: $CPUS; JDK: $("$JAVA" -version 2>&1 | head -n 1); load average before/after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Command: WARMUP=$WARMUP DURATION=$DURATION THREADS=$THREADS CONNECTIONS=$CONNECTIONS STARTUP_RUNS=$STARTUP_RUNS AOT=$AOT${SCENARIOS_OVERRIDE:+ SCENARIOS='$SCENARIOS_OVERRIDE'} benchmarks/load.sh ${RUN[*]}"
  echo "Scenarios: $(for t in "${RUN[@]}"; do printf '%s=[%s] ' "$t" "$(scenarios_of "$t")"; done)page=GET /api/books/page?$PAGE_QUERY"
  echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency on CPU $LOAD_CPU; server on CPU $SERVER_CPU; warm-up ${WARMUP}s per scenario; JAVA_OPTS='$JAVA_OPTS'; AOT=$AOT"
  echo
  cat "$TABLE"
  for s in ${SKIPPED[@]+"${SKIPPED[@]}"}; do echo; echo "Not measured: $s"; done
  for s in ${STATUS_FAILURES[@]+"${STATUS_FAILURES[@]}"}; do echo; echo "FAILED (4xx/5xx): $s"; done
} | tee "$OUT_DIR/report.md"
[[ $FAILED -eq 0 ]] || exit 2
[[ ${#STATUS_FAILURES[@]} -eq 0 ]] || exit 3

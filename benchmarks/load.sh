#!/usr/bin/env bash
# Load comparison of HTTP servers serving the Books contract: Kunai's Books app vs the hand-written baseline
# ("the limit"), each as a separate JVM pinned to one CPU, driven by wrk pinned to another.
#
#   ./mvnw -q -pl benchmarks -am package -DskipTests   # build first (or pass --build)
#   benchmarks/load.sh                     # all targets (baseline kunai), default durations
#   WARMUP=5 DURATION=5 ROUNDS=1 benchmarks/load.sh baseline            # a quick smoke run of one target
#
# Start-up: per target, the median of STARTUP_RUNS starts (process start -> first 200 on /api/hello), one server
# at a time. Load: every target is started (each on its own port) and, per scenario (hello, list, page, create -
# create last, it grows the tables), the targets take turns: ROUNDS rounds, the order reversed every other round,
# each turn WARMUP s (first round) or REWARM s (later rounds) of discarded load, DURATION s measured with wrk,
# the JVM's CPU time and RSS. The targets of one round run seconds apart, so a drift of the host's speed lands on
# both sides of a ratio. Prints ONE markdown table (+ same-round Kunai/limit ratios and their medians) and keeps
# it with the raw outputs in benchmarks/target/load/<timestamp>/. Only 127.0.0.1; every step has a time limit;
# the servers are stopped on exit (trap).
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
WARMUP=${WARMUP:-40}                 # seconds of discarded load before a scenario's first round (Hibernate needs ~40 s of JIT on one CPU)
REWARM=${REWARM:-5}                  # seconds of discarded load before each later round (the other targets ran in between)
ROUNDS=${ROUNDS:-3}                  # measured rounds per scenario, the targets' order reversed every other round
DURATION=${DURATION:-15}             # seconds measured per scenario
THREADS=${THREADS:-2}                # wrk threads
CONNECTIONS=${CONNECTIONS:-32}       # wrk connections
PORT=${PORT:-18081}                  # the first target's port; the next ones get PORT + 1, PORT + 2, ... (all run at once)
STARTUP_RUNS=${STARTUP_RUNS:-3}      # measured starts per target (0: none); the median is reported
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

usage() {
  cat <<EOF
usage: benchmarks/load.sh [--build] [target...]     targets: ${ALL_TARGETS[*]}
          (default: ${DEFAULT_TARGETS[*]}, in that order)
  --build   package the targets' modules first (./mvnw -q -pl <modules> -am package -DskipTests)
env: WARMUP=$WARMUP REWARM=$REWARM ROUNDS=$ROUNDS DURATION=$DURATION THREADS=$THREADS CONNECTIONS=$CONNECTIONS PORT=$PORT STARTUP_RUNS=$STARTUP_RUNS AOT=$AOT
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
# Server lifecycle: every target has its own port (PORT, PORT + 1, ... in the order named) so that all of them can
# run at once during the load phase; PID_OF holds each running target's JVM.
# ------------------------------------------------------------------------------------------------------------
declare -A PID_OF=() LAUNCHER_OF=() PORT_OF=() AOT_OF=()
for i in "${!RUN[@]}"; do PORT_OF[${RUN[$i]}]=$((PORT + i)); done

STOP_WAIT=100   # tenths of a second a stopping server gets before SIGKILL (a training run writes its cache then)
stop_server() {  # target
  local target=$1 pid=${PID_OF[$1]:-} launcher=${LAUNCHER_OF[$1]:-}
  [[ -n "$pid" ]] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 "$STOP_WAIT"); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      log "server $pid ($target) ignored SIGTERM for $((STOP_WAIT / 10)) s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
  PID_OF[$target]=""
  if [[ -n "$launcher" ]]; then kill -TERM "$launcher" 2>/dev/null || true; wait "$launcher" 2>/dev/null || true; fi
  LAUNCHER_OF[$target]=""
  for _ in $(seq 1 50); do port_in_use "${PORT_OF[$target]}" || return 0; sleep 0.1; done
  log "WARNING: port ${PORT_OF[$target]} is still in use after stopping $target"
}
stop_all() { for t in "${!PID_OF[@]}"; do stop_server "$t"; done; }
trap stop_all EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
base_url() { echo "http://127.0.0.1:${PORT_OF[$1]}"; }
# Every target's port must be free before anything starts (a run that stops at the second target's port would
# have measured the first one's start-up for nothing).
for t in "${RUN[@]}"; do
  port_in_use "${PORT_OF[$t]}" \
    && die "port ${PORT_OF[$t]} (target $t) is already in use; set PORT=<free port> (targets use PORT, PORT + 1, ...)"
done

# Starts target $1 pinned to SERVER_CPU on its port (log in $2, its AOT cache if trained); sets PID_OF[$1] and
# STARTUP_MS (launch -> first 200), or returns 1 with the reason in FAILURE.
STARTUP_MS=""
FAILURE=""
start_server() {
  local target=$1 server_log=$2 port=${PORT_OF[$1]} started now code pid
  port_in_use "$port" && die "port $port (target $target) is already in use; set PORT=<free port> (targets use PORT, PORT + 1, ...)"
  started=$(date +%s%N)
  ( taskset -pc "$SERVER_CPU" "$BASHPID" >/dev/null; AOT_OPTS=${AOT_OF[$target]:-}; "target_$target" "$port" ) \
    >"$server_log" 2>&1 &
  pid=$!
  PID_OF[$target]=$pid
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$(base_url "$target")/api/hello" || true)
    now=$(date +%s%N)
    [[ "$code" == 200 ]] && break
    if ! kill -0 "$pid" 2>/dev/null; then
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
  listener=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true)
  if [[ -n "$listener" && "$listener" != "$pid" ]]; then
    log "note: port $port is served by pid $listener, not the launched pid $pid; measuring and stopping $listener"
    LAUNCHER_OF[$target]=$pid
    PID_OF[$target]=$listener
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
scenario_url() {  # target scenario
  case "$2" in
    hello) echo "$(base_url "$1")/api/hello" ;;
    page) echo "$(base_url "$1")/api/books/page?$PAGE_QUERY" ;;
    *) echo "$(base_url "$1")/api/books/" ;;
  esac
}
scenario_script() { case "$1" in create) echo "$KUNAI_BENCH_WRK_DIR/create.lua" ;; *) echo "$KUNAI_BENCH_WRK_DIR/report.lua" ;; esac; }
scenario_check() {  # target scenario: one request before loading: the expected status, or a warning
  local code
  case "$2" in
    create) code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -X POST -H 'Content-Type: application/json' \
                 -d '{"title": "Check book", "tags": ["check"]}' "$(scenario_url "$1" create)" || true); [[ $code == 201 ]] ;;
    *) code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$(scenario_url "$1" "$2")" || true); [[ $code == 200 ]] ;;
  esac || log "WARNING: $1/$2 answered HTTP $code before the load; its errors column will show it"
}

field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<"$2"; }  # field name "KUNAI_RESULT a=1 b=2" -> value

run_wrk() {  # target scenario seconds output-file
  timeout $(( $3 + 60 )) taskset -c "$LOAD_CPU" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3s" --latency \
    -s "$(scenario_script "$2")" "$(scenario_url "$1" "$2")" >"$4" 2>&1 || { cat "$4" >&2; die "wrk failed for $1/$2"; }
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

log "targets: ${RUN[*]}; scenarios: $(for t in "${RUN[@]}"; do printf '%s=[%s] ' "$t" "$(scenarios_of "$t")"; done); warm-up ${WARMUP}s (then ${REWARM}s), measure ${DURATION}s, $ROUNDS round(s), wrk -t$THREADS -c$CONNECTIONS"
log "servers on CPU $SERVER_CPU (ports $PORT..$((PORT + ${#RUN[@]} - 1))), wrk on CPU $LOAD_CPU; outputs in $OUT_DIR"
# AOT=1: one training run of $1 (start, AOT_TRAIN s of every scenario, SIGTERM: the JVM writes the cache as it
# exits), then AOT_OF[$1] points every later start at the cache. Without a cache the target runs as usual.
train_aot() {
  local target=$1 cache="$OUT_DIR/$1.aot"
  AOT_OF[$target]="-XX:AOTCacheOutput=$cache"
  start_server "$target" "$OUT_DIR/$target-aot-training.log" || die "$target AOT training run failed: $FAILURE"
  for scenario in $(scenarios_of "$target"); do
    run_wrk "$target" "$scenario" "$AOT_TRAIN" "$OUT_DIR/$target-$scenario-aot-training.txt"
  done
  STOP_WAIT=$((AOT_DUMP_TIMEOUT * 10)) stop_server "$target"
  [[ -s "$cache" ]] || die "$target wrote no AOT cache (log: $OUT_DIR/$target-aot-training.log)"
  # AOTMode=on: a cache the JVM cannot use fails the start (the target is then "Not measured") instead of
  # silently measuring a start without it
  AOT_OF[$target]="-XX:AOTCache=$cache -XX:AOTMode=on"
  log "$target AOT cache: $(du -h "$cache" | cut -f1) (trained ${AOT_TRAIN}s per scenario)"
}

# The targets in the order of round $1: as named in odd rounds, reversed in even ones, so that a drift of the
# host's speed during a round counts against each target as often.
order_of_round() {  # round target...
  local round=$1; shift
  if (( round % 2 == 1 )); then printf '%s\n' "$@"; else printf '%s\n' "$@" | tac; fi
}
LIVE=()   # the targets that started; a target that fails to start is reported and left out
failed() { [[ " ${SKIPPED[*]} " == *" $1 ("* ]]; }   # target: it failed to start earlier in this run
fail_target() {  # target: the start just failed
  log "$1 FAILED: $FAILURE"
  stop_server "$1"
  SKIPPED+=("$1 (failed: $FAILURE)")
  FAILED=$((FAILED + 1))
}

if [[ $AOT -eq 1 ]]; then for target in "${RUN[@]}"; do train_aot "$target"; done; fi

# Start-up: STARTUP_RUNS starts per target, one at a time (nothing else running), the order alternated per run.
declare -A STARTUPS_OF=() STARTUP_OF=()
for i in $(seq 1 "$STARTUP_RUNS"); do
  for target in $(order_of_round "$i" "${RUN[@]}"); do
    failed "$target" && continue
    if ! start_server "$target" "$OUT_DIR/$target-server-$i.log"; then fail_target "$target"; continue; fi
    STARTUPS_OF[$target]+="$STARTUP_MS "
    log "$target start-up $i/$STARTUP_RUNS: $STARTUP_MS ms (pid ${PID_OF[$target]})"
    stop_server "$target"
  done
done
for target in "${RUN[@]}"; do
  failed "$target" && continue
  STARTUP_OF[$target]=0
  if [[ -n "${STARTUPS_OF[$target]:-}" ]]; then STARTUP_OF[$target]=$(printf '%s\n' ${STARTUPS_OF[$target]} | median); fi
done

# Load: every target runs at once (each idle while another is loaded), so that per scenario the targets take
# turns within seconds of each other rather than one whole half of the run after the other.
for target in "${RUN[@]}"; do
  failed "$target" && continue
  if ! start_server "$target" "$OUT_DIR/$target-server.log"; then fail_target "$target"; continue; fi
  log "$target started for the load in $STARTUP_MS ms (pid ${PID_OF[$target]}, port ${PORT_OF[$target]})"
  LIVE+=("$target")
done

measure() {  # target scenario round
  local target=$1 scenario=$2 round=$3 pid=${PID_OF[$1]} warm out ticks_before ticks rss load1 line
  warm=$WARMUP; [[ $round -eq 1 ]] || warm=$REWARM
  if [[ $round -eq 1 ]]; then scenario_check "$target" "$scenario"; fi
  if [[ $warm -gt 0 ]]; then
    log "$target/$scenario round $round: warming up ${warm}s"
    run_wrk "$target" "$scenario" "$warm" "$OUT_DIR/$target-$scenario-$round-warmup.txt"
    check_statuses "$target" "$scenario" "$OUT_DIR/$target-$scenario-$round-warmup.txt"
  fi
  log "$target/$scenario round $round: measuring ${DURATION}s"
  out="$OUT_DIR/$target-$scenario-$round.txt"
  ticks_before=$(cpu_ticks "$pid")
  run_wrk "$target" "$scenario" "$DURATION" "$out"
  ticks=$(( $(cpu_ticks "$pid") - ticks_before ))
  kill -0 "$pid" 2>/dev/null || die "$target died during $scenario (log: $OUT_DIR/$target-server.log)"
  rss=$(rss_mb "$pid")
  load1=$(cut -d' ' -f1 /proc/loadavg)   # 1-minute load average at the end of the measured window
  line=$(grep '^KUNAI_RESULT' "$out") || { cat "$out" >&2; die "no result line in $out"; }
  check_statuses "$target" "$scenario" "$out"
  local requests duration_us p50_us p99_us status_errors socket_errors rps cpu_us
  requests=$(field requests "$line"); duration_us=$(field duration_us "$line")
  p50_us=$(field p50_us "$line"); p99_us=$(field p99_us "$line")
  status_errors=$(field status_errors "$line"); socket_errors=$(field socket_errors "$line")
  rps=$(awk -v r="$requests" -v d="$duration_us" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
  # server CPU per request in the measured window: less sensitive than req/s to what else the machine runs
  cpu_us=$(awk -v t="$ticks" -v hz="$TICKS_PER_S" -v r="$requests" 'BEGIN { printf "%.1f", (r > 0 ? t * 1e6 / hz / r : 0) }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$scenario" "$rps" "$p50_us" "$p99_us" \
    "$status_errors" "$socket_errors" "${STARTUP_OF[$target]}" "$rss" "$load1" "$cpu_us" "$round" >>"$RESULTS"
  log "$target/$scenario round $round: $rps req/s, p50 ${p50_us}us, p99 ${p99_us}us, server CPU ${cpu_us}us/req, 4xx/5xx $status_errors, socket errors $socket_errors, RSS ${rss} MB, load ${load1}"
}

# Per scenario (in ALL_SCENARIOS order: create last, it grows the tables), ROUNDS rounds; in each round every
# target that runs the scenario is measured once, in the round's order.
for scenario in "${ALL_SCENARIOS[@]}"; do
  runners=()
  for target in ${LIVE[@]+"${LIVE[@]}"}; do
    [[ " $(scenarios_of "$target") " == *" $scenario "* ]] && runners+=("$target")
  done
  [[ ${#runners[@]} -gt 0 ]] || continue
  for round in $(seq 1 "$ROUNDS"); do
    for target in $(order_of_round "$round" "${runners[@]}"); do measure "$target" "$scenario" "$round"; done
  done
done
stop_all

# ------------------------------------------------------------------------------------------------------------
# The table: a row per (target, scenario, round), then target/limit ratios per scenario when the limit ran too -
# one row per round (same-round ratios) and, with ROUNDS > 1, the median of those ratios, which is the verdict.
# Targets (issue 6): req/s >= 0.9x, p99 <= 1.5x, start-up <= 1.5x, RSS <= 1.0x the limit's; no 4xx/5xx.
# Then target/reference ratios for targets with a compare_<target> ("reference [min req/s ratio]"), e.g.
# kunai-throttled / kunai: issue 13's "under 5 % loss" is req/s >= 0.95x.
# ------------------------------------------------------------------------------------------------------------
TABLE="$OUT_DIR/table.md"
COMPARES=""
for t in "${RUN[@]}"; do
  if declare -F "compare_$t" >/dev/null; then read -r ref min <<<"$("compare_$t")"; COMPARES+="$t:$ref:${min:--} "; fi
done
awk -F'\t' -v limit="$LIMIT_TARGET" -v compares="$COMPARES" -v rounds="$ROUNDS" '
  function ms(us) { return sprintf("%.2f", us / 1000) }
  function ratio(a, b) { return b > 0 ? a / b : -1 }
  function x(r) { return r >= 0 ? sprintf("%.2f×", r) : "n/a" }
  function med(key, m,   k, i, j, v, tmp) {   # median of the values ratios[key, 1..count[key]]
    m = count[key]; if (m == 0) return -1
    for (i = 1; i <= m; i++) v[i] = ratios[key, i]
    for (i = 2; i <= m; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { tmp = v[j]; v[j] = v[j - 1]; v[j - 1] = tmp }
    return (m % 2) ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
  }
  function add(key, r) { if (r >= 0) ratios[key, ++count[key]] = r }
  # one ratio row of target row i against reference row j; collects the ratios for the median row
  function row(i, j, label, verdict,   key) {
    key = label SUBSEP s[i]
    add(key SUBSEP "rps", ratio(rps[i], rps[j])); add(key SUBSEP "p50", ratio(p50[i], p50[j]))
    add(key SUBSEP "p99", ratio(p99[i], p99[j])); add(key SUBSEP "cpu", ratio(cpu[i], cpu[j]))
    add(key SUBSEP "up", ratio(up[i], up[j])); add(key SUBSEP "rss", ratio(rss[i], rss[j]))
    errors[key] += st[i]
    if (rounds > 1)
      printf "| **%s** | %s | %d | %s | %s | %s | %s | | | %s | %s | | |\n", label, s[i], rd[i], x(ratio(rps[i], rps[j])), \
        x(ratio(p50[i], p50[j])), x(ratio(p99[i], p99[j])), x(ratio(cpu[i], cpu[j])), x(ratio(up[i], up[j])), x(ratio(rss[i], rss[j]))
    if (!(key in seen)) { seen[key] = 1; keys[++nkeys] = key; verdicts[key] = verdict }
  }
  {
    n++; t[n] = $1; s[n] = $2; rps[n] = $3; p50[n] = $4; p99[n] = $5; st[n] = $6; so[n] = $7; up[n] = $8; rss[n] = $9; ld[n] = $10; cpu[n] = $11; rd[n] = $12
    R[$1, $2, $12] = n
  }
  END {
    print "| target | scenario | round | req/s | p50 ms | p99 ms | server CPU µs/req | 4xx/5xx | socket errors | start-up ms | RSS after MB | load (1 min) | targets |"
    print "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    for (i = 1; i <= n; i++)
      printf "| %s | %s | %d | %d | %s | %s | %s | %d | %d | %s | %d | %s | |\n", t[i], s[i], rd[i], rps[i], ms(p50[i]), ms(p99[i]), cpu[i], st[i], so[i], (up[i] > 0 ? up[i] : "n/a"), rss[i], ld[i]
    split(compares, pairs, " ")
    for (k in pairs) { split(pairs[k], c, ":"); ref[c[1]] = c[2]; minrps[c[1]] = c[3] }
    for (i = 1; i <= n; i++)
      if (t[i] != limit && (limit, s[i], rd[i]) in R) row(i, R[limit, s[i], rd[i]], t[i] " / " limit, "limit")
    for (i = 1; i <= n; i++)
      if ((t[i] in ref) && (ref[t[i]], s[i], rd[i]) in R) row(i, R[ref[t[i]], s[i], rd[i]], t[i] " / " ref[t[i]], minrps[t[i]])
    for (k = 1; k <= nkeys; k++) {
      key = keys[k]; split(key, part, SUBSEP); label = part[1]; split(label, names, " / ")
      r_rps = med(key SUBSEP "rps"); r_p99 = med(key SUBSEP "p99"); r_up = med(key SUBSEP "up"); r_rss = med(key SUBSEP "rss")
      verdict = verdicts[key]; miss = ""
      if (verdict == "limit") {
        if (r_rps < 0.9) miss = miss " req/s<0.9×;"
        if (r_p99 > 1.5) miss = miss " p99>1.5×;"
        if (r_up > 1.5) miss = miss " start-up>1.5×;"
        if (r_rss > 1) miss = miss " RSS>1×;"
        if (errors[key] > 0) miss = miss " 4xx/5xx responses;"
        note = miss == "" ? "met" : "MISSED:" miss
      } else {
        note = verdict == "-" ? "" : (r_rps >= verdict ? "req/s ≥ " verdict "×: met" : "MISSED: req/s < " verdict "×")
        if (errors[key] > 0) note = note " 4xx/5xx responses;"
      }
      printf "| **%s** | %s | %s | %s | %s | %s | %s | | | %s | %s | | %s |\n", label, part[2], (rounds > 1 ? "median of " rounds : "1"), \
        x(r_rps), x(med(key SUBSEP "p50")), x(r_p99), x(med(key SUBSEP "cpu")), x(r_up), x(r_rss), note
    }
  }' "$RESULTS" >"$TABLE"

{
  echo
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); nproc: $CPUS; JDK: $("$JAVA" -version 2>&1 | head -n 1); load average before/after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Command: WARMUP=$WARMUP REWARM=$REWARM ROUNDS=$ROUNDS DURATION=$DURATION THREADS=$THREADS CONNECTIONS=$CONNECTIONS STARTUP_RUNS=$STARTUP_RUNS AOT=$AOT${SCENARIOS_OVERRIDE:+ SCENARIOS='$SCENARIOS_OVERRIDE'} benchmarks/load.sh ${RUN[*]}"
  echo "Scenarios: $(for t in "${RUN[@]}"; do printf '%s=[%s] ' "$t" "$(scenarios_of "$t")"; done)page=GET /api/books/page?$PAGE_QUERY"
  echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency on CPU $LOAD_CPU; servers on CPU $SERVER_CPU; $ROUNDS round(s) per scenario, warm-up ${WARMUP}s then ${REWARM}s; JAVA_OPTS='$JAVA_OPTS'; AOT=$AOT"
  echo
  cat "$TABLE"
  for s in ${SKIPPED[@]+"${SKIPPED[@]}"}; do echo; echo "Not measured: $s"; done
  for s in ${STATUS_FAILURES[@]+"${STATUS_FAILURES[@]}"}; do echo; echo "FAILED (4xx/5xx): $s"; done
} | tee "$OUT_DIR/report.md"
[[ $FAILED -eq 0 ]] || exit 2
[[ ${#STATUS_FAILURES[@]} -eq 0 ]] || exit 3

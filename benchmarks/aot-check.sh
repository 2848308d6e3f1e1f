#!/usr/bin/env bash
# Quick check that load.sh's AOT path works (JDK 25+, JEP 483/514/515): for each target (default: kunai) it
# runs load.sh with AOT=1 and tiny durations - one training run (the JVM writes <target>.aot at exit), a measured
# start and the load phase's start, both with -XX:AOTCache=<target>.aot -XX:AOTMode=on (a cache the JVM cannot use
# fails the start), hello for 2 s - and
# checks the cache exists, the measured start (AOTMode=on: it fails when the cache cannot be used) logged no AOT
# error, and hello answered without errors; AOT warnings are printed as notes.
# The figures of this run are not results (no warm-up; see README.md for the real commands).
#   benchmarks/aot-check.sh [target...]          exit 0: the AOT path works for every target
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TARGETS=("$@")
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=(kunai)

fail() { echo "[aot-check] FAILED: $*" >&2; exit 1; }

AOT=1 AOT_TRAIN=2 WARMUP=0 DURATION=2 ROUNDS=1 STARTUP_RUNS=1 SCENARIOS=hello "$BENCH_DIR/load.sh" "${TARGETS[@]}" \
  || fail "load.sh exited $? (see its output above)"
OUT_DIR=$(ls -td "$BENCH_DIR"/target/load/*/ | head -n 1)
for target in "${TARGETS[@]}"; do
  [[ -s "$OUT_DIR/$target.aot" ]] || fail "$target: no AOT cache in $OUT_DIR"
  log="$OUT_DIR/$target-server-1.log"
  [[ -f "$log" ]] || fail "$target: no log of the measured start ($log)"
  # The start used the cache: with -XX:AOTMode=on a cache the JVM cannot map fails the start, and load.sh then
  # reports the target "Not measured" and exits 2. Warnings about parts of it (e.g. an adapter stub of the AOT
  # code cache not linked, seen on JDK 25.0.3) leave the rest in use: they are shown, not failed on.
  if grep -Ei '\[error\]\[(aot|cds)' "$log"; then fail "$target: the JVM reported an AOT cache error ($log)"; fi
  warnings=$(grep -Eic '\[warning\]\[(aot|cds)' "$log" || true)
  [[ "$warnings" -eq 0 ]] || echo "[aot-check] note: $target's measured start logged $warnings AOT warning(s) ($log)"
  grep -q "^| $target | hello | 1 | [1-9]" "$OUT_DIR/table.md" || fail "$target: no hello row with requests in $OUT_DIR/table.md"
  echo "[aot-check] $target: trained $(du -h "$OUT_DIR/$target.aot" | cut -f1) cache, started with it, served hello"
done
echo "[aot-check] OK ($OUT_DIR)"

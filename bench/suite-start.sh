#!/usr/bin/env bash
# The whole suite's start: ./run.sh as a user runs it, from the command to the moment the gateway and the three
# services all answer /q/health/ready, on a data folder of its own (.data/suite-start, removed before and after).
# Start 0 is a first start (an empty folder: PostgreSQL initialised, the three databases migrated and seeded, and the
# applications' JDK AOT caches recorded, which the suite writes when it stops); the next ones are restarts on the
# existing folder, as a user restarts the suite, until N of them had all four AOT caches (at most N + 4 restarts).
# Per start: seconds until each application is ready and until all are, the CPU seconds the suite's processes
# (launcher, PostgreSQL, the four JVMs) used until then, and how many applications started from an AOT cache.
#
#   bench/suite-start.sh          # a first start + restarts until 5 with every cache (about 4 minutes)
#   bench/suite-start.sh 3        # … until 3 with every cache
#
# Environment: BENCH_KEEP_DATA (set: keep .data/suite-start, its logs included, after the run), BENCH_OUT (bench/results/<UTC date>-suite-start), BENCH_LOCK (/tmp/ksr-maven.lock: held for the whole
# run so that no build overlaps a measurement; empty: none), KSR_JVM_OPTS (passed to ./run.sh unchanged: its default
# options when unset). The jars must be built (./mvnw -DskipTests install, or ./run.sh once).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
# the JDK 25 the suite runs on, found as ./run.sh finds it (for the report's JDK line)
. .mvn/jdk.sh

. bench/beside.sh
beside_lock "$@"

RESTARTS=${1:-5}
DATA=$ROOT/.data/suite-start
OUT=${BENCH_OUT:-bench/results/$(date -u +%Y-%m-%d)-suite-start}
TICKS=$(getconf CLK_TCK)
APPS=(gateway events agreements recognition)
declare -A MGMT=([gateway]=29180 [events]=29181 [agreements]=29182 [recognition]=29183)
export KSR_DATA_DIR=$DATA KSR_PG_PORT=26432 \
  KSR_GATEWAY_PORT=28180 KSR_EVENTS_PORT=28181 KSR_AGREEMENTS_PORT=28182 KSR_RECOGNITION_PORT=28183 \
  KSR_GATEWAY_MANAGEMENT_PORT=${MGMT[gateway]} KSR_EVENTS_MANAGEMENT_PORT=${MGMT[events]} \
  KSR_AGREEMENTS_MANAGEMENT_PORT=${MGMT[agreements]} KSR_RECOGNITION_MANAGEMENT_PORT=${MGMT[recognition]}

for j in launcher/target/launcher-1.0.0-SNAPSHOT.jar {events-service,agreements-service,recognition-service,gateway}/target/quarkus-app/quarkus-run.jar; do
  [ -f "$j" ] || { echo "suite-start: $j is missing; build first (./mvnw -DskipTests install)" >&2; exit 1; }
done

launcher=""
cleanup() {
  if [ -n "$launcher" ] && kill -0 "$launcher" 2>/dev/null; then
    kill -TERM "$launcher" 2>/dev/null || true
    wait_gone "$launcher" 120 || pkill -KILL -s "$launcher" 2>/dev/null || true
  fi
  [ -n "${BENCH_KEEP_DATA:-}" ] || rm -rf "$DATA"
}
trap cleanup EXIT

# the processes of the suite's session (./run.sh is started with setsid: its session id is its pid)
session_pids() { ps -e -o pid=,sess= | awk -v s="$1" '$2 == s {print $1}'; }

wait_gone() { # session, seconds
  local i
  for i in $(seq 1 $(($2 * 10))); do
    [ -z "$(session_pids "$1")" ] && return 0
    sleep 0.1
  done
  return 1
}

cpu_seconds() { # session: user + system time of its live processes
  local total=0 p t
  for p in $(session_pids "$1"); do
    t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)
    total=$((total + t))
  done
  awk -v t="$total" -v k="$TICKS" 'BEGIN {printf "%.1f", t / k}'
}

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}'; }

rm -rf "$DATA"
mkdir -p "$OUT"
{
  echo "# The whole suite's start (bench/suite-start.sh)"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "KSR_JVM_OPTS: ${KSR_JVM_OPTS:-(the defaults of ./run.sh)}"
  echo
  echo "| start | AOT caches | all ready (s) | gateway | events | agreements | recognition | CPU until all ready (s) | ./run.sh's own \"Ready in\" (s) |"
  echo "|---|---|---|---|---|---|---|---|---|"
} > "$OUT/suite-start.md"

run=0 complete=0
while [ "$complete" -lt "$RESTARTS" ] && [ "$run" -le $((RESTARTS + 4)) ]; do
  caches=$( (find "$DATA/aot" -name '*.aot' -size +0 2>/dev/null || true) | wc -l)
  [ "$caches" -lt 4 ] || complete=$((complete + 1))
  t0=$(now)
  setsid ./run.sh > "$OUT/suite-start-$run.log" 2>&1 &
  launcher=$!
  declare -A ready=()
  while [ ${#ready[@]} -lt ${#APPS[@]} ]; do
    kill -0 "$launcher" 2>/dev/null || { echo "suite-start: ./run.sh exited; see $OUT/suite-start-$run.log" >&2; exit 1; }
    for a in "${APPS[@]}"; do
      if [ -z "${ready[$a]:-}" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${MGMT[$a]}/q/health/ready")" = 200 ]; then
        ready[$a]=$(since "$t0")
      fi
    done
    if [ ${#ready[@]} -lt ${#APPS[@]} ] && awk -v x="$(since "$t0")" 'BEGIN {exit !(x > 300)}'; then
      echo "suite-start: not ready in 300 s; see $OUT/suite-start-$run.log" >&2; exit 1
    fi
    sleep 0.02
  done
  all=$(since "$t0")
  cpu=$(cpu_seconds "$launcher")
  # stop only once the launcher itself saw every application ready: it keeps a new AOT cache only from a start it
  # saw become ready (it polls them one after the other, so it may see the last one a little later than this script)
  for _ in $(seq 1 600); do grep -q "^Ready in" "$OUT/suite-start-$run.log" && break; sleep 0.1; done
  said=$(sed -n 's/^Ready in \([0-9]*\) ms.*/\1/p' "$OUT/suite-start-$run.log")
  label=$([ "$run" = 0 ] && echo "0 (first: empty folder)" || echo "$run (restart)")
  echo "| $label | $caches of 4 | **$all** | ${ready[gateway]} | ${ready[events]} | ${ready[agreements]} | ${ready[recognition]} | $cpu | $(awk -v m="${said:-0}" 'BEGIN {printf "%.2f", m / 1000}') |" >> "$OUT/suite-start.md"
  echo "start $label ($caches of 4 AOT caches): all ready after $all s (CPU $cpu s)"
  unset ready
  kill -TERM "$launcher"
  # the first stop writes the AOT caches (up to a minute)
  wait_gone "$launcher" 150 || { echo "suite-start: the suite did not stop" >&2; exit 1; }
  launcher=""
  run=$((run + 1))
done
{
  echo
  echo "Ready = /q/health/ready answering 200 on the application's management port, polled every 20 ms from the moment"
  echo "./run.sh was started. AOT caches = the applications that started from their JDK AOT cache (./run.sh records an"
  echo "application's cache during its first start after a build and keeps it when that run stops cleanly)."
} >> "$OUT/suite-start.md"
cat "$OUT/suite-start.md"

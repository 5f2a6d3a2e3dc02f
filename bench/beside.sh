# Sourced by the bench scripts: beside_lock by all of them (run.sh, suite-start.sh, jar-ab.sh,
# gateway-event-loops.sh), beside_app by those that measure beside a running suite (gateway-event-loops.sh, jar-ab.sh).
#
# beside_lock "$@": re-runs the calling script under the build lock (BENCH_LOCK, default /tmp/ksr-maven.lock; empty:
# none), so that no build overlaps a measurement. -o: the processes the script starts (PostgreSQL, the applications)
# do not inherit the lock's descriptor, so a leftover process never keeps the lock.
beside_lock() {
  if [ -n "${BENCH_LOCK-/tmp/ksr-maven.lock}" ] && [ -z "${BENCH_LOCKED:-}" ]; then
    exec env BENCH_LOCKED=1 flock -o "${BENCH_LOCK:-/tmp/ksr-maven.lock}" "$0" "$@"
  fi
}

# beside_app MODULE: sets java (the running MODULE's JDK) and envs (its KSR_, QUARKUS_ and MP_ environment but its
# ports), so that a copy started with them talks to the same database and services as the running one.
beside_app() {
  local pid
  pid=$(pgrep -f "$1/target/quarkus-app/quarkus-run.jar" | head -1) || { echo "no running $1 (start ./run.sh)" >&2; exit 1; }
  java=$(readlink -f /proc/"$pid"/exe)
  mapfile -t envs < <(tr '\0' '\n' < /proc/"$pid"/environ | grep -E '^(KSR|QUARKUS|MP)_' | grep -vE '^QUARKUS_(HTTP|MANAGEMENT)_PORT=')
}

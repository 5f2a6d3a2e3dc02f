#!/usr/bin/env bash
# Compares the read throughput of two builds of events-service (or of the gateway) side by side (for example a
# packaging, JVM-option or read-path change: two quarkus-run.jar files, each with its own lib/ and app/ beside it),
# against the same database and services.
#
#   ./run.sh &                                        # the suite, as it runs (the app's environment is reused)
#   cp -r events-service/target/quarkus-app /tmp/before    # … change and rebuild …
#   bench/jar-ab.sh /tmp/before/quarkus-run.jar events-service/target/quarkus-app/quarkus-run.jar
#   BENCH_APP=gateway bench/jar-ab.sh /tmp/gw-before/quarkus-run.jar gateway/target/quarkus-app/quarkus-run.jar
#
# Each jar is started in turn on port 28095 (management 29095) with the running app's environment and
# KSR_JVM_OPTS (./run.sh's defaults), without an AOT cache (the steady state does not depend on it), warmed for
# BENCH_WARMUP (20s) per endpoint, then measured BENCH_ROUNDS times (2) for BENCH_DURATION (10s) with wrk -t2 -c16:
# one event, a list page of 50 (the gateway: the timeline page of 50) and the 304 for the event (If-None-Match with
# its ETag); for the gateway also, in the same round, the same event and a list page of 50 direct from the running
# events-service, the anchors of the gateway's ratios. The two jars alternate BENCH_CYCLES times (2), so that whatever
# else runs on the machine weighs on both. The started copies are stopped on exit, on success and on failure.
# BENCH_ENV: more environment for both copies, e.g. BENCH_ENV=KSR_READ_CACHE_ENABLED=false to compare what a page
# costs to build (every read uncached).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] && [ -f "$1" ] && [ -f "$2" ] || { echo "usage: bench/jar-ab.sh A/quarkus-run.jar B/quarkus-run.jar (two existing jars)" >&2; exit 2; }
DUR=${BENCH_DURATION:-10s}
WARM=${BENCH_WARMUP:-20s}
ROUNDS=${BENCH_ROUNDS:-2}
CYCLES=${BENCH_CYCLES:-2}
. bench/beside.sh
beside_lock "$@"
APP=${BENCH_APP:-events-service}
beside_app "$APP"
pid=
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true' EXIT
base=http://localhost:28095/api/v1
measure() { wrk -t2 -c16 -d"$2" "${@:3}" "$1" | awk '/Requests\/sec/ {printf "%.0f", $2}'; }
for c in $(seq 1 "$CYCLES"); do
  for label in A B; do
    jar=$1; [ $label = B ] && jar=$2
    jar=$(readlink -f "$jar")
    # from the module's folder, as ./run.sh starts it
    # shellcheck disable=SC2086
    (cd "$APP" && exec env "${envs[@]}" ${BENCH_ENV:-} QUARKUS_HTTP_PORT=28095 QUARKUS_MANAGEMENT_PORT=29095 "$java" \
      ${KSR_JVM_OPTS:--Xms16m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=20 -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=2000} \
      -jar "$jar" > /dev/null 2>&1) &
    pid=$!
    for _ in $(seq 1 120); do curl -sf -o /dev/null localhost:29095/q/health/ready && break; sleep 0.5; done
    slug=$(curl -s -H 'Accept: application/json' "$base/events?limit=1&fields=slug" | sed -E 's/.*"slug":"([^"]+)".*/\1/')
    one=$base/events/$slug list="$base/events?limit=50" direct=
    if [ "$APP" = gateway ]; then
      list="$base/timeline?limit=50"
      direct=$(printf '%s\n' "${envs[@]}" | sed -n 's/^KSR_GATEWAY_EVENTS_URL=//p')/api/v1
    fi
    etag=$(curl -s -o /dev/null -D - "$one" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
    measure "$one" "$WARM" > /dev/null; measure "$list" "$WARM" > /dev/null
    measure "$one" "$WARM" -H "If-None-Match: $etag" > /dev/null
    for r in $(seq 1 "$ROUNDS"); do
      anchors=
      if [ -n "$direct" ]; then
        anchors=", direct from events-service: one event $(measure "$direct/events/$slug" "$DUR") req/s, list page of 50 $(measure "$direct/events?limit=50" "$DUR") req/s"
      fi
      echo "cycle $c $label ($jar) round $r: one event $(measure "$one" "$DUR") req/s, ${list##*/} $(measure "$list" "$DUR") req/s, 304 for the event $(measure "$one" "$DUR" -H "If-None-Match: $etag") req/s$anchors"
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  done
done

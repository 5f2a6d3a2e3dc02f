#!/usr/bin/env bash
# Compares the memory of events-service (or of the gateway) under two sets of JVM options (for example a heap, GC or
# native-memory setting), side by side, against the same database and services: RSS when idle, after a load and at its
# peak, the JVM's own account of it after the load (Native Memory Tracking), and the load's requests per second, so
# that a saving that costs throughput shows.
#
#   ./run.sh &                                        # the suite, as it runs (the app's environment is reused)
#   bench/memory-ab.sh "-Xmx256m -XX:+UseSerialGC" "-Xmx256m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=2000"
#   BENCH_APP=gateway bench/memory-ab.sh "…" "…"
#
# Each option set is started in turn on port 28095 (management 29095) with the running app's environment, the
# running app's AOT cache when there is one ($KSR_DATA_DIR/aot/<app>.aot: the JVM maps it whatever these options, it
# checks only the GC and pointer sizes) and -XX:NativeMemoryTracking=summary. Idle RSS is read 10 s after ready; then
# wrk -t2 -c16 for BENCH_DURATION (10s) on each of: the first 50 events one by one, and the first 20 pages of 50 of
# the list (the gateway: of the timeline), by their cursors, each once to warm up and once measured; RSS 5 s after the load, peak RSS (VmHWM), NMT's summary
# (the areas of 4 MB or more, committed). The two sets alternate BENCH_CYCLES times (2). BENCH_ENV: more environment
# for both copies, e.g. BENCH_ENV=KSR_READ_CACHE_ENABLED=false (every page built: the heaviest load). The started
# copies are stopped and the path lists removed on exit, on success and on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bench/memory-ab.sh \"JVM options A\" \"JVM options B\"" >&2; exit 2; }
DUR=${BENCH_DURATION:-10s}
CYCLES=${BENCH_CYCLES:-2}
. bench/beside.sh
beside_lock "$@"
APP=${BENCH_APP:-events-service}
beside_app "$APP"
pid=
data=$(printf '%s\n' "${envs[@]}" | sed -n 's/^KSR_DATA_DIR=//p')
aot=
[ -n "$data" ] && [ -f "$data/aot/$APP.aot" ] && aot=-XX:AOTCache=$(readlink -f "$data/aot/$APP.aot")
jcmd=$(dirname "$java")/jcmd
base=http://localhost:28095/api/v1
rss() { awk -v k="$2" '$1 == k":" {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
measure() { wrk -t2 -c16 -d"$DUR" -s bench/paths.lua http://localhost:28095 -- "$1" | awk '/Requests\/sec/ {printf "%.0f", $2}'; }
paths=$(mktemp -d)
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; rm -rf "$paths"' EXIT
for c in $(seq 1 "$CYCLES"); do
  for label in A B; do
    opts=$1; [ $label = B ] && opts=$2
    # shellcheck disable=SC2086
    (cd "$APP" && exec env "${envs[@]}" ${BENCH_ENV:-} QUARKUS_HTTP_PORT=28095 QUARKUS_MANAGEMENT_PORT=29095 "$java" \
      $opts $aot -XX:NativeMemoryTracking=summary -jar target/quarkus-app/quarkus-run.jar > /dev/null 2>&1) &
    pid=$!
    for _ in $(seq 1 120); do curl -sf -o /dev/null localhost:29095/q/health/ready && break; sleep 0.5; done
    sleep 10
    idle=$(rss "$pid" VmRSS)
    # the paths of the load, from what the copy serves
    one=$base/events list=$base/events
    [ "$APP" = gateway ] && list=$base/timeline
    curl -s "$one?limit=50&fields=slug" | grep -o '"slug":"[^"]*"' | sed -E "s#\"slug\":\"([^\"]+)\"#${one#http://localhost:28095}/\1#" > "$paths/one.txt"
    : > "$paths/list.txt"; url="$list?limit=50"
    for _ in $(seq 1 20); do
      echo "${url#http://localhost:28095}" >> "$paths/list.txt"
      next=$(curl -s -D - -o /dev/null "$url" | tr -d '\r' | sed -n 's/^[Ll]ink: <\([^>]*\)>; rel="next".*/\1/p')
      [ -n "$next" ] || break
      url=$next; case "$url" in http*) ;; *) url=http://localhost:28095$url ;; esac
    done
    measure "$paths/one.txt" > /dev/null; measure "$paths/list.txt" > /dev/null    # warm-up
    r_one=$(measure "$paths/one.txt"); r_list=$(measure "$paths/list.txt")
    sleep 5
    after=$(rss "$pid" VmRSS); peak=$(rss "$pid" VmHWM)
    nmt=$("$jcmd" "$pid" VM.native_memory summary | awk '
      /^Total:/ {sub(/.*committed=/, ""); sub(/KB.*/, ""); printf "committed %.0f MB", $0 / 1024}
      /^ *malloc:/ {sub(/.*malloc: /, ""); sub(/KB.*/, ""); printf ", malloc %.0f", $0 / 1024}
      /^-/ && /committed=/ {name=$0; sub(/^- */, "", name); sub(/ *\(.*/, "", name); v=$0; sub(/.*committed=/, "", v); sub(/KB.*/, "", v)
        if (v / 1024 >= 4) printf ", %s %.0f", name, v / 1024}')
    echo "cycle $c $label [$opts]: idle $idle MB; load: one record $r_one req/s, list page of 50 $r_list req/s; after the load $after MB, peak $peak MB; NMT after the load: $nmt"
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  done
done

#!/usr/bin/env bash
# Compares the gateway's throughput with different numbers of Vert.x event loops, side by side against the same
# running services: a JFR profile of the gateway under the timeline shows most CPU samples in Netty's selector wakeup,
# i.e. requests handed from one event loop to another (a client connection's loop answering a request of another).
#
#   ./run.sh &                                   # the suite, as it runs (ports from its environment)
#   BENCH_LOCK=/tmp/ksr-maven.lock bench/gateway-event-loops.sh 1 2
#
# For each count given, a second gateway is started on 28090+count (management 29090+count) with the running gateway's
# environment and -Dquarkus.vertx.event-loops-pool-size=count; after a warm-up, the running gateway (Quarkus' default:
# 2 x cores) and each of them are measured in turn, BENCH_ROUNDS times (3), with wrk -t2 -c16 for BENCH_DURATION (8s):
# the timeline page of 50 and one event, plus the same event and a list page of 50 direct from events-service.
# The extra gateways are stopped at the end, on success and on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("${@:-1 2}")
GW_PORT=${KSR_GATEWAY_PORT:-8080}
EV_PORT=${KSR_EVENTS_PORT:-8081}
DUR=${BENCH_DURATION:-8s}
ROUNDS=${BENCH_ROUNDS:-3}
. bench/beside.sh
beside_lock "$@"
beside_app gateway
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
ports=("$GW_PORT")
for n in ${counts[*]}; do
  (cd gateway && exec env "${envs[@]}" QUARKUS_HTTP_PORT=$((28090 + n)) QUARKUS_MANAGEMENT_PORT=$((29090 + n)) \
    "$java" ${KSR_JVM_OPTS:--Xms16m -Xmx256m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=2000} \
    -Dquarkus.vertx.event-loops-pool-size="$n" -jar target/quarkus-app/quarkus-run.jar > /dev/null 2>&1) &
  pids+=($!)
  ports+=($((28090 + n)))
done
for p in "${ports[@]}"; do
  for _ in $(seq 1 60); do curl -sf -o /dev/null "localhost:$p/api/v1/timeline?limit=1" && break; sleep 1; done
done
slug=$(curl -s -H 'Accept: application/json' "localhost:$EV_PORT/api/v1/events?limit=1&fields=slug" \
  | grep -o '"slug":"[^"]*' | head -1 | cut -d'"' -f4)
rate() { wrk -t2 -c16 -d"$1" --latency "$2" | awk '/Requests\/sec/{r=$2} / 99%/{l=$2} END{print r, l}'; }
for _ in 1 2 3; do for p in "${ports[@]}"; do
  rate 6s "http://localhost:$p/api/v1/timeline?limit=50" > /dev/null; rate 4s "http://localhost:$p/api/v1/events/$slug" > /dev/null
done; done
echo "| round | gateway event loops | timeline req/s | timeline p99 | one event req/s | one event p99 |"
echo "|---|---|---|---|---|---|"
for r in $(seq 1 "$ROUNDS"); do
  for p in "${ports[@]}"; do
    loops=default; [ "$p" != "$GW_PORT" ] && loops=$((p - 28090))
    read -r tr tl < <(rate "$DUR" "http://localhost:$p/api/v1/timeline?limit=50")
    read -r gr gl < <(rate "$DUR" "http://localhost:$p/api/v1/events/$slug")
    echo "| $r | $loops | $tr | $tl | $gr | $gl |"
  done
  read -r dr dl < <(rate "$DUR" "http://localhost:$EV_PORT/api/v1/events/$slug")
  read -r lr ll < <(rate "$DUR" "http://localhost:$EV_PORT/api/v1/events?limit=50")
  echo "| $r | direct (events-service) | list page of 50: $lr | $ll | $dr | $dl |"
done

#!/usr/bin/env bash
# The benchmark of issue 9: start-up time, idle RSS and HTTP throughput/latency of the packaged suite, at several
# data volumes of events-service. Self-contained: builds the jars when missing, starts its own embedded PostgreSQL
# (data in .data/bench, the dev data in .data/ is untouched) and its own copies of the four apps on ports
# 18080–18083 (management interfaces, for readiness, on 19080–19083), loads synthetic events (bench/generate-events.sql, once per volume: the databases events_<N> are
# kept between runs), measures, and stops everything it started.
#
#   bench/run.sh                      # volumes 10000 and 1000000 (about 12 min; the first 1M load adds ~4 min)
#   bench/run.sh 10000                # one volume
#
# Environment: BENCH_DURATION (10s), BENCH_WARMUP (5s: one warm-up window; windows repeat until the rate is steady,
# at most BENCH_WARMUP_MAX (6) of them), BENCH_CONNECTIONS (16), BENCH_STARTS (3 starts per app),
# BENCH_OUT (bench/results/<UTC date>), KSR_JVM_OPTS (-Xmx256m -XX:+UseSerialGC, as ./run.sh),
# BENCH_ALT_JVM_OPTS (when set: every app's start-up and idle RSS measured with these options too, first volume only),
# BENCH_LOCK (/tmp/mvn.lock: the whole run holds this lock so that no build overlaps a measurement; empty: none),
# BENCH_ONLY (startup: only the start-up and idle RSS measures of the first volume, a few minutes),
# BENCH_JFR (endpoint names, e.g. "get,list": a JFR profile of events-service during that endpoint's direct warm-up;
# "timeline@gateway": of the gateway during that endpoint's warm-up through it; summarised in jfr-<size>-<name>.txt;
# the measured run after it is not profiled).
# Needs wrk, psql and pgbench (Debian: apt-get install -y wrk postgresql-client).
#
# Per volume, two phases: with the services' read cache on (as shipped: repeated reads, 304s, the gateway), then
# events-service restarted with KSR_READ_CACHE_ENABLED=false (what a page costs to build: uncached list, searches,
# deep pages, the timeline over uncached events). Anchors in the same run: the static endpoint (/q/health/live on the
# management port), the OpenAPI document served from memory, and PostgreSQL's own rate for the same data as JSON
# (pgbench with bench/pgbench/*.sql). ratios.md puts the targets side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
# the JDK 25 the suite is built and run with, found as ./mvnw and ./run.sh find it
. .mvn/jdk.sh

. bench/beside.sh
beside_lock "$@"

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 1000000)
DATA=$ROOT/.data/bench
PG_PORT=25432
GW_PORT=18080 EV_PORT=18081 AG_PORT=18082 RC_PORT=18083
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-5s}
WARMUP_MAX=${BENCH_WARMUP_MAX:-6}
CONN=${BENCH_CONNECTIONS:-16}
STARTS=${BENCH_STARTS:-3}
# the suite launcher's defaults (launcher AppEnvironment.DEFAULT_JVM_OPTS)
JVM_OPTS=${KSR_JVM_OPTS:--Xms16m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=20 -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=2000}
# a JDK AOT cache per app, recorded by its first start and used by the next ones, as ./run.sh does (BENCH_AOT=false: none)
AOT=${BENCH_AOT:-true}
ALT_JVM_OPTS=${BENCH_ALT_JVM_OPTS:-}
ONLY=${BENCH_ONLY:-}
OUT=${BENCH_OUT:-bench/results/$(date -u +%Y-%m-%d)}
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres PGPASSWORD=postgres

for tool in wrk psql pgbench curl java; do
  command -v $tool >/dev/null || { echo "bench: $tool is needed (apt-get install -y wrk postgresql-client)" >&2; exit 1; }
done
mkdir -p "$OUT" "$DATA/logs" "$DATA/tmp" "$DATA/work"
WORK=$DATA/work
log() { echo "[bench $(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log"; }
: > "$OUT/run.log"

# ---------------------------------------------------------------- build when missing
jars=(launcher/target/launcher-1.0.0-SNAPSHOT.jar events-service/target/quarkus-app/quarkus-run.jar
      agreements-service/target/quarkus-app/quarkus-run.jar recognition-service/target/quarkus-app/quarkus-run.jar
      gateway/target/quarkus-app/quarkus-run.jar)
for j in "${jars[@]}"; do
  if [ ! -f "$j" ]; then
    log "building (./mvnw -DskipTests install)…"
    ./mvnw -B -q -DskipTests install
    break
  fi
done

# ---------------------------------------------------------------- processes we start, stopped on exit
declare -A PID START_NS AOT_MODE
DB_PID=
AOT_DIR=$DATA/aot
stop_app() {
  local name=$1 p=${PID[$1]:-} module waits=100
  module=$(module_of "$name")
  # a training run writes its AOT cache at exit: give it up to two minutes
  [ "${AOT_MODE[$name]:-}" = recording ] && waits=600
  local started=no
  if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then
    grep -q "started in" "$DATA/logs/$name.log" 2>/dev/null && started=yes
    kill "$p" 2>/dev/null || true
    for _ in $(seq 1 $waits); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
  fi
  # kept only from a start that became ready (a failed start would leave the cache of a failed start)
  if [ "${AOT_MODE[$name]:-}" = recording ] && [ "$started" = yes ] && [ -s "$AOT_DIR/$module.aot.recording" ]; then
    mv "$AOT_DIR/$module.aot.recording" "$AOT_DIR/$module.aot"
  fi
  PID[$name]= AOT_MODE[$name]=
}

# aot_option NAME: the AOT flag of NAME's next start (sets AOT_MODE): the cache recorded for this jar and these JVM
# options, or a recording of one (a training run), as the suite launcher does
aot_option() {
  local name=$1 module jar id
  module=$(module_of "$name"); jar=$module/target/quarkus-app/quarkus-run.jar
  if [ "$AOT" != true ]; then AOT_MODE[$name]=off; return; fi
  mkdir -p "$AOT_DIR"
  id="$(stat -c '%Y %s' "$jar") $(java -version 2>&1 | head -1) $JVM_OPTS"
  if [ -s "$AOT_DIR/$module.aot" ] && [ "$(cat "$AOT_DIR/$module.aot.id" 2>/dev/null)" = "$id" ]; then
    AOT_MODE[$name]=cache
    echo "-XX:AOTCache=$AOT_DIR/$module.aot"
  else
    rm -f "$AOT_DIR/$module.aot" "$AOT_DIR/$module.aot.recording"
    echo "$id" > "$AOT_DIR/$module.aot.id"
    AOT_MODE[$name]=recording
    echo "-XX:AOTCacheOutput=$AOT_DIR/$module.aot.recording"
  fi
}
cleanup() {
  for n in gateway events agreements recognition; do stop_app $n; done
  if [ -n "$DB_PID" ] && kill -0 "$DB_PID" 2>/dev/null; then
    kill "$DB_PID" 2>/dev/null || true
    wait "$DB_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- PostgreSQL (the suite launcher's db mode)
log "starting PostgreSQL on $PG_PORT (data in $DATA/postgres)"
KSR_DATA_DIR=$DATA KSR_PG_PORT=$PG_PORT ./run.sh db > "$DATA/logs/postgres.log" 2>&1 &
DB_PID=$!
for _ in $(seq 1 240); do psql -qAtc 'select 1' -d postgres >/dev/null 2>&1 && break; sleep 0.5; done
for _ in $(seq 1 60); do [ -f "$DATA/jwt/public.pem" ] && break; sleep 0.5; done
psql -qAtc 'select 1' -d postgres >/dev/null

# ---------------------------------------------------------------- apps
module_of() { case $1 in events) echo events-service ;; agreements) echo agreements-service ;;
  recognition) echo recognition-service ;; gateway) echo gateway ;; esac; }
port_of() { case $1 in events) echo $EV_PORT ;; agreements) echo $AG_PORT ;; recognition) echo $RC_PORT ;;
  gateway) echo $GW_PORT ;; esac; }
EVENTS_DB=events
EVENTS_EXTRA_ENV=()

# start_app NAME: spawns the packaged jar the way the suite launcher does (same env, same JVM options)
start_app() {
  local name=$1 module port
  module=$(module_of "$name"); port=$(port_of "$name")
  local env=(QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) QUARKUS_PROFILE=prod
             QUARKUS_SHUTDOWN_DELAY_ENABLED=false)
  if [ "$name" = gateway ]; then
    env+=(KSR_GATEWAY_EVENTS_URL=http://localhost:$EV_PORT KSR_GATEWAY_AGREEMENTS_URL=http://localhost:$AG_PORT
          KSR_GATEWAY_RECOGNITION_URL=http://localhost:$RC_PORT)
  else
    local db=$name
    [ "$name" = events ] && db=$EVENTS_DB && env+=("${EVENTS_EXTRA_ENV[@]}")
    env+=(QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/$db QUARKUS_DATASOURCE_USERNAME=postgres
          QUARKUS_DATASOURCE_PASSWORD=postgres MP_JWT_VERIFY_PUBLICKEY_LOCATION=$DATA/jwt/public.pem
          MP_JWT_VERIFY_ISSUER=https://ksrelations.org/dev)
  fi
  local aot
  aot_option "$name" > "$DATA/tmp/aot-$name"; aot=$(cat "$DATA/tmp/aot-$name")
  START_NS[$name]=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$module" && exec env "${env[@]}" java $JVM_OPTS $aot -jar target/quarkus-app/quarkus-run.jar) \
    > "$DATA/logs/$name.log" 2>&1 &
  PID[$name]=$!
}

# wait_ready NAME -> prints milliseconds from spawn to the first 200 of /q/health/ready (on the management port)
wait_ready() {
  local name=$1 port
  port=$(( $(port_of "$name") + 1000 ))
  for _ in $(seq 1 12000); do
    if ! kill -0 "${PID[$name]}" 2>/dev/null; then echo "bench: $name died, see $DATA/logs/$name.log" >&2; exit 1; fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/q/health/ready")" = 200 ]; then
      echo $(( ($(date +%s%N) - START_NS[$name]) / 1000000 ))
      return
    fi
    sleep 0.01
  done
  echo "bench: $name not ready in 120 s" >&2; exit 1
}

rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2/1024}' "/proc/${PID[$1]}/status"; }
# rss_split NAME -> "anon/file" MB: the process's own memory and the mapped files (the AOT cache, jars) it touched
rss_split() { awk '/^RssAnon/ {a=$2} /^RssFile/ {f=$2} END {printf "%.0f/%.0f", a/1024, f/1024}' "/proc/${PID[$1]}/status"; }
# start_cpu NAME -> CPU seconds the process used so far, as "total (main, C1, C2)": what the start cost beside its wall
# time (on two cores the JIT compilers' threads compete with the main thread that starts the application)
start_cpu() {
  local p=${PID[$1]} t comm ticks main=0 c1=0 c2=0 all=0
  for t in /proc/"$p"/task/*; do
    comm=$(cat "$t/comm" 2>/dev/null) || continue
    ticks=$(awk '{print $14 + $15}' "$t/stat" 2>/dev/null) || continue
    all=$((all + ticks))
    case $comm in java) main=$((main + ticks)) ;; "C1 CompilerThre") c1=$((c1 + ticks)) ;;
      "C2 CompilerThre") c2=$((c2 + ticks)) ;; esac
  done
  local hz; hz=$(getconf CLK_TCK)
  awk -v a=$all -v m=$main -v c1=$c1 -v c2=$c2 -v hz="$hz" 'BEGIN {printf "%.1f (%.1f, %.1f, %.1f)", a/hz, m/hz, c1/hz, c2/hz}'
}
hwm_mb() { awk '/^VmHWM/ {printf "%.0f", $2/1024}' "/proc/${PID[$1]}/status"; }
started_in() { sed -nE 's/.*started in ([0-9.]+)s.*/\1 s/p' "$DATA/logs/$1.log" | tail -1; }

# measure_start NAME LABEL: BENCH_STARTS starts in a row (the first one after a load is kept too), one line each
measure_start() {
  local name=$1 label=$2 i ms rss cpu split
  for i in $(seq 1 "$STARTS"); do
    stop_app "$name"
    start_app "$name"
    ms=$(wait_ready "$name")
    cpu=$(start_cpu "$name")
    sleep 5
    rss=$(rss_mb "$name")
    split=$(rss_split "$name")
    echo "| $label | $i | ${AOT_MODE[$name]} | $ms | $(started_in "$name") | $cpu | $rss | $split |" >> "$OUT/startup.md"
    log "start $label #$i (AOT ${AOT_MODE[$name]}): ready in $ms ms (Quarkus: $(started_in "$name")), CPU $cpu s, idle RSS $rss MB ($split anon/file)"
  done
}

# ---------------------------------------------------------------- wrk
# bench_one SIZE NAME VIA PORT PATHFILE
bench_one() {
  local size=$1 name=$2 via=$3 port=$4 file=$5 raw line profiled=no app=events jfr
  jfr=$name
  raw=$OUT/wrk-$size-$name-$via.txt
  # BENCH_JFR: "list" profiles events-service under the direct list reads, "timeline@gateway" the gateway under its own
  if [ "$via" = gateway ]; then app=gateway jfr=$name@gateway; fi
  if { [ "$via" = gateway ] || [ "$port" = "$EV_PORT" ]; } && [[ ",${BENCH_JFR:-}," == *",$jfr,"* ]]; then
    profiled=yes
    jcmd "${PID[$app]}" JFR.start name=bench settings=profile > /dev/null
  fi
  # warm-up until the rate is steady: windows of $WARMUP until one is within 10 % of the one before (at most
  # $WARMUP_MAX windows). The gateway's composite reads need far more than one window on this machine (JIT).
  local windows=() rate prev=0 w
  for ((w = 1; w <= WARMUP_MAX; w++)); do
    rate=$(wrk -t2 -c"$CONN" -d"$WARMUP" --timeout 10s -s bench/paths.lua "http://localhost:$port" -- "$file" |
      sed -nE 's/^BENCH .* rps=([0-9.]+).*/\1/p')
    windows+=("${rate:-0}")
    if [ "$w" -gt 1 ] && awk -v a="${rate:-0}" -v b="$prev" 'BEGIN { exit !(b > 0 && a >= 0.9 * b && a <= 1.1 * b) }'; then
      break
    fi
    prev=${rate:-0}
  done
  if [ $profiled = yes ]; then
    # an absolute path: jcmd's file name is the target JVM's, relative to its own working directory
    jcmd "${PID[$app]}" JFR.stop name=bench filename="$(realpath "$OUT")/jfr-$size-$jfr.jfr" > /dev/null || true
    jfr_summary "$OUT/jfr-$size-$jfr.jfr" > "$OUT/jfr-$size-$jfr.txt" || log "no JFR summary for $jfr"
  fi
  local reads0 cached0
  [ "$port" = "$EV_PORT" ] && reads0=$(cache_metric version_reads) && cached0=$(cache_metric requests)
  { echo "# wrk -t2 -c$CONN -d$DURATION --timeout 10s --latency -s bench/paths.lua http://localhost:$port -- $(basename "$file")"
    echo "# warm-up windows of $WARMUP (req/s): ${windows[*]}"
    echo "# first path: $(head -1 "$file")  ($(wc -l < "$file") paths)"
    wrk -t2 -c"$CONN" -d"$DURATION" --timeout 10s --latency -s bench/paths.lua "http://localhost:$port" -- "$file"
  } > "$raw"
  line=$(grep '^BENCH' "$raw")
  local rps p50 p99 non2xx err
  rps=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<< "$line")
  p50=$(sed -E 's/.* p50_ms=([0-9.]+).*/\1/' <<< "$line")
  p99=$(sed -E 's/.* p99_ms=([0-9.]+).*/\1/' <<< "$line")
  non2xx=$(sed -E 's/.* non2xx=([0-9]+).*/\1/' <<< "$line")
  err=$(sed -E 's/.* socket_errors=([0-9]+) timeouts=([0-9]+).*/\1+\2/' <<< "$line")
  echo "| $size | $name | $via | $rps | $p50 | $p99 | $non2xx | $err |" >> "$OUT/throughput.md"
  echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg); busiest other processes: $(ps -eo pid,pcpu,comm --sort=-pcpu --no-headers | head -4 | tr -s ' ' | paste -sd';')" >> "$raw"
  log "$size $name $via: $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx $non2xx"
  if [ "$port" = "$EV_PORT" ]; then
    local reads cached
    reads=$(( $(cache_metric version_reads) - reads0 )); cached=$(( $(cache_metric requests) - cached0 ))
    if [ "$cached" -gt 0 ]; then
      echo "| $size | $name | $cached | $reads | $(awk -v r="$reads" -v c="$cached" 'BEGIN {printf "%.3f", r / c}') |" >> "$OUT/version-reads.md"
    fi
  fi
}

# cache_metric version_reads|requests: events-service's read-cache counter (Prometheus, management port), summed
# over its lines ("name{labels} value", then maybe an exemplar whose last field is a timestamp)
cache_metric() {
  local pattern
  case $1 in version_reads) pattern='^ksr_read_cache_version_reads_total' ;; requests) pattern='^ksr_read_cache_requests_total' ;; esac
  { curl -s "http://localhost:$((EV_PORT + 1000))/q/metrics" || true; } | awk -v p="$pattern" '$0 ~ p {s += $2} END {printf "%d", s}'
}

# jfr_summary FILE: where the CPU samples of a JFR recording fall (top frames, and the share of samples whose stack
# passes through each layer)
jfr_summary() {
  local file=$1
  # bench/jfr-layers.tsv: a frame prefix and the layer it names, one a line
  jfr print --events jdk.ExecutionSample --stack-depth 96 "$file" | awk -F '\t' '
    NR == FNR { layers[$2] = $1; next }
    /jdk.ExecutionSample/ { if (n++) flush(); top = ""; stack = ""; next }
    /line:/ { split($0, w, " "); f = w[1]; if (top == "") top = f; stack = stack " " f }
    function flush() { tops[top]++; for (k in layers) if (index(stack, layers[k])) hit[k]++ }
    END { if (n) flush();
          printf "# %d CPU samples (jdk.ExecutionSample, settings=profile)\n\n## share of samples whose stack passes through (inclusive: a layer that calls the others counts their samples too)\n", n;
          for (k in hit) printf "%5.1f %%  %s\n", 100 * hit[k] / n, k;
          printf "\n## top frames\n"; fflush();
          for (t in tops) printf "%6d  %s\n", tops[t], t | "sort -rn | head -25";
          close("sort -rn | head -25") }' bench/jfr-layers.tsv -
}

# pg_one SIZE NAME SCRIPT: PostgreSQL's own rate for the same data (8 clients, like the issue's measurement)
pg_one() {
  local size=$1 name=$2 script=$3 raw maxid tps lat
  raw=$OUT/pgbench-$size-$name.txt
  maxid=$(psql -qAtc 'select max(id) from event' -d "$EVENTS_DB")
  pgbench -n -c 8 -j 2 -T "${DURATION%s}" -D maxid="$maxid" -f "$script" "$EVENTS_DB" > "$raw" 2>&1 || true
  tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$raw" | head -1)
  lat=$(sed -nE 's/^latency average = ([0-9.]+) ms.*/\1/p' "$raw" | head -1)
  echo "| $size | $name | postgres | ${tps:-?} | ${lat:-?} (avg) | | | |" >> "$OUT/throughput.md"
  log "$size $name (pgbench -c 8, $script): ${tps:-?} tx/s, average ${lat:-?} ms"
}

# tagged FILE PORT: the paths of FILE with their current ETag (path<TAB>etag), for the 304 rows
tagged() {
  local path tag
  while read -r path; do
    tag=$(curl -s -o /dev/null -D - "http://localhost:$2$path" | tr -d '\r' | sed -nE 's/^[Ee][Tt][Aa][Gg]: (.*)/\1/p')
    [ -n "$tag" ] && printf '%s\t%s\n' "$path" "$tag"
  done < "$1"
}

# ---------------------------------------------------------------- the run
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "command: bench/run.sh ${SIZES[*]}  (BENCH_DURATION=$DURATION BENCH_WARMUP=$WARMUP BENCH_CONNECTIONS=$CONN BENCH_STARTS=$STARTS BENCH_ONLY=$ONLY KSR_JVM_OPTS='$JVM_OPTS' BENCH_ALT_JVM_OPTS='$ALT_JVM_OPTS')"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD -- events-service gateway 2>/dev/null || echo ' (+ uncommitted changes in events-service/gateway)')"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "wrk: $(wrk -v 2>&1 | head -1)"
  echo "postgres: $(psql -qAtc 'select version()' -d postgres)"
} > "$OUT/machine.txt"
echo "| app | start # | AOT cache | ready (ms, spawn → /q/health/ready 200) | Quarkus \"started in\" | CPU s at ready: all (main, C1, C2) | idle RSS 5 s after ready (MB) | of it anon/file (MB) |" > "$OUT/startup.md"
echo "|---|---|---|---|---|---|---|---|" >> "$OUT/startup.md"
echo "| events | endpoint | via | req/s | p50 ms | p99 ms | non-2xx | socket errors+timeouts |" > "$OUT/throughput.md"
echo "|---|---|---|---|---|---|---|---|" >> "$OUT/throughput.md"
{ echo "| events | endpoint (direct) | requests through the read cache | dataset version reads | reads per request |"
  echo "|---|---|---|---|---|"; } > "$OUT/version-reads.md"
: > "$OUT/memory.md"

# the services the events volume does not change: migrated and seeded on their first start
start_app agreements; wait_ready agreements > /dev/null
start_app recognition; wait_ready recognition > /dev/null

for size in "${SIZES[@]}"; do
  EVENTS_DB=events_$size
  stop_app events
  if [ -z "$(psql -qAtc "select 1 from pg_database where datname = '$EVENTS_DB'" -d postgres)" ]; then
    psql -qc "create database $EVENTS_DB" -d postgres
  fi
  have=$(psql -qAtc "select count(*) from event where seed_hash = 'bench-synthetic'" -d "$EVENTS_DB" 2>/dev/null || echo 0)
  # migrate (Flyway) and seed on every volume, so the schema is the current code's
  start_app events; wait_ready events > /dev/null
  if [ "$have" != "$size" ]; then
    log "loading $size synthetic events into $EVENTS_DB (bench/generate-events.sql)…"
    stop_app events
    t0=$(date +%s)
    psql -q -v n="$size" -f bench/generate-events.sql -d "$EVENTS_DB" > "$OUT/generate-$size.txt" 2>&1
    log "loaded $size events in $(( $(date +%s) - t0 )) s"
  else
    psql -qc 'analyze' -d "$EVENTS_DB"
  fi
  stop_app events

  # start-up and idle RSS (the other apps idle meanwhile)
  measure_start events "events-service ($size events)"
  if [ "$size" = "${SIZES[0]}" ]; then
    measure_start agreements "agreements-service"
    measure_start recognition "recognition-service"
    measure_start gateway "gateway"
    if [ -n "$ALT_JVM_OPTS" ]; then
      # the same starts with other JVM options (BENCH_ALT_JVM_OPTS), then back to the default ones
      default_opts=$JVM_OPTS
      JVM_OPTS=$ALT_JVM_OPTS
      for n in events agreements recognition gateway; do measure_start $n "$(module_of $n) [$ALT_JVM_OPTS]"; done
      JVM_OPTS=$default_opts
      for n in events agreements recognition gateway; do stop_app $n; start_app $n; wait_ready $n > /dev/null; done
    fi
  fi
  if [ "$ONLY" = startup ]; then log "start-up only (BENCH_ONLY=startup): done"; exit 0; fi
  [ -n "${PID[gateway]:-}" ] || { start_app gateway; wait_ready gateway > /dev/null; }

  # request lists, drawn from the data (deterministic: fixed seeds)
  P=$OUT/paths-$size
  mkdir -p "$P"
  q="psql -qAt -d $EVENTS_DB"
  $q -c "select setseed(0.1); select '/api/v1/events/' || slug from event order by random() limit 500" | grep '^/' > "$P/get.txt"
  $q -c "select setseed(0.2); select '/api/v1/events?category=' || c || '&from=' || y || '&to=' || (y + 4)
         from (select (array['DIPLOMACY','NEGOTIATION','DECLARATION','CONSTITUTIONAL','AGREEMENT','LEGAL'])[1 + (g % 6)] c,
                      1990 + (g * 7) % 30 y from generate_series(1, 60) g) t" | grep '^/' > "$P/list.txt"
  words=(border dialogue police elections mitrovica ahtisaari trade energy church minister customs parliament
         bridge passport sanctions brussels protest referendum court municipalities)
  cats=(DIPLOMACY NEGOTIATION DECLARATION CONSTITUTIONAL AGREEMENT LEGAL)
  : > "$P/search.txt"; : > "$P/fsearch.txt"
  for i in "${!words[@]}"; do
    echo "/api/v1/events?q=${words[$i]}" >> "$P/search.txt"
    echo "/api/v1/events?q=${words[$i]}&category=${cats[$((i % 6))]}&from=$((1995 + i))&to=$((2005 + i))" >> "$P/fsearch.txt"
  done
  echo "/api/v1/events?q=kosovo" > "$P/search-common.txt"
  # deep pages: cursors (date order) at 80–95 % of the data, encoded the way api/Cursor encodes them
  $q -c "select setseed(0.3); with r as (select event_date, slug, row_number() over (order by event_date, slug) rn,
         count(*) over () n from event) select event_date || ' ' || slug from r
         where rn between n * 0.80 and n * 0.95 order by random() limit 100" | grep -E '^[0-9]' |
    while read -r d s; do
      printf '/api/v1/events?cursor=%s\n' "$(printf '{"o":"date","k":"%s","s":"%s"}' "$d" "$s" | base64 -w0 | tr '+/' '-_' | tr -d '=')"
    done > "$P/deep.txt"
  $q -c "select '/api/v1/timeline?from=' || (1990 + g % 34) || '-01-01' from generate_series(1, 40) g" | grep '^/' > "$P/timeline.txt"
  echo "/q/health/live" > "$P/static.txt"

  # EXPLAIN (ANALYZE, BUFFERS) of the queries behind the endpoints
  psql -q -d "$EVENTS_DB" -f bench/explain.sql > "$OUT/explain-$size.txt" 2>&1 || true

  tagged "$P/get.txt" $EV_PORT > "$P/get-304.txt"
  tagged "$P/list.txt" $EV_PORT > "$P/list-304.txt"
  tagged "$P/timeline.txt" $GW_PORT > "$P/timeline-304.txt"
  echo "/q/openapi" > "$P/openapi.txt"

  log "throughput at $size events, read cache on: wrk -t2 -c$CONN -d$DURATION (after a steady warm-up, windows of $WARMUP) per endpoint"
  bench_one "$size" static direct $((EV_PORT + 1000)) "$P/static.txt"
  bench_one "$size" static gateway $((GW_PORT + 1000)) "$P/static.txt"
  bench_one "$size" openapi direct $EV_PORT "$P/openapi.txt"
  bench_one "$size" get direct $EV_PORT "$P/get.txt"
  bench_one "$size" get gateway $GW_PORT "$P/get.txt"
  bench_one "$size" get-304 direct $EV_PORT "$P/get-304.txt"
  bench_one "$size" get-304 gateway $GW_PORT "$P/get-304.txt"
  bench_one "$size" list direct $EV_PORT "$P/list.txt"
  bench_one "$size" list gateway $GW_PORT "$P/list.txt"
  bench_one "$size" list-304 direct $EV_PORT "$P/list-304.txt"
  bench_one "$size" timeline gateway $GW_PORT "$P/timeline.txt"
  bench_one "$size" timeline-304 gateway $GW_PORT "$P/timeline-304.txt"
  pg_one "$size" pg-version bench/pgbench/version.sql
  pg_one "$size" pg-event bench/pgbench/event.sql
  pg_one "$size" pg-list bench/pgbench/list.sql
  pg_one "$size" pg-list-service bench/pgbench/list-service.sql
  for n in events gateway; do
    echo "| $size | $n (cache on) | $(rss_mb $n) | $(hwm_mb $n) |" >> "$OUT/memory.md"
  done

  log "throughput at $size events, events-service without its read cache (KSR_READ_CACHE_ENABLED=false)"
  EVENTS_EXTRA_ENV=(KSR_READ_CACHE_ENABLED=false)
  stop_app events; start_app events; wait_ready events > /dev/null
  bench_one "$size" list-uncached direct $EV_PORT "$P/list.txt"
  bench_one "$size" list-uncached gateway $GW_PORT "$P/list.txt"
  bench_one "$size" get-uncached direct $EV_PORT "$P/get.txt"
  bench_one "$size" search direct $EV_PORT "$P/search.txt"
  bench_one "$size" search gateway $GW_PORT "$P/search.txt"
  bench_one "$size" filtered-search direct $EV_PORT "$P/fsearch.txt"
  bench_one "$size" deep-page direct $EV_PORT "$P/deep.txt"
  bench_one "$size" deep-page gateway $GW_PORT "$P/deep.txt"
  bench_one "$size" search-kosovo direct $EV_PORT "$P/search-common.txt"
  bench_one "$size" timeline-uncached gateway $GW_PORT "$P/timeline.txt"
  EVENTS_EXTRA_ENV=()
  for n in events gateway; do
    echo "| $size | $n (cache off) | $(rss_mb $n) | $(hwm_mb $n) |" >> "$OUT/memory.md"
  done
  stop_app events; start_app events; wait_ready events > /dev/null
done
{ echo "| events | app | RSS after the load (MB) | peak RSS (VmHWM, MB) |"; echo "|---|---|---|---|"; cat "$OUT/memory.md"; } > "$OUT/memory.md.tmp"
mv "$OUT/memory.md.tmp" "$OUT/memory.md"
log "done; results in $OUT"

# ---------------------------------------------------------------- ratios (the targets, side by side, from this run)
awk -F'|' '
  function t(s) { gsub(/^ +| +$/, "", s); return s }
  NR > 2 { size = t($2); name = t($3); via = t($4); rps[size, name, via] = t($5); p99[size, name, via] = t($7)
           if (!(size in seen)) { seen[size] = 1; sizes[++ns] = size } }
  function r(a, b) { return (a == "" || b == "" || b + 0 == 0) ? "–" : sprintf("%.2f", a / b) }
  function row(label, target, a, b) { printf "| %s | %s | %s |\n", label, target, r(a, b) }
  END {
    print "| ratio | target | " (ns > 1 ? "" : "") "value |"
    print "|---|---|---|"
    for (i = 1; i <= ns; i++) {
      s = sizes[i]
      printf "| **%s events** | | |\n", s
      row("one event, repeated reads / static", "≥ 0.5", rps[s, "get", "direct"], rps[s, "static", "direct"])
      row("304 for one event / static", "≥ 0.5", rps[s, "get-304", "direct"], rps[s, "static", "direct"])
      row("list page of 50, repeated reads / static", "≥ 0.25", rps[s, "list", "direct"], rps[s, "static", "direct"])
      row("uncached list page / PostgreSQL building it as JSON (pgbench)", "≥ 1.0", rps[s, "list-uncached", "direct"], rps[s, "pg-list", "postgres"])
      row("uncached list page / PostgreSQL running the statements events-service sends for it (pgbench)", "(anchor)", rps[s, "list-uncached", "direct"], rps[s, "pg-list-service", "postgres"])
      row("uncached event / PostgreSQL building it as JSON (pgbench)", "(anchor)", rps[s, "get-uncached", "direct"], rps[s, "pg-event", "postgres"])
      row("timeline of 50 via gateway / direct list page", "≥ 0.5", rps[s, "timeline", "gateway"], rps[s, "list", "direct"])
      printf "| timeline p99 (ms) | ≤ 50 at 10,000 | %s |\n", p99[s, "timeline", "gateway"]
      row("one event via gateway / direct", "≥ 0.75", rps[s, "get", "gateway"], rps[s, "get", "direct"])
      row("list page via gateway / direct", "≥ 0.75", rps[s, "list", "gateway"], rps[s, "list", "direct"])
      row("uncached list page via gateway / direct", "≥ 0.75", rps[s, "list-uncached", "gateway"], rps[s, "list-uncached", "direct"])
      row("304 via gateway / direct", "≥ 0.75", rps[s, "get-304", "gateway"], rps[s, "get-304", "direct"])
      row("OpenAPI document from memory / static (scale)", "(≈ 0.34)", rps[s, "openapi", "direct"], rps[s, "static", "direct"])
    }
    if (ns > 1) {
      a = sizes[1]; b = sizes[ns]
      printf "| **%s vs %s events** | | |\n", b, a
      row("deep page p99, " b " / " a, "≤ 2", p99[b, "deep-page", "direct"], p99[a, "deep-page", "direct"])
      row("filtered search p99, " b " / " a, "≤ 2", p99[b, "filtered-search", "direct"], p99[a, "filtered-search", "direct"])
    }
  }' "$OUT/throughput.md" > "$OUT/ratios.md"
cat "$OUT/ratios.md" | tee -a "$OUT/run.log"

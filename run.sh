#!/usr/bin/env bash
# Runs the whole suite locally: an embedded PostgreSQL 17 (data kept in .data/, git-ignored) and the gateway plus
# the three services, seeded. Builds what is missing first. Ctrl-C or SIGTERM stops everything.
#
#   ./run.sh            build if needed, start everything, print URLs and an editor token
#   ./run.sh --rebuild  rebuild the applications first (after changing the code)
#   ./run.sh db         start only PostgreSQL on port 15432 (to run one service with quarkus:dev)
#
# Environment: KSR_DATA_DIR (default .data), KSR_PG_PORT (15432), KSR_GATEWAY_PORT (8080), KSR_EVENTS_PORT (8081),
# KSR_AGREEMENTS_PORT (8082), KSR_RECOGNITION_PORT (8083), the management ports (health, metrics)
# KSR_GATEWAY_MANAGEMENT_PORT (9080), KSR_EVENTS_MANAGEMENT_PORT (9081), KSR_AGREEMENTS_MANAGEMENT_PORT (9082),
# KSR_RECOGNITION_MANAGEMENT_PORT (9083), KSR_JVM_OPTS (per application JVM options). Logs go to $KSR_DATA_DIR/logs.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "Java 17 or newer is needed (java not found)." >&2
  exit 1
fi

rebuild=false
args=()
for a in "$@"; do
  case "$a" in
    --rebuild) rebuild=true ;;
    *) args+=("$a") ;;
  esac
done

jars=(launcher/target/launcher-1.0.0-SNAPSHOT.jar
      events-service/target/quarkus-app/quarkus-run.jar
      agreements-service/target/quarkus-app/quarkus-run.jar
      recognition-service/target/quarkus-app/quarkus-run.jar
      gateway/target/quarkus-app/quarkus-run.jar)
missing=false
for j in "${jars[@]}"; do [ -f "$j" ] || missing=true; done
if $rebuild || $missing; then
  echo "Building the applications (./mvnw package, tests skipped)…"
  ./mvnw -B -q -DskipTests package
fi

data="${KSR_DATA_DIR:-.data}"
mkdir -p "$data/tmp"
exec java -Djava.io.tmpdir="$data/tmp" -Dksr.root=. \
  -cp "launcher/target/launcher-1.0.0-SNAPSHOT.jar:launcher/target/lib/*" \
  org.ksrelations.launcher.SuiteLauncher ${args[@]+"${args[@]}"}

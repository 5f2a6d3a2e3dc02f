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
# KSR_RECOGNITION_MANAGEMENT_PORT (9083), KSR_JVM_OPTS (per application JVM options; default: a 256 MB heap that starts
# at 16 MB and gives memory back, Serial GC, freed native memory trimmed every 2 s). Logs go to $KSR_DATA_DIR/logs.
#
# Runs on JDK 25 (.mvn/jdk.sh finds it). Each application gets a JDK AOT cache in $KSR_DATA_DIR/aot: the first start
# after a build records it (written when the suite stops, up to a minute), the next starts use it.
set -euo pipefail
cd "$(dirname "$0")"

# The JDK the suite is built and run with: Java 25 (JAVA_HOME, javac on the PATH, or one under /usr/lib/jvm).
. .mvn/jdk.sh
if ! command -v java >/dev/null 2>&1 || ! ksr_jdk_ok "${JAVA_HOME:-/nonexistent}"; then
  echo "A JDK 25 is needed: set JAVA_HOME to one (found: $(java -version 2>&1 | head -1))." >&2
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

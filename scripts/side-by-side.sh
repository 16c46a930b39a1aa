#!/usr/bin/env bash
# The lean path's measure: the product beside the bare Camunda engine (with and without authorization checks),
# alternating on one machine. Usage: scripts/side-by-side.sh [rounds] [cases] [warm-up cases]
# (the README's figures: 3 300 50; CI runs a small 1 30 10 to keep the script working).
# The product runs as scripts/server.sh starts a server (class-data archive, small-server flags); PRODUCT_PLAIN=1
# starts it with a bare `java -jar` instead, to see what the launcher saves. PRODUCT_JAVA_OPTS adds JVM flags.
# RUN_JAVA_HOME runs both sides on another JDK (the builds stay on the default one), e.g. JDK 25, where the
# launcher records an ahead-of-time cache instead of the class-data archive.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}" cases="${2:-300}" warmup="${3:-50}"
./mvnw -B -q -ntp -DskipTests -f bench/bare-engine/pom.xml package
jar=$(ls target/sandiao-*.jar 2>/dev/null | head -1 || true)
if [[ -z "$jar" || -n "$(find src pom.xml -newer "$jar" -print -quit)" ]]; then
  ./mvnw -B -q -ntp -DskipTests package
  jar=$(ls target/sandiao-*.jar | head -1)
fi
if [[ -n "${RUN_JAVA_HOME:-}" ]]; then
  export JAVA_HOME="$RUN_JAVA_HOME"
fi
launcher=()
if [[ -z "${PRODUCT_PLAIN:-}" ]]; then
  bash scripts/server.sh --prepare-only
  launcher=(--product-launcher scripts/server.sh)
fi
python3 bench/side_by_side.py --bare bench/bare-engine/target/bare-engine.jar --product "$jar" "${launcher[@]}" \
  --rounds "$rounds" --cases "$cases" --warmup "$warmup" --java-opts="${PRODUCT_JAVA_OPTS:-}" \
  --json target/side-by-side.json

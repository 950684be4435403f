#!/usr/bin/env bash
# Gazette against nginx: builds the jar, seeds a fresh database with N articles (gazette.seed.articles),
# restarts the app to time its startup and first (uncached) hits, then runs wrk on seven reader
# pages and nginx on saved copies of two of them, plain and gzip. Loopback only; stops all it starts.
# Usage: bench/run.sh [--size 100|10000|100000] [--postgres] [--no-build] [--no-aot] [--seed-only]
#        [--out FILE]     (default bench/results/<h2|postgres>-<size>.md)
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
SIZE=100 DB=h2 BUILD=1 AOT=1 SEED_ONLY=0 OUT=
while [ $# -gt 0 ]; do
  case $1 in
    --size) SIZE=$2; shift ;;
    --postgres) DB=postgres ;;
    --no-build) BUILD=0 ;;
    --no-aot) AOT=0 ;;
    --seed-only) SEED_ONLY=1 ;;
    --out) OUT=$2; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
  shift
done
OUT=${OUT:-$BENCH/results/$DB-$SIZE.md}
JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$JAVA" ] || JAVA=java
# The production settings (README "Running in production", src/main/docker/Dockerfile).
JVM_OPTS=${BENCH_JVM_OPTS:-"-Xms64m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m \
-XX:+UseSerialGC -Dserver.tomcat.threads.max=16 --enable-native-access=ALL-UNNAMED"}
PORT=${BENCH_PORT:-18180} NGINX_PORT=${BENCH_NGINX_PORT:-18181}
DURATION=${BENCH_DURATION:-15s} WARMUP=${BENCH_WARMUP:-5s}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/gazette-bench.XXXXXX)
chmod 755 "$WORK"   # nginx's workers read the page copies as another user
source "$BENCH/lib.sh"
trap stop_all EXIT

[ "$BUILD" = 0 ] || (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
jar=$(ls "$ROOT"/target/gazette-*.jar | head -n 1)
"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$WORK/app" >/dev/null
APP_JAR=$(ls "$WORK"/app/gazette-*.jar)
AOT_OPTS=
if [ "$AOT" = 1 ] && "$JAVA" -XX:AOTMode=off -version >/dev/null 2>&1; then
  echo "AOT cache: a training run up to the refreshed context"
  # without the heap and metaspace limits, which leave the cache writer short of space
  "$JAVA" -XX:+UseSerialGC -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
    --server.port="$PORT" --management.server.port=0 --spring.datasource.url="jdbc:h2:file:$WORK/train/gazette" >"$WORK/train.log" 2>&1
  AOT_OPTS="-XX:AOTCache=$WORK/app.aot"
fi

export GAZETTE_DATA_DIR=$WORK/data
if [ "$DB" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS gazette_bench WITH (FORCE)"
  psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE gazette_bench"
  export SPRING_PROFILES_ACTIVE=postgres GAZETTE_DB_URL=jdbc:postgresql://127.0.0.1:5432/gazette_bench \
    GAZETTE_DB_USER=postgres GAZETTE_DB_PASSWORD=${PGPASSWORD:-}
fi

echo "Seeding $SIZE articles ($DB)"
seed_start=$(now)
start_app --gazette.seed.articles="$SIZE"
wait_200 "$BASE/actuator/health"
until grep -q 'Seed: ' "$WORK/app.log"; do
  kill -0 "$APP_PID" || { tail -30 "$WORK/app.log"; exit 1; }
  sleep 1
done
seed_line=$(grep 'Seed: ' "$WORK/app.log" | tail -n 1)
echo "${seed_line#*: } (whole first start $(millis "$seed_start" "$(now)") ms)"
hot=$(echo "$seed_line" | sed 's/.*most commented: //')
stop_app
if [ "$DB" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -d gazette_bench -qc "VACUUM ANALYZE"
fi
[ "$SEED_ONLY" = 0 ] || exit 0

echo "Starting on the seeded database"
start=$(now)
start_app
wait_200 "$BASE/actuator/health"
startup=$(millis "$start" "$(now)")
deep_page=$(( SIZE / 10 < 500 ? SIZE / 10 : 500 ))
declare -A URL=([home]=/ [article]=$hot [label]=/label/Politics [month]=/2025/12 [feed]=/feeds/posts/default
  [search]="/search?q=harbour+bridge")
PAGES=(home article label month deep feed search)
declare -A FIRST
for page in home article label month feed search; do
  FIRST[$page]=$(first_hit "$BASE${URL[$page]}")
done
# Page N as readers reach it: the "Older posts" link of page N-1 (a keyset cursor).
URL[deep]=$(curl -s "$BASE/?page=$(( deep_page - 1 ))" | tr '\n' ' ' | grep -o 'class="older"[^>]*href="[^"]*"' \
  | head -n 1 | sed 's/.*href="//; s/"$//; s/&amp;/\&/g')
[ -n "${URL[deep]}" ] || { echo "no Older posts link on page $(( deep_page - 1 ))"; exit 1; }
FIRST[deep]=$(first_hit "$BASE${URL[deep]}")
echo "startup ${startup} ms; first hits (ms): $(for p in "${PAGES[@]}"; do printf '%s=%s ' "$p" "${FIRST[$p]}"; done)"

mkdir -p "$WORK/nginx/www"
curl -s "$BASE${URL[home]}" -o "$WORK/nginx/www/home.html"
curl -s "$BASE${URL[article]}" -o "$WORK/nginx/www/article.html"
gzip -k -6 "$WORK/nginx/www/home.html" "$WORK/nginx/www/article.html"
start_nginx

declare -A R
for page in "${PAGES[@]}"; do
  warm "$BASE${URL[$page]}"
done
for page in "${PAGES[@]}"; do
  R[$page]=$(measure "$BASE${URL[$page]}")
  echo "$page ${URL[$page]}: ${R[$page]}"
done
GZ=(-H 'Accept-Encoding: gzip')
for page in home article; do
  curl -s -o /dev/null -D - "${GZ[@]}" "$BASE${URL[$page]}" | grep -qi '^content-encoding: gzip' \
    || { echo "the app did not gzip $page"; exit 1; }
  R[$page-gz]=$(measure "$BASE${URL[$page]}" "${GZ[@]}")
  warm "http://127.0.0.1:$NGINX_PORT/$page.html"
  R[nginx-$page]=$(measure "http://127.0.0.1:$NGINX_PORT/$page.html")
  R[nginx-$page-gz]=$(measure "http://127.0.0.1:$NGINX_PORT/$page.html" "${GZ[@]}")
  echo "$page: gzip ${R[$page-gz]}; nginx ${R[nginx-$page]}, gzip ${R[nginx-$page-gz]}"
done
rss=$(rss_mb "$APP_PID")

source "$BENCH/report.sh" >"$OUT"
cat "$OUT"

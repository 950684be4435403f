#!/usr/bin/env bash
# An article with pictures against the same article without: the demo site (H2) with the production
# JVM settings; two articles published through the editor with the same text, one with a featured
# picture and two library pictures in its body, one with neither; wrk on each, plain and gzip, twice in
# turn (readers get them from the page cache). Prints a Markdown table. Loopback only; stops all it starts.
# Usage: bench/media-pages.sh [--no-build]   (BENCH_DURATION, default 10s)
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
[ "${1:-}" = --no-build ] || (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$JAVA" ] || JAVA=java
JVM_OPTS=${BENCH_JVM_OPTS:-"-Xms64m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m \
-XX:+UseSerialGC -Dserver.tomcat.threads.max=16 --enable-native-access=ALL-UNNAMED"}
AOT_OPTS=
PORT=${BENCH_PORT:-18180}
DURATION=${BENCH_DURATION:-10s} WARMUP=${BENCH_WARMUP:-15s}   # the first 10 s ran at a third of the speed
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/gazette-media-pages.XXXXXX)
source "$BENCH/lib.sh"
trap stop_all EXIT
APP_JAR=$WORK/gazette.jar
cp "$(ls "$ROOT"/target/gazette-*.jar | head -n 1)" "$APP_JAR"   # a build meanwhile may replace it
PASSWORD=bench-$RANDOM-$RANDOM-password

GAZETTE_DATA_DIR=$WORK/data start_app --spring.profiles.active=demo --gazette.admin.password="$PASSWORD"
wait_200 "$BASE/actuator/health"
until grep -q 'Demo profile' "$WORK/app.log"; do kill -0 "$APP_PID"; sleep 1; done

JAR=(-s -c "$WORK/cookies" -b "$WORK/cookies")
csrf() { curl "${JAR[@]}" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4; }
curl "${JAR[@]}" -o /dev/null --data-urlencode username=admin --data-urlencode password="$PASSWORD" \
  --data-urlencode _csrf="$(csrf /login)" "$BASE/login"
form=$(curl "${JAR[@]}" "$BASE/admin/articles/new")
# Three of the demo's library pictures: the first featured, the other two in the body (their 960 px files).
ids=($(echo "$form" | grep -o '<input type="radio"[^>]*name="featuredId"[^>]*>' | grep -o 'value="[0-9][0-9]*"' \
  | cut -d'"' -f2 | head -n 3))
urls=($(echo "$form" | grep -o '/media/[^ "]*-960\.[a-z]*' | sort -u | head -n 3))
[ "${#ids[@]}" = 3 ] && [ "${#urls[@]}" -ge 3 ] || { echo "the demo library has fewer than 3 pictures"; exit 1; }
text() {
  for i in 1 2 3 4 5 6; do
    echo "Paragraph $i of the council's report on the harbour wall: the contractor finished the work in"
    echo "March, the cost stayed within the budget, and the path along the quay reopens next week."
    echo
    if [ "$1" = with ] && [ "$i" -le 2 ]; then echo "![Harbour wall, section $i](${urls[$i]})"; echo; fi
  done
}
# Publishes an article (title, with|without) and prints its permalink.
publish() {
  local featured=() edit
  [ "$2" = with ] && featured=(--data-urlencode featuredId="${ids[0]}" --data-urlencode featuredAlt="The harbour wall at dusk")
  edit=$(curl "${JAR[@]}" -L --data-urlencode _csrf="$(csrf /admin/articles/new)" --data-urlencode title="$1" \
    --data-urlencode body="$(text "$2")" --data-urlencode labels=Council --data-urlencode commentsOpen=true \
    "${featured[@]}" --data-urlencode action=publish "$BASE/admin/articles")
  echo "$edit" | grep -o 'href="/[0-9]\{4\}/[0-9]\{2\}/[^"]*"' | head -n 1 | cut -d'"' -f2
}
declare -A URL=([with]=$(publish "Harbour wall report, with pictures" with)
  [without]=$(publish "Harbour wall report, without pictures" without))
GZ=(-H 'Accept-Encoding: gzip')
echo "| article | URL | bytes (gzip) | images | req/s | p50 | p99 | load | gzip req/s | p50 | p99 | load |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
warm "$BASE${URL[with]}"
warm "$BASE${URL[without]}"
for kind in ${BENCH_ORDER:-with without with without}; do   # twice, in turn, to show the noise
  url=$BASE${URL[$kind]}
  page=$(curl -s "$url")
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$url")
  gz=$(curl -s -o /dev/null -w '%{size_download}' "${GZ[@]}" "$url")
  read -r rps p50 p99 load <<<"$(measure "$url")"
  read -r grps gp50 gp99 gload <<<"$(measure "$url" "${GZ[@]}")"
  echo "| $kind pictures | \`${URL[$kind]}\` | $bytes ($gz) | $(echo "$page" | grep -o '<img ' | wc -l) |" \
    "$rps | $p50 | $p99 | $load | $grps | $gp50 | $gp99 | $gload |"
done
echo
echo "Java: $("$JAVA" -version 2>&1 | sed -n 2p); JVM options: \`$JVM_OPTS\`; wrk -t2 -c64 -d$DURATION after a" \
  "$WARMUP warm-up; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

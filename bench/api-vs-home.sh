#!/usr/bin/env bash
# Content API list vs the HTML home page, both warm, with wrk on this machine: starts the jar on the demo
# site, signs in as the admin, makes a content key at /admin/integrations, then runs wrk against
# /api/v1/articles?key=… and / in turn (the key's rate limit lifted, so that every answer is a page of
# articles, not a 429). Usage: bench/api-vs-home.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-10}
CONNECTIONS=${2:-8}
PORT=${PORT:-18091}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -n "$(ls target/gazette-*.jar 2>/dev/null)" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
password="bench password $RANDOM$RANDOM"
GAZETTE_DATA_DIR="$work" GAZETTE_ADMIN_PASSWORD="$password" java -jar target/gazette-*.jar \
  --spring.profiles.active=demo --server.port="$PORT" --management.server.port=0 \
  --gazette.api.rate-limit=1000000000 >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 600); do grep -q "Demo profile" "$work/app.log" && break; sleep 0.5; done

jar="$work/cookies"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4; }
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | token)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$base/login"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/admin/integrations" | token)
key=$(curl -s -c "$jar" -b "$jar" --data-urlencode "name=bench" --data-urlencode "_csrf=$csrf" \
  "$base/admin/integrations" | grep -o 'gz_[A-Za-z0-9_-]*' | head -n 1)
[ -n "$key" ] || { echo "no content key made"; exit 1; }

api="$base/api/v1/articles?key=$key"
curl -sf -o /dev/null "$api" && curl -sf -o /dev/null "$base/"
run() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$1" | awk -v name="$2" \
  '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%-22s %9s req/s  p50 %s  p99 %s\n", name, rps, p50, p99}'; }
run "$base/" "home page (HTML)"  >/dev/null   # warm-up
run "$api" "API list (JSON)" >/dev/null
run "$base/" "home page (HTML)"
run "$api" "API list (JSON)"
echo "API list body: $(curl -s "$api" | wc -c) bytes; home page: $(curl -s "$base/" | wc -c) bytes"

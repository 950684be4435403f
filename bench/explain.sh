#!/usr/bin/env bash
# The plans of every statement the reader pages issue on PostgreSQL, as the app issues them:
# auto_explain (ANALYZE, BUFFERS) is switched on for the gazette_bench database, a fresh app
# (empty page cache) fetches each page once, and the plans it logged are written to bench/explain.md.
# Needs the seeded database: bench/run.sh --postgres --size 100000 --seed-only (or --seed N here).
# Needs read access to the server log (Debian: /var/log/postgresql/postgresql-<v>-main.log).
# Usage: bench/explain.sh [--seed N] [--out FILE]
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
OUT=$BENCH/explain.md
while [ $# -gt 0 ]; do
  case $1 in
    --seed) "$BENCH/run.sh" --postgres --seed-only --size "$2"; shift ;;
    --out) OUT=$2; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
  shift
done
PG=(psql -h 127.0.0.1 -U postgres -d gazette_bench -Atq)
LOG=${PG_LOG:-$(ls /var/log/postgresql/postgresql-*-main.log | head -n 1)}
JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$JAVA" ] || JAVA=java
PORT=${BENCH_PORT:-18180}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/gazette-explain.XXXXXX)
APP_PID=
articles=$("${PG[@]}" -c "SELECT COUNT(*) FROM articles")
cleanup() {
  [ -z "$APP_PID" ] || { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; }
  "${PG[@]}" -c "ALTER DATABASE gazette_bench RESET ALL" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
# The plans logged for gazette_bench since byte $1 of the server log.
plans_since() {
  tail -c +"$(( $1 + 1 ))" "$LOG" | awk '
    /^[0-9]{4}-[0-9]{2}-[0-9]{2} / { keep = ($0 ~ /@gazette_bench / && $0 ~ /duration: .* plan:/) }
    keep { sub(/^.*LOG: +/, ""); print }'
}
"${PG[@]}" <<'SQL'
ALTER DATABASE gazette_bench SET session_preload_libraries = 'auto_explain';
ALTER DATABASE gazette_bench SET auto_explain.log_min_duration = 0;
ALTER DATABASE gazette_bench SET auto_explain.log_analyze = on;
ALTER DATABASE gazette_bench SET auto_explain.log_buffers = on;
SQL

hot=$("${PG[@]}" -c "SELECT '/' || (a.publish_month / 100) || '/' || lpad((a.publish_month % 100)::text, 2, '0')
  || '/' || a.slug FROM articles a JOIN comments c ON c.article_id = a.id
  GROUP BY a.id ORDER BY COUNT(*) DESC, a.id LIMIT 1")
author=$("${PG[@]}" -c "SELECT username FROM users WHERE username = 'mara.quist'")
start_size=$(stat -c %s "$LOG")
[ -n "$(ls "$ROOT"/target/gazette-*.jar 2>/dev/null)" ] || (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
cp "$(ls "$ROOT"/target/gazette-*.jar | head -n 1)" "$WORK/gazette.jar"   # a build meanwhile may replace it
SPRING_PROFILES_ACTIVE=postgres GAZETTE_DB_URL=jdbc:postgresql://127.0.0.1:5432/gazette_bench \
  GAZETTE_DB_USER=postgres GAZETTE_DB_PASSWORD=${PGPASSWORD:-} \
  "$JAVA" -jar "$WORK/gazette.jar" --server.port="$PORT" --management.server.port=0 \
  --gazette.content-version.poll-millis=0 >"$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf -o /dev/null "$BASE/actuator/health"; do
  kill -0 "$APP_PID" || { tail -30 "$WORK/app.log"; exit 1; }
  sleep 0.2
done
sleep 1
plans_since "$start_size" >"$WORK/startup"
old_size=$(stat -c %s "$LOG")
deep=$(curl -s "$BASE/?page=499" | tr '\n' ' ' | grep -o 'class="older"[^>]*href="[^"]*"' | head -n 1 \
  | sed 's/.*href="//; s/"$//; s/&amp;/\&/g')
sleep 0.5
plans_since "$old_size" >"$WORK/oldlink"
PAGES=("/" "$hot" "/label/Politics" "/2025/12" "/2025" "$deep" "/author/$author" "/feeds/posts/default"
  "/feeds/comments/default" "/label/Politics/feed.atom" "$hot/feed.atom" "/search?q=harbour+bridge"
  "/search?q=zeppelin" "/sitemap.xml" "/sitemap-1.xml" "/news-sitemap.xml")

{
  echo "# Query plans of the reader pages on PostgreSQL ($articles articles)"
  echo
  echo "Made by \`bench/explain.sh\` on $(date -u '+%Y-%m-%d'), commit $(git -C "$ROOT" rev-parse --short HEAD), $("${PG[@]}" -c 'SHOW server_version')."
  echo "Each page is fetched once from a freshly started app (empty page cache); every statement it sent"
  echo "is shown with its actual plan (auto_explain with ANALYZE and BUFFERS, times on a loaded 2-core machine)."
  echo "Sidebar data (labels, archive) and settings are read by the first page and then kept per content"
  echo "version, so they appear under the first page that needs them (or under start-up)."
  echo
  [ ! -f "$BENCH/explain-notes.md" ] || cat "$BENCH/explain-notes.md"
  echo
  echo "## At start-up (before the first page)"
  echo
  echo '```'
  cat "$WORK/startup"
  echo '```'
  echo
  echo "## \`/?page=499\` (the first page fetched: an old page-number link, read to find page 500's cursor)"
  echo
  echo '```'
  cat "$WORK/oldlink"
  echo '```'
  for page in "${PAGES[@]}"; do
    size=$(stat -c %s "$LOG")
    status=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "$BASE$page")
    sleep 0.5
    plans_since "$size" >"$WORK/plans"
    echo
    echo "## \`$page\` ($status; $(grep -c 'duration: ' "$WORK/plans") statements)"
    echo
    echo '```'
    cat "$WORK/plans"
    echo '```'
  done
} >"$WORK/explain.md"
grep -n 'Seq Scan\|Rows Removed by Filter' "$WORK/explain.md" | sed 's/^/  /' >&2 || true
cp "$WORK/explain.md" "$OUT"
echo "wrote $OUT"

#!/usr/bin/env bash
# Lighthouse (npm lighthouse@12, Debian's Chromium, headless) against the demo site's home page and its
# newest article with a featured picture, each in light and in dark (Chromium's --force-dark-mode makes
# prefers-color-scheme: dark). Prints the four category scores and exits non-zero if any is below 95.
# Usage: scripts/lighthouse.sh [--keep]   (--keep leaves the JSON reports in target/lighthouse/)
set -euo pipefail
cd "$(dirname "$0")/.."
MIN=95
PORT=${PORT:-18090}
out=target/lighthouse
mkdir -p "$out"

command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
tools=target/lighthouse-tools
[ -x "$tools/node_modules/.bin/lighthouse" ] || \
  npm install --prefix "$tools" --no-save --no-audit --no-fund --ignore-scripts lighthouse@12 >/dev/null

[ -n "$(ls target/gazette-*.jar 2>/dev/null)" ] || ./mvnw -q -B -DskipTests package
data=$(mktemp -d)
GAZETTE_DATA_DIR="$data" java -jar target/gazette-*.jar --spring.profiles.active=demo --server.port="$PORT" --management.server.port=0 \
  >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 240); do grep -q "Demo profile" "$data/app.log" && break; sleep 1; done
grep -q "Demo profile" "$data/app.log" || { echo "the demo site did not start"; tail -20 "$data/app.log"; exit 1; }

base="http://127.0.0.1:$PORT"
# The newest article with a featured picture (the welcome post has none), else the newest.
links=$(curl -s "$base/" | grep -o 'class="post-title"><a href="[^"]*"' | cut -d'"' -f4)
article=$(for link in $links; do
  case $(curl -s "$base$link") in *'<figure class="featured"'*) echo "$link"; break ;; esac; done)
article=${article:-$(echo "$links" | head -n 1)}
echo "article: $article"
status=0
for run in "/ home" "$article article" "/ home-dark --force-dark-mode" "$article article-dark --force-dark-mode"; do
  read -r page name dark <<<"$run"
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "$base$page" --quiet \
    --chrome-flags="${dark:-} --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    --output=json --output-path="$out/$name.json" >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]); const min = +process.argv[3]; let ok = true;
    const s = ["performance", "accessibility", "best-practices", "seo"].map((c) => {
      const v = Math.round((r.categories[c]?.score ?? 0) * 100); if (v < min) ok = false; return `${c} ${v}`; });
    console.log(`${process.argv[2].padEnd(13)} ${s.join("  ")}`);
    if (!ok) for (const a of Object.values(r.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual") console.log(`  - ${a.id}: ${a.title}`);
    process.exit(ok ? 0 : 1);' "$PWD/$out/$name.json" "$name" "$MIN" || status=1
done
exit $status

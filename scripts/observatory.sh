#!/usr/bin/env bash
# MDN HTTP Observatory (npm @mdn/mdn-http-observatory) against a fresh Gazette on 127.0.0.1 over plain
# HTTP. Prints the score and the failing tests; exits non-zero if the score is below 60 or a test fails
# other than the two that need HTTPS here (redirection to HTTPS, HSTS).
# The scanner's CLI takes a hostname only and scans ports 80/443; it puts the hostname straight into
# its URLs, so "127.0.0.1:PORT" scans our port. Its HTTPS probe of that port simply finds no TLS.
# Usage: scripts/observatory.sh   (the JSON result stays in target/observatory/result.json)
set -euo pipefail
cd "$(dirname "$0")/.."
MIN=60
ALLOWED_FAILURES="redirection strict-transport-security"
PORT=${PORT:-18091}
out=target/observatory
mkdir -p "$out"

tools=target/observatory-tools
scanner="$tools/node_modules/.bin/mdn-http-observatory-scan"
[ -x "$scanner" ] || \
  npm install --prefix "$tools" --no-save --no-audit --no-fund --ignore-scripts @mdn/mdn-http-observatory@1 >/dev/null
# Its postinstall (skipped) downloads the HSTS preload list and the TLD list; a loopback address is on
# neither, so empty lists give the same result offline.
conf="$tools/node_modules/@mdn/mdn-http-observatory/conf"
[ -f "$conf/hsts-preload.json" ] || echo '{}' >"$conf/hsts-preload.json"
[ -f "$conf/tld-list.json" ] || echo '[]' >"$conf/tld-list.json"

jar=$(ls target/gazette-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/gazette-*.jar | head -n 1)
fi

data=$(mktemp -d)
GAZETTE_DATA_DIR="$data" java -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" --management.server.port=0 >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 90); do curl -fs "$base/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/actuator/health" >/dev/null || { echo "Gazette did not start"; tail -20 "$data/app.log"; exit 1; }

"$scanner" "127.0.0.1:$PORT" >"$out/result.json" 2>"$out/scanner.err" || true
node -e '
  const fs = require("fs");
  const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  if (!r.scan) { console.log("the scan failed: " + (r.error || "no result")); process.exit(1); }
  const min = +process.argv[2], allowed = process.argv[3].split(" ");
  console.log(`Observatory score ${r.scan.score} (grade ${r.scan.grade}), ${r.scan.testsPassed}/${r.scan.testsQuantity} tests passed`);
  let ok = r.scan.score >= min;
  for (const [name, t] of Object.entries(r.tests)) {
    if (t.pass) continue;
    const tolerated = allowed.includes(name);
    if (!tolerated) ok = false;
    console.log(`  ${tolerated ? "tolerated" : "FAILED   "} ${name}: ${t.result} (${t.scoreModifier})`);
  }
  process.exit(ok ? 0 : 1);' "$PWD/$out/result.json" "$MIN" "$ALLOWED_FAILURES"

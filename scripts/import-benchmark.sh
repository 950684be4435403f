#!/usr/bin/env bash
# Import speed and memory: writes a WordPress and a Blogger export of 10,000 posts and 20,000
# comments each (about 35-40 MB) and a WordPress one of about 100 MB (the same counts, longer posts),
# then for each starts Gazette on a fresh database with a 512 MB heap, signs in as admin, uploads
# the file to /admin/import, follows the progress endpoint to the end and prints the time from upload
# to done, the CPU time the app used meanwhile (machines shared with other work vary in the first, less
# in the second) and the process's peak resident memory (VmHWM). Talks only to 127.0.0.1; stops what it starts.
# Usage: scripts/import-benchmark.sh [--postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18093}
HEAP=${HEAP:-512m}
jar=$(ls target/gazette-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f | head -n 1)" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/gazette-*.jar | head -n 1)
fi
work=$(mktemp -d)
postgres=${1:-}
export PGOPTIONS=--client-min-messages=warning
app=
db=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  [ -n "$db" ] && psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/small" "$work/large"
python3 scripts/import-benchmark.py "$work/small" 10000 20000 1500
python3 scripts/import-benchmark.py "$work/large" 10000 20000 9000

cpu_ticks() {  # user + system time of a process so far, in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat"
}

run() {  # run LABEL FILE
  local label=$1 file=$2 password=import-benchmark-password
  export GAZETTE_DATA_DIR="$work/data-$label" GAZETTE_ADMIN_PASSWORD=$password
  if [ "$postgres" = "--postgres" ]; then
    db=gazette_import_bench_$$
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
    psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db"
    export SPRING_PROFILES_ACTIVE=postgres GAZETTE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
      GAZETTE_DB_USER=postgres GAZETTE_DB_PASSWORD="${PGPASSWORD:-}"
  fi
  java "-Xmx$HEAP" -jar "$jar" --server.port="$PORT" --management.server.port=0 >"$work/app-$label.log" 2>&1 &
  app=$!
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break
    sleep 0.5
  done
  local cpu_before
  cpu_before=$(cpu_ticks "$app")
  python3 - "$PORT" "$password" "$file" "$label" "$(du -m "$file" | cut -f1)" <<'PY'
import http.cookiejar, json, re, sys, time, urllib.parse, urllib.request, uuid
port, password, path, label, megabytes = sys.argv[1:6]
base = f"http://127.0.0.1:{port}"
jar = http.cookiejar.CookieJar()
web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
def token(page):
    return re.search(r'name="_csrf" value="([^"]+)"', web.open(base + page).read().decode()).group(1)
login = urllib.parse.urlencode({"username": "admin", "password": password, "_csrf": token("/login")}).encode()
web.open(base + "/login", data=login)
boundary = uuid.uuid4().hex
with open(path, "rb") as f:
    content = f.read()
head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{token('/admin/import')}\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{label}.xml\"\r\n"
        f"Content-Type: application/xml\r\n\r\n").encode()
body = head + content + f"\r\n--{boundary}--\r\n".encode()
started = time.monotonic()
web.open(urllib.request.Request(base + "/admin/import", data=body,
                                headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}))
progress = {"running": True}
while progress["running"]:
    time.sleep(0.2)
    answer = web.open(urllib.request.Request(base + "/admin/import/progress", headers={"Accept": "application/json"}))
    progress = json.loads(answer.read())
elapsed = time.monotonic() - started
print(f"{label}: {megabytes} MB, {progress['state']} in {elapsed:.1f} s: {progress['text']}")
sys.exit(0 if progress["state"] == "DONE" else 1)
PY
  echo "$1: $(( ($(cpu_ticks "$app") - cpu_before) / $(getconf CLK_TCK) )) s of CPU used by the app meanwhile (all threads)"
  echo "$1: peak RSS $(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$app/status") (heap -Xmx$HEAP)"
  grep -h "Import .* done in" "$work/app-$label.log" | sed 's/.*INFO.* : /  /' || true
  kill "$app"; wait "$app" 2>/dev/null || true
  app=
  if [ -n "$db" ]; then
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
    db=
  fi
}

run wordpress "$work/small/wordpress.xml"
run blogger "$work/small/blogger.xml"
run wordpress-large "$work/large/wordpress.xml"

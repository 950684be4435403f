#!/usr/bin/env bash
# Durability under SIGKILL: 32 clients post up to 2,000 comments with unique tokens while the app is
# killed with SIGKILL at a random moment; after a restart every acknowledged comment (a redirect)
# must be stored exactly once. Talks only to 127.0.0.1 and stops by itself.
# Usage: scripts/crash-test.sh [--postgres]     (exit code 1 on any loss or duplicate)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18091}
[ -n "$(ls target/gazette-*.jar 2>/dev/null)" ] || ./mvnw -q -B -DskipTests package
jar=$(ls target/gazette-*.jar | head -n 1)
work=$(mktemp -d)
args=(--server.port="$PORT" --management.server.port=0 --gazette.comments.min-seconds=0 --gazette.comments.flood-seconds=0)
export GAZETTE_COMMENT_MODERATION=none GAZETTE_DATA_DIR="$work/data"
if [ "${1:-}" = "--postgres" ]; then
  db=gazette_crash_$$
  psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db"
  export SPRING_PROFILES_ACTIVE=postgres GAZETTE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    GAZETTE_DB_USER=postgres GAZETTE_DB_PASSWORD="${PGPASSWORD:-}"
fi
app=
cleanup() {
  [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
  [ -n "${db:-}" ] && psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT
start() {
  java -jar "$jar" "${args[@]}" >>"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && return 0
    sleep 0.5
  done
  echo "the app did not start"; tail -20 "$work/app.log"; exit 1
}

start
sleep 2   # first start: admin and welcome article
python3 - "$PORT" "$app" "$work/acked.txt" <<'PY'
import os, random, re, signal, sys, threading, time, urllib.error, urllib.parse, urllib.request
port, pid, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
base = f"http://127.0.0.1:{port}"
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args): return None
opener = urllib.request.build_opener(NoRedirect)
home = urllib.request.urlopen(base + "/").read().decode()
article = re.search(r'class="post-title"><a href="([^"]+)"', home).group(1)
page = urllib.request.urlopen(base + article).read().decode()
form = re.search(r'<form class="comment-form"(.*?)</form>', page, re.S).group(1)
hidden = dict(re.findall(r'<input type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form))
acked, lock, counter, stop = [], threading.Lock(), iter(range(2000)), threading.Event()
def client():
    while not stop.is_set():
        with lock:
            n = next(counter, None)
        if n is None: return
        token = f"crash-{os.getpid()}-{n}"
        data = urllib.parse.urlencode({**hidden, "name": f"Crash {n}", "body": token}).encode()
        request = urllib.request.Request(base + article + "/comments", data=data, headers={"Origin": base})
        try:
            opener.open(request, timeout=10)
        except urllib.error.HTTPError as answer:
            if answer.code in (302, 303):
                with lock: acked.append(token)
        except Exception:
            pass
threads = [threading.Thread(target=client) for _ in range(32)]
for t in threads: t.start()
time.sleep(random.uniform(1.0, 6.0))
os.kill(pid, signal.SIGKILL)
stop.set()
for t in threads: t.join()
with open(out, "w") as f: f.write(article + "\n" + "\n".join(acked) + "\n")
print(f"killed the app with SIGKILL after {len(acked)} acknowledged comments")
PY
wait "$app" 2>/dev/null || true
app=
start
python3 - "$PORT" "$work/acked.txt" <<'PY'
import collections, re, sys, urllib.request
port, path = int(sys.argv[1]), sys.argv[2]
lines = open(path).read().split("\n")
article, acked = lines[0], [t for t in lines[1:] if t]
page = urllib.request.urlopen(f"http://127.0.0.1:{port}{article}").read().decode()
stored = collections.Counter(re.findall(r"crash-\d+-\d+", page))
lost = [t for t in acked if stored[t] == 0]
doubled = [t for t, n in stored.items() if n > 1]
print(f"acknowledged {len(acked)}, stored {sum(stored.values())}, lost {len(lost)}, stored twice {len(doubled)}")
sys.exit(1 if lost or doubled else 0)
PY

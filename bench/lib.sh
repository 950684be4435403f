# Helpers for bench/run.sh (sourced). Every process started here is stopped by stop_all on exit.

APP_PID=
NGINX_PID=

# Starts the app with the benchmark's JVM options; extra Spring arguments follow.
start_app() {
  "$JAVA" $JVM_OPTS $AOT_OPTS -jar "$APP_JAR" --server.port="$PORT" --management.server.port=0 "$@" >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
}

stop_app() {
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
}

stop_all() {
  stop_app
  if [ -n "$NGINX_PID" ]; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}

# Waits (up to $2 tenths of a second, default 10 minutes) until URL answers 200; fails if the app died.
wait_200() {
  for _ in $(seq 1 "${2:-6000}"); do
    curl -sf -o /dev/null "$1" && return 0
    [ -z "$APP_PID" ] || kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; return 1; }
    sleep 0.1
  done
  echo "no 200 from $1" >&2
  return 1
}

now() { date +%s.%N; }
millis() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%d", (b - a) * 1000 }'; }
load1() { cut -d' ' -f1 /proc/loadavg; }
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# One request, timed: prints milliseconds.
first_hit() {
  curl -s -o /dev/null -w '%{time_total}' "$@" | awk '{ printf "%d", $1 * 1000 }'
}

# wrk against a URL (extra wrk arguments after it); prints "req/s p50 p99 load".
measure() {
  local url=$1; shift
  local out
  out=$(wrk -t2 -c64 -d"$DURATION" --latency "$@" "$url")
  echo "$out" >>"$WORK/wrk.log"
  if echo "$out" | grep -q 'Non-2xx'; then
    echo "non-2xx answers from $url" >&2
    return 1
  fi
  echo "$(echo "$out" | awk '/Requests\/sec/ { printf "%d", $2 }') \
$(echo "$out" | awk '$1 == "50%" { print $2 }') $(echo "$out" | awk '$1 == "99%" { print $2 }') $(load1)"
}

warm() {
  wrk -t2 -c64 -d"$WARMUP" "$@" >/dev/null
}

# Serves the files under $WORK/nginx/www on NGINX_PORT with bench/nginx.conf.
start_nginx() {
  mkdir -p "$WORK/nginx/tmp"
  sed -e "s|@PORT@|$NGINX_PORT|g" -e "s|@ROOT@|$WORK/nginx|g" "$BENCH/nginx.conf" >"$WORK/nginx/nginx.conf"
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" &
  NGINX_PID=$!
  wait_200 "http://127.0.0.1:$NGINX_PORT/home.html" 100
}

machine() {
  echo "- CPU: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
  echo "- RAM: $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
  echo "- Java: $("$JAVA" -version 2>&1 | head -n 2 | tail -n 1)"
  echo "- $(nginx -v 2>&1), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
  echo "- Kernel: $(uname -sr)"
}

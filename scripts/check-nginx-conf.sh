#!/usr/bin/env bash
# Checks deploy/nginx/gazette.conf with the local nginx (Debian's: apt-get install nginx), no Docker needed:
# a copy with the Docker-only parts replaced (the upstream "app" -> 127.0.0.1, no "resolve", which needs
# nginx >= 1.27.3; paths under a temporary directory), inside a minimal nginx.conf, then `nginx -t`.
# Usage: scripts/check-nginx-conf.sh     (exit code 1 when nginx rejects it)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/logs" "$work/cache"
sed -e 's/server app:8080 resolve/server 127.0.0.1:8080/' \
    -e "s#/var/cache/nginx/gazette#$work/cache#" \
    -e "s#/var/log/nginx/#$work/logs/#" \
    -e 's/listen 80;/listen 127.0.0.1:18080;/' \
    deploy/nginx/gazette.conf >"$work/gazette.conf"
cat >"$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/logs/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    include $work/gazette.conf;
}
CONF
nginx -t -p "$work" -c "$work/nginx.conf"

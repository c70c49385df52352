#!/usr/bin/env bash
# Checks deploy/nginx/switchboard.conf with nginx's own parser: wraps it in a minimal nginx.conf (as
# Debian's /etc/nginx/nginx.conf includes conf.d/*.conf) and runs `nginx -t` on it. Needs nginx
# (`apt-get install nginx`); touches nothing under /etc/nginx and starts no server.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log stderr;
events {}
http {
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    include $here/switchboard.conf;
}
CONF
nginx -t -q -p "$work" -c "$work/nginx.conf" && echo "deploy/nginx/switchboard.conf: nginx accepts it"

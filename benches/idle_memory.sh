#!/usr/bin/env bash
# Resident memory per idle established mTLS connection: portcullis beside nginx and HAProxy.
#
# For each server: start it on a loopback port with an equivalent TLS 1.3
# mTLS config (verify the client against the same CA bundle and CRLs, X25519,
# ECDSA P-256 certificates, proxy to the same echo target), read its RSS
# (sum over its process tree), open COUNT connections that each complete the
# handshake and one keep-alive request and then stay idle, read the RSS
# again, and print (after - before) / COUNT. Loopback only; every step is
# bounded in time; everything started here is stopped on exit.
#
# Usage: benches/idle_memory.sh [SERVERS...]   (default: portcullis nginx haproxy)
# Environment: COUNT (10000), CONCURRENCY (64), PORTCULLIS_MODE (verify|passthrough),
#              NO_BUILD=1 to use the binaries already in $CARGO_TARGET_DIR/release,
#              PORTCULLIS_BIN=path to measure another portcullis binary,
#              KEEP_WORK=1 to keep the work directory (configs, logs) for inspection.
set -euo pipefail

COUNT=${COUNT:-10000}
CONCURRENCY=${CONCURRENCY:-64}
PORTCULLIS_MODE=${PORTCULLIS_MODE:-verify}
SERVERS=("$@")
[ ${#SERVERS[@]} -eq 0 ] && SERVERS=(portcullis nginx haproxy)
# Time allowed for all COUNT connections to be established (generous: a
# loaded 2-core machine does a few hundred handshakes per second).
ESTABLISH_TIMEOUT_S=${ESTABLISH_TIMEOUT_S:-300}
# Quiet time before each RSS reading, so that freed memory settles.
SETTLE_S=2

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=loadtest/lib.sh
source "$ROOT/loadtest/lib.sh"
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
WORK=$(mktemp -d /tmp/idle-memory.XXXXXX)
PIDS=()

cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ -n "${KEEP_WORK:-}" ] && echo "kept $WORK" >&2 || rm -rf "$WORK"
}
trap cleanup EXIT

# As many descriptors as allowed: each server needs one per client plus a
# few for its targets (HAProxy sizes for two per connection; see its config).
ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" -lt $((COUNT + 500)) ]; then
    echo "open-file limit $(ulimit -n) is too low for $COUNT connections" >&2
    exit 1
fi

if [ "${NO_BUILD:-0}" != 1 ]; then
    (cd "$ROOT" && cargo build --release --quiet --bin portcullis --example gen_pki --example idle_clients)
fi
# Private copies: the shared target directory may be rebuilt while we run.
cp "${PORTCULLIS_BIN:-$TARGET/release/portcullis}" "$WORK/portcullis"
cp "$TARGET/release/examples/gen_pki" "$TARGET/release/examples/idle_clients" "$WORK/"

for s in "${SERVERS[@]}"; do
    case $s in
    nginx | haproxy)
        if ! command -v "$s" >/dev/null && [ ! -x "/usr/sbin/$s" ]; then
            echo "$s is missing: installing the Debian package (apt-get install -y $s)"
            apt-get install -y "$s" >/dev/null
        fi ;;
    portcullis) ;;
    *) echo "unknown server $s" >&2; exit 2 ;;
    esac
done

PKI=$WORK/pki
"$WORK/gen_pki" "$PKI" >/dev/null

"$WORK/idle_clients" echo --seconds 900 >"$WORK/echo.out" &
PIDS+=($!)
for _ in $(seq 100); do grep -qs "^echo " "$WORK/echo.out" && break; sleep 0.1; done
ECHO=$(awk '/^echo /{print $2}' "$WORK/echo.out")
[ -n "$ECHO" ] || { echo "echo target did not start" >&2; exit 1; }

# A loopback port nothing listens on. Checked rather than assumed: with
# SO_REUSEPORT a second server on the same port would silently take half
# of the connections.
free_port() {
    local p
    for _ in $(seq 200); do
        p=$((20000 + RANDOM % 20000))
        [ -z "$(ss -Hltn "sport = :$p")" ] && { echo "$p"; return 0; }
    done
    echo "no free loopback port found" >&2
    return 1
}

write_portcullis_config() {
    local ts=""
    [ "$PORTCULLIS_MODE" = verify ] && ts='trust_store = "corp"'
    cat >"$WORK/portcullis.toml" <<EOF
[runtime]
shards = 1

[[listener]]
name = "idle"
bind = "127.0.0.1:$PORT"
certificate = "$PKI/server-chain.pem"
private_key = "$PKI/server.key"
mode = "$PORTCULLIS_MODE"
$ts
target_group = "echo"
max_connections = $((COUNT + 1000))
header_read_timeout_ms = 900000
idle_timeout_ms = 900000

[trust_store.corp]
ca_bundle = "$PKI/ca-bundle.pem"
crls = ["$PKI/root.crl.pem", "$PKI/intermediate.crl.pem"]

[target_group.echo]
targets = ["$ECHO"]
EOF
}

write_nginx_config() {
    mkdir -p "$WORK/nginx"
    cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
worker_rlimit_nofile $(ulimit -n);
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections $((COUNT + 1000)); }
http {
    access_log off;
    keepalive_timeout 900s;
    keepalive_requests 100000;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    upstream echo { server $ECHO; keepalive 64; }
    server {
        listen 127.0.0.1:$PORT ssl;
        ssl_certificate $PKI/server-chain.pem;
        ssl_certificate_key $PKI/server.key;
        ssl_protocols TLSv1.3;
        ssl_ecdh_curve X25519;
        ssl_client_certificate $PKI/ca-bundle.pem;
        ssl_verify_client on;
        ssl_verify_depth 3;
        ssl_crl $PKI/crls.pem;
        ssl_session_cache off;
        ssl_session_tickets off;
        location / {
            proxy_pass http://echo;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
EOF
}

write_haproxy_config() {
    cat >"$WORK/haproxy.cfg" <<EOF
global
    nbthread 1
    maxconn $((COUNT + 1000))
    # HAProxy sizes its descriptor table for two per connection (client and
    # server side); idle client connections hold only one, so run with what
    # the host allows rather than refusing to start.
    no strict-limits
    tune.ssl.cachesize 0
defaults
    mode http
    timeout connect 5s
    timeout client 900s
    timeout server 30s
    timeout http-request 900s
    timeout http-keep-alive 900s
frontend idle
    bind 127.0.0.1:$PORT ssl crt $PKI/server-combined.pem ca-file $PKI/ca-bundle.pem verify required crl-file $PKI/crls.pem ssl-min-ver TLSv1.3 curves X25519 alpn http/1.1 no-tls-tickets
    maxconn $((COUNT + 1000))
    default_backend echo
backend echo
    http-reuse always
    server echo $ECHO
EOF
}

start_server() {
    PORT=$(free_port)
    case $1 in
    portcullis)
        write_portcullis_config
        "$WORK/portcullis" run --config "$WORK/portcullis.toml" >"$WORK/portcullis.log" 2>&1 &
        ;;
    nginx)
        write_nginx_config
        nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' >"$WORK/nginx.log" 2>&1 &
        ;;
    haproxy)
        write_haproxy_config
        haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
        ;;
    esac
    SERVER_PID=$!
    PIDS+=("$SERVER_PID")
    wait_port "$PORT" 100 || { echo "nothing listens on 127.0.0.1:$PORT" >&2; tail -20 "$WORK/$1.log" >&2; return 1; }
}

version_of() {
    case $1 in
    portcullis) echo "portcullis $(git -C "$ROOT" rev-parse --short HEAD) ($PORTCULLIS_MODE)" ;;
    nginx) nginx -v 2>&1 | sed 's/.*: //' ;;
    haproxy) haproxy -v | head -1 | awk '{print "haproxy " $3}' ;;
    esac
}

measure() {
    local s=$1 before after clients established
    start_server "$s"
    sleep "$SETTLE_S"
    before=$(rss_kib "$SERVER_PID")
    "$WORK/idle_clients" connect --addr "127.0.0.1:$PORT" --pki "$PKI" \
        --count "$COUNT" --concurrency "$CONCURRENCY" --hold-seconds 900 \
        >"$WORK/clients-$s.out" 2>"$WORK/clients-$s.err" &
    clients=$!
    PIDS+=("$clients")
    for _ in $(seq $((ESTABLISH_TIMEOUT_S * 10))); do
        grep -q '^established' "$WORK/clients-$s.out" && break
        kill -0 "$clients" 2>/dev/null || break
        sleep 0.1
    done
    established=$(awk '/^established/{print $2, "ok,", $4, "failed,", $6}' "$WORK/clients-$s.out")
    if [ -z "$established" ]; then
        echo "$s: clients did not finish within ${ESTABLISH_TIMEOUT_S}s" >&2
        cat "$WORK/clients-$s.err" >&2
        return 1
    fi
    sleep "$SETTLE_S"
    after=$(rss_kib "$SERVER_PID")
    kill "$clients" 2>/dev/null || true
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$clients" "$SERVER_PID" 2>/dev/null || true
    head -c 300 "$WORK/clients-$s.err" >&2 || true
    awk -v s="$(version_of "$s")" -v b="$before" -v a="$after" -v n="$COUNT" -v e="$established" \
        'BEGIN { printf "%-34s before %7d KiB  after %8d KiB  per connection %6.2f KiB  (%s)\n", s, b, a, (a - b) / n, e }'
    echo "$s $(( (after - before) * 1024 / COUNT ))" >>"$WORK/results"
}

echo "idle established mTLS connections: $COUNT per server, loopback, $(date -u +%FT%TZ)"
for s in "${SERVERS[@]}"; do
    measure "$s"
done
# Ratios of portcullis against each other server, when measured.
awk '{ b[$1] = $2 } END {
    if (!("portcullis" in b)) exit
    for (s in b) if (s != "portcullis" && b[s] > 0)
        printf "portcullis / %s = %.2f (target <= 0.80)\n", s, b["portcullis"] / b[s]
}' "$WORK/results"

#!/usr/bin/env bash
# User-space instructions per keep-alive request through portcullis, counted by
# callgrind: a figure that does not move with the host's noise, for before/after
# comparisons of the request path that CPU time cannot resolve.
#
# Usage: benches/request_instructions.sh [PORTCULLIS_BINARY...]
#   (default: target/release/portcullis; NO_BUILD=1 skips the release build)
#
# Each binary runs under callgrind (epoll driver: valgrind does not follow
# io_uring) in verify mode on 127.0.0.1, in front of the bundled echo target.
# `loadtest requests --conns 32` sends FEW and then MANY GET requests in two
# separate runs; (instructions(MANY) - instructions(FEW)) / (MANY - FEW) is the
# cost of one request, with start-up and the 32 handshakes cancelled out.
set -euo pipefail
cd "$(dirname "$0")/.."
FEW=${FEW:-1000}
MANY=${MANY:-7000}
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }
[ "${NO_BUILD:-0}" = 1 ] || cargo build --release -p portcullis -p portcullis-loadtest >&2
LOADTEST=${CARGO_TARGET_DIR:-target}/release/loadtest
BINS=("$@")
[ ${#BINS[@]} -gt 0 ] || BINS=("${CARGO_TARGET_DIR:-target}/release/portcullis")

work=$(mktemp -d /tmp/portcullis-instr.XXXXXX)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

"$LOADTEST" pki --out "$work/pki" --clients 4 --bad-share 0 >/dev/null
echo_port=$(free_port)
port=$(free_port)
"$LOADTEST" echo --bind "127.0.0.1:$echo_port" --threads 1 >/dev/null 2>&1 &
pids+=($!)
cat >"$work/p.toml" <<TOML
[runtime]
shards = 1

[[listener]]
name = "instr"
bind = "127.0.0.1:$port"
certificate = "$work/pki/server-chain.pem"
private_key = "$work/pki/server.key"
mode = "verify"
trust_store = "pki"
target_group = "echo"

[trust_store.pki]
ca_bundle = "$work/pki/ca-bundle.pem"
crls = ["$work/pki/root.crl.pem", "$work/pki/intermediate.crl.pem"]

[target_group.echo]
targets = ["127.0.0.1:$echo_port"]
TOML

# Total instructions of one run of BIN serving COUNT requests.
instructions() { # bin count
    local out=$work/cg.out
    MONOIO_FORCE_LEGACY_DRIVER=1 valgrind --tool=callgrind --callgrind-out-file="$out" \
        "$1" run --config "$work/p.toml" >/dev/null 2>"$work/valgrind.log" &
    local pid=$!
    for _ in $(seq 300); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        sleep 0.2
    done
    "$LOADTEST" requests --target "127.0.0.1:$port" --pki "$work/pki" --conns 32 \
        --count "$2" --timeout 30s --quiet --json >"$work/rq.json"
    kill -INT "$pid"
    wait "$pid" 2>/dev/null || true
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d['ok'] == $2 else 1)" "$work/rq.json" ||
        { echo "not every request succeeded under $1" >&2; exit 1; }
    awk '/^(summary|totals):/ { print $2; exit }' "$out"
}

echo "user-space instructions per keep-alive request (callgrind, epoll driver, 32 connections, GET /)"
for bin in "${BINS[@]}"; do
    few=$(instructions "$bin" "$FEW")
    many=$(instructions "$bin" "$MANY")
    printf '%-50s %8.0f\n' "$bin" "$(awk -v a="$few" -v b="$many" -v f="$FEW" -v m="$MANY" 'BEGIN { print (b - a) / (m - f) }')"
done

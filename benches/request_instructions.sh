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
# shellcheck source=loadtest/lib.sh
source loadtest/lib.sh
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

"$LOADTEST" pki --out "$work/pki" --clients 4 --bad-share 0 >/dev/null
echo_port=$(free_port)
port=$(free_port)
"$LOADTEST" echo --bind "127.0.0.1:$echo_port" --threads 1 >/dev/null 2>&1 &
pids+=($!)
verify_config "$port" "$work/pki" "127.0.0.1:$echo_port" 1 >"$work/p.toml"

# Total instructions of one run of BIN serving COUNT requests.
instructions() { # bin count
    local profile=$work/cg.out
    MONOIO_FORCE_LEGACY_DRIVER=1 valgrind --tool=callgrind --callgrind-out-file="$profile" \
        "$1" run --config "$work/p.toml" >/dev/null 2>"$work/valgrind.log" &
    local pid=$!
    # Up to 60 s: valgrind starts slowly. If it never listens, the request
    # run below reports the failure.
    wait_port "$port" 600 || true
    "$LOADTEST" requests --target "127.0.0.1:$port" --pki "$work/pki" --conns 32 \
        --count "$2" --timeout 30s --quiet --json >"$work/rq.json"
    kill -INT "$pid"
    wait "$pid" 2>/dev/null || true
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d['ok'] == $2 else 1)" "$work/rq.json" ||
        { echo "not every request succeeded under $1" >&2; exit 1; }
    awk '/^(summary|totals):/ { print $2; exit }' "$profile"
}

echo "user-space instructions per keep-alive request (callgrind, epoll driver, 32 connections, GET /)"
for bin in "${BINS[@]}"; do
    few=$(instructions "$bin" "$FEW")
    many=$(instructions "$bin" "$MANY")
    printf '%-50s %8.0f\n' "$bin" "$(awk -v a="$few" -v b="$many" -v f="$FEW" -v m="$MANY" 'BEGIN { print (b - a) / (m - f) }')"
done

#!/usr/bin/env bash
# Bounded smoke run of the bundled generators against the real proxy, for CI.
#
# Builds (debug) portcullis and loadtest, generates a PKI with a share of bad
# client certificates, starts the echo target and portcullis in verify mode on
# loopback, runs a 2-second handshake storm (with one request per handshake)
# a 2-second keep-alive request load and 20 handshakes that skip verifying the
# proxy's certificate, then stops the proxy with SIGTERM; then short bounded runs
# of loadtest/scale and loadtest/ab (handshakes and requests), and loadtest
# breakdown on samples.
# Fails when a good client is refused, a bad one admitted, a request fails,
# the drain does not exit 0, or the connection log lacks either verdict.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q -p portcullis -p portcullis-loadtest
BIN=${CARGO_TARGET_DIR:-target}/debug
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=loadtest/lib.sh
source loadtest/lib.sh
passed=0
failed=0
check() { # check NAME CONDITION-EXIT-STATUS
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}

"$BIN/loadtest" pki --out "$work/pki" --clients 8 --bad-share 0.25 >/dev/null
echo_port=$(free_port)
proxy_port=$(free_port)
start_echo "$BIN/loadtest" "$echo_port" /dev/null || true
pids+=("$ECHO_PID")
cat >"$work/portcullis.toml" <<TOML
[runtime]
shards = 2
drain_timeout_ms = 5000

[[listener]]
name = "smoke"
bind = "127.0.0.1:$proxy_port"
certificate = "pki/server-chain.pem"
private_key = "pki/server.key"
mode = "verify"
trust_store = "pki"
target_group = "echo"

[trust_store.pki]
ca_bundle = "pki/ca-bundle.pem"
crls = ["pki/root.crl.pem", "pki/intermediate.crl.pem"]

[target_group.echo]
targets = ["127.0.0.1:$echo_port"]

[logs]
connection_log = "conn.log"
TOML
"$BIN/portcullis" run --config "$work/portcullis.toml" 2>"$work/proxy.err" &
proxy=$!
pids+=("$proxy")
# If it never listens, the checks below fail and say which.
wait_port "$proxy_port" || true

"$BIN/loadtest" handshake --target "127.0.0.1:$proxy_port" --pki "$work/pki" --threads 1 \
    --conns-per-thread 4 --duration 2s --request --json --quiet >"$work/hs.json" 2>/dev/null || true
"$BIN/loadtest" requests --target "127.0.0.1:$proxy_port" --pki "$work/pki" --conns 4 \
    --duration 2s --body-bytes 1024 --json --quiet >"$work/rq.json" 2>/dev/null || true
"$BIN/loadtest" handshake --target "127.0.0.1:$proxy_port" --pki "$work/pki" --good-only \
    --count 20 --insecure-skip-server-verify --json --quiet >"$work/hs-insecure.json" 2>/dev/null || true

py() { python3 -c "import json,sys; d=json.load(open('$1')); sys.exit(0 if ($2) else 1)"; }
r=0; py "$work/hs.json" "d['ok'] > 0 and not d['errors']" || r=$?; check "handshake storm: good clients served, no errors" "$r"
r=0; py "$work/hs.json" "sum(d['expected_refusals'].values()) > 0" || r=$?; check "handshake storm: bad clients refused" "$r"
r=0; py "$work/rq.json" "d['ok'] > 0 and not d['errors']" || r=$?; check "request load: keep-alive requests served" "$r"
r=0; py "$work/hs-insecure.json" "d['ok'] == 20 and not d['errors'] and d['server_verified'] is False" || r=$?
check "handshake storm --insecure-skip-server-verify: served, and the report says so" "$r"

kill -TERM "$proxy"
status=0
wait "$proxy" || status=$?
check "SIGTERM drains and exits 0" "$status"
r=0; grep -q ' Success TID_' "$work/conn.log" || r=$?; check "connection log has Success lines" "$r"
r=0; grep -q ' Failed:ClientCert' "$work/conn.log" || r=$?; check "connection log has Failed:<reason> lines" "$r"
# loadtest/scale, bounded: one shard on CPU 0, the generator on every CPU (CI may have one).
PORTCULLIS_BIN=$BIN/portcullis LOADTEST_BIN=$BIN/loadtest loadtest/scale --no-build --shards 1 \
    --server-cores 0 --client-cores "0-$(($(nproc) - 1))" --allow-overlap --duration 1s \
    --floor-iterations 200 >"$work/scale.md" 2>"$work/scale.err" || true
r=0; grep -Eq '^\| 1 \| (io_uring|epoll) \| [1-9][0-9]* \| 1\.00× \|.* \| 0 \| [a-z (),]+ \| [1-9][0-9]* \| 1\.00× \| 1\.00 \|$' "$work/scale.md" || r=$?
check "loadtest/scale: a row with handshakes, no errors and the floor control" "$r"
[ "$r" -eq 0 ] || cat "$work/scale.md" "$work/scale.err" >&2
PORTCULLIS_BIN=$BIN/portcullis LOADTEST_BIN=$BIN/loadtest loadtest/scale --no-build --shards 1 \
    --server-cores 0 --client-cores "0-$(($(nproc) - 1))" --allow-overlap --duration 1s \
    --processes --no-floor >"$work/scale-p.md" 2>"$work/scale-p.err" || true
r=0; grep -Eq '^\| 1 \| (io_uring|epoll) \| [1-9][0-9]* \| 1\.00× \|.* \| 0 \| [a-z (),]+ \| n/a \| n/a \| n/a \|$' "$work/scale-p.md" || r=$?
check "loadtest/scale --processes: a row with handshakes and no errors" "$r"
[ "$r" -eq 0 ] || cat "$work/scale-p.md" "$work/scale-p.err" >&2
# loadtest/ab, bounded: the same binary as A and B, two 1-second runs.
LOADTEST_BIN=$BIN/loadtest loadtest/ab "$BIN/portcullis" "$BIN/portcullis" --no-build --runs 2 \
    --duration 1s --rate 50 --server-core 0 --client-cores "0-$(($(nproc) - 1))" \
    >"$work/ab.md" 2>"$work/ab.err" || true
r=0; grep -Eq '^- \*\*B ÷ A: [0-9]+\.[0-9]{3} [0-9]+\.[0-9]{3} \(mean [0-9]+\.[0-9]{3}, median [0-9.]+\)\*\*$' "$work/ab.md" || r=$?
check "loadtest/ab: two runs, a ratio each, mean and median" "$r"
[ "$r" -eq 0 ] || cat "$work/ab.md" "$work/ab.err" >&2
LOADTEST_BIN=$BIN/loadtest loadtest/ab "$BIN/portcullis" "$BIN/portcullis" --no-build --runs 2 \
    --requests --conns 4 --duration 1s --rate 200 --server-core 0 --client-cores "0-$(($(nproc) - 1))" \
    >"$work/ab-rq.md" 2>"$work/ab-rq.err" || true
r=0; grep -Eq '^- server CPU µs per request, A: [0-9.]+ [0-9.]+; B: [0-9.]+ [0-9.]+$' "$work/ab-rq.md" || r=$?
[ "$r" -eq 0 ] && grep -Eq '^- \*\*B ÷ A: [0-9]+\.[0-9]{3} [0-9]+\.[0-9]{3} \(mean [0-9]+\.[0-9]{3}, median [0-9.]+\)\*\*$' "$work/ab-rq.md" || r=1
check "loadtest/ab --requests: two runs of keep-alive requests, a ratio each" "$r"
[ "$r" -eq 0 ] || cat "$work/ab-rq.md" "$work/ab-rq.err" >&2
# loadtest/compare, bounded, where nginx and HAProxy are installed (compare would
# install them otherwise) and two cores exist (server on 0, clients on 1): one
# 1-second round of three servers.
if command -v nginx >/dev/null && command -v haproxy >/dev/null && command -v jq >/dev/null &&
    command -v openssl >/dev/null && [ "$(nproc)" -ge 2 ]; then
    PORTCULLIS_BIN=$BIN/portcullis LOADTEST_BIN=$BIN/loadtest loadtest/compare --no-build --duration 1s \
        --servers "portcullis nginx haproxy" >"$work/compare.md" 2>"$work/compare.err" || true
    r=0
    [ "$(grep -c '| 0 | [0-9]* ok, [0-9]* bad refused, 0 bad accepted |$' "$work/compare.md")" -eq 3 ] || r=1
    [ "$(grep -c '| 0 | all 8 |$' "$work/compare.md")" -eq 3 ] || r=1
    check "loadtest/compare: three servers, bad clients refused, all 8 identity headers forwarded" "$r"
    [ "$r" -eq 0 ] || cat "$work/compare.md" "$work/compare.err" >&2
else
    echo "skip loadtest/compare: nginx, haproxy, jq or openssl is not installed, or one core only"
fi
# loadtest breakdown (compare --profile): the command line on known samples, and,
# where perf can sample, on a real profile of the crypto floor (aws-lc linked in).
r=0
printf '%s\n' '  ffffffff81 tcp_ack ([kernel.kallsyms])' '  55d0 __ecp_nistz256_mul_montx (/bin/portcullis)' \
    '  55d1 monoio::task::raw::poll (/bin/portcullis)' '  55d2 s2n_negotiate (/bin/portcullis)' |
    "$BIN/loadtest" breakdown --static-tls --json >"$work/breakdown.json" || r=$?
[ "$r" -eq 0 ] && py "$work/breakdown.json" "d['samples'] == 4 and d['share'] == {'kernel': 0.25, 'p256': 0.25, 'server': 0.25, 'tls_rest': 0.25}" || r=1
if perf record -q -e cpu-clock -o /dev/null -- true 2>/dev/null; then
    perf record -q -e cpu-clock -F 999 -o "$work/floor.perf" -- "$BIN/loadtest" floor --iterations 300 >/dev/null 2>&1 || r=1
    perf script -i "$work/floor.perf" -F ip,sym,dso 2>/dev/null | "$BIN/loadtest" breakdown --static-tls --json >"$work/floor-breakdown.json" || r=1
    [ "$r" -eq 0 ] && py "$work/floor-breakdown.json" "d['share'].get('p256', 0) + d['share'].get('x25519', 0) > 0.5" || r=1
    what="known samples and a perf profile of the floor"
else
    what="known samples (perf cannot sample here)"
fi
check "loadtest breakdown: $what" "$r"
# The results line that flags a build whose RUSTFLAGS dropped libs2n's LTO.
r=0
[ -z "$(env -u RUSTFLAGS -u CARGO_ENCODED_RUSTFLAGS -u CARGO_BUILD_RUSTFLAGS bash -c 'source loadtest/lib.sh; rustflags_note')" ] || r=1
RUSTFLAGS=-Ctarget-cpu=native bash -c 'source loadtest/lib.sh; rustflags_note' | grep -q "without its link-time optimisation" || r=1
[ -z "$(RUSTFLAGS='-Clinker-features=-lld' bash -c 'source loadtest/lib.sh; rustflags_note')" ] || r=1
check "results note a RUSTFLAGS build, and only that" "$r"
echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

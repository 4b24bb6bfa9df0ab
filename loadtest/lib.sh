# shellcheck shell=bash
# Shell helpers shared by the load and benchmark scripts (sourced, not run).

# True when something accepts TCP connections on 127.0.0.1:$1.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A TCP port on 127.0.0.1 that is free now.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Waits for 127.0.0.1:$1 to accept connections, checking $2 times (default 50)
# every 0.1 s.
wait_port() {
    local _
    for _ in $(seq 1 "${2:-50}"); do
        port_busy "$1" && return 0
        sleep 0.1
    done
    return 1
}

# start_echo LOADTEST PORT LOG [CORES]: starts the bundled echo target on
# 127.0.0.1:PORT (pinned to CORES when given), appending its stderr to LOG, and
# waits up to 10 s for it to listen. Sets ECHO_PID; fails if it never listens.
start_echo() {
    local cmd=("$1" echo --bind "127.0.0.1:$2" --threads 1)
    [ -z "${4:-}" ] || cmd=(taskset -c "$4" "${cmd[@]}")
    "${cmd[@]}" >/dev/null 2>>"$3" &
    # shellcheck disable=SC2034 # read by the scripts that source this file
    ECHO_PID=$!
    wait_port "$2" 100
}

# The pid and all its descendants.
tree_pids() {
    local pid=$1 child
    echo "$pid"
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do tree_pids "$child"; done
}

# Sum over a process tree of what the awk PROGRAM prints from /proc/PID/FILE:
# tree_sum PID FILE PROGRAM.
tree_sum() {
    local total=0 pid v
    for pid in $(tree_pids "$1"); do
        v=$(awk "$3" "/proc/$pid/$2" 2>/dev/null || echo 0)
        total=$((total + ${v:-0}))
    done
    echo "$total"
}

# utime+stime (clock ticks) of a process tree; the fields follow the command name.
cpu_ticks() { tree_sum "$1" stat '{ sub(/^.*\) /, ""); print $12 + $13 }'; }

# stime alone (clock ticks in the kernel) of a process tree.
sys_ticks() { tree_sum "$1" stat '{ sub(/^.*\) /, ""); print $13 }'; }

# Resident memory (KiB) of a process tree.
rss_kib() { tree_sum "$1" status '/^VmRSS:/ { print $2 }'; }

# Prints a portcullis config: SHARDS shards (pinned to CPUS, a comma-separated
# list, when given) and one verify-mode listener on 127.0.0.1:PORT with the PKI
# `loadtest pki` wrote to PKI_DIR, proxying to the target ECHO (host:port).
# verify_config PORT PKI_DIR ECHO SHARDS [CPUS]
verify_config() {
    local port=$1 pki=$2 echo_target=$3 shards=$4 cpus=${5:-}
    cat <<EOF
[runtime]
shards = $shards
${cpus:+cpu_affinity = [$cpus]}

[[listener]]
name = "bench"
bind = "127.0.0.1:$port"
certificate = "$pki/server-chain.pem"
private_key = "$pki/server.key"
mode = "verify"
trust_store = "bench"
target_group = "echo"

[trust_store.bench]
ca_bundle = "$pki/ca-bundle.pem"
crls = ["$pki/root.crl.pem", "$pki/intermediate.crl.pem"]

[target_group.echo]
targets = ["$echo_target"]
EOF
}

# Turns off the returning-client caches (signature memo and parsed-leaf cache) in
# a config verify_config wrote: every client is then new to the shard.
# caches_off FILE
caches_off() {
    sed -i 's/^\[runtime\]$/[runtime]\nsignature_cache_entries = 0\ncertificate_cache_entries = 0/' "$1"
}

# Median of whitespace-separated numbers on stdin; n/a when there are none.
median() { tr ' ' '\n' | awk 'NF' | sort -g | awk '{ v[NR] = $1 } END { if (!NR) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Expands a CPU list such as "0-3,8,10-11" into "0 1 2 3 8 10 11".
expand_cpus() {
    local part c out=()
    for part in ${1//,/ }; do
        if [[ "$part" =~ ^([0-9]+)-([0-9]+)$ ]]; then
            for ((c = BASH_REMATCH[1]; c <= BASH_REMATCH[2]; c++)); do out+=("$c"); done
        elif [[ "$part" =~ ^[0-9]+$ ]]; then
            out+=("$part")
        else
            echo "not a CPU list: $1" >&2; return 1
        fi
    done
    echo "${out[*]}"
}

# A results line when a rustflags variable replaced .cargo/config.toml's linker
# setting for this build (libs2n then loses its link-time optimisation, about
# 4% more server CPU per handshake); prints nothing otherwise.
rustflags_note() {
    local v flags=""
    for v in RUSTFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_BUILD_RUSTFLAGS; do
        [ -n "${!v:-}" ] && flags+="$v "
    done
    [ -n "$flags" ] || return 0
    case "${RUSTFLAGS:-}${CARGO_ENCODED_RUSTFLAGS:-}${CARGO_BUILD_RUSTFLAGS:-}" in
        *linker-features=-lld*) return 0 ;;
    esac
    echo "- build: ${flags% } set, replacing .cargo/config.toml's linker setting: libs2n was linked without its link-time optimisation (see loadtest/README.md), so portcullis's CPU figures are a few per cent higher than from a plain build"
}

# A field of a JSON document (needs python3): json FILE 'python expression over d'.
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }

# shellcheck shell=bash
# Shell helpers shared by loadtest/compare and loadtest/scale (sourced, not run).

# True when something accepts TCP connections on 127.0.0.1:$1.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Waits up to 5 s for 127.0.0.1:$1 to accept connections.
wait_port() {
    local _
    for _ in $(seq 1 50); do
        port_busy "$1" && return 0
        sleep 0.1
    done
    return 1
}

# The pid and all its descendants.
tree_pids() {
    local pid=$1 child
    echo "$pid"
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do tree_pids "$child"; done
}

# utime+stime (clock ticks) of a process tree.
cpu_ticks() {
    local total=0 pid t
    for pid in $(tree_pids "$1"); do
        t=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
        total=$((total + t))
    done
    echo "$total"
}

# stime alone (clock ticks in the kernel) of a process tree.
sys_ticks() {
    local total=0 pid t
    for pid in $(tree_pids "$1"); do
        t=$(awk '{ sub(/^.*\) /, ""); print $13 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
        total=$((total + t))
    done
    echo "$total"
}

# Resident memory (KiB) of a process tree.
rss_kib() {
    local total=0 pid r
    for pid in $(tree_pids "$1"); do
        r=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
        total=$((total + ${r:-0}))
    done
    echo "$total"
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

#!/usr/bin/env bash
# irq-steering.sh: show (and with --apply, set) NIC IRQ affinity and RPS so that
# packet processing runs on the cores that portcullis shards do NOT use.
#
# Usage:
#   irq-steering.sh --shard-cpus 2-7,10 [--iface eth0]... [--apply]
#   irq-steering.sh --config /etc/portcullis/portcullis.toml [--iface eth0]... [--apply]
#
# Without --apply nothing is written: the script prints, for every NIC IRQ and
# every receive queue, the current setting and the one it would set.
# Reasoning: tuning/README.md, "CPU pinning and IRQ steering".
set -euo pipefail

apply=0
shard_list=""
config=""
ifaces=()

die() { echo "irq-steering: $*" >&2; exit 2; }

usage() {
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --apply) apply=1 ;;
    --shard-cpus) shard_list="${2:?--shard-cpus needs a cpu list}"; shift ;;
    --config) config="${2:?--config needs a file}"; shift ;;
    --iface) ifaces+=("${2:?--iface needs an interface name}"); shift ;;
    -h|--help) usage 0 ;;
    *) echo "unknown argument: $1" >&2; usage 2 ;;
  esac
  shift
done

# Expands "0-3,8,10-11" into one cpu number per line.
expand_list() {
  local item lo hi
  local IFS=','
  for item in $1; do
    item="${item//[[:space:]]/}"
    [[ -z "$item" ]] && continue
    if [[ "$item" =~ ^([0-9]+)-([0-9]+)$ ]]; then
      lo="${BASH_REMATCH[1]}"; hi="${BASH_REMATCH[2]}"
      seq "$lo" "$hi"
    elif [[ "$item" =~ ^[0-9]+$ ]]; then
      echo "$item"
    else
      die "bad cpu list item: $item"
    fi
  done
}

# Reads the shard cpus from a portcullis config: runtime.cpu_affinity, cut to
# runtime.shards entries when shards is a number (shard i runs on entry i).
shards_from_config() {
  local file="$1" list shards
  [[ -r "$file" ]] || die "cannot read config $file"
  list="$(tr '\n' ' ' < "$file" | grep -o 'cpu_affinity[[:space:]]*=[[:space:]]*\[[^]]*\]' \
    | head -n1 | sed 's/.*\[//; s/\].*//; s/[[:space:]]//g')" || true
  [[ -n "$list" ]] || die "$file has no runtime.cpu_affinity: shards are not pinned, nothing to steer around"
  shards="$(grep -E '^[[:space:]]*shards[[:space:]]*=[[:space:]]*[0-9]+' "$file" \
    | head -n1 | sed 's/.*=[[:space:]]*//; s/[^0-9].*//')" || true
  if [[ -n "$shards" ]]; then
    echo "$list" | tr ',' '\n' | head -n "$shards" | paste -sd, -
  else
    echo "$list"
  fi
}

# Hex mask for /proc/irq/N/smp_affinity and rps_cpus: comma-separated 32-bit
# words, most significant first.
cpus_to_mask() {
  local -a words=()
  local cpu w max=0 out="" i
  for cpu in "$@"; do (( cpu / 32 > max )) && max=$(( cpu / 32 )); done
  for (( i = 0; i <= max; i++ )); do words[i]=0; done
  for cpu in "$@"; do
    w=$(( cpu / 32 ))
    words[w]=$(( words[w] | (1 << (cpu % 32)) ))
  done
  for (( i = max; i >= 0; i-- )); do
    out+="$(printf '%08x' "${words[i]}")"
    (( i > 0 )) && out+=","
  done
  echo "$out"
}

norm_mask() {
  local m="${1//,/}"
  m="${m#"${m%%[!0]*}"}"
  echo "${m:-0}"
}

if [[ -n "$config" && -z "$shard_list" ]]; then
  shard_list="$(shards_from_config "$config")"
fi
[[ -n "$shard_list" ]] || { echo "need --shard-cpus or --config" >&2; usage 2; }

mapfile -t online < <(expand_list "$(cat /sys/devices/system/cpu/online)")
mapfile -t shard_cpus < <(expand_list "$shard_list")
declare -A is_shard=()
for c in "${shard_cpus[@]}"; do is_shard[$c]=1; done
house=()
for c in "${online[@]}"; do [[ -z "${is_shard[$c]:-}" ]] && house+=("$c"); done
for c in "${shard_cpus[@]}"; do
  [[ " ${online[*]} " == *" $c "* ]] || die "shard cpu $c is not online"
done
(( ${#house[@]} > 0 )) || die "every online cpu runs a shard: leave at least one core for interrupts"

if [[ ${#ifaces[@]} -eq 0 ]]; then
  # Physical interfaces only: virtual ones (lo, bridges, veth) have no device link.
  for d in /sys/class/net/*; do
    [[ -e "$d/device" ]] && ifaces+=("$(basename "$d")")
  done
fi
(( ${#ifaces[@]} > 0 )) || die "no physical network interface found (use --iface)"

if (( apply )) && [[ "$(id -u)" != 0 ]]; then
  die "--apply needs root"
fi

echo "online cpus:       ${online[*]}"
echo "shard cpus:        ${shard_cpus[*]}"
echo "interrupt cpus:    ${house[*]}"
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet irqbalance 2>/dev/null; then
  echo "warning: irqbalance is running and will move IRQs back onto shard cpus;"
  echo "         set IRQBALANCE_BANNED_CPULIST=$shard_list in /etc/default/irqbalance (or stop it)."
fi

changes=0
hk_mask="$(cpus_to_mask "${house[@]}")"
for ifc in "${ifaces[@]}"; do
  [[ -d "/sys/class/net/$ifc" ]] || die "no such interface: $ifc"
  echo
  echo "== $ifc"
  irqs=()
  if [[ -d "/sys/class/net/$ifc/device/msi_irqs" ]]; then
    mapfile -t irqs < <(ls "/sys/class/net/$ifc/device/msi_irqs" | sort -n)
  else
    mapfile -t irqs < <(grep -E "[[:space:]]$ifc([-_:]|$)" /proc/interrupts | cut -d: -f1 | tr -d ' ')
  fi
  i=0
  for irq in "${irqs[@]}"; do
    f="/proc/irq/$irq/smp_affinity_list"
    [[ -e "$f" ]] || continue
    # Queue IRQs are spread one per interrupt core, round robin.
    want="${house[$(( i % ${#house[@]} ))]}"
    i=$(( i + 1 ))
    cur="$(cat "$f")"
    name="$(grep -E "^[[:space:]]*$irq:" /proc/interrupts | awk '{print $NF}')" || true
    if [[ "$cur" == "$want" ]]; then
      printf '  irq %-5s %-24s affinity %-10s ok\n' "$irq" "${name:-?}" "$cur"
      continue
    fi
    printf '  irq %-5s %-24s affinity %-10s -> %s\n' "$irq" "${name:-?}" "$cur" "$want"
    changes=$(( changes + 1 ))
    if (( apply )); then
      echo "$want" > "$f" || echo "    (kernel refused: managed IRQ, affinity fixed by the driver)"
    fi
  done
  for q in /sys/class/net/"$ifc"/queues/rx-*; do
    [[ -e "$q/rps_cpus" ]] || continue
    cur="$(cat "$q/rps_cpus")"
    # Compare without commas and leading zeros so that "00000000,0000000f"
    # equals "f" (no arithmetic: masks can be wider than 64 bits).
    if [[ "$(norm_mask "$cur")" == "$(norm_mask "$hk_mask")" ]]; then
      printf '  %-10s rps_cpus %-20s ok\n' "$(basename "$q")" "$cur"
      continue
    fi
    printf '  %-10s rps_cpus %-20s -> %s\n' "$(basename "$q")" "$cur" "$hk_mask"
    changes=$(( changes + 1 ))
    (( apply )) && echo "$hk_mask" > "$q/rps_cpus"
  done
done

echo
if (( changes == 0 )); then
  echo "steering already keeps interrupts off the shard cpus"
elif (( apply )); then
  echo "applied $changes change(s); they last until reboot (run this from a boot unit to persist)"
else
  echo "$changes change(s) needed; rerun with --apply (as root) to make them"
fi

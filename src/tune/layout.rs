//! Shard-to-core layout and where NIC interrupts and RPS work may land, read from /proc and /sys.

use std::collections::BTreeSet;

use super::host::{parse_cpu_list, parse_cpu_mask, Host};

/// One NIC interrupt line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NicIrq {
    pub irq: u32,
    /// The action name from /proc/interrupts (e.g. `eth0-TxRx-3`).
    pub name: String,
    /// CPUs the IRQ may be delivered to now (effective affinity when known).
    pub affinity: BTreeSet<usize>,
    /// CPUs that have handled it since boot (non-zero counts).
    pub landed_on: BTreeSet<usize>,
}

/// One receive queue's RPS mask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RpsQueue {
    pub iface: String,
    pub queue: String,
    /// Empty: RPS off, packets are processed where the IRQ lands.
    pub cpus: BTreeSet<usize>,
}

/// A line of /proc/interrupts with a numeric IRQ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterruptLine {
    pub irq: u32,
    /// (cpu id, count) for every CPU column.
    pub counts: Vec<(usize, u64)>,
    /// Everything after the counts: chip, hw irq, action names.
    pub description: String,
}

/// Parses /proc/interrupts; lines without a numeric IRQ (NMI, LOC, ...) are skipped.
pub fn parse_interrupts(text: &str) -> Vec<InterruptLine> {
    let mut lines = text.lines();
    let cpus: Vec<usize> = lines
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|c| c.strip_prefix("CPU")?.parse().ok())
        .collect();
    let mut out = Vec::new();
    for line in lines {
        let mut words = line.split_whitespace();
        let Some(irq) = words.next().and_then(|w| w.strip_suffix(':')?.parse().ok()) else {
            continue;
        };
        let mut counts = Vec::with_capacity(cpus.len());
        let mut rest = Vec::new();
        for w in words {
            match w.parse::<u64>() {
                Ok(n) if counts.len() < cpus.len() && rest.is_empty() => {
                    counts.push((cpus[counts.len()], n))
                }
                _ => rest.push(w),
            }
        }
        out.push(InterruptLine {
            irq,
            counts,
            description: rest.join(" "),
        });
    }
    out
}

/// Physical interfaces: those with a `device` link in /sys/class/net.
pub fn nic_names(host: &Host) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(host.sys.join("class/net"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().join("device").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Names an IRQ action of `iface` may carry: the interface name itself
/// (`eth0-TxRx-0`) and its device's name (`virtio2-input.0`).
fn irq_name_prefixes(host: &Host, iface: &str) -> Vec<String> {
    let mut prefixes = vec![iface.to_string()];
    let dev = host.sys.join("class/net").join(iface).join("device");
    if let Some(name) = std::fs::canonicalize(&dev)
        .ok()
        .and_then(|p| Some(p.file_name()?.to_string_lossy().into_owned()))
    {
        prefixes.push(name);
    }
    prefixes
}

fn msi_irqs(host: &Host, iface: &str) -> BTreeSet<u32> {
    let dir = host
        .sys
        .join("class/net")
        .join(iface)
        .join("device/msi_irqs");
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse().ok())
        .collect()
}

fn action_matches(action: &str, prefix: &str) -> bool {
    action
        .strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['-', '_', ':', '@', '.']))
        || action.contains(&format!("@pci:{prefix}"))
}

fn irq_affinity(host: &Host, irq: u32) -> BTreeSet<usize> {
    let dir = host.proc.join(format!("irq/{irq}"));
    ["effective_affinity_list", "smp_affinity_list"]
        .iter()
        .filter_map(|f| std::fs::read_to_string(dir.join(f)).ok())
        .filter_map(|t| parse_cpu_list(t.trim()))
        .find(|set| !set.is_empty())
        .unwrap_or_default()
}

/// Every interrupt that belongs to one of `nics`.
pub fn nic_irqs(host: &Host, nics: &[String]) -> Vec<NicIrq> {
    let Ok(text) = std::fs::read_to_string(host.proc.join("interrupts")) else {
        return Vec::new();
    };
    let mut msi = BTreeSet::new();
    let mut prefixes = Vec::new();
    for nic in nics {
        msi.extend(msi_irqs(host, nic));
        prefixes.extend(irq_name_prefixes(host, nic));
    }
    parse_interrupts(&text)
        .into_iter()
        .filter(|l| {
            let action = l.description.split_whitespace().last().unwrap_or_default();
            msi.contains(&l.irq) || prefixes.iter().any(|p| action_matches(action, p))
        })
        .map(|l| NicIrq {
            irq: l.irq,
            name: l
                .description
                .split_whitespace()
                .last()
                .unwrap_or("?")
                .to_string(),
            affinity: irq_affinity(host, l.irq),
            landed_on: l
                .counts
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(c, _)| *c)
                .collect(),
        })
        .collect()
}

/// RPS masks of every receive queue of `nics`.
pub fn rps_queues(host: &Host, nics: &[String]) -> Vec<RpsQueue> {
    let mut out = Vec::new();
    for nic in nics {
        let dir = host.sys.join("class/net").join(nic).join("queues");
        let mut queues: Vec<_> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|q| q.starts_with("rx-"))
            .collect();
        queues.sort();
        for queue in queues {
            let path = host
                .sys
                .join(format!("class/net/{nic}/queues/{queue}/rps_cpus"));
            let Some(cpus) = std::fs::read_to_string(path)
                .ok()
                .and_then(|t| parse_cpu_mask(&t))
            else {
                continue;
            };
            out.push(RpsQueue {
                iface: nic.clone(),
                queue,
                cpus,
            });
        }
    }
    out
}

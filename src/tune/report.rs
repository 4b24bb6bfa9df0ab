//! Turns host readings into report rows (current vs recommended), prints them, and applies fixes.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::host::{format_cpu_list, Host};
use super::layout::{nic_irqs, nic_names, rps_queues};
use super::profile::Profile;
use super::{RECOMMENDED_GOVERNOR, RECOMMENDED_MEMLOCK_BYTES, RECOMMENDED_NOFILE};

/// Verdict of one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// As recommended.
    Ok,
    /// Differs from the recommendation.
    Off,
    /// A required key does not exist: the host cannot be shown to be tuned.
    Absent,
    /// Shown for information; never fails the check.
    Info,
}

impl Status {
    /// Whether this row makes `tune --check` exit 1.
    pub fn is_problem(self) -> bool {
        matches!(self, Status::Off | Status::Absent)
    }

    fn label(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Off => "OFF",
            Status::Absent => "ABSENT",
            Status::Info => "info",
        }
    }
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub item: String,
    pub current: String,
    pub recommended: String,
    /// `exact`, `at_least`, `at_most`, or a short word for non-sysctl rows.
    pub rule: String,
    pub status: Status,
}

fn row(
    item: impl Into<String>,
    current: impl Into<String>,
    rec: impl Into<String>,
    rule: &str,
    status: Status,
) -> Row {
    Row {
        item: item.into(),
        current: current.into(),
        recommended: rec.into(),
        rule: rule.to_string(),
        status,
    }
}

/// One row per profile setting.
pub fn sysctl_rows(host: &Host, profile: &Profile) -> Vec<Row> {
    profile
        .settings
        .iter()
        .map(|s| {
            let (current, status) = match host.read_sysctl(&s.proc_path()) {
                Ok(Some(v)) if s.is_satisfied_by(&v) => (v, Status::Ok),
                Ok(Some(v)) => (v, Status::Off),
                Ok(None) if s.optional => ("(absent)".to_string(), Status::Info),
                Ok(None) => ("(absent)".to_string(), Status::Absent),
                Err(e) => (format!("(unreadable: {e})"), Status::Off),
            };
            row(
                &s.key,
                super::profile::normalize(&current),
                &s.value,
                s.rule.name(),
                status,
            )
        })
        .collect()
}

/// RLIMIT_NOFILE and RLIMIT_MEMLOCK of this process. Advisory only: the
/// service gets its own limits from the unit file, not from this shell.
pub fn limit_rows(host: &Host) -> Vec<Row> {
    let Some(l) = host.limits() else {
        return vec![row("rlimit", "(unreadable)", "", "", Status::Info)];
    };
    let show = |v: Option<u64>| v.map_or("unlimited".to_string(), |n| n.to_string());
    let note = |v: Option<u64>, want: u64| {
        if v.is_none_or(|n| n >= want) {
            "at_least"
        } else {
            "at_least (low for this shell; the unit sets it)"
        }
    };
    vec![
        row(
            "RLIMIT_NOFILE (this process)",
            show(l.nofile),
            RECOMMENDED_NOFILE.to_string(),
            note(l.nofile, RECOMMENDED_NOFILE),
            Status::Info,
        ),
        row(
            "RLIMIT_MEMLOCK (this process)",
            show(l.memlock_bytes),
            RECOMMENDED_MEMLOCK_BYTES.to_string(),
            note(l.memlock_bytes, RECOMMENDED_MEMLOCK_BYTES),
            Status::Info,
        ),
    ]
}

/// CPU governors, grouped by value.
pub fn governor_rows(host: &Host) -> Vec<Row> {
    let govs = host.governors();
    if govs.is_empty() {
        return vec![row(
            "cpu governor",
            "(no cpufreq)",
            RECOMMENDED_GOVERNOR,
            "exact",
            Status::Info,
        )];
    }
    let mut groups: Vec<(String, BTreeSet<usize>)> = Vec::new();
    for (cpu, g) in govs {
        match groups.iter_mut().find(|(name, _)| *name == g) {
            Some((_, set)) => {
                set.insert(cpu);
            }
            None => groups.push((g, BTreeSet::from([cpu]))),
        }
    }
    groups
        .into_iter()
        .map(|(g, cpus)| {
            let status = if g == RECOMMENDED_GOVERNOR {
                Status::Ok
            } else {
                Status::Off
            };
            row(
                format!("cpu governor (cpus {})", format_cpu_list(&cpus)),
                g,
                RECOMMENDED_GOVERNOR,
                "exact",
                status,
            )
        })
        .collect()
}

/// Shard pinning, plus NIC IRQ affinity and RPS masks against the shard cores.
pub fn layout_rows(host: &Host, shards: usize, affinity: Option<&[usize]>) -> Vec<Row> {
    let mut rows = Vec::new();
    let Some(affinity) = affinity else {
        rows.push(row(
            format!("shards ({shards})"),
            "not pinned",
            "runtime.cpu_affinity",
            "pinning",
            Status::Info,
        ));
        return rows;
    };
    let online = host.online_cpus();
    let mut shard_cpus = BTreeSet::new();
    for (i, &cpu) in affinity.iter().take(shards).enumerate() {
        let status = if !shard_cpus.insert(cpu) {
            ("shares its cpu with another shard", Status::Off)
        } else if online.as_ref().is_some_and(|o| !o.contains(&cpu)) {
            ("cpu not online", Status::Off)
        } else {
            ("dedicated core", Status::Ok)
        };
        rows.push(row(
            format!("shard {i}"),
            format!("cpu {cpu}"),
            status.0,
            "pinning",
            status.1,
        ));
    }
    let others = format!("cpus other than {}", format_cpu_list(&shard_cpus));
    let nics = nic_names(host);
    let irqs = nic_irqs(host, &nics);
    if irqs.is_empty() {
        rows.push(row(
            "nic irqs",
            "(none found)",
            &others,
            "steering",
            Status::Info,
        ));
    }
    for irq in irqs {
        let clash = !irq.affinity.is_disjoint(&shard_cpus);
        let current = format!(
            "may: {}; ran: {}",
            format_cpu_list(&irq.affinity),
            format_cpu_list(&irq.landed_on)
        );
        let status = if clash { Status::Off } else { Status::Ok };
        rows.push(row(
            format!("irq {} {}", irq.irq, irq.name),
            current,
            &others,
            "steering",
            status,
        ));
    }
    for q in rps_queues(host, &nics) {
        let status = if q.cpus.is_disjoint(&shard_cpus) {
            Status::Ok
        } else {
            Status::Off
        };
        let current = if q.cpus.is_empty() {
            "off".to_string()
        } else {
            format_cpu_list(&q.cpus)
        };
        rows.push(row(
            format!("rps {}/{}", q.iface, q.queue),
            current,
            &others,
            "steering",
            status,
        ));
    }
    rows
}

/// Prints rows as an aligned table.
pub fn render(rows: &[Row], out: &mut String) {
    let w = |f: fn(&Row) -> usize, min: usize| rows.iter().map(f).max().unwrap_or(0).max(min);
    let (wi, wc, wr) = (
        w(|r| r.item.len(), 7),
        w(|r| r.current.len(), 7),
        w(|r| r.recommended.len(), 11),
    );
    let _ = writeln!(
        out,
        "{:<wi$}  {:<wc$}  {:<wr$}  STATUS  RULE",
        "SETTING", "CURRENT", "RECOMMENDED"
    );
    for r in rows {
        let _ = writeln!(
            out,
            "{:<wi$}  {:<wc$}  {:<wr$}  {:<6}  {}",
            r.item,
            r.current,
            r.recommended,
            r.status.label(),
            r.rule
        );
    }
}

/// Writes every present sysctl that is off, and the governor where offered.
/// Keys that do not exist are never created.
pub fn apply(host: &Host, profile: &Profile, out: &mut String) {
    for s in &profile.settings {
        let path = s.proc_path();
        let Ok(Some(current)) = host.read_sysctl(&path) else {
            continue;
        };
        if s.is_satisfied_by(&current) {
            continue;
        }
        let value = s.value_to_write(Some(&current));
        let _ = match host.write_sysctl(&path, &value) {
            Ok(()) => writeln!(
                out,
                "set {} = {value} (was {})",
                s.key,
                super::profile::normalize(&current)
            ),
            Err(e) => writeln!(out, "could not set {} = {value}: {e}", s.key),
        };
    }
    for (cpu, g) in host.governors() {
        if g == RECOMMENDED_GOVERNOR || !host.governor_available(cpu, RECOMMENDED_GOVERNOR) {
            continue;
        }
        let _ = match host.write_governor(cpu, RECOMMENDED_GOVERNOR) {
            Ok(()) => writeln!(
                out,
                "set cpu{cpu} governor = {RECOMMENDED_GOVERNOR} (was {g})"
            ),
            Err(e) => writeln!(out, "could not set cpu{cpu} governor: {e}"),
        };
    }
    out.push_str("live values only: install tuning/sysctl.conf in /etc/sysctl.d/ to keep them after reboot\n");
}

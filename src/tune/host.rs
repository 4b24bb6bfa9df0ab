//! Reads (and writes) host state under a configurable /proc and /sys root, so tests can use a fake one.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Where the host's kernel interfaces are mounted.
#[derive(Debug, Clone)]
pub struct Host {
    pub proc: PathBuf,
    pub sys: PathBuf,
}

/// Soft resource limits of the calling process; `None` = unlimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub nofile: Option<u64>,
    pub memlock_bytes: Option<u64>,
}

impl Host {
    /// The running system.
    pub fn live() -> Host {
        Host {
            proc: PathBuf::from("/proc"),
            sys: PathBuf::from("/sys"),
        }
    }

    /// A fake root holding `proc/` and `sys/` directories.
    pub fn under(root: &Path) -> Host {
        Host {
            proc: root.join("proc"),
            sys: root.join("sys"),
        }
    }

    fn sysctl_file(&self, rel: &str) -> PathBuf {
        self.proc.join("sys").join(rel)
    }

    /// The value of `/proc/sys/<rel>`, trimmed; `Ok(None)` when absent.
    pub fn read_sysctl(&self, rel: &str) -> std::io::Result<Option<String>> {
        match std::fs::read_to_string(self.sysctl_file(rel)) {
            Ok(v) => Ok(Some(v.trim().to_string())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Writes `/proc/sys/<rel>` (the file must exist: sysctls are never created).
    pub fn write_sysctl(&self, rel: &str, value: &str) -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(self.sysctl_file(rel))?;
        std::io::Write::write_all(&mut f, format!("{value}\n").as_bytes())
    }

    /// Effective uid of this process, from `/proc/self/status`.
    pub fn euid(&self) -> Option<u32> {
        let status = std::fs::read_to_string(self.proc.join("self/status")).ok()?;
        let line = status.lines().find(|l| l.starts_with("Uid:"))?;
        line.split_whitespace().nth(2)?.parse().ok()
    }

    /// Soft limits from `/proc/self/limits` (read as text: no libc call needed).
    pub fn limits(&self) -> Option<Limits> {
        let text = std::fs::read_to_string(self.proc.join("self/limits")).ok()?;
        let soft = |name: &str| -> Option<Option<u64>> {
            let line = text.lines().find(|l| l.starts_with(name))?;
            // Columns: name (several words), soft, hard, [units].
            let rest = line[name.len()..].split_whitespace().next()?;
            Some(if rest == "unlimited" {
                None
            } else {
                Some(rest.parse().ok()?)
            })
        };
        Some(Limits {
            nofile: soft("Max open files")?,
            memlock_bytes: soft("Max locked memory")?,
        })
    }

    fn cpu_dir(&self) -> PathBuf {
        self.sys.join("devices/system/cpu")
    }

    /// Online CPUs, if the kernel reports them.
    pub fn online_cpus(&self) -> Option<BTreeSet<usize>> {
        let text = std::fs::read_to_string(self.cpu_dir().join("online")).ok()?;
        parse_cpu_list(text.trim())
    }

    /// `(cpu, governor)` for every CPU with cpufreq (none on most VMs).
    pub fn governors(&self) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        let Ok(entries) = std::fs::read_dir(self.cpu_dir()) else {
            return out;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some(cpu) = name.strip_prefix("cpu").and_then(|n| n.parse().ok()) else {
                continue;
            };
            if let Ok(g) = std::fs::read_to_string(e.path().join("cpufreq/scaling_governor")) {
                out.push((cpu, g.trim().to_string()));
            }
        }
        out.sort();
        out
    }

    /// Sets one CPU's governor (the `--apply` path).
    pub fn write_governor(&self, cpu: usize, governor: &str) -> std::io::Result<()> {
        let path = self
            .cpu_dir()
            .join(format!("cpu{cpu}/cpufreq/scaling_governor"));
        std::fs::write(path, format!("{governor}\n"))
    }

    /// Whether `governor` is offered for `cpu`.
    pub fn governor_available(&self, cpu: usize, governor: &str) -> bool {
        let path = self
            .cpu_dir()
            .join(format!("cpu{cpu}/cpufreq/scaling_available_governors"));
        std::fs::read_to_string(path).is_ok_and(|s| s.split_whitespace().any(|g| g == governor))
    }
}

/// Parses a kernel cpu list such as `0-3,8,10-11`.
pub fn parse_cpu_list(text: &str) -> Option<BTreeSet<usize>> {
    let mut set = BTreeSet::new();
    for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match item.split_once('-') {
            Some((lo, hi)) => {
                let (lo, hi): (usize, usize) = (lo.parse().ok()?, hi.parse().ok()?);
                // Bound the range: a cpu list never exceeds the kernel's
                // NR_CPUS (8192 on the largest distro kernels).
                if hi < lo || hi - lo > MAX_CPUS {
                    return None;
                }
                set.extend(lo..=hi);
            }
            None => {
                set.insert(item.parse().ok()?);
            }
        }
    }
    Some(set)
}

/// Largest cpu range accepted in a cpu list (the kernel's NR_CPUS maximum).
const MAX_CPUS: usize = 8192;

/// Parses a kernel hex cpu mask such as `00000000,0000000f` (RPS, IRQ masks).
pub fn parse_cpu_mask(text: &str) -> Option<BTreeSet<usize>> {
    let hex: String = text.trim().chars().filter(|c| *c != ',').collect();
    let mut set = BTreeSet::new();
    for (i, c) in hex.chars().rev().enumerate() {
        let nibble = c.to_digit(16)?;
        for bit in 0..4 {
            if nibble & (1 << bit) != 0 {
                set.insert(i * 4 + bit);
            }
        }
    }
    Some(set)
}

/// Formats a cpu set compactly, e.g. `0-3,8`.
pub fn format_cpu_list(set: &BTreeSet<usize>) -> String {
    let mut parts = Vec::new();
    let mut iter = set.iter().copied().peekable();
    while let Some(start) = iter.next() {
        let mut end = start;
        while iter.peek() == Some(&(end + 1)) {
            end += 1;
            iter.next();
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
    }
    if parts.is_empty() {
        "-".to_string()
    } else {
        parts.join(",")
    }
}

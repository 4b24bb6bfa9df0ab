//! `portcullis tune`: compares the host with the tuning profile and, only with `--apply`, sets it.
//!
//! Everything is read from /proc and /sys through [`host::Host`], whose roots
//! are configurable so that the whole command runs against a fake tree in
//! tests. `--check` (the default) never writes; `--apply` writes live sysctl
//! values and CPU governors (root only) and then checks again.

mod host;
mod layout;
mod profile;
mod report;
#[cfg(test)]
mod tests;

use std::path::PathBuf;

pub use host::{Host, Limits};
pub use profile::{Profile, ProfileError, Rule, Setting, BUILTIN_PROFILE};
pub use report::{Row, Status};

use crate::config::{Config, ConfigError};

/// Soft RLIMIT_NOFILE the service runs with (`LimitNOFILE=` in
/// tuning/portcullis.service): one descriptor per client and target socket.
pub const RECOMMENDED_NOFILE: u64 = 1_048_576;
/// Soft RLIMIT_MEMLOCK below which io_uring rings may fail to register on
/// kernels before 5.12 (they charge ring memory to memlock; 64 MiB covers
/// a ring plus registered buffers per shard on a 32-core host).
pub const RECOMMENDED_MEMLOCK_BYTES: u64 = 64 * 1024 * 1024;
/// CPU frequency governor that keeps cores at full clock: handshakes come
/// in bursts shorter than other governors' ramp-up time.
pub const RECOMMENDED_GOVERNOR: &str = "performance";

/// Arguments of `portcullis tune`.
#[derive(Debug, clap::Args)]
pub struct TuneArgs {
    /// Only read and compare (the default; nothing is ever written without --apply).
    #[arg(long, conflicts_with = "apply")]
    pub check: bool,
    /// Write the recommended live sysctl values and CPU governor (root only), then check.
    #[arg(long)]
    pub apply: bool,
    /// Profile in sysctl.conf syntax with `# check:` rules [default: built-in tuning/sysctl.conf].
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// portcullis config whose shard/CPU layout and NIC IRQ placement are shown.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Why `tune` could not do its job (exit status 2).
#[derive(Debug, thiserror::Error)]
pub enum TuneError {
    #[error("cannot read profile {path}: {source}")]
    ReadProfile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("profile {path}: {source}")]
    Profile { path: PathBuf, source: ProfileError },
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("--apply changes kernel settings and needs root (effective uid {})",
        .euid.map_or("unknown".to_string(), |u| u.to_string()))]
    NotRoot { euid: Option<u32> },
}

/// Runs the command against the live host; returns the process exit code:
/// 0 all settings as recommended, 1 something off, 2 could not check.
pub fn run(args: &TuneArgs) -> u8 {
    let mut out = String::new();
    let result = execute(&Host::live(), args, &mut out);
    print!("{out}");
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            2
        }
    }
}

fn load_profile(path: Option<&PathBuf>) -> Result<Profile, TuneError> {
    let Some(path) = path else {
        return Profile::parse(BUILTIN_PROFILE).map_err(|source| TuneError::Profile {
            path: "built-in tuning/sysctl.conf".into(),
            source,
        });
    };
    let text = std::fs::read_to_string(path).map_err(|source| TuneError::ReadProfile {
        path: path.clone(),
        source,
    })?;
    Profile::parse(&text).map_err(|source| TuneError::Profile {
        path: path.clone(),
        source,
    })
}

/// The whole command against `host`, writing its report into `out`.
pub fn execute(host: &Host, args: &TuneArgs, out: &mut String) -> Result<u8, TuneError> {
    let profile = load_profile(args.profile.as_ref())?;
    let config = args.config.as_deref().map(Config::load).transpose()?;
    if args.apply {
        let euid = host.euid();
        if euid != Some(0) {
            return Err(TuneError::NotRoot { euid });
        }
        report::apply(host, &profile, out);
        out.push('\n');
    }
    let rows = check(host, &profile, config.as_ref());
    report::render(&rows, out);
    let problems = rows.iter().filter(|r| r.status.is_problem()).count();
    if problems == 0 {
        out.push_str("\nall settings as recommended\n");
        Ok(0)
    } else {
        out.push_str(&format!(
            "\n{problems} setting(s) differ from the recommendation{}\n",
            if args.apply {
                ""
            } else {
                "; `portcullis tune --apply` (root) sets the sysctls and governor"
            }
        ));
        Ok(1)
    }
}

/// Compares every setting; reads only.
pub fn check(host: &Host, profile: &Profile, config: Option<&Config>) -> Vec<Row> {
    let mut rows = report::sysctl_rows(host, profile);
    rows.extend(report::limit_rows(host));
    rows.extend(report::governor_rows(host));
    if let Some(cfg) = config {
        let cpus = cfg.runtime.cpu_affinity.as_deref();
        rows.extend(report::layout_rows(
            host,
            cfg.runtime.shards.resolve(),
            cpus,
        ));
    }
    rows
}

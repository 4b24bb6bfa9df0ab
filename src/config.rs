//! Typed configuration: parsed from TOML and fully validated before any socket is bound.
//!
//! Unknown keys are errors (`deny_unknown_fields`) so that a typo never silently
//! turns a security option off. Relative paths are resolved against the
//! directory of the configuration file.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Default handshake deadline. A full TLS 1.3 mTLS handshake needs two round
/// trips; 10 s tolerates very slow mobile links while bounding slowloris-style
/// handshake stalls.
pub const DEFAULT_HANDSHAKE_TIMEOUT_MS: u64 = 10_000;
/// Default time allowed to receive a complete request head (slowloris guard);
/// nginx's `client_header_timeout` default is 60 s, HAProxy's `timeout
/// http-request` is usually set to 10 s at the edge.
pub const DEFAULT_HEADER_READ_TIMEOUT_MS: u64 = 10_000;
/// Default idle time on a keep-alive client connection between requests
/// (ALB's default idle timeout is 60 s).
pub const DEFAULT_IDLE_TIMEOUT_MS: u64 = 60_000;
/// Default cap of concurrent connections per shard.
pub const DEFAULT_MAX_CONNECTIONS_PER_SHARD: usize = 50_000;
/// Default cap on a request head (request line + headers). ALB rejects heads
/// above 64 KiB; nginx's `large_client_header_buffers` default allows 4×8 KiB.
pub const DEFAULT_MAX_HEADER_BYTES: usize = 32 * 1024;
/// Default cap on the number of request header fields (Apache/HAProxy use 100).
pub const DEFAULT_MAX_HEADER_COUNT: usize = 100;
/// Default graceful-drain deadline on SIGTERM/SIGINT.
pub const DEFAULT_DRAIN_TIMEOUT_MS: u64 = 30_000;
/// Default connect timeout towards a target.
pub const DEFAULT_TARGET_CONNECT_TIMEOUT_MS: u64 = 3_000;
/// Default wait for a target's response head (ALB: idle timeout, 60 s).
pub const DEFAULT_TARGET_RESPONSE_TIMEOUT_MS: u64 = 60_000;
/// Default s2n security policy: TLS 1.3 only, pinned to a dated version so
/// that an s2n upgrade never changes what the listener offers.
pub const DEFAULT_SECURITY_POLICY: &str = "CloudFront-TLS-1-3-2025-no-pq";

/// Errors found while reading or validating a configuration.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config {path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("config {path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

/// Listener mutual-TLS mode, as ALB names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MtlsMode {
    /// No client certificate is requested.
    Off,
    /// A client certificate is requested but not verified; the chain is
    /// forwarded in `X-Amzn-Mtls-Clientcert`.
    Passthrough,
    /// A client certificate is required and validated against a trust store.
    Verify,
}

/// `shards = "auto"` or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shards {
    #[default]
    Auto,
    Count(usize),
}

impl<'de> Deserialize<'de> for Shards {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            N(usize),
            S(String),
        }
        match Raw::deserialize(d)? {
            Raw::N(n) => Ok(Shards::Count(n)),
            Raw::S(s) if s == "auto" => Ok(Shards::Auto),
            Raw::S(s) => Err(serde::de::Error::custom(format!(
                "shards must be \"auto\" or a number, got {s:?}"
            ))),
        }
    }
}

impl Shards {
    /// Number of shard threads to start.
    pub fn resolve(self) -> usize {
        match self {
            Shards::Count(n) => n,
            Shards::Auto => std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
        }
    }
}

/// `[runtime]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuntimeConfig {
    #[serde(default)]
    pub shards: Shards,
    /// Shard i is pinned to `cpu_affinity[i]`.
    #[serde(default)]
    pub cpu_affinity: Option<Vec<usize>>,
    #[serde(default = "default_drain_timeout_ms")]
    pub drain_timeout_ms: u64,
    /// Signature checks each shard remembers (`trust::sigmemo`); 0 turns the memo off.
    #[serde(default = "default_signature_cache_entries")]
    pub signature_cache_entries: usize,
    /// Client leaves each shard keeps parsed (`trust::leafcache`); 0 turns the cache off.
    #[serde(default = "default_certificate_cache_entries")]
    pub certificate_cache_entries: usize,
}

/// What a config without a `[runtime]` table gets: the same as an empty one.
impl Default for RuntimeConfig {
    fn default() -> RuntimeConfig {
        RuntimeConfig {
            shards: Shards::default(),
            cpu_affinity: None,
            drain_timeout_ms: default_drain_timeout_ms(),
            signature_cache_entries: default_signature_cache_entries(),
            certificate_cache_entries: default_certificate_cache_entries(),
        }
    }
}

/// One `[[listener]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListenerConfig {
    pub name: String,
    pub bind: SocketAddr,
    /// PEM chain, leaf first.
    pub certificate: PathBuf,
    pub private_key: PathBuf,
    pub mode: MtlsMode,
    #[serde(default)]
    pub trust_store: Option<String>,
    /// Weakens security: accept expired (but otherwise valid) client leaves.
    #[serde(default)]
    pub ignore_client_certificate_expiry: bool,
    #[serde(default)]
    pub advertise_ca_names: bool,
    pub target_group: String,
    /// Numbered s2n security policy, e.g. "default_tls13" or "20230317".
    #[serde(default = "default_security_policy")]
    pub security_policy: String,
    #[serde(default = "default_max_connections")]
    pub max_connections: usize,
    #[serde(default = "default_handshake_timeout_ms")]
    pub handshake_timeout_ms: u64,
    #[serde(default = "default_header_read_timeout_ms")]
    pub header_read_timeout_ms: u64,
    #[serde(default = "default_idle_timeout_ms")]
    pub idle_timeout_ms: u64,
    #[serde(default = "default_max_header_bytes")]
    pub max_header_bytes: usize,
    #[serde(default = "default_max_header_count")]
    pub max_header_count: usize,
}

/// One `[trust_store.NAME]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustStoreConfig {
    /// Roots and intermediates, PEM.
    pub ca_bundle: PathBuf,
    /// CRL files, PEM or DER.
    #[serde(default)]
    pub crls: Vec<PathBuf>,
    /// Re-read the CRL files when they change, checked this often.
    #[serde(default)]
    pub crl_refresh_seconds: Option<u64>,
    /// Weakens security: keep accepting with a CRL past its nextUpdate.
    #[serde(default)]
    pub insecure_allow_stale_crls: bool,
    /// Longest accepted path, leaf and anchor included (ALB: 4).
    #[serde(default)]
    pub max_chain_depth: Option<usize>,
    /// Largest accepted client chain in bytes as sent.
    #[serde(default)]
    pub max_chain_bytes: Option<usize>,
}

/// One `[target_group.NAME]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetGroupConfig {
    pub targets: Vec<SocketAddr>,
    #[serde(default = "default_target_connect_timeout_ms")]
    pub connect_timeout_ms: u64,
    #[serde(default = "default_target_response_timeout_ms")]
    pub response_timeout_ms: u64,
    /// Idle keep-alive connections kept per target and shard (0: none, every
    /// request opens a new connection). Idle ones also expire after 4 s.
    #[serde(default = "default_target_max_idle_connections")]
    pub max_idle_connections: usize,
}

/// `[logs]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogsConfig {
    /// A path, or "-" for stdout; absent = off.
    #[serde(default)]
    pub connection_log: Option<PathBuf>,
}

/// `[admin]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdminConfig {
    #[serde(default = "default_admin_bind")]
    pub bind: SocketAddr,
}

/// The whole configuration file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub runtime: RuntimeConfig,
    #[serde(default)]
    pub listener: Vec<ListenerConfig>,
    #[serde(default)]
    pub trust_store: BTreeMap<String, TrustStoreConfig>,
    #[serde(default)]
    pub target_group: BTreeMap<String, TargetGroupConfig>,
    #[serde(default)]
    pub logs: LogsConfig,
    #[serde(default)]
    pub admin: Option<AdminConfig>,
    /// Where the file was read from (not a key).
    #[serde(skip)]
    pub source: PathBuf,
}

impl Config {
    /// Reads, parses and validates a config file; relative paths inside it
    /// are resolved against its directory.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        Config::parse(&text, path, base)
    }

    /// Parses and validates config text; `source` is used in messages.
    pub fn parse(text: &str, source: &Path, base: &Path) -> Result<Config, ConfigError> {
        let mut cfg: Config = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: source.to_path_buf(),
            message: e.to_string(),
        })?;
        cfg.source = source.to_path_buf();
        cfg.resolve_paths(base);
        cfg.validate()?;
        Ok(cfg)
    }

    fn resolve_paths(&mut self, base: &Path) {
        let fix = |p: &mut PathBuf| {
            if p.is_relative() && p.as_os_str() != "-" {
                *p = base.join(&*p);
            }
        };
        for l in &mut self.listener {
            fix(&mut l.certificate);
            fix(&mut l.private_key);
        }
        for t in self.trust_store.values_mut() {
            fix(&mut t.ca_bundle);
            t.crls.iter_mut().for_each(fix);
        }
        if let Some(p) = &mut self.logs.connection_log {
            fix(p);
        }
    }

    fn invalid(&self, message: String) -> ConfigError {
        ConfigError::Invalid {
            path: self.source.clone(),
            message,
        }
    }

    /// Cross-reference and range checks that serde cannot express.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.listener.is_empty() {
            return Err(self.invalid("no [[listener]] defined".into()));
        }
        if let Shards::Count(0) = self.runtime.shards {
            return Err(self.invalid("runtime.shards must be at least 1".into()));
        }
        if self.runtime.signature_cache_entries > MAX_SIGNATURE_CACHE_ENTRIES {
            return Err(self.invalid(format!(
                "runtime.signature_cache_entries must be at most {MAX_SIGNATURE_CACHE_ENTRIES} (per shard; 0 turns the memo off)"
            )));
        }
        if self.runtime.certificate_cache_entries > MAX_CERTIFICATE_CACHE_ENTRIES {
            return Err(self.invalid(format!(
                "runtime.certificate_cache_entries must be at most {MAX_CERTIFICATE_CACHE_ENTRIES} (per shard; 0 turns the cache off)"
            )));
        }
        let shards = self.runtime.shards.resolve();
        if let Some(cpus) = &self.runtime.cpu_affinity {
            if cpus.len() < shards {
                return Err(self.invalid(format!(
                    "runtime.cpu_affinity lists {} cpus but {shards} shards are configured",
                    cpus.len()
                )));
            }
        }
        let mut names = std::collections::HashSet::new();
        for (i, l) in self.listener.iter().enumerate() {
            let at = format!("listener[{i}] ({:?})", l.name);
            if !names.insert(&l.name) {
                return Err(self.invalid(format!("{at}: duplicate listener name")));
            }
            if !self.target_group.contains_key(&l.target_group) {
                return Err(self.invalid(format!(
                    "{at}: target_group {:?} is not defined",
                    l.target_group
                )));
            }
            match (&l.mode, &l.trust_store) {
                (MtlsMode::Verify, None) => {
                    return Err(self.invalid(format!("{at}: mode \"verify\" requires trust_store")))
                }
                (_, Some(ts)) if !self.trust_store.contains_key(ts) => {
                    return Err(self.invalid(format!("{at}: trust_store {ts:?} is not defined")))
                }
                _ => {}
            }
            if l.advertise_ca_names && l.trust_store.is_none() {
                return Err(self.invalid(format!("{at}: advertise_ca_names needs a trust_store")));
            }
            for (key, v) in [
                ("handshake_timeout_ms", l.handshake_timeout_ms),
                ("header_read_timeout_ms", l.header_read_timeout_ms),
                ("idle_timeout_ms", l.idle_timeout_ms),
                ("max_connections", l.max_connections as u64),
                ("max_header_bytes", l.max_header_bytes as u64),
                ("max_header_count", l.max_header_count as u64),
            ] {
                if v == 0 {
                    return Err(self.invalid(format!("{at}: {key} must be positive")));
                }
            }
        }
        for (name, tg) in &self.target_group {
            if tg.targets.is_empty() {
                return Err(self.invalid(format!("target_group {name:?}: targets is empty")));
            }
        }
        for (name, ts) in &self.trust_store {
            if ts.crl_refresh_seconds == Some(0) {
                return Err(self.invalid(format!(
                    "trust_store {name:?}: crl_refresh_seconds must be positive"
                )));
            }
            if ts.max_chain_depth == Some(0) || ts.max_chain_depth.is_some_and(|d| d > 16) {
                return Err(self.invalid(format!(
                    "trust_store {name:?}: max_chain_depth must be between 1 and 16"
                )));
            }
        }
        Ok(())
    }
}

fn default_drain_timeout_ms() -> u64 {
    DEFAULT_DRAIN_TIMEOUT_MS
}
/// Largest `signature_cache_entries`: about 70 MiB per shard when full.
pub const MAX_SIGNATURE_CACHE_ENTRIES: usize = 1 << 20;

fn default_signature_cache_entries() -> usize {
    crate::trust::sigmemo::DEFAULT_ENTRIES
}
/// Largest `certificate_cache_entries`: about 128 MiB per shard when full.
pub const MAX_CERTIFICATE_CACHE_ENTRIES: usize = 1 << 16;

fn default_certificate_cache_entries() -> usize {
    crate::trust::leafcache::DEFAULT_ENTRIES
}
fn default_security_policy() -> String {
    DEFAULT_SECURITY_POLICY.to_string()
}
fn default_max_connections() -> usize {
    DEFAULT_MAX_CONNECTIONS_PER_SHARD
}
fn default_handshake_timeout_ms() -> u64 {
    DEFAULT_HANDSHAKE_TIMEOUT_MS
}
fn default_header_read_timeout_ms() -> u64 {
    DEFAULT_HEADER_READ_TIMEOUT_MS
}
fn default_idle_timeout_ms() -> u64 {
    DEFAULT_IDLE_TIMEOUT_MS
}
fn default_max_header_bytes() -> usize {
    DEFAULT_MAX_HEADER_BYTES
}
fn default_max_header_count() -> usize {
    DEFAULT_MAX_HEADER_COUNT
}
fn default_target_max_idle_connections() -> usize {
    crate::http::pool::DEFAULT_MAX_IDLE_PER_TARGET
}

fn default_target_connect_timeout_ms() -> u64 {
    DEFAULT_TARGET_CONNECT_TIMEOUT_MS
}
fn default_target_response_timeout_ms() -> u64 {
    DEFAULT_TARGET_RESPONSE_TIMEOUT_MS
}
fn default_admin_bind() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 9901))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[runtime]
shards = 2

[[listener]]
name = "public"
bind = "127.0.0.1:8443"
certificate = "server-chain.pem"
private_key = "server.key"
mode = "verify"
trust_store = "corp"
target_group = "app"

[trust_store.corp]
ca_bundle = "ca-bundle.pem"
crls = ["root.crl.pem"]

[target_group.app]
targets = ["127.0.0.1:9000"]
"#;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("test.toml"), Path::new("/etc/p"))
    }

    #[test]
    fn contract_example_parses_and_resolves_paths() {
        let c = parse(GOOD).unwrap();
        assert_eq!(c.runtime.shards, Shards::Count(2));
        assert_eq!(c.listener[0].mode, MtlsMode::Verify);
        assert_eq!(
            c.trust_store["corp"].crls[0],
            PathBuf::from("/etc/p/root.crl.pem")
        );
        assert_eq!(c.listener[0].security_policy, DEFAULT_SECURITY_POLICY);
        assert!(!c.listener[0].ignore_client_certificate_expiry);
    }

    #[test]
    fn unknown_keys_are_errors() {
        let bad = GOOD.replace("mode = \"verify\"", "mode = \"verify\"\nverify_depht = 3");
        let e = parse(&bad).unwrap_err().to_string();
        assert!(e.contains("verify_depht"), "{e}");
    }

    #[test]
    fn verify_without_trust_store_is_rejected() {
        let bad = GOOD.replace("trust_store = \"corp\"\n", "");
        let e = parse(&bad).unwrap_err().to_string();
        assert!(e.contains("requires trust_store"), "{e}");
    }

    #[test]
    fn undefined_target_group_is_rejected() {
        let bad = GOOD.replace("target_group = \"app\"", "target_group = \"nope\"");
        assert!(parse(&bad).unwrap_err().to_string().contains("\"nope\""));
    }

    #[test]
    fn target_group_idle_pool_size_defaults_and_can_be_set() {
        let c = parse(GOOD).unwrap();
        assert_eq!(c.target_group["app"].max_idle_connections, 256);
        let set = GOOD.replace(
            "targets = [\"127.0.0.1:9000\"]",
            "targets = [\"127.0.0.1:9000\"]\nmax_idle_connections = 0",
        );
        assert_eq!(
            parse(&set).unwrap().target_group["app"].max_idle_connections,
            0
        );
        let bad = set.replace("= 0", "= -1");
        assert!(parse(&bad).is_err());
    }

    #[test]
    fn a_config_without_a_runtime_table_gets_the_runtime_defaults() {
        let start = GOOD.find("[runtime]").unwrap();
        let end = start + GOOD[start..].find("\n\n").unwrap();
        let without = format!("{}{}", &GOOD[..start], &GOOD[end..]);
        let c = parse(&without).unwrap();
        assert_eq!(c.runtime.drain_timeout_ms, DEFAULT_DRAIN_TIMEOUT_MS);
        let entries = c.runtime.signature_cache_entries;
        assert_eq!(entries, crate::trust::sigmemo::DEFAULT_ENTRIES);
        let off = GOOD.replace("shards = 2", "shards = 2\nsignature_cache_entries = 0");
        assert_eq!(parse(&off).unwrap().runtime.signature_cache_entries, 0);
        let huge = GOOD.replace(
            "shards = 2",
            "shards = 2\nsignature_cache_entries = 2000000",
        );
        let err = parse(&huge).unwrap_err().to_string();
        assert!(
            err.contains("signature_cache_entries must be at most"),
            "{err}"
        );
        assert_eq!(
            c.runtime.certificate_cache_entries,
            crate::trust::leafcache::DEFAULT_ENTRIES
        );
        let off = GOOD.replace("shards = 2", "shards = 2\ncertificate_cache_entries = 0");
        assert_eq!(parse(&off).unwrap().runtime.certificate_cache_entries, 0);
        let huge = GOOD.replace(
            "shards = 2",
            "shards = 2\ncertificate_cache_entries = 70000",
        );
        let err = parse(&huge).unwrap_err().to_string();
        assert!(
            err.contains("certificate_cache_entries must be at most"),
            "{err}"
        );
    }

    #[test]
    fn shards_auto_and_bad_strings() {
        let c = parse(&GOOD.replace("shards = 2", "shards = \"auto\"")).unwrap();
        assert_eq!(c.runtime.shards, Shards::Auto);
        assert!(parse(&GOOD.replace("shards = 2", "shards = \"many\"")).is_err());
        assert!(parse(&GOOD.replace("shards = 2", "shards = 0")).is_err());
    }
}

//! Shared control state: trust stores, per-listener TLS snapshots, reload and CRL refresh.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use arc_swap::ArcSwap;

use crate::config::{Config, ListenerConfig, TargetGroupConfig};
use crate::logs::{ConnLog, LogWriter};
use crate::metrics::Metrics;
use crate::tls::{build_listener_tls, ListenerTls, TlsConfigError};
use crate::trust::{LoadError, TrustStore};

/// Why the proxy could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("trust_store {name:?}: {source}")]
    TrustStore { name: String, source: LoadError },
    #[error(transparent)]
    Tls(#[from] TlsConfigError),
    #[error("listener {listener:?}: cannot bind {addr}: {source}")]
    Bind {
        listener: String,
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot open connection log {path}: {source}")]
    Log {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot start shard thread: {0}")]
    Thread(std::io::Error),
    #[error("{0}")]
    Runtime(String),
}

/// One listener as every shard sees it.
pub struct ListenerShared {
    pub index: usize,
    pub cfg: ListenerConfig,
    /// The bound port (resolved when the config says 0).
    pub port: u16,
    pub target_group: TargetGroupConfig,
    /// s2n config + trust snapshot; a connection keeps the one it started with.
    pub tls: ArcSwap<ListenerTls>,
}

/// State shared by every shard, the admin listener and the signal loop.
pub struct Shared {
    pub listeners: Vec<ListenerShared>,
    pub trust_stores: BTreeMap<String, Arc<TrustStore>>,
    pub metrics: Arc<Metrics>,
    /// Set on SIGTERM/SIGINT: shards stop accepting and drain.
    pub shutdown: Arc<AtomicBool>,
    pub drain_timeout: Duration,
    /// Capacity of each shard's memo of passed signature checks.
    pub signature_cache_entries: usize,
    /// Capacity of each shard's cache of parsed client leaves.
    pub certificate_cache_entries: usize,
    /// Serialises reloads: SIGHUP and the CRL watch (main thread) and
    /// `POST /reload` (admin thread) may ask at once, and two interleaved
    /// reloads could leave a listener on the older of two snapshots.
    /// Control path only; shards never take it.
    reload_lock: Mutex<()>,
}

impl Shared {
    /// Loads trust stores, builds listener TLS and opens the connection log.
    pub fn build(cfg: &Config) -> Result<(Shared, Option<(ConnLog, LogWriter)>), StartError> {
        let names: Vec<String> = cfg.listener.iter().map(|l| l.name.clone()).collect();
        let ts_names: Vec<String> = cfg.trust_store.keys().cloned().collect();
        let metrics = Arc::new(Metrics::new(
            cfg.runtime.shards.resolve(),
            &names,
            &ts_names,
        ));
        let mut trust_stores = BTreeMap::new();
        for (name, tcfg) in &cfg.trust_store {
            let ts = TrustStore::load(name, tcfg).map_err(|source| StartError::TrustStore {
                name: name.clone(),
                source,
            })?;
            let snap = ts.current();
            metrics.trust_store_generation(name, snap.generation);
            if let Some(t) = snap.earliest_crl_next_update() {
                metrics.crl_next_update(name, t);
            }
            trust_stores.insert(name.clone(), Arc::new(ts));
        }
        let mut listeners = Vec::new();
        for (index, l) in cfg.listener.iter().enumerate() {
            let tls = listener_tls(l, &trust_stores)?;
            listeners.push(ListenerShared {
                index,
                cfg: l.clone(),
                port: l.bind.port(),
                target_group: cfg.target_group[&l.target_group].clone(),
                tls: ArcSwap::from_pointee(tls),
            });
        }
        let log = match &cfg.logs.connection_log {
            Some(path) => Some(
                crate::logs::open(path, metrics.log_dropped_counter()).map_err(|source| {
                    StartError::Log {
                        path: path.clone(),
                        source,
                    }
                })?,
            ),
            None => None,
        };
        let shared = Shared {
            listeners,
            trust_stores,
            metrics,
            shutdown: Arc::new(AtomicBool::new(false)),
            drain_timeout: Duration::from_millis(cfg.runtime.drain_timeout_ms),
            signature_cache_entries: cfg.runtime.signature_cache_entries,
            certificate_cache_entries: cfg.runtime.certificate_cache_entries,
            reload_lock: Mutex::new(()),
        };
        Ok((shared, log))
    }

    /// The shutdown flag, for observers such as the admin `/healthz`.
    pub fn draining_flag(&self) -> Arc<AtomicBool> {
        self.shutdown.clone()
    }

    pub(crate) fn with_ports(mut self, addrs: &[SocketAddr]) -> Shared {
        for (l, a) in self.listeners.iter_mut().zip(addrs) {
            l.port = a.port();
        }
        self
    }

    /// Reloads every trust store (CA bundle and CRLs) and rebuilds every
    /// listener's TLS state (server certificate and key re-read). Whatever
    /// fails keeps its previous snapshot in force; the error names the file
    /// and reason. New connections use the new snapshots; established ones
    /// keep theirs.
    pub fn reload(&self) -> Result<String, String> {
        self.reload_stores(|_| true, true)
    }

    /// Reloads only the trust stores `pick` selects, then the listeners using them.
    fn reload_stores(
        &self,
        pick: impl Fn(&str) -> bool,
        all_listeners: bool,
    ) -> Result<String, String> {
        // A panic while reloading poisons nothing we rely on: the guarded data is `()`.
        let _serial = self.reload_lock.lock().unwrap_or_else(|p| p.into_inner());
        let mut done = Vec::new();
        let mut failed = Vec::new();
        for (name, ts) in self.trust_stores.iter().filter(|(n, _)| pick(n)) {
            match ts.reload() {
                Ok(generation) => {
                    self.metrics.trust_store_generation(name, generation);
                    self.metrics.reload_success();
                    if let Some(t) = ts.current().earliest_crl_next_update() {
                        self.metrics.crl_next_update(name, t);
                    }
                    done.push(format!("trust_store {name:?} generation {generation}"));
                }
                Err(e) => {
                    self.metrics.reload_failure(name);
                    tracing::error!(trust_store = %name, error = %e, "reload failed; previous trust store stays in force");
                    failed.push(format!("trust_store {name:?}: {e}"));
                }
            }
        }
        for l in &self.listeners {
            let uses = l.cfg.trust_store.as_deref().is_some_and(&pick);
            if !uses && !all_listeners {
                continue;
            }
            match listener_tls(&l.cfg, &self.trust_stores) {
                Ok(tls) => {
                    l.tls.store(Arc::new(tls));
                    done.push(format!("listener {:?}", l.cfg.name));
                }
                Err(e) => {
                    tracing::error!(listener = %l.cfg.name, error = %e, "listener TLS reload failed; previous certificate stays in force");
                    failed.push(e.to_string());
                    self.keep_certificate_take_trust(l);
                }
            }
        }
        if failed.is_empty() {
            tracing::info!(reloaded = ?done, "reload complete");
            Ok(format!("reloaded: {}", done.join(", ")))
        } else {
            Err(failed.join("; "))
        }
    }

    /// After a failed certificate reload: keeps the listener's s2n config
    /// (certificate, key) but moves it onto its trust store's current
    /// snapshot, so that a CRL rotation is not held back by an unrelated bad
    /// certificate file. (CA names advertised in the CertificateRequest stay
    /// those of the old config; they are hints, not the check.)
    fn keep_certificate_take_trust(&self, l: &ListenerShared) {
        let Some(store) = l
            .cfg
            .trust_store
            .as_ref()
            .and_then(|n| self.trust_stores.get(n))
        else {
            return;
        };
        let old = l.tls.load();
        l.tls.store(Arc::new(ListenerTls {
            config: old.config.clone(),
            trust: Some(store.current()),
        }));
    }

    /// JSON description of every loaded trust store (for the admin listener).
    pub fn truststores_json(&self) -> String {
        let map: BTreeMap<&str, serde_json::Value> = self
            .trust_stores
            .iter()
            .map(|(n, ts)| {
                let v = serde_json::to_value(ts.current().summary()).unwrap_or_default();
                (n.as_str(), v)
            })
            .collect();
        serde_json::to_string_pretty(&map).unwrap_or_default()
    }
}

fn listener_tls(
    l: &ListenerConfig,
    stores: &BTreeMap<String, Arc<TrustStore>>,
) -> Result<ListenerTls, TlsConfigError> {
    let store = l.trust_store.as_ref().and_then(|n| stores.get(n));
    let snap = store.map(|s| s.current());
    let bundle = store.map(|s| s.config().ca_bundle.clone());
    build_listener_tls(l, snap, bundle.as_deref())
}

/// Watches the CRL files of trust stores with `crl_refresh_seconds` and
/// reloads a store when any of its files changed.
pub struct CrlWatch {
    last_check: BTreeMap<String, Instant>,
    mtimes: BTreeMap<String, Vec<Option<SystemTime>>>,
}

impl CrlWatch {
    /// Records the current modification times as the baseline.
    pub fn new(shared: &Shared) -> CrlWatch {
        let mut w = CrlWatch {
            last_check: BTreeMap::new(),
            mtimes: BTreeMap::new(),
        };
        for (name, ts) in &shared.trust_stores {
            w.mtimes.insert(name.clone(), crl_mtimes(ts));
            w.last_check.insert(name.clone(), Instant::now());
        }
        w
    }

    /// Call periodically; reloads each due store whose CRL files changed.
    pub fn tick(&mut self, shared: &Shared) {
        for (name, ts) in &shared.trust_stores {
            let Some(every) = ts.config().crl_refresh_seconds else {
                continue;
            };
            let last = self
                .last_check
                .entry(name.clone())
                .or_insert_with(Instant::now);
            if last.elapsed() < Duration::from_secs(every) {
                continue;
            }
            *last = Instant::now();
            let now = crl_mtimes(ts);
            if self.mtimes.get(name) == Some(&now) {
                continue;
            }
            self.mtimes.insert(name.clone(), now);
            tracing::info!(trust_store = %name, "CRL files changed; reloading");
            let _ = shared.reload_stores(|n| n == name, false);
        }
    }
}

fn crl_mtimes(ts: &TrustStore) -> Vec<Option<SystemTime>> {
    ts.config()
        .crls
        .iter()
        .map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .collect()
}

//! Per-shard counters and histograms, written without contention and merged on scrape.
//!
//! Every shard owns one [`ShardMetrics`] and is its only writer, so each
//! update is a `Relaxed` `fetch_add` on a cache line no other core writes:
//! uncontended, no lock, no cache-line ping-pong. (A plain load+store would be
//! a few cycles cheaper but silently loses counts if a second thread ever
//! writes; the locked add costs ~20 cycles against a handshake's ~300k.)
//! Shard blocks and per-listener blocks are 128-byte aligned so that two
//! shards never share a cache line, adjacent-line prefetch included. A scrape
//! reads every shard and sums; it may see a shard mid-update, which
//! Prometheus counters tolerate.

mod render;

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};
use std::sync::Arc;

/// ALB's `tls_verify_status` failure reasons, in contract order
/// (ARCHITECTURE.md, "Connection log"). `VerifyStatus::Failed(i)` indexes this.
pub const FAILURE_REASONS: [&str; 13] = [
    "ClientCertMaxChainDepthExceeded",
    "ClientCertMaxSizeExceeded",
    "ClientCertCrlHit",
    "ClientCertCrlProcessingError",
    "ClientCertUntrusted",
    "ClientCertNotYetValid",
    "ClientCertExpired",
    "ClientCertTypeUnsupported",
    "ClientCertInvalid",
    "ClientCertPurposeInvalid",
    "ClientCertRejected",
    "UnmappedConnectionError",
    "ClientCertIncompatible",
];

/// Index of `UnmappedConnectionError`, where out-of-range reasons are counted.
const UNMAPPED_REASON: u8 = 11;

/// Kinds accepted by [`ShardMetrics::target_error`]; any other name is
/// counted under `other` so that no error is lost.
pub const TARGET_ERROR_KINDS: [&str; 5] = ["connect", "timeout", "reset", "protocol", "other"];

/// Upper bounds (seconds) of the handshake-latency histogram buckets. A full
/// TLS 1.3 mTLS handshake costs ~0.3 ms of CPU; the low buckets resolve CPU
/// cost on a LAN, the high ones client RTTs and the 10 s handshake timeout.
pub const HANDSHAKE_BUCKETS_SECONDS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Verdict slots per listener: `Success` plus every failure reason.
const VERIFY_SLOTS: usize = 1 + FAILURE_REASONS.len();
/// Histogram slots: one per finite bucket plus the `+Inf` overflow.
const BUCKET_SLOTS: usize = HANDSHAKE_BUCKETS_SECONDS.len() + 1;
/// HTTP response classes 1xx..5xx.
const RESPONSE_CLASSES: usize = 5;

/// A connection's `tls_verify_status`, as in the connection log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifyStatus {
    /// `Success`.
    Success,
    /// `Failed:<FAILURE_REASONS[i]>`; an index past the table counts as
    /// `UnmappedConnectionError`.
    Failed(u8),
}

impl VerifyStatus {
    /// The failure with this ALB reason name (`"ClientCertCrlHit"`), if known.
    pub fn failed(reason: &str) -> Option<VerifyStatus> {
        let i = FAILURE_REASONS.iter().position(|r| *r == reason)?;
        Some(VerifyStatus::Failed(i as u8))
    }

    /// Parses the connection-log form: `Success` or `Failed:<reason>`.
    pub fn parse(status: &str) -> Option<VerifyStatus> {
        if status == "Success" {
            return Some(VerifyStatus::Success);
        }
        VerifyStatus::failed(status.strip_prefix("Failed:")?)
    }

    /// Slot in a listener's verdict array: 0 = Success, 1 + reason index.
    fn slot(self) -> usize {
        match self {
            VerifyStatus::Success => 0,
            VerifyStatus::Failed(i) if (i as usize) < FAILURE_REASONS.len() => 1 + i as usize,
            VerifyStatus::Failed(_) => 1 + UNMAPPED_REASON as usize,
        }
    }
}

fn zeroed<const N: usize>() -> [AtomicU64; N] {
    std::array::from_fn(|_| AtomicU64::new(0))
}

fn bump(a: &AtomicU64) {
    a.fetch_add(1, Relaxed);
}

/// Adds a cache's hit and miss counts, leaving a counter whose count is 0
/// untouched (no write to its cache line).
fn add_counts(hits: &AtomicU64, misses: &AtomicU64, counts: crate::trust::sigmemo::Counts) {
    for (counter, n) in [(hits, counts.hits), (misses, counts.misses)] {
        if n > 0 {
            counter.fetch_add(n, Relaxed);
        }
    }
}

/// Per-listener counters of one shard.
#[repr(align(128))]
struct ListenerSlot {
    verify: [AtomicU64; VERIFY_SLOTS],
    buckets: [AtomicU64; BUCKET_SLOTS],
    handshake_nanos_sum: AtomicU64,
}

impl ListenerSlot {
    fn new() -> ListenerSlot {
        ListenerSlot {
            verify: zeroed(),
            buckets: zeroed(),
            handshake_nanos_sum: AtomicU64::new(0),
        }
    }
}

/// The metrics one shard writes. Only that shard's thread should write them.
#[repr(align(128))]
pub struct ShardMetrics {
    listeners: Box<[ListenerSlot]>,
    opened: AtomicU64,
    closed: AtomicU64,
    responses: [AtomicU64; RESPONSE_CLASSES],
    target_errors: [AtomicU64; TARGET_ERROR_KINDS.len()],
    conn_limit_rejected: AtomicU64,
    handshake_failed: AtomicU64,
    sessions_parked: AtomicU64,
    sessions_woken: AtomicU64,
    sessions_unparked: AtomicU64,
    signature_memo_hits: AtomicU64,
    signature_memo_misses: AtomicU64,
    leaf_cache_hits: AtomicU64,
    leaf_cache_misses: AtomicU64,
}

impl ShardMetrics {
    fn new(listeners: usize) -> ShardMetrics {
        ShardMetrics {
            listeners: (0..listeners).map(|_| ListenerSlot::new()).collect(),
            opened: AtomicU64::new(0),
            closed: AtomicU64::new(0),
            responses: zeroed(),
            target_errors: zeroed(),
            conn_limit_rejected: AtomicU64::new(0),
            handshake_failed: AtomicU64::new(0),
            sessions_parked: AtomicU64::new(0),
            sessions_woken: AtomicU64::new(0),
            sessions_unparked: AtomicU64::new(0),
            signature_memo_hits: AtomicU64::new(0),
            signature_memo_misses: AtomicU64::new(0),
            leaf_cache_hits: AtomicU64::new(0),
            leaf_cache_misses: AtomicU64::new(0),
        }
    }

    /// Counts one verdict on listener `listener` (index into the names given
    /// to [`Metrics::new`]; an unknown index is ignored).
    pub fn verify(&self, listener: usize, status: VerifyStatus) {
        if let Some(l) = self.listeners.get(listener) {
            bump(&l.verify[status.slot()]);
        }
    }

    /// Records one completed handshake's duration. Negative or non-finite
    /// values count as zero; an unknown listener index is ignored.
    pub fn handshake_seconds(&self, listener: usize, secs: f64) {
        let Some(l) = self.listeners.get(listener) else {
            return;
        };
        let secs = if secs.is_finite() && secs > 0.0 {
            secs
        } else {
            0.0
        };
        let slot = HANDSHAKE_BUCKETS_SECONDS
            .iter()
            .position(|&le| secs <= le)
            .unwrap_or(HANDSHAKE_BUCKETS_SECONDS.len());
        bump(&l.buckets[slot]);
        // `as` saturates: a value beyond u64 nanoseconds (584 years) clamps.
        l.handshake_nanos_sum
            .fetch_add((secs * 1e9) as u64, Relaxed);
    }

    /// A client connection was accepted on this shard.
    pub fn conn_opened(&self) {
        bump(&self.opened);
    }

    /// A client connection of this shard closed (for whatever reason).
    pub fn conn_closed(&self) {
        bump(&self.closed);
    }

    /// Counts a response sent to a client by class; statuses outside
    /// 100..=599 are ignored.
    pub fn response(&self, status: u16) {
        let class = usize::from(status / 100);
        if (1..=RESPONSE_CLASSES).contains(&class) {
            bump(&self.responses[class - 1]);
        }
    }

    /// Counts a failure talking to a target: `connect`, `timeout`, `reset`
    /// or `protocol` (anything else is counted as `other`).
    pub fn target_error(&self, kind_name: &'static str) {
        let i = TARGET_ERROR_KINDS[..TARGET_ERROR_KINDS.len() - 1]
            .iter()
            .position(|k| *k == kind_name)
            .unwrap_or(TARGET_ERROR_KINDS.len() - 1);
        bump(&self.target_errors[i]);
    }

    /// A connection was refused because the shard was at `max_connections`.
    pub fn conn_limit_rejected(&self) {
        bump(&self.conn_limit_rejected);
    }

    /// A TLS handshake failed or timed out before a verdict was reached.
    pub fn handshake_failed(&self) {
        bump(&self.handshake_failed);
    }

    /// An idle connection's TLS session was parked.
    pub fn session_parked(&self) {
        bump(&self.sessions_parked);
    }

    /// A parked session was woken (`woken`) or its connection dropped.
    pub fn session_unparked(&self, woken: bool) {
        if woken {
            bump(&self.sessions_woken);
        }
        bump(&self.sessions_unparked);
    }

    /// Adds a validation's certificate signature checks: answered from the
    /// shard's memo (hits) or by a public-key operation (misses).
    pub fn signature_checks(&self, counts: crate::trust::sigmemo::Counts) {
        add_counts(
            &self.signature_memo_hits,
            &self.signature_memo_misses,
            counts,
        );
    }

    /// Adds a validation's client leaf lookups: found parsed in the shard's
    /// cache (hits) or parsed (misses).
    pub fn leaf_cache(&self, counts: crate::trust::sigmemo::Counts) {
        add_counts(&self.leaf_cache_hits, &self.leaf_cache_misses, counts);
    }

    /// Connections of this shard whose TLS session is parked now.
    pub fn parked_sessions(&self) -> u64 {
        let unparked = self.sessions_unparked.load(Relaxed);
        self.sessions_parked.load(Relaxed).saturating_sub(unparked)
    }

    /// Connections currently open on this shard.
    pub fn active_connections(&self) -> u64 {
        // Read `closed` first: a concurrent open/close pair can then only
        // make the difference larger, never negative.
        let closed = self.closed.load(Relaxed);
        self.opened.load(Relaxed).saturating_sub(closed)
    }
}

/// Process-wide state of one trust store.
struct TrustStoreSlot {
    name: String,
    generation: AtomicU64,
    reload_failures: AtomicU64,
    /// Unix seconds of the earliest CRL nextUpdate; `NO_CRL` when none.
    crl_next_update: AtomicI64,
}

/// Sentinel for "no CRL next-update known": the gauge is not exported.
const NO_CRL: i64 = i64::MIN;

/// All metrics of the process: one [`ShardMetrics`] per shard plus global
/// items. Created once and shared as `Arc<Metrics>`.
pub struct Metrics {
    shards: Vec<ShardMetrics>,
    listeners: Vec<String>,
    trust_stores: Vec<TrustStoreSlot>,
    log_dropped: Arc<AtomicU64>,
    reload_success: AtomicU64,
    reload_failures: AtomicU64,
}

impl Metrics {
    /// Metrics for `shards` shards, the listeners (index = position, as
    /// used by [`ShardMetrics::verify`]) and the trust stores by name.
    pub fn new(shards: usize, listeners: &[String], trust_stores: &[String]) -> Metrics {
        Metrics {
            shards: (0..shards)
                .map(|_| ShardMetrics::new(listeners.len()))
                .collect(),
            listeners: listeners.to_vec(),
            trust_stores: trust_stores
                .iter()
                .map(|name| TrustStoreSlot {
                    name: name.clone(),
                    generation: AtomicU64::new(0),
                    reload_failures: AtomicU64::new(0),
                    crl_next_update: AtomicI64::new(NO_CRL),
                })
                .collect(),
            log_dropped: Arc::new(AtomicU64::new(0)),
            reload_success: AtomicU64::new(0),
            reload_failures: AtomicU64::new(0),
        }
    }

    /// Shard `i`'s metrics. Panics if `i` is not below the shard count given
    /// to [`Metrics::new`] (a programming error, never peer input).
    pub fn shard(&self, i: usize) -> &ShardMetrics {
        &self.shards[i]
    }

    /// Client certificate signature checks of all shards so far: answered
    /// from a shard's memo (hits) or by a public-key operation (misses).
    pub fn signature_checks(&self) -> crate::trust::sigmemo::Counts {
        crate::trust::sigmemo::Counts {
            hits: render::sum(self, |s| &s.signature_memo_hits),
            misses: render::sum(self, |s| &s.signature_memo_misses),
        }
    }

    /// Number of shards.
    pub fn shard_count(&self) -> usize {
        self.shards.len()
    }

    /// Index of the listener called `name`, for [`ShardMetrics::verify`].
    pub fn listener_index(&self, name: &str) -> Option<usize> {
        self.listeners.iter().position(|l| l == name)
    }

    fn store(&self, name: &str) -> Option<&TrustStoreSlot> {
        self.trust_stores.iter().find(|t| t.name == name)
    }

    /// Sets the snapshot generation now in force for trust store `name`
    /// (unknown names are ignored).
    pub fn trust_store_generation(&self, name: &str, gen: u64) {
        if let Some(t) = self.store(name) {
            t.generation.store(gen, Relaxed);
        }
    }

    /// Counts a failed reload; `name` is the trust store it concerned (a
    /// name that is not a trust store, e.g. a listener's certificate, only
    /// counts in the process-wide total).
    pub fn reload_failure(&self, name: &str) {
        bump(&self.reload_failures);
        if let Some(t) = self.store(name) {
            bump(&t.reload_failures);
        }
    }

    /// Counts a successful reload.
    pub fn reload_success(&self) {
        bump(&self.reload_success);
    }

    /// Sets the earliest CRL nextUpdate (Unix seconds) of trust store
    /// `name`; exported as seconds until then (negative = stale).
    pub fn crl_next_update(&self, name: &str, unix_secs: i64) {
        if let Some(t) = self.store(name) {
            t.crl_next_update.store(unix_secs.max(NO_CRL + 1), Relaxed);
        }
    }

    /// The counter the connection-log writer increments for every line it
    /// drops because its queue is full.
    pub fn log_dropped_counter(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.log_dropped)
    }

    /// Appends the Prometheus text exposition (format 0.0.4) of every metric.
    pub fn render_prometheus(&self, out: &mut String) {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        render::render(self, out, now);
    }
}

impl std::fmt::Debug for ShardMetrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShardMetrics")
            .field("listeners", &self.listeners.len())
            .field("active_connections", &self.active_connections())
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let stores: Vec<&str> = self.trust_stores.iter().map(|t| t.name.as_str()).collect();
        f.debug_struct("Metrics")
            .field("shards", &self.shards.len())
            .field("listeners", &self.listeners)
            .field("trust_stores", &stores)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests;

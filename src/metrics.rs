//! Metrics (placeholder API; the real implementation replaces this).
#![allow(missing_docs, dead_code)]
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

pub const FAILURE_REASONS: [&str; 13] = [""; 13];
#[derive(Debug, Clone, Copy)]
pub enum VerifyStatus {
    Success,
    Failed(usize),
}
pub struct ShardMetrics;
impl ShardMetrics {
    pub fn verify(&self, _listener: usize, _status: VerifyStatus) {}
    pub fn handshake_seconds(&self, _listener: usize, _secs: f64) {}
    pub fn conn_opened(&self) {}
    pub fn conn_closed(&self) {}
    pub fn response(&self, _status: u16) {}
    pub fn target_error(&self, _kind: &'static str) {}
    pub fn conn_limit_rejected(&self) {}
    pub fn handshake_failed(&self) {}
}
pub struct Metrics {
    shards: Vec<ShardMetrics>,
    dropped: Arc<AtomicU64>,
}
impl Metrics {
    pub fn new(shards: usize, _listeners: &[String], _trust_stores: &[String]) -> Metrics {
        Metrics {
            shards: (0..shards).map(|_| ShardMetrics).collect(),
            dropped: Arc::new(AtomicU64::new(0)),
        }
    }
    pub fn shard(&self, i: usize) -> &ShardMetrics {
        &self.shards[i]
    }
    pub fn trust_store_generation(&self, _name: &str, _gen: u64) {}
    pub fn reload_failure(&self, _name: &str) {}
    pub fn reload_success(&self, _name: &str) {}
    pub fn crl_next_update(&self, _name: &str, _unix: i64) {}
    pub fn log_dropped_counter(&self) -> Arc<AtomicU64> {
        self.dropped.clone()
    }
    pub fn render_prometheus(&self, _out: &mut String) {}
}

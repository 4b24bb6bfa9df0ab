//! Trust stores (placeholder API; the real loader/validator replaces this).
#![allow(missing_docs, dead_code)]
pub mod cli;
pub mod pem;

use std::sync::Arc;

use crate::config::TrustStoreConfig;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureReason {
    ClientCertMaxChainDepthExceeded,
    ClientCertMaxSizeExceeded,
    ClientCertCrlHit,
    ClientCertCrlProcessingError,
    ClientCertUntrusted,
    ClientCertNotYetValid,
    ClientCertExpired,
    ClientCertTypeUnsupported,
    ClientCertInvalid,
    ClientCertPurposeInvalid,
    ClientCertRejected,
    UnmappedConnectionError,
    ClientCertIncompatible,
}
impl FailureReason {
    pub fn as_str(self) -> &'static str {
        "UnmappedConnectionError"
    }
}
#[derive(Debug, Clone, Copy)]
pub enum Purpose {
    Client,
    Server,
    Any,
}
#[derive(Debug, Clone)]
pub struct ValidationOptions {
    pub purpose: Purpose,
    pub ignore_leaf_expiry: bool,
    pub now_unix: i64,
}
#[derive(Debug, Clone)]
pub struct LeafInfo {
    pub subject: String,
    pub issuer: String,
    pub serial_hex: String,
    pub not_before_unix: i64,
    pub not_after_unix: i64,
    pub der: Vec<u8>,
}
#[derive(Debug, Clone)]
pub struct Verdict {
    pub result: Result<(), FailureReason>,
    pub leaf: Option<LeafInfo>,
    pub failed_cert: Option<usize>,
    pub detail: String,
}
impl Verdict {
    pub fn status(&self) -> String {
        match self.result {
            Ok(()) => "Success".into(),
            Err(r) => format!("Failed:{}", r.as_str()),
        }
    }
    pub fn is_success(&self) -> bool {
        self.result.is_ok()
    }
}
pub struct Snapshot {
    pub generation: u64,
    pub loaded_at: std::time::SystemTime,
}
impl Snapshot {
    pub fn ca_subjects_der(&self) -> impl Iterator<Item = &[u8]> {
        std::iter::empty()
    }
    pub fn validate_tls_chain(&self, _chain: &[u8], _opts: &ValidationOptions) -> Verdict {
        unimplemented!()
    }
    pub fn summary(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
    pub fn earliest_crl_next_update(&self) -> Option<i64> {
        None
    }
}
#[derive(Debug, thiserror::Error)]
#[error("load error")]
pub struct LoadError;
pub struct TrustStore {
    cfg: TrustStoreConfig,
    snap: Arc<Snapshot>,
}
impl TrustStore {
    pub fn load(_name: &str, cfg: &TrustStoreConfig) -> Result<TrustStore, LoadError> {
        Ok(TrustStore { cfg: cfg.clone(), snap: Arc::new(Snapshot { generation: 1, loaded_at: std::time::SystemTime::now() }) })
    }
    pub fn current(&self) -> Arc<Snapshot> {
        self.snap.clone()
    }
    pub fn reload(&self) -> Result<u64, LoadError> {
        unimplemented!()
    }
    pub fn name(&self) -> &str {
        ""
    }
    pub fn config(&self) -> &TrustStoreConfig {
        &self.cfg
    }
}

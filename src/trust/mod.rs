//! Trust stores: loading (PEM/DER, CRLs), the precompiled index, the validator and the ArcSwap store.
//!
//! A [`TrustStore`] holds one immutable [`Snapshot`] behind an `ArcSwap`.
//! Loading parses every CA certificate and CRL once, verifies every CA-to-CA
//! link and every CRL signature once, and builds an index (issuer DN and key
//! identifier → CA, per issuer a hash set of revoked serials). Validating a
//! client chain then costs one signature check per certificate not in the
//! index (usually only the leaf) plus O(1) lookups, and a shard that checked
//! the same signature before answers it from its memo ([`sigmemo`]), and one
//! that validated the same leaf before finds it parsed ([`leafcache`]). The verdicts are ALB's
//! (`Success` / `Failed:<reason>`), see [`FailureReason`].

pub mod cert;
pub mod cli;
#[doc(hidden)]
pub mod fuzz;
mod generations;
mod index;
pub mod leafcache;
pub mod load;
pub mod names;
pub mod pem;
pub mod sig;
pub mod sigmemo;
mod store;
mod validate;

pub use load::LoadError;
pub use store::{CrlSummary, Snapshot, StoreSummary, TrustStore};

/// Why a client certificate was refused: ALB's `tls_verify_status` reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum FailureReason {
    /// The path from leaf to anchor is longer than the store allows.
    ClientCertMaxChainDepthExceeded,
    /// The chain as sent is larger than the store allows.
    ClientCertMaxSizeExceeded,
    /// A certificate on the path is listed in its issuer's CRL.
    ClientCertCrlHit,
    /// A CRL needed for the path could not be used (e.g. past its nextUpdate).
    ClientCertCrlProcessingError,
    /// No path to a CA in the store.
    ClientCertUntrusted,
    /// A certificate on the path is not valid yet.
    ClientCertNotYetValid,
    /// A certificate on the path has expired.
    ClientCertExpired,
    /// Unsupported key type or signature algorithm.
    ClientCertTypeUnsupported,
    /// Malformed certificate, bad signature or violated constraint.
    ClientCertInvalid,
    /// Key usage or extended key usage does not allow this purpose.
    ClientCertPurposeInvalid,
    /// Refused by policy.
    ClientCertRejected,
    /// Anything not covered above, including "no certificate presented".
    UnmappedConnectionError,
    /// The certificate cannot be used with this connection.
    ClientCertIncompatible,
}

impl FailureReason {
    /// Every reason, in ALB's documentation order.
    pub const ALL: [FailureReason; 13] = [
        FailureReason::ClientCertMaxChainDepthExceeded,
        FailureReason::ClientCertMaxSizeExceeded,
        FailureReason::ClientCertCrlHit,
        FailureReason::ClientCertCrlProcessingError,
        FailureReason::ClientCertUntrusted,
        FailureReason::ClientCertNotYetValid,
        FailureReason::ClientCertExpired,
        FailureReason::ClientCertTypeUnsupported,
        FailureReason::ClientCertInvalid,
        FailureReason::ClientCertPurposeInvalid,
        FailureReason::ClientCertRejected,
        FailureReason::UnmappedConnectionError,
        FailureReason::ClientCertIncompatible,
    ];

    /// The reason's name as it appears after `Failed:`.
    pub fn as_str(self) -> &'static str {
        match self {
            FailureReason::ClientCertMaxChainDepthExceeded => "ClientCertMaxChainDepthExceeded",
            FailureReason::ClientCertMaxSizeExceeded => "ClientCertMaxSizeExceeded",
            FailureReason::ClientCertCrlHit => "ClientCertCrlHit",
            FailureReason::ClientCertCrlProcessingError => "ClientCertCrlProcessingError",
            FailureReason::ClientCertUntrusted => "ClientCertUntrusted",
            FailureReason::ClientCertNotYetValid => "ClientCertNotYetValid",
            FailureReason::ClientCertExpired => "ClientCertExpired",
            FailureReason::ClientCertTypeUnsupported => "ClientCertTypeUnsupported",
            FailureReason::ClientCertInvalid => "ClientCertInvalid",
            FailureReason::ClientCertPurposeInvalid => "ClientCertPurposeInvalid",
            FailureReason::ClientCertRejected => "ClientCertRejected",
            FailureReason::UnmappedConnectionError => "UnmappedConnectionError",
            FailureReason::ClientCertIncompatible => "ClientCertIncompatible",
        }
    }
}

impl std::fmt::Display for FailureReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the leaf must be good for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// TLS client authentication (clientAuth or anyExtendedKeyUsage).
    Client,
    /// TLS server authentication (serverAuth or anyExtendedKeyUsage).
    Server,
    /// No extended-key-usage requirement.
    Any,
}

/// Per-call validation settings.
#[derive(Debug, Clone, Copy)]
pub struct ValidationOptions {
    /// Required purpose of the leaf.
    pub purpose: Purpose,
    /// Weakens security: accept an expired leaf (ALB's `ignore_client_certificate_expiry`).
    pub ignore_leaf_expiry: bool,
    /// The time to validate at, Unix seconds.
    pub now_unix: i64,
}

impl ValidationOptions {
    /// Client purpose, expiry enforced, at the current system time.
    pub fn client_now() -> ValidationOptions {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        ValidationOptions {
            purpose: Purpose::Client,
            ignore_leaf_expiry: false,
            now_unix: now,
        }
    }
}

/// The leaf facts the connection log and the `X-Amzn-Mtls-*` headers need.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LeafInfo {
    /// Subject DN, RFC 2253.
    pub subject: String,
    /// Issuer DN, RFC 2253.
    pub issuer: String,
    /// Serial number, upper-case hex.
    pub serial_hex: String,
    /// NotBefore, Unix seconds.
    pub not_before_unix: i64,
    /// NotAfter, Unix seconds.
    pub not_after_unix: i64,
    /// The leaf certificate, DER.
    #[serde(skip)]
    pub der: Vec<u8>,
}

impl LeafInfo {
    /// ALB's validity string: `NotBefore=2023-09-21T01:50:17Z;NotAfter=2024-09-20T01:50:17Z`.
    pub fn validity(&self) -> String {
        format!(
            "NotBefore={};NotAfter={}",
            validate::fmt_time(self.not_before_unix),
            validate::fmt_time(self.not_after_unix)
        )
    }
}

/// The outcome of validating one client chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// `Ok` = Success.
    pub result: Result<(), FailureReason>,
    /// Filled whenever the leaf parsed, even on failure.
    pub leaf: Option<LeafInfo>,
    /// Index (in the chain as sent) of the certificate that failed, when one did.
    pub failed_cert: Option<usize>,
    /// Human explanation ("" on success).
    pub detail: String,
}

impl Verdict {
    /// `Success` or `Failed:<Reason>`.
    pub fn status(&self) -> String {
        match self.result {
            Ok(()) => "Success".to_string(),
            Err(r) => format!("Failed:{}", r.as_str()),
        }
    }

    /// True on Success.
    pub fn is_success(&self) -> bool {
        self.result.is_ok()
    }
}

//! What a connection's handshake and verdict produce: the chain check, the status for metrics, the log line.

use std::net::SocketAddr;
use std::time::{Duration, SystemTime};

use super::control::ListenerShared;
use crate::logs::{format_line, ConnLog, ConnRecord};
use crate::metrics::VerifyStatus;
use crate::tls::{ListenerTls, TlsStream};
use crate::trust::{FailureReason, ValidationOptions, Verdict};

/// Facts about a finished handshake that go into the log line.
pub(super) struct HandshakeFacts {
    pub(super) protocol: &'static str,
    pub(super) cipher: String,
    pub(super) latency: Duration,
}

impl HandshakeFacts {
    /// Reads protocol and cipher off a connection whose handshake took `latency`.
    pub(super) fn of(conn: Option<&s2n_tls::connection::Connection>, latency: Duration) -> Self {
        HandshakeFacts {
            protocol: conn.map_or("-", protocol_name),
            cipher: conn
                .and_then(|c| c.cipher_suite().ok())
                .unwrap_or("-")
                .to_string(),
            latency,
        }
    }
}

/// The connection's own fields of a log line.
pub(super) struct LineFields<'a> {
    pub(super) peer: SocketAddr,
    pub(super) listener_port: u16,
    pub(super) trace: &'a str,
}

/// Validates the client chain on `stream` against the listener's trust snapshot.
pub(super) fn verify(stream: &TlsStream, tls: &ListenerTls, l: &ListenerShared) -> Verdict {
    let refused = |reason, detail: &str| Verdict {
        result: Err(reason),
        leaf: None,
        failed_cert: None,
        detail: detail.to_string(),
    };
    let Some(snap) = tls.trust.as_ref() else {
        return refused(
            FailureReason::ClientCertUntrusted,
            "listener has no trust store",
        );
    };
    let Some(chain) = stream.client_chain() else {
        return refused(
            FailureReason::UnmappedConnectionError,
            "no client certificate presented",
        );
    };
    let opts = ValidationOptions {
        ignore_leaf_expiry: l.cfg.ignore_client_certificate_expiry,
        ..ValidationOptions::client_now()
    };
    snap.validate_tls_chain(chain, &opts)
}

/// The metrics label of a refusal.
pub(super) fn failed_status(r: FailureReason) -> VerifyStatus {
    VerifyStatus::Failed(r as u8)
}

fn protocol_name(conn: &s2n_tls::connection::Connection) -> &'static str {
    use s2n_tls::enums::Version;
    match conn.actual_protocol_version() {
        Ok(Version::TLS13) => "TLSv1.3",
        Ok(Version::TLS12) => "TLSv1.2",
        Ok(Version::TLS11) => "TLSv1.1",
        Ok(Version::TLS10) => "TLSv1",
        _ => "-",
    }
}

/// Writes one connection-log line.
pub(super) fn emit(
    log: &ConnLog,
    rec: &LineFields<'_>,
    facts: Option<&HandshakeFacts>,
    verdict: Option<&Verdict>,
    status: &str,
) {
    let leaf = verdict.and_then(|v| v.leaf.as_ref());
    let validity = leaf.map(|c| c.validity());
    let line = ConnRecord {
        client: Some(rec.peer),
        listener_port: rec.listener_port,
        tls_protocol: facts.map(|f| f.protocol),
        tls_cipher: facts.map(|f| f.cipher.as_str()),
        handshake_latency: facts.map(|f| f.latency),
        leaf_subject: leaf.map(|c| c.subject.as_str()),
        leaf_validity: validity.as_deref(),
        leaf_serial: leaf.map(|c| c.serial_hex.as_str()),
        verify_status: status,
        trace_id: rec.trace,
    };
    log.emit(format_line(SystemTime::now(), &line));
}

//! Builds one s2n server `Config` per listener and trust-store snapshot, off the data path.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use s2n_tls::config::Config;
use s2n_tls::enums::{ClientAuthType, SerializationVersion};
use s2n_tls::security::Policy;

use crate::config::{ListenerConfig, MtlsMode};
use crate::trust::Snapshot;

/// ALPN: portcullis speaks HTTP/1.1 to clients.
const ALPN_HTTP11: &[u8] = b"http/1.1";

/// Errors building a listener's TLS configuration.
#[derive(Debug, thiserror::Error)]
pub enum TlsConfigError {
    #[error("listener {listener:?}: cannot read {path}: {source}")]
    Read {
        listener: String,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("listener {listener:?}: unknown s2n security policy {policy:?}: {source}")]
    Policy {
        listener: String,
        policy: String,
        source: s2n_tls::error::Error,
    },
    #[error("listener {listener:?}: {what}: {source}")]
    S2n {
        listener: String,
        what: &'static str,
        source: s2n_tls::error::Error,
    },
}

/// Everything a new connection on one listener needs, swapped as one unit:
/// the s2n config and the trust snapshot it was built against.
pub struct ListenerTls {
    pub config: Config,
    pub trust: Option<Arc<Snapshot>>,
}

fn read(listener: &str, path: &Path) -> Result<Vec<u8>, TlsConfigError> {
    std::fs::read(path).map_err(|source| TlsConfigError::Read {
        listener: listener.to_string(),
        path: path.to_path_buf(),
        source,
    })
}

/// Builds the s2n config for `l`. `trust` is the snapshot of the listener's
/// trust store (verify and passthrough with a store); `ca_bundle` its PEM
/// path, read only when `advertise_ca_names` is on.
pub fn build_listener_tls(
    l: &ListenerConfig,
    trust: Option<Arc<Snapshot>>,
    ca_bundle: Option<&Path>,
) -> Result<ListenerTls, TlsConfigError> {
    let name = l.name.as_str();
    let s2n = |what: &'static str| {
        move |source| TlsConfigError::S2n {
            listener: name.to_string(),
            what,
            source,
        }
    };
    let chain = read(name, &l.certificate)?;
    let key = read(name, &l.private_key)?;
    let policy =
        Policy::from_version(&l.security_policy).map_err(|source| TlsConfigError::Policy {
            listener: name.to_string(),
            policy: l.security_policy.clone(),
            source,
        })?;
    let mut b = Config::builder();
    b.with_system_certs(false)
        .map_err(s2n("disable system CAs"))?;
    b.set_security_policy(&policy)
        .map_err(s2n("security policy"))?;
    b.load_pem(&chain, &key).map_err(s2n(
        "certificate/private_key do not load as a PEM chain and key",
    ))?;
    b.set_application_protocol_preference([ALPN_HTTP11])
        .map_err(s2n("ALPN"))?;
    let auth = match l.mode {
        MtlsMode::Off => ClientAuthType::None,
        MtlsMode::Passthrough => ClientAuthType::Optional,
        MtlsMode::Verify => ClientAuthType::Required,
    };
    b.set_client_auth_type(auth).map_err(s2n("client auth"))?;
    // Lets idle connections be parked as a 126-byte serialized session
    // (tls::bridge). The state never leaves the process.
    b.set_serialization_version(SerializationVersion::V1)
        .map_err(s2n("session parking"))?;
    if l.mode != MtlsMode::Off {
        super::bridge::disable_s2n_x509_verification(&mut b)
            .map_err(s2n("disable s2n X.509 verification"))?;
    }
    if let (true, Some(bundle)) = (l.advertise_ca_names, ca_bundle) {
        let pem = read(name, bundle)?;
        b.trust_pem(&pem).map_err(s2n("CA names from ca_bundle"))?;
        b.set_certificate_authorities_from_trust_store()
            .map_err(s2n("advertise CA names"))?;
    }
    let config = b.build().map_err(s2n("build"))?;
    Ok(ListenerTls { config, trust })
}

//! A TLS client over the same bridge, for `portcullis demo`'s load driver and for tests.

use std::net::SocketAddr;
use std::time::Duration;

use s2n_tls::config::Config;
use s2n_tls::security::Policy;

use super::{HandshakeError, TlsStream};

/// Builds a client config that trusts `root_pem` only and, when given,
/// presents `chain_pem`/`key_pem` as its client certificate.
pub fn client_config(
    root_pem: &[u8],
    client: Option<(&[u8], &[u8])>,
    policy: &str,
) -> Result<Config, s2n_tls::error::Error> {
    let mut b = Config::builder();
    b.with_system_certs(false)?;
    b.set_security_policy(&Policy::from_version(policy)?)?;
    b.trust_pem(root_pem)?;
    b.set_application_protocol_preference([b"http/1.1"])?;
    if let Some((chain, key)) = client {
        b.load_pem(chain, key)?;
    }
    b.build()
}

/// Connects and completes a handshake with `config`, verifying the server as `server_name`.
pub async fn connect(
    addr: SocketAddr,
    config: &Config,
    server_name: &str,
    timeout: Duration,
) -> Result<TlsStream, HandshakeError> {
    let tcp = monoio::net::TcpStream::connect_addr(addr).await?;
    let _ = tcp.set_nodelay(true);
    let mut s = TlsStream::new_client(tcp, config, server_name)?;
    s.handshake(timeout).await?;
    Ok(s)
}

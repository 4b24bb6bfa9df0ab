//! TLS termination: s2n configuration, the owned-buffer bridge, and client identity.

pub mod bridge;
pub mod bridge_mem;
pub mod client;
pub mod config;
pub mod identity;

pub use bridge::{HandshakeError, SessionEvents, TlsStream};
pub use config::{build_listener_tls, ListenerTls, TlsConfigError};

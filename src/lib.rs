//! portcullis: a thread-per-core, mutual-TLS terminating HTTP/1.1 reverse proxy.
//!
//! (Architecture overview: see `../shared/design/ARCHITECTURE.md`; expanded here as modules land.)

pub mod admin;
pub mod config;
pub mod demo;
pub mod http;
pub mod logs;
pub mod metrics;
pub mod pki;
pub mod shard;
pub mod tls;
pub mod trust;
pub mod tune;

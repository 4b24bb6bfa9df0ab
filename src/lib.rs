//! portcullis: a thread-per-core, mutual-TLS terminating HTTP/1.1 reverse proxy.
//!
//! # Architecture
//!
//! ```text
//! client ──TCP──▶ shard N (pinned thread, own monoio runtime, own SO_REUSEPORT listener)
//!                  │ accept ─▶ s2n-tls handshake over owned buffers (tls::bridge)
//!                  │          └─ client chain ─▶ trust::Snapshot::validate_tls_chain (lock-free)
//!                  │ verdict ─▶ connection log line (Success | Failed:<reason>)
//!                  │ HTTP/1.1 ─▶ strip spoofed identity headers, add X-Amzn-Mtls-* / X-Forwarded-*
//!                  └──────────▶ target (per-shard keep-alive pool) ─▶ response back to client
//! ```
//!
//! * **Shards** ([`shard`]): one OS thread per shard, pinned when
//!   `runtime.cpu_affinity` is set, each with its own monoio runtime
//!   (io_uring, or the epoll driver with a warning) and its own
//!   `SO_REUSEPORT` socket per listener. Shards share only immutable `Arc`
//!   snapshots and per-shard metrics; nothing on the data path takes a lock.
//! * **TLS** ([`tls`]): s2n-tls driven through in-memory send/recv callbacks
//!   whose buffers travel through monoio's owned-buffer I/O
//!   ([`tls::bridge`], the only module allowed raw-pointer FFI code). Blinding is self-service
//!   and awaited on the runtime timer so an error never sleeps a shard.
//! * **Trust** ([`trust`]): CA bundles and CRLs are parsed and every CA link and
//!   CRL signature verified once, at load, into an immutable index behind one
//!   `ArcSwap`; a handshake costs about one signature verification (the leaf)
//!   plus O(1) CRL lookups, and none for a returning client: each shard
//!   remembers the signature checks that passed ([`trust::sigmemo`]) and
//!   keeps the leaves that validated parsed ([`trust::leafcache`]).
//!   s2n's own X.509 verification is off; the chain is
//!   validated right after the handshake, before any application byte is read.
//! * **HTTP** ([`http`]): a strict, limited head parser, header rewriting,
//!   streaming bodies (Content-Length and chunked) and per-shard target pools.
//!   All of a connection's I/O deadlines share one lazily re-armed timer
//!   ([`deadline`]), as does the bridge's check for a connection gone idle.
//! * **Operations**: [`logs`] (ALB-format connection log through a bounded
//!   queue), [`metrics`] (per-shard counters merged on scrape), [`admin`]
//!   (`/metrics`, `/healthz`, `/truststores`, `/reload`), reload on SIGHUP and
//!   CRL refresh ([`shard::control`]), host tuning checks ([`tune`]).
//! * **Tooling**: [`pki`] generates test and demo PKIs in-process; [`demo`] runs
//!   the whole thing end to end.

pub mod admin;
pub mod config;
pub mod deadline;
pub mod demo;
pub mod http;
pub mod logs;
pub mod metrics;
pub mod pki;
pub mod shard;
pub mod tls;
pub mod trust;
pub mod tune;

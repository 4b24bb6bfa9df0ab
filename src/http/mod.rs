//! HTTP/1.1 forwarding: head parsing with limits, header rewrite, body streaming, target pools.
//!
//! [`serve`] runs the keep-alive loop of one client connection (any
//! `AsyncReadRent + AsyncWriteRent` stream: the TLS stream in production,
//! plain TCP in tests) against a per-shard [`TargetPool`]. Everything is
//! single-threaded per shard: state is `Rc`/`Cell`, never locked.
//!
//! Exchanges are sequential: the whole request body is forwarded before the
//! response is read. A target that answers early and stops reading a large
//! body makes the proxy answer 502 (or time out) rather than relay the early
//! answer; targets that read their request bodies, which is all the common
//! ones, are unaffected.

use std::cell::Cell;
use std::net::SocketAddr;
use std::rc::Rc;
use std::time::Duration;

pub mod body;
pub mod buf;
pub mod chunked;
mod exchange;
mod framing;
pub mod head;
pub mod pool;
mod proxy;
pub mod rewrite;
mod scan;

pub use head::{BodyKind, HeadError, HeadLimits, Version};
pub use pool::{PoolLimits, TargetConn, TargetErrorKind, TargetPool};
pub use proxy::serve;

/// Limits on the client side of one connection (from the listener config).
#[derive(Debug, Clone, Copy)]
pub struct HttpLimits {
    /// Largest request head in bytes (`max_header_bytes`); larger gets 431.
    pub max_header_bytes: usize,
    /// Most request header fields (`max_header_count`); more gets 431.
    pub max_header_count: usize,
    /// Time allowed for a whole request head once its first byte arrived,
    /// and for the first head after connecting (`header_read_timeout_ms`); 408 after.
    pub header_read_timeout: Duration,
    /// Idle wait for the next request on a kept-alive connection, and for
    /// each read or write of a body on the client side (`idle_timeout_ms`).
    pub idle_timeout: Duration,
}

impl HttpLimits {
    /// The limits of one listener.
    pub fn from_listener(l: &crate::config::ListenerConfig) -> Self {
        HttpLimits {
            max_header_bytes: l.max_header_bytes,
            max_header_count: l.max_header_count,
            header_read_timeout: Duration::from_millis(l.header_read_timeout_ms),
            idle_timeout: Duration::from_millis(l.idle_timeout_ms),
        }
    }
}

/// What [`serve`] needs to know about one client connection.
#[derive(Debug)]
pub struct ConnContext {
    /// The client's address; its IP goes into X-Forwarded-For.
    pub client_addr: SocketAddr,
    /// The listener's port, sent as X-Forwarded-Port.
    pub listener_port: u16,
    /// Identity fields added to every request.
    pub identity_headers: rewrite::IdentityHeaders,
    /// Client-side limits.
    pub limits: HttpLimits,
    /// Set by the shard on shutdown: finish the current exchange, then close.
    pub draining: Rc<Cell<bool>>,
}

/// Observer of what happens on a connection (metrics hook).
pub trait HttpEvents {
    /// A final response with this status was sent to the client (relayed or generated).
    fn response(&self, status: u16);
    /// Talking to a target failed.
    fn target_error(&self, kind: TargetErrorKind);
}

/// An [`HttpEvents`] that ignores everything.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoEvents;

impl HttpEvents for NoEvents {
    fn response(&self, _status: u16) {}
    fn target_error(&self, _kind: TargetErrorKind) {}
}

/// Why [`serve`] stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseReason {
    /// The client closed between requests (or mid-head).
    ClientClosed,
    /// No request within the idle timeout.
    IdleTimeout,
    /// A request head was too slow (answered 408).
    HeaderTimeout,
    /// A request head was refused (answered with this 4xx/5xx status).
    BadRequest(u16),
    /// The client asked to close (Connection: close, HTTP/1.0).
    ClientAsked,
    /// The response was delimited by closing, or the target failed mid-response.
    TargetClosed,
    /// A target failure left the client connection unusable (answered 502/504 and closed).
    TargetFailed,
    /// The target answered before it had read the whole request body, then
    /// stopped reading it: the answer was relayed and the connection closed.
    TargetAnsweredEarly,
    /// Reading from or writing to the client failed or stalled.
    ClientIo,
    /// The shard is shutting down.
    Draining,
}

/// What [`serve`] did on one connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServeOutcome {
    /// Requests whose head was accepted (refused heads are not counted).
    pub requests: u64,
    /// Why the connection ended.
    pub reason: CloseReason,
}

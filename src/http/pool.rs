//! Per-shard pool of keep-alive connections to the targets of one target group.
//!
//! A shard owns its pools (`Rc`, no locks): targets are taken round-robin,
//! one step per request; an idle connection to the chosen target is reused
//! (newest first, since it is the least likely to have been closed by the
//! target), otherwise a new one is opened under the connect timeout. A target
//! that cannot be reached is skipped for the next one within the same
//! request.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::net::SocketAddr;
use std::time::Duration;

use monoio::net::TcpStream;
use monoio::time::Instant;

use crate::config::TargetGroupConfig;

use super::HttpEvents;

/// Idle connections kept per target and shard (`max_idle_connections`).
/// A pool smaller than the shard's concurrent requests churns: every
/// request beyond it closes a connection and the next opens one (a TCP
/// handshake on both sides per request). Idle expiry bounds what a burst
/// leaves behind, so the default is generous (HAProxy and Envoy keep every
/// idle connection).
pub const DEFAULT_MAX_IDLE_PER_TARGET: usize = 256;

/// How long an idle target connection may be reused. Kept below 5 s, the
/// default keep-alive timeout of Node.js servers (the shortest common one),
/// so the proxy rarely reuses a connection the target is closing.
pub const DEFAULT_IDLE_EXPIRY_MS: u64 = 4_000;

/// What went wrong talking to a target (reported through [`HttpEvents`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetErrorKind {
    /// The target group has no targets.
    NoTargets,
    /// Connecting was refused or failed.
    ConnectFailed,
    /// Connecting took longer than `connect_timeout_ms`.
    ConnectTimeout,
    /// No complete response head within `response_timeout_ms`, or a body stalled.
    ResponseTimeout,
    /// The connection failed or closed mid-exchange.
    Io,
    /// The response was not valid HTTP/1.x.
    BadResponse,
}

/// Pool limits besides those in the target-group config.
#[derive(Debug, Clone, Copy)]
pub struct PoolLimits {
    /// Idle connections kept per target.
    pub max_idle_per_target: usize,
    /// Age after which an idle connection is closed instead of reused.
    pub idle_expiry: Duration,
}

impl Default for PoolLimits {
    fn default() -> Self {
        PoolLimits {
            max_idle_per_target: DEFAULT_MAX_IDLE_PER_TARGET,
            idle_expiry: Duration::from_millis(DEFAULT_IDLE_EXPIRY_MS),
        }
    }
}

/// A connection to one target, checked out of the pool for one exchange.
#[derive(Debug)]
pub struct TargetConn {
    /// The socket.
    pub stream: TcpStream,
    /// Which target of the group.
    pub target: usize,
    /// The connection served an earlier exchange (it may have gone stale).
    pub reused: bool,
}

struct IdleConn {
    stream: TcpStream,
    since: Instant,
}

/// The targets of one target group and this shard's idle connections to them.
pub struct TargetPool {
    targets: Vec<SocketAddr>,
    connect_timeout: Duration,
    response_timeout: Duration,
    limits: PoolLimits,
    next: Cell<usize>,
    idle: RefCell<Vec<VecDeque<IdleConn>>>,
}

impl std::fmt::Debug for TargetPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TargetPool")
            .field("targets", &self.targets)
            .field("idle", &self.idle_count())
            .finish()
    }
}

impl TargetPool {
    /// A pool for `group` with its configured idle limit.
    pub fn new(group: &TargetGroupConfig) -> Self {
        let limits = PoolLimits {
            max_idle_per_target: group.max_idle_connections,
            ..PoolLimits::default()
        };
        Self::with_limits(group, limits)
    }

    /// A pool for `group` with explicit limits.
    pub fn with_limits(group: &TargetGroupConfig, limits: PoolLimits) -> Self {
        TargetPool {
            targets: group.targets.clone(),
            connect_timeout: Duration::from_millis(group.connect_timeout_ms),
            response_timeout: Duration::from_millis(group.response_timeout_ms),
            limits,
            next: Cell::new(0),
            idle: RefCell::new(group.targets.iter().map(|_| VecDeque::new()).collect()),
        }
    }

    /// Longest wait for a response head (and for each body read or write on the target side).
    pub fn response_timeout(&self) -> Duration {
        self.response_timeout
    }

    /// Idle connections currently held, all targets together.
    pub fn idle_count(&self) -> usize {
        self.idle.borrow().iter().map(VecDeque::len).sum()
    }

    /// A connection to the next target in turn: an idle one when `fresh` is
    /// false and one is there, else a new one. Unreachable targets are
    /// reported and skipped; `None` when no target could be reached.
    pub async fn checkout(&self, fresh: bool, events: &dyn HttpEvents) -> Option<TargetConn> {
        let n = self.targets.len();
        if n == 0 {
            events.target_error(TargetErrorKind::NoTargets);
            return None;
        }
        let first = self.next.get() % n;
        self.next.set((first + 1) % n);
        for step in 0..n {
            let target = (first + step) % n;
            if !fresh {
                if let Some(stream) = self.take_idle(target) {
                    return Some(TargetConn {
                        stream,
                        target,
                        reused: true,
                    });
                }
            }
            // Boxed: the connect timeout's timer would otherwise sit in
            // (and align to 128 bytes) every exchange's state, though most
            // exchanges reuse an idle connection.
            match Box::pin(self.connect(target)).await {
                Ok(stream) => {
                    return Some(TargetConn {
                        stream,
                        target,
                        reused: false,
                    })
                }
                Err(kind) => {
                    tracing::debug!(target_addr = %self.targets[target], ?kind, "target unreachable");
                    events.target_error(kind);
                }
            }
        }
        None
    }

    /// Returns a connection whose last exchange ended cleanly, for reuse.
    pub fn checkin(&self, conn: TargetConn) {
        let mut idle = self.idle.borrow_mut();
        let Some(list) = idle.get_mut(conn.target) else {
            return;
        };
        let now = Instant::now();
        while list
            .front()
            .is_some_and(|c| now.saturating_duration_since(c.since) >= self.limits.idle_expiry)
        {
            list.pop_front();
        }
        if self.limits.max_idle_per_target == 0 {
            return;
        }
        if list.len() >= self.limits.max_idle_per_target {
            list.pop_front();
        }
        list.push_back(IdleConn {
            stream: conn.stream,
            since: now,
        });
    }

    fn take_idle(&self, target: usize) -> Option<TcpStream> {
        let mut idle = self.idle.borrow_mut();
        let list = idle.get_mut(target)?;
        let conn = list.pop_back()?;
        if Instant::now().saturating_duration_since(conn.since) >= self.limits.idle_expiry {
            // The newest has expired, so every older one has too.
            list.clear();
            return None;
        }
        Some(conn.stream)
    }

    async fn connect(&self, target: usize) -> Result<TcpStream, TargetErrorKind> {
        let addr = self.targets[target];
        let connect = TcpStream::connect_addr(addr);
        let stream = match monoio::time::timeout(self.connect_timeout, connect).await {
            Err(_) => return Err(TargetErrorKind::ConnectTimeout),
            Ok(Err(_)) => return Err(TargetErrorKind::ConnectFailed),
            Ok(Ok(stream)) => stream,
        };
        // Heads and small bodies go out in one write each; Nagle would only delay them.
        let _ = stream.set_nodelay(true);
        Ok(stream)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::NoEvents;

    fn group(targets: Vec<SocketAddr>) -> TargetGroupConfig {
        TargetGroupConfig {
            targets,
            max_idle_connections: DEFAULT_MAX_IDLE_PER_TARGET,
            connect_timeout_ms: 500,
            response_timeout_ms: 500,
        }
    }

    fn runtime() -> monoio::Runtime<monoio::time::TimeDriver<monoio::LegacyDriver>> {
        monoio::RuntimeBuilder::<monoio::LegacyDriver>::new()
            .enable_timer()
            .build()
            .unwrap()
    }

    #[test]
    fn idle_connections_are_bounded_reused_newest_first_and_expire() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let limits = PoolLimits {
            max_idle_per_target: 2,
            idle_expiry: Duration::from_millis(100),
        };
        let pool = TargetPool::with_limits(&group(vec![addr]), limits);
        runtime().block_on(async {
            let mut conns = Vec::new();
            for _ in 0..3 {
                let c = pool.checkout(true, &NoEvents).await.unwrap();
                assert!(!c.reused);
                conns.push(c);
            }
            let newest_port = conns[2].stream.local_addr().unwrap().port();
            for c in conns {
                pool.checkin(c);
            }
            assert_eq!(
                pool.idle_count(),
                2,
                "the oldest idle connection was evicted"
            );
            let c = pool.checkout(false, &NoEvents).await.unwrap();
            assert!(c.reused);
            assert_eq!(c.stream.local_addr().unwrap().port(), newest_port);
            pool.checkin(c);
            monoio::time::sleep(Duration::from_millis(150)).await;
            let c = pool.checkout(false, &NoEvents).await.unwrap();
            assert!(!c.reused, "expired connections are not reused");
            assert_eq!(pool.idle_count(), 0);
        });
        drop(listener);
    }

    #[test]
    fn targets_are_taken_in_turn() {
        let a = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let b = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addrs = [a.local_addr().unwrap(), b.local_addr().unwrap()];
        let pool = TargetPool::new(&group(addrs.to_vec()));
        runtime().block_on(async {
            let mut seen = Vec::new();
            for _ in 0..4 {
                let c = pool.checkout(false, &NoEvents).await.unwrap();
                seen.push(c.stream.peer_addr().unwrap());
            }
            assert_eq!(seen, [addrs[0], addrs[1], addrs[0], addrs[1]]);
        });
    }

    #[test]
    fn an_empty_group_reports_no_targets() {
        struct Count(std::cell::Cell<usize>);
        impl HttpEvents for Count {
            fn response(&self, _: u16) {}
            fn target_error(&self, kind: TargetErrorKind) {
                assert_eq!(kind, TargetErrorKind::NoTargets);
                self.0.set(self.0.get() + 1);
            }
        }
        let events = Count(std::cell::Cell::new(0));
        let pool = TargetPool::new(&group(Vec::new()));
        runtime().block_on(async {
            assert!(pool.checkout(false, &events).await.is_none());
        });
        assert_eq!(events.0.get(), 1);
    }
}

//! The per-shard accept loops and the per-connection task: handshake, verdict, log, forward.

use std::cell::{Cell, RefCell};
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use monoio::io::{AsyncReadRent, CancelHandle, Canceller};
use monoio::net::{TcpListener, TcpStream, UnixStream};

use super::control::{ListenerShared, Shared};
use super::kill::KillSwitch;
use super::runtime::DriverKind;
use super::verdict::{self, failed_status, verify, HandshakeFacts, LineFields};
use super::{flag, SHUTDOWN_POLL};
use crate::config::MtlsMode;
use crate::http::rewrite::IdentityHeaders;
use crate::http::{self, ConnContext, HttpEvents, HttpLimits, TargetErrorKind, TargetPool};
use crate::logs::ConnLog;
use crate::metrics::{ShardMetrics, VerifyStatus};
use crate::tls::identity;
use crate::tls::{HandshakeError, ListenerTls, SessionEvents, TlsStream};
use crate::trust::{leafcache, sigmemo, FailureReason, Verdict};

/// Back-off after a failed accept (EMFILE, ENOBUFS) so that a descriptor
/// shortage does not spin the shard at 100% CPU.
const ACCEPT_ERROR_BACKOFF: Duration = Duration::from_millis(10);
/// How often a draining shard checks whether its connections are done.
const DRAIN_POLL: Duration = Duration::from_millis(10);
/// After the drain deadline: how long the connection tasks get to drop
/// their sockets once woken (they only have to be polled once).
const KILL_WAIT: Duration = Duration::from_millis(500);
/// How long a cancelled accept may take to come back.
const ACCEPT_STOP_WAIT: Duration = Duration::from_millis(500);
/// How often a connection still in its handshake looks at the drain flag;
/// the same period as the HTTP idle wait (src/http/proxy.rs). Handshakes
/// normally finish in milliseconds, so this timer rarely fires.
const HANDSHAKE_DRAIN_CHECK: Duration = Duration::from_secs(1);
/// How long a handshake still running when the shard starts draining may go
/// on. A live client needs a few round trips; one that has not finished by
/// then is stalled (or blinded), and waiting for it would hold the shard
/// until `drain_timeout_ms`.
const HANDSHAKE_DRAIN_GRACE: Duration = Duration::from_secs(1);

/// Per-shard state; lives on one thread, so plain `Cell`s suffice.
struct ShardCtx {
    id: usize,
    shared: Arc<Shared>,
    /// Taken when the shard stops, so that the log writer sees every sender
    /// go away even if the runtime leaks a task.
    log: RefCell<Option<ConnLog>>,
    /// Open connections per listener (for `max_connections`).
    active: Vec<Cell<usize>>,
    draining: Rc<Cell<bool>>,
    /// Fired at the drain deadline: every remaining connection closes.
    kill: Rc<KillSwitch>,
    pools: Vec<TargetPool>,
    trace_seed: u64,
    next_trace: Cell<u64>,
}

impl SessionEvents for ShardCtx {
    fn parked(&self) {
        self.metrics().session_parked();
    }

    fn unparked(&self, woken: bool) {
        self.metrics().session_unparked(woken);
    }
}

impl ShardCtx {
    fn metrics(&self) -> &ShardMetrics {
        self.shared.metrics.shard(self.id)
    }

    fn active_total(&self) -> usize {
        self.active.iter().map(Cell::get).sum()
    }

    /// An opaque, unique id for the connection log's `conn_trace_id`.
    fn trace_id(&self) -> String {
        let n = self.next_trace.get();
        self.next_trace.set(n + 1);
        format!("TID_{:016x}{:04x}{:012x}", self.trace_seed, self.id, n)
    }
}

/// Counts a connection as open for as long as it lives.
struct ActiveGuard {
    shard: Rc<ShardCtx>,
    listener: usize,
}

impl ActiveGuard {
    fn new(shard: &Rc<ShardCtx>, listener: usize) -> ActiveGuard {
        let c = &shard.active[listener];
        c.set(c.get() + 1);
        shard.metrics().conn_opened();
        ActiveGuard {
            shard: shard.clone(),
            listener,
        }
    }
}

impl Drop for ActiveGuard {
    fn drop(&mut self) {
        let c = &self.shard.active[self.listener];
        c.set(c.get() - 1);
        self.shard.metrics().conn_closed();
    }
}

/// Runs one shard until shutdown, then drains.
pub(super) async fn run_shard(
    id: usize,
    driver: DriverKind,
    shared: Arc<Shared>,
    sockets: Vec<std::net::TcpListener>,
    stop: std::os::unix::net::UnixStream,
    log: ConnLog,
    ready: std::sync::mpsc::Sender<Result<DriverKind, String>>,
) {
    let stop = match UnixStream::from_std(stop) {
        Ok(s) => Some(s),
        Err(e) => {
            tracing::warn!(shard = id, error = %e, "stop line unusable; polling the shutdown flag");
            None
        }
    };
    let mut listeners = Vec::new();
    for s in sockets {
        match TcpListener::from_std(s) {
            Ok(l) => listeners.push(l),
            Err(e) => {
                let _ = ready.send(Err(format!("shard {id}: cannot register listener: {e}")));
                return;
            }
        }
    }
    let _ = ready.send(Ok(driver));
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
        ^ ((std::process::id() as u64) << 32);
    let shard = Rc::new(ShardCtx {
        id,
        log: RefCell::new(Some(log)),
        active: shared.listeners.iter().map(|_| Cell::new(0)).collect(),
        draining: Rc::new(Cell::new(false)),
        kill: Rc::new(KillSwitch::default()),
        pools: shared
            .listeners
            .iter()
            .map(|l| TargetPool::new(&l.target_group))
            .collect(),
        trace_seed: seed,
        next_trace: Cell::new(0),
        shared,
    });
    let canceller = Canceller::new();
    let accepts: Vec<_> = listeners
        .into_iter()
        .enumerate()
        .map(|(i, l)| monoio::spawn(accept_loop(shard.clone(), i, l, canceller.handle())))
        .collect();
    stopped(stop, &shard.shared).await;
    shard.draining.set(true);
    let _ = canceller.cancel();
    for a in accepts {
        if monoio::time::timeout(ACCEPT_STOP_WAIT, a).await.is_err() {
            tracing::warn!(shard = id, "an accept loop did not stop after cancellation");
        }
    }
    let deadline = Instant::now() + shard.shared.drain_timeout;
    while shard.active_total() > 0 && Instant::now() < deadline {
        monoio::time::sleep(DRAIN_POLL).await;
    }
    if shard.active_total() > 0 {
        tracing::info!(
            shard = id,
            left = shard.active_total(),
            "drain timeout; closing the remaining connections"
        );
        shard.kill.fire();
        let deadline = Instant::now() + KILL_WAIT;
        while shard.active_total() > 0 && Instant::now() < deadline {
            monoio::time::sleep(DRAIN_POLL).await;
        }
    }
    tracing::debug!(shard = id, left = shard.active_total(), "shard drained");
    shard.log.borrow_mut().take();
}

/// Completes when the server stops this shard: `Server::shutdown` closes
/// the other end of `stop`, so an idle shard sleeps until then instead of
/// waking to poll a flag.
async fn stopped(stop: Option<UnixStream>, shared: &Shared) {
    if let Some(mut stop) = stop {
        match line_closed(&mut stop).await {
            Ok(()) => return,
            Err(e) => {
                tracing::warn!(error = %e, "stop line failed; polling the shutdown flag")
            }
        }
    }
    while !flag(&shared.shutdown) {
        monoio::time::sleep(SHUTDOWN_POLL).await;
    }
}

/// Completes when the other end of `line` is closed (end of stream);
/// anything written on it is read past.
async fn line_closed(line: &mut UnixStream) -> std::io::Result<()> {
    let mut buf = Vec::with_capacity(1);
    loop {
        let (res, b) = line.read(buf).await;
        buf = b;
        buf.clear();
        if res? == 0 {
            return Ok(());
        }
    }
}

async fn accept_loop(shard: Rc<ShardCtx>, li: usize, listener: TcpListener, cancel: CancelHandle) {
    let max = shard.shared.listeners[li].cfg.max_connections;
    loop {
        match listener.cancelable_accept(cancel.clone()).await {
            Ok((tcp, peer)) => {
                if shard.active[li].get() >= max {
                    shard.metrics().conn_limit_rejected();
                    drop(tcp);
                    continue;
                }
                // No set_nodelay: accepted sockets inherit TCP_NODELAY from
                // the listener (`bind_reuseport`), a system call saved per
                // connection (tested in `shard::tests`).
                // Counted here, not in the task: several accepts can complete
                // before any spawned task runs, and the limit must see them all.
                let active = ActiveGuard::new(&shard, li);
                let killed = shard.kill.killed();
                let conn = handle(shard.clone(), li, tcp, peer, active);
                monoio::spawn(async move {
                    monoio::select! {
                        _ = conn => {},
                        _ = killed => {},
                    }
                });
            }
            Err(_) if shard.draining.get() || flag(&shard.shared.shutdown) => break,
            Err(e) => {
                tracing::warn!(shard = shard.id, error = %e, "accept failed");
                monoio::time::sleep(ACCEPT_ERROR_BACKOFF).await;
            }
        }
    }
}

/// One accepted connection as its task sees it.
struct Conn<'a> {
    shard: &'a ShardCtx,
    li: usize,
    l: &'a ListenerShared,
    peer: SocketAddr,
    trace: String,
}

impl Conn<'_> {
    fn log(&self, facts: Option<&HandshakeFacts>, verdict: Option<&Verdict>, status: &str) {
        let log = self.shard.log.borrow();
        if let Some(log) = log.as_ref().filter(|l| l.enabled()) {
            let rec = LineFields {
                peer: self.peer,
                listener_port: self.l.port,
                trace: &self.trace,
            };
            verdict::emit(log, &rec, facts, verdict, status);
        }
    }

    /// Runs the handshake, raced against the drain; a failure is counted
    /// and logged, and gives `None`.
    async fn handshake(&self, stream: &mut TlsStream, started: Instant) -> Option<HandshakeFacts> {
        let timeout = Duration::from_millis(self.l.cfg.handshake_timeout_ms);
        let res = monoio::select! {
            r = stream.handshake(timeout) => r,
            _ = drain_grace(&self.shard.draining) => Err(HandshakeError::Timeout),
        };
        if let Err(e) = res {
            tracing::debug!(client = %self.peer, error = %e, "handshake failed");
            let m = self.shard.metrics();
            m.handshake_failed();
            let reason = FailureReason::UnmappedConnectionError;
            if self.l.cfg.mode != MtlsMode::Off {
                m.verify(self.li, failed_status(reason));
            }
            self.log(None, None, &format!("Failed:{}", reason.as_str()));
            return None;
        }
        let facts = HandshakeFacts::of(stream.connection(), started.elapsed());
        let secs = facts.latency.as_secs_f64();
        self.shard.metrics().handshake_seconds(self.li, secs);
        Some(facts)
    }

    /// Applies the listener's mode: the identity headers to forward, or
    /// `None` when the client is refused. Counts and logs the verdict.
    fn admit(
        &self,
        stream: &TlsStream,
        tls: &ListenerTls,
        facts: &HandshakeFacts,
    ) -> Option<IdentityHeaders> {
        match self.l.cfg.mode {
            MtlsMode::Off => {
                self.log(Some(facts), None, "Success");
                Some(IdentityHeaders::default())
            }
            MtlsMode::Passthrough => {
                self.log(Some(facts), None, "Success");
                let chain = stream.client_chain();
                let fields: Vec<_> = chain
                    .and_then(identity::passthrough_header)
                    .into_iter()
                    .collect();
                Some(IdentityHeaders::new(&fields))
            }
            MtlsMode::Verify => {
                let verdict = verify(stream, tls, self.l);
                let status = match verdict.result {
                    Ok(()) => VerifyStatus::Success,
                    Err(r) => failed_status(r),
                };
                let m = self.shard.metrics();
                m.verify(self.li, status);
                m.signature_checks(sigmemo::take_counts());
                m.leaf_cache(leafcache::take_counts());
                self.log(Some(facts), Some(&verdict), &verdict.status());
                match (verdict.result, verdict.leaf) {
                    // Rendered by the first request, if one comes.
                    (Ok(()), Some(leaf)) => Some(IdentityHeaders::deferred(move || {
                        identity::verify_headers(&leaf)
                    })),
                    _ => None,
                }
            }
        }
    }
}

async fn handle(
    shard: Rc<ShardCtx>,
    li: usize,
    tcp: TcpStream,
    peer: SocketAddr,
    _active: ActiveGuard,
) {
    let started = Instant::now();
    let l = &shard.shared.listeners[li];
    let trace = shard.trace_id();
    let conn = Conn {
        shard: &shard,
        li,
        l,
        peer,
        trace,
    };
    let tls = l.tls.load_full();
    let mut stream = match TlsStream::new(tcp, &tls.config) {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(error = %e, "cannot create TLS connection");
            return;
        }
    };
    let Some(facts) = conn.handshake(&mut stream, started).await else {
        return;
    };
    let Some(identity_headers) = conn.admit(&stream, &tls, &facts) else {
        // Decision 4: refused before a single application byte is read.
        stream.close().await;
        return;
    };
    stream.set_session_events(shard.clone());
    let ctx = ConnContext {
        client_addr: peer,
        listener_port: l.port,
        identity_headers,
        limits: HttpLimits::from_listener(&l.cfg),
        draining: shard.draining.clone(),
    };
    let events = ShardEvents(shard.metrics());
    http::serve(&mut stream, &ctx, &shard.pools[li], &events).await;
    stream.close().await;
}

/// Resolves [`HANDSHAKE_DRAIN_GRACE`] after the shard starts draining.
async fn drain_grace(draining: &Cell<bool>) {
    while !draining.get() {
        monoio::time::sleep(HANDSHAKE_DRAIN_CHECK).await;
    }
    monoio::time::sleep(HANDSHAKE_DRAIN_GRACE).await;
}

/// Forwards HTTP events to this shard's metrics.
struct ShardEvents<'a>(&'a ShardMetrics);

impl HttpEvents for ShardEvents<'_> {
    fn response(&self, status: u16) {
        self.0.response(status);
    }

    fn target_error(&self, kind: TargetErrorKind) {
        let name = match kind {
            TargetErrorKind::ConnectFailed | TargetErrorKind::NoTargets => "connect",
            TargetErrorKind::ConnectTimeout | TargetErrorKind::ResponseTimeout => "timeout",
            TargetErrorKind::Io => "reset",
            TargetErrorKind::BadResponse => "protocol",
        };
        self.0.target_error(name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// `line_closed` waits through an open line and bytes written on it,
    /// and completes when the other end is closed.
    async fn stop_line_completes_only_when_closed() {
        let ms = Duration::from_millis;
        let (tx, rx) = std::os::unix::net::UnixStream::pair().unwrap();
        rx.set_nonblocking(true).unwrap();
        let mut line = UnixStream::from_std(rx).unwrap();
        let done = Rc::new(Cell::new(false));
        let flag = done.clone();
        let task = monoio::spawn(async move {
            line_closed(&mut line).await.unwrap();
            flag.set(true);
        });
        monoio::time::sleep(ms(20)).await;
        assert!(!done.get(), "an open line keeps the shard running");
        (&tx).write_all(b"x").unwrap();
        monoio::time::sleep(ms(20)).await;
        assert!(!done.get(), "bytes on the line do not stop the shard");
        drop(tx);
        monoio::time::timeout(Duration::from_secs(5), task)
            .await
            .expect("closing the line stops the shard");
        assert!(done.get());
    }

    #[test]
    fn the_stop_line_ends_the_wait_when_closed() {
        monoio::RuntimeBuilder::<monoio::FusionDriver>::new()
            .enable_timer()
            .build()
            .unwrap()
            .block_on(stop_line_completes_only_when_closed());
        monoio::RuntimeBuilder::<monoio::LegacyDriver>::new()
            .enable_timer()
            .build()
            .unwrap()
            .block_on(stop_line_completes_only_when_closed());
    }
}

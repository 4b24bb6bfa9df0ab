//! Shards: one pinned thread per core, each with its own runtime and `SO_REUSEPORT` listeners.
//!
//! The main thread loads trust stores, builds every listener's TLS state and
//! binds every socket before any shard starts, so a bad config or a busy port
//! fails fast. Shards then share only `Arc`ed immutable snapshots (swapped
//! through `ArcSwap` on reload) and per-shard metrics.

mod conn;
pub mod control;
mod kill;
pub mod runtime;
mod verdict;

use std::net::SocketAddr;
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

pub use control::{Shared, StartError};
use runtime::DriverKind;

use crate::config::Config;
use crate::logs::{ConnLog, LogWriter};

/// Accept backlog per shard socket; the kernel caps it at `net.core.somaxconn`
/// (see tuning/sysctl.conf, which raises that to 65535).
const LISTEN_BACKLOG: i32 = 65_535;

/// A running proxy: shard threads plus the shared control state.
///
/// Dropping it without [`Server::shutdown`] closes the shards' stop lines:
/// they drain and exit as on shutdown, but nothing waits for them or flushes
/// the connection log.
pub struct Server {
    shared: Arc<Shared>,
    threads: Vec<JoinHandle<()>>,
    /// One end of each shard's stop line; closing it stops the shard.
    stop: Vec<UnixStream>,
    log: Option<(ConnLog, LogWriter)>,
    addrs: Vec<SocketAddr>,
}

impl Server {
    /// Loads everything the config names, binds every listener on every
    /// shard, and starts the shard threads.
    pub fn start(cfg: &Config) -> Result<Server, StartError> {
        let (shared, log) = Shared::build(cfg)?;
        let shards = cfg.runtime.shards.resolve();
        let mut per_shard: Vec<Vec<std::net::TcpListener>> =
            (0..shards).map(|_| Vec::new()).collect();
        let mut addrs = Vec::new();
        for l in &cfg.listener {
            let mut addr = l.bind;
            ensure_port_is_free(addr).map_err(|source| StartError::Bind {
                listener: l.name.clone(),
                addr,
                source,
            })?;
            for sockets in per_shard.iter_mut() {
                let s = bind_reuseport(addr).map_err(|source| StartError::Bind {
                    listener: l.name.clone(),
                    addr,
                    source,
                })?;
                // Port 0: every shard must share the port the first one got.
                addr = s.local_addr().map_err(|source| StartError::Bind {
                    listener: l.name.clone(),
                    addr,
                    source,
                })?;
                sockets.push(s);
            }
            addrs.push(addr);
        }
        let shared = Arc::new(shared.with_ports(&addrs));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let mut threads = Vec::new();
        let mut stop = Vec::new();
        for (id, sockets) in per_shard.into_iter().enumerate() {
            let (stop_tx, stop_rx) = UnixStream::pair()
                .and_then(|(tx, rx)| rx.set_nonblocking(true).map(|()| (tx, rx)))
                .map_err(StartError::Thread)?;
            stop.push(stop_tx);
            let shared = shared.clone();
            let conn_log = log.as_ref().map(|(l, _)| l.clone());
            let cpu = cfg.runtime.cpu_affinity.as_ref().map(|c| c[id]);
            let ready = ready_tx.clone();
            let t = std::thread::Builder::new()
                .name(format!("portcullis-shard-{id}"))
                .spawn(move || shard_thread(id, cpu, shared, sockets, stop_rx, conn_log, ready))
                .map_err(StartError::Thread)?;
            threads.push(t);
        }
        drop(ready_tx);
        for _ in 0..shards {
            match ready_rx.recv() {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => return Err(StartError::Runtime(e)),
                Err(_) => return Err(StartError::Runtime("a shard exited during start".into())),
            }
        }
        Ok(Server {
            shared,
            threads,
            stop,
            log,
            addrs,
        })
    }

    /// The bound address of each listener, in config order (useful with port 0).
    pub fn local_addrs(&self) -> &[SocketAddr] {
        &self.addrs
    }

    /// Shared state: trust stores, listener TLS snapshots, metrics.
    pub fn shared(&self) -> &Arc<Shared> {
        &self.shared
    }

    /// Stops accepting, lets in-flight requests finish (up to the drain
    /// timeout), flushes the connection log and joins every thread.
    pub fn shutdown(mut self) {
        self.shared.shutdown.store(true, Ordering::SeqCst);
        self.stop.clear();
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
        if let Some((conn_log, writer)) = self.log.take() {
            drop(conn_log);
            writer.finish();
        }
    }
}

/// Refuses a port another process already listens on. `SO_REUSEPORT` would
/// otherwise let this process bind beside it silently and the kernel would
/// split new connections between the two — with different certificates and
/// trust stores. A plain bind (without the option) fails on any existing
/// listener, reuseport or not.
fn ensure_port_is_free(addr: SocketAddr) -> std::io::Result<()> {
    if addr.port() == 0 {
        return Ok(());
    }
    use socket2::{Domain, Protocol, Socket, Type};
    let probe = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    probe.set_reuse_address(true)?;
    probe.bind(&addr.into()).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            std::io::Error::new(
                e.kind(),
                "address already in use by another listener (refusing to share it through SO_REUSEPORT)",
            )
        } else {
            e
        }
    })
}

fn bind_reuseport(addr: SocketAddr) -> std::io::Result<std::net::TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let s = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    s.set_reuse_address(true)?;
    s.set_reuse_port(true)?;
    s.set_nonblocking(true)?;
    s.set_nodelay(true)?;
    s.bind(&addr.into())?;
    s.listen(LISTEN_BACKLOG)?;
    Ok(s.into())
}

fn shard_thread(
    id: usize,
    cpu: Option<usize>,
    shared: Arc<Shared>,
    sockets: Vec<std::net::TcpListener>,
    stop: UnixStream,
    log: Option<ConnLog>,
    ready: std::sync::mpsc::Sender<Result<DriverKind, String>>,
) {
    if let Some(cpu) = cpu {
        runtime::pin_current_thread(id, cpu);
    }
    let log = log.unwrap_or_else(|| ConnLog::disabled(shared.metrics.log_dropped_counter()));
    crate::trust::sigmemo::set_capacity(shared.signature_cache_entries);
    crate::trust::leafcache::set_capacity(shared.certificate_cache_entries);
    let res = runtime::run_on_shard_runtime(id, |driver| {
        let ready = ready.clone();
        async move {
            conn::run_shard(id, driver, shared, sockets, stop, log, ready).await;
        }
    });
    if let Err(e) = res {
        let _ = ready.send(Err(format!("shard {id}: cannot build runtime: {e}")));
    }
}

/// Polling interval of the shutdown flag inside a shard whose stop line
/// failed (it waits on the line otherwise, and an idle shard never wakes).
pub(crate) const SHUTDOWN_POLL: Duration = Duration::from_millis(50);

/// Lets `AtomicBool` be checked without importing Ordering everywhere.
pub(crate) fn flag(b: &AtomicBool) -> bool {
    b.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_sockets_inherit_no_delay_from_the_listener() {
        let listener = bind_reuseport("127.0.0.1:0".parse().unwrap()).unwrap();
        let addr = listener.local_addr().unwrap();
        let _client = std::net::TcpStream::connect(addr).unwrap();
        listener.set_nonblocking(false).unwrap();
        let (accepted, _) = listener.accept().unwrap();
        assert!(accepted.nodelay().unwrap(), "the accept loop relies on it");
    }
}

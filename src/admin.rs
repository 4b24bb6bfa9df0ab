//! Admin listener: a small blocking HTTP/1.1 server for metrics, health, trust stores and reload.
//!
//! It runs on its own std threads, never on a shard: scrapes and reloads are
//! rare and must not add latency to handshakes. One thread accepts; each
//! connection gets a short-lived thread (at most [`MAX_CONCURRENT_CONNECTIONS`]),
//! answers one request and closes (`Connection: close`), so that a stalled
//! client can delay nobody but itself. Everything a peer sends is bounded in
//! size and time and answered with a 4xx, never a panic.

mod request;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use crate::metrics::Metrics;
use request::{read_request, Request};

/// Largest request head accepted (request line + headers). Scrapers and curl
/// send a few hundred bytes; 8 KiB is the common server default (nginx).
pub const MAX_REQUEST_HEAD_BYTES: usize = 8 * 1024;
/// Largest request body accepted (and discarded): no endpoint takes a body,
/// but a client may send a small one with `POST /reload`.
pub const MAX_REQUEST_BODY_BYTES: usize = 64 * 1024;
/// Longest wait for any single read from the client.
pub const READ_TIMEOUT_MS: u64 = 5_000;
/// Longest time to receive a whole request (slowloris bound).
pub const REQUEST_DEADLINE_MS: u64 = 10_000;
/// Longest wait for the client to take the response.
pub const WRITE_TIMEOUT_MS: u64 = 10_000;
/// Connections served at once; more are answered 503 at once. A loopback
/// admin port sees one scraper and an operator: 16 leaves ample room.
pub const MAX_CONCURRENT_CONNECTIONS: usize = 16;
/// Longest wait for a client to close after its response (lingering close).
const LINGER_MS: u64 = 2_000;
/// Most bytes discarded during a lingering close: twice the largest request
/// we accept, enough for any refused request to be fully received.
const LINGER_MAX_BYTES: usize = 2 * (MAX_REQUEST_HEAD_BYTES + MAX_REQUEST_BODY_BYTES);
/// Pause after a failed accept (e.g. EMFILE) so the loop does not spin.
const ACCEPT_ERROR_BACKOFF_MS: u64 = 100;

/// What the admin endpoints call into; keeps this module independent of the
/// proxy's internals.
pub struct AdminHandlers {
    /// Rendered by `GET /metrics`.
    pub metrics: Arc<Metrics>,
    /// Body of `GET /truststores` (JSON).
    pub truststores_json: Box<dyn Fn() -> String + Send + Sync>,
    /// Called by `POST /reload`: `Ok(json)` answers 200, `Err(text)` 500.
    /// May be called from several admin threads at once.
    pub reload: Box<dyn Fn() -> Result<String, String> + Send + Sync>,
    /// While true, `GET /healthz` answers 503 so that load balancers stop
    /// sending new connections.
    pub draining: Arc<AtomicBool>,
}

impl std::fmt::Debug for AdminHandlers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdminHandlers")
            .field("metrics", &self.metrics)
            .field("draining", &self.draining)
            .finish_non_exhaustive()
    }
}

/// A running admin server; shuts down on [`AdminHandle::shutdown`] or drop.
#[derive(Debug)]
pub struct AdminHandle {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    accept_thread: Option<JoinHandle<()>>,
}

impl AdminHandle {
    /// The address actually bound (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting and closes the listening socket. Requests already
    /// being served finish on their own threads within the time limits.
    pub fn shutdown(mut self) {
        self.stop_and_join();
    }

    fn stop_and_join(&mut self) {
        let Some(thread) = self.accept_thread.take() else {
            return;
        };
        self.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept with a connection of our own. If that
        // fails the thread cannot be woken; leave it rather than hang.
        let mut wake = self.addr;
        if wake.ip().is_unspecified() {
            wake.set_ip(match wake {
                SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
            });
        }
        if TcpStream::connect_timeout(&wake, Duration::from_secs(1)).is_ok() {
            let _ = thread.join();
        }
    }
}

impl Drop for AdminHandle {
    fn drop(&mut self) {
        self.stop_and_join();
    }
}

/// Binds `bind` and serves the admin endpoints on a new thread.
pub fn spawn(bind: SocketAddr, handlers: AdminHandlers) -> std::io::Result<AdminHandle> {
    let listener = TcpListener::bind(bind)?;
    let addr = listener.local_addr()?;
    let stop = Arc::new(AtomicBool::new(false));
    let accept_thread = std::thread::Builder::new()
        .name("portcullis-admin".into())
        .spawn({
            let stop = Arc::clone(&stop);
            move || accept_loop(listener, Arc::new(handlers), stop)
        })?;
    tracing::info!(%addr, "admin listener started");
    Ok(AdminHandle {
        addr,
        stop,
        accept_thread: Some(accept_thread),
    })
}

/// Decrements the live-connection count when a connection thread ends,
/// panics included.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn accept_loop(listener: TcpListener, handlers: Arc<AdminHandlers>, stop: Arc<AtomicBool>) {
    let active = Arc::new(AtomicUsize::new(0));
    loop {
        let accepted = listener.accept();
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let (stream, peer) = match accepted {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "admin accept failed");
                std::thread::sleep(Duration::from_millis(ACCEPT_ERROR_BACKOFF_MS));
                continue;
            }
        };
        if active.fetch_add(1, Ordering::SeqCst) >= MAX_CONCURRENT_CONNECTIONS {
            drop(Slot(Arc::clone(&active)));
            tracing::debug!(%peer, "admin connection refused: too many");
            let mut stream = stream;
            let _ = stream.set_write_timeout(Some(Duration::from_millis(WRITE_TIMEOUT_MS)));
            let busy = Response::text(503, "too many admin connections\n");
            let _ = busy.write_to(&mut stream);
            continue;
        }
        let slot = Slot(Arc::clone(&active));
        let handlers = Arc::clone(&handlers);
        let spawned = std::thread::Builder::new()
            .name("portcullis-admin-conn".into())
            .spawn(move || {
                let _slot = slot;
                serve_connection(stream, &handlers);
            });
        if let Err(e) = spawned {
            tracing::warn!(error = %e, "admin connection thread not started");
        }
    }
}

/// One response, always sent with `Connection: close`.
#[derive(Debug)]
pub(crate) struct Response {
    pub(crate) status: u16,
    pub(crate) content_type: &'static str,
    pub(crate) allow: Option<&'static str>,
    pub(crate) body: String,
}

impl Response {
    pub(crate) fn text(status: u16, body: impl Into<String>) -> Response {
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            allow: None,
            body: body.into(),
        }
    }

    fn json(status: u16, body: String) -> Response {
        Response {
            content_type: "application/json",
            ..Response::text(status, body)
        }
    }

    fn reason(&self) -> &'static str {
        match self.status {
            200 => "OK",
            400 => "Bad Request",
            404 => "Not Found",
            405 => "Method Not Allowed",
            408 => "Request Timeout",
            413 => "Content Too Large",
            431 => "Request Header Fields Too Large",
            500 => "Internal Server Error",
            501 => "Not Implemented",
            503 => "Service Unavailable",
            _ => "",
        }
    }

    fn write_to(&self, stream: &mut TcpStream) -> std::io::Result<()> {
        let mut head = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\
             Cache-Control: no-store\r\nConnection: close\r\n",
            self.status,
            self.reason(),
            self.content_type,
            self.body.len()
        );
        if let Some(allow) = self.allow {
            head.push_str("Allow: ");
            head.push_str(allow);
            head.push_str("\r\n");
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes())?;
        stream.write_all(self.body.as_bytes())?;
        stream.flush()
    }
}

fn serve_connection(mut stream: TcpStream, handlers: &AdminHandlers) {
    let _ = stream.set_read_timeout(Some(Duration::from_millis(READ_TIMEOUT_MS)));
    let _ = stream.set_write_timeout(Some(Duration::from_millis(WRITE_TIMEOUT_MS)));
    let response = match read_request(&mut stream) {
        Ok(Some(req)) => route(&req, handlers),
        // The client went away before sending a request: nothing to answer.
        Ok(None) => return,
        Err(refusal) => refusal,
    };
    if let Err(e) = response.write_to(&mut stream) {
        tracing::debug!(error = %e, "admin response not delivered");
    }
    linger(&mut stream);
}

/// Lingering close: after the response, read and discard what the client
/// still sends (a refused oversize request) until it closes, within bounds.
/// Closing with unread input would send a reset that can destroy the
/// response before the client reads it.
fn linger(stream: &mut TcpStream) {
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(LINGER_MS)));
    let mut sink = [0u8; 4096];
    let mut drained = 0;
    while drained < LINGER_MAX_BYTES {
        match stream.read(&mut sink) {
            Ok(0) | Err(_) => return,
            Ok(n) => drained += n,
        }
    }
}

fn route(req: &Request, h: &AdminHandlers) -> Response {
    let allowed = match req.path.as_str() {
        "/metrics" | "/healthz" | "/truststores" => "GET",
        "/reload" => "POST",
        _ => return Response::text(404, "not found\n"),
    };
    if req.method != allowed {
        return Response {
            allow: Some(allowed),
            ..Response::text(405, "method not allowed\n")
        };
    }
    // The callbacks are the proxy's own code; a bug in one must still get
    // an answer and not take the admin server down with it.
    let answered = catch_unwind(AssertUnwindSafe(|| match req.path.as_str() {
        "/metrics" => {
            let mut out = String::with_capacity(16 * 1024);
            h.metrics.render_prometheus(&mut out);
            Response {
                content_type: "text/plain; version=0.0.4; charset=utf-8",
                ..Response::text(200, out)
            }
        }
        "/healthz" if h.draining.load(Ordering::SeqCst) => Response::text(503, "draining\n"),
        "/healthz" => Response::text(200, "ok\n"),
        "/truststores" => Response::json(200, (h.truststores_json)()),
        _ => match (h.reload)() {
            Ok(json) => Response::json(200, json),
            Err(text) => Response::text(500, text),
        },
    }));
    answered.unwrap_or_else(|_| {
        tracing::error!(path = %req.path, "admin handler panicked");
        Response::text(500, "internal error\n")
    })
}

/// Starts the admin listener when the config has an `[admin]` section,
/// wired to the proxy's metrics, trust stores and reload.
pub fn start_for(
    cfg: &crate::config::Config,
    shared: &Arc<crate::shard::Shared>,
) -> std::io::Result<Option<AdminHandle>> {
    let Some(admin) = &cfg.admin else {
        return Ok(None);
    };
    let for_json = shared.clone();
    let for_reload = shared.clone();
    let handlers = AdminHandlers {
        metrics: shared.metrics.clone(),
        truststores_json: Box::new(move || for_json.truststores_json()),
        reload: Box::new(move || for_reload.reload()),
        draining: shared.draining_flag(),
    };
    let handle = spawn(admin.bind, handlers)?;
    tracing::info!(addr = %handle.local_addr(), "admin listener");
    Ok(Some(handle))
}

//! Runs a generator on N single-threaded tokio runtimes, then merges their stats into one report.

use std::cell::RefCell;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context, Result};
use s2n_tls::config::Config;
use s2n_tls::connection::Connection;
use s2n_tls_tokio::{TlsConnector, TlsStream};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::flights::{flights, Flights};
use crate::http1::{read_body, read_head};
use crate::pacing::Bounds;
use crate::report::{Progress, Report, RunInfo};
use crate::stats::{CpuTimes, ErrorClass, Outcome, Phase, Stats};

/// Largest response body a generator reads, bytes; it discards bodies, this only bounds
/// how long a misbehaving server can keep a connection busy.
const MAX_RESPONSE_BODY_BYTES: u64 = 64 * 1024 * 1024;

/// What every generator task shares within its thread.
pub struct ThreadCtx {
    /// Index of this thread.
    pub index: usize,
    /// Run bounds, shared by all threads.
    pub bounds: Arc<Bounds>,
    /// This thread's measurements.
    pub stats: RefCell<Stats>,
    /// Live counters for the progress line.
    pub progress: Arc<Progress>,
}

impl ThreadCtx {
    /// Records a latency sample.
    pub fn record(&self, phase: Phase, elapsed: Duration) {
        self.stats.borrow_mut().record(phase, elapsed);
    }

    /// Counts a finished operation here and in the progress counters.
    pub fn count(&self, outcome: Outcome) {
        let counter = if outcome == Outcome::Ok {
            &self.progress.ok
        } else {
            &self.progress.not_ok
        };
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.stats.borrow_mut().count(outcome);
    }
}

/// Runs `per_thread` on `threads` threads (each its own current-thread runtime with a
/// `LocalSet`), prints progress to stderr when asked, and returns the merged report.
pub fn run_threads<F, Fut>(
    info: RunInfo,
    bounds: Bounds,
    show_progress: bool,
    per_thread: F,
) -> Result<Report>
where
    F: Fn(Rc<ThreadCtx>) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + 'static,
{
    let bounds = Arc::new(bounds);
    let progress = Arc::new(Progress::default());
    let per_thread = Arc::new(per_thread);
    let cpu_before = CpuTimes::now();
    let start = bounds.start();
    let printer = show_progress.then(|| progress.spawn_printer(start));
    let mut handles = Vec::new();
    for index in 0..info.threads {
        let (bounds, progress, per_thread) = (
            Arc::clone(&bounds),
            Arc::clone(&progress),
            Arc::clone(&per_thread),
        );
        let handle = thread::Builder::new().name(format!("gen-{index}")).spawn(
            move || -> io::Result<Stats> {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()?;
                let ctx = Rc::new(ThreadCtx {
                    index,
                    bounds,
                    stats: RefCell::new(Stats::default()),
                    progress,
                });
                let local = tokio::task::LocalSet::new();
                local.block_on(&rt, per_thread(Rc::clone(&ctx)));
                Ok(ctx.stats.take())
            },
        )?;
        handles.push(handle);
    }
    let mut merged = Stats::default();
    for h in handles {
        let stats = h
            .join()
            .map_err(|_| anyhow!("generator thread panicked"))?
            .context("generator runtime")?;
        merged.merge(&stats);
    }
    let wall = start.elapsed();
    let cpu = CpuTimes::now().since(cpu_before);
    progress.finish();
    if let Some(p) = printer {
        let _ = p.join();
    }
    Ok(Report::new(&info, &merged, wall, cpu))
}

/// A parsed response to one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// The server will close the connection after this response.
    pub close: bool,
}

/// A client's TLS connection: its socket sends each flight in one write.
pub type Tls = TlsStream<Flights<TcpStream>, Connection>;

/// Connects and completes a TLS handshake, recording the connect time and the
/// handshake time (up to the client's last flight handed to the socket).
pub async fn connect_tls(
    target: SocketAddr,
    server_name: &str,
    connector: &TlsConnector<Config>,
    ctx: &ThreadCtx,
) -> Result<Tls, ErrorClass> {
    let t = Instant::now();
    let tcp = TcpStream::connect(target)
        .await
        .map_err(|e| ErrorClass::from_io(&e))?;
    ctx.record(Phase::Connect, t.elapsed());
    let _ = tcp.set_nodelay(true);
    let t = Instant::now();
    let mut tls = connector
        .connect(server_name, flights(tcp))
        .await
        .map_err(ErrorClass::from_tls)?;
    // The client's last flight is held until now: send it.
    tls.flush().await.map_err(|e| ErrorClass::from_io(&e))?;
    ctx.record(Phase::Handshake, t.elapsed());
    Ok(tls)
}

/// Sends one request and reads the whole response, recording time to first byte.
pub async fn exchange<S>(
    conn: &mut BufReader<S>,
    request: &[u8],
    ctx: &ThreadCtx,
) -> Result<Answer, ErrorClass>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let io = |e: io::Error| ErrorClass::from_io(&e);
    let sent = Instant::now();
    conn.get_mut().write_all(request).await.map_err(io)?;
    conn.get_mut().flush().await.map_err(io)?;
    if conn.fill_buf().await.map_err(io)?.is_empty() {
        return Err(ErrorClass::Closed);
    }
    ctx.record(Phase::Ttfb, sent.elapsed());
    let head = read_head(conn)
        .await
        .map_err(io)?
        .ok_or(ErrorClass::Closed)?;
    let status = head.status().map_err(|_| ErrorClass::BadResponse)?;
    let kind = head
        .response_body("GET")
        .map_err(|_| ErrorClass::BadResponse)?;
    read_body(conn, kind, None, MAX_RESPONSE_BODY_BYTES)
        .await
        .map_err(io)?;
    Ok(Answer {
        status,
        close: head.has_token("connection", "close"),
    })
}

/// Builds a request: `GET /` without a body, else `POST /` with `body_bytes` bytes.
pub fn build_request(host: &str, body_bytes: usize) -> Vec<u8> {
    if body_bytes == 0 {
        return format!(
            "GET / HTTP/1.1\r\nHost: {host}\r\nUser-Agent: portcullis-loadtest\r\n\r\n"
        )
        .into_bytes();
    }
    let mut req = format!(
        "POST / HTTP/1.1\r\nHost: {host}\r\nUser-Agent: portcullis-loadtest\r\nContent-Type: application/octet-stream\r\nContent-Length: {body_bytes}\r\n\r\n"
    )
    .into_bytes();
    req.resize(req.len() + body_bytes, b'x');
    req
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_with_a_body_declares_its_exact_length() {
        let req = build_request("h", 10);
        let text = String::from_utf8(req).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.contains("Content-Length: 10"));
        assert_eq!(body.len(), 10);
        assert!(build_request("h", 0).ends_with(b"\r\n\r\n"));
    }
}

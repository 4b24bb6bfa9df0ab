//! The demo's built-in echo target: a small keep-alive HTTP/1.1 server on std threads.
//!
//! It answers every request with `200` and a short text body listing the
//! `X-Amzn-Mtls-*` headers it received, so the demo can show what a target
//! learns about the client.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Largest request head the echo target reads; the proxy caps heads lower.
const MAX_HEAD_BYTES: usize = 64 * 1024;
/// Idle keep-alive time before the target closes a connection.
const IDLE: Duration = Duration::from_secs(10);

/// Counters of what the target saw.
#[derive(Debug, Default)]
pub struct EchoStats {
    pub requests: AtomicU64,
}

/// Starts the echo target on a fresh loopback port.
pub fn start() -> std::io::Result<(SocketAddr, Arc<EchoStats>)> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    let stats = Arc::new(EchoStats::default());
    let s = stats.clone();
    std::thread::Builder::new()
        .name("demo-echo".into())
        .spawn(move || {
            for conn in listener.incoming().flatten() {
                let s = s.clone();
                let _ = std::thread::Builder::new()
                    .name("demo-echo-conn".into())
                    .spawn(move || serve(conn, &s));
            }
        })?;
    Ok((addr, stats))
}

fn serve(conn: TcpStream, stats: &EchoStats) {
    let _ = conn.set_read_timeout(Some(IDLE));
    let _ = conn.set_nodelay(true);
    let Ok(w) = conn.try_clone() else { return };
    let mut w = w;
    let mut r = BufReader::new(conn);
    while let Some((mtls, body_len, close)) = read_head(&mut r) {
        if std::io::copy(&mut (&mut r).take(body_len), &mut std::io::sink()).is_err() {
            return;
        }
        stats.requests.fetch_add(1, Ordering::Relaxed);
        let body = if mtls.is_empty() {
            "hello from the echo target (no client identity)\n".to_string()
        } else {
            format!("hello from the echo target\n{}", mtls.join(""))
        };
        let resp = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        if w.write_all(resp.as_bytes()).is_err() || close {
            return;
        }
    }
}

/// Reads one head: (the mTLS header lines, Content-Length, Connection: close).
fn read_head(r: &mut impl BufRead) -> Option<(Vec<String>, u64, bool)> {
    let mut mtls = Vec::new();
    let (mut len, mut close, mut total) = (0u64, false, 0usize);
    loop {
        let mut line = String::new();
        let n = r.read_line(&mut line).ok()?;
        total += n;
        if n == 0 || total > MAX_HEAD_BYTES {
            return None;
        }
        if line == "\r\n" {
            return Some((mtls, len, close));
        }
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let (name, value) = (name.trim().to_ascii_lowercase(), value.trim());
        if name == "content-length" {
            len = value.parse().ok()?;
        } else if name == "connection" {
            close = value.eq_ignore_ascii_case("close");
        } else if name.starts_with("x-amzn-mtls-") {
            mtls.push(line);
        }
    }
}

//! Test harness for the HTTP forwarding tests: a blocking echo target, the proxy on its own monoio thread, and a tiny client.
#![allow(dead_code)]

use std::cell::Cell;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use portcullis::config::TargetGroupConfig;
use portcullis::http::rewrite::IdentityHeaders;
use portcullis::http::{serve, ConnContext, HttpEvents, HttpLimits, TargetErrorKind, TargetPool};

/// Identity header the proxy under test adds to every request.
pub const IDENTITY: (&str, &str) = ("X-Amzn-Mtls-Clientcert-Serial-Number", "0A1B2C");

/// Counts what the echo target received.
#[derive(Default)]
pub struct TargetStats {
    pub requests: AtomicUsize,
    pub connections: AtomicUsize,
}

/// Starts the echo target on `listener` (one thread per connection).
///
/// Routes: `/hang` never answers; `/reset` closes without answering;
/// `/truncate` promises 100 bytes and sends 10; `/chunked` answers the echo
/// chunked; `/big/N` answers N bytes; `/close` answers close-delimited;
/// anything else answers `200` with the request head followed by the
/// request body.
pub fn start_echo_on(listener: TcpListener) -> Arc<TargetStats> {
    let stats = Arc::new(TargetStats::default());
    let s = stats.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(conn) = conn else { return };
            s.connections.fetch_add(1, Ordering::SeqCst);
            let s = s.clone();
            std::thread::spawn(move || echo_connection(conn, &s));
        }
    });
    stats
}

/// Starts an echo target on a fresh loopback port.
pub fn start_echo() -> (SocketAddr, Arc<TargetStats>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    (addr, start_echo_on(listener))
}

fn echo_connection(conn: TcpStream, stats: &TargetStats) {
    let mut reader = BufReader::new(conn.try_clone().unwrap());
    let mut writer = conn;
    loop {
        let Some((head, body)) = read_request(&mut reader) else {
            return;
        };
        stats.requests.fetch_add(1, Ordering::SeqCst);
        let target = head.split(' ').nth(1).unwrap_or("/").to_string();
        let mut echo = head.clone().into_bytes();
        echo.extend_from_slice(&body);
        let result = if target == "/hang" {
            std::thread::sleep(Duration::from_secs(30));
            return;
        } else if target == "/chunked" {
            let mut out = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
            for piece in echo.chunks(echo.len() / 3 + 1) {
                out.extend_from_slice(format!("{:x};ext=1\r\n", piece.len()).as_bytes());
                out.extend_from_slice(piece);
                out.extend_from_slice(b"\r\n");
            }
            out.extend_from_slice(b"0\r\nX-Trailer: t\r\n\r\n");
            writer.write_all(&out)
        } else if let Some(n) = target.strip_prefix("/big/") {
            let n: usize = n.parse().unwrap();
            let body: Vec<u8> = (0..n).map(|i| (i % 251) as u8).collect();
            let mut out = format!("HTTP/1.1 200 OK\r\nContent-Length: {n}\r\n\r\n").into_bytes();
            out.extend_from_slice(&body);
            writer.write_all(&out)
        } else if target == "/reset" {
            // Close without a response (with unread bytes pending, a reset).
            return;
        } else if target == "/truncate" {
            let _ = writer.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten..");
            return;
        } else if target == "/close" {
            let _ = writer.write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
            let _ = writer.write_all(&echo);
            return;
        } else {
            let mut out = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nKeep-Alive: timeout=5\r\nConnection: keep-alive\r\n\r\n",
                echo.len()
            )
            .into_bytes();
            out.extend_from_slice(&echo);
            writer.write_all(&out)
        };
        if result.is_err() || head.to_ascii_lowercase().contains("\r\nconnection: close") {
            return;
        }
    }
}

/// Reads one request: its head as text (CRLFs included) and its decoded body.
fn read_request(r: &mut impl BufRead) -> Option<(String, Vec<u8>)> {
    let head = read_head_only(r)?;
    let lower = head.to_ascii_lowercase();
    let body = if lower.contains("\r\ntransfer-encoding: chunked") {
        read_chunked(r)?
    } else if let Some(n) = header_value(&head, "content-length") {
        let mut body = vec![0; n.parse().ok()?];
        r.read_exact(&mut body).ok()?;
        body
    } else {
        Vec::new()
    };
    Some((head, body))
}

/// Value of the first field called `name` in a head.
pub fn header_value(head: &str, name: &str) -> Option<String> {
    head.split("\r\n").skip(1).find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
    })
}

/// All values of fields called `name` in a head.
pub fn header_values(head: &str, name: &str) -> Vec<String> {
    head.split("\r\n")
        .skip(1)
        .filter_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
        .collect()
}

fn read_chunked(r: &mut impl BufRead) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let mut line = String::new();
        r.read_line(&mut line).ok()?;
        let size = line.trim_end().split(';').next()?;
        let size = usize::from_str_radix(size, 16).ok()?;
        if size == 0 {
            loop {
                let mut t = String::new();
                r.read_line(&mut t).ok()?;
                if t == "\r\n" || t.is_empty() {
                    return Some(body);
                }
            }
        }
        let start = body.len();
        body.resize(start + size, 0);
        r.read_exact(&mut body[start..]).ok()?;
        let mut crlf = [0; 2];
        r.read_exact(&mut crlf).ok()?;
    }
}

/// A response as the test client saw it.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub head: String,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<String> {
        header_value(&self.head, name)
    }
    /// The echoed request head (the part of the body before the empty line).
    pub fn echoed_head(&self) -> String {
        let text = String::from_utf8_lossy(&self.body);
        text.split("\r\n\r\n").next().unwrap_or("").to_string() + "\r\n"
    }
}

/// Reads one response; `head_request` says the request was HEAD.
pub fn read_response(r: &mut impl BufRead, head_request: bool) -> Option<Response> {
    let head = read_head_only(r)?;
    let status = head.split(' ').nth(1)?.parse().ok()?;
    let lower = head.to_ascii_lowercase();
    let body = if head_request || status == 204 || status == 304 || (100..200).contains(&status) {
        Vec::new()
    } else if lower.contains("\r\ntransfer-encoding: chunked") {
        read_chunked(r)?
    } else if let Some(n) = header_value(&head, "content-length") {
        let mut body = vec![0; n.parse().ok()?];
        r.read_exact(&mut body).ok()?;
        body
    } else {
        let mut body = Vec::new();
        r.read_to_end(&mut body).ok()?;
        body
    };
    Some(Response { status, head, body })
}

/// Reads a head up to and including its empty line (CRLFs kept).
fn read_head_only(r: &mut impl BufRead) -> Option<String> {
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        head.push_str(&line);
        if line == "\r\n" {
            return Some(head);
        }
    }
}

/// Events recorded by the proxy under test.
#[derive(Default)]
pub struct Recorded {
    pub statuses: Mutex<Vec<u16>>,
    pub target_errors: Mutex<Vec<TargetErrorKind>>,
}

struct Recorder(Arc<Recorded>);

impl HttpEvents for Recorder {
    fn response(&self, status: u16) {
        self.0.statuses.lock().unwrap().push(status);
    }
    fn target_error(&self, kind: TargetErrorKind) {
        self.0.target_errors.lock().unwrap().push(kind);
    }
}

/// Settings of a proxy under test.
#[derive(Clone)]
pub struct ProxyOptions {
    pub targets: Vec<SocketAddr>,
    pub max_header_bytes: usize,
    pub max_header_count: usize,
    pub header_read_timeout: Duration,
    pub idle_timeout: Duration,
    pub connect_timeout_ms: u64,
    pub response_timeout_ms: u64,
    pub max_idle_connections: usize,
    /// Run on monoio's epoll driver instead of io_uring (default: set when
    /// `MONOIO_FORCE_LEGACY_DRIVER` is in the environment).
    pub legacy_driver: bool,
}

impl ProxyOptions {
    pub fn new(targets: Vec<SocketAddr>) -> Self {
        ProxyOptions {
            targets,
            max_header_bytes: 8 * 1024,
            max_header_count: 32,
            header_read_timeout: Duration::from_secs(5),
            idle_timeout: Duration::from_secs(10),
            connect_timeout_ms: 1_000,
            response_timeout_ms: 5_000,
            max_idle_connections: portcullis::http::pool::DEFAULT_MAX_IDLE_PER_TARGET,
            legacy_driver: std::env::var_os("MONOIO_FORCE_LEGACY_DRIVER").is_some(),
        }
    }
}

/// A proxy running on its own thread and monoio runtime.
pub struct Proxy {
    pub addr: SocketAddr,
    pub recorded: Arc<Recorded>,
    /// Setting this sets the shard's drain flag (within 10 ms).
    pub drain: Arc<AtomicBool>,
}

/// Starts the proxy under test on a loopback port.
pub fn start_proxy(opts: ProxyOptions) -> Proxy {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let recorded = Arc::new(Recorded::default());
    let rec = recorded.clone();
    let drain = Arc::new(AtomicBool::new(false));
    let drain_flag = drain.clone();
    std::thread::spawn(move || {
        if opts.legacy_driver {
            let mut rt = monoio::RuntimeBuilder::<monoio::LegacyDriver>::new()
                .enable_timer()
                .build()
                .unwrap();
            rt.block_on(run_proxy(listener, opts, rec, drain_flag));
        } else {
            let mut rt = monoio::RuntimeBuilder::<monoio::FusionDriver>::new()
                .enable_timer()
                .build()
                .unwrap();
            rt.block_on(run_proxy(listener, opts, rec, drain_flag));
        }
    });
    Proxy {
        addr,
        recorded,
        drain,
    }
}

async fn run_proxy(
    listener: TcpListener,
    opts: ProxyOptions,
    rec: Arc<Recorded>,
    drain: Arc<AtomicBool>,
) {
    listener.set_nonblocking(true).unwrap();
    let listener = monoio::net::TcpListener::from_std(listener).unwrap();
    let group = TargetGroupConfig {
        targets: opts.targets.clone(),
        connect_timeout_ms: opts.connect_timeout_ms,
        response_timeout_ms: opts.response_timeout_ms,
        max_idle_connections: opts.max_idle_connections,
    };
    let pool = Rc::new(TargetPool::new(&group));
    let events = Rc::new(Recorder(rec));
    let port = listener.local_addr().unwrap().port();
    // One drain flag per shard, as the shard keeps it.
    let draining = Rc::new(Cell::new(false));
    let flag = draining.clone();
    monoio::spawn(async move {
        while !drain.load(Ordering::SeqCst) {
            monoio::time::sleep(Duration::from_millis(10)).await;
        }
        flag.set(true);
    });
    loop {
        let Ok((mut stream, peer)) = listener.accept().await else {
            continue;
        };
        let ctx = ConnContext {
            client_addr: peer,
            listener_port: port,
            identity_headers: IdentityHeaders::new(&[IDENTITY]),
            limits: HttpLimits {
                max_header_bytes: opts.max_header_bytes,
                max_header_count: opts.max_header_count,
                header_read_timeout: opts.header_read_timeout,
                idle_timeout: opts.idle_timeout,
            },
            draining: draining.clone(),
        };
        let (pool, events) = (pool.clone(), events.clone());
        monoio::spawn(async move {
            serve(&mut stream, &ctx, &pool, &*events).await;
        });
    }
}

/// A blocking client connection to the proxy.
pub struct Client {
    pub reader: BufReader<TcpStream>,
    pub writer: TcpStream,
}

impl Client {
    pub fn connect(addr: SocketAddr) -> Client {
        let s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        Client {
            reader: BufReader::new(s.try_clone().unwrap()),
            writer: s,
        }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
    }

    pub fn response(&mut self) -> Response {
        read_response(&mut self.reader, false).expect("a response")
    }

    /// Sends a GET for `path` and reads the response.
    pub fn get(&mut self, path: &str) -> Response {
        self.send(format!("GET {path} HTTP/1.1\r\nHost: test\r\n\r\n").as_bytes());
        self.response()
    }

    /// Whether the proxy closed the connection (EOF without more bytes).
    pub fn is_closed(&mut self) -> bool {
        let mut rest = Vec::new();
        match self.reader.read_to_end(&mut rest) {
            Ok(_) => rest.is_empty(),
            Err(e) => e.kind() == std::io::ErrorKind::ConnectionReset,
        }
    }
}

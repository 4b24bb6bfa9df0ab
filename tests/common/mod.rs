//! Shared fixtures for integration tests: PKI on disk, config text, proxy on port 0, clients.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use portcullis::config::Config;
use portcullis::pki::{DemoPaths, DemoPki};
use portcullis::shard::Server;
use portcullis::tls::client::{client_config, connect};
use portcullis::tls::TlsStream;

/// Client-side policy: accept TLS 1.3 only, like the server default.
pub const CLIENT_POLICY: &str = "default_tls13";

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub pki: DemoPki,
    pub paths: DemoPaths,
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let pki = DemoPki::generate();
        let paths = pki.write_to(dir.path()).unwrap();
        Fixture { dir, pki, paths }
    }

    pub fn log_path(&self) -> PathBuf {
        self.dir.path().join("conn.log")
    }

    /// A config with one listener on 127.0.0.1:0 in `mode` forwarding to `target`.
    pub fn config(&self, mode: &str, shards: usize, target: SocketAddr, extra: &str) -> Config {
        let crls: Vec<String> = self
            .paths
            .crls
            .iter()
            .map(|p| format!("{:?}", p.display().to_string()))
            .collect();
        let text = format!(
            r#"
[runtime]
shards = {shards}
drain_timeout_ms = 2000

[[listener]]
name = "test"
bind = "127.0.0.1:0"
certificate = {cert:?}
private_key = {key:?}
mode = "{mode}"
{ts}target_group = "app"
handshake_timeout_ms = 3000
{extra}

[trust_store.corp]
ca_bundle = {bundle:?}
crls = [{crls}]

[target_group.app]
targets = ["{target}"]
connect_timeout_ms = 500
response_timeout_ms = 2000

[logs]
connection_log = {log:?}
"#,
            ts = if mode == "verify" {
                "trust_store = \"corp\"\n"
            } else {
                ""
            },
            cert = self.paths.server_chain.display().to_string(),
            key = self.paths.server_key.display().to_string(),
            bundle = self.paths.ca_bundle.display().to_string(),
            crls = crls.join(", "),
            log = self.log_path().display().to_string(),
        );
        Config::parse(&text, Path::new("test.toml"), self.dir.path()).unwrap()
    }

    /// The client chain/key of the demo client labelled `label`.
    pub fn client(&self, label: &str) -> (Vec<u8>, Vec<u8>) {
        let c = self
            .pki
            .clients
            .iter()
            .find(|c| c.label == label)
            .unwrap_or_else(|| panic!("no demo client {label:?}"));
        (
            c.chain_pem.clone().into_bytes(),
            c.key_pem.clone().into_bytes(),
        )
    }

    pub fn root_pem(&self) -> Vec<u8> {
        self.pki.root.cert_pem().into_bytes()
    }
}

/// Runs `f` on a fresh single-threaded monoio runtime (the client side).
pub fn client_rt<F: std::future::Future>(f: F) -> F::Output {
    monoio::RuntimeBuilder::<monoio::FusionDriver>::new()
        .enable_timer()
        .build()
        .unwrap()
        .block_on(f)
}

/// Handshakes as `label` (or without a certificate when `None`).
pub async fn handshake_as(
    fx: &Fixture,
    addr: SocketAddr,
    label: Option<&str>,
) -> Result<TlsStream, portcullis::tls::HandshakeError> {
    let owned = label.map(|l| fx.client(l));
    let client = owned.as_ref().map(|(c, k)| (c.as_slice(), k.as_slice()));
    let cfg = client_config(&fx.root_pem(), client, CLIENT_POLICY).unwrap();
    connect(addr, &cfg, "localhost", Duration::from_secs(5)).await
}

/// Starts the proxy for `cfg`.
pub fn start(cfg: &Config) -> Server {
    Server::start(cfg).unwrap()
}

/// Waits until the connection log has at least `n` lines, then returns them.
pub fn log_lines(path: &Path, n: usize) -> Vec<String> {
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        if lines.len() >= n || std::time::Instant::now() > deadline {
            return lines;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A response read over TLS (the demo load driver's reader).
pub type TlsResponse = portcullis::demo::load::Response;

/// The echo target answers with the request head it received: this is it.
pub fn echoed_head(r: &TlsResponse) -> String {
    let text = String::from_utf8_lossy(&r.body);
    text.split("\r\n\r\n").next().unwrap_or("").to_string() + "\r\n"
}

/// Value of the first header `name` (case-insensitive) in a raw head.
pub fn header_in(head: &str, name: &str) -> Option<String> {
    head.split("\r\n").skip(1).find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().to_string())
    })
}

/// Sends `raw` and reads one Content-Length-delimited response. `None` when
/// the proxy closed the connection instead of answering.
pub async fn tls_request(s: &mut TlsStream, raw: &[u8]) -> Option<TlsResponse> {
    portcullis::demo::load::request(s, raw).await
}

/// A plain GET with a Host header.
pub fn get(path: &str, extra_headers: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n{extra_headers}\r\n").into_bytes()
}

// ---- Operational tests (hardening_*, ops_*): configurable config, extra clients, CRLs, targets ----

/// Everything [`Fixture::ops_text`] lets a test choose.
pub struct OpsConfig {
    pub mode: &'static str,
    pub shards: usize,
    pub target: SocketAddr,
    /// `host:port` of the listener; port 0 picks one.
    pub bind: String,
    pub handshake_timeout_ms: u64,
    pub drain_timeout_ms: u64,
    pub response_timeout_ms: u64,
    /// More keys for the `[[listener]]` table.
    pub listener_extra: String,
    /// More keys for `[trust_store.corp]`.
    pub trust_extra: String,
    /// Whole tables appended at the end (e.g. `[admin]`).
    pub tail: String,
}

impl OpsConfig {
    /// Verify mode, one shard, port 0, generous timeouts.
    pub fn new(target: SocketAddr) -> OpsConfig {
        OpsConfig {
            mode: "verify",
            shards: 1,
            target,
            bind: "127.0.0.1:0".to_string(),
            handshake_timeout_ms: 5_000,
            drain_timeout_ms: 10_000,
            response_timeout_ms: 2_000,
            listener_extra: String::new(),
            trust_extra: String::new(),
            tail: String::new(),
        }
    }
}

impl Fixture {
    /// Config text for `o` (same files as [`Fixture::config`]).
    pub fn ops_text(&self, o: &OpsConfig) -> String {
        let crls: Vec<String> = self
            .paths
            .crls
            .iter()
            .map(|p| format!("{:?}", p.display().to_string()))
            .collect();
        format!(
            r#"
[runtime]
shards = {shards}
drain_timeout_ms = {drain}

[[listener]]
name = "test"
bind = "{bind}"
certificate = {cert:?}
private_key = {key:?}
mode = "{mode}"
{ts}target_group = "app"
handshake_timeout_ms = {hs}
{listener_extra}

[trust_store.corp]
ca_bundle = {bundle:?}
crls = [{crls}]
{trust_extra}

[target_group.app]
targets = ["{target}"]
connect_timeout_ms = 1000
response_timeout_ms = {resp}

[logs]
connection_log = {log:?}

{tail}
"#,
            shards = o.shards,
            drain = o.drain_timeout_ms,
            bind = o.bind,
            mode = o.mode,
            hs = o.handshake_timeout_ms,
            listener_extra = o.listener_extra,
            trust_extra = o.trust_extra,
            target = o.target,
            resp = o.response_timeout_ms,
            tail = o.tail,
            ts = if o.mode == "verify" {
                "trust_store = \"corp\"\n"
            } else {
                ""
            },
            cert = self.paths.server_chain.display().to_string(),
            key = self.paths.server_key.display().to_string(),
            bundle = self.paths.ca_bundle.display().to_string(),
            crls = crls.join(", "),
            log = self.log_path().display().to_string(),
        )
    }

    /// The parsed config for `o`.
    pub fn ops_config(&self, o: &OpsConfig) -> Config {
        Config::parse(&self.ops_text(o), Path::new("test.toml"), self.dir.path()).unwrap()
    }

    /// Issues a fresh valid client leaf under the demo intermediate; returns
    /// (chain PEM leaf first, key PEM).
    pub fn issue_client(&self, cn: &str, serial: u64) -> (Vec<u8>, Vec<u8>) {
        let leaf = self
            .pki
            .intermediate
            .issue(&portcullis::pki::LeafSpec::client(cn, serial));
        let chain = format!("{}{}", leaf.cert_pem, self.pki.intermediate.cert_pem());
        (chain.into_bytes(), leaf.key_pem.into_bytes())
    }

    /// Replaces the intermediate's CRL file with one revoking `serials`
    /// (written aside, then renamed, so a reader never sees half a file).
    pub fn write_intermediate_crl(&self, serials: &[u64]) {
        let now = time::OffsetDateTime::now_utc();
        let pem = self.pki.intermediate.crl_pem(
            serials,
            now - time::Duration::hours(1),
            now + time::Duration::days(30),
        );
        self.replace_intermediate_crl(pem.as_bytes());
    }

    /// Replaces the intermediate's CRL file with `bytes` (atomically).
    pub fn replace_intermediate_crl(&self, bytes: &[u8]) {
        let path = &self.paths.crls[1];
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, bytes).unwrap();
        std::fs::rename(&tmp, path).unwrap();
    }
}

/// Handshakes presenting `chain`/`key` (PEM).
pub async fn handshake_with(
    fx: &Fixture,
    addr: SocketAddr,
    chain: &[u8],
    key: &[u8],
) -> Result<TlsStream, portcullis::tls::HandshakeError> {
    let cfg = client_config(&fx.root_pem(), Some((chain, key)), CLIENT_POLICY).unwrap();
    connect(addr, &cfg, "localhost", Duration::from_secs(10)).await
}

/// One handshake as `label` plus one GET of `path`; the status, or `None`
/// when the handshake failed or the proxy closed without answering.
pub async fn one_request(fx: &Fixture, addr: SocketAddr, label: &str, path: &str) -> Option<u16> {
    let mut s = handshake_as(fx, addr, Some(label)).await.ok()?;
    let r = tls_request(&mut s, &get(path, "")).await;
    s.close().await;
    r.map(|r| r.status)
}

/// The proxy's metrics in Prometheus text.
pub fn metrics_text(server: &Server) -> String {
    let mut out = String::new();
    server.shared().metrics.render_prometheus(&mut out);
    out
}

/// The value of the sample `series` (name plus labels, exactly as rendered).
pub fn metric(text: &str, series: &str) -> Option<f64> {
    text.lines().find_map(|l| {
        let rest = l.strip_prefix(series)?.strip_prefix(' ')?;
        rest.trim().parse().ok()
    })
}

/// Polls `cond` every 20 ms until it holds or `within` passes; returns whether it held.
pub fn eventually(within: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + within;
    loop {
        if cond() {
            return true;
        }
        if std::time::Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A loopback port that was free a moment ago (for configs that must name one).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Counts what [`start_ops_target`] received.
#[derive(Default)]
pub struct OpsTargetStats {
    pub requests: std::sync::atomic::AtomicUsize,
}

/// A blocking HTTP/1.1 target, one thread per connection. Routes:
/// `/slow/MS` answers 200 after MS milliseconds; `/hang` never answers;
/// `/reset` resets the connection (RST); anything else answers 200 `ok`.
pub fn start_ops_target() -> (SocketAddr, std::sync::Arc<OpsTargetStats>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let stats = std::sync::Arc::new(OpsTargetStats::default());
    let s = stats.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(conn) = conn else { return };
            let s = s.clone();
            std::thread::spawn(move || ops_target_connection(conn, &s));
        }
    });
    (addr, stats)
}

fn ops_target_connection(conn: std::net::TcpStream, stats: &OpsTargetStats) {
    use std::io::{BufRead, Write};
    let mut reader = std::io::BufReader::new(conn.try_clone().unwrap());
    let mut writer = conn;
    loop {
        let mut head = String::new();
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            head.push_str(&line);
            if line == "\r\n" {
                break;
            }
        }
        stats
            .requests
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let path = head.split(' ').nth(1).unwrap_or("/").to_string();
        if path == "/hang" {
            std::thread::sleep(Duration::from_secs(60));
            return;
        }
        if path == "/reset" {
            let _ = socket2::SockRef::from(&writer).set_linger(Some(Duration::ZERO));
            return;
        }
        if let Some(ms) = path.strip_prefix("/slow/") {
            std::thread::sleep(Duration::from_millis(ms.parse().unwrap_or(0)));
        }
        let body = format!("ok {path}\n");
        let out = format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        if writer.write_all(out.as_bytes()).is_err() {
            return;
        }
    }
}

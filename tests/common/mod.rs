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

/// A response read over TLS by [`tls_request`].
#[derive(Debug)]
pub struct TlsResponse {
    pub status: u16,
    pub head: String,
    pub body: Vec<u8>,
}

impl TlsResponse {
    /// The echo target answers with the request head it received: this is it.
    pub fn echoed_head(&self) -> String {
        let text = String::from_utf8_lossy(&self.body);
        text.split("\r\n\r\n").next().unwrap_or("").to_string() + "\r\n"
    }
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
    use monoio::io::{AsyncReadRent, AsyncWriteRentExt};
    let (res, _) = s.write_all(raw.to_vec()).await;
    res.ok()?;
    let mut data = Vec::new();
    loop {
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end + 4]).to_string();
            let len: usize = header_in(&head, "content-length")?.parse().ok()?;
            if data.len() >= end + 4 + len {
                let status = head.split(' ').nth(1)?.parse().ok()?;
                let body = data[end + 4..end + 4 + len].to_vec();
                return Some(TlsResponse { status, head, body });
            }
        }
        let buf = Vec::with_capacity(64 * 1024);
        let (res, buf) = s.read(buf).await;
        match res {
            Ok(0) | Err(_) => return None,
            Ok(_) => data.extend_from_slice(&buf),
        }
    }
}

/// A plain GET with a Host header.
pub fn get(path: &str, extra_headers: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n{extra_headers}\r\n").into_bytes()
}

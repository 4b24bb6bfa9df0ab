//! Plain HTTP/1.1 echo target: echoes request bodies and, on `GET /headers`, returns the request headers as JSON.

use std::collections::BTreeMap;
use std::io;
use std::net::SocketAddr;
use std::thread;

use anyhow::{Context, Result};
use tokio::io::{AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

use crate::http1::{read_body, read_head, Head};

/// Largest request body echoed, bytes; bigger ones get 413. Load tests use kilobytes.
pub const MAX_ECHO_BODY_BYTES: u64 = 16 * 1024 * 1024;

/// Read buffer per connection, bytes: one typical request head plus a small body.
const READ_BUFFER_BYTES: usize = 16 * 1024;

/// A running echo target.
#[derive(Debug)]
pub struct EchoServer {
    /// Address it listens on.
    pub addr: SocketAddr,
    thread: thread::JoinHandle<()>,
}

impl EchoServer {
    /// Binds `bind` (port 0 picks one) and serves on `threads` worker threads in the background.
    pub fn spawn(bind: SocketAddr, threads: usize) -> Result<EchoServer> {
        let std_listener =
            std::net::TcpListener::bind(bind).with_context(|| format!("binding {bind}"))?;
        std_listener.set_nonblocking(true)?;
        let addr = std_listener.local_addr()?;
        // One thread: a current-thread runtime, so accepting and serving never hop threads.
        let runtime = if threads <= 1 {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
        } else {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(threads)
                .enable_all()
                .build()
        }
        .context("starting echo runtime")?;
        let thread = thread::Builder::new()
            .name("echo-accept".into())
            .spawn(move || {
                runtime.block_on(async move {
                    match TcpListener::from_std(std_listener) {
                        Ok(listener) => accept_loop(listener).await,
                        Err(e) => eprintln!("echo: listener: {e}"),
                    }
                })
            })?;
        Ok(EchoServer { addr, thread })
    }

    /// Blocks until the server stops (it serves until the process exits).
    pub fn wait(self) {
        let _ = self.thread.join();
    }
}

async fn accept_loop(listener: TcpListener) {
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                let _ = stream.set_nodelay(true);
                tokio::spawn(async move {
                    // Peers may close or send garbage at any point; that only ends their connection.
                    let _ = serve_connection(stream).await;
                });
            }
            Err(e) => {
                // EMFILE and friends: back off briefly instead of spinning.
                eprintln!("echo: accept: {e}");
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            }
        }
    }
}

/// True when the connection must close after this exchange.
fn wants_close(head: &Head) -> bool {
    let http10 = head.start_line.ends_with("HTTP/1.0");
    head.has_token("connection", "close") || (http10 && !head.has_token("connection", "keep-alive"))
}

/// The request headers as a JSON object; names lower-cased, repeated fields joined by ", ".
pub fn headers_json(head: &Head) -> String {
    let mut map: BTreeMap<String, String> = BTreeMap::new();
    for (name, value) in &head.headers {
        map.entry(name.to_ascii_lowercase())
            .and_modify(|v| {
                v.push_str(", ");
                v.push_str(value);
            })
            .or_insert_with(|| value.clone());
    }
    serde_json::to_string(&map).unwrap_or_else(|_| "{}".into())
}

fn response(status: &str, content_type: &str, body: &[u8], close: bool) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{}\r\n",
        body.len(),
        if close { "Connection: close\r\n" } else { "" }
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// A final error answer for input that ends the connection.
fn error_reply(err: &io::Error) -> Option<Vec<u8>> {
    match err.kind() {
        io::ErrorKind::FileTooLarge => Some(response(
            "413 Content Too Large",
            "text/plain",
            b"too large\n",
            true,
        )),
        io::ErrorKind::InvalidData => Some(response(
            "400 Bad Request",
            "text/plain",
            b"bad request\n",
            true,
        )),
        _ => None,
    }
}

/// The answer to a request whose body was read into `body`.
fn reply(head: &Head, body: &[u8], close: bool) -> Vec<u8> {
    let mut parts = head.start_line.split(' ');
    let (method, path) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    if method == "GET" && path == "/headers" {
        return response(
            "200 OK",
            "application/json",
            headers_json(head).as_bytes(),
            close,
        );
    }
    response("200 OK", "application/octet-stream", body, close)
}

async fn serve_connection(stream: TcpStream) -> io::Result<()> {
    let mut conn = BufReader::with_capacity(READ_BUFFER_BYTES, stream);
    let mut body = Vec::new();
    loop {
        body.clear();
        let read = match read_head(&mut conn).await {
            Ok(None) => return Ok(()),
            Ok(Some(head)) => match head.request_body() {
                Ok(kind) => read_body(&mut conn, kind, Some(&mut body), MAX_ECHO_BODY_BYTES)
                    .await
                    .map(|_| head),
                Err(e) => Err(e),
            },
            Err(e) => Err(e),
        };
        let head = match read {
            Ok(head) => head,
            Err(e) => {
                if let Some(answer) = error_reply(&e) {
                    let _ = conn.get_mut().write_all(&answer).await;
                }
                return Ok(());
            }
        };
        let close = wants_close(&head);
        conn.get_mut()
            .write_all(&reply(&head, &body, close))
            .await?;
        if close {
            return conn.get_mut().shutdown().await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_json_lowercases_names_and_joins_repeats() {
        let head = Head {
            start_line: "GET /headers HTTP/1.1".into(),
            headers: vec![
                ("Host".into(), "x".into()),
                ("X-A".into(), "1".into()),
                ("x-a".into(), "2".into()),
            ],
        };
        let v: serde_json::Value = serde_json::from_str(&headers_json(&head)).unwrap();
        assert_eq!(v["host"], "x");
        assert_eq!(v["x-a"], "1, 2");
    }

    #[test]
    fn http10_closes_unless_keep_alive_is_asked_for() {
        let mut head = Head {
            start_line: "GET / HTTP/1.0".into(),
            headers: vec![],
        };
        assert!(wants_close(&head));
        head.headers
            .push(("Connection".into(), "Keep-Alive".into()));
        assert!(!wants_close(&head));
        let h11 = Head {
            start_line: "GET / HTTP/1.1".into(),
            headers: vec![("Connection".into(), "close".into())],
        };
        assert!(wants_close(&h11));
    }
}

//! Builds the heads a proxy sends on: the request head for the target and the response head for the client.
//!
//! Request rewrite, in order: hop-by-hop fields (RFC 9110 section 7.6.1) and
//! the fields the client's Connection header names are dropped; every
//! client-supplied `X-Amzn-Mtls-*` field is dropped so identity cannot be
//! spoofed; the client's `X-Forwarded-Proto` and `X-Forwarded-Port` are
//! replaced; `X-Forwarded-For` is *appended to* like ALB's default
//! `append` processing mode (`client-list, client-ip`), because targets that
//! sit behind several proxies expect the whole chain; then the caller's
//! identity fields are added as given.

use std::io::Write as _;
use std::net::IpAddr;

use super::head::{list_items, Header, RequestHead, ResponseHead};

/// Hop-by-hop fields dropped in both directions (RFC 9110 section 7.6.1,
/// plus the non-standard Keep-Alive and Proxy-Connection).
const HOP_BY_HOP: [&str; 6] = [
    "connection",
    "keep-alive",
    "proxy-connection",
    "te",
    "trailer",
    "upgrade",
];

/// Fields the Connection header may not remove: they carry framing and
/// routing, and letting a client strip them (`Connection: content-length`)
/// is a known way to make proxy and target disagree about message bounds.
const CONNECTION_PROTECTED: [&str; 3] = ["host", "content-length", "transfer-encoding"];

/// Most tokens honoured in Connection headers; no real client lists more
/// than a handful, and the bound keeps the per-field check cheap.
const MAX_CONNECTION_TOKENS: usize = 32;

/// Prefix of the identity fields the proxy alone may set.
const MTLS_PREFIX: &str = "x-amzn-mtls-";

/// Per-connection facts the request rewrite adds.
#[derive(Debug, Clone, Copy)]
pub struct ForwardInfo<'a> {
    /// The client's address (IPv4-mapped IPv6 is written as IPv4).
    pub client_ip: IpAddr,
    /// The port of the listener the client connected to.
    pub listener_port: u16,
    /// Pre-formatted identity fields, added last, in order.
    pub identity_headers: &'a [(&'static str, String)],
}

/// What the response rewrite must change besides dropping hop-by-hop fields.
#[derive(Debug, Clone, Copy, Default)]
pub struct ResponseRewrite {
    /// Add `Connection: close`.
    pub close: bool,
    /// Add `Connection: keep-alive` (HTTP/1.0 clients that asked for it).
    pub keep_alive: bool,
    /// Drop Transfer-Encoding (the body is being de-chunked).
    pub drop_transfer_encoding: bool,
    /// Drop Content-Length (Transfer-Encoding wins, RFC 9112 section 6.3).
    pub drop_content_length: bool,
}

/// Field names the Connection header(s) of a head list, bounded.
struct ConnectionListed<'a> {
    names: [&'a [u8]; MAX_CONNECTION_TOKENS],
    len: usize,
}

impl<'a> ConnectionListed<'a> {
    fn collect(headers: &[Header<'a>]) -> Self {
        let mut listed = ConnectionListed {
            names: [&[]; MAX_CONNECTION_TOKENS],
            len: 0,
        };
        let tokens = headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case("connection"))
            .flat_map(|h| list_items(h.value));
        for token in tokens.take(MAX_CONNECTION_TOKENS) {
            let protected = CONNECTION_PROTECTED
                .iter()
                .any(|p| token.eq_ignore_ascii_case(p.as_bytes()));
            if !protected {
                listed.names[listed.len] = token;
                listed.len += 1;
            }
        }
        listed
    }

    fn contains(&self, name: &str) -> bool {
        self.names[..self.len]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(name.as_bytes()))
    }
}

fn is_hop_by_hop(name: &str, listed: &ConnectionListed<'_>) -> bool {
    HOP_BY_HOP.iter().any(|h| name.eq_ignore_ascii_case(h)) || listed.contains(name)
}

/// Whether `name` starts with `X-Amzn-Mtls-`, in any case.
pub fn is_mtls_header(name: &str) -> bool {
    name.len() >= MTLS_PREFIX.len()
        && name.as_bytes()[..MTLS_PREFIX.len()].eq_ignore_ascii_case(MTLS_PREFIX.as_bytes())
}

/// Whether a pre-formatted field is safe to emit: a token name and a value
/// without CR, LF or NUL (which would let it inject fields).
fn is_emittable(name: &str, value: &str) -> bool {
    !name.is_empty()
        && name.bytes().all(super::head::is_tchar)
        && !value.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0)
}

/// Writes the head to send to the target for `head` into `out` (appending).
/// The request line always says HTTP/1.1: the proxy speaks 1.1 to targets.
pub fn write_request_head(head: &RequestHead<'_>, info: &ForwardInfo<'_>, out: &mut Vec<u8>) {
    let listed = ConnectionListed::collect(&head.headers);
    out.extend_from_slice(head.method.as_bytes());
    out.push(b' ');
    out.extend_from_slice(head.target.as_bytes());
    out.extend_from_slice(b" HTTP/1.1\r\n");
    if !head.has_host {
        // RFC 9112 section 3.2: an empty Host when the target has no authority.
        out.extend_from_slice(b"Host: \r\n");
    }
    let mut prior_xff = false;
    for h in &head.headers {
        let name = h.name;
        if is_hop_by_hop(name, &listed)
            || is_mtls_header(name)
            || name.eq_ignore_ascii_case("x-forwarded-proto")
            || name.eq_ignore_ascii_case("x-forwarded-port")
            || (head.expect_continue && name.eq_ignore_ascii_case("expect"))
        {
            continue;
        }
        if name.eq_ignore_ascii_case("x-forwarded-for") {
            prior_xff |= !h.value.is_empty();
            continue;
        }
        push_field(out, name, h.value);
    }
    write_forwarded(head, info, prior_xff, out);
    for (name, value) in info.identity_headers {
        if is_emittable(name, value) {
            push_field(out, name, value.as_bytes());
        } else {
            tracing::warn!(header = name, "identity header with unsafe bytes not sent");
        }
    }
    out.extend_from_slice(b"\r\n");
}

/// Writes X-Forwarded-For (appending to the client's list), -Proto and -Port.
fn write_forwarded(head: &RequestHead<'_>, info: &ForwardInfo<'_>, prior: bool, out: &mut Vec<u8>) {
    out.extend_from_slice(b"X-Forwarded-For: ");
    if prior {
        let values = head
            .headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case("x-forwarded-for") && !h.value.is_empty());
        for h in values {
            out.extend_from_slice(h.value);
            out.extend_from_slice(b", ");
        }
    }
    let ip = match info.client_ip {
        IpAddr::V6(v6) => v6.to_canonical(),
        v4 => v4,
    };
    // Writing into a Vec cannot fail.
    let _ = write!(
        out,
        "{ip}\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: {}\r\n",
        info.listener_port
    );
}

/// Writes the head to send to the client for `head` into `out` (appending).
pub fn write_response_head(head: &ResponseHead<'_>, rw: ResponseRewrite, out: &mut Vec<u8>) {
    let listed = ConnectionListed::collect(&head.headers);
    let _ = write!(out, "HTTP/1.1 {} ", head.status);
    out.extend_from_slice(head.reason);
    out.extend_from_slice(b"\r\n");
    for h in &head.headers {
        let name = h.name;
        if is_hop_by_hop(name, &listed)
            || (rw.drop_transfer_encoding && name.eq_ignore_ascii_case("transfer-encoding"))
            || (rw.drop_content_length && name.eq_ignore_ascii_case("content-length"))
        {
            continue;
        }
        push_field(out, name, h.value);
    }
    if rw.close {
        out.extend_from_slice(b"Connection: close\r\n");
    } else if rw.keep_alive {
        out.extend_from_slice(b"Connection: keep-alive\r\n");
    }
    out.extend_from_slice(b"\r\n");
}

fn push_field(out: &mut Vec<u8>, name: &str, value: &[u8]) {
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b": ");
    out.extend_from_slice(value);
    out.extend_from_slice(b"\r\n");
}

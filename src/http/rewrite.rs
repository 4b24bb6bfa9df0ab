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

use std::cell::{Cell, OnceCell};
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
    /// The identity fields, added last.
    pub identity_headers: &'a IdentityHeaders,
}

/// The fields a deferred [`IdentityHeaders`] renders, in order.
pub type IdentityFields = Vec<(&'static str, String)>;

/// A connection's identity fields, checked and rendered once per connection
/// (`Name: value\r\n` each, in order) so that each request only copies
/// them. Verify mode defers the rendering to the first request: a client
/// that closes after its handshake (or sends nothing) never pays for it.
#[derive(Default)]
pub struct IdentityHeaders {
    block: OnceCell<Box<[u8]>>,
    /// Produces the fields on first use; taken by the rendering.
    deferred: Cell<Option<Box<dyn FnOnce() -> IdentityFields>>>,
}

impl IdentityHeaders {
    /// Renders `fields`. A field whose name is not a token or whose value
    /// holds CR, LF or NUL is left out (with a warning): it could split the
    /// head.
    pub fn new<N: AsRef<str>, V: AsRef<str>>(fields: &[(N, V)]) -> IdentityHeaders {
        IdentityHeaders {
            block: OnceCell::from(render(fields)),
            deferred: Cell::new(None),
        }
    }

    /// Renders the fields `fields` produces when they are first needed.
    pub fn deferred(fields: impl FnOnce() -> IdentityFields + 'static) -> IdentityHeaders {
        IdentityHeaders {
            block: OnceCell::new(),
            deferred: Cell::new(Some(Box::new(fields))),
        }
    }

    /// The rendered fields.
    pub fn as_bytes(&self) -> &[u8] {
        self.block.get_or_init(|| match self.deferred.take() {
            Some(fields) => render(&fields()),
            None => Box::default(),
        })
    }
}

impl std::fmt::Debug for IdentityHeaders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.block.get() {
            Some(block) => f
                .debug_struct("IdentityHeaders")
                .field("block", &String::from_utf8_lossy(block))
                .finish(),
            None => f.write_str("IdentityHeaders(deferred)"),
        }
    }
}

fn render<N: AsRef<str>, V: AsRef<str>>(fields: &[(N, V)]) -> Box<[u8]> {
    // Sized exactly up front: the block lives as long as the connection,
    // and growing it would leave freed steps behind in the heap.
    let len = fields
        .iter()
        .map(|(n, v)| n.as_ref().len() + v.as_ref().len() + 4)
        .sum();
    let mut block = Vec::with_capacity(len);
    for (name, value) in fields {
        let (name, value) = (name.as_ref(), value.as_ref());
        if is_emittable(name, value) {
            push_field(&mut block, name.as_bytes(), value.as_bytes());
        } else {
            tracing::warn!(header = name, "identity header with control bytes not sent");
        }
    }
    block.into_boxed_slice()
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
            .filter(|h| h.name.eq_ignore_ascii_case(b"connection"))
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

    fn contains(&self, name: &[u8]) -> bool {
        self.names[..self.len]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(name))
    }
}

fn is_hop_by_hop(name: &[u8], listed: &ConnectionListed<'_>) -> bool {
    is_static_hop_by_hop(name) || (listed.len > 0 && listed.contains(name))
}

/// [`HOP_BY_HOP`] membership, switching on the first byte first: most
/// fields then cost one comparison instead of six.
fn is_static_hop_by_hop(name: &[u8]) -> bool {
    let is = |n: &str| name.eq_ignore_ascii_case(n.as_bytes());
    match name.first().map(u8::to_ascii_lowercase) {
        Some(b'c') => is(HOP_BY_HOP[0]),
        Some(b'k') => is(HOP_BY_HOP[1]),
        Some(b'p') => is(HOP_BY_HOP[2]),
        Some(b't') => is(HOP_BY_HOP[3]) || is(HOP_BY_HOP[4]),
        Some(b'u') => is(HOP_BY_HOP[5]),
        _ => false,
    }
}

/// What the request rewrite does with one client field, hop-by-hop aside.
#[derive(PartialEq, Eq)]
enum ClientField {
    Keep,
    Drop,
    /// A client `X-Forwarded-For`, to be appended to.
    PriorXff,
}

fn client_field(name: &[u8], expect_continue: bool) -> ClientField {
    let is = |n: &str| name.eq_ignore_ascii_case(n.as_bytes());
    match name.first().map(u8::to_ascii_lowercase) {
        Some(b'x') if is_mtls_header(name) => ClientField::Drop,
        Some(b'x') if is("x-forwarded-proto") || is("x-forwarded-port") => ClientField::Drop,
        Some(b'x') if is("x-forwarded-for") => ClientField::PriorXff,
        // The proxy answers 100-continue itself.
        Some(b'e') if expect_continue && is("expect") => ClientField::Drop,
        _ => ClientField::Keep,
    }
}

/// Whether `name` starts with `X-Amzn-Mtls-`, in any case.
pub fn is_mtls_header(name: &[u8]) -> bool {
    name.len() >= MTLS_PREFIX.len()
        && name[..MTLS_PREFIX.len()].eq_ignore_ascii_case(MTLS_PREFIX.as_bytes())
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
        match client_field(h.name, head.expect_continue) {
            ClientField::Drop => {}
            ClientField::PriorXff => prior_xff |= !h.value.is_empty(),
            ClientField::Keep if is_hop_by_hop(h.name, &listed) => {}
            ClientField::Keep => push_field(out, h.name, h.value),
        }
    }
    write_forwarded(head, info, prior_xff, out);
    out.extend_from_slice(info.identity_headers.as_bytes());
    out.extend_from_slice(b"\r\n");
}

/// Writes X-Forwarded-For (appending to the client's list), -Proto and -Port.
fn write_forwarded(head: &RequestHead<'_>, info: &ForwardInfo<'_>, prior: bool, out: &mut Vec<u8>) {
    out.extend_from_slice(b"X-Forwarded-For: ");
    if prior {
        let values = head
            .headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case(b"x-forwarded-for") && !h.value.is_empty());
        for h in values {
            out.extend_from_slice(h.value);
            out.extend_from_slice(b", ");
        }
    }
    match info.client_ip {
        IpAddr::V4(v4) => push_ipv4(out, v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => push_ipv4(out, v4),
            // Writing into a Vec cannot fail.
            None => {
                let _ = write!(out, "{v6}");
            }
        },
    }
    out.extend_from_slice(b"\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: ");
    push_decimal(out, u32::from(info.listener_port));
    out.extend_from_slice(b"\r\n");
}

/// Dotted-quad IPv4 without going through `fmt` (it is on every request),
/// assembled on the stack and appended in one copy. Octets have their own
/// unrolled digits rather than going through a shared decimal writer with
/// `push_decimal`: that measured about 500 instructions more per request.
fn push_ipv4(out: &mut Vec<u8>, ip: std::net::Ipv4Addr) {
    let mut text = [0u8; 15];
    let mut len = 0;
    for (i, octet) in ip.octets().into_iter().enumerate() {
        if i > 0 {
            text[len] = b'.';
            len += 1;
        }
        if octet >= 100 {
            text[len] = b'0' + octet / 100;
            len += 1;
        }
        if octet >= 10 {
            text[len] = b'0' + octet / 10 % 10;
            len += 1;
        }
        text[len] = b'0' + octet % 10;
        len += 1;
    }
    out.extend_from_slice(&text[..len]);
}

fn push_decimal(out: &mut Vec<u8>, mut n: u32) {
    let mut digits = [0u8; 10];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

/// Writes the head to send to the client for `head` into `out` (appending).
pub fn write_response_head(head: &ResponseHead<'_>, rw: ResponseRewrite, out: &mut Vec<u8>) {
    let listed = ConnectionListed::collect(&head.headers);
    out.extend_from_slice(b"HTTP/1.1 ");
    push_decimal(out, u32::from(head.status));
    out.push(b' ');
    out.extend_from_slice(head.reason);
    out.extend_from_slice(b"\r\n");
    for h in &head.headers {
        let name = h.name;
        if is_hop_by_hop(name, &listed)
            || (rw.drop_transfer_encoding && name.eq_ignore_ascii_case(b"transfer-encoding"))
            || (rw.drop_content_length && name.eq_ignore_ascii_case(b"content-length"))
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

fn push_field(out: &mut Vec<u8>, name: &[u8], value: &[u8]) {
    out.extend_from_slice(name);
    out.extend_from_slice(b": ");
    out.extend_from_slice(value);
    out.extend_from_slice(b"\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::head::{parse_request, parse_response, HeadLimits};

    const LIMITS: HeadLimits = HeadLimits {
        max_header_bytes: 4096,
        max_header_count: 64,
    };

    fn rewrite(head: &str, ip: &str, port: u16) -> String {
        let head = parse_request(head.as_bytes(), &LIMITS).unwrap();
        let identity = IdentityHeaders::new(&[("X-Amzn-Mtls-Clientcert-Leaf", "a%20b")]);
        let info = ForwardInfo {
            client_ip: ip.parse().unwrap(),
            listener_port: port,
            identity_headers: &identity,
        };
        let mut out = Vec::new();
        write_request_head(&head, &info, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn client_addresses_and_ports_are_written_like_alb() {
        let out = rewrite("GET / HTTP/1.1\r\nHost: h\r\n\r\n", "10.200.3.45", 443);
        assert!(out.contains("\r\nX-Forwarded-For: 10.200.3.45\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 443\r\n"));
        let out = rewrite("GET / HTTP/1.1\r\nHost: h\r\n\r\n", "::ffff:192.0.2.9", 0);
        assert!(
            out.contains("X-Forwarded-For: 192.0.2.9\r\n")
                && out.contains("X-Forwarded-Port: 0\r\n")
        );
        let out = rewrite("GET / HTTP/1.1\r\nHost: h\r\n\r\n", "2001:db8::1", 65535);
        assert!(
            out.contains("X-Forwarded-For: 2001:db8::1\r\n")
                && out.contains("X-Forwarded-Port: 65535\r\n")
        );
    }

    #[test]
    fn every_ipv4_octet_width_is_written_as_std_writes_it() {
        for ip in [
            "0.0.0.0",
            "9.10.99.100",
            "255.254.200.101",
            "127.0.0.1",
            "1.20.3.40",
        ] {
            let out = rewrite("GET / HTTP/1.1\r\nHost: h\r\n\r\n", ip, 8443);
            let want = format!(
                "X-Forwarded-For: {}\r\n",
                ip.parse::<std::net::Ipv4Addr>().unwrap()
            );
            assert!(out.contains(&want), "{ip}: {out}");
        }
    }

    #[test]
    fn every_client_xff_line_is_kept_in_order_before_the_client_ip() {
        let head = "GET / HTTP/1.1\r\nHost: h\r\nX-Forwarded-For: 1.1.1.1, 2.2.2.2\r\nx-forwarded-for: 3.3.3.3\r\n\r\n";
        let out = rewrite(head, "4.4.4.4", 443);
        assert!(
            out.contains("X-Forwarded-For: 1.1.1.1, 2.2.2.2, 3.3.3.3, 4.4.4.4\r\n"),
            "{out}"
        );
        assert_eq!(out.matches("orwarded-For").count(), 1);
    }

    #[test]
    fn the_request_head_is_rebuilt_in_order_with_identity_last() {
        let head = "POST /p?q HTTP/1.0\r\nContent-Length: 3\r\nX-A: 1\r\nTE: gzip\r\nX-Amzn-Mtls-Clientcert-Leaf: spoof\r\n\r\n";
        let out = rewrite(head, "10.0.0.1", 8443);
        assert_eq!(
            out,
            "POST /p?q HTTP/1.1\r\nHost: \r\nContent-Length: 3\r\nX-A: 1\r\nX-Forwarded-For: 10.0.0.1\r\n\
             X-Forwarded-Proto: https\r\nX-Forwarded-Port: 8443\r\nX-Amzn-Mtls-Clientcert-Leaf: a%20b\r\n\r\n"
        );
    }

    #[test]
    fn deferred_identity_fields_are_rendered_once_on_first_use_and_checked_alike() {
        use std::rc::Rc;
        let fields = || -> IdentityFields {
            vec![
                ("X-Amzn-Mtls-Clientcert-Subject", "CN=a\r\nX-Evil: 1".into()),
                ("X-Amzn-Mtls-Clientcert-Issuer", "CN=b".into()),
            ]
        };
        let calls = Rc::new(Cell::new(0));
        let counted = calls.clone();
        let deferred = IdentityHeaders::deferred(move || {
            counted.set(counted.get() + 1);
            fields()
        });
        assert_eq!(calls.get(), 0, "nothing is rendered before it is needed");
        assert_eq!(format!("{deferred:?}"), "IdentityHeaders(deferred)");
        let eager = IdentityHeaders::new(&fields());
        assert_eq!(deferred.as_bytes(), eager.as_bytes());
        assert_eq!(
            deferred.as_bytes(),
            b"X-Amzn-Mtls-Clientcert-Issuer: CN=b\r\n"
        );
        assert_eq!(calls.get(), 1);
        assert_eq!(IdentityHeaders::default().as_bytes(), b"");
    }

    #[test]
    fn identity_fields_with_line_breaks_are_not_sent() {
        let head = parse_request(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n", &LIMITS).unwrap();
        let identity = IdentityHeaders::new(&[
            ("X-Amzn-Mtls-Clientcert-Subject", "CN=a\r\nX-Evil: 1"),
            ("X-Amzn-Mtls-Clientcert-Issuer", "CN=b"),
        ]);
        let info = ForwardInfo {
            client_ip: "10.0.0.1".parse().unwrap(),
            listener_port: 443,
            identity_headers: &identity,
        };
        let mut out = Vec::new();
        write_request_head(&head, &info, &mut out);
        let out = String::from_utf8(out).unwrap();
        assert!(!out.contains("X-Evil"), "{out}");
        assert!(!out.contains("Subject"), "{out}");
        assert!(
            out.ends_with("X-Amzn-Mtls-Clientcert-Issuer: CN=b\r\n\r\n"),
            "{out}"
        );
    }

    #[test]
    fn responses_lose_hop_by_hop_fields_and_say_close_when_asked() {
        let head = parse_response(
            b"HTTP/1.1 200 OK\r\nConnection: X-Secret\r\nX-Secret: s\r\nKeep-Alive: 5\r\nContent-Length: 2\r\nSet-Cookie: a=b\r\n\r\n",
            &LIMITS,
        )
        .unwrap();
        let mut out = Vec::new();
        let rw = ResponseRewrite {
            close: true,
            ..ResponseRewrite::default()
        };
        write_response_head(&head, rw, &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nSet-Cookie: a=b\r\nConnection: close\r\n\r\n"
        );
    }
}

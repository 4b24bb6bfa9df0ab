//! Reads one admin HTTP/1.1 request within the size and time limits, or says why not.

use std::io::Read;
use std::time::{Duration, Instant};

use super::{Response, MAX_REQUEST_BODY_BYTES, MAX_REQUEST_HEAD_BYTES, REQUEST_DEADLINE_MS};

/// Read granularity: a whole scrape request fits in one read.
const READ_CHUNK_BYTES: usize = 2048;

/// The parts of a request the admin routes look at.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Request {
    pub(crate) method: String,
    /// The target without its query string.
    pub(crate) path: String,
}

/// Head fields that matter for reading the rest of the request.
#[derive(Debug)]
struct Head {
    request: Request,
    content_length: usize,
    head_len: usize,
}

/// Reads one request. `Ok(None)`: the peer closed or reset before sending
/// anything. `Err(response)`: the request is refused with that answer.
pub(crate) fn read_request<S: Read>(stream: &mut S) -> Result<Option<Request>, Response> {
    let deadline = Instant::now() + Duration::from_millis(REQUEST_DEADLINE_MS);
    let mut buf = Vec::with_capacity(READ_CHUNK_BYTES);
    let head = loop {
        let end = find_head_end(&buf);
        if end.unwrap_or(buf.len()) > MAX_REQUEST_HEAD_BYTES {
            return Err(Response::text(431, "request head too large\n"));
        }
        if let Some(end) = end {
            break parse_head(&buf[..end], end)?;
        }
        if !read_more(stream, &mut buf, deadline)? {
            return Ok(None);
        }
    };
    if head.content_length > MAX_REQUEST_BODY_BYTES {
        return Err(Response::text(413, "request body too large\n"));
    }
    // Drain the body so that closing does not reset the connection (which
    // could destroy the response before the client reads it).
    let total = head.head_len + head.content_length;
    while buf.len() < total {
        if !read_more(stream, &mut buf, deadline)? {
            return Ok(None);
        }
    }
    Ok(Some(head.request))
}

/// Appends one read to `buf`; false on EOF or a reset peer.
fn read_more<S: Read>(
    stream: &mut S,
    buf: &mut Vec<u8>,
    deadline: Instant,
) -> Result<bool, Response> {
    if Instant::now() >= deadline {
        return Err(Response::text(408, "request took too long\n"));
    }
    let mut chunk = [0u8; READ_CHUNK_BYTES];
    loop {
        return match stream.read(&mut chunk) {
            Ok(0) => Ok(false),
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                Ok(true)
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                Err(Response::text(408, "request took too long\n"))
            }
            Err(_) => Ok(false),
        };
    }
}

/// Length of the head including its terminating blank line.
fn find_head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4)
}

fn bad(why: &str) -> Response {
    Response::text(400, format!("bad request: {why}\n"))
}

fn parse_head(raw: &[u8], head_len: usize) -> Result<Head, Response> {
    let text = std::str::from_utf8(raw).map_err(|_| bad("head is not UTF-8"))?;
    let mut lines = text.split("\r\n");
    let request_line = lines.next().unwrap_or_default();
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad("malformed request line"));
    };
    if version != "HTTP/1.1" && version != "HTTP/1.0" {
        return Err(bad("unsupported HTTP version"));
    }
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(bad("malformed method"));
    }
    if !target.starts_with('/') {
        return Err(bad("request target must be a path"));
    }
    let path = target.split(['?', '#']).next().unwrap_or(target);
    let mut content_length = None;
    for line in lines.filter(|l| !l.is_empty()) {
        let Some((name, value)) = line.split_once(':') else {
            return Err(bad("header line without a colon"));
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("transfer-encoding") {
            return Err(Response::text(
                501,
                "request bodies must use Content-Length\n",
            ));
        }
        if name.eq_ignore_ascii_case("content-length") {
            let n: usize = value.parse().map_err(|_| bad("invalid Content-Length"))?;
            if content_length.is_some_and(|c| c != n) {
                return Err(bad("conflicting Content-Length"));
            }
            content_length = Some(n);
        }
    }
    Ok(Head {
        request: Request {
            method: method.to_string(),
            path: path.to_string(),
        },
        content_length: content_length.unwrap_or(0),
        head_len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<Option<Request>, u16> {
        read_request(&mut &bytes[..]).map_err(|r| r.status)
    }

    #[test]
    fn a_plain_get_is_parsed_and_the_query_string_ignored() {
        let r = read(b"GET /metrics?x=1 HTTP/1.1\r\nHost: a\r\n\r\n")
            .unwrap()
            .unwrap();
        assert_eq!(r.method, "GET");
        assert_eq!(r.path, "/metrics");
    }

    #[test]
    fn a_declared_body_is_read_before_answering() {
        let r = read(b"POST /reload HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc").unwrap();
        assert_eq!(r.unwrap().path, "/reload");
        // Body promised but the peer closed early: nothing to answer.
        assert_eq!(
            read(b"POST /reload HTTP/1.1\r\nContent-Length: 9\r\n\r\nab"),
            Ok(None)
        );
    }

    #[test]
    fn malformed_heads_are_refused_with_client_errors() {
        assert_eq!(read(b"GET\r\n\r\n"), Err(400));
        assert_eq!(read(b"GET /a HTTP/2.0\r\n\r\n"), Err(400));
        assert_eq!(read(b"get /a HTTP/1.1\r\n\r\n"), Err(400));
        assert_eq!(read(b"GET a HTTP/1.1\r\n\r\n"), Err(400));
        assert_eq!(read(b"GET /a HTTP/1.1\r\nNoColon\r\n\r\n"), Err(400));
        assert_eq!(read(b"GET /a HTTP/1.1\r\n\xff: x\r\n\r\n"), Err(400));
        assert_eq!(
            read(b"POST /a HTTP/1.1\r\nContent-Length: -1\r\n\r\n"),
            Err(400)
        );
        let conflicting = b"POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n";
        assert_eq!(read(conflicting), Err(400));
        let chunked = b"POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        assert_eq!(read(chunked), Err(501));
    }

    #[test]
    fn oversized_heads_and_bodies_are_refused() {
        let mut big = b"GET /a HTTP/1.1\r\nX: ".to_vec();
        big.resize(MAX_REQUEST_HEAD_BYTES + 10, b'a');
        assert_eq!(read(&big), Err(431));
        // Terminated, but one byte over the limit: still refused.
        let mut just_over = b"GET /a HTTP/1.1\r\nX: ".to_vec();
        just_over.resize(MAX_REQUEST_HEAD_BYTES - 3, b'a');
        just_over.extend_from_slice(b"\r\n\r\n");
        assert_eq!(just_over.len(), MAX_REQUEST_HEAD_BYTES + 1);
        assert_eq!(read(&just_over), Err(431));
        just_over.remove(20);
        assert!(read(&just_over).unwrap().is_some());
        let body = format!(
            "POST /reload HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
            MAX_REQUEST_BODY_BYTES + 1
        );
        assert_eq!(read(body.as_bytes()), Err(413));
    }

    #[test]
    fn a_peer_that_closes_without_a_request_gets_no_answer() {
        assert_eq!(read(b""), Ok(None));
        assert_eq!(read(b"GET /metrics HTTP/1.1\r\n"), Ok(None));
    }
}

//! Minimal HTTP/1.1 message reading (heads, Content-Length and chunked bodies) with size limits.

use std::io;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncRead, AsyncReadExt};

/// Largest request or response head accepted, bytes; the same order as nginx's default
/// large_client_header_buffers (4 × 8 KiB), with room for forwarded client certificates.
pub const MAX_HEAD_BYTES: usize = 64 * 1024;

/// Largest header count accepted; far above what any client or proxy here sends.
pub const MAX_HEADERS: usize = 128;

/// How a message body is delimited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyKind {
    /// No body.
    None,
    /// Exactly this many bytes.
    Length(u64),
    /// Chunked transfer coding.
    Chunked,
    /// Until the peer closes (responses without a length only).
    UntilEof,
}

/// A parsed message head.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Head {
    /// Request line or status line, without CRLF.
    pub start_line: String,
    /// Header fields in the order received.
    pub headers: Vec<(String, String)>,
}

fn invalid(msg: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg.to_string())
}

/// The error for a body over its limit; a distinct kind so servers can answer 413, not 400.
fn too_large() -> io::Error {
    io::Error::new(io::ErrorKind::FileTooLarge, "body too large")
}

impl Head {
    /// First value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// True when a comma-separated header contains `token` (case-insensitive).
    pub fn has_token(&self, name: &str, token: &str) -> bool {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .any(|(_, v)| v.split(',').any(|t| t.trim().eq_ignore_ascii_case(token)))
    }

    /// Body delimitation for a request (no length means no body).
    pub fn request_body(&self) -> io::Result<BodyKind> {
        if self.has_token("transfer-encoding", "chunked") {
            return Ok(BodyKind::Chunked);
        }
        match self.header("content-length") {
            Some(v) => v
                .trim()
                .parse()
                .map(BodyKind::Length)
                .map_err(|_| invalid("bad content-length")),
            None => Ok(BodyKind::None),
        }
    }

    /// HTTP status of a response head.
    pub fn status(&self) -> io::Result<u16> {
        let mut parts = self.start_line.split(' ');
        let version = parts.next().unwrap_or_default();
        if !version.starts_with("HTTP/1.") {
            return Err(invalid("not an HTTP/1.x status line"));
        }
        parts
            .next()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| invalid("bad status code"))
    }

    /// Body delimitation for a response to a request with method `method`.
    pub fn response_body(&self, method: &str) -> io::Result<BodyKind> {
        let status = self.status()?;
        if method == "HEAD" || status == 204 || status == 304 || (100..200).contains(&status) {
            return Ok(BodyKind::None);
        }
        match self.request_body()? {
            BodyKind::None => Ok(BodyKind::UntilEof),
            kind => Ok(kind),
        }
    }
}

/// Reads one CRLF- or LF-terminated line of at most `max` bytes; `Ok(None)` on clean EOF
/// before any byte.
async fn read_line<R: AsyncBufRead + Unpin>(r: &mut R, max: usize) -> io::Result<Option<String>> {
    let mut line = Vec::new();
    loop {
        let buf = r.fill_buf().await?;
        if buf.is_empty() {
            if line.is_empty() {
                return Ok(None);
            }
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        let (take, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        line.extend_from_slice(&buf[..take]);
        r.consume(take);
        if line.len() > max {
            return Err(invalid("head too large"));
        }
        if done {
            while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                line.pop();
            }
            return String::from_utf8(line)
                .map(Some)
                .map_err(|_| invalid("head is not UTF-8"));
        }
    }
}

/// Reads a message head; `Ok(None)` when the peer closed cleanly before sending anything.
pub async fn read_head<R: AsyncBufRead + Unpin>(r: &mut R) -> io::Result<Option<Head>> {
    // The common case: the whole head arrived in one read and sits in the
    // reader's buffer. Parse it there, without a buffer per line.
    let buf = r.fill_buf().await?;
    if buf.is_empty() {
        return Ok(None);
    }
    if let Some(len) = complete_head_len(buf) {
        let head = parse_head(&buf[..len]);
        r.consume(len);
        return head.map(Some);
    }
    read_head_by_lines(r).await
}

/// The length of the head at the start of `buf`, through the blank line that
/// ends it, when `buf` holds all of it.
fn complete_head_len(buf: &[u8]) -> Option<usize> {
    let mut start = 0;
    let mut first = true;
    while let Some(i) = buf[start..].iter().position(|&b| b == b'\n') {
        let end = start + i + 1;
        // A line is blank when nothing but CRs precede its LF (what
        // `read_line` trims); the start line never ends the head.
        if !first && buf[start..start + i].iter().all(|&b| b == b'\r') {
            return Some(end);
        }
        first = false;
        start = end;
    }
    None
}

/// Parses a complete head (as [`complete_head_len`] delimits it) the way
/// [`read_head_by_lines`] reads one.
fn parse_head(raw: &[u8]) -> io::Result<Head> {
    if raw.len() > MAX_HEAD_BYTES {
        return Err(invalid("head too large"));
    }
    let text = std::str::from_utf8(raw).map_err(|_| invalid("head is not UTF-8"))?;
    let mut lines = text
        .split('\n')
        .map(|line| line.trim_end_matches(['\r', '\n']));
    let mut head = Head {
        start_line: lines.next().unwrap_or_default().to_string(),
        headers: Vec::new(),
    };
    for line in lines {
        if line.is_empty() {
            break;
        }
        push_field(&mut head, line)?;
    }
    Ok(head)
}

/// Adds one header line to `head`, within [`MAX_HEADERS`].
fn push_field(head: &mut Head, line: &str) -> io::Result<()> {
    if head.headers.len() >= MAX_HEADERS {
        return Err(invalid("too many headers"));
    }
    let (name, value) = line
        .split_once(':')
        .ok_or_else(|| invalid("header without colon"))?;
    if name.is_empty() || name.contains(|c: char| c.is_ascii_whitespace()) {
        return Err(invalid("bad header name"));
    }
    head.headers
        .push((name.to_string(), value.trim().to_string()));
    Ok(())
}

/// Reads a head line by line, however it arrives.
async fn read_head_by_lines<R: AsyncBufRead + Unpin>(r: &mut R) -> io::Result<Option<Head>> {
    let Some(start_line) = read_line(r, MAX_HEAD_BYTES).await? else {
        return Ok(None);
    };
    let mut head = Head {
        start_line,
        headers: Vec::new(),
    };
    let mut used = head.start_line.len();
    loop {
        let line = read_line(r, MAX_HEAD_BYTES - used)
            .await?
            .ok_or(io::ErrorKind::UnexpectedEof)?;
        if line.is_empty() {
            return Ok(Some(head));
        }
        used += line.len() + 2;
        push_field(&mut head, &line)?;
    }
}

/// Reads a body into `sink` (when given; else discards it), refusing more than `max` bytes.
/// Returns the body length.
pub async fn read_body<R>(
    r: &mut R,
    kind: BodyKind,
    mut sink: Option<&mut Vec<u8>>,
    max: u64,
) -> io::Result<u64>
where
    R: AsyncBufRead + AsyncRead + Unpin,
{
    match kind {
        BodyKind::None => Ok(0),
        BodyKind::Length(n) => {
            if n > max {
                return Err(too_large());
            }
            copy_exact(r, n, sink).await?;
            Ok(n)
        }
        BodyKind::UntilEof => {
            let mut total = 0u64;
            let mut buf = [0u8; 16 * 1024];
            loop {
                let n = r.read(&mut buf).await?;
                if n == 0 {
                    return Ok(total);
                }
                total += n as u64;
                if total > max {
                    return Err(too_large());
                }
                if let Some(s) = sink.as_deref_mut() {
                    s.extend_from_slice(&buf[..n]);
                }
            }
        }
        BodyKind::Chunked => read_chunked(r, sink, max).await,
    }
}

async fn read_chunked<R: AsyncBufRead + Unpin>(
    r: &mut R,
    mut sink: Option<&mut Vec<u8>>,
    max: u64,
) -> io::Result<u64> {
    let mut total = 0u64;
    loop {
        let line = read_line(r, 1024)
            .await?
            .ok_or(io::ErrorKind::UnexpectedEof)?;
        let size_text = line.split(';').next().unwrap_or_default().trim();
        let size = u64::from_str_radix(size_text, 16).map_err(|_| invalid("bad chunk size"))?;
        if size == 0 {
            // Trailers (ignored) end with an empty line.
            while !read_line(r, MAX_HEAD_BYTES)
                .await?
                .ok_or(io::ErrorKind::UnexpectedEof)?
                .is_empty()
            {}
            return Ok(total);
        }
        total = total.saturating_add(size);
        if total > max {
            return Err(too_large());
        }
        copy_exact(r, size, sink.as_deref_mut()).await?;
        let crlf = read_line(r, 2).await?.ok_or(io::ErrorKind::UnexpectedEof)?;
        if !crlf.is_empty() {
            return Err(invalid("chunk not followed by CRLF"));
        }
    }
}

async fn copy_exact<R: AsyncBufRead + Unpin>(
    r: &mut R,
    mut n: u64,
    mut sink: Option<&mut Vec<u8>>,
) -> io::Result<()> {
    while n > 0 {
        let buf = r.fill_buf().await?;
        if buf.is_empty() {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        let take = buf.len().min(usize::try_from(n).unwrap_or(usize::MAX));
        if let Some(s) = sink.as_deref_mut() {
            s.extend_from_slice(&buf[..take]);
        }
        r.consume(take);
        n -= take as u64;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::BufReader;

    use crate::block_on as run;

    #[test]
    fn response_head_and_content_length_body_are_read() {
        let raw: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: b\r\n\r\nhelloNEXT";
        let mut r = BufReader::new(raw);
        let head = run(read_head(&mut r)).unwrap().unwrap();
        assert_eq!(head.status().unwrap(), 200);
        assert_eq!(head.header("x-a"), Some("b"));
        let mut body = Vec::new();
        let kind = head.response_body("GET").unwrap();
        assert_eq!(
            run(read_body(&mut r, kind, Some(&mut body), 100)).unwrap(),
            5
        );
        assert_eq!(body, b"hello");
    }

    #[test]
    fn chunked_bodies_are_decoded_including_trailers() {
        let raw: &[u8] = b"4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\nTrailer: x\r\n\r\n";
        let mut r = BufReader::new(raw);
        let mut body = Vec::new();
        run(read_body(&mut r, BodyKind::Chunked, Some(&mut body), 100)).unwrap();
        assert_eq!(body, b"Wikipedia");
    }

    #[test]
    fn oversized_and_malformed_input_is_an_error_not_a_panic() {
        let big = format!(
            "GET / HTTP/1.1\r\nX: {}\r\n\r\n",
            "a".repeat(MAX_HEAD_BYTES)
        );
        assert!(run(read_head(&mut BufReader::new(big.as_bytes()))).is_err());
        assert!(run(read_head(&mut BufReader::new(
            &b"GET / HTTP/1.1\r\nnocolon\r\n\r\n"[..]
        )))
        .is_err());
        let bad_chunk: &[u8] = b"zz\r\n";
        assert!(run(read_body(
            &mut BufReader::new(bad_chunk),
            BodyKind::Chunked,
            None,
            10
        ))
        .is_err());
        let head = Head {
            start_line: "SPDY nonsense".into(),
            headers: vec![],
        };
        assert!(head.status().is_err());
    }

    /// Every head read from one buffer (the whole head at once) and one byte
    /// at a time (line by line) gives the same result.
    #[test]
    fn a_head_read_at_once_is_read_as_line_by_line() {
        let heads: &[&[u8]] = &[
            b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A:  b c \r\n\r\nhello",
            b"GET / HTTP/1.1\nHost: h\n\nrest",
            b"GET / HTTP/1.1\r\nA: 1\r\r\n\r\r\n",
            b"\r\nA: 1\r\n\r\n",
            b"GET / HTTP/1.1\r\n\r\n",
            b"GET / HTTP/1.1\r\nnocolon\r\n\r\n",
            b"GET / HTTP/1.1\r\n: empty\r\n\r\n",
            b"GET / HTTP/1.1\r\nBad Name: x\r\n\r\n",
            b"GET / HTTP/1.1\r\nX: \xff\r\n\r\n",
            b"GET / HTTP/1.1\r\nX: caf\xc3\xa9\r\n\r\n",
        ];
        let mut many = b"GET / HTTP/1.1\r\n".to_vec();
        for i in 0..=MAX_HEADERS {
            many.extend_from_slice(format!("H{i}: v\r\n").as_bytes());
        }
        many.extend_from_slice(b"\r\n");
        let all = heads.iter().copied().chain([many.as_slice()]);
        for raw in all {
            let mut whole = BufReader::with_capacity(64 * 1024, raw);
            let mut bytewise = BufReader::with_capacity(1, raw);
            let a = run(read_head(&mut whole));
            let b = run(read_head(&mut bytewise));
            match (&a, &b) {
                (Ok(x), Ok(y)) => assert_eq!(x, y, "{}", String::from_utf8_lossy(raw)),
                (Err(x), Err(y)) => assert_eq!(x.to_string(), y.to_string()),
                _ => panic!("{a:?} vs {b:?} for {}", String::from_utf8_lossy(raw)),
            }
            if a.is_ok() {
                // Both leave the reader just past the head.
                let rest = |r: &mut BufReader<&[u8]>| {
                    let mut v = Vec::new();
                    run(r.read_to_end(&mut v)).unwrap();
                    v
                };
                assert_eq!(rest(&mut whole), rest(&mut bytewise));
            }
        }
        let head = run(read_head(&mut BufReader::new(heads[0])))
            .unwrap()
            .unwrap();
        assert_eq!(head.header("x-a"), Some("b c"));
        let many = run(read_head(&mut BufReader::with_capacity(
            64 * 1024,
            &many[..],
        )));
        assert!(many.is_err(), "more than MAX_HEADERS fields");
    }

    #[test]
    fn clean_eof_before_a_head_is_not_an_error() {
        assert_eq!(run(read_head(&mut BufReader::new(&b""[..]))).unwrap(), None);
    }
}

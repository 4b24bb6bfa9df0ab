//! HTTP/1.1 request- and response-head parsing with size and count limits (RFC 9112).
//!
//! Parsing is strict on purpose: every construct that two HTTP parsers might
//! read differently (bare CR or LF, obs-fold, whitespace before the colon,
//! Content-Length next to Transfer-Encoding, differing Content-Lengths) is
//! refused, because a proxy that forwards what its target reads differently
//! is the request-smuggling vector (RFC 9112 section 11.2). Heads are
//! borrowed from the read buffer: no header byte is copied.

use thiserror::Error;

use super::framing::Framing;
pub use super::framing::{list_items, parse_content_length, trim_ows};
pub(crate) use super::scan::is_field_vchar;
pub use super::scan::is_tchar;

/// Limits applied to one head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadLimits {
    /// Largest head (start line, fields and the final empty line) in bytes.
    pub max_header_bytes: usize,
    /// Most header fields in one head.
    pub max_header_count: usize,
}

/// Why a head was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum HeadError {
    /// The head does not end within the byte limit.
    #[error("head larger than {limit} bytes")]
    TooLarge { limit: usize },
    /// More header fields than allowed.
    #[error("more than {limit} header fields")]
    TooManyHeaders { limit: usize },
    /// The head is not valid HTTP/1.x.
    #[error("malformed head: {0}")]
    Malformed(&'static str),
    /// A well-formed version other than HTTP/1.0 and HTTP/1.1.
    #[error("unsupported HTTP version")]
    UnsupportedVersion,
}

impl HeadError {
    /// The status a server answers a request head with this error.
    pub fn status(&self) -> u16 {
        match self {
            HeadError::TooLarge { .. } | HeadError::TooManyHeaders { .. } => 431,
            HeadError::Malformed(_) => 400,
            HeadError::UnsupportedVersion => 505,
        }
    }
}

/// Protocol version of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// HTTP/1.0
    Http10,
    /// HTTP/1.1
    Http11,
}

/// How a message body is delimited (RFC 9112 section 6.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// No body at all.
    Empty,
    /// Exactly this many bytes.
    Length(u64),
    /// Chunked transfer coding.
    Chunked,
    /// Everything until the sender closes (responses only).
    CloseDelimited,
}

/// One header field, borrowed from the buffer it was parsed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header<'a> {
    /// Field name as sent (a token, so ASCII; bytes rather than `str` so
    /// that parsing does not validate every name twice).
    pub name: &'a [u8],
    /// Field value without surrounding whitespace.
    pub value: &'a [u8],
}

/// A parsed request head.
#[derive(Debug, Clone)]
pub struct RequestHead<'a> {
    /// Method token.
    pub method: &'a str,
    /// Request target as sent (visible ASCII).
    pub target: &'a str,
    /// Protocol version.
    pub version: Version,
    /// Header fields in order.
    pub headers: Vec<Header<'a>>,
    /// Bytes the head occupies, final CRLF included.
    pub head_len: usize,
    /// How the request body is delimited.
    pub body: BodyKind,
    /// Whether the client allows the connection to stay open after this exchange.
    pub keep_alive: bool,
    /// `Expect: 100-continue` was sent.
    pub expect_continue: bool,
    /// A Host field is present.
    pub has_host: bool,
}

/// A parsed response head.
#[derive(Debug, Clone)]
pub struct ResponseHead<'a> {
    /// Protocol version.
    pub version: Version,
    /// Status code (100..=599).
    pub status: u16,
    /// Reason phrase as sent (may be empty).
    pub reason: &'a [u8],
    /// Header fields in order.
    pub headers: Vec<Header<'a>>,
    /// Bytes the head occupies, final CRLF included.
    pub head_len: usize,
    /// Whether the target allows the connection to stay open.
    pub keep_alive: bool,
    /// Transfer-Encoding is present: `Some(true)` when chunked is the final coding.
    pub transfer_chunked: Option<bool>,
    /// Content-Length, when present and valid.
    pub content_length: Option<u64>,
}

impl ResponseHead<'_> {
    /// How this response's body is delimited, given whether the request was HEAD.
    pub fn body_kind(&self, request_was_head: bool) -> BodyKind {
        if request_was_head || self.status < 200 || self.status == 204 || self.status == 304 {
            return BodyKind::Empty;
        }
        match (self.transfer_chunked, self.content_length) {
            (Some(true), _) => BodyKind::Chunked,
            (Some(false), _) => BodyKind::CloseDelimited,
            (None, Some(0)) => BodyKind::Empty,
            (None, Some(n)) => BodyKind::Length(n),
            (None, None) => BodyKind::CloseDelimited,
        }
    }
}

/// Finds the end of a head in `buf` (the index just past the empty line),
/// scanning from `from` so that a caller reading in pieces does not rescan.
/// A line feed not preceded by a carriage return is refused right away.
pub fn find_head_end(buf: &[u8], from: usize) -> Result<Option<usize>, HeadError> {
    let mut i = from.saturating_sub(3);
    while let Some(off) = buf.get(i..).and_then(super::scan::find_lf) {
        let lf = i + off;
        if lf == 0 || buf[lf - 1] != b'\r' {
            return Err(HeadError::Malformed("line feed without carriage return"));
        }
        if lf >= 3 && &buf[lf - 3..=lf] == b"\r\n\r\n" {
            return Ok(Some(lf + 1));
        }
        i = lf + 1;
    }
    Ok(None)
}

/// Number of leading empty lines (CRLF pairs) before a request line, which
/// RFC 9112 section 2.2 asks servers to ignore.
pub fn leading_empty_lines_len(buf: &[u8]) -> usize {
    let mut n = 0;
    while buf.get(n..n + 2) == Some(b"\r\n") {
        n += 2;
    }
    n
}

/// Parses a complete request head; `buf` must start at the request line and
/// contain at least the whole head (see [`find_head_end`]).
pub fn parse_request<'a>(buf: &'a [u8], limits: &HeadLimits) -> Result<RequestHead<'a>, HeadError> {
    let mut lines = Lines::new(buf, limits.max_header_bytes);
    let (method, target, version) = parse_request_line(lines.start_line()?)?;
    let headers = parse_fields(&mut lines, limits)?;
    let head_len = lines.pos;
    let framing = Framing::scan(&headers, version)?;
    if version == Version::Http11 && framing.host_count == 0 {
        return Err(HeadError::Malformed("HTTP/1.1 request without Host"));
    }
    if framing.host_count > 1 {
        return Err(HeadError::Malformed("more than one Host"));
    }
    let body = match (framing.transfer_chunked, framing.content_length) {
        (Some(_), Some(_)) => {
            return Err(HeadError::Malformed(
                "both Content-Length and Transfer-Encoding",
            ));
        }
        (Some(false), None) => return Err(HeadError::Malformed("request coding not chunked")),
        (Some(true), None) if version == Version::Http10 => {
            return Err(HeadError::Malformed(
                "Transfer-Encoding in an HTTP/1.0 request",
            ));
        }
        (Some(true), None) => BodyKind::Chunked,
        (None, Some(0)) | (None, None) => BodyKind::Empty,
        (None, Some(n)) => BodyKind::Length(n),
    };
    if method == "CONNECT" {
        return Err(HeadError::Malformed(
            "CONNECT is not served by a reverse proxy",
        ));
    }
    Ok(RequestHead {
        method,
        target,
        version,
        keep_alive: framing.keep_alive(version),
        expect_continue: framing.expect_continue,
        has_host: framing.host_count == 1,
        headers,
        head_len,
        body,
    })
}

/// Parses a complete response head; `buf` must start at the status line.
pub fn parse_response<'a>(
    buf: &'a [u8],
    limits: &HeadLimits,
) -> Result<ResponseHead<'a>, HeadError> {
    let mut lines = Lines::new(buf, limits.max_header_bytes);
    let (version, status, reason) = parse_status_line(lines.start_line()?)?;
    let headers = parse_fields(&mut lines, limits)?;
    let head_len = lines.pos;
    let framing = Framing::scan(&headers, version)?;
    Ok(ResponseHead {
        version,
        status,
        reason,
        keep_alive: framing.keep_alive(version),
        transfer_chunked: framing.transfer_chunked,
        content_length: framing.content_length,
        headers,
        head_len,
    })
}

/// The status code of a complete response head, from its status line alone:
/// enough to tell an interim (1xx) response from the final one without
/// parsing the fields twice.
pub fn response_status(buf: &[u8], limits: &HeadLimits) -> Result<u16, HeadError> {
    let mut lines = Lines::new(buf, limits.max_header_bytes);
    parse_status_line(lines.start_line()?).map(|(_, status, _)| status)
}

/// The lines of a head without their CRLF, found in one pass that also
/// enforces the byte limit and refuses a bare LF; stops at the empty line.
struct Lines<'a> {
    buf: &'a [u8],
    pos: usize,
    max: usize,
    done: bool,
}

impl<'a> Lines<'a> {
    fn new(buf: &'a [u8], max: usize) -> Self {
        Lines {
            buf,
            pos: 0,
            max,
            done: false,
        }
    }

    fn next_line(&mut self) -> Result<Option<&'a [u8]>, HeadError> {
        if self.done {
            return Ok(None);
        }
        let rest = &self.buf[self.pos..];
        let too_large = HeadError::TooLarge { limit: self.max };
        let Some(lf) = super::scan::find_lf(rest) else {
            return Err(if self.buf.len() >= self.max {
                too_large
            } else {
                HeadError::Malformed("incomplete head")
            });
        };
        if self.pos + lf + 1 > self.max {
            return Err(too_large);
        }
        if lf == 0 || rest[lf - 1] != b'\r' {
            return Err(HeadError::Malformed("line feed without carriage return"));
        }
        self.pos += lf + 1;
        let line = &rest[..lf - 1];
        self.done = line.is_empty();
        Ok((!self.done).then_some(line))
    }

    /// The first line, which must be there.
    fn start_line(&mut self) -> Result<&'a [u8], HeadError> {
        self.next_line()?.ok_or(HeadError::Malformed("empty head"))
    }
}

fn parse_request_line(line: &[u8]) -> Result<(&str, &str, Version), HeadError> {
    let mut parts = line.split(|&b| b == b' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(HeadError::Malformed("request line is not three parts"));
    };
    if method.is_empty() || !method.iter().all(|&b| is_tchar(b)) {
        return Err(HeadError::Malformed("bad method"));
    }
    if target.is_empty() || !target.iter().all(|&b| (0x21..=0x7e).contains(&b)) {
        return Err(HeadError::Malformed("bad request target"));
    }
    let version = parse_version(version)?;
    Ok((ascii(method)?, ascii(target)?, version))
}

fn parse_status_line(line: &[u8]) -> Result<(Version, u16, &[u8]), HeadError> {
    let mut parts = line.splitn(3, |&b| b == b' ');
    let (Some(version), Some(code), reason) = (parts.next(), parts.next(), parts.next()) else {
        return Err(HeadError::Malformed(
            "status line is not version, code, reason",
        ));
    };
    let version = parse_version(version)?;
    let [a, b, c] = code else {
        return Err(HeadError::Malformed("status code is not three digits"));
    };
    if !code.iter().all(u8::is_ascii_digit) {
        return Err(HeadError::Malformed("status code is not three digits"));
    }
    let status = u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0');
    if !(100..=599).contains(&status) {
        return Err(HeadError::Malformed("status code out of range"));
    }
    let reason = reason.unwrap_or(b"");
    if !reason.iter().all(|&b| is_field_vchar(b)) {
        return Err(HeadError::Malformed("bad reason phrase"));
    }
    Ok((version, status, reason))
}

fn parse_version(v: &[u8]) -> Result<Version, HeadError> {
    match v {
        b"HTTP/1.1" => Ok(Version::Http11),
        b"HTTP/1.0" => Ok(Version::Http10),
        [b'H', b'T', b'T', b'P', b'/', d1, b'.', d2]
            if d1.is_ascii_digit() && d2.is_ascii_digit() =>
        {
            Err(HeadError::UnsupportedVersion)
        }
        _ => Err(HeadError::Malformed("bad HTTP version")),
    }
}

fn parse_fields<'a>(
    lines: &mut Lines<'a>,
    limits: &HeadLimits,
) -> Result<Vec<Header<'a>>, HeadError> {
    let mut headers = Vec::with_capacity(16);
    while let Some(line) = lines.next_line()? {
        if headers.len() >= limits.max_header_count {
            return Err(HeadError::TooManyHeaders {
                limit: limits.max_header_count,
            });
        }
        headers.push(parse_field(line)?);
    }
    Ok(headers)
}

/// Parses one `name: value` line (RFC 9112 section 5): the name is checked
/// while looking for the colon, so whitespace before it is refused.
pub(crate) fn parse_field(line: &[u8]) -> Result<Header<'_>, HeadError> {
    if matches!(line.first(), Some(b' ' | b'\t')) {
        return Err(HeadError::Malformed("obsolete line folding"));
    }
    let mut colon = None;
    for (i, &b) in line.iter().enumerate() {
        if b == b':' {
            colon = Some(i);
            break;
        }
        if !is_tchar(b) {
            return Err(HeadError::Malformed("bad header name"));
        }
    }
    let colon = colon.ok_or(HeadError::Malformed("header line without colon"))?;
    let (name, value) = (&line[..colon], &line[colon + 1..]);
    if name.is_empty() {
        return Err(HeadError::Malformed("bad header name"));
    }
    if !super::scan::is_field_value(value) {
        return Err(HeadError::Malformed("bad header value"));
    }
    Ok(Header {
        name,
        value: trim_ows(value),
    })
}

fn ascii(bytes: &[u8]) -> Result<&str, HeadError> {
    std::str::from_utf8(bytes).map_err(|_| HeadError::Malformed("non-ASCII token"))
}

#[cfg(test)]
#[path = "head_tests.rs"]
mod tests;

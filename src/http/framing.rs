//! What the framing-related fields of a head say: Content-Length, Transfer-Encoding, Connection, Expect, Host.

use super::head::{is_tchar, HeadError, Header, Version};

/// What the framing-related fields of a head say.
#[derive(Default)]
pub(crate) struct Framing {
    pub content_length: Option<u64>,
    pub transfer_chunked: Option<bool>,
    pub close: bool,
    pub keep_alive_token: bool,
    pub expect_continue: bool,
    pub host_count: usize,
}

impl Framing {
    pub fn scan(headers: &[Header<'_>], version: Version) -> Result<Framing, HeadError> {
        let mut f = Framing::default();
        for h in headers {
            let name = h.name;
            // The five names have five different lengths: one comparison
            // per field instead of up to five.
            let is = |wanted: &[u8]| name.eq_ignore_ascii_case(wanted);
            match name.len() {
                14 if is(b"content-length") => {
                    let n = parse_content_length(h.value)?;
                    if f.content_length.is_some_and(|prev| prev != n) {
                        return Err(HeadError::Malformed("differing Content-Length values"));
                    }
                    f.content_length = Some(n);
                }
                17 if is(b"transfer-encoding") => {
                    f.transfer_chunked = Some(transfer_chunked(h.value)?);
                }
                10 if is(b"connection") => {
                    for token in list_items(h.value) {
                        f.close |= token.eq_ignore_ascii_case(b"close");
                        f.keep_alive_token |= token.eq_ignore_ascii_case(b"keep-alive");
                    }
                }
                6 if is(b"expect") => {
                    f.expect_continue |=
                        version == Version::Http11 && h.value.eq_ignore_ascii_case(b"100-continue");
                }
                4 if is(b"host") => f.host_count += 1,
                _ => {}
            }
        }
        Ok(f)
    }

    pub fn keep_alive(&self, version: Version) -> bool {
        !self.close && (version == Version::Http11 || self.keep_alive_token)
    }
}

/// Content-Length: `1*DIGIT`, or a list of identical values (RFC 9110 section 8.6).
pub fn parse_content_length(value: &[u8]) -> Result<u64, HeadError> {
    let mut result = None;
    for item in value.split(|&b| b == b',').map(trim_ows) {
        if item.is_empty() || !item.iter().all(u8::is_ascii_digit) {
            return Err(HeadError::Malformed("invalid Content-Length"));
        }
        let n = item.iter().try_fold(0u64, |acc, &d| {
            acc.checked_mul(10)?.checked_add(u64::from(d - b'0'))
        });
        let n = n.ok_or(HeadError::Malformed("Content-Length overflows"))?;
        if result.is_some_and(|prev| prev != n) {
            return Err(HeadError::Malformed("differing Content-Length values"));
        }
        result = Some(n);
    }
    result.ok_or(HeadError::Malformed("invalid Content-Length"))
}

/// Whether chunked is the final transfer coding; refuses chunked applied twice
/// or anywhere but last, and codings that are not tokens.
fn transfer_chunked(value: &[u8]) -> Result<bool, HeadError> {
    let mut last_chunked = false;
    let mut any = false;
    for item in value.split(|&b| b == b',').map(trim_ows) {
        // A coding may carry parameters (`gzip;q=1` is not valid, but `x;p=v` is).
        let coding = trim_ows(item.split(|&b| b == b';').next().unwrap_or(b""));
        if coding.is_empty() || !coding.iter().all(|&b| is_tchar(b)) {
            return Err(HeadError::Malformed("bad transfer coding"));
        }
        if last_chunked {
            return Err(HeadError::Malformed(
                "chunked is not the final transfer coding",
            ));
        }
        last_chunked = coding.eq_ignore_ascii_case(b"chunked");
        any = true;
    }
    if !any {
        return Err(HeadError::Malformed("empty Transfer-Encoding"));
    }
    Ok(last_chunked)
}

/// Items of a comma-separated list, whitespace trimmed, empty items skipped.
pub fn list_items(value: &[u8]) -> impl Iterator<Item = &[u8]> {
    value
        .split(|&b| b == b',')
        .map(trim_ows)
        .filter(|i| !i.is_empty())
}

/// Strips optional whitespace (SP / HTAB) from both ends.
pub fn trim_ows(mut v: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = v {
        v = rest;
    }
    while let [rest @ .., b' ' | b'\t'] = v {
        v = rest;
    }
    v
}

//! Chunked transfer coding (RFC 9112 section 7.1): validated while decoding, re-framed on the way out.
//!
//! Chunks are decoded and re-framed (one chunk out per chunk in, extensions
//! and trailers dropped), so that the destination only ever sees framing
//! the proxy produced itself; every chunk-size line and trailer field is
//! validated on the way.

use std::io::Write as _;

use monoio::io::{AsyncReadRent, AsyncWriteRent};

use super::body::{fill, write_vec, BodyError, Timeouts, BODY_BUF_BYTES};
use super::buf::ReadBuf;
use super::head::parse_field;

/// Longest chunk-size line (size, extensions, CRLF) accepted. Real senders
/// write a few hex digits; the bound only stops a peer feeding one endless line.
pub const MAX_CHUNK_LINE_BYTES: usize = 4 * 1024;

/// Most trailer-section bytes accepted (they are validated and dropped);
/// matches the order of a generous request head.
pub const MAX_TRAILER_BYTES: usize = 16 * 1024;

pub(crate) async fn forward_chunked<R, W>(
    src: &mut R,
    buf: &mut ReadBuf,
    dst: &mut W,
    dechunk: bool,
    out: &mut Vec<u8>,
    t: Timeouts<'_, '_>,
) -> Result<u64, BodyError>
where
    R: AsyncReadRent,
    W: AsyncWriteRent,
{
    out.reserve(BODY_BUF_BYTES + 32);
    let mut total = 0u64;
    loop {
        let line = read_line(src, buf, dst, out, MAX_CHUNK_LINE_BYTES, t).await?;
        let size = parse_chunk_size(&buf.data()[..line])?;
        buf.consume(line);
        if size == 0 {
            skip_trailers(src, buf, dst, out, t).await?;
            if !dechunk {
                out.extend_from_slice(b"0\r\n\r\n");
            }
            write_vec(dst, out, t.timer, t.write).await?;
            return Ok(total);
        }
        if !dechunk {
            let _ = write!(out, "{size:x}\r\n");
        }
        let mut remaining = size;
        while remaining > 0 {
            if buf.is_empty() {
                write_vec(dst, out, t.timer, t.write).await?;
                fill(src, buf, t).await?;
            }
            let take = remaining.min(buf.len() as u64) as usize;
            out.extend_from_slice(&buf.data()[..take]);
            buf.consume(take);
            remaining -= take as u64;
            if out.len() >= BODY_BUF_BYTES {
                write_vec(dst, out, t.timer, t.write).await?;
            }
        }
        total = total.saturating_add(size);
        while buf.len() < 2 {
            write_vec(dst, out, t.timer, t.write).await?;
            fill(src, buf, t).await?;
        }
        if &buf.data()[..2] != b"\r\n" {
            return Err(BodyError::Malformed("chunk data not followed by CRLF"));
        }
        buf.consume(2);
        if !dechunk {
            out.extend_from_slice(b"\r\n");
        }
    }
}

/// Makes sure `buf` holds a whole line (LF included, at most `max` bytes) and
/// returns its length; pending output is written before any blocking read.
async fn read_line<R, W>(
    src: &mut R,
    buf: &mut ReadBuf,
    dst: &mut W,
    out: &mut Vec<u8>,
    max: usize,
    t: Timeouts<'_, '_>,
) -> Result<usize, BodyError>
where
    R: AsyncReadRent,
    W: AsyncWriteRent,
{
    let mut scanned = 0;
    loop {
        if let Some(i) = super::scan::find_lf(&buf.data()[scanned..]) {
            let len = scanned + i + 1;
            return if len > max {
                Err(BodyError::Malformed("line too long"))
            } else {
                Ok(len)
            };
        }
        scanned = buf.len();
        if scanned >= max {
            return Err(BodyError::Malformed("line too long"));
        }
        write_vec(dst, out, t.timer, t.write).await?;
        fill(src, buf, t).await?;
    }
}

/// Validates and drops the trailer section that ends a chunked body.
async fn skip_trailers<R, W>(
    src: &mut R,
    buf: &mut ReadBuf,
    dst: &mut W,
    out: &mut Vec<u8>,
    t: Timeouts<'_, '_>,
) -> Result<(), BodyError>
where
    R: AsyncReadRent,
    W: AsyncWriteRent,
{
    let mut budget = MAX_TRAILER_BYTES;
    loop {
        let line = read_line(src, buf, dst, out, budget, t).await?;
        let content = line_content(&buf.data()[..line])?;
        if content.is_empty() {
            buf.consume(line);
            return Ok(());
        }
        parse_field(content).map_err(|_| BodyError::Malformed("bad trailer field"))?;
        budget -= line;
        buf.consume(line);
    }
}

/// The line without its CRLF; a lone LF is refused.
fn line_content(line: &[u8]) -> Result<&[u8], BodyError> {
    match line {
        [content @ .., b'\r', b'\n'] => Ok(content),
        _ => Err(BodyError::Malformed("line feed without carriage return")),
    }
}

/// Parses `chunk-size [ chunk-ext ] CRLF` (RFC 9112 section 7.1).
pub fn parse_chunk_size(line: &[u8]) -> Result<u64, BodyError> {
    let content = line_content(line)?;
    let digits = content.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    // 16 hex digits fill a u64; more is an overflow attempt, not a real size.
    if digits == 0 || digits > 16 {
        return Err(BodyError::Malformed("bad chunk size"));
    }
    let mut size = 0u64;
    for &d in &content[..digits] {
        let v = match d {
            b'0'..=b'9' => d - b'0',
            b'a'..=b'f' => d - b'a' + 10,
            _ => d - b'A' + 10,
        };
        size = (size << 4) | u64::from(v);
    }
    let ext = super::head::trim_ows(&content[digits..]);
    let ext_ok = ext.is_empty()
        || (ext[0] == b';'
            && ext
                .iter()
                .all(|&b| b == b'\t' || (0x20..=0x7e).contains(&b) || b >= 0x80));
    if !ext_ok {
        return Err(BodyError::Malformed("bad chunk extension"));
    }
    Ok(size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_sizes_parse_with_and_without_extensions() {
        assert_eq!(parse_chunk_size(b"1a\r\n").unwrap(), 26);
        assert_eq!(parse_chunk_size(b"FF;name=value\r\n").unwrap(), 255);
        assert_eq!(parse_chunk_size(b"0 ;x\r\n").unwrap(), 0);
        assert_eq!(parse_chunk_size(b"ffffffffffffffff\r\n").unwrap(), u64::MAX);
    }

    #[test]
    fn bad_chunk_size_lines_are_refused() {
        for line in [
            &b"\r\n"[..],
            b"1a\n",
            b"x1\r\n",
            b"1a junk\r\n",
            b"10000000000000000\r\n",
            b"-1\r\n",
            b"1;\x00\r\n",
            b"1;a\rb\r\n",
        ] {
            assert!(parse_chunk_size(line).is_err(), "{line:?}");
        }
    }
}

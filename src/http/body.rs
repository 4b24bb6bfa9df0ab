//! Streams one message body from a source to a destination with bounded memory.
//!
//! Content-Length bodies are written straight out of the read buffer;
//! chunked bodies go through [`super::chunked`]. Memory per transfer: the
//! read buffer plus one output buffer, each about [`BODY_BUF_BYTES`].

use std::pin::pin;
use std::time::Duration;

use monoio::io::{AsyncReadRent, AsyncWriteRent, AsyncWriteRentExt};
use monoio::time::{Instant, Sleep};

use super::buf::{ReadBuf, ReadError};
use super::chunked::forward_chunked;
use super::head::BodyKind;
use crate::deadline::Deadline;

/// Room a body read asks for: the largest TLS record plaintext (16 KiB,
/// RFC 8446 section 5.1), so one read takes one whole record.
pub const BODY_BUF_BYTES: usize = 16 * 1024;

/// Deadlines for each read from the source and each write to the destination.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts<'t, 's> {
    /// Longest wait for the next bytes from the source.
    pub read: Duration,
    /// Longest wait for one write to the destination.
    pub write: Duration,
    /// The connection's timer, which keeps them.
    pub timer: &'t Deadline<&'s mut Sleep>,
}

/// Why a body transfer stopped.
#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    /// Reading the source failed.
    #[error("reading the body failed: {0}")]
    SourceIo(std::io::Error),
    /// The source closed before the body ended.
    #[error("the sender closed before the body ended")]
    SourceClosed,
    /// The source sent nothing for longer than the read timeout.
    #[error("the sender stalled for {0:?}")]
    SourceTimedOut(Duration),
    /// Writing the destination failed.
    #[error("writing the body failed: {0}")]
    DestIo(std::io::Error),
    /// One write took longer than the write timeout.
    #[error("the receiver stalled for {0:?}")]
    DestTimedOut(Duration),
    /// The chunked framing is invalid.
    #[error("malformed chunked body: {0}")]
    Malformed(&'static str),
}

impl BodyError {
    /// Whether the source side (rather than the destination) caused the error.
    pub fn is_source(&self) -> bool {
        !matches!(self, BodyError::DestIo(_) | BodyError::DestTimedOut(_))
    }
}

/// Forwards a body of `kind`, starting with the unconsumed bytes of `buf`.
/// `pending` (typically the head) goes out first, in the same write as the
/// first body bytes already buffered. With `dechunk`, a chunked body is sent
/// as plain bytes (the caller then delimits it by closing). Returns the
/// number of body bytes forwarded; bytes past the body stay in `buf`.
pub async fn forward_body<R, W>(
    src: &mut R,
    buf: &mut ReadBuf,
    dst: &mut W,
    kind: BodyKind,
    dechunk: bool,
    pending: &mut Vec<u8>,
    t: Timeouts<'_, '_>,
) -> Result<u64, BodyError>
where
    R: AsyncReadRent,
    W: AsyncWriteRent,
{
    match kind {
        BodyKind::Chunked => forward_chunked(src, buf, dst, dechunk, pending, t).await,
        BodyKind::Empty => write_vec(dst, pending, t.timer, t.write).await.map(|()| 0),
        BodyKind::Length(n) => {
            let first = n.min(buf.len() as u64) as usize;
            let first = send_with(dst, buf, first, pending, t).await?;
            forward_length(src, buf, dst, n - first as u64, t)
                .await
                .map(|()| n)
        }
        BodyKind::CloseDelimited => {
            let first = send_with(dst, buf, buf.len(), pending, t).await?;
            forward_until_close(src, buf, dst, t)
                .await
                .map(|n| n.saturating_add(first as u64))
        }
    }
}

/// Writes `pending` together with up to `n` buffered body bytes (one write:
/// one TLS record, one syscall) when they are few; returns how many body
/// bytes went out with it.
async fn send_with<W: AsyncWriteRent>(
    dst: &mut W,
    buf: &mut ReadBuf,
    n: usize,
    pending: &mut Vec<u8>,
    t: Timeouts<'_, '_>,
) -> Result<usize, BodyError> {
    if pending.is_empty() {
        return Ok(0);
    }
    let n = if n <= BODY_BUF_BYTES { n } else { 0 };
    pending.extend_from_slice(&buf.data()[..n]);
    buf.consume(n);
    write_vec(dst, pending, t.timer, t.write).await?;
    Ok(n)
}

pub(crate) async fn fill<R: AsyncReadRent>(
    src: &mut R,
    buf: &mut ReadBuf,
    t: Timeouts<'_, '_>,
) -> Result<(), BodyError> {
    match buf
        .fill(src, BODY_BUF_BYTES, t.timer, Instant::now() + t.read)
        .await
    {
        Ok(_) => Ok(()),
        Err(ReadError::Closed) => Err(BodyError::SourceClosed),
        Err(ReadError::TimedOut) => Err(BodyError::SourceTimedOut(t.read)),
        Err(ReadError::Io(e)) => Err(BodyError::SourceIo(e)),
    }
}

/// Writes the first `n` unconsumed bytes of `buf` and consumes them.
async fn write_from<W: AsyncWriteRent>(
    dst: &mut W,
    buf: &mut ReadBuf,
    n: usize,
    t: Timeouts<'_, '_>,
) -> Result<(), BodyError> {
    let slice = buf.take_range(n);
    let Ok((result, slice)) = t.timer.run_for(t.write, pin!(dst.write_all(slice))).await else {
        return Err(BodyError::DestTimedOut(t.write));
    };
    buf.restore(slice);
    result.map_err(BodyError::DestIo)?;
    buf.consume(n);
    Ok(())
}

/// Writes all of `out` and clears it; `timer` stops a write that takes
/// longer than `write`.
pub(crate) async fn write_vec<W: AsyncWriteRent>(
    dst: &mut W,
    out: &mut Vec<u8>,
    timer: &Deadline<&mut Sleep>,
    write: Duration,
) -> Result<(), BodyError> {
    if out.is_empty() {
        return Ok(());
    }
    let owned = std::mem::take(out);
    let Ok((result, mut owned)) = timer.run_for(write, pin!(dst.write_all(owned))).await else {
        return Err(BodyError::DestTimedOut(write));
    };
    result.map_err(BodyError::DestIo)?;
    owned.clear();
    *out = owned;
    Ok(())
}

async fn forward_length<R, W>(
    src: &mut R,
    buf: &mut ReadBuf,
    dst: &mut W,
    n: u64,
    t: Timeouts<'_, '_>,
) -> Result<(), BodyError>
where
    R: AsyncReadRent,
    W: AsyncWriteRent,
{
    let mut remaining = n;
    while remaining > 0 {
        if buf.is_empty() {
            fill(src, buf, t).await?;
        }
        let take = remaining.min(buf.len() as u64) as usize;
        write_from(dst, buf, take, t).await?;
        remaining -= take as u64;
    }
    Ok(())
}

async fn forward_until_close<R, W>(
    src: &mut R,
    buf: &mut ReadBuf,
    dst: &mut W,
    t: Timeouts<'_, '_>,
) -> Result<u64, BodyError>
where
    R: AsyncReadRent,
    W: AsyncWriteRent,
{
    let mut total = 0u64;
    loop {
        let n = buf.len();
        if n > 0 {
            write_from(dst, buf, n, t).await?;
            total = total.saturating_add(n as u64);
        }
        match fill(src, buf, t).await {
            Ok(()) => {}
            Err(BodyError::SourceClosed) => return Ok(total),
            Err(e) => return Err(e),
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn run_forward(
        input: &[u8],
        kind: BodyKind,
        dechunk: bool,
    ) -> (Result<u64, BodyError>, Vec<u8>, Vec<u8>) {
        let mut rt = monoio::RuntimeBuilder::<monoio::FusionDriver>::new()
            .enable_timer()
            .build()
            .unwrap();
        rt.block_on(async {
            let mut src = input;
            let mut buf = ReadBuf::with_capacity(16);
            // Test inputs are small enough to fit in the socket buffer.
            let (mut dst, mut reader) = monoio::net::UnixStream::pair().unwrap();
            let sleep = pin!(monoio::time::sleep(Duration::from_secs(1)));
            let timer = crate::deadline::Deadline::new(sleep);
            let t = Timeouts {
                read: Duration::from_secs(1),
                write: Duration::from_secs(1),
                timer: &timer,
            };
            let r = forward_body(
                &mut src,
                &mut buf,
                &mut dst,
                kind,
                dechunk,
                &mut Vec::new(),
                t,
            )
            .await;
            drop(dst);
            let mut out = Vec::new();
            loop {
                let (n, chunk) = reader.read(Vec::with_capacity(4096)).await;
                if n.unwrap() == 0 {
                    break;
                }
                out.extend_from_slice(&chunk);
            }
            (r, out, buf.data().to_vec())
        })
    }

    #[test]
    fn chunked_bodies_are_reframed_and_leave_what_follows() {
        let input = b"3;ext=1\r\nabc\r\n02\r\nde\r\n0\r\nTrailer: x\r\n\r\nNEXT";
        let (r, out, rest) = run_forward(input, BodyKind::Chunked, false);
        assert_eq!(r.unwrap(), 5);
        assert_eq!(out, b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
        assert_eq!(rest, b"NEXT");
    }

    #[test]
    fn chunked_bodies_can_be_decoded_to_plain_bytes() {
        let (r, out, _) = run_forward(b"3\r\nabc\r\n0\r\n\r\n", BodyKind::Chunked, true);
        assert_eq!(r.unwrap(), 3);
        assert_eq!(out, b"abc");
    }

    #[test]
    fn chunk_data_without_its_crlf_is_refused() {
        let (r, _, _) = run_forward(b"3\r\nabcX\r\n0\r\n\r\n", BodyKind::Chunked, false);
        assert!(matches!(r, Err(BodyError::Malformed(_))));
    }

    #[test]
    fn a_body_cut_short_is_reported_as_the_source_closing() {
        let (r, _, _) = run_forward(b"abc", BodyKind::Length(10), false);
        assert!(matches!(r, Err(BodyError::SourceClosed)));
        let (r, _, _) = run_forward(b"5\r\nab", BodyKind::Chunked, false);
        assert!(matches!(r, Err(BodyError::SourceClosed)));
    }

    #[test]
    fn length_bodies_stop_at_their_length() {
        let (r, out, rest) = run_forward(b"hello worldGET", BodyKind::Length(11), false);
        assert_eq!(r.unwrap(), 11);
        assert_eq!(out, b"hello world");
        assert_eq!(rest, b"GET");
    }

    #[test]
    fn close_delimited_bodies_run_to_eof() {
        let (r, out, _) = run_forward(b"all of it", BodyKind::CloseDelimited, false);
        assert_eq!(r.unwrap(), 9);
        assert_eq!(out, b"all of it");
    }

    #[test]
    fn endless_chunk_lines_and_trailers_are_refused() {
        let long = vec![b'1'; crate::http::chunked::MAX_CHUNK_LINE_BYTES + 10];
        let (r, _, _) = run_forward(&long, BodyKind::Chunked, false);
        assert!(matches!(r, Err(BodyError::Malformed(_))));
        let mut trailers = b"0\r\n".to_vec();
        for _ in 0..2000 {
            trailers.extend_from_slice(b"X-Trailer: some value\r\n");
        }
        let (r, _, _) = run_forward(&trailers, BodyKind::Chunked, false);
        assert!(matches!(r, Err(BodyError::Malformed(_))));
    }
}

//! The keep-alive loop of one client connection: read a head, refuse or forward it, repeat.

use std::cell::Cell;
use std::io::Write as _;
use std::pin::pin;
use std::time::Duration;

use monoio::io::{AsyncReadRent, AsyncWriteRent};
use monoio::time::{Instant, Sleep};

use super::body::write_vec;
use super::buf::{ReadBuf, ReadError, SpareVec};
use super::exchange::{exchange, Next, Prepared};
use super::head::{find_head_end, leading_empty_lines_len, parse_request, HeadError, HeadLimits};
use super::rewrite::{write_request_head, ForwardInfo};
use super::{CloseReason, ConnContext, HttpEvents, ServeOutcome, TargetPool};
use crate::deadline::{Deadline, Elapsed};

/// Buffer kept by an idle connection (it sits in the pending read). Most
/// browser request heads without large cookies (500-1,000 bytes) fit in one
/// read of this size; larger heads grow it up to `max_header_bytes`, and it
/// shrinks back once the request is done.
pub const HEAD_BUF_BYTES: usize = 1024;

/// Room asked for by each head read once the buffer is growing.
const HEAD_READ_ROOM_BYTES: usize = 1024;

/// Longest lingering close after a refusal (nginx's `lingering_timeout` is 5 s;
/// a refused client gets less patience).
const LINGER_MS: u64 = 1_000;

/// Most bytes discarded during a lingering close.
const LINGER_MAX_BYTES: usize = 256 * 1024;

/// How often an idle connection checks the shard's drain flag. A second
/// keeps drain prompt while costing an idle connection one timer wake-up
/// per second.
const DRAIN_POLL_MS: u64 = 1_000;

/// Serves HTTP/1.1 requests on `client` until either side closes, a limit is
/// hit, or the shard drains. Never panics on anything a peer sends. The
/// caller closes `client` afterwards (after a refused head `serve` has
/// already shut down its sending side and drained it briefly).
pub async fn serve<S: AsyncReadRent + AsyncWriteRent>(
    client: &mut S,
    ctx: &ConnContext,
    pool: &TargetPool,
    events: &dyn HttpEvents,
) -> ServeOutcome {
    let limits = HeadLimits {
        max_header_bytes: ctx.limits.max_header_bytes,
        max_header_count: ctx.limits.max_header_count,
    };
    let mut buf = ReadBuf::with_capacity(HEAD_BUF_BYTES);
    let mut requests = 0u64;
    // The one timer behind every deadline of this connection's requests.
    let sleep = pin!(monoio::time::sleep(ctx.limits.header_read_timeout));
    let timer = Deadline::new(sleep);
    loop {
        let end = match read_request_head(client, &mut buf, ctx, requests == 0, &timer).await {
            Ok(end) => end,
            Err(HeadStop::Refuse(status, reason)) => {
                Box::pin(refuse(client, status, ctx, events, &timer)).await;
                return ServeOutcome { requests, reason };
            }
            Err(HeadStop::Close(reason)) => return ServeOutcome { requests, reason },
        };
        let prepared = match prepare(buf.data(), end, &limits, ctx) {
            Ok(p) => p,
            Err(e) => {
                tracing::debug!(error = %e, "request head refused");
                let status = e.status();
                Box::pin(refuse(client, status, ctx, events, &timer)).await;
                return ServeOutcome {
                    requests,
                    reason: CloseReason::BadRequest(status),
                };
            }
        };
        buf.consume(end);
        requests += 1;
        // Boxed so that the connection's future stays small while idle: an
        // exchange's state (several body and I/O futures) only exists while
        // it runs. Written straight into its allocation rather than moved
        // there from the stack: the state is about 2 KiB.
        let exchange = Box::write(
            Box::new_uninit(),
            exchange(client, &mut buf, &prepared, ctx, pool, events, &timer),
        );
        match Box::into_pin(exchange).await {
            Next::KeepAlive => buf.shrink_when_empty(HEAD_BUF_BYTES),
            Next::Close(reason) => return ServeOutcome { requests, reason },
        }
    }
}

/// Parses the head in `data[..end]` and builds the head to forward.
fn prepare(
    data: &[u8],
    end: usize,
    limits: &HeadLimits,
    ctx: &ConnContext,
) -> Result<Prepared, HeadError> {
    let head = parse_request(&data[..end], limits)?;
    let info = ForwardInfo {
        client_ip: ctx.client_addr.ip(),
        listener_port: ctx.listener_port,
        identity_headers: &ctx.identity_headers,
    };
    // Room for the added fields too: a verify-mode leaf certificate alone is
    // 1-2 KiB once URL-encoded.
    let identity_len = ctx.identity_headers.as_bytes().len();
    let mut forward = SpareVec::with_capacity(end + identity_len + 128);
    write_request_head(&head, &info, &mut forward);
    let idempotent = matches!(
        head.method,
        "GET" | "HEAD" | "OPTIONS" | "TRACE" | "PUT" | "DELETE"
    );
    Ok(Prepared {
        head: forward,
        body: head.body,
        is_head: head.method == "HEAD",
        retryable: idempotent && head.body == super::BodyKind::Empty,
        keep_alive: head.keep_alive,
        version: head.version,
        expect_continue: head.expect_continue,
    })
}

/// Why no head came.
enum HeadStop {
    /// Answer with this status, then close.
    Refuse(u16, CloseReason),
    /// Close without answering.
    Close(CloseReason),
}

/// Reads until `buf` holds a whole request head; returns its length.
async fn read_request_head<S: AsyncReadRent>(
    client: &mut S,
    buf: &mut ReadBuf,
    ctx: &ConnContext,
    first: bool,
    timer: &Deadline<&mut Sleep>,
) -> Result<usize, HeadStop> {
    let started = Instant::now();
    buf.consume(leading_empty_lines_len(buf.data()));
    if buf.is_empty() {
        let wait = if first {
            ctx.limits.header_read_timeout
        } else {
            ctx.limits.idle_timeout
        };
        let read = match idle_read(client, buf, timer, started, started + wait, &ctx.draining).await
        {
            Some(read) => read,
            None => return Err(HeadStop::Close(CloseReason::Draining)),
        };
        match read {
            Ok(_) => {}
            Err(ReadError::TimedOut) if first => {
                return Err(HeadStop::Refuse(408, CloseReason::HeaderTimeout));
            }
            Err(ReadError::TimedOut) => return Err(HeadStop::Close(CloseReason::IdleTimeout)),
            Err(ReadError::Closed) => return Err(HeadStop::Close(CloseReason::ClientClosed)),
            Err(ReadError::Io(_)) => return Err(HeadStop::Close(CloseReason::ClientIo)),
        }
    }
    // The first head's clock started at connect; later ones at their first byte.
    let deadline = if first { started } else { Instant::now() } + ctx.limits.header_read_timeout;
    let max = ctx.limits.max_header_bytes;
    let mut scanned = 0;
    loop {
        if scanned == 0 {
            buf.consume(leading_empty_lines_len(buf.data()));
        }
        match find_head_end(buf.data(), scanned) {
            Ok(Some(end)) => return Ok(end),
            Ok(None) => scanned = buf.len(),
            Err(e) => {
                return Err(HeadStop::Refuse(
                    e.status(),
                    CloseReason::BadRequest(e.status()),
                ))
            }
        }
        if scanned >= max {
            let status = HeadError::TooLarge { limit: max }.status();
            return Err(HeadStop::Refuse(status, CloseReason::BadRequest(status)));
        }
        match buf
            .fill(client, HEAD_READ_ROOM_BYTES, timer, deadline)
            .await
        {
            Ok(_) => {}
            Err(ReadError::TimedOut) => {
                return Err(HeadStop::Refuse(408, CloseReason::HeaderTimeout))
            }
            Err(ReadError::Closed) => return Err(HeadStop::Close(CloseReason::ClientClosed)),
            Err(ReadError::Io(_)) => return Err(HeadStop::Close(CloseReason::ClientIo)),
        }
    }
}

/// Answers a refused head with `status` and closes gracefully (boxed by
/// callers: a rare path whose state should not weigh on every connection).
async fn refuse<S: AsyncReadRent + AsyncWriteRent>(
    client: &mut S,
    status: u16,
    ctx: &ConnContext,
    events: &dyn HttpEvents,
    timer: &Deadline<&mut Sleep>,
) {
    if reply_error(client, status, true, false, ctx, events, timer)
        .await
        .is_ok()
    {
        linger_close(client, timer).await;
    }
}

/// After answering a request whose bytes may still be arriving (a refused
/// head, or a target's early answer to an upload): close the
/// sending side, then read and discard for a moment, so that the kernel
/// does not answer unread bytes with a reset that destroys the response
/// before the client reads it (what nginx calls lingering close).
pub(crate) async fn linger_close<S: AsyncReadRent + AsyncWriteRent>(
    client: &mut S,
    timer: &Deadline<&mut Sleep>,
) {
    let deadline = Instant::now() + Duration::from_millis(LINGER_MS);
    if timer
        .run_until(deadline, pin!(client.shutdown()))
        .await
        .is_err()
    {
        return;
    }
    let mut discarded = 0;
    let mut scratch = Vec::with_capacity(4096);
    while discarded < LINGER_MAX_BYTES {
        match timer.run_until(deadline, pin!(client.read(scratch))).await {
            Ok((Ok(n), back)) if n > 0 => {
                discarded += n;
                scratch = back;
                scratch.clear();
            }
            _ => return,
        }
    }
}

/// Waits for the first bytes of a head until `deadline` (the read's
/// outcome), checking the shard's drain flag every [`DRAIN_POLL_MS`]
/// (`None` once it is set). `now` is the time of the call.
async fn idle_read<S: AsyncReadRent>(
    client: &mut S,
    buf: &mut ReadBuf,
    timer: &Deadline<&mut Sleep>,
    mut now: Instant,
    deadline: Instant,
    draining: &Cell<bool>,
) -> Option<Result<usize, ReadError>> {
    let mut fill = pin!(buf.fill_untimed(client, HEAD_READ_ROOM_BYTES));
    loop {
        if draining.get() {
            return None;
        }
        if now >= deadline {
            return Some(Err(ReadError::TimedOut));
        }
        let step = (now + Duration::from_millis(DRAIN_POLL_MS)).min(deadline);
        match timer.run_until(step, fill.as_mut()).await {
            Ok(read) => return Some(read),
            Err(Elapsed) => now = Instant::now(),
        }
    }
}

/// Sends a response generated by the proxy: a one-line plain-text body
/// (none for HEAD), and `Connection: close` when `close`.
pub(crate) async fn reply_error<S: AsyncWriteRent>(
    client: &mut S,
    status: u16,
    close: bool,
    head_only: bool,
    ctx: &ConnContext,
    events: &dyn HttpEvents,
    timer: &Deadline<&mut Sleep>,
) -> Result<(), super::body::BodyError> {
    let reason = reason_phrase(status);
    let mut out = Vec::with_capacity(160);
    let _ = write!(
        out,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\n",
        reason.len() + 1
    );
    if close {
        out.extend_from_slice(b"Connection: close\r\n");
    }
    out.extend_from_slice(b"\r\n");
    if !head_only {
        out.extend_from_slice(reason.as_bytes());
        out.push(b'\n');
    }
    events.response(status);
    write_vec(client, &mut out, timer, ctx.limits.idle_timeout).await?;
    let _ = timer
        .run_for(ctx.limits.idle_timeout, pin!(client.flush()))
        .await;
    Ok(())
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        502 => "Bad Gateway",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        _ => "Error",
    }
}

//! One request/response exchange with a target: send the head and body, relay the response.

use monoio::io::{AsyncReadRent, AsyncWriteRent};
use monoio::time::{Instant, Sleep};
use std::pin::pin;
use std::time::Duration;

use super::body::{forward_body, write_vec, BodyError, Timeouts, BODY_BUF_BYTES};
use super::buf::{ReadBuf, ReadError, SpareVec};
use super::head::{find_head_end, parse_response, response_status, BodyKind, HeadLimits, Version};
use super::pool::{TargetConn, TargetErrorKind};
use super::proxy::{linger_close, reply_error};
use super::rewrite::{write_response_head, ResponseRewrite};
use super::{CloseReason, ConnContext, HttpEvents, TargetPool};
use crate::deadline::Deadline;

/// Limits on response heads from targets. Targets are trusted more than
/// clients but still bounded: 64 KiB and 256 fields hold any sane set of
/// cookies and caching headers (HAProxy's default buffer is 16 KiB).
const RESPONSE_HEAD_LIMITS: HeadLimits = HeadLimits {
    max_header_bytes: 64 * 1024,
    max_header_count: 256,
};

/// A request ready to forward.
#[derive(Debug)]
pub(crate) struct Prepared {
    /// The rewritten head.
    pub head: SpareVec,
    pub body: BodyKind,
    pub is_head: bool,
    /// Safe to send again on a fresh connection (idempotent, no body).
    pub retryable: bool,
    pub keep_alive: bool,
    pub version: Version,
    pub expect_continue: bool,
}

/// What the connection does after an exchange.
pub(crate) enum Next {
    KeepAlive,
    Close(CloseReason),
}

/// Where sending a request failed.
enum SendError {
    Client(BodyError),
    Target,
}

/// Where reading a response head failed.
enum HeadFail {
    /// Nothing at all arrived (a stale reused connection looks like this).
    Empty,
    TimedOut,
    Broken,
    Bad,
}

/// Runs one exchange; answers 502/504 itself when the target fails.
/// `timer` (the connection's) keeps every deadline of the exchange.
pub(crate) async fn exchange<S: AsyncReadRent + AsyncWriteRent>(
    client: &mut S,
    cbuf: &mut ReadBuf,
    req: &Prepared,
    ctx: &ConnContext,
    pool: &TargetPool,
    events: &dyn HttpEvents,
    timer: &Deadline<&mut Sleep>,
) -> Next {
    let mut fresh = false;
    loop {
        let Some(mut target) = pool.checkout(fresh, events).await else {
            return fail(
                client,
                502,
                req,
                req.body != BodyKind::Empty,
                ctx,
                events,
                timer,
            )
            .await;
        };
        match send_request(client, cbuf, &mut target, req, ctx, pool, timer).await {
            Ok(()) => {}
            Err(SendError::Client(BodyError::Malformed(_))) => {
                let _ = reply_error(client, 400, true, req.is_head, ctx, events, timer).await;
                return Next::Close(CloseReason::BadRequest(400));
            }
            Err(SendError::Client(_)) => return Next::Close(CloseReason::ClientIo),
            Err(SendError::Target) if target.reused && req.retryable && !fresh => {
                fresh = true;
                continue;
            }
            Err(SendError::Target) => {
                // Boxed: a rare path whose state should not weigh on every exchange.
                return Box::pin(answered_early(
                    client, target, req, ctx, pool, events, timer,
                ))
                .await;
            }
        }
        let mut tbuf = ReadBuf::spare();
        let deadline = Instant::now() + pool.response_timeout();
        let end =
            match read_response_head(client, &mut target, &mut tbuf, req, timer, deadline).await {
                Ok(end) => end,
                Err(HeadFail::Empty) if target.reused && req.retryable && !fresh => {
                    fresh = true;
                    continue;
                }
                Err(HeadFail::TimedOut) => {
                    events.target_error(TargetErrorKind::ResponseTimeout);
                    return fail(client, 504, req, false, ctx, events, timer).await;
                }
                Err(HeadFail::Bad) => {
                    events.target_error(TargetErrorKind::BadResponse);
                    return fail(client, 502, req, false, ctx, events, timer).await;
                }
                Err(HeadFail::Empty | HeadFail::Broken) => {
                    events.target_error(TargetErrorKind::Io);
                    return fail(client, 502, req, false, ctx, events, timer).await;
                }
            };
        let sent = RequestSent::Whole;
        return relay_response(
            client, target, tbuf, end, req, sent, ctx, pool, events, timer,
        )
        .await;
    }
}

/// How much of the request the target took.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RequestSent {
    Whole,
    /// Sending the body failed: the target stopped reading it.
    Partly,
}

/// How long a target whose reading of the request failed may still take to
/// show an answer it sent (or is sending) before it stopped reading.
const EARLY_ANSWER_WAIT: Duration = Duration::from_secs(1);

/// Sending the request failed on the target's side. A target that refuses
/// an upload (401, 403, 413) often answers before the body has arrived and
/// then stops reading it, or closes; its answer is still in the socket's
/// receive queue. Relay that answer, as nginx and HAProxy do, instead of a
/// 502; then close the client connection (the rest of its body is unread),
/// lingering so that the answer is not lost to a reset. With no answer the
/// client gets the 502 as before.
async fn answered_early<S: AsyncReadRent + AsyncWriteRent>(
    client: &mut S,
    mut target: TargetConn,
    req: &Prepared,
    ctx: &ConnContext,
    pool: &TargetPool,
    events: &dyn HttpEvents,
    timer: &Deadline<&mut Sleep>,
) -> Next {
    let mut tbuf = ReadBuf::spare();
    let wait = pool.response_timeout().min(EARLY_ANSWER_WAIT);
    let deadline = Instant::now() + wait;
    let Ok(end) = read_response_head(client, &mut target, &mut tbuf, req, timer, deadline).await
    else {
        events.target_error(TargetErrorKind::Io);
        return fail(client, 502, req, true, ctx, events, timer).await;
    };
    let sent = RequestSent::Partly;
    match relay_response(
        client, target, tbuf, end, req, sent, ctx, pool, events, timer,
    )
    .await
    {
        Next::Close(CloseReason::ClientIo) => Next::Close(CloseReason::ClientIo),
        _ => {
            linger_close(client, timer).await;
            Next::Close(CloseReason::TargetAnsweredEarly)
        }
    }
}

/// Answers a target failure and decides whether the client connection survives:
/// it does when the request was read completely and the client keeps alive.
async fn fail<S: AsyncWriteRent>(
    client: &mut S,
    status: u16,
    req: &Prepared,
    body_unread: bool,
    ctx: &ConnContext,
    events: &dyn HttpEvents,
    timer: &Deadline<&mut Sleep>,
) -> Next {
    let close =
        body_unread || !req.keep_alive || req.version == Version::Http10 || ctx.draining.get();
    if reply_error(client, status, close, req.is_head, ctx, events, timer)
        .await
        .is_err()
    {
        return Next::Close(CloseReason::ClientIo);
    }
    if close {
        Next::Close(CloseReason::TargetFailed)
    } else {
        Next::KeepAlive
    }
}

/// Writes the head (with a small buffered body in the same write) and streams the body.
async fn send_request<S: AsyncReadRent + AsyncWriteRent>(
    client: &mut S,
    cbuf: &mut ReadBuf,
    target: &mut TargetConn,
    req: &Prepared,
    ctx: &ConnContext,
    pool: &TargetPool,
    timer: &Deadline<&mut Sleep>,
) -> Result<(), SendError> {
    if req.expect_continue && req.body != BodyKind::Empty {
        // The proxy answers the expectation itself (and did not forward
        // Expect) once a target is connected, so the client never waits on
        // a target that ignores it.
        let mut cont = b"HTTP/1.1 100 Continue\r\n\r\n".to_vec();
        write_vec(client, &mut cont, timer, ctx.limits.idle_timeout)
            .await
            .map_err(SendError::Client)?;
        let _ = client.flush().await;
    }
    let t = Timeouts {
        read: ctx.limits.idle_timeout,
        write: pool.response_timeout(),
        timer,
    };
    // A copy: the head must survive a failed write for the retry.
    let mut head = SpareVec::with_capacity(req.head.len());
    head.extend_from_slice(&req.head);
    match forward_body(
        client,
        cbuf,
        &mut target.stream,
        req.body,
        false,
        &mut head,
        t,
    )
    .await
    {
        Ok(_) => Ok(()),
        Err(e) if e.is_source() => Err(SendError::Client(e)),
        Err(_) => Err(SendError::Target),
    }
}

/// Reads the final response head into `tbuf`, relaying interim (1xx) heads
/// to HTTP/1.1 clients (but not 100, which the proxy already answered).
async fn read_response_head<S: AsyncWriteRent>(
    client: &mut S,
    target: &mut TargetConn,
    tbuf: &mut ReadBuf,
    req: &Prepared,
    timer: &Deadline<&mut Sleep>,
    deadline: Instant,
) -> Result<usize, HeadFail> {
    let mut got_any = false;
    let mut scanned = 0;
    loop {
        match find_head_end(tbuf.data(), scanned) {
            Err(_) => return Err(HeadFail::Bad),
            Ok(Some(end)) => {
                // The final head is parsed in full once, by `relay_response`.
                let status = response_status(&tbuf.data()[..end], &RESPONSE_HEAD_LIMITS)
                    .map_err(|_| HeadFail::Bad)?;
                match status {
                    101 => return Err(HeadFail::Bad),
                    100..=199 => {
                        parse_response(&tbuf.data()[..end], &RESPONSE_HEAD_LIMITS)
                            .map_err(|_| HeadFail::Bad)?;
                        if status != 100 && req.version == Version::Http11 {
                            let mut out = tbuf.data()[..end].to_vec();
                            write_vec(
                                client,
                                &mut out,
                                timer,
                                deadline.saturating_duration_since(Instant::now()),
                            )
                            .await
                            .map_err(|_| HeadFail::Broken)?;
                        }
                        tbuf.consume(end);
                        scanned = 0;
                        continue;
                    }
                    _ => return Ok(end),
                }
            }
            Ok(None) => scanned = tbuf.len(),
        }
        if scanned >= RESPONSE_HEAD_LIMITS.max_header_bytes {
            return Err(HeadFail::Bad);
        }
        match tbuf
            .fill(&mut target.stream, BODY_BUF_BYTES, timer, deadline)
            .await
        {
            Ok(_) => got_any = true,
            Err(ReadError::TimedOut) => return Err(HeadFail::TimedOut),
            Err(_) if !got_any => return Err(HeadFail::Empty),
            Err(_) => return Err(HeadFail::Broken),
        }
    }
}

/// Sends the response head and streams the body to the client; returns the
/// target connection to the pool when it is still clean.
#[allow(clippy::too_many_arguments)]
async fn relay_response<S: AsyncReadRent + AsyncWriteRent>(
    client: &mut S,
    mut target: TargetConn,
    mut tbuf: ReadBuf,
    end: usize,
    req: &Prepared,
    sent: RequestSent,
    ctx: &ConnContext,
    pool: &TargetPool,
    events: &dyn HttpEvents,
    timer: &Deadline<&mut Sleep>,
) -> Next {
    let Ok(head) = parse_response(&tbuf.data()[..end], &RESPONSE_HEAD_LIMITS) else {
        events.target_error(TargetErrorKind::BadResponse);
        return fail(client, 502, req, false, ctx, events, timer).await;
    };
    let status = head.status;
    let kind = head.body_kind(req.is_head);
    let dechunk = kind == BodyKind::Chunked && req.version == Version::Http10;
    let whole = sent == RequestSent::Whole;
    let client_keep = whole
        && req.keep_alive
        && !ctx.draining.get()
        && kind != BodyKind::CloseDelimited
        && !dechunk;
    let target_keep = whole && head.keep_alive && kind != BodyKind::CloseDelimited;
    let rw = ResponseRewrite {
        close: !client_keep,
        keep_alive: client_keep && req.version == Version::Http10,
        drop_transfer_encoding: dechunk,
        drop_content_length: head.transfer_chunked.is_some(),
    };
    let mut out = SpareVec::with_capacity(end + 128);
    write_response_head(&head, rw, &mut out);
    drop(head);
    tbuf.consume(end);
    events.response(status);
    let t = Timeouts {
        read: pool.response_timeout(),
        write: ctx.limits.idle_timeout,
        timer,
    };
    let forwarded = forward_body(
        &mut target.stream,
        &mut tbuf,
        client,
        kind,
        dechunk,
        &mut out,
        t,
    )
    .await;
    if let Err(e) = forwarded {
        return response_body_failed(&e, events);
    }
    if timer
        .run_for(ctx.limits.idle_timeout, pin!(client.flush()))
        .await
        .map_or(true, |r| r.is_err())
    {
        return Next::Close(CloseReason::ClientIo);
    }
    if target_keep && tbuf.is_empty() {
        pool.checkin(target);
    }
    match (client_keep, kind) {
        (true, _) => Next::KeepAlive,
        (false, BodyKind::CloseDelimited) => Next::Close(CloseReason::TargetClosed),
        (false, _) if ctx.draining.get() => Next::Close(CloseReason::Draining),
        (false, _) if dechunk => Next::Close(CloseReason::TargetClosed),
        (false, _) => Next::Close(CloseReason::ClientAsked),
    }
}

/// A response body broke off: the client connection cannot continue.
fn response_body_failed(e: &BodyError, events: &dyn HttpEvents) -> Next {
    if !e.is_source() {
        return Next::Close(CloseReason::ClientIo);
    }
    let kind = match e {
        BodyError::SourceTimedOut(_) => TargetErrorKind::ResponseTimeout,
        BodyError::Malformed(_) => TargetErrorKind::BadResponse,
        _ => TargetErrorKind::Io,
    };
    events.target_error(kind);
    Next::Close(CloseReason::TargetClosed)
}

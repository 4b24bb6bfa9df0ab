//! The bridge between s2n-tls's send/recv callbacks and monoio's owned-buffer I/O.
//!
//! s2n reads ciphertext from, and writes ciphertext to, two in-memory
//! buffers owned by the stream (`IoBufs`). The async side moves those buffers
//! through monoio's owned-buffer reads and writes, so s2n never touches a
//! socket and never blocks a shard. Pending ciphertext is flushed after every
//! handshake step and every `s2n_send`. This file is the only place in the
//! crate allowed `unsafe`; each block says why it is sound.
#![allow(unsafe_code)]

use std::ffi::c_void;
use std::io;
use std::task::Poll;
use std::time::Duration;

use monoio::buf::{IoBuf, IoBufMut, IoVecBuf, IoVecBufMut};
use monoio::io::{
    AsyncReadRent, AsyncWriteRent, AsyncWriteRentExt, CancelableAsyncReadRent, Canceller,
};
use monoio::net::TcpStream;
use monoio::time::Sleep;
use monoio::BufResult;
use s2n_tls::connection::Connection;
use s2n_tls::enums::{Blinding, Mode};

use crate::deadline::{Deadline, Elapsed};

/// Ciphertext read buffer size. One full TLS record (16 KiB payload plus
/// header and tag) fits, so s2n never needs two socket reads per record.
const RX_BUF_BYTES: usize = 16 * 1024 + 512;
/// A connection with nothing to read for this long is idle: it is parked
/// (see `Session`), which frees the whole s2n connection including its
/// record buffers and the parsed client leaf. Waking costs a connection
/// setup and a key derivation (and releasing buffers on every read would
/// cost a 16 KiB wipe, free and re-malloc per request), so busy keep-alive
/// connections never pay it, while idle ones still shrink quickly.
const IDLE_PARK_AFTER: Duration = Duration::from_millis(250);

/// A transmit buffer that grew past this is freed after a flush rather than
/// kept, so one large response does not pin memory on an idle connection.
const TX_KEEP_BYTES: usize = 32 * 1024;

/// Ciphertext in flight between s2n and the socket. Boxed so its address is
/// stable: s2n holds a raw pointer to it as the callback context.
#[derive(Default)]
struct IoBufs {
    rx: Vec<u8>,
    rx_pos: usize,
    tx: Vec<u8>,
}

impl IoBufs {
    fn rx_pending(&self) -> usize {
        self.rx.len() - self.rx_pos
    }
}

fn set_errno_would_block() {
    // SAFETY: `__errno_location` returns the calling thread's errno slot,
    // which is always valid to write.
    unsafe { *libc::__errno_location() = libc::EAGAIN };
}

/// s2n's receive callback: hands out buffered ciphertext, or "would block".
unsafe extern "C" fn recv_cb(ctx: *mut c_void, buf: *mut u8, len: u32) -> libc::c_int {
    // SAFETY: `ctx` is the `Box<IoBufs>` installed by `TlsStream::new`; the box
    // outlives the connection (field order in `TlsStream`), and s2n only calls
    // back from inside `poll_*` calls made through `&mut TlsStream`, so no
    // other reference to it is live.
    let io = unsafe { &mut *(ctx as *mut IoBufs) };
    let n = io.rx_pending().min(len as usize);
    if n == 0 {
        set_errno_would_block();
        return -1;
    }
    // SAFETY: s2n guarantees `buf` is valid for `len` writable bytes, and
    // `n <= len`; the source range lies inside `io.rx`'s initialised part.
    unsafe { std::ptr::copy_nonoverlapping(io.rx.as_ptr().add(io.rx_pos), buf, n) };
    io.rx_pos += n;
    n as libc::c_int
}

/// s2n's send callback: appends ciphertext to the transmit buffer. It never
/// blocks; the async side flushes after every s2n call.
unsafe extern "C" fn send_cb(ctx: *mut c_void, buf: *const u8, len: u32) -> libc::c_int {
    // SAFETY: as in `recv_cb`, `ctx` is the live, exclusively borrowed `IoBufs`.
    let io = unsafe { &mut *(ctx as *mut IoBufs) };
    // SAFETY: s2n guarantees `buf` is valid for `len` readable bytes.
    let data = unsafe { std::slice::from_raw_parts(buf, len as usize) };
    io.tx.extend_from_slice(data);
    len as libc::c_int
}

/// Turns off s2n's own X.509 verification on a config builder: portcullis
/// validates client chains with its own precompiled index (decision 4), while
/// s2n still checks possession of the client key (CertificateVerify).
pub(crate) fn disable_s2n_x509_verification(
    builder: &mut s2n_tls::config::Builder,
) -> Result<(), s2n_tls::error::Error> {
    // SAFETY: the function is `unsafe` only because it weakens s2n's checks;
    // every chain is validated by `trust::Snapshot` before any application
    // byte is read, so nothing is accepted unverified in verify mode.
    unsafe { builder.disable_x509_verification() }?;
    Ok(())
}

/// Turns off the verification of the *server's* certificate on a client
/// config builder, for load generators that drive servers they started
/// themselves on loopback (`loadtest --insecure-skip-server-verify`): the
/// client then spends nothing on the server's chain, so that one generator
/// core can saturate a server. s2n still checks the server's
/// CertificateVerify against the key in the certificate it sent, but
/// nothing ties that key to anyone: the client authenticates no one. The
/// name says so; no part of the proxy calls it.
pub fn insecure_skip_server_verification(
    builder: &mut s2n_tls::config::Builder,
) -> Result<(), s2n_tls::error::Error> {
    // SAFETY: s2n marks this `unsafe` because it weakens authentication, not
    // memory safety. The only caller is the load generator, behind a flag
    // named insecure and off by default.
    unsafe { builder.disable_x509_verification() }?;
    Ok(())
}

// `free_handshake_state` reads the raw `s2n_connection` pointer out of
// s2n-tls's `Connection`, which (in the pinned 0.3.47) is a struct holding
// exactly one `NonNull<s2n_connection>`. These checks stop the build if a
// different layout ever shows up.
const _: () = assert!(
    std::mem::size_of::<Connection>() == std::mem::size_of::<*mut s2n_tls_sys::s2n_connection>()
);
const _: () = assert!(
    std::mem::align_of::<Connection>() == std::mem::align_of::<*mut s2n_tls_sys::s2n_connection>()
);

/// Frees what s2n keeps only for the handshake (transcript hashes, PRF
/// state, the handshake message buffer that held the client's certificate
/// flight, the raw ClientHello) with s2n's documented
/// `s2n_connection_free_handshake`, which the safe bindings do not expose.
/// The client chain (`client_cert_chain_bytes`) and the traffic keys are
/// kept. Failure is harmless: the memory is then freed with the connection.
fn free_handshake_state(conn: &mut Connection) {
    // SAFETY: `Connection` is exactly one `NonNull<s2n_connection>` (checked
    // at compile time above, s2n-tls pinned to =0.3.47), so reading a
    // pointer-sized value at its address yields the live connection pointer.
    // `&mut` guarantees no other use of the connection during the call, and
    // s2n documents this call as valid once the handshake has completed,
    // which is the only place it is made.
    unsafe {
        let raw = *(conn as *mut Connection as *const *mut s2n_tls_sys::s2n_connection);
        let _ = s2n_tls_sys::s2n_connection_free_handshake(raw);
    }
}

/// Why a handshake did not complete.
#[derive(Debug, thiserror::Error)]
pub enum HandshakeError {
    #[error("tls: {0}")]
    Tls(#[from] s2n_tls::error::Error),
    #[error("socket: {0}")]
    Io(#[from] io::Error),
    #[error("peer closed the connection during the handshake")]
    Eof,
    #[error("handshake timed out")]
    Timeout,
}

/// The s2n side of an established stream.
///
/// An idle server connection is *parked*: s2n serializes its record-layer
/// state (protocol, cipher suite, sequence numbers, traffic secrets; 126
/// bytes with TLS 1.3 and SHA-256) and the s2n connection is freed. The
/// first byte from the client wakes it into a fresh s2n connection with the
/// same keys. s2n
/// refuses to serialize while it holds any buffered record or plaintext, so
/// a connection is parked only at a clean record boundary; if it refuses,
/// the connection just releases its buffers and stays live.
enum Session {
    Live(Connection),
    /// s2n's serialized connection. It holds traffic secrets in the clear
    /// (as the live connection's memory did), so it never leaves the
    /// process and is wiped on drop.
    Parked(zeroize::Zeroizing<Box<[u8]>>),
    /// Transient, only while switching between the two states.
    Empty,
}

/// Told when a stream parks or un-parks its session (for metrics).
pub trait SessionEvents {
    /// The session was parked.
    fn parked(&self);
    /// A parked session was woken (`woken`) or dropped while parked.
    fn unparked(&self, woken: bool);
}

/// What the peer has done to end its side of the connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PeerEnd {
    /// Still sending.
    Open,
    /// Sent close_notify: it gets one back.
    CloseNotify,
    /// Closed its TCP side (FIN) without a close_notify: nothing is sent
    /// back but the FIN (see `close`).
    Fin,
}

/// A server-side TLS connection over a monoio TCP stream.
pub struct TlsStream {
    // Field order matters: the s2n connection in `session` holds a raw
    // pointer into `io` and must be dropped first.
    session: Session,
    io: Box<IoBufs>,
    /// What a parked session is woken with.
    config: s2n_tls::config::Config,
    mode: Mode,
    events: Option<std::rc::Rc<dyn SessionEvents>>,
    tcp: TcpStream,
    /// How far the peer has closed its side.
    peer_end: PeerEnd,
    handshake_buffers_released: bool,
    /// The last wait for a request ended within `IDLE_PARK_AFTER`.
    busy: bool,
    /// Cancels a busy connection's pending read at `IDLE_PARK_AFTER`; kept
    /// across requests while the connection is busy (a new one costs two
    /// allocations), dropped when it goes idle.
    canceller: Option<Canceller>,
    /// The timer behind that `IDLE_PARK_AFTER`: re-armed lazily, so a busy
    /// connection does not build and register a new timer per request;
    /// dropped with the canceller.
    park_timer: Option<Deadline<Box<Sleep>>>,
}

/// The timer that tells a busy connection from an idle one (the
/// `park_timer` of a `TlsStream`), created when the connection starts
/// waiting and dropped when it goes idle.
fn park_timer(slot: &mut Option<Deadline<Box<Sleep>>>) -> &Deadline<Box<Sleep>> {
    slot.get_or_insert_with(|| Deadline::new(Box::pin(monoio::time::sleep(IDLE_PARK_AFTER))))
}

fn new_connection(
    config: &s2n_tls::config::Config,
    mode: Mode,
    io: &mut IoBufs,
) -> Result<Connection, s2n_tls::error::Error> {
    let mut conn = Connection::new(mode);
    conn.set_config(config.clone())?;
    // Decision 3: s2n's built-in blinding sleeps the thread; we await the
    // delay on the monoio timer instead.
    conn.set_blinding(Blinding::SelfService)?;
    conn.set_receive_callback(Some(recv_cb))?;
    conn.set_send_callback(Some(send_cb))?;
    let ctx = io as *mut IoBufs as *mut c_void;
    // SAFETY: `io` is the heap-allocated `IoBufs` of the `TlsStream` that
    // will own `conn`; it is declared after the session there, so it
    // outlives every callback.
    unsafe {
        conn.set_receive_context(ctx)?;
        conn.set_send_context(ctx)?;
    }
    Ok(conn)
}

impl TlsStream {
    /// Wraps an accepted socket in a fresh s2n server connection using `config`.
    pub fn new(tcp: TcpStream, config: &s2n_tls::config::Config) -> Result<Self, HandshakeError> {
        Self::with_mode(tcp, config, Mode::Server)
    }

    /// Wraps a connected socket in an s2n client connection (used by the
    /// built-in load driver of `portcullis demo` and by tests).
    pub fn new_client(
        tcp: TcpStream,
        config: &s2n_tls::config::Config,
        server_name: &str,
    ) -> Result<Self, HandshakeError> {
        let mut s = Self::with_mode(tcp, config, Mode::Client)?;
        if let Some(conn) = s.connection_mut() {
            conn.set_server_name(server_name)?;
        }
        Ok(s)
    }

    fn with_mode(
        tcp: TcpStream,
        config: &s2n_tls::config::Config,
        mode: Mode,
    ) -> Result<Self, HandshakeError> {
        let mut io = Box::<IoBufs>::default();
        let conn = new_connection(config, mode, &mut io)?;
        Ok(TlsStream {
            session: Session::Live(conn),
            io,
            config: config.clone(),
            mode,
            events: None,
            tcp,
            peer_end: PeerEnd::Open,
            handshake_buffers_released: false,
            busy: false,
            canceller: None,
            park_timer: None,
        })
    }

    /// Runs the handshake to completion, flushing after every step. On
    /// failure the alert is flushed and the blinding delay awaited.
    pub async fn handshake(&mut self, timeout: Duration) -> Result<(), HandshakeError> {
        let res = match monoio::time::timeout(timeout, self.drive_handshake()).await {
            Ok(r) => r,
            Err(_) => Err(HandshakeError::Timeout),
        };
        if let Err(HandshakeError::Tls(_)) = &res {
            let _ = self.flush_tx().await;
            self.blind().await;
        }
        res
    }

    async fn drive_handshake(&mut self) -> Result<(), HandshakeError> {
        loop {
            let step = self.live()?.poll_negotiate().map(|r| r.map(|_| ()));
            self.flush_tx().await?;
            match step {
                Poll::Ready(Ok(())) => {
                    free_handshake_state(self.live()?);
                    return Ok(());
                }
                Poll::Ready(r) => return r.map_err(HandshakeError::Tls),
                Poll::Pending => {
                    // Before the first byte, wait without a buffer: a flood
                    // of silent connections then costs no 16 KiB each.
                    if self.io.rx.capacity() == 0 {
                        self.tcp.readable(false).await?;
                    }
                    if self.fill_rx().await? == 0 {
                        return Err(HandshakeError::Eof);
                    }
                }
            }
        }
    }

    /// Awaits s2n's remaining blinding delay on the runtime timer.
    async fn blind(&mut self) {
        let Some(conn) = self.connection() else {
            return;
        };
        if let Ok(d) = conn.remaining_blinding_delay() {
            if !d.is_zero() {
                monoio::time::sleep(d).await;
            }
        }
    }

    /// The (consumed) receive buffer, emptied and with room for a record,
    /// taken out to lend to a read.
    fn take_rx_buf(&mut self) -> Vec<u8> {
        let mut buf = std::mem::take(&mut self.io.rx);
        buf.clear();
        self.io.rx_pos = 0;
        if buf.capacity() < RX_BUF_BYTES {
            buf.reserve_exact(RX_BUF_BYTES);
        }
        buf
    }

    /// Reads ciphertext from the socket into the (consumed) receive buffer.
    async fn fill_rx(&mut self) -> io::Result<usize> {
        let buf = self.take_rx_buf();
        let (res, buf) = self.tcp.read(buf).await;
        self.io.rx = buf;
        res
    }

    /// Reads more ciphertext when nothing is buffered anywhere, i.e. the
    /// connection waits for the client's next request.
    ///
    /// A *busy* connection (its previous wait ended within
    /// `IDLE_PARK_AFTER`) issues the read at once: one operation per
    /// request. Any other connection first waits for readiness without a
    /// buffer, so that a connection that goes quiet after a request or two
    /// (the common case at the edge) never holds a 16 KiB receive buffer
    /// through its idle period, whose short-lived allocations would leave
    /// heap holes behind. Either way, if nothing arrives within
    /// `IDLE_PARK_AFTER` the connection is idle: the session is parked (or,
    /// where s2n cannot park it, has its record buffers released) and it
    /// waits for readiness holding no buffer.
    async fn fill_rx_idle(&mut self) -> io::Result<usize> {
        // The first wait follows the handshake, whose flights grew s2n's
        // buffers: those go at once (keeping them through the first request
        // leaves holes in the heap that idle connections pay for in RSS).
        if !self.handshake_buffers_released {
            self.handshake_buffers_released = true;
            self.release_buffers();
        }
        let arrived = if self.busy {
            match self.read_within(IDLE_PARK_AFTER).await {
                Some(res) => return res,
                None => false,
            }
        } else {
            self.io.rx = Vec::new();
            self.io.rx_pos = 0;
            // The timer is boxed, not inline: inline, its 128-byte alignment
            // would make every connection future and exchange an aligned
            // (slower) allocation.
            let timer = park_timer(&mut self.park_timer);
            let readable = std::pin::pin!(self.tcp.readable(false));
            match timer.run_for(IDLE_PARK_AFTER, readable).await {
                Ok(r) => {
                    r?;
                    true
                }
                Err(_) => false,
            }
        };
        self.busy = arrived;
        if !arrived {
            self.canceller = None;
            self.park_timer = None;
            // A KeyUpdate s2n owes the peer (it asked for one) would be lost
            // with the session: s2n sends pending post-handshake messages
            // when negotiate is called on an established connection.
            if let Some(conn) = self.connection_mut() {
                let _ = conn.poll_negotiate();
            }
            self.flush_tx().await?;
            if self.park() {
                tracing::trace!("idle: TLS session parked");
            } else {
                self.release_buffers();
            }
            self.tcp.readable(false).await?;
        }
        self.fill_rx().await
    }

    /// Reads into the receive buffer, giving up (and cancelling the read)
    /// after `limit`: `None` then, with the buffer freed.
    async fn read_within(&mut self, limit: Duration) -> Option<io::Result<usize>> {
        let buf = self.take_rx_buf();
        let canceller = self.canceller.take().unwrap_or_default();
        let timer = park_timer(&mut self.park_timer);
        let ((res, buf), canceller) = {
            let read = self.tcp.cancelable_read(buf, canceller.handle());
            let mut read = std::pin::pin!(read);
            match timer.run_for(limit, read.as_mut()).await {
                Ok(done) => (done, canceller),
                Err(Elapsed) => {
                    // `cancel` hands back a fresh canceller for the next read.
                    let next = canceller.cancel();
                    (read.await, next)
                }
            }
        };
        self.canceller = Some(canceller);
        match res {
            Err(e) if e.raw_os_error() == Some(libc::ECANCELED) => None,
            // Data (possibly winning the race against the cancellation),
            // end of stream, or an error.
            res => {
                self.io.rx = buf;
                Some(res)
            }
        }
    }

    /// Hands s2n's record buffers and an empty transmit buffer back.
    fn release_buffers(&mut self) {
        if self.io.tx.is_empty() {
            self.io.tx = Vec::new();
        }
        if let Some(conn) = self.connection_mut() {
            let _ = conn.release_buffers();
        }
    }

    /// The live s2n connection, waking a parked session first.
    fn live(&mut self) -> io::Result<&mut Connection> {
        if let Session::Parked(_) = self.session {
            self.unpark()?;
        }
        self.connection_mut().ok_or_else(|| {
            io::Error::new(io::ErrorKind::NotConnected, "TLS session lost while parked")
        })
    }

    /// Serializes an idle connection's record-layer state and frees the s2n
    /// connection. Returns false (and changes nothing) when s2n refuses,
    /// e.g. because it still buffers part of a record.
    fn park(&mut self) -> bool {
        let Some(conn) = self.connection() else {
            return false;
        };
        if !self.io.tx.is_empty() || self.io.rx_pending() > 0 {
            return false;
        }
        let Ok(len) = conn.serialization_length() else {
            return false;
        };
        let mut state = zeroize::Zeroizing::new(vec![0u8; len].into_boxed_slice());
        if conn.serialize(&mut state).is_err() {
            return false;
        }
        // s2n has closed and wiped the connection; freeing it is all that
        // is left to do with it.
        self.session = Session::Parked(state);
        if let Some(e) = &self.events {
            e.parked();
        }
        true
    }

    /// Rebuilds a live s2n connection from the parked state. On failure the
    /// session is gone and every later operation fails, which closes the
    /// connection.
    fn unpark(&mut self) -> io::Result<()> {
        let Session::Parked(state) = std::mem::replace(&mut self.session, Session::Empty) else {
            return Ok(());
        };
        if let Some(e) = &self.events {
            e.unparked(true);
        }
        let mut conn =
            new_connection(&self.config, self.mode, &mut self.io).map_err(io::Error::other)?;
        conn.deserialize(&state).map_err(io::Error::other)?;
        tracing::trace!("idle: TLS session woken");
        self.session = Session::Live(conn);
        Ok(())
    }

    /// Writes out everything s2n produced.
    async fn flush_tx(&mut self) -> io::Result<()> {
        if self.io.tx.is_empty() {
            return Ok(());
        }
        let tx = std::mem::take(&mut self.io.tx);
        let (res, mut tx) = self.tcp.write_all(tx).await;
        tx.clear();
        if tx.capacity() <= TX_KEEP_BYTES {
            self.io.tx = tx;
        }
        res.map(|_| ())
    }

    /// Decrypts into `dst`; 0 means the peer closed (close_notify or EOF).
    async fn read_plain(&mut self, dst: &mut [u8]) -> io::Result<usize> {
        if self.peer_end != PeerEnd::Open || dst.is_empty() {
            return Ok(0);
        }
        loop {
            // With no ciphertext waiting and no plaintext decrypted, s2n can
            // only ask for more bytes (it reads exactly one record at a time
            // through `recv_cb`), so read them before asking it: that saves
            // an s2n_recv call per request.
            if self.starved() && self.fill_rx_idle().await? == 0 {
                self.peer_end = PeerEnd::Fin;
                return Ok(0);
            }
            let step = self.live()?.poll_recv(dst);
            self.flush_tx().await?;
            match step {
                Poll::Ready(Ok(n)) => {
                    if n == 0 {
                        self.peer_end = PeerEnd::CloseNotify;
                    }
                    return Ok(n);
                }
                Poll::Ready(Err(e)) => {
                    // Boxed: an inline timer would align (and slow down the
                    // allocation of) every future that reads.
                    Box::pin(self.blind()).await;
                    return Err(io::Error::new(io::ErrorKind::InvalidData, e));
                }
                // Normally s2n stops only when `recv_cb` says EAGAIN, i.e.
                // with `rx` empty (a partial record), and the loop's first
                // step reads more. Should it stop with something still
                // buffered, read anyway rather than spin.
                Poll::Pending if !self.starved() => {
                    if self.fill_rx().await? == 0 {
                        self.peer_end = PeerEnd::Fin;
                        return Ok(0);
                    }
                }
                Poll::Pending => {}
            }
        }
    }

    /// Nothing for s2n to read or hand out: no ciphertext in the receive
    /// buffer and no decrypted plaintext (a parked session has neither).
    fn starved(&self) -> bool {
        self.io.rx_pending() == 0 && self.connection().is_none_or(|conn| conn.peek_len() == 0)
    }

    /// Encrypts all of `src` and writes it out.
    async fn write_plain(&mut self, src: &[u8]) -> io::Result<usize> {
        let mut done = 0;
        while done < src.len() {
            let step = self.live()?.poll_send(&src[done..]);
            self.flush_tx().await?;
            match step {
                Poll::Ready(Ok(n)) => done += n,
                Poll::Ready(Err(e)) => return Err(io::Error::new(io::ErrorKind::BrokenPipe, e)),
                // The send callback never blocks, so s2n has nothing to wait
                // for; treat a spurious Pending as "try again after flush".
                Poll::Pending => {}
            }
        }
        Ok(done)
    }

    /// Sends close_notify (best effort) and shuts the socket's write side.
    /// When the peer has already closed its side, the shutdown is left to
    /// closing the socket (one system call less per connection): with
    /// nothing left unread, close sends the same FIN.
    ///
    /// A client that closed its TCP side without a close_notify gets none
    /// either (as nginx does): it has stopped reading TLS, a socket it has
    /// fully closed would answer the record with a reset, and a parked
    /// session is not woken just to encrypt the alert. A client that sent
    /// close_notify gets one back, as RFC 8446 (6.1) asks.
    pub async fn close(&mut self) {
        if self.peer_end != PeerEnd::Fin {
            if let Ok(conn) = self.live() {
                if let Poll::Ready(Ok(_)) = conn.poll_shutdown_send() {
                    let _ = self.flush_tx().await;
                }
            }
        }
        if self.peer_end == PeerEnd::Open {
            let _ = self.tcp.shutdown().await;
        }
    }

    /// The client's certificate chain as s2n received it: a sequence of
    /// (3-byte length, DER certificate), leaf first. `None` when the client
    /// sent no certificate.
    pub fn client_chain(&self) -> Option<&[u8]> {
        match self.connection()?.client_cert_chain_bytes() {
            Ok(Some(c)) if !c.is_empty() => Some(c),
            _ => None,
        }
    }

    /// The live s2n connection for changes (e.g. a key update); `None`
    /// while the session is parked.
    pub fn connection_mut(&mut self) -> Option<&mut Connection> {
        match &mut self.session {
            Session::Live(conn) => Some(conn),
            _ => None,
        }
    }

    /// Reports parking and waking to `events` from now on.
    pub fn set_session_events(&mut self, events: std::rc::Rc<dyn SessionEvents>) {
        self.events = Some(events);
    }

    /// The underlying s2n connection (protocol, cipher, ALPN); `None` while
    /// the session is parked. Read it right after the handshake.
    pub fn connection(&self) -> Option<&Connection> {
        match &self.session {
            Session::Live(conn) => Some(conn),
            _ => None,
        }
    }
}

impl Drop for TlsStream {
    fn drop(&mut self) {
        if let (Session::Parked(_), Some(e)) = (&self.session, &self.events) {
            e.unparked(false);
        }
    }
}

impl AsyncReadRent for TlsStream {
    async fn read<T: IoBufMut>(&mut self, mut buf: T) -> BufResult<usize, T> {
        let len = buf.bytes_total();
        // SAFETY: `write_ptr` is valid for `bytes_total` bytes for as long
        // as we own `buf`; we hold it across the await and only expose the
        // bytes s2n actually wrote via `set_init(n)`. s2n writes plaintext
        // into the slice and never reads uninitialised bytes from it.
        let dst = unsafe { std::slice::from_raw_parts_mut(buf.write_ptr(), len) };
        let res = self.read_plain(dst).await;
        if let Ok(n) = res {
            // SAFETY: `n` bytes were just initialised by `poll_recv`.
            unsafe { buf.set_init(n) };
        }
        (res, buf)
    }

    async fn readv<T: IoVecBufMut>(&mut self, mut buf: T) -> BufResult<usize, T> {
        let ptr = buf.write_iovec_ptr();
        let len = buf.write_iovec_len();
        if ptr.is_null() || len == 0 {
            return (Ok(0), buf);
        }
        // SAFETY: `write_iovec_ptr` points at `len` valid iovecs owned by
        // `buf`; we fill only the first one, which is valid for
        // `iov_len` writable bytes while we own `buf`.
        let first = unsafe { *ptr };
        let dst =
            unsafe { std::slice::from_raw_parts_mut(first.iov_base as *mut u8, first.iov_len) };
        let res = self.read_plain(dst).await;
        if let Ok(n) = res {
            // SAFETY: the first `n` bytes of the vector were initialised.
            unsafe { buf.set_init(n) };
        }
        (res, buf)
    }
}

impl AsyncWriteRent for TlsStream {
    async fn write<T: IoBuf>(&mut self, buf: T) -> BufResult<usize, T> {
        // SAFETY: `read_ptr` is valid for `bytes_init` initialised bytes
        // while we own `buf`, which we hold until the write completes.
        let src = unsafe { std::slice::from_raw_parts(buf.read_ptr(), buf.bytes_init()) };
        let res = self.write_plain(src).await;
        (res, buf)
    }

    async fn writev<T: IoVecBuf>(&mut self, buf: T) -> BufResult<usize, T> {
        let ptr = buf.read_iovec_ptr();
        let len = buf.read_iovec_len();
        let mut total = 0;
        for i in 0..len {
            // SAFETY: `read_iovec_ptr` points at `len` valid iovecs, each
            // valid for `iov_len` initialised bytes while we own `buf`.
            let src = unsafe {
                let v = *ptr.add(i);
                std::slice::from_raw_parts(v.iov_base as *const u8, v.iov_len)
            };
            match self.write_plain(src).await {
                Ok(n) => total += n,
                Err(e) => return (Err(e), buf),
            }
        }
        (Ok(total), buf)
    }

    async fn flush(&mut self) -> io::Result<()> {
        self.flush_tx().await
    }

    async fn shutdown(&mut self) -> io::Result<()> {
        self.close().await;
        Ok(())
    }
}

//! The owned read buffer one side of a proxied connection reads into.
//!
//! monoio reads take the buffer by value and give it back; `ReadBuf` keeps
//! the bytes read but not yet consumed (`start..len`) so that what arrives
//! past a head or a body (a pipelined request) is never lost. Every read
//! has a deadline; a read abandoned at its deadline takes the buffer with
//! it, which is fine because the connection is closed right after.
//!
//! Buffers that every keep-alive request would otherwise allocate and free
//! (the target-side `ReadBuf`, and `SpareVec` for what is written out) come
//! from small per-thread, i.e. per-shard, spare lists instead.

use std::cell::RefCell;
use std::io;
use std::pin::pin;

use monoio::buf::{IoBuf, IoBufMut, SliceMut};
use monoio::io::AsyncReadRent;
use monoio::time::{Instant, Sleep};

use crate::deadline::Deadline;

/// Why a read did not produce bytes.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The deadline passed first.
    #[error("read timed out")]
    TimedOut,
    /// The peer sent EOF.
    #[error("peer closed the connection")]
    Closed,
    /// The read failed.
    #[error("read failed: {0}")]
    Io(#[from] io::Error),
}

/// Size of the buffers [`ReadBuf::spare`] hands out.
pub const SPARE_BYTES: usize = super::body::BODY_BUF_BYTES;
/// Spare buffers kept per thread, i.e. per shard: at most 256 KiB.
const MAX_SPARES: usize = 16;

/// Output buffers ([`SpareVec`]) kept per thread, i.e. per shard.
const MAX_SPARE_VECS: usize = 16;
/// Output buffers larger than this are freed rather than kept.
const MAX_SPARE_VEC_BYTES: usize = 2 * super::body::BODY_BUF_BYTES;

thread_local! {
    /// Target-side receive buffers kept between exchanges, so that a
    /// keep-alive request does not allocate and free 16 KiB each time.
    static SPARES: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
    /// Output buffers (rewritten heads, the start of a body) kept between
    /// exchanges for the same reason.
    static SPARE_VECS: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
}

/// One of this thread's spare lists.
type Spares = std::thread::LocalKey<RefCell<Vec<Vec<u8>>>>;

/// The buffer last given back to `spares`, if any. `try_with`: while the
/// thread exits there is none.
fn take_spare(spares: &'static Spares) -> Option<Vec<u8>> {
    spares.try_with(|s| s.borrow_mut().pop()).ok().flatten()
}

/// Keeps `buf`, emptied, in `spares` unless it already holds `max`.
fn give_spare(spares: &'static Spares, mut buf: Vec<u8>, max: usize) {
    buf.clear();
    // `try_with`: a buffer dropped while the thread exits is just freed.
    let _ = spares.try_with(|s| {
        let mut s = s.borrow_mut();
        if s.len() < max {
            s.push(buf);
        }
    });
}

/// An output buffer taken from this thread's spares, given back (emptied)
/// when dropped; it dereferences to the `Vec<u8>` it holds.
#[derive(Debug, Default)]
pub struct SpareVec(Vec<u8>);

impl SpareVec {
    /// An empty buffer with room for at least `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        let mut v = take_spare(&SPARE_VECS).unwrap_or_default();
        v.reserve(capacity);
        SpareVec(v)
    }
}

impl std::ops::Deref for SpareVec {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.0
    }
}

impl std::ops::DerefMut for SpareVec {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        &mut self.0
    }
}

impl Drop for SpareVec {
    fn drop(&mut self) {
        // A buffer lost to an abandoned write comes back empty: not worth keeping.
        if self.0.capacity() == 0 || self.0.capacity() > MAX_SPARE_VEC_BYTES {
            return;
        }
        give_spare(&SPARE_VECS, std::mem::take(&mut self.0), MAX_SPARE_VECS);
    }
}

/// Bytes read from one peer and not yet consumed.
#[derive(Debug, Default)]
pub struct ReadBuf {
    buf: Vec<u8>,
    start: usize,
    /// Goes back to this thread's spares when dropped (if not regrown).
    spare: bool,
}

impl Drop for ReadBuf {
    fn drop(&mut self) {
        if !self.spare || self.buf.capacity() != SPARE_BYTES {
            return;
        }
        give_spare(&SPARES, std::mem::take(&mut self.buf), MAX_SPARES);
    }
}

impl ReadBuf {
    /// An empty buffer of [`SPARE_BYTES`], reusing one that an earlier
    /// exchange on this thread left behind; it goes back when dropped.
    pub fn spare() -> Self {
        let buf = take_spare(&SPARES).unwrap_or_else(|| Vec::with_capacity(SPARE_BYTES));
        ReadBuf {
            buf,
            start: 0,
            spare: true,
        }
    }

    /// An empty buffer with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        ReadBuf {
            buf: Vec::with_capacity(capacity),
            start: 0,
            spare: false,
        }
    }

    /// The unconsumed bytes.
    pub fn data(&self) -> &[u8] {
        self.buf.get(self.start..).unwrap_or_default()
    }

    /// Number of unconsumed bytes.
    pub fn len(&self) -> usize {
        self.buf.len().saturating_sub(self.start)
    }

    /// Whether every byte read has been consumed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Allocated room in bytes.
    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    /// Marks `n` bytes as consumed (clamped to what is there).
    pub fn consume(&mut self, n: usize) {
        self.start = (self.start + n).min(self.buf.len());
        if self.start == self.buf.len() {
            self.buf.clear();
            self.start = 0;
        }
    }

    /// Drops the allocation when empty and larger than `capacity`, so an idle
    /// connection holds only a small buffer.
    pub fn shrink_when_empty(&mut self, capacity: usize) {
        if self.is_empty() && self.buf.capacity() > capacity {
            self.buf = Vec::with_capacity(capacity);
            self.start = 0;
        }
    }

    /// Reads more bytes, first making sure at least `want_room` bytes of
    /// space are free (moving unconsumed bytes to the front, then growing).
    /// Returns the number of bytes read; never returns `Ok(0)`. `timer`
    /// stops the read at `deadline`.
    pub async fn fill<R: AsyncReadRent>(
        &mut self,
        src: &mut R,
        want_room: usize,
        timer: &Deadline<&mut Sleep>,
        deadline: Instant,
    ) -> Result<usize, ReadError> {
        match timer
            .run_until(deadline, pin!(self.fill_untimed(src, want_room)))
            .await
        {
            Ok(result) => result,
            Err(_) => Err(ReadError::TimedOut),
        }
    }

    /// [`ReadBuf::fill`] without a deadline, for callers that race the read
    /// against their own timer. If the future is dropped before it
    /// completes, the buffer is gone (empty) and the connection must close.
    pub async fn fill_untimed<R: AsyncReadRent>(
        &mut self,
        src: &mut R,
        want_room: usize,
    ) -> Result<usize, ReadError> {
        self.make_room(want_room.max(1));
        let len = self.buf.len();
        let slice: SliceMut<Vec<u8>> = std::mem::take(&mut self.buf).slice_mut(len..);
        let start = self.start;
        self.start = 0;
        let (result, slice) = src.read(slice).await;
        self.buf = slice.into_inner();
        self.start = start;
        match result {
            Ok(0) => Err(ReadError::Closed),
            Ok(n) => Ok(n),
            Err(e) => Err(ReadError::Io(e)),
        }
    }

    fn make_room(&mut self, want_room: usize) {
        if self.buf.capacity() - self.buf.len() >= want_room {
            return;
        }
        if self.start > 0 {
            self.buf.copy_within(self.start.., 0);
            self.buf.truncate(self.buf.len() - self.start);
            self.start = 0;
        }
        let free = self.buf.capacity() - self.buf.len();
        if free < want_room {
            self.buf.reserve(want_room);
        }
    }

    /// Takes the whole buffer out to hand `start..start + n` to an owned write;
    /// [`ReadBuf::restore`] puts it back.
    pub(crate) fn take_range(&mut self, n: usize) -> monoio::buf::Slice<Vec<u8>> {
        let start = self.start;
        let end = (start + n).min(self.buf.len());
        // Keep `start <= buf.len()` true while the buffer is away (it may
        // never come back if the write is abandoned).
        self.start = 0;
        std::mem::take(&mut self.buf).slice(start..end)
    }

    /// Puts back a buffer handed out by [`ReadBuf::take_range`].
    pub(crate) fn restore(&mut self, slice: monoio::buf::Slice<Vec<u8>>) {
        self.start = slice.begin();
        self.buf = slice.into_inner();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consume_past_the_end_empties_the_buffer() {
        let mut b = ReadBuf::with_capacity(8);
        b.buf.extend_from_slice(b"abc");
        b.consume(2);
        assert_eq!(b.data(), b"c");
        b.consume(10);
        assert!(b.is_empty());
        assert_eq!(b.start, 0);
    }

    /// Runs `f` on a fresh thread, so that no other test's spares interfere.
    fn on_own_thread(f: impl FnOnce() + Send + 'static) {
        std::thread::spawn(f).join().unwrap();
    }

    #[test]
    fn spare_buffers_are_reused_emptied_and_bounded() {
        on_own_thread(|| {
            let mut a = ReadBuf::spare();
            assert_eq!(a.capacity(), SPARE_BYTES);
            a.buf.extend_from_slice(b"response bytes");
            let addr = a.buf.as_ptr();
            drop(a);
            let b = ReadBuf::spare();
            assert_eq!(
                b.buf.as_ptr(),
                addr,
                "the dropped buffer is handed out again"
            );
            assert!(b.is_empty() && b.start == 0);
            drop(b);

            let many: Vec<ReadBuf> = (0..MAX_SPARES + 5).map(|_| ReadBuf::spare()).collect();
            drop(many);
            assert_eq!(SPARES.with(|s| s.borrow().len()), MAX_SPARES);
        });
    }

    #[test]
    fn spare_vecs_are_reused_emptied_and_bounded() {
        on_own_thread(|| {
            let mut a = SpareVec::with_capacity(100);
            a.extend_from_slice(b"GET / HTTP/1.1\r\n\r\n");
            let addr = a.as_ptr();
            drop(a);
            let b = SpareVec::with_capacity(50);
            assert_eq!(b.as_ptr(), addr, "the dropped buffer is handed out again");
            assert!(b.is_empty());
            drop(b);

            let many: Vec<SpareVec> = (0..MAX_SPARE_VECS + 3)
                .map(|_| SpareVec::with_capacity(10))
                .collect();
            drop(many);
            assert_eq!(SPARE_VECS.with(|s| s.borrow().len()), MAX_SPARE_VECS);
        });
    }

    #[test]
    fn oversized_and_emptied_spare_vecs_are_not_kept() {
        on_own_thread(|| {
            drop(SpareVec::with_capacity(MAX_SPARE_VEC_BYTES + 1));
            let mut lost = SpareVec::with_capacity(64);
            // What an abandoned write leaves behind.
            drop(std::mem::take(&mut *lost));
            drop(lost);
            assert_eq!(SPARE_VECS.with(|s| s.borrow().len()), 0);
        });
    }

    #[test]
    fn regrown_and_plain_buffers_are_not_kept() {
        on_own_thread(|| {
            let mut grown = ReadBuf::spare();
            grown.make_room(SPARE_BYTES + 1);
            assert!(grown.capacity() > SPARE_BYTES);
            drop(grown);
            drop(ReadBuf::with_capacity(SPARE_BYTES));
            assert_eq!(SPARES.with(|s| s.borrow().len()), 0);
        });
    }

    #[test]
    fn making_room_moves_unconsumed_bytes_to_the_front() {
        let mut b = ReadBuf::with_capacity(4);
        b.buf.extend_from_slice(b"abcd");
        b.consume(3);
        b.make_room(3);
        assert_eq!(b.data(), b"d");
        assert!(b.buf.capacity() - b.buf.len() >= 3);
    }

    #[test]
    fn reads_append_after_unconsumed_bytes() {
        let mut rt = monoio::RuntimeBuilder::<monoio::FusionDriver>::new()
            .enable_timer()
            .build()
            .unwrap();
        rt.block_on(async {
            let mut b = ReadBuf::with_capacity(2);
            let mut src: &[u8] = b"hello world";
            let deadline = Instant::now() + std::time::Duration::from_secs(1);
            let sleep = pin!(monoio::time::sleep_until(deadline));
            let timer = Deadline::new(sleep);
            b.fill(&mut src, 4, &timer, deadline).await.unwrap();
            b.consume(1);
            while b.len() < 10 {
                b.fill(&mut src, 4, &timer, deadline).await.unwrap();
            }
            assert_eq!(b.data(), b"ello world");
            assert!(matches!(
                b.fill(&mut src, 4, &timer, deadline).await,
                Err(ReadError::Closed)
            ));
        });
    }
}

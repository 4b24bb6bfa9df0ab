//! The generator's socket under s2n-tls: a whole TLS flight per write, reads in
//! 16 KiB gulps.
//!
//! s2n-tls hands its I/O callback one record at a time and flushes after each
//! handshake record; it asks for each incoming record's 5-byte header and then for
//! its body. Straight on a socket, that is one `send` per record, so a TLS 1.3 mTLS
//! client's second flight (ChangeCipherSpec, Certificate, CertificateVerify,
//! Finished) reached the server as four segments, and two `recv` per record the
//! server sent: 5 `sendto` and 14 `recvfrom` per handshake in the generator. OpenSSL
//! and BoringSSL clients buffer a flight and write it at once, and the servers
//! under test read whatever has arrived in one call. [`flights`] does the same for
//! the generator with tokio's own buffers: writes are held until the next read,
//! flush or shutdown (a peer answers only what it has been sent, so nothing waits
//! on a held write), and reads fill a buffer that the record reads are served
//! from.

use std::io;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, BufReader, BufWriter, ReadBuf};

/// Size of the read buffer: a TLS record with its header fits.
const RX_BYTES: usize = 16 * 1024 + 512;

/// Held writes beyond this go out first; a single write this large goes out
/// directly.
const TX_LIMIT: usize = 16 * 1024;

/// A byte stream whose writes are coalesced until the next read, flush or
/// shutdown, and whose reads are buffered.
pub type Flights<S> = BufReader<HeldWrites<S>>;

/// Wraps a client's socket: see the module documentation.
pub fn flights<S: AsyncRead + AsyncWrite + Unpin>(inner: S) -> Flights<S> {
    BufReader::with_capacity(
        RX_BYTES,
        HeldWrites(BufWriter::with_capacity(TX_LIMIT, inner)),
    )
}

/// A buffered writer that sends what it holds before every read.
pub struct HeldWrites<S>(BufWriter<S>);

impl<S: AsyncWrite> HeldWrites<S> {
    pub fn get_ref(&self) -> &S {
        self.0.get_ref()
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncRead for HeldWrites<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        // The peer answers only what it has been sent.
        ready!(Pin::new(&mut self.0).poll_flush(cx))?;
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncWrite for HeldWrites<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        src: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, src)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::*;

    /// A stream that records every write it gets, serves scripted reads, and
    /// can refuse to take more than `write_cap` bytes per write.
    #[derive(Default)]
    struct Script {
        writes: Vec<Vec<u8>>,
        reads: VecDeque<Vec<u8>>,
        read_calls: usize,
        write_cap: Option<usize>,
        flushed: usize,
        shut: bool,
    }

    impl AsyncRead for Script {
        fn poll_read(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
            buf: &mut ReadBuf<'_>,
        ) -> Poll<io::Result<()>> {
            self.read_calls += 1;
            if let Some(chunk) = self.reads.pop_front() {
                let n = chunk.len().min(buf.remaining());
                buf.put_slice(&chunk[..n]);
                if n < chunk.len() {
                    self.reads.push_front(chunk[n..].to_vec());
                }
            }
            Poll::Ready(Ok(()))
        }
    }

    impl AsyncWrite for Script {
        fn poll_write(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
            src: &[u8],
        ) -> Poll<io::Result<usize>> {
            let n = self.write_cap.map_or(src.len(), |c| c.min(src.len()));
            self.writes.push(src[..n].to_vec());
            Poll::Ready(Ok(n))
        }
        fn poll_flush(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
            self.flushed += 1;
            Poll::Ready(Ok(()))
        }
        fn poll_shutdown(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
            self.shut = true;
            Poll::Ready(Ok(()))
        }
    }

    use crate::block_on as run;

    #[test]
    fn a_flight_of_records_goes_out_in_one_write_before_the_next_read() {
        run(async {
            let mut s = flights(Script {
                reads: VecDeque::from([b"answer".to_vec()]),
                ..Script::default()
            });
            for record in [&b"ccs"[..], b"certificate", b"verify", b"finished"] {
                s.write_all(record).await.unwrap();
            }
            assert!(
                s.get_ref().get_ref().writes.is_empty(),
                "held until a read or flush"
            );
            let mut got = [0u8; 6];
            s.read_exact(&mut got).await.unwrap();
            assert_eq!(&got, b"answer");
            assert_eq!(
                s.get_ref().get_ref().writes,
                vec![b"ccscertificateverifyfinished".to_vec()]
            );
        });
    }

    #[test]
    fn record_sized_reads_are_served_from_one_read_of_the_stream() {
        run(async {
            let flight: Vec<u8> = (0..3000u32).map(|i| i as u8).collect();
            let mut s = flights(Script {
                reads: VecDeque::from([flight.clone()]),
                ..Script::default()
            });
            let mut got = Vec::new();
            for want in [5usize, 90, 5, 1200, 5, 1695] {
                let mut part = vec![0u8; want];
                s.read_exact(&mut part).await.unwrap();
                got.extend_from_slice(&part);
            }
            assert_eq!(got, flight);
            assert_eq!(s.get_ref().get_ref().read_calls, 1);
            // Then the end of the stream, passed on as a zero-byte read.
            let mut more = [0u8; 5];
            assert_eq!(s.read(&mut more).await.unwrap(), 0);
        });
    }

    #[test]
    fn flush_and_shutdown_send_what_is_held_and_a_partial_write_is_resumed() {
        run(async {
            let mut s = flights(Script {
                write_cap: Some(4),
                ..Script::default()
            });
            s.write_all(b"0123456789").await.unwrap();
            s.flush().await.unwrap();
            assert_eq!(s.get_ref().get_ref().writes.concat(), b"0123456789");
            assert_eq!(s.get_ref().get_ref().flushed, 1);
            s.write_all(b"close").await.unwrap();
            s.shutdown().await.unwrap();
            assert_eq!(s.get_ref().get_ref().writes.concat(), b"0123456789close");
            assert!(s.get_ref().get_ref().shut);
        });
    }

    #[test]
    fn large_writes_and_reads_bypass_the_buffers_in_order() {
        run(async {
            let big = vec![7u8; TX_LIMIT + 1];
            let mut s = flights(Script {
                reads: VecDeque::from([vec![1u8; RX_BYTES + 10]]),
                ..Script::default()
            });
            s.write_all(b"head").await.unwrap();
            s.write_all(&big).await.unwrap();
            // What was held went out first, then the large write by itself.
            assert_eq!(s.get_ref().get_ref().writes.len(), 2);
            assert_eq!(s.get_ref().get_ref().writes[0], b"head");
            assert_eq!(s.get_ref().get_ref().writes[1], big);
            let mut into = vec![0u8; RX_BYTES + 10];
            assert_eq!(s.read(&mut into).await.unwrap(), RX_BYTES + 10);
            assert_eq!(s.get_ref().get_ref().read_calls, 1);
        });
    }
}

//! An in-memory pair of s2n connections (server and client) wired back to back, for benchmarks and tests.
//!
//! The real bridge (`tls::bridge`) moves ciphertext between s2n and a socket;
//! this one moves it between two s2n connections through two heap buffers,
//! so a complete handshake runs on one thread with no kernel involved. That
//! isolates the TLS and validation cost of a handshake from TCP, and lets a
//! benchmark time the server's steps alone (see `benches/tls.rs`).
#![allow(unsafe_code)]

use std::ffi::c_void;
use std::task::Poll;

use s2n_tls::config::Config;
use s2n_tls::connection::Connection;
use s2n_tls::enums::{Blinding, Mode};
use s2n_tls::error::Error;

/// Handshake steps (server plus client polls) after which `handshake` gives
/// up. A TLS 1.3 mTLS handshake needs about four; anything far above that
/// means neither side can make progress.
const MAX_HANDSHAKE_STEPS: usize = 64;

/// Ciphertext travelling in one direction. Boxed by `MemPair` so that its
/// address is stable: s2n holds a raw pointer to it as a callback context.
#[derive(Default)]
struct Pipe {
    data: Vec<u8>,
    read_pos: usize,
}

impl Pipe {
    fn pending(&self) -> usize {
        self.data.len() - self.read_pos
    }
}

fn set_errno_would_block() {
    // SAFETY: `__errno_location` returns the calling thread's errno slot,
    // which is always valid to write.
    unsafe { *libc::__errno_location() = libc::EAGAIN };
}

/// s2n's receive callback: hands out what the peer wrote, or "would block".
unsafe extern "C" fn recv_cb(ctx: *mut c_void, buf: *mut u8, len: u32) -> libc::c_int {
    // SAFETY: `ctx` is one of the boxed `Pipe`s of the `MemPair` that owns
    // this connection; the boxes outlive both connections (field order), and
    // s2n only calls back from inside a poll made through `&mut MemPair`. A
    // connection's receive and send contexts are different pipes, and only
    // one connection is polled at a time, so this is the only live reference.
    let pipe = unsafe { &mut *(ctx as *mut Pipe) };
    let n = pipe.pending().min(len as usize);
    if n == 0 {
        set_errno_would_block();
        return -1;
    }
    // SAFETY: s2n guarantees `buf` is valid for `len` writable bytes and
    // `n <= len`; the source range lies inside `pipe.data`'s initialised part.
    unsafe { std::ptr::copy_nonoverlapping(pipe.data.as_ptr().add(pipe.read_pos), buf, n) };
    pipe.read_pos += n;
    if pipe.read_pos == pipe.data.len() {
        // Everything was consumed: reuse the allocation from the start.
        pipe.data.clear();
        pipe.read_pos = 0;
    }
    n as libc::c_int
}

/// s2n's send callback: appends to the pipe the peer reads from. Never blocks.
unsafe extern "C" fn send_cb(ctx: *mut c_void, buf: *const u8, len: u32) -> libc::c_int {
    // SAFETY: as in `recv_cb`, `ctx` is a live boxed `Pipe` referenced by no
    // one else while this callback runs.
    let pipe = unsafe { &mut *(ctx as *mut Pipe) };
    // SAFETY: s2n guarantees `buf` is valid for `len` readable bytes.
    let data = unsafe { std::slice::from_raw_parts(buf, len as usize) };
    pipe.data.extend_from_slice(data);
    len as libc::c_int
}

/// A server connection set up as the proxy sets up its own (`tls::bridge`):
/// `config`, self-service blinding. Callbacks are installed by [`MemPair`].
/// Never inlined, so that profilers can attribute server work to it.
#[inline(never)]
pub fn new_server(config: &Config) -> Result<Connection, Error> {
    let mut conn = Connection::new(Mode::Server);
    conn.set_config(config.clone())?;
    // Decision 3: never let s2n sleep the calling thread after an error.
    conn.set_blinding(Blinding::SelfService)?;
    Ok(conn)
}

/// A client connection for `config` that expects the server to be `server_name`.
pub fn new_client(config: &Config, server_name: &str) -> Result<Connection, Error> {
    let mut conn = Connection::new(Mode::Client);
    conn.set_config(config.clone())?;
    conn.set_blinding(Blinding::SelfService)?;
    conn.set_server_name(server_name)?;
    Ok(conn)
}

/// Why an in-memory handshake failed.
#[derive(Debug, thiserror::Error)]
pub enum MemHandshakeError {
    /// The server side reported an error (its alert went to the client).
    #[error("server: {0}")]
    Server(Error),
    /// The client side reported an error.
    #[error("client: {0}")]
    Client(Error),
    /// Both sides are waiting and nothing is in flight.
    #[error("handshake stalled after {steps} steps")]
    Stalled { steps: usize },
}

/// A server and a client s2n connection talking through memory.
pub struct MemPair {
    // Field order matters: both connections hold raw pointers into the pipes
    // and must be dropped first.
    server: Connection,
    client: Connection,
    to_server: Box<Pipe>,
    to_client: Box<Pipe>,
}

impl MemPair {
    /// A pair made of a fresh server connection on `server_config` and a
    /// fresh client connection on `client_config` expecting `server_name`.
    pub fn new(
        server_config: &Config,
        client_config: &Config,
        server_name: &str,
    ) -> Result<MemPair, Error> {
        let server = new_server(server_config)?;
        let client = new_client(client_config, server_name)?;
        MemPair::from_connections(server, client)
    }

    /// Wires two existing connections (one server, one client, neither yet
    /// negotiated) to each other through memory.
    pub fn from_connections(
        mut server: Connection,
        mut client: Connection,
    ) -> Result<MemPair, Error> {
        let mut to_server = Box::<Pipe>::default();
        let mut to_client = Box::<Pipe>::default();
        let to_server_ctx = &mut *to_server as *mut Pipe as *mut c_void;
        let to_client_ctx = &mut *to_client as *mut Pipe as *mut c_void;
        for (conn, rx, tx) in [
            (&mut server, to_server_ctx, to_client_ctx),
            (&mut client, to_client_ctx, to_server_ctx),
        ] {
            conn.set_receive_callback(Some(recv_cb))?;
            conn.set_send_callback(Some(send_cb))?;
            // SAFETY: both pipes are heap-allocated and moved into the same
            // `MemPair` as the connections, declared after them, so they
            // outlive every callback; moving the boxes does not move the pipes.
            unsafe {
                conn.set_receive_context(rx)?;
                conn.set_send_context(tx)?;
            }
        }
        Ok(MemPair {
            server,
            client,
            to_server,
            to_client,
        })
    }

    /// One server handshake step: consumes what the client sent, writes the
    /// answer. `Ready(Ok)` once the server considers the handshake complete.
    /// Never inlined, so that profilers can attribute server work to it.
    #[inline(never)]
    pub fn step_server(&mut self) -> Poll<Result<(), Error>> {
        self.server.poll_negotiate().map(|r| r.map(|_| ()))
    }

    /// One client handshake step (see [`MemPair::step_server`]).
    pub fn step_client(&mut self) -> Poll<Result<(), Error>> {
        self.client.poll_negotiate().map(|r| r.map(|_| ()))
    }

    /// Ciphertext bytes written by one side and not yet read by the other.
    pub fn in_flight_bytes(&self) -> usize {
        self.to_server.pending() + self.to_client.pending()
    }

    /// Drives both sides, client first, until both report the handshake
    /// complete. Fails on the first error of either side, or when neither
    /// side can make progress.
    pub fn handshake(&mut self) -> Result<(), MemHandshakeError> {
        let (mut server_done, mut client_done) = (false, false);
        for steps in 0..MAX_HANDSHAKE_STEPS {
            if !client_done {
                match self.step_client() {
                    Poll::Ready(Ok(())) => client_done = true,
                    Poll::Ready(Err(e)) => return Err(MemHandshakeError::Client(e)),
                    Poll::Pending => {}
                }
            }
            if !server_done {
                match self.step_server() {
                    Poll::Ready(Ok(())) => server_done = true,
                    Poll::Ready(Err(e)) => return Err(MemHandshakeError::Server(e)),
                    Poll::Pending => {}
                }
            }
            if server_done && client_done {
                return Ok(());
            }
            if self.in_flight_bytes() == 0 && steps > 0 {
                return Err(MemHandshakeError::Stalled { steps });
            }
        }
        Err(MemHandshakeError::Stalled {
            steps: MAX_HANDSHAKE_STEPS,
        })
    }

    /// Releases what an idle connection does not need, as `tls::bridge` does
    /// when a connection waits for its next request: both connections' I/O
    /// buffers and the capacity of the in-memory pipes.
    pub fn release_buffers(&mut self) -> Result<(), Error> {
        self.server.release_buffers()?;
        self.client.release_buffers()?;
        for pipe in [&mut self.to_server, &mut self.to_client] {
            if pipe.pending() == 0 {
                **pipe = Pipe::default();
            }
        }
        Ok(())
    }

    /// The server connection (client chain, protocol, cipher, curve).
    pub fn server(&self) -> &Connection {
        &self.server
    }

    /// The client connection.
    pub fn client(&self) -> &Connection {
        &self.client
    }

    /// The client's certificate chain as the server received it (3-byte
    /// length, DER, leaf first), as `TlsStream::client_chain` returns it.
    pub fn client_chain(&self) -> Option<&[u8]> {
        match self.server.client_cert_chain_bytes() {
            Ok(Some(c)) if !c.is_empty() => Some(c),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::Config as ProxyConfig;
    use crate::pki::{DemoPaths, DemoPki};
    use crate::tls::client::client_config;
    use crate::tls::config::build_listener_tls;

    /// Client policy: TLS 1.3, as the listener's default.
    const CLIENT_POLICY: &str = "default_tls13";

    /// The server config the proxy would build for a listener in `mode`.
    fn server_config(dir: &Path, paths: &DemoPaths, mode: &str) -> s2n_tls::config::Config {
        let text = format!(
            "[[listener]]\nname = \"mem\"\nbind = \"127.0.0.1:0\"\ncertificate = {:?}\n\
             private_key = {:?}\nmode = \"{mode}\"\ntrust_store = \"corp\"\ntarget_group = \"app\"\n\
             [trust_store.corp]\nca_bundle = {:?}\n[target_group.app]\ntargets = [\"127.0.0.1:9\"]\n",
            paths.server_chain.display().to_string(),
            paths.server_key.display().to_string(),
            paths.ca_bundle.display().to_string(),
        );
        let cfg = ProxyConfig::parse(&text, Path::new("mem.toml"), dir).unwrap();
        build_listener_tls(&cfg.listener[0], None, None)
            .unwrap()
            .config
    }

    fn valid_client(pki: &DemoPki) -> s2n_tls::config::Config {
        let c = &pki.clients[0];
        assert_eq!(c.label, "valid");
        let root = pki.root.cert_pem();
        client_config(
            root.as_bytes(),
            Some((c.chain_pem.as_bytes(), c.key_pem.as_bytes())),
            CLIENT_POLICY,
        )
        .unwrap()
    }

    fn fixture() -> (tempfile::TempDir, DemoPki, DemoPaths) {
        let dir = tempfile::tempdir().unwrap();
        let pki = DemoPki::generate();
        let paths = pki.write_to(dir.path()).unwrap();
        (dir, pki, paths)
    }

    /// Splits a TLS Certificate list (3-byte length, DER, ...) into DERs.
    fn split_chain(mut chain: &[u8]) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        while chain.len() >= 3 {
            let n = (chain[0] as usize) << 16 | (chain[1] as usize) << 8 | chain[2] as usize;
            out.push(chain[3..3 + n].to_vec());
            chain = &chain[3 + n..];
        }
        out
    }

    #[test]
    fn mtls_handshake_completes_in_memory_and_server_sees_the_client_chain() {
        let (dir, pki, paths) = fixture();
        let server = server_config(dir.path(), &paths, "verify");
        let mut pair = MemPair::new(&server, &valid_client(&pki), "localhost").unwrap();
        pair.handshake().unwrap();
        assert!(pair.server().handshake_complete());
        assert!(pair.client().handshake_complete());
        assert_eq!(pair.in_flight_bytes(), 0);
        pair.release_buffers().unwrap();
        assert_eq!(
            pair.server().actual_protocol_version().unwrap(),
            s2n_tls::enums::Version::TLS13
        );
        let chain = split_chain(pair.client_chain().expect("client chain"));
        assert_eq!(chain.len(), 2, "leaf and intermediate");
        assert_eq!(chain[1], pki.intermediate.cert_der());
        let sent = crate::trust::pem::parse(pki.clients[0].chain_pem.as_bytes()).unwrap();
        assert_eq!(chain[0], sent[0].der, "leaf first, as sent");
    }

    #[test]
    fn verify_mode_refuses_a_client_without_a_certificate() {
        let (dir, pki, paths) = fixture();
        let server = server_config(dir.path(), &paths, "verify");
        let root = pki.root.cert_pem();
        let anonymous = client_config(root.as_bytes(), None, CLIENT_POLICY).unwrap();
        let mut pair = MemPair::new(&server, &anonymous, "localhost").unwrap();
        let err = pair.handshake().unwrap_err();
        assert!(matches!(err, MemHandshakeError::Server(_)), "{err}");
    }

    #[test]
    fn passthrough_mode_admits_a_client_without_a_certificate() {
        let (dir, pki, paths) = fixture();
        let server = server_config(dir.path(), &paths, "passthrough");
        let root = pki.root.cert_pem();
        let anonymous = client_config(root.as_bytes(), None, CLIENT_POLICY).unwrap();
        let mut pair = MemPair::new(&server, &anonymous, "localhost").unwrap();
        pair.handshake().unwrap();
        assert!(pair.client_chain().is_none());
    }

    #[test]
    fn client_that_does_not_trust_the_server_fails_on_the_client_side() {
        let (dir, pki, paths) = fixture();
        let server = server_config(dir.path(), &paths, "verify");
        let other_root = pki.untrusted_root.cert_pem();
        let c = &pki.clients[0];
        let client = client_config(
            other_root.as_bytes(),
            Some((c.chain_pem.as_bytes(), c.key_pem.as_bytes())),
            CLIENT_POLICY,
        )
        .unwrap();
        let mut pair = MemPair::new(&server, &client, "localhost").unwrap();
        let err = pair.handshake().unwrap_err();
        assert!(matches!(err, MemHandshakeError::Client(_)), "{err}");
    }
}

//! The bare crypto floor of one server-side mTLS handshake, measured with aws-lc.
//!
//! A TLS 1.3 server with ECDSA P-256 certificates must at least: make an X25519 key
//! share and agree on the secret (key agreement), sign its CertificateVerify (one
//! P-256 signature), and verify the client's CertificateVerify and the client leaf's
//! signature by its issuer (two P-256 verifications). Everything else a server spends
//! is overhead on top of this floor.

use std::time::Instant;

use anyhow::{anyhow, Result};
use aws_lc_rs::agreement::{
    self, EphemeralPrivateKey, UnparsedPublicKey as AgreementPublicKey, X25519,
};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{
    EcdsaKeyPair, KeyPair, UnparsedPublicKey, ECDSA_P256_SHA256_ASN1,
    ECDSA_P256_SHA256_ASN1_SIGNING,
};
use serde::Serialize;

/// Iterations run (untimed) before measuring, to warm caches and the CPU clock.
const WARMUP_ITERATIONS: u64 = 200;

/// A TLS 1.3 CertificateVerify input is 64 spaces, a context string, a zero and a
/// transcript hash: about 130 bytes. The exact content does not change the cost.
const SIGNED_MESSAGE_BYTES: usize = 130;

/// Floor measurement, in microseconds per handshake-equivalent and per part.
#[derive(Clone, Debug, Serialize)]
pub struct Floor {
    /// Iterations timed.
    pub iterations: u64,
    /// X25519 key generation + agreement, µs.
    pub x25519_us: f64,
    /// One ECDSA P-256 signature, µs.
    pub p256_sign_us: f64,
    /// One ECDSA P-256 verification, µs.
    pub p256_verify_us: f64,
    /// x25519 + sign + 2 × verify, µs: the floor per full mTLS handshake.
    pub handshake_us: f64,
    /// Clock the figures come from: `thread-cpu` (this thread's on-CPU time, so other load
    /// on the core does not inflate them) or `wall` where the kernel does not expose it.
    pub clock: &'static str,
}

struct Material {
    rng: SystemRandom,
    peer_share: Vec<u8>,
    server_key: EcdsaKeyPair,
    client_pub: Vec<u8>,
    client_sig: Vec<u8>,
    issuer_pub: Vec<u8>,
    issuer_sig: Vec<u8>,
    message: Vec<u8>,
}

fn material() -> Result<Material> {
    let rng = SystemRandom::new();
    let err = |what: &str| anyhow!("aws-lc: {what}");
    let peer = EphemeralPrivateKey::generate(&X25519, &rng).map_err(|_| err("x25519 keygen"))?;
    let peer_share = peer
        .compute_public_key()
        .map_err(|_| err("x25519 public"))?
        .as_ref()
        .to_vec();
    let new_key = || -> Result<EcdsaKeyPair> {
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng)
            .map_err(|_| err("p256 keygen"))?;
        EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref())
            .map_err(|_| err("p256 parse"))
    };
    let (server_key, client_key, issuer_key) = (new_key()?, new_key()?, new_key()?);
    let message = vec![0x20; SIGNED_MESSAGE_BYTES];
    let sign = |k: &EcdsaKeyPair| {
        k.sign(&rng, &message)
            .map(|s| s.as_ref().to_vec())
            .map_err(|_| err("p256 sign"))
    };
    Ok(Material {
        client_sig: sign(&client_key)?,
        issuer_sig: sign(&issuer_key)?,
        client_pub: client_key.public_key().as_ref().to_vec(),
        issuer_pub: issuer_key.public_key().as_ref().to_vec(),
        rng,
        peer_share,
        server_key,
        message,
    })
}

fn x25519(m: &Material) -> Result<()> {
    let key =
        EphemeralPrivateKey::generate(&X25519, &m.rng).map_err(|_| anyhow!("x25519 keygen"))?;
    // The server sends its share, so computing it is part of the floor.
    let _share = key
        .compute_public_key()
        .map_err(|_| anyhow!("x25519 public"))?;
    let peer = AgreementPublicKey::new(&X25519, &m.peer_share);
    // Unit error value: building an anyhow error here would allocate on every iteration.
    agreement::agree_ephemeral(key, peer, (), |secret| Ok(secret.len()))
        .map_err(|()| anyhow!("x25519 agree"))?;
    Ok(())
}

fn sign(m: &Material) -> Result<()> {
    m.server_key
        .sign(&m.rng, &m.message)
        .map_err(|_| anyhow!("p256 sign"))?;
    Ok(())
}

fn verify(public: &[u8], sig: &[u8], m: &Material) -> Result<()> {
    UnparsedPublicKey::new(&ECDSA_P256_SHA256_ASN1, public)
        .verify(&m.message, sig)
        .map_err(|_| anyhow!("p256 verify"))
}

/// This thread's on-CPU time in ns from /proc/thread-self/schedstat (first field). The
/// kernel refreshes it at ticks and context switches, so it can lag by one tick (≤ 4 ms),
/// negligible over the ~1 s timed here by default.
fn thread_cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// Mean µs per call of `op`, and whether it was measured on the thread's CPU clock.
fn time_us(iterations: u64, mut op: impl FnMut() -> Result<()>) -> Result<(f64, bool)> {
    for _ in 0..WARMUP_ITERATIONS.min(iterations) {
        op()?;
    }
    let cpu_before = thread_cpu_ns();
    let t = Instant::now();
    for _ in 0..iterations {
        op()?;
    }
    let wall_ns = t.elapsed().as_nanos() as f64;
    let (ns, on_cpu) = match (cpu_before, thread_cpu_ns()) {
        (Some(a), Some(b)) if b > a => ((b - a) as f64, true),
        _ => (wall_ns, false),
    };
    Ok((ns / 1e3 / iterations as f64, on_cpu))
}

/// Measures the floor with `iterations` iterations per part (single-threaded).
pub fn measure(iterations: u64) -> Result<Floor> {
    let iterations = iterations.max(1);
    let m = material()?;
    let (x25519_us, c1) = time_us(iterations, || x25519(&m))?;
    let (p256_sign_us, c2) = time_us(iterations, || sign(&m))?;
    let (two_verifies_us, c3) = time_us(iterations, || {
        verify(&m.client_pub, &m.client_sig, &m)?;
        verify(&m.issuer_pub, &m.issuer_sig, &m)
    })?;
    let (handshake_us, c4) = time_us(iterations, || {
        x25519(&m)?;
        sign(&m)?;
        verify(&m.client_pub, &m.client_sig, &m)?;
        verify(&m.issuer_pub, &m.issuer_sig, &m)
    })?;
    Ok(Floor {
        iterations,
        x25519_us,
        p256_sign_us,
        p256_verify_us: two_verifies_us / 2.0,
        handshake_us,
        clock: if c1 && c2 && c3 && c4 {
            "thread-cpu"
        } else {
            "wall"
        },
    })
}

impl Floor {
    /// Human-readable summary.
    pub fn render(&self) -> String {
        format!(
            "crypto floor per full mTLS handshake (aws-lc, 1 thread, {} iterations, {} clock)\n  X25519 keygen+agree {:>8.1} µs\n  P-256 sign          {:>8.1} µs\n  P-256 verify        {:>8.1} µs (x2)\n  handshake floor     {:>8.1} µs\n",
            self.iterations, self.clock, self.x25519_us, self.p256_sign_us, self.p256_verify_us, self.handshake_us
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_reports_every_part_with_a_named_clock() {
        // Timing ratios are not asserted: the CPU clock ticks coarsely over so few
        // iterations and the test machine is shared. Performance lives in `loadtest floor`.
        let f = measure(20).unwrap();
        for v in [
            f.x25519_us,
            f.p256_sign_us,
            f.p256_verify_us,
            f.handshake_us,
        ] {
            assert!(v.is_finite() && v >= 0.0, "{f:?}");
        }
        assert!(f.clock == "thread-cpu" || f.clock == "wall");
        assert!(f.render().contains("handshake floor"));
    }

    #[test]
    fn cpu_clock_of_this_thread_advances_with_work() {
        let Some(before) = thread_cpu_ns() else {
            return;
        };
        let m = material().unwrap();
        let t = Instant::now();
        while t.elapsed() < std::time::Duration::from_millis(30) {
            sign(&m).unwrap();
        }
        assert!(thread_cpu_ns().unwrap() > before);
    }

    #[test]
    fn a_wrong_signature_fails_verification() {
        let m = material().unwrap();
        assert!(verify(&m.client_pub, &m.issuer_sig, &m).is_err());
    }
}

//! TLS handshake cost: a full TLS 1.3 mTLS handshake through portcullis's server path, beside the bare crypto floor.
//!
//! Both sides of the handshake run on this thread through `tls::bridge_mem`,
//! so the server's share is measured by timing only the server's own work
//! (connection setup, its `poll_negotiate` steps, chain validation): see the
//! "TLS" section of `benches/README.md` for the method and the results.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};

use aws_lc_rs::agreement::{self, EphemeralPrivateKey, UnparsedPublicKey, X25519};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{
    EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_ASN1, ECDSA_P256_SHA256_ASN1_SIGNING,
};
use criterion::Criterion;
use portcullis::config::Config as ProxyConfig;
use portcullis::pki::DemoPki;
use portcullis::tls::bridge_mem::{self, MemPair};
use portcullis::tls::build_listener_tls;
use portcullis::tls::client::client_config;
use portcullis::trust::{leafcache, sigmemo, Snapshot, TrustStore, ValidationOptions, Verdict};

/// Client policy: TLS 1.3 with X25519 as its first (and only) key share,
/// as curl, browsers and OpenSSL send. (`default_tls13` would offer a P-256
/// share first, and s2n takes it rather than asking for X25519 again.)
const CLIENT_POLICY: &str = "CloudFront-TLS-1-3-2025-no-pq";
/// Rounds of the interleaved server-versus-floor comparison printed at the
/// end; each round times `RATIO_BATCH` of each, so the whole comparison
/// stays around a second.
const RATIO_ROUNDS: usize = 25;
const RATIO_BATCH: usize = 20;
/// When set to a count, the binary skips criterion and just runs that many
/// handshakes and floors, for a profiler (see `benches/README.md`).
const PROFILE_ENV: &str = "TLS_BENCH_PROFILE_HANDSHAKES";
/// With `1`, profiled handshakes find the leaf's signature check in the
/// shard's memo (a returning client); otherwise every one verifies it.
const PROFILE_MEMO_ENV: &str = "TLS_BENCH_PROFILE_MEMO";
/// Size of a TLS 1.3 CertificateVerify input (64 spaces, a 33-byte context
/// string, a zero byte, a SHA-256 transcript hash): what is signed and verified.
const CERT_VERIFY_INPUT_BYTES: usize = 64 + 33 + 1 + 32;
/// Typical size of a client leaf's to-be-signed part (what the issuing
/// intermediate's signature covers).
const LEAF_TBS_BYTES: usize = 400;

/// A listener in verify mode with the demo PKI's trust store (CRLs loaded)
/// and a valid client under the intermediate.
struct Fixture {
    _dir: tempfile::TempDir,
    server: s2n_tls::config::Config,
    client: s2n_tls::config::Config,
    trust: Arc<Snapshot>,
    ignore_expiry: bool,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let pki = DemoPki::generate();
    let paths = pki.write_to(dir.path()).unwrap();
    let crls: Vec<String> = paths
        .crls
        .iter()
        .map(|p| format!("{:?}", p.display().to_string()))
        .collect();
    let text = format!(
        "[[listener]]\nname = \"bench\"\nbind = \"127.0.0.1:0\"\ncertificate = {:?}\n\
         private_key = {:?}\nmode = \"verify\"\ntrust_store = \"corp\"\ntarget_group = \"app\"\n\
         [trust_store.corp]\nca_bundle = {:?}\ncrls = [{}]\n\
         [target_group.app]\ntargets = [\"127.0.0.1:9\"]\n",
        paths.server_chain.display().to_string(),
        paths.server_key.display().to_string(),
        paths.ca_bundle.display().to_string(),
        crls.join(", "),
    );
    let cfg = ProxyConfig::parse(&text, Path::new("bench.toml"), dir.path()).unwrap();
    let store = TrustStore::load("corp", &cfg.trust_store["corp"]).unwrap();
    let listener = &cfg.listener[0];
    let tls = build_listener_tls(listener, Some(store.current()), None).unwrap();
    let valid = &pki.clients[0];
    assert_eq!(valid.label, "valid");
    let root = pki.root.cert_pem();
    let client = client_config(
        root.as_bytes(),
        Some((valid.chain_pem.as_bytes(), valid.key_pem.as_bytes())),
        CLIENT_POLICY,
    )
    .unwrap();
    Fixture {
        _dir: dir,
        server: tls.config,
        client,
        trust: tls.trust.expect("verify mode has a trust snapshot"),
        ignore_expiry: listener.ignore_client_certificate_expiry,
    }
}

/// What `shard::conn::verify` does right after the handshake (out of line
/// so that a profiler can attribute it).
#[inline(never)]
fn validate(pair: &MemPair, trust: &Snapshot, ignore_expiry: bool) -> Verdict {
    let chain = pair.client_chain().expect("client sent its chain");
    let opts = ValidationOptions {
        ignore_leaf_expiry: ignore_expiry,
        ..ValidationOptions::client_now()
    };
    trust.validate_tls_chain(chain, &opts)
}

/// One full handshake; returns the time spent in server work only:
/// creating the server connection, every server step, validating the chain,
/// and freeing the pair (which includes the client's free: an overestimate
/// of a few microseconds, kept to stay on the safe side).
fn server_handshake(fx: &Fixture) -> Duration {
    let t = Instant::now();
    let server = bridge_mem::new_server(&fx.server).unwrap();
    let mut server_time = t.elapsed();
    let client = bridge_mem::new_client(&fx.client, "localhost").unwrap();
    let mut pair = MemPair::from_connections(server, client).unwrap();
    let (mut server_done, mut client_done) = (false, false);
    while !(server_done && client_done) {
        if !client_done {
            client_done = ready(pair.step_client(), "client");
        }
        if !server_done {
            let t = Instant::now();
            let step = pair.step_server();
            server_time += t.elapsed();
            server_done = ready(step, "server");
        }
    }
    let t = Instant::now();
    let verdict = validate(&pair, &fx.trust, fx.ignore_expiry);
    assert!(verdict.is_success(), "{}", verdict.detail);
    free_pair(pair);
    server_time + t.elapsed()
}

/// Frees both connections (out of line so that a profiler can attribute it).
#[inline(never)]
fn free_pair(pair: MemPair) {
    drop(black_box(pair));
}

fn ready(step: Poll<Result<(), s2n_tls::error::Error>>, side: &str) -> bool {
    match step {
        Poll::Ready(Ok(())) => true,
        Poll::Ready(Err(e)) => panic!("{side} handshake failed: {e}"),
        Poll::Pending => false,
    }
}

/// Checks the handshake is the one the target is about: TLS 1.3, X25519,
/// no HelloRetryRequest, ECDSA on both sides, client chain validated.
fn check_negotiated(fx: &Fixture) {
    let mut pair = MemPair::new(&fx.server, &fx.client, "localhost").unwrap();
    pair.handshake().unwrap();
    let s = pair.server();
    assert_eq!(
        s.actual_protocol_version().unwrap(),
        s2n_tls::enums::Version::TLS13
    );
    assert_eq!(s.selected_key_exchange_group(), Some("x25519"));
    let kind = s.handshake_type().unwrap().to_string();
    assert!(kind.contains("CLIENT_AUTH"), "{kind}");
    assert!(!kind.contains("HELLO_RETRY"), "{kind}");
    assert_eq!(
        s.selected_signature_algorithm().unwrap(),
        s2n_tls::enums::SignatureAlgorithm::ECDSA
    );
    assert_eq!(
        s.selected_client_signature_algorithm().unwrap(),
        Some(s2n_tls::enums::SignatureAlgorithm::ECDSA)
    );
    assert!(validate(&pair, &fx.trust, fx.ignore_expiry).is_success());
}

/// The asymmetric crypto a server does in such a handshake, done directly
/// with aws-lc-rs: an ephemeral X25519 key pair and one agreement, one
/// ECDSA P-256 signature (CertificateVerify), two P-256 verifications (the
/// client's CertificateVerify and the leaf's signature by the intermediate).
struct Floor {
    rng: SystemRandom,
    peer_public: Vec<u8>,
    signer: EcdsaKeyPair,
    client_public: Vec<u8>,
    cert_verify_input: Vec<u8>,
    cert_verify_sig: Vec<u8>,
    tbs: Vec<u8>,
    tbs_sig: Vec<u8>,
}

impl Floor {
    fn new() -> Floor {
        let rng = SystemRandom::new();
        let peer = EphemeralPrivateKey::generate(&X25519, &rng).unwrap();
        let key = |rng: &SystemRandom| {
            let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, rng).unwrap();
            EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref()).unwrap()
        };
        let client = key(&rng);
        let cert_verify_input = vec![0x20; CERT_VERIFY_INPUT_BYTES];
        let tbs = vec![0x30; LEAF_TBS_BYTES];
        Floor {
            peer_public: peer.compute_public_key().unwrap().as_ref().to_vec(),
            signer: key(&rng),
            client_public: client.public_key().as_ref().to_vec(),
            cert_verify_sig: client
                .sign(&rng, &cert_verify_input)
                .unwrap()
                .as_ref()
                .to_vec(),
            tbs_sig: client.sign(&rng, &tbs).unwrap().as_ref().to_vec(),
            cert_verify_input,
            tbs,
            rng,
        }
    }

    fn x25519(&self) {
        let mine = EphemeralPrivateKey::generate(&X25519, &self.rng).unwrap();
        black_box(mine.compute_public_key().unwrap());
        let peer = UnparsedPublicKey::new(&X25519, &self.peer_public);
        agreement::agree_ephemeral(mine, peer, (), |k| {
            black_box(k);
            Ok(())
        })
        .unwrap();
    }

    fn sign(&self) {
        black_box(
            self.signer
                .sign(&self.rng, &self.cert_verify_input)
                .unwrap(),
        );
    }

    fn verify(&self, msg: &[u8], sig: &[u8]) {
        let key = aws_lc_rs::signature::UnparsedPublicKey::new(
            &ECDSA_P256_SHA256_ASN1,
            &self.client_public,
        );
        key.verify(msg, sig).unwrap();
    }

    fn handshake(&self) {
        self.x25519();
        self.sign();
        self.verify(&self.cert_verify_input, &self.cert_verify_sig);
        self.verify(&self.tbs, &self.tbs_sig);
    }
}

/// Turns this thread's signature memo and leaf cache on (default sizes, as a
/// shard has them) or off (every client new to it).
fn returning_client_caches(on: bool) {
    sigmemo::set_capacity(if on { sigmemo::DEFAULT_ENTRIES } else { 0 });
    leafcache::set_capacity(if on { leafcache::DEFAULT_ENTRIES } else { 0 });
}

fn bench_handshake(c: &mut Criterion, fx: &Fixture) {
    let mut g = c.benchmark_group("tls/handshake_in_memory");
    // A client the shard has not seen: the leaf's signature is verified.
    returning_client_caches(false);
    g.bench_function("server", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| server_handshake(fx)).sum())
    });
    // A returning client: the leaf is parsed and its signature check done in
    // the shard's caches.
    returning_client_caches(true);
    g.bench_function("server_returning_client", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| server_handshake(fx)).sum())
    });
    returning_client_caches(false);
    g.bench_function("server_and_client", |b| {
        b.iter(|| {
            let mut pair = MemPair::new(&fx.server, &fx.client, "localhost").unwrap();
            pair.handshake().unwrap();
            assert!(validate(&pair, &fx.trust, fx.ignore_expiry).is_success());
        })
    });
    g.finish();
}

fn bench_floor(c: &mut Criterion, floor: &Floor) {
    let mut g = c.benchmark_group("tls/crypto_floor");
    g.bench_function("server", |b| b.iter(|| floor.handshake()));
    g.bench_function("x25519_keygen_and_agree", |b| b.iter(|| floor.x25519()));
    g.bench_function("p256_sign", |b| b.iter(|| floor.sign()));
    g.bench_function("p256_verify", |b| {
        b.iter(|| floor.verify(&floor.cert_verify_input, &floor.cert_verify_sig))
    });
    g.finish();
}

/// Median of per-round figures.
fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Smallest per-round figure: the round least disturbed by other processes.
fn best(v: &[f64]) -> f64 {
    v.iter().copied().fold(f64::INFINITY, f64::min)
}

/// Prints server time per handshake against the floor. Each round times
/// `RATIO_BATCH` handshakes (server side only) and then `RATIO_BATCH`
/// floors, so that both see the same machine load; the ratio is given for
/// the median round and for the least disturbed round of each.
fn report_ratio(fx: &Fixture, floor: &Floor) {
    let (mut server, mut returning, mut crypto) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RATIO_ROUNDS {
        returning_client_caches(false);
        let s: Duration = (0..RATIO_BATCH).map(|_| server_handshake(fx)).sum();
        returning_client_caches(true);
        let r: Duration = (0..RATIO_BATCH).map(|_| server_handshake(fx)).sum();
        let t = Instant::now();
        (0..RATIO_BATCH).for_each(|_| floor.handshake());
        let f = t.elapsed();
        server.push(s.as_secs_f64() * 1e6 / RATIO_BATCH as f64);
        returning.push(r.as_secs_f64() * 1e6 / RATIO_BATCH as f64);
        crypto.push(f.as_secs_f64() * 1e6 / RATIO_BATCH as f64);
    }
    returning_client_caches(false);
    let (sb, rb, fb) = (best(&server), best(&returning), best(&crypto));
    let (sm, rm, fm) = (median(server), median(returning), median(crypto));
    println!(
        "tls/ratio median: server {sm:.1} us per handshake, crypto floor {fm:.1} us, ratio {:.2}x (target <= 1.30x)",
        sm / fm
    );
    println!(
        "tls/ratio best:   server {sb:.1} us per handshake, crypto floor {fb:.1} us, ratio {:.2}x",
        sb / fb
    );
    println!(
        "tls/ratio returning client (signature memo and leaf cache hits): median server {rm:.1} us, ratio {:.2}x; best {rb:.1} us, ratio {:.2}x",
        rm / fm,
        rb / fb
    );
}

/// Profiling mode: a fixed number of handshakes, then as many floors, with
/// no timing machinery around them (run under callgrind or perf).
fn profile(fx: &Fixture, floor: &Floor, count: usize) {
    let memo = std::env::var(PROFILE_MEMO_ENV).is_ok_and(|v| v == "1");
    returning_client_caches(memo);
    for _ in 0..count {
        server_handshake(fx);
    }
    for _ in 0..count {
        profiled_floor(floor);
    }
}

/// The floor, out of line so that a profiler can collect its cost alone.
#[inline(never)]
fn profiled_floor(floor: &Floor) {
    floor.handshake();
}

fn main() {
    let fx = fixture();
    check_negotiated(&fx);
    let floor = Floor::new();
    floor.handshake();
    if let Some(n) = std::env::var(PROFILE_ENV).ok().and_then(|v| v.parse().ok()) {
        profile(&fx, &floor, n);
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    bench_handshake(&mut c, &fx);
    bench_floor(&mut c, &floor);
    c.final_summary();
    // Only when actually benchmarking (`cargo bench`), not under `cargo test --benches`.
    if std::env::args().any(|a| a == "--bench") {
        report_ratio(&fx, &floor);
    }
}

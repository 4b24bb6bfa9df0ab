//! Bounded, deterministic mutation run over the fuzz entry points (no panics allowed).
//!
//! The real fuzzing runs under cargo-fuzz (see fuzz/README.md); this keeps the
//! entry points exercised by the ordinary test command.

use portcullis::pki::DemoPki;
use portcullis::trust::fuzz;

/// Mutated inputs per entry point: enough to reach the parsers' error paths,
/// small enough to keep the debug test run under a few seconds.
const MUTATIONS_PER_TARGET: usize = 1_000;

/// xorshift64: a fixed-seed generator so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut data = seed.to_vec();
    for _ in 0..1 + rng.below(8) {
        match rng.below(4) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 if !data.is_empty() => {
                let i = rng.below(data.len());
                data.truncate(i);
            }
            2 => {
                let i = rng.below(data.len() + 1);
                data.insert(i, rng.next() as u8);
            }
            _ if data.len() > 2 => {
                let i = rng.below(data.len() - 1);
                data[i] = [0x00, 0x80, 0xff, 0x30, 0x82][rng.below(5)];
            }
            _ => {}
        }
    }
    data
}

#[test]
fn mutated_tls_chains_never_panic_the_validator() {
    let pki = DemoPki::generate();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let seeds: Vec<Vec<u8>> = pki
        .clients
        .iter()
        .map(|c| {
            let blocks = portcullis::trust::pem::parse(c.chain_pem.as_bytes()).unwrap();
            fuzz::frame(&blocks.into_iter().map(|b| b.der).collect::<Vec<_>>())
        })
        .collect();
    for i in 0..MUTATIONS_PER_TARGET {
        let input = mutate(&mut rng, &seeds[i % seeds.len()]);
        fuzz::tls_chain(&input);
    }
}

#[test]
fn random_edits_of_signed_leaves_never_panic_the_validator() {
    let mut rng = Rng(0x5eed_1234_abcd_0003);
    for _ in 0..MUTATIONS_PER_TARGET {
        let len = 1 + 4 * rng.below(6);
        let script: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        fuzz::signed_leaf(&script);
    }
}

#[test]
fn mutated_bundles_and_crls_never_panic_the_loader() {
    let pki = DemoPki::generate();
    let seed = format!("{}\n--8<--\n{}", pki.ca_bundle_pem, pki.crl_pems[1]).into_bytes();
    let der_seed = pki.intermediate.crl_der(
        &[1, 2, 3],
        time::OffsetDateTime::now_utc(),
        time::OffsetDateTime::now_utc() + time::Duration::days(1),
    );
    let mut rng = Rng(0x5eed_1234_abcd_0002);
    for i in 0..MUTATIONS_PER_TARGET {
        let base = if i % 2 == 0 {
            seed.clone()
        } else {
            let mut v = pki.ca_bundle_pem.clone().into_bytes();
            v.extend_from_slice(b"\n--8<--\n");
            v.extend_from_slice(&der_seed);
            v
        };
        fuzz::loader(&mutate(&mut rng, &base));
    }
}

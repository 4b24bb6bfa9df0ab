//! Signature algorithm identification and verification with aws-lc-rs.
//!
//! Accepted: ECDSA P-256/P-384/P-521 with SHA-256/384/512, RSA PKCS#1 v1.5
//! and RSA-PSS (2048–8192 bits, SHA-256/384/512, MGF1 with the same hash and
//! salt length equal to the hash length), Ed25519. Everything else is
//! "unsupported", which the validator reports as `ClientCertTypeUnsupported`.

use aws_lc_rs::signature::{self, ParsedPublicKey, UnparsedPublicKey, VerificationAlgorithm};
use x509_parser::der_parser::oid;
use x509_parser::signature_algorithm::SignatureAlgorithm;
use x509_parser::x509::{AlgorithmIdentifier, SubjectPublicKeyInfo};

/// Smallest RSA modulus accepted, in bits (NIST SP 800-131A: 2048).
pub const MIN_RSA_MODULUS_BITS: usize = 2048;
/// Largest RSA modulus accepted, in bits (aws-lc-rs' 2048_8192 verifiers).
pub const MAX_RSA_MODULUS_BITS: usize = 8192;

/// Hash function of a signature algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Hash {
    /// SHA-256.
    Sha256,
    /// SHA-384.
    Sha384,
    /// SHA-512.
    Sha512,
}

/// A supported signature algorithm (as named in AlgorithmIdentifier).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SigAlg {
    /// ecdsa-with-SHA*.
    Ecdsa(Hash),
    /// sha*WithRSAEncryption.
    RsaPkcs1(Hash),
    /// RSASSA-PSS with MGF1(same hash) and salt = hash length.
    RsaPss(Hash),
    /// Ed25519.
    Ed25519,
}

/// A supported subject public key type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyKind {
    /// EC on secp256r1.
    P256,
    /// EC on secp384r1.
    P384,
    /// EC on secp521r1.
    P521,
    /// RSA (size checked against the limits).
    Rsa,
    /// Ed25519.
    Ed25519,
}

fn hash_of(oid: &x509_parser::der_parser::Oid<'_>) -> Option<Hash> {
    if *oid == oid!(2.16.840 .1 .101 .3 .4 .2 .1) {
        Some(Hash::Sha256)
    } else if *oid == oid!(2.16.840 .1 .101 .3 .4 .2 .2) {
        Some(Hash::Sha384)
    } else if *oid == oid!(2.16.840 .1 .101 .3 .4 .2 .3) {
        Some(Hash::Sha512)
    } else {
        None
    }
}

fn hash_len(h: Hash) -> u32 {
    match h {
        Hash::Sha256 => 32,
        Hash::Sha384 => 48,
        Hash::Sha512 => 64,
    }
}

impl SigAlg {
    /// Maps an AlgorithmIdentifier to a supported algorithm, `None` if unsupported.
    pub fn from_identifier(id: &AlgorithmIdentifier<'_>) -> Option<SigAlg> {
        let a = &id.algorithm;
        let alg = if *a == oid!(1.2.840 .10045 .4 .3 .2) {
            SigAlg::Ecdsa(Hash::Sha256)
        } else if *a == oid!(1.2.840 .10045 .4 .3 .3) {
            SigAlg::Ecdsa(Hash::Sha384)
        } else if *a == oid!(1.2.840 .10045 .4 .3 .4) {
            SigAlg::Ecdsa(Hash::Sha512)
        } else if *a == oid!(1.2.840 .113549 .1 .1 .11) {
            SigAlg::RsaPkcs1(Hash::Sha256)
        } else if *a == oid!(1.2.840 .113549 .1 .1 .12) {
            SigAlg::RsaPkcs1(Hash::Sha384)
        } else if *a == oid!(1.2.840 .113549 .1 .1 .13) {
            SigAlg::RsaPkcs1(Hash::Sha512)
        } else if *a == oid!(1.3.101 .112) {
            SigAlg::Ed25519
        } else if *a == oid!(1.2.840 .113549 .1 .1 .10) {
            return pss_from_identifier(id);
        } else {
            return None;
        };
        Some(alg)
    }
}

fn pss_from_identifier(id: &AlgorithmIdentifier<'_>) -> Option<SigAlg> {
    let Ok(SignatureAlgorithm::RSASSA_PSS(params)) = SignatureAlgorithm::try_from(id) else {
        return None;
    };
    let hash = hash_of(params.hash_algorithm_oid())?;
    let mgf = params.mask_gen_algorithm().ok()?;
    if mgf.mgf != oid!(1.2.840 .113549 .1 .1 .8) || hash_of(&mgf.hash) != Some(hash) {
        return None;
    }
    if params.salt_length() != hash_len(hash) || params.trailer_field() != 1 {
        return None;
    }
    Some(SigAlg::RsaPss(hash))
}

impl KeyKind {
    /// Classifies a SubjectPublicKeyInfo; `None` if the type or size is unsupported.
    pub fn from_spki(spki: &SubjectPublicKeyInfo<'_>) -> Option<KeyKind> {
        let a = &spki.algorithm.algorithm;
        if *a == oid!(1.2.840 .10045 .2 .1) {
            let curve = spki.algorithm.parameters.as_ref()?.as_oid().ok()?;
            if curve == oid!(1.2.840 .10045 .3 .1 .7) {
                Some(KeyKind::P256)
            } else if curve == oid!(1.3.132 .0 .34) {
                Some(KeyKind::P384)
            } else if curve == oid!(1.3.132 .0 .35) {
                Some(KeyKind::P521)
            } else {
                None
            }
        } else if *a == oid!(1.2.840 .113549 .1 .1 .1) {
            let Ok(x509_parser::public_key::PublicKey::RSA(rsa)) = spki.parsed() else {
                return None;
            };
            let bits = modulus_bits(rsa.modulus);
            // A modulus that is not a whole number of bytes is a sign of a
            // broken key generator (rustls-webpki refuses it too).
            let ok = (MIN_RSA_MODULUS_BITS..=MAX_RSA_MODULUS_BITS).contains(&bits)
                && bits.is_multiple_of(8);
            ok.then_some(KeyKind::Rsa)
        } else if *a == oid!(1.3.101 .112) {
            Some(KeyKind::Ed25519)
        } else {
            None
        }
    }
}

/// Exact bit length of a big-endian unsigned integer (leading zeros ignored).
fn modulus_bits(modulus: &[u8]) -> usize {
    let start = modulus
        .iter()
        .position(|&b| b != 0)
        .unwrap_or(modulus.len());
    let m = &modulus[start..];
    match m.first() {
        Some(&first) => m.len() * 8 - first.leading_zeros() as usize,
        None => 0,
    }
}

/// The aws-lc-rs verifier for a key type and signature algorithm, `None` if they do not fit.
pub fn verifier(key: KeyKind, alg: SigAlg) -> Option<&'static dyn VerificationAlgorithm> {
    use Hash::*;
    let v: &'static dyn VerificationAlgorithm = match (key, alg) {
        (KeyKind::P256, SigAlg::Ecdsa(Sha256)) => &signature::ECDSA_P256_SHA256_ASN1,
        (KeyKind::P256, SigAlg::Ecdsa(Sha384)) => &signature::ECDSA_P256_SHA384_ASN1,
        (KeyKind::P256, SigAlg::Ecdsa(Sha512)) => &signature::ECDSA_P256_SHA512_ASN1,
        (KeyKind::P384, SigAlg::Ecdsa(Sha256)) => &signature::ECDSA_P384_SHA256_ASN1,
        (KeyKind::P384, SigAlg::Ecdsa(Sha384)) => &signature::ECDSA_P384_SHA384_ASN1,
        (KeyKind::P384, SigAlg::Ecdsa(Sha512)) => &signature::ECDSA_P384_SHA512_ASN1,
        (KeyKind::P521, SigAlg::Ecdsa(Sha256)) => &signature::ECDSA_P521_SHA256_ASN1,
        (KeyKind::P521, SigAlg::Ecdsa(Sha384)) => &signature::ECDSA_P521_SHA384_ASN1,
        (KeyKind::P521, SigAlg::Ecdsa(Sha512)) => &signature::ECDSA_P521_SHA512_ASN1,
        (KeyKind::Rsa, SigAlg::RsaPkcs1(Sha256)) => &signature::RSA_PKCS1_2048_8192_SHA256,
        (KeyKind::Rsa, SigAlg::RsaPkcs1(Sha384)) => &signature::RSA_PKCS1_2048_8192_SHA384,
        (KeyKind::Rsa, SigAlg::RsaPkcs1(Sha512)) => &signature::RSA_PKCS1_2048_8192_SHA512,
        (KeyKind::Rsa, SigAlg::RsaPss(Sha256)) => &signature::RSA_PSS_2048_8192_SHA256,
        (KeyKind::Rsa, SigAlg::RsaPss(Sha384)) => &signature::RSA_PSS_2048_8192_SHA384,
        (KeyKind::Rsa, SigAlg::RsaPss(Sha512)) => &signature::RSA_PSS_2048_8192_SHA512,
        (KeyKind::Ed25519, SigAlg::Ed25519) => &signature::ED25519,
        _ => return None,
    };
    Some(v)
}

/// Every signature algorithm a key of `kind` can verify.
fn algs_for(kind: KeyKind) -> &'static [SigAlg] {
    use Hash::*;
    match kind {
        KeyKind::P256 | KeyKind::P384 | KeyKind::P521 => &[
            SigAlg::Ecdsa(Sha256),
            SigAlg::Ecdsa(Sha384),
            SigAlg::Ecdsa(Sha512),
        ],
        KeyKind::Rsa => &[
            SigAlg::RsaPkcs1(Sha256),
            SigAlg::RsaPkcs1(Sha384),
            SigAlg::RsaPkcs1(Sha512),
            SigAlg::RsaPss(Sha256),
            SigAlg::RsaPss(Sha384),
            SigAlg::RsaPss(Sha512),
        ],
        KeyKind::Ed25519 => &[SigAlg::Ed25519],
    }
}

/// Outcome of one signature check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SigCheck {
    /// The signature verifies.
    Valid,
    /// The signature does not verify.
    Invalid,
    /// Key type and algorithm are not a supported pair.
    Unsupported,
}

/// A public key parsed once (at load) for every algorithm it can verify.
pub struct PreparedKey {
    kind: KeyKind,
    parsed: Vec<(SigAlg, ParsedPublicKey)>,
}

impl std::fmt::Debug for PreparedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreparedKey")
            .field("kind", &self.kind)
            .finish()
    }
}

impl PreparedKey {
    /// Parses `spki` for every algorithm of `kind`; `None` if aws-lc-rs rejects the key.
    pub fn new(kind: KeyKind, spki: &[u8]) -> Option<PreparedKey> {
        let mut parsed = Vec::new();
        for &alg in algs_for(kind) {
            let v = verifier(kind, alg)?;
            parsed.push((alg, ParsedPublicKey::new(v, spki).ok()?));
        }
        Some(PreparedKey { kind, parsed })
    }

    /// The key's type.
    pub fn kind(&self) -> KeyKind {
        self.kind
    }

    /// Verifies `sig` over `msg` made with `alg`.
    pub fn verify(&self, alg: Option<SigAlg>, msg: &[u8], sig: &[u8]) -> SigCheck {
        let Some(alg) = alg else {
            return SigCheck::Unsupported;
        };
        match self.parsed.iter().find(|(a, _)| *a == alg) {
            Some((_, key)) if key.verify_sig(msg, sig).is_ok() => SigCheck::Valid,
            Some(_) => SigCheck::Invalid,
            None => SigCheck::Unsupported,
        }
    }
}

/// Verifies with a key that was not prepared (client-sent intermediates).
pub fn verify_once(
    kind: Option<KeyKind>,
    spki: &[u8],
    alg: Option<SigAlg>,
    msg: &[u8],
    sig: &[u8],
) -> SigCheck {
    let (Some(kind), Some(alg)) = (kind, alg) else {
        return SigCheck::Unsupported;
    };
    let Some(v) = verifier(kind, alg) else {
        return SigCheck::Unsupported;
    };
    match UnparsedPublicKey::new(v, spki).verify(msg, sig) {
        Ok(()) => SigCheck::Valid,
        Err(_) => SigCheck::Invalid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_lc_rs::rand::SystemRandom;
    use aws_lc_rs::signature::{EcdsaKeyPair, KeyPair, RsaKeyPair};

    #[test]
    fn rsa_pss_signatures_verify_only_under_the_pss_algorithm() {
        let key = RsaKeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048).unwrap();
        let msg = b"tbs bytes";
        let mut sig = vec![0; key.public_modulus_len()];
        let rng = SystemRandom::new();
        key.sign(&signature::RSA_PSS_SHA256, &rng, msg, &mut sig)
            .unwrap();
        let prepared = PreparedKey::new(KeyKind::Rsa, key.public_key().as_ref()).unwrap();
        let pss = Some(SigAlg::RsaPss(Hash::Sha256));
        assert_eq!(prepared.verify(pss, msg, &sig), SigCheck::Valid);
        let pkcs1 = Some(SigAlg::RsaPkcs1(Hash::Sha256));
        assert_eq!(prepared.verify(pkcs1, msg, &sig), SigCheck::Invalid);
        assert_eq!(
            prepared.verify(Some(SigAlg::Ed25519), msg, &sig),
            SigCheck::Unsupported
        );
    }

    #[test]
    fn p521_keys_verify_sha512_signatures() {
        let rng = SystemRandom::new();
        let pkcs8 =
            EcdsaKeyPair::generate_pkcs8(&signature::ECDSA_P521_SHA512_ASN1_SIGNING, &rng).unwrap();
        let key =
            EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P521_SHA512_ASN1_SIGNING, pkcs8.as_ref())
                .unwrap();
        let msg = b"tbs bytes";
        let sig = key.sign(&rng, msg).unwrap();
        let point = key.public_key().as_ref();
        let alg = Some(SigAlg::Ecdsa(Hash::Sha512));
        assert_eq!(
            verify_once(Some(KeyKind::P521), point, alg, msg, sig.as_ref()),
            SigCheck::Valid
        );
        assert_eq!(
            verify_once(Some(KeyKind::P521), point, alg, b"other", sig.as_ref()),
            SigCheck::Invalid
        );
        assert_eq!(
            verify_once(None, point, alg, msg, sig.as_ref()),
            SigCheck::Unsupported
        );
    }

    #[test]
    fn modulus_bits_ignore_leading_zero_bytes() {
        assert_eq!(modulus_bits(&[0x00, 0x80, 0x00]), 16);
        assert_eq!(modulus_bits(&[0x01, 0x00]), 9);
        assert_eq!(modulus_bits(&[0x00]), 0);
    }
}

//! Generates a throw-away test PKI (root, intermediate, server, rotating client set, CRLs) and its manifest.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use anyhow::{bail, Context, Result};
use rcgen::{
    BasicConstraints, CertificateParams, CertificateRevocationListParams, CertifiedIssuer,
    DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyIdMethod, KeyPair,
    KeyUsagePurpose, RevocationReason, RevokedCertParams, RsaKeySize, SerialNumber,
};
use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

/// File name of the manifest inside a PKI directory.
pub const MANIFEST_FILE: &str = "manifest.json";

/// Validity of the generated CAs and good certificates in days; long enough that a
/// benchmark PKI generated once keeps working for a year of runs.
const VALIDITY_DAYS: i64 = 365;

/// Serial number of the first client certificate; lower serials are the CAs and server.
const FIRST_CLIENT_SERIAL: u64 = 1000;

/// Key algorithm of every generated key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Alg {
    /// ECDSA P-256 with SHA-256 (the default: what ALB clients and most edges use).
    P256,
    /// RSA 2048 with PKCS#1 v1.5 SHA-256.
    Rsa2048,
}

impl FromStr for Alg {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "p256" => Ok(Alg::P256),
            "rsa2048" => Ok(Alg::Rsa2048),
            other => bail!("unknown algorithm {other:?} (expected p256 or rsa2048)"),
        }
    }
}

/// What a server in `verify` mode is expected to do with a client certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CertClass {
    /// Chains to the trusted root, valid, not revoked: must be accepted.
    Good,
    /// Listed in the intermediate's CRL: must be refused.
    Revoked,
    /// Validity ended yesterday: must be refused.
    Expired,
    /// Issued by a root the server does not trust: must be refused.
    Untrusted,
}

impl CertClass {
    /// True when a correct server must accept this certificate.
    pub fn should_pass(self) -> bool {
        self == CertClass::Good
    }
}

impl fmt::Display for CertClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            CertClass::Good => "good",
            CertClass::Revoked => "revoked",
            CertClass::Expired => "expired",
            CertClass::Untrusted => "untrusted",
        };
        f.write_str(s)
    }
}

/// One client identity in the rotating set; paths are relative to the manifest's directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientEntry {
    /// Common name, also used as the file stem.
    pub name: String,
    /// PEM chain the client presents, leaf first.
    pub chain: PathBuf,
    /// PEM private key of the leaf.
    pub key: PathBuf,
    /// Expected verdict of a verifying server.
    pub class: CertClass,
}

/// The manifest written next to a generated PKI (and accepted from users with their own PKI).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Key algorithm used throughout.
    pub alg: Alg,
    /// Root the clients trust for the server certificate.
    pub root: PathBuf,
    /// Intermediate CA certificate.
    pub intermediate: PathBuf,
    /// Roots and intermediates, for the server's client-certificate trust store.
    pub ca_bundle: PathBuf,
    /// PEM CRLs of the root and the intermediate.
    pub crls: Vec<PathBuf>,
    /// Server chain (leaf + intermediate) for localhost / 127.0.0.1.
    pub server_chain: PathBuf,
    /// Server private key.
    pub server_key: PathBuf,
    /// Rotating client set.
    pub clients: Vec<ClientEntry>,
}

impl Manifest {
    /// Reads `DIR/manifest.json`.
    pub fn load(dir: &Path) -> Result<Manifest> {
        let path = dir.join(MANIFEST_FILE);
        let text =
            fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
    }
}

/// What `loadtest pki` should generate.
#[derive(Clone, Debug)]
pub struct PkiOptions {
    /// Key algorithm.
    pub alg: Alg,
    /// Number of client certificates.
    pub clients: usize,
    /// Share of clients (0..=1) that are revoked, expired or untrusted, in rotation.
    pub bad_share: f64,
}

/// The class of client `i` of `n`: bad ones are spread evenly through the rotation and cycle
/// through revoked, expired and untrusted, so any window of the rotation sees every class.
pub fn class_for(i: usize, bad_share: f64) -> CertClass {
    let share = bad_share.clamp(0.0, 1.0);
    let before = (i as f64 * share).floor() as usize;
    let after = ((i + 1) as f64 * share).floor() as usize;
    if after == before {
        return CertClass::Good;
    }
    match before % 3 {
        0 => CertClass::Revoked,
        1 => CertClass::Expired,
        _ => CertClass::Untrusted,
    }
}

fn new_key(alg: Alg) -> Result<KeyPair> {
    let key = match alg {
        Alg::P256 => KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)?,
        Alg::Rsa2048 => KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, RsaKeySize::_2048)?,
    };
    Ok(key)
}

fn base_params(cn: &str, serial: u64, now: OffsetDateTime) -> CertificateParams {
    let mut params = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::OrganizationName, "portcullis loadtest");
    dn.push(DnType::CommonName, cn);
    params.distinguished_name = dn;
    params.serial_number = Some(SerialNumber::from(serial));
    params.not_before = now - Duration::days(1);
    params.not_after = now + Duration::days(VALIDITY_DAYS);
    params.key_identifier_method = KeyIdMethod::Sha256;
    params.use_authority_key_identifier_extension = true;
    params
}

fn ca_params(
    cn: &str,
    serial: u64,
    now: OffsetDateTime,
    path_len: Option<u8>,
) -> CertificateParams {
    let mut params = base_params(cn, serial, now);
    params.is_ca = IsCa::Ca(match path_len {
        Some(n) => BasicConstraints::Constrained(n),
        None => BasicConstraints::Unconstrained,
    });
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    params
}

fn crl_pem(issuer: &Issuer<'_, KeyPair>, revoked: &[u64], now: OffsetDateTime) -> Result<String> {
    let params = CertificateRevocationListParams {
        this_update: now - Duration::hours(1),
        next_update: now + Duration::days(VALIDITY_DAYS),
        crl_number: SerialNumber::from(1u64),
        issuing_distribution_point: None,
        revoked_certs: revoked
            .iter()
            .map(|&serial| RevokedCertParams {
                serial_number: SerialNumber::from(serial),
                revocation_time: now - Duration::hours(2),
                reason_code: Some(RevocationReason::KeyCompromise),
                invalidity_date: None,
            })
            .collect(),
        key_identifier_method: KeyIdMethod::Sha256,
    };
    Ok(params.signed_by(issuer)?.pem()?)
}

fn write(dir: &Path, rel: &str, contents: &str) -> Result<PathBuf> {
    let path = dir.join(rel);
    fs::write(&path, contents).with_context(|| format!("writing {}", path.display()))?;
    Ok(PathBuf::from(rel))
}

/// Generates the PKI into `dir` (created if missing) and writes its manifest.
pub fn generate(dir: &Path, opts: &PkiOptions) -> Result<Manifest> {
    if opts.clients == 0 {
        bail!("--clients must be at least 1");
    }
    fs::create_dir_all(dir.join("clients"))
        .with_context(|| format!("creating {}", dir.display()))?;
    let now = OffsetDateTime::now_utc();
    let root = CertifiedIssuer::self_signed(
        ca_params("loadtest root CA", 1, now, None),
        new_key(opts.alg)?,
    )?;
    let inter_params = ca_params("loadtest intermediate CA", 2, now, Some(0));
    let inter = CertifiedIssuer::signed_by(inter_params, new_key(opts.alg)?, &root)?;
    let rogue = CertifiedIssuer::self_signed(
        ca_params("loadtest untrusted root", 3, now, None),
        new_key(opts.alg)?,
    )?;

    let mut server = base_params("localhost", 4, now);
    server.subject_alt_names =
        CertificateParams::new(vec!["localhost".into(), "127.0.0.1".into()])?.subject_alt_names;
    server.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    server.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    let server_key = new_key(opts.alg)?;
    let server_cert = server.signed_by(&server_key, &inter)?;

    let mut clients = Vec::with_capacity(opts.clients);
    let mut revoked = Vec::new();
    for i in 0..opts.clients {
        let class = class_for(i, opts.bad_share);
        let name = format!("client-{i:04}");
        let serial = FIRST_CLIENT_SERIAL + i as u64;
        let mut params = base_params(&name, serial, now);
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        if class == CertClass::Expired {
            params.not_before = now - Duration::days(30);
            params.not_after = now - Duration::days(1);
        }
        let key = new_key(opts.alg)?;
        let chain = match class {
            CertClass::Untrusted => params.signed_by(&key, &rogue)?.pem() + &rogue.pem(),
            _ => params.signed_by(&key, &inter)?.pem() + &inter.pem(),
        };
        if class == CertClass::Revoked {
            revoked.push(serial);
        }
        let chain = write(dir, &format!("clients/{name}.chain.pem"), &chain)?;
        let key = write(
            dir,
            &format!("clients/{name}.key.pem"),
            &key.serialize_pem(),
        )?;
        clients.push(ClientEntry {
            name,
            chain,
            key,
            class,
        });
    }

    let manifest = Manifest {
        alg: opts.alg,
        root: write(dir, "root.pem", &root.pem())?,
        intermediate: write(dir, "intermediate.pem", &inter.pem())?,
        ca_bundle: write(dir, "ca-bundle.pem", &(root.pem() + &inter.pem()))?,
        crls: vec![
            write(dir, "root.crl.pem", &crl_pem(&root, &[], now)?)?,
            write(
                dir,
                "intermediate.crl.pem",
                &crl_pem(&inter, &revoked, now)?,
            )?,
        ],
        server_chain: write(dir, "server-chain.pem", &(server_cert.pem() + &inter.pem()))?,
        server_key: write(dir, "server.key", &server_key.serialize_pem())?,
        clients,
    };
    let json = serde_json::to_string_pretty(&manifest)?;
    write(dir, MANIFEST_FILE, &(json + "\n"))?;
    Ok(manifest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_share_spreads_all_three_bad_classes_through_the_rotation() {
        let classes: Vec<_> = (0..20).map(|i| class_for(i, 0.2)).collect();
        let bad = classes.iter().filter(|c| !c.should_pass()).count();
        assert_eq!(bad, 4);
        for class in [CertClass::Revoked, CertClass::Expired, CertClass::Untrusted] {
            assert!(classes.contains(&class), "{class} missing from {classes:?}");
        }
    }

    #[test]
    fn zero_bad_share_gives_only_good_clients() {
        assert!((0..50).all(|i| class_for(i, 0.0) == CertClass::Good));
    }

    #[test]
    fn generated_pki_has_a_manifest_that_reads_back_identically() {
        let dir = std::env::temp_dir().join(format!("loadtest-pki-test-{}", std::process::id()));
        let opts = PkiOptions {
            alg: Alg::P256,
            clients: 6,
            bad_share: 0.5,
        };
        let made = generate(&dir, &opts).unwrap();
        let loaded = Manifest::load(&dir).unwrap();
        assert_eq!(made, loaded);
        assert_eq!(loaded.clients.len(), 6);
        for c in &loaded.clients {
            let chain = fs::read_to_string(dir.join(&c.chain)).unwrap();
            assert_eq!(chain.matches("BEGIN CERTIFICATE").count(), 2, "{}", c.name);
        }
        let crl = fs::read_to_string(dir.join(&loaded.crls[1])).unwrap();
        assert!(crl.contains("BEGIN X509 CRL"));
        fs::remove_dir_all(&dir).unwrap();
    }
}

//! In-process PKI generator (roots, intermediates, leaves, CRLs) for tests, benches and `portcullis demo`.
//!
//! Everything here is throw-away key material made with rcgen on aws-lc-rs;
//! nothing is read from disk, so tests never depend on checked-in blobs.
//! Generation failures are programming errors (bad parameters), hence the
//! panics with a message rather than error plumbing.

use rcgen::{
    BasicConstraints, CertificateParams, CertificateRevocationListParams, DnType,
    ExtendedKeyUsagePurpose, IsCa, Issuer, KeyIdMethod, KeyPair, KeyUsagePurpose,
    RevokedCertParams, SanType, SerialNumber,
};
use time::{Duration, OffsetDateTime};

mod demo;
pub use demo::{DemoClient, DemoClientPaths, DemoPaths, DemoPki};

/// Key (and matching signature) algorithm of a generated certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAlg {
    /// ECDSA on P-256 with SHA-256.
    EcdsaP256,
    /// ECDSA on P-384 with SHA-384.
    EcdsaP384,
    /// RSA 2048 bits, PKCS#1 v1.5 with SHA-256.
    Rsa2048,
}

impl KeyAlg {
    fn generate(self) -> KeyPair {
        let key = match self {
            KeyAlg::EcdsaP256 => KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256),
            KeyAlg::EcdsaP384 => KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384),
            KeyAlg::Rsa2048 => {
                KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, rcgen::RsaKeySize::_2048)
            }
        };
        key.expect("key generation with a supported algorithm")
    }
}

/// Extended key usage put on a generated leaf.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eku {
    /// id-kp-clientAuth.
    ClientAuth,
    /// id-kp-serverAuth.
    ServerAuth,
    /// anyExtendedKeyUsage.
    Any,
}

impl Eku {
    fn to_rcgen(self) -> ExtendedKeyUsagePurpose {
        match self {
            Eku::ClientAuth => ExtendedKeyUsagePurpose::ClientAuth,
            Eku::ServerAuth => ExtendedKeyUsagePurpose::ServerAuth,
            Eku::Any => ExtendedKeyUsagePurpose::Any,
        }
    }
}

/// What a leaf certificate should look like.
#[derive(Debug, Clone)]
pub struct LeafSpec {
    /// Subject common name.
    pub cn: String,
    /// Serial number.
    pub serial: u64,
    /// Start of validity.
    pub not_before: OffsetDateTime,
    /// End of validity.
    pub not_after: OffsetDateTime,
    /// Extended key usages; empty means no EKU extension at all.
    pub eku: Vec<Eku>,
    /// subjectAltName entries; strings that parse as IP addresses become iPAddress names.
    pub dns_names: Vec<String>,
    /// Key algorithm of the leaf.
    pub alg: KeyAlg,
}

impl LeafSpec {
    /// A client certificate (clientAuth), valid from a day ago for a year, P-256.
    pub fn client(cn: &str, serial: u64) -> LeafSpec {
        LeafSpec::with_eku(cn, serial, Eku::ClientAuth)
    }

    /// A server certificate (serverAuth) naming `cn` in its SAN, valid from a day ago for a year, P-256.
    pub fn server(cn: &str, serial: u64) -> LeafSpec {
        let mut spec = LeafSpec::with_eku(cn, serial, Eku::ServerAuth);
        spec.dns_names = vec![cn.to_string()];
        spec
    }

    fn with_eku(cn: &str, serial: u64, eku: Eku) -> LeafSpec {
        let now = OffsetDateTime::now_utc();
        LeafSpec {
            cn: cn.to_string(),
            serial,
            not_before: now - Duration::days(1),
            not_after: now + Duration::days(365),
            eku: vec![eku],
            dns_names: Vec::new(),
            alg: KeyAlg::EcdsaP256,
        }
    }
}

/// What a CA certificate should look like (for [`Ca::root_with`] / [`Ca::intermediate_with`]).
#[derive(Debug, Clone)]
pub struct CaSpec {
    /// Subject common name.
    pub cn: String,
    /// Key algorithm.
    pub alg: KeyAlg,
    /// Serial number (what a parent CRL revokes).
    pub serial: u64,
    /// Start of validity.
    pub not_before: OffsetDateTime,
    /// End of validity.
    pub not_after: OffsetDateTime,
    /// basicConstraints pathLenConstraint; `None` = unconstrained.
    pub path_len: Option<u8>,
}

impl CaSpec {
    /// A CA valid from a day ago for ten years, unconstrained path length.
    pub fn new(cn: &str, alg: KeyAlg, serial: u64) -> CaSpec {
        let now = OffsetDateTime::now_utc();
        CaSpec {
            cn: cn.to_string(),
            alg,
            serial,
            not_before: now - Duration::days(1),
            not_after: now + Duration::days(3650),
            path_len: None,
        }
    }
}

/// A generated leaf certificate with its private key.
#[derive(Debug, Clone)]
pub struct Issued {
    /// The certificate, PEM.
    pub cert_pem: String,
    /// The certificate, DER.
    pub cert_der: Vec<u8>,
    /// The private key, PKCS#8 PEM.
    pub key_pem: String,
    /// Serial number as put in the certificate.
    pub serial: u64,
}

/// A generated certificate authority that can issue leaves, sub-CAs and CRLs.
pub struct Ca {
    issuer: Issuer<'static, KeyPair>,
    der: Vec<u8>,
    serial: u64,
}

impl std::fmt::Debug for Ca {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ca").field("serial", &self.serial).finish()
    }
}

/// Serial numbers of generated CAs start here so they never collide with
/// small leaf serials chosen by tests.
const FIRST_CA_SERIAL: u64 = 0x0C_A000_0000;

fn next_ca_serial() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(FIRST_CA_SERIAL);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

fn ca_params(spec: &CaSpec) -> CertificateParams {
    let mut params = CertificateParams::default();
    params.distinguished_name = rcgen::DistinguishedName::new();
    // O before CN in DER, so the RFC 2253 form reads "CN=…,O=…".
    params
        .distinguished_name
        .push(DnType::OrganizationName, "Portcullis Test PKI");
    params
        .distinguished_name
        .push(DnType::CommonName, spec.cn.as_str());
    params.serial_number = Some(SerialNumber::from(spec.serial));
    params.not_before = spec.not_before;
    params.not_after = spec.not_after;
    params.is_ca = IsCa::Ca(match spec.path_len {
        Some(n) => BasicConstraints::Constrained(n),
        None => BasicConstraints::Unconstrained,
    });
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    params.use_authority_key_identifier_extension = true;
    params.key_identifier_method = KeyIdMethod::Sha256;
    params
}

impl Ca {
    /// A self-signed root CA, valid for ten years.
    pub fn root(cn: &str, alg: KeyAlg) -> Ca {
        Ca::root_with(&CaSpec::new(cn, alg, next_ca_serial()))
    }

    /// A self-signed root CA as described by `spec`.
    pub fn root_with(spec: &CaSpec) -> Ca {
        let key = spec.alg.generate();
        let params = ca_params(spec);
        let cert = params.self_signed(&key).expect("self-signing a root");
        Ca {
            der: cert.der().to_vec(),
            issuer: Issuer::new(params, key),
            serial: spec.serial,
        }
    }

    /// An intermediate CA signed by this CA, valid for ten years.
    pub fn intermediate(&self, cn: &str, alg: KeyAlg) -> Ca {
        self.intermediate_with(&CaSpec::new(cn, alg, next_ca_serial()))
    }

    /// An intermediate CA signed by this CA as described by `spec`.
    pub fn intermediate_with(&self, spec: &CaSpec) -> Ca {
        let key = spec.alg.generate();
        let params = ca_params(spec);
        let cert = params
            .signed_by(&key, &self.issuer)
            .expect("signing an intermediate");
        Ca {
            der: cert.der().to_vec(),
            issuer: Issuer::new(params, key),
            serial: spec.serial,
        }
    }

    /// This CA's certificate, PEM.
    pub fn cert_pem(&self) -> String {
        pem_encode("CERTIFICATE", &self.der)
    }

    /// This CA's certificate, DER.
    pub fn cert_der(&self) -> Vec<u8> {
        self.der.clone()
    }

    /// This CA's serial number.
    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// Signs `msg` with this CA's key, encoded as a certificate's signature
    /// carries it (ECDSA: a DER `Ecdsa-Sig-Value`), for certificates built by
    /// hand (the validator's fuzz target).
    pub fn sign(&self, msg: &[u8]) -> Vec<u8> {
        use rcgen::SigningKey;
        self.issuer
            .key()
            .sign(msg)
            .expect("signing with a generated key")
    }

    /// Issues a leaf certificate (with a fresh key) signed by this CA.
    pub fn issue(&self, spec: &LeafSpec) -> Issued {
        let key = spec.alg.generate();
        let mut params = CertificateParams::default();
        params.distinguished_name = rcgen::DistinguishedName::new();
        params
            .distinguished_name
            .push(DnType::CommonName, spec.cn.as_str());
        params.serial_number = Some(SerialNumber::from(spec.serial));
        params.not_before = spec.not_before;
        params.not_after = spec.not_after;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = spec.eku.iter().map(|e| e.to_rcgen()).collect();
        params.subject_alt_names = spec.dns_names.iter().map(|n| san(n)).collect();
        params.use_authority_key_identifier_extension = true;
        let cert = params
            .signed_by(&key, &self.issuer)
            .expect("signing a leaf");
        Issued {
            cert_pem: cert.pem(),
            cert_der: cert.der().to_vec(),
            key_pem: key.serialize_pem(),
            serial: spec.serial,
        }
    }

    /// A CRL signed by this CA revoking `revoked_serials`, PEM.
    pub fn crl_pem(
        &self,
        revoked_serials: &[u64],
        this_update: OffsetDateTime,
        next_update: OffsetDateTime,
    ) -> String {
        pem_encode(
            "X509 CRL",
            &self.crl_der(revoked_serials, this_update, next_update),
        )
    }

    /// A CRL signed by this CA revoking `revoked_serials`, DER.
    pub fn crl_der(
        &self,
        revoked_serials: &[u64],
        this_update: OffsetDateTime,
        next_update: OffsetDateTime,
    ) -> Vec<u8> {
        let revoked_certs = revoked_serials
            .iter()
            .map(|&s| RevokedCertParams {
                serial_number: SerialNumber::from(s),
                revocation_time: this_update,
                reason_code: None,
                invalidity_date: None,
            })
            .collect();
        let params = CertificateRevocationListParams {
            this_update,
            next_update,
            crl_number: SerialNumber::from(1u64),
            issuing_distribution_point: None,
            revoked_certs,
            key_identifier_method: KeyIdMethod::Sha256,
        };
        let crl = params.signed_by(&self.issuer).expect("signing a CRL");
        crl.der().to_vec()
    }
}

fn san(name: &str) -> SanType {
    match name.parse::<std::net::IpAddr>() {
        Ok(ip) => SanType::IpAddress(ip),
        Err(_) => SanType::DnsName(name.try_into().expect("DNS name is IA5")),
    }
}

/// PEM-encodes `der` under `label` with 64-column lines.
pub fn pem_encode(label: &str, der: &[u8]) -> String {
    crate::trust::pem::encode(label, der)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_leaf_names_its_issuer_and_serial() {
        let root = Ca::root("Test Root", KeyAlg::EcdsaP256);
        let inter = root.intermediate("Test Inter", KeyAlg::EcdsaP384);
        let leaf = inter.issue(&LeafSpec::client("alice", 0xABCD));
        let (_, cert) = x509_parser::parse_x509_certificate(&leaf.cert_der).unwrap();
        assert_eq!(
            cert.issuer().to_string(),
            "O=Portcullis Test PKI, CN=Test Inter"
        );
        // DER adds a 0x00 sign byte because 0xAB has its high bit set.
        assert_eq!(cert.raw_serial(), &[0x00, 0xAB, 0xCD]);
        assert!(leaf.key_pem.contains("PRIVATE KEY"));
        let now = OffsetDateTime::now_utc();
        let crl = inter.crl_pem(&[1, 2], now, now + Duration::days(1));
        assert!(crl.starts_with("-----BEGIN X509 CRL-----"));
    }
}

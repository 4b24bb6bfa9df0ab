//! One X.509 certificate reduced to the owned facts path validation needs.
//!
//! Parsing happens once per certificate (at load for CAs, once per handshake
//! for client-sent ones); the validator never goes back to the DER.

use thiserror::Error;
use x509_parser::certificate::X509Certificate;
use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::prelude::FromDer;

use super::names::{hex, rfc2253_of, NameConstraints, OwnedName, HEX_UPPER};
use super::sig::{KeyKind, SigAlg};

/// Why certificate bytes could not be turned into a [`Cert`].
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum CertError {
    /// Not DER, or DER that is not a certificate, or trailing bytes.
    #[error("not a DER X.509 certificate: {0}")]
    Malformed(String),
    /// The same extension appears twice (RFC 5280 §4.2).
    #[error("extension {0} appears more than once")]
    DuplicateExtension(String),
    /// A known extension whose contents do not parse.
    #[error("extension {0} is malformed")]
    BadExtension(String),
}

/// Extended key usage flags that matter for TLS.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EkuFlags {
    /// anyExtendedKeyUsage.
    pub any: bool,
    /// id-kp-serverAuth.
    pub server: bool,
    /// id-kp-clientAuth.
    pub client: bool,
}

/// keyUsage bit for digitalSignature (x509-parser's flag layout).
pub const KU_DIGITAL_SIGNATURE: u16 = 1;
/// keyUsage bit for keyCertSign.
pub const KU_KEY_CERT_SIGN: u16 = 1 << 5;
/// keyUsage bit for cRLSign.
pub const KU_CRL_SIGN: u16 = 1 << 6;

/// The parsed facts of one certificate.
#[derive(Debug, Clone)]
pub struct Cert {
    /// The whole certificate as sent or loaded.
    pub der: Vec<u8>,
    /// The signed part (TBSCertificate), for signature checks.
    pub tbs: Vec<u8>,
    /// Signature algorithm (outer), or `None` if unsupported.
    pub sig_alg: Option<SigAlg>,
    /// True when the outer and inner (TBS) signature algorithm identifiers differ.
    pub sig_alg_mismatch: bool,
    /// The signature bits.
    pub signature: Vec<u8>,
    /// Kind of subject public key, or `None` if unsupported.
    pub key: Option<KeyKind>,
    /// SubjectPublicKeyInfo DER (what aws-lc-rs parses).
    pub spki: Vec<u8>,
    /// Subject Name, DER.
    pub subject: Vec<u8>,
    /// Issuer Name, DER.
    pub issuer: Vec<u8>,
    /// Serial number magnitude, big-endian, no sign padding.
    pub serial: Vec<u8>,
    /// Validity start, Unix seconds.
    pub not_before: i64,
    /// Validity end, Unix seconds.
    pub not_after: i64,
    /// X.509 version field value (0 = v1, 2 = v3).
    pub version: u32,
    /// basicConstraints: (cA, pathLenConstraint); `None` when absent.
    pub basic: Option<(bool, Option<u32>)>,
    /// keyUsage flags; `None` when absent.
    pub key_usage: Option<u16>,
    /// extendedKeyUsage; `None` when absent.
    pub eku: Option<EkuFlags>,
    /// subjectKeyIdentifier.
    pub ski: Option<Vec<u8>>,
    /// authorityKeyIdentifier keyIdentifier.
    pub aki: Option<Vec<u8>>,
    /// nameConstraints of a CA.
    pub name_constraints: Option<NameConstraints>,
    /// subjectAltName entries.
    pub san: Vec<OwnedName>,
    /// True when a subjectAltName extension is present (even if empty).
    pub has_san: bool,
    /// True when the subjectAltName extension is marked critical.
    pub san_critical: bool,
    /// RFC 5280 §4.1.2.2: positive, non-zero, at most 20 octets.
    pub serial_conforms: bool,
    /// The OID of the first critical extension we do not process, if any.
    pub unhandled_critical: Option<String>,
}

impl Cert {
    /// Parses DER; the whole input must be one certificate.
    pub fn parse(der: &[u8]) -> Result<Cert, CertError> {
        Cert::parse_x509(der).map(|(cert, _)| cert)
    }

    /// [`Cert::parse`], and the subject DN as RFC 2253 renders it, from the
    /// same parse (a client leaf's subject goes into the log line and the
    /// identity headers).
    pub fn parse_with_subject(der: &[u8]) -> Result<(Cert, String), CertError> {
        let (cert, x509) = Cert::parse_x509(der)?;
        Ok((cert, rfc2253_of(&x509.tbs_certificate.subject)))
    }

    fn parse_x509(der: &[u8]) -> Result<(Cert, X509Certificate<'_>), CertError> {
        let (rest, x509) =
            X509Certificate::from_der(der).map_err(|e| CertError::Malformed(e.to_string()))?;
        if !rest.is_empty() {
            return Err(CertError::Malformed(
                "trailing bytes after certificate".into(),
            ));
        }
        let tbs = &x509.tbs_certificate;
        let spki = &tbs.subject_pki;
        let mut cert = Cert {
            der: der.to_vec(),
            tbs: tbs.as_ref().to_vec(),
            sig_alg: SigAlg::from_identifier(&x509.signature_algorithm),
            sig_alg_mismatch: x509.signature_algorithm != tbs.signature,
            signature: x509.signature_value.data.to_vec(),
            key: KeyKind::from_spki(spki),
            spki: spki.raw.to_vec(),
            subject: tbs.subject.as_raw().to_vec(),
            issuer: tbs.issuer.as_raw().to_vec(),
            serial: strip_sign_byte(tbs.raw_serial()).to_vec(),
            not_before: tbs.validity.not_before.timestamp(),
            not_after: tbs.validity.not_after.timestamp(),
            version: tbs.version.0,
            basic: None,
            key_usage: None,
            eku: None,
            ski: None,
            aki: None,
            name_constraints: None,
            san: Vec::new(),
            has_san: false,
            san_critical: false,
            serial_conforms: serial_conforms(tbs.raw_serial()),
            unhandled_critical: None,
        };
        cert.read_extensions(&x509)?;
        Ok((cert, x509))
    }

    fn read_extensions(&mut self, x509: &X509Certificate<'_>) -> Result<(), CertError> {
        let exts = x509.extensions();
        for (i, ext) in exts.iter().enumerate() {
            if exts[..i].iter().any(|e| e.oid == ext.oid) {
                return Err(CertError::DuplicateExtension(ext.oid.to_id_string()));
            }
            let handled = match ext.parsed_extension() {
                ParsedExtension::BasicConstraints(bc) => {
                    self.basic = Some((bc.ca, bc.path_len_constraint));
                    true
                }
                ParsedExtension::KeyUsage(ku) => {
                    self.key_usage = Some(ku.flags);
                    true
                }
                ParsedExtension::ExtendedKeyUsage(eku) => {
                    self.eku = Some(EkuFlags {
                        any: eku.any,
                        server: eku.server_auth,
                        client: eku.client_auth,
                    });
                    true
                }
                // RFC 5280 §4.2.1.1/§4.2.1.2: these MUST NOT be critical;
                // a critical one is treated as not understood.
                ParsedExtension::SubjectKeyIdentifier(id) => {
                    self.ski = Some(id.0.to_vec());
                    !ext.critical
                }
                ParsedExtension::AuthorityKeyIdentifier(aki) => {
                    self.aki = aki.key_identifier.as_ref().map(|k| k.0.to_vec());
                    !ext.critical
                }
                ParsedExtension::SubjectAlternativeName(san) => {
                    self.has_san = true;
                    self.san_critical = ext.critical;
                    self.san = san.general_names.iter().map(OwnedName::from).collect();
                    true
                }
                ParsedExtension::NameConstraints(nc) => {
                    self.name_constraints = Some(NameConstraints::from_parsed(nc));
                    true
                }
                ParsedExtension::ParseError { .. } => {
                    return Err(CertError::BadExtension(ext.oid.to_id_string()));
                }
                // Policies are not enforced (as in Web PKI validators); a
                // critical certificatePolicies is accepted, anything that
                // constrains policy processing is not understood.
                ParsedExtension::CertificatePolicies(_) => true,
                ParsedExtension::CRLDistributionPoints(_)
                | ParsedExtension::IssuerAlternativeName(_) => true,
                // RFC 5280 §4.2.2.1/§4.2.2.2: MUST be non-critical.
                ParsedExtension::AuthorityInfoAccess(_) | ParsedExtension::SubjectInfoAccess(_) => {
                    !ext.critical
                }
                _ => false,
            };
            if !handled && ext.critical && self.unhandled_critical.is_none() {
                self.unhandled_critical = Some(ext.oid.to_id_string());
            }
        }
        Ok(())
    }

    /// True when subject and issuer names are byte-identical.
    pub fn is_self_issued(&self) -> bool {
        self.subject == self.issuer
    }

    /// True when the subject is an empty Name (an empty SEQUENCE).
    pub fn has_empty_subject(&self) -> bool {
        self.subject.len() <= 2
    }

    /// True when basicConstraints says cA.
    pub fn is_ca(&self) -> bool {
        matches!(self.basic, Some((true, _)))
    }

    /// True when keyUsage is absent or contains all of `bits`.
    pub fn allows_usage(&self, bits: u16) -> bool {
        self.key_usage.is_none_or(|ku| ku & bits == bits)
    }

    /// Serial as upper-case hex without sign padding ("00" for zero).
    pub fn serial_hex(&self) -> String {
        if self.serial.is_empty() {
            return "00".to_string();
        }
        hex(&self.serial, HEX_UPPER)
    }

    /// DNS names, IPs and e-mail addresses the subject is known by (for name constraints).
    pub fn subject_names(&self) -> impl Iterator<Item = &OwnedName> {
        self.san.iter()
    }
}

fn serial_conforms(raw: &[u8]) -> bool {
    /// RFC 5280 §4.1.2.2: serial numbers of up to 20 octets.
    const MAX_SERIAL_OCTETS: usize = 20;
    let positive = raw.first().is_some_and(|b| b & 0x80 == 0);
    let nonzero = raw.iter().any(|&b| b != 0);
    positive && nonzero && raw.len() <= MAX_SERIAL_OCTETS
}

/// Removes the DER sign-padding zero bytes so that serials compare as integers.
pub fn strip_sign_byte(raw: &[u8]) -> &[u8] {
    let mut s = raw;
    while s.len() > 1 && s[0] == 0 {
        s = &s[1..];
    }
    if s == [0] {
        &[]
    } else {
        s
    }
}

impl From<&GeneralName<'_>> for OwnedName {
    fn from(name: &GeneralName<'_>) -> OwnedName {
        match name {
            GeneralName::DNSName(s) => OwnedName::Dns(s.to_string()),
            GeneralName::RFC822Name(s) => OwnedName::Email(s.to_string()),
            GeneralName::IPAddress(b) => OwnedName::Ip(b.to_vec()),
            GeneralName::URI(s) => OwnedName::Uri(s.to_string()),
            GeneralName::DirectoryName(n) => OwnedName::Directory(n.as_raw().to_vec()),
            _ => OwnedName::Other,
        }
    }
}

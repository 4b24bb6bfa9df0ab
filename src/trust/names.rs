//! Names: RFC 2253 rendering of DNs and RFC 5280 name-constraint matching.

use x509_parser::prelude::FromDer;
use x509_parser::x509::X509Name;

/// One GeneralName, owned, reduced to what constraints compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnedName {
    /// dNSName.
    Dns(String),
    /// rfc822Name.
    Email(String),
    /// iPAddress: 4/16 bytes in a SAN, address+mask (8/32 bytes) in a constraint.
    Ip(Vec<u8>),
    /// uniformResourceIdentifier.
    Uri(String),
    /// directoryName, DER.
    Directory(Vec<u8>),
    /// Any other form (otherName, x400Address, ediPartyName, registeredID, invalid).
    Other,
}

/// The nameConstraints extension of a CA.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameConstraints {
    /// permittedSubtrees bases.
    pub permitted: Vec<OwnedName>,
    /// excludedSubtrees bases.
    pub excluded: Vec<OwnedName>,
    /// Why the extension itself is invalid (RFC 5280 §4.2.1.10), if it is.
    pub malformed: Option<String>,
}

impl NameConstraints {
    /// Converts x509-parser's form.
    pub fn from_parsed(nc: &x509_parser::extensions::NameConstraints<'_>) -> NameConstraints {
        let conv = |v: &Option<Vec<x509_parser::extensions::GeneralSubtree<'_>>>| {
            v.iter()
                .flatten()
                .map(|s| OwnedName::from(&s.base))
                .collect::<Vec<_>>()
        };
        let mut out = NameConstraints {
            permitted: conv(&nc.permitted_subtrees),
            excluded: conv(&nc.excluded_subtrees),
            malformed: None,
        };
        out.malformed = out.find_malformed();
        out
    }

    fn find_malformed(&self) -> Option<String> {
        if self.permitted.is_empty() && self.excluded.is_empty() {
            return Some("neither permitted nor excluded subtrees".into());
        }
        self.permitted
            .iter()
            .chain(&self.excluded)
            .find_map(|c| match c {
                // A leading period is URI/e-mail syntax, never dNSName syntax.
                OwnedName::Dns(d) if d.starts_with('.') || d.contains('*') => {
                    Some(format!("malformed DNS constraint {d:?}"))
                }
                OwnedName::Email(e) if !is_email_constraint_syntax(e) => {
                    Some(format!("malformed e-mail constraint {e:?}"))
                }
                OwnedName::Ip(b) if b.len() != 8 && b.len() != 32 => {
                    Some(format!("IP constraint of {} bytes", b.len()))
                }
                _ => None,
            })
    }

    /// Checks a certificate's subject DN and SAN entries; `Err` names the offending name.
    pub fn check(&self, subject_der: &[u8], sans: &[OwnedName]) -> Result<(), String> {
        let subject = OwnedName::Directory(subject_der.to_vec());
        let subject_is_empty = subject_der.len() <= 2;
        let names = sans.iter().chain((!subject_is_empty).then_some(&subject));
        for name in names {
            self.check_one(name)?;
        }
        Ok(())
    }

    fn check_one(&self, name: &OwnedName) -> Result<(), String> {
        if matches!(name, OwnedName::Other | OwnedName::Uri(_)) {
            let constrained = self
                .permitted
                .iter()
                .chain(&self.excluded)
                .any(|c| same_kind(c, name));
            if constrained {
                return Err(format!(
                    "{name:?} cannot be checked against name constraints"
                ));
            }
            return Ok(());
        }
        if let OwnedName::Dns(d) = name {
            self.check_dns(d)?;
        }
        if let OwnedName::Email(e) = name {
            let constrained = self
                .permitted
                .iter()
                .chain(&self.excluded)
                .any(|c| same_kind(c, name));
            if constrained && !is_mailbox_syntax(e) {
                return Err(format!("email:{e} is not a valid mailbox"));
            }
        }
        if let Some(c) = self
            .excluded
            .iter()
            .find(|c| matches(c, name) == Some(true))
        {
            return Err(format!("{} is excluded by {}", show(name), show(c)));
        }
        let mut same = self
            .permitted
            .iter()
            .filter(|c| same_kind(c, name))
            .peekable();
        if same.peek().is_some() && !same.any(|c| matches(c, name) == Some(true)) {
            return Err(format!("{} is outside the permitted subtrees", show(name)));
        }
        Ok(())
    }
}

impl NameConstraints {
    fn check_dns(&self, d: &str) -> Result<(), String> {
        let constrained = self
            .permitted
            .iter()
            .chain(&self.excluded)
            .any(|c| matches!(c, OwnedName::Dns(_)));
        if constrained && !is_dns_syntax(d) {
            return Err(format!("DNS:{d} is not a valid DNS name"));
        }
        let Some(base) = d.strip_prefix("*.") else {
            return Ok(());
        };
        // A wildcard stands for every name one label below `base`: refuse it
        // when any of those could be excluded (CVE-2025-61727).
        let hit = self.excluded.iter().find(|c| match c {
            OwnedName::Dns(c) => dns_within(c, base) || dns_within(base, c),
            _ => false,
        });
        match hit {
            Some(c) => Err(format!("DNS:{d} may cover {}, which is excluded", show(c))),
            None => Ok(()),
        }
    }
}

/// LDH labels (underscore tolerated), optionally behind one left-most `*.`.
fn is_dns_syntax(name: &str) -> bool {
    let name = name.strip_prefix("*.").unwrap_or(name);
    let name = name.strip_suffix('.').unwrap_or(name);
    !name.is_empty()
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

fn same_kind(a: &OwnedName, b: &OwnedName) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

fn show(n: &OwnedName) -> String {
    match n {
        OwnedName::Dns(s) => format!("DNS:{s}"),
        OwnedName::Email(s) => format!("email:{s}"),
        OwnedName::Ip(b) => format!("IP:{b:?}"),
        OwnedName::Uri(s) => format!("URI:{s}"),
        OwnedName::Directory(d) => format!("DirName:{}", rfc2253(d)),
        OwnedName::Other => "other name".into(),
    }
}

/// Does constraint `c` cover name `n`? `None` when of different kinds.
fn matches(c: &OwnedName, n: &OwnedName) -> Option<bool> {
    Some(match (c, n) {
        (OwnedName::Dns(c), OwnedName::Dns(n)) => dns_within(c, n),
        (OwnedName::Email(c), OwnedName::Email(n)) => email_within(c, n),
        (OwnedName::Ip(c), OwnedName::Ip(n)) => ip_within(c, n),
        (OwnedName::Directory(c), OwnedName::Directory(n)) => dn_within(c, n),
        _ => return None,
    })
}

fn dns_within(constraint: &str, name: &str) -> bool {
    let c = constraint.trim_start_matches('.').to_ascii_lowercase();
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    if c.is_empty() {
        return true;
    }
    if constraint.starts_with('.') {
        return n.ends_with(&format!(".{c}"));
    }
    n == c || n.ends_with(&format!(".{c}"))
}

/// `local@host` with exactly one `@`, a non-empty local part and a DNS host.
fn is_mailbox_syntax(mailbox: &str) -> bool {
    match mailbox.split_once('@') {
        Some((local, host)) => !local.is_empty() && !host.contains('@') && is_dns_syntax(host),
        None => false,
    }
}

/// A mailbox, a host, or `.domain` (RFC 5280 §4.2.1.10).
fn is_email_constraint_syntax(c: &str) -> bool {
    if c.contains('@') {
        return is_mailbox_syntax(c);
    }
    is_dns_syntax(c.strip_prefix('.').unwrap_or(c))
}

fn email_within(constraint: &str, name: &str) -> bool {
    let Some((_, host)) = name.rsplit_once('@') else {
        return false;
    };
    if constraint.contains('@') {
        return constraint.eq_ignore_ascii_case(name);
    }
    if constraint.starts_with('.') {
        return host
            .to_ascii_lowercase()
            .ends_with(&constraint.to_ascii_lowercase());
    }
    host.eq_ignore_ascii_case(constraint)
}

fn ip_within(constraint: &[u8], ip: &[u8]) -> bool {
    if constraint.len() != ip.len() * 2 {
        return false;
    }
    let (addr, mask) = constraint.split_at(ip.len());
    ip.iter()
        .zip(addr)
        .zip(mask)
        .all(|((i, a), m)| i & m == a & m)
}

/// True when DN `name` has the RDNs of `constraint` as its leading RDNs.
fn dn_within(constraint: &[u8], name: &[u8]) -> bool {
    let (Ok((_, c)), Ok((_, n))) = (X509Name::from_der(constraint), X509Name::from_der(name))
    else {
        return false;
    };
    let c: Vec<_> = c.iter_rdn().collect();
    let n: Vec<_> = n.iter_rdn().collect();
    c.len() <= n.len()
        && c.iter().zip(&n).all(|(a, b)| {
            let av: Vec<_> = a.iter().map(attr_key).collect();
            let bv: Vec<_> = b.iter().map(attr_key).collect();
            av == bv
        })
}

/// Attribute type plus a case-folded, whitespace-trimmed value (RFC 5280 §7.1 lite).
fn attr_key(a: &x509_parser::x509::AttributeTypeAndValue<'_>) -> (String, Vec<u8>) {
    let value = match a.as_str() {
        Ok(s) => s.trim().to_lowercase().into_bytes(),
        Err(_) => a.as_slice().to_vec(),
    };
    (a.attr_type().to_id_string(), value)
}

/// RFC 2253's short name of an attribute type, by the OID's DER content.
fn short_name(oid: &[u8]) -> Option<&'static str> {
    Some(match oid {
        [0x55, 0x04, 0x03] => "CN",
        [0x55, 0x04, 0x07] => "L",
        [0x55, 0x04, 0x08] => "ST",
        [0x55, 0x04, 0x0a] => "O",
        [0x55, 0x04, 0x0b] => "OU",
        [0x55, 0x04, 0x06] => "C",
        [0x55, 0x04, 0x09] => "STREET",
        // 0.9.2342.19200300.100.1.25 and .1
        [0x09, 0x92, 0x26, 0x89, 0x93, 0xf2, 0x2c, 0x64, 0x01, 0x19] => "DC",
        [0x09, 0x92, 0x26, 0x89, 0x93, 0xf2, 0x2c, 0x64, 0x01, 0x01] => "UID",
        // 1.2.840.113549.1.9.1
        [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x01] => "emailAddress",
        _ => return None,
    })
}

/// Renders a DER Name as RFC 2253 (last RDN first, `,` between RDNs, `+` inside one).
pub fn rfc2253(name_der: &[u8]) -> String {
    match X509Name::from_der(name_der) {
        Ok((_, name)) => rfc2253_of(&name),
        Err(_) => String::new(),
    }
}

/// [`rfc2253`] of a Name already parsed.
pub fn rfc2253_of(name: &X509Name<'_>) -> String {
    let mut out = String::with_capacity(name.as_raw().len());
    let count = name.iter_rdn().count();
    // x509-parser hands RDNs out in DER order only; `nth` on its slice
    // iterator is a pointer step.
    for (i, rdn) in (0..count)
        .rev()
        .filter_map(|k| name.iter_rdn().nth(k))
        .enumerate()
    {
        if i > 0 {
            out.push(',');
        }
        for (j, atv) in rdn.iter().enumerate() {
            if j > 0 {
                out.push('+');
            }
            match (short_name(atv.attr_type().as_bytes()), atv.as_str()) {
                (Some(short), Ok(s)) => {
                    out.push_str(short);
                    out.push('=');
                    escape_into(&mut out, s);
                }
                _ => {
                    out.push_str(&atv.attr_type().to_id_string());
                    out.push_str("=#");
                    out.push_str(&hex_of_value(atv));
                }
            }
        }
    }
    out
}

fn hex_of_value(atv: &x509_parser::x509::AttributeTypeAndValue<'_>) -> String {
    let v = atv.attr_value();
    // Re-encode tag and length so the hex is the value's full DER (RFC 2253 §2.4).
    hex(&der_element(v.header.tag().0 as u8, v.data), HEX_LOWER)
}

/// One DER element: `tag`, the definite length of `content`, `content`.
pub(crate) fn der_element(tag: u8, content: &[u8]) -> Vec<u8> {
    let len = content.len();
    let mut der = vec![tag];
    if len < 0x80 {
        der.push(len as u8);
    } else {
        let bytes: Vec<u8> = len
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        der.push(0x80 | bytes.len() as u8);
        der.extend(bytes);
    }
    der.extend_from_slice(content);
    der
}

/// Appends `s` to `out` with RFC 2253 §2.4's escapes.
fn escape_into(out: &mut String, s: &str) {
    let last = s.chars().count().saturating_sub(1);
    for (i, ch) in s.chars().enumerate() {
        match ch {
            ',' | '+' | '"' | '\\' | '<' | '>' | ';' => {
                out.push('\\');
                out.push(ch);
            }
            '#' if i == 0 => out.push_str("\\#"),
            ' ' if i == 0 || i == last => out.push_str("\\ "),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push('\\');
                push_hex_byte(out, c as u8, HEX_UPPER);
            }
            c => out.push(c),
        }
    }
}

/// Upper-case hex digits.
pub(crate) const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";
/// Lower-case hex digits.
const HEX_LOWER: &[u8; 16] = b"0123456789abcdef";

/// Appends `b` as two hex digits from `digits`.
fn push_hex_byte(out: &mut String, b: u8, digits: &[u8; 16]) {
    out.push(digits[usize::from(b >> 4)] as char);
    out.push(digits[usize::from(b & 0x0f)] as char);
}

/// `bytes` as hex, two digits from `digits` per byte.
pub(crate) fn hex(bytes: &[u8], digits: &[u8; 16]) -> String {
    let mut out = String::with_capacity(2 * bytes.len());
    for &b in bytes {
        push_hex_byte(&mut out, b, digits);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn der_elements_take_the_short_or_the_long_length_form() {
        assert_eq!(der_element(0x04, b"ab"), [0x04, 0x02, b'a', b'b']);
        assert_eq!(der_element(0x30, &[]), [0x30, 0x00]);
        let long = der_element(0x04, &[7; 0x80]);
        assert_eq!(long[..3], [0x04, 0x81, 0x80]);
        assert_eq!(long.len(), 3 + 0x80);
        let longer = der_element(0x30, &[0; 0x1234]);
        assert_eq!(longer[..4], [0x30, 0x82, 0x12, 0x34]);
    }

    #[test]
    fn dns_constraints_cover_the_domain_and_its_subdomains_only() {
        assert!(dns_within("example.com", "example.com"));
        assert!(dns_within("example.com", "a.b.example.com"));
        assert!(!dns_within("example.com", "badexample.com"));
        assert!(!dns_within(".example.com", "example.com"));
        assert!(dns_within("", "anything.org"));
    }

    #[test]
    fn ip_constraints_apply_the_mask() {
        assert!(ip_within(&[10, 0, 0, 0, 255, 0, 0, 0], &[10, 1, 2, 3]));
        assert!(!ip_within(&[10, 0, 0, 0, 255, 0, 0, 0], &[11, 1, 2, 3]));
        assert!(!ip_within(&[10, 0, 0, 0, 255, 0, 0, 0], &[0; 16]));
    }

    /// One attribute: its type's OID content, the value's tag, the value.
    type Atv<'a> = (&'a [u8], u8, &'a [u8]);

    /// A Name's DER from its RDNs, each a list of attributes.
    fn name_der(rdns: &[&[Atv<'_>]]) -> Vec<u8> {
        let rdns: Vec<u8> = rdns
            .iter()
            .flat_map(|atvs| {
                let set: Vec<u8> = atvs
                    .iter()
                    .flat_map(|(oid, tag, value)| {
                        let mut atv = der_element(0x06, oid);
                        atv.extend(der_element(*tag, value));
                        der_element(0x30, &atv)
                    })
                    .collect();
                der_element(0x31, &set)
            })
            .collect();
        der_element(0x30, &rdns)
    }

    #[test]
    fn rfc2253_renders_every_form_of_attribute() {
        const UTF8: u8 = 0x0c;
        const PRINTABLE: u8 = 0x13;
        const IA5: u8 = 0x16;
        let der = name_der(&[
            &[(&[0x55, 0x04, 0x06], PRINTABLE, b"US")],
            &[(&[0x55, 0x04, 0x0a], UTF8, b"A, B")],
            &[
                (&[0x55, 0x04, 0x03], UTF8, b" x"),
                (
                    &[0x09, 0x92, 0x26, 0x89, 0x93, 0xf2, 0x2c, 0x64, 0x01, 0x01],
                    UTF8,
                    b"u",
                ),
            ],
            &[(&[0x2a, 0x03, 0x04], UTF8, b"v")],
            &[(
                &[0x09, 0x92, 0x26, 0x89, 0x93, 0xf2, 0x2c, 0x64, 0x01, 0x19],
                IA5,
                b"com",
            )],
            &[(
                &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x01],
                IA5,
                b"a@b",
            )],
            &[
                (&[0x55, 0x04, 0x07], UTF8, b"l"),
                (&[0x55, 0x04, 0x08], UTF8, b"st"),
                (&[0x55, 0x04, 0x09], UTF8, b"s"),
                (&[0x55, 0x04, 0x0b], UTF8, b"ou"),
            ],
        ]);
        assert_eq!(
            rfc2253(&der),
            "L=l+ST=st+STREET=s+OU=ou,emailAddress=a@b,DC=com,1.2.3.4=#0c0176,\
             CN=\\ x+UID=u,O=A\\, B,C=US"
        );
        assert_eq!(rfc2253(&name_der(&[])), "");
        assert_eq!(rfc2253(b"\x30\x05junk"), "", "not a Name");
    }

    #[test]
    fn rfc2253_reverses_rdns_and_escapes_specials() {
        let escape = |s: &str| {
            let mut out = String::new();
            escape_into(&mut out, s);
            out
        };
        assert_eq!(escape("a,b"), "a\\,b");
        assert_eq!(escape(" x "), "\\ x\\ ");
        assert_eq!(escape("#1"), "\\#1");
        assert_eq!(escape("a\u{1}b\u{7f}"), "a\\01b\\7F");
    }
}

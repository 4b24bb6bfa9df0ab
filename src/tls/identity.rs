//! Client identity: the `X-Amzn-Mtls-*` header values, byte for byte in ALB's formats.

use base64::Engine;

use crate::http::rewrite::{field_len, IdentityHeaders, IdentityWriter};
use crate::trust::LeafInfo;

/// Header carrying the whole client chain in passthrough mode.
pub const HEADER_CLIENTCERT: &str = "X-Amzn-Mtls-Clientcert";
pub const HEADER_SERIAL: &str = "X-Amzn-Mtls-Clientcert-Serial-Number";
pub const HEADER_ISSUER: &str = "X-Amzn-Mtls-Clientcert-Issuer";
pub const HEADER_SUBJECT: &str = "X-Amzn-Mtls-Clientcert-Subject";
pub const HEADER_VALIDITY: &str = "X-Amzn-Mtls-Clientcert-Validity";
pub const HEADER_LEAF: &str = "X-Amzn-Mtls-Clientcert-Leaf";

/// Headers for a verified client (verify mode).
pub fn verify_headers(leaf: &LeafInfo) -> Vec<(&'static str, String)> {
    vec![
        (HEADER_SERIAL, leaf.serial_hex.clone()),
        (HEADER_ISSUER, leaf.issuer.clone()),
        (HEADER_SUBJECT, leaf.subject.clone()),
        (
            HEADER_VALIDITY,
            validity(leaf.not_before_unix, leaf.not_after_unix),
        ),
        (HEADER_LEAF, url_encode(&pem_encode(&leaf.der))),
    ]
}

/// The verify-mode identity fields rendered straight into one exactly sized
/// block (the same bytes as [`verify_headers`], without the temporaries).
pub fn verify_identity(leaf: &LeafInfo) -> IdentityHeaders {
    let validity_len = validity_len(leaf.not_before_unix, leaf.not_after_unix);
    let len = field_len(HEADER_SERIAL, leaf.serial_hex.len())
        + field_len(HEADER_ISSUER, leaf.issuer.len())
        + field_len(HEADER_SUBJECT, leaf.subject.len())
        + field_len(HEADER_VALIDITY, validity_len)
        + field_len(HEADER_LEAF, url_pem_len(leaf.der.len()));
    let mut w = IdentityWriter::with_capacity(len);
    w.field(HEADER_SERIAL, |o| {
        o.extend_from_slice(leaf.serial_hex.as_bytes())
    });
    w.field(HEADER_ISSUER, |o| {
        o.extend_from_slice(leaf.issuer.as_bytes())
    });
    w.field(HEADER_SUBJECT, |o| {
        o.extend_from_slice(leaf.subject.as_bytes())
    });
    w.field(HEADER_VALIDITY, |o| {
        write_validity(o, leaf.not_before_unix, leaf.not_after_unix)
    });
    w.field(HEADER_LEAF, |o| write_url_pem(o, &leaf.der));
    w.finish()
}

/// The passthrough-mode identity field rendered straight into one exactly
/// sized block (the same bytes as [`passthrough_header`]); `None` for
/// malformed framing.
pub fn passthrough_identity(tls_chain: &[u8]) -> Option<IdentityHeaders> {
    let certs = split_tls_chain(tls_chain)?;
    let value_len = certs.iter().map(|c| url_pem_len(c.len())).sum();
    let mut w = IdentityWriter::with_capacity(field_len(HEADER_CLIENTCERT, value_len));
    w.field(HEADER_CLIENTCERT, |o| {
        for der in &certs {
            write_url_pem(o, der);
        }
    });
    Some(w.finish())
}

const URL_PEM_BEGIN: &[u8] = b"-----BEGIN%20CERTIFICATE-----%0A";
const URL_PEM_END: &[u8] = b"-----END%20CERTIFICATE-----%0A";
/// DER bytes per 64-column base64 line.
const PEM_LINE_BYTES: usize = 48;

/// Length of `url_encode(&pem_encode(der))` for a DER of `der_len` bytes.
pub fn url_pem_len(der_len: usize) -> usize {
    let b64 = der_len.div_ceil(3) * 4;
    let lines = der_len.div_ceil(PEM_LINE_BYTES);
    URL_PEM_BEGIN.len() + b64 + 3 * lines + URL_PEM_END.len()
}

/// Appends `url_encode(&pem_encode(der))` without building either: base64
/// output is letters, digits, `+`, `/` and `=`, which ALB's encoding keeps,
/// so only the fixed lines and the newlines need escapes.
pub fn write_url_pem(out: &mut Vec<u8>, der: &[u8]) {
    out.extend_from_slice(URL_PEM_BEGIN);
    let mut line = [0u8; 64];
    for chunk in der.chunks(PEM_LINE_BYTES) {
        // 48 input bytes always fit 64 output characters.
        let n = base64::engine::general_purpose::STANDARD
            .encode_slice(chunk, &mut line)
            .unwrap_or(0);
        out.extend_from_slice(&line[..n]);
        out.extend_from_slice(b"%0A");
    }
    out.extend_from_slice(URL_PEM_END);
}

/// Length of [`validity`]'s output.
fn validity_len(not_before_unix: i64, not_after_unix: i64) -> usize {
    let one = |t| {
        if rfc3339_is_four_digit_year(t) {
            20
        } else {
            rfc3339_seconds(t).len()
        }
    };
    "NotBefore=".len() + one(not_before_unix) + ";NotAfter=".len() + one(not_after_unix)
}

/// Whether `unix` falls in years 0000-9999 (20-character RFC 3339 form).
fn rfc3339_is_four_digit_year(unix: i64) -> bool {
    time::OffsetDateTime::from_unix_timestamp(unix).is_ok_and(|t| (0..=9999).contains(&t.year()))
}

/// Appends [`validity`]'s output.
fn write_validity(out: &mut Vec<u8>, not_before_unix: i64, not_after_unix: i64) {
    out.extend_from_slice(b"NotBefore=");
    write_rfc3339_seconds(out, not_before_unix);
    out.extend_from_slice(b";NotAfter=");
    write_rfc3339_seconds(out, not_after_unix);
}

/// Appends [`rfc3339_seconds`]'s output.
fn write_rfc3339_seconds(out: &mut Vec<u8>, unix: i64) {
    let fmt = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    let start = out.len();
    let ok = time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .is_some_and(|t| t.format_into(out, &fmt).is_ok());
    if !ok {
        out.truncate(start);
        out.push(b'-');
    }
}

/// Header for passthrough mode: every certificate the client sent, as
/// URL-encoded PEM. `tls_chain` is s2n's (3-byte length, DER)* framing;
/// malformed framing yields `None` (nothing is forwarded).
pub fn passthrough_header(tls_chain: &[u8]) -> Option<(&'static str, String)> {
    let mut pem = String::new();
    for der in split_tls_chain(tls_chain)? {
        pem.push_str(&pem_encode(der));
    }
    Some((HEADER_CLIENTCERT, url_encode(&pem)))
}

/// Splits s2n's client chain framing into DER certificates.
pub fn split_tls_chain(mut bytes: &[u8]) -> Option<Vec<&[u8]>> {
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let [a, b, c, rest @ ..] = bytes else {
            return None;
        };
        let len = u32::from_be_bytes([0, *a, *b, *c]) as usize;
        if len == 0 || rest.len() < len {
            return None;
        }
        out.push(&rest[..len]);
        bytes = &rest[len..];
    }
    Some(out)
}

/// `NotBefore=2023-09-21T01:50:17Z;NotAfter=2024-09-20T01:50:17Z`.
pub fn validity(not_before_unix: i64, not_after_unix: i64) -> String {
    format!(
        "NotBefore={};NotAfter={}",
        rfc3339_seconds(not_before_unix),
        rfc3339_seconds(not_after_unix)
    )
}

/// `2023-09-21T01:50:17Z` (seconds precision, UTC).
pub fn rfc3339_seconds(unix: i64) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&fmt).ok())
        .unwrap_or_else(|| "-".into())
}

/// PEM with 64-column lines and a trailing newline.
pub fn pem_encode(der: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut s = String::with_capacity(b64.len() + b64.len() / 64 + 64);
    s.push_str("-----BEGIN CERTIFICATE-----\n");
    for line in b64.as_bytes().chunks(64) {
        // base64 output is ASCII, so every chunk is valid UTF-8.
        s.push_str(std::str::from_utf8(line).unwrap_or_default());
        s.push('\n');
    }
    s.push_str("-----END CERTIFICATE-----\n");
    s
}

/// ALB's URL encoding of PEM: unreserved characters and `+`, `=`, `/` are
/// left as they are; everything else (space, newline) is percent-encoded.
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b'+' | b'=' | b'/' => out.push(b as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xf)]));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_encoding_keeps_plus_equals_slash_and_escapes_space_and_newline() {
        assert_eq!(
            url_encode("-----BEGIN CERT-----\nab+/=\n"),
            "-----BEGIN%20CERT-----%0Aab+/=%0A"
        );
        assert_eq!(url_encode("\u{7f}\t%"), "%7F%09%25");
    }

    #[test]
    fn validity_uses_albs_format() {
        assert_eq!(
            validity(1_695_261_017, 1_726_797_017),
            "NotBefore=2023-09-21T01:50:17Z;NotAfter=2024-09-20T01:50:17Z"
        );
    }

    #[test]
    fn tls_chain_framing_is_split_and_malformed_framing_refused() {
        let chain = [0, 0, 2, 0xaa, 0xbb, 0, 0, 1, 0xcc];
        assert_eq!(
            split_tls_chain(&chain).unwrap(),
            vec![&[0xaa, 0xbb][..], &[0xcc][..]]
        );
        assert!(split_tls_chain(&[0, 0, 5, 1]).is_none());
        assert!(split_tls_chain(&[0, 0]).is_none());
    }

    #[test]
    fn direct_rendering_matches_the_field_by_field_one() {
        for der_len in [0usize, 1, 2, 3, 47, 48, 49, 95, 96, 97, 500, 1234] {
            let der: Vec<u8> = (0..der_len).map(|i| (i * 37 + 11) as u8).collect();
            let expected = url_encode(&pem_encode(&der));
            assert_eq!(url_pem_len(der_len), expected.len(), "len {der_len}");
            let mut out = Vec::new();
            write_url_pem(&mut out, &der);
            assert_eq!(String::from_utf8(out).unwrap(), expected, "len {der_len}");
        }
        let leaf = LeafInfo {
            subject: "CN=a,O=b".into(),
            issuer: "CN=issuer".into(),
            serial_hex: "0A1B".into(),
            not_before_unix: 1_695_261_017,
            not_after_unix: 1_726_797_017,
            der: vec![0x30, 0x82, 0x01, 0x0a, 7, 7, 7],
        };
        let direct = verify_identity(&leaf);
        let by_field = IdentityHeaders::new(&verify_headers(&leaf));
        assert_eq!(direct.as_bytes(), by_field.as_bytes());
        let mut chain = Vec::new();
        for der in [&[1u8, 2, 3][..], &[4u8; 60][..]] {
            chain.extend_from_slice(&(der.len() as u32).to_be_bytes()[1..]);
            chain.extend_from_slice(der);
        }
        let direct = passthrough_identity(&chain).unwrap();
        let by_field = IdentityHeaders::new(&[passthrough_header(&chain).unwrap()]);
        assert_eq!(direct.as_bytes(), by_field.as_bytes());
        assert!(passthrough_identity(&[0, 0, 9, 1]).is_none());
    }

    #[test]
    fn pem_lines_are_64_columns() {
        let pem = pem_encode(&[7u8; 100]);
        let lines: Vec<&str> = pem.lines().collect();
        assert_eq!(lines[0], "-----BEGIN CERTIFICATE-----");
        assert_eq!(lines[1].len(), 64);
        assert_eq!(*lines.last().unwrap(), "-----END CERTIFICATE-----");
    }
}

//! Client identity: the `X-Amzn-Mtls-*` header values, byte for byte in ALB's formats.

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
        (HEADER_VALIDITY, leaf.validity()),
        (HEADER_LEAF, url_encoded_pem(&[&leaf.der])),
    ]
}

/// Header for passthrough mode: every certificate the client sent, as
/// URL-encoded PEM. `tls_chain` is s2n's (3-byte length, DER)* framing;
/// malformed framing yields `None` (nothing is forwarded).
pub fn passthrough_header(tls_chain: &[u8]) -> Option<(&'static str, String)> {
    Some((
        HEADER_CLIENTCERT,
        url_encoded_pem(&split_tls_chain(tls_chain)?),
    ))
}

/// The certificates' concatenated PEM (64-column lines) in ALB's URL
/// encoding, written in one pass: unreserved characters and `+`, `=`, `/`
/// are left as they are and everything else is percent-encoded, so of PEM
/// only the markers' spaces and the newlines are escaped.
pub fn url_encoded_pem<D: AsRef<[u8]>>(certs: &[D]) -> String {
    const BEGIN: &[u8] = b"-----BEGIN%20CERTIFICATE-----%0A";
    const END: &[u8] = b"-----END%20CERTIFICATE-----%0A";
    let len = certs
        .iter()
        .map(|d| BEGIN.len() + END.len() + d.as_ref().len().div_ceil(48) * 67)
        .sum();
    let mut out = Vec::with_capacity(len);
    for der in certs {
        out.extend_from_slice(BEGIN);
        crate::trust::pem::push_base64_lines(der.as_ref(), b"%0A", &mut out);
        out.extend_from_slice(END);
    }
    // Base64 and the markers are ASCII.
    String::from_utf8(out).unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;

    /// PEM with 64-column lines and a trailing newline.
    fn pem_encode(der: &[u8]) -> String {
        crate::trust::pem::encode("CERTIFICATE", der)
    }

    /// ALB's URL encoding of PEM, byte by byte: the oracle for
    /// `url_encoded_pem`. Unreserved characters and `+`, `=`, `/` are left as
    /// they are; everything else (space, newline) is percent-encoded.
    fn url_encode(s: &str) -> String {
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

    #[test]
    fn url_encoding_keeps_plus_equals_slash_and_escapes_space_and_newline() {
        assert_eq!(
            url_encode("-----BEGIN CERT-----\nab+/=\n"),
            "-----BEGIN%20CERT-----%0Aab+/=%0A"
        );
        assert_eq!(url_encode("\u{7f}\t%"), "%7F%09%25");
    }

    #[test]
    fn url_encoded_pem_is_the_url_encoding_of_the_pem() {
        // Every length around the 3-byte groups and the 48-byte lines, and
        // every byte value.
        let data: Vec<u8> = (0..=255u8).cycle().take(300).collect();
        for len in 0..=data.len() {
            let der = &data[..len];
            assert_eq!(
                url_encoded_pem(&[der]),
                url_encode(&pem_encode(der)),
                "{len} bytes"
            );
        }
        let (a, b) = (&data[..97], &data[5..200]);
        let joined = format!("{}{}", pem_encode(a), pem_encode(b));
        assert_eq!(url_encoded_pem(&[a, b]), url_encode(&joined));
        assert_eq!(url_encoded_pem::<&[u8]>(&[]), "");
    }

    #[test]
    fn validity_uses_albs_format() {
        let leaf = LeafInfo {
            subject: String::new(),
            issuer: String::new(),
            serial_hex: String::new(),
            not_before_unix: 1_695_261_017,
            not_after_unix: 1_726_797_017,
            der: Vec::new(),
        };
        assert_eq!(
            verify_headers(&leaf)[3],
            (
                HEADER_VALIDITY,
                "NotBefore=2023-09-21T01:50:17Z;NotAfter=2024-09-20T01:50:17Z".to_string()
            )
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
    fn pem_lines_are_64_columns() {
        let pem = pem_encode(&[7u8; 100]);
        let lines: Vec<&str> = pem.lines().collect();
        assert_eq!(lines[0], "-----BEGIN CERTIFICATE-----");
        assert_eq!(lines[1].len(), 64);
        assert_eq!(*lines.last().unwrap(), "-----END CERTIFICATE-----");
    }
}

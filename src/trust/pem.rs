//! PEM reading and writing with line numbers, so load errors can point at the bad block.
//!
//! Own implementation rather than x509-parser's because the trust-bundle
//! format tolerates `#` comment lines and must report *where* a file is bad.

use thiserror::Error;

/// One `-----BEGIN x-----` … `-----END x-----` block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PemBlock {
    /// The label, e.g. `CERTIFICATE` or `X509 CRL`.
    pub label: String,
    /// Decoded contents.
    pub der: Vec<u8>,
    /// 1-based line number of the BEGIN line.
    pub line: usize,
}

/// Why a PEM text could not be read.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum PemError {
    /// Text outside any block that is neither blank nor a `#` comment.
    #[error("line {line}: unexpected text outside a PEM block")]
    StrayText { line: usize },
    /// A BEGIN without its END.
    #[error("line {line}: PEM block `{label}` is not terminated by an END line")]
    Unterminated { line: usize, label: String },
    /// END label different from BEGIN label.
    #[error("line {line}: END label does not match BEGIN `{label}`")]
    LabelMismatch { line: usize, label: String },
    /// A character that is not base64, or bad padding.
    #[error("line {line}: invalid base64 in PEM block")]
    BadBase64 { line: usize },
    /// The text is not UTF-8.
    #[error("file is not text (not UTF-8)")]
    NotText,
}

const BEGIN: &str = "-----BEGIN ";
const END: &str = "-----END ";
const DASHES: &str = "-----";

/// Returns true when `data` looks like PEM (rather than DER).
pub fn looks_like_pem(data: &[u8]) -> bool {
    data.windows(BEGIN.len()).any(|w| w == BEGIN.as_bytes())
}

/// Splits a PEM text into blocks; blank lines and `#` comments between blocks are allowed.
pub fn parse(data: &[u8]) -> Result<Vec<PemBlock>, PemError> {
    let text = std::str::from_utf8(data).map_err(|_| PemError::NotText)?;
    let mut blocks = Vec::new();
    let mut current: Option<(String, usize, String)> = None;
    for (idx, raw) in text.lines().enumerate() {
        let line_no = idx + 1;
        let line = raw.trim();
        if let Some((label, start, mut body)) = current.take() {
            if let Some(end_label) = strip_marker(line, END) {
                if end_label != label {
                    return Err(PemError::LabelMismatch {
                        line: line_no,
                        label,
                    });
                }
                let der = decode(&body).ok_or(PemError::BadBase64 { line: start })?;
                blocks.push(PemBlock {
                    label,
                    der,
                    line: start,
                });
            } else {
                body.push_str(line);
                current = Some((label, start, body));
            }
            continue;
        }
        if let Some(label) = strip_marker(line, BEGIN) {
            current = Some((label.to_string(), line_no, String::new()));
        } else if !(line.is_empty() || line.starts_with('#')) {
            return Err(PemError::StrayText { line: line_no });
        }
    }
    match current {
        Some((label, line, _)) => Err(PemError::Unterminated { line, label }),
        None => Ok(blocks),
    }
}

fn strip_marker<'a>(line: &'a str, marker: &str) -> Option<&'a str> {
    line.strip_prefix(marker)?.strip_suffix(DASHES)
}

/// PEM-encodes `der` under `label` with 64-column lines.
pub fn encode(label: &str, der: &[u8]) -> String {
    let mut out = Vec::with_capacity(der.len().div_ceil(48) * 65 + 2 * label.len() + 40);
    out.extend_from_slice(BEGIN.as_bytes());
    out.extend_from_slice(label.as_bytes());
    out.extend_from_slice(DASHES.as_bytes());
    out.push(b'\n');
    push_base64_lines(der, b"\n", &mut out);
    out.extend_from_slice(END.as_bytes());
    out.extend_from_slice(label.as_bytes());
    out.extend_from_slice(DASHES.as_bytes());
    out.push(b'\n');
    // The label is a &str and the rest ASCII.
    String::from_utf8(out).unwrap_or_default()
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Appends the base64 of `der` in PEM's 64-column lines, each followed by
/// `newline` (`\n` in PEM, `%0A` in a URL-encoded PEM header).
pub fn push_base64_lines(der: &[u8], newline: &[u8], out: &mut Vec<u8>) {
    // 48 bytes make one 64-column line.
    for line in der.chunks(48) {
        push_base64(line, out);
        out.extend_from_slice(newline);
    }
}

/// Appends the standard base64 of `data`, with padding, to `out`.
pub fn push_base64(data: &[u8], out: &mut Vec<u8>) {
    let digit = |n: u32, shift: u32| ALPHABET[((n >> shift) & 63) as usize];
    let mut groups = data.chunks_exact(3);
    for g in &mut groups {
        let n = (u32::from(g[0]) << 16) | (u32::from(g[1]) << 8) | u32::from(g[2]);
        out.extend_from_slice(&[digit(n, 18), digit(n, 12), digit(n, 6), digit(n, 0)]);
    }
    match *groups.remainder() {
        [a] => {
            let n = u32::from(a) << 16;
            out.extend_from_slice(&[digit(n, 18), digit(n, 12), b'=', b'=']);
        }
        [a, b] => {
            let n = (u32::from(a) << 16) | (u32::from(b) << 8);
            out.extend_from_slice(&[digit(n, 18), digit(n, 12), digit(n, 6), b'=']);
        }
        _ => {}
    }
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Decodes standard base64 (whitespace already removed line by line); `None` if malformed.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    let quads = bytes.len() / 4;
    for (qi, quad) in bytes.chunks(4).enumerate() {
        let pad = quad.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && qi + 1 != quads) {
            return None;
        }
        let mut n = 0u32;
        for &c in &quad[..4 - pad] {
            n = (n << 6) | sextet(c)?;
        }
        n <<= 6 * pad as u32;
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&decoded[..3 - pad]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Standard base64 with padding, as a string.
    fn encode_base64(data: &[u8]) -> String {
        let mut out = Vec::new();
        push_base64(data, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn base64_matches_rfc_4648_and_pem_lines_are_64_columns() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, b64) in vectors {
            assert_eq!(encode_base64(plain.as_bytes()), b64, "{plain:?}");
        }
        let der = [0xffu8; 100];
        let pem = encode("X", &der);
        let widths: Vec<usize> = pem.lines().map(str::len).collect();
        assert_eq!(widths, [17, 64, 64, 8, 15], "{pem}");
        assert!(
            pem.starts_with("-----BEGIN X-----\n/////") && pem.ends_with("\n-----END X-----\n")
        );
        assert_eq!(
            decode(&pem.lines().skip(1).take(3).collect::<String>()).unwrap(),
            der
        );
    }

    #[test]
    fn base64_round_trips_every_length_remainder() {
        for len in 0..10 {
            let data: Vec<u8> = (0..len as u8).map(|b| b.wrapping_mul(37)).collect();
            assert_eq!(decode(&encode_base64(&data)).unwrap(), data);
        }
    }

    #[test]
    fn comments_and_blank_lines_between_blocks_are_tolerated() {
        let text = format!(
            "# bundle\n\n{}# second\n{}",
            encode("CERTIFICATE", b"abc"),
            encode("X509 CRL", b"hello world")
        );
        let blocks = parse(text.as_bytes()).unwrap();
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].der, b"abc");
        assert_eq!(blocks[1].label, "X509 CRL");
        assert_eq!(blocks[1].line, 7);
    }

    #[test]
    fn stray_text_and_bad_base64_are_reported_with_their_line() {
        assert_eq!(
            parse(b"hello\n").unwrap_err(),
            PemError::StrayText { line: 1 }
        );
        let bad = "\n-----BEGIN CERTIFICATE-----\nab!d\n-----END CERTIFICATE-----\n";
        assert_eq!(
            parse(bad.as_bytes()).unwrap_err(),
            PemError::BadBase64 { line: 2 }
        );
        let open = "-----BEGIN CERTIFICATE-----\nabcd\n";
        assert!(matches!(
            parse(open.as_bytes()).unwrap_err(),
            PemError::Unterminated { line: 1, .. }
        ));
    }
}

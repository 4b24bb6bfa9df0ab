//! Word-at-a-time byte scans for the head parser (safe code, eight bytes per step).
//!
//! Finding line ends and validating field values are the two loops that
//! touch every byte of a head; doing them a `u64` at a time roughly
//! halves parse time on typical browser heads (see `benches/http.rs`).

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Marks (high bit set) the bytes of `w` that are zero; exact for the lowest
/// marked byte, which is all [`find_lf`] uses.
fn zero_bytes(w: u64) -> u64 {
    w.wrapping_sub(LO) & !w & HI
}

/// Index of the first `\n` in `hay`.
pub fn find_lf(hay: &[u8]) -> Option<usize> {
    let mut chunks = hay.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let hits = zero_bytes(u64::from_le_bytes(word) ^ (LO * u64::from(b'\n')));
        if hits != 0 {
            return Some(base + (hits.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| base + i)
}

/// Whether every byte may appear in a field value: HTAB, SP, VCHAR, obs-text
/// (RFC 9110 section 5.5), i.e. no control byte but HTAB and no DEL.
pub fn is_field_value(v: &[u8]) -> bool {
    let byte_ok = |b: u8| b == b'\t' || (b >= 0x20 && b != 0x7f);
    let mut chunks = v.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        // Any byte below 0x20 (bytes >= 0x80 never match: `!w` clears their
        // high bit) or equal to 0x7f sends the word to the exact check.
        let suspicious = (w.wrapping_sub(LO * 0x20) & !w & HI) | zero_bytes(w ^ (LO * 0x7f));
        if suspicious != 0 && !chunk.iter().all(|&b| byte_ok(b)) {
            return false;
        }
    }
    chunks.remainder().iter().all(|&b| byte_ok(b))
}

/// Byte classes, looked up once per byte on the hot path.
const TCHAR: u8 = 1;
const FIELD_VCHAR: u8 = 2;

/// `CLASS[b]` says which classes byte `b` belongs to.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() {
            t[i] |= TCHAR;
        }
        if b == b'\t' || b == b' ' || b >= 0x21 && b != 0x7f {
            t[i] |= FIELD_VCHAR;
        }
        i += 1;
    }
    let specials = b"!#$%&'*+-.^_`|~";
    let mut j = 0;
    while j < specials.len() {
        t[specials[j] as usize] |= TCHAR;
        j += 1;
    }
    t
};

/// `tchar` of RFC 9110 section 5.6.2.
pub fn is_tchar(b: u8) -> bool {
    CLASS[b as usize] & TCHAR != 0
}

/// Bytes allowed in a field value: VCHAR, SP, HTAB and obs-text.
pub(crate) fn is_field_vchar(b: u8) -> bool {
    CLASS[b as usize] & FIELD_VCHAR != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_feeds_are_found_at_every_offset() {
        for len in 0..40 {
            for at in 0..=len {
                let mut hay = vec![b'a'; len];
                if at < len {
                    hay[at] = b'\n';
                }
                hay.extend_from_slice(b"xx\n");
                let expected = hay.iter().position(|&b| b == b'\n');
                assert_eq!(find_lf(&hay), expected, "len {len} at {at}");
            }
        }
        // Bytes next to '\n' in value (0x0b, 0x8a) must not be mistaken for it.
        assert_eq!(find_lf(&[0x0b, 0x8a, 0x09, 0x0a]), Some(3));
        assert_eq!(find_lf(&[0x8a; 9]), None);
    }

    #[test]
    fn field_values_are_judged_byte_for_byte_like_the_grammar() {
        let naive = |v: &[u8]| v.iter().all(|&b| b == b'\t' || (b >= 0x20 && b != 0x7f));
        for bad in 0..=255u8 {
            for at in 0..17 {
                let mut v = b"value with \xc3\xa9 text".to_vec();
                v[at] = bad;
                assert_eq!(is_field_value(&v), naive(&v), "byte {bad:#x} at {at}");
            }
        }
    }
}

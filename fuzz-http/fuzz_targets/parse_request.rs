//! Fuzz target: request-head scanning and parsing never panic and keep their own invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use portcullis::http::head::{find_head_end, leading_empty_lines_len, parse_request, HeadLimits};

const LIMITS: HeadLimits = HeadLimits {
    max_header_bytes: 4096,
    max_header_count: 64,
};

fuzz_target!(|data: &[u8]| {
    let data = &data[leading_empty_lines_len(data)..];
    // Resuming a scan anywhere must agree with scanning from the start.
    let whole = find_head_end(data, 0);
    if let Ok(None) = whole {
        for from in [data.len() / 2, data.len()] {
            assert_eq!(find_head_end(data, from).ok().flatten(), None);
        }
    }
    let Ok(head) = parse_request(data, &LIMITS) else {
        return;
    };
    assert!(head.head_len <= LIMITS.max_header_bytes && head.head_len <= data.len());
    assert!(head.headers.len() <= LIMITS.max_header_count);
    assert_eq!(whole, Ok(Some(head.head_len)));
    for h in &head.headers {
        assert!(!h.name.is_empty());
        assert!(!h.value.iter().any(|&b| b == b'\r' || b == b'\n' || b == 0));
    }
});

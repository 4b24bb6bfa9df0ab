//! Fuzz target: response heads parse without panicking, and every parsed head rewrites into one that parses again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use portcullis::http::head::{parse_response, HeadLimits};
use portcullis::http::rewrite::{write_response_head, ResponseRewrite};

const LIMITS: HeadLimits = HeadLimits {
    max_header_bytes: 8192,
    max_header_count: 128,
};

fuzz_target!(|data: &[u8]| {
    let Ok(head) = parse_response(data, &LIMITS) else {
        return;
    };
    let is_head = data.len() % 2 == 0;
    let kind = head.body_kind(is_head);
    let rw = ResponseRewrite {
        close: data.len() % 3 == 0,
        keep_alive: false,
        drop_transfer_encoding: false,
        drop_content_length: head.transfer_chunked.is_some(),
    };
    let mut out = Vec::new();
    write_response_head(&head, rw, &mut out);
    let again = parse_response(
        &out,
        &HeadLimits {
            max_header_bytes: out.len(),
            max_header_count: 256,
        },
    )
    .expect("a rewritten response head parses");
    assert_eq!(again.status, head.status);
    assert_eq!(
        again.body_kind(is_head),
        kind,
        "framing survives the rewrite"
    );
});

//! Fuzz target: chunk-size lines never panic the parser, and accepted ones are well-formed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use portcullis::http::chunked::parse_chunk_size;

fuzz_target!(|data: &[u8]| {
    if parse_chunk_size(data).is_ok() {
        assert!(data.ends_with(b"\r\n"));
        assert!(data[0].is_ascii_hexdigit());
    }
});

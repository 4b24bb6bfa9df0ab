//! Fuzz target: a request head that parses is rewritten into one that parses, carries no client identity field, and keeps its framing.
#![no_main]

use std::net::{IpAddr, Ipv6Addr};

use libfuzzer_sys::fuzz_target;
use portcullis::http::head::{parse_request, HeadLimits};
use portcullis::http::rewrite::{is_mtls_header, write_request_head, ForwardInfo, IdentityHeaders};

const LIMITS: HeadLimits = HeadLimits {
    max_header_bytes: 4096,
    max_header_count: 64,
};

fuzz_target!(|data: &[u8]| {
    let Ok(head) = parse_request(data, &LIMITS) else {
        return;
    };
    let identity = IdentityHeaders::new(&[("X-Amzn-Mtls-Clientcert-Serial-Number", "0A1B")]);
    let info = ForwardInfo {
        client_ip: IpAddr::V6(Ipv6Addr::new(0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201)),
        listener_port: 8443,
        identity_headers: &identity,
    };
    let mut out = Vec::new();
    write_request_head(&head, &info, &mut out);
    let again = parse_request(
        &out,
        &HeadLimits {
            max_header_bytes: out.len(),
            max_header_count: LIMITS.max_header_count + 8,
        },
    )
    .expect("a rewritten request head parses");
    assert_eq!(again.method, head.method);
    assert_eq!(again.target, head.target);
    assert_eq!(again.body, head.body, "framing survives the rewrite");
    let mtls: Vec<_> = again
        .headers
        .iter()
        .filter(|h| is_mtls_header(h.name))
        .collect();
    assert_eq!(mtls.len(), 1);
    assert_eq!(mtls[0].value, b"0A1B");
    let count = |n: &str| {
        again
            .headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case(n.as_bytes()))
            .count()
    };
    assert_eq!(count("x-forwarded-for"), 1);
    assert_eq!(count("x-forwarded-proto"), 1);
    assert_eq!(count("x-forwarded-port"), 1);
    for hop in [
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "upgrade",
    ] {
        assert_eq!(count(hop), 0, "{hop} was forwarded");
    }
    let xff = again
        .headers
        .iter()
        .find(|h| h.name == b"X-Forwarded-For")
        .unwrap();
    assert!(xff.value.ends_with(b"192.0.2.1"));
});

//! Deterministic mutation testing of the head parser and rewrite: the stable-toolchain sibling of the fuzz-http targets.

use std::net::{IpAddr, Ipv4Addr};

use portcullis::http::chunked::parse_chunk_size;
use portcullis::http::head::{parse_request, parse_response, HeadLimits};
use portcullis::http::rewrite::{
    is_mtls_header, write_request_head, write_response_head, ForwardInfo, IdentityHeaders,
    ResponseRewrite,
};

/// Mutations per seed: enough to reach every mutation kind at every
/// position of the seeds many times, small enough for a debug build.
const MUTATIONS_PER_SEED: usize = 4_000;

const LIMITS: HeadLimits = HeadLimits {
    max_header_bytes: 4096,
    max_header_count: 64,
};

const REQUEST_SEEDS: [&[u8]; 5] = [
    b"GET /a?b=c HTTP/1.1\r\nHost: h\r\nAccept: */*\r\nCookie: a=b; c=d\r\n\r\n",
    b"POST /up HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nConnection: keep-alive, X-Hop\r\nX-Hop: 1\r\n\r\n",
    b"PUT / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\nExpect: 100-continue\r\n\r\n",
    b"GET / HTTP/1.0\r\nX-Forwarded-For: 10.0.0.1\r\nX-Amzn-Mtls-Clientcert: x\r\nConnection: keep-alive\r\n\r\n",
    b"DELETE /x HTTP/1.1\r\nHost: h\r\nTE: trailers\r\nUpgrade: h2c\r\nX-Forwarded-Proto: http\r\n\r\n",
];

const RESPONSE_SEEDS: [&[u8]; 3] = [
    b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\nConnection: close\r\n\r\n",
    b"HTTP/1.1 204 No Content\r\nKeep-Alive: timeout=5\r\n\r\n",
    b"HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n",
];

/// Fragments that matter to HTTP framing, spliced in by the mutator.
const DICTIONARY: [&[u8]; 14] = [
    b"\r",
    b"\n",
    b"\r\n",
    b":",
    b" ",
    b"\t",
    b",",
    b"\0",
    b"chunked",
    b"Content-Length: 1\r\n",
    b"Transfer-Encoding: chunked\r\n",
    b"X-Amzn-Mtls-Clientcert: evil\r\n",
    b"Connection: host, te\r\n",
    b"\xff",
];

/// xorshift64*: a fixed, dependency-free pseudo-random sequence.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(5) {
            0 if at < v.len() => v[at] = rng.next() as u8,
            1 if at < v.len() => {
                v.remove(at);
            }
            2 => {
                let word = DICTIONARY[rng.below(DICTIONARY.len())];
                v.splice(at..at, word.iter().copied());
            }
            3 => v.truncate(at),
            _ => {
                let end = (at + rng.below(32)).min(v.len());
                let copy = v[at..end].to_vec();
                v.splice(at..at, copy);
            }
        }
    }
    v
}

fn check_request(data: &[u8]) -> bool {
    let Ok(head) = parse_request(data, &LIMITS) else {
        return false;
    };
    let identity = IdentityHeaders::new(&[("X-Amzn-Mtls-Clientcert-Serial-Number", "0A1B")]);
    let info = ForwardInfo {
        client_ip: IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)),
        listener_port: 443,
        identity_headers: &identity,
    };
    let mut out = Vec::new();
    write_request_head(&head, &info, &mut out);
    let limits = HeadLimits {
        max_header_bytes: out.len(),
        max_header_count: LIMITS.max_header_count + 8,
    };
    let again = parse_request(&out, &limits).unwrap_or_else(|e| {
        panic!(
            "rewrite of {:?} does not parse: {e}",
            String::from_utf8_lossy(data)
        )
    });
    assert_eq!(again.body, head.body);
    let mtls: Vec<_> = again
        .headers
        .iter()
        .filter(|h| is_mtls_header(h.name))
        .collect();
    assert_eq!(mtls.len(), 1, "{:?}", String::from_utf8_lossy(&out));
    let count = |n: &str| {
        again
            .headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case(n.as_bytes()))
            .count()
    };
    for hop in [
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "upgrade",
    ] {
        assert_eq!(
            count(hop),
            0,
            "{hop} forwarded: {:?}",
            String::from_utf8_lossy(&out)
        );
    }
    assert_eq!(count("x-forwarded-for"), 1);
    true
}

fn check_response(data: &[u8]) -> bool {
    let Ok(head) = parse_response(data, &LIMITS) else {
        return false;
    };
    let rw = ResponseRewrite {
        close: true,
        drop_content_length: head.transfer_chunked.is_some(),
        ..ResponseRewrite::default()
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
    .unwrap_or_else(|e| {
        panic!(
            "rewrite of {:?} does not parse: {e}",
            String::from_utf8_lossy(data)
        )
    });
    assert_eq!(again.body_kind(false), head.body_kind(false));
    true
}

#[test]
fn mutated_request_heads_never_panic_and_rewrite_cleanly() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut accepted = 0;
    for seed in REQUEST_SEEDS {
        assert!(
            check_request(seed),
            "seed parses: {:?}",
            String::from_utf8_lossy(seed)
        );
        for _ in 0..MUTATIONS_PER_SEED {
            accepted += usize::from(check_request(&mutate(seed, &mut rng)));
        }
    }
    // Some mutants must survive, or the invariants above were never exercised.
    assert!(
        accepted > MUTATIONS_PER_SEED / 10,
        "only {accepted} mutants parsed"
    );
}

#[test]
fn mutated_response_heads_never_panic_and_rewrite_cleanly() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for seed in RESPONSE_SEEDS {
        assert!(check_response(seed));
        for _ in 0..MUTATIONS_PER_SEED {
            check_response(&mutate(seed, &mut rng));
        }
    }
}

#[test]
fn mutated_chunk_size_lines_never_panic() {
    let mut rng = Rng(7);
    for seed in [&b"1a;ext=\"v\"\r\n"[..], b"0\r\n", b"ffffffffffffffff\r\n"] {
        for _ in 0..MUTATIONS_PER_SEED {
            let line = mutate(seed, &mut rng);
            if parse_chunk_size(&line).is_ok() {
                assert!(line.ends_with(b"\r\n") && line[0].is_ascii_hexdigit());
            }
        }
    }
}

//! Criterion benches for the HTTP head path: parsing a browser request head and rewriting it for the target.

use std::hint::black_box;
use std::net::{IpAddr, Ipv4Addr};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use portcullis::http::head::{find_head_end, parse_request, HeadLimits};
use portcullis::http::rewrite::{write_request_head, ForwardInfo, IdentityHeaders};

/// A typical desktop-browser navigation request head (about 600 bytes).
const BROWSER_HEAD: &[u8] = b"GET /account/orders?page=2&sort=desc HTTP/1.1\r\n\
Host: shop.example.com\r\n\
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r\n\
Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n\
Accept-Language: en-US,en;q=0.5\r\n\
Accept-Encoding: gzip, deflate, br, zstd\r\n\
Referer: https://shop.example.com/account\r\n\
Connection: keep-alive\r\n\
Cookie: session=3f9a2c7e1b8d4f60a5e2c9b7d1f3a8e6; theme=dark; consent=1\r\n\
Upgrade-Insecure-Requests: 1\r\n\
Sec-Fetch-Dest: document\r\n\
Sec-Fetch-Mode: navigate\r\n\
Sec-Fetch-Site: same-origin\r\n\
Sec-Fetch-User: ?1\r\n\
Priority: u=0, i\r\n\r\n";

const LIMITS: HeadLimits = HeadLimits {
    max_header_bytes: 32 * 1024,
    max_header_count: 100,
};

fn identity() -> Vec<(&'static str, String)> {
    vec![
        (
            "X-Amzn-Mtls-Clientcert-Serial-Number",
            "5A3C0F9E21B7D4".to_string(),
        ),
        (
            "X-Amzn-Mtls-Clientcert-Issuer",
            "CN=Corp Issuing CA,O=Example Corp,C=US".to_string(),
        ),
        (
            "X-Amzn-Mtls-Clientcert-Subject",
            "CN=alice,OU=Engineering,O=Example Corp,C=US".to_string(),
        ),
        (
            "X-Amzn-Mtls-Clientcert-Validity",
            "NotBefore=2025-01-01T00:00:00Z;NotAfter=2026-01-01T00:00:00Z".to_string(),
        ),
    ]
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("http");
    g.throughput(Throughput::Bytes(BROWSER_HEAD.len() as u64));
    g.bench_function("parse_head", |b| {
        b.iter(|| {
            let buf = black_box(BROWSER_HEAD);
            let end = find_head_end(buf, 0).unwrap().unwrap();
            let head = parse_request(&buf[..end], &LIMITS).unwrap();
            black_box(head.headers.len())
        })
    });
    let identity = identity();
    let info = ForwardInfo {
        client_ip: IpAddr::V4(Ipv4Addr::new(198, 51, 100, 23)),
        listener_port: 443,
        identity_headers: &IdentityHeaders::new(&identity),
    };
    let head = parse_request(BROWSER_HEAD, &LIMITS).unwrap();
    let mut out = Vec::with_capacity(2048);
    g.bench_function("rewrite_request", |b| {
        b.iter(|| {
            out.clear();
            write_request_head(black_box(&head), black_box(&info), &mut out);
            black_box(out.len())
        })
    });
    g.bench_function("parse_and_rewrite", |b| {
        b.iter(|| {
            let buf = black_box(BROWSER_HEAD);
            let end = find_head_end(buf, 0).unwrap().unwrap();
            let head = parse_request(&buf[..end], &LIMITS).unwrap();
            let mut out = Vec::with_capacity(end + 512);
            write_request_head(&head, &info, &mut out);
            black_box(out.len())
        })
    });
    g.finish();
}

criterion_group!(http, benches);
criterion_main!(http);

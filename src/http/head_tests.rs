//! Edge cases of the head parser.

use super::*;

const LIMITS: HeadLimits = HeadLimits {
    max_header_bytes: 1024,
    max_header_count: 8,
};

fn req(text: &str) -> Result<RequestHead<'_>, HeadError> {
    parse_request(text.as_bytes(), &LIMITS)
}

fn malformed(text: &str) -> bool {
    matches!(req(text), Err(HeadError::Malformed(_)))
}

#[test]
fn a_simple_get_parses_without_copying() {
    let text = "GET /a?b=c HTTP/1.1\r\nHost: example.com\r\nAccept:  */* \r\n\r\nrest";
    let head = req(text).unwrap();
    assert_eq!(head.method, "GET");
    assert_eq!(head.target, "/a?b=c");
    assert_eq!(head.version, Version::Http11);
    assert_eq!(head.headers.len(), 2);
    assert_eq!(head.headers[1].name, b"Accept");
    assert_eq!(head.headers[1].value, b"*/*");
    assert_eq!(head.head_len, text.len() - 4);
    assert_eq!(head.body, BodyKind::Empty);
    assert!(head.keep_alive);
    assert!(std::ptr::eq(head.method.as_ptr(), text.as_ptr()));
}

#[test]
fn http10_closes_unless_keep_alive_is_asked_for() {
    assert!(!req("GET / HTTP/1.0\r\n\r\n").unwrap().keep_alive);
    assert!(
        req("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")
            .unwrap()
            .keep_alive
    );
    assert!(
        !req("GET / HTTP/1.1\r\nHost: a\r\nConnection: foo, close\r\n\r\n")
            .unwrap()
            .keep_alive
    );
}

#[test]
fn bodies_are_framed_by_length_or_chunked() {
    let h = req("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 42\r\n\r\n").unwrap();
    assert_eq!(h.body, BodyKind::Length(42));
    let h = req("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 7, 7\r\n\r\n").unwrap();
    assert_eq!(h.body, BodyKind::Length(7));
    let h = req("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n").unwrap();
    assert_eq!(h.body, BodyKind::Chunked);
}

#[test]
fn content_length_with_transfer_encoding_is_refused_as_smuggling() {
    assert!(malformed(
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
    ));
    assert!(malformed(
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 0\r\n\r\n"
    ));
}

#[test]
fn invalid_or_differing_content_lengths_are_refused() {
    for cl in [
        "",
        "-1",
        "+5",
        "1 2",
        "0x10",
        "5,6",
        "99999999999999999999",
        "5,",
    ] {
        let text = format!("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: {cl}\r\n\r\n");
        assert!(malformed(&text), "{cl:?}");
    }
    assert!(malformed(
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"
    ));
}

#[test]
fn transfer_codings_must_end_in_a_single_chunked() {
    for te in [
        "gzip",
        "chunked, chunked",
        "chunked, gzip",
        "",
        " , ",
        "chu nked",
        "\"chunked\"",
    ] {
        let text = format!("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: {te}\r\n\r\n");
        assert!(malformed(&text), "{te:?}");
    }
    assert!(malformed(
        "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"
    ));
}

#[test]
fn bare_cr_and_bare_lf_are_refused() {
    assert!(malformed("GET / HTTP/1.1\r\nHost: a\rX: y\r\n\r\n"));
    assert!(matches!(
        find_head_end(b"GET / HTTP/1.1\nHost: a\r\n\r\n", 0),
        Err(HeadError::Malformed(_))
    ));
    assert!(malformed("GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n"));
}

#[test]
fn obsolete_line_folding_is_refused() {
    assert!(malformed(
        "GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n  b\r\n\r\n"
    ));
    assert!(malformed(
        "GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n\tb\r\n\r\n"
    ));
}

#[test]
fn bad_tokens_and_request_lines_are_refused() {
    for text in [
        "GET / HTTP/1.1\r\nHost : a\r\n\r\n",
        "GET / HTTP/1.1\r\nHo(st: a\r\n\r\n",
        "GET / HTTP/1.1\r\n: a\r\n\r\n",
        "GET / HTTP/1.1\r\nNoColon\r\n\r\n",
        "G(T / HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET  / HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET / HTTP/1.1 \r\nHost: a\r\n\r\n",
        "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET / HTTP/1.1\r\nX: a\x00b\r\nHost: a\r\n\r\n",
        "GET /\x7f HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET / http/1.1\r\nHost: a\r\n\r\n",
        "GET / HTTP/1.1\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        "CONNECT a:443 HTTP/1.1\r\nHost: a\r\n\r\n",
    ] {
        assert!(malformed(text), "{text:?}");
    }
}

#[test]
fn other_http_versions_are_unsupported_rather_than_malformed() {
    assert_eq!(req("GET / HTTP/2.0\r\n\r\n").unwrap_err().status(), 505);
}

#[test]
fn oversize_heads_and_too_many_fields_are_too_large() {
    let big = format!(
        "GET / HTTP/1.1\r\nHost: a\r\nX: {}\r\n\r\n",
        "v".repeat(2000)
    );
    assert_eq!(req(&big).unwrap_err(), HeadError::TooLarge { limit: 1024 });
    let unfinished = "x".repeat(1024);
    assert_eq!(req(&unfinished).unwrap_err().status(), 431);
    let mut many = String::from("GET / HTTP/1.1\r\nHost: a\r\n");
    for i in 0..8 {
        many.push_str(&format!("X-{i}: v\r\n"));
    }
    many.push_str("\r\n");
    assert_eq!(
        req(&many).unwrap_err(),
        HeadError::TooManyHeaders { limit: 8 }
    );
}

#[test]
fn head_end_is_found_across_partial_reads() {
    let text = b"GET / HTTP/1.1\r\nHost: a\r\n\r\nBODY";
    for split in 0..text.len() {
        match find_head_end(&text[..split], 0).unwrap() {
            // Resume where the last scan stopped.
            None => assert_eq!(find_head_end(text, split).unwrap(), Some(27)),
            Some(end) => assert!(end == 27 && split >= 27),
        }
    }
    assert_eq!(leading_empty_lines_len(b"\r\n\r\nGET"), 4);
}

#[test]
fn responses_know_when_they_have_no_body() {
    let r = parse_response(
        b"HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n",
        &LIMITS,
    )
    .unwrap();
    assert_eq!(r.body_kind(false), BodyKind::Empty);
    let r = parse_response(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", &LIMITS).unwrap();
    assert_eq!(r.body_kind(true), BodyKind::Empty);
    assert_eq!(r.body_kind(false), BodyKind::Length(5));
    let r = parse_response(b"HTTP/1.1 304 \r\n\r\n", &LIMITS).unwrap();
    assert_eq!(r.body_kind(false), BodyKind::Empty);
    let r = parse_response(b"HTTP/1.1 103 Early Hints\r\n\r\n", &LIMITS).unwrap();
    assert_eq!(r.body_kind(false), BodyKind::Empty);
    let r = parse_response(b"HTTP/1.0 200 OK\r\n\r\n", &LIMITS).unwrap();
    assert_eq!(r.body_kind(false), BodyKind::CloseDelimited);
    assert!(!r.keep_alive);
    let r = parse_response(
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
        &LIMITS,
    )
    .unwrap();
    assert_eq!(r.body_kind(false), BodyKind::Chunked);
}

#[test]
fn bad_status_lines_are_refused() {
    for text in [
        &b"HTTP/1.1 20 OK\r\n\r\n"[..],
        b"HTTP/1.1 2000 OK\r\n\r\n",
        b"HTTP/1.1 099 OK\r\n\r\n",
        b"HTTP/1.1 abc OK\r\n\r\n",
        b"HTTP/1.1 200 O\x01K\r\n\r\n",
        b"ICY 200 OK\r\n\r\n",
    ] {
        assert!(parse_response(text, &LIMITS).is_err(), "{text:?}");
    }
    let r = parse_response(b"HTTP/1.1 200\r\n\r\n", &LIMITS).unwrap();
    assert_eq!((r.status, r.reason), (200, &b""[..]));
}

#[test]
fn byte_classes_match_the_rfc_grammar() {
    for b in 0..=255u8 {
        let tchar = b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
        assert_eq!(is_tchar(b), tchar, "{b}");
        let vchar = b == b'\t' || b == b' ' || (0x21..=0x7e).contains(&b) || b >= 0x80;
        assert_eq!(is_field_vchar(b), vchar, "{b}");
    }
}

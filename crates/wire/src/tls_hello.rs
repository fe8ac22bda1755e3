//! A hand-built TLS ClientHello that legacy servers answer, and a classifier for the first
//! record a server sends back (RFC 5246 6.2.1, 7.2, 7.4.1.2, 7.4.1.3; PROTOCOL.md 3.3).
//!
//! rustls only speaks TLS 1.2+ with ECDHE and AEAD suites. Against a TLS 1.0-only or an
//! RSA-key-exchange-only server (Windows 7 / 2008 R2 Schannel) it can only report a failed
//! handshake; this hello shows what the server would pick. All integers are big-endian.

use crate::DecodeError;

const CONTENT_ALERT: u8 = 0x15;
const CONTENT_HANDSHAKE: u8 = 0x16;
const HANDSHAKE_CLIENT_HELLO: u8 = 0x01;
const HANDSHAKE_SERVER_HELLO: u8 = 0x02;
const RECORD_HEADER_LEN: usize = 5;
/// TLSCiphertext.length may be at most 2^14 + 2048 (RFC 5246 6.2.3).
const MAX_RECORD_LEN: usize = 16_384 + 2_048;
/// The record layer version old servers accept in a first record (RFC 5246 Appendix E.1).
const RECORD_VERSION: u16 = 0x0301;
/// Offering TLS 1.2 lets a 1.2 server answer 0x0303 and a 1.0-only server 0x0301.
const CLIENT_VERSION: u16 = 0x0303;

/// SSL 3.0, TLS 1.0 to 1.3 protocol versions.
pub const SSL_3_0: u16 = 0x0300;
pub const TLS_1_0: u16 = 0x0301;
pub const TLS_1_1: u16 = 0x0302;
pub const TLS_1_2: u16 = 0x0303;
pub const TLS_1_3: u16 = 0x0304;

/// Suites offered by [`legacy_client_hello`], in preference order, with their IANA names.
const SUITES: [(u16, &str); 13] = [
    (0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
    (0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"),
    (0xC013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"),
    (0xC014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"),
    (0xC027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"),
    (0xC028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384"),
    (0x009C, "TLS_RSA_WITH_AES_128_GCM_SHA256"),
    (0x009D, "TLS_RSA_WITH_AES_256_GCM_SHA384"),
    (0x002F, "TLS_RSA_WITH_AES_128_CBC_SHA"),
    (0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA"),
    (0x003C, "TLS_RSA_WITH_AES_128_CBC_SHA256"),
    (0x003D, "TLS_RSA_WITH_AES_256_CBC_SHA256"),
    (0x000A, "TLS_RSA_WITH_3DES_EDE_CBC_SHA"),
];

/// The cipher suites [`legacy_client_hello`] offers, in preference order.
pub fn offered_cipher_suites() -> impl Iterator<Item = u16> {
    SUITES.iter().map(|&(cs, _)| cs)
}

/// Extension type codes (RFC 8422 5.1, RFC 5246 7.4.1.4.1, RFC 5746 3.2).
const EXT_SUPPORTED_GROUPS: u16 = 0x000A;
const EXT_EC_POINT_FORMATS: u16 = 0x000B;
const EXT_SIGNATURE_ALGORITHMS: u16 = 0x000D;
const EXT_RENEGOTIATION_INFO: u16 = 0xFF01;

/// x25519, secp256r1, secp384r1 (RFC 8422 5.1.1, RFC 8446 4.2.7).
const GROUPS: [u16; 3] = [0x001D, 0x0017, 0x0018];
/// rsa_pkcs1_sha256/384/512, rsa_pkcs1_sha1, ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256
/// (RFC 8446 4.2.3; the first four are the TLS 1.2 hash/signature pairs of RFC 5246 7.4.1.4.1).
const SIGNATURE_SCHEMES: [u16; 6] = [0x0401, 0x0501, 0x0601, 0x0201, 0x0403, 0x0804];

fn push_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}

/// Appends `body` prefixed by its length in `len_bytes` big-endian bytes. The hello is built
/// from constants far below every limit, so the lengths always fit.
fn push_vector(out: &mut Vec<u8>, len_bytes: usize, body: &[u8]) {
    let len = u32::try_from(body.len()).unwrap_or(u32::MAX).to_be_bytes();
    out.extend_from_slice(len.get(4 - len_bytes.min(4)..).unwrap_or_default());
    out.extend_from_slice(body);
}

fn extension(out: &mut Vec<u8>, kind: u16, data: &[u8]) {
    push_u16(out, kind);
    push_vector(out, 2, data);
}

fn u16_list(values: &[u16]) -> Vec<u8> {
    let mut list = Vec::with_capacity(values.len() * 2);
    for &v in values {
        push_u16(&mut list, v);
    }
    let mut out = Vec::with_capacity(list.len() + 2);
    push_vector(&mut out, 2, &list);
    out
}

/// A ClientHello (RFC 5246 7.4.1.2) that an old server can answer: record version 0x0301,
/// client_version 0x0303, the suites of [`offered_cipher_suites`], null compression, and the
/// extensions supported_groups, ec_point_formats, signature_algorithms and renegotiation_info.
///
/// `random` comes from the caller so this crate stays free of randomness.
pub fn legacy_client_hello(random: [u8; 32]) -> Vec<u8> {
    let mut extensions = Vec::new();
    extension(&mut extensions, EXT_SUPPORTED_GROUPS, &u16_list(&GROUPS));
    // One format: uncompressed (RFC 8422 5.1.2).
    extension(&mut extensions, EXT_EC_POINT_FORMATS, &[0x01, 0x00]);
    extension(
        &mut extensions,
        EXT_SIGNATURE_ALGORITHMS,
        &u16_list(&SIGNATURE_SCHEMES),
    );
    // Empty renegotiated_connection: tells patched servers we know RFC 5746.
    extension(&mut extensions, EXT_RENEGOTIATION_INFO, &[0x00]);

    let suites: Vec<u16> = offered_cipher_suites().collect();
    let mut body = Vec::with_capacity(128);
    push_u16(&mut body, CLIENT_VERSION);
    body.extend_from_slice(&random);
    body.push(0); // empty session_id: no resumption
    body.extend_from_slice(&u16_list(&suites));
    body.extend_from_slice(&[0x01, 0x00]); // compression_methods: null only
    push_vector(&mut body, 2, &extensions);

    let mut handshake = vec![HANDSHAKE_CLIENT_HELLO];
    push_vector(&mut handshake, 3, &body);

    let mut record = vec![CONTENT_HANDSHAKE];
    push_u16(&mut record, RECORD_VERSION);
    push_vector(&mut record, 2, &handshake);
    record
}

/// What the server answered to a ClientHello.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServerReply {
    /// ServerHello (RFC 5246 7.4.1.3): the version and suite the server chose.
    ServerHello { version: u16, cipher_suite: u16 },
    /// Alert (RFC 5246 7.2): level 1 warning, 2 fatal.
    Alert { level: u8, description: u8 },
}

fn handshake_name(kind: u8) -> &'static str {
    match kind {
        0 => "hello request",
        1 => "client hello",
        2 => "server hello",
        11 => "certificate",
        12 => "server key exchange",
        13 => "certificate request",
        14 => "server hello done",
        _ => "unknown",
    }
}

/// Classifies the first record of a server's answer (RFC 5246 6.2.1).
///
/// `Ok(None)`: more bytes are needed. A handshake record whose first message is a ServerHello
/// gives the version from the ServerHello body (the record header version is not meaningful)
/// and the cipher suite after the session id; extensions are not read since TLS 1.3 is never
/// offered here. An alert record gives level and description. Anything else, such as a TPKT
/// packet, HTTP text or another handshake message, is an error.
pub fn classify_server_reply(buf: &[u8]) -> Result<Option<ServerReply>, DecodeError> {
    let Some(&content_type) = buf.first() else {
        return Ok(None);
    };
    if content_type != CONTENT_HANDSHAKE && content_type != CONTENT_ALERT {
        return Err(DecodeError::invalid(
            "tls record",
            format!(
                "content type {content_type:#04x} is neither handshake (0x16) nor alert (0x15)"
            ),
        ));
    }
    if let Some(&major) = buf.get(1)
        && major != 3
    {
        return Err(DecodeError::invalid(
            "tls record",
            format!("major version {major} is not 3"),
        ));
    }
    let Some(&[_, _, _, hi, lo]) = buf.get(..RECORD_HEADER_LEN) else {
        return Ok(None);
    };
    let len = usize::from(u16::from_be_bytes([hi, lo]));
    if len == 0 || len > MAX_RECORD_LEN {
        return Err(DecodeError::invalid(
            "tls record",
            format!("length {len} is outside 1..={MAX_RECORD_LEN}"),
        ));
    }
    let available = buf.get(RECORD_HEADER_LEN..).unwrap_or_default();
    let complete = available.len() >= len;
    let fragment = available.get(..len).unwrap_or(available);

    if content_type == CONTENT_ALERT {
        // Before the handshake completes alerts are plaintext and exactly two bytes.
        if len != 2 {
            return Err(DecodeError::invalid(
                "tls alert",
                format!("record length is {len}, expected 2"),
            ));
        }
        return Ok(match fragment {
            &[level, description] => Some(ServerReply::Alert { level, description }),
            _ => None,
        });
    }
    classify_server_hello(fragment, complete)
}

/// Reads a ServerHello from the start of a handshake record's fragment. `complete` tells
/// whether the whole record is present: if so a short message is an error, not a wait.
fn classify_server_hello(
    fragment: &[u8],
    complete: bool,
) -> Result<Option<ServerReply>, DecodeError> {
    let need = |needed: usize| {
        if complete {
            Err(DecodeError::truncated(
                "tls server hello",
                needed,
                fragment.len(),
            ))
        } else {
            Ok(None)
        }
    };
    let Some(&kind) = fragment.first() else {
        return need(1);
    };
    if kind != HANDSHAKE_SERVER_HELLO {
        return Err(DecodeError::invalid(
            "tls handshake",
            format!(
                "first message is {} ({kind}), expected server hello (2)",
                handshake_name(kind)
            ),
        ));
    }
    // type(1) length(3) server_version(2) random(32) session_id length(1)
    let Some(&[_, l0, l1, l2, major, minor]) = fragment.get(..6) else {
        return need(6);
    };
    let msg_len = usize::from(l0) << 16 | usize::from(l1) << 8 | usize::from(l2);
    if major != 3 {
        return Err(DecodeError::invalid(
            "tls server hello",
            format!("server_version {major}.{minor} is not 3.x"),
        ));
    }
    let Some(&sid_len) = fragment.get(38) else {
        return need(39);
    };
    let sid_len = usize::from(sid_len);
    if sid_len > 32 {
        return Err(DecodeError::invalid(
            "tls server hello",
            format!("session id length {sid_len} exceeds 32"),
        ));
    }
    // version, random, session id, cipher suite, compression method
    let min_body = 2 + 32 + 1 + sid_len + 2 + 1;
    if msg_len < min_body {
        return Err(DecodeError::invalid(
            "tls server hello",
            format!("message length {msg_len} is below the minimum of {min_body}"),
        ));
    }
    let suite_at = 39 + sid_len;
    let Some(&[c0, c1]) = fragment.get(suite_at..suite_at + 2) else {
        return need(suite_at + 2);
    };
    Ok(Some(ServerReply::ServerHello {
        version: u16::from_be_bytes([major, minor]),
        cipher_suite: u16::from_be_bytes([c0, c1]),
    }))
}

/// "SSL 3.0", "TLS 1.0" ... "TLS 1.3", or "unknown".
pub fn version_name(v: u16) -> &'static str {
    match v {
        SSL_3_0 => "SSL 3.0",
        TLS_1_0 => "TLS 1.0",
        TLS_1_1 => "TLS 1.1",
        TLS_1_2 => "TLS 1.2",
        TLS_1_3 => "TLS 1.3",
        _ => "unknown",
    }
}

/// AlertDescription name (RFC 5246 7.2, RFC 8446 6, RFC 7507, RFC 6066, RFC 7301), or
/// "unknown".
pub fn alert_name(desc: u8) -> &'static str {
    match desc {
        0 => "close_notify",
        10 => "unexpected_message",
        20 => "bad_record_mac",
        21 => "decryption_failed",
        22 => "record_overflow",
        30 => "decompression_failure",
        40 => "handshake_failure",
        41 => "no_certificate",
        42 => "bad_certificate",
        43 => "unsupported_certificate",
        44 => "certificate_revoked",
        45 => "certificate_expired",
        46 => "certificate_unknown",
        47 => "illegal_parameter",
        48 => "unknown_ca",
        49 => "access_denied",
        50 => "decode_error",
        51 => "decrypt_error",
        60 => "export_restriction",
        70 => "protocol_version",
        71 => "insufficient_security",
        80 => "internal_error",
        86 => "inappropriate_fallback",
        90 => "user_canceled",
        100 => "no_renegotiation",
        109 => "missing_extension",
        110 => "unsupported_extension",
        112 => "unrecognized_name",
        113 => "bad_certificate_status_response",
        115 => "unknown_psk_identity",
        116 => "certificate_required",
        120 => "no_application_protocol",
        _ => "unknown",
    }
}

/// IANA name of a suite [`legacy_client_hello`] offers, e.g. "TLS_RSA_WITH_AES_128_CBC_SHA".
pub fn cipher_suite_name(cs: u16) -> Option<&'static str> {
    SUITES
        .iter()
        .find(|&&(code, _)| code == cs)
        .map(|&(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RANDOM: [u8; 32] = [0x5A; 32];

    /// A TLS 1.0-only server (OpenSSL `-tls1`) choosing TLS_RSA_WITH_AES_128_CBC_SHA.
    #[rustfmt::skip]
    const SERVER_HELLO_TLS10: [u8; 86] = [
        // record: handshake, version 3.1, length 81
        0x16, 0x03, 0x01, 0x00, 0x51,
        // handshake: server_hello, length 77
        0x02, 0x00, 0x00, 0x4D,
        // server_version 3.1
        0x03, 0x01,
        // random
        0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11,
        0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11,
        // session_id: 32 bytes
        0x20,
        0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22,
        0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22, 0x22,
        // cipher_suite TLS_RSA_WITH_AES_128_CBC_SHA
        0x00, 0x2F,
        // compression_method null
        0x00,
        // extensions, 5 bytes: renegotiation_info, length 1, empty
        0x00, 0x05, 0xFF, 0x01, 0x00, 0x01, 0x00,
    ];

    /// A TLS 1.2 server: the ServerHello, then the start of a Certificate message that the
    /// record announces but which has not arrived yet.
    #[rustfmt::skip]
    const SERVER_HELLO_TLS12_PARTIAL: [u8; 63] = [
        // record: handshake, version 3.3, length 1500 (more to come)
        0x16, 0x03, 0x03, 0x05, 0xDC,
        // handshake: server_hello, length 51
        0x02, 0x00, 0x00, 0x33,
        // server_version 3.3
        0x03, 0x03,
        // random
        0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33,
        0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33, 0x33,
        // session_id: empty
        0x00,
        // cipher_suite TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
        0xC0, 0x30,
        // compression_method null
        0x00,
        // extensions, 11 bytes: renegotiation_info (empty), ec_point_formats (uncompressed)
        0x00, 0x0B, 0xFF, 0x01, 0x00, 0x01, 0x00, 0x00, 0x0B, 0x00, 0x02, 0x01, 0x00,
        // certificate, length 0x0005A0 ... (cut off)
        0x0B, 0x00, 0x05,
    ];

    /// OpenSSL refusing a TLS 1.0 hello when it requires TLS 1.2.
    const ALERT_PROTOCOL_VERSION: [u8; 7] = [
        0x15, // alert
        0x03, 0x01, // version 3.1
        0x00, 0x02, // length 2
        0x02, // fatal
        0x46, // protocol_version (70)
    ];

    #[test]
    fn client_hello_bytes() {
        let hello = legacy_client_hello(RANDOM);
        #[rustfmt::skip]
        let mut expected = vec![
            // record: handshake, version 3.1, length 112
            0x16, 0x03, 0x01, 0x00, 0x70,
            // handshake: client_hello, length 108
            0x01, 0x00, 0x00, 0x6C,
            // client_version 3.3
            0x03, 0x03,
        ];
        expected.extend_from_slice(&RANDOM);
        #[rustfmt::skip]
        let rest = [
            // session_id: empty
            0x00,
            // cipher_suites, 26 bytes
            0x00, 0x1A,
            0xC0, 0x2F, 0xC0, 0x30, // ECDHE-RSA AES-GCM
            0xC0, 0x13, 0xC0, 0x14, 0xC0, 0x27, 0xC0, 0x28, // ECDHE-RSA AES-CBC
            0x00, 0x9C, 0x00, 0x9D, // RSA AES-GCM
            0x00, 0x2F, 0x00, 0x35, 0x00, 0x3C, 0x00, 0x3D, // RSA AES-CBC
            0x00, 0x0A, // RSA 3DES
            // compression_methods: 1, null
            0x01, 0x00,
            // extensions, 41 bytes
            0x00, 0x29,
            // supported_groups: x25519, secp256r1, secp384r1
            0x00, 0x0A, 0x00, 0x08, 0x00, 0x06, 0x00, 0x1D, 0x00, 0x17, 0x00, 0x18,
            // ec_point_formats: uncompressed
            0x00, 0x0B, 0x00, 0x02, 0x01, 0x00,
            // signature_algorithms: rsa_pkcs1_sha256/384/512, rsa_pkcs1_sha1,
            // ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256
            0x00, 0x0D, 0x00, 0x0E, 0x00, 0x0C,
            0x04, 0x01, 0x05, 0x01, 0x06, 0x01, 0x02, 0x01, 0x04, 0x03, 0x08, 0x04,
            // renegotiation_info: empty
            0xFF, 0x01, 0x00, 0x01, 0x00,
        ];
        expected.extend_from_slice(&rest);
        assert_eq!(hello, expected);
    }

    #[test]
    fn client_hello_is_self_consistent() {
        let hello = legacy_client_hello([7; 32]);
        let record_len = usize::from(u16::from_be_bytes([hello[3], hello[4]]));
        assert_eq!(record_len, hello.len() - 5);
        let msg_len =
            usize::from(hello[6]) << 16 | usize::from(hello[7]) << 8 | usize::from(hello[8]);
        assert_eq!(record_len, msg_len + 4);
        assert_eq!(&hello[11..43], &[7; 32]);
        let suites_len = usize::from(u16::from_be_bytes([hello[44], hello[45]]));
        let suites: Vec<u16> = hello[46..46 + suites_len]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        assert_eq!(suites, offered_cipher_suites().collect::<Vec<_>>());
        for cs in &suites {
            assert!(cipher_suite_name(*cs).is_some());
        }
        let mut at = 46 + suites_len;
        assert_eq!(&hello[at..at + 2], &[0x01, 0x00]);
        at += 2;
        let ext_len = usize::from(u16::from_be_bytes([hello[at], hello[at + 1]]));
        at += 2;
        assert_eq!(at + ext_len, hello.len());
        let mut kinds = Vec::new();
        while at < hello.len() {
            kinds.push(u16::from_be_bytes([hello[at], hello[at + 1]]));
            at += 4 + usize::from(u16::from_be_bytes([hello[at + 2], hello[at + 3]]));
        }
        assert_eq!(at, hello.len());
        assert_eq!(kinds, [0x000A, 0x000B, 0x000D, 0xFF01]);
    }

    #[test]
    fn classifies_tls10_server_hello() {
        let reply = classify_server_reply(&SERVER_HELLO_TLS10).expect("valid hello");
        assert_eq!(
            reply,
            Some(ServerReply::ServerHello {
                version: TLS_1_0,
                cipher_suite: 0x002F
            })
        );
        assert_eq!(version_name(TLS_1_0), "TLS 1.0");
        assert_eq!(
            cipher_suite_name(0x002F),
            Some("TLS_RSA_WITH_AES_128_CBC_SHA")
        );
    }

    #[test]
    fn classifies_tls12_server_hello_before_the_record_is_complete() {
        let reply = classify_server_reply(&SERVER_HELLO_TLS12_PARTIAL).expect("valid hello");
        assert_eq!(
            reply,
            Some(ServerReply::ServerHello {
                version: TLS_1_2,
                cipher_suite: 0xC030
            })
        );
        assert_eq!(
            cipher_suite_name(0xC030),
            Some("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")
        );
    }

    #[test]
    fn classifies_alert() {
        assert_eq!(
            classify_server_reply(&ALERT_PROTOCOL_VERSION),
            Ok(Some(ServerReply::Alert {
                level: 2,
                description: 70
            }))
        );
        assert_eq!(alert_name(70), "protocol_version");
        assert_eq!(alert_name(40), "handshake_failure");
        assert_eq!(alert_name(71), "insufficient_security");
        assert_eq!(alert_name(255), "unknown");
    }

    #[test]
    fn asks_for_more_data() {
        for n in 0..ALERT_PROTOCOL_VERSION.len() {
            assert_eq!(
                classify_server_reply(&ALERT_PROTOCOL_VERSION[..n]),
                Ok(None)
            );
        }
        // the ServerHello is decided once the cipher suite has arrived
        for n in 0..SERVER_HELLO_TLS10.len() {
            let expect_some = n >= 5 + 4 + 2 + 32 + 1 + 32 + 2;
            let reply = classify_server_reply(&SERVER_HELLO_TLS10[..n]).expect("prefix is fine");
            assert_eq!(reply.is_some(), expect_some, "prefix of {n} bytes");
        }
    }

    #[test]
    fn rejects_non_tls_and_malformed_replies() {
        // HTTP, TPKT (an RDP server that chose standard security), SSH banner, zeros
        for garbage in [
            &b"HTTP/1.1 400 Bad Request\r\n"[..],
            &[0x03, 0x00, 0x00, 0x13, 0x0E, 0xD0],
            b"SSH-2.0-OpenSSH_9.6\r\n",
            &[0x00; 16],
            &[0x16, 0x02, 0x00],
        ] {
            assert!(classify_server_reply(garbage).is_err(), "{garbage:02x?}");
        }
        // zero-length record
        assert!(classify_server_reply(&[0x16, 0x03, 0x01, 0x00, 0x00]).is_err());
        // oversized record
        assert!(classify_server_reply(&[0x16, 0x03, 0x01, 0xFF, 0xFF]).is_err());
        // alert record of 3 bytes
        assert!(classify_server_reply(&[0x15, 0x03, 0x01, 0x00, 0x03, 0x02, 0x28, 0x00]).is_err());
        // a certificate message first
        let err = classify_server_reply(&[0x16, 0x03, 0x03, 0x00, 0x04, 0x0B, 0x00, 0x00, 0x00])
            .expect_err("certificate first");
        assert_eq!(
            err.to_string(),
            "invalid tls handshake: first message is certificate (11), expected server hello (2)"
        );
        // complete record too short for the ServerHello it starts
        let mut short = SERVER_HELLO_TLS10[..50].to_vec();
        short[4] = 45;
        assert!(matches!(
            classify_server_reply(&short),
            Err(DecodeError::Truncated { .. })
        ));
        // session id length 33
        let mut bad_sid = SERVER_HELLO_TLS10;
        bad_sid[43] = 33;
        assert!(classify_server_reply(&bad_sid).is_err());
        // handshake length too small for the session id it carries
        let mut bad_len = SERVER_HELLO_TLS10;
        bad_len[8] = 0x20;
        assert!(classify_server_reply(&bad_len).is_err());
    }

    #[test]
    fn names() {
        assert_eq!(version_name(0x0300), "SSL 3.0");
        assert_eq!(version_name(0x0302), "TLS 1.1");
        assert_eq!(version_name(0x0304), "TLS 1.3");
        assert_eq!(version_name(0x7F1C), "unknown");
        assert_eq!(
            cipher_suite_name(0x000A),
            Some("TLS_RSA_WITH_3DES_EDE_CBC_SHA")
        );
        assert_eq!(cipher_suite_name(0x1301), None);
    }

    #[test]
    fn no_panic_on_any_input() {
        let hello = legacy_client_hello(RANDOM);
        let valid: [&[u8]; 4] = [
            &SERVER_HELLO_TLS10,
            &SERVER_HELLO_TLS12_PARTIAL,
            &ALERT_PROTOCOL_VERSION,
            &hello,
        ];
        crate::testing::check_no_panic(0x7153, &valid, |b| {
            let _ = classify_server_reply(b);
        });
    }
}

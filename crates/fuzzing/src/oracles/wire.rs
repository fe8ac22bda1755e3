//! The wire codecs (`rdp-doctor-wire`): bytes from a server.

use rdp_doctor_probe::negotiate::{confirm_outcome, looks_like};
use rdp_doctor_wire::credssp::{self, MAX_MESSAGE_LEN};
use rdp_doctor_wire::gateway::{self, MAX_HEAD_LEN};
use rdp_doctor_wire::service::{self, ServiceReply, classify_reply};
use rdp_doctor_wire::tls_hello::{self, ServerReply};
use rdp_doctor_wire::x224::{self, ConnectionConfirm};
use rdp_doctor_wire::{ntlm, tls_hello::cipher_suite_name};

use super::{assert_one_line, decides_on_prefixes};

/// TPKT framing and the X.224 Connection Confirm (MS-RDPBCGR 2.2.1.2): the length is decided
/// on the same bytes however they arrive; a confirm decodes only from exactly one packet; what
/// the negotiation makes of it, and the words for a non-RDP answer, never panic and fit a line.
pub fn x224_confirm(data: &[u8]) {
    decides_on_prefixes(data, x224::tpkt_packet_len);
    let confirm = x224::decode_connection_confirm(data);
    if confirm.is_ok() {
        assert_eq!(
            x224::tpkt_packet_len(data),
            Ok(Some(data.len())),
            "a confirm decoded from other than one whole packet"
        );
    }
    if let Ok(Some(len)) = x224::tpkt_packet_len(data)
        && let Some(packet) = data.get(..len)
        && let Ok(confirm) = x224::decode_connection_confirm(packet)
    {
        let _ = confirm_outcome(&confirm);
        if let ConnectionConfirm::Response { flags, selected } = confirm {
            let _ = (x224::response_flag_names(flags), selected.names());
        }
    }
    assert_one_line(&looks_like(data), "the words for what answered");
}

/// The CredSSP TSRequest (MS-CSSP 2.2.1): DER framing decided on every prefix alike; a
/// decoded request is exactly one DER message; and what we send decodes back to what we
/// meant, whatever the token.
pub fn ts_request(data: &[u8]) {
    decides_on_prefixes(data, credssp::der_message_len);
    if credssp::decode_ts_request(data).is_ok() && data.len() <= MAX_MESSAGE_LEN {
        assert_eq!(
            credssp::der_message_len(data),
            Ok(Some(data.len())),
            "a TSRequest decoded from other than one whole DER message"
        );
    }
    let version = data
        .get(..4)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map_or(0, u32::from_le_bytes);
    let sent = credssp::encode_ts_request(version, data);
    if sent.len() <= MAX_MESSAGE_LEN {
        assert_eq!(credssp::der_message_len(&sent), Ok(Some(sent.len())));
    }
    let back = credssp::decode_ts_request(&sent);
    assert_eq!(
        back.map(|r| (r.version, r.nego_tokens)),
        Ok((version, vec![data.to_vec()])),
        "our own TSRequest does not decode to what went in"
    );
}

/// The NTLM CHALLENGE (MS-NLMP 2.2.1.2) and the identity the CredSSP probe reads from it:
/// every offset checked, any timestamp turned into a date without overflow.
pub fn ntlm_challenge(data: &[u8]) {
    if let Ok(challenge) = ntlm::decode_challenge(data) {
        if let Some(stamp) = challenge.target_info.timestamp {
            let _ = ntlm::filetime_to_unix_seconds(stamp);
        }
        let _ = rdp_doctor_probe::credssp::identity(&challenge, std::time::SystemTime::now());
    }
}

/// The legacy TLS probe's classifier of the first server record (RFC 5246 6.2.1): decided on
/// every prefix alike, and its names for versions, alerts and suites never panic.
pub fn tls_server_reply(data: &[u8]) {
    decides_on_prefixes(data, tls_hello::classify_server_reply);
    match tls_hello::classify_server_reply(data) {
        Ok(Some(ServerReply::ServerHello {
            version,
            cipher_suite,
        })) => {
            let _ = (
                tls_hello::version_name(version),
                cipher_suite_name(cipher_suite),
            );
        }
        Ok(Some(ServerReply::Alert { description, .. })) => {
            let _ = tls_hello::alert_name(description);
        }
        _ => {}
    }
}

/// The gateway's HTTP response head (RFC 9112): decided on every prefix alike; a head ends
/// within the input and within [`MAX_HEAD_LEN`], decodes again from its own bytes, and keeps
/// no line break in its reason or values; its schemes and date never panic.
pub fn http_response_head(data: &[u8]) {
    decides_on_prefixes(data, gateway::decode_response_head);
    let Ok(Some((head, len))) = gateway::decode_response_head(data) else {
        return;
    };
    assert!(
        len <= data.len() && len <= MAX_HEAD_LEN,
        "head length {len}"
    );
    let again = data
        .get(..len)
        .map(gateway::decode_response_head)
        .and_then(Result::ok)
        .flatten();
    assert_eq!(
        again,
        Some((head.clone(), len)),
        "the head alone decodes differently"
    );
    assert!((100..=999).contains(&head.status), "status {}", head.status);
    assert!(
        !head.reason.contains(['\r', '\n']),
        "reason {:?}",
        head.reason
    );
    for (name, value) in &head.headers {
        assert_one_line(name, "a header name");
        assert!(!value.contains(['\r', '\n']), "header value {value:?}");
        let _ = gateway::http_date_unix(value);
    }
    for scheme in gateway::auth_schemes(&head) {
        assert!(!scheme.is_empty(), "an empty authentication scheme");
    }
}

/// What a service's first bytes say (`wire::service`, read by the identification of what
/// listens instead of Remote Desktop): non-empty bytes are always decided once no more will
/// come; an answer decided on the first bytes stays the answer when more arrive (only the hex
/// of unrecognised bytes may grow), so it never depends on how TCP cut them; the lines a
/// report shows are printable ASCII of bounded length.
pub fn service_reply(data: &[u8]) {
    let whole = classify_reply(data, false);
    let done = classify_reply(data, true);
    if !data.is_empty() {
        assert_ne!(
            done,
            ServiceReply::Incomplete,
            "undecided with nothing more to come"
        );
    }
    for reply in [&whole, &done] {
        match reply {
            ServiceReply::Banner { line, .. } | ServiceReply::Text { line } => {
                assert!(
                    line.chars().count() <= service::SHOWN_LINE + 1
                        && line
                            .chars()
                            .all(|c| c == ' ' || c == '…' || c.is_ascii_graphic()),
                    "a shown line that is not short printable ASCII: {line:?}"
                );
            }
            ServiceReply::Binary { first_bytes_hex } => assert!(
                first_bytes_hex.len() <= 2 * service::SHOWN_BYTES
                    && first_bytes_hex
                        .chars()
                        .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)),
                "{first_bytes_hex:?}"
            ),
            _ => {}
        }
    }
    let kind = |r: &ServiceReply| match r {
        ServiceReply::Binary { .. } => ServiceReply::Binary {
            first_bytes_hex: String::new(),
        },
        other => other.clone(),
    };
    for len in super::prefix_lengths(data.len()) {
        let part = classify_reply(data.get(..len).unwrap_or_default(), false);
        if part != ServiceReply::Incomplete {
            assert_eq!(
                kind(&part),
                kind(&whole),
                "the first {len} bytes decide otherwise than the whole input"
            );
        }
    }
}

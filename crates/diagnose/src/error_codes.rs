//! What the Remote Desktop client's disconnect codes mean, and which findings explain them
//! (IMsTscAxEvents::OnDisconnected; ExtendedDisconnectReasonCode). Unknown codes are never
//! guessed at.

use rdp_doctor_model::ErrorCode;
use rdp_doctor_model::finding_id as ids;

use crate::t;

const CLOSED_BY_SERVER: &[&str] = &[
    ids::CERT_EXPIRED,
    ids::RDP_CERT_NOT_ON_SERVER,
    ids::TLS_LEGACY_ONLY,
    ids::TLS_HANDSHAKE_FAILED,
    ids::CERT_NOT_YET_VALID,
    ids::RDP_DENIED,
    ids::NLA_CREDSSP_UNPATCHED_SERVER,
    ids::NLA_FAILED,
    ids::RDP_TLS_NOT_ALLOWED,
    ids::RDP_NEGOTIATION_FAILURE,
    ids::RDP_NOT_RDP,
    ids::RDP_IS_A_GATEWAY,
];
const CONNECT_FAILED: &[&str] = &[
    ids::REACH_REFUSED,
    ids::REACH_FILTERED,
    ids::REACH_UNREACHABLE,
    ids::REACH_PARTIAL,
    ids::RDP_NO_RESPONSE,
    ids::RDP_NOT_RDP,
    ids::RDP_IS_A_GATEWAY,
];
const NAME_FAILED: &[&str] = &[
    ids::DNS_NOT_FOUND,
    ids::DNS_NO_ADDRESS,
    ids::DNS_TIMEOUT,
    ids::DNS_LOOKUP_FAILED,
    ids::DNS_SHORT_NAME,
];
const TIMED_OUT: &[&str] = &[
    ids::REACH_FILTERED,
    ids::REACH_UNREACHABLE,
    ids::RDP_NO_RESPONSE,
    ids::TLS_HANDSHAKE_FAILED,
    ids::NLA_FAILED,
    ids::REACH_PARTIAL,
];

/// The plain meaning of a code and the finding ids that explain it, most likely first.
pub fn lookup(code: ErrorCode) -> Option<(String, &'static [&'static str])> {
    let (base, ids): (String, &'static [&'static str]) = match code.code {
        0x904 => (t!("code-904"), CLOSED_BY_SERVER),
        0x204 => (t!("code-204"), CONNECT_FAILED),
        0x104 | 0x208 => (t!("code-104"), NAME_FAILED),
        0x108 => (t!("code-108"), TIMED_OUT),
        0x404 => (t!("code-404"), TIMED_OUT),
        0x406 => (t!("code-406"), CLOSED_BY_SERVER),
        _ => return None,
    };
    let extended = match code.extended {
        None | Some(0) => return Some((base, ids)),
        Some(0x7) => t!("code-extended-7"),
        Some(0x8) => t!("code-extended-8"),
        Some(0x9) => t!("code-extended-9"),
        Some(0xA) => t!("code-extended-a"),
        Some(0x300) => t!("code-extended-300"),
        Some(e @ 0x100..=0x10B) => t!("code-extended-licensing", code = format!("{e:x}")),
        Some(e) => t!("code-extended-unknown", code = format!("{e:x}")),
    };
    Some((
        t!("code-with-extended", base = base, extended = extended),
        ids,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_codes() {
        let (text, ids) = lookup(ErrorCode {
            code: 0x904,
            extended: Some(7),
        })
        .expect("known");
        assert!(text.contains("refused"), "{text}");
        assert_eq!(ids.first(), Some(&"cert.expired"));
        assert!(
            lookup(ErrorCode {
                code: 0x204,
                extended: None
            })
            .is_some_and(|(_, ids)| ids.contains(&"reach.refused"))
        );
        assert!(
            lookup(ErrorCode {
                code: 0x104,
                extended: None
            })
            .is_some_and(|(_, ids)| ids.contains(&"dns.not_found"))
        );
        assert!(
            lookup(ErrorCode {
                code: 0x108,
                extended: None
            })
            .is_some_and(|(_, ids)| ids.contains(&"rdp.no_response"))
        );
        assert!(
            lookup(ErrorCode {
                code: 0x1234,
                extended: None
            })
            .is_none()
        );
        let (text, _) = lookup(ErrorCode {
            code: 0x904,
            extended: Some(0x99),
        })
        .expect("known base");
        assert!(text.contains("not in our list"));
    }
}

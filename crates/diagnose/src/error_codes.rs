//! What the Remote Desktop client's disconnect codes mean, and which findings explain them
//! (IMsTscAxEvents::OnDisconnected; ExtendedDisconnectReasonCode). Unknown codes are never
//! guessed at.

use rdp_doctor_model::ErrorCode;
use rdp_doctor_model::finding_id as ids;

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
    let (base, ids): (&str, &'static [&'static str]) = match code.code {
        0x904 => ("the connection was closed", CLOSED_BY_SERVER),
        0x204 => (
            "this computer could not connect to the remote PC's port",
            CONNECT_FAILED,
        ),
        0x104 | 0x208 => ("the remote PC's name could not be found", NAME_FAILED),
        0x108 => ("the connection attempt timed out", TIMED_OUT),
        0x404 => ("the connection broke while receiving data", TIMED_OUT),
        0x406 => (
            "the security data the remote PC sent was not valid",
            CLOSED_BY_SERVER,
        ),
        _ => return None,
    };
    let extended = match code.extended {
        None | Some(0) => String::new(),
        Some(0x7) => "; the remote PC refused the connection".into(),
        Some(0x8) => "; refused because of the FIPS security policy".into(),
        Some(0x9) => "; your account is not allowed to sign in remotely".into(),
        Some(0xA) => "; fresh credentials are required".into(),
        Some(0x300) => "; the user name or password was not accepted".into(),
        Some(e @ 0x100..=0x10B) => format!("; a Remote Desktop licensing problem (0x{e:x})"),
        Some(e) => format!("; extended code 0x{e:x} is not in our list"),
    };
    Some((format!("{base}{extended}"), ids))
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

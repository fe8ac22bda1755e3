//! TPKT (RFC 1006) + X.224 Connection Request / Connection Confirm carrying the RDP security
//! negotiation (MS-RDPBCGR 2.2.1.1, 2.2.1.2).
//!
//! TPKT and X.224 fields are big-endian; the RDP_NEG_* structures are little-endian.

use std::fmt;
use std::ops::{BitOr, BitOrAssign};

use crate::{DecodeError, EncodeError};

/// TPKT version byte (RFC 1006 section 6).
const TPKT_VERSION: u8 = 3;
const TPKT_HEADER_LEN: usize = 4;
/// X.224 fixed part of a CR/CC after the LI byte: code, DST-REF, SRC-REF, class.
const X224_FIXED_LEN: u8 = 6;
/// Smallest packet that can hold a TPKT header and an X.224 LI + code.
const MIN_TPKT_LEN: usize = 7;
/// RDP_NEG_REQ / RDP_NEG_RSP / RDP_NEG_FAILURE are all 8 bytes (MS-RDPBCGR 2.2.1.1.1).
const NEG_DATA_LEN: usize = 8;

/// X.224 TPDU codes (X.224 section 13), upper nibble; the lower nibble is the credit (CDT).
const TPDU_CONNECTION_REQUEST: u8 = 0xE0;
const TPDU_CONNECTION_CONFIRM: u8 = 0xD0;

/// RDP_NEG_REQ type (MS-RDPBCGR 2.2.1.1.1).
const TYPE_RDP_NEG_REQ: u8 = 0x01;
/// RDP_NEG_RSP type (MS-RDPBCGR 2.2.1.2.1).
const TYPE_RDP_NEG_RSP: u8 = 0x02;
/// RDP_NEG_FAILURE type (MS-RDPBCGR 2.2.1.2.2).
const TYPE_RDP_NEG_FAILURE: u8 = 0x03;

const COOKIE_PREFIX: &[u8] = b"Cookie: mstshash=";

/// Longest cookie identifier [`encode_connection_request`] accepts.
///
/// FreeRDP allows 255, but the X.224 length indicator is one byte and may be at most 254
/// (X.224 13.2.1), which leaves 254 - 6 (fixed part) - 8 (RDP_NEG_REQ) - 17 (prefix) - 2 (CRLF).
pub const MAX_COOKIE_LEN: usize = 221;

/// RDP_NEG_REQ flag RESTRICTED_ADMIN_MODE_REQUIRED (MS-RDPBCGR 2.2.1.1.1).
pub const RESTRICTED_ADMIN_MODE_REQUIRED: u8 = 0x01;
/// RDP_NEG_REQ flag REDIRECTED_AUTHENTICATION_MODE_REQUIRED, i.e. Remote Credential Guard
/// (MS-RDPBCGR 2.2.1.1.1).
pub const REDIRECTED_AUTHENTICATION_MODE_REQUIRED: u8 = 0x02;
/// RDP_NEG_REQ flag CORRELATION_INFO_PRESENT (MS-RDPBCGR 2.2.1.1.1).
pub const CORRELATION_INFO_PRESENT: u8 = 0x08;

/// RDP_NEG_RSP flag EXTENDED_CLIENT_DATA_SUPPORTED (MS-RDPBCGR 2.2.1.2.1).
pub const EXTENDED_CLIENT_DATA_SUPPORTED: u8 = 0x01;
/// RDP_NEG_RSP flag DYNVC_GFX_PROTOCOL_SUPPORTED (MS-RDPBCGR 2.2.1.2.1).
pub const DYNVC_GFX_PROTOCOL_SUPPORTED: u8 = 0x02;
/// RDP_NEG_RSP flag NEGRSP_FLAG_RESERVED; carries no meaning (MS-RDPBCGR 2.2.1.2.1).
pub const NEGRSP_FLAG_RESERVED: u8 = 0x04;
/// RDP_NEG_RSP flag RESTRICTED_ADMIN_MODE_SUPPORTED (MS-RDPBCGR 2.2.1.2.1).
pub const RESTRICTED_ADMIN_MODE_SUPPORTED: u8 = 0x08;
/// RDP_NEG_RSP flag REDIRECTED_AUTHENTICATION_MODE_SUPPORTED (MS-RDPBCGR 2.2.1.2.1).
pub const REDIRECTED_AUTHENTICATION_MODE_SUPPORTED: u8 = 0x10;

const RESPONSE_FLAG_NAMES: [(u8, &str); 5] = [
    (
        EXTENDED_CLIENT_DATA_SUPPORTED,
        "EXTENDED_CLIENT_DATA_SUPPORTED",
    ),
    (DYNVC_GFX_PROTOCOL_SUPPORTED, "DYNVC_GFX_PROTOCOL_SUPPORTED"),
    (NEGRSP_FLAG_RESERVED, "NEGRSP_FLAG_RESERVED"),
    (
        RESTRICTED_ADMIN_MODE_SUPPORTED,
        "RESTRICTED_ADMIN_MODE_SUPPORTED",
    ),
    (
        REDIRECTED_AUTHENTICATION_MODE_SUPPORTED,
        "REDIRECTED_AUTHENTICATION_MODE_SUPPORTED",
    ),
];

/// Spec names of the known RDP_NEG_RSP flag bits set in `flags`, lowest bit first.
/// Unknown bits are left out; compare with the raw value to spot them.
pub fn response_flag_names(flags: u8) -> Vec<&'static str> {
    RESPONSE_FLAG_NAMES
        .iter()
        .filter(|(bit, _)| flags & bit != 0)
        .map(|&(_, name)| name)
        .collect()
}

/// Security protocols of `requestedProtocols` / `selectedProtocol` (MS-RDPBCGR 2.2.1.1.1,
/// 2.2.1.2.1).
///
/// An open bit set: bits this code does not know are kept, so a newer server's answer is
/// reported rather than rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Protocols(pub u32);

impl Protocols {
    /// PROTOCOL_RDP: standard RDP security. It is zero, so it is always "contained".
    pub const RDP: Self = Self(0);
    /// PROTOCOL_SSL: TLS.
    pub const SSL: Self = Self(0x01);
    /// PROTOCOL_HYBRID: CredSSP (NLA).
    pub const HYBRID: Self = Self(0x02);
    /// PROTOCOL_RDSTLS.
    pub const RDSTLS: Self = Self(0x04);
    /// PROTOCOL_HYBRID_EX: CredSSP with the Early User Authorization Result PDU.
    pub const HYBRID_EX: Self = Self(0x08);
    /// PROTOCOL_RDSAAD: Entra ID (Azure AD) authentication.
    pub const RDSAAD: Self = Self(0x10);

    const NAMES: [(Self, &'static str); 5] = [
        (Self::SSL, "tls"),
        (Self::HYBRID, "credssp"),
        (Self::RDSTLS, "rdstls"),
        (Self::HYBRID_EX, "credssp_ex"),
        (Self::RDSAAD, "rdsaad"),
    ];

    /// True if every bit of `other` is set in `self`.
    pub fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    pub fn bits(self) -> u32 {
        self.0
    }

    /// Name of a single selected protocol: "rdp", "tls", "credssp", "rdstls", "credssp_ex",
    /// "rdsaad", or `None` for unknown bits or more than one bit (a server must select one).
    pub fn selected_name(self) -> Option<&'static str> {
        if self == Self::RDP {
            return Some("rdp");
        }
        Self::NAMES
            .iter()
            .find(|(p, _)| *p == self)
            .map(|&(_, name)| name)
    }

    /// Names of the known bits set, lowest first; "rdp" when no bit is set.
    pub fn names(self) -> Vec<&'static str> {
        if self == Self::RDP {
            return vec!["rdp"];
        }
        Self::NAMES
            .iter()
            .filter(|(p, _)| self.contains(*p))
            .map(|&(_, name)| name)
            .collect()
    }
}

impl BitOr for Protocols {
    type Output = Self;

    fn bitor(self, rhs: Self) -> Self {
        Self(self.0 | rhs.0)
    }
}

impl BitOrAssign for Protocols {
    fn bitor_assign(&mut self, rhs: Self) {
        self.0 |= rhs.0;
    }
}

impl fmt::Display for Protocols {
    /// Known names joined with `|`, plus any unknown bits in hex.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known = Self::NAMES.iter().fold(0, |acc, (p, _)| acc | p.0);
        let mut parts: Vec<String> = self.names().into_iter().map(String::from).collect();
        let unknown = self.0 & !known;
        if unknown != 0 {
            if self.0 == unknown {
                parts.clear();
            }
            parts.push(format!("{unknown:#x}"));
        }
        f.write_str(&parts.join("|"))
    }
}

/// Parameters of an X.224 Connection Request with RDP_NEG_REQ (MS-RDPBCGR 2.2.1.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ConnectionRequest<'a> {
    /// Identifier for `Cookie: mstshash=<cookie>`; the server ignores it (MS-RDPBCGR 3.3.5.3.1)
    /// but mstsc sends the user name there and some load balancers route on it.
    pub cookie: Option<&'a str>,
    pub requested: Protocols,
    /// RDP_NEG_REQ flags such as [`RESTRICTED_ADMIN_MODE_REQUIRED`].
    pub flags: u8,
}

fn validate_cookie(cookie: &str) -> Result<(), EncodeError> {
    if cookie.len() > MAX_COOKIE_LEN {
        return Err(EncodeError::TooLong {
            what: "cookie",
            len: cookie.len(),
            max: MAX_COOKIE_LEN,
        });
    }
    // Printable ASCII only: a CR or LF would end the cookie early and let the rest be read
    // as the negotiation request.
    if let Some(c) = cookie.chars().find(|c| !(' '..='~').contains(c)) {
        return Err(EncodeError::Invalid {
            what: "cookie",
            reason: format!("character {c:?} is not printable ascii"),
        });
    }
    Ok(())
}

/// Writes TPKT + X.224 CR header around `variable`, the part after the class byte.
fn wrap_connection_request(variable: &[u8]) -> Result<Vec<u8>, EncodeError> {
    let li = u8::try_from(usize::from(X224_FIXED_LEN) + variable.len())
        .ok()
        .filter(|li| *li <= 254)
        .ok_or(EncodeError::TooLong {
            what: "x224 connection request",
            len: usize::from(X224_FIXED_LEN) + variable.len(),
            max: 254,
        })?;
    let total = TPKT_HEADER_LEN + 1 + usize::from(li);
    // li <= 254 so total <= 259 always fits the 16-bit TPKT length.
    let [len_hi, len_lo] = u16::try_from(total).unwrap_or(u16::MAX).to_be_bytes();
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(&[TPKT_VERSION, 0, len_hi, len_lo]);
    out.extend_from_slice(&[li, TPDU_CONNECTION_REQUEST, 0, 0, 0, 0, 0]);
    out.extend_from_slice(variable);
    Ok(out)
}

fn cookie_bytes(cookie: Option<&str>) -> Result<Vec<u8>, EncodeError> {
    let mut out = Vec::new();
    if let Some(cookie) = cookie {
        validate_cookie(cookie)?;
        out.extend_from_slice(COOKIE_PREFIX);
        out.extend_from_slice(cookie.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    Ok(out)
}

/// TPKT + X.224 Connection Request + optional `Cookie: mstshash=...\r\n` + RDP_NEG_REQ
/// (MS-RDPBCGR 2.2.1.1, 2.2.1.1.1).
///
/// Errors if the cookie is not printable ASCII (which also excludes CR/LF) or is longer than
/// [`MAX_COOKIE_LEN`], and if `flags` has [`CORRELATION_INFO_PRESENT`]: the
/// RDP_NEG_CORRELATION_INFO it announces is not written by this encoder.
pub fn encode_connection_request(req: &ConnectionRequest<'_>) -> Result<Vec<u8>, EncodeError> {
    if req.flags & CORRELATION_INFO_PRESENT != 0 {
        return Err(EncodeError::Invalid {
            what: "rdp_neg_req flags",
            reason: "correlation info present is set but no correlation info is encoded".into(),
        });
    }
    let mut variable = cookie_bytes(req.cookie)?;
    variable.extend_from_slice(&[TYPE_RDP_NEG_REQ, req.flags]);
    variable.extend_from_slice(&(NEG_DATA_LEN as u16).to_le_bytes());
    variable.extend_from_slice(&req.requested.0.to_le_bytes());
    wrap_connection_request(&variable)
}

/// A Connection Request without RDP_NEG_REQ, as a pre-negotiation client (or nmap's bare
/// probe) sends it (MS-RDPBCGR 2.2.1.1). The server then answers with standard RDP security
/// and no rdpNegData, which is how the legacy encryption methods are probed.
pub fn encode_legacy_connection_request(cookie: Option<&str>) -> Result<Vec<u8>, EncodeError> {
    wrap_connection_request(&cookie_bytes(cookie)?)
}

/// failureCode of RDP_NEG_FAILURE (MS-RDPBCGR 2.2.1.2.2).
///
/// Open: a code this crate does not know is kept as is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FailureCode(pub u32);

impl FailureCode {
    /// The server requires TLS or CredSSP.
    pub const SSL_REQUIRED_BY_SERVER: Self = Self(1);
    /// The server allows standard RDP security only.
    pub const SSL_NOT_ALLOWED_BY_SERVER: Self = Self(2);
    /// The server has no usable certificate.
    pub const SSL_CERT_NOT_ON_SERVER: Self = Self(3);
    /// The request flags are inconsistent (Direct Approach only).
    pub const INCONSISTENT_FLAGS: Self = Self(4);
    /// The server requires CredSSP (NLA).
    pub const HYBRID_REQUIRED_BY_SERVER: Self = Self(5);
    /// The server requires TLS with a client certificate.
    pub const SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER: Self = Self(6);

    /// The spec name, e.g. "SSL_REQUIRED_BY_SERVER", or `None` for an unknown code.
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            Self::SSL_REQUIRED_BY_SERVER => "SSL_REQUIRED_BY_SERVER",
            Self::SSL_NOT_ALLOWED_BY_SERVER => "SSL_NOT_ALLOWED_BY_SERVER",
            Self::SSL_CERT_NOT_ON_SERVER => "SSL_CERT_NOT_ON_SERVER",
            Self::INCONSISTENT_FLAGS => "INCONSISTENT_FLAGS",
            Self::HYBRID_REQUIRED_BY_SERVER => "HYBRID_REQUIRED_BY_SERVER",
            Self::SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER => "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER",
            _ => return None,
        })
    }
}

impl fmt::Display for FailureCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "unknown failure code {:#x}", self.0),
        }
    }
}

/// The server's answer in an X.224 Connection Confirm (MS-RDPBCGR 2.2.1.2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConnectionConfirm {
    /// RDP_NEG_RSP (MS-RDPBCGR 2.2.1.2.1). Unknown flag bits are kept.
    Response { flags: u8, selected: Protocols },
    /// RDP_NEG_FAILURE (MS-RDPBCGR 2.2.1.2.2).
    Failure { code: FailureCode },
    /// LI = 6: no rdpNegData. The client sent no RDP_NEG_REQ, or the server predates
    /// negotiation (Windows 2000/XP/2003); either way standard RDP security follows.
    NoNegotiationData,
}

/// Length of the TPKT packet (RFC 1006 section 6) that starts `buf`.
///
/// `Ok(None)`: fewer than 4 bytes so far. `Ok(Some(n))`: the packet is `n` bytes long, header
/// included. `Err`: not a TPKT header, i.e. the first byte is not 3 or the length is below 7
/// (too short to hold an X.224 header). The first byte is checked as soon as it arrives, so a
/// TLS or HTTP answer is recognised without waiting for more.
pub fn tpkt_packet_len(buf: &[u8]) -> Result<Option<usize>, DecodeError> {
    if let Some(&version) = buf.first()
        && version != TPKT_VERSION
    {
        return Err(DecodeError::invalid(
            "tpkt header",
            format!("version byte is {version:#04x}, expected 0x03"),
        ));
    }
    let Some(&[_, _, hi, lo]) = buf.get(..TPKT_HEADER_LEN) else {
        return Ok(None);
    };
    let len = usize::from(u16::from_be_bytes([hi, lo]));
    if len < MIN_TPKT_LEN {
        return Err(DecodeError::invalid(
            "tpkt header",
            format!("packet length {len} is below the minimum of {MIN_TPKT_LEN}"),
        ));
    }
    Ok(Some(len))
}

fn tpdu_name(code: u8) -> &'static str {
    match code & 0xF0 {
        0xE0 => "connection request",
        0xD0 => "connection confirm",
        0x80 => "disconnect request",
        0xC0 => "disconnect confirm",
        0xF0 => "data",
        0x70 => "tpdu error",
        _ => "unknown tpdu",
    }
}

/// Decodes one complete TPKT packet holding an X.224 Connection Confirm (MS-RDPBCGR 2.2.1.2).
///
/// `packet` must be exactly the packet (see [`tpkt_packet_len`]). Another TPDU, a truncated
/// packet, an LI that disagrees with the TPKT length, or an unknown rdpNegData type is an
/// error. Unknown failure codes and unknown flag bits are kept.
pub fn decode_connection_confirm(packet: &[u8]) -> Result<ConnectionConfirm, DecodeError> {
    let Some(len) = tpkt_packet_len(packet)? else {
        return Err(DecodeError::truncated(
            "tpkt header",
            TPKT_HEADER_LEN,
            packet.len(),
        ));
    };
    if packet.len() < len {
        return Err(DecodeError::truncated("tpkt packet", len, packet.len()));
    }
    if packet.len() > len {
        return Err(DecodeError::invalid(
            "tpkt packet",
            format!(
                "{} bytes follow the {len}-byte packet",
                packet.len().saturating_sub(len)
            ),
        ));
    }
    // tpkt_packet_len guarantees len >= 7, so LI and code are present.
    let Some(&[li, code]) = packet.get(TPKT_HEADER_LEN..TPKT_HEADER_LEN + 2) else {
        return Err(DecodeError::truncated("x224 header", MIN_TPKT_LEN, len));
    };
    if code & 0xF0 != TPDU_CONNECTION_CONFIRM {
        return Err(DecodeError::invalid(
            "x224 tpdu",
            format!(
                "expected a connection confirm (0xd0), got {} ({code:#04x})",
                tpdu_name(code)
            ),
        ));
    }
    let x224_len = len.saturating_sub(TPKT_HEADER_LEN + 1);
    if usize::from(li) != x224_len {
        return Err(DecodeError::invalid(
            "x224 connection confirm",
            format!("length indicator {li} does not match the {x224_len} bytes after it"),
        ));
    }
    if li < X224_FIXED_LEN {
        return Err(DecodeError::truncated(
            "x224 connection confirm",
            usize::from(X224_FIXED_LEN),
            usize::from(li),
        ));
    }
    // DST-REF, SRC-REF and class are not checked: Windows sends SRC-REF 0x1234 and nothing
    // depends on them.
    let neg_data = packet
        .get(TPKT_HEADER_LEN + 1 + usize::from(X224_FIXED_LEN)..)
        .unwrap_or_default();
    decode_neg_data(neg_data)
}

fn decode_neg_data(neg_data: &[u8]) -> Result<ConnectionConfirm, DecodeError> {
    if neg_data.is_empty() {
        return Ok(ConnectionConfirm::NoNegotiationData);
    }
    let Ok(&[kind, flags, len_lo, len_hi, v0, v1, v2, v3]) =
        <&[u8; NEG_DATA_LEN]>::try_from(neg_data)
    else {
        return Err(DecodeError::invalid(
            "rdpNegData",
            format!("expected {NEG_DATA_LEN} bytes, got {}", neg_data.len()),
        ));
    };
    let declared = u16::from_le_bytes([len_lo, len_hi]);
    if usize::from(declared) != NEG_DATA_LEN {
        return Err(DecodeError::invalid(
            "rdpNegData",
            format!("length field is {declared}, expected {NEG_DATA_LEN}"),
        ));
    }
    let value = u32::from_le_bytes([v0, v1, v2, v3]);
    match kind {
        TYPE_RDP_NEG_RSP => Ok(ConnectionConfirm::Response {
            flags,
            selected: Protocols(value),
        }),
        // The flags byte of RDP_NEG_FAILURE is unused (MS-RDPBCGR 2.2.1.2.2).
        TYPE_RDP_NEG_FAILURE => Ok(ConnectionConfirm::Failure {
            code: FailureCode(value),
        }),
        _ => Err(DecodeError::invalid(
            "rdpNegData",
            format!("unknown type {kind:#04x}, expected 0x02 (response) or 0x03 (failure)"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Windows answering a request for SSL|HYBRID (PROTOCOL.md 1.2).
    const WINDOWS_CC: [u8; 19] = [
        0x03, 0x00, // TPKT version 3, reserved
        0x00, 0x13, // TPKT length 19
        0x0E, // X.224 LI 14
        0xD0, // CC, CDT 0
        0x00, 0x00, // DST-REF
        0x12, 0x34, // SRC-REF (Windows' constant)
        0x00, // class 0
        0x02, // RDP_NEG_RSP
        0x1F, // flags: ext client data | gfx | reserved | restricted admin | remote guard
        0x08, 0x00, // length 8
        0x02, 0x00, 0x00, 0x00, // selectedProtocol = HYBRID
    ];

    fn failure_packet(code: u32) -> Vec<u8> {
        let mut p = vec![
            0x03, 0x00, 0x00, 0x13, // TPKT, length 19
            0x0E, 0xD0, // LI 14, CC
            0x00, 0x00, 0x12, 0x34, 0x00, // DST-REF, SRC-REF, class
            0x03, // RDP_NEG_FAILURE
            0x00, // flags (unused)
            0x08, 0x00, // length 8
        ];
        p.extend_from_slice(&code.to_le_bytes()); // failureCode
        p
    }

    #[test]
    fn encodes_request_without_cookie() {
        let req = ConnectionRequest {
            cookie: None,
            requested: Protocols::SSL | Protocols::HYBRID | Protocols::HYBRID_EX,
            flags: 0,
        };
        let expected = [
            0x03, 0x00, // TPKT version 3, reserved
            0x00, 0x13, // TPKT length 19
            0x0E, // LI 14
            0xE0, // CR, CDT 0
            0x00, 0x00, // DST-REF
            0x00, 0x00, // SRC-REF
            0x00, // class 0
            0x01, // RDP_NEG_REQ
            0x00, // flags
            0x08, 0x00, // length 8
            0x0B, 0x00, 0x00, 0x00, // requestedProtocols SSL|HYBRID|HYBRID_EX
        ];
        assert_eq!(
            encode_connection_request(&req).expect("valid request"),
            expected
        );
    }

    #[test]
    fn encodes_request_with_cookie() {
        let req = ConnectionRequest {
            cookie: Some("probe"),
            requested: Protocols(0x0B),
            flags: 0,
        };
        let mut expected = vec![
            0x03, 0x00, // TPKT version 3, reserved
            0x00, 0x2B, // TPKT length 43
            0x26, // LI 38
            0xE0, // CR
            0x00, 0x00, 0x00, 0x00, 0x00, // DST-REF, SRC-REF, class
        ];
        expected.extend_from_slice(b"Cookie: mstshash=probe\r\n");
        expected.extend_from_slice(&[
            0x01, 0x00, // RDP_NEG_REQ, flags
            0x08, 0x00, // length 8
            0x0B, 0x00, 0x00, 0x00, // requestedProtocols
        ]);
        let encoded = encode_connection_request(&req).expect("valid request");
        assert_eq!(encoded.len(), 43);
        assert_eq!(encoded, expected);
    }

    #[test]
    fn encodes_legacy_request_like_nmap() {
        let encoded = encode_legacy_connection_request(None).expect("valid request");
        assert_eq!(
            encoded,
            [
                0x03, 0x00, 0x00, 0x0B, // TPKT, length 11
                0x06, 0xE0, // LI 6, CR
                0x00, 0x00, 0x00, 0x00, 0x00, // DST-REF, SRC-REF, class
            ]
        );
        let with_cookie = encode_legacy_connection_request(Some("nmap")).expect("valid");
        assert_eq!(with_cookie.len(), 11 + 17 + 4 + 2);
        assert_eq!(tpkt_packet_len(&with_cookie), Ok(Some(with_cookie.len())));
    }

    #[test]
    fn rejects_bad_cookies_and_flags() {
        for cookie in ["a\r\nb", "tab\t", "caf\u{e9}", "x\0"] {
            let req = ConnectionRequest {
                cookie: Some(cookie),
                ..Default::default()
            };
            assert!(matches!(
                encode_connection_request(&req),
                Err(EncodeError::Invalid { .. })
            ));
        }
        let long = "u".repeat(MAX_COOKIE_LEN + 1);
        let req = ConnectionRequest {
            cookie: Some(&long),
            ..Default::default()
        };
        assert!(matches!(
            encode_connection_request(&req),
            Err(EncodeError::TooLong { len: 222, .. })
        ));

        let longest = "u".repeat(MAX_COOKIE_LEN);
        let req = ConnectionRequest {
            cookie: Some(&longest),
            ..Default::default()
        };
        let encoded = encode_connection_request(&req).expect("longest cookie fits");
        assert_eq!(encoded[4], 254);
        assert_eq!(tpkt_packet_len(&encoded), Ok(Some(encoded.len())));

        let req = ConnectionRequest {
            flags: CORRELATION_INFO_PRESENT,
            ..Default::default()
        };
        assert!(encode_connection_request(&req).is_err());
    }

    #[test]
    fn decodes_windows_response() {
        let cc = decode_connection_confirm(&WINDOWS_CC).expect("valid confirm");
        assert_eq!(
            cc,
            ConnectionConfirm::Response {
                flags: 0x1F,
                selected: Protocols::HYBRID
            }
        );
        assert_eq!(
            response_flag_names(0x1F),
            [
                "EXTENDED_CLIENT_DATA_SUPPORTED",
                "DYNVC_GFX_PROTOCOL_SUPPORTED",
                "NEGRSP_FLAG_RESERVED",
                "RESTRICTED_ADMIN_MODE_SUPPORTED",
                "REDIRECTED_AUTHENTICATION_MODE_SUPPORTED",
            ]
        );
        assert_eq!(
            response_flag_names(0x81),
            ["EXTENDED_CLIENT_DATA_SUPPORTED"]
        );
    }

    #[test]
    fn keeps_unknown_response_bits() {
        let mut p = WINDOWS_CC;
        p[12] = 0xE0; // unknown flag bits
        p[15] = 0x40; // unknown protocol bit
        assert_eq!(
            decode_connection_confirm(&p),
            Ok(ConnectionConfirm::Response {
                flags: 0xE0,
                selected: Protocols(0x40)
            })
        );
    }

    #[test]
    fn decodes_all_failure_codes() {
        let known = [
            (
                FailureCode::SSL_REQUIRED_BY_SERVER,
                "SSL_REQUIRED_BY_SERVER",
            ),
            (
                FailureCode::SSL_NOT_ALLOWED_BY_SERVER,
                "SSL_NOT_ALLOWED_BY_SERVER",
            ),
            (
                FailureCode::SSL_CERT_NOT_ON_SERVER,
                "SSL_CERT_NOT_ON_SERVER",
            ),
            (FailureCode::INCONSISTENT_FLAGS, "INCONSISTENT_FLAGS"),
            (
                FailureCode::HYBRID_REQUIRED_BY_SERVER,
                "HYBRID_REQUIRED_BY_SERVER",
            ),
            (
                FailureCode::SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER,
                "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER",
            ),
        ];
        for (n, (code, name)) in (1..).zip(known) {
            assert_eq!(code, FailureCode(n));
            let decoded = decode_connection_confirm(&failure_packet(n)).expect("valid failure");
            assert_eq!(decoded, ConnectionConfirm::Failure { code });
            assert_eq!(code.name(), Some(name));
            assert_eq!(code.to_string(), name);
        }
        let unknown = decode_connection_confirm(&failure_packet(0x99)).expect("valid failure");
        assert_eq!(
            unknown,
            ConnectionConfirm::Failure {
                code: FailureCode(0x99)
            }
        );
        assert_eq!(FailureCode(0x99).name(), None);
        assert_eq!(FailureCode(0x99).to_string(), "unknown failure code 0x99");
    }

    /// A server that ignores or predates negotiation.
    const NO_NEG_CC: [u8; 11] = [
        0x03, 0x00, 0x00, 0x0B, // TPKT, length 11
        0x06, // LI 6: no rdpNegData
        0xD0, // CC
        0x00, 0x00, // DST-REF
        0x12, 0x34, // SRC-REF
        0x00, // class 0
    ];

    #[test]
    fn decodes_confirm_without_negotiation_data() {
        assert_eq!(
            decode_connection_confirm(&NO_NEG_CC),
            Ok(ConnectionConfirm::NoNegotiationData)
        );
    }

    #[test]
    fn rejects_data_tpdu() {
        let packet = [
            0x03, 0x00, 0x00, 0x0C, // TPKT, length 12
            0x02, // LI 2
            0xF0, // DT
            0x80, // EOT
            0x7F, 0x66, 0x00, 0x00, 0x00, // start of an MCS Connect-Response
        ];
        let err = decode_connection_confirm(&packet).expect_err("not a confirm");
        assert_eq!(
            err.to_string(),
            "invalid x224 tpdu: expected a connection confirm (0xd0), got data (0xf0)"
        );
    }

    #[test]
    fn rejects_truncated_and_inconsistent_packets() {
        assert_eq!(
            decode_connection_confirm(&WINDOWS_CC[..3]),
            Err(DecodeError::Truncated {
                what: "tpkt header",
                needed: 4,
                got: 3
            })
        );
        assert_eq!(
            decode_connection_confirm(&WINDOWS_CC[..15]),
            Err(DecodeError::Truncated {
                what: "tpkt packet",
                needed: 19,
                got: 15
            })
        );
        let mut trailing = WINDOWS_CC.to_vec();
        trailing.push(0);
        assert!(decode_connection_confirm(&trailing).is_err());

        let mut bad_li = WINDOWS_CC;
        bad_li[4] = 0x0D;
        assert!(matches!(
            decode_connection_confirm(&bad_li),
            Err(DecodeError::Invalid { .. })
        ));

        // LI and TPKT length agree, but rdpNegData is 7 bytes
        let mut short = WINDOWS_CC[..18].to_vec();
        short[3] = 18;
        short[4] = 13;
        assert!(decode_connection_confirm(&short).is_err());

        let mut bad_type = WINDOWS_CC;
        bad_type[11] = 0x01;
        assert!(
            decode_connection_confirm(&bad_type)
                .expect_err("unknown type")
                .to_string()
                .contains("unknown type 0x01")
        );

        let mut bad_len = WINDOWS_CC;
        bad_len[13] = 0x09;
        assert!(decode_connection_confirm(&bad_len).is_err());
    }

    #[test]
    fn tpkt_length_for_stream_reading() {
        assert_eq!(tpkt_packet_len(&[]), Ok(None));
        assert_eq!(tpkt_packet_len(&[0x03, 0x00, 0x00]), Ok(None));
        assert_eq!(tpkt_packet_len(&WINDOWS_CC[..4]), Ok(Some(19)));
        assert_eq!(tpkt_packet_len(&WINDOWS_CC), Ok(Some(19)));
        assert_eq!(tpkt_packet_len(&[0x03, 0x00, 0xFF, 0xFF]), Ok(Some(65535)));
        // a TLS alert and an HTTP answer are rejected on their first byte
        assert!(tpkt_packet_len(&[0x15]).is_err());
        assert!(tpkt_packet_len(b"HTTP/1.1 400").is_err());
        assert!(tpkt_packet_len(&[0x03, 0x00, 0x00, 0x06]).is_err());
        assert!(tpkt_packet_len(&[0x03, 0x00, 0x00, 0x00]).is_err());
    }

    #[test]
    fn protocol_names() {
        assert_eq!(Protocols::RDP.selected_name(), Some("rdp"));
        assert_eq!(Protocols::SSL.selected_name(), Some("tls"));
        assert_eq!(Protocols::HYBRID.selected_name(), Some("credssp"));
        assert_eq!(Protocols::RDSTLS.selected_name(), Some("rdstls"));
        assert_eq!(Protocols::HYBRID_EX.selected_name(), Some("credssp_ex"));
        assert_eq!(Protocols::RDSAAD.selected_name(), Some("rdsaad"));
        assert_eq!(Protocols(3).selected_name(), None);
        assert_eq!(Protocols(0x20).selected_name(), None);
        let all = Protocols::SSL | Protocols::HYBRID | Protocols::HYBRID_EX;
        assert!(all.contains(Protocols::HYBRID));
        assert!(all.contains(Protocols::RDP));
        assert!(!all.contains(Protocols::RDSTLS));
        assert_eq!(all.bits(), 0x0B);
        assert_eq!(all.names(), ["tls", "credssp", "credssp_ex"]);
        assert_eq!(all.to_string(), "tls|credssp|credssp_ex");
        assert_eq!(Protocols(0x41).to_string(), "tls|0x40");
        assert_eq!(Protocols(0x40).to_string(), "0x40");
        assert_eq!(Protocols::RDP.to_string(), "rdp");
        let mut p = Protocols::SSL;
        p |= Protocols::HYBRID;
        assert_eq!(p, Protocols(3));
    }

    #[test]
    fn no_panic_on_any_input() {
        let failure = failure_packet(0x99);
        let valid: [&[u8]; 3] = [&WINDOWS_CC, &failure, &NO_NEG_CC];
        crate::testing::check_no_panic(0x224, &valid, |b| {
            let _ = decode_connection_confirm(b);
            let _ = tpkt_packet_len(b);
        });
    }
}

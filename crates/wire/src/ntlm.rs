//! NTLM messages an unauthenticated probe needs (MS-NLMP 2.2.1.1, 2.2.1.2, 2.2.2.1, 2.2.2.10):
//! the anonymous NEGOTIATE_MESSAGE it sends and the CHALLENGE_MESSAGE the server answers with,
//! which names the host, its domain, its clock and its Windows build.
//!
//! All integers are little-endian.

use crate::DecodeError;

/// `"NTLMSSP\0"` (MS-NLMP 2.2.1.1).
pub const SIGNATURE: [u8; 8] = *b"NTLMSSP\0";

const MESSAGE_TYPE_NEGOTIATE: u32 = 1;
const MESSAGE_TYPE_CHALLENGE: u32 = 2;

/// NegotiateFlags bits (MS-NLMP 2.2.2.5).
pub mod flags {
    pub const NEGOTIATE_UNICODE: u32 = 0x0000_0001;
    pub const NEGOTIATE_OEM: u32 = 0x0000_0002;
    pub const REQUEST_TARGET: u32 = 0x0000_0004;
    pub const NEGOTIATE_SIGN: u32 = 0x0000_0010;
    pub const NEGOTIATE_SEAL: u32 = 0x0000_0020;
    pub const NEGOTIATE_LM_KEY: u32 = 0x0000_0080;
    pub const NEGOTIATE_NTLM: u32 = 0x0000_0200;
    pub const NEGOTIATE_ALWAYS_SIGN: u32 = 0x0000_8000;
    pub const TARGET_TYPE_DOMAIN: u32 = 0x0001_0000;
    pub const TARGET_TYPE_SERVER: u32 = 0x0002_0000;
    pub const NEGOTIATE_EXTENDED_SESSIONSECURITY: u32 = 0x0008_0000;
    pub const NEGOTIATE_TARGET_INFO: u32 = 0x0080_0000;
    pub const NEGOTIATE_VERSION: u32 = 0x0200_0000;
    pub const NEGOTIATE_128: u32 = 0x2000_0000;
    pub const NEGOTIATE_KEY_EXCH: u32 = 0x4000_0000;
    pub const NEGOTIATE_56: u32 = 0x8000_0000;
}

/// The flags nmap's rdp-ntlm-info sends: 0xE20882B7 (PROTOCOL.md 2.1).
pub const NEGOTIATE_FLAGS: u32 = flags::NEGOTIATE_UNICODE
    | flags::NEGOTIATE_OEM
    | flags::REQUEST_TARGET
    | flags::NEGOTIATE_SIGN
    | flags::NEGOTIATE_SEAL
    | flags::NEGOTIATE_LM_KEY
    | flags::NEGOTIATE_NTLM
    | flags::NEGOTIATE_ALWAYS_SIGN
    | flags::NEGOTIATE_EXTENDED_SESSIONSECURITY
    | flags::NEGOTIATE_VERSION
    | flags::NEGOTIATE_128
    | flags::NEGOTIATE_KEY_EXCH
    | flags::NEGOTIATE_56;

/// AvId values of AV_PAIR (MS-NLMP 2.2.2.1).
pub mod av_id {
    pub const MSV_AV_EOL: u16 = 0;
    pub const MSV_AV_NB_COMPUTER_NAME: u16 = 1;
    pub const MSV_AV_NB_DOMAIN_NAME: u16 = 2;
    pub const MSV_AV_DNS_COMPUTER_NAME: u16 = 3;
    pub const MSV_AV_DNS_DOMAIN_NAME: u16 = 4;
    pub const MSV_AV_DNS_TREE_NAME: u16 = 5;
    pub const MSV_AV_FLAGS: u16 = 6;
    pub const MSV_AV_TIMESTAMP: u16 = 7;
    pub const MSV_AV_SINGLE_HOST: u16 = 8;
    pub const MSV_AV_TARGET_NAME: u16 = 9;
    pub const MSV_AV_CHANNEL_BINDINGS: u16 = 10;
}

/// NTLMRevisionCurrent for NTLMv2 (MS-NLMP 2.2.2.10).
pub const NTLMSSP_REVISION_W2K3: u8 = 0x0F;

/// Fixed part of a CHALLENGE_MESSAGE up to and including TargetInfoFields (MS-NLMP 2.2.1.2).
const CHALLENGE_HEADER_LEN: usize = 48;
const VERSION_LEN: usize = 8;

/// Seconds between 1601-01-01 (FILETIME epoch) and 1970-01-01 (Unix epoch).
const FILETIME_UNIX_OFFSET_SECS: i64 = 11_644_473_600;
const FILETIME_TICKS_PER_SEC: u64 = 10_000_000;

/// The 40-byte anonymous NEGOTIATE_MESSAGE (MS-NLMP 2.2.1.1) with the flags and VERSION
/// (10.0.17763, revision 15) nmap sends; Windows accepts it raw, without SPNEGO, inside a
/// TSRequest.
pub fn negotiate_message() -> Vec<u8> {
    let mut out = Vec::with_capacity(40);
    out.extend_from_slice(&SIGNATURE);
    out.extend_from_slice(&MESSAGE_TYPE_NEGOTIATE.to_le_bytes());
    out.extend_from_slice(&NEGOTIATE_FLAGS.to_le_bytes());
    // DomainNameFields and WorkstationFields: empty, since the probe is anonymous.
    out.extend_from_slice(&[0; 16]);
    out.extend_from_slice(&encode_version(&NtlmVersion {
        major: 10,
        minor: 0,
        build: 17763,
        revision: NTLMSSP_REVISION_W2K3,
    }));
    out
}

/// VERSION (MS-NLMP 2.2.2.10): the sender's Windows version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NtlmVersion {
    pub major: u8,
    pub minor: u8,
    pub build: u16,
    /// NTLMRevisionCurrent; 0x0F on every current Windows.
    pub revision: u8,
}

fn encode_version(v: &NtlmVersion) -> [u8; VERSION_LEN] {
    let [b0, b1] = v.build.to_le_bytes();
    [v.major, v.minor, b0, b1, 0, 0, 0, v.revision]
}

/// The AV_PAIR list of a CHALLENGE_MESSAGE (MS-NLMP 2.2.2.1).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TargetInfo {
    /// MsvAvNbComputerName.
    pub nb_computer_name: Option<String>,
    /// MsvAvNbDomainName.
    pub nb_domain_name: Option<String>,
    /// MsvAvDnsComputerName.
    pub dns_computer_name: Option<String>,
    /// MsvAvDnsDomainName.
    pub dns_domain_name: Option<String>,
    /// MsvAvDnsTreeName (the forest).
    pub dns_tree_name: Option<String>,
    /// MsvAvFlags.
    pub flags: Option<u32>,
    /// MsvAvTimestamp: the server's clock as a FILETIME; see [`filetime_to_unix_seconds`].
    pub timestamp: Option<u64>,
    /// MsvAvTargetName.
    pub target_name: Option<String>,
    /// Every other pair (single host, channel bindings, future IDs) as (AvId, value).
    pub other: Vec<(u16, Vec<u8>)>,
}

/// A decoded CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Challenge {
    pub flags: u32,
    pub server_challenge: [u8; 8],
    /// The server's domain or computer name (see `TARGET_TYPE_*` in [`flags`]).
    pub target_name: Option<String>,
    pub target_info: TargetInfo,
    /// Present when NEGOTIATE_VERSION is set.
    pub version: Option<NtlmVersion>,
}

/// Little-endian reads that cannot go out of bounds.
fn u16_at(buf: &[u8], at: usize) -> Option<u16> {
    let bytes = buf.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes(bytes.try_into().ok()?))
}

fn u32_at(buf: &[u8], at: usize) -> Option<u32> {
    let bytes = buf.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes(bytes.try_into().ok()?))
}

fn u64_from(bytes: &[u8]) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.try_into().ok()?))
}

/// UTF-16LE without terminator. Unpaired surrogates and an odd trailing byte become U+FFFD:
/// a damaged name is still evidence worth showing.
fn utf16le_lossy(bytes: &[u8]) -> String {
    let units = bytes.chunks(2).map(|pair| match pair {
        [lo, hi] => u16::from_le_bytes([*lo, *hi]),
        _ => 0xFFFD,
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Text in the OEM code page, which the probe cannot know; bytes map to U+0000..U+00FF.
fn oem_lossy(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// The payload a `*Fields` structure (Len u16, MaxLen u16, BufferOffset u32) at `at` points to.
fn field_payload<'a>(
    buf: &'a [u8],
    at: usize,
    what: &'static str,
) -> Result<&'a [u8], DecodeError> {
    let (Some(len), Some(offset)) = (u16_at(buf, at), u32_at(buf, at + 4)) else {
        return Err(DecodeError::truncated(what, at + 8, buf.len()));
    };
    if len == 0 {
        return Ok(&[]);
    }
    let start = usize::try_from(offset).unwrap_or(usize::MAX);
    start
        .checked_add(usize::from(len))
        .and_then(|end| buf.get(start..end))
        .ok_or_else(|| {
            DecodeError::invalid(
                what,
                format!(
                    "offset {offset} + length {len} is past the end of the {}-byte message",
                    buf.len()
                ),
            )
        })
}

fn decode_target_info(mut list: &[u8]) -> Result<TargetInfo, DecodeError> {
    let mut info = TargetInfo::default();
    let mut index = 0usize;
    while !list.is_empty() {
        let (Some(id), Some(len)) = (u16_at(list, 0), u16_at(list, 2)) else {
            return Err(DecodeError::truncated("ntlm av pair header", 4, list.len()));
        };
        if id == av_id::MSV_AV_EOL {
            break;
        }
        let Some(value) = list.get(4..4 + usize::from(len)) else {
            return Err(DecodeError::invalid(
                "ntlm target info",
                format!(
                    "av pair {index} (id {id}) claims {len} bytes but only {} remain",
                    list.len().saturating_sub(4)
                ),
            ));
        };
        list = list.get(4 + usize::from(len)..).unwrap_or_default();
        index += 1;
        let text = || Some(utf16le_lossy(value));
        match id {
            av_id::MSV_AV_NB_COMPUTER_NAME => info.nb_computer_name = text(),
            av_id::MSV_AV_NB_DOMAIN_NAME => info.nb_domain_name = text(),
            av_id::MSV_AV_DNS_COMPUTER_NAME => info.dns_computer_name = text(),
            av_id::MSV_AV_DNS_DOMAIN_NAME => info.dns_domain_name = text(),
            av_id::MSV_AV_DNS_TREE_NAME => info.dns_tree_name = text(),
            av_id::MSV_AV_TARGET_NAME => info.target_name = text(),
            av_id::MSV_AV_FLAGS => {
                let flags = <[u8; 4]>::try_from(value).map_err(|_| {
                    DecodeError::invalid(
                        "ntlm target info",
                        format!("MsvAvFlags is {len} bytes, expected 4"),
                    )
                })?;
                info.flags = Some(u32::from_le_bytes(flags));
            }
            av_id::MSV_AV_TIMESTAMP => {
                info.timestamp = Some(u64_from(value).ok_or_else(|| {
                    DecodeError::invalid(
                        "ntlm target info",
                        format!("MsvAvTimestamp is {len} bytes, expected 8"),
                    )
                })?);
            }
            _ => info.other.push((id, value.to_vec())),
        }
    }
    Ok(info)
}

/// Decodes a CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2) from a buffer starting with `"NTLMSSP\0"`.
///
/// Every offset and length is checked against the buffer. Strings are decoded lossily
/// (invalid UTF-16 becomes U+FFFD). The AV_PAIR list ends at MsvAvEOL or at the end of the
/// TargetInfo field, whichever comes first.
pub fn decode_challenge(buf: &[u8]) -> Result<Challenge, DecodeError> {
    let Some(header) = buf.get(..CHALLENGE_HEADER_LEN) else {
        return Err(DecodeError::truncated(
            "ntlm challenge",
            CHALLENGE_HEADER_LEN,
            buf.len(),
        ));
    };
    if header.get(..8) != Some(&SIGNATURE[..]) {
        return Err(DecodeError::invalid(
            "ntlm challenge",
            "signature is not \"NTLMSSP\\0\"",
        ));
    }
    let message_type = u32_at(header, 8).unwrap_or_default();
    if message_type != MESSAGE_TYPE_CHALLENGE {
        return Err(DecodeError::invalid(
            "ntlm challenge",
            format!("message type is {message_type}, expected 2 (challenge)"),
        ));
    }
    let flags = u32_at(header, 20).unwrap_or_default();
    let mut server_challenge = [0u8; 8];
    if let Some(bytes) = header.get(24..32) {
        server_challenge.copy_from_slice(bytes);
    }

    let target_name = field_payload(buf, 12, "ntlm target name")?;
    let target_name = (!target_name.is_empty()).then(|| {
        if flags & flags::NEGOTIATE_UNICODE != 0 {
            utf16le_lossy(target_name)
        } else {
            oem_lossy(target_name)
        }
    });
    let target_info = decode_target_info(field_payload(buf, 40, "ntlm target info")?)?;

    let version = if flags & flags::NEGOTIATE_VERSION != 0 {
        let Some(&[major, minor, b0, b1, _, _, _, revision]) =
            buf.get(CHALLENGE_HEADER_LEN..CHALLENGE_HEADER_LEN + VERSION_LEN)
        else {
            return Err(DecodeError::truncated(
                "ntlm version",
                CHALLENGE_HEADER_LEN + VERSION_LEN,
                buf.len(),
            ));
        };
        Some(NtlmVersion {
            major,
            minor,
            build: u16::from_le_bytes([b0, b1]),
            revision,
        })
    } else {
        None
    };

    Ok(Challenge {
        flags,
        server_challenge,
        target_name,
        target_info,
        version,
    })
}

/// FILETIME (100 ns ticks since 1601-01-01 UTC) to Unix seconds, rounded down; negative
/// before 1970. Cannot overflow: `u64::MAX` ticks is about 1.8e12 seconds.
pub fn filetime_to_unix_seconds(ft: u64) -> i64 {
    let secs = i64::try_from(ft / FILETIME_TICKS_PER_SEC).unwrap_or(i64::MAX);
    secs.saturating_sub(FILETIME_UNIX_OFFSET_SECS)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A CHALLENGE_MESSAGE as Windows Server 2022 in domain LAB would send it, 204 bytes.
    #[rustfmt::skip]
    pub(crate) const CHALLENGE: [u8; 204] = [
        // 0: Signature "NTLMSSP\0"
        b'N', b'T', b'L', b'M', b'S', b'S', b'P', 0x00,
        // 8: MessageType 2
        0x02, 0x00, 0x00, 0x00,
        // 12: TargetNameFields: Len 6, MaxLen 6, Offset 56
        0x06, 0x00, 0x06, 0x00, 0x38, 0x00, 0x00, 0x00,
        // 20: NegotiateFlags 0xE2898235 (unicode, target type domain, target info, version, ...)
        0x35, 0x82, 0x89, 0xE2,
        // 24: ServerChallenge
        0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF,
        // 32: Reserved
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        // 40: TargetInfoFields: Len 142, MaxLen 142, Offset 62
        0x8E, 0x00, 0x8E, 0x00, 0x3E, 0x00, 0x00, 0x00,
        // 48: VERSION 10.0 build 20348 (0x4F7C), reserved, NTLMRevisionCurrent 15
        0x0A, 0x00, 0x7C, 0x4F, 0x00, 0x00, 0x00, 0x0F,
        // 56: TargetName "LAB"
        b'L', 0, b'A', 0, b'B', 0,
        // 62: MsvAvNbDomainName (2), 6 bytes: "LAB"
        0x02, 0x00, 0x06, 0x00,
        b'L', 0, b'A', 0, b'B', 0,
        // 72: MsvAvNbComputerName (1), 16 bytes: "WIN-HOST"
        0x01, 0x00, 0x10, 0x00,
        b'W', 0, b'I', 0, b'N', 0, b'-', 0, b'H', 0, b'O', 0, b'S', 0, b'T', 0,
        // 92: MsvAvDnsDomainName (4), 22 bytes: "lab.example"
        0x04, 0x00, 0x16, 0x00,
        b'l', 0, b'a', 0, b'b', 0, b'.', 0, b'e', 0, b'x', 0, b'a', 0, b'm', 0, b'p', 0,
        b'l', 0, b'e', 0,
        // 118: MsvAvDnsComputerName (3), 40 bytes: "win-host.lab.example"
        0x03, 0x00, 0x28, 0x00,
        b'w', 0, b'i', 0, b'n', 0, b'-', 0, b'h', 0, b'o', 0, b's', 0, b't', 0, b'.', 0,
        b'l', 0, b'a', 0, b'b', 0, b'.', 0,
        b'e', 0, b'x', 0, b'a', 0, b'm', 0, b'p', 0, b'l', 0, b'e', 0,
        // 162: MsvAvDnsTreeName (5), 22 bytes: "lab.example"
        0x05, 0x00, 0x16, 0x00,
        b'l', 0, b'a', 0, b'b', 0, b'.', 0, b'e', 0, b'x', 0, b'a', 0, b'm', 0, b'p', 0,
        b'l', 0, b'e', 0,
        // 188: MsvAvTimestamp (7), 8 bytes: FILETIME 0x01DD79AFD59FB687 = 2026-11-21 12:00:00.12 UTC
        0x07, 0x00, 0x08, 0x00,
        0x87, 0xB6, 0x9F, 0xD5, 0xAF, 0x79, 0xDD, 0x01,
        // 200: MsvAvEOL
        0x00, 0x00, 0x00, 0x00,
    ];

    #[test]
    fn negotiate_message_matches_nmap() {
        #[rustfmt::skip]
        let expected = [
            // Signature "NTLMSSP\0"
            b'N', b'T', b'L', b'M', b'S', b'S', b'P', 0x00,
            // MessageType 1
            0x01, 0x00, 0x00, 0x00,
            // NegotiateFlags 0xE20882B7
            0xB7, 0x82, 0x08, 0xE2,
            // DomainNameFields: empty
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
            // WorkstationFields: empty
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
            // VERSION 10.0 build 17763 (0x4563), reserved, revision 15
            0x0A, 0x00, 0x63, 0x45, 0x00, 0x00, 0x00, 0x0F,
        ];
        assert_eq!(NEGOTIATE_FLAGS, 0xE208_82B7);
        assert_eq!(negotiate_message(), expected);
    }

    #[test]
    fn decodes_windows_challenge() {
        let c = decode_challenge(&CHALLENGE).expect("valid challenge");
        assert_eq!(c.flags, 0xE289_8235);
        assert_eq!(
            c.server_challenge,
            [0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF]
        );
        assert_eq!(c.target_name.as_deref(), Some("LAB"));
        assert_eq!(
            c.version,
            Some(NtlmVersion {
                major: 10,
                minor: 0,
                build: 20348,
                revision: 15
            })
        );
        let info = &c.target_info;
        assert_eq!(info.nb_computer_name.as_deref(), Some("WIN-HOST"));
        assert_eq!(info.nb_domain_name.as_deref(), Some("LAB"));
        assert_eq!(
            info.dns_computer_name.as_deref(),
            Some("win-host.lab.example")
        );
        assert_eq!(info.dns_domain_name.as_deref(), Some("lab.example"));
        assert_eq!(info.dns_tree_name.as_deref(), Some("lab.example"));
        assert_eq!(info.flags, None);
        assert_eq!(info.target_name, None);
        assert!(info.other.is_empty());
        let ts = info.timestamp.expect("timestamp present");
        // 2026-11-21T12:00:00Z
        assert_eq!(filetime_to_unix_seconds(ts), 1_795_262_400);
    }

    #[test]
    fn keeps_unknown_pairs_and_stops_at_end_of_field() {
        let mut msg = CHALLENGE[..200].to_vec(); // without MsvAvEOL
        msg.extend_from_slice(&[
            0x08, 0x00, 0x02, 0x00, 0xAA, 0xBB, // MsvAvSingleHost, 2 bytes (shortened)
            0x06, 0x00, 0x04, 0x00, 0x02, 0x00, 0x00, 0x00, // MsvAvFlags = 2
        ]);
        msg[40] = 142 - 4 + 14; // TargetInfoFields.Len
        let c = decode_challenge(&msg).expect("valid challenge");
        assert_eq!(c.target_info.other, [(8, vec![0xAA, 0xBB])]);
        assert_eq!(c.target_info.flags, Some(2));
        assert_eq!(c.target_info.nb_computer_name.as_deref(), Some("WIN-HOST"));
    }

    #[test]
    fn decodes_minimal_challenge_without_version() {
        #[rustfmt::skip]
        let msg = [
            b'N', b'T', b'L', b'M', b'S', b'S', b'P', 0x00, // Signature
            0x02, 0x00, 0x00, 0x00, // MessageType 2
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // TargetNameFields: empty
            0x02, 0x02, 0x00, 0x00, // NegotiateFlags: OEM | NTLM, no VERSION
            0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, // ServerChallenge
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // Reserved
            0x00, 0x00, 0x00, 0x00, 0x30, 0x00, 0x00, 0x00, // TargetInfoFields: empty
        ];
        let c = decode_challenge(&msg).expect("valid challenge");
        assert_eq!(c.target_name, None);
        assert_eq!(c.version, None);
        assert_eq!(c.target_info, TargetInfo::default());
    }

    #[test]
    fn rejects_offsets_outside_the_message() {
        let mut msg = CHALLENGE;
        msg[16] = 0xFF; // TargetName offset 255 > 204
        let err = decode_challenge(&msg).expect_err("offset outside");
        assert_eq!(
            err.to_string(),
            "invalid ntlm target name: offset 255 + length 6 is past the end of the 204-byte message"
        );

        let mut msg = CHALLENGE;
        msg[44..48].copy_from_slice(&u32::MAX.to_le_bytes()); // TargetInfo offset 0xFFFFFFFF
        assert!(decode_challenge(&msg).is_err());

        let mut msg = CHALLENGE;
        msg[40] = 143; // TargetInfo one byte longer than the message
        assert!(decode_challenge(&msg).is_err());

        let mut msg = CHALLENGE;
        msg[64..66].copy_from_slice(&[0x40, 0x01]); // first AV pair claims 320 bytes
        let err = decode_challenge(&msg).expect_err("pair overruns");
        assert!(
            err.to_string()
                .contains("av pair 0 (id 2) claims 320 bytes")
        );

        let mut msg = CHALLENGE;
        msg[190] = 4; // MsvAvTimestamp of 4 bytes cannot be a FILETIME
        assert!(decode_challenge(&msg).is_err());
    }

    #[test]
    fn rejects_other_messages() {
        assert!(decode_challenge(&negotiate_message()).is_err());
        let mut msg = CHALLENGE;
        msg[8] = 3;
        assert!(
            decode_challenge(&msg)
                .expect_err("authenticate")
                .to_string()
                .contains("message type is 3")
        );
        let mut msg = CHALLENGE;
        msg[0] = b'X';
        assert!(decode_challenge(&msg).is_err());
        assert_eq!(
            decode_challenge(&CHALLENGE[..47]),
            Err(DecodeError::Truncated {
                what: "ntlm challenge",
                needed: 48,
                got: 47
            })
        );
    }

    #[test]
    fn damaged_names_are_replaced_not_rejected() {
        let mut msg = CHALLENGE;
        msg[56..58].copy_from_slice(&[0x00, 0xD8]); // unpaired high surrogate in "LAB"
        let c = decode_challenge(&msg).expect("still decodes");
        assert_eq!(c.target_name.as_deref(), Some("\u{FFFD}AB"));
        assert_eq!(utf16le_lossy(&[b'A', 0, b'B']), "A\u{FFFD}");
        assert_eq!(utf16le_lossy(&[]), "");
    }

    #[test]
    fn filetime_conversion() {
        assert_eq!(filetime_to_unix_seconds(0), -11_644_473_600);
        assert_eq!(filetime_to_unix_seconds(116_444_736_000_000_000), 0);
        assert_eq!(filetime_to_unix_seconds(116_444_736_009_999_999), 0);
        assert_eq!(filetime_to_unix_seconds(u64::MAX), 1_833_029_933_770);
    }

    #[test]
    fn no_panic_on_any_input() {
        let valid: [&[u8]; 1] = [&CHALLENGE];
        crate::testing::check_no_panic(0x4E544C4D, &valid, |b| {
            let _ = decode_challenge(b);
        });
    }
}

//! Reading a server's NTLM CHALLENGE over CredSSP, the way nmap's `rdp-ntlm-info` does
//! (PROTOCOL.md 2.2), so harness self-tests can check what names FreeRDP's shadow server reports.
//! No AUTHENTICATE message is ever sent.

use std::io::Write as _;
use std::net::SocketAddr;

use anyhow::{Context as _, Result, bail};

use crate::tls::{self, TlsVersion};
use crate::x224::{self, ConnectionConfirm};

/// The names and version in a CHALLENGE_MESSAGE [MS-NLMP 2.2.1.2, 2.2.2.1].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChallengeInfo {
    /// TargetName.
    pub target_name: String,
    /// MsvAvNbComputerName (AvId 1).
    pub netbios_computer: Option<String>,
    /// MsvAvNbDomainName (AvId 2).
    pub netbios_domain: Option<String>,
    /// MsvAvDnsComputerName (AvId 3).
    pub dns_computer: Option<String>,
    /// MsvAvDnsDomainName (AvId 4).
    pub dns_domain: Option<String>,
    /// VERSION: major, minor, build.
    pub version: Option<(u8, u8, u16)>,
    /// MsvAvTimestamp as Unix seconds.
    pub timestamp_unix: Option<i64>,
}

/// TSRequest v6 carrying a raw 40-byte NTLM NEGOTIATE_MESSAGE [MS-CSSP 2.2.1; MS-NLMP 2.2.1.1].
const TS_REQUEST_NEGOTIATE: [u8; 57] = [
    0x30, 0x37, // TSRequest SEQUENCE, 55 bytes
    0xA0, 0x03, 0x02, 0x01, 0x06, // [0] version INTEGER 6
    0xA1, 0x30, 0x30, 0x2E, 0x30, 0x2C, 0xA0, 0x2A, 0x04,
    0x28, // [1] negoTokens → OCTET STRING(40)
    b'N', b'T', b'L', b'M', b'S', b'S', b'P', 0x00, // signature
    0x01, 0x00, 0x00, 0x00, // MessageType 1
    0xB7, 0x82, 0x08, 0xE2, // NegotiateFlags (nmap's)
    0, 0, 0, 0, 0, 0, 0, 0, // DomainNameFields
    0, 0, 0, 0, 0, 0, 0, 0, // WorkstationFields
    0x0A, 0x00, 0x63, 0x45, 0x00, 0x00, 0x00, 0x0F, // VERSION 10.0.17763, NTLM revision 15
];

/// Negotiates CredSSP (requestedProtocols 0x03), starts TLS and returns the CHALLENGE's contents.
pub fn challenge_info(addr: SocketAddr) -> Result<ChallengeInfo> {
    let requested = x224::PROTOCOL_SSL | x224::PROTOCOL_HYBRID;
    let (stream, confirm) = x224::negotiate_on(addr, requested)?;
    match confirm {
        ConnectionConfirm::Selected { protocol, .. }
            if protocol == x224::PROTOCOL_HYBRID || protocol == x224::PROTOCOL_HYBRID_EX => {}
        other => bail!("{addr} did not select CredSSP: {other:?}"),
    }
    let mut session = tls::handshake(stream, TlsVersion::Tls12)
        .or_else(|_| {
            // One retry with TLS 1.3, on a fresh connection.
            let (stream, _) = x224::negotiate_on(addr, requested)?;
            tls::handshake(stream, TlsVersion::Tls13)
        })
        .with_context(|| format!("TLS with {addr} after selecting CredSSP"))?;
    session.stream.write_all(&TS_REQUEST_NEGOTIATE)?;
    session.stream.flush()?;
    let reply = read_der_sequence(&mut session.stream).context("reading the server's TSRequest")?;
    let start =
        find(&reply, b"NTLMSSP\0").context("no NTLMSSP message in the server's TSRequest")?;
    parse_challenge(&reply[start..])
}

fn read_der_sequence(reader: &mut impl std::io::Read) -> Result<Vec<u8>> {
    let mut head = [0u8; 2];
    reader.read_exact(&mut head)?;
    if head[0] != 0x30 {
        bail!("not a DER SEQUENCE: {head:02x?}");
    }
    let mut out = head.to_vec();
    let length = if head[1] & 0x80 == 0 {
        usize::from(head[1])
    } else {
        let count = usize::from(head[1] & 0x7F);
        if count == 0 || count > 3 {
            bail!("unsupported DER length form {:#04x}", head[1]);
        }
        let mut bytes = vec![0u8; count];
        reader.read_exact(&mut bytes)?;
        out.extend_from_slice(&bytes);
        bytes
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b))
    };
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body)?;
    out.extend_from_slice(&body);
    Ok(out)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// A "Fields" item (Len, MaxLen, Offset) at `at`, resolved against the message.
fn field(message: &[u8], at: usize) -> Option<&[u8]> {
    let len = usize::from(u16_at(message, at)?);
    let offset = usize::try_from(u32_at(message, at + 4)?).ok()?;
    message.get(offset..offset.checked_add(len)?)
}

fn utf16le(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    String::from_utf16_lossy(&units)
}

fn parse_challenge(message: &[u8]) -> Result<ChallengeInfo> {
    if u32_at(message, 8) != Some(2) {
        bail!(
            "NTLM message is not a CHALLENGE: {:02x?}",
            &message[..message.len().min(16)]
        );
    }
    let flags = u32_at(message, 20).context("CHALLENGE too short")?;
    let mut info = ChallengeInfo {
        target_name: field(message, 12).map(utf16le).unwrap_or_default(),
        ..ChallengeInfo::default()
    };
    // NTLMSSP_NEGOTIATE_VERSION: the VERSION field is present.
    if flags & 0x0200_0000 != 0
        && let Some(v) = message.get(48..52)
    {
        info.version = Some((v[0], v[1], u16::from_le_bytes([v[2], v[3]])));
    }
    let target_info = field(message, 40).context("CHALLENGE has no TargetInfo")?;
    let mut at = 0;
    while let (Some(id), Some(len)) = (u16_at(target_info, at), u16_at(target_info, at + 2)) {
        let Some(value) = target_info.get(at + 4..at + 4 + usize::from(len)) else {
            break;
        };
        match id {
            0 => break,
            1 => info.netbios_computer = Some(utf16le(value)),
            2 => info.netbios_domain = Some(utf16le(value)),
            3 => info.dns_computer = Some(utf16le(value)),
            4 => info.dns_domain = Some(utf16le(value)),
            7 if value.len() == 8 => {
                let filetime = u64::from_le_bytes(value.try_into()?);
                info.timestamp_unix = Some((filetime / 10_000_000) as i64 - 11_644_473_600);
            }
            _ => {}
        }
        at += 4 + usize::from(len);
    }
    Ok(info)
}

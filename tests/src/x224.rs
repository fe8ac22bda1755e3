//! A raw X.224 negotiation, written independently of the crates under test.
//!
//! The harness checks that each server really is in the state a test assumes (e.g. "xrdp in tls
//! mode refuses standard RDP with code 1") with its own few bytes, so a bug in `rdp-doctor-wire`
//! cannot hide behind a matching bug in the harness.

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use anyhow::{Context as _, Result, bail};

/// requestedProtocols / selectedProtocol values [MS-RDPBCGR 2.2.1.1.1].
pub const PROTOCOL_RDP: u32 = 0x00;
/// TLS.
pub const PROTOCOL_SSL: u32 = 0x01;
/// CredSSP (NLA).
pub const PROTOCOL_HYBRID: u32 = 0x02;
/// CredSSP with Early User Authorization Result.
pub const PROTOCOL_HYBRID_EX: u32 = 0x08;

/// RDP_NEG_FAILURE failureCode values [MS-RDPBCGR 2.2.1.2.2].
pub const SSL_REQUIRED_BY_SERVER: u32 = 1;
/// Server is set to standard RDP security only.
pub const SSL_NOT_ALLOWED_BY_SERVER: u32 = 2;
/// NLA is mandatory.
pub const HYBRID_REQUIRED_BY_SERVER: u32 = 5;

/// Socket timeouts for the raw probes; servers on loopback answer in milliseconds.
pub const IO_TIMEOUT: Duration = Duration::from_secs(5);

/// A 19-byte Connection Request without cookie, with RDP_NEG_REQ [MS-RDPBCGR 2.2.1.1].
pub fn connection_request(requested_protocols: u32) -> [u8; 19] {
    let p = requested_protocols.to_le_bytes();
    [
        0x03, 0x00, 0x00, 0x13, // TPKT: version 3, reserved, length 19 (BE)
        0x0E, 0xE0, // X.224 LI = 14, CR
        0x00, 0x00, 0x00, 0x00, 0x00, // DST-REF, SRC-REF, class 0
        0x01, 0x00, 0x08, 0x00, // RDP_NEG_REQ, flags 0, length 8 (LE)
        p[0], p[1], p[2], p[3], // requestedProtocols (LE)
    ]
}

/// What a server's Connection Confirm said [MS-RDPBCGR 2.2.1.2].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectionConfirm {
    /// RDP_NEG_RSP.
    Selected { flags: u8, protocol: u32 },
    /// RDP_NEG_FAILURE.
    Failure { code: u32 },
    /// A CC without rdpNegData (pre-negotiation server): standard RDP security.
    NoNegotiationData,
}

/// Connects, sends a Connection Request for `requested_protocols` and reads the Connection
/// Confirm; returns the stream too (positioned after the CC) for a TLS upgrade.
pub fn negotiate_on(
    addr: SocketAddr,
    requested_protocols: u32,
) -> Result<(TcpStream, ConnectionConfirm)> {
    let mut stream = TcpStream::connect_timeout(&addr, IO_TIMEOUT)
        .with_context(|| format!("connect to {addr}"))?;
    stream.set_read_timeout(Some(IO_TIMEOUT))?;
    stream.set_write_timeout(Some(IO_TIMEOUT))?;
    stream.write_all(&connection_request(requested_protocols))?;

    let mut header = [0u8; 4];
    stream.read_exact(&mut header).with_context(|| {
        format!("reading the TPKT header of the Connection Confirm from {addr}")
    })?;
    if header[0] != 0x03 {
        bail!("{addr} answered with a non-TPKT byte {:#04x}", header[0]);
    }
    let length = usize::from(u16::from_be_bytes([header[2], header[3]]));
    if !(11..=64).contains(&length) {
        bail!("{addr}: implausible Connection Confirm length {length}");
    }
    let mut body = vec![0u8; length - 4];
    stream
        .read_exact(&mut body)
        .context("reading the Connection Confirm")?;
    Ok((stream, parse_connection_confirm(&body)?))
}

/// Like [`negotiate_on`], closing the connection afterwards.
pub fn negotiate(addr: SocketAddr, requested_protocols: u32) -> Result<ConnectionConfirm> {
    negotiate_on(addr, requested_protocols).map(|(_, confirm)| confirm)
}

/// Parses the X.224 part of a CC (everything after the TPKT header).
fn parse_connection_confirm(x224: &[u8]) -> Result<ConnectionConfirm> {
    let [li, code, ..] = *x224 else {
        bail!("Connection Confirm too short: {x224:02x?}")
    };
    if code & 0xF0 != 0xD0 {
        bail!("not a Connection Confirm (code {code:#04x}): {x224:02x?}");
    }
    if li == 6 {
        return Ok(ConnectionConfirm::NoNegotiationData);
    }
    let Some(neg) = x224.get(7..15) else {
        bail!("rdpNegData missing: {x224:02x?}")
    };
    let value = u32::from_le_bytes([neg[4], neg[5], neg[6], neg[7]]);
    match neg[0] {
        0x02 => Ok(ConnectionConfirm::Selected {
            flags: neg[1],
            protocol: value,
        }),
        0x03 => Ok(ConnectionConfirm::Failure { code: value }),
        other => bail!("unknown rdpNegData type {other:#04x}: {x224:02x?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_matches_the_protocol_notes() {
        // PROTOCOL.md 1.1: 03 00 00 13 0E E0 00 00 00 00 00 01 00 08 00 0B 00 00 00
        assert_eq!(
            connection_request(0x0B),
            [
                3, 0, 0, 0x13, 0x0E, 0xE0, 0, 0, 0, 0, 0, 1, 0, 8, 0, 0x0B, 0, 0, 0
            ]
        );
    }

    #[test]
    fn confirm_variants_parse() {
        // xrdp selecting TLS: 0e d0 00 00 12 34 00 | 02 01 08 00 01 00 00 00
        let rsp = [
            0x0E, 0xD0, 0, 0, 0x12, 0x34, 0, 0x02, 0x01, 0x08, 0, 1, 0, 0, 0,
        ];
        assert_eq!(
            parse_connection_confirm(&rsp).ok(),
            Some(ConnectionConfirm::Selected {
                flags: 1,
                protocol: 1
            })
        );
        let failure = [0x0E, 0xD0, 0, 0, 0, 0, 0, 0x03, 0x00, 0x08, 0, 5, 0, 0, 0];
        assert_eq!(
            parse_connection_confirm(&failure).ok(),
            Some(ConnectionConfirm::Failure { code: 5 })
        );
        let bare = [0x06, 0xD0, 0, 0, 0x12, 0x34, 0];
        assert_eq!(
            parse_connection_confirm(&bare).ok(),
            Some(ConnectionConfirm::NoNegotiationData)
        );
    }
}

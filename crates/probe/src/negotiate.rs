//! The X.224 security negotiation (MS-RDPBCGR 2.2.1.1 / 2.2.1.2), as a real client's first
//! packet, on one fresh connection per requested protocol set.

use std::io;
use std::time::Duration;

use rdp_doctor_model::{
    NegotiationFailure, NegotiationFlags, NegotiationOutcome, RequestedProtocols as P,
    SelectedProtocol,
};
use rdp_doctor_wire::x224::{self, ConnectionConfirm, ConnectionRequest, Protocols};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// A Connection Confirm is 11 or 19 bytes; anything much longer is not one.
const MAX_CONFIRM: usize = 512;

/// The protocol sets we ask for, and which protocol each one tests. HYBRID and HYBRID_EX are
/// requested together with the protocols they build on, as real clients do.
pub const ATTEMPTS: [(P, &str); 5] = [
    (P::RDP, "rdp"),
    (P::SSL, "tls"),
    (CREDSSP, "credssp"),
    (CREDSSP_EX, "credssp_ex"),
    (P::RDSTLS, "rdstls"),
];

/// SSL | HYBRID (0x03).
pub const CREDSSP: P = P::SSL.with(P::HYBRID);
/// SSL | HYBRID | HYBRID_EX (0x0B): what a modern client asks for.
pub const CREDSSP_EX: P = CREDSSP.with(P::HYBRID_EX);

/// Sends the Connection Request and reads the Connection Confirm, within `step`.
pub async fn negotiate<S>(stream: &mut S, requested: P, step: Duration) -> NegotiationOutcome
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let request = ConnectionRequest {
        cookie: None,
        requested: Protocols(requested.bits()),
        flags: 0,
    };
    let packet = match x224::encode_connection_request(&request) {
        Ok(p) => p,
        Err(e) => {
            return NegotiationOutcome::Malformed {
                reason: format!("could not build the request: {e}"),
            };
        }
    };
    let exchange = async {
        if let Err(e) = stream.write_all(&packet).await {
            return io_outcome(&e);
        }
        read_confirm(stream).await
    };
    match tokio::time::timeout(step, exchange).await {
        Ok(outcome) => outcome,
        Err(_) => NegotiationOutcome::NoResponse {
            waited_ms: u64::try_from(step.as_millis()).unwrap_or(u64::MAX),
        },
    }
}

async fn read_confirm<S: AsyncRead + Unpin>(stream: &mut S) -> NegotiationOutcome {
    let mut buf: Vec<u8> = Vec::with_capacity(64);
    let mut chunk = [0u8; 256];
    loop {
        match x224::tpkt_packet_len(&buf) {
            Ok(Some(len)) if len > MAX_CONFIRM => {
                return NegotiationOutcome::Malformed {
                    reason: format!("the reply claims to be {len} bytes long"),
                };
            }
            Ok(Some(len)) if buf.len() >= len => {
                return match x224::decode_connection_confirm(buf.get(..len).unwrap_or(&buf)) {
                    Ok(confirm) => confirm_outcome(&confirm),
                    Err(e) => NegotiationOutcome::Malformed {
                        reason: e.to_string(),
                    },
                };
            }
            Ok(_) => {}
            Err(_) => return not_rdp(&buf),
        }
        match stream.read(&mut chunk).await {
            Ok(0) if buf.is_empty() => return NegotiationOutcome::Closed,
            Ok(0) => {
                return if x224::tpkt_packet_len(&buf).is_err() {
                    not_rdp(&buf)
                } else {
                    NegotiationOutcome::Malformed {
                        reason: format!(
                            "the server closed the connection after {} bytes of its reply",
                            buf.len()
                        ),
                    }
                };
            }
            Ok(n) => buf.extend_from_slice(chunk.get(..n).unwrap_or_default()),
            Err(e) if buf.is_empty() => return io_outcome(&e),
            Err(e) => {
                return NegotiationOutcome::Malformed {
                    reason: format!("the connection failed in the middle of the reply: {e}"),
                };
            }
        }
    }
}

fn io_outcome(e: &io::Error) -> NegotiationOutcome {
    match e.kind() {
        io::ErrorKind::ConnectionReset | io::ErrorKind::ConnectionAborted => {
            NegotiationOutcome::Reset
        }
        io::ErrorKind::BrokenPipe | io::ErrorKind::UnexpectedEof => NegotiationOutcome::Closed,
        _ => NegotiationOutcome::ConnectFailed {
            message: e.to_string(),
        },
    }
}

pub fn confirm_outcome(confirm: &ConnectionConfirm) -> NegotiationOutcome {
    match confirm {
        ConnectionConfirm::Response { flags, selected } => NegotiationOutcome::Selected {
            protocol: SelectedProtocol::from(selected.bits()),
            protocol_name: selected.selected_name().map_or_else(
                || format!("unknown (0x{:x})", selected.bits()),
                str::to_string,
            ),
            flags: NegotiationFlags(*flags),
            flag_names: x224::response_flag_names(*flags)
                .into_iter()
                .map(str::to_string)
                .collect(),
        },
        ConnectionConfirm::Failure { code } => NegotiationOutcome::Refused {
            code: NegotiationFailure::from(code.0),
            code_name: code.name().map(str::to_string),
        },
        ConnectionConfirm::NoNegotiationData => NegotiationOutcome::NoNegotiationData,
    }
}

fn not_rdp(buf: &[u8]) -> NegotiationOutcome {
    NegotiationOutcome::NotRdp {
        looks_like: looks_like(buf),
        first_bytes_hex: buf.iter().take(16).map(|b| format!("{b:02x}")).collect(),
    }
}

/// Names what answered instead of RDP, from its first bytes, in words IT recognises.
pub fn looks_like(buf: &[u8]) -> String {
    let starts = |p: &[u8]| buf.starts_with(p);
    if starts(b"SSH-") {
        return format!("an SSH server ({})", first_line(buf));
    }
    if starts(b"HTTP/") {
        return format!("a web server ({})", first_line(buf));
    }
    if matches!(buf, [0x16, 0x03, ..] | [0x15, 0x03, ..]) {
        return "a TLS service that expects encryption from the first byte (HTTPS or similar)"
            .into();
    }
    if starts(b"220") || starts(b"+OK") || starts(b"* OK") {
        return format!("a mail or file-transfer server ({})", first_line(buf));
    }
    let printable = buf
        .iter()
        .filter(|b| b.is_ascii_graphic() || b.is_ascii_whitespace())
        .count();
    if !buf.is_empty() && printable * 10 >= buf.len() * 9 {
        return format!("a text-based service ({})", first_line(buf));
    }
    "a service that sent data Remote Desktop does not understand".into()
}

/// The first line, quoted as the identification quotes what a service says.
fn first_line(buf: &[u8]) -> String {
    let line = buf
        .split(|&b| b == b'\r' || b == b'\n')
        .next()
        .unwrap_or_default();
    format!("\"{}\"", rdp_doctor_wire::service::shown_line(line))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::duplex;

    /// Runs `negotiate` against a scripted peer that answers `reply` (then closes).
    async fn against(reply: &'static [u8], close: bool) -> NegotiationOutcome {
        let (mut client, mut server) = duplex(1024);
        let peer = tokio::spawn(async move {
            let mut req = [0u8; 19];
            let _ = server.read_exact(&mut req).await;
            let _ = server.write_all(reply).await;
            if !close {
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
        });
        let out = negotiate(&mut client, CREDSSP_EX, Duration::from_millis(300)).await;
        peer.abort();
        out
    }

    #[tokio::test(start_paused = true)]
    async fn classifies_scripted_peers() {
        // TPKT(19) X.224 CC, RDP_NEG_RSP flags 0x1f, selected HYBRID (2)
        let rsp = &[
            3, 0, 0, 19, 14, 0xd0, 0, 0, 0x12, 0x34, 0, 2, 0x1f, 8, 0, 2, 0, 0, 0,
        ];
        assert!(matches!(
            against(rsp, false).await,
            NegotiationOutcome::Selected {
                protocol: SelectedProtocol::Credssp,
                ..
            }
        ));
        // RDP_NEG_FAILURE code 5 HYBRID_REQUIRED_BY_SERVER
        let fail = &[
            3, 0, 0, 19, 14, 0xd0, 0, 0, 0x12, 0x34, 0, 3, 0, 8, 0, 5, 0, 0, 0,
        ];
        assert_eq!(
            against(fail, false).await,
            NegotiationOutcome::Refused {
                code: NegotiationFailure::HybridRequiredByServer,
                code_name: Some("HYBRID_REQUIRED_BY_SERVER".into())
            }
        );
        assert_eq!(against(b"", true).await, NegotiationOutcome::Closed);
        let start = tokio::time::Instant::now();
        assert_eq!(
            against(b"", false).await,
            NegotiationOutcome::NoResponse { waited_ms: 300 }
        );
        assert_eq!(start.elapsed(), Duration::from_millis(300));
        match against(b"SSH-2.0-OpenSSH_9.2\r\n", false).await {
            NegotiationOutcome::NotRdp { looks_like, .. } => assert!(looks_like.contains("SSH")),
            other => panic!("{other:?}"),
        }
        // A trickle of a valid header that never completes is cut by the step deadline.
        assert_eq!(
            against(&[3, 0, 0, 19, 14], false).await,
            NegotiationOutcome::NoResponse { waited_ms: 300 }
        );
        // Truncated then closed.
        assert!(matches!(
            against(&[3, 0, 0, 19, 14], true).await,
            NegotiationOutcome::Malformed { .. }
        ));
        // An absurd length is refused without waiting for the bytes.
        assert!(matches!(
            against(&[3, 0, 0xff, 0xff], false).await,
            NegotiationOutcome::Malformed { .. }
        ));
    }

    #[test]
    fn names_what_answers() {
        assert!(looks_like(b"HTTP/1.1 400 Bad Request\r\n").contains("web server"));
        assert!(looks_like(&[0x16, 3, 1, 0, 5]).contains("TLS"));
        assert!(looks_like(&[0, 1, 2, 0xff]).contains("does not understand"));
        assert!(looks_like(b"hello\x01there").contains("text"));
    }
}

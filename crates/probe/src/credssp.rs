//! Sign-in security: the first CredSSP round (MS-CSSP 3.1.5) with an anonymous NTLM
//! NEGOTIATE, to read the server's NTLM CHALLENGE (MS-NLMP 2.2.1.2). We stop there: no
//! AUTHENTICATE message is ever sent, and no credentials are asked for or used.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rdp_doctor_model::{CredsspVersion, NlaEvidence, NlaOutcome, NtStatus, NtlmIdentity};
use rdp_doctor_wire::{credssp, ntlm};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::time::Instant;

use crate::elapsed_ms;

/// The TSRequest version we announce; a peer answers with its own (MS-CSSP 2.2.1).
const OUR_VERSION: u32 = 6;
const MAX_REPLY: usize = 64 * 1024;

pub async fn probe<S>(stream: &mut S, step: Duration) -> NlaEvidence
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    probe_at(stream, step, &SystemTime::now).await
}

/// [`probe`] with the check's wall clock, which dates the server's challenge.
pub async fn probe_with_clock<S>(stream: &mut S, step: Duration, io: &crate::Io) -> NlaEvidence
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    probe_at(stream, step, &|| io.now()).await
}

async fn probe_at<S>(
    stream: &mut S,
    step: Duration,
    now: &(dyn Fn() -> SystemTime + Sync),
) -> NlaEvidence
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let start = Instant::now();
    let result = tokio::time::timeout(step, exchange(stream, now)).await;
    let (outcome, server_version, identity) = match result {
        Err(_) => (
            failed("waiting for the server's reply", "no answer in time"),
            None,
            None,
        ),
        Ok(r) => r,
    };
    NlaEvidence {
        outcome,
        server_version: server_version.map(CredsspVersion),
        identity,
        elapsed_ms: elapsed_ms(start),
    }
}

fn failed(stage: &str, message: impl Into<String>) -> NlaOutcome {
    NlaOutcome::Failed {
        stage: stage.to_string(),
        message: message.into(),
    }
}

async fn exchange<S>(
    stream: &mut S,
    now: &(dyn Fn() -> SystemTime + Sync),
) -> (NlaOutcome, Option<u32>, Option<NtlmIdentity>)
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let request = credssp::encode_ts_request(OUR_VERSION, &ntlm::negotiate_message());
    if let Err(e) = async {
        stream.write_all(&request).await?;
        stream.flush().await
    }
    .await
    {
        return (
            failed("sending the negotiate message", e.to_string()),
            None,
            None,
        );
    }
    let reply = match read_der(stream).await {
        Ok(r) => r,
        Err(outcome) => return (outcome, None, None),
    };
    let received_at = now();
    let ts = match credssp::decode_ts_request(&reply) {
        Ok(ts) => ts,
        Err(e) => {
            return (
                failed("reading the server's reply", e.to_string()),
                None,
                None,
            );
        }
    };
    if let Some(code) = ts.error_code {
        return (
            NlaOutcome::ServerError {
                code: NtStatus(code),
            },
            Some(ts.version),
            None,
        );
    }
    let Some(token) = ts.nego_tokens.first() else {
        return (
            failed(
                "reading the server's reply",
                "the reply carries no NTLM challenge",
            ),
            Some(ts.version),
            None,
        );
    };
    // Raw NTLM or wrapped in SPNEGO: the CHALLENGE starts at its signature either way.
    let Some(at) = token.windows(8).position(|w| w == b"NTLMSSP\0") else {
        return (
            failed(
                "reading the server's reply",
                "the reply is not an NTLM challenge",
            ),
            Some(ts.version),
            None,
        );
    };
    match ntlm::decode_challenge(token.get(at..).unwrap_or_default()) {
        Ok(challenge) => (
            NlaOutcome::Challenge,
            Some(ts.version),
            Some(identity(&challenge, received_at)),
        ),
        Err(e) => (
            failed("reading the NTLM challenge", e.to_string()),
            Some(ts.version),
            None,
        ),
    }
}

async fn read_der<S: AsyncRead + Unpin>(stream: &mut S) -> Result<Vec<u8>, NlaOutcome> {
    let stage = "reading the server's reply";
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        match credssp::der_message_len(&buf) {
            Ok(Some(len)) if len > MAX_REPLY => return Err(failed(stage, "the reply is too long")),
            Ok(Some(len)) if buf.len() >= len => {
                buf.truncate(len);
                return Ok(buf);
            }
            Ok(_) => {}
            Err(e) => return Err(failed(stage, format!("the reply is not CredSSP: {e}"))),
        }
        match stream.read(&mut chunk).await {
            Ok(0) => {
                return Err(failed(
                    stage,
                    if buf.is_empty() {
                        "the server closed the connection without answering"
                    } else {
                        "the server closed the connection in the middle of its reply"
                    },
                ));
            }
            Ok(n) => buf.extend_from_slice(chunk.get(..n).unwrap_or_default()),
            Err(e) => return Err(failed(stage, e.to_string())),
        }
    }
}

pub fn identity(challenge: &ntlm::Challenge, received_at: SystemTime) -> NtlmIdentity {
    let info = &challenge.target_info;
    let server_unix = info.timestamp.map(ntlm::filetime_to_unix_seconds);
    let ours = received_at
        .duration_since(UNIX_EPOCH)
        .ok()
        .and_then(|d| i64::try_from(d.as_secs()).ok());
    NtlmIdentity {
        target_name: challenge.target_name.clone(),
        netbios_computer: info.nb_computer_name.clone(),
        netbios_domain: info.nb_domain_name.clone(),
        dns_computer: info.dns_computer_name.clone(),
        dns_domain: info.dns_domain_name.clone(),
        dns_tree: info.dns_tree_name.clone(),
        os_version: challenge
            .version
            .map(|v| format!("{}.{}.{}", v.major, v.minor, v.build)),
        os_build: challenge.version.map(|v| v.build),
        server_time: server_unix.and_then(|t| {
            OffsetDateTime::from_unix_timestamp(t)
                .ok()
                .and_then(|d| d.format(&Rfc3339).ok())
        }),
        clock_skew_seconds: server_unix.zip(ours).map(|(s, o)| s.saturating_sub(o)),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use tokio::io::duplex;

    use super::*;
    use crate::fake::FakeNet;

    /// 2026-12-03 12:00:00 UTC.
    const SERVER_UNIX: u64 = 1_796_299_200;

    /// The smallest CHALLENGE a server may send: no name, a target info holding only its clock.
    #[rustfmt::skip]
    const CHALLENGE: [u8; 64] = [
        b'N', b'T', b'L', b'M', b'S', b'S', b'P', 0, 2, 0, 0, 0,
        // TargetNameFields: empty
        0, 0, 0, 0, 48, 0, 0, 0,
        // NegotiateFlags, ServerChallenge, Reserved
        0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0,
        // TargetInfoFields: 16 bytes at 48
        16, 0, 16, 0, 48, 0, 0, 0,
        // MsvAvTimestamp: FILETIME of SERVER_UNIX; MsvAvEOL
        7, 0, 8, 0, 0, 224, 129, 210, 29, 131, 221, 1, 0, 0, 0, 0,
    ];

    /// The server's clock is compared with the check's wall clock when the challenge came,
    /// and the round is timed on tokio's clock.
    #[tokio::test(start_paused = true)]
    async fn the_challenge_is_dated_by_the_checks_wall_clock() {
        let (mut client, mut server) = duplex(64 * 1024);
        tokio::spawn(async move {
            let mut request = [0u8; 256];
            let _ = server.read(&mut request).await;
            tokio::time::sleep(Duration::from_millis(40)).await;
            let _ = server
                .write_all(&credssp::encode_ts_request(6, &CHALLENGE))
                .await;
            std::future::pending::<()>().await;
        });
        // Our clock is 90 s behind the server's.
        let io = FakeNet::new()
            .io()
            .with_wall_clock(|| UNIX_EPOCH + Duration::from_secs(SERVER_UNIX - 90));
        let nla = probe_with_clock(&mut client, Duration::from_secs(3), &io).await;
        assert_eq!(nla.elapsed_ms, 40);
        assert_eq!(nla.server_version, Some(CredsspVersion(6)));
        let identity = nla.identity.expect("a challenge");
        assert_eq!(identity.clock_skew_seconds, Some(90));
        assert_eq!(
            identity.server_time.as_deref(),
            Some("2026-12-03T12:00:00Z")
        );
    }
}

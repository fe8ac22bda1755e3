//! The RD Gateway (MS-TSGU; PROTOCOL.md §4): DNS and TCP to the gateway, TLS judged by this
//! computer's trust store, then the unauthenticated `RDG_OUT_DATA /remoteDesktopGateway/`,
//! plain and as a WebSocket upgrade on a second connection.
//!
//! Unlike an RDP host, whose self-signed certificate the client lets the user accept, a gateway
//! must present a certificate this computer trusts, valid now, made out to the gateway's name:
//! otherwise the client refuses it. The verifier here asks the platform verifier
//! (`rustls-platform-verifier`: CertGetCertificateChain on Windows, Security.framework on macOS,
//! the system roots with webpki elsewhere) for its verdict and records it, but lets the
//! handshake go on, so the report can say both "the certificate is not valid" and "it is (or is
//! not) a gateway". Nothing secret is sent: the requests carry no credentials.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use rdp_doctor_model::{GatewayEvidence, GatewayHttp, GatewayTls, TcpOutcome, TlsOutcome};
use rdp_doctor_wire::gateway as wire;
use ring::rand::{SecureRandom, SystemRandom};
use rustls::pki_types::{CertificateDer, ServerName};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::time::Instant;

use crate::{CheckConfig, Deadline, cert, dns, elapsed_ms, tcp};

mod trust;

use trust::TlsSetup;

/// The gateway's HTTPS port unless configured otherwise (MS-TSGU 2.1.2).
pub const DEFAULT_GATEWAY_PORT: u16 = 443;

/// Which certificates count as trusted: this computer's trust store, plus extra roots.
///
/// The Remote Desktop client uses the system's store only ([`GatewayTrust::system`]). Extra
/// roots exist for tests, which cannot change the process environment (`SSL_CERT_FILE`) in
/// Rust 2024 without `unsafe`, and for callers that check against a private CA on purpose.
#[derive(Clone, Debug, Default)]
pub struct GatewayTrust {
    extra_roots: Vec<CertificateDer<'static>>,
}

impl GatewayTrust {
    /// This computer's trust store, as the Remote Desktop client uses it.
    pub fn system() -> GatewayTrust {
        GatewayTrust::default()
    }

    /// The system's trust store plus these root certificates (DER).
    pub fn with_extra_roots(roots: impl IntoIterator<Item = Vec<u8>>) -> GatewayTrust {
        GatewayTrust {
            extra_roots: roots.into_iter().map(CertificateDer::from).collect(),
        }
    }
}

/// Probes the gateway at `host` (a name, an IPv4 address, or an IPv6 address with or without
/// brackets) and `port`, judging its certificate with this computer's trust store. Never
/// fails: every problem is evidence. `from_rdp_file` and `usage_method` are left for the
/// caller to fill in.
pub async fn probe(
    host: &str,
    port: u16,
    config: &CheckConfig,
    deadline: &Deadline,
) -> GatewayEvidence {
    probe_with_trust(host, port, config, deadline, &GatewayTrust::system()).await
}

/// [`probe`] with a chosen [`GatewayTrust`].
pub async fn probe_with_trust(
    host: &str,
    port: u16,
    config: &CheckConfig,
    deadline: &Deadline,
    trust: &GatewayTrust,
) -> GatewayEvidence {
    let start = Instant::now();
    let mut evidence = GatewayEvidence {
        host: host.to_string(),
        port,
        from_rdp_file: false,
        usage_method: None,
        dns: None,
        tcp: None,
        tls: None,
        certificate: None,
        http: None,
        websocket: None,
        elapsed_ms: 0,
    };
    run(&mut evidence, config, deadline, trust).await;
    evidence.elapsed_ms = elapsed_ms(start);
    evidence
}

async fn run(
    evidence: &mut GatewayEvidence,
    config: &CheckConfig,
    deadline: &Deadline,
    trust: &GatewayTrust,
) {
    let name = unbracketed(&evidence.host).to_string();
    let literal = name.parse::<IpAddr>().ok();
    let dns = match literal {
        Some(ip) => dns::ip_literal(ip),
        None => dns::resolve(&config.io, &name, config.dns_timeout, deadline).await,
    };
    let first = dns.outcome.addresses().first().copied();
    evidence.dns = Some(dns);
    let Some(first) = first else {
        return;
    };

    let address = SocketAddr::new(first, evidence.port);
    let (tcp, stream) = tcp::connect(&config.io, address, config.connect_timeout, deadline).await;
    let open = tcp.outcome == TcpOutcome::Open;
    evidence.tcp = Some(tcp);
    let stream = match (open, stream) {
        (_, Some(stream)) => stream,
        (false, None) => return,
        // tcp::connect counts a reset during connect as an open port (see there).
        (true, None) => {
            evidence.tls = Some(GatewayTls {
                outcome: TlsOutcome::Failed {
                    message: "the gateway reset the connection as soon as it was opened".into(),
                    alert: None,
                },
                trusted: false,
                trust_error: None,
            });
            return;
        }
    };

    let tls = TlsSetup::new(trust, server_name(&name, literal, first));
    let main = tls
        .handshake(stream, deadline.step(config.step_timeout))
        .await;
    evidence.certificate = main
        .record
        .end_entity
        .as_deref()
        .and_then(|der| cert::analyse(der, &name).ok());
    evidence.tls = Some(GatewayTls {
        outcome: main.outcome,
        trusted: main.record.trusted(),
        trust_error: main.record.problems(evidence.certificate.as_ref()),
    });
    let Some(mut stream) = main.stream else {
        return;
    };

    let host_header = host_header(&name, literal, evidence.port);
    let random = SystemRandom::new();
    let plain = async {
        match rdg_out_data(&random, &host_header, false) {
            Ok(request) => {
                exchange(&mut stream, &request, deadline.step(config.step_timeout)).await
            }
            Err(message) => GatewayHttp::Failed { message },
        }
    };
    let upgrade = websocket_variant(&tls, address, &host_header, &random, config, deadline);
    let (http, websocket) = tokio::join!(plain, upgrade);
    evidence.http = Some(http);
    evidence.websocket = Some(websocket);
}

/// The WebSocket variant of the request, on a connection of its own as a client would open it.
async fn websocket_variant(
    tls: &TlsSetup,
    address: SocketAddr,
    host_header: &str,
    random: &SystemRandom,
    config: &CheckConfig,
    deadline: &Deadline,
) -> GatewayHttp {
    let (tcp, stream) = tcp::connect(&config.io, address, config.connect_timeout, deadline).await;
    let Some(stream) = stream else {
        return GatewayHttp::Failed {
            message: format!(
                "could not connect a second time: {}",
                describe_tcp(&tcp.outcome)
            ),
        };
    };
    let handshake = tls
        .handshake(stream, deadline.step(config.step_timeout))
        .await;
    let Some(mut stream) = handshake.stream else {
        return GatewayHttp::Failed {
            message: format!(
                "the second TLS handshake failed: {}",
                describe_tls(&handshake.outcome)
            ),
        };
    };
    match rdg_out_data(random, host_header, true) {
        Ok(request) => exchange(&mut stream, &request, deadline.step(config.step_timeout)).await,
        Err(message) => GatewayHttp::Failed { message },
    }
}

/// `RDG_OUT_DATA` with a fresh connection id (and WebSocket key).
fn rdg_out_data(
    random: &SystemRandom,
    host_header: &str,
    websocket: bool,
) -> Result<Vec<u8>, String> {
    let (mut id, mut key) = ([0u8; 16], [0u8; 16]);
    random
        .fill(&mut id)
        .and_then(|()| random.fill(&mut key))
        .map_err(|_| "could not draw random bytes for the request".to_string())?;
    let key = websocket.then(|| wire::websocket_key(key));
    wire::encode_rdg_out_data(host_header, &wire::guid_v4(id), key.as_deref())
        .map_err(|e| format!("could not build the request: {e}"))
}

/// Sends `request` and reads the head of the answer within `step`. Generic over the stream so
/// tests can play the gateway with `tokio::io::duplex`.
pub async fn exchange<S>(stream: &mut S, request: &[u8], step: Duration) -> GatewayHttp
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    if step.is_zero() {
        return GatewayHttp::Failed {
            message: "not sent: the check's time budget was used up".into(),
        };
    }
    let mut received = Vec::new();
    match tokio::time::timeout(step, talk(stream, request, &mut received)).await {
        Ok(answer) => answer,
        Err(_) if received.is_empty() => GatewayHttp::NoAnswer {
            waited_ms: u64::try_from(step.as_millis()).unwrap_or(u64::MAX),
        },
        Err(_) => GatewayHttp::NotHttp {
            reason: format!(
                "the answer stopped after {} bytes, before its headers ended",
                received.len()
            ),
        },
    }
}

async fn talk<S>(stream: &mut S, request: &[u8], received: &mut Vec<u8>) -> GatewayHttp
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let sent = async {
        stream.write_all(request).await?;
        stream.flush().await
    };
    if let Err(e) = sent.await {
        return io_failure(&e, received);
    }
    let mut chunk = [0u8; 4096];
    loop {
        match wire::decode_response_head(received) {
            Ok(Some((head, _))) => {
                return GatewayHttp::Answered {
                    status: head.status,
                    auth_schemes: wire::auth_schemes(&head),
                    server: head.header_values("server").next().map(str::to_string),
                    date_unix: head
                        .header_values("date")
                        .next()
                        .and_then(wire::http_date_unix),
                };
            }
            Ok(None) => {}
            Err(e) => {
                return GatewayHttp::NotHttp {
                    reason: e.to_string(),
                };
            }
        }
        match stream.read(&mut chunk).await {
            Ok(0) => return closed(received),
            Ok(n) => received.extend_from_slice(chunk.get(..n).unwrap_or_default()),
            Err(e) => return io_failure(&e, received),
        }
    }
}

fn closed(received: &[u8]) -> GatewayHttp {
    if received.is_empty() {
        GatewayHttp::ClosedWithoutAnswer
    } else {
        GatewayHttp::NotHttp {
            reason: format!(
                "the connection closed after {} bytes, before the answer's headers ended",
                received.len()
            ),
        }
    }
}

fn io_failure(e: &io::Error, received: &[u8]) -> GatewayHttp {
    match e.kind() {
        // rustls reports a TCP close without close_notify as UnexpectedEof.
        io::ErrorKind::UnexpectedEof
        | io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe => closed(received),
        _ => GatewayHttp::Failed {
            message: e.to_string(),
        },
    }
}

fn describe_tcp(outcome: &TcpOutcome) -> String {
    match outcome {
        TcpOutcome::Open => "the gateway reset the connection as soon as it was opened".into(),
        TcpOutcome::Refused => "refused".into(),
        TcpOutcome::TimedOut => "timed out".into(),
        TcpOutcome::Unreachable { message } | TcpOutcome::Failed { message } => message.clone(),
        TcpOutcome::NotRun { reason } => reason.clone(),
    }
}

fn describe_tls(outcome: &TlsOutcome) -> String {
    match outcome {
        TlsOutcome::Established { .. } => "established".into(),
        TlsOutcome::Failed { message, .. } => message.clone(),
        TlsOutcome::TimedOut { waited_ms } => format!("timed out after {waited_ms} ms"),
    }
}

/// `[2001:db8::1]` → `2001:db8::1`; anything else unchanged.
fn unbracketed(host: &str) -> &str {
    host.trim()
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or_else(|| host.trim())
}

/// The `Host` header: the name (IPv6 in brackets), with the port unless it is 443.
fn host_header(name: &str, literal: Option<IpAddr>, port: u16) -> String {
    let host = match literal {
        Some(IpAddr::V6(v6)) => format!("[{v6}]"),
        Some(IpAddr::V4(v4)) => v4.to_string(),
        None => name.to_string(),
    };
    if port == DEFAULT_GATEWAY_PORT {
        host
    } else {
        format!("{host}:{port}")
    }
}

/// The name the certificate must match (and SNI). A name rustls cannot carry is checked as
/// the address it resolved to, which then fails the name check with that address shown.
fn server_name(name: &str, literal: Option<IpAddr>, resolved: IpAddr) -> ServerName<'static> {
    match literal {
        Some(ip) => ServerName::IpAddress(ip.into()),
        None => ServerName::try_from(name.to_string())
            .unwrap_or_else(|_| ServerName::IpAddress(resolved.into())),
    }
}

#[cfg(test)]
mod tests {
    use rdp_doctor_model::CertificateEvidence;
    use rustls::CertificateError;
    use rustls::pki_types::UnixTime;

    use super::trust::{TrustRecord, Verdict, describe_rejection};
    use super::*;
    use tokio::io::duplex;

    const STEP: Duration = Duration::from_secs(2);
    const GATEWAY_401: &[u8] = b"HTTP/1.1 401 Unauthorized\r\nServer: Microsoft-IIS/10.0\r\n\
WWW-Authenticate: Negotiate\r\nWWW-Authenticate: NTLM\r\nContent-Length: 0\r\n\r\n";

    /// Plays the server: reads the request head, then runs `answer` on the stream.
    async fn scripted<F, Fut>(answer: F) -> (GatewayHttp, Vec<u8>)
    where
        F: FnOnce(tokio::io::DuplexStream) -> Fut,
        Fut: std::future::Future<Output = ()>,
    {
        scripted_within(STEP, answer).await
    }

    async fn scripted_within<F, Fut>(step: Duration, answer: F) -> (GatewayHttp, Vec<u8>)
    where
        F: FnOnce(tokio::io::DuplexStream) -> Fut,
        Fut: std::future::Future<Output = ()>,
    {
        let (mut client, mut server) = duplex(64 * 1024);
        let request =
            rdg_out_data(&SystemRandom::new(), "gw.example.com", false).expect("request builds");
        let peer = async move {
            let mut got = Vec::new();
            let mut chunk = [0u8; 1024];
            while !got.ends_with(b"\r\n\r\n") {
                match server.read(&mut chunk).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => got.extend_from_slice(&chunk[..n]),
                }
            }
            answer(server).await;
            got
        };
        let (answer, got) = tokio::join!(exchange(&mut client, &request, step), peer);
        (answer, got)
    }

    #[tokio::test]
    async fn a_gateway_answers_401_with_its_schemes() {
        let (answer, request) = scripted(|mut s| async move {
            let _ = s.write_all(GATEWAY_401).await;
        })
        .await;
        assert_eq!(
            answer,
            GatewayHttp::Answered {
                status: 401,
                auth_schemes: vec!["Negotiate".into(), "NTLM".into()],
                server: Some("Microsoft-IIS/10.0".into()),
                date_unix: None,
            }
        );
        let request = String::from_utf8(request).expect("ascii");
        assert!(request.starts_with("RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1\r\n"));
        assert!(request.contains("\r\nHost: gw.example.com\r\n"));
        assert!(request.contains("\r\nRDG-Connection-Id: {"));
    }

    #[tokio::test]
    async fn an_answer_in_small_pieces_is_put_together() {
        let (answer, _) = scripted(|mut s| async move {
            for piece in GATEWAY_401.chunks(7) {
                let _ = s.write_all(piece).await;
                tokio::task::yield_now().await;
            }
        })
        .await;
        assert!(matches!(answer, GatewayHttp::Answered { status: 401, .. }));
    }

    #[tokio::test]
    async fn a_close_without_a_word_is_told_apart_from_a_cut_answer() {
        let (answer, _) = scripted(|s| async move { drop(s) }).await;
        assert_eq!(answer, GatewayHttp::ClosedWithoutAnswer);
        let (answer, _) = scripted(|mut s| async move {
            let _ = s.write_all(b"HTTP/1.1 401 Unauth").await;
        })
        .await;
        assert!(
            matches!(&answer, GatewayHttp::NotHttp { reason } if reason.contains("19 bytes")),
            "{answer:?}"
        );
    }

    #[tokio::test]
    async fn another_protocol_is_not_http() {
        let (answer, _) = scripted(|mut s| async move {
            let _ = s.write_all(b"SSH-2.0-OpenSSH_9.2p1\r\n").await;
            // keep the connection open: the banner alone must be enough
            tokio::time::sleep(Duration::from_millis(300)).await;
        })
        .await;
        assert!(
            matches!(&answer, GatewayHttp::NotHttp { reason } if reason.contains("SSH-2.0")),
            "{answer:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn silence_is_no_answer_after_the_step() {
        let step = Duration::from_millis(200);
        let (mut client, _server) = duplex(64 * 1024);
        let started = Instant::now();
        let answer = exchange(&mut client, b"RDG_OUT_DATA / HTTP/1.1\r\n\r\n", step).await;
        assert_eq!(answer, GatewayHttp::NoAnswer { waited_ms: 200 });
        assert_eq!(started.elapsed(), step);
    }

    /// A gateway that sends its answer one byte every 150 ms: the step reads until its
    /// deadline, not per byte, and says how much came.
    #[tokio::test(start_paused = true)]
    async fn a_trickling_gateway_hits_the_read_deadline() {
        let (mut client, mut server) = duplex(64 * 1024);
        tokio::spawn(async move {
            for byte in GATEWAY_401 {
                tokio::time::sleep(Duration::from_millis(150)).await;
                if server.write_all(&[*byte]).await.is_err() {
                    return;
                }
            }
        });
        let started = Instant::now();
        let answer = exchange(&mut client, b"RDG_OUT_DATA / HTTP/1.1\r\n\r\n", STEP).await;
        assert_eq!(started.elapsed(), STEP);
        // 13 bytes by 2 s: at 150, 300, ... 1,950 ms.
        assert_eq!(
            answer,
            GatewayHttp::NotHttp {
                reason: "the answer stopped after 13 bytes, before its headers ended".into()
            }
        );
    }

    /// DNS and TCP to the gateway go through the check's I/O and stop at their deadlines.
    #[tokio::test(start_paused = true)]
    async fn a_silent_gateway_is_timed_out_at_each_step() {
        use crate::fake::{FakeNet, Port};
        let gateway: SocketAddr = "192.0.2.9:443".parse().expect("address");
        let net = FakeNet::new()
            .name(
                "gw.corp.test",
                Duration::from_millis(25),
                Some(rdp_doctor_model::DnsOutcome::Resolved {
                    addresses: vec![gateway.ip()],
                }),
            )
            .name("lost.corp.test", Duration::ZERO, None)
            .port(gateway, Port::Silent);
        let config = CheckConfig {
            io: net.io(),
            ..CheckConfig::default()
        };
        let deadline = Deadline::after(Duration::from_secs(10));
        let started = Instant::now();
        let evidence = probe("gw.corp.test", 443, &config, &deadline).await;
        assert_eq!(started.elapsed(), Duration::from_millis(3025));
        assert_eq!(evidence.elapsed_ms, 3025);
        assert_eq!(evidence.dns.map(|d| d.elapsed_ms), Some(25));
        let tcp = evidence.tcp.expect("connected");
        assert_eq!((tcp.outcome, tcp.elapsed_ms), (TcpOutcome::TimedOut, 3000));
        assert_eq!(evidence.tls, None);

        let evidence = probe("lost.corp.test", 443, &config, &deadline).await;
        let dns = evidence.dns.expect("looked up");
        assert_eq!(
            (dns.outcome, dns.elapsed_ms),
            (rdp_doctor_model::DnsOutcome::Timeout, 3000)
        );
        assert_eq!(evidence.tcp, None);
        assert_eq!(started.elapsed(), Duration::from_millis(6025));
    }

    #[tokio::test]
    async fn no_time_left_is_not_silence() {
        let (mut client, _server) = duplex(1024);
        let answer = exchange(&mut client, b"x", Duration::ZERO).await;
        assert!(matches!(answer, GatewayHttp::Failed { message } if message.contains("budget")));
    }

    #[test]
    fn host_headers_and_names() {
        assert_eq!(unbracketed("[::1]"), "::1");
        assert_eq!(unbracketed(" gw.example.com "), "gw.example.com");
        assert_eq!(host_header("gw.example.com", None, 443), "gw.example.com");
        assert_eq!(
            host_header("gw.example.com", None, 8443),
            "gw.example.com:8443"
        );
        let v6: IpAddr = "2001:db8::1".parse().expect("ip");
        assert_eq!(host_header("2001:db8::1", Some(v6), 443), "[2001:db8::1]");
        assert_eq!(
            host_header("2001:db8::1", Some(v6), 4433),
            "[2001:db8::1]:4433"
        );
        let v4: IpAddr = "192.0.2.7".parse().expect("ip");
        assert_eq!(
            server_name("bad_name!", None, v4),
            ServerName::IpAddress(v4.into())
        );
        assert!(matches!(
            server_name("gw.example.com", None, v4),
            ServerName::DnsName(_)
        ));
    }

    fn certificate(self_signed: bool) -> CertificateEvidence {
        CertificateEvidence {
            subject: "CN=gw.example.com".into(),
            issuer: if self_signed {
                "CN=gw.example.com".into()
            } else {
                "CN=Corp CA".into()
            },
            common_name: Some("gw.example.com".into()),
            san_dns: vec!["gw.example.com".into()],
            san_ip: vec![],
            not_before: "2020-01-01T00:00:00Z".into(),
            not_after: "2021-01-01T00:00:00Z".into(),
            not_before_unix: 1_577_836_800,
            not_after_unix: 1_609_459_200,
            self_signed,
            signature_algorithm: "ecdsa-with-SHA256".into(),
            weak_signature: false,
            public_key_algorithm: "EC".into(),
            key_bits: Some(256),
            server_auth_usage: Some(true),
            sha1_thumbprint: String::new(),
            sha256_fingerprint: String::new(),
            checked_name: "rdg.example.com".into(),
            name_matches: false,
        }
    }

    #[test]
    fn rejections_in_plain_words() {
        let invalid = rustls::Error::InvalidCertificate;
        let c = certificate(false);
        let at = |secs| UnixTime::since_unix_epoch(Duration::from_secs(secs));
        let cases: Vec<(rustls::Error, &str)> = vec![
            (
                invalid(CertificateError::ExpiredContext {
                    time: at(1_700_000_000),
                    not_after: at(1_609_459_200),
                }),
                "expired on 2021-01-01 00:00 UTC",
            ),
            (
                invalid(CertificateError::Expired),
                "expired on 2021-01-01 00:00 UTC",
            ),
            (
                invalid(CertificateError::NotValidYet),
                "not valid until 2020-01-01 00:00 UTC",
            ),
            (
                invalid(CertificateError::UnknownIssuer),
                "not trusted: issued by CN=Corp CA, which this computer does not trust (unknown issuer)",
            ),
            (
                invalid(CertificateError::NotValidForName),
                "made out to another name: gw.example.com (not rdg.example.com)",
            ),
            (
                invalid(CertificateError::NotValidForNameContext {
                    expected: ServerName::try_from("rdg.example.com")
                        .expect("name")
                        .to_owned(),
                    presented: vec!["DnsName(\"gw.example.com\")".into()],
                }),
                "made out to another name: gw.example.com (not rdg.example.com)",
            ),
            (invalid(CertificateError::Revoked), "revoked by its issuer"),
            (
                invalid(CertificateError::InvalidPurpose),
                "not made for server authentication (extended key usage)",
            ),
            (
                rustls::Error::General("boom".into()),
                "not accepted: unexpected error: boom",
            ),
        ];
        for (error, want) in cases {
            assert_eq!(describe_rejection(&error, Some(&c)), want, "{error:?}");
        }
        assert_eq!(
            describe_rejection(
                &invalid(CertificateError::UnknownIssuer),
                Some(&certificate(true))
            ),
            "not trusted: self-signed (unknown issuer)"
        );
        let wrong_name = invalid(CertificateError::NotValidForNameContext {
            expected: ServerName::try_from("rdg.example.com")
                .expect("name")
                .to_owned(),
            presented: vec![
                "DnsName(\"gw.example.com\")".into(),
                "IpAddress(192.0.2.7)".into(),
            ],
        });
        assert_eq!(
            describe_rejection(&wrong_name, None),
            "made out to another name: gw.example.com, 192.0.2.7 (not rdg.example.com)"
        );
        // A trusted certificate of the same name but another key type (Debian's snakeoil
        // "CN=localhost" in /etc/ssl/certs against a self-signed ECDSA "localhost").
        assert_eq!(
            describe_rejection(
                &invalid(
                    CertificateError::UnsupportedSignatureAlgorithmForPublicKeyContext {
                        signature_algorithm_id: vec![],
                        public_key_algorithm_id: vec![],
                    }
                ),
                Some(&certificate(true))
            ),
            "not trusted: self-signed (unknown issuer)"
        );
    }

    #[test]
    fn a_record_is_trusted_only_with_a_clean_verdict_and_signature() {
        let mut record = TrustRecord {
            verdict: Verdict::Trusted,
            ..TrustRecord::default()
        };
        assert!(record.trusted());
        assert_eq!(record.problems(None), None);
        record.signature = Some(rustls::Error::InvalidCertificate(
            CertificateError::BadSignature,
        ));
        assert!(!record.trusted());
        assert!(
            record
                .problems(None)
                .is_some_and(|p| p.starts_with("the server did not prove"))
        );
        let record = TrustRecord {
            verdict: Verdict::Rejected(vec![
                rustls::Error::InvalidCertificate(CertificateError::Expired),
                rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer),
            ]),
            ..TrustRecord::default()
        };
        assert_eq!(
            record.problems(Some(&certificate(true))).as_deref(),
            Some("expired on 2021-01-01 00:00 UTC; not trusted: self-signed (unknown issuer)")
        );
        assert!(!TrustRecord::default().trusted());
        assert_eq!(TrustRecord::default().problems(None), None);
    }
}

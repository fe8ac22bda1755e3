//! Naming what listens on the port when it does not answer as Remote Desktop (issue 12): a
//! wrong port number, or a router that forwards the port to another machine, meets a web
//! server, an HTTPS service, an RD Gateway or an SSH server, and the user deserves to hear
//! which.
//!
//! Runs only when the port took connections and no negotiation attempt got a Remote Desktop
//! answer ([`needs_identifying`]), so a healthy check never waits for it. Then, on fresh
//! connections at once, within one protocol step cut to the budget:
//!
//! - `listen`: connect and send nothing. SSH, mail, FTP and VNC servers greet first.
//! - `http`: `HEAD /` in plain text. A web server answers with its status and `Server`.
//! - `tls`: a TLS ClientHello straight away (rustls, certificate captured whatever its
//!   validity), then `HEAD /` inside.
//! - `gateway`: once that handshake worked, a second TLS connection with the RD Gateway's
//!   `RDG_OUT_DATA /remoteDesktopGateway/` (MS-TSGU 3.3.5.1), which a gateway answers 401.
//!
//! Each connection reads until [`classify_reply`] can tell what answered. The first answer
//! that names a service gives the others [`GRACE`] more, so a web server is named in a round
//! trip or two rather than after the step's whole deadline; Remote Desktop's own framing (a
//! server that was busy during the negotiation) ends them at once; silence costs the step. What the
//! answers prove is for the diagnosis to judge: silence and hang-ups prove nothing, since a
//! slow or busy Remote Desktop server is silent too.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use rdp_doctor_model::{
    NegotiationEvidence, NegotiationOutcome, ServiceAnswer, ServiceEvidence, ServiceProbe,
    ServiceProbeKind, ServiceTls, TcpOutcome, TlsOutcome,
};
use rdp_doctor_wire::gateway as gateway_wire;
use rdp_doctor_wire::service::{self, ServiceReply, classify_reply};
use rdp_doctor_wire::tls_hello;
use ring::rand::{SecureRandom, SystemRandom};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::watch;
use tokio::time::Instant;

use crate::{CheckConfig, Deadline, cert, tcp, tls};

/// After the first answer that names a service, how long the other connections may still
/// take: long enough for a TLS handshake and a request on a slow link, short enough that a
/// named service is not kept waiting for a connection that stays silent.
pub const GRACE: Duration = Duration::from_secs(1);
/// More than any greeting or response head; what comes after is not needed to name it.
const MAX_ANSWER: usize = 16 * 1024;

/// Whether the negotiation failed in a way another service could explain: no attempt got a
/// Remote Desktop answer (a Connection Confirm of any kind), and at least one met silence, a
/// hang-up, another protocol or garbled bytes.
pub fn needs_identifying(negotiation: &NegotiationEvidence) -> bool {
    // A lone re-check's answer counts too.
    let rdp_answered = negotiation.attempts.iter().any(|a| a.answer().is_answer());
    let unexplained = negotiation.attempts.iter().any(|a| {
        matches!(
            a.outcome,
            NegotiationOutcome::Closed
                | NegotiationOutcome::Reset
                | NegotiationOutcome::NoResponse { .. }
                | NegotiationOutcome::NotRdp { .. }
                | NegotiationOutcome::Malformed { .. }
        )
    });
    !rdp_answered && unexplained
}

/// After the negotiation: identifies the service when [`needs_identifying`] says so, else
/// returns at once with `None`.
pub async fn after_negotiation(
    negotiation: &NegotiationEvidence,
    host: &str,
    config: &CheckConfig,
    deadline: Deadline,
) -> Option<ServiceEvidence> {
    if !needs_identifying(negotiation) || deadline.is_over() {
        return None;
    }
    Some(identify(negotiation.address, host, config, deadline).await)
}

/// Asks `address` the ways other services are asked (see the module docs). `host` is what
/// the user typed: the TLS server name and the HTTP `Host`. Never fails: every probe ends in
/// an answer, silence included.
pub async fn identify(
    address: SocketAddr,
    host: &str,
    config: &CheckConfig,
    deadline: Deadline,
) -> ServiceEvidence {
    let start = Instant::now();
    let (ends, _) = watch::channel(start + deadline.step(config.step_timeout));
    let host_header = host_header(host, address.port());
    let mut listen = Asking::new(ServiceProbeKind::Listen);
    let mut http = Asking::new(ServiceProbeKind::Http);
    let mut over_tls = Asking::new(ServiceProbeKind::Tls);
    let mut gateway = Asking::new(ServiceProbeKind::Gateway);
    let on = Connection {
        address,
        host,
        host_header: &host_header,
        config,
        deadline,
        ends: &ends,
    };
    let asked = async {
        tokio::join!(
            on.bounded(on.plain(&mut http, Some(Request::Head))),
            on.bounded(on.tls_then_gateway(&mut over_tls, &mut gateway)),
        );
        // A greeting comes whether or not the client speaks, and a service that answered
        // TLS or HTTP sends none: once either of these answered in words, the `listen`
        // connection has nothing to add.
        let worded = |asking: &Asking| {
            asking
                .answer
                .as_ref()
                .is_some_and(|(answer, _)| names_a_service(answer))
        };
        if worded(&http) || worded(&over_tls) {
            on.end_now();
        }
    };
    tokio::join!(on.bounded(on.plain(&mut listen, None)), asked);
    ServiceEvidence {
        address,
        probes: [listen, http, over_tls, gateway]
            .into_iter()
            .filter_map(Asking::finish)
            .collect(),
        elapsed_ms: ms(start.elapsed()),
    }
}

/// The `Host` header: the name or address as typed (IPv6 in brackets) and the port.
fn host_header(host: &str, port: u16) -> String {
    match host.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) => format!("[{v6}]:{port}"),
        _ => format!("{host}:{port}"),
    }
}

#[derive(Clone, Copy)]
enum Request {
    Head,
    RdgOutData,
}

/// What one connection is doing and has got; read after it finished or was cut off.
struct Asking {
    kind: ServiceProbeKind,
    stage: Stage,
    started: Option<Instant>,
    /// When the request went out (or, for `listen`, the connection opened).
    asked: Option<Instant>,
    tls: Option<ServiceTls>,
    received: Vec<u8>,
    answer: Option<(ServiceAnswer, Duration)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    NotStarted,
    Connecting,
    Handshaking,
    Waiting,
}

impl Asking {
    fn new(kind: ServiceProbeKind) -> Asking {
        Asking {
            kind,
            stage: Stage::NotStarted,
            started: None,
            asked: None,
            tls: None,
            received: Vec::new(),
            answer: None,
        }
    }

    fn start(&mut self) {
        self.stage = Stage::Connecting;
        self.started = Some(Instant::now());
    }

    fn answered(&mut self, answer: ServiceAnswer) {
        let took = self.started.map(|s| s.elapsed()).unwrap_or_default();
        self.answer = Some((answer, took));
    }

    /// The evidence; `None` for a connection that never started (the gateway's, when TLS
    /// did not work).
    fn finish(self) -> Option<ServiceProbe> {
        let now = Instant::now();
        let since = |t: Option<Instant>| t.map(|t| now - t).unwrap_or_default();
        let (answer, took) = match self.answer {
            Some(answered) => answered,
            None => {
                let answer = match self.stage {
                    Stage::NotStarted => return None,
                    Stage::Connecting => ServiceAnswer::NotAsked {
                        reason: "the connection did not open in time".into(),
                    },
                    Stage::Handshaking => ServiceAnswer::NotAsked {
                        reason: "the TLS handshake did not finish in time".into(),
                    },
                    Stage::Waiting if self.received.is_empty() => ServiceAnswer::Silent {
                        waited_ms: ms(since(self.asked)),
                    },
                    Stage::Waiting => answer_of(classify_reply(&self.received, true)),
                };
                (answer, since(self.started))
            }
        };
        let tls = match (self.tls, self.stage) {
            (None, Stage::Handshaking) => Some(ServiceTls {
                outcome: TlsOutcome::TimedOut {
                    waited_ms: ms(took),
                },
                certificate: None,
            }),
            (tls, _) => tls,
        };
        Some(ServiceProbe {
            kind: self.kind,
            tls,
            answer,
            elapsed_ms: ms(took),
        })
    }
}

/// What every connection of one identification shares.
struct Connection<'a> {
    address: SocketAddr,
    host: &'a str,
    host_header: &'a str,
    config: &'a CheckConfig,
    deadline: Deadline,
    /// When the identification ends; moved earlier once a service is named.
    ends: &'a watch::Sender<Instant>,
}

impl Connection<'_> {
    /// Runs `work` until it finishes or the current end passes, following the end when it
    /// moves. Whatever `work` recorded so far stays in its [`Asking`].
    async fn bounded(&self, work: impl Future<Output = ()>) {
        let mut end = self.ends.subscribe();
        tokio::pin!(work);
        loop {
            let until = *end.borrow_and_update();
            tokio::select! {
                () = &mut work => return,
                () = tokio::time::sleep_until(until) => return,
                changed = end.changed() => {
                    if changed.is_err() {
                        // The sender lives as long as `identify`; keep the last end regardless.
                        let _ = tokio::time::timeout_at(until, &mut work).await;
                        return;
                    }
                }
            }
        }
    }

    /// An answer that names a service gives every connection at most [`GRACE`] more.
    fn named_a_service(&self) {
        let soon = Instant::now() + GRACE;
        self.ends.send_if_modified(|end| {
            let earlier = soon < *end;
            if earlier {
                *end = soon;
            }
            earlier
        });
    }

    /// Moves the end for an answer: Remote Desktop's own framing settles what listens, at
    /// once (a server that was busy or hung during the negotiation); another service's words
    /// leave the others [`GRACE`].
    fn heard(&self, answer: &ServiceAnswer) {
        if matches!(answer, ServiceAnswer::Rdp) {
            self.end_now();
        } else if names_a_service(answer) {
            self.named_a_service();
        }
    }

    fn end_now(&self) {
        self.ends.send_replace(Instant::now());
    }

    /// A fresh TCP connection, or the reason there is none (recorded as the answer).
    async fn connect(&self, asking: &mut Asking) -> Option<crate::io::Stream> {
        asking.start();
        let (tcp, stream) = tcp::connect(
            &self.config.io,
            self.address,
            self.config.connect_timeout,
            &self.deadline,
        )
        .await;
        if stream.is_none() {
            asking.answered(match tcp.outcome {
                // A reset during connect: the port took the connection and dropped it.
                TcpOutcome::Open => ServiceAnswer::Closed,
                other => ServiceAnswer::NotAsked {
                    reason: format!("could not connect: {}", connect_words(&other)),
                },
            });
        }
        stream
    }

    /// `listen` (no request) or `http` (`HEAD /`) on a plain connection.
    async fn plain(&self, asking: &mut Asking, request: Option<Request>) {
        let Some(mut stream) = self.connect(asking).await else {
            return;
        };
        self.ask(&mut stream, asking, request).await;
    }

    /// `tls`, and `gateway` beside its request once the handshake worked.
    async fn tls_then_gateway(&self, asking: &mut Asking, gateway: &mut Asking) {
        let Some(stream) = self.connect(asking).await else {
            return;
        };
        let Some(mut stream) = self.handshake(stream, asking).await else {
            return;
        };
        tokio::join!(
            self.ask(&mut stream, asking, Some(Request::Head)),
            self.gateway(gateway),
        );
    }

    async fn gateway(&self, asking: &mut Asking) {
        let Some(stream) = self.connect(asking).await else {
            return;
        };
        let Some(mut stream) = self.handshake(stream, asking).await else {
            return;
        };
        self.ask(&mut stream, asking, Some(Request::RdgOutData))
            .await;
    }

    /// A TLS handshake with the capturing verifier; the outcome and certificate are recorded.
    async fn handshake(
        &self,
        stream: crate::io::Stream,
        asking: &mut Asking,
    ) -> Option<tokio_rustls::client::TlsStream<FirstBytes<crate::io::Stream>>> {
        asking.stage = Stage::Handshaking;
        let step = self.deadline.step(self.config.step_timeout);
        let (stream, first_bytes) = FirstBytes::new(stream);
        let handshake = tls::handshake(stream, self.host, step).await;
        let certificate = handshake
            .certificate
            .as_deref()
            .and_then(|der| cert::analyse(der, self.host).ok());
        asking.tls = Some(ServiceTls {
            outcome: handshake.outcome,
            certificate,
        });
        if handshake.stream.is_none() {
            // What came back instead of a ServerHello: xrdp, for one, answers with an X.224
            // disconnect, which proves Remote Desktop; a web server answers in HTTP.
            let raw = first_bytes.lock().map(|b| b.clone()).unwrap_or_default();
            let answer = if raw.is_empty() {
                ServiceAnswer::NotAsked {
                    reason: "the TLS handshake did not work".into(),
                }
            } else {
                answer_of(classify_reply(&raw, true))
            };
            self.heard(&answer);
            asking.answered(answer);
        }
        handshake.stream
    }

    /// Sends `request` (if any) and reads until the answer can be classified or the
    /// connection ends; the answer (or what arrived so far) is recorded in `asking`.
    async fn ask<S>(&self, stream: &mut S, asking: &mut Asking, request: Option<Request>)
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        asking.stage = Stage::Waiting;
        asking.asked = Some(Instant::now());
        if let Some(request) = request {
            let bytes = match self.request_bytes(request) {
                Ok(bytes) => bytes,
                Err(reason) => {
                    asking.answered(ServiceAnswer::NotAsked { reason });
                    return;
                }
            };
            let sent = async {
                stream.write_all(&bytes).await?;
                stream.flush().await
            };
            // A server that hangs up on the request may have answered first: read either way.
            let _ = sent.await;
        }
        let answer = read_answer(stream, &mut asking.received).await;
        self.heard(&answer);
        asking.answered(answer);
    }

    fn request_bytes(&self, request: Request) -> Result<Vec<u8>, String> {
        match request {
            Request::Head => service::encode_head_request(self.host_header)
                .map_err(|e| format!("could not build the request: {e}")),
            Request::RdgOutData => {
                let mut id = [0u8; 16];
                SystemRandom::new()
                    .fill(&mut id)
                    .map_err(|_| "could not draw random bytes for the request".to_string())?;
                gateway_wire::encode_rdg_out_data(
                    self.host_header,
                    &gateway_wire::guid_v4(id),
                    None,
                )
                .map_err(|e| format!("could not build the request: {e}"))
            }
        }
    }
}

/// How many of the first bytes a TLS connection received are kept, to tell what answered
/// when the handshake fails.
const FIRST_BYTES: usize = 256;

/// A stream that keeps a copy of the first [`FIRST_BYTES`] it reads: rustls consumes the
/// server's answer to the ClientHello, and when that answer was not TLS, it tells what the
/// server is.
struct FirstBytes<S> {
    inner: S,
    seen: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
}

impl<S> FirstBytes<S> {
    fn new(inner: S) -> (Self, std::sync::Arc<std::sync::Mutex<Vec<u8>>>) {
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        (
            FirstBytes {
                inner,
                seen: seen.clone(),
            },
            seen,
        )
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for FirstBytes<S> {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = std::pin::Pin::new(&mut self.inner).poll_read(cx, buf);
        if let Ok(mut seen) = self.seen.lock() {
            let room = FIRST_BYTES.saturating_sub(seen.len());
            let new = buf.filled().get(before..).unwrap_or_default();
            seen.extend_from_slice(new.get(..new.len().min(room)).unwrap_or_default());
        }
        polled
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for FirstBytes<S> {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Whether an answer ends the wait for the others (after [`GRACE`]): anything a service says
/// in its own protocol. Which of them prove it is not Remote Desktop is the diagnosis's call.
fn names_a_service(answer: &ServiceAnswer) -> bool {
    matches!(
        answer,
        ServiceAnswer::Http { .. }
            | ServiceAnswer::Banner { .. }
            | ServiceAnswer::TlsRecord { .. }
            | ServiceAnswer::Text { .. }
            | ServiceAnswer::Binary { .. }
    )
}

/// Reads into `received` until [`classify_reply`] decides, the connection ends, or
/// [`MAX_ANSWER`] bytes have come. The caller bounds the time.
async fn read_answer<S: AsyncRead + Unpin>(
    stream: &mut S,
    received: &mut Vec<u8>,
) -> ServiceAnswer {
    let mut chunk = [0u8; 4096];
    loop {
        match classify_reply(received, false) {
            ServiceReply::Incomplete => {}
            decided => return answer_of(decided),
        }
        if received.len() >= MAX_ANSWER {
            return answer_of(classify_reply(received, true));
        }
        match stream.read(&mut chunk).await {
            Ok(n) if n > 0 => received.extend_from_slice(chunk.get(..n).unwrap_or_default()),
            // A close, a reset, or (rustls) a close without close_notify: the end either way.
            _ if received.is_empty() => return ServiceAnswer::Closed,
            _ => return answer_of(classify_reply(received, true)),
        }
    }
}

/// The report's form of what [`classify_reply`] said.
fn answer_of(reply: ServiceReply) -> ServiceAnswer {
    match reply {
        ServiceReply::Http(head) => ServiceAnswer::Http {
            status: head.status,
            reason: service::shown_line(head.reason.as_bytes()),
            server: head
                .header_values("server")
                .next()
                .map(|s| service::shown_line(s.as_bytes())),
            auth_schemes: gateway_wire::auth_schemes(&head)
                .iter()
                .map(|s| service::shown_line(s.as_bytes()))
                .collect(),
        },
        ServiceReply::Banner { protocol, line } => ServiceAnswer::Banner {
            protocol: protocol.name().to_string(),
            line,
        },
        ServiceReply::Tls { alert, .. } => ServiceAnswer::TlsRecord {
            alert: alert.map(|a| tls_hello::alert_name(a).to_string()),
        },
        ServiceReply::Tpkt => ServiceAnswer::Rdp,
        ServiceReply::Text { line } => ServiceAnswer::Text { line },
        ServiceReply::Binary { first_bytes_hex } => ServiceAnswer::Binary { first_bytes_hex },
        // Not reached with `complete` set; kept total for safety.
        ServiceReply::Incomplete => ServiceAnswer::Silent { waited_ms: 0 },
    }
}

fn connect_words(outcome: &TcpOutcome) -> String {
    match outcome {
        TcpOutcome::Open => "reset as soon as it opened".into(),
        TcpOutcome::Refused => "refused".into(),
        TcpOutcome::TimedOut => "timed out".into(),
        TcpOutcome::Unreachable { message }
        | TcpOutcome::Failed { message }
        | TcpOutcome::NotRun { reason: message } => message.clone(),
    }
}

fn ms(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::duplex;

    /// Reads what a scripted peer sends, as `ask` does.
    async fn answer_to(peer_sends: &'static [&'static [u8]], close: bool) -> ServiceAnswer {
        let (mut ours, mut theirs) = duplex(64 * 1024);
        let peer = tokio::spawn(async move {
            for piece in peer_sends {
                let _ = theirs.write_all(piece).await;
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            if close {
                drop(theirs);
            } else {
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
        });
        let mut received = Vec::new();
        let answer = tokio::time::timeout(
            Duration::from_millis(500),
            read_answer(&mut ours, &mut received),
        )
        .await
        .unwrap_or(ServiceAnswer::Silent { waited_ms: 500 });
        peer.abort();
        answer
    }

    #[tokio::test(start_paused = true)]
    async fn answers_in_pieces_are_put_together() {
        let answer = answer_to(
            &[b"HTTP/1.1 200 OK\r\nSer", b"ver: nginx/1.22.1\r\n", b"\r\n"],
            false,
        )
        .await;
        assert_eq!(
            answer,
            ServiceAnswer::Http {
                status: 200,
                reason: "OK".into(),
                server: Some("nginx/1.22.1".into()),
                auth_schemes: vec![],
            }
        );
        let answer = answer_to(&[b"SSH-2.0-dropbear", b"_2022.83\r\n"], false).await;
        assert_eq!(
            answer,
            ServiceAnswer::Banner {
                protocol: "SSH".into(),
                line: "SSH-2.0-dropbear_2022.83".into()
            }
        );
    }

    #[tokio::test(start_paused = true)]
    async fn closes_and_silence_are_told_apart() {
        assert_eq!(answer_to(&[], true).await, ServiceAnswer::Closed);
        assert_eq!(
            answer_to(&[], false).await,
            ServiceAnswer::Silent { waited_ms: 500 }
        );
        // A greeting cut by the close is judged on what came.
        assert_eq!(
            answer_to(&[b"220 mail ESMTP"], true).await,
            ServiceAnswer::Banner {
                protocol: "SMTP".into(),
                line: "220 mail ESMTP".into()
            }
        );
        // Remote Desktop's framing is never another service.
        assert_eq!(
            answer_to(&[&[3, 0, 0, 11, 6, 0xd0]], false).await,
            ServiceAnswer::Rdp
        );
    }

    /// An SSH server greets the connection that stays quiet after 100 ms and says nothing to
    /// the ones that spoke first: its greeting names it, and the others get [`GRACE`] more,
    /// not the whole step.
    #[tokio::test(start_paused = true)]
    async fn a_named_service_gives_the_others_a_second_more() {
        use std::sync::Arc;

        use crate::fake::{FakeNet, Port};

        let address: SocketAddr = "192.0.2.7:3389".parse().expect("address");
        let server: crate::fake::Server = Arc::new(|mut peer| {
            Box::pin(async move {
                let mut first = [0u8; 1];
                tokio::select! {
                    _ = peer.read(&mut first) => {}
                    () = tokio::time::sleep(Duration::from_millis(100)) => {
                        let _ = peer.write_all(b"SSH-2.0-OpenSSH_9.2p1\r\n").await;
                    }
                }
                std::future::pending::<()>().await;
            })
        });
        let net = FakeNet::new().port(
            address,
            Port::Open {
                delay: Duration::ZERO,
                server,
            },
        );
        let config = CheckConfig {
            io: net.io(),
            ..CheckConfig::default()
        };
        let start = Instant::now();
        let service = identify(
            address,
            "192.0.2.7",
            &config,
            Deadline::after(Duration::from_secs(10)),
        )
        .await;
        assert_eq!(start.elapsed(), Duration::from_millis(1100));
        assert_eq!(service.elapsed_ms, 1100);
        let answers: Vec<(ServiceProbeKind, ServiceAnswer, u64)> = service
            .probes
            .iter()
            .map(|p| (p.kind, p.answer.clone(), p.elapsed_ms))
            .collect();
        assert_eq!(
            answers[0],
            (
                ServiceProbeKind::Listen,
                ServiceAnswer::Banner {
                    protocol: "SSH".into(),
                    line: "SSH-2.0-OpenSSH_9.2p1".into()
                },
                100
            )
        );
        assert_eq!(
            answers[1],
            (
                ServiceProbeKind::Http,
                ServiceAnswer::Silent { waited_ms: 1100 },
                1100
            )
        );
        // Three connections at once: listen, HTTP and TLS (the gateway's waits for TLS).
        assert_eq!(net.connects().len(), 3);
    }

    #[test]
    fn only_a_failed_negotiation_without_any_rdp_answer_is_identified() {
        use rdp_doctor_model::{
            NegotiationAttempt, NegotiationFailure, NegotiationFlags, RequestedProtocols,
            SelectedProtocol,
        };
        let attempt = |outcome: NegotiationOutcome| NegotiationAttempt {
            requested: RequestedProtocols::SSL,
            testing: "tls".into(),
            outcome,
            elapsed_ms: 1,
            connect_ms: None,
            reply_ms: None,
            alone: false,
            recheck: None,
        };
        let neg = |outcomes: Vec<NegotiationOutcome>| NegotiationEvidence {
            address: "127.0.0.1:3389".parse().expect("address"),
            attempts: outcomes.into_iter().map(attempt).collect(),
        };
        let silent = NegotiationOutcome::NoResponse { waited_ms: 3000 };
        let selected = NegotiationOutcome::Selected {
            protocol: SelectedProtocol::Tls,
            protocol_name: "TLS".into(),
            flags: NegotiationFlags(0),
            flag_names: vec![],
        };
        let refused = NegotiationOutcome::Refused {
            code: NegotiationFailure::HybridRequiredByServer,
            code_name: None,
        };
        assert!(needs_identifying(&neg(vec![
            silent.clone(),
            silent.clone()
        ])));
        assert!(needs_identifying(&neg(vec![
            NegotiationOutcome::Closed,
            NegotiationOutcome::Reset
        ])));
        // The first request met silence alone, so the others were not sent.
        let not_run = NegotiationOutcome::NotRun {
            reason: "the first request got no answer in 3000 ms".into(),
        };
        assert!(needs_identifying(&neg(vec![silent.clone(), not_run])));
        // One answer in Remote Desktop's own terms settles it: a slow or serialising server.
        assert!(!needs_identifying(&neg(vec![silent.clone(), selected])));
        assert!(!needs_identifying(&neg(vec![silent.clone(), refused])));
        assert!(!needs_identifying(&neg(vec![
            silent,
            NegotiationOutcome::NoNegotiationData
        ])));
        // Nothing tried (the budget ran out before): nothing to explain.
        assert!(!needs_identifying(&neg(vec![NegotiationOutcome::NotRun {
            reason: "budget".into()
        }])));
    }

    #[test]
    fn host_headers() {
        assert_eq!(host_header("pc.example.com", 3389), "pc.example.com:3389");
        assert_eq!(host_header("2001:db8::1", 443), "[2001:db8::1]:443");
        assert_eq!(host_header("192.0.2.7", 80), "192.0.2.7:80");
    }
}

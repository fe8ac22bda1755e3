//! One check: a small DAG of probes. DNS first; TCP to every address at once; on the first open
//! address, the modern client's negotiation alone on the reachability connection, with TLS and
//! CredSSP on it at once; then the other four negotiations, a few at a time, each connection
//! closed at its answer; last, requests that stalled or died among others asked again alone.

use std::net::SocketAddr;
use std::time::Duration;

use rdp_doctor_model::{
    Area, Evidence, NegotiationAttempt, NegotiationEvidence, NegotiationOutcome, OTHER_PORTS,
    Recheck, Target, TcpOutcome, TlsEvidence, TlsOutcome, is_stall,
};
use ring::rand::{SecureRandom, SystemRandom};
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::io::{Io, Stream};
use crate::negotiate::{self, ATTEMPTS};
use crate::{Deadline, cert, credssp, dns, elapsed_ms, tcp, tls};

/// What the probes leave of the budget for the diagnosis and the report.
const ASSEMBLY_MARGIN: Duration = Duration::from_millis(50);

/// Time limits; the defaults are those of ARCHITECTURE.md "Time budget".
#[derive(Clone, Debug)]
pub struct CheckConfig {
    pub dns_timeout: Duration,
    pub connect_timeout: Duration,
    /// Each protocol step: negotiation, TLS handshake, CredSSP round.
    pub step_timeout: Duration,
    /// Hard cap for the whole check.
    pub budget: Duration,
    /// The network and the wall clock: the real ones unless a test scripts them.
    pub io: Io,
}

impl Default for CheckConfig {
    fn default() -> Self {
        CheckConfig {
            dns_timeout: Duration::from_secs(3),
            connect_timeout: Duration::from_secs(3),
            step_timeout: Duration::from_secs(3),
            budget: Duration::from_secs(10),
            io: Io::system(),
        }
    }
}

impl CheckConfig {
    /// Defaults scaled to a different whole-check budget (for satellite links or scripts).
    pub fn with_budget(budget: Duration) -> CheckConfig {
        let step = (budget * 3 / 10).max(Duration::from_millis(200));
        CheckConfig {
            dns_timeout: step,
            connect_timeout: step,
            step_timeout: step,
            budget,
            io: Io::system(),
        }
    }
}

/// Progress for a live checklist: a row starts, then finishes with the evidence so far.
#[derive(Clone, Debug)]
pub enum ProbeEvent {
    Started(Area),
    Finished { area: Area, evidence: Box<Evidence> },
}

/// The modern client's request (SSL | HYBRID | HYBRID_EX), sent first, on the reachability
/// connection.
const FIRST_REQUEST: (u32, &str) = (0x0B, "credssp_ex");
/// How many of the other negotiation connections are opened at once.
const FRESH_CONNECTIONS_IN_FLIGHT: usize = 2;
/// How long an unanswered attempt keeps its place in line.
const PERMIT_HOLD: Duration = Duration::from_millis(250);

/// Protocols after which the client starts TLS on the same connection (MS-RDPBCGR 5.4.2.1).
fn tls_based(protocol: u32) -> bool {
    matches!(protocol, 1 | 2 | 8)
}

/// Runs the whole check against `target`: the direct path and, when the target has one, the
/// RD Gateway beside it. Never fails: every problem is evidence.
pub async fn run_check(
    target: &Target,
    config: &CheckConfig,
    on_event: &(dyn Fn(ProbeEvent) + Send + Sync),
) -> Evidence {
    // The budget is the whole check's, as the user sees it: the probes stop a little before it so
    // that diagnosing and assembling the report fit inside too (seen: a lossy path that used up
    // every probe's time ended 1 ms over).
    let deadline = Deadline::after(config.budget.saturating_sub(ASSEMBLY_MARGIN));
    let gateway = async {
        let g = target.gateway.as_ref()?;
        on_event(ProbeEvent::Started(Area::Gateway));
        let mut evidence = crate::gateway::probe(&g.host, g.port, config, &deadline).await;
        evidence.from_rdp_file = g.from_rdp_file;
        evidence.usage_method = g.usage_method;
        Some(evidence)
    };
    let alternate = async {
        let alt = target
            .file_settings
            .as_ref()?
            .alternate_full_address
            .as_ref()?;
        Some(alternate_hop(alt, target.port, config, &deadline).await)
    };
    let (mut evidence, gateway, alternate) = tokio::join!(
        direct(target, config, on_event, deadline),
        gateway,
        alternate
    );
    evidence.alternate = alternate;
    if gateway.is_some() {
        evidence.gateway = gateway;
        on_event(ProbeEvent::Finished {
            area: Area::Gateway,
            evidence: Box::new(evidence.clone()),
        });
    }
    evidence.budget_exhausted = deadline.is_over();
    evidence
}

/// The `.rdp` file's other address: looked up and connected to, every address at once.
async fn alternate_hop(
    written: &str,
    default_port: u16,
    config: &CheckConfig,
    deadline: &Deadline,
) -> rdp_doctor_model::AlternateEvidence {
    let parsed = Target::parse(written).ok();
    // Without its own ":port" the alternate uses the file's port, as the main address does.
    let port = match &parsed {
        Some(t) if rdp_doctor_model::has_port(written) => t.port,
        _ => default_port,
    };
    let Some(alt) = parsed else {
        return rdp_doctor_model::AlternateEvidence {
            address: written.to_string(),
            port,
            dns: None,
            reach: Vec::new(),
        };
    };
    let dns = match alt.ip() {
        Some(ip) => dns::ip_literal(ip),
        None => dns::resolve(&config.io, &alt.host, config.dns_timeout, deadline).await,
    };
    let addresses: Vec<SocketAddr> = dns
        .outcome
        .addresses()
        .into_iter()
        .map(|ip| SocketAddr::new(ip, port))
        .collect();
    let reach = reach_all(&config.io, &addresses, config.connect_timeout, *deadline)
        .await
        .into_iter()
        .map(|(evidence, _)| evidence)
        .collect();
    rdp_doctor_model::AlternateEvidence {
        address: written.to_string(),
        port,
        dns: Some(dns),
        reach,
    }
}

/// The direct path: network, DNS, reachability, negotiation, TLS, CredSSP.
async fn direct(
    target: &Target,
    config: &CheckConfig,
    on_event: &(dyn Fn(ProbeEvent) + Send + Sync),
    deadline: Deadline,
) -> Evidence {
    let mut evidence = Evidence::default();
    let finish = |area: Area, evidence: &Evidence| {
        on_event(ProbeEvent::Finished {
            area,
            evidence: Box::new(evidence.clone()),
        });
    };

    on_event(ProbeEvent::Started(Area::Network));
    evidence.network = Some(crate::local::local_network());
    finish(Area::Network, &evidence);

    on_event(ProbeEvent::Started(Area::Dns));
    let dns = match target.ip() {
        Some(ip) => dns::ip_literal(ip),
        None => dns::resolve(&config.io, &target.host, config.dns_timeout, &deadline).await,
    };
    let addresses: Vec<SocketAddr> = dns
        .outcome
        .addresses()
        .into_iter()
        .map(|ip| SocketAddr::new(ip, target.port))
        .collect();
    evidence.dns = Some(dns);
    finish(Area::Dns, &evidence);
    if addresses.is_empty() {
        evidence.budget_exhausted = deadline.is_over();
        return evidence;
    }

    on_event(ProbeEvent::Started(Area::Reach));
    let mut reach = reach_all(&config.io, &addresses, config.connect_timeout, deadline).await;
    evidence.reach = reach.iter().map(|(e, _)| e.clone()).collect();
    let silent = evidence
        .reach
        .iter()
        .find(|t| t.outcome == TcpOutcome::TimedOut)
        .map(|t| t.address.ip());
    let any_open = evidence.reach.iter().any(|t| t.outcome == TcpOutcome::Open);
    if let (false, Some(ip)) = (any_open, silent) {
        let others: Vec<SocketAddr> = OTHER_PORTS
            .iter()
            .map(|(p, _)| SocketAddr::new(ip, *p))
            .collect();
        evidence.other_ports = reach_all(&config.io, &others, config.connect_timeout, deadline)
            .await
            .into_iter()
            .map(|(e, _)| e)
            .collect();
    }
    finish(Area::Reach, &evidence);
    let Some(open_index) = reach
        .iter()
        .position(|(e, _)| e.outcome == TcpOutcome::Open)
    else {
        evidence.budget_exhausted = deadline.is_over();
        return evidence;
    };
    let (open, open_stream) = reach.swap_remove(open_index);
    drop(reach);

    on_event(ProbeEvent::Started(Area::Rdp));
    // The modern client's request goes first and alone, on the connection reachability opened,
    // and when it selects a TLS-based protocol, TLS and CredSSP follow on it at once. A server
    // built on FreeRDP's server side (weston's RDP backend, observed) answers no other
    // connection while one sits between its negotiation answer and our ClientHello, so no
    // other connection of ours is open then, and none waits idle after its answer.
    let (first, first_stream) = negotiate_alone(
        open.address,
        FIRST_REQUEST,
        open_stream,
        true,
        config,
        deadline,
    )
    .await;
    // A server silent to the first request is silent to the rest: don't wait for each again.
    let silent = matches!(first.outcome, NegotiationOutcome::NoResponse { .. });
    // Takes a negotiated connection on to TLS and CredSSP: the first request's, or a fallback's.
    let address = open.address;
    let take_on = |(requested, selected, stream)| {
        secure(
            stream, requested, selected, address, target, config, deadline, on_event,
        )
    };
    let mut secured = None;
    if let Some(negotiated) = first_stream {
        secured = Some(take_on(negotiated).await);
    }
    let mut attempts = if silent {
        ATTEMPTS
            .iter()
            .filter(|(requested, _)| *requested != first.requested)
            .map(|(requested, testing)| NegotiationAttempt {
                requested: *requested,
                testing: (*testing).to_string(),
                outcome: NegotiationOutcome::NotRun {
                    reason: format!("the first request got no answer in {} ms", first.elapsed_ms),
                },
                elapsed_ms: 0,
                connect_ms: None,
                reply_ms: None,
                alone: false,
                recheck: None,
            })
            .collect()
    } else {
        negotiate_others(open.address, first.requested, config, deadline).await
    };
    attempts.push(first);
    attempts.sort_by_key(|a| {
        ATTEMPTS
            .iter()
            .position(|(r, _)| *r == a.requested)
            .unwrap_or(usize::MAX)
    });
    let mut negotiation = NegotiationEvidence {
        address: open.address,
        attempts,
    };
    // No Remote Desktop answer at all (silence, a hang-up, another protocol): fresh
    // connections ask what listens instead. A server that answered skips this at once.
    evidence.service =
        crate::identify::after_negotiation(&negotiation, &target.host, config, deadline).await;
    evidence.negotiation = Some(negotiation.clone());
    finish(Area::Rdp, &evidence);

    // The first request did not lead to TLS; a less capable one did: a fresh lone connection
    // for it, as a client falling back would open.
    if secured.is_none() {
        let fallback = [0x03, 0x01].into_iter().find(|r| {
            negotiation.attempt(*r).is_some_and(|a| {
                matches!(a.outcome, NegotiationOutcome::Selected { protocol, .. } if tls_based(protocol))
            })
        });
        if let Some(requested) = fallback {
            let testing = ATTEMPTS
                .iter()
                .find(|(r, _)| *r == requested)
                .map_or("tls", |(_, t)| *t);
            if let (_, Some(negotiated)) = negotiate_alone(
                open.address,
                (requested, testing),
                None,
                true,
                config,
                deadline,
            )
            .await
            {
                secured = Some(take_on(negotiated).await);
            }
        }
    }
    if let Some(secured) = secured {
        evidence.certificate = secured.certificate;
        evidence.tls = Some(secured.tls);
        finish(Area::Tls, &evidence);
        if let Some(nla) = secured.nla {
            evidence.nla = Some(nla);
            finish(Area::Nla, &evidence);
        }
    }

    // Attempts that stalled or died while other connections were open are asked again, each
    // on a lone connection, before the path is blamed.
    if recheck_stalls(&mut negotiation, config, deadline).await {
        evidence.negotiation = Some(negotiation);
        finish(Area::Rdp, &evidence);
    }
    evidence.budget_exhausted = deadline.is_over();
    evidence
}

/// TLS, the certificate and CredSSP, from one negotiated connection.
struct Secured {
    tls: TlsEvidence,
    certificate: Option<rdp_doctor_model::CertificateEvidence>,
    nla: Option<rdp_doctor_model::NlaEvidence>,
}

/// TLS on the connection whose negotiation chose a TLS-based protocol, then CredSSP when it
/// chose CredSSP. The connection is closed as soon as the NTLM challenge is in: the server
/// would otherwise wait for our next message (and a FreeRDP-based one, for nobody else).
#[allow(clippy::too_many_arguments)]
async fn secure(
    stream: Stream,
    requested: u32,
    selected: u32,
    address: SocketAddr,
    target: &Target,
    config: &CheckConfig,
    deadline: Deadline,
    on_event: &(dyn Fn(ProbeEvent) + Send + Sync),
) -> Secured {
    on_event(ProbeEvent::Started(Area::Tls));
    let handshake = tls::handshake(stream, &target.host, deadline.step(config.step_timeout)).await;
    let certificate = handshake
        .certificate
        .as_ref()
        .and_then(|der| cert::analyse(der, &target.host).ok());
    let legacy_probe = match handshake.outcome {
        TlsOutcome::Failed { .. } => Some(legacy_tls(address, requested, config, deadline).await),
        _ => None,
    };
    let tls = TlsEvidence {
        address,
        under_protocol: protocol_label(selected).to_string(),
        outcome: handshake.outcome.clone(),
        elapsed_ms: handshake.elapsed_ms,
        legacy_probe,
    };
    let mut nla = None;
    if let (Some(mut tls_stream), 2 | 8) = (handshake.stream, selected) {
        on_event(ProbeEvent::Started(Area::Nla));
        let step = deadline.step(config.step_timeout);
        nla = Some(credssp::probe_with_clock(&mut tls_stream, step, &config.io).await);
    }
    Secured {
        tls,
        certificate,
        nla,
    }
}

fn protocol_label(protocol: u32) -> &'static str {
    match protocol {
        1 => "tls",
        2 => "credssp",
        8 => "credssp_ex",
        _ => "other",
    }
}

async fn reach_all(
    io: &Io,
    addresses: &[SocketAddr],
    timeout: Duration,
    deadline: Deadline,
) -> Vec<(rdp_doctor_model::TcpEvidence, Option<Stream>)> {
    let mut set = JoinSet::new();
    for (i, &address) in addresses.iter().enumerate() {
        let io = io.clone();
        set.spawn(async move { (i, tcp::connect(&io, address, timeout, &deadline).await) });
    }
    let mut results: Vec<_> = set.join_all().await;
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// One negotiation on `stream` (or a fresh connection) with nothing else of the check open.
/// The stream comes back when the server chose a TLS-based protocol and `keep` is set; every
/// other connection is closed as soon as its answer is in.
async fn negotiate_alone(
    address: SocketAddr,
    (requested, testing): (u32, &str),
    stream: Option<Stream>,
    keep: bool,
    config: &CheckConfig,
    deadline: Deadline,
) -> (NegotiationAttempt, Option<(u32, u32, Stream)>) {
    let (mut attempt, kept) =
        negotiate_on(address, requested, testing, stream, None, config, deadline).await;
    attempt.alone = true;
    (attempt, kept.filter(|_| keep))
}

/// The other requests, concurrently, each on its own connection, each closed as soon as its
/// answer is in (none is kept: TLS runs on the first request's connection, or on a fresh one).
async fn negotiate_others(
    address: SocketAddr,
    first: u32,
    config: &CheckConfig,
    deadline: Deadline,
) -> Vec<NegotiationAttempt> {
    let mut set = JoinSet::new();
    // Servers with a tiny listen backlog (xrdp's is 2) drop SYNs beyond it, which costs a
    // one-second retransmit; a few connections in flight at a time avoid that and cost a
    // round trip at most.
    let in_flight = std::sync::Arc::new(tokio::sync::Semaphore::new(FRESH_CONNECTIONS_IN_FLIGHT));
    for (requested, testing) in ATTEMPTS.into_iter().filter(|(r, _)| *r != first) {
        let config = config.clone();
        let in_flight = in_flight.clone();
        set.spawn(async move {
            let permit = in_flight.acquire_owned().await.ok();
            let (attempt, _closed) =
                negotiate_on(address, requested, testing, None, permit, &config, deadline).await;
            attempt
        });
    }
    set.join_all().await
}

/// Connects (unless given a stream), sends the request and reads the answer. Returns the
/// stream only when the server chose a TLS-based protocol; otherwise it is closed here.
/// `permit` is a place in line among concurrent attempts: given up on the answer, or after a
/// short while, so a silent server does not make the attempts wait for each other.
async fn negotiate_on(
    address: SocketAddr,
    requested: u32,
    testing: &str,
    stream: Option<Stream>,
    mut permit: Option<tokio::sync::OwnedSemaphorePermit>,
    config: &CheckConfig,
    deadline: Deadline,
) -> (NegotiationAttempt, Option<(u32, u32, Stream)>) {
    let start = Instant::now();
    let fresh = stream.is_none();
    let stream = match stream {
        Some(s) => Ok(s),
        None => connect_for_attempt(&config.io, address, config.connect_timeout, &deadline).await,
    };
    let connect_ms = (fresh && stream.is_ok()).then(|| elapsed_ms(start));
    let mut reply_ms = None;
    let (outcome, kept) = match stream {
        Err(outcome) => (outcome, None),
        Ok(mut s) => {
            let asked = Instant::now();
            let outcome = {
                let negotiation =
                    negotiate::negotiate(&mut s, requested, deadline.step(config.step_timeout));
                tokio::pin!(negotiation);
                tokio::select! {
                    outcome = &mut negotiation => outcome,
                    () = tokio::time::sleep(PERMIT_HOLD) => {
                        drop(permit.take());
                        negotiation.await
                    }
                }
            };
            drop(permit.take());
            if outcome.is_answer() {
                reply_ms = Some(elapsed_ms(asked));
            }
            match &outcome {
                NegotiationOutcome::Selected { protocol, .. } if tls_based(*protocol) => {
                    let protocol = *protocol;
                    (outcome, Some((requested, protocol, s)))
                }
                _ => (outcome, None),
            }
        }
    };
    let attempt = NegotiationAttempt {
        requested,
        testing: testing.to_string(),
        outcome,
        elapsed_ms: elapsed_ms(start),
        connect_ms,
        reply_ms,
        alone: false,
        recheck: None,
    };
    (attempt, kept)
}

/// Asks again, one at a time on a lone connection, each request that got no answer, died or
/// was answered a stall later than the quickest answer while other connections were open.
/// Stops at the first re-check that fails or stalls too: that is the path's doing, and more
/// re-checks would only spend the budget. Returns whether any re-check ran.
async fn recheck_stalls(
    negotiation: &mut NegotiationEvidence,
    config: &CheckConfig,
    deadline: Deadline,
) -> bool {
    let quickest = negotiation.attempts.iter().filter_map(|a| a.reply_ms).min();
    let stalled = |a: &NegotiationAttempt| {
        !a.alone
            && (a.outcome.broke_off()
                || matches!(a.outcome, NegotiationOutcome::ConnectFailed { .. })
                || matches!((a.reply_ms, quickest), (Some(r), Some(q)) if is_stall(r, q)))
    };
    // Nothing ever answered: a silent or dead server, not a stall to tell apart.
    if quickest.is_none() {
        return false;
    }
    let mut ran = false;
    for attempt in negotiation.attempts.iter_mut().filter(|a| stalled(a)) {
        if deadline.is_over() {
            break;
        }
        let (again, _closed) = negotiate_alone(
            negotiation.address,
            (attempt.requested, ""),
            None,
            false,
            config,
            deadline,
        )
        .await;
        ran = true;
        let failed_again = !again.answered()
            || matches!((again.reply_ms, quickest), (Some(r), Some(q)) if is_stall(r, q));
        attempt.recheck = Some(Recheck {
            outcome: again.outcome,
            elapsed_ms: again.elapsed_ms,
            connect_ms: again.connect_ms,
            reply_ms: again.reply_ms,
        });
        if failed_again {
            break;
        }
    }
    ran
}

async fn connect_for_attempt(
    io: &Io,
    address: SocketAddr,
    timeout: Duration,
    deadline: &Deadline,
) -> Result<Stream, NegotiationOutcome> {
    if deadline.is_over() {
        return Err(NegotiationOutcome::NotRun {
            reason: "the check's time budget was used up".into(),
        });
    }
    let (evidence, stream) = tcp::connect(io, address, timeout, deadline).await;
    match (stream, evidence.outcome) {
        (Some(s), _) => Ok(s),
        (None, TcpOutcome::Open) => Err(NegotiationOutcome::Reset),
        (None, other) => Err(NegotiationOutcome::ConnectFailed {
            message: match other {
                TcpOutcome::Refused => "connection refused".into(),
                TcpOutcome::TimedOut => "connection timed out".into(),
                TcpOutcome::Unreachable { message }
                | TcpOutcome::Failed { message }
                | TcpOutcome::NotRun { reason: message } => message,
                TcpOutcome::Open => "connection failed".into(),
            },
        }),
    }
}

/// When rustls cannot complete a handshake, asks again with an old-style hello on a fresh
/// connection to learn whether the server only speaks TLS 1.0/1.1 or old cipher suites.
async fn legacy_tls(
    address: SocketAddr,
    requested: u32,
    config: &CheckConfig,
    deadline: Deadline,
) -> rdp_doctor_model::LegacyTlsProbe {
    use rdp_doctor_model::LegacyTlsProbe;
    let mut stream =
        match connect_for_attempt(&config.io, address, config.connect_timeout, &deadline).await {
            Ok(s) => s,
            Err(_) => {
                return LegacyTlsProbe::Failed {
                    message: "could not open a second connection".into(),
                };
            }
        };
    match negotiate::negotiate(&mut stream, requested, deadline.step(config.step_timeout)).await {
        NegotiationOutcome::Selected { protocol, .. } if tls_based(protocol) => {}
        _ => {
            return LegacyTlsProbe::Failed {
                message: "the second negotiation did not select TLS".into(),
            };
        }
    }
    let mut random = [0u8; 32];
    if SystemRandom::new().fill(&mut random).is_err() {
        return LegacyTlsProbe::Failed {
            message: "no random numbers available".into(),
        };
    }
    tls::legacy_probe(&mut stream, random, deadline.step(config.step_timeout)).await
}

#[cfg(test)]
mod tests;

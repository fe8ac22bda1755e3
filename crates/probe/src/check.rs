//! One check: a small DAG of probes. DNS first; TCP to every address at once; the five
//! negotiation attempts at once on the first open address (one reuses the reachability
//! connection); then TLS and CredSSP on the connection whose negotiation chose them.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use rdp_doctor_model::{
    Area, Evidence, NegotiationAttempt, NegotiationEvidence, NegotiationOutcome, OTHER_PORTS,
    Target, TcpOutcome, TlsEvidence, TlsOutcome,
};
use ring::rand::{SecureRandom, SystemRandom};
use tokio::net::TcpStream;
use tokio::task::JoinSet;

use crate::negotiate::{self, ATTEMPTS};
use crate::{Deadline, cert, credssp, dns, elapsed_ms, tcp, tls};

/// Time limits; the defaults are those of ARCHITECTURE.md "Time budget".
#[derive(Clone, Debug)]
pub struct CheckConfig {
    pub dns_timeout: Duration,
    pub connect_timeout: Duration,
    /// Each protocol step: negotiation, TLS handshake, CredSSP round.
    pub step_timeout: Duration,
    /// Hard cap for the whole check.
    pub budget: Duration,
}

impl Default for CheckConfig {
    fn default() -> Self {
        CheckConfig {
            dns_timeout: Duration::from_secs(3),
            connect_timeout: Duration::from_secs(3),
            step_timeout: Duration::from_secs(3),
            budget: Duration::from_secs(10),
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
        }
    }
}

/// Progress for a live checklist: a row starts, then finishes with the evidence so far.
#[derive(Clone, Debug)]
pub enum ProbeEvent {
    Started(Area),
    Finished { area: Area, evidence: Box<Evidence> },
}

/// How many negotiation connections (besides the reused one) are opened at once.
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
    let deadline = Deadline::after(config.budget);
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
        None => dns::resolve(&alt.host, config.dns_timeout, deadline).await,
    };
    let addresses: Vec<SocketAddr> = dns
        .outcome
        .addresses()
        .into_iter()
        .map(|ip| SocketAddr::new(ip, port))
        .collect();
    let reach = reach_all(&addresses, config.connect_timeout, *deadline)
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
        None => dns::resolve(&target.host, config.dns_timeout, &deadline).await,
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
    let mut reach = reach_all(&addresses, config.connect_timeout, deadline).await;
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
        evidence.other_ports = reach_all(&others, config.connect_timeout, deadline)
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
    let (negotiation, mut streams) =
        negotiate_all(open.address, open_stream, config, deadline).await;
    evidence.service =
        crate::identify::after_negotiation(&negotiation, &target.host, config, deadline).await;
    evidence.negotiation = Some(negotiation);
    finish(Area::Rdp, &evidence);

    // The most capable request that got a TLS-based protocol, as a modern client would use.
    let chosen = [0x0B, 0x03, 0x01]
        .into_iter()
        .find_map(|req| streams.iter().position(|(r, _, _)| *r == req))
        .map(|i| streams.swap_remove(i));
    drop(streams);
    let Some((requested, selected, stream)) = chosen else {
        evidence.budget_exhausted = deadline.is_over();
        return evidence;
    };

    on_event(ProbeEvent::Started(Area::Tls));
    let under = protocol_label(selected);
    let handshake = tls::handshake(stream, &target.host, deadline.step(config.step_timeout)).await;
    if let Some(der) = &handshake.certificate {
        evidence.certificate = cert::analyse(der, &target.host).ok();
    }
    let legacy_probe = match handshake.outcome {
        TlsOutcome::Failed { .. } => {
            Some(legacy_tls(open.address, requested, config, deadline).await)
        }
        _ => None,
    };
    evidence.tls = Some(TlsEvidence {
        address: open.address,
        under_protocol: under.to_string(),
        outcome: handshake.outcome.clone(),
        elapsed_ms: handshake.elapsed_ms,
        legacy_probe,
    });
    finish(Area::Tls, &evidence);

    if let (Some(mut tls_stream), 2 | 8) = (handshake.stream, selected) {
        on_event(ProbeEvent::Started(Area::Nla));
        let nla = credssp::probe(&mut tls_stream, deadline.step(config.step_timeout)).await;
        evidence.nla = Some(nla);
        finish(Area::Nla, &evidence);
    }
    evidence.budget_exhausted = deadline.is_over();
    evidence
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
    addresses: &[SocketAddr],
    timeout: Duration,
    deadline: Deadline,
) -> Vec<(rdp_doctor_model::TcpEvidence, Option<TcpStream>)> {
    let mut set = JoinSet::new();
    for (i, &address) in addresses.iter().enumerate() {
        set.spawn(async move { (i, tcp::connect(address, timeout, &deadline).await) });
    }
    let mut results: Vec<_> = set.join_all().await;
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Opens one connection per requested protocol set, concurrently. Returns the evidence and,
/// for attempts whose server chose a TLS-based protocol, (requested, selected, stream).
async fn negotiate_all(
    address: SocketAddr,
    reused: Option<TcpStream>,
    config: &CheckConfig,
    deadline: Deadline,
) -> (NegotiationEvidence, Vec<(u32, u32, TcpStream)>) {
    let mut set = JoinSet::new();
    let mut reused = reused;
    // Servers with a tiny listen backlog (xrdp's is 2) drop SYNs beyond it, which costs a
    // one-second retransmit; a few connections in flight at a time avoid that and cost a
    // round trip at most.
    let in_flight = std::sync::Arc::new(tokio::sync::Semaphore::new(FRESH_CONNECTIONS_IN_FLIGHT));
    for (i, (requested, testing)) in ATTEMPTS.into_iter().enumerate() {
        // The modern client's request goes first on the connection reachability opened.
        let stream = if requested == 0x0B {
            reused.take()
        } else {
            None
        };
        let connect_timeout = config.connect_timeout;
        let step = config.step_timeout;
        let in_flight = in_flight.clone();
        set.spawn(async move {
            let mut permit = match &stream {
                Some(_) => None,
                None => in_flight.acquire_owned().await.ok(),
            };
            let start = Instant::now();
            let fresh = stream.is_none();
            let stream = match stream {
                Some(s) => Ok(s),
                None => connect_for_attempt(address, connect_timeout, &deadline).await,
            };
            let connect_ms = (fresh && stream.is_ok()).then(|| elapsed_ms(start));
            let mut reply_ms = None;
            let (outcome, keep) = match stream {
                Err(outcome) => (outcome, None),
                Ok(mut s) => {
                    let asked = Instant::now();
                    // The place in line is given up on the answer, or after a short while, so
                    // a silent server does not make the attempts wait for each other.
                    let outcome = {
                        let negotiation =
                            negotiate::negotiate(&mut s, requested, deadline.step(step));
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
                    if matches!(
                        outcome,
                        NegotiationOutcome::Selected { .. }
                            | NegotiationOutcome::Refused { .. }
                            | NegotiationOutcome::NoNegotiationData
                    ) {
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
            };
            (i, attempt, keep)
        });
    }
    let mut results = set.join_all().await;
    results.sort_by_key(|(i, _, _)| *i);
    let mut attempts = Vec::new();
    let mut streams = Vec::new();
    for (_, attempt, keep) in results {
        attempts.push(attempt);
        streams.extend(keep);
    }
    (NegotiationEvidence { address, attempts }, streams)
}

async fn connect_for_attempt(
    address: SocketAddr,
    timeout: Duration,
    deadline: &Deadline,
) -> Result<TcpStream, NegotiationOutcome> {
    if deadline.is_over() {
        return Err(NegotiationOutcome::NotRun {
            reason: "the check's time budget was used up".into(),
        });
    }
    let (evidence, stream) = tcp::connect(address, timeout, deadline).await;
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
    let mut stream = match connect_for_attempt(address, config.connect_timeout, &deadline).await {
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

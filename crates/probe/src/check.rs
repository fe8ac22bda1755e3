//! One check: a small DAG of probes. DNS first; TCP to every address at once; on the first open
//! address, the modern client's negotiation alone on the reachability connection, with TLS and
//! CredSSP on it at once; then the other four negotiations, a few at a time, each connection
//! closed at its answer; last, requests that stalled or died among others asked again alone.

use std::net::SocketAddr;
use std::time::Duration;

use rdp_doctor_model::{
    Area, Evidence, NegotiationAttempt, NegotiationEvidence, NegotiationOutcome, OTHER_PORTS,
    RequestedProtocols, SelectedProtocol, Target, TcpOutcome,
};
use tokio::task::JoinSet;

use crate::io::{Io, Stream};
use crate::negotiate::{ATTEMPTS, CREDSSP, CREDSSP_EX};
use crate::{Deadline, dns, tcp};

mod negotiation;
mod secure;

use negotiation::{negotiate_alone, negotiate_others, recheck_stalls};
use secure::secure;

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
const FIRST_REQUEST: (RequestedProtocols, &str) = (CREDSSP_EX, "credssp_ex");

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
        let fallback = [CREDSSP, RequestedProtocols::SSL].into_iter().find(|r| {
            negotiation.attempt(*r).is_some_and(|a| {
                a.outcome
                    .selected_protocol()
                    .is_some_and(SelectedProtocol::is_tls_based)
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

#[cfg(test)]
mod tests;

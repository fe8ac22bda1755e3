//! The negotiations of one check: the first request alone, the others a few at a time, and
//! the lone re-checks of requests that stalled or died among others.

use std::net::SocketAddr;
use std::time::Duration;

use rdp_doctor_model::{
    NegotiationAttempt, NegotiationEvidence, NegotiationOutcome, Recheck, RequestedProtocols,
    SelectedProtocol, TcpOutcome, is_stall,
};
use tokio::task::JoinSet;
use tokio::time::Instant;

use super::CheckConfig;
use crate::io::{Io, Stream};
use crate::negotiate::{self, ATTEMPTS};
use crate::{Deadline, elapsed_ms, tcp};

/// How many of the other negotiation connections are opened at once.
const FRESH_CONNECTIONS_IN_FLIGHT: usize = 2;
/// How long an unanswered attempt keeps its place in line.
const PERMIT_HOLD: Duration = Duration::from_millis(250);

/// A negotiated connection that goes on to TLS: what was asked, what the server chose.
pub(super) type Negotiated = (RequestedProtocols, SelectedProtocol, Stream);

/// One negotiation on `stream` (or a fresh connection) with nothing else of the check open.
/// The stream comes back when the server chose a TLS-based protocol and `keep` is set; every
/// other connection is closed as soon as its answer is in.
pub(super) async fn negotiate_alone(
    address: SocketAddr,
    (requested, testing): (RequestedProtocols, &str),
    stream: Option<Stream>,
    keep: bool,
    config: &CheckConfig,
    deadline: Deadline,
) -> (NegotiationAttempt, Option<Negotiated>) {
    let (mut attempt, kept) =
        negotiate_on(address, requested, testing, stream, None, config, deadline).await;
    attempt.alone = true;
    (attempt, kept.filter(|_| keep))
}

/// The other requests, concurrently, each on its own connection, each closed as soon as its
/// answer is in (none is kept: TLS runs on the first request's connection, or on a fresh one).
pub(super) async fn negotiate_others(
    address: SocketAddr,
    first: RequestedProtocols,
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
    requested: RequestedProtocols,
    testing: &str,
    stream: Option<Stream>,
    mut permit: Option<tokio::sync::OwnedSemaphorePermit>,
    config: &CheckConfig,
    deadline: Deadline,
) -> (NegotiationAttempt, Option<Negotiated>) {
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
                NegotiationOutcome::Selected { protocol, .. } if protocol.is_tls_based() => {
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
pub(super) async fn recheck_stalls(
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

pub(super) async fn connect_for_attempt(
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

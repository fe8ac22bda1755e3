//! Link quality, judged from every round trip the check makes anyway: the reachability connect,
//! each negotiation's connect and X.224 answer, the TLS handshake, the CredSSP round and the
//! lone re-checks of requests that stalled among others.
//!
//! Three things look alike in a single number and are told apart here:
//! - **distance**: every round trip is long, evenly (a far server, or a VPN or proxy that
//!   answers the connect near the user and relays each request over a slow path — connects are
//!   then instant while answers are slow, so answers count, not connects alone);
//! - **loss**: most round trips are short, some wait a retransmission timeout longer
//!   ([`STALL_MS`] and more), some connections die or never open; a lone re-check fails too;
//! - **a server that answers one connection at a time**: requests made while other connections
//!   were open stall or die, and each answers at once when asked again alone.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{
    Area, Audience, Evidence, Finding, GatewayHttp, NegotiationAttempt, NegotiationOutcome,
    STALL_MS, Severity, TcpOutcome, TlsOutcome, is_stall,
};

use crate::finding::{FindingExt as _, finding};
use crate::{fixes, t};

/// A round trip above this is "far away" (the median, so one slow answer does not count).
pub(crate) const HIGH_LATENCY_MS: u64 = 150;
/// Round trips a retransmission later than the rest before the path counts as losing packets:
/// one can happen on any healthy path.
const LOSS_GAPS: usize = 2;
/// How much later than the quickest an answer among others must come to count as having waited
/// for another connection's handshake.
const SERIAL_WAIT_MS: u64 = 1000;

/// The quality row for a check without a watch.
pub(crate) fn quality(evidence: &Evidence, out: &mut Vec<Finding>) {
    let Some(neg) = &evidence.negotiation else {
        return;
    };
    let total = neg.attempts.len();
    let answered = neg
        .attempts
        .iter()
        .filter(|a| a.answer().is_answer())
        .count();
    // A dead or silent port stays an rdp/reach finding.
    if answered == 0 {
        return;
    }
    let trips = RoundTrips::of(evidence);
    // Negotiation answers are compared with the quickest negotiation answer: they include the
    // server's work for a new connection, which TLS and CredSSP round trips do not.
    let quickest = trips.replies.first().copied();
    let late = |ms: Option<u64>| matches!((ms, quickest), (Some(ms), Some(q)) if is_stall(ms, q));
    // Among others, got no answer, died, or answered a stall late.
    let stalled = |a: &NegotiationAttempt| {
        !a.alone && (a.outcome.broke_off() || (a.outcome.is_answer() && late(a.reply_ms)))
    };
    let lone_fine = |a: &NegotiationAttempt| {
        a.recheck
            .as_ref()
            .is_some_and(|r| r.outcome.is_answer() && !late(r.reply_ms))
    };
    let lone_failed = |a: &NegotiationAttempt| {
        a.recheck
            .as_ref()
            .is_some_and(|r| !r.outcome.is_answer() || late(r.reply_ms))
    };
    // Waited for someone else's handshake: no answer at all, or one a second or more late. A
    // busy or slow machine (the Windows build under Wine, observed) delays answers among
    // others by a few hundred milliseconds, which says nothing about the server.
    let waited_long = |a: &NegotiationAttempt| {
        a.outcome.broke_off()
            || matches!((a.reply_ms, quickest), (Some(r), Some(q)) if r >= q + SERIAL_WAIT_MS)
    };
    let kept_waiting: Vec<&NegotiationAttempt> = neg
        .attempts
        .iter()
        .filter(|a| stalled(a) && lone_fine(a) && waited_long(a))
        .collect();
    let failed_alone = neg.attempts.iter().filter(|a| lone_failed(a)).count();
    let connect_failed: Vec<&NegotiationAttempt> = neg
        .attempts
        .iter()
        .filter(|a| matches!(a.outcome, NegotiationOutcome::ConnectFailed { .. }))
        .collect();
    // Retransmission-sized gaps in round trips no server behaviour explains: connects (the
    // server's software plays no part in them), lone round trips, and late answers among
    // others that were not re-checked or failed again alone.
    let quickest_connect = trips.connects.iter().min().copied();
    let connect_gaps = trips
        .connects
        .iter()
        .filter(|c| quickest_connect.is_some_and(|q| is_stall(**c, q)))
        .count();
    let quickest_trip = trips.through_server.first().copied();
    let lone_gaps = trips
        .lone
        .iter()
        .filter(|t| quickest_trip.is_some_and(|q| is_stall(**t, q)))
        .count();
    let crowd_gaps = neg
        .attempts
        .iter()
        .filter(|a| !a.alone && a.outcome.is_answer() && late(a.reply_ms) && !lone_fine(a))
        .count();
    let gaps = connect_gaps + lone_gaps + crowd_gaps;
    let path_trouble = failed_alone > 0 || !connect_failed.is_empty() || gaps > 0;
    // One stall that answered alone is a busy moment; a server answering one connection at a
    // time shows it on every request made while another waits, or in one that never came.
    let serialises = !path_trouble
        && (kept_waiting.len() >= 2 || kept_waiting.iter().any(|a| a.outcome.broke_off()));

    let round_trip = trips.median_round_trip();
    let median_connect = median(&trips.connects);
    let spread = trips.spread();
    let elsewhere = this_computer_suspected(evidence);
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        finding(id, Area::Quality, severity, audience, title, detail)
            .ev("connect_ms", trips.connects.clone())
            .ev(
                "reply_ms",
                neg.attempts
                    .iter()
                    .filter_map(|a| a.reply_ms)
                    .collect::<Vec<_>>(),
            )
            .ev("median_connect_ms", median_connect)
            .ev("round_trip_ms", round_trip)
            .ev("retransmission_gaps", gaps)
            .ev(
                "attempts_answered",
                t!(
                    "quality-evidence-answered",
                    answered = answered,
                    total = total
                ),
            )
            .ev("tls_ms", evidence.tls.as_ref().map(|t| t.elapsed_ms))
            .ev("credssp_ms", evidence.nla.as_ref().map(|n| n.elapsed_ms))
            .ev("rechecked_alone", rechecks(&neg.attempts))
    };
    // The network reset needs administrator rights and a restart: offered only when more than
    // this one computer at the other end has trouble, which points at this computer's network.
    let reset = |finding: Finding| {
        if elsewhere {
            finding.fix(fixes::reset_network_stack())
        } else {
            finding
        }
    };

    if serialises {
        let waited: Vec<String> = kept_waiting
            .iter()
            .map(|a| {
                let result = match &a.outcome {
                    NegotiationOutcome::NoResponse { waited_ms } => {
                        t!("quality-word-no_answer", ms = *waited_ms)
                    }
                    o if o.is_answer() => {
                        t!("quality-word-answered_after", ms = a.reply_ms.unwrap_or(0))
                    }
                    _ => t!("quality-word-cut_off"),
                };
                t!(
                    "quality-kept_waiting",
                    testing = &a.testing,
                    result = result
                )
            })
            .collect();
        out.push(
            finding(
                ids::QUALITY_SERVER_SERIALISES,
                Area::Quality,
                Severity::Warn,
                Audience::It,
                t!("quality-server_serialises.title"),
                t!(
                    "quality-server_serialises.detail",
                    count = kept_waiting.len()
                ),
            )
            .ev("kept_waiting", waited)
            .ev("rechecked_alone", rechecks(&neg.attempts)),
        );
    }

    // Died half-way among others, and died again alone: the path drops connections.
    let broke_off = neg
        .attempts
        .iter()
        .filter(|a| a.outcome.broke_off() && !(serialises && lone_fine(a)))
        .count();
    if broke_off > 0 && failed_alone > 0 {
        out.push(reset(f(
            ids::QUALITY_DROPS_DURING_HANDSHAKE,
            Severity::Fail,
            Audience::User,
            t!(
                "quality-drops_during_handshake.title",
                broke_off = broke_off,
                total = total
            ),
            t!("quality-drops_during_handshake.detail"),
        )));
    } else if broke_off > 0 && !serialises {
        // Not confirmed alone (re-checked fine, or no time left to re-check): a warning.
        out.push(reset(f(
            ids::QUALITY_UNSTABLE,
            Severity::Warn,
            Audience::User,
            t!(
                "quality-unstable-broke_off.title",
                broke_off = broke_off,
                total = total
            ),
            t!("quality-unstable-broke_off.detail"),
        )));
    } else if !connect_failed.is_empty() {
        let failed = connect_failed.len();
        out.push(reset(f(
            ids::QUALITY_UNSTABLE,
            Severity::Warn,
            Audience::User,
            t!(
                "quality-unstable-failed.title",
                failed = failed,
                total = total
            ),
            t!("quality-unstable-failed.detail"),
        )));
    } else if gaps >= LOSS_GAPS {
        out.push(reset(f(
            ids::QUALITY_UNSTABLE,
            Severity::Warn,
            Audience::User,
            t!(
                "quality-unstable-loss.title",
                gaps = gaps,
                trips = trips.count()
            ),
            t!(
                "quality-unstable-loss.detail",
                round_trip = round_trip,
                gaps = gaps,
                stall = STALL_MS
            ),
        )));
    } else if round_trip > HIGH_LATENCY_MS || median_connect > HIGH_LATENCY_MS {
        let slowest = round_trip.max(median_connect);
        let relayed = median_connect * 4 < round_trip && round_trip > HIGH_LATENCY_MS;
        let detail = if relayed {
            t!(
                "quality-high_latency-relayed.detail",
                median_connect = median_connect,
                round_trip = round_trip
            )
        } else {
            t!("quality-high_latency.detail")
        };
        out.push(f(
            ids::QUALITY_HIGH_LATENCY,
            Severity::Warn,
            Audience::User,
            t!("quality-high_latency.title", ms = slowest),
            detail,
        ));
    } else {
        out.push(f(
            ids::QUALITY_OK,
            Severity::Ok,
            Audience::User,
            t!("quality-ok.title", round_trip = round_trip, spread = spread),
            t!(
                "quality-ok.detail",
                answered = answered,
                total = total,
                median_connect = median_connect,
                round_trip = round_trip
            ),
        ));
    }
}

/// What each re-check alone found, for IT: "tls: no answer in 3000 ms, alone: answered in 2 ms".
fn rechecks(attempts: &[NegotiationAttempt]) -> Vec<String> {
    attempts
        .iter()
        .filter_map(|a| {
            let r = a.recheck.as_ref()?;
            let alone = match (&r.outcome, r.reply_ms) {
                (o, Some(ms)) if o.is_answer() => t!("quality-word-answered", ms = ms),
                (NegotiationOutcome::NoResponse { waited_ms }, _) => {
                    t!("quality-word-no_answer", ms = *waited_ms)
                }
                (NegotiationOutcome::ConnectFailed { message }, _) => {
                    t!("quality-word-connect_failed", message = message)
                }
                _ => t!("quality-word-cut_off"),
            };
            Some(t!("quality-recheck", testing = &a.testing, result = alone))
        })
        .collect()
}

/// Every round trip of the check, in milliseconds.
struct RoundTrips {
    /// TCP connects: one round trip to whatever accepts the connection (maybe a proxy nearby).
    connects: Vec<u64>,
    /// Round trips through the server: X.224 answers, TLS per round trip, the CredSSP round.
    through_server: Vec<u64>,
    /// The X.224 answers alone, quickest first.
    replies: Vec<u64>,
    /// Those of them made with no other connection of the check open.
    lone: Vec<u64>,
}

impl RoundTrips {
    fn of(evidence: &Evidence) -> RoundTrips {
        let mut connects: Vec<u64> = evidence
            .reach
            .iter()
            .filter(|t| t.outcome == TcpOutcome::Open)
            .map(|t| t.elapsed_ms)
            .collect();
        let mut through_server = Vec::new();
        let mut replies = Vec::new();
        let mut lone = Vec::new();
        if let Some(neg) = &evidence.negotiation {
            for a in &neg.attempts {
                connects.extend(a.connect_ms);
                through_server.extend(a.reply_ms);
                replies.extend(a.reply_ms);
                if a.alone {
                    lone.extend(a.reply_ms);
                }
                if let Some(r) = &a.recheck {
                    connects.extend(r.connect_ms);
                    through_server.extend(r.reply_ms);
                    replies.extend(r.reply_ms);
                    lone.extend(r.reply_ms);
                }
            }
        }
        // TLS 1.3 completes in one round trip, TLS 1.2 in two (RFC 8446 2, RFC 5246 7.3).
        if let Some(tls) = &evidence.tls
            && let TlsOutcome::Established { version, .. } = &tls.outcome
        {
            let trips = if version.contains("1.3") { 1 } else { 2 };
            through_server.push(tls.elapsed_ms / trips);
            lone.push(tls.elapsed_ms / trips);
        }
        if let Some(nla) = &evidence.nla
            && matches!(nla.outcome, rdp_doctor_model::NlaOutcome::Challenge)
        {
            through_server.push(nla.elapsed_ms);
            lone.push(nla.elapsed_ms);
        }
        connects.sort_unstable();
        through_server.sort_unstable();
        replies.sort_unstable();
        RoundTrips {
            connects,
            through_server,
            replies,
            lone,
        }
    }

    /// A round trip as the user's session will feel it: through the server (a proxy may answer
    /// the connect), and preferably made alone (TLS, CredSSP, the first request), where neither
    /// other connections nor a new connection's setup in the server add to it.
    fn median_round_trip(&self) -> u64 {
        let mut lone = self.lone.clone();
        lone.sort_unstable();
        if !lone.is_empty() {
            // The lower middle of few samples, and no more than the middle of all answers: one
            // slow first answer (weston sets up its first peer in ~350 ms after starting; the
            // Windows build's first request under Wine is slow too) is not distance.
            let lone = lone.get((lone.len() - 1) / 2).copied().unwrap_or_default();
            lone.min(median(&self.through_server))
        } else if !self.through_server.is_empty() {
            median(&self.through_server)
        } else {
            median(&self.connects)
        }
    }

    fn spread(&self) -> u64 {
        let trips = if self.through_server.is_empty() {
            &self.connects
        } else {
            &self.through_server
        };
        trips.last().copied().unwrap_or_default() - trips.first().copied().unwrap_or_default()
    }

    fn count(&self) -> usize {
        self.connects.len() + self.through_server.len()
    }
}

fn median(sorted: &[u64]) -> u64 {
    sorted.get(sorted.len() / 2).copied().unwrap_or_default()
}

/// Whether the evidence points at this computer's own network rather than at the one PC at
/// the other end: another host of the same check (the RD Gateway, the `.rdp` file's other
/// address) cannot be reached or does not answer either.
pub(crate) fn this_computer_suspected(evidence: &Evidence) -> bool {
    let gateway_failed = evidence.gateway.as_ref().is_some_and(|g| {
        let tcp_failed = g.tcp.as_ref().is_some_and(|t| {
            !matches!(
                t.outcome,
                TcpOutcome::Open | TcpOutcome::Refused | TcpOutcome::NotRun { .. }
            )
        });
        let tls_stalled = g
            .tls
            .as_ref()
            .is_some_and(|t| matches!(t.outcome, TlsOutcome::TimedOut { .. }));
        let http_stalled = matches!(g.http, Some(GatewayHttp::NoAnswer { .. }));
        tcp_failed || tls_stalled || http_stalled
    });
    let alternate_failed = evidence.alternate.as_ref().is_some_and(|alt| {
        !alt.reach.is_empty()
            && alt.reach.iter().all(|t| {
                matches!(
                    t.outcome,
                    TcpOutcome::TimedOut
                        | TcpOutcome::Unreachable { .. }
                        | TcpOutcome::Failed { .. }
                )
            })
    });
    gateway_failed || alternate_failed
}

/// The same judgement from a watch: many paced samples instead of the check's burst.
pub(super) fn watched_quality(watch: &rdp_doctor_model::WatchEvidence, out: &mut Vec<Finding>) {
    let total = watch.samples.len();
    let failures: Vec<String> = watch
        .samples
        .iter()
        .filter_map(|s| {
            s.failure.as_ref().map(|f| {
                t!(
                    "quality-watch-failure",
                    seconds = format!("{:.0}", s.at_ms as f64 / 1000.0),
                    failure = f
                )
            })
        })
        .collect();
    let died = watch
        .samples
        .iter()
        .filter(|s| s.connect_ms.is_some() && s.failure.is_some())
        .count();
    let mut connects: Vec<u64> = watch.samples.iter().filter_map(|s| s.connect_ms).collect();
    connects.sort_unstable();
    let median = connects
        .get(connects.len() / 2)
        .copied()
        .unwrap_or_default();
    let spread = connects.last().copied().unwrap_or_default()
        - connects.first().copied().unwrap_or_default();
    let seconds = watch.samples.last().map_or(0, |s| s.at_ms) / 1000;
    let f = |id: &str, severity: Severity, title: String, detail: String| {
        finding(id, Area::Quality, severity, Audience::User, title, detail)
            .ev("samples", total)
            .ev("failed", failures.len())
            .ev("failures", failures.clone())
            .ev("median_connect_ms", median)
            .ev("spread_ms", spread)
            .ev("watched_seconds", seconds)
    };
    let advice = t!("quality-watch-advice");
    if !failures.is_empty() {
        let (id, severity) = if died > 0 {
            (ids::QUALITY_DROPS_DURING_HANDSHAKE, Severity::Fail)
        } else {
            (ids::QUALITY_UNSTABLE, Severity::Warn)
        };
        out.push(f(
            id,
            severity,
            t!(
                "quality-watch-failed.title",
                failed = failures.len(),
                total = total
            ),
            t!(
                "quality-watch-failed.detail",
                seconds = seconds,
                advice = &advice
            ),
        ));
    } else if median > HIGH_LATENCY_MS {
        out.push(f(
            ids::QUALITY_HIGH_LATENCY,
            Severity::Warn,
            t!("quality-high_latency.title", ms = median),
            t!(
                "quality-watch-high_latency.detail",
                total = total,
                seconds = seconds,
                advice = &advice
            ),
        ));
    } else {
        out.push(f(
            ids::QUALITY_OK,
            Severity::Ok,
            t!("quality-watch-ok.title", total = total),
            t!(
                "quality-watch-ok.detail",
                seconds = seconds,
                median = median,
                spread = spread
            ),
        ));
    }
}

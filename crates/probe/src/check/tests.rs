//! The whole check under tokio's paused time against scripted ports and names: every
//! duration asserted here is exact, so a deadline that slips or a wait added shows at once.

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rdp_doctor_model::{DnsOutcome, RequestedProtocols as P, ServiceAnswer, TcpEvidence};

use tokio::time::Instant;

use super::*;
use crate::fake::{FakeNet, Port, rdp_server, trickle};

const IP: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 7));
const PC: SocketAddr = SocketAddr::new(IP, 3389);
const MS: Duration = Duration::from_millis(1);

fn config(net: &FakeNet, connect: Duration, step: Duration, budget: Duration) -> CheckConfig {
    CheckConfig {
        dns_timeout: step,
        connect_timeout: connect,
        step_timeout: step,
        budget,
        io: net.io(),
    }
}

fn target(host: &str) -> Target {
    Target::parse(host).expect("a valid target")
}

/// A Connection Confirm selecting standard RDP, one byte every half second: 9.5 s in all.
fn trickling() -> Port {
    Port::Open {
        delay: Duration::ZERO,
        server: trickle(
            &[
                3, 0, 0, 19, 14, 0xd0, 0, 0, 0x12, 0x34, 0, 2, 0, 8, 0, 0, 0, 0, 0,
            ],
            500 * MS,
        ),
    }
}

#[tokio::test(start_paused = true)]
async fn a_trickling_server_hits_the_read_deadline() {
    let net = FakeNet::new().port(PC, trickling());
    let config = config(&net, 3000 * MS, 3000 * MS, 10_000 * MS);
    let start = Instant::now();
    let evidence = run_check(&target("192.0.2.7"), &config, &|_| {}).await;
    let negotiation = evidence.negotiation.as_ref().expect("negotiated");
    let first = negotiation.attempt(CREDSSP_EX).expect("the first request");
    // The step reads until its deadline, not per byte: 3 s, though a byte came every 500 ms.
    assert_eq!(
        first.outcome,
        NegotiationOutcome::NoResponse { waited_ms: 3000 }
    );
    assert_eq!(
        (first.elapsed_ms, first.connect_ms, first.reply_ms),
        (3000, None, None)
    );
    assert!(first.alone);
    // Silent to the first request: the others are not asked.
    for attempt in negotiation
        .attempts
        .iter()
        .filter(|a| a.requested != CREDSSP_EX)
    {
        assert!(matches!(attempt.outcome, NegotiationOutcome::NotRun { .. }));
    }
    // No Remote Desktop answer: what listens is asked on three fresh connections at once;
    // the first trickled byte (a TPKT version, 500 ms in) is Remote Desktop's framing, which
    // ends the identification at once.
    let service = evidence.service.as_ref().expect("identified");
    assert_eq!(service.elapsed_ms, 500);
    assert!(
        service
            .probes
            .iter()
            .all(|p| p.answer == ServiceAnswer::Rdp),
        "{service:?}"
    );
    let asked: Vec<Duration> = net.connects().iter().map(|(at, _)| *at).collect();
    assert_eq!(asked, [0, 3000, 3000, 3000].map(|ms| ms * MS));
    assert_eq!(start.elapsed(), 3500 * MS);
    assert!(!evidence.budget_exhausted);
}

#[tokio::test(start_paused = true)]
async fn the_whole_check_ends_inside_its_budget() {
    let net = FakeNet::new()
        .name(
            "pc.corp.test",
            2000 * MS,
            Some(DnsOutcome::Resolved {
                addresses: vec![IP],
            }),
        )
        .port(PC, trickling());
    let config = config(&net, 3000 * MS, 4000 * MS, 5000 * MS);
    let start = Instant::now();
    let evidence = run_check(&target("pc.corp.test"), &config, &|_| {}).await;
    // The probes stop ASSEMBLY_MARGIN before the budget, for the diagnosis and the report.
    assert_eq!(start.elapsed(), 5000 * MS - ASSEMBLY_MARGIN);
    assert!(evidence.budget_exhausted);
    assert_eq!(evidence.dns.as_ref().map(|d| d.elapsed_ms), Some(2000));
    let negotiation = evidence.negotiation.as_ref().expect("negotiated");
    let first = negotiation.attempt(CREDSSP_EX).expect("the first request");
    // The 4 s step was cut to what was left: 5 s - 50 ms - 2 s.
    assert_eq!(
        first.outcome,
        NegotiationOutcome::NoResponse { waited_ms: 2950 }
    );
    // No time left to identify what listens.
    assert_eq!(evidence.service, None);
}

#[tokio::test(start_paused = true)]
async fn a_dead_host_is_told_from_a_blocked_port_within_the_budget() {
    let mut net = FakeNet::new().port(PC, Port::Silent);
    for (port, _) in OTHER_PORTS {
        net = net.port(SocketAddr::new(IP, port), Port::Silent);
    }
    let config = config(&net, 3000 * MS, 3000 * MS, 5000 * MS);
    let start = Instant::now();
    let evidence = run_check(&target("192.0.2.7"), &config, &|_| {}).await;
    assert_eq!(start.elapsed(), 5000 * MS - ASSEMBLY_MARGIN);
    let timed_out = |address, elapsed_ms| TcpEvidence {
        address,
        outcome: TcpOutcome::TimedOut,
        elapsed_ms,
    };
    assert_eq!(evidence.reach, vec![timed_out(PC, 3000)]);
    // Every other port at once, after the RDP port's 3 s: cut to the 1,950 ms left.
    let others: Vec<TcpEvidence> = OTHER_PORTS
        .iter()
        .map(|(port, _)| timed_out(SocketAddr::new(IP, *port), 1950))
        .collect();
    assert_eq!(evidence.other_ports, others);
    assert!(evidence.budget_exhausted);
    assert_eq!(evidence.negotiation, None);
}

#[tokio::test(start_paused = true)]
async fn every_round_trip_is_timed_and_a_stall_is_asked_again_alone() {
    // RDSTLS's request stalls (a retransmission's worth) the first time, as among others on a
    // busy server, and is answered at once when asked again.
    let asked_rdstls = Arc::new(AtomicUsize::new(0));
    let counter = asked_rdstls.clone();
    let server = rdp_server(SelectedProtocol::Rdp, move |requested| {
        if requested == P::RDSTLS && counter.fetch_add(1, Ordering::SeqCst) == 0 {
            300 * MS
        } else {
            30 * MS
        }
    });
    let net = FakeNet::new().port(
        PC,
        Port::Open {
            delay: 20 * MS,
            server,
        },
    );
    let config = config(&net, 3000 * MS, 3000 * MS, 10_000 * MS);
    let events = Mutex::new(Vec::new());
    let on_event = |event: ProbeEvent| {
        let seen = match event {
            ProbeEvent::Started(area) => (area, false),
            ProbeEvent::Finished { area, .. } => (area, true),
        };
        events.lock().expect("events").push(seen);
    };
    let start = Instant::now();
    let evidence = run_check(&target("192.0.2.7"), &config, &on_event).await;

    assert_eq!(evidence.reach[0].elapsed_ms, 20);
    let negotiation = evidence.negotiation.as_ref().expect("negotiated");
    let timing = |requested| {
        let a = negotiation.attempt(requested).expect("attempted");
        (a.connect_ms, a.reply_ms, a.elapsed_ms, a.alone)
    };
    // The first request reuses the reachability connection.
    assert_eq!(timing(CREDSSP_EX), (None, Some(30), 30, true));
    for requested in [P::RDP, P::SSL, CREDSSP] {
        assert_eq!(
            timing(requested),
            (Some(20), Some(30), 50, false),
            "{requested:#x}"
        );
        assert_eq!(
            negotiation
                .attempt(requested)
                .and_then(|a| a.recheck.clone()),
            None
        );
    }
    assert_eq!(timing(P::RDSTLS), (Some(20), Some(300), 320, false));
    let recheck = negotiation
        .attempt(P::RDSTLS)
        .and_then(|a| a.recheck.clone())
        .expect("asked again alone");
    assert_eq!(
        (recheck.connect_ms, recheck.reply_ms, recheck.elapsed_ms),
        (Some(20), Some(30), 50)
    );
    assert_eq!(asked_rdstls.load(Ordering::SeqCst), 2);

    // Reach 20 ms, the first request 30 ms, then two at a time: 0x00 and 0x01 by 100 ms,
    // 0x03 and the stalled 0x04 (120 ms + 300 ms), then the re-check's 50 ms.
    assert_eq!(start.elapsed(), 470 * MS);
    let at: Vec<Duration> = net.connects().iter().map(|(at, _)| *at).collect();
    assert_eq!(at, [0, 50, 50, 100, 100, 420].map(|ms| ms * MS));
    assert!(!evidence.budget_exhausted);
    assert_eq!(evidence.service, None);
    assert_eq!(evidence.tls, None);
    use Area::{Dns, Network, Rdp, Reach};
    assert_eq!(
        *events.lock().expect("events"),
        [
            (Network, false),
            (Network, true),
            (Dns, false),
            (Dns, true),
            (Reach, false),
            (Reach, true),
            (Rdp, false),
            (Rdp, true),
            (Rdp, true),
        ]
    );
}

/// The RD Gateway is probed beside the direct path, not after it: a PC whose RDP port is
/// silent (its other ports refuse) and a gateway whose name never resolves take 3 s in all.
#[tokio::test(start_paused = true)]
async fn the_gateway_runs_beside_the_direct_path_on_the_same_budget() {
    let net = FakeNet::new()
        .port(PC, Port::Silent)
        .name("gw.corp.test", Duration::ZERO, None);
    let config = config(&net, 3000 * MS, 3000 * MS, 4000 * MS);
    let mut target = target("192.0.2.7");
    target.gateway =
        Some(rdp_doctor_model::Gateway::parse("gw.corp.test", Some(1), true).expect("a gateway"));
    let events = Mutex::new(Vec::new());
    let on_event = |event: ProbeEvent| {
        if let ProbeEvent::Finished { area, .. } = event {
            events.lock().expect("events").push(area);
        }
    };
    let start = Instant::now();
    let evidence = run_check(&target, &config, &on_event).await;
    assert_eq!(start.elapsed(), 3000 * MS);
    let gateway = evidence.gateway.as_ref().expect("the gateway's evidence");
    // The name's step ran at the same time as the PC's connect: 3 s each.
    let dns = gateway.dns.as_ref().expect("looked up");
    assert_eq!((&dns.outcome, dns.elapsed_ms), (&DnsOutcome::Timeout, 3000));
    assert_eq!(
        (gateway.from_rdp_file, gateway.usage_method),
        (true, Some(1))
    );
    assert_eq!(evidence.reach[0].elapsed_ms, 3000);
    // Then every other port at once, refusing at once: the PC is on, the port blocked.
    assert_eq!(evidence.other_ports.len(), OTHER_PORTS.len());
    assert!(
        evidence
            .other_ports
            .iter()
            .all(|t| (&t.outcome, t.elapsed_ms) == (&TcpOutcome::Refused, 0))
    );
    assert!(!evidence.budget_exhausted);
    let events = events.lock().expect("events");
    assert_eq!(events.last(), Some(&Area::Gateway));
}

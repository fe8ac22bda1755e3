//! Watching the connection: paced samples (a TCP connect and an X.224 round trip each) over
//! seconds to minutes, for the link that fails once a minute.

use std::net::SocketAddr;
use std::time::Duration;

use rdp_doctor_model::{NegotiationOutcome, TcpOutcome, WatchEvidence, WatchSample};

use tokio::time::Instant;

use crate::io::Io;
use crate::{Deadline, elapsed_ms, negotiate, tcp};

/// Takes one sample every `interval` for `duration` (at least one sample), calling `on_sample`
/// after each so a caller can show a live count. Each sample has its own deadline.
pub async fn watch(
    address: SocketAddr,
    duration: Duration,
    interval: Duration,
    step_timeout: Duration,
    on_sample: &(dyn Fn(&WatchSample, &[WatchSample]) + Send + Sync),
) -> WatchEvidence {
    watch_with(
        &Io::system(),
        address,
        duration,
        interval,
        step_timeout,
        on_sample,
    )
    .await
}

/// [`watch`] through `io`.
pub async fn watch_with(
    io: &Io,
    address: SocketAddr,
    duration: Duration,
    interval: Duration,
    step_timeout: Duration,
    on_sample: &(dyn Fn(&WatchSample, &[WatchSample]) + Send + Sync),
) -> WatchEvidence {
    let start = Instant::now();
    let mut samples: Vec<WatchSample> = Vec::new();
    let mut next = start;
    loop {
        let at_ms = elapsed_ms(start);
        let sample = one(io, address, step_timeout, at_ms).await;
        samples.push(sample.clone());
        on_sample(&sample, &samples);
        next += interval;
        if start.elapsed() + interval > duration {
            break;
        }
        tokio::time::sleep_until(next).await;
    }
    WatchEvidence {
        address,
        interval_ms: u64::try_from(interval.as_millis()).unwrap_or(u64::MAX),
        samples,
    }
}

async fn one(io: &Io, address: SocketAddr, step_timeout: Duration, at_ms: u64) -> WatchSample {
    let deadline = Deadline::after(step_timeout * 2);
    let (evidence, stream) = tcp::connect(io, address, step_timeout, &deadline).await;
    let Some(mut stream) = stream else {
        let failure = match evidence.outcome {
            TcpOutcome::TimedOut => "the connection timed out".to_string(),
            TcpOutcome::Refused => "the connection was refused".to_string(),
            other => format!("{other:?}").to_lowercase(),
        };
        return WatchSample {
            at_ms,
            connect_ms: None,
            reply_ms: None,
            failure: Some(failure),
        };
    };
    let asked = Instant::now();
    let outcome = negotiate::negotiate(
        &mut stream,
        negotiate::CREDSSP_EX,
        deadline.step(step_timeout),
    )
    .await;
    let reply_ms = elapsed_ms(asked);
    let failure = match outcome {
        NegotiationOutcome::Selected { .. }
        | NegotiationOutcome::Refused { .. }
        | NegotiationOutcome::NoNegotiationData => None,
        NegotiationOutcome::NoResponse { .. } => {
            Some("no answer to the Remote Desktop request".into())
        }
        NegotiationOutcome::Closed | NegotiationOutcome::Reset => {
            Some("the connection died during the Remote Desktop request".into())
        }
        other => Some(format!("{other:?}").to_lowercase()),
    };
    WatchSample {
        at_ms,
        connect_ms: Some(evidence.elapsed_ms),
        reply_ms: failure.is_none().then_some(reply_ms),
        failure,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::fake::{FakeNet, Port, rdp_server};
    use rdp_doctor_model::SelectedProtocol;

    const PC: SocketAddr = SocketAddr::new(
        std::net::IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 7)),
        3389,
    );
    const SECOND: Duration = Duration::from_secs(1);

    fn answering() -> FakeNet {
        FakeNet::new().port(
            PC,
            Port::Open {
                delay: Duration::from_millis(10),
                server: rdp_server(SelectedProtocol::Credssp, |_| Duration::from_millis(20)),
            },
        )
    }

    fn sample(at_ms: u64, connect_ms: Option<u64>, reply_ms: Option<u64>) -> WatchSample {
        WatchSample {
            at_ms,
            connect_ms,
            reply_ms,
            failure: None,
        }
    }

    #[tokio::test(start_paused = true)]
    async fn samples_once_a_second_for_the_duration() {
        let net = answering();
        let seen = Mutex::new(Vec::new());
        let on_sample = |s: &WatchSample, all: &[WatchSample]| {
            seen.lock().expect("seen").push((s.at_ms, all.len()));
        };
        let start = Instant::now();
        let watched = watch_with(&net.io(), PC, 3 * SECOND, SECOND, SECOND, &on_sample).await;
        // The third sample ends at 2,030 ms; a fourth would start at 3 s, past the duration.
        assert_eq!(start.elapsed(), Duration::from_millis(2030));
        assert_eq!(
            watched.samples,
            vec![
                sample(0, Some(10), Some(20)),
                sample(1000, Some(10), Some(20)),
                sample(2000, Some(10), Some(20)),
            ]
        );
        assert_eq!(watched.interval_ms, 1000);
        assert_eq!(
            *seen.lock().expect("seen"),
            vec![(0, 1), (1000, 2), (2000, 3)]
        );
        let at: Vec<Duration> = net.connects().into_iter().map(|(at, _)| at).collect();
        assert_eq!(at, vec![Duration::ZERO, SECOND, 2 * SECOND]);
    }

    #[tokio::test(start_paused = true)]
    async fn at_least_one_sample_and_failures_named() {
        let net = FakeNet::new().port(PC, Port::Silent);
        let step = Duration::from_millis(400);
        let watched = watch_with(&net.io(), PC, Duration::ZERO, SECOND, step, &|_, _| {}).await;
        assert_eq!(
            watched.samples,
            vec![WatchSample {
                at_ms: 0,
                connect_ms: None,
                reply_ms: None,
                failure: Some("the connection timed out".into()),
            }]
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_silent_server_costs_its_step_and_the_pace_holds() {
        let net = FakeNet::new().port(
            PC,
            Port::Open {
                delay: Duration::ZERO,
                server: rdp_server(SelectedProtocol::Credssp, |_| Duration::from_secs(60)),
            },
        );
        let step = Duration::from_millis(1500);
        let start = Instant::now();
        let watched = watch_with(&net.io(), PC, 4 * SECOND, SECOND, step, &|_, _| {}).await;
        // Each sample waits out its 1.5 s step, longer than the interval: the next starts at
        // once, never two at a time, and the watch still stops at its duration.
        let at: Vec<u64> = watched.samples.iter().map(|s| s.at_ms).collect();
        assert_eq!(at, vec![0, 1500, 3000]);
        assert_eq!(start.elapsed(), Duration::from_millis(4500));
        for s in &watched.samples {
            assert_eq!(s.connect_ms, Some(0));
            assert_eq!(s.reply_ms, None);
            assert_eq!(
                s.failure.as_deref(),
                Some("no answer to the Remote Desktop request")
            );
        }
    }

    #[tokio::test(start_paused = true)]
    async fn cancelling_stops_the_samples() {
        let net = answering();
        let count = Mutex::new(0);
        let on_sample = |_: &WatchSample, _: &[WatchSample]| {
            *count.lock().expect("count") += 1;
        };
        let io = net.io();
        let watching = watch_with(&io, PC, 60 * SECOND, SECOND, SECOND, &on_sample);
        // The caller gives up (the user pressed Stop) between the third and fourth samples.
        let given_up = tokio::time::timeout(Duration::from_millis(2500), watching).await;
        assert!(given_up.is_err());
        tokio::time::sleep(10 * SECOND).await;
        assert_eq!(*count.lock().expect("count"), 3);
        assert_eq!(net.connects().len(), 3);
    }
}

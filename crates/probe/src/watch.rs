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
    let outcome = negotiate::negotiate(&mut stream, 0x0B, deadline.step(step_timeout)).await;
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

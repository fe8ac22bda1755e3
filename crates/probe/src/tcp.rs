//! Reaching the port: one TCP connect per address, classified.

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use rdp_doctor_model::{TcpEvidence, TcpOutcome};
use tokio::net::TcpStream;
use tokio::time::Instant;

use crate::io::{BoxFuture, Connect, Io, Stream};
use crate::{Deadline, elapsed_ms};

/// The real connector: a TCP connection from this computer.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemConnector;

impl Connect for SystemConnector {
    fn connect(&self, address: SocketAddr) -> BoxFuture<'_, io::Result<Stream>> {
        Box::pin(async move {
            let stream = TcpStream::connect(address).await?;
            // The negotiation is a few tiny packets: don't let Nagle hold them back.
            let _ = stream.set_nodelay(true);
            Ok(Box::new(stream) as Stream)
        })
    }
}

/// Connects to `address`; the stream is returned when the port is open and still connected.
pub async fn connect(
    io: &Io,
    address: SocketAddr,
    timeout: Duration,
    deadline: &Deadline,
) -> (TcpEvidence, Option<Stream>) {
    let start = Instant::now();
    if deadline.is_over() {
        let evidence = TcpEvidence {
            address,
            outcome: TcpOutcome::NotRun {
                reason: "the check's time budget was used up".into(),
            },
            elapsed_ms: 0,
        };
        return (evidence, None);
    }
    let connecting = io.connector().connect(address);
    let (outcome, stream) = match deadline.run(timeout, connecting).await {
        None => (TcpOutcome::TimedOut, None),
        Some(Ok(stream)) => (TcpOutcome::Open, Some(stream)),
        // A reset during connect means the handshake completed and the peer then hung up at
        // once (a closed port refuses instead): the port is open, and the next step, which
        // connects again, reports the hang-up as evidence of its own.
        Some(Err(e)) if e.kind() == io::ErrorKind::ConnectionReset => (TcpOutcome::Open, None),
        Some(Err(e)) => (classify_error(&e), None),
    };
    let evidence = TcpEvidence {
        address,
        outcome,
        elapsed_ms: elapsed_ms(start),
    };
    (evidence, stream)
}

pub fn classify_error(e: &io::Error) -> TcpOutcome {
    match e.kind() {
        io::ErrorKind::ConnectionRefused => TcpOutcome::Refused,
        io::ErrorKind::TimedOut => TcpOutcome::TimedOut,
        io::ErrorKind::HostUnreachable | io::ErrorKind::NetworkUnreachable => {
            TcpOutcome::Unreachable {
                message: e.to_string(),
            }
        }
        _ => TcpOutcome::Failed {
            message: e.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fake::{FakeNet, Port, rdp_server};
    use rdp_doctor_model::SelectedProtocol;

    const PC: SocketAddr = SocketAddr::new(
        std::net::IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 7)),
        3389,
    );

    #[tokio::test(start_paused = true)]
    async fn a_connect_that_never_completes_ends_at_its_step_deadline() {
        let net = FakeNet::new().port(PC, Port::Silent);
        let start = Instant::now();
        let deadline = Deadline::after(Duration::from_secs(10));
        let (evidence, stream) = connect(&net.io(), PC, Duration::from_secs(3), &deadline).await;
        assert_eq!(start.elapsed(), Duration::from_secs(3));
        assert_eq!(evidence.outcome, TcpOutcome::TimedOut);
        assert_eq!(evidence.elapsed_ms, 3000);
        assert!(stream.is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn the_budget_cuts_a_connect_short() {
        let net = FakeNet::new().port(PC, Port::Silent);
        let start = Instant::now();
        let deadline = Deadline::after(Duration::from_millis(1200));
        let (evidence, _) = connect(&net.io(), PC, Duration::from_secs(3), &deadline).await;
        assert_eq!(start.elapsed(), Duration::from_millis(1200));
        assert_eq!(
            (evidence.outcome, evidence.elapsed_ms),
            (TcpOutcome::TimedOut, 1200)
        );
        // Nothing left: not even tried.
        let (evidence, _) = connect(&net.io(), PC, Duration::from_secs(3), &deadline).await;
        assert!(matches!(evidence.outcome, TcpOutcome::NotRun { .. }));
        assert_eq!(net.connects().len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn outcomes_are_classified_and_timed() {
        let refused = SocketAddr::new(PC.ip(), 1);
        let reset = SocketAddr::new(PC.ip(), 2);
        let net = FakeNet::new()
            .port(
                PC,
                Port::Open {
                    delay: Duration::from_millis(37),
                    server: rdp_server(SelectedProtocol::Rdp, |_| Duration::ZERO),
                },
            )
            .port(refused, Port::Refused)
            .port(reset, Port::Reset);
        let io = net.io();
        let deadline = Deadline::after(Duration::from_secs(10));
        let step = Duration::from_secs(3);
        let (open, stream) = connect(&io, PC, step, &deadline).await;
        assert_eq!((open.outcome, open.elapsed_ms), (TcpOutcome::Open, 37));
        assert!(stream.is_some());
        let (evidence, stream) = connect(&io, refused, step, &deadline).await;
        assert_eq!(
            (evidence.outcome, evidence.elapsed_ms),
            (TcpOutcome::Refused, 0)
        );
        assert!(stream.is_none());
        // A reset during connect: the port is open, the stream gone.
        let (evidence, stream) = connect(&io, reset, step, &deadline).await;
        assert_eq!(evidence.outcome, TcpOutcome::Open);
        assert!(stream.is_none());
    }
}

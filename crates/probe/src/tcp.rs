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

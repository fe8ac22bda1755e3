//! Scripted I/O for the probes' tests: ports that stay silent, refuse, reset or accept after a
//! set time and hand the connection to a scripted peer (a `tokio::io::duplex` end), and names
//! that resolve after a set time or never. Meant for tests under tokio's paused time, where
//! every wait is exact.

use std::collections::HashMap;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rdp_doctor_model::{DnsOutcome, RequestedProtocols, SelectedProtocol};
use tokio::io::{AsyncReadExt, AsyncWriteExt, DuplexStream, duplex};
use tokio::time::{Instant, sleep};

use crate::io::{BoxFuture, Connect, Io, Resolve, Stream};

/// Plays the peer on one accepted connection.
pub(crate) type Server = Arc<dyn Fn(DuplexStream) -> BoxFuture<'static, ()> + Send + Sync>;

#[derive(Clone)]
pub(crate) enum Port {
    /// The SYN is dropped: the connect never completes.
    Silent,
    Refused,
    /// The handshake completes and the peer hangs up at once.
    Reset,
    /// Accepts after `delay`; `server` plays the peer.
    Open {
        delay: Duration,
        server: Server,
    },
}

/// A name's answer: after `delay`, `outcome`, or never when `None`.
#[derive(Clone)]
struct Name {
    delay: Duration,
    outcome: Option<DnsOutcome>,
}

#[derive(Clone)]
pub(crate) struct FakeNet {
    ports: Arc<Mutex<HashMap<SocketAddr, Port>>>,
    names: Arc<Mutex<HashMap<String, Name>>>,
    connects: Arc<Mutex<Vec<(Duration, SocketAddr)>>>,
    epoch: Instant,
}

impl FakeNet {
    /// Every port refuses and every name is unknown until scripted; times are measured from now.
    pub(crate) fn new() -> FakeNet {
        FakeNet {
            ports: Arc::default(),
            names: Arc::default(),
            connects: Arc::default(),
            epoch: Instant::now(),
        }
    }

    pub(crate) fn port(self, address: SocketAddr, port: Port) -> FakeNet {
        self.ports.lock().expect("ports").insert(address, port);
        self
    }

    pub(crate) fn name(self, name: &str, delay: Duration, outcome: Option<DnsOutcome>) -> FakeNet {
        self.names
            .lock()
            .expect("names")
            .insert(name.to_string(), Name { delay, outcome });
        self
    }

    pub(crate) fn io(&self) -> Io {
        Io::new(self.clone(), self.clone())
    }

    /// Each connect asked for so far: when (since [`FakeNet::new`]) and where.
    pub(crate) fn connects(&self) -> Vec<(Duration, SocketAddr)> {
        self.connects.lock().expect("connects").clone()
    }
}

impl Connect for FakeNet {
    fn connect(&self, address: SocketAddr) -> BoxFuture<'_, io::Result<Stream>> {
        self.connects
            .lock()
            .expect("connects")
            .push((self.epoch.elapsed(), address));
        let port = self.ports.lock().expect("ports").get(&address).cloned();
        Box::pin(async move {
            match port.unwrap_or(Port::Refused) {
                Port::Silent => std::future::pending().await,
                Port::Refused => Err(io::ErrorKind::ConnectionRefused.into()),
                Port::Reset => Err(io::ErrorKind::ConnectionReset.into()),
                Port::Open { delay, server } => {
                    sleep(delay).await;
                    let (client, peer) = duplex(64 * 1024);
                    tokio::spawn(server(peer));
                    Ok(Box::new(client) as Stream)
                }
            }
        })
    }
}

impl Resolve for FakeNet {
    fn resolve<'a>(&'a self, name: &'a str, _timeout: Duration) -> BoxFuture<'a, DnsOutcome> {
        let answer = self.names.lock().expect("names").get(name).cloned();
        Box::pin(async move {
            let Some(Name { delay, outcome }) = answer else {
                return DnsOutcome::NotFound;
            };
            sleep(delay).await;
            match outcome {
                Some(outcome) => outcome,
                None => std::future::pending().await,
            }
        })
    }
}

/// Reads one TPKT packet (the client's Connection Request); `None` when the client left.
pub(crate) async fn read_request(peer: &mut DuplexStream) -> Option<Vec<u8>> {
    let mut head = [0u8; 4];
    peer.read_exact(&mut head).await.ok()?;
    let len = usize::from(u16::from_be_bytes([head[2], head[3]]));
    let mut rest = vec![0u8; len.saturating_sub(4)];
    peer.read_exact(&mut rest).await.ok()?;
    let mut packet = head.to_vec();
    packet.extend(rest);
    Some(packet)
}

/// The requested protocols of a Connection Request with an RDP_NEG_REQ (its last four bytes).
pub(crate) fn requested(packet: &[u8]) -> RequestedProtocols {
    let at = packet.len().saturating_sub(4);
    packet
        .get(at..)
        .and_then(|b| b.try_into().ok())
        .map_or(u32::MAX, u32::from_le_bytes)
        .into()
}

/// A Connection Confirm whose RDP_NEG_RSP selects `protocol`.
pub(crate) fn confirm(protocol: SelectedProtocol) -> Vec<u8> {
    let mut packet = vec![3, 0, 0, 19, 14, 0xd0, 0, 0, 0x12, 0x34, 0, 2, 0, 8, 0];
    packet.extend(protocol.code().to_le_bytes());
    packet
}

/// A Remote Desktop server that answers each request after `reply_after(requested)`,
/// selecting `protocol`, then waits for the client to hang up.
pub(crate) fn rdp_server(
    protocol: SelectedProtocol,
    reply_after: impl Fn(RequestedProtocols) -> Duration + Send + Sync + 'static,
) -> Server {
    let reply_after = Arc::new(reply_after);
    Arc::new(move |mut peer| {
        let reply_after = reply_after.clone();
        Box::pin(async move {
            let Some(request) = read_request(&mut peer).await else {
                return;
            };
            sleep(reply_after(requested(&request))).await;
            let _ = peer.write_all(&confirm(protocol)).await;
            let mut rest = Vec::new();
            let _ = peer.read_to_end(&mut rest).await;
        })
    })
}

/// A peer that sends `bytes` one at a time, `every` apart, and then keeps the line open.
pub(crate) fn trickle(bytes: &'static [u8], every: Duration) -> Server {
    Arc::new(move |mut peer| {
        Box::pin(async move {
            for byte in bytes {
                sleep(every).await;
                if peer.write_all(&[*byte]).await.is_err() {
                    return;
                }
            }
            std::future::pending::<()>().await;
        })
    })
}

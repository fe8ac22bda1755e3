//! A relay that terminates TCP near the user and forwards over a slow path, as a VPN client's
//! proxy, an SSH tunnel or a corporate proxy does: it accepts a connection at once (the
//! client's connect takes no time), connects to the real server, and delivers every chunk of
//! data in each direction `delay` after it arrived, in order. A connection's close is passed on
//! after the data before it.
//!
//! A check through it sees instant connects and slow answers: every X.224, TLS and CredSSP
//! round trip takes about twice `delay`.

use std::net::{Ipv4Addr, SocketAddr, TcpListener as StdListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{Context as _, Result};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

/// How long the relay waits for the server behind it to accept.
const UPSTREAM_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// A running relay in front of `upstream`; see the module docs. Stops on drop.
#[derive(Debug)]
pub struct SlowRelay {
    addr: SocketAddr,
    delay: Duration,
    relayed: Arc<AtomicUsize>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl SlowRelay {
    /// Listens on a new 127.0.0.1 port and relays to `upstream`, `delay` each way.
    pub fn start(upstream: SocketAddr, delay: Duration) -> Result<Self> {
        let listener = StdListener::bind((Ipv4Addr::LOCALHOST, 0)).context("bind 127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("building the relay's runtime")?;
        let relayed = Arc::new(AtomicUsize::new(0));
        let task_relayed = relayed.clone();
        let (shutdown, stop) = oneshot::channel();
        let thread = std::thread::Builder::new()
            .name(format!("relay-{}", addr.port()))
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = TcpListener::from_std(listener) else {
                        return;
                    };
                    let accept_loop = async {
                        loop {
                            let Ok((client, _)) = listener.accept().await else {
                                tokio::time::sleep(Duration::from_millis(10)).await;
                                continue;
                            };
                            let relayed = task_relayed.clone();
                            tokio::spawn(async move {
                                let _ = client.set_nodelay(true);
                                let server = tokio::time::timeout(
                                    UPSTREAM_CONNECT_TIMEOUT,
                                    TcpStream::connect(upstream),
                                )
                                .await;
                                let Ok(Ok(server)) = server else { return };
                                let _ = server.set_nodelay(true);
                                relayed.fetch_add(1, Ordering::SeqCst);
                                let (client_read, client_write) = client.into_split();
                                let (server_read, server_write) = server.into_split();
                                tokio::join!(
                                    forward(client_read, server_write, delay),
                                    forward(server_read, client_write, delay),
                                );
                            });
                        }
                    };
                    tokio::select! {
                        () = accept_loop => {}
                        _ = stop => {}
                    }
                });
            })?;
        Ok(Self {
            addr,
            delay,
            relayed,
            shutdown: Some(shutdown),
            thread: Some(thread),
        })
    }

    /// Where it listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `HOST:PORT` as the CLI takes it.
    pub fn target(&self) -> String {
        self.addr.to_string()
    }

    /// The delay each way.
    pub fn delay(&self) -> Duration {
        self.delay
    }

    /// Connections relayed to the server so far.
    pub fn relayed(&self) -> usize {
        self.relayed.load(Ordering::SeqCst)
    }
}

impl Drop for SlowRelay {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads chunks from `from` and writes each to `to` `delay` after it arrived; `None` is the
/// close, passed on after the data before it.
async fn forward(mut from: OwnedReadHalf, mut to: OwnedWriteHalf, delay: Duration) {
    let (queue, mut due) = mpsc::unbounded_channel::<(Instant, Option<Vec<u8>>)>();
    let reading = async move {
        let mut buffer = vec![0u8; 16 * 1024];
        loop {
            match from.read(&mut buffer).await {
                Ok(n) if n > 0 => {
                    let chunk = buffer.get(..n).unwrap_or_default().to_vec();
                    if queue.send((Instant::now() + delay, Some(chunk))).is_err() {
                        return;
                    }
                }
                _ => {
                    let _ = queue.send((Instant::now() + delay, None));
                    return;
                }
            }
        }
    };
    let writing = async move {
        while let Some((at, chunk)) = due.recv().await {
            tokio::time::sleep_until(at).await;
            match chunk {
                Some(bytes) => {
                    if to.write_all(&bytes).await.is_err() {
                        return;
                    }
                }
                None => {
                    let _ = to.shutdown().await;
                    return;
                }
            }
        }
    };
    tokio::join!(reading, writing);
}

//! In-process TCP peers that fail the way real networks, wrong services and hostile servers do.
//!
//! Each [`Responder`] owns a listener on `127.0.0.1:0` (bound before `start` returns, so there is
//! no port race) and a current-thread tokio runtime on a thread of its own, independent of
//! whatever the test does. Dropping it stops the runtime, which cancels every connection task and
//! closes every socket, and joins the thread.

use std::net::{Ipv4Addr, SocketAddr, TcpListener as StdListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{Context as _, Result};
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::time::timeout;
use tokio_rustls::TlsAcceptor;

/// What a [`Responder`] does with each connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Behaviour {
    /// Accepts and never sends; reads and discards, keeps the socket open until the peer closes.
    Silent,
    /// Accepts and closes at once with SO_LINGER 0: the peer sees RST ("connection reset").
    ///
    /// Where the client notices is a race: on its read, on its write, or already in a
    /// connect-with-timeout (poll for writable, then SO_ERROR = ECONNRESET; std's
    /// `connect_timeout` and tokio's `connect` both do this); seen here in about 1 run of 10.
    /// Use [`Behaviour::ResetAfterRequest`] for a reset the client always meets when reading.
    ResetAfterAccept,
    /// Reads one TPKT packet (the Connection Request), then closes with SO_LINGER 0: the client's
    /// read of the Connection Confirm fails with "connection reset", deterministically.
    ResetAfterRequest,
    /// Reads one TPKT packet (the X.224 Connection Request), then closes cleanly (FIN).
    CloseAfterRequest,
    /// Waits up to [`FIRST_READ_TIMEOUT`] for the client to send something, then sends these bytes
    /// and keeps the connection open until the peer closes: another protocol on the port.
    Garbage(Vec<u8>),
    /// After the request, sends one byte per `interval`, forever: a TPKT header announcing
    /// 65535 bytes (`03 00 FF FF`), then zeros, so a reader never gets a complete packet.
    Trickle { interval: Duration },
    /// After the request, answers a TPKT header announcing 65535 bytes (far more than any
    /// Connection Confirm) and a few bytes of it, then waits: a reader that believed the
    /// length would wait for the rest.
    OversizedTpkt,
    /// Reads the request, then half-closes (FIN) without answering and keeps reading until the
    /// client closes: the client's read ends, its writes still arrive.
    HalfClose,
    /// Answers like an RDP server that wants TLS (`x224`; or speaks TLS from the first byte, as
    /// a gateway), reads the ClientHello and sends a fatal `handshake_failure` alert.
    TlsAlert { x224: bool },
    /// Like [`Behaviour::TlsAlert`] up to the ClientHello, then sends a real TLS 1.2 server's
    /// first flight (ServerHello, Certificate, ServerKeyExchange, ServerHelloDone), reads the
    /// client's answer to it and resets the connection (SO_LINGER 0) while the client waits for
    /// the server's Finished. A legacy hello gets rustls' own alert.
    ResetMidTls { x224: bool },
    /// An RDP server that requires NLA: selects CredSSP, completes TLS, reads the TSRequest and
    /// answers a DER SEQUENCE whose length claims 2 GiB (`30 84 7F FF FF FF`).
    OversizedDer,
    /// Holds the first `hold_first` connections open and silent (a hung service), then
    /// forwards every later one to `to` (the Remote Desktop server behind, come back).
    HoldThenForward { hold_first: usize, to: SocketAddr },
    /// Forwards each connection to `to` only after `delay`, silent until then: a slow server.
    DelayThenForward { delay: Duration, to: SocketAddr },
    /// Forwards one connection at a time to `to`, for its whole life; the others wait their
    /// turn, silent: a server that handles its connections one after the other (a front for
    /// a real server; [`OneAtATime`] answers by itself).
    ForwardOneAtATime { to: SocketAddr },
}

/// How long [`Behaviour::Garbage`] and [`Behaviour::Trickle`] wait for the client's first bytes.
pub const FIRST_READ_TIMEOUT: Duration = Duration::from_secs(2);

/// How long the hostile behaviours wait for the client at each step before giving up on it.
const PEER_TIMEOUT: Duration = Duration::from_secs(10);

/// A fatal TLS alert record: handshake_failure (RFC 5246 7.2).
pub const TLS_ALERT_HANDSHAKE_FAILURE: [u8; 7] = [0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28];

/// The start of a DER SEQUENCE claiming 0x7FFFFFFF bytes of content.
pub const OVERSIZED_DER: [u8; 6] = [0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF];

/// An SSH server's identification string.
pub const SSH_BANNER: &[u8] = b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n";
/// A web server's answer to bytes it cannot parse.
pub const HTTP_BAD_REQUEST: &[u8] =
    b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

/// 64 fixed pseudo-random bytes whose first byte is not 0x03, so they cannot start a TPKT header.
pub fn non_tpkt_bytes() -> Vec<u8> {
    let mut state: u32 = 0x9E37_79B9;
    let mut bytes: Vec<u8> = (0..64)
        .map(|_| {
            // xorshift32: reproducible noise, no rand dependency.
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state.to_le_bytes()[0]
        })
        .collect();
    if bytes[0] == 0x03 {
        bytes[0] = 0xA5;
    }
    bytes
}

/// A running fault responder; see [`Behaviour`].
#[derive(Debug)]
pub struct Responder {
    addr: SocketAddr,
    behaviour: Behaviour,
    accepted: Arc<AtomicUsize>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Responder {
    /// Starts a responder on a new 127.0.0.1 port.
    pub fn start(behaviour: Behaviour) -> Result<Self> {
        let listener = StdListener::bind((Ipv4Addr::LOCALHOST, 0)).context("bind 127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("building the responder's runtime")?;
        let accepted = Arc::new(AtomicUsize::new(0));
        let (shutdown, stop) = oneshot::channel();
        let task_behaviour = behaviour.clone();
        let task_accepted = accepted.clone();
        let tls = match behaviour {
            Behaviour::ResetMidTls { .. } | Behaviour::OversizedDer => Some(server_config(
                matches!(behaviour, Behaviour::ResetMidTls { .. }),
            )?),
            _ => None,
        };
        let thread = std::thread::Builder::new()
            .name(format!("responder-{}", addr.port()))
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = TcpListener::from_std(listener) else {
                        return;
                    };
                    tokio::select! {
                        () = accept_loop(listener, task_behaviour, task_accepted, tls) => {}
                        _ = stop => {}
                    }
                });
                // Dropping the runtime here cancels the connection tasks and closes their sockets.
            })?;
        Ok(Self {
            addr,
            behaviour,
            accepted,
            shutdown: Some(shutdown),
            thread: Some(thread),
        })
    }

    /// [`Behaviour::Silent`].
    pub fn silent() -> Result<Self> {
        Self::start(Behaviour::Silent)
    }

    /// [`Behaviour::ResetAfterAccept`].
    pub fn reset_after_accept() -> Result<Self> {
        Self::start(Behaviour::ResetAfterAccept)
    }

    /// [`Behaviour::ResetAfterRequest`].
    pub fn reset_after_request() -> Result<Self> {
        Self::start(Behaviour::ResetAfterRequest)
    }

    /// [`Behaviour::CloseAfterRequest`].
    pub fn close_after_request() -> Result<Self> {
        Self::start(Behaviour::CloseAfterRequest)
    }

    /// [`Behaviour::Garbage`] with an SSH banner.
    pub fn ssh_banner() -> Result<Self> {
        Self::start(Behaviour::Garbage(SSH_BANNER.to_vec()))
    }

    /// [`Behaviour::Garbage`] with an HTTP 400 answer.
    pub fn http() -> Result<Self> {
        Self::start(Behaviour::Garbage(HTTP_BAD_REQUEST.to_vec()))
    }

    /// [`Behaviour::Garbage`] with [`non_tpkt_bytes`].
    pub fn random_bytes() -> Result<Self> {
        Self::start(Behaviour::Garbage(non_tpkt_bytes()))
    }

    /// [`Behaviour::Trickle`], one byte per second.
    pub fn trickle() -> Result<Self> {
        Self::start(Behaviour::Trickle {
            interval: Duration::from_secs(1),
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

    /// Its behaviour.
    pub fn behaviour(&self) -> &Behaviour {
        &self.behaviour
    }

    /// Connections accepted so far.
    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }
}

impl Drop for Responder {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A self-signed ECDSA certificate for `localhost` and its rustls server configuration;
/// TLS 1.2 only when `tls12_only` (whose first flight leaves the client waiting for the
/// server's Finished).
fn server_config(tls12_only: bool) -> Result<Arc<rustls::ServerConfig>> {
    let key = rcgen::KeyPair::generate()?;
    let cert = rcgen::CertificateParams::new(vec!["localhost".to_string()])?.self_signed(&key)?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ServerConfig::builder_with_provider(provider);
    let builder = if tls12_only {
        builder.with_protocol_versions(&[&rustls::version::TLS12])?
    } else {
        builder.with_safe_default_protocol_versions()?
    };
    let config = builder.with_no_client_auth().with_single_cert(
        vec![cert.der().clone()],
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
    )?;
    Ok(Arc::new(config))
}

async fn accept_loop(
    listener: TcpListener,
    behaviour: Behaviour,
    accepted: Arc<AtomicUsize>,
    tls: Option<Arc<rustls::ServerConfig>>,
) {
    // One turn at a time for `ForwardOneAtATime`, handed out in the order connections came.
    let turn = Arc::new(tokio::sync::Semaphore::new(1));
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let index = accepted.fetch_add(1, Ordering::SeqCst);
        let behaviour = behaviour.clone();
        let tls = tls.clone();
        let turn = turn.clone();
        tokio::spawn(async move {
            let _ = serve(stream, behaviour, index, turn, tls).await;
        });
    }
}

/// Relays between `stream` and a new connection to `to` until either side closes.
async fn forward(stream: &mut TcpStream, to: SocketAddr) -> std::io::Result<()> {
    let mut upstream = tokio::time::timeout(Duration::from_secs(5), TcpStream::connect(to))
        .await
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::TimedOut))??;
    let _ = upstream.set_nodelay(true);
    let _ = stream.set_nodelay(true);
    tokio::io::copy_bidirectional(stream, &mut upstream).await?;
    Ok(())
}

async fn serve(
    mut stream: TcpStream,
    behaviour: Behaviour,
    index: usize,
    turn: Arc<tokio::sync::Semaphore>,
    tls: Option<Arc<rustls::ServerConfig>>,
) -> std::io::Result<()> {
    let no_tls = || std::io::Error::other("no TLS configuration");
    match behaviour {
        Behaviour::HoldThenForward { hold_first, to } => {
            if index < hold_first {
                discard_until_closed(&mut stream).await
            } else {
                forward(&mut stream, to).await
            }
        }
        Behaviour::DelayThenForward { delay, to } => {
            // Bytes the client sends meanwhile wait in the socket, as on a busy server.
            tokio::time::sleep(delay).await;
            forward(&mut stream, to).await
        }
        Behaviour::ForwardOneAtATime { to } => {
            let Ok(_turn) = turn.acquire_owned().await else {
                return Ok(());
            };
            forward(&mut stream, to).await
        }
        Behaviour::Silent => discard_until_closed(&mut stream).await,
        Behaviour::ResetAfterAccept => {
            stream.set_zero_linger()?;
            drop(stream);
            Ok(())
        }
        Behaviour::ResetAfterRequest => {
            let _ = tokio::time::timeout(Duration::from_secs(10), read_tpkt(&mut stream)).await;
            stream.set_zero_linger()?;
            drop(stream);
            Ok(())
        }
        Behaviour::CloseAfterRequest => {
            // Read the whole packet: closing with unread data would make Linux send RST, not FIN.
            let read = tokio::time::timeout(Duration::from_secs(10), read_tpkt(&mut stream)).await;
            if read.is_ok() {
                stream.shutdown().await?;
            }
            Ok(())
        }
        Behaviour::Garbage(bytes) => {
            let mut buffer = [0u8; 1024];
            let _ = tokio::time::timeout(FIRST_READ_TIMEOUT, stream.read(&mut buffer)).await;
            stream.write_all(&bytes).await?;
            discard_until_closed(&mut stream).await
        }
        Behaviour::Trickle { interval } => {
            let mut buffer = [0u8; 1024];
            let _ = tokio::time::timeout(FIRST_READ_TIMEOUT, stream.read(&mut buffer)).await;
            let (mut reader, mut writer) = stream.into_split();
            // Keep reading so the peer's later bytes never fill a window; stop when it closes.
            let reading = async move {
                let mut sink = [0u8; 1024];
                while matches!(reader.read(&mut sink).await, Ok(n) if n > 0) {}
            };
            let writing = async move {
                let header = [0x03u8, 0x00, 0xFF, 0xFF];
                let mut sent = 0usize;
                loop {
                    let byte = header.get(sent).copied().unwrap_or(0);
                    if writer.write_all(&[byte]).await.is_err() {
                        return;
                    }
                    sent += 1;
                    tokio::time::sleep(interval).await;
                }
            };
            tokio::select! {
                () = reading => {}
                () = writing => {}
            }
            Ok(())
        }
        Behaviour::OversizedTpkt => {
            timeout(PEER_TIMEOUT, read_tpkt(&mut stream)).await??;
            let mut answer = vec![0x03, 0x00, 0xFF, 0xFF];
            answer.resize(64, 0);
            stream.write_all(&answer).await?;
            let _ = timeout(PEER_TIMEOUT, discard_until_closed(&mut stream)).await;
            Ok(())
        }
        Behaviour::HalfClose => {
            timeout(PEER_TIMEOUT, read_tpkt(&mut stream)).await??;
            stream.shutdown().await?;
            let _ = timeout(PEER_TIMEOUT, discard_until_closed(&mut stream)).await;
            Ok(())
        }
        Behaviour::TlsAlert { x224 } => {
            if x224 && !confirm(&mut stream, |requested| select_tls(requested, false)).await? {
                return Ok(());
            }
            timeout(PEER_TIMEOUT, read_tls_record(&mut stream)).await??;
            stream.write_all(&TLS_ALERT_HANDSHAKE_FAILURE).await?;
            stream.shutdown().await?;
            let _ = timeout(PEER_TIMEOUT, discard_until_closed(&mut stream)).await;
            Ok(())
        }
        Behaviour::ResetMidTls { x224 } => {
            if x224 && !confirm(&mut stream, |requested| select_tls(requested, false)).await? {
                return Ok(());
            }
            let config = tls.ok_or_else(no_tls)?;
            timeout(PEER_TIMEOUT, first_flight(&mut stream, config)).await??;
            // The client's key exchange and Finished: it has read our ServerHello and now waits
            // for our Finished, which never comes.
            let mut buffer = [0u8; 4096];
            let _ = timeout(PEER_TIMEOUT, stream.read(&mut buffer)).await;
            stream.set_zero_linger()?;
            drop(stream);
            Ok(())
        }
        Behaviour::OversizedDer => {
            if !confirm(&mut stream, |requested| select_tls(requested, true)).await? {
                return Ok(());
            }
            let acceptor = TlsAcceptor::from(tls.ok_or_else(no_tls)?);
            let mut tls = timeout(PEER_TIMEOUT, acceptor.accept(stream)).await??;
            let mut buffer = [0u8; 4096];
            // The client's TSRequest (a few dozen bytes, in one record).
            if timeout(PEER_TIMEOUT, tls.read(&mut buffer)).await?? == 0 {
                return Ok(());
            }
            let mut answer = OVERSIZED_DER.to_vec();
            answer.resize(256, 0xA0);
            tls.write_all(&answer).await?;
            tls.flush().await?;
            let _ = timeout(PEER_TIMEOUT, discard_until_closed(&mut tls)).await;
            Ok(())
        }
    }
}

/// What an RDP server that wants TLS (or, with `nla`, CredSSP) selects for a request: TLS for a
/// request that includes it (CredSSP for one that includes that, with `nla`), otherwise
/// RDP_NEG_FAILURE SSL_REQUIRED_BY_SERVER (or HYBRID_REQUIRED_BY_SERVER).
fn select_tls(requested: u32, nla: bool) -> Result<u32, u32> {
    match requested {
        r if nla && r & 0x02 != 0 => Ok(0x02),
        r if r & 0x01 != 0 => Ok(0x01),
        _ if nla => Err(5),
        _ => Err(1),
    }
}

/// Reads the Connection Request and answers a Connection Confirm (MS-RDPBCGR 2.2.1.2) with
/// the protocol `select` picks for the requested ones, or its failure code. Whether the
/// connection goes on (a protocol was selected).
async fn confirm(
    stream: &mut TcpStream,
    select: impl Fn(u32) -> Result<u32, u32>,
) -> std::io::Result<bool> {
    let request = timeout(PEER_TIMEOUT, read_tpkt(stream)).await??;
    // RDP_NEG_REQ's requestedProtocols are the last four bytes of a 19-byte request.
    let requested = request
        .get(15..19)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map_or(0, u32::from_le_bytes);
    let (kind, value, goes_on) = match select(requested) {
        Ok(protocol) => (0x02, protocol, true),
        Err(code) => (0x03, code, false),
    };
    let mut packet = vec![
        0x03, 0x00, 0x00, 0x13, 0x0E, 0xD0, 0x00, 0x00, 0x12, 0x34, 0x00, kind, 0x00, 0x08, 0x00,
    ];
    packet.extend_from_slice(&value.to_le_bytes());
    stream.write_all(&packet).await?;
    if !goes_on {
        let _ = timeout(PEER_TIMEOUT, discard_until_closed(stream)).await;
    }
    Ok(goes_on)
}

/// Reads one TLS record (header and body, at most 16 KiB + 5).
async fn read_tls_record(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut header = [0u8; 5];
    stream.read_exact(&mut header).await?;
    let length = usize::from(u16::from_be_bytes([header[3], header[4]])).min(16 * 1024);
    let mut record = header.to_vec();
    record.resize(5 + length, 0);
    stream.read_exact(&mut record[5..]).await?;
    Ok(record)
}

/// Feeds the client's bytes to a rustls server until it has something to send (its first
/// flight, or an alert), and sends that.
async fn first_flight(
    stream: &mut TcpStream,
    config: Arc<rustls::ServerConfig>,
) -> std::io::Result<()> {
    let mut server = rustls::ServerConnection::new(config).map_err(std::io::Error::other)?;
    let mut buffer = [0u8; 4096];
    loop {
        let n = stream.read(&mut buffer).await?;
        if n == 0 {
            return Ok(());
        }
        let mut input = buffer.get(..n).unwrap_or_default();
        while !input.is_empty() {
            server.read_tls(&mut input)?;
        }
        let processed = server.process_new_packets();
        let mut output = Vec::new();
        while server.wants_write() {
            server.write_tls(&mut output)?;
        }
        if !output.is_empty() {
            stream.write_all(&output).await?;
        }
        if processed.is_err() || !output.is_empty() {
            return Ok(());
        }
    }
}

async fn discard_until_closed<S: tokio::io::AsyncRead + Unpin>(
    stream: &mut S,
) -> std::io::Result<()> {
    let mut buffer = [0u8; 4096];
    while stream.read(&mut buffer).await? > 0 {}
    Ok(())
}

/// Reads one TPKT packet (header length from bytes 2..4); returns its bytes.
async fn read_tpkt(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut header = [0u8; 4];
    stream.read_exact(&mut header).await?;
    let length = usize::from(u16::from_be_bytes([header[2], header[3]])).max(4);
    let mut packet = header.to_vec();
    packet.resize(length, 0);
    stream.read_exact(&mut packet[4..]).await?;
    Ok(packet)
}

/// An RDP server in miniature that serves one connection at a time, as servers built on FreeRDP
/// 2's server side do (weston's, [`crate::weston`]): it answers each X.224 request by selecting
/// TLS, then answers no other connection until that one moves on (sends its TLS ClientHello,
/// and the handshake is done) or closes, or `hold` passes. Other requests wait, unanswered.
/// After the handshake it keeps the connection open, silent, until the client closes.
#[derive(Debug)]
pub struct OneAtATime {
    addr: SocketAddr,
    accepted: Arc<AtomicUsize>,
    /// Requests that found another connection being served and had to wait for it.
    waited: Arc<AtomicUsize>,
    /// The longest such wait, in milliseconds.
    longest_wait_ms: Arc<AtomicUsize>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl OneAtATime {
    /// Starts serving on a new 127.0.0.1 port, with a certificate made out to `cn`.
    pub fn start(hold: Duration, cn: &str) -> Result<Self> {
        Self::start_with_other_client(hold, cn, None)
    }

    /// The same, and another client (someone else connecting at the same moment) gets in just
    /// before connection number `at` (counted from 1) and is served for `busy`: it sits between
    /// the answer and its ClientHello, so every request arriving meanwhile waits.
    pub fn start_with_other_client(
        hold: Duration,
        cn: &str,
        other_client: Option<(usize, Duration)>,
    ) -> Result<Self> {
        use rustls::pki_types::pem::PemObject as _;
        use rustls::pki_types::{CertificateDer, PrivateKeyDer};
        let cert = crate::TestCert::generate(&crate::CertSpec::valid(cn))?;
        let key = PrivateKeyDer::from_pem_slice(cert.key_pem.as_bytes())
            .context("reading the generated key")?;
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(vec![CertificateDer::from(cert.cert_der.clone())], key)
        .context("the responder's TLS configuration")?;
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let listener = StdListener::bind((Ipv4Addr::LOCALHOST, 0)).context("bind 127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("building the responder's runtime")?;
        let accepted = Arc::new(AtomicUsize::new(0));
        let waited = Arc::new(AtomicUsize::new(0));
        let longest_wait_ms = Arc::new(AtomicUsize::new(0));
        let (shutdown, stop) = oneshot::channel();
        let (task_accepted, task_waited) = (accepted.clone(), waited.clone());
        let task_longest = longest_wait_ms.clone();
        let thread = std::thread::Builder::new()
            .name(format!("one-at-a-time-{}", addr.port()))
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = TcpListener::from_std(listener) else {
                        return;
                    };
                    let serving = Arc::new(tokio::sync::Mutex::new(()));
                    let accept_loop = async {
                        loop {
                            let Ok((stream, _)) = listener.accept().await else {
                                tokio::time::sleep(Duration::from_millis(10)).await;
                                continue;
                            };
                            let number = task_accepted.fetch_add(1, Ordering::SeqCst) + 1;
                            if let Some((at, busy)) = other_client
                                && at == number
                            {
                                // Queued for its turn before this connection's request is
                                // read (tokio's mutex serves in order), so it comes first.
                                let turn = serving.clone().lock_owned();
                                tokio::spawn(async move {
                                    let turn = turn.await;
                                    tokio::time::sleep(busy).await;
                                    drop(turn);
                                });
                            }
                            let serving = serving.clone();
                            let acceptor = acceptor.clone();
                            let waited = task_waited.clone();
                            let longest = task_longest.clone();
                            tokio::spawn(async move {
                                let _ =
                                    serve_one(stream, &serving, &acceptor, hold, &waited, &longest)
                                        .await;
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
            accepted,
            waited,
            longest_wait_ms,
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

    /// Connections accepted so far.
    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }

    /// Requests that had to wait for another connection so far (a request that arrives while
    /// the client is closing the connection before it waits for that close).
    pub fn waited(&self) -> usize {
        self.waited.load(Ordering::SeqCst)
    }

    /// The longest time a request waited for another connection.
    pub fn longest_wait(&self) -> Duration {
        Duration::from_millis(self.longest_wait_ms.load(Ordering::SeqCst) as u64)
    }
}

impl Drop for OneAtATime {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// RDP_NEG_RSP selecting TLS (MS-RDPBCGR 2.2.1.2.1), as weston sends it.
const SELECTS_TLS: [u8; 19] = [
    0x03, 0x00, 0x00, 0x13, 0x0E, 0xD0, 0x00, 0x00, 0x00, 0x00, 0x00, // TPKT, X.224 CC
    0x02, 0x01, 0x08, 0x00, 0x01, 0x00, 0x00, 0x00, // RDP_NEG_RSP, flags 1, TLS
];

async fn serve_one(
    mut stream: TcpStream,
    serving: &tokio::sync::Mutex<()>,
    acceptor: &tokio_rustls::TlsAcceptor,
    hold: Duration,
    waited: &AtomicUsize,
    longest_wait_ms: &AtomicUsize,
) -> std::io::Result<()> {
    let Ok(Ok(_request)) =
        tokio::time::timeout(Duration::from_secs(10), read_tpkt(&mut stream)).await
    else {
        return Ok(());
    };
    let turn = match serving.try_lock() {
        Ok(turn) => turn,
        Err(_) => {
            waited.fetch_add(1, Ordering::SeqCst);
            let since = std::time::Instant::now();
            let turn = serving.lock().await;
            let ms = usize::try_from(since.elapsed().as_millis()).unwrap_or(usize::MAX);
            longest_wait_ms.fetch_max(ms, Ordering::SeqCst);
            turn
        }
    };
    stream.write_all(&SELECTS_TLS).await?;
    // Until this connection moves on (its ClientHello arrives, or it closes) or `hold` passes,
    // nobody else is answered.
    let mut peeked = [0u8; 1];
    let moved_on = tokio::time::timeout(hold, stream.peek(&mut peeked)).await;
    let handshake = match moved_on {
        Ok(Ok(n)) if n > 0 => tokio::time::timeout(hold, acceptor.accept(stream))
            .await
            .ok(),
        _ => None,
    };
    drop(turn);
    if let Some(Ok(mut tls)) = handshake {
        let mut buffer = [0u8; 4096];
        while let Ok(Ok(n)) =
            tokio::time::timeout(Duration::from_secs(30), tls.read(&mut buffer)).await
        {
            if n == 0 {
                break;
            }
        }
    }
    Ok(())
}

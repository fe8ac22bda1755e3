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
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        accepted.fetch_add(1, Ordering::SeqCst);
        let behaviour = behaviour.clone();
        let tls = tls.clone();
        tokio::spawn(async move {
            let _ = serve(stream, behaviour, tls).await;
        });
    }
}

async fn serve(
    mut stream: TcpStream,
    behaviour: Behaviour,
    tls: Option<Arc<rustls::ServerConfig>>,
) -> std::io::Result<()> {
    let no_tls = || std::io::Error::other("no TLS configuration");
    match behaviour {
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

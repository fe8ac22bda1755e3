//! An RD Gateway stand-in over HTTPS, with certificates made at test time.
//!
//! Each [`GatewayStandIn`] makes its own test CA (ECDSA P-256, valid 2019 to ten years from
//! now, so an expired leaf is still inside its issuer's validity) and a leaf certificate for
//! the chosen [`GatewayCert`], writes the CA as a PEM bundle for `SSL_CERT_FILE`, and serves TLS
//! on `127.0.0.1:0` (and the same port on `::1` when it can) with the chosen
//! [`GatewayBehaviour`]. Like [`crate::Responder`] it runs a current-thread tokio runtime on a
//! thread of its own; dropping it stops the runtime (closing every connection) and joins the
//! thread. Every read has a time limit.
//!
//! What a real gateway sends is described in PROTOCOL.md §4: `401` with `WWW-Authenticate:
//! Negotiate` and `WWW-Authenticate: NTLM` to an unauthenticated `RDG_OUT_DATA`, plain or as a
//! WebSocket upgrade.

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener as StdListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{Context as _, Result};
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose, date_time_ymd,
};
use rdp_doctor_probe::gateway::GatewayTrust;
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use time::OffsetDateTime;
use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio_rustls::TlsAcceptor;

/// The names a [`GatewayCert::Trusted`] certificate is made out to.
pub const GATEWAY_NAME: &str = "localhost";
/// The name a [`GatewayCert::WrongName`] certificate is made out to instead.
pub const OTHER_NAME: &str = "another.example";

/// How long the stand-in waits for a handshake or a request before giving up on a connection.
const PEER_TIMEOUT: Duration = Duration::from_secs(10);
/// A request head larger than this is not a gateway client's.
const MAX_REQUEST_HEAD: usize = 16 * 1024;

/// Which certificate the stand-in presents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GatewayCert {
    /// Signed by the test CA, valid from yesterday for a year, for `localhost` and 127.0.0.1.
    Trusted,
    /// Signed by the test CA for `localhost` and 127.0.0.1, but valid 2020-01-01 to 2021-01-01.
    Expired,
    /// Signed by the test CA, currently valid, but made out to [`OTHER_NAME`] only.
    WrongName,
    /// Valid now for `localhost` and 127.0.0.1, but self-signed: no trust store knows it.
    SelfSigned,
}

/// What the stand-in does after the TLS handshake.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GatewayBehaviour {
    /// A gateway: `401` with `WWW-Authenticate: Negotiate` and `WWW-Authenticate: NTLM` to
    /// `RDG_OUT_DATA /remoteDesktopGateway/`, plain or as a WebSocket upgrade; `404` to
    /// anything else.
    Gateway,
    /// A web server that is not a gateway: `404 Not Found` to everything.
    NotAGateway,
    /// Completes the handshake, then closes (close_notify and FIN) without reading.
    CloseAfterTls,
    /// Completes the handshake, then reads and never answers.
    Silent,
    /// Reads the request, then answers a status line and header lines without end, as fast as
    /// the client reads them, until it closes: a head no reader should wait out.
    EndlessHeaders,
    /// A gateway's 401 whose `Content-Length` is larger than any number fits in 64 bits: the
    /// head is all a client needs, the length must be neither trusted nor waited for.
    OversizedContentLength,
    /// Reads the request, then half-closes the TCP connection (FIN, no TLS close_notify) without
    /// answering, and keeps reading until the client closes.
    HalfClose,
}

/// The gateway's answer to an unauthenticated request (PROTOCOL.md §4).
pub const GATEWAY_401: &str = concat!(
    "HTTP/1.1 401 Unauthorized\r\n",
    "Content-Type: text/plain\r\n",
    "Server: Microsoft-IIS/10.0\r\n",
    "WWW-Authenticate: Negotiate\r\n",
    "WWW-Authenticate: NTLM\r\n",
    "Content-Length: 0\r\n",
    "\r\n",
);

/// A web server's answer to a path it does not have.
pub const NOT_FOUND_404: &str = concat!(
    "HTTP/1.1 404 Not Found\r\n",
    "Server: nginx\r\n",
    "Content-Type: text/html\r\n",
    "Content-Length: 22\r\n",
    "\r\n",
    "<h1>404 Not Found</h1>",
);

/// A running gateway stand-in; see the module docs.
#[derive(Debug)]
pub struct GatewayStandIn {
    addr: SocketAddr,
    cert: GatewayCert,
    behaviour: GatewayBehaviour,
    ca_der: Vec<u8>,
    ca_bundle: PathBuf,
    leaf_der: Vec<u8>,
    leaf_not_after: OffsetDateTime,
    accepted: Arc<AtomicUsize>,
    requests: Arc<Mutex<Vec<String>>>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl GatewayStandIn {
    /// Makes the certificates and starts serving on a new 127.0.0.1 port.
    pub fn start(cert: GatewayCert, behaviour: GatewayBehaviour) -> Result<Self> {
        let certs = GatewayCerts::generate(cert)?;
        let dir = crate::temp_dir("gateway")?;
        let ca_bundle = dir.path().join("test-ca.pem");
        std::fs::write(&ca_bundle, &certs.ca_pem)
            .with_context(|| format!("writing {}", ca_bundle.display()))?;

        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(
            vec![certs.leaf_der.clone().into()],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(certs.leaf_key_der.clone())),
        )
        .context("the stand-in's TLS configuration")?;
        let acceptor = TlsAcceptor::from(Arc::new(config));

        let listener = StdListener::bind((Ipv4Addr::LOCALHOST, 0)).context("bind 127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        // `localhost` may resolve to ::1 first: serve the same port there too when the
        // machine has an IPv6 loopback and the port is free on it (best effort).
        let listener_v6 = StdListener::bind((Ipv6Addr::LOCALHOST, addr.port()))
            .and_then(|l| l.set_nonblocking(true).map(|()| l))
            .ok();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("building the stand-in's runtime")?;
        let accepted = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (shutdown, stop) = oneshot::channel();
        let (task_accepted, task_requests) = (accepted.clone(), requests.clone());
        let thread = std::thread::Builder::new()
            .name(format!("gateway-{}", addr.port()))
            .spawn(move || {
                runtime.block_on(async move {
                    let mut loops = tokio::task::JoinSet::new();
                    for listener in std::iter::once(listener).chain(listener_v6) {
                        let Ok(listener) = TcpListener::from_std(listener) else {
                            continue;
                        };
                        loops.spawn(accept_loop(
                            listener,
                            acceptor.clone(),
                            behaviour,
                            task_accepted.clone(),
                            task_requests.clone(),
                        ));
                    }
                    let serving = async {
                        loops.join_all().await;
                    };
                    tokio::select! {
                        () = serving => {}
                        _ = stop => {}
                    }
                });
                // Dropping the runtime here cancels the connection tasks and closes their sockets.
            })?;
        Ok(Self {
            addr,
            cert,
            behaviour,
            ca_der: certs.ca_der,
            ca_bundle,
            leaf_der: certs.leaf_der,
            leaf_not_after: certs.leaf_not_after,
            accepted,
            requests,
            shutdown: Some(shutdown),
            thread: Some(thread),
            _dir: dir,
        })
    }

    /// Where it listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Writes `<dir>/office.rdp`: `host` behind this gateway (see [`write_rdp_file`]).
    pub fn rdp_file(&self, dir: &Path, host: SocketAddr) -> Result<PathBuf> {
        let file = dir.join("office.rdp");
        write_rdp_file(&file, host, &self.gateway())?;
        Ok(file)
    }

    /// `localhost:<port>`, as a `.rdp` file names it.
    pub fn gateway(&self) -> String {
        format!("{GATEWAY_NAME}:{}", self.port())
    }

    /// Its port.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// The certificate it presents.
    pub fn cert(&self) -> GatewayCert {
        self.cert
    }

    /// Its behaviour.
    pub fn behaviour(&self) -> GatewayBehaviour {
        self.behaviour
    }

    /// The test CA's certificate (DER).
    pub fn ca_der(&self) -> &[u8] {
        &self.ca_der
    }

    /// A PEM file holding only the test CA: point `SSL_CERT_FILE` at it to make the system
    /// trust store (rustls-native-certs, hence rustls-platform-verifier on Linux) trust it.
    pub fn ca_bundle(&self) -> &Path {
        &self.ca_bundle
    }

    /// The system's trust store plus the test CA, for `rdp_doctor_probe::gateway::probe_with_trust`.
    pub fn trust(&self) -> GatewayTrust {
        GatewayTrust::with_extra_roots([self.ca_der.clone()])
    }

    /// The leaf certificate it presents (DER).
    pub fn leaf_der(&self) -> &[u8] {
        &self.leaf_der
    }

    /// The end of the leaf certificate's validity.
    pub fn leaf_not_after(&self) -> OffsetDateTime {
        self.leaf_not_after
    }

    /// TCP connections accepted so far.
    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }

    /// The request heads received so far (only [`GatewayBehaviour::Gateway`] and
    /// [`GatewayBehaviour::NotAGateway`] read them), in arrival order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

impl Drop for GatewayStandIn {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Writes `file` as mstsc saves a `.rdp` file (UTF-16LE with a BOM): `host` behind `gateway`
/// (`name:port`), always used (`gatewayusagemethod:i:1`). Any `gateway` will do, also one where
/// no stand-in listens.
pub fn write_rdp_file(file: &Path, host: SocketAddr, gateway: &str) -> Result<()> {
    let text = format!(
        "full address:s:{host}\r\ngatewayhostname:s:{gateway}\r\ngatewayusagemethod:i:1\r\n"
    );
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(file, bytes).with_context(|| format!("writing {}", file.display()))
}

/// The test CA and the leaf the stand-in presents.
struct GatewayCerts {
    ca_der: Vec<u8>,
    ca_pem: String,
    leaf_der: Vec<u8>,
    leaf_key_der: Vec<u8>,
    leaf_not_after: OffsetDateTime,
}

impl GatewayCerts {
    fn generate(kind: GatewayCert) -> Result<Self> {
        let now = OffsetDateTime::now_utc().replace_nanosecond(0)?;
        let mut ca_params = CertificateParams::new(Vec::<String>::new())?;
        ca_params
            .distinguished_name
            .push(DnType::CommonName, "RDP Doctor Test CA");
        ca_params
            .distinguished_name
            .push(DnType::OrganizationName, "RDP Doctor tests");
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        ca_params.not_before = date_time_ymd(2019, 1, 1);
        ca_params.not_after = now + time::Duration::days(3650);
        let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate()?)
            .context("making the test CA")?;

        let (names, not_before, not_after) = match kind {
            GatewayCert::Trusted | GatewayCert::SelfSigned => (
                vec![GATEWAY_NAME.to_string(), "127.0.0.1".to_string()],
                now - time::Duration::days(1),
                now + time::Duration::days(365),
            ),
            GatewayCert::Expired => (
                vec![GATEWAY_NAME.to_string(), "127.0.0.1".to_string()],
                date_time_ymd(2020, 1, 1),
                date_time_ymd(2021, 1, 1),
            ),
            GatewayCert::WrongName => (
                vec![OTHER_NAME.to_string()],
                now - time::Duration::days(1),
                now + time::Duration::days(365),
            ),
        };
        let mut params = CertificateParams::new(names.clone())?;
        params
            .distinguished_name
            .push(DnType::CommonName, names.first().map_or("", String::as_str));
        params.not_before = not_before;
        params.not_after = not_after;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let key = KeyPair::generate()?;
        let leaf = match kind {
            GatewayCert::SelfSigned => params.self_signed(&key)?,
            _ => params.signed_by(&key, &ca)?,
        };
        Ok(Self {
            ca_der: ca.der().to_vec(),
            ca_pem: ca.pem(),
            leaf_der: leaf.der().to_vec(),
            leaf_key_der: key.serialize_der(),
            leaf_not_after: not_after,
        })
    }
}

async fn accept_loop(
    listener: TcpListener,
    acceptor: TlsAcceptor,
    behaviour: GatewayBehaviour,
    accepted: Arc<AtomicUsize>,
    requests: Arc<Mutex<Vec<String>>>,
) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        accepted.fetch_add(1, Ordering::SeqCst);
        let (acceptor, requests) = (acceptor.clone(), requests.clone());
        tokio::spawn(async move {
            let _ = serve(stream, acceptor, behaviour, requests).await;
        });
    }
}

async fn serve(
    stream: TcpStream,
    acceptor: TlsAcceptor,
    behaviour: GatewayBehaviour,
    requests: Arc<Mutex<Vec<String>>>,
) -> std::io::Result<()> {
    let Ok(handshake) = tokio::time::timeout(PEER_TIMEOUT, acceptor.accept(stream)).await else {
        return Ok(());
    };
    let mut tls = handshake?;
    match behaviour {
        GatewayBehaviour::CloseAfterTls => {
            tls.shutdown().await?;
            // Keep draining the raw socket until the client closes: closing with unread
            // data would make Linux send RST instead of letting close_notify be read.
            let (tcp, _) = tls.get_mut();
            discard_until_closed(tcp).await;
            Ok(())
        }
        GatewayBehaviour::Silent => {
            discard_until_closed(&mut tls).await;
            Ok(())
        }
        GatewayBehaviour::EndlessHeaders => {
            let Ok(Ok(_)) = tokio::time::timeout(PEER_TIMEOUT, read_head(&mut tls)).await else {
                return Ok(());
            };
            let endless = async {
                tls.write_all(b"HTTP/1.1 401 Unauthorized\r\n").await?;
                for n in 0u64.. {
                    let line = format!("X-Filler-{n}: {}\r\n", "a".repeat(64));
                    tls.write_all(line.as_bytes()).await?;
                }
                Ok::<(), std::io::Error>(())
            };
            // Ends when the client closes (the write fails) or after the time limit.
            let _ = tokio::time::timeout(PEER_TIMEOUT, endless).await;
            Ok(())
        }
        GatewayBehaviour::OversizedContentLength => {
            let Ok(Ok(_)) = tokio::time::timeout(PEER_TIMEOUT, read_head(&mut tls)).await else {
                return Ok(());
            };
            let answer = GATEWAY_401.replace(
                "Content-Length: 0",
                "Content-Length: 99999999999999999999999999999999",
            );
            tls.write_all(answer.as_bytes()).await?;
            tls.flush().await?;
            discard_until_closed(&mut tls).await;
            Ok(())
        }
        GatewayBehaviour::HalfClose => {
            let Ok(Ok(_)) = tokio::time::timeout(PEER_TIMEOUT, read_head(&mut tls)).await else {
                return Ok(());
            };
            let (tcp, _) = tls.get_mut();
            tcp.shutdown().await?;
            discard_until_closed(tcp).await;
            Ok(())
        }
        GatewayBehaviour::Gateway | GatewayBehaviour::NotAGateway => {
            let Ok(Ok(head)) = tokio::time::timeout(PEER_TIMEOUT, read_head(&mut tls)).await else {
                return Ok(());
            };
            let is_gateway_request =
                head.starts_with("RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1\r\n");
            if let Ok(mut requests) = requests.lock() {
                requests.push(head);
            }
            let answer = match behaviour {
                GatewayBehaviour::Gateway if is_gateway_request => GATEWAY_401,
                _ => NOT_FOUND_404,
            };
            tls.write_all(answer.as_bytes()).await?;
            tls.flush().await?;
            discard_until_closed(&mut tls).await;
            Ok(())
        }
    }
}

/// Reads up to and including the blank line that ends a request head.
async fn read_head<S: AsyncRead + Unpin>(stream: &mut S) -> std::io::Result<String> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < MAX_REQUEST_HEAD {
        if stream.read(&mut byte).await? == 0 {
            break;
        }
        head.push(byte[0]);
    }
    Ok(String::from_utf8_lossy(&head).into_owned())
}

/// Reads and discards until the peer closes, fails, or [`PEER_TIMEOUT`] passes.
async fn discard_until_closed<S: AsyncRead + Unpin>(stream: &mut S) {
    let drain = async {
        let mut buffer = [0u8; 4096];
        while matches!(stream.read(&mut buffer).await, Ok(n) if n > 0) {}
    };
    let _ = tokio::time::timeout(PEER_TIMEOUT, drain).await;
}

//! Harness-side TLS checks: which versions a real server accepts, and which certificate it sends.
//!
//! rustls speaks only TLS 1.2 and 1.3, so the TLS 1.0 check is a hand-made ClientHello whose reply
//! (ServerHello version or alert) is read from the first record [RFC 2246 7.4.1.2].

use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::sync::Arc;

use anyhow::{Context as _, Result, bail};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, ClientConnection, DigitallySignedStruct, SignatureScheme, StreamOwned};

/// A TLS version rustls can offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsVersion {
    /// TLS 1.2 only.
    Tls12,
    /// TLS 1.3 only.
    Tls13,
}

/// An established TLS session over an RDP connection.
#[derive(Debug)]
pub struct TlsSession {
    /// The negotiated version.
    pub version: rustls::ProtocolVersion,
    /// The server's end-entity certificate, DER.
    pub peer_certificate: Vec<u8>,
    /// The stream, for a following CredSSP exchange.
    pub stream: StreamOwned<ClientConnection, TcpStream>,
}

/// Runs a TLS handshake offering only `version` on `stream` (after the X.224 exchange), accepting
/// any certificate.
pub fn handshake(stream: TcpStream, version: TlsVersion) -> Result<TlsSession> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let versions: &[&rustls::SupportedProtocolVersion] = match version {
        TlsVersion::Tls12 => &[&rustls::version::TLS12],
        TlsVersion::Tls13 => &[&rustls::version::TLS13],
    };
    let config = ClientConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(versions)?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AcceptAnyCertificate(provider)))
        .with_no_client_auth();
    let server_name = ServerName::IpAddress(stream.peer_addr()?.ip().into());
    let mut connection = ClientConnection::new(Arc::new(config), server_name)?;
    let mut stream = stream;
    while connection.is_handshaking() {
        connection
            .complete_io(&mut stream)
            .with_context(|| format!("TLS handshake offering only {version:?}"))?;
    }
    let negotiated = connection
        .protocol_version()
        .context("no TLS version after handshake")?;
    let peer_certificate = connection
        .peer_certificates()
        .and_then(|chain| chain.first())
        .context("server sent no certificate")?
        .to_vec();
    Ok(TlsSession {
        version: negotiated,
        peer_certificate,
        stream: StreamOwned::new(connection, stream),
    })
}

/// Accepts every certificate: the harness looks at certificates, it does not trust them.
#[derive(Debug)]
struct AcceptAnyCertificate(Arc<CryptoProvider>);

impl ServerCertVerifier for AcceptAnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// The first thing a server answers to a TLS ClientHello.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelloReply {
    /// A ServerHello choosing this `server_version` (0x0301 = TLS 1.0).
    ServerHello { version: u16 },
    /// An alert, e.g. description 70 = protocol_version.
    Alert { level: u8, description: u8 },
    /// The server closed the connection without a TLS record.
    Closed,
}

/// TLS alert description protocol_version [RFC 5246 7.2].
pub const ALERT_PROTOCOL_VERSION: u8 = 70;

/// Sends a TLS 1.0 ClientHello (RSA and ECDHE CBC suites) and reads the first record of the reply.
pub fn tls10_client_hello(mut stream: TcpStream) -> Result<HelloReply> {
    stream.write_all(&tls10_client_hello_bytes())?;
    let mut header = [0u8; 5];
    match stream.read_exact(&mut header) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::UnexpectedEof => {
            return Ok(HelloReply::Closed);
        }
        Err(error) if error.kind() == std::io::ErrorKind::ConnectionReset => {
            return Ok(HelloReply::Closed);
        }
        Err(error) => return Err(error).context("reading the reply to a TLS 1.0 ClientHello"),
    }
    let length = usize::from(u16::from_be_bytes([header[3], header[4]]));
    let mut record = vec![0u8; length];
    stream
        .read_exact(&mut record)
        .context("reading a TLS record")?;
    match (header[0], record.as_slice()) {
        // Handshake record, ServerHello: type 2, 3-byte length, server_version.
        (0x16, [0x02, _, _, _, major, minor, ..]) => Ok(HelloReply::ServerHello {
            version: u16::from_be_bytes([*major, *minor]),
        }),
        (0x15, [level, description, ..]) => Ok(HelloReply::Alert {
            level: *level,
            description: *description,
        }),
        _ => bail!("unexpected TLS reply: header {header:02x?}, record {record:02x?}"),
    }
}

fn tls10_client_hello_bytes() -> Vec<u8> {
    let mut body = vec![0x03, 0x01]; // client_version TLS 1.0
    body.extend_from_slice(&[0x5A; 32]); // random
    body.push(0); // empty session_id
    // ECDHE-RSA-AES256-SHA, ECDHE-RSA-AES128-SHA, ECDHE-ECDSA-AES256-SHA,
    // ECDHE-ECDSA-AES128-SHA, AES256-SHA, AES128-SHA
    let suites: [u16; 6] = [0xC014, 0xC013, 0xC00A, 0xC009, 0x0035, 0x002F];
    body.extend_from_slice(&(2 * suites.len() as u16).to_be_bytes());
    for suite in suites {
        body.extend_from_slice(&suite.to_be_bytes());
    }
    body.extend_from_slice(&[0x01, 0x00]); // compression: null only
    let extensions = [
        0x00, 0x0A, 0x00, 0x06, 0x00, 0x04, 0x00, 0x17, 0x00, 0x18, // groups: P-256, P-384
        0x00, 0x0B, 0x00, 0x02, 0x01, 0x00, // ec_point_formats: uncompressed
    ];
    body.extend_from_slice(&(extensions.len() as u16).to_be_bytes());
    body.extend_from_slice(&extensions);

    let body_len = (body.len() as u32).to_be_bytes();
    let mut handshake = vec![0x01, body_len[1], body_len[2], body_len[3]]; // ClientHello
    handshake.extend_from_slice(&body);
    let mut record = vec![0x16, 0x03, 0x01]; // handshake record, TLS 1.0
    record.extend_from_slice(&(handshake.len() as u16).to_be_bytes());
    record.extend_from_slice(&handshake);
    record
}

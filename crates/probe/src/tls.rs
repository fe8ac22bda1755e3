//! TLS on the negotiated connection (MS-RDPBCGR 5.4.5.1): rustls captures the certificate
//! whatever its validity; servers that rustls cannot talk to (TLS 1.0/1.1 only, old cipher
//! suites) are classified with a hand-built legacy ClientHello on a fresh connection.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use rdp_doctor_model::{LegacyTlsProbe, TlsOutcome, TlsVersion};
use rdp_doctor_wire::tls_hello::{self, ServerReply};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, SignatureScheme};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::time::Instant;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

use crate::elapsed_ms;

/// What the handshake produced: the outcome, the server's certificate (DER) when one was
/// seen, and the stream for CredSSP when it succeeded.
#[derive(Debug)]
pub struct Handshake<S> {
    pub outcome: TlsOutcome,
    pub certificate: Option<Vec<u8>>,
    pub stream: Option<TlsStream<S>>,
    pub elapsed_ms: u64,
}

/// Records the server's certificate chain and accepts it: the probe judges the certificate
/// itself (see `cert`), and it sends nothing secret over this channel — no credentials ever —
/// so a handshake with an untrusted, expired or weakly-signed certificate is exactly what we
/// want to complete in order to describe it.
#[derive(Debug)]
struct CaptureVerifier {
    seen: Mutex<Option<Vec<u8>>>,
    schemes: Vec<SignatureScheme>,
}

impl ServerCertVerifier for CaptureVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Ok(mut seen) = self.seen.lock() {
            *seen = Some(end_entity.as_ref().to_vec());
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn verify_tls13_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.schemes.clone()
    }
}

/// Runs a TLS 1.2/1.3 handshake over `stream` within `step`.
pub async fn handshake<S>(stream: S, server_name: &str, step: Duration) -> Handshake<S>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let start = Instant::now();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = Arc::new(CaptureVerifier {
        seen: Mutex::new(None),
        schemes: provider
            .signature_verification_algorithms
            .supported_schemes(),
    });
    let config = match client_config(provider, verifier.clone()) {
        Ok(c) => c,
        Err(e) => {
            return Handshake {
                outcome: TlsOutcome::Failed {
                    message: format!("could not set up TLS: {e}"),
                    alert: None,
                },
                certificate: None,
                stream: None,
                elapsed_ms: elapsed_ms(start),
            };
        }
    };
    // A name rustls cannot put in SNI (e.g. with "_") is sent without SNI, as an address.
    let name = ServerName::try_from(server_name.to_string())
        .unwrap_or(ServerName::IpAddress(std::net::Ipv4Addr::LOCALHOST.into()));
    let connector = TlsConnector::from(Arc::new(config));
    let result = tokio::time::timeout(step, connector.connect(name, stream)).await;
    let certificate = verifier.seen.lock().ok().and_then(|s| s.clone());
    let (outcome, stream) = classify(result, step);
    Handshake {
        outcome,
        certificate,
        stream,
        elapsed_ms: elapsed_ms(start),
    }
}

/// What a timed TLS connect produced: the outcome in the report's terms, and the stream when
/// it succeeded. Shared by the RDP host's handshake and the gateway's.
pub(crate) fn classify<S>(
    result: Result<std::io::Result<TlsStream<S>>, tokio::time::error::Elapsed>,
    step: Duration,
) -> (TlsOutcome, Option<TlsStream<S>>) {
    match result {
        Err(_) => (
            TlsOutcome::TimedOut {
                waited_ms: u64::try_from(step.as_millis()).unwrap_or(u64::MAX),
            },
            None,
        ),
        Ok(Ok(tls)) => {
            let conn = &tls.get_ref().1;
            let version = conn
                .protocol_version()
                .map_or_else(|| "unknown".to_string(), version_label);
            let cipher_suite = conn
                .negotiated_cipher_suite()
                .map_or_else(|| "unknown".to_string(), |s| format!("{:?}", s.suite()));
            (
                TlsOutcome::Established {
                    version,
                    cipher_suite,
                },
                Some(tls),
            )
        }
        Ok(Err(e)) => {
            let alert = e
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
                .and_then(|err| match err {
                    rustls::Error::AlertReceived(desc) => {
                        Some(tls_hello::alert_name(u8::from(*desc)).to_string())
                    }
                    _ => None,
                });
            (
                TlsOutcome::Failed {
                    message: e.to_string(),
                    alert,
                },
                None,
            )
        }
    }
}

fn client_config(
    provider: Arc<CryptoProvider>,
    verifier: Arc<CaptureVerifier>,
) -> Result<ClientConfig, rustls::Error> {
    Ok(ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth())
}

fn version_label(v: rustls::ProtocolVersion) -> String {
    match v {
        rustls::ProtocolVersion::TLSv1_3 => "TLS 1.3".into(),
        rustls::ProtocolVersion::TLSv1_2 => "TLS 1.2".into(),
        rustls::ProtocolVersion::TLSv1_1 => "TLS 1.1".into(),
        rustls::ProtocolVersion::TLSv1_0 => "TLS 1.0".into(),
        other => format!("{other:?}"),
    }
}

/// Sends the legacy ClientHello on a connection whose negotiation selected a TLS-based
/// protocol and classifies the first reply. `random` comes from the caller (sans-IO wire).
pub async fn legacy_probe<S>(stream: &mut S, random: [u8; 32], step: Duration) -> LegacyTlsProbe
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let hello = tls_hello::legacy_client_hello(random);
    let exchange = async {
        if let Err(e) = stream.write_all(&hello).await {
            return LegacyTlsProbe::Failed {
                message: e.to_string(),
            };
        }
        let mut buf = Vec::new();
        let mut chunk = [0u8; 1024];
        loop {
            match tls_hello::classify_server_reply(&buf) {
                Ok(Some(ServerReply::ServerHello {
                    version,
                    cipher_suite,
                })) => {
                    return LegacyTlsProbe::ServerHello {
                        version: tls_hello::version_name(version).to_string(),
                        version_code: TlsVersion::from(version),
                        cipher_suite: tls_hello::cipher_suite_name(cipher_suite)
                            .map_or_else(|| format!("0x{cipher_suite:04x}"), str::to_string),
                    };
                }
                Ok(Some(ServerReply::Alert { description, .. })) => {
                    return LegacyTlsProbe::Alert {
                        alert: tls_hello::alert_name(description).to_string(),
                    };
                }
                Ok(None) => {}
                Err(e) => {
                    return LegacyTlsProbe::Failed {
                        message: format!("the reply is not TLS: {e}"),
                    };
                }
            }
            if buf.len() > 64 * 1024 {
                return LegacyTlsProbe::Failed {
                    message: "the reply is too long for a ServerHello".into(),
                };
            }
            match stream.read(&mut chunk).await {
                Ok(0) => return LegacyTlsProbe::Closed,
                Ok(n) => buf.extend_from_slice(chunk.get(..n).unwrap_or_default()),
                Err(e) => {
                    return match e.kind() {
                        std::io::ErrorKind::ConnectionReset => LegacyTlsProbe::Closed,
                        _ => LegacyTlsProbe::Failed {
                            message: e.to_string(),
                        },
                    };
                }
            }
        }
    };
    tokio::time::timeout(step, exchange)
        .await
        .unwrap_or(LegacyTlsProbe::NoResponse)
}

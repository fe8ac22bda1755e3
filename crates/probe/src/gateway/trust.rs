//! How the gateway's certificate is judged: rustls on both connections with a verifier that
//! records the platform verifier's verdict (and, for an expiry, what else is wrong) but lets
//! the handshake go on; the sentences that name a rejection.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use rdp_doctor_model::{CertificateEvidence, TlsOutcome};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, SignatureScheme};
use time::OffsetDateTime;
use time::macros::format_description;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;
use x509_parser::prelude::{FromDer, X509Certificate};

use super::GatewayTrust;
use crate::io::Stream;

/// Shared by both connections: the crypto provider, the platform verifier (built once: on
/// Linux it reads and parses the whole CA bundle) and the name to check.
pub(super) struct TlsSetup {
    provider: Arc<CryptoProvider>,
    platform: Result<Arc<dyn ServerCertVerifier>, String>,
    server_name: ServerName<'static>,
}

pub(super) struct Handshake {
    pub(super) outcome: TlsOutcome,
    pub(super) record: TrustRecord,
    pub(super) stream: Option<TlsStream<Stream>>,
}

impl TlsSetup {
    pub(super) fn new(trust: &GatewayTrust, server_name: ServerName<'static>) -> TlsSetup {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let built = if trust.extra_roots.is_empty() {
            rustls_platform_verifier::Verifier::new(provider.clone())
        } else {
            rustls_platform_verifier::Verifier::new_with_extra_roots(
                trust.extra_roots.iter().cloned(),
                provider.clone(),
            )
        };
        let platform = built
            .map(|v| Arc::new(v) as Arc<dyn ServerCertVerifier>)
            .map_err(|e| format!("this computer's trust store could not be used: {e}"));
        TlsSetup {
            provider,
            platform,
            server_name,
        }
    }

    /// A TLS 1.2/1.3 handshake within `step`. Each connection gets its own `ClientConfig`, so
    /// no session is resumed and the certificate is judged on every connection.
    pub(super) async fn handshake(&self, stream: Stream, step: Duration) -> Handshake {
        let recorder = Arc::new(TrustRecorder {
            platform: self.platform.clone(),
            provider: self.provider.clone(),
            record: Mutex::new(TrustRecord::default()),
        });
        let config = match ClientConfig::builder_with_provider(self.provider.clone())
            .with_safe_default_protocol_versions()
        {
            Ok(builder) => builder
                .dangerous()
                .with_custom_certificate_verifier(recorder.clone())
                .with_no_client_auth(),
            Err(e) => {
                return Handshake {
                    outcome: TlsOutcome::Failed {
                        message: format!("could not set up TLS: {e}"),
                        alert: None,
                    },
                    record: TrustRecord::default(),
                    stream: None,
                };
            }
        };
        let connector = TlsConnector::from(Arc::new(config));
        let result =
            tokio::time::timeout(step, connector.connect(self.server_name.clone(), stream)).await;
        let record = recorder.snapshot();
        let (outcome, stream) = crate::tls::classify(result, step);
        Handshake {
            outcome,
            record,
            stream,
        }
    }
}

/// What the platform verifier said about one connection's certificate.
#[derive(Clone, Debug, Default)]
pub(super) enum Verdict {
    /// The handshake ended before a certificate arrived.
    #[default]
    NotSeen,
    Trusted,
    /// The first error, then any other problem found by checking again at a moment inside the
    /// certificate's validity (webpki reports an expiry before an unknown issuer or a wrong
    /// name; PROTOCOL.md §3.2).
    Rejected(Vec<rustls::Error>),
    /// The verifier could not be built (e.g. no CA certificates on this computer).
    Unavailable(String),
}

#[derive(Clone, Debug, Default)]
pub(super) struct TrustRecord {
    pub(super) end_entity: Option<Vec<u8>>,
    pub(super) verdict: Verdict,
    /// The handshake signature did not verify: the server does not hold the key of the
    /// certificate it presented.
    pub(super) signature: Option<rustls::Error>,
}

impl TrustRecord {
    pub(super) fn trusted(&self) -> bool {
        matches!(self.verdict, Verdict::Trusted) && self.signature.is_none()
    }

    /// The plain-words reasons, joined by "; ", or None when there are none.
    pub(super) fn problems(&self, certificate: Option<&CertificateEvidence>) -> Option<String> {
        let mut problems: Vec<String> = match &self.verdict {
            Verdict::NotSeen | Verdict::Trusted => Vec::new(),
            Verdict::Unavailable(message) => vec![message.clone()],
            Verdict::Rejected(errors) => errors
                .iter()
                .map(|e| describe_rejection(e, certificate))
                .collect(),
        };
        if let Some(e) = &self.signature {
            problems.push(format!(
                "the server did not prove it holds the certificate's key ({e})"
            ));
        }
        problems.dedup();
        (!problems.is_empty()).then(|| problems.join("; "))
    }
}

/// Asks the platform verifier, records its verdict and the certificate, and accepts: the
/// verdict is evidence, and the HTTP step must still run to tell whether this is a gateway.
#[derive(Debug)]
struct TrustRecorder {
    platform: Result<Arc<dyn ServerCertVerifier>, String>,
    provider: Arc<CryptoProvider>,
    record: Mutex<TrustRecord>,
}

impl TrustRecorder {
    fn snapshot(&self) -> TrustRecord {
        self.record.lock().map(|r| r.clone()).unwrap_or_default()
    }

    fn update(&self, change: impl FnOnce(&mut TrustRecord)) {
        if let Ok(mut record) = self.record.lock() {
            change(&mut record);
        }
    }
}

impl ServerCertVerifier for TrustRecorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verdict = match &self.platform {
            Err(message) => Verdict::Unavailable(message.clone()),
            Ok(platform) => {
                let verify = |at: UnixTime| {
                    platform.verify_server_cert(
                        end_entity,
                        intermediates,
                        server_name,
                        ocsp_response,
                        at,
                    )
                };
                match verify(now) {
                    Ok(_) => Verdict::Trusted,
                    Err(first) => {
                        let mut errors = vec![first];
                        if let Some(inside) = errors
                            .first()
                            .and_then(|e| moment_inside_validity(e, end_entity))
                            && let Err(other) = verify(inside)
                            && !is_about_time(&other)
                        {
                            errors.push(other);
                        }
                        Verdict::Rejected(errors)
                    }
                }
            }
        };
        let der = end_entity.as_ref().to_vec();
        self.update(|r| {
            r.end_entity = Some(der);
            r.verdict = verdict;
        });
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        if let Err(e) = rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        ) {
            self.update(|r| r.signature = Some(e));
        }
        Ok(HandshakeSignatureValid::assertion())
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        if let Err(e) = rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        ) {
            self.update(|r| r.signature = Some(e));
        }
        Ok(HandshakeSignatureValid::assertion())
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

fn is_about_time(e: &rustls::Error) -> bool {
    matches!(
        e,
        rustls::Error::InvalidCertificate(
            CertificateError::Expired
                | CertificateError::ExpiredContext { .. }
                | CertificateError::NotValidYet
                | CertificateError::NotValidYetContext { .. }
        )
    )
}

/// For an expired or not-yet-valid certificate, a moment inside its validity at which to
/// check it again for other problems.
fn moment_inside_validity(e: &rustls::Error, end_entity: &[u8]) -> Option<UnixTime> {
    let (not_before, not_after) = validity(end_entity)?;
    let at = match e {
        rustls::Error::InvalidCertificate(
            CertificateError::Expired | CertificateError::ExpiredContext { .. },
        ) => not_after.checked_sub(1)?,
        rustls::Error::InvalidCertificate(
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. },
        ) => not_before.checked_add(1)?,
        _ => return None,
    };
    let at = u64::try_from(at).ok()?;
    Some(UnixTime::since_unix_epoch(Duration::from_secs(at)))
}

fn validity(der: &[u8]) -> Option<(i64, i64)> {
    let (_, cert) = X509Certificate::from_der(der).ok()?;
    let validity = cert.validity();
    Some((
        validity.not_before.timestamp(),
        validity.not_after.timestamp(),
    ))
}

/// The platform verifier's error in the words a report can show.
pub(super) fn describe_rejection(
    e: &rustls::Error,
    certificate: Option<&CertificateEvidence>,
) -> String {
    let rustls::Error::InvalidCertificate(error) = e else {
        return format!("not accepted: {e}");
    };
    match error {
        CertificateError::Expired => match certificate {
            Some(c) => format!("expired on {}", date(c.not_after_unix)),
            None => "expired".into(),
        },
        CertificateError::ExpiredContext { not_after, .. } => {
            format!("expired on {}", date(unix(*not_after)))
        }
        CertificateError::NotValidYet => match certificate {
            Some(c) => format!("not valid until {}", date(c.not_before_unix)),
            None => "not valid yet".into(),
        },
        CertificateError::NotValidYetContext { not_before, .. } => {
            format!("not valid until {}", date(unix(*not_before)))
        }
        // An issuer key of another type than the signature (webpki found a trusted
        // certificate with the issuer's name, but it cannot have signed this one) means, like a
        // missing issuer, that no trusted authority vouches for the certificate.
        CertificateError::UnknownIssuer
        | CertificateError::UnsupportedSignatureAlgorithmForPublicKeyContext { .. } => {
            match certificate {
                Some(c) if c.self_signed => "not trusted: self-signed (unknown issuer)".into(),
                Some(c) => format!(
                    "not trusted: issued by {}, which this computer does not trust (unknown issuer)",
                    c.issuer
                ),
                None => "not trusted (unknown issuer)".into(),
            }
        }
        CertificateError::NotValidForName => match certificate {
            Some(c) => format!(
                "made out to another name: {} (not {})",
                names_in(c),
                c.checked_name
            ),
            None => "made out to another name".into(),
        },
        CertificateError::NotValidForNameContext {
            expected,
            presented,
        } => {
            // rustls lists the presented names in Debug form (`DnsName("gw")`): prefer the
            // names read from the certificate itself.
            let names = match (certificate, presented.is_empty()) {
                (Some(c), _) => names_in(c),
                (None, false) => presented
                    .iter()
                    .map(|p| plain_name(p))
                    .collect::<Vec<_>>()
                    .join(", "),
                (None, true) => "no name".into(),
            };
            format!(
                "made out to another name: {names} (not {})",
                expected.to_str()
            )
        }
        CertificateError::Revoked => "revoked by its issuer".into(),
        CertificateError::BadSignature => {
            "not trusted: its signature does not verify against the issuer it names".into()
        }
        CertificateError::UnsupportedSignatureAlgorithmContext { .. } => {
            "signed with an algorithm this computer does not accept".into()
        }
        CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => {
            "not made for server authentication (extended key usage)".into()
        }
        // rustls-platform-verifier turns webpki's InvalidPurpose into this (EkuError).
        CertificateError::Other(other)
            if other.to_string() == "certificate had invalid extensions" =>
        {
            "not made for server authentication (extended key usage)".into()
        }
        CertificateError::UnhandledCriticalExtension => {
            "has a critical extension this computer does not understand".into()
        }
        CertificateError::BadEncoding => "could not be read".into(),
        CertificateError::UnknownRevocationStatus
        | CertificateError::ExpiredRevocationList
        | CertificateError::ExpiredRevocationListContext { .. }
        | CertificateError::InvalidOcspResponse => {
            "its revocation status could not be checked".into()
        }
        _ => format!("not accepted: {e}"),
    }
}

/// `DnsName("gw.example.com")` → `gw.example.com`; anything else unchanged.
fn plain_name(presented: &str) -> &str {
    presented
        .split_once('(')
        .and_then(|(_, inner)| inner.strip_suffix(')'))
        .map_or(presented, |inner| inner.trim_matches('"'))
}

/// What the certificate is made out to: its SAN names and addresses, else its CN.
fn names_in(c: &CertificateEvidence) -> String {
    let names: Vec<&str> = c
        .san_dns
        .iter()
        .chain(&c.san_ip)
        .map(String::as_str)
        .collect();
    match (names.is_empty(), &c.common_name) {
        (false, _) => names.join(", "),
        (true, Some(cn)) => cn.clone(),
        (true, None) => "no name".into(),
    }
}

fn unix(t: UnixTime) -> i64 {
    i64::try_from(t.as_secs()).unwrap_or(i64::MAX)
}

/// `2021-01-01 00:00 UTC`.
fn date(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.format(format_description!(
                "[year]-[month]-[day] [hour]:[minute] UTC"
            ))
            .ok()
        })
        .unwrap_or_else(|| format!("@{unix}"))
}

//! Taking a negotiated connection on: TLS (and the legacy probe when rustls fails), the
//! certificate and CredSSP.

use std::net::SocketAddr;

use rdp_doctor_model::{
    Area, NegotiationOutcome, RequestedProtocols, SelectedProtocol, Target, TlsEvidence, TlsOutcome,
};
use ring::rand::{SecureRandom, SystemRandom};

use super::negotiation::connect_for_attempt;
use super::{CheckConfig, ProbeEvent};
use crate::io::Stream;
use crate::negotiate;
use crate::{Deadline, cert, credssp, tls};

/// TLS, the certificate and CredSSP, from one negotiated connection.
pub(super) struct Secured {
    pub(super) tls: TlsEvidence,
    pub(super) certificate: Option<rdp_doctor_model::CertificateEvidence>,
    pub(super) nla: Option<rdp_doctor_model::NlaEvidence>,
}

/// TLS on the connection whose negotiation chose a TLS-based protocol, then CredSSP when it
/// chose CredSSP. The connection is closed as soon as the NTLM challenge is in: the server
/// would otherwise wait for our next message (and a FreeRDP-based one, for nobody else).
#[allow(clippy::too_many_arguments)]
pub(super) async fn secure(
    stream: Stream,
    requested: RequestedProtocols,
    selected: SelectedProtocol,
    address: SocketAddr,
    target: &Target,
    config: &CheckConfig,
    deadline: Deadline,
    on_event: &(dyn Fn(ProbeEvent) + Send + Sync),
) -> Secured {
    on_event(ProbeEvent::Started(Area::Tls));
    let handshake = tls::handshake(stream, &target.host, deadline.step(config.step_timeout)).await;
    let certificate = handshake
        .certificate
        .as_ref()
        .and_then(|der| cert::analyse(der, &target.host).ok());
    let legacy_probe = match handshake.outcome {
        TlsOutcome::Failed { .. } => Some(legacy_tls(address, requested, config, deadline).await),
        _ => None,
    };
    let tls = TlsEvidence {
        address,
        under_protocol: protocol_label(selected).to_string(),
        outcome: handshake.outcome.clone(),
        elapsed_ms: handshake.elapsed_ms,
        legacy_probe,
    };
    let mut nla = None;
    if let (Some(mut tls_stream), true) = (handshake.stream, selected.is_credssp()) {
        on_event(ProbeEvent::Started(Area::Nla));
        let step = deadline.step(config.step_timeout);
        nla = Some(credssp::probe_with_clock(&mut tls_stream, step, &config.io).await);
    }
    Secured {
        tls,
        certificate,
        nla,
    }
}

fn protocol_label(protocol: SelectedProtocol) -> &'static str {
    match protocol {
        SelectedProtocol::Tls | SelectedProtocol::Credssp | SelectedProtocol::CredsspEx => {
            protocol.name().unwrap_or("other")
        }
        _ => "other",
    }
}

/// When rustls cannot complete a handshake, asks again with an old-style hello on a fresh
/// connection to learn whether the server only speaks TLS 1.0/1.1 or old cipher suites.
async fn legacy_tls(
    address: SocketAddr,
    requested: RequestedProtocols,
    config: &CheckConfig,
    deadline: Deadline,
) -> rdp_doctor_model::LegacyTlsProbe {
    use rdp_doctor_model::LegacyTlsProbe;
    let mut stream =
        match connect_for_attempt(&config.io, address, config.connect_timeout, &deadline).await {
            Ok(s) => s,
            Err(_) => {
                return LegacyTlsProbe::Failed {
                    message: "could not open a second connection".into(),
                };
            }
        };
    match negotiate::negotiate(&mut stream, requested, deadline.step(config.step_timeout)).await {
        NegotiationOutcome::Selected { protocol, .. } if protocol.is_tls_based() => {}
        _ => {
            return LegacyTlsProbe::Failed {
                message: "the second negotiation did not select TLS".into(),
            };
        }
    }
    let mut random = [0u8; 32];
    if SystemRandom::new().fill(&mut random).is_err() {
        return LegacyTlsProbe::Failed {
            message: "no random numbers available".into(),
        };
    }
    tls::legacy_probe(&mut stream, random, deadline.step(config.step_timeout)).await
}

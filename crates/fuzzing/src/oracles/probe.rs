//! The probe steps that read a server's bytes (`rdp-doctor-probe`), played against a
//! [`ScriptedPeer`](crate::peer::ScriptedPeer): the X.224 negotiation, the TLS handshake, the
//! legacy TLS hello, the CredSSP step and the gateway's HTTP exchange, plus the certificate
//! analysis.
//!
//! Each step must end within its deadline with an outcome (never a panic), send exactly what a
//! client sends, reach the same outcome whether the bytes come in one read or many, and agree
//! with what the one-shot decoder makes of the same bytes. What a hostile server can put into
//! evidence must not reach the user's terminal as control characters.

use std::mem::discriminant;
use std::net::SocketAddr;

use rdp_doctor_diagnose::{Context, ReportTimes, assemble_report, diagnose, render};
use rdp_doctor_model::{
    CertificateEvidence, Evidence, Gateway, GatewayEvidence, GatewayHttp, GatewayTls,
    LegacyTlsProbe, NegotiationAttempt, NegotiationEvidence, NegotiationOutcome, NlaEvidence,
    NlaOutcome, NtlmIdentity, RequestedProtocols, SelectedProtocol, Target, TcpEvidence,
    TcpOutcome, TlsEvidence, TlsOutcome,
};
use rdp_doctor_probe::negotiate::{ATTEMPTS, CREDSSP_EX, confirm_outcome, negotiate};
use rdp_doctor_probe::{cert, credssp, dns, gateway, tls};
use rdp_doctor_wire::gateway as http;
use rdp_doctor_wire::tls_hello::{self, ServerReply};
use rdp_doctor_wire::x224::{self, ConnectionConfirm, ConnectionRequest, Protocols};
use rdp_doctor_wire::{credssp as der, ntlm};

use super::assert_printable_report;
use crate::peer::{End, STEP, Script, run};

/// What every step reports for a silent peer: the deadline it waited.
const STEP_MS: u64 = 5;
/// The computer the rendered reports are about.
const TYPED: &str = "pc.example.test";

// ------------------------------------------------------------------------- negotiation

/// `negotiate::negotiate` (MS-RDPBCGR 2.2.1.1, 2.2.1.2): sends the Connection Request and
/// nothing else; reads at most one TPKT packet; an answer that decodes is the decoder's
/// confirm, the rest is the outcome the bytes and the ending call for.
pub fn probe_negotiate(data: &[u8]) {
    let script = Script::from_fuzz(data);
    let request = x224::encode_connection_request(&ConnectionRequest {
        cookie: None,
        requested: Protocols(0x0B),
        flags: 0,
    });
    let expected = expected_negotiation(&script);
    for played in [script.clone(), script.whole()] {
        let mut peer = played.peer();
        let outcome = run(negotiate(&mut peer, CREDSSP_EX, STEP));
        assert_eq!(Ok(&peer.received), request.as_ref(), "the request sent");
        assert_eq!(
            discriminant(&outcome),
            discriminant(&expected),
            "{played:?} gave {outcome:?}, the bytes call for {expected:?}"
        );
        if matches!(
            expected,
            NegotiationOutcome::Selected { .. }
                | NegotiationOutcome::Refused { .. }
                | NegotiationOutcome::NoNegotiationData
        ) {
            assert_eq!(outcome, expected);
        }
        if let NegotiationOutcome::NotRdp { looks_like, .. } = &outcome {
            super::assert_one_line(looks_like, "the words for what answered");
        }
    }
}

fn expected_negotiation(script: &Script) -> NegotiationOutcome {
    let bytes = &script.bytes;
    let malformed = NegotiationOutcome::Malformed {
        reason: String::new(),
    };
    match x224::tpkt_packet_len(bytes) {
        Err(_) => NegotiationOutcome::NotRdp {
            looks_like: String::new(),
            first_bytes_hex: String::new(),
        },
        Ok(Some(len)) if len > 512 => malformed,
        Ok(Some(len)) if bytes.len() >= len => {
            match x224::decode_connection_confirm(bytes.get(..len).unwrap_or_default()) {
                Ok(confirm) => confirm_outcome(&confirm),
                Err(_) => malformed,
            }
        }
        _ => match (script.end, bytes.is_empty()) {
            (End::Close, true) => NegotiationOutcome::Closed,
            (End::Reset, true) => NegotiationOutcome::Reset,
            (End::Close | End::Reset, false) => malformed,
            (End::Stall, _) => NegotiationOutcome::NoResponse { waited_ms: STEP_MS },
        },
    }
}

// ------------------------------------------------------------------------------- TLS

/// `tls::handshake` with rustls on whatever the server sends: never "established" (the bytes
/// cannot hold keys for our fresh key share), the same outcome and captured certificate
/// however the bytes are cut, and a captured certificate analysed and printed cleanly.
pub fn probe_tls(data: &[u8]) {
    let script = Script::from_fuzz(data);
    let mut seen = Vec::new();
    for played in [script.clone(), script.whole()] {
        let handshake = run(tls::handshake(played.peer(), TYPED, STEP));
        match &handshake.outcome {
            TlsOutcome::Established { .. } => {
                panic!("a TLS handshake completed against scripted bytes")
            }
            TlsOutcome::TimedOut { waited_ms } => assert_eq!(*waited_ms, STEP_MS),
            TlsOutcome::Failed { .. } => {}
        }
        seen.push((discriminant(&handshake.outcome), handshake.certificate));
    }
    if let [(a, cert_a), (b, cert_b)] = seen.as_slice() {
        assert_eq!(a, b, "the outcome depends on how the bytes were cut");
        assert_eq!(
            cert_a, cert_b,
            "the certificate depends on how the bytes were cut"
        );
        if let Some(der) = cert_a {
            analysed(der, TYPED);
        }
    }
}

/// `cert::analyse` on any DER and any typed name (the first byte gives the name's length):
/// the thumbprint is one the fixes accept, the fingerprint is well formed, the name match is the matcher's, and the report
/// about the certificate prints cleanly.
pub fn certificate(data: &[u8]) {
    let (name_len, rest) = match data.split_first() {
        Some((&n, rest)) => (usize::from(n % 64).min(rest.len()), rest),
        None => (0, data),
    };
    let (name, der) = rest.split_at(name_len);
    analysed(der, &String::from_utf8_lossy(name));
}

fn analysed(der: &[u8], typed: &str) {
    let Ok(evidence) = cert::analyse(der, typed) else {
        return;
    };
    let upper_hex = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c))
    };
    let thumbprint = &evidence.sha1_thumbprint;
    assert!(
        thumbprint.len() == 40 && upper_hex(thumbprint),
        "{thumbprint}"
    );
    assert!(rdp_doctor_diagnose::shell::Thumbprint::parse(thumbprint).is_ok());
    // As Windows shows it: 32 pairs separated by colons.
    let fingerprint = &evidence.sha256_fingerprint;
    assert!(
        fingerprint.split(':').count() == 32
            && fingerprint.split(':').all(|p| p.len() == 2 && upper_hex(p)),
        "{fingerprint}"
    );
    assert_eq!(
        evidence.name_matches,
        cert::name_matches(
            typed,
            evidence.common_name.as_deref(),
            &evidence.san_dns,
            &evidence.san_ip
        )
    );
    print_certificate(evidence);
}

/// `tls::legacy_probe` (the hand-built ClientHello for TLS 1.0-only servers): sends exactly
/// that hello; a ServerHello or alert is what the classifier reads from the same bytes.
pub fn probe_legacy_tls(data: &[u8]) {
    let script = Script::from_fuzz(data);
    let random = [0x5A; 32];
    let expected = expected_legacy(&script);
    for played in [script.clone(), script.whole()] {
        let mut peer = played.peer();
        let outcome = run(tls::legacy_probe(&mut peer, random, STEP));
        assert_eq!(peer.received, tls_hello::legacy_client_hello(random));
        assert_eq!(
            discriminant(&outcome),
            discriminant(&expected),
            "{played:?} gave {outcome:?}, the bytes call for {expected:?}"
        );
        if matches!(
            expected,
            LegacyTlsProbe::ServerHello { .. } | LegacyTlsProbe::Alert { .. }
        ) {
            assert_eq!(outcome, expected);
        }
    }
}

fn expected_legacy(script: &Script) -> LegacyTlsProbe {
    match tls_hello::classify_server_reply(&script.bytes) {
        Ok(Some(ServerReply::ServerHello {
            version,
            cipher_suite,
        })) => LegacyTlsProbe::ServerHello {
            version: tls_hello::version_name(version).to_string(),
            version_code: version.into(),
            cipher_suite: tls_hello::cipher_suite_name(cipher_suite)
                .map_or_else(|| format!("0x{cipher_suite:04x}"), str::to_string),
        },
        Ok(Some(ServerReply::Alert { description, .. })) => LegacyTlsProbe::Alert {
            alert: tls_hello::alert_name(description).to_string(),
        },
        Err(_) => LegacyTlsProbe::Failed {
            message: String::new(),
        },
        Ok(None) if script.bytes.len() > 64 * 1024 => LegacyTlsProbe::Failed {
            message: String::new(),
        },
        Ok(None) => match script.end {
            End::Close | End::Reset => LegacyTlsProbe::Closed,
            End::Stall => LegacyTlsProbe::NoResponse,
        },
    }
}

// ---------------------------------------------------------------------------- CredSSP

/// `credssp::probe` (MS-CSSP 3.1.5): sends one TSRequest with an anonymous NTLM NEGOTIATE and
/// nothing else (no credentials, ever); reads one DER message; its outcome, version and the
/// server's identity are what the decoders make of those bytes; the identity prints cleanly.
pub fn probe_credssp(data: &[u8]) {
    let script = Script::from_fuzz(data);
    let sent = der::encode_ts_request(6, &ntlm::negotiate_message());
    let expected = expected_nla(&script);
    for played in [script.clone(), script.whole()] {
        let mut peer = played.peer();
        let nla = run(credssp::probe(&mut peer, STEP));
        assert_eq!(peer.received, sent, "what the CredSSP step sent");
        let got = (
            summary(&nla.outcome),
            nla.server_version.map(u32::from),
            nla.identity.clone().map(without_clock),
        );
        assert_eq!(got, expected, "{played:?} gave {nla:?}");
        print_nla(nla);
    }
}

/// The outcome with what the bytes decide: the variant, the stage of a failure, the code
/// of a server error.
fn summary(outcome: &NlaOutcome) -> String {
    match outcome {
        NlaOutcome::Failed { stage, .. } => format!("failed while {stage}"),
        other => format!("{other:?}"),
    }
}

/// The identity without the clock skew, which depends on when the step ran.
fn without_clock(identity: NtlmIdentity) -> NtlmIdentity {
    NtlmIdentity {
        clock_skew_seconds: None,
        ..identity
    }
}

type NlaSummary = (String, Option<u32>, Option<NtlmIdentity>);

fn expected_nla(script: &Script) -> NlaSummary {
    let bytes = &script.bytes;
    let failed = |stage: &str| (format!("failed while {stage}"), None, None);
    let reading = "reading the server's reply";
    match der::der_message_len(bytes) {
        Ok(Some(len)) if len > 64 * 1024 => failed(reading),
        Ok(Some(len)) if bytes.len() >= len => {
            expected_nla_reply(bytes.get(..len).unwrap_or_default())
        }
        Err(_) => failed(reading),
        _ => match script.end {
            End::Close | End::Reset => failed(reading),
            End::Stall => failed("waiting for the server's reply"),
        },
    }
}

fn expected_nla_reply(reply: &[u8]) -> NlaSummary {
    let failed = |stage: &str, version| (format!("failed while {stage}"), version, None);
    let Ok(ts) = der::decode_ts_request(reply) else {
        return failed("reading the server's reply", None);
    };
    let version = Some(ts.version);
    if let Some(code) = ts.error_code {
        return (
            summary(&NlaOutcome::ServerError { code: code.into() }),
            version,
            None,
        );
    }
    let Some(token) = ts.nego_tokens.first() else {
        return failed("reading the server's reply", version);
    };
    let Some(at) = token.windows(8).position(|w| w == b"NTLMSSP\0") else {
        return failed("reading the server's reply", version);
    };
    match ntlm::decode_challenge(token.get(at..).unwrap_or_default()) {
        Ok(challenge) => (
            summary(&NlaOutcome::Challenge),
            version,
            Some(without_clock(credssp::identity(
                &challenge,
                std::time::SystemTime::now(),
            ))),
        ),
        Err(_) => failed("reading the NTLM challenge", version),
    }
}

// ----------------------------------------------------------------------------- gateway

/// The RD Gateway's `RDG_OUT_DATA` exchange (`gateway::exchange`, MS-TSGU 3.3.5.1): sends the
/// request as given; an answer is the head the decoder reads from the same bytes, with its
/// schemes, `Server` and `Date`; other outcomes follow the bytes and the ending; the report
/// prints cleanly.
pub fn probe_gateway_http(data: &[u8]) {
    let script = Script::from_fuzz(data);
    let request = b"RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1\r\nHost: gw.example.test\r\n\r\n";
    let expected = expected_http(&script);
    for played in [script.clone(), script.whole()] {
        let mut peer = played.peer();
        let answer = run(gateway::exchange(&mut peer, request, STEP));
        assert_eq!(peer.received, request, "the request sent");
        assert_eq!(
            discriminant(&answer),
            discriminant(&expected),
            "{played:?} gave {answer:?}, the bytes call for {expected:?}"
        );
        if matches!(
            expected,
            GatewayHttp::Answered { .. } | GatewayHttp::NoAnswer { .. }
        ) {
            assert_eq!(answer, expected);
        }
        print_gateway(answer);
    }
}

fn expected_http(script: &Script) -> GatewayHttp {
    let bytes = &script.bytes;
    let not_http = GatewayHttp::NotHttp {
        reason: String::new(),
    };
    match http::decode_response_head(bytes) {
        Ok(Some((head, _))) => GatewayHttp::Answered {
            status: head.status,
            auth_schemes: http::auth_schemes(&head),
            server: head.header_values("server").next().map(str::to_string),
            date_unix: head
                .header_values("date")
                .next()
                .and_then(http::http_date_unix),
        },
        Err(_) => not_http,
        Ok(None) => match (script.end, bytes.is_empty()) {
            (End::Close | End::Reset, true) => GatewayHttp::ClosedWithoutAnswer,
            (End::Stall, true) => GatewayHttp::NoAnswer { waited_ms: STEP_MS },
            (_, false) => not_http,
        },
    }
}

// ------------------------------------------------------------------ what gets printed

/// A check that got as far as the step under test: the address answered, every negotiation
/// selected what it asked for (CredSSP where asked), and TLS was set up.
fn reached_tls() -> (Target, Evidence) {
    let address = SocketAddr::from(([192, 0, 2, 10], 3389));
    let attempts = ATTEMPTS
        .iter()
        .map(|&(requested, testing)| {
            let selected = if requested.contains(RequestedProtocols::HYBRID_EX) {
                SelectedProtocol::CredsspEx
            } else if requested.contains(RequestedProtocols::HYBRID) {
                SelectedProtocol::Credssp
            } else if requested.contains(RequestedProtocols::SSL) {
                SelectedProtocol::Tls
            } else {
                SelectedProtocol::Rdp
            };
            NegotiationAttempt {
                requested,
                testing: testing.to_string(),
                outcome: confirm_outcome(&ConnectionConfirm::Response {
                    flags: 0,
                    selected: Protocols(selected.code()),
                }),
                elapsed_ms: 2,
                connect_ms: Some(1),
                reply_ms: Some(1),
                alone: false,
                recheck: None,
            }
        })
        .collect();
    let evidence = Evidence {
        dns: Some(dns::ip_literal(address.ip())),
        reach: vec![TcpEvidence {
            address,
            outcome: TcpOutcome::Open,
            elapsed_ms: 1,
        }],
        negotiation: Some(NegotiationEvidence { address, attempts }),
        tls: Some(TlsEvidence {
            address,
            under_protocol: "credssp_ex".into(),
            outcome: TlsOutcome::Established {
                version: "TLS 1.3".into(),
                cipher_suite: "TLS13_AES_128_GCM_SHA256".into(),
            },
            elapsed_ms: 3,
            legacy_probe: None,
        }),
        ..Evidence::default()
    };
    let target = Target::parse(TYPED).unwrap_or_else(|e| panic!("{TYPED}: {e}"));
    (target, evidence)
}

/// The text report of `evidence`, as `rdp-doctor check` prints it on a terminal, holds no
/// control character from outside.
fn assert_prints_cleanly(target: &Target, evidence: Evidence) {
    let at = time::OffsetDateTime::from_unix_timestamp(1_750_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let ctx = Context {
        target,
        now_unix: at.unix_timestamp(),
        error_code: None,
    };
    let findings = diagnose(&evidence, &ctx);
    let report = assemble_report(
        TYPED,
        target,
        None,
        evidence,
        findings,
        ReportTimes {
            started: at,
            finished: at,
        },
    );
    assert_printable_report(&render::text(&report, false));
}

fn print_certificate(certificate: CertificateEvidence) {
    let (target, mut evidence) = reached_tls();
    evidence.certificate = Some(certificate);
    assert_prints_cleanly(&target, evidence);
}

fn print_nla(nla: NlaEvidence) {
    let (target, mut evidence) = reached_tls();
    evidence.nla = Some(nla);
    assert_prints_cleanly(&target, evidence);
}

fn print_gateway(answer: GatewayHttp) {
    let (mut target, evidence) = reached_tls();
    let Ok(gw) = Gateway::parse("gw.example.test", Some(1), false) else {
        return;
    };
    let address = SocketAddr::from(([192, 0, 2, 20], 443));
    target.gateway = Some(gw.clone());
    let evidence = Evidence {
        gateway: Some(GatewayEvidence {
            host: gw.host,
            port: gw.port,
            from_rdp_file: false,
            usage_method: Some(1),
            dns: Some(dns::ip_literal(address.ip())),
            tcp: Some(TcpEvidence {
                address,
                outcome: TcpOutcome::Open,
                elapsed_ms: 1,
            }),
            tls: Some(GatewayTls {
                outcome: TlsOutcome::Established {
                    version: "TLS 1.3".into(),
                    cipher_suite: "TLS13_AES_128_GCM_SHA256".into(),
                },
                trusted: true,
                trust_error: None,
            }),
            certificate: None,
            http: Some(answer.clone()),
            websocket: Some(answer),
            elapsed_ms: 4,
        }),
        ..evidence
    };
    assert_prints_cleanly(&target, evidence);
}

//! The RD Gateway probe against an HTTPS stand-in (`rdp_doctor_tests::gateway`): a trusted
//! gateway, an expired, a wrongly named and a self-signed certificate, a web server that is not
//! a gateway, a server that closes after TLS, one that never answers, and a refused port.
//!
//! The probe's trust comes from the platform verifier. Most tests add the stand-in's test CA
//! with `probe_with_trust` (the verifier's own "extra roots"): the process environment cannot
//! be changed from safe Rust 2024 code, and `unsafe` is forbidden in the workspace.
//! `a_gateway_is_trusted_through_ssl_cert_file` checks the plain `probe` with the system trust
//! store by running this test binary again as a child process with `SSL_CERT_FILE` set, the
//! way the CLI and GUI tests will run the real programs.

use std::process::Command;
use std::time::Duration;

use anyhow::{Context as _, Result};
use rdp_doctor_model::{DnsOutcome, GatewayEvidence, GatewayHttp, TcpOutcome, TlsOutcome};
use rdp_doctor_probe::gateway::{self, GatewayTrust};
use rdp_doctor_probe::{CheckConfig, Deadline};
use rdp_doctor_tests::gateway::{GatewayBehaviour, GatewayCert, GatewayStandIn, OTHER_NAME};
use rdp_doctor_tests::{RefusedPort, run_with_timeout};

/// Runs the probe on a runtime of its own, as the engine would.
fn probe(host: &str, port: u16, config: &CheckConfig, trust: &GatewayTrust) -> GatewayEvidence {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async {
        let deadline = Deadline::after(config.budget);
        gateway::probe_with_trust(host, port, config, &deadline, trust).await
    })
}

/// The stand-in probed as `localhost` with the default budget, trusting its test CA.
fn probe_stand_in(cert: GatewayCert, behaviour: GatewayBehaviour) -> Result<GatewayEvidence> {
    let stand_in = GatewayStandIn::start(cert, behaviour)?;
    let evidence = probe(
        "localhost",
        stand_in.port(),
        &CheckConfig::default(),
        &stand_in.trust(),
    );
    Ok(evidence)
}

fn answered(status: u16, schemes: &[&str]) -> impl Fn(&Option<GatewayHttp>) -> bool {
    move |http| {
        matches!(http, Some(GatewayHttp::Answered { status: s, auth_schemes, .. })
            if *s == status && auth_schemes.iter().map(String::as_str).eq(schemes.iter().copied()))
    }
}

fn established(evidence: &GatewayEvidence) -> bool {
    matches!(
        evidence.tls.as_ref().map(|t| &t.outcome),
        Some(TlsOutcome::Established { .. })
    )
}

fn trust_error(evidence: &GatewayEvidence) -> String {
    evidence
        .tls
        .as_ref()
        .and_then(|t| t.trust_error.clone())
        .unwrap_or_default()
}

fn within_budget(evidence: &GatewayEvidence, config: &CheckConfig) {
    let budget_ms = u64::try_from(config.budget.as_millis()).unwrap_or(u64::MAX);
    assert!(
        evidence.elapsed_ms <= budget_ms,
        "took {} ms, over the {budget_ms} ms budget",
        evidence.elapsed_ms
    );
}

#[test]
fn a_trusted_gateway_answers_401_with_its_schemes_on_both_transports() -> Result<()> {
    let stand_in = GatewayStandIn::start(GatewayCert::Trusted, GatewayBehaviour::Gateway)?;
    let config = CheckConfig::default();
    let evidence = probe("localhost", stand_in.port(), &config, &stand_in.trust());

    assert_eq!(evidence.host, "localhost");
    assert_eq!(evidence.port, stand_in.port());
    // Filled in by the caller, who knows where the gateway came from.
    assert!(!evidence.from_rdp_file);
    assert_eq!(evidence.usage_method, None);
    assert!(matches!(
        evidence.dns.as_ref().map(|d| &d.outcome),
        Some(DnsOutcome::Resolved { .. })
    ));
    assert_eq!(
        evidence.tcp.as_ref().map(|t| &t.outcome),
        Some(&TcpOutcome::Open)
    );
    assert!(established(&evidence), "{:?}", evidence.tls);
    let tls = evidence.tls.as_ref().context("tls evidence")?;
    assert!(tls.trusted, "not trusted: {:?}", tls.trust_error);
    assert_eq!(tls.trust_error, None);
    let certificate = evidence.certificate.as_ref().context("certificate")?;
    assert!(certificate.name_matches);
    assert!(!certificate.self_signed);
    assert_eq!(
        certificate.issuer,
        "CN=RDP Doctor Test CA, O=RDP Doctor tests"
    );
    assert!(
        answered(401, &["Negotiate", "NTLM"])(&evidence.http),
        "{:?}",
        evidence.http
    );
    assert!(
        matches!(&evidence.http, Some(GatewayHttp::Answered { server: Some(s), .. }) if s == "Microsoft-IIS/10.0")
    );
    assert!(
        answered(401, &["Negotiate", "NTLM"])(&evidence.websocket),
        "{:?}",
        evidence.websocket
    );
    within_budget(&evidence, &config);

    // One plain request and one WebSocket upgrade, each on its own connection.
    assert_eq!(stand_in.accepted(), 2);
    let requests = stand_in.requests();
    assert_eq!(requests.len(), 2, "{requests:?}");
    let plain = requests
        .iter()
        .find(|r| r.contains("\r\nConnection: Keep-Alive\r\n"))
        .context("no plain request")?;
    let upgrade = requests
        .iter()
        .find(|r| r.contains("\r\nUpgrade: websocket\r\n"))
        .context("no websocket request")?;
    for request in [plain, upgrade] {
        assert!(request.starts_with("RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1\r\n"));
        assert!(request.contains(&format!("\r\nHost: localhost:{}\r\n", stand_in.port())));
        assert!(request.contains("\r\nRDG-Connection-Id: {"));
        assert!(
            !request.contains("Authorization"),
            "no credentials are sent"
        );
    }
    assert!(upgrade.contains("\r\nConnection: Upgrade\r\n"));
    assert!(upgrade.contains("\r\nSec-WebSocket-Version: 13\r\n"));
    assert!(upgrade.contains("\r\nSec-WebSocket-Key: "));
    Ok(())
}

#[test]
fn an_ip_address_is_checked_against_the_certificate_s_addresses() -> Result<()> {
    let stand_in = GatewayStandIn::start(GatewayCert::Trusted, GatewayBehaviour::Gateway)?;
    let evidence = probe(
        "127.0.0.1",
        stand_in.port(),
        &CheckConfig::default(),
        &stand_in.trust(),
    );
    assert!(matches!(
        evidence.dns.as_ref().map(|d| &d.outcome),
        Some(DnsOutcome::IpLiteral { .. })
    ));
    let tls = evidence.tls.as_ref().context("tls evidence")?;
    assert!(tls.trusted, "not trusted: {:?}", tls.trust_error);
    assert!(answered(401, &["Negotiate", "NTLM"])(&evidence.http));
    Ok(())
}

#[test]
fn an_expired_certificate_is_not_trusted_but_the_gateway_still_answers() -> Result<()> {
    let evidence = probe_stand_in(GatewayCert::Expired, GatewayBehaviour::Gateway)?;
    assert!(established(&evidence), "{:?}", evidence.tls);
    let tls = evidence.tls.as_ref().context("tls evidence")?;
    assert!(!tls.trusted);
    let error = trust_error(&evidence);
    assert!(
        error.starts_with("expired on 2021-01-01"),
        "trust error: {error:?}"
    );
    // Signed by the trusted CA for the right name: expiry is the only problem.
    assert!(!error.contains("not trusted"), "{error:?}");
    assert!(!error.contains("another name"), "{error:?}");
    let certificate = evidence.certificate.as_ref().context("certificate")?;
    assert_eq!(certificate.not_after, "2021-01-01T00:00:00Z");
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    assert!(certificate.not_after_unix < now);
    assert!(answered(401, &["Negotiate", "NTLM"])(&evidence.http));
    assert!(answered(401, &["Negotiate", "NTLM"])(&evidence.websocket));
    Ok(())
}

#[test]
fn a_certificate_for_another_name_is_not_trusted() -> Result<()> {
    let evidence = probe_stand_in(GatewayCert::WrongName, GatewayBehaviour::Gateway)?;
    assert!(established(&evidence));
    let tls = evidence.tls.as_ref().context("tls evidence")?;
    assert!(!tls.trusted);
    let error = trust_error(&evidence);
    assert_eq!(
        error,
        format!("made out to another name: {OTHER_NAME} (not localhost)")
    );
    let certificate = evidence.certificate.as_ref().context("certificate")?;
    assert!(!certificate.name_matches);
    assert_eq!(certificate.san_dns, [OTHER_NAME]);
    assert!(answered(401, &["Negotiate", "NTLM"])(&evidence.http));
    Ok(())
}

#[test]
fn a_self_signed_certificate_is_not_trusted() -> Result<()> {
    let evidence = probe_stand_in(GatewayCert::SelfSigned, GatewayBehaviour::Gateway)?;
    assert!(established(&evidence));
    let tls = evidence.tls.as_ref().context("tls evidence")?;
    assert!(!tls.trusted);
    let error = trust_error(&evidence);
    assert_eq!(error, "not trusted: self-signed (unknown issuer)");
    let certificate = evidence.certificate.as_ref().context("certificate")?;
    assert!(certificate.self_signed);
    assert!(certificate.name_matches);
    assert!(answered(401, &["Negotiate", "NTLM"])(&evidence.http));
    Ok(())
}

#[test]
fn a_web_server_that_is_not_a_gateway_answers_404() -> Result<()> {
    let evidence = probe_stand_in(GatewayCert::Trusted, GatewayBehaviour::NotAGateway)?;
    let tls = evidence.tls.as_ref().context("tls evidence")?;
    assert!(tls.trusted, "{:?}", tls.trust_error);
    assert!(answered(404, &[])(&evidence.http), "{:?}", evidence.http);
    assert!(
        matches!(&evidence.http, Some(GatewayHttp::Answered { server: Some(s), .. }) if s == "nginx")
    );
    assert!(answered(404, &[])(&evidence.websocket));
    Ok(())
}

#[test]
fn a_server_that_closes_after_tls_gives_no_answer_at_all() -> Result<()> {
    let evidence = probe_stand_in(GatewayCert::Trusted, GatewayBehaviour::CloseAfterTls)?;
    assert!(established(&evidence), "{:?}", evidence.tls);
    assert_eq!(evidence.http, Some(GatewayHttp::ClosedWithoutAnswer));
    assert_eq!(evidence.websocket, Some(GatewayHttp::ClosedWithoutAnswer));
    Ok(())
}

#[test]
fn a_silent_server_gives_no_answer_within_the_step() -> Result<()> {
    let stand_in = GatewayStandIn::start(GatewayCert::Trusted, GatewayBehaviour::Silent)?;
    let config = CheckConfig::with_budget(Duration::from_secs(3));
    let evidence = probe("localhost", stand_in.port(), &config, &stand_in.trust());
    assert!(established(&evidence), "{:?}", evidence.tls);
    let step_ms = u64::try_from(config.step_timeout.as_millis()).unwrap_or(u64::MAX);
    for http in [&evidence.http, &evidence.websocket] {
        assert!(
            matches!(http, Some(GatewayHttp::NoAnswer { waited_ms }) if *waited_ms <= step_ms),
            "{http:?}"
        );
    }
    within_budget(&evidence, &config);
    Ok(())
}

#[test]
fn a_refused_port_stops_before_tls() -> Result<()> {
    let refused = RefusedPort::new()?;
    let evidence = probe(
        "127.0.0.1",
        refused.port(),
        &CheckConfig::default(),
        &GatewayTrust::system(),
    );
    assert_eq!(
        evidence.tcp.as_ref().map(|t| &t.outcome),
        Some(&TcpOutcome::Refused)
    );
    assert_eq!(evidence.tls, None);
    assert_eq!(evidence.certificate, None);
    assert_eq!(evidence.http, None);
    assert_eq!(evidence.websocket, None);
    Ok(())
}

/// The environment variable that hands the stand-in's port to the child process.
const CHILD_PORT: &str = "RDPD_GATEWAY_CHILD_PORT";
/// The line prefix under which the child prints its evidence as JSON.
const CHILD_EVIDENCE: &str = "gateway-evidence: ";

/// Runs `child_probes_with_the_system_trust_store` in a child process with `SSL_CERT_FILE`
/// set to `ca_bundle` (or unset when `None`) and returns the evidence it printed.
fn probe_in_child(port: u16, ca_bundle: Option<&std::path::Path>) -> Result<GatewayEvidence> {
    let mut command = Command::new(std::env::current_exe()?);
    command
        .args([
            "child_probes_with_the_system_trust_store",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_PORT, port.to_string())
        .env_remove("SSL_CERT_DIR");
    match ca_bundle {
        Some(path) => command.env("SSL_CERT_FILE", path),
        None => command.env_remove("SSL_CERT_FILE"),
    };
    let output = run_with_timeout(command, Duration::from_secs(60))?;
    let json = output
        .stdout
        .lines()
        // libtest prints "test NAME ... " on the same line before the test's own output.
        .find_map(|line| line.split_once(CHILD_EVIDENCE).map(|(_, json)| json))
        .with_context(|| {
            format!(
                "the child printed no evidence (exit {})\n--- stdout\n{}\n--- stderr\n{}",
                output.code, output.stdout, output.stderr
            )
        })?;
    Ok(serde_json::from_str(json)?)
}

#[test]
fn a_gateway_is_trusted_through_ssl_cert_file() -> Result<()> {
    let stand_in = GatewayStandIn::start(GatewayCert::Trusted, GatewayBehaviour::Gateway)?;

    let evidence = probe_in_child(stand_in.port(), Some(stand_in.ca_bundle()))?;
    let tls = evidence.tls.as_ref().context("tls evidence")?;
    assert!(tls.trusted, "not trusted: {:?}", tls.trust_error);
    assert!(answered(401, &["Negotiate", "NTLM"])(&evidence.http));

    // The same gateway without the test CA in the store: the variable made the difference.
    let evidence = probe_in_child(stand_in.port(), None)?;
    let tls = evidence.tls.as_ref().context("tls evidence")?;
    assert!(!tls.trusted);
    assert!(tls.trust_error.is_some());
    assert!(answered(401, &["Negotiate", "NTLM"])(&evidence.http));
    Ok(())
}

/// The child half of `a_gateway_is_trusted_through_ssl_cert_file`: the plain `probe`, with
/// whatever trust store the environment gives. Does nothing unless started by it.
#[test]
#[ignore = "run by a_gateway_is_trusted_through_ssl_cert_file in a child process"]
fn child_probes_with_the_system_trust_store() {
    let Some(port) = std::env::var(CHILD_PORT)
        .ok()
        .and_then(|p| p.parse::<u16>().ok())
    else {
        return;
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let config = CheckConfig::default();
    let evidence = runtime.block_on(async {
        let deadline = Deadline::after(config.budget);
        gateway::probe("localhost", port, &config, &deadline).await
    });
    let json = serde_json::to_string(&evidence).expect("evidence serializes");
    println!("{CHILD_EVIDENCE}{json}");
}

//! `rdp-doctor check` end to end against real servers (xrdp, FreeRDP shadow) and our own
//! fault responders: each test asserts the finding ids the CLI reports and the key evidence.
//!
//! The scenarios in the table below run twice, with the Linux CLI and with the Windows CLI
//! (`x86_64-pc-windows-gnu`) under Wine, against the same server: both builds must give the
//! table's exit code, verdict and findings, and the same finding ids as each other.

use std::process::Command;

use anyhow::Result;
use rdp_doctor_tests::gateway::{GatewayBehaviour, GatewayCert, GatewayStandIn};
use rdp_doctor_tests::report::{assert_within_budget, finding, ids, row};
use rdp_doctor_tests::responders::{HTTP_BAD_REQUEST, SSH_BANNER, non_tpkt_bytes};
use rdp_doctor_tests::{
    Behaviour, Build, CertSpec, FreerdpShadow, Netns, RefusedPort, Responder, SecurityLayer,
    TlsVersions, Xrdp, XrdpOptions, check_json, cli_binary, run_json, run_with_timeout,
};
use serde_json::Value;

fn assert_has(report: &Value, want: &[&str]) {
    let got = ids(report);
    for id in want {
        assert!(
            got.iter().any(|g| g == id),
            "expected {id} in {got:?}; evidence: {}",
            report["evidence"]
        );
    }
}

// ------------------------------------------------------------ one table, two builds

/// What a check of one real server must show, whichever build runs it.
struct Scenario {
    /// Arguments after `check TARGET --json`.
    args: &'static [&'static str],
    exit: i32,
    verdict: &'static str,
    /// Findings that must be there (others may be too).
    findings: &'static [&'static str],
    /// Further assertions on each build's report.
    check: fn(&Value),
}

const EXPIRED_CERTIFICATE: Scenario = Scenario {
    args: &["--error", "0x904/0x7"],
    exit: 2,
    verdict: "fail",
    findings: &[
        "cert.expired",
        "rdp.negotiated",
        "tls.ok",
        "cert.self_signed",
    ],
    check: expired_certificate_details,
};
const HEALTHY_TLS: Scenario = Scenario {
    args: &[],
    exit: 1,
    verdict: "warn",
    findings: &[
        "reach.open",
        "rdp.negotiated",
        "rdp.nla_not_required",
        "tls.ok",
        "cert.self_signed",
    ],
    check: healthy_tls_details,
};
const NLA_REQUIRED: Scenario = Scenario {
    args: &[],
    exit: 1,
    verdict: "warn",
    findings: &["rdp.nla_required", "nla.ok", "tls.ok"],
    check: nla_details,
};
const STANDARD_RDP_SECURITY_ONLY: Scenario = Scenario {
    args: &[],
    exit: 1,
    verdict: "warn",
    findings: &["rdp.legacy_security_only"],
    check: |report| assert_eq!(row(report, "tls"), "skipped"),
};
const TLS_1_0_ONLY: Scenario = Scenario {
    args: &[],
    exit: 2,
    verdict: "fail",
    findings: &["tls.legacy_only"],
    check: |report| {
        assert_eq!(
            finding(report, "tls.legacy_only")["evidence"]["server_version"],
            "TLS 1.0"
        );
    },
};
const CLOSED_PORT: Scenario = Scenario {
    args: &[],
    exit: 2,
    verdict: "fail",
    findings: &["reach.refused"],
    check: |report| assert_eq!(row(report, "rdp"), "skipped"),
};
const SILENT_LISTENER: Scenario = Scenario {
    args: &[],
    exit: 2,
    verdict: "fail",
    findings: &["reach.open", "rdp.no_response"],
    check: assert_within_budget,
};

/// Findings about the computer that runs the check, which differ by platform by design (the
/// Windows build reads the CredSSP policy and saved sign-ins; each OS has its own apps and
/// network adapters).
fn about_this_computer(id: &str) -> bool {
    id.starts_with("client.") || id.starts_with("network.")
}

/// Findings judged from round-trip times: two runs a moment apart (one of them under Wine, on a
/// loaded machine) may rightly judge the link differently, so the builds are not compared on
/// them; the scenarios that are about the link assert their quality finding themselves.
fn measured(id: &str) -> bool {
    id.starts_with("quality.")
}

impl Scenario {
    /// Runs the scenario against `target` with every build and compares them.
    fn run(&self, target: &str) -> Result<()> {
        let mut seen: Vec<(Build, Vec<String>)> = Vec::new();
        for build in Build::ALL {
            let (code, report) = build.check_json(target, self.args)?;
            let got = ids(&report);
            assert_eq!(code, self.exit, "{build}: exit code; findings {got:?}");
            assert_eq!(report["verdict"], self.verdict, "{build}: {got:?}");
            for id in self.findings {
                assert!(
                    got.iter().any(|g| g == id),
                    "{build}: expected {id} in {got:?}; evidence: {}",
                    report["evidence"]
                );
            }
            (self.check)(&report);
            let mut remote: Vec<String> = got
                .into_iter()
                .filter(|i| !about_this_computer(i) && !measured(i))
                .collect();
            remote.sort();
            seen.push((build, remote));
        }
        if let [(first, a), (second, b)] = seen.as_slice() {
            assert_eq!(a, b, "{first} and {second} found different things");
        }
        Ok(())
    }
}

fn expired_certificate_details(report: &Value) {
    let expired = finding(report, "cert.expired");
    assert_eq!(expired["severity"], "fail");
    assert_eq!(expired["evidence"]["not_after"], "2021-01-01T00:00:00Z");
    assert!(
        expired["title"]
            .as_str()
            .is_some_and(|t| t.contains("1 January 2021")),
        "{}",
        expired["title"]
    );
    assert_eq!(expired["explains_error_code"], true);
    // The error code the user saw puts the explaining finding first.
    assert_eq!(
        ids(report).first().map(String::as_str),
        Some("cert.expired")
    );
    let fixes: Vec<&str> = expired["fixes"]
        .as_array()
        .map(|f| f.iter().filter_map(|x| x["id"].as_str()).collect())
        .unwrap_or_default();
    assert!(fixes.contains(&"fix.renew_certificate"), "{fixes:?}");
    // The renewal as the issue asks for it: only expired certificates go, TermService restarts,
    // the new thumbprint is shown; with its risk and its place.
    let renewal = expired["fixes"]
        .as_array()
        .and_then(|f| f.iter().find(|x| x["id"] == "fix.renew_certificate"))
        .expect("renewal");
    assert_eq!(renewal["where"], "remote_computer");
    assert_eq!(renewal["needs_admin"], true);
    assert!(renewal["risk"].as_str().is_some_and(|r| !r.is_empty()));
    let script = renewal["commands"][0]["text"].as_str().unwrap_or_default();
    assert_eq!(renewal["commands"][0]["shell"], "powershell");
    for needle in [
        r"Cert:\LocalMachine\Remote Desktop",
        "Where-Object { $_.NotAfter -lt (Get-Date) }",
        "Remove-Item",
        "Restart-Service -Name TermService",
        "Thumbprint",
    ] {
        assert!(script.contains(needle), "{needle} missing from:\n{script}");
    }
    assert_eq!(row(report, "tls"), "fail");
    assert!(
        report["summary"]
            .as_str()
            .is_some_and(|s| s.contains("expired on 1 January 2021"))
    );
}

fn healthy_tls_details(report: &Value) {
    let accepted = &finding(report, "rdp.negotiated")["evidence"]["accepted"];
    assert_eq!(accepted, &serde_json::json!(["rdp", "tls"]));
    let tls = finding(report, "tls.ok");
    assert!(
        tls["evidence"]["version"]
            .as_str()
            .is_some_and(|v| v.starts_with("TLS 1."))
    );
    assert!(
        report["evidence"]["certificate"]["sha1_thumbprint"]
            .as_str()
            .is_some_and(|t| t.len() == 40)
    );
}

fn nla_details(report: &Value) {
    let ok = finding(report, "nla.ok");
    assert_eq!(
        ok["evidence"]["netbios_computer"].as_str(),
        Some(rdp_doctor_tests::expected_computer_name().as_str())
    );
    assert!(ok["evidence"]["server_time"].is_string());
    let refused = &finding(report, "rdp.negotiated")["evidence"]["attempts"];
    assert!(
        refused.to_string().contains("HYBRID_REQUIRED_BY_SERVER"),
        "{refused}"
    );
    assert_within_budget(report);
}

#[test]
fn xrdp_with_an_expired_certificate_gives_cert_expired_with_its_date() -> Result<()> {
    // security_layer=tls, as a Windows host set to "SSL" presents its certificate.
    let server = Xrdp::start(XrdpOptions {
        security_layer: SecurityLayer::Tls,
        cert: CertSpec::expired("xrdp.rdpd.test"),
        ..Default::default()
    })?;
    EXPIRED_CERTIFICATE.run(&server.target())
}

#[test]
fn healthy_xrdp_negotiates_tls_and_only_warns() -> Result<()> {
    let server = Xrdp::start(XrdpOptions::default())?;
    HEALTHY_TLS.run(&server.target())
}

#[test]
fn freerdp_requiring_nla_gives_nla_required_and_the_server_name() -> Result<()> {
    let server = FreerdpShadow::start_nla()?;
    NLA_REQUIRED.run(&server.target())
}

#[test]
fn xrdp_set_to_rdp_security_gives_legacy_security_only() -> Result<()> {
    let server = Xrdp::start(XrdpOptions {
        security_layer: SecurityLayer::Rdp,
        ..Default::default()
    })?;
    STANDARD_RDP_SECURITY_ONLY.run(&server.target())
}

#[test]
fn xrdp_limited_to_tls_1_0_gives_tls_legacy_only() -> Result<()> {
    let server = Xrdp::start(XrdpOptions {
        tls: TlsVersions::Tls10Only,
        ..Default::default()
    })?;
    TLS_1_0_ONLY.run(&server.target())
}

#[test]
fn closed_port_gives_reach_refused() -> Result<()> {
    let port = RefusedPort::new()?;
    CLOSED_PORT.run(&port.addr().to_string())
}

#[test]
fn listener_that_never_answers_gives_rdp_no_response_within_budget() -> Result<()> {
    let silent = Responder::silent()?;
    SILENT_LISTENER.run(&silent.addr().to_string())
}
#[test]
fn trickling_server_is_cut_off_by_the_step_deadline() -> Result<()> {
    let trickle = Responder::start(Behaviour::Trickle {
        interval: std::time::Duration::from_millis(300),
    })?;
    let (_, report) = check_json(&trickle.addr().to_string(), &["--timeout", "4"])?;
    let got = ids(&report);
    assert!(
        got.iter()
            .any(|i| i == "rdp.no_response" || i == "rdp.not_rdp"),
        "{got:?}"
    );
    assert!(report["duration_ms"].as_u64().unwrap_or(u64::MAX) <= 4_000);
    Ok(())
}

#[test]
fn dropped_port_gives_reach_filtered() -> Result<()> {
    let ns = Netns::new()?;
    ns.drop_tcp_port(3389)?;
    let mut command = ns.command(cli_binary());
    command.args(["check", "127.0.0.1:3389", "--json"]);
    let (code, report) = run_json(command)?;
    assert_has(&report, &["reach.filtered"]);
    assert_eq!(code, 2);
    assert_within_budget(&report);
    // The other ports answer (refused), so the PC is on: a firewall drops the RDP port.
    let answering = &finding(&report, "reach.filtered")["evidence"]["answering_ports"];
    assert!(answering.to_string().contains("445"), "{answering}");
    Ok(())
}

#[test]
fn host_that_answers_nothing_is_asleep_or_off() -> Result<()> {
    let ns = Netns::new()?;
    let drop_all = ns.run("iptables", &["-A", "INPUT", "-p", "tcp", "-j", "DROP"])?;
    assert!(drop_all.status.success(), "{drop_all:?}");
    let mut command = ns.command(cli_binary());
    command.args(["check", "127.0.0.1", "--json"]);
    let (code, report) = run_json(command)?;
    assert_has(&report, &["reach.host_asleep_or_off"]);
    assert!(
        !ids(&report).iter().any(|i| i == "reach.filtered"),
        "{:?}",
        ids(&report)
    );
    assert_eq!(code, 2);
    assert_within_budget(&report);
    let fixes = finding(&report, "reach.host_asleep_or_off")["fixes"].to_string();
    assert!(
        fixes.contains("fix.wake_on_lan") && fixes.contains("fix.disable_sleep"),
        "{fixes}"
    );
    Ok(())
}

#[test]
fn reset_and_close_after_the_request_give_rdp_denied() -> Result<()> {
    for behaviour in [Behaviour::ResetAfterAccept, Behaviour::CloseAfterRequest] {
        let responder = Responder::start(behaviour.clone())?;
        let (code, report) = check_json(&responder.addr().to_string(), &[])?;
        assert_has(&report, &["rdp.denied"]);
        assert_eq!(code, 2, "{behaviour:?}");
    }
    Ok(())
}

#[test]
fn other_protocols_on_the_port_give_rdp_not_rdp() -> Result<()> {
    let cases: [(Vec<u8>, &str); 3] = [
        (SSH_BANNER.to_vec(), "SSH"),
        (HTTP_BAD_REQUEST.to_vec(), "web server"),
        (non_tpkt_bytes(), "does not understand"),
    ];
    for (bytes, words) in cases {
        let responder = Responder::start(Behaviour::Garbage(bytes))?;
        let (code, report) = check_json(&responder.addr().to_string(), &[])?;
        let f = finding(&report, "rdp.not_rdp");
        // The title names what answered; the detail says what showed it.
        let said = format!("{} {}", f["title"], f["detail"]);
        assert!(said.contains(words), "{said}");
        assert_eq!(code, 2);
    }
    Ok(())
}

fn cli(args: &[&str]) -> Result<rdp_doctor_tests::CliOutput> {
    let mut c = Command::new(cli_binary());
    c.args(args);
    run_with_timeout(c, std::time::Duration::from_secs(30))
}

#[test]
fn hostile_input_gets_one_sentence_and_exit_3() -> Result<()> {
    for build in Build::ALL {
        hostile_input(build)?;
    }
    Ok(())
}

fn hostile_input(build: Build) -> Result<()> {
    for args in [
        vec!["check", "pc;rm -rf /"],
        vec!["check", "$(reboot)"],
        vec!["check", "host:70000"],
        vec!["check", "[::1"],
        vec!["check", "host", "--timeout", "lots"],
        vec!["check", "host", "--error", "oops"],
        vec!["check", "host", "--watch", "forever"],
        vec!["check", "host", "--gateway", "gw;calc"],
        vec!["check", "--bogus"],
    ] {
        let out = build.run(&args)?;
        assert_eq!(out.code, 3, "{build}, {args:?}: {out:?}");
        assert!(out.stdout.is_empty(), "{build}, {args:?}");
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert_eq!(
            lines.len(),
            1,
            "{build}: one sentence for {args:?}: {:?}",
            out.stderr
        );
        assert!(!out.stderr.contains("panicked"));
    }
    let out = build.run(&["check", "host:70000", "--json"])?;
    assert_eq!(out.code, 3);
    let report = out.json()?;
    assert_eq!(ids(&report), ["input.invalid_port"]);
    assert_eq!(report["verdict"], "fail");
    Ok(())
}

#[test]
fn rdp_files_good_and_bad() -> Result<()> {
    let dir = rdp_doctor_tests::temp_dir("rdpfile")?;
    let binary = dir.path().join("binary.rdp");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 0, 1, 2, 3, 0xff, 0xfe, 0])?;
    let out = cli(&[
        "check",
        "--rdp-file",
        binary.to_str().unwrap_or_default(),
        "--json",
    ])?;
    assert_eq!(out.code, 3);
    assert_eq!(ids(&out.json()?), ["input.rdp_file_invalid"]);

    let missing = dir.path().join("no-address.rdp");
    std::fs::write(&missing, "screen mode id:i:2\r\nusername:s:someone\r\n")?;
    let out = cli(&["check", "--rdp-file", missing.to_str().unwrap_or_default()])?;
    assert_eq!(out.code, 3);
    assert!(out.stderr.contains("full address"), "{}", out.stderr);

    // A line that is not a setting is skipped, as mstsc skips it, and named for IT.
    let port = RefusedPort::new()?;
    let broken = dir.path().join("broken.rdp");
    std::fs::write(
        &broken,
        format!("full address:s:{}\r\nthis line is wrong\r\n", port.addr()),
    )?;
    let out = cli(&[
        "check",
        "--rdp-file",
        broken.to_str().unwrap_or_default(),
        "--json",
    ])?;
    let report = out.json()?;
    assert_has(&report, &["reach.refused", "input.rdp_file_lines_skipped"]);
    assert_eq!(
        finding(&report, "input.rdp_file_lines_skipped")["evidence"]["skipped_lines"],
        serde_json::json!(["line 2: it is not of the form name:type:value"])
    );

    // As mstsc saves it: UTF-16LE with a BOM and CRLF, the port in "server port".
    let text = format!(
        "screen mode id:i:2\r\nfull address:s:127.0.0.1\r\nserver port:i:{}\r\n",
        port.port()
    );
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let good = dir.path().join("good.rdp");
    std::fs::write(&good, bytes)?;
    let out = cli(&[
        "check",
        "--rdp-file",
        good.to_str().unwrap_or_default(),
        "--json",
    ])?;
    let report = out.json()?;
    assert_eq!(
        report["target"]["port"].as_u64(),
        Some(u64::from(port.port()))
    );
    assert_eq!(report["target"]["source"]["kind"], "rdp_file");
    assert_has(&report, &["reach.refused"]);
    Ok(())
}

#[test]
fn rdp_file_settings_that_fail_by_themselves_against_real_servers() -> Result<()> {
    let dir = rdp_doctor_tests::temp_dir("rdpfile-settings")?;
    let check = |name: &str, target: &str, setting: &str| -> Result<Value> {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("full address:s:{target}\r\n{setting}\r\n"))?;
        let out = cli(&["check", "--rdp-file", &path.to_string_lossy(), "--json"])?;
        out.json()
    };
    // CredSSP off in the file, while the FreeRDP shadow server requires NLA.
    let shadow = FreerdpShadow::start_nla()?;
    let report = check(
        "no-credssp.rdp",
        &shadow.target(),
        "enablecredsspsupport:i:0",
    )?;
    let f = finding(&report, "input.rdp_file_disables_nla");
    assert_eq!(f["severity"], "fail", "{f:#}");
    assert_eq!(row(&report, "input"), "fail");
    assert_has(&report, &["rdp.nla_required"]);
    assert_within_budget(&report);
    // The same file against a server that does not ask for NLA is fine.
    let xrdp = Xrdp::start(XrdpOptions::default())?;
    let report = check(
        "no-credssp-xrdp.rdp",
        &xrdp.target(),
        "enablecredsspsupport:i:0",
    )?;
    assert!(!ids(&report).contains(&"input.rdp_file_disables_nla".to_owned()));
    // "Do not connect unless the certificate is trusted", against xrdp's certificate made out to
    // another name than the address the file names.
    let report = check("strict.rdp", &xrdp.target(), "authentication level:i:1")?;
    let f = finding(&report, "input.rdp_file_requires_trusted_certificate");
    assert_eq!(f["severity"], "fail", "{f:#}");
    let report = check("lenient.rdp", &xrdp.target(), "authentication level:i:2")?;
    assert!(
        !ids(&report).contains(&"input.rdp_file_requires_trusted_certificate".to_owned()),
        "{:?}",
        ids(&report)
    );
    Ok(())
}

#[test]
fn an_rdp_files_alternate_address_is_checked_too() -> Result<()> {
    let dir = rdp_doctor_tests::temp_dir("rdpfile-alternate")?;
    let xrdp = Xrdp::start(XrdpOptions::default())?;
    let stale = RefusedPort::new()?;
    let write = |name: &str, alternate: &str| -> Result<String> {
        let path = dir.path().join(name);
        std::fs::write(
            &path,
            format!(
                "full address:s:{}\r\nalternate full address:s:{alternate}\r\n",
                xrdp.target()
            ),
        )?;
        Ok(path.to_string_lossy().into_owned())
    };
    // The main address works, the alternate one (a stale entry) refuses: a warning naming it.
    let file = write("stale.rdp", &stale.addr().to_string())?;
    let out = cli(&["check", "--rdp-file", &file, "--json"])?;
    let report = out.json()?;
    let f = finding(&report, "input.rdp_file_alternate_address");
    assert_eq!(f["severity"], "warn", "{f:#}");
    assert!(
        f["title"]
            .as_str()
            .unwrap_or_default()
            .contains("does not answer"),
        "{f:#}"
    );
    assert_eq!(
        f["evidence"]["port"].as_u64(),
        Some(u64::from(stale.port()))
    );
    assert_within_budget(&report);
    // The same address twice is not an alternate at all.
    let file = write("same.rdp", &xrdp.target())?;
    let out = cli(&["check", "--rdp-file", &file, "--json"])?;
    let report = out.json()?;
    assert!(
        !ids(&report)
            .iter()
            .any(|i| i == "input.rdp_file_alternate_address"),
        "{:?}",
        ids(&report)
    );
    let file = write("garbage.rdp", "pc;rm -rf /")?;
    let out = cli(&["check", "--rdp-file", &file, "--json"])?;
    let f = finding(&out.json()?, "input.rdp_file_alternate_address").clone();
    assert_eq!(f["severity"], "warn", "{f:#}");
    Ok(())
}

#[test]
fn text_output_is_a_plain_checklist_when_not_a_terminal() -> Result<()> {
    let port = RefusedPort::new()?;
    let out = cli(&["check", &port.addr().to_string()])?;
    assert_eq!(out.code, 2);
    assert!(
        out.stdout.contains("✗ Reaching the Remote Desktop port"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("[reach.refused]"));
    assert!(!out.stdout.contains('\x1b'), "no colours into a pipe");
    Ok(())
}

/// `rdp-doctor check TARGET --gateway GW --json` trusting the stand-in's test CA, as a system
/// whose trust store holds that CA would.
fn check_through_gateway(
    target: &str,
    extra: &[&str],
    gateway: &GatewayStandIn,
) -> Result<(i32, Value)> {
    let mut c = Command::new(cli_binary());
    c.args(["check", target, "--json"]).args(extra);
    c.env("SSL_CERT_FILE", gateway.ca_bundle())
        .env_remove("SSL_CERT_DIR");
    run_json(c)
}

#[test]
fn healthy_gateway_makes_the_unreachable_host_expected() -> Result<()> {
    let gateway = GatewayStandIn::start(GatewayCert::Trusted, GatewayBehaviour::Gateway)?;
    let host = RefusedPort::new()?;
    let gw = format!("localhost:{}", gateway.port());
    let (_, report) =
        check_through_gateway(&host.addr().to_string(), &["--gateway", &gw], &gateway)?;
    assert_has(&report, &["gateway.ok", "gateway.websocket"]);
    assert_eq!(row(&report, "gateway"), "ok");
    // The direct path failing is expected through a gateway: grey, not red.
    assert_eq!(row(&report, "reach"), "skipped");
    assert_ne!(report["verdict"], "fail", "{:?}", ids(&report));
    let ok = finding(&report, "gateway.ok");
    assert!(
        ok["detail"]
            .as_str()
            .is_some_and(|d| d.contains("Negotiate")),
        "{}",
        ok["detail"]
    );
    Ok(())
}

#[test]
fn gateway_faults_name_the_broken_hop() -> Result<()> {
    let host = RefusedPort::new()?;
    let cases = [
        (
            GatewayCert::Expired,
            GatewayBehaviour::Gateway,
            "gateway.cert_invalid",
            "expired",
        ),
        (
            GatewayCert::WrongName,
            GatewayBehaviour::Gateway,
            "gateway.cert_invalid",
            "another name",
        ),
        (
            GatewayCert::Trusted,
            GatewayBehaviour::NotAGateway,
            "gateway.not_a_gateway",
            "404",
        ),
        (
            GatewayCert::Trusted,
            GatewayBehaviour::CloseAfterTls,
            "gateway.not_a_gateway",
            "closed",
        ),
        (
            GatewayCert::SelfSigned,
            GatewayBehaviour::Gateway,
            "gateway.cert_invalid",
            "trusted",
        ),
        (
            GatewayCert::Trusted,
            GatewayBehaviour::Silent,
            "gateway.no_answer",
            "does not answer",
        ),
    ];
    for (cert, behaviour, id, words) in cases {
        let gateway = GatewayStandIn::start(cert, behaviour)?;
        let gw = format!("localhost:{}", gateway.port());
        let (code, report) =
            check_through_gateway(&host.addr().to_string(), &["--gateway", &gw], &gateway)?;
        let f = finding(&report, id);
        let text = format!("{} {}", f["title"], f["detail"]);
        assert!(text.contains(words), "{cert:?}/{behaviour:?}: {text}");
        assert_eq!(row(&report, "gateway"), "fail", "{cert:?}/{behaviour:?}");
        assert_eq!(code, 2);
        assert_within_budget(&report);
    }
    let port = RefusedPort::new()?;
    let (_, report) = check_json(
        &host.addr().to_string(),
        &["--gateway", &port.addr().to_string()],
    )?;
    assert_has(&report, &["gateway.unreachable"]);
    Ok(())
}

#[test]
fn rdp_file_with_a_gateway_is_checked_hop_by_hop() -> Result<()> {
    let gateway = GatewayStandIn::start(GatewayCert::Expired, GatewayBehaviour::Gateway)?;
    let host = RefusedPort::new()?;
    let dir = rdp_doctor_tests::temp_dir("rdpgw")?;
    let file = gateway.rdp_file(dir.path(), host.addr())?;
    let mut c = Command::new(cli_binary());
    c.args([
        "check",
        "--rdp-file",
        file.to_str().unwrap_or_default(),
        "--json",
    ]);
    c.env("SSL_CERT_FILE", gateway.ca_bundle())
        .env_remove("SSL_CERT_DIR");
    let (code, report) = run_json(c)?;
    assert_eq!(report["target"]["gateway"]["usage_method"], 1);
    assert_eq!(report["evidence"]["gateway"]["from_rdp_file"], true);
    // The gateway hop breaks (its certificate expired); the direct hop is expected to be closed.
    assert_has(&report, &["gateway.cert_invalid"]);
    assert_eq!(
        ids(&report).first().map(String::as_str),
        Some("gateway.cert_invalid")
    );
    assert_eq!(row(&report, "reach"), "skipped");
    assert_eq!(code, 2);
    Ok(())
}

/// A listener that answers every other connection like an RDP server and drops the rest right
/// after the request: a link that fails now and then.
struct Flaky {
    addr: std::net::SocketAddr,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Flaky {
    fn start() -> Result<Flaky> {
        use std::io::{Read, Write};
        use std::sync::atomic::Ordering;
        let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = stop.clone();
        std::thread::spawn(move || {
            let mut n = 0u32;
            while !flag.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((mut s, _)) => {
                        n += 1;
                        let _ = s.set_nonblocking(false);
                        let _ = s.set_read_timeout(Some(std::time::Duration::from_secs(2)));
                        let mut req = [0u8; 19];
                        let _ = s.read_exact(&mut req);
                        if n.is_multiple_of(2) {
                            // RDP_NEG_RSP selecting standard RDP security (MS-RDPBCGR 2.2.1.2.1)
                            let _ = s.write_all(&[
                                3, 0, 0, 19, 14, 0xd0, 0, 0, 0x12, 0x34, 0, 2, 0, 8, 0, 0, 0, 0, 0,
                            ]);
                            std::thread::sleep(std::time::Duration::from_millis(50));
                        }
                    }
                    Err(_) => std::thread::sleep(std::time::Duration::from_millis(5)),
                }
            }
        });
        Ok(Flaky { addr, stop })
    }
}

impl Drop for Flaky {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

#[test]
fn watching_counts_the_attempts_that_fail() -> Result<()> {
    let flaky = Flaky::start()?;
    let (_, report) = check_json(&flaky.addr.to_string(), &["--watch", "4s"])?;
    let samples = report["evidence"]["watch"]["samples"]
        .as_array()
        .map_or(0, Vec::len);
    assert!((4..=5).contains(&samples), "{samples} samples");
    let quality = report["findings"]
        .as_array()
        .and_then(|a| a.iter().find(|f| f["area"] == "quality"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(quality["id"], "quality.drops_during_handshake", "{quality}");
    let title = quality["title"].as_str().unwrap_or_default();
    assert!(
        title.contains(&format!("of {samples} attempts failed")),
        "{title}"
    );

    let steady = Xrdp::start(XrdpOptions::default())?;
    let (_, report) = check_json(&steady.target(), &["--watch", "3s"])?;
    assert_has(&report, &["quality.ok"]);
    assert!(
        finding(&report, "quality.ok")["title"]
            .as_str()
            .is_some_and(|t| t.contains("stayed steady"))
    );
    Ok(())
}

//! Hostile peers: servers that trickle, reset in the middle of TLS, announce absurd lengths,
//! never end their headers, send TLS alerts or half-close. Against each, `rdp-doctor check
//! --json` must exit as a failed check does (never crash), print no panic, name the failure
//! in a finding, and end within its time budget.
//!
//! The RDP host's peers run against the Linux CLI and the Windows CLI under Wine; the gateway's
//! against the Linux CLI, which trusts the stand-in's test CA through `SSL_CERT_FILE` (as the
//! gateway tests in `check.rs` do), so only the HTTP exchange is at fault.

use std::process::Command;
use std::time::Duration;

use anyhow::{Context as _, Result};
use rdp_doctor_tests::gateway::{GatewayBehaviour, GatewayCert, GatewayStandIn};
use rdp_doctor_tests::report::{finding, ids};
use rdp_doctor_tests::{Behaviour, Build, CliOutput, RefusedPort, Responder, cli_binary};
use serde_json::Value;

/// Every check here runs with `--timeout 4`: its budget.
const BUDGET_MS: u64 = 4_000;
/// What a run may take beyond the check's budget: starting the program (under Wine too) and
/// reading this computer's setup.
const START_SLACK: Duration = Duration::from_secs(8);

/// What a check against a hostile peer must show.
struct Expect {
    /// The finding that names the failure.
    id: &'static str,
    /// One of these must appear in its title, detail or evidence (any case).
    words: &'static [&'static str],
    /// The words instead, for the Windows build under Wine, where they differ.
    words_under_wine: Option<&'static [&'static str]>,
    /// Allowed exit codes (2: a failure was found).
    exits: &'static [i32],
}

/// Runs `rdp-doctor check TARGET --json --timeout 4 EXTRA…` with `build` and checks the run
/// against `expect`; returns the report.
fn check_ends_well(
    build: Build,
    command: Command,
    target: &str,
    extra: &[&str],
    expect: &Expect,
) -> Result<Value> {
    let mut command = command;
    command
        .args(["check", target, "--json", "--timeout", "4"])
        .args(extra);
    let out = match build {
        Build::Native => rdp_doctor_tests::run_with_timeout(command, Duration::from_secs(30))?,
        Build::WindowsUnderWine => {
            rdp_doctor_tests::cli::run_with_timeout_via_files(command, Duration::from_secs(30))?
        }
    };
    judge(build, &out, expect)
}

fn judge(build: Build, out: &CliOutput, expect: &Expect) -> Result<Value> {
    assert!(
        !out.stderr.contains("panicked"),
        "{build} panicked:\n{}",
        out.stderr
    );
    let report = out.json().with_context(|| format!("{build}"))?;
    assert!(
        expect.exits.contains(&out.code),
        "{build}: exit {} (expected one of {:?}); findings {:?}",
        out.code,
        expect.exits,
        ids(&report)
    );
    let named = finding(&report, expect.id);
    let words = match build {
        Build::WindowsUnderWine => expect.words_under_wine.unwrap_or(expect.words),
        Build::Native => expect.words,
    };
    let text = format!(
        "{} {} {}",
        named["title"], named["detail"], named["evidence"]
    )
    .to_lowercase();
    assert!(
        words.iter().any(|w| text.contains(&w.to_lowercase())),
        "{build}: {} does not say {words:?}: {text}",
        expect.id,
    );
    let ms = report["duration_ms"].as_u64().unwrap_or(u64::MAX);
    assert!(
        ms <= BUDGET_MS,
        "{build}: the check took {ms} ms, over its budget"
    );
    assert!(
        out.elapsed <= Duration::from_millis(BUDGET_MS) + START_SLACK,
        "{build}: the run took {:?}",
        out.elapsed
    );
    // Seen with --nocapture: how long each hostile peer held the check.
    println!(
        "{build}: {} after {ms} ms of check, {:.1} s of run",
        expect.id,
        out.elapsed.as_secs_f64()
    );
    Ok(report)
}

/// The RDP host is `behaviour`; both builds.
fn host(behaviour: Behaviour, expect: &Expect) -> Result<()> {
    let peer = Responder::start(behaviour)?;
    for build in Build::ALL {
        check_ends_well(build, build.command()?, &peer.target(), &[], expect)?;
    }
    Ok(())
}

#[test]
fn a_trickling_server_is_cut_off_by_the_step_deadline() -> Result<()> {
    // One byte a second: the first four (a TPKT header announcing 65535 bytes) arrive only
    // after the negotiation's 1.2 s step, so nothing the server says is ever complete.
    host(
        Behaviour::Trickle {
            interval: Duration::from_secs(1),
        },
        &Expect {
            id: "rdp.no_response",
            words: &["no remote desktop reply came in time"],
            words_under_wine: None,
            exits: &[2],
        },
    )
}

#[test]
fn an_oversized_tpkt_length_is_refused_without_waiting_for_it() -> Result<()> {
    host(
        Behaviour::OversizedTpkt,
        &Expect {
            id: "rdp.not_rdp",
            words: &["65535 bytes"],
            words_under_wine: None,
            exits: &[2],
        },
    )
}

#[test]
fn a_half_close_after_the_request_is_a_hang_up() -> Result<()> {
    host(
        Behaviour::HalfClose,
        &Expect {
            id: "rdp.denied",
            words: &["closes it at once"],
            words_under_wine: None,
            exits: &[2],
        },
    )
}

#[test]
fn a_tls_alert_is_named() -> Result<()> {
    host(
        Behaviour::TlsAlert { x224: true },
        &Expect {
            id: "tls.handshake_failed",
            words: &["handshake_failure"],
            words_under_wine: None,
            exits: &[2],
        },
    )
}

#[test]
fn a_reset_after_the_server_hello_is_a_failed_handshake() -> Result<()> {
    host(
        Behaviour::ResetMidTls { x224: true },
        &Expect {
            id: "tls.handshake_failed",
            // Linux says "Connection reset by peer", Windows "forcibly closed by the remote host".
            words: &["reset", "forcibly closed"],
            // Under Wine the reset reaches the program either as WSAECONNRESET ("connection reset
            // by peer. (os error 10054)") or, in some runs, as the end of the stream ("tls
            // handshake eof"): both observed here.
            words_under_wine: Some(&["reset", "eof"]),
            exits: &[2],
        },
    )
}

#[test]
fn an_oversized_der_length_in_credssp_is_refused() -> Result<()> {
    host(
        Behaviour::OversizedDer,
        &Expect {
            id: "nla.failed",
            words: &["too large"],
            words_under_wine: None,
            exits: &[2],
        },
    )
}

/// `check <refused port> --gateway GATEWAY` with the Linux CLI trusting `ca` (a PEM bundle).
fn through_gateway(gateway: &str, ca: Option<&std::path::Path>, expect: &Expect) -> Result<Value> {
    let host = RefusedPort::new()?;
    let mut command = Command::new(cli_binary());
    if let Some(ca) = ca {
        command.env("SSL_CERT_FILE", ca).env_remove("SSL_CERT_DIR");
    }
    check_ends_well(
        Build::Native,
        command,
        &host.addr().to_string(),
        &["--gateway", gateway],
        expect,
    )
}

fn stand_in(behaviour: GatewayBehaviour, expect: &Expect) -> Result<Value> {
    let gateway = GatewayStandIn::start(GatewayCert::Trusted, behaviour)?;
    through_gateway(&gateway.gateway(), Some(gateway.ca_bundle()), expect)
}

#[test]
fn a_gateway_whose_headers_never_end_is_not_waited_out() -> Result<()> {
    stand_in(
        GatewayBehaviour::EndlessHeaders,
        &Expect {
            id: "gateway.not_a_gateway",
            words: &["too large"],
            words_under_wine: None,
            exits: &[2],
        },
    )?;
    Ok(())
}

#[test]
fn a_gateway_announcing_an_absurd_body_is_judged_by_its_head() -> Result<()> {
    let report = stand_in(
        GatewayBehaviour::OversizedContentLength,
        &Expect {
            id: "gateway.ok",
            words: &["negotiate"],
            words_under_wine: None,
            exits: &[0, 1, 2],
        },
    )?;
    assert_ne!(report["verdict"], "fail", "{:?}", ids(&report));
    Ok(())
}

#[test]
fn a_gateway_that_half_closes_after_the_request_closed_without_answering() -> Result<()> {
    stand_in(
        GatewayBehaviour::HalfClose,
        &Expect {
            id: "gateway.not_a_gateway",
            words: &["closed"],
            words_under_wine: None,
            exits: &[2],
        },
    )?;
    Ok(())
}

#[test]
fn a_gateway_sending_a_tls_alert_does_not_complete_a_secure_connection() -> Result<()> {
    let peer = Responder::start(Behaviour::TlsAlert { x224: false })?;
    through_gateway(
        &peer.target(),
        None,
        &Expect {
            id: "gateway.unreachable",
            words: &["alert"],
            words_under_wine: None,
            exits: &[2],
        },
    )?;
    Ok(())
}

#[test]
fn a_gateway_resetting_after_its_server_hello_does_not_complete_a_secure_connection() -> Result<()>
{
    let peer = Responder::start(Behaviour::ResetMidTls { x224: false })?;
    through_gateway(
        &peer.target(),
        None,
        &Expect {
            id: "gateway.unreachable",
            words: &["reset"],
            words_under_wine: None,
            exits: &[2],
        },
    )?;
    Ok(())
}

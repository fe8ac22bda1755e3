//! The desktop app end to end: real servers (xrdp, fault responders) checked through the window,
//! driven by WebDriver (`rdp_doctor_tests::gui`). Each test has its own display, driver and app;
//! GUI sessions run one at a time (an flock), under `cargo test` and `cargo nextest run` alike.
//! Every test saves at least one screenshot to `target/gui-screenshots/<test>-<name>.png`.
//!
//! Needs `tests/setup/install-gui-deps.sh` (and root for xrdp, like the other integration tests).
//! Cold start and memory are measured by `cargo xtask bench --startup`, not here.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Result;
use rdp_doctor_tests::gui::{self, Expected, GuiSession, WAIT, ensure};
use rdp_doctor_tests::{
    CertSpec, HostRecording, HostScenario, RefusedPort, Responder, Xrdp, XrdpOptions,
};

/// The whole check's budget (ARCHITECTURE.md), plus the page's own time to show it.
const CHECK_WAIT: Duration = Duration::from_secs(15);

/// Rows after `area` in the checklist's order.
fn rows_after(rows: &[(String, String)], area: &str) -> Vec<(String, String)> {
    rows.iter()
        .skip_while(|(a, _)| a != area)
        .skip(1)
        .cloned()
        .collect()
}

/// Runs an expired-certificate check (with error code 0x904/0x7) and waits for the fail verdict.
fn check_expired_certificate(gui: &mut GuiSession, server: &Xrdp) -> Result<()> {
    gui.start_check(&server.target(), Some("0x904/0x7"))?;
    let verdict = gui.wait_verdict(CHECK_WAIT)?;
    ensure(
        gui,
        verdict == "fail",
        &format!("expected the verdict fail, got {verdict:?}"),
    )
}

#[test]
fn expired_certificate_fails_with_its_date() -> Result<()> {
    let server = Xrdp::start(XrdpOptions {
        cert: CertSpec::expired("xrdp.rdpd.test"),
        ..Default::default()
    })?;
    let mut gui = GuiSession::start("expired_certificate")?;
    check_expired_certificate(&mut gui, &server)?;

    let tls = gui.row_status("tls")?;
    ensure(
        &mut gui,
        tls.as_deref() == Some("fail"),
        &format!("the tls row should be fail, is {tls:?}"),
    )?;
    let expired = r#"#findings [data-finding-id="cert.expired"][data-severity="fail"]"#;
    let has_finding = gui.exists(expired)?;
    ensure(
        &mut gui,
        has_finding,
        "no cert.expired finding with severity fail",
    )?;
    let banner = gui.text("#summary-banner")?;
    ensure(
        &mut gui,
        banner.contains("expired on 1 January 2021"),
        &format!("the banner should name the expiry date: {banner:?}"),
    )?;

    // The header: app version, the target, when, and the verdict.
    let version = gui.text("#app-version")?;
    let header = gui.text("#report-header")?;
    let header_verdict = gui.attr("#header-verdict", "data-verdict")?;
    let time = gui.text("#header-time")?;
    ensure(
        &mut gui,
        !version.is_empty()
            && header.contains(&server.target())
            && header_verdict.as_deref() == Some("fail")
            && !time.trim_matches('—').trim().is_empty(),
        &format!(
            "the header should show version, target {}, time and verdict: {header:?} \
             (version {version:?}, verdict {header_verdict:?})",
            server.target()
        ),
    )?;
    // The error code the user chose is explained by this finding.
    let finding_text = gui.text(expired)?;
    ensure(
        &mut gui,
        finding_text.contains("0x904"),
        &format!("cert.expired should say it explains 0x904: {finding_text:?}"),
    )?;
    gui.screenshot("result")?;
    Ok(())
}

#[test]
fn fix_button_copies_the_renewal_script_to_the_clipboard() -> Result<()> {
    let server = Xrdp::start(XrdpOptions {
        cert: CertSpec::expired("xrdp.rdpd.test"),
        ..Default::default()
    })?;
    let mut gui = GuiSession::start("fix_to_clipboard")?;
    check_expired_certificate(&mut gui, &server)?;

    let finding = r#"#findings [data-finding-id="cert.expired"]"#;
    let fix = r#"#findings [data-finding-id="cert.expired"] [data-fix-id="fix.renew_certificate"]"#;
    gui.click(&format!("{finding} button.finding-toggle"))?;
    gui.wait_visible(fix, WAIT)?;
    let label = gui.text(fix)?;
    ensure(
        &mut gui,
        label == "Copy command for IT",
        &format!("the fix button should read \"Copy command for IT\": {label:?}"),
    )?;
    gui.screenshot("expanded")?;

    gui.click(fix)?;
    let status = gui.wait_text("#status", WAIT)?;
    ensure(
        &mut gui,
        status.contains("clipboard"),
        &format!("#status should say the commands are on the clipboard: {status:?}"),
    )?;
    let clipboard = gui.clipboard_text()?;
    for needle in [
        r"Cert:\LocalMachine\Remote Desktop",
        "Where-Object { $_.NotAfter -lt (Get-Date) }",
        "Restart-Service -Name TermService",
        "Fix: Renew the remote PC's Remote Desktop certificate",
    ] {
        ensure(
            &mut gui,
            clipboard.contains(needle),
            &format!("the clipboard lacks {needle:?}:\n{clipboard}"),
        )?;
    }
    gui.screenshot("copied")?;
    Ok(())
}

#[test]
fn cancel_stops_a_check_that_waits_for_a_silent_server() -> Result<()> {
    let silent = Responder::silent()?;
    let mut gui = GuiSession::start("cancel")?;
    let started = Instant::now();
    gui.start_check(&silent.target(), None)?;
    // The port accepts, so the check waits in the Remote Desktop step for an answer that never
    // comes (about 3 s): cancel it there.
    gui.wait_attr_in(
        r#"#checklist li[data-area="reach"]"#,
        "data-status",
        &["ok", "info", "warn"],
        WAIT,
    )?;
    gui.wait_attr(
        r#"#checklist li[data-area="rdp"]"#,
        "data-status",
        "running",
        WAIT,
    )?;
    gui.screenshot("running")?;
    let waited = started.elapsed();

    let cancel_clicked = Instant::now();
    gui.click("#cancel-check")?;
    gui.wait_until(
        "the run button to be usable again",
        Duration::from_secs(5),
        "const run = document.querySelector('#run-check');
         return document.body.dataset.state !== 'running' && run && !run.disabled;",
        &[],
    )?;
    let stopped_after = cancel_clicked.elapsed();
    let total = started.elapsed();
    gui.screenshot("cancelled")?;

    let verdict = gui.attr("#summary-banner", "data-verdict")?;
    let rows = gui.rows()?;
    let rdp = gui.row_status("rdp")?;
    let cancel_hidden = gui
        .execute(
            "return document.querySelector('#cancel-check').hidden;",
            &[],
        )?
        .as_bool()
        .unwrap_or(false);
    eprintln!(
        "cancel: rdp step reached after {:.2} s, stopped {:.0} ms after the click; rows {rows:?}",
        waited.as_secs_f64(),
        stopped_after.as_secs_f64() * 1000.0
    );
    ensure(
        &mut gui,
        verdict.as_deref() == Some("cancelled"),
        &format!("the banner should say cancelled, data-verdict is {verdict:?}"),
    )?;
    ensure(
        &mut gui,
        rdp.as_deref() == Some("cancelled"),
        &format!("the rdp row was running and should be cancelled, is {rdp:?}"),
    )?;
    ensure(
        &mut gui,
        !rows.iter().any(|(_, status)| status == "running"),
        &format!("no row may still be running: {rows:?}"),
    )?;
    ensure(
        &mut gui,
        cancel_hidden,
        "#cancel-check should be hidden again",
    )?;
    // Left alone, the silent server would end the check (as a failure, not "cancelled") about
    // 3 s after it reached the Remote Desktop step; the whole check's budget is 10 s.
    ensure(
        &mut gui,
        stopped_after < Duration::from_secs(3) && total < Duration::from_secs(10),
        &format!(
            "cancelling took {stopped_after:?} ({total:?} since the start): not a prompt stop"
        ),
    )?;
    let status = gui.wait_text("#status", WAIT)?;
    ensure(
        &mut gui,
        status.to_lowercase().contains("cancel"),
        &format!("#status should say the check was cancelled: {status:?}"),
    )?;
    Ok(())
}

#[test]
fn refused_port_fails_reach_and_skips_the_rest() -> Result<()> {
    let port = RefusedPort::new()?;
    let mut gui = GuiSession::start("refused_port")?;
    // Enter in the target field runs the check too.
    gui.wait_visible("#target", WAIT)?;
    gui.type_into("#target", &port.addr().to_string())?;
    gui.send_keys("#target", gui::ENTER)?;
    let verdict = gui.wait_verdict(CHECK_WAIT)?;
    ensure(
        &mut gui,
        verdict == "fail",
        &format!("expected the verdict fail, got {verdict:?}"),
    )?;
    let reach = gui.row_status("reach")?;
    ensure(
        &mut gui,
        reach.as_deref() == Some("fail"),
        &format!("the reach row should be fail, is {reach:?}"),
    )?;
    let rows = gui.rows()?;
    let later = rows_after(&rows, "reach");
    ensure(
        &mut gui,
        !later.is_empty() && later.iter().all(|(_, status)| status == "skipped"),
        &format!("the rows after reach should all be skipped: {rows:?}"),
    )?;
    let refused = gui.exists(r#"#findings [data-finding-id="reach.refused"]"#)?;
    ensure(&mut gui, refused, "no reach.refused finding")?;
    gui.screenshot("result")?;
    page_can_only_run_fixes_of_the_current_report(&mut gui)
}

/// What a compromised page could try: a fix id the current report does not offer, and the
/// plugins' own commands (clipboard, dialog, shell/opener) that the capability does not grant.
fn page_can_only_run_fixes_of_the_current_report(gui: &mut GuiSession) -> Result<()> {
    let script = r#"
        const { invoke } = window.__TAURI__.core;
        const attempt = async (cmd, args) => {
            try { await invoke(cmd, args); return "ran"; }
            catch (e) { return (e && e.code) ? e.code : String(e); }
        };
        return (async () => ({
            offered: await attempt("run_fix", { fixId: "fix.firewall_rule" }),
            not_offered: await attempt("run_fix", { fixId: "fix.renew_certificate" }),
            clipboard: await attempt("plugin:clipboard-manager|write_text", { text: "calc.exe" }),
            dialog: await attempt("plugin:dialog|open", {}),
            opener: await attempt("plugin:opener|open_url", { url: "file:///etc/passwd" }),
            wake: await attempt("wake_pc", { mac: "00-1A-2B-3C-4D-5E" }),
        }))();
    "#;
    let out = gui.execute(script, &[])?;
    ensure(
        gui,
        out["offered"] == "ran",
        &format!("the offered fix should run: {out}"),
    )?;
    ensure(
        gui,
        out["not_offered"] == "unknown_fix",
        &format!("a fix outside the report must be refused: {out}"),
    )?;
    ensure(
        gui,
        out["wake"] == "unknown_fix",
        &format!("waking is refused when the report does not offer it: {out}"),
    )?;
    for denied in ["clipboard", "dialog", "opener"] {
        ensure(
            gui,
            out[denied] != "ran",
            &format!("{denied} must not be callable from the page: {out}"),
        )?;
    }
    let clip = gui.clipboard_text()?;
    ensure(
        gui,
        clip.contains("Enable-NetFirewallRule") && !clip.contains("calc.exe"),
        &format!("the clipboard should hold the offered fix only: {clip:?}"),
    )?;
    Ok(())
}

#[test]
fn healthy_xrdp_does_not_fail() -> Result<()> {
    let server = Xrdp::start(XrdpOptions::default())?;
    let mut gui = GuiSession::start("healthy_xrdp")?;
    gui.start_check(&server.target(), None)?;
    let verdict = gui.wait_verdict(CHECK_WAIT)?;
    ensure(
        &mut gui,
        verdict != "fail" && verdict != "error" && verdict != "cancelled",
        &format!("a healthy xrdp should not fail, verdict {verdict:?}"),
    )?;
    for area in ["rdp", "tls"] {
        let status = gui.row_status(area)?;
        ensure(
            &mut gui,
            matches!(status.as_deref(), Some("ok" | "warn")),
            &format!("the {area} row should be ok or warn, is {status:?}"),
        )?;
    }
    let fails = gui.count(r#"#findings [data-severity="fail"]"#)?;
    ensure(&mut gui, fails == 0, &format!("{fails} failing findings"))?;
    gui.screenshot("result")?;
    a_fix_the_app_acts_on_asks_first_in_the_backends_words(&mut gui)
}

/// Opening the app store (a fix the app itself acts on) asks first, worded by `engine::offers`;
/// Cancel opens nothing.
fn a_fix_the_app_acts_on_asks_first_in_the_backends_words(gui: &mut GuiSession) -> Result<()> {
    let button = r#"#findings [data-fix-id="fix.open_store_app"]"#;
    let offered = gui.exists(button)?;
    ensure(
        gui,
        offered,
        "no fix.open_store_app button (no Remote Desktop app here)",
    )?;
    // The finding sits folded under "Show what works"; the button's own click handler is what
    // counts here, so it is clicked from script.
    gui.execute(
        "document.querySelector(arguments[0]).click(); return true;",
        &[serde_json::json!(button)],
    )?;
    gui.wait_for("#confirm-dialog[open]", WAIT)?;
    let title = gui.text("#confirm-title")?;
    let body = gui.text("#confirm-body")?;
    let ok = gui.text("#confirm-ok")?;
    gui.screenshot("confirm")?;
    ensure(
        gui,
        title == "Open your app store?"
            && body.contains("RDP Doctor opens its page in your app store")
            && ok == "Open",
        &format!("the dialog should ask in the backend's words: {title:?} / {body:?} / {ok:?}"),
    )?;
    gui.click("#confirm-cancel")?;
    gui.wait_text_contains("#status", "Nothing was opened.", WAIT)?;
    let open = gui.exists("#confirm-dialog[open]")?;
    ensure(gui, !open, "the dialog should close on Cancel")
}

#[test]
fn a_pasted_freerdp_line_or_rdp_link_is_checked_without_showing_its_password() -> Result<()> {
    let server = Xrdp::start(XrdpOptions::default())?;
    let port = server.addr().port();
    let mut gui = GuiSession::start("pasted_line")?;
    for (typed, shown) in [
        (
            format!("xfreerdp /v:127.0.0.1:{port} /u:alice /p:S3cret!Pass +clipboard"),
            format!("127.0.0.1:{port}"),
        ),
        (
            format!(
                "rdp://full%20address=s:127.0.0.1:{port}&username=s:alice\
                 &password%2051=b:01000000D08C9DDF"
            ),
            format!("127.0.0.1:{port}"),
        ),
    ] {
        gui.start_check(&typed, None)?;
        let verdict = gui.wait_verdict(CHECK_WAIT)?;
        ensure(
            &mut gui,
            verdict == "warn",
            &format!("xrdp through {typed:?} should warn (no NLA), verdict {verdict:?}"),
        )?;
        let tls = gui.row_status("tls")?;
        ensure(
            &mut gui,
            matches!(tls.as_deref(), Some("ok" | "warn")),
            &format!("the tls row should be ok or warn, is {tls:?}"),
        )?;
        let header = gui.text("#header-target")?;
        ensure(
            &mut gui,
            header.contains(&shown),
            &format!("the header should name {shown}, says {header:?}"),
        )?;
        // The page's text (not the field the user typed into) never shows the credentials.
        let page = gui
            .execute("return document.body.innerText;", &[])?
            .as_str()
            .unwrap_or_default()
            .to_owned();
        for secret in ["S3cret", "alice", "D08C9DDF"] {
            ensure(
                &mut gui,
                !page.contains(secret),
                &format!("{secret} is shown on the page"),
            )?;
        }
    }
    gui.screenshot("result")?;
    Ok(())
}

#[test]
fn bad_input_fails_the_input_row_in_plain_words() -> Result<()> {
    let mut gui = GuiSession::start("bad_input")?;
    gui.start_check("pc;rm -rf /", None)?;
    let verdict = gui.wait_verdict(CHECK_WAIT)?;
    let input = gui.row_status("input")?;
    ensure(
        &mut gui,
        input.as_deref() == Some("fail"),
        &format!("the input row should be fail, is {input:?} (verdict {verdict:?})"),
    )?;
    let row = gui.text(r#"#checklist li[data-area="input"]"#)?;
    let banner = gui.text("#summary-banner")?;
    let summary = gui
        .execute(
            "const e = document.querySelector('#checklist li[data-area=\"input\"] .check-summary');
             return e ? e.innerText.trim() : '';",
            &[],
        )?
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let message = if summary.is_empty() {
        banner.clone()
    } else {
        summary
    };
    // Plain words: a sentence, no Rust or JSON debris.
    let debris = [
        "Err(",
        "Ok(",
        "BadInput",
        "::",
        "{",
        "}",
        "undefined",
        "null",
        "[object",
    ];
    ensure(
        &mut gui,
        message.split_whitespace().count() >= 3
            && !debris
                .iter()
                .any(|d| message.contains(d) || banner.contains(d)),
        &format!("the input problem should be said in plain words: row {row:?}, banner {banner:?}"),
    )?;
    // Nothing after the input may have run.
    let rows = gui.rows()?;
    ensure(
        &mut gui,
        rows_after(&rows, "input")
            .iter()
            .all(|(_, status)| status == "skipped"),
        &format!("nothing should run after bad input: {rows:?}"),
    )?;
    eprintln!("bad input: row {row:?}; banner {banner:?}");
    gui.screenshot("result")?;
    Ok(())
}

/// The number in `#watch-count[data-attempts]` once it is at least `at_least`.
fn wait_attempts(gui: &mut GuiSession, at_least: u64, timeout: Duration) -> Result<u64> {
    let found = gui.wait_until(
        &format!("#watch-count to count {at_least} attempts"),
        timeout,
        "const e = document.querySelector('#watch-count');
         const n = e ? Number(e.dataset.attempts) : 0;
         return n >= arguments[0] ? n : null;",
        &[serde_json::json!(at_least)],
    )?;
    Ok(found.as_u64().unwrap_or_default())
}

#[test]
fn watching_a_healthy_xrdp_plots_every_try_and_can_be_stopped() -> Result<()> {
    let server = Xrdp::start(XrdpOptions::default())?;
    let mut gui = GuiSession::start("watch")?;
    gui.start_check(&server.target(), None)?;
    gui.wait_verdict(CHECK_WAIT)?;
    // The port answered, so watching is offered, for 30 s unless the user picks longer.
    gui.wait_visible("#watch-start", WAIT)?;
    let picker = gui.execute(
        "const s = document.querySelector('#watch-duration');
         return [...s.options].map((o) => o.value).join(',') + '|' + s.value;",
        &[],
    )?;
    ensure(
        &mut gui,
        picker == "30,60,300|30",
        &format!("#watch-duration should offer 30, 60 and 300 s, 30 chosen: {picker}"),
    )?;

    // 1. A 3-second watch (a choice the test adds; people get 30 s at least) runs to its end.
    gui.execute(
        "const s = document.querySelector('#watch-duration');
         const o = document.createElement('option');
         o.value = '3';
         o.textContent = '3 seconds';
         s.append(o);
         s.value = '3';",
        &[],
    )?;
    gui.click("#watch-start")?;
    gui.wait_visible("#watch-panel", WAIT)?;
    let attempts = wait_attempts(&mut gui, 3, Duration::from_secs(15))?;
    // Finished: the report diagnosed again with the samples is shown like a check's.
    gui.wait_attr("#watch-result", "data-tone", "result", WAIT)?;
    gui.wait_visible("#watch-start", WAIT)?;
    let quality_row = gui.row_status("quality")?;
    ensure(
        &mut gui,
        quality_row.as_deref() == Some("ok"),
        &format!("the quality row should be ok after watching, is {quality_row:?}"),
    )?;
    let finding = r#"#findings [data-finding-id="quality.ok"]"#;
    let has_finding = gui.exists(finding)?;
    ensure(
        &mut gui,
        has_finding,
        "no quality.ok finding after watching",
    )?;
    let title = gui.execute(
        "const e = document.querySelector(arguments[0] + ' .finding-title');
         return e ? e.textContent.trim() : '';",
        &[serde_json::json!(finding)],
    )?;
    let title = title.as_str().unwrap_or_default().to_owned();
    ensure(
        &mut gui,
        title.contains(&format!(
            "stayed steady: {attempts} of {attempts} attempts worked"
        )),
        &format!("quality.ok should count the watched attempts ({attempts}): {title:?}"),
    )?;
    let marks = gui.count("#watch-plot .watch-mark")?;
    let failed_marks = gui.count("#watch-plot .watch-mark-fail")?;
    let failed = gui.attr("#watch-count", "data-failed")?;
    let count = gui.text("#watch-count")?;
    let result = gui.text("#watch-result")?;
    let label = gui.attr("#watch-plot", "aria-label")?.unwrap_or_default();
    ensure(
        &mut gui,
        marks >= 3 && failed_marks == 0 && failed.as_deref() == Some("0"),
        &format!(
            "the plot should have >= 3 marks and no failure: {marks} marks, {failed_marks} failed, data-failed {failed:?}"
        ),
    )?;
    ensure(
        &mut gui,
        count == format!("{attempts} attempts, 0 failed")
            && result.contains("stayed steady")
            && label.contains("none failed"),
        &format!("count {count:?}, result {result:?}, plot label {label:?}"),
    )?;
    gui.screenshot("watched")?;

    // 2. Watching again for 30 s, stopped after the first try: the tries so far stay.
    gui.execute(
        "document.querySelector('#watch-duration').value = '30';",
        &[],
    )?;
    gui.click("#watch-start")?;
    wait_attempts(&mut gui, 1, WAIT)?;
    gui.wait_visible("#watch-stop", WAIT)?;
    let clicked = Instant::now();
    gui.click("#watch-stop")?;
    let stopped = gui.wait_text_contains("#watch-result", "Stopped watching after", WAIT)?;
    let took = clicked.elapsed();
    let marks = gui.count("#watch-plot .watch-mark")?;
    let attempts = gui
        .attr("#watch-count", "data-attempts")?
        .unwrap_or_default();
    let usable = gui
        .execute(
            "const start = document.querySelector('#watch-start');
             const run = document.querySelector('#run-check');
             return !start.hidden && !start.disabled && !run.disabled
               && document.querySelector('#watch-stop').hidden;",
            &[],
        )?
        .as_bool()
        .unwrap_or(false);
    ensure(
        &mut gui,
        marks >= 1
            && marks.to_string() == attempts
            && stopped.contains(&format!("after {attempts} attempt"))
            && usable
            && took < Duration::from_secs(5),
        &format!(
            "after Stop: {stopped:?} with {marks} marks, data-attempts {attempts}, \
             buttons usable {usable}, {took:?} after the click"
        ),
    )?;
    gui.screenshot("stopped")?;
    Ok(())
}

#[test]
fn host_mode_shows_a_recorded_german_pc_with_its_fixes() -> Result<()> {
    let recording = HostRecording::new(HostScenario::BrokenGerman)?;
    let mut gui =
        GuiSession::start_with_env("host_mode", &[("RDP_DOCTOR_FACTS_DIR", recording.path())])?;
    gui.click("#check-host")?;
    let verdict = gui.wait_verdict(CHECK_WAIT)?;
    ensure(&mut gui, verdict == "fail", &format!("verdict {verdict:?}"))?;
    let rows = gui.rows()?;
    let expected = [
        ("host_setting", "fail"),
        ("host_service", "fail"),
        ("host_firewall", "fail"),
        ("host_certificate", "fail"),
        ("host_power", "warn"),
        ("host_sessions", "warn"),
    ];
    let got: Vec<(&str, &str)> = rows.iter().map(|(a, s)| (a.as_str(), s.as_str())).collect();
    ensure(&mut gui, got == expected, &format!("rows {got:?}"))?;
    let header = gui.text("#header-target")?;
    ensure(
        &mut gui,
        header.contains("This PC"),
        &format!("header {header:?}"),
    )?;
    for id in ["host.rdp_disabled", "host.cert_expired", "host.sessions"] {
        let n = gui.count(&format!(r#"#findings [data-finding-id="{id}"]"#))?;
        ensure(&mut gui, n == 1, &format!("{id} shown {n} times"))?;
    }
    // Host mode has no connection to watch.
    let watch_hidden = gui.execute(
        "return document.getElementById('watch-section').hidden",
        &[],
    )?;
    ensure(
        &mut gui,
        watch_hidden == serde_json::Value::Bool(true),
        "watch offered in host mode",
    )?;
    gui.screenshot("result")?;
    Ok(())
}

#[test]
fn a_recorded_home_network_that_clashes_with_the_office_shows_subnet_conflict() -> Result<()> {
    // A Windows laptop on a 192.168.1.0/24 home network with the office VPN up.
    let recording = rdp_doctor_tests::network_recording("windows", "split")?;
    let mut gui = GuiSession::start_with_env(
        "subnet_conflict",
        &[("RDP_DOCTOR_FACTS_DIR", recording.path())],
    )?;
    gui.start_check("192.168.1.50", None)?;
    gui.wait_verdict(CHECK_WAIT)?;
    let network = gui.row_status("network")?;
    ensure(
        &mut gui,
        network.as_deref() == Some("fail"),
        &format!("the network row should be red, is {network:?}"),
    )?;
    let shown = gui.count(r#"#findings [data-finding-id="network.subnet_conflict"]"#)?;
    ensure(&mut gui, shown == 1, "network.subnet_conflict is not shown")?;
    gui.screenshot("result")?;
    Ok(())
}

#[test]
fn a_rdp_file_opened_with_the_app_checks_its_gateway_hop_by_hop() -> Result<()> {
    use rdp_doctor_tests::gateway::{GatewayBehaviour, GatewayCert, GatewayStandIn};
    // The office's .rdp file: the PC behind an RD Gateway whose certificate expired.
    let gateway = GatewayStandIn::start(GatewayCert::Expired, GatewayBehaviour::Gateway)?;
    let host = RefusedPort::new()?;
    let dir = rdp_doctor_tests::temp_dir("gui-rdpgw")?;
    let file = gateway
        .rdp_file(dir.path(), host.addr())?
        .to_string_lossy()
        .into_owned();
    // Trusting the test CA (as a company's own CA would be) leaves the expiry as the one fault.
    let mut gui = GuiSession::start_with(
        "gateway_rdp_file",
        &[("SSL_CERT_FILE", gateway.ca_bundle())],
        &[&file],
    )?;
    let verdict = gui.wait_verdict(CHECK_WAIT)?;
    ensure(&mut gui, verdict == "fail", &format!("verdict {verdict:?}"))?;
    let status = gui.row_status("gateway")?;
    ensure(
        &mut gui,
        status.as_deref() == Some("fail"),
        &format!("the gateway row should be red, is {status:?}"),
    )?;
    let shown = gui.count(r#"#findings [data-finding-id="gateway.cert_invalid"]"#)?;
    ensure(&mut gui, shown == 1, "gateway.cert_invalid is not shown")?;
    // The direct hop is expected to be closed behind a gateway: grey, not red.
    let reach = gui.row_status("reach")?;
    ensure(
        &mut gui,
        reach.as_deref() == Some("skipped"),
        &format!("the reach row should be skipped behind a gateway, is {reach:?}"),
    )?;
    let header = gui.text("#header-target")?;
    ensure(
        &mut gui,
        header.contains("office.rdp"),
        &format!("the header should name the file: {header:?}"),
    )?;
    gui.screenshot("result")?;
    Ok(())
}

/// One RD Gateway fault as the window must show it once its `.rdp` file is opened.
struct GatewayCase {
    /// Screenshot name; the file is `gateway-<name>.rdp`, so the header tells the checks apart.
    name: &'static str,
    /// The gateway the file names (`host:port`).
    gateway: String,
    /// The banner's verdict and the gateway row's status.
    verdict: &'static str,
    status: &'static str,
    /// The finding, its severity, words of its title and of its whole text (title and details).
    finding: &'static str,
    severity: &'static str,
    title: &'static [&'static str],
    text: &'static str,
}

/// Opens the case's file through "Open .rdp file…" and checks what the window shows; returns
/// how long the dialog took (click to closed) and the check (closed to verdict).
fn check_gateway_file(
    gui: &mut GuiSession,
    case: &GatewayCase,
    file: &Path,
) -> Result<(Duration, Duration)> {
    let (verdict, dialog, took) = gui.check_rdp_file(file, CHECK_WAIT)?;
    let name = case.name;
    let expected = Expected {
        verdict: case.verdict,
        row: "gateway",
        status: case.status,
        finding: case.finding,
        severity: case.severity,
        words: case.title,
    };
    let (title, text) = gui.expect_shown(name, &verdict, &expected)?;
    // The direct hop is expected to be closed behind a gateway: grey, not red.
    gui.expect_row(name, "reach", "skipped")?;
    ensure(
        gui,
        text.contains(case.text),
        &format!("{name}: the finding should say {:?}: {text:?}", case.text),
    )?;
    // The gateway row is below the fold; the finding stays in view beside it.
    gui.execute(
        "const row = document.querySelector('#checklist li[data-area=\"gateway\"]');
         if (row) row.scrollIntoView({ block: 'nearest' });
         return true;",
        &[],
    )?;
    gui.screenshot(name)?;
    eprintln!(
        "gateway_faults: {name:<14} dialog {:>4.1} s  check {:>4.1} s  gateway row {}: {title}",
        dialog.as_secs_f64(),
        took.as_secs_f64(),
        case.status
    );
    Ok((dialog, took))
}

#[test]
fn each_gateway_fault_shows_its_finding_through_the_file_dialog() -> Result<()> {
    use rdp_doctor_tests::gateway::{
        GatewayBehaviour, GatewayCert, GatewayStandIn, OTHER_NAME, write_rdp_file,
    };
    let test_started = Instant::now();
    // Every gateway (and so its test CA) exists before the app starts with the bundle of them.
    let host = RefusedPort::new()?;
    let wrong_name = GatewayStandIn::start(GatewayCert::WrongName, GatewayBehaviour::Gateway)?;
    let self_signed = GatewayStandIn::start(GatewayCert::SelfSigned, GatewayBehaviour::Gateway)?;
    let not_a_gateway = GatewayStandIn::start(GatewayCert::Trusted, GatewayBehaviour::NotAGateway)?;
    let silent = GatewayStandIn::start(GatewayCert::Trusted, GatewayBehaviour::Silent)?;
    let refused = RefusedPort::new()?;
    let healthy = GatewayStandIn::start(GatewayCert::Trusted, GatewayBehaviour::Gateway)?;
    let stand_ins = [&wrong_name, &self_signed, &not_a_gateway, &silent, &healthy];

    // Each stand-in has its own test CA; the app trusts them all, as a company's own CAs.
    let dir = rdp_doctor_tests::temp_dir("gui-gateways")?;
    let bundle = dir.path().join("test-cas.pem");
    let mut pem = String::new();
    for stand_in in stand_ins {
        pem.push_str(&std::fs::read_to_string(stand_in.ca_bundle())?);
    }
    std::fs::write(&bundle, pem)?;

    let cases = [
        GatewayCase {
            name: "wrong_name",
            gateway: wrong_name.gateway(),
            verdict: "fail",
            status: "fail",
            finding: "gateway.cert_invalid",
            severity: "fail",
            title: &["certificate is not accepted", "another name", OTHER_NAME],
            text: "made out to the gateway's name",
        },
        GatewayCase {
            name: "self_signed",
            gateway: self_signed.gateway(),
            verdict: "fail",
            status: "fail",
            finding: "gateway.cert_invalid",
            severity: "fail",
            title: &["certificate is not accepted", "self-signed"],
            text: "that this computer trusts",
        },
        GatewayCase {
            name: "not_a_gateway",
            gateway: not_a_gateway.gateway(),
            verdict: "fail",
            status: "fail",
            finding: "gateway.not_a_gateway",
            severity: "fail",
            title: &["not answering as a Remote Desktop Gateway"],
            text: "answered the gateway's request with HTTP 404",
        },
        GatewayCase {
            name: "silent",
            gateway: silent.gateway(),
            verdict: "fail",
            status: "fail",
            finding: "gateway.no_answer",
            severity: "fail",
            title: &["Remote Desktop Gateway localhost does not answer"],
            text: "sent nothing back",
        },
        GatewayCase {
            name: "refused",
            gateway: format!("localhost:{}", refused.port()),
            verdict: "fail",
            status: "fail",
            finding: "gateway.unreachable",
            severity: "fail",
            title: &["Remote Desktop Gateway localhost cannot be reached"],
            text: "gave: refused",
        },
        GatewayCase {
            name: "healthy",
            gateway: healthy.gateway(),
            verdict: "ok",
            status: "ok",
            finding: "gateway.ok",
            severity: "ok",
            title: &["Remote Desktop Gateway localhost answers"],
            text: "Negotiate, NTLM",
        },
    ];
    let files = cases
        .iter()
        .map(|case| {
            let file = dir.path().join(format!("gateway-{}.rdp", case.name));
            write_rdp_file(&file, host.addr(), &case.gateway).map(|()| file)
        })
        .collect::<Result<Vec<_>>>()?;

    let mut gui = GuiSession::start_with_env("gateway_faults", &[("SSL_CERT_FILE", &bundle)])?;
    let up = test_started.elapsed();
    let cases_started = Instant::now();
    let (mut dialogs, mut checks) = (Duration::ZERO, Duration::ZERO);
    for (case, file) in cases.iter().zip(&files) {
        let (dialog, check) = check_gateway_file(&mut gui, case, file)?;
        dialogs += dialog;
        checks += check;
    }
    eprintln!(
        "gateway_faults: app up after {:.1} s; {} files in {:.1} s (dialogs {:.1} s, checks \
         {:.1} s, the rest asserting and screenshots); whole test {:.1} s",
        up.as_secs_f64(),
        cases.len(),
        cases_started.elapsed().as_secs_f64(),
        dialogs.as_secs_f64(),
        checks.as_secs_f64(),
        test_started.elapsed().as_secs_f64()
    );
    Ok(())
}

#[test]
fn rdp_file_settings_that_fail_by_themselves_show_through_the_file_dialog() -> Result<()> {
    use rdp_doctor_tests::{FreerdpShadow, UnusedAddress};
    let test_started = Instant::now();
    let shadow = FreerdpShadow::start_nla()?;
    let xrdp = Xrdp::start(XrdpOptions::default())?;
    // The file's other address: an old entry where nothing listens any more.
    let stale = UnusedAddress::new()?;
    let stale_alternate = format!("{}:{}", stale.address(), xrdp.addr().port());
    // (file, what it holds, verdict, input row, finding, severity, words of its title)
    let cases = [
        (
            "no-credssp.rdp",
            format!(
                "full address:s:{}\r\nenablecredsspsupport:i:0\r\n",
                shadow.target()
            ),
            "fail",
            "fail",
            "input.rdp_file_disables_nla",
            "fail",
            "turns off sign-in before connecting",
        ),
        (
            "strict-certificate.rdp",
            format!(
                "full address:s:{}\r\nauthentication level:i:1\r\n",
                xrdp.target()
            ),
            "fail",
            "fail",
            "input.rdp_file_requires_trusted_certificate",
            "fail",
            "refuses the remote PC's certificate",
        ),
        (
            "stale-alternate.rdp",
            format!(
                "full address:s:{}\r\nalternate full address:s:{stale_alternate}\r\n",
                xrdp.target()
            ),
            "warn",
            "warn",
            "input.rdp_file_alternate_address",
            "warn",
            "does not answer",
        ),
    ];
    let dir = rdp_doctor_tests::temp_dir("gui-rdp-settings")?;
    let mut gui = GuiSession::start("rdp_file_settings")?;
    for (file, text, verdict, status, id, severity, words) in &cases {
        let path = dir.path().join(file);
        std::fs::write(&path, text)?;
        let (shown, _, took) = gui.check_rdp_file(&path, CHECK_WAIT)?;
        let expected = Expected {
            verdict,
            row: "input",
            status,
            finding: id,
            severity,
            words: &[words],
        };
        let (title, _) = gui.expect_shown(file, &shown, &expected)?;
        gui.screenshot(file.trim_end_matches(".rdp"))?;
        eprintln!(
            "rdp_file_settings: {file:<24} {:>4.1} s  {title}",
            took.as_secs_f64()
        );
    }
    eprintln!(
        "rdp_file_settings: {:.1} s in all",
        test_started.elapsed().as_secs_f64()
    );
    Ok(())
}

//! The network path (issue 4) in the real window: one app session (starting it costs seconds)
//! checks each fault of `rdp_doctor_tests::faults`, plus a wrong service and a server that hangs
//! up, in turn; each must turn its row red or amber, show its finding in plain words and leave a
//! screenshot `target/gui-screenshots/network_path-<case>.png`.
//!
//! Gateway faults are not here: the app takes a gateway only from a `.rdp` file, which reaches it
//! through the file dialog or drag and drop, neither of which WebDriver can drive.
//!
//! Needs `tests/setup/install-gui-deps.sh`, and root (xrdp, iptables, routes).

use std::time::{Duration, Instant};

use anyhow::Result;
use rdp_doctor_tests::faults::SLOW_LINK_DELAY;
use rdp_doctor_tests::gui::{GuiSession, ensure};
use rdp_doctor_tests::{
    AsleepHost, FilteredRdpPort, Loss, LossyLink, NoRoute, Responder, RouteKind, SlowLink,
};
use serde_json::json;

/// The whole check's budget (10 s, ARCHITECTURE.md), plus the page's own time to show it.
const CHECK_WAIT: Duration = Duration::from_secs(15);
/// Sending a wake-up packet and saying so.
const WAKE_WAIT: Duration = Duration::from_secs(10);

/// One fault as the window must show it.
struct Case {
    /// Screenshot name.
    name: &'static str,
    /// What is typed into the target field.
    target: String,
    /// The banner's verdict.
    verdict: &'static str,
    /// The checklist row that turns red or amber, and to which status.
    row: &'static str,
    status: &'static str,
    /// The finding, its severity, and words its title must say.
    finding: &'static str,
    severity: &'static str,
    words: &'static [&'static str],
}

/// Brings the checklist row of `area` into view (the quality row is below the fold; the header
/// then scrolls out, the banner still names the target) and saves the window as
/// `network_path-<name>.png`.
fn screenshot(gui: &mut GuiSession, area: &str, name: &str) -> Result<()> {
    gui.execute(
        "const row = document.querySelector(`#checklist li[data-area=\"${arguments[0]}\"]`);
         if (row) row.scrollIntoView({ block: 'nearest' });
         return true;",
        &[json!(area)],
    )?;
    gui.screenshot(name)?;
    Ok(())
}

/// Runs the check of `case` in the window and checks what it shows; returns how long the check
/// took from entering the target to the verdict.
///
/// With `typed`, the target is typed key by key (`start_check`); otherwise the field is filled
/// by a script and only the click on "Check connection" is real. Once a report is on the page,
/// WebKit under Xvfb spends about 170 ms per synthesized key (2 to 3 s per address, measured),
/// which eight cases cannot afford; typing is the first case's and `tests/gui.rs`'s part.
fn check(gui: &mut GuiSession, case: &Case, typed: bool) -> Result<Duration> {
    let started = Instant::now();
    if typed {
        gui.start_check(&case.target, None)?;
    } else {
        gui.execute(
            "const field = document.querySelector('#target');
             field.value = arguments[0];
             field.dispatchEvent(new Event('input', { bubbles: true }));
             return true;",
            &[json!(case.target)],
        )?;
        gui.click("#run-check")?;
    }
    // The header names the new target from the moment the click starts the check (as typed,
    // then as `host:port` with the report), so a verdict read once it does is this check's,
    // never the previous one's.
    let verdict = gui.wait_until(
        &format!("the check of {} ({}) to finish", case.target, case.name),
        CHECK_WAIT,
        "const target = document.querySelector('#header-target');
         const banner = document.querySelector('#summary-banner');
         const verdict = banner ? banner.dataset.verdict : '';
         const shown = target ? target.innerText.trim() : '';
         return (shown === arguments[0] || shown.startsWith(arguments[0] + ':'))
           && ['ok', 'info', 'warn', 'fail', 'cancelled', 'error'].includes(verdict)
           ? verdict : null;",
        &[json!(case.target)],
    )?;
    let took = started.elapsed();
    let verdict = verdict.as_str().unwrap_or_default().to_owned();
    ensure(
        gui,
        verdict == case.verdict,
        &format!(
            "{}: the verdict should be {}, is {verdict:?}",
            case.name, case.verdict
        ),
    )?;
    let status = gui.row_status(case.row)?;
    ensure(
        gui,
        status.as_deref() == Some(case.status),
        &format!(
            "{}: the {} row should be {}, is {status:?}",
            case.name, case.row, case.status
        ),
    )?;
    let finding = format!(
        r#"#findings [data-finding-id="{}"][data-severity="{}"]"#,
        case.finding, case.severity
    );
    let shown = gui.count(&finding)?;
    ensure(
        gui,
        shown == 1,
        &format!(
            "{}: {} ({}) should be shown once, is shown {shown} times",
            case.name, case.finding, case.severity
        ),
    )?;
    let title = gui
        .execute(
            "const e = document.querySelector(arguments[0] + ' .finding-title');
             return e ? e.textContent.trim() : '';",
            &[json!(finding)],
        )?
        .as_str()
        .unwrap_or_default()
        .to_owned();
    for word in case.words {
        ensure(
            gui,
            title.contains(word),
            &format!("{}: the title should say {word:?}: {title:?}", case.name),
        )?;
    }
    screenshot(gui, case.row, case.name)?;
    eprintln!(
        "gui_faults: {:<24} {:>5.1} s  {} row {}: {title}",
        case.name,
        took.as_secs_f64(),
        case.row,
        case.status
    );
    Ok(took)
}

/// The asleep PC's finding offers Wake-on-LAN: type its network card address and send the
/// packet (to the broadcast address of the network that holds the PC, here loopback's).
fn wake_from_the_window(gui: &mut GuiSession) -> Result<()> {
    let toggle = r#"#findings [data-finding-id="reach.host_asleep_or_off"] button.finding-toggle"#;
    if gui.attr(toggle, "aria-expanded")?.as_deref() != Some("true") {
        gui.click(toggle)?;
    }
    gui.wait_visible("#wake-mac", WAKE_WAIT)?;
    gui.type_into("#wake-mac", "00-1A-2B-3C-4D-5E")?;
    gui.click("#wake-pc")?;
    let said = gui.wait_until(
        "the wake-up packet to be sent",
        WAKE_WAIT,
        "const r = document.querySelector('#wake-result');
         return r && r.textContent.trim() ? r.textContent.trim() : null;",
        &[],
    )?;
    let said = said.as_str().unwrap_or_default().to_owned();
    ensure(
        gui,
        said.starts_with("Sent a wake-up packet to 127.255.255.255:9"),
        &format!("the app should say where the packet went: {said:?}"),
    )?;
    gui.screenshot("asleep_or_off-wake")?;
    Ok(())
}

#[test]
fn each_network_fault_shows_its_finding_in_the_window() -> Result<()> {
    let test_started = Instant::now();
    // Every fault exists before the app starts and until the session has ended.
    let filtered = FilteredRdpPort::new()?;
    let asleep = AsleepHost::new()?;
    let no_route = NoRoute::new(RouteKind::Unreachable)?;
    let slow = SlowLink::start(SLOW_LINK_DELAY)?;
    let unstable = LossyLink::start(Loss::Connects)?;
    let drops = LossyLink::start(Loss::AfterHandshake)?;
    let not_rdp = Responder::ssh_banner()?;
    let denied = Responder::reset_after_request()?;
    let cases = [
        Case {
            name: "reach_filtered",
            target: filtered.target(),
            verdict: "fail",
            row: "reach",
            status: "fail",
            finding: "reach.filtered",
            severity: "fail",
            words: &["No answer from port 3389"],
        },
        Case {
            name: "asleep_or_off",
            target: asleep.target(),
            verdict: "fail",
            row: "reach",
            status: "fail",
            finding: "reach.host_asleep_or_off",
            severity: "fail",
            words: &["asleep, switched off"],
        },
        Case {
            name: "unreachable",
            target: no_route.target(),
            verdict: "fail",
            row: "reach",
            status: "fail",
            finding: "reach.unreachable",
            severity: "fail",
            words: &["no network path"],
        },
        Case {
            name: "high_latency",
            target: slow.target(),
            verdict: "warn",
            row: "quality",
            status: "warn",
            finding: "quality.high_latency",
            severity: "warn",
            words: &["far away", "ms per round trip"],
        },
        Case {
            name: "unstable",
            target: unstable.target(),
            verdict: "warn",
            row: "quality",
            status: "warn",
            finding: "quality.unstable",
            severity: "warn",
            words: &["unreliable: 2 of 5 attempts failed"],
        },
        Case {
            name: "drops_during_handshake",
            target: drops.target(),
            verdict: "fail",
            row: "quality",
            status: "fail",
            finding: "quality.drops_during_handshake",
            severity: "fail",
            words: &["break off: 2 of 5 attempts died half-way"],
        },
        Case {
            name: "not_rdp",
            target: not_rdp.target(),
            verdict: "fail",
            row: "rdp",
            status: "fail",
            finding: "rdp.not_rdp",
            severity: "fail",
            words: &["Something other than Remote Desktop answers"],
        },
        Case {
            name: "denied",
            target: denied.target(),
            verdict: "fail",
            row: "rdp",
            status: "fail",
            finding: "rdp.denied",
            severity: "fail",
            words: &["hangs up straight away"],
        },
    ];

    let mut gui = GuiSession::start("network_path")?;
    let app_ready = test_started.elapsed();
    let mut checks = Duration::ZERO;
    for (index, case) in cases.iter().enumerate() {
        checks += check(&mut gui, case, index == 0)?;
        if case.finding == "reach.host_asleep_or_off" {
            wake_from_the_window(&mut gui)?;
        }
    }
    // What the slow link's rule held back: the delay was real, not a coincidence.
    let delayed = slow.delayed_packets();
    ensure(
        &mut gui,
        delayed > 10,
        &format!(
            "the slow link held only {delayed} packets: {}",
            slow.counters()
        ),
    )?;
    eprintln!(
        "gui_faults: app ready after {:.1} s, {} checks took {:.1} s, {:.1} s in all",
        app_ready.as_secs_f64(),
        cases.len(),
        checks.as_secs_f64(),
        test_started.elapsed().as_secs_f64()
    );
    Ok(())
}

//! The network path (issue 4) in the real window. Starting the app costs seconds, so each test
//! is one app session that checks its faults in turn; each must turn its row red or amber, show
//! its finding in plain words and leave a screenshot in `target/gui-screenshots/`:
//! - `network_path-<case>.png`: each fault of `rdp_doctor_tests::faults`, plus a wrong service
//!   and a server that hangs up;
//! - `names-<case>.png`: the name faults, with a DNS server of our own as the app's DNS settings,
//!   and the VPN missing, then connected, then no network at all, on a recorded laptop's
//!   network.
//!
//! Gateway faults are in `tests/gui.rs`: the app takes a gateway only from a `.rdp` file, and
//! `each_gateway_fault_shows_its_finding_through_the_file_dialog` opens one per fault through the
//! real "Open .rdp file…" dialog (`GuiSession::pick_file_in_dialog` types into that native dialog
//! with xdotool, since WebDriver cannot reach it).
//!
//! Needs `tests/setup/install-gui-deps.sh`, and root (xrdp, iptables, routes).

use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

use anyhow::Result;
use rdp_doctor_tests::dns::{NO_ADDRESS, SILENT};
use rdp_doctor_tests::faults::SLOW_LINK_DELAY;
use rdp_doctor_tests::gui::{Expected, GuiSession, ensure};
use rdp_doctor_tests::{
    AsleepHost, FilteredRdpPort, Loss, LossyLink, NoRoute, Responder, RouteKind, SlowLink, TestDns,
    UnusedAddress, Xrdp, XrdpOptions, network_recording, write_network_recording,
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
    /// Other findings (id, severity) the window must show beside it.
    also: &'static [(&'static str, &'static str)],
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
    let expected = Expected {
        verdict: case.verdict,
        row: case.row,
        status: case.status,
        finding: case.finding,
        severity: case.severity,
        words: case.words,
    };
    let (title, _) =
        gui.expect_shown(case.name, verdict.as_str().unwrap_or_default(), &expected)?;
    for (id, severity) in case.also {
        gui.expect_finding(case.name, id, severity)?;
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
            also: &[],
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
            also: &[],
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
            also: &[],
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
            also: &[],
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
            also: &[],
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
            also: &[],
        },
        Case {
            name: "not_rdp",
            target: not_rdp.target(),
            verdict: "fail",
            row: "rdp",
            status: "fail",
            finding: "rdp.not_rdp",
            severity: "fail",
            words: &["An SSH server", "answers on port", "not Remote Desktop"],
            also: &[],
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
            also: &[],
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

/// The name faults (issue 4, "DNS in depth") in the window: the app runs with a DNS server of
/// our own as its DNS settings (`TestDns`, through a mount namespace; the app stays on this
/// machine's network with the test's servers), and with the network of a recorded Linux laptop
/// at home without VPN, so that an office address is judged as from home. Screenshots
/// `target/gui-screenshots/names-<case>.png`.
#[test]
fn each_name_fault_shows_its_finding_in_the_window() -> Result<()> {
    let test_started = Instant::now();
    let server = Xrdp::start(XrdpOptions::default())?;
    let stale = UnusedAddress::new()?;
    let office = NoRoute::office(RouteKind::Unreachable)?;
    let dns = TestDns::start(&[
        ("pc.corp.test", &[Ipv4Addr::LOCALHOST]),
        ("multi.corp.test", &[Ipv4Addr::LOCALHOST, stale.address()]),
        ("office-pc.corp.test", &[office.address()]),
    ])?;
    let home = network_recording("linux", "home")?;
    let port = server.addr().port();
    let cases = [
        Case {
            name: "not_found",
            target: "missing.corp.test".into(),
            verdict: "fail",
            row: "dns",
            status: "fail",
            finding: "dns.not_found",
            severity: "fail",
            words: &["\"missing.corp.test\" does not exist"],
            also: &[],
        },
        Case {
            name: "no_address",
            target: NO_ADDRESS.into(),
            verdict: "fail",
            row: "dns",
            status: "fail",
            finding: "dns.no_address",
            severity: "fail",
            words: &["exists but has no address"],
            also: &[],
        },
        Case {
            name: "dns_timeout",
            target: SILENT.into(),
            verdict: "fail",
            row: "dns",
            status: "fail",
            finding: "dns.timeout",
            severity: "fail",
            words: &["No DNS server answered"],
            also: &[],
        },
        Case {
            name: "short_name",
            target: format!("pc:{port}"),
            verdict: "warn",
            row: "dns",
            status: "warn",
            finding: "dns.short_name",
            severity: "warn",
            words: &["\"pc\" is a short name"],
            also: &[("dns.resolved", "ok"), ("reach.open", "ok")],
        },
        Case {
            name: "reach_partial",
            target: format!("multi.corp.test:{port}"),
            verdict: "warn",
            row: "reach",
            status: "warn",
            finding: "reach.partial",
            severity: "warn",
            words: &["Only some of the computer's addresses answer"],
            also: &[("reach.open", "ok")],
        },
        Case {
            name: "private_address_without_vpn",
            target: "office-pc.corp.test".into(),
            verdict: "fail",
            row: "network",
            status: "warn",
            finding: "network.vpn_missing",
            severity: "warn",
            words: &["your VPN is not connected"],
            also: &[
                ("dns.private_address", "info"),
                ("reach.unreachable", "fail"),
            ],
        },
    ];

    // The same laptop once its VPN is up: the office address is still not reached (the VPN does
    // not carry its network), and the VPN is named instead of missed. Typed as an address, so
    // the header changes from the previous check's name.
    let with_vpn = Case {
        name: "private_address_with_vpn",
        target: office.address().to_string(),
        verdict: "fail",
        row: "network",
        status: "ok",
        finding: "network.vpn_active",
        severity: "info",
        words: &["Your VPN is connected"],
        also: &[("reach.unreachable", "fail")],
    };

    // Then the laptop loses its network altogether.
    let nowhere = NoRoute::new(RouteKind::Unreachable)?;
    let offline = Case {
        name: "offline",
        target: nowhere.target(),
        verdict: "fail",
        row: "network",
        status: "fail",
        finding: "network.offline",
        severity: "fail",
        words: &["This computer is not connected to a network"],
        also: &[("reach.unreachable", "fail")],
    };

    let mut gui =
        GuiSession::start_with_dns("names", &dns, &[("RDP_DOCTOR_FACTS_DIR", home.path())])?;
    let app_ready = test_started.elapsed();
    let mut checks = Duration::ZERO;
    for (index, case) in cases.iter().enumerate() {
        checks += check(&mut gui, case, index == 0)
            .map_err(|error| error.context(format!("dnsmasq's log:\n{}", dns.log_tail(20))))?;
    }
    // What the user can do heads the banner and the findings: connect the VPN, not "no network
    // path".
    let banner = gui.text("#summary-text")?;
    ensure(
        &mut gui,
        banner.contains("your VPN is not connected"),
        &format!("the banner should name the VPN: {banner:?}"),
    )?;
    let first = gui.execute(
        "const f = document.querySelector('#findings [data-finding-id]');
         return f ? f.dataset.findingId : '';",
        &[],
    )?;
    ensure(
        &mut gui,
        first == "network.vpn_missing",
        &format!("the VPN should be the first finding, not {first}"),
    )?;
    write_network_recording(home.path(), "linux", "full")?;
    checks += check(&mut gui, &with_vpn, false)?;
    write_network_recording(home.path(), "linux", "offline")?;
    checks += check(&mut gui, &offline, false)?;
    eprintln!(
        "gui_faults: app ready after {:.1} s, {} checks took {:.1} s, {:.1} s in all",
        app_ready.as_secs_f64(),
        cases.len() + 2,
        checks.as_secs_f64(),
        test_started.elapsed().as_secs_f64()
    );
    Ok(())
}

//! Host mode end to end: `rdp-doctor host --facts-from` on recordings of Windows PCs (English
//! and German), and on this Linux machine itself.

use std::process::Command;
use std::time::Duration;

use rdp_doctor_tests::{HostRecording, HostScenario, cli_binary, run_cli_json, run_with_timeout};
use serde_json::Value;

fn host_json(args: &[&str]) -> (i32, Value) {
    let mut all = vec!["host", "--json"];
    all.extend_from_slice(args);
    run_cli_json(&all).expect("rdp-doctor host")
}

fn cli(args: &[&str], timeout: Duration) -> rdp_doctor_tests::CliOutput {
    let mut c = Command::new(cli_binary());
    c.args(args);
    run_with_timeout(c, timeout).expect("run")
}

fn findings(report: &Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap_or_default().to_string(),
                f["severity"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn has(report: &Value, id: &str, severity: &str) -> bool {
    findings(report)
        .iter()
        .any(|(i, s)| i == id && s == severity)
}

#[test]
fn a_german_pc_with_everything_wrong_gives_each_host_finding() {
    let rec = HostRecording::new(HostScenario::BrokenGerman).expect("recording");
    let (code, r) = host_json(&["--facts-from", rec.path().to_str().expect("utf-8")]);
    assert_eq!(code, 2, "{r:#}");
    assert_eq!(r["kind"], "host");
    for (id, severity) in [
        ("host.rdp_disabled", "fail"),
        ("host.service_stopped", "fail"),
        ("host.firewall_closed", "fail"),
        ("host.cert_expired", "fail"),
        ("host.machinekeys", "warn"),
        ("host.sleep_enabled", "warn"),
        ("host.sessions", "warn"),
        ("host.port", "info"),
    ] {
        assert!(
            has(&r, id, severity),
            "{id} {severity} missing: {:?}",
            findings(&r)
        );
    }
    // The port of the German listener (0xd3e) reaches the firewall fix.
    let fw = r["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["id"] == "host.firewall_closed"))
        .expect("firewall finding");
    let text = fw["fixes"].to_string();
    assert!(text.contains("-LocalPort 3390"), "{text}");
    // The disconnected sessions (qwinsta "Getr.") are the ones the reset fix names.
    let sessions = r["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["id"] == "host.sessions"))
        .expect("sessions finding");
    let text = sessions["fixes"].to_string();
    assert!(
        text.contains("rwinsta 3") && text.contains("rwinsta 5"),
        "{text}"
    );
    assert!(
        !text.contains("rwinsta 2"),
        "the active session must not be reset: {text}"
    );
    let rows: Vec<&str> = r["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .map(|c| c["status"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        rows,
        ["fail", "fail", "fail", "fail", "warn", "warn"],
        "{:#}",
        r["checks"]
    );
}

#[test]
fn a_healthy_pc_passes() {
    let rec = HostRecording::new(HostScenario::Healthy).expect("recording");
    let (code, r) = host_json(&["--facts-from", rec.path().to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{:?}", findings(&r));
    assert!(has(&r, "host.cert_ok", "ok"), "{:?}", findings(&r));
    assert!(has(&r, "host.firewall_open", "ok"), "{:?}", findings(&r));
    assert!(has(&r, "host.sleep_disabled", "ok"), "{:?}", findings(&r));
    assert!(
        r["summary"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Everything we checked works")
    );
}

#[test]
fn missing_rights_say_run_as_administrator() {
    let rec = HostRecording::new(HostScenario::NotAdmin).expect("recording");
    let (code, r) = host_json(&["--facts-from", rec.path().to_str().expect("utf-8")]);
    assert_eq!(code, 1, "{:?}", findings(&r));
    let f = r["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["id"] == "host.needs_admin"))
        .expect("needs_admin");
    let detail = f["detail"].as_str().unwrap_or_default();
    for what in [
        "the Remote Desktop service",
        "the certificates",
        "the MachineKeys folder",
    ] {
        assert!(detail.contains(what), "{what}: {detail}");
    }
    assert!(
        f["title"]
            .as_str()
            .unwrap_or_default()
            .contains("administrator")
    );
}

#[test]
fn garbage_recordings_give_findings_not_crashes() {
    let rec = HostRecording::new(HostScenario::Healthy).expect("recording");
    for (id, junk) in [
        ("sc-queryex", "\u{0}\u{1}garbage"),
        ("firewall", "{\"Name\": ["),
        ("qwinsta", "no sessions here"),
        ("certs", "[{\"Thumbprint\": 5}]"),
    ] {
        std::fs::write(rec.path().join(format!("{id}.txt")), junk).expect("write");
    }
    let (code, r) = host_json(&["--facts-from", rec.path().to_str().expect("utf-8")]);
    assert!(code == 0 || code == 1, "{code}");
    let f = r["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["id"] == "host.unreadable"))
        .unwrap_or_else(|| panic!("host.unreadable missing: {:?}", findings(&r)));
    assert!(
        f["title"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Could not check")
    );
}

#[test]
fn on_linux_host_mode_says_it_checks_windows() {
    let (code, r) = host_json(&[]);
    assert_eq!(code, 0);
    assert_eq!(
        findings(&r),
        [("host.not_windows".to_string(), "info".to_string())]
    );
    let out = cli(
        &["host", "--facts-from", "/nonexistent/folder"],
        Duration::from_secs(10),
    );
    assert_eq!(out.code, 3);
    assert_eq!(out.stderr.trim().lines().count(), 1, "{}", out.stderr);
}

#[test]
fn record_then_replay_round_trips() {
    let dir = rdp_doctor_tests::temp_dir("record").expect("dir");
    let out = cli(
        &["host", "--record", dir.path().to_str().expect("utf-8")],
        Duration::from_secs(60),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(dir.path().join("recorded-at.txt").exists());
    // On Linux the Windows commands are missing: each is recorded as an error, and the replay
    // reports them as not readable rather than failing.
    assert!(dir.path().join("qwinsta.err").exists());
    let (_, r) = host_json(&["--facts-from", dir.path().to_str().expect("utf-8")]);
    assert!(has(&r, "host.unreadable", "info"), "{:?}", findings(&r));
}

/// `rdp-doctor check` judged with the network of a recorded computer (Windows, Linux, macOS).
fn check_with_network(os: &str, case: &str, target: &str) -> Value {
    let recording = rdp_doctor_tests::network_recording(os, case).expect("recording");
    let mut c = Command::new(cli_binary());
    c.args(["check", target, "--timeout", "2", "--json"])
        .env("RDP_DOCTOR_FACTS_DIR", recording.path());
    let (_, report) = rdp_doctor_tests::run_json(c).expect("check");
    report
}

#[test]
fn recorded_networks_of_each_os_give_the_network_findings() {
    let cases = [
        // A VPN up while the home LAN is 192.168.1.0/24 and the PC is 192.168.1.50.
        (
            "windows",
            "split",
            "192.168.1.50",
            "network.subnet_conflict",
            "fail",
        ),
        (
            "linux",
            "split",
            "192.168.1.50",
            "network.subnet_conflict",
            "fail",
        ),
        (
            "macos",
            "split",
            "192.168.1.50",
            "network.subnet_conflict",
            "fail",
        ),
        // The VPN carries everything.
        ("macos", "full", "10.20.30.40", "network.vpn_active", "info"),
        (
            "windows",
            "full",
            "10.20.30.40",
            "network.vpn_active",
            "info",
        ),
    ];
    // Offline: nothing connected, and the PC is not reached (a route of type "unreachable").
    let no_route = rdp_doctor_tests::NoRoute::new(rdp_doctor_tests::RouteKind::Unreachable)
        .expect("unreachable route");
    let unreachable = no_route.address().to_string();
    // From home with the VPN down: the office PC's private address has no path.
    let office_route = rdp_doctor_tests::NoRoute::office(rdp_doctor_tests::RouteKind::Unreachable)
        .expect("unreachable route to the office");
    let office = office_route.address().to_string();
    let cases: Vec<_> = cases
        .into_iter()
        .chain([
            (
                "windows",
                "offline",
                unreachable.as_str(),
                "network.offline",
                "fail",
            ),
            (
                "linux",
                "offline",
                unreachable.as_str(),
                "network.offline",
                "fail",
            ),
            (
                "macos",
                "offline",
                unreachable.as_str(),
                "network.offline",
                "fail",
            ),
        ])
        .chain(
            ["linux", "windows", "macos"]
                .map(|os| (os, "home", office.as_str(), "network.vpn_missing", "warn")),
        )
        .collect();
    let reports: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = cases
            .iter()
            .map(|(os, case, target, _, _)| s.spawn(move || check_with_network(os, case, target)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    for ((os, case, target, id, severity), report) in cases.iter().zip(&reports) {
        assert!(
            has(report, id, severity),
            "{os} {case} {target}: want {id} {severity}, got {:?}",
            findings(report)
        );
    }
}

//! The Windows build where only Windows differs: host mode and this computer's checks read
//! Windows through its commands, and the desktop app needs WebView2. Under Wine none of Remote
//! Desktop's registry keys, services or PowerShell exist, so every answer must be "could not
//! read …", never a default taken for a fact; and Wine has no WebView2, so the app must explain
//! that in our words. (The scenarios against real servers run both builds in `check.rs`.)

use std::time::Duration;

use anyhow::{Context as _, Result};
use rdp_doctor_tests::cli::workspace_binary_for;
use rdp_doctor_tests::gui::screenshot_dir;
use rdp_doctor_tests::report::{ids, message};
use rdp_doctor_tests::wine::{run_app_without_webview2, windows_cli_binary, wine};
use rdp_doctor_tests::{Build, RefusedPort, WINDOWS_TARGET};
use serde_json::Value;

/// Host findings that state a fact about the PC. Under Wine none may appear: there is nothing
/// to read them from.
const CLAIMS: &[&str] = &[
    "host.rdp_disabled",
    "host.service_stopped",
    "host.firewall_closed",
    "host.firewall_open",
    "host.cert_expired",
    "host.cert_ok",
    "host.machinekeys",
    "host.sleep_enabled",
    "host.sleep_disabled",
    "host.sessions",
    "host.sessions_ok",
    "host.nla",
    "host.security_layer",
    "host.port",
    "host.not_windows",
];

#[test]
fn host_mode_under_wine_says_what_it_could_not_read() -> Result<()> {
    let out = Build::WindowsUnderWine.run(&["host", "--json"])?;
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    let report = out.json()?;
    assert_eq!(report["kind"], "host");
    assert_eq!(report["evidence"]["host"]["platform"], "windows");
    let got = ids(&report);
    for claim in CLAIMS {
        assert!(
            !got.iter().any(|g| g == claim),
            "{claim} claimed under Wine: {got:?}"
        );
    }
    let unreadable = report["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|x| x["id"] == "host.unreadable"))
        .context("host.unreadable")?;
    let evidence = unreadable["evidence"].to_string();
    for command in [
        "reg.exe",
        "sc.exe",
        "powershell.exe",
        "powercfg.exe",
        "qwinsta.exe",
    ] {
        assert!(
            evidence.contains(command),
            "{command} not named: {evidence}"
        );
    }
    // Every host row is either not checked or about the port, which the check does probe.
    for row in report["checks"].as_array().context("checks")? {
        if row["area"] != "host_service" {
            assert_eq!(row["status"], "skipped", "{row}");
        }
    }
    // Only the port itself is a fact here: whether something on this machine takes
    // connections on 3389. When nothing does, the finding must not guess why.
    let listening = std::net::TcpStream::connect_timeout(
        &std::net::SocketAddr::from(([127, 0, 0, 1], 3389)),
        Duration::from_secs(1),
    )
    .is_ok();
    if !listening {
        let f = report["findings"]
            .as_array()
            .and_then(|f| f.iter().find(|x| x["id"] == "host.not_listening"))
            .context("host.not_listening")?;
        assert!(
            f["detail"]
                .as_str()
                .is_some_and(|d| d.contains("cannot tell why")),
            "{f}"
        );
    }
    assert_eq!(out.code, if listening { 1 } else { 2 }, "{got:?}");
    Ok(())
}

#[test]
fn this_computers_checks_under_wine_say_what_they_could_not_read() -> Result<()> {
    let port = RefusedPort::new()?;
    let (code, report) = Build::WindowsUnderWine.check_json(&port.addr().to_string(), &[])?;
    assert_eq!(code, 2);
    let client = &report["evidence"]["client"];
    assert_eq!(client["platform"], "windows");
    // PowerShell (a stub under Wine) printed nothing: not "no Store app installed".
    assert_eq!(client["rdp_apps"]["status"], "unavailable", "{client}");
    assert_eq!(
        client["saved_credentials"]["status"], "unavailable",
        "{client}"
    );
    let got = ids(&report);
    assert!(
        !got.iter()
            .any(|i| i == "client.rdp_apps" || i == "client.saved_credentials"),
        "{got:?}"
    );
    // The network row names adapters as Windows users know them, never by GUID.
    let network = &report["evidence"]["network"];
    let names: Vec<&str> = network["interfaces"]
        .as_array()
        .context("interfaces")?
        .iter()
        .filter_map(|i| i["name"].as_str())
        .collect();
    assert!(!names.is_empty(), "{network}");
    for name in names
        .iter()
        .chain(network["default_interface"].as_str().iter())
    {
        assert!(
            !name.starts_with('{'),
            "an adapter named by its GUID: {network}"
        );
    }
    let row: &Value = report["checks"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["area"] == "network"))
        .context("network row")?;
    assert!(!row["summary"].to_string().contains('{'), "{row}");
    Ok(())
}

/// Wine has no WebView2 Runtime, like a trimmed Windows PC: the app must say so in its own
/// words (what is missing, the CLI beside it, where IT gets the runtime) and exit, instead of
/// Tauri's stock dialog.
#[test]
fn the_windows_app_without_webview2_explains_itself() -> Result<()> {
    let app = workspace_binary_for(
        "rdp-doctor-desktop",
        "rdp-doctor-desktop",
        "RDP_DOCTOR_WIN_APP",
        Some(WINDOWS_TARGET),
    )?;
    let shot = screenshot_dir()?.join("windows-webview2-missing.png");
    let run = run_app_without_webview2(&app, &shot)?;
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    for needle in [
        "WebView2 Runtime",
        "command-line checker in the same folder",
        "rdp-doctor check",
        "https://developer.microsoft.com/microsoft-edge/webview2/",
    ] {
        assert!(
            run.stderr.contains(needle),
            "{needle} missing from:\n{}",
            run.stderr
        );
    }
    assert!(
        !run.stderr.contains("Could not find the WebView2 Runtime"),
        "{}",
        run.stderr
    );
    Ok(())
}

/// IT's portable zip on Windows: `rdp-doctor.toml` beside `rdp-doctor.exe` is found, and a
/// check without a computer named checks the configured one, for the configured organisation.
#[test]
fn the_windows_cli_reads_its_config_from_beside_it() -> Result<()> {
    let port = RefusedPort::new()?;
    let dir = rdp_doctor_tests::temp_dir("win-config")?;
    let exe = dir.path().join("rdp-doctor.exe");
    std::fs::copy(windows_cli_binary()?, &exe)?;
    std::fs::write(
        dir.path().join("rdp-doctor.toml"),
        format!(
            "organisation = \"Contoso Ltd\"\r\n[support]\r\nemail = \"it@contoso.example\"\r\n\
             [check]\r\npcs = [\"{}\"]\r\n",
            port.addr()
        ),
    )?;
    let out = wine()?.run(&exe, &["check", "--json"], Duration::from_secs(60))?;
    assert_eq!(out.code, 2, "{}", out.stderr);
    let report = out.json()?;
    assert_eq!(
        report["organisation"]["name"], "Contoso Ltd",
        "{}",
        out.stdout
    );
    assert_eq!(report["input"], port.addr().to_string());
    assert!(
        ids(&report).iter().any(|i| i == "reach.refused"),
        "{:?}",
        ids(&report)
    );
    let text = wine()?.run(&exe, &["check"], Duration::from_secs(60))?;
    assert!(
        text.stdout.contains("Checked for Contoso Ltd")
            && text.stdout.contains("it@contoso.example"),
        "{}",
        text.stdout
    );
    Ok(())
}

/// On Windows the language follows the user's display language (Wine takes it from `LC_ALL`),
/// `--lang` beats it, and IT's config beside the exe fixes it; the JSON names the language
/// and keeps its ids.
#[test]
fn the_windows_cli_speaks_the_users_language() -> Result<()> {
    let port = RefusedPort::new()?;
    let target = port.addr().to_string();
    let run = |lc_all: &str, args: &[&str], exe: &std::path::Path| -> Result<Value> {
        let mut command = wine()?.command(exe);
        // The display language decides, not the test runner's pinned English.
        command
            .env("LC_ALL", lc_all)
            .env("LANG", lc_all)
            .env_remove("RDP_DOCTOR_LANG");
        command.args(args);
        let out =
            rdp_doctor_tests::cli::run_with_timeout_via_files(command, Duration::from_secs(60))?;
        assert_eq!(out.code, 2, "{}", out.stderr);
        out.json()
    };
    let exe = windows_cli_binary()?;
    let german = run("de_DE.UTF-8", &["check", &target, "--json"], &exe)?;
    assert_eq!(german["language"], "de", "{german}");
    assert!(ids(&german).iter().any(|i| i == "reach.refused"));
    assert_eq!(
        german["checks"][0]["label"],
        message("de", "area-input"),
        "{german}"
    );
    let spanish = run(
        "de_DE.UTF-8",
        &["--lang", "es", "check", &target, "--json"],
        &exe,
    )?;
    assert_eq!(spanish["language"], "es");
    assert_eq!(
        ids(&spanish),
        ids(&german),
        "ids are the same in every language"
    );
    let dir = rdp_doctor_tests::temp_dir("win-lang")?;
    let copy = dir.path().join("rdp-doctor.exe");
    std::fs::copy(&exe, &copy)?;
    std::fs::write(dir.path().join("rdp-doctor.toml"), "language = \"fr\"\r\n")?;
    let french = run("de_DE.UTF-8", &["check", &target, "--json"], &copy)?;
    assert_eq!(
        french["language"], "fr",
        "IT's config beats the display language"
    );
    let english = run("en_US.UTF-8", &["check", &target, "--json"], &exe)?;
    assert_eq!(english["language"], "en");
    Ok(())
}

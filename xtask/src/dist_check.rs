//! The checks of `cargo xtask dist` that run what it made: the Windows programs from the zip
//! and the installer under Wine (the test harness's prefixes and real xrdp), the `.deb` with
//! dpkg on this machine.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail, ensure};
use rdp_doctor_tests::wine::{run_app_without_webview2, wine};
use rdp_doctor_tests::{RefusedPort, Xrdp, XrdpOptions, run_with_timeout};
use serde_json::Value;

use crate::dist::WINE_TIMEOUT;

/// Finding ids about the remote side, sorted: what both builds must agree on (this computer's
/// own rows differ by OS by design).
fn remote_ids(report: &Value) -> Vec<String> {
    let mut ids: Vec<String> = report["findings"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|f| f["id"].as_str())
                .filter(|id| !id.starts_with("client.") && !id.starts_with("network."))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    ids
}

/// The Windows CLI from the zip, under Wine, against a real xrdp and a closed port: the same
/// exit codes, verdicts and findings as the Linux build beside it.
pub fn windows_cli_matches_linux(exe: &Path, linux_cli: &Path) -> Result<()> {
    let server = Xrdp::start(XrdpOptions::default())?;
    let closed = RefusedPort::new()?;
    let wine = wine()?;
    for (target, exit, must) in [
        (server.target(), 1, "tls.ok"),
        (closed.addr().to_string(), 2, "reach.refused"),
    ] {
        let windows = wine.run(exe, &["check", &target, "--json"], WINE_TIMEOUT)?;
        let mut c = Command::new(linux_cli);
        c.args(["check", &target, "--json"]);
        let linux = run_with_timeout(c, WINE_TIMEOUT)?;
        let (w, l): (Value, Value) = (windows.json()?, linux.json()?);
        ensure!(
            windows.code == exit && linux.code == exit,
            "{target}: exit {} under Wine, {} on Linux, expected {exit}",
            windows.code,
            linux.code
        );
        ensure!(
            w["verdict"] == l["verdict"],
            "{target}: verdict {} under Wine, {} on Linux",
            w["verdict"],
            l["verdict"]
        );
        let (wi, li) = (remote_ids(&w), remote_ids(&l));
        ensure!(
            wi == li,
            "{target}: the Windows CLI found {wi:?}, the Linux one {li:?}"
        );
        ensure!(
            wi.iter().any(|i| i == must),
            "{target}: no {must} in {wi:?}"
        );
        println!("xtask: dist: rdp-doctor.exe under Wine agrees with Linux on {target}: {wi:?}");
    }
    Ok(())
}

/// The app from the zip, where WebView2 is missing (Wine): our message, then exit 1.
pub fn app_explains_missing_webview2(app: &Path) -> Result<()> {
    let shot = screenshot_dir()?.join("dist-webview2-missing.png");
    let run = run_app_without_webview2(app, &shot)?;
    ensure!(
        run.code == Some(1)
            && run.stderr.contains("WebView2 Runtime")
            && run.stderr.contains("rdp-doctor check"),
        "RDP Doctor.exe without WebView2 exited with {:?} and said:\n{}",
        run.code,
        run.stderr
    );
    println!(
        "xtask: dist: RDP Doctor.exe explains the missing WebView2 ({})",
        shot.display()
    );
    Ok(())
}

fn screenshot_dir() -> Result<PathBuf> {
    let dir = crate::platforms::output_dir(None, crate::platforms::Profile::Dev)
        .parent()
        .context("target dir")?
        .join("gui-screenshots");
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// Installs with `/S` (silent, per user) under Wine, checks files, shortcut, the `.rdp`
/// registration and the uninstall entry, runs the installed CLI, then uninstalls and checks
/// that all of it is gone.
pub fn installer_round_trip(installer: &Path) -> Result<()> {
    let wine = wine()?;
    let users = wine.drive_c().join("users");
    let install_dir = |user: &Path| user.join("AppData/Local/Programs/RDP Doctor");
    let shortcut = |user: &Path| {
        user.join("AppData/Roaming/Microsoft/Windows/Start Menu/Programs/RDP Doctor.lnk")
    };
    // IT hands out the installer with its config beside it: it becomes the user's config.
    let handed_out = fresh_dir("installer")?;
    let setup = handed_out.join(installer.file_name().context("installer name")?);
    std::fs::copy(installer, &setup)?;
    std::fs::write(
        handed_out.join("rdp-doctor.toml"),
        "organisation = \"Contoso Ltd\"\r\n",
    )?;
    let run = wine.run(&setup, &["/S"], WINE_TIMEOUT)?;
    ensure!(
        run.code == 0,
        "the installer exited with {}: {}",
        run.code,
        run.stderr
    );
    let user = std::fs::read_dir(&users)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|u| install_dir(u).is_dir())
        .with_context(|| format!("the installer put nothing under {}", users.display()))?;
    let dir = install_dir(&user);
    for file in [
        "RDP Doctor.exe",
        "WebView2Loader.dll",
        "rdp-doctor.exe",
        "README.txt",
        "rdp-doctor.example.toml",
        "Uninstall RDP Doctor.exe",
    ] {
        ensure!(dir.join(file).is_file(), "{file} was not installed");
    }
    ensure!(shortcut(&user).is_file(), "no Start menu entry");
    let query = |key: &str| -> Result<String> {
        let out = wine.run(Path::new("reg"), &["query", key], WINE_TIMEOUT)?;
        Ok(if out.code == 0 {
            out.stdout
        } else {
            String::new()
        })
    };
    let open_with = query(r"HKCU\Software\Classes\.rdp\OpenWithProgids")?;
    ensure!(
        open_with.contains("RDPDoctor.rdp"),
        ".rdp is not offered: {open_with}"
    );
    let command = query(r"HKCU\Software\Classes\RDPDoctor.rdp\shell\open\command")?;
    ensure!(
        command.contains(r"RDP Doctor\RDP Doctor.exe") && command.contains("%1"),
        "the .rdp open command is {command}"
    );
    let uninstall = query(r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\RDPDoctor")?;
    ensure!(
        uninstall.contains("RDP Doctor") && uninstall.contains(crate::dist::version()),
        "no uninstall entry: {uninstall}"
    );
    let version = wine.run(&dir.join("rdp-doctor.exe"), &["--version"], WINE_TIMEOUT)?;
    ensure!(
        version.stdout.trim() == format!("rdp-doctor {}", crate::dist::version()),
        "the installed CLI says {:?}",
        version.stdout
    );
    let user_config = user.join("AppData/Roaming/RDP Doctor/rdp-doctor.toml");
    ensure!(
        user_config.is_file(),
        "the config beside the installer did not become the user's"
    );
    let shown = wine.run(&dir.join("rdp-doctor.exe"), &["config"], WINE_TIMEOUT)?;
    ensure!(
        shown.code == 0 && shown.stdout.contains("Contoso Ltd"),
        "the installed CLI does not use the user's config: {}{}",
        shown.stdout,
        shown.stderr
    );
    println!(
        "xtask: dist: the installer installed for one user, with its Start menu entry, .rdp registration and IT's config"
    );

    // The uninstaller copies itself to %TEMP% and returns at once; wait for it to finish.
    let run = wine.run(&dir.join("Uninstall RDP Doctor.exe"), &["/S"], WINE_TIMEOUT)?;
    ensure!(run.code == 0, "the uninstaller exited with {}", run.code);
    let start = std::time::Instant::now();
    while dir.exists() && start.elapsed() < WINE_TIMEOUT {
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    ensure!(
        !dir.exists(),
        "{} is still there after uninstalling",
        dir.display()
    );
    ensure!(
        !shortcut(&user).exists(),
        "the Start menu entry is still there"
    );
    for key in [
        r"HKCU\Software\Classes\RDPDoctor.rdp",
        r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\RDPDoctor",
        r"HKCU\Software\Classes\RDP.File\shell\RDPDoctor",
    ] {
        ensure!(query(key)?.is_empty(), "{key} is still in the registry");
    }
    ensure!(
        !query(r"HKCU\Software\Classes\.rdp\OpenWithProgids")?.contains("RDPDoctor.rdp"),
        ".rdp still offers RDP Doctor"
    );
    // The user's config is IT's and stays; the prefix is shared with the tests, so tidy it.
    ensure!(user_config.is_file(), "the uninstaller removed IT's config");
    std::fs::remove_file(&user_config)?;
    let _ = std::fs::remove_dir_all(&handed_out);
    println!(
        "xtask: dist: the uninstaller removed the files, the shortcut and the registry entries"
    );
    Ok(())
}

/// `dpkg -i` the package, run its programs, `dpkg -r` it again (unless it was installed
/// before). Needs root, or sudo.
pub fn deb_installs_and_runs(deb: &Path) -> Result<()> {
    let root = is_root();
    let sudo = |args: &[&str]| -> Command {
        let mut c = if root {
            Command::new(args[0])
        } else {
            let mut c = Command::new("sudo");
            c.arg(args[0]);
            c
        };
        c.args(&args[1..]);
        c
    };
    let fields = Command::new("dpkg-deb")
        .args(["--field"])
        .arg(deb)
        .args(["Package", "Version", "Depends"])
        .output()?;
    let fields = String::from_utf8_lossy(&fields.stdout).into_owned();
    for want in ["Package: rdp-doctor", "libwebkit2gtk-4.1-0", "libgtk-3-0"] {
        ensure!(
            fields.contains(want),
            "the .deb's control lacks {want}: {fields}"
        );
    }
    let was_installed = Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", "rdp-doctor"])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"));
    let mut install = sudo(&["dpkg", "-i"]);
    install.arg(deb);
    crate::status(install)?;
    let outcome = (|| -> Result<()> {
        let version = Command::new("/usr/bin/rdp-doctor")
            .arg("--version")
            .output()?;
        ensure!(
            String::from_utf8_lossy(&version.stdout).trim()
                == format!("rdp-doctor {}", crate::dist::version()),
            "the installed CLI says {:?}",
            String::from_utf8_lossy(&version.stdout)
        );
        let closed = RefusedPort::new()?;
        let mut check = Command::new("/usr/bin/rdp-doctor");
        check.args(["check", &closed.addr().to_string(), "--json"]);
        let out = run_with_timeout(check, WINE_TIMEOUT)?;
        ensure!(
            out.code == 2 && out.json()?.to_string().contains("reach.refused"),
            "the installed CLI's check of a closed port: exit {}",
            out.code
        );
        let ldd = Command::new("ldd")
            .arg("/usr/bin/rdp-doctor-desktop")
            .output()?;
        let libraries = String::from_utf8_lossy(&ldd.stdout);
        ensure!(
            ldd.status.success() && !libraries.contains("not found"),
            "the installed app misses libraries:\n{libraries}"
        );
        for file in [
            "/usr/share/applications/rdp-doctor.desktop",
            "/usr/share/icons/hicolor/128x128/apps/rdp-doctor.png",
            "/usr/share/mime/packages/rdp-doctor.xml",
        ] {
            ensure!(Path::new(file).is_file(), "{file} was not installed");
        }
        Ok(())
    })();
    if !was_installed {
        let mut remove = sudo(&["dpkg", "-r", "rdp-doctor"]);
        remove.stdout(std::process::Stdio::null());
        crate::status(remove)?;
        if Path::new("/usr/bin/rdp-doctor").exists() {
            bail!("dpkg -r left /usr/bin/rdp-doctor behind");
        }
    }
    outcome?;
    println!(
        "xtask: dist: the .deb installs with dpkg, its programs find their libraries and run, and it removes cleanly"
    );
    Ok(())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A fresh folder under the target directory.
fn fresh_dir(what: &str) -> Result<PathBuf> {
    let dir = crate::platforms::output_dir(None, crate::platforms::Profile::Dev)
        .join(format!("dist-check-{what}"));
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

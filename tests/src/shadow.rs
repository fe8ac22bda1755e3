//! FreeRDP's shadow server (Debian `freerdp2-shadow-x11`, FreeRDP 2.11) sharing an Xvfb display:
//! the harness's real CredSSP/NLA server.
//!
//! Observed with `/sec:nla` (see `tests/harness.rs`): requests 0x00, 0x01 and 0x08 get failure 5
//! (HYBRID_REQUIRED_BY_SERVER); 0x02, 0x03 and 0x0B get RDP_NEG_RSP selecting 2 (HYBRID) with
//! flags 0x03. The NTLM CHALLENGE names the machine: NetBIOS computer and domain are the host
//! name up to the first dot in upper case (`VM`), DNS computer and domain the host name as is
//! (`vm`); VERSION 6.1.7601; a current MsvAvTimestamp.
//!
//! With `/sec:tls`: 0x01, 0x03 and 0x0B select 1 (SSL), 0x00 and 0x02 get failure 1
//! (SSL_REQUIRED_BY_SERVER).

use std::io::{BufRead as _, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};

use crate::certs::{CertSpec, TestCert};
use crate::ports::{NotReady, loopback, try_free_port, wait_until_listening};
use crate::process::{GroupChild, find_program, log_tail};
use crate::temp_dir;

/// How long Xvfb gets to report its display.
pub const XVFB_TIMEOUT: Duration = Duration::from_secs(10);
/// How long the shadow server gets to listen, per attempt.
pub const READY_TIMEOUT: Duration = Duration::from_secs(15);
/// Attempts to start the shadow server (opening the display fails now and then).
const ATTEMPTS: usize = 3;

/// A virtual X server on a display number of its own; killed on drop.
#[derive(Debug)]
pub struct Xvfb {
    process: GroupChild,
    display: u32,
    log_path: PathBuf,
}

impl Xvfb {
    /// Starts `Xvfb` and lets it pick a free display itself (`-displayfd`).
    ///
    /// With `-displayfd` the X server tries display numbers upwards and claims one atomically
    /// through its lock file, so parallel tests never pick the same number; a number chosen by
    /// the harness could be claimed by another test in between and Xvfb would exit with "Server is
    /// already active for display". Xvfb writes the number when it is ready to accept clients.
    pub fn start(log_dir: &Path) -> Result<Self> {
        Self::start_with_screen(log_dir, "1024x768x24")
    }

    /// [`Xvfb::start`] with another screen size, e.g. `1280x800x24` for the app's window.
    pub fn start_with_screen(log_dir: &Path, screen: &str) -> Result<Self> {
        let program = find_program("Xvfb")?;
        let log_path = log_dir.join("xvfb.log");
        let log = std::fs::File::create(&log_path)?;
        let mut command = Command::new(program);
        command
            .args([
                "-displayfd",
                "1",
                "-nolisten",
                "tcp",
                "-noreset",
                "-screen",
                "0",
                screen,
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log);
        let mut process = GroupChild::spawn_configured("Xvfb", command)?;
        let stdout = process
            .child_mut()
            .stdout
            .take()
            .context("Xvfb stdout not piped")?;

        let (sender, receiver) = mpsc::channel();
        thread::spawn(move || {
            let mut line = String::new();
            let result = BufReader::new(stdout).read_line(&mut line).map(|_| line);
            let _ = sender.send(result);
        });
        let display = match receiver.recv_timeout(XVFB_TIMEOUT) {
            Ok(Ok(line)) if !line.trim().is_empty() => line
                .trim()
                .parse::<u32>()
                .with_context(|| format!("Xvfb printed {line:?} instead of a display number"))?,
            Ok(Ok(_)) | Ok(Err(_)) => bail!(
                "Xvfb exited without reporting a display ({:?})\n{}",
                process.exit_status(),
                log_tail(&log_path, 15)
            ),
            Err(_) => bail!(
                "Xvfb reported no display within {XVFB_TIMEOUT:?}\n{}",
                log_tail(&log_path, 15)
            ),
        };
        // A second check that it is really alive, not a leftover message of a dying server.
        if let Some(status) = process.exit_status() {
            bail!(
                "Xvfb :{display} exited ({status})\n{}",
                log_tail(&log_path, 15)
            );
        }
        Ok(Self {
            process,
            display,
            log_path,
        })
    }

    /// The display number N (for `DISPLAY=:N`).
    pub fn display(&self) -> u32 {
        self.display
    }

    /// Whether the server is still running.
    pub fn is_running(&mut self) -> bool {
        self.process.exit_status().is_none()
    }

    /// Xvfb's stderr log.
    pub fn log_path(&self) -> &Path {
        &self.log_path
    }
}

/// `/sec:` of the shadow server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShadowSecurity {
    /// `/sec:nla`: CredSSP required (failure 5 for anything else).
    #[default]
    Nla,
    /// `/sec:tls`: TLS only (failure 1 for standard RDP or CredSSP-only requests).
    Tls,
}

/// How to configure a [`FreerdpShadow`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShadowOptions {
    /// `/sec:`.
    pub security: ShadowSecurity,
    /// The certificate put into `$HOME/.config/freerdp/shadow/shadow.{crt,key}`.
    pub cert: CertSpec,
}

impl Default for ShadowOptions {
    fn default() -> Self {
        Self {
            security: ShadowSecurity::Nla,
            cert: CertSpec::valid("shadow.rdpd.test"),
        }
    }
}

/// The account in the shadow server's SAM file.
pub const USER: &str = "rdpd";
/// Its password.
pub const PASSWORD: &str = "Rdpd-Test-Pass-1";

/// A running `freerdp-shadow-cli` and its Xvfb; both stopped on drop.
#[derive(Debug)]
pub struct FreerdpShadow {
    // Drop order: the shadow server, then its display, then the directory.
    process: GroupChild,
    xvfb: Xvfb,
    addr: SocketAddr,
    cert: TestCert,
    options: ShadowOptions,
    startup: Duration,
    attempts: usize,
    log_path: PathBuf,
    home: tempfile::TempDir,
}

impl FreerdpShadow {
    /// A shadow server requiring NLA, with a valid certificate.
    pub fn start_nla() -> Result<Self> {
        Self::start(ShadowOptions::default())
    }

    /// Starts Xvfb and the shadow server on a free 127.0.0.1 port and waits until the port accepts
    /// connections; retries (up to 3 times) when the server cannot open the display or the port.
    ///
    /// `HOME` and `XDG_CONFIG_HOME` point into a temporary directory: FreeRDP reads its
    /// certificate from `$XDG_CONFIG_HOME/freerdp/shadow/` (default `$HOME/.config`), and would
    /// otherwise write a generated one into the real home directory.
    pub fn start(options: ShadowOptions) -> Result<Self> {
        let shadow = find_program("freerdp-shadow-cli")?;
        let home = temp_dir("shadow")?;
        let config_home = home.path().join(".config");
        let cert_dir = config_home.join("freerdp").join("shadow");
        std::fs::create_dir_all(&cert_dir)?;
        let cert = TestCert::generate(&options.cert)?;
        cert.write_pem_files(&cert_dir, "shadow")?;
        let sam_path = write_sam_file(home.path())?;
        let log_path = home.path().join("shadow.log");

        let started = Instant::now();
        let mut xvfb = Xvfb::start(home.path())?;
        let mut failures = Vec::new();
        for attempt in 1..=ATTEMPTS {
            if !xvfb.is_running() {
                xvfb = Xvfb::start(home.path())?;
            }
            let port = try_free_port()?;
            let mut command = Command::new(&shadow);
            command
                .arg("/bind-address:127.0.0.1")
                .arg(format!("/port:{port}"))
                .arg(match options.security {
                    ShadowSecurity::Nla => "/sec:nla",
                    ShadowSecurity::Tls => "/sec:tls",
                })
                .arg(format!("/sam-file:{}", sam_path.display()))
                .env("DISPLAY", format!(":{}", xvfb.display()))
                .env("HOME", home.path())
                .env("XDG_CONFIG_HOME", &config_home)
                .current_dir(home.path());
            let mut process = GroupChild::spawn("freerdp-shadow-cli", command, Some(&log_path))?;
            let addr = loopback(port);
            match wait_until_listening(port, &mut process, READY_TIMEOUT) {
                Ok(_) => {
                    return Ok(Self {
                        process,
                        xvfb,
                        addr,
                        cert,
                        options,
                        startup: started.elapsed(),
                        attempts: attempt,
                        log_path,
                        home,
                    });
                }
                Err(not_ready) => {
                    process.stop();
                    let log = log_tail(&log_path, 15);
                    // FreeRDP's words for "cannot open the display" and "port taken".
                    let retryable = matches!(not_ready, NotReady::Exited(_))
                        && (log.contains("failed to open display")
                            || log.contains("Problem creating TCP listener"));
                    failures.push(format!(
                        "attempt {attempt}: freerdp-shadow-cli on {addr} (DISPLAY=:{}) {not_ready}\n{log}",
                        xvfb.display()
                    ));
                    if !retryable {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(200));
                }
            }
        }
        bail!(
            "FreeRDP shadow server ({options:?}) did not start:\n{}\n{}",
            failures.join("\n"),
            log_tail(xvfb.log_path(), 10)
        )
    }

    /// Where it listens (127.0.0.1:port).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `HOST:PORT` as the CLI takes it.
    pub fn target(&self) -> String {
        self.addr.to_string()
    }

    /// The certificate it presents.
    pub fn cert(&self) -> &TestCert {
        &self.cert
    }

    /// The options it was started with.
    pub fn options(&self) -> &ShadowOptions {
        &self.options
    }

    /// The NetBIOS computer (and domain) name its NTLM CHALLENGE carries: see
    /// [`expected_computer_name`].
    pub fn expected_computer_name(&self) -> String {
        expected_computer_name()
    }

    /// The account that can log on (user, password).
    pub fn credentials(&self) -> (&'static str, &'static str) {
        (USER, PASSWORD)
    }

    /// The X display it shares.
    pub fn display(&self) -> u32 {
        self.xvfb.display()
    }

    /// From starting Xvfb to the first accepted connection, retries included.
    pub fn startup_time(&self) -> Duration {
        self.startup
    }

    /// How many starts it took (1 when the display opened at once).
    pub fn attempts(&self) -> usize {
        self.attempts
    }

    /// The last lines of the server's log, for assertion messages.
    pub fn log_tail(&self) -> String {
        log_tail(&self.log_path, 30)
    }

    /// The temporary `HOME`.
    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// The shadow server's PID (also its process group ID).
    pub fn pid(&self) -> u32 {
        self.process.id()
    }

    /// Stops the shadow server now, keeping Xvfb (drop stops both).
    pub fn stop(&mut self) {
        self.process.stop();
    }
}

/// The name FreeRDP's NTLM (WinPR) reports as NetBIOS computer and domain name: the host name up to
/// the first dot, in upper case (WinPR's `GetComputerNameExA(ComputerNameNetBIOS)` then
/// `CharUpperA`). The DNS names in the same message are the host name unchanged. Names longer than
/// 15 characters were not tried here.
pub fn expected_computer_name() -> String {
    host_name()
        .split('.')
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase()
}

/// The kernel's host name (what `gethostname(2)` returns in this UTS namespace).
pub fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|name| name.trim().to_owned())
        .unwrap_or_default()
}

/// Writes a SAM file with [`USER`]/[`PASSWORD`] made by `winpr-hash -f sam`.
fn write_sam_file(dir: &Path) -> Result<PathBuf> {
    let winpr_hash = find_program("winpr-hash")?;
    let output = Command::new(winpr_hash)
        .args(["-u", USER, "-p", PASSWORD, "-f", "sam"])
        .stdin(Stdio::null())
        .output()
        .context("running winpr-hash")?;
    let line = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    if !output.status.success() || !line.starts_with(&format!("{USER}:")) {
        bail!(
            "winpr-hash failed ({}): {line} {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let path = dir.join("sam");
    std::fs::write(&path, format!("{line}\n"))?;
    Ok(path)
}

//! A real xrdp (Debian package `xrdp`, 0.9.21) on a loopback port, for TLS, negotiation and
//! standard RDP security.
//!
//! xrdp runs in the foreground (`--nodaemon`) from an ini written into a temporary directory: a
//! copy of the packaged `/etc/xrdp/xrdp.ini` with the `[Globals]` and `[Logging]` keys the test
//! controls replaced. No systemd, no xrdp-sesman: both only matter after the login screen.
//! In `--nodaemon` mode xrdp writes no PID file, so any number of instances run side by side.
//! It still reads `/etc/xrdp/rsakeys.ini` (standard RDP security keys, made by the package's
//! postinst, mode 0600 owned by `xrdp`): run the tests as root, as CI does.
//!
//! What each mode answers (observed with [`crate::x224`], see `tests/harness.rs`):
//!
//! | requested | negotiate | tls | rdp |
//! |---|---|---|---|
//! | 0x00 RDP | selects 0 | failure 1 | selects 0 |
//! | 0x01 SSL | selects 1 | selects 1 | selects 0 |
//! | 0x02 HYBRID | selects 0 | failure 1 | selects 0 |
//! | 0x03 SSL+HYBRID | selects 1 | selects 1 | selects 0 |
//! | 0x0B SSL+HYBRID+EX | selects 1 | selects 1 | selects 0 |
//!
//! xrdp 0.9 in `rdp` mode never sends failure 2 (SSL_NOT_ALLOWED_BY_SERVER): it answers any
//! request with RDP_NEG_RSP selecting PROTOCOL_RDP. RDP_NEG_RSP flags are 0x01.

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use time::OffsetDateTime;

use crate::certs::{CertSpec, TestCert};
use crate::ports::{NotReady, loopback, try_free_port, wait_until_listening};
use crate::process::{GroupChild, find_program, log_tail};
use crate::temp_dir;

/// The packaged configuration the test configuration starts from.
pub const SYSTEM_INI: &str = "/etc/xrdp/xrdp.ini";

/// How long xrdp gets to listen. It is usually ready in well under a second.
pub const READY_TIMEOUT: Duration = Duration::from_secs(10);

/// `security_layer` in xrdp.ini.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SecurityLayer {
    /// `negotiate`: TLS when the client asks for it, otherwise standard RDP security.
    #[default]
    Negotiate,
    /// `tls`: TLS only; standard-RDP-only and CredSSP-only requests get failure 1.
    Tls,
    /// `rdp`: standard RDP security only (RC4, server certificate from rsakeys.ini).
    Rdp,
}

impl SecurityLayer {
    fn ini_value(self) -> &'static str {
        match self {
            Self::Negotiate => "negotiate",
            Self::Tls => "tls",
            Self::Rdp => "rdp",
        }
    }
}

/// Which TLS versions xrdp offers (`ssl_protocols`, `tls_ciphers`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TlsVersions {
    /// TLS 1.2 and 1.3 (the packaged default).
    #[default]
    Modern,
    /// TLS 1.0 only, with `tls_ciphers=DEFAULT:@SECLEVEL=0` so OpenSSL 3 allows it: a TLS 1.2 or
    /// 1.3 ClientHello gets a protocol_version alert.
    Tls10Only,
}

/// How to configure an [`Xrdp`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XrdpOptions {
    /// `security_layer`.
    pub security_layer: SecurityLayer,
    /// The certificate xrdp presents in TLS.
    pub cert: CertSpec,
    /// `ssl_protocols`.
    pub tls: TlsVersions,
}

impl Default for XrdpOptions {
    fn default() -> Self {
        Self {
            security_layer: SecurityLayer::Negotiate,
            cert: CertSpec::valid("xrdp.rdpd.test"),
            tls: TlsVersions::Modern,
        }
    }
}

/// A running xrdp; stopped (with every per-connection child) on drop.
#[derive(Debug)]
pub struct Xrdp {
    // Field order matters: the process is stopped before its directory is removed.
    process: GroupChild,
    addr: SocketAddr,
    cert: TestCert,
    options: XrdpOptions,
    startup: Duration,
    log_path: PathBuf,
    dir: tempfile::TempDir,
}

impl Xrdp {
    /// Starts xrdp on a free 127.0.0.1 port and waits (at most [`READY_TIMEOUT`]) until it
    /// accepts connections. Retries on a new port if the port was taken meanwhile.
    pub fn start(options: XrdpOptions) -> Result<Self> {
        let xrdp = find_program("xrdp")?;
        let template = std::fs::read_to_string(SYSTEM_INI).with_context(|| {
            format!("reading {SYSTEM_INI}: install xrdp with tests/setup/install-deps.sh")
        })?;
        let cert = TestCert::generate(&options.cert)?;
        let dir = temp_dir("xrdp")?;
        let (cert_path, key_path) = cert.write_pem_files(dir.path(), "server")?;
        let log_path = dir.path().join("xrdp.log");
        let console_path = dir.path().join("console.log");

        let started = Instant::now();
        let mut last_error = None;
        for _attempt in 0..3 {
            let port = try_free_port()?;
            let ini_path = dir.path().join("xrdp.ini");
            let ini = adapt_ini(&template, port, &options, &cert_path, &key_path, &log_path);
            std::fs::write(&ini_path, ini)?;
            let _ = std::fs::remove_file(&log_path);

            let mut command = Command::new(&xrdp);
            command
                .arg("--nodaemon")
                .arg("--config")
                .arg(&ini_path)
                .current_dir(dir.path());
            let mut process = GroupChild::spawn("xrdp", command, Some(&console_path))?;
            let addr = loopback(port);
            match wait_until_listening(port, &mut process, READY_TIMEOUT) {
                Ok(_) => {
                    return Ok(Self {
                        process,
                        addr,
                        cert,
                        options,
                        startup: started.elapsed(),
                        log_path,
                        dir,
                    });
                }
                Err(not_ready) => {
                    process.stop();
                    let logs = format!(
                        "{}\n{}",
                        log_tail(&log_path, 20),
                        log_tail(&console_path, 10)
                    );
                    // What xrdp 0.9 logs when the port is taken (then it exits).
                    let port_taken = matches!(not_ready, NotReady::Exited(_))
                        && logs.contains("trans_listen_address failed");
                    last_error = Some(anyhow::anyhow!(
                        "xrdp ({options:?}) on {addr} {not_ready}\n{logs}"
                    ));
                    if !port_taken {
                        break;
                    }
                }
            }
        }
        Err(last_error.unwrap_or_else(|| anyhow::anyhow!("xrdp did not start")))
    }

    /// Where xrdp listens (127.0.0.1:port).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `HOST:PORT` as the CLI takes it.
    pub fn target(&self) -> String {
        self.addr.to_string()
    }

    /// The certificate xrdp presents.
    pub fn cert(&self) -> &TestCert {
        &self.cert
    }

    /// The end of the presented certificate's validity.
    pub fn cert_not_after(&self) -> OffsetDateTime {
        self.cert.not_after
    }

    /// The options it was started with.
    pub fn options(&self) -> &XrdpOptions {
        &self.options
    }

    /// From spawning to the first accepted connection (including retries, excluding key
    /// generation).
    pub fn startup_time(&self) -> Duration {
        self.startup
    }

    /// xrdp's own log file.
    pub fn log_path(&self) -> &Path {
        &self.log_path
    }

    /// The last lines of xrdp's log, for assertion messages.
    pub fn log_tail(&self) -> String {
        log_tail(&self.log_path, 30)
    }

    /// The temporary directory holding the ini, certificate, key and logs.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// xrdp's PID (also its process group ID).
    pub fn pid(&self) -> u32 {
        self.process.id()
    }

    /// Stops xrdp now (drop does the same).
    pub fn stop(&mut self) {
        self.process.stop();
    }
}

/// The packaged ini with the keys this test controls replaced (or added) in `[Globals]` and
/// `[Logging]`; other sections (`[Xorg]` also has a `port=`) stay untouched.
fn adapt_ini(
    template: &str,
    port: u16,
    options: &XrdpOptions,
    cert_path: &Path,
    key_path: &Path,
    log_path: &Path,
) -> String {
    let mut globals = vec![
        ("port", format!("tcp://127.0.0.1:{port}")),
        (
            "security_layer",
            options.security_layer.ini_value().to_owned(),
        ),
        ("crypt_level", "high".to_owned()),
        ("certificate", cert_path.display().to_string()),
        ("key_file", key_path.display().to_string()),
    ];
    match options.tls {
        TlsVersions::Modern => globals.push(("ssl_protocols", "TLSv1.2, TLSv1.3".to_owned())),
        TlsVersions::Tls10Only => {
            globals.push(("ssl_protocols", "TLSv1".to_owned()));
            globals.push(("tls_ciphers", "DEFAULT:@SECLEVEL=0".to_owned()));
        }
    }
    let logging = vec![
        ("LogFile", log_path.display().to_string()),
        ("LogLevel", "DEBUG".to_owned()),
        ("EnableSyslog", "false".to_owned()),
    ];
    let text = set_ini_keys(template, "Globals", &globals);
    set_ini_keys(&text, "Logging", &logging)
}

/// Sets `key=value` pairs in one `[section]` of an ini text: replaces existing (uncommented)
/// keys, appends missing ones at the end of the section, and adds the section if absent.
pub fn set_ini_keys(text: &str, section: &str, pairs: &[(&str, String)]) -> String {
    let header = format!("[{section}]");
    let mut out = String::with_capacity(text.len() + 256);
    let mut in_section = false;
    let mut seen_section = false;
    let mut written = vec![false; pairs.len()];

    let flush = |out: &mut String, written: &mut Vec<bool>| {
        for (index, (key, value)) in pairs.iter().enumerate() {
            if !written[index] {
                let _ = writeln!(out, "{key}={value}");
                written[index] = true;
            }
        }
    };

    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            if in_section {
                flush(&mut out, &mut written);
            }
            in_section = trimmed.eq_ignore_ascii_case(&header);
            seen_section |= in_section;
        } else if in_section
            && let Some((key, _)) = trimmed.split_once('=')
            && let Some(index) = pairs
                .iter()
                .position(|(k, _)| k.eq_ignore_ascii_case(key.trim()))
        {
            if !written[index] {
                let _ = writeln!(out, "{}={}", pairs[index].0, pairs[index].1);
                written[index] = true;
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    if in_section {
        flush(&mut out, &mut written);
    }
    if !seen_section {
        let _ = writeln!(out, "\n{header}");
        flush(&mut out, &mut written);
    }
    out
}

/// Checks that xrdp and the files it reads from `/etc/xrdp` are installed.
pub fn check_installation() -> Result<()> {
    find_program("xrdp")?;
    for path in [SYSTEM_INI, "/etc/xrdp/rsakeys.ini"] {
        if !Path::new(path).exists() {
            bail!("{path} is missing: (re)install xrdp with tests/setup/install-deps.sh");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "[Globals]\nport=3389\n;certificate=\nsecurity_layer=negotiate\n\n[Logging]\nLogFile=xrdp.log\n\n[Xorg]\nport=-1\n";

    #[test]
    fn only_the_named_section_changes() {
        let out = set_ini_keys(
            SAMPLE,
            "Globals",
            &[
                ("port", "tcp://127.0.0.1:5".to_owned()),
                ("certificate", "/c.pem".to_owned()),
            ],
        );
        assert!(out.contains("[Globals]\nport=tcp://127.0.0.1:5\n;certificate=\nsecurity_layer=negotiate\n\ncertificate=/c.pem\n[Logging]"), "{out}");
        assert!(out.contains("[Xorg]\nport=-1\n"), "{out}");
    }

    #[test]
    fn a_missing_section_is_added() {
        let out = set_ini_keys("[A]\nx=1\n", "B", &[("y", "2".to_owned())]);
        assert_eq!(out, "[A]\nx=1\n\n[B]\ny=2\n");
    }
}

//! A real RDP server that answers one connection at a time: weston's RDP backend (Debian
//! package `weston`, 10.0.1, with libweston built on FreeRDP 2.11's server side).
//!
//! Weston runs each RDP peer in its single Wayland event loop, and FreeRDP 2's server side
//! waits for the TLS ClientHello inside that loop once it has sent its negotiation answer. So
//! while one connection sits between weston's X.224 answer and its ClientHello, weston answers
//! no other connection — observed with [`crate::x224`] (see `tests/drops.rs`): a second
//! request waited 40 s without an answer and was answered within milliseconds of the first
//! connection closing. A connection that is open but has not sent its request yet blocks
//! nothing.
//!
//! What it answers: 0x00 → selects RDP (0); 0x01, 0x03, 0x0B → selects TLS (1); 0x04 →
//! failure 2 (SSL_NOT_ALLOWED_BY_SERVER). No CredSSP: weston 10 has no NLA.
//!
//! Weston needs `XDG_RUNTIME_DIR` (a 0700 directory of its own here, which also holds its
//! Wayland socket, so instances run side by side) and no display: the RDP backend renders
//! into memory. It runs without `weston.ini` (`--no-config`), as root as the tests do.

use std::net::SocketAddr;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Context as _, Result};

use crate::certs::{CertSpec, TestCert};
use crate::ports::{loopback, try_free_port, wait_until_listening};
use crate::process::{GroupChild, find_program, log_tail};
use crate::temp_dir;

/// How long weston gets to listen (about 0.1 s here).
pub const READY_TIMEOUT: Duration = Duration::from_secs(15);

/// A running weston with its RDP backend on a loopback port; stopped with its helper
/// processes (its shell and keyboard clients) on drop.
#[derive(Debug)]
pub struct Weston {
    // The process is stopped before its directory is removed.
    process: GroupChild,
    addr: SocketAddr,
    cert: TestCert,
    log_path: PathBuf,
    dir: tempfile::TempDir,
}

impl Weston {
    /// Starts weston on a free 127.0.0.1 port with a certificate made out to `weston.rdpd.test`.
    pub fn start() -> Result<Self> {
        let weston = find_program("weston")
            .context("weston is missing: install it with tests/setup/install-deps.sh")?;
        let cert = TestCert::generate(&CertSpec::valid("weston.rdpd.test"))?;
        let dir = temp_dir("weston")?;
        let (cert_path, key_path) = cert.write_pem_files(dir.path(), "server")?;
        let runtime = dir.path().join("runtime");
        std::fs::create_dir(&runtime)?;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700))?;
        let log_path = dir.path().join("weston.log");
        let console_path = dir.path().join("console.log");
        let mut last_error = None;
        // A port taken between choosing and binding makes weston exit: try another.
        for _attempt in 0..3 {
            let port = try_free_port()?;
            let mut command = Command::new(&weston);
            command
                .arg("--backend=rdp-backend.so")
                .arg("--no-config")
                .arg("--address=127.0.0.1")
                .arg(format!("--port={port}"))
                .arg(format!("--rdp-tls-cert={}", cert_path.display()))
                .arg(format!("--rdp-tls-key={}", key_path.display()))
                .arg(format!("--log={}", log_path.display()))
                .env("XDG_RUNTIME_DIR", &runtime)
                .env_remove("WAYLAND_DISPLAY")
                .env_remove("DISPLAY")
                .current_dir(dir.path());
            let mut process = GroupChild::spawn("weston", command, Some(&console_path))?;
            match wait_until_listening(port, &mut process, READY_TIMEOUT) {
                Ok(_) => {
                    return Ok(Self {
                        process,
                        addr: loopback(port),
                        cert,
                        log_path,
                        dir,
                    });
                }
                Err(not_ready) => {
                    process.stop();
                    last_error = Some(anyhow::anyhow!(
                        "weston on port {port} {not_ready}\n{}\n{}",
                        log_tail(&log_path, 20),
                        log_tail(&console_path, 10)
                    ));
                }
            }
        }
        Err(last_error.unwrap_or_else(|| anyhow::anyhow!("weston did not start")))
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

    /// The last lines of weston's log, for assertion messages.
    pub fn log_tail(&self) -> String {
        log_tail(&self.log_path, 30)
    }

    /// Weston's PID (also its process group ID).
    pub fn pid(&self) -> u32 {
        self.process.id()
    }

    /// The temporary directory (certificate, key, runtime directory, logs).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

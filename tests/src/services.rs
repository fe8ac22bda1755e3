//! Real services that are not Remote Desktop, from Debian packages, on loopback ports: what a
//! wrong port number or a router forwarding to the wrong machine meets (issue 12).
//!
//! - [`Nginx`] (package `nginx`): a web server, plain HTTP or HTTPS with a generated
//!   certificate. It answers X.224 with `400 Bad Request`, on its HTTPS port too.
//! - [`PythonHttp`] (package `python3`, `python3 -m http.server`): a web server that waits for
//!   a whole request line, so X.224 (which has no line break) meets silence.
//! - [`Dropbear`] (package `dropbear-bin`): an SSH server that greets first. Password and root
//!   logins are off (`-s -g -w`), forwarding too (`-j -k`): nothing can sign in.
//!
//! Like [`crate::Xrdp`], each runs in the foreground in its own process group, from files in a
//! temporary directory of its own, is waited for until it holds its listening socket, starts
//! again on a new port if the port was taken meanwhile, and is stopped with its group on drop.

use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use anyhow::{Context as _, Result, bail};

use crate::certs::{CertSpec, TestCert};
use crate::ports::{NotReady, loopback, try_free_port, wait_until_listening};
use crate::process::{GroupChild, find_program, log_tail};
use crate::temp_dir;

/// How long a service gets to listen. Each is usually ready within 100 ms.
pub const READY_TIMEOUT: Duration = Duration::from_secs(10);

/// Starts `program` from `command(port)` on a free port, retrying on a new port when
/// `port_taken` recognises the log of a start that lost its port to another test.
fn start_on_free_port(
    name: &str,
    dir: &Path,
    command: impl Fn(u16) -> Result<Command>,
    port_taken: impl Fn(&str) -> bool,
) -> Result<(GroupChild, SocketAddr)> {
    let console = dir.join(format!("{name}.console.log"));
    let mut last_error = None;
    for _attempt in 0..3 {
        let port = try_free_port()?;
        let mut process = GroupChild::spawn(name, command(port)?, Some(&console))?;
        match wait_until_listening(port, &mut process, READY_TIMEOUT) {
            Ok(_) => return Ok((process, loopback(port))),
            Err(not_ready) => {
                process.stop();
                let logs = log_tail(&console, 20);
                let taken = matches!(not_ready, NotReady::Exited(_)) && port_taken(&logs);
                last_error = Some(anyhow::anyhow!("{name} on port {port} {not_ready}\n{logs}"));
                if !taken {
                    break;
                }
            }
        }
    }
    Err(last_error.unwrap_or_else(|| anyhow::anyhow!("{name} did not start")))
}

/// A running nginx; stopped with its workers on drop.
#[derive(Debug)]
pub struct Nginx {
    // Field order matters: the process is stopped before its directory is removed.
    process: GroupChild,
    addr: SocketAddr,
    cert: Option<TestCert>,
    dir: tempfile::TempDir,
}

impl Nginx {
    /// nginx serving a one-line page over plain HTTP.
    pub fn http() -> Result<Nginx> {
        Nginx::start(None)
    }

    /// nginx serving the same page over HTTPS, with a certificate for `cn` (also its only
    /// DNS name).
    pub fn https(cn: &str) -> Result<Nginx> {
        Nginx::start(Some(TestCert::generate(&CertSpec::valid(cn))?))
    }

    fn start(cert: Option<TestCert>) -> Result<Nginx> {
        let nginx = find_program("nginx")?;
        let dir = temp_dir("nginx")?;
        let root = dir.path().join("www");
        std::fs::create_dir_all(&root)?;
        std::fs::write(root.join("index.html"), "<p>not Remote Desktop</p>\n")?;
        let tls = match &cert {
            Some(cert) => {
                let (c, k) = cert.write_pem_files(dir.path(), "server")?;
                format!(
                    " ssl;\n    ssl_certificate {};\n    ssl_certificate_key {}",
                    c.display(),
                    k.display()
                )
            }
            None => String::new(),
        };
        let d = dir.path().display().to_string();
        let config_path = dir.path().join("nginx.conf");
        let (process, addr) = start_on_free_port(
            "nginx",
            dir.path(),
            |port| {
                // Foreground, one worker, everything it writes inside the test's directory;
                // `user root` keeps the worker able to read the 0700 directory (ignored, with
                // a notice, when the tests do not run as root).
                let config = format!(
                    "daemon off;\nmaster_process on;\nworker_processes 1;\nuser root;\n\
                     pid {d}/nginx.pid;\nerror_log {d}/error.log info;\n\
                     events {{ worker_connections 64; }}\n\
                     http {{\n  access_log {d}/access.log;\n\
                       client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n\
                       fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n\
                       scgi_temp_path {d}/scgi;\n\
                       server {{\n    listen 127.0.0.1:{port}{tls};\n    root {d}/www;\n  }}\n}}\n"
                );
                std::fs::write(&config_path, config)?;
                let mut command = Command::new(&nginx);
                command
                    .arg("-p")
                    .arg(dir.path())
                    .arg("-c")
                    .arg(&config_path)
                    // The error log from the first moment, not /var/log/nginx (nginx 1.19.5+).
                    .arg("-e")
                    .arg(dir.path().join("error.log"));
                Ok(command)
            },
            |logs| logs.contains("Address already in use"),
        )?;
        Ok(Nginx {
            process,
            addr,
            cert,
            dir,
        })
    }

    /// Where it listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `HOST:PORT` as the CLI takes it.
    pub fn target(&self) -> String {
        self.addr.to_string()
    }

    /// The certificate it presents, for HTTPS.
    pub fn cert(&self) -> Option<&TestCert> {
        self.cert.as_ref()
    }

    /// The last lines of its error log, for assertion messages.
    pub fn log_tail(&self) -> String {
        log_tail(&self.dir.path().join("error.log"), 20)
    }

    /// The master's PID (also its process group ID).
    pub fn pid(&self) -> u32 {
        self.process.id()
    }
}

/// `python3 -m http.server` on a loopback port: a web server that reads a whole request line
/// before it answers anything.
#[derive(Debug)]
pub struct PythonHttp {
    process: GroupChild,
    addr: SocketAddr,
    _dir: tempfile::TempDir,
}

impl PythonHttp {
    pub fn start() -> Result<PythonHttp> {
        let python = find_program("python3")?;
        let dir = temp_dir("pyhttp")?;
        let root = dir.path().join("www");
        std::fs::create_dir_all(&root)?;
        std::fs::write(root.join("index.html"), "<p>not Remote Desktop</p>\n")?;
        let (process, addr) = start_on_free_port(
            "python3-http",
            dir.path(),
            |port| {
                let mut command = Command::new(&python);
                command
                    .args(["-m", "http.server", "--bind", "127.0.0.1"])
                    .arg(port.to_string())
                    .arg("--directory")
                    .arg(&root);
                Ok(command)
            },
            |logs| logs.contains("Address already in use"),
        )?;
        Ok(PythonHttp {
            process,
            addr,
            _dir: dir,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn target(&self) -> String {
        self.addr.to_string()
    }

    pub fn pid(&self) -> u32 {
        self.process.id()
    }
}

/// Dropbear's SSH server in the foreground with a host key made for it; no one can sign in.
#[derive(Debug)]
pub struct Dropbear {
    process: GroupChild,
    addr: SocketAddr,
    version: String,
    dir: tempfile::TempDir,
}

impl Dropbear {
    pub fn start() -> Result<Dropbear> {
        let dropbear = find_program("dropbear")?;
        let dropbearkey = find_program("dropbearkey")?;
        let dir = temp_dir("dropbear")?;
        let key = dir.path().join("host_ed25519");
        let made = Command::new(dropbearkey)
            .args(["-t", "ed25519", "-f"])
            .arg(&key)
            .output()
            .context("running dropbearkey")?;
        if !made.status.success() {
            bail!(
                "dropbearkey failed ({}): {}",
                made.status,
                String::from_utf8_lossy(&made.stderr).trim()
            );
        }
        let pid_file = dir.path().join("dropbear.pid");
        let (process, addr) = start_on_free_port(
            "dropbear",
            dir.path(),
            |port| {
                let mut command = Command::new(&dropbear);
                // -F foreground, -E log to stderr, -s no passwords, -g no root passwords,
                // -w no root, -j/-k no forwarding, -r our host key, -P a pid file of our own.
                command
                    .args(["-F", "-E", "-s", "-g", "-w", "-j", "-k", "-r"])
                    .arg(&key)
                    .arg("-P")
                    .arg(&pid_file)
                    .arg("-p")
                    .arg(format!("127.0.0.1:{port}"));
                Ok(command)
            },
            |logs| logs.contains("Address already in use") || logs.contains("Failed listening"),
        )?;
        let version = dropbear_version(&dropbear);
        Ok(Dropbear {
            process,
            addr,
            version,
            dir,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn target(&self) -> String {
        self.addr.to_string()
    }

    /// What its greeting should start with: `SSH-2.0-dropbear`.
    pub fn greeting_prefix(&self) -> &'static str {
        "SSH-2.0-dropbear"
    }

    /// `dropbear -V`'s version, e.g. `2022.83` (empty when it could not be read).
    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn log_tail(&self) -> String {
        log_tail(&self.dir.path().join("dropbear.console.log"), 20)
    }

    pub fn pid(&self) -> u32 {
        self.process.id()
    }
}

/// `Dropbear v2022.83` on stderr → `2022.83`.
fn dropbear_version(dropbear: &Path) -> String {
    Command::new(dropbear)
        .arg("-V")
        .output()
        .ok()
        .map(|o| {
            let text = String::from_utf8_lossy(&o.stderr).into_owned()
                + &String::from_utf8_lossy(&o.stdout);
            text.split_whitespace()
                .find_map(|w| w.strip_prefix('v'))
                .unwrap_or_default()
                .to_string()
        })
        .unwrap_or_default()
}

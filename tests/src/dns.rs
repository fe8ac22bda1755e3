//! A DNS server of our own for the checks that need one: dnsmasq on a 127.77.x.y address of its
//! own in the root namespace, and a `resolv.conf` naming it, which a program sees in place of
//! `/etc/resolv.conf` through a private mount namespace (`unshare --mount`, then a bind mount, the
//! way `ip netns exec` shows a namespace its own `resolv.conf`).
//!
//! Staying in the root network namespace is the point: the program under test still reaches the
//! test's own servers and faults (xrdp, responders, iptables rules, routes), and the desktop app
//! under WebDriver keeps its loopback connection to `WebKitWebDriver`. Only the app's view of the
//! DNS settings changes, as when a laptop joins the office network.
//!
//! The zone is `corp.test`, which is also the search domain (so the short name `pc` means
//! `pc.corp.test`):
//! - the names given to [`TestDns::start`], with one or more IPv4 addresses each;
//! - `noaddr.corp.test`: the name exists (a TXT record) but has no address;
//! - `*.silent.corp.test`: forwarded to an upstream server that never answers (a UDP socket this
//!   guard holds and never reads), so the lookup times out, like the company's DNS server behind
//!   a VPN that is down;
//! - every other `corp.test` name does not exist (NXDOMAIN).
//!
//! Needs root (mounts) and `dnsmasq` and `unshare` (util-linux), from `tests/setup/install-deps.sh`.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::net::{Ipv4Addr, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Context as _, Result, bail};

use crate::faults::{Lease, address_lease};
use crate::ports::{NotReady, wait_until_listening};
use crate::process::{GroupChild, find_program, log_tail};

/// The zone dnsmasq answers for, and the search domain of its `resolv.conf`.
pub const ZONE: &str = "corp.test";
/// A name in [`ZONE`] that exists without an address.
pub const NO_ADDRESS: &str = "noaddr.corp.test";
/// A name whose lookup never gets an answer.
pub const SILENT: &str = "pc.silent.corp.test";
/// How long dnsmasq gets to listen.
const START_TIMEOUT: Duration = Duration::from_secs(10);

/// A running dnsmasq for [`ZONE`]; see the module docs. Stops on drop.
#[derive(Debug)]
pub struct TestDns {
    // Held to stop on drop.
    _dnsmasq: GroupChild,
    resolv_conf: PathBuf,
    // Held, never read: the silent upstream.
    _silent: UdpSocket,
    dir: tempfile::TempDir,
    _lease: Lease,
}

impl TestDns {
    /// Starts dnsmasq answering `hosts` (full names in [`ZONE`], each with its addresses) and
    /// waits until it listens.
    pub fn start(hosts: &[(&str, &[Ipv4Addr])]) -> Result<Self> {
        let (lease, address) = address_lease()?;
        let dir = crate::temp_dir("dns")?;
        let silent = UdpSocket::bind((address, 0))
            .with_context(|| format!("binding the silent upstream on {address}"))?;
        let silent_port = silent.local_addr()?.port();

        // A hosts file, not `--address`: it gives a name several addresses, all of them answered.
        let mut hosts_file = String::new();
        for (name, addresses) in hosts {
            if !name.ends_with(&format!(".{ZONE}")) {
                bail!("{name} is not in {ZONE}");
            }
            for ip in *addresses {
                writeln!(hosts_file, "{ip} {name}")?;
            }
        }
        let hosts_path = dir.path().join("hosts");
        std::fs::write(&hosts_path, hosts_file)?;
        let resolv_conf = dir.path().join("resolv.conf");
        // One try of one second, so a silent server costs the check little of its budget.
        std::fs::write(
            &resolv_conf,
            format!("nameserver {address}\nsearch {ZONE}\noptions timeout:1 attempts:1\n"),
        )?;

        let mut command = Command::new(find_program("dnsmasq")?);
        command.args([
            "--keep-in-foreground",
            "--no-resolv",
            "--no-hosts",
            "--bind-interfaces",
            "--user=root",
            "--pid-file=",
            "--log-facility=-",
            "--log-queries",
        ]);
        command
            .arg(format!("--listen-address={address}"))
            .arg(format!("--addn-hosts={}", hosts_path.display()))
            .arg(format!("--local=/{ZONE}/"))
            .arg(format!(
                "--txt-record={NO_ADDRESS},a name without an address"
            ))
            .arg(format!("--server=/silent.{ZONE}/{address}#{silent_port}"));
        let log = dir.path().join("dnsmasq.log");
        let mut dnsmasq = GroupChild::spawn("dnsmasq", command, Some(&log))?;
        match wait_until_listening(53, &mut dnsmasq, START_TIMEOUT) {
            Ok(_) => {}
            Err(NotReady::Exited(status)) => {
                bail!("dnsmasq exited with {status}:\n{}", log_tail(&log, 20))
            }
            Err(NotReady::TimedOut(after)) => {
                bail!(
                    "dnsmasq did not listen within {after:?}:\n{}",
                    log_tail(&log, 20)
                )
            }
        }
        Ok(Self {
            _dnsmasq: dnsmasq,
            resolv_conf,
            _silent: silent,
            dir,
            _lease: lease,
        })
    }

    /// The `resolv.conf` that names it, with [`ZONE`] as search domain.
    pub fn resolv_conf(&self) -> &Path {
        &self.resolv_conf
    }

    /// What dnsmasq logged (every query), for failure messages.
    pub fn log_tail(&self, lines: usize) -> String {
        log_tail(&self.dir.path().join("dnsmasq.log"), lines)
    }

    /// A `Command` running `program` with this server as its DNS settings.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Result<Command> {
        with_resolv_conf(&self.resolv_conf, program)
    }

    /// `rdp-doctor check <target> --json --timeout 5 <extra>` with this server as its DNS.
    pub fn check(&self, target: &str, extra: &[&str]) -> Result<(i32, serde_json::Value)> {
        let mut command = self.command(crate::cli_binary())?;
        command
            .args(["check", target, "--json", "--timeout", "5"])
            .args(extra);
        crate::run_json(command)
    }
}

/// A `Command` running `program` (add its arguments as usual) in a private mount namespace where
/// `resolv_conf` is bind-mounted over `/etc/resolv.conf`; everything it starts sees the same.
pub fn with_resolv_conf(resolv_conf: &Path, program: impl AsRef<OsStr>) -> Result<Command> {
    let mut command = Command::new(find_program("unshare")?);
    command
        .args(["--mount", "--propagation", "private", "--"])
        .arg(find_program("sh")?)
        .args(["-c", r#"mount --bind "$0" /etc/resolv.conf && exec "$@""#])
        .arg(resolv_conf)
        .arg(program);
    Ok(command)
}

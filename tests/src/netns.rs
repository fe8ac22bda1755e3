//! Network namespaces for faults loopback alone cannot show (a filtered port that drops SYNs).
//!
//! Requires root (CAP_SYS_ADMIN and CAP_NET_ADMIN), `ip` (iproute2) and `iptables`, as on CI.
//! Without them [`Netns::new`] returns an error and the test fails: a skipped fault test would
//! look like a passing one. Names are `rdpd-<pid>-<n>`, unique across parallel test processes;
//! namespaces left behind by killed test processes are removed by the next [`Netns::new`].

use std::ffi::OsStr;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context as _, Result, bail};

use crate::process::find_program;

const PREFIX: &str = "rdpd-";
static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A network namespace with only `lo` (up); deleted on drop.
#[derive(Debug)]
pub struct Netns {
    name: String,
}

impl Netns {
    /// Creates the namespace and brings `lo` up.
    pub fn new() -> Result<Self> {
        remove_stale_namespaces();
        let name = format!(
            "{PREFIX}{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        run_checked(Command::new(find_program("ip")?).args(["netns", "add", &name]))
            .context("creating a network namespace needs root (CAP_SYS_ADMIN, CAP_NET_ADMIN)")?;
        let netns = Self { name };
        netns.run(find_program("ip")?, &["link", "set", "lo", "up"])?;
        Ok(netns)
    }

    /// The namespace's name (for `ip netns exec`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A `Command` running `program` inside the namespace (`ip netns exec NAME program`).
    /// Add arguments as usual.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let ip = find_program("ip").unwrap_or_else(|_| "ip".into());
        let mut command = Command::new(ip);
        command.args(["netns", "exec", &self.name]).arg(program);
        command
    }

    /// Runs `program args…` inside the namespace; fails with its output if it fails.
    pub fn run(&self, program: impl AsRef<OsStr>, args: &[&str]) -> Result<Output> {
        run_checked(self.command(program).args(args))
            .with_context(|| format!("in network namespace {}", self.name))
    }

    /// Drops every TCP packet to `port` arriving in the namespace: connecting there times out
    /// (a filtered port).
    pub fn drop_tcp_port(&self, port: u16) -> Result<()> {
        self.iptables(&[
            "-A",
            "INPUT",
            "-p",
            "tcp",
            "--dport",
            &port.to_string(),
            "-j",
            "DROP",
        ])
    }

    /// Answers SYNs to `port` with RST from the firewall (a port refused by a firewall rule).
    pub fn reject_tcp_port(&self, port: u16) -> Result<()> {
        self.iptables(&[
            "-A",
            "INPUT",
            "-p",
            "tcp",
            "--dport",
            &port.to_string(),
            "-j",
            "REJECT",
            "--reject-with",
            "tcp-reset",
        ])
    }

    fn iptables(&self, args: &[&str]) -> Result<()> {
        let iptables = find_program("iptables")?;
        self.run(iptables, args).map(|_| ())
    }
}

impl Netns {
    /// Gives programs run in the namespace their own `/etc/resolv.conf`: `ip netns exec`
    /// bind-mounts `/etc/netns/<name>/resolv.conf` over it. Removed with the namespace.
    pub fn set_resolv_conf(&self, text: &str) -> Result<()> {
        let dir = std::path::Path::new("/etc/netns").join(&self.name);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        std::fs::write(dir.join("resolv.conf"), text).context("writing the namespace's resolv.conf")
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(std::path::Path::new("/etc/netns").join(&self.name));
        if let Ok(ip) = find_program("ip") {
            let _ = Command::new(ip)
                .args(["netns", "delete", &self.name])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}

fn run_checked(command: &mut Command) -> Result<Output> {
    let output = command
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("running {command:?}"))?;
    if !output.status.success() {
        bail!(
            "{command:?} failed ({}): {}{}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim(),
            String::from_utf8_lossy(&output.stdout).trim()
        );
    }
    Ok(output)
}

/// Deletes `rdpd-<pid>-<n>` namespaces whose test process no longer exists.
fn remove_stale_namespaces() {
    let Ok(ip) = find_program("ip") else { return };
    let Ok(output) = Command::new(&ip)
        .args(["netns", "list"])
        .stderr(Stdio::null())
        .output()
    else {
        return;
    };
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let name = line.split_whitespace().next().unwrap_or_default();
        let Some(pid) = name
            .strip_prefix(PREFIX)
            .and_then(|rest| rest.split('-').next())
        else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            let _ = Command::new(&ip)
                .args(["netns", "delete", name])
                .stderr(Stdio::null())
                .status();
        }
    }
}

//! Network-path faults the desktop app can reach: built in the root network namespace, where the
//! app runs (under Xvfb and WebDriver), but each scoped to an address or a port of its own so
//! nothing else on the machine notices, and each undone when its guard is dropped — also when the
//! test fails.
//!
//! | guard | made of | `rdp-doctor check` finds |
//! |---|---|---|
//! | [`FilteredRdpPort`] | a 127.77.x.y address of its own; TCP SYNs to its port 3389 dropped. The kernel refuses its other ports, as a PC that is on does | `reach.filtered` |
//! | [`AsleepHost`] | another such address; every TCP packet to it dropped | `reach.host_asleep_or_off` |
//! | [`NoRoute`] | a 198.51.100.x/32 route (TEST-NET-2) of type `unreachable`, `prohibit` or `blackhole` | `reach.unreachable` |
//! | [`SlowLink`] | xrdp on loopback; every packet to its port held back [`SLOW_LINK_DELAY`] by this process (iptables `NFQUEUE`) | `quality.high_latency` |
//! | [`LossyLink`] `(Loss::Connects)` | xrdp on loopback; every second new connection to it loses all its packets | `quality.unstable` |
//! | [`LossyLink`] `(Loss::AfterHandshake)` | xrdp on loopback; every second connection loses the packets that carry data, after the TCP handshake, also when asked again alone | `quality.drops_during_handshake` |
//! | [`LossyPath`] | xrdp on loopback; one packet in three lost in each direction | `quality.unstable` (or `quality.drops_during_handshake`), never `quality.high_latency` |
//!
//! Packet filters are iptables chains named `rdpdf-<pid>-<n>`, jumped to from the top of the root
//! namespace's `OUTPUT` (or, for [`LossyLink`], `INPUT`) chain for the fault's own address or
//! port only; routes carry `proto 213` and the test process's PID as their metric. Chains and
//! routes left behind by a killed test process (whose PID no longer exists) are removed by the
//! next fault any test creates, as [`crate::Netns`] does with namespaces. Addresses and queue numbers are leased through lock files
//! (`$TMPDIR/rdpd-fault-leases/`), so parallel test processes never share one.
//!
//! **Why not netem.** The kernel this was written on (6.18) has no `sch_netem`
//! (`CONFIG_NET_SCH_NETEM` is not set), and the quality rule judges *connect* times, which only a
//! delay inside the kernel's packet path lengthens (a user-space proxy would accept at once). So
//! the slow link holds each packet in an `NFQUEUE` that this process answers after the delay,
//! over a raw netlink socket (`nfnetlink_queue`, a few dozen bytes per message). Only the packets
//! to the server wait, so each round trip (a connect, a request and its answer) takes one delay
//! longer. Nothing here needs `tc`.
//!
//! **Why every second connection.** `statistic --mode nth` counts the first SYN of each new
//! connection (a connection mark keeps retransmissions out of the count), so exactly the 2nd and
//! 4th connection of a check lose packets. The 1st is the reachability connect, which the
//! negotiation with the most capable request (and TLS after it) reuses; the next four are the
//! other negotiations. Whatever order those four start in, two of the five attempts fail. A fresh
//! guard starts counting afresh. The picking happens in `INPUT`, not `OUTPUT`: a packet dropped
//! in `OUTPUT` takes its not yet confirmed connection-tracking entry with it, so its
//! retransmission would look like a new connection, be counted again and get through a second
//! later (observed: connects of 1 and 2 s, `quality.high_latency` instead of `quality.unstable`).
//!
//! Requires root (CAP_NET_ADMIN), `iptables` and `ip`, as the namespace tests do.

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Read as _};
use std::net::Ipv4Addr;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use socket2::{Domain, Protocol, Socket, Type};

use crate::cli::run_with_timeout;
use crate::process::find_program;
use crate::{Xrdp, XrdpOptions};

/// How long [`SlowLink`] holds each packet: one round trip, above the quality rule's 150 ms.
pub const SLOW_LINK_DELAY: Duration = Duration::from_millis(200);

/// Name prefix of the iptables chains made here.
const CHAIN_PREFIX: &str = "rdpdf-";
/// `proto` of the routes made here (a free number in `/etc/iproute2/rt_protos`).
const ROUTE_PROTO: &str = "213";
/// Limit of one `ip`/`iptables` run.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(10);
/// 127.77.0.0/16 minus the .0 and .255 host parts.
const ADDRESS_SLOTS: u32 = 256 * 254;
/// 198.51.100.1 to .254.
const ROUTE_SLOTS: u32 = 254;
/// [`NoRoute::office`]'s addresses: 10.254.77.1 to .254, private and far from the usual home and
/// office networks (nor this runner's own, 192.0.2.0/24 and 10.255.255.53).
const OFFICE_PREFIX: &str = "10.254.77.";
/// NFQUEUE numbers 21300 to 25395.
const QUEUE_BASE: u32 = 21_300;
const QUEUE_SLOTS: u32 = 4096;

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn next_number() -> u32 {
    COUNTER.fetch_add(1, Ordering::SeqCst)
}

// -------------------------------------------------------------------------------- commands

/// Runs `program args…` with [`COMMAND_TIMEOUT`]; its stdout, or an error with its stderr.
fn run(program: &str, args: &[&str]) -> Result<String> {
    let mut command = Command::new(find_program(program)?);
    command.args(args);
    let output = run_with_timeout(command, COMMAND_TIMEOUT)?;
    if output.code != 0 {
        bail!(
            "`{program} {}` failed (exit {}): {}",
            args.join(" "),
            output.code,
            output.stderr.trim()
        );
    }
    Ok(output.stdout)
}

/// `iptables -w 5 args…` (the filter table of the root namespace).
fn iptables(args: &[&str]) -> Result<String> {
    let mut all = vec!["-w", "5"];
    all.extend_from_slice(args);
    run("iptables", &all)
}

/// Runs a clean-up command; a failure is reported on stderr, not raised (it runs in `Drop`).
fn undo(program: &str, args: &[&str]) {
    let result = if program == "iptables" {
        iptables(args)
    } else {
        run(program, args)
    };
    if let Err(error) = result {
        eprintln!("faults: clean-up failed: {error:#}");
    }
}

fn process_is_gone(pid: &str) -> bool {
    pid.parse::<u32>().is_ok() && !Path::new(&format!("/proc/{pid}")).exists()
}

/// Removes the chains and routes of test processes that no longer exist (killed before their
/// guards could run).
pub fn remove_stale_faults() {
    let stale_chain = |chain: &str| {
        chain
            .strip_prefix(CHAIN_PREFIX)
            .and_then(|rest| rest.split('-').next())
            .is_some_and(process_is_gone)
    };
    if let Ok(rules) = iptables(&["-S"]) {
        for line in rules.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            if let ["-A", hook @ ("OUTPUT" | "INPUT"), spec @ ..] = words.as_slice()
                && spec.windows(2).any(|w| w[0] == "-j" && stale_chain(w[1]))
            {
                let mut args = vec!["-D", *hook];
                args.extend_from_slice(spec);
                undo("iptables", &args);
            }
        }
        for line in rules.lines() {
            if let Some(chain) = line.strip_prefix("-N ").map(str::trim)
                && stale_chain(chain)
            {
                undo("iptables", &["-F", chain]);
                undo("iptables", &["-X", chain]);
            }
        }
    }
    for kind in RouteKind::ALL {
        let Ok(routes) = run(
            "ip",
            &[
                "-o",
                "route",
                "show",
                "type",
                kind.word(),
                "proto",
                ROUTE_PROTO,
            ],
        ) else {
            continue;
        };
        for line in routes.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            let address = words
                .iter()
                .find(|w| w.starts_with("198.51.100.") || w.starts_with(OFFICE_PREFIX));
            let metric = words.windows(2).find(|w| w[0] == "metric").map(|w| w[1]);
            if let (Some(address), Some(metric)) = (address, metric)
                && process_is_gone(metric)
            {
                let prefix = format!("{}/32", address.trim_end_matches("/32"));
                undo(
                    "ip",
                    &[
                        "route",
                        "del",
                        kind.word(),
                        &prefix,
                        "proto",
                        ROUTE_PROTO,
                        "metric",
                        metric,
                    ],
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------- leases

/// A number no other fault of any test process holds: an flock on
/// `$TMPDIR/rdpd-fault-leases/<kind>-<n>`, released on drop or when the process dies.
#[derive(Debug)]
pub(crate) struct Lease {
    number: u32,
    _file: File,
}

fn lease(kind: &str, slots: u32) -> Result<Lease> {
    let dir = std::env::temp_dir().join("rdpd-fault-leases");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    // Start where other processes are unlikely to, then take the first free slot.
    let start = std::process::id()
        .wrapping_mul(64)
        .wrapping_add(next_number())
        % slots;
    for offset in 0..slots {
        let number = (start + offset) % slots;
        let path = dir.join(format!("{kind}-{number}"));
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("opening {}", path.display()))?;
        match rustix::fs::flock(&file, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => {
                return Ok(Lease {
                    number,
                    _file: file,
                });
            }
            Err(rustix::io::Errno::WOULDBLOCK) => {}
            Err(error) => return Err(error).with_context(|| format!("locking {}", path.display())),
        }
    }
    bail!("all {slots} {kind} leases in {} are taken", dir.display())
}

/// A 127.77.x.y address no other test holds, with its lease.
pub(crate) fn address_lease() -> Result<(Lease, Ipv4Addr)> {
    let lease = lease("address", ADDRESS_SLOTS)?;
    let address = unique_address(lease.number);
    Ok((lease, address))
}

/// 127.77.x.y for a lease number (y never 0 or 255).
fn unique_address(number: u32) -> Ipv4Addr {
    let number = number % ADDRESS_SLOTS;
    Ipv4Addr::new(127, 77, (number / 254) as u8, (number % 254 + 1) as u8)
}

// ------------------------------------------------------------------------- iptables chains

/// Where a [`FilterChain`] is jumped to from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hook {
    /// `OUTPUT`: packets this machine sends, before connection tracking confirms a new
    /// connection. A connection whose first packet is dropped here is forgotten, marks and all.
    Output,
    /// `INPUT`: packets delivered to this machine (loopback traffic passes `OUTPUT`, then
    /// `INPUT`). Connection tracking has confirmed the connection by then, so a connection mark
    /// set here outlives a dropped packet and its retransmissions can be recognised.
    Input,
}

impl Hook {
    fn chain(self) -> &'static str {
        match self {
            Self::Output => "OUTPUT",
            Self::Input => "INPUT",
        }
    }
}

/// A chain of its own in the filter table, jumped to from the top of the root namespace's
/// `OUTPUT` or `INPUT` chain for the packets `selector` matches. The jump is removed, the chain
/// flushed and deleted on drop.
#[derive(Debug)]
struct FilterChain {
    hook: Hook,
    name: String,
    /// The jump's rule specification; empty until it is in place.
    jump: Vec<String>,
}

impl FilterChain {
    fn new(hook: Hook, selector: &[&str], rules: &[&[&str]]) -> Result<Self> {
        remove_stale_faults();
        let name = format!("{CHAIN_PREFIX}{}-{}", std::process::id(), next_number());
        iptables(&["-N", &name])
            .context("adding an iptables chain needs root (CAP_NET_ADMIN) and iptables")?;
        // From here on, Drop undoes whatever was done.
        let mut chain = Self {
            hook,
            name,
            jump: Vec::new(),
        };
        for rule in rules {
            let mut args = vec!["-A", chain.name.as_str()];
            args.extend_from_slice(rule);
            iptables(&args)?;
        }
        let mut jump: Vec<String> = selector.iter().map(|s| (*s).to_owned()).collect();
        jump.extend(["-j".to_owned(), chain.name.clone()]);
        let mut args = vec!["-I", hook.chain(), "1"];
        args.extend(jump.iter().map(String::as_str));
        iptables(&args)?;
        chain.jump = jump;
        Ok(chain)
    }

    /// Packets and bytes that went through the chain's rules, as `iptables -L -v -x` counts them
    /// (for assertion messages).
    fn counters(&self) -> String {
        iptables(&["-L", &self.name, "-v", "-x", "-n"]).unwrap_or_else(|e| format!("{e:#}"))
    }
}

impl Drop for FilterChain {
    fn drop(&mut self) {
        if !self.jump.is_empty() {
            let mut args = vec!["-D", self.hook.chain()];
            args.extend(self.jump.iter().map(String::as_str));
            undo("iptables", &args);
        }
        undo("iptables", &["-F", &self.name]);
        undo("iptables", &["-X", &self.name]);
    }
}

// ------------------------------------------------------------------------- reachability

/// A PC that is on, behind a firewall that drops its Remote Desktop port: a 127.77.x.y address of
/// its own whose port 3389 drops SYNs, while the kernel refuses its other ports.
/// `rdp-doctor check <address>` gives `reach.filtered`.
#[derive(Debug)]
pub struct FilteredRdpPort {
    _chain: FilterChain,
    address: Ipv4Addr,
    _lease: Lease,
}

impl FilteredRdpPort {
    /// Drops SYNs to port 3389 of a new address.
    pub fn new() -> Result<Self> {
        let (lease, address) = address_lease()?;
        let destination = address.to_string();
        let chain = FilterChain::new(
            Hook::Output,
            &["-d", &destination, "-p", "tcp", "--dport", "3389"],
            &[&["-p", "tcp", "--syn", "-j", "DROP"]],
        )?;
        Ok(Self {
            _chain: chain,
            address,
            _lease: lease,
        })
    }

    /// The address (its port 3389 is the dropped one).
    pub fn address(&self) -> Ipv4Addr {
        self.address
    }

    /// What to check: the bare address, so the default port 3389 is used.
    pub fn target(&self) -> String {
        self.address.to_string()
    }
}

/// An address of its own (127.77.x.y) where nothing listens, so every connect is refused: an old
/// DNS entry now held by a machine without Remote Desktop. Beside a working address under one
/// name, `rdp-doctor check` gives `reach.partial`.
#[derive(Debug)]
pub struct UnusedAddress {
    address: Ipv4Addr,
    _lease: Lease,
}

impl UnusedAddress {
    /// Leases the address.
    pub fn new() -> Result<Self> {
        let (lease, address) = address_lease()?;
        Ok(Self {
            address,
            _lease: lease,
        })
    }

    /// The address.
    pub fn address(&self) -> Ipv4Addr {
        self.address
    }
}

/// A PC that is asleep, off or elsewhere: a 127.77.x.y address of its own where every TCP packet
/// is dropped. `rdp-doctor check <address>` gives `reach.host_asleep_or_off` (after the connect
/// timeout on port 3389 and another on the six other ports, about 6 s with the defaults).
#[derive(Debug)]
pub struct AsleepHost {
    _chain: FilterChain,
    address: Ipv4Addr,
    _lease: Lease,
}

impl AsleepHost {
    /// Drops all TCP to a new address.
    pub fn new() -> Result<Self> {
        let (lease, address) = address_lease()?;
        let destination = address.to_string();
        let chain = FilterChain::new(
            Hook::Output,
            &["-d", &destination, "-p", "tcp"],
            &[&["-j", "DROP"]],
        )?;
        Ok(Self {
            _chain: chain,
            address,
            _lease: lease,
        })
    }

    /// The address.
    pub fn address(&self) -> Ipv4Addr {
        self.address
    }

    /// What to check: the bare address.
    pub fn target(&self) -> String {
        self.address.to_string()
    }
}

/// Which kind of route makes an address unreachable, and what `connect` then fails with
/// (observed on Linux 6.18; each gives `reach.unreachable`, whose detail quotes the error).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteKind {
    /// `unreachable`: EHOSTUNREACH, "No route to host" (the probe's `unreachable` outcome).
    Unreachable,
    /// `prohibit`: EACCES, "Permission denied" (the probe's `failed` outcome).
    Prohibit,
    /// `blackhole`: EINVAL, "Invalid argument" (the probe's `failed` outcome).
    Blackhole,
}

impl RouteKind {
    /// Every kind.
    pub const ALL: [RouteKind; 3] = [Self::Unreachable, Self::Prohibit, Self::Blackhole];

    /// The route type as `ip route` spells it.
    pub fn word(self) -> &'static str {
        match self {
            Self::Unreachable => "unreachable",
            Self::Prohibit => "prohibit",
            Self::Blackhole => "blackhole",
        }
    }

    /// The system's message for the error `connect` gets through such a route.
    pub fn error_text(self) -> &'static str {
        match self {
            Self::Unreachable => "No route to host",
            Self::Prohibit => "Permission denied",
            Self::Blackhole => "Invalid argument",
        }
    }
}

/// No network path: `ip route add <kind> 198.51.100.x/32` for an address of its own in
/// TEST-NET-2 (RFC 5737, never used on real networks), or 10.254.77.x with [`NoRoute::office`],
/// so connecting fails at once.
/// `rdp-doctor check <address>` gives `reach.unreachable`. ENETUNREACH ("Network is unreachable")
/// would need the default route gone, which the whole machine would notice.
#[derive(Debug)]
pub struct NoRoute {
    kind: RouteKind,
    address: Ipv4Addr,
    /// `<address>/32`.
    prefix: String,
    /// The route's metric: this process's PID, so a stale route's owner can be told.
    metric: String,
    added: bool,
    _lease: Lease,
}

impl NoRoute {
    /// Adds the route.
    pub fn new(kind: RouteKind) -> Result<Self> {
        let lease = lease("route", ROUTE_SLOTS)?;
        let address = Ipv4Addr::new(198, 51, 100, (lease.number % ROUTE_SLOTS + 1) as u8);
        Self::add(kind, address, lease)
    }

    /// The same for a private address of its own (10.254.77.x): an office PC seen from home
    /// with the VPN down, which has no path to the office network.
    pub fn office(kind: RouteKind) -> Result<Self> {
        let lease = lease("office-route", ROUTE_SLOTS)?;
        let address = Ipv4Addr::new(10, 254, 77, (lease.number % ROUTE_SLOTS + 1) as u8);
        Self::add(kind, address, lease)
    }

    fn add(kind: RouteKind, address: Ipv4Addr, lease: Lease) -> Result<Self> {
        remove_stale_faults();
        let mut route = Self {
            kind,
            address,
            prefix: format!("{address}/32"),
            metric: std::process::id().to_string(),
            added: false,
            _lease: lease,
        };
        run("ip", &route.route_args("add"))
            .context("adding a route needs root (CAP_NET_ADMIN) and iproute2")?;
        route.added = true;
        Ok(route)
    }

    fn route_args(&self, verb: &'static str) -> Vec<&str> {
        vec![
            "route",
            verb,
            self.kind.word(),
            &self.prefix,
            "proto",
            ROUTE_PROTO,
            "metric",
            &self.metric,
        ]
    }

    /// The unreachable address.
    pub fn address(&self) -> Ipv4Addr {
        self.address
    }

    /// The route's kind.
    pub fn kind(&self) -> RouteKind {
        self.kind
    }

    /// What to check: the bare address.
    pub fn target(&self) -> String {
        self.address.to_string()
    }
}

impl Drop for NoRoute {
    fn drop(&mut self) {
        if self.added {
            undo("ip", &self.route_args("del"));
        }
    }
}

// ------------------------------------------------------------------------------ link quality

/// A healthy xrdp behind a slow link: every packet this machine sends to xrdp's loopback port is
/// held back `delay` (an iptables `NFQUEUE` rule that this process answers after the delay), so
/// each connect and each request takes one extra `delay`. With [`SLOW_LINK_DELAY`],
/// `rdp-doctor check 127.0.0.1:<port>` gives `quality.high_latency`.
#[derive(Debug)]
pub struct SlowLink {
    // Drop order: the rule goes first (no new packets are queued), then the queue lets the held
    // packets go, then xrdp stops.
    chain: FilterChain,
    queue: PacketDelay,
    xrdp: Xrdp,
    _lease: Lease,
}

impl SlowLink {
    /// Starts xrdp and delays the packets to it by `delay`.
    pub fn start(delay: Duration) -> Result<Self> {
        let xrdp = Xrdp::start(XrdpOptions::default())?;
        let lease = lease("nfqueue", QUEUE_SLOTS)?;
        let number = u16::try_from(QUEUE_BASE + lease.number).context("queue number")?;
        let queue = PacketDelay::start(number, delay)?;
        let port = xrdp.addr().port().to_string();
        let queue_number = number.to_string();
        let chain = FilterChain::new(
            Hook::Output,
            &["-d", "127.0.0.1", "-p", "tcp", "--dport", &port],
            &[&[
                "-j",
                "NFQUEUE",
                "--queue-num",
                &queue_number,
                // Should this process die, packets pass instead of waiting for it.
                "--queue-bypass",
            ]],
        )?;
        Ok(Self {
            chain,
            queue,
            xrdp,
            _lease: lease,
        })
    }

    /// The server behind the link.
    pub fn xrdp(&self) -> &Xrdp {
        &self.xrdp
    }

    /// What to check: `127.0.0.1:port`.
    pub fn target(&self) -> String {
        self.xrdp.target()
    }

    /// Packets held back so far.
    pub fn delayed_packets(&self) -> usize {
        self.queue.delayed()
    }

    /// The rule's packet counters, for assertion messages.
    pub fn counters(&self) -> String {
        self.chain.counters()
    }
}

/// Which packets a [`LossyLink`] loses, on every second new connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loss {
    /// All of them: the connect times out (after the 3 s connect timeout).
    /// Gives `quality.unstable` ("2 of 5 attempts failed").
    Connects,
    /// Those that carry data, after the TCP handshake: the connect works, the X.224 request never
    /// arrives and the attempt waits out its step (3 s).
    /// Gives `quality.drops_during_handshake` ("2 of 5 attempts died half-way").
    AfterHandshake,
}

/// A healthy xrdp behind a link that loses packets, deterministically: every second new
/// connection to xrdp's loopback port is picked (iptables `statistic --mode nth` on the first
/// SYN, remembered as a connection mark) and loses the packets [`Loss`] names.
#[derive(Debug)]
pub struct LossyLink {
    chain: FilterChain,
    xrdp: Xrdp,
    loss: Loss,
}

/// Connection marks: picked to lose packets, and counted but spared.
const MARK_LOSE: &str = "0x5244f001";
const MARK_SPARE: &str = "0x5244f000";

impl LossyLink {
    /// Starts xrdp and the rules.
    pub fn start(loss: Loss) -> Result<Self> {
        let xrdp = Xrdp::start(XrdpOptions::default())?;
        let port = xrdp.addr().port().to_string();
        let lose: &[&str] = match loss {
            Loss::Connects => &["-m", "connmark", "--mark", MARK_LOSE, "-j", "DROP"],
            // A data-carrying packet is at least 20 (IP) + 20 (TCP) + 19 (the smallest X.224
            // Connection Request) bytes; a bare ACK with timestamps is 52. SYNs (60 with options)
            // pass, so the handshake completes.
            Loss::AfterHandshake => &[
                "-m", "connmark", "--mark", MARK_LOSE, "-p", "tcp", "!", "--syn", "-m", "length",
                "--length", "59:65535", "-j", "DROP",
            ],
        };
        let chain = FilterChain::new(
            Hook::Input,
            &["-d", "127.0.0.1", "-p", "tcp", "--dport", &port],
            &[
                // The first SYN of each connection not yet counted: every second one is picked.
                &[
                    "-m",
                    "connmark",
                    "--mark",
                    "0",
                    "-p",
                    "tcp",
                    "--syn",
                    "-m",
                    "statistic",
                    "--mode",
                    "nth",
                    "--every",
                    "2",
                    "--packet",
                    "1",
                    "-j",
                    "CONNMARK",
                    "--set-mark",
                    MARK_LOSE,
                ],
                // The others are marked too, so their retransmitted SYNs are not counted again.
                &[
                    "-m",
                    "connmark",
                    "--mark",
                    "0",
                    "-j",
                    "CONNMARK",
                    "--set-mark",
                    MARK_SPARE,
                ],
                lose,
            ],
        )?;
        Ok(Self { chain, xrdp, loss })
    }

    /// The server behind the link.
    pub fn xrdp(&self) -> &Xrdp {
        &self.xrdp
    }

    /// What to check: `127.0.0.1:port`.
    pub fn target(&self) -> String {
        self.xrdp.target()
    }

    /// What it loses.
    pub fn loss(&self) -> Loss {
        self.loss
    }

    /// The rules' packet counters, for assertion messages.
    pub fn counters(&self) -> String {
        self.chain.counters()
    }
}

/// A healthy xrdp behind a path that loses one packet in `every` in each direction (iptables
/// `statistic --mode nth` in `INPUT`, one rule for each direction): a third with `every` 3.
/// Lost packets are sent again after the retransmission timeout (a SYN after 1 s, data after
/// 200 ms or more), so round trips stay short but some wait much longer, and now and then a
/// connection or an answer is lost outright. Deterministic where a random rule would now and
/// then lose the check's first connection twice and end it as `reach.filtered`.
#[derive(Debug)]
pub struct LossyPath {
    to_server: FilterChain,
    from_server: FilterChain,
    xrdp: Xrdp,
    every: u32,
}

impl LossyPath {
    /// Starts xrdp and the rules.
    pub fn start(every: u32) -> Result<Self> {
        let xrdp = Xrdp::start(XrdpOptions::default())?;
        let port = xrdp.addr().port().to_string();
        let every_text = every.to_string();
        let drop_nth: &[&str] = &[
            "-m",
            "statistic",
            "--mode",
            "nth",
            "--every",
            &every_text,
            "--packet",
            "0",
            "-j",
            "DROP",
        ];
        let to_server = FilterChain::new(
            Hook::Input,
            &["-d", "127.0.0.1", "-p", "tcp", "--dport", &port],
            &[drop_nth],
        )?;
        let from_server = FilterChain::new(
            Hook::Input,
            &["-s", "127.0.0.1", "-p", "tcp", "--sport", &port],
            &[drop_nth],
        )?;
        Ok(Self {
            to_server,
            from_server,
            xrdp,
            every,
        })
    }

    /// The server behind the path.
    pub fn xrdp(&self) -> &Xrdp {
        &self.xrdp
    }

    /// What to check: `127.0.0.1:port`.
    pub fn target(&self) -> String {
        self.xrdp.target()
    }

    /// One packet in how many is lost.
    pub fn every(&self) -> u32 {
        self.every
    }

    /// Both rules' packet counters, for assertion messages.
    pub fn counters(&self) -> String {
        format!(
            "to the server:\n{}\nfrom the server:\n{}",
            self.to_server.counters(),
            self.from_server.counters()
        )
    }
}

// ------------------------------------------------------------------------ nfnetlink_queue

const AF_NETLINK: i32 = 16;
const SOCK_RAW: i32 = 3;
const NETLINK_NETFILTER: i32 = 12;
/// `NFNL_SUBSYS_QUEUE << 8`.
const SUBSYS_QUEUE: u16 = 3 << 8;
const NFQNL_MSG_PACKET: u16 = 0;
const NFQNL_MSG_VERDICT: u16 = 1;
const NFQNL_MSG_CONFIG: u16 = 2;
const NLMSG_ERROR: u16 = 2;
const NLM_F_REQUEST: u16 = 1;
const NLM_F_ACK: u16 = 4;
const NFQA_CFG_CMD: u16 = 1;
const NFQA_CFG_PARAMS: u16 = 2;
const NFQNL_CFG_CMD_BIND: u8 = 1;
const NFQNL_COPY_META: u8 = 1;
const NFQA_PACKET_HDR: u16 = 1;
const NFQA_VERDICT_HDR: u16 = 2;
const NF_ACCEPT: u32 = 1;
const AF_INET: u16 = 2;

/// One netlink attribute: length and type (host order), payload, padding to 4 bytes.
fn netlink_attribute(kind: u16, payload: &[u8]) -> Vec<u8> {
    let length = 4 + payload.len();
    let mut out = Vec::with_capacity(length + 3);
    out.extend_from_slice(&(length as u16).to_ne_bytes());
    out.extend_from_slice(&kind.to_ne_bytes());
    out.extend_from_slice(payload);
    out.resize(length.next_multiple_of(4), 0);
    out
}

/// One nfnetlink_queue message: `nlmsghdr`, `nfgenmsg` (resource id = queue, big-endian),
/// attributes.
fn queue_message(
    message: u16,
    flags: u16,
    sequence: u32,
    queue: u16,
    attributes: &[u8],
) -> Vec<u8> {
    let length = 16 + 4 + attributes.len();
    let mut out = Vec::with_capacity(length);
    out.extend_from_slice(&(length as u32).to_ne_bytes());
    out.extend_from_slice(&(SUBSYS_QUEUE | message).to_ne_bytes());
    out.extend_from_slice(&flags.to_ne_bytes());
    out.extend_from_slice(&sequence.to_ne_bytes());
    out.extend_from_slice(&0u32.to_ne_bytes());
    out.extend_from_slice(&[0, 0]); // AF_UNSPEC, NFNETLINK_V0
    out.extend_from_slice(&queue.to_be_bytes());
    out.extend_from_slice(attributes);
    out
}

/// `(type, payload)` of each message in a netlink datagram.
fn netlink_messages(datagram: &[u8]) -> Vec<(u16, &[u8])> {
    let mut out = Vec::new();
    let mut offset = 0;
    while let Some(header) = datagram.get(offset..offset + 16) {
        let length = u32::from_ne_bytes([header[0], header[1], header[2], header[3]]) as usize;
        let kind = u16::from_ne_bytes([header[4], header[5]]);
        if length < 16 {
            break;
        }
        let Some(message) = datagram.get(offset..offset + length) else {
            break;
        };
        out.push((kind, &message[16..]));
        offset += length.next_multiple_of(4);
    }
    out
}

/// The packet id in an `NFQNL_MSG_PACKET` payload (after its 4-byte `nfgenmsg`).
fn packet_id(payload: &[u8]) -> Option<u32> {
    let mut offset = 4;
    while let Some(header) = payload.get(offset..offset + 4) {
        let length = usize::from(u16::from_ne_bytes([header[0], header[1]]));
        let kind = u16::from_ne_bytes([header[2], header[3]]) & 0x3FFF;
        if length < 4 {
            return None;
        }
        if kind == NFQA_PACKET_HDR {
            let id = payload.get(offset + 4..offset + 8)?;
            return Some(u32::from_be_bytes([id[0], id[1], id[2], id[3]]));
        }
        offset += length.next_multiple_of(4);
    }
    None
}

/// Sends a configuration request and reads its acknowledgement.
fn configure_queue(socket: &Socket, sequence: u32, queue: u16, attribute: &[u8]) -> Result<()> {
    socket
        .send(&queue_message(
            NFQNL_MSG_CONFIG,
            NLM_F_REQUEST | NLM_F_ACK,
            sequence,
            queue,
            attribute,
        ))
        .context("sending to nfnetlink_queue")?;
    let mut buffer = [0u8; 4096];
    let read = (&*socket)
        .read(&mut buffer)
        .context("no answer from nfnetlink_queue")?;
    for (kind, payload) in netlink_messages(&buffer[..read]) {
        if kind == NLMSG_ERROR {
            let code = payload
                .get(..4)
                .map_or(-1, |b| i32::from_ne_bytes([b[0], b[1], b[2], b[3]]));
            if code != 0 {
                bail!(
                    "nfnetlink_queue refused queue {queue}: {}",
                    std::io::Error::from_raw_os_error(-code)
                );
            }
            return Ok(());
        }
    }
    bail!("nfnetlink_queue sent no acknowledgement for queue {queue}")
}

/// This process's side of an NFQUEUE: a thread that accepts each queued packet `delay` after it
/// was queued, in order. Dropping it lets held packets go at once and closes the queue.
#[derive(Debug)]
struct PacketDelay {
    stop: Arc<AtomicBool>,
    delayed: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
}

impl PacketDelay {
    fn start(queue: u16, delay: Duration) -> Result<Self> {
        let socket = Socket::new(
            Domain::from(AF_NETLINK),
            Type::from(SOCK_RAW),
            Some(Protocol::from(NETLINK_NETFILTER)),
        )
        .context("opening a netlink socket")?;
        socket.set_read_timeout(Some(Duration::from_secs(2)))?;
        let _ = socket.set_recv_buffer_size(1 << 20);
        let mut bind = vec![NFQNL_CFG_CMD_BIND, 0];
        bind.extend_from_slice(&AF_INET.to_be_bytes());
        configure_queue(&socket, 1, queue, &netlink_attribute(NFQA_CFG_CMD, &bind))
            .context("binding the NFQUEUE needs root (CAP_NET_ADMIN)")?;
        // Copy only the metadata: the packet's id is all a verdict needs.
        let mut params = 0u32.to_be_bytes().to_vec();
        params.push(NFQNL_COPY_META);
        configure_queue(
            &socket,
            2,
            queue,
            &netlink_attribute(NFQA_CFG_PARAMS, &params),
        )?;

        let stop = Arc::new(AtomicBool::new(false));
        let delayed = Arc::new(AtomicUsize::new(0));
        let (thread_stop, thread_delayed) = (stop.clone(), delayed.clone());
        let thread = std::thread::Builder::new()
            .name(format!("nfqueue-{queue}"))
            .spawn(move || hold_packets(&socket, queue, delay, &thread_stop, &thread_delayed))?;
        Ok(Self {
            stop,
            delayed,
            thread: Some(thread),
        })
    }

    fn delayed(&self) -> usize {
        self.delayed.load(Ordering::SeqCst)
    }
}

impl Drop for PacketDelay {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The queue's loop: read packet notices, answer each `delay` after it arrived; on `stop`,
/// answer all held packets at once and return (closing the socket unbinds the queue).
fn hold_packets(
    socket: &Socket,
    queue: u16,
    delay: Duration,
    stop: &AtomicBool,
    delayed: &AtomicUsize,
) {
    /// How often the loop looks at `stop` when nothing is due.
    const POLL: Duration = Duration::from_millis(20);
    let mut held: VecDeque<(Instant, u32)> = VecDeque::new();
    let mut sequence = 3u32;
    let mut accept = |id: u32| {
        let verdict = [NF_ACCEPT.to_be_bytes(), id.to_be_bytes()].concat();
        sequence = sequence.wrapping_add(1);
        let message = queue_message(
            NFQNL_MSG_VERDICT,
            NLM_F_REQUEST,
            sequence,
            queue,
            &netlink_attribute(NFQA_VERDICT_HDR, &verdict),
        );
        if let Err(error) = socket.send(&message) {
            eprintln!("faults: NFQUEUE {queue}: verdict for packet {id} failed: {error}");
        }
    };
    let mut buffer = vec![0u8; 64 * 1024];
    while !stop.load(Ordering::SeqCst) {
        let now = Instant::now();
        while held.front().is_some_and(|(due, _)| *due <= now) {
            if let Some((_, id)) = held.pop_front() {
                accept(id);
            }
        }
        let wait = held
            .front()
            .map_or(POLL, |(due, _)| due.saturating_duration_since(now))
            .clamp(Duration::from_millis(1), POLL);
        if socket.set_read_timeout(Some(wait)).is_err() {
            std::thread::sleep(wait);
        }
        match (&*socket).read(&mut buffer) {
            Ok(read) => {
                let arrived = Instant::now();
                for (kind, payload) in netlink_messages(&buffer[..read]) {
                    if kind == SUBSYS_QUEUE | NFQNL_MSG_PACKET
                        && let Some(id) = packet_id(payload)
                    {
                        held.push_back((arrived + delay, id));
                        delayed.fetch_add(1, Ordering::SeqCst);
                    }
                }
            }
            Err(error) if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(error) => {
                // ENOBUFS: notices were lost (their packets wait until the queue closes).
                eprintln!("faults: NFQUEUE {queue}: {error}");
                std::thread::sleep(Duration::from_millis(1));
            }
        }
    }
    for (_, id) in held.drain(..) {
        accept(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_stay_in_127_77_and_skip_0_and_255() {
        assert_eq!(unique_address(0), Ipv4Addr::new(127, 77, 0, 1));
        assert_eq!(unique_address(253), Ipv4Addr::new(127, 77, 0, 254));
        assert_eq!(unique_address(254), Ipv4Addr::new(127, 77, 1, 1));
        assert_eq!(
            unique_address(ADDRESS_SLOTS - 1),
            Ipv4Addr::new(127, 77, 255, 254)
        );
    }

    #[test]
    fn queue_messages_are_laid_out_as_nfnetlink_expects() {
        let verdict = netlink_attribute(NFQA_VERDICT_HDR, &[0, 0, 0, 1, 0, 0, 0, 7]);
        assert_eq!(verdict.len(), 12);
        let message = queue_message(NFQNL_MSG_VERDICT, NLM_F_REQUEST, 9, 21_300, &verdict);
        assert_eq!(message.len(), 32);
        assert_eq!(
            u32::from_ne_bytes(message[..4].try_into().unwrap_or_default()),
            32
        );
        assert_eq!(u16::from_ne_bytes([message[4], message[5]]), 0x0301);
        // nfgenmsg: AF_UNSPEC, version 0, queue 21300 big-endian.
        assert_eq!(&message[16..20], &[0, 0, 0x53, 0x34]);
        // A 5-byte payload is padded to 8.
        assert_eq!(netlink_attribute(NFQA_CFG_PARAMS, &[0; 5]).len(), 12);
    }

    #[test]
    fn packet_ids_are_read_from_the_packet_header_attribute() {
        let mut payload = vec![0, 0, 0x53, 0x34];
        payload.extend(netlink_attribute(9, &[1, 2, 3]));
        payload.extend(netlink_attribute(NFQA_PACKET_HDR, &[0, 0, 1, 2, 8, 0, 3]));
        assert_eq!(packet_id(&payload), Some(258));
        assert_eq!(packet_id(&payload[..6]), None);
        let message = queue_message(NFQNL_MSG_PACKET, 0, 1, 21_300, &payload[4..]);
        let parsed = netlink_messages(&message);
        assert_eq!(parsed.len(), 1);
        assert_eq!(packet_id(parsed[0].1), Some(258));
    }
}

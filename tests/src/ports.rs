//! Loopback ports for parallel tests.
//!
//! nextest runs every test in its own process, in parallel, so fixed ports would collide. In-process
//! responders bind `127.0.0.1:0` and keep the listener, which cannot race. External servers need a
//! number up front: [`free_port`] asks the kernel for one, and the server starters retry with a new
//! port if the server still finds it taken.

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, TcpListener, TcpStream};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use socket2::{Domain, Protocol, Socket, Type};

use crate::process::GroupChild;

/// A loopback port nothing is listening on right now (bind `127.0.0.1:0`, read it, release it).
///
/// Another process could take it before the caller binds it; callers that start external servers
/// retry on "address in use".
pub fn free_port() -> u16 {
    try_free_port().unwrap_or_else(|error| panic!("cannot get a free loopback port: {error:#}"))
}

/// Fallible form of [`free_port`].
pub fn try_free_port() -> Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("bind 127.0.0.1:0")?;
    Ok(listener.local_addr()?.port())
}

/// A loopback port that refuses connections (the peer gets RST to its SYN) for as long as this
/// value lives.
///
/// The port is held by a socket that is *bound but not listening*: the kernel answers SYNs with
/// RST exactly as for an unused port, and no other test can bind the port meanwhile, which
/// "bind, then drop the listener" could not promise.
#[derive(Debug)]
pub struct RefusedPort {
    _socket: Socket,
    addr: SocketAddr,
}

impl RefusedPort {
    /// Reserves a refusing port on 127.0.0.1.
    pub fn new() -> Result<Self> {
        let socket = Socket::new(Domain::IPV4, Type::STREAM, Some(Protocol::TCP))?;
        socket
            .bind(&SocketAddr::from((Ipv4Addr::LOCALHOST, 0)).into())
            .context("bind 127.0.0.1:0 for a refused port")?;
        let addr = socket
            .local_addr()?
            .as_socket()
            .context("bound socket has no IP address")?;
        Ok(Self {
            _socket: socket,
            addr,
        })
    }

    /// `127.0.0.1:port`.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The port number.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }
}

/// A refused port, see [`RefusedPort`].
pub fn refused_port() -> RefusedPort {
    RefusedPort::new().unwrap_or_else(|error| panic!("cannot reserve a refused port: {error:#}"))
}

/// `127.0.0.1:port`.
pub fn loopback(port: u16) -> SocketAddr {
    SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, port))
}

/// Why a server did not become ready.
#[derive(Debug)]
pub enum NotReady {
    /// The server process exited first.
    Exited(std::process::ExitStatus),
    /// The port did not accept a connection in time.
    TimedOut(Duration),
}

impl std::fmt::Display for NotReady {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Exited(status) => write!(f, "exited before listening ({status})"),
            Self::TimedOut(after) => write!(f, "not accepting connections after {after:?}"),
        }
    }
}

/// Polls until `server` itself holds a listening TCP socket on `port`, the server exits, or
/// `timeout` passes.
///
/// Ownership is checked, not just "the port accepts": if another test's server grabbed the same
/// port first, ours exits with a bind error while connects to the port would still succeed, and
/// the test would silently talk to the wrong server. The check reads `/proc/net/tcp{,6}` for a
/// LISTEN socket on the port and looks for its inode among the server's file descriptors. It also
/// makes no probe connection, which xrdp would answer by forking a child and logging errors.
pub fn wait_until_listening(
    port: u16,
    server: &mut GroupChild,
    timeout: Duration,
) -> std::result::Result<Duration, NotReady> {
    let start = Instant::now();
    loop {
        if let Some(status) = server.exit_status() {
            return Err(NotReady::Exited(status));
        }
        if owns_listening_socket(server.id(), port) {
            return Ok(start.elapsed());
        }
        if start.elapsed() >= timeout {
            return Err(NotReady::TimedOut(timeout));
        }
        thread::sleep(Duration::from_millis(10));
    }
}

/// Whether process `pid` has a TCP socket in LISTEN state on `port` (any local address).
pub fn owns_listening_socket(pid: u32, port: u16) -> bool {
    let inodes = listening_inodes(port);
    if inodes.is_empty() {
        return false;
    }
    let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
        return false;
    };
    fds.filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok())
        .filter_map(|target| {
            let target = target
                .to_str()?
                .strip_prefix("socket:[")?
                .strip_suffix(']')?
                .to_owned();
            target.parse::<u64>().ok()
        })
        .any(|inode| inodes.contains(&inode))
}

/// Inodes of LISTEN sockets on `port` in this network namespace.
fn listening_inodes(port: u16) -> Vec<u64> {
    const TCP_LISTEN: &str = "0A";
    let port_hex = format!(":{port:04X}");
    ["/proc/net/tcp", "/proc/net/tcp6"]
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .flat_map(|table| {
            table
                .lines()
                .skip(1)
                .filter_map(|line| {
                    // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                    let fields: Vec<&str> = line.split_whitespace().collect();
                    let (local, state, inode) = (fields.get(1)?, fields.get(3)?, fields.get(9)?);
                    (local.ends_with(&port_hex) && *state == TCP_LISTEN)
                        .then(|| inode.parse::<u64>().ok())
                        .flatten()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Polls until `addr` refuses connections (a server we stopped has really gone).
pub fn wait_until_refused(addr: SocketAddr, timeout: Duration) -> Result<()> {
    let start = Instant::now();
    while TcpStream::connect_timeout(&addr, Duration::from_millis(250)).is_ok() {
        if start.elapsed() >= timeout {
            bail!("{addr} still accepts connections after {timeout:?}");
        }
        thread::sleep(Duration::from_millis(20));
    }
    Ok(())
}

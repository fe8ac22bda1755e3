//! The probes' I/O seam: how a probe opens a TCP connection, looks a name up and reads the
//! wall clock. [`Io::system`] (the default) is the real network; tests pass scripted fakes
//! (`tokio::io::duplex` streams, answers chosen per address) and run under tokio's paused
//! time, so deadlines and pacing are asserted exactly instead of with real sleeps.
//!
//! Elapsed time is never injected: every probe measures and waits with `tokio::time`
//! (`Instant`, `sleep`, `timeout`), which a paused runtime drives on its own.

use std::fmt;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use rdp_doctor_model::DnsOutcome;
use tokio::io::{AsyncRead, AsyncWrite};

/// A byte stream to a peer: a TCP connection, or an in-memory one in tests.
pub trait AsyncReadWrite: AsyncRead + AsyncWrite + Unpin + Send + Sync {}

impl<T: AsyncRead + AsyncWrite + Unpin + Send + Sync> AsyncReadWrite for T {}

/// A connection as the probes hold it.
pub type Stream = Box<dyn AsyncReadWrite>;

/// A boxed future, so that [`Connect`] and [`Resolve`] can be used as trait objects.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Opens a connection to an address. Errors keep their `io::ErrorKind` (refused, reset,
/// unreachable), which the probes turn into evidence; the caller bounds the time.
pub trait Connect: Send + Sync {
    fn connect(&self, address: SocketAddr) -> BoxFuture<'_, io::Result<Stream>>;
}

/// Looks a name up. `timeout` is the step's time, for a resolver that retries inside it; the
/// caller bounds the time regardless.
pub trait Resolve: Send + Sync {
    fn resolve<'a>(&'a self, name: &'a str, timeout: Duration) -> BoxFuture<'a, DnsOutcome>;
}

/// The time of day, for what is compared with another machine's clock (the NTLM challenge's
/// timestamp).
pub type WallClock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// The I/O a check uses; cheap to clone (shared handles).
#[derive(Clone)]
pub struct Io {
    connector: Arc<dyn Connect>,
    resolver: Arc<dyn Resolve>,
    wall_clock: WallClock,
}

impl Io {
    /// The real network and clock: `tokio::net::TcpStream` ([`crate::tcp::SystemConnector`]),
    /// the system's DNS settings through hickory ([`crate::dns::SystemResolver`]) and
    /// `SystemTime::now`.
    pub fn system() -> Io {
        Io::new(crate::tcp::SystemConnector, crate::dns::SystemResolver)
    }

    /// Scripted I/O, with the real wall clock until [`Io::with_wall_clock`].
    pub fn new(connector: impl Connect + 'static, resolver: impl Resolve + 'static) -> Io {
        Io {
            connector: Arc::new(connector),
            resolver: Arc::new(resolver),
            wall_clock: Arc::new(SystemTime::now),
        }
    }

    pub fn with_wall_clock(mut self, now: impl Fn() -> SystemTime + Send + Sync + 'static) -> Io {
        self.wall_clock = Arc::new(now);
        self
    }

    pub fn connector(&self) -> &dyn Connect {
        self.connector.as_ref()
    }

    pub fn resolver(&self) -> &dyn Resolve {
        self.resolver.as_ref()
    }

    pub fn now(&self) -> SystemTime {
        (self.wall_clock)()
    }
}

impl Default for Io {
    fn default() -> Io {
        Io::system()
    }
}

// Hand-written: the handles are trait objects, and `CheckConfig` (which holds one) is `Debug`.
impl fmt::Debug for Io {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Io { .. }")
    }
}

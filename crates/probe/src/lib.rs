//! The probes: the only crate of RDP Doctor that opens sockets or reads the clock.
//!
//! A probe always returns an observation, even when the network fails: "refused",
//! "timed out after 3 s" or "closed right after our request" are evidence, not errors.
//! Every step runs against a [`Deadline`] so that the whole check stays inside its budget.
//! Protocol steps are generic over `AsyncRead + AsyncWrite` so tests can script the peer; the
//! network and the wall clock come through [`Io`], time through `tokio::time` (tests pause it).

pub mod cert;
mod check;
pub mod credssp;
mod deadline;
pub mod dns;
pub mod facts;
#[cfg(test)]
mod fake;
pub mod gateway;
pub mod identify;
pub mod io;
pub mod local;
pub mod negotiate;
pub mod tcp;
pub mod tls;
pub mod watch;
pub mod wol;

pub use check::{CheckConfig, ProbeEvent, run_check};
pub use deadline::Deadline;
pub use io::Io;

use tokio::time::Instant;

pub(crate) fn elapsed_ms(since: Instant) -> u64 {
    u64::try_from(since.elapsed().as_millis()).unwrap_or(u64::MAX)
}

//! Sans-IO codecs for the first steps of an RDP connection.
//!
//! Architecture invariant: this crate does no I/O, reads no clock and draws no random numbers.
//! Every decoder takes a byte slice and returns a value or a [`DecodeError`]; none of them may
//! panic on any input, which the unit tests and the targets in `fuzz/` check.
//!
//! - [`x224`]: TPKT + X.224 Connection Request / Confirm with RDP security negotiation
//!   (MS-RDPBCGR 2.2.1.1, 2.2.1.2).
//! - [`credssp`]: the CredSSP `TSRequest` in minimal DER (MS-CSSP 2.2.1).
//! - [`ntlm`]: the anonymous NTLM NEGOTIATE and the CHALLENGE parser (MS-NLMP 2.2.1.1, 2.2.1.2).
//! - [`tls_hello`]: a hand-built ClientHello that legacy servers answer, and a classifier for
//!   the first server record (RFC 5246 7.4.1.2).
//! - [`rdpfile`]: `.rdp` connection files and `rdp://` links, lenient as mstsc: lines that are
//!   not settings are skipped and listed.
//! - [`cmdline`]: FreeRDP and mstsc command lines (`/v:`, `/port:`, `/g:`, `/gateway:`), reading
//!   the connection and dropping credentials.
//! - [`service`]: naming the service on a port from its first bytes (greetings, HTTP, TLS).

pub mod cmdline;
pub mod credssp;
pub mod gateway;
pub mod ntlm;
pub mod rdpfile;
pub mod service;
pub mod tls_hello;
pub mod wake_on_lan;
pub mod x224;

mod error;
#[cfg(test)]
mod testing;

pub use error::{DecodeError, EncodeError};

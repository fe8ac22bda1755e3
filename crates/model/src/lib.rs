//! The serde contract shared by the probes, the diagnosis, the CLI and the desktop app.
//!
//! Architecture invariant: this crate holds data and the parsing of what a user types (targets,
//! error codes); it does no I/O and knows nothing about how evidence is gathered or judged.
//! JSON field names are a contract: renaming one means bumping [`SCHEMA_VERSION`].

mod error_code;
mod evidence;
mod facts;
pub mod finding_id;
mod protocol;
mod report;
mod service;
mod target;

pub use error_code::{CodeList, ErrorCode, ErrorCodeError, Reading, Readings};
pub use evidence::*;
pub use facts::*;
pub use protocol::{
    CredsspVersion, EncryptionOracle, NegotiationFailure, NegotiationFlags, NtStatus,
    RequestedProtocols, SecurityLayer, SelectedProtocol, TlsVersion,
};
pub use report::*;
pub use service::*;
pub use target::{
    DEFAULT_GATEWAY_PORT, DEFAULT_RDP_PORT, Gateway, HostKind, HostProblem, RdpFileSettings,
    Target, TargetError, TargetSource, has_port, parse_port,
};

/// A character of user text as a one-line message quotes it: a control character (a line
/// break, an escape) becomes U+FFFD, so the message stays one line on a terminal.
pub fn visible(c: char) -> char {
    if c.is_control() { '\u{FFFD}' } else { c }
}

/// Version of the JSON report layout.
pub const SCHEMA_VERSION: u32 = 1;

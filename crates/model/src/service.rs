//! What listens on the port when it does not answer as Remote Desktop: fresh connections that
//! ask the way other services are asked, and what each got back.

use std::net::SocketAddr;

use serde::{Deserialize, Serialize};

use crate::{CertificateEvidence, TlsOutcome};

/// Asked only when the port took connections but the X.224 negotiation got no Remote Desktop
/// answer (silence, a hang-up, or bytes of another protocol).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceEvidence {
    pub address: SocketAddr,
    /// One entry per connection, in the order of [`ServiceProbeKind`].
    pub probes: Vec<ServiceProbe>,
    pub elapsed_ms: u64,
}

impl ServiceEvidence {
    pub fn probe(&self, kind: ServiceProbeKind) -> Option<&ServiceProbe> {
        self.probes.iter().find(|p| p.kind == kind)
    }
}

/// One fresh connection and what it got.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceProbe {
    pub kind: ServiceProbeKind,
    /// The TLS handshake on this connection (the `tls` and `gateway` probes).
    #[serde(default)]
    pub tls: Option<ServiceTls>,
    pub answer: ServiceAnswer,
    pub elapsed_ms: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceProbeKind {
    /// Connect and listen: SSH, mail, FTP and VNC servers greet first.
    Listen,
    /// `HEAD /` in plain text: a web server answers.
    Http,
    /// A TLS ClientHello straight away, then `HEAD /` inside: an HTTPS server answers.
    Tls,
    /// TLS, then the RD Gateway's `RDG_OUT_DATA /remoteDesktopGateway/` (MS-TSGU 3.3.5.1):
    /// a gateway answers 401 with its sign-in schemes.
    Gateway,
}

impl ServiceProbeKind {
    /// What the probe sent, in words for the report's evidence.
    pub fn sent(self) -> &'static str {
        match self {
            Self::Listen => "nothing, only listened for a greeting",
            Self::Http => "HEAD / (HTTP)",
            Self::Tls => "a TLS ClientHello, then HEAD / inside",
            Self::Gateway => "a TLS ClientHello, then RDG_OUT_DATA /remoteDesktopGateway/",
        }
    }
}

/// The TLS handshake of a `tls` or `gateway` probe.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceTls {
    pub outcome: TlsOutcome,
    /// The server's certificate, analysed whatever its validity.
    pub certificate: Option<CertificateEvidence>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ServiceAnswer {
    /// An HTTP/1.x response head.
    Http {
        status: u16,
        reason: String,
        /// The `Server` header, when sent.
        server: Option<String>,
        /// The schemes of its `WWW-Authenticate` headers (`Negotiate`, `NTLM`, `Basic`…).
        auth_schemes: Vec<String>,
    },
    /// A greeting that names its protocol: `protocol` is its usual name ("SSH", "SMTP",
    /// "SMTP or FTP", "FTP", "POP3", "IMAP", "VNC", "Telnet"), `line` the greeting, cleaned
    /// of control characters and cut to 80 characters.
    Banner { protocol: String, line: String },
    /// A TLS record, unasked: the service speaks TLS from the first byte.
    TlsRecord {
        /// The alert's name, when the record is an alert.
        alert: Option<String>,
    },
    /// Remote Desktop's framing (a TPKT header): Remote Desktop after all.
    Rdp,
    /// A line of text in no protocol known here (cleaned and cut like a banner).
    Text { line: String },
    /// Bytes that are not text; the first 16 in hex.
    Binary { first_bytes_hex: String },
    /// Nothing came within the wait.
    Silent { waited_ms: u64 },
    /// The server closed or reset the connection without a byte.
    Closed,
    /// Nothing was asked: the connection or the TLS handshake failed, or time ran out.
    NotAsked { reason: String },
}

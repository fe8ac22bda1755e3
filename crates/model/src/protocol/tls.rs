//! TLS protocol versions.

use serde::{Deserialize, Serialize};

/// A TLS `ProtocolVersion` as a ServerHello carries it (RFC 5246 6.2.1, RFC 8446 4.1.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "u16", into = "u16")]
pub enum TlsVersion {
    Ssl3,
    Tls10,
    Tls11,
    Tls12,
    Tls13,
    Unknown(u16),
}

impl TlsVersion {
    pub fn code(self) -> u16 {
        match self {
            Self::Ssl3 => 0x0300,
            Self::Tls10 => 0x0301,
            Self::Tls11 => 0x0302,
            Self::Tls12 => 0x0303,
            Self::Tls13 => 0x0304,
            Self::Unknown(code) => code,
        }
    }

    /// "SSL 3.0", "TLS 1.0" … "TLS 1.3", or "unknown", as the evidence's `version` says it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Ssl3 => "SSL 3.0",
            Self::Tls10 => "TLS 1.0",
            Self::Tls11 => "TLS 1.1",
            Self::Tls12 => "TLS 1.2",
            Self::Tls13 => "TLS 1.3",
            Self::Unknown(_) => "unknown",
        }
    }

    /// Older than TLS 1.2, which current Remote Desktop clients require. Judged on the number,
    /// so an unnamed older one (SSL 2's 0x0002) counts too.
    pub fn before_tls12(self) -> bool {
        self.code() < 0x0303
    }
}

impl From<u16> for TlsVersion {
    fn from(code: u16) -> Self {
        match code {
            0x0300 => Self::Ssl3,
            0x0301 => Self::Tls10,
            0x0302 => Self::Tls11,
            0x0303 => Self::Tls12,
            0x0304 => Self::Tls13,
            other => Self::Unknown(other),
        }
    }
}

impl From<TlsVersion> for u16 {
    fn from(v: TlsVersion) -> u16 {
        v.code()
    }
}

number_like!(TlsVersion, u16);

// `version_code < 0x0303` in the rules reads the same on the typed field.
impl PartialOrd<u16> for TlsVersion {
    fn partial_cmp(&self, other: &u16) -> Option<std::cmp::Ordering> {
        self.code().partial_cmp(other)
    }
}

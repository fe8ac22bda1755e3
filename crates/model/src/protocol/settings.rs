//! The Windows settings that choose among the protocols: the listener's `SecurityLayer` and
//! this computer's `AllowEncryptionOracle` policy.

use serde::{Deserialize, Serialize};

/// `SecurityLayer` of the RDP-Tcp listener: which security the server accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "u32", into = "u32")]
pub enum SecurityLayer {
    /// 0: standard RDP security only.
    Rdp,
    /// 1: TLS when the client can, standard RDP security otherwise.
    Negotiate,
    /// 2: TLS required (Windows' default).
    Tls,
    Other(u32),
}

impl SecurityLayer {
    pub fn code(self) -> u32 {
        match self {
            Self::Rdp => 0,
            Self::Negotiate => 1,
            Self::Tls => 2,
            Self::Other(code) => code,
        }
    }

    /// Clients may connect without TLS.
    pub fn allows_standard_rdp(self) -> bool {
        matches!(self, Self::Rdp | Self::Negotiate)
    }
}

impl From<u32> for SecurityLayer {
    fn from(code: u32) -> Self {
        match code {
            0 => Self::Rdp,
            1 => Self::Negotiate,
            2 => Self::Tls,
            other => Self::Other(other),
        }
    }
}

impl From<SecurityLayer> for u32 {
    fn from(l: SecurityLayer) -> u32 {
        l.code()
    }
}

number_like!(SecurityLayer, u32);

/// `AllowEncryptionOracle`, this computer's "Encryption Oracle Remediation" policy for CredSSP
/// (CVE-2018-0886). Not set means [`Self::Mitigated`] since May 2018.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "u32", into = "u32")]
pub enum EncryptionOracle {
    /// 0: refuse servers without the fix, and be refused by clients without it.
    ForceUpdatedClients,
    /// 1: refuse servers without the fix.
    Mitigated,
    /// 2: connect to servers without the fix.
    Vulnerable,
    Other(u32),
}

impl EncryptionOracle {
    pub fn code(self) -> u32 {
        match self {
            Self::ForceUpdatedClients => 0,
            Self::Mitigated => 1,
            Self::Vulnerable => 2,
            Self::Other(code) => code,
        }
    }

    /// The policy's value as the Group Policy editor names it; `None` for another number.
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            Self::ForceUpdatedClients => "Force updated clients",
            Self::Mitigated => "Mitigated",
            Self::Vulnerable => "Vulnerable",
            Self::Other(_) => return None,
        })
    }

    /// This computer refuses a server that lacks the 2018 fix.
    pub fn refuses_unpatched_servers(self) -> bool {
        matches!(self, Self::ForceUpdatedClients | Self::Mitigated)
    }
}

impl From<u32> for EncryptionOracle {
    fn from(code: u32) -> Self {
        match code {
            0 => Self::ForceUpdatedClients,
            1 => Self::Mitigated,
            2 => Self::Vulnerable,
            other => Self::Other(other),
        }
    }
}

impl From<EncryptionOracle> for u32 {
    fn from(p: EncryptionOracle) -> u32 {
        p.code()
    }
}

number_like!(EncryptionOracle, u32);

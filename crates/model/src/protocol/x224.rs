//! The X.224 negotiation (MS-RDPBCGR 2.2.1.1.1, 2.2.1.2.1, 2.2.1.2.2).

use std::fmt;

use serde::{Deserialize, Serialize};

/// `requestedProtocols` of RDP_NEG_REQ (MS-RDPBCGR 2.2.1.1.1): the security protocols a client
/// offers, as a bit set. Unnamed bits are kept.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(from = "u32", into = "u32")]
pub struct RequestedProtocols(pub u32);

impl RequestedProtocols {
    /// PROTOCOL_RDP: no bit set, standard RDP security only.
    pub const RDP: Self = Self(0);
    /// PROTOCOL_SSL: TLS.
    pub const SSL: Self = Self(0x01);
    /// PROTOCOL_HYBRID: CredSSP (NLA).
    pub const HYBRID: Self = Self(0x02);
    /// PROTOCOL_RDSTLS.
    pub const RDSTLS: Self = Self(0x04);
    /// PROTOCOL_HYBRID_EX: CredSSP with the Early User Authorization Result PDU.
    pub const HYBRID_EX: Self = Self(0x08);
    /// PROTOCOL_RDSAAD: Entra ID (Azure AD) authentication.
    pub const RDSAAD: Self = Self(0x10);

    const NAMED: [SelectedProtocol; 5] = [
        SelectedProtocol::Tls,
        SelectedProtocol::Credssp,
        SelectedProtocol::Rdstls,
        SelectedProtocol::CredsspEx,
        SelectedProtocol::Rdsaad,
    ];

    pub fn bits(self) -> u32 {
        self.0
    }

    /// `self` and `other` together; `|` in constants.
    pub const fn with(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }

    /// Every bit of `other` is set in `self` (always true for [`Self::RDP`]).
    pub fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The named protocols offered, lowest bit first; `["rdp"]` when no bit is set.
    pub fn names(self) -> Vec<&'static str> {
        if self == Self::RDP {
            return vec!["rdp"];
        }
        Self::NAMED
            .iter()
            .filter(|p| self.0 & p.code() != 0)
            .filter_map(|p| p.name())
            .collect()
    }
}

impl From<u32> for RequestedProtocols {
    fn from(bits: u32) -> Self {
        Self(bits)
    }
}

impl From<RequestedProtocols> for u32 {
    fn from(p: RequestedProtocols) -> u32 {
        p.0
    }
}

number_like!(RequestedProtocols, u32);

impl std::ops::BitOr for RequestedProtocols {
    type Output = Self;

    fn bitor(self, rhs: Self) -> Self {
        Self(self.0 | rhs.0)
    }
}

/// `selectedProtocol` of RDP_NEG_RSP (MS-RDPBCGR 2.2.1.2.1): the one protocol the server chose.
/// A value that is not one named protocol (a newer one, or several bits) is `Unknown`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "u32", into = "u32")]
pub enum SelectedProtocol {
    /// PROTOCOL_RDP (0): standard RDP security.
    Rdp,
    /// PROTOCOL_SSL (1).
    Tls,
    /// PROTOCOL_HYBRID (2): CredSSP.
    Credssp,
    /// PROTOCOL_RDSTLS (4).
    Rdstls,
    /// PROTOCOL_HYBRID_EX (8).
    CredsspEx,
    /// PROTOCOL_RDSAAD (0x10).
    Rdsaad,
    Unknown(u32),
}

impl SelectedProtocol {
    pub fn code(self) -> u32 {
        match self {
            Self::Rdp => 0,
            Self::Tls => 0x01,
            Self::Credssp => 0x02,
            Self::Rdstls => 0x04,
            Self::CredsspEx => 0x08,
            Self::Rdsaad => 0x10,
            Self::Unknown(code) => code,
        }
    }

    /// The short name reports use: "rdp", "tls", "credssp", "rdstls", "credssp_ex", "rdsaad";
    /// `None` when unknown.
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            Self::Rdp => "rdp",
            Self::Tls => "tls",
            Self::Credssp => "credssp",
            Self::Rdstls => "rdstls",
            Self::CredsspEx => "credssp_ex",
            Self::Rdsaad => "rdsaad",
            Self::Unknown(_) => return None,
        })
    }

    /// The connection goes on with a TLS handshake (TLS, or CredSSP, which runs inside TLS).
    /// RDSTLS and RDSAAD run TLS too, but this check does not follow them there.
    pub fn is_tls_based(self) -> bool {
        matches!(self, Self::Tls | Self::Credssp | Self::CredsspEx)
    }

    /// The server wants Network Level Authentication (CredSSP) before the session.
    pub fn is_credssp(self) -> bool {
        matches!(self, Self::Credssp | Self::CredsspEx)
    }
}

impl From<u32> for SelectedProtocol {
    fn from(code: u32) -> Self {
        match code {
            0 => Self::Rdp,
            0x01 => Self::Tls,
            0x02 => Self::Credssp,
            0x04 => Self::Rdstls,
            0x08 => Self::CredsspEx,
            0x10 => Self::Rdsaad,
            other => Self::Unknown(other),
        }
    }
}

impl From<SelectedProtocol> for u32 {
    fn from(p: SelectedProtocol) -> u32 {
        p.code()
    }
}

number_like!(SelectedProtocol, u32);

impl fmt::Display for SelectedProtocol {
    /// The name, or "unknown (0x20)" as the evidence's `protocol_name` says it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "unknown (0x{:x})", self.code()),
        }
    }
}

/// `failureCode` of RDP_NEG_FAILURE (MS-RDPBCGR 2.2.1.2.2): why the server refused the
/// protocols offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "u32", into = "u32")]
pub enum NegotiationFailure {
    /// 1: the server requires TLS or CredSSP.
    SslRequiredByServer,
    /// 2: the server allows standard RDP security only.
    SslNotAllowedByServer,
    /// 3: the server has no usable certificate.
    SslCertNotOnServer,
    /// 4: the request's flags are inconsistent.
    InconsistentFlags,
    /// 5: the server requires CredSSP (NLA).
    HybridRequiredByServer,
    /// 6: the server requires TLS with a client certificate.
    SslWithUserAuthRequiredByServer,
    Unknown(u32),
}

impl NegotiationFailure {
    pub fn code(self) -> u32 {
        match self {
            Self::SslRequiredByServer => 1,
            Self::SslNotAllowedByServer => 2,
            Self::SslCertNotOnServer => 3,
            Self::InconsistentFlags => 4,
            Self::HybridRequiredByServer => 5,
            Self::SslWithUserAuthRequiredByServer => 6,
            Self::Unknown(code) => code,
        }
    }

    /// The specification's name, as the evidence's `code_name` holds it; `None` when unknown.
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            Self::SslRequiredByServer => "SSL_REQUIRED_BY_SERVER",
            Self::SslNotAllowedByServer => "SSL_NOT_ALLOWED_BY_SERVER",
            Self::SslCertNotOnServer => "SSL_CERT_NOT_ON_SERVER",
            Self::InconsistentFlags => "INCONSISTENT_FLAGS",
            Self::HybridRequiredByServer => "HYBRID_REQUIRED_BY_SERVER",
            Self::SslWithUserAuthRequiredByServer => "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER",
            Self::Unknown(_) => return None,
        })
    }
}

impl From<u32> for NegotiationFailure {
    fn from(code: u32) -> Self {
        match code {
            1 => Self::SslRequiredByServer,
            2 => Self::SslNotAllowedByServer,
            3 => Self::SslCertNotOnServer,
            4 => Self::InconsistentFlags,
            5 => Self::HybridRequiredByServer,
            6 => Self::SslWithUserAuthRequiredByServer,
            other => Self::Unknown(other),
        }
    }
}

impl From<NegotiationFailure> for u32 {
    fn from(f: NegotiationFailure) -> u32 {
        f.code()
    }
}

number_like!(NegotiationFailure, u32);

impl fmt::Display for NegotiationFailure {
    /// The code as a decimal number, as findings quote it next to its name
    /// ("SSL_REQUIRED_BY_SERVER (1)").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code())
    }
}

/// The `flags` of RDP_NEG_RSP (MS-RDPBCGR 2.2.1.2.1): what else the server supports. Unnamed
/// bits are kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "u8", into = "u8")]
pub struct NegotiationFlags(pub u8);

impl NegotiationFlags {
    pub const EXTENDED_CLIENT_DATA_SUPPORTED: Self = Self(0x01);
    pub const DYNVC_GFX_PROTOCOL_SUPPORTED: Self = Self(0x02);
    pub const NEGRSP_FLAG_RESERVED: Self = Self(0x04);
    pub const RESTRICTED_ADMIN_MODE_SUPPORTED: Self = Self(0x08);
    pub const REDIRECTED_AUTHENTICATION_MODE_SUPPORTED: Self = Self(0x10);

    const NAMES: [(Self, &'static str); 5] = [
        (
            Self::EXTENDED_CLIENT_DATA_SUPPORTED,
            "EXTENDED_CLIENT_DATA_SUPPORTED",
        ),
        (
            Self::DYNVC_GFX_PROTOCOL_SUPPORTED,
            "DYNVC_GFX_PROTOCOL_SUPPORTED",
        ),
        (Self::NEGRSP_FLAG_RESERVED, "NEGRSP_FLAG_RESERVED"),
        (
            Self::RESTRICTED_ADMIN_MODE_SUPPORTED,
            "RESTRICTED_ADMIN_MODE_SUPPORTED",
        ),
        (
            Self::REDIRECTED_AUTHENTICATION_MODE_SUPPORTED,
            "REDIRECTED_AUTHENTICATION_MODE_SUPPORTED",
        ),
    ];

    pub fn bits(self) -> u8 {
        self.0
    }

    pub fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// Spec names of the named bits set, lowest first, as the evidence's `flag_names` lists
    /// them; unnamed bits are left out.
    pub fn names(self) -> Vec<&'static str> {
        Self::NAMES
            .iter()
            .filter(|(bit, _)| self.0 & bit.0 != 0)
            .map(|&(_, name)| name)
            .collect()
    }
}

impl From<u8> for NegotiationFlags {
    fn from(bits: u8) -> Self {
        Self(bits)
    }
}

impl From<NegotiationFlags> for u8 {
    fn from(f: NegotiationFlags) -> u8 {
        f.0
    }
}

number_like!(NegotiationFlags, u8);

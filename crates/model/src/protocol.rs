//! The protocol vocabulary evidence and facts carry: security protocols, X.224 negotiation
//! failure codes and response flags, TLS versions, NTSTATUS codes, the CredSSP version, and the
//! Windows settings that choose among them (`SecurityLayer`, `AllowEncryptionOracle`). Each is
//! the number the wire or the registry carried, typed, so rules ask `is_tls_based()` or compare
//! with a named constant instead of a bare literal.
//!
//! Every type serialises as the bare number it wraps (`#[serde(from, into)]`): the JSON report
//! is the same as when the evidence held plain integers, and codes this file does not name are
//! kept as they came (`Unknown`, or a bit set with unnamed bits), never rejected. `PartialEq`
//! with the integer and `From` both ways let code written against the integers keep working.
//!
//! The names repeat `rdp-doctor-wire`'s (the model does not depend on the codecs); a test of
//! this crate checks that they agree.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Implements the integer conversions and comparisons every type here shares.
macro_rules! number_like {
    ($ty:ty, $int:ty) => {
        impl PartialEq<$int> for $ty {
            fn eq(&self, other: &$int) -> bool {
                <$int>::from(*self) == *other
            }
        }

        impl PartialEq<$ty> for $int {
            fn eq(&self, other: &$ty) -> bool {
                *self == <$int>::from(*other)
            }
        }
    };
}

// ------------------------------------------------------------------------------ X.224

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

// ------------------------------------------------------------------------------ TLS

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

impl PartialOrd<u16> for TlsVersion {
    fn partial_cmp(&self, other: &u16) -> Option<std::cmp::Ordering> {
        self.code().partial_cmp(other)
    }
}

// ------------------------------------------------------------------------------ NTSTATUS

/// An NTSTATUS (MS-ERREF 2.3), as the CredSSP `errorCode` carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "u32", into = "u32")]
pub struct NtStatus(pub u32);

impl NtStatus {
    pub const ACCESS_DENIED: Self = Self(0xC000_0022);
    pub const NO_LOGON_SERVERS: Self = Self(0xC000_005E);
    pub const NO_SUCH_USER: Self = Self(0xC000_0064);
    pub const WRONG_PASSWORD: Self = Self(0xC000_006A);
    pub const LOGON_FAILURE: Self = Self(0xC000_006D);
    pub const ACCOUNT_RESTRICTION: Self = Self(0xC000_006E);
    pub const PASSWORD_EXPIRED: Self = Self(0xC000_0071);
    pub const ACCOUNT_DISABLED: Self = Self(0xC000_0072);
    pub const NOT_SUPPORTED: Self = Self(0xC000_00BB);
    pub const TIME_DIFFERENCE_AT_DC: Self = Self(0xC000_0133);
    pub const LOGON_TYPE_NOT_GRANTED: Self = Self(0xC000_015B);
    pub const ACCOUNT_EXPIRED: Self = Self(0xC000_0193);
    pub const PASSWORD_MUST_CHANGE: Self = Self(0xC000_0224);
    pub const ACCOUNT_LOCKED_OUT: Self = Self(0xC000_0234);

    const NAMES: [(Self, &'static str); 14] = [
        (Self::ACCESS_DENIED, "STATUS_ACCESS_DENIED"),
        (Self::NO_LOGON_SERVERS, "STATUS_NO_LOGON_SERVERS"),
        (Self::NO_SUCH_USER, "STATUS_NO_SUCH_USER"),
        (Self::WRONG_PASSWORD, "STATUS_WRONG_PASSWORD"),
        (Self::LOGON_FAILURE, "STATUS_LOGON_FAILURE"),
        (Self::ACCOUNT_RESTRICTION, "STATUS_ACCOUNT_RESTRICTION"),
        (Self::PASSWORD_EXPIRED, "STATUS_PASSWORD_EXPIRED"),
        (Self::ACCOUNT_DISABLED, "STATUS_ACCOUNT_DISABLED"),
        (Self::NOT_SUPPORTED, "STATUS_NOT_SUPPORTED"),
        (Self::TIME_DIFFERENCE_AT_DC, "STATUS_TIME_DIFFERENCE_AT_DC"),
        (
            Self::LOGON_TYPE_NOT_GRANTED,
            "STATUS_LOGON_TYPE_NOT_GRANTED",
        ),
        (Self::ACCOUNT_EXPIRED, "STATUS_ACCOUNT_EXPIRED"),
        (Self::PASSWORD_MUST_CHANGE, "STATUS_PASSWORD_MUST_CHANGE"),
        (Self::ACCOUNT_LOCKED_OUT, "STATUS_ACCOUNT_LOCKED_OUT"),
    ];

    pub fn code(self) -> u32 {
        self.0
    }

    /// The symbolic name of the codes sign-in failures give, e.g. "STATUS_LOGON_FAILURE".
    pub fn name(self) -> Option<&'static str> {
        Self::NAMES
            .iter()
            .find(|(status, _)| *status == self)
            .map(|&(_, name)| name)
    }
}

impl From<u32> for NtStatus {
    fn from(code: u32) -> Self {
        Self(code)
    }
}

impl From<NtStatus> for u32 {
    fn from(s: NtStatus) -> u32 {
        s.0
    }
}

number_like!(NtStatus, u32);

impl fmt::Display for NtStatus {
    /// `0xC000006D`, as findings quote it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:08X}", self.0)
    }
}

// ------------------------------------------------------------------------------ CredSSP

/// The `version` of a CredSSP TSRequest (MS-CSSP 2.2.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "u32", into = "u32")]
pub struct CredsspVersion(pub u32);

impl CredsspVersion {
    /// The first version with the fix for CVE-2018-0886 (the "encryption oracle").
    pub const ORACLE_FIX: Self = Self(5);

    /// A server below version 5 misses the 2018 update; updated clients refuse it.
    pub fn lacks_oracle_fix(self) -> bool {
        self < Self::ORACLE_FIX
    }
}

impl From<u32> for CredsspVersion {
    fn from(v: u32) -> Self {
        Self(v)
    }
}

impl From<CredsspVersion> for u32 {
    fn from(v: CredsspVersion) -> u32 {
        v.0
    }
}

number_like!(CredsspVersion, u32);

// ------------------------------------------------------------------------------ Windows settings

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

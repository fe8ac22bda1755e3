//! CredSSP: the TSRequest version and the NTSTATUS a server answers with (MS-CSSP 2.2.1).

use std::fmt;

use serde::{Deserialize, Serialize};

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

number_like!(newtype NtStatus, u32);

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

number_like!(newtype CredsspVersion, u32);

// `version < 5` in the rules reads the same on the typed field.
impl PartialOrd<u32> for CredsspVersion {
    fn partial_cmp(&self, other: &u32) -> Option<std::cmp::Ordering> {
        self.0.partial_cmp(other)
    }
}

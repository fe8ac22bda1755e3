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

/// Implements what every type here shares with its integer: comparison, the JSON value, hex.
macro_rules! number_like {
    // A tuple struct around its integer: `From` both ways, then the rest.
    (newtype $ty:ident, $int:ty) => {
        impl From<$int> for $ty {
            fn from(n: $int) -> Self {
                Self(n)
            }
        }

        impl From<$ty> for $int {
            fn from(v: $ty) -> $int {
                v.0
            }
        }

        number_like!($ty, $int);
    };
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

        // Findings put evidence numbers into their JSON with `Value::from`.
        impl From<$ty> for serde_json::Value {
            fn from(v: $ty) -> serde_json::Value {
                serde_json::Value::from(<$int>::from(v))
            }
        }

        // Rules print codes as `{code:#x}` or `0x{code:08X}`.
        impl std::fmt::LowerHex for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::LowerHex::fmt(&<$int>::from(*self), f)
            }
        }

        impl std::fmt::UpperHex for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::UpperHex::fmt(&<$int>::from(*self), f)
            }
        }
    };
}

mod credssp;
mod settings;
mod tls;
mod x224;

pub use credssp::{CredsspVersion, NtStatus};
pub use settings::{EncryptionOracle, SecurityLayer};
pub use tls::TlsVersion;
pub use x224::{NegotiationFailure, NegotiationFlags, RequestedProtocols, SelectedProtocol};

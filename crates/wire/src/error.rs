/// Why a byte sequence could not be decoded.
///
/// The variants carry enough context (which structure, how many bytes) for a report to say
/// what the peer actually sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The input ended before the structure did.
    #[error("{what} is truncated: needed {needed} bytes, got {got}")]
    Truncated {
        what: &'static str,
        needed: usize,
        got: usize,
    },
    /// The bytes are present but do not form a valid structure.
    #[error("invalid {what}: {reason}")]
    Invalid { what: &'static str, reason: String },
    /// A length field announces more than this decoder is willing to handle.
    #[error("{what} is too large: {len} bytes, the limit is {max}")]
    TooLarge {
        what: &'static str,
        len: usize,
        max: usize,
    },
}

impl DecodeError {
    pub(crate) fn truncated(what: &'static str, needed: usize, got: usize) -> Self {
        Self::Truncated { what, needed, got }
    }

    pub(crate) fn invalid(what: &'static str, reason: impl Into<String>) -> Self {
        Self::Invalid {
            what,
            reason: reason.into(),
        }
    }
}

/// Why a message could not be encoded from the given parameters.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncodeError {
    /// A parameter has a value the wire format cannot carry.
    #[error("invalid {what}: {reason}")]
    Invalid { what: &'static str, reason: String },
    /// A parameter is longer than the wire format allows.
    #[error("{what} is too long: {len} bytes, the limit is {max}")]
    TooLong {
        what: &'static str,
        len: usize,
        max: usize,
    },
}

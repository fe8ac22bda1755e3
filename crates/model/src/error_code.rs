use std::fmt;

use serde::{Deserialize, Serialize};

/// A disconnect code the user saw in their Remote Desktop client, e.g. "0x904" with the
/// extended code "0x7" (IMsTscAxEvents::OnDisconnected, ExtendedDisconnectReasonCode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorCode {
    pub code: u32,
    pub extended: Option<u32>,
}

/// Text typed as an error code that is not one (its first 40 characters, made visible). The
/// `Display` text is for developers; users read it worded by the engine
/// (`rdp_doctor_engine::input::error_code_error`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "\"{0}\" is not an error code; type it as shown by Remote Desktop, e.g. 0x904 or 0x904/0x7"
)]
pub struct ErrorCodeError(pub String);

impl ErrorCode {
    /// Accepts `0x904`, `0x904/0x7`, `0x904, 0x7`, `0x904 0x7` and decimal numbers.
    pub fn parse(input: &str) -> Result<ErrorCode, ErrorCodeError> {
        let err = || ErrorCodeError(input.chars().take(40).map(crate::visible).collect());
        let mut parts = input
            .split(|c: char| c == '/' || c == ',' || c.is_whitespace())
            .filter(|p| !p.is_empty());
        let code = parts
            .next()
            .ok_or_else(err)
            .and_then(|p| parse_number(p).ok_or_else(err))?;
        let extended = parts
            .next()
            .map(|p| parse_number(p).ok_or_else(err))
            .transpose()?;
        if parts.next().is_some() {
            return Err(err());
        }
        Ok(ErrorCode { code, extended })
    }
}

fn parse_number(p: &str) -> Option<u32> {
    match p.strip_prefix("0x").or_else(|| p.strip_prefix("0X")) {
        Some(hex) => u32::from_str_radix(hex, 16).ok(),
        None => p.parse().ok(),
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:x}", self.code)?;
        if let Some(e) = self.extended {
            write!(f, "/0x{e:x}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_ways_people_write_codes() {
        let ok = |s: &str| ErrorCode::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(
            ok("0x904/0x7"),
            ErrorCode {
                code: 0x904,
                extended: Some(7)
            }
        );
        assert_eq!(
            ok("0x904, 0x7"),
            ErrorCode {
                code: 0x904,
                extended: Some(7)
            }
        );
        assert_eq!(
            ok("0X204"),
            ErrorCode {
                code: 0x204,
                extended: None
            }
        );
        assert_eq!(
            ok("2308"),
            ErrorCode {
                code: 0x904,
                extended: None
            }
        );
        assert_eq!(ok("0x904/0x7").to_string(), "0x904/0x7");
        for bad in ["", "xyz", "0x", "0x904/0x7/0x1", "0x1ffffffff", "-1"] {
            assert!(ErrorCode::parse(bad).is_err(), "{bad}");
        }
        let msg = ErrorCode::parse("0x904\n0x7\u{1b}").map_err(|e| e.to_string());
        assert_eq!(
            msg,
            Err(
                "\"0x904\u{FFFD}0x7\u{FFFD}\" is not an error code; type it as shown by Remote \
                 Desktop, e.g. 0x904 or 0x904/0x7"
                    .into()
            )
        );
    }
}

use std::fmt;

use serde::{Deserialize, Serialize};

/// A disconnect code the user saw in their Remote Desktop client, e.g. "0x904" with the
/// extended code "0x7" (IMsTscAxEvents::OnDisconnected, ExtendedDisconnectReasonCode).
///
/// `list` and `reading` say which list of codes the number is from and how the typed text was
/// read; both are absent in reports written before they existed (and then the diagnosis
/// decides the list itself).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorCode {
    pub code: u32,
    pub extended: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<CodeList>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Reading>,
}

/// The lists Remote Desktop codes come from; a number can mean different things in different
/// lists (0x104 is a DNS failure as a disconnect reason, a licensing error as error info).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeList {
    /// IMsTscAxEvents::OnDisconnected's disconnect reason: what the client's dialog shows.
    Disconnect,
    /// ExtendedDisconnectReasonCode: the dialog's "extended error code".
    Extended,
    /// MS-RDPBCGR Set Error Info codes (FreeRDP's `ERRINFO_*`).
    Errinfo,
    /// FreeRDP's own `ERRCONNECT_*` connection errors.
    Errconnect,
    /// Codes of Microsoft's Remote Desktop client / Windows App (e.g. 0x3000046).
    WindowsApp,
}

/// How the typed text was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// `0x904`, `0X00000904`.
    Hex,
    /// `904`: digits read as hexadecimal without the `0x`.
    HexWithoutPrefix,
    /// `2308`: digits read as a decimal number.
    Decimal,
    /// A FreeRDP name: `ERRCONNECT_CONNECT_FAILED`, `ERRINFO_LOGOFF_BY_USER`.
    Name,
    /// FreeRDP's last-error number: `0x0002000D` (ERRCONNECT) or `0x0001000C` (ERRINFO).
    FreerdpNumber,
    /// The numbers found in the text of the client's dialog ("Error code: 0x904 …").
    Dialog,
}

/// Text typed as an error code that is not one (its first 40 characters, made visible). The
/// `Display` text is for developers; users read it worded by the engine
/// (`rdp_doctor_engine::input::error_code_error`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "\"{0}\" is not an error code; type it as shown by Remote Desktop, e.g. 0x904 or 0x904/0x7"
)]
pub struct ErrorCodeError(pub String);

/// Every way a pasted text can be read, before knowing which codes exist: the diagnosis
/// (`rdp_doctor_diagnose::error_codes::read`) picks the reading that is a known code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readings {
    /// FreeRDP names found in the text (`ERRINFO_…`, `ERRCONNECT_…`), upper-cased, in order.
    pub names: Vec<String>,
    /// The numeric readings, most literal first (e.g. `2308` as decimal, then as hex).
    pub codes: Vec<ErrorCode>,
}

/// One number found in the text.
#[derive(Clone, Copy, Debug)]
enum Number {
    /// Written with `0x`.
    Prefixed(u32),
    /// Bare digits: the decimal reading (if all digits are decimal) and the hex reading.
    Bare {
        decimal: Option<u32>,
        hex: Option<u32>,
    },
}

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '/' | ','
                | ';'
                | ':'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '"'
                | '\''
                | '='
                | '.'
                | '\u{2019}'
                | '\u{00AB}'
                | '\u{00BB}'
        )
}

impl ErrorCode {
    /// A code with no list and no reading, as reports before them had.
    pub fn new(code: u32, extended: Option<u32>) -> ErrorCode {
        ErrorCode {
            code,
            extended,
            list: None,
            reading: None,
        }
    }

    /// Every reading of what the user pasted: `0x904`, `0X00000904`, `904`, `2308`,
    /// `0x904/0x7`, `0x904, 0x7`, `0x904 0x7`, the dialog's text ("Error code: 0x904 Extended
    /// error code: 0x7", in any language: the `0x` numbers after the words), FreeRDP's
    /// `ERRINFO_*` / `ERRCONNECT_*` names (with its log text around) and its last-error
    /// numbers (`0x0002000D`, `0x0001000C`).
    pub fn readings(input: &str) -> Result<Readings, ErrorCodeError> {
        let err = || ErrorCodeError(input.chars().take(40).map(crate::visible).collect());
        let mut names = Vec::new();
        let mut prefixed = Vec::new();
        let mut all = Vec::new();
        let mut words = false;
        let tokens: Vec<&str> = input
            .split(is_separator)
            .filter(|t| !t.is_empty())
            .collect();
        // A lone token of hex letters (`a`, `ff`) is a number; among words it is a word.
        let alone = tokens.len() == 1;
        for token in tokens {
            let upper = token.to_ascii_uppercase();
            if upper.starts_with("ERRINFO_") || upper.starts_with("ERRCONNECT_") {
                names.push(upper);
                words = true;
            } else if let Some(hex) = token
                .strip_prefix("0x")
                .or_else(|| token.strip_prefix("0X"))
            {
                let (hex, word) = split_glued_word(hex);
                words |= word;
                let n = Number::Prefixed(hex_number(hex).ok_or_else(err)?);
                prefixed.push(n);
                all.push(n);
            } else if token.bytes().all(|b| b.is_ascii_hexdigit())
                && (alone || token.bytes().any(|b| b.is_ascii_digit()))
            {
                let decimal = if token.bytes().all(|b| b.is_ascii_digit()) {
                    Some(token.parse().map_err(|_| err())?)
                } else {
                    None
                };
                all.push(Number::Bare {
                    decimal,
                    hex: hex_number(token),
                });
            } else {
                words = true;
            }
        }
        if !names.is_empty() {
            return Ok(Readings {
                names,
                codes: Vec::new(),
            });
        }
        // In the dialog's text the codes are the `0x` numbers; other digits are times and ids.
        let numbers = if words && !prefixed.is_empty() {
            prefixed
        } else {
            all
        };
        let (code, extended) = match numbers.as_slice() {
            [code] => (*code, None),
            [code, extended] => (*code, Some(*extended)),
            _ => return Err(err()),
        };
        let mut codes = Vec::new();
        let mut push = |code: u32, extended: Option<u32>, reading: Reading| {
            let reading = if words && reading == Reading::Hex {
                Reading::Dialog
            } else {
                reading
            };
            let c = ErrorCode {
                code,
                extended,
                list: None,
                reading: Some(reading),
            };
            if !codes.contains(&c) {
                codes.push(c);
            }
            if let Some(c) = freerdp_number(c) {
                codes.push(c);
            }
        };
        match code {
            Number::Prefixed(v) => push(v, extended.and_then(as_hex), Reading::Hex),
            Number::Bare { decimal, hex } => {
                if let Some(d) = decimal {
                    push(d, extended.and_then(as_decimal), Reading::Decimal);
                }
                if let Some(h) = hex {
                    push(h, extended.and_then(as_hex), Reading::HexWithoutPrefix);
                }
            }
        }
        if codes.is_empty() {
            return Err(err());
        }
        Ok(Readings { names, codes })
    }

    /// The most literal reading of numbers, without knowing which codes exist: `0x` numbers as
    /// hex, bare digits as decimal (`2308`), digits with a–f as hex (`9a4`). FreeRDP names need
    /// the table of codes: `rdp_doctor_diagnose::error_codes::read` reads them.
    pub fn parse(input: &str) -> Result<ErrorCode, ErrorCodeError> {
        let readings = ErrorCode::readings(input)?;
        readings
            .codes
            .first()
            .copied()
            .ok_or_else(|| ErrorCodeError(input.chars().take(40).map(crate::visible).collect()))
    }
}

fn as_hex(n: Number) -> Option<u32> {
    match n {
        Number::Prefixed(v) => Some(v),
        Number::Bare { hex, .. } => hex,
    }
}

fn as_decimal(n: Number) -> Option<u32> {
    match n {
        Number::Prefixed(v) => Some(v),
        Number::Bare { decimal, hex } => decimal.or(hex),
    }
}

/// FreeRDP's last-error value: its class in the high half (1 = ERRINFO, 2 = ERRCONNECT), the
/// code in the low half.
fn freerdp_number(c: ErrorCode) -> Option<ErrorCode> {
    let list = match c.code >> 16 {
        1 => CodeList::Errinfo,
        2 => CodeList::Errconnect,
        _ => return None,
    };
    (c.extended.is_none() && matches!(c.reading, Some(Reading::Hex | Reading::Dialog))).then_some(
        ErrorCode {
            code: c.code & 0xFFFF,
            extended: None,
            list: Some(list),
            reading: Some(Reading::FreerdpNumber),
        },
    )
}

/// The dialog's lines pasted into a one-line field lose their breaks: "0x904Extended error
/// code: 0x7". A `0x` number glued to a capitalised word is split from it (the longest run of
/// hex digits after which a capital and a small letter start the word); the word is reported.
fn split_glued_word(hex: &str) -> (&str, bool) {
    if hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return (hex, false);
    }
    let run = hex.bytes().take_while(u8::is_ascii_hexdigit).count();
    for end in (1..=run).rev() {
        let mut rest = hex[end..].chars();
        if let (Some(a), Some(b)) = (rest.next(), rest.next())
            && a.is_uppercase()
            && b.is_lowercase()
        {
            return (&hex[..end], true);
        }
    }
    (hex, false)
}

fn hex_number(hex: &str) -> Option<u32> {
    if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(hex, 16).ok()
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

    fn ok(s: &str) -> ErrorCode {
        ErrorCode::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }
    fn pair(c: ErrorCode) -> (u32, Option<u32>) {
        (c.code, c.extended)
    }

    #[test]
    fn parses_the_ways_people_write_codes() {
        assert_eq!(pair(ok("0x904/0x7")), (0x904, Some(7)));
        assert_eq!(pair(ok("0x904, 0x7")), (0x904, Some(7)));
        assert_eq!(pair(ok("0x904 0x7")), (0x904, Some(7)));
        assert_eq!(pair(ok("0X204")), (0x204, None));
        assert_eq!(ok("0x00000904").reading, Some(Reading::Hex));
        assert_eq!(pair(ok("0x00000904")), (0x904, None));
        assert_eq!(pair(ok("2308")), (0x904, None));
        assert_eq!(ok("2308").reading, Some(Reading::Decimal));
        assert_eq!(pair(ok("9a4")), (0x9a4, None));
        assert_eq!(ok("9a4").reading, Some(Reading::HexWithoutPrefix));
        assert_eq!(pair(ok("a")), (0xa, None));
        assert!(ErrorCode::parse("bad code").is_err());
        assert_eq!(ok("0x904/0x7").to_string(), "0x904/0x7");
        for bad in [
            "",
            "xyz",
            "0x",
            "0x904/0x7/0x1",
            "0x1ffffffff",
            "-1",
            "0x90z",
            "99999999999",
        ] {
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

    #[test]
    fn bare_digits_are_read_both_ways() {
        let r = ErrorCode::readings("904").expect("readings");
        let got: Vec<_> = r.codes.iter().map(|c| (c.code, c.reading)).collect();
        assert_eq!(
            got,
            [
                (904, Some(Reading::Decimal)),
                (0x904, Some(Reading::HexWithoutPrefix))
            ]
        );
        let r = ErrorCode::readings("904 7").expect("readings");
        assert_eq!(pair(r.codes[0]), (904, Some(7)));
        assert_eq!(pair(r.codes[1]), (0x904, Some(7)));
    }

    #[test]
    fn the_dialog_text_in_any_language() {
        for text in [
            "Error code: 0x904\nExtended error code: 0x7",
            "Error code: 0x904 Extended error code: 0x7",
            "Remote Desktop can't connect. Error code: 0x904 Extended error code: 0x7 Timestamp (UTC): 2026-12-03 10:01:02 AM",
            "Fehlercode: 0x904 Erweiterter Fehlercode: 0x7",
            "Code d'erreur : 0x904 Code d'erreur étendu : 0x7",
            "Code d\u{2019}erreur\u{a0}: 0x904 Code d\u{2019}erreur étendu\u{a0}: 0x7",
            "Código de error: 0x904 Código de error extendido: 0x7",
        ] {
            let c = ok(text);
            assert_eq!(pair(c), (0x904, Some(7)), "{text}");
            assert_eq!(c.reading, Some(Reading::Dialog), "{text}");
        }
        assert_eq!(pair(ok("Error code: 0x3000046")), (0x3000046, None));
        // Pasted into a one-line field, the dialog's lines lose their breaks.
        for text in [
            "Error code: 0x904Extended error code: 0x7Timestamp (UTC): 2026-12-03 10:01:02 AM",
            "Fehlercode: 0x904Erweiterter Fehlercode: 0x7",
            "Code d'erreur : 0xB07Code d'erreur étendu : 0x7",
            "Código de error: 0x904Código de error extendido: 0x7",
        ] {
            let c = ok(text);
            assert_eq!(c.extended, Some(7), "{text}");
            assert!(c.code == 0x904 || c.code == 0xB07, "{text}");
        }
        assert!(ErrorCode::parse("0x904e").is_ok_and(|c| c.code == 0x904e));
        assert!(ErrorCode::parse("0x90z").is_err());
    }

    #[test]
    fn freerdp_forms() {
        let r = ErrorCode::readings(
            "[ERROR][com.freerdp.core] - errconnect_connect_failed [0x00020009]",
        )
        .expect("readings");
        assert_eq!(r.names, ["ERRCONNECT_CONNECT_FAILED"]);
        let r = ErrorCode::readings("0x0002000D").expect("readings");
        assert_eq!(r.codes[0].code, 0x2000D);
        assert_eq!(
            r.codes[1],
            ErrorCode {
                code: 0xD,
                extended: None,
                list: Some(CodeList::Errconnect),
                reading: Some(Reading::FreerdpNumber)
            }
        );
        let r = ErrorCode::readings("0x0001000C").expect("readings");
        assert_eq!(r.codes[1].list, Some(CodeList::Errinfo));
        assert_eq!(r.codes[1].code, 0xC);
    }

    #[test]
    fn old_reports_still_read() {
        let c: ErrorCode = serde_json::from_str(r#"{"code":2308,"extended":7}"#).expect("json");
        assert_eq!(c, ErrorCode::new(0x904, Some(7)));
        assert_eq!(
            serde_json::to_string(&c).expect("json"),
            r#"{"code":2308,"extended":7}"#
        );
    }
}

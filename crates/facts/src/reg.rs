//! `reg query "<key>"`, with or without `/v Name` and `/s`.
//!
//! The layout is not translated: key lines start at column 0 with the hive name
//! (`HKEY_LOCAL_MACHINE\…`), values are `    Name    REG_TYPE    data` with four-space
//! separators. Only the messages are: the "End of search" line (ignored) and the errors.

use rdp_doctor_model::{RdpSettings, SecurityLayer};

use crate::ParseError;
use crate::text::{self, hex_upper, parse_hex_u64};

const COMMAND: &str = "reg query";
const SEPARATOR: &str = "    ";

/// One value printed by `reg query`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegValue {
    /// The key line above the value, e.g. `HKEY_LOCAL_MACHINE\SYSTEM\…\RDP-Tcp`; empty when the
    /// output had none.
    pub key: String,
    /// As printed; the unnamed default value is `(Default)` (German `(Standard)`).
    pub name: String,
    pub data: RegData,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegData {
    Dword(u32),
    Qword(u64),
    Sz(String),
    ExpandSz(String),
    /// `reg` prints the strings joined with a literal `\0`.
    MultiSz(Vec<String>),
    Binary(Vec<u8>),
    /// `REG_NONE`, `REG_RESOURCE_LIST`, … as printed.
    Other {
        kind: String,
        text: String,
    },
}

/// Whether `reg query` said the key or value does not exist, which means "not set" (the
/// policy key of a machine without Remote Desktop policies, a value nobody wrote).
pub fn reg_not_found(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.contains("unable to find the specified registry key")
        // "FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden."
        // Matched without the umlaut, which a console code page may have mangled.
        || lower.contains("wert wurde nicht gefunden")
}

/// Parses the output of `reg query`. "Key or value not found" is `Ok(vec![])`.
pub fn parse_reg_query(text: &str) -> Result<Vec<RegValue>, ParseError> {
    text::or_denied(parse(text), text, COMMAND)
}

fn parse(text: &str) -> Result<Vec<RegValue>, ParseError> {
    text::require_text(text, COMMAND)?;
    if reg_not_found(text) {
        return Ok(Vec::new());
    }
    let mut key = String::new();
    let mut seen_key = false;
    let mut values = Vec::new();
    for line in text::lines(text) {
        let trimmed = line.trim();
        if is_key_line(line) {
            key = trimmed.to_string();
            seen_key = true;
        } else if let Some(rest) = line.strip_prefix(SEPARATOR) {
            if let Some(value) = parse_value_line(rest, &key)? {
                values.push(value);
            }
        } else if is_error_line(trimmed) {
            return Err(ParseError::Failed {
                command: COMMAND,
                message: text::clip(trimmed),
            });
        }
        // Anything else is a blank line or the translated "End of search: N match(es) found."
    }
    if !seen_key && values.is_empty() {
        return Err(ParseError::Missing {
            command: COMMAND,
            what: "registry key line",
        });
    }
    Ok(values)
}

fn is_key_line(line: &str) -> bool {
    line.starts_with("HKEY_") || (line.starts_with("\\\\") && line.contains("\\HKEY_"))
}

fn is_error_line(trimmed: &str) -> bool {
    trimmed.starts_with("ERROR:") || trimmed.starts_with("FEHLER:")
}

/// `rest` is a value line after its indentation: `Name    REG_TYPE    data`. Names may contain
/// spaces, so the type is the first ` REG_…` token that stands between separators.
fn parse_value_line(rest: &str, key: &str) -> Result<Option<RegValue>, ParseError> {
    let mut from = 0;
    while let Some(found) = rest.get(from..).and_then(|tail| tail.find("    REG_")) {
        let at = from + found;
        let after_sep = at + SEPARATOR.len();
        let Some(tail) = rest.get(after_sep..) else {
            return Ok(None);
        };
        let kind_len = tail
            .bytes()
            .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
            .count();
        let (kind, after_kind) = tail.split_at_checked(kind_len).unwrap_or((tail, ""));
        let data = if after_kind.trim().is_empty() {
            Some("")
        } else {
            after_kind.strip_prefix(SEPARATOR)
        };
        // A match at 0 would be an empty name; `reg` prints the default value as `(Default)`.
        if at > 0
            && let Some(data) = data
        {
            let name = rest.get(..at).unwrap_or_default();
            let data = parse_data(kind, data)
                .ok_or_else(|| ParseError::invalid(COMMAND, "a value", rest))?;
            return Ok(Some(RegValue {
                key: key.to_string(),
                name: name.to_string(),
                data,
            }));
        }
        from = after_sep;
    }
    Ok(None)
}

fn parse_data(kind: &str, data: &str) -> Option<RegData> {
    Some(match kind {
        "REG_DWORD" => RegData::Dword(u32::try_from(parse_hex_u64(data.trim())?).ok()?),
        "REG_QWORD" => RegData::Qword(parse_hex_u64(data.trim())?),
        "REG_SZ" => RegData::Sz(data.to_string()),
        "REG_EXPAND_SZ" => RegData::ExpandSz(data.to_string()),
        "REG_MULTI_SZ" if data.is_empty() => RegData::MultiSz(Vec::new()),
        "REG_MULTI_SZ" => RegData::MultiSz(data.split("\\0").map(str::to_string).collect()),
        "REG_BINARY" => RegData::Binary(parse_hex_bytes(data.trim())?),
        _ => RegData::Other {
            kind: kind.to_string(),
            text: data.to_string(),
        },
    })
}

fn parse_hex_bytes(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
        })
        .collect()
}

/// The DWORD named `name` (case-insensitive), e.g. `AllowEncryptionOracle`; the first one wins.
pub fn find_dword(values: &[RegValue], name: &str) -> Option<u32> {
    values.iter().find_map(|v| match v.data {
        RegData::Dword(n) if v.name.eq_ignore_ascii_case(name) => Some(n),
        _ => None,
    })
}

/// The Remote Desktop settings among `values`, from one query or several concatenated
/// (`Terminal Server`, its `WinStations\RDP-Tcp` listener, or the policy key).
///
/// With `/s`, other keys carry the same names (`Wds\rdpwd\Tds\tcp` has its own `PortNumber`,
/// which is not the listener's), so values of a key named `Terminal Server`,
/// `Terminal Services` or `RDP-Tcp` win over values of any other key; otherwise the first wins.
pub fn rdp_settings(values: &[RegValue]) -> RdpSettings {
    let mut picks: [Pick; 6] = Default::default();
    for value in values {
        let Some(field) = FIELDS
            .iter()
            .position(|f| value.name.eq_ignore_ascii_case(f))
        else {
            continue;
        };
        let rank = if preferred_key(&value.key) { 2 } else { 1 };
        let Some(pick) = picks.get_mut(field) else {
            continue;
        };
        if rank <= pick.rank {
            continue;
        }
        let read = if field == THUMBPRINT {
            thumbprint(&value.data).map(Read::Text)
        } else {
            match value.data {
                RegData::Dword(n) => Some(Read::Number(n)),
                _ => None,
            }
        };
        if let Some(read) = read {
            *pick = Pick {
                rank,
                value: Some(read),
            };
        }
    }
    let [deny, nla, layer, port, thumb, max] = picks;
    RdpSettings {
        deny_connections: deny.number(),
        user_authentication: nla.number(),
        security_layer: layer.number().map(SecurityLayer::from),
        port: port.number(),
        certificate_thumbprint: thumb.text(),
        max_sessions: max.number(),
    }
}

const FIELDS: [&str; 6] = [
    "fDenyTSConnections",
    "UserAuthentication",
    "SecurityLayer",
    "PortNumber",
    "SSLCertificateSHA1Hash",
    "MaxInstanceCount",
];
const THUMBPRINT: usize = 4;

#[derive(Default)]
struct Pick {
    rank: u8,
    value: Option<Read>,
}

enum Read {
    Number(u32),
    Text(String),
}

impl Pick {
    fn number(self) -> Option<u32> {
        match self.value {
            Some(Read::Number(n)) => Some(n),
            _ => None,
        }
    }
    fn text(self) -> Option<String> {
        match self.value {
            Some(Read::Text(s)) => Some(s),
            _ => None,
        }
    }
}

fn preferred_key(key: &str) -> bool {
    let last = key.rsplit('\\').next().unwrap_or(key).trim();
    key.is_empty()
        || ["Terminal Server", "Terminal Services", "RDP-Tcp"]
            .iter()
            .any(|k| last.eq_ignore_ascii_case(k))
}

/// Any non-empty hash is kept, even of the wrong length: it will then match no certificate,
/// which is what the diagnosis should say.
fn thumbprint(data: &RegData) -> Option<String> {
    match data {
        RegData::Binary(bytes) if !bytes.is_empty() => Some(hex_upper(bytes)),
        RegData::Sz(s) => {
            let hex: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            (!hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()))
                .then(|| hex.to_ascii_uppercase())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> RegValue {
        let text = format!("\r\nHKEY_LOCAL_MACHINE\\X\r\n{line}\r\n\r\n");
        let mut values = parse_reg_query(&text).expect("parses");
        assert_eq!(values.len(), 1, "{line:?}");
        values.remove(0)
    }

    #[test]
    fn names_and_data_with_spaces() {
        let v = one("    Some Name    REG_SZ    a  b    c");
        assert_eq!(v.name, "Some Name");
        assert_eq!(v.data, RegData::Sz("a  b    c".into()));
        assert_eq!(v.key, "HKEY_LOCAL_MACHINE\\X");
    }

    #[test]
    fn empty_strings_with_and_without_trailing_separator() {
        assert_eq!(
            one("    Empty    REG_SZ    ").data,
            RegData::Sz(String::new())
        );
        assert_eq!(one("    Empty    REG_SZ").data, RegData::Sz(String::new()));
        assert_eq!(
            one("    M    REG_MULTI_SZ    ").data,
            RegData::MultiSz(vec![])
        );
        assert_eq!(one("    B    REG_BINARY    ").data, RegData::Binary(vec![]));
    }

    #[test]
    fn data_that_looks_like_a_type() {
        let v = one("    Note    REG_SZ    see    REG_DWORD    0x1");
        assert_eq!(v.data, RegData::Sz("see    REG_DWORD    0x1".into()));
    }

    #[test]
    fn all_types() {
        assert_eq!(
            one("    a    REG_DWORD    0xd3d").data,
            RegData::Dword(3389)
        );
        assert_eq!(
            one("    a    REG_QWORD    0x1d9f0b6f36fc4a2").data,
            RegData::Qword(0x1d9f0b6f36fc4a2)
        );
        assert_eq!(
            one("    a    REG_EXPAND_SZ    %SystemRoot%\\x").data,
            RegData::ExpandSz("%SystemRoot%\\x".into())
        );
        assert_eq!(
            one("    a    REG_MULTI_SZ    one\\0two words").data,
            RegData::MultiSz(vec!["one".into(), "two words".into()])
        );
        assert_eq!(
            one("    a    REG_BINARY    00FFa0").data,
            RegData::Binary(vec![0, 0xff, 0xa0])
        );
        assert_eq!(
            one("    a    REG_NONE    ").data,
            RegData::Other {
                kind: "REG_NONE".into(),
                text: String::new()
            }
        );
    }

    #[test]
    fn unreadable_numbers_are_errors() {
        for line in [
            "    a    REG_DWORD    0x",
            "    a    REG_DWORD    0x100000000",
            "    a    REG_DWORD    12",
            "    a    REG_BINARY    ABC",
        ] {
            let text = format!("HKEY_LOCAL_MACHINE\\X\n{line}\n");
            assert!(
                matches!(parse_reg_query(&text), Err(ParseError::Invalid { .. })),
                "{line}"
            );
        }
    }

    #[test]
    fn errors() {
        assert_eq!(
            parse_reg_query(""),
            Err(ParseError::Empty { command: COMMAND })
        );
        assert_eq!(
            parse_reg_query("ERROR: Access is denied.\r\n"),
            Err(ParseError::AccessDenied { command: COMMAND })
        );
        let invalid =
            parse_reg_query("ERROR: Invalid syntax.\r\nType \"REG QUERY /?\" for usage.\r\n");
        assert_eq!(
            invalid,
            Err(ParseError::Failed {
                command: COMMAND,
                message: "ERROR: Invalid syntax.".into()
            })
        );
        assert!(matches!(
            parse_reg_query("some text\r\n"),
            Err(ParseError::Missing { .. })
        ));
    }

    #[test]
    fn thumbprint_from_a_string_value() {
        let values = vec![RegValue {
            key: String::new(),
            name: "sslcertificatesha1hash".into(),
            data: RegData::Sz(" ab cd ".into()),
        }];
        assert_eq!(
            rdp_settings(&values).certificate_thumbprint.as_deref(),
            Some("ABCD")
        );
    }
}

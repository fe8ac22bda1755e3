//! `.rdp` connection files (PROTOCOL.md section 6; Microsoft "Supported RDP file settings").
//!
//! One setting per line, `name:type:value`, with type `s` (string), `i` (32-bit integer) or
//! `b` (hex binary). mstsc saves UTF-16LE with a BOM and CRLF line ends; UTF-8 with or without
//! a BOM is accepted too. Error messages name the line so a non-technical user can find it.

/// Largest file accepted. Real files are a few KiB; anything bigger is not an .rdp file.
pub const MAX_FILE_SIZE: usize = 1024 * 1024;

const BOM_UTF16LE: [u8; 2] = [0xFF, 0xFE];
const BOM_UTF16BE: [u8; 2] = [0xFE, 0xFF];
const BOM_UTF8: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// Longest piece of user text quoted in an error message.
const QUOTE_MAX_CHARS: usize = 40;

/// A setting's value, by its type letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RdpValue {
    /// `s`: the text after the second colon, exactly as written.
    Str(String),
    /// `i`: a 32-bit signed integer, widened so callers need not care.
    Int(i64),
    /// `b`: hex-encoded bytes, such as the DPAPI blob of `password 51`.
    Bin(Vec<u8>),
}

/// One `name:type:value` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RdpSetting {
    /// As written, with surrounding whitespace removed; mstsc compares names ignoring case.
    pub name: String,
    pub value: RdpValue,
    /// 1-based line number, for pointing the user at it.
    pub line: usize,
}

/// The settings of an .rdp file in file order, duplicates and unknown names included.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RdpFile {
    pub settings: Vec<RdpSetting>,
}

impl RdpFile {
    /// The setting called `name`, compared ignoring ASCII case. When a name appears more than
    /// once the last one wins, as in mstsc.
    pub fn get(&self, name: &str) -> Option<&RdpSetting> {
        self.settings
            .iter()
            .rev()
            .find(|s| s.name.eq_ignore_ascii_case(name))
    }

    /// The value of `name` if it is a string setting.
    pub fn get_str(&self, name: &str) -> Option<&str> {
        match &self.get(name)?.value {
            RdpValue::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value of `name` if it is an integer setting.
    pub fn get_int(&self, name: &str) -> Option<i64> {
        match self.get(name)?.value {
            RdpValue::Int(i) => Some(i),
            _ => None,
        }
    }
}

/// Why an .rdp file could not be read.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum RdpFileError {
    /// Larger than [`MAX_FILE_SIZE`].
    #[error("file is {size} bytes, too large for an .rdp file (the limit is 1 MiB)")]
    TooLarge { size: usize },
    /// Not text in a supported encoding.
    #[error("file is not a text .rdp file: {reason}")]
    NotText { reason: String },
    /// A line that is not a valid setting; `reason` names the line.
    #[error("{reason}")]
    Line { line: usize, reason: String },
}

fn not_text(reason: impl Into<String>) -> RdpFileError {
    RdpFileError::NotText {
        reason: reason.into(),
    }
}

/// User text for an error message, shortened so a long line does not drown the message.
fn quote(text: &str) -> String {
    let mut chars = text.chars();
    let mut quoted: String = chars.by_ref().take(QUOTE_MAX_CHARS).collect();
    if chars.next().is_some() {
        quoted.push('…');
    }
    quoted
}

fn decode_text(bytes: &[u8]) -> Result<String, RdpFileError> {
    if let Some(rest) = bytes.strip_prefix(&BOM_UTF16LE[..]) {
        if rest.len() % 2 != 0 {
            return Err(not_text(format!(
                "it is marked as UTF-16 but has an odd number of bytes ({})",
                bytes.len()
            )));
        }
        let units = rest.chunks_exact(2).map(|pair| match pair {
            &[lo, hi] => u16::from_le_bytes([lo, hi]),
            _ => 0,
        });
        return char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|e| {
                not_text(format!(
                    "invalid UTF-16: unpaired surrogate {:#06x}",
                    e.unpaired_surrogate()
                ))
            });
    }
    if bytes.starts_with(&BOM_UTF16BE) {
        return Err(not_text(
            "UTF-16 big-endian is not supported; save it as Unicode (UTF-16LE) or UTF-8",
        ));
    }
    let (body, offset) = match bytes.strip_prefix(&BOM_UTF8[..]) {
        Some(rest) => (rest, BOM_UTF8.len()),
        None => (bytes, 0),
    };
    if let Some(at) = body.iter().position(|&b| b == 0) {
        return Err(not_text(format!(
            "it contains a NUL byte at offset {} (binary data, or UTF-16 without a byte order mark)",
            at.saturating_add(offset)
        )));
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_owned()),
        // Without a BOM, mstsc reads a file that is not UTF-8 in the system's ANSI code page;
        // Windows-1252 is the Western one, so a hand-made file saying "Büro" still works.
        Err(_) if offset == 0 => Ok(body.iter().map(|&b| windows_1252(b)).collect()),
        Err(e) => Err(not_text(format!(
            "invalid UTF-8 at offset {}; save it as Unicode (UTF-16LE) or UTF-8",
            e.valid_up_to().saturating_add(offset)
        ))),
    }
}

/// Windows-1252 to Unicode; its five unassigned bytes become U+FFFD.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž',
        '\u{FFFD}', '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ',
        '\u{FFFD}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH
            .get(usize::from(b - 0x80))
            .copied()
            .unwrap_or('\u{FFFD}'),
        _ => char::from(b),
    }
}

fn parse_int(line: usize, value: &str) -> Result<i64, RdpFileError> {
    let text = value.trim();
    let n: i64 = text.parse().map_err(|_| RdpFileError::Line {
        line,
        reason: format!("line {line}: '{}' is not a number", quote(text)),
    })?;
    if i32::try_from(n).is_err() {
        return Err(RdpFileError::Line {
            line,
            reason: format!(
                "line {line}: {n} is out of range for a 32-bit number ({} to {})",
                i32::MIN,
                i32::MAX
            ),
        });
    }
    Ok(n)
}

fn parse_hex(line: usize, value: &str) -> Result<Vec<u8>, RdpFileError> {
    let digits = value
        .trim()
        .chars()
        .map(|c| {
            c.to_digit(16)
                .and_then(|d| u8::try_from(d).ok())
                .ok_or_else(|| RdpFileError::Line {
                    line,
                    reason: format!(
                        "line {line}: binary value contains '{c}', which is not a hex digit"
                    ),
                })
        })
        .collect::<Result<Vec<u8>, _>>()?;
    if digits.len() % 2 != 0 {
        return Err(RdpFileError::Line {
            line,
            reason: format!("line {line}: binary value has an odd number of hex digits"),
        });
    }
    Ok(digits
        .chunks_exact(2)
        .map(|pair| match pair {
            &[hi, lo] => hi << 4 | lo,
            _ => 0,
        })
        .collect())
}

/// Whitespace, and U+FEFF: a byte order mark inside the text, where two saved files were
/// joined (`type a.rdp >> b.rdp`), must not become part of a setting's name (a "\u{feff}full
/// address" would hide the computer the file names).
fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn parse_line(line: usize, text: &str) -> Result<RdpSetting, RdpFileError> {
    let malformed = || RdpFileError::Line {
        line,
        reason: format!("line {line} is not a setting of the form name:type:value"),
    };
    // The value may itself contain ':' (full address:s:host:3390), so split only twice.
    let mut parts = text.splitn(3, ':');
    let (Some(name), Some(kind), Some(value)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(malformed());
    };
    let name = name.trim_matches(is_blank);
    if name.is_empty() {
        return Err(malformed());
    }
    let value = match kind.trim() {
        "s" | "S" => RdpValue::Str(value.to_owned()),
        "i" | "I" => RdpValue::Int(parse_int(line, value)?),
        "b" | "B" => RdpValue::Bin(parse_hex(line, value)?),
        other => {
            return Err(RdpFileError::Line {
                line,
                reason: format!(
                    "line {line}: unknown type '{}' (expected s, i or b)",
                    quote(other)
                ),
            });
        }
    };
    Ok(RdpSetting {
        name: name.to_owned(),
        value,
        line,
    })
}

/// Parses an .rdp file.
///
/// Accepts UTF-16LE with BOM `FF FE`, UTF-8 with BOM `EF BB BF` and UTF-8 without BOM; CRLF,
/// LF and CR line ends; blank lines are skipped. Each other line is `name:type:value`, split on
/// the first two colons; types are `s`, `i` (32-bit, may be negative) and `b` (hex, even
/// length). Unknown names are kept.
pub fn parse_rdp_file(bytes: &[u8]) -> Result<RdpFile, RdpFileError> {
    if bytes.len() > MAX_FILE_SIZE {
        return Err(RdpFileError::TooLarge { size: bytes.len() });
    }
    let text = decode_text(bytes)?;
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut file = RdpFile::default();
    for (line, content) in (1usize..).zip(text.split('\n')) {
        if let Some(c) = content.chars().find(|&c| c.is_control() && c != '\t') {
            return Err(not_text(format!(
                "line {line} contains the control character U+{:04X}",
                u32::from(c)
            )));
        }
        if content.chars().all(is_blank) {
            continue;
        }
        file.settings.push(parse_line(line, content)?);
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file as mstsc saves it, with a value containing colons and a duplicate setting.
    const SAMPLE: &str = "screen mode id:i:2\r\n\
        full address:s:host.example:3390\r\n\
        gatewayhostname:s:\r\n\
        desktopwidth:i:1920\r\n\
        \r\n\
        Authentication Level:i:2\r\n\
        winposstr:s:0,3,-8,-8,1928,1048\r\n\
        audiomode:i:-1\r\n\
        password 51:b:01000000D08C9DDF\r\n\
        some future setting:s:kept\r\n\
        authentication level:i:0\r\n";

    fn utf16le_with_bom(text: &str) -> Vec<u8> {
        let mut bytes = BOM_UTF16LE.to_vec();
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        bytes
    }

    fn check_sample(file: &RdpFile) {
        assert_eq!(file.settings.len(), 10);
        assert_eq!(file.get_str("full address"), Some("host.example:3390"));
        assert_eq!(file.get_str("FULL ADDRESS"), Some("host.example:3390"));
        assert_eq!(file.get_str("gatewayhostname"), Some(""));
        assert_eq!(file.get_int("desktopwidth"), Some(1920));
        assert_eq!(file.get_int("audiomode"), Some(-1));
        assert_eq!(file.get_str("winposstr"), Some("0,3,-8,-8,1928,1048"));
        // the last of the two wins, as in mstsc
        let level = file.get("authentication level").expect("present");
        assert_eq!(level.value, RdpValue::Int(0));
        assert_eq!(level.line, 11);
        assert_eq!(file.settings[4].name, "Authentication Level");
        assert_eq!(
            file.get("password 51").map(|s| &s.value),
            Some(&RdpValue::Bin(vec![
                0x01, 0x00, 0x00, 0x00, 0xD0, 0x8C, 0x9D, 0xDF
            ]))
        );
        assert_eq!(file.get_str("some future setting"), Some("kept"));
        assert_eq!(file.get_int("full address"), None);
        assert_eq!(file.get_str("desktopwidth"), None);
        assert_eq!(file.get("missing"), None);
    }

    #[test]
    fn parses_utf16le_with_bom() {
        let bytes = utf16le_with_bom(SAMPLE);
        assert_eq!(&bytes[..6], &[0xFF, 0xFE, b's', 0x00, b'c', 0x00]);
        check_sample(&parse_rdp_file(&bytes).expect("valid file"));
    }

    #[test]
    fn parses_utf8_with_and_without_bom() {
        check_sample(&parse_rdp_file(SAMPLE.as_bytes()).expect("valid file"));
        let mut with_bom = BOM_UTF8.to_vec();
        with_bom.extend_from_slice(SAMPLE.as_bytes());
        check_sample(&parse_rdp_file(&with_bom).expect("valid file"));
    }

    #[test]
    fn a_byte_order_mark_inside_the_file_is_not_part_of_a_name() {
        // Two files joined: the second one's BOM is U+FEFF at the start of its first line, here
        // after a space (U+2000, the first file's last line, as the fuzzer found it).
        let mut bytes = utf16le_with_bom("\u{2000}");
        bytes.extend(utf16le_with_bom(
            "full address:s:pc042:3390\r\n\u{feff}\r\n",
        ));
        let file = parse_rdp_file(&bytes).expect("valid file");
        assert_eq!(file.settings.len(), 1);
        assert_eq!(file.settings[0].name, "full address");
        assert_eq!(file.get_str("full address"), Some("pc042:3390"));
    }

    #[test]
    fn accepts_lf_and_cr_line_ends_and_non_ascii() {
        let file =
            parse_rdp_file("username:s:Jürgen\ndomain:s:BÜRO\rserver port:i:3390".as_bytes())
                .expect("valid file");
        assert_eq!(file.get_str("username"), Some("Jürgen"));
        assert_eq!(file.get("domain").map(|s| s.line), Some(2));
        assert_eq!(file.get_int("server port"), Some(3390));
        let file = parse_rdp_file(&utf16le_with_bom("username:s:山田\r\n")).expect("valid file");
        assert_eq!(file.get_str("username"), Some("山田"));
    }

    #[test]
    fn empty_file_has_no_settings() {
        assert_eq!(parse_rdp_file(b""), Ok(RdpFile::default()));
        assert_eq!(parse_rdp_file(&BOM_UTF16LE), Ok(RdpFile::default()));
        assert_eq!(parse_rdp_file(b"\r\n  \r\n\t\n"), Ok(RdpFile::default()));
    }

    #[test]
    fn reports_bad_lines_with_their_number() {
        let text = "full address:s:host\r\n\r\nthis line is broken\r\n";
        let err = parse_rdp_file(&utf16le_with_bom(text)).expect_err("bad line");
        assert_eq!(
            err,
            RdpFileError::Line {
                line: 3,
                reason: "line 3 is not a setting of the form name:type:value".into()
            }
        );
        assert_eq!(
            err.to_string(),
            "line 3 is not a setting of the form name:type:value"
        );

        let cases = [
            (
                "a:s:1\nserver port:i:abc\n",
                "line 2: 'abc' is not a number",
            ),
            ("server port:i:\n", "line 1: '' is not a number"),
            (
                "x:i:2147483648\n",
                "line 1: 2147483648 is out of range for a 32-bit number (-2147483648 to 2147483647)",
            ),
            (
                "\n\n\n\nx:x:1\n",
                "line 5: unknown type 'x' (expected s, i or b)",
            ),
            (
                "x:b:ABC\n",
                "line 1: binary value has an odd number of hex digits",
            ),
            (
                "x:b:zz\n",
                "line 1: binary value contains 'z', which is not a hex digit",
            ),
            (
                ":s:value\n",
                "line 1 is not a setting of the form name:type:value",
            ),
            (
                "name:s\n",
                "line 1 is not a setting of the form name:type:value",
            ),
        ];
        for (text, message) in cases {
            let err = parse_rdp_file(text.as_bytes()).expect_err(text);
            assert_eq!(err.to_string(), message, "{text:?}");
        }
        assert_eq!(
            parse_rdp_file(b"x:i:-2147483648").map(|f| f.get_int("x")),
            Ok(Some(-2_147_483_648))
        );
        assert_eq!(
            parse_rdp_file(b"x:I: 7 ").map(|f| f.get_int("x")),
            Ok(Some(7))
        );
        assert_eq!(
            parse_rdp_file(b"x:b:").map(|f| f.get("x").map(|s| s.value.clone())),
            Ok(Some(RdpValue::Bin(Vec::new())))
        );
    }

    #[test]
    fn rejects_binary_and_broken_encodings() {
        let garbage = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]; // start of an .exe
        assert!(matches!(
            parse_rdp_file(&garbage),
            Err(RdpFileError::NotText { .. })
        ));
        let mut odd = utf16le_with_bom("full address:s:host\r\n");
        odd.pop();
        let err = parse_rdp_file(&odd).expect_err("odd length");
        assert_eq!(
            err.to_string(),
            "file is not a text .rdp file: it is marked as UTF-16 but has an odd number of bytes (43)"
        );
        let mut surrogate = utf16le_with_bom("a:s:");
        surrogate.extend_from_slice(&[0x00, 0xDC]);
        assert!(matches!(
            parse_rdp_file(&surrogate),
            Err(RdpFileError::NotText { .. })
        ));
        // ANSI (Windows-1252) without a BOM, as hand-made files are: "B\xfcro" is "Büro".
        assert_eq!(
            parse_rdp_file(b"a:s:B\xfcro \x80").map(|f| f.get_str("a").map(str::to_owned)),
            Ok(Some("Büro €".to_owned()))
        );
        // With a UTF-8 BOM the file promised UTF-8.
        assert!(matches!(
            parse_rdp_file(&[0xEF, 0xBB, 0xBF, b'a', b':', b's', b':', 0xE9]),
            Err(RdpFileError::NotText { .. })
        ));
        assert!(matches!(
            parse_rdp_file(&[0xFE, 0xFF, 0x00, b'a']),
            Err(RdpFileError::NotText { .. })
        ));
        assert_eq!(
            parse_rdp_file(b"a:s:1\nb:s:\x07bell").map_err(|e| e.to_string()),
            Err(
                "file is not a text .rdp file: line 2 contains the control character U+0007".into()
            )
        );
        // UTF-16 without BOM shows up as NUL bytes
        let no_bom = utf16le_with_bom("a:s:1")[2..].to_vec();
        assert!(matches!(
            parse_rdp_file(&no_bom),
            Err(RdpFileError::NotText { .. })
        ));
    }

    #[test]
    fn rejects_huge_files() {
        let big = vec![b'\n'; MAX_FILE_SIZE + 1];
        assert_eq!(
            parse_rdp_file(&big),
            Err(RdpFileError::TooLarge {
                size: MAX_FILE_SIZE + 1
            })
        );
        assert!(parse_rdp_file(&big[..MAX_FILE_SIZE]).is_ok());
    }

    #[test]
    fn quotes_are_shortened() {
        let long = format!("x:i:{}", "9".repeat(100));
        let err = parse_rdp_file(long.as_bytes()).expect_err("not a number");
        assert_eq!(
            err.to_string(),
            format!("line 1: '{}…' is not a number", "9".repeat(40))
        );
    }

    #[test]
    fn no_panic_on_any_input() {
        let utf16 = utf16le_with_bom(SAMPLE);
        let valid: [&[u8]; 3] = [SAMPLE.as_bytes(), &utf16, b"a:b:00ff\rb:i:-5\n"];
        crate::testing::check_no_panic(0x5244_5046, &valid, |b| {
            let _ = parse_rdp_file(b);
        });
    }
}

//! Small text helpers shared by the parsers; none of them can panic.

use crate::ParseError;

/// Characters of offending input quoted in an error message.
const CLIP_CHARS: usize = 120;

/// `text` without a leading UTF-8 byte order mark (PowerShell 5.1 prints one when the console
/// output encoding is UTF-8).
pub(crate) fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Lines split at `\n`, each without its trailing `\r` (Windows prints CRLF; collectors may
/// have normalized it, or left a stray `\r`).
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    strip_bom(text)
        .split('\n')
        .map(|line| line.trim_end_matches('\r'))
}

/// At most [`CLIP_CHARS`] characters of `text`, trimmed, for an error message. Control
/// characters (a stray `\r` is a line break to a terminal) become spaces: the message stays one
/// line.
pub(crate) fn clip(text: &str) -> String {
    let text = text.trim();
    let mut out: String = text
        .chars()
        .take(CLIP_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(CLIP_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// `Empty` when `text` has nothing but whitespace (and a byte order mark).
pub(crate) fn require_text(text: &str, command: &'static str) -> Result<(), ParseError> {
    if strip_bom(text).trim().is_empty() {
        Err(ParseError::Empty { command })
    } else {
        Ok(())
    }
}

/// Turns a failed parse into [`ParseError::AccessDenied`] when the output says so.
pub(crate) fn or_denied<T>(
    result: Result<T, ParseError>,
    text: &str,
    command: &'static str,
) -> Result<T, ParseError> {
    match result {
        Err(_) if crate::access_denied(text) => Err(ParseError::AccessDenied { command }),
        other => other,
    }
}

/// `0x`-prefixed hexadecimal (either case), as `reg` and `powercfg` print numbers.
pub(crate) fn parse_hex_u64(text: &str) -> Option<u64> {
    let digits = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u64::from_str_radix(digits, 16).ok()
}

/// Upper-case hex of `bytes`, as Windows prints thumbprints.
pub(crate) fn hex_upper(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_shortens_on_char_boundaries() {
        let long = "ä".repeat(200);
        let clipped = clip(&long);
        assert_eq!(clipped.chars().count(), CLIP_CHARS + 1);
        assert!(clipped.ends_with('…'));
        assert_eq!(clip("  short \r\n"), "short");
        assert_eq!(clip("a\rb\nc\td\u{1b}e"), "a b c d e");
    }

    #[test]
    fn hex() {
        assert_eq!(parse_hex_u64("0x00000708"), Some(1800));
        assert_eq!(parse_hex_u64("0XFFFFFFFF"), Some(0xffff_ffff));
        assert_eq!(parse_hex_u64("0x"), None);
        assert_eq!(parse_hex_u64("0x+1"), None);
        assert_eq!(parse_hex_u64("708"), None);
        assert_eq!(parse_hex_u64("0x1ffffffffffffffff"), None);
        assert_eq!(hex_upper(&[0x0a, 0xbc, 0xff]), "0ABCFF");
    }

    #[test]
    fn lines_strip_bom_and_cr() {
        let got: Vec<&str> = lines("\u{feff}a\r\nb\n\r\nc\r").collect();
        assert_eq!(got, ["a", "b", "", "c"]);
    }
}

//! Values that go into commands, and how they are quoted for each shell.
//!
//! Everything a fix embeds in a command comes from outside: what the user typed, a `.rdp` file,
//! the output of a Windows command. Before it gets near a command line it is parsed into one of
//! the types below, which accept only the characters that value can really contain (so a host
//! name can never hold a `;`, a quote or a look-alike letter), and it is then quoted for the
//! target shell on top of that. Either layer alone would stop `pc;rm -rf /`; both together mean a
//! mistake in one is not enough to turn one command into two.
//!
//! The quoting functions are also safe for arbitrary text: [`powershell_literal`] and
//! [`sh_literal`] give one literal argument for any string; for cmd.exe, whose quoting cannot be
//! made safe in general (`%VAR%` expands even inside quotes), [`cmd_word`] only passes words made
//! of characters that mean nothing to it, and refuses the rest.

use std::fmt;
use std::net::IpAddr;

use crate::t;

/// Why a value was refused: which rule it broke, with what broke it (the character, the
/// length). Its sentence, for the person who typed or pasted the value, is read from the
/// message catalogue (`value-*`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    HostNameEmpty,
    /// A character a host name cannot hold.
    HostNameChar(char),
    /// Longer than 253 characters: how long it is.
    HostNameTooLong(usize),
    /// An empty part between dots (a leading, trailing or doubled dot).
    HostNameDots,
    HostNameLabelTooLong,
    HostNameLabelDash,
    /// Digits and dots that are not a valid IP address: the text as given.
    HostNameLikeIp(String),
    /// The left-to-right mark the Windows certificate window puts first.
    ThumbprintMark,
    ThumbprintChar(char),
    /// Not 40 digits: how many there are.
    ThumbprintLength(usize),
    MacChar(char),
    MacShape,
    /// The all-zero, broadcast or a multicast address.
    MacNotOneCard,
    SessionZero,
    /// A listener's id (65536 and up).
    SessionListener(u32),
    /// Not a session number: the text, without control characters, cut to 20 characters.
    SessionNotNumber(String),
    SessionTooLarge,
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ValueError::HostNameEmpty => t!("value-host_empty"),
            ValueError::HostNameChar(c) => t!("value-host_char", char = describe_char(*c)),
            ValueError::HostNameTooLong(length) => t!("value-host_too_long", length = *length),
            ValueError::HostNameDots => t!("value-host_dots"),
            ValueError::HostNameLabelTooLong => t!("value-host_label_too_long"),
            ValueError::HostNameLabelDash => t!("value-host_label_dash"),
            ValueError::HostNameLikeIp(text) => t!("value-host_like_ip", text = text),
            ValueError::ThumbprintMark => t!("value-thumbprint_mark"),
            ValueError::ThumbprintChar(c) => {
                t!("value-thumbprint_char", char = describe_char(*c))
            }
            ValueError::ThumbprintLength(digits) => {
                t!("value-thumbprint_length", digits = *digits)
            }
            ValueError::MacChar(c) => t!(
                "value-mac_char",
                shape = t!("value-mac_shape"),
                char = describe_char(*c)
            ),
            ValueError::MacShape => t!("value-mac_shape"),
            ValueError::MacNotOneCard => t!("value-mac_not_one_card"),
            ValueError::SessionZero => t!("value-session_zero"),
            ValueError::SessionListener(id) => t!("value-session_listener", id = id.to_string()),
            ValueError::SessionNotNumber(text) => t!("value-session_not_number", text = text),
            ValueError::SessionTooLarge => t!("value-session_too_large"),
        };
        f.write_str(&text)
    }
}

/// A computer's name or address as it may appear in a command: an IPv4 or IPv6 address, or a
/// DNS name made of ASCII letters, digits, `-` and `.` (labels of 1 to 63 characters that neither
/// start nor end with `-`, at most 253 characters in all). Nothing else: no spaces, no quotes,
/// no Unicode look-alikes, no zero-width characters, no trailing dot.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct HostName {
    text: String,
    ip: Option<IpAddr>,
}

impl HostName {
    pub fn parse(text: &str) -> Result<HostName, ValueError> {
        if text.is_empty() {
            return Err(ValueError::HostNameEmpty);
        }
        if let Ok(ip) = text.parse::<IpAddr>() {
            return Ok(HostName::from(ip));
        }
        if let Some(c) = text
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.')))
        {
            return Err(ValueError::HostNameChar(c));
        }
        if text.len() > 253 {
            return Err(ValueError::HostNameTooLong(text.len()));
        }
        for label in text.split('.') {
            if label.is_empty() {
                return Err(ValueError::HostNameDots);
            }
            if label.len() > 63 {
                return Err(ValueError::HostNameLabelTooLong);
            }
            if label.starts_with('-') || label.ends_with('-') {
                return Err(ValueError::HostNameLabelDash);
            }
        }
        // "10.1" or "1.2.3.256" look like addresses but are not; Windows would read some of them
        // as a different address, so they are neither an address nor a name.
        if text
            .rsplit('.')
            .next()
            .is_some_and(|last| last.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(ValueError::HostNameLikeIp(text.to_string()));
        }
        Ok(HostName {
            text: text.to_string(),
            ip: None,
        })
    }

    /// The address, when the host was given as one.
    pub fn ip(&self) -> Option<IpAddr> {
        self.ip
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl From<IpAddr> for HostName {
    fn from(ip: IpAddr) -> HostName {
        HostName {
            text: ip.to_string(),
            ip: Some(ip),
        }
    }
}

impl fmt::Display for HostName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// A certificate's SHA-1 thumbprint, as Windows shows it: 40 hexadecimal digits. Spaces in the
/// input (the certificate window groups the digits in pairs) are removed; output is upper case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Thumbprint([u8; 20]);

impl Thumbprint {
    pub fn parse(text: &str) -> Result<Thumbprint, ValueError> {
        if text.starts_with('\u{200e}') {
            return Err(ValueError::ThumbprintMark);
        }
        let digits: Vec<u8> = text.bytes().filter(|b| *b != b' ').collect();
        if let Some(c) = text.chars().find(|c| *c != ' ' && !c.is_ascii_hexdigit()) {
            return Err(ValueError::ThumbprintChar(c));
        }
        if digits.len() != 40 {
            return Err(ValueError::ThumbprintLength(digits.len()));
        }
        let mut bytes = [0u8; 20];
        for (byte, pair) in bytes.iter_mut().zip(digits.chunks_exact(2)) {
            *byte = (hex_value(pair[0]) << 4) | hex_value(pair[1]);
        }
        Ok(Thumbprint(bytes))
    }

    pub fn from_bytes(bytes: [u8; 20]) -> Thumbprint {
        Thumbprint(bytes)
    }

    pub fn bytes(&self) -> [u8; 20] {
        self.0
    }
}

impl fmt::Display for Thumbprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02X}"))
    }
}

/// A network card's address (MAC) for Wake-on-LAN: six pairs of hexadecimal digits separated
/// all by ':' or all by '-', or not at all. Shown as `AA-BB-CC-DD-EE-FF`. The all-zero,
/// broadcast and multicast addresses are refused: they are not the address of one card (and
/// `rdp-doctor wake` refuses them too).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MacAddress([u8; 6]);

impl MacAddress {
    pub fn parse(text: &str) -> Result<MacAddress, ValueError> {
        if let Some(c) = text
            .chars()
            .find(|c| !(c.is_ascii_hexdigit() || matches!(c, ':' | '-')))
        {
            return Err(ValueError::MacChar(c));
        }
        let bytes = text.as_bytes();
        let pairs: Vec<&[u8]> = match bytes.len() {
            12 => bytes.chunks_exact(2).collect(),
            17 => {
                let sep = bytes[2];
                if !matches!(sep, b':' | b'-') || (0..5).any(|i| bytes[i * 3 + 2] != sep) {
                    return Err(ValueError::MacShape);
                }
                (0..6).map(|i| &bytes[i * 3..i * 3 + 2]).collect()
            }
            _ => return Err(ValueError::MacShape),
        };
        let mut mac = [0u8; 6];
        for (byte, pair) in mac.iter_mut().zip(pairs) {
            if !pair.iter().all(u8::is_ascii_hexdigit) {
                return Err(ValueError::MacShape);
            }
            *byte = (hex_value(pair[0]) << 4) | hex_value(pair[1]);
        }
        if mac == [0; 6] || mac == [0xff; 6] || mac[0] & 1 == 1 {
            return Err(ValueError::MacNotOneCard);
        }
        Ok(MacAddress(mac))
    }

    pub fn octets(&self) -> [u8; 6] {
        self.0
    }
}

impl fmt::Display for MacAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [a, b, c, d, e, g] = self.0;
        write!(f, "{a:02X}-{b:02X}-{c:02X}-{d:02X}-{e:02X}-{g:02X}")
    }
}

/// The id of a user's session on a Windows PC, as `qwinsta` lists it. Session 0 (where Windows'
/// services run) and ids from 65536 up (the listeners, such as `rdp-tcp`) are refused: resetting
/// them would break the PC or Remote Desktop itself, not free a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SessionId(u32);

impl SessionId {
    pub fn new(id: u32) -> Result<SessionId, ValueError> {
        match id {
            0 => Err(ValueError::SessionZero),
            65536.. => Err(ValueError::SessionListener(id)),
            _ => Ok(SessionId(id)),
        }
    }

    /// Decimal digits only, without leading zeros, as `qwinsta` prints them.
    pub fn parse(text: &str) -> Result<SessionId, ValueError> {
        if text.is_empty()
            || text.len() > 5
            || (text.len() > 1 && text.starts_with('0'))
            || !text.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(ValueError::SessionNotNumber(
                text.chars().filter(|c| !c.is_control()).take(20).collect(),
            ));
        }
        SessionId::new(text.parse().map_err(|_| ValueError::SessionTooLarge)?)
    }

    pub fn get(&self) -> u32 {
        self.0
    }
}

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The characters PowerShell accepts as a single quote: `'` and the typographic ones it also
/// treats as quotes (‘ ’ ‚ ‛), which word processors and chat apps put in pasted text.
pub const POWERSHELL_SINGLE_QUOTES: [char; 5] =
    ['\'', '\u{2018}', '\u{2019}', '\u{201a}', '\u{201b}'];

/// `text` as one PowerShell single-quoted literal: nothing inside is expanded (`$`, backticks,
/// `;` are plain characters there), and every single-quote character, including the four
/// typographic ones PowerShell also accepts, is doubled. Nothing is removed or refused.
pub fn powershell_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        if POWERSHELL_SINGLE_QUOTES.contains(&c) {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// `text` as one POSIX shell word in single quotes (a quote inside becomes `'\''`). A NUL cannot
/// be passed in any command-line argument; callers pass validated values, which have none.
pub fn sh_literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// `text` as a word for cmd.exe, only when it consists of characters that mean nothing to
/// cmd.exe or to the program's argument parser: ASCII letters, digits and `. _ : / - [ ]`
/// (enough for validated host names, IP addresses, ports and thumbprints). Anything else,
/// including an empty string, gives None: cmd.exe expands `%VAR%` even inside double quotes
/// and its escaping rules differ by program, so there is no quoting that is safe in general.
pub fn cmd_word(text: &str) -> Option<String> {
    let ok = !text.is_empty()
        && text.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '/' | '-' | '[' | ']')
        });
    ok.then(|| text.to_string())
}

fn hex_value(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        b'A'..=b'F' => digit - b'A' + 10,
        _ => 0,
    }
}

/// A character named so a person can find it, even when it is invisible or a look-alike.
fn describe_char(c: char) -> String {
    let code = format!("U+{:04X}", c as u32);
    match c {
        ' ' => t!("value-char.space"),
        '\t' => t!("value-char.tab"),
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => {
            t!("value-char.line_break", code = code)
        }
        '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => {
            t!("value-char.invisible", code = code)
        }
        c if c.is_control() => t!("value-char.control", code = code),
        c if c.is_ascii() => t!("value-char.plain", char = c.to_string()),
        c => t!("value-char.look_alike", char = c.to_string(), code = code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names() {
        for ok in [
            "pc",
            "PC-01.corp.example.com",
            "10.0.0.5",
            "fe80::1",
            "2001:db8::10",
            "xn--bcher-kva.example",
            "a1",
        ] {
            assert!(HostName::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(
            HostName::parse("2001:DB8:0:0:0:0:0:1")
                .expect("ip")
                .to_string(),
            "2001:db8::1"
        );
        let long_label = "a".repeat(64);
        let long_name = ["a".repeat(63).as_str(); 5].join(".");
        for bad in [
            "",
            " pc",
            "pc ",
            "pc.",
            ".pc",
            "a..b",
            "-pc",
            "pc-",
            "a.-b.c",
            "pc;rm -rf /",
            "pc_1",
            "[fe80::1]",
            "fe80::1%12",
            "10.1",
            "1.2.3.256",
            "010.0.0.1",
            "3389",
            "ｐｃ",
            "p\u{0430}c",
            "pc\u{2024}example",
            "p\u{200b}c",
            "pc\u{ff1b}x",
            "pc\n",
            long_label.as_str(),
            long_name.as_str(),
        ] {
            assert!(HostName::parse(bad).is_err(), "{bad:?}");
        }
        let err = HostName::parse("p\u{0430}c").expect_err("cyrillic");
        assert_eq!(err, ValueError::HostNameChar('\u{0430}'));
        assert!(err.to_string().contains("U+0430"), "{err}");
    }

    #[test]
    fn thumbprints() {
        let t = Thumbprint::parse("0a 1b 2c 3d 4e 5f 60 71 82 93 a4 b5 c6 d7 e8 f9 0a 1b 2c 3d")
            .expect("thumbprint");
        assert_eq!(t.to_string(), "0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D");
        assert_eq!(t.bytes()[0], 0x0a);
        for bad in [
            "",
            "0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3",
            "0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4",
            "0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3G",
            "\u{200e}0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D",
            "0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D;x",
            "0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9:0A:1B:2C:3D",
        ] {
            assert!(Thumbprint::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn mac_addresses() {
        for ok in ["00:1a:2b:3c:4d:5e", "00-1A-2B-3C-4D-5E", "001A2B3C4D5E"] {
            assert_eq!(
                MacAddress::parse(ok).map(|m| m.to_string()),
                Ok("00-1A-2B-3C-4D-5E".to_string())
            );
        }
        for bad in [
            "",
            "00:1a:2b:3c:4d",
            "00:1a-2b:3c:4d:5e",
            "001a.2b3c.4d5e",
            "00:1a:2b:3c:4d:5g",
            "0:01a:2b:3c:4d:5e",
            " 00:1a:2b:3c:4d:5e",
            "00:00:00:00:00:00",
            "ff:ff:ff:ff:ff:ff",
            "01:00:5e:00:00:01",
            "00:1a:2b:3c:4d:5e&calc",
        ] {
            assert!(MacAddress::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn session_ids() {
        assert_eq!(SessionId::parse("2").map(|s| s.get()), Ok(2));
        for bad in [
            "",
            "0",
            "65536",
            "-1",
            "+2",
            " 2",
            "2 ",
            "3&calc",
            "99999999999",
        ] {
            assert!(SessionId::parse(bad).is_err(), "{bad:?}");
        }
    }

    /// The sentences as they read before they moved to the catalogue, byte for byte.
    #[test]
    fn refusals_read_as_before() {
        let said = [
            (
                HostName::parse(""),
                "The computer's name is empty.".to_string(),
            ),
            (
                HostName::parse("p\u{0430}c"),
                "A computer's name can contain only letters a to z, digits, '-' and '.', and this \
                 one contains '\u{0430}' (U+0430), which is not a plain letter: it may look like \
                 one but is a different character."
                    .to_string(),
            ),
            (
                HostName::parse("pc 1"),
                "A computer's name can contain only letters a to z, digits, '-' and '.', and this \
                 one contains a space."
                    .to_string(),
            ),
            (
                HostName::parse(&"a".repeat(254)),
                "A computer's name is at most 253 characters long, and this one has 254."
                    .to_string(),
            ),
            (
                HostName::parse("10.1"),
                "\"10.1\" looks like an IP address but is not a complete, valid one.".to_string(),
            ),
        ];
        for (got, want) in said {
            assert_eq!(got.expect_err("refused").to_string(), want);
        }
        let said = [
            (
                Thumbprint::parse("0A\u{200b}").map(|_| ()),
                "A certificate thumbprint contains only the digits 0-9 and letters A-F, and this \
                 one contains an invisible character (U+200B).",
            ),
            (
                Thumbprint::parse("0A").map(|_| ()),
                "A certificate thumbprint has 40 digits and letters, and this one has 2.",
            ),
            (
                MacAddress::parse("00:1a:2b:3c:4d:5e\n").map(|_| ()),
                "A network card address (MAC) looks like AA-BB-CC-DD-EE-FF or AA:BB:CC:DD:EE:FF: \
                 six pairs of the digits 0-9 and letters A-F. This one contains a line break \
                 (U+000A).",
            ),
            (
                MacAddress::parse("x").map(|_| ()),
                "A network card address (MAC) looks like AA-BB-CC-DD-EE-FF or AA:BB:CC:DD:EE:FF: \
                 six pairs of the digits 0-9 and letters A-F. This one contains 'x'.",
            ),
            (
                SessionId::new(70000).map(|_| ()),
                "70000 is not a user's session (ids from 65536 up are Remote Desktop's listeners).",
            ),
            (
                SessionId::parse("3&calc").map(|_| ()),
                "A session id is a number such as 2, and this is \"3&calc\".",
            ),
        ];
        for (got, want) in said {
            assert_eq!(got.expect_err("refused").to_string(), want);
        }
    }

    #[test]
    fn quoting() {
        assert_eq!(powershell_literal("pc"), "'pc'");
        assert_eq!(powershell_literal("it's"), "'it''s'");
        assert_eq!(powershell_literal("a\u{2019}b"), "'a\u{2019}\u{2019}b'");
        assert_eq!(powershell_literal(""), "''");
        assert_eq!(sh_literal("it's"), r"'it'\''s'");
        assert_eq!(
            cmd_word("[fe80::1]:3389").as_deref(),
            Some("[fe80::1]:3389")
        );
        for bad in [
            "", "a b", "a&b", "%PATH%", "!x!", "a^b", "a\"b", "a,b", "a=b", "ｐ",
        ] {
            assert_eq!(cmd_word(bad), None, "{bad:?}");
        }
    }
}

//! `.rdp` connection files and `rdp://` links (PROTOCOL.md section 6; Microsoft "Supported RDP
//! file settings" and "Remote Desktop URI").
//!
//! One setting per line, `name:type:value`, with type `s` (string), `i` (32-bit integer) or
//! `b` (hex binary). mstsc saves UTF-16LE with a BOM and CRLF line ends; UTF-16LE without a
//! BOM, UTF-8 with or without one, and ANSI (Windows-1252) are read too.
//!
//! Like mstsc and FreeRDP, a line that is not a setting (a broken value, a non-hex password
//! blob, a typo in the form) is passed over, not fatal: [`RdpFile::skipped`] lists such lines
//! with a typed reason ([`SkipReason`]) that holds the line and a documented setting's name but
//! never a value, so a password blob cannot end up in a report. It and [`RdpFileError`] are
//! worded by the layer that reports them. Lines starting with `/` are FreeRDP options, which
//! FreeRDP reads from files too ([`RdpFile::freerdp_options`]).

use crate::cmdline::CommandLine;

/// Largest file accepted. Real files are a few KiB (a signed RD Web file about 10 KiB);
/// anything bigger is not an .rdp file.
pub const MAX_FILE_SIZE: usize = 1024 * 1024;

/// Skipped lines kept with their reason; a hostile file may have thousands, which are only
/// counted ([`RdpFile::skipped_count`]).
pub const MAX_SKIPPED_KEPT: usize = 20;

const BOM_UTF16LE: [u8; 2] = [0xFF, 0xFE];
const BOM_UTF16BE: [u8; 2] = [0xFE, 0xFF];
const BOM_UTF8: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// Bytes looked at to tell UTF-16 without a BOM from 8-bit text.
const SNIFF_LEN: usize = 4096;

/// Settings a skipped line may be named by (Microsoft's list, lowercase). Any other name is
/// shown as "a setting", since an unknown name could be anything a user typed.
const KNOWN_NAMES: [&str; 72] = [
    "full address",
    "alternate full address",
    "server port",
    "username",
    "domain",
    "password 51",
    "gatewayhostname",
    "gatewayusagemethod",
    "gatewaycredentialssource",
    "gatewayprofileusagemethod",
    "gatewaybrokeringtype",
    "promptcredentialonce",
    "authentication level",
    "enablecredsspsupport",
    "enablerdsaadauth",
    "negotiate security layer",
    "prompt for credentials",
    "prompt for credentials on client",
    "use redirection server name",
    "loadbalanceinfo",
    "disableconnectionsharing",
    "alternate shell",
    "shell working directory",
    "kdcproxyname",
    "rdgiskdcproxy",
    "administrative session",
    "connect to console",
    "screen mode id",
    "use multimon",
    "selectedmonitors",
    "desktopwidth",
    "desktopheight",
    "desktop size id",
    "session bpp",
    "smart sizing",
    "dynamic resolution",
    "desktopscalefactor",
    "winposstr",
    "compression",
    "keyboardhook",
    "audiocapturemode",
    "audiomode",
    "videoplaybackmode",
    "connection type",
    "networkautodetect",
    "bandwidthautodetect",
    "displayconnectionbar",
    "enableworkspacereconnect",
    "disable wallpaper",
    "allow font smoothing",
    "allow desktop composition",
    "disable full window drag",
    "disable menu anims",
    "disable themes",
    "disable cursor setting",
    "bitmapcachepersistenable",
    "autoreconnection enabled",
    "redirectclipboard",
    "redirectprinters",
    "redirectcomports",
    "redirectsmartcards",
    "redirectposdevices",
    "redirectdrives",
    "drivestoredirect",
    "devicestoredirect",
    "camerastoredirect",
    "usbdevicestoredirect",
    "remoteapplicationmode",
    "remoteapplicationprogram",
    "remoteapplicationname",
    "signscope",
    "signature",
];

/// A setting's value, by its type letter.
#[derive(Clone, PartialEq, Eq)]
pub enum RdpValue {
    /// `s`: the text after the second colon, exactly as written.
    Str(String),
    /// `i`: a 32-bit signed integer, widened so callers need not care.
    Int(i64),
    /// `b`: hex-encoded bytes, such as the DPAPI blob of `password 51`.
    Bin(Vec<u8>),
}

/// Binary values are password blobs: their bytes never go into a debug print or a log.
impl std::fmt::Debug for RdpValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RdpValue::Str(s) => f.debug_tuple("Str").field(s).finish(),
            RdpValue::Int(i) => f.debug_tuple("Int").field(i).finish(),
            RdpValue::Bin(b) => write!(f, "Bin(<{} bytes>)", b.len()),
        }
    }
}

/// One `name:type:value` line.
#[derive(Clone, PartialEq, Eq)]
pub struct RdpSetting {
    /// As written, with surrounding whitespace removed; mstsc compares names ignoring case.
    pub name: String,
    pub value: RdpValue,
    /// 1-based line number (for a link, the attribute's position), for pointing the user at it.
    pub line: usize,
}

/// Whether a setting holds a secret (`password 51`, a plain `password`, a gateway's access
/// token), whose value must never be printed.
pub fn is_secret(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.contains("password") || lower.contains("token")
}

impl std::fmt::Debug for RdpSetting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = f.debug_struct("RdpSetting");
        s.field("name", &self.name);
        match (&self.value, is_secret(&self.name)) {
            (RdpValue::Str(_), true) => s.field("value", &"<secret>"),
            (value, _) => s.field("value", value),
        };
        s.field("line", &self.line).finish()
    }
}

/// Why a line (or a link's attribute) was passed over. Never holds a value; the only text it
/// carries is the name of a documented setting. Its `Display` is for developers: what a user
/// reads is worded by the layer that reports it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    /// Not `name:type:value` (a file's line) or `name=type:value` (a link's attribute).
    #[error("not of the form {form}")]
    NotASetting { form: LineForm },
    /// A control character, such as a NUL byte, somewhere in the line.
    #[error("contains a control character")]
    ControlCharacter,
    /// The setting's value does not fit its type. `setting` is the documented setting's name,
    /// lowercase, or `None` for a name nobody documents (which could be anything typed).
    #[error("{} {problem}", .setting.as_deref().unwrap_or("a setting"))]
    BadValue {
        setting: Option<String>,
        problem: ValueProblem,
    },
}

/// The form a line was expected in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineForm {
    /// A file's line: `name:type:value`.
    File,
    /// A link's attribute: `name=type:value`.
    Link,
}

impl std::fmt::Display for LineForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LineForm::File => "name:type:value",
            LineForm::Link => "name=type:value",
        })
    }
}

/// What is wrong with a setting's type or value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ValueProblem {
    /// The type letter is not `s`, `i` or `b`.
    #[error("has a type other than s, i or b")]
    UnknownType,
    /// An `i` value that is not a decimal number.
    #[error("is not a whole number")]
    NotWholeNumber,
    /// An `i` value outside the 32-bit signed range.
    #[error("is out of range for a 32-bit number")]
    OutOfRange,
    /// A `b` value with a character that is not a hex digit.
    #[error("is not hexadecimal")]
    NotHex,
    /// A `b` value with an odd number of hex digits.
    #[error("has an odd number of hex digits")]
    OddHexDigits,
}

/// A line passed over, and why, never with its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedLine {
    /// 1-based line number (for a link, the attribute's position).
    pub line: usize,
    /// Why, typed; the engine words it for reports.
    pub reason: SkipReason,
    /// The setting's name when the line named a documented one ("server port"), lowercase, so
    /// a caller can tell a skipped `full address` from other lines.
    pub name: Option<String>,
}

/// The settings of an .rdp file in file order, duplicates and unknown names included, and the
/// lines that were passed over.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RdpFile {
    pub settings: Vec<RdpSetting>,
    /// The first [`MAX_SKIPPED_KEPT`] lines that were passed over.
    pub skipped: Vec<SkippedLine>,
    /// How many lines were passed over in all.
    pub skipped_count: usize,
    /// FreeRDP option lines (`/v:pc`), read as FreeRDP reads them from a file.
    pub freerdp_options: CommandLine,
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

    /// The last skipped line that named `name` (compared ignoring ASCII case).
    pub fn skipped_setting(&self, name: &str) -> Option<&SkippedLine> {
        self.skipped.iter().rev().find(|s| {
            s.name
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
    }

    /// Records a line passed over; past [`MAX_SKIPPED_KEPT`] only the count grows.
    pub fn skip(&mut self, line: usize, name: Option<&str>, reason: SkipReason) {
        self.skipped_count = self.skipped_count.saturating_add(1);
        if self.skipped.len() < MAX_SKIPPED_KEPT {
            self.skipped.push(SkippedLine {
                line,
                reason,
                name: name.and_then(documented),
            });
        }
    }
}

/// Why an .rdp file could not be read at all. Anything less is a skipped line.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum RdpFileError {
    /// Larger than [`MAX_FILE_SIZE`].
    #[error("{size} bytes, larger than {MAX_FILE_SIZE}")]
    TooLarge { size: usize },
    /// Saved as UTF-16 big-endian (with or without a BOM), which mstsc does not read.
    #[error("UTF-16 big-endian")]
    Utf16BigEndian,
    /// Control characters and not one setting: binary data.
    #[error("binary data")]
    Binary,
}

/// A setting's name as a skipped line may keep it: lowercase when it is a documented setting,
/// `None` otherwise (an unknown name could be anything a user typed).
fn documented(name: &str) -> Option<String> {
    let lower = name.to_ascii_lowercase();
    KNOWN_NAMES.contains(&lower.as_str()).then_some(lower)
}

/// UTF-16 code units of `bytes` in the given byte order; a last odd byte is dropped.
fn utf16_units(bytes: &[u8], little_endian: bool) -> impl Iterator<Item = u16> + '_ {
    bytes
        .chunks_exact(2)
        .map(move |pair| match (pair, little_endian) {
            (&[a, b], true) => u16::from_le_bytes([a, b]),
            (&[a, b], false) => u16::from_be_bytes([a, b]),
            _ => 0,
        })
}

/// Which byte of each pair is zero in mostly-ASCII UTF-16 without a BOM: `Some(true)` for
/// little-endian (`f\0u\0l\0`), `Some(false)` for big-endian, `None` for 8-bit text.
fn sniff_utf16(bytes: &[u8]) -> Option<bool> {
    let head = bytes.get(..SNIFF_LEN).unwrap_or(bytes);
    let pairs = head.len() / 2;
    if pairs == 0 {
        return None;
    }
    let (mut le, mut be) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        match *pair {
            [a, 0] if a != 0 => le += 1,
            [0, b] if b != 0 => be += 1,
            _ => {}
        }
    }
    // Over half the pairs: binary junk has about one in 256, real text nearly all.
    if le * 2 > pairs {
        Some(true)
    } else if be * 2 > pairs {
        Some(false)
    } else {
        None
    }
}

/// The file's text. Broken sequences become U+FFFD (the line they are on may then be
/// skipped) rather than failing the whole file.
fn decode_text(bytes: &[u8]) -> Result<String, RdpFileError> {
    let be_refused = || RdpFileError::Utf16BigEndian;
    if let Some(rest) = bytes.strip_prefix(&BOM_UTF16LE[..]) {
        return Ok(char::decode_utf16(utf16_units(rest, true))
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect());
    }
    if bytes.starts_with(&BOM_UTF16BE) {
        return Err(be_refused());
    }
    if let Some(rest) = bytes.strip_prefix(&BOM_UTF8[..]) {
        return Ok(String::from_utf8_lossy(rest).into_owned());
    }
    match sniff_utf16(bytes) {
        Some(true) => {
            return Ok(char::decode_utf16(utf16_units(bytes, true))
                .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect());
        }
        Some(false) => return Err(be_refused()),
        None => {}
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        // Without a BOM, mstsc reads a file that is not UTF-8 in the system's ANSI code page;
        // Windows-1252 is the Western one, so a hand-made file saying "Büro" still works.
        Err(_) => Ok(bytes.iter().map(|&b| windows_1252(b)).collect()),
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

/// An `i` value: optional sign and decimal digits, surrounding spaces allowed (mstsc writes
/// none, hand-made files have them).
fn parse_int(value: &str) -> Result<i64, ValueProblem> {
    let text = value.trim();
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ValueProblem::NotWholeNumber);
    }
    match text.parse::<i64>() {
        Ok(n) if i32::try_from(n).is_ok() => Ok(n),
        _ => Err(ValueProblem::OutOfRange),
    }
}

/// A `b` value: an even number of hex digits.
fn parse_hex(value: &str) -> Result<Vec<u8>, ValueProblem> {
    let digits = value
        .trim()
        .chars()
        .map(|c| c.to_digit(16).and_then(|d| u8::try_from(d).ok()))
        .collect::<Option<Vec<u8>>>()
        .ok_or(ValueProblem::NotHex)?;
    if digits.len() % 2 != 0 {
        return Err(ValueProblem::OddHexDigits);
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

/// Where `name:type:value` went wrong.
enum LineProblem {
    /// Not of the form at all (no name, fewer than two colons); the text before the first
    /// colon, which may be a setting's name ("full address:203.0.113.7").
    Form(Option<String>),
    /// The form is there; the setting's type or value is not.
    Setting { name: String, problem: ValueProblem },
}

impl LineProblem {
    /// The name to keep and the reason, for a line expected in `form`.
    fn describe(&self, form: LineForm) -> (Option<&str>, SkipReason) {
        match self {
            LineProblem::Form(name) => (name.as_deref(), SkipReason::NotASetting { form }),
            LineProblem::Setting { name, problem } => (
                Some(name.as_str()),
                SkipReason::BadValue {
                    setting: documented(name),
                    problem: *problem,
                },
            ),
        }
    }
}

/// One setting from its name and `type:value` text (shared by files and links).
fn parse_setting(
    line: usize,
    name: &str,
    kind: &str,
    value: &str,
) -> Result<RdpSetting, LineProblem> {
    // A second BOM (a file saved twice over) would otherwise hide the first setting's name;
    // any mix of spaces and BOMs around it goes.
    let name = name.trim_matches(is_blank);
    if name.is_empty() {
        return Err(LineProblem::Form(None));
    }
    let problem = |problem: ValueProblem| LineProblem::Setting {
        name: name.to_string(),
        problem,
    };
    let value = match kind.trim() {
        "s" | "S" => RdpValue::Str(value.to_owned()),
        "i" | "I" => RdpValue::Int(parse_int(value).map_err(problem)?),
        "b" | "B" => RdpValue::Bin(parse_hex(value).map_err(problem)?),
        _ => return Err(problem(ValueProblem::UnknownType)),
    };
    Ok(RdpSetting {
        name: name.to_owned(),
        value,
        line,
    })
}

fn parse_line(line: usize, text: &str) -> Result<RdpSetting, LineProblem> {
    // The value may itself contain ':' (full address:s:host:3390), so split only twice.
    let mut parts = text.splitn(3, ':');
    let (Some(name), Some(kind), Some(value)) = (parts.next(), parts.next(), parts.next()) else {
        let name = text.split(':').next().map(|n| n.trim().to_string());
        return Err(LineProblem::Form(name));
    };
    parse_setting(line, name, kind, value)
}

/// Parses an .rdp file.
///
/// Accepts UTF-16LE with BOM `FF FE` or without one, UTF-8 with BOM `EF BB BF` or without, and
/// ANSI (Windows-1252); CRLF, LF and CR line ends; blank lines are ignored. Each other line is
/// `name:type:value`, split on the first two colons; types are `s`, `i` (32-bit, may be
/// negative) and `b` (hex, even length). Unknown names are kept; lines that are not settings
/// are skipped ([`RdpFile::skipped`]). Only a file too large, in UTF-16 big-endian, or of
/// binary data with no setting at all is an error.
pub fn parse_rdp_file(bytes: &[u8]) -> Result<RdpFile, RdpFileError> {
    if bytes.len() > MAX_FILE_SIZE {
        return Err(RdpFileError::TooLarge { size: bytes.len() });
    }
    let text = decode_text(bytes)?;
    let mut file = RdpFile::default();
    let mut control_lines = 0usize;
    let lines = text.split("\r\n").flat_map(|l| l.split(['\r', '\n']));
    for (line, content) in (1usize..).zip(lines) {
        if content.chars().all(is_blank) {
            continue;
        }
        if content.chars().any(|c| c.is_control() && c != '\t') {
            control_lines += 1;
            // Named when the name itself is clean, so a NUL in "full address" says so.
            let name = content
                .split(':')
                .next()
                .map(str::trim)
                .filter(|n| !n.is_empty() && !n.chars().any(char::is_control));
            file.skip(line, name, SkipReason::ControlCharacter);
            continue;
        }
        // Blanks as for a name: a stray BOM before the '/' does not make the line a setting.
        let trimmed = content.trim_matches(is_blank);
        if trimmed.starts_with('/') {
            // FreeRDP takes such a line as a command-line option; mstsc ignores it.
            file.freerdp_options.read_word(trimmed);
            continue;
        }
        match parse_line(line, content) {
            Ok(setting) => file.settings.push(setting),
            Err(problem) => {
                let (name, reason) = problem.describe(LineForm::File);
                file.skip(line, name, reason);
            }
        }
    }
    if file.settings.is_empty() && control_lines > 0 {
        return Err(RdpFileError::Binary);
    }
    Ok(file)
}

/// Whether `text` is an `rdp://` link in the attribute form Microsoft documents
/// (`rdp://full%20address=s:pc:3389&audiomode=i:2`), rather than `rdp://host:port`.
pub fn is_rdp_uri(text: &str) -> bool {
    uri_query(text).is_some()
}

fn uri_query(text: &str) -> Option<&str> {
    let text = text.trim();
    let rest = text
        .get(..6)
        .filter(|scheme| scheme.eq_ignore_ascii_case("rdp://"))
        .and_then(|_| text.get(6..))?;
    let query = rest.trim_start_matches(['/', '?']).trim_end_matches('/');
    query.contains('=').then_some(query)
}

/// `%20` and friends; a broken escape is kept as written, bytes that are not UTF-8 become
/// U+FFFD.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |at: usize| bytes.get(at).and_then(|&h| char::from(h).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push(u8::try_from(hi * 16 + lo).unwrap_or(b'?'));
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parses an `rdp://` link of `name=type:value` attributes separated by `&` into the same
/// settings a file gives; `line` is the attribute's position. `None` when `text` is not such
/// a link (see [`is_rdp_uri`]).
pub fn parse_rdp_uri(text: &str) -> Option<RdpFile> {
    let query = uri_query(text)?;
    let mut file = RdpFile::default();
    // A pasted link is short; past the file limit it is not one, and the rest is not read.
    let query = query.get(..MAX_FILE_SIZE).unwrap_or(query);
    for (position, attribute) in (1usize..).zip(query.split('&')) {
        if attribute.trim().is_empty() {
            continue;
        }
        let decoded = percent_decode(attribute);
        let parsed = match decoded.split_once('=') {
            _ if decoded.chars().any(char::is_control) => Err(LineProblem::Form(None)),
            Some((name, typed)) => match typed.split_once(':') {
                Some((kind, value)) => parse_setting(position, name, kind, value),
                None => Err(LineProblem::Form(Some(name.trim().to_string()))),
            },
            None => Err(LineProblem::Form(None)),
        };
        match parsed {
            Ok(setting) => file.settings.push(setting),
            Err(problem) => {
                let (name, reason) = problem.describe(LineForm::Link);
                file.skip(position, name, reason);
            }
        }
    }
    Some(file)
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

    fn utf16le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    fn utf16le_with_bom(text: &str) -> Vec<u8> {
        let mut bytes = BOM_UTF16LE.to_vec();
        bytes.extend(utf16le(text));
        bytes
    }

    fn check_sample(file: &RdpFile) {
        assert_eq!(file.settings.len(), 10);
        assert_eq!(file.skipped_count, 0, "{:?}", file.skipped);
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
    fn parses_utf16le_with_and_without_bom() {
        let bytes = utf16le_with_bom(SAMPLE);
        assert_eq!(&bytes[..6], &[0xFF, 0xFE, b's', 0x00, b'c', 0x00]);
        check_sample(&parse_rdp_file(&bytes).expect("valid file"));
        // Without a BOM, as some tools write "Unicode": the zero high bytes give it away.
        check_sample(&parse_rdp_file(&utf16le(SAMPLE)).expect("valid file"));
    }

    #[test]
    fn parses_utf8_with_and_without_bom() {
        check_sample(&parse_rdp_file(SAMPLE.as_bytes()).expect("valid file"));
        let mut with_bom = BOM_UTF8.to_vec();
        with_bom.extend_from_slice(SAMPLE.as_bytes());
        check_sample(&parse_rdp_file(&with_bom).expect("valid file"));
        // Saved twice over: a BOM before the first name still finds the name.
        let mut twice = with_bom.clone();
        twice.splice(3..3, BOM_UTF8);
        check_sample(&parse_rdp_file(&twice).expect("valid file"));
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
        // A line that is a FreeRDP option stays one behind a stray BOM (found by the fuzzer:
        // it became a setting named "/…", which read back as an option line).
        let file = parse_rdp_file(&utf16le_with_bom("\u{feff}/v:pc042\r\nusername:s:a\r\n"))
            .expect("valid file");
        assert_eq!(file.settings.len(), 1);
        assert_eq!(file.settings[0].name, "username");
        // Any mix of spaces and BOMs around a name goes, not only one BOM after the spaces.
        let file =
            parse_rdp_file("\u{feff} \u{2000}\u{feff}username:s:a".as_bytes()).expect("valid file");
        assert_eq!(file.get_str("username"), Some("a"));
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
        // Indented lines (files pasted from a script) keep their names.
        let file =
            parse_rdp_file(b"    full address:s:pc\n\tserver port:i: 3390 \n").expect("valid file");
        assert_eq!(file.get_str("full address"), Some("pc"));
        assert_eq!(file.get_int("server port"), Some(3390));
    }

    #[test]
    fn empty_file_has_no_settings() {
        assert_eq!(parse_rdp_file(b""), Ok(RdpFile::default()));
        assert_eq!(parse_rdp_file(&BOM_UTF16LE), Ok(RdpFile::default()));
        assert_eq!(parse_rdp_file(&BOM_UTF8), Ok(RdpFile::default()));
        assert_eq!(parse_rdp_file(b"\r\n  \r\n\t\n"), Ok(RdpFile::default()));
    }

    #[test]
    fn skips_lines_that_are_not_settings_and_says_why() {
        let text = "full address:s:host\r\n\
            this line is broken\r\n\
            server port:i:abc\r\n\
            desktopwidth:i:2147483648\r\n\
            x:x:1\r\n\
            password 51:b:zz01secret\r\n\
            password 51:b:ABC\r\n\
            :s:value\r\n\
            name:s\r\n\
            drivestoredirect:s*\r\n\
            my secret:i:hunter2\r\n\
            audiomode:i:2\r\n";
        let file = parse_rdp_file(&utf16le_with_bom(text)).expect("readable");
        assert_eq!(file.get_str("full address"), Some("host"));
        assert_eq!(file.get_int("audiomode"), Some(2));
        assert_eq!(file.settings.len(), 2);
        let skipped: Vec<(usize, String)> = file
            .skipped
            .iter()
            .map(|s| (s.line, s.reason.to_string()))
            .collect();
        let form = SkipReason::NotASetting {
            form: LineForm::File,
        };
        let bad = |setting: Option<&str>, problem| SkipReason::BadValue {
            setting: setting.map(str::to_string),
            problem,
        };
        assert_eq!(
            file.skipped
                .iter()
                .map(|s| s.reason.clone())
                .collect::<Vec<_>>(),
            [
                form.clone(),
                bad(Some("server port"), ValueProblem::NotWholeNumber),
                bad(Some("desktopwidth"), ValueProblem::OutOfRange),
                bad(None, ValueProblem::UnknownType),
                bad(Some("password 51"), ValueProblem::NotHex),
                bad(Some("password 51"), ValueProblem::OddHexDigits),
                form.clone(),
                form.clone(),
                form,
                bad(None, ValueProblem::NotWholeNumber),
            ]
        );
        assert_eq!(
            skipped,
            [
                (2, "not of the form name:type:value".into()),
                (3, "server port is not a whole number".into()),
                (4, "desktopwidth is out of range for a 32-bit number".into()),
                (5, "a setting has a type other than s, i or b".into()),
                (6, "password 51 is not hexadecimal".into()),
                (7, "password 51 has an odd number of hex digits".into()),
                (8, "not of the form name:type:value".into()),
                (9, "not of the form name:type:value".into()),
                (10, "not of the form name:type:value".into()),
                (11, "a setting is not a whole number".into()),
            ]
        );
        assert_eq!(file.skipped_count, 10);
        assert_eq!(file.skipped_setting("Server Port").map(|s| s.line), Some(3));
        assert_eq!(file.skipped_setting("full address"), None);
        // A known name before a broken form is kept, so the caller can say which line it was.
        let file = parse_rdp_file(b"full address:203.0.113.7\nusername:s:me").expect("readable");
        assert_eq!(
            file.skipped_setting("full address").map(|s| s.line),
            Some(1)
        );
        // No value of a skipped line is ever repeated.
        let all = format!("{file:?}");
        for secret in ["zz01secret", "hunter2", "abc"] {
            assert!(!all.contains(secret), "{secret} in {all}");
        }
        for (text, value) in [
            ("x:i:-2147483648", Some(-2_147_483_648)),
            ("x:I: 7 ", Some(7)),
            ("x:i:+7", Some(7)),
            ("x:i:7px", None),
            ("x:i:", None),
            ("x:i:-", None),
        ] {
            let file = parse_rdp_file(text.as_bytes()).expect(text);
            assert_eq!(file.get_int("x"), value, "{text}");
        }
        assert_eq!(
            parse_rdp_file(b"x:b:").map(|f| f.get("x").map(|s| s.value.clone())),
            Ok(Some(RdpValue::Bin(Vec::new())))
        );
    }

    #[test]
    fn keeps_twenty_reasons_and_counts_the_rest() {
        let mut text = String::from("full address:s:pc\n");
        for _ in 0..5000 {
            text.push_str("garbage\n");
        }
        let file = parse_rdp_file(text.as_bytes()).expect("readable");
        assert_eq!(file.skipped.len(), MAX_SKIPPED_KEPT);
        assert_eq!(file.skipped_count, 5000);
        assert_eq!(file.get_str("full address"), Some("pc"));
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        let file = parse_rdp_file(
            b"password 51:b:01000000D08C9DDF\npassword:s:Hunter2!\ngatewayaccesstoken:s:eyJabc\n",
        )
        .expect("valid");
        let debug = format!("{file:?}");
        for secret in ["D08C", "208", "Hunter2", "eyJabc"] {
            assert!(!debug.contains(secret), "{secret} in {debug}");
        }
        assert!(debug.contains("Bin(<8 bytes>)"), "{debug}");
        assert!(is_secret("Password 51") && is_secret("GatewayAccessToken"));
        assert!(!is_secret("full address"));
    }

    #[test]
    fn control_characters_skip_their_line_and_binary_is_refused() {
        // A NUL in the address: that line is passed over, the rest is read.
        let file = parse_rdp_file(b"full address:s:pc\x00evil.example\nusername:s:me\n")
            .expect("readable");
        assert_eq!(file.get_str("full address"), None);
        assert_eq!(file.skipped_count, 1);
        assert_eq!(file.skipped[0].reason, SkipReason::ControlCharacter);
        assert_eq!(
            file.skipped_setting("full address").map(|s| s.line),
            Some(1)
        );
        assert_eq!(file.get_str("username"), Some("me"));
        let file = parse_rdp_file(&utf16le_with_bom("a:s:1\r\nb:s:\u{7}bell\r\n")).expect("ok");
        assert_eq!(file.skipped.iter().map(|s| s.line).collect::<Vec<_>>(), [2]);
        // Only control characters and no setting: binary data.
        let garbage = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]; // an .exe
        assert_eq!(parse_rdp_file(&garbage), Err(RdpFileError::Binary));
    }

    #[test]
    fn reads_every_encoding_remote_desktop_reads() {
        // UTF-16 with an odd last byte or a lone surrogate: the damage stays in its line.
        let mut odd = utf16le_with_bom("full address:s:host\r\n");
        odd.push(0x41);
        assert_eq!(
            parse_rdp_file(&odd).map(|f| f.get_str("full address").map(str::to_owned)),
            Ok(Some("host".into()))
        );
        let mut surrogate = utf16le_with_bom("full address:s:pc\r\na:s:");
        surrogate.extend_from_slice(&[0x00, 0xDC]);
        let file = parse_rdp_file(&surrogate).expect("readable");
        assert_eq!(file.get_str("a"), Some("\u{FFFD}"));
        // ANSI (Windows-1252) without a BOM, as hand-made files are: "B\xfcro" is "Büro".
        assert_eq!(
            parse_rdp_file(b"a:s:B\xfcro \x80").map(|f| f.get_str("a").map(str::to_owned)),
            Ok(Some("Büro €".to_owned()))
        );
        // With a UTF-8 BOM, a broken sequence becomes U+FFFD in its line.
        assert_eq!(
            parse_rdp_file(&[0xEF, 0xBB, 0xBF, b'a', b':', b's', b':', 0xE9])
                .map(|f| f.get_str("a").map(str::to_owned)),
            Ok(Some("\u{FFFD}".to_owned()))
        );
        let be_refused = Err(RdpFileError::Utf16BigEndian);
        assert_eq!(parse_rdp_file(&[0xFE, 0xFF, 0x00, b'a']), be_refused);
        let be: Vec<u8> = "full address:s:pc"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(parse_rdp_file(&be), be_refused);
    }

    #[test]
    fn freerdp_option_lines_are_read_as_freerdp_does() {
        let file =
            parse_rdp_file(b"/v:pc.example:3390\n/u:me\n/p:S3cret\n/g:gw.example\n/bpp:32\n")
                .expect("readable");
        assert!(file.settings.is_empty());
        assert_eq!(file.skipped_count, 0);
        assert_eq!(
            file.freerdp_options.address.as_deref(),
            Some("pc.example:3390")
        );
        assert_eq!(file.freerdp_options.gateway.as_deref(), Some("gw.example"));
        assert!(!format!("{file:?}").contains("S3cret"));
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
    fn reads_rdp_links_like_files() {
        let link = "rdp://full%20address=s:mypc:3389&audiomode=i:2&disable%20themes=i:1\
                    &gatewayhostname=s:gw.example&gatewayusagemethod=i:1";
        assert!(is_rdp_uri(link));
        let file = parse_rdp_uri(link).expect("a link");
        assert_eq!(file.get_str("full address"), Some("mypc:3389"));
        assert_eq!(file.get_int("audiomode"), Some(2));
        assert_eq!(file.get_int("disable themes"), Some(1));
        assert_eq!(file.get_str("gatewayhostname"), Some("gw.example"));
        assert_eq!(file.get("gatewayusagemethod").map(|s| s.line), Some(5));
        // Typed with spaces, in capitals, with a slash or a question mark.
        for link in [
            "RDP://full address=s:mypc",
            "rdp:///?full%20address=s:mypc&",
            "  rdp://full%20address=s:mypc/ ",
        ] {
            let file = parse_rdp_uri(link).expect(link);
            assert_eq!(file.get_str("full address"), Some("mypc"), "{link}");
        }
        // rdp://host:port stays a plain address for Target::parse.
        for text in ["rdp://host.lab:3389/", "rdp://", "pc", "full address=s:pc"] {
            assert!(!is_rdp_uri(text), "{text}");
            assert_eq!(parse_rdp_uri(text), None, "{text}");
        }
        let file = parse_rdp_uri(
            "rdp://full%20address=s:pc&server%20port=i:x&junk&password%2051=b:zz&%ZZ=s:1&a=s:%00",
        )
        .expect("a link");
        let skipped: Vec<(usize, String)> = file
            .skipped
            .iter()
            .map(|s| (s.line, s.reason.to_string()))
            .collect();
        assert_eq!(
            skipped,
            [
                (2, "server port is not a whole number".into()),
                (3, "not of the form name=type:value".into()),
                (4, "password 51 is not hexadecimal".into()),
                (6, "not of the form name=type:value".into()),
            ]
        );
        assert_eq!(
            file.skipped[1].reason,
            SkipReason::NotASetting {
                form: LineForm::Link
            }
        );
        // "%ZZ" is kept as written: a setting nobody knows, harmless.
        assert_eq!(file.get_str("%ZZ"), Some("1"));
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%C3%BC%e2%82%ac"), "ü€");
    }

    #[test]
    fn no_panic_on_any_input() {
        let utf16 = utf16le_with_bom(SAMPLE);
        let valid: [&[u8]; 4] = [
            SAMPLE.as_bytes(),
            &utf16,
            b"a:b:00ff\rb:i:-5\n/v:pc\n",
            b"rdp://full%20address=s:pc&x=i:%41",
        ];
        crate::testing::check_no_panic(0x5244_5046, &valid, |b| {
            let _ = parse_rdp_file(b);
            let _ = parse_rdp_uri(&String::from_utf8_lossy(b));
        });
    }
}

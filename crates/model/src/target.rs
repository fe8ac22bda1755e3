use crate::finding_id as ids;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::{Deserialize, Serialize};

pub const DEFAULT_RDP_PORT: u16 = 3389;

/// What the user wants to reach: a host and a port, as typed or read from a `.rdp` file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// Host name or IP address, without brackets.
    pub host: String,
    pub port: u16,
    pub kind: HostKind,
    pub source: TargetSource,
    /// The RD Gateway the connection goes through, when one is configured.
    #[serde(default)]
    pub gateway: Option<Gateway>,
    /// Settings of the `.rdp` file that can make a connection fail by themselves.
    #[serde(default)]
    pub file_settings: Option<RdpFileSettings>,
}

/// The `.rdp` settings that matter to a diagnosis (PROTOCOL.md §6), as written in the file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RdpFileSettings {
    /// `enablecredsspsupport`: 0 never uses CredSSP (NLA).
    pub enable_credssp: Option<i64>,
    /// `authentication level`: 0 connect anyway, 1 don't connect, 2 warn, 3 no requirement.
    pub authentication_level: Option<i64>,
    /// `alternate full address`, when different from `full address`.
    pub alternate_full_address: Option<String>,
    /// Lines passed over because they are not settings, as mstsc passes over them ("line 7:
    /// \"server port\" is not a whole number"); the first 20. Never a value from the file.
    /// Absent (empty) in reports from before this field existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped_lines: Vec<String>,
    /// How many lines were passed over in all (a hostile file may have thousands).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub skipped_count: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// An RD Gateway, typed by the user or read from a `.rdp` file's `gatewayhostname`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gateway {
    pub host: String,
    pub port: u16,
    /// `gatewayusagemethod` from the file: 1 always, 2 when the direct connection fails,
    /// 3 default settings; 0 and 4 mean "don't use" and are not kept.
    pub usage_method: Option<i64>,
    pub from_rdp_file: bool,
}

pub const DEFAULT_GATEWAY_PORT: u16 = 443;

impl Gateway {
    /// Parses `host` or `host:port` (port 443 by default), validated like a target.
    pub fn parse(
        input: &str,
        usage_method: Option<i64>,
        from_rdp_file: bool,
    ) -> Result<Gateway, TargetError> {
        let trimmed = input.trim();
        let with_port = if has_port(trimmed) {
            trimmed.to_string()
        } else if trimmed.parse::<Ipv6Addr>().is_ok() {
            format!("[{trimmed}]:{DEFAULT_GATEWAY_PORT}")
        } else {
            format!("{trimmed}:{DEFAULT_GATEWAY_PORT}")
        };
        let t = Target::parse(&with_port)?;
        Ok(Gateway {
            host: t.host,
            port: t.port,
            usage_method,
            from_rdp_file,
        })
    }

    /// The gateway is the only way in (rather than a fallback).
    pub fn always(&self) -> bool {
        !matches!(self.usage_method, Some(2))
    }
}

/// Whether `s` ends in an explicit `:port` (IPv6 only in brackets).
pub fn has_port(s: &str) -> bool {
    match s.rsplit_once(':') {
        Some((h, p)) => {
            !p.is_empty()
                && p.bytes().all(|b| b.is_ascii_digit())
                && (!h.contains(':') || h.ends_with(']'))
        }
        None => false,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HostKind {
    Name,
    Ipv4,
    Ipv6,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TargetSource {
    Typed,
    RdpFile { file: String },
}

/// Why a typed target was refused. The `Display` text is for developers; what users read is
/// worded from the catalogue by the engine (`rdp_doctor_engine::input::target_error`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("please type the name or address of the computer you connect to")]
    Empty,
    #[error("\"{input}\" is not a computer name or address: {reason}")]
    InvalidHost { input: String, reason: HostProblem },
    #[error(
        "\"{port}\" is not a valid port: a port is a number from 1 to 65535 (Remote Desktop uses 3389)"
    )]
    InvalidPort { port: String },
}

/// What is wrong with a host as typed; the text completes the sentence of
/// [`TargetError::InvalidHost`]. Users read it worded by the engine
/// (`rdp_doctor_engine::input::host_problem`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HostProblem {
    #[error("the \"[\" has no closing \"]\"")]
    UnclosedBracket,
    #[error("only \":port\" may follow \"]\"")]
    AfterBracket,
    #[error("the part in brackets is not an IPv6 address")]
    NotIpv6InBrackets,
    #[error("it has several \":\"; write an IPv6 address with a port as [address]:port")]
    SeveralColons,
    #[error("type the computer name without the leading \\\\")]
    LeadingBackslashes,
    #[error("the name is empty")]
    EmptyName,
    #[error("a computer name is at most 253 characters long")]
    NameTooLong,
    /// A printable character no host name holds; quoted as it is.
    #[error("names may contain only letters, digits, \"-\" and \".\", not the character \"{0}\"")]
    Character(char),
    #[error(
        "names may contain only letters, digits, \"-\" and \".\", not a space or control character"
    )]
    SpaceOrControl,
    #[error("it has an empty part between dots")]
    EmptyLabel,
    #[error("each part between dots is at most 63 characters long")]
    LabelTooLong,
    #[error("a part between dots cannot start or end with \"-\"")]
    LabelHyphen,
    /// `300.1.1.1` or `10.1.1`, which must not be sent to DNS as names.
    #[error("it looks like an IPv4 address but is not a valid one")]
    BadIpv4,
}

impl TargetError {
    /// The finding id that reports this error.
    pub fn finding_id(&self) -> &'static str {
        match self {
            TargetError::InvalidPort { .. } => ids::INPUT_INVALID_PORT,
            _ => ids::INPUT_INVALID_TARGET,
        }
    }
}

impl Target {
    /// Parses `host`, `host:port`, `[v6]:port`, an IPv4 or IPv6 address, optionally behind
    /// `rdp://` — the forms people paste from mstsc, `.rdp` files and tickets.
    pub fn parse(input: &str) -> Result<Target, TargetError> {
        Self::parse_with_source(input, TargetSource::Typed)
    }

    pub fn parse_with_source(input: &str, source: TargetSource) -> Result<Target, TargetError> {
        let trimmed = input.trim();
        let s = strip_scheme(trimmed).trim_end_matches('/');
        if s.is_empty() {
            return Err(TargetError::Empty);
        }
        let invalid = |reason: HostProblem| TargetError::InvalidHost {
            input: shorten(trimmed),
            reason,
        };
        let (host, port) = if let Some(rest) = s.strip_prefix('[') {
            let Some((inner, after)) = rest.split_once(']') else {
                return Err(invalid(HostProblem::UnclosedBracket));
            };
            let port = match after {
                "" => None,
                p => match p.strip_prefix(':') {
                    Some(p) => Some(p),
                    None => return Err(invalid(HostProblem::AfterBracket)),
                },
            };
            if inner.parse::<Ipv6Addr>().is_err() {
                return Err(invalid(HostProblem::NotIpv6InBrackets));
            }
            (inner, port)
        } else if s.parse::<Ipv6Addr>().is_ok() {
            (s, None)
        } else {
            match s.split_once(':') {
                Some((h, p)) if !p.contains(':') => (h, Some(p)),
                Some(_) => {
                    return Err(invalid(HostProblem::SeveralColons));
                }
                None => (s, None),
            }
        };
        let port = match port {
            None => DEFAULT_RDP_PORT,
            Some(p) => parse_port(p)?,
        };
        let (host, kind) = classify_host(host).map_err(invalid)?;
        Ok(Target {
            host,
            port,
            kind,
            source,
            gateway: None,
            file_settings: None,
        })
    }

    pub fn ip(&self) -> Option<IpAddr> {
        self.host.parse().ok()
    }

    /// A single-label name such as `DESKTOP-42`, which depends on DNS search suffixes or NetBIOS.
    pub fn is_short_name(&self) -> bool {
        self.kind == HostKind::Name && !self.host.trim_end_matches('.').contains('.')
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            HostKind::Ipv6 => write!(f, "[{}]:{}", self.host, self.port),
            _ => write!(f, "{}:{}", self.host, self.port),
        }
    }
}

fn strip_scheme(s: &str) -> &str {
    for scheme in ["rdp://", "RDP://", "ms-rd://"] {
        if let Some(rest) = s.strip_prefix(scheme) {
            return rest;
        }
    }
    s
}

/// What the user typed, quoted in a one-sentence error: at most 80 characters, and a control
/// character (a line break, an escape) shown as U+FFFD so the sentence stays one line.
fn shorten(s: &str) -> String {
    const MAX: usize = 80;
    let mut out: String = s.chars().take(MAX).map(crate::visible).collect();
    if s.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}

/// A port as typed (`3390`): digits only, 1 to 65535.
pub fn parse_port(p: &str) -> Result<u16, TargetError> {
    let err = || TargetError::InvalidPort { port: shorten(p) };
    if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
        return Err(err());
    }
    match p.parse::<u32>() {
        Ok(n) if (1..=65535).contains(&n) => u16::try_from(n).map_err(|_| err()),
        _ => Err(err()),
    }
}

fn classify_host(host: &str) -> Result<(String, HostKind), HostProblem> {
    if let Ok(v4) = host.parse::<Ipv4Addr>() {
        return Ok((v4.to_string(), HostKind::Ipv4));
    }
    if let Ok(v6) = host.parse::<Ipv6Addr>() {
        return Ok((v6.to_string(), HostKind::Ipv6));
    }
    if host.starts_with("\\\\") {
        return Err(HostProblem::LeadingBackslashes);
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    if name.is_empty() {
        return Err(HostProblem::EmptyName);
    }
    if name.len() > 253 {
        return Err(HostProblem::NameTooLong);
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(if bad.is_whitespace() || bad.is_control() {
            HostProblem::SpaceOrControl
        } else {
            HostProblem::Character(bad)
        });
    }
    for label in name.split('.') {
        if label.is_empty() {
            return Err(HostProblem::EmptyLabel);
        }
        if label.len() > 63 {
            return Err(HostProblem::LabelTooLong);
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(HostProblem::LabelHyphen);
        }
    }
    // 300.1.1.1 or 10.1.1 look like addresses and must not be sent to DNS as names.
    if name
        .split('.')
        .all(|l| l.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(HostProblem::BadIpv4);
    }
    Ok((host.to_string(), HostKind::Name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> (String, u16, HostKind) {
        let t = Target::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        (t.host, t.port, t.kind)
    }

    #[test]
    fn accepted_forms() {
        let cases: &[(&str, &str, u16, HostKind)] = &[
            ("pc.example.com", "pc.example.com", 3389, HostKind::Name),
            (
                "  pc.example.com:3390 ",
                "pc.example.com",
                3390,
                HostKind::Name,
            ),
            ("DESKTOP-42", "DESKTOP-42", 3389, HostKind::Name),
            ("10.0.0.5", "10.0.0.5", 3389, HostKind::Ipv4),
            ("10.0.0.5:1", "10.0.0.5", 1, HostKind::Ipv4),
            ("::1", "::1", 3389, HostKind::Ipv6),
            ("[fe80::1]:65535", "fe80::1", 65535, HostKind::Ipv6),
            ("[::1]", "::1", 3389, HostKind::Ipv6),
            ("rdp://host.lab:3389/", "host.lab", 3389, HostKind::Name),
            ("bücher.example", "bücher.example", 3389, HostKind::Name),
            ("host.example.", "host.example.", 3389, HostKind::Name),
        ];
        for (input, host, port, kind) in cases {
            assert_eq!(ok(input), (host.to_string(), *port, *kind), "{input}");
        }
    }

    #[test]
    fn refused_forms_name_the_problem() {
        let cases: &[(&str, &str)] = &[
            ("", "input.invalid_target"),
            ("   ", "input.invalid_target"),
            ("pc;rm -rf /", "input.invalid_target"),
            ("$(reboot)", "input.invalid_target"),
            ("host`id`", "input.invalid_target"),
            ("a b", "input.invalid_target"),
            ("host:70000", "input.invalid_port"),
            ("host:0", "input.invalid_port"),
            ("host:-1", "input.invalid_port"),
            ("host:abc", "input.invalid_port"),
            ("host:", "input.invalid_port"),
            ("300.1.1.1", "input.invalid_target"),
            ("[::1", "input.invalid_target"),
            ("[nothex]:3389", "input.invalid_target"),
            ("a:b:c", "input.invalid_target"),
            ("-host", "input.invalid_target"),
            ("a..b", "input.invalid_target"),
            ("\\\\server", "input.invalid_target"),
        ];
        for (input, id) in cases {
            let err = Target::parse(input).expect_err(input);
            assert_eq!(err.finding_id(), *id, "{input}: {err}");
            assert!(!err.to_string().is_empty());
        }
        let long = "a".repeat(64);
        assert!(Target::parse(&long).is_err());
        let msg = Target::parse("pc;x").expect_err("semicolon").to_string();
        assert!(msg.contains("\";\""), "{msg}");
    }

    #[test]
    fn refusals_quote_control_characters_visibly() {
        // Found by the text_input fuzz target: the sentence on stderr must stay one line.
        for input in ["a\nb", "\0\0z\\server", "pc\x1b[2J", "host:\n1"] {
            let msg = Target::parse(input).expect_err(input).to_string();
            assert!(!msg.chars().any(char::is_control), "{msg:?}");
            assert!(msg.contains('\u{FFFD}'), "{msg:?}");
        }
    }

    /// The sentences are shown to users as they are: the typed reasons must read exactly as the
    /// strings they replaced.
    #[test]
    fn refusal_sentences_are_unchanged() {
        let cases: &[(&str, &str)] = &[
            ("[::1", "the \"[\" has no closing \"]\""),
            ("[::1]x", "only \":port\" may follow \"]\""),
            (
                "[nothex]:3389",
                "the part in brackets is not an IPv6 address",
            ),
            (
                "a:b:c",
                "it has several \":\"; write an IPv6 address with a port as [address]:port",
            ),
            (
                "\\\\server",
                "type the computer name without the leading \\\\",
            ),
            (".", "the name is empty"),
            (
                &("a.".repeat(127) + "a"),
                "a computer name is at most 253 characters long",
            ),
            (
                "pc;x",
                "names may contain only letters, digits, \"-\" and \".\", not the character \";\"",
            ),
            (
                "a b",
                "names may contain only letters, digits, \"-\" and \".\", not a space or control character",
            ),
            ("a..b", "it has an empty part between dots"),
            (
                &"a".repeat(64),
                "each part between dots is at most 63 characters long",
            ),
            (
                "-host",
                "a part between dots cannot start or end with \"-\"",
            ),
            (
                "300.1.1.1",
                "it looks like an IPv4 address but is not a valid one",
            ),
        ];
        for (input, reason) in cases {
            let shown: String = input.chars().take(80).collect();
            let more = if input.chars().count() > 80 {
                "…"
            } else {
                ""
            };
            assert_eq!(
                Target::parse(input).map_err(|e| e.to_string()),
                Err(format!(
                    "\"{shown}{more}\" is not a computer name or address: {reason}"
                )),
                "{input}"
            );
        }
    }

    #[test]
    fn display_brackets_ipv6() {
        assert_eq!(
            Target::parse("[::1]:5").map(|t| t.to_string()),
            Ok("[::1]:5".to_string())
        );
        assert_eq!(
            Target::parse("h").map(|t| t.to_string()),
            Ok("h:3389".to_string())
        );
        assert!(Target::parse("h").is_ok_and(|t| t.is_short_name()));
        assert!(Target::parse("h.example").is_ok_and(|t| !t.is_short_name()));
    }
}

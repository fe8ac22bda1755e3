//! Turning what the user gave into a Target, with one clear sentence when it cannot be used:
//! a computer's name or address, a pasted `rdp://` link or FreeRDP/mstsc command line
//! (`/v:pc /g:gw`), or a `.rdp` file. The CLI and the app both come here, so the same text
//! means the same check in both.
//!
//! A file or link is read as mstsc reads it: lines that are not settings are passed over and
//! become evidence (`RdpFileSettings::skipped_lines`); only one that names no usable computer
//! is refused. Credentials in a pasted line or link (`/p:`, `password 51`) are never kept: the
//! report shows [`shown_input`], rebuilt from what was read.

use rdp_doctor_diagnose::t;
use rdp_doctor_model::finding_id as ids;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use rdp_doctor_model::{
    Gateway, RdpFileSettings, Target, TargetError, TargetSource, has_port, parse_port,
};
use rdp_doctor_wire::cmdline::{self, CommandLine, GatewayUsage};
use rdp_doctor_wire::rdpfile::{
    MAX_FILE_SIZE, RdpFile, RdpFileError, RdpValue, is_secret, parse_rdp_file, parse_rdp_uri,
};

#[derive(Debug)]
pub struct BadInput {
    pub finding_id: &'static str,
    pub message: String,
}

impl BadInput {
    pub fn message_sentence(&self) -> String {
        sentence(&self.message)
    }
}

/// Capitalised, with a full stop: error texts inside the code are lowercase fragments. They
/// never start with a file's name, so the name keeps its case ("The file office.rdp …").
pub fn sentence(message: &str) -> String {
    rdp_doctor_diagnose::sentence(message)
}

/// Settings of a link that a report may repeat: they name the connection, nothing secret.
const SHOWN_LINK_SETTINGS: [&str; 5] = [
    "full address",
    "server port",
    "gatewayhostname",
    "gatewayusagemethod",
    "alternate full address",
];

/// What the user typed: a computer's name or address (`pc`, `pc:3390`, `[::1]:3390`,
/// `rdp://pc:3390`), an `rdp://` link of settings, or a FreeRDP/mstsc command line.
pub fn target_from_text(text: &str) -> Result<Target, BadInput> {
    if let Some(link) = parse_rdp_uri(text) {
        return target_from_settings(&link, &Origin::Link);
    }
    if cmdline::looks_like_command_line(text) {
        return target_from_command_line(&cmdline::parse_command_line(text), TargetSource::Typed);
    }
    Target::parse(text).map_err(|e| BadInput {
        finding_id: e.finding_id(),
        message: e.to_string(),
    })
}

/// The typed text as a report shows it (its `input`): a link or command line is rebuilt from
/// the options read, so a password, token or user name in it never reaches a report or log.
pub fn shown_input(text: &str) -> String {
    if let Some(link) = parse_rdp_uri(text) {
        let parts: Vec<String> = link
            .settings
            .iter()
            .filter(|s| {
                SHOWN_LINK_SETTINGS
                    .iter()
                    .any(|k| s.name.eq_ignore_ascii_case(k))
                    && !is_secret(&s.name)
            })
            .map(|s| {
                let value = match &s.value {
                    RdpValue::Str(v) => format!("s:{v}"),
                    RdpValue::Int(i) => format!("i:{i}"),
                    RdpValue::Bin(_) => "b:".to_string(),
                };
                format!("{}={}", link_escape(&s.name), link_escape(&value))
            })
            .collect();
        return format!("rdp://{}", parts.join("&"));
    }
    if cmdline::looks_like_command_line(text) {
        return cmdline::parse_command_line(text).shown();
    }
    text.to_string()
}

/// The words given on a command line as one text for [`target_from_text`]: one word as it is
/// (`check "/v:pc /g:gw"`), several (`check /v:pc /g:gw`, split by the shell) joined, a word
/// with spaces in it quoted so that it stays one word.
pub fn text_from_words<S: AsRef<str>>(words: &[S]) -> String {
    // One word is the text as typed (the user quoted a whole pasted line).
    if let [one] = words {
        return one.as_ref().to_string();
    }
    let quoted: Vec<String> = words
        .iter()
        .map(|w| {
            let w = w.as_ref();
            if w.chars().any(char::is_whitespace) && !w.contains('"') {
                format!("\"{w}\"")
            } else {
                w.to_string()
            }
        })
        .collect();
    quoted.join(" ")
}

/// Percent-encodes what would break a link apart (as in Microsoft's `full%20address`).
fn link_escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || ".-_:[]/|,*".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// Where settings came from, for the words of a sentence and the report's source.
enum Origin {
    File(String),
    Link,
}

impl Origin {
    /// "the file" / "the rdp:// link", at the start of a sentence.
    fn what(&self) -> String {
        match self {
            Origin::File(_) => t!("input-origin.file"),
            Origin::Link => t!("input-origin.link"),
        }
    }

    /// What a numbered piece of it is called.
    fn unit(&self) -> String {
        match self {
            Origin::File(_) => t!("input-origin.line"),
            Origin::Link => t!("input-origin.part"),
        }
    }

    fn source(&self) -> TargetSource {
        match self {
            Origin::File(file) => TargetSource::RdpFile { file: file.clone() },
            Origin::Link => TargetSource::Typed,
        }
    }

    fn finding_id(&self) -> &'static str {
        match self {
            Origin::File(_) => ids::INPUT_RDP_FILE_INVALID,
            Origin::Link => ids::INPUT_INVALID_TARGET,
        }
    }

    fn bad(&self, message: String) -> BadInput {
        BadInput {
            finding_id: self.finding_id(),
            message,
        }
    }
}

pub fn target_from_rdp_file(path: &Path) -> Result<Target, BadInput> {
    let shown = path.display().to_string();
    let origin = Origin::File(shown.clone());
    let file = std::fs::File::open(path).map_err(|e| {
        origin.bad(t!(
            "input-file_unopened",
            file = &shown,
            why = e.to_string()
        ))
    })?;
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_FILE_SIZE).unwrap_or(u64::MAX);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| origin.bad(t!("input-file_unread", file = &shown, why = e.to_string())))?;
    let rdp = parse_rdp_file(&bytes).map_err(|e| match e {
        RdpFileError::TooLarge { .. } => origin.bad(t!("input-file_too_large", file = &shown)),
        RdpFileError::NotText { .. } => {
            origin.bad(t!("input-file_not_rdp", file = &shown, why = e.to_string()))
        }
    })?;
    target_from_settings(&rdp, &origin)
}

/// A line passed over by the engine itself (a port or gateway that cannot be used), beside
/// those the parser skipped.
struct Skipped {
    line: usize,
    reason: String,
}

fn target_from_settings(rdp: &RdpFile, origin: &Origin) -> Result<Target, BadInput> {
    let what = origin.what();
    let unit = origin.unit();
    let address = match rdp.get("full address").map(|s| (&s.value, s.line)) {
        Some((RdpValue::Str(a), _)) if a.trim().is_empty() => {
            return Err(origin.bad(t!("input-address_empty", what = &what)));
        }
        Some((RdpValue::Str(a), _)) => a.trim(),
        Some((_, line)) => {
            return Err(origin.bad(t!(
                "input-address_not_text",
                what = &what,
                unit = &unit,
                line = line.to_string()
            )));
        }
        None => {
            // FreeRDP reads its own options (`/v:pc`) from a file; mstsc would find nothing.
            if let (Origin::File(_), Some(_)) = (origin, &rdp.freerdp_options.address) {
                // A bad option in a file is the file's problem, said as the file's.
                let mut target = target_from_command_line(&rdp.freerdp_options, origin.source())
                    .map_err(|bad| origin.bad(bad.message))?;
                target.file_settings = Some(file_settings(rdp, origin, Vec::new(), None));
                return Ok(target);
            }
            let why = match rdp.skipped_setting("full address") {
                Some(s) => t!(
                    "input-address_unreadable",
                    unit = &unit,
                    line = s.line.to_string(),
                    reason = &s.reason
                ),
                None if matches!(origin, Origin::File(_)) => t!("input-no_address_line"),
                None => t!("input-no_address"),
            };
            return Err(origin.bad(t!("input-names_no_computer", what = &what, why = why)));
        }
    };
    let mut target = Target::parse_with_source(address, origin.source()).map_err(|e| {
        origin.bad(t!(
            "input-address_unusable",
            what = &what,
            why = e.to_string()
        ))
    })?;
    let mut passed_over = Vec::new();
    // "server port" is the older way to give the port; an explicit ":port" wins.
    if let (false, Some(setting)) = (has_port(address), rdp.get("server port")) {
        match setting.value {
            RdpValue::Int(port) => match u16::try_from(port).ok().filter(|p| *p > 0) {
                Some(port) => target.port = port,
                None => passed_over.push(Skipped {
                    line: setting.line,
                    reason: t!(
                        "input-server_port_range",
                        port = port.to_string(),
                        used = target.port.to_string()
                    ),
                }),
            },
            _ => passed_over.push(Skipped {
                line: setting.line,
                reason: t!("input-server_port_type"),
            }),
        }
    }
    // gatewayusagemethod 0 and 4 mean the gateway is configured but not used.
    let usage = rdp.get_int("gatewayusagemethod");
    let gateway = rdp.get("gatewayhostname").and_then(|s| match &s.value {
        RdpValue::Str(g) if !g.trim().is_empty() => Some((g.as_str(), s.line)),
        _ => None,
    });
    if let (Some((gateway, line)), false) = (gateway, matches!(usage, Some(0 | 4))) {
        match Gateway::parse(gateway, usage, matches!(origin, Origin::File(_))) {
            Ok(g) => target.gateway = Some(g),
            // mstsc would fail at the gateway; the direct hop is still worth checking.
            Err(e) => passed_over.push(Skipped {
                line,
                reason: t!("input-gateway_skipped", why = e.to_string()),
            }),
        }
    }
    target.file_settings = Some(file_settings(rdp, origin, passed_over, Some(address)));
    Ok(target)
}

/// The settings that matter to a diagnosis, and every line passed over in file order.
fn file_settings(
    rdp: &RdpFile,
    origin: &Origin,
    passed_over: Vec<Skipped>,
    address: Option<&str>,
) -> RdpFileSettings {
    let count = rdp.skipped_count.saturating_add(passed_over.len());
    let mut skipped: Vec<(usize, String)> = rdp
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.clone()))
        .chain(passed_over.into_iter().map(|s| (s.line, s.reason)))
        .collect();
    skipped.sort_by_key(|(line, _)| *line);
    let unit = origin.unit();
    let from_file = matches!(origin, Origin::File(_));
    RdpFileSettings {
        enable_credssp: rdp.get_int("enablecredsspsupport").filter(|_| from_file),
        authentication_level: rdp.get_int("authentication level").filter(|_| from_file),
        // The finding about it speaks of "the file's other address".
        alternate_full_address: rdp
            .get_str("alternate full address")
            .filter(|_| from_file)
            .map(str::trim)
            .filter(|a| !a.is_empty() && Some(*a) != address)
            .map(str::to_string),
        skipped_lines: skipped
            .into_iter()
            .map(|(line, reason)| {
                t!(
                    "input-skipped_line",
                    unit = &unit,
                    line = line.to_string(),
                    reason = reason
                )
            })
            .collect(),
        skipped_count: count,
    }
}

/// A FreeRDP or mstsc command line: `/v:` names the computer, `/port:` its port (a port in
/// `/v:` wins, as `full address` wins over `server port`), `/g:` or `/gateway:g:` the gateway,
/// as `--gateway` would.
fn target_from_command_line(line: &CommandLine, source: TargetSource) -> Result<Target, BadInput> {
    let bad = |finding_id: &'static str, message: String| BadInput {
        finding_id,
        message,
    };
    if let Some(problem) = line.problems.first() {
        return Err(bad(
            ids::INPUT_INVALID_TARGET,
            t!("input-command_line_problem", problem = problem.to_string()),
        ));
    }
    let Some(address) = &line.address else {
        return Err(bad(
            ids::INPUT_INVALID_TARGET,
            if line.names_rdp_file {
                t!("input-command_line_rdp_file")
            } else {
                t!("input-command_line_no_computer")
            },
        ));
    };
    let typed_error = |e: TargetError| bad(e.finding_id(), e.to_string());
    let mut target = Target::parse_with_source(address, source).map_err(typed_error)?;
    if let (Some(port), false) = (&line.port, has_port(address.trim())) {
        target.port = parse_port(port).map_err(typed_error)?;
    }
    if let Some(gateway) = &line.gateway {
        let usage = line.gateway_usage.map(GatewayUsage::usage_method);
        target.gateway = Some(
            Gateway::parse(gateway, usage, false)
                .map_err(|e| bad(e.finding_id(), t!("input-gateway", why = e.to_string())))?,
        );
    }
    Ok(target)
}

pub fn parse_timeout(text: &str) -> Result<Duration, String> {
    let err = || t!("input-timeout", text = quoted(text));
    let secs: f64 = text
        .trim()
        .trim_end_matches('s')
        .parse()
        .map_err(|_| err())?;
    if !(1.0..=300.0).contains(&secs) {
        return Err(err());
    }
    Ok(Duration::from_secs_f64(secs))
}

/// Adds a gateway the user typed (`--gateway host[:port]`) to the target.
pub fn with_gateway(mut target: Target, gateway: &str) -> Result<Target, BadInput> {
    target.gateway = Some(Gateway::parse(gateway, None, false).map_err(|e| BadInput {
        finding_id: e.finding_id(),
        message: t!("input-gateway", why = e.to_string()),
    })?);
    Ok(target)
}

/// `--watch`: "90", "90s", "5m"; from 1 second to 30 minutes.
pub fn parse_watch(text: &str) -> Result<Duration, String> {
    let err = || t!("input-watch", text = quoted(text));
    let t = text.trim();
    let (number, unit) = match t.strip_suffix('m') {
        Some(n) => (n, 60.0),
        None => (t.strip_suffix('s').unwrap_or(t), 1.0),
    };
    let value: f64 = number.trim().parse().map_err(|_| err())?;
    let secs = value * unit;
    if !(1.0..=1800.0).contains(&secs) {
        return Err(err());
    }
    Ok(Duration::from_secs_f64(secs))
}

/// What the user typed, as a one-line message quotes it (at most 40 characters).
fn quoted(text: &str) -> String {
    text.chars()
        .take(40)
        .map(rdp_doctor_model::visible)
        .collect()
}

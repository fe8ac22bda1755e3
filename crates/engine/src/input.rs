//! Turning what the user gave (text or a .rdp file) into a Target, with one clear sentence
//! when it cannot be used.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use rdp_doctor_model::{Gateway, RdpFileSettings, Target, TargetSource, has_port};
use rdp_doctor_wire::rdpfile::parse_rdp_file;

const MAX_RDP_FILE: u64 = 1024 * 1024;

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

/// Capitalised, with a full stop: error texts inside the code are lowercase fragments.
pub fn sentence(message: &str) -> String {
    rdp_doctor_diagnose::sentence(message)
}

pub fn target_from_text(text: &str) -> Result<Target, BadInput> {
    Target::parse(text).map_err(|e| BadInput {
        finding_id: e.finding_id(),
        message: e.to_string(),
    })
}

pub fn target_from_rdp_file(path: &Path) -> Result<Target, BadInput> {
    let invalid = |message: String| BadInput {
        finding_id: "input.rdp_file_invalid",
        message,
    };
    let shown = path.display();
    let file = std::fs::File::open(path)
        .map_err(|e| invalid(format!("the file {shown} cannot be opened: {e}")))?;
    let mut bytes = Vec::new();
    file.take(MAX_RDP_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| invalid(format!("the file {shown} cannot be read: {e}")))?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > MAX_RDP_FILE {
        return Err(invalid(format!(
            "{shown} is too large to be a Remote Desktop file"
        )));
    }
    let rdp = parse_rdp_file(&bytes)
        .map_err(|e| invalid(format!("{shown} is not a valid Remote Desktop file: {e}")))?;
    let Some(address) = rdp.get_str("full address").filter(|a| !a.trim().is_empty()) else {
        return Err(invalid(format!(
            "{shown} does not say which computer to connect to (it has no \"full address\" line)"
        )));
    };
    let source = TargetSource::RdpFile {
        file: shown.to_string(),
    };
    let mut target = Target::parse_with_source(address, source).map_err(|e| BadInput {
        finding_id: "input.rdp_file_invalid",
        message: format!("the \"full address\" in {shown} is not usable: {e}"),
    })?;
    // "server port" is the older way to give the port; an explicit ":port" wins.
    if let (false, Some(port)) = (has_port(address.trim()), rdp.get_int("server port")) {
        target.port = u16::try_from(port).ok().filter(|p| *p > 0).ok_or_else(|| {
            invalid(format!(
                "the \"server port\" {port} in {shown} is not a valid port"
            ))
        })?;
    }
    target.file_settings = Some(RdpFileSettings {
        enable_credssp: rdp.get_int("enablecredsspsupport"),
        authentication_level: rdp.get_int("authentication level"),
        alternate_full_address: rdp
            .get_str("alternate full address")
            .map(str::trim)
            .filter(|a| !a.is_empty() && *a != address.trim())
            .map(str::to_string),
    });
    // gatewayusagemethod 0 and 4 mean the gateway is configured but not used.
    let usage = rdp.get_int("gatewayusagemethod");
    let gateway = rdp
        .get_str("gatewayhostname")
        .filter(|g| !g.trim().is_empty());
    if let (Some(gateway), false) = (gateway, matches!(usage, Some(0 | 4))) {
        target.gateway = Some(Gateway::parse(gateway, usage, true).map_err(|e| {
            invalid(format!(
                "the \"gatewayhostname\" in {shown} is not usable: {e}"
            ))
        })?);
    }
    Ok(target)
}

pub fn parse_timeout(text: &str) -> Result<Duration, String> {
    let err = || {
        format!(
            "\"{}\" is not a time budget: give a number of seconds from 1 to 300",
            quoted(text)
        )
    };
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
        message: format!("the gateway {e}"),
    })?);
    Ok(target)
}

/// `--watch`: "90", "90s", "5m"; from 1 second to 30 minutes.
pub fn parse_watch(text: &str) -> Result<Duration, String> {
    let err = || {
        format!(
            "\"{}\" is not a duration to watch: give seconds or minutes, e.g. 60s or 5m",
            quoted(text)
        )
    };
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

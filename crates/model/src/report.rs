use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{ErrorCode, Evidence, Target};

/// Judgement of a finding or a check row; the order is "how bad", for picking the worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Skipped,
    Ok,
    Info,
    Warn,
    Fail,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Skipped => "skipped",
            Severity::Ok => "ok",
            Severity::Info => "info",
            Severity::Warn => "warn",
            Severity::Fail => "fail",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The person at the keyboard can act on it.
    User,
    /// Needs the IT department or whoever runs the remote PC.
    It,
}

/// One row of the checklist, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Input,
    Dns,
    Network,
    /// This computer's Remote Desktop setup (apps, CredSSP policy, saved sign-ins).
    Client,
    Reach,
    Rdp,
    Tls,
    Nla,
    Gateway,
    Quality,
    // Host mode: this machine as a Remote Desktop host.
    HostSetting,
    HostService,
    HostFirewall,
    HostCertificate,
    HostPower,
    HostSessions,
}

impl Area {
    /// The rows of a connection check, in order.
    pub const ALL: [Area; 10] = [
        Area::Input,
        Area::Dns,
        Area::Network,
        Area::Client,
        Area::Reach,
        Area::Rdp,
        Area::Tls,
        Area::Nla,
        Area::Gateway,
        Area::Quality,
    ];

    /// The rows of host mode, in order.
    pub const HOST: [Area; 6] = [
        Area::HostSetting,
        Area::HostService,
        Area::HostFirewall,
        Area::HostCertificate,
        Area::HostPower,
        Area::HostSessions,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Area::Input => "input",
            Area::Dns => "dns",
            Area::Network => "network",
            Area::Reach => "reach",
            Area::Rdp => "rdp",
            Area::Tls => "tls",
            Area::Nla => "nla",
            Area::Gateway => "gateway",
            Area::Quality => "quality",
            Area::Client => "client",
            Area::HostSetting => "host_setting",
            Area::HostService => "host_service",
            Area::HostFirewall => "host_firewall",
            Area::HostCertificate => "host_certificate",
            Area::HostPower => "host_power",
            Area::HostSessions => "host_sessions",
        }
    }
}

/// The unit the user sees: one traffic light with plain words, its evidence and its fixes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable id such as `cert.expired` (see the findings catalog).
    pub id: String,
    pub area: Area,
    pub severity: Severity,
    pub title: String,
    pub detail: String,
    pub audience: Audience,
    /// The raw facts behind it, in a stable order: addresses, timings, codes, dates.
    pub evidence: Map<String, Value>,
    pub fixes: Vec<Fix>,
    /// Set when the finding explains the error code the user reported.
    #[serde(default)]
    pub explains_error_code: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FixKind {
    /// Open an allow-listed URI (a store page).
    OpenUri,
    /// Start the Remote Desktop client to a given address.
    LaunchClient,
    /// Commands the user copies, usually for IT.
    CopyCommand,
    /// Something to do by hand, explained in words.
    Advice,
    /// A harmless command the app itself runs on this computer after the user confirms; which
    /// program runs is decided by the fix id (`actions::plan`), never by the report's text.
    RunOnThisComputer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    ThisComputer,
    RemoteComputer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shell {
    Powershell,
    Cmd,
    Sh,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixCommand {
    pub shell: Shell,
    pub text: String,
    /// How to undo it, when it changes something.
    pub undo: Option<String>,
}

/// A fix is data: the app and the CLI show it; the app may run only fixes it finds here, by id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub id: String,
    pub title: String,
    pub kind: FixKind,
    pub audience: Audience,
    pub needs_admin: bool,
    #[serde(rename = "where")]
    pub place: Place,
    /// Plain words, for fixes that lower security or interrupt someone.
    pub risk: Option<String>,
    pub steps: String,
    pub commands: Vec<FixCommand>,
    /// For `open_uri`: the URI per platform ("windows", "macos", "linux").
    pub uris: Vec<(String, String)>,
    /// For `launch_client`: the address to connect to.
    pub address: Option<String>,
}

/// The status of one checklist row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckResult {
    pub area: Area,
    pub label: String,
    pub status: Severity,
    /// One line: what was found, or why it was skipped.
    pub summary: String,
    /// Time spent by this row's probes, when they ran.
    pub duration_ms: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ToolInfo {
    pub name: String,
    pub version: String,
}

/// What a report is about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    /// A connection from this computer to a remote PC.
    #[default]
    Connection,
    /// This machine as a Remote Desktop host ("host mode").
    Host,
}

/// A whole check: what was asked, what was seen, what it means.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema_version: u32,
    /// The language of the report's words (`en`, `de`…): titles, details, summaries and row
    /// labels. Ids, evidence, codes and times are the same in every language.
    #[serde(default = "english")]
    pub language: String,
    /// The time zone the words show times in (`Europe/Berlin`); `started_at` and
    /// `finished_at` are UTC whatever it is. Absent when the computer's zone has no name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    pub tool: ToolInfo,
    #[serde(default)]
    pub kind: ReportKind,
    /// What the user typed or the file they gave.
    pub input: String,
    /// None when the input could not be understood.
    pub target: Option<Target>,
    pub error_code: Option<ErrorCode>,
    /// RFC 3339.
    pub started_at: String,
    pub finished_at: String,
    pub duration_ms: u64,
    pub verdict: Severity,
    /// The most likely cause in one plain sentence.
    pub summary: String,
    pub checks: Vec<CheckResult>,
    /// Most important first; findings that explain the reported error code lead.
    pub findings: Vec<Finding>,
    pub evidence: Evidence,
    /// Who the check was made for and whom to ask for help, from IT's config file; absent
    /// without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Organisation>,
}

fn english() -> String {
    "en".to_string()
}

/// The organisation named in IT's config file (`rdp-doctor.toml`) and its support contact, as
/// every report carries them: a report sent on names where it came from and who helps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub support: SupportContact,
}

/// How to reach the people who help; each part is optional, validated when the config is read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportContact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// An http(s) address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
}

impl SupportContact {
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.email.is_none() && self.phone.is_none() && self.web.is_none()
    }

    /// The parts that are set, in the order people read them: name, e-mail, phone, web page.
    pub fn parts(&self) -> impl Iterator<Item = &str> {
        [&self.name, &self.email, &self.phone, &self.web]
            .into_iter()
            .filter_map(|p| p.as_deref())
    }
}

impl Report {
    /// 0 all good, 1 warnings, 2 failures. (3, bad input, is the CLI's own.)
    pub fn exit_code(&self) -> i32 {
        match self.verdict {
            Severity::Fail => 2,
            Severity::Warn => 1,
            _ => 0,
        }
    }

    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }
}

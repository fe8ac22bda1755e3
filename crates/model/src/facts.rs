//! Facts read from inside a machine: this computer's Remote Desktop setup (client facts) and,
//! in host mode, the Remote Desktop host's settings, service, firewall, certificates, power
//! and sessions. The collector reads them through standard commands; `rdp-doctor-facts` parses
//! the output; the diagnosis judges them. Every fact says where it came from and, when it could
//! not be read, why, so "run as administrator to check this" is a finding, not a crash.

use crate::protocol::{EncryptionOracle, SecurityLayer};
use serde::{Deserialize, Serialize};

/// One fact as read from the operating system.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Fact<T> {
    Read {
        value: T,
        /// The command it came from, for IT ("reg query …").
        source: String,
    },
    /// The command said access is denied: run as administrator to check this.
    NeedsAdmin { source: String },
    /// Not available: the command is missing, failed, timed out or printed something we could
    /// not understand; `reason` says which in plain words.
    Unavailable { source: String, reason: String },
}

impl<T> Fact<T> {
    pub fn value(&self) -> Option<&T> {
        match self {
            Fact::Read { value, .. } => Some(value),
            _ => None,
        }
    }

    pub fn source(&self) -> &str {
        match self {
            Fact::Read { source, .. }
            | Fact::NeedsAdmin { source }
            | Fact::Unavailable { source, .. } => source,
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Fact<U> {
        match self {
            Fact::Read { value, source } => Fact::Read {
                value: f(value),
                source,
            },
            Fact::NeedsAdmin { source } => Fact::NeedsAdmin { source },
            Fact::Unavailable { source, reason } => Fact::Unavailable { source, reason },
        }
    }
}

/// Values under `HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server` and its `RDP-Tcp`
/// listener, or the Group Policy key that overrides them
/// (`HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services`). `None`: not set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RdpSettings {
    /// `fDenyTSConnections`: 1 means Remote Desktop is switched off.
    pub deny_connections: Option<u32>,
    /// `UserAuthentication`: 1 means NLA is required.
    pub user_authentication: Option<u32>,
    /// `SecurityLayer`: 0 RDP, 1 negotiate, 2 TLS.
    pub security_layer: Option<SecurityLayer>,
    /// `PortNumber` of the RDP-Tcp listener.
    pub port: Option<u32>,
    /// `SSLCertificateSHA1Hash`: the thumbprint of the certificate bound to the listener, in
    /// upper-case hex, when one is set explicitly.
    pub certificate_thumbprint: Option<String>,
    /// `MaxInstanceCount` of the listener.
    pub max_sessions: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceState {
    Stopped,
    StartPending,
    StopPending,
    Running,
    ContinuePending,
    PausePending,
    Paused,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StartType {
    Boot,
    System,
    Automatic,
    Manual,
    Disabled,
}

/// The Remote Desktop service (`TermService`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceStatus {
    pub state: ServiceState,
    pub start_type: Option<StartType>,
}

/// One Windows Firewall rule of the Remote Desktop groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirewallRule {
    /// The rule's id, e.g. `RemoteDesktop-UserMode-In-TCP` (not localized).
    pub name: String,
    pub display_name: String,
    /// The group's resource string, e.g. `@FirewallAPI.dll,-28752` (not localized).
    pub group: String,
    pub enabled: bool,
    pub inbound: bool,
    pub allow: bool,
    /// Profiles the rule applies to: "domain", "private", "public" (all three when "any").
    pub profiles: Vec<String>,
}

/// A certificate in `Cert:\LocalMachine\Remote Desktop`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreCertificate {
    /// Upper-case hex SHA-1.
    pub thumbprint: String,
    pub subject: String,
    /// RFC 3339, UTC.
    pub not_before: String,
    pub not_after: String,
    /// Unix seconds of `not_after`, for comparing.
    pub not_after_unix: i64,
}

/// One allow or deny entry of a folder's access list, from its SDDL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessEntry {
    /// "BA", "SY", "WD" or a full SID.
    pub sid: String,
    pub allow: bool,
    /// Access mask with generic rights mapped to file rights.
    pub mask: u32,
}

/// `C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys`, where Windows keeps the private key of
/// the Remote Desktop certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MachineKeys {
    pub exists: bool,
    /// The folder's SDDL as Windows printed it.
    pub sddl: Option<String>,
    pub access: Vec<AccessEntry>,
    pub file_count: Option<u64>,
}

/// Sleep and hibernate timeouts of the active power plan, on mains power (0 = never).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PowerTimeouts {
    pub sleep_ac_seconds: Option<u32>,
    pub hibernate_ac_seconds: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionState {
    Active,
    Connected,
    ConnectQuery,
    Shadow,
    Disconnected,
    Idle,
    Listen,
    Reset,
    Down,
    Init,
}

/// One line of `qwinsta`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub name: Option<String>,
    pub user: Option<String>,
    pub id: u32,
    pub state: SessionState,
}

/// Everything host mode reads on the Remote Desktop host itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostFacts {
    /// "windows", "macos", "linux".
    pub platform: String,
    pub settings: Fact<RdpSettings>,
    pub policy: Fact<RdpSettings>,
    pub service: Fact<ServiceStatus>,
    pub firewall: Fact<Vec<FirewallRule>>,
    pub certificates: Fact<Vec<StoreCertificate>>,
    pub machine_keys: Fact<MachineKeys>,
    pub power: Fact<PowerTimeouts>,
    pub sessions: Fact<Vec<Session>>,
    /// Whether something accepts connections on the RDP port of this machine (127.0.0.1).
    pub listening: Fact<bool>,
    /// Unix seconds when the facts were read, for judging certificate dates.
    pub read_at_unix: i64,
}

/// An RDP client found on this computer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RdpApp {
    /// "Remote Desktop Connection (mstsc)", "Windows App", "FreeRDP", "Remmina", …
    pub name: String,
    /// Where it was found: a path or a package name.
    pub location: String,
}

/// This computer's Remote Desktop setup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientFacts {
    pub platform: String,
    pub rdp_apps: Fact<Vec<RdpApp>>,
    /// `AllowEncryptionOracle` (0 force updated, 1 mitigated, 2 vulnerable); `None` when the
    /// policy is not set, which since May 2018 means "mitigated".
    pub credssp_policy: Fact<Option<EncryptionOracle>>,
    /// Targets of saved Remote Desktop credentials (`cmdkey /list`, `TERMSRV/…`).
    pub saved_credentials: Fact<Vec<String>>,
}

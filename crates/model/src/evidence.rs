//! What the probes observed. Every network failure is an observation here, never an error:
//! "refused", "timed out after 3 s", "closed right after our request" are evidence.

use std::net::{IpAddr, SocketAddr};

use serde::{Deserialize, Serialize};

use crate::protocol::{
    CredsspVersion, NegotiationFailure, NegotiationFlags, NtStatus, RequestedProtocols,
    SelectedProtocol, TlsVersion,
};

/// Ports a Windows PC (or whatever holds its address) usually answers on, asked only when the
/// RDP port stays silent: any answer, even a refusal, proves something is there.
pub const OTHER_PORTS: [(u16, &str); 6] = [
    (445, "file sharing (SMB)"),
    (135, "Windows RPC"),
    (5985, "remote management (WinRM)"),
    (22, "SSH"),
    (80, "web (HTTP)"),
    (443, "web (HTTPS)"),
];

/// Everything one check observed, in the order the probes ran.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// This computer's interfaces and default route, read at the start of the check.
    #[serde(default)]
    pub network: Option<LocalNetwork>,
    pub dns: Option<DnsEvidence>,
    /// One TCP connect per resolved address.
    pub reach: Vec<TcpEvidence>,
    /// When the RDP port stays silent: other ports a Windows PC usually answers on, to tell a
    /// firewall that drops the port from a PC that is asleep, off or elsewhere.
    #[serde(default)]
    pub other_ports: Vec<TcpEvidence>,
    pub negotiation: Option<NegotiationEvidence>,
    pub tls: Option<TlsEvidence>,
    pub certificate: Option<CertificateEvidence>,
    pub nla: Option<NlaEvidence>,
    /// When the port took connections but gave no Remote Desktop answer: what answered fresh
    /// connections that asked the way other services are asked.
    #[serde(default)]
    pub service: Option<crate::ServiceEvidence>,
    /// The RD Gateway, when the target has one.
    #[serde(default)]
    pub gateway: Option<GatewayEvidence>,
    /// Paced samples over time, when the user asked to watch the connection.
    #[serde(default)]
    pub watch: Option<WatchEvidence>,
    /// The whole check ran out of its time budget; later steps did not finish.
    #[serde(default)]
    pub budget_exhausted: bool,
    /// The `.rdp` file's `alternate full address`, when it names another computer: looked up
    /// and reached beside the main address.
    #[serde(default)]
    pub alternate: Option<AlternateEvidence>,
    /// This computer's Remote Desktop setup, read while the probes run.
    #[serde(default)]
    pub client: Option<crate::ClientFacts>,
    /// Host mode: this machine as a Remote Desktop host.
    #[serde(default)]
    pub host: Option<crate::HostFacts>,
}

/// A second address from the `.rdp` file, checked as far as "does it answer".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AlternateEvidence {
    /// As written in the file.
    pub address: String,
    pub port: u16,
    /// None when the address could not be understood.
    pub dns: Option<DnsEvidence>,
    pub reach: Vec<TcpEvidence>,
}

/// This computer's own network, as the operating system reports it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LocalNetwork {
    pub interfaces: Vec<LocalInterface>,
    /// The interface that holds the default route, if any.
    pub default_interface: Option<String>,
    pub default_gateway: Option<IpAddr>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalInterface {
    pub name: String,
    /// Windows' adapter description, e.g. "TAP-Windows Adapter V9".
    pub description: Option<String>,
    pub kind: InterfaceKind,
    pub up: bool,
    /// Addresses with their prefix, e.g. "192.168.1.10/24".
    pub ipv4: Vec<String>,
    pub ipv6: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterfaceKind {
    Ethernet,
    Wifi,
    Vpn,
    Loopback,
    Other,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DnsEvidence {
    pub name: String,
    pub outcome: DnsOutcome,
    pub elapsed_ms: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DnsOutcome {
    /// The user typed an address: no DNS involved.
    IpLiteral {
        address: IpAddr,
    },
    Resolved {
        addresses: Vec<IpAddr>,
    },
    /// NXDOMAIN: the DNS server says the name does not exist.
    NotFound,
    /// The name exists but has no IPv4 or IPv6 address.
    NoAddress,
    /// No DNS server answered in time.
    Timeout,
    Failed {
        message: String,
    },
}

impl DnsOutcome {
    pub fn addresses(&self) -> Vec<IpAddr> {
        match self {
            DnsOutcome::IpLiteral { address } => vec![*address],
            DnsOutcome::Resolved { addresses } => addresses.clone(),
            _ => Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TcpEvidence {
    pub address: SocketAddr,
    pub outcome: TcpOutcome,
    pub elapsed_ms: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TcpOutcome {
    Open,
    /// The host answered with a reset: nothing listens there, or a firewall rejects.
    Refused,
    /// No answer in time: dropped by a firewall, or the host is off.
    TimedOut,
    /// The network itself said there is no way there (no route, host unreachable).
    Unreachable {
        message: String,
    },
    Failed {
        message: String,
    },
    /// Not attempted because the time budget ran out.
    NotRun {
        reason: String,
    },
}

/// The X.224 security negotiation, one fresh connection per requested protocol set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NegotiationEvidence {
    pub address: SocketAddr,
    pub attempts: Vec<NegotiationAttempt>,
}

impl NegotiationEvidence {
    pub fn attempt(&self, requested: impl Into<RequestedProtocols>) -> Option<&NegotiationAttempt> {
        let requested = requested.into();
        self.attempts.iter().find(|a| a.requested == requested)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NegotiationAttempt {
    /// requestedProtocols bits sent in RDP_NEG_REQ (MS-RDPBCGR 2.2.1.1.1).
    pub requested: RequestedProtocols,
    /// Short name of the protocol this attempt tests: rdp, tls, credssp, credssp_ex, rdstls.
    pub testing: String,
    pub outcome: NegotiationOutcome,
    pub elapsed_ms: u64,
    /// TCP connect time of this attempt's own connection (none when it reused one).
    #[serde(default)]
    pub connect_ms: Option<u64>,
    /// Time from our request to the server's X.224 answer: a round trip through the server.
    #[serde(default)]
    pub reply_ms: Option<u64>,
    /// No other connection of this check was open while this attempt waited for its answer, so
    /// its round trip measures the path and the server alone.
    #[serde(default)]
    pub alone: bool,
    /// The same request again on a lone connection, made when this attempt got no answer or a
    /// late one while other connections were open: tells a lossy path (it fails again) from a
    /// server that answers one connection at a time (it answers at once).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recheck: Option<Recheck>,
}

impl NegotiationAttempt {
    /// [`Self::requested`], typed.
    pub fn requested_protocols(&self) -> RequestedProtocols {
        self.requested
    }

    /// The attempt got an X.224 answer (a selection, a refusal or a bare confirm).
    pub fn answered(&self) -> bool {
        self.outcome.is_answer()
    }

    /// What the server answers to this request: the attempt's own outcome, or the lone
    /// re-check's when only the re-check got an answer.
    pub fn answer(&self) -> &NegotiationOutcome {
        match &self.recheck {
            Some(r) if !self.answered() && r.outcome.is_answer() => &r.outcome,
            _ => &self.outcome,
        }
    }
}

/// A negotiation repeated on a lone connection (nothing else of the check open).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recheck {
    pub outcome: NegotiationOutcome,
    pub elapsed_ms: u64,
    pub connect_ms: Option<u64>,
    pub reply_ms: Option<u64>,
}

/// A round trip at least this much longer than the path's usual one waited for a lost packet to
/// be sent again (Linux's smallest retransmission timeout is 200 ms, Windows' 300 ms), or for a
/// server busy with something else: a stall, not distance.
pub const STALL_MS: u64 = 200;

/// Whether a round trip of `ms` stalled, beside the quickest of its kind: [`STALL_MS`] longer
/// than twice the quickest. The doubling leaves room for a server's own varying work (FreeRDP's
/// shadow server takes 90–200 ms to answer a negotiation on loopback) without hiding a
/// retransmission on a path of any length.
pub fn is_stall(ms: u64, quickest: u64) -> bool {
    ms >= quickest.saturating_mul(2).saturating_add(STALL_MS)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NegotiationOutcome {
    /// RDP_NEG_RSP: the server chose `protocol`.
    Selected {
        protocol: SelectedProtocol,
        protocol_name: String,
        flags: NegotiationFlags,
        flag_names: Vec<String>,
    },
    /// RDP_NEG_FAILURE with its code (MS-RDPBCGR 2.2.1.2.2); unknown codes are kept.
    Refused {
        code: NegotiationFailure,
        code_name: Option<String>,
    },
    /// A Connection Confirm without negotiation data: a server that predates negotiation
    /// and speaks standard RDP security only.
    NoNegotiationData,
    /// The server closed the connection right after our request.
    Closed,
    /// The server reset the connection.
    Reset,
    /// The port is open but nothing answered within the step's deadline.
    NoResponse {
        waited_ms: u64,
    },
    /// Something answered that is not RDP.
    NotRdp {
        looks_like: String,
        first_bytes_hex: String,
    },
    /// It looked like RDP but the answer could not be decoded.
    Malformed {
        reason: String,
    },
    ConnectFailed {
        message: String,
    },
    NotRun {
        reason: String,
    },
}

impl NegotiationOutcome {
    /// The protocol the server chose, typed; `None` unless it chose one.
    pub fn selected_protocol(&self) -> Option<SelectedProtocol> {
        match self {
            NegotiationOutcome::Selected { protocol, .. } => Some(*protocol),
            _ => None,
        }
    }

    /// The flags of the server's choice, typed; `None` unless it chose a protocol.
    pub fn selected_flags(&self) -> Option<NegotiationFlags> {
        match self {
            NegotiationOutcome::Selected { flags, .. } => Some(*flags),
            _ => None,
        }
    }

    /// Why the server refused, typed; `None` unless it refused.
    pub fn failure(&self) -> Option<NegotiationFailure> {
        match self {
            NegotiationOutcome::Refused { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// The server answered the request (whatever it chose or refused).
    pub fn is_answer(&self) -> bool {
        matches!(
            self,
            NegotiationOutcome::Selected { .. }
                | NegotiationOutcome::Refused { .. }
                | NegotiationOutcome::NoNegotiationData
        )
    }

    /// The connection opened, then got no answer or died before one: a stall or a drop.
    pub fn broke_off(&self) -> bool {
        matches!(
            self,
            NegotiationOutcome::Reset
                | NegotiationOutcome::Closed
                | NegotiationOutcome::Malformed { .. }
                | NegotiationOutcome::NoResponse { .. }
        )
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TlsEvidence {
    pub address: SocketAddr,
    /// Which negotiated protocol the TLS handshake ran under (tls, credssp, credssp_ex).
    pub under_protocol: String,
    pub outcome: TlsOutcome,
    pub elapsed_ms: u64,
    /// Set when the modern handshake failed and a hand-built legacy ClientHello was tried.
    pub legacy_probe: Option<LegacyTlsProbe>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TlsOutcome {
    Established {
        version: String,
        cipher_suite: String,
    },
    Failed {
        message: String,
        /// The TLS alert the server sent, when there was one (e.g. "protocol_version").
        alert: Option<String>,
    },
    TimedOut {
        waited_ms: u64,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LegacyTlsProbe {
    /// The server answered an old-style hello; `version` is what it chose (e.g. "TLS 1.0").
    ServerHello {
        version: String,
        version_code: TlsVersion,
        cipher_suite: String,
    },
    Alert {
        alert: String,
    },
    Closed,
    NoResponse,
    Failed {
        message: String,
    },
}

impl LegacyTlsProbe {
    /// The version the server chose for the old-style hello, typed.
    pub fn server_version(&self) -> Option<TlsVersion> {
        match self {
            LegacyTlsProbe::ServerHello { version_code, .. } => Some(*version_code),
            _ => None,
        }
    }
}

/// The server's certificate, analysed whatever its validity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificateEvidence {
    pub subject: String,
    pub issuer: String,
    pub common_name: Option<String>,
    pub san_dns: Vec<String>,
    pub san_ip: Vec<String>,
    /// RFC 3339.
    pub not_before: String,
    pub not_after: String,
    pub not_before_unix: i64,
    pub not_after_unix: i64,
    pub self_signed: bool,
    pub signature_algorithm: String,
    pub weak_signature: bool,
    pub public_key_algorithm: String,
    pub key_bits: Option<u32>,
    /// None: no Extended Key Usage extension (any usage allowed).
    pub server_auth_usage: Option<bool>,
    /// SHA-1 of the DER, upper-case hex without separators: what Windows calls the thumbprint.
    pub sha1_thumbprint: String,
    pub sha256_fingerprint: String,
    /// The name the certificate was checked against (what the user typed).
    pub checked_name: String,
    pub name_matches: bool,
}

/// Sign-in security: the anonymous NTLM negotiate inside CredSSP. No credentials are sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NlaEvidence {
    pub outcome: NlaOutcome,
    /// The server's TSRequest version (MS-CSSP 2.2.1); below 5 means no CVE-2018-0886 fix.
    pub server_version: Option<CredsspVersion>,
    pub identity: Option<NtlmIdentity>,
    pub elapsed_ms: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NlaOutcome {
    /// The server sent its NTLM challenge.
    Challenge,
    /// The server answered with an NTSTATUS error code.
    ServerError { code: NtStatus },
    /// The exchange broke off; `stage` says where.
    Failed { stage: String, message: String },
}

impl NlaEvidence {
    /// [`Self::server_version`], typed.
    pub fn credssp_version(&self) -> Option<CredsspVersion> {
        self.server_version
    }
}

impl NlaOutcome {
    /// The NTSTATUS the server answered with, typed.
    pub fn ntstatus(&self) -> Option<NtStatus> {
        match self {
            NlaOutcome::ServerError { code } => Some(*code),
            _ => None,
        }
    }
}

/// What the NTLM CHALLENGE says about the server (MS-NLMP 2.2.1.2, 2.2.2.1).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NtlmIdentity {
    pub target_name: Option<String>,
    pub netbios_computer: Option<String>,
    pub netbios_domain: Option<String>,
    pub dns_computer: Option<String>,
    pub dns_domain: Option<String>,
    pub dns_tree: Option<String>,
    /// e.g. "10.0.20348".
    pub os_version: Option<String>,
    pub os_build: Option<u16>,
    /// RFC 3339, from MsvAvTimestamp.
    pub server_time: Option<String>,
    /// Server clock minus ours, in seconds.
    pub clock_skew_seconds: Option<i64>,
}

/// The RD Gateway the connection goes through, when one is configured (`gatewayhostname` in
/// the `.rdp` file, or typed): reached, its certificate judged by this computer's trust store,
/// and asked whether it speaks the gateway's HTTP transport (MS-TSGU 2.1.2, 3.3.5.1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GatewayEvidence {
    /// The gateway's name or address as configured, without the port.
    pub host: String,
    pub port: u16,
    /// Whether the gateway came from the `.rdp` file (else the user typed it).
    #[serde(default)]
    pub from_rdp_file: bool,
    /// The file's `gatewayusagemethod` (0 don't use, 1 always, 2 if the direct connection
    /// fails, 3 default settings, 4 don't use and bypass for local addresses), when set.
    #[serde(default)]
    pub usage_method: Option<i64>,
    pub dns: Option<DnsEvidence>,
    /// The connection to the first address.
    pub tcp: Option<TcpEvidence>,
    pub tls: Option<GatewayTls>,
    /// The gateway's certificate, analysed whether trusted or not.
    pub certificate: Option<CertificateEvidence>,
    /// The answer to `RDG_OUT_DATA /remoteDesktopGateway/` (the HTTP transport).
    pub http: Option<GatewayHttp>,
    /// The answer to the same request as a WebSocket upgrade, on a second connection.
    pub websocket: Option<GatewayHttp>,
    pub elapsed_ms: u64,
}

/// TLS with the gateway. Unlike an RDP host's, a gateway's certificate must be trusted by this
/// computer, valid now and made out to the gateway's name, or the client refuses to connect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GatewayTls {
    pub outcome: TlsOutcome,
    /// This computer's trust store accepted the certificate for the gateway's name, and the
    /// server proved it holds the certificate's key.
    pub trusted: bool,
    /// Why it was not trusted, in plain words: "expired on …", "not trusted: self-signed
    /// (unknown issuer)", "made out to another name: …". None when trusted, or when the
    /// handshake ended before a certificate arrived.
    pub trust_error: Option<String>,
}

/// How the gateway answered one unauthenticated request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum GatewayHttp {
    /// An HTTP answer. A gateway says 401 and lists its sign-in schemes (`Negotiate`, `NTLM`,
    /// `Basic`); 403, 404 or 410 mean the server does not offer the gateway's HTTP transport.
    Answered {
        status: u16,
        auth_schemes: Vec<String>,
        /// The `Server` header, when sent.
        server: Option<String>,
        /// The `Date` header in unix seconds: the gateway's clock, a witness for ours.
        #[serde(default)]
        date_unix: Option<i64>,
    },
    /// The server closed the connection (or reset it) without a word: HTTP transport broken.
    ClosedWithoutAnswer,
    /// Nothing came back within the step's deadline.
    NoAnswer { waited_ms: u64 },
    /// Bytes came back that are not an HTTP/1.x response.
    NotHttp { reason: String },
    /// The request could not be made (connection or TLS failure on the second connection, …).
    Failed { message: String },
}

/// Watching the connection over time: one TCP connect and X.224 round trip per sample.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WatchEvidence {
    pub address: SocketAddr,
    pub interval_ms: u64,
    pub samples: Vec<WatchSample>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WatchSample {
    /// Milliseconds since the watch began.
    pub at_ms: u64,
    pub connect_ms: Option<u64>,
    pub reply_ms: Option<u64>,
    /// What went wrong, in words; None when the sample worked.
    pub failure: Option<String>,
}

//! Every finding id, as one list the compiler checks. The strings are a contract: reports,
//! IT's scripts, the docs and the app's tests name findings by them, so they never change; a
//! new finding gets a new id here, and `ALL` keeps it in the catalogue test
//! (`tests/finding_ids.rs` checks the docs against it).

// What the user typed or opened
pub const INPUT_ERROR_CODE: &str = "input.error_code";
pub const INPUT_ERROR_CODE_UNKNOWN: &str = "input.error_code_unknown";

// What the user's error code says where no probe can look
pub const CODE_ACCOUNT: &str = "code.account";
pub const CODE_LICENSING: &str = "code.licensing";
pub const INPUT_INVALID_PORT: &str = "input.invalid_port";
pub const INPUT_INVALID_TARGET: &str = "input.invalid_target";
pub const INPUT_RDP_FILE_ALTERNATE_ADDRESS: &str = "input.rdp_file_alternate_address";
pub const INPUT_RDP_FILE_DISABLES_NLA: &str = "input.rdp_file_disables_nla";
pub const INPUT_RDP_FILE_INVALID: &str = "input.rdp_file_invalid";
pub const INPUT_RDP_FILE_LINES_SKIPPED: &str = "input.rdp_file_lines_skipped";
pub const INPUT_RDP_FILE_REQUIRES_TRUSTED_CERTIFICATE: &str =
    "input.rdp_file_requires_trusted_certificate";

// Finding the computer (DNS)
pub const DNS_IP_LITERAL: &str = "dns.ip_literal";
pub const DNS_LOOKUP_FAILED: &str = "dns.lookup_failed";
pub const DNS_NO_ADDRESS: &str = "dns.no_address";
pub const DNS_NOT_FOUND: &str = "dns.not_found";
pub const DNS_PRIVATE_ADDRESS: &str = "dns.private_address";
pub const DNS_RESOLVED: &str = "dns.resolved";
pub const DNS_SHORT_NAME: &str = "dns.short_name";
pub const DNS_TIMEOUT: &str = "dns.timeout";

// This computer's network
pub const NETWORK_OFFLINE: &str = "network.offline";
pub const NETWORK_SUBNET_CONFLICT: &str = "network.subnet_conflict";
pub const NETWORK_VPN_ACTIVE: &str = "network.vpn_active";
pub const NETWORK_VPN_MISSING: &str = "network.vpn_missing";

// This computer's Remote Desktop setup
pub const CLIENT_CLOCK: &str = "client.clock";
pub const CLIENT_CREDSSP_POLICY: &str = "client.credssp_policy";
pub const CLIENT_RDP_APPS: &str = "client.rdp_apps";
pub const CLIENT_SAVED_CREDENTIALS: &str = "client.saved_credentials";

// Reaching the Remote Desktop port
pub const REACH_FILTERED: &str = "reach.filtered";
pub const REACH_HOST_ASLEEP_OR_OFF: &str = "reach.host_asleep_or_off";
pub const REACH_OPEN: &str = "reach.open";
pub const REACH_PARTIAL: &str = "reach.partial";
pub const REACH_REFUSED: &str = "reach.refused";
pub const REACH_UNREACHABLE: &str = "reach.unreachable";

// Remote Desktop security (the X.224 negotiation)
pub const RDP_CERT_NOT_ON_SERVER: &str = "rdp.cert_not_on_server";
pub const RDP_DENIED: &str = "rdp.denied";
pub const RDP_IS_A_GATEWAY: &str = "rdp.is_a_gateway";
pub const RDP_LEGACY_SECURITY_ONLY: &str = "rdp.legacy_security_only";
pub const RDP_NEGOTIATED: &str = "rdp.negotiated";
pub const RDP_NEGOTIATION_FAILURE: &str = "rdp.negotiation_failure";
pub const RDP_NLA_NOT_REQUIRED: &str = "rdp.nla_not_required";
pub const RDP_NLA_REQUIRED: &str = "rdp.nla_required";
pub const RDP_NO_RESPONSE: &str = "rdp.no_response";
pub const RDP_NOT_RDP: &str = "rdp.not_rdp";
pub const RDP_TLS_NOT_ALLOWED: &str = "rdp.tls_not_allowed";

// Encryption (TLS)
pub const TLS_HANDSHAKE_FAILED: &str = "tls.handshake_failed";
pub const TLS_LEGACY_ONLY: &str = "tls.legacy_only";
pub const TLS_OK: &str = "tls.ok";

// The remote PC's certificate
pub const CERT_EXPIRED: &str = "cert.expired";
pub const CERT_EXPIRES_SOON: &str = "cert.expires_soon";
pub const CERT_NAME_MISMATCH: &str = "cert.name_mismatch";
pub const CERT_NOT_YET_VALID: &str = "cert.not_yet_valid";
pub const CERT_SELF_SIGNED: &str = "cert.self_signed";
pub const CERT_WEAK: &str = "cert.weak";

// Sign-in security (NLA, CredSSP)
pub const NLA_CLOCK_SKEW: &str = "nla.clock_skew";
pub const NLA_CREDSSP_UNPATCHED_SERVER: &str = "nla.credssp_unpatched_server";
pub const NLA_FAILED: &str = "nla.failed";
pub const NLA_IDENTITY_MISMATCH: &str = "nla.identity_mismatch";
pub const NLA_OK: &str = "nla.ok";

// Connection quality
pub const QUALITY_DROPS_DURING_HANDSHAKE: &str = "quality.drops_during_handshake";
pub const QUALITY_HIGH_LATENCY: &str = "quality.high_latency";
pub const QUALITY_OK: &str = "quality.ok";
pub const QUALITY_SERVER_SERIALISES: &str = "quality.server_serialises";
pub const QUALITY_UNSTABLE: &str = "quality.unstable";

// The Remote Desktop Gateway
pub const GATEWAY_CERT_INVALID: &str = "gateway.cert_invalid";
pub const GATEWAY_NO_ANSWER: &str = "gateway.no_answer";
pub const GATEWAY_NOT_A_GATEWAY: &str = "gateway.not_a_gateway";
pub const GATEWAY_OK: &str = "gateway.ok";
pub const GATEWAY_UNREACHABLE: &str = "gateway.unreachable";
pub const GATEWAY_WEBSOCKET: &str = "gateway.websocket";

// Host mode: the Remote Desktop PC itself
pub const HOST_CERT_EXPIRED: &str = "host.cert_expired";
pub const HOST_CERT_OK: &str = "host.cert_ok";
pub const HOST_FIREWALL_CLOSED: &str = "host.firewall_closed";
pub const HOST_FIREWALL_OPEN: &str = "host.firewall_open";
pub const HOST_MACHINEKEYS: &str = "host.machinekeys";
pub const HOST_NEEDS_ADMIN: &str = "host.needs_admin";
pub const HOST_NLA: &str = "host.nla";
pub const HOST_NOT_LISTENING: &str = "host.not_listening";
pub const HOST_NOT_WINDOWS: &str = "host.not_windows";
pub const HOST_PORT: &str = "host.port";
pub const HOST_RDP_DISABLED: &str = "host.rdp_disabled";
pub const HOST_SECURITY_LAYER: &str = "host.security_layer";
pub const HOST_SERVICE_STOPPED: &str = "host.service_stopped";
pub const HOST_SESSIONS: &str = "host.sessions";
pub const HOST_SESSIONS_OK: &str = "host.sessions_ok";
pub const HOST_SLEEP_DISABLED: &str = "host.sleep_disabled";
pub const HOST_SLEEP_ENABLED: &str = "host.sleep_enabled";
pub const HOST_UNREADABLE: &str = "host.unreadable";

/// Every id above, in the checklist's order of areas.
pub const ALL: &[&str] = &[
    INPUT_ERROR_CODE,
    INPUT_ERROR_CODE_UNKNOWN,
    CODE_ACCOUNT,
    CODE_LICENSING,
    INPUT_INVALID_PORT,
    INPUT_INVALID_TARGET,
    INPUT_RDP_FILE_ALTERNATE_ADDRESS,
    INPUT_RDP_FILE_DISABLES_NLA,
    INPUT_RDP_FILE_INVALID,
    INPUT_RDP_FILE_LINES_SKIPPED,
    INPUT_RDP_FILE_REQUIRES_TRUSTED_CERTIFICATE,
    DNS_IP_LITERAL,
    DNS_LOOKUP_FAILED,
    DNS_NO_ADDRESS,
    DNS_NOT_FOUND,
    DNS_PRIVATE_ADDRESS,
    DNS_RESOLVED,
    DNS_SHORT_NAME,
    DNS_TIMEOUT,
    NETWORK_OFFLINE,
    NETWORK_SUBNET_CONFLICT,
    NETWORK_VPN_ACTIVE,
    NETWORK_VPN_MISSING,
    CLIENT_CLOCK,
    CLIENT_CREDSSP_POLICY,
    CLIENT_RDP_APPS,
    CLIENT_SAVED_CREDENTIALS,
    REACH_FILTERED,
    REACH_HOST_ASLEEP_OR_OFF,
    REACH_OPEN,
    REACH_PARTIAL,
    REACH_REFUSED,
    REACH_UNREACHABLE,
    RDP_CERT_NOT_ON_SERVER,
    RDP_DENIED,
    RDP_IS_A_GATEWAY,
    RDP_LEGACY_SECURITY_ONLY,
    RDP_NEGOTIATED,
    RDP_NEGOTIATION_FAILURE,
    RDP_NLA_NOT_REQUIRED,
    RDP_NLA_REQUIRED,
    RDP_NO_RESPONSE,
    RDP_NOT_RDP,
    RDP_TLS_NOT_ALLOWED,
    TLS_HANDSHAKE_FAILED,
    TLS_LEGACY_ONLY,
    TLS_OK,
    CERT_EXPIRED,
    CERT_EXPIRES_SOON,
    CERT_NAME_MISMATCH,
    CERT_NOT_YET_VALID,
    CERT_SELF_SIGNED,
    CERT_WEAK,
    NLA_CLOCK_SKEW,
    NLA_CREDSSP_UNPATCHED_SERVER,
    NLA_FAILED,
    NLA_IDENTITY_MISMATCH,
    NLA_OK,
    QUALITY_DROPS_DURING_HANDSHAKE,
    QUALITY_HIGH_LATENCY,
    QUALITY_OK,
    QUALITY_SERVER_SERIALISES,
    QUALITY_UNSTABLE,
    GATEWAY_CERT_INVALID,
    GATEWAY_NO_ANSWER,
    GATEWAY_NOT_A_GATEWAY,
    GATEWAY_OK,
    GATEWAY_UNREACHABLE,
    GATEWAY_WEBSOCKET,
    HOST_CERT_EXPIRED,
    HOST_CERT_OK,
    HOST_FIREWALL_CLOSED,
    HOST_FIREWALL_OPEN,
    HOST_MACHINEKEYS,
    HOST_NEEDS_ADMIN,
    HOST_NLA,
    HOST_NOT_LISTENING,
    HOST_NOT_WINDOWS,
    HOST_PORT,
    HOST_RDP_DISABLED,
    HOST_SECURITY_LAYER,
    HOST_SERVICE_STOPPED,
    HOST_SESSIONS,
    HOST_SESSIONS_OK,
    HOST_SLEEP_DISABLED,
    HOST_SLEEP_ENABLED,
    HOST_UNREADABLE,
];

//! The rules: one small function per area, each named after what it judges. Titles and
//! details are written for a remote worker who has never heard of TLS; evidence is for IT.

use rdp_doctor_model::finding_id as ids;
use std::net::{IpAddr, Ipv4Addr};

use rdp_doctor_model::{
    Area, Audience, CertificateEvidence, DnsOutcome, Evidence, Finding, Fix, GatewayHttp, HostKind,
    InterfaceKind, LegacyTlsProbe, LocalInterface, NegotiationAttempt, NegotiationOutcome,
    NlaOutcome, OTHER_PORTS, Severity, TcpOutcome, TlsOutcome,
};
use serde_json::{Map, Value, json};

use crate::words::{capitalise, date, list, relative_days, span};
use crate::{Context, error_codes, fixes};

const EXPIRY_WARNING_DAYS: i64 = 14;
const CLOCK_SKEW_LIMIT_SECONDS: i64 = 300;

/// Evidence in, findings out, most important first.
pub fn diagnose(evidence: &Evidence, ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    error_code(ctx, &mut out);
    dns(evidence, ctx, &mut out);
    network(evidence, &mut out);
    reach(evidence, ctx, &mut out);
    rdp(evidence, ctx, &mut out);
    crate::service::what_listens(evidence, ctx, &mut out);
    tls(evidence, &mut out);
    certificate(evidence, ctx, &mut out);
    nla(evidence, ctx, &mut out);
    match &evidence.watch {
        Some(watch) => watched_quality(watch, &mut out),
        None => crate::quality::quality(evidence, &mut out),
    }
    gateway(evidence, &mut out);
    file_settings(ctx, &mut out);
    alternate_address(evidence, ctx, &mut out);
    through_gateway(evidence, ctx, &mut out);
    crate::client::client(evidence, ctx, &mut out);
    rank(&mut out, ctx);
    out
}

pub(crate) fn finding(
    id: &str,
    area: Area,
    severity: Severity,
    audience: Audience,
    title: String,
    detail: String,
) -> Finding {
    debug_assert!(ids::ALL.contains(&id), "{id} is not in model::finding_id");
    Finding {
        id: id.to_string(),
        area,
        severity,
        title,
        detail,
        audience,
        evidence: Map::new(),
        fixes: Vec::new(),
        explains_error_code: false,
    }
}

pub(crate) trait FindingExt {
    fn ev(self, key: &str, value: impl Into<Value>) -> Self;
    fn fix(self, fix: Fix) -> Self;
}

impl FindingExt for Finding {
    fn ev(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.evidence.insert(key.to_string(), value.into());
        self
    }
    fn fix(mut self, fix: Fix) -> Self {
        self.fixes.push(fix);
        self
    }
}

fn rank(findings: &mut [Finding], ctx: &Context<'_>) {
    let explained: &[&str] = ctx
        .error_code
        .and_then(error_codes::lookup)
        .map_or(&[], |(_, ids)| ids);
    for f in findings.iter_mut() {
        f.explains_error_code = f.severity >= Severity::Warn && explained.contains(&f.id.as_str());
    }
    let unreached = crate::report::unreached(findings);
    findings.sort_by_key(|f| {
        let explains_rank = if f.explains_error_code {
            explained
                .iter()
                .position(|id| *id == f.id)
                .unwrap_or(usize::MAX)
        } else {
            usize::MAX
        };
        let leads = crate::report::leads(f, unreached);
        (explains_rank, !leads, std::cmp::Reverse(f.severity), f.area)
    });
}

fn error_code(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(code) = ctx.error_code else { return };
    let f = match error_codes::lookup(code) {
        Some((meaning, _)) => finding(
            ids::INPUT_ERROR_CODE,
            Area::Input,
            Severity::Info,
            Audience::User,
            format!("You saw error {code}: {meaning}"),
            "The findings that explain this error are listed first.".into(),
        ),
        None => finding(
            ids::INPUT_ERROR_CODE_UNKNOWN,
            Area::Input,
            Severity::Info,
            Audience::User,
            format!("Error {code} is not in our list"),
            "RDP Doctor does not know this code, so it does not guess at its meaning; the checks \
             below still apply."
                .into(),
        ),
    };
    out.push(f.ev("error_code", code.to_string()));
}

fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_private() || (a == 100 && (64..128).contains(&b))
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            (first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80
        }
    }
}

fn dns(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(dns) = &evidence.dns else { return };
    let name = &dns.name;
    let f = |id: &str, severity: Severity, title: String, detail: String| {
        finding(id, Area::Dns, severity, Audience::User, title, detail)
            .ev("name", name.as_str())
            .ev("elapsed_ms", dns.elapsed_ms)
    };
    match &dns.outcome {
        DnsOutcome::IpLiteral { address } => out.push(
            f(
                ids::DNS_IP_LITERAL,
                Severity::Info,
                "This is an address, so no name lookup was needed".into(),
                format!("RDP Doctor connects straight to {address}."),
            )
            .ev("address", address.to_string()),
        ),
        DnsOutcome::Resolved { addresses } => {
            let shown: Vec<String> = addresses.iter().map(ToString::to_string).collect();
            out.push(
                f(
                    ids::DNS_RESOLVED,
                    Severity::Ok,
                    format!("The name {name} was found"),
                    format!(
                        "It points to {} (looked up in {} ms).",
                        list(&shown),
                        dns.elapsed_ms
                    ),
                )
                .ev("addresses", shown.clone()),
            );
            let first = addresses.first().copied();
            if ctx.target.is_short_name() {
                let mut short = f(
                    ids::DNS_SHORT_NAME,
                    Severity::Warn,
                    format!("\"{name}\" is a short name"),
                    "Short names only work inside the office network, or when the VPN adds the \
                     company's domain to them. The full name or the address works more reliably."
                        .into(),
                )
                .fix(fixes::use_full_name(first.map(|ip| ip.to_string())));
                if let Some(ip) = first {
                    short = short.fix(fixes::connect_by_ip(ip, ctx.target.port));
                }
                out.push(short);
            }
            if let Some(private) = addresses.iter().copied().find(|ip| is_private(*ip)) {
                out.push(
                    f(
                        ids::DNS_PRIVATE_ADDRESS,
                        Severity::Info,
                        format!("{name} has a private address ({private})"),
                        "Private addresses work only on the same local network, or through the \
                         company VPN when you work from elsewhere."
                            .into(),
                    )
                    .ev("address", private.to_string()),
                );
            }
        }
        DnsOutcome::NotFound => out.push(
            f(
                ids::DNS_NOT_FOUND,
                Severity::Fail,
                format!("The name \"{name}\" does not exist"),
                "The DNS server says there is no computer with this name. Check the spelling; \
                 if you work from home, the name may only be known while the company VPN is \
                 connected."
                    .into(),
            )
            .fix(fixes::use_full_name(None))
            .fix(fixes::flush_dns()),
        ),
        DnsOutcome::NoAddress => out.push(
            f(
                ids::DNS_NO_ADDRESS,
                Severity::Fail,
                format!("The name \"{name}\" exists but has no address"),
                "DNS knows the name but gives no address to connect to. IT needs to fix the DNS \
                 entry; meanwhile the computer's IP address may work."
                    .into(),
            )
            .fix(fixes::use_full_name(None)),
        ),
        DnsOutcome::Timeout => out.push(
            f(
                ids::DNS_TIMEOUT,
                Severity::Fail,
                "No DNS server answered".into(),
                format!(
                    "This computer asked for \"{name}\" but no DNS server answered in time. Your \
                     internet connection or the company VPN may be down."
                ),
            )
            .fix(fixes::use_full_name(None))
            .fix(fixes::reset_network_stack()),
        ),
        DnsOutcome::Failed { message } => out.push(
            f(
                ids::DNS_LOOKUP_FAILED,
                Severity::Fail,
                format!("The name \"{name}\" could not be looked up"),
                format!("Looking up the name failed: {message}."),
            )
            .ev("error", message.as_str()),
        ),
    }
}

/// Does `ip` lie in the subnet written as "192.168.1.10/24"?
fn in_subnet(ip: Ipv4Addr, cidr: &str) -> bool {
    let Some((addr, prefix)) = cidr.split_once('/') else {
        return false;
    };
    let (Ok(addr), Ok(prefix)) = (addr.parse::<Ipv4Addr>(), prefix.parse::<u32>()) else {
        return false;
    };
    if prefix == 0 || prefix > 32 {
        return false;
    }
    let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
    (u32::from(ip) & mask) == (u32::from(addr) & mask)
}

/// The VPN and subnet rules: only for a private IPv4 target that is not this computer itself.
fn network(evidence: &Evidence, out: &mut Vec<Finding>) {
    let Some(net) = &evidence.network else { return };
    let target = evidence
        .dns
        .as_ref()
        .and_then(|d| d.outcome.addresses().into_iter().next());
    let reached = evidence.reach.iter().any(|t| t.outcome == TcpOutcome::Open);
    let usable: Vec<&LocalInterface> = net
        .interfaces
        .iter()
        .filter(|i| {
            i.up && i.kind != InterfaceKind::Loopback && !(i.ipv4.is_empty() && i.ipv6.is_empty())
        })
        .collect();
    let interfaces_table: Vec<Value> = usable
        .iter()
        .map(|i| {
            let kind = serde_json::to_value(i.kind).unwrap_or(Value::Null);
            json!({"name": i.name, "kind": kind, "ipv4": i.ipv4, "description": i.description})
        })
        .collect();
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        finding(id, Area::Network, severity, audience, title, detail)
            .ev("interfaces", interfaces_table.clone())
            .ev(
                "default_interface",
                net.default_interface
                    .clone()
                    .map_or(Value::Null, Value::String),
            )
    };
    let Some(IpAddr::V4(ip)) = target else { return };
    if ip.is_loopback()
        || usable.iter().any(|i| {
            i.ipv4
                .iter()
                .any(|a| a.split('/').next() == Some(&ip.to_string()))
        })
    {
        return;
    }
    if !reached && usable.is_empty() {
        out.push(f(
            ids::NETWORK_OFFLINE,
            Severity::Fail,
            Audience::User,
            "This computer is not connected to a network".into(),
            "No network adapter has an address. Check the cable or Wi-Fi, then try again.".into(),
        ));
        return;
    }
    if !reached
        && net.default_gateway.is_none()
        && net.default_interface.is_none()
        && !is_private(IpAddr::V4(ip))
    {
        out.push(f(
            ids::NETWORK_OFFLINE,
            Severity::Fail,
            Audience::User,
            "This computer has no way out to other networks".into(),
            "There is no default route: only the local network can be reached. Check the Wi-Fi or \
             cable, or restart the router."
                .into(),
        ));
        return;
    }
    if !is_private(IpAddr::V4(ip)) {
        return;
    }
    let vpns: Vec<&&LocalInterface> = usable
        .iter()
        .filter(|i| i.kind == InterfaceKind::Vpn)
        .collect();
    let lan_clash = usable
        .iter()
        .filter(|i| i.kind != InterfaceKind::Vpn)
        .find_map(|i| {
            i.ipv4
                .iter()
                .find(|cidr| in_subnet(ip, cidr))
                .map(|c| (i.name.clone(), c.clone()))
        });
    if let (Some((lan, cidr)), false) = (&lan_clash, vpns.is_empty()) {
        out.push(
            f(
                ids::NETWORK_SUBNET_CONFLICT,
                Severity::Fail,
                Audience::It,
                format!("Your home network uses the same addresses as the remote PC ({ip})"),
                format!(
                    "This computer's own network ({lan}, {cidr}) contains the address {ip}, so \
                     traffic for the remote PC stays at home instead of going through the VPN. IT \
                     can route that address through the VPN; at home, changing the router's network \
                     (for example to 192.168.178.x) avoids the clash."
                ),
            )
            .ev("target", ip.to_string())
            .ev("local_subnet", cidr.as_str()),
        );
    } else if let Some(vpn) = vpns.first() {
        out.push(
            f(
                ids::NETWORK_VPN_ACTIVE,
                Severity::Info,
                Audience::User,
                format!(
                    "Your VPN is connected ({})",
                    vpn.description.clone().unwrap_or_else(|| vpn.name.clone())
                ),
                format!(
                    "The remote PC has a private address ({ip}), which is reached through the VPN."
                ),
            )
            .ev("target", ip.to_string()),
        );
    } else if lan_clash.is_none() && !reached {
        out.push(
            f(
                ids::NETWORK_VPN_MISSING,
                Severity::Warn,
                Audience::User,
                "The remote PC is on a private network, and your VPN is not connected".into(),
                format!(
                    "Its address {ip} only works inside the office network. Connect the company \
                     VPN, then check again."
                ),
            )
            .ev("target", ip.to_string()),
        );
    }
}

/// What the system said about a failed connect, in words: "No route to host (os error 113)"
/// becomes "no route to host"; the raw message stays in the evidence.
fn system_words(outcome: &TcpOutcome) -> String {
    let message = match outcome {
        TcpOutcome::Unreachable { message } | TcpOutcome::Failed { message } => message.as_str(),
        _ => return tcp_word(outcome),
    };
    let plain = message.split(" (os error").next().unwrap_or(message).trim();
    match plain {
        "Permission denied" => "a firewall rule or route on this computer forbids it".into(),
        "Invalid argument" => "a route on this computer discards the traffic".into(),
        "" => "the connection failed".into(),
        other => other.to_lowercase(),
    }
}

fn tcp_word(outcome: &TcpOutcome) -> String {
    match outcome {
        TcpOutcome::Open => "open".into(),
        TcpOutcome::Refused => "refused".into(),
        TcpOutcome::TimedOut => "no answer (timed out)".into(),
        TcpOutcome::Unreachable { message } => format!("unreachable ({message})"),
        TcpOutcome::Failed { message } => format!("failed ({message})"),
        TcpOutcome::NotRun { reason } => format!("not tried ({reason})"),
    }
}

fn reach(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if evidence.reach.is_empty() {
        return;
    }
    let port = ctx.target.port;
    let table: Vec<Value> = evidence
        .reach
        .iter()
        .map(|t| json!({"address": t.address.to_string(), "result": tcp_word(&t.outcome), "ms": t.elapsed_ms}))
        .collect();
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        finding(id, Area::Reach, severity, audience, title, detail)
            .ev("port", port)
            .ev("attempts", table.clone())
    };
    let open: Vec<_> = evidence
        .reach
        .iter()
        .filter(|t| t.outcome == TcpOutcome::Open)
        .collect();
    let tried = evidence
        .reach
        .iter()
        .filter(|t| !matches!(t.outcome, TcpOutcome::NotRun { .. }))
        .count();
    if let Some(first) = open.first() {
        out.push(f(
            ids::REACH_OPEN,
            Severity::Ok,
            Audience::User,
            format!("The Remote Desktop port ({port}) answers"),
            format!(
                "{} accepted a connection in {} ms.",
                first.address, first.elapsed_ms
            ),
        ));
        if open.len() < tried {
            let failing: Vec<String> = evidence
                .reach
                .iter()
                .filter(|t| t.outcome != TcpOutcome::Open)
                .map(|t| format!("{} ({})", t.address.ip(), tcp_word(&t.outcome)))
                .collect();
            out.push(f(
                ids::REACH_PARTIAL,
                Severity::Warn,
                Audience::It,
                "Only some of the computer's addresses answer".into(),
                format!(
                    "The name leads to several addresses and {} of them do not answer: {}. \
                     Remote Desktop may pick a dead one and fail now and then (an old DNS entry or \
                     a broken IPv6 path).",
                    failing.len(),
                    list(&failing)
                ),
            ));
        }
        return;
    }
    let any = |p: fn(&TcpOutcome) -> bool| evidence.reach.iter().find(|t| p(&t.outcome));
    if let Some(t) = any(|o| *o == TcpOutcome::Refused) {
        out.push(
            f(
                ids::REACH_REFUSED,
                Severity::Fail,
                Audience::It,
                format!("The remote PC refuses connections on port {port}"),
                format!(
                    "{} answered, but nothing accepts connections on port {port}: Remote Desktop \
                     may be switched off, its service stopped or set to another port, or a \
                     firewall rejects the connection.",
                    t.address.ip()
                ),
            )
            .fix(fixes::firewall_rule(port)),
        );
    } else if let Some(t) = any(|o| {
        matches!(
            o,
            TcpOutcome::Unreachable { .. } | TcpOutcome::Failed { .. }
        )
    }) {
        out.push(
            f(
                ids::REACH_UNREACHABLE,
                Severity::Fail,
                Audience::User,
                "There is no network path to the remote PC".into(),
                format!(
                    "This computer's network says there is no way to {}: {}. If the PC is at the \
                 office, connect the company VPN first.",
                    t.address.ip(),
                    system_words(&t.outcome)
                ),
            )
            .ev("system_error", tcp_word(&t.outcome)),
        );
    } else if let Some(t) = any(|o| *o == TcpOutcome::TimedOut) {
        let waited = format!("{:.1} s", t.elapsed_ms as f64 / 1000.0);
        let answering: Vec<String> = evidence
            .other_ports
            .iter()
            .filter(|o| matches!(o.outcome, TcpOutcome::Open | TcpOutcome::Refused))
            .map(|o| {
                let port = o.address.port();
                let name = OTHER_PORTS
                    .iter()
                    .find(|(p, _)| *p == port)
                    .map_or("", |(_, n)| n);
                let how = if o.outcome == TcpOutcome::Open {
                    "open"
                } else {
                    "refused"
                };
                format!("{port} {name} ({how})")
            })
            .collect();
        let others_table: Vec<Value> = evidence
            .other_ports
            .iter()
            .map(|o| json!({"port": o.address.port(), "result": tcp_word(&o.outcome), "ms": o.elapsed_ms}))
            .collect();
        let all_silent = !evidence.other_ports.is_empty()
            && evidence
                .other_ports
                .iter()
                .all(|o| o.outcome == TcpOutcome::TimedOut);
        if all_silent {
            out.push(
                f(
                    ids::REACH_HOST_ASLEEP_OR_OFF,
                    Severity::Fail,
                    Audience::User,
                    "Nothing answers at all: the remote PC is asleep, switched off or not on this network".into(),
                    format!(
                        "Neither the Remote Desktop port of {1} nor any of {0} other ports a \
                         Windows PC usually answers on replied within {waited}. If the PC is at the office, it \
                         may be asleep or off: ask someone there to wake it, or IT can wake it over \
                         the network. If you work from home, check that your VPN is connected.",
                        evidence.other_ports.len(),
                        t.address.ip()
                    ),
                )
                .ev("other_ports", others_table)
                .fix(fixes::wake_on_lan())
                .fix(fixes::disable_sleep()),
            );
        } else {
            let detail = if answering.is_empty() {
                format!(
                    "Nothing came back from {} within {waited}: a firewall is probably dropping \
                     the connection, or the PC is asleep, switched off or not on this network.",
                    t.address.ip()
                )
            } else {
                format!(
                    "The PC is on — it answers on {} — but nothing comes back from its Remote \
                     Desktop port within {waited}: a firewall drops that port.",
                    list(&answering)
                )
            };
            out.push(
                f(
                    ids::REACH_FILTERED,
                    Severity::Fail,
                    Audience::It,
                    format!("No answer from port {port} of the remote PC"),
                    detail,
                )
                .ev("answering_ports", answering)
                .ev("other_ports", others_table)
                .fix(fixes::firewall_rule(port)),
            );
        }
    }
}

fn protocol_words(name: &str) -> &'static str {
    match name {
        "rdp" => "standard RDP security",
        "tls" => "TLS",
        "credssp" => "CredSSP (NLA)",
        "credssp_ex" => "CredSSP with early authorization (NLA)",
        "rdstls" => "RDSTLS",
        _ => "an unknown protocol",
    }
}

/// Which protocol an attempt proves the server accepts.
fn accepted_protocol(a: &NegotiationAttempt) -> Option<&'static str> {
    match a.answer() {
        NegotiationOutcome::NoNegotiationData => Some("rdp"),
        NegotiationOutcome::Selected { protocol, .. } => match protocol {
            0 => Some("rdp"),
            1 => Some("tls"),
            2 => Some("credssp"),
            4 => Some("rdstls"),
            8 => Some("credssp_ex"),
            _ => None,
        },
        _ => None,
    }
}

fn rdp(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(neg) = &evidence.negotiation else {
        return;
    };
    let port = ctx.target.port;
    let mut accepted: Vec<&str> = Vec::new();
    for name in ["rdp", "tls", "credssp", "credssp_ex", "rdstls"] {
        if neg
            .attempts
            .iter()
            .any(|a| accepted_protocol(a) == Some(name))
        {
            accepted.push(name);
        }
    }
    let mut refused = Map::new();
    let mut codes: Vec<u32> = Vec::new();
    for a in &neg.attempts {
        let word = match a.answer() {
            NegotiationOutcome::Refused { code, code_name } => {
                codes.push(*code);
                format!(
                    "refused: {} ({code})",
                    code_name.as_deref().unwrap_or("unknown code")
                )
            }
            NegotiationOutcome::Selected { protocol_name, .. } => {
                format!("selected {protocol_name}")
            }
            NegotiationOutcome::NoNegotiationData => "no negotiation (standard RDP)".into(),
            NegotiationOutcome::Closed => "closed right after our request".into(),
            NegotiationOutcome::Reset => "reset right after our request".into(),
            NegotiationOutcome::NoResponse { waited_ms } => format!("no answer in {waited_ms} ms"),
            NegotiationOutcome::NotRdp { looks_like, .. } => format!("not RDP: {looks_like}"),
            NegotiationOutcome::Malformed { reason } => format!("garbled: {reason}"),
            NegotiationOutcome::ConnectFailed { message } => {
                format!("could not connect: {message}")
            }
            NegotiationOutcome::NotRun { reason } => format!("not tried: {reason}"),
        };
        // The answer came only when asked again alone: say so, for IT.
        let word = if a.answered() || !a.answer().is_answer() {
            word
        } else {
            format!("{word} (asked again alone; among other connections: no answer)")
        };
        refused.insert(
            format!("{} (0x{:x})", a.testing, a.requested),
            Value::String(word),
        );
    }
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        finding(id, Area::Rdp, severity, audience, title, detail)
            .ev("address", neg.address.to_string())
            .ev(
                "accepted",
                accepted.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            )
            .ev("attempts", Value::Object(refused.clone()))
    };
    if codes.contains(&3) {
        out.push(
            f(
                ids::RDP_CERT_NOT_ON_SERVER,
                Severity::Fail,
                Audience::It,
                "The remote PC cannot load its security certificate".into(),
                "Remote Desktop on that PC is running but cannot use its certificate, so it \
                 refuses secure connections. This is usually a damaged or expired certificate, or \
                 broken permissions on the folder that holds its keys."
                    .into(),
            )
            .fix(fixes::renew_certificate())
            .fix(fixes::rebuild_machinekeys()),
        );
    }
    if !accepted.is_empty() {
        let words: Vec<String> = accepted
            .iter()
            .map(|p| protocol_words(p).to_string())
            .collect();
        out.push(f(
            ids::RDP_NEGOTIATED,
            Severity::Ok,
            Audience::User,
            "The remote PC speaks Remote Desktop".into(),
            format!("It accepts {}.", list(&words)),
        ));
        let nla = accepted.contains(&"credssp") || accepted.contains(&"credssp_ex");
        let weaker = accepted.contains(&"tls") || accepted.contains(&"rdp");
        if accepted == ["rdp"] {
            out.push(
                f(
                    ids::RDP_LEGACY_SECURITY_ONLY,
                    Severity::Warn,
                    Audience::It,
                    "The remote PC only offers old Remote Desktop security".into(),
                    "It is set to standard RDP security without TLS: current Remote Desktop apps \
                     may refuse to connect, and the connection cannot prove that it reaches the \
                     right computer."
                        .into(),
                )
                .fix(fixes::security_layer()),
            );
        } else if nla && !weaker {
            out.push(
                f(
                    ids::RDP_NLA_REQUIRED,
                    Severity::Info,
                    Audience::User,
                    "The remote PC asks who you are before connecting (NLA)".into(),
                    "You will be asked for your password before the remote session starts. Every \
                     current Remote Desktop app supports this; very old ones do not."
                        .into(),
                )
                .fix(fixes::open_store_app()),
            );
        } else if !nla || weaker {
            out.push(f(
                ids::RDP_NLA_NOT_REQUIRED,
                Severity::Warn,
                Audience::It,
                "The remote PC lets anyone reach its sign-in screen (no NLA)".into(),
                "Connections work, but the PC does not require Network Level Authentication, \
                 which IT usually turns on so that only known accounts get that far."
                    .into(),
            ));
        }
        return;
    }
    let outcomes: Vec<&NegotiationOutcome> = neg.attempts.iter().map(|a| a.answer()).collect();
    if let Some(NegotiationOutcome::NotRdp {
        looks_like,
        first_bytes_hex,
    }) = outcomes
        .iter()
        .find(|o| matches!(o, NegotiationOutcome::NotRdp { .. }))
    {
        out.push(
            f(
                ids::RDP_NOT_RDP,
                Severity::Fail,
                Audience::User,
                format!("Something other than Remote Desktop answers on port {port}"),
                format!(
                    "It looks like {looks_like}. The port number may be wrong, or another program \
                     took Remote Desktop's port."
                ),
            )
            .ev("first_bytes", first_bytes_hex.as_str()),
        );
    } else if codes.contains(&3) {
        // Reported above.
    } else if codes.contains(&2) {
        out.push(f(
            ids::RDP_TLS_NOT_ALLOWED,
            Severity::Fail,
            Audience::It,
            "The remote PC refuses encrypted (TLS) connections".into(),
            "It answered that TLS is not allowed, yet it did not accept the older security either."
                .into(),
        ));
    } else if let Some(code) = codes.first() {
        let named: Vec<String> = neg
            .attempts
            .iter()
            .filter_map(|a| match &a.outcome {
                NegotiationOutcome::Refused { code, code_name } => Some(format!(
                    "{} ({code})",
                    code_name.as_deref().unwrap_or("not in the specification")
                )),
                _ => None,
            })
            .collect();
        out.push(
            f(
                ids::RDP_NEGOTIATION_FAILURE,
                Severity::Fail,
                Audience::It,
                "The remote PC and Remote Desktop could not agree on security".into(),
                format!(
                    "The remote PC refused every security option, with {}.",
                    list(&named)
                ),
            )
            .ev("first_code", *code),
        );
    } else if outcomes
        .iter()
        .any(|o| matches!(o, NegotiationOutcome::Closed | NegotiationOutcome::Reset))
    {
        out.push(f(
            ids::RDP_DENIED,
            Severity::Fail,
            Audience::It,
            "The remote PC hangs up straight away".into(),
            "The port accepts the connection, then the remote PC closes it at once. Common causes: \
             all its Remote Desktop sessions or licences are in use, it accepts only certain \
             addresses, or its Remote Desktop service is in trouble. This is a usual cause of \
             error 0x904 with extended code 0x7."
                .into(),
        ));
    } else if outcomes.iter().all(|o| {
        matches!(
            o,
            NegotiationOutcome::NoResponse { .. } | NegotiationOutcome::NotRun { .. }
        )
    }) {
        out.push(f(
            ids::RDP_NO_RESPONSE,
            Severity::Fail,
            Audience::It,
            "The port is open but Remote Desktop does not answer".into(),
            "The connection was accepted, but no Remote Desktop reply came in time. The Remote \
             Desktop service may be hung, or a proxy or another program holds the port."
                .into(),
        ));
    } else if let Some(NegotiationOutcome::Malformed { reason }) = outcomes
        .iter()
        .find(|o| matches!(o, NegotiationOutcome::Malformed { .. }))
    {
        out.push(f(
            ids::RDP_NOT_RDP,
            Severity::Fail,
            Audience::User,
            format!(
                "The program on port {port} answers in a way Remote Desktop does not understand"
            ),
            format!("Its answer was garbled: {reason}. The port number may be wrong."),
        ));
    } else {
        out.push(f(
            ids::RDP_DENIED,
            Severity::Fail,
            Audience::It,
            "The remote PC stopped accepting connections".into(),
            "The first connection worked, but the next ones failed: the PC or a firewall limits \
             how many connections it takes."
                .into(),
        ));
    }
}

fn tls(evidence: &Evidence, out: &mut Vec<Finding>) {
    let Some(tls) = &evidence.tls else { return };
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        finding(id, Area::Tls, severity, audience, title, detail)
            .ev("address", tls.address.to_string())
            .ev("negotiated_protocol", tls.under_protocol.as_str())
            .ev("elapsed_ms", tls.elapsed_ms)
    };
    match &tls.outcome {
        TlsOutcome::Established {
            version,
            cipher_suite,
        } => out.push(
            f(
                ids::TLS_OK,
                Severity::Ok,
                Audience::User,
                format!("The connection is encrypted ({version})"),
                format!("Encryption works: {version} with {cipher_suite}."),
            )
            .ev("version", version.as_str())
            .ev("cipher_suite", cipher_suite.as_str()),
        ),
        TlsOutcome::Failed { message, alert } => {
            let base = |id: &str, title: String, detail: String| {
                f(id, Severity::Fail, Audience::It, title, detail)
                    .ev("error", message.as_str())
                    .ev("alert", alert.clone().map_or(Value::Null, Value::String))
            };
            match &tls.legacy_probe {
                Some(LegacyTlsProbe::ServerHello {
                    version,
                    version_code,
                    cipher_suite,
                }) if *version_code < 0x0303 => {
                    out.push(
                        base(
                            ids::TLS_LEGACY_ONLY,
                            format!("The remote PC only speaks outdated encryption ({version})"),
                            format!(
                                "It accepts only {version}, which current Remote Desktop apps \
                                 refuse. IT needs to update the remote PC and enable TLS 1.2 on it."
                            ),
                        )
                        .ev("server_version", version.as_str())
                        .ev("server_cipher_suite", cipher_suite.as_str()),
                    );
                }
                Some(LegacyTlsProbe::ServerHello {
                    version,
                    cipher_suite,
                    ..
                }) => out.push(
                    base(
                        ids::TLS_HANDSHAKE_FAILED,
                        "The remote PC only offers outdated encryption methods".into(),
                        format!(
                            "It speaks {version} but only with old methods such as {cipher_suite} \
                             that current apps do not accept. IT needs to update the remote PC."
                        ),
                    )
                    .ev("server_version", version.as_str())
                    .ev("server_cipher_suite", cipher_suite.as_str()),
                ),
                other => {
                    let said = alert
                        .as_deref()
                        .map(|a| format!(" with the message \"{a}\""))
                        .unwrap_or_default();
                    let mut finding = base(
                        ids::TLS_HANDSHAKE_FAILED,
                        "The encrypted connection could not be set up".into(),
                        format!(
                            "The remote PC broke off setting up encryption{said}. With Remote \
                             Desktop this is most often a certificate the PC cannot use."
                        ),
                    )
                    .fix(fixes::renew_certificate())
                    .fix(fixes::rebuild_machinekeys());
                    if let Some(p) = other {
                        finding = finding.ev(
                            "legacy_probe",
                            serde_json::to_value(p).unwrap_or(Value::Null),
                        );
                    }
                    out.push(finding);
                }
            }
        }
        TlsOutcome::TimedOut { waited_ms } => out.push(f(
            ids::TLS_HANDSHAKE_FAILED,
            Severity::Fail,
            Audience::It,
            "The remote PC stopped answering while setting up encryption".into(),
            format!("No answer to the encryption handshake within {waited_ms} ms."),
        )),
    }
}

fn certificate(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(c) = &evidence.certificate else {
        return;
    };
    let now = ctx.now_unix;
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        cert_evidence(finding(id, Area::Tls, severity, audience, title, detail), c)
    };
    if now > c.not_after_unix {
        out.push(
            f(
                ids::CERT_EXPIRED,
                Severity::Fail,
                Audience::It,
                format!(
                    "The remote PC's security certificate expired on {}",
                    date(c.not_after_unix)
                ),
                format!(
                    "It expired {}. Windows normally renews this certificate by itself; when it \
                     cannot, connections fail, often with error 0x904 (extended 0x7). IT can \
                     renew it with the commands below.",
                    relative_days(now, c.not_after_unix)
                ),
            )
            .fix(fixes::renew_certificate())
            .fix(fixes::rebuild_machinekeys()),
        );
    } else if now < c.not_before_unix {
        out.push(f(
            ids::CERT_NOT_YET_VALID,
            Severity::Fail,
            Audience::It,
            format!(
                "The remote PC's certificate is only valid from {}",
                date(c.not_before_unix)
            ),
            "Either the remote PC's clock or this computer's clock is wrong: check both dates and \
             times."
                .into(),
        ));
    } else if c.not_after_unix - now < EXPIRY_WARNING_DAYS * 86_400 {
        out.push(
            f(
                ids::CERT_EXPIRES_SOON,
                Severity::Warn,
                Audience::It,
                format!(
                    "The remote PC's certificate expires {}",
                    relative_days(now, c.not_after_unix)
                ),
                format!(
                    "It is valid until {}. Windows should renew it in time; if it does not, \
                     connections will fail from then on.",
                    date(c.not_after_unix)
                ),
            )
            .fix(fixes::renew_certificate()),
        );
    }
    if c.self_signed {
        out.push(f(
            ids::CERT_SELF_SIGNED,
            Severity::Info,
            Audience::User,
            "The remote PC uses its own self-made certificate".into(),
            "This is normal for Remote Desktop, and it is why your app asks whether to trust the \
             remote computer. Compare the thumbprint with the one IT gives you."
                .into(),
        ));
    }
    if !c.name_matches {
        let mut names: Vec<String> = c.san_dns.clone();
        names.extend(c.san_ip.iter().cloned());
        if names.is_empty() {
            names.extend(c.common_name.clone());
        }
        let names = if names.is_empty() {
            "no name at all".to_string()
        } else {
            list(&names)
        };
        let by_address = ctx.target.kind != HostKind::Name;
        out.push(f(
            ids::CERT_NAME_MISMATCH,
            Severity::Warn,
            Audience::User,
            format!("The certificate is made out to {names}"),
            if by_address {
                format!(
                    "You connect by address ({}), so your app cannot match it to the name in the \
                     certificate and will warn you. That is expected when you use an address.",
                    c.checked_name
                )
            } else {
                format!(
                    "You typed \"{}\", which the certificate does not name. Your app will warn you; \
                     if the names are not two names of the same PC, you may be reaching a different \
                     computer than you think.",
                    c.checked_name
                )
            },
        ));
    }
    let mut weak = Vec::new();
    if c.weak_signature {
        weak.push(format!("it is signed with {}", c.signature_algorithm));
    }
    if c.public_key_algorithm == "RSA" && c.key_bits.is_some_and(|b| b < 2048) {
        weak.push(format!(
            "its key has only {} bits",
            c.key_bits.unwrap_or_default()
        ));
    }
    if c.server_auth_usage == Some(false) {
        weak.push("it is not made for server authentication".into());
    }
    if !weak.is_empty() {
        out.push(f(
            ids::CERT_WEAK,
            Severity::Warn,
            Audience::It,
            "The remote PC's certificate is weak".into(),
            format!("{}; current apps may refuse it.", capitalise(&list(&weak))),
        ));
    }
}

fn cert_evidence(f: Finding, c: &CertificateEvidence) -> Finding {
    f.ev("subject", c.subject.as_str())
        .ev("issuer", c.issuer.as_str())
        .ev("not_before", c.not_before.as_str())
        .ev("not_after", c.not_after.as_str())
        .ev("sha1_thumbprint", c.sha1_thumbprint.as_str())
        .ev("sha256_fingerprint", c.sha256_fingerprint.as_str())
        .ev("signature_algorithm", c.signature_algorithm.as_str())
        .ev(
            "public_key",
            format!(
                "{}{}",
                c.public_key_algorithm,
                c.key_bits.map(|b| format!(" {b} bits")).unwrap_or_default()
            ),
        )
        .ev("names", {
            let mut n = c
                .common_name
                .iter()
                .map(|cn| format!("CN={cn}"))
                .collect::<Vec<_>>();
            n.extend(c.san_dns.iter().map(|d| format!("DNS={d}")));
            n.extend(c.san_ip.iter().map(|i| format!("IP={i}")));
            n
        })
}

/// Windows version names from the NTLM VERSION build number (common knowledge, not a spec).
pub fn windows_name(version: &str) -> Option<&'static str> {
    let mut parts = version.split('.');
    let (major, minor, build) = (
        parts.next()?,
        parts.next()?,
        parts.next()?.parse::<u32>().ok()?,
    );
    Some(match (major, minor, build) {
        ("6", "1", _) => "Windows 7 / Server 2008 R2",
        ("6", "2", _) => "Windows 8 / Server 2012",
        ("6", "3", _) => "Windows 8.1 / Server 2012 R2",
        ("10", "0", 14393) => "Windows 10 1607 / Server 2016",
        ("10", "0", 17763) => "Windows 10 1809 / Server 2019",
        ("10", "0", 19041..=19045) => "Windows 10",
        ("10", "0", 20348) => "Windows Server 2022",
        ("10", "0", 22000..=22631) => "Windows 11",
        ("10", "0", 26100) => "Windows 11 24H2 / Server 2025",
        ("10", "0", b) if b >= 22000 => "Windows 11 or newer",
        ("10", "0", _) => "Windows 10 / Server",
        _ => return None,
    })
}

fn nla(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(n) = &evidence.nla else { return };
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        finding(id, Area::Nla, severity, audience, title, detail)
            .ev(
                "credssp_version",
                n.server_version.map_or(Value::Null, Value::from),
            )
            .ev("elapsed_ms", n.elapsed_ms)
    };
    match &n.outcome {
        NlaOutcome::Challenge => {
            let id = n.identity.clone().unwrap_or_default();
            let name = id
                .netbios_computer
                .clone()
                .or_else(|| id.dns_computer.clone())
                .unwrap_or_else(|| "(no name)".into());
            let os = id.os_version.as_deref().map(|v| match windows_name(v) {
                Some(w) => format!("{w} ({v})"),
                None => v.to_string(),
            });
            let domain = id.dns_domain.clone().or_else(|| id.netbios_domain.clone());
            let mut detail = format!(
                "The remote PC answered the first step of sign-in (no password was sent). It \
                 calls itself {}",
                id.dns_computer.clone().unwrap_or_else(|| name.clone())
            );
            if let Some(d) = &domain {
                detail.push_str(&format!(" in {d}"));
            }
            if let Some(os) = &os {
                detail.push_str(&format!(" and runs {os}"));
            }
            detail.push('.');
            let opt = |v: &Option<String>| v.clone().map_or(Value::Null, Value::String);
            let base = |id_: &str, sev: Severity, aud: Audience, title: String, detail: String| {
                f(id_, sev, aud, title, detail)
                    .ev("netbios_computer", opt(&id.netbios_computer))
                    .ev("netbios_domain", opt(&id.netbios_domain))
                    .ev("dns_computer", opt(&id.dns_computer))
                    .ev("dns_domain", opt(&id.dns_domain))
                    .ev("os_version", opt(&id.os_version))
                    .ev("server_time", opt(&id.server_time))
                    .ev(
                        "clock_skew_seconds",
                        id.clock_skew_seconds.map_or(Value::Null, Value::from),
                    )
            };
            out.push(
                base(
                    ids::NLA_OK,
                    Severity::Ok,
                    Audience::User,
                    format!("Sign-in security works; the PC calls itself {name}"),
                    detail,
                )
                .ev("os_name", os.map_or(Value::Null, Value::String)),
            );
            if ctx.target.kind == HostKind::Name {
                let typed = ctx.target.host.trim_end_matches('.').to_lowercase();
                let first_label = typed.split('.').next().unwrap_or_default().to_string();
                let nb = id.netbios_computer.as_deref().map(str::to_lowercase);
                let dns_name = id.dns_computer.as_deref().map(str::to_lowercase);
                let matches = nb.as_deref() == Some(first_label.as_str())
                    || dns_name.as_deref() == Some(typed.as_str())
                    || (nb.is_none() && dns_name.is_none());
                if !matches && typed != "localhost" {
                    out.push(base(
                        ids::NLA_IDENTITY_MISMATCH,
                        Severity::Warn,
                        Audience::User,
                        format!(
                            "You typed \"{}\" but the PC calls itself \"{name}\"",
                            ctx.target.host
                        ),
                        "That is fine when the name you use is an alias of this PC. Otherwise the \
                         name leads to a different computer than you think, for example through an \
                         old DNS entry."
                            .into(),
                    ));
                }
            }
            if let Some(skew) = id
                .clock_skew_seconds
                .filter(|s| s.abs() > CLOCK_SKEW_LIMIT_SECONDS)
            {
                let direction = if skew > 0 { "ahead of" } else { "behind" };
                out.push(base(
                    ids::NLA_CLOCK_SKEW,
                    Severity::Warn,
                    Audience::It,
                    format!(
                        "The remote PC's clock is {} {direction} this computer's",
                        span(skew)
                    ),
                    "Sign-in with a company (Kerberos) account fails when the clocks differ by \
                     more than 5 minutes. Set the clock that is wrong."
                        .into(),
                ));
            }
            if n.server_version.is_some_and(|v| v < 5) {
                out.push(
                    f(
                        ids::NLA_CREDSSP_UNPATCHED_SERVER,
                        Severity::Warn,
                        Audience::It,
                        "The remote PC misses the 2018 security update for sign-in (CredSSP)".into(),
                        "Updated computers refuse to connect to it, with a message about \"CredSSP \
                         encryption oracle remediation\". The remote PC needs Windows updates."
                            .into(),
                    )
                    .fix(fixes::credssp_policy()),
                );
            }
        }
        NlaOutcome::ServerError { code } => out.push(
            f(
                ids::NLA_FAILED,
                Severity::Fail,
                Audience::It,
                "The remote PC refused the first step of sign-in".into(),
                format!("It answered with error 0x{code:08X} before any password was involved."),
            )
            .ev("ntstatus", format!("0x{code:08X}"))
            .fix(fixes::nla_temporarily_off()),
        ),
        NlaOutcome::Failed { stage, message } => out.push(
            f(
                ids::NLA_FAILED,
                Severity::Fail,
                Audience::It,
                "The sign-in step (NLA) broke off".into(),
                format!("While {stage}: {message}."),
            )
            .ev("stage", stage.as_str())
            .ev("error", message.as_str())
            .fix(fixes::nla_temporarily_off()),
        ),
    }
}

fn http_words(h: &GatewayHttp) -> String {
    match h {
        GatewayHttp::Answered {
            status,
            auth_schemes,
            ..
        } if auth_schemes.is_empty() => {
            format!("HTTP {status}")
        }
        GatewayHttp::Answered {
            status,
            auth_schemes,
            ..
        } => {
            format!("HTTP {status}, sign-in with {}", auth_schemes.join(", "))
        }
        GatewayHttp::ClosedWithoutAnswer => "closed without answering".into(),
        GatewayHttp::NoAnswer { waited_ms } => format!("no answer in {waited_ms} ms"),
        GatewayHttp::NotHttp { reason } => format!("not HTTP: {reason}"),
        GatewayHttp::Failed { message } => format!("failed: {message}"),
    }
}

/// The RD Gateway hop (MS-TSGU): reachable, a trusted certificate that names it, and the
/// gateway's HTTP endpoint asking for sign-in (401) — no credentials are sent.
fn gateway(evidence: &Evidence, out: &mut Vec<Finding>) {
    let Some(g) = &evidence.gateway else { return };
    let name = format!("{}:{}", g.host, g.port);
    let f = |id: &str, severity: Severity, audience: Audience, title: String, detail: String| {
        let mut f = finding(id, Area::Gateway, severity, audience, title, detail)
            .ev("gateway", name.as_str())
            .ev("from_rdp_file", g.from_rdp_file)
            .ev(
                "http",
                g.http
                    .as_ref()
                    .map_or(Value::Null, |h| Value::String(http_words(h))),
            )
            .ev(
                "websocket",
                g.websocket
                    .as_ref()
                    .map_or(Value::Null, |h| Value::String(http_words(h))),
            );
        if let Some(c) = &g.certificate {
            f = f
                .ev("certificate_subject", c.subject.as_str())
                .ev("certificate_issuer", c.issuer.as_str())
                .ev("certificate_not_after", c.not_after.as_str())
                .ev("sha1_thumbprint", c.sha1_thumbprint.as_str());
        }
        f
    };
    let dns_failed = g
        .dns
        .as_ref()
        .is_some_and(|d| d.outcome.addresses().is_empty());
    let tcp_open = g
        .tcp
        .as_ref()
        .is_some_and(|t| t.outcome == TcpOutcome::Open);
    if dns_failed || !tcp_open {
        let why = if dns_failed {
            format!("its name {} could not be found", g.host)
        } else {
            g.tcp.as_ref().map_or_else(
                || "it could not be tried".into(),
                |t| format!("port {} gave: {}", g.port, tcp_word(&t.outcome)),
            )
        };
        out.push(f(
            ids::GATEWAY_UNREACHABLE,
            Severity::Fail,
            Audience::It,
            format!("The Remote Desktop Gateway {} cannot be reached", g.host),
            format!(
                "Your connection goes through the gateway {name}, but {why}. If you are at home, \
                 check your internet connection; otherwise the gateway may be down."
            ),
        ));
        return;
    }
    let established = g
        .tls
        .as_ref()
        .is_some_and(|t| matches!(t.outcome, TlsOutcome::Established { .. }));
    if !established {
        let why = g.tls.as_ref().map_or_else(
            || "no secure connection was made".to_string(),
            |t| match &t.outcome {
                TlsOutcome::Failed { message, .. } => {
                    format!("the secure connection failed: {message}")
                }
                TlsOutcome::TimedOut { .. } => {
                    "it did not answer the secure connection in time".into()
                }
                TlsOutcome::Established { .. } => String::new(),
            },
        );
        out.push(f(
            ids::GATEWAY_UNREACHABLE,
            Severity::Fail,
            Audience::It,
            format!(
                "The Remote Desktop Gateway {} does not complete a secure connection",
                g.host
            ),
            format!("The gateway's port answers, but {why}."),
        ));
        return;
    }
    if let Some(error) = g.tls.as_ref().filter(|t| !t.trusted).map(|t| {
        t.trust_error
            .clone()
            .unwrap_or_else(|| "not trusted".into())
    }) {
        out.push(
            f(
                ids::GATEWAY_CERT_INVALID,
                Severity::Fail,
                Audience::It,
                format!("The gateway's security certificate is not accepted: {error}"),
                "Unlike a remote PC, a gateway needs a certificate that this computer trusts, that \
                 is valid today and that is made out to the gateway's name; Remote Desktop refuses \
                 the gateway otherwise. IT must renew or replace the gateway's certificate."
                    .into(),
            )
            .ev("trust_error", error.as_str()),
        );
    }
    match &g.http {
        Some(GatewayHttp::Answered {
            status: 401,
            auth_schemes,
            server,
            ..
        }) => {
            out.push(
                f(
                    ids::GATEWAY_OK,
                    Severity::Ok,
                    Audience::User,
                    format!("The Remote Desktop Gateway {} answers", g.host),
                    format!(
                        "It asks for sign-in ({}) as a gateway should; no password was sent.",
                        if auth_schemes.is_empty() {
                            "no method named".to_string()
                        } else {
                            auth_schemes.join(", ")
                        }
                    ),
                )
                .ev("server", server.clone().map_or(Value::Null, Value::String)),
            );
            if matches!(
                g.websocket,
                Some(GatewayHttp::Answered {
                    status: 401 | 101,
                    ..
                })
            ) {
                out.push(f(
                    ids::GATEWAY_WEBSOCKET,
                    Severity::Info,
                    Audience::It,
                    "The gateway also offers its WebSocket transport".into(),
                    "Current Remote Desktop clients can use it through proxies that only pass web traffic."
                        .into(),
                ));
            }
        }
        // Took the connection and the handshake, then said nothing: a hung or overloaded gateway
        // rather than the wrong server.
        Some(GatewayHttp::NoAnswer { waited_ms }) => out.push(f(
            ids::GATEWAY_NO_ANSWER,
            Severity::Fail,
            Audience::It,
            format!("The Remote Desktop Gateway {} does not answer", g.host),
            format!(
                "It accepted the connection and the secure handshake, then sent nothing back \
                 to the gateway's request within {waited_ms} ms. The gateway service may be hung \
                 or overloaded: IT can check the Remote Desktop Gateway service (TSGateway) and \
                 its web server (IIS)."
            ),
        )),
        Some(other) => out.push(f(
            ids::GATEWAY_NOT_A_GATEWAY,
            Severity::Fail,
            Audience::It,
            format!("{} is not answering as a Remote Desktop Gateway", g.host),
            format!(
                "Its web server answered the gateway's request with {}. The name may point to \
                 another web server, or the gateway role's HTTP transport is switched off.",
                http_words(other)
            ),
        )),
        None => {}
    }
}

/// When the gateway is how the PC is reached, the direct probes failing is expected: say so
/// instead of painting those rows red.
fn through_gateway(evidence: &Evidence, ctx: &Context<'_>, out: &mut [Finding]) {
    let Some(g) = &ctx.target.gateway else { return };
    let gateway_ok = out.iter().any(|f| f.id == ids::GATEWAY_OK);
    let direct_reached = evidence.reach.iter().any(|t| t.outcome == TcpOutcome::Open);
    if direct_reached || !(g.always() || gateway_ok) {
        return;
    }
    for f in out.iter_mut() {
        let direct = matches!(f.area, Area::Dns | Area::Network | Area::Reach);
        if direct && f.severity >= Severity::Warn {
            // Grey, like a step that does not apply: not a problem, not a success either.
            f.severity = Severity::Skipped;
            f.title = format!(
                "Not reachable directly (expected with a gateway): {}",
                f.title
            );
            f.detail = format!(
                "Your connection goes through the Remote Desktop Gateway {}, which reaches the \
                 remote PC for you, so this is normal. {}",
                g.host, f.detail
            );
        }
    }
}

/// Settings of the user's `.rdp` file that fail the connection by themselves, judged against
/// what the server showed.
/// The file's `alternate full address`: Remote Desktop may use it instead of `full address`
/// (RD Web Access files set both), so a stale one fails while the main address works.
fn alternate_address(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(alt) = &evidence.alternate else {
        return;
    };
    let main_answers = evidence.reach.iter().any(|t| t.outcome == TcpOutcome::Open);
    let alt_answers = alt.reach.iter().any(|t| t.outcome == TcpOutcome::Open);
    let main = format!("{}:{}", ctx.target.host, ctx.target.port);
    let shown = alt.address.as_str();
    let (severity, title, detail) = match (&alt.dns, alt_answers) {
        (None, _) => (
            Severity::Warn,
            format!("The file's other address \"{shown}\" is not a computer name or address"),
            "Remote Desktop may try it instead of the main address and fail. IT should correct \
             or remove the \"alternate full address\" line."
                .to_string(),
        ),
        (Some(_), true) => (
            Severity::Info,
            format!("The file's other address {shown} answers too"),
            format!(
                "The file names {main} and, as \"alternate full address\", {shown}; both accept connections."
            ),
        ),
        (Some(dns), false) => (
            if main_answers {
                Severity::Warn
            } else {
                Severity::Info
            },
            if dns.outcome.addresses().is_empty() {
                format!("The file's other address {shown} cannot be found")
            } else {
                format!("The file's other address {shown} does not answer")
            },
            format!(
                "Your Remote Desktop file names {main} and, as \"alternate full address\", \
                 {shown}. Remote Desktop may connect to the second one, which does not work{}. \
                 IT should correct or remove that line.",
                if main_answers {
                    ", while the first does"
                } else {
                    ""
                }
            ),
        ),
    };
    let reach: Vec<Value> = alt
        .reach
        .iter()
        .map(|t| Value::from(format!("{}: {}", t.address, tcp_word(&t.outcome))))
        .collect();
    out.push(
        finding(
            ids::INPUT_RDP_FILE_ALTERNATE_ADDRESS,
            Area::Input,
            severity,
            Audience::It,
            title,
            detail,
        )
        .ev("alternate_full_address", alt.address.as_str())
        .ev("port", alt.port)
        .ev("reach", reach),
    );
}

fn file_settings(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(settings) = &ctx.target.file_settings else {
        return;
    };
    skipped_lines(ctx, settings, out);
    let file = match &ctx.target.source {
        rdp_doctor_model::TargetSource::RdpFile { file } => file.clone(),
        rdp_doctor_model::TargetSource::Typed => return,
    };
    let seen: Vec<String> = out.iter().map(|f| f.id.clone()).collect();
    let has = |id: &str| seen.iter().any(|s| s == id);
    if settings.enable_credssp == Some(0) && has(ids::RDP_NLA_REQUIRED) {
        out.push(
            finding(
                ids::INPUT_RDP_FILE_DISABLES_NLA,
                Area::Input,
                Severity::Fail,
                Audience::It,
                "Your Remote Desktop file turns off sign-in before connecting, which the remote PC requires".into(),
                "The file says \"enablecredsspsupport:i:0\", so the Remote Desktop app never uses \
                 Network Level Authentication, and this remote PC accepts nothing else. Ask IT for a \
                 corrected file, or change that line to \"enablecredsspsupport:i:1\"."
                    .into(),
            )
            .ev("file", file.as_str())
            .ev("setting", "enablecredsspsupport:i:0"),
        );
    }
    let untrusted =
        has(ids::CERT_SELF_SIGNED) || has(ids::CERT_NAME_MISMATCH) || has(ids::CERT_EXPIRED);
    if settings.authentication_level == Some(1) && untrusted {
        out.push(
            finding(
                ids::INPUT_RDP_FILE_REQUIRES_TRUSTED_CERTIFICATE,
                Area::Input,
                Severity::Fail,
                Audience::It,
                "Your Remote Desktop file refuses the remote PC's certificate".into(),
                "The file says \"authentication level:i:1\" (do not connect unless the remote PC \
                 proves who it is with a trusted certificate), but the remote PC's certificate is \
                 self-made, expired or made out to another name. IT can give the PC a trusted \
                 certificate, or the line can be changed to \"authentication level:i:2\" (warn)."
                    .into(),
            )
            .ev("file", file.as_str())
            .ev("setting", "authentication level:i:1"),
        );
    }
}

/// Lines of a `.rdp` file (or parts of an `rdp://` link) that are not settings: passed over
/// as mstsc passes over them, and named so IT can correct the file. Never their values.
fn skipped_lines(
    ctx: &Context<'_>,
    settings: &rdp_doctor_model::RdpFileSettings,
    out: &mut Vec<Finding>,
) {
    if settings.skipped_count == 0 && settings.skipped_lines.is_empty() {
        return;
    }
    let count = settings.skipped_count.max(settings.skipped_lines.len());
    let (source, what, lines) = match &ctx.target.source {
        rdp_doctor_model::TargetSource::RdpFile { file } => {
            (file.as_str(), "Remote Desktop file", "line")
        }
        rdp_doctor_model::TargetSource::Typed => ("rdp:// link", "rdp:// link", "part"),
    };
    let title = if count == 1 {
        format!("1 {lines} of the {what} is not a setting and was skipped")
    } else {
        format!("{count} {lines}s of the {what} are not settings and were skipped")
    };
    let shown: Vec<String> = settings.skipped_lines.iter().take(5).cloned().collect();
    let more = count.saturating_sub(shown.len());
    let listed = if more > 0 {
        format!("{} and {more} more", shown.join("; "))
    } else {
        shown.join("; ")
    };
    out.push(
        finding(
            ids::INPUT_RDP_FILE_LINES_SKIPPED,
            Area::Input,
            Severity::Info,
            Audience::It,
            title,
            format!(
                "Remote Desktop passes over what it cannot read, and so did this check:                  {listed}. If one of them was meant to set something (a port, a gateway), IT                  should correct it."
            ),
        )
        .ev("file", source)
        .ev("skipped_count", count)
        .ev("skipped_lines", settings.skipped_lines.clone()),
    );
}

/// The same judgement from a watch: many paced samples instead of the check's burst.
fn watched_quality(watch: &rdp_doctor_model::WatchEvidence, out: &mut Vec<Finding>) {
    let total = watch.samples.len();
    let failures: Vec<String> = watch
        .samples
        .iter()
        .filter_map(|s| {
            s.failure
                .as_ref()
                .map(|f| format!("after {:.0} s: {f}", s.at_ms as f64 / 1000.0))
        })
        .collect();
    let died = watch
        .samples
        .iter()
        .filter(|s| s.connect_ms.is_some() && s.failure.is_some())
        .count();
    let mut connects: Vec<u64> = watch.samples.iter().filter_map(|s| s.connect_ms).collect();
    connects.sort_unstable();
    let median = connects
        .get(connects.len() / 2)
        .copied()
        .unwrap_or_default();
    let spread = connects.last().copied().unwrap_or_default()
        - connects.first().copied().unwrap_or_default();
    let seconds = watch.samples.last().map_or(0, |s| s.at_ms) / 1000;
    let f = |id: &str, severity: Severity, title: String, detail: String| {
        finding(id, Area::Quality, severity, Audience::User, title, detail)
            .ev("samples", total)
            .ev("failed", failures.len())
            .ev("failures", failures.clone())
            .ev("median_connect_ms", median)
            .ev("spread_ms", spread)
            .ev("watched_seconds", seconds)
    };
    let advice = "A wired network instead of Wi-Fi, or restarting the VPN, often helps; if it \
                  stays like this, send this report to IT.";
    if !failures.is_empty() {
        let (id, severity) = if died > 0 {
            (ids::QUALITY_DROPS_DURING_HANDSHAKE, Severity::Fail)
        } else {
            (ids::QUALITY_UNSTABLE, Severity::Warn)
        };
        out.push(f(
            id,
            severity,
            format!(
                "Your connection to the PC is unreliable: {} of {total} attempts failed",
                failures.len()
            ),
            format!("Watched for {seconds} s. {advice}"),
        ));
    } else if median > crate::quality::HIGH_LATENCY_MS {
        out.push(f(
            ids::QUALITY_HIGH_LATENCY,
            Severity::Warn,
            format!("The remote PC is far away in network terms ({median} ms per round trip)"),
            format!("All {total} attempts over {seconds} s worked, but slowly. {advice}"),
        ));
    } else {
        out.push(f(
            ids::QUALITY_OK,
            Severity::Ok,
            format!("The connection stayed steady: {total} of {total} attempts worked"),
            format!("Watched for {seconds} s: {median} ms per connect, spread {spread} ms."),
        ));
    }
}

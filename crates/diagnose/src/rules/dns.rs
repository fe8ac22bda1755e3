//! Name resolution: does the name the user typed lead to the PC, and is it the right one.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{Area, Audience, DnsOutcome, Evidence, Finding, Severity};

use super::network::is_private;
use crate::finding::{FindingExt, finding};
use crate::words::list;
use crate::{Context, fixes};

pub(super) fn dns(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
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

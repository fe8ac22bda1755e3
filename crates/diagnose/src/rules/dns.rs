//! Name resolution: does the name the user typed lead to the PC, and is it the right one.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{Area, Audience, DnsOutcome, Evidence, Finding, Severity};

use super::network::is_private;
use crate::finding::{FindingExt, finding};
use crate::words::list;
use crate::{Context, fixes, t};

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
                t!("dns-ip_literal.title"),
                t!("dns-ip_literal.detail", address = address.to_string()),
            )
            .ev("address", address.to_string()),
        ),
        DnsOutcome::Resolved { addresses } => {
            let shown: Vec<String> = addresses.iter().map(ToString::to_string).collect();
            out.push(
                f(
                    ids::DNS_RESOLVED,
                    Severity::Ok,
                    t!("dns-resolved.title", name = name.as_str()),
                    t!(
                        "dns-resolved.detail",
                        addresses = list(&shown),
                        ms = dns.elapsed_ms
                    ),
                )
                .ev("addresses", shown.clone()),
            );
            let first = addresses.first().copied();
            if ctx.target.is_short_name() {
                let mut short = f(
                    ids::DNS_SHORT_NAME,
                    Severity::Warn,
                    t!("dns-short_name.title", name = name.as_str()),
                    t!("dns-short_name.detail"),
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
                        t!(
                            "dns-private_address.title",
                            name = name.as_str(),
                            address = private.to_string()
                        ),
                        t!("dns-private_address.detail"),
                    )
                    .ev("address", private.to_string()),
                );
            }
        }
        DnsOutcome::NotFound => out.push(
            f(
                ids::DNS_NOT_FOUND,
                Severity::Fail,
                t!("dns-not_found.title", name = name.as_str()),
                t!("dns-not_found.detail"),
            )
            .fix(fixes::use_full_name(None))
            .fix(fixes::flush_dns()),
        ),
        DnsOutcome::NoAddress => out.push(
            f(
                ids::DNS_NO_ADDRESS,
                Severity::Fail,
                t!("dns-no_address.title", name = name.as_str()),
                t!("dns-no_address.detail"),
            )
            .fix(fixes::use_full_name(None)),
        ),
        DnsOutcome::Timeout => out.push(
            f(
                ids::DNS_TIMEOUT,
                Severity::Fail,
                t!("dns-timeout.title"),
                t!("dns-timeout.detail", name = name.as_str()),
            )
            .fix(fixes::use_full_name(None))
            .fix(fixes::reset_network_stack()),
        ),
        DnsOutcome::Failed { message } => out.push(
            f(
                ids::DNS_LOOKUP_FAILED,
                Severity::Fail,
                t!("dns-lookup_failed.title", name = name.as_str()),
                t!("dns-lookup_failed.detail", message = message.as_str()),
            )
            .ev("error", message.as_str()),
        ),
    }
}

//! Finding the computer: name resolution through the system's own DNS configuration.

use std::net::IpAddr;
use std::time::Duration;

use hickory_resolver::Resolver;
use hickory_resolver::config::LookupIpStrategy;
use hickory_resolver::net::NetError;
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use rdp_doctor_model::{DnsEvidence, DnsOutcome};
use tokio::time::Instant;

use crate::io::{BoxFuture, Io, Resolve};
use crate::{Deadline, elapsed_ms};

/// The real resolver: the system's resolver settings (resolv.conf / the Windows registry) and
/// the hosts file, like the Remote Desktop client uses.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemResolver;

impl Resolve for SystemResolver {
    fn resolve<'a>(&'a self, name: &'a str, timeout: Duration) -> BoxFuture<'a, DnsOutcome> {
        Box::pin(lookup(name, timeout))
    }
}

/// Resolves `name` through `io`'s resolver within the step's time.
pub async fn resolve(io: &Io, name: &str, timeout: Duration, deadline: &Deadline) -> DnsEvidence {
    let start = Instant::now();
    let looking_up = io.resolver().resolve(name, timeout);
    let outcome = match deadline.run(timeout, looking_up).await {
        Some(outcome) => outcome,
        None => DnsOutcome::Timeout,
    };
    DnsEvidence {
        name: name.to_string(),
        outcome,
        elapsed_ms: elapsed_ms(start),
    }
}

/// An IP literal needs no DNS; recorded so the report says so.
pub fn ip_literal(address: IpAddr) -> DnsEvidence {
    DnsEvidence {
        name: address.to_string(),
        outcome: DnsOutcome::IpLiteral { address },
        elapsed_ms: 0,
    }
}

async fn lookup(name: &str, timeout: Duration) -> DnsOutcome {
    let (config, mut opts) = match hickory_resolver::system_conf::read_system_conf() {
        Ok(conf) => conf,
        Err(e) => {
            return DnsOutcome::Failed {
                message: format!("could not read this computer's DNS settings: {e}"),
            };
        }
    };
    // Two tries inside the step's time, so one lost UDP packet does not fail the check.
    opts.timeout = timeout / 2;
    opts.attempts = 1;
    opts.ip_strategy = LookupIpStrategy::Ipv4AndIpv6;
    let resolver = match Resolver::builder_with_config(config, TokioRuntimeProvider::default())
        .with_options(opts)
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            return DnsOutcome::Failed {
                message: format!("could not set up DNS: {e}"),
            };
        }
    };
    // A dotted name is asked for exactly first: with search suffixes the answer reported would
    // be the last suffix's ("noaddr.corp.test.corp.test": not found) instead of the name's own.
    let exact = (name.contains('.') && !name.ends_with('.')).then(|| format!("{name}."));
    let first = resolver.lookup_ip(exact.as_deref().unwrap_or(name)).await;
    let first = match (first, &exact) {
        (Ok(lookup), _) => return addresses_of(lookup.iter()),
        (Err(e), Some(_)) => e,
        (Err(e), None) => return classify_error(&e),
    };
    // A partly qualified name ("pc.office") may still need the search suffixes.
    match resolver.lookup_ip(name).await {
        Ok(lookup) => match addresses_of(lookup.iter()) {
            DnsOutcome::NoAddress => classify_error(&first),
            resolved => resolved,
        },
        Err(_) => classify_error(&first),
    }
}

fn addresses_of(ips: impl Iterator<Item = IpAddr>) -> DnsOutcome {
    let mut addresses: Vec<IpAddr> = Vec::new();
    for ip in ips {
        if !addresses.contains(&ip) {
            addresses.push(ip);
        }
    }
    if addresses.is_empty() {
        DnsOutcome::NoAddress
    } else {
        DnsOutcome::Resolved { addresses }
    }
}

fn classify_error(e: &NetError) -> DnsOutcome {
    if e.is_nx_domain() {
        DnsOutcome::NotFound
    } else if e.is_no_records_found() {
        DnsOutcome::NoAddress
    } else if matches!(e, NetError::Timeout) {
        DnsOutcome::Timeout
    } else {
        let message = e.to_string();
        // hickory reports "no connections available" when every server stayed silent.
        if message.contains("timed out") || message.contains("no connections available") {
            DnsOutcome::Timeout
        } else {
            DnsOutcome::Failed { message }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fake::FakeNet;

    #[tokio::test(start_paused = true)]
    async fn a_silent_resolver_ends_at_the_step_deadline() {
        let net = FakeNet::new().name("pc.corp.test", Duration::ZERO, None);
        let start = Instant::now();
        let deadline = Deadline::after(Duration::from_secs(10));
        let dns = resolve(&net.io(), "pc.corp.test", Duration::from_secs(3), &deadline).await;
        assert_eq!(start.elapsed(), Duration::from_secs(3));
        assert_eq!((dns.outcome, dns.elapsed_ms), (DnsOutcome::Timeout, 3000));
    }

    #[tokio::test(start_paused = true)]
    async fn an_answer_is_timed() {
        let address: IpAddr = [192, 0, 2, 7].into();
        let net = FakeNet::new().name(
            "pc.corp.test",
            Duration::from_millis(42),
            Some(DnsOutcome::Resolved {
                addresses: vec![address],
            }),
        );
        let deadline = Deadline::after(Duration::from_secs(10));
        let dns = resolve(&net.io(), "pc.corp.test", Duration::from_secs(3), &deadline).await;
        assert_eq!(dns.elapsed_ms, 42);
        assert_eq!(dns.outcome.addresses(), vec![address]);
    }
}

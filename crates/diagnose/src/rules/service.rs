//! What listens instead of Remote Desktop (issue 12): judged from `Evidence.service`, the fresh
//! connections the probe opens when the port gave no Remote Desktop answer.
//!
//! Only positive evidence names a service: a greeting, an HTTP answer, a TLS record where
//! plain text was sent, or any other text or bytes a Remote Desktop server would never send.
//! Silence and hang-ups name nothing: a slow, busy or refusing Remote Desktop server is silent
//! or hangs up too. Then the negotiation's own finding stays, and says what was tried.
//!
//! Inside TLS only words count (HTTP, a greeting, text): a Windows host that takes a TLS
//! handshake without the negotiation first (MS-RDPBCGR 5.4.2.2, the "direct approach") may
//! answer the request with binary CredSSP.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{
    Area, Audience, CertificateEvidence, Evidence, Finding, ServiceAnswer, ServiceEvidence,
    ServiceProbe, ServiceProbeKind, Severity, TlsOutcome,
};
use serde_json::{Map, Value};

use crate::finding::{FindingExt, finding};
use crate::shell::HostName;
use crate::words::{capitalise, list};
use crate::{Context, fixes, t};

/// The negotiation's findings for a port that gave no Remote Desktop answer: the ones the
/// identification refines.
const REFINED: [&str; 3] = [ids::RDP_NO_RESPONSE, ids::RDP_DENIED, ids::RDP_NOT_RDP];

/// Replaces the negotiation's failure with `rdp.not_rdp` naming what answered, or with
/// `rdp.is_a_gateway`; without positive evidence, adds what was tried to that failure.
pub(crate) fn what_listens(evidence: &Evidence, ctx: &Context<'_>, out: &mut [Finding]) {
    let Some(service) = &evidence.service else {
        return;
    };
    let Some(failure) = out
        .iter_mut()
        .find(|f| f.area == Area::Rdp && REFINED.contains(&f.id.as_str()))
    else {
        return;
    };
    let tried = tried_evidence(service);
    *failure = match listener(service) {
        Some(Listener::Gateway { schemes, server }) => {
            gateway_finding(failure, ctx, &schemes, server, service)
        }
        Some(named) => named_finding(failure, ctx, &named, service),
        None => {
            let mut f = failure.clone();
            f.detail = format!("{} {}", f.detail, tried_words(service));
            f
        }
    }
    .ev("tried", tried)
    .ev("identification_ms", service.elapsed_ms);
}

/// What the identification proves, strongest first.
#[derive(Debug, PartialEq)]
enum Listener<'a> {
    Gateway {
        schemes: Vec<&'a str>,
        server: Option<&'a str>,
    },
    Greeting {
        protocol: &'a str,
        line: &'a str,
    },
    Web {
        secure: bool,
        status: u16,
        reason: &'a str,
        server: Option<&'a str>,
    },
    /// A TLS record in answer to plain text.
    TlsOnly {
        alert: Option<&'a str>,
    },
    Text {
        line: &'a str,
    },
    Binary {
        first_bytes_hex: &'a str,
    },
}

fn answer(service: &ServiceEvidence, kind: ServiceProbeKind) -> Option<&ServiceAnswer> {
    service.probe(kind).map(|p| &p.answer)
}

fn listener(service: &ServiceEvidence) -> Option<Listener<'_>> {
    use ServiceProbeKind::{Gateway, Http, Listen, Tls};
    // Remote Desktop's own framing on any connection: it is Remote Desktop, whatever else.
    if service
        .probes
        .iter()
        .any(|p| matches!(p.answer, ServiceAnswer::Rdp))
    {
        return None;
    }
    let web_status = |kind| match answer(service, kind) {
        Some(ServiceAnswer::Http { status, .. }) => Some(*status),
        _ => None,
    };
    // A gateway answers its request 401 with sign-in schemes. A site that asks every visitor
    // to sign in would too, so `HEAD /` must not have been asked to sign in as well.
    if let Some(ServiceAnswer::Http {
        status: 401,
        auth_schemes,
        server,
        ..
    }) = answer(service, Gateway)
        && !auth_schemes.is_empty()
        && web_status(Tls) != Some(401)
    {
        return Some(Listener::Gateway {
            schemes: auth_schemes.iter().map(String::as_str).collect(),
            server: server.as_deref(),
        });
    }
    let plain = [Listen, Http];
    let inside_tls = [Tls, Gateway];
    let greeting = plain
        .iter()
        .chain(&inside_tls)
        .find_map(|&k| match answer(service, k) {
            Some(ServiceAnswer::Banner { protocol, line }) => Some(Listener::Greeting {
                protocol: protocol.as_str(),
                line: line.as_str(),
            }),
            _ => None,
        });
    if greeting.is_some() {
        return greeting;
    }
    // HTTPS before plain HTTP: an HTTPS port may answer plain text too ("400 The plain HTTP
    // request was sent to HTTPS port"). An HTTP answer to the ClientHello itself is plain.
    for kind in [Tls, Http, Gateway] {
        if let Some(p) = service.probe(kind)
            && let ServiceAnswer::Http {
                status,
                reason,
                server,
                ..
            } = &p.answer
        {
            return Some(Listener::Web {
                secure: established(p),
                status: *status,
                reason: reason.as_str(),
                server: server.as_deref(),
            });
        }
    }
    let on = |kinds: &[ServiceProbeKind], pick: &dyn Fn(&ServiceAnswer) -> Option<Listener<'_>>| {
        kinds
            .iter()
            .find_map(|&k| answer(service, k).and_then(pick))
    };
    on(&plain, &|a| match a {
        ServiceAnswer::TlsRecord { alert } => Some(Listener::TlsOnly {
            alert: alert.as_deref(),
        }),
        _ => None,
    })
    .or_else(|| {
        on(&[Listen, Http, Tls, Gateway], &|a| match a {
            ServiceAnswer::Text { line } => Some(Listener::Text {
                line: line.as_str(),
            }),
            _ => None,
        })
    })
    .or_else(|| {
        on(&plain, &|a| match a {
            ServiceAnswer::Binary { first_bytes_hex } => Some(Listener::Binary {
                first_bytes_hex: first_bytes_hex.as_str(),
            }),
            _ => None,
        })
    })
}

fn established(p: &ServiceProbe) -> bool {
    p.tls
        .as_ref()
        .is_some_and(|t| matches!(t.outcome, TlsOutcome::Established { .. }))
}

/// The certificate of the first connection whose TLS handshake worked.
fn certificate(service: &ServiceEvidence) -> Option<&CertificateEvidence> {
    service
        .probes
        .iter()
        .filter_map(|p| p.tls.as_ref())
        .find(|t| matches!(t.outcome, TlsOutcome::Established { .. }))
        .and_then(|t| t.certificate.as_ref())
}

/// The names a certificate is made out to: its DNS and IP names, else its common name.
fn certificate_names(c: &CertificateEvidence) -> Vec<String> {
    let mut names: Vec<String> = c.san_dns.iter().chain(&c.san_ip).cloned().collect();
    if names.is_empty() {
        names.extend(c.common_name.clone());
    }
    names
}

fn certificate_words(c: &CertificateEvidence) -> String {
    let names = certificate_names(c);
    let to = if names.is_empty() {
        t!(
            "rdp-service-certificate-subject",
            subject = c.subject.as_str()
        )
    } else {
        list(&names)
    };
    let by = if c.self_signed {
        t!("rdp-service-certificate-self")
    } else {
        t!("rdp-service-certificate-issuer", issuer = c.issuer.as_str())
    };
    t!("rdp-service-certificate", to = to, by = by)
}

fn protocol_words(protocol: &str) -> String {
    match protocol {
        "SSH" => t!("rdp-service-ssh"),
        "SMTP" => t!("rdp-service-smtp"),
        "SMTP or FTP" => t!("rdp-service-smtp_or_ftp"),
        "FTP" => t!("rdp-service-ftp"),
        "POP3" | "IMAP" => t!("rdp-service-mail", protocol = protocol),
        "VNC" => t!("rdp-service-vnc"),
        other => t!("rdp-service-other", protocol = other),
    }
}

impl Listener<'_> {
    /// "a web server (HTTP)": what answers, as a user would name it.
    fn words(&self) -> String {
        match self {
            Listener::Gateway { .. } => t!("rdp-service-gateway"),
            Listener::Greeting { protocol, .. } => protocol_words(protocol),
            Listener::Web { secure: true, .. } => t!("rdp-service-https"),
            Listener::Web { secure: false, .. } => t!("rdp-service-http"),
            Listener::TlsOnly { .. } => t!("rdp-service-tls_only"),
            Listener::Text { .. } => t!("rdp-service-text"),
            Listener::Binary { .. } => t!("rdp-service-binary"),
        }
    }

    /// What showed it, in a sentence.
    fn shown_by(&self) -> String {
        match self {
            Listener::Gateway { .. } => String::new(),
            Listener::Greeting { line, .. } => t!("rdp-service-shown-greeting", line = *line),
            Listener::Web {
                status,
                reason,
                server,
                ..
            } => {
                let status_line = format!("{status} {reason}");
                match server {
                    Some(s) => t!(
                        "rdp-service-shown-web_server",
                        status = status_line.trim(),
                        server = *s
                    ),
                    None => t!("rdp-service-shown-web", status = status_line.trim()),
                }
            }
            Listener::TlsOnly { alert: Some(a) } => t!("rdp-service-shown-tls_alert", alert = *a),
            Listener::TlsOnly { alert: None } => t!("rdp-service-shown-tls"),
            Listener::Text { line } => t!("rdp-service-shown-text", line = *line),
            Listener::Binary { first_bytes_hex } => {
                t!("rdp-service-shown-binary", bytes = *first_bytes_hex)
            }
        }
    }
}

fn named_finding(
    failure: &Finding,
    ctx: &Context<'_>,
    named: &Listener<'_>,
    service: &ServiceEvidence,
) -> Finding {
    let port = ctx.target.port;
    let words = named.words();
    let certificate = certificate(service);
    let forwarded = may_be_forwarded(service.address.ip());
    let elsewhere = if forwarded {
        t!("rdp-not_rdp-forwarded", port = port)
    } else {
        t!("rdp-not_rdp-moved")
    };
    let why = if port == rdp_doctor_model::DEFAULT_RDP_PORT {
        t!("rdp-not_rdp-default_port", elsewhere = elsewhere)
    } else {
        t!("rdp-not_rdp-other_port", elsewhere = elsewhere)
    };
    let detail = match certificate {
        Some(c) => t!(
            "rdp-not_rdp-service-certificate.detail",
            shown = named.shown_by(),
            certificate = certificate_words(c),
            why = why
        ),
        None => t!(
            "rdp-not_rdp-service.detail",
            shown = named.shown_by(),
            why = why
        ),
    };
    let mut f = finding(
        ids::RDP_NOT_RDP,
        Area::Rdp,
        Severity::Fail,
        Audience::User,
        t!(
            "rdp-not_rdp-service.title",
            service = capitalise(&words),
            port = port
        ),
        detail,
    );
    f.evidence = failure.evidence.clone();
    f.explains_error_code = failure.explains_error_code;
    let mut f = f.ev("service", words);
    f = match named {
        Listener::Greeting { protocol, line } => f.ev("protocol", *protocol).ev("greeting", *line),
        Listener::Web {
            secure,
            status,
            server,
            ..
        } => {
            let f = f.ev("https", *secure).ev("http_status", *status);
            match server {
                Some(s) => f.ev("server", *s),
                None => f,
            }
        }
        Listener::TlsOnly { alert: Some(a) } => f.ev("tls_alert", *a),
        Listener::Text { line } => f.ev("answer", *line),
        Listener::Binary { first_bytes_hex } => f.ev("first_bytes", *first_bytes_hex),
        Listener::TlsOnly { alert: None } | Listener::Gateway { .. } => f,
    };
    if let Some(c) = certificate {
        f = certificate_evidence(f, c);
    }
    f = f.fix(fixes::check_port(port));
    if forwarded {
        f = f.fix(fixes::check_port_forwarding(port));
    }
    f
}

/// Whether a router's port forwarding may stand between this computer and `ip`: only for an
/// internet address. A loopback, private (RFC 1918, RFC 4193), link-local or carrier-grade NAT
/// (RFC 6598, also VPNs such as Tailscale) address is reached without one.
fn may_be_forwarded(ip: std::net::IpAddr) -> bool {
    match ip {
        std::net::IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            let shared = a == 100 && (64..128).contains(&b);
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || shared)
        }
        std::net::IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return may_be_forwarded(std::net::IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            let unique_local = first & 0xfe00 == 0xfc00;
            let link_local = first & 0xffc0 == 0xfe80;
            !(v6.is_loopback() || v6.is_unspecified() || unique_local || link_local)
        }
    }
}

fn certificate_evidence(f: Finding, c: &CertificateEvidence) -> Finding {
    f.ev("certificate_subject", c.subject.as_str())
        .ev("certificate_names", certificate_names(c))
        .ev("certificate_issuer", c.issuer.as_str())
}

fn gateway_finding(
    failure: &Finding,
    ctx: &Context<'_>,
    schemes: &[&str],
    server: Option<&str>,
    service: &ServiceEvidence,
) -> Finding {
    let host = &ctx.target.host;
    let port = ctx.target.port;
    let address = if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    let schemes_words: Vec<String> = schemes.iter().map(|s| s.to_string()).collect();
    let mut f = finding(
        ids::RDP_IS_A_GATEWAY,
        Area::Rdp,
        Severity::Fail,
        Audience::User,
        t!("rdp-is_a_gateway.title"),
        t!(
            "rdp-is_a_gateway.detail",
            address = address,
            schemes = list(&schemes_words)
        ),
    );
    f.evidence = failure.evidence.clone();
    f.explains_error_code = failure.explains_error_code;
    let mut f = f
        .ev("service", t!("rdp-service-gateway"))
        .ev("auth_schemes", schemes_words);
    if let Some(s) = server {
        f = f.ev("server", s);
    }
    if let Some(c) = certificate(service) {
        f = certificate_evidence(f, c);
    }
    match HostName::parse(host) {
        Ok(name) => f.fix(fixes::use_as_gateway(&name, port)),
        Err(_) => f,
    }
}

/// Each connection and what it got, for IT.
fn tried_evidence(service: &ServiceEvidence) -> Value {
    let mut map = Map::new();
    for p in &service.probes {
        map.insert(
            format!("{} ({})", kind_name(p.kind), p.kind.sent()),
            Value::String(got_words(p)),
        );
    }
    Value::Object(map)
}

fn kind_name(kind: ServiceProbeKind) -> &'static str {
    match kind {
        ServiceProbeKind::Listen => "listen",
        ServiceProbeKind::Http => "http",
        ServiceProbeKind::Tls => "tls",
        ServiceProbeKind::Gateway => "gateway",
    }
}

fn seconds(ms: u64) -> String {
    t!(
        "rdp-service-seconds",
        seconds = format!("{:.1}", ms as f64 / 1000.0)
    )
}

/// What one connection got, in a few words.
fn got_words(p: &ServiceProbe) -> String {
    let tls = match p.tls.as_ref().map(|t| &t.outcome) {
        Some(TlsOutcome::Established { version, .. }) => format!("{version}, then "),
        // The server's answer to the ClientHello itself.
        Some(TlsOutcome::Failed { .. } | TlsOutcome::TimedOut { .. })
            if !matches!(p.answer, ServiceAnswer::NotAsked { .. }) =>
        {
            "no TLS: ".to_string()
        }
        _ => String::new(),
    };
    let answer = match &p.answer {
        ServiceAnswer::Http {
            status,
            reason,
            server,
            auth_schemes,
        } => {
            let mut words = format!("HTTP {status} {reason}").trim().to_string();
            if let Some(s) = server {
                words.push_str(&format!(", Server: {s}"));
            }
            if !auth_schemes.is_empty() {
                words.push_str(&format!(", sign-in: {}", auth_schemes.join(", ")));
            }
            words
        }
        ServiceAnswer::Banner { protocol, line } => format!("{protocol} greeting \"{line}\""),
        ServiceAnswer::TlsRecord { alert: Some(a) } => format!("a TLS alert ({a})"),
        ServiceAnswer::TlsRecord { alert: None } => "a TLS record".into(),
        ServiceAnswer::Rdp => "an answer in Remote Desktop's framing".into(),
        ServiceAnswer::Text { line } => format!("text \"{line}\""),
        ServiceAnswer::Binary { first_bytes_hex } => format!("bytes {first_bytes_hex}"),
        ServiceAnswer::Silent { waited_ms } => format!("nothing in {}", seconds(*waited_ms)),
        ServiceAnswer::Closed => "closed without a word".into(),
        ServiceAnswer::NotAsked { reason } => match p.tls.as_ref().map(|t| &t.outcome) {
            Some(TlsOutcome::Failed { message, .. }) => format!("{reason}: {message}"),
            Some(TlsOutcome::TimedOut { waited_ms }) => {
                format!("no TLS answer in {}", seconds(*waited_ms))
            }
            _ => reason.clone(),
        },
    };
    format!("{tls}{answer}")
}

/// The sentence added to a failure that nothing named: what was asked, and what came back.
fn tried_words(service: &ServiceEvidence) -> String {
    use ServiceProbeKind::{Gateway, Http, Listen, Tls};
    // The other connections were cut short by this answer: what they got proves nothing.
    if service
        .probes
        .iter()
        .any(|p| matches!(p.answer, ServiceAnswer::Rdp))
    {
        return t!("rdp-service-tried-rdp");
    }
    let mut parts: Vec<String> = Vec::new();
    let said = |kind| service.probe(kind).map(|p| &p.answer);
    match said(Listen) {
        Some(ServiceAnswer::Silent { waited_ms }) => parts.push(t!(
            "rdp-service-tried-greeting",
            waited = seconds(*waited_ms)
        )),
        Some(ServiceAnswer::Closed) => parts.push(t!("rdp-service-tried-closed")),
        _ => {}
    }
    match said(Http) {
        Some(ServiceAnswer::Silent { .. }) => parts.push(t!("rdp-service-tried-web_silent")),
        Some(ServiceAnswer::Closed) => parts.push(t!("rdp-service-tried-web_closed")),
        _ => {}
    }
    let tls = service.probe(Tls);
    match tls.and_then(|p| p.tls.as_ref()) {
        Some(t) if matches!(t.outcome, TlsOutcome::Established { .. }) => {
            let cert = t
                .certificate
                .as_ref()
                .map(|c| {
                    t!(
                        "rdp-service-tried-tls-certificate",
                        certificate = certificate_words(c)
                    )
                })
                .unwrap_or_default();
            let gateway = match said(Gateway) {
                Some(ServiceAnswer::Http { .. }) | None => String::new(),
                Some(_) => t!("rdp-service-tried-tls-gateway"),
            };
            parts.push(t!(
                "rdp-service-tried-tls",
                certificate = cert,
                gateway = gateway
            ));
        }
        Some(_) => parts.push(t!("rdp-service-tried-tls_failed")),
        None => {}
    }
    if parts.is_empty() {
        return String::new();
    }
    if tls.is_some_and(|p| {
        p.tls
            .as_ref()
            .is_some_and(|t| matches!(t.outcome, TlsOutcome::Established { .. }))
    }) {
        t!("rdp-service-tried-certificate", tried = list(&parts))
    } else {
        t!("rdp-service-tried", tried = list(&parts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe(kind: ServiceProbeKind, answer: ServiceAnswer) -> ServiceProbe {
        ServiceProbe {
            kind,
            tls: None,
            answer,
            elapsed_ms: 3,
        }
    }

    fn service(probes: Vec<ServiceProbe>) -> ServiceEvidence {
        ServiceEvidence {
            address: "127.0.0.1:3389".parse().expect("address"),
            probes,
            elapsed_ms: 5,
        }
    }

    fn http(status: u16, schemes: &[&str]) -> ServiceAnswer {
        ServiceAnswer::Http {
            status,
            reason: "R".into(),
            server: Some("nginx".into()),
            auth_schemes: schemes.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn established(mut p: ServiceProbe) -> ServiceProbe {
        p.tls = Some(rdp_doctor_model::ServiceTls {
            outcome: TlsOutcome::Established {
                version: "TLS 1.3".into(),
                cipher_suite: "x".into(),
            },
            certificate: None,
        });
        p
    }

    const SILENT: ServiceAnswer = ServiceAnswer::Silent { waited_ms: 3000 };

    #[test]
    fn port_forwarding_only_for_internet_addresses() {
        for (ip, forwarded) in [
            ("203.0.113.7", true),
            ("2001:db8::7", true),
            ("::ffff:198.51.100.1", true),
            ("127.0.0.1", false),
            ("10.0.0.5", false),
            ("172.16.4.1", false),
            ("192.168.1.20", false),
            ("169.254.3.3", false),
            ("100.101.102.103", false),
            ("::1", false),
            ("fd12:3456::1", false),
            ("fe80::1", false),
            ("::ffff:192.168.1.20", false),
        ] {
            let ip: std::net::IpAddr = ip.parse().expect("ip");
            assert_eq!(may_be_forwarded(ip), forwarded, "{ip}");
        }
    }

    #[test]
    fn positive_evidence_only() {
        use ServiceProbeKind::{Gateway, Http, Listen, Tls};
        // Silence and hang-ups everywhere, and a TLS handshake with nothing after it: nothing.
        let quiet = service(vec![
            probe(Listen, SILENT),
            probe(Http, ServiceAnswer::Closed),
            established(probe(Tls, SILENT)),
            established(probe(Gateway, ServiceAnswer::Closed)),
        ]);
        assert_eq!(listener(&quiet), None);
        // Binary inside TLS may be CredSSP from a Windows host: nothing.
        let credssp = service(vec![
            probe(Listen, SILENT),
            established(probe(
                Tls,
                ServiceAnswer::Binary {
                    first_bytes_hex: "3082".into(),
                },
            )),
        ]);
        assert_eq!(listener(&credssp), None);
        // Remote Desktop's framing anywhere outweighs everything.
        let rdp = service(vec![
            probe(Listen, ServiceAnswer::Rdp),
            probe(Http, http(400, &[])),
        ]);
        assert_eq!(listener(&rdp), None);
    }

    #[test]
    fn what_answered_is_named() {
        use ServiceProbeKind::{Gateway, Http, Listen, Tls};
        let ssh = service(vec![probe(
            Listen,
            ServiceAnswer::Banner {
                protocol: "SSH".into(),
                line: "SSH-2.0-x".into(),
            },
        )]);
        assert!(matches!(
            listener(&ssh),
            Some(Listener::Greeting {
                protocol: "SSH",
                ..
            })
        ));
        // HTTPS wins over the plain answer an HTTPS port gives to plain text.
        let https = service(vec![
            probe(Listen, SILENT),
            probe(Http, http(400, &[])),
            established(probe(Tls, http(200, &[]))),
            established(probe(Gateway, http(405, &[]))),
        ]);
        assert!(matches!(
            listener(&https),
            Some(Listener::Web {
                secure: true,
                status: 200,
                ..
            })
        ));
        let gateway = service(vec![
            established(probe(Tls, http(404, &[]))),
            established(probe(Gateway, http(401, &["Negotiate", "NTLM"]))),
        ]);
        assert_eq!(
            listener(&gateway),
            Some(Listener::Gateway {
                schemes: vec!["Negotiate", "NTLM"],
                server: Some("nginx")
            })
        );
        // A site that asks everyone to sign in is a web server, not a gateway.
        let intranet = service(vec![
            established(probe(Tls, http(401, &["Negotiate"]))),
            established(probe(Gateway, http(401, &["Negotiate"]))),
        ]);
        assert!(matches!(
            listener(&intranet),
            Some(Listener::Web { secure: true, .. })
        ));
        let alert = service(vec![probe(
            Http,
            ServiceAnswer::TlsRecord {
                alert: Some("unexpected_message".into()),
            },
        )]);
        assert!(matches!(listener(&alert), Some(Listener::TlsOnly { .. })));
        // Plain HTTP in answer to the ClientHello is a plain web server.
        let mut refused_tls = probe(Tls, http(400, &[]));
        refused_tls.tls = Some(rdp_doctor_model::ServiceTls {
            outcome: TlsOutcome::Failed {
                message: "corrupt message".into(),
                alert: None,
            },
            certificate: None,
        });
        let plain = service(vec![probe(Listen, SILENT), refused_tls]);
        assert!(matches!(
            listener(&plain),
            Some(Listener::Web { secure: false, .. })
        ));
        // xrdp answers a ClientHello with an X.224 disconnect: Remote Desktop, never named.
        let xrdp = service(vec![
            probe(Listen, SILENT),
            probe(Http, SILENT),
            probe(Tls, ServiceAnswer::Rdp),
        ]);
        assert_eq!(listener(&xrdp), None);
    }
}

//! The Remote Desktop Gateway: its web answers, its tunnel, and findings seen through it.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{
    Area, Audience, Evidence, Finding, GatewayHttp, Severity, TcpOutcome, TlsOutcome,
};
use serde_json::Value;

use super::reach::tcp_word;
use crate::Context;
use crate::finding::{FindingExt, finding};

pub(super) fn http_words(h: &GatewayHttp) -> String {
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
pub(super) fn gateway(evidence: &Evidence, out: &mut Vec<Finding>) {
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
pub(super) fn through_gateway(evidence: &Evidence, ctx: &Context<'_>, out: &mut [Finding]) {
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

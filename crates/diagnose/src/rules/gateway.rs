//! The Remote Desktop Gateway: its web answers, its tunnel, and findings seen through it.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{
    Area, Audience, Evidence, Finding, GatewayHttp, Severity, TcpOutcome, TlsOutcome,
};
use serde_json::Value;

use super::reach::tcp_word;
use crate::finding::{FindingExt, finding};
use crate::{Context, t};

pub(super) fn http_words(h: &GatewayHttp) -> String {
    match h {
        GatewayHttp::Answered {
            status,
            auth_schemes,
            ..
        } if auth_schemes.is_empty() => t!("gateway-http-status", status = *status),
        GatewayHttp::Answered {
            status,
            auth_schemes,
            ..
        } => t!(
            "gateway-http-status_auth",
            status = *status,
            schemes = auth_schemes.join(", ")
        ),
        GatewayHttp::ClosedWithoutAnswer => t!("gateway-http-closed"),
        GatewayHttp::NoAnswer { waited_ms } => t!("gateway-http-no_answer", ms = *waited_ms),
        GatewayHttp::NotHttp { reason } => t!("gateway-http-not_http", reason = reason),
        GatewayHttp::Failed { message } => t!("gateway-http-failed", message = message),
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
            t!("gateway-unreachable-no_name", host = &g.host)
        } else {
            g.tcp.as_ref().map_or_else(
                || t!("gateway-unreachable-not_tried"),
                |t| {
                    t!(
                        "gateway-unreachable-port",
                        port = g.port,
                        outcome = tcp_word(&t.outcome)
                    )
                },
            )
        };
        out.push(f(
            ids::GATEWAY_UNREACHABLE,
            Severity::Fail,
            Audience::It,
            t!("gateway-unreachable.title", host = &g.host),
            t!("gateway-unreachable.detail", name = &name, why = why),
        ));
        return;
    }
    let established = g
        .tls
        .as_ref()
        .is_some_and(|t| matches!(t.outcome, TlsOutcome::Established { .. }));
    if !established {
        let why = g.tls.as_ref().map_or_else(
            || t!("gateway-unreachable-tls-none"),
            |t| match &t.outcome {
                TlsOutcome::Failed { message, .. } => {
                    t!("gateway-unreachable-tls-failed", message = message)
                }
                TlsOutcome::TimedOut { .. } => t!("gateway-unreachable-tls-timed_out"),
                TlsOutcome::Established { .. } => String::new(),
            },
        );
        out.push(f(
            ids::GATEWAY_UNREACHABLE,
            Severity::Fail,
            Audience::It,
            t!("gateway-unreachable-tls.title", host = &g.host),
            t!("gateway-unreachable-tls.detail", why = why),
        ));
        return;
    }
    if let Some(error) = g.tls.as_ref().filter(|t| !t.trusted).map(|t| {
        t.trust_error
            .clone()
            .unwrap_or_else(|| t!("gateway-cert_invalid-not_trusted"))
    }) {
        out.push(
            f(
                ids::GATEWAY_CERT_INVALID,
                Severity::Fail,
                Audience::It,
                t!("gateway-cert_invalid.title", error = &error),
                t!("gateway-cert_invalid.detail"),
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
                    t!("gateway-ok.title", host = &g.host),
                    t!(
                        "gateway-ok.detail",
                        schemes = if auth_schemes.is_empty() {
                            t!("gateway-ok-no_method")
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
                    t!("gateway-websocket.title"),
                    t!("gateway-websocket.detail"),
                ));
            }
        }
        // Took the connection and the handshake, then said nothing: a hung or overloaded gateway
        // rather than the wrong server.
        Some(GatewayHttp::NoAnswer { waited_ms }) => out.push(f(
            ids::GATEWAY_NO_ANSWER,
            Severity::Fail,
            Audience::It,
            t!("gateway-no_answer.title", host = &g.host),
            t!("gateway-no_answer.detail", ms = *waited_ms),
        )),
        Some(other) => out.push(f(
            ids::GATEWAY_NOT_A_GATEWAY,
            Severity::Fail,
            Audience::It,
            t!("gateway-not_a_gateway.title", host = &g.host),
            t!("gateway-not_a_gateway.detail", answer = http_words(other)),
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
            f.title = t!("gateway-through.title", title = &f.title);
            f.detail = t!(
                "gateway-through.detail",
                gateway = &g.host,
                detail = &f.detail
            );
        }
    }
}

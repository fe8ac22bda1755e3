//! This computer's Remote Desktop setup, judged against what the remote PC showed: installed
//! apps, the CredSSP "encryption oracle" policy, the clock, saved sign-ins for the target.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{
    Area, Audience, CredsspVersion, EncryptionOracle, Evidence, Finding, GatewayHttp, Severity,
};
use serde_json::Value;

use crate::Context;
use crate::finding::{FindingExt, finding};
use crate::fixes;
use crate::shell::HostName;
use crate::{t, words};

/// Clocks further apart than this break Kerberos sign-in (its default tolerance).
const CLOCK_TOLERANCE_S: i64 = 5 * 60;

pub fn client(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    clock(evidence, ctx, out);
    let Some(client) = &evidence.client else {
        return;
    };
    if let Some(apps) = client.rdp_apps.value() {
        let names: Vec<String> = apps.iter().map(|a| a.name.clone()).collect();
        let mut unique = names.clone();
        unique.dedup();
        let f = if apps.is_empty() {
            // Info, not a warning: apps installed as Flatpak, Snap or in odd places are not found.
            finding(
                ids::CLIENT_RDP_APPS,
                Area::Client,
                Severity::Info,
                Audience::User,
                t!("client-rdp_apps-none.title"),
                t!("client-rdp_apps-none.detail"),
            )
            .fix(fixes::open_store_app())
        } else {
            finding(
                ids::CLIENT_RDP_APPS,
                Area::Client,
                Severity::Info,
                Audience::User,
                t!("client-rdp_apps.title", apps = words::list(&unique)),
                t!("client-rdp_apps.detail"),
            )
        };
        out.push(
            f.ev(
                "apps",
                apps.iter()
                    .map(|a| serde_json::json!({"name": a.name, "location": a.location}))
                    .collect::<Value>(),
            ),
        );
    }
    if let Some(policy) = client.credssp_policy.value() {
        credssp(*policy, evidence, out);
    }
    if let Some(saved) = client.saved_credentials.value() {
        let host = &ctx.target.host;
        if let Some(name) = saved.iter().find(|t| t.eq_ignore_ascii_case(host)) {
            let mut f = finding(
                ids::CLIENT_SAVED_CREDENTIALS,
                Area::Client,
                Severity::Info,
                Audience::User,
                t!("client-saved_credentials.title", name = name),
                t!("client-saved_credentials.detail"),
            )
            .ev("target", format!("TERMSRV/{name}"));
            // A name from the credential store is outside data: only a valid one reaches a command.
            if let Ok(valid) = HostName::parse(name) {
                f = f.fix(fixes::forget_saved_credentials(&valid));
            }
            out.push(f);
        }
    }
}

/// Not set is "Mitigated", the default since May 2018; another number reads as it too.
fn credssp(policy: Option<EncryptionOracle>, evidence: &Evidence, out: &mut Vec<Finding>) {
    let server_unpatched = evidence
        .nla
        .as_ref()
        .and_then(|n| n.server_version)
        .map(CredsspVersion::lacks_oracle_fix);
    let value = policy.unwrap_or(EncryptionOracle::Mitigated);
    let name = t!("client-credssp_policy-name", value = value.code());
    let set = policy.map_or(Value::Null, Value::from);
    let f = match (value, server_unpatched) {
        (v, Some(true)) if v.refuses_unpatched_servers() => finding(
            ids::CLIENT_CREDSSP_POLICY,
            Area::Client,
            Severity::Warn,
            Audience::It,
            t!("client-credssp_policy-unpatched_server.title"),
            t!(
                "client-credssp_policy-unpatched_server.detail",
                name = &name
            ),
        )
        .fix(fixes::credssp_policy()),
        (EncryptionOracle::Vulnerable, _) => finding(
            ids::CLIENT_CREDSSP_POLICY,
            Area::Client,
            Severity::Warn,
            Audience::It,
            t!("client-credssp_policy-vulnerable.title"),
            t!("client-credssp_policy-vulnerable.detail"),
        ),
        _ => finding(
            ids::CLIENT_CREDSSP_POLICY,
            Area::Client,
            Severity::Info,
            Audience::It,
            t!("client-credssp_policy.title", name = &name),
            t!("client-credssp_policy.detail"),
        ),
    };
    out.push(
        f.ev("AllowEncryptionOracle", set).ev(
            "server_credssp_version",
            evidence
                .nla
                .as_ref()
                .and_then(|n| n.server_version)
                .map_or(Value::Null, Value::from),
        ),
    );
}

/// When the remote PC's clock and ours differ, the gateway's clock (its HTTP `Date`) tells
/// whose is wrong: if it agrees with the PC, it is ours.
fn clock(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let server_skew = evidence
        .nla
        .as_ref()
        .and_then(|n| n.identity.as_ref())
        .and_then(|i| i.clock_skew_seconds);
    let gateway_skew = evidence
        .gateway
        .as_ref()
        .and_then(|g| g.http.as_ref())
        .and_then(|h| match h {
            GatewayHttp::Answered { date_unix, .. } => date_unix.map(|d| d - ctx.now_unix),
            _ => None,
        });
    let off = |s: Option<i64>| s.filter(|s| s.abs() > CLOCK_TOLERANCE_S);
    let (skew, witness) = match (off(server_skew), off(gateway_skew)) {
        (Some(s), Some(g)) if s.signum() == g.signum() => (s, "both"),
        (None, Some(g)) if server_skew.is_none() => (g, "gateway"),
        _ => return,
    };
    let direction = if skew > 0 { "behind" } else { "ahead" };
    out.push(
        finding(
            ids::CLIENT_CLOCK,
            Area::Client,
            Severity::Warn,
            Audience::User,
            t!(
                "client-clock.title",
                span = words::span(skew.abs()),
                direction = direction,
                witness = witness
            ),
            t!("client-clock.detail"),
        )
        .ev("clock_skew_seconds", skew),
    );
}

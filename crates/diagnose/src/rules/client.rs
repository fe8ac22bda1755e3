//! This computer's Remote Desktop setup, judged against what the remote PC showed: installed
//! apps, the CredSSP "encryption oracle" policy, the clock, saved sign-ins for the target.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{Area, Audience, Evidence, Finding, GatewayHttp, Severity};
use serde_json::Value;

use crate::Context;
use crate::finding::{FindingExt, finding};
use crate::fixes;
use crate::shell::HostName;
use crate::words;

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
                "No Remote Desktop app was found on this computer".into(),
                "You need a Remote Desktop app to connect: Microsoft's Windows App on Windows and \
                 macOS, FreeRDP or Remmina on Linux."
                    .into(),
            )
            .fix(fixes::open_store_app())
        } else {
            finding(
                ids::CLIENT_RDP_APPS,
                Area::Client,
                Severity::Info,
                Audience::User,
                format!(
                    "Remote Desktop apps on this computer: {}",
                    words::list(&unique)
                ),
                "Any of them can connect.".into(),
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
                format!("This computer has a saved sign-in for {name}"),
                "Remote Desktop uses it without asking. If your password changed, the saved one \
                 fails every time: remove it and sign in again."
                    .into(),
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

/// 0 "Force updated clients", 1 "Mitigated" (the default since May 2018), 2 "Vulnerable".
fn credssp(policy: Option<u32>, evidence: &Evidence, out: &mut Vec<Finding>) {
    let server_unpatched = evidence
        .nla
        .as_ref()
        .and_then(|n| n.server_version)
        .map(|v| v < 5);
    let value = policy.unwrap_or(1);
    let name = match value {
        0 => "Force updated clients",
        2 => "Vulnerable",
        _ => "Mitigated",
    };
    let set = policy.map_or(Value::Null, Value::from);
    let f = match (value, server_unpatched) {
        (0 | 1, Some(true)) => finding(
            ids::CLIENT_CREDSSP_POLICY,
            Area::Client,
            Severity::Warn,
            Audience::It,
            "This computer refuses to sign in to the remote PC because the remote PC misses a \
             2018 security update"
                .into(),
            format!(
                "This computer's \"Encryption Oracle Remediation\" policy is \"{name}\", and the \
                 remote PC's sign-in (CredSSP) predates the fix for CVE-2018-0886. The real fix is \
                 to update the remote PC."
            ),
        )
        .fix(fixes::credssp_policy()),
        (2, _) => finding(
            ids::CLIENT_CREDSSP_POLICY,
            Area::Client,
            Severity::Warn,
            Audience::It,
            "This computer still allows sign-in to PCs without the 2018 CredSSP update".into(),
            "Its \"Encryption Oracle Remediation\" policy is \"Vulnerable\", a setting meant only \
             as a stop-gap. Undo it once the remote PCs are updated."
                .into(),
        ),
        _ => finding(
            ids::CLIENT_CREDSSP_POLICY,
            Area::Client,
            Severity::Info,
            Audience::It,
            format!("This computer's CredSSP policy is \"{name}\""),
            "It signs in to updated remote PCs and refuses ones without the 2018 fix.".into(),
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
        (Some(s), Some(g)) if s.signum() == g.signum() => (s, "the remote PC and the gateway"),
        (None, Some(g)) if server_skew.is_none() => (g, "the gateway"),
        _ => return,
    };
    let direction = if skew > 0 { "behind" } else { "ahead of" };
    out.push(
        finding(
            ids::CLIENT_CLOCK,
            Area::Client,
            Severity::Warn,
            Audience::User,
            format!(
                "This computer's clock is {} {direction} {witness}",
                words::span(skew.abs())
            ),
            "Sign-in and certificates depend on the time. Set this computer's clock to the \
             correct time (Settings > Time & language > Set time automatically)."
                .into(),
        )
        .ev("clock_skew_seconds", skew),
    );
}

//! The PC's certificate: dates, names, who issued it.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{
    Area, Audience, CertificateEvidence, Evidence, Finding, HostKind, Severity,
};

use crate::finding::{FindingExt, finding};
use crate::words::{capitalise, date, list, relative_days};
use crate::{Context, fixes, t};

pub(super) const EXPIRY_WARNING_DAYS: i64 = 14;

pub(super) fn certificate(evidence: &Evidence, ctx: &Context<'_>, out: &mut Vec<Finding>) {
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
                t!("cert-expired.title", date = date(c.not_after_unix)),
                t!(
                    "cert-expired.detail",
                    when = relative_days(now, c.not_after_unix)
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
            t!("cert-not_yet_valid.title", date = date(c.not_before_unix)),
            t!("cert-not_yet_valid.detail"),
        ));
    } else if c.not_after_unix - now < EXPIRY_WARNING_DAYS * 86_400 {
        out.push(
            f(
                ids::CERT_EXPIRES_SOON,
                Severity::Warn,
                Audience::It,
                t!(
                    "cert-expires_soon.title",
                    when = relative_days(now, c.not_after_unix)
                ),
                t!("cert-expires_soon.detail", date = date(c.not_after_unix)),
            )
            .fix(fixes::renew_certificate()),
        );
    }
    if c.self_signed {
        out.push(f(
            ids::CERT_SELF_SIGNED,
            Severity::Info,
            Audience::User,
            t!("cert-self_signed.title"),
            t!("cert-self_signed.detail"),
        ));
    }
    if !c.name_matches {
        let mut names: Vec<String> = c.san_dns.clone();
        names.extend(c.san_ip.iter().cloned());
        if names.is_empty() {
            names.extend(c.common_name.clone());
        }
        let names = if names.is_empty() {
            t!("cert-name_mismatch-no_name")
        } else {
            list(&names)
        };
        let by_address = ctx.target.kind != HostKind::Name;
        out.push(f(
            ids::CERT_NAME_MISMATCH,
            Severity::Warn,
            Audience::User,
            t!("cert-name_mismatch.title", names = names),
            if by_address {
                t!("cert-name_mismatch-address.detail", name = &c.checked_name)
            } else {
                t!("cert-name_mismatch.detail", name = &c.checked_name)
            },
        ));
    }
    let mut weak = Vec::new();
    if c.weak_signature {
        weak.push(t!(
            "cert-weak-signature",
            algorithm = &c.signature_algorithm
        ));
    }
    if c.public_key_algorithm == "RSA" && c.key_bits.is_some_and(|b| b < 2048) {
        weak.push(t!("cert-weak-key", bits = c.key_bits.unwrap_or_default()));
    }
    if c.server_auth_usage == Some(false) {
        weak.push(t!("cert-weak-usage"));
    }
    if !weak.is_empty() {
        out.push(f(
            ids::CERT_WEAK,
            Severity::Warn,
            Audience::It,
            t!("cert-weak.title"),
            t!("cert-weak.detail", reasons = capitalise(&list(&weak))),
        ));
    }
}

pub(super) fn cert_evidence(f: Finding, c: &CertificateEvidence) -> Finding {
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
                c.key_bits
                    .map(|b| t!("cert-evidence-key_bits", bits = b))
                    .unwrap_or_default()
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

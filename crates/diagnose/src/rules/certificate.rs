//! The PC's certificate: dates, names, who issued it.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{
    Area, Audience, CertificateEvidence, Evidence, Finding, HostKind, Severity,
};

use crate::finding::{FindingExt, finding};
use crate::words::{capitalise, date, list, relative_days};
use crate::{Context, fixes};

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

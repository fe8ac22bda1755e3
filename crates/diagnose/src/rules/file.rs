//! The `.rdp` file's settings and the lines we could not use.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{Area, Audience, Finding, Severity};

use crate::finding::{FindingExt, finding};
use crate::{Context, t};

pub(super) fn file_settings(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(settings) = &ctx.target.file_settings else {
        return;
    };
    skipped_lines(ctx, settings, out);
    let file = match &ctx.target.source {
        rdp_doctor_model::TargetSource::RdpFile { file } => file.clone(),
        rdp_doctor_model::TargetSource::Typed => return,
    };
    let seen: Vec<String> = out.iter().map(|f| f.id.clone()).collect();
    let has = |id: &str| seen.iter().any(|s| s == id);
    if settings.enable_credssp == Some(0) && has(ids::RDP_NLA_REQUIRED) {
        out.push(
            finding(
                ids::INPUT_RDP_FILE_DISABLES_NLA,
                Area::Input,
                Severity::Fail,
                Audience::It,
                t!("input-rdp_file_disables_nla.title"),
                t!("input-rdp_file_disables_nla.detail"),
            )
            .ev("file", file.as_str())
            .ev("setting", "enablecredsspsupport:i:0"),
        );
    }
    let untrusted =
        has(ids::CERT_SELF_SIGNED) || has(ids::CERT_NAME_MISMATCH) || has(ids::CERT_EXPIRED);
    if settings.authentication_level == Some(1) && untrusted {
        out.push(
            finding(
                ids::INPUT_RDP_FILE_REQUIRES_TRUSTED_CERTIFICATE,
                Area::Input,
                Severity::Fail,
                Audience::It,
                t!("input-rdp_file_requires_trusted_certificate.title"),
                t!("input-rdp_file_requires_trusted_certificate.detail"),
            )
            .ev("file", file.as_str())
            .ev("setting", "authentication level:i:1"),
        );
    }
}

/// Lines of a `.rdp` file (or parts of an `rdp://` link) that are not settings: passed over
/// as mstsc passes over them, and named so IT can correct the file. Never their values.
pub(super) fn skipped_lines(
    ctx: &Context<'_>,
    settings: &rdp_doctor_model::RdpFileSettings,
    out: &mut Vec<Finding>,
) {
    if settings.skipped_count == 0 && settings.skipped_lines.is_empty() {
        return;
    }
    let count = settings.skipped_count.max(settings.skipped_lines.len());
    let (source, title) = match &ctx.target.source {
        rdp_doctor_model::TargetSource::RdpFile { file } => (
            file.clone(),
            t!("input-rdp_file_lines_skipped-file.title", count = count),
        ),
        rdp_doctor_model::TargetSource::Typed => (
            t!("input-rdp_file_lines_skipped-link_source"),
            t!("input-rdp_file_lines_skipped-link.title", count = count),
        ),
    };
    let shown: Vec<String> = settings.skipped_lines.iter().take(5).cloned().collect();
    let more = count.saturating_sub(shown.len());
    let listed = if more > 0 {
        t!(
            "input-rdp_file_lines_skipped-more",
            shown = shown.join("; "),
            more = more
        )
    } else {
        shown.join("; ")
    };
    out.push(
        finding(
            ids::INPUT_RDP_FILE_LINES_SKIPPED,
            Area::Input,
            Severity::Info,
            Audience::It,
            title,
            t!("input-rdp_file_lines_skipped.detail", listed = listed),
        )
        .ev("file", source.as_str())
        .ev("skipped_count", count)
        .ev("skipped_lines", settings.skipped_lines.clone()),
    );
}

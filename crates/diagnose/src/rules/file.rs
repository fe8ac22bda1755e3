//! The `.rdp` file's settings and the lines we could not use.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{Area, Audience, Finding, Severity};

use crate::Context;
use crate::finding::{FindingExt, finding};

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
                "Your Remote Desktop file turns off sign-in before connecting, which the remote PC requires".into(),
                "The file says \"enablecredsspsupport:i:0\", so the Remote Desktop app never uses \
                 Network Level Authentication, and this remote PC accepts nothing else. Ask IT for a \
                 corrected file, or change that line to \"enablecredsspsupport:i:1\"."
                    .into(),
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
                "Your Remote Desktop file refuses the remote PC's certificate".into(),
                "The file says \"authentication level:i:1\" (do not connect unless the remote PC \
                 proves who it is with a trusted certificate), but the remote PC's certificate is \
                 self-made, expired or made out to another name. IT can give the PC a trusted \
                 certificate, or the line can be changed to \"authentication level:i:2\" (warn)."
                    .into(),
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
    let (source, what, lines) = match &ctx.target.source {
        rdp_doctor_model::TargetSource::RdpFile { file } => {
            (file.as_str(), "Remote Desktop file", "line")
        }
        rdp_doctor_model::TargetSource::Typed => ("rdp:// link", "rdp:// link", "part"),
    };
    let title = if count == 1 {
        format!("1 {lines} of the {what} is not a setting and was skipped")
    } else {
        format!("{count} {lines}s of the {what} are not settings and were skipped")
    };
    let shown: Vec<String> = settings.skipped_lines.iter().take(5).cloned().collect();
    let more = count.saturating_sub(shown.len());
    let listed = if more > 0 {
        format!("{} and {more} more", shown.join("; "))
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
            format!(
                "Remote Desktop passes over what it cannot read, and so did this check:                  {listed}. If one of them was meant to set something (a port, a gateway), IT                  should correct it."
            ),
        )
        .ev("file", source)
        .ev("skipped_count", count)
        .ev("skipped_lines", settings.skipped_lines.clone()),
    );
}

//! What the user told us besides the PC: the error code their Remote Desktop app showed.

use rdp_doctor_model::finding_id as ids;

use rdp_doctor_model::{Area, Audience, Finding, Severity};

use crate::finding::{FindingExt, finding};
use crate::{Context, error_codes, t};

pub(super) fn error_code(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(code) = ctx.error_code else { return };
    let f = match error_codes::lookup(code) {
        Some((meaning, _)) => finding(
            ids::INPUT_ERROR_CODE,
            Area::Input,
            Severity::Info,
            Audience::User,
            t!(
                "input-error_code.title",
                code = code.to_string(),
                meaning = meaning
            ),
            t!("input-error_code.detail"),
        ),
        None => finding(
            ids::INPUT_ERROR_CODE_UNKNOWN,
            Area::Input,
            Severity::Info,
            Audience::User,
            t!("input-error_code_unknown.title", code = code.to_string()),
            t!("input-error_code_unknown.detail"),
        ),
    };
    out.push(f.ev("error_code", code.to_string()));
}

//! Ranking in one place: the findings that explain the user's error code first, then those
//! that lead (the first unreached step), then by severity and area.

use rdp_doctor_model::{Finding, Severity};

use crate::{Context, error_codes};

pub(crate) fn rank(findings: &mut [Finding], ctx: &Context<'_>) {
    let explained: Vec<&str> = ctx
        .error_code
        .and_then(error_codes::lookup)
        .map(|e| e.findings)
        .unwrap_or_default();
    for f in findings.iter_mut() {
        f.explains_error_code = f.severity >= Severity::Warn && explained.contains(&f.id.as_str());
    }
    let unreached = crate::report::unreached(findings);
    findings.sort_by_key(|f| {
        let explains_rank = if f.explains_error_code {
            explained
                .iter()
                .position(|id| *id == f.id)
                .unwrap_or(usize::MAX)
        } else {
            usize::MAX
        };
        let leads = crate::report::leads(f, unreached);
        (explains_rank, !leads, std::cmp::Reverse(f.severity), f.area)
    });
}

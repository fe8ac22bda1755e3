//! The one way a finding is made: its id checked against the vocabulary, its evidence and
//! fixes added in a chain.

use rdp_doctor_model::finding_id as ids;
use rdp_doctor_model::{Area, Audience, Finding, Fix, Severity};
use serde_json::{Map, Value};

pub(crate) fn finding(
    id: &str,
    area: Area,
    severity: Severity,
    audience: Audience,
    title: String,
    detail: String,
) -> Finding {
    debug_assert!(ids::ALL.contains(&id), "{id} is not in model::finding_id");
    Finding {
        id: id.to_string(),
        area,
        severity,
        title,
        detail,
        audience,
        evidence: Map::new(),
        fixes: Vec::new(),
        explains_error_code: false,
    }
}

pub(crate) trait FindingExt {
    fn ev(self, key: &str, value: impl Into<Value>) -> Self;
    fn fix(self, fix: Fix) -> Self;
}

impl FindingExt for Finding {
    fn ev(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.evidence.insert(key.to_string(), value.into());
        self
    }
    fn fix(mut self, fix: Fix) -> Self {
        self.fixes.push(fix);
        self
    }
}

/// The findings `rules` makes, worded in the current language, with their evidence as English
/// words it: evidence is data for IT and scripts (a JSON report's evidence reads the same in
/// every language), while a few rules put a worded phrase in it ("5 of 5", "timed out").
pub(crate) fn with_neutral_evidence(rules: impl Fn() -> Vec<Finding>) -> Vec<Finding> {
    let mut findings = rules();
    if crate::catalogue::language() == "en" {
        return findings;
    }
    let english = crate::catalogue::with_language("en", rules);
    for (finding, english) in findings.iter_mut().zip(english) {
        if finding.id == english.id {
            finding.evidence = english.evidence;
        }
    }
    findings
}

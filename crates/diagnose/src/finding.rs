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

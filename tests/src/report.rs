//! Reading a report's JSON in assertions: finding ids, one finding, a row's status, the budget.

use serde_json::Value;

/// The default whole-check budget (ARCHITECTURE.md "Time budget").
pub const BUDGET_MS: u64 = 10_000;

/// The finding ids of a report, in its order.
pub fn ids(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|f| f["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The finding `id`; panics with every id and the evidence when it is missing.
pub fn finding<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["findings"]
        .as_array()
        .and_then(|a| a.iter().find(|f| f["id"] == id))
        .unwrap_or_else(|| {
            panic!(
                "no {id} in {:?}; evidence: {}",
                ids(report),
                report["evidence"]
            )
        })
}

/// The status of the checklist row `area` ("missing" when there is none).
pub fn row(report: &Value, area: &str) -> String {
    report["checks"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["area"] == area))
        .and_then(|r| r["status"].as_str())
        .unwrap_or("missing")
        .to_string()
}

/// The whole check took no longer than its default budget.
pub fn assert_within_budget(report: &Value) {
    let ms = report["duration_ms"].as_u64().unwrap_or(u64::MAX);
    assert!(ms <= BUDGET_MS, "the check took {ms} ms, over its budget");
}

/// A one-line message of `crates/diagnose/messages/<language>.ftl` (`key = text`), read from
/// the file so a test follows the words instead of copying them.
pub fn message(language: &str, key: &str) -> String {
    let path = format!(
        "{}/../crates/diagnose/messages/{language}.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key} = ")).map(str::to_string))
        .unwrap_or_else(|| panic!("no {key} in {path}"))
}

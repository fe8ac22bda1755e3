//! The plain-text report: a checklist with ✓ ! ✗, then the findings with evidence and fixes.
//! Colours only when asked (the CLI asks when writing to a terminal).

use std::fmt::Write;

use rdp_doctor_model::{Audience, Fix, Place, Report, Severity, Shell};
use serde_json::Value;

fn icon(s: Severity) -> &'static str {
    match s {
        Severity::Ok => "✓",
        Severity::Info => "i",
        Severity::Warn => "!",
        Severity::Fail => "✗",
        Severity::Skipped => "-",
    }
}

fn paint(s: Severity, text: &str, color: bool) -> String {
    if !color {
        return text.to_string();
    }
    let code = match s {
        Severity::Ok => "32",
        Severity::Info => "36",
        Severity::Warn => "33",
        Severity::Fail => "31",
        Severity::Skipped => "90",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(value_text).collect::<Vec<_>>().join(", "),
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{k}: {}", value_text(v)))
            .collect::<Vec<_>>()
            .join("; "),
        Value::Null => "—".into(),
        other => other.to_string(),
    }
}

fn shell_name(s: Shell) -> &'static str {
    match s {
        Shell::Powershell => "PowerShell",
        Shell::Cmd => "Command Prompt",
        Shell::Sh => "Shell",
    }
}

fn indent(text: &str, prefix: &str) -> String {
    text.lines()
        .map(|l| format!("{prefix}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn write_fix(out: &mut String, fix: &Fix) {
    let mut whom = vec![match fix.place {
        Place::ThisComputer => "on this computer",
        Place::RemoteComputer => "on the remote PC",
    }];
    if fix.needs_admin {
        whom.push("as administrator");
    }
    if fix.audience == Audience::It {
        whom.insert(0, "for IT");
    }
    let _ = writeln!(out, "    Fix: {} ({})", fix.title, whom.join(", "));
    let _ = writeln!(out, "{}", indent(&fix.steps, "      "));
    if let Some(risk) = &fix.risk {
        let _ = writeln!(out, "      Risk: {risk}");
    }
    for c in &fix.commands {
        let _ = writeln!(out, "      {}:", shell_name(c.shell));
        let _ = writeln!(out, "{}", indent(&c.text, "        "));
        if let Some(undo) = &c.undo {
            let _ = writeln!(out, "      Undo:");
            let _ = writeln!(out, "{}", indent(undo, "        "));
        }
    }
    for (platform, uri) in &fix.uris {
        let _ = writeln!(out, "      {platform}: {uri}");
    }
}

/// The report as text for a terminal or a support ticket.
pub fn text(report: &Report, color: bool) -> String {
    let mut out = String::new();
    let target = report
        .target
        .as_ref()
        .map_or_else(|| report.input.clone(), ToString::to_string);
    let _ = writeln!(
        out,
        "{} {} — {} — {}",
        report.tool.name, report.tool.version, target, report.started_at
    );
    if let Some(code) = report.error_code {
        let _ = writeln!(out, "Error code you saw: {code}");
    }
    let _ = writeln!(
        out,
        "{}\n",
        paint(
            report.verdict,
            &format!("{} {}", icon(report.verdict), report.summary),
            color
        )
    );
    let width = report
        .checks
        .iter()
        .map(|c| c.label.chars().count())
        .max()
        .unwrap_or(0);
    for c in &report.checks {
        let timing = c
            .duration_ms
            .map(|ms| format!(" ({ms} ms)"))
            .unwrap_or_default();
        let line = format!(
            "{} {:<width$}  {}{timing}",
            icon(c.status),
            c.label,
            c.summary
        );
        let _ = writeln!(out, "{}", paint(c.status, &line, color));
    }
    let _ = writeln!(out);
    for f in &report.findings {
        let head = format!("{} {}  [{}]", icon(f.severity), f.title, f.id);
        let _ = writeln!(out, "{}", paint(f.severity, &head, color));
        let _ = writeln!(out, "    {}", f.detail);
        if !f.evidence.is_empty() {
            let facts: Vec<String> = f
                .evidence
                .iter()
                .map(|(k, v)| format!("{}: {}", k.replace('_', " "), value_text(v)))
                .collect();
            let _ = writeln!(out, "    Evidence: {}", facts.join(" · "));
        }
        for fix in &f.fixes {
            write_fix(&mut out, fix);
        }
    }
    let _ = writeln!(out, "Checked in {} ms.", report.duration_ms);
    out
}

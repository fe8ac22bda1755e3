//! The plain-text report: a checklist with ✓ ! ✗, then the findings with evidence and fixes.
//! Colours only when asked (the CLI asks when writing to a terminal).

use std::borrow::Cow;
use std::fmt::Write;

use rdp_doctor_model::{Audience, Fix, Organisation, Place, Report, Severity, Shell};
use serde_json::Value;

use crate::{t, words};

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

/// `text` without control characters, for a terminal: what a server sends (a certificate's
/// names, the names in its NTLM challenge, its HTTP `Server` header) and what the user typed
/// reach the report, and an escape sequence or a line break among them would let them redraw
/// the user's terminal or forge a line of the report. Each becomes U+FFFD, a tab a space.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\t' => ' ',
                c if c.is_control() => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        // An empty list reads as a value, not as a gap in the sentence.
        Value::Array(items) if items.is_empty() => t!("render-none"),
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

fn shell_name(s: Shell) -> String {
    match s {
        Shell::Powershell => t!("shell-powershell"),
        Shell::Cmd => t!("shell-cmd"),
        Shell::Sh => t!("shell-sh"),
    }
}

fn indent(text: &str, prefix: &str) -> String {
    text.lines()
        .map(|l| format!("{prefix}{}", printable(l)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A fix as text for the clipboard or a ticket: what, where, the commands and their undo.
pub fn fix_text(fix: &Fix) -> String {
    let mut out = String::new();
    write_fix(&mut out, fix);
    let lines: Vec<&str> = out
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect();
    lines.join("\n")
}

fn write_fix(out: &mut String, fix: &Fix) {
    let mut whom = vec![match fix.place {
        Place::ThisComputer => t!("render-fix-here"),
        Place::RemoteComputer => t!("render-fix-there"),
    }];
    if fix.needs_admin {
        whom.push(t!("render-fix-admin"));
    }
    if fix.audience == Audience::It {
        whom.insert(0, t!("render-fix-for-it"));
    }
    let title = printable(&fix.title);
    let whom = whom.join(&t!("words-list-separator"));
    let _ = writeln!(
        out,
        "    {}",
        t!("render-fix", title = &*title, whom = whom)
    );
    let _ = writeln!(out, "{}", indent(&fix.steps, "      "));
    if let Some(risk) = &fix.risk {
        let _ = writeln!(out, "      {}", t!("render-risk", risk = &*printable(risk)));
    }
    for c in &fix.commands {
        let _ = writeln!(out, "      {}:", shell_name(c.shell));
        let _ = writeln!(out, "{}", indent(&c.text, "        "));
        if let Some(undo) = &c.undo {
            let _ = writeln!(out, "      {}", t!("render-undo"));
            let _ = writeln!(out, "{}", indent(undo, "        "));
        }
    }
    for (platform, uri) in &fix.uris {
        let _ = writeln!(out, "      {platform}: {}", printable(uri));
    }
}

/// The line every report carries when IT's config names the organisation or its support:
/// "Checked for Contoso Ltd — help: Contoso IT service desk · servicedesk@contoso.example".
pub fn organisation_line(org: &Organisation) -> Option<String> {
    let help: Vec<String> = org.support.parts().map(str::to_string).collect();
    checked_for(org.name.clone(), &help)
}

/// The wording of [`organisation_line`], for text and HTML alike.
fn checked_for(name: Option<String>, help: &[String]) -> Option<String> {
    let help = help.join(" · ");
    match (name, help.is_empty()) {
        (Some(name), false) => Some(t!("render-org-name-help", name = name, help = help)),
        (Some(name), true) => Some(t!("render-org-name", name = name)),
        (None, false) => Some(t!("render-org-help", help = help)),
        (None, true) => None,
    }
}

/// The verdict in the words of the app's header: "All good", "Warning", "Problem found".
pub fn verdict_word(s: Severity) -> String {
    match s {
        Severity::Ok | Severity::Info => t!("verdict-ok"),
        Severity::Warn => t!("verdict-warn"),
        Severity::Fail => t!("verdict-fail"),
        Severity::Skipped => t!("verdict-skipped"),
    }
}

/// The report in the few lines an e-mail body has room for (the full report goes as a file
/// beside it): the header and verdict, the problems, the checklist, then the other findings —
/// titles and ids only, most useful first, so a body cut short keeps what matters.
pub fn brief_text(report: &Report) -> String {
    let mut out = String::new();
    write_head(&mut out, report, false);
    let (problems, others): (Vec<_>, Vec<_>) = report
        .findings
        .iter()
        .partition(|f| f.severity >= Severity::Warn);
    let finding = |out: &mut String, f: &&rdp_doctor_model::Finding| {
        let _ = writeln!(
            out,
            "{} {}  [{}]",
            icon(f.severity),
            printable(&f.title),
            f.id
        );
    };
    for f in &problems {
        finding(&mut out, f);
    }
    if !problems.is_empty() {
        let _ = writeln!(out);
    }
    for c in &report.checks {
        let _ = writeln!(
            out,
            "{} {}: {}",
            icon(c.status),
            c.label,
            printable(&c.summary)
        );
    }
    let _ = writeln!(out);
    for f in &others {
        finding(&mut out, f);
    }
    out
}

/// The first lines of every text report: tool, computer and time; whom it was for; the error
/// code; the verdict.
fn write_head(out: &mut String, report: &Report, color: bool) {
    let target = report
        .target
        .as_ref()
        .map_or_else(|| report.input.clone(), ToString::to_string);
    let _ = writeln!(
        out,
        "{} {} — {} — {}",
        report.tool.name,
        report.tool.version,
        printable(&target),
        words::when_rfc3339(&report.started_at)
    );
    if let Some(line) = report.organisation.as_ref().and_then(organisation_line) {
        let _ = writeln!(out, "{}", printable(&line));
    }
    if let Some(code) = report.error_code {
        let _ = writeln!(
            out,
            "{}",
            t!("render-error-code", code = crate::error_codes::shown(code))
        );
    }
    let _ = writeln!(
        out,
        "{}\n",
        paint(
            report.verdict,
            &format!("{} {}", icon(report.verdict), printable(&report.summary)),
            color
        )
    );
}

/// The report as text for a terminal or a support ticket.
pub fn text(report: &Report, color: bool) -> String {
    let mut out = String::new();
    write_head(&mut out, report, color);
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
            printable(&c.summary)
        );
        let _ = writeln!(out, "{}", paint(c.status, &line, color));
    }
    let _ = writeln!(out);
    for f in &report.findings {
        let head = format!("{} {}  [{}]", icon(f.severity), printable(&f.title), f.id);
        let _ = writeln!(out, "{}", paint(f.severity, &head, color));
        let _ = writeln!(out, "    {}", printable(&f.detail));
        if !f.evidence.is_empty() {
            let facts: Vec<String> = f
                .evidence
                .iter()
                .map(|(k, v)| format!("{}: {}", k.replace('_', " "), value_text(v)))
                .collect();
            let facts = facts.join(" · ");
            let _ = writeln!(
                out,
                "    {}",
                t!("render-evidence", facts = &*printable(&facts))
            );
        }
        for fix in &f.fixes {
            write_fix(&mut out, fix);
        }
    }
    let _ = writeln!(out, "{}", t!("render-took", ms = report.duration_ms));
    out
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn word(s: Severity) -> String {
    match s {
        Severity::Ok => t!("severity-ok"),
        Severity::Info => t!("severity-info"),
        Severity::Warn => t!("severity-warn"),
        Severity::Fail => t!("severity-fail"),
        Severity::Skipped => t!("severity-skipped"),
    }
}

const HTML_STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}\
h1{font-size:1.4rem}.banner{padding:1rem;border-radius:.5rem;font-size:1.15rem}\
.fail{background:#fde8e8;border-inline-start:.4rem solid #c62828}.warn{background:#fff4d6;border-inline-start:.4rem solid #b26a00}\
.ok,.info{background:#e6f4ea;border-inline-start:.4rem solid #2e7d32}.skipped{background:#f1f3f4;border-inline-start:.4rem solid #9aa0a6}\
table{border-collapse:collapse;width:100%}td,th{text-align:start;padding:.35rem .5rem;vertical-align:top;border-bottom:1px solid #ddd}\
section{margin:1rem 0;padding:.75rem 1rem;border-radius:.4rem}pre{background:#f6f8fa;padding:.5rem;overflow-x:auto;white-space:pre-wrap}\
.meta{color:#555}.org{font-weight:500}";

/// [`organisation_line`] as HTML: the e-mail address and the web page as links (both validated
/// when the config was read; the scheme is checked again here, as the page may be opened
/// anywhere).
fn organisation_html(org: &Organisation) -> String {
    let s = &org.support;
    let mut parts: Vec<String> = Vec::new();
    parts.extend(s.name.as_deref().map(esc));
    parts.extend(
        s.email
            .as_deref()
            .map(|e| format!("<a href=\"mailto:{0}\">{0}</a>", esc(e))),
    );
    parts.extend(s.phone.as_deref().map(esc));
    parts.extend(s.web.as_deref().map(|w| {
        let lower = w.to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            format!("<a href=\"{0}\">{0}</a>", esc(w))
        } else {
            esc(w)
        }
    }));
    let name = org
        .name
        .as_deref()
        .map(|n| format!("<strong>{}</strong>", esc(n)));
    checked_for(name, &parts)
        .map(|line| format!("<p class=\"org\">{line}</p>"))
        .unwrap_or_default()
}

/// A self-contained HTML page of the report for a support ticket: no scripts, no remote content.
pub fn html(report: &Report) -> String {
    let mut out = String::new();
    let target = report
        .target
        .as_ref()
        .map_or_else(|| report.input.clone(), ToString::to_string);
    let heading = t!("html-title", target = esc(&target));
    let _ = write!(
        out,
        "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{heading}</title><style>{HTML_STYLE}</style></head><body>",
        lang = crate::catalogue::language(),
        dir = crate::catalogue::direction(crate::catalogue::language()),
    );
    let meta = t!(
        "html-meta",
        tool = esc(&report.tool.name),
        version = esc(&report.tool.version),
        start = esc(&words::when_rfc3339(&report.started_at)),
        ms = report.duration_ms
    );
    let code = report
        .error_code
        .map(|c| t!("html-meta-code", code = esc(&crate::error_codes::shown(c))))
        .unwrap_or_default();
    let _ = write!(out, "<h1>{heading}</h1><p class=\"meta\">{meta}{code}</p>");
    if let Some(org) = &report.organisation {
        out.push_str(&organisation_html(org));
    }
    let _ = write!(
        out,
        "<p class=\"banner {cls}\"><strong>{w}:</strong> {s}</p><h2>{checklist}</h2><table><tr><th>{check}</th><th>{result}</th><th>{details}</th><th>{time}</th></tr>",
        cls = report.verdict.as_str(),
        w = word(report.verdict),
        s = esc(&report.summary),
        checklist = t!("html-checklist"),
        check = t!("html-check"),
        result = t!("html-result"),
        details = t!("html-details"),
        time = t!("html-time"),
    );
    for c in &report.checks {
        let _ = write!(
            out,
            "<tr class=\"{cls}\"><td>{l}</td><td>{i} {w}</td><td>{s}</td><td>{t}</td></tr>",
            cls = c.status.as_str(),
            l = esc(&c.label),
            i = icon(c.status),
            w = word(c.status),
            s = esc(&c.summary),
            t = c
                .duration_ms
                .map(|m| t!("html-ms", ms = m))
                .unwrap_or_default()
        );
    }
    let _ = write!(out, "</table><h2>{}</h2>", t!("html-findings"));
    for f in &report.findings {
        let _ = write!(
            out,
            "<section class=\"{cls}\"><h3>{i} {title} <small>({id})</small></h3><p>{d}</p>",
            cls = f.severity.as_str(),
            i = icon(f.severity),
            title = esc(&f.title),
            id = esc(&f.id),
            d = esc(&f.detail)
        );
        if !f.evidence.is_empty() {
            out.push_str("<table>");
            for (k, v) in &f.evidence {
                let _ = write!(
                    out,
                    "<tr><th>{}</th><td>{}</td></tr>",
                    esc(&k.replace('_', " ")),
                    esc(&value_text(v))
                );
            }
            out.push_str("</table>");
        }
        for fix in &f.fixes {
            let _ = write!(
                out,
                "<h4>{}</h4><pre>{}</pre>",
                t!("render-fix-heading", title = esc(&fix.title)),
                esc(&fix_text(fix))
            );
        }
        out.push_str("</section>");
    }
    out.push_str("</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rdp_doctor_model::{Area, Audience, Evidence, Finding, SCHEMA_VERSION, ToolInfo};

    fn report(title: &str) -> Report {
        Report {
            kind: rdp_doctor_model::ReportKind::Connection,
            schema_version: SCHEMA_VERSION,
            language: "en".into(),
            time_zone: None,
            tool: ToolInfo {
                name: "RDP Doctor".into(),
                version: "0".into(),
            },
            input: "<script>alert(1)</script>".into(),
            target: None,
            error_code: None,
            started_at: "2026-11-21T00:00:00Z".into(),
            finished_at: "2026-11-21T00:00:01Z".into(),
            duration_ms: 3,
            verdict: Severity::Fail,
            summary: title.into(),
            checks: vec![],
            findings: vec![Finding {
                id: "reach.refused".into(),
                area: Area::Reach,
                severity: Severity::Fail,
                title: title.into(),
                detail: "d".into(),
                audience: Audience::It,
                evidence: serde_json::Map::new(),
                fixes: vec![crate::fixes::firewall_rule(3389)],
                explains_error_code: false,
            }],
            evidence: Evidence::default(),
            organisation: None,
        }
    }

    fn contoso() -> Organisation {
        Organisation {
            name: Some("Contoso <Ltd>".into()),
            support: rdp_doctor_model::SupportContact {
                name: Some("Service desk".into()),
                email: Some("help@contoso.example".into()),
                phone: None,
                web: Some("https://help.contoso.example/?a=1&b=2".into()),
            },
        }
    }

    #[test]
    fn an_empty_list_in_the_evidence_reads_none() {
        let mut r = report("t");
        r.findings[0]
            .evidence
            .insert("accepted".into(), serde_json::json!([]));
        r.findings[0]
            .evidence
            .insert("apps".into(), serde_json::json!(["mstsc", "FreeRDP"]));
        let plain = text(&r, false);
        assert!(
            plain.contains("Evidence: accepted: none · apps: mstsc, FreeRDP"),
            "{plain}"
        );
        assert!(html(&r).contains("<tr><th>accepted</th><td>none</td></tr>"));
    }

    #[test]
    fn every_rendering_says_whom_the_check_was_for() {
        let mut r = report("The remote PC refuses connections");
        assert!(!text(&r, false).contains("Checked for"));
        r.organisation = Some(contoso());
        let plain = text(&r, false);
        let second = plain.lines().nth(1).unwrap_or_default();
        assert_eq!(
            second,
            "Checked for Contoso <Ltd> — help: Service desk · help@contoso.example · \
             https://help.contoso.example/?a=1&b=2"
        );
        assert!(brief_text(&r).contains(second));
        let page = html(&r);
        assert!(page.contains(
            "<p class=\"org\">Checked for <strong>Contoso &lt;Ltd&gt;</strong> — help: \
             Service desk · <a href=\"mailto:help@contoso.example\">help@contoso.example</a> · \
             <a href=\"https://help.contoso.example/?a=1&amp;b=2\">"
        ));
        // Only the name, or only the contact.
        let only_help = Organisation {
            name: None,
            ..contoso()
        };
        assert!(organisation_line(&only_help).is_some_and(|l| l.starts_with("Help: Service desk")));
        assert_eq!(organisation_line(&Organisation::default()), None);
    }

    #[test]
    fn a_web_page_that_is_not_http_is_never_a_link() {
        let mut org = contoso();
        org.support.web = Some("javascript:alert(1)".into());
        let page = organisation_html(&org);
        assert!(!page.contains("href=\"javascript"), "{page}");
        assert!(page.contains("javascript:alert(1)"));
    }

    #[test]
    fn the_brief_text_keeps_titles_and_drops_details_and_fixes() {
        let r = report("The remote PC refuses connections");
        let brief = brief_text(&r);
        assert!(brief.contains("✗ The remote PC refuses connections  [reach.refused]"));
        assert!(!brief.contains("Fix:"));
        assert!(text(&r, false).contains("Fix:"));
    }

    #[test]
    fn html_escapes_everything_from_outside() {
        let page = html(&report("a <b> & \"c\""));
        assert!(!page.contains("<script>"));
        assert!(page.contains("&lt;script&gt;"));
        assert!(page.contains("a &lt;b&gt; &amp; &quot;c&quot;"));
        assert!(page.contains("Enable-NetFirewallRule"));
    }

    #[test]
    fn text_has_the_checklist_marks_and_no_colour_unless_asked() {
        let r = report("The remote PC refuses connections");
        let plain = text(&r, false);
        assert!(plain.contains("✗ The remote PC refuses connections  [reach.refused]"));
        assert!(!plain.contains('\x1b'));
        assert!(text(&r, true).contains("\x1b[31m"));
        let fix = fix_text(r.findings[0].fixes.first().expect("fix"));
        assert!(fix.starts_with("Fix: Allow Remote Desktop"), "{fix}");
        assert!(fix.contains("Undo:"));
    }

    #[test]
    fn nothing_from_outside_reaches_the_terminal_as_a_control_character() {
        // A server's certificate or NTLM names, as a finding's title, detail and evidence.
        let forged = "PC\x1b]0;owned\x07\x1b[2J\r\n✓ Everything is fine\tok";
        let mut r = report(forged);
        r.summary = forged.into();
        r.findings[0].detail = forged.into();
        r.findings[0]
            .evidence
            .insert("issuer".into(), serde_json::Value::String(forged.into()));
        for printed in [text(&r, false), text(&r, true), brief_text(&r)] {
            for line in printed.lines() {
                let outside = line.replace("\x1b[31m", "").replace("\x1b[0m", "");
                assert!(!outside.chars().any(char::is_control), "{line:?}");
            }
            assert!(
                printed
                    .contains("PC\u{FFFD}]0;owned\u{FFFD}\u{FFFD}[2J\u{FFFD}\u{FFFD}✓ Everything")
            );
        }
        assert_eq!(printable("plain"), Cow::Borrowed("plain"));
    }
}

//! What the page shows beside a report, decided here so the page holds no judgement and no
//! wording: which findings are problems and lead the list, each fix's button, the header's
//! name for what is being checked, which dropped file is checked, and every sentence of the
//! page's own (the catalogue's "page-" messages, see [`words`]). Pure: data in, data out.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rdp_doctor_diagnose::catalogue::{self, FluentArgs};
use rdp_doctor_diagnose::t;
use rdp_doctor_model::{Audience, Finding, Fix, FixKind, Report, Severity};
use serde::Serialize;

use crate::config::{OrgConfig, Preset};
use crate::offers::Offers;
use crate::session::What;

/// The fix whose panel also asks for the PC's network card address (see `Session::wake`).
const WAKE_ON_LAN: &str = "fix.wake_on_lan";

/// Everything the page needs beside the report itself, for the current report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PageView {
    pub offers: Offers,
    /// One per finding, in the report's order.
    pub findings: Vec<FindingView>,
    /// One per fix, in the report's order.
    pub fixes: Vec<FixView>,
    /// The toggle under the findings, for the findings that do not lead.
    pub more: MoreToggle,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FindingView {
    pub id: String,
    /// A problem: counted in the banner, with "who can fix it".
    pub problem: bool,
    /// Shown at once; the others are folded behind the toggle.
    pub leads: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FixView {
    pub id: String,
    /// The button's label; `None` for advice (no button).
    pub button: Option<String>,
    /// Whether the fix's title shows above it (not when the button already says it).
    pub title: bool,
    /// Whether "Run on: …" and the commands show (commands the user copies).
    pub commands: bool,
    /// Whether the panel asks for the PC's network card address to wake it.
    pub wake: bool,
}

/// The toggle's two labels ("Show what works (3)", "Hide what works").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MoreToggle {
    pub show: String,
    pub hide: String,
}

/// A problem: shown at once, and counted in the banner.
pub fn is_problem(finding: &Finding) -> bool {
    matches!(finding.severity, Severity::Fail | Severity::Warn)
}

/// Shown at once: problems and whatever explains the user's error code.
pub fn leads(finding: &Finding) -> bool {
    is_problem(finding) || finding.explains_error_code
}

pub fn view(report: &Report) -> PageView {
    let findings = report
        .findings
        .iter()
        .map(|f| FindingView {
            id: f.id.clone(),
            problem: is_problem(f),
            leads: leads(f),
        })
        .collect();
    let fixes = report
        .findings
        .iter()
        .flat_map(|f| &f.fixes)
        .map(fix_view)
        .collect();
    PageView {
        offers: crate::offers::offers(report),
        findings,
        fixes,
        more: more_toggle(report),
    }
}

fn fix_view(fix: &Fix) -> FixView {
    FixView {
        id: fix.id.clone(),
        button: button(fix),
        title: fix.kind != FixKind::OpenUri,
        commands: fix.kind == FixKind::CopyCommand,
        wake: fix.id == WAKE_ON_LAN,
    }
}

/// The label of a fix's button by its kind; `None` for advice.
fn button(fix: &Fix) -> Option<String> {
    match fix.kind {
        FixKind::OpenUri | FixKind::RunOnThisComputer => Some(fix.title.clone()),
        FixKind::LaunchClient => Some(t!("page-connect-by-address")),
        FixKind::CopyCommand if fix.audience == Audience::User => Some(t!("page-copy-command")),
        FixKind::CopyCommand => Some(t!("page-copy-command-for-it")),
        FixKind::Advice => None,
    }
}

fn more_toggle(report: &Report) -> MoreToggle {
    let more: Vec<_> = report.findings.iter().filter(|f| !leads(f)).collect();
    let count = more.len();
    let ok = more.iter().filter(|f| f.severity == Severity::Ok).count();
    if ok == count {
        MoreToggle {
            show: t!("page-more-show-works", count = count),
            hide: t!("page-more-hide-works"),
        }
    } else if ok == 0 {
        MoreToggle {
            show: t!("page-more-show-notes", count = count),
            hide: t!("page-more-hide-notes"),
        }
    } else {
        MoreToggle {
            show: t!("page-more-show-both", count = count),
            hide: t!("page-more-hide-both"),
        }
    }
}

/// The header's name for what is checked, from the moment the check is planned: this PC, a
/// file by its name, a preset by its label, or the text as the report shows it (`shown`).
pub fn header_name(what: &What, shown: &str, org: &OrgConfig) -> String {
    match what {
        What::Host(_) => t!("page-host-shown"),
        What::RdpFile(path) => file_shown(&file_name(path)),
        What::Preset(index) => match org.presets().into_iter().nth(*index) {
            Some(preset @ Preset::RdpFile(_)) => file_shown(&preset.label()),
            Some(preset) => preset.label(),
            None => shown.to_string(),
        },
        What::Text(_) | What::FirstPreset => shown.to_string(),
    }
}

fn file_shown(name: &str) -> String {
    t!("page-file-shown", name = name)
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Why dropped files are not checked: `{code, message}` like the session's errors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Refused {
    pub code: &'static str,
    pub message: String,
}

/// Of the files dropped onto the window, the Remote Desktop file to check: the first whose
/// name ends in `.rdp` (any case).
pub fn dropped_rdp_file(paths: &[PathBuf]) -> Result<PathBuf, Refused> {
    paths
        .iter()
        .find(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("rdp")))
        .cloned()
        .ok_or_else(|| Refused {
            code: "not_an_rdp_file",
            message: t!("page-not-an-rdp-file"),
        })
}

/// Every message of the catalogue whose name starts with `page-`, for the page to look up:
/// each formatted with its placeholders left as `{name}` for the page to fill (page messages
/// use plain placeholders only, no selectors; a plural is two messages).
pub fn words() -> BTreeMap<String, String> {
    let catalogue = catalogue::current();
    let mut out = BTreeMap::new();
    let mut lines = catalogue::ENGLISH.lines().peekable();
    while let Some(line) = lines.next() {
        let Some((name, value)) = line.split_once('=') else {
            continue;
        };
        let name = name.trim();
        if !line.starts_with("page-") || name.contains(' ') {
            continue;
        }
        let mut source = value.to_string();
        while let Some(next) = lines.next_if(|l| l.starts_with(' ')) {
            source.push_str(next);
        }
        let mut args = FluentArgs::new();
        let mut rest = source.as_str();
        while let Some(at) = rest.find("{ $") {
            rest = &rest[at + 3..];
            let end = rest.find([' ', '}']).unwrap_or(rest.len());
            let var = &rest[..end];
            args.set(var.to_string(), format!("{{{var}}}"));
        }
        out.insert(name.to_string(), catalogue.text(name, Some(&args)));
    }
    out
}

#[cfg(test)]
mod tests {
    use rdp_doctor_diagnose::{ReportTimes, assemble_report, fixes};
    use rdp_doctor_model::{Area, Evidence, Place, Target};
    use time::OffsetDateTime;

    use super::*;

    fn finding(id: &str, severity: Severity, explains: bool, fixes: Vec<Fix>) -> Finding {
        Finding {
            id: id.into(),
            area: Area::Rdp,
            severity,
            title: "A title".into(),
            detail: String::new(),
            audience: Audience::User,
            evidence: Default::default(),
            fixes,
            explains_error_code: explains,
        }
    }

    fn report(findings: Vec<Finding>) -> Report {
        let target = Target::parse("pc.example.com").expect("a name");
        let now = OffsetDateTime::UNIX_EPOCH;
        assemble_report(
            "pc.example.com",
            &target,
            None,
            Evidence::default(),
            findings,
            ReportTimes {
                started: now,
                finished: now,
            },
        )
    }

    #[test]
    fn problems_and_explanations_lead() {
        let r = report(vec![
            finding("a.fail", Severity::Fail, false, vec![]),
            finding("a.warn", Severity::Warn, false, vec![]),
            finding("a.info", Severity::Info, true, vec![]),
            finding("a.ok", Severity::Ok, false, vec![]),
            finding("a.skipped", Severity::Skipped, false, vec![]),
        ]);
        let v = view(&r);
        let by_id: BTreeMap<_, _> = v.findings.iter().map(|f| (f.id.as_str(), f)).collect();
        assert!(by_id["a.fail"].problem && by_id["a.fail"].leads);
        assert!(by_id["a.warn"].problem && by_id["a.warn"].leads);
        assert!(
            !by_id["a.info"].problem && by_id["a.info"].leads,
            "explains the code"
        );
        assert!(!by_id["a.ok"].problem && !by_id["a.ok"].leads);
        assert!(!by_id["a.skipped"].leads);
        assert_eq!(v.more.show, "Show what works and other notes (2)");
        assert_eq!(v.more.hide, "Hide what works and other notes");
    }

    #[test]
    fn the_toggle_names_what_it_hides() {
        let works = report(vec![finding("a.ok", Severity::Ok, false, vec![])]);
        assert_eq!(more_toggle(&works).show, "Show what works (1)");
        assert_eq!(more_toggle(&works).hide, "Hide what works");
        let notes = report(vec![finding("a.info", Severity::Info, false, vec![])]);
        assert_eq!(more_toggle(&notes).show, "Show other notes (1)");
    }

    #[test]
    fn buttons_by_kind_and_the_wake_form() {
        let mut copy = fixes::flush_dns();
        copy.kind = FixKind::CopyCommand;
        copy.audience = Audience::User;
        copy.place = Place::ThisComputer;
        let mut for_it = copy.clone();
        for_it.id = "fix.for_it".into();
        for_it.audience = Audience::It;
        let mut advice = copy.clone();
        advice.id = "fix.advice".into();
        advice.kind = FixKind::Advice;
        let mut store = copy.clone();
        store.id = "fix.store".into();
        store.kind = FixKind::OpenUri;
        store.title = "Get the app".into();
        let mut launch = copy.clone();
        launch.id = "fix.launch".into();
        launch.kind = FixKind::LaunchClient;
        let mut wake = advice.clone();
        wake.id = WAKE_ON_LAN.into();
        let r = report(vec![finding(
            "a.fail",
            Severity::Fail,
            false,
            vec![copy, for_it, advice, store, launch, wake],
        )]);
        let v = view(&r);
        let b: Vec<_> = v.fixes.iter().map(|f| f.button.as_deref()).collect();
        assert_eq!(
            b,
            [
                Some("Copy command"),
                Some("Copy command for IT"),
                None,
                Some("Get the app"),
                Some("Connect by address"),
                None
            ]
        );
        assert!(v.fixes[0].commands && !v.fixes[2].commands);
        assert!(
            !v.fixes[3].title && v.fixes[0].title,
            "a store link's title is its button"
        );
        assert_eq!(v.fixes.iter().filter(|f| f.wake).count(), 1);
        assert!(v.fixes[5].wake);
    }

    #[test]
    fn the_header_names_what_is_checked() {
        let org = OrgConfig::default();
        assert_eq!(
            header_name(&What::Host(Default::default()), "", &org),
            "This PC (as a Remote Desktop host)"
        );
        assert_eq!(
            header_name(&What::RdpFile("/home/u/office.rdp".into()), "x", &org),
            "office.rdp (Remote Desktop file)"
        );
        assert_eq!(
            header_name(&What::Text(" pc ".into()), "pc", &org),
            "pc",
            "the text as the report shows it"
        );
    }

    #[test]
    fn only_a_remote_desktop_file_is_checked_when_dropped() {
        let dropped = [
            PathBuf::from("/a/notes.txt"),
            PathBuf::from("/a/Office.RDP"),
        ];
        assert_eq!(
            dropped_rdp_file(&dropped),
            Ok(PathBuf::from("/a/Office.RDP"))
        );
        let refused = dropped_rdp_file(&dropped[..1]).expect_err("no .rdp file");
        assert_eq!(refused.code, "not_an_rdp_file");
        assert!(refused.message.contains(".rdp"), "{}", refused.message);
        assert!(dropped_rdp_file(&[PathBuf::from("/a/rdp")]).is_err());
        assert!(dropped_rdp_file(&[]).is_err());
    }

    #[test]
    fn page_words_keep_their_placeholders() {
        let w = words();
        assert_eq!(w["page-cancel"], "Cancel");
        assert_eq!(
            w["page-checking-target"],
            "Checking the connection to {target}."
        );
        assert!(w.keys().all(|k| k.starts_with("page-")));
        assert!(
            w.values().all(|v| !v.contains('$')),
            "every placeholder filled"
        );
    }
}

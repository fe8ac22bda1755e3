//! What the window offers for a report, decided here rather than in the page: whether watching
//! the connection makes sense (and the words that introduce it), which finding sums up a watch
//! that was made, and which fixes the app acts on only after the user confirms, with the
//! dialog's words. Pure: a report in, offers out.

use std::collections::BTreeMap;

use rdp_doctor_diagnose::t;
use rdp_doctor_model::{Fix, FixKind, Report, ReportKind, TcpOutcome};
use serde::Serialize;

/// Everything the page may offer beside the report itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Offers {
    /// Watching the connection: only once the Remote Desktop port answered (`null` otherwise).
    pub watch: Option<WatchOffer>,
    /// After watching: the id of the finding that says how the connection held up (the first
    /// link-quality finding), shown under the plot; `null` before a watch or when none.
    pub watch_result: Option<String>,
    /// The fixes the app itself acts on (opens, starts or runs something on this computer),
    /// by fix id: each is run only after this confirmation. Other fixes need none.
    pub confirm: BTreeMap<String, Confirmation>,
}

/// The watch card's introduction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WatchOffer {
    pub intro: String,
}

/// A confirmation dialog's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Confirmation {
    pub title: String,
    pub body: String,
    /// The button that goes ahead.
    pub ok: String,
    /// The status line's sentence when the user cancels.
    pub declined: String,
}

/// The offers for `report`, the one the app keeps as current.
pub fn offers(report: &Report) -> Offers {
    let mut confirm = BTreeMap::new();
    for fix in report.findings.iter().flat_map(|f| &f.fixes) {
        if let Some(words) = confirmation(fix) {
            confirm.entry(fix.id.clone()).or_insert(words);
        }
    }
    Offers {
        watch: can_watch(report).then(|| WatchOffer {
            intro: t!("watch-offer"),
        }),
        watch_result: watch_result(report),
        confirm,
    }
}

fn watch_result(report: &Report) -> Option<String> {
    report.evidence.watch.as_ref()?;
    report
        .findings
        .iter()
        .find(|f| f.id.starts_with("quality."))
        .map(|f| f.id.clone())
}

/// Watching needs a remote PC whose Remote Desktop port answered: `engine::watch` samples the
/// address that did.
fn can_watch(report: &Report) -> bool {
    report.kind != ReportKind::Host
        && report.target.is_some()
        && report
            .evidence
            .reach
            .iter()
            .any(|t| t.outcome == TcpOutcome::Open)
}

/// The dialog for a fix the app acts on; `None` for fixes that only copy or explain.
fn confirmation(fix: &Fix) -> Option<Confirmation> {
    let (title, body, ok, declined) = match fix.kind {
        FixKind::LaunchClient => (
            t!("confirm-launch.title"),
            match &fix.address {
                Some(address) => t!("confirm-launch.body", address = address.to_string()),
                None => t!("confirm-launch.body_no_address"),
            },
            t!("confirm-launch.ok"),
            t!("confirm-launch.declined"),
        ),
        FixKind::RunOnThisComputer => (
            t!("confirm-run.title", fix = &fix.title),
            t!("confirm-run.body", steps = &fix.steps),
            t!("confirm-run.ok"),
            t!("confirm-run.declined"),
        ),
        FixKind::OpenUri => (
            t!("confirm-store.title"),
            t!("confirm-store.body", fix = &fix.title),
            t!("confirm-store.ok"),
            t!("confirm-store.declined"),
        ),
        FixKind::CopyCommand | FixKind::Advice => return None,
    };
    Some(Confirmation {
        title,
        body,
        ok,
        declined,
    })
}

#[cfg(test)]
mod tests {
    use std::net::{IpAddr, Ipv4Addr, SocketAddr};

    use rdp_doctor_diagnose::{ReportTimes, assemble_report, fixes};
    use rdp_doctor_model::{
        Area, Audience, Evidence, Finding, Severity, Target, TcpEvidence, WatchEvidence,
    };
    use time::OffsetDateTime;

    use super::*;

    fn report(outcome: TcpOutcome, fixes: Vec<Fix>) -> Report {
        let target = Target::parse("pc.example.com").expect("a name");
        let evidence = Evidence {
            reach: vec![TcpEvidence {
                address: SocketAddr::from(([192, 0, 2, 7], 3389)),
                outcome,
                elapsed_ms: 3,
            }],
            ..Evidence::default()
        };
        let finding = Finding {
            id: "rdp.denied".into(),
            area: Area::Rdp,
            severity: Severity::Fail,
            title: "Refused".into(),
            detail: String::new(),
            audience: Audience::User,
            evidence: Default::default(),
            fixes,
            explains_error_code: false,
        };
        let now = OffsetDateTime::UNIX_EPOCH;
        assemble_report(
            "pc.example.com",
            &target,
            None,
            evidence,
            vec![finding],
            ReportTimes {
                started: now,
                finished: now,
            },
        )
    }

    #[test]
    fn watch_is_offered_once_the_port_answered() {
        let open = offers(&report(TcpOutcome::Open, vec![]));
        assert_eq!(
            open.watch.expect("watch offered").intro,
            "Does it work, then drop? RDP Doctor can try the connection once a second and show \
             every try."
        );
        assert!(open.confirm.is_empty());
        for silent in [TcpOutcome::Refused, TcpOutcome::TimedOut] {
            assert_eq!(offers(&report(silent, vec![])).watch, None);
        }
    }

    #[test]
    fn a_watch_is_summed_up_by_its_quality_finding() {
        let mut watched = report(TcpOutcome::Open, vec![]);
        assert_eq!(offers(&watched).watch_result, None, "no watch yet");
        watched.evidence.watch = Some(WatchEvidence {
            address: SocketAddr::from(([192, 0, 2, 7], 3389)),
            interval_ms: 1000,
            samples: vec![],
        });
        assert_eq!(offers(&watched).watch_result, None, "no quality finding");
        let mut quality = watched.findings[0].clone();
        quality.id = "quality.unstable".into();
        watched.findings.push(quality);
        assert_eq!(
            offers(&watched).watch_result.as_deref(),
            Some("quality.unstable")
        );
    }

    #[test]
    fn no_watch_for_a_host_check_or_input_that_was_not_understood() {
        let mut host = report(TcpOutcome::Open, vec![]);
        host.kind = ReportKind::Host;
        assert_eq!(offers(&host).watch, None);
        let mut bad = report(TcpOutcome::Open, vec![]);
        bad.target = None;
        assert_eq!(offers(&bad).watch, None);
    }

    #[test]
    fn fixes_the_app_acts_on_are_confirmed_in_their_own_words() {
        let ip = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 7));
        let report = report(
            TcpOutcome::Open,
            vec![
                fixes::connect_by_ip(ip, 3389),
                fixes::open_store_app(),
                fixes::flush_dns(),
                fixes::firewall_rule(3389),
                fixes::check_port(3389),
            ],
        );
        let confirm = offers(&report).confirm;
        let launch = &confirm[&fixes::connect_by_ip(ip, 3389).id];
        assert_eq!(launch.title, "Start Remote Desktop?");
        let address = fixes::connect_by_ip(ip, 3389).address.expect("an address");
        assert!(
            launch.body.contains(&format!("connects to {address}.")),
            "{launch:?}"
        );
        assert_eq!(
            (launch.ok.as_str(), launch.declined.as_str()),
            ("Open", "Nothing was opened.")
        );

        let flush = fixes::flush_dns();
        let run = &confirm[&flush.id];
        assert_eq!(run.title, format!("{}?", flush.title));
        assert!(run.body.starts_with(&flush.steps), "{run:?}");
        assert_eq!(
            (run.ok.as_str(), run.declined.as_str()),
            ("Run", "Nothing was run.")
        );

        let store = fixes::open_store_app();
        let open = &confirm[&store.id];
        assert_eq!(open.title, "Open your app store?");
        assert!(
            open.body.starts_with(&format!("{}: ", store.title)),
            "{open:?}"
        );

        // Copy-only and advice fixes need no confirmation.
        assert_eq!(confirm.len(), 3, "{confirm:?}");
    }

    #[test]
    fn a_launch_without_an_address_still_reads_as_a_sentence() {
        let mut fix = fixes::connect_by_ip(IpAddr::V4(Ipv4Addr::LOCALHOST), 3389);
        fix.address = None;
        let words = confirmation(&fix).expect("a launch is confirmed");
        assert_eq!(
            words.body,
            "RDP Doctor starts Remote Desktop on this computer. You sign in there as usual."
        );
    }

    #[test]
    fn offers_serialise_as_the_page_reads_them() {
        let json =
            serde_json::to_value(offers(&report(TcpOutcome::Open, vec![fixes::flush_dns()])))
                .expect("json");
        assert!(json["watch"]["intro"].is_string(), "{json}");
        assert!(json["watch_result"].is_null(), "{json}");
        let flush = &json["confirm"][fixes::flush_dns().id];
        for key in ["title", "body", "ok", "declined"] {
            assert!(flush[key].is_string(), "{key} in {json}");
        }
        let none =
            serde_json::to_value(offers(&report(TcpOutcome::Refused, vec![]))).expect("json");
        assert!(none["watch"].is_null(), "{none}");
    }
}

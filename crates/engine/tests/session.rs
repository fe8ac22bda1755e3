//! The session over real sockets on 127.0.0.1: a closed port (refused at once), a listener that
//! accepts and never speaks (a hung server), and a listener that keeps accepting (to watch).

use std::net::{SocketAddr, TcpListener};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rdp_doctor_diagnose::actions::{self, FixAction, Platform};
use rdp_doctor_engine::session::{self, Request, What};
use rdp_doctor_engine::{CheckEvent, Session, SessionError, WatchEvent};
use serde_json::Value;

/// A port nothing listens on: bound, then released.
fn closed_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address")
}

/// A server that takes every connection and never answers; each connection is kept open
/// until the process ends, so the check waits as it would on a hung server.
fn silent_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = listener.local_addr().expect("address");
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        for stream in listener.incoming().flatten() {
            kept.push(stream);
        }
    });
    address
}

fn text(address: SocketAddr) -> Request {
    Request::new(What::Text(address.to_string()), None)
}

/// Events as the page receives them.
#[derive(Default)]
struct Seen(Mutex<Vec<Value>>);

impl Seen {
    fn push<T: serde::Serialize>(&self, event: T) {
        let json = serde_json::to_value(event).expect("events serialise");
        self.0.lock().expect("lock").push(json);
    }

    fn names(&self) -> Vec<String> {
        self.all()
            .iter()
            .map(|e| e["event"].as_str().unwrap_or("?").to_string())
            .collect()
    }

    fn all(&self) -> Vec<Value> {
        self.0.lock().expect("lock").clone()
    }
}

async fn checked(session: &Session, request: Request, seen: &Seen) -> Result<Value, SessionError> {
    let plan = session.plan(request)?;
    let report = session.run(plan, &|e: CheckEvent| seen.push(e)).await?;
    Ok(serde_json::to_value(report).expect("report serialises"))
}

#[tokio::test]
async fn events_arrive_in_order_and_rows_are_diagnosed_as_they_finish() {
    let session = Session::default();
    let seen = Seen::default();
    let report = checked(&session, text(closed_port()), &seen)
        .await
        .expect("a closed port is a finding, not an error");
    let events = seen.all();
    let names = seen.names();
    assert_eq!(names.first().map(String::as_str), Some("plan"));
    assert_eq!(names.last().map(String::as_str), Some("finished"));
    assert_eq!(names.iter().filter(|n| *n == "finished").count(), 1);

    // The plan names every row but the gateway's, with its label, and what is checked.
    let plan = &events[0];
    let areas: Vec<&str> = plan["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["area"].as_str().expect("area"))
        .collect();
    assert!(
        areas.contains(&"reach") && !areas.contains(&"gateway"),
        "{areas:?}"
    );
    assert!(
        plan["rows"][0]["label"]
            .as_str()
            .is_some_and(|l| !l.is_empty())
    );
    assert_eq!(plan["shown"], report["input"]);

    // Each probed row is started before its colour arrives, and the colour comes before the
    // report: the evidence so far was diagnosed again as the row finished.
    let position = |event: &str, area: &str| {
        events
            .iter()
            .position(|e| e["event"] == event && (e["area"] == area || e["row"]["area"] == area))
    };
    let started = position("started", "reach").expect("reach started");
    let row = position("row", "reach").expect("reach row");
    assert!(started < row && row < events.len() - 1, "{names:?}");
    assert_eq!(events[row]["row"]["status"], "fail");
    assert!(position("row", "input").is_some());

    // The report the call returns is the one the page got, and the one the session keeps.
    assert_eq!(events[events.len() - 1]["report"], report);
    let kept = session.current_report().expect("kept");
    assert_eq!(serde_json::to_value(kept).expect("json"), report);
}

#[tokio::test]
async fn cancel_ends_a_hung_check_promptly_without_a_report() {
    let session = Session::default();
    let seen = Seen::default();
    let begun = Instant::now();
    let (outcome, ()) = tokio::join!(checked(&session, text(silent_server()), &seen), async {
        // Well inside the negotiation's wait on a server that never answers.
        tokio::time::sleep(Duration::from_millis(500)).await;
        session.cancel();
    });
    assert_eq!(outcome, Err(SessionError::Cancelled));
    assert!(
        begun.elapsed() < Duration::from_secs(2),
        "{:?}",
        begun.elapsed()
    );
    assert!(!seen.names().contains(&"finished".to_string()));
    assert_eq!(session.current_report(), Err(SessionError::NoReport));
    let err = SessionError::Cancelled;
    assert_eq!(
        (err.code(), err.to_string().as_str()),
        ("cancelled", "The check was cancelled.")
    );
}

#[tokio::test]
async fn a_new_check_cancels_the_one_still_running() {
    let session = Session::default();
    let (one, two) = (Seen::default(), Seen::default());
    let (first, second) = tokio::join!(checked(&session, text(silent_server()), &one), async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        checked(&session, text(closed_port()), &two).await
    });
    assert_eq!(first, Err(SessionError::Cancelled));
    assert!(second.is_ok());
}

#[tokio::test]
async fn only_fixes_the_report_offered_run() {
    let session = Session::default();
    let copied = Mutex::new(Vec::new());
    let copy = |text: String| {
        copied.lock().expect("lock").push(text);
        Ok(())
    };
    assert_eq!(
        session.run_fix("fix.flush_dns", &copy).await,
        Err(SessionError::NoReport)
    );
    let report = checked(&session, text(closed_port()), &Seen::default())
        .await
        .expect("report");
    let offered: Vec<String> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .flat_map(|f| f["fixes"].as_array().cloned().unwrap_or_default())
        .filter_map(|f| f["id"].as_str().map(String::from))
        .collect();
    for id in ["fix.not_a_fix", "fix.flush_dns", ""] {
        if offered.iter().any(|o| o == id) {
            continue;
        }
        let refused = session.run_fix(id, &copy).await;
        assert_eq!(refused, Err(SessionError::UnknownFix), "{id}");
    }
    assert_eq!(
        session
            .wake("00:1A:2B:3C:4D:5E")
            .await
            .map_err(|e| e.code()),
        Err("unknown_fix")
    );
    assert!(
        copied.lock().expect("lock").is_empty(),
        "nothing was carried out"
    );

    // An offered fix that only copies or explains is carried out, by id.
    let kept = session.current_report().expect("kept");
    let harmless = kept.findings.iter().flat_map(|f| &f.fixes).find(|fix| {
        matches!(
            actions::plan(fix, Platform::current()),
            FixAction::Copy { .. } | FixAction::Explain { .. }
        )
    });
    if let Some(fix) = harmless {
        let said = session.run_fix(&fix.id, &copy).await.expect("offered");
        assert!(!said.is_empty());
    }
}

#[tokio::test]
async fn bad_input_gives_its_report_without_probing() {
    let session = Session::default();
    let seen = Seen::default();
    let plan = session
        .plan(Request::new(What::Text("pc one?!".into()), None))
        .expect("planned");
    assert!(plan.bad_input().is_some());
    let report = session
        .run(plan, &|e: CheckEvent| seen.push(e))
        .await
        .expect("a report");
    assert_eq!(seen.names(), ["plan", "finished"]);
    assert_eq!(report.exit_code(), 2);
    assert!(report.findings.iter().any(|f| f.id.starts_with("input.")));
}

#[test]
fn requests_that_cannot_be_planned_say_why() {
    let session = Session::default();
    let err = |r: Result<_, SessionError>| r.map(|_| ()).expect_err("refused");
    let unknown = err(session.plan(Request::new(What::Preset(0), None)));
    assert_eq!(unknown.code(), "unknown_preset");
    let nothing = err(session.plan(Request::new(What::FirstPreset, None)));
    assert_eq!(nothing, SessionError::NothingToCheck);

    assert_eq!(session::parse_error_code(Some("  ")), Ok(None));
    assert_eq!(session::parse_error_code(None), Ok(None));
    assert!(session::parse_error_code(Some(" 0x904/0x7 ")).is_ok_and(|c| c.is_some()));
    // What users paste: the dialog's text (one line, as a form field keeps it), FreeRDP's
    // names and numbers, bare hex, Windows App codes.
    let read = |t: &str| {
        session::parse_error_code(Some(t))
            .ok()
            .flatten()
            .map(|c| (c.code, c.extended, c.list))
    };
    use rdp_doctor_model::CodeList;
    for (text, want) in [
        (
            "Error code: 0x904 Extended error code: 0x7",
            (0x904, Some(7), Some(CodeList::Disconnect)),
        ),
        (
            "Código de error: 0x904 Código de error extendido: 0x7",
            (0x904, Some(7), Some(CodeList::Disconnect)),
        ),
        (
            "Error code: 0x904Extended error code: 0x7",
            (0x904, Some(7), Some(CodeList::Disconnect)),
        ),
        ("904", (0x904, None, Some(CodeList::Disconnect))),
        ("2308", (0x904, None, Some(CodeList::Disconnect))),
        (
            "ERRINFO_LOGOFF_BY_USER",
            (0xC, None, Some(CodeList::Errinfo)),
        ),
        ("0x0002000D", (0xD, None, Some(CodeList::Errconnect))),
        ("0x3000046", (0x3000046, None, Some(CodeList::WindowsApp))),
    ] {
        assert_eq!(read(text), Some(want), "{text}");
    }
    let bad = session::parse_error_code(Some("oops")).expect_err("not a code");
    assert_eq!(bad.code(), "bad_error_code");
    assert!(bad.to_string().contains("is not an error code"), "{bad}");

    // Host mode plans the host's rows, as "This PC".
    let from = rdp_doctor_engine::FactsFrom::Recorded("/nonexistent".into());
    let host = session
        .plan(Request::new(What::Host(from), None))
        .expect("planned");
    assert_eq!(host.shown, "This PC");
    assert!(host.rows.iter().all(|r| !r.label.is_empty()));
    assert_eq!(session::page_watch(0), Duration::from_secs(1));
    assert_eq!(session::page_watch(86_400), Duration::from_secs(600));
}

#[tokio::test]
async fn watching_samples_the_port_that_answered_and_can_be_stopped() {
    let session = Session::default().with_budget(Some(Duration::from_secs(1)));
    let samples = Seen::default();
    let on_sample = |e: WatchEvent| samples.push(e);
    assert_eq!(
        session.watch(Duration::from_secs(1), &on_sample).await,
        Err(SessionError::NoReport)
    );
    // A closed port: nothing answered, nothing to watch.
    checked(&session, text(closed_port()), &Seen::default())
        .await
        .expect("report");
    let nothing = session.watch(Duration::from_secs(1), &on_sample).await;
    assert_eq!(nothing, Err(SessionError::NoAnswerToWatch));

    // A port that takes connections: samples, then the report again with them.
    checked(&session, text(silent_server()), &Seen::default())
        .await
        .expect("report");
    let watched = session
        .watch(Duration::from_secs(2), &on_sample)
        .await
        .expect("watched");
    assert!(watched.evidence.watch.is_some());
    let names = samples.names();
    assert!(names.iter().any(|n| n == "sample"), "{names:?}");
    assert_eq!(names.last().map(String::as_str), Some("finished"));
    assert!(
        session
            .current_report()
            .is_ok_and(|r| r.evidence.watch.is_some())
    );

    let (stopped, ()) = tokio::join!(session.watch(Duration::from_secs(30), &on_sample), async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        session.cancel();
    });
    let stopped = stopped.expect_err("stopped");
    assert_eq!(
        (stopped.code(), stopped.to_string().as_str()),
        ("cancelled", "Watching was stopped.")
    );
}

//! The app's language menu over the session: a pick words the current report again from its
//! evidence; IT's config fixes the language; a language RDP Doctor does not speak is refused.
//! (Its own process: picking a language changes the process's.)

use std::net::{SocketAddr, TcpListener};

use rdp_doctor_diagnose::catalogue;
use rdp_doctor_engine::config::Loaded;
use rdp_doctor_engine::language::Source;
use rdp_doctor_engine::session::{Request, What};
use rdp_doctor_engine::{OrgConfig, Session, SessionError};

fn closed_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address")
}

#[tokio::test]
async fn a_pick_words_the_current_report_again_and_is_refused_when_it_cannot_be() {
    let session = Session::default();
    let english = session.start_language(Some("en"), &[]);
    assert_eq!((english.tag, english.source), ("en", Source::Environment));
    let plan = session
        .plan(Request::new(What::Text(closed_port().to_string()), None))
        .expect("plan");
    let report = session.run(plan, &|_| {}).await.expect("report");

    let change = session.set_language("de-DE").expect("German is offered");
    assert_eq!(
        (change.language.tag, change.language.source),
        ("de", Source::User)
    );
    let german = change.report.expect("the report, worded again");
    let expected = catalogue::with_language("de", || {
        rdp_doctor_engine::rediagnose(&report, &OrgConfig::default())
    })
    .expect("a connection report diagnoses again");
    assert_eq!(german.summary, expected.summary);
    assert_ne!(german.summary, report.summary, "the summary is German now");
    assert_eq!(german.findings.len(), report.findings.len());
    assert_eq!(german.evidence, report.evidence);
    assert_eq!(session.current_report().ok(), Some(german));

    let rtl = session.set_language("qps-plocm").expect("a pseudo-locale");
    assert_eq!(rtl.language.direction, "rtl");
    let refused = session.set_language("xx").expect_err("not spoken");
    assert_eq!(refused.code(), "unknown_language");
    assert_eq!(
        session.language().tag,
        "qps-plocm",
        "a refusal changes nothing"
    );

    let mut loaded = Loaded::default();
    loaded.config.language = Some("fr");
    let fixed = Session::new(loaded);
    let state = fixed.start_language(Some("de"), &["es".to_string()]);
    assert_eq!((state.tag, state.fixed), ("fr", true));
    assert_eq!(
        fixed.set_language("de").err(),
        Some(SessionError::LanguageFixed)
    );
}

//! [`Session`]: one check's whole life, from what the user gave to the report they keep, for
//! both front ends. The CLI and the desktop app only translate: arguments or commands into a
//! [`Request`], [`CheckEvent`]s onto a terminal line or the page's channel, [`SessionError`]s
//! into an exit code or `{code, message}`.
//!
//! A session holds at most one running job (a check, host check or watch): starting another
//! cancels it, as does [`Session::cancel`]. It keeps the last finished report, the only source
//! of the fixes [`Session::run_fix`] will carry out.

mod error;
mod event;
mod fix;
mod share;

use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rdp_doctor_diagnose::actions::{self, Platform};
use rdp_doctor_diagnose::{capitalise, input_row};
use rdp_doctor_model::{Area, ErrorCode, Report, Target, TcpOutcome};
use tokio::sync::Notify;

pub use error::SessionError;
pub use event::{AppInfo, CheckEvent, PlannedRow, PresetInfo, WatchEvent};

use serde::Serialize;

use crate::config::{Loaded, OrgConfig, Preset};
use crate::input::{self, BadInput};
use crate::language::{self, Choice, LanguageState, Source, Wishes};
use crate::{FactsFrom, ProbeEvent, words};

/// The front end's clipboard: takes the text, or says why it could not.
pub type Clipboard<'a> = dyn Fn(String) -> Result<(), String> + Send + Sync + 'a;

/// What to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum What {
    /// Typed text: a name, an `rdp://` link or a FreeRDP/mstsc line.
    Text(String),
    RdpFile(PathBuf),
    /// One of IT's presets, by its index in [`OrgConfig::presets`] (the page never passes
    /// their paths or addresses).
    Preset(usize),
    /// The CLI without a target: IT's first preset.
    FirstPreset,
    /// This computer as a Remote Desktop host.
    Host(FactsFrom),
}

/// One check asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub what: What,
    pub error_code: Option<ErrorCode>,
    /// `--gateway`: wins over IT's gateway, for any target.
    pub gateway: Option<String>,
}

impl Request {
    pub fn new(what: What, error_code: Option<ErrorCode>) -> Request {
        Request {
            what,
            error_code,
            gateway: None,
        }
    }
}

/// A check ready to run: the rows to show before anything runs and what it is of.
#[derive(Debug)]
pub struct Plan {
    pub shown: String,
    /// The header's name for what is checked (see [`crate::page::header_name`]).
    pub header: String,
    pub rows: Vec<PlannedRow>,
    job: Job,
}

#[derive(Debug)]
enum Job {
    Remote {
        target: Result<Target, BadInput>,
        error_code: Option<ErrorCode>,
    },
    Host(FactsFrom),
}

impl Plan {
    /// Why the input cannot be checked; running the plan then gives the bad-input report.
    pub fn bad_input(&self) -> Option<&BadInput> {
        match &self.job {
            Job::Remote { target: Err(b), .. } => Some(b),
            _ => None,
        }
    }
}

/// The error code the user saw, as typed in a form: blank is none.
pub fn parse_error_code(text: Option<&str>) -> Result<Option<ErrorCode>, SessionError> {
    match text.map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(None),
        Some(c) => rdp_doctor_diagnose::error_codes::read(c)
            .map(Some)
            .map_err(|e| SessionError::BadErrorCode(capitalise(&input::error_code_error(&e)))),
    }
}

/// The page's "watch for N seconds": 1 s to 10 minutes.
pub fn page_watch(seconds: u64) -> Duration {
    Duration::from_secs(seconds.clamp(1, 600))
}

#[derive(Debug, Default)]
pub struct Session {
    loaded: Loaded,
    /// `--timeout`: wins over IT's budget.
    budget: Option<Duration>,
    running: Mutex<Option<Arc<Notify>>>,
    report: Mutex<Option<Report>>,
    /// The language chosen at start or picked since (`None`: never chosen, English).
    language: Mutex<Option<Choice>>,
}

/// A language picked in the menu: the menu's new state and the current report worded again
/// in it (`None` when there is none, or it could not be diagnosed again and was dropped).
#[derive(Clone, Debug, Serialize)]
pub struct LanguageChange {
    pub language: LanguageState,
    pub report: Option<Report>,
}

impl Session {
    pub fn new(loaded: Loaded) -> Session {
        Session {
            loaded,
            ..Session::default()
        }
    }

    pub fn with_budget(mut self, budget: Option<Duration>) -> Session {
        self.budget = budget;
        self
    }

    pub fn org(&self) -> &OrgConfig {
        &self.loaded.config
    }

    /// Chooses the language at start (IT's config fixes it; else the user's earlier pick is
    /// made later through [`Session::set_language`]; else `environment`, the computer's
    /// `system` languages, English) and makes it the process's.
    pub fn start_language(&self, environment: Option<&str>, system: &[String]) -> LanguageState {
        let choice = language::apply(language::choose(&Wishes {
            config: self.org().language,
            environment,
            system,
            ..Wishes::default()
        }));
        if let Ok(mut current) = self.language.lock() {
            *current = Some(choice);
        }
        LanguageState::of(choice)
    }

    /// The language the words are in, for the menu.
    pub fn language(&self) -> LanguageState {
        let choice = self.language.lock().ok().and_then(|c| *c);
        LanguageState::of(choice.unwrap_or(Choice {
            tag: rdp_doctor_diagnose::catalogue::language(),
            source: Source::Default,
        }))
    }

    /// The user's pick in the menu (a tag; the pseudo-locales too): refused while IT's config
    /// fixes the language or when RDP Doctor does not speak it. The current report is
    /// diagnosed again from its evidence, in the new language.
    pub fn set_language(&self, requested: &str) -> Result<LanguageChange, SessionError> {
        if self.org().language.is_some() {
            return Err(SessionError::LanguageFixed);
        }
        let tag = language::pickable(requested)
            .ok_or_else(|| SessionError::LanguageNotOffered(requested.trim().to_string()))?;
        let choice = language::apply(Choice {
            tag,
            source: Source::User,
        });
        if let Ok(mut current) = self.language.lock() {
            *current = Some(choice);
        }
        let report = self.report.lock().ok().and_then(|mut current| {
            let again = current
                .as_ref()
                .and_then(|r| crate::rediagnose(r, self.org()));
            *current = again.clone();
            again
        });
        Ok(LanguageChange {
            language: LanguageState::of(choice),
            report,
        })
    }

    /// What the window shows before the first check.
    pub fn app_info(&self, open_file: Option<String>) -> AppInfo {
        let presets = self.org().presets();
        AppInfo {
            version: env!("CARGO_PKG_VERSION"),
            platform: Platform::current().as_str(),
            open_file,
            organisation: self.org().organisation.clone(),
            target: presets.iter().find_map(|p| match p {
                Preset::Pc(_) => Some(p.label()),
                Preset::RdpFile(_) => None,
            }),
            presets: presets
                .iter()
                .map(|p| PresetInfo {
                    label: p.label(),
                    kind: match p {
                        Preset::Pc(_) => "pc",
                        Preset::RdpFile(_) => "rdp_file",
                    },
                })
                .collect(),
            config_notice: self.loaded.notice(),
            send_to_it: self.support_email().is_some(),
        }
    }

    /// Reads the input (a file too) and decides the rows; runs nothing.
    pub fn plan(&self, request: Request) -> Result<Plan, SessionError> {
        let org = self.org();
        let what = request.what.clone();
        let (shown, target) = match request.what {
            What::Host(from) => {
                let rows = Area::HOST.iter().map(|&a| planned(a)).collect();
                return Ok(Plan {
                    header: crate::page::header_name(&what, &words::this_pc(), org),
                    shown: words::this_pc(),
                    rows,
                    job: Job::Host(from),
                });
            }
            // The report (and the header) show the text without any password or user name.
            // IT's gateway goes with the configured PCs (or every PC when none are listed).
            What::Text(text) => (
                input::shown_input(&text),
                input::target_from_text(&text).map(|t| match request.gateway {
                    Some(_) => t,
                    None => org.with_gateway(t),
                }),
            ),
            What::RdpFile(path) => (
                path.display().to_string(),
                input::target_from_rdp_file(&path),
            ),
            What::Preset(index) => {
                let preset = org
                    .presets()
                    .into_iter()
                    .nth(index)
                    .ok_or(SessionError::UnknownPreset)?;
                match preset {
                    Preset::Pc(ref target) => (preset.label(), Ok(target.clone())),
                    Preset::RdpFile(path) => (
                        path.display().to_string(),
                        input::target_from_rdp_file(&path),
                    ),
                }
            }
            // The CLI's report names a preset PC with its port, as `check pc:port` would.
            What::FirstPreset => match org.presets().into_iter().next() {
                Some(Preset::Pc(pc)) => (pc.to_string(), Ok(pc)),
                Some(Preset::RdpFile(path)) => (
                    path.display().to_string(),
                    input::target_from_rdp_file(&path),
                ),
                None => return Err(SessionError::NothingToCheck),
            },
        };
        let target = match &request.gateway {
            Some(g) => target.and_then(|t| input::with_gateway(t, g)),
            None => target,
        };
        let has_gateway = target.as_ref().is_ok_and(|t| t.gateway.is_some());
        let rows = Area::ALL
            .iter()
            .filter(|&&area| area != Area::Gateway || has_gateway)
            .map(|&area| planned(area))
            .collect();
        Ok(Plan {
            header: crate::page::header_name(&what, &shown, org),
            shown,
            rows,
            job: Job::Remote {
                target,
                error_code: request.error_code,
            },
        })
    }

    /// Runs a plan: `Plan`, then a `Row` whenever a row's evidence is in (the evidence so far
    /// diagnosed again), then `Finished` with the report, which becomes the current one.
    /// Input that could not be read gives its report at once, without cancelling a running job.
    pub async fn run(
        &self,
        plan: Plan,
        on_event: &(dyn Fn(CheckEvent) + Send + Sync),
    ) -> Result<Report, SessionError> {
        on_event(CheckEvent::Plan {
            rows: plan.rows,
            shown: plan.shown.clone(),
            header: plan.header,
        });
        let org = self.org();
        let report = match plan.job {
            Job::Host(from) => self
                .cancellable(Box::pin(crate::host_check(&from, org)))
                .await
                .ok_or(SessionError::Cancelled)?,
            Job::Remote {
                target: Err(bad),
                error_code,
            } => crate::bad_input_report(&plan.shown, &bad, error_code, org),
            Job::Remote {
                target: Ok(target),
                error_code,
            } => {
                on_event(CheckEvent::Row {
                    row: input_row(&target),
                });
                let on_probe = |event: ProbeEvent| match event {
                    ProbeEvent::Started(area) => on_event(CheckEvent::Started { area }),
                    ProbeEvent::Finished { area, evidence } => {
                        if let Some(row) = crate::row_so_far(&target, error_code, &evidence, area) {
                            on_event(CheckEvent::Row { row });
                        }
                    }
                };
                let config = org.check_config(self.budget);
                let check = crate::check(&plan.shown, &target, error_code, &config, org, &on_probe);
                self.cancellable(Box::pin(check))
                    .await
                    .ok_or(SessionError::Cancelled)?
            }
        };
        on_event(CheckEvent::Finished {
            report: Box::new(report.clone()),
        });
        self.keep(report.clone());
        Ok(report)
    }

    /// Watches the current report's connection for `duration`, one attempt a second, then
    /// diagnoses it again with the samples; that report becomes the current one.
    pub async fn watch(
        &self,
        duration: Duration,
        on_event: &(dyn Fn(WatchEvent) + Send + Sync),
    ) -> Result<Report, SessionError> {
        let report = self.current_report()?;
        let target = report.target.clone().ok_or(SessionError::NoTargetToWatch)?;
        if !report
            .evidence
            .reach
            .iter()
            .any(|t| t.outcome == TcpOutcome::Open)
        {
            return Err(SessionError::NoAnswerToWatch);
        }
        let on_sample = |sample: &rdp_doctor_model::WatchSample, all: &[_]| {
            on_event(WatchEvent::Sample {
                sample: sample.clone(),
                attempts: all.len(),
                failed: all
                    .iter()
                    .filter(|s: &&rdp_doctor_model::WatchSample| s.failure.is_some())
                    .count(),
            });
        };
        let config = self.org().check_config(self.budget);
        let watched = crate::watch(&report, &target, duration, &config, self.org(), &on_sample);
        let report = self
            .cancellable(Box::pin(watched))
            .await
            .ok_or(SessionError::WatchStopped)?
            .ok_or(SessionError::NoAnswerToWatch)?;
        on_event(WatchEvent::Finished {
            report: Box::new(report.clone()),
        });
        self.keep(report.clone());
        Ok(report)
    }

    /// Stops the running job, if any: its call returns `Cancelled` (or `WatchStopped`).
    pub fn cancel(&self) {
        if let Some(token) = self.running.lock().ok().and_then(|mut r| r.take()) {
            // A stored permit: a job between its start and its first wait still sees it.
            token.notify_one();
        }
    }

    /// What the window offers beside the current report (see [`crate::offers`]).
    pub fn offers(&self) -> Result<crate::offers::Offers, SessionError> {
        self.current_report().map(|r| crate::offers::offers(&r))
    }

    /// What the page shows beside the current report (see [`crate::page`]).
    pub fn page_view(&self) -> Result<crate::page::PageView, SessionError> {
        self.current_report().map(|r| crate::page::view(&r))
    }

    pub fn current_report(&self) -> Result<Report, SessionError> {
        self.report
            .lock()
            .ok()
            .and_then(|r| r.clone())
            .ok_or(SessionError::NoReport)
    }

    /// Carries out a fix of the current report, by id: the action is planned from the
    /// session's own report, so nothing the caller sends but the id reaches it.
    pub async fn run_fix(
        &self,
        fix_id: &str,
        copy: &Clipboard<'_>,
    ) -> Result<String, SessionError> {
        let report = self.current_report()?;
        let fix = offered(&report, fix_id).ok_or(SessionError::UnknownFix)?;
        fix::carry_out(actions::plan(fix, Platform::current()), copy).await
    }

    /// Sends a Wake-on-LAN packet for the MAC address the user typed, when the current report
    /// offers `fix.wake_on_lan`, to the network that holds the PC's first IPv4 address.
    pub async fn wake(&self, mac: &str) -> Result<String, SessionError> {
        let report = self.current_report()?;
        offered(&report, "fix.wake_on_lan").ok_or(SessionError::WakeNotOffered)?;
        let near = report
            .evidence
            .dns
            .as_ref()
            .map(|d| d.outcome.addresses())
            .unwrap_or_default()
            .into_iter()
            .find_map(|ip| match ip {
                std::net::IpAddr::V4(v4) => Some(v4),
                std::net::IpAddr::V6(_) => None,
            });
        crate::wake(mac, near)
            .await
            .map_err(|e| SessionError::Wake(capitalise(&e.to_string())))
    }

    fn keep(&self, report: Report) {
        if let Ok(mut current) = self.report.lock() {
            *current = Some(report);
        }
    }

    /// Runs `work` as the session's one job: a job still running is cancelled first. `None`
    /// when this one was cancelled.
    /// `work` comes boxed: a check's future is large (tens of KB in debug builds) and would
    /// otherwise sit in every caller's future, on the stack of whoever holds two.
    async fn cancellable<T>(
        &self,
        work: Pin<Box<dyn Future<Output = T> + Send + '_>>,
    ) -> Option<T> {
        let token = Arc::new(Notify::new());
        if let Ok(mut running) = self.running.lock()
            && let Some(previous) = running.replace(Arc::clone(&token))
        {
            previous.notify_one();
        }
        let outcome = tokio::select! {
            biased;
            () = token.notified() => None,
            done = work => Some(done),
        };
        if let Ok(mut running) = self.running.lock()
            && running.as_ref().is_some_and(|t| Arc::ptr_eq(t, &token))
        {
            *running = None;
        }
        outcome
    }
}

fn planned(area: Area) -> PlannedRow {
    PlannedRow {
        area,
        label: rdp_doctor_diagnose::area_label(area),
    }
}

fn offered<'r>(report: &'r Report, fix_id: &str) -> Option<&'r rdp_doctor_model::Fix> {
    report
        .findings
        .iter()
        .flat_map(|f| f.fixes.iter())
        .find(|f| f.id == fix_id)
}

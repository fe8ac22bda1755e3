//! `rdp-doctor`: the diagnosis engine on the command line, with a checklist for people and
//! `--json` for scripts. Exit codes: 0 all good, 1 warnings, 2 failures, 3 bad input.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use rdp_doctor_diagnose::{catalogue, render, t};
use rdp_doctor_engine::config::{self, Loaded, Origin, Places, Preset};
use rdp_doctor_engine::session::{self, Request, What};
use rdp_doctor_engine::{BadInput, CheckEvent, Session, SessionError, WatchEvent, input, language};
use rdp_doctor_model::Report;

mod help;

const EXIT_BAD_INPUT: u8 = 3;

/// The help's words come from the catalogue (`help::localised`); these doc comments are for
/// developers and for clap's checks.
#[derive(Parser, Debug)]
#[command(
    name = "rdp-doctor",
    version,
    about = "Find out why a Remote Desktop connection fails",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
struct Cli {
    /// Print help
    #[arg(short, long, global = true, action = clap::ArgAction::Help)]
    help: Option<bool>,
    /// Print the version
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    version: Option<bool>,
    /// IT's config file (default: rdp-doctor.toml beside this program, else the per-user one)
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The language to speak: en, de, es or fr (default: IT's config, else this computer's)
    #[arg(long, global = true, value_name = "LANGUAGE")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check the connection to a remote PC: host, host:port, [IPv6]:port, an IP, a pasted
    /// rdp:// link or FreeRDP/mstsc command line (/v:pc /g:gw), or --rdp-file
    Check(CheckArgs),
    /// Check this PC as a Remote Desktop host (Windows): switched on, service, firewall,
    /// certificate, sleep settings, sessions
    Host(HostArgs),
    /// Show which config file RDP Doctor uses and what it says (for IT: check a file before
    /// handing it out); exit 3 when it is broken
    Config,
    /// Wake a sleeping PC with a Wake-on-LAN packet to its network card's address (MAC)
    Wake {
        /// The network card's address, e.g. 00:1A:2B:3C:4D:5E
        mac: String,
        /// The PC's IP address, to send on the network that holds it
        #[arg(long, value_name = "IP")]
        near: Option<String>,
    },
}

#[derive(clap::Args, Debug)]
struct HostArgs {
    /// Print the report as JSON
    #[arg(long)]
    json: bool,
    /// Never colour the output
    #[arg(long)]
    no_color: bool,
    /// Judge command outputs recorded on another PC (with --record) instead of this PC's
    #[arg(long, value_name = "DIR", conflicts_with = "record")]
    facts_from: Option<std::path::PathBuf>,
    /// Save the outputs of the commands host mode runs to this folder, to judge elsewhere
    #[arg(long, value_name = "DIR")]
    record: Option<std::path::PathBuf>,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// The computer you connect to, as you type it in Remote Desktop, or a pasted rdp:// link
    /// or FreeRDP/mstsc command line: /v:pc:3389 /g:gateway (quote it when it has options
    /// starting with "-" or "+"). Default: the first PC, or the .rdp file, of IT's config file
    target: Vec<String>,
    /// Take the computer (and its gateway) from a .rdp file instead
    #[arg(long, value_name = "FILE", conflicts_with = "target")]
    rdp_file: Option<std::path::PathBuf>,
    /// The RD Gateway the connection goes through, host[:port] (port 443 by default)
    #[arg(long, value_name = "HOST")]
    gateway: Option<String>,
    /// The error code Remote Desktop showed, e.g. 0x904/0x7, the error dialog's text, or a
    /// FreeRDP ERRCONNECT_*/ERRINFO_* name: explaining findings come first
    #[arg(long = "error", value_name = "CODE")]
    error_code: Option<String>,
    /// Time budget for the whole check, in seconds (default: the config file's, else 10)
    #[arg(long, value_name = "SECONDS")]
    timeout: Option<String>,
    /// After the check, watch the connection for this long (e.g. 60s, 5m): one attempt a
    /// second, with a live count of failures, for links that fail now and then
    #[arg(long, value_name = "DURATION")]
    watch: Option<String>,
    /// Print the report as JSON
    #[arg(long)]
    json: bool,
    /// Never colour the output
    #[arg(long)]
    no_color: bool,
}

fn main() -> ExitCode {
    // Words before the arguments are read (their own errors) are already in the language asked
    // for; IT's config may change it once it is read.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let asked = asked_language(&args);
    speak(asked.as_deref(), None);
    let parsed = help::localised(Cli::command())
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            eprintln!("{}", t!("cli-bad_arguments", problem = help::problem(&e)));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    if let Some(asked) = &cli.lang
        && catalogue::resolve(asked).is_none()
    {
        eprintln!(
            "{}",
            t!(
                "cli-unknown_language",
                language = asked.as_str(),
                languages = language::spoken()
            )
        );
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let given = cli.config.as_deref();
    let lang = cli.lang.as_deref();
    match cli.command {
        Command::Check(args) => {
            let color = !args.no_color
                && std::env::var_os("NO_COLOR").is_none()
                && std::io::stdout().is_terminal();
            match org_config(given, lang) {
                Ok(loaded) => check(args, color, loaded),
                Err(code) => code,
            }
        }
        Command::Host(args) => {
            let color = !args.no_color
                && std::env::var_os("NO_COLOR").is_none()
                && std::io::stdout().is_terminal();
            match org_config(given, lang) {
                Ok(loaded) => host(args, color, loaded),
                Err(code) => code,
            }
        }
        Command::Config => show_config(given, lang),
        Command::Wake { mac, near } => wake(&mac, near.as_deref()),
    }
}

/// The value of `--lang` (or `--lang=…`) before clap reads the arguments, if any.
fn asked_language(args: &[std::ffi::OsString]) -> Option<String> {
    let mut args = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
        if arg == "--lang" {
            return args.next().map(ToString::to_string);
        }
    }
    None
}

/// Words from now on in the language `--lang` asks for, else IT's config's, else
/// `RDP_DOCTOR_LANG`, else this computer's.
fn speak(command: Option<&str>, config: Option<&str>) {
    let system = language::system();
    let environment = language::environment();
    language::apply(language::choose(&language::Wishes {
        command,
        config,
        environment: environment.as_deref(),
        system: &system,
        ..language::Wishes::default()
    }));
}

/// IT's config: a file given with `--config` that is missing or broken stops here (exit 3); a
/// broken file found by itself is named on stderr and the check runs on the defaults.
fn org_config(given: Option<&Path>, lang: Option<&str>) -> Result<Loaded, ExitCode> {
    let loaded = config::load(given, &Places::of_this_process());
    speak(lang, loaded.config.language);
    if let (true, Some(problem)) = (loaded.given_and_broken(), &loaded.problem) {
        eprintln!("{}", problem.fact());
        return Err(ExitCode::from(EXIT_BAD_INPUT));
    }
    if let Some(notice) = loaded.notice() {
        eprintln!("{notice}");
    }
    Ok(loaded)
}

/// `rdp-doctor config`: where the file is and what RDP Doctor reads in it. Exit 0 when it is
/// fine (or there is none), 1 when a setting is ignored, 3 when it is broken.
fn show_config(given: Option<&Path>, lang: Option<&str>) -> ExitCode {
    let places = Places::of_this_process();
    let loaded = config::load(given, &places);
    speak(lang, loaded.config.language);
    let Some(found) = &loaded.found else {
        let looked: Vec<String> = places
            .candidates()
            .iter()
            .map(|c| format!("  {}", c.path.display()))
            .collect();
        write_stdout(&t!("cli-config-none", places = looked.join("\n")));
        return ExitCode::SUCCESS;
    };
    if let Some(problem) = &loaded.problem {
        eprintln!("{}", problem.fact());
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let how = match found.origin {
        Origin::Given => t!("cli-config-given"),
        Origin::BesideProgram => t!("cli-config-beside_program"),
        Origin::ThisUser => t!("cli-config-this_user"),
    };
    let org = &loaded.config;
    let mut lines = vec![t!(
        "cli-config-file",
        path = found.path.display().to_string(),
        how = how
    )];
    let organisation = org.organisation.clone().unwrap_or_default();
    if let Some(name) = &organisation.name {
        lines.push(t!("cli-config-organisation", name = name));
    }
    if !organisation.support.is_empty() {
        let parts: Vec<&str> = organisation.support.parts().collect();
        lines.push(t!("cli-config-support", parts = parts.join(" · ")));
    }
    for (n, preset) in org.presets().iter().enumerate() {
        let what = match preset {
            Preset::Pc(t) => match &t.gateway {
                Some(g) => t!(
                    "cli-config-through_gateway",
                    pc = preset.label(),
                    gateway = format!("{}:{}", g.host, g.port)
                ),
                None => preset.label(),
            },
            Preset::RdpFile(path) => t!("cli-config-rdp_file", path = path.display().to_string()),
        };
        lines.push(if n == 0 {
            t!("cli-config-to_check_first", what = what)
        } else {
            t!("cli-config-to_check", what = what)
        });
    }
    if let (Some(gateway), true) = (&org.gateway, org.pcs.is_empty()) {
        lines.push(t!(
            "cli-config-gateway",
            gateway = format!("{}:{}", gateway.host, gateway.port)
        ));
    }
    if let Some(tag) = org.language {
        lines.push(t!(
            "cli-config-language",
            language = catalogue::with_language(tag, || t!("language-name"))
        ));
    }
    if let Some(timeout) = org.timeout {
        lines.push(t!(
            "cli-config-timeout",
            seconds = timeout.as_secs_f64().to_string()
        ));
    }
    if !org.fixes.hide.is_empty() {
        let hidden: Vec<&str> = org.fixes.hide.iter().map(String::as_str).collect();
        lines.push(t!("cli-config-fixes_hidden", fixes = hidden.join(", ")));
    }
    if org.fixes.hide_admin {
        lines.push(t!("cli-config-admin_fixes_hidden"));
    }
    write_stdout(&lines.join("\n"));
    match loaded.notice() {
        Some(note) => {
            eprintln!("{note}");
            ExitCode::from(1)
        }
        None => ExitCode::SUCCESS,
    }
}

fn host(args: HostArgs, color: bool, loaded: Loaded) -> ExitCode {
    let runtime = match runtime() {
        Ok(r) => r,
        Err(code) => return code,
    };
    if let Some(dir) = args.record {
        return match runtime.block_on(rdp_doctor_engine::record_facts(&dir)) {
            Ok(n) => {
                println!(
                    "{}",
                    t!("cli-recorded", n = n, dir = dir.display().to_string())
                );
                ExitCode::SUCCESS
            }
            Err(e) => bad_usage(&t!(
                "cli-record_failed",
                dir = dir.display().to_string(),
                why = e.to_string()
            )),
        };
    }
    let from = match args.facts_from {
        Some(dir) if !dir.is_dir() => {
            return bad_usage(&t!("cli-not_a_folder", dir = dir.display().to_string()));
        }
        Some(dir) => rdp_doctor_engine::FactsFrom::Recorded(dir),
        None => rdp_doctor_engine::FactsFrom::ThisMachine,
    };
    let session = Session::new(loaded);
    let report = match session.plan(Request::new(What::Host(from), None)) {
        Ok(plan) => runtime.block_on(session.run(plan, &|_| {})),
        Err(e) => Err(e),
    };
    let report = match report {
        Ok(report) => report,
        Err(e) => {
            eprintln!("{}", input::sentence(&e.to_string()));
            return ExitCode::from(2);
        }
    };
    if args.json {
        print_json(&report);
    } else {
        write_stdout(render::text(&report, color).trim_end());
    }
    ExitCode::from(u8::try_from(report.exit_code()).unwrap_or(2))
}

fn wake(mac: &str, near: Option<&str>) -> ExitCode {
    let near = match near
        .map(|n| n.trim().parse::<std::net::Ipv4Addr>())
        .transpose()
    {
        Ok(n) => n,
        Err(_) => return bad_usage(&t!("cli-near_not_ipv4")),
    };
    // A MAC that can't be parsed is bad input (exit 3); a packet that can't be sent, a failure.
    if let Err(e) = rdp_doctor_wire::wake_on_lan::mac_address(mac) {
        return bad_usage(&rdp_doctor_engine::WakeError::BadMac(e).to_string());
    }
    let runtime = match runtime() {
        Ok(r) => r,
        Err(code) => return code,
    };
    match runtime.block_on(rdp_doctor_engine::wake(mac, near)) {
        Ok(message) => {
            write_stdout(&message);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", input::sentence(&e.to_string()));
            ExitCode::from(2)
        }
    }
}

fn check(args: CheckArgs, color: bool, loaded: Loaded) -> ExitCode {
    let CheckArgs {
        target,
        rdp_file,
        gateway,
        error_code,
        timeout,
        watch,
        json,
        ..
    } = args;
    // Options that are not about the target itself stop the program with one sentence.
    let error_code = match session::parse_error_code(error_code.as_deref()) {
        Ok(c) => c,
        Err(e) => return bad_usage(&e.to_string()),
    };
    let budget = match timeout.as_deref().map(input::parse_timeout).transpose() {
        Ok(b) => b,
        Err(e) => return bad_usage(&e),
    };
    let watch = match watch.as_deref().map(input::parse_watch).transpose() {
        Ok(w) => w,
        Err(e) => return bad_usage(&e),
    };
    // Several words are a command line the shell split (`check /v:pc /g:gw`). Without a
    // computer, the first one IT's config names.
    let what = match (target.is_empty(), rdp_file) {
        (false, _) => What::Text(input::text_from_words(&target)),
        (true, Some(path)) => What::RdpFile(path),
        (true, None) => What::FirstPreset,
    };
    let session = Session::new(loaded).with_budget(budget);
    let plan = match session.plan(Request {
        what,
        error_code,
        gateway,
    }) {
        Ok(plan) => plan,
        Err(e) => return bad_usage(&e.to_string()),
    };
    let bad_input = plan.bad_input().map(BadInput::message_sentence);
    if let (Some(sentence), false) = (&bad_input, json) {
        eprintln!("{sentence}");
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let runtime = match runtime() {
        Ok(r) => r,
        Err(code) => return code,
    };
    let progress = !json && std::io::stderr().is_terminal();
    let on_event = move |event: CheckEvent| {
        if let (true, CheckEvent::Started { area }) = (progress, event) {
            eprint!(
                "\r\x1b[2K  {}",
                t!("cli-checking", row = rdp_doctor_diagnose::area_label(area))
            );
            let _ = std::io::stderr().flush();
        }
    };
    let report = match runtime.block_on(session.run(plan, &on_event)) {
        Ok(report) => report,
        Err(e) => {
            eprintln!("{}", input::sentence(&e.to_string()));
            return ExitCode::from(2);
        }
    };
    if progress {
        eprint!("\r\x1b[2K");
    }
    if bad_input.is_some() {
        print_json(&report);
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let report = match watch {
        Some(duration) => {
            let live = std::io::stderr().is_terminal();
            let on_watch = move |event: WatchEvent| {
                let WatchEvent::Sample {
                    sample,
                    attempts,
                    failed,
                } = event
                else {
                    return;
                };
                if !live {
                    return;
                }
                let last = match (&sample.failure, sample.connect_ms) {
                    (Some(f), _) => t!("cli-watching-failed", why = f.to_string()),
                    (None, Some(ms)) => t!("cli-watching-ms", ms = ms.to_string()),
                    (None, None) => t!("cli-watching-no_answer"),
                };
                eprint!(
                    "\r\x1b[2K  {}",
                    t!(
                        "cli-watching",
                        attempts = attempts.to_string(),
                        failed = failed.to_string(),
                        last = last
                    )
                );
                let _ = std::io::stderr().flush();
            };
            let watched = runtime.block_on(session.watch(duration, &on_watch));
            if live {
                eprintln!();
            }
            match watched {
                Ok(r) => r,
                Err(SessionError::NoAnswerToWatch) => {
                    eprintln!("{}", t!("cli-nothing_to_watch"));
                    report
                }
                Err(e) => {
                    eprintln!("{}", input::sentence(&e.to_string()));
                    report
                }
            }
        }
        None => report,
    };
    if json {
        print_json(&report);
    } else {
        write_stdout(render::text(&report, color).trim_end());
    }
    ExitCode::from(u8::try_from(report.exit_code()).unwrap_or(2))
}

/// One thread is plenty: the probes wait on the network, not the CPU, and it starts faster.
fn runtime() -> Result<tokio::runtime::Runtime, ExitCode> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            eprintln!("{}", t!("cli-could_not_start", why = e.to_string()));
            ExitCode::from(EXIT_BAD_INPUT)
        })
}

fn bad_usage(message: &str) -> ExitCode {
    eprintln!("{}", input::sentence(message));
    ExitCode::from(EXIT_BAD_INPUT)
}

fn print_json(report: &Report) {
    match serde_json::to_string_pretty(report) {
        Ok(s) => write_stdout(&s),
        Err(e) => eprintln!("{}", t!("cli-json_failed", why = e.to_string())),
    }
}

/// A closed pipe (`rdp-doctor … | head`) is not worth a panic: the reader has what it wanted.
fn write_stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}").and_then(|()| out.flush());
}

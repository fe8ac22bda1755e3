//! `rdp-doctor`: the diagnosis engine on the command line, with a checklist for people and
//! `--json` for scripts. Exit codes: 0 all good, 1 warnings, 2 failures, 3 bad input.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rdp_doctor_diagnose::render;
use rdp_doctor_engine::{CheckConfig, ProbeEvent, input};
use rdp_doctor_model::{ErrorCode, Report};

const EXIT_BAD_INPUT: u8 = 3;

#[derive(Parser, Debug)]
#[command(
    name = "rdp-doctor",
    version,
    about = "Find out why a Remote Desktop connection fails"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check the connection to a remote PC: host, host:port, [IPv6]:port, an IP, or --rdp-file
    Check(CheckArgs),
    /// Check this PC as a Remote Desktop host (Windows): switched on, service, firewall,
    /// certificate, sleep settings, sessions
    Host(HostArgs),
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
    /// The computer you connect to, as you type it in Remote Desktop
    target: Option<String>,
    /// Take the computer (and its gateway) from a .rdp file instead
    #[arg(long, value_name = "FILE", conflicts_with = "target")]
    rdp_file: Option<std::path::PathBuf>,
    /// The RD Gateway the connection goes through, host[:port] (port 443 by default)
    #[arg(long, value_name = "HOST")]
    gateway: Option<String>,
    /// The error code Remote Desktop showed, e.g. 0x904/0x7: explaining findings come first
    #[arg(long = "error", value_name = "CODE")]
    error_code: Option<String>,
    /// Time budget for the whole check, in seconds (default 10)
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
    let cli = match Cli::try_parse() {
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
            let rendered = e.to_string();
            let first = rendered.lines().next().unwrap_or("invalid arguments");
            eprintln!(
                "{}. Run rdp-doctor --help to see how to use it.",
                first.trim_start_matches("error: ")
            );
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    match cli.command {
        Command::Check(args) => {
            let color = !args.no_color
                && std::env::var_os("NO_COLOR").is_none()
                && std::io::stdout().is_terminal();
            check(args, color)
        }
        Command::Host(args) => {
            let color = !args.no_color
                && std::env::var_os("NO_COLOR").is_none()
                && std::io::stdout().is_terminal();
            host(args, color)
        }
        Command::Wake { mac, near } => wake(&mac, near.as_deref()),
    }
}

fn host(args: HostArgs, color: bool) -> ExitCode {
    let runtime = match runtime() {
        Ok(r) => r,
        Err(code) => return code,
    };
    if let Some(dir) = args.record {
        return match runtime.block_on(rdp_doctor_engine::record_facts(&dir)) {
            Ok(n) => {
                println!("Saved the output of {n} commands in {}.", dir.display());
                ExitCode::SUCCESS
            }
            Err(e) => bad_usage(&format!("could not save to {}: {e}", dir.display())),
        };
    }
    let from = match args.facts_from {
        Some(dir) if !dir.is_dir() => {
            return bad_usage(&format!("{} is not a folder", dir.display()));
        }
        Some(dir) => rdp_doctor_engine::FactsFrom::Recorded(dir),
        None => rdp_doctor_engine::FactsFrom::ThisMachine,
    };
    let report = runtime.block_on(rdp_doctor_engine::host_check(&from));
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
        Err(_) => return bad_usage("--near takes the PC's IPv4 address, e.g. 192.168.1.50"),
    };
    // A MAC that can't be parsed is bad input (exit 3); a packet that can't be sent, a failure.
    if let Err(e) = rdp_doctor_wire::wake_on_lan::parse_mac(mac) {
        return bad_usage(&e);
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
            eprintln!("{}", input::sentence(&e));
            ExitCode::from(2)
        }
    }
}

fn check(args: CheckArgs, color: bool) -> ExitCode {
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
    let error_code = match error_code.as_deref().map(ErrorCode::parse).transpose() {
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
    let (shown_input, parsed) = match (&target, &rdp_file) {
        (Some(t), _) => (t.clone(), input::target_from_text(t)),
        (None, Some(path)) => (
            path.display().to_string(),
            input::target_from_rdp_file(path),
        ),
        (None, None) => {
            return bad_usage(
                "please name the computer to check, e.g. rdp-doctor check pc.example.com",
            );
        }
    };
    let parsed = match gateway {
        Some(g) => parsed.and_then(|t| input::with_gateway(t, &g)),
        None => parsed,
    };
    let target = match parsed {
        Ok(t) => t,
        Err(bad) => {
            if json {
                print_json(&rdp_doctor_engine::bad_input_report(
                    &shown_input,
                    &bad,
                    error_code,
                ));
            } else {
                eprintln!("{}", bad.message_sentence());
            }
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let config = budget.map_or_else(CheckConfig::default, CheckConfig::with_budget);
    let runtime = match runtime() {
        Ok(r) => r,
        Err(code) => return code,
    };
    let progress = !json && std::io::stderr().is_terminal();
    let on_event = move |event: ProbeEvent| {
        if let (true, ProbeEvent::Started(area)) = (progress, event) {
            eprint!("\r\x1b[2K  checking: {}…", area.label());
            let _ = std::io::stderr().flush();
        }
    };
    let report = runtime.block_on(rdp_doctor_engine::check(
        &shown_input,
        &target,
        error_code,
        &config,
        &on_event,
    ));
    if progress {
        eprint!("\r\x1b[2K");
    }
    let report = match watch {
        Some(duration) => {
            let live = std::io::stderr().is_terminal();
            let on_sample =
                move |sample: &rdp_doctor_model::WatchSample,
                      all: &[rdp_doctor_model::WatchSample]| {
                    if !live {
                        return;
                    }
                    let failed = all.iter().filter(|s| s.failure.is_some()).count();
                    let last = match (&sample.failure, sample.connect_ms) {
                        (Some(f), _) => format!("failed: {f}"),
                        (None, Some(ms)) => format!("{ms} ms"),
                        (None, None) => "no answer".into(),
                    };
                    eprint!(
                        "\r\x1b[2K  watching: {} attempts, {failed} failed, last {last}",
                        all.len()
                    );
                    let _ = std::io::stderr().flush();
                };
            let watched = runtime.block_on(rdp_doctor_engine::watch(
                &report, &target, duration, &config, &on_sample,
            ));
            if live {
                eprintln!();
            }
            match watched {
                Some(r) => r,
                None => {
                    eprintln!("Nothing to watch: the remote PC's port did not answer.");
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
            eprintln!("rdp-doctor could not start: {e}");
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
        Err(e) => eprintln!("could not write the report as JSON: {e}"),
    }
}

/// A closed pipe (`rdp-doctor … | head`) is not worth a panic: the reader has what it wanted.
fn write_stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}").and_then(|()| out.flush());
}

//! `--help` in the user's language: clap builds the help from the derive's doc comments (for
//! developers); here every heading, command and option gets its words from the catalogue.

use clap::Command;
use rdp_doctor_diagnose::t;

/// Each command's options (and arguments) and their words.
fn words(command: &str) -> Vec<(&'static str, String)> {
    match command {
        "rdp-doctor" => vec![
            ("config", t!("cli-help.config")),
            ("lang", t!("cli-help.lang")),
            ("help", t!("cli-help.help")),
            ("version", t!("cli-help.version")),
        ],
        "check" => vec![
            ("target", t!("cli-help.target")),
            ("rdp_file", t!("cli-help.rdp_file")),
            ("gateway", t!("cli-help.gateway")),
            ("error_code", t!("cli-help.error")),
            ("timeout", t!("cli-help.timeout")),
            ("watch", t!("cli-help.watch")),
            ("json", t!("cli-help.json")),
            ("no_color", t!("cli-help.no_color")),
        ],
        "host" => vec![
            ("json", t!("cli-help.json")),
            ("no_color", t!("cli-help.no_color")),
            ("facts_from", t!("cli-help.facts_from")),
            ("record", t!("cli-help.record")),
        ],
        "wake" => vec![("mac", t!("cli-help.mac")), ("near", t!("cli-help.near"))],
        _ => Vec::new(),
    }
}

/// What each command does, for the list of commands and its own help.
fn about(command: &str) -> String {
    match command {
        "check" => t!("cli-help.check"),
        "host" => t!("cli-help.host"),
        "config" => t!("cli-help.config_command"),
        "wake" => t!("cli-help.wake"),
        _ => t!("cli-help.about"),
    }
}

/// What is wrong with the arguments, in the user's language: the usual mistakes worded here,
/// any other in clap's (English) words.
pub fn problem(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(s)) => s.first().cloned(),
        _ => None,
    };
    let arg = context(ContextKind::InvalidArg);
    let worded = match (e.kind(), arg) {
        (ErrorKind::UnknownArgument, Some(arg)) => {
            Some(t!("cli-problem.unknown_option", option = arg))
        }
        (ErrorKind::InvalidSubcommand, _) => context(ContextKind::InvalidSubcommand)
            .map(|command| t!("cli-problem.unknown_command", command = command)),
        (ErrorKind::ArgumentConflict, Some(arg)) => context(ContextKind::PriorArg)
            .map(|other| t!("cli-problem.conflict", option = arg, other = other)),
        (ErrorKind::MissingRequiredArgument, Some(arg)) => {
            Some(t!("cli-problem.missing", option = arg))
        }
        (
            ErrorKind::InvalidValue | ErrorKind::NoEquals | ErrorKind::WrongNumberOfValues,
            Some(arg),
        ) => Some(t!("cli-problem.value", option = arg)),
        _ => None,
    };
    worded.unwrap_or_else(|| {
        let rendered = e.to_string();
        let first = rendered
            .lines()
            .next()
            .map(|l| l.trim_start_matches("error: ").to_string());
        first.unwrap_or_else(|| t!("cli-invalid_arguments"))
    })
}

/// `command` and its subcommands with the help in the current language.
pub fn localised(command: Command) -> Command {
    let name = command.get_name().to_string();
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t!("cli-help.usage")
    );
    let mut command = command
        .about(about(&name))
        .help_template(template)
        .subcommand_help_heading(t!("cli-help.commands"))
        .subcommand_value_name(t!("cli-help.command"));
    for (id, help) in words(&name) {
        command = command.mut_arg(id, |arg| {
            let heading = if arg.is_positional() {
                t!("cli-help.arguments")
            } else {
                t!("cli-help.options")
            };
            arg.help(help).help_heading(heading)
        });
    }
    // The global options are copied into each command when clap builds it; word them there too.
    let globals = words("rdp-doctor");
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for sub in subcommands {
        let globals = globals.clone();
        command = command.mut_subcommand(sub, |c| {
            let mut c = localised(c);
            if c.get_arguments().all(|a| a.get_id() != "lang") {
                return c;
            }
            for (id, help) in globals {
                if id != "version" {
                    c = c.mut_arg(id, |a| a.help(help).help_heading(t!("cli-help.options")));
                }
            }
            c
        });
    }
    command
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use rdp_doctor_diagnose::catalogue::with_language;

    use super::*;

    fn help(language: &str, args: &[&str]) -> String {
        with_language(language, || {
            match localised(crate::Cli::command()).try_get_matches_from(args) {
                Err(e) => e.render().to_string(),
                Ok(_) => String::new(),
            }
        })
    }

    #[test]
    fn every_option_of_every_command_is_worded() {
        let command = crate::Cli::command();
        let mut all = vec![("rdp-doctor".to_string(), command.clone())];
        all.extend(
            command
                .get_subcommands()
                .map(|c| (c.get_name().to_string(), c.clone())),
        );
        for (name, c) in all {
            let worded: Vec<&str> = words(&name).iter().map(|(id, _)| *id).collect();
            for arg in c.get_arguments() {
                let id = arg.get_id().as_str();
                let global = matches!(id, "config" | "lang" | "help");
                assert!(worded.contains(&id) || global, "{name} --{id} has no words");
            }
        }
    }

    #[test]
    fn the_usual_mistakes_are_worded() {
        let problem = |language: &str, args: &[&str]| {
            with_language(language, || {
                let e = localised(crate::Cli::command())
                    .try_get_matches_from(args)
                    .expect_err("a mistake");
                problem(&e)
            })
        };
        assert_eq!(
            problem("de", &["rdp-doctor", "check", "--bogus"]),
            with_language("de", || t!(
                "cli-problem.unknown_option",
                option = "--bogus"
            ))
        );
        assert_eq!(
            problem("fr", &["rdp-doctor", "chek"]),
            with_language("fr", || t!("cli-problem.unknown_command", command = "chek"))
        );
        let conflict = problem("es", &["rdp-doctor", "check", "pc", "--rdp-file", "a.rdp"]);
        assert!(conflict.contains("--rdp-file"), "{conflict}");
        assert_eq!(
            problem("en", &["rdp-doctor", "check", "--error"]),
            t!("cli-problem.value", option = "--error <CODE>")
        );
    }

    #[test]
    fn the_help_speaks_the_language() {
        let german = help("de", &["rdp-doctor", "--help"]);
        assert!(
            german.contains(&with_language("de", || t!("cli-help.commands"))),
            "{german}"
        );
        assert!(
            german.contains(&with_language("de", || t!("cli-help.check"))),
            "{german}"
        );
        assert!(!german.contains("Print help"), "{german}");
        let french = help("fr", &["rdp-doctor", "check", "--help"]);
        assert!(
            french.contains(&with_language("fr", || t!("cli-help.error"))),
            "{french}"
        );
        assert!(
            french.contains(&with_language("fr", || t!("cli-help.lang"))),
            "{french}"
        );
        assert!(french.contains("--error <CODE>"), "{french}");
        let english = help("en", &["rdp-doctor", "wake", "-h"]);
        assert!(english.contains(&t!("cli-help.mac")), "{english}");
    }
}

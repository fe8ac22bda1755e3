use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::Mutex;

use rdp_doctor_engine::Session;
use rdp_doctor_engine::config::Loaded;

/// What the shell remembers between commands: the session (the running check, the current
/// report and IT's config as read at start) and the file to open once.
#[derive(Debug, Default)]
pub struct AppState {
    pub session: Session,
    /// A `.rdp` file the app was started with ("Open with RDP Doctor"), handed to the page once.
    pub open_at_start: Mutex<Option<PathBuf>>,
}

/// What the command line asks for: `--config FILE` (or `--config=FILE`) and a `.rdp` file.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct StartArgs {
    pub config: Option<PathBuf>,
    pub rdp_file: Option<PathBuf>,
}

impl StartArgs {
    /// The first `.rdp` file among the arguments is checked as soon as the window is ready.
    pub fn parse(mut args: impl Iterator<Item = OsString>) -> StartArgs {
        let mut parsed = StartArgs::default();
        while let Some(arg) = args.next() {
            let text = arg.to_string_lossy();
            if text == "--config" {
                parsed.config = args.next().map(PathBuf::from);
            } else if let Some(file) = text.strip_prefix("--config=") {
                parsed.config = Some(PathBuf::from(file));
            } else {
                let path = PathBuf::from(&arg);
                let is_rdp = path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("rdp"));
                if is_rdp && parsed.rdp_file.is_none() {
                    parsed.rdp_file = Some(path);
                }
            }
        }
        parsed
    }
}

impl AppState {
    pub fn new(rdp_file: Option<PathBuf>, org: Loaded) -> AppState {
        AppState {
            session: Session::new(org),
            open_at_start: Mutex::new(rdp_file),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> StartArgs {
        StartArgs::parse(args.iter().map(OsString::from))
    }

    #[test]
    fn the_first_rdp_file_among_the_arguments_is_opened() {
        let args = parse(&["--flag", "notes.txt", "Office.RDP", "other.rdp"]);
        assert_eq!(args.rdp_file, Some(PathBuf::from("Office.RDP")));
        assert_eq!(parse(&[]), StartArgs::default());
    }

    #[test]
    fn config_is_given_with_or_without_an_equals_sign() {
        let args = parse(&["--config", "it.toml", "office.rdp"]);
        assert_eq!(args.config, Some(PathBuf::from("it.toml")));
        assert_eq!(args.rdp_file, Some(PathBuf::from("office.rdp")));
        let args = parse(&["--config=C:\\IT\\rdp-doctor.toml"]);
        assert_eq!(args.config, Some(PathBuf::from("C:\\IT\\rdp-doctor.toml")));
        // A .rdp file given as the config is the config, not a file to check.
        let args = parse(&["--config", "odd.rdp"]);
        assert_eq!((args.config.is_some(), args.rdp_file), (true, None));
    }
}

//! What running a fix means on a given platform, decided from the fix's own data: a pure plan
//! that the desktop shell carries out. The page can only name a fix id; everything executed
//! comes from here, so nothing the page sends becomes a command.

use std::net::SocketAddr;

use rdp_doctor_model::{Fix, FixKind};

use crate::render;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    Windows,
    Macos,
    Linux,
}

impl Platform {
    pub fn current() -> Platform {
        if cfg!(windows) {
            Platform::Windows
        } else if cfg!(target_os = "macos") {
            Platform::Macos
        } else {
            Platform::Linux
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Windows => "windows",
            Platform::Macos => "macos",
            Platform::Linux => "linux",
        }
    }
}

/// Schemes a fix may open; anything else in a report is refused.
const ALLOWED_SCHEMES: [&str; 2] = ["ms-windows-store://", "macappstore://"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixAction {
    /// Put this text on the clipboard.
    Copy { text: String, message: String },
    /// Open an allow-listed URI with the system's handler.
    OpenUri { uri: String, message: String },
    /// Start a program directly (Windows: mstsc).
    Launch {
        program: String,
        args: Vec<String>,
        message: String,
    },
    /// Write a `.rdp` file and open it with the default Remote Desktop app.
    OpenRdpFile {
        file_name: String,
        contents: String,
        message: String,
    },
    /// Run a program on this computer and wait for it (a few seconds at most).
    Run {
        program: String,
        args: Vec<String>,
        message: String,
    },
    /// Nothing to run: tell the user this.
    Explain { message: String },
}

/// What `RunOnThisComputer` fixes run, by fix id and platform: the only programs the app runs
/// besides the Remote Desktop client. Fixed strings: nothing from the report reaches them.
fn run_on_this_computer(
    id: &str,
    platform: Platform,
) -> Option<(&'static str, &'static [&'static str])> {
    match (id, platform) {
        ("fix.flush_dns", Platform::Windows) => Some(("ipconfig", &["/flushdns"])),
        ("fix.flush_dns", Platform::Macos) => Some(("dscacheutil", &["-flushcache"])),
        ("fix.flush_dns", Platform::Linux) => Some(("resolvectl", &["flush-caches"])),
        _ => None,
    }
}

pub fn plan(fix: &Fix, platform: Platform) -> FixAction {
    match fix.kind {
        FixKind::CopyCommand => FixAction::Copy {
            text: render::fix_text(fix),
            message:
                "The commands are on the clipboard. Send them to your IT department, or paste \
                      them where the fix says."
                    .into(),
        },
        FixKind::OpenUri => {
            let uri = fix
                .uris
                .iter()
                .find(|(p, _)| p == platform.as_str())
                .map(|(_, u)| u.clone())
                .filter(|u| ALLOWED_SCHEMES.iter().any(|s| u.starts_with(s)));
            match uri {
                Some(uri) => FixAction::OpenUri {
                    uri,
                    message: "The app store is opening on Microsoft's Remote Desktop app.".into(),
                },
                None => FixAction::Explain {
                    message: fix.steps.clone(),
                },
            }
        }
        FixKind::LaunchClient => {
            // Re-parse: only a socket address reaches a command line.
            let Some(address) = fix
                .address
                .as_deref()
                .and_then(|a| a.parse::<SocketAddr>().ok())
            else {
                return FixAction::Explain {
                    message: fix.steps.clone(),
                };
            };
            let address = address.to_string();
            match platform {
                Platform::Windows => FixAction::Launch {
                    program: "mstsc".into(),
                    args: vec![format!("/v:{address}")],
                    message: format!("Remote Desktop is starting with {address}."),
                },
                _ => FixAction::OpenRdpFile {
                    file_name: "rdp-doctor-connect.rdp".into(),
                    contents: format!("full address:s:{address}\r\nprompt for credentials:i:1\r\n"),
                    message: format!(
                        "Your Remote Desktop app is opening a connection to {address}. If nothing \
                         opens, install Microsoft's Windows App (Mac) or Remmina/FreeRDP (Linux)."
                    ),
                },
            }
        }
        FixKind::Advice => FixAction::Explain {
            message: fix.steps.clone(),
        },
        FixKind::RunOnThisComputer => match run_on_this_computer(&fix.id, platform) {
            Some((program, args)) => FixAction::Run {
                program: program.into(),
                args: args.iter().map(|a| a.to_string()).collect(),
                message: format!("Done: {}.", fix.title.to_lowercase().trim_end_matches('.')),
            },
            None => FixAction::Explain {
                message: fix.steps.clone(),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixes;

    #[test]
    fn plans_follow_the_fix_data() {
        let fix = fixes::connect_by_ip("10.0.0.5".parse().expect("ip"), 3390);
        assert_eq!(
            plan(&fix, Platform::Windows),
            FixAction::Launch {
                program: "mstsc".into(),
                args: vec!["/v:10.0.0.5:3390".into()],
                message: "Remote Desktop is starting with 10.0.0.5:3390.".into()
            }
        );
        assert!(
            matches!(plan(&fix, Platform::Linux), FixAction::OpenRdpFile { contents, .. } if contents.starts_with("full address:s:10.0.0.5:3390\r\n"))
        );
        let store = fixes::open_store_app();
        assert!(
            matches!(plan(&store, Platform::Windows), FixAction::OpenUri { uri, .. } if uri.starts_with("ms-windows-store://"))
        );
        assert!(
            matches!(plan(&store, Platform::Macos), FixAction::OpenUri { uri, .. } if uri.starts_with("macappstore://"))
        );
        assert!(matches!(
            plan(&store, Platform::Linux),
            FixAction::Explain { .. }
        ));
        let copy = plan(&fixes::renew_certificate(), Platform::Linux);
        assert!(matches!(copy, FixAction::Copy { text, .. } if text.contains("Remove-Item")));
    }

    #[test]
    fn running_on_this_computer_is_decided_by_the_id_alone() {
        let mut fix = fixes::flush_dns();
        assert!(matches!(
            plan(&fix, Platform::Windows),
            FixAction::Run { program, args, .. } if program == "ipconfig" && args == ["/flushdns"]
        ));
        assert!(matches!(
            plan(&fix, Platform::Linux),
            FixAction::Run { program, .. } if program == "resolvectl"
        ));
        // The report's command text is never what runs.
        fix.commands[0].text = "format c:".into();
        assert!(matches!(
            plan(&fix, Platform::Windows),
            FixAction::Run { program, .. } if program == "ipconfig"
        ));
        // Another fix dressed up as runnable runs nothing.
        let mut other = fixes::renew_certificate();
        other.kind = rdp_doctor_model::FixKind::RunOnThisComputer;
        assert!(matches!(
            plan(&other, Platform::Windows),
            FixAction::Explain { .. }
        ));
    }

    #[test]
    fn tampered_fixes_do_not_become_commands() {
        let mut fix = fixes::connect_by_ip("10.0.0.5".parse().expect("ip"), 3389);
        fix.address = Some("10.0.0.5:3389 & calc.exe".into());
        assert!(matches!(
            plan(&fix, Platform::Windows),
            FixAction::Explain { .. }
        ));
        let mut store = fixes::open_store_app();
        store.uris = vec![(
            "windows".into(),
            "file:///C:/Windows/System32/calc.exe".into(),
        )];
        assert!(matches!(
            plan(&store, Platform::Windows),
            FixAction::Explain { .. }
        ));
    }
}

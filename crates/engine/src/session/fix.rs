//! Carrying out a fix planned by `diagnose::actions` from the session's own report. Nothing
//! here comes from the page but the fix id, which chose the plan.

use std::time::Duration;

use rdp_doctor_diagnose::actions::FixAction;

use super::{Clipboard, SessionError};

/// A program a fix runs (clearing the DNS cache) gets this long before it counts as hung.
const RUN_LIMIT: Duration = Duration::from_secs(15);

/// Does what `action` says; the sentence to show when it worked.
pub(super) async fn carry_out(
    action: FixAction,
    copy: &Clipboard<'_>,
) -> Result<String, SessionError> {
    match action {
        FixAction::Copy { text, message } => {
            copy(text).map_err(SessionError::Clipboard)?;
            Ok(message)
        }
        FixAction::OpenUri { uri, message } => {
            open::that_detached(&uri).map_err(|e| SessionError::OpenStore(e.to_string()))?;
            Ok(message)
        }
        FixAction::Launch {
            program,
            args,
            message,
        } => {
            // Started and left running: it is the user's Remote Desktop client.
            std::process::Command::new(&program)
                .args(&args)
                .spawn()
                .map_err(|e| SessionError::Launch {
                    why: e.to_string(),
                    program,
                })?;
            Ok(message)
        }
        FixAction::Run {
            program,
            args,
            message,
        } => {
            run(&program, &args).await?;
            Ok(message)
        }
        FixAction::OpenRdpFile {
            file_name,
            contents,
            message,
        } => {
            let path = std::env::temp_dir().join(file_name);
            std::fs::write(&path, contents)
                .map_err(|e| SessionError::RdpFileUnwritten(e.to_string()))?;
            open::that_detached(&path).map_err(|e| SessionError::RdpFileUnopened(e.to_string()))?;
            Ok(message)
        }
        FixAction::Explain { message } => Ok(message),
    }
}

async fn run(program: &str, args: &[String]) -> Result<(), SessionError> {
    let mut command = tokio::process::Command::new(program);
    command
        .args(args)
        .stdin(std::process::Stdio::null())
        .kill_on_drop(true);
    let output = tokio::time::timeout(RUN_LIMIT, command.output())
        .await
        .map_err(|_| SessionError::RunTimeout {
            program: program.into(),
        })?
        .map_err(|e| SessionError::RunStart {
            program: program.into(),
            why: e.to_string(),
        })?;
    if output.status.success() {
        return Ok(());
    }
    let said = String::from_utf8_lossy(&output.stderr);
    Err(SessionError::RunFailed {
        program: program.into(),
        said: said
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(String::from),
        status: output.status.to_string(),
    })
}

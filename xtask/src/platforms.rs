//! The other platforms, built or checked from this Linux machine: Windows is compiled, linted
//! and run (under Wine by the tests); macOS is type-checked and linted (it cannot be linked here).

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::{cargo, root, status};

/// Windows with the GNU toolchain: rustup's target plus Debian's mingw-w64 linker.
pub const WINDOWS: &str = "x86_64-pc-windows-gnu";
/// macOS on Apple silicon: checked only.
pub const MACOS: &str = "aarch64-apple-darwin";

/// A cargo profile and the folder its output lands in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// `dev` (`debug/`): what the tests build, and CI's packages.
    Dev,
    /// `dist` (`dist/`): release, size-optimised and stripped, for what users download.
    Dist,
}

impl Profile {
    pub fn cargo_name(self) -> &'static str {
        match self {
            Profile::Dev => "dev",
            Profile::Dist => "dist",
        }
    }

    pub fn dir_name(self) -> &'static str {
        match self {
            Profile::Dev => "debug",
            Profile::Dist => "dist",
        }
    }
}

/// `<target>/<triple>/<profile dir>`, or `<target>/<profile dir>` for this machine.
pub fn output_dir(triple: Option<&str>, profile: Profile) -> PathBuf {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    match triple {
        Some(t) => target.join(t).join(profile.dir_name()),
        None => target.join(profile.dir_name()),
    }
}

/// Adds a Rust target with rustup when it is missing (it downloads the target's std).
pub fn ensure_target(triple: &str) -> Result<()> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .context("rustup is needed to add the Windows and macOS targets")?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|l| l.trim() == triple)
    {
        return Ok(());
    }
    let mut c = Command::new("rustup");
    c.args(["target", "add", triple]);
    status(c)
}

/// clippy-driver of the active toolchain, when clippy is installed.
fn clippy_driver() -> Option<PathBuf> {
    let sysroot = Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()))
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    let sysroot = String::from_utf8_lossy(&sysroot.stdout).trim().to_string();
    let driver = PathBuf::from(sysroot).join("bin").join("clippy-driver");
    driver.is_file().then_some(driver)
}

/// Builds the CLI and the desktop app for Windows, linted as they compile: clippy-driver wraps
/// rustc for the workspace's own crates (what `cargo clippy` does for a check) and `-D
/// warnings` makes any warning, Windows-only code included, fail the build. One compile gives
/// both the lints and the programs the Wine tests and the packages use.
pub fn build_windows(profile: Profile) -> Result<()> {
    ensure_target(WINDOWS)?;
    let mut c = cargo();
    c.args([
        "build",
        "--target",
        WINDOWS,
        "--profile",
        profile.cargo_name(),
    ])
    .args(["-p", "rdp-doctor-cli", "-p", "rdp-doctor-desktop"])
    .env(
        "CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUSTFLAGS",
        "-D warnings",
    );
    match clippy_driver() {
        Some(driver) => {
            c.env("RUSTC_WORKSPACE_WRAPPER", driver);
        }
        None => eprintln!("xtask: clippy is not installed; building Windows without lints"),
    }
    status(c)
}

/// The Windows programs [`build_windows`] made: (CLI, desktop app, WebView2 loader).
pub fn windows_outputs(profile: Profile) -> (PathBuf, PathBuf, PathBuf) {
    let dir = output_dir(Some(WINDOWS), profile);
    (
        dir.join("rdp-doctor.exe"),
        dir.join("rdp-doctor-desktop.exe"),
        dir.join("WebView2Loader.dll"),
    )
}

/// Type-checks and lints the CLI and the desktop app for macOS. Two dependencies compile C in
/// their build scripts even for a check; clang compiles it for arm64 macOS with the few libc
/// declarations in `xtask/macos-check-headers` standing in for Apple's SDK (nothing is linked).
pub fn check_macos() -> Result<()> {
    ensure_target(MACOS)?;
    if Command::new("clang").arg("--version").output().is_err() {
        bail!("clang is needed for the macOS check: install it with tests/setup/install-deps.sh");
    }
    let headers = root().join("xtask/macos-check-headers");
    let mut c = cargo();
    if clippy_driver().is_some() {
        c.args(["clippy", "--target", MACOS])
            .args(["-p", "rdp-doctor-cli", "-p", "rdp-doctor-desktop"])
            .args(["--", "-D", "warnings"]);
    } else {
        eprintln!("xtask: clippy is not installed; type-checking macOS without lints");
        c.args(["check", "--target", MACOS]).args([
            "-p",
            "rdp-doctor-cli",
            "-p",
            "rdp-doctor-desktop",
        ]);
    }
    c.env("CC_aarch64_apple_darwin", "clang").env(
        "CFLAGS_aarch64_apple_darwin",
        format!("-ffreestanding -isystem {}", headers.display()),
    );
    status(c)
}

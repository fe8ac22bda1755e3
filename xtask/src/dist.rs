//! `cargo xtask dist [--dev]`: everything a user or IT downloads, built into `dist/` and then
//! checked as a user would meet it.
//!
//! - `rdp-doctor-<v>-windows-x64-portable.zip`: `RDP Doctor/` with the desktop app, the
//!   WebView2 loader it needs beside it, the CLI, an example IT config and a read-me.
//! - `rdp-doctor-<v>-windows-x64-setup.exe`: a per-user NSIS installer (Debian's makensis).
//! - `rdp-doctor_<v>_amd64.deb`: the desktop app and the CLI, Depends from dpkg-shlibdeps.
//! - `SHA256SUMS`.
//!
//! The checks: the zip holds exactly its files; every Windows program imports only DLLs that
//! Windows has (or that ship beside it); the Windows CLI from the zip gives the same findings
//! as the Linux build against a real xrdp under Wine; the app from the zip explains the
//! missing WebView2 in our words; the installer installs, registers and uninstalls cleanly
//! under Wine; the `.deb` installs with dpkg and its programs run.
//!
//! No AppImage: its runtime and `appimagetool` are not packaged in Debian and Tauri's bundler
//! downloads them, which this offline machine cannot.
//!
//! The default is the `dist` profile (release, size-optimised, stripped); `--dev` packages the
//! dev build the tests use, which is what CI does to stay within its time (same packaging,
//! same checks, bigger files).

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};

use crate::platforms::{self, Profile};
use crate::{cargo, root, status};

/// What `dist` made, by kind.
#[derive(Debug)]
pub struct Artifacts {
    pub profile: Profile,
    pub dir: PathBuf,
    pub portable_zip: PathBuf,
    pub installer: PathBuf,
    pub deb: PathBuf,
}

impl Artifacts {
    fn files(&self) -> [&Path; 3] {
        [&self.portable_zip, &self.installer, &self.deb]
    }
}

pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// The files of the portable folder, as they are named in it.
pub const PORTABLE_FILES: [&str; 5] = [
    "RDP Doctor.exe",
    "WebView2Loader.dll",
    "rdp-doctor.exe",
    "rdp-doctor.example.toml",
    "README.txt",
];
/// The folder the zip unpacks into.
const PORTABLE_DIR: &str = "RDP Doctor";

/// `cargo xtask dist [--dev]`.
pub fn dist(args: &[String]) -> Result<()> {
    let profile = if args.iter().any(|a| a == "--dev") {
        Profile::Dev
    } else {
        Profile::Dist
    };
    if let Some(unknown) = args.iter().find(|a| *a != "--dev") {
        bail!("unknown option {unknown:?} (cargo xtask dist [--dev])");
    }
    crate::install_test_deps()?;
    crate::install_gui_deps(true)?;
    build(profile)?;
    package_and_verify(profile)
}

/// Packages what [`build`] made and checks it (`cargo xtask test` calls this after its tests,
/// on the dev build they used).
pub fn package_and_verify(profile: Profile) -> Result<()> {
    let made = package(profile)?;
    let sums = checksums(&made)?;
    print_summary(&made, &sums)?;
    verify(&made)?;
    eprintln!(
        "xtask: dist: every package checked ({})",
        made.dir.display()
    );
    Ok(())
}

/// The Linux and Windows builds of the CLI and the desktop app.
pub fn build(profile: Profile) -> Result<()> {
    let mut c = cargo();
    c.args(["build", "--profile", profile.cargo_name()]).args([
        "-p",
        "rdp-doctor-cli",
        "-p",
        "rdp-doctor-desktop",
    ]);
    status(c)?;
    platforms::build_windows(profile)
}

fn package(profile: Profile) -> Result<Artifacts> {
    let dir = root().join("dist");
    if dir.exists() {
        std::fs::remove_dir_all(&dir).with_context(|| format!("emptying {}", dir.display()))?;
    }
    std::fs::create_dir_all(&dir)?;
    let stage = platforms::output_dir(None, profile).join("dist-stage");
    if stage.exists() {
        std::fs::remove_dir_all(&stage)?;
    }
    let portable = stage.join(PORTABLE_DIR);
    stage_portable(profile, &portable)?;
    let v = version();
    // CI's dev build (~300 MB of debug programs) is compressed quickly: the best compression
    // took 2.5 of CI's minutes for files nobody downloads.
    let fast = profile == Profile::Dev;
    let portable_zip = dir.join(format!("rdp-doctor-{v}-windows-x64-portable.zip"));
    write_zip(&portable, PORTABLE_DIR, &portable_zip, fast)?;
    let installer = dir.join(format!("rdp-doctor-{v}-windows-x64-setup.exe"));
    make_installer(&portable, &installer, fast)?;
    let deb = dir.join(format!("rdp-doctor_{v}_amd64.deb"));
    make_deb(profile, &stage.join("deb"), &deb, fast)?;
    Ok(Artifacts {
        profile,
        dir,
        portable_zip,
        installer,
        deb,
    })
}

// ------------------------------------------------------------------ Windows: zip, installer

fn stage_portable(profile: Profile, portable: &Path) -> Result<()> {
    std::fs::create_dir_all(portable)?;
    let (cli, app, loader) = platforms::windows_outputs(profile);
    let copy = |from: &Path, name: &str| -> Result<()> {
        std::fs::copy(from, portable.join(name))
            .with_context(|| format!("copying {} into the portable folder", from.display()))?;
        Ok(())
    };
    copy(&app, "RDP Doctor.exe")?;
    copy(&loader, "WebView2Loader.dll")?;
    copy(&cli, "rdp-doctor.exe")?;
    // Notepad and every Windows editor show CRLF text as intended.
    let example = std::fs::read_to_string(root().join("docs/rdp-doctor.example.toml"))
        .context("reading docs/rdp-doctor.example.toml")?;
    std::fs::write(portable.join("rdp-doctor.example.toml"), crlf(&example))?;
    let readme = std::fs::read_to_string(root().join("packaging/windows/README.txt"))?
        .replace("{version}", version());
    std::fs::write(portable.join("README.txt"), crlf(&readme))?;
    Ok(())
}

/// LF to CRLF, leaving existing CRLF alone.
pub fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

fn write_zip(folder: &Path, name_in_zip: &str, out: &Path, fast: bool) -> Result<()> {
    let file = std::fs::File::create(out)?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(if fast { 1 } else { 9 }));
    for name in PORTABLE_FILES {
        let bytes = std::fs::read(folder.join(name))?;
        zip.start_file(format!("{name_in_zip}/{name}"), options)?;
        zip.write_all(&bytes)?;
    }
    zip.finish()?;
    Ok(())
}

/// The installer's `VIProductVersion` needs four numbers.
pub fn four_part_version(version: &str) -> String {
    let mut parts: Vec<&str> = version
        .split(['.', '-', '+'])
        .take(3)
        .filter(|p| p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty())
        .collect();
    while parts.len() < 4 {
        parts.push("0");
    }
    parts.join(".")
}

fn make_installer(portable: &Path, out: &Path, fast: bool) -> Result<()> {
    let mut c = Command::new("makensis");
    c.arg("-V2");
    if fast {
        c.arg("-DFAST");
    }
    c.arg(format!("-DVERSION={}", version()))
        .arg(format!("-DVERSION4={}", four_part_version(version())))
        .arg(format!("-DSTAGE={}", portable.display()))
        .arg(format!("-DOUTFILE={}", out.display()))
        .arg(format!(
            "-DICON={}",
            root().join("icons/icon.ico").display()
        ))
        .arg(root().join("packaging/windows/installer.nsi"));
    status(c)
}

// ------------------------------------------------------------------ Linux: .deb

fn make_deb(profile: Profile, stage: &Path, out: &Path, fast: bool) -> Result<()> {
    let bin = platforms::output_dir(None, profile);
    let packaging = root().join("packaging/linux");
    let install = |from: &Path, to: &str, mode: u32| -> Result<()> {
        use std::os::unix::fs::PermissionsExt as _;
        let dest = stage.join(to);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(from, &dest).with_context(|| format!("copying {}", from.display()))?;
        std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(mode))?;
        Ok(())
    };
    install(&bin.join("rdp-doctor"), "usr/bin/rdp-doctor", 0o755)?;
    install(
        &bin.join("rdp-doctor-desktop"),
        "usr/bin/rdp-doctor-desktop",
        0o755,
    )?;
    install(
        &packaging.join("rdp-doctor.desktop"),
        "usr/share/applications/rdp-doctor.desktop",
        0o644,
    )?;
    install(
        &packaging.join("rdp-doctor.xml"),
        "usr/share/mime/packages/rdp-doctor.xml",
        0o644,
    )?;
    install(
        &packaging.join("copyright"),
        "usr/share/doc/rdp-doctor/copyright",
        0o644,
    )?;
    for (icon, size) in [
        ("32x32.png", "32x32"),
        ("128x128.png", "128x128"),
        ("128x128@2x.png", "256x256"),
    ] {
        install(
            &root().join("icons").join(icon),
            &format!("usr/share/icons/hicolor/{size}/apps/rdp-doctor.png"),
            0o644,
        )?;
    }
    let depends = shlib_depends(stage, &["usr/bin/rdp-doctor", "usr/bin/rdp-doctor-desktop"])?;
    let installed_kib = dir_size(stage)?.div_ceil(1024);
    let control = deb_control(version(), &depends, installed_kib);
    std::fs::create_dir_all(stage.join("DEBIAN"))?;
    std::fs::write(stage.join("DEBIAN/control"), control)?;
    let mut c = Command::new("dpkg-deb");
    c.arg("--root-owner-group")
        .args(if fast {
            ["-Zgzip", "-z1"]
        } else {
            ["-Zxz", "-z9"]
        })
        .arg("--build")
        .arg(stage)
        .arg(out);
    status(c)
}

/// The `control` file of the package.
pub fn deb_control(version: &str, depends: &str, installed_kib: u64) -> String {
    format!(
        "Package: rdp-doctor\n\
         Version: {version}\n\
         Architecture: amd64\n\
         Maintainer: RDP Doctor developers <rdp-doctor@example.invalid>\n\
         Installed-Size: {installed_kib}\n\
         Depends: {depends}\n\
         Section: net\n\
         Priority: optional\n\
         Homepage: https://example.invalid/rdp-doctor\n\
         Description: find out why a Remote Desktop connection fails\n \
         RDP Doctor does what a Remote Desktop client does first (look up the name,\n \
         connect, negotiate security, set up TLS, start the sign-in handshake) without\n \
         ever asking for or sending a password, and says in plain words what is wrong\n \
         and who can fix it. A desktop app (rdp-doctor-desktop) and a command line\n \
         (rdp-doctor) with JSON output.\n"
    )
}

/// The Depends line for the programs' shared libraries, from Debian's own dpkg-shlibdeps
/// (what debhelper uses), so the package asks for exactly what the binaries link.
fn shlib_depends(stage: &Path, binaries: &[&str]) -> Result<String> {
    // dpkg-shlibdeps reads debian/control from the directory it runs in.
    let work = stage
        .parent()
        .context("stage has no parent")?
        .join("shlibdeps");
    std::fs::create_dir_all(work.join("debian"))?;
    std::fs::write(
        work.join("debian/control"),
        "Source: rdp-doctor\n\nPackage: rdp-doctor\nArchitecture: amd64\n",
    )?;
    let mut c = Command::new("dpkg-shlibdeps");
    c.current_dir(&work).arg("-O");
    for b in binaries {
        c.arg(format!("-e{}", stage.join(b).display()));
    }
    let out = c
        .output()
        .context("dpkg-shlibdeps (package dpkg-dev) is needed for the .deb")?;
    if !out.status.success() {
        bail!(
            "dpkg-shlibdeps failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("shlibs:Depends="))
        .map(str::to_string)
        .context("dpkg-shlibdeps printed no shlibs:Depends")
}

fn dir_size(dir: &Path) -> Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        total += if meta.is_dir() {
            dir_size(&entry.path())?
        } else {
            meta.len()
        };
    }
    Ok(total)
}

// ------------------------------------------------------------------ checksums and summary

fn checksums(made: &Artifacts) -> Result<String> {
    let mut c = Command::new("sha256sum");
    c.current_dir(&made.dir);
    for f in made.files() {
        c.arg(f.file_name().context("artifact without a name")?);
    }
    let out = c.output().context("sha256sum (coreutils)")?;
    ensure!(out.status.success(), "sha256sum failed");
    let sums = String::from_utf8(out.stdout)?;
    std::fs::write(made.dir.join("SHA256SUMS"), &sums)?;
    Ok(sums)
}

fn print_summary(made: &Artifacts, sums: &str) -> Result<()> {
    println!("\nIn {}:", made.dir.display());
    for f in made.files() {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let size = std::fs::metadata(f)?.len();
        let sum = sums
            .lines()
            .find(|l| l.ends_with(&*name))
            .and_then(|l| l.split_whitespace().next())
            .unwrap_or("?");
        println!("  {name:<48} {:>8}  sha256 {sum}", megabytes(size));
    }
    println!("  SHA256SUMS");
    println!("  (no AppImage: its tools are not in Debian and cannot be downloaded here)\n");
    Ok(())
}

pub fn megabytes(bytes: u64) -> String {
    // Sizes for people: one decimal, in MB as download pages show them.
    let tenths = (bytes * 10 + 500_000) / 1_000_000;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

// ------------------------------------------------------------------ checks

fn verify(made: &Artifacts) -> Result<()> {
    let unpacked = verify_zip(
        &made.portable_zip,
        &platforms::output_dir(None, made.profile).join("dist-check-portable"),
    )?;
    verify_imports(&unpacked)?;
    let linux_cli = platforms::output_dir(None, made.profile).join("rdp-doctor");
    crate::dist_check::windows_cli_matches_linux(&unpacked.join("rdp-doctor.exe"), &linux_cli)?;
    crate::dist_check::app_explains_missing_webview2(&unpacked.join("RDP Doctor.exe"))?;
    crate::dist_check::installer_round_trip(&made.installer)?;
    crate::dist_check::deb_installs_and_runs(&made.deb)?;
    Ok(())
}

/// The zip holds exactly the portable folder, every file non-empty; unpacked into `out` (under
/// the target directory) for the next checks.
fn verify_zip(zip_path: &Path, out: &Path) -> Result<PathBuf> {
    let file = std::fs::File::open(zip_path)?;
    let mut archive = zip::ZipArchive::new(file)?;
    let mut names = Vec::new();
    for i in 0..archive.len() {
        names.push(archive.by_index(i)?.name()?.to_string());
    }
    names.sort();
    let mut want: Vec<String> = PORTABLE_FILES
        .iter()
        .map(|f| format!("{PORTABLE_DIR}/{f}"))
        .collect();
    want.sort();
    ensure!(
        names == want,
        "the portable zip holds {names:?}, not {want:?}"
    );
    if out.exists() {
        std::fs::remove_dir_all(out)?;
    }
    std::fs::create_dir_all(out)?;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let name = entry
            .enclosed_name()
            .context("a zip entry with an unsafe path")?;
        let Some(file_name) = name.file_name() else {
            continue;
        };
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes)?;
        ensure!(!bytes.is_empty(), "{} is empty in the zip", name.display());
        std::fs::write(out.join(file_name), bytes)?;
    }
    println!("xtask: dist: the zip holds {}", names.join(", "));
    Ok(out.to_path_buf())
}

/// DLLs every Windows 10/11 has (and the loader we ship beside the app). Anything else, such
/// as mingw's libgcc_s_seh-1.dll or libwinpthread-1.dll, would stop the program at start.
pub fn is_system_dll(name: &str) -> bool {
    const SYSTEM: &[&str] = &[
        "advapi32.dll",
        "bcrypt.dll",
        "bcryptprimitives.dll",
        "cfgmgr32.dll",
        "combase.dll",
        "comctl32.dll",
        "comdlg32.dll",
        "crypt32.dll",
        "dbghelp.dll",
        "dnsapi.dll",
        "dwmapi.dll",
        "gdi32.dll",
        "imm32.dll",
        "iphlpapi.dll",
        "kernel32.dll",
        "ktmw32.dll",
        "msvcrt.dll",
        "ncrypt.dll",
        "ntdll.dll",
        "netapi32.dll",
        "ole32.dll",
        "oleacc.dll",
        "oleaut32.dll",
        "powrprof.dll",
        "propsys.dll",
        "rpcrt4.dll",
        "secur32.dll",
        "setupapi.dll",
        "shcore.dll",
        "shell32.dll",
        "shlwapi.dll",
        "ucrtbase.dll",
        "user32.dll",
        "userenv.dll",
        "uxtheme.dll",
        "version.dll",
        "winhttp.dll",
        "winmm.dll",
        "ws2_32.dll",
        "wtsapi32.dll",
    ];
    let lower = name.to_ascii_lowercase();
    SYSTEM.contains(&lower.as_str()) || lower.starts_with("api-ms-win-")
}

/// The DLLs a PE file imports.
pub fn pe_imports(bytes: &[u8]) -> Result<Vec<String>> {
    use object::Object as _;
    let file = object::read::pe::PeFile64::parse(bytes).context("not a 64-bit PE file")?;
    let mut dlls: Vec<String> = Vec::new();
    for import in file.imports()? {
        let library = String::from_utf8_lossy(import?.library()).into_owned();
        if !dlls.iter().any(|d| d.eq_ignore_ascii_case(&library)) {
            dlls.push(library);
        }
    }
    Ok(dlls)
}

fn verify_imports(unpacked: &Path) -> Result<()> {
    for name in PORTABLE_FILES
        .iter()
        .filter(|n| n.ends_with(".exe") || n.ends_with(".dll"))
    {
        let bytes = std::fs::read(unpacked.join(name))?;
        let dlls = pe_imports(&bytes).with_context(|| format!("reading {name}"))?;
        let foreign: Vec<&String> = dlls
            .iter()
            .filter(|d| {
                !is_system_dll(d)
                    && !PORTABLE_FILES
                        .iter()
                        .any(|shipped| shipped.eq_ignore_ascii_case(d))
            })
            .collect();
        ensure!(
            foreign.is_empty(),
            "{name} needs {foreign:?}, which neither Windows nor the zip has"
        );
        println!(
            "xtask: dist: {name} imports only system DLLs{}",
            if dlls
                .iter()
                .any(|d| d.eq_ignore_ascii_case("WebView2Loader.dll"))
            {
                " and WebView2Loader.dll beside it"
            } else {
                ""
            }
        );
    }
    Ok(())
}

/// How long a Windows program under Wine may take in the checks.
pub const WINE_TIMEOUT: Duration = Duration::from_secs(60);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_download_pages_show_them() {
        assert_eq!(megabytes(9_400_000), "9.4 MB");
        assert_eq!(megabytes(24_849_999), "24.8 MB");
        assert_eq!(megabytes(0), "0.0 MB");
    }

    #[test]
    fn the_installer_gets_a_four_part_version() {
        assert_eq!(four_part_version("0.1.0"), "0.1.0.0");
        assert_eq!(four_part_version("1.2.3-beta.1"), "1.2.3.0");
        assert_eq!(four_part_version("2"), "2.0.0.0");
    }

    #[test]
    fn only_windows_own_dlls_count_as_system() {
        for dll in [
            "KERNEL32.dll",
            "ws2_32.dll",
            "api-ms-win-core-synch-l1-2-0.dll",
        ] {
            assert!(is_system_dll(dll), "{dll}");
        }
        for dll in [
            "libgcc_s_seh-1.dll",
            "libwinpthread-1.dll",
            "WebView2Loader.dll",
            "vcruntime140.dll",
        ] {
            assert!(!is_system_dll(dll), "{dll}");
        }
    }

    #[test]
    fn text_for_windows_has_crlf_once() {
        assert_eq!(crlf("a\nb\r\nc"), "a\r\nb\r\nc");
    }

    #[test]
    fn the_control_file_is_well_formed() {
        let control = deb_control("0.1.0", "libc6 (>= 2.34)", 12_345);
        assert!(control.starts_with("Package: rdp-doctor\nVersion: 0.1.0\n"));
        assert!(control.contains("Installed-Size: 12345\n"));
        assert!(control.contains("Depends: libc6 (>= 2.34)\n"));
        // Continuation lines of the description start with a space; the file ends with \n.
        assert!(
            control
                .lines()
                .skip_while(|l| !l.starts_with("Description"))
                .skip(1)
                .all(|l| l.starts_with(' '))
        );
        assert!(control.ends_with('\n'));
    }
}

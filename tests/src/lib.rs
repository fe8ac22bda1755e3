//! Test harness: real RDP servers, fault responders and the CLI, for the integration tests in
//! `tests/tests/*.rs`.
//!
//! - [`xrdp::Xrdp`]: TLS, negotiation and standard RDP security, with generated certificates
//!   ([`certs`]), optionally TLS 1.0 only.
//! - [`shadow::FreerdpShadow`]: FreeRDP's shadow server on Xvfb, the NLA/CredSSP server.
//! - [`weston::Weston`]: weston's RDP backend (FreeRDP 2's server side), which answers one
//!   connection at a time; [`responders::OneAtATime`] does the same in miniature.
//! - [`relay::SlowRelay`]: a relay that accepts at once and delays the data both ways (a VPN or
//!   proxy that terminates TCP near the user).
//! - [`responders::Responder`]: silent, resetting, closing, wrong-protocol and trickling peers,
//!   and slow, hung or one-at-a-time fronts for a real server; [`ports::RefusedPort`] for a
//!   refused port.
//! - [`services`]: real services that are not Remote Desktop — nginx (HTTP, HTTPS),
//!   `python3 -m http.server`, dropbear (SSH).
//! - [`netns::Netns`]: a network namespace with iptables rules (filtered port).
//! - [`dns::TestDns`]: a DNS server of our own that a program sees as its DNS settings.
//! - [`faults`]: dropped ports, hosts that are gone, missing routes, slow and lossy links.
//! - [`cli`]: the `rdp-doctor` binary with a hard timeout.
//! - [`wine`]: the Windows build of the CLI, run under Wine against the same servers.
//! - [`gui`]: the desktop app on a virtual display, driven through WebDriver (`tauri-driver`).
//! - [`x224`], [`tls`], [`ntlm`]: small independent probes the harness uses to check that each
//!   server behaves as the tests assume.
//!
//! Everything binds to 127.0.0.1 on kernel-chosen ports and lives in its own temporary directory,
//! so tests run in parallel (`cargo test` threads or nextest processes). Every wait is bounded and
//! every child process is killed with its whole process group on drop.
//!
//! Requirements: Debian 12 packages from `tests/setup/install-deps.sh`, and root (xrdp reads
//! `/etc/xrdp/rsakeys.ini`; network namespaces need CAP_SYS_ADMIN/CAP_NET_ADMIN).

pub mod certs;
pub mod cli;
pub mod dns;
pub mod faults;
pub mod gateway;
pub mod gui;
pub mod hostfacts;
pub mod netns;
pub mod ntlm;
pub mod ports;
pub mod process;
pub mod relay;
pub mod report;
pub mod responders;
pub mod services;
pub mod shadow;
pub mod tls;
pub mod weston;
pub mod wine;
pub mod x224;
pub mod xrdp;

pub use certs::{CertSpec, TestCert};
pub use cli::{Build, CliOutput, check_json, cli_binary, run_cli_json, run_json, run_with_timeout};
pub use dns::TestDns;
pub use faults::{
    AsleepHost, FilteredRdpPort, Loss, LossyLink, LossyPath, NoRoute, RouteKind, SlowLink,
    UnusedAddress,
};
pub use hostfacts::{HostRecording, HostScenario, network_recording, write_network_recording};
pub use netns::Netns;
pub use ports::{RefusedPort, free_port, refused_port};
pub use relay::SlowRelay;
pub use responders::{Behaviour, OneAtATime, Responder};
pub use services::{Dropbear, Nginx, PythonHttp};
pub use shadow::{FreerdpShadow, ShadowOptions, ShadowSecurity, Xvfb, expected_computer_name};
pub use weston::Weston;
pub use wine::{WINDOWS_TARGET, Wine, windows_cli_binary};
pub use xrdp::{SecurityLayer, TlsVersions, Xrdp, XrdpOptions};

/// A temporary directory `rdpd-<what>-XXXX` under `$TMPDIR`, removed on drop unless
/// `RDPD_KEEP_TMP=1` is set (to read a server's config and logs after a failure).
pub fn temp_dir(what: &str) -> anyhow::Result<tempfile::TempDir> {
    let mut dir = tempfile::Builder::new()
        .prefix(&format!("rdpd-{what}-"))
        .tempdir()?;
    if std::env::var_os("RDPD_KEEP_TMP").is_some_and(|v| v == "1") {
        dir.disable_cleanup(true);
        eprintln!("keeping {}", dir.path().display());
    }
    Ok(dir)
}

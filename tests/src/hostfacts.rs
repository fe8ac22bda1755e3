//! Recordings of Windows PCs for host mode and the client checks: folders in the layout
//! `rdp_doctor_probe::facts::ReplayRunner` reads (`<command id>.txt`), assembled at test time
//! from the parsers' samples in `crates/facts/samples`, so each output exists once in the repo.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// A Windows PC in a given state, as its commands printed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostScenario {
    /// An English PC where everything is in order.
    Healthy,
    /// A German PC with Remote Desktop switched off, the service disabled, the firewall rules
    /// off, only expired certificates, a 30-minute sleep timer and disconnected sessions.
    BrokenGerman,
    /// A PC read without administrator rights: the service, the certificates, the MachineKeys
    /// folder and (in German, "Zugriff verweigert") the listener's settings are refused.
    NotAdmin,
}

impl HostScenario {
    fn files(self) -> &'static [(&'static str, &'static str)] {
        match self {
            HostScenario::Healthy => &[
                ("reg-terminal-server", "reg-terminal-server.enabled.en.txt"),
                ("reg-rdp-tcp", "reg-rdp-tcp.default.en.txt"),
                ("reg-policy", "reg-policy.not-set.en.txt"),
                ("sc-queryex", "sc-queryex.running.en.txt"),
                ("sc-qc", "sc-qc.demand.en.txt"),
                ("firewall", "firewall.enabled.ps51.json"),
                ("certs", "certs.valid.ps51.json"),
                ("machinekeys", "machinekeys.healthy.ps51.json"),
                ("powercfg-standby", "powercfg-standby.never.en.txt"),
                ("powercfg-hibernate", "powercfg-hibernate.absent.en.txt"),
                ("qwinsta", "qwinsta.workstation.en.txt"),
                ("cmdkey", "cmdkey.none.en.txt"),
            ],
            HostScenario::BrokenGerman => &[
                ("reg-terminal-server", "reg-terminal-server.disabled.de.txt"),
                ("reg-rdp-tcp", "reg-rdp-tcp.custom.de.txt"),
                ("reg-policy", "reg-policy.not-set.de.txt"),
                ("sc-queryex", "sc-queryex.stopped.de.txt"),
                ("sc-qc", "sc-qc.disabled.de.txt"),
                ("firewall", "firewall.disabled.ps51.json"),
                ("certs", "certs.expired.ps51.json"),
                ("machinekeys", "machinekeys.no-admins.ps7.json"),
                ("powercfg-standby", "powercfg-standby.30min.de.txt"),
                ("powercfg-hibernate", "powercfg-hibernate.never.de.txt"),
                ("qwinsta", "qwinsta.full.de.txt"),
                ("reg-credssp", "reg-credssp.not-set.de.txt"),
                ("cmdkey", "cmdkey.two.de.txt"),
            ],
            HostScenario::NotAdmin => &[
                ("reg-terminal-server", "reg-terminal-server.enabled.en.txt"),
                ("reg-rdp-tcp", "reg-rdp-tcp.denied.de.txt"),
                ("reg-policy", "reg-policy.not-set.en.txt"),
                ("sc-queryex", "sc-queryex.denied.en.txt"),
                ("sc-qc", "sc-qc.demand.en.txt"),
                ("firewall", "firewall.enabled.ps51.json"),
                ("certs", "certs.denied.ps51.txt"),
                ("machinekeys", "machinekeys.denied.ps7.txt"),
                ("powercfg-standby", "powercfg-standby.never.en.txt"),
                ("powercfg-hibernate", "powercfg-hibernate.absent.en.txt"),
                ("qwinsta", "qwinsta.workstation.en.txt"),
            ],
        }
    }

    /// When the recording was made: the samples' certificate dates are judged as of then.
    fn recorded_at(self) -> i64 {
        match self {
            // 2026-03-01: its certificate runs from January to July 2026.
            HostScenario::Healthy | HostScenario::NotAdmin => 1_772_323_200,
            // 2026-10-01: both certificates have expired.
            HostScenario::BrokenGerman => 1_790_812_800,
        }
    }

    fn listening(self) -> bool {
        self == HostScenario::Healthy || self == HostScenario::NotAdmin
    }
}

pub fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/facts/samples")
}

/// A folder holding the scenario's recording; removed when dropped.
#[derive(Debug)]
pub struct HostRecording {
    dir: tempfile::TempDir,
}

impl HostRecording {
    pub fn new(scenario: HostScenario) -> Result<Self> {
        let dir = crate::temp_dir("host-recording")?;
        let samples = samples_dir();
        for (id, sample) in scenario.files() {
            let from = samples.join(sample);
            std::fs::copy(&from, dir.path().join(format!("{id}.txt")))
                .with_context(|| format!("could not copy {}", from.display()))?;
        }
        std::fs::write(
            dir.path().join("recorded-at.txt"),
            scenario.recorded_at().to_string(),
        )?;
        std::fs::write(
            dir.path().join("listening.txt"),
            scenario.listening().to_string(),
        )?;
        Ok(HostRecording { dir })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// A recording of a computer's network only (`net-*` samples of one OS and case: `home`,
/// `split`, `full`, `offline`), for checks that judge the network of another computer.
pub fn network_recording(os: &str, case: &str) -> Result<tempfile::TempDir> {
    let dir = crate::temp_dir("network-recording")?;
    write_network_recording(dir.path(), os, case)?;
    Ok(dir)
}

/// Writes the `net-*` samples of `os` and `case` into `dir`, over what is there: the recorded
/// computer's network changes (say, its VPN connects) and the next check reads the new one.
pub fn write_network_recording(dir: &Path, os: &str, case: &str) -> Result<()> {
    let suffix = format!(".{case}.{os}.");
    let mut copied = 0;
    for entry in std::fs::read_dir(samples_dir())? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        let Some(id) = name
            .strip_prefix("net-")
            .and_then(|rest| rest.split_once(&suffix))
            .map(|(command, _)| format!("net-{command}"))
        else {
            continue;
        };
        std::fs::copy(samples_dir().join(&name), dir.join(format!("{id}.txt")))?;
        copied += 1;
    }
    anyhow::ensure!(copied >= 2, "no network samples for {os}/{case}");
    Ok(())
}

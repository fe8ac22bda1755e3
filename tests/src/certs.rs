//! Server certificates made at test time.
//!
//! Keys are RSA 2048 because FreeRDP 2's shadow server can only load an RSA key, and because real
//! RDP servers (Windows' self-signed "Remote Desktop" certificate) use RSA. xrdp's TLS would also
//! take an ECDSA key (checked: OpenSSL negotiates ECDHE-ECDSA), but one key type keeps results
//! comparable.
//!
//! rcgen here is built on `ring`, which cannot *generate* RSA keys (only `aws_lc_rs` can), so the
//! key comes from `openssl genpkey` (PKCS#8 PEM) and rcgen signs with it via `KeyPair::from_pem`.
//! A fresh key per certificate costs about 0.4 s on the CI machine; tests comparing two servers'
//! certificates get distinct keys. Nothing generated is ever written into the repository.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context as _, Result, bail};
use rcgen::{
    CertificateParams, DnType, ExtendedKeyUsagePurpose, KeyPair, KeyUsagePurpose, date_time_ymd,
};
use time::{Duration, OffsetDateTime};

use crate::process::find_program;

/// Which certificate a server should present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertSpec {
    /// Valid from yesterday until a year from now.
    Valid { cn: String },
    /// Expired: valid 2020-01-01 to 2021-01-01 (UTC midnight).
    Expired { cn: String },
    /// Not valid yet: valid from a year from now.
    NotYetValid { cn: String },
}

impl CertSpec {
    /// A currently valid certificate for `cn`.
    pub fn valid(cn: &str) -> Self {
        Self::Valid { cn: cn.to_owned() }
    }

    /// A certificate for `cn` that expired on 2021-01-01.
    pub fn expired(cn: &str) -> Self {
        Self::Expired { cn: cn.to_owned() }
    }

    /// A certificate for `cn` whose validity starts a year from now.
    pub fn not_yet_valid(cn: &str) -> Self {
        Self::NotYetValid { cn: cn.to_owned() }
    }

    /// The subject common name.
    pub fn cn(&self) -> &str {
        match self {
            Self::Valid { cn } | Self::Expired { cn } | Self::NotYetValid { cn } => cn,
        }
    }
}

/// A generated self-signed server certificate and its RSA key.
#[derive(Debug, Clone)]
pub struct TestCert {
    /// Subject common name (also the only DNS subjectAltName).
    pub cn: String,
    /// Certificate, PEM.
    pub cert_pem: String,
    /// Certificate, DER: what a server sends in its TLS Certificate message.
    pub cert_der: Vec<u8>,
    /// PKCS#8 private key, PEM.
    pub key_pem: String,
    /// Start of validity (whole seconds, UTC).
    pub not_before: OffsetDateTime,
    /// End of validity (whole seconds, UTC): what an expiry check should report.
    pub not_after: OffsetDateTime,
}

impl TestCert {
    /// Generates the certificate `spec` describes.
    pub fn generate(spec: &CertSpec) -> Result<Self> {
        let now = OffsetDateTime::now_utc().replace_nanosecond(0)?;
        let (not_before, not_after) = match spec {
            CertSpec::Valid { .. } => (now - Duration::days(1), now + Duration::days(365)),
            CertSpec::Expired { .. } => (date_time_ymd(2020, 1, 1), date_time_ymd(2021, 1, 1)),
            CertSpec::NotYetValid { .. } => (now + Duration::days(365), now + Duration::days(730)),
        };
        let cn = spec.cn().to_owned();

        let key_pem = generate_rsa_key_pem()?;
        let key = KeyPair::from_pem(&key_pem).context("rcgen cannot load the RSA key")?;

        let mut params = CertificateParams::new(vec![cn.clone()])
            .with_context(|| format!("certificate parameters for {cn:?}"))?;
        params
            .distinguished_name
            .push(DnType::CommonName, cn.as_str());
        params.not_before = not_before;
        params.not_after = not_after;
        params.key_usages = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
        ];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let cert = params
            .self_signed(&key)
            .context("self-signing the test certificate")?;

        Ok(Self {
            cn,
            cert_pem: cert.pem(),
            cert_der: cert.der().to_vec(),
            key_pem: key.serialize_pem(),
            not_before,
            not_after,
        })
    }

    /// `not_after` as `YYYY-MM-DD`, the way a report would show an expiry date.
    pub fn not_after_date(&self) -> String {
        self.not_after.date().to_string()
    }

    /// Writes `<stem>.crt` and `<stem>.key` (mode 0600) into `dir`; returns (cert, key) paths.
    pub fn write_pem_files(&self, dir: &Path, stem: &str) -> Result<(PathBuf, PathBuf)> {
        use std::os::unix::fs::PermissionsExt as _;
        let cert_path = dir.join(format!("{stem}.crt"));
        let key_path = dir.join(format!("{stem}.key"));
        std::fs::write(&cert_path, &self.cert_pem)
            .with_context(|| format!("writing {}", cert_path.display()))?;
        std::fs::write(&key_path, &self.key_pem)
            .with_context(|| format!("writing {}", key_path.display()))?;
        std::fs::set_permissions(&key_path, std::fs::Permissions::from_mode(0o600))?;
        Ok((cert_path, key_path))
    }
}

/// A fresh RSA 2048 private key as PKCS#8 PEM, from `openssl genpkey`.
fn generate_rsa_key_pem() -> Result<String> {
    let openssl = find_program("openssl")?;
    let output = Command::new(openssl)
        .args([
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
            "-quiet",
        ])
        .stdin(Stdio::null())
        .output()
        .context("running openssl genpkey")?;
    if !output.status.success() {
        bail!(
            "openssl genpkey failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let pem = String::from_utf8(output.stdout).context("openssl genpkey printed non-UTF-8")?;
    if !pem.contains("-----BEGIN PRIVATE KEY-----") {
        bail!("openssl genpkey did not print a PKCS#8 key: {pem:?}");
    }
    Ok(pem)
}

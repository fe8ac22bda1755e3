//! Certificate analysis: a pure function from DER bytes, the name the user typed and the
//! moment of the check to the facts the diagnosis needs (validity, names, strength, hashes).

use std::net::IpAddr;

use rdp_doctor_model::CertificateEvidence;
use ring::digest;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::public_key::PublicKey;

/// Why a certificate could not be analysed (for logs and tests; the findings say it in words).
#[derive(Debug, thiserror::Error)]
pub enum CertError {
    #[error("the server's certificate could not be read: {0}")]
    Unreadable(String),
}

/// Analyses the server's certificate.
pub fn analyse(der: &[u8], typed_name: &str) -> Result<CertificateEvidence, CertError> {
    let (_, cert) =
        X509Certificate::from_der(der).map_err(|e| CertError::Unreadable(e.to_string()))?;
    let common_name = cert
        .subject()
        .iter_common_name()
        .next()
        .and_then(|cn| cn.as_str().ok())
        .map(str::to_string);
    let mut san_dns = Vec::new();
    let mut san_ip = Vec::new();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        for name in &san.value.general_names {
            match name {
                GeneralName::DNSName(n) => san_dns.push((*n).to_string()),
                GeneralName::IPAddress(bytes) => {
                    if let Some(ip) = ip_from_bytes(bytes) {
                        san_ip.push(ip.to_string());
                    }
                }
                _ => {}
            }
        }
    }
    let validity = cert.validity();
    let not_before_unix = validity.not_before.timestamp();
    let not_after_unix = validity.not_after.timestamp();
    let sig_oid = cert.signature_algorithm.algorithm.to_id_string();
    let (signature_algorithm, weak_signature) = signature_name(&sig_oid);
    let spki = cert.public_key();
    let key_oid = spki.algorithm.algorithm.to_id_string();
    let key_bits = match spki.parsed() {
        Ok(PublicKey::RSA(rsa)) => Some(bit_length(rsa.modulus)),
        Ok(PublicKey::EC(ec)) => u32::try_from(ec.key_size()).ok().filter(|&b| b > 0),
        _ => None,
    };
    let server_auth_usage = match cert.extended_key_usage() {
        Ok(Some(eku)) => Some(eku.value.server_auth || eku.value.any),
        _ => None,
    };
    let name_matches = name_matches(typed_name, common_name.as_deref(), &san_dns, &san_ip);
    Ok(CertificateEvidence {
        subject: cert.subject().to_string(),
        issuer: cert.issuer().to_string(),
        common_name,
        san_dns,
        san_ip,
        not_before: rfc3339(not_before_unix),
        not_after: rfc3339(not_after_unix),
        not_before_unix,
        not_after_unix,
        self_signed: cert.subject().as_raw() == cert.issuer().as_raw(),
        signature_algorithm,
        weak_signature,
        public_key_algorithm: key_algorithm_name(&key_oid),
        key_bits,
        server_auth_usage,
        sha1_thumbprint: hex(
            digest::digest(&digest::SHA1_FOR_LEGACY_USE_ONLY, der).as_ref(),
            "",
        ),
        sha256_fingerprint: hex(digest::digest(&digest::SHA256, der).as_ref(), ":"),
        checked_name: typed_name.to_string(),
        name_matches,
    })
}

fn rfc3339(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| format!("@{unix}"))
}

fn ip_from_bytes(bytes: &[u8]) -> Option<IpAddr> {
    match bytes.len() {
        4 => <[u8; 4]>::try_from(bytes).ok().map(IpAddr::from),
        16 => <[u8; 16]>::try_from(bytes).ok().map(IpAddr::from),
        _ => None,
    }
}

fn bit_length(modulus: &[u8]) -> u32 {
    let trimmed: &[u8] = match modulus.iter().position(|&b| b != 0) {
        Some(i) => modulus.get(i..).unwrap_or_default(),
        None => &[],
    };
    match trimmed.first() {
        Some(first) => {
            let len = u32::try_from(trimmed.len()).unwrap_or(u32::MAX / 8);
            len.saturating_mul(8).saturating_sub(first.leading_zeros())
        }
        None => 0,
    }
}

fn signature_name(oid: &str) -> (String, bool) {
    let (name, weak) = match oid {
        "1.2.840.113549.1.1.4" => ("md5WithRSAEncryption", true),
        "1.2.840.113549.1.1.5" => ("sha1WithRSAEncryption", true),
        "1.2.840.113549.1.1.11" => ("sha256WithRSAEncryption", false),
        "1.2.840.113549.1.1.12" => ("sha384WithRSAEncryption", false),
        "1.2.840.113549.1.1.13" => ("sha512WithRSAEncryption", false),
        "1.2.840.113549.1.1.10" => ("RSASSA-PSS", false),
        "1.2.840.10045.4.1" => ("ecdsa-with-SHA1", true),
        "1.2.840.10045.4.3.2" => ("ecdsa-with-SHA256", false),
        "1.2.840.10045.4.3.3" => ("ecdsa-with-SHA384", false),
        "1.2.840.10045.4.3.4" => ("ecdsa-with-SHA512", false),
        "1.3.101.112" => ("Ed25519", false),
        other => return (other.to_string(), false),
    };
    (name.to_string(), weak)
}

fn key_algorithm_name(oid: &str) -> String {
    match oid {
        "1.2.840.113549.1.1.1" => "RSA".into(),
        "1.2.840.10045.2.1" => "EC".into(),
        "1.3.101.112" => "Ed25519".into(),
        other => other.to_string(),
    }
}

fn hex(bytes: &[u8], sep: &str) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(sep)
}

/// The name check a Remote Desktop client makes: SAN DNS names (with a left-most wildcard)
/// when present, else the subject CN; IP addresses against SAN IPs or the CN.
pub fn name_matches(typed: &str, cn: Option<&str>, san_dns: &[String], san_ip: &[String]) -> bool {
    let typed = normalise(typed);
    if let Ok(ip) = typed.parse::<IpAddr>() {
        return san_ip.iter().any(|s| s.parse::<IpAddr>().ok() == Some(ip))
            || cn.and_then(|c| c.trim().parse::<IpAddr>().ok()) == Some(ip);
    }
    if !san_dns.is_empty() {
        return san_dns
            .iter()
            .any(|pattern| dns_match(&normalise(pattern), &typed));
    }
    cn.is_some_and(|c| dns_match(&normalise(c), &typed))
}

fn normalise(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

fn dns_match(pattern: &str, name: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(suffix) => name
            .split_once('.')
            .is_some_and(|(first, rest)| !first.is_empty() && rest == suffix),
        None => pattern == name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rcgen::{CertificateParams, DnType, ExtendedKeyUsagePurpose, KeyPair, date_time_ymd};

    fn make(cn: &str, sans: &[&str], from: (i32, u8, u8), to: (i32, u8, u8)) -> Vec<u8> {
        let mut p = CertificateParams::new(sans.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            .expect("params");
        p.distinguished_name.push(DnType::CommonName, cn);
        p.not_before = date_time_ymd(from.0, from.1, from.2);
        p.not_after = date_time_ymd(to.0, to.1, to.2);
        p.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let key = KeyPair::generate().expect("key");
        p.self_signed(&key).expect("sign").der().to_vec()
    }

    #[test]
    fn reads_an_expired_cn_only_certificate() {
        let der = make("WIN-HOST", &[], (2020, 1, 1), (2021, 3, 12));
        let c = analyse(&der, "win-host").expect("parses");
        assert_eq!(c.common_name.as_deref(), Some("WIN-HOST"));
        assert_eq!(c.not_after, "2021-03-12T00:00:00Z");
        assert_eq!(c.not_after_unix, 1_615_507_200);
        assert!(c.self_signed);
        assert!(c.name_matches, "CN matches case-insensitively");
        assert_eq!(c.server_auth_usage, Some(true));
        assert_eq!(c.sha1_thumbprint.len(), 40);
        assert!(
            c.sha1_thumbprint
                .chars()
                .all(|ch| ch.is_ascii_hexdigit() && !ch.is_ascii_lowercase())
        );
        assert_eq!(c.sha256_fingerprint.len(), 32 * 3 - 1);
        assert_eq!(c.signature_algorithm, "ecdsa-with-SHA256");
        assert_eq!(c.key_bits, Some(256));
        assert!(!c.weak_signature);
        assert!(!analyse(&der, "other-host").expect("parses").name_matches);
    }

    #[test]
    fn san_takes_precedence_over_cn() {
        let der = make(
            "ignored",
            &["*.lab.example", "10.0.0.5"],
            (2020, 1, 1),
            (2040, 1, 1),
        );
        assert!(analyse(&der, "pc.lab.example").expect("ok").name_matches);
        assert!(!analyse(&der, "a.pc.lab.example").expect("ok").name_matches);
        assert!(!analyse(&der, "ignored").expect("ok").name_matches);
        assert!(analyse(&der, "10.0.0.5").expect("ok").name_matches);
        assert!(!analyse(&der, "10.0.0.6").expect("ok").name_matches);
    }

    #[test]
    fn garbage_is_a_reason_not_a_panic() {
        assert!(analyse(b"", "x").is_err());
        assert!(analyse(&[0x30, 0x82, 0xff, 0xff, 1, 2, 3], "x").is_err());
        let der = make("a", &[], (2020, 1, 1), (2040, 1, 1));
        for cut in [1, 10, der.len() / 2, der.len() - 1] {
            assert!(analyse(der.get(..cut).unwrap_or_default(), "a").is_err());
        }
    }

    #[test]
    fn rsa_bit_length_counts_significant_bits() {
        assert_eq!(bit_length(&[0x00, 0x80, 0, 0]), 24);
        assert_eq!(bit_length(&[0x01, 0xff]), 9);
        assert_eq!(bit_length(&[]), 0);
    }
}

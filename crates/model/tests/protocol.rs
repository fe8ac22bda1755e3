//! The protocol vocabulary's promises: each type writes and reads exactly the JSON its bare
//! integer did (so evidence fields can switch to it without a schema change), converts back to
//! the same number, and names codes as `rdp-doctor-wire` does.

use proptest::prelude::*;
use rdp_doctor_model::{
    CredsspVersion, EncryptionOracle, LegacyTlsProbe, NegotiationAttempt, NegotiationFailure,
    NegotiationFlags, NegotiationOutcome, NlaOutcome, NtStatus, RequestedProtocols, SecurityLayer,
    SelectedProtocol, TlsVersion,
};
use rdp_doctor_wire::{tls_hello, x224};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// `typed` serialises as `raw` does, reads back from `raw`'s JSON as itself, and converts back
/// to `raw`.
fn same_json<T, N>(typed: T, raw: N)
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug + Copy + Into<N>,
    N: Serialize + PartialEq + std::fmt::Debug + Copy,
{
    let typed_json = serde_json::to_string(&typed).expect("serialises");
    let raw_json = serde_json::to_string(&raw).expect("serialises");
    assert_eq!(typed_json, raw_json);
    let back: T = serde_json::from_str(&raw_json).expect("reads the number");
    assert_eq!(back, typed);
    assert_eq!(typed.into(), raw);
}

proptest! {
    #[test]
    fn u32_codes_keep_their_json(v in any::<u32>()) {
        same_json(RequestedProtocols::from(v), v);
        same_json(SelectedProtocol::from(v), v);
        same_json(NegotiationFailure::from(v), v);
        same_json(NtStatus::from(v), v);
        prop_assert!(SelectedProtocol::from(v) == v && v == SelectedProtocol::from(v));
        prop_assert!(NegotiationFailure::from(v) == v);
    }

    #[test]
    fn tls_versions_keep_their_json(v in any::<u16>()) {
        same_json(TlsVersion::from(v), v);
        prop_assert_eq!(TlsVersion::from(v).name(), tls_hello::version_name(v));
        prop_assert_eq!(TlsVersion::from(v).before_tls12(), v < 0x0303);
        prop_assert_eq!(TlsVersion::from(v) < 0x0303, v < 0x0303);
    }
}

#[test]
fn small_codes_keep_their_json_and_wire_names() {
    for v in (0..=0x100u32).chain([0x7fff_ffff, 0xC000_006D, u32::MAX]) {
        same_json(SelectedProtocol::from(v), v);
        same_json(NegotiationFailure::from(v), v);
        assert_eq!(
            SelectedProtocol::from(v).name(),
            x224::Protocols(v).selected_name(),
            "{v:#x}"
        );
        assert_eq!(
            RequestedProtocols::from(v).names(),
            x224::Protocols(v).names(),
            "{v:#x}"
        );
        assert_eq!(
            NegotiationFailure::from(v).name(),
            x224::FailureCode(v).name(),
            "{v:#x}"
        );
    }
    for v in 0..=u8::MAX {
        same_json(NegotiationFlags::from(v), v);
        assert_eq!(
            NegotiationFlags::from(v).names(),
            x224::response_flag_names(v)
        );
    }
}

#[test]
fn selected_protocol_says_what_follows() {
    let tls_based: Vec<u32> = (0..=0x20)
        .filter(|v| SelectedProtocol::from(*v).is_tls_based())
        .collect();
    assert_eq!(tls_based, [1, 2, 8]);
    let credssp: Vec<u32> = (0..=0x20)
        .filter(|v| SelectedProtocol::from(*v).is_credssp())
        .collect();
    assert_eq!(credssp, [2, 8]);
    // The evidence's `protocol_name`, as the probe writes it.
    assert_eq!(SelectedProtocol::from(0x20).to_string(), "unknown (0x20)");
    assert_eq!(SelectedProtocol::CredsspEx.to_string(), "credssp_ex");
    assert_eq!(NtStatus::LOGON_FAILURE.to_string(), "0xC000006D");
    assert_eq!(NtStatus::LOGON_FAILURE.name(), Some("STATUS_LOGON_FAILURE"));
    assert_eq!(NtStatus(0x1234).name(), None);
    assert!(
        RequestedProtocols::HYBRID_EX | RequestedProtocols::HYBRID | RequestedProtocols::SSL
            == 0x0B
    );
}

/// The evidence as it is today, and the same evidence with typed fields (what the fields will
/// become): one JSON, both ways.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum TypedOutcome {
    Selected {
        protocol: SelectedProtocol,
        protocol_name: String,
        flags: NegotiationFlags,
        flag_names: Vec<String>,
    },
    Refused {
        code: NegotiationFailure,
        code_name: Option<String>,
    },
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum TypedLegacy {
    ServerHello {
        version: String,
        version_code: TlsVersion,
        cipher_suite: String,
    },
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum TypedNla {
    ServerError { code: NtStatus },
}

fn same_document<A: Serialize, B: Serialize + DeserializeOwned>(today: &A, typed: &B) {
    let today = serde_json::to_string(today).expect("serialises");
    assert_eq!(serde_json::to_string(typed).expect("serialises"), today);
    let read: B = serde_json::from_str(&today).expect("reads today's JSON");
    assert_eq!(serde_json::to_string(&read).expect("serialises"), today);
}

#[test]
fn evidence_json_is_the_same_with_typed_fields() {
    for (protocol, flags) in [(0, 0), (2, 0x1f), (8, 0x09), (0x40, 0xff)] {
        let today = NegotiationOutcome::Selected {
            protocol: protocol.into(),
            protocol_name: SelectedProtocol::from(protocol).to_string(),
            flags: flags.into(),
            flag_names: NegotiationFlags(flags)
                .names()
                .into_iter()
                .map(String::from)
                .collect(),
        };
        assert_eq!(today.selected_protocol(), Some(protocol.into()));
        assert_eq!(today.selected_flags(), Some(NegotiationFlags(flags)));
        assert_eq!(today.failure(), None);
        let typed = TypedOutcome::Selected {
            protocol: protocol.into(),
            protocol_name: SelectedProtocol::from(protocol).to_string(),
            flags: flags.into(),
            flag_names: NegotiationFlags(flags)
                .names()
                .into_iter()
                .map(String::from)
                .collect(),
        };
        same_document(&today, &typed);
    }
    for code in [1, 3, 5, 6, 99] {
        let name = NegotiationFailure::from(code).name().map(String::from);
        let today = NegotiationOutcome::Refused {
            code: code.into(),
            code_name: name.clone(),
        };
        assert_eq!(today.failure(), Some(code.into()));
        assert_eq!(today.selected_protocol(), None);
        let typed = TypedOutcome::Refused {
            code: code.into(),
            code_name: name,
        };
        same_document(&today, &typed);
    }
    for code in [0x0300, 0x0301, 0x0303, 0x7f17] {
        let today = LegacyTlsProbe::ServerHello {
            version: tls_hello::version_name(code).into(),
            version_code: code.into(),
            cipher_suite: "TLS_RSA_WITH_AES_128_CBC_SHA".into(),
        };
        assert_eq!(today.server_version(), Some(TlsVersion::from(code)));
        let typed = TypedLegacy::ServerHello {
            version: TlsVersion::from(code).name().into(),
            version_code: code.into(),
            cipher_suite: "TLS_RSA_WITH_AES_128_CBC_SHA".into(),
        };
        same_document(&today, &typed);
    }
    let today = NlaOutcome::ServerError {
        code: NtStatus::LOGON_FAILURE,
    };
    assert_eq!(today.ntstatus(), Some(NtStatus::LOGON_FAILURE));
    same_document(
        &today,
        &TypedNla::ServerError {
            code: NtStatus::LOGON_FAILURE,
        },
    );
}

#[test]
fn attempts_name_what_they_requested() {
    let attempt = NegotiationAttempt {
        requested: 0x0B.into(),
        testing: "credssp_ex".into(),
        outcome: NegotiationOutcome::NoNegotiationData,
        elapsed_ms: 1,
        connect_ms: None,
        reply_ms: None,
        alone: true,
        recheck: None,
    };
    assert_eq!(
        attempt.requested_protocols().names(),
        ["tls", "credssp", "credssp_ex"]
    );
    assert!(
        attempt
            .requested_protocols()
            .contains(RequestedProtocols::HYBRID)
    );
}

proptest! {
    #[test]
    fn settings_and_versions_keep_their_json(v in any::<u32>()) {
        same_json(CredsspVersion::from(v), v);
        same_json(SecurityLayer::from(v), v);
        same_json(EncryptionOracle::from(v), v);
        prop_assert_eq!(CredsspVersion::from(v).lacks_oracle_fix(), v < 5);
        prop_assert_eq!(CredsspVersion::from(v) < 5, v < 5);
    }
}

/// Facts hold these as `Option<u32>`: `null` or the number, either way.
#[test]
fn optional_settings_keep_their_json() {
    for v in [None, Some(0u32), Some(1), Some(2), Some(7)] {
        let typed = v.map(SecurityLayer::from);
        assert_eq!(
            serde_json::to_string(&typed).expect("serialises"),
            serde_json::to_string(&v).expect("serialises")
        );
        let read: Option<EncryptionOracle> =
            serde_json::from_str(&serde_json::to_string(&v).expect("serialises")).expect("reads");
        assert_eq!(read.map(u32::from), v);
    }
    assert!(SecurityLayer::Negotiate.allows_standard_rdp());
    assert!(!SecurityLayer::from(2).allows_standard_rdp());
    assert!(!SecurityLayer::Other(3).allows_standard_rdp());
    assert_eq!(
        (0..4)
            .map(|v| EncryptionOracle::from(v).name())
            .collect::<Vec<_>>(),
        [
            Some("Force updated clients"),
            Some("Mitigated"),
            Some("Vulnerable"),
            None
        ]
    );
    assert!(EncryptionOracle::Mitigated.refuses_unpatched_servers());
    assert!(!EncryptionOracle::Vulnerable.refuses_unpatched_servers());
    let nla = rdp_doctor_model::NlaEvidence {
        outcome: NlaOutcome::Challenge,
        server_version: Some(4.into()),
        identity: None,
        elapsed_ms: 1,
    };
    assert!(
        nla.credssp_version()
            .is_some_and(CredsspVersion::lacks_oracle_fix)
    );
}

/// What the rules do with the numbers today reads the same on the typed values.
#[test]
fn rules_formatting_is_the_same() {
    for v in [0u32, 1, 3, 0x0B, 0xC000_006D, u32::MAX] {
        assert_eq!(format!("{:x}", RequestedProtocols(v)), format!("{v:x}"));
        assert_eq!(format!("0x{:08X}", NtStatus(v)), format!("0x{v:08X}"));
        assert_eq!(format!("{}", NegotiationFailure::from(v)), format!("{v}"));
        assert_eq!(
            serde_json::Value::from(CredsspVersion(v)),
            serde_json::Value::from(v)
        );
        assert_eq!(
            serde_json::Value::from(SecurityLayer::from(v)),
            serde_json::Value::from(v)
        );
    }
    assert_eq!(
        serde_json::Value::from(TlsVersion::Tls10),
        serde_json::Value::from(0x0301u16)
    );
    assert_eq!(
        serde_json::Value::from(NegotiationFlags(9)),
        serde_json::Value::from(9u8)
    );
}

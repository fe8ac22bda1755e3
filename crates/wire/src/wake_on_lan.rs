//! Wake-on-LAN: the "magic packet" (six 0xFF bytes, then the MAC address sixteen times) and the
//! MAC address as people type it.

/// Why typed text is not a MAC address; the text is shown to the user as it is.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MacError {
    /// Not twelve hex digits in one of the usual spellings; `shown` is the input, at most 40
    /// characters, control characters as U+FFFD.
    #[error("\"{shown}\" is not a network card address (MAC): it looks like AA:BB:CC:DD:EE:FF")]
    Shape { shown: String },
    /// All zeros, all ones, or a multicast address: no single card has it.
    #[error("that is not the address of one network card (it is empty, broadcast or multicast)")]
    NotOneCard,
}

/// A MAC address parsed from `AA:BB:CC:DD:EE:FF`, `AA-BB-CC-DD-EE-FF`, `AABB.CCDD.EEFF` or
/// twelve bare hex digits. Anything else is refused with a reason.
pub fn mac_address(text: &str) -> Result<[u8; 6], MacError> {
    let digits: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ':' | '-' | '.'))
        .collect();
    let shape_ok = {
        let t = text.trim();
        let seps: Vec<char> = t.chars().filter(|c| matches!(c, ':' | '-' | '.')).collect();
        seps.is_empty()
            || (seps.len() == 5 && seps.iter().all(|c| *c == seps[0]) && seps[0] != '.')
            || (seps.len() == 2 && seps.iter().all(|c| *c == '.'))
    };
    let shape = || MacError::Shape {
        shown: text
            .trim()
            .chars()
            .take(40)
            // A control character (a line break, an escape) would break the one-line message.
            .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
            .collect(),
    };
    if digits.len() != 12 || !digits.chars().all(|c| c.is_ascii_hexdigit()) || !shape_ok {
        return Err(shape());
    }
    let mut mac = [0u8; 6];
    for (i, byte) in mac.iter_mut().enumerate() {
        let pair = digits.get(i * 2..i * 2 + 2).unwrap_or("00");
        *byte = u8::from_str_radix(pair, 16).map_err(|_| shape())?;
    }
    if mac == [0; 6] || mac == [0xff; 6] || mac[0] & 1 == 1 {
        return Err(MacError::NotOneCard);
    }
    Ok(mac)
}

/// The 102-byte magic packet for `mac`.
pub fn magic_packet(mac: [u8; 6]) -> [u8; 102] {
    let mut packet = [0xffu8; 102];
    for chunk in packet[6..].chunks_exact_mut(6) {
        chunk.copy_from_slice(&mac);
    }
    packet
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_mac(text: &str) -> Result<[u8; 6], String> {
        mac_address(text).map_err(|e| e.to_string())
    }

    #[test]
    fn parses_the_usual_spellings() {
        let want = Ok([0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e]);
        assert_eq!(parse_mac("00:1A:2B:3C:4D:5E"), want);
        assert_eq!(parse_mac("00-1a-2b-3c-4d-5e"), want);
        assert_eq!(parse_mac("001a.2b3c.4d5e"), want);
        assert_eq!(parse_mac(" 001A2B3C4D5E "), want);
        for bad in [
            "",
            "00:1A:2B:3C:4D",
            "00:1A:2B:3C:4D:5E:6F",
            "00:1A-2B:3C:4D:5E",
            "zz:1a:2b:3c:4d:5e",
            "00:1a:2b:3c:4d:5e; reboot",
            "ff:ff:ff:ff:ff:ff",
            "00:00:00:00:00:00",
            "01:00:5e:00:00:01",
            "０0:1a:2b:3c:4d:5e",
        ] {
            assert!(parse_mac(bad).is_err(), "{bad}");
        }
    }

    /// The reasons are shown to users as they are: the typed errors must read exactly as the
    /// strings they replaced.
    #[test]
    fn refusal_sentences_are_unchanged() {
        assert_eq!(
            parse_mac(" 00:1A:2B:3C:4D \n"),
            Err("\"00:1A:2B:3C:4D\" is not a network card address (MAC): it looks like AA:BB:CC:DD:EE:FF".to_string())
        );
        assert_eq!(
            parse_mac("a\u{1b}b"),
            Err("\"a\u{FFFD}b\" is not a network card address (MAC): it looks like AA:BB:CC:DD:EE:FF".to_string())
        );
        let long = "x".repeat(50);
        assert_eq!(
            mac_address(&long),
            Err(MacError::Shape {
                shown: "x".repeat(40)
            })
        );
        assert_eq!(
            parse_mac("ff:ff:ff:ff:ff:ff"),
            Err(
                "that is not the address of one network card (it is empty, broadcast or multicast)"
                    .to_string()
            )
        );
        assert_eq!(mac_address("01:00:5e:00:00:01"), Err(MacError::NotOneCard));
    }

    #[test]
    fn magic_packet_layout() {
        let mac = [1, 2, 3, 4, 5, 6];
        let p = magic_packet(mac);
        assert_eq!(p.len(), 102);
        assert_eq!(&p[..6], &[0xff; 6]); // synchronisation stream
        for i in 0..16 {
            assert_eq!(&p[6 + i * 6..12 + i * 6], &mac, "repetition {i}");
        }
    }
}

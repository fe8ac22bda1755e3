//! CredSSP `TSRequest` (MS-CSSP 2.2.1) in hand-rolled minimal DER.
//!
//! Only what an unauthenticated probe needs: encode the first `TSRequest` carrying one
//! NTLM NEGOTIATE token, decode the server's answer, and find where a DER message ends in a
//! byte stream (TSRequests travel inside TLS without any other framing).

use crate::DecodeError;

const TAG_INTEGER: u8 = 0x02;
const TAG_OCTET_STRING: u8 = 0x04;
const TAG_SEQUENCE: u8 = 0x30;
/// Context-specific, constructed: `[n]` is `0xA0 | n`.
const TAG_CONTEXT_CONSTRUCTED: u8 = 0xA0;
const CLASS_MASK: u8 = 0xC0;
const CLASS_CONTEXT: u8 = 0x80;

/// Largest DER message [`der_message_len`] accepts; a server's challenge is a few hundred bytes.
pub const MAX_MESSAGE_LEN: usize = 64 * 1024;
/// Long-form lengths with more bytes than this are rejected.
const MAX_LENGTH_BYTES: usize = 4;

/// The CredSSP version this crate speaks (MS-CSSP 2.2.1: versions 2 to 6 exist).
pub const TS_REQUEST_VERSION: u32 = 6;

fn push_der_len(out: &mut Vec<u8>, len: usize) {
    if len < 0x80 {
        out.push(len as u8);
        return;
    }
    let bytes = len.to_be_bytes();
    let skip = bytes.iter().take_while(|&&b| b == 0).count();
    let significant = bytes.get(skip..).unwrap_or_default();
    // At most size_of::<usize>() = 8 bytes, so the count fits the low 7 bits.
    out.push(0x80 | significant.len() as u8);
    out.extend_from_slice(significant);
}

fn der_tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(content.len() + 6);
    out.push(tag);
    push_der_len(&mut out, content.len());
    out.extend_from_slice(content);
    out
}

/// Minimal two's complement encoding of a non-negative INTEGER (X.690 8.3).
fn der_unsigned_integer(value: u32) -> Vec<u8> {
    let bytes = value.to_be_bytes();
    let skip = bytes.iter().take_while(|&&b| b == 0).count().min(3);
    let mut content = Vec::with_capacity(5);
    // A set top bit would make the value negative, so it needs a leading zero byte.
    if bytes.get(skip).is_some_and(|b| b & 0x80 != 0) {
        content.push(0);
    }
    content.extend_from_slice(bytes.get(skip..).unwrap_or_default());
    der_tlv(TAG_INTEGER, &content)
}

/// `TSRequest { version [0] INTEGER, negoTokens [1] NegoData }` carrying one token
/// (MS-CSSP 2.2.1, 2.2.1.1), e.g. a raw NTLM NEGOTIATE_MESSAGE.
///
/// `NegoData ::= SEQUENCE OF SEQUENCE { negoToken [0] OCTET STRING }`.
pub fn encode_ts_request(version: u32, nego_token: &[u8]) -> Vec<u8> {
    let token = der_tlv(
        TAG_CONTEXT_CONSTRUCTED,
        &der_tlv(TAG_OCTET_STRING, nego_token),
    );
    let nego_data = der_tlv(TAG_SEQUENCE, &der_tlv(TAG_SEQUENCE, &token));
    let mut fields = der_tlv(TAG_CONTEXT_CONSTRUCTED, &der_unsigned_integer(version));
    fields.extend_from_slice(&der_tlv(TAG_CONTEXT_CONSTRUCTED | 1, &nego_data));
    der_tlv(TAG_SEQUENCE, &fields)
}

/// The fields of a decoded `TSRequest` (MS-CSSP 2.2.1).
///
/// Only presence is recorded for `authInfo`, `pubKeyAuth` and `clientNonce`: an
/// unauthenticated probe never receives their content in a usable form.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TsRequest {
    /// The sender's CredSSP version; below 5 means the server lacks the CVE-2018-0886 update.
    pub version: u32,
    /// Contents of every `negoToken`, in order.
    pub nego_tokens: Vec<Vec<u8>>,
    pub auth_info: bool,
    pub pub_key_auth: bool,
    /// `errorCode`, an NTSTATUS (MS-CSSP 2.2.1, version 3 and later), as its 32 bits.
    pub error_code: Option<u32>,
    pub client_nonce: bool,
}

/// One DER element: its tag and content.
struct Tlv<'a> {
    tag: u8,
    content: &'a [u8],
}

/// Reads consecutive DER elements from a slice; every read is bounds checked.
struct DerReader<'a> {
    rest: &'a [u8],
}

/// Parses a tag and length at the start of `buf`.
///
/// `Ok(None)`: more bytes are needed to know the length. `Ok(Some((header_len, content_len)))`
/// otherwise. Non-minimal long forms (such as `81 05`) are accepted since they are
/// unambiguous; indefinite length and more than four length bytes are not.
fn parse_header(buf: &[u8], what: &'static str) -> Result<Option<(usize, usize)>, DecodeError> {
    let Some(&tag) = buf.first() else {
        return Ok(None);
    };
    if tag & 0x1F == 0x1F {
        return Err(DecodeError::invalid(
            what,
            format!("multi-byte tag {tag:#04x} is not used by ts_request"),
        ));
    }
    let Some(&first) = buf.get(1) else {
        return Ok(None);
    };
    if first < 0x80 {
        return Ok(Some((2, usize::from(first))));
    }
    let count = usize::from(first & 0x7F);
    if count == 0 {
        return Err(DecodeError::invalid(
            what,
            "indefinite length is not allowed in der",
        ));
    }
    if count > MAX_LENGTH_BYTES {
        return Err(DecodeError::invalid(
            what,
            format!("length uses {count} bytes, at most {MAX_LENGTH_BYTES} are supported"),
        ));
    }
    let Some(len_bytes) = buf.get(2..2 + count) else {
        return Ok(None);
    };
    let len = len_bytes
        .iter()
        .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
    Ok(Some((2 + count, len)))
}

impl<'a> DerReader<'a> {
    fn new(rest: &'a [u8]) -> Self {
        Self { rest }
    }

    fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    fn read(&mut self, what: &'static str) -> Result<Tlv<'a>, DecodeError> {
        let Some((header_len, content_len)) = parse_header(self.rest, what)? else {
            return Err(DecodeError::truncated(
                what,
                self.rest.len().saturating_add(1),
                self.rest.len(),
            ));
        };
        let end = header_len
            .checked_add(content_len)
            .ok_or_else(|| DecodeError::invalid(what, "length overflows"))?;
        let (Some(&tag), Some(content), Some(rest)) = (
            self.rest.first(),
            self.rest.get(header_len..end),
            self.rest.get(end..),
        ) else {
            return Err(DecodeError::truncated(what, end, self.rest.len()));
        };
        self.rest = rest;
        Ok(Tlv { tag, content })
    }

    /// Reads an element that must have `tag`.
    fn read_tagged(&mut self, tag: u8, what: &'static str) -> Result<&'a [u8], DecodeError> {
        let tlv = self.read(what)?;
        if tlv.tag != tag {
            return Err(DecodeError::invalid(
                what,
                format!("expected tag {tag:#04x}, got {:#04x}", tlv.tag),
            ));
        }
        Ok(tlv.content)
    }

    /// Reads the only element inside an explicit tag's content.
    fn single(content: &'a [u8], tag: u8, what: &'static str) -> Result<&'a [u8], DecodeError> {
        let mut inner = DerReader::new(content);
        let value = inner.read_tagged(tag, what)?;
        if !inner.is_empty() {
            return Err(DecodeError::invalid(
                what,
                format!("{} unexpected bytes after the value", inner.rest.len()),
            ));
        }
        Ok(value)
    }
}

/// INTEGER content (X.690 8.3, big-endian two's complement) as a signed value.
fn integer_value(content: &[u8], what: &'static str) -> Result<i64, DecodeError> {
    let Some(&first) = content.first() else {
        return Err(DecodeError::invalid(what, "integer has no content bytes"));
    };
    if content.len() > 8 {
        return Err(DecodeError::TooLarge {
            what,
            len: content.len(),
            max: 8,
        });
    }
    let sign_fill = if first & 0x80 != 0 { -1i64 } else { 0 };
    Ok(content
        .iter()
        .fold(sign_fill, |acc, &b| (acc << 8) | i64::from(b)))
}

/// An INTEGER that must be in `0..=u32::MAX`.
fn unsigned_u32(content: &[u8], what: &'static str) -> Result<u32, DecodeError> {
    let value = integer_value(content, what)?;
    u32::try_from(value)
        .map_err(|_| DecodeError::invalid(what, format!("{value} is not in 0..=4294967295")))
}

/// An INTEGER holding 32 bits that some encoders write as signed (NTSTATUS `0xC000006D` as
/// `02 04 C0 00 00 6D`, i.e. negative) and others as unsigned (`02 05 00 C0 00 00 6D`).
fn u32_bits(content: &[u8], what: &'static str) -> Result<u32, DecodeError> {
    let value = integer_value(content, what)?;
    if let Ok(signed) = i32::try_from(value) {
        return Ok(signed as u32);
    }
    u32::try_from(value)
        .map_err(|_| DecodeError::invalid(what, format!("{value} does not fit in 32 bits")))
}

fn decode_nego_data(content: &[u8], tokens: &mut Vec<Vec<u8>>) -> Result<(), DecodeError> {
    let items = DerReader::single(content, TAG_SEQUENCE, "ts_request nego data")?;
    let mut items = DerReader::new(items);
    while !items.is_empty() {
        let item = items.read_tagged(TAG_SEQUENCE, "ts_request nego data item")?;
        let mut fields = DerReader::new(item);
        while !fields.is_empty() {
            let field = fields.read("ts_request nego data item")?;
            if field.tag == TAG_CONTEXT_CONSTRUCTED {
                let token =
                    DerReader::single(field.content, TAG_OCTET_STRING, "ts_request nego token")?;
                tokens.push(token.to_vec());
            } else if field.tag & CLASS_MASK != CLASS_CONTEXT {
                return Err(DecodeError::invalid(
                    "ts_request nego data item",
                    format!("unexpected tag {:#04x}", field.tag),
                ));
            }
        }
    }
    Ok(())
}

/// Decodes a `TSRequest` (MS-CSSP 2.2.1).
///
/// `buf` must hold exactly one DER message (see [`der_message_len`]). Unknown context tags are
/// skipped so a future field does not break the probe; malformed DER is an error.
pub fn decode_ts_request(buf: &[u8]) -> Result<TsRequest, DecodeError> {
    let mut outer = DerReader::new(buf);
    let body = outer.read_tagged(TAG_SEQUENCE, "ts_request")?;
    if !outer.is_empty() {
        return Err(DecodeError::invalid(
            "ts_request",
            format!("{} bytes follow the message", outer.rest.len()),
        ));
    }
    let mut req = TsRequest::default();
    let mut version = None;
    let mut fields = DerReader::new(body);
    while !fields.is_empty() {
        let field = fields.read("ts_request field")?;
        match field.tag {
            0xA0 => {
                let v = DerReader::single(field.content, TAG_INTEGER, "ts_request version")?;
                version = Some(unsigned_u32(v, "ts_request version")?);
            }
            0xA1 => decode_nego_data(field.content, &mut req.nego_tokens)?,
            0xA2 => {
                DerReader::single(field.content, TAG_OCTET_STRING, "ts_request auth info")?;
                req.auth_info = true;
            }
            0xA3 => {
                DerReader::single(field.content, TAG_OCTET_STRING, "ts_request pub key auth")?;
                req.pub_key_auth = true;
            }
            0xA4 => {
                let v = DerReader::single(field.content, TAG_INTEGER, "ts_request error code")?;
                req.error_code = Some(u32_bits(v, "ts_request error code")?);
            }
            0xA5 => {
                DerReader::single(field.content, TAG_OCTET_STRING, "ts_request client nonce")?;
                req.client_nonce = true;
            }
            tag if tag & CLASS_MASK == CLASS_CONTEXT => {}
            tag => {
                return Err(DecodeError::invalid(
                    "ts_request",
                    format!("unexpected tag {tag:#04x} among the fields"),
                ));
            }
        }
    }
    req.version = version
        .ok_or_else(|| DecodeError::invalid("ts_request", "the version field [0] is missing"))?;
    Ok(req)
}

/// Total length of the DER SEQUENCE at the start of `buf`, for reading a TSRequest from a
/// stream.
///
/// `Ok(None)`: more bytes are needed. `Ok(Some(n))`: the message is `n` bytes, header
/// included. `Err`: the first byte is not 0x30 (SEQUENCE), the length is indefinite or uses
/// more than 4 bytes, or the message would exceed [`MAX_MESSAGE_LEN`].
pub fn der_message_len(buf: &[u8]) -> Result<Option<usize>, DecodeError> {
    if let Some(&tag) = buf.first()
        && tag != TAG_SEQUENCE
    {
        return Err(DecodeError::invalid(
            "der message",
            format!("first byte is {tag:#04x}, expected 0x30 (sequence)"),
        ));
    }
    let Some((header_len, content_len)) = parse_header(buf, "der message")? else {
        return Ok(None);
    };
    match header_len.checked_add(content_len) {
        Some(total) if total <= MAX_MESSAGE_LEN => Ok(Some(total)),
        total => Err(DecodeError::TooLarge {
            what: "der message",
            len: total.unwrap_or(usize::MAX),
            max: MAX_MESSAGE_LEN,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ntlm;

    /// The server's answer to the first TSRequest: version 6 and the NTLM CHALLENGE, with
    /// long-form lengths (`81 xx`).
    fn challenge_reply() -> Vec<u8> {
        #[rustfmt::skip]
        let header = [
            0x30, 0x81, 0xE0, // TSRequest SEQUENCE, 224 bytes
            0xA0, 0x03, // [0] version
            0x02, 0x01, 0x06, // INTEGER 6
            0xA1, 0x81, 0xD8, // [1] negoTokens, 216 bytes
            0x30, 0x81, 0xD5, // NegoData: SEQUENCE OF, 213 bytes
            0x30, 0x81, 0xD2, // SEQUENCE, 210 bytes
            0xA0, 0x81, 0xCF, // [0] negoToken, 207 bytes
            0x04, 0x81, 0xCC, // OCTET STRING, 204 bytes: the CHALLENGE_MESSAGE
        ];
        [&header[..], &ntlm::tests::CHALLENGE[..]].concat()
    }

    #[test]
    fn encodes_first_request() {
        #[rustfmt::skip]
        let header = [
            0x30, 0x37, // TSRequest SEQUENCE, 55 bytes
            0xA0, 0x03, // [0] version
            0x02, 0x01, 0x06, // INTEGER 6
            0xA1, 0x30, // [1] negoTokens, 48 bytes
            0x30, 0x2E, // NegoData: SEQUENCE OF, 46 bytes
            0x30, 0x2C, // SEQUENCE, 44 bytes
            0xA0, 0x2A, // [0] negoToken, 42 bytes
            0x04, 0x28, // OCTET STRING, 40 bytes: the NEGOTIATE_MESSAGE
        ];
        let expected = [&header[..], &ntlm::negotiate_message()].concat();
        let encoded = encode_ts_request(TS_REQUEST_VERSION, &ntlm::negotiate_message());
        assert_eq!(encoded.len(), 57);
        assert_eq!(encoded, expected);
        assert_eq!(der_message_len(&encoded), Ok(Some(57)));

        // nmap's version 0x60 and versions with the top bit set need no or one padding byte
        assert_eq!(
            &encode_ts_request(0x60, &[])[2..7],
            &[0xA0, 0x03, 0x02, 0x01, 0x60]
        );
        assert_eq!(
            &encode_ts_request(0x80, &[])[2..8],
            &[0xA0, 0x04, 0x02, 0x02, 0x00, 0x80]
        );
        assert_eq!(
            &encode_ts_request(u32::MAX, &[])[2..11],
            &[0xA0, 0x07, 0x02, 0x05, 0x00, 0xFF, 0xFF, 0xFF, 0xFF]
        );
        assert_eq!(
            &encode_ts_request(0, &[])[2..7],
            &[0xA0, 0x03, 0x02, 0x01, 0x00]
        );
    }

    #[test]
    fn round_trips() {
        for version in [0, 2, 6, 0x60, 0x80, 0xFFFF, 0x0080_0000, u32::MAX] {
            for len in [0, 1, 127, 128, 255, 256, 70_000] {
                let token = vec![0xA5; len];
                let encoded = encode_ts_request(version, &token);
                let decoded = decode_ts_request(&encoded).expect("own encoding decodes");
                assert_eq!(decoded.version, version);
                assert_eq!(decoded.nego_tokens, [token]);
            }
        }
    }

    #[test]
    fn decodes_challenge_reply() {
        let reply = challenge_reply();
        assert_eq!(der_message_len(&reply[..3]), Ok(Some(227)));
        assert_eq!(reply.len(), 227);
        let req = decode_ts_request(&reply).expect("valid reply");
        assert_eq!(req.version, 6);
        assert_eq!(req.error_code, None);
        assert!(!req.auth_info && !req.pub_key_auth && !req.client_nonce);
        let [token] = req.nego_tokens.as_slice() else {
            panic!("expected one token, got {:?}", req.nego_tokens);
        };
        let challenge = ntlm::decode_challenge(token).expect("valid challenge");
        assert_eq!(
            challenge.target_info.dns_computer_name.as_deref(),
            Some("win-host.lab.example")
        );
    }

    #[test]
    fn decodes_two_byte_lengths() {
        #[rustfmt::skip]
        let header = [
            0x30, 0x82, 0x01, 0x45, // TSRequest SEQUENCE, 325 bytes
            0xA0, 0x03, // [0] version
            0x02, 0x01, 0x05, // INTEGER 5
            0xA1, 0x82, 0x01, 0x3C, // [1] negoTokens, 316 bytes
            0x30, 0x82, 0x01, 0x38, // SEQUENCE OF, 312 bytes
            0x30, 0x82, 0x01, 0x34, // SEQUENCE, 308 bytes
            0xA0, 0x82, 0x01, 0x30, // [0] negoToken, 304 bytes
            0x04, 0x82, 0x01, 0x2C, // OCTET STRING, 300 bytes
        ];
        let token = [0x5A; 300];
        let message = [&header[..], &token[..]].concat();
        assert_eq!(der_message_len(&message[..4]), Ok(Some(329)));
        assert_eq!(encode_ts_request(5, &token), message);
        let req = decode_ts_request(&message).expect("valid reply");
        assert_eq!(req.version, 5);
        assert_eq!(req.nego_tokens, [token.to_vec()]);
    }

    #[test]
    fn decodes_error_code_signed_and_unsigned() {
        #[rustfmt::skip]
        let unsigned = [
            0x30, 0x0E, // TSRequest SEQUENCE, 14 bytes
            0xA0, 0x03, 0x02, 0x01, 0x06, // [0] version 6
            0xA4, 0x07, // [4] errorCode
            0x02, 0x05, 0x00, 0xC0, 0x00, 0x00, 0x6D, // INTEGER 0xC000006D with leading zero
        ];
        #[rustfmt::skip]
        let signed = [
            0x30, 0x0D, // TSRequest SEQUENCE, 13 bytes
            0xA0, 0x03, 0x02, 0x01, 0x06, // [0] version 6
            0xA4, 0x06, // [4] errorCode
            0x02, 0x04, 0xC0, 0x00, 0x00, 0x6D, // INTEGER -1073741715 = 0xC000006D
        ];
        for message in [&unsigned[..], &signed[..]] {
            let req = decode_ts_request(message).expect("valid reply");
            assert_eq!(req.error_code, Some(0xC000_006D)); // STATUS_LOGON_FAILURE
            assert!(req.nego_tokens.is_empty());
        }
        // a redundant sign byte is still the same 32 bits
        let padded = [
            0x30, 0x0E, 0xA0, 0x03, 0x02, 0x01, 0x06, 0xA4, 0x07, 0x02, 0x05, 0xFF, 0xC0, 0x00,
            0x00, 0x6D,
        ];
        assert_eq!(
            decode_ts_request(&padded).map(|r| r.error_code),
            Ok(Some(0xC000_006D))
        );
        // 0x1_C000_006D does not fit in 32 bits
        let mut too_big = unsigned;
        too_big[11] = 0x01;
        assert!(decode_ts_request(&too_big).is_err());
        // nine content bytes
        let huge = [
            0x30, 0x12, 0xA0, 0x03, 0x02, 0x01, 0x06, 0xA4, 0x0B, 0x02, 0x09, 0x01, 0x02, 0x03,
            0x04, 0x05, 0x06, 0x07, 0x08, 0x09,
        ];
        assert!(matches!(
            decode_ts_request(&huge),
            Err(DecodeError::TooLarge { .. })
        ));
    }

    #[test]
    fn skips_unknown_context_tags_and_notes_other_fields() {
        #[rustfmt::skip]
        let message = [
            0x30, 0x1B, // TSRequest SEQUENCE, 27 bytes
            0xA0, 0x03, 0x02, 0x01, 0x06, // [0] version 6
            0xA2, 0x03, 0x04, 0x01, 0xAA, // [2] authInfo
            0xA3, 0x02, 0x04, 0x00, // [3] pubKeyAuth, empty
            0xA5, 0x03, 0x04, 0x01, 0xBB, // [5] clientNonce (shortened)
            0xA9, 0x02, 0x05, 0x00, // [9] unknown, holds a NULL
            0x87, 0x02, 0x01, 0x02, // [7] primitive, unknown
        ];
        let req = decode_ts_request(&message).expect("valid request");
        assert_eq!(
            req,
            TsRequest {
                version: 6,
                auth_info: true,
                pub_key_auth: true,
                client_nonce: true,
                ..Default::default()
            }
        );
    }

    #[test]
    fn rejects_malformed_der() {
        let reply = challenge_reply();
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", vec![]),
            ("not a sequence", vec![0x31, 0x00]),
            ("indefinite length", vec![0x30, 0x80, 0x00, 0x00]),
            ("five length bytes", vec![0x30, 0x85, 0, 0, 0, 0, 0]),
            ("truncated", reply[..100].to_vec()),
            ("trailing bytes", [&reply[..], &[0x00]].concat()),
            ("missing version", vec![0x30, 0x00]),
            (
                "negative version",
                vec![0x30, 0x05, 0xA0, 0x03, 0x02, 0x01, 0xFF],
            ),
            ("empty integer", vec![0x30, 0x04, 0xA0, 0x02, 0x02, 0x00]),
            (
                "version is not an integer",
                vec![0x30, 0x05, 0xA0, 0x03, 0x04, 0x01, 0x06],
            ),
            (
                "two values in [0]",
                vec![0x30, 0x08, 0xA0, 0x06, 0x02, 0x01, 0x06, 0x02, 0x01, 0x06],
            ),
            (
                "universal tag among fields",
                vec![0x30, 0x07, 0xA0, 0x03, 0x02, 0x01, 0x06, 0x05, 0x00],
            ),
            (
                "inner length past outer",
                vec![0x30, 0x05, 0xA0, 0x09, 0x02, 0x01, 0x06],
            ),
            (
                "multi-byte tag",
                vec![0x30, 0x07, 0xA0, 0x03, 0x02, 0x01, 0x06, 0xBF, 0x00],
            ),
        ];
        for (name, message) in cases {
            assert!(decode_ts_request(&message).is_err(), "{name}");
        }
        let mut bad_token = reply.clone();
        bad_token[20] = 0x03; // the token is a BIT STRING instead of an OCTET STRING
        assert!(decode_ts_request(&bad_token).is_err());
    }

    #[test]
    fn message_length_for_stream_reading() {
        assert_eq!(der_message_len(&[]), Ok(None));
        assert_eq!(der_message_len(&[0x30]), Ok(None));
        assert_eq!(der_message_len(&[0x30, 0x05]), Ok(Some(7)));
        assert_eq!(der_message_len(&[0x30, 0x81]), Ok(None));
        assert_eq!(der_message_len(&[0x30, 0x82, 0x01]), Ok(None));
        assert_eq!(der_message_len(&[0x30, 0x82, 0xFF, 0xFC]), Ok(Some(65_536)));
        assert_eq!(
            der_message_len(&[0x30, 0x82, 0xFF, 0xFD]),
            Err(DecodeError::TooLarge {
                what: "der message",
                len: 65_537,
                max: MAX_MESSAGE_LEN
            })
        );
        assert!(der_message_len(&[0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF]).is_err());
        assert!(der_message_len(&[0x30, 0x80]).is_err());
        assert!(der_message_len(&[0x30, 0x85]).is_err());
        // a TLS alert or TPKT where a TSRequest was expected
        assert!(der_message_len(&[0x15]).is_err());
        assert!(der_message_len(&[0x03, 0x00]).is_err());
    }

    #[test]
    fn no_panic_on_any_input() {
        let reply = challenge_reply();
        let first = encode_ts_request(6, &ntlm::negotiate_message());
        let error = [
            0x30, 0x0D, 0xA0, 0x03, 0x02, 0x01, 0x06, 0xA4, 0x06, 0x02, 0x04, 0xC0, 0x00, 0x00,
            0x6D,
        ];
        let valid: [&[u8]; 3] = [&reply, &first, &error];
        crate::testing::check_no_panic(0xC55B, &valid, |b| {
            let _ = decode_ts_request(b);
            let _ = der_message_len(b);
        });
    }
}

//! Naming the service on a port from its first bytes, for when the port does not answer as
//! Remote Desktop: nmap's `-sV` idea, cut down to what a wrong port number or a router that
//! forwards to the wrong machine usually meets.
//!
//! - A greeting the server sends as soon as the connection opens: SSH (RFC 4253 4.2), SMTP
//!   (RFC 5321 4.2, 4.3.1), FTP (RFC 959 4.2), POP3 (RFC 1939 4), IMAP (RFC 9051 7.1), VNC
//!   (RFB 7.1.1), Telnet option negotiation (RFC 854).
//! - An HTTP/1.x response head ([`crate::gateway::decode_response_head`]), e.g. to
//!   [`encode_head_request`].
//! - A TLS record (RFC 5246 6.2.1): a service that wants TLS from the first byte.
//! - A TPKT header (RFC 1006): Remote Desktop after all, which is never evidence of another
//!   service.
//!
//! [`classify_reply`] is incremental: it says [`ServiceReply::Incomplete`] while more bytes
//! could still change its answer, and decides with what there is once the caller says no more
//! will come.

use crate::EncodeError;
use crate::gateway::{self, HttpResponseHead};

/// A greeting line longer than this is judged on its first this-many bytes (SMTP's reply line
/// limit, RFC 5321 4.5.3.1.5; SSH's is 255).
pub const MAX_GREETING_LINE: usize = 512;
/// How much of a line a report shows.
pub const SHOWN_LINE: usize = 80;
/// How many first bytes of an unrecognised answer a report shows (in hex).
pub const SHOWN_BYTES: usize = 16;

/// Protocols whose server speaks first, with a greeting that names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BannerProtocol {
    Ssh,
    Smtp,
    Ftp,
    /// A `220` greeting that names neither SMTP nor FTP: both greet that way.
    MailOrFileTransfer,
    Pop3,
    Imap,
    /// RFB, the protocol of VNC remote control.
    Vnc,
    Telnet,
}

impl BannerProtocol {
    /// The protocol's usual name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Ssh => "SSH",
            Self::Smtp => "SMTP",
            Self::Ftp => "FTP",
            Self::MailOrFileTransfer => "SMTP or FTP",
            Self::Pop3 => "POP3",
            Self::Imap => "IMAP",
            Self::Vnc => "VNC",
            Self::Telnet => "Telnet",
        }
    }

    /// What such a server is, in words a user recognises.
    pub fn server_words(self) -> &'static str {
        match self {
            Self::Ssh => "an SSH server (remote command line)",
            Self::Smtp => "a mail server (SMTP)",
            Self::Ftp => "a file-transfer server (FTP)",
            Self::MailOrFileTransfer => "a mail or file-transfer server (SMTP or FTP)",
            Self::Pop3 => "a mail server (POP3)",
            Self::Imap => "a mail server (IMAP)",
            Self::Vnc => "a VNC remote-control server",
            Self::Telnet => "a Telnet server",
        }
    }
}

/// What the first bytes from a service say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServiceReply {
    /// More bytes could still change the answer.
    Incomplete,
    /// An HTTP/1.x response head.
    Http(HttpResponseHead),
    /// A greeting line; `line` is [`shown_line`] of it.
    Banner {
        protocol: BannerProtocol,
        line: String,
    },
    /// A TLS record header: the service speaks TLS from the first byte. `alert` is the alert's
    /// description (RFC 5246 7.2) when the record is an alert.
    Tls { content_type: u8, alert: Option<u8> },
    /// A TPKT header (version 3, reserved 0): Remote Desktop's framing.
    Tpkt,
    /// A line of text that names no protocol known here.
    Text { line: String },
    /// Bytes that are neither text nor anything above; the first [`SHOWN_BYTES`] in hex.
    Binary { first_bytes_hex: String },
}

impl ServiceReply {
    /// Whether this answer proves that something other than Remote Desktop listens: an RDP
    /// server never speaks first and never answers in text, HTTP or a bare TLS record.
    pub fn is_other_service(&self) -> bool {
        !matches!(self, Self::Incomplete | Self::Tpkt)
    }
}

/// Classifies the first bytes a service sent. `complete`: no more bytes will come (the peer
/// closed, or the wait is over), so decide with what is there. Never panics; an empty `buf`
/// is [`ServiceReply::Incomplete`] whatever `complete` says (the caller knows whether that
/// was silence or a close).
pub fn classify_reply(buf: &[u8], complete: bool) -> ServiceReply {
    let Some(&first) = buf.first() else {
        return ServiceReply::Incomplete;
    };
    let second = buf.get(1).copied();
    // A TPKT header (RFC 1006 6): RDP's framing.
    if first == 0x03 && matches!(second, None | Some(0x00)) {
        return match second {
            None if !complete => ServiceReply::Incomplete,
            // A lone 0x03 is the start of a TPKT header cut short (a server that trickles or
            // stalls mid-answer), not proof that something else listens.
            None | Some(_) => ServiceReply::Tpkt,
        };
    }
    // A TLS record: content type 20..=24, then major version 3 (RFC 5246 6.2.1).
    if (0x14..=0x18).contains(&first) && matches!(second, None | Some(0x03)) {
        return tls_record(buf, complete);
    }
    // Telnet: IAC followed by WILL, WONT, DO or DONT (RFC 854).
    if first == 0xFF && matches!(second, None | Some(0xFB..=0xFE)) {
        return match second {
            None if !complete => ServiceReply::Incomplete,
            None => binary(buf),
            Some(_) => ServiceReply::Banner {
                protocol: BannerProtocol::Telnet,
                line: "(option negotiation)".into(),
            },
        };
    }
    if is_http_prefix(buf) {
        return http(buf, complete);
    }
    text(buf, complete)
}

fn tls_record(buf: &[u8], complete: bool) -> ServiceReply {
    let (Some(&content_type), Some(_)) = (buf.first(), buf.get(1)) else {
        return if complete {
            binary(buf)
        } else {
            ServiceReply::Incomplete
        };
    };
    const ALERT: u8 = 21;
    if content_type != ALERT {
        return ServiceReply::Tls {
            content_type,
            alert: None,
        };
    }
    // type, version (2), length (2), level, description
    match buf.get(6) {
        Some(&description) => ServiceReply::Tls {
            content_type,
            alert: Some(description),
        },
        None if !complete => ServiceReply::Incomplete,
        None => ServiceReply::Tls {
            content_type,
            alert: None,
        },
    }
}

const HTTP_PREFIX: &[u8] = b"HTTP/";

/// `buf` starts with `HTTP/`, or with the beginning of it.
fn is_http_prefix(buf: &[u8]) -> bool {
    let n = buf.len().min(HTTP_PREFIX.len());
    buf.get(..n) == HTTP_PREFIX.get(..n)
}

fn http(buf: &[u8], complete: bool) -> ServiceReply {
    match gateway::decode_response_head(buf) {
        Ok(Some((head, _))) => ServiceReply::Http(head),
        Ok(None) if !complete => ServiceReply::Incomplete,
        // A cut HTTP answer is still text that a report can show.
        Ok(None) => text(buf, true),
        // So is a malformed one, once its first line is there to show (before that, the line
        // shown would depend on how TCP cut the bytes).
        Err(_) => text(buf, complete),
    }
}

fn text(buf: &[u8], complete: bool) -> ServiceReply {
    let window = buf.get(..buf.len().min(MAX_GREETING_LINE)).unwrap_or(buf);
    let line_end = window.iter().position(|&b| b == b'\n');
    let line = window
        .get(..line_end.unwrap_or(window.len()))
        .unwrap_or(window);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let growing = line_end.is_none() && !complete && buf.len() < MAX_GREETING_LINE;
    if !looks_like_text(line) {
        // A line still arriving is judged binary only when no further bytes could make it
        // text, so the answer never depends on how TCP cut the bytes.
        if growing && could_become_text(line) {
            return ServiceReply::Incomplete;
        }
        return binary(buf);
    }
    if growing {
        return ServiceReply::Incomplete;
    }
    if line.is_empty() {
        // A bare line break: look no further than the first line.
        return binary(buf);
    }
    match banner_protocol(line) {
        Some(protocol) => ServiceReply::Banner {
            protocol,
            line: shown_line(line),
        },
        None => ServiceReply::Text {
            line: shown_line(line),
        },
    }
}

/// Whether more bytes on this line could still make it [`looks_like_text`]: its first byte
/// is printable and a line of at most [`MAX_GREETING_LINE`] bytes can hold its other bytes.
fn could_become_text(line: &[u8]) -> bool {
    let other = line
        .iter()
        .filter(|&&b| !(b.is_ascii_graphic() || b == b' ' || b == b'\t'))
        .count();
    line.first()
        .is_none_or(|&b| b.is_ascii_graphic() || b == b' ')
        && other * 10 <= MAX_GREETING_LINE
}

/// Mostly printable ASCII (tabs allowed; a few other bytes tolerated, as in Latin-1 names).
fn looks_like_text(line: &[u8]) -> bool {
    let printable = line
        .iter()
        .filter(|&&b| b.is_ascii_graphic() || b == b' ' || b == b'\t')
        .count();
    line.first()
        .is_none_or(|&b| b.is_ascii_graphic() || b == b' ')
        && printable * 10 >= line.len() * 9
}

/// Which protocol a greeting line names, if any.
fn banner_protocol(line: &[u8]) -> Option<BannerProtocol> {
    let upper: Vec<u8> = line.to_ascii_uppercase();
    let has = |word: &[u8]| upper.windows(word.len()).any(|w| w == word);
    if line.starts_with(b"SSH-") {
        return Some(BannerProtocol::Ssh);
    }
    if let Some(version) = line.strip_prefix(b"RFB ")
        && version.len() >= 7
        && version.iter().take(7).enumerate().all(|(i, &b)| match i {
            3 => b == b'.',
            _ => b.is_ascii_digit(),
        })
    {
        return Some(BannerProtocol::Vnc);
    }
    if line.starts_with(b"+OK") {
        return Some(BannerProtocol::Pop3);
    }
    if line.starts_with(b"* OK") || line.starts_with(b"* PREAUTH") || line.starts_with(b"* BYE") {
        return Some(BannerProtocol::Imap);
    }
    // Reply code, then a space, a hyphen (multi-line) or the end of the line.
    let reply = |code: &[u8]| {
        line.strip_prefix(code)
            .is_some_and(|rest| matches!(rest.first(), None | Some(b' ' | b'-')))
    };
    if reply(b"220") {
        return Some(if has(b"SMTP") {
            BannerProtocol::Smtp
        } else if has(b"FTP") {
            BannerProtocol::Ftp
        } else {
            BannerProtocol::MailOrFileTransfer
        });
    }
    // "554 No SMTP service here": a mail server that refuses this client (RFC 5321 3.1).
    if reply(b"554") && has(b"SMTP") {
        return Some(BannerProtocol::Smtp);
    }
    None
}

/// A line as a report shows it: printable ASCII kept, anything else as `?`, cut to
/// [`SHOWN_LINE`] characters with `…` when longer.
pub fn shown_line(line: &[u8]) -> String {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let mut out: String = line
        .iter()
        .take(SHOWN_LINE)
        .map(|&b| {
            if b.is_ascii_graphic() || b == b' ' {
                char::from(b)
            } else {
                '?'
            }
        })
        .collect();
    if line.len() > SHOWN_LINE {
        out.push('…');
    }
    out
}

fn binary(buf: &[u8]) -> ServiceReply {
    ServiceReply::Binary {
        first_bytes_hex: first_bytes_hex(buf),
    }
}

/// The first [`SHOWN_BYTES`] of `buf` in lower-case hex, without separators.
pub fn first_bytes_hex(buf: &[u8]) -> String {
    buf.iter()
        .take(SHOWN_BYTES)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The HTTP/1.1 request that asks a web server who it is at the least cost: `HEAD /` (RFC 9110
/// 9.3.2), answered with a status line and headers (among them `Server`) and no body.
/// `Connection: close` lets the server end the exchange. `host` is the `Host` header value,
/// checked as [`crate::gateway::encode_rdg_out_data`] checks it.
pub fn encode_head_request(host: &str) -> Result<Vec<u8>, EncodeError> {
    gateway::validate_host(host)?;
    Ok(format!(
        "HEAD / HTTP/1.1\r\nHost: {host}\r\nUser-Agent: rdp-doctor\r\nAccept: */*\r\n\
         Connection: close\r\n\r\n"
    )
    .into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_still_arriving_is_not_called_binary_while_it_could_become_text() {
        // Three NUL bytes early in an SSH greeting (found by the service_reply fuzz target):
        // the first 21 bytes alone are too few printable ones, the whole line is a greeting.
        let whole = b"SSH-2.0-OpenSSH_9;\x00\x00\x00333333333333333333333333333.2p1\n";
        assert_eq!(
            classify_reply(&whole[..21], false),
            ServiceReply::Incomplete
        );
        assert!(matches!(
            classify_reply(whole, false),
            ServiceReply::Banner {
                protocol: BannerProtocol::Ssh,
                ..
            }
        ));
        // Decided at once when no line of MAX_GREETING_LINE bytes could hold the other bytes,
        // or when the first byte is not printable.
        let mut hopeless = b"A".to_vec();
        hopeless.extend([0u8; 52]);
        assert!(matches!(
            classify_reply(&hopeless, false),
            ServiceReply::Binary { .. }
        ));
        assert!(matches!(
            classify_reply(b"\x01AB", false),
            ServiceReply::Binary { .. }
        ));
        // One byte of a TPKT header, then nothing: Remote Desktop's framing cut short (a
        // server trickling its answer), never "something else listens".
        assert_eq!(classify_reply(b"\x03", false), ServiceReply::Incomplete);
        assert_eq!(classify_reply(b"\x03", true), ServiceReply::Tpkt);
        // A malformed HTTP status line waits for its end too (also found by the fuzzer).
        assert_eq!(classify_reply(b"HTTP/12", false), ServiceReply::Incomplete);
        assert_eq!(
            classify_reply(b"HTTP/1220 mail.1\r\n", false),
            ServiceReply::Text {
                line: "HTTP/1220 mail.1".into()
            }
        );
    }

    fn banner(buf: &[u8]) -> (BannerProtocol, String) {
        match classify_reply(buf, false) {
            ServiceReply::Banner { protocol, line } => (protocol, line),
            other => panic!("{:?}: {other:?}", String::from_utf8_lossy(buf)),
        }
    }

    #[test]
    fn greetings_name_their_protocol() {
        // dropbear 2022.83 sends its version line and, in the same segment, a binary KEXINIT.
        let mut dropbear = b"SSH-2.0-dropbear_2022.83\r\n".to_vec();
        dropbear.extend_from_slice(&[0, 0, 2, 0x1c, 0x0b, 0x14, 0x21, 0x18]);
        assert_eq!(
            banner(&dropbear),
            (BannerProtocol::Ssh, "SSH-2.0-dropbear_2022.83".into())
        );
        let cases: [(&[u8], BannerProtocol); 11] = [
            (
                b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n",
                BannerProtocol::Ssh,
            ),
            (
                b"220 mail.example.com ESMTP Postfix (Debian/GNU)\r\n",
                BannerProtocol::Smtp,
            ),
            (
                b"220-mx.example.com ESMTP Exim 4.96\r\n",
                BannerProtocol::Smtp,
            ),
            (
                b"554 mx.example.com No SMTP service here\r\n",
                BannerProtocol::Smtp,
            ),
            (b"220 (vsFTPd 3.0.3)\r\n", BannerProtocol::Ftp),
            (
                b"220 ProFTPD Server (Debian) [::ffff:10.0.0.5]\r\n",
                BannerProtocol::Ftp,
            ),
            (b"220 Welcome\r\n", BannerProtocol::MailOrFileTransfer),
            (b"+OK Dovecot (Debian) ready.\r\n", BannerProtocol::Pop3),
            (
                b"* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS] Dovecot ready.\r\n",
                BannerProtocol::Imap,
            ),
            (b"RFB 003.008\n", BannerProtocol::Vnc),
            (
                &[0xFF, 0xFD, 0x18, 0xFF, 0xFD, 0x20],
                BannerProtocol::Telnet,
            ),
        ];
        for (bytes, want) in cases {
            assert_eq!(
                banner(bytes).0,
                want,
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
        }
        // Not a reply code: "2200" and "220x".
        assert!(matches!(
            classify_reply(b"2200 things\r\n", false),
            ServiceReply::Text { .. }
        ));
    }

    #[test]
    fn http_answers_are_read_whole() {
        let nginx =
            b"HTTP/1.1 400 Bad Request\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\n\
                      Content-Length: 157\r\nConnection: close\r\n\r\n<html>";
        match classify_reply(nginx, false) {
            ServiceReply::Http(head) => {
                assert_eq!(head.status, 400);
                assert_eq!(head.header_values("server").next(), Some("nginx/1.22.1"));
            }
            other => panic!("{other:?}"),
        }
        // Half a head waits for the rest; cut off, it is shown as text.
        let half = b"HTTP/1.1 200 OK\r\nServer: Apa";
        assert_eq!(classify_reply(half, false), ServiceReply::Incomplete);
        assert_eq!(
            classify_reply(half, true),
            ServiceReply::Text {
                line: "HTTP/1.1 200 OK".into()
            }
        );
        assert_eq!(classify_reply(b"HTT", false), ServiceReply::Incomplete);
    }

    #[test]
    fn tls_records_and_rdp_framing() {
        // An alert: fatal (2), unexpected_message (10).
        assert_eq!(
            classify_reply(&[0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x0a], false),
            ServiceReply::Tls {
                content_type: 21,
                alert: Some(10)
            }
        );
        assert_eq!(
            classify_reply(&[0x15, 0x03, 0x01], false),
            ServiceReply::Incomplete
        );
        assert_eq!(
            classify_reply(&[0x16, 0x03, 0x03, 0x00, 0x5a, 0x02], false),
            ServiceReply::Tls {
                content_type: 22,
                alert: None
            }
        );
        assert_eq!(classify_reply(&[0x16], false), ServiceReply::Incomplete);
        // An X.224 Connection Confirm is Remote Desktop, never another service.
        let confirm = [3, 0, 0, 11, 6, 0xd0, 0, 0, 0x12, 0x34, 0];
        assert_eq!(classify_reply(&confirm, false), ServiceReply::Tpkt);
        assert!(!ServiceReply::Tpkt.is_other_service());
        assert_eq!(classify_reply(&[3], false), ServiceReply::Incomplete);
    }

    #[test]
    fn lines_wait_for_their_end_and_are_shown_safely() {
        assert_eq!(
            classify_reply(b"SSH-2.0-Open", false),
            ServiceReply::Incomplete
        );
        assert_eq!(
            banner(b"SSH-2.0-OpenSSH_9.2\r\n").1,
            "SSH-2.0-OpenSSH_9.2".to_string()
        );
        // A line that never ends is judged at the limit.
        let long = [b'a'; MAX_GREETING_LINE + 10];
        match classify_reply(&long, false) {
            ServiceReply::Text { line } => {
                assert_eq!(line.chars().count(), SHOWN_LINE + 1);
                assert!(line.ends_with('…'));
            }
            other => panic!("{other:?}"),
        }
        // Control characters and escapes never reach a report.
        match classify_reply(b"hello \x1b[31mred\x07 there\r\n", false) {
            ServiceReply::Text { line } => assert_eq!(line, "hello ?[31mred? there"),
            other => panic!("{other:?}"),
        }
        // Binary is told at once, without waiting for a line.
        assert_eq!(
            classify_reply(&[0x00, 0x01, 0x02, 0xff], false),
            ServiceReply::Binary {
                first_bytes_hex: "000102ff".into()
            }
        );
        assert!(matches!(
            classify_reply(&[0xa5, 0x20, 0x20], true),
            ServiceReply::Binary { .. }
        ));
        assert_eq!(classify_reply(b"", true), ServiceReply::Incomplete);
    }

    #[test]
    fn the_head_request_is_exact_and_checked() {
        assert_eq!(
            encode_head_request("pc.example.com:3389").expect("valid"),
            b"HEAD / HTTP/1.1\r\nHost: pc.example.com:3389\r\nUser-Agent: rdp-doctor\r\n\
              Accept: */*\r\nConnection: close\r\n\r\n"
        );
        assert!(encode_head_request("[2001:db8::1]:443").is_ok());
        for bad in ["", "a b", "pc\r\nX-Evil: 1", "pc:0", "2001:db8::1"] {
            assert!(encode_head_request(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn no_panic_on_any_input() {
        let valid: [&[u8]; 5] = [
            b"SSH-2.0-OpenSSH_9.2p1\r\n",
            b"220 mail ESMTP\r\n",
            b"HTTP/1.1 200 OK\r\nServer: x\r\n\r\n",
            &[0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x28],
            &[0xFF, 0xFB, 0x01],
        ];
        crate::testing::check_no_panic(0x5345_5256, &valid, |b| {
            for complete in [false, true] {
                let _ = classify_reply(b, complete);
            }
        });
    }
}

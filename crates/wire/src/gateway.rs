//! The RD Gateway's HTTP transport without credentials: the `RDG_OUT_DATA` request that opens
//! the OUT channel, plain or as a WebSocket upgrade (MS-TSGU 2.2.5.1, 3.3.5.1; PROTOCOL.md §4),
//! and a reader for the head of the HTTP/1.x response (RFC 9112 4, 5; RFC 9110 11.6.1).
//!
//! A healthy gateway answers the unauthenticated request with `401` and its
//! `WWW-Authenticate` schemes (typically `Negotiate` and `NTLM`); see [`auth_schemes`].
//!
//! Randomness (the connection GUID, the WebSocket key) comes from the caller as bytes, so this
//! module stays deterministic: [`guid_v4`] and [`websocket_key`] only format them.

use crate::{DecodeError, EncodeError};

/// The gateway's HTTP endpoint (MS-TSGU 2.2.5.1; FreeRDP `rdg.c`).
pub const GATEWAY_PATH: &str = "/remoteDesktopGateway/";
/// The method that opens the OUT channel (MS-TSGU 3.3.5.1).
pub const RDG_OUT_DATA: &str = "RDG_OUT_DATA";
/// The response head is read into memory: anything larger is not a gateway's 401.
pub const MAX_HEAD_LEN: usize = 16 * 1024;
/// Longest `Host` value accepted: a 253-character DNS name, or a bracketed IPv6 address, plus
/// `:65535`.
pub const MAX_HOST_LEN: usize = 253 + 6;

/// `RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1` as mstsc and FreeRDP send it before
/// authenticating (MS-TSGU 4.2.1; PROTOCOL.md §4), with `Content-Length: 0`.
///
/// - `host`: the `Host` header value: a DNS name, an IPv4 address or an IPv6 address in
///   brackets, optionally followed by `:port`.
/// - `connection_id`: the `RDG-Connection-Id`, a GUID in registry format `{8-4-4-4-12}`
///   (see [`guid_v4`]).
/// - `websocket_key`: `Some` for the WebSocket variant, which replaces `Connection: Keep-Alive`
///   with `Connection: Upgrade`, `Upgrade: websocket`, `Sec-WebSocket-Version: 13` and
///   `Sec-WebSocket-Key` (RFC 6455 4.1; the key is the base64 of 16 bytes, see
///   [`websocket_key`]).
///
/// Every value is checked against its grammar, so nothing can add a header or a line.
pub fn encode_rdg_out_data(
    host: &str,
    connection_id: &str,
    websocket_key: Option<&str>,
) -> Result<Vec<u8>, EncodeError> {
    validate_host(host)?;
    validate_guid("rdg connection id", connection_id)?;
    if let Some(key) = websocket_key {
        validate_websocket_key(key)?;
    }
    let mut request = String::with_capacity(384);
    request.push_str(RDG_OUT_DATA);
    request.push(' ');
    request.push_str(GATEWAY_PATH);
    request.push_str(" HTTP/1.1\r\n");
    push_header(&mut request, "Host", host);
    push_header(&mut request, "Accept", "*/*");
    push_header(&mut request, "Cache-Control", "no-cache");
    push_header(&mut request, "Pragma", "no-cache");
    match websocket_key {
        None => push_header(&mut request, "Connection", "Keep-Alive"),
        Some(key) => {
            push_header(&mut request, "Connection", "Upgrade");
            push_header(&mut request, "Upgrade", "websocket");
            push_header(&mut request, "Sec-WebSocket-Version", "13");
            push_header(&mut request, "Sec-WebSocket-Key", key);
        }
    }
    push_header(&mut request, "User-Agent", "MS-RDGateway/1.0");
    push_header(&mut request, "RDG-Connection-Id", connection_id);
    push_header(&mut request, "Content-Length", "0");
    request.push_str("\r\n");
    Ok(request.into_bytes())
}

fn push_header(out: &mut String, name: &str, value: &str) {
    out.push_str(name);
    out.push_str(": ");
    out.push_str(value);
    out.push_str("\r\n");
}

fn invalid(what: &'static str, reason: impl Into<String>) -> EncodeError {
    EncodeError::Invalid {
        what,
        reason: reason.into(),
    }
}

/// `Host` = uri-host [ ":" port ] (RFC 9110 7.2), restricted to what a gateway name can be:
/// LDH names (and `_`), IPv4 literals, and IPv6 literals in brackets.
pub(crate) fn validate_host(host: &str) -> Result<(), EncodeError> {
    const WHAT: &str = "host";
    if host.is_empty() {
        return Err(invalid(WHAT, "is empty"));
    }
    if host.len() > MAX_HOST_LEN {
        return Err(EncodeError::TooLong {
            what: WHAT,
            len: host.len(),
            max: MAX_HOST_LEN,
        });
    }
    if let Some(at) = host.bytes().position(|b| !b.is_ascii_graphic()) {
        return Err(invalid(
            WHAT,
            format!(
                "byte {at} is a space, a control character or not ascii (use the xn-- form of \
                 an international name)"
            ),
        ));
    }
    let (name, port) = if let Some(rest) = host.strip_prefix('[') {
        let Some((address, after)) = rest.split_once(']') else {
            return Err(invalid(WHAT, "an ipv6 address has no closing bracket"));
        };
        if address.is_empty()
            || !address.contains(':')
            || !address
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return Err(invalid(WHAT, "the brackets do not hold an ipv6 address"));
        }
        match after {
            "" => (None, None),
            _ => match after.strip_prefix(':') {
                Some(port) => (None, Some(port)),
                None => return Err(invalid(WHAT, "only a port may follow the ipv6 address")),
            },
        }
    } else {
        match host.split_once(':') {
            Some((_, rest)) if rest.contains(':') => {
                return Err(invalid(WHAT, "an ipv6 address must be in brackets"));
            }
            Some((name, port)) => (Some(name), Some(port)),
            None => (Some(host), None),
        }
    };
    if let Some(name) = name {
        if name.is_empty() {
            return Err(invalid(WHAT, "the name before the port is empty"));
        }
        if let Some(bad) = name
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')))
        {
            return Err(invalid(
                WHAT,
                format!("{bad:?} cannot appear in a host name"),
            ));
        }
    }
    if let Some(port) = port {
        let valid = !port.is_empty()
            && port.len() <= 5
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u16>().is_ok_and(|p| p > 0);
        if !valid {
            return Err(invalid(WHAT, format!("port {port:?} is not 1 to 65535")));
        }
    }
    Ok(())
}

/// A GUID in registry format: `{` 8-4-4-4-12 hex digits `}` (MS-DTYP 2.3.4.3).
fn validate_guid(what: &'static str, guid: &str) -> Result<(), EncodeError> {
    let bytes = guid.as_bytes();
    let shape_ok = bytes.len() == 38
        && bytes.first() == Some(&b'{')
        && bytes.last() == Some(&b'}')
        && bytes.iter().enumerate().all(|(i, &b)| match i {
            0 | 37 => true,
            9 | 14 | 19 | 24 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        });
    if shape_ok {
        Ok(())
    } else {
        Err(invalid(
            what,
            "expected a guid like {01234567-89ab-cdef-0123-456789abcdef}",
        ))
    }
}

/// `Sec-WebSocket-Key`: the base64 of 16 bytes, 24 characters ending in `==` (RFC 6455 4.1).
fn validate_websocket_key(key: &str) -> Result<(), EncodeError> {
    let bytes = key.as_bytes();
    let shape_ok = bytes.len() == 24
        && key.ends_with("==")
        && bytes
            .iter()
            .take(22)
            .all(|&b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
    if shape_ok {
        Ok(())
    } else {
        Err(invalid(
            "websocket key",
            "expected the base64 of 16 bytes (24 characters ending in ==)",
        ))
    }
}

/// A random (version 4, RFC 9562 5.4) GUID in registry format, upper-case as Windows writes
/// it, e.g. `{3F2504E0-4F89-41D3-9A0C-0305E82C3301}`. `random` comes from the caller.
pub fn guid_v4(random: [u8; 16]) -> String {
    let mut b = random;
    b[6] = (b[6] & 0x0F) | 0x40; // version 4
    b[8] = (b[8] & 0x3F) | 0x80; // variant 10xx
    let hex = |range: std::ops::Range<usize>| -> String {
        b.get(range)
            .unwrap_or_default()
            .iter()
            .map(|x| format!("{x:02X}"))
            .collect()
    };
    format!(
        "{{{}-{}-{}-{}-{}}}",
        hex(0..4),
        hex(4..6),
        hex(6..8),
        hex(8..10),
        hex(10..16)
    )
}

/// The `Sec-WebSocket-Key` for 16 random bytes: their base64 (RFC 6455 4.1, RFC 4648 4).
pub fn websocket_key(random: [u8; 16]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let sextet = |v: u32| char::from(ALPHABET[(v & 0x3F) as usize]);
    let mut out = String::with_capacity(24);
    for chunk in random.chunks(3) {
        let (b0, b1, b2) = match *chunk {
            [a, b, c] => (a, Some(b), Some(c)),
            [a, b] => (a, Some(b), None),
            [a] => (a, None, None),
            _ => continue,
        };
        let v = u32::from(b0) << 16 | u32::from(b1.unwrap_or(0)) << 8 | u32::from(b2.unwrap_or(0));
        out.push(sextet(v >> 18));
        out.push(sextet(v >> 12));
        out.push(if b1.is_some() { sextet(v >> 6) } else { '=' });
        out.push(if b2.is_some() { sextet(v) } else { '=' });
    }
    out
}

/// The status line and header fields of an HTTP/1.x response (RFC 9112 4, 5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpResponseHead {
    /// The three-digit status code.
    pub status: u16,
    /// The reason phrase, possibly empty (not meaningful, RFC 9112 4).
    pub reason: String,
    /// Header fields in order, names as sent, values with surrounding whitespace removed and
    /// obsolete line folding replaced by a space. Bytes that are not UTF-8 become U+FFFD.
    pub headers: Vec<(String, String)>,
}

impl HttpResponseHead {
    /// The values of every header field called `name`, compared case-insensitively, in order.
    pub fn header_values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

const WHAT: &str = "http response";
const STATUS_PREFIX: &[u8] = b"HTTP/1.";

/// Reads the head of an HTTP/1.x response from the start of `buf`.
///
/// `Ok(None)`: the head is not complete yet. `Ok(Some((head, len)))`: the head and its length
/// in bytes, blank line included (a body, if any, starts at `len`). Anything that is not
/// `HTTP/1.x NNN` is an error as soon as the bytes show it (an SSH banner or a TLS record fails
/// on its first byte), and so is a head over [`MAX_HEAD_LEN`]. Lines may end in CRLF or LF
/// (RFC 9112 2.2).
pub fn decode_response_head(buf: &[u8]) -> Result<Option<(HttpResponseHead, usize)>, DecodeError> {
    let seen = buf
        .get(..buf.len().min(STATUS_PREFIX.len()))
        .unwrap_or_default();
    if !STATUS_PREFIX.starts_with(seen) {
        return Err(DecodeError::invalid(
            WHAT,
            format!("starts with {}, not HTTP/1.x", quote(buf, 16)),
        ));
    }
    let window = buf.get(..buf.len().min(MAX_HEAD_LEN)).unwrap_or(buf);
    let Some(head_len) = head_end(window) else {
        if buf.len() >= MAX_HEAD_LEN {
            return Err(DecodeError::TooLarge {
                what: "http response head",
                len: buf.len(),
                max: MAX_HEAD_LEN,
            });
        }
        // Judge the status line as soon as it is complete, not only when the head is.
        if let Some(end) = window.iter().position(|&b| b == b'\n') {
            parse_status_line(trim_cr(window.get(..end).unwrap_or_default()))?;
        }
        return Ok(None);
    };
    let head = window.get(..head_len).unwrap_or_default();
    let mut lines = head.split(|&b| b == b'\n').map(trim_cr);
    let (status, reason) = parse_status_line(lines.next().unwrap_or_default())?;
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.is_empty() {
            break;
        }
        if let Some(continuation) = line.strip_prefix(b" ").or_else(|| line.strip_prefix(b"\t")) {
            // obs-fold (RFC 9112 5.2): the line continues the previous field's value.
            let Some((_, value)) = headers.last_mut() else {
                return Err(DecodeError::invalid(
                    WHAT,
                    "the first header line starts with whitespace",
                ));
            };
            let more = field_value(continuation, "a folded header line")?;
            if !more.is_empty() {
                if !value.is_empty() {
                    value.push(' ');
                }
                value.push_str(&more);
            }
            continue;
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return Err(DecodeError::invalid(
                WHAT,
                format!("header line {} has no colon", quote(line, 32)),
            ));
        };
        let name = line.get(..colon).unwrap_or_default();
        if name.is_empty() || !name.iter().all(|&b| is_tchar(b)) {
            return Err(DecodeError::invalid(
                WHAT,
                format!("{} is not a header name", quote(name, 32)),
            ));
        }
        let value = field_value(line.get(colon + 1..).unwrap_or_default(), "a header value")?;
        headers.push((String::from_utf8_lossy(name).into_owned(), value));
    }
    Ok(Some((
        HttpResponseHead {
            status,
            reason,
            headers,
        },
        head_len,
    )))
}

/// Index just past the blank line that ends the head (`\n\r\n` or `\n\n`), if present.
fn head_end(buf: &[u8]) -> Option<usize> {
    buf.iter().enumerate().find_map(|(i, &b)| {
        if b != b'\n' {
            return None;
        }
        match buf.get(i + 1..) {
            Some([b'\n', ..]) => Some(i + 2),
            Some([b'\r', b'\n', ..]) => Some(i + 3),
            _ => None,
        }
    })
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// `HTTP/1.x SP 3DIGIT SP reason` (RFC 9112 4); the space before an empty reason is optional.
fn parse_status_line(line: &[u8]) -> Result<(u16, String), DecodeError> {
    let bad = || {
        DecodeError::invalid(
            WHAT,
            format!(
                "status line {} is not HTTP/1.x followed by a 3-digit code",
                quote(line, 40)
            ),
        )
    };
    let rest = line.strip_prefix(STATUS_PREFIX).ok_or_else(bad)?;
    let (code, reason) = match rest {
        [minor, b' ', d0, d1, d2, rest @ ..]
            if minor.is_ascii_digit()
                && (b'1'..=b'9').contains(d0)
                && d1.is_ascii_digit()
                && d2.is_ascii_digit() =>
        {
            let code =
                u16::from(d0 - b'0') * 100 + u16::from(d1 - b'0') * 10 + u16::from(d2 - b'0');
            let reason = match rest {
                [] => &[][..],
                [b' ', reason @ ..] => reason,
                _ => return Err(bad()),
            };
            (code, reason)
        }
        _ => return Err(bad()),
    };
    Ok((code, field_value(reason, "the reason phrase")?))
}

/// A field value or reason phrase: visible characters, spaces, tabs and obs-text (RFC 9110
/// 5.5); control characters such as a bare CR are refused. Surrounding whitespace is removed.
fn field_value(raw: &[u8], what: &str) -> Result<String, DecodeError> {
    if let Some(&bad) = raw.iter().find(|&&b| (b < 0x20 && b != b'\t') || b == 0x7F) {
        return Err(DecodeError::invalid(
            WHAT,
            format!("{what} contains the control character {bad:#04x}"),
        ));
    }
    let text = String::from_utf8_lossy(raw);
    Ok(text.trim_matches([' ', '\t']).to_string())
}

/// tchar (RFC 9110 5.6.2).
fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// The first `max` bytes in double quotes, non-printable bytes escaped, for error messages.
fn quote(bytes: &[u8], max: usize) -> String {
    let shown = bytes.get(..bytes.len().min(max)).unwrap_or_default();
    let mut out = String::from("\"");
    out.extend(
        shown
            .iter()
            .flat_map(|b| std::ascii::escape_default(*b).map(char::from)),
    );
    if bytes.len() > max {
        out.push_str("...");
    }
    out.push('"');
    out
}

/// The authentication schemes a response offers: the scheme of every challenge in every
/// `WWW-Authenticate` field (RFC 9110 11.6.1), in order, each once (compared
/// case-insensitively, first spelling kept).
///
/// A field may hold several challenges separated by commas (`Negotiate, NTLM`) and a challenge
/// may carry parameters that also contain commas (`Basic realm="a, b", charset="UTF-8"`):
/// a list element that starts with `token =` is a parameter, anything else starting with a
/// token is a new challenge.
pub fn auth_schemes(head: &HttpResponseHead) -> Vec<String> {
    let mut schemes: Vec<String> = Vec::new();
    for value in head.header_values("www-authenticate") {
        for element in split_list(value) {
            let element = element.trim_matches([' ', '\t']);
            let token_len = element.bytes().take_while(|&b| is_tchar(b)).count();
            let Some(token) = element.get(..token_len).filter(|t| !t.is_empty()) else {
                continue;
            };
            // `token BWS "="` starts an auth-param of the previous challenge; a token68
            // ("Negotiate YII...==") cannot start with "=", so this is unambiguous.
            let is_parameter = element
                .get(token_len..)
                .unwrap_or_default()
                .trim_start_matches([' ', '\t'])
                .starts_with('=');
            if is_parameter {
                continue;
            }
            if !schemes.iter().any(|s| s.eq_ignore_ascii_case(token)) {
                schemes.push(token.to_string());
            }
        }
    }
    schemes
}

/// Splits a header value on the commas that are not inside a quoted string (RFC 9110 5.6.1,
/// 5.6.4).
fn split_list(value: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut in_quotes = false;
    let mut escaped = false;
    for (i, c) in value.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_quotes => escaped = true,
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => {
                parts.push(value.get(start..i).unwrap_or_default());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(value.get(start..).unwrap_or_default());
    parts
}

/// The `Date` header's IMF-fixdate (RFC 9110 §5.6.7, "Sun, 06 Nov 1994 08:49:37 GMT") as unix
/// seconds; None for anything else (the obsolete formats are not sent by IIS).
pub fn http_date_unix(value: &str) -> Option<i64> {
    let mut parts = value.trim().split_ascii_whitespace();
    let _weekday = parts.next().filter(|w| w.len() == 4 && w.ends_with(','))?;
    let day: i64 = parts.next().filter(|d| d.len() == 2)?.parse().ok()?;
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month_name = parts.next()?;
    let month = i64::try_from(MONTHS.iter().position(|m| *m == month_name)?).ok()? + 1;
    let year: i64 = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let mut hms = parts.next()?.split(':');
    let mut field = |max: i64| -> Option<i64> {
        let v: i64 = hms.next().filter(|f| f.len() == 2)?.parse().ok()?;
        (0..=max).contains(&v).then_some(v)
    };
    let (h, m, s) = (field(23)?, field(59)?, field(60)?);
    if parts.next()? != "GMT" || parts.next().is_some() || !(1..=31).contains(&day) {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm), exact for the proleptic Gregorian calendar.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + m * 60 + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates() {
        assert_eq!(
            http_date_unix("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777)
        );
        assert_eq!(
            http_date_unix("Sun, 22 Nov 2026 02:22:32 GMT"),
            Some(1_795_314_152)
        );
        assert_eq!(
            http_date_unix("Thu, 29 Feb 2024 00:00:00 GMT"),
            Some(1_709_164_800)
        );
        for bad in [
            "",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 25:49:37 GMT",
            "Sun, 6 Nov 1994 08:49:37 GMT",
        ] {
            assert_eq!(http_date_unix(bad), None, "{bad}");
        }
    }

    const ID: &str = "{3F2504E0-4F89-41D3-9A0C-0305E82C3301}";
    const KEY: &str = "dGhlIHNhbXBsZSBub25jZQ==";

    /// What an RD Gateway (IIS, Windows Server 2022) answers without credentials.
    const GATEWAY_401: &str = concat!(
        "HTTP/1.1 401 Unauthorized\r\n", // status line: version, code, reason
        "Content-Type: text/plain\r\n",
        "Server: Microsoft-IIS/10.0\r\n",
        "WWW-Authenticate: Negotiate\r\n", // one challenge per field ...
        "WWW-Authenticate: NTLM\r\n",
        "X-Powered-By: ASP.NET\r\n",
        "Content-Length: 0\r\n",
        "\r\n", // end of the head
    );

    /// A web server that is not a gateway, with a body after the head.
    const NGINX_404: &str = concat!(
        "HTTP/1.1 404 Not Found\r\n",
        "Server: nginx\r\n",
        "Content-Type: text/html\r\n",
        "Content-Length: 9\r\n",
        "\r\n",
        "not found", // body: not part of the head
    );

    #[test]
    fn encodes_rdg_out_data() {
        let request = encode_rdg_out_data("gw.example.com", ID, None).expect("valid");
        let expected = concat!(
            "RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1\r\n", // method, path, version
            "Host: gw.example.com\r\n",
            "Accept: */*\r\n",
            "Cache-Control: no-cache\r\n",
            "Pragma: no-cache\r\n",
            "Connection: Keep-Alive\r\n", // the plain HTTP transport
            "User-Agent: MS-RDGateway/1.0\r\n",
            "RDG-Connection-Id: {3F2504E0-4F89-41D3-9A0C-0305E82C3301}\r\n",
            "Content-Length: 0\r\n", // no body before authentication
            "\r\n",
        );
        assert_eq!(String::from_utf8_lossy(&request), expected);
    }

    #[test]
    fn encodes_the_websocket_variant() {
        let request = encode_rdg_out_data("[2001:db8::1]:8443", ID, Some(KEY)).expect("valid");
        let expected = concat!(
            "RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1\r\n",
            "Host: [2001:db8::1]:8443\r\n", // IPv6 in brackets, non-default port
            "Accept: */*\r\n",
            "Cache-Control: no-cache\r\n",
            "Pragma: no-cache\r\n",
            "Connection: Upgrade\r\n", // RFC 6455 4.1: upgrade instead of keep-alive
            "Upgrade: websocket\r\n",
            "Sec-WebSocket-Version: 13\r\n",
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n",
            "User-Agent: MS-RDGateway/1.0\r\n",
            "RDG-Connection-Id: {3F2504E0-4F89-41D3-9A0C-0305E82C3301}\r\n",
            "Content-Length: 0\r\n",
            "\r\n",
        );
        assert_eq!(String::from_utf8_lossy(&request), expected);
    }

    #[test]
    fn accepts_every_host_form() {
        for host in [
            "gw",
            "gw.example.com",
            "gw.example.com:443",
            "rd_gateway.corp.example:8443",
            "10.0.0.1",
            "10.0.0.1:443",
            "[::1]",
            "[fe80::1:2:3:4]:65535",
            "[::ffff:192.0.2.1]",
            "xn--bcher-kva.example",
        ] {
            assert!(encode_rdg_out_data(host, ID, None).is_ok(), "{host}");
        }
    }

    #[test]
    fn refuses_hosts_that_could_inject_or_are_malformed() {
        for host in [
            "",
            "gw.example.com\r\nX-Injected: 1",
            "gw.example.com\n",
            "gw example.com",
            "gw.example.com\0",
            "gw.example.com\t",
            "bücher.example",
            "2001:db8::1",
            "[2001:db8::1",
            "[gw.example.com]",
            "[]",
            "[::1]x",
            "[::1]:",
            "gw.example.com:",
            "gw.example.com:0",
            "gw.example.com:65536",
            "gw.example.com:123456",
            "gw.example.com:44x",
            ":443",
            "gw/evil",
            "user@gw.example.com",
        ] {
            assert!(
                encode_rdg_out_data(host, ID, None).is_err(),
                "{host:?} should be refused"
            );
        }
        let long = "a".repeat(MAX_HOST_LEN + 1);
        assert_eq!(
            encode_rdg_out_data(&long, ID, None),
            Err(EncodeError::TooLong {
                what: "host",
                len: MAX_HOST_LEN + 1,
                max: MAX_HOST_LEN
            })
        );
        let err = encode_rdg_out_data("gw\r\nX: 1", ID, None).expect_err("injection");
        assert!(err.to_string().starts_with("invalid host: byte 2"), "{err}");
        let err = encode_rdg_out_data("2001:db8::1", ID, None).expect_err("bare ipv6");
        assert_eq!(
            err.to_string(),
            "invalid host: an ipv6 address must be in brackets"
        );
    }

    #[test]
    fn refuses_malformed_ids_and_keys() {
        for id in [
            "",
            "3F2504E0-4F89-41D3-9A0C-0305E82C3301",
            "{3F2504E0-4F89-41D3-9A0C-0305E82C330}",
            "{3F2504E0-4F89-41D3-9A0C-0305E82C33011}",
            "{3F2504E0+4F89-41D3-9A0C-0305E82C3301}",
            "{3F2504E0-4F89-41D3-9A0C-0305E82C330G}",
            "{3F2504E0-4F89-41D3-9A0C-0305E82\r\n301}",
            "(3F2504E0-4F89-41D3-9A0C-0305E82C3301)",
        ] {
            assert!(encode_rdg_out_data("gw", id, None).is_err(), "{id:?}");
        }
        for key in [
            "",
            "dGhlIHNhbXBsZSBub25jZQ=",
            "dGhlIHNhbXBsZSBub25jZQ===",
            "dGhlIHNhbXBsZSBub25jZQ\r\n",
            "dGhlIHNhbXBsZSBub25j ZQ==",
            "dGhlIHNhbXBsZSBub25jZQAA",
        ] {
            assert!(encode_rdg_out_data("gw", ID, Some(key)).is_err(), "{key:?}");
        }
    }

    #[test]
    fn formats_guids_and_keys() {
        let guid = guid_v4([0xFF; 16]);
        // version nibble forced to 4, variant bits to 10
        assert_eq!(guid, "{FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF}");
        assert_eq!(guid_v4([0; 16]), "{00000000-0000-4000-8000-000000000000}");
        assert!(validate_guid("id", &guid_v4([0x5A; 16])).is_ok());
        // RFC 6455 1.3's sample nonce "the sample nonce"
        assert_eq!(websocket_key(*b"the sample nonce"), KEY);
        assert_eq!(websocket_key([0; 16]), "AAAAAAAAAAAAAAAAAAAAAA==");
        assert_eq!(websocket_key([0xFF; 16]), "/////////////////////w==");
        assert!(validate_websocket_key(&websocket_key([0xFB; 16])).is_ok());
    }

    #[test]
    fn decodes_a_gateway_401() {
        let (head, len) = decode_response_head(GATEWAY_401.as_bytes())
            .expect("valid")
            .expect("complete");
        assert_eq!(len, GATEWAY_401.len());
        assert_eq!(head.status, 401);
        assert_eq!(head.reason, "Unauthorized");
        assert_eq!(head.headers.len(), 6);
        assert_eq!(
            head.header_values("server").collect::<Vec<_>>(),
            ["Microsoft-IIS/10.0"]
        );
        assert_eq!(
            head.header_values("WWW-AUTHENTICATE").collect::<Vec<_>>(),
            ["Negotiate", "NTLM"]
        );
        assert_eq!(auth_schemes(&head), ["Negotiate", "NTLM"]);
    }

    #[test]
    fn head_length_excludes_the_body() {
        let (head, len) = decode_response_head(NGINX_404.as_bytes())
            .expect("valid")
            .expect("complete");
        assert_eq!(head.status, 404);
        assert_eq!(NGINX_404.get(len..), Some("not found"));
        assert!(auth_schemes(&head).is_empty());
    }

    #[test]
    fn accepts_bare_lf_empty_reason_and_folded_lines() {
        let text = concat!(
            "HTTP/1.0 200\n", // no reason phrase, LF line ends
            "X-Folded: first\n",
            " \tsecond\n", // obs-fold: continues X-Folded
            "Empty:\n",    // empty value
            "\n",
        );
        let (head, len) = decode_response_head(text.as_bytes())
            .expect("valid")
            .expect("complete");
        assert_eq!(len, text.len());
        assert_eq!((head.status, head.reason.as_str()), (200, ""));
        assert_eq!(
            head.headers,
            [
                ("X-Folded".to_string(), "first second".to_string()),
                ("Empty".to_string(), String::new())
            ]
        );
        let (head, _) = decode_response_head(b"HTTP/1.1 101 \r\n\r\n")
            .expect("valid")
            .expect("complete");
        assert_eq!((head.status, head.reason.as_str()), (101, ""));
    }

    #[test]
    fn waits_for_the_whole_head() {
        for n in 0..GATEWAY_401.len() {
            assert_eq!(
                decode_response_head(&GATEWAY_401.as_bytes()[..n]),
                Ok(None),
                "prefix of {n} bytes"
            );
        }
    }

    #[test]
    fn refuses_what_is_not_http_at_once() {
        for garbage in [
            &b"SSH-2.0-OpenSSH_9.2p1\r\n"[..],
            &[0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28], // a TLS alert record
            &[0x03, 0x00, 0x00, 0x13],                   // a TPKT header
            b"http/1.1 401 Unauthorized\r\n",
            b"HTTP/2 401\r\n",
            b"HTTP/1.1 40 Bad\r\n",
            b"HTTP/1.1 0401 Bad\r\n",
            b"HTTP/1.1 099 Low\r\n",
            b"HTTP/1.1 401Unauthorized\r\n",
            b"HTTP/1.x 401 Unauthorized\r\n",
            b"HTTP/1.1 401 Un\x01authorized\r\n",
            b"HTTP/1.1  401 Unauthorized\r\n",
            b"<html>",
            b"\r\n\r\n",
        ] {
            assert!(
                decode_response_head(garbage).is_err(),
                "{}",
                String::from_utf8_lossy(garbage)
            );
        }
        let err = decode_response_head(b"SSH-2.0-OpenSSH_9.2p1\r\n").expect_err("ssh");
        assert_eq!(
            err.to_string(),
            r#"invalid http response: starts with "SSH-2.0-OpenSSH_...", not HTTP/1.x"#
        );
    }

    #[test]
    fn refuses_malformed_header_lines() {
        for text in [
            "HTTP/1.1 401 Unauthorized\r\nNo colon here\r\n\r\n",
            "HTTP/1.1 401 Unauthorized\r\n: empty name\r\n\r\n",
            "HTTP/1.1 401 Unauthorized\r\nBad Name: x\r\n\r\n",
            "HTTP/1.1 401 Unauthorized\r\nName : x\r\n\r\n",
            "HTTP/1.1 401 Unauthorized\r\n folded first\r\n\r\n",
            "HTTP/1.1 401 Unauthorized\r\nX: a\rb\r\n\r\n",
            "HTTP/1.1 401 Unauthorized\r\nX: a\x00b\r\n\r\n",
        ] {
            assert!(decode_response_head(text.as_bytes()).is_err(), "{text:?}");
        }
    }

    #[test]
    fn limits_the_head_to_16_kib() {
        let mut big = b"HTTP/1.1 401 Unauthorized\r\n".to_vec();
        while big.len() < MAX_HEAD_LEN {
            big.extend_from_slice(b"X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n");
        }
        assert!(matches!(
            decode_response_head(&big),
            Err(DecodeError::TooLarge {
                max: MAX_HEAD_LEN,
                ..
            })
        ));
        big.extend_from_slice(b"\r\n");
        assert!(decode_response_head(&big).is_err(), "ends past the limit");
        // just under the limit is fine
        let mut fits = b"HTTP/1.1 401 Unauthorized\r\nX-Padding: ".to_vec();
        fits.resize(MAX_HEAD_LEN - 4, b'a');
        fits.extend_from_slice(b"\r\n\r\n");
        assert_eq!(fits.len(), MAX_HEAD_LEN);
        assert!(matches!(
            decode_response_head(&fits),
            Ok(Some((_, MAX_HEAD_LEN)))
        ));
    }

    fn head_with(values: &[&str]) -> HttpResponseHead {
        HttpResponseHead {
            status: 401,
            reason: "Unauthorized".into(),
            headers: values
                .iter()
                .map(|v| ("WWW-Authenticate".to_string(), (*v).to_string()))
                .collect(),
        }
    }

    #[test]
    fn reads_schemes_from_lists_parameters_and_token68() {
        let head = head_with(&[
            "Negotiate, NTLM",
            r#"Basic realm="gw, the one", charset="UTF-8""#,
            "negotiate YIIGsQYGKwYBBQUCoIIGpTCCBqE=", // a token68 after the scheme
            r#"Digest realm = "a\"b,c", qop="auth", nonce=abc=="#,
            r#"Bearer"#,
            "",
            ", ,",
        ]);
        assert_eq!(
            auth_schemes(&head),
            ["Negotiate", "NTLM", "Basic", "Digest", "Bearer"]
        );
        let mut other = head_with(&["NTLM"]);
        other
            .headers
            .push(("Proxy-Authenticate".into(), "Basic".into()));
        assert_eq!(auth_schemes(&other), ["NTLM"]);
    }

    #[test]
    fn no_panic_on_any_input() {
        let valid: [&[u8]; 3] = [
            GATEWAY_401.as_bytes(),
            NGINX_404.as_bytes(),
            b"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"a,\\\"b\", NTLM\n \tx\n\n",
        ];
        crate::testing::check_no_panic(0x4854, &valid, |b| {
            if let Ok(Some((head, len))) = decode_response_head(b) {
                assert!(len <= b.len() && len <= MAX_HEAD_LEN);
                let _ = auth_schemes(&head);
            }
        });
    }
}

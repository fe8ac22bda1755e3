//! Self-tests of the harness: each server mode and responder really behaves the way the
//! end-to-end tests assume. Byte-level checks use the harness's own probes (`x224`, `tls`,
//! `ntlm`), never the crates under test.

use std::io::{ErrorKind, Read as _, Write as _};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

use rdp_doctor_tests::ntlm;
use rdp_doctor_tests::process::group_members;
use rdp_doctor_tests::responders::{Behaviour, SSH_BANNER};
use rdp_doctor_tests::shadow::host_name;
use rdp_doctor_tests::tls::{self, ALERT_PROTOCOL_VERSION, HelloReply, TlsVersion};
use rdp_doctor_tests::x224::{self, ConnectionConfirm::*, connection_request};
use rdp_doctor_tests::*;

type TestResult = anyhow::Result<()>;

fn xrdp(security_layer: SecurityLayer, tls: TlsVersions) -> anyhow::Result<Xrdp> {
    let start = Instant::now();
    let server = Xrdp::start(XrdpOptions {
        security_layer,
        tls,
        ..XrdpOptions::default()
    })?;
    eprintln!(
        "xrdp {security_layer:?}/{tls:?} listening {:?} after spawn, {:?} including its certificate",
        server.startup_time(),
        start.elapsed()
    );
    Ok(server)
}

/// RDP_NEG_RSP selecting `protocol` with `flags`.
fn selected(flags: u8, protocol: u32) -> x224::ConnectionConfirm {
    Selected { flags, protocol }
}

/// RDP_NEG_FAILURE with `code`.
fn failure(code: u32) -> x224::ConnectionConfirm {
    Failure { code }
}

/// Asserts the Connection Confirm for each requestedProtocols value.
fn assert_negotiation(
    addr: std::net::SocketAddr,
    expected: &[(u32, x224::ConnectionConfirm)],
    log: impl Fn() -> String,
) -> TestResult {
    for &(requested, want) in expected {
        let got = x224::negotiate(addr, requested)?;
        assert_eq!(got, want, "requestedProtocols {requested:#04x}\n{}", log());
    }
    Ok(())
}

// ---- xrdp ----------------------------------------------------------------------------------

#[test]
fn xrdp_negotiate_mode_selects_tls_when_asked_and_rdp_otherwise() -> TestResult {
    let server = xrdp(SecurityLayer::Negotiate, TlsVersions::Modern)?;
    assert_negotiation(
        server.addr(),
        &[
            (0x00, selected(0x01, 0)),
            (0x01, selected(0x01, 1)),
            // CredSSP only: xrdp has no NLA and falls back to standard RDP security.
            (0x02, selected(0x01, 0)),
            (0x03, selected(0x01, 1)),
            (0x0B, selected(0x01, 1)),
        ],
        || server.log_tail(),
    )
}

#[test]
fn xrdp_tls_mode_refuses_standard_rdp_with_code_1() -> TestResult {
    let server = xrdp(SecurityLayer::Tls, TlsVersions::Modern)?;
    assert_negotiation(
        server.addr(),
        &[
            (0x00, failure(x224::SSL_REQUIRED_BY_SERVER)),
            (0x01, selected(0x01, 1)),
            (0x02, failure(x224::SSL_REQUIRED_BY_SERVER)),
            (0x03, selected(0x01, 1)),
            (0x08, failure(x224::SSL_REQUIRED_BY_SERVER)),
        ],
        || server.log_tail(),
    )
}

#[test]
fn xrdp_rdp_mode_selects_standard_rdp_for_every_request() -> TestResult {
    // xrdp 0.9.21 never sends SSL_NOT_ALLOWED_BY_SERVER (2): in rdp mode it picks PROTOCOL_RDP.
    let server = xrdp(SecurityLayer::Rdp, TlsVersions::Modern)?;
    assert_negotiation(
        server.addr(),
        &[
            (0x00, selected(0x01, 0)),
            (0x01, selected(0x01, 0)),
            (0x03, selected(0x01, 0)),
            (0x0B, selected(0x01, 0)),
        ],
        || server.log_tail(),
    )
}

#[test]
fn xrdp_presents_the_generated_certificate_over_tls_1_2_and_1_3() -> TestResult {
    let server = xrdp(SecurityLayer::Negotiate, TlsVersions::Modern)?;
    for version in [TlsVersion::Tls12, TlsVersion::Tls13] {
        let (stream, confirm) = x224::negotiate_on(server.addr(), x224::PROTOCOL_SSL)?;
        assert_eq!(confirm, selected(0x01, 1));
        let session = tls::handshake(stream, version)?;
        assert_eq!(
            session.peer_certificate,
            server.cert().cert_der,
            "{version:?}"
        );
    }
    // And it does not speak TLS 1.0.
    let (stream, _) = x224::negotiate_on(server.addr(), x224::PROTOCOL_SSL)?;
    assert_eq!(
        tls::tls10_client_hello(stream)?,
        HelloReply::Alert {
            level: 2,
            description: ALERT_PROTOCOL_VERSION
        }
    );
    Ok(())
}

#[test]
fn xrdp_tls10_only_answers_tls_1_0_and_refuses_1_2_and_1_3() -> TestResult {
    let server = xrdp(SecurityLayer::Tls, TlsVersions::Tls10Only)?;
    let (stream, confirm) = x224::negotiate_on(server.addr(), x224::PROTOCOL_SSL)?;
    assert_eq!(confirm, selected(0x01, 1));
    assert_eq!(
        tls::tls10_client_hello(stream)?,
        HelloReply::ServerHello { version: 0x0301 }
    );

    for version in [TlsVersion::Tls12, TlsVersion::Tls13] {
        let (stream, _) = x224::negotiate_on(server.addr(), x224::PROTOCOL_SSL)?;
        let error = tls::handshake(stream, version).expect_err("TLS 1.2+ must be refused");
        let message = format!("{error:#}");
        assert!(
            message.contains("ProtocolVersion") || message.contains("protocol version"),
            "{version:?}: {message}"
        );
    }
    Ok(())
}

#[test]
fn xrdp_with_an_expired_certificate_presents_it() -> TestResult {
    let server = Xrdp::start(XrdpOptions {
        security_layer: SecurityLayer::Tls,
        cert: CertSpec::expired("expired.rdpd.test"),
        tls: TlsVersions::Modern,
    })?;
    assert_eq!(server.cert().not_after_date(), "2021-01-01");
    assert_eq!(server.cert_not_after().year(), 2021);
    let (stream, _) = x224::negotiate_on(server.addr(), x224::PROTOCOL_SSL)?;
    let session = tls::handshake(stream, TlsVersion::Tls12)?;
    assert_eq!(session.peer_certificate, server.cert().cert_der);
    Ok(())
}

#[test]
fn xrdp_drop_stops_the_server_and_its_per_connection_children() -> TestResult {
    let server = xrdp(SecurityLayer::Negotiate, TlsVersions::Modern)?;
    let (addr, pgid) = (server.addr(), server.pid());
    // Keep a connection open so xrdp has forked a child for it.
    let (_open, _) = x224::negotiate_on(addr, x224::PROTOCOL_SSL)?;
    let deadline = Instant::now() + Duration::from_secs(5);
    while group_members(pgid).len() < 2 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        group_members(pgid).len() >= 2,
        "xrdp forked no child: {:?}",
        group_members(pgid)
    );
    drop(server);
    assert_eq!(group_members(pgid), Vec::<u32>::new());
    ports::wait_until_refused(addr, Duration::from_secs(2))
}

// ---- FreeRDP shadow ------------------------------------------------------------------------

#[test]
fn shadow_nla_requires_credssp_with_code_5() -> TestResult {
    let start = Instant::now();
    let server = FreerdpShadow::start_nla()?;
    eprintln!(
        "freerdp-shadow listening {:?} after starting Xvfb, {:?} including its certificate \
         ({} attempt(s), display :{})",
        server.startup_time(),
        start.elapsed(),
        server.attempts(),
        server.display()
    );
    assert_negotiation(
        server.addr(),
        &[
            (0x00, failure(x224::HYBRID_REQUIRED_BY_SERVER)),
            (0x01, failure(x224::HYBRID_REQUIRED_BY_SERVER)),
            // HYBRID_EX without HYBRID: FreeRDP 2 does not count it as CredSSP.
            (0x08, failure(x224::HYBRID_REQUIRED_BY_SERVER)),
            (0x02, selected(0x03, 2)),
            (0x03, selected(0x03, 2)),
            (0x0B, selected(0x03, 2)),
        ],
        || server.log_tail(),
    )
}

#[test]
fn shadow_ntlm_challenge_names_this_machine() -> TestResult {
    let server = FreerdpShadow::start_nla()?;
    let info = ntlm::challenge_info(server.addr())?;
    eprintln!("NTLM CHALLENGE: {info:?}");
    assert_eq!(
        info.netbios_computer.as_deref(),
        Some(server.expected_computer_name().as_str())
    );
    assert_eq!(
        info.netbios_domain.as_deref(),
        Some(expected_computer_name().as_str())
    );
    assert_eq!(info.dns_computer.as_deref(), Some(host_name().as_str()));
    assert_eq!(info.version, Some((6, 1, 7601)));
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let stamp = info.timestamp_unix.unwrap_or_default();
    assert!((stamp - now).abs() < 300, "timestamp {stamp} vs now {now}");
    Ok(())
}

#[test]
fn shadow_presents_the_generated_certificate() -> TestResult {
    let server = FreerdpShadow::start_nla()?;
    let (stream, _) =
        x224::negotiate_on(server.addr(), x224::PROTOCOL_SSL | x224::PROTOCOL_HYBRID)?;
    let session = tls::handshake(stream, TlsVersion::Tls12)?;
    assert_eq!(session.peer_certificate, server.cert().cert_der);
    Ok(())
}

#[test]
fn shadow_tls_mode_selects_tls_and_refuses_the_rest_with_code_1() -> TestResult {
    let server = FreerdpShadow::start(ShadowOptions {
        security: ShadowSecurity::Tls,
        ..ShadowOptions::default()
    })?;
    assert_negotiation(
        server.addr(),
        &[
            (0x00, failure(x224::SSL_REQUIRED_BY_SERVER)),
            (0x01, selected(0x03, 1)),
            (0x02, failure(x224::SSL_REQUIRED_BY_SERVER)),
            (0x03, selected(0x03, 1)),
            (0x0B, selected(0x03, 1)),
        ],
        || server.log_tail(),
    )
}

// ---- responders ----------------------------------------------------------------------------

fn connect_and_send_request(responder: &Responder) -> anyhow::Result<TcpStream> {
    let mut stream = TcpStream::connect_timeout(&responder.addr(), Duration::from_secs(2))?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    stream.write_all(&connection_request(0x0B))?;
    Ok(stream)
}

#[test]
fn refused_port_refuses() {
    let port = refused_port();
    let error = TcpStream::connect_timeout(&port.addr(), Duration::from_secs(2))
        .expect_err("nothing listens there");
    assert_eq!(error.kind(), ErrorKind::ConnectionRefused);
}

#[test]
fn silent_responder_accepts_and_says_nothing() -> TestResult {
    let responder = Responder::silent()?;
    let mut stream = connect_and_send_request(&responder)?;
    stream.set_read_timeout(Some(Duration::from_millis(700)))?;
    let error = stream.read(&mut [0u8; 16]).expect_err("no data, no close");
    assert!(
        matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut),
        "{error}"
    );
    assert_eq!(responder.accepted(), 1);
    Ok(())
}

#[test]
fn reset_responder_resets() -> TestResult {
    let responder = Responder::reset_after_accept()?;
    // The RST races the client: it can surface in connect_timeout (SO_ERROR), on the write of the
    // request, or on the read.
    let error = match TcpStream::connect_timeout(&responder.addr(), Duration::from_secs(2)) {
        Err(error) => error,
        Ok(mut stream) => {
            stream.set_read_timeout(Some(Duration::from_secs(5)))?;
            match stream.write_all(&connection_request(0x0B)) {
                Err(error) => error,
                Ok(()) => stream.read(&mut [0u8; 16]).expect_err("RST expected"),
            }
        }
    };
    assert_eq!(error.kind(), ErrorKind::ConnectionReset, "{error}");
    Ok(())
}

#[test]
fn reset_after_request_responder_resets_the_read() -> TestResult {
    for _ in 0..20 {
        let responder = Responder::reset_after_request()?;
        let mut stream = connect_and_send_request(&responder)?;
        let error = stream.read(&mut [0u8; 16]).expect_err("RST expected");
        assert_eq!(error.kind(), ErrorKind::ConnectionReset, "{error}");
    }
    Ok(())
}

#[test]
fn close_after_request_responder_closes_cleanly() -> TestResult {
    let responder = Responder::close_after_request()?;
    let mut stream = connect_and_send_request(&responder)?;
    assert_eq!(stream.read(&mut [0u8; 16])?, 0, "clean EOF expected");
    Ok(())
}

#[test]
fn garbage_responders_speak_other_protocols() -> TestResult {
    for (responder, starts_with) in [
        (Responder::ssh_banner()?, &b"SSH-2.0-"[..]),
        (Responder::http()?, &b"HTTP/1.1 400"[..]),
    ] {
        let mut stream = connect_and_send_request(&responder)?;
        let mut got = vec![0u8; starts_with.len()];
        stream.read_exact(&mut got)?;
        assert_eq!(got, starts_with);
    }
    assert!(SSH_BANNER.ends_with(b"\r\n"));

    let responder = Responder::random_bytes()?;
    let mut stream = connect_and_send_request(&responder)?;
    let mut got = [0u8; 64];
    stream.read_exact(&mut got)?;
    assert_ne!(got[0], 0x03, "must not look like TPKT");
    Ok(())
}

#[test]
fn trickle_responder_sends_one_byte_per_interval() -> TestResult {
    let responder = Responder::start(Behaviour::Trickle {
        interval: Duration::from_millis(200),
    })?;
    let mut stream = connect_and_send_request(&responder)?;
    let start = Instant::now();
    let mut got = [0u8; 4];
    stream.read_exact(&mut got)?;
    assert_eq!(got, [0x03, 0x00, 0xFF, 0xFF]);
    let elapsed = start.elapsed();
    assert!(
        elapsed >= Duration::from_millis(550),
        "4 bytes came too fast: {elapsed:?}"
    );
    Ok(())
}

#[test]
fn dropping_a_responder_closes_its_connections() -> TestResult {
    let responder = Responder::silent()?;
    let mut stream = connect_and_send_request(&responder)?;
    let addr = responder.addr();
    drop(responder);
    assert_eq!(stream.read(&mut [0u8; 16]).unwrap_or(0), 0);
    ports::wait_until_refused(addr, Duration::from_secs(2))
}

// ---- network namespaces --------------------------------------------------------------------

/// Exit code of a bash `/dev/tcp` connect to 127.0.0.1:port inside `netns`, limited to 3 s by
/// `timeout` (124 = timed out, 1 = refused, 0 = connected).
fn connect_in(netns: &Netns, port: u16) -> anyhow::Result<(i32, Duration)> {
    let mut command = netns.command("timeout");
    command.args([
        "3",
        "bash",
        "-c",
        &format!("exec 3<>/dev/tcp/127.0.0.1/{port}"),
    ]);
    let output = run_with_timeout(command, Duration::from_secs(10))?;
    Ok((output.code, output.elapsed))
}

#[test]
fn netns_drop_rule_makes_connects_time_out() -> TestResult {
    let netns = Netns::new()?;
    let (dropped, open) = (free_port(), free_port());
    netns.drop_tcp_port(dropped)?;

    let (code, elapsed) = connect_in(&netns, dropped)?;
    assert_eq!(
        code, 124,
        "connect to a dropped port must time out (took {elapsed:?})"
    );

    let (code, elapsed) = connect_in(&netns, open)?;
    assert_eq!(code, 1, "an unfiltered closed port is refused");
    assert!(elapsed < Duration::from_secs(2));
    Ok(())
}

#[test]
fn netns_reject_rule_refuses_and_namespace_is_deleted_on_drop() -> TestResult {
    let netns = Netns::new()?;
    let port = free_port();
    netns.reject_tcp_port(port)?;
    let (code, _) = connect_in(&netns, port)?;
    assert_eq!(code, 1);

    let name = netns.name().to_owned();
    drop(netns);
    let list = Command::new(process::find_program("ip")?)
        .args(["netns", "list"])
        .output()?;
    assert!(!String::from_utf8_lossy(&list.stdout).contains(&name));
    Ok(())
}

// ---- CLI runner ----------------------------------------------------------------------------

#[test]
fn run_with_timeout_kills_a_hanging_child() {
    let mut command = Command::new("sh");
    command.args(["-c", "sleep 60 & sleep 60"]);
    let start = Instant::now();
    let error = run_with_timeout(command, Duration::from_secs(1)).expect_err("must time out");
    assert!(format!("{error:#}").contains("did not finish"), "{error:#}");
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn run_json_parses_stdout_and_reports_the_exit_code() -> TestResult {
    let mut command = Command::new("sh");
    command.args(["-c", r#"echo '{"ok": true}'; exit 3"#]);
    let (code, json) = run_json(command)?;
    assert_eq!((code, json["ok"].as_bool()), (3, Some(true)));
    Ok(())
}

#[test]
fn cli_binary_is_built_next_to_the_tests() {
    let binary = cli_binary();
    assert!(binary.is_file(), "{}", binary.display());
    assert!(binary.ends_with("rdp-doctor"));
}

#[test]
fn listening_socket_ownership_is_per_process() -> TestResult {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    assert!(ports::owns_listening_socket(std::process::id(), port));
    assert!(
        !ports::owns_listening_socket(1, port),
        "PID 1 does not hold our listener"
    );
    let refused = refused_port();
    assert!(
        !ports::owns_listening_socket(std::process::id(), refused.port()),
        "bound, not listening"
    );
    Ok(())
}

# RDP Doctor's words, in English. One section per area of the checks; a message per finding
# (named after its id, `.` → `-`) with `.title` and `.detail`, a message per fix with
# `.title`, `.steps` and `.risk`. Titles and details are for a remote worker who has never
# heard of TLS; evidence (not here) is for IT. To translate: copy this file to
# `<language>.ftl` and change the text, never the names or the `{ $values }`.
# Fluent syntax: https://projectfluent.org/fluent/guide/ — a literal brace is {"{"}, a value
# that starts with a space starts with {" "}.

## The language itself: its own name, for the language menu

language-name = English

## What the user told us: the input, the error code

input-rdp_file_invalid =
    .title = The Remote Desktop file cannot be used
input-invalid_port =
    .title = The port number is not valid
input-invalid_target =
    .title = That is not a computer name or address

input-error_code =
    .title = You saw error { $code }
    .detail = The findings that explain this error are listed first.
input-error_code_unknown =
    .title = Error { $code } is not in our list
    .detail = RDP Doctor does not know this code, so it does not guess at its meaning; the checks below still apply.

## Name resolution (dns)
dns-ip_literal =
    .title = This is an address, so no name lookup was needed
    .detail = RDP Doctor connects straight to { $address }.
dns-resolved =
    .title = The name { $name } was found
    .detail = It points to { $addresses } (looked up in { $ms } ms).
dns-short_name =
    .title = "{ $name }" is a short name
    .detail = Short names only work inside the office network, or when the VPN adds the company's domain to them. The full name or the address works more reliably.
dns-private_address =
    .title = { $name } has a private address ({ $address })
    .detail = Private addresses work only on the same local network, or through the company VPN when you work from elsewhere.
dns-not_found =
    .title = The name "{ $name }" does not exist
    .detail = The DNS server says there is no computer with this name. Check the spelling; if you work from home, the name may only be known while the company VPN is connected.
dns-no_address =
    .title = The name "{ $name }" exists but has no address
    .detail = DNS knows the name but gives no address to connect to. IT needs to fix the DNS entry; meanwhile the computer's IP address may work.
dns-timeout =
    .title = No DNS server answered
    .detail = This computer asked for "{ $name }" but no DNS server answered in time. Your internet connection or the company VPN may be down.
dns-lookup_failed =
    .title = The name "{ $name }" could not be looked up
    .detail = Looking up the name failed: { $message }.


## This computer's network (network)
network-offline =
    .title = This computer is not connected to a network
    .detail = No network adapter has an address. Check the cable or Wi-Fi, then try again.
network-offline-no_route =
    .title = This computer has no way out to other networks
    .detail = There is no default route: only the local network can be reached. Check the Wi-Fi or cable, or restart the router.
network-subnet_conflict =
    .title = Your home network uses the same addresses as the remote PC ({ $ip })
    .detail = This computer's own network ({ $lan }, { $cidr }) contains the address { $ip }, so traffic for the remote PC stays at home instead of going through the VPN. IT can route that address through the VPN; at home, changing the router's network (for example to 192.168.178.x) avoids the clash.
network-vpn_active =
    .title = Your VPN is connected ({ $vpn })
    .detail = The remote PC has a private address ({ $ip }), which is reached through the VPN.
network-vpn_missing =
    .title = The remote PC is on a private network, and your VPN is not connected
    .detail = Its address { $ip } only works inside the office network. Connect the company VPN, then check again.


## Reaching the port (reach)
reach-system-permission_denied = a firewall rule or route on this computer forbids it
reach-system-invalid_argument = a route on this computer discards the traffic
reach-system-failed = the connection failed
reach-word-open = open
reach-word-refused = refused
reach-word-timed_out = no answer (timed out)
reach-word-unreachable = unreachable ({ $message })
reach-word-failed = failed ({ $message })
reach-word-not_run = not tried ({ $reason })
reach-open =
    .title = The Remote Desktop port ({ $port }) answers
    .detail = { $address } accepted a connection in { $ms } ms.
reach-partial-address = { $address } ({ $result })
reach-partial =
    .title = Only some of the computer's addresses answer
    .detail = The name leads to several addresses and { $count } of them do not answer: { $addresses }. Remote Desktop may pick a dead one and fail now and then (an old DNS entry or a broken IPv6 path).
reach-refused =
    .title = The remote PC refuses connections on port { $port }
    .detail = { $address } answered, but nothing accepts connections on port { $port }: Remote Desktop may be switched off, its service stopped or set to another port, or a firewall rejects the connection.
reach-unreachable =
    .title = There is no network path to the remote PC
    .detail = This computer's network says there is no way to { $address }: { $reason }. If the PC is at the office, connect the company VPN first.
reach-seconds = { $seconds } s
reach-filtered-port = { $port } { $name } ({ $result })
reach-host_asleep_or_off =
    .title = Nothing answers at all: the remote PC is asleep, switched off or not on this network
    .detail = Neither the Remote Desktop port of { $address } nor any of { $count } other ports a Windows PC usually answers on replied within { $waited }. If the PC is at the office, it may be asleep or off: ask someone there to wake it, or IT can wake it over the network. If you work from home, check that your VPN is connected.
reach-filtered =
    .title = No answer from port { $port } of the remote PC
    .detail = Nothing came back from { $address } within { $waited }: a firewall is probably dropping the connection, or the PC is asleep, switched off or not on this network.
reach-filtered-answering =
    .detail = The PC is on — it answers on { $ports } — but nothing comes back from its Remote Desktop port within { $waited }: a firewall drops that port.
input-rdp_file_alternate_address-invalid =
    .title = The file's other address "{ $address }" is not a computer name or address
    .detail = Remote Desktop may try it instead of the main address and fail. IT should correct or remove the "alternate full address" line.
input-rdp_file_alternate_address-answers =
    .title = The file's other address { $address } answers too
    .detail = The file names { $main } and, as "alternate full address", { $address }; both accept connections.
input-rdp_file_alternate_address-not_found =
    .title = The file's other address { $address } cannot be found
input-rdp_file_alternate_address-silent =
    .title = The file's other address { $address } does not answer
input-rdp_file_alternate_address-dead-main_answers =
    .detail = Your Remote Desktop file names { $main } and, as "alternate full address", { $address }. Remote Desktop may connect to the second one, which does not work, while the first does. IT should correct or remove that line.
input-rdp_file_alternate_address-dead =
    .detail = Your Remote Desktop file names { $main } and, as "alternate full address", { $address }. Remote Desktop may connect to the second one, which does not work. IT should correct or remove that line.


## The RDP negotiation (security)
rdp-protocol-rdp = standard RDP security
rdp-protocol-tls = TLS
rdp-protocol-credssp = CredSSP (NLA)
rdp-protocol-credssp_ex = CredSSP with early authorization (NLA)
rdp-protocol-rdstls = RDSTLS
rdp-protocol-unknown = an unknown protocol
rdp-cert_not_on_server =
    .title = The remote PC cannot load its security certificate
    .detail = Remote Desktop on that PC is running but cannot use its certificate, so it refuses secure connections. This is usually a damaged or expired certificate, or broken permissions on the folder that holds its keys.
rdp-negotiated =
    .title = The remote PC speaks Remote Desktop
    .detail = It accepts { $protocols }.
rdp-legacy_security_only =
    .title = The remote PC only offers old Remote Desktop security
    .detail = It is set to standard RDP security without TLS: current Remote Desktop apps may refuse to connect, and the connection cannot prove that it reaches the right computer.
rdp-nla_required =
    .title = The remote PC asks who you are before connecting (NLA)
    .detail = You will be asked for your password before the remote session starts. Every current Remote Desktop app supports this; very old ones do not.
rdp-nla_not_required =
    .title = The remote PC lets anyone reach its sign-in screen (no NLA)
    .detail = Connections work, but the PC does not require Network Level Authentication, which IT usually turns on so that only known accounts get that far.
rdp-not_rdp =
    .title = Something other than Remote Desktop answers on port { $port }
    .detail = It looks like { $looks_like }. The port number may be wrong, or another program took Remote Desktop's port.
rdp-tls_not_allowed =
    .title = The remote PC refuses encrypted (TLS) connections
    .detail = It answered that TLS is not allowed, yet it did not accept the older security either.
rdp-negotiation_failure-code = { $name } ({ $code })
rdp-negotiation_failure-unnamed = not in the specification
rdp-negotiation_failure =
    .title = The remote PC and Remote Desktop could not agree on security
    .detail = The remote PC refused every security option, with { $codes }.
rdp-denied =
    .title = The remote PC hangs up straight away
    .detail = The port accepts the connection, then the remote PC closes it at once. Common causes: all its Remote Desktop sessions or licences are in use, it accepts only certain addresses, or its Remote Desktop service is in trouble. This is a usual cause of error 0x904 with extended code 0x7.
rdp-no_response =
    .title = The port is open but Remote Desktop does not answer
    .detail = The connection was accepted, but no Remote Desktop reply came in time. The Remote Desktop service may be hung, or a proxy or another program holds the port.
rdp-not_rdp-garbled =
    .title = The program on port { $port } answers in a way Remote Desktop does not understand
    .detail = Its answer was garbled: { $reason }. The port number may be wrong.
rdp-denied-limited =
    .title = The remote PC stopped accepting connections
    .detail = The first connection worked, but the next ones failed: the PC or a firewall limits how many connections it takes.


## What listens instead of Remote Desktop (service)
rdp-service-certificate-subject = "{ $subject }"
rdp-service-certificate-self = itself
rdp-service-certificate-issuer = "{ $issuer }"
rdp-service-certificate = made out to { $to } and issued by { $by }
rdp-service-ssh = an SSH server (a remote command line)
rdp-service-smtp = a mail server (SMTP)
rdp-service-smtp_or_ftp = a mail or file-transfer server (SMTP or FTP)
rdp-service-ftp = a file-transfer server (FTP)
rdp-service-mail = a mail server ({ $protocol })
rdp-service-vnc = a VNC remote-control server
rdp-service-other = a { $protocol } server
rdp-service-gateway = a Remote Desktop Gateway
rdp-service-https = a secure web server (HTTPS)
rdp-service-http = a web server (HTTP)
rdp-service-tls_only = a service that expects encryption (TLS) from the first byte
rdp-service-text = a service that answers in text
rdp-service-binary = a service that sends data Remote Desktop does not understand
rdp-service-shown-greeting = It greeted with "{ $line }".
rdp-service-shown-web_server = It answered a web request with "{ $status }" and calls itself "{ $server }".
rdp-service-shown-web = It answered a web request with "{ $status }".
rdp-service-shown-tls_alert = It answered plain text with a TLS alert ({ $alert }).
rdp-service-shown-tls = It answered plain text with TLS.
rdp-service-shown-text = It answered "{ $line }".
rdp-service-shown-binary = Its answer began with the bytes { $bytes }.
rdp-not_rdp-forwarded = a router's port forwarding sends port { $port } to another machine than the remote PC
rdp-not_rdp-moved = the address now leads to another machine than the remote PC (it may have got a new address)
rdp-not_rdp-default_port = Either another program holds Remote Desktop's port on that computer, or { $elsewhere }.
rdp-not_rdp-other_port = The port number may be wrong (Remote Desktop uses 3389 unless IT chose another), or { $elsewhere }.
rdp-not_rdp-service-certificate =
    .detail = { $shown } Its certificate is { $certificate }. Remote Desktop cannot work with it. { $why }
rdp-not_rdp-service =
    .title = { $service } answers on port { $port }, not Remote Desktop
    .detail = { $shown } Remote Desktop cannot work with it. { $why }
rdp-is_a_gateway =
    .title = This address is a Remote Desktop Gateway, not the remote PC
    .detail = { $address } answers as a Remote Desktop Gateway does: it asks to sign in ({ $schemes }) before it passes a connection on to a PC behind it. Enter it as the gateway in your Remote Desktop app, and the name of the PC you want to reach as the computer.
rdp-service-seconds = { $seconds } s
rdp-service-tried-rdp = A new connection a moment later got an answer in Remote Desktop's own language: Remote Desktop does listen on this port, but it did not answer the first request in time (it may be busy, slow or starting up).
rdp-service-tried-greeting = waited { $waited } for a greeting (SSH, mail and file-transfer servers send one)
rdp-service-tried-closed = a connection that sent nothing was closed
rdp-service-tried-web_silent = a web request got no answer
rdp-service-tried-web_closed = a web request was hung up on
rdp-service-tried-tls-certificate = {" "}with a certificate { $certificate }
rdp-service-tried-tls-gateway = {" "}or a Remote Desktop Gateway request
rdp-service-tried-tls = a TLS connection without Remote Desktop's negotiation worked{ $certificate }, but nothing answered a web request{ $gateway } inside it
rdp-service-tried-tls_failed = a direct TLS handshake did not work
rdp-service-tried-certificate = To see whether another program holds the port, RDP Doctor also { $tried }: nothing named another service. If that certificate does not name the remote PC, another encrypted service holds the port.
rdp-service-tried = To see whether another program holds the port, RDP Doctor also { $tried }: nothing named another service.


## The TLS handshake (tls)
tls-ok =
    .title = The connection is encrypted ({ $version })
    .detail = Encryption works: { $version } with { $cipher_suite }.
tls-legacy_only =
    .title = The remote PC only speaks outdated encryption ({ $version })
    .detail = It accepts only { $version }, which current Remote Desktop apps refuse. IT needs to update the remote PC and enable TLS 1.2 on it.
tls-handshake_failed-old_ciphers =
    .title = The remote PC only offers outdated encryption methods
    .detail = It speaks { $version } but only with old methods such as { $cipher_suite } that current apps do not accept. IT needs to update the remote PC.
tls-handshake_failed-alert =
    .detail = The remote PC broke off setting up encryption with the message "{ $alert }". With Remote Desktop this is most often a certificate the PC cannot use.
tls-handshake_failed =
    .title = The encrypted connection could not be set up
    .detail = The remote PC broke off setting up encryption. With Remote Desktop this is most often a certificate the PC cannot use.
tls-handshake_failed-timeout =
    .title = The remote PC stopped answering while setting up encryption
    .detail = No answer to the encryption handshake within { $waited_ms } ms.


## The certificate (certificate)

cert-expired =
    .title = The remote PC's security certificate expired on { $date }
    .detail = It expired { $when }. Windows normally renews this certificate by itself; when it cannot, connections fail, often with error 0x904 (extended 0x7). IT can renew it with the commands below.
cert-not_yet_valid =
    .title = The remote PC's certificate is only valid from { $date }
    .detail = Either the remote PC's clock or this computer's clock is wrong: check both dates and times.
cert-expires_soon =
    .title = The remote PC's certificate expires { $when }
    .detail = It is valid until { $date }. Windows should renew it in time; if it does not, connections will fail from then on.
cert-self_signed =
    .title = The remote PC uses its own self-made certificate
    .detail = This is normal for Remote Desktop, and it is why your app asks whether to trust the remote computer. Compare the thumbprint with the one IT gives you.
cert-name_mismatch-no_name = no name at all
cert-name_mismatch =
    .title = The certificate is made out to { $names }
    .detail = You typed "{ $name }", which the certificate does not name. Your app will warn you; if the names are not two names of the same PC, you may be reaching a different computer than you think.
cert-name_mismatch-address =
    .detail = You connect by address ({ $name }), so your app cannot match it to the name in the certificate and will warn you. That is expected when you use an address.
cert-weak-signature = it is signed with { $algorithm }
cert-weak-key = its key has only { $bits } bits
cert-weak-usage = it is not made for server authentication
cert-weak =
    .title = The remote PC's certificate is weak
    .detail = { $reasons }; current apps may refuse it.
cert-evidence-key_bits = {" "}{ $bits } bits


## Network Level Authentication (nla)

nla-os-or_newer = { $name } or newer
nla-ok-no_name = (no name)
nla-ok-domain = {" "}in { $domain }
nla-ok-os = {" "}and runs { $os }
nla-ok =
    .detail = The remote PC answered the first step of sign-in (no password was sent). It calls itself { $name }{ $domain }{ $os }.
    .title = Sign-in security works; the PC calls itself { $name }
nla-identity_mismatch =
    .title = You typed "{ $typed }" but the PC calls itself "{ $name }"
    .detail = That is fine when the name you use is an alias of this PC. Otherwise the name leads to a different computer than you think, for example through an old DNS entry.
nla-clock_skew =
    .title = The remote PC's clock is { $span } { $direction ->
        [ahead] ahead of
       *[behind] behind
    } this computer's
    .detail = Sign-in with a company (Kerberos) account fails when the clocks differ by more than 5 minutes. Set the clock that is wrong.
nla-credssp_unpatched_server =
    .title = The remote PC misses the 2018 security update for sign-in (CredSSP)
    .detail = Updated computers refuse to connect to it, with a message about "CredSSP encryption oracle remediation". The remote PC needs Windows updates.
nla-failed-server_error =
    .title = The remote PC refused the first step of sign-in
    .detail = It answered with error { $code } before any password was involved.
nla-failed =
    .title = The sign-in step (NLA) broke off
    .detail = While { $stage }: { $message }.


## Connection quality (quality)

quality-evidence-answered = { $answered } of { $total }
quality-word-no_answer = no answer in { $ms } ms
quality-word-answered_after = answered after { $ms } ms
quality-word-cut_off = cut off
quality-kept_waiting = { $testing }: { $result }
quality-server_serialises =
    .title = The remote PC answers one connection at a time
    .detail = While one connection was being set up, the remote PC kept { $count } { $count ->
        [one] other
       *[other] others
    } waiting; asked again on their own, each answered at once. The network is fine: this is how the Remote Desktop server behaves (servers built on FreeRDP's server side, such as weston's, do this). Someone connecting while another connection is being set up waits, and may time out.
quality-drops_during_handshake =
    .title = Connections to the remote PC break off: { $broke_off } of { $total } attempts died half-way
    .detail = The connection opens, then dies while Remote Desktop is setting it up, also when it is the only one: an unreliable link (Wi-Fi, mobile data, a struggling VPN) or an overloaded remote PC does this; a wired network or restarting the VPN often helps.
quality-unstable-broke_off =
    .title = Your connection to the remote PC is unreliable: { $broke_off } of { $total } attempts broke off
    .detail = Some connections died while Remote Desktop was setting them up; asked again on their own, they worked. Remote Desktop may fail now and then; if it does, a wired network or restarting the VPN often helps.
quality-unstable-failed =
    .title = Your connection to the remote PC is unreliable: { $failed } of { $total } attempts failed
    .detail = Some connections worked and some did not. Remote Desktop may fail now and then; a wired network or restarting the VPN often helps.
quality-unstable-loss =
    .title = Your connection to the remote PC loses data: { $gaps } of { $trips } round trips had to be sent again
    .detail = Most answers took about { $round_trip } ms, but { $gaps } waited { $stall } ms or more longer than twice that: the time a lost packet takes to be sent again. That is a lossy link (Wi-Fi, mobile data, a struggling VPN), not distance; Remote Desktop will stutter and may drop. A wired network or restarting the VPN often helps.
quality-high_latency-relayed =
    .detail = Connections open at once ({ $median_connect } ms), but every answer takes about { $round_trip } ms: something near you (a VPN or a proxy) accepts the connection and relays it over a slow path. Remote Desktop will work but feel sluggish; a VPN server closer to you shortens the delay.
quality-high_latency =
    .detail = Remote Desktop will work but feel sluggish. A wired network, or a VPN server closer to you, shortens the delay.
    .title = The remote PC is far away in network terms ({ $ms } ms per round trip)
quality-ok =
    .title = The connection is steady ({ $round_trip } ms per round trip, spread { $spread } ms)
    .detail = { $answered } of { $total } requests were answered; connects took { $median_connect } ms, answers { $round_trip } ms, and none waited for lost data.
quality-word-answered = answered in { $ms } ms
quality-word-connect_failed = could not connect: { $message }
quality-recheck = { $testing }: alone, { $result }
quality-watch-failure = after { $seconds } s: { $failure }
quality-watch-advice = A wired network instead of Wi-Fi, or restarting the VPN, often helps; if it stays like this, send this report to IT.
quality-watch-failed =
    .title = Your connection to the PC is unreliable: { $failed } of { $total } attempts failed
    .detail = Watched for { $seconds } s. { $advice }
quality-watch-high_latency =
    .detail = All { $total } attempts over { $seconds } s worked, but slowly. { $advice }
quality-watch-ok =
    .title = The connection stayed steady: { $total } of { $total } attempts worked
    .detail = Watched for { $seconds } s: { $median } ms per connect, spread { $spread } ms.


## The Remote Desktop Gateway (gateway)

gateway-http-status = HTTP { $status }
gateway-http-status_auth = HTTP { $status }, sign-in with { $schemes }
gateway-http-closed = closed without answering
gateway-http-no_answer = no answer in { $ms } ms
gateway-http-not_http = not HTTP: { $reason }
gateway-http-failed = failed: { $message }
gateway-unreachable-no_name = its name { $host } could not be found
gateway-unreachable-not_tried = it could not be tried
gateway-unreachable-port = port { $port } gave: { $outcome }
gateway-unreachable =
    .title = The Remote Desktop Gateway { $host } cannot be reached
    .detail = Your connection goes through the gateway { $name }, but { $why }. If you are at home, check your internet connection; otherwise the gateway may be down.
gateway-unreachable-tls-none = no secure connection was made
gateway-unreachable-tls-failed = the secure connection failed: { $message }
gateway-unreachable-tls-timed_out = it did not answer the secure connection in time
gateway-unreachable-tls =
    .title = The Remote Desktop Gateway { $host } does not complete a secure connection
    .detail = The gateway's port answers, but { $why }.
gateway-cert_invalid-not_trusted = not trusted
gateway-cert_invalid =
    .title = The gateway's security certificate is not accepted: { $error }
    .detail = Unlike a remote PC, a gateway needs a certificate that this computer trusts, that is valid today and that is made out to the gateway's name; Remote Desktop refuses the gateway otherwise. IT must renew or replace the gateway's certificate.
gateway-ok =
    .title = The Remote Desktop Gateway { $host } answers
    .detail = It asks for sign-in ({ $schemes }) as a gateway should; no password was sent.
gateway-ok-no_method = no method named
gateway-websocket =
    .title = The gateway also offers its WebSocket transport
    .detail = Current Remote Desktop clients can use it through proxies that only pass web traffic.
gateway-no_answer =
    .title = The Remote Desktop Gateway { $host } does not answer
    .detail = It accepted the connection and the secure handshake, then sent nothing back to the gateway's request within { $ms } ms. The gateway service may be hung or overloaded: IT can check the Remote Desktop Gateway service (TSGateway) and its web server (IIS).
gateway-not_a_gateway =
    .title = { $host } is not answering as a Remote Desktop Gateway
    .detail = Its web server answered the gateway's request with { $answer }. The name may point to another web server, or the gateway role's HTTP transport is switched off.
gateway-through =
    .title = Not reachable directly (expected with a gateway): { $title }
    .detail = Your connection goes through the Remote Desktop Gateway { $gateway }, which reaches the remote PC for you, so this is normal. { $detail }


## The .rdp file (file)

input-rdp_file_disables_nla =
    .title = Your Remote Desktop file turns off sign-in before connecting, which the remote PC requires
    .detail = The file says "enablecredsspsupport:i:0", so the Remote Desktop app never uses Network Level Authentication, and this remote PC accepts nothing else. Ask IT for a corrected file, or change that line to "enablecredsspsupport:i:1".
input-rdp_file_requires_trusted_certificate =
    .title = Your Remote Desktop file refuses the remote PC's certificate
    .detail = The file says "authentication level:i:1" (do not connect unless the remote PC proves who it is with a trusted certificate), but the remote PC's certificate is self-made, expired or made out to another name. IT can give the PC a trusted certificate, or the line can be changed to "authentication level:i:2" (warn).
input-rdp_file_lines_skipped-file =
    .title = { $count ->
        [one] { $count } line of the Remote Desktop file is not a setting and was skipped
       *[other] { $count } lines of the Remote Desktop file are not settings and were skipped
    }
input-rdp_file_lines_skipped-link_source = rdp:// link
input-rdp_file_lines_skipped-link =
    .title = { $count ->
        [one] { $count } part of the rdp:// link is not a setting and was skipped
       *[other] { $count } parts of the rdp:// link are not settings and were skipped
    }
input-rdp_file_lines_skipped-more = { $shown } and { $more } more
input-rdp_file_lines_skipped =
    .detail = Remote Desktop passes over what it cannot read, and so did this check: { $listed }. If one of them was meant to set something (a port, a gateway), IT should correct it.


## This computer's Remote Desktop setup (client)

client-rdp_apps-none =
    .title = No Remote Desktop app was found on this computer
    .detail = You need a Remote Desktop app to connect: Microsoft's Windows App on Windows and macOS, FreeRDP or Remmina on Linux.
client-rdp_apps =
    .title = Remote Desktop apps on this computer: { $apps }
    .detail = Any of them can connect.
client-saved_credentials =
    .title = This computer has a saved sign-in for { $name }
    .detail = Remote Desktop uses it without asking. If your password changed, the saved one fails every time: remove it and sign in again.
client-credssp_policy-name = { $value ->
        [0] Force updated clients
        [2] Vulnerable
       *[other] Mitigated
    }
client-credssp_policy-unpatched_server =
    .title = This computer refuses to sign in to the remote PC because the remote PC misses a 2018 security update
    .detail = This computer's "Encryption Oracle Remediation" policy is "{ $name }", and the remote PC's sign-in (CredSSP) predates the fix for CVE-2018-0886. The real fix is to update the remote PC.
client-credssp_policy-vulnerable =
    .title = This computer still allows sign-in to PCs without the 2018 CredSSP update
    .detail = Its "Encryption Oracle Remediation" policy is "Vulnerable", a setting meant only as a stop-gap. Undo it once the remote PCs are updated.
client-credssp_policy =
    .title = This computer's CredSSP policy is "{ $name }"
    .detail = It signs in to updated remote PCs and refuses ones without the 2018 fix.
client-clock =
    .title = This computer's clock is { $span } { $direction ->
        [ahead] ahead of
       *[behind] behind
    } { $witness ->
        [both] the remote PC and the gateway
       *[gateway] the gateway
    }
    .detail = Sign-in and certificates depend on the time. Set this computer's clock to the correct time (Settings > Time & language > Set time automatically).


## Host mode (host)
host-not_windows =
    .detail-listening = This computer runs { $os }, so there are no Windows Remote Desktop settings to read. Run RDP Doctor on the Windows PC itself, or check it from here by its name. Something does accept connections on port 3389 here.
    .detail-not_listening = This computer runs { $os }, so there are no Windows Remote Desktop settings to read. Run RDP Doctor on the Windows PC itself, or check it from here by its name. Nothing accepts connections on port 3389 here.
    .detail = This computer runs { $os }, so there are no Windows Remote Desktop settings to read. Run RDP Doctor on the Windows PC itself, or check it from here by its name.
    .title = Host mode checks a Windows PC that others connect to
host-rdp_disabled =
    .detail-policy = Remote Desktop is switched off on this PC, so nobody can connect to it. Switch it on in Settings > System > Remote Desktop, or run the command below as administrator. A Group Policy sets this on this PC, so change the policy (gpedit.msc > Computer Configuration > Administrative Templates > Windows Components > Remote Desktop Services > Remote Desktop Session Host) or ask whoever manages it: the command alone would be overwritten.
    .detail = Remote Desktop is switched off on this PC, so nobody can connect to it. Switch it on in Settings > System > Remote Desktop, or run the command below as administrator.
    .title = Remote Desktop is switched off on this PC
host-nla =
    .title = People must sign in before the remote session starts (NLA is on)
    .detail = This is the secure default. Clients that cannot do NLA (very old ones, or with CredSSP switched off) cannot connect.
host-nla-off =
    .title = NLA is off: this PC shows its sign-in screen to anyone who connects
    .detail = Clients connect without signing in first. This works with old clients but lets anyone who reaches the PC see its sign-in screen; switch NLA back on when you can.
host-security_layer-rdp =
    .title = This PC uses only the old standard RDP security
    .detail = Modern clients expect TLS: set the security layer to Negotiate (1) or TLS (2).
host-security_layer-negotiate =
    .title = This PC negotiates its security layer (TLS when the client can)
    .detail = Clients that can use TLS do; old ones fall back to standard RDP security.
host-security_layer =
    .title = This PC requires TLS for Remote Desktop
    .detail = The secure default: clients must use TLS, and usually NLA.
host-port =
    .title = Remote Desktop uses the usual port, 3389
    .detail = Clients connect with the PC's name alone.
host-port-other =
    .title = Remote Desktop uses port { $port }, not the usual 3389
    .detail = Clients must add the port to the name (pc.example.com:{ $port }), and the firewall must allow port { $port }.
host-service_stopped-disabled =
    .title = The Remote Desktop service is disabled
host-service_stopped =
    .title = The Remote Desktop service is not running
    .detail = Without the Remote Desktop Services service (TermService), nothing answers on the Remote Desktop port. Start it with the command below.
host-not_listening =
    .detail = The Remote Desktop service may be starting, or its listener failed (see the System event log, source TermService or TerminalServices-RemoteConnectionManager).
    .detail-service_unknown = RDP Doctor could not read the state of the Remote Desktop service (see what could not be checked), so it cannot tell why: Remote Desktop may be switched off, its service stopped, or its listener failed.
    .title = Nothing accepts connections on port { $port } on this PC
host-firewall_closed =
    .title = Windows Firewall blocks Remote Desktop on this PC
    .detail-no_rules = The firewall has no "Remote Desktop" rules at all.
    .detail = The "Remote Desktop" rules exist but are switched off, so other computers cannot reach the port.
host-firewall_open =
    .title = Windows Firewall lets Remote Desktop in
    .detail = The "Remote Desktop" rules are switched on.
# A Windows Firewall profile, as in "lets Remote Desktop in on domain and private networks".
host-firewall_profile = { $profile ->
        [domain] domain
        [private] private
        [public] public
       *[other] { $profile }
    }
host-firewall_open-some =
    .title = Windows Firewall lets Remote Desktop in on { $profiles } networks
    .detail = On other kinds of network (for example one Windows marked "public") the port stays closed.
host-cert_ok =
    .title = The Remote Desktop certificate is valid until { $date }
    .detail = No certificate in the Remote Desktop store has expired.
host-cert_ok-none =
    .title = Windows will make a Remote Desktop certificate when the service starts
host-cert_expired =
    .title = This PC's Remote Desktop certificate expired on { $date }
    .detail = Clients refuse the connection or warn about the certificate. Windows normally renews it by itself; when it did not, remove the expired one and restart the service so Windows makes a new one.
    .detail-harmless = A valid certificate is in the store too, so Remote Desktop keeps working; the expired one can be removed.
host-machinekeys =
    .detail-missing = Windows keeps the certificate's private key in { $folder }. The folder is missing.
    .detail-admins = Windows keeps the certificate's private key in { $folder }. Administrators do not have full control of it.
    .detail-everyone = Windows keeps the certificate's private key in { $folder }. Everyone has lost the access Windows gives by default, so services cannot save keys.
    .detail-deny = Windows keeps the certificate's private key in { $folder }. A deny entry blocks a system account.
    .title = Windows may be unable to make a new Remote Desktop certificate
host-sleep_disabled =
    .title = This PC stays awake while plugged in
    .detail = Sleep and hibernate are off on mains power.
host-sleep_enabled =
    .title = This PC goes to sleep after { $span } without use, even when plugged in
    .detail = A sleeping PC cannot be reached by Remote Desktop: connections fail until someone wakes it.
host-sessions-full =
    .title = This PC is out of Remote Desktop sessions ({ $open } open, the limit is { $limit })
host-sessions =
    .title = { $n } disconnected sessions are still open on this PC
    .detail = Sessions people left without signing out keep their place. New connections fail with "too many connections" once the limit is reached. Sign those sessions out.
host-sessions_ok =
    .title = { $n ->
        [0] Nobody is connected right now
        [one] One person is signed in
       *[other] { $n } people are signed in
    }
    .detail = There is room for new connections.
# What host mode reads on this PC, as in "could not read the firewall rules and the sessions".
host-fact =
    .settings = Remote Desktop settings
    .policy = Group Policy settings
    .service = the Remote Desktop service
    .firewall = the firewall rules
    .certificates = the certificates
    .machine_keys = the MachineKeys folder
    .power = the sleep settings
    .sessions = the sessions
    .listening = the port
host-needs_admin =
    .title = Run RDP Doctor as administrator to check everything
    .detail = Windows did not let RDP Doctor read { $facts } without administrator rights. Right-click RDP Doctor, choose "Run as administrator" and check again.
host-unreadable =
    .title = Could not check { $facts }
    .detail = The commands below did not give an answer RDP Doctor understands, so these parts were not checked.
# A row of host mode that was not checked, and why.
host-row =
    .not_windows = Not checked: this is not a Windows PC
    .needs_admin = Not checked: needs administrator rights
    .no_answer = Not checked: Windows did not answer
host-report =
    .summary-not_windows = Host mode checks a Windows PC that others connect to; this computer is not one.
    .summary-all_good = Everything we checked works: this PC accepts Remote Desktop connections.
    .input = This PC as a Remote Desktop host

## Fixes
fix-connect_by_ip =
    .title = Connect by address ({ $address }) instead of by name
    .steps = Start Remote Desktop with the address { $address } instead of the name. If that works, tell IT that the name does not lead to the right computer.
fix-use_full_name =
    .steps-address = Type the computer's full name (for example pc.company.example, ask IT) or its address { $address } instead of the short name.
    .steps = Check the spelling, then type the computer's full name (for example pc.company.example) or its IP address, both of which IT can tell you.
    .title = Use the computer's full name or its address
fix-open_store_app =
    .title = Get Microsoft's current Remote Desktop app
    .steps = Install Microsoft's Windows App (the current Remote Desktop app) from your app store. On Linux, use FreeRDP or Remmina from your distribution.
fix-wake_on_lan =
    .title = Wake the remote PC over the network (Wake-on-LAN)
    .steps-command = If Wake-on-LAN is enabled on the remote PC, this wakes it by sending a "magic packet" to its network card ({ $mac }). Run it on a computer on the same network as the remote PC (over a VPN it works only when the VPN forwards broadcasts), then give the PC a minute to start. It changes nothing, so there is nothing to undo. If the PC does not wake, ask someone at the office to press its power button.
    .steps = If Wake-on-LAN is enabled on the remote PC, IT can wake it by sending a "magic packet" to its network card's MAC address from a computer on the same network (or through the VPN, when it forwards broadcasts). Otherwise ask someone at the office to press its power button.
fix-forget_saved_credentials =
    .title = Forget the password saved for this remote PC
    .steps = Windows keeps offering a saved password for { $target } that may no longer work (for example after it was changed). This removes it from this computer, so Remote Desktop asks for it again. Run it as yourself, not as administrator: each Windows account has its own saved passwords. A password saved under another spelling of the name (short name, full name or address) is separate: Control Panel > Credential Manager > Windows Credentials lists them all. There is no undo: you type the password again the next time you connect.
fix-flush_dns =
    .title = Clear this computer's memory of names
    .steps = Computers remember the addresses of names for a while. If the remote PC moved to another address (or you just connected the VPN), clearing that memory makes this computer ask again. It changes nothing else, so there is nothing to undo.
fix-reset_network_stack =
    .title = Reset this computer's network settings
    .risk = Needs a restart; network settings typed in by hand (a fixed address or DNS server) and some VPN or security software may need setting up again.
    .steps = When this computer cannot reach anything, or names stop working, these commands clear its memory of names (the first line, which needs no special rights) and put the network parts of Windows back to their defaults (the other two, which need a Command Prompt run as administrator, then a restart). There is no undo, and none is needed: they restore Windows' own defaults.
fix-test_port =
    .title = Check the Remote Desktop port from another computer
    .steps = To tell whether the problem lies with this computer's network or with the remote PC, run this on another computer, ideally one on the same network as { $host }. If it reports TcpTestSucceeded : True (nc says "succeeded" or "open"), the remote PC answers on port { $port } and the problem lies between this computer and it: the VPN, a firewall or the network. It only tests, so there is nothing to undo.
fix-check_port =
    .steps-usual_port = Remote Desktop uses port 3389 unless IT chose another one for this PC. Ask IT which port it uses and add it to the address after a colon (for example pc.example.com:3390), or check the address and port in the .rdp file IT gave you.
    .steps-other_port = You are connecting to port { $port }, but Remote Desktop uses port 3389 unless IT chose another one for this PC. Check the number after the colon in the address (or the port in the .rdp file) with IT, or try the address without it.
    .title = Check the port number
fix-check_port_forwarding =
    .title = Check the router's port forwarding
    .steps = If this address is a router that forwards port { $port } to the remote PC (typical for a home office or a small office reached over the internet), open the router's port-forwarding page and make sure port { $port } goes to the remote PC's own address on the local network and to its Remote Desktop port (3389). Another device now answers there: the PC may have got a new address, or the rule names another machine (a NAS, a camera, a server).
fix-use_as_gateway =
    .title = Enter this address as the Remote Desktop Gateway
    .steps = In Remote Desktop Connection (mstsc), type the name of the PC you want to reach as the computer, then open Show Options > Advanced > Settings, choose "Use these RD Gateway server settings" and enter { $gateway } as the server name. In the Windows App or Remote Desktop on a Mac, add { $gateway } as a gateway and choose it for the PC. IT can tell you the PC's name, or give you a .rdp file that holds both. To check both hops: rdp-doctor check <PC name> --gateway { $gateway }
fix-firewall_rule =
    .title = Allow Remote Desktop through { $pc ->
        [this] this PC's
       *[remote] the remote PC's
    } firewall
    .steps = On { $pc ->
        [this] this PC
       *[remote] the remote PC
    }, make sure Remote Desktop is switched on (Settings > System > Remote Desktop), then run one of these commands as administrator to open its port in Windows Firewall. If a network firewall or router sits in between, it must allow the port too.
fix-renew_certificate =
    .title = Renew { $pc ->
        [this] this PC's
       *[remote] the remote PC's
    } Remote Desktop certificate
    .steps = On { $pc ->
        [this] this PC
       *[remote] the remote PC
    }, open PowerShell as administrator and run this script. It removes only expired certificates from the Remote Desktop store, restarts the Remote Desktop service so Windows makes a new certificate, and shows the new certificate's thumbprint. There is no undo, and none is needed: what it removes had expired and could not be used.
    .risk = Restarting the Remote Desktop service disconnects everyone connected to that PC.
fix-rebuild_machinekeys =
    .title = Repair the key folder Windows needs to make a certificate
    .steps = When Windows cannot make or renew its Remote Desktop certificate (events 1057/1058 or Schannel 36870 on { $pc ->
        [this] this PC
       *[remote] the remote PC
    }), the permissions of its MachineKeys folder are usually broken. In an administrator Command Prompt on { $pc ->
        [this] this PC
       *[remote] the remote PC
    }, these commands save the current permissions, restore the ones Windows expects, and restart the Remote Desktop service.
    .risk = Other programs keep keys in this folder: the permissions are saved first so the undo can put them back. Restarting the service disconnects everyone on that PC.
fix-credssp_policy =
    .title = Let this computer talk to a remote PC that misses the 2018 CredSSP update
    .steps = The real fix is to install Windows updates on the remote PC. Until then, IT can allow this computer to connect by changing the "Encryption Oracle Remediation" policy here, and undo it as soon as the remote PC is updated.
    .risk = Lowers protection against a known attack (CVE-2018-0886): undo it once the remote PC is updated.
fix-nla_temporarily_off =
    .title = Turn off sign-in before connecting (NLA) on the remote PC, temporarily
    .steps = Only while the sign-in problem is being fixed: with NLA off, the remote PC shows its own sign-in screen instead of checking your account first. Turn it back on afterwards with the undo command.
    .risk = Lowers security: anyone who can reach the PC sees its sign-in screen. Undo it as soon as the problem is fixed.
fix-security_layer =
    .title = Let { $pc ->
        [this] this PC
       *[remote] the remote PC
    } use TLS encryption
    .steps = { $pc ->
        [this] This PC
       *[remote] The remote PC
    } is set to the old standard RDP security only. Setting its security layer to "Negotiate" lets clients use TLS while old clients still connect. A Group Policy setting (Require use of specific security layer) overrides this: check it too.
fix-disable_sleep =
    .title = Keep { $pc ->
        [this] this PC
       *[remote] the remote PC
    } awake while it is plugged in
    .steps = A PC that goes to sleep cannot be reached by Remote Desktop. Once someone has woken it, these commands (run as administrator on that PC) stop it from sleeping or hibernating while on mains power.
    .risk = The PC uses more power. The undo sets the usual Windows default of 30 minutes.
fix-enable_remote_desktop =
    .title = Switch on Remote Desktop on { $pc ->
        [this] this PC
       *[remote] the remote PC
    }
    .steps = Remote Desktop is switched off on { $pc ->
        [this] this PC
       *[remote] the remote PC
    }. In PowerShell or a Command Prompt run as administrator on that PC, these commands switch it on (the same as Settings > System > Remote Desktop) and open its port in Windows Firewall. The Command Prompt version names the firewall rules in English: on Windows in another language, use the PowerShell one. The undo switches Remote Desktop off again and closes the port.
    .risk = Anyone who can reach this PC over the network can try to sign in to it: keep it reachable only through the VPN or a Remote Desktop Gateway.
fix-start_rdp_service =
    .steps-disabled = The Remote Desktop service on { $pc ->
        [this] this PC
       *[remote] the remote PC
    } is disabled, so nothing answers connections. In PowerShell or a Command Prompt run as administrator on that PC, these commands let it start again when needed (as Windows sets it by default) and start it now. If it stops again by itself, the System event log on that PC says why. The undo stops the service again and disables it, which disconnects everyone connected to that PC.
    .steps-stopped = The Remote Desktop service on { $pc ->
        [this] this PC
       *[remote] the remote PC
    } is stopped, so nothing answers connections. In PowerShell or a Command Prompt run as administrator on that PC, this starts it. If it stops again by itself, the System event log on that PC says why. The undo stops the service again, which disconnects everyone connected to that PC.
    .title = Start the Remote Desktop service on { $pc ->
        [this] this PC
       *[remote] the remote PC
    }
fix-unbind_certificate =
    .title = Stop { $pc ->
        [this] this PC
       *[remote] the remote PC
    } using its expired certificate
    .steps = { $pc ->
        [this] This PC's
       *[remote] The remote PC's
    } Remote Desktop is set to use a certificate that has expired (thumbprint { $thumbprint }). Removing that setting makes Windows use its own certificate again, which connecting computers accept after a warning. Run one of these as administrator on { $pc ->
        [this] this PC
       *[remote] the remote PC
    }; the PowerShell version first checks that the setting still names this certificate. If a Group Policy puts the setting back, the certificate must be renewed where it comes from. The undo puts the setting back; it works only while that certificate is still on the PC.
    .risk = Restarting the Remote Desktop service disconnects everyone connected to that PC.
fix-reset_sessions =
    .which-none_listed = Reset each disconnected session with rwinsta followed by its number.
    .which-all = The commands below reset the disconnected sessions found during the check.
    .which-first = The commands below reset the first { $n } disconnected sessions found during the check; there are { $more } more, to reset the same way by the numbers qwinsta shows.
    .title = Free { $pc ->
        [this] this PC's
       *[remote] the remote PC's
    } Remote Desktop sessions
    .steps = { $pc ->
        [this] This PC
       *[remote] The remote PC
    } has no free Remote Desktop sessions: people who disconnected without signing out still hold them. In a Command Prompt run as administrator on that PC, qwinsta lists the sessions: check that each one to reset still shows as "Disc" (disconnected), since a number can be reused by someone who has signed in since. { $which } (logoff followed by the number is a gentler alternative that lets programs close.) There is no undo: a reset session is gone, with anything unsaved in it.
    .risk = Anything unsaved in those sessions is lost.

## Rows, summaries and reports
area-input = The remote PC
area-dns = Finding the computer (DNS)
area-network = This computer's network
area-reach = Reaching the Remote Desktop port
area-rdp = Remote Desktop security
area-tls = Encryption and certificate
area-nla = Sign-in security (NLA)
area-gateway = Remote Desktop Gateway
area-quality = Connection quality
area-client = This computer's Remote Desktop setup
area-host_setting = Remote Desktop switched on
area-host_service = Remote Desktop service and port
area-host_firewall = Windows Firewall
area-host_certificate = Remote Desktop certificate
area-host_power = Sleep settings
area-host_sessions = Sessions
row-input = { $host }, port { $port }
row-input-file = { $host }, port { $port } (from { $file })
row-looks-right = Looks right
row-network = Connected through { $interface }
row-network-vpn = Connected through { $interface }, VPN { $vpn } up
row-network-no-route = No default route; only local networks are reachable
row-skip = Not checked
row-skip-blocked = Not checked, because of the problem above: { $title }
row-skip-out-of-time = Not checked: the check ran out of time
row-skip-standard-security = Not used: the remote PC uses the older standard RDP security
row-skip-no-nla = Not used: the remote PC does not ask for sign-in first
row-skip-behind-gateway = Not checked directly: the connection goes through the gateway, which needs your sign-in first
row-skip-no-gateway = Not used: no Remote Desktop Gateway is set up for this connection
summary-you = { $title }. You can fix this yourself.
summary-it = { $title }. Your IT department can fix this.
summary-all-good = Everything we checked works: the remote PC should accept your connection.


## The text and HTML reports
render-none = none
render-fix = Fix: { $title } ({ $whom })
render-fix-heading = Fix: { $title }
render-fix-here = on this computer
render-fix-there = on the remote PC
render-fix-admin = as administrator
render-fix-for-it = for IT
render-risk = Risk: { $risk }
render-undo = Undo:
render-org-name-help = Checked for { $name } — help: { $help }
render-org-name = Checked for { $name }
render-org-help = Help: { $help }
render-error-code = Error code you saw: { $code }
render-evidence = Evidence: { $facts }
render-took = Checked in { $ms } ms.
shell-powershell = PowerShell
shell-cmd = Command Prompt
shell-sh = Shell
verdict-ok = All good
verdict-warn = Warning
verdict-fail = Problem found
verdict-skipped = Not checked
severity-ok = OK
severity-info = Note
severity-warn = Warning
severity-fail = Problem
severity-skipped = Skipped
# The HTML report's words (values come in escaped).
html-title = RDP Doctor report: { $target }
html-meta = { $tool } { $version } · checked { $start } · took { $ms } ms
html-meta-code = {" "}· error code seen: { $code }
html-checklist = Checklist
html-check = Check
html-result = Result
html-details = Details
html-time = Time
html-ms = { $ms } ms
html-findings = Findings

## Words: dates, spans, lists
words-date = { $day } { $month } { $year }
words-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
        [12] December
       *[other] ?
    }
words-when = { $date }, { $hour }:{ $minute } ({ $zone })
words-zone = { $name }, { $offset }
words-impossible_date = (an impossible date, { $unix })
words-earlier_today = earlier today
words-later_today = later today
words-tomorrow = tomorrow
words-yesterday = yesterday
words-days_ago = { $n } days ago
words-in_days = in { $n } days
words-seconds = { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }
words-minutes = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
words-hours = { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }
words-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
# "a, b and c": the items before the last joined by the separator.
words-list = { $init } and { $last }
words-list-separator = {", "}

## Lines of a .rdp file we skipped, and names we could not read
## (crates/engine/src/input.rs): lowercase fragments that never quote a value
skip-not_a_line = it is not of the form name:type:value
skip-not_a_link_part = it is not of the form name=type:value
skip-control_character = it contains a control character, such as a NUL byte
# $setting is one of the two below.
skip-setting = "{ $name }"
skip-unknown_setting = a setting
skip-unknown_type = { $setting } has a type other than s, i or b
skip-not_whole_number = { $setting } is not a whole number
skip-out_of_range = { $setting } is out of range for a 32-bit number
skip-not_hex = { $setting } is not hexadecimal
skip-odd_hex_digits = { $setting } has an odd number of hex digits
# Why a whole file is refused, after input-file_not_rdp's colon.
skip-utf16_big_endian = it is saved as UTF-16 big-endian, which Remote Desktop does not read; save it as Unicode (UTF-16LE) or UTF-8
skip-binary = it holds binary data, not Remote Desktop settings
# A computer's name or address, or a port, that cannot be used (model's TargetError).
name-empty = please type the name or address of the computer you connect to
name-invalid_host = "{ $input }" is not a computer name or address: { $reason }
name-invalid_port = "{ $port }" is not a valid port: a port is a number from 1 to 65535 (Remote Desktop uses 3389)
# What is wrong with the name: $reason of name-invalid_host and config-computer_invalid.
name-unclosed_bracket = the "[" has no closing "]"
name-after_bracket = only ":port" may follow "]"
name-not_ipv6_in_brackets = the part in brackets is not an IPv6 address
name-several_colons = it has several ":"; write an IPv6 address with a port as [address]:port
name-leading_backslashes = type the computer name without the leading \\
name-empty_name = the name is empty
name-too_long = a computer name is at most 253 characters long
name-character = names may contain only letters, digits, "-" and ".", not the character "{ $character }"
name-space_or_control = names may contain only letters, digits, "-" and ".", not a space or control character
name-empty_label = it has an empty part between dots
name-label_too_long = each part between dots is at most 63 characters long
name-label_hyphen = a part between dots cannot start or end with "-"
name-bad_ipv4 = it looks like an IPv4 address but is not a valid one
# The error code the user typed (model's ErrorCodeError); the session capitalises it.
name-error_code = "{ $code }" is not an error code; type it as shown by Remote Desktop, e.g. 0x904 or 0x904/0x7
## The page
# The desktop window's own words, served to it by `page_words` (engine::page::words): each
# message formatted with its placeholders left as `{name}` for the page to fill. Page messages
# use plain placeholders only (no selectors): a plural is two messages.

page-app-name = RDP Doctor
page-window-title = RDP Doctor — { $who } — { $word }
page-platform-windows = Windows
page-platform-macos = macOS
page-platform-linux = Linux
page-language-label = Language
page-language-fixed = Your IT department has set the language of RDP Doctor.
page-language-unknown = RDP Doctor does not speak the language “{ $tag }”.
page-not-connected = This window is not connected to RDP Doctor. Please close it and start RDP Doctor again.
page-something-wrong = Something went wrong inside RDP Doctor.
page-run-busy = A check is already running. Wait for it to finish, or press Cancel.
page-watch-busy = RDP Doctor is watching the connection. Press Stop watching first.

# A check
page-cancel = Cancel
page-cancelling = Cancelling…
page-host-shown = This PC (as a Remote Desktop host)
page-file-shown = { $name } (Remote Desktop file)
page-checking = Checking…
page-checking-host = Checking this PC’s Remote Desktop settings, service, firewall, certificate, sleep settings and sessions.
page-checking-target = Checking the connection to { $target }.
page-checking-connection = Checking the connection.
page-checking-sub = This usually takes a few seconds. Nothing is changed on any computer.
page-starting = Starting…
page-results-later = The results appear here when the check is done.
page-cancelled = Cancelled
page-cancelled-sentence = You stopped the check before it finished.
page-cancelled-sub = Nothing was changed. Press Check connection to start again.
page-cancelled-findings = The check was cancelled, so there are no results.
page-cancelled-checklist = The check was cancelled before any step ran.
page-cancelled-status = The check was cancelled.
page-could-not-cancel = The check could not be cancelled: { $why }
page-bad-code = Please check the error code
page-bad-code-sub = Or choose None if you did not see a code.
page-not-finished = The check did not finish
page-not-finished-sub = Please try again. If it keeps happening, send a screenshot of this window to your IT department.
page-not-finished-findings = The check did not finish, so there are no results.
page-not-finished-checklist = The check stopped before any step ran.

# Findings and fixes
page-nothing-to-report = Nothing to report.
page-more-show-works = Show what works ({ $count })
page-more-hide-works = Hide what works
page-more-show-notes = Show other notes ({ $count })
page-more-hide-notes = Hide other notes
page-more-show-both = Show what works and other notes ({ $count })
page-more-hide-both = Hide what works and other notes
page-old-fix = This fix belongs to an older check. Please run the check again.
page-done = Done.
page-fix-failed = That did not work: { $why }
page-wake-needs-mac = Type the network card address first (IT can tell you).
page-sent = Sent.

# The report's buttons
page-copied = The report is on the clipboard.
page-could-not-copy = The report could not be copied: { $why }
page-could-not-save = The report could not be saved: { $why }
page-sending = Saving the report and opening your e-mail app…
page-sent-to-it = The report is saved and your e-mail app is open.
page-could-not-send = The report could not be sent: { $why }
page-could-not-open-help = The help page could not be opened: { $why }
page-send-title = Save the report and write an e-mail to { $email }

# Files
page-could-not-open-file = The file could not be opened: { $why }
page-not-an-rdp-file = That is not a Remote Desktop file. Please drop a file whose name ends in .rdp.

# Watching
page-stop-watching = Stop watching
page-stopping = Stopping…
page-run-first = Run a check first, then watch its connection.
page-trying = Trying the connection once a second…
page-time-left = { $time } left
page-finishing = Finishing…
page-last-try = Last try, { $time }: { $words }.
page-watched-for = Watched for { $time }
page-finished-watching = Finished watching after { $attempts }.
page-stopped = Stopped
page-stopped-watching = Stopped watching after { $attempts }.
page-watching-stopped = Watching stopped: { $why }
page-could-not-stop = Watching could not be stopped: { $why }

# The word beside each state's icon (a row, a finding)
page-state-running = Checking…
page-state-ok = OK
page-state-info = Note
page-state-warn = Warning
page-state-fail = Problem
page-state-skipped = Skipped
page-state-cancelled = Cancelled
page-state-stopped = Not finished
page-state-unknown = Unknown
# The overall verdict's word, in the header and the banner
page-verdict-none = Not checked yet
page-verdict-running = Checking…
page-verdict-ok = All good
page-verdict-warn = Warning
page-verdict-fail = Problem found
page-verdict-cancelled = Cancelled
page-verdict-error = Check did not finish

# The checklist and the banner
page-checking-now = Checking now…
page-waiting-turn = Waiting for its turn…
page-step-not-finished = This step did not finish.
page-took = took{ " " }
page-not-understood = Not understood
page-target-from-file = { $target } (from { $file })
page-checked-target = Checked { $target }.
page-checked-target-in = Checked { $target } in { $took }.
page-open-a-result = Open a result for the details and what to do.

# IT's config
page-open-web-page = Open { $web }
page-checked-for = Checked for{ " " }
page-help-after-name = { " " }— help:{ " " }
page-help = Help:{ " " }
page-preset-file-title = Check the connection in the Remote Desktop file from IT
page-preset-check = Check{ " " }

# A finding's panel
page-explains-code = Explains { $code }
page-explains-your-error = Explains your error
page-who-can-fix = Who can fix it:{ " " }
page-who-it = your IT department
page-who-user = you, on this computer
page-how-to-fix = How to fix it
page-how-to-fix-choose = How to fix it (choose one)
page-facts-for-it = Facts for IT
page-reference = Reference:{ " " }
page-connect-by-address = Connect by address
page-copy-command = Copy command
page-copy-command-for-it = Copy command for IT
page-run-on = Run on:{ " " }
page-run-on-here = this computer
page-run-on-here-admin = this computer, as administrator
page-run-on-remote = the remote PC
page-run-on-remote-admin = the remote PC, as administrator
page-be-aware = Be aware:{ " " }
page-wake-mac-label = The PC’s network card address (MAC), if you know it
page-wake-mac-placeholder = e.g. 00-1A-2B-3C-4D-5E
page-wake-pc = Wake the PC
page-command-option = { $shell } (option { $n })
page-undo-later = To undo it later
page-shell-powershell = PowerShell
page-shell-cmd = Command Prompt
page-shell-sh = Terminal
page-command = Command
page-yes = Yes
page-no = No
page-time-ms = Time (ms)
# How evidence keys' words are written ("rtt" → "Round trip")
page-key-ip = IP
page-key-ips = IPs
page-key-dns = DNS
page-key-tcp = TCP
page-key-tls = TLS
page-key-rdp = RDP
page-key-nla = NLA
page-key-os = OS
page-key-id = ID
page-key-ms = (ms)
page-key-uri = URI
page-key-url = URL
page-key-san = SAN
page-key-cn = CN
page-key-ntlm = NTLM
page-key-netbios = NetBIOS
page-key-credssp = CredSSP
page-key-credssp-ex = CredSSP-EX
page-key-rdstls = RDSTLS
page-key-sha1 = SHA-1
page-key-sha256 = SHA-256
page-key-rsa = RSA
page-key-vpn = VPN
page-key-mac = MAC
page-key-ipv4 = IPv4
page-key-ipv6 = IPv6
page-key-rtt = Round trip

# Times and the watch plot
page-ms = { $n } ms
page-less-than-1-ms = <1 ms
page-seconds = { $n } s
page-minutes = { $m } min
page-minutes-seconds = { $m } min { $s } s
page-attempt-one = { $n } attempt
page-attempts = { $n } attempts
page-attempts-failed = { $attempts }, { $failed } failed
page-at-seconds = at { $n } s
page-sample-failed = failed: { $why }
page-no-answer = no answer
page-connected-in = connected in { $time }
page-answered-in = { $connected }; Remote Desktop answered in { $time }
page-try-label = Try { $n }, { $time }: { $words }
page-no-tries = Time to connect for each try: no tries yet.
page-for-one-try = Time to connect for the 1 try
page-for-tries = Time to connect for each of { $n } tries
page-worked-each = { $n } worked, each in { $time }
page-worked-range = { $n } worked, in { $fastest } to { $slowest }
page-none-failed = none failed
page-failed-at = { $time }: { $why }
page-and-more = ; and { $n } more
page-failed-list = { $n } failed ({ $list }{ $more })

# The window's fixed text (index.html, data-msg attributes)
page-html-computer = Computer
page-html-checked-on = Checked on
page-html-error-code = Error code
page-html-config-lead = Settings from your IT department:
page-html-target-label = Which computer do you connect to?
page-html-target-placeholder = pc.company.com or 10.0.0.5
page-html-code-label = Error code you saw
page-html-optional = (optional)
page-html-code-none = None
page-html-code-904-7 = 0x904, extended code 0x7
page-html-code-other = Other…
page-html-code-other-placeholder = e.g. 0x508 or 2308, or paste the whole error message
page-html-code-other-label = Other error code, as Remote Desktop showed it
page-html-check-connection = Check connection
page-html-open-file = Open .rdp file…
page-html-check-host = Check this PC as a Remote Desktop host
page-html-check-host-title = Run this on the PC that others connect to
page-html-presets-label = Set up by your IT department:
page-html-intro-heading = Find out why Remote Desktop won’t connect
page-html-intro-before = Type the name or address of the computer you connect to and press
page-html-intro-after = . RDP Doctor tries each step of a Remote Desktop connection, then tells you in plain words what works, what doesn’t, and who can fix it. It takes a few seconds.
page-html-intro-privacy = It never asks for your password, and it only talks to the computer you name.
page-html-intro-hint = Got a Remote Desktop file (.rdp) from IT? Open it with the button above, or drop it onto this window. A pasted rdp:// link or FreeRDP command line (/v:pc /g:gateway) works in the field too.
page-html-result = Result
page-html-copy-report = Copy report
page-html-save-report = Save report…
page-html-send-to-it = Send to IT
page-html-checks-heading = What we checked
page-html-findings-heading = What we found
page-html-show-what-works = Show what works
page-html-watch-heading = Watch the connection
page-html-watch-for = Watch for
page-html-watch-30 = 30 seconds
page-html-watch-60 = 1 minute
page-html-watch-300 = 5 minutes
page-html-start-watching = Start watching
page-html-no-attempts = 0 attempts, 0 failed
page-html-time-to-connect = Time to connect
page-html-try-failed = Try failed
page-html-open = Open
page-html-drop-title = Drop the .rdp file to check it
page-html-drop-sub = RDP Doctor reads the computer’s address from the file.

## Error codes the Remote Desktop app shows: what they mean

code-with-extended = { $base } { $extended }
# What a code means: its entry's errcode- message (the last section); these for a code
# without one, or an extended code in no list.
code-named = Microsoft calls it { $name }; no plain meaning is published.
code-no-meaning = Code 0x{ $code } has no published meaning.
code-extended-unknown = Extended code 0x{ $code } is not in our list.
# The lists codes come from, as "the list of …" ends.
code-list-disconnect = the Remote Desktop client's disconnect reasons
code-list-extended = the Remote Desktop client's extended disconnect reasons
code-list-errinfo = the error information Remote Desktop servers send (FreeRDP's ERRINFO codes)
code-list-errconnect = FreeRDP's connection errors (ERRCONNECT codes)
code-list-windows_app = the Windows App's and Azure Virtual Desktop's error codes
code-name = Microsoft's name for it is { $name }, in the list of { $list }.
code-in-list = It is in the list of { $list }; no name is published for it.
# How the text the user pasted was read.
code-read-dialog = Read from the text of the error message.
code-read-name = Read from FreeRDP's name { $name }.
code-read-freerdp = Read as FreeRDP's error number 0x{ $number }, which is code 0x{ $code }.
code-read-hex = Read as hexadecimal 0x{ $hex }: the same digits in decimal are not a Remote Desktop code.
code-read-decimal = Read as decimal { $digits }, which is 0x{ $hex } in hexadecimal.
code-other-reading = It could also be 0x{ $code } in the list of { $list }: { $meaning }.
# Who can fix what an account or licensing code points at, when its meaning does not say
# (the errcode- messages of codes users or IT fix say so themselves).
code-who-host_owner = Whoever runs the remote PC can fix this.
code-who-unknown = Ask your IT department or whoever runs the remote PC.
code-account =
    .title = This error is about your account, not the network
    .detail = { $meaning } No check from this computer can see accounts, so the checks below may all pass. { $who }
code-licensing =
    .title = This error is about Remote Desktop licensing, not the network
    .detail = { $meaning } Licences are handed out by the remote PC and its licence server, which no check from this computer can see. { $who }

## The app's session: errors, confirmations and dialog titles (crates/engine)

# What a host-mode check is of, as the window's header shows it.
session-this_pc = This PC
session-unknown_preset = That check is not in IT's list.
session-nothing_to_check = please name the computer to check, e.g. rdp-doctor check pc.example.com
session-cancelled = The check was cancelled.
session-watch_stopped = Watching was stopped.
session-no_report = Run a check first.
session-no_target_to_watch = There is nothing to watch: the last check could not understand the computer's name.
session-no_answer_to_watch = There is nothing to watch: the remote PC's port did not answer.
session-unknown_fix = That fix is not part of the current report.
session-wake_not_offered = Waking the PC is not part of the current report
session-no_support_email = IT's config file names no e-mail address to send the report to.
session-no_support_page = IT's config file names no web page.
session-report_copied = The report is on the clipboard: paste it into your support ticket.
# The file dialogs: their titles and the name of the kind of file they show.
session-pick_rdp_file =
    .title = Open the Remote Desktop file from your IT department
    .filter = Remote Desktop file
session-save_report =
    .title = Save the report for your IT department
    .filter = Web page
session-clipboard_failed = Could not use the clipboard: { $why }
session-store_failed = Could not open the app store: { $why }
session-could_not_start = Could not start { $program }: { $why }
session-too_slow = { $program } did not finish in time.
# A fix's program failed: the first line it wrote as an error, else its exit status.
session-program_said = { $program } said: { $line }
session-program_failed = { $program } failed ({ $status }).
session-rdp_file_unwritten = Could not write the connection file: { $why }
session-rdp_file_unopened = No Remote Desktop app opened the connection file: { $why }
session-save_failed = Could not save the report: { $why }
session-saved_both = Saved { $html } and { $json }.
# The first half of "Send to IT"'s answer; $files below is this sentence.
session-sent_files = Saved the report as { $html } (and { $json })
session-mail_opened = { $files }. Your e-mail app opens a message to { $email }: attach that file, then send it.
session-no_mail_app = { $files }, but no e-mail app opened ({ $why }): send that file to { $email } yourself.
session-page_failed = Could not open { $web }: { $why }
session-page_opened = Opened { $web } in your web browser.

## What the window offers beside a report (crates/engine/src/offers.rs)

# The watch card's introduction, once the remote PC's port answered.
watch-offer = Does it work, then drop? RDP Doctor can try the connection once a second and show every try.
# The confirmation before a fix the app acts on: the dialog's title and text, the button that
# goes ahead, and the status line when the user cancels.
confirm-launch =
    .title = Start Remote Desktop?
    .body = RDP Doctor starts Remote Desktop on this computer and connects to { $address }. You sign in there as usual.
    .body_no_address = RDP Doctor starts Remote Desktop on this computer. You sign in there as usual.
    .ok = Open
    .declined = Nothing was opened.
# $fix is the fix's title, $steps its steps.
confirm-run =
    .title = { $fix }?
    .body = { $steps } RDP Doctor runs this on this computer now.
    .ok = Run
    .declined = Nothing was run.
confirm-store =
    .title = Open your app store?
    .body = { $fix }: RDP Doctor opens its page in your app store on this computer. Nothing is installed unless you choose to.
    .ok = Open
    .declined = Nothing was opened.

## Values refused before they go into a command (crates/diagnose/src/shell.rs)

value-host_empty = The computer's name is empty.
# $char is one of value-char's descriptions.
value-host_char = A computer's name can contain only letters a to z, digits, '-' and '.', and this one contains { $char }.
value-host_too_long = A computer's name is at most 253 characters long, and this one has { $length }.
value-host_dots = A computer's name cannot start or end with '.', or have two dots in a row.
value-host_label_too_long = Each part of a computer's name between dots is at most 63 characters long.
value-host_label_dash = No part of a computer's name between dots can start or end with '-'.
value-host_like_ip = "{ $text }" looks like an IP address but is not a complete, valid one.
value-thumbprint_mark = The thumbprint starts with an invisible character (a left-to-right mark) that the Windows certificate window adds when you copy from it: delete the first character and try again.
value-thumbprint_char = A certificate thumbprint contains only the digits 0-9 and letters A-F, and this one contains { $char }.
value-thumbprint_length = A certificate thumbprint has 40 digits and letters, and this one has { $digits }.
value-mac_shape = A network card address (MAC) looks like AA-BB-CC-DD-EE-FF or AA:BB:CC:DD:EE:FF: six pairs of the digits 0-9 and letters A-F.
# $shape is value-mac_shape.
value-mac_char = { $shape } This one contains { $char }.
value-mac_not_one_card = That is not the address of one network card (it is empty, broadcast or multicast).
value-session_zero = Session 0 is where Windows' own services run, not a user's session.
value-session_listener = { $id } is not a user's session (ids from 65536 up are Remote Desktop's listeners).
value-session_not_number = A session id is a number such as 2, and this is "{ $text }".
value-session_too_large = That session id is too large.
# A character named so a person can find it, even when it is invisible or a look-alike; $code
# is its Unicode number (U+0430).
value-char =
    .space = a space
    .tab = a tab
    .line_break = a line break ({ $code })
    .invisible = an invisible character ({ $code })
    .control = a control character ({ $code })
    .plain = '{ $char }'
    .look_alike = '{ $char }' ({ $code }), which is not a plain letter: it may look like one but is a different character

## The command line's own sentences (crates/cli); clap's help is not here

# The first line of what clap said about the arguments, or cli-invalid_arguments.
cli-help =
    .about = Find out why a Remote Desktop connection fails
    .usage = Usage:
    .commands = Commands
    .command = COMMAND
    .options = Options
    .arguments = Arguments
    .help = Show this help
    .version = Show the version
    .config = IT's config file (default: rdp-doctor.toml beside this program, else this user's)
    .lang = The language to speak: en, de, es or fr (default: IT's config, else this computer's)
    .check = Check the connection to a remote PC: host, host:port, [IPv6]:port, an IP, a pasted rdp:// link or FreeRDP/mstsc command line (/v:pc /g:gw), or --rdp-file
    .host = Check this PC as a Remote Desktop host (Windows): switched on, service, firewall, certificate, sleep settings, sessions
    .config_command = Show which config file RDP Doctor uses and what it says (for IT: check a file before handing it out); exit 3 when it is broken
    .wake = Wake a sleeping PC with a Wake-on-LAN packet to its network card's address (MAC)
    .target = The computer you connect to, as you type it in Remote Desktop, or a pasted rdp:// link or FreeRDP/mstsc command line: /v:pc:3389 /g:gateway (quote it when it has options starting with "-" or "+"). Default: the first PC, or the .rdp file, of IT's config file
    .rdp_file = Take the computer (and its gateway) from a .rdp file instead
    .gateway = The RD Gateway the connection goes through, host[:port] (port 443 by default)
    .error = The error code Remote Desktop showed, as shown (0x904, 2308, 0x904/0x7, the dialog's text, ERRINFO_… or ERRCONNECT_… names): the findings that explain it come first
    .timeout = Time budget for the whole check, in seconds (default: the config file's, else 10)
    .watch = After the check, watch the connection for this long (e.g. 60s, 5m): one attempt a second, with a live count of failures, for links that fail now and then
    .json = Print the report as JSON
    .no_color = Never colour the output
    .facts_from = Judge command outputs recorded on another PC (with --record) instead of this PC's
    .record = Save the outputs of the commands host mode runs to this folder, to judge elsewhere
    .mac = The network card's address, e.g. 00:1A:2B:3C:4D:5E
    .near = The PC's IP address, to send on the network that holds it
cli-bad_arguments = { $problem }. Run rdp-doctor --help to see how to use it.
cli-problem =
    .unknown_option = { $option } is not an option here
    .unknown_command = "{ $command }" is not a command
    .conflict = { $option } cannot be used together with { $other }
    .missing = { $option } is needed
    .value = { $option } needs a value
cli-unknown_language = RDP Doctor does not speak "{ $language }"; it speaks { $languages }.
cli-invalid_arguments = invalid arguments
# `rdp-doctor config`: $places is one indented path a line.
cli-config-none =
    No config file: RDP Doctor runs on its defaults. It looks for one here:
    { $places }
# $how is one of the three below.
cli-config-file = Config file: { $path } ({ $how })
cli-config-given = given with --config
cli-config-beside_program = beside the program
cli-config-this_user = this user's
cli-config-organisation = Organisation: { $name }
cli-config-support = Support: { $parts }
# $what is the computer's name, cli-config-through_gateway or cli-config-rdp_file.
cli-config-to_check = To check: { $what }
cli-config-to_check_first = To check: { $what } (checked by default)
cli-config-through_gateway = { $pc } through the gateway { $gateway }
cli-config-rdp_file = the .rdp file { $path }
cli-config-gateway = Gateway for every computer: { $gateway }
cli-config-language = Language: { $language } (fixed by this file)
cli-config-timeout = Time budget: { $seconds } s
cli-config-fixes_hidden = Fixes hidden: { $fixes }
cli-config-admin_fixes_hidden = Fixes that need administrator rights: hidden
# `rdp-doctor host --record DIR`.
cli-recorded = Saved the output of { $n } commands in { $dir }.
cli-record_failed = could not save to { $dir }: { $why }
cli-not_a_folder = { $dir } is not a folder
cli-near_not_ipv4 = --near takes the PC's IPv4 address, e.g. 192.168.1.50
# The progress line on a terminal while a check runs: $row is the row's name.
cli-checking = checking: { $row }…
# The progress line while watching; $last is one of the three below.
cli-watching = watching: { $attempts } attempts, { $failed } failed, last { $last }
cli-watching-failed = failed: { $why }
cli-watching-ms = { $ms } ms
cli-watching-no_answer = no answer
cli-nothing_to_watch = Nothing to watch: the remote PC's port did not answer.
cli-could_not_start = rdp-doctor could not start: { $why }
cli-json_failed = could not write the report as JSON: { $why }

## What the user gave that cannot be checked (crates/engine/src/input.rs): lowercase
## fragments; the engine capitalises them and adds the full stop

# Where settings came from: $what in the sentences below, and what a numbered piece of it
# is called ($unit).
input-origin =
    .file = the file
    .link = the rdp:// link
    .line = line
    .part = part
input-file_unopened = the file { $file } cannot be opened: { $why }
input-file_unread = the file { $file } cannot be read: { $why }
input-file_too_large = the file { $file } is larger than 1 MB, too large to be a Remote Desktop file (they are a few KB)
input-file_not_rdp = the file { $file } is not a Remote Desktop file: { $why }
input-address_empty = { $what } names no computer: its 'full address' is empty
input-address_not_text = { $what } names no computer: its 'full address' on { $unit } { $line } is not text (type s)
# $why is one of the three below.
input-names_no_computer = { $what } names no computer: { $why }
input-address_unreadable = its 'full address' on { $unit } { $line } cannot be read ({ $reason })
input-no_address_line = it has no 'full address' line
input-no_address = it has no 'full address'
input-address_unusable = { $what }'s 'full address' is not usable: { $why }
# Settings passed over, listed as input-skipped_line in the report's evidence.
input-server_port_range = "server port" { $port } is not a port from 1 to 65535, so { $used } is used
input-server_port_type = "server port" is not a number (type i)
input-gateway_skipped = "gatewayhostname" is not usable ({ $why }), so no gateway is checked
input-skipped_line = { $unit } { $line }: { $reason }
input-command_line_problem = in the command line, { $problem }
input-option-needs_value = /{ $option }: needs a value after the colon
input-option-needs_gateway = /{ $option }: needs the gateway's name after it
input-option-usage_method = /{ $option } takes direct or detect
input-command_line_rdp_file = the command line names a .rdp file, not a computer: open the file itself in RDP Doctor
input-command_line_no_computer = the command line names no computer: add /v: with its name, e.g. /v:pc.example.com
input-gateway = the gateway { $why }
input-timeout = "{ $text }" is not a time budget: give a number of seconds from 1 to 300
input-watch = "{ $text }" is not a duration to watch: give seconds or minutes, e.g. 60s or 5m

## The e-mail "Send to IT" opens (crates/engine/src/send.rs)

# $about is the computer checked (or mail-this_pc), $verdict the report's verdict word.
mail-subject = RDP Doctor report: { $about } — { $verdict }
mail-this_pc = this PC as a Remote Desktop host
# Put where a too-long report was cut to fit the e-mail link.
mail-shortened = […shortened: the saved report has everything]
mail-ending =
    The full report is saved on this computer as:
    { $file }
    (Attach that file to this e-mail before you send it.)
mail-folder_full = { $dir } already holds 100 reports named { $stem }

## IT's config file and what is wrong with it (crates/engine/src/config): $what fragments
## are lowercase and name the setting

# Where and what: $file is the config file's path.
config-problem = { $file }: { $what }.
config-problem_on_line = { $file }, line { $line }: { $what }.
# What RDP Doctor does about it; $fact is config-problem without its full stop.
config-runs_on_defaults = { $fact }; RDP Doctor runs on its defaults.
config-uses_system_language = { $fact }, so RDP Doctor uses this computer's language.
config-no_such_file = there is no such file
config-unopened = it cannot be opened ({ $why })
config-unread = it cannot be read ({ $why })
config-not_text = the file is not plain text: save it as UTF-8 in your editor
config-too_large = the file is larger than { $kb } KB, too large to be RDP Doctor's config
# What each setting must hold, after its name ($expected below).
config-expected =
    .organisation = must be the organisation's name in quotes, e.g. organisation = "Contoso Ltd"
    .language = must be "auto" or a language RDP Doctor speaks: { $languages }
    .support = must be a section: a line [support] with the contact's name, email, phone and web below it
    .check = must be a section: a line [check] with pcs, gateway, rdp_file and timeout below it
    .fixes = must be a section: a line [fixes] with hide and hide_admin below it
    .name = must be the support team's name in quotes, e.g. name = "IT service desk"
    .email = must be an e-mail address in quotes, e.g. email = "servicedesk@example.com"
    .phone = must be a phone number in quotes, e.g. phone = "+1 555 0100"
    .web = must be a web address that starts with https:// or http://, in quotes
    .pcs = must be a list of computer names in quotes, e.g. pcs = ["pc042.corp.example"]
    .gateway = must be the RD Gateway's name in quotes, e.g. gateway = "rdgw.corp.example"
    .rdp_file = must name a .rdp file in quotes, e.g. rdp_file = "office.rdp"
    .timeout = must be a number of seconds from 1 to 300
    .hide = must be a list of fix ids in quotes, e.g. hide = ["fix.nla_temporarily_off"]
    .hide_admin = must be true or false
    .unknown = is not a setting RDP Doctor knows
config-wrong = "{ $key }" { $expected }
# TOML that does not parse; $said is the TOML parser's own words.
config-section_twice = the section [{ $key }] appears twice: keep one
config-set_twice = "{ $key }" is set twice: keep one
config-section_not_toml = the section line [{ $key }] is not valid TOML ({ $said })
config-wrong_toml = "{ $key }" { $expected } (TOML says: { $said })
config-line_not_toml = the line of "{ $key }" is not valid TOML ({ $said })
config-not_toml = this line is not valid TOML ({ $said })
# A setting where it does not belong.
config-belongs_in = "{ $key }" belongs in the [{ $section }] section, below a line [{ $section }]
config-before_sections = "{ $key }" must come before the first [section] line: here TOML reads it as part of [{ $section }]
# $place is empty at the top of the file, else config-in_section.
config-in_section = {" "}in [{ $section }]
config-unknown_near = "{ $key }" is not a setting RDP Doctor knows{ $place } (did you mean "{ $near }"?)
config-unknown = "{ $key }" is not a setting RDP Doctor knows{ $place }; the settings there are { $settings }
config-one_line = "{ $key }" must fit on one line
config-too_long = "{ $key }" is longer than { $max } characters
config-language = "language" is "{ $language }", a language RDP Doctor does not speak (it speaks { $languages })
config-too_many_pcs = "pcs" lists more than { $max } computers
# A computer name that cannot be used; $verb is "is" (gateway) or "lists" (pcs).
config-computer_empty = "{ $key }" { $verb ->
        [lists] lists
       *[is] is
    } an empty computer name
config-computer_invalid = "{ $key }" { $verb ->
        [lists] lists
       *[is] is
    } "{ $input }", which is not a computer name or address ({ $reason })
config-computer_port = "{ $key }" { $verb ->
        [lists] lists
       *[is] is
    } the port "{ $port }", which is not a number from 1 to 65535
config-unknown_fix_near = "hide" lists "{ $fix }", which is not one of RDP Doctor's fixes (did you mean "{ $near }"?)
config-unknown_fix = "hide" lists "{ $fix }", which is not one of RDP Doctor's fixes; the example config lists them all

## Waking the PC (crates/engine/src/lib.rs)

# $to is the broadcast address the packet went to, $interface this computer's network card.
wake-sent = Sent a wake-up packet to { $to }. Give the PC a minute to start, then check again.
wake-sent_through = Sent a wake-up packet to { $to } through { $interface }. Give the PC a minute to start, then check again.
# Why no packet was sent; $reason is the system's own words.
wake-bad_mac = "{ $shown }" is not a network card address (MAC): it looks like AA:BB:CC:DD:EE:FF
wake-not_one_card = that is not the address of one network card (it is empty, broadcast or multicast)
wake-no_socket = could not open a network socket: { $reason }
wake-no_broadcast = this computer does not allow broadcasts: { $reason }
wake-not_sent = the wake-up packet could not be sent to { $to }: { $reason }

## Error codes: what each one means, in plain words (data/error_codes.toml)

errcode-disconnect-0 = The connection ended, and the Remote Desktop app was not told why.
errcode-disconnect-1 = You, or a program on this computer, closed the connection; this is not an error. You can connect again whenever you like.
errcode-disconnect-2 = Someone on the remote PC's side disconnected the session; this is not an error. You can connect again.
errcode-disconnect-3 = The remote PC closed the connection on purpose; this by itself is not a fault.
errcode-disconnect-104 = The name of the remote PC could not be found on the network. Check the spelling of the name, and whether you need to be connected to the company network (VPN) first.
errcode-disconnect-106 = The Remote Desktop app on this computer ran out of memory. Closing other programs, or restarting this computer, may help.
errcode-disconnect-108 = The remote PC did not answer in time, so the connection attempt gave up.
errcode-disconnect-204 = This computer could not reach the remote PC: it may be switched off, asleep, not reachable from here, or blocked by a firewall.
errcode-disconnect-206 = The Remote Desktop app on this computer ran out of memory. Closing other programs, or restarting this computer, may help.
errcode-disconnect-208 = The remote PC could not be found on the network. Check the spelling of its name, and whether you need to be connected to the company network (VPN) first.
errcode-disconnect-304 = Sending data to the remote PC failed, usually because the network connection dropped.
errcode-disconnect-306 = The Remote Desktop app on this computer ran out of memory. Closing other programs, or restarting this computer, may help.
errcode-disconnect-308 = The address you entered is not a valid network address. Check it and type it again.
errcode-disconnect-404 = Receiving data from the remote PC failed, usually because the network connection dropped.
errcode-disconnect-406 = The security information exchanged with the remote PC was not valid, so the connection could not be set up securely.
errcode-disconnect-408 = The Remote Desktop app on this computer ran into an internal error.
errcode-disconnect-506 = The encryption method that was asked for is not valid, so the connection could not be protected.
errcode-disconnect-508 = The name of the remote PC could not be found on the network. Check the spelling of the name, and whether you need to be connected to the company network (VPN) first.
errcode-disconnect-604 = Looking up the remote PC's name on the network failed. Check the spelling of the name, and whether you need to be connected to the company network (VPN) first.
errcode-disconnect-606 = The remote PC sent security information that is not valid.
errcode-disconnect-608 = A timer inside the Remote Desktop app on this computer failed.
errcode-disconnect-704 = Something took too long while connecting, so the Remote Desktop app gave up.
errcode-disconnect-706 = The remote PC's security certificate, which proves which computer it is, could not be read.
errcode-disconnect-804 = The address given for the remote PC is wrong. Check it and type it again.
errcode-disconnect-807 = Signing in failed: the user name or password may be wrong. Type them again carefully.
errcode-disconnect-808 = The remote PC could not get a Remote Desktop licence for this connection. Your IT department has to fix the licensing.
errcode-disconnect-904 = The connection was closed, often by the remote PC itself or by something on the network in between.
errcode-disconnect-906 = An internal security error happened while connecting.
errcode-disconnect-908 = Getting a Remote Desktop licence took too long, so the connection gave up. Your IT department has to check the server that hands out Remote Desktop licences.
errcode-disconnect-a06 = An internal security error happened while connecting.
errcode-disconnect-a07 = There is no account with the user name you entered. Check the user name and type it again.
errcode-disconnect-b06 = Encrypting the data for the connection failed.
errcode-disconnect-b07 = Your user account is disabled. Your IT department has to enable it again.
errcode-disconnect-c06 = Data from the remote PC could not be decrypted.
errcode-disconnect-c07 = A restriction on your user account blocks this sign-in. Your IT department can tell you which one.
errcode-disconnect-c08 = The Remote Desktop app could not unpack compressed data sent by the remote PC.
errcode-disconnect-d07 = Your user account is locked, usually after too many wrong passwords. Your IT department has to unlock your account.
errcode-disconnect-e07 = Your user account has expired. Your IT department has to extend it.
errcode-disconnect-f07 = Your password has expired and must be changed before you can connect. Your IT department can tell you how to change it.
errcode-disconnect-1207 = Your password must be changed before this account can sign in for the first time. Your IT department can tell you how to change it.
errcode-disconnect-1607 = A security policy does not allow your sign-in details to be passed on to this remote PC. Your IT department has to change the policy.
errcode-disconnect-1707 = Your sign-in details were not passed on because the remote PC's identity could not be properly checked (only an older sign-in method was available). Your IT department has to change the policy or the remote PC's setup.
errcode-disconnect-1807 = The server that checks your company sign-in could not be reached; the domain name may be wrong or that server may be out of reach.
errcode-disconnect-1b07 = The security certificate that was received has expired.
errcode-disconnect-1c07 = The smart card PIN you entered is wrong. Type it again carefully.
errcode-disconnect-2107 = The remote PC does not accept saved sign-in details. Type your user name and password again.
errcode-disconnect-2207 = Your smart card is blocked. Your IT department has to unblock or replace it.
errcode-extended-0 = There is no extra information about why the connection ended.
errcode-extended-1 = A program, for example an administrator's tool, disconnected the session.
errcode-extended-2 = A program, for example an administrator's tool, signed you out of the session.
errcode-extended-3 = The session was idle for longer than the remote PC allows, so it was disconnected. You can connect again to carry on.
errcode-extended-4 = The session reached the remote PC's time limit, so it was disconnected. Your IT department sets this time limit.
errcode-extended-5 = Someone else connected to the same session, which pushed this connection off.
errcode-extended-6 = The remote PC ran out of memory.
errcode-extended-7 = The remote PC refused the connection.
errcode-extended-8 = The remote PC refused the connection for security reasons (its FIPS security setting). Your IT department has to change the security settings.
errcode-extended-9 = Your account is not allowed to connect to the remote PC. Your IT department has to give it access.
errcode-extended-a = The remote PC wants you to type your user name and password again instead of using saved ones. Type them in and connect again.
errcode-extended-b = Something done in your own session on the remote PC disconnected it.
errcode-extended-c = You signed out, which ended the session; this is not an error. You can connect again to start a new session.
errcode-extended-100 = The remote PC's Remote Desktop licensing ran into an internal error. Your IT department has to fix the licensing.
errcode-extended-101 = No server that hands out Remote Desktop licences could be found. Your IT department has to fix the licensing.
errcode-extended-102 = No Remote Desktop licence was available for this connection. Your IT department has to provide more licences.
errcode-extended-103 = The remote PC received a licence message from your Remote Desktop app that was not valid. Your IT department has to look into the licensing.
errcode-extended-104 = The Remote Desktop licence stored on this computer does not match this computer. Your IT department has to look into the licensing.
errcode-extended-105 = The Remote Desktop licence stored on this computer has a problem. Your IT department has to look into the licensing.
errcode-extended-106 = Network problems interrupted getting a Remote Desktop licence. If it keeps happening, your IT department has to look into it.
errcode-extended-107 = Your Remote Desktop app stopped the licence step before it finished. Your IT department has to look into the licensing.
errcode-extended-108 = A licence message was encrypted incorrectly. Your IT department has to look into the licensing.
errcode-extended-109 = The Remote Desktop licence stored on this computer could not be upgraded or renewed. Your IT department has to look into the licensing.
errcode-extended-10a = The remote PC is not licensed to accept remote connections. Your IT department has to fix the licensing.
errcode-extended-10b = This computer was not allowed to create the place where it stores Remote Desktop licences. Your IT department has to fix the permissions on this computer.
errcode-extended-300 = The user name or password was not accepted. Type them again carefully.
errcode-extended-1000 = This marks the start of the range of internal Remote Desktop errors; the remote PC's event log has the details.
errcode-extended-7fff = This marks the end of the range of internal Remote Desktop errors; the remote PC's event log has the details.
errcode-errinfo-0 = No error happened; this code means nothing by itself.
errcode-errinfo-1 = An administrator's tool on the remote PC, used from another session, disconnected you.
errcode-errinfo-2 = An administrator's tool on the remote PC, used from another session, signed you out.
errcode-errinfo-3 = You were idle longer than the remote PC allows, so it disconnected you. You can connect again to carry on.
errcode-errinfo-4 = The session reached the remote PC's time limit for a session. Your IT department sets this time limit.
errcode-errinfo-5 = Another connection to the remote PC pushed yours off.
errcode-errinfo-6 = The remote PC ran out of memory.
errcode-errinfo-7 = The remote PC refused the connection.
errcode-errinfo-8 = The remote PC refused the connection because of its FIPS security setting. Your IT department has to change the security settings.
errcode-errinfo-9 = Your account is not allowed to connect to the remote PC. Your IT department has to give it access.
errcode-errinfo-a = The remote PC does not accept saved sign-in details. Type your user name and password each time you connect.
errcode-errinfo-b = An administrator's tool running in your own session on the remote PC disconnected you.
errcode-errinfo-c = You signed out of the remote session, which ended the connection; this is not an error. You can connect again to start a new session.
errcode-errinfo-f = The remote PC closed the connection because one of its screen or input drivers was not ready.
errcode-errinfo-10 = The part of Windows that draws the desktop on the remote PC crashed.
errcode-errinfo-11 = The remote PC closed the connection because one of its drivers failed.
errcode-errinfo-12 = The remote PC closed the connection because a driver connection failed.
errcode-errinfo-17 = The part of Windows that handles sign-in on the remote PC crashed.
errcode-errinfo-18 = A core part of Windows on the remote PC crashed.
errcode-errinfo-100 = The remote PC's Remote Desktop licensing ran into an internal error. Your IT department has to fix the licensing.
errcode-errinfo-101 = No server that hands out Remote Desktop licences could be found. Your IT department has to fix the licensing.
errcode-errinfo-102 = There are no Remote Desktop licences left for the remote PC. Your IT department has to provide more licences.
errcode-errinfo-103 = The remote PC received a licence message from your Remote Desktop app that was not valid. Your IT department has to look into the licensing.
errcode-errinfo-104 = The Remote Desktop licence stored on this computer has been changed. Your IT department has to look into the licensing.
errcode-errinfo-105 = The Remote Desktop licence stored on this computer is in the wrong format. Your IT department has to look into the licensing.
errcode-errinfo-106 = Network problems interrupted getting a Remote Desktop licence. If it keeps happening, your IT department has to look into it.
errcode-errinfo-107 = Your Remote Desktop app stopped the licence step before it finished. Your IT department has to look into the licensing.
errcode-errinfo-108 = A licence message was encrypted incorrectly. Your IT department has to look into the licensing.
errcode-errinfo-109 = The Remote Desktop licence stored on this computer could not be upgraded or renewed. Your IT department has to look into the licensing.
errcode-errinfo-10a = The remote PC is not licensed to accept remote connections. Your IT department has to fix the licensing.
errcode-errinfo-400 = The service that sends you on to the right remote PC could not find the computer you should go to. Your IT department has to look into it.
errcode-errinfo-402 = The remote PC you were being sent to is leaving the service that shares out the remote PCs. Your IT department has to look into it if it keeps happening.
errcode-errinfo-404 = Something went wrong while you were being passed on to your remote PC. Your IT department has to look into it if it keeps happening.
errcode-errinfo-405 = Something went wrong while waking up your virtual remote PC. Your IT department has to look into it if it keeps happening.
errcode-errinfo-406 = Something went wrong while starting your virtual remote PC. Your IT department has to look into it if it keeps happening.
errcode-errinfo-407 = The network address of your virtual remote PC could not be found. Your IT department has to look into it.
errcode-errinfo-408 = All the remote PCs you can be sent to are busy. Your IT department has to look into it if it keeps happening.
errcode-errinfo-409 = The service that sends you on to the right remote PC cancelled the connection. Your IT department has to look into it if it keeps happening.
errcode-errinfo-410 = The routing settings your Remote Desktop app sent could not be checked by the service that sends you on to the right remote PC. Your IT department has to check the connection settings they gave you.
errcode-errinfo-411 = Starting your virtual remote PC took too long. Your IT department has to look into it if it keeps happening.
errcode-errinfo-412 = A monitoring error happened while starting your virtual remote PC. Your IT department has to look into it if it keeps happening.
errcode-errinfo-10c9 = The remote PC could not accept a data message of a type it does not know from your Remote Desktop app.
errcode-errinfo-10ca = The remote PC could not accept a control message of a type it does not know from your Remote Desktop app.
errcode-errinfo-10cb = The remote PC could not accept a data message that came out of order from your Remote Desktop app.
errcode-errinfo-10cd = The remote PC could not accept a control message that came out of order from your Remote Desktop app.
errcode-errinfo-10ce = The remote PC could not accept a control message with an action that is not valid from your Remote Desktop app.
errcode-errinfo-10cf = The remote PC could not accept a keyboard or mouse event of a type that is not valid from your Remote Desktop app.
errcode-errinfo-10d0 = The remote PC could not accept a mouse event with settings that are not valid from your Remote Desktop app.
errcode-errinfo-10d1 = The remote PC could not accept a request to redraw part of the screen that is not valid from your Remote Desktop app.
errcode-errinfo-10d2 = The remote PC failed to build its reply while setting up the connection.
errcode-errinfo-10d3 = Setting up the connection's data channels failed.
errcode-errinfo-10d4 = The remote PC could not accept a confirmation message that carried the wrong session number from your Remote Desktop app.
errcode-errinfo-10d5 = The remote PC could not accept a confirmation message that carried the wrong sender number from your Remote Desktop app.
errcode-errinfo-10da = The remote PC could not accept a list of stored pictures that was too short to read from your Remote Desktop app.
errcode-errinfo-10db = The remote PC could not accept a list of stored pictures that was started twice from your Remote Desktop app.
errcode-errinfo-10dc = The remote PC could not accept a list of stored pictures with more pictures than allowed in total from your Remote Desktop app.
errcode-errinfo-10dd = The remote PC could not accept a list of stored pictures with more pictures than one store can hold from your Remote Desktop app.
errcode-errinfo-10de = The remote PC could not accept a keyboard or mouse message that was too short to read from your Remote Desktop app.
errcode-errinfo-10df = The remote PC could not accept a picture-store error message that was too short to read from your Remote Desktop app.
errcode-errinfo-10e0 = The remote PC could not accept a fast keyboard or mouse message that was missing part of its security signature from your Remote Desktop app.
errcode-errinfo-10e1 = The remote PC could not accept data for an extra channel (such as the clipboard or printers) that was too short to read from your Remote Desktop app.
errcode-errinfo-10e2 = The remote PC could not accept a message that was too short to read from your Remote Desktop app.
errcode-errinfo-10e3 = The remote PC could not accept a request to pause or resume screen updates that was not valid from your Remote Desktop app.
errcode-errinfo-10e5 = The remote PC could not accept a list of its abilities that was too short to read from your Remote Desktop app.
errcode-errinfo-10e7 = The remote PC could not accept a description of its abilities that was too short to read from your Remote Desktop app.
errcode-errinfo-10e8 = The remote PC could not accept a description of its abilities that claimed to be longer than the data actually sent from your Remote Desktop app.
errcode-errinfo-10e9 = The remote PC could not accept the statement that it has no room to store mouse pointer shapes from your Remote Desktop app.
errcode-errinfo-10ea = The remote PC could not accept the abilities it offered from your Remote Desktop app.
errcode-errinfo-10ec = Compressed data on an extra channel (such as the clipboard or printers) could not be unpacked.
errcode-errinfo-10ed = The remote PC could not accept data for an extra channel (such as the clipboard or printers) packed in a way that is not valid from your Remote Desktop app.
errcode-errinfo-10ef = The remote PC could not accept data sent on an extra channel that does not exist from your Remote Desktop app.
errcode-errinfo-10f0 = The remote PC could not accept a request for more than the 31 extra channels allowed from your Remote Desktop app.
errcode-errinfo-10f3 = The remote PC only offers single programs (RemoteApp), but your Remote Desktop app asked for a full desktop. Your IT department has to give you the right connection settings.
errcode-errinfo-10f4 = The remote PC could not accept a list of stored pictures sent before the needed ability was announced from your Remote Desktop app.
errcode-errinfo-10f5 = The remote PC could not accept a picture-store error message that did not match its own length from your Remote Desktop app.
errcode-errinfo-10f6 = The remote PC could not accept an off-screen picture-store error message that was too short to read from your Remote Desktop app.
errcode-errinfo-10f7 = The remote PC could not accept a picture-store error message (DrawNineGrid) that was too short to read from your Remote Desktop app.
errcode-errinfo-10f8 = The remote PC could not accept a drawing error message (GDI+) that was too short to read from your Remote Desktop app.
errcode-errinfo-1111 = The remote PC could not accept a security header that was too short to read from your Remote Desktop app.
errcode-errinfo-1112 = The remote PC could not accept an encryption header that was too short to read from your Remote Desktop app.
errcode-errinfo-1113 = The remote PC could not accept a security exchange message that was too short to read from your Remote Desktop app.
errcode-errinfo-1114 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1115 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1116 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1117 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1118 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1119 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-111a = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-111b = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-111c = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-111d = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-111e = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-111f = The remote PC could not accept a reconnection key longer than the 128 bytes allowed from your Remote Desktop app.
errcode-errinfo-1120 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1121 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1122 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1123 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1124 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1125 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1126 = The remote PC could not accept sign-in information that was too short to read from your Remote Desktop app.
errcode-errinfo-1129 = The remote PC could not accept a number of screens that is not valid from your Remote Desktop app.
errcode-errinfo-112a = Unpacked data on an extra channel (such as the clipboard or printers) was bigger than agreed.
errcode-errinfo-112b = The remote PC could not accept a message on an extra channel (such as the clipboard or printers) that was bigger than the agreed size from your Remote Desktop app.
errcode-errinfo-112c = The remote PC could not accept an acknowledgement of a screen update that was not valid from your Remote Desktop app.
errcode-errinfo-112d = The remote PC does not support the graphics mode your Remote Desktop app asked for.
errcode-errinfo-112e = The remote PC's graphics system failed to restart.
errcode-errinfo-112f = The remote PC's graphics system broke down and cannot keep drawing the screen.
errcode-errinfo-1130 = The remote PC could not accept time zone information that was too short to read from your Remote Desktop app.
errcode-errinfo-1131 = The remote PC could not accept a time zone name that was longer than allowed from your Remote Desktop app.
errcode-errinfo-1132 = The remote PC could not accept time zone information that left out the daylight saving time setting from your Remote Desktop app.
errcode-errinfo-1133 = Something went wrong while handling data on an extra channel (such as the clipboard or printers).
errcode-errinfo-1134 = The desktop your Remote Desktop app asked for (all screens together) is larger than the remote PC allows. Using fewer screens or a smaller window may help.
errcode-errinfo-1135 = The remote PC could not accept the layout of your screens, which did not pass its checks from your Remote Desktop app.
errcode-errinfo-1136 = The remote PC could not accept a number of screens that is not allowed from your Remote Desktop app.
errcode-errinfo-1191 = Renewing the encryption keys of the connection failed (with the older Remote Desktop security).
errcode-errinfo-1192 = Decrypting data, or creating the encryption keys, failed (with the older Remote Desktop security).
errcode-errinfo-1193 = Encrypting data failed (with the older Remote Desktop security).
errcode-errinfo-1194 = Your Remote Desktop app and the remote PC have no encryption method in common. Your IT department has to change the security settings.
errcode-errinfo-1195 = Data that should have been encrypted arrived unencrypted.
errcode-errinfo-1196 = The connection to the other side was lost.
errcode-errconnect-1 = A problem with the settings stopped the connection before it started.
errcode-errconnect-2 = The connection failed, and no reason was given.
errcode-errconnect-3 = The connection was set up, then stopped because of a problem with the settings.
errcode-errconnect-4 = The name of the remote PC could not be looked up. Check the spelling of the name, and whether you need to be connected to the company network (VPN) first.
errcode-errconnect-5 = The name of the remote PC was not found. Check the spelling of the name, and whether you need to be connected to the company network (VPN) first.
errcode-errconnect-6 = The connection to the remote PC failed.
errcode-errconnect-7 = The connection failed at the first step of setting up the Remote Desktop session.
errcode-errconnect-8 = The protected (encrypted) connection to the remote PC could not be set up.
errcode-errconnect-9 = Signing in failed, so the connection was stopped. Check your user name and password and type them again.
errcode-errconnect-a = Your account is not allowed to connect. Your IT department has to give it access.
errcode-errconnect-b = The connection was cancelled. You can connect again.
errcode-errconnect-c = Your Remote Desktop app and the remote PC could not agree on how to protect the connection.
errcode-errconnect-d = The network connection underneath Remote Desktop failed.
errcode-errconnect-e = Your password has expired and must be changed before you can connect. Your IT department can tell you how to change it.
errcode-errconnect-f = Your password has most likely expired and must be changed. Your IT department can tell you how to change it.
errcode-errconnect-10 = Your account, or this computer's access, has been withdrawn. Your IT department has to look into it.
errcode-errconnect-11 = The company server that checks sign-ins (Kerberos) could not be reached.
errcode-errconnect-12 = Your user account is disabled. Your IT department has to enable it again.
errcode-errconnect-13 = Your password must be changed before you can sign in. Your IT department can tell you how to change it.
errcode-errconnect-14 = Signing in failed. Check your user name and password and type them again.
errcode-errconnect-15 = The password is wrong. Type it again carefully.
errcode-errconnect-16 = Access was denied. Your IT department has to check that your account may connect.
errcode-errconnect-17 = A restriction on your account blocks this sign-in. Your IT department can tell you which one.
errcode-errconnect-18 = Your account is locked. Your IT department has to unlock your account.
errcode-errconnect-19 = Your account has expired. Your IT department has to extend it.
errcode-errconnect-1a = Your account is not allowed this kind of sign-in (for example, signing in remotely). Your IT department has to give it that right.
errcode-errconnect-1b = The sign-in details are missing or not valid. Type your user name and password again.
errcode-errconnect-1c = The remote session took too long to become ready.
errcode-errconnect-1d = The remote PC is still starting up. Wait a few minutes, then connect again.
errcode-windows_app-3000043 = The Remote Desktop app could not load the security parts it needs to protect the connection.
errcode-windows_app-3000046 = There is no remote desktop or app available for you right now. Try again later, or contact your IT department if it keeps happening.
errcode-windows_app-3000047 = An error occurred while opening the remote desktop or app you were given. Try again, or contact your IT department if it keeps happening.

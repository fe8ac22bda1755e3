# RDP Doctor's words, in English. One section per area of the checks; a message per finding
# (named after its id, `.` → `-`) with `.title` and `.detail`, a message per fix with
# `.title`, `.steps` and `.risk`. Titles and details are for a remote worker who has never
# heard of TLS; evidence (not here) is for IT. To translate: copy this file to
# `<language>.ftl` and change the text, never the names or the `{ $values }`.
# Fluent syntax: https://projectfluent.org/fluent/guide/ — a literal brace is {"{"}, a value
# that starts with a space starts with {" "}.

## What the user told us: the error code

input-error_code =
    .title = You saw error { $code }: { $meaning }
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
rdp-service-certificate-subject = to "{ $subject }"
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


## Network Level Authentication (nla)


## Connection quality (quality)


## The Remote Desktop Gateway (gateway)


## The .rdp file (file)


## This computer's Remote Desktop setup (client)


## Host mode (host)


## Fixes


## Rows, summaries and reports


## Words: dates, spans, lists


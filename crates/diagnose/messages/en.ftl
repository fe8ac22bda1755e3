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


## The RDP negotiation (security)


## What listens instead of Remote Desktop (service)


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


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


## This computer's network (network)


## Reaching the port (reach)


## The RDP negotiation (security)


## What listens instead of Remote Desktop (service)


## The TLS handshake (tls)


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


## Connection quality (quality)


## The Remote Desktop Gateway (gateway)


## The .rdp file (file)


## This computer's Remote Desktop setup (client)


## Host mode (host)


## Fixes


## Rows, summaries and reports


## Words: dates, spans, lists


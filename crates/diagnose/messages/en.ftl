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


## Network Level Authentication (nla)


## Connection quality (quality)


## The Remote Desktop Gateway (gateway)


## The .rdp file (file)


## This computer's Remote Desktop setup (client)


## Host mode (host)


## Fixes


## Rows, summaries and reports


## Words: dates, spans, lists


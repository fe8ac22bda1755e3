# RDP Doctor's words, in English. One section per area of the checks; a message per finding
# (named after its id, `.` → `-`) with `.title` and `.detail`, a message per fix with
# `.title`, `.steps` and `.risk`. Titles and details are for a remote worker who has never
# heard of TLS; evidence (not here) is for IT. To translate: copy this file to
# `<language>.ftl` and change the text, never the names or the `{ $values }`.
# Fluent syntax: https://projectfluent.org/fluent/guide/ — a literal brace is {"{"}, a value
# that starts with a space starts with {" "}.

## What the user told us: the input, the error code

input-rdp_file_invalid =
    .title = The Remote Desktop file cannot be used
input-invalid_port =
    .title = The port number is not valid
input-invalid_target =
    .title = That is not a computer name or address

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
# The HTML report: the page's language code, then its words (values come in escaped).
html-lang = en
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

## Error codes the Remote Desktop app shows: what they mean

code-904 = the connection was closed
code-204 = this computer could not connect to the remote PC's port
code-104 = the remote PC's name could not be found
code-108 = the connection attempt timed out
code-404 = the connection broke while receiving data
code-406 = the security data the remote PC sent was not valid
code-with-extended = { $base }; { $extended }
code-extended-7 = the remote PC refused the connection
code-extended-8 = refused because of the FIPS security policy
code-extended-9 = your account is not allowed to sign in remotely
code-extended-a = fresh credentials are required
code-extended-300 = the user name or password was not accepted
code-extended-licensing = a Remote Desktop licensing problem (0x{ $code })
code-extended-unknown = extended code 0x{ $code } is not in our list

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


## Words: dates, spans, lists


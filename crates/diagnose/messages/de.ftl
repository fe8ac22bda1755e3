# Die Texte von RDP Doctor auf Deutsch. Ein Abschnitt je Prüfbereich; eine Nachricht je Befund
# (benannt nach ihrer ID, `.` → `-`) mit `.title` und `.detail`, eine Nachricht je Lösung mit
# `.title`, `.steps` und `.risk`. Titel und Details richten sich an Menschen im Homeoffice, die
# noch nie von TLS gehört haben; die Belege (nicht hier) sind für die IT. Übersetzt aus `en.ftl`:
# nur der Text ist geändert, nie die Namen oder die `{ $werte }`.
# Fluent-Syntax: https://projectfluent.org/fluent/guide/ — eine wörtliche Klammer ist {"{"}, ein
# Wert, der mit einem Leerzeichen beginnt, beginnt mit {" "}.

## Die Sprache selbst: ihr eigener Name für das Sprachmenü

language-name = Deutsch

## Was der Benutzer angegeben hat: die Eingabe, der Fehlercode

input-rdp_file_invalid =
    .title = Die Remotedesktopdatei kann nicht verwendet werden
input-invalid_port =
    .title = Die Portnummer ist ungültig
input-invalid_target =
    .title = Das ist kein Computername und keine Adresse

input-error_code =
    .title = Sie haben Fehler { $code } gesehen
    .detail = Die Befunde, die diesen Fehler erklären, stehen ganz oben.
input-error_code_unknown =
    .title = Fehler { $code } ist uns nicht bekannt
    .detail = RDP Doctor kennt diesen Code nicht und rät deshalb nicht, was er bedeutet; die Prüfungen unten gelten trotzdem.

## Namensauflösung (dns)
dns-ip_literal =
    .title = Das ist eine Adresse, der Name musste also nicht nachgeschlagen werden
    .detail = RDP Doctor verbindet sich direkt mit { $address }.
dns-resolved =
    .title = Der Name { $name } wurde gefunden
    .detail = Er verweist auf { $addresses } (nachgeschlagen in { $ms } ms).
dns-short_name =
    .title = „{ $name }“ ist ein Kurzname
    .detail = Kurznamen funktionieren nur im Firmennetz oder wenn das VPN die Domäne der Firma ergänzt. Der vollständige Name oder die Adresse funktioniert zuverlässiger.
dns-private_address =
    .title = { $name } hat eine private Adresse ({ $address })
    .detail = Private Adressen funktionieren nur im selben lokalen Netzwerk oder, wenn Sie woanders arbeiten, über das Firmen-VPN.
dns-not_found =
    .title = Den Namen „{ $name }“ gibt es nicht
    .detail = Der DNS-Server meldet, dass es keinen Computer mit diesem Namen gibt. Prüfen Sie die Schreibweise; im Homeoffice ist der Name eventuell nur bekannt, solange das Firmen-VPN verbunden ist.
dns-no_address =
    .title = Den Namen „{ $name }“ gibt es, aber er hat keine Adresse
    .detail = DNS kennt den Namen, liefert aber keine Adresse für die Verbindung. Die IT muss den DNS-Eintrag korrigieren; bis dahin funktioniert eventuell die IP-Adresse des Computers.
dns-timeout =
    .title = Kein DNS-Server hat geantwortet
    .detail = Dieser Computer hat nach „{ $name }“ gefragt, aber kein DNS-Server hat rechtzeitig geantwortet. Möglicherweise ist Ihre Internetverbindung oder das Firmen-VPN getrennt.
dns-lookup_failed =
    .title = Der Name „{ $name }“ konnte nicht nachgeschlagen werden
    .detail = Das Nachschlagen des Namens ist fehlgeschlagen: { $message }.


## Das Netzwerk dieses Computers (network)
network-offline =
    .title = Dieser Computer ist mit keinem Netzwerk verbunden
    .detail = Kein Netzwerkadapter hat eine Adresse. Prüfen Sie das Kabel oder das WLAN und versuchen Sie es dann erneut.
network-offline-no_route =
    .title = Dieser Computer hat keinen Weg in andere Netzwerke
    .detail = Es gibt keine Standardroute: Nur das lokale Netzwerk ist erreichbar. Prüfen Sie das WLAN oder das Kabel oder starten Sie den Router neu.
network-subnet_conflict =
    .title = Ihr Heimnetz verwendet dieselben Adressen wie der Remote-PC ({ $ip })
    .detail = Das eigene Netzwerk dieses Computers ({ $lan }, { $cidr }) enthält die Adresse { $ip }, daher bleibt der Datenverkehr für den Remote-PC zu Hause, statt durch das VPN zu gehen. Die IT kann diese Adresse durch das VPN leiten; zu Hause lässt sich der Konflikt vermeiden, indem Sie das Netzwerk des Routers ändern (zum Beispiel auf 192.168.178.x).
network-vpn_active =
    .title = Ihr VPN ist verbunden ({ $vpn })
    .detail = Der Remote-PC hat eine private Adresse ({ $ip }), die über das VPN erreicht wird.
network-vpn_missing =
    .title = Der Remote-PC ist in einem privaten Netzwerk, und Ihr VPN ist nicht verbunden
    .detail = Seine Adresse { $ip } funktioniert nur im Firmennetz. Verbinden Sie das Firmen-VPN und prüfen Sie dann erneut.


## Den Port erreichen (reach)
reach-system-permission_denied = eine Firewallregel oder Route auf diesem Computer verbietet es
reach-system-invalid_argument = eine Route auf diesem Computer verwirft den Datenverkehr
reach-system-failed = die Verbindung ist fehlgeschlagen
reach-word-open = offen
reach-word-refused = abgelehnt
reach-word-timed_out = keine Antwort (Zeitüberschreitung)
reach-word-unreachable = nicht erreichbar ({ $message })
reach-word-failed = fehlgeschlagen ({ $message })
reach-word-not_run = nicht versucht ({ $reason })
reach-open =
    .title = Der Remotedesktop-Port ({ $port }) antwortet
    .detail = { $address } hat eine Verbindung in { $ms } ms angenommen.
reach-partial-address = { $address } ({ $result })
reach-partial =
    .title = Nur einige Adressen des Computers antworten
    .detail = Der Name führt zu mehreren Adressen, und { $count } davon { $count ->
        [one] antwortet
       *[other] antworten
    } nicht: { $addresses }. Remotedesktop wählt eventuell eine tote Adresse und scheitert dann ab und zu (ein alter DNS-Eintrag oder ein defekter IPv6-Weg).
reach-refused =
    .title = Der Remote-PC lehnt Verbindungen auf Port { $port } ab
    .detail = { $address } hat geantwortet, aber auf Port { $port } nimmt nichts Verbindungen an: Remotedesktop ist vielleicht ausgeschaltet, sein Dienst beendet oder auf einen anderen Port eingestellt, oder eine Firewall weist die Verbindung ab.
reach-unreachable =
    .title = Es gibt keinen Netzwerkweg zum Remote-PC
    .detail = Das Netzwerk dieses Computers meldet, dass es keinen Weg zu { $address } gibt: { $reason }. Wenn der PC im Büro steht, verbinden Sie zuerst das Firmen-VPN.
reach-seconds = { $seconds } s
reach-filtered-port = { $port } { $name } ({ $result })
reach-host_asleep_or_off =
    .title = Überhaupt keine Antwort: Der Remote-PC schläft, ist ausgeschaltet oder nicht in diesem Netzwerk
    .detail = Weder der Remotedesktop-Port von { $address } noch einer von { $count } weiteren Ports, auf denen ein Windows-PC üblicherweise antwortet, hat innerhalb von { $waited } reagiert. Wenn der PC im Büro steht, schläft er vielleicht oder ist aus: Bitten Sie jemanden vor Ort, ihn aufzuwecken, oder die IT weckt ihn über das Netzwerk. Wenn Sie im Homeoffice arbeiten, prüfen Sie, ob Ihr VPN verbunden ist.
reach-filtered =
    .title = Keine Antwort von Port { $port } des Remote-PCs
    .detail = Von { $address } kam innerhalb von { $waited } nichts zurück: Wahrscheinlich verwirft eine Firewall die Verbindung, oder der PC schläft, ist ausgeschaltet oder nicht in diesem Netzwerk.
reach-filtered-answering =
    .detail = Der PC ist eingeschaltet – er antwortet auf { $ports } –, aber von seinem Remotedesktop-Port kommt innerhalb von { $waited } nichts zurück: Eine Firewall verwirft diesen Port.
input-rdp_file_alternate_address-invalid =
    .title = Die andere Adresse „{ $address }“ in der Datei ist kein Computername und keine Adresse
    .detail = Remotedesktop versucht sie eventuell statt der Hauptadresse und scheitert. Die IT sollte die Zeile „alternate full address“ korrigieren oder entfernen.
input-rdp_file_alternate_address-answers =
    .title = Die andere Adresse { $address } in der Datei antwortet ebenfalls
    .detail = Die Datei nennt { $main } und als „alternate full address“ { $address }; beide nehmen Verbindungen an.
input-rdp_file_alternate_address-not_found =
    .title = Die andere Adresse { $address } in der Datei wurde nicht gefunden
input-rdp_file_alternate_address-silent =
    .title = Die andere Adresse { $address } in der Datei antwortet nicht
input-rdp_file_alternate_address-dead-main_answers =
    .detail = Ihre Remotedesktopdatei nennt { $main } und als „alternate full address“ { $address }. Remotedesktop verbindet sich eventuell mit der zweiten, die nicht funktioniert, während die erste funktioniert. Die IT sollte diese Zeile korrigieren oder entfernen.
input-rdp_file_alternate_address-dead =
    .detail = Ihre Remotedesktopdatei nennt { $main } und als „alternate full address“ { $address }. Remotedesktop verbindet sich eventuell mit der zweiten, die nicht funktioniert. Die IT sollte diese Zeile korrigieren oder entfernen.


## Die RDP-Aushandlung (security)
rdp-protocol-rdp = Standard-RDP-Sicherheit
rdp-protocol-tls = TLS
rdp-protocol-credssp = CredSSP (NLA)
rdp-protocol-credssp_ex = CredSSP mit früher Autorisierung (NLA)
rdp-protocol-rdstls = RDSTLS
rdp-protocol-unknown = ein unbekanntes Protokoll
rdp-cert_not_on_server =
    .title = Der Remote-PC kann sein Sicherheitszertifikat nicht laden
    .detail = Remotedesktop läuft auf dem Remote-PC, kann sein Zertifikat aber nicht verwenden und lehnt deshalb sichere Verbindungen ab. Meist ist das Zertifikat beschädigt oder abgelaufen, oder die Berechtigungen des Ordners mit seinen Schlüsseln sind defekt.
rdp-negotiated =
    .title = Der Remote-PC beherrscht Remotedesktop
    .detail = Er akzeptiert { $protocols }.
rdp-legacy_security_only =
    .title = Der Remote-PC bietet nur die alte Remotedesktop-Sicherheit an
    .detail = Er ist auf Standard-RDP-Sicherheit ohne TLS eingestellt: Aktuelle Remotedesktop-Apps verweigern eventuell die Verbindung, und die Verbindung kann nicht belegen, dass sie den richtigen Computer erreicht.
rdp-nla_required =
    .title = Der Remote-PC fragt vor der Verbindung, wer Sie sind (NLA)
    .detail = Sie werden nach Ihrem Kennwort gefragt, bevor die Remotesitzung beginnt. Alle aktuellen Remotedesktop-Apps unterstützen das, sehr alte nicht.
rdp-nla_not_required =
    .title = Der Remote-PC zeigt jedem seinen Anmeldebildschirm (kein NLA)
    .detail = Verbindungen funktionieren, aber der PC verlangt keine Authentifizierung auf Netzwerkebene (NLA), die die IT normalerweise einschaltet, damit nur bekannte Konten so weit kommen.
rdp-not_rdp =
    .title = Auf Port { $port } antwortet etwas anderes als Remotedesktop
    .detail = Es sieht aus wie { $looks_like }. Die Portnummer ist vielleicht falsch, oder ein anderes Programm belegt den Port von Remotedesktop.
rdp-tls_not_allowed =
    .title = Der Remote-PC lehnt verschlüsselte Verbindungen (TLS) ab
    .detail = Er hat geantwortet, dass TLS nicht erlaubt ist, hat aber auch die ältere Sicherheit nicht akzeptiert.
rdp-negotiation_failure-code = { $name } ({ $code })
rdp-negotiation_failure-unnamed = nicht in der Spezifikation
rdp-negotiation_failure =
    .title = Der Remote-PC und Remotedesktop konnten sich nicht auf eine Sicherheitsstufe einigen
    .detail = Der Remote-PC hat jede Sicherheitsoption abgelehnt, mit { $codes }.
rdp-denied =
    .title = Der Remote-PC legt sofort auf
    .detail = Der Port nimmt die Verbindung an, dann schließt der Remote-PC sie sofort. Häufige Ursachen: Alle seine Remotedesktopsitzungen oder Lizenzen sind belegt, er akzeptiert nur bestimmte Adressen, oder sein Remotedesktopdienst hat Probleme. Das ist eine häufige Ursache für Fehler 0x904 mit erweitertem Code 0x7.
rdp-no_response =
    .title = Der Port ist offen, aber Remotedesktop antwortet nicht
    .detail = Die Verbindung wurde angenommen, aber es kam keine rechtzeitige Antwort von Remotedesktop. Der Remotedesktopdienst hängt vielleicht, oder ein Proxy oder ein anderes Programm belegt den Port.
rdp-not_rdp-garbled =
    .title = Das Programm auf Port { $port } antwortet auf eine Weise, die Remotedesktop nicht versteht
    .detail = Seine Antwort war unverständlich: { $reason }. Die Portnummer ist vielleicht falsch.
rdp-denied-limited =
    .title = Der Remote-PC nimmt keine Verbindungen mehr an
    .detail = Die erste Verbindung hat funktioniert, die nächsten sind gescheitert: Der PC oder eine Firewall begrenzt, wie viele Verbindungen er annimmt.


## Was statt Remotedesktop lauscht (service)
rdp-service-certificate-subject = „{ $subject }“
rdp-service-certificate-self = sich selbst
rdp-service-certificate-issuer = „{ $issuer }“
rdp-service-certificate = ausgestellt für { $to } von { $by }
rdp-service-ssh = ein SSH-Server (eine entfernte Befehlszeile)
rdp-service-smtp = ein Mailserver (SMTP)
rdp-service-smtp_or_ftp = ein Mail- oder Dateiübertragungsserver (SMTP oder FTP)
rdp-service-ftp = ein Dateiübertragungsserver (FTP)
rdp-service-mail = ein Mailserver ({ $protocol })
rdp-service-vnc = ein VNC-Fernsteuerungsserver
rdp-service-other = ein { $protocol }-Server
rdp-service-gateway = ein Remotedesktopgateway
rdp-service-https = ein sicherer Webserver (HTTPS)
rdp-service-http = ein Webserver (HTTP)
rdp-service-tls_only = ein Dienst, der ab dem ersten Byte Verschlüsselung (TLS) erwartet
rdp-service-text = ein Dienst, der in Textform antwortet
rdp-service-binary = ein Dienst, der Daten sendet, die Remotedesktop nicht versteht
rdp-service-shown-greeting = Er hat mit „{ $line }“ gegrüßt.
rdp-service-shown-web_server = Er hat eine Webanfrage mit „{ $status }“ beantwortet und nennt sich „{ $server }“.
rdp-service-shown-web = Er hat eine Webanfrage mit „{ $status }“ beantwortet.
rdp-service-shown-tls_alert = Er hat auf Klartext mit einer TLS-Warnung geantwortet ({ $alert }).
rdp-service-shown-tls = Er hat auf Klartext mit TLS geantwortet.
rdp-service-shown-text = Er hat „{ $line }“ geantwortet.
rdp-service-shown-binary = Seine Antwort begann mit den Bytes { $bytes }.
rdp-not_rdp-forwarded = eine Portweiterleitung im Router schickt Port { $port } an ein anderes Gerät als den Remote-PC
rdp-not_rdp-moved = die Adresse führt jetzt zu einem anderen Gerät als dem Remote-PC (er hat vielleicht eine neue Adresse bekommen)
rdp-not_rdp-default_port = Entweder belegt auf dem Remote-PC ein anderes Programm den Port von Remotedesktop, oder { $elsewhere }.
rdp-not_rdp-other_port = Die Portnummer ist vielleicht falsch (Remotedesktop verwendet 3389, sofern die IT keinen anderen gewählt hat), oder { $elsewhere }.
rdp-not_rdp-service-certificate =
    .detail = { $shown } Sein Zertifikat ist { $certificate }. Remotedesktop kann damit nicht arbeiten. { $why }
rdp-not_rdp-service =
    .title = Auf Port { $port } antwortet { $service }, nicht Remotedesktop
    .detail = { $shown } Remotedesktop kann damit nicht arbeiten. { $why }
rdp-is_a_gateway =
    .title = Diese Adresse ist ein Remotedesktopgateway, nicht der Remote-PC
    .detail = { $address } antwortet wie ein Remotedesktopgateway: Es verlangt eine Anmeldung ({ $schemes }), bevor es eine Verbindung an einen PC dahinter weitergibt. Tragen Sie es in Ihrer Remotedesktop-App als Gateway ein und als Computer den Namen des PCs, den Sie erreichen möchten.
rdp-service-seconds = { $seconds } s
rdp-service-tried-rdp = Eine neue Verbindung kurz darauf bekam eine Antwort in der Sprache von Remotedesktop: Remotedesktop lauscht also auf diesem Port, hat aber die erste Anfrage nicht rechtzeitig beantwortet (der Dienst ist vielleicht ausgelastet, langsam oder startet gerade).
rdp-service-tried-greeting = { $waited } auf eine Begrüßung gewartet (SSH-, Mail- und Dateiübertragungsserver senden eine)
rdp-service-tried-closed = eine Verbindung, die nichts gesendet hat, wurde geschlossen
rdp-service-tried-web_silent = eine Webanfrage blieb unbeantwortet
rdp-service-tried-web_closed = bei einer Webanfrage wurde aufgelegt
rdp-service-tried-tls-certificate = {" "}mit einem Zertifikat { $certificate }
rdp-service-tried-tls-gateway = {" "}oder eine Remotedesktopgateway-Anfrage
rdp-service-tried-tls = eine TLS-Verbindung ohne die Aushandlung von Remotedesktop hat funktioniert{ $certificate }, aber darin hat nichts auf eine Webanfrage{ $gateway } geantwortet
rdp-service-tried-tls_failed = ein direkter TLS-Handshake hat nicht funktioniert
rdp-service-tried-certificate = Um zu sehen, ob ein anderes Programm den Port belegt, hat RDP Doctor außerdem Folgendes versucht: { $tried }. Nichts davon hat einen anderen Dienst erkennen lassen. Wenn dieses Zertifikat nicht den Remote-PC nennt, belegt ein anderer verschlüsselter Dienst den Port.
rdp-service-tried = Um zu sehen, ob ein anderes Programm den Port belegt, hat RDP Doctor außerdem Folgendes versucht: { $tried }. Nichts davon hat einen anderen Dienst erkennen lassen.


## Der TLS-Handshake (tls)
tls-ok =
    .title = Die Verbindung ist verschlüsselt ({ $version })
    .detail = Die Verschlüsselung funktioniert: { $version } mit { $cipher_suite }.
tls-legacy_only =
    .title = Der Remote-PC beherrscht nur veraltete Verschlüsselung ({ $version })
    .detail = Er akzeptiert nur { $version }, was aktuelle Remotedesktop-Apps ablehnen. Die IT muss den Remote-PC aktualisieren und dort TLS 1.2 aktivieren.
tls-handshake_failed-old_ciphers =
    .title = Der Remote-PC bietet nur veraltete Verschlüsselungsverfahren an
    .detail = Er spricht { $version }, aber nur mit alten Verfahren wie { $cipher_suite }, die aktuelle Apps nicht akzeptieren. Die IT muss den Remote-PC aktualisieren.
tls-handshake_failed-alert =
    .detail = Der Remote-PC hat den Aufbau der Verschlüsselung mit der Meldung „{ $alert }“ abgebrochen. Bei Remotedesktop ist das meistens ein Zertifikat, das der PC nicht verwenden kann.
tls-handshake_failed =
    .title = Die verschlüsselte Verbindung konnte nicht aufgebaut werden
    .detail = Der Remote-PC hat den Aufbau der Verschlüsselung abgebrochen. Bei Remotedesktop ist das meistens ein Zertifikat, das der PC nicht verwenden kann.
tls-handshake_failed-timeout =
    .title = Der Remote-PC hat beim Aufbau der Verschlüsselung nicht mehr geantwortet
    .detail = Keine Antwort auf den Verschlüsselungs-Handshake innerhalb von { $waited_ms } ms.


## Das Zertifikat (certificate)

cert-expired =
    .title = Das Sicherheitszertifikat des Remote-PCs ist am { $date } abgelaufen
    .detail = Es ist { $when } abgelaufen. Normalerweise erneuert Windows dieses Zertifikat selbst; wenn das nicht gelingt, scheitern Verbindungen, oft mit Fehler 0x904 (erweitert 0x7). Die IT kann es mit den Befehlen unten erneuern.
cert-not_yet_valid =
    .title = Das Zertifikat des Remote-PCs ist erst ab { $date } gültig
    .detail = Entweder geht die Uhr des Remote-PCs oder die Uhr dieses Computers falsch: Prüfen Sie auf beiden Datum und Uhrzeit.
cert-expires_soon =
    .title = Das Zertifikat des Remote-PCs läuft { $when } ab
    .detail = Es ist bis { $date } gültig. Windows sollte es rechtzeitig erneuern; wenn nicht, scheitern ab dann die Verbindungen.
cert-self_signed =
    .title = Der Remote-PC verwendet ein eigenes, selbst erstelltes Zertifikat
    .detail = Das ist bei Remotedesktop normal und der Grund, warum Ihre App fragt, ob Sie dem Remotecomputer vertrauen. Vergleichen Sie den Fingerabdruck mit dem, den Ihnen die IT nennt.
cert-name_mismatch-no_name = überhaupt keinen Namen
cert-name_mismatch =
    .title = Das Zertifikat ist ausgestellt für { $names }
    .detail = Sie haben „{ $name }“ eingegeben, und diesen Namen nennt das Zertifikat nicht. Ihre App wird Sie warnen; wenn die Namen nicht zwei Namen desselben PCs sind, erreichen Sie vielleicht einen anderen Computer, als Sie denken.
cert-name_mismatch-address =
    .detail = Sie verbinden sich über die Adresse ({ $name }), daher kann Ihre App sie nicht mit dem Namen im Zertifikat abgleichen und wird Sie warnen. Das ist bei einer Adresse zu erwarten.
cert-weak-signature = es ist mit { $algorithm } signiert
cert-weak-key = sein Schlüssel hat nur { $bits } Bit
cert-weak-usage = es ist nicht für die Serverauthentifizierung gedacht
cert-weak =
    .title = Das Zertifikat des Remote-PCs ist schwach
    .detail = { $reasons }; aktuelle Apps lehnen es eventuell ab.
cert-evidence-key_bits = {" "}{ $bits } Bit


## Authentifizierung auf Netzwerkebene (nla)

nla-os-or_newer = { $name } oder neuer
nla-ok-no_name = (kein Name)
nla-ok-domain = {" "}in { $domain }
nla-ok-os = {" "}und läuft mit { $os }
nla-ok =
    .detail = Der Remote-PC hat auf den ersten Schritt der Anmeldung geantwortet (es wurde kein Kennwort gesendet). Er nennt sich { $name }{ $domain }{ $os }.
    .title = Die Anmeldesicherheit funktioniert; der PC nennt sich { $name }
nla-identity_mismatch =
    .title = Sie haben „{ $typed }“ eingegeben, aber der PC nennt sich „{ $name }“
    .detail = Das ist in Ordnung, wenn der Name, den Sie verwenden, ein Alias dieses PCs ist. Andernfalls führt der Name zu einem anderen Computer, als Sie denken, zum Beispiel durch einen alten DNS-Eintrag.
nla-clock_skew =
    .title = Die Uhr des Remote-PCs geht gegenüber diesem Computer { $span } { $direction ->
        [ahead] vor
       *[behind] nach
    }
    .detail = Die Anmeldung mit einem Firmenkonto (Kerberos) scheitert, wenn die Uhren um mehr als 5 Minuten abweichen. Stellen Sie die falsch gehende Uhr richtig.
nla-credssp_unpatched_server =
    .title = Dem Remote-PC fehlt das Sicherheitsupdate von 2018 für die Anmeldung (CredSSP)
    .detail = Aktualisierte Computer verweigern die Verbindung zu ihm, mit einer Meldung zur „Encryption Oracle Remediation“ (CredSSP). Der Remote-PC braucht Windows-Updates.
nla-failed-server_error =
    .title = Der Remote-PC hat den ersten Schritt der Anmeldung abgelehnt
    .detail = Er hat mit Fehler { $code } geantwortet, bevor überhaupt ein Kennwort im Spiel war.
nla-failed =
    .title = Der Anmeldeschritt (NLA) wurde abgebrochen
    .detail = Beim Schritt „{ $stage }“: { $message }.


## Verbindungsqualität (quality)

quality-evidence-answered = { $answered } von { $total }
quality-word-no_answer = keine Antwort in { $ms } ms
quality-word-answered_after = Antwort nach { $ms } ms
quality-word-cut_off = abgebrochen
quality-kept_waiting = { $testing }: { $result }
quality-server_serialises =
    .title = Der Remote-PC beantwortet immer nur eine Verbindung gleichzeitig
    .detail = Während eine Verbindung aufgebaut wurde, ließ der Remote-PC { $count } { $count ->
        [one] weitere Verbindung
       *[other] weitere Verbindungen
    } warten; einzeln erneut gefragt, hat jede sofort geantwortet. Das Netzwerk ist in Ordnung: So verhält sich der Remotedesktop-Server (Server, die auf der Serverseite von FreeRDP aufbauen, etwa der von weston, tun das). Wer sich verbindet, während eine andere Verbindung aufgebaut wird, muss warten und bekommt eventuell eine Zeitüberschreitung.
quality-drops_during_handshake =
    .title = Verbindungen zum Remote-PC brechen ab: { $broke_off } von { $total } Versuchen { $broke_off ->
        [one] ist
       *[other] sind
    } auf halbem Weg gescheitert
    .detail = Die Verbindung öffnet sich und bricht dann ab, während Remotedesktop sie aufbaut, auch wenn sie die einzige ist: Das passiert bei einer unzuverlässigen Verbindung (WLAN, Mobilfunk, ein überlastetes VPN) oder einem überlasteten Remote-PC; ein Netzwerkkabel oder ein Neustart des VPN hilft oft.
quality-unstable-broke_off =
    .title = Ihre Verbindung zum Remote-PC ist unzuverlässig: { $broke_off } von { $total } Versuchen { $broke_off ->
        [one] ist
       *[other] sind
    } abgebrochen
    .detail = Einige Verbindungen sind abgebrochen, während Remotedesktop sie aufgebaut hat; einzeln erneut versucht, haben sie funktioniert. Remotedesktop kann ab und zu scheitern; wenn das passiert, hilft oft ein Netzwerkkabel oder ein Neustart des VPN.
quality-unstable-failed =
    .title = Ihre Verbindung zum Remote-PC ist unzuverlässig: { $failed } von { $total } Versuchen { $failed ->
        [one] ist
       *[other] sind
    } gescheitert
    .detail = Einige Verbindungen haben funktioniert, andere nicht. Remotedesktop kann ab und zu scheitern; ein Netzwerkkabel oder ein Neustart des VPN hilft oft.
quality-unstable-loss =
    .title = Ihre Verbindung zum Remote-PC verliert Daten: { $gaps } von { $trips } Anfragen { $gaps ->
        [one] musste
       *[other] mussten
    } erneut gesendet werden
    .detail = Die meisten Antworten kamen nach etwa { $round_trip } ms, aber { $gaps } warteten { $stall } ms oder mehr länger als das Doppelte davon: die Zeit, die ein verlorenes Paket zum erneuten Senden braucht. Das ist eine verlustbehaftete Verbindung (WLAN, Mobilfunk, ein überlastetes VPN), keine Frage der Entfernung; Remotedesktop wird ruckeln und kann abbrechen. Ein Netzwerkkabel oder ein Neustart des VPN hilft oft.
quality-high_latency-relayed =
    .detail = Verbindungen öffnen sich sofort ({ $median_connect } ms), aber jede Antwort braucht etwa { $round_trip } ms: Etwas in Ihrer Nähe (ein VPN oder ein Proxy) nimmt die Verbindung an und leitet sie über einen langsamen Weg weiter. Remotedesktop funktioniert, reagiert aber träge; ein VPN-Server näher bei Ihnen verkürzt die Verzögerung.
quality-high_latency =
    .detail = Remotedesktop funktioniert, reagiert aber träge. Ein Netzwerkkabel oder ein VPN-Server näher bei Ihnen verkürzt die Verzögerung.
    .title = Der Remote-PC ist netzwerktechnisch weit entfernt ({ $ms } ms pro Hin- und Rückweg)
quality-ok =
    .title = Die Verbindung ist stabil ({ $round_trip } ms pro Hin- und Rückweg, Schwankung { $spread } ms)
    .detail = { $answered } von { $total } Anfragen wurden beantwortet; der Verbindungsaufbau dauerte { $median_connect } ms, die Antworten { $round_trip } ms, und keine musste auf verlorene Daten warten.
quality-word-answered = Antwort in { $ms } ms
quality-word-connect_failed = keine Verbindung möglich: { $message }
quality-recheck = { $testing }: einzeln { $result }
quality-watch-failure = nach { $seconds } s: { $failure }
quality-watch-advice = Ein Netzwerkkabel statt WLAN oder ein Neustart des VPN hilft oft; wenn es so bleibt, senden Sie diesen Bericht an die IT.
quality-watch-failed =
    .title = Ihre Verbindung zum PC ist unzuverlässig: { $failed } von { $total } Versuchen { $failed ->
        [one] ist
       *[other] sind
    } gescheitert
    .detail = { $seconds } s lang beobachtet. { $advice }
quality-watch-high_latency =
    .detail = Alle { $total } Versuche in { $seconds } s haben funktioniert, aber langsam. { $advice }
quality-watch-ok =
    .title = Die Verbindung blieb stabil: { $total } von { $total } Versuchen haben funktioniert
    .detail = { $seconds } s lang beobachtet: { $median } ms pro Verbindungsaufbau, Schwankung { $spread } ms.


## Das Remotedesktopgateway (gateway)

gateway-http-status = HTTP { $status }
gateway-http-status_auth = HTTP { $status }, Anmeldung mit { $schemes }
gateway-http-closed = ohne Antwort geschlossen
gateway-http-no_answer = keine Antwort in { $ms } ms
gateway-http-not_http = kein HTTP: { $reason }
gateway-http-failed = fehlgeschlagen: { $message }
gateway-unreachable-no_name = sein Name { $host } wurde nicht gefunden
gateway-unreachable-not_tried = es konnte nicht versucht werden
gateway-unreachable-port = Port { $port } ergab: { $outcome }
gateway-unreachable =
    .title = Das Remotedesktopgateway { $host } ist nicht erreichbar
    .detail = Ihre Verbindung läuft über das Gateway { $name }, aber { $why }. Wenn Sie zu Hause sind, prüfen Sie Ihre Internetverbindung; andernfalls ist das Gateway vielleicht ausgefallen.
gateway-unreachable-tls-none = es kam keine sichere Verbindung zustande
gateway-unreachable-tls-failed = die sichere Verbindung ist fehlgeschlagen: { $message }
gateway-unreachable-tls-timed_out = es hat nicht rechtzeitig auf die sichere Verbindung geantwortet
gateway-unreachable-tls =
    .title = Das Remotedesktopgateway { $host } baut keine sichere Verbindung auf
    .detail = Der Port des Gateways antwortet, aber { $why }.
gateway-cert_invalid-not_trusted = nicht vertrauenswürdig
gateway-cert_invalid =
    .title = Das Sicherheitszertifikat des Gateways wird nicht akzeptiert: { $error }
    .detail = Anders als ein Remote-PC braucht ein Gateway ein Zertifikat, dem dieser Computer vertraut, das heute gültig ist und das auf den Namen des Gateways ausgestellt ist; sonst lehnt Remotedesktop das Gateway ab. Die IT muss das Zertifikat des Gateways erneuern oder ersetzen.
gateway-ok =
    .title = Das Remotedesktopgateway { $host } antwortet
    .detail = Es verlangt eine Anmeldung ({ $schemes }), wie es sich für ein Gateway gehört; es wurde kein Kennwort gesendet.
gateway-ok-no_method = kein Verfahren genannt
gateway-websocket =
    .title = Das Gateway bietet auch seinen WebSocket-Transport an
    .detail = Aktuelle Remotedesktop-Clients können ihn über Proxys nutzen, die nur Webdatenverkehr durchlassen.
gateway-no_answer =
    .title = Das Remotedesktopgateway { $host } antwortet nicht
    .detail = Es hat die Verbindung und den sicheren Handshake angenommen, dann aber innerhalb von { $ms } ms nichts auf die Gateway-Anfrage zurückgeschickt. Der Gatewaydienst hängt vielleicht oder ist überlastet: Die IT kann den Remotedesktopgateway-Dienst (TSGateway) und seinen Webserver (IIS) prüfen.
gateway-not_a_gateway =
    .title = { $host } antwortet nicht als Remotedesktopgateway
    .detail = Sein Webserver hat die Gateway-Anfrage mit { $answer } beantwortet. Der Name verweist vielleicht auf einen anderen Webserver, oder der HTTP-Transport der Gatewayrolle ist ausgeschaltet.
gateway-through =
    .title = Nicht direkt erreichbar (bei einem Gateway zu erwarten): { $title }
    .detail = Ihre Verbindung läuft über das Remotedesktopgateway { $gateway }, das den Remote-PC für Sie erreicht; das ist also normal. { $detail }


## Die .rdp-Datei (file)

input-rdp_file_disables_nla =
    .title = Ihre Remotedesktopdatei schaltet die Anmeldung vor der Verbindung aus, die der Remote-PC verlangt
    .detail = In der Datei steht „enablecredsspsupport:i:0“, daher verwendet die Remotedesktop-App nie die Authentifizierung auf Netzwerkebene, und dieser Remote-PC akzeptiert nichts anderes. Bitten Sie die IT um eine korrigierte Datei, oder ändern Sie diese Zeile in „enablecredsspsupport:i:1“.
input-rdp_file_requires_trusted_certificate =
    .title = Ihre Remotedesktopdatei lehnt das Zertifikat des Remote-PCs ab
    .detail = In der Datei steht „authentication level:i:1“ (nur verbinden, wenn der Remote-PC mit einem vertrauenswürdigen Zertifikat belegt, wer er ist), aber das Zertifikat des Remote-PCs ist selbst erstellt, abgelaufen oder auf einen anderen Namen ausgestellt. Die IT kann dem PC ein vertrauenswürdiges Zertifikat geben, oder die Zeile lässt sich in „authentication level:i:2“ (warnen) ändern.
input-rdp_file_lines_skipped-file =
    .title = { $count ->
        [one] { $count } Zeile der Remotedesktopdatei ist keine Einstellung und wurde übersprungen
       *[other] { $count } Zeilen der Remotedesktopdatei sind keine Einstellungen und wurden übersprungen
    }
input-rdp_file_lines_skipped-link_source = rdp://-Link
input-rdp_file_lines_skipped-link =
    .title = { $count ->
        [one] { $count } Teil des rdp://-Links ist keine Einstellung und wurde übersprungen
       *[other] { $count } Teile des rdp://-Links sind keine Einstellungen und wurden übersprungen
    }
input-rdp_file_lines_skipped-more = { $shown } und { $more } weitere
input-rdp_file_lines_skipped =
    .detail = Remotedesktop übergeht, was es nicht lesen kann, und diese Prüfung auch: { $listed }. Wenn eine davon etwas einstellen sollte (einen Port, ein Gateway), sollte die IT sie korrigieren.


## Die Remotedesktop-Einrichtung dieses Computers (client)

client-rdp_apps-none =
    .title = Auf diesem Computer wurde keine Remotedesktop-App gefunden
    .detail = Für die Verbindung brauchen Sie eine Remotedesktop-App: die Windows App von Microsoft unter Windows und macOS, FreeRDP oder Remmina unter Linux.
client-rdp_apps =
    .title = Remotedesktop-Apps auf diesem Computer: { $apps }
    .detail = Jede davon kann die Verbindung herstellen.
client-saved_credentials =
    .title = Auf diesem Computer ist eine Anmeldung für { $name } gespeichert
    .detail = Remotedesktop verwendet sie, ohne zu fragen. Wenn sich Ihr Kennwort geändert hat, scheitert das gespeicherte jedes Mal: Entfernen Sie es und melden Sie sich neu an.
client-credssp_policy-name = { $value ->
        [0] Aktualisierte Clients erzwingen
        [2] Anfällig
       *[other] Abgeschwächt
    }
client-credssp_policy-unpatched_server =
    .title = Dieser Computer verweigert die Anmeldung am Remote-PC, weil dem Remote-PC ein Sicherheitsupdate von 2018 fehlt
    .detail = Die Richtlinie „Encryption Oracle Remediation“ dieses Computers steht auf „{ $name }“, und die Anmeldung (CredSSP) des Remote-PCs ist älter als die Korrektur für CVE-2018-0886. Die eigentliche Lösung ist, den Remote-PC zu aktualisieren.
client-credssp_policy-vulnerable =
    .title = Dieser Computer erlaubt noch die Anmeldung an PCs ohne das CredSSP-Update von 2018
    .detail = Seine Richtlinie „Encryption Oracle Remediation“ steht auf „Anfällig“, eine Einstellung, die nur als Notlösung gedacht ist. Machen Sie sie rückgängig, sobald die Remote-PCs aktualisiert sind.
client-credssp_policy =
    .title = Die CredSSP-Richtlinie dieses Computers steht auf „{ $name }“
    .detail = Er meldet sich an aktualisierten Remote-PCs an und verweigert solche ohne die Korrektur von 2018.
client-clock =
    .title = Die Uhr dieses Computers geht gegenüber { $witness ->
        [both] dem Remote-PC und dem Gateway
       *[gateway] dem Gateway
    } { $span } { $direction ->
        [ahead] vor
       *[behind] nach
    }
    .detail = Anmeldung und Zertifikate hängen von der Uhrzeit ab. Stellen Sie die Uhr dieses Computers auf die richtige Zeit (Einstellungen > Zeit und Sprache > Datum und Uhrzeit > Uhrzeit automatisch festlegen).


## Hostmodus (host)
host-not_windows =
    .detail-listening = Auf diesem Computer läuft { $os }, daher gibt es keine Windows-Remotedesktopeinstellungen zu lesen. Starten Sie RDP Doctor auf dem Windows-PC selbst, oder prüfen Sie ihn von hier aus über seinen Namen. Auf Port 3389 nimmt hier etwas Verbindungen an.
    .detail-not_listening = Auf diesem Computer läuft { $os }, daher gibt es keine Windows-Remotedesktopeinstellungen zu lesen. Starten Sie RDP Doctor auf dem Windows-PC selbst, oder prüfen Sie ihn von hier aus über seinen Namen. Auf Port 3389 nimmt hier nichts Verbindungen an.
    .detail = Auf diesem Computer läuft { $os }, daher gibt es keine Windows-Remotedesktopeinstellungen zu lesen. Starten Sie RDP Doctor auf dem Windows-PC selbst, oder prüfen Sie ihn von hier aus über seinen Namen.
    .title = Der Hostmodus prüft einen Windows-PC, mit dem sich andere verbinden
host-rdp_disabled =
    .detail-policy = Remotedesktop ist auf diesem PC ausgeschaltet, daher kann sich niemand mit ihm verbinden. Schalten Sie es unter Einstellungen > System > Remotedesktop ein, oder führen Sie den Befehl unten als Administrator aus. Auf diesem PC legt eine Gruppenrichtlinie diese Einstellung fest: Ändern Sie daher die Richtlinie (gpedit.msc > Computerkonfiguration > Administrative Vorlagen > Windows-Komponenten > Remotedesktopdienste > Remotedesktopsitzungs-Host) oder wenden Sie sich an die Person, die sie verwaltet – was der Befehl allein einstellt, würde wieder überschrieben.
    .detail = Remotedesktop ist auf diesem PC ausgeschaltet, daher kann sich niemand mit ihm verbinden. Schalten Sie es unter Einstellungen > System > Remotedesktop ein, oder führen Sie den Befehl unten als Administrator aus.
    .title = Remotedesktop ist auf diesem PC ausgeschaltet
host-nla =
    .title = Die Authentifizierung auf Netzwerkebene (NLA) ist eingeschaltet: Wer sich verbindet, meldet sich vor Beginn der Remotesitzung an
    .detail = Das ist die sichere Standardeinstellung. Clients, die kein NLA beherrschen (sehr alte oder solche mit ausgeschaltetem CredSSP), können sich nicht verbinden.
host-nla-off =
    .title = Die Authentifizierung auf Netzwerkebene (NLA) ist ausgeschaltet: Dieser PC zeigt jedem, der sich verbindet, seinen Anmeldebildschirm
    .detail = Clients verbinden sich, ohne sich vorher anzumelden. Das funktioniert mit alten Clients, aber jeder, der den PC erreicht, sieht dann seinen Anmeldebildschirm. Schalten Sie NLA wieder ein, sobald es geht.
host-security_layer-rdp =
    .title = Dieser PC verwendet nur die alte Standard-RDP-Sicherheit
    .detail = Aktuelle Clients erwarten TLS: Stellen Sie die Sicherheitsebene auf „Aushandeln“ (1) oder TLS (2; in der Gruppenrichtlinie heißt diese Stufe „SSL“).
host-security_layer-negotiate =
    .title = Dieser PC handelt seine Sicherheitsebene aus (TLS, wenn der Client es kann)
    .detail = Clients, die TLS beherrschen, verwenden es; ältere weichen auf die Standard-RDP-Sicherheit aus.
host-security_layer =
    .title = Dieser PC verlangt TLS für Remotedesktop
    .detail = Die sichere Standardeinstellung: Clients müssen TLS verwenden und in der Regel NLA.
host-port =
    .title = Remotedesktop verwendet den üblichen Port 3389
    .detail = Clients brauchen zum Verbinden nur den Namen des PCs.
host-port-other =
    .title = Remotedesktop verwendet Port { $port }, nicht den üblichen Port 3389
    .detail = Clients müssen den Port an den Namen anhängen (pc.example.com:{ $port }), und die Firewall muss Port { $port } zulassen.
host-service_stopped-disabled =
    .title = Der Remotedesktopdienst ist deaktiviert
host-service_stopped =
    .title = Der Remotedesktopdienst läuft nicht
    .detail = Ohne den Dienst „Remotedesktopdienste“ (TermService) antwortet nichts auf dem Remotedesktop-Port. Starten Sie ihn mit dem Befehl unten.
host-not_listening =
    .detail = Der Remotedesktopdienst startet vielleicht gerade, oder sein Listener ist ausgefallen (siehe Ereignisanzeige > Windows-Protokolle > System, Quelle TermService oder TerminalServices-RemoteConnectionManager).
    .detail-service_unknown = RDP Doctor konnte den Zustand des Remotedesktopdienstes nicht lesen (siehe „Nicht geprüft“) und kann daher nicht sagen, woran es liegt: Vielleicht ist Remotedesktop ausgeschaltet, sein Dienst beendet oder sein Listener ausgefallen.
    .title = Auf diesem PC nimmt nichts Verbindungen auf Port { $port } an
host-firewall_closed =
    .title = Die Windows Defender Firewall blockiert Remotedesktop auf diesem PC
    .detail-no_rules = In der Firewall gibt es überhaupt keine Regeln der Gruppe „Remotedesktop“.
    .detail = Die Regeln der Gruppe „Remotedesktop“ sind vorhanden, aber deaktiviert, daher können andere Computer den Port nicht erreichen.
host-firewall_open =
    .title = Die Windows Defender Firewall lässt Remotedesktop zu
    .detail = Die Regeln der Gruppe „Remotedesktop“ sind aktiviert.
# Ein Profil der Windows Defender Firewall, wie in „lässt Remotedesktop für Domänennetzwerke und private Netzwerke zu“.
host-firewall_profile = { $profile ->
        [domain] Domänennetzwerke
        [private] private Netzwerke
        [public] öffentliche Netzwerke
       *[other] Netzwerke vom Typ { $profile }
    }
host-firewall_open-some =
    .title = Die Windows Defender Firewall lässt Remotedesktop nur für { $profiles } zu
    .detail = In anderen Netzwerken (zum Beispiel in einem, das Windows als „Öffentliches Netzwerk“ eingestuft hat) bleibt der Port geschlossen.
host-cert_ok =
    .title = Das Remotedesktopzertifikat ist bis { $date } gültig
    .detail = Im Zertifikatspeicher „Remotedesktop“ ist kein Zertifikat abgelaufen.
host-cert_ok-none =
    .title = Windows erstellt ein Remotedesktopzertifikat, sobald der Dienst startet
host-cert_expired =
    .title = Das Remotedesktopzertifikat dieses PCs ist am { $date } abgelaufen
    .detail = Clients lehnen die Verbindung ab oder warnen vor dem Zertifikat. Normalerweise erneuert Windows es von selbst. Da das hier nicht passiert ist, entfernen Sie das abgelaufene Zertifikat und starten Sie den Dienst neu, damit Windows ein neues erstellt.
    .detail-harmless = Im Zertifikatspeicher liegt auch ein gültiges Zertifikat, daher funktioniert Remotedesktop weiter; das abgelaufene kann entfernt werden.
host-machinekeys =
    .detail-missing = Windows bewahrt den privaten Schlüssel des Zertifikats in { $folder } auf. Der Ordner fehlt.
    .detail-admins = Windows bewahrt den privaten Schlüssel des Zertifikats in { $folder } auf. Die Administratoren haben darauf keinen Vollzugriff.
    .detail-everyone = Windows bewahrt den privaten Schlüssel des Zertifikats in { $folder } auf. „Jeder“ hat nicht mehr den Zugriff, den Windows standardmäßig gewährt, daher können Dienste keine Schlüssel speichern.
    .detail-deny = Windows bewahrt den privaten Schlüssel des Zertifikats in { $folder } auf. Ein Eintrag mit „Verweigern“ sperrt ein Systemkonto aus.
    .title = Windows kann eventuell kein neues Remotedesktopzertifikat erstellen
host-sleep_disabled =
    .title = Dieser PC bleibt wach, solange er am Stromnetz angeschlossen ist
    .detail = Energiesparmodus und Ruhezustand sind im Netzbetrieb ausgeschaltet.
host-sleep_enabled =
    .title = Dieser PC wechselt nach { $span } ohne Nutzung in den Energiesparmodus, auch wenn er am Stromnetz angeschlossen ist
    .detail = Ein PC im Energiesparmodus ist per Remotedesktop nicht erreichbar: Verbindungen schlagen fehl, bis ihn jemand aufweckt.
host-sessions-full =
    .title = Auf diesem PC sind keine Remotedesktopsitzungen mehr frei ({ $open } offen, höchstens { $limit } erlaubt)
host-sessions =
    .title = { $n ->
        [one] Eine getrennte Sitzung ist auf diesem PC noch offen
       *[other] { $n } getrennte Sitzungen sind auf diesem PC noch offen
    }
    .detail = Sitzungen, die ohne Abmelden verlassen wurden, belegen weiter einen Platz. Sobald das Limit erreicht ist, schlagen neue Verbindungen mit dem Hinweis fehl, dass es zu viele Verbindungen gibt. Melden Sie diese Sitzungen ab.
host-sessions_ok =
    .title = { $n ->
        [0] Gerade ist niemand verbunden
        [one] Eine Person ist angemeldet
       *[other] { $n } Personen sind angemeldet
    }
    .detail = Es ist Platz für neue Verbindungen.
# Was der Hostmodus auf diesem PC liest, wie in „konnte die Firewallregeln und die Sitzungen nicht lesen“.
host-fact =
    .settings = die Remotedesktopeinstellungen
    .policy = die Gruppenrichtlinieneinstellungen
    .service = den Remotedesktopdienst
    .firewall = die Firewallregeln
    .certificates = die Zertifikate
    .machine_keys = den Ordner MachineKeys
    .power = die Energieoptionen
    .sessions = die Sitzungen
    .listening = den Port
host-needs_admin =
    .title = Führen Sie RDP Doctor als Administrator aus, um alles zu prüfen
    .detail = Ohne Administratorrechte durfte RDP Doctor { $facts } nicht lesen. Klicken Sie mit der rechten Maustaste auf RDP Doctor, wählen Sie „Als Administrator ausführen“ und prüfen Sie erneut.
host-unreadable =
    .title = RDP Doctor konnte { $facts } nicht prüfen
    .detail = Die Befehle unten haben keine Antwort geliefert, mit der RDP Doctor etwas anfangen kann, daher wurden diese Teile nicht geprüft.
# Eine Zeile des Hostmodus, die nicht geprüft wurde, und warum.
host-row =
    .not_windows = Nicht geprüft: Das ist kein Windows-PC
    .needs_admin = Nicht geprüft: Dafür sind Administratorrechte nötig
    .no_answer = Nicht geprüft: Windows hat nicht geantwortet
host-report =
    .summary-not_windows = Der Hostmodus prüft einen Windows-PC, mit dem sich andere verbinden; dieser Computer ist keiner.
    .summary-all_good = Alles, was wir geprüft haben, ist in Ordnung: Dieser PC nimmt Remotedesktopverbindungen an.
    .input = Dieser PC als Remotedesktophost

## Lösungen
fix-connect_by_ip =
    .title = Über die Adresse ({ $address }) statt über den Namen verbinden
    .steps = Starten Sie Remotedesktop mit der Adresse { $address } statt mit dem Namen. Wenn das funktioniert, sagen Sie der IT, dass der Name nicht zum richtigen Computer führt.
fix-use_full_name =
    .steps-address = Geben Sie statt des Kurznamens den vollständigen Namen des Computers ein (zum Beispiel pc.firma.example, fragen Sie die IT) oder seine Adresse { $address }.
    .steps = Prüfen Sie die Schreibweise und geben Sie dann den vollständigen Namen des Computers (zum Beispiel pc.firma.example) oder seine IP-Adresse ein; beides kann Ihnen die IT nennen.
    .title = Den vollständigen Namen des Computers oder seine Adresse verwenden
fix-open_store_app =
    .title = Die aktuelle Remotedesktop-App von Microsoft installieren
    .steps = Installieren Sie die Windows App von Microsoft (die aktuelle Remotedesktop-App) aus Ihrem App Store. Unter Linux verwenden Sie FreeRDP oder Remmina aus Ihrer Distribution.
fix-wake_on_lan =
    .title = Den Remote-PC über das Netzwerk aufwecken (Wake-on-LAN)
    .steps-command = Wenn Wake-on-LAN auf dem Remote-PC aktiviert ist, weckt ihn dieser Befehl, indem er ein „Magic Packet“ an seine Netzwerkkarte ({ $mac }) schickt. Führen Sie ihn auf einem Computer im selben Netzwerk wie der Remote-PC aus (über ein VPN funktioniert das nur, wenn das VPN Broadcasts weiterleitet), und geben Sie dem PC dann eine Minute zum Starten. Der Befehl ändert nichts, es gibt also nichts rückgängig zu machen. Wenn der PC nicht aufwacht, bitten Sie jemanden im Büro, den Einschaltknopf zu drücken.
    .steps = Wenn Wake-on-LAN auf dem Remote-PC aktiviert ist, kann die IT ihn aufwecken, indem sie von einem Computer im selben Netzwerk (oder über das VPN, wenn es Broadcasts weiterleitet) ein „Magic Packet“ an die MAC-Adresse seiner Netzwerkkarte schickt. Andernfalls bitten Sie jemanden im Büro, den Einschaltknopf zu drücken.
fix-forget_saved_credentials =
    .title = Das für diesen Remote-PC gespeicherte Kennwort entfernen
    .steps = Windows bietet immer wieder ein gespeichertes Kennwort für { $target } an, das vielleicht nicht mehr funktioniert (zum Beispiel, weil es geändert wurde). Dieser Befehl entfernt es von diesem Computer, sodass Remotedesktop wieder danach fragt. Führen Sie ihn mit Ihrem eigenen Konto aus, nicht als Administrator: Jedes Windows-Konto hat seine eigenen gespeicherten Kennwörter. Ein Kennwort, das unter einer anderen Schreibweise des Namens gespeichert ist (Kurzname, vollständiger Name oder Adresse), ist ein eigener Eintrag: Unter Systemsteuerung > Anmeldeinformationsverwaltung > Windows-Anmeldeinformationen sind alle aufgelistet. Rückgängig machen lässt sich das nicht: Sie geben das Kennwort bei der nächsten Verbindung einfach erneut ein.
fix-flush_dns =
    .title = Den Namensspeicher (DNS-Cache) dieses Computers leeren
    .steps = Computer merken sich die Adressen von Namen eine Weile. Wenn der Remote-PC eine andere Adresse bekommen hat (oder Sie gerade das VPN verbunden haben), sorgt das Leeren dieses Speichers dafür, dass dieser Computer neu nachfragt. Sonst ändert sich nichts, es gibt also nichts rückgängig zu machen.
fix-reset_network_stack =
    .title = Die Netzwerkeinstellungen dieses Computers zurücksetzen
    .risk = Erfordert einen Neustart; von Hand eingetragene Netzwerkeinstellungen (eine feste Adresse oder ein DNS-Server) und manche VPN- oder Sicherheitssoftware müssen eventuell neu eingerichtet werden.
    .steps = Wenn dieser Computer nichts erreicht oder Namen nicht mehr funktionieren, leeren diese Befehle seinen Namensspeicher (DNS-Cache; die erste Zeile, die keine besonderen Rechte braucht) und setzen die Netzwerkteile von Windows auf ihre Standardwerte zurück (die beiden anderen, die eine als Administrator ausgeführte Eingabeaufforderung und danach einen Neustart brauchen). Rückgängig machen lässt sich das nicht, ist aber auch nicht nötig: Sie stellen die Standardwerte von Windows wieder her.
fix-test_port =
    .title = Den Remotedesktop-Port von einem anderen Computer aus prüfen
    .steps = Um herauszufinden, ob das Problem am Netzwerk dieses Computers oder am Remote-PC liegt, führen Sie diesen Befehl auf einem anderen Computer aus, am besten auf einem im selben Netzwerk wie { $host }. Meldet er TcpTestSucceeded : True (nc meldet „succeeded“ oder „open“), antwortet der Remote-PC auf Port { $port }, und das Problem liegt zwischen diesem Computer und ihm: beim VPN, einer Firewall oder dem Netzwerk. Der Befehl testet nur, es gibt also nichts rückgängig zu machen.
fix-check_port =
    .steps-usual_port = Remotedesktop verwendet Port 3389, sofern die IT für diesen PC keinen anderen gewählt hat. Fragen Sie die IT, welchen Port er verwendet, und hängen Sie ihn mit einem Doppelpunkt an die Adresse an (zum Beispiel pc.example.com:3390), oder prüfen Sie Adresse und Port in der .rdp-Datei, die Sie von der IT bekommen haben.
    .steps-other_port = Sie verbinden sich mit Port { $port }, aber Remotedesktop verwendet Port 3389, sofern die IT für diesen PC keinen anderen gewählt hat. Klären Sie die Zahl nach dem Doppelpunkt in der Adresse (oder den Port in der .rdp-Datei) mit der IT, oder versuchen Sie es mit der Adresse ohne diese Zahl.
    .title = Die Portnummer prüfen
fix-check_port_forwarding =
    .title = Die Portweiterleitung im Router prüfen
    .steps = Wenn diese Adresse ein Router ist, der Port { $port } an den Remote-PC weiterleitet (typisch für ein Homeoffice oder ein kleines Büro, das über das Internet erreicht wird), öffnen Sie die Seite für Portweiterleitungen im Router und stellen Sie sicher, dass Port { $port } an die eigene Adresse des Remote-PCs im lokalen Netzwerk und an seinen Remotedesktop-Port (3389) geht. Dort antwortet jetzt ein anderes Gerät: Der PC hat vielleicht eine neue Adresse bekommen, oder die Regel zeigt auf ein anderes Gerät (ein NAS, eine Kamera, einen Server).
fix-use_as_gateway =
    .title = Diese Adresse als Remotedesktopgateway eintragen
    .steps = Geben Sie in der Remotedesktopverbindung (mstsc) als Computer den Namen des PCs ein, den Sie erreichen möchten, öffnen Sie dann Optionen einblenden > Erweitert > Einstellungen, wählen Sie „Diese RD-Gatewayservereinstellungen verwenden“ und tragen Sie { $gateway } als Servernamen ein. In der Windows App oder in Remotedesktop auf dem Mac fügen Sie { $gateway } als Gateway hinzu und wählen es für den PC aus. Die IT kann Ihnen den Namen des PCs nennen oder Ihnen eine .rdp-Datei geben, die beides enthält. Um beide Abschnitte zu prüfen: rdp-doctor check <PC-Name> --gateway { $gateway }
fix-firewall_rule =
    .title = Remotedesktop durch die Firewall { $pc ->
        [this] dieses PCs
       *[remote] des Remote-PCs
    } zulassen
    .steps = Stellen Sie auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    } sicher, dass Remotedesktop eingeschaltet ist (Einstellungen > System > Remotedesktop), und führen Sie dann einen dieser Befehle als Administrator aus, um seinen Port in der Windows Defender Firewall zu öffnen. Wenn eine Netzwerkfirewall oder ein Router dazwischen sitzt, muss der Port auch dort freigegeben sein.
fix-renew_certificate =
    .title = Das Remotedesktopzertifikat { $pc ->
        [this] dieses PCs
       *[remote] des Remote-PCs
    } erneuern
    .steps = Öffnen Sie auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    } Windows PowerShell als Administrator und führen Sie dieses Skript aus. Es entfernt nur abgelaufene Zertifikate aus dem Zertifikatspeicher „Remotedesktop“, startet den Remotedesktopdienst neu, damit Windows ein neues Zertifikat erstellt, und zeigt den Fingerabdruck des neuen Zertifikats an. Rückgängig machen lässt sich das nicht, ist aber auch nicht nötig: Was es entfernt, war abgelaufen und nicht mehr verwendbar.
    .risk = Der Neustart des Remotedesktopdienstes trennt alle, die mit dem PC verbunden sind.
fix-rebuild_machinekeys =
    .title = Den Schlüsselordner reparieren, den Windows zum Erstellen eines Zertifikats braucht
    .steps = Wenn Windows sein Remotedesktopzertifikat nicht erstellen oder erneuern kann (Ereignisse 1057/1058 oder Schannel 36870 auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    }), sind meist die Berechtigungen des Ordners MachineKeys beschädigt. In einer als Administrator ausgeführten Eingabeaufforderung auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    } sichern diese Befehle die aktuellen Berechtigungen, stellen die Berechtigungen wieder her, die Windows erwartet, und starten den Remotedesktopdienst neu.
    .risk = Auch andere Programme bewahren Schlüssel in diesem Ordner auf: Die Berechtigungen werden zuerst gesichert, damit der Befehl zum Rückgängigmachen sie wiederherstellen kann. Der Neustart des Dienstes trennt alle, die mit dem PC verbunden sind.
fix-credssp_policy =
    .title = Diesem Computer die Verbindung zu einem Remote-PC ohne das CredSSP-Update von 2018 erlauben
    .steps = Die eigentliche Lösung ist, Windows-Updates auf dem Remote-PC zu installieren. Bis dahin kann die IT diesem Computer die Verbindung erlauben, indem sie auf diesem Computer die Gruppenrichtlinie „Verschlüsselungsorakel-Wiederherstellung“ ändert (Computerkonfiguration > Administrative Vorlagen > System > Delegierung von Anmeldeinformationen), und das rückgängig machen, sobald der Remote-PC aktualisiert ist.
    .risk = Schwächt den Schutz gegen einen bekannten Angriff (CVE-2018-0886): Machen Sie es rückgängig, sobald der Remote-PC aktualisiert ist.
fix-nla_temporarily_off =
    .title = Die Authentifizierung auf Netzwerkebene (NLA) auf dem Remote-PC vorübergehend ausschalten
    .steps = Nur solange das Anmeldeproblem behoben wird: Ohne NLA (die Anmeldung vor dem Verbindungsaufbau) zeigt der Remote-PC seinen eigenen Anmeldebildschirm, statt zuerst Ihr Konto zu prüfen. Schalten Sie sie danach mit dem Befehl zum Rückgängigmachen wieder ein.
    .risk = Verringert die Sicherheit: Jeder, der den PC erreichen kann, sieht seinen Anmeldebildschirm. Machen Sie es rückgängig, sobald das Problem behoben ist.
fix-security_layer =
    .title = { $pc ->
        [this] Diesem PC
       *[remote] Dem Remote-PC
    } TLS-Verschlüsselung erlauben
    .steps = { $pc ->
        [this] Dieser PC
       *[remote] Der Remote-PC
    } ist nur auf die alte Standard-RDP-Sicherheit eingestellt. Steht seine Sicherheitsebene auf „Aushandeln“, können Clients TLS verwenden, und ältere Clients können sich trotzdem weiter verbinden. Die Gruppenrichtlinie „Verwendung einer bestimmten Sicherheitsebene für Remoteverbindungen (RDP) erforderlich“ (unter Remotedesktopsitzungs-Host > Sicherheit) hat Vorrang: Prüfen Sie auch diese.
fix-disable_sleep =
    .title = { $pc ->
        [this] Diesen PC
       *[remote] Den Remote-PC
    } wach halten, solange er am Stromnetz angeschlossen ist
    .steps = Ein PC im Energiesparmodus ist per Remotedesktop nicht erreichbar. Sobald ihn jemand aufgeweckt hat, verhindern diese Befehle (als Administrator auf dem betreffenden PC ausgeführt), dass er im Netzbetrieb in den Energiesparmodus oder Ruhezustand wechselt.
    .risk = Der PC verbraucht mehr Strom. Der Befehl zum Rückgängigmachen stellt wieder den üblichen Windows-Standardwert von 30 Minuten ein.
fix-enable_remote_desktop =
    .title = Remotedesktop auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    } einschalten
    .steps = Remotedesktop ist auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    } ausgeschaltet. In einer als Administrator ausgeführten PowerShell oder Eingabeaufforderung auf dem betreffenden PC schalten diese Befehle es ein (wie Einstellungen > System > Remotedesktop) und öffnen seinen Port in der Windows Defender Firewall. Die Variante für die Eingabeaufforderung spricht die Firewallregeln mit ihrem englischen Namen an: Auf einem deutschen Windows (oder einem in einer anderen Sprache) verwenden Sie die PowerShell-Variante. Der Befehl zum Rückgängigmachen schaltet Remotedesktop wieder aus und schließt den Port.
    .risk = Jeder, der diesen PC über das Netzwerk erreicht, kann versuchen, sich dort anzumelden: Machen Sie ihn nur über das VPN oder ein Remotedesktopgateway erreichbar.
fix-start_rdp_service =
    .steps-disabled = Der Remotedesktopdienst auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    } ist deaktiviert, daher nimmt er keine Verbindungen an. In einer als Administrator ausgeführten PowerShell oder Eingabeaufforderung auf dem betreffenden PC setzen diese Befehle seinen Starttyp wieder auf „Manuell“ (die Windows-Standardeinstellung) und starten ihn sofort. Wenn er von selbst wieder beendet wird, steht der Grund in der Ereignisanzeige dieses PCs unter Windows-Protokolle > System. Der Befehl zum Rückgängigmachen beendet den Dienst wieder und deaktiviert ihn; dabei werden alle getrennt, die mit dem PC verbunden sind.
    .steps-stopped = Der Remotedesktopdienst auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    } ist beendet, daher nimmt er keine Verbindungen an. In einer als Administrator ausgeführten PowerShell oder Eingabeaufforderung auf dem betreffenden PC startet dieser Befehl ihn. Wenn er von selbst wieder beendet wird, steht der Grund in der Ereignisanzeige dieses PCs unter Windows-Protokolle > System. Der Befehl zum Rückgängigmachen beendet den Dienst wieder; dabei werden alle getrennt, die mit dem PC verbunden sind.
    .title = Den Remotedesktopdienst auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    } starten
fix-unbind_certificate =
    .title = Das abgelaufene Zertifikat { $pc ->
        [this] dieses PCs
       *[remote] des Remote-PCs
    } nicht mehr verwenden
    .steps = Remotedesktop auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    } ist so eingestellt, dass es ein abgelaufenes Zertifikat verwendet (Fingerabdruck { $thumbprint }). Wird diese Einstellung entfernt, verwendet Windows wieder sein eigenes Zertifikat, das verbindende Computer nach einer Warnung akzeptieren. Führen Sie einen dieser Befehle als Administrator auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    } aus; die PowerShell-Variante prüft zuerst, ob die Einstellung noch dieses Zertifikat nennt. Wenn eine Gruppenrichtlinie die Einstellung wieder setzt, muss das Zertifikat dort erneuert werden, wo es herkommt. Der Befehl zum Rückgängigmachen stellt die Einstellung wieder her; das funktioniert nur, solange dieses Zertifikat noch auf dem PC vorhanden ist.
    .risk = Der Neustart des Remotedesktopdienstes trennt alle, die mit dem PC verbunden sind.
fix-reset_sessions =
    .which-none_listed = Setzen Sie jede getrennte Sitzung mit rwinsta und ihrer Nummer zurück.
    .which-all = Die Befehle unten setzen die getrennten Sitzungen zurück, die bei der Prüfung gefunden wurden.
    .which-first = Die Befehle unten setzen die ersten { $n } getrennten Sitzungen zurück, die bei der Prüfung gefunden wurden; { $more } weitere setzen Sie auf dieselbe Weise mit den Nummern zurück, die qwinsta anzeigt.
    .title = Remotedesktopsitzungen auf { $pc ->
        [this] diesem PC
       *[remote] dem Remote-PC
    } freigeben
    .steps = { $pc ->
        [this] Dieser PC
       *[remote] Der Remote-PC
    } hat keine freien Remotedesktopsitzungen mehr: Wer die Verbindung getrennt hat, ohne sich abzumelden, belegt sie noch. In einer als Administrator ausgeführten Eingabeaufforderung auf dem betreffenden PC listet qwinsta die Sitzungen auf: Prüfen Sie, ob jede Sitzung, die Sie zurücksetzen, noch als getrennt angezeigt wird (auf einem deutschen Windows „Getr.“, auf einem englischen „Disc“), denn eine Nummer kann inzwischen an jemanden vergeben sein, der sich neu angemeldet hat. { $which } (logoff mit der Nummer ist eine schonendere Alternative, bei der sich Programme beenden können.) Rückgängig machen lässt sich das nicht: Eine zurückgesetzte Sitzung ist weg, mit allem, was darin nicht gespeichert war.
    .risk = Alles, was in diesen Sitzungen nicht gespeichert ist, geht verloren.

## Zeilen, Zusammenfassungen und Berichte
area-input = Der Remote-PC
area-dns = Den Computer finden (DNS)
area-network = Das Netzwerk dieses Computers
area-reach = Den Remotedesktop-Port erreichen
area-rdp = Remotedesktop-Sicherheit
area-tls = Verschlüsselung und Zertifikat
area-nla = Anmeldesicherheit (NLA)
area-gateway = Remotedesktopgateway
area-quality = Verbindungsqualität
area-client = Remotedesktop-Einrichtung dieses Computers
area-host_setting = Remotedesktop eingeschaltet
area-host_service = Remotedesktopdienst und Port
area-host_firewall = Windows Defender Firewall
area-host_certificate = Remotedesktopzertifikat
area-host_power = Energiespareinstellungen
area-host_sessions = Sitzungen
row-input = { $host }, Port { $port }
row-input-file = { $host }, Port { $port } (aus { $file })
row-looks-right = Sieht richtig aus
row-network = Verbunden über { $interface }
row-network-vpn = Verbunden über { $interface }, VPN { $vpn } aktiv
row-network-no-route = Keine Standardroute; nur lokale Netzwerke sind erreichbar
row-skip = Nicht geprüft
row-skip-blocked = Nicht geprüft wegen des Problems oben: { $title }
row-skip-out-of-time = Nicht geprüft: Die Zeit für die Prüfung ist abgelaufen
row-skip-standard-security = Nicht verwendet: Der Remote-PC verwendet die ältere Standard-RDP-Sicherheit
row-skip-no-nla = Nicht verwendet: Der Remote-PC verlangt keine vorherige Anmeldung
row-skip-behind-gateway = Nicht direkt geprüft: Die Verbindung läuft über das Gateway, das zuerst Ihre Anmeldung braucht
row-skip-no-gateway = Nicht verwendet: Für diese Verbindung ist kein Remotedesktopgateway eingerichtet
summary-you = { $title }. Das können Sie selbst beheben.
summary-it = { $title }. Das kann Ihre IT-Abteilung beheben.
summary-all-good = Alles, was wir geprüft haben, funktioniert: Der Remote-PC sollte Ihre Verbindung annehmen.


## Die Text- und HTML-Berichte
render-none = keine
render-fix = Lösung: { $title } ({ $whom })
render-fix-heading = Lösung: { $title }
render-fix-here = auf diesem Computer
render-fix-there = auf dem Remote-PC
render-fix-admin = als Administrator
render-fix-for-it = für die IT
render-risk = Risiko: { $risk }
render-undo = Rückgängig machen:
render-org-name-help = Geprüft für { $name } – Hilfe: { $help }
render-org-name = Geprüft für { $name }
render-org-help = Hilfe: { $help }
render-error-code = Fehlercode, den Sie gesehen haben: { $code }
render-evidence = Belege: { $facts }
render-took = Geprüft in { $ms } ms.
shell-powershell = PowerShell
shell-cmd = Eingabeaufforderung
shell-sh = Shell
verdict-ok = Alles in Ordnung
verdict-warn = Warnung
verdict-fail = Problem gefunden
verdict-skipped = Nicht geprüft
severity-ok = OK
severity-info = Hinweis
severity-warn = Warnung
severity-fail = Problem
severity-skipped = Übersprungen
# Der HTML-Bericht: der Sprachcode der Seite, dann ihre Texte (Werte kommen maskiert an).
html-title = RDP-Doctor-Bericht: { $target }
html-meta = { $tool } { $version } · geprüft { $start } · Dauer { $ms } ms
html-meta-code = {" "}· gesehener Fehlercode: { $code }
html-checklist = Checkliste
html-check = Prüfung
html-result = Ergebnis
html-details = Details
html-time = Zeit
html-ms = { $ms } ms
html-findings = Befunde

## Wörter: Datumsangaben, Zeitspannen, Listen
words-date = { $day }. { $month } { $year }
words-month = { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
        [12] Dezember
       *[other] ?
    }
words-when = { $date }, { $hour }:{ $minute } Uhr ({ $zone })
words-zone = { $name }, { $offset }
words-impossible_date = (ein unmögliches Datum, { $unix })
words-earlier_today = heute
words-later_today = heute
words-tomorrow = morgen
words-yesterday = gestern
words-days_ago = vor { $n } Tagen
words-in_days = in { $n } Tagen
words-seconds = { $n ->
        [one] { $n } Sekunde
       *[other] { $n } Sekunden
    }
words-minutes = { $n ->
        [one] { $n } Minute
       *[other] { $n } Minuten
    }
words-hours = { $n ->
        [one] { $n } Stunde
       *[other] { $n } Stunden
    }
words-days = { $n ->
        [one] { $n } Tag
       *[other] { $n } Tage
    }
# „a, b und c“: die Einträge vor dem letzten, mit dem Trennzeichen verbunden.
words-list = { $init } und { $last }
words-list-separator = {", "}

## Zeilen einer .rdp-Datei, die wir übersprungen haben, und Namen, die wir nicht lesen konnten
## (crates/engine/src/input.rs): kleingeschriebene Bruchstücke, die nie einen Wert zitieren
skip-not_a_line = nicht in der Form name:typ:wert
skip-not_a_link_part = nicht in der Form name=typ:wert
skip-control_character = enthält ein Steuerzeichen, etwa ein NUL-Byte
# $setting ist eines der beiden unten.
skip-setting = „{ $name }“
skip-unknown_setting = eine Einstellung
skip-unknown_type = { $setting } hat einen anderen Typ als s, i oder b
skip-not_whole_number = { $setting } ist keine ganze Zahl
skip-out_of_range = { $setting } liegt außerhalb des Bereichs einer 32-Bit-Zahl
skip-not_hex = { $setting } ist nicht hexadezimal
skip-odd_hex_digits = { $setting } hat eine ungerade Anzahl Hexadezimalziffern
# Warum eine ganze Datei abgelehnt wird, nach dem Doppelpunkt von input-file_not_rdp.
skip-utf16_big_endian = sie ist als UTF-16 Big-Endian gespeichert, was Remotedesktop nicht liest; speichern Sie sie als Unicode (UTF-16LE) oder UTF-8
skip-binary = sie enthält Binärdaten, keine Remotedesktopeinstellungen
# Ein Computername oder eine Adresse oder ein Port, der nicht verwendet werden kann (TargetError des Modells).
name-empty = bitte geben Sie den Namen oder die Adresse des Computers ein, mit dem Sie sich verbinden
name-invalid_host = „{ $input }“ ist kein Computername und keine Adresse: { $reason }
name-invalid_port = „{ $port }“ ist kein gültiger Port: Ein Port ist eine Zahl von 1 bis 65535 (Remotedesktop verwendet 3389)
# Was mit dem Namen nicht stimmt: $reason von name-invalid_host und config-computer_invalid.
name-unclosed_bracket = zur „[“ fehlt die schließende „]“
name-after_bracket = nach „]“ darf nur „:port“ folgen
name-not_ipv6_in_brackets = der Teil in eckigen Klammern ist keine IPv6-Adresse
name-several_colons = er enthält mehrere „:“; schreiben Sie eine IPv6-Adresse mit Port als [adresse]:port
name-leading_backslashes = geben Sie den Computernamen ohne die führenden \\ ein
name-empty_name = der Name ist leer
name-too_long = ein Computername ist höchstens 253 Zeichen lang
name-character = Namen dürfen nur Buchstaben, Ziffern, „-“ und „.“ enthalten, nicht das Zeichen „{ $character }“
name-space_or_control = Namen dürfen nur Buchstaben, Ziffern, „-“ und „.“ enthalten, kein Leerzeichen und kein Steuerzeichen
name-empty_label = er hat einen leeren Teil zwischen zwei Punkten
name-label_too_long = jeder Teil zwischen zwei Punkten ist höchstens 63 Zeichen lang
name-label_hyphen = ein Teil zwischen zwei Punkten darf nicht mit „-“ beginnen oder enden
name-bad_ipv4 = er sieht aus wie eine IPv4-Adresse, ist aber keine gültige
# Der Fehlercode, den der Benutzer eingegeben hat (ErrorCodeError des Modells); die Sitzung schreibt ihn groß.
name-error_code = „{ $code }“ ist kein Fehlercode; geben Sie ihn so ein, wie Remotedesktop ihn anzeigt, z. B. 0x904 oder 0x904/0x7
## Das Fenster
# Die eigenen Texte des Desktopfensters, die ihm `page_words` (engine::page::words) liefert: jede
# Nachricht formatiert, die Platzhalter als `{name}` belassen, die die Seite füllt. Seitennachrichten
# verwenden nur einfache Platzhalter (keine Selektoren): Ein Plural sind zwei Nachrichten.

page-app-name = RDP Doctor
page-window-title = RDP Doctor — { $who } — { $word }
page-platform-windows = Windows
page-platform-macos = macOS
page-platform-linux = Linux
page-language-label = Sprache
page-language-fixed = Ihre IT-Abteilung hat die Sprache von RDP Doctor festgelegt.
page-language-unknown = RDP Doctor spricht die Sprache „{ $tag }“ nicht.
page-not-connected = Dieses Fenster ist nicht mit RDP Doctor verbunden. Bitte schließen Sie es und starten Sie RDP Doctor neu.
page-something-wrong = In RDP Doctor ist etwas schiefgelaufen.
page-run-busy = Es läuft bereits eine Prüfung. Warten Sie, bis sie fertig ist, oder klicken Sie auf „Abbrechen“.
page-watch-busy = RDP Doctor beobachtet gerade die Verbindung. Klicken Sie zuerst auf „Beobachtung beenden“.

# Eine Prüfung
page-cancel = Abbrechen
page-cancelling = Wird abgebrochen…
page-host-shown = Dieser PC (als Remotedesktophost)
page-file-shown = { $name } (Remotedesktopdatei)
page-checking = Wird geprüft…
page-checking-host = Die Remotedesktopeinstellungen, der Dienst, die Firewall, das Zertifikat, die Energiespareinstellungen und die Sitzungen dieses PCs werden geprüft.
page-checking-target = Die Verbindung zu { $target } wird geprüft.
page-checking-connection = Die Verbindung wird geprüft.
page-checking-sub = Das dauert meist nur wenige Sekunden. Auf keinem Computer wird etwas geändert.
page-starting = Wird gestartet…
page-results-later = Die Ergebnisse erscheinen hier, sobald die Prüfung fertig ist.
page-cancelled = Abgebrochen
page-cancelled-sentence = Sie haben die Prüfung vor dem Ende angehalten.
page-cancelled-sub = Es wurde nichts geändert. Klicken Sie auf „Verbindung prüfen“, um neu zu beginnen.
page-cancelled-findings = Die Prüfung wurde abgebrochen, daher gibt es keine Ergebnisse.
page-cancelled-checklist = Die Prüfung wurde abgebrochen, bevor ein Schritt gelaufen ist.
page-cancelled-status = Die Prüfung wurde abgebrochen.
page-could-not-cancel = Die Prüfung konnte nicht abgebrochen werden: { $why }
page-bad-code = Bitte prüfen Sie den Fehlercode
page-bad-code-sub = Oder wählen Sie „Keiner“, wenn Sie keinen Code gesehen haben.
page-not-finished = Die Prüfung wurde nicht abgeschlossen
page-not-finished-sub = Bitte versuchen Sie es erneut. Wenn das immer wieder passiert, senden Sie einen Screenshot dieses Fensters an Ihre IT-Abteilung.
page-not-finished-findings = Die Prüfung wurde nicht abgeschlossen, daher gibt es keine Ergebnisse.
page-not-finished-checklist = Die Prüfung wurde beendet, bevor ein Schritt gelaufen ist.

# Befunde und Lösungen
page-nothing-to-report = Nichts zu melden.
page-more-show-works = Anzeigen, was funktioniert ({ $count })
page-more-hide-works = Ausblenden, was funktioniert
page-more-show-notes = Weitere Hinweise anzeigen ({ $count })
page-more-hide-notes = Weitere Hinweise ausblenden
page-more-show-both = Anzeigen, was funktioniert, und weitere Hinweise ({ $count })
page-more-hide-both = Ausblenden, was funktioniert, und weitere Hinweise
page-old-fix = Diese Lösung gehört zu einer älteren Prüfung. Bitte führen Sie die Prüfung erneut aus.
page-done = Erledigt.
page-fix-failed = Das hat nicht funktioniert: { $why }
page-wake-needs-mac = Geben Sie zuerst die Adresse der Netzwerkkarte ein (die IT kann sie Ihnen nennen).
page-sent = Gesendet.

# Die Schaltflächen des Berichts
page-copied = Der Bericht ist in der Zwischenablage.
page-could-not-copy = Der Bericht konnte nicht kopiert werden: { $why }
page-could-not-save = Der Bericht konnte nicht gespeichert werden: { $why }
page-sending = Der Bericht wird gespeichert und Ihr E-Mail-Programm geöffnet…
page-sent-to-it = Der Bericht ist gespeichert und Ihr E-Mail-Programm ist geöffnet.
page-could-not-send = Der Bericht konnte nicht gesendet werden: { $why }
page-could-not-open-help = Die Hilfeseite konnte nicht geöffnet werden: { $why }
page-send-title = Den Bericht speichern und eine E-Mail an { $email } schreiben

# Dateien
page-could-not-open-file = Die Datei konnte nicht geöffnet werden: { $why }
page-not-an-rdp-file = Das ist keine Remotedesktopdatei. Bitte ziehen Sie eine Datei hierher, deren Name auf .rdp endet.

# Beobachten
page-stop-watching = Beobachtung beenden
page-stopping = Wird beendet…
page-run-first = Führen Sie zuerst eine Prüfung aus und beobachten Sie dann deren Verbindung.
page-trying = Die Verbindung wird einmal pro Sekunde versucht…
page-time-left = noch { $time }
page-finishing = Wird abgeschlossen…
page-last-try = Letzter Versuch, { $time }: { $words }.
page-watched-for = { $time } lang beobachtet
page-finished-watching = Beobachtung nach { $attempts } abgeschlossen.
page-stopped = Beendet
page-stopped-watching = Beobachtung nach { $attempts } beendet.
page-watching-stopped = Die Beobachtung wurde beendet: { $why }
page-could-not-stop = Die Beobachtung konnte nicht beendet werden: { $why }

# Das Wort neben dem Symbol jedes Zustands (eine Zeile, ein Befund)
page-state-running = Wird geprüft…
page-state-ok = OK
page-state-info = Hinweis
page-state-warn = Warnung
page-state-fail = Problem
page-state-skipped = Übersprungen
page-state-cancelled = Abgebrochen
page-state-stopped = Nicht abgeschlossen
page-state-unknown = Unbekannt
# Das Wort für das Gesamtergebnis, in der Kopfzeile und im Banner
page-verdict-none = Noch nicht geprüft
page-verdict-running = Wird geprüft…
page-verdict-ok = Alles in Ordnung
page-verdict-warn = Warnung
page-verdict-fail = Problem gefunden
page-verdict-cancelled = Abgebrochen
page-verdict-error = Prüfung nicht abgeschlossen

# Die Checkliste und das Banner
page-checking-now = Wird jetzt geprüft…
page-waiting-turn = Wartet, bis es an der Reihe ist…
page-step-not-finished = Dieser Schritt wurde nicht abgeschlossen.
page-took = Dauer:{ " " }
page-not-understood = Nicht verstanden
page-target-from-file = { $target } (aus { $file })
page-checked-target = { $target } geprüft.
page-checked-target-in = { $target } in { $took } geprüft.
page-open-a-result = Öffnen Sie ein Ergebnis, um Details zu sehen und zu erfahren, was zu tun ist.

# Die Konfiguration der IT
page-open-web-page = { $web } öffnen
page-checked-for = Geprüft für{ " " }
page-help-after-name = { " " }– Hilfe:{ " " }
page-help = Hilfe:{ " " }
page-preset-file-title = Die Verbindung aus der Remotedesktopdatei der IT prüfen
page-preset-check = Prüfen:{ " " }

# Das Fenster eines Befunds
page-explains-code = Erklärt { $code }
page-explains-your-error = Erklärt Ihren Fehler
page-who-can-fix = Wer es beheben kann:{ " " }
page-who-it = Ihre IT-Abteilung
page-who-user = Sie, auf diesem Computer
page-how-to-fix = So beheben Sie es
page-how-to-fix-choose = So beheben Sie es (wählen Sie eine Möglichkeit)
page-facts-for-it = Fakten für die IT
page-reference = Referenz:{ " " }
page-connect-by-address = Über die Adresse verbinden
page-copy-command = Befehl kopieren
page-copy-command-for-it = Befehl für die IT kopieren
page-run-on = Ausführen auf:{ " " }
page-run-on-here = diesem Computer
page-run-on-here-admin = diesem Computer, als Administrator
page-run-on-remote = dem Remote-PC
page-run-on-remote-admin = dem Remote-PC, als Administrator
page-be-aware = Bitte beachten:{ " " }
page-wake-mac-label = Die Adresse der Netzwerkkarte (MAC) des PCs, falls Sie sie kennen
page-wake-mac-placeholder = z. B. 00-1A-2B-3C-4D-5E
page-wake-pc = PC aufwecken
page-command-option = { $shell } (Möglichkeit { $n })
page-undo-later = Um es später rückgängig zu machen
page-shell-powershell = PowerShell
page-shell-cmd = Eingabeaufforderung
page-shell-sh = Terminal
page-command = Befehl
page-yes = Ja
page-no = Nein
page-time-ms = Zeit (ms)
# Wie die Wörter der Belegschlüssel geschrieben werden („rtt“ → „Round trip“)
page-key-ip = IP
page-key-ips = IPs
page-key-dns = DNS
page-key-tcp = TCP
page-key-tls = TLS
page-key-rdp = RDP
page-key-nla = NLA
page-key-os = Betriebssystem
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
page-key-rtt = Antwortzeit

# Zeiten und das Diagramm der Beobachtung
page-ms = { $n } ms
page-less-than-1-ms = <1 ms
page-seconds = { $n } s
page-minutes = { $m } min
page-minutes-seconds = { $m } min { $s } s
page-attempt-one = { $n } Versuch
page-attempts = { $n } Versuche
page-attempts-failed = { $attempts }, { $failed } gescheitert
page-at-seconds = bei { $n } s
page-sample-failed = gescheitert: { $why }
page-no-answer = keine Antwort
page-connected-in = verbunden in { $time }
page-answered-in = { $connected }; Remotedesktop hat in { $time } geantwortet
page-try-label = Versuch { $n }, { $time }: { $words }
page-no-tries = Verbindungszeit für jeden Versuch: noch keine Versuche.
page-for-one-try = Verbindungszeit für den 1 Versuch
page-for-tries = Verbindungszeit für jeden der { $n } Versuche
page-worked-each = { $n } erfolgreich, jeder in { $time }
page-worked-range = { $n } erfolgreich, in { $fastest } bis { $slowest }
page-none-failed = keiner gescheitert
page-failed-at = { $time }: { $why }
page-and-more = ; und { $n } weitere
page-failed-list = { $n } gescheitert ({ $list }{ $more })

# Der feste Text des Fensters (index.html, data-msg-Attribute)
page-html-computer = Computer
page-html-checked-on = Geprüft am
page-html-error-code = Fehlercode
page-html-config-lead = Einstellungen Ihrer IT-Abteilung:
page-html-target-label = Mit welchem Computer verbinden Sie sich?
page-html-target-placeholder = pc.firma.de oder 10.0.0.5
page-html-code-label = Fehlercode, den Sie gesehen haben
page-html-optional = (optional)
page-html-code-none = Keiner
page-html-code-904-7 = 0x904, erweiterter Code 0x7
page-html-code-other = Anderer…
page-html-code-other-placeholder = z. B. 0x508 oder 2308 – oder fügen Sie die ganze Fehlermeldung ein
page-html-code-other-label = Anderer Fehlercode, so wie Remotedesktop ihn angezeigt hat
page-html-check-connection = Verbindung prüfen
page-html-open-file = .rdp-Datei öffnen…
page-html-check-host = Diesen PC als Remotedesktophost prüfen
page-html-check-host-title = Führen Sie das auf dem PC aus, mit dem sich andere verbinden
page-html-presets-label = Von Ihrer IT-Abteilung eingerichtet:
page-html-intro-heading = Finden Sie heraus, warum Remotedesktop keine Verbindung herstellt
page-html-intro-before = Geben Sie den Namen oder die Adresse des Computers ein, mit dem Sie sich verbinden, und klicken Sie auf
page-html-intro-after = . RDP Doctor probiert jeden Schritt einer Remotedesktopverbindung aus und sagt Ihnen dann in einfachen Worten, was funktioniert, was nicht und wer es beheben kann. Das dauert nur wenige Sekunden.
page-html-intro-privacy = Es fragt nie nach Ihrem Kennwort und spricht nur mit dem Computer, den Sie angeben.
page-html-intro-hint = Sie haben von der IT eine Remotedesktopdatei (.rdp) bekommen? Öffnen Sie sie mit der Schaltfläche oben oder ziehen Sie sie auf dieses Fenster. Ein eingefügter rdp://-Link oder eine FreeRDP-Befehlszeile (/v:pc /g:gateway) funktioniert im Feld ebenfalls.
page-html-result = Ergebnis
page-html-copy-report = Bericht kopieren
page-html-save-report = Bericht speichern…
page-html-send-to-it = An die IT senden
page-html-checks-heading = Was wir geprüft haben
page-html-findings-heading = Was wir gefunden haben
page-html-show-what-works = Anzeigen, was funktioniert
page-html-watch-heading = Die Verbindung beobachten
page-html-watch-for = Beobachten für
page-html-watch-30 = 30 Sekunden
page-html-watch-60 = 1 Minute
page-html-watch-300 = 5 Minuten
page-html-start-watching = Beobachtung starten
page-html-no-attempts = 0 Versuche, 0 gescheitert
page-html-time-to-connect = Verbindungszeit
page-html-try-failed = Versuch gescheitert
page-html-open = Öffnen
page-html-drop-title = Legen Sie die .rdp-Datei hier ab, um sie zu prüfen
page-html-drop-sub = RDP Doctor liest die Adresse des Computers aus der Datei.

## Fehlercodes, die die Remotedesktop-App anzeigt: was sie bedeuten

code-with-extended = { $base } { $extended }
code-named = Microsoft nennt ihn { $name }; eine verständliche Erklärung ist nicht veröffentlicht.
code-no-meaning = Für Code 0x{ $code } ist keine Bedeutung veröffentlicht.
code-extended-unknown = Der erweiterte Code 0x{ $code } ist uns nicht bekannt.
code-list-disconnect = der Trennungsgründe der Remotedesktop-App
code-list-extended = der erweiterten Trennungsgründe der Remotedesktop-App
code-list-errinfo = der Fehlerinformationen, die Remotedesktopserver senden (die ERRINFO-Codes von FreeRDP)
code-list-errconnect = der Verbindungsfehler von FreeRDP (ERRCONNECT-Codes)
code-list-windows_app = der Fehlercodes der Windows App und von Azure Virtual Desktop
code-name = Microsoft nennt ihn { $name }; er steht in der Liste { $list }.
code-in-list = Er steht in der Liste { $list }; ein Name ist dafür nicht veröffentlicht.
code-read-dialog = Aus dem Text der Fehlermeldung gelesen.
code-read-name = Aus dem FreeRDP-Namen { $name } gelesen.
code-read-freerdp = Als FreeRDP-Fehlernummer 0x{ $number } gelesen, also Code 0x{ $code }.
code-read-hex = Als hexadezimal 0x{ $hex } gelesen: Dezimal gelesen sind dieselben Ziffern kein Remotedesktop-Code.
code-read-decimal = Als Dezimalzahl { $digits } gelesen, hexadezimal 0x{ $hex }.
code-other-reading = Es könnte auch 0x{ $code } aus der Liste { $list } sein: { $meaning }
code-who-host_owner = Beheben kann das, wer den Remote-PC betreut.
code-who-unknown = Fragen Sie Ihre IT-Abteilung oder wer den Remote-PC betreut.
code-account =
    .title = Dieser Fehler betrifft Ihr Konto, nicht das Netzwerk
    .detail = { $meaning } Konten kann keine Prüfung von diesem Computer aus sehen, daher können die Prüfungen unten alle bestanden sein. { $who }
code-licensing =
    .title = Dieser Fehler betrifft die Remotedesktoplizenzierung, nicht das Netzwerk
    .detail = { $meaning } Lizenzen vergeben der Remote-PC und sein Lizenzserver; das kann keine Prüfung von diesem Computer aus sehen. { $who }

## Die Sitzung der App: Fehler, Bestätigungen und Dialogtitel (crates/engine)

# Was eine Prüfung im Hostmodus prüft, wie es die Kopfzeile des Fensters anzeigt.
session-this_pc = Dieser PC
session-unknown_preset = Diese Prüfung steht nicht in der Liste der IT.
session-nothing_to_check = bitte nennen Sie den zu prüfenden Computer, z. B. rdp-doctor check pc.example.com
session-cancelled = Die Prüfung wurde abgebrochen.
session-watch_stopped = Die Beobachtung wurde beendet.
session-no_report = Führen Sie zuerst eine Prüfung aus.
session-no_target_to_watch = Es gibt nichts zu beobachten: Die letzte Prüfung konnte den Namen des Computers nicht verstehen.
session-no_answer_to_watch = Es gibt nichts zu beobachten: Der Port des Remote-PCs hat nicht geantwortet.
session-unknown_fix = Diese Lösung gehört nicht zum aktuellen Bericht.
session-wake_not_offered = Das Aufwecken des PCs gehört nicht zum aktuellen Bericht
session-no_support_email = Die Konfigurationsdatei der IT nennt keine E-Mail-Adresse, an die der Bericht gesendet werden kann.
session-no_support_page = Die Konfigurationsdatei der IT nennt keine Webseite.
session-report_copied = Der Bericht ist in der Zwischenablage: Fügen Sie ihn in Ihr Support-Ticket ein.
# Die Dateidialoge: ihre Titel und der Name der Dateiart, die sie anzeigen.
session-pick_rdp_file =
    .title = Die Remotedesktopdatei Ihrer IT-Abteilung öffnen
    .filter = Remotedesktopdatei
session-save_report =
    .title = Den Bericht für Ihre IT-Abteilung speichern
    .filter = Webseite
session-clipboard_failed = Die Zwischenablage konnte nicht verwendet werden: { $why }
session-store_failed = Der App Store konnte nicht geöffnet werden: { $why }
session-could_not_start = { $program } konnte nicht gestartet werden: { $why }
session-too_slow = { $program } wurde nicht rechtzeitig fertig.
# Das Programm einer Lösung ist gescheitert: die erste Zeile, die es als Fehler geschrieben hat, sonst sein Exitstatus.
session-program_said = { $program } meldet: { $line }
session-program_failed = { $program } ist fehlgeschlagen ({ $status }).
session-rdp_file_unwritten = Die Verbindungsdatei konnte nicht geschrieben werden: { $why }
session-rdp_file_unopened = Keine Remotedesktop-App hat die Verbindungsdatei geöffnet: { $why }
session-save_failed = Der Bericht konnte nicht gespeichert werden: { $why }
session-saved_both = { $html } und { $json } gespeichert.
# Die erste Hälfte der Antwort von „An die IT senden“; $files unten ist dieser Satz.
session-sent_files = Der Bericht wurde als { $html } (und { $json }) gespeichert
session-mail_opened = { $files }. Ihr E-Mail-Programm öffnet eine Nachricht an { $email }: Hängen Sie diese Datei an und senden Sie die Nachricht dann ab.
session-no_mail_app = { $files }, aber es hat sich kein E-Mail-Programm geöffnet ({ $why }): Senden Sie diese Datei selbst an { $email }.
session-page_failed = { $web } konnte nicht geöffnet werden: { $why }
session-page_opened = { $web } wurde in Ihrem Webbrowser geöffnet.

## Was das Fenster neben einem Bericht anbietet (crates/engine/src/offers.rs)

# Die Einleitung der Beobachtungskarte, sobald der Port des Remote-PCs geantwortet hat.
watch-offer = Funktioniert es und bricht dann ab? RDP Doctor kann die Verbindung einmal pro Sekunde versuchen und jeden Versuch anzeigen.
# Die Bestätigung vor einer Lösung, die die App ausführt: Titel und Text des Dialogs, die Schaltfläche,
# die fortfährt, und die Statuszeile, wenn der Benutzer abbricht.
confirm-launch =
    .title = Remotedesktop starten?
    .body = RDP Doctor startet Remotedesktop auf diesem Computer und verbindet sich mit { $address }. Dort melden Sie sich wie gewohnt an.
    .body_no_address = RDP Doctor startet Remotedesktop auf diesem Computer. Dort melden Sie sich wie gewohnt an.
    .ok = Öffnen
    .declined = Es wurde nichts geöffnet.
# $fix ist der Titel der Lösung, $steps ihre Schritte.
confirm-run =
    .title = { $fix }?
    .body = { $steps } RDP Doctor führt das jetzt auf diesem Computer aus.
    .ok = Ausführen
    .declined = Es wurde nichts ausgeführt.
confirm-store =
    .title = Ihren App Store öffnen?
    .body = { $fix }: RDP Doctor öffnet die zugehörige Seite in Ihrem App Store auf diesem Computer. Es wird nur etwas installiert, wenn Sie das wählen.
    .ok = Öffnen
    .declined = Es wurde nichts geöffnet.

## Werte, die abgelehnt werden, bevor sie in einen Befehl gelangen (crates/diagnose/src/shell.rs)

value-host_empty = Der Name des Computers ist leer.
# $char ist eine der Beschreibungen von value-char.
value-host_char = Der Name eines Computers darf nur die Buchstaben a bis z, Ziffern, '-' und '.' enthalten, und dieser enthält { $char }.
value-host_too_long = Der Name eines Computers ist höchstens 253 Zeichen lang, und dieser hat { $length }.
value-host_dots = Der Name eines Computers darf nicht mit '.' beginnen oder enden und keine zwei Punkte hintereinander enthalten.
value-host_label_too_long = Jeder Teil eines Computernamens zwischen zwei Punkten ist höchstens 63 Zeichen lang.
value-host_label_dash = Kein Teil eines Computernamens zwischen zwei Punkten darf mit '-' beginnen oder enden.
value-host_like_ip = „{ $text }“ sieht aus wie eine IP-Adresse, ist aber keine vollständige, gültige.
value-thumbprint_mark = Der Fingerabdruck beginnt mit einem unsichtbaren Zeichen (einer Links-nach-rechts-Markierung), das das Windows-Zertifikatfenster beim Kopieren hinzufügt: Löschen Sie das erste Zeichen und versuchen Sie es erneut.
value-thumbprint_char = Ein Zertifikatfingerabdruck enthält nur die Ziffern 0-9 und die Buchstaben A-F, und dieser enthält { $char }.
value-thumbprint_length = Ein Zertifikatfingerabdruck hat 40 Ziffern und Buchstaben, und dieser hat { $digits }.
value-mac_shape = Die Adresse einer Netzwerkkarte (MAC) sieht aus wie AA-BB-CC-DD-EE-FF oder AA:BB:CC:DD:EE:FF: sechs Paare aus den Ziffern 0-9 und den Buchstaben A-F.
# $shape ist value-mac_shape.
value-mac_char = { $shape } Diese enthält { $char }.
value-mac_not_one_card = Das ist nicht die Adresse einer einzelnen Netzwerkkarte (sie ist leer, eine Broadcast- oder eine Multicast-Adresse).
value-session_zero = In Sitzung 0 laufen die eigenen Dienste von Windows, sie ist keine Benutzersitzung.
value-session_listener = { $id } ist keine Benutzersitzung (IDs ab 65536 sind Listener von Remotedesktop).
value-session_not_number = Eine Sitzungs-ID ist eine Zahl wie 2, und das hier ist „{ $text }“.
value-session_too_large = Diese Sitzungs-ID ist zu groß.
# Ein Zeichen, so benannt, dass man es findet, auch wenn es unsichtbar oder ein Doppelgänger ist; $code
# ist seine Unicode-Nummer (U+0430).
value-char =
    .space = ein Leerzeichen
    .tab = einen Tabulator
    .line_break = einen Zeilenumbruch ({ $code })
    .invisible = ein unsichtbares Zeichen ({ $code })
    .control = ein Steuerzeichen ({ $code })
    .plain = '{ $char }'
    .look_alike = '{ $char }' ({ $code }), das kein einfacher Buchstabe ist: Es sieht vielleicht aus wie einer, ist aber ein anderes Zeichen

## Die eigenen Sätze der Befehlszeile (crates/cli); die Hilfe von clap steht nicht hier

# Die erste Zeile dessen, was clap zu den Argumenten gesagt hat, oder cli-invalid_arguments.
cli-help =
    .about = Herausfinden, warum eine Remotedesktopverbindung scheitert
    .usage = Aufruf:
    .commands = Befehle
    .command = BEFEHL
    .options = Optionen
    .arguments = Argumente
    .help = Diese Hilfe anzeigen
    .version = Die Version anzeigen
    .config = Die Konfigurationsdatei der IT (Standard: rdp-doctor.toml neben diesem Programm, sonst die des Benutzers)
    .lang = Die Sprache: en, de, es oder fr (Standard: die der IT-Konfiguration, sonst die dieses Computers)
    .check = Die Verbindung zu einem Remote-PC prüfen: Name, Name:Port, [IPv6]:Port, eine IP-Adresse, ein eingefügter rdp://-Link oder eine FreeRDP-/mstsc-Befehlszeile (/v:pc /g:gw) oder --rdp-file
    .host = Diesen PC als Remotedesktop-Host prüfen (Windows): eingeschaltet, Dienst, Firewall, Zertifikat, Energieoptionen, Sitzungen
    .config_command = Zeigen, welche Konfigurationsdatei RDP Doctor verwendet und was darin steht (für die IT: eine Datei vor dem Verteilen prüfen); Exitcode 3, wenn sie fehlerhaft ist
    .wake = Einen schlafenden PC mit einem Wake-on-LAN-Paket an die Adresse seiner Netzwerkkarte (MAC) aufwecken
    .target = Der Computer, mit dem Sie sich verbinden, so wie Sie ihn in Remotedesktop eingeben, oder ein eingefügter rdp://-Link oder eine FreeRDP-/mstsc-Befehlszeile: /v:pc:3389 /g:gateway (in Anführungszeichen, wenn Optionen mit „-“ oder „+“ beginnen). Standard: der erste PC oder die .rdp-Datei aus der Konfigurationsdatei der IT
    .rdp_file = Den Computer (und sein Gateway) stattdessen einer .rdp-Datei entnehmen
    .gateway = Das Remotedesktopgateway, über das die Verbindung läuft, Name[:Port] (standardmäßig Port 443)
    .error = Der Fehlercode, den Remotedesktop angezeigt hat, so wie er angezeigt wurde (0x904, 2308, 0x904/0x7, der Text des Dialogs, ERRINFO_…- oder ERRCONNECT_…-Namen): die Befunde, die ihn erklären, stehen oben
    .timeout = Zeitbudget für die ganze Prüfung in Sekunden (Standard: das der Konfigurationsdatei, sonst 10)
    .watch = Die Verbindung nach der Prüfung so lange beobachten (z. B. 60s, 5m): ein Versuch pro Sekunde mit laufender Zählung der Fehlschläge, für Verbindungen, die ab und zu abbrechen
    .json = Den Bericht als JSON ausgeben
    .no_color = Die Ausgabe nie einfärben
    .facts_from = Befehlsausgaben beurteilen, die auf einem anderen PC aufgezeichnet wurden (mit --record), statt die dieses PCs
    .record = Die Ausgaben der Befehle, die der Hostmodus ausführt, in diesem Ordner speichern, um sie anderswo zu beurteilen
    .mac = Die Adresse der Netzwerkkarte, z. B. 00:1A:2B:3C:4D:5E
    .near = Die IP-Adresse des PCs, um im Netzwerk zu senden, in dem er steht
cli-bad_arguments = { $problem }. Führen Sie rdp-doctor --help aus, um zu sehen, wie es verwendet wird.
cli-problem =
    .unknown_option = { $option } ist hier keine Option
    .unknown_command = „{ $command }“ ist kein Befehl
    .conflict = { $option } kann nicht zusammen mit { $other } verwendet werden
    .missing = { $option } wird benötigt
    .value = { $option } braucht einen Wert
cli-unknown_language = RDP Doctor spricht „{ $language }“ nicht; es spricht { $languages }.
cli-invalid_arguments = ungültige Argumente
# `rdp-doctor config`: $places ist ein eingerückter Pfad pro Zeile.
cli-config-none =
    Keine Konfigurationsdatei: RDP Doctor läuft mit seinen Standardwerten. Es sucht hier nach einer:
    { $places }
# $how ist einer der drei unten.
cli-config-file = Konfigurationsdatei: { $path } ({ $how })
cli-config-given = mit --config angegeben
cli-config-beside_program = neben dem Programm
cli-config-this_user = für diesen Benutzer
cli-config-organisation = Organisation: { $name }
cli-config-support = Support: { $parts }
# $what ist der Name des Computers, cli-config-through_gateway oder cli-config-rdp_file.
cli-config-to_check = Zu prüfen: { $what }
cli-config-to_check_first = Zu prüfen: { $what } (standardmäßig geprüft)
cli-config-through_gateway = { $pc } über das Gateway { $gateway }
cli-config-rdp_file = die .rdp-Datei { $path }
cli-config-gateway = Gateway für jeden Computer: { $gateway }
cli-config-language = Sprache: { $language } (von dieser Datei festgelegt)
cli-config-timeout = Zeitbudget: { $seconds } s
cli-config-fixes_hidden = Ausgeblendete Lösungen: { $fixes }
cli-config-admin_fixes_hidden = Lösungen, die Administratorrechte brauchen: ausgeblendet
# `rdp-doctor host --record DIR`.
cli-recorded = Die Ausgabe von { $n } Befehlen wurde in { $dir } gespeichert.
cli-record_failed = konnte nicht in { $dir } speichern: { $why }
cli-not_a_folder = { $dir } ist kein Ordner
cli-near_not_ipv4 = --near erwartet die IPv4-Adresse des PCs, z. B. 192.168.1.50
# Die Fortschrittszeile im Terminal, während eine Prüfung läuft: $row ist der Name der Zeile.
cli-checking = wird geprüft: { $row }…
# Die Fortschrittszeile beim Beobachten; $last ist eine der drei unten.
cli-watching = Beobachtung: { $attempts } Versuche, { $failed } gescheitert, zuletzt { $last }
cli-watching-failed = gescheitert: { $why }
cli-watching-ms = { $ms } ms
cli-watching-no_answer = keine Antwort
cli-nothing_to_watch = Nichts zu beobachten: Der Port des Remote-PCs hat nicht geantwortet.
cli-could_not_start = rdp-doctor konnte nicht starten: { $why }
cli-json_failed = der Bericht konnte nicht als JSON geschrieben werden: { $why }

## Was der Benutzer angegeben hat und nicht geprüft werden kann (crates/engine/src/input.rs):
## kleingeschriebene Bruchstücke; die Engine schreibt sie groß und ergänzt den Punkt

# Woher Einstellungen kamen: $what in den Sätzen unten, und wie ein nummeriertes Stück davon
# heißt ($unit).
input-origin =
    .file = die Datei
    .link = der rdp://-Link
    .line = Zeile
    .part = Teil
input-file_unopened = die Datei { $file } kann nicht geöffnet werden: { $why }
input-file_unread = die Datei { $file } kann nicht gelesen werden: { $why }
input-file_too_large = die Datei { $file } ist größer als 1 MB und damit zu groß für eine Remotedesktopdatei (diese sind wenige KB groß)
input-file_not_rdp = die Datei { $file } ist keine Remotedesktopdatei: { $why }
input-address_empty = { $what } nennt keinen Computer: die „full address“ ist leer
input-address_not_text = { $what } nennt keinen Computer: die „full address“ in { $unit } { $line } ist kein Text (Typ s)
# $why ist einer der drei unten.
input-names_no_computer = { $what } nennt keinen Computer: { $why }
input-address_unreadable = die „full address“ in { $unit } { $line } kann nicht gelesen werden ({ $reason })
input-no_address_line = es gibt keine Zeile „full address“
input-no_address = es gibt keine „full address“
input-address_unusable = { $what } hat keine verwendbare „full address“: { $why }
# Übergangene Einstellungen, als input-skipped_line in den Belegen des Berichts aufgeführt.
input-server_port_range = „server port“ { $port } ist kein Port von 1 bis 65535, daher wird { $used } verwendet
input-server_port_type = „server port“ ist keine Zahl (Typ i)
input-gateway_skipped = „gatewayhostname“ ist nicht verwendbar ({ $why }), daher wird kein Gateway geprüft
input-skipped_line = { $unit } { $line }: { $reason }
input-command_line_problem = in der Befehlszeile: { $problem }
input-option-needs_value = /{ $option }: braucht einen Wert nach dem Doppelpunkt
input-option-needs_gateway = /{ $option }: braucht danach den Namen des Gateways
input-option-usage_method = /{ $option } erwartet direct oder detect
input-command_line_rdp_file = die Befehlszeile nennt eine .rdp-Datei, keinen Computer: Öffnen Sie die Datei selbst in RDP Doctor
input-command_line_no_computer = die Befehlszeile nennt keinen Computer: Ergänzen Sie /v: mit seinem Namen, z. B. /v:pc.example.com
input-gateway = das Gateway: { $why }
input-timeout = „{ $text }“ ist kein Zeitbudget: Geben Sie eine Anzahl Sekunden von 1 bis 300 an
input-watch = „{ $text }“ ist keine Beobachtungsdauer: Geben Sie Sekunden oder Minuten an, z. B. 60s oder 5m

## Die E-Mail, die „An die IT senden“ öffnet (crates/engine/src/send.rs)

# $about ist der geprüfte Computer (oder mail-this_pc), $verdict das Ergebniswort des Berichts.
mail-subject = RDP-Doctor-Bericht: { $about } — { $verdict }
mail-this_pc = dieser PC als Remotedesktophost
# Steht dort, wo ein zu langer Bericht gekürzt wurde, damit er in den E-Mail-Link passt.
mail-shortened = […gekürzt: Der gespeicherte Bericht enthält alles]
mail-ending =
    Der vollständige Bericht ist auf diesem Computer gespeichert als:
    { $file }
    (Hängen Sie diese Datei an die E-Mail an, bevor Sie sie senden.)
mail-folder_full = { $dir } enthält bereits 100 Berichte mit dem Namen { $stem }

## Die Konfigurationsdatei der IT und was daran nicht stimmt (crates/engine/src/config): $what-Bruchstücke
## sind kleingeschrieben und nennen die Einstellung

# Wo und was: $file ist der Pfad der Konfigurationsdatei.
config-problem = { $file }: { $what }.
config-problem_on_line = { $file }, Zeile { $line }: { $what }.
# Was RDP Doctor dagegen tut; $fact ist config-problem ohne seinen Punkt.
config-runs_on_defaults = { $fact }; RDP Doctor läuft mit seinen Standardwerten.
config-uses_system_language = { $fact }, daher verwendet RDP Doctor die Sprache dieses Computers.
config-no_such_file = diese Datei gibt es nicht
config-unopened = sie kann nicht geöffnet werden ({ $why })
config-unread = sie kann nicht gelesen werden ({ $why })
config-not_text = die Datei ist kein reiner Text: Speichern Sie sie in Ihrem Editor als UTF-8
config-too_large = die Datei ist größer als { $kb } KB und damit zu groß für die Konfiguration von RDP Doctor
# Was jede Einstellung enthalten muss, nach ihrem Namen ($expected unten).
config-expected =
    .organisation = muss der Name der Organisation in Anführungszeichen sein, z. B. organisation = "Contoso GmbH"
    .language = muss "auto" oder eine Sprache sein, die RDP Doctor spricht: { $languages }
    .support = muss ein Abschnitt sein: eine Zeile [support] mit Name, E-Mail, Telefon und Web des Ansprechpartners darunter
    .check = muss ein Abschnitt sein: eine Zeile [check] mit pcs, gateway, rdp_file und timeout darunter
    .fixes = muss ein Abschnitt sein: eine Zeile [fixes] mit hide und hide_admin darunter
    .name = muss der Name des Supportteams in Anführungszeichen sein, z. B. name = "IT-Servicedesk"
    .email = muss eine E-Mail-Adresse in Anführungszeichen sein, z. B. email = "servicedesk@example.com"
    .phone = muss eine Telefonnummer in Anführungszeichen sein, z. B. phone = "+49 30 1234567"
    .web = muss eine Webadresse in Anführungszeichen sein, die mit https:// oder http:// beginnt
    .pcs = muss eine Liste von Computernamen in Anführungszeichen sein, z. B. pcs = ["pc042.corp.example"]
    .gateway = muss der Name des RD-Gateways in Anführungszeichen sein, z. B. gateway = "rdgw.corp.example"
    .rdp_file = muss eine .rdp-Datei in Anführungszeichen nennen, z. B. rdp_file = "office.rdp"
    .timeout = muss eine Anzahl Sekunden von 1 bis 300 sein
    .hide = muss eine Liste von Lösungs-IDs in Anführungszeichen sein, z. B. hide = ["fix.nla_temporarily_off"]
    .hide_admin = muss true oder false sein
    .unknown = ist keine Einstellung, die RDP Doctor kennt
config-wrong = „{ $key }“ { $expected }
# TOML, das sich nicht lesen lässt; $said sind die eigenen Worte des TOML-Parsers.
config-section_twice = der Abschnitt [{ $key }] kommt zweimal vor: Behalten Sie einen
config-set_twice = „{ $key }“ ist zweimal gesetzt: Behalten Sie eine Angabe
config-section_not_toml = die Abschnittszeile [{ $key }] ist kein gültiges TOML ({ $said })
config-wrong_toml = „{ $key }“ { $expected } (TOML meldet: { $said })
config-line_not_toml = die Zeile von „{ $key }“ ist kein gültiges TOML ({ $said })
config-not_toml = diese Zeile ist kein gültiges TOML ({ $said })
# Eine Einstellung am falschen Ort.
config-belongs_in = „{ $key }“ gehört in den Abschnitt [{ $section }], unter eine Zeile [{ $section }]
config-before_sections = „{ $key }“ muss vor der ersten [Abschnitt]-Zeile stehen: Hier liest TOML es als Teil von [{ $section }]
# $place ist am Anfang der Datei leer, sonst config-in_section.
config-in_section = {" "}in [{ $section }]
config-unknown_near = „{ $key }“ ist keine Einstellung, die RDP Doctor{ $place } kennt (meinten Sie „{ $near }“?)
config-unknown = „{ $key }“ ist keine Einstellung, die RDP Doctor{ $place } kennt; die Einstellungen dort sind { $settings }
config-one_line = „{ $key }“ muss in eine Zeile passen
config-too_long = „{ $key }“ ist länger als { $max } Zeichen
config-language = „language“ ist „{ $language }“, eine Sprache, die RDP Doctor nicht spricht (es spricht { $languages })
config-too_many_pcs = „pcs“ enthält mehr als { $max } Computer
# Ein Computername, der nicht verwendet werden kann; $verb ist "is" (gateway) oder "lists" (pcs).
config-computer_empty = „{ $key }“ { $verb ->
        [lists] enthält
       *[is] ist
    } einen leeren Computernamen
config-computer_invalid = „{ $key }“ { $verb ->
        [lists] enthält
       *[is] ist
    } „{ $input }“, was kein Computername und keine Adresse ist ({ $reason })
config-computer_port = „{ $key }“ { $verb ->
        [lists] enthält
       *[is] hat
    } den Port „{ $port }“, der keine Zahl von 1 bis 65535 ist
config-unknown_fix_near = „hide“ enthält „{ $fix }“, was keine Lösung von RDP Doctor ist (meinten Sie „{ $near }“?)
config-unknown_fix = „hide“ enthält „{ $fix }“, was keine Lösung von RDP Doctor ist; die Beispielkonfiguration listet alle auf

## Den PC aufwecken (crates/engine/src/lib.rs)

# $to ist die Broadcast-Adresse, an die das Paket ging, $interface die Netzwerkkarte dieses Computers.
wake-sent = Ein Aufweckpaket wurde an { $to } gesendet. Geben Sie dem PC eine Minute zum Starten und prüfen Sie dann erneut.
wake-sent_through = Ein Aufweckpaket wurde über { $interface } an { $to } gesendet. Geben Sie dem PC eine Minute zum Starten und prüfen Sie dann erneut.
# Warum kein Paket gesendet wurde; $reason sind die eigenen Worte des Systems.
wake-bad_mac = „{ $shown }“ ist keine Adresse einer Netzwerkkarte (MAC-Adresse); eine solche sieht so aus: AA:BB:CC:DD:EE:FF
wake-not_one_card = das ist nicht die Adresse einer einzelnen Netzwerkkarte (sie ist leer, eine Broadcast- oder eine Multicast-Adresse)
wake-no_socket = es konnte kein Netzwerk-Socket geöffnet werden: { $reason }
wake-no_broadcast = dieser Computer erlaubt keine Broadcasts: { $reason }
wake-not_sent = das Aufweckpaket konnte nicht an { $to } gesendet werden: { $reason }

## Fehlercodes: was jeder einzelne bedeutet, in einfachen Worten (data/error_codes.toml)

errcode-disconnect-0 = Die Verbindung wurde beendet, ohne dass die Remotedesktop-App den Grund erfahren hat.
errcode-disconnect-1 = Sie selbst oder ein Programm auf diesem Computer haben die Verbindung getrennt; das ist kein Fehler. Sie können sich jederzeit wieder verbinden.
errcode-disconnect-2 = Jemand auf der Seite des Remote-PCs hat die Sitzung getrennt; das ist kein Fehler. Sie können sich wieder verbinden.
errcode-disconnect-3 = Der Remote-PC hat die Verbindung absichtlich beendet; das allein ist noch kein Fehler.
errcode-disconnect-104 = Der Name des Remote-PCs wurde im Netzwerk nicht gefunden. Prüfen Sie die Schreibweise des Namens und ob Sie sich zuerst mit dem Firmennetz (VPN) verbinden müssen.
errcode-disconnect-106 = Der Remotedesktop-App auf diesem Computer ist der Arbeitsspeicher ausgegangen. Es kann helfen, andere Programme zu schließen oder diesen Computer neu zu starten.
errcode-disconnect-108 = Der Remote-PC hat nicht rechtzeitig geantwortet, deshalb wurde der Verbindungsversuch abgebrochen.
errcode-disconnect-204 = Dieser Computer konnte den Remote-PC nicht erreichen: Er ist vielleicht ausgeschaltet, im Energiesparmodus, von hier aus nicht erreichbar oder wird von einer Firewall blockiert.
errcode-disconnect-206 = Der Remotedesktop-App auf diesem Computer ist der Arbeitsspeicher ausgegangen. Es kann helfen, andere Programme zu schließen oder diesen Computer neu zu starten.
errcode-disconnect-208 = Der Remote-PC wurde im Netzwerk nicht gefunden. Prüfen Sie die Schreibweise seines Namens und ob Sie sich zuerst mit dem Firmennetz (VPN) verbinden müssen.
errcode-disconnect-304 = Das Senden von Daten an den Remote-PC ist fehlgeschlagen, meist weil die Netzwerkverbindung abgebrochen ist.
errcode-disconnect-306 = Der Remotedesktop-App auf diesem Computer ist der Arbeitsspeicher ausgegangen. Es kann helfen, andere Programme zu schließen oder diesen Computer neu zu starten.
errcode-disconnect-308 = Die eingegebene Adresse ist keine gültige Netzwerkadresse. Prüfen Sie sie und geben Sie sie erneut ein.
errcode-disconnect-404 = Das Empfangen von Daten vom Remote-PC ist fehlgeschlagen, meist weil die Netzwerkverbindung abgebrochen ist.
errcode-disconnect-406 = Die mit dem Remote-PC ausgetauschten Sicherheitsdaten waren ungültig, deshalb konnte keine sichere Verbindung aufgebaut werden.
errcode-disconnect-408 = In der Remotedesktop-App auf diesem Computer ist ein interner Fehler aufgetreten.
errcode-disconnect-506 = Das angeforderte Verschlüsselungsverfahren ist ungültig, deshalb konnte die Verbindung nicht geschützt werden.
errcode-disconnect-508 = Der Name des Remote-PCs wurde im Netzwerk nicht gefunden. Prüfen Sie die Schreibweise des Namens und ob Sie sich zuerst mit dem Firmennetz (VPN) verbinden müssen.
errcode-disconnect-604 = Der Name des Remote-PCs konnte im Netzwerk nicht aufgelöst werden. Prüfen Sie die Schreibweise des Namens und ob Sie sich zuerst mit dem Firmennetz (VPN) verbinden müssen.
errcode-disconnect-606 = Der Remote-PC hat ungültige Sicherheitsdaten gesendet.
errcode-disconnect-608 = Ein interner Zeitgeber der Remotedesktop-App auf diesem Computer ist ausgefallen.
errcode-disconnect-704 = Beim Verbinden hat etwas zu lange gedauert, deshalb hat die Remotedesktop-App aufgegeben.
errcode-disconnect-706 = Das Sicherheitszertifikat des Remote-PCs, mit dem er sich ausweist, konnte nicht gelesen werden.
errcode-disconnect-804 = Die Adresse des Remote-PCs ist falsch. Prüfen Sie sie und geben Sie sie erneut ein.
errcode-disconnect-807 = Die Anmeldung ist fehlgeschlagen: Benutzername oder Kennwort sind vielleicht falsch. Geben Sie beides noch einmal sorgfältig ein.
errcode-disconnect-808 = Der Remote-PC konnte für diese Verbindung keine Remotedesktoplizenz erhalten. Die Lizenzierung muss Ihre IT-Abteilung in Ordnung bringen.
errcode-disconnect-904 = Die Verbindung wurde geschlossen, oft vom Remote-PC selbst oder von einem Gerät im Netzwerk dazwischen.
errcode-disconnect-906 = Beim Verbinden ist ein interner Sicherheitsfehler aufgetreten.
errcode-disconnect-908 = Das Abrufen einer Remotedesktoplizenz hat zu lange gedauert, deshalb wurde die Verbindung abgebrochen. Ihre IT-Abteilung muss den Lizenzserver prüfen.
errcode-disconnect-a06 = Beim Verbinden ist ein interner Sicherheitsfehler aufgetreten.
errcode-disconnect-a07 = Zu dem eingegebenen Benutzernamen gibt es kein Konto. Prüfen Sie den Benutzernamen und geben Sie ihn erneut ein.
errcode-disconnect-b06 = Die Daten für die Verbindung konnten nicht verschlüsselt werden.
errcode-disconnect-b07 = Ihr Benutzerkonto ist deaktiviert. Ihre IT-Abteilung muss es wieder aktivieren.
errcode-disconnect-c06 = Daten vom Remote-PC konnten nicht entschlüsselt werden.
errcode-disconnect-c07 = Eine Einschränkung Ihres Benutzerkontos verhindert diese Anmeldung. Ihre IT-Abteilung kann Ihnen sagen, welche.
errcode-disconnect-c08 = Die Remotedesktop-App konnte komprimierte Daten vom Remote-PC nicht entpacken.
errcode-disconnect-d07 = Ihr Benutzerkonto ist gesperrt, meist nach zu vielen falschen Kennworteingaben. Ihre IT-Abteilung muss Ihr Konto entsperren.
errcode-disconnect-e07 = Ihr Benutzerkonto ist abgelaufen. Ihre IT-Abteilung muss es verlängern.
errcode-disconnect-f07 = Ihr Kennwort ist abgelaufen und muss geändert werden, bevor Sie sich verbinden können. Ihre IT-Abteilung kann Ihnen sagen, wie Sie es ändern.
errcode-disconnect-1207 = Das Kennwort muss geändert werden, bevor sich dieses Konto zum ersten Mal anmelden kann. Ihre IT-Abteilung kann Ihnen sagen, wie Sie es ändern.
errcode-disconnect-1607 = Eine Sicherheitsrichtlinie erlaubt nicht, dass Ihre Anmeldeinformationen an diesen Remote-PC weitergegeben werden. Ihre IT-Abteilung muss die Richtlinie ändern.
errcode-disconnect-1707 = Ihre Anmeldeinformationen wurden nicht weitergegeben, weil die Identität des Remote-PCs nicht richtig geprüft werden konnte (es stand nur ein älteres Anmeldeverfahren zur Verfügung). Ihre IT-Abteilung muss die Richtlinie oder die Einrichtung des Remote-PCs ändern.
errcode-disconnect-1807 = Der Server, der Ihre Firmenanmeldung prüft, war nicht erreichbar; vielleicht ist der Domänenname falsch oder dieser Server ist gerade nicht erreichbar.
errcode-disconnect-1b07 = Das empfangene Sicherheitszertifikat ist abgelaufen.
errcode-disconnect-1c07 = Die eingegebene Smartcard-PIN ist falsch. Geben Sie sie noch einmal sorgfältig ein.
errcode-disconnect-2107 = Der Remote-PC akzeptiert keine gespeicherten Anmeldeinformationen. Geben Sie Benutzername und Kennwort erneut ein.
errcode-disconnect-2207 = Ihre Smartcard ist gesperrt. Ihre IT-Abteilung muss sie entsperren oder ersetzen.
errcode-extended-0 = Es gibt keine weiteren Informationen darüber, warum die Verbindung beendet wurde.
errcode-extended-1 = Ein Programm, zum Beispiel ein Verwaltungstool, hat die Sitzung getrennt.
errcode-extended-2 = Ein Programm, zum Beispiel ein Verwaltungstool, hat Sie von der Sitzung abgemeldet.
errcode-extended-3 = Die Sitzung war länger untätig, als der Remote-PC erlaubt, deshalb wurde sie getrennt. Sie können sich wieder verbinden und weiterarbeiten.
errcode-extended-4 = Die Sitzung hat das Zeitlimit des Remote-PCs erreicht und wurde deshalb getrennt. Dieses Zeitlimit legt Ihre IT-Abteilung fest.
errcode-extended-5 = Jemand anderes hat sich mit derselben Sitzung verbunden und damit diese Verbindung verdrängt.
errcode-extended-6 = Dem Remote-PC ist der Arbeitsspeicher ausgegangen.
errcode-extended-7 = Der Remote-PC hat die Verbindung abgelehnt.
errcode-extended-8 = Der Remote-PC hat die Verbindung aus Sicherheitsgründen abgelehnt (wegen seiner FIPS-Sicherheitseinstellung). Ihre IT-Abteilung muss die Sicherheitseinstellungen ändern.
errcode-extended-9 = Ihr Konto darf keine Verbindung mit dem Remote-PC herstellen. Ihre IT-Abteilung muss ihm den Zugriff erlauben.
errcode-extended-a = Der Remote-PC möchte, dass Sie Benutzername und Kennwort neu eingeben, statt gespeicherte zu verwenden. Geben Sie sie ein und verbinden Sie sich erneut.
errcode-extended-b = Eine Aktion in Ihrer eigenen Sitzung auf dem Remote-PC hat die Sitzung getrennt.
errcode-extended-c = Sie haben sich abgemeldet und damit die Sitzung beendet; das ist kein Fehler. Sie können sich wieder verbinden, um eine neue Sitzung zu starten.
errcode-extended-100 = Bei der Remotedesktoplizenzierung des Remote-PCs ist ein interner Fehler aufgetreten. Die Lizenzierung muss Ihre IT-Abteilung in Ordnung bringen.
errcode-extended-101 = Es wurde kein Lizenzserver für Remotedesktoplizenzen gefunden. Die Lizenzierung muss Ihre IT-Abteilung in Ordnung bringen.
errcode-extended-102 = Für diese Verbindung war keine Remotedesktoplizenz verfügbar. Ihre IT-Abteilung muss weitere Lizenzen bereitstellen.
errcode-extended-103 = Der Remote-PC hat von Ihrer Remotedesktop-App eine ungültige Lizenznachricht erhalten. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-extended-104 = Die auf diesem Computer gespeicherte Remotedesktoplizenz passt nicht zu diesem Computer. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-extended-105 = Mit der auf diesem Computer gespeicherten Remotedesktoplizenz stimmt etwas nicht. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-extended-106 = Netzwerkprobleme haben das Abrufen einer Remotedesktoplizenz unterbrochen. Wenn das immer wieder passiert, muss sich Ihre IT-Abteilung darum kümmern.
errcode-extended-107 = Ihre Remotedesktop-App hat den Lizenzierungsschritt abgebrochen, bevor er fertig war. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-extended-108 = Eine Lizenznachricht war falsch verschlüsselt. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-extended-109 = Die auf diesem Computer gespeicherte Remotedesktoplizenz konnte nicht aktualisiert oder erneuert werden. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-extended-10a = Der Remote-PC hat keine Lizenz, um Remoteverbindungen anzunehmen. Die Lizenzierung muss Ihre IT-Abteilung in Ordnung bringen.
errcode-extended-10b = Dieser Computer durfte den Speicherort für Remotedesktoplizenzen nicht anlegen. Ihre IT-Abteilung muss die Berechtigungen auf diesem Computer korrigieren.
errcode-extended-300 = Benutzername oder Kennwort wurden nicht akzeptiert. Geben Sie beides noch einmal sorgfältig ein.
errcode-extended-1000 = Dieser Code markiert den Anfang des Bereichs interner Remotedesktopfehler; Einzelheiten stehen in der Ereignisanzeige des Remote-PCs.
errcode-extended-7fff = Dieser Code markiert das Ende des Bereichs interner Remotedesktopfehler; Einzelheiten stehen in der Ereignisanzeige des Remote-PCs.
errcode-errinfo-0 = Es ist kein Fehler aufgetreten; dieser Code allein hat keine Bedeutung.
errcode-errinfo-1 = Ein Verwaltungstool auf dem Remote-PC hat Sie aus einer anderen Sitzung heraus getrennt.
errcode-errinfo-2 = Ein Verwaltungstool auf dem Remote-PC hat Sie aus einer anderen Sitzung heraus abgemeldet.
errcode-errinfo-3 = Sie waren länger untätig, als der Remote-PC erlaubt, deshalb hat er Sie getrennt. Sie können sich wieder verbinden und weiterarbeiten.
errcode-errinfo-4 = Die Sitzung hat das Sitzungszeitlimit des Remote-PCs erreicht. Dieses Zeitlimit legt Ihre IT-Abteilung fest.
errcode-errinfo-5 = Eine andere Verbindung zum Remote-PC hat Ihre verdrängt.
errcode-errinfo-6 = Dem Remote-PC ist der Arbeitsspeicher ausgegangen.
errcode-errinfo-7 = Der Remote-PC hat die Verbindung abgelehnt.
errcode-errinfo-8 = Der Remote-PC hat die Verbindung wegen seiner FIPS-Sicherheitseinstellung abgelehnt. Ihre IT-Abteilung muss die Sicherheitseinstellungen ändern.
errcode-errinfo-9 = Ihr Konto darf keine Verbindung mit dem Remote-PC herstellen. Ihre IT-Abteilung muss ihm den Zugriff erlauben.
errcode-errinfo-a = Der Remote-PC akzeptiert keine gespeicherten Anmeldeinformationen. Geben Sie bei jeder Verbindung Benutzername und Kennwort ein.
errcode-errinfo-b = Ein Verwaltungstool, das in Ihrer eigenen Sitzung auf dem Remote-PC lief, hat Sie getrennt.
errcode-errinfo-c = Sie haben sich von der Remotesitzung abgemeldet und damit die Verbindung beendet; das ist kein Fehler. Sie können sich wieder verbinden, um eine neue Sitzung zu starten.
errcode-errinfo-f = Der Remote-PC hat die Verbindung beendet, weil einer seiner Bildschirm- oder Eingabetreiber nicht bereit war.
errcode-errinfo-10 = Der Teil von Windows, der auf dem Remote-PC den Desktop zeichnet, ist abgestürzt.
errcode-errinfo-11 = Der Remote-PC hat die Verbindung beendet, weil einer seiner Treiber ausgefallen ist.
errcode-errinfo-12 = Der Remote-PC hat die Verbindung beendet, weil die Verbindung zu einem Treiber fehlgeschlagen ist.
errcode-errinfo-17 = Der Teil von Windows, der auf dem Remote-PC die Anmeldung verarbeitet, ist abgestürzt.
errcode-errinfo-18 = Ein zentraler Teil von Windows auf dem Remote-PC ist abgestürzt.
errcode-errinfo-100 = Bei der Remotedesktoplizenzierung des Remote-PCs ist ein interner Fehler aufgetreten. Die Lizenzierung muss Ihre IT-Abteilung in Ordnung bringen.
errcode-errinfo-101 = Es wurde kein Lizenzserver für Remotedesktoplizenzen gefunden. Die Lizenzierung muss Ihre IT-Abteilung in Ordnung bringen.
errcode-errinfo-102 = Für den Remote-PC sind keine Remotedesktoplizenzen mehr frei. Ihre IT-Abteilung muss weitere Lizenzen bereitstellen.
errcode-errinfo-103 = Der Remote-PC hat von Ihrer Remotedesktop-App eine ungültige Lizenznachricht erhalten. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-errinfo-104 = Die auf diesem Computer gespeicherte Remotedesktoplizenz wurde verändert. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-errinfo-105 = Die auf diesem Computer gespeicherte Remotedesktoplizenz hat das falsche Format. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-errinfo-106 = Netzwerkprobleme haben das Abrufen einer Remotedesktoplizenz unterbrochen. Wenn das immer wieder passiert, muss sich Ihre IT-Abteilung darum kümmern.
errcode-errinfo-107 = Ihre Remotedesktop-App hat den Lizenzierungsschritt abgebrochen, bevor er fertig war. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-errinfo-108 = Eine Lizenznachricht war falsch verschlüsselt. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-errinfo-109 = Die auf diesem Computer gespeicherte Remotedesktoplizenz konnte nicht aktualisiert oder erneuert werden. Ihre IT-Abteilung muss sich die Lizenzierung ansehen.
errcode-errinfo-10a = Der Remote-PC hat keine Lizenz, um Remoteverbindungen anzunehmen. Die Lizenzierung muss Ihre IT-Abteilung in Ordnung bringen.
errcode-errinfo-400 = Der Dienst, der Sie an den richtigen Remote-PC weiterleitet, konnte den Zielcomputer nicht finden. Ihre IT-Abteilung muss sich darum kümmern.
errcode-errinfo-402 = Der Remote-PC, an den Sie weitergeleitet werden sollten, wird gerade aus dem Dienst genommen, der die Remote-PCs verteilt. Wenn das immer wieder passiert, muss sich Ihre IT-Abteilung darum kümmern.
errcode-errinfo-404 = Beim Weiterleiten an Ihren Remote-PC ist etwas schiefgegangen. Wenn das immer wieder passiert, muss sich Ihre IT-Abteilung darum kümmern.
errcode-errinfo-405 = Beim Aufwecken Ihres virtuellen Remote-PCs ist etwas schiefgegangen. Wenn das immer wieder passiert, muss sich Ihre IT-Abteilung darum kümmern.
errcode-errinfo-406 = Beim Starten Ihres virtuellen Remote-PCs ist etwas schiefgegangen. Wenn das immer wieder passiert, muss sich Ihre IT-Abteilung darum kümmern.
errcode-errinfo-407 = Die Netzwerkadresse Ihres virtuellen Remote-PCs wurde nicht gefunden. Ihre IT-Abteilung muss sich darum kümmern.
errcode-errinfo-408 = Alle Remote-PCs, an die Sie weitergeleitet werden können, sind ausgelastet. Wenn das immer wieder passiert, muss sich Ihre IT-Abteilung darum kümmern.
errcode-errinfo-409 = Der Dienst, der Sie an den richtigen Remote-PC weiterleitet, hat die Verbindung abgebrochen. Wenn das immer wieder passiert, muss sich Ihre IT-Abteilung darum kümmern.
errcode-errinfo-410 = Der Dienst, der Sie an den richtigen Remote-PC weiterleitet, konnte die Routingeinstellungen Ihrer Remotedesktop-App nicht prüfen. Ihre IT-Abteilung muss die Verbindungseinstellungen prüfen, die sie Ihnen gegeben hat.
errcode-errinfo-411 = Das Starten Ihres virtuellen Remote-PCs hat zu lange gedauert. Wenn das immer wieder passiert, muss sich Ihre IT-Abteilung darum kümmern.
errcode-errinfo-412 = Beim Starten Ihres virtuellen Remote-PCs ist ein Überwachungsfehler aufgetreten. Wenn das immer wieder passiert, muss sich Ihre IT-Abteilung darum kümmern.
errcode-errinfo-10c9 = Der Remote-PC konnte eine Datennachricht unbekannten Typs von Ihrer Remotedesktop-App nicht annehmen.
errcode-errinfo-10ca = Der Remote-PC konnte eine Steuernachricht unbekannten Typs von Ihrer Remotedesktop-App nicht annehmen.
errcode-errinfo-10cb = Der Remote-PC konnte eine Datennachricht von Ihrer Remotedesktop-App nicht annehmen, weil sie in der falschen Reihenfolge ankam.
errcode-errinfo-10cd = Der Remote-PC konnte eine Steuernachricht von Ihrer Remotedesktop-App nicht annehmen, weil sie in der falschen Reihenfolge ankam.
errcode-errinfo-10ce = Der Remote-PC konnte eine Steuernachricht mit ungültiger Aktion von Ihrer Remotedesktop-App nicht annehmen.
errcode-errinfo-10cf = Der Remote-PC konnte ein Tastatur- oder Mausereignis ungültigen Typs von Ihrer Remotedesktop-App nicht annehmen.
errcode-errinfo-10d0 = Der Remote-PC konnte ein Mausereignis mit ungültigen Werten von Ihrer Remotedesktop-App nicht annehmen.
errcode-errinfo-10d1 = Der Remote-PC konnte eine ungültige Anforderung Ihrer Remotedesktop-App, einen Teil des Bildschirms neu zu zeichnen, nicht annehmen.
errcode-errinfo-10d2 = Der Remote-PC konnte beim Verbindungsaufbau seine Antwort nicht erstellen.
errcode-errinfo-10d3 = Das Einrichten der Datenkanäle der Verbindung ist fehlgeschlagen.
errcode-errinfo-10d4 = Der Remote-PC konnte eine Bestätigungsnachricht mit falscher Sitzungsnummer von Ihrer Remotedesktop-App nicht annehmen.
errcode-errinfo-10d5 = Der Remote-PC konnte eine Bestätigungsnachricht mit falscher Absendernummer von Ihrer Remotedesktop-App nicht annehmen.
errcode-errinfo-10da = Der Remote-PC konnte eine Liste zwischengespeicherter Bilder von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen war.
errcode-errinfo-10db = Der Remote-PC konnte eine Liste zwischengespeicherter Bilder von Ihrer Remotedesktop-App nicht annehmen, weil sie zweimal begonnen wurde.
errcode-errinfo-10dc = Der Remote-PC konnte eine Liste zwischengespeicherter Bilder von Ihrer Remotedesktop-App nicht annehmen, weil sie insgesamt mehr Bilder enthielt als erlaubt.
errcode-errinfo-10dd = Der Remote-PC konnte eine Liste zwischengespeicherter Bilder von Ihrer Remotedesktop-App nicht annehmen, weil sie mehr Bilder enthielt, als ein Zwischenspeicher fassen kann.
errcode-errinfo-10de = Der Remote-PC konnte eine Tastatur- oder Mausnachricht von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen war.
errcode-errinfo-10df = Der Remote-PC konnte eine Fehlermeldung zum Bildzwischenspeicher von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen war.
errcode-errinfo-10e0 = Der Remote-PC konnte eine schnelle Tastatur- oder Mausnachricht von Ihrer Remotedesktop-App nicht annehmen, weil ein Teil ihrer Sicherheitssignatur fehlte.
errcode-errinfo-10e1 = Der Remote-PC konnte Daten für einen Zusatzkanal (etwa für die Zwischenablage oder Drucker) von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-10e2 = Der Remote-PC konnte eine Nachricht von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen war.
errcode-errinfo-10e3 = Der Remote-PC konnte eine ungültige Anforderung Ihrer Remotedesktop-App, Bildschirmaktualisierungen anzuhalten oder fortzusetzen, nicht annehmen.
errcode-errinfo-10e5 = Der Remote-PC konnte eine Liste der Fähigkeiten Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen war.
errcode-errinfo-10e7 = Der Remote-PC konnte eine Beschreibung der Fähigkeiten Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen war.
errcode-errinfo-10e8 = Der Remote-PC konnte eine Beschreibung der Fähigkeiten Ihrer Remotedesktop-App nicht annehmen, weil sie länger angegeben war als die tatsächlich gesendeten Daten.
errcode-errinfo-10e9 = Der Remote-PC konnte die Angabe Ihrer Remotedesktop-App nicht annehmen, sie habe keinen Platz zum Speichern von Mauszeigerformen.
errcode-errinfo-10ea = Der Remote-PC konnte die Fähigkeiten, die Ihre Remotedesktop-App angeboten hat, nicht annehmen.
errcode-errinfo-10ec = Komprimierte Daten auf einem Zusatzkanal (etwa für die Zwischenablage oder Drucker) konnten nicht entpackt werden.
errcode-errinfo-10ed = Der Remote-PC konnte Daten für einen Zusatzkanal (etwa für die Zwischenablage oder Drucker) von Ihrer Remotedesktop-App nicht annehmen, weil sie ungültig verpackt waren.
errcode-errinfo-10ef = Der Remote-PC konnte Daten von Ihrer Remotedesktop-App nicht annehmen, weil sie auf einem Zusatzkanal gesendet wurden, den es nicht gibt.
errcode-errinfo-10f0 = Der Remote-PC konnte eine Anforderung Ihrer Remotedesktop-App nicht annehmen, weil sie mehr als die erlaubten 31 Zusatzkanäle verlangte.
errcode-errinfo-10f3 = Der Remote-PC bietet nur einzelne Programme (RemoteApp) an, aber Ihre Remotedesktop-App hat einen vollständigen Desktop angefordert. Ihre IT-Abteilung muss Ihnen die richtigen Verbindungseinstellungen geben.
errcode-errinfo-10f4 = Der Remote-PC konnte eine Liste zwischengespeicherter Bilder von Ihrer Remotedesktop-App nicht annehmen, weil sie gesendet wurde, bevor die nötige Fähigkeit angekündigt war.
errcode-errinfo-10f5 = Der Remote-PC konnte eine Fehlermeldung zum Bildzwischenspeicher von Ihrer Remotedesktop-App nicht annehmen, weil sie nicht zu ihrer eigenen Längenangabe passte.
errcode-errinfo-10f6 = Der Remote-PC konnte eine Fehlermeldung zum Offscreen-Bildzwischenspeicher von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen war.
errcode-errinfo-10f7 = Der Remote-PC konnte eine Fehlermeldung zum Bildzwischenspeicher (DrawNineGrid) von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen war.
errcode-errinfo-10f8 = Der Remote-PC konnte eine Fehlermeldung zum Zeichnen (GDI+) von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen war.
errcode-errinfo-1111 = Der Remote-PC konnte einen Sicherheitsheader von Ihrer Remotedesktop-App nicht annehmen, weil er zu kurz zum Lesen war.
errcode-errinfo-1112 = Der Remote-PC konnte einen Verschlüsselungsheader von Ihrer Remotedesktop-App nicht annehmen, weil er zu kurz zum Lesen war.
errcode-errinfo-1113 = Der Remote-PC konnte eine Nachricht zum Sicherheitsaustausch von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen war.
errcode-errinfo-1114 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1115 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1116 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1117 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1118 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1119 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-111a = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-111b = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-111c = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-111d = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-111e = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-111f = Der Remote-PC konnte einen Schlüssel zum erneuten Verbinden von Ihrer Remotedesktop-App nicht annehmen, weil er länger als die erlaubten 128 Byte war.
errcode-errinfo-1120 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1121 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1122 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1123 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1124 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1125 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1126 = Der Remote-PC konnte Anmeldeinformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1129 = Der Remote-PC konnte eine ungültige Anzahl von Bildschirmen von Ihrer Remotedesktop-App nicht annehmen.
errcode-errinfo-112a = Entpackte Daten auf einem Zusatzkanal (etwa für die Zwischenablage oder Drucker) waren größer als vereinbart.
errcode-errinfo-112b = Der Remote-PC konnte eine Nachricht auf einem Zusatzkanal (etwa für die Zwischenablage oder Drucker) von Ihrer Remotedesktop-App nicht annehmen, weil sie größer als vereinbart war.
errcode-errinfo-112c = Der Remote-PC konnte eine ungültige Bestätigung einer Bildschirmaktualisierung von Ihrer Remotedesktop-App nicht annehmen.
errcode-errinfo-112d = Der Remote-PC unterstützt den Grafikmodus nicht, den Ihre Remotedesktop-App angefordert hat.
errcode-errinfo-112e = Das Grafiksystem des Remote-PCs konnte nicht neu gestartet werden.
errcode-errinfo-112f = Das Grafiksystem des Remote-PCs ist ausgefallen und kann den Bildschirm nicht mehr zeichnen.
errcode-errinfo-1130 = Der Remote-PC konnte Zeitzoneninformationen von Ihrer Remotedesktop-App nicht annehmen, weil sie zu kurz zum Lesen waren.
errcode-errinfo-1131 = Der Remote-PC konnte einen Zeitzonennamen von Ihrer Remotedesktop-App nicht annehmen, weil er länger als erlaubt war.
errcode-errinfo-1132 = Der Remote-PC konnte Zeitzoneninformationen von Ihrer Remotedesktop-App nicht annehmen, weil die Angabe zur Sommerzeit fehlte.
errcode-errinfo-1133 = Beim Verarbeiten von Daten auf einem Zusatzkanal (etwa für die Zwischenablage oder Drucker) ist etwas schiefgegangen.
errcode-errinfo-1134 = Der Desktop, den Ihre Remotedesktop-App angefordert hat (alle Bildschirme zusammen), ist größer, als der Remote-PC erlaubt. Es kann helfen, weniger Bildschirme oder ein kleineres Fenster zu verwenden.
errcode-errinfo-1135 = Der Remote-PC konnte die Bildschirmanordnung von Ihrer Remotedesktop-App nicht annehmen, weil sie seine Prüfungen nicht bestanden hat.
errcode-errinfo-1136 = Der Remote-PC konnte eine nicht erlaubte Anzahl von Bildschirmen von Ihrer Remotedesktop-App nicht annehmen.
errcode-errinfo-1191 = Das Erneuern der Verschlüsselungsschlüssel der Verbindung ist fehlgeschlagen (bei der älteren Remotedesktop-Sicherheit).
errcode-errinfo-1192 = Das Entschlüsseln von Daten oder das Erzeugen der Verschlüsselungsschlüssel ist fehlgeschlagen (bei der älteren Remotedesktop-Sicherheit).
errcode-errinfo-1193 = Das Verschlüsseln von Daten ist fehlgeschlagen (bei der älteren Remotedesktop-Sicherheit).
errcode-errinfo-1194 = Ihre Remotedesktop-App und der Remote-PC haben kein gemeinsames Verschlüsselungsverfahren. Ihre IT-Abteilung muss die Sicherheitseinstellungen ändern.
errcode-errinfo-1195 = Daten, die verschlüsselt sein sollten, kamen unverschlüsselt an.
errcode-errinfo-1196 = Die Verbindung zur Gegenseite ist abgebrochen.
errcode-errconnect-1 = Ein Problem mit den Einstellungen hat die Verbindung verhindert, bevor sie begonnen hat.
errcode-errconnect-2 = Die Verbindung ist fehlgeschlagen, ohne dass ein Grund angegeben wurde.
errcode-errconnect-3 = Die Verbindung wurde aufgebaut und dann wegen eines Problems mit den Einstellungen abgebrochen.
errcode-errconnect-4 = Der Name des Remote-PCs konnte nicht aufgelöst werden. Prüfen Sie die Schreibweise des Namens und ob Sie sich zuerst mit dem Firmennetz (VPN) verbinden müssen.
errcode-errconnect-5 = Der Name des Remote-PCs wurde nicht gefunden. Prüfen Sie die Schreibweise des Namens und ob Sie sich zuerst mit dem Firmennetz (VPN) verbinden müssen.
errcode-errconnect-6 = Die Verbindung mit dem Remote-PC ist fehlgeschlagen.
errcode-errconnect-7 = Die Verbindung ist schon beim ersten Schritt des Aufbaus der Remotedesktopsitzung fehlgeschlagen.
errcode-errconnect-8 = Die geschützte (verschlüsselte) Verbindung zum Remote-PC konnte nicht aufgebaut werden.
errcode-errconnect-9 = Die Anmeldung ist fehlgeschlagen, deshalb wurde die Verbindung abgebrochen. Prüfen Sie Benutzername und Kennwort und geben Sie beides erneut ein.
errcode-errconnect-a = Ihr Konto darf keine Verbindung herstellen. Ihre IT-Abteilung muss ihm den Zugriff erlauben.
errcode-errconnect-b = Die Verbindung wurde abgebrochen. Sie können sich wieder verbinden.
errcode-errconnect-c = Ihre Remotedesktop-App und der Remote-PC konnten sich nicht darauf einigen, wie die Verbindung geschützt wird.
errcode-errconnect-d = Die zugrunde liegende Netzwerkverbindung von Remotedesktop ist fehlgeschlagen.
errcode-errconnect-e = Ihr Kennwort ist abgelaufen und muss geändert werden, bevor Sie sich verbinden können. Ihre IT-Abteilung kann Ihnen sagen, wie Sie es ändern.
errcode-errconnect-f = Ihr Kennwort ist sehr wahrscheinlich abgelaufen und muss geändert werden. Ihre IT-Abteilung kann Ihnen sagen, wie Sie es ändern.
errcode-errconnect-10 = Ihr Konto oder der Zugriff dieses Computers wurde widerrufen. Ihre IT-Abteilung muss sich darum kümmern.
errcode-errconnect-11 = Der Firmenserver, der Anmeldungen prüft (Kerberos), war nicht erreichbar.
errcode-errconnect-12 = Ihr Benutzerkonto ist deaktiviert. Ihre IT-Abteilung muss es wieder aktivieren.
errcode-errconnect-13 = Ihr Kennwort muss geändert werden, bevor Sie sich anmelden können. Ihre IT-Abteilung kann Ihnen sagen, wie Sie es ändern.
errcode-errconnect-14 = Die Anmeldung ist fehlgeschlagen. Prüfen Sie Benutzername und Kennwort und geben Sie beides erneut ein.
errcode-errconnect-15 = Das Kennwort ist falsch. Geben Sie es noch einmal sorgfältig ein.
errcode-errconnect-16 = Der Zugriff wurde verweigert. Ihre IT-Abteilung muss prüfen, ob Ihr Konto sich verbinden darf.
errcode-errconnect-17 = Eine Einschränkung Ihres Kontos verhindert diese Anmeldung. Ihre IT-Abteilung kann Ihnen sagen, welche.
errcode-errconnect-18 = Ihr Konto ist gesperrt. Ihre IT-Abteilung muss Ihr Konto entsperren.
errcode-errconnect-19 = Ihr Konto ist abgelaufen. Ihre IT-Abteilung muss es verlängern.
errcode-errconnect-1a = Ihr Konto darf sich auf diese Art nicht anmelden (zum Beispiel remote). Ihre IT-Abteilung muss ihm dieses Recht erteilen.
errcode-errconnect-1b = Die Anmeldeinformationen fehlen oder sind ungültig. Geben Sie Benutzername und Kennwort erneut ein.
errcode-errconnect-1c = Es hat zu lange gedauert, bis die Remotesitzung bereit war.
errcode-errconnect-1d = Der Remote-PC startet noch. Warten Sie ein paar Minuten und verbinden Sie sich dann erneut.
errcode-windows_app-3000043 = Die Remotedesktop-App konnte die Sicherheitskomponenten nicht laden, die sie zum Schutz der Verbindung braucht.
errcode-windows_app-3000046 = Für Sie ist gerade kein Remotedesktop und keine Remote-App verfügbar. Versuchen Sie es später erneut, oder wenden Sie sich an Ihre IT-Abteilung, wenn das immer wieder passiert.
errcode-windows_app-3000047 = Beim Öffnen des Remotedesktops oder der Remote-App, die Ihnen zugewiesen wurden, ist ein Fehler aufgetreten. Versuchen Sie es erneut, oder wenden Sie sich an Ihre IT-Abteilung, wenn das immer wieder passiert.

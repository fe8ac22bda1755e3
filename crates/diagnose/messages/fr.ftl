# Les mots de RDP Doctor, en français. Une section par domaine de vérification ; un message par
# constat (nommé d'après son id, `.` → `-`) avec `.title` et `.detail`, un message par correctif
# avec `.title`, `.steps` et `.risk`. Titres et détails s'adressent à une personne en télétravail
# qui n'a jamais entendu parler de TLS ; les preuves (absentes d'ici) sont pour l'informatique.
# Traduction : on change le texte, jamais les noms ni les `{ $valeurs }`.
# Syntaxe Fluent : https://projectfluent.org/fluent/guide/ — une accolade littérale s'écrit {"{"},
# une valeur qui commence par une espace commence par {" "}.

## La langue elle-même : son propre nom, pour le menu des langues

language-name = Français

## What the user told us: the input, the error code

input-rdp_file_invalid =
    .title = Le fichier Bureau à distance est inutilisable
input-invalid_port =
    .title = Le numéro de port n'est pas valide
input-invalid_target =
    .title = Ce n'est ni un nom d'ordinateur ni une adresse

input-error_code =
    .title = Vous avez vu l'erreur { $code }
    .detail = Les constats qui expliquent cette erreur sont listés en premier.
input-error_code_unknown =
    .title = L'erreur { $code } ne figure pas dans notre liste
    .detail = RDP Doctor ne connaît pas ce code et ne devine donc pas sa signification ; les vérifications ci-dessous restent valables.

## Name resolution (dns)
dns-ip_literal =
    .title = C'est une adresse : aucune recherche de nom n'était nécessaire
    .detail = RDP Doctor se connecte directement à { $address }.
dns-resolved =
    .title = Le nom { $name } a été trouvé
    .detail = Il mène à { $addresses } (recherche en { $ms } ms).
dns-short_name =
    .title = « { $name } » est un nom court
    .detail = Les noms courts ne fonctionnent que sur le réseau du bureau, ou lorsque le VPN leur ajoute le domaine de l'entreprise. Le nom complet ou l'adresse fonctionnent de façon plus fiable.
dns-private_address =
    .title = { $name } a une adresse privée ({ $address })
    .detail = Une adresse privée ne fonctionne que sur le même réseau local, ou via le VPN de l'entreprise lorsque vous travaillez ailleurs.
dns-not_found =
    .title = Le nom « { $name } » n'existe pas
    .detail = Le serveur DNS indique qu'aucun ordinateur ne porte ce nom. Vérifiez l'orthographe ; si vous travaillez de chez vous, le nom n'est peut-être connu que lorsque le VPN de l'entreprise est connecté.
dns-no_address =
    .title = Le nom « { $name } » existe mais n'a pas d'adresse
    .detail = Le DNS connaît le nom mais ne donne aucune adresse à laquelle se connecter. L'informatique doit corriger l'entrée DNS ; en attendant, l'adresse IP de l'ordinateur peut fonctionner.
dns-timeout =
    .title = Aucun serveur DNS n'a répondu
    .detail = Cet ordinateur a demandé « { $name } », mais aucun serveur DNS n'a répondu à temps. Votre connexion Internet ou le VPN de l'entreprise est peut-être coupé.
dns-lookup_failed =
    .title = Impossible de rechercher le nom « { $name } »
    .detail = La recherche du nom a échoué : { $message }.


## This computer's network (network)
network-offline =
    .title = Cet ordinateur n'est connecté à aucun réseau
    .detail = Aucune carte réseau n'a d'adresse. Vérifiez le câble ou le Wi-Fi, puis réessayez.
network-offline-no_route =
    .title = Cet ordinateur n'a aucune sortie vers d'autres réseaux
    .detail = Il n'y a pas de route par défaut : seul le réseau local est accessible. Vérifiez le Wi-Fi ou le câble, ou redémarrez la box ou le routeur.
network-subnet_conflict =
    .title = Votre réseau domestique utilise les mêmes adresses que le PC distant ({ $ip })
    .detail = Le réseau de cet ordinateur ({ $lan }, { $cidr }) contient l'adresse { $ip } : le trafic destiné au PC distant reste donc chez vous au lieu de passer par le VPN. L'informatique peut faire passer cette adresse par le VPN ; chez vous, changer le réseau de la box (par exemple en 192.168.178.x) évite le conflit.
network-vpn_active =
    .title = Votre VPN est connecté ({ $vpn })
    .detail = Le PC distant a une adresse privée ({ $ip }), accessible via le VPN.
network-vpn_missing =
    .title = Le PC distant est sur un réseau privé et votre VPN n'est pas connecté
    .detail = Son adresse { $ip } ne fonctionne que sur le réseau du bureau. Connectez le VPN de l'entreprise, puis relancez la vérification.


## Reaching the port (reach)
reach-system-permission_denied = une règle de pare-feu ou une route de cet ordinateur l'interdit
reach-system-invalid_argument = une route de cet ordinateur rejette le trafic
reach-system-failed = la connexion a échoué
reach-word-open = ouvert
reach-word-refused = refusé
reach-word-timed_out = pas de réponse (délai dépassé)
reach-word-unreachable = injoignable ({ $message })
reach-word-failed = échec ({ $message })
reach-word-not_run = non essayé ({ $reason })
reach-open =
    .title = Le port Bureau à distance ({ $port }) répond
    .detail = { $address } a accepté une connexion en { $ms } ms.
reach-partial-address = { $address } ({ $result })
reach-partial =
    .title = Seules certaines adresses de l'ordinateur répondent
    .detail = Le nom mène à plusieurs adresses, dont { $count } ne répondent pas : { $addresses }. Bureau à distance peut tomber sur une adresse morte et échouer de temps en temps (une ancienne entrée DNS ou un chemin IPv6 défaillant).
reach-refused =
    .title = Le PC distant refuse les connexions sur le port { $port }
    .detail = { $address } a répondu, mais rien n'accepte de connexion sur le port { $port } : Bureau à distance est peut-être désactivé, son service arrêté ou réglé sur un autre port, ou un pare-feu rejette la connexion.
reach-unreachable =
    .title = Aucun chemin réseau ne mène au PC distant
    .detail = Le réseau de cet ordinateur indique qu'il n'y a aucun moyen de joindre { $address } : { $reason }. Si le PC est au bureau, connectez d'abord le VPN de l'entreprise.
reach-seconds = { $seconds } s
reach-filtered-port = { $port } { $name } ({ $result })
reach-host_asleep_or_off =
    .title = Rien ne répond : le PC distant est en veille, éteint ou absent de ce réseau
    .detail = Ni le port Bureau à distance de { $address } ni aucun des { $count } autres ports sur lesquels un PC Windows répond habituellement n'ont répondu en { $waited }. Si le PC est au bureau, il est peut-être en veille ou éteint : demandez à quelqu'un sur place de le réveiller, ou l'informatique peut le réveiller par le réseau. Si vous travaillez de chez vous, vérifiez que votre VPN est connecté.
reach-filtered =
    .title = Aucune réponse du port { $port } du PC distant
    .detail = Rien n'est revenu de { $address } en { $waited } : un pare-feu bloque probablement la connexion, ou le PC est en veille, éteint ou absent de ce réseau.
reach-filtered-answering =
    .detail = Le PC est allumé — il répond sur { $ports } — mais rien ne revient de son port Bureau à distance en { $waited } : un pare-feu bloque ce port.
input-rdp_file_alternate_address-invalid =
    .title = L'autre adresse du fichier, « { $address } », n'est ni un nom d'ordinateur ni une adresse
    .detail = Bureau à distance risque de l'essayer à la place de l'adresse principale et d'échouer. L'informatique devrait corriger ou supprimer la ligne « alternate full address ».
input-rdp_file_alternate_address-answers =
    .title = L'autre adresse du fichier, { $address }, répond aussi
    .detail = Le fichier indique { $main } et, comme « alternate full address », { $address } ; les deux acceptent les connexions.
input-rdp_file_alternate_address-not_found =
    .title = L'autre adresse du fichier, { $address }, est introuvable
input-rdp_file_alternate_address-silent =
    .title = L'autre adresse du fichier, { $address }, ne répond pas
input-rdp_file_alternate_address-dead-main_answers =
    .detail = Votre fichier Bureau à distance indique { $main } et, comme « alternate full address », { $address }. Bureau à distance risque de se connecter à la seconde, qui ne fonctionne pas, alors que la première fonctionne. L'informatique devrait corriger ou supprimer cette ligne.
input-rdp_file_alternate_address-dead =
    .detail = Votre fichier Bureau à distance indique { $main } et, comme « alternate full address », { $address }. Bureau à distance risque de se connecter à la seconde, qui ne fonctionne pas. L'informatique devrait corriger ou supprimer cette ligne.


## The RDP negotiation (security)
rdp-protocol-rdp = la sécurité RDP standard
rdp-protocol-tls = TLS
rdp-protocol-credssp = CredSSP (NLA)
rdp-protocol-credssp_ex = CredSSP avec autorisation anticipée (NLA)
rdp-protocol-rdstls = RDSTLS
rdp-protocol-unknown = un protocole inconnu
rdp-cert_not_on_server =
    .title = Le PC distant n'arrive pas à charger son certificat de sécurité
    .detail = Bureau à distance fonctionne sur ce PC mais ne peut pas utiliser son certificat : il refuse donc les connexions sécurisées. C'est généralement un certificat endommagé ou expiré, ou des autorisations cassées sur le dossier qui contient ses clés.
rdp-negotiated =
    .title = Le PC distant parle le langage Bureau à distance
    .detail = Il accepte { $protocols }.
rdp-legacy_security_only =
    .title = Le PC distant ne propose que l'ancienne sécurité Bureau à distance
    .detail = Il est réglé sur la sécurité RDP standard, sans TLS : les applications Bureau à distance actuelles peuvent refuser de se connecter, et la connexion ne peut pas prouver qu'elle atteint le bon ordinateur.
rdp-nla_required =
    .title = Le PC distant vous identifie avant la connexion (NLA)
    .detail = Votre mot de passe vous sera demandé avant le début de la session à distance. Toutes les applications Bureau à distance actuelles le permettent ; les très anciennes, non.
rdp-nla_not_required =
    .title = Le PC distant laisse n'importe qui atteindre son écran de connexion (pas de NLA)
    .detail = Les connexions fonctionnent, mais le PC n'exige pas l'authentification au niveau du réseau (NLA), que l'informatique active d'habitude pour que seuls les comptes connus aillent jusque-là.
rdp-not_rdp =
    .title = Autre chose que Bureau à distance répond sur le port { $port }
    .detail = Cela ressemble à { $looks_like }. Le numéro de port est peut-être faux, ou un autre programme a pris le port de Bureau à distance.
rdp-tls_not_allowed =
    .title = Le PC distant refuse les connexions chiffrées (TLS)
    .detail = Il a répondu que TLS n'est pas autorisé, sans pour autant accepter l'ancienne sécurité.
rdp-negotiation_failure-code = { $name } ({ $code })
rdp-negotiation_failure-unnamed = absent de la spécification
rdp-negotiation_failure =
    .title = Le PC distant et Bureau à distance n'ont pas pu s'entendre sur la sécurité
    .detail = Le PC distant a refusé toutes les options de sécurité, avec { $codes }.
rdp-denied =
    .title = Le PC distant raccroche aussitôt
    .detail = Le port accepte la connexion, puis le PC distant la ferme immédiatement. Causes fréquentes : toutes ses sessions ou licences Bureau à distance sont utilisées, il n'accepte que certaines adresses, ou son service Bureau à distance a un problème. C'est une cause habituelle de l'erreur 0x904 avec le code étendu 0x7.
rdp-no_response =
    .title = Le port est ouvert, mais Bureau à distance ne répond pas
    .detail = La connexion a été acceptée, mais aucune réponse Bureau à distance n'est arrivée à temps. Le service Bureau à distance est peut-être bloqué, ou un proxy ou un autre programme occupe le port.
rdp-not_rdp-garbled =
    .title = Le programme du port { $port } répond d'une façon que Bureau à distance ne comprend pas
    .detail = Sa réponse était illisible : { $reason }. Le numéro de port est peut-être faux.
rdp-denied-limited =
    .title = Le PC distant n'accepte plus de connexions
    .detail = La première connexion a fonctionné, mais les suivantes ont échoué : le PC ou un pare-feu limite le nombre de connexions acceptées.


## What listens instead of Remote Desktop (service)
rdp-service-certificate-subject = « { $subject } »
rdp-service-certificate-self = lui-même
rdp-service-certificate-issuer = « { $issuer } »
rdp-service-certificate = établi au nom de { $to } et émis par { $by }
rdp-service-ssh = un serveur SSH (une ligne de commande à distance)
rdp-service-smtp = un serveur de messagerie (SMTP)
rdp-service-smtp_or_ftp = un serveur de messagerie ou de transfert de fichiers (SMTP ou FTP)
rdp-service-ftp = un serveur de transfert de fichiers (FTP)
rdp-service-mail = un serveur de messagerie ({ $protocol })
rdp-service-vnc = un serveur de prise en main à distance VNC
rdp-service-other = un serveur { $protocol }
rdp-service-gateway = une passerelle des services Bureau à distance
rdp-service-https = un serveur web sécurisé (HTTPS)
rdp-service-http = un serveur web (HTTP)
rdp-service-tls_only = un service qui attend du chiffrement (TLS) dès le premier octet
rdp-service-text = un service qui répond en texte
rdp-service-binary = un service qui envoie des données que Bureau à distance ne comprend pas
rdp-service-shown-greeting = Il a salué avec « { $line } ».
rdp-service-shown-web_server = Il a répondu à une requête web par « { $status } » et se présente comme « { $server } ».
rdp-service-shown-web = Il a répondu à une requête web par « { $status } ».
rdp-service-shown-tls_alert = Il a répondu à du texte en clair par une alerte TLS ({ $alert }).
rdp-service-shown-tls = Il a répondu à du texte en clair en TLS.
rdp-service-shown-text = Il a répondu « { $line } ».
rdp-service-shown-binary = Sa réponse commençait par les octets { $bytes }.
rdp-not_rdp-forwarded = une redirection de port du routeur envoie le port { $port } vers une autre machine que le PC distant
rdp-not_rdp-moved = l'adresse mène désormais à une autre machine que le PC distant (il a peut-être reçu une nouvelle adresse)
rdp-not_rdp-default_port = Soit un autre programme occupe le port de Bureau à distance sur cet ordinateur, soit { $elsewhere }.
rdp-not_rdp-other_port = Le numéro de port est peut-être faux (Bureau à distance utilise le 3389, sauf si l'informatique en a choisi un autre), ou bien { $elsewhere }.
rdp-not_rdp-service-certificate =
    .detail = { $shown } Son certificat est { $certificate }. Bureau à distance ne peut pas fonctionner avec lui. { $why }
rdp-not_rdp-service =
    .title = C'est { $service } qui répond sur le port { $port }, pas Bureau à distance
    .detail = { $shown } Bureau à distance ne peut pas fonctionner avec lui. { $why }
rdp-is_a_gateway =
    .title = Cette adresse est une passerelle des services Bureau à distance, pas le PC distant
    .detail = { $address } répond comme une passerelle des services Bureau à distance : elle demande une connexion ({ $schemes }) avant de transmettre la connexion à un PC situé derrière elle. Indiquez-la comme passerelle dans votre application Bureau à distance, et le nom du PC que vous voulez joindre comme ordinateur.
rdp-service-seconds = { $seconds } s
rdp-service-tried-rdp = Une nouvelle connexion, un instant plus tard, a reçu une réponse dans le langage propre à Bureau à distance : Bureau à distance écoute bien sur ce port, mais n'a pas répondu à temps à la première demande (il est peut-être occupé, lent ou en cours de démarrage).
rdp-service-tried-greeting = aucun message d'accueil n'est arrivé en { $waited } (les serveurs SSH, de messagerie et de transfert de fichiers en envoient un)
rdp-service-tried-closed = une connexion qui n'envoyait rien a été fermée
rdp-service-tried-web_silent = une requête web est restée sans réponse
rdp-service-tried-web_closed = une requête web a été coupée net
rdp-service-tried-tls-certificate = {" "}avec un certificat { $certificate }
rdp-service-tried-tls-gateway = {" "}ni à une requête de passerelle Bureau à distance
rdp-service-tried-tls = une connexion TLS sans la négociation de Bureau à distance a fonctionné{ $certificate }, mais rien n'y a répondu à une requête web{ $gateway }
rdp-service-tried-tls_failed = une négociation TLS directe n'a pas fonctionné
rdp-service-tried-certificate = Pour savoir si un autre programme occupe le port, RDP Doctor a aussi fait d'autres essais : { $tried } ; rien n'a révélé d'autre service. Si ce certificat ne désigne pas le PC distant, c'est un autre service chiffré qui occupe le port.
rdp-service-tried = Pour savoir si un autre programme occupe le port, RDP Doctor a aussi fait d'autres essais : { $tried } ; rien n'a révélé d'autre service.


## The TLS handshake (tls)
tls-ok =
    .title = La connexion est chiffrée ({ $version })
    .detail = Le chiffrement fonctionne : { $version } avec { $cipher_suite }.
tls-legacy_only =
    .title = Le PC distant ne parle qu'un chiffrement dépassé ({ $version })
    .detail = Il n'accepte que { $version }, que les applications Bureau à distance actuelles refusent. L'informatique doit mettre à jour le PC distant et y activer TLS 1.2.
tls-handshake_failed-old_ciphers =
    .title = Le PC distant ne propose que des méthodes de chiffrement dépassées
    .detail = Il parle { $version }, mais seulement avec d'anciennes méthodes comme { $cipher_suite } que les applications actuelles n'acceptent pas. L'informatique doit mettre à jour le PC distant.
tls-handshake_failed-alert =
    .detail = Le PC distant a interrompu la mise en place du chiffrement avec le message « { $alert } ». Avec Bureau à distance, c'est le plus souvent un certificat que le PC ne peut pas utiliser.
tls-handshake_failed =
    .title = La connexion chiffrée n'a pas pu être établie
    .detail = Le PC distant a interrompu la mise en place du chiffrement. Avec Bureau à distance, c'est le plus souvent un certificat que le PC ne peut pas utiliser.
tls-handshake_failed-timeout =
    .title = Le PC distant a cessé de répondre pendant la mise en place du chiffrement
    .detail = Aucune réponse à la négociation du chiffrement en { $waited_ms } ms.


## The certificate (certificate)

cert-expired =
    .title = Le certificat de sécurité du PC distant a expiré le { $date }
    .detail = Il a expiré { $when }. Windows renouvelle normalement ce certificat tout seul ; quand il n'y arrive pas, les connexions échouent, souvent avec l'erreur 0x904 (code étendu 0x7). L'informatique peut le renouveler avec les commandes ci-dessous.
cert-not_yet_valid =
    .title = Le certificat du PC distant n'est valide qu'à partir du { $date }
    .detail = L'horloge du PC distant ou celle de cet ordinateur est fausse : vérifiez la date et l'heure des deux.
cert-expires_soon =
    .title = Le certificat du PC distant expire { $when }
    .detail = Il est valide jusqu'au { $date }. Windows devrait le renouveler à temps ; sinon, les connexions échoueront à partir de cette date.
cert-self_signed =
    .title = Le PC distant utilise son propre certificat, créé par lui-même
    .detail = C'est normal pour Bureau à distance, et c'est pour cela que votre application vous demande si vous faites confiance à l'ordinateur distant. Comparez l'empreinte avec celle que vous donne l'informatique.
cert-name_mismatch-no_name = aucun nom
cert-name_mismatch =
    .title = Le certificat est établi au nom de { $names }
    .detail = Vous avez saisi « { $name } », que le certificat ne mentionne pas. Votre application vous avertira ; si ces noms ne sont pas deux noms du même PC, vous joignez peut-être un autre ordinateur que celui que vous croyez.
cert-name_mismatch-address =
    .detail = Vous vous connectez par adresse ({ $name }) : votre application ne peut donc pas la rapprocher du nom inscrit dans le certificat et vous avertira. C'est normal quand on utilise une adresse.
cert-weak-signature = il est signé avec { $algorithm }
cert-weak-key = sa clé ne fait que { $bits } bits
cert-weak-usage = il n'est pas prévu pour l'authentification de serveur
cert-weak =
    .title = Le certificat du PC distant est faible
    .detail = { $reasons } ; les applications actuelles risquent de le refuser.
cert-evidence-key_bits = {" "}{ $bits } bits


## Network Level Authentication (nla)

nla-os-or_newer = { $name } ou plus récent
nla-ok-no_name = (sans nom)
nla-ok-domain = {" "}dans { $domain }
nla-ok-os = {" "}et exécute { $os }
nla-ok =
    .detail = Le PC distant a répondu à la première étape de la connexion (aucun mot de passe n'a été envoyé). Il se présente comme { $name }{ $domain }{ $os }.
    .title = La sécurité de connexion fonctionne ; le PC se présente comme { $name }
nla-identity_mismatch =
    .title = Vous avez saisi « { $typed } », mais le PC se présente comme « { $name } »
    .detail = Pas de problème si le nom que vous utilisez est un alias de ce PC. Sinon, le nom mène à un autre ordinateur que celui que vous croyez, par exemple à cause d'une ancienne entrée DNS.
nla-clock_skew =
    .title = L'horloge du PC distant { $direction ->
        [ahead] avance
       *[behind] retarde
    } de { $span } par rapport à celle de cet ordinateur
    .detail = La connexion avec un compte d'entreprise (Kerberos) échoue quand les horloges diffèrent de plus de 5 minutes. Remettez à l'heure l'horloge qui est fausse.
nla-credssp_unpatched_server =
    .title = Il manque au PC distant la mise à jour de sécurité de 2018 pour la connexion (CredSSP)
    .detail = Les ordinateurs à jour refusent de s'y connecter, avec un message parlant de « correction d'oracle de chiffrement CredSSP ». Le PC distant a besoin des mises à jour Windows.
nla-failed-server_error =
    .title = Le PC distant a refusé la première étape de la connexion
    .detail = Il a répondu avec l'erreur { $code } avant même qu'un mot de passe n'entre en jeu.
nla-failed =
    .title = L'étape de connexion (NLA) s'est interrompue
    .detail = À l'étape « { $stage } » : { $message }.


## Connection quality (quality)

quality-evidence-answered = { $answered } sur { $total }
quality-word-no_answer = pas de réponse en { $ms } ms
quality-word-answered_after = réponse après { $ms } ms
quality-word-cut_off = coupée
quality-kept_waiting = { $testing } : { $result }
quality-server_serialises =
    .title = Le PC distant ne traite qu'une connexion à la fois
    .detail = Pendant qu'une connexion était en cours d'établissement, le PC distant a fait attendre { $count } { $count ->
        [one] autre
        [many] autres
       *[other] autres
    } ; interrogée de nouveau seule, chacune a répondu aussitôt. Le réseau va bien : c'est le comportement du serveur Bureau à distance (les serveurs basés sur la partie serveur de FreeRDP, comme celui de weston, font ainsi). Une personne qui se connecte pendant l'établissement d'une autre connexion attend, et peut dépasser le délai.
quality-drops_during_handshake =
    .title = Les connexions au PC distant s'interrompent : { $broke_off } tentatives sur { $total } ont échoué en cours de route
    .detail = La connexion s'ouvre, puis s'interrompt pendant que Bureau à distance l'établit, même quand elle est seule : c'est le signe d'une liaison peu fiable (Wi-Fi, données mobiles, VPN en difficulté) ou d'un PC distant surchargé ; un réseau filaire ou le redémarrage du VPN aide souvent.
quality-unstable-broke_off =
    .title = Votre connexion au PC distant est instable : { $broke_off } tentatives sur { $total } se sont interrompues
    .detail = Certaines connexions se sont interrompues pendant que Bureau à distance les établissait ; réessayées seules, elles ont fonctionné. Bureau à distance peut échouer de temps en temps ; si c'est le cas, un réseau filaire ou le redémarrage du VPN aide souvent.
quality-unstable-failed =
    .title = Votre connexion au PC distant est instable : { $failed } tentatives sur { $total } ont échoué
    .detail = Certaines connexions ont fonctionné, d'autres non. Bureau à distance peut échouer de temps en temps ; un réseau filaire ou le redémarrage du VPN aide souvent.
quality-unstable-loss =
    .title = Votre connexion au PC distant perd des données : { $gaps } allers-retours sur { $trips } ont dû être renvoyés
    .detail = La plupart des réponses ont pris environ { $round_trip } ms, mais { $gaps } ont attendu { $stall } ms ou plus au-delà du double : le temps qu'il faut pour renvoyer un paquet perdu. C'est une liaison qui perd des données (Wi-Fi, données mobiles, VPN en difficulté), pas une question de distance ; Bureau à distance va saccader et peut décrocher. Un réseau filaire ou le redémarrage du VPN aide souvent.
quality-high_latency-relayed =
    .detail = Les connexions s'ouvrent aussitôt ({ $median_connect } ms), mais chaque réponse prend environ { $round_trip } ms : quelque chose près de vous (un VPN ou un proxy) accepte la connexion et la relaie par un chemin lent. Bureau à distance fonctionnera mais semblera lent ; un serveur VPN plus proche de vous réduit le délai.
quality-high_latency =
    .detail = Bureau à distance fonctionnera mais semblera lent. Un réseau filaire, ou un serveur VPN plus proche de vous, réduit le délai.
    .title = Le PC distant est loin, du point de vue du réseau ({ $ms } ms par aller-retour)
quality-ok =
    .title = La connexion est stable ({ $round_trip } ms par aller-retour, écart de { $spread } ms)
    .detail = { $answered } demandes sur { $total } ont obtenu une réponse ; les connexions ont pris { $median_connect } ms, les réponses { $round_trip } ms, et aucune n'a attendu de données perdues.
quality-word-answered = réponse en { $ms } ms
quality-word-connect_failed = connexion impossible : { $message }
quality-recheck = { $testing } : seule, { $result }
quality-watch-failure = après { $seconds } s : { $failure }
quality-watch-advice = Un réseau filaire au lieu du Wi-Fi, ou le redémarrage du VPN, aide souvent ; si cela continue, envoyez ce rapport à l'informatique.
quality-watch-failed =
    .title = Votre connexion au PC est instable : { $failed } tentatives sur { $total } ont échoué
    .detail = Observée pendant { $seconds } s. { $advice }
quality-watch-high_latency =
    .detail = Les { $total } tentatives sur { $seconds } s ont toutes fonctionné, mais lentement. { $advice }
quality-watch-ok =
    .title = La connexion est restée stable : { $total } tentatives sur { $total } ont fonctionné
    .detail = Observée pendant { $seconds } s : { $median } ms par connexion, écart de { $spread } ms.


## The Remote Desktop Gateway (gateway)

gateway-http-status = HTTP { $status }
gateway-http-status_auth = HTTP { $status }, connexion avec { $schemes }
gateway-http-closed = fermée sans réponse
gateway-http-no_answer = pas de réponse en { $ms } ms
gateway-http-not_http = pas du HTTP : { $reason }
gateway-http-failed = échec : { $message }
gateway-unreachable-no_name = son nom { $host } est introuvable
gateway-unreachable-not_tried = elle n'a pas pu être essayée
gateway-unreachable-port = le port { $port } a donné : { $outcome }
gateway-unreachable =
    .title = La passerelle des services Bureau à distance { $host } est injoignable
    .detail = Votre connexion passe par la passerelle { $name }, mais { $why }. Si vous êtes chez vous, vérifiez votre connexion Internet ; sinon, la passerelle est peut-être en panne.
gateway-unreachable-tls-none = aucune connexion sécurisée n'a été établie
gateway-unreachable-tls-failed = la connexion sécurisée a échoué : { $message }
gateway-unreachable-tls-timed_out = elle n'a pas répondu à temps à la connexion sécurisée
gateway-unreachable-tls =
    .title = La passerelle des services Bureau à distance { $host } ne termine pas la connexion sécurisée
    .detail = Le port de la passerelle répond, mais { $why }.
gateway-cert_invalid-not_trusted = non approuvé
gateway-cert_invalid =
    .title = Le certificat de sécurité de la passerelle n'est pas accepté : { $error }
    .detail = Contrairement à un PC distant, une passerelle a besoin d'un certificat approuvé par cet ordinateur, valide aujourd'hui et établi au nom de la passerelle ; sinon, Bureau à distance refuse la passerelle. L'informatique doit renouveler ou remplacer le certificat de la passerelle.
gateway-ok =
    .title = La passerelle des services Bureau à distance { $host } répond
    .detail = Elle demande une connexion ({ $schemes }), comme une passerelle doit le faire ; aucun mot de passe n'a été envoyé.
gateway-ok-no_method = aucune méthode indiquée
gateway-websocket =
    .title = La passerelle propose aussi son transport WebSocket
    .detail = Les clients Bureau à distance actuels peuvent l'utiliser à travers des proxys qui ne laissent passer que le trafic web.
gateway-no_answer =
    .title = La passerelle des services Bureau à distance { $host } ne répond pas
    .detail = Elle a accepté la connexion et la négociation sécurisée, puis n'a rien renvoyé à la requête de passerelle en { $ms } ms. Le service de passerelle est peut-être bloqué ou surchargé : l'informatique peut vérifier le service Passerelle des services Bureau à distance (TSGateway) et son serveur web (IIS).
gateway-not_a_gateway =
    .title = { $host } ne répond pas comme une passerelle des services Bureau à distance
    .detail = Son serveur web a répondu à la requête de passerelle par { $answer }. Le nom mène peut-être à un autre serveur web, ou le transport HTTP du rôle de passerelle est désactivé.
gateway-through =
    .title = Pas joignable directement (normal avec une passerelle) : { $title }
    .detail = Votre connexion passe par la passerelle des services Bureau à distance { $gateway }, qui joint le PC distant pour vous : c'est donc normal. { $detail }


## The .rdp file (file)

input-rdp_file_disables_nla =
    .title = Votre fichier Bureau à distance désactive l'identification avant connexion, que le PC distant exige
    .detail = Le fichier indique « enablecredsspsupport:i:0 » : l'application Bureau à distance n'utilise donc jamais l'authentification au niveau du réseau (NLA), et ce PC distant n'accepte rien d'autre. Demandez un fichier corrigé à l'informatique, ou remplacez cette ligne par « enablecredsspsupport:i:1 ».
input-rdp_file_requires_trusted_certificate =
    .title = Votre fichier Bureau à distance refuse le certificat du PC distant
    .detail = Le fichier indique « authentication level:i:1 » (ne pas se connecter si le PC distant ne prouve pas son identité avec un certificat approuvé), mais le certificat du PC distant est auto-signé, expiré ou établi à un autre nom. L'informatique peut donner au PC un certificat approuvé, ou la ligne peut être remplacée par « authentication level:i:2 » (avertir).
input-rdp_file_lines_skipped-file =
    .title = { $count ->
        [one] { $count } ligne du fichier Bureau à distance n'est pas un paramètre et a été ignorée
        [many] { $count } lignes du fichier Bureau à distance ne sont pas des paramètres et ont été ignorées
       *[other] { $count } lignes du fichier Bureau à distance ne sont pas des paramètres et ont été ignorées
    }
input-rdp_file_lines_skipped-link_source = lien rdp://
input-rdp_file_lines_skipped-link =
    .title = { $count ->
        [one] { $count } partie du lien rdp:// n'est pas un paramètre et a été ignorée
        [many] { $count } parties du lien rdp:// ne sont pas des paramètres et ont été ignorées
       *[other] { $count } parties du lien rdp:// ne sont pas des paramètres et ont été ignorées
    }
input-rdp_file_lines_skipped-more = { $shown } et { $more } de plus
input-rdp_file_lines_skipped =
    .detail = Bureau à distance ignore ce qu'il ne sait pas lire, et cette vérification aussi : { $listed }. Si l'un de ces éléments devait régler quelque chose (un port, une passerelle), l'informatique devrait le corriger.


## This computer's Remote Desktop setup (client)

client-rdp_apps-none =
    .title = Aucune application Bureau à distance n'a été trouvée sur cet ordinateur
    .detail = Il vous faut une application Bureau à distance pour vous connecter : Windows App de Microsoft sous Windows et macOS, FreeRDP ou Remmina sous Linux.
client-rdp_apps =
    .title = Applications Bureau à distance sur cet ordinateur : { $apps }
    .detail = N'importe laquelle peut se connecter.
client-saved_credentials =
    .title = Cet ordinateur a des identifiants enregistrés pour { $name }
    .detail = Bureau à distance les utilise sans rien demander. Si votre mot de passe a changé, celui qui est enregistré échoue à chaque fois : supprimez-le et reconnectez-vous.
client-credssp_policy-name = { $value ->
        [0] Forcer les clients mis à jour
        [2] Vulnérable
       *[other] Atténué
    }
client-credssp_policy-unpatched_server =
    .title = Cet ordinateur refuse de se connecter au PC distant, car il manque à celui-ci une mise à jour de sécurité de 2018
    .detail = La stratégie « Encryption Oracle Remediation » de cet ordinateur est réglée sur « { $name } », et la connexion (CredSSP) du PC distant est antérieure au correctif de la CVE-2018-0886. La vraie solution est de mettre à jour le PC distant.
client-credssp_policy-vulnerable =
    .title = Cet ordinateur autorise encore la connexion aux PC sans la mise à jour CredSSP de 2018
    .detail = Sa stratégie « Encryption Oracle Remediation » est réglée sur « Vulnérable », un réglage prévu seulement comme solution provisoire. Annulez-le dès que les PC distants sont à jour.
client-credssp_policy =
    .title = La stratégie CredSSP de cet ordinateur est « { $name } »
    .detail = Il se connecte aux PC distants à jour et refuse ceux qui n'ont pas le correctif de 2018.
client-clock =
    .title = L'horloge de cet ordinateur { $direction ->
        [ahead] avance
       *[behind] retarde
    } de { $span } par rapport { $witness ->
        [both] au PC distant et à la passerelle
       *[gateway] à la passerelle
    }
    .detail = La connexion et les certificats dépendent de l'heure. Mettez l'horloge de cet ordinateur à l'heure (Paramètres > Heure et langue > Définir l'heure automatiquement).


## Host mode (host)
host-not_windows =
    .detail-listening = Cet ordinateur tourne sous { $os } : il n'y a donc aucun paramètre Bureau à distance de Windows à lire. Lancez RDP Doctor sur le PC Windows lui-même, ou vérifiez-le d'ici par son nom. Quelque chose accepte bien des connexions sur le port 3389 ici.
    .detail-not_listening = Cet ordinateur tourne sous { $os } : il n'y a donc aucun paramètre Bureau à distance de Windows à lire. Lancez RDP Doctor sur le PC Windows lui-même, ou vérifiez-le d'ici par son nom. Rien n'accepte de connexion sur le port 3389 ici.
    .detail = Cet ordinateur tourne sous { $os } : il n'y a donc aucun paramètre Bureau à distance de Windows à lire. Lancez RDP Doctor sur le PC Windows lui-même, ou vérifiez-le d'ici par son nom.
    .title = Le mode hôte vérifie un PC Windows auquel d'autres se connectent
host-rdp_disabled =
    .detail-policy = Bureau à distance est désactivé sur ce PC : personne ne peut donc s'y connecter. Activez-le dans Paramètres > Système > Bureau à distance, ou exécutez la commande ci-dessous en tant qu'administrateur. Une stratégie de groupe définit ce réglage sur ce PC : modifiez donc la stratégie (gpedit.msc > Configuration ordinateur > Modèles d'administration > Composants Windows > Services Bureau à distance > Hôte de session Bureau à distance) ou adressez-vous à la personne qui la gère, car la commande seule serait écrasée.
    .detail = Bureau à distance est désactivé sur ce PC : personne ne peut donc s'y connecter. Activez-le dans Paramètres > Système > Bureau à distance, ou exécutez la commande ci-dessous en tant qu'administrateur.
    .title = Bureau à distance est désactivé sur ce PC
host-nla =
    .title = Il faut s'identifier avant le début de la session à distance (NLA activée)
    .detail = C'est le réglage sûr par défaut. Les clients qui ne gèrent pas NLA (très anciens, ou avec CredSSP désactivé) ne peuvent pas se connecter.
host-nla-off =
    .title = NLA est désactivée : ce PC montre son écran de connexion à quiconque se connecte
    .detail = Les clients se connectent sans s'identifier d'abord. Cela fonctionne avec les anciens clients, mais permet à quiconque atteint le PC de voir son écran de connexion ; réactivez NLA dès que possible.
host-security_layer-rdp =
    .title = Ce PC n'utilise que l'ancienne sécurité RDP standard
    .detail = Les clients modernes attendent TLS : réglez la couche de sécurité sur Négocier (1) ou TLS (2).
host-security_layer-negotiate =
    .title = Ce PC négocie sa couche de sécurité (TLS quand le client le peut)
    .detail = Les clients capables d'utiliser TLS l'utilisent ; les anciens se rabattent sur la sécurité RDP standard.
host-security_layer =
    .title = Ce PC exige TLS pour Bureau à distance
    .detail = C'est le réglage sûr par défaut : les clients doivent utiliser TLS, et généralement NLA.
host-port =
    .title = Bureau à distance utilise le port habituel, 3389
    .detail = Les clients se connectent avec le seul nom du PC.
host-port-other =
    .title = Bureau à distance utilise le port { $port }, et non le 3389 habituel
    .detail = Les clients doivent ajouter le port au nom (pc.example.com:{ $port }), et le pare-feu doit autoriser le port { $port }.
host-service_stopped-disabled =
    .title = Le service Bureau à distance est désactivé
host-service_stopped =
    .title = Le service Bureau à distance n'est pas en cours d'exécution
    .detail = Sans le service Services Bureau à distance (TermService), rien ne répond sur le port Bureau à distance. Démarrez-le avec la commande ci-dessous.
host-not_listening =
    .detail = Le service Bureau à distance est peut-être en cours de démarrage, ou son écouteur a échoué (voir le journal d'événements Système, source TermService ou TerminalServices-RemoteConnectionManager).
    .detail-service_unknown = RDP Doctor n'a pas pu lire l'état du service Bureau à distance (voir ce qui n'a pas pu être vérifié) et ne peut donc pas dire pourquoi : Bureau à distance est peut-être désactivé, son service arrêté, ou son écouteur a échoué.
    .title = Rien n'accepte de connexion sur le port { $port } de ce PC
host-firewall_closed =
    .title = Le Pare-feu Windows bloque Bureau à distance sur ce PC
    .detail-no_rules = Le pare-feu n'a aucune règle « Bureau à distance ».
    .detail = Les règles « Bureau à distance » existent mais sont désactivées : les autres ordinateurs ne peuvent donc pas atteindre le port.
host-firewall_open =
    .title = Le Pare-feu Windows laisse passer Bureau à distance
    .detail = Les règles « Bureau à distance » sont activées.
# A Windows Firewall profile, as in "lets Remote Desktop in on domain and private networks".
host-firewall_profile = { $profile ->
        [domain] domaine
        [private] privé
        [public] public
       *[other] { $profile }
    }
host-firewall_open-some =
    .title = Le Pare-feu Windows laisse passer Bureau à distance sur les réseaux de type { $profiles }
    .detail = Sur les autres types de réseau (par exemple un réseau que Windows a classé « public »), le port reste fermé.
host-cert_ok =
    .title = Le certificat Bureau à distance est valide jusqu'au { $date }
    .detail = Aucun certificat du magasin Bureau à distance n'a expiré.
host-cert_ok-none =
    .title = Windows créera un certificat Bureau à distance au démarrage du service
host-cert_expired =
    .title = Le certificat Bureau à distance de ce PC a expiré le { $date }
    .detail = Les clients refusent la connexion ou avertissent au sujet du certificat. Windows le renouvelle normalement tout seul ; comme il ne l'a pas fait, supprimez le certificat expiré et redémarrez le service pour que Windows en crée un nouveau.
    .detail-harmless = Le magasin contient aussi un certificat valide : Bureau à distance continue donc de fonctionner ; le certificat expiré peut être supprimé.
host-machinekeys =
    .detail-missing = Windows conserve la clé privée du certificat dans { $folder }. Ce dossier est absent.
    .detail-admins = Windows conserve la clé privée du certificat dans { $folder }. Les administrateurs n'y ont pas le contrôle total.
    .detail-everyone = Windows conserve la clé privée du certificat dans { $folder }. Le groupe Tout le monde a perdu l'accès que Windows lui donne par défaut : les services ne peuvent donc pas y enregistrer de clés.
    .detail-deny = Windows conserve la clé privée du certificat dans { $folder }. Une entrée de refus bloque un compte système.
    .title = Windows risque de ne pas pouvoir créer de nouveau certificat Bureau à distance
host-sleep_disabled =
    .title = Ce PC reste allumé tant qu'il est branché
    .detail = La mise en veille et la mise en veille prolongée sont désactivées sur secteur.
host-sleep_enabled =
    .title = Ce PC se met en veille après { $span } d'inactivité, même branché
    .detail = Bureau à distance ne peut pas joindre un PC en veille : les connexions échouent jusqu'à ce que quelqu'un le réveille.
host-sessions-full =
    .title = Ce PC n'a plus de session Bureau à distance libre ({ $open } ouvertes, la limite est de { $limit })
host-sessions =
    .title = { $n } sessions déconnectées sont encore ouvertes sur ce PC
    .detail = Les sessions que des personnes ont quittées sans se déconnecter gardent leur place. Les nouvelles connexions échouent avec « trop de connexions » une fois la limite atteinte. Fermez ces sessions.
host-sessions_ok =
    .title = { $n ->
        [0] Personne n'est connecté pour le moment
        [one] Une personne est connectée
        [many] { $n } personnes sont connectées
       *[other] { $n } personnes sont connectées
    }
    .detail = Il reste de la place pour de nouvelles connexions.
# What host mode reads on this PC, as in "could not read the firewall rules and the sessions".
host-fact =
    .settings = les paramètres Bureau à distance
    .policy = les paramètres de stratégie de groupe
    .service = le service Bureau à distance
    .firewall = les règles du pare-feu
    .certificates = les certificats
    .machine_keys = le dossier MachineKeys
    .power = les paramètres de mise en veille
    .sessions = les sessions
    .listening = le port
host-needs_admin =
    .title = Lancez RDP Doctor en tant qu'administrateur pour tout vérifier
    .detail = Sans droits d'administrateur, Windows n'a pas laissé RDP Doctor lire { $facts }. Faites un clic droit sur RDP Doctor, choisissez « Exécuter en tant qu'administrateur » et relancez la vérification.
host-unreadable =
    .title = Impossible de vérifier { $facts }
    .detail = Les commandes ci-dessous n'ont pas donné de réponse compréhensible pour RDP Doctor : ces éléments n'ont donc pas été vérifiés.
# A row of host mode that was not checked, and why.
host-row =
    .not_windows = Non vérifié : ce n'est pas un PC Windows
    .needs_admin = Non vérifié : nécessite des droits d'administrateur
    .no_answer = Non vérifié : Windows n'a pas répondu
host-report =
    .summary-not_windows = Le mode hôte vérifie un PC Windows auquel d'autres se connectent ; cet ordinateur n'en est pas un.
    .summary-all_good = Tout ce que nous avons vérifié fonctionne : ce PC accepte les connexions Bureau à distance.
    .input = Ce PC en tant qu'hôte Bureau à distance

## Fixes
fix-connect_by_ip =
    .title = Se connecter par l'adresse ({ $address }) plutôt que par le nom
    .steps = Lancez Bureau à distance avec l'adresse { $address } au lieu du nom. Si cela fonctionne, signalez à l'informatique que le nom ne mène pas au bon ordinateur.
fix-use_full_name =
    .steps-address = Saisissez le nom complet de l'ordinateur (par exemple pc.company.example, demandez-le à l'informatique) ou son adresse { $address } au lieu du nom court.
    .steps = Vérifiez l'orthographe, puis saisissez le nom complet de l'ordinateur (par exemple pc.company.example) ou son adresse IP ; l'informatique peut vous donner l'un comme l'autre.
    .title = Utiliser le nom complet de l'ordinateur ou son adresse
fix-open_store_app =
    .title = Installer l'application Bureau à distance actuelle de Microsoft
    .steps = Installez Windows App de Microsoft (l'application Bureau à distance actuelle) depuis votre magasin d'applications. Sous Linux, utilisez FreeRDP ou Remmina fournis par votre distribution.
fix-wake_on_lan =
    .title = Réveiller le PC distant par le réseau (Wake-on-LAN)
    .steps-command = Si le Wake-on-LAN est activé sur le PC distant, cette commande le réveille en envoyant un « paquet magique » à sa carte réseau ({ $mac }). Exécutez-la sur un ordinateur du même réseau que le PC distant (via un VPN, cela ne fonctionne que si le VPN transmet les diffusions), puis laissez une minute au PC pour démarrer. Elle ne modifie rien : il n'y a donc rien à annuler. Si le PC ne se réveille pas, demandez à quelqu'un au bureau d'appuyer sur son bouton d'alimentation.
    .steps = Si le Wake-on-LAN est activé sur le PC distant, l'informatique peut le réveiller en envoyant un « paquet magique » à l'adresse MAC de sa carte réseau depuis un ordinateur du même réseau (ou via le VPN, s'il transmet les diffusions). Sinon, demandez à quelqu'un au bureau d'appuyer sur son bouton d'alimentation.
fix-forget_saved_credentials =
    .title = Oublier le mot de passe enregistré pour ce PC distant
    .steps = Windows continue de proposer pour { $target } un mot de passe enregistré qui ne fonctionne peut-être plus (par exemple après un changement). Cette commande le supprime de cet ordinateur : Bureau à distance vous le redemandera. Exécutez-la sous votre propre compte, pas en tant qu'administrateur : chaque compte Windows a ses propres mots de passe enregistrés. Un mot de passe enregistré sous une autre forme du nom (nom court, nom complet ou adresse) est distinct : Panneau de configuration > Gestionnaire d'identification > Informations d'identification Windows les liste tous. Impossible d'annuler : vous saisirez de nouveau le mot de passe à la prochaine connexion.
fix-flush_dns =
    .title = Vider la mémoire des noms de cet ordinateur
    .steps = Les ordinateurs retiennent pendant un moment les adresses correspondant aux noms. Si le PC distant a changé d'adresse (ou si vous venez de connecter le VPN), vider cette mémoire oblige cet ordinateur à redemander. Rien d'autre n'est modifié : il n'y a donc rien à annuler.
fix-reset_network_stack =
    .title = Réinitialiser les paramètres réseau de cet ordinateur
    .risk = Nécessite un redémarrage ; les paramètres réseau saisis à la main (adresse fixe ou serveur DNS) ainsi que certains logiciels VPN ou de sécurité devront peut-être être reconfigurés.
    .steps = Quand cet ordinateur ne joint plus rien, ou que les noms ne fonctionnent plus, ces commandes vident sa mémoire des noms (la première ligne, qui ne demande aucun droit particulier) et remettent les composants réseau de Windows à leurs valeurs par défaut (les deux autres, qui demandent une invite de commandes exécutée en tant qu'administrateur, puis un redémarrage). Impossible d'annuler, et inutile : elles rétablissent les valeurs par défaut de Windows.
fix-test_port =
    .title = Tester le port Bureau à distance depuis un autre ordinateur
    .steps = Pour savoir si le problème vient du réseau de cet ordinateur ou du PC distant, exécutez ceci sur un autre ordinateur, idéalement sur le même réseau que { $host }. S'il affiche TcpTestSucceeded : True (nc indique « succeeded » ou « open »), le PC distant répond sur le port { $port } et le problème se situe entre cet ordinateur et lui : le VPN, un pare-feu ou le réseau. Ce n'est qu'un test : il n'y a rien à annuler.
fix-check_port =
    .steps-usual_port = Bureau à distance utilise le port 3389, sauf si l'informatique en a choisi un autre pour ce PC. Demandez à l'informatique quel port il utilise et ajoutez-le à l'adresse après deux-points (par exemple pc.example.com:3390), ou vérifiez l'adresse et le port dans le fichier .rdp fourni par l'informatique.
    .steps-other_port = Vous vous connectez au port { $port }, mais Bureau à distance utilise le port 3389, sauf si l'informatique en a choisi un autre pour ce PC. Vérifiez avec l'informatique le nombre qui suit les deux-points dans l'adresse (ou le port dans le fichier .rdp), ou essayez l'adresse sans ce nombre.
    .title = Vérifier le numéro de port
fix-check_port_forwarding =
    .title = Vérifier la redirection de port du routeur
    .steps = Si cette adresse est celle d'un routeur qui redirige le port { $port } vers le PC distant (cas typique d'un bureau à domicile ou d'une petite structure joints par Internet), ouvrez la page de redirection de ports du routeur et assurez-vous que le port { $port } mène à l'adresse du PC distant sur le réseau local, et à son port Bureau à distance (3389). C'est un autre appareil qui répond maintenant : le PC a peut-être reçu une nouvelle adresse, ou la règle désigne une autre machine (un NAS, une caméra, un serveur).
fix-use_as_gateway =
    .title = Indiquer cette adresse comme passerelle des services Bureau à distance
    .steps = Dans Connexion Bureau à distance (mstsc), saisissez comme ordinateur le nom du PC que vous voulez joindre, puis ouvrez Afficher les options > Avancé > Paramètres, choisissez « Utiliser ces paramètres de serveur de passerelle Bureau à distance » et indiquez { $gateway } comme nom de serveur. Dans Windows App ou Bureau à distance sur Mac, ajoutez { $gateway } comme passerelle et choisissez-la pour le PC. L'informatique peut vous donner le nom du PC, ou un fichier .rdp qui contient les deux. Pour vérifier les deux étapes : rdp-doctor check <nom du PC> --gateway { $gateway }
fix-firewall_rule =
    .title = Autoriser Bureau à distance dans le pare-feu { $pc ->
        [this] de ce PC
       *[remote] du PC distant
    }
    .steps = Sur { $pc ->
        [this] ce PC
       *[remote] le PC distant
    }, vérifiez que Bureau à distance est activé (Paramètres > Système > Bureau à distance), puis exécutez l'une de ces commandes en tant qu'administrateur pour ouvrir son port dans le Pare-feu Windows. Si un pare-feu réseau ou un routeur se trouve entre les deux, il doit aussi autoriser ce port.
fix-renew_certificate =
    .title = Renouveler le certificat Bureau à distance { $pc ->
        [this] de ce PC
       *[remote] du PC distant
    }
    .steps = Sur { $pc ->
        [this] ce PC
       *[remote] le PC distant
    }, ouvrez PowerShell en tant qu'administrateur et exécutez ce script. Il supprime uniquement les certificats expirés du magasin Bureau à distance, redémarre le service Bureau à distance pour que Windows crée un nouveau certificat, et affiche l'empreinte du nouveau certificat. Impossible d'annuler, et inutile : ce qu'il supprime avait expiré et ne pouvait plus servir.
    .risk = Le redémarrage du service Bureau à distance déconnecte toutes les personnes connectées à ce PC.
fix-rebuild_machinekeys =
    .title = Réparer le dossier de clés dont Windows a besoin pour créer un certificat
    .steps = Quand Windows n'arrive pas à créer ou à renouveler son certificat Bureau à distance (événements 1057/1058 ou Schannel 36870 sur { $pc ->
        [this] ce PC
       *[remote] le PC distant
    }), ce sont généralement les autorisations de son dossier MachineKeys qui sont cassées. Dans une invite de commandes administrateur sur { $pc ->
        [this] ce PC
       *[remote] le PC distant
    }, ces commandes enregistrent les autorisations actuelles, rétablissent celles qu'attend Windows et redémarrent le service Bureau à distance.
    .risk = D'autres programmes conservent des clés dans ce dossier : les autorisations sont d'abord enregistrées pour que l'annulation puisse les rétablir. Le redémarrage du service déconnecte toutes les personnes connectées à ce PC.
fix-credssp_policy =
    .title = Permettre à cet ordinateur de joindre un PC distant sans la mise à jour CredSSP de 2018
    .steps = La vraie solution est d'installer les mises à jour Windows sur le PC distant. En attendant, l'informatique peut autoriser cet ordinateur à se connecter en modifiant ici la stratégie « Encryption Oracle Remediation », puis annuler ce changement dès que le PC distant est à jour.
    .risk = Réduit la protection contre une attaque connue (CVE-2018-0886) : annulez ce changement dès que le PC distant est à jour.
fix-nla_temporarily_off =
    .title = Désactiver temporairement l'identification avant connexion (NLA) sur le PC distant
    .steps = Uniquement le temps de résoudre le problème de connexion : avec NLA désactivée, le PC distant affiche son propre écran de connexion au lieu de vérifier d'abord votre compte. Réactivez-la ensuite avec la commande d'annulation.
    .risk = Réduit la sécurité : toute personne qui peut joindre le PC voit son écran de connexion. Annulez dès que le problème est résolu.
fix-security_layer =
    .title = Permettre { $pc ->
        [this] à ce PC
       *[remote] au PC distant
    } d'utiliser le chiffrement TLS
    .steps = { $pc ->
        [this] Ce PC
       *[remote] Le PC distant
    } est réglé uniquement sur l'ancienne sécurité RDP standard. Régler sa couche de sécurité sur « Négocier » permet aux clients d'utiliser TLS tout en laissant les anciens clients se connecter. Un paramètre de stratégie de groupe (« Require use of specific security layer ») prime sur ce réglage : vérifiez-le aussi.
fix-disable_sleep =
    .title = Garder { $pc ->
        [this] ce PC
       *[remote] le PC distant
    } allumé tant qu'il est branché
    .steps = Bureau à distance ne peut pas joindre un PC qui se met en veille. Une fois que quelqu'un l'a réveillé, ces commandes (exécutées en tant qu'administrateur sur ce PC) l'empêchent de se mettre en veille ou en veille prolongée tant qu'il est sur secteur.
    .risk = Le PC consomme plus d'énergie. L'annulation rétablit la valeur par défaut de Windows, 30 minutes.
fix-enable_remote_desktop =
    .title = Activer Bureau à distance sur { $pc ->
        [this] ce PC
       *[remote] le PC distant
    }
    .steps = Bureau à distance est désactivé sur { $pc ->
        [this] ce PC
       *[remote] le PC distant
    }. Dans PowerShell ou une invite de commandes exécutée en tant qu'administrateur sur ce PC, ces commandes l'activent (comme Paramètres > Système > Bureau à distance) et ouvrent son port dans le Pare-feu Windows. La version pour l'invite de commandes désigne les règles du pare-feu par leur nom anglais : sur un Windows dans une autre langue, utilisez la version PowerShell. L'annulation désactive de nouveau Bureau à distance et ferme le port.
    .risk = Toute personne qui peut joindre ce PC par le réseau peut tenter de s'y connecter : ne le rendez accessible que par le VPN ou une passerelle des services Bureau à distance.
fix-start_rdp_service =
    .steps-disabled = Le service Bureau à distance est désactivé sur { $pc ->
        [this] ce PC
       *[remote] le PC distant
    } : rien ne répond donc aux connexions. Dans PowerShell ou une invite de commandes exécutée en tant qu'administrateur sur ce PC, ces commandes lui permettent de redémarrer en cas de besoin (comme Windows le règle par défaut) et le démarrent tout de suite. S'il s'arrête de nouveau tout seul, le journal d'événements Système de ce PC indique pourquoi. L'annulation arrête de nouveau le service et le désactive, ce qui déconnecte toutes les personnes connectées à ce PC.
    .steps-stopped = Le service Bureau à distance est arrêté sur { $pc ->
        [this] ce PC
       *[remote] le PC distant
    } : rien ne répond donc aux connexions. Dans PowerShell ou une invite de commandes exécutée en tant qu'administrateur sur ce PC, cette commande le démarre. S'il s'arrête de nouveau tout seul, le journal d'événements Système de ce PC indique pourquoi. L'annulation arrête de nouveau le service, ce qui déconnecte toutes les personnes connectées à ce PC.
    .title = Démarrer le service Bureau à distance sur { $pc ->
        [this] ce PC
       *[remote] le PC distant
    }
fix-unbind_certificate =
    .title = Empêcher { $pc ->
        [this] ce PC
       *[remote] le PC distant
    } d'utiliser son certificat expiré
    .steps = Bureau à distance, sur { $pc ->
        [this] ce PC
       *[remote] le PC distant
    }, est réglé pour utiliser un certificat qui a expiré (empreinte { $thumbprint }). Supprimer ce réglage fait que Windows réutilise son propre certificat, que les ordinateurs qui se connectent acceptent après un avertissement. Exécutez l'une de ces commandes en tant qu'administrateur sur { $pc ->
        [this] ce PC
       *[remote] le PC distant
    } ; la version PowerShell vérifie d'abord que le réglage désigne toujours ce certificat. Si une stratégie de groupe remet le réglage en place, le certificat doit être renouvelé à sa source. L'annulation remet le réglage en place ; elle ne fonctionne que tant que ce certificat est encore sur le PC.
    .risk = Le redémarrage du service Bureau à distance déconnecte toutes les personnes connectées à ce PC.
fix-reset_sessions =
    .which-none_listed = Réinitialisez chaque session déconnectée avec rwinsta suivi de son numéro.
    .which-all = Les commandes ci-dessous réinitialisent les sessions déconnectées trouvées lors de la vérification.
    .which-first = Les commandes ci-dessous réinitialisent les { $n } premières sessions déconnectées trouvées lors de la vérification ; il en reste { $more }, à réinitialiser de la même façon avec les numéros qu'affiche qwinsta.
    .title = Libérer les sessions Bureau à distance { $pc ->
        [this] de ce PC
       *[remote] du PC distant
    }
    .steps = { $pc ->
        [this] Ce PC
       *[remote] Le PC distant
    } n'a plus de session Bureau à distance libre : des personnes qui se sont déconnectées sans fermer leur session les occupent encore. Dans une invite de commandes exécutée en tant qu'administrateur sur ce PC, qwinsta liste les sessions : vérifiez que chaque session à réinitialiser apparaît toujours comme « Disc » (déconnectée), car un numéro peut avoir été repris depuis par une personne qui s'est connectée. { $which } (logoff suivi du numéro est une solution plus douce qui laisse les programmes se fermer.) Impossible d'annuler : une session réinitialisée disparaît, avec tout ce qui n'y était pas enregistré.
    .risk = Tout ce qui n'est pas enregistré dans ces sessions est perdu.

## Rows, summaries and reports
area-input = Le PC distant
area-dns = Trouver l'ordinateur (DNS)
area-network = Le réseau de cet ordinateur
area-reach = Joindre le port Bureau à distance
area-rdp = Sécurité Bureau à distance
area-tls = Chiffrement et certificat
area-nla = Sécurité de connexion (NLA)
area-gateway = Passerelle des services Bureau à distance
area-quality = Qualité de la connexion
area-client = Configuration Bureau à distance de cet ordinateur
area-host_setting = Bureau à distance activé
area-host_service = Service et port Bureau à distance
area-host_firewall = Pare-feu Windows
area-host_certificate = Certificat Bureau à distance
area-host_power = Paramètres de mise en veille
area-host_sessions = Sessions
row-input = { $host }, port { $port }
row-input-file = { $host }, port { $port } (d'après { $file })
row-looks-right = Semble correct
row-network = Connecté via { $interface }
row-network-vpn = Connecté via { $interface }, VPN { $vpn } actif
row-network-no-route = Pas de route par défaut ; seuls les réseaux locaux sont accessibles
row-skip = Non vérifié
row-skip-blocked = Non vérifié, à cause du problème ci-dessus : { $title }
row-skip-out-of-time = Non vérifié : la vérification a manqué de temps
row-skip-standard-security = Non utilisé : le PC distant utilise l'ancienne sécurité RDP standard
row-skip-no-nla = Non utilisé : le PC distant ne demande pas d'identification préalable
row-skip-behind-gateway = Non vérifié directement : la connexion passe par la passerelle, qui demande d'abord votre identification
row-skip-no-gateway = Non utilisé : aucune passerelle des services Bureau à distance n'est configurée pour cette connexion
summary-you = { $title }. Vous pouvez corriger cela vous-même.
summary-it = { $title }. Votre service informatique peut corriger cela.
summary-all-good = Tout ce que nous avons vérifié fonctionne : le PC distant devrait accepter votre connexion.


## The text and HTML reports
render-none = aucun
render-fix = Correctif : { $title } ({ $whom })
render-fix-heading = Correctif : { $title }
render-fix-here = sur cet ordinateur
render-fix-there = sur le PC distant
render-fix-admin = en tant qu'administrateur
render-fix-for-it = pour l'informatique
render-risk = Risque : { $risk }
render-undo = Annulation :
render-org-name-help = Vérifié pour { $name } — aide : { $help }
render-org-name = Vérifié pour { $name }
render-org-help = Aide : { $help }
render-error-code = Code d'erreur constaté : { $code }
render-evidence = Preuves : { $facts }
render-took = Vérifié en { $ms } ms.
shell-powershell = PowerShell
shell-cmd = Invite de commandes
shell-sh = Shell
verdict-ok = Tout va bien
verdict-warn = Avertissement
verdict-fail = Problème détecté
verdict-skipped = Non vérifié
severity-ok = OK
severity-info = Remarque
severity-warn = Avertissement
severity-fail = Problème
severity-skipped = Ignoré
# The HTML report: the page's language code, then its words (values come in escaped).
html-title = Rapport RDP Doctor : { $target }
html-meta = { $tool } { $version } · vérifié le { $start } · durée { $ms } ms
html-meta-code = {" "}· code d'erreur constaté : { $code }
html-checklist = Liste de contrôle
html-check = Vérification
html-result = Résultat
html-details = Détails
html-time = Durée
html-ms = { $ms } ms
html-findings = Constats

## Words: dates, spans, lists
words-date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
words-month = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
        [12] décembre
       *[other] ?
    }
words-when = { $date } à { $hour } h { $minute } ({ $zone })
words-zone = { $name }, { $offset }
words-impossible_date = (une date impossible, { $unix })
words-earlier_today = plus tôt aujourd'hui
words-later_today = plus tard aujourd'hui
words-tomorrow = demain
words-yesterday = hier
words-days_ago = il y a { $n } jours
words-in_days = dans { $n } jours
words-seconds = { $n ->
        [one] { $n } seconde
        [many] { $n } secondes
       *[other] { $n } secondes
    }
words-minutes = { $n ->
        [one] { $n } minute
        [many] { $n } minutes
       *[other] { $n } minutes
    }
words-hours = { $n ->
        [one] { $n } heure
        [many] { $n } heures
       *[other] { $n } heures
    }
words-days = { $n ->
        [one] { $n } jour
        [many] { $n } jours
       *[other] { $n } jours
    }
# "a, b and c": the items before the last joined by the separator.
words-list = { $init } et { $last }
words-list-separator = {", "}

## Lines of a .rdp file we skipped, and names we could not read
## (crates/engine/src/input.rs): lowercase fragments that never quote a value
skip-not_a_line = elle n'est pas de la forme nom:type:valeur
skip-not_a_link_part = elle n'est pas de la forme nom=type:valeur
skip-control_character = elle contient un caractère de contrôle, comme un octet NUL
# $setting is one of the two below.
skip-setting = « { $name } »
skip-unknown_setting = un paramètre
skip-unknown_type = { $setting } a un type autre que s, i ou b
skip-not_whole_number = { $setting } n'est pas un nombre entier
skip-out_of_range = { $setting } dépasse les limites d'un nombre sur 32 bits
skip-not_hex = { $setting } n'est pas en hexadécimal
skip-odd_hex_digits = { $setting } a un nombre impair de chiffres hexadécimaux
# Why a whole file is refused, after input-file_not_rdp's colon.
skip-utf16_big_endian = il est enregistré en UTF-16 big-endian, que Bureau à distance ne lit pas ; enregistrez-le en Unicode (UTF-16LE) ou en UTF-8
skip-binary = il contient des données binaires, pas des paramètres Bureau à distance
# A computer's name or address, or a port, that cannot be used (model's TargetError).
name-empty = veuillez saisir le nom ou l'adresse de l'ordinateur auquel vous vous connectez
name-invalid_host = « { $input } » n'est ni un nom d'ordinateur ni une adresse : { $reason }
name-invalid_port = « { $port } » n'est pas un port valide : un port est un nombre de 1 à 65535 (Bureau à distance utilise le 3389)
# What is wrong with the name: $reason of name-invalid_host and config-computer_invalid.
name-unclosed_bracket = le « [ » n'a pas de « ] » fermant
name-after_bracket = seul « :port » peut suivre « ] »
name-not_ipv6_in_brackets = la partie entre crochets n'est pas une adresse IPv6
name-several_colons = il contient plusieurs « : » ; écrivez une adresse IPv6 suivie d'un port sous la forme [adresse]:port
name-leading_backslashes = saisissez le nom de l'ordinateur sans les \\ du début
name-empty_name = le nom est vide
name-too_long = un nom d'ordinateur compte au plus 253 caractères
name-character = un nom ne peut contenir que des lettres, des chiffres, « - » et « . », pas le caractère « { $character } »
name-space_or_control = un nom ne peut contenir que des lettres, des chiffres, « - » et « . », pas d'espace ni de caractère de contrôle
name-empty_label = il contient une partie vide entre deux points
name-label_too_long = chaque partie entre deux points compte au plus 63 caractères
name-label_hyphen = une partie entre deux points ne peut ni commencer ni finir par « - »
name-bad_ipv4 = cela ressemble à une adresse IPv4, mais elle n'est pas valide
# The error code the user typed (model's ErrorCodeError); the session capitalises it.
name-error_code = « { $code } » n'est pas un code d'erreur ; saisissez-le tel que Bureau à distance l'affiche, par ex. 0x904 ou 0x904/0x7
## The page
# The desktop window's own words, served to it by `page_words` (engine::page::words): each
# message formatted with its placeholders left as `{name}` for the page to fill. Page messages
# use plain placeholders only (no selectors): a plural is two messages.

page-app-name = RDP Doctor
page-window-title = RDP Doctor — { $who } — { $word }
page-platform-windows = Windows
page-platform-macos = macOS
page-platform-linux = Linux
page-language-label = Langue
page-language-fixed = Votre service informatique a fixé la langue de RDP Doctor.
page-language-unknown = RDP Doctor ne parle pas la langue « { $tag } ».
page-not-connected = Cette fenêtre n'est pas reliée à RDP Doctor. Fermez-la et relancez RDP Doctor.
page-something-wrong = Un problème est survenu dans RDP Doctor.
page-run-busy = Une vérification est déjà en cours. Attendez qu'elle se termine, ou cliquez sur Annuler.
page-watch-busy = RDP Doctor observe la connexion. Cliquez d'abord sur Arrêter l'observation.

# A check
page-cancel = Annuler
page-cancelling = Annulation…
page-host-shown = Ce PC (en tant qu'hôte Bureau à distance)
page-file-shown = { $name } (fichier Bureau à distance)
page-checking = Vérification…
page-checking-host = Vérification des paramètres Bureau à distance, du service, du pare-feu, du certificat, de la mise en veille et des sessions de ce PC.
page-checking-target = Vérification de la connexion à { $target }.
page-checking-connection = Vérification de la connexion.
page-checking-sub = Cela prend généralement quelques secondes. Rien n'est modifié sur aucun ordinateur.
page-starting = Démarrage…
page-results-later = Les résultats s'afficheront ici à la fin de la vérification.
page-cancelled = Annulée
page-cancelled-sentence = Vous avez arrêté la vérification avant la fin.
page-cancelled-sub = Rien n'a été modifié. Cliquez sur Vérifier la connexion pour recommencer.
page-cancelled-findings = La vérification a été annulée : il n'y a donc aucun résultat.
page-cancelled-checklist = La vérification a été annulée avant le début de la première étape.
page-cancelled-status = La vérification a été annulée.
page-could-not-cancel = Impossible d'annuler la vérification : { $why }
page-bad-code = Veuillez vérifier le code d'erreur
page-bad-code-sub = Ou choisissez Aucun si vous n'avez pas vu de code.
page-not-finished = La vérification n'est pas allée au bout
page-not-finished-sub = Veuillez réessayer. Si cela se reproduit, envoyez une capture d'écran de cette fenêtre à votre service informatique.
page-not-finished-findings = La vérification n'est pas allée au bout : il n'y a donc aucun résultat.
page-not-finished-checklist = La vérification s'est arrêtée avant le début de la première étape.

# Findings and fixes
page-nothing-to-report = Rien à signaler.
page-more-show-works = Afficher ce qui fonctionne ({ $count })
page-more-hide-works = Masquer ce qui fonctionne
page-more-show-notes = Afficher les autres remarques ({ $count })
page-more-hide-notes = Masquer les autres remarques
page-more-show-both = Afficher ce qui fonctionne et les autres remarques ({ $count })
page-more-hide-both = Masquer ce qui fonctionne et les autres remarques
page-old-fix = Ce correctif appartient à une vérification plus ancienne. Veuillez relancer la vérification.
page-done = Terminé.
page-fix-failed = Cela n'a pas fonctionné : { $why }
page-wake-needs-mac = Saisissez d'abord l'adresse de la carte réseau (l'informatique peut vous la donner).
page-sent = Envoyé.

# The report's buttons
page-copied = Le rapport est dans le presse-papiers.
page-could-not-copy = Impossible de copier le rapport : { $why }
page-could-not-save = Impossible d'enregistrer le rapport : { $why }
page-sending = Enregistrement du rapport et ouverture de votre messagerie…
page-sent-to-it = Le rapport est enregistré et votre messagerie est ouverte.
page-could-not-send = Impossible d'envoyer le rapport : { $why }
page-could-not-open-help = Impossible d'ouvrir la page d'aide : { $why }
page-send-title = Enregistrer le rapport et écrire un e-mail à { $email }

# Files
page-could-not-open-file = Impossible d'ouvrir le fichier : { $why }
page-not-an-rdp-file = Ce n'est pas un fichier Bureau à distance. Déposez un fichier dont le nom se termine par .rdp.

# Watching
page-stop-watching = Arrêter l'observation
page-stopping = Arrêt…
page-run-first = Lancez d'abord une vérification, puis observez sa connexion.
page-trying = Essai de la connexion une fois par seconde…
page-time-left = Encore { $time }
page-finishing = Fin en cours…
page-last-try = Dernier essai, { $time } : { $words }.
page-watched-for = Observée pendant { $time }
page-finished-watching = Observation terminée après { $attempts }.
page-stopped = Arrêtée
page-stopped-watching = Observation arrêtée après { $attempts }.
page-watching-stopped = L'observation s'est arrêtée : { $why }
page-could-not-stop = Impossible d'arrêter l'observation : { $why }

# The word beside each state's icon (a row, a finding)
page-state-running = Vérification…
page-state-ok = OK
page-state-info = Remarque
page-state-warn = Avertissement
page-state-fail = Problème
page-state-skipped = Ignoré
page-state-cancelled = Annulé
page-state-stopped = Inachevé
page-state-unknown = Inconnu
# The overall verdict's word, in the header and the banner
page-verdict-none = Pas encore vérifié
page-verdict-running = Vérification…
page-verdict-ok = Tout va bien
page-verdict-warn = Avertissement
page-verdict-fail = Problème détecté
page-verdict-cancelled = Annulée
page-verdict-error = La vérification n'est pas allée au bout

# The checklist and the banner
page-checking-now = Vérification en cours…
page-waiting-turn = En attente de son tour…
page-step-not-finished = Cette étape n'est pas allée au bout.
page-took = durée :{ " " }
page-not-understood = Non compris
page-target-from-file = { $target } (d'après { $file })
page-checked-target = { $target } vérifié.
page-checked-target-in = { $target } vérifié en { $took }.
page-open-a-result = Ouvrez un résultat pour voir les détails et la marche à suivre.

# IT's config
page-open-web-page = Ouvrir { $web }
page-checked-for = Vérifié pour{ " " }
page-help-after-name = { " " }— aide :{ " " }
page-help = Aide :{ " " }
page-preset-file-title = Vérifier la connexion du fichier Bureau à distance fourni par l'informatique
page-preset-check = Vérifier{ " " }

# A finding's panel
page-explains-code = Explique { $code }
page-explains-your-error = Explique votre erreur
page-who-can-fix = Qui peut corriger :{ " " }
page-who-it = votre service informatique
page-who-user = vous, sur cet ordinateur
page-how-to-fix = Comment corriger
page-how-to-fix-choose = Comment corriger (au choix)
page-facts-for-it = Éléments pour l'informatique
page-reference = Référence :{ " " }
page-connect-by-address = Se connecter par l'adresse
page-copy-command = Copier la commande
page-copy-command-for-it = Copier la commande pour l'informatique
page-run-on = À exécuter sur :{ " " }
page-run-on-here = cet ordinateur
page-run-on-here-admin = cet ordinateur, en tant qu'administrateur
page-run-on-remote = le PC distant
page-run-on-remote-admin = le PC distant, en tant qu'administrateur
page-be-aware = Attention :{ " " }
page-wake-mac-label = L'adresse de la carte réseau du PC (MAC), si vous la connaissez
page-wake-mac-placeholder = par ex. 00-1A-2B-3C-4D-5E
page-wake-pc = Réveiller le PC
page-command-option = { $shell } (option { $n })
page-undo-later = Pour annuler plus tard
page-shell-powershell = PowerShell
page-shell-cmd = Invite de commandes
page-shell-sh = Terminal
page-command = Commande
page-yes = Oui
page-no = Non
page-time-ms = Durée (ms)
# How evidence keys' words are written ("rtt" → "Round trip")
page-key-ip = IP
page-key-ips = IP
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
page-key-rtt = Aller-retour

# Times and the watch plot
page-ms = { $n } ms
page-less-than-1-ms = <1 ms
page-seconds = { $n } s
page-minutes = { $m } min
page-minutes-seconds = { $m } min { $s } s
page-attempt-one = { $n } tentative
page-attempts = { $n } tentatives
page-attempts-failed = { $attempts }, { $failed } en échec
page-at-seconds = à { $n } s
page-sample-failed = échec : { $why }
page-no-answer = pas de réponse
page-connected-in = connecté en { $time }
page-answered-in = { $connected } ; Bureau à distance a répondu en { $time }
page-try-label = Essai { $n }, { $time } : { $words }
page-no-tries = Temps de connexion de chaque essai : aucun essai pour l'instant.
page-for-one-try = Temps de connexion de l'essai unique
page-for-tries = Temps de connexion de chacun des { $n } essais
page-worked-each = { $n } réussis, chacun en { $time }
page-worked-range = { $n } réussis, en { $fastest } à { $slowest }
page-none-failed = aucun échec
page-failed-at = { $time } : { $why }
page-and-more = ; et { $n } de plus
page-failed-list = { $n } en échec ({ $list }{ $more })

# The window's fixed text (index.html, data-msg attributes)
page-html-computer = Ordinateur
page-html-checked-on = Vérifié le
page-html-error-code = Code d'erreur
page-html-config-lead = Paramètres de votre service informatique :
page-html-target-label = À quel ordinateur vous connectez-vous ?
page-html-target-placeholder = pc.entreprise.fr ou 10.0.0.5
page-html-code-label = Code d'erreur constaté
page-html-optional = (facultatif)
page-html-code-none = Aucun
page-html-code-904-7 = 0x904, code étendu 0x7
page-html-code-other = Autre…
page-html-code-other-placeholder = p. ex. 0x508 ou 2308, ou collez tout le message d'erreur
page-html-code-other-label = Autre code d'erreur, tel que Bureau à distance l'a affiché
page-html-check-connection = Vérifier la connexion
page-html-open-file = Ouvrir un fichier .rdp…
page-html-check-host = Vérifier ce PC en tant qu'hôte Bureau à distance
page-html-check-host-title = À lancer sur le PC auquel d'autres se connectent
page-html-presets-label = Configuré par votre service informatique :
page-html-intro-heading = Découvrez pourquoi Bureau à distance ne se connecte pas
page-html-intro-before = Saisissez le nom ou l'adresse de l'ordinateur auquel vous vous connectez et cliquez sur
page-html-intro-after = . RDP Doctor essaie chaque étape d'une connexion Bureau à distance, puis vous dit en termes simples ce qui fonctionne, ce qui ne fonctionne pas et qui peut corriger le problème. Cela prend quelques secondes.
page-html-intro-privacy = Il ne demande jamais votre mot de passe et ne communique qu'avec l'ordinateur que vous indiquez.
page-html-intro-hint = L'informatique vous a fourni un fichier Bureau à distance (.rdp) ? Ouvrez-le avec le bouton ci-dessus, ou déposez-le sur cette fenêtre. Vous pouvez aussi coller dans le champ un lien rdp:// ou une ligne de commande FreeRDP (/v:pc /g:passerelle).
page-html-result = Résultat
page-html-copy-report = Copier le rapport
page-html-save-report = Enregistrer le rapport…
page-html-send-to-it = Envoyer à l'informatique
page-html-checks-heading = Ce que nous avons vérifié
page-html-findings-heading = Ce que nous avons trouvé
page-html-show-what-works = Afficher ce qui fonctionne
page-html-watch-heading = Observer la connexion
page-html-watch-for = Durée d'observation
page-html-watch-30 = 30 secondes
page-html-watch-60 = 1 minute
page-html-watch-300 = 5 minutes
page-html-start-watching = Lancer l'observation
page-html-no-attempts = 0 tentative, 0 en échec
page-html-time-to-connect = Temps de connexion
page-html-try-failed = Essai en échec
page-html-open = Ouvrir
page-html-drop-title = Déposez le fichier .rdp pour le vérifier
page-html-drop-sub = RDP Doctor lit l'adresse de l'ordinateur dans le fichier.

## Error codes the Remote Desktop app shows: what they mean

code-with-extended = { $base } { $extended }
code-named = Microsoft l'appelle { $name } ; aucune explication simple n'est publiée.
code-no-meaning = Le code 0x{ $code } n'a pas de signification publiée.
code-extended-unknown = Le code étendu 0x{ $code } ne figure pas dans notre liste.
code-list-disconnect = des motifs de déconnexion de l'application Bureau à distance
code-list-extended = des motifs de déconnexion étendus de l'application Bureau à distance
code-list-errinfo = des informations d'erreur qu'envoient les serveurs Bureau à distance (les codes ERRINFO de FreeRDP)
code-list-errconnect = des erreurs de connexion de FreeRDP (codes ERRCONNECT)
code-list-windows_app = des codes d'erreur de Windows App et d'Azure Virtual Desktop
code-name = Microsoft l'appelle { $name }, dans la liste { $list }.
code-in-list = Il figure dans la liste { $list } ; aucun nom n'est publié pour lui.
code-read-dialog = Lu dans le texte du message d'erreur.
code-read-name = Lu à partir du nom FreeRDP { $name }.
code-read-freerdp = Lu comme le numéro d'erreur FreeRDP 0x{ $number }, c'est-à-dire le code 0x{ $code }.
code-read-hex = Lu en hexadécimal, 0x{ $hex } : les mêmes chiffres en décimal ne sont pas un code Bureau à distance.
code-read-decimal = Lu en décimal, { $digits }, soit 0x{ $hex } en hexadécimal.
code-other-reading = Il pourrait aussi s'agir du code 0x{ $code } de la liste { $list } : { $meaning }
code-who-host_owner = La personne qui gère le PC distant peut régler cela.
code-who-unknown = Demandez à votre service informatique ou à la personne qui gère le PC distant.
code-account =
    .title = Cette erreur concerne votre compte, pas le réseau
    .detail = { $meaning } Aucune vérification depuis cet ordinateur ne peut voir les comptes : les vérifications ci-dessous peuvent donc toutes réussir. { $who }
code-licensing =
    .title = Cette erreur concerne les licences Bureau à distance, pas le réseau
    .detail = { $meaning } Les licences sont attribuées par le PC distant et son serveur de licences, qu'aucune vérification depuis cet ordinateur ne peut voir. { $who }

## The app's session: errors, confirmations and dialog titles (crates/engine)

# What a host-mode check is of, as the window's header shows it.
session-this_pc = Ce PC
session-unknown_preset = Cette vérification ne figure pas dans la liste de l'informatique.
session-nothing_to_check = veuillez indiquer l'ordinateur à vérifier, par ex. rdp-doctor check pc.example.com
session-cancelled = La vérification a été annulée.
session-watch_stopped = L'observation a été arrêtée.
session-no_report = Lancez d'abord une vérification.
session-no_target_to_watch = Il n'y a rien à observer : la dernière vérification n'a pas compris le nom de l'ordinateur.
session-no_answer_to_watch = Il n'y a rien à observer : le port du PC distant n'a pas répondu.
session-unknown_fix = Ce correctif ne fait pas partie du rapport actuel.
session-wake_not_offered = Le réveil du PC ne fait pas partie du rapport actuel
session-no_support_email = Le fichier de configuration de l'informatique n'indique aucune adresse e-mail à laquelle envoyer le rapport.
session-no_support_page = Le fichier de configuration de l'informatique n'indique aucune page web.
session-report_copied = Le rapport est dans le presse-papiers : collez-le dans votre demande d'assistance.
# The file dialogs: their titles and the name of the kind of file they show.
session-pick_rdp_file =
    .title = Ouvrir le fichier Bureau à distance fourni par votre service informatique
    .filter = Fichier Bureau à distance
session-save_report =
    .title = Enregistrer le rapport pour votre service informatique
    .filter = Page web
session-clipboard_failed = Impossible d'utiliser le presse-papiers : { $why }
session-store_failed = Impossible d'ouvrir le magasin d'applications : { $why }
session-could_not_start = Impossible de lancer { $program } : { $why }
session-too_slow = { $program } n'a pas terminé à temps.
# A fix's program failed: the first line it wrote as an error, else its exit status.
session-program_said = { $program } a répondu : { $line }
session-program_failed = { $program } a échoué ({ $status }).
session-rdp_file_unwritten = Impossible d'écrire le fichier de connexion : { $why }
session-rdp_file_unopened = Aucune application Bureau à distance n'a ouvert le fichier de connexion : { $why }
session-save_failed = Impossible d'enregistrer le rapport : { $why }
session-saved_both = { $html } et { $json } enregistrés.
# The first half of "Send to IT"'s answer; $files below is this sentence.
session-sent_files = Rapport enregistré sous { $html } (et { $json })
session-mail_opened = { $files }. Votre messagerie ouvre un message à { $email } : joignez-y ce fichier, puis envoyez-le.
session-no_mail_app = { $files }, mais aucune messagerie ne s'est ouverte ({ $why }) : envoyez vous-même ce fichier à { $email }.
session-page_failed = Impossible d'ouvrir { $web } : { $why }
session-page_opened = { $web } a été ouvert dans votre navigateur web.

## What the window offers beside a report (crates/engine/src/offers.rs)

# The watch card's introduction, once the remote PC's port answered.
watch-offer = Ça marche, puis ça décroche ? RDP Doctor peut essayer la connexion une fois par seconde et afficher chaque essai.
# The confirmation before a fix the app acts on: the dialog's title and text, the button that
# goes ahead, and the status line when the user cancels.
confirm-launch =
    .title = Lancer Bureau à distance ?
    .body = RDP Doctor lance Bureau à distance sur cet ordinateur et se connecte à { $address }. Vous vous y connectez ensuite comme d'habitude.
    .body_no_address = RDP Doctor lance Bureau à distance sur cet ordinateur. Vous vous y connectez ensuite comme d'habitude.
    .ok = Ouvrir
    .declined = Rien n'a été ouvert.
# $fix is the fix's title, $steps its steps.
confirm-run =
    .title = { $fix } ?
    .body = { $steps } RDP Doctor va l'exécuter maintenant sur cet ordinateur.
    .ok = Exécuter
    .declined = Rien n'a été exécuté.
confirm-store =
    .title = Ouvrir votre magasin d'applications ?
    .body = { $fix } : RDP Doctor ouvre sa page dans le magasin d'applications de cet ordinateur. Rien n'est installé sans votre accord.
    .ok = Ouvrir
    .declined = Rien n'a été ouvert.

## Values refused before they go into a command (crates/diagnose/src/shell.rs)

value-host_empty = Le nom de l'ordinateur est vide.
# $char is one of value-char's descriptions.
value-host_char = Un nom d'ordinateur ne peut contenir que les lettres a à z, des chiffres, « - » et « . », et celui-ci contient { $char }.
value-host_too_long = Un nom d'ordinateur compte au plus 253 caractères, et celui-ci en a { $length }.
value-host_dots = Un nom d'ordinateur ne peut ni commencer ni finir par « . », ni contenir deux points consécutifs.
value-host_label_too_long = Chaque partie d'un nom d'ordinateur entre deux points compte au plus 63 caractères.
value-host_label_dash = Aucune partie d'un nom d'ordinateur entre deux points ne peut commencer ou finir par « - ».
value-host_like_ip = « { $text } » ressemble à une adresse IP, mais ce n'en est pas une complète et valide.
value-thumbprint_mark = L'empreinte commence par un caractère invisible (une marque de gauche à droite) que la fenêtre des certificats de Windows ajoute quand on copie : supprimez le premier caractère et réessayez.
value-thumbprint_char = Une empreinte de certificat ne contient que les chiffres 0 à 9 et les lettres A à F, et celle-ci contient { $char }.
value-thumbprint_length = Une empreinte de certificat compte 40 chiffres et lettres, et celle-ci en a { $digits }.
value-mac_shape = Une adresse de carte réseau (MAC) se présente sous la forme AA-BB-CC-DD-EE-FF ou AA:BB:CC:DD:EE:FF : six paires de chiffres 0 à 9 et de lettres A à F.
# $shape is value-mac_shape.
value-mac_char = { $shape } Celle-ci contient { $char }.
value-mac_not_one_card = Ce n'est pas l'adresse d'une seule carte réseau (elle est vide, de diffusion ou de multidiffusion).
value-session_zero = La session 0 est celle où tournent les services de Windows, pas la session d'un utilisateur.
value-session_listener = { $id } n'est pas la session d'un utilisateur (à partir de 65536, ce sont les écouteurs de Bureau à distance).
value-session_not_number = Un identifiant de session est un nombre, comme 2, et ceci est « { $text } ».
value-session_too_large = Cet identifiant de session est trop grand.
# A character named so a person can find it, even when it is invisible or a look-alike; $code
# is its Unicode number (U+0430).
value-char =
    .space = une espace
    .tab = une tabulation
    .line_break = un saut de ligne ({ $code })
    .invisible = un caractère invisible ({ $code })
    .control = un caractère de contrôle ({ $code })
    .plain = « { $char } »
    .look_alike = « { $char } » ({ $code }), qui n'est pas une lettre ordinaire : il peut y ressembler, mais c'est un autre caractère

## The command line's own sentences (crates/cli); clap's help is not here

# The first line of what clap said about the arguments, or cli-invalid_arguments.
cli-help =
    .about = Découvrir pourquoi une connexion Bureau à distance échoue
    .usage = Utilisation :
    .commands = Commandes
    .command = COMMANDE
    .options = Options
    .arguments = Arguments
    .help = Afficher cette aide
    .version = Afficher la version
    .config = Le fichier de configuration du service informatique (par défaut : rdp-doctor.toml à côté de ce programme, sinon celui de l'utilisateur)
    .lang = La langue à parler : en, de, es ou fr (par défaut : celle de la configuration, sinon celle de cet ordinateur)
    .check = Vérifier la connexion à un PC distant : nom, nom:port, [IPv6]:port, une adresse IP, un lien rdp:// collé ou une ligne de commande FreeRDP/mstsc (/v:pc /g:gw), ou --rdp-file
    .host = Vérifier ce PC en tant qu'hôte Bureau à distance (Windows) : activation, service, pare-feu, certificat, mise en veille, sessions
    .config_command = Afficher le fichier de configuration utilisé par RDP Doctor et ce qu'il contient (pour l'informatique : vérifier un fichier avant de le distribuer) ; code de sortie 3 s'il est invalide
    .wake = Réveiller un PC en veille avec un paquet Wake-on-LAN envoyé à l'adresse de sa carte réseau (MAC)
    .target = L'ordinateur auquel vous vous connectez, tel que vous le tapez dans Bureau à distance, ou un lien rdp:// collé ou une ligne de commande FreeRDP/mstsc : /v:pc:3389 /g:passerelle (entre guillemets si des options commencent par « - » ou « + »). Par défaut : le premier PC, ou le fichier .rdp, du fichier de configuration
    .rdp_file = Prendre l'ordinateur (et sa passerelle) dans un fichier .rdp
    .gateway = La passerelle Bureau à distance par laquelle passe la connexion, nom[:port] (port 443 par défaut)
    .error = Le code d'erreur affiché par Bureau à distance, tel quel (0x904, 2308, 0x904/0x7, le texte de la fenêtre, les noms ERRINFO_… ou ERRCONNECT_…) : les constats qui l'expliquent viennent en premier
    .timeout = Temps imparti à toute la vérification, en secondes (par défaut : celui du fichier de configuration, sinon 10)
    .watch = Après la vérification, surveiller la connexion pendant cette durée (p. ex. 60s, 5m) : une tentative par seconde, avec le compte des échecs en direct, pour les liaisons qui tombent de temps en temps
    .json = Afficher le rapport en JSON
    .no_color = Ne jamais colorer la sortie
    .facts_from = Juger les sorties de commandes enregistrées sur un autre PC (avec --record) au lieu de celles de ce PC
    .record = Enregistrer dans ce dossier les sorties des commandes du mode hôte, pour les juger ailleurs
    .mac = L'adresse de la carte réseau, p. ex. 00:1A:2B:3C:4D:5E
    .near = L'adresse IP du PC, pour envoyer sur le réseau où il se trouve
cli-bad_arguments = { $problem }. Lancez rdp-doctor --help pour savoir comment l'utiliser.
cli-problem =
    .unknown_option = { $option } n'est pas une option ici
    .unknown_command = « { $command } » n'est pas une commande
    .conflict = { $option } ne peut pas être utilisé avec { $other }
    .missing = { $option } est nécessaire
    .value = { $option } a besoin d'une valeur
cli-unknown_language = RDP Doctor ne parle pas « { $language } » ; il parle { $languages }.
cli-invalid_arguments = arguments non valides
# `rdp-doctor config`: $places is one indented path a line.
cli-config-none =
    Aucun fichier de configuration : RDP Doctor utilise ses valeurs par défaut. Il en cherche un ici :
    { $places }
# $how is one of the three below.
cli-config-file = Fichier de configuration : { $path } ({ $how })
cli-config-given = indiqué avec --config
cli-config-beside_program = à côté du programme
cli-config-this_user = celui de cet utilisateur
cli-config-organisation = Organisation : { $name }
cli-config-support = Assistance : { $parts }
# $what is the computer's name, cli-config-through_gateway or cli-config-rdp_file.
cli-config-to_check = À vérifier : { $what }
cli-config-to_check_first = À vérifier : { $what } (vérifié par défaut)
cli-config-through_gateway = { $pc } via la passerelle { $gateway }
cli-config-rdp_file = le fichier .rdp { $path }
cli-config-gateway = Passerelle pour tous les ordinateurs : { $gateway }
cli-config-language = Langue : { $language } (imposée par ce fichier)
cli-config-timeout = Temps imparti : { $seconds } s
cli-config-fixes_hidden = Correctifs masqués : { $fixes }
cli-config-admin_fixes_hidden = Correctifs nécessitant des droits d'administrateur : masqués
# `rdp-doctor host --record DIR`.
cli-recorded = Sortie de { $n } commandes enregistrée dans { $dir }.
cli-record_failed = impossible d'enregistrer dans { $dir } : { $why }
cli-not_a_folder = { $dir } n'est pas un dossier
cli-near_not_ipv4 = --near attend l'adresse IPv4 du PC, par ex. 192.168.1.50
# The progress line on a terminal while a check runs: $row is the row's name.
cli-checking = vérification : { $row }…
# The progress line while watching; $last is one of the three below.
cli-watching = observation : { $attempts } tentatives, { $failed } en échec, dernière : { $last }
cli-watching-failed = échec : { $why }
cli-watching-ms = { $ms } ms
cli-watching-no_answer = pas de réponse
cli-nothing_to_watch = Rien à observer : le port du PC distant n'a pas répondu.
cli-could_not_start = rdp-doctor n'a pas pu démarrer : { $why }
cli-json_failed = impossible d'écrire le rapport en JSON : { $why }

## What the user gave that cannot be checked (crates/engine/src/input.rs): lowercase
## fragments; the engine capitalises them and adds the full stop

# Where settings came from: $what in the sentences below, and what a numbered piece of it
# is called ($unit).
input-origin =
    .file = le fichier
    .link = le lien rdp://
    .line = ligne
    .part = partie
input-file_unopened = impossible d'ouvrir le fichier { $file } : { $why }
input-file_unread = impossible de lire le fichier { $file } : { $why }
input-file_too_large = le fichier { $file } dépasse 1 Mo, ce qui est trop gros pour un fichier Bureau à distance (ils font quelques Ko)
input-file_not_rdp = le fichier { $file } n'est pas un fichier Bureau à distance : { $why }
input-address_empty = { $what } ne désigne aucun ordinateur : son « full address » est vide
input-address_not_text = { $what } ne désigne aucun ordinateur : son « full address » à la { $unit } { $line } n'est pas du texte (type s)
# $why is one of the three below.
input-names_no_computer = { $what } ne désigne aucun ordinateur : { $why }
input-address_unreadable = son « full address » à la { $unit } { $line } est illisible ({ $reason })
input-no_address_line = il n'a pas de ligne « full address »
input-no_address = il n'a pas de « full address »
input-address_unusable = le « full address » de { $what } est inutilisable : { $why }
# Settings passed over, listed as input-skipped_line in the report's evidence.
input-server_port_range = « server port » { $port } n'est pas un port de 1 à 65535 : c'est donc { $used } qui est utilisé
input-server_port_type = « server port » n'est pas un nombre (type i)
input-gateway_skipped = « gatewayhostname » est inutilisable ({ $why }) : aucune passerelle n'est donc vérifiée
input-skipped_line = { $unit } { $line } : { $reason }
input-command_line_problem = dans la ligne de commande, { $problem }
input-option-needs_value = /{ $option } : il faut une valeur après les deux-points
input-option-needs_gateway = /{ $option } : il faut le nom de la passerelle après
input-option-usage_method = /{ $option } accepte direct ou detect
input-command_line_rdp_file = la ligne de commande désigne un fichier .rdp, pas un ordinateur : ouvrez directement le fichier dans RDP Doctor
input-command_line_no_computer = la ligne de commande ne désigne aucun ordinateur : ajoutez /v: suivi de son nom, par ex. /v:pc.example.com
input-gateway = la passerelle { $why }
input-timeout = « { $text } » n'est pas un temps imparti valide : indiquez un nombre de secondes de 1 à 300
input-watch = « { $text } » n'est pas une durée d'observation valide : indiquez des secondes ou des minutes, par ex. 60s ou 5m

## The e-mail "Send to IT" opens (crates/engine/src/send.rs)

# $about is the computer checked (or mail-this_pc), $verdict the report's verdict word.
mail-subject = Rapport RDP Doctor : { $about } — { $verdict }
mail-this_pc = ce PC en tant qu'hôte Bureau à distance
# Put where a too-long report was cut to fit the e-mail link.
mail-shortened = […raccourci : le rapport enregistré contient tout]
mail-ending =
    Le rapport complet est enregistré sur cet ordinateur sous :
    { $file }
    (Joignez ce fichier à cet e-mail avant de l'envoyer.)
mail-folder_full = { $dir } contient déjà 100 rapports nommés { $stem }

## IT's config file and what is wrong with it (crates/engine/src/config): $what fragments
## are lowercase and name the setting

# Where and what: $file is the config file's path.
config-problem = { $file } : { $what }.
config-problem_on_line = { $file }, ligne { $line } : { $what }.
# What RDP Doctor does about it; $fact is config-problem without its full stop.
config-runs_on_defaults = { $fact } ; RDP Doctor utilise ses valeurs par défaut.
config-uses_system_language = { $fact } : RDP Doctor utilise donc la langue de cet ordinateur.
config-no_such_file = ce fichier n'existe pas
config-unopened = impossible de l'ouvrir ({ $why })
config-unread = impossible de le lire ({ $why })
config-not_text = le fichier n'est pas du texte brut : enregistrez-le en UTF-8 dans votre éditeur
config-too_large = le fichier dépasse { $kb } Ko, ce qui est trop gros pour la configuration de RDP Doctor
# What each setting must hold, after its name ($expected below).
config-expected =
    .organisation = doit être le nom de l'organisation entre guillemets, par ex. organisation = "Contoso SARL"
    .language = doit être "auto" ou une langue que RDP Doctor parle : { $languages }
    .support = doit être une section : une ligne [support] suivie du nom, de l'e-mail, du téléphone et du site web du contact
    .check = doit être une section : une ligne [check] suivie de pcs, gateway, rdp_file et timeout
    .fixes = doit être une section : une ligne [fixes] suivie de hide et hide_admin
    .name = doit être le nom de l'équipe d'assistance entre guillemets, par ex. name = "Support informatique"
    .email = doit être une adresse e-mail entre guillemets, par ex. email = "support@example.com"
    .phone = doit être un numéro de téléphone entre guillemets, par ex. phone = "+33 1 23 45 67 89"
    .web = doit être une adresse web commençant par https:// ou http://, entre guillemets
    .pcs = doit être une liste de noms d'ordinateurs entre guillemets, par ex. pcs = ["pc042.corp.example"]
    .gateway = doit être le nom de la passerelle des services Bureau à distance entre guillemets, par ex. gateway = "rdgw.corp.example"
    .rdp_file = doit désigner un fichier .rdp entre guillemets, par ex. rdp_file = "bureau.rdp"
    .timeout = doit être un nombre de secondes de 1 à 300
    .hide = doit être une liste d'identifiants de correctifs entre guillemets, par ex. hide = ["fix.nla_temporarily_off"]
    .hide_admin = doit valoir true ou false
    .unknown = n'est pas un paramètre connu de RDP Doctor
config-wrong = « { $key } » { $expected }
# TOML that does not parse; $said is the TOML parser's own words.
config-section_twice = la section [{ $key }] apparaît deux fois : n'en gardez qu'une
config-set_twice = « { $key } » est défini deux fois : n'en gardez qu'un
config-section_not_toml = la ligne de section [{ $key }] n'est pas du TOML valide ({ $said })
config-wrong_toml = « { $key } » { $expected } (TOML indique : { $said })
config-line_not_toml = la ligne de « { $key } » n'est pas du TOML valide ({ $said })
config-not_toml = cette ligne n'est pas du TOML valide ({ $said })
# A setting where it does not belong.
config-belongs_in = « { $key } » va dans la section [{ $section }], sous une ligne [{ $section }]
config-before_sections = « { $key } » doit figurer avant la première ligne [section] : ici, TOML le lit comme faisant partie de [{ $section }]
# $place is empty at the top of the file, else config-in_section.
config-in_section = {" "}dans [{ $section }]
config-unknown_near = « { $key } » n'est pas un paramètre connu de RDP Doctor{ $place } (vouliez-vous dire « { $near } » ?)
config-unknown = « { $key } » n'est pas un paramètre connu de RDP Doctor{ $place } ; les paramètres possibles à cet endroit sont { $settings }
config-one_line = « { $key } » doit tenir sur une seule ligne
config-too_long = « { $key } » dépasse { $max } caractères
config-language = « language » vaut « { $language } », une langue que RDP Doctor ne parle pas (il parle { $languages })
config-too_many_pcs = « pcs » contient plus de { $max } ordinateurs
# A computer name that cannot be used; $verb is "is" (gateway) or "lists" (pcs).
config-computer_empty = { $verb ->
        [lists] « { $key } » contient
       *[is] « { $key } » est
    } un nom d'ordinateur vide
config-computer_invalid = { $verb ->
        [lists] « { $key } » contient
       *[is] « { $key } » vaut
    } « { $input } », qui n'est ni un nom d'ordinateur ni une adresse ({ $reason })
config-computer_port = { $verb ->
        [lists] « { $key } » contient
       *[is] « { $key } » a
    } le port « { $port } », qui n'est pas un nombre de 1 à 65535
config-unknown_fix_near = « hide » contient « { $fix } », qui n'est pas un correctif de RDP Doctor (vouliez-vous dire « { $near } » ?)
config-unknown_fix = « hide » contient « { $fix } », qui n'est pas un correctif de RDP Doctor ; l'exemple de configuration les liste tous

## Waking the PC (crates/engine/src/lib.rs)

# $to is the broadcast address the packet went to, $interface this computer's network card.
wake-sent = Paquet de réveil envoyé à { $to }. Laissez une minute au PC pour démarrer, puis relancez la vérification.
wake-sent_through = Paquet de réveil envoyé à { $to } via { $interface }. Laissez une minute au PC pour démarrer, puis relancez la vérification.
# Why no packet was sent; $reason is the system's own words.
wake-bad_mac = « { $shown } » n'est pas une adresse de carte réseau (MAC) : elle se présente sous la forme AA:BB:CC:DD:EE:FF
wake-not_one_card = ce n'est pas l'adresse d'une seule carte réseau (elle est vide, de diffusion ou de multidiffusion)
wake-no_socket = impossible d'ouvrir un socket réseau : { $reason }
wake-no_broadcast = cet ordinateur n'autorise pas les diffusions : { $reason }
wake-not_sent = le paquet de réveil n'a pas pu être envoyé à { $to } : { $reason }

## Codes d'erreur : ce que chacun signifie, en termes simples (data/error_codes.toml)

errcode-disconnect-0 = La connexion a pris fin, sans que l'application Bureau à distance sache pourquoi.
errcode-disconnect-1 = La connexion a été fermée par vous ou par un programme de cet ordinateur ; ce n'est pas une erreur. Vous pouvez vous reconnecter quand vous le souhaitez.
errcode-disconnect-2 = Quelqu'un, du côté du PC distant, a déconnecté la session ; ce n'est pas une erreur. Vous pouvez vous reconnecter.
errcode-disconnect-3 = Le PC distant a fermé la connexion volontairement ; en soi, ce n'est pas une panne.
errcode-disconnect-104 = Le nom du PC distant est introuvable sur le réseau. Vérifiez l'orthographe du nom ; il faut peut-être aussi vous connecter d'abord au réseau de l'entreprise (VPN).
errcode-disconnect-106 = L'application Bureau à distance de cet ordinateur manque de mémoire. Fermer d'autres programmes, ou redémarrer cet ordinateur, peut aider.
errcode-disconnect-108 = Le PC distant n'a pas répondu à temps : la tentative de connexion a donc été abandonnée.
errcode-disconnect-204 = Cet ordinateur n'a pas pu joindre le PC distant : il est peut-être éteint, en veille, inaccessible depuis ici, ou bloqué par un pare-feu.
errcode-disconnect-206 = L'application Bureau à distance de cet ordinateur manque de mémoire. Fermer d'autres programmes, ou redémarrer cet ordinateur, peut aider.
errcode-disconnect-208 = Le PC distant est introuvable sur le réseau. Vérifiez l'orthographe de son nom ; il faut peut-être aussi vous connecter d'abord au réseau de l'entreprise (VPN).
errcode-disconnect-304 = L'envoi de données au PC distant a échoué, généralement parce que la connexion réseau a été coupée.
errcode-disconnect-306 = L'application Bureau à distance de cet ordinateur manque de mémoire. Fermer d'autres programmes, ou redémarrer cet ordinateur, peut aider.
errcode-disconnect-308 = L'adresse saisie n'est pas une adresse réseau valide. Vérifiez-la et saisissez-la de nouveau.
errcode-disconnect-404 = La réception de données du PC distant a échoué, généralement parce que la connexion réseau a été coupée.
errcode-disconnect-406 = Les informations de sécurité échangées avec le PC distant n'étaient pas valides : la connexion n'a donc pas pu être sécurisée.
errcode-disconnect-408 = L'application Bureau à distance de cet ordinateur a rencontré une erreur interne.
errcode-disconnect-506 = La méthode de chiffrement demandée n'est pas valide : la connexion n'a donc pas pu être protégée.
errcode-disconnect-508 = Le nom du PC distant est introuvable sur le réseau. Vérifiez l'orthographe du nom ; il faut peut-être aussi vous connecter d'abord au réseau de l'entreprise (VPN).
errcode-disconnect-604 = La recherche du nom du PC distant sur le réseau a échoué. Vérifiez l'orthographe du nom ; il faut peut-être aussi vous connecter d'abord au réseau de l'entreprise (VPN).
errcode-disconnect-606 = Le PC distant a envoyé des informations de sécurité qui ne sont pas valides.
errcode-disconnect-608 = Un minuteur interne de l'application Bureau à distance de cet ordinateur a échoué.
errcode-disconnect-704 = Une étape de la connexion a pris trop de temps : l'application Bureau à distance a donc abandonné.
errcode-disconnect-706 = Le certificat de sécurité du PC distant, qui prouve de quel ordinateur il s'agit, n'a pas pu être lu.
errcode-disconnect-804 = L'adresse indiquée pour le PC distant est incorrecte. Vérifiez-la et saisissez-la de nouveau.
errcode-disconnect-807 = L'ouverture de session a échoué : le nom d'utilisateur ou le mot de passe est peut-être incorrect. Saisissez-les de nouveau avec soin.
errcode-disconnect-808 = Le PC distant n'a pas pu obtenir de licence Bureau à distance pour cette connexion. Votre service informatique doit régler le problème de licences.
errcode-disconnect-904 = La connexion a été fermée, souvent par le PC distant lui-même ou par un équipement du réseau situé entre les deux.
errcode-disconnect-906 = Une erreur de sécurité interne s'est produite pendant la connexion.
errcode-disconnect-908 = L'obtention d'une licence Bureau à distance a pris trop de temps : la connexion a donc été abandonnée. Votre service informatique doit vérifier le serveur de licences Bureau à distance.
errcode-disconnect-a06 = Une erreur de sécurité interne s'est produite pendant la connexion.
errcode-disconnect-a07 = Aucun compte ne porte le nom d'utilisateur saisi. Vérifiez le nom d'utilisateur et saisissez-le de nouveau.
errcode-disconnect-b06 = Le chiffrement des données de la connexion a échoué.
errcode-disconnect-b07 = Votre compte d'utilisateur est désactivé. Votre service informatique doit le réactiver.
errcode-disconnect-c06 = Les données reçues du PC distant n'ont pas pu être déchiffrées.
errcode-disconnect-c07 = Une restriction sur votre compte d'utilisateur bloque cette ouverture de session. Votre service informatique peut vous dire laquelle.
errcode-disconnect-c08 = L'application Bureau à distance n'a pas pu décompresser des données envoyées par le PC distant.
errcode-disconnect-d07 = Votre compte d'utilisateur est verrouillé, généralement après trop de mots de passe erronés. Votre service informatique doit le déverrouiller.
errcode-disconnect-e07 = Votre compte d'utilisateur a expiré. Votre service informatique doit le prolonger.
errcode-disconnect-f07 = Votre mot de passe a expiré : vous devez le changer avant de pouvoir vous connecter. Votre service informatique peut vous expliquer comment faire.
errcode-disconnect-1207 = Votre mot de passe doit être changé avant la toute première ouverture de session avec ce compte. Votre service informatique peut vous expliquer comment faire.
errcode-disconnect-1607 = Une stratégie de sécurité interdit de transmettre vos identifiants à ce PC distant. Votre service informatique doit modifier cette stratégie.
errcode-disconnect-1707 = Vos identifiants n'ont pas été transmis, car l'identité du PC distant n'a pas pu être vérifiée correctement (seule une ancienne méthode d'authentification était disponible). Votre service informatique doit modifier la stratégie ou la configuration du PC distant.
errcode-disconnect-1807 = Le serveur qui vérifie vos identifiants d'entreprise est injoignable : le nom de domaine est peut-être incorrect, ou ce serveur est hors de portée.
errcode-disconnect-1b07 = Le certificat de sécurité reçu a expiré.
errcode-disconnect-1c07 = Le code PIN de carte à puce saisi est incorrect. Saisissez-le de nouveau avec soin.
errcode-disconnect-2107 = Le PC distant n'accepte pas les identifiants enregistrés. Saisissez de nouveau votre nom d'utilisateur et votre mot de passe.
errcode-disconnect-2207 = Votre carte à puce est bloquée. Votre service informatique doit la débloquer ou la remplacer.
errcode-extended-0 = Aucune information supplémentaire n'explique pourquoi la connexion a pris fin.
errcode-extended-1 = Un programme, par exemple un outil d'administration, a déconnecté la session.
errcode-extended-2 = Un programme, par exemple un outil d'administration, a fermé votre session.
errcode-extended-3 = La session est restée inactive plus longtemps que le PC distant ne le permet : elle a donc été déconnectée. Reconnectez-vous pour reprendre là où vous en étiez.
errcode-extended-4 = La session a atteint la durée maximale fixée par le PC distant : elle a donc été déconnectée. C'est votre service informatique qui fixe cette durée.
errcode-extended-5 = Quelqu'un d'autre s'est connecté à la même session, ce qui a mis fin à cette connexion.
errcode-extended-6 = Le PC distant manque de mémoire.
errcode-extended-7 = Le PC distant a refusé la connexion.
errcode-extended-8 = Le PC distant a refusé la connexion pour des raisons de sécurité (son paramètre de sécurité FIPS). Votre service informatique doit modifier les paramètres de sécurité.
errcode-extended-9 = Votre compte n'est pas autorisé à se connecter au PC distant. Votre service informatique doit lui donner l'accès.
errcode-extended-a = Le PC distant vous demande de saisir de nouveau votre nom d'utilisateur et votre mot de passe au lieu d'utiliser ceux qui sont enregistrés. Saisissez-les, puis reconnectez-vous.
errcode-extended-b = Une action effectuée dans votre propre session sur le PC distant a déconnecté cette session.
errcode-extended-c = Votre session s'est terminée parce que vous l'avez fermée ; ce n'est pas une erreur. Reconnectez-vous pour ouvrir une nouvelle session.
errcode-extended-100 = La gestion des licences Bureau à distance du PC distant a rencontré une erreur interne. Votre service informatique doit régler le problème de licences.
errcode-extended-101 = Aucun serveur de licences Bureau à distance n'a été trouvé. Votre service informatique doit régler le problème de licences.
errcode-extended-102 = Aucune licence Bureau à distance n'était disponible pour cette connexion. Votre service informatique doit fournir des licences supplémentaires.
errcode-extended-103 = Le PC distant a reçu de votre application Bureau à distance un message de licence non valide. Votre service informatique doit examiner les licences.
errcode-extended-104 = La licence Bureau à distance enregistrée sur cet ordinateur ne correspond pas à cet ordinateur. Votre service informatique doit examiner les licences.
errcode-extended-105 = La licence Bureau à distance enregistrée sur cet ordinateur présente un problème. Votre service informatique doit examiner les licences.
errcode-extended-106 = Des problèmes de réseau ont interrompu l'obtention d'une licence Bureau à distance. Si cela se reproduit, votre service informatique doit examiner le problème.
errcode-extended-107 = Votre application Bureau à distance a interrompu l'étape de licence avant la fin. Votre service informatique doit examiner les licences.
errcode-extended-108 = Un message de licence a été mal chiffré. Votre service informatique doit examiner les licences.
errcode-extended-109 = La licence Bureau à distance enregistrée sur cet ordinateur n'a pas pu être mise à niveau ni renouvelée. Votre service informatique doit examiner les licences.
errcode-extended-10a = Le PC distant n'a pas de licence lui permettant d'accepter des connexions à distance. Votre service informatique doit régler le problème de licences.
errcode-extended-10b = Cet ordinateur n'a pas eu l'autorisation de créer l'emplacement où il enregistre les licences Bureau à distance. Votre service informatique doit corriger les autorisations sur cet ordinateur.
errcode-extended-300 = Le nom d'utilisateur ou le mot de passe n'a pas été accepté. Saisissez-les de nouveau avec soin.
errcode-extended-1000 = Ce code marque le début de la plage des erreurs internes de Bureau à distance ; le journal d'événements du PC distant donne les détails.
errcode-extended-7fff = Ce code marque la fin de la plage des erreurs internes de Bureau à distance ; le journal d'événements du PC distant donne les détails.
errcode-errinfo-0 = Aucune erreur ne s'est produite ; ce code ne signifie rien à lui seul.
errcode-errinfo-1 = Un outil d'administration du PC distant, utilisé depuis une autre session, a déconnecté votre session.
errcode-errinfo-2 = Un outil d'administration du PC distant, utilisé depuis une autre session, a fermé votre session.
errcode-errinfo-3 = Votre session est restée inactive plus longtemps que le PC distant ne le permet : il l'a donc déconnectée. Reconnectez-vous pour reprendre là où vous en étiez.
errcode-errinfo-4 = La session a atteint la durée maximale de session fixée par le PC distant. C'est votre service informatique qui fixe cette durée.
errcode-errinfo-5 = Une autre connexion au PC distant a pris la place de la vôtre.
errcode-errinfo-6 = Le PC distant manque de mémoire.
errcode-errinfo-7 = Le PC distant a refusé la connexion.
errcode-errinfo-8 = Le PC distant a refusé la connexion à cause de son paramètre de sécurité FIPS. Votre service informatique doit modifier les paramètres de sécurité.
errcode-errinfo-9 = Votre compte n'est pas autorisé à se connecter au PC distant. Votre service informatique doit lui donner l'accès.
errcode-errinfo-a = Le PC distant n'accepte pas les identifiants enregistrés. Saisissez votre nom d'utilisateur et votre mot de passe à chaque connexion.
errcode-errinfo-b = Un outil d'administration exécuté dans votre propre session sur le PC distant a déconnecté cette session.
errcode-errinfo-c = Vous avez fermé votre session à distance, ce qui a mis fin à la connexion ; ce n'est pas une erreur. Reconnectez-vous pour ouvrir une nouvelle session.
errcode-errinfo-f = Le PC distant a fermé la connexion car l'un de ses pilotes d'affichage ou de saisie n'était pas prêt.
errcode-errinfo-10 = Le composant de Windows qui affiche le bureau sur le PC distant a planté.
errcode-errinfo-11 = Le PC distant a fermé la connexion car l'un de ses pilotes a échoué.
errcode-errinfo-12 = Le PC distant a fermé la connexion car la liaison avec un pilote a échoué.
errcode-errinfo-17 = Le composant de Windows qui gère l'ouverture de session sur le PC distant a planté.
errcode-errinfo-18 = Un composant essentiel de Windows a planté sur le PC distant.
errcode-errinfo-100 = La gestion des licences Bureau à distance du PC distant a rencontré une erreur interne. Votre service informatique doit régler le problème de licences.
errcode-errinfo-101 = Aucun serveur de licences Bureau à distance n'a été trouvé. Votre service informatique doit régler le problème de licences.
errcode-errinfo-102 = Il ne reste plus de licence Bureau à distance pour le PC distant. Votre service informatique doit fournir des licences supplémentaires.
errcode-errinfo-103 = Le PC distant a reçu de votre application Bureau à distance un message de licence non valide. Votre service informatique doit examiner les licences.
errcode-errinfo-104 = La licence Bureau à distance enregistrée sur cet ordinateur a été modifiée. Votre service informatique doit examiner les licences.
errcode-errinfo-105 = La licence Bureau à distance enregistrée sur cet ordinateur n'est pas au bon format. Votre service informatique doit examiner les licences.
errcode-errinfo-106 = Des problèmes de réseau ont interrompu l'obtention d'une licence Bureau à distance. Si cela se reproduit, votre service informatique doit examiner le problème.
errcode-errinfo-107 = Votre application Bureau à distance a interrompu l'étape de licence avant la fin. Votre service informatique doit examiner les licences.
errcode-errinfo-108 = Un message de licence a été mal chiffré. Votre service informatique doit examiner les licences.
errcode-errinfo-109 = La licence Bureau à distance enregistrée sur cet ordinateur n'a pas pu être mise à niveau ni renouvelée. Votre service informatique doit examiner les licences.
errcode-errinfo-10a = Le PC distant n'a pas de licence lui permettant d'accepter des connexions à distance. Votre service informatique doit régler le problème de licences.
errcode-errinfo-400 = Le service qui vous oriente vers le bon PC distant n'a pas trouvé l'ordinateur vers lequel vous diriger. Votre service informatique doit examiner le problème.
errcode-errinfo-402 = Le PC distant vers lequel votre connexion était dirigée est en train de quitter le service qui répartit les PC distants. Si cela se reproduit, votre service informatique doit examiner le problème.
errcode-errinfo-404 = Un problème est survenu pendant votre redirection vers votre PC distant. Si cela se reproduit, votre service informatique doit examiner le problème.
errcode-errinfo-405 = Un problème est survenu pendant la sortie de veille de votre PC distant virtuel. Si cela se reproduit, votre service informatique doit examiner le problème.
errcode-errinfo-406 = Un problème est survenu pendant le démarrage de votre PC distant virtuel. Si cela se reproduit, votre service informatique doit examiner le problème.
errcode-errinfo-407 = L'adresse réseau de votre PC distant virtuel est introuvable. Votre service informatique doit examiner le problème.
errcode-errinfo-408 = Tous les PC distants qui peuvent vous accueillir sont occupés. Si cela se reproduit, votre service informatique doit examiner le problème.
errcode-errinfo-409 = Le service qui vous oriente vers le bon PC distant a annulé la connexion. Si cela se reproduit, votre service informatique doit examiner le problème.
errcode-errinfo-410 = Le service qui vous oriente vers le bon PC distant n'a pas pu vérifier les paramètres de routage envoyés par votre application Bureau à distance. Votre service informatique doit vérifier les paramètres de connexion qu'il vous a fournis.
errcode-errinfo-411 = Le démarrage de votre PC distant virtuel a pris trop de temps. Si cela se reproduit, votre service informatique doit examiner le problème.
errcode-errinfo-412 = Une erreur de surveillance s'est produite pendant le démarrage de votre PC distant virtuel. Si cela se reproduit, votre service informatique doit examiner le problème.
errcode-errinfo-10c9 = Le PC distant n'a pas pu accepter un message de données d'un type inconnu envoyé par votre application Bureau à distance.
errcode-errinfo-10ca = Le PC distant n'a pas pu accepter un message de contrôle d'un type inconnu envoyé par votre application Bureau à distance.
errcode-errinfo-10cb = Le PC distant n'a pas pu accepter un message de données arrivé dans le désordre, envoyé par votre application Bureau à distance.
errcode-errinfo-10cd = Le PC distant n'a pas pu accepter un message de contrôle arrivé dans le désordre, envoyé par votre application Bureau à distance.
errcode-errinfo-10ce = Le PC distant n'a pas pu accepter un message de contrôle contenant une action non valide, envoyé par votre application Bureau à distance.
errcode-errinfo-10cf = Le PC distant n'a pas pu accepter un événement clavier ou souris d'un type non valide, envoyé par votre application Bureau à distance.
errcode-errinfo-10d0 = Le PC distant n'a pas pu accepter un événement souris aux paramètres non valides, envoyé par votre application Bureau à distance.
errcode-errinfo-10d1 = Le PC distant n'a pas pu accepter une demande non valide de réaffichage d'une partie de l'écran, envoyée par votre application Bureau à distance.
errcode-errinfo-10d2 = Le PC distant n'a pas réussi à préparer sa réponse pendant l'établissement de la connexion.
errcode-errinfo-10d3 = La mise en place des canaux de données de la connexion a échoué.
errcode-errinfo-10d4 = Le PC distant n'a pas pu accepter un message de confirmation portant un mauvais numéro de session, envoyé par votre application Bureau à distance.
errcode-errinfo-10d5 = Le PC distant n'a pas pu accepter un message de confirmation portant un mauvais numéro d'expéditeur, envoyé par votre application Bureau à distance.
errcode-errinfo-10da = Le PC distant n'a pas pu accepter une liste d'images mémorisées trop courte pour être lue, envoyée par votre application Bureau à distance.
errcode-errinfo-10db = Le PC distant n'a pas pu accepter une liste d'images mémorisées commencée deux fois, envoyée par votre application Bureau à distance.
errcode-errinfo-10dc = Le PC distant n'a pas pu accepter une liste d'images mémorisées dépassant le nombre total d'images autorisé, envoyée par votre application Bureau à distance.
errcode-errinfo-10dd = Le PC distant n'a pas pu accepter une liste d'images mémorisées contenant plus d'images qu'une seule réserve ne peut en contenir, envoyée par votre application Bureau à distance.
errcode-errinfo-10de = Le PC distant n'a pas pu accepter un message clavier ou souris trop court pour être lu, envoyé par votre application Bureau à distance.
errcode-errinfo-10df = Le PC distant n'a pas pu accepter un message d'erreur de la réserve d'images trop court pour être lu, envoyé par votre application Bureau à distance.
errcode-errinfo-10e0 = Le PC distant n'a pas pu accepter un message clavier ou souris rapide auquel il manquait une partie de sa signature de sécurité, envoyé par votre application Bureau à distance.
errcode-errinfo-10e1 = Le PC distant n'a pas pu accepter des données pour un canal supplémentaire (comme le presse-papiers ou les imprimantes) trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-10e2 = Le PC distant n'a pas pu accepter un message trop court pour être lu, envoyé par votre application Bureau à distance.
errcode-errinfo-10e3 = Le PC distant n'a pas pu accepter une demande non valide de suspension ou de reprise des mises à jour de l'écran, envoyée par votre application Bureau à distance.
errcode-errinfo-10e5 = Le PC distant n'a pas pu accepter une liste de capacités trop courte pour être lue, envoyée par votre application Bureau à distance.
errcode-errinfo-10e7 = Le PC distant n'a pas pu accepter une description de capacités trop courte pour être lue, envoyée par votre application Bureau à distance.
errcode-errinfo-10e8 = Le PC distant n'a pas pu accepter une description de capacités annonçant une longueur supérieure aux données réellement envoyées par votre application Bureau à distance.
errcode-errinfo-10e9 = Le PC distant n'a pas pu accepter l'indication, envoyée par votre application Bureau à distance, selon laquelle elle n'a pas de place pour mémoriser les formes du pointeur de la souris.
errcode-errinfo-10ea = Le PC distant n'a pas pu accepter les capacités annoncées par votre application Bureau à distance.
errcode-errinfo-10ec = Des données compressées d'un canal supplémentaire (comme le presse-papiers ou les imprimantes) n'ont pas pu être décompressées.
errcode-errinfo-10ed = Le PC distant n'a pas pu accepter des données pour un canal supplémentaire (comme le presse-papiers ou les imprimantes) regroupées de façon non valide, envoyées par votre application Bureau à distance.
errcode-errinfo-10ef = Le PC distant n'a pas pu accepter des données envoyées par votre application Bureau à distance sur un canal supplémentaire qui n'existe pas.
errcode-errinfo-10f0 = Le PC distant n'a pas pu accepter une demande de votre application Bureau à distance portant sur plus des 31 canaux supplémentaires autorisés.
errcode-errinfo-10f3 = Le PC distant ne propose que des programmes isolés (RemoteApp), mais votre application Bureau à distance a demandé un bureau complet. Votre service informatique doit vous fournir les bons paramètres de connexion.
errcode-errinfo-10f4 = Le PC distant n'a pas pu accepter une liste d'images mémorisées envoyée par votre application Bureau à distance avant l'annonce de la capacité nécessaire.
errcode-errinfo-10f5 = Le PC distant n'a pas pu accepter un message d'erreur de la réserve d'images dont la taille ne correspondait pas à sa propre longueur annoncée, envoyé par votre application Bureau à distance.
errcode-errinfo-10f6 = Le PC distant n'a pas pu accepter un message d'erreur de la réserve d'images hors écran trop court pour être lu, envoyé par votre application Bureau à distance.
errcode-errinfo-10f7 = Le PC distant n'a pas pu accepter un message d'erreur de la réserve d'images (DrawNineGrid) trop court pour être lu, envoyé par votre application Bureau à distance.
errcode-errinfo-10f8 = Le PC distant n'a pas pu accepter un message d'erreur de dessin (GDI+) trop court pour être lu, envoyé par votre application Bureau à distance.
errcode-errinfo-1111 = Le PC distant n'a pas pu accepter un en-tête de sécurité trop court pour être lu, envoyé par votre application Bureau à distance.
errcode-errinfo-1112 = Le PC distant n'a pas pu accepter un en-tête de chiffrement trop court pour être lu, envoyé par votre application Bureau à distance.
errcode-errinfo-1113 = Le PC distant n'a pas pu accepter un message d'échange de sécurité trop court pour être lu, envoyé par votre application Bureau à distance.
errcode-errinfo-1114 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1115 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1116 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1117 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1118 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1119 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-111a = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-111b = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-111c = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-111d = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-111e = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-111f = Le PC distant n'a pas pu accepter une clé de reconnexion dépassant les 128 octets autorisés, envoyée par votre application Bureau à distance.
errcode-errinfo-1120 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1121 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1122 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1123 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1124 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1125 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1126 = Le PC distant n'a pas pu accepter des informations d'ouverture de session trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1129 = Le PC distant n'a pas pu accepter un nombre d'écrans non valide, envoyé par votre application Bureau à distance.
errcode-errinfo-112a = Des données décompressées d'un canal supplémentaire (comme le presse-papiers ou les imprimantes) dépassaient la taille convenue.
errcode-errinfo-112b = Le PC distant n'a pas pu accepter un message d'un canal supplémentaire (comme le presse-papiers ou les imprimantes) dépassant la taille convenue, envoyé par votre application Bureau à distance.
errcode-errinfo-112c = Le PC distant n'a pas pu accepter un accusé de réception de mise à jour de l'écran non valide, envoyé par votre application Bureau à distance.
errcode-errinfo-112d = Le PC distant ne prend pas en charge le mode graphique demandé par votre application Bureau à distance.
errcode-errinfo-112e = Le système graphique du PC distant n'a pas réussi à redémarrer.
errcode-errinfo-112f = Le système graphique du PC distant est tombé en panne et ne peut plus afficher l'écran.
errcode-errinfo-1130 = Le PC distant n'a pas pu accepter des informations de fuseau horaire trop courtes pour être lues, envoyées par votre application Bureau à distance.
errcode-errinfo-1131 = Le PC distant n'a pas pu accepter un nom de fuseau horaire plus long que la limite autorisée, envoyé par votre application Bureau à distance.
errcode-errinfo-1132 = Le PC distant n'a pas pu accepter des informations de fuseau horaire sans le réglage de l'heure d'été, envoyées par votre application Bureau à distance.
errcode-errinfo-1133 = Un problème est survenu pendant le traitement des données d'un canal supplémentaire (comme le presse-papiers ou les imprimantes).
errcode-errinfo-1134 = Le bureau demandé par votre application Bureau à distance (tous les écrans réunis) est plus grand que ce que le PC distant autorise. Utiliser moins d'écrans ou une fenêtre plus petite peut aider.
errcode-errinfo-1135 = Le PC distant n'a pas pu accepter la disposition de vos écrans envoyée par votre application Bureau à distance, car elle n'a pas passé ses contrôles.
errcode-errinfo-1136 = Le PC distant n'a pas pu accepter un nombre d'écrans non autorisé, envoyé par votre application Bureau à distance.
errcode-errinfo-1191 = Le renouvellement des clés de chiffrement de la connexion a échoué (avec l'ancienne sécurité Bureau à distance).
errcode-errinfo-1192 = Le déchiffrement des données, ou la création des clés de chiffrement, a échoué (avec l'ancienne sécurité Bureau à distance).
errcode-errinfo-1193 = Le chiffrement des données a échoué (avec l'ancienne sécurité Bureau à distance).
errcode-errinfo-1194 = Votre application Bureau à distance et le PC distant n'ont aucune méthode de chiffrement en commun. Votre service informatique doit modifier les paramètres de sécurité.
errcode-errinfo-1195 = Des données qui auraient dû être chiffrées sont arrivées en clair.
errcode-errinfo-1196 = La connexion avec l'autre extrémité a été perdue.
errcode-errconnect-1 = Un problème de paramètres a empêché la connexion de démarrer.
errcode-errconnect-2 = La connexion a échoué, sans qu'aucune raison soit donnée.
errcode-errconnect-3 = La connexion a été établie, puis interrompue à cause d'un problème de paramètres.
errcode-errconnect-4 = Le nom du PC distant n'a pas pu être recherché. Vérifiez l'orthographe du nom ; il faut peut-être aussi vous connecter d'abord au réseau de l'entreprise (VPN).
errcode-errconnect-5 = Le nom du PC distant est introuvable. Vérifiez l'orthographe du nom ; il faut peut-être aussi vous connecter d'abord au réseau de l'entreprise (VPN).
errcode-errconnect-6 = La connexion au PC distant a échoué.
errcode-errconnect-7 = La connexion a échoué dès la première étape de la mise en place de la session Bureau à distance.
errcode-errconnect-8 = La connexion protégée (chiffrée) avec le PC distant n'a pas pu être établie.
errcode-errconnect-9 = L'ouverture de session a échoué : la connexion a donc été interrompue. Vérifiez votre nom d'utilisateur et votre mot de passe, puis saisissez-les de nouveau.
errcode-errconnect-a = Votre compte n'est pas autorisé à se connecter. Votre service informatique doit lui donner l'accès.
errcode-errconnect-b = La connexion a été annulée. Vous pouvez vous reconnecter.
errcode-errconnect-c = Votre application Bureau à distance et le PC distant ne sont pas parvenus à s'entendre sur la façon de protéger la connexion.
errcode-errconnect-d = La connexion réseau sur laquelle repose Bureau à distance a échoué.
errcode-errconnect-e = Votre mot de passe a expiré : vous devez le changer avant de pouvoir vous connecter. Votre service informatique peut vous expliquer comment faire.
errcode-errconnect-f = Votre mot de passe a très probablement expiré et doit être changé. Votre service informatique peut vous expliquer comment faire.
errcode-errconnect-10 = Votre compte, ou l'accès de cet ordinateur, a été révoqué. Votre service informatique doit examiner le problème.
errcode-errconnect-11 = Le serveur de l'entreprise qui vérifie les ouvertures de session (Kerberos) est injoignable.
errcode-errconnect-12 = Votre compte d'utilisateur est désactivé. Votre service informatique doit le réactiver.
errcode-errconnect-13 = Votre mot de passe doit être changé avant que vous puissiez ouvrir une session. Votre service informatique peut vous expliquer comment faire.
errcode-errconnect-14 = L'ouverture de session a échoué. Vérifiez votre nom d'utilisateur et votre mot de passe, puis saisissez-les de nouveau.
errcode-errconnect-15 = Le mot de passe est incorrect. Saisissez-le de nouveau avec soin.
errcode-errconnect-16 = L'accès a été refusé. Votre service informatique doit vérifier que votre compte est autorisé à se connecter.
errcode-errconnect-17 = Une restriction sur votre compte bloque cette ouverture de session. Votre service informatique peut vous dire laquelle.
errcode-errconnect-18 = Votre compte est verrouillé. Votre service informatique doit le déverrouiller.
errcode-errconnect-19 = Votre compte a expiré. Votre service informatique doit le prolonger.
errcode-errconnect-1a = Votre compte n'est pas autorisé à utiliser ce type d'ouverture de session (par exemple, à distance). Votre service informatique doit lui accorder ce droit.
errcode-errconnect-1b = Les identifiants sont manquants ou non valides. Saisissez de nouveau votre nom d'utilisateur et votre mot de passe.
errcode-errconnect-1c = La session à distance a mis trop de temps à être prête.
errcode-errconnect-1d = Le PC distant est encore en cours de démarrage. Patientez quelques minutes, puis reconnectez-vous.
errcode-windows_app-3000043 = L'application Bureau à distance n'a pas pu charger les composants de sécurité dont elle a besoin pour protéger la connexion.
errcode-windows_app-3000046 = Aucun bureau ni aucune application à distance n'est disponible pour vous pour le moment. Réessayez plus tard, ou contactez votre service informatique si cela se reproduit.
errcode-windows_app-3000047 = Une erreur s'est produite à l'ouverture du bureau ou de l'application à distance mis à votre disposition. Réessayez, ou contactez votre service informatique si le problème persiste.

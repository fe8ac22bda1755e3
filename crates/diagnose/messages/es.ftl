# Textos de RDP Doctor en español. Una sección por área de las comprobaciones; un mensaje por hallazgo
# (con el nombre de su id, `.` → `-`) con `.title` y `.detail`, un mensaje por solución con
# `.title`, `.steps` y `.risk`. Los títulos y detalles son para alguien que teletrabaja y nunca ha
# oído hablar de TLS; las pruebas técnicas (no están aquí) son para TI. Para traducir: copie este archivo
# como `<idioma>.ftl` y cambie el texto, nunca los nombres ni los `{ $valores }`.
# Sintaxis de Fluent: https://projectfluent.org/fluent/guide/ — una llave literal es {"{"}, un valor
# que empieza con un espacio empieza con {" "}.

## El idioma en sí: su propio nombre, para el menú de idiomas

language-name = Español

## Lo que nos indicó el usuario: los datos de entrada, el código de error

input-rdp_file_invalid =
    .title = No se puede usar el archivo de Escritorio remoto
input-invalid_port =
    .title = El número de puerto no es válido
input-invalid_target =
    .title = Eso no es un nombre ni una dirección de equipo

input-error_code =
    .title = Vio el error { $code }
    .detail = Los hallazgos que explican este error aparecen primero.
input-error_code_unknown =
    .title = El error { $code } no está en nuestra lista
    .detail = RDP Doctor no conoce este código, así que no intenta adivinar su significado; las comprobaciones de abajo siguen siendo válidas.

## Resolución de nombres (dns)
dns-ip_literal =
    .title = Es una dirección, así que no hizo falta buscar ningún nombre
    .detail = RDP Doctor se conecta directamente a { $address }.
dns-resolved =
    .title = Se encontró el nombre { $name }
    .detail = Apunta a { $addresses } (búsqueda en { $ms } ms).
dns-short_name =
    .title = "{ $name }" es un nombre corto
    .detail = Los nombres cortos solo funcionan dentro de la red de la oficina, o cuando la VPN les añade el dominio de la empresa. El nombre completo o la dirección funcionan de forma más fiable.
dns-private_address =
    .title = { $name } tiene una dirección privada ({ $address })
    .detail = Las direcciones privadas solo funcionan en la misma red local, o a través de la VPN de la empresa cuando trabaja desde otro lugar.
dns-not_found =
    .title = El nombre "{ $name }" no existe
    .detail = El servidor DNS indica que no hay ningún equipo con este nombre. Revise cómo está escrito; si trabaja desde casa, puede que el nombre solo se conozca mientras la VPN de la empresa está conectada.
dns-no_address =
    .title = El nombre "{ $name }" existe, pero no tiene dirección
    .detail = El DNS conoce el nombre, pero no da ninguna dirección a la que conectarse. El departamento de TI tiene que corregir la entrada DNS; mientras tanto, puede que funcione la dirección IP del equipo.
dns-timeout =
    .title = Ningún servidor DNS respondió
    .detail = Este equipo preguntó por "{ $name }", pero ningún servidor DNS respondió a tiempo. Puede que su conexión a internet o la VPN de la empresa no funcionen.
dns-lookup_failed =
    .title = No se pudo buscar el nombre "{ $name }"
    .detail = La búsqueda del nombre falló: { $message }.


## La red de este equipo (network)
network-offline =
    .title = Este equipo no está conectado a ninguna red
    .detail = Ningún adaptador de red tiene dirección. Revise el cable o la wifi y vuelva a intentarlo.
network-offline-no_route =
    .title = Este equipo no tiene salida hacia otras redes
    .detail = No hay ruta predeterminada: solo se puede llegar a la red local. Revise la wifi o el cable, o reinicie el router.
network-subnet_conflict =
    .title = Su red doméstica usa las mismas direcciones que el equipo remoto ({ $ip })
    .detail = La red propia de este equipo ({ $lan }, { $cidr }) contiene la dirección { $ip }, así que el tráfico destinado al equipo remoto se queda en casa en lugar de pasar por la VPN. El departamento de TI puede enrutar esa dirección a través de la VPN; en casa, cambiar la red del router (por ejemplo, a 192.168.178.x) evita el conflicto.
network-vpn_active =
    .title = Su VPN está conectada ({ $vpn })
    .detail = El equipo remoto tiene una dirección privada ({ $ip }), a la que se llega a través de la VPN.
network-vpn_missing =
    .title = El equipo remoto está en una red privada y su VPN no está conectada
    .detail = Su dirección { $ip } solo funciona dentro de la red de la oficina. Conecte la VPN de la empresa y vuelva a comprobarlo.


## Llegar al puerto (reach)
reach-system-permission_denied = una regla de firewall o una ruta de este equipo lo impide
reach-system-invalid_argument = una ruta de este equipo descarta el tráfico
reach-system-failed = la conexión falló
reach-word-open = abierto
reach-word-refused = rechazado
reach-word-timed_out = sin respuesta (tiempo agotado)
reach-word-unreachable = inaccesible ({ $message })
reach-word-failed = falló ({ $message })
reach-word-not_run = no se intentó ({ $reason })
reach-open =
    .title = El puerto de Escritorio remoto ({ $port }) responde
    .detail = { $address } aceptó una conexión en { $ms } ms.
reach-partial-address = { $address } ({ $result })
reach-partial =
    .title = Solo responden algunas de las direcciones del equipo
    .detail = El nombre lleva a varias direcciones y { $count } de ellas no responden: { $addresses }. Escritorio remoto puede elegir una que no funciona y fallar de vez en cuando (una entrada DNS antigua o una ruta IPv6 rota).
reach-refused =
    .title = El equipo remoto rechaza las conexiones en el puerto { $port }
    .detail = { $address } respondió, pero nada acepta conexiones en el puerto { $port }: puede que Escritorio remoto esté desactivado, que su servicio esté detenido o configurado en otro puerto, o que un firewall rechace la conexión.
reach-unreachable =
    .title = No hay ningún camino de red hasta el equipo remoto
    .detail = La red de este equipo indica que no hay forma de llegar a { $address }: { $reason }. Si el equipo está en la oficina, conecte primero la VPN de la empresa.
reach-seconds = { $seconds } s
reach-filtered-port = { $port } { $name } ({ $result })
reach-host_asleep_or_off =
    .title = No responde nada: el equipo remoto está en suspensión, apagado o no está en esta red
    .detail = Ni el puerto de Escritorio remoto de { $address } ni ninguno de los otros { $count } puertos en los que suele responder un equipo Windows contestaron en { $waited }. Si el equipo está en la oficina, puede que esté en suspensión o apagado: pida a alguien que esté allí que lo active, o el departamento de TI puede activarlo por la red. Si trabaja desde casa, compruebe que su VPN está conectada.
reach-filtered =
    .title = El puerto { $port } del equipo remoto no responde
    .detail = No llegó nada de { $address } en { $waited }: probablemente un firewall está descartando la conexión, o el equipo está en suspensión, apagado o no está en esta red.
reach-filtered-answering =
    .detail = El equipo está encendido (responde en { $ports }), pero su puerto de Escritorio remoto no contesta en { $waited }: un firewall descarta ese puerto.
input-rdp_file_alternate_address-invalid =
    .title = La otra dirección del archivo, "{ $address }", no es un nombre ni una dirección de equipo
    .detail = Escritorio remoto puede intentar usarla en lugar de la dirección principal y fallar. El departamento de TI debería corregir o quitar la línea "alternate full address".
input-rdp_file_alternate_address-answers =
    .title = La otra dirección del archivo, { $address }, también responde
    .detail = El archivo indica { $main } y, como "alternate full address", { $address }; ambas aceptan conexiones.
input-rdp_file_alternate_address-not_found =
    .title = No se encuentra la otra dirección del archivo, { $address }
input-rdp_file_alternate_address-silent =
    .title = La otra dirección del archivo, { $address }, no responde
input-rdp_file_alternate_address-dead-main_answers =
    .detail = Su archivo de Escritorio remoto indica { $main } y, como "alternate full address", { $address }. Escritorio remoto puede conectarse a la segunda, que no funciona, aunque la primera sí funciona. El departamento de TI debería corregir o quitar esa línea.
input-rdp_file_alternate_address-dead =
    .detail = Su archivo de Escritorio remoto indica { $main } y, como "alternate full address", { $address }. Escritorio remoto puede conectarse a la segunda, que no funciona. El departamento de TI debería corregir o quitar esa línea.


## La negociación RDP (security)
rdp-protocol-rdp = la seguridad RDP estándar
rdp-protocol-tls = TLS
rdp-protocol-credssp = CredSSP (NLA)
rdp-protocol-credssp_ex = CredSSP con autorización temprana (NLA)
rdp-protocol-rdstls = RDSTLS
rdp-protocol-unknown = un protocolo desconocido
rdp-cert_not_on_server =
    .title = El equipo remoto no puede cargar su certificado de seguridad
    .detail = Escritorio remoto funciona en ese equipo, pero no puede usar su certificado, así que rechaza las conexiones seguras. Suele deberse a un certificado dañado o caducado, o a permisos incorrectos en la carpeta que guarda sus claves.
rdp-negotiated =
    .title = El equipo remoto usa el protocolo de Escritorio remoto
    .detail = Acepta { $protocols }.
rdp-legacy_security_only =
    .title = El equipo remoto solo ofrece la seguridad antigua de Escritorio remoto
    .detail = Está configurado con la seguridad RDP estándar sin TLS: las aplicaciones actuales de Escritorio remoto pueden negarse a conectarse, y la conexión no puede demostrar que llega al equipo correcto.
rdp-nla_required =
    .title = El equipo remoto pregunta quién es usted antes de conectar (NLA)
    .detail = Se le pedirá la contraseña antes de que empiece la sesión remota. Todas las aplicaciones actuales de Escritorio remoto lo admiten; las muy antiguas, no.
rdp-nla_not_required =
    .title = El equipo remoto deja que cualquiera llegue a su pantalla de inicio de sesión (sin NLA)
    .detail = Las conexiones funcionan, pero el equipo no exige la autenticación a nivel de red (NLA), que el departamento de TI suele activar para que solo las cuentas conocidas lleguen hasta ahí.
rdp-not_rdp =
    .title = En el puerto { $port } responde algo que no es Escritorio remoto
    .detail = Parece { $looks_like }. Puede que el número de puerto sea incorrecto, o que otro programa ocupe el puerto de Escritorio remoto.
rdp-tls_not_allowed =
    .title = El equipo remoto rechaza las conexiones cifradas (TLS)
    .detail = Respondió que TLS no está permitido, pero tampoco aceptó la seguridad antigua.
rdp-negotiation_failure-code = { $name } ({ $code })
rdp-negotiation_failure-unnamed = no figura en la especificación
rdp-negotiation_failure =
    .title = El equipo remoto y Escritorio remoto no se pusieron de acuerdo sobre la seguridad
    .detail = El equipo remoto rechazó todas las opciones de seguridad, con { $codes }.
rdp-denied =
    .title = El equipo remoto corta la conexión enseguida
    .detail = El puerto acepta la conexión y luego el equipo remoto la cierra de inmediato. Causas habituales: todas sus sesiones o licencias de Escritorio remoto están en uso, solo acepta ciertas direcciones, o su servicio de Escritorio remoto tiene problemas. Es una causa habitual del error 0x904 con el código extendido 0x7.
rdp-no_response =
    .title = El puerto está abierto, pero Escritorio remoto no responde
    .detail = Se aceptó la conexión, pero no llegó a tiempo ninguna respuesta de Escritorio remoto. Puede que el servicio de Escritorio remoto esté bloqueado, o que un proxy u otro programa ocupe el puerto.
rdp-not_rdp-garbled =
    .title = El programa del puerto { $port } responde de una forma que Escritorio remoto no entiende
    .detail = Su respuesta llegó ilegible: { $reason }. Puede que el número de puerto sea incorrecto.
rdp-denied-limited =
    .title = El equipo remoto dejó de aceptar conexiones
    .detail = La primera conexión funcionó, pero las siguientes fallaron: el equipo o un firewall limitan cuántas conexiones acepta.


## Qué escucha en lugar de Escritorio remoto (service)
rdp-service-certificate-subject = "{ $subject }"
rdp-service-certificate-self = sí mismo
rdp-service-certificate-issuer = "{ $issuer }"
rdp-service-certificate = emitido para { $to } por { $by }
rdp-service-ssh = un servidor SSH (una línea de comandos remota)
rdp-service-smtp = un servidor de correo (SMTP)
rdp-service-smtp_or_ftp = un servidor de correo o de transferencia de archivos (SMTP o FTP)
rdp-service-ftp = un servidor de transferencia de archivos (FTP)
rdp-service-mail = un servidor de correo ({ $protocol })
rdp-service-vnc = un servidor de control remoto VNC
rdp-service-other = un servidor { $protocol }
rdp-service-gateway = una puerta de enlace de Escritorio remoto
rdp-service-https = un servidor web seguro (HTTPS)
rdp-service-http = un servidor web (HTTP)
rdp-service-tls_only = un servicio que espera cifrado (TLS) desde el primer byte
rdp-service-text = un servicio que responde en texto
rdp-service-binary = un servicio que envía datos que Escritorio remoto no entiende
rdp-service-shown-greeting = Saludó con "{ $line }".
rdp-service-shown-web_server = Respondió a una petición web con "{ $status }" y se identifica como "{ $server }".
rdp-service-shown-web = Respondió a una petición web con "{ $status }".
rdp-service-shown-tls_alert = Respondió al texto sin cifrar con una alerta TLS ({ $alert }).
rdp-service-shown-tls = Respondió al texto sin cifrar con TLS.
rdp-service-shown-text = Respondió "{ $line }".
rdp-service-shown-binary = Su respuesta empezaba con los bytes { $bytes }.
rdp-not_rdp-forwarded = el reenvío de puertos de un router envía el puerto { $port } a una máquina distinta del equipo remoto
rdp-not_rdp-moved = la dirección lleva ahora a una máquina distinta del equipo remoto (puede que este haya recibido una dirección nueva)
rdp-not_rdp-default_port = O bien otro programa ocupa el puerto de Escritorio remoto en ese equipo, o bien { $elsewhere }.
rdp-not_rdp-other_port = Puede que el número de puerto sea incorrecto (Escritorio remoto usa el 3389, salvo que el departamento de TI haya elegido otro), o bien { $elsewhere }.
rdp-not_rdp-service-certificate =
    .detail = { $shown } Su certificado fue { $certificate }. Escritorio remoto no puede trabajar con él. { $why }
rdp-not_rdp-service =
    .title = En el puerto { $port } responde { $service }, no Escritorio remoto
    .detail = { $shown } Escritorio remoto no puede trabajar con él. { $why }
rdp-is_a_gateway =
    .title = Esta dirección es una puerta de enlace de Escritorio remoto, no el equipo remoto
    .detail = { $address } responde como lo hace una puerta de enlace de Escritorio remoto: pide iniciar sesión ({ $schemes }) antes de pasar una conexión a un equipo que está detrás. Escríbala como puerta de enlace en su aplicación de Escritorio remoto, y el nombre del equipo al que quiere llegar como equipo.
rdp-service-seconds = { $seconds } s
rdp-service-tried-rdp = Una nueva conexión, un momento después, recibió respuesta en el propio lenguaje de Escritorio remoto: Escritorio remoto sí escucha en este puerto, pero no respondió a tiempo a la primera petición (puede que esté ocupado, lento o iniciándose).
rdp-service-tried-greeting = esperó { $waited } un saludo (los servidores SSH, de correo y de transferencia de archivos envían uno)
rdp-service-tried-closed = se cerró una conexión que no había enviado nada
rdp-service-tried-web_silent = una petición web no obtuvo respuesta
rdp-service-tried-web_closed = se cortó una petición web
rdp-service-tried-tls-certificate = {" "}con un certificado { $certificate }
rdp-service-tried-tls-gateway = {" "}ni a una petición de puerta de enlace de Escritorio remoto
rdp-service-tried-tls = una conexión TLS sin la negociación de Escritorio remoto funcionó{ $certificate }, pero dentro de ella nada respondió a una petición web{ $gateway }
rdp-service-tried-tls_failed = un intercambio TLS directo no funcionó
rdp-service-tried-certificate = Para ver si otro programa ocupa el puerto, RDP Doctor también probó lo siguiente: { $tried }; nada identificó otro servicio. Si ese certificado no menciona el equipo remoto, otro servicio cifrado ocupa el puerto.
rdp-service-tried = Para ver si otro programa ocupa el puerto, RDP Doctor también probó lo siguiente: { $tried }; nada identificó otro servicio.


## El intercambio TLS (tls)
tls-ok =
    .title = La conexión está cifrada ({ $version })
    .detail = El cifrado funciona: { $version } con { $cipher_suite }.
tls-legacy_only =
    .title = El equipo remoto solo usa un cifrado obsoleto ({ $version })
    .detail = Solo acepta { $version }, que las aplicaciones actuales de Escritorio remoto rechazan. El departamento de TI tiene que actualizar el equipo remoto y activar TLS 1.2 en él.
tls-handshake_failed-old_ciphers =
    .title = El equipo remoto solo ofrece métodos de cifrado obsoletos
    .detail = Usa { $version }, pero solo con métodos antiguos como { $cipher_suite } que las aplicaciones actuales no aceptan. El departamento de TI tiene que actualizar el equipo remoto.
tls-handshake_failed-alert =
    .detail = El equipo remoto interrumpió la configuración del cifrado con el mensaje "{ $alert }". Con Escritorio remoto, lo más frecuente es que sea un certificado que el equipo no puede usar.
tls-handshake_failed =
    .title = No se pudo establecer la conexión cifrada
    .detail = El equipo remoto interrumpió la configuración del cifrado. Con Escritorio remoto, lo más frecuente es que sea un certificado que el equipo no puede usar.
tls-handshake_failed-timeout =
    .title = El equipo remoto dejó de responder mientras se configuraba el cifrado
    .detail = No hubo respuesta al intercambio de cifrado en { $waited_ms } ms.


## El certificado (certificate)

cert-expired =
    .title = El certificado de seguridad del equipo remoto caducó el { $date }
    .detail = Caducó { $when }. Normalmente Windows renueva este certificado por sí solo; cuando no puede, las conexiones fallan, a menudo con el error 0x904 (extendido 0x7). El departamento de TI puede renovarlo con los comandos de abajo.
cert-not_yet_valid =
    .title = El certificado del equipo remoto solo es válido a partir del { $date }
    .detail = El reloj del equipo remoto o el de este equipo está mal: revise la fecha y la hora de ambos.
cert-expires_soon =
    .title = El certificado del equipo remoto caduca { $when }
    .detail = Es válido hasta el { $date }. Windows debería renovarlo a tiempo; si no lo hace, las conexiones fallarán a partir de entonces.
cert-self_signed =
    .title = El equipo remoto usa un certificado creado por él mismo
    .detail = Es normal en Escritorio remoto, y por eso su aplicación le pregunta si confía en el equipo remoto. Compare la huella digital con la que le dé el departamento de TI.
cert-name_mismatch-no_name = ninguno
cert-name_mismatch =
    .title = Nombres que figuran en el certificado: { $names }
    .detail = Usted escribió "{ $name }", que no figura en el certificado. Su aplicación le avisará; si los nombres no son dos nombres del mismo equipo, puede que esté llegando a un equipo distinto del que cree.
cert-name_mismatch-address =
    .detail = Se conecta por dirección ({ $name }), así que su aplicación no puede compararla con el nombre del certificado y le avisará. Es lo esperado cuando se usa una dirección.
cert-weak-signature = está firmado con { $algorithm }
cert-weak-key = su clave tiene solo { $bits } bits
cert-weak-usage = no está hecho para la autenticación de servidores
cert-weak =
    .title = El certificado del equipo remoto es débil
    .detail = { $reasons }; las aplicaciones actuales pueden rechazarlo.
cert-evidence-key_bits = {" "}{ $bits } bits


## Autenticación a nivel de red (nla)

nla-os-or_newer = { $name } o posterior
nla-ok-no_name = (sin nombre)
nla-ok-domain = {" "}en { $domain }
nla-ok-os = {" "}y ejecuta { $os }
nla-ok =
    .detail = El equipo remoto respondió al primer paso del inicio de sesión (no se envió ninguna contraseña). Se identifica como { $name }{ $domain }{ $os }.
    .title = La seguridad del inicio de sesión funciona; el equipo se identifica como { $name }
nla-identity_mismatch =
    .title = Usted escribió "{ $typed }", pero el equipo se identifica como "{ $name }"
    .detail = No pasa nada si el nombre que usa es un alias de este equipo. Si no, el nombre lleva a un equipo distinto del que cree, por ejemplo por una entrada DNS antigua.
nla-clock_skew =
    .title = El reloj del equipo remoto va { $span } { $direction ->
        [ahead] adelantado respecto al
       *[behind] atrasado respecto al
    } de este equipo
    .detail = El inicio de sesión con una cuenta de la empresa (Kerberos) falla cuando los relojes difieren en más de 5 minutos. Ajuste el reloj que esté mal.
nla-credssp_unpatched_server =
    .title = Al equipo remoto le falta la actualización de seguridad de 2018 para el inicio de sesión (CredSSP)
    .detail = Los equipos actualizados se niegan a conectarse a él, con un mensaje sobre la "corrección de oráculo de cifrado" de CredSSP. El equipo remoto necesita las actualizaciones de Windows.
nla-failed-server_error =
    .title = El equipo remoto rechazó el primer paso del inicio de sesión
    .detail = Respondió con el error { $code } antes de que interviniera ninguna contraseña.
nla-failed =
    .title = El paso de inicio de sesión (NLA) se interrumpió
    .detail = Durante { $stage }: { $message }.


## Calidad de la conexión (quality)

quality-evidence-answered = { $answered } de { $total }
quality-word-no_answer = sin respuesta en { $ms } ms
quality-word-answered_after = respondió tras { $ms } ms
quality-word-cut_off = cortada
quality-kept_waiting = { $testing }: { $result }
quality-server_serialises =
    .title = El equipo remoto atiende las conexiones de una en una
    .detail = Mientras se establecía una conexión, el equipo remoto hizo esperar a { $count } { $count ->
        [one] conexión más
       *[other] conexiones más
    }; al volver a preguntar por separado, cada una respondió enseguida. La red funciona bien: así se comporta el servidor de Escritorio remoto (los servidores basados en la parte de servidor de FreeRDP, como el de weston, lo hacen). Quien se conecte mientras se establece otra conexión tendrá que esperar, y puede que se agote el tiempo.
quality-drops_during_handshake =
    .title = Las conexiones con el equipo remoto se cortan: { $broke_off } de { $total } intentos fallaron a mitad de camino
    .detail = La conexión se abre y luego se corta mientras Escritorio remoto la establece, incluso cuando es la única: esto pasa con un enlace poco fiable (wifi, datos móviles, una VPN con dificultades) o con un equipo remoto sobrecargado; una red por cable o reiniciar la VPN suele ayudar.
quality-unstable-broke_off =
    .title = Su conexión con el equipo remoto no es fiable: { $broke_off } de { $total } intentos se cortaron
    .detail = Algunas conexiones se cortaron mientras Escritorio remoto las establecía; al repetirlas por separado, funcionaron. Escritorio remoto puede fallar de vez en cuando; si pasa, una red por cable o reiniciar la VPN suele ayudar.
quality-unstable-failed =
    .title = Su conexión con el equipo remoto no es fiable: { $failed } de { $total } intentos fallaron
    .detail = Algunas conexiones funcionaron y otras no. Escritorio remoto puede fallar de vez en cuando; una red por cable o reiniciar la VPN suele ayudar.
quality-unstable-loss =
    .title = Su conexión con el equipo remoto pierde datos: hubo que reenviar { $gaps } de { $trips } idas y vueltas
    .detail = La mayoría de las respuestas tardaron unos { $round_trip } ms, pero { $gaps } tardaron al menos { $stall } ms más que el doble de eso: el tiempo que tarda en reenviarse un paquete perdido. Es un enlace con pérdidas (wifi, datos móviles, una VPN con dificultades), no la distancia; Escritorio remoto irá a tirones y puede cortarse. Una red por cable o reiniciar la VPN suele ayudar.
quality-high_latency-relayed =
    .detail = Las conexiones se abren al instante ({ $median_connect } ms), pero cada respuesta tarda unos { $round_trip } ms: algo cercano a usted (una VPN o un proxy) acepta la conexión y la retransmite por un camino lento. Escritorio remoto funcionará, pero irá lento; un servidor VPN más cercano a usted reduce el retraso.
quality-high_latency =
    .detail = Escritorio remoto funcionará, pero irá lento. Una red por cable, o un servidor VPN más cercano a usted, reduce el retraso.
    .title = El equipo remoto está lejos en términos de red ({ $ms } ms por ida y vuelta)
quality-ok =
    .title = La conexión es estable ({ $round_trip } ms por ida y vuelta, variación de { $spread } ms)
    .detail = Se respondieron { $answered } de { $total } peticiones; las conexiones tardaron { $median_connect } ms, las respuestas { $round_trip } ms, y ninguna tuvo que esperar datos perdidos.
quality-word-answered = respondió en { $ms } ms
quality-word-connect_failed = no se pudo conectar: { $message }
quality-recheck = { $testing }: por separado, { $result }
quality-watch-failure = tras { $seconds } s: { $failure }
quality-watch-advice = Una red por cable en lugar de wifi, o reiniciar la VPN, suele ayudar; si sigue así, envíe este informe al departamento de TI.
quality-watch-failed =
    .title = Su conexión con el equipo no es fiable: { $failed } de { $total } intentos fallaron
    .detail = Observada durante { $seconds } s. { $advice }
quality-watch-high_latency =
    .detail = Los { $total } intentos durante { $seconds } s funcionaron, pero con lentitud. { $advice }
quality-watch-ok =
    .title = La conexión se mantuvo estable: { $total } de { $total } intentos funcionaron
    .detail = Observada durante { $seconds } s: { $median } ms por conexión, variación de { $spread } ms.


## La puerta de enlace de Escritorio remoto (gateway)

gateway-http-status = HTTP { $status }
gateway-http-status_auth = HTTP { $status }, inicio de sesión con { $schemes }
gateway-http-closed = cerrada sin responder
gateway-http-no_answer = sin respuesta en { $ms } ms
gateway-http-not_http = no es HTTP: { $reason }
gateway-http-failed = falló: { $message }
gateway-unreachable-no_name = no se encontró su nombre { $host }
gateway-unreachable-not_tried = no se pudo probar
gateway-unreachable-port = el puerto { $port } dio: { $outcome }
gateway-unreachable =
    .title = No se puede llegar a la puerta de enlace de Escritorio remoto { $host }
    .detail = Su conexión pasa por la puerta de enlace { $name }, pero { $why }. Si está en casa, revise su conexión a internet; si no, puede que la puerta de enlace no funcione.
gateway-unreachable-tls-none = no se estableció ninguna conexión segura
gateway-unreachable-tls-failed = la conexión segura falló: { $message }
gateway-unreachable-tls-timed_out = no respondió a tiempo a la conexión segura
gateway-unreachable-tls =
    .title = La puerta de enlace de Escritorio remoto { $host } no completa una conexión segura
    .detail = El puerto de la puerta de enlace responde, pero { $why }.
gateway-cert_invalid-not_trusted = no es de confianza
gateway-cert_invalid =
    .title = No se acepta el certificado de seguridad de la puerta de enlace: { $error }
    .detail = A diferencia de un equipo remoto, una puerta de enlace necesita un certificado en el que este equipo confíe, que sea válido hoy y que esté emitido a nombre de la puerta de enlace; si no, Escritorio remoto la rechaza. El departamento de TI debe renovar o sustituir el certificado de la puerta de enlace.
gateway-ok =
    .title = La puerta de enlace de Escritorio remoto { $host } responde
    .detail = Pide iniciar sesión ({ $schemes }), como debe hacer una puerta de enlace; no se envió ninguna contraseña.
gateway-ok-no_method = sin método indicado
gateway-websocket =
    .title = La puerta de enlace también ofrece su transporte WebSocket
    .detail = Los clientes actuales de Escritorio remoto pueden usarlo a través de proxies que solo dejan pasar tráfico web.
gateway-no_answer =
    .title = La puerta de enlace de Escritorio remoto { $host } no responde
    .detail = Aceptó la conexión y el intercambio seguro, pero luego no devolvió nada a la petición de puerta de enlace en { $ms } ms. Puede que el servicio de la puerta de enlace esté bloqueado o sobrecargado: el departamento de TI puede revisar el servicio de Puerta de enlace de Escritorio remoto (TSGateway) y su servidor web (IIS).
gateway-not_a_gateway =
    .title = { $host } no responde como una puerta de enlace de Escritorio remoto
    .detail = Su servidor web respondió a la petición de puerta de enlace con { $answer }. Puede que el nombre apunte a otro servidor web, o que el transporte HTTP del rol de puerta de enlace esté desactivado.
gateway-through =
    .title = No se puede llegar directamente (es lo esperado con una puerta de enlace): { $title }
    .detail = Su conexión pasa por la puerta de enlace de Escritorio remoto { $gateway }, que llega al equipo remoto por usted, así que esto es normal. { $detail }


## El archivo .rdp (file)

input-rdp_file_disables_nla =
    .title = Su archivo de Escritorio remoto desactiva el inicio de sesión previo a la conexión, que el equipo remoto exige
    .detail = El archivo dice "enablecredsspsupport:i:0", así que la aplicación de Escritorio remoto nunca usa la autenticación a nivel de red (NLA), y este equipo remoto no acepta otra cosa. Pida al departamento de TI un archivo corregido, o cambie esa línea a "enablecredsspsupport:i:1".
input-rdp_file_requires_trusted_certificate =
    .title = Su archivo de Escritorio remoto rechaza el certificado del equipo remoto
    .detail = El archivo dice "authentication level:i:1" (no conectar salvo que el equipo remoto demuestre quién es con un certificado de confianza), pero el certificado del equipo remoto está creado por él mismo, caducado o emitido a otro nombre. El departamento de TI puede dar al equipo un certificado de confianza, o se puede cambiar la línea a "authentication level:i:2" (avisar).
input-rdp_file_lines_skipped-file =
    .title = { $count ->
        [one] { $count } línea del archivo de Escritorio remoto no es una configuración y se omitió
       *[other] { $count } líneas del archivo de Escritorio remoto no son configuraciones y se omitieron
    }
input-rdp_file_lines_skipped-link_source = enlace rdp://
input-rdp_file_lines_skipped-link =
    .title = { $count ->
        [one] { $count } parte del enlace rdp:// no es una configuración y se omitió
       *[other] { $count } partes del enlace rdp:// no son configuraciones y se omitieron
    }
input-rdp_file_lines_skipped-more = { $shown } y { $more } más
input-rdp_file_lines_skipped =
    .detail = Escritorio remoto pasa por alto lo que no puede leer, y esta comprobación también: { $listed }. Si alguna de ellas debía configurar algo (un puerto, una puerta de enlace), el departamento de TI debería corregirla.


## La configuración de Escritorio remoto de este equipo (client)

client-rdp_apps-none =
    .title = No se encontró ninguna aplicación de Escritorio remoto en este equipo
    .detail = Necesita una aplicación de Escritorio remoto para conectarse: Windows App de Microsoft en Windows y macOS, FreeRDP o Remmina en Linux.
client-rdp_apps =
    .title = Aplicaciones de Escritorio remoto en este equipo: { $apps }
    .detail = Cualquiera de ellas puede conectarse.
client-saved_credentials =
    .title = Este equipo tiene guardado un inicio de sesión para { $name }
    .detail = Escritorio remoto lo usa sin preguntar. Si su contraseña cambió, la guardada falla siempre: quítela y vuelva a iniciar sesión.
client-credssp_policy-name = { $value ->
        [0] Forzar clientes actualizados
        [2] Vulnerable
       *[other] Mitigado
    }
client-credssp_policy-unpatched_server =
    .title = Este equipo se niega a iniciar sesión en el equipo remoto porque a este le falta una actualización de seguridad de 2018
    .detail = La directiva "Corrección de oráculo de cifrado" de este equipo está en "{ $name }", y el inicio de sesión (CredSSP) del equipo remoto es anterior a la corrección de CVE-2018-0886. La solución real es actualizar el equipo remoto.
client-credssp_policy-vulnerable =
    .title = Este equipo aún permite iniciar sesión en equipos sin la actualización de CredSSP de 2018
    .detail = Su directiva "Corrección de oráculo de cifrado" está en "Vulnerable", un valor pensado solo como solución provisional. Deshágalo en cuanto los equipos remotos estén actualizados.
client-credssp_policy =
    .title = La directiva CredSSP de este equipo es "{ $name }"
    .detail = Inicia sesión en los equipos remotos actualizados y rechaza los que no tienen la corrección de 2018.
client-clock =
    .title = El reloj de este equipo va { $span } { $direction ->
        [ahead] adelantado respecto
       *[behind] atrasado respecto
    } { $witness ->
        [both] al equipo remoto y a la puerta de enlace
       *[gateway] a la puerta de enlace
    }
    .detail = El inicio de sesión y los certificados dependen de la hora. Ponga el reloj de este equipo en la hora correcta (Configuración > Hora e idioma > Establecer la hora automáticamente).


## Modo anfitrión (host)
host-not_windows =
    .detail-listening = Este equipo usa { $os }, así que no hay configuración de Escritorio remoto de Windows que leer. Ejecute RDP Doctor en el propio equipo Windows, o compruébelo desde aquí por su nombre. Aquí algo sí acepta conexiones en el puerto 3389.
    .detail-not_listening = Este equipo usa { $os }, así que no hay configuración de Escritorio remoto de Windows que leer. Ejecute RDP Doctor en el propio equipo Windows, o compruébelo desde aquí por su nombre. Aquí nada acepta conexiones en el puerto 3389.
    .detail = Este equipo usa { $os }, así que no hay configuración de Escritorio remoto de Windows que leer. Ejecute RDP Doctor en el propio equipo Windows, o compruébelo desde aquí por su nombre.
    .title = El modo anfitrión comprueba un equipo Windows al que se conectan otras personas
host-rdp_disabled =
    .detail-policy = Escritorio remoto está desactivado en este equipo, así que nadie puede conectarse a él. Actívelo en Configuración > Sistema > Escritorio remoto, o ejecute el comando de abajo como administrador. Una directiva de grupo controla esto en este equipo, así que cambie la directiva (gpedit.msc > Configuración del equipo > Plantillas administrativas > Componentes de Windows > Servicios de Escritorio remoto > Host de sesión de Escritorio remoto) o pídaselo a quien la administre: el comando por sí solo se sobrescribiría.
    .detail = Escritorio remoto está desactivado en este equipo, así que nadie puede conectarse a él. Actívelo en Configuración > Sistema > Escritorio remoto, o ejecute el comando de abajo como administrador.
    .title = Escritorio remoto está desactivado en este equipo
host-nla =
    .title = Hay que iniciar sesión antes de que empiece la sesión remota (NLA está activada)
    .detail = Es la opción segura predeterminada. Los clientes que no admiten NLA (los muy antiguos, o los que tienen CredSSP desactivado) no pueden conectarse.
host-nla-off =
    .title = NLA está desactivada: este equipo muestra su pantalla de inicio de sesión a cualquiera que se conecte
    .detail = Los clientes se conectan sin iniciar sesión antes. Esto funciona con clientes antiguos, pero permite que cualquiera que llegue al equipo vea su pantalla de inicio de sesión; vuelva a activar NLA cuando pueda.
host-security_layer-rdp =
    .title = Este equipo solo usa la antigua seguridad RDP estándar
    .detail = Los clientes modernos esperan TLS: configure la capa de seguridad como Negociar (1) o TLS (2).
host-security_layer-negotiate =
    .title = Este equipo negocia su capa de seguridad (TLS cuando el cliente puede)
    .detail = Los clientes que pueden usar TLS lo usan; los antiguos recurren a la seguridad RDP estándar.
host-security_layer =
    .title = Este equipo exige TLS para Escritorio remoto
    .detail = La opción segura predeterminada: los clientes deben usar TLS y, normalmente, NLA.
host-port =
    .title = Escritorio remoto usa el puerto habitual, el 3389
    .detail = Los clientes se conectan solo con el nombre del equipo.
host-port-other =
    .title = Escritorio remoto usa el puerto { $port }, no el habitual 3389
    .detail = Los clientes deben añadir el puerto al nombre (pc.example.com:{ $port }), y el firewall debe permitir el puerto { $port }.
host-service_stopped-disabled =
    .title = El servicio de Escritorio remoto está deshabilitado
host-service_stopped =
    .title = El servicio de Escritorio remoto no se está ejecutando
    .detail = Sin el servicio Servicios de Escritorio remoto (TermService), nada responde en el puerto de Escritorio remoto. Inícielo con el comando de abajo.
host-not_listening =
    .detail = Puede que el servicio de Escritorio remoto se esté iniciando, o que su agente de escucha haya fallado (consulte el registro de eventos Sistema, origen TermService o TerminalServices-RemoteConnectionManager).
    .detail-service_unknown = RDP Doctor no pudo leer el estado del servicio de Escritorio remoto (vea lo que no se pudo comprobar), así que no puede saber por qué: puede que Escritorio remoto esté desactivado, que su servicio esté detenido o que su agente de escucha haya fallado.
    .title = Nada acepta conexiones en el puerto { $port } de este equipo
host-firewall_closed =
    .title = El Firewall de Windows bloquea Escritorio remoto en este equipo
    .detail-no_rules = El firewall no tiene ninguna regla de "Escritorio remoto".
    .detail = Las reglas de "Escritorio remoto" existen, pero están desactivadas, así que otros equipos no pueden llegar al puerto.
host-firewall_open =
    .title = El Firewall de Windows deja pasar Escritorio remoto
    .detail = Las reglas de "Escritorio remoto" están activadas.
# Un perfil del Firewall de Windows, como en "deja pasar Escritorio remoto en las redes de dominio y privadas".
host-firewall_profile = { $profile ->
        [domain] de dominio
        [private] privadas
        [public] públicas
       *[other] { $profile }
    }
host-firewall_open-some =
    .title = El Firewall de Windows deja pasar Escritorio remoto en las redes { $profiles }
    .detail = En otros tipos de red (por ejemplo, una que Windows marcó como "pública") el puerto sigue cerrado.
host-cert_ok =
    .title = El certificado de Escritorio remoto es válido hasta el { $date }
    .detail = No ha caducado ningún certificado del almacén de Escritorio remoto.
host-cert_ok-none =
    .title = Windows creará un certificado de Escritorio remoto cuando se inicie el servicio
host-cert_expired =
    .title = El certificado de Escritorio remoto de este equipo caducó el { $date }
    .detail = Los clientes rechazan la conexión o muestran un aviso sobre el certificado. Normalmente Windows lo renueva por sí solo; si no lo hizo, quite el caducado y reinicie el servicio para que Windows cree uno nuevo.
    .detail-harmless = En el almacén también hay un certificado válido, así que Escritorio remoto sigue funcionando; se puede quitar el caducado.
host-machinekeys =
    .detail-missing = Windows guarda la clave privada del certificado en { $folder }. La carpeta no existe.
    .detail-admins = Windows guarda la clave privada del certificado en { $folder }. Los administradores no tienen control total sobre ella.
    .detail-everyone = Windows guarda la clave privada del certificado en { $folder }. Todos (Everyone) han perdido el acceso que Windows da de forma predeterminada, así que los servicios no pueden guardar claves.
    .detail-deny = Windows guarda la clave privada del certificado en { $folder }. Una entrada de denegación bloquea una cuenta del sistema.
    .title = Puede que Windows no pueda crear un nuevo certificado de Escritorio remoto
host-sleep_disabled =
    .title = Este equipo permanece activo mientras está enchufado
    .detail = La suspensión y la hibernación están desactivadas con corriente alterna.
host-sleep_enabled =
    .title = Este equipo entra en suspensión tras { $span } sin uso, incluso enchufado
    .detail = Escritorio remoto no puede llegar a un equipo en suspensión: las conexiones fallan hasta que alguien lo activa.
host-sessions-full =
    .title = Este equipo se quedó sin sesiones de Escritorio remoto ({ $open } abiertas, el límite es { $limit })
host-sessions =
    .title = Aún hay { $n } sesiones desconectadas abiertas en este equipo
    .detail = Las sesiones que se dejaron sin cerrar siguen ocupando su plaza. Las nuevas conexiones fallan con "demasiadas conexiones" cuando se alcanza el límite. Cierre esas sesiones.
host-sessions_ok =
    .title = { $n ->
        [0] Ahora mismo no hay nadie conectado
        [one] Hay una persona con la sesión iniciada
       *[other] Hay { $n } personas con la sesión iniciada
    }
    .detail = Hay sitio para nuevas conexiones.
# Lo que el modo anfitrión lee en este equipo, como en "no se pudieron leer las reglas del firewall y las sesiones".
host-fact =
    .settings = la configuración de Escritorio remoto
    .policy = la configuración de directivas de grupo
    .service = el servicio de Escritorio remoto
    .firewall = las reglas del firewall
    .certificates = los certificados
    .machine_keys = la carpeta MachineKeys
    .power = la configuración de suspensión
    .sessions = las sesiones
    .listening = el puerto
host-needs_admin =
    .title = Ejecute RDP Doctor como administrador para comprobarlo todo
    .detail = Windows no dejó que RDP Doctor leyera { $facts } sin derechos de administrador. Haga clic con el botón derecho en RDP Doctor, elija "Ejecutar como administrador" y vuelva a comprobarlo.
host-unreadable =
    .title = No se pudo comprobar { $facts }
    .detail = Los comandos de abajo no dieron una respuesta que RDP Doctor entienda, así que estas partes no se comprobaron.
# Una fila del modo anfitrión que no se comprobó, y por qué.
host-row =
    .not_windows = No comprobado: este no es un equipo Windows
    .needs_admin = No comprobado: requiere derechos de administrador
    .no_answer = No comprobado: Windows no respondió
host-report =
    .summary-not_windows = El modo anfitrión comprueba un equipo Windows al que se conectan otras personas; este equipo no lo es.
    .summary-all_good = Todo lo que comprobamos funciona: este equipo acepta conexiones de Escritorio remoto.
    .input = Este equipo como anfitrión de Escritorio remoto

## Soluciones
fix-connect_by_ip =
    .title = Conectarse por dirección ({ $address }) en lugar de por nombre
    .steps = Inicie Escritorio remoto con la dirección { $address } en lugar del nombre. Si funciona, avise al departamento de TI de que el nombre no lleva al equipo correcto.
fix-use_full_name =
    .steps-address = Escriba el nombre completo del equipo (por ejemplo, pc.company.example; pregunte al departamento de TI) o su dirección { $address } en lugar del nombre corto.
    .steps = Revise cómo está escrito y luego escriba el nombre completo del equipo (por ejemplo, pc.company.example) o su dirección IP; el departamento de TI puede darle ambos.
    .title = Usar el nombre completo del equipo o su dirección
fix-open_store_app =
    .title = Instalar la aplicación actual de Escritorio remoto de Microsoft
    .steps = Instale Windows App de Microsoft (la aplicación actual de Escritorio remoto) desde su tienda de aplicaciones. En Linux, use FreeRDP o Remmina de su distribución.
fix-wake_on_lan =
    .title = Activar el equipo remoto por la red (Wake-on-LAN)
    .steps-command = Si Wake-on-LAN está habilitado en el equipo remoto, esto lo activa enviando un "paquete mágico" a su tarjeta de red ({ $mac }). Ejecútelo en un equipo de la misma red que el equipo remoto (a través de una VPN solo funciona si la VPN reenvía las difusiones) y luego dele un minuto al equipo para que arranque. No cambia nada, así que no hay nada que deshacer. Si el equipo no se activa, pida a alguien de la oficina que pulse su botón de encendido.
    .steps = Si Wake-on-LAN está habilitado en el equipo remoto, el departamento de TI puede activarlo enviando un "paquete mágico" a la dirección MAC de su tarjeta de red desde un equipo de la misma red (o a través de la VPN, si reenvía las difusiones). Si no, pida a alguien de la oficina que pulse su botón de encendido.
fix-forget_saved_credentials =
    .title = Olvidar la contraseña guardada para este equipo remoto
    .steps = Windows sigue ofreciendo una contraseña guardada para { $target } que quizá ya no funcione (por ejemplo, después de cambiarla). Esto la quita de este equipo, para que Escritorio remoto vuelva a pedirla. Ejecútelo con su propia cuenta, no como administrador: cada cuenta de Windows tiene sus propias contraseñas guardadas. Una contraseña guardada con otra forma del nombre (nombre corto, nombre completo o dirección) es independiente: Panel de control > Administrador de credenciales > Credenciales de Windows las muestra todas. No se puede deshacer: volverá a escribir la contraseña la próxima vez que se conecte.
fix-flush_dns =
    .title = Borrar la memoria de nombres de este equipo
    .steps = Los equipos recuerdan durante un tiempo las direcciones de los nombres. Si el equipo remoto cambió de dirección (o acaba de conectar la VPN), borrar esa memoria hace que este equipo vuelva a preguntar. No cambia nada más, así que no hay nada que deshacer.
fix-reset_network_stack =
    .title = Restablecer la configuración de red de este equipo
    .risk = Requiere reiniciar; puede que haya que volver a configurar los ajustes de red escritos a mano (una dirección fija o un servidor DNS) y algún software de VPN o de seguridad.
    .steps = Cuando este equipo no llega a ningún sitio, o los nombres dejan de funcionar, estos comandos borran su memoria de nombres (la primera línea, que no necesita permisos especiales) y devuelven los componentes de red de Windows a sus valores predeterminados (las otras dos, que necesitan un Símbolo del sistema ejecutado como administrador y después reiniciar). No se puede deshacer, ni hace falta: restauran los valores predeterminados de Windows.
fix-test_port =
    .title = Comprobar el puerto de Escritorio remoto desde otro equipo
    .steps = Para saber si el problema está en la red de este equipo o en el equipo remoto, ejecute esto en otro equipo, idealmente uno de la misma red que { $host }. Si indica TcpTestSucceeded : True (nc dice "succeeded" u "open"), el equipo remoto responde en el puerto { $port } y el problema está entre este equipo y él: la VPN, un firewall o la red. Solo hace una prueba, así que no hay nada que deshacer.
fix-check_port =
    .steps-usual_port = Escritorio remoto usa el puerto 3389, salvo que el departamento de TI haya elegido otro para este equipo. Pregunte al departamento de TI qué puerto usa y añádalo a la dirección tras dos puntos (por ejemplo, pc.example.com:3390), o revise la dirección y el puerto en el archivo .rdp que le dio el departamento de TI.
    .steps-other_port = Se está conectando al puerto { $port }, pero Escritorio remoto usa el puerto 3389, salvo que el departamento de TI haya elegido otro para este equipo. Confirme con el departamento de TI el número que va tras los dos puntos en la dirección (o el puerto del archivo .rdp), o pruebe la dirección sin él.
    .title = Comprobar el número de puerto
fix-check_port_forwarding =
    .title = Comprobar el reenvío de puertos del router
    .steps = Si esta dirección es un router que reenvía el puerto { $port } al equipo remoto (lo habitual en una oficina en casa o en una oficina pequeña a la que se llega por internet), abra la página de reenvío de puertos del router y asegúrese de que el puerto { $port } va a la dirección propia del equipo remoto en la red local y a su puerto de Escritorio remoto (3389). Ahí responde ahora otro dispositivo: puede que el equipo haya recibido una dirección nueva, o que la regla indique otra máquina (un NAS, una cámara, un servidor).
fix-use_as_gateway =
    .title = Escribir esta dirección como puerta de enlace de Escritorio remoto
    .steps = En Conexión a Escritorio remoto (mstsc), escriba como equipo el nombre del equipo al que quiere llegar; luego abra Mostrar opciones > Opciones avanzadas > Configuración, elija "Use these RD Gateway server settings" y escriba { $gateway } como nombre del servidor. En Windows App o en Escritorio remoto en un Mac, añada { $gateway } como puerta de enlace y elíjala para el equipo. El departamento de TI puede decirle el nombre del equipo, o darle un archivo .rdp que contenga ambos. Para comprobar los dos tramos: rdp-doctor check <nombre del equipo> --gateway { $gateway }
fix-firewall_rule =
    .title = Permitir Escritorio remoto en el firewall { $pc ->
        [this] de este equipo
       *[remote] del equipo remoto
    }
    .steps = En { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    }, asegúrese de que Escritorio remoto está activado (Configuración > Sistema > Escritorio remoto) y luego ejecute uno de estos comandos como administrador para abrir su puerto en el Firewall de Windows. Si hay un firewall de red o un router por medio, también debe permitir el puerto.
fix-renew_certificate =
    .title = Renovar el certificado de Escritorio remoto { $pc ->
        [this] de este equipo
       *[remote] del equipo remoto
    }
    .steps = En { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    }, abra PowerShell como administrador y ejecute este script. Solo quita los certificados caducados del almacén de Escritorio remoto, reinicia el servicio de Escritorio remoto para que Windows cree un certificado nuevo y muestra la huella digital del nuevo certificado. No se puede deshacer, ni hace falta: lo que quita había caducado y no se podía usar.
    .risk = Reiniciar el servicio de Escritorio remoto desconecta a todas las personas conectadas a ese equipo.
fix-rebuild_machinekeys =
    .title = Reparar la carpeta de claves que Windows necesita para crear un certificado
    .steps = Cuando Windows no puede crear ni renovar su certificado de Escritorio remoto (eventos 1057/1058 o Schannel 36870 en { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    }), lo habitual es que los permisos de su carpeta MachineKeys estén dañados. En un Símbolo del sistema de administrador en { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    }, estos comandos guardan los permisos actuales, restauran los que Windows espera y reinician el servicio de Escritorio remoto.
    .risk = Otros programas guardan claves en esta carpeta: primero se guardan los permisos para que la acción de deshacer pueda restaurarlos. Reiniciar el servicio desconecta a todas las personas de ese equipo.
fix-credssp_policy =
    .title = Permitir que este equipo se comunique con un equipo remoto sin la actualización de CredSSP de 2018
    .steps = La solución real es instalar las actualizaciones de Windows en el equipo remoto. Hasta entonces, el departamento de TI puede permitir que este equipo se conecte cambiando aquí la directiva "Corrección de oráculo de cifrado", y deshacerlo en cuanto el equipo remoto esté actualizado.
    .risk = Reduce la protección frente a un ataque conocido (CVE-2018-0886): deshágalo en cuanto el equipo remoto esté actualizado.
fix-nla_temporarily_off =
    .title = Desactivar temporalmente el inicio de sesión previo a la conexión (NLA) en el equipo remoto
    .steps = Solo mientras se resuelve el problema de inicio de sesión: con NLA desactivada, el equipo remoto muestra su propia pantalla de inicio de sesión en lugar de comprobar primero su cuenta. Vuelva a activarla después con el comando para deshacer.
    .risk = Reduce la seguridad: cualquiera que pueda llegar al equipo ve su pantalla de inicio de sesión. Deshágalo en cuanto se resuelva el problema.
fix-security_layer =
    .title = Permitir que { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    } use el cifrado TLS
    .steps = { $pc ->
        [this] Este equipo
       *[remote] El equipo remoto
    } está configurado solo con la antigua seguridad RDP estándar. Configurar su capa de seguridad como "Negociar" permite a los clientes usar TLS, y los clientes antiguos pueden seguir conectándose. Una configuración de directiva de grupo ("Require use of specific security layer") tiene prioridad sobre esto: revísela también.
fix-disable_sleep =
    .title = Mantener { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    } activo mientras está enchufado
    .steps = Escritorio remoto no puede llegar a un equipo que entra en suspensión. Una vez que alguien lo haya activado, estos comandos (ejecutados como administrador en ese equipo) impiden que entre en suspensión o hibernación mientras está conectado a la corriente.
    .risk = El equipo consume más energía. La acción de deshacer vuelve al valor predeterminado habitual de Windows, 30 minutos.
fix-enable_remote_desktop =
    .title = Activar Escritorio remoto en { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    }
    .steps = Escritorio remoto está desactivado en { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    }. En PowerShell o en un Símbolo del sistema ejecutado como administrador en ese equipo, estos comandos lo activan (igual que Configuración > Sistema > Escritorio remoto) y abren su puerto en el Firewall de Windows. La versión para el Símbolo del sistema usa los nombres en inglés de las reglas del firewall: en un Windows en otro idioma, como el español, use la de PowerShell. La acción de deshacer vuelve a desactivar Escritorio remoto y cierra el puerto.
    .risk = Cualquiera que pueda llegar a este equipo por la red puede intentar iniciar sesión en él: haga que solo se pueda llegar a él a través de la VPN o de una puerta de enlace de Escritorio remoto.
fix-start_rdp_service =
    .steps-disabled = El servicio de Escritorio remoto de { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    } está deshabilitado, así que nada responde a las conexiones. En PowerShell o en un Símbolo del sistema ejecutado como administrador en ese equipo, estos comandos permiten que vuelva a iniciarse cuando haga falta (como lo configura Windows de forma predeterminada) y lo inician ahora. Si se vuelve a detener por sí solo, el registro de eventos Sistema de ese equipo indica por qué. La acción de deshacer vuelve a detener el servicio y lo deshabilita, lo que desconecta a todas las personas conectadas a ese equipo.
    .steps-stopped = El servicio de Escritorio remoto de { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    } está detenido, así que nada responde a las conexiones. En PowerShell o en un Símbolo del sistema ejecutado como administrador en ese equipo, esto lo inicia. Si se vuelve a detener por sí solo, el registro de eventos Sistema de ese equipo indica por qué. La acción de deshacer vuelve a detener el servicio, lo que desconecta a todas las personas conectadas a ese equipo.
    .title = Iniciar el servicio de Escritorio remoto en { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    }
fix-unbind_certificate =
    .title = Hacer que { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    } deje de usar su certificado caducado
    .steps = Escritorio remoto { $pc ->
        [this] de este equipo
       *[remote] del equipo remoto
    } está configurado para usar un certificado que ha caducado (huella digital { $thumbprint }). Quitar esa configuración hace que Windows vuelva a usar su propio certificado, que los equipos que se conectan aceptan tras un aviso. Ejecute uno de estos comandos como administrador en { $pc ->
        [this] este equipo
       *[remote] el equipo remoto
    }; la versión de PowerShell comprueba primero que la configuración sigue indicando este certificado. Si una directiva de grupo vuelve a poner la configuración, hay que renovar el certificado en su origen. La acción de deshacer vuelve a poner la configuración; solo funciona mientras ese certificado siga en el equipo.
    .risk = Reiniciar el servicio de Escritorio remoto desconecta a todas las personas conectadas a ese equipo.
fix-reset_sessions =
    .which-none_listed = Restablezca cada sesión desconectada con rwinsta seguido de su número.
    .which-all = Los comandos de abajo restablecen las sesiones desconectadas encontradas durante la comprobación.
    .which-first = Los comandos de abajo restablecen las primeras { $n } sesiones desconectadas encontradas durante la comprobación; hay { $more } más, que se restablecen de la misma forma con los números que muestra qwinsta.
    .title = Liberar las sesiones de Escritorio remoto { $pc ->
        [this] de este equipo
       *[remote] del equipo remoto
    }
    .steps = { $pc ->
        [this] Este equipo
       *[remote] El equipo remoto
    } no tiene sesiones de Escritorio remoto libres: las personas que se desconectaron sin cerrar sesión todavía las ocupan. En un Símbolo del sistema ejecutado como administrador en ese equipo, qwinsta muestra las sesiones: compruebe que cada una que vaya a restablecer sigue apareciendo como "Disc" (desconectada; el texto puede variar según el idioma de Windows), ya que alguien que haya iniciado sesión después puede reutilizar un número. { $which } (logoff seguido del número es una alternativa más suave que deja que los programas se cierren). No se puede deshacer: una sesión restablecida desaparece, con todo lo que no se haya guardado en ella.
    .risk = Se pierde todo lo que no se haya guardado en esas sesiones.

## Filas, resúmenes e informes
area-input = El equipo remoto
area-dns = Encontrar el equipo (DNS)
area-network = La red de este equipo
area-reach = Llegar al puerto de Escritorio remoto
area-rdp = Seguridad de Escritorio remoto
area-tls = Cifrado y certificado
area-nla = Seguridad del inicio de sesión (NLA)
area-gateway = Puerta de enlace de Escritorio remoto
area-quality = Calidad de la conexión
area-client = Configuración de Escritorio remoto de este equipo
area-host_setting = Escritorio remoto activado
area-host_service = Servicio y puerto de Escritorio remoto
area-host_firewall = Firewall de Windows
area-host_certificate = Certificado de Escritorio remoto
area-host_power = Configuración de suspensión
area-host_sessions = Sesiones
row-input = { $host }, puerto { $port }
row-input-file = { $host }, puerto { $port } (de { $file })
row-looks-right = Parece correcto
row-network = Conectado a través de { $interface }
row-network-vpn = Conectado a través de { $interface }, VPN { $vpn } activa
row-network-no-route = No hay ruta predeterminada; solo se puede llegar a las redes locales
row-skip = No comprobado
row-skip-blocked = No comprobado, por el problema de arriba: { $title }
row-skip-out-of-time = No comprobado: la comprobación se quedó sin tiempo
row-skip-standard-security = No se usa: el equipo remoto usa la antigua seguridad RDP estándar
row-skip-no-nla = No se usa: el equipo remoto no pide iniciar sesión primero
row-skip-behind-gateway = No comprobado directamente: la conexión pasa por la puerta de enlace, que primero necesita que inicie sesión
row-skip-no-gateway = No se usa: no hay ninguna puerta de enlace de Escritorio remoto configurada para esta conexión
summary-you = { $title }. Puede solucionarlo usted mismo.
summary-it = { $title }. Su departamento de TI puede solucionarlo.
summary-all-good = Todo lo que comprobamos funciona: el equipo remoto debería aceptar su conexión.


## Los informes en texto y HTML
render-none = ninguno
render-fix = Solución: { $title } ({ $whom })
render-fix-heading = Solución: { $title }
render-fix-here = en este equipo
render-fix-there = en el equipo remoto
render-fix-admin = como administrador
render-fix-for-it = para TI
render-risk = Riesgo: { $risk }
render-undo = Deshacer:
render-org-name-help = Comprobado para { $name }; ayuda: { $help }
render-org-name = Comprobado para { $name }
render-org-help = Ayuda: { $help }
render-error-code = Código de error que vio: { $code }
render-evidence = Pruebas: { $facts }
render-took = Comprobado en { $ms } ms.
shell-powershell = PowerShell
shell-cmd = Símbolo del sistema
shell-sh = Shell
verdict-ok = Todo bien
verdict-warn = Advertencia
verdict-fail = Problema encontrado
verdict-skipped = No comprobado
severity-ok = OK
severity-info = Nota
severity-warn = Advertencia
severity-fail = Problema
severity-skipped = Omitido
# El informe HTML: el código de idioma de la página y luego sus textos (los valores llegan ya escapados).
html-title = Informe de RDP Doctor: { $target }
html-meta = { $tool } { $version } · comprobado el { $start } · tardó { $ms } ms
html-meta-code = {" "}· código de error visto: { $code }
html-checklist = Lista de comprobación
html-check = Comprobación
html-result = Resultado
html-details = Detalles
html-time = Tiempo
html-ms = { $ms } ms
html-findings = Hallazgos

## Palabras: fechas, duraciones, listas
words-date = { $day } de { $month } de { $year }
words-month = { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
        [12] diciembre
       *[other] ?
    }
words-when = { $date }, { $hour ->
        [1] a la
       *[other] a las
    } { $hour }:{ $minute } ({ $zone })
words-zone = { $name }, { $offset }
words-impossible_date = (una fecha imposible, { $unix })
words-earlier_today = hoy, hace unas horas
words-later_today = hoy, dentro de unas horas
words-tomorrow = mañana
words-yesterday = ayer
words-days_ago = hace { $n } días
words-in_days = dentro de { $n } días
words-seconds = { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }
words-minutes = { $n ->
        [one] { $n } minuto
       *[other] { $n } minutos
    }
words-hours = { $n ->
        [one] { $n } hora
       *[other] { $n } horas
    }
words-days = { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
# "a, b y c": los elementos anteriores al último, unidos por el separador.
words-list = { $init } y { $last }
words-list-separator = {", "}

## Líneas de un archivo .rdp que omitimos, y nombres que no pudimos leer
## (crates/engine/src/input.rs): fragmentos en minúscula que nunca citan un valor
skip-not_a_line = no tiene la forma nombre:tipo:valor
skip-not_a_link_part = no tiene la forma nombre=tipo:valor
skip-control_character = contiene un carácter de control, como un byte NUL
# $setting es uno de los dos siguientes.
skip-setting = "{ $name }"
skip-unknown_setting = una configuración
skip-unknown_type = { $setting } tiene un tipo distinto de s, i o b
skip-not_whole_number = { $setting } no es un número entero
skip-out_of_range = { $setting } está fuera del rango de un número de 32 bits
skip-not_hex = { $setting } no es hexadecimal
skip-odd_hex_digits = { $setting } tiene un número impar de dígitos hexadecimales
# Por qué se rechaza un archivo entero, tras los dos puntos de input-file_not_rdp.
skip-utf16_big_endian = está guardado como UTF-16 big-endian, que Escritorio remoto no lee; guárdelo como Unicode (UTF-16LE) o UTF-8
skip-binary = contiene datos binarios, no configuración de Escritorio remoto
# El nombre o la dirección de un equipo, o un puerto, que no se puede usar (TargetError del modelo).
name-empty = escriba el nombre o la dirección del equipo al que se conecta
name-invalid_host = "{ $input }" no es un nombre ni una dirección de equipo: { $reason }
name-invalid_port = "{ $port }" no es un puerto válido: un puerto es un número del 1 al 65535 (Escritorio remoto usa el 3389)
# Qué falla en el nombre: $reason de name-invalid_host y config-computer_invalid.
name-unclosed_bracket = falta el "]" que cierra el "["
name-after_bracket = tras "]" solo puede ir ":puerto"
name-not_ipv6_in_brackets = lo que va entre corchetes no es una dirección IPv6
name-several_colons = tiene varios ":"; escriba una dirección IPv6 con puerto como [dirección]:puerto
name-leading_backslashes = escriba el nombre del equipo sin las \\ iniciales
name-empty_name = el nombre está vacío
name-too_long = un nombre de equipo tiene como máximo 253 caracteres
name-character = los nombres solo pueden contener letras, dígitos, "-" y ".", no el carácter "{ $character }"
name-space_or_control = los nombres solo pueden contener letras, dígitos, "-" y ".", no un espacio ni un carácter de control
name-empty_label = tiene una parte vacía entre puntos
name-label_too_long = cada parte entre puntos tiene como máximo 63 caracteres
name-label_hyphen = una parte entre puntos no puede empezar ni terminar con "-"
name-bad_ipv4 = parece una dirección IPv4, pero no es válida
# El código de error que escribió el usuario (ErrorCodeError del modelo); la sesión pone en mayúscula la primera letra.
name-error_code = "{ $code }" no es un código de error; escríbalo como lo muestra Escritorio remoto, por ejemplo 0x904 o 0x904/0x7
## La página
# Los textos propios de la ventana de escritorio, que le entrega `page_words` (engine::page::words): cada
# mensaje se formatea con sus marcadores como `{name}` para que la página los rellene. Los mensajes de la página
# solo usan marcadores simples (sin selectores): un plural son dos mensajes.

page-app-name = RDP Doctor
page-window-title = RDP Doctor — { $who } — { $word }
page-platform-windows = Windows
page-platform-macos = macOS
page-platform-linux = Linux
page-language-label = Idioma
page-language-fixed = Su departamento de TI ha fijado el idioma de RDP Doctor.
page-language-unknown = RDP Doctor no habla el idioma «{ $tag }».
page-not-connected = Esta ventana no está conectada a RDP Doctor. Ciérrela y vuelva a iniciar RDP Doctor.
page-something-wrong = Algo ha fallado dentro de RDP Doctor.
page-run-busy = Ya hay una comprobación en curso. Espere a que termine o pulse Cancelar.
page-watch-busy = RDP Doctor está observando la conexión. Pulse primero Dejar de observar.

# Una comprobación
page-cancel = Cancelar
page-cancelling = Cancelando…
page-host-shown = Este equipo (como anfitrión de Escritorio remoto)
page-file-shown = { $name } (archivo de Escritorio remoto)
page-checking = Comprobando…
page-checking-host = Comprobando la configuración, el servicio, el firewall, el certificado, la suspensión y las sesiones de Escritorio remoto de este equipo.
page-checking-target = Comprobando la conexión con { $target }.
page-checking-connection = Comprobando la conexión.
page-checking-sub = Suele tardar unos segundos. No se cambia nada en ningún equipo.
page-starting = Iniciando…
page-results-later = Los resultados aparecerán aquí cuando termine la comprobación.
page-cancelled = Cancelada
page-cancelled-sentence = Detuvo la comprobación antes de que terminara.
page-cancelled-sub = No se cambió nada. Pulse Comprobar conexión para empezar de nuevo.
page-cancelled-findings = La comprobación se canceló, así que no hay resultados.
page-cancelled-checklist = La comprobación se canceló antes de que se ejecutara ningún paso.
page-cancelled-status = La comprobación se canceló.
page-could-not-cancel = No se pudo cancelar la comprobación: { $why }
page-bad-code = Revise el código de error
page-bad-code-sub = O elija Ninguno si no vio ningún código.
page-not-finished = La comprobación no terminó
page-not-finished-sub = Vuelva a intentarlo. Si sigue pasando, envíe una captura de pantalla de esta ventana a su departamento de TI.
page-not-finished-findings = La comprobación no terminó, así que no hay resultados.
page-not-finished-checklist = La comprobación se detuvo antes de que se ejecutara ningún paso.

# Hallazgos y soluciones
page-nothing-to-report = No hay nada que señalar.
page-more-show-works = Mostrar lo que funciona ({ $count })
page-more-hide-works = Ocultar lo que funciona
page-more-show-notes = Mostrar otras notas ({ $count })
page-more-hide-notes = Ocultar otras notas
page-more-show-both = Mostrar lo que funciona y otras notas ({ $count })
page-more-hide-both = Ocultar lo que funciona y otras notas
page-old-fix = Esta solución pertenece a una comprobación anterior. Vuelva a ejecutar la comprobación.
page-done = Hecho.
page-fix-failed = No funcionó: { $why }
page-wake-needs-mac = Escriba primero la dirección de la tarjeta de red (se la puede dar el departamento de TI).
page-sent = Enviado.

# Los botones del informe
page-copied = El informe está en el portapapeles.
page-could-not-copy = No se pudo copiar el informe: { $why }
page-could-not-save = No se pudo guardar el informe: { $why }
page-sending = Guardando el informe y abriendo su aplicación de correo…
page-sent-to-it = El informe está guardado y su aplicación de correo está abierta.
page-could-not-send = No se pudo enviar el informe: { $why }
page-could-not-open-help = No se pudo abrir la página de ayuda: { $why }
page-send-title = Guardar el informe y escribir un correo a { $email }

# Archivos
page-could-not-open-file = No se pudo abrir el archivo: { $why }
page-not-an-rdp-file = Eso no es un archivo de Escritorio remoto. Suelte un archivo cuyo nombre termine en .rdp.

# Observación
page-stop-watching = Dejar de observar
page-stopping = Deteniendo…
page-run-first = Primero ejecute una comprobación y luego observe su conexión.
page-trying = Probando la conexión una vez por segundo…
page-time-left = Quedan { $time }
page-finishing = Terminando…
page-last-try = Último intento, { $time }: { $words }.
page-watched-for = Observada durante { $time }
page-finished-watching = Observación terminada tras { $attempts }.
page-stopped = Detenida
page-stopped-watching = Observación detenida tras { $attempts }.
page-watching-stopped = La observación se detuvo: { $why }
page-could-not-stop = No se pudo detener la observación: { $why }

# La palabra junto al icono de cada estado (una fila, un hallazgo)
page-state-running = Comprobando…
page-state-ok = OK
page-state-info = Nota
page-state-warn = Advertencia
page-state-fail = Problema
page-state-skipped = Omitido
page-state-cancelled = Cancelado
page-state-stopped = Sin terminar
page-state-unknown = Desconocido
# La palabra del veredicto general, en el encabezado y en el aviso
page-verdict-none = Aún sin comprobar
page-verdict-running = Comprobando…
page-verdict-ok = Todo bien
page-verdict-warn = Advertencia
page-verdict-fail = Problema encontrado
page-verdict-cancelled = Cancelada
page-verdict-error = La comprobación no terminó

# La lista de comprobación y el aviso
page-checking-now = Comprobando ahora…
page-waiting-turn = Esperando su turno…
page-step-not-finished = Este paso no terminó.
page-took = tardó{ " " }
page-not-understood = No se entendió
page-target-from-file = { $target } (de { $file })
page-checked-target = Se comprobó { $target }.
page-checked-target-in = Se comprobó { $target } en { $took }.
page-open-a-result = Abra un resultado para ver los detalles y qué hacer.

# La configuración del departamento de TI
page-open-web-page = Abrir { $web }
page-checked-for = Comprobado para{ " " }
page-help-after-name = { " " }— ayuda:{ " " }
page-help = Ayuda:{ " " }
page-preset-file-title = Comprobar la conexión del archivo de Escritorio remoto que le dio el departamento de TI
page-preset-check = Comprobar{ " " }

# El panel de un hallazgo
page-explains-code = Explica { $code }
page-explains-your-error = Explica su error
page-who-can-fix = Quién puede solucionarlo:{ " " }
page-who-it = su departamento de TI
page-who-user = usted, en este equipo
page-how-to-fix = Cómo solucionarlo
page-how-to-fix-choose = Cómo solucionarlo (elija una opción)
page-facts-for-it = Datos para TI
page-reference = Referencia:{ " " }
page-connect-by-address = Conectarse por dirección
page-copy-command = Copiar comando
page-copy-command-for-it = Copiar comando para TI
page-run-on = Ejecutar en:{ " " }
page-run-on-here = este equipo
page-run-on-here-admin = este equipo, como administrador
page-run-on-remote = el equipo remoto
page-run-on-remote-admin = el equipo remoto, como administrador
page-be-aware = Tenga en cuenta:{ " " }
page-wake-mac-label = La dirección de la tarjeta de red del equipo (MAC), si la conoce
page-wake-mac-placeholder = p. ej., 00-1A-2B-3C-4D-5E
page-wake-pc = Activar el equipo
page-command-option = { $shell } (opción { $n })
page-undo-later = Para deshacerlo más adelante
page-shell-powershell = PowerShell
page-shell-cmd = Símbolo del sistema
page-shell-sh = Terminal
page-command = Comando
page-yes = Sí
page-no = No
page-time-ms = Tiempo (ms)
# Cómo se escriben las palabras de las claves de las pruebas ("rtt" → "Ida y vuelta")
page-key-ip = IP
page-key-ips = IP
page-key-dns = DNS
page-key-tcp = TCP
page-key-tls = TLS
page-key-rdp = RDP
page-key-nla = NLA
page-key-os = SO
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
page-key-rtt = Ida y vuelta

# Tiempos y el gráfico de la observación
page-ms = { $n } ms
page-less-than-1-ms = <1 ms
page-seconds = { $n } s
page-minutes = { $m } min
page-minutes-seconds = { $m } min { $s } s
page-attempt-one = { $n } intento
page-attempts = { $n } intentos
page-attempts-failed = { $attempts }, fallidos: { $failed }
page-at-seconds = a los { $n } s
page-sample-failed = falló: { $why }
page-no-answer = sin respuesta
page-connected-in = conectado en { $time }
page-answered-in = { $connected }; Escritorio remoto respondió en { $time }
page-try-label = Intento { $n }, { $time }: { $words }
page-no-tries = Tiempo de conexión de cada intento: aún no hay intentos.
page-for-one-try = Tiempo de conexión del único intento
page-for-tries = Tiempo de conexión de cada uno de los { $n } intentos
page-worked-each = { $n } funcionaron, cada uno en { $time }
page-worked-range = { $n } funcionaron, entre { $fastest } y { $slowest }
page-none-failed = ninguno falló
page-failed-at = { $time }: { $why }
page-and-more = ; y { $n } más
page-failed-list = { $n } fallaron ({ $list }{ $more })

# El texto fijo de la ventana (index.html, atributos data-msg)
page-html-computer = Equipo
page-html-checked-on = Comprobado el
page-html-error-code = Código de error
page-html-config-lead = Configuración de su departamento de TI:
page-html-target-label = ¿A qué equipo se conecta?
page-html-target-placeholder = pc.company.com o 10.0.0.5
page-html-code-label = Código de error que vio
page-html-optional = (opcional)
page-html-code-none = Ninguno
page-html-code-904-7 = 0x904, código extendido 0x7
page-html-code-other = Otro…
page-html-code-other-placeholder = p. ej., 0x508 o 2308, o pegue el mensaje de error completo
page-html-code-other-label = Otro código de error, tal como lo mostró Escritorio remoto
page-html-check-connection = Comprobar conexión
page-html-open-file = Abrir archivo .rdp…
page-html-check-host = Comprobar este equipo como anfitrión de Escritorio remoto
page-html-check-host-title = Ejecútelo en el equipo al que se conectan otras personas
page-html-presets-label = Configurado por su departamento de TI:
page-html-intro-heading = Averigüe por qué Escritorio remoto no se conecta
page-html-intro-before = Escriba el nombre o la dirección del equipo al que se conecta y pulse
page-html-intro-after = . RDP Doctor prueba cada paso de una conexión de Escritorio remoto y luego le explica con palabras sencillas qué funciona, qué no y quién puede solucionarlo. Tarda unos segundos.
page-html-intro-privacy = Nunca le pide la contraseña y solo se comunica con el equipo que usted indique.
page-html-intro-hint = ¿El departamento de TI le dio un archivo de Escritorio remoto (.rdp)? Ábralo con el botón de arriba o arrástrelo a esta ventana. En el campo también puede pegar un enlace rdp:// o una línea de comandos de FreeRDP (/v:pc /g:gateway).
page-html-result = Resultado
page-html-copy-report = Copiar informe
page-html-save-report = Guardar informe…
page-html-send-to-it = Enviar a TI
page-html-checks-heading = Qué comprobamos
page-html-findings-heading = Qué encontramos
page-html-show-what-works = Mostrar lo que funciona
page-html-watch-heading = Observar la conexión
page-html-watch-for = Observar durante
page-html-watch-30 = 30 segundos
page-html-watch-60 = 1 minuto
page-html-watch-300 = 5 minutos
page-html-start-watching = Empezar a observar
page-html-no-attempts = 0 intentos, fallidos: 0
page-html-time-to-connect = Tiempo de conexión
page-html-try-failed = Intento fallido
page-html-open = Abrir
page-html-drop-title = Suelte el archivo .rdp para comprobarlo
page-html-drop-sub = RDP Doctor lee la dirección del equipo en el archivo.

## Códigos de error que muestra la aplicación de Escritorio remoto: qué significan

code-with-extended = { $base } { $extended }
code-named = Microsoft lo llama { $name }; no hay una explicación sencilla publicada.
code-no-meaning = El código 0x{ $code } no tiene un significado publicado.
code-extended-unknown = El código extendido 0x{ $code } no está en nuestra lista.
code-list-disconnect = de motivos de desconexión de la aplicación de Escritorio remoto
code-list-extended = de motivos de desconexión extendidos de la aplicación de Escritorio remoto
code-list-errinfo = de información de error que envían los servidores de Escritorio remoto (los códigos ERRINFO de FreeRDP)
code-list-errconnect = de errores de conexión de FreeRDP (códigos ERRCONNECT)
code-list-windows_app = de códigos de error de Windows App y Azure Virtual Desktop
code-name = Microsoft lo llama { $name }, en la lista { $list }.
code-in-list = Está en la lista { $list }; no se ha publicado ningún nombre para él.
code-read-dialog = Leído del texto del mensaje de error.
code-read-name = Leído del nombre de FreeRDP { $name }.
code-read-freerdp = Leído como el número de error de FreeRDP 0x{ $number }, es decir, el código 0x{ $code }.
code-read-hex = Leído en hexadecimal, 0x{ $hex }: las mismas cifras en decimal no son un código de Escritorio remoto.
code-read-decimal = Leído en decimal, { $digits }, que es 0x{ $hex } en hexadecimal.
code-other-reading = También podría ser el código 0x{ $code } de la lista { $list }: { $meaning }
code-who-host_owner = Puede solucionarlo quien administre el equipo remoto.
code-who-unknown = Pregunte a su departamento de TI o a quien administre el equipo remoto.
code-account =
    .title = Este error tiene que ver con su cuenta, no con la red
    .detail = { $meaning } Ninguna comprobación desde este equipo puede ver las cuentas, así que puede que todas las comprobaciones de abajo salgan bien. { $who }
code-licensing =
    .title = Este error tiene que ver con las licencias de Escritorio remoto, no con la red
    .detail = { $meaning } Las licencias las reparten el equipo remoto y su servidor de licencias, que ninguna comprobación desde este equipo puede ver. { $who }

## La sesión de la aplicación: errores, confirmaciones y títulos de diálogos (crates/engine)

# Sobre qué se hace una comprobación en modo anfitrión, tal como lo muestra el encabezado de la ventana.
session-this_pc = Este equipo
session-unknown_preset = Esa comprobación no está en la lista del departamento de TI.
session-nothing_to_check = indique el equipo que quiere comprobar, por ejemplo: rdp-doctor check pc.example.com
session-cancelled = La comprobación se canceló.
session-watch_stopped = Se detuvo la observación.
session-no_report = Primero ejecute una comprobación.
session-no_target_to_watch = No hay nada que observar: la última comprobación no pudo entender el nombre del equipo.
session-no_answer_to_watch = No hay nada que observar: el puerto del equipo remoto no respondió.
session-unknown_fix = Esa solución no forma parte del informe actual.
session-wake_not_offered = Activar el equipo no forma parte del informe actual
session-no_support_email = El archivo de configuración del departamento de TI no indica ninguna dirección de correo a la que enviar el informe.
session-no_support_page = El archivo de configuración del departamento de TI no indica ninguna página web.
session-report_copied = El informe está en el portapapeles: péguelo en su solicitud de soporte.
# Los diálogos de archivo: sus títulos y el nombre del tipo de archivo que muestran.
session-pick_rdp_file =
    .title = Abrir el archivo de Escritorio remoto de su departamento de TI
    .filter = Archivo de Escritorio remoto
session-save_report =
    .title = Guardar el informe para su departamento de TI
    .filter = Página web
session-clipboard_failed = No se pudo usar el portapapeles: { $why }
session-store_failed = No se pudo abrir la tienda de aplicaciones: { $why }
session-could_not_start = No se pudo iniciar { $program }: { $why }
session-too_slow = { $program } no terminó a tiempo.
# Falló el programa de una solución: la primera línea que escribió como error o, si no, su código de salida.
session-program_said = { $program } dijo: { $line }
session-program_failed = { $program } falló ({ $status }).
session-rdp_file_unwritten = No se pudo escribir el archivo de conexión: { $why }
session-rdp_file_unopened = Ninguna aplicación de Escritorio remoto abrió el archivo de conexión: { $why }
session-save_failed = No se pudo guardar el informe: { $why }
session-saved_both = Se guardaron { $html } y { $json }.
# La primera mitad de la respuesta de "Enviar a TI"; $files abajo es esta frase.
session-sent_files = El informe se guardó como { $html } (y { $json })
session-mail_opened = { $files }. Su aplicación de correo abre un mensaje para { $email }: adjunte ese archivo y envíelo.
session-no_mail_app = { $files }, pero no se abrió ninguna aplicación de correo ({ $why }): envíe usted mismo ese archivo a { $email }.
session-page_failed = No se pudo abrir { $web }: { $why }
session-page_opened = Se abrió { $web } en su navegador web.

## Lo que ofrece la ventana junto a un informe (crates/engine/src/offers.rs)

# La introducción de la tarjeta de observación, una vez que respondió el puerto del equipo remoto.
watch-offer = ¿Funciona y luego se corta? RDP Doctor puede probar la conexión una vez por segundo y mostrar cada intento.
# La confirmación antes de una solución que ejecuta la aplicación: el título y el texto del diálogo, el botón
# para continuar y la línea de estado cuando el usuario cancela.
confirm-launch =
    .title = ¿Iniciar Escritorio remoto?
    .body = RDP Doctor inicia Escritorio remoto en este equipo y se conecta a { $address }. Allí inicie sesión como siempre.
    .body_no_address = RDP Doctor inicia Escritorio remoto en este equipo. Allí inicie sesión como siempre.
    .ok = Abrir
    .declined = No se abrió nada.
# $fix es el título de la solución, $steps sus pasos.
confirm-run =
    .title = ¿{ $fix }?
    .body = { $steps } RDP Doctor ejecuta esto ahora en este equipo.
    .ok = Ejecutar
    .declined = No se ejecutó nada.
confirm-store =
    .title = ¿Abrir su tienda de aplicaciones?
    .body = { $fix }: RDP Doctor abre su página en la tienda de aplicaciones de este equipo. No se instala nada a menos que usted lo decida.
    .ok = Abrir
    .declined = No se abrió nada.

## Valores rechazados antes de entrar en un comando (crates/diagnose/src/shell.rs)

value-host_empty = El nombre del equipo está vacío.
# $char es una de las descripciones de value-char.
value-host_char = El nombre de un equipo solo puede contener letras de la a a la z, dígitos, '-' y '.', y este contiene { $char }.
value-host_too_long = El nombre de un equipo tiene como máximo 253 caracteres, y este tiene { $length }.
value-host_dots = El nombre de un equipo no puede empezar ni terminar con '.', ni tener dos puntos seguidos.
value-host_label_too_long = Cada parte del nombre de un equipo entre puntos tiene como máximo 63 caracteres.
value-host_label_dash = Ninguna parte del nombre de un equipo entre puntos puede empezar ni terminar con '-'.
value-host_like_ip = "{ $text }" parece una dirección IP, pero no es una completa y válida.
value-thumbprint_mark = La huella digital empieza con un carácter invisible (una marca de izquierda a derecha) que añade la ventana de certificados de Windows al copiar de ella: borre el primer carácter y vuelva a intentarlo.
value-thumbprint_char = La huella digital de un certificado solo contiene los dígitos 0-9 y las letras A-F, y esta contiene { $char }.
value-thumbprint_length = La huella digital de un certificado tiene 40 dígitos y letras, y esta tiene { $digits }.
value-mac_shape = La dirección de una tarjeta de red (MAC) tiene la forma AA-BB-CC-DD-EE-FF o AA:BB:CC:DD:EE:FF: seis pares de dígitos 0-9 y letras A-F.
# $shape es value-mac_shape.
value-mac_char = { $shape } Esta contiene { $char }.
value-mac_not_one_card = Esa no es la dirección de una sola tarjeta de red (está vacía o es de difusión o multidifusión).
value-session_zero = La sesión 0 es donde se ejecutan los propios servicios de Windows, no una sesión de usuario.
value-session_listener = { $id } no es una sesión de usuario (los ids a partir de 65536 son los agentes de escucha de Escritorio remoto).
value-session_not_number = Un id de sesión es un número, como 2, y esto es "{ $text }".
value-session_too_large = Ese id de sesión es demasiado grande.
# Un carácter descrito para que una persona pueda encontrarlo, aunque sea invisible o se parezca a otro; $code
# es su número Unicode (U+0430).
value-char =
    .space = un espacio
    .tab = una tabulación
    .line_break = un salto de línea ({ $code })
    .invisible = un carácter invisible ({ $code })
    .control = un carácter de control ({ $code })
    .plain = '{ $char }'
    .look_alike = '{ $char }' ({ $code }), que no es una letra normal: puede parecerlo, pero es un carácter distinto

## Las frases propias de la línea de comandos (crates/cli); la ayuda de clap no está aquí

# La primera línea de lo que dijo clap sobre los argumentos, o cli-invalid_arguments.
cli-help =
    .about = Averiguar por qué falla una conexión de Escritorio remoto
    .usage = Uso:
    .commands = Comandos
    .command = COMANDO
    .options = Opciones
    .arguments = Argumentos
    .help = Mostrar esta ayuda
    .version = Mostrar la versión
    .config = El archivo de configuración de TI (predeterminado: rdp-doctor.toml junto a este programa; si no, el del usuario)
    .lang = El idioma: en, de, es o fr (predeterminado: el de la configuración de TI; si no, el de este equipo)
    .check = Comprobar la conexión con un equipo remoto: nombre, nombre:puerto, [IPv6]:puerto, una IP, un enlace rdp:// pegado o una línea de comandos de FreeRDP/mstsc (/v:pc /g:gw), o --rdp-file
    .host = Comprobar este equipo como host de Escritorio remoto (Windows): activado, servicio, firewall, certificado, suspensión, sesiones
    .config_command = Mostrar qué archivo de configuración usa RDP Doctor y qué dice (para TI: comprobar un archivo antes de repartirlo); código de salida 3 si está dañado
    .wake = Despertar un equipo suspendido con un paquete Wake-on-LAN a la dirección de su tarjeta de red (MAC)
    .target = El equipo al que se conecta, tal como lo escribe en Escritorio remoto, o un enlace rdp:// pegado o una línea de comandos de FreeRDP/mstsc: /v:pc:3389 /g:puerta (entre comillas si tiene opciones que empiezan por "-" o "+"). Predeterminado: el primer equipo, o el archivo .rdp, de la configuración de TI
    .rdp_file = Tomar el equipo (y su puerta de enlace) de un archivo .rdp
    .gateway = La puerta de enlace de Escritorio remoto por la que pasa la conexión, nombre[:puerto] (puerto 443 de forma predeterminada)
    .error = El código de error que mostró Escritorio remoto, tal cual (0x904, 2308, 0x904/0x7, el texto del cuadro de diálogo, nombres ERRINFO_… o ERRCONNECT_…): los hallazgos que lo explican van primero
    .timeout = Tiempo máximo para toda la comprobación, en segundos (predeterminado: el del archivo de configuración; si no, 10)
    .watch = Tras la comprobación, vigilar la conexión durante este tiempo (p. ej., 60s, 5m): un intento por segundo, con el recuento de fallos en directo, para conexiones que fallan de vez en cuando
    .json = Mostrar el informe en JSON
    .no_color = No colorear nunca la salida
    .facts_from = Evaluar salidas de comandos grabadas en otro equipo (con --record) en lugar de las de este equipo
    .record = Guardar en esta carpeta las salidas de los comandos que ejecuta el modo host, para evaluarlas en otro lugar
    .mac = La dirección de la tarjeta de red, p. ej., 00:1A:2B:3C:4D:5E
    .near = La dirección IP del equipo, para enviar en la red en la que está
cli-bad_arguments = { $problem }. Ejecute rdp-doctor --help para ver cómo usarlo.
cli-problem =
    .unknown_option = { $option } no es una opción aquí
    .unknown_command = "{ $command }" no es un comando
    .conflict = { $option } no se puede usar junto con { $other }
    .missing = { $option } es necesario
    .value = { $option } necesita un valor
cli-unknown_language = RDP Doctor no habla "{ $language }"; habla { $languages }.
cli-invalid_arguments = argumentos no válidos
# `rdp-doctor config`: $places es una ruta con sangría por línea.
cli-config-none =
    No hay archivo de configuración: RDP Doctor funciona con sus valores predeterminados. Lo busca aquí:
    { $places }
# $how es uno de los tres siguientes.
cli-config-file = Archivo de configuración: { $path } ({ $how })
cli-config-given = indicado con --config
cli-config-beside_program = junto al programa
cli-config-this_user = el de este usuario
cli-config-organisation = Organización: { $name }
cli-config-support = Soporte: { $parts }
# $what es el nombre del equipo, cli-config-through_gateway o cli-config-rdp_file.
cli-config-to_check = Para comprobar: { $what }
cli-config-to_check_first = Para comprobar: { $what } (se comprueba de forma predeterminada)
cli-config-through_gateway = { $pc } a través de la puerta de enlace { $gateway }
cli-config-rdp_file = el archivo .rdp { $path }
cli-config-gateway = Puerta de enlace para todos los equipos: { $gateway }
cli-config-language = Idioma: { $language } (fijado por este archivo)
cli-config-timeout = Tiempo máximo: { $seconds } s
cli-config-fixes_hidden = Soluciones ocultas: { $fixes }
cli-config-admin_fixes_hidden = Soluciones que requieren derechos de administrador: ocultas
# `rdp-doctor host --record DIR`.
cli-recorded = Se guardó la salida de { $n } comandos en { $dir }.
cli-record_failed = no se pudo guardar en { $dir }: { $why }
cli-not_a_folder = { $dir } no es una carpeta
cli-near_not_ipv4 = --near requiere la dirección IPv4 del equipo, por ejemplo 192.168.1.50
# La línea de progreso en un terminal mientras se ejecuta una comprobación: $row es el nombre de la fila.
cli-checking = comprobando: { $row }…
# La línea de progreso durante la observación; $last es uno de los tres siguientes.
cli-watching = observando: { $attempts } intentos, { $failed } fallidos, último: { $last }
cli-watching-failed = falló: { $why }
cli-watching-ms = { $ms } ms
cli-watching-no_answer = sin respuesta
cli-nothing_to_watch = No hay nada que observar: el puerto del equipo remoto no respondió.
cli-could_not_start = rdp-doctor no pudo iniciarse: { $why }
cli-json_failed = no se pudo escribir el informe como JSON: { $why }

## Lo que indicó el usuario y no se puede comprobar (crates/engine/src/input.rs): fragmentos
## en minúscula; el motor pone en mayúscula la primera letra y añade el punto final

# De dónde vino la configuración: $what en las frases siguientes, y cómo se llama cada parte numerada
# ($unit).
input-origin =
    .file = el archivo
    .link = el enlace rdp://
    .line = línea
    .part = parte
input-file_unopened = no se puede abrir el archivo { $file }: { $why }
input-file_unread = no se puede leer el archivo { $file }: { $why }
input-file_too_large = el archivo { $file } ocupa más de 1 MB, demasiado para ser un archivo de Escritorio remoto (ocupan unos pocos KB)
input-file_not_rdp = el archivo { $file } no es un archivo de Escritorio remoto: { $why }
input-address_empty = { $what } no indica ningún equipo: su 'full address' está vacía
input-address_not_text = { $what } no indica ningún equipo: su 'full address' en la { $unit } { $line } no es texto (tipo s)
# $why es uno de los tres siguientes.
input-names_no_computer = { $what } no indica ningún equipo: { $why }
input-address_unreadable = no se puede leer su 'full address' en la { $unit } { $line } ({ $reason })
input-no_address_line = no tiene ninguna línea 'full address'
input-no_address = no tiene 'full address'
input-address_unusable = la 'full address' de { $what } no se puede usar: { $why }
# Configuraciones omitidas, enumeradas como input-skipped_line en las pruebas del informe.
input-server_port_range = "server port" { $port } no es un puerto del 1 al 65535, así que se usa el { $used }
input-server_port_type = "server port" no es un número (tipo i)
input-gateway_skipped = "gatewayhostname" no se puede usar ({ $why }), así que no se comprueba ninguna puerta de enlace
input-skipped_line = { $unit } { $line }: { $reason }
input-command_line_problem = en la línea de comandos, { $problem }
input-option-needs_value = /{ $option }: necesita un valor tras los dos puntos
input-option-needs_gateway = /{ $option }: necesita a continuación el nombre de la puerta de enlace
input-option-usage_method = /{ $option } admite direct o detect
input-command_line_rdp_file = la línea de comandos indica un archivo .rdp, no un equipo: abra el propio archivo en RDP Doctor
input-command_line_no_computer = la línea de comandos no indica ningún equipo: añada /v: con su nombre, por ejemplo /v:pc.example.com
input-gateway = la puerta de enlace { $why }
input-timeout = "{ $text }" no es un tiempo máximo válido: indique un número de segundos del 1 al 300
input-watch = "{ $text }" no es una duración de observación válida: indique segundos o minutos, por ejemplo 60s o 5m

## El correo que abre "Enviar a TI" (crates/engine/src/send.rs)

# $about es el equipo comprobado (o mail-this_pc), $verdict la palabra del veredicto del informe.
mail-subject = Informe de RDP Doctor: { $about } — { $verdict }
mail-this_pc = este equipo como anfitrión de Escritorio remoto
# Se coloca donde un informe demasiado largo se recortó para caber en el enlace de correo.
mail-shortened = […recortado: el informe guardado lo contiene todo]
mail-ending =
    El informe completo está guardado en este equipo como:
    { $file }
    (Adjunte ese archivo a este correo antes de enviarlo).
mail-folder_full = { $dir } ya contiene 100 informes llamados { $stem }

## El archivo de configuración del departamento de TI y lo que falla en él (crates/engine/src/config): los fragmentos $what
## van en minúscula y nombran la configuración

# Dónde y qué: $file es la ruta del archivo de configuración.
config-problem = { $file }: { $what }.
config-problem_on_line = { $file }, línea { $line }: { $what }.
# Qué hace RDP Doctor al respecto; $fact es config-problem sin su punto final.
config-runs_on_defaults = { $fact }; RDP Doctor funciona con sus valores predeterminados.
config-uses_system_language = { $fact }, así que RDP Doctor usa el idioma de este equipo.
config-no_such_file = el archivo no existe
config-unopened = no se puede abrir ({ $why })
config-unread = no se puede leer ({ $why })
config-not_text = el archivo no es texto sin formato: guárdelo como UTF-8 en su editor
config-too_large = el archivo ocupa más de { $kb } KB, demasiado para ser la configuración de RDP Doctor
# Lo que debe contener cada configuración, tras su nombre ($expected abajo).
config-expected =
    .organisation = debe ser el nombre de la organización entre comillas, por ejemplo organisation = "Contoso Ltd"
    .language = debe ser "auto" o un idioma que RDP Doctor hable: { $languages }
    .support = debe ser una sección: una línea [support] con el nombre, email, phone y web del contacto debajo
    .check = debe ser una sección: una línea [check] con pcs, gateway, rdp_file y timeout debajo
    .fixes = debe ser una sección: una línea [fixes] con hide y hide_admin debajo
    .name = debe ser el nombre del equipo de soporte entre comillas, por ejemplo name = "Servicio de asistencia de TI"
    .email = debe ser una dirección de correo entre comillas, por ejemplo email = "servicedesk@example.com"
    .phone = debe ser un número de teléfono entre comillas, por ejemplo phone = "+1 555 0100"
    .web = debe ser una dirección web que empiece por https:// o http://, entre comillas
    .pcs = debe ser una lista de nombres de equipo entre comillas, por ejemplo pcs = ["pc042.corp.example"]
    .gateway = debe ser el nombre de la puerta de enlace de Escritorio remoto entre comillas, por ejemplo gateway = "rdgw.corp.example"
    .rdp_file = debe indicar un archivo .rdp entre comillas, por ejemplo rdp_file = "office.rdp"
    .timeout = debe ser un número de segundos del 1 al 300
    .hide = debe ser una lista de ids de soluciones entre comillas, por ejemplo hide = ["fix.nla_temporarily_off"]
    .hide_admin = debe ser true o false
    .unknown = no es una configuración que RDP Doctor conozca
config-wrong = "{ $key }" { $expected }
# TOML que no se puede analizar; $said son las palabras del propio analizador de TOML.
config-section_twice = la sección [{ $key }] aparece dos veces: deje solo una
config-set_twice = "{ $key }" está configurado dos veces: deje solo uno
config-section_not_toml = la línea de sección [{ $key }] no es TOML válido ({ $said })
config-wrong_toml = "{ $key }" { $expected } (TOML dice: { $said })
config-line_not_toml = la línea de "{ $key }" no es TOML válido ({ $said })
config-not_toml = esta línea no es TOML válido ({ $said })
# Una configuración donde no corresponde.
config-belongs_in = "{ $key }" va en la sección [{ $section }], debajo de una línea [{ $section }]
config-before_sections = "{ $key }" debe ir antes de la primera línea [sección]: aquí TOML lo lee como parte de [{ $section }]
# $place está vacío al principio del archivo; si no, es config-in_section.
config-in_section = {" "}en [{ $section }]
config-unknown_near = "{ $key }" no es una configuración que RDP Doctor conozca{ $place } (¿quería decir "{ $near }"?)
config-unknown = "{ $key }" no es una configuración que RDP Doctor conozca{ $place }; las configuraciones posibles ahí son { $settings }
config-one_line = "{ $key }" debe caber en una sola línea
config-too_long = "{ $key }" tiene más de { $max } caracteres
config-language = "language" es "{ $language }", un idioma que RDP Doctor no habla (habla { $languages })
config-too_many_pcs = "pcs" enumera más de { $max } equipos
# Un nombre de equipo que no se puede usar; $verb es "is" (gateway) o "lists" (pcs).
config-computer_empty = "{ $key }" { $verb ->
        [lists] incluye
       *[is] es
    } un nombre de equipo vacío
config-computer_invalid = "{ $key }" { $verb ->
        [lists] incluye
       *[is] es
    } "{ $input }", que no es un nombre ni una dirección de equipo ({ $reason })
config-computer_port = "{ $key }" { $verb ->
        [lists] incluye
       *[is] tiene
    } el puerto "{ $port }", que no es un número del 1 al 65535
config-unknown_fix_near = "hide" incluye "{ $fix }", que no es una de las soluciones de RDP Doctor (¿quería decir "{ $near }"?)
config-unknown_fix = "hide" incluye "{ $fix }", que no es una de las soluciones de RDP Doctor; el archivo de configuración de ejemplo las enumera todas

## Activar el equipo (crates/engine/src/lib.rs)

# $to es la dirección de difusión a la que fue el paquete, $interface la tarjeta de red de este equipo.
wake-sent = Se envió un paquete de activación a { $to }. Dele un minuto al equipo para que arranque y vuelva a comprobarlo.
wake-sent_through = Se envió un paquete de activación a { $to } a través de { $interface }. Dele un minuto al equipo para que arranque y vuelva a comprobarlo.
# Por qué no se envió ningún paquete; $reason son las palabras del propio sistema.
wake-bad_mac = "{ $shown }" no es una dirección de tarjeta de red (MAC): tiene la forma AA:BB:CC:DD:EE:FF
wake-not_one_card = esa no es la dirección de una sola tarjeta de red (está vacía o es de difusión o multidifusión)
wake-no_socket = no se pudo abrir un socket de red: { $reason }
wake-no_broadcast = este equipo no permite difusiones: { $reason }
wake-not_sent = no se pudo enviar el paquete de activación a { $to }: { $reason }

## Códigos de error: qué significa cada uno, en palabras sencillas (data/error_codes.toml)

errcode-disconnect-0 = La conexión terminó y la aplicación de Escritorio remoto no recibió ningún motivo.
errcode-disconnect-1 = Usted, o un programa de este equipo, cerró la conexión; no es un error. Puede volver a conectarse cuando quiera.
errcode-disconnect-2 = Alguien en el lado del equipo remoto desconectó la sesión; no es un error. Puede volver a conectarse.
errcode-disconnect-3 = El equipo remoto cerró la conexión a propósito; esto, por sí solo, no es un fallo.
errcode-disconnect-104 = No se encontró el nombre del equipo remoto en la red. Revise cómo está escrito el nombre y si antes tiene que conectarse a la red de la empresa (VPN).
errcode-disconnect-106 = La aplicación de Escritorio remoto de este equipo se quedó sin memoria. Puede ayudar cerrar otros programas o reiniciar este equipo.
errcode-disconnect-108 = El equipo remoto no respondió a tiempo, así que se abandonó el intento de conexión.
errcode-disconnect-204 = Este equipo no pudo llegar al equipo remoto: puede que esté apagado o en suspensión, que no se pueda acceder a él desde aquí o que lo bloquee un firewall.
errcode-disconnect-206 = La aplicación de Escritorio remoto de este equipo se quedó sin memoria. Puede ayudar cerrar otros programas o reiniciar este equipo.
errcode-disconnect-208 = No se encontró el equipo remoto en la red. Revise cómo está escrito su nombre y si antes tiene que conectarse a la red de la empresa (VPN).
errcode-disconnect-304 = No se pudieron enviar datos al equipo remoto, normalmente porque se cortó la conexión de red.
errcode-disconnect-306 = La aplicación de Escritorio remoto de este equipo se quedó sin memoria. Puede ayudar cerrar otros programas o reiniciar este equipo.
errcode-disconnect-308 = La dirección que escribió no es una dirección de red válida. Revísela y vuelva a escribirla.
errcode-disconnect-404 = No se pudieron recibir datos del equipo remoto, normalmente porque se cortó la conexión de red.
errcode-disconnect-406 = La información de seguridad intercambiada con el equipo remoto no era válida, así que no se pudo establecer una conexión segura.
errcode-disconnect-408 = La aplicación de Escritorio remoto de este equipo sufrió un error interno.
errcode-disconnect-506 = El método de cifrado solicitado no es válido, así que no se pudo proteger la conexión.
errcode-disconnect-508 = No se encontró el nombre del equipo remoto en la red. Revise cómo está escrito el nombre y si antes tiene que conectarse a la red de la empresa (VPN).
errcode-disconnect-604 = Falló la búsqueda del nombre del equipo remoto en la red. Revise cómo está escrito el nombre y si antes tiene que conectarse a la red de la empresa (VPN).
errcode-disconnect-606 = El equipo remoto envió información de seguridad que no es válida.
errcode-disconnect-608 = Falló un temporizador interno de la aplicación de Escritorio remoto de este equipo.
errcode-disconnect-704 = Algo tardó demasiado durante la conexión, así que la aplicación de Escritorio remoto dejó de intentarlo.
errcode-disconnect-706 = No se pudo leer el certificado de seguridad del equipo remoto, que es lo que demuestra qué equipo es.
errcode-disconnect-804 = La dirección indicada para el equipo remoto es incorrecta. Revísela y vuelva a escribirla.
errcode-disconnect-807 = No se pudo iniciar sesión: puede que el nombre de usuario o la contraseña sean incorrectos. Vuelva a escribirlos con cuidado.
errcode-disconnect-808 = El equipo remoto no pudo obtener una licencia de Escritorio remoto para esta conexión. El departamento de TI tiene que solucionar el problema de licencias.
errcode-disconnect-904 = Se cerró la conexión; a menudo la cierra el propio equipo remoto o algo en la red entre los dos equipos.
errcode-disconnect-906 = Se produjo un error de seguridad interno durante la conexión.
errcode-disconnect-908 = Obtener una licencia de Escritorio remoto tardó demasiado, así que se abandonó la conexión. El departamento de TI tiene que revisar el servidor de licencias de Escritorio remoto.
errcode-disconnect-a06 = Se produjo un error de seguridad interno durante la conexión.
errcode-disconnect-a07 = No existe ninguna cuenta con el nombre de usuario que escribió. Revise el nombre de usuario y vuelva a escribirlo.
errcode-disconnect-b06 = No se pudieron cifrar los datos de la conexión.
errcode-disconnect-b07 = Su cuenta de usuario está deshabilitada. El departamento de TI tiene que volver a habilitarla.
errcode-disconnect-c06 = No se pudieron descifrar los datos recibidos del equipo remoto.
errcode-disconnect-c07 = Una restricción de su cuenta de usuario impide este inicio de sesión. El departamento de TI puede decirle cuál es.
errcode-disconnect-c08 = La aplicación de Escritorio remoto no pudo descomprimir los datos comprimidos que envió el equipo remoto.
errcode-disconnect-d07 = Su cuenta de usuario está bloqueada, normalmente por haber escrito mal la contraseña demasiadas veces. El departamento de TI tiene que desbloquearla.
errcode-disconnect-e07 = Su cuenta de usuario ha caducado. El departamento de TI tiene que ampliar su validez.
errcode-disconnect-f07 = Su contraseña ha caducado y tiene que cambiarla antes de poder conectarse. El departamento de TI puede decirle cómo cambiarla.
errcode-disconnect-1207 = Tiene que cambiar la contraseña antes de que esta cuenta pueda iniciar sesión por primera vez. El departamento de TI puede decirle cómo cambiarla.
errcode-disconnect-1607 = Una directiva de seguridad no permite enviar sus datos de inicio de sesión a este equipo remoto. El departamento de TI tiene que cambiar la directiva.
errcode-disconnect-1707 = No se enviaron sus datos de inicio de sesión porque no se pudo comprobar bien la identidad del equipo remoto (solo había disponible un método de inicio de sesión antiguo). El departamento de TI tiene que cambiar la directiva o la configuración del equipo remoto.
errcode-disconnect-1807 = No se pudo contactar con el servidor que comprueba el inicio de sesión de la empresa; puede que el nombre de dominio sea incorrecto o que ese servidor no esté accesible.
errcode-disconnect-1b07 = El certificado de seguridad recibido ha caducado.
errcode-disconnect-1c07 = El PIN de la tarjeta inteligente que escribió es incorrecto. Vuelva a escribirlo con cuidado.
errcode-disconnect-2107 = El equipo remoto no acepta datos de inicio de sesión guardados. Vuelva a escribir su nombre de usuario y contraseña.
errcode-disconnect-2207 = Su tarjeta inteligente está bloqueada. El departamento de TI tiene que desbloquearla o sustituirla.
errcode-extended-0 = No hay más información sobre por qué terminó la conexión.
errcode-extended-1 = Un programa, por ejemplo una herramienta de administrador, desconectó la sesión.
errcode-extended-2 = Un programa, por ejemplo una herramienta de administrador, cerró su sesión.
errcode-extended-3 = La sesión estuvo inactiva más tiempo del que permite el equipo remoto, así que se desconectó. Puede volver a conectarse para seguir donde lo dejó.
errcode-extended-4 = La sesión llegó al límite de tiempo del equipo remoto, así que se desconectó. Este límite lo establece el departamento de TI.
errcode-extended-5 = Otra persona se conectó a la misma sesión y eso cerró esta conexión.
errcode-extended-6 = El equipo remoto se quedó sin memoria.
errcode-extended-7 = El equipo remoto rechazó la conexión.
errcode-extended-8 = El equipo remoto rechazó la conexión por motivos de seguridad (su configuración de seguridad FIPS). El departamento de TI tiene que cambiar la configuración de seguridad.
errcode-extended-9 = Su cuenta no tiene permiso para conectarse al equipo remoto. El departamento de TI tiene que darle acceso.
errcode-extended-a = El equipo remoto quiere que vuelva a escribir su nombre de usuario y contraseña en lugar de usar los guardados. Escríbalos y vuelva a conectarse.
errcode-extended-b = Algo que se hizo dentro de su propia sesión en el equipo remoto la desconectó.
errcode-extended-c = Usted cerró la sesión; no es un error. Puede volver a conectarse para empezar una sesión nueva.
errcode-extended-100 = Las licencias de Escritorio remoto del equipo remoto sufrieron un error interno. El departamento de TI tiene que solucionar el problema de licencias.
errcode-extended-101 = No se encontró ningún servidor de licencias de Escritorio remoto. El departamento de TI tiene que solucionar el problema de licencias.
errcode-extended-102 = No había ninguna licencia de Escritorio remoto disponible para esta conexión. El departamento de TI tiene que conseguir más licencias.
errcode-extended-103 = El equipo remoto recibió de su aplicación de Escritorio remoto un mensaje de licencia que no era válido. El departamento de TI tiene que revisar las licencias.
errcode-extended-104 = La licencia de Escritorio remoto guardada en este equipo no corresponde a este equipo. El departamento de TI tiene que revisar las licencias.
errcode-extended-105 = La licencia de Escritorio remoto guardada en este equipo tiene un problema. El departamento de TI tiene que revisar las licencias.
errcode-extended-106 = Unos problemas de red interrumpieron la obtención de una licencia de Escritorio remoto. Si sigue pasando, el departamento de TI tiene que revisarlo.
errcode-extended-107 = Su aplicación de Escritorio remoto detuvo el paso de la licencia antes de que terminara. El departamento de TI tiene que revisar las licencias.
errcode-extended-108 = Un mensaje de licencia se cifró de forma incorrecta. El departamento de TI tiene que revisar las licencias.
errcode-extended-109 = No se pudo actualizar ni renovar la licencia de Escritorio remoto guardada en este equipo. El departamento de TI tiene que revisar las licencias.
errcode-extended-10a = El equipo remoto no tiene licencia para aceptar conexiones remotas. El departamento de TI tiene que solucionar el problema de licencias.
errcode-extended-10b = Este equipo no tuvo permiso para crear el lugar donde guarda las licencias de Escritorio remoto. El departamento de TI tiene que corregir los permisos de este equipo.
errcode-extended-300 = No se aceptó el nombre de usuario o la contraseña. Vuelva a escribirlos con cuidado.
errcode-extended-1000 = Este código marca el inicio del intervalo de errores internos de Escritorio remoto; el registro de eventos del equipo remoto tiene los detalles.
errcode-extended-7fff = Este código marca el final del intervalo de errores internos de Escritorio remoto; el registro de eventos del equipo remoto tiene los detalles.
errcode-errinfo-0 = No se produjo ningún error; este código no significa nada por sí solo.
errcode-errinfo-1 = Una herramienta de administrador del equipo remoto, usada desde otra sesión, cortó su conexión.
errcode-errinfo-2 = Una herramienta de administrador del equipo remoto, usada desde otra sesión, cerró su sesión.
errcode-errinfo-3 = Estuvo inactivo más tiempo del que permite el equipo remoto, así que este cortó su conexión. Puede volver a conectarse para seguir donde lo dejó.
errcode-errinfo-4 = La sesión llegó al límite de tiempo por sesión del equipo remoto. Este límite lo establece el departamento de TI.
errcode-errinfo-5 = Otra conexión al equipo remoto sustituyó a la suya.
errcode-errinfo-6 = El equipo remoto se quedó sin memoria.
errcode-errinfo-7 = El equipo remoto rechazó la conexión.
errcode-errinfo-8 = El equipo remoto rechazó la conexión por su configuración de seguridad FIPS. El departamento de TI tiene que cambiar la configuración de seguridad.
errcode-errinfo-9 = Su cuenta no tiene permiso para conectarse al equipo remoto. El departamento de TI tiene que darle acceso.
errcode-errinfo-a = El equipo remoto no acepta datos de inicio de sesión guardados. Escriba su nombre de usuario y contraseña cada vez que se conecte.
errcode-errinfo-b = Una herramienta de administrador que se ejecutaba en su propia sesión del equipo remoto cortó su conexión.
errcode-errinfo-c = Usted cerró la sesión remota, y eso terminó la conexión; no es un error. Puede volver a conectarse para empezar una sesión nueva.
errcode-errinfo-f = El equipo remoto cerró la conexión porque uno de sus controladores de pantalla o de entrada no estaba listo.
errcode-errinfo-10 = La parte de Windows que dibuja el escritorio en el equipo remoto dejó de funcionar.
errcode-errinfo-11 = El equipo remoto cerró la conexión porque falló uno de sus controladores.
errcode-errinfo-12 = El equipo remoto cerró la conexión porque falló la conexión con un controlador.
errcode-errinfo-17 = La parte de Windows que gestiona el inicio de sesión en el equipo remoto dejó de funcionar.
errcode-errinfo-18 = Una parte esencial de Windows dejó de funcionar en el equipo remoto.
errcode-errinfo-100 = Las licencias de Escritorio remoto del equipo remoto sufrieron un error interno. El departamento de TI tiene que solucionar el problema de licencias.
errcode-errinfo-101 = No se encontró ningún servidor de licencias de Escritorio remoto. El departamento de TI tiene que solucionar el problema de licencias.
errcode-errinfo-102 = No quedan licencias de Escritorio remoto para el equipo remoto. El departamento de TI tiene que conseguir más licencias.
errcode-errinfo-103 = El equipo remoto recibió de su aplicación de Escritorio remoto un mensaje de licencia que no era válido. El departamento de TI tiene que revisar las licencias.
errcode-errinfo-104 = La licencia de Escritorio remoto guardada en este equipo se ha modificado. El departamento de TI tiene que revisar las licencias.
errcode-errinfo-105 = La licencia de Escritorio remoto guardada en este equipo tiene un formato incorrecto. El departamento de TI tiene que revisar las licencias.
errcode-errinfo-106 = Unos problemas de red interrumpieron la obtención de una licencia de Escritorio remoto. Si sigue pasando, el departamento de TI tiene que revisarlo.
errcode-errinfo-107 = Su aplicación de Escritorio remoto detuvo el paso de la licencia antes de que terminara. El departamento de TI tiene que revisar las licencias.
errcode-errinfo-108 = Un mensaje de licencia se cifró de forma incorrecta. El departamento de TI tiene que revisar las licencias.
errcode-errinfo-109 = No se pudo actualizar ni renovar la licencia de Escritorio remoto guardada en este equipo. El departamento de TI tiene que revisar las licencias.
errcode-errinfo-10a = El equipo remoto no tiene licencia para aceptar conexiones remotas. El departamento de TI tiene que solucionar el problema de licencias.
errcode-errinfo-400 = El servicio que le dirige al equipo remoto correcto no encontró el equipo que le corresponde. El departamento de TI tiene que revisarlo.
errcode-errinfo-402 = El equipo remoto al que iba a conectarse está saliendo del servicio que reparte los equipos remotos. Si sigue pasando, el departamento de TI tiene que revisarlo.
errcode-errinfo-404 = Algo falló al redirigir la conexión a su equipo remoto. Si sigue pasando, el departamento de TI tiene que revisarlo.
errcode-errinfo-405 = Algo falló al activar su equipo remoto virtual. Si sigue pasando, el departamento de TI tiene que revisarlo.
errcode-errinfo-406 = Algo falló al iniciar su equipo remoto virtual. Si sigue pasando, el departamento de TI tiene que revisarlo.
errcode-errinfo-407 = No se encontró la dirección de red de su equipo remoto virtual. El departamento de TI tiene que revisarlo.
errcode-errinfo-408 = Todos los equipos remotos a los que puede conectarse están ocupados. Si sigue pasando, el departamento de TI tiene que revisarlo.
errcode-errinfo-409 = El servicio que le dirige al equipo remoto correcto canceló la conexión. Si sigue pasando, el departamento de TI tiene que revisarlo.
errcode-errinfo-410 = El servicio que le dirige al equipo remoto correcto no pudo comprobar la configuración de enrutamiento que envió su aplicación de Escritorio remoto. El departamento de TI tiene que revisar la configuración de conexión que le proporcionó.
errcode-errinfo-411 = Iniciar su equipo remoto virtual tardó demasiado. Si sigue pasando, el departamento de TI tiene que revisarlo.
errcode-errinfo-412 = Se produjo un error de supervisión al iniciar su equipo remoto virtual. Si sigue pasando, el departamento de TI tiene que revisarlo.
errcode-errinfo-10c9 = El equipo remoto no pudo aceptar un mensaje de datos que le envió su aplicación de Escritorio remoto: era de un tipo que no conoce.
errcode-errinfo-10ca = El equipo remoto no pudo aceptar un mensaje de control que le envió su aplicación de Escritorio remoto: era de un tipo que no conoce.
errcode-errinfo-10cb = El equipo remoto no pudo aceptar un mensaje de datos que le envió su aplicación de Escritorio remoto: llegó fuera de orden.
errcode-errinfo-10cd = El equipo remoto no pudo aceptar un mensaje de control que le envió su aplicación de Escritorio remoto: llegó fuera de orden.
errcode-errinfo-10ce = El equipo remoto no pudo aceptar un mensaje de control que le envió su aplicación de Escritorio remoto: pedía una acción que no es válida.
errcode-errinfo-10cf = El equipo remoto no pudo aceptar un evento de teclado o de ratón que le envió su aplicación de Escritorio remoto: era de un tipo que no es válido.
errcode-errinfo-10d0 = El equipo remoto no pudo aceptar un evento de ratón que le envió su aplicación de Escritorio remoto: tenía valores que no son válidos.
errcode-errinfo-10d1 = El equipo remoto no pudo aceptar una solicitud para volver a dibujar parte de la pantalla que le envió su aplicación de Escritorio remoto: no era válida.
errcode-errinfo-10d2 = El equipo remoto no pudo preparar su respuesta mientras se establecía la conexión.
errcode-errinfo-10d3 = No se pudieron configurar los canales de datos de la conexión.
errcode-errinfo-10d4 = El equipo remoto no pudo aceptar un mensaje de confirmación que le envió su aplicación de Escritorio remoto: llevaba un número de sesión incorrecto.
errcode-errinfo-10d5 = El equipo remoto no pudo aceptar un mensaje de confirmación que le envió su aplicación de Escritorio remoto: llevaba un número de remitente incorrecto.
errcode-errinfo-10da = El equipo remoto no pudo aceptar una lista de imágenes guardadas que le envió su aplicación de Escritorio remoto: era demasiado corta para leerla.
errcode-errinfo-10db = El equipo remoto no pudo aceptar una lista de imágenes guardadas que le envió su aplicación de Escritorio remoto: se empezó dos veces.
errcode-errinfo-10dc = El equipo remoto no pudo aceptar una lista de imágenes guardadas que le envió su aplicación de Escritorio remoto: tenía más imágenes de las permitidas en total.
errcode-errinfo-10dd = El equipo remoto no pudo aceptar una lista de imágenes guardadas que le envió su aplicación de Escritorio remoto: tenía más imágenes de las que caben en un almacén.
errcode-errinfo-10de = El equipo remoto no pudo aceptar un mensaje de teclado o de ratón que le envió su aplicación de Escritorio remoto: era demasiado corto para leerlo.
errcode-errinfo-10df = El equipo remoto no pudo aceptar un mensaje de error del almacén de imágenes que le envió su aplicación de Escritorio remoto: era demasiado corto para leerlo.
errcode-errinfo-10e0 = El equipo remoto no pudo aceptar un mensaje rápido de teclado o de ratón que le envió su aplicación de Escritorio remoto: le faltaba parte de su firma de seguridad.
errcode-errinfo-10e1 = El equipo remoto no pudo aceptar los datos de un canal adicional (como el portapapeles o las impresoras) que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-10e2 = El equipo remoto no pudo aceptar un mensaje que le envió su aplicación de Escritorio remoto: era demasiado corto para leerlo.
errcode-errinfo-10e3 = El equipo remoto no pudo aceptar una solicitud para pausar o reanudar las actualizaciones de pantalla que le envió su aplicación de Escritorio remoto: no era válida.
errcode-errinfo-10e5 = El equipo remoto no pudo aceptar una lista de sus capacidades que le envió su aplicación de Escritorio remoto: era demasiado corta para leerla.
errcode-errinfo-10e7 = El equipo remoto no pudo aceptar una descripción de sus capacidades que le envió su aplicación de Escritorio remoto: era demasiado corta para leerla.
errcode-errinfo-10e8 = El equipo remoto no pudo aceptar una descripción de sus capacidades que le envió su aplicación de Escritorio remoto: decía ser más larga que los datos enviados de verdad.
errcode-errinfo-10e9 = El equipo remoto no pudo aceptar lo que le envió su aplicación de Escritorio remoto: indicaba que no tiene espacio para guardar las formas del puntero del ratón.
errcode-errinfo-10ea = El equipo remoto no pudo aceptar las capacidades que le ofreció su aplicación de Escritorio remoto.
errcode-errinfo-10ec = No se pudieron descomprimir los datos comprimidos de un canal adicional (como el portapapeles o las impresoras).
errcode-errinfo-10ed = El equipo remoto no pudo aceptar los datos de un canal adicional (como el portapapeles o las impresoras) que le envió su aplicación de Escritorio remoto: estaban empaquetados de una forma que no es válida.
errcode-errinfo-10ef = El equipo remoto no pudo aceptar los datos que le envió su aplicación de Escritorio remoto: llegaron por un canal adicional que no existe.
errcode-errinfo-10f0 = El equipo remoto no pudo aceptar una solicitud que le envió su aplicación de Escritorio remoto: pedía más de los 31 canales adicionales permitidos.
errcode-errinfo-10f3 = El equipo remoto solo ofrece programas sueltos (RemoteApp), pero su aplicación de Escritorio remoto pidió un escritorio completo. El departamento de TI tiene que darle la configuración de conexión correcta.
errcode-errinfo-10f4 = El equipo remoto no pudo aceptar una lista de imágenes guardadas que le envió su aplicación de Escritorio remoto: llegó antes de que se anunciara la capacidad necesaria.
errcode-errinfo-10f5 = El equipo remoto no pudo aceptar un mensaje de error del almacén de imágenes que le envió su aplicación de Escritorio remoto: no coincidía con su propia longitud.
errcode-errinfo-10f6 = El equipo remoto no pudo aceptar un mensaje de error del almacén de imágenes fuera de pantalla que le envió su aplicación de Escritorio remoto: era demasiado corto para leerlo.
errcode-errinfo-10f7 = El equipo remoto no pudo aceptar un mensaje de error del almacén de imágenes (DrawNineGrid) que le envió su aplicación de Escritorio remoto: era demasiado corto para leerlo.
errcode-errinfo-10f8 = El equipo remoto no pudo aceptar un mensaje de error de dibujo (GDI+) que le envió su aplicación de Escritorio remoto: era demasiado corto para leerlo.
errcode-errinfo-1111 = El equipo remoto no pudo aceptar un encabezado de seguridad que le envió su aplicación de Escritorio remoto: era demasiado corto para leerlo.
errcode-errinfo-1112 = El equipo remoto no pudo aceptar un encabezado de cifrado que le envió su aplicación de Escritorio remoto: era demasiado corto para leerlo.
errcode-errinfo-1113 = El equipo remoto no pudo aceptar un mensaje del intercambio de seguridad que le envió su aplicación de Escritorio remoto: era demasiado corto para leerlo.
errcode-errinfo-1114 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1115 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1116 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1117 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1118 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1119 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-111a = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-111b = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-111c = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-111d = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-111e = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-111f = El equipo remoto no pudo aceptar una clave de reconexión que le envió su aplicación de Escritorio remoto: superaba los 128 bytes permitidos.
errcode-errinfo-1120 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1121 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1122 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1123 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1124 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1125 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1126 = El equipo remoto no pudo aceptar los datos de inicio de sesión que le envió su aplicación de Escritorio remoto: eran demasiado cortos para leerlos.
errcode-errinfo-1129 = El equipo remoto no pudo aceptar el número de pantallas que le envió su aplicación de Escritorio remoto: no era válido.
errcode-errinfo-112a = Los datos descomprimidos de un canal adicional (como el portapapeles o las impresoras) ocupaban más de lo acordado.
errcode-errinfo-112b = El equipo remoto no pudo aceptar un mensaje de un canal adicional (como el portapapeles o las impresoras) que le envió su aplicación de Escritorio remoto: superaba el tamaño acordado.
errcode-errinfo-112c = El equipo remoto no pudo aceptar una confirmación de actualización de pantalla que le envió su aplicación de Escritorio remoto: no era válida.
errcode-errinfo-112d = El equipo remoto no admite el modo gráfico que pidió su aplicación de Escritorio remoto.
errcode-errinfo-112e = El sistema gráfico del equipo remoto no pudo reiniciarse.
errcode-errinfo-112f = El sistema gráfico del equipo remoto dejó de funcionar y no puede seguir dibujando la pantalla.
errcode-errinfo-1130 = El equipo remoto no pudo aceptar la información de zona horaria que le envió su aplicación de Escritorio remoto: era demasiado corta para leerla.
errcode-errinfo-1131 = El equipo remoto no pudo aceptar un nombre de zona horaria que le envió su aplicación de Escritorio remoto: era más largo de lo permitido.
errcode-errinfo-1132 = El equipo remoto no pudo aceptar la información de zona horaria que le envió su aplicación de Escritorio remoto: le faltaba la configuración del horario de verano.
errcode-errinfo-1133 = Algo falló al procesar los datos de un canal adicional (como el portapapeles o las impresoras).
errcode-errinfo-1134 = El escritorio que pidió su aplicación de Escritorio remoto (todas las pantallas juntas) es más grande de lo que permite el equipo remoto. Puede ayudar usar menos pantallas o una ventana más pequeña.
errcode-errinfo-1135 = El equipo remoto no pudo aceptar la disposición de sus pantallas que le envió su aplicación de Escritorio remoto: no superó sus comprobaciones.
errcode-errinfo-1136 = El equipo remoto no pudo aceptar el número de pantallas que le envió su aplicación de Escritorio remoto: no está permitido.
errcode-errinfo-1191 = No se pudieron renovar las claves de cifrado de la conexión (con la seguridad antigua de Escritorio remoto).
errcode-errinfo-1192 = No se pudieron descifrar los datos o crear las claves de cifrado (con la seguridad antigua de Escritorio remoto).
errcode-errinfo-1193 = No se pudieron cifrar los datos (con la seguridad antigua de Escritorio remoto).
errcode-errinfo-1194 = Su aplicación de Escritorio remoto y el equipo remoto no tienen ningún método de cifrado en común. El departamento de TI tiene que cambiar la configuración de seguridad.
errcode-errinfo-1195 = Llegaron sin cifrar unos datos que deberían haber llegado cifrados.
errcode-errinfo-1196 = Se perdió la conexión con el otro extremo.
errcode-errconnect-1 = Un problema con la configuración impidió la conexión antes de que empezara.
errcode-errconnect-2 = La conexión falló y no se indicó ningún motivo.
errcode-errconnect-3 = La conexión se estableció, pero se detuvo por un problema con la configuración.
errcode-errconnect-4 = No se pudo buscar el nombre del equipo remoto. Revise cómo está escrito el nombre y si antes tiene que conectarse a la red de la empresa (VPN).
errcode-errconnect-5 = No se encontró el nombre del equipo remoto. Revise cómo está escrito el nombre y si antes tiene que conectarse a la red de la empresa (VPN).
errcode-errconnect-6 = Falló la conexión con el equipo remoto.
errcode-errconnect-7 = La conexión falló en el primer paso para establecer la sesión de Escritorio remoto.
errcode-errconnect-8 = No se pudo establecer la conexión protegida (cifrada) con el equipo remoto.
errcode-errconnect-9 = No se pudo iniciar sesión, así que se detuvo la conexión. Revise su nombre de usuario y contraseña y vuelva a escribirlos.
errcode-errconnect-a = Su cuenta no tiene permiso para conectarse. El departamento de TI tiene que darle acceso.
errcode-errconnect-b = Se canceló la conexión. Puede volver a conectarse.
errcode-errconnect-c = Su aplicación de Escritorio remoto y el equipo remoto no se pusieron de acuerdo en cómo proteger la conexión.
errcode-errconnect-d = Falló la conexión de red sobre la que funciona Escritorio remoto.
errcode-errconnect-e = Su contraseña ha caducado y tiene que cambiarla antes de poder conectarse. El departamento de TI puede decirle cómo cambiarla.
errcode-errconnect-f = Lo más probable es que su contraseña haya caducado y tenga que cambiarla. El departamento de TI puede decirle cómo cambiarla.
errcode-errconnect-10 = Se ha retirado su cuenta, o el acceso de este equipo. El departamento de TI tiene que revisarlo.
errcode-errconnect-11 = No se pudo contactar con el servidor de la empresa que comprueba los inicios de sesión (Kerberos).
errcode-errconnect-12 = Su cuenta de usuario está deshabilitada. El departamento de TI tiene que volver a habilitarla.
errcode-errconnect-13 = Tiene que cambiar la contraseña antes de poder iniciar sesión. El departamento de TI puede decirle cómo cambiarla.
errcode-errconnect-14 = No se pudo iniciar sesión. Revise su nombre de usuario y contraseña y vuelva a escribirlos.
errcode-errconnect-15 = La contraseña es incorrecta. Vuelva a escribirla con cuidado.
errcode-errconnect-16 = Se denegó el acceso. El departamento de TI tiene que comprobar que su cuenta tiene permiso para conectarse.
errcode-errconnect-17 = Una restricción de su cuenta impide este inicio de sesión. El departamento de TI puede decirle cuál es.
errcode-errconnect-18 = Su cuenta está bloqueada. El departamento de TI tiene que desbloquearla.
errcode-errconnect-19 = Su cuenta ha caducado. El departamento de TI tiene que ampliar su validez.
errcode-errconnect-1a = Su cuenta no tiene permitido este tipo de inicio de sesión (por ejemplo, iniciar sesión de forma remota). El departamento de TI tiene que concederle ese derecho.
errcode-errconnect-1b = Faltan los datos de inicio de sesión o no son válidos. Vuelva a escribir su nombre de usuario y contraseña.
errcode-errconnect-1c = La sesión remota tardó demasiado en estar lista.
errcode-errconnect-1d = El equipo remoto todavía se está iniciando. Espere unos minutos y vuelva a conectarse.
errcode-windows_app-3000043 = La aplicación de Escritorio remoto no pudo cargar los componentes de seguridad que necesita para proteger la conexión.
errcode-windows_app-3000046 = Ahora mismo no hay ningún escritorio remoto ni aplicación disponible para usted. Vuelva a intentarlo más tarde o, si sigue pasando, póngase en contacto con el departamento de TI.
errcode-windows_app-3000047 = Se produjo un error al abrir el escritorio remoto o la aplicación que se le asignó. Vuelva a intentarlo o, si sigue pasando, póngase en contacto con el departamento de TI.

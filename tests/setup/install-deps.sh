#!/usr/bin/env bash
# Installs what the integration tests (package rdp-doctor-tests) run: real RDP servers and the
# tools around them. Debian 12 (bookworm) package names. Idempotent and quick when everything is
# already there: apt-get runs only if a package is missing.
#
#   xrdp                TLS / negotiation / standard RDP security server
#   freerdp2-shadow-x11 FreeRDP shadow server: the NLA (CredSSP) server
#   weston              its RDP backend (FreeRDP 2's server side) answers one connection at a time
#   winpr-utils         winpr-hash, for the shadow server's SAM file
#   xvfb, xauth         the X display the shadow server shares
#   iptables, iproute2  network namespaces and packet filters (filtered/refused ports)
#   openssl             RSA keys for generated test certificates
#   dnsmasq-base        a DNS server of our own for name-resolution faults
#   nmap                the benchmark's comparison (cargo xtask bench)
#   util-linux          unshare and mount: a check sees our DNS server as its DNS settings
#   gcc-mingw-w64-x86-64  links the Windows build (x86_64-pc-windows-gnu) and the Wine test shim
#   wine64              runs the Windows build against the same servers (/usr/lib/wine/wine64)
#   nsis                makensis: the Windows installer (cargo xtask dist)
#   clang               compiles two dependencies' C for the macOS type-check (xtask)
#   tzdata              the time zones the tests word times in (Europe/Berlin's summer time)
#   nginx, dropbear-bin, python3  services that are not Remote Desktop (web, HTTPS, SSH) on the
#                       port, to name what answers instead (tests/services.rs)
#
# Uses sudo only when not root. The tests themselves must run as root (network namespaces,
# /etc/xrdp/rsakeys.ini).
set -euo pipefail

packages=(xrdp freerdp2-shadow-x11 weston winpr-utils xvfb xauth iptables iproute2 openssl dnsmasq-base nmap util-linux
    gcc-mingw-w64-x86-64 wine64 nsis clang nginx dropbear-bin python3 tzdata)
# One program per package, to catch a package that is "installed" but broken.
programs=(xrdp freerdp-shadow-cli weston winpr-hash Xvfb xauth iptables ip openssl dnsmasq nmap unshare mount
    x86_64-w64-mingw32-gcc /usr/lib/wine/wine64 makensis clang nginx dropbear python3 tzselect)

export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

is_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}

missing=()
for package in "${packages[@]}"; do
    is_installed "$package" || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    for program in "${programs[@]}"; do
        command -v "$program" >/dev/null || { echo "install-deps: $program missing although its package is installed" >&2; exit 1; }
    done
    echo "install-deps: all test dependencies present"
    exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi

xrdp_was_installed=false
is_installed xrdp && xrdp_was_installed=true
nginx_was_installed=false
is_installed nginx && nginx_was_installed=true

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

# The package starts xrdp as a system service on 0.0.0.0:3389 where systemd runs. The tests start
# their own instances on loopback ports; stop the service we just brought in so a CI runner does
# not expose RDP to its network. (A service that was there before is left alone.)
if [[ $xrdp_was_installed == false && -d /run/systemd/system ]]; then
    "${sudo[@]}" systemctl disable --now xrdp xrdp-sesman >/dev/null 2>&1 || true
fi
# Likewise nginx's package starts a web server on port 80; the tests run their own.
if [[ $nginx_was_installed == false ]]; then
    if [[ -d /run/systemd/system ]]; then
        "${sudo[@]}" systemctl disable --now nginx >/dev/null 2>&1 || true
    elif [[ -x /etc/init.d/nginx ]]; then
        "${sudo[@]}" /etc/init.d/nginx stop >/dev/null 2>&1 || true
    fi
fi

# xrdp reads its standard-RDP-security keys from here; the package's postinst makes them.
if [[ ! -s /etc/xrdp/rsakeys.ini ]]; then
    "${sudo[@]}" xrdp-keygen xrdp /etc/xrdp/rsakeys.ini
fi

for program in "${programs[@]}"; do
    command -v "$program" >/dev/null || { echo "install-deps: $program still missing" >&2; exit 1; }
done
echo "install-deps: done"

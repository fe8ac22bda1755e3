#!/usr/bin/env bash
# Installs what the desktop app's GUI tests (tests/tests/gui.rs) need on Debian 12 / Ubuntu:
# the Tauri 2 build dependencies (WebKitGTK 4.1, GTK 3), a virtual X display, WebKit's WebDriver,
# xclip (to read the X clipboard), xdotool (to drive the native file dialog) and tauri-driver (the
# WebDriver proxy in front of WebKitWebDriver). Idempotent and quick when everything is there:
# apt-get runs only when a package is missing, `cargo install` only when tauri-driver does not run.
#
#   libwebkit2gtk-4.1-dev, libgtk-3-dev, libayatana-appindicator3-dev, librsvg2-dev,
#   build-essential, pkg-config, libssl-dev   building the Tauri app
#   xvfb, xauth                               the headless X display the app runs on
#   webkit2gtk-driver                         WebKitWebDriver, which tauri-driver drives
#   xclip                                     reads the clipboard after a "copy" button
#   xdotool                                   types into the GTK file dialog, which WebDriver
#                                             cannot reach
#   imagemagick                               `import`: screenshots of windows WebDriver cannot
#                                             see (the Windows app's message box under Wine)
#
# tauri-driver goes to $CARGO_HOME/bin (~/.cargo/bin); the tests look there even when it is not on
# PATH (or use $TAURI_DRIVER). Uses sudo only when not root.
set -euo pipefail

packages=(
    libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev
    build-essential pkg-config libssl-dev xvfb xauth webkit2gtk-driver xclip xdotool imagemagick
)
# One program per package whose program the tests run, to catch a half-installed package.
programs=(Xvfb xauth WebKitWebDriver xclip xdotool import pkg-config cc)

is_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}

sudo_cmd() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "install-gui-deps: need root or sudo to run: $*" >&2
        exit 1
    fi
}

missing=()
for package in "${packages[@]}"; do
    is_installed "$package" || missing+=("$package")
done

if ((${#missing[@]} > 0)); then
    echo "install-gui-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    sudo_cmd apt-get update -qq
    sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

for program in "${programs[@]}"; do
    command -v "$program" >/dev/null || {
        echo "install-gui-deps: $program missing although its package is installed" >&2
        exit 1
    }
done

# `--no-driver`: only what running the app needs (cargo xtask run), not the WebDriver proxy.
if [[ "${1:-}" == "--no-driver" ]]; then
    echo "install-gui-deps: the desktop app's system packages are present"
    exit 0
fi

# tauri-driver: cargo installs into $CARGO_HOME/bin, which a CI shell may not have on PATH.
# tauri-driver 2.1 has no --version: it rejects the flag ("unused arguments left") and exits 1, so
# `--version` would reinstall it every time. `--help` prints the usage and exits 0; `timeout` keeps a
# future version that ignores unknown flags (and starts serving) from hanging this script.
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$PATH:$cargo_bin"
driver_runs() {
    timeout 10 tauri-driver --help >/dev/null 2>&1
}
if ! driver_runs; then
    echo "install-gui-deps: installing tauri-driver (about a minute)"
    # Pin the 2.x line: crates.io also serves Tauri 3 pre-releases.
    cargo install tauri-driver --locked --version '^2'
fi
driver_runs || {
    echo "install-gui-deps: tauri-driver still does not run" >&2
    exit 1
}

echo "install-gui-deps: all GUI test dependencies present (tauri-driver: $(command -v tauri-driver))"

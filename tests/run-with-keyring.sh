#!/bin/sh
# Runs a command (a test) against a real Secret Service keychain that cannot
# hang: a private D-Bus session bus (dbus-run-session, no X11 autolaunch) with
# gnome-keyring-daemon unlocked up front, in a throw-away HOME so an existing
# login keyring with another password can never be found (toolchain.md,
# section 4). Everything it creates is removed afterwards.
#   tests/run-with-keyring.sh ./tst_keychain [test arguments]
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENTS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; run scripts/install-deps (packages dbus, gnome-keyring)" >&2
        exit 1
    fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/share" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"

# No display: nothing may ever try to show an unlock prompt. The test must not
# skip in here (PC_KEYCHAIN_REQUIRED), since this is the run that proves the
# real keychain works.
env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
    HOME="$tmp" XDG_DATA_HOME="$tmp/share" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" \
    XDG_RUNTIME_DIR="$tmp/runtime" PC_KEYCHAIN_REQUIRED=1 \
    dbus-run-session -- sh -c '
        printf %s throw-away-keyring-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"' sh "$@"

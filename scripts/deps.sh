#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Banger Doctor contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages needed to build, run and test Banger Doctor; skips what is there.
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache pkg-config git clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev libtoml11-dev
    dbus-daemon python3-dbusmock sqlite3 xvfb xauth
    desktop-file-utils appstream
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(prometheus chromium python3-markdown python3-jsonschema systemd)
fi

missing=()
for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
[[ $(id -u) -ne 0 ]] && sudo=(sudo)
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

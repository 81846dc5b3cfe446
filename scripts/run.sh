#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Banger Doctor contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs Banger Doctor: the window when there is a display,
# the terminal report otherwise. Extra arguments go to banger-doctor.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF >/dev/null
cmake --build build --target banger-doctor
exec build/src/app/banger-doctor "$@"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Banger Doctor contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything, checks the formatting and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON >/dev/null
cmake --build build-test
scripts/format-check.sh
cd build-test
ctest --output-on-failure --timeout 600 -j2 "$@"

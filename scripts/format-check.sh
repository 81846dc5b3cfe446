#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Banger Doctor contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked C++ file differs from what clang-format (.clang-format, 120 columns) makes of it.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find src tests -name '*.cpp' -o -name '*.h')
bad=()
for f in "${files[@]}"; do
    [[ -f "$f" ]] || continue
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [[ ${#bad[@]} -gt 0 ]]; then
    echo "Not formatted (run: clang-format -i ${bad[*]}):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "format-check: ${#files[@]} files formatted"

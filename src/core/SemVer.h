// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace bd {

// A MAJOR.MINOR.PATCH version with an optional pre-release tag, ordered as semver.org orders them:
// numbers compare numerically, and a pre-release sorts before its release (1.12.0-rc1 < 1.12.0).
struct SemVer
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString preRelease; // without the leading '-'; build metadata after '+' is dropped

    // Accepts "1.12.0", "v1.12.0", "1.12" (patch 0), "1.12.0-rc.1", "1.12.0+abc".
    static std::optional<SemVer> parse(const QString &text);

    QString toString() const; // "1.12.0" or "1.12.0-rc.1"
    std::strong_ordering operator<=>(const SemVer &other) const;
    bool operator==(const SemVer &other) const { return (*this <=> other) == 0; }
};

} // namespace bd

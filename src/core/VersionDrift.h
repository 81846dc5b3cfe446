// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bd {

// A version and commit pair as a build or an install records it.
struct BuildStamp
{
    QString version;
    QString commit;
};

// A version is a development build, with nothing real to compare, when it is empty, "dev",
// "unknown" or "0.0.0", or carries a development marker: a "-dev…" pre-release, "+dirty" or
// "-dirty" (git describe of a modified tree). Case and a leading "v" do not matter.
bool isDevVersion(const QString &version);
// A commit is unknown when empty or "unknown"/"none"; only known commits are compared.
bool isUnknownCommit(const QString &commit);

// Whether the two sides disagree: never when either version is a development build; otherwise when
// the versions differ (ignoring a leading "v"), or when both commits are known and neither is a
// prefix of the other (an 8-character short hash matches its full hash).
bool versionsDrift(const BuildStamp &app, const BuildStamp &install);

// The first 8 characters of a commit, or "unknown".
QString shortCommit(const QString &commit);

} // namespace bd

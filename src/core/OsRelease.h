// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace bd {

struct OsRelease
{
    bool found = false;
    QString id;
    QStringList idLike;
    QString prettyName;
};

// os-release(5): KEY=value lines, values optionally quoted with " or ' and backslash escapes.
OsRelease parseOsRelease(const QByteArray &content);
OsRelease readOsRelease(const QString &path);

} // namespace bd

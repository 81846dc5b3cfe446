// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OsRelease.h"

#include "BoundedFile.h"

namespace bd {

namespace {

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
        value.back() == value.front()) {
        value = value.mid(1, value.size() - 2);
    }
    QString out;
    out.reserve(value.size());
    for (int i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size())
            ++i;
        out += value.at(i);
    }
    return out;
}

} // namespace

OsRelease parseOsRelease(const QByteArray &content)
{
    OsRelease release;
    release.found = true;
    for (const QByteArray &rawLine : content.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int eq = int(line.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        const QString value = unquote(line.mid(eq + 1));
        if (key == QLatin1String("ID"))
            release.id = value.toLower();
        else if (key == QLatin1String("ID_LIKE"))
            release.idLike = value.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (key == QLatin1String("PRETTY_NAME"))
            release.prettyName = value;
    }
    return release;
}

OsRelease readOsRelease(const QString &path)
{
    const FileRead read = readBoundedFile(path, 64 * 1024);
    if (!read.ok())
        return {};
    return parseOsRelease(read.data);
}

} // namespace bd

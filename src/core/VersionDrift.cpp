// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionDrift.h"

#include <QStringList>

namespace bd {

namespace {

QString normalised(const QString &version)
{
    QString text = version.trimmed().toLower();
    if (text.startsWith(QLatin1Char('v')))
        text.remove(0, 1);
    return text;
}

} // namespace

bool isDevVersion(const QString &version)
{
    const QString text = normalised(version);
    static const QStringList placeholders{QString(), QStringLiteral("dev"), QStringLiteral("unknown"),
                                          QStringLiteral("0.0.0"), QStringLiteral("devel")};
    if (placeholders.contains(text))
        return true;
    return text.contains(QLatin1String("-dev")) || text.endsWith(QLatin1String("+dirty")) ||
           text.endsWith(QLatin1String("-dirty"));
}

bool isUnknownCommit(const QString &commit)
{
    const QString text = commit.trimmed().toLower();
    return text.isEmpty() || text == QLatin1String("unknown") || text == QLatin1String("none");
}

bool versionsDrift(const BuildStamp &app, const BuildStamp &install)
{
    if (isDevVersion(app.version) || isDevVersion(install.version))
        return false;
    if (normalised(app.version) != normalised(install.version))
        return true;
    if (isUnknownCommit(app.commit) || isUnknownCommit(install.commit))
        return false;

    const QString a = app.commit.trimmed().toLower();
    const QString b = install.commit.trimmed().toLower();
    return !a.startsWith(b) && !b.startsWith(a);
}

QString shortCommit(const QString &commit)
{
    if (isUnknownCommit(commit))
        return QStringLiteral("unknown");
    return commit.trimmed().left(8);
}

} // namespace bd

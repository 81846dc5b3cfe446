// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SemVer.h"

#include <QRegularExpression>
#include <QStringList>

namespace bd {

namespace {

// Pre-release identifiers compare numerically when both are numbers, numbers sort before words,
// and a shorter list that is a prefix of a longer one sorts first.
std::strong_ordering comparePreRelease(const QString &a, const QString &b)
{
    if (a == b)
        return std::strong_ordering::equal;
    if (a.isEmpty())
        return std::strong_ordering::greater;
    if (b.isEmpty())
        return std::strong_ordering::less;

    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMin(left.size(), right.size()); ++i) {
        bool leftIsNumber = false;
        bool rightIsNumber = false;
        const qulonglong l = left.at(i).toULongLong(&leftIsNumber);
        const qulonglong r = right.at(i).toULongLong(&rightIsNumber);
        if (leftIsNumber && rightIsNumber && l != r)
            return l <=> r;
        if (leftIsNumber != rightIsNumber)
            return leftIsNumber ? std::strong_ordering::less : std::strong_ordering::greater;
        const int text = left.at(i).compare(right.at(i));
        if (text != 0)
            return text <=> 0;
    }
    return left.size() <=> right.size();
}

} // namespace

std::optional<SemVer> SemVer::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^v?(\d{1,9})\.(\d{1,9})(?:\.(\d{1,9}))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;

    SemVer version;
    version.major = match.captured(1).toInt();
    version.minor = match.captured(2).toInt();
    version.patch = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    version.preRelease = match.captured(4);
    return version;
}

QString SemVer::toString() const
{
    QString text = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    if (!preRelease.isEmpty())
        text += QLatin1Char('-') + preRelease;
    return text;
}

std::strong_ordering SemVer::operator<=>(const SemVer &other) const
{
    if (const auto order = major <=> other.major; order != 0)
        return order;
    if (const auto order = minor <=> other.minor; order != 0)
        return order;
    if (const auto order = patch <=> other.patch; order != 0)
        return order;
    return comparePreRelease(preRelease, other.preRelease);
}

} // namespace bd

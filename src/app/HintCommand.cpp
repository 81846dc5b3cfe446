// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HintCommand.h"

#include <QRegularExpression>

namespace bd::app {

namespace {

// Words that make a span without backticks look like a command rather than a file name or a quoted message.
bool looksLikeCommand(const QString &span)
{
    static const QRegularExpression command(QStringLiteral(
        R"(^(sudo|systemctl|modprobe|apt|apt-get|dnf|pacman|yay|paru|nix|nix-env|chmod|chown|usermod|Include)\b)"));
    return command.match(span).hasMatch();
}

// "sudo usermod -aG kvm alice, then log in again": the command ends where the sentence goes on.
QString withoutTrailingClause(const QString &text)
{
    return text.section(QStringLiteral(", "), 0, 0).trimmed();
}

QString backtickSpan(const QString &hint)
{
    static const QRegularExpression backticks(QStringLiteral("`([^`]+)`"));
    return backticks.match(hint).captured(1).trimmed();
}

QString quotedCommand(const QString &hint)
{
    static const QRegularExpression quoted(
        QStringLiteral(
            "(\\brun\\s*:?\\s*)?(?:'([^']+)'|\"([^\"]+)\"|\u2018([^\u2019]+)\u2019|\u201c([^\u201d]+)\u201d)"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator it = quoted.globalMatch(hint);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const bool afterRun = !match.captured(1).isEmpty();
        for (int i = 2; i <= 5; ++i) {
            const QString span = match.captured(i).trimmed();
            if (!span.isEmpty() && (afterRun || looksLikeCommand(span)))
                return span;
        }
    }
    return {};
}

// "... install with: sudo banger system install", "run: sudo modprobe vhost_vsock."
QString afterColon(const QString &hint)
{
    static const QRegularExpression colon(QStringLiteral(":\\s+([^:;]+?)\\s*\\.?$"));
    const QRegularExpressionMatch match = colon.match(hint);
    return match.hasMatch() && looksLikeCommand(match.captured(1)) ? withoutTrailingClause(match.captured(1))
                                                                   : QString();
}

QString wholeHint(const QString &hint)
{
    const QString trimmed = hint.trimmed();
    return looksLikeCommand(trimmed) ? withoutTrailingClause(trimmed) : QString();
}

} // namespace

QString commandFromHint(const QString &hint)
{
    if (const QString span = backtickSpan(hint); !span.isEmpty())
        return span;
    if (const QString span = quotedCommand(hint); !span.isEmpty())
        return span;
    if (const QString command = afterColon(hint); !command.isEmpty())
        return command;
    return wholeHint(hint);
}

} // namespace bd::app

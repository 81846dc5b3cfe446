// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextWriter.h"

#include "ReportStrings.h"

#include <QCoreApplication>

namespace bd::report {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::report", text);
}

QString label(Status status, bool color)
{
    const QString word = statusKey(status).toUpper();
    if (!color)
        return word;
    const char *code = status == Status::Pass ? "32" : status == Status::Warn ? "33" : "1;31";
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), word);
}

int nameWidth(const Report &report)
{
    int width = 0;
    for (const CheckResult &check : report.checks)
        width = qMax(width, int(displayName(check).size()));
    return width;
}

void appendCheck(QString &out, const CheckResult &check, int width, bool color)
{
    const QString indent(4 + 2 + width + 2, QLatin1Char(' '));
    out += label(check.status, color) + QStringLiteral("  ") + displayName(check).leftJustified(width) +
           QStringLiteral("  ");
    if (check.details.isEmpty()) {
        out += QLatin1Char('\n');
        return;
    }
    for (int i = 0; i < check.details.size(); ++i) {
        const bool isHint = check.status != Status::Pass && i == check.details.size() - 1 && i > 0;
        out += (i == 0 ? QString() : indent) + (isHint ? tr("hint: ") : QString()) + check.details.at(i) +
               QLatin1Char('\n');
    }
}

void appendHistory(QString &out, const DriftHistory &history)
{
    if (history.isEmpty())
        return;
    out += QLatin1Char('\n') + tr("Recent posture drift:") + QLatin1Char('\n');
    for (const DriftEvent &event : history) {
        out += QStringLiteral("  %1  %2  %3  %4\n")
                   .arg(utcTimeText(event.at), displayName(event), statusTransition(event), event.change);
    }
}

} // namespace

QString toText(const Report &report, bool color, const DriftHistory &history)
{
    QString out;
    const int width = nameWidth(report);
    for (const CheckResult &check : report.checks)
        appendCheck(out, check, width, color);
    out += QLatin1Char('\n') + summarySentence(report) + QLatin1Char('\n');
    appendHistory(out, history);
    return out;
}

} // namespace bd::report

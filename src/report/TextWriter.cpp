// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextWriter.h"

#include <QCoreApplication>

namespace bd::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::report::TextWriter", text);
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
        width = qMax(width, int(check.name.size()));
    return width;
}

void appendCheck(QString &out, const CheckResult &check, int width, bool color)
{
    const QString indent(4 + 2 + width + 2, QLatin1Char(' '));
    out += label(check.status, color) + QStringLiteral("  ") + check.name.leftJustified(width) + QStringLiteral("  ");
    if (check.details.isEmpty()) {
        out += QLatin1Char('\n');
        return;
    }
    for (int i = 0; i < check.details.size(); ++i) {
        const bool isHint = check.status != Status::Pass && i == check.details.size() - 1 && i > 0;
        out += (i == 0 ? QString() : indent) + (isHint ? QStringLiteral("hint: ") : QString()) + check.details.at(i) +
               QLatin1Char('\n');
    }
}

QString summaryLine(const Report &report)
{
    const ReportSummary s = report.summary();
    return tr("%1 passed, %2 warnings, %3 failed in %4 ms")
        .arg(s.pass)
        .arg(s.warn)
        .arg(s.fail)
        .arg(report.elapsedMs, 0, 'f', 1);
}

} // namespace

QString toText(const Report &report, bool color)
{
    QString out;
    const int width = nameWidth(report);
    for (const CheckResult &check : report.checks)
        appendCheck(out, check, width, color);
    out += QLatin1Char('\n') + summaryLine(report) + QLatin1Char('\n');
    return out;
}

} // namespace bd::report

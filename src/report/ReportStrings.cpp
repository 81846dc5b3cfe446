// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportStrings.h"

#include "CheckRegistry.h"

#include <QCoreApplication>

namespace bd::report {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::report", text);
}

} // namespace

QString summarySentence(const Report &report)
{
    const ReportSummary s = report.summary();
    // "warning" is the only word that changes with its number in English.
    const QString warnings = s.warn == 1 ? tr("%1 warning").arg(s.warn) : tr("%1 warnings").arg(s.warn);
    return tr("%1 passed, %2, %3 failed in %4 ms")
        .arg(s.pass)
        .arg(warnings)
        .arg(s.fail)
        .arg(report.elapsedMs, 0, 'f', 1);
}

QString utcTimeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString statusTransition(const DriftEvent &event)
{
    return statusKey(event.from) + QStringLiteral(" → ") + statusKey(event.to);
}

QString displayName(const CheckResult &check)
{
    return translatedCheckName(check.id, check.name);
}

QString displayName(const DriftEvent &event)
{
    return translatedCheckName(event.checkId, event.checkName);
}

QString hintOf(const CheckResult &check)
{
    if (check.status == Status::Pass || check.details.size() < 2)
        return {};
    return check.details.last();
}

QStringList findings(const CheckResult &check)
{
    QStringList out = check.details;
    if (!hintOf(check).isEmpty())
        out.removeLast();
    return out;
}

QList<std::pair<QString, QString>> environmentRows(const Report &report, bool redacted)
{
    return {
        {tr("Banger Doctor"), report.app.version + QStringLiteral(" (") + report.app.commit + QLatin1Char(')')},
        {tr("Qt"), report.app.qt},
        {tr("OS"), report.host.os},
        {tr("Kernel"), report.host.kernel},
        {tr("Architecture"), report.host.arch},
        {tr("Host"), report.host.hostname},
        {tr("Generated"), utcTimeText(report.generatedAt)},
        {tr("Personal data"), redacted ? tr("redacted") : tr("not redacted")},
    };
}

} // namespace bd::report
